"""The schema check the document tests rely on finds what Word would refuse, and runs in every
clone: the schemas are in tests/ooxml-schemas and lxml checks them, with no outside tool."""

from __future__ import annotations

import zipfile

from lxml import etree

from complaint_kit.docx.basedoc import default_base
from complaint_kit.model.jurisdiction import Typography
from tests.realtools import schema_errors

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _with_document(tmp_path, change) -> list[str]:
    path = tmp_path / "base.docx"
    path.write_bytes(default_base(Typography(), "zh-CN"))
    with zipfile.ZipFile(path) as package:
        members = {name: package.read(name) for name in package.namelist()}
    root = etree.fromstring(members["word/document.xml"])
    change(root.find(f"{{{W}}}body"))
    members["word/document.xml"] = etree.tostring(root)
    changed = tmp_path / "changed.docx"
    with zipfile.ZipFile(changed, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    return schema_errors(changed)


def test_the_base_document_is_valid(tmp_path):
    assert _with_document(tmp_path, lambda body: None) == []


def test_an_unknown_element_is_named_with_its_part(tmp_path):
    errors = _with_document(tmp_path, lambda body: body.insert(0, etree.Element(f"{{{W}}}bogus")))
    assert len(errors) == 1
    assert errors[0].startswith("changed.docx:word/document.xml:") and "bogus" in errors[0]


def test_a_paragraph_inside_a_run_is_refused(tmp_path):
    def nest(body):
        paragraph = etree.SubElement(body, f"{{{W}}}p")
        run = etree.SubElement(paragraph, f"{{{W}}}r")
        etree.SubElement(run, f"{{{W}}}p")
        body.insert(0, paragraph)

    assert _with_document(tmp_path, nest)


def test_what_a_newer_word_may_add_under_mc_ignorable_is_accepted(tmp_path):
    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    xml = (f'<w:document xmlns:w="{W}" xmlns:w14="{w14}" xmlns:mc="{mc}" mc:Ignorable="w14">'
           f'<w:body><w:p w14:paraId="1A2B3C4D"><w:r><w:t>x</w:t></w:r></w:p></w:body>'
           f'</w:document>').encode()
    path = tmp_path / "extended.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", xml)
    assert schema_errors(path) == []
    with zipfile.ZipFile(path, "w") as package:  # not ignorable: refused
        package.writestr("word/document.xml", xml.replace(b' mc:Ignorable="w14"', b""))
    assert schema_errors(path)
