"""A .docx written with zipfile from a base document and a document element of its own.

A base is read once (``PreparedBase``): its document element, for each draft to copy and
build its body in, and every member but the document and its core properties, zipped once.
A draft's package is that zip with the draft's document and core properties appended
(``zipfile``'s mode "a"), so that only what differs is compressed again.
"""

from __future__ import annotations

import copy
import io
import zipfile
from typing import BinaryIO

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.oxml.ns import qn
from lxml import etree

from complaint_kit.docx.styles import style_ids

# Each draft's own members are deflated fast: for a letter with a 30-row table (73 kB of XML)
# level 1 takes a quarter of the default level's time, for a member 15% larger.
_OWN_LEVEL = 1


class PreparedBase:
    """A base document read for writing drafts on it."""

    def __init__(self, data: bytes):
        # Read only: the builder looks up the base's styles and page in it.
        self.document = docx.Document(io.BytesIO(data))
        core = self.document.part.package.part_related_by(RT.CORE_PROPERTIES)
        self.style_ids = style_ids(self.document)  # what each build looks its styles up in
        self._document_name = self.document.part.partname.membername
        self._core_name = core.partname.membername
        self._core = core.element
        shared = io.BytesIO()
        with (zipfile.ZipFile(io.BytesIO(data)) as source,
              zipfile.ZipFile(shared, "w", zipfile.ZIP_DEFLATED) as out):
            for info in source.infolist():
                if info.filename not in (self._document_name, self._core_name):
                    out.writestr(info, source.read(info))
        self._shared = shared.getvalue()

    def new_document(self):
        """A copy of the base's document element (its body empty but for the section), for
        a draft's blocks to go into before the section properties."""
        return copy.deepcopy(self.document.element)

    @staticmethod
    def body(root):
        return root.find(qn("w:body"))

    def write(self, root, title: str, stream: BinaryIO) -> None:
        """The package of the draft whose document element is ``root``, titled ``title``."""
        core = copy.deepcopy(self._core)
        CoreProperties(core).title = title
        buffer = io.BytesIO(self._shared)
        with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as out:
            out.writestr(self._document_name, _part_xml(root), compresslevel=_OWN_LEVEL)
            out.writestr(self._core_name, _part_xml(core), compresslevel=_OWN_LEVEL)
        stream.write(buffer.getvalue())


def _part_xml(element) -> bytes:
    """A part's XML as python-docx saves it."""
    return etree.tostring(element, encoding="UTF-8", standalone=True)
