"""Where the shared templates are: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # complaint_kit/


def _bundled(name: str) -> Path:
    installed = _PACKAGE / name  # the wheel puts the top-level folder here
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name  # a source checkout or an editable install


@cache
def core_templates() -> Path:
    return _bundled("templates")


def example_path(name: str | Path) -> Path:
    """An example case: a path of a plugin's own, or a file in the bundled ``examples/``."""
    path = Path(name)
    return path if path.is_absolute() else _bundled("examples") / path
