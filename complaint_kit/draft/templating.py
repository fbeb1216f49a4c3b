"""Jinja2, sandboxed and strict, producing Markdown in which case data is always literal text.

Case data is data: it is inserted through ``finalize``, which escapes every Markdown and HTML
character, so ``{{ 7*7 }}``, ``**``, ``|`` or ``</w:t>`` in a message come out as written.
Template text itself is not escaped (autoescape leaves literals alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateRuntimeError,
    pass_context,
)
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from complaint_kit.draft.formats import formats
from complaint_kit.draft.paths import core_templates

# Markdown output breaks lines only where the template does; a line break inside a value becomes
# U+2028, which the builders turn into a line break inside the same paragraph or table cell.
LINE_BREAK = "\u2028"
# Every ASCII punctuation character is backslash-escaped (CommonMark lets any of them be).
# A translation table does it in one pass; md_escape runs for every value a template prints.
_ESCAPES = str.maketrans({c: "\\" + c for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"})
_NEWLINES = re.compile(r"\r\n|\r|\n")
_EDGE_SPACES = re.compile(r"^[ \t]+|[ \t]+$")


def md_escape(value: Any) -> str:
    """Make any text literal in CommonMark, on one line."""
    text = str(value).translate(_ESCAPES)
    if "\n" in text or "\r" in text:
        text = _NEWLINES.sub(LINE_BREAK, text)
    # Leading spaces would start a code block, trailing ones a hard break: write them as entities.
    if text and (text[0] in " \t" or text[-1] in " \t"):
        text = _EDGE_SPACES.sub(lambda m: "&#32;" * len(m.group().expandtabs(4)), text)
    return text


def _finalize(value: Any) -> Markup:
    """Every value a template prints: Markdown already (what a macro or block rendered, which
    autoescape makes Markup), or data, escaped. The result is Markup, so that autoescape
    prints it as it is rather than HTML-escaping it."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(md_escape(value))


_FIELD = re.compile(r"\{(\w+)\}")


def fill(text: str, **values: Any) -> str:
    """A label's ``{name}`` fields filled in: ``labels["call.duration"] | fill(duration=…)``.

    Only plain names, no attributes or format specs: the sandbox's safe ``str.format`` costs
    a wrapper made for each use, and labels need no more.
    """
    def value(match: re.Match) -> str:
        if match.group(1) not in values:
            raise TemplateRuntimeError(f"{text!r} has a field {{{match.group(1)}}} that was "
                                       f"not given")
        return str(values[match.group(1)])

    return _FIELD.sub(value, str(text))


def _formats(context: Context):
    """The formats of the document being rendered (its context's ``locale``)."""
    return formats(context.get("locale") or "en")


@pass_context
def _date(context: Context, value: date | datetime | str | None, pattern: str = "medium") -> str:
    """``{{ signed_on | date(labels.date_format) }}``: a CLDR pattern or width, in the
    document's locale (``draft.formats.Formats.date``)."""
    try:
        return _formats(context).date(value, pattern)
    except ValueError as exc:
        raise TemplateRuntimeError(str(exc)) from None


@pass_context
def _money(context: Context, value: Decimal | float | int | None, places: int = 2) -> str:
    return _formats(context).money(value, places)


@pass_context
def _number(context: Context, value: int | float | Decimal) -> str:
    return _formats(context).number(value)


@pass_context
def _plural(context: Context, n: int, one: str, other: str | None = None) -> str:
    """``{{ n | plural("{n} call", "{n} calls") }}``; a language with one form (Chinese)
    gives only that."""
    return _formats(context).plural(n, one, other)


def fmt_duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


def _text_finalize(value: Any) -> Any:
    """Every value a plain-text template prints: as it is, and None as nothing."""
    return "" if value is None else value


def make_environment(template_dirs: Sequence[Path], *, text: bool = False
                     ) -> SandboxedEnvironment:
    """Plugin template folders first, then the shared ``templates/``. ``text``: for templates
    of plain text (the checklist), which print values as they are, not escaped as Markdown."""
    loader = ChoiceLoader([FileSystemLoader([str(p) for p in template_dirs]),
                           FileSystemLoader(str(core_templates()))])
    env = SandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=not text,
        finalize=_text_finalize if text else _finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # templates are files of installed packages: no stat per render
    )
    env.filters.update(md=md_escape, date=_date, money=_money, number=_number, plural=_plural,
                       duration=fmt_duration, fill=fill)
    return env


def with_template_dirs(registry: Any, folders: Sequence[Path]) -> Any:
    """The registry, drafting with ``folders`` searched before every plugin's templates (the
    ``--template-dir`` of draft and batch): a template there overrides any of the same name."""
    if not folders:
        return registry
    import copy

    overridden = copy.copy(registry)
    overridden.template_dirs = [*(Path(f) for f in folders), *registry.template_dirs]
    return overridden


def _source_names(registry: Any) -> dict[Path, str]:
    """Which plugin registered each template folder (by its plugin name)."""
    names: dict[Path, str] = {}
    for impl in registry.pm.hook.register_template_dirs.get_hookimpls():
        found: list[Path] = []
        try:
            impl.function(register=lambda p, found=found: found.append(Path(p)))
        except Exception:  # a broken plugin's folders are not in use anyway
            continue
        names.update((path, impl.plugin_name) for path in found)
    return names


def template_sources(registry: Any) -> list[dict[str, Any]]:
    """Every template name in use, sorted, searching folders as drafting does: where the file
    drafting uses comes from (a plugin's name, "--template-dir" or "complaint-kit"), the file,
    and the files of the same name it overrides, with where they come from."""
    names = _source_names(registry)
    found: dict[str, list[tuple[str, Path]]] = {}
    for folder in [*registry.template_dirs, core_templates()]:
        source = ("complaint-kit" if folder == core_templates() else
                  names.get(Path(folder), "--template-dir"))
        for path in sorted(Path(folder).rglob("*.j2")):
            found.setdefault(path.relative_to(folder).as_posix(), []).append((source, path))
    return [{"name": name, "source": files[0][0], "file": str(files[0][1]),
             "overrides": [{"source": s, "file": str(p)} for s, p in files[1:]]}
            for name, files in sorted(found.items())]


def find_template(registry: Any, name: str) -> Path:
    """The file drafting uses for the template ``name`` (a name, as Jinja2 takes it: a path
    inside a template folder, never one out of it)."""
    from complaint_kit.plugins.registry import UnknownName

    if Path(name).is_absolute() or ".." in Path(name).parts:
        raise UnknownName(f"{name!r} is not a template name (see `complaint-kit templates list`)")
    for folder in [*registry.template_dirs, core_templates()]:
        path = Path(folder) / name
        if path.is_file():
            return path
    raise UnknownName(f"no template is named {name!r} (see `complaint-kit templates list`)")
