"""Shared fixtures for complaint-kit's own tests (the plugin-author fixtures are in
complaint_kit/testing.py and load automatically)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's root folder (where pyproject.toml is)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def example_path(repo_root: Path) -> Path:
    """The bundled example case that the README and `complaint-kit demo` use."""
    return repo_root / "examples" / "cn-sms-harassment.yaml"
