"""Reading case files (YAML or JSON) safely: a YAML reader with limits that takes plain data only,
and the problems it finds located by line; then the checks of ``casefile.checks``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import yaml

from complaint_kit.casefile.checks import MAX_DEPTH, validate
from complaint_kit.casefile.problems import CaseFileError, Problem, format_path
from complaint_kit.model.case import Case

if TYPE_CHECKING:
    from complaint_kit.plugins.registry import Registry


# Limits on what a case file may ask of the reader, so that no file (an alias bomb, a file of
# nested brackets, /dev/zero) costs more than the largest real case: tens of thousands of
# incidents imported from a phone. Past a limit the file is refused with one line saying which.
MAX_BYTES = 32 * 1024 * 1024  # the file's size
MAX_VALUES = 1_000_000  # the values (scalars, lists, mappings) written in the file
MAX_ALIAS_VALUES = 100_000  # the values that aliases (*name) stand for, all together
# MAX_DEPTH (casefile.checks): lists and mappings inside one another

# YAML 1.1 turns `no` into False, `0755` into 493 and `2026-03-01 22:00` into a naive datetime.
# Case files are written by people, so resolve only what YAML 1.2's core schema resolves and
# leave dates and times as text for pydantic to parse. The patterns also say what an explicit
# tag (`!!int`) accepts; an integer of more than 30 digits is text (an account number).
_CORE = "tag:yaml.org,2002:"
_SCALARS = {
    "bool": (r"(?:true|True|TRUE|false|False|FALSE)", "tTfF"),
    "int": (r"[-+]?(?:0|[1-9][0-9]{0,29})", "-+0123456789"),
    "float": (r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?", "-+.0123456789"),
    "null": (r"(?:~|null|Null|NULL|)", ["~", "n", "N", ""]),
}
_PATTERNS = {_CORE + name: re.compile(pattern) for name, (pattern, _) in _SCALARS.items()}
# Plain data only: no !!python/..., !!binary, !!timestamp, !!set or local tags.
_TAGS = {_CORE + name for name in ("str", "seq", "map", *_SCALARS)}


class _Guard:
    """Composing with limits: depth, values, what aliases expand to, recursive aliases and
    tags. Each refusal is a YAML error at the place it was found."""

    def _start_guard(self) -> None:
        self._depth = 0
        self._values = 0
        self._aliased = 0
        self._sizes: dict[int, int] = {}  # id of an anchored node → the values it stands for

    def compose_node(self, parent: Any, index: Any) -> yaml.Node:
        event = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, yaml.AliasEvent):
            node = self.anchors.get(event.anchor)  # type: ignore[attr-defined]
            if node is not None:  # an undefined alias is the composer's own error
                size = self._sizes.get(id(node))
                if size is None:
                    _refuse(f"the alias *{event.anchor} is used inside the value it names",
                            event.start_mark)
                self._aliased += size
                if self._aliased > MAX_ALIAS_VALUES:
                    _refuse(f"aliases (*name) stand for more than {MAX_ALIAS_VALUES:,} values "
                            "in all; write the values out", event.start_mark)
            return super().compose_node(parent, index)  # type: ignore[misc]
        if self._depth >= MAX_DEPTH:
            _refuse(f"lists and mappings are nested more than {MAX_DEPTH} deep",
                    event.start_mark)
        self._values += 1
        if self._values > MAX_VALUES:
            _refuse(f"more than {MAX_VALUES:,} values in one case file", event.start_mark)
        before = self._values + self._aliased
        self._depth += 1
        try:
            node = super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self._depth -= 1
        if event.anchor is not None:
            self._sizes[id(node)] = self._values + self._aliased - before + 1
        if node.tag not in _TAGS:
            _refuse(f"the tag {_short_tag(node.tag)} is not allowed: a case file holds plain "
                    "text, numbers, true/false, lists and mappings", node.start_mark)
        pattern = _PATTERNS.get(node.tag)
        if pattern and not pattern.fullmatch(node.value):
            _refuse(f"the value does not fit its tag {_short_tag(node.tag)}", node.start_mark)
        return node


def _refuse(problem: str, mark: Any) -> NoReturn:
    raise yaml.composer.ComposerError(None, None, problem, mark)


def _short_tag(tag: str) -> str:
    tag = "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag
    return tag if len(tag) <= 60 else tag[:60] + "…"


class _Loader(_Guard, yaml.SafeLoader):
    """The pure-Python parser: for text that libyaml cannot take (lone surrogates) or when
    PyYAML was built without it."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._start_guard()


_Loader.yaml_implicit_resolvers = {}
for _name, (_pattern, _first) in _SCALARS.items():
    _Loader.add_implicit_resolver(_CORE + _name, re.compile(f"^{_pattern}$"), list(_first))

try:  # libyaml's parser, five times faster; composing and constructing stay the same
    from yaml.cyaml import CParser

    class _FastLoader(_Guard, yaml.composer.Composer, CParser, yaml.constructor.SafeConstructor,
                      yaml.resolver.Resolver):
        yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers

        def __init__(self, stream: str):
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self._start_guard()

except ImportError:  # pragma: no cover - PyYAML without libyaml
    _FastLoader = _Loader  # type: ignore[misc, assignment]


def _lines(node: yaml.Node, path: tuple = (), found: dict[tuple, int] | None = None,
           problems: list[Problem] | None = None) -> tuple[dict[tuple, int], list[Problem]]:
    """Map each value's path (keys and list indexes) to its 1-based line in the file; and a
    problem for each key that is not text or a number, and for each key that a mapping has
    twice (the second would silently replace the first). The depth is bounded by MAX_DEPTH,
    the values walked by MAX_VALUES and MAX_ALIAS_VALUES."""
    found = {} if found is None else found
    problems = [] if problems is None else problems
    found[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        keys: dict[tuple, int] = {}
        for key, value in node.value:
            line = key.start_mark.line + 1
            if not isinstance(key, yaml.ScalarNode):
                problems.append(Problem(format_path(path), "a key must be text or a number, "
                                        "not a list or mapping", line))
                continue
            if (key.tag, key.value) in keys:
                problems.append(Problem(format_path((*path, key.value)),
                                        f"this key is given twice, on lines "
                                        f"{keys[key.tag, key.value]} and {line}: keep one "
                                        "(they would not be merged)", line))
            keys.setdefault((key.tag, key.value), line)
            found[(*path, key.value)] = line
            _lines(value, (*path, key.value), found, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _lines(item, (*path, index), found, problems)
    return found, problems


def _yaml_problem(exc: yaml.YAMLError, text: str) -> Problem:
    """A YAML error as one problem: the line it was found on and what is wrong there."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
        line = text.count("\n", 0, exc.position) + 1
        what = (f"U+{exc.character:04X}" if isinstance(exc.character, int)
                else repr(exc.character))
        return Problem("", f"not valid YAML: the character {what} is not allowed "
                           f"({exc.reason})", line)
    reason = getattr(exc, "problem", None) or " ".join(str(exc).split())
    context = getattr(exc, "context", None)
    if isinstance(exc, yaml.composer.ComposerError) and context is None:
        return Problem("", reason, line)  # one of the limits above: not a syntax error
    if "maximum nesting depth" in reason:  # PyYAML 6.0.4 and later stop deep flow nesting
        return Problem("", f"lists and mappings are nested more than {MAX_DEPTH} deep", line)
    return Problem("", f"not valid YAML: {reason}" + (f" ({context})" if context else ""),
                   line)


# An escaped backslash pair, then a surrogate pair written as two \u escapes.
_SURROGATE_ESCAPES = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)


def _join_surrogate_escapes(text: str) -> str:
    """Python's json.dump writes a character beyond U+FFFF (an emoji) as two \\u escapes, a
    surrogate pair, which YAML refuses: write each pair as the one \\U escape YAML reads."""
    def one(match: re.Match) -> str:
        code = 0x10000 + ((int(match[2], 16) - 0xD800) << 10) + (int(match[3], 16) - 0xDC00)
        return f"{match[1]}\\U{code:08x}"
    return _SURROGATE_ESCAPES.sub(one, text)


def parse(text: str, source: str = "<case>") -> tuple[Any, dict[tuple, int]]:
    """Parse YAML (JSON is YAML too) into plain data and a path → line map, safely: within the
    limits above, plain data only, no key given twice. Anything wrong is a CaseFileError of
    one line per problem, naming the line."""
    if len(text) > MAX_BYTES:
        raise CaseFileError(source, [Problem("", f"the file is larger than "
                                                 f"{MAX_BYTES >> 20} MiB")])
    if "\\u" in text or "\\U" in text:
        text = _join_surrogate_escapes(text)
    try:
        try:
            text.encode("utf-8")
            loader: yaml.SafeLoader = _FastLoader(text)
        except UnicodeEncodeError:  # a lone surrogate, which libyaml cannot take
            loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise CaseFileError(source, [Problem("", "the file is empty")])
            lines, problems = _lines(node)
            if problems:
                raise CaseFileError(source, problems)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise CaseFileError(source, [_yaml_problem(exc, text)]) from None
    return data, lines


def read_case_file(path: str | Path, source: str | None = None
                   ) -> tuple[Any, dict[tuple, int]]:
    """A case file's plain data and path → line map (see ``parse``), read at most
    ``MAX_BYTES`` of it: the one safe way in for every command that reads case files."""
    source = str(path) if source is None else source
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise CaseFileError(source, [Problem("", "no such file")]) from None
    except OSError as exc:
        raise CaseFileError(source, [Problem("", exc.strerror or str(exc))]) from None
    if len(raw) > MAX_BYTES:
        raise CaseFileError(source, [Problem("", f"the file is larger than {MAX_BYTES >> 20} "
                                                 "MiB: not a case file")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaseFileError(source, [Problem("", f"not UTF-8 text ({exc.reason} at byte "
                                                 f"{exc.start})",
                                             raw.count(b"\n", 0, exc.start) + 1)]) from None
    return parse(text, source)


def load_case(path: str | Path, registry: Registry | None = None,
              warnings: list[Problem] | None = None) -> Case:
    """Read a case file; every problem is reported with the file, field path and line. Dates
    that are possible but unlikely (``implausible_dates``) go to ``warnings``, if given."""
    source = str(path)
    data, lines = read_case_file(path, source)
    return validate(data, source, lines, registry, warnings)


def case_schema() -> str:
    return json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False)
