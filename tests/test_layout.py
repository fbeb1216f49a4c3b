"""The core's layout: the README's tree names every module of every subpackage, and the modules'
imports form no cycle (module-level imports, as Python runs them; those under TYPE_CHECKING or
inside functions load later and cannot cycle at import)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "complaint_kit"


def _readme_tree() -> dict[str, set[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Layout", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    tree: dict[str, set[str]] = {}
    current = None
    for line in block.splitlines():
        if m := re.match(r"  (\w+)/\s+(.*)$", line):
            current = m.group(1)
            tree[current] = set()
            names = m.group(2)
        elif current and (m := re.match(r"\s{20,}(.*)$", line)):
            names = m.group(1)
        else:
            current = None
            continue
        tree[current] |= {n.strip() for n in names.split(",") if n.strip()}
    return tree


def test_the_readme_tree_names_every_module_of_every_subpackage():
    tree = _readme_tree()
    on_disk = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert set(tree) == on_disk
    for name, modules in tree.items():
        have = {p.stem for p in (PACKAGE / name).glob("*.py") if p.stem != "__init__"}
        assert modules == have, f"README's complaint_kit/{name}/ lists {sorted(modules)}"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path, modules: set[str]) -> set[str]:
    """The core modules ``path`` imports when it is imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:  # module level only: not functions, not `if TYPE_CHECKING:`
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                dotted = f"{node.module}.{alias.name}"
                found.add(dotted if dotted in modules else node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {m for m in found if m in modules}


def test_the_core_has_no_import_cycle():
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: _runtime_imports(path, set(files)) - {name} for name, path in files.items()}
    # A package imports its parent packages first; that is not a cycle of the code's making.
    graph = {name: {m for m in deps if not name.startswith(m + ".")}
             for name, deps in graph.items()}
    cycles = []
    state: dict[str, int] = {}

    def visit(name: str, stack: list[str]) -> None:
        state[name] = 1
        for dep in sorted(graph[name]):
            if state.get(dep) == 1:
                cycles.append([*stack[stack.index(dep):], dep])
            elif dep not in state:
                visit(dep, [*stack, dep])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []
