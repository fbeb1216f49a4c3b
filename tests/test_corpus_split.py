"""bench/corpus/split.py: the split by group, and the corpus's own splits.json."""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "corpus"
_spec = importlib.util.spec_from_file_location("corpus_split", CORPUS / "split.py")
split = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(split)


def _corpus() -> list[dict]:
    messages = []
    for g in range(30):
        for i in range(3):
            tags = [["insult"], ["threat_visit"], []][(g + i) % 3]
            messages.append({"id": f"m{g}-{i}", "language": "en" if g % 2 else "zh-Hans",
                             "text": f"text {g} {i}", "tags": tags, "group": f"g{g}",
                             "origin": "written" if g == 3 else "real", "seen": g == 4,
                             "kind": "abusive" if tags else "lawful"})
    return messages


def test_split_keeps_groups_whole_and_seen_or_written_in_train():
    messages = _corpus()
    splits = split.split(messages)
    assert split.check(messages, splits) == []
    where = defaultdict(set)
    for m in messages:
        where[m["group"]].add(splits[m["id"]])
    assert all(len(s) == 1 for s in where.values())
    assert where["g3"] == {"train"} and where["g4"] == {"train"}
    for language in ("en", "zh-Hans"):  # every split gets every label of every language
        for s in ("train", "dev", "test"):
            got = {tuple(m["tags"]) for m in messages
                   if m["language"] == language and splits[m["id"]] == s}
            assert got == {("insult",), ("threat_visit",), ()}, (language, s)
    assert split.split(messages) == splits  # deterministic


def test_split_keeps_earlier_placements_when_messages_are_added():
    messages = _corpus()
    earlier = split.split(messages)
    more = [*messages, {"id": "new", "language": "en", "text": "x", "tags": ["insult"],
                        "group": "g1", "origin": "real", "seen": False, "kind": "abusive"}]
    later = split.split(more, earlier)
    assert all(later[i] == s for i, s in earlier.items())
    assert later["new"] == earlier["m1-0"]


def test_check_names_what_is_wrong():
    messages = _corpus()
    splits = split.split(messages)
    splits["m3-0"] = "test"  # a written message outside train
    splits["m5-0"] = "dev" if splits["m5-1"] != "dev" else "test"
    del splits["m6-0"]
    problems = split.check(messages, splits)
    assert "m3-0: seen or written, but in test" in problems
    assert "m6-0: in no split" in problems
    assert any(p.startswith("group 'g5'") for p in problems)


@pytest.mark.skipif(not (CORPUS / "splits.json").exists(), reason="no corpus split yet")
def test_the_corpus_split_fits_the_corpus():
    messages = split.load(CORPUS)
    splits = json.loads((CORPUS / "splits.json").read_text(encoding="utf-8"))["splits"]
    assert split.check(messages, splits) == []
    assert {m["origin"] for m in messages if splits[m["id"]] != "train"} <= {"real"}
