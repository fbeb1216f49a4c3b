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
from typing import IO, TYPE_CHECKING, Annotated, NamedTuple

import typer

if TYPE_CHECKING:
    from complaint_kit.assess.tagging import Tagger
    from complaint_kit.plugins.registry import Registry

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
    from complaint_kit.cli.common import fail

    if output not in ("json", "text"):
        raise fail(f"--format must be json or text, not {output!r}", EXIT_USAGE)
    taggers = _Taggers.for_language(lang, jurisdiction)
    name = "<stdin>" if str(file) == "-" else str(file)
    try:
        with _open(file) as stream:
            bad = _classify_lines(stream, name, taggers, output)
    except OSError as exc:
        raise fail(f"{name}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise fail(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if bad:
        print(f"error: {bad} line{'s' if bad > 1 else ''} not classified", file=sys.stderr)
        raise typer.Exit(EXIT_BAD_LINE)


def _classify_lines(stream: IO[str], name: str, taggers: _Taggers, output: str) -> int:
    """Write each message's tags to stdout and each bad line to stderr; the bad lines' count."""
    bad = 0
    for item in parse_lines(stream):
        found = item if isinstance(item, LineError) else taggers.for_line(item)
        if isinstance(found, LineError):
            bad += 1
            print(f"error: {name}:{found.line}: {found.message}", file=sys.stderr)
            continue
        tagging = found.tag(item.text)
        if output == "text":
            sys.stdout.write(as_text(item.id, tagging) + "\n")
        else:
            sys.stdout.write(json.dumps(tagging.explained(item.id), ensure_ascii=False) + "\n")
    return bad


class _Taggers:
    """A tagger per language, made when a line first needs it; ``default`` is the language of
    lines that name none."""

    def __init__(self, reg: Registry, default: str | None) -> None:
        self.reg, self.default = reg, default
        self.known = sorted({c.language for c in reg.classifiers})
        self._made: dict[str, Tagger] = {}

    @classmethod
    def for_language(cls, lang: str | None, jurisdiction: str | None) -> _Taggers:
        """--lang, or the language of -j; a usage error exits if neither has classifiers."""
        from complaint_kit.cli.common import fail, registry
        from complaint_kit.plugins.registry import UnknownName

        try:
            reg = registry()
            if lang is None and jurisdiction is not None:
                lang = reg.jurisdiction(jurisdiction).language
        except UnknownName as exc:
            raise fail(str(exc).strip("'\""), EXIT_USAGE) from None
        taggers = cls(reg, lang)
        if lang is not None and not reg.tagger(lang):
            raise fail(f"no classifier for the language {lang!r} (installed: "
                       f"{', '.join(taggers.known) or 'none'})", EXIT_USAGE)
        return taggers

    def for_line(self, item: Message) -> Tagger | LineError:
        """The tagger for a message's language, or why there is none."""
        language = item.lang or self.default
        if language is None:
            return LineError(item.line, "no language: give the line a \"lang\" or pass --lang "
                                        "(zh-Hans, zh-Hant, en) or -j")
        if language not in self._made:
            tagger = self.reg.tagger(language)
            if not tagger:
                return LineError(item.line, f"no classifier for the language {language!r} "
                                            f"(installed: {', '.join(self.known)})")
            self._made[language] = tagger
        return self._made[language]


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
