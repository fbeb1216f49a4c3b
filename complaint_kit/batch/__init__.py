"""Drafting many cases at once from a workbook, CSV pair, JSONL file or folder."""
