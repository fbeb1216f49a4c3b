"""The real tools the document tests check drafts with: the WordprocessingML schema check
(../shared/tools/validate-docx) and LibreOffice → PDF → pdftotext. Each skips with its reason
when the tool is missing (`.ci/run` installs them)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

VALIDATE_DOCX = Path(__file__).resolve().parents[2] / "shared" / "tools" / "validate-docx"


def validate_docx(paths: list[Path]) -> None:
    """Assert that body, header and footer of each .docx are valid against the schema."""
    if not VALIDATE_DOCX.is_file():
        pytest.skip(f"{VALIDATE_DOCX} is not there (the shared tools live beside the checkout)")
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint is not installed (Debian: libxml2-utils)")
    result = subprocess.run(["python3", str(VALIDATE_DOCX), *map(str, paths)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def pdf_texts(paths: list[Path], workdir: Path) -> dict[Path, str]:
    """Convert the .docx files to PDF with LibreOffice (one run) and return each PDF's text."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    profile = workdir / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(workdir), *map(str, paths)],
                   check=True, capture_output=True, timeout=600)
    texts = {}
    for path in paths:
        pdf = workdir / (path.stem + ".pdf")
        assert pdf.is_file(), f"LibreOffice made no PDF of {path.name}"
        texts[path] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                     text=True, check=True, timeout=120).stdout
    return texts
