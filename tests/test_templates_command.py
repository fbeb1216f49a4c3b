"""`templates list | show | export | lint` and `--template-dir` on draft and batch, run as a user
runs them: arguments, output on stdout and stderr, the exit code."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from complaint_kit.draft.cache import CACHE
from complaint_kit.testing import docx_text
from tests.clirun import run_cli

MARK = "OVERRIDE-MARK-7Q"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd)


def ok(*args: str | Path) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """cn's notice exported and marked: the lender's letter, edited by a user."""
    folder = tmp_path_factory.mktemp("mine")
    said = ok("templates", "export", "cn/notice.md.j2", "--to", folder)
    assert "--template-dir" in said
    path = folder / "cn" / "notice.md.j2"
    text = path.read_text(encoding="utf-8")
    assert "{{ labels.to_prefix }}" in text
    path.write_text(text.replace("{{ labels.to_prefix }}", MARK + "{{ labels.to_prefix }}", 1),
                    encoding="utf-8")
    return folder


def test_list_says_where_each_template_comes_from_and_what_it_overrides(exported):
    rows = {r["name"]: r for r in json.loads(ok("templates", "list", "--json"))}
    assert rows["cn/notice.md.j2"]["source"] == "cn"
    assert rows["base/letter.md.j2"]["source"] == "complaint-kit"
    assert rows["cn/notice.md.j2"]["overrides"] == []

    rows = {r["name"]: r for r in json.loads(ok("templates", "list", "--json", "--template-dir",
                                                exported))}
    notice = rows["cn/notice.md.j2"]
    assert notice["source"] == "--template-dir"
    assert Path(notice["file"]) == exported / "cn" / "notice.md.j2"
    assert [o["source"] for o in notice["overrides"]] == ["cn"]


def test_show_prints_the_template_in_use(exported):
    assert "base/letter.md.j2" in ok("templates", "show", "cn/notice.md.j2")
    assert MARK in ok("templates", "show", "cn/notice.md.j2", "--template-dir", exported)
    missing = run("templates", "show", "cn/nothing.md.j2")
    assert missing.returncode == 1
    assert missing.stderr.strip() == ("error: no template is named 'cn/nothing.md.j2' "
                                      "(see `complaint-kit templates list`)")
    outside = run("templates", "show", "../README.md")
    assert outside.returncode == 1
    assert outside.stderr.strip() == ("error: '../README.md' is not a template name "
                                      "(see `complaint-kit templates list`)")


def test_export_does_not_overwrite_an_edited_copy(exported):
    again = run("templates", "export", "cn/notice.md.j2", "--to", exported)
    assert again.returncode == 1
    assert "exists already" in again.stderr and "--force" in again.stderr
    assert MARK in (exported / "cn" / "notice.md.j2").read_text(encoding="utf-8")


def test_draft_with_template_dir_uses_the_override(exported, example_path, tmp_path):
    ok("draft", example_path, "--doc", "notice", "--out", tmp_path / "plain")
    ok("draft", example_path, "--doc", "notice", "--out", tmp_path / "mine", "--template-dir",
       exported)
    (plain,) = (tmp_path / "plain").glob("*.docx")
    (mine,) = (tmp_path / "mine").glob("*.docx")
    assert MARK not in docx_text(plain)
    assert MARK in docx_text(mine)
    # only that template is overridden: the rest of the letter is the same
    assert docx_text(mine).replace(MARK, "") == docx_text(plain)


def test_draft_rejects_a_template_dir_that_does_not_exist(example_path, tmp_path):
    result = run("draft", example_path, "--template-dir", tmp_path / "nowhere", "--out",
                 tmp_path)
    assert result.returncode != 0
    assert "nowhere" in result.stderr and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_batch_with_template_dir_uses_the_override(exported, repo_root, tmp_path):
    source = repo_root / "examples" / "batch" / "cases.jsonl"
    out = tmp_path / "out"
    result = run("batch", source, "--out", out, "--doc", "notice", "--no-progress",
                 "--template-dir", exported)
    assert result.returncode == 0, result.stderr
    notices = [p for p in out.rglob("*.docx") if "notice" in p.name]
    cn = [p for p in notices if MARK in docx_text(p)]
    assert cn, notices
    # An edit of the template redrafts: the template folder is part of the batch's fingerprint.
    path = exported / "cn" / "notice.md.j2"
    path.write_text(path.read_text(encoding="utf-8").replace(MARK, MARK + "B"), encoding="utf-8")
    CACHE.clear()  # a process reads its templates once: the rerun is a new one
    try:
        rerun = run("batch", source, "--out", out, "--doc", "notice", "--no-progress",
                    "--template-dir", exported)
        assert rerun.returncode == 0, rerun.stderr
        assert " 0 already drafted" in rerun.stderr
        assert all(MARK + "B" in docx_text(p) for p in cn)
    finally:
        path.write_text(path.read_text(encoding="utf-8").replace(MARK + "B", MARK),
                        encoding="utf-8")


def test_lint_passes_the_bundled_templates():
    result = run("templates", "lint")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert result.stderr.strip().endswith(" templates, 0 problems")


def test_lint_names_file_and_line_of_each_problem(tmp_path):
    folder = tmp_path / "t"
    (folder / "cn").mkdir(parents=True)
    (folder / "cn" / "letter.md.j2").write_text(
        '{% extends "base/letter.md.j2" %}\n'                              # 1
        "{% block facts %}\n"                                              # 2
        "{{ complainant.nmae }}\n"                                         # 3 nested, misspelt
        "{% for f in findings %}\n"                                        # 4
        "{{ f.title }} {{ f.titel }}\n"                                    # 5 a loop variable's
        "{% for c in f.citations %}{{ c.label }}{% endfor %}\n"            # 6 fine
        "{% endfor %}\n"                                                   # 7
        '{{ labels["no.such.label"] }} {{ labels.get("x") }}\n'            # 8 a missing label
        "{% if debt.rate is defined %}{{ debt.rate }}{% endif %}\n"        # 9 guarded: fine
        "{{ facts.anything }} {{ nosuchname }}\n"                          # 10 facts are open
        '{% include "cn/missing.md.j2" %}\n'                               # 11
        "{% endblock %}\n", encoding="utf-8")
    (folder / "cn" / "broken.md.j2").write_text("Hello\n{% if x %}\nno end\n", encoding="utf-8")
    result = run("templates", "lint", folder)
    assert result.returncode == 1
    letter = str(folder / "cn" / "letter.md.j2")
    broken = str(folder / "cn" / "broken.md.j2")
    lines = result.stdout.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [
        f"{broken}:3", f"{letter}:3", f"{letter}:5", f"{letter}:8", f"{letter}:10",
        f"{letter}:11"]
    assert "syntax error" in lines[0] and "'endif'" in lines[0]
    assert "'complainant.nmae'" in lines[1] and "did you mean 'name'?" in lines[1]
    assert "'f.titel'" in lines[2] and "did you mean 'title'?" in lines[2]
    assert "no.such.label" in lines[3]
    assert "'nosuchname'" in lines[4]
    assert "template 'cn/missing.md.j2' not found" in lines[5]
    assert result.stderr.strip() == "2 templates, 6 problems"
