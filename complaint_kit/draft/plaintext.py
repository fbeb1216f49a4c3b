"""A rendered document as plain text, for a regulator's web form that takes no attachments
(document kinds whose ``formats`` include "txt")."""

from __future__ import annotations

from markdown_it.token import Token

from complaint_kit.docx.markdown import markdown_parser
from complaint_kit.draft.templating import LINE_BREAK
from complaint_kit.textclean import clean_xml_text


def to_text(markdown: str) -> str:
    """Headings, paragraphs, lists and tables as plain lines; emphasis and images dropped.

    Markdown escapes are undone by the parser, so the text is what the complainant would type.
    """
    markdown, _ = clean_xml_text(markdown)
    tokens = markdown_parser().parse(markdown)
    out: list[str] = []
    prefixes: list[str] = []  # one per open list: "- " or a counter
    counters: list[int] = []
    row: list[str] = []
    for i, token in enumerate(tokens):
        kind = token.type
        if kind == "bullet_list_open":
            prefixes.append("- ")
            counters.append(0)
        elif kind == "ordered_list_open":
            prefixes.append("#")
            counters.append(int(token.attrs.get("start", 1) or 1) - 1)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            prefixes.pop()
            counters.pop()
            _blank(out)
        elif kind == "list_item_open":
            counters[-1] += 1
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            out.append(" | ".join(row))
        elif kind in ("table_close", "heading_close", "hr"):
            _blank(out)
        elif kind == "inline":
            text = _inline(token)
            before = tokens[i - 1].type if i else ""
            if before in ("th_open", "td_open"):
                row.append(text)
            elif prefixes and i > 1 and tokens[i - 2].type == "list_item_open":
                indent = "  " * (len(prefixes) - 1)
                mark = "- " if prefixes[-1] == "- " else f"{counters[-1]}. "
                out.append(indent + mark + text.replace("\n", "\n" + indent + "  "))
            else:
                out.append(text)
        elif kind == "paragraph_close" and not prefixes:
            _blank(out)
    return "\n".join(out).strip() + "\n"


def _inline(token: Token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
    return "".join(parts).replace(LINE_BREAK, "\n").strip()


def _blank(out: list[str]) -> None:
    if out and out[-1] != "":
        out.append("")
