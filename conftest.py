"""Fixtures shared by the core's tests (tests/) and the built-in plugins' (plugins/<code>/tests);
the plugin-author fixtures are in complaint_kit/testing.py and load automatically. Being at the
root, this file also puts the checkout on the path, so the tests share helpers as
``from tests.realtools import ...``."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's root folder (where pyproject.toml is)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def example_path(repo_root: Path) -> Path:
    """The bundled example case that the README and `complaint-kit demo` use."""
    return repo_root / "examples" / "cn-sms-harassment.yaml"
