"""The `classify` command: tag collection messages, one per line, and print JSONL.

Only typer and the standard library load here, so that `complaint-kit --help` stays fast; the
plugins (and with them pydantic) load when the command runs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO, Annotated

import typer

EXIT_BAD_LINE = 1  # some lines could not be read; the others were classified
EXIT_USAGE = 2  # no language, an unknown jurisdiction or a language without classifiers


def classify(
    file: Annotated[Path, typer.Argument(
        help="Messages, one per line, or JSONL objects with \"id\" and \"text\" "
             "(- for stdin).", show_default=True)] = Path("-"),
    lang: Annotated[str | None, typer.Option(
        "--lang", help="The messages' language: zh-Hans, zh-Hant or en "
                       "(default: the jurisdiction's).")] = None,
    jurisdiction: Annotated[str | None, typer.Option(
        "--jurisdiction", "-j", help="Take the language from this jurisdiction.")] = None,
) -> None:
    """Tag collection messages (threats, visits, contacting relatives, insults ...) as JSONL.

    Each output line is {"id", "tags", "reasons"}, reasons giving the words that matched. A plain
    line's id is its line number. A lawful reminder gets no tag.
    """
    from .cli import fail, registry
    from .registry import UnknownName

    try:
        reg = registry()
        if lang is None and jurisdiction is not None:
            lang = reg.jurisdiction(jurisdiction).language
    except UnknownName as exc:
        raise fail(str(exc).strip("'\""), EXIT_USAGE) from None
    if lang is None:
        raise fail("no language: pass --lang (zh-Hans, zh-Hant, en) or --jurisdiction/-j",
                   EXIT_USAGE)
    tagger = reg.tagger(lang)
    if not tagger:
        known = ", ".join(sorted({c.language for c in reg.classifiers})) or "none"
        raise fail(f"no classifier for the language {lang!r} (installed: {known})", EXIT_USAGE)

    name = "<stdin>" if str(file) == "-" else str(file)
    bad = 0
    try:
        with _open(file) as stream:
            out = sys.stdout
            for item in parse_lines(stream):
                if isinstance(item, LineError):
                    bad += 1
                    print(f"error: {name}:{item.line}: {item.message}", file=sys.stderr)
                    continue
                id_, text = item
                out.write(json.dumps(tagger.tag(text).as_dict(id_), ensure_ascii=False) + "\n")
    except OSError as exc:
        raise fail(f"{name}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise fail(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if bad:
        print(f"error: {bad} line{'s' if bad > 1 else ''} not classified", file=sys.stderr)
        raise typer.Exit(EXIT_BAD_LINE)


class LineError:
    __slots__ = ("line", "message")

    def __init__(self, line: int, message: str):
        self.line, self.message = line, message


def parse_lines(lines: Iterable[str]) -> Iterator[tuple[str | int, str] | LineError]:
    """(id, text) per message, or a LineError. Blank lines are skipped but still counted."""
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            yield number, line
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LineError(number, f"bad JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield LineError(number, "a JSON line must be an object with \"id\" and \"text\"")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield LineError(number, "missing \"text\" (a string)" if text is None
                            else f"\"text\" must be a string, not {type(text).__name__}")
            continue
        id_ = obj.get("id", number)
        if not isinstance(id_, str | int) or isinstance(id_, bool):
            yield LineError(number, f"\"id\" must be a string or a number, not "
                                    f"{type(id_).__name__}")
            continue
        yield id_, text


def _open(file: Path) -> AbstractContextManager[IO[str]]:
    if str(file) == "-":
        return nullcontext(sys.stdin)  # left open afterwards
    return open(file, encoding="utf-8-sig", newline="")
