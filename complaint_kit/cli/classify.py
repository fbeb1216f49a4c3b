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
from typing import IO, Annotated, NamedTuple

import typer

EXIT_BAD_LINE = 1  # some lines could not be read; the others were classified
EXIT_USAGE = 2  # no language, an unknown jurisdiction or a language without classifiers


def classify(
    file: Annotated[Path, typer.Argument(
        help="Messages, one per line, or JSONL objects with \"id\", \"text\" and optionally "
             "\"lang\" (- for stdin).", show_default=True)] = Path("-"),
    lang: Annotated[str | None, typer.Option(
        "--lang", help="The language of lines without \"lang\": zh-Hans, zh-Hant or en "
                       "(default: the jurisdiction's).")] = None,
    jurisdiction: Annotated[str | None, typer.Option(
        "--jurisdiction", "-j", help="Take the language from this jurisdiction.")] = None,
    output: Annotated[str, typer.Option(
        "--format", help="json (a JSON object a line) or text (one line a message).")] = "json",
) -> None:
    """Tag collection messages (threats, visits, contacting relatives, insults ...).

    Each JSON line is {"id", "lang", "tags", "confidence", "reasons", "features"}: a tag's
    confidence is 0-1, its reasons the words that matched ("words") or, for a tag the n-gram
    model gave, the n-grams that weighed most ("ngrams"). A plain line's id is its line number;
    a JSON line's "lang" overrides --lang, so one file can mix languages (a message is read by
    the classifiers of the script it is written in). A lawful reminder gets no tag.
    """
    from complaint_kit.cli.common import fail, registry
    from complaint_kit.plugins.registry import UnknownName

    if output not in ("json", "text"):
        raise fail(f"--format must be json or text, not {output!r}", EXIT_USAGE)
    try:
        reg = registry()
        if lang is None and jurisdiction is not None:
            lang = reg.jurisdiction(jurisdiction).language
    except UnknownName as exc:
        raise fail(str(exc).strip("'\""), EXIT_USAGE) from None
    known = sorted({c.language for c in reg.classifiers})
    if lang is not None and not reg.tagger(lang):
        raise fail(f"no classifier for the language {lang!r} (installed: "
                   f"{', '.join(known) or 'none'})", EXIT_USAGE)
    taggers: dict = {}

    name = "<stdin>" if str(file) == "-" else str(file)
    bad = 0
    try:
        with _open(file) as stream:
            out = sys.stdout
            for item in parse_lines(stream):
                if not isinstance(item, LineError):
                    language = item.lang or lang
                    if language is None:
                        item = LineError(item.line, "no language: give the line a \"lang\" or "
                                                    "pass --lang (zh-Hans, zh-Hant, en) or -j")
                    elif language not in taggers and not reg.tagger(language):
                        item = LineError(item.line, f"no classifier for the language "
                                                    f"{language!r} (installed: {', '.join(known)})")
                if isinstance(item, LineError):
                    bad += 1
                    print(f"error: {name}:{item.line}: {item.message}", file=sys.stderr)
                    continue
                tagger = taggers.get(language) or taggers.setdefault(language,
                                                                     reg.tagger(language))
                tagging = tagger.tag(item.text)
                if output == "text":
                    out.write(as_text(item.id, tagging) + "\n")
                else:
                    out.write(json.dumps(tagging.explained(item.id), ensure_ascii=False) + "\n")
    except OSError as exc:
        raise fail(f"{name}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise fail(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if bad:
        print(f"error: {bad} line{'s' if bad > 1 else ''} not classified", file=sys.stderr)
        raise typer.Exit(EXIT_BAD_LINE)


def as_text(id_: str | int, tagging) -> str:
    """One line: the id, the language read, and each tag with its confidence and reason."""
    if not tagging.tags:
        return f"{id_}\t{tagging.language}\tno tag"
    parts = []
    for tag in tagging.tags:
        words, grams = tagging.reasons.get(tag, []), tagging.ngrams.get(tag, [])
        why = "; ".join(([f"words: {', '.join(words)}"] if words else [])
                        + ([f"n-grams: {', '.join(grams)}"] if grams else []))
        parts.append(f"{tag} {tagging.confidence.get(tag, 1.0):.2f} ({why})")
    return f"{id_}\t{tagging.language}\t" + " | ".join(parts)


class Message(NamedTuple):
    id: str | int
    text: str
    lang: str | None  # the line's "lang", if it gives one
    line: int


class LineError:
    __slots__ = ("line", "message")

    def __init__(self, line: int, message: str):
        self.line, self.message = line, message


def parse_lines(lines: Iterable[str]) -> Iterator[Message | LineError]:
    """(id, text, lang or None) per message, or a LineError. Blank lines are skipped but still
    counted."""
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            yield Message(number, line, None, number)
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
        language = obj.get("lang")
        if language is not None and not isinstance(language, str):
            yield LineError(number, f"\"lang\" must be a string such as \"zh-Hans\", not "
                                    f"{type(language).__name__}")
            continue
        yield Message(id_, text, language, number)


def _open(file: Path) -> AbstractContextManager[IO[str]]:
    if str(file) == "-":
        return nullcontext(sys.stdin)  # left open afterwards
    return open(file, encoding="utf-8-sig", newline="")
