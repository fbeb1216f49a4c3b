"""The drafted .docx files do not change when the drafting code is made faster.

Every document kind is drafted for each of the example cases in CASES (what the case calls for,
plus any kind it does not call for, addressed to the first channel that kind can go to), with a
fixed date. CASES are the three mainland-China examples: every kind, with headings, lists,
tables, block classes and the chart between them; add a case (and regenerate) to cover more.

For each file the XML parts (document, styles, header, footer, relationships, …) are hashed and
compared with the digests stored in tests/data/output-digests.json. The zip container itself is
not compared: its timestamps change from save to save. Media (the PNG charts) are compared by
name only: their bytes depend on the installed matplotlib and fonts, not on this code.

When a change to a template or to the output is intended, regenerate the digests and review
the diff of the JSON file together with the change:

    python tests/test_output_stable.py --update
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import tempfile
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from complaint_kit.basedoc import default_base, open_base
from complaint_kit.caseio import load_case
from complaint_kit.drafting import draft_case
from complaint_kit.jurisdiction import Typography
from complaint_kit.registry import get_registry

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CASES = [EXAMPLES / name for name in (
    "cn-fake-summons.yaml", "cn-lawful-reminders.yaml", "cn-sms-harassment.yaml")]
DIGESTS = Path(__file__).resolve().parent / "data" / "output-digests.json"
TODAY = date(2025, 3, 14)


def _parts(path: Path) -> dict[str, str]:
    """Part name → sha256 of its bytes for XML parts; media are listed with a placeholder."""
    with zipfile.ZipFile(path) as package:
        found = {}
        for name in sorted(package.namelist()):
            if name.endswith((".xml", ".rels")):
                found[name] = hashlib.sha256(package.read(name)).hexdigest()
            else:
                found[name] = "(media)"
        return found


def draft_all(out: Path) -> dict[str, dict[str, str]]:
    """File name → part digests, for every document drafted from every example case."""
    registry = get_registry()
    digests: dict[str, dict[str, str]] = {}
    for case_file in CASES:
        case = load_case(case_file, registry)
        target = out / case_file.stem
        _assessment, drafts = draft_case(case, registry, target, base_dir=case_file.parent,
                                         case_stem=case_file.stem, today=TODAY)
        drafted = {d.kind.id for d in drafts}
        for kind in registry.documents_for(case.jurisdiction):
            if kind.id in drafted:
                continue
            to = None
            if kind.channels:
                to = next(c.id for c in registry.channels_for(case.jurisdiction)
                          if kind.addresses(c.id, c.kind))
            _assessment, more = draft_case(case, registry, target, doc=kind.id, to=to,
                                           base_dir=case_file.parent, case_stem=case_file.stem,
                                           today=TODAY)
            drafts.extend(more)
        for draft in drafts:
            assert draft.path is not None
            digests[f"{case_file.stem}/{draft.path.name}"] = _parts(draft.path)
    return digests


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> dict[str, dict[str, str]]:
    return draft_all(tmp_path_factory.mktemp("stable"))


def test_every_kind_is_drafted_for_every_example(drafted):
    registry = get_registry()
    for case_file in CASES:
        case = load_case(case_file, registry)
        names = [n for n in drafted if n.startswith(f"{case_file.stem}/")]
        for kind in registry.documents_for(case.jurisdiction):
            assert any(f"-{kind.id}" in n for n in names), f"{case_file.name}: no {kind.id}"


def test_output_matches_stored_digests(drafted):
    stored = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert sorted(drafted) == sorted(stored), "a different set of documents was drafted"
    changed = [f"{doc}: {part}" for doc, parts in drafted.items()
               for part in sorted(set(parts) | set(stored[doc]))
               if parts.get(part) != stored[doc].get(part)]
    assert not changed, ("drafted output differs from tests/data/output-digests.json "
                         "(if intended: python tests/test_output_stable.py --update):\n  "
                         + "\n  ".join(changed))


def _saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_documents_on_one_base_are_independent():
    """open_base shares the base's parsed parts between documents until one changes them."""
    base = default_base(Typography(page_label="{page}"))
    changed = open_base(base)
    changed.styles["Normal"].font.size = Pt(20)
    changed.sections[0].footer.paragraphs[0].add_run("changed")
    other = open_base(base)
    assert other.styles["Normal"].font.size != Pt(20)
    assert "changed" not in other.sections[0].footer.paragraphs[0].text
    # An untouched document saves the base's parts as they were, in a sound zip.
    with (zipfile.ZipFile(io.BytesIO(base)) as original,
          zipfile.ZipFile(io.BytesIO(_saved(open_base(base)))) as untouched):
        assert untouched.testzip() is None
        for name in ("word/styles.xml", "word/footer1.xml", "word/settings.xml"):
            assert untouched.read(name) == original.read(name)
    reopened = docx.Document(io.BytesIO(_saved(changed)))
    assert reopened.styles["Normal"].font.size == Pt(20)
    assert "changed" in reopened.sections[0].footer.paragraphs[0].text


def _update() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        digests = draft_all(Path(tmp))
    DIGESTS.parent.mkdir(parents=True, exist_ok=True)
    DIGESTS.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(digests)} documents' digests to {DIGESTS}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit(__doc__)
    _update()
