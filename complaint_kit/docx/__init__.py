"""Markdown to .docx: the base document, the builder, and the package written with zipfile."""
