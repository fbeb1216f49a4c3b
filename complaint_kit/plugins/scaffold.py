"""`complaint-kit plugin new NAME`: a plugin package to start from, one that installs with pip,
shows up in `complaint-kit plugins`, passes `plugins check` and has passing tests.

It holds one rule (contact at night, cited from the project's legal reference exactly as the
built-in plugin of the jurisdiction cites it), one channel (an invented body serving one
region), one document kind with its template, and tests that use the pytest fixtures of
``complaint_kit.testing``.

The package's layout is the core's (``scaffold_files/``); what it says about a place comes from
that jurisdiction's plugin, like everything specific to a place: a folder ``scaffold/`` beside the
module its entry point names, holding ``example.toml`` (the citation, the channel, the wording)
and ``letter.md.j2.tmpl`` (the letter, in the jurisdiction's language). The files' ``${...}``
fields are filled in here (``string.Template``: neither Python nor Jinja2 uses ``$``).
"""

from __future__ import annotations

import re
import textwrap
import tomllib
from importlib import import_module
from pathlib import Path
from string import Template
from typing import Any

FILES = Path(__file__).resolve().parent / "scaffold_files"
NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
EXAMPLE = "example.toml"
LETTER = "letter.md.j2.tmpl"


class ScaffoldError(Exception):
    """A name, jurisdiction or folder the scaffold cannot use; the message says which."""


def create(name: str, jurisdiction: str, to: Path = Path(".")) -> Path:
    """Write the package ``complaint-kit-NAME`` into ``to`` and return its folder."""
    if not NAME.fullmatch(name):
        raise ScaffoldError(f"plugin name {name!r}: use lower-case letters, digits and single "
                            f"hyphens, starting with a letter (e.g. shenzhen-bureau)")
    folder = to / f"complaint-kit-{name}"
    if folder.exists():
        raise ScaffoldError(f"{folder} exists already")
    examples = example_folders()
    source = examples.get(jurisdiction)
    if source is None:
        raise ScaffoldError(f"no example for jurisdiction {jurisdiction!r} (its plugin ships "
                            f"none; there are examples for {', '.join(sorted(examples))}): make "
                            f"the plugin for one of them and change its jurisdiction and rule")
    example = tomllib.loads((source / EXAMPLE).read_text(encoding="utf-8"))
    module = "complaint_kit_" + name.replace("-", "_")
    try:
        fields = _fields(name, module, jurisdiction, example)
    except KeyError as exc:
        raise ScaffoldError(f"{source / EXAMPLE}: {exc} is missing") from None
    files = {
        "pyproject.toml": FILES / "pyproject.toml.tmpl",
        "README.md": FILES / "README.md.tmpl",
        f"{module}/__init__.py": FILES / "package" / "__init__.py.tmpl",
        f"{module}/templates/{name}/letter.md.j2": source / LETTER,
        f"tests/test_{module}.py": FILES / "tests" / "test_plugin.py.tmpl",
    }
    for target, template in files.items():
        try:
            text = Template(template.read_text(encoding="utf-8")).substitute(fields)
        except (KeyError, ValueError) as exc:  # the plugin's example lacks a field
            raise ScaffoldError(f"{template}: no value for the field {exc}") from None
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def example_folders() -> dict[str, Path]:
    """The jurisdictions whose plugin ships an example for ``plugin new``, and its folder."""
    from importlib.metadata import entry_points

    from complaint_kit.plugins.loader import GROUP
    from complaint_kit.plugins.registry import get_registry

    registry = get_registry()
    modules = {ep.name: ep.module for ep in entry_points(group=GROUP)}
    found = {}
    for code in registry.jurisdictions:
        module = modules.get(registry.plugin_of("jurisdiction", code) or "")
        if module is None:
            continue
        folder = Path(import_module(module).__file__ or "").parent / "scaffold"
        if (folder / EXAMPLE).is_file() and (folder / LETTER).is_file():
            found[code] = folder
    return found


def _fields(name: str, module: str, code: str, example: dict[str, Any]) -> dict[str, str]:
    """The template fields: Python literals where the file is Python, plain text elsewhere."""
    prefix = name.upper()
    text = {"name": name, "module": module, "code": code, "rule_id": f"{prefix}-NIGHT",
            "channel_id": f"{name}-office", "document_id": f"{name}-letter",
            "channel_name_ascii": str(example["channel_name_ascii"]),
            "citation_comment": str(example["citation_comment"]),
            "region": str(example["region"]), "order": str(example["order"]),
            "explanation": str(example["explanation"])}
    example = {**example, "replaces": tuple(example.get("replaces", ()))}
    literal = {key: _literal(example[key]) for key in (
        "instrument", "article", "source", "grade", "gist", "rule_title", "replaces",
        "document_title", "complainant", "lender", "night_words", "day_words", "installed")}
    literal.update((key, _literal(example[key], 12)) for key in ("channel_name", "why",
                                                                  "contact"))
    steps = [_literal(s, 12) for s in example["how_to_file"]]
    literal["how_to_file"] = "(\n" + "".join(f"            {s},\n" for s in steps) + "        )"
    return {**text, **literal}


def _literal(value: object, indent: int = 8) -> str:
    """A Python literal of ``value``; a long string as adjacent strings in parentheses, so that
    the generated code keeps to lines of 100 characters."""
    if not isinstance(value, str) or len(repr(value)) <= 70:
        return repr(value)
    width = 70 if value.isascii() else 35  # a CJK character takes two columns
    chunks = textwrap.wrap(value, width, drop_whitespace=False)  # joined, they are ``value``
    pad = " " * indent
    return "(\n" + "".join(f"{pad}{chunk!r}\n" for chunk in chunks) + " " * (indent - 4) + ")"
