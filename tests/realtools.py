"""The real tools the document tests check drafts with: the WordprocessingML schema (ISO/IEC
29500-4 with Microsoft's extensions, in tests/ooxml-schemas, checked with lxml), and
LibreOffice → PDF → pdftotext, which skip with their reason when the tools are missing
(`.ci/run` installs them)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

SCHEMA = Path(__file__).resolve().parent / "ooxml-schemas" / "microsoft" / "wml-2010.xsd"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# The WordprocessingML parts a draft writes or takes from its base (the package's own parts,
# content types and relationships, have schemas of their own and are python-docx's).
PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|styles|numbering|"
                   r"settings)\.xml$")


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def _namespace(name: str) -> str:
    return name[1:].split("}")[0] if name.startswith("{") else ""


def _without_ignorable(data: bytes) -> etree._ElementTree:
    """The part as a consumer such as Word reads it: what the mc:Ignorable namespaces hold is
    left out (the schema does not know the extensions a newer Word may add)."""
    root = etree.fromstring(data)
    prefixes = root.get(f"{{{MC}}}Ignorable", "").split()
    drop = {root.nsmap.get(prefix) for prefix in prefixes} | {MC}
    for element in list(root.iter(etree.Element)):
        for key in [k for k in element.attrib if _namespace(k) in drop]:
            del element.attrib[key]
        if _namespace(element.tag) in drop and element.getparent() is not None:
            element.getparent().remove(element)
    return etree.ElementTree(root)


def schema_errors(path: Path) -> list[str]:
    """Each WordprocessingML part of a .docx that the schema refuses, with its first error."""
    schema = _schema()
    errors = []
    with zipfile.ZipFile(path) as package:
        for name in sorted(n for n in package.namelist() if PARTS.match(n)):
            if not schema.validate(_without_ignorable(package.read(name))):
                error = schema.error_log.last_error
                errors.append(f"{path.name}:{name}:{error.line}: {error.message}")
    return errors


def validate_docx(paths: list[Path]) -> None:
    """Assert that the WordprocessingML parts of each .docx are valid against the schema."""
    errors = [error for path in paths for error in schema_errors(path)]
    assert not errors, "\n".join(errors)


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
