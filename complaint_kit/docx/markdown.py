"""The Markdown parsers the document builder uses, and what it reads from their tokens."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin

# A table's rows: each a list of (the cell's inline token, its alignment or None).
Rows = list[list[tuple[Token, str | None]]]


def markdown_parser() -> MarkdownIt:
    return (MarkdownIt("commonmark", {"html": False, "typographer": False})
            .enable(["table", "strikethrough"]).use(attrs_block_plugin))


PARSER = markdown_parser()
# The fast path parses blocks first and a block's inline content only when it builds the block
# (``MarkdownIt.parseInline``): a block taken from the cache needs no inline parse.
BLOCK_PARSER = markdown_parser()
BLOCK_PARSER.core.ruler.disable("inline")


def inline_children(token: Token) -> list[Token]:
    """An inline token's children, parsed now if the block parse left them out."""
    if not token.children and token.content:
        token.children = PARSER.parseInline(token.content)[0].children
    return token.children or []


def printed(inline: Token) -> str:
    """A cell's text as it is printed: its text tokens' content (markdown-it has resolved
    the escapes and entities)."""
    return "".join(" " if child.type == "softbreak" else child.content
                   for child in inline.children or [] if child.type != "image")


def table_rows(tokens: list[Token], i: int) -> tuple[Rows, int, int]:
    """The table opened at ``tokens[i]``: its rows (cells' inline content parsed), how many of
    them are header rows, and the index after the table's closing token."""
    rows: Rows = []
    header_rows = 0
    in_head = False
    j = i + 1
    while tokens[j].type != "table_close":
        t = tokens[j]
        if t.type in ("thead_open", "thead_close"):
            in_head = t.type == "thead_open"
        elif t.type == "tr_open":
            rows.append([])
            header_rows += in_head
        elif t.type in ("th_open", "td_open"):
            style = str(t.attrs.get("style", ""))
            align = style.split(":", 1)[1] if style.startswith("text-align:") else None
            inline_children(tokens[j + 1])
            rows[-1].append((tokens[j + 1], align))
        j += 1
    return rows, header_rows, j + 1
