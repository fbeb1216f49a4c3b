"""Every bundled example gives exactly the findings and routes that were reviewed for it.

The reviewed lists are tests/expected/<example>.yaml: the rules that fire (with the kind of basis
and the incidents), the channels in order, whether the police come first, and the rules that ask
the user for a missing fact. After a deliberate change, regenerate them with
``CK_WRITE_EXPECTED=1 python -m pytest tests/test_expected.py`` and review the diff line by line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from tests.casecheck import outcome_of_file

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
EXPECTED = ROOT / "tests" / "expected"


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_gives_the_reviewed_findings_and_routes(example: Path):
    got = outcome_of_file(example)
    expected_file = EXPECTED / f"{example.stem}.yaml"
    if os.environ.get("CK_WRITE_EXPECTED"):
        header = (f"# Reviewed findings and routes for examples/{example.name}\n"
                  "# (complaint-kit check examples/" + example.name + ")\n")
        expected_file.write_text(header + yaml.safe_dump(got, allow_unicode=True,
                                                         sort_keys=False), encoding="utf-8")
    assert expected_file.exists(), f"no reviewed list for {example.name}"
    assert got == yaml.safe_load(expected_file.read_text(encoding="utf-8"))
