"""The command line run inside the test's own process, as ``python -m complaint_kit`` runs it:
the same entry point (``main``, plugin commands included), arguments, stdin, environment and
working folder, and what a process would give back: the exit code, stdout and stderr (an
uncaught exception as the interpreter prints it, so that a test can look for "Traceback").

The plugins are the ones this process loaded, once; a test that installs a plugin, or looks at
start-up, the installed script or a real terminal, starts a process of its own instead.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import traceback
import warnings
from collections.abc import Mapping
from pathlib import Path

from typer.testing import CliRunner

from complaint_kit.cli.app import main


def run_cli(*args: str | Path, input: str | None = None,
            env: Mapping[str, str | None] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``complaint-kit *args``; ``env`` changes os.environ for the run (None unsets)."""
    argv = [str(arg) for arg in args]
    with (CliRunner().isolation(input=input, env=env) as (stdout, stderr, _),
          contextlib.chdir(cwd or os.getcwd()),
          warnings.catch_warnings()):  # the CLI's way of showing warnings ends with the run
        code = _exit_code(argv)
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = stdout.getvalue(), stderr.getvalue()
    return subprocess.CompletedProcess(["complaint-kit", *argv], code,
                                       out.decode("utf-8"), err.decode("utf-8"))


def _exit_code(argv: list[str]) -> int:
    """The exit code the interpreter would give ``main(argv)``."""
    try:
        main(argv)
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        print(exc.code, file=sys.stderr)
        return 1
    except Exception:
        traceback.print_exc()
        return 1
    return 0
