"""What the case-file attack tests share: a small valid case, fake personal numbers, a file
written and refused, the CLI's clean failure, and an alias bomb."""

from __future__ import annotations

import re
import subprocess
import textwrap
from pathlib import Path

import pytest

from complaint_kit.casefile.load import load_case, parse
from complaint_kit.casefile.problems import CaseFileError
from tests.clirun import run_cli

ID_NUMBER = "110105199001011232"
PHONE = "13800000000"

CASE = """\
jurisdiction: cn
complainant: {name: 张测试}
respondents:
  - {id: lender, name: 示例网络小额贷款有限公司}
incidents:
  - {time: "2026-01-02 23:41", channel: sms, respondent: lender, content: 再不还款明天上门}
"""


def write(tmp_path: Path, text: str, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def refused(path: Path, registry=None) -> list[str]:
    """The lines of the error a case file is refused with; each names the file and a line."""
    with pytest.raises(CaseFileError) as info:
        load_case(path, registry)
    lines = str(info.value).splitlines()
    assert len(lines) == len(info.value.problems)
    for line in lines:
        assert re.match(rf"{re.escape(str(path))}:\d+: ", line), line
    return lines


def cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd)


def clean_failure(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("error: ") for line in lines), result.stderr
    return lines


def alias_bomb(levels: int = 9) -> str:
    """A billion-laughs file: each level is ten aliases of the one before (10**levels)."""
    rows = ["  a: &a [x,x,x,x,x,x,x,x,x,x]"]
    for previous, name in zip("abcdefghij", "bcdefghijk"[:levels - 1], strict=False):
        rows.append(f"  {name}: &{name} [" + ",".join([f"*{previous}"] * 10) + "]")
    return "jurisdiction: cn\ncomplainant: {name: x}\nfacts:\n" + "\n".join(rows) + "\n"


def yaml_data(text: str):
    return parse(text)[0]
