"""What the batch tests share: the CLI run in this process, a batch that must exit as told, its
report and errors read back, and cases and inputs written."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

from docx import Document

from tests.clirun import run_cli

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "batch"


def run(*args: str | Path, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=env)


def batch(*args: str | Path, code: int = 0, **kw) -> subprocess.CompletedProcess[str]:
    result = run("batch", *args, "--no-progress", **kw)
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def report(out: Path) -> dict[str, dict[str, str]]:
    return {r["case"]: r for r in rows(out / "report.csv")}


def make_case(n: int | str, **changes) -> dict:
    case = {
        "id": n if isinstance(n, str) else f"case-{n:03}",
        "jurisdiction": "cn",
        "complainant": {"name": f"测试{n}", "phone": "13800000000"},
        "respondents": [{"id": "lender", "role": "lender", "type": "small_loan",
                         "name": "示例小额贷款有限公司"}],
        "incidents": [{"time": "2026-03-01 23:15", "channel": "sms", "respondent": "lender",
                       "content": "再不还钱明天上门！"}],
    }
    case.update(changes)
    return case


def write_jsonl(path: Path, cases: list) -> Path:
    path.write_text("".join((c if isinstance(c, str) else json.dumps(c, ensure_ascii=False))
                            + "\n" for c in cases), encoding="utf-8")
    return path


def all_docx_open(out: Path) -> int:
    files = list(out.rglob("*.docx"))
    for f in files:
        Document(str(f))
    return len(files)


def write_csv(path: Path, header: list[str], data: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(data)
    return path
