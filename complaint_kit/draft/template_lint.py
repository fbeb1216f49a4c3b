"""`templates lint`: syntax errors and variables the render context does not have, with file and
line, found without drafting anything.

What a template may read is learnt from real contexts: those of the bundled example cases of
each jurisdiction, for every document kind (plugins' ``extra_render_context`` included). Their
shapes are merged (a key that any of them has is known), and every name a template reads, and
every attribute or constant key read from it (``complainant.nmae``, ``labels["x.y"]``, ``f.titel``
in ``{% for f in findings %}``), is checked against them. Names the template binds itself
(``set``, macro arguments, imports) are its own business; a test ``is defined`` or a
``default`` filter marks a read as optional.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import TemplateSyntaxError, meta, nodes

if TYPE_CHECKING:
    from jinja2 import Environment

    from complaint_kit.plugins.registry import Registry

SUFFIX = ".j2"
# Mappings whose keys are the case's or a plugin's own: any key may be read.
OPEN_KEYS = frozenset({"facts"})
# What Jinja2 itself binds inside templates.
BUILTIN_NAMES = frozenset({"loop", "self", "super", "varargs", "kwargs", "caller"})
_DICT_METHODS = frozenset({"get", "items", "keys", "values"})
# Templates rendered with a context of their own, not a document's: the names they are given.
OWN_CONTEXTS = {"base/checklist.txt.j2": ("text", "urgent", "steps", "annexes")}


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class Shape:
    """What is known of a value: the keys of a mapping (with their shapes), the shape of a
    list's items, or nothing (text, a number, None: not looked into)."""

    def __init__(self) -> None:
        self.keys: dict[str, Shape] | None = None
        self.item: Shape | None = None
        self.open = False

    @classmethod
    def of(cls, value: Any, open_: bool = False) -> Shape:
        shape = cls()
        shape.add(value, open_)
        return shape

    def add(self, value: Any, open_: bool = False) -> None:
        if isinstance(value, Mapping):
            self.keys = self.keys if self.keys is not None else {}
            self.open = self.open or open_
            for key, item in value.items():
                self.keys.setdefault(str(key), Shape()).add(item, str(key) in OPEN_KEYS)
        elif isinstance(value, list | tuple):
            self.item = self.item or Shape()
            for item in value:
                self.item.add(item)

    def get(self, key: str) -> Shape | None:
        """The shape under ``key``; None when this mapping surely lacks it."""
        if self.keys is None or self.open or key in _DICT_METHODS:
            return Shape()  # not a mapping we know, or one with any key
        return self.keys.get(key)


def sample_contexts(registry: Registry, code: str | None = None) -> Iterator[dict[str, Any]]:
    """Every document's render context for the bundled example cases of ``code`` (of every
    jurisdiction when None): what templates are checked against."""
    from complaint_kit.casefile.load import load_case
    from complaint_kit.draft.context import case_context, document_context
    from complaint_kit.draft.paths import example_path
    from complaint_kit.draft.pipeline import assess

    codes = [code] if code in registry.jurisdictions else sorted(registry.jurisdictions)
    for each in codes:
        jurisdiction = registry.jurisdictions[each]
        paths = sorted(example_path(".").glob(f"{each}-*.yaml"))
        if jurisdiction.demo_example:
            paths.append(example_path(jurisdiction.demo_example))
        for path in dict.fromkeys(p for p in paths if p.is_file()):
            case = load_case(path, registry, [])
            assessment = assess(case, registry)
            shared = case_context(case, jurisdiction, findings=assessment.findings,
                                  routes=assessment.routes, pattern=assessment.pattern,
                                  base_dir=path.parent, warnings=[])
            channels = assessment.routes or registry.channels_for(each)[:1]
            for kind in registry.documents_for(each):
                for channel in [c for c in channels if kind.addresses(c.id, c.kind)] or [None]:
                    context = document_context(shared, case, kind, channel)
                    context.update(registry.extra_context(assessment.analysis, kind.id, context))
                    yield context


def context_shape(contexts: Iterable[Mapping[str, Any]]) -> Shape:
    shape = Shape.of({})
    for context in contexts:
        shape.add(context)
    return shape


def template_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob(f"*{SUFFIX}") if p.is_file())


def lint_folder(folder: Path, env: Environment, shapes: Mapping[str | None, Shape],
                shown: Path | None = None) -> list[Problem]:
    """The problems of every template under ``folder``. ``shapes``: the context's shape for
    templates under a jurisdiction's folder (``cn/...``), and under None for the rest."""
    problems: list[Problem] = []
    for path in template_files(folder):
        name = path.relative_to(folder).as_posix()
        shape = shapes.get(name.split("/", 1)[0]) or shapes[None]
        if name in OWN_CONTEXTS:
            shape = Shape.of(dict.fromkeys(OWN_CONTEXTS[name]))
        problems += lint_source(path.read_text(encoding="utf-8"), name,
                                str((shown or folder) / name), env, shape)
    return problems


def lint_source(source: str, name: str, file: str, env: Environment, shape: Shape
                ) -> list[Problem]:
    try:
        ast = env.parse(source, name, file)
        env.compile(ast, name, file)  # what the parser lets through and the compiler does not
    except TemplateSyntaxError as exc:
        return [Problem(file, exc.lineno or 0, f"syntax error: {exc.message}")]
    problems: list[Problem] = []
    for node in ast.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        target = node.template
        if (isinstance(target, nodes.Const) and isinstance(target.value, str)
                and target.value not in _names(env)
                and not (isinstance(node, nodes.Include) and node.ignore_missing)):
            problems.append(Problem(file, node.lineno, f"template {target.value!r} not found"))
    undeclared = (meta.find_undeclared_variables(ast) - set(env.globals) - BUILTIN_NAMES
                  - _assigned(ast))
    checker = _Checker(file, shape)
    checker.visit(ast, {}, optional=False)
    for name_ in sorted(undeclared):
        if shape.get(name_) is None:
            line = min((n.lineno for n in ast.find_all(nodes.Name) if n.name == name_),
                       default=1)
            problems.append(Problem(file, line, _unknown(name_, shape)))
    problems += checker.problems
    return sorted(set(problems), key=lambda p: (p.line, p.message))


def _assigned(ast: nodes.Template) -> set[str]:
    """Every name the template binds anywhere (set, for, import, macro): a block reads the
    template's own top-level names through the context, which Jinja2 reports as undeclared."""
    names = {n.name for n in ast.find_all(nodes.Name) if n.ctx in ("store", "param")}
    names |= {n.target for n in ast.find_all(nodes.Import)}
    names |= {n if isinstance(n, str) else n[1] for i in ast.find_all(nodes.FromImport)
              for n in i.names}
    return names | {m.name for m in ast.find_all(nodes.Macro)}


def _names(env: Environment) -> set[str]:
    cached = getattr(env, "_lint_names", None)
    if cached is None:
        cached = set(env.list_templates())
        env._lint_names = cached  # type: ignore[attr-defined]
    return cached


def _unknown(path: str, shape: Shape | None, key: str | None = None) -> str:
    known = sorted(shape.keys) if shape is not None and shape.keys else []
    close = difflib.get_close_matches(key or path, known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"undeclared variable {path!r}: not in the render context{hint}"


class _Checker:
    """Walks a template with what each name in scope is known to hold."""

    def __init__(self, file: str, root: Shape):
        self.file = file
        self.root = root
        self.problems: list[Problem] = []
        self.guarded: list[str] = []  # reads an enclosing ``if x is defined`` makes optional

    def visit(self, node: nodes.Node, scope: dict[str, Shape | None], optional: bool) -> None:
        if isinstance(node, nodes.For):
            self._visit_for(node, scope, optional)
        elif isinstance(node, nodes.Macro | nodes.CallBlock):
            self._visit_macro(node, scope, optional)
        elif isinstance(node, nodes.If):
            self._visit_if(node, scope, optional)
        else:
            _bind(node, scope)
            optional = optional or _makes_optional(node)
            if isinstance(node, nodes.Getattr | nodes.Getitem) and not optional:
                self.check(node, scope)
            self._visit_children(node, scope, optional)

    def _visit_children(self, node: nodes.Node, scope: dict[str, Shape | None],
                        optional: bool) -> None:
        for child in node.iter_child_nodes():
            self.visit(child, scope, optional)

    def _visit_for(self, node: nodes.For, scope: dict[str, Shape | None], optional: bool
                   ) -> None:
        """The loop's body sees its targets, a single target with the shape of an item of
        what it iterates."""
        self.visit(node.iter, scope, optional)
        inner = dict(scope)
        for target in node.target.find_all(nodes.Name):
            inner[target.name] = None
        if isinstance(node.target, nodes.Name):
            iterated = self.resolve(node.iter, scope)
            inner[node.target.name] = iterated.item if iterated and iterated.item else None
        for child in [*node.body, *node.else_, *([node.test] if node.test else [])]:
            self.visit(child, inner, optional)

    def _visit_macro(self, node: nodes.Macro | nodes.CallBlock,
                     scope: dict[str, Shape | None], optional: bool) -> None:
        """A macro's or call block's body sees its arguments and ``caller``."""
        inner = dict(scope)
        for arg in node.args:
            inner[arg.name] = None
        inner.update(caller=None)
        self._visit_children(node, inner, optional)

    def _visit_if(self, node: nodes.If, scope: dict[str, Shape | None], optional: bool
                  ) -> None:
        """Inside ``if x is defined``, reads of ``x`` are optional."""
        tests = [node.test, *node.test.find_all(nodes.Test)]
        guards = [_dotted(t.node) for t in tests
                  if isinstance(t, nodes.Test) and t.name == "defined"]
        self.guarded += guards
        self._visit_children(node, scope, optional)
        del self.guarded[len(self.guarded) - len(guards):]

    def resolve(self, node: nodes.Node, scope: dict[str, Shape | None]) -> Shape | None:
        """The shape of an expression: a name, or attributes and constant keys of one."""
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            return self.root.get(node.name)
        step = _step(node)
        if step is None:
            return None
        base = self.resolve(node.node, scope)  # type: ignore[attr-defined]
        return base.get(step) if base is not None else None

    def check(self, node: nodes.Getattr | nodes.Getitem, scope: dict[str, Shape | None]
              ) -> None:
        step = _step(node)
        if step is None or _dotted(node) in self.guarded:
            return
        base = self.resolve(node.node, scope)
        if base is not None and base.keys is not None and base.get(step) is None:
            self.problems.append(Problem(self.file, node.lineno,
                                         _unknown(_dotted(node), base, step)))


def _bind(node: nodes.Node, scope: dict[str, Shape | None]) -> None:
    """The names a set, with or import binds: the template's own, of unknown shape."""
    if isinstance(node, nodes.Assign | nodes.AssignBlock | nodes.With):
        for target in node.find_all(nodes.Name):
            if target.ctx == "store":
                scope[target.name] = None
    elif isinstance(node, nodes.Import | nodes.FromImport):
        names = [node.target] if isinstance(node, nodes.Import) else [
            n if isinstance(n, str) else n[1] for n in node.names]
        scope.update(dict.fromkeys(names))


def _makes_optional(node: nodes.Node) -> bool:
    """Whether the node makes what it reads optional: ``is defined``, ``| default``."""
    if isinstance(node, nodes.Test):
        return node.name in ("defined", "undefined")
    return isinstance(node, nodes.Filter) and node.name == "default"


def _step(node: nodes.Node) -> str | None:
    if isinstance(node, nodes.Getattr):
        return node.attr
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(
            node.arg.value, str):
        return node.arg.value
    return None


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        step = _step(node)
        inner = _dotted(node.node)
        return f"{inner}[{step!r}]" if step is not None else f"{inner}[…]"
    return "…"
