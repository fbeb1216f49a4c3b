"""What the document tests of every jurisdiction share: an example case drafted as the CLI
drafts it, and the evidence index checked against the files it lists."""

from __future__ import annotations

import hashlib
from pathlib import Path

from complaint_kit.casefile.load import load_case
from complaint_kit.draft.pipeline import draft_case
from complaint_kit.plugins.registry import get_registry


def draft_example(path: Path, out: Path, **options):
    """The case file at ``path``, its assessment and its drafts (written to ``out``)."""
    registry = get_registry()
    case = load_case(path, registry)
    assessment, drafts = draft_case(case, registry, out, base_dir=path.parent,
                                    case_stem=path.stem, **options)
    return case, assessment, drafts


def assert_lists_the_evidence(case, text: str, folder: Path) -> None:
    """An evidence index names each item, and each file by its SHA-256 (the files read from
    ``folder``, the case file's)."""
    for item in case.evidence:
        assert item.description in text
        if item.file:
            digest = hashlib.sha256((folder / item.file).read_bytes()).hexdigest()
            assert digest in text, item.id
