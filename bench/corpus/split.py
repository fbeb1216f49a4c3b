"""Split the corpus into train, dev and test BY GROUP, deterministically, into splits.json.

    python bench/corpus/split.py [--corpus DIR] [--fresh] [--check]

A group is the source a message came from (one judgment, one complaint thread, one news
report): messages of one group are alike, so a group lies in one split only, and a score on
test is a score on sources the classifier never saw. Messages already seen while the lexicons
were written (``"seen": true``) and messages written here (``"origin": "written"``) go to train;
dev and test hold real messages only.

The groups of each language are dealt in a fixed order (rarest tags first, then by a hash of the
group name) to the split that most lacks what the group brings, against targets of 60/20/20 per
tag and per language; so every split covers every tag of every language as far as the counts
allow. Groups that the existing splits.json placed keep their split (``--fresh`` starts over):
adding messages never moves what was trained or tuned on into test.

``--check`` verifies splits.json against the corpus (every message in one split, no group in
two, nothing seen or written outside train) and exits 1 on a problem.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("train", "dev", "test")
SHARE = {"train": 0.6, "dev": 0.2, "test": 0.2}
LAWFUL = "(lawful)"  # counted like a tag, so that every split has lawful reminders


def load(corpus: Path) -> list[dict]:
    """Every message of the corpus files (``*.jsonl``, ``written.jsonl`` included)."""
    return [m for path in sorted(corpus.glob("*.jsonl")) for m in read(path)]


def read(path: Path) -> list[dict]:
    messages = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    messages.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    sys.exit(f"{path.name}:{number}: bad JSON: {exc.msg}")
    return messages


def group_of(message: dict) -> str:
    return str(message.get("group") or message.get("source") or message["id"])


def train_only(message: dict) -> bool:
    return bool(message.get("seen")) or message.get("origin", "real") != "real"


def labels(message: dict) -> list[str]:
    return list(message.get("tags") or []) or [LAWFUL]


def group_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split(messages: list[dict], earlier: dict[str, str] | None = None) -> dict[str, str]:
    """Message id -> split. Groups that ``earlier`` (id -> split) placed keep their split, so
    adding messages never moves a group that was trained or tuned on into test."""
    groups = _groups(messages)
    forced = {g for g, ms in groups.items() if any(train_only(m) for m in ms)}
    assigned = _kept(groups, forced, earlier or {})
    for _, names in sorted(_by_language(groups).items()):
        _deal(names, groups, forced, assigned)
    return {m["id"]: ("train" if group_of(m) in forced else assigned[group_of(m)])
            for m in messages}


def _groups(messages: list[dict]) -> dict[str, list[dict]]:
    """Group name -> its messages, in the corpus's order."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for m in messages:
        groups[group_of(m)].append(m)
    return groups


def _kept(groups: dict[str, list[dict]], forced: set[str],
          earlier: dict[str, str]) -> dict[str, str]:
    """Group -> split, for the groups (not forced into train) that ``earlier`` placed."""
    kept: dict[str, str] = {}
    for g, ms in groups.items():
        placed = {earlier[m["id"]] for m in ms if m["id"] in earlier}
        if g not in forced and placed:
            # A group that earlier runs spread (it should not be) goes where most of it was.
            kept[g] = "train" if "train" in placed else sorted(placed)[0]
    return kept


def _by_language(groups: dict[str, list[dict]]) -> dict[str, list[str]]:
    """Language -> the groups written mostly in it."""
    by_language: dict[str, list[str]] = defaultdict(list)
    for g, ms in groups.items():
        language = Counter(m["language"] for m in ms).most_common(1)[0][0]
        by_language[language].append(g)
    return by_language


def _brings(messages: list[dict]) -> Counter:
    """Label (and "(all)") -> how many of ``messages`` carry it."""
    return Counter(x for m in messages for x in [*labels(m), "(all)"])


def _deal(names: list[str], groups: dict[str, list[dict]], forced: set[str],
          assigned: dict[str, str]) -> None:
    """Deal one language's free groups (``names`` not yet placed) into ``assigned``, each to the
    split that most lacks what it brings, against the share of each label."""
    have = {s: Counter() for s in SPLITS}
    for g in names:
        if g in forced or g in assigned:
            have["train" if g in forced else assigned[g]].update(_brings(groups[g]))
    total = _brings([m for g in names for m in groups[g]])
    for g in _free_rarest_first([g for g in names if g not in forced and g not in assigned],
                                groups):
        brings = _brings(groups[g])
        best = max(SPLITS, key=lambda s: (_lack(s, brings, total, have[s]), SHARE[s]))
        have[best].update(brings)
        assigned[g] = best


def _free_rarest_first(free: list[str], groups: dict[str, list[dict]]) -> list[str]:
    """The free groups, rarest label first (so that rare labels are spread before the common
    ones fill the splits), then by a hash of the group name."""
    rarity = Counter(x for g in free for m in groups[g] for x in labels(m))
    return sorted(free, key=lambda g: (min(rarity[x] for m in groups[g] for x in labels(m)),
                                       group_hash(g)))


def _lack(split: str, brings: Counter, total: Counter, have: Counter) -> float:
    """How much the split lacks of what a group brings, against its share of each label."""
    return sum(max(0.0, SHARE[split] * total[x] - have[x]) / total[x] for x in brings)


def check(messages: list[dict], splits: dict[str, str]) -> list[str]:
    problems = []
    seen_in: dict[str, set[str]] = defaultdict(set)
    for m in messages:
        s = splits.get(m["id"])
        if s not in SPLITS:
            problems.append(f"{m['id']}: in no split")
            continue
        seen_in[group_of(m)].add(s)
        if train_only(m) and s != "train":
            problems.append(f"{m['id']}: seen or written, but in {s}")
    problems += [f"group {g!r} in {sorted(s)}" for g, s in seen_in.items() if len(s) > 1]
    ids = Counter(m["id"] for m in messages)
    problems += [f"{i}: id used {n} times" for i, n in ids.items() if n > 1]
    return problems


def counts(messages: list[dict], splits: dict[str, str]) -> dict:
    """split -> language -> label -> messages (and "(all)")."""
    out: dict = {s: defaultdict(Counter) for s in SPLITS}
    for m in messages:
        out[splits[m["id"]]][m["language"]].update([*labels(m), "(all)"])
    return {s: {lang: dict(sorted(c.items())) for lang, c in sorted(v.items())}
            for s, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--fresh", action="store_true",
                        help="ignore the existing splits.json (may move groups between splits)")
    args = parser.parse_args(argv)
    messages = load(args.corpus)
    out = args.corpus / "splits.json"
    if args.check:
        splits = json.loads(out.read_text(encoding="utf-8"))["splits"]
        problems = check(messages, splits)
        print("\n".join(problems) or f"{out}: {len(messages)} messages, no problem")
        return 1 if problems else 0
    earlier = None
    if out.exists() and not args.fresh:
        earlier = json.loads(out.read_text(encoding="utf-8"))["splits"]
    splits = split(messages, earlier)
    problems = check(messages, splits)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    data = {"about": "bench/corpus/split.py: message id -> train, dev or test, by group",
            "counts": counts(messages, splits), "splits": dict(sorted(splits.items()))}
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(out)
    for s, by_lang in data["counts"].items():
        for lang, c in by_lang.items():
            print(f"{s:<6} {lang:<8} " + ", ".join(f"{k} {v}" for k, v in c.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
