"""Reading and writing case files (YAML or JSON), with problems reported by field path and line."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError

from .atomic import atomic_write_text
from .case import Case

if TYPE_CHECKING:
    from .registry import Registry


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a case: where (field path, file line) and what."""

    path: str
    message: str
    line: int | None = None

    def format(self, source: str | None = None) -> str:
        where = ":".join(str(p) for p in (source, self.line) if p is not None)
        field = self.path or "(case)"
        return f"{where}: {field}: {self.message}" if where else f"{field}: {self.message}"


class CaseFileError(Exception):
    """A case file that cannot be used; carries every problem found, not only the first."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(p.format(source) for p in problems))


# YAML 1.1 turns `no` into False, `0755` into 493 and `2026-03-01 22:00` into a naive datetime.
# Case files are written by people, so resolve only what YAML 1.2's core schema resolves and
# leave dates and times as text for pydantic to parse.
class _Loader(yaml.SafeLoader):
    pass


_Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?$",
     "-+.0123456789"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    _Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _lines(node: yaml.Node, path: tuple = ()) -> dict[tuple, int]:
    """Map each value's path (keys and list indexes) to its 1-based line in the file."""
    found = {path: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            found[(*path, key.value)] = key.start_mark.line + 1
            found.update(_lines(value, (*path, key.value)))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found.update(_lines(item, (*path, index)))
    return found


def _format_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse(text: str, source: str = "<case>") -> tuple[Any, dict[tuple, int]]:
    """Parse YAML (JSON is YAML too) into plain data and a path → line map."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise CaseFileError(source, [Problem("", f"not valid YAML: {reason}", line)]) from None
    if node is None:
        raise CaseFileError(source, [Problem("", "the file is empty")])
    data = _Loader(text).get_single_data()
    return data, _lines(node)


def validate(data: Any, source: str = "<case>", lines: dict[tuple, int] | None = None,
             registry: Registry | None = None) -> Case:
    """Turn plain data into a checked Case, or raise CaseFileError listing every problem."""
    lines = lines or {}
    if not isinstance(data, dict):
        raise CaseFileError(source, [Problem("", "a case must be a mapping of fields")])
    if registry is not None:
        data = registry.apply_defaults(data)
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            line = next((lines[loc[:i]] for i in range(len(loc), -1, -1) if loc[:i] in lines), None)
            problems.append(Problem(_format_path(loc), _message(err), line))
        raise CaseFileError(source, problems) from None
    problems = check_references(case)
    if registry is not None:
        problems += registry.validate_case(case)
    if problems:
        raise CaseFileError(source, [
            Problem(p.path, p.message, p.line or _line_for(p.path, lines)) for p in problems
        ])
    return case


def _message(err: dict) -> str:
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        return "unknown field (check the spelling; see `complaint-kit schema`)"
    if err["type"] == "missing":
        return "required field is missing"
    if "input" in err and err["type"] not in ("model_type", "dict_type"):
        shown = repr(err["input"])
        msg += f" (got {shown[:60] + '…' if len(shown) > 60 else shown})"
    return msg.removeprefix("Value error, ")


def _line_for(path: str, lines: dict[tuple, int]) -> int | None:
    parts: list[Any] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        parts.append(int(index) if index else name)
    key = tuple(parts)
    while key and key not in lines:
        key = key[:-1]
    return lines.get(key)


def check_references(case: Case) -> list[Problem]:
    """Ids that point at nothing: respondents, evidence, the lender."""
    problems = []
    respondents = {r.id for r in case.respondents}
    evidence = {e.id for e in case.evidence}
    seen: set[str] = set()
    for i, r in enumerate(case.respondents):
        if r.id in seen:
            problems.append(Problem(f"respondents[{i}].id", f"duplicate respondent id {r.id!r}"))
        seen.add(r.id)
        if r.acting_for and r.acting_for not in respondents:
            problems.append(Problem(f"respondents[{i}].acting_for",
                                    f"no respondent has the id {r.acting_for!r}"))
    for field in ("lender", "funder"):
        key = getattr(case.debt, field) if case.debt else None
        if key and key not in respondents:
            problems.append(Problem(f"debt.{field}", f"no respondent has the id {key!r}"))
    for i, inc in enumerate(case.incidents):
        if inc.respondent and inc.respondent not in respondents:
            problems.append(Problem(f"incidents[{i}].respondent",
                                    f"no respondent has the id {inc.respondent!r}"))
        for ref in inc.evidence:
            if ref not in evidence:
                problems.append(Problem(f"incidents[{i}].evidence",
                                        f"no evidence item has the id {ref!r}"))
        if inc.time.tzinfo is None:
            problems.append(Problem(f"incidents[{i}].time",
                                    "time has no UTC offset and the case has no timezone"))
    return problems


def load_case(path: str | Path, registry: Registry | None = None) -> Case:
    """Read a case file; every problem is reported with the file, field path and line."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CaseFileError(source, [Problem("", "no such file")]) from None
    except UnicodeDecodeError as exc:
        raise CaseFileError(source, [Problem("", f"not UTF-8 text ({exc.reason} at byte "
                                                 f"{exc.start})")]) from None
    except OSError as exc:
        raise CaseFileError(source, [Problem("", exc.strerror or str(exc))]) from None
    data, lines = parse(text, source)
    return validate(data, source, lines, registry)


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Verbatim messages keep their line breaks readable in the file.
    style = "|" if "\n" in value and value == value.strip(" ") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_data(data: Any) -> str:
    """Plain case data (possibly a partial case) as YAML in the case-file style."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def dump_case(case: Case) -> str:
    data = case.model_dump(mode="json", exclude_defaults=True)
    return dump_data({"schema_version": case.schema_version, **data})


def save_case(case: Case, path: str | Path) -> None:
    atomic_write_text(path, dump_case(case))


def case_schema() -> str:
    return json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False)
