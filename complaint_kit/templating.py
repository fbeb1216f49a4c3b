"""Jinja2, sandboxed and strict, producing Markdown in which case data is always literal text.

Case data is data: it is inserted through ``finalize``, which escapes every Markdown and HTML
character, so ``{{ 7*7 }}``, ``**``, ``|`` or ``</w:t>`` in a message come out as written.
Template text itself is not escaped (autoescape leaves literals alone).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

import jinja2
from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateRuntimeError,
    nodes,
    pass_context,
)
from jinja2.compiler import CodeGenerator
from jinja2.ext import Extension
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Namespace
from markupsafe import Markup

from .formats import formats
from .lru import LruCache
from .paths import core_templates

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


def _finalize(value: Any) -> str:
    """Every value a template prints: Markdown already (what a macro or block rendered, which
    autoescape makes Markup), or data, escaped. What it returns is printed as it is (see
    _CodeGenerator)."""
    if type(value) is str:  # most values: many (labels, the rules' titles) print again
        escaped = _ESCAPED_TEXT.get(value)
        if escaped is None:
            if len(_ESCAPED_TEXT) >= 4096:
                _ESCAPED_TEXT.clear()
            escaped = _ESCAPED_TEXT[value] = md_escape(value)
        return escaped
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    return md_escape(value)


_ESCAPED_TEXT: dict[str, str] = {}  # text → md_escape(text), for _finalize


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
    document's locale (``formats.Formats.date``)."""
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


_TAGS = itertools.count()


class FragmentCache(Extension):
    """``{% cache a, b %}…{% endcache %}``: the text between is rendered once for each set of
    values of the expressions listed, and reused for the next document with the same values.

    For fragments that many documents of a batch share, such as the law quoted for a finding.
    List every value the fragment reads: the cached text is reused whenever they are equal.
    """

    tags: ClassVar[set[str]] = {"cache"}

    def __init__(self, environment):
        super().__init__(environment)
        environment.extend(fragment_cache=LruCache(size=1024))

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        values = [parser.parse_expression()]
        while parser.stream.skip_if("comma"):
            values.append(parser.parse_expression())
        body = parser.parse_statements(("name:endcache",), drop_needle=True)
        # each tag its own place, even two on one line
        where = nodes.Const(f"{parser.name}:{lineno}:{next(_TAGS)}")
        call = self.call_method("render_cached", [where, nodes.List(values)])
        return nodes.CallBlock(call, [], [], body).set_lineno(lineno)

    def render_cached(self, where: str, values: list, caller) -> str:
        key = (where, _frozen(values))
        cache = self.environment.fragment_cache
        try:
            text = cache.get(key)
        except TypeError:  # a value that cannot be compared as a key: render each time
            return caller()
        if text is None:
            text = caller()
            cache.put(key, text)
        return text


_PLAIN_TYPES = frozenset({str, int, bool, float, Decimal, date, datetime, type(None)})


def _frozen(value: Any) -> Any:
    """A hashable key equal for equal values (the type is kept: ``Markup("x")`` is not "x")."""
    kind = type(value)
    if kind in _PLAIN_TYPES:
        return value
    if isinstance(value, dict):
        if set(map(type, value.values())) <= _PLAIN_TYPES:  # flat, as labels are: at C speed
            return (dict, tuple(value.items()))
        return (dict, tuple((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return (list, tuple(_frozen(v) for v in value))
    return (kind, value)


class _CodeGenerator(CodeGenerator):
    """Prints what ``finalize`` returns as it is. With autoescape on (so that what macros and
    blocks render is Markup, and is not escaped again), Jinja2 wraps each printed value in
    ``escape(finalize(value))``, which HTML-escapes nothing here, since _finalize already
    returns Markup or escaped text, but makes a Markup object of every value printed."""

    def _output_child_pre(self, node, frame, finalize) -> None:
        if finalize.src is None or frame.eval_ctx.volatile:
            super()._output_child_pre(node, frame, finalize)
        else:
            self.write(finalize.src)

    def _output_child_post(self, node, frame, finalize) -> None:
        if finalize.src is None or frame.eval_ctx.volatile:
            super()._output_child_post(node, frame, finalize)
        else:
            self.write(")")


_DICT_ATTRIBUTES = frozenset(dir(dict))
# Jinja2's own objects, whose public attributes the sandbox lets templates read
_PUBLIC = frozenset({LoopContext, Namespace})


class _Environment(SandboxedEnvironment):
    """The sandbox, with shortcuts for what templates read most, each giving what the
    sandbox's own lookup gives:

    - ``x.name`` on the render context's plain dicts. For a ``dict`` (not a subclass) and a
      name that is no attribute of ``dict``, the sandbox fails to find an attribute (raising
      and catching an AttributeError) and then subscribes; this subscribes at once.
    - ``labels.get``, ``d.items``, ``loop.index``, ``ns.label``: a public attribute of a
      ``dict``, a loop or a ``namespace()``, none of which the sandbox holds internal, is read
      at once.
    """

    code_generator_class = _CodeGenerator

    def getattr(self, obj: Any, attribute: str) -> Any:
        kind = type(obj)
        if kind is dict:
            if attribute not in _DICT_ATTRIBUTES:
                try:
                    return obj[attribute]
                except KeyError:
                    return self.undefined(obj=obj, name=attribute)
            if attribute[0] != "_":
                return getattr(obj, attribute)
        elif kind in _PUBLIC and attribute[:1] not in ("_", ""):
            try:
                return getattr(obj, attribute)
            except AttributeError:
                pass
        return super().getattr(obj, attribute)


def make_environment(template_dirs: Sequence[Path]) -> SandboxedEnvironment:
    """Plugin template folders first, then the shared ``templates/``."""
    loader = ChoiceLoader([FileSystemLoader([str(p) for p in template_dirs]),
                           FileSystemLoader(str(core_templates()))])
    env = _Environment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=True,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=[FragmentCache],
        auto_reload=False,  # templates are files of installed packages: no stat per render
    )
    env.filters.update(md=md_escape, date=_date, money=_money, number=_number, plural=_plural,
                       duration=fmt_duration, fill=fill)
    # _CodeGenerator overrides two private methods of Jinja2's code generator. Were a later
    # Jinja2 to stop calling them, printed values would be HTML-escaped on top: say so at once.
    if env.from_string("{{ v }}").render(v="<&>") != md_escape("<&>"):
        raise RuntimeError(f"Jinja2 {jinja2.__version__} prints template values in a way "
                           f"complaint-kit does not support")
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
    from .registry import UnknownName

    if Path(name).is_absolute() or ".." in Path(name).parts:
        raise UnknownName(f"{name!r} is not a template name (see `complaint-kit templates list`)")
    for folder in [*registry.template_dirs, core_templates()]:
        path = Path(folder) / name
        if path.is_file():
            return path
    raise UnknownName(f"no template is named {name!r} (see `complaint-kit templates list`)")
