"""A parsed document's top-level blocks, and what each block's build depends on.

Documents drafted in a batch share most of their text (headings, the law quoted for each
finding, channel details, closing lines); only the blocks holding case facts differ. The
builder keeps what it made of each top-level block, keyed by the block's tokens, and copies
it instead of building the same block again.
"""

from __future__ import annotations

from collections.abc import Iterator

from markdown_it.token import Token


def top_level_blocks(tokens: list[Token], level: int = 0) -> Iterator[list[Token]]:
    """The tokens of each top-level block in turn: an opening token of level 0 up to its
    closing token, or a single token (a rule, a code block). With ``level``, the blocks of that
    level: ``level=1`` in a list's tokens gives its items."""
    i = 0
    while i < len(tokens):
        j = i + 1
        if tokens[i].nesting == 1:
            while not (tokens[j].level == level and tokens[j].nesting == -1):
                j += 1
            j += 1
        yield tokens[i:j]
        i = j


def block_key(block: list[Token]) -> tuple:
    """Everything in a block's tokens that its build reads: equal keys build alike."""
    return tuple((t.type, t.tag, t.content, t.markup, t.info, tuple(t.attrs.items()))
                 for t in block)
