"""Write complaint.docx, the docxtpl template bench_draft.py renders as its reference.

    python bench/templates/make_complaint_template.py [BASE_DOCX]

The template is a Word document holding Jinja tags, as a docxtpl user would write it for the
complaint letter: title, addressee, the complainant and the respondents, a paragraph per
finding with its citations, the incident table (one ``{%tr for %}`` row) and the signature.
It is built on the same base document (styles, page, footer) complaint-kit drafts on, so both
save the same package parts. bench_draft.py regenerates it when it is missing.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "complaint.docx"

COLUMNS = ["编号", "时间", "方式及号码", "联系对象", "内容（原文）"]
CELLS = ["{{ i.id }}", "{{ i.date }} {{ i.clock }}{% if i.night %}（夜间）{% endif %}",
         "{{ i.channel_label }} {{ i.from_number }}",
         "{{ i.relation_label }}{% if i.to.name %} {{ i.to.name }}{% endif %}",
         "{{ i.content or '（未接通）' }}"]


def make_template(base: bytes) -> bytes:
    document = docx.Document(io.BytesIO(base))
    add = document.add_paragraph
    add("{{ document.title }}", style="Title")
    add("{{ labels.to_prefix }}{{ addressee.addressee }}{{ labels.to_suffix }}", style="Body Text")
    add("一、投诉举报人", style="Heading 1")
    add("姓名：{{ complainant.name }}", style="List Paragraph")
    add("联系电话：{{ complainant.phone }}", style="List Paragraph")
    add("通讯地址：{{ complainant.address }}", style="List Paragraph")
    add("二、被投诉举报人", style="Heading 1")
    add("{%p for r in respondents %}")
    add("{{ loop.index }}. {{ r.name }}{% if r.address %}（地址：{{ r.address }}）{% endif %}",
        style="List Paragraph")
    add("{%p endfor %}")
    add("三、违规情形及法律依据", style="Heading 1")
    add("{%p for f in findings %}")
    add("{{ loop.index }}. {{ f.title }}：{{ f.explanation }}依据："
        "{% for c in f.citations %}{{ c.label }}{% if c.gist %}（{{ c.gist }}）{% endif %}"
        "{% if not loop.last %}；{% endif %}{% endfor %}", style="Body Text")
    add("{%p endfor %}")
    add("四、催收经过", style="Heading 1")
    table = document.add_table(rows=3, cols=len(COLUMNS))
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    table.rows[1].cells[0].text = "{%tr for i in incidents %}"
    for cell, text in zip(table.rows[2].cells, CELLS, strict=True):
        cell.text = text
        cell.paragraphs[0].style = document.styles["Table Text"]
    # The closing row: docxtpl drops every row holding a {%tr %} tag.
    row = table.add_row()
    row.cells[0].text = "{%tr endfor %}"
    add("")
    signature = add("{{ labels.signature }}{{ complainant.name }}", style="Body Text")
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dated = add("{{ signed_on.year }}年{{ signed_on.month }}月{{ signed_on.day }}日",
                style="Body Text")
    dated.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    if argv:
        base = Path(argv[0]).read_bytes()
    else:
        from complaint_kit.docx.basedoc import default_base
        from complaint_kit.plugins.registry import get_registry

        base = default_base(get_registry().jurisdiction("cn").typography)
    TEMPLATE.write_bytes(make_template(base))
    print(f"wrote {TEMPLATE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
