"""The command line: one module per command; heavy imports load inside the commands."""

from __future__ import annotations

from collections.abc import Callable


def main(argv: list[str] | None = None) -> Callable | None:
    """The ``complaint-kit`` script (the entry point stays here as modules move)."""
    from complaint_kit.cli.app import main as run

    return run(argv)
