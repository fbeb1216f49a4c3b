"""Issue 14, reference documents and output safety: a hostile --reference-docx, control
characters on the terminal, bidi controls in what we write, and a quadratic safe_name.

Each test builds the attack as an attacker would (python-docx and zipfile, or a hand-made zip
for a bomb) and shows what complaint-kit does with it now."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "complaint_kit", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)



def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}



# --- the terminal ------------------------------------------------------------------------

HOSTILE_ID = "demo\x1b[31mRED\x1b]0;pwned\x07\x9b2J\u202eevil\r\x08"


def _hostile_case(tmp_path: Path, example_path: Path) -> Path:
    text = example_path.read_text(encoding="utf-8").replace(
        "id: demo-cn-001", "id: " + json.dumps(HOSTILE_ID))
    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    (tmp_path / "evidence").mkdir(exist_ok=True)
    return case


CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_case_data_reaches_the_terminal_without_control_characters(tmp_path, example_path):
    case = _hostile_case(tmp_path, example_path)
    for args in (("check", case), ("draft", case, "--out", tmp_path / "out")):
        result = _run(*args)
        assert result.returncode == 0, result.stderr
        assert "demo[31mRED]0;pwned2Jevil" in result.stdout
        assert not CONTROLS.search(result.stdout + result.stderr), repr(result.stdout[:300])
    result = _run("check", case, "--json")
    assert json.loads(result.stdout)["case"] == HOSTILE_ID  # the data, escaped, not lost
    assert not CONTROLS.search(result.stdout)
    # The file names hold no control or bidi characters either.
    assert not any(CONTROLS.search(p.name) for p in (tmp_path / "out").iterdir())


def test_error_lines_carry_no_control_characters(capsys):
    import typer

    from complaint_kit.cli import fail

    assert isinstance(fail(f"case.yaml: id {HOSTILE_ID!s}: bad\ud800"), typer.Exit)
    err = capsys.readouterr().err
    assert err.startswith("error: case.yaml: id demo[31mRED") and not CONTROLS.search(err)


# --- bidi controls in what we write --------------------------------------------------------

def test_bidi_controls_are_balanced_or_removed():
    from complaint_kit.textclean import clean_xml_text

    rlo, pdf, lri, fsi, pdi = "\u202e", "\u202c", "\u2066", "\u2068", "\u2069"
    # Overrides and embeddings reorder what follows them: they go, balanced or not.
    assert clean_xml_text(f"pay {rlo}0001{pdf} now") == ("pay 0001 now", 2)
    # Isolates closed on their line stay (phones put them around names); the rest go.
    assert clean_xml_text(f"from {fsi}Li{pdi} to {lri}Wang") == (f"from {fsi}Li{pdi} to Wang",
                                                                  1)
    assert clean_xml_text(f"a{lri}b\nc{pdi}d")[0] == "ab\ncd"
    assert clean_xml_text(f"| {lri}a | b{pdi} |")[0] == "| a | b |"  # table cells apart
    assert clean_xml_text(f"{pdi}x{fsi}{fsi}y{pdi}")[0] == f"x{fsi}y{pdi}"


def test_a_hostile_id_leaves_no_unbalanced_bidi_control_in_the_docx_or_txt(tmp_path,
                                                                         example_path):
    case = _hostile_case(tmp_path, example_path)
    text = case.read_text(encoding="utf-8").replace(
        "name: 张测试", 'name: "张测试\u202e\u2067"', 1)
    case.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = _run("draft", case, "--out", out)
    assert result.returncode == 0, result.stderr
    written = [p for p in out.iterdir() if p.suffix in (".docx", ".txt")]
    assert any(p.suffix == ".txt" for p in written)
    for path in written:
        if path.suffix == ".txt":
            content = path.read_text(encoding="utf-8")
        else:
            content = b"".join(_parts(path.read_bytes()).values()).decode("utf-8", "replace")
        assert not re.search("[\u202a-\u202e\u2066-\u2069]", content), path.name


# --- safe_name --------------------------------------------------------------------------

@pytest.mark.parametrize("char", ["x", "汉", "😀"])
def test_safe_name_is_linear_in_the_length_of_the_id(char):
    from complaint_kit.drafting import MAX_NAME_BYTES, safe_name

    started = time.perf_counter()
    name = safe_name(char * 100_000)
    assert time.perf_counter() - started < 0.5  # was 22 s
    assert 0 < len(name.encode()) <= MAX_NAME_BYTES and set(name) == {char}
    assert len((name + char).encode()) > MAX_NAME_BYTES  # the longest prefix that fits


def test_safe_name_is_linear_for_a_long_run_of_combining_marks():
    from complaint_kit.drafting import safe_name

    started = time.perf_counter()
    name = safe_name("a" + "\u0301\u0316" * 50_000)  # NFC reorders such a run: 12 s
    assert time.perf_counter() - started < 0.5 and name.startswith("\u00e1")


def test_safe_name_keeps_names_as_before():
    from complaint_kit.drafting import safe_name

    assert safe_name("wang-2026-01") == "wang-2026-01"
    assert safe_name(" a/b:c*d?.. ") == "a_b_c_d"
    assert safe_name("con.txt") == "_con.txt"
    assert safe_name("张 三\t王") == "张_三_王"
    assert safe_name("\u202eexe.docx\x7f\x9b") == "exe.docx"
    assert safe_name("...") == "case"
