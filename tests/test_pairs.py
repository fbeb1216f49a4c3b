"""Minimal pairs: one fact added, removed or changed turns exactly the named findings on or off.

Each jurisdiction's pairs are in tests/pairs/<code>.yaml::

    bases:
      call:                      # a small case, as in a case file
        jurisdiction: cn
        ...
    pairs:
      - name: a denial is not a disclosure
        base: call
        set: {incidents.0.content: "..."}   # dotted paths into the case data
        unset: [incidents.0.to]
        "on": [CN-DISCLOSURE]     # rules the change turns on
        "off": []                 # rules it turns off
        first: police             # optional: the first channel after the change
        asks: [CN-INSULT]         # optional: the rules that ask a question after the change

Every other finding must stay as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from complaint_kit.model.case import Case
from tests.casecheck import outcome, patched

PAIRS = Path(__file__).resolve().parent / "pairs"
# The pairs are read when the tests are collected, by every run: libyaml's loader is 6x faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _pairs():
    for path in sorted(PAIRS.glob("*.yaml")):
        spec = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        for pair in spec["pairs"]:
            yield pytest.param(spec["bases"][pair["base"]], pair,
                               id=f"{path.stem}: {pair['name']}")


@pytest.mark.parametrize(("base", "pair"), list(_pairs()))
def test_minimal_pair(base: dict, pair: dict):
    before = outcome(Case.model_validate(base))
    after = outcome(Case.model_validate(
        patched(base, pair.get("set", {}), pair.get("unset", []))))
    rules_before = {f["rule"] for f in before["findings"]}
    rules_after = {f["rule"] for f in after["findings"]}
    assert sorted(rules_after - rules_before) == sorted(pair.get("on", []))
    assert sorted(rules_before - rules_after) == sorted(pair.get("off", []))
    if "first" in pair:
        assert after["routes"][:1] == [pair["first"]]
    if "asks" in pair:
        assert after["asks"] == sorted(pair["asks"])
    for key in ("routes_before", "routes_after"):
        if key in pair:
            assert (before if key == "routes_before" else after)["routes"] == pair[key]
