"""The command line as a user runs it: arguments, output on stdout and stderr, the exit code (in
this process; the installed script and what start-up imports are checked in a process of their
own)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from complaint_kit import __version__
from tests.clirun import run_cli
from tests.realtools import validate_docx


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd)


def ok(*args: str | Path, cwd: Path | None = None) -> str:
    result = run(*args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


def fails(*args: str | Path, cwd: Path | None = None) -> list[str]:
    """Run a command that must fail cleanly; returns its stderr lines."""
    result = run(*args, cwd=cwd)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("error: ") for line in lines), result.stderr
    return lines


def test_console_script_is_installed_and_runs():
    script = shutil.which("complaint-kit", path=Path(sys.executable).parent)  # this environment's
    assert script is not None
    result = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"complaint-kit {__version__}"


def test_version():
    assert ok("--version").strip() == f"complaint-kit {__version__}"


def test_plugins_json_lists_cn_with_its_hooks():
    rows = {row["name"]: row for row in json.loads(ok("plugins", "--json"))}
    assert "cn" in rows
    assert {"register_jurisdictions", "register_rules", "register_channels",
            "register_document_kinds"} <= set(rows["cn"]["hooks"])
    assert rows["cn"]["version"]


@pytest.mark.parametrize("command", ["channels", "documents", "rules"])
def test_listings_as_json(command):
    rows = json.loads(ok(command, "--json"))
    assert rows and all(row["id"] for row in rows)
    cn = json.loads(ok(command, "-j", "cn", "--json"))
    assert cn and all(row["jurisdiction"] == "cn" for row in cn)
    assert cn == [row for row in rows if row["jurisdiction"] == "cn"]


def test_listings_as_tables():
    for command in ("plugins", "channels", "documents", "rules"):
        assert ok(command).strip()


def test_schema_is_json_schema():
    schema = json.loads(ok("schema"))
    assert {"jurisdiction", "complainant", "incidents"} <= set(schema["properties"])


def test_check_json_on_the_example(example_path):
    result = json.loads(ok("check", "--json", example_path))
    assert result["jurisdiction"] == "cn"
    assert result["findings"] and all(f["rule"] and f["citations"] for f in result["findings"])
    assert result["channels"]


def test_check_table_says_it_is_not_legal_advice(example_path):
    assert "not legal advice" in ok("check", example_path)


def test_draft_writes_docx_files(example_path, tmp_path):
    out = tmp_path / "out"
    ok("draft", example_path, "--out", out)
    files = sorted(out.glob("*.docx"))
    assert files and all(f.stat().st_size > 0 for f in files)


def test_draft_to_one_channel_and_one_kind(example_path, tmp_path):
    channel = json.loads(ok("channels", "--json"))[0]["id"]
    kind = json.loads(ok("documents", "--json"))[0]["id"]
    ok("draft", example_path, "--to", channel, "--out", tmp_path / "a")
    ok("draft", example_path, "--doc", kind, "--out", tmp_path / "b")
    assert list((tmp_path / "a").glob("*.docx")) and list((tmp_path / "b").glob("*.docx"))


def test_demo_drafts_the_bundled_example(tmp_path):
    # the mainland-China example the README's quick start promises, whatever else is installed
    assert "cn-sms-harassment.yaml" in ok("demo", "--out", tmp_path / "demo")
    assert list((tmp_path / "demo").glob("demo-cn-*.docx"))


def test_missing_file(tmp_path):
    (line,) = fails("check", tmp_path / "nowhere.yaml")
    assert "nowhere.yaml" in line and "no such file" in line


def test_broken_yaml(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("jurisdiction: cn\ncomplainant: [\n", encoding="utf-8")
    (line,) = fails("check", path)
    assert f"{path}:" in line and "not valid YAML" in line


def test_unknown_jurisdiction(tmp_path):
    path = tmp_path / "zz.yaml"
    path.write_text("jurisdiction: zz\ncomplainant: {name: Test Person}\n", encoding="utf-8")
    (line,) = fails("draft", path, "--out", tmp_path)
    assert "unknown jurisdiction 'zz'" in line and "cn" in line
    (line,) = fails("channels", "-j", "zz")
    assert "unknown jurisdiction 'zz'" in line


def test_several_problems_one_line_each(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("jurisdiction: cn\ncomplainant: {nickname: x}\nincidents:\n"
                    "  - {time: soon, channel: sms}\n", encoding="utf-8")
    lines = fails("check", path)
    assert len(lines) == 3
    assert any("complainant.name" in line for line in lines)
    assert any("complainant.nickname" in line for line in lines)
    assert any(f"{path}:4: incidents[0].time" in line for line in lines)


def test_unknown_channel(example_path, tmp_path):
    (line,) = fails("draft", example_path, "--to", "nope", "--out", tmp_path)
    assert "'nope'" in line and "known:" in line
    assert not list(tmp_path.glob("*.docx"))


def test_unknown_document_kind(example_path, tmp_path):
    (line,) = fails("draft", example_path, "--doc", "nope", "--out", tmp_path)
    assert "'nope'" in line and "known:" in line


HEAVY = ("pydantic", "docx", "jinja2", "yaml", "complaint_kit.plugins.registry",
         "complaint_kit.model.case",
         "complaint_kit_cn")


def test_help_does_not_import_heavy_modules():
    """An import check, not a timing: `--help` must not load the model, renderer or plugins."""
    code = ("import sys\n"
            "from complaint_kit.cli.app import app\n"
            "try:\n"
            "    app(args=['--help'])\n"
            "except SystemExit:\n"
            "    pass\n"
            f"heavy = {HEAVY!r}\n"
            "print('LOADED:' + ','.join(sorted(m for m in sys.modules\n"
            "      if m in heavy or m.startswith(tuple(h + '.' for h in heavy)))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout
    loaded = result.stdout.rsplit("LOADED:", 1)[1].strip()
    assert loaded == "", f"--help imported {loaded}"


def test_draft_with_a_clinic_letterhead_keeps_its_header(tmp_path, example_path):
    import docx

    letterhead = tmp_path / "letterhead.docx"
    clinic = docx.Document()
    clinic.sections[0].header.paragraphs[0].text = "Example Legal Clinic · 示例法律援助站"
    clinic.add_paragraph("placeholder body")
    clinic.save(letterhead)
    out = tmp_path / "out"
    ok("draft", example_path, "--out", out, "--doc", "notice",
       "--reference-docx", letterhead)
    [written] = out.glob("*.docx")
    document = docx.Document(written)
    assert document.sections[0].header.paragraphs[0].text == "Example Legal Clinic · 示例法律援助站"
    body = "\n".join(p.text for p in document.paragraphs)
    assert "placeholder body" not in body and "停止违规催收告知函" in body
    validate_docx([written])


def test_draft_with_a_reference_docx_that_is_not_one_fails_cleanly(tmp_path, example_path):
    bad = tmp_path / "letterhead.docx"
    bad.write_text("not a word file", encoding="utf-8")
    [line] = fails("draft", example_path, "--out", tmp_path,
                   "--reference-docx", bad)
    assert "letterhead.docx" in line and "not a usable .docx" in line
