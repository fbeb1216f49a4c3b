"""A clinic's reference .docx, made safe to draft on: unzipped within bounds (``unzip_bounded``)
and cleaned of what a draft must not carry (``sanitise``)."""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.package import Package


class ReferenceDocxError(Exception):
    pass


# A reference document is a letterhead: styles, a header and a footer, a logo or two. Bigger
# than this unzipped, it is not one (a zip bomb of 3 MB unzips to 3 GB).
MAX_REFERENCE_BYTES = 64 << 20
MAX_REFERENCE_MEMBERS = 1000
_CHUNK = 1 << 20


def reason(exc: BaseException) -> str:
    """What went wrong, on one line."""
    text = str(exc.args[0] if isinstance(exc, KeyError) and exc.args else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def unzip_bounded(path: str) -> bytes:
    """The reference's members, copied uncompressed into a zip of their own for python-docx to
    read, each read in chunks: whatever a member's headers say, no more than
    MAX_REFERENCE_BYTES are unzipped in all, and no chunk is larger than 1 MiB."""
    def refuse(what: str) -> ReferenceDocxError:
        return ReferenceDocxError(f"{path}: not a usable .docx: {what}")

    limit = f"more than the {MAX_REFERENCE_BYTES >> 20} MiB a reference document may take"
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise refuse("not a regular file")
    with open(path, "rb") as file:
        data = file.read(MAX_REFERENCE_BYTES + 1)
    if len(data) > MAX_REFERENCE_BYTES:
        raise refuse(f"the file is {limit}")
    buffer = io.BytesIO()
    name = ""
    try:
        with (zipfile.ZipFile(io.BytesIO(data)) as source,
              zipfile.ZipFile(buffer, "w") as copied):
            members = {info.filename: info for info in source.infolist() if not info.is_dir()}
            if len(members) > MAX_REFERENCE_MEMBERS:
                raise refuse(f"{len(members)} members in the zip, more than "
                             f"{MAX_REFERENCE_MEMBERS}")
            declared = sum(info.file_size for info in members.values())
            if declared > MAX_REFERENCE_BYTES:
                raise refuse(f"it unzips to more than {MAX_REFERENCE_BYTES >> 20} MiB "
                             f"({declared >> 20} MiB: a zip bomb?)")
            total = 0
            for name, info in members.items():
                with source.open(info) as member, copied.open(name, "w") as out:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_REFERENCE_BYTES:
                            raise refuse(f"{name}: it unzips to {limit} (a zip bomb?)")
                        out.write(chunk)
    except zipfile.BadZipFile as exc:
        what = "not a zip archive" if not name else f"{name}: {reason(exc)}"
        raise refuse(what) from None
    except (zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise refuse(f"{name + ': ' if name else ''}{reason(exc)}") from None
    return buffer.getvalue()


# What a draft keeps of its reference, by relationship type: from the package, the document
# and its core properties; from the parts, what Word finds by type (styles, numbering,
# settings, fonts, theme, notes) and what a part's XML names by id (headers, footers, images,
# embedded fonts) when it still names it. Everything else goes: comments, app and custom
# properties, thumbnails, macros, glossaries, custom XML, embedded and linked objects, printer
# settings, and every external relationship (remote templates, linked images, hyperlinks).
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_PACKAGE_KEEP = {RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES}
_KEEP_BY_TYPE = {RT.STYLES, STYLES_WITH_EFFECTS, RT.NUMBERING, RT.SETTINGS, RT.WEB_SETTINGS,
                 RT.FONT_TABLE, RT.THEME, RT.FOOTNOTES, RT.ENDNOTES}
_KEEP_BY_ID = {RT.HEADER, RT.FOOTER, RT.IMAGE, RT.FONT}
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_VML_RELID = "{urn:schemas-microsoft-com:office:office}relid"
# Fields a letterhead uses that fetch nothing; any other field (INCLUDEPICTURE, INCLUDETEXT,
# LINK, DDE, DATABASE, HYPERLINK, …) is replaced by its last result, as Word's "unlink" does.
_FIELDS_KEPT = {"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME", "CREATEDATE",
                "SAVEDATE", "PRINTDATE", "STYLEREF", "REF", "PAGEREF", "NOTEREF", "SEQ", "TITLE",
                "SYMBOL"}
_FLD_CHAR, _INSTR = qn("w:fldChar"), (qn("w:instrText"), qn("w:delInstrText"))
# Settings a draft must not inherit: a mail merge's data source and query, document variables,
# the attached template, and protection (a draft is to be edited, and the reference's password
# hash is not for every draft to carry).
_SETTINGS_DROPPED = ("w:mailMerge", "w:docVars", "w:attachedTemplate", "w:documentProtection",
                     "w:writeProtection")


def sanitise(document: docx.document.Document) -> None:
    """Take out of the reference what a draft must not carry: comments, personal metadata,
    macros, external relationships and fields that fetch remote content. Styles, numbering,
    headers, footers, fonts, theme, settings and images stay."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.is_external or rel.reltype not in _PACKAGE_KEEP:
            package.rels.pop(rid)
    document.core_properties  # noqa: B018 (makes the part if the reference has none)
    core = package.part_related_by(RT.CORE_PROPERTIES).element
    for child in list(core):  # author, keywords, description, dates, …: all of it
        core.remove(child)
    for part in _xml_parts(package):
        root = part.element
        _drop_relationships(part, root)
        _unlink_fields(root)
        for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference",
                    *_SETTINGS_DROPPED):
            for element in list(root.iter(qn(tag))):
                element.getparent().remove(element)
        for note in list(root.iter(qn("w:footnote"), qn("w:endnote"))):
            if note.get(qn("w:type"), "normal") == "normal":  # the body's notes, not separators
                note.getparent().remove(note)
        for element in root.iter():
            if qn("w:author") in element.attrib:  # tracked changes name their author
                element.set(qn("w:author"), "")


def _xml_parts(package: Package) -> list[XmlPart]:
    """Every XML part of the package as an XmlPart, to clean alike: those python-docx keeps
    as bytes (theme, font table, notes, web settings, …) are parsed and put in their place."""
    parts = list(package.iter_parts())
    parsed: dict[Part, XmlPart] = {}
    for part in parts:
        if isinstance(part, XmlPart):
            continue
        if part.content_type == "application/xml" or part.content_type.endswith("+xml"):
            try:
                element = parse_xml(part.blob)
            except Exception as exc:  # lxml's syntax errors
                raise ReferenceDocxError(f"{part.partname}: {reason(exc)}") from None
            parsed[part] = XmlPart(part.partname, part.content_type, element, package)
    if parsed:
        for source in (package, *parts):
            owner = parsed.get(source, source)
            for rid, rel in list(source.rels.items()):
                target = rel.target_ref if rel.is_external else parsed.get(
                    rel.target_part, rel.target_part)
                owner.rels.add_relationship(rel.reltype, target, rid, rel.is_external)
    return [parsed.get(part, part) for part in parts if isinstance(parsed.get(part, part),
                                                                     XmlPart)]


def _drop_relationships(part: XmlPart, root) -> None:
    """Drop the part's relationships a draft does not keep, and what in its XML names them:
    a hyperlink keeps its text, a picture's link to a remote image goes from the picture, and
    any other element naming a dropped relationship (a linked OLE object, an attached
    template, a data source, …) goes."""
    named = {value for element in root.iter() for attr, value in element.attrib.items()
             if _names_relationship(attr)}
    dropped = {rid for rid, rel in part.rels.items() if not _kept(rid, rel, named)}
    for rid in dropped:
        part.rels.pop(rid)
    if dropped & named:
        for element in list(root.iter()):
            _drop_reference(element, dropped)


def _names_relationship(attr: str) -> bool:
    return attr.startswith(_R) or attr == _VML_RELID


def _kept(rid: str, rel, named: set[str]) -> bool:
    """Whether a draft keeps the relationship: an internal one of a kept type, or of a type
    kept while the XML names it."""
    if rel.is_external:
        return False
    return rel.reltype in _KEEP_BY_TYPE or (rel.reltype in _KEEP_BY_ID and rid in named)


def _drop_reference(element, dropped: set[str]) -> None:
    """If the element names a dropped relationship: a hyperlink is unwrapped, a picture
    loses the link, anything else goes."""
    attrs = [attr for attr, value in element.attrib.items()
             if value in dropped and _names_relationship(attr)]
    if not attrs:
        return
    if element.tag == qn("w:hyperlink"):
        _unwrap(element)
    elif element.tag == qn("a:blip"):
        for attr in attrs:
            del element.attrib[attr]
    elif element.getparent() is not None:
        element.getparent().remove(element)


def _unwrap(element) -> None:
    """Put the element's children in its place."""
    parent = element.getparent()
    if parent is None:
        return
    at = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(at + offset, child)
    parent.remove(element)



class _Field:
    def __init__(self) -> None:
        self.instruction: list[str] = []
        self.in_code = True  # until its separate (or end) mark
        self.runs: list = []  # its begin, instruction, separate and end runs


def _kept_field(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and words[0].upper() in _FIELDS_KEPT


def _unlink_fields(root) -> None:
    """Replace each field not in _FIELDS_KEPT by its last result: a simple field by its runs,
    a complex one (begin, instruction, separate, result, end, nested or spanning paragraphs)
    by its result runs. A field is judged by its own instruction's first word, so one whose
    keyword is built by a nested field is not kept either."""
    for simple in list(root.iter(qn("w:fldSimple"))):
        if not _kept_field(simple.get(qn("w:instr"), "")):
            _unwrap(simple)
    for field in _complex_fields(root):
        if not _kept_field("".join(field.instruction)):
            for run in field.runs:
                if run.getparent() is not None:
                    run.getparent().remove(run)


def _complex_fields(root) -> list[_Field]:
    """The complex fields in the XML, each with its instruction and the runs of its code."""
    fields: list[_Field] = []
    stack: list[_Field] = []  # the fields open at this run, innermost last
    for run in list(root.iter(qn("w:r"))):
        touched = [field for field in stack if field.in_code]
        for child in run:
            _read_field_mark(child, stack, fields, touched)
        for field in touched:
            field.runs.append(run)
    return fields


def _read_field_mark(child, stack: list[_Field], fields: list[_Field],
                     touched: list[_Field]) -> None:
    """Follow a run's child: a field's begin, separate or end mark, or its instruction."""
    if child.tag == _FLD_CHAR:
        kind = child.get(qn("w:fldCharType"))
        if kind == "begin":
            stack.append(_Field())
            fields.append(stack[-1])
            touched.append(stack[-1])
        elif kind in ("separate", "end") and stack:
            field = stack[-1] if kind == "separate" else stack.pop()
            field.in_code = False
            if field not in touched:
                touched.append(field)
    elif child.tag in _INSTR and stack and stack[-1].in_code:
        stack[-1].instruction.append(child.text or "")
