"""The complainant's checklist, written beside the drafts: the recipient's copy says nothing of
the software or of its being a draft, so this is where the user is told to check the drafts, what
to do first and where to send what, in which order, by when."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from complaint_kit.casefile.atomic import atomic_write_text
from complaint_kit.textclean import clean_xml_text

if TYPE_CHECKING:
    from complaint_kit.draft.pipeline import Assessment, Draft
    from complaint_kit.model.case import Case
    from complaint_kit.plugins.registry import Registry

# Plain text, rendered as it is read: no Markdown to parse again (the parse cost more than the
# rest of the checklist).
TEMPLATE = "base/checklist.txt.j2"
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")

# English wording; a jurisdiction gives its own in its labels (``checklist.title`` ...).
DEFAULTS = {
    "title": "Before you send",
    "intro": "These documents are drafts for you to check, not legal advice. Read each one, "
             "correct every fact, date, name and number, and sign only what is true.",
    "urgent": "Do this first, now",
    "order": "Where to send what, in this order",
    "file": "Document:",
    "how": "How:",
    "deadlines": "Time limits:",
    "annexes": "Enclose with what you send",
}


def checklist_path(out_dir: Path, case: Case, case_stem: str = "case") -> Path:
    """Where ``draft_case`` writes the checklist: named like the drafts (``file_stem``)."""
    from complaint_kit.draft.pipeline import safe_name

    return out_dir / f"{safe_name(case.id or case_stem)}-checklist.txt"


def write_checklist(case: Case, registry: Registry, assessment: Assessment, drafts: list[Draft],
                    path: Path, *, durable: bool = True) -> Path:
    """Write the checklist of drafted documents as plain text (any computer opens it)."""
    from complaint_kit.draft.pipeline import environment

    jurisdiction = registry.jurisdiction(case.jurisdiction)
    labels = jurisdiction.labels_for(case.language)
    text = {key: labels.get(f"checklist.{key}", default) for key, default in DEFAULTS.items()}
    # A label that ends in a full-width colon (Chinese) takes no space after it, and its
    # language writes that colon before an annex's note too.
    for key in ("file", "how", "deadlines"):
        text[key] += "" if text[key].endswith("\uff1a") else " "
    text["colon"] = "\uff1a" if text["file"].endswith("\uff1a") else ": "

    def extra(draft: Draft) -> str | None:
        return labels.get(f"checklist.extra.{draft.kind.id}")

    steps: list[dict[str, Any]] = []
    for channel in assessment.routes:
        mine = [d for d in drafts if d.channel is not None and d.channel.id == channel.id]
        steps.append({
            "name": channel.name,
            "files": [d.path.name for d in mine if d.path]
                     + [d.text_path.name for d in mine if d.text_path],
            "how": list(channel.how_to_file), "deadlines": list(channel.deadlines),
            "extras": [e for d in mine if (e := extra(d))],
        })
    annexes = [{"file": d.path.name, "extra": extra(d)} for d in drafts
               if d.channel is None and d.path]
    env = environment(tuple(registry.template_dirs), text=True)
    rendered = env.get_template(TEMPLATE).render(
        text=text, urgent=assessment.urgent, steps=steps, annexes=annexes)
    atomic_write_text(path, plain_text(rendered), durable=durable)
    return path


def plain_text(rendered: str) -> str:
    """The rendered checklist without what a text file should not hold (``clean_xml_text``),
    one blank line at most between its parts, and a newline at the end."""
    text, _ = clean_xml_text(rendered)
    return _BLANK_LINES.sub("\n\n", text).strip() + "\n"
