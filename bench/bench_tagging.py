"""Message tagging on the corpus's test split: recall, false positives, per-tag F1, and speed.

    python bench/bench_tagging.py [--split test|dev|train|all] [--data FILE] [--lexicons-only]
                                  [--stream N] [--errors]

1. Quality, on one split of bench/corpus (default: test, which nothing was tuned on; see
   bench/corpus/README.md), per language and overall:
   - binary recall: the abusive messages (gold tags not empty) that got any tag;
   - false-positive rate: the lawful messages (``kind`` "lawful", gold ``[]``) that got a tag
     (an abusive message that no tag fits, ``kind`` "abusive" with ``[]``, counts in the F1s
     only);
   - macro-F1 over the standard tags (those with a gold or a predicted message), and per tag
     the counts (gold, predicted, true positives), precision, recall and F1.
   ``--data FILE`` scores every message of another JSONL file instead (bench/data/messages.jsonl,
   the older set the lexicons were tuned on). ``--lexicons-only`` leaves the n-gram models out,
   to see what they add. ``--errors`` lists every message whose tags differ.
2. Speed: every message of the corpus (all splits) and of bench/data/messages.jsonl, repeated
   to a stream of N (default 100,000), is tagged (a) by complaint-kit's taggers and (b) by a
   reference in the same run: for each tag, ``word in text`` over the literal words the lexicons
   matched on those messages (no patterns, no negation, no model). It prints messages per second
   for both, of wall-clock time and of the process's CPU time. The stream repeats the same
   messages, so nothing in the taggers keeps a result by the message's text (no memoisation):
   such a cache would make the repeats free and measure nothing. What they make once and keep
   is made from the lexicons and models (the prefilter, the compiled patterns), never from a
   message.

Targets (issue 15): recall >= 0.90, false-positive rate <= 0.05, macro-F1 >= 0.75 per language
and overall; >= 10,000 messages per second. Run it by hand; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from complaint_kit.assess.ngram_model import NgramModel
from complaint_kit.assess.tagging import TAGS, Tagger
from complaint_kit.plugins.registry import get_registry

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "corpus"
OLD_SET = ROOT / "bench" / "data" / "messages.jsonl"
sys.path.insert(0, str(CORPUS))

import split as corpus_split  # noqa: E402  (bench/corpus/split.py)

OVERALL = "overall"


def messages_of(split: str, data: Path | None, corpus: Path = CORPUS) -> list[dict]:
    if data is not None:
        return corpus_split.read(data)
    messages = corpus_split.load(corpus)
    if split == "all":
        return messages
    splits = json.loads((corpus / "splits.json").read_text(encoding="utf-8"))["splits"]
    return [m for m in messages if splits.get(m["id"]) == split]


def taggers(messages: list[dict], lexicons_only: bool) -> dict[str, Tagger]:
    classifiers = [c for c in get_registry().classifiers
                   if not (lexicons_only and isinstance(c, NgramModel))]
    out = {}
    for language in sorted({m["language"] for m in messages}):
        out[language] = Tagger(language, classifiers)
        if not out[language]:
            sys.exit(f"no classifier installed for {language!r}")
    return out


def score(messages: list[dict], predict) -> dict[str, dict]:
    """Per language and overall: tag counts, abusive/lawful totals and hits, errors."""
    stats: dict = defaultdict(lambda: {"counts": Counter(), "abusive": 0, "caught": 0,
                                       "lawful": 0, "flagged": 0, "untagged": 0, "errors": []})
    for m in messages:
        gold = set(m["tags"]) & set(TAGS)
        pred = set(predict(m)) & set(TAGS)
        for key in (m["language"], OVERALL):
            s = stats[key]
            for t in gold:
                s["counts"][t, "gold"] += 1
            for t in pred:
                s["counts"][t, "pred"] += 1
            for t in gold & pred:
                s["counts"][t, "tp"] += 1
            if gold:
                s["abusive"] += 1
                s["caught"] += bool(pred)
            elif m.get("kind", "lawful") == "lawful":
                s["lawful"] += 1
                s["flagged"] += bool(pred)
            else:  # an abusive message no tag fits (a misleading claim): in the F1s only
                s["untagged"] += 1
        if gold != pred:
            stats[m["language"]]["errors"].append((m, sorted(pred)))
    return stats


def prf(c: Counter, tag: str) -> tuple[float, float, float]:
    tp, p, g = c[tag, "tp"], c[tag, "pred"], c[tag, "gold"]
    precision = tp / p if p else 0.0
    recall = tp / g if g else 0.0
    return precision, recall, (2 * tp / (p + g) if p + g else 0.0)


def summary(s: dict) -> tuple[float, float, float]:
    """Binary recall, false-positive rate, macro-F1."""
    c = s["counts"]
    tags = [t for t in TAGS if c[t, "gold"] or c[t, "pred"]]
    macro = sum(prf(c, t)[2] for t in tags) / len(tags) if tags else 0.0
    recall = s["caught"] / s["abusive"] if s["abusive"] else 0.0
    fpr = s["flagged"] / s["lawful"] if s["lawful"] else 0.0
    return recall, fpr, macro


def report(stats: dict, title: str) -> None:
    print(f"\n{title}")
    header = (f"{'language':<9} {'tag':<20} {'gold':>5} {'pred':>5} {'tp':>5} {'prec':>6} "
              f"{'rec':>6} {'F1':>6}")
    print(header)
    print("-" * len(header))
    order = [*sorted(k for k in stats if k != OVERALL), OVERALL]
    for key in order:
        c = stats[key]["counts"]
        for t in TAGS:
            if c[t, "gold"] or c[t, "pred"]:
                p, r, f = prf(c, t)
                print(f"{key:<9} {t:<20} {c[t, 'gold']:>5} {c[t, 'pred']:>5} {c[t, 'tp']:>5} "
                      f"{p:>6.3f} {r:>6.3f} {f:>6.3f}")
        print("-" * len(header))
    print(f"\n{'language':<9} {'messages':>8} {'abusive':>8} {'lawful':>7} {'recall':>7} "
          f"{'FPR':>6} {'macro-F1':>9}   targets: recall >= 0.90, FPR <= 0.05, macro-F1 >= 0.75")
    for key in order:
        s = stats[key]
        recall, fpr, macro = summary(s)
        met = recall >= 0.90 and fpr <= 0.05 and macro >= 0.75
        print(f"{key:<9} {s['abusive'] + s['lawful'] + s['untagged']:>8} {s['abusive']:>8} "
              f"{s['lawful']:>7} "
              f"{recall:>7.3f} {fpr:>6.3f} {macro:>9.3f}   {'met' if met else 'NOT met'}")


def reference_words(messages: list[dict], by_language: dict[str, Tagger]) -> dict:
    """language -> tag -> the literal words the lexicons matched on the labelled set."""
    words: dict = defaultdict(lambda: defaultdict(set))
    for m in messages:
        for tag, found in by_language[m["language"]].tag(m["text"]).reasons.items():
            words[m["language"]][tag].update(found)
    return {lang: {t: tuple(sorted(w)) for t, w in tags.items() if w}
            for lang, tags in words.items()}


def reference_tag(words: dict[str, tuple[str, ...]], text: str) -> dict[str, list[str]]:
    found = {}
    for tag, candidates in words.items():
        hit = [w for w in candidates if w in text]
        if hit:
            found[tag] = hit
    return found


def throughput(stream: list[tuple[str, str]], fn) -> tuple[float, float]:
    """Messages per second of wall-clock time, and per second of this process's CPU time (on a
    machine that other work shares, the wall clock counts that work too)."""
    wall, cpu = time.perf_counter(), time.process_time()
    for language, text in stream:
        fn(language, text)
    return (len(stream) / (time.perf_counter() - wall),
            len(stream) / (time.process_time() - cpu))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "dev", "train", "all"), default="test")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help="score this JSONL file instead")
    parser.add_argument("--lexicons-only", action="store_true", help="leave the models out")
    parser.add_argument("--stream", type=int, default=100_000,
                        help="messages in the speed stream (default 100,000; 0: no speed)")
    parser.add_argument("--errors", action="store_true", help="list every mis-tagged message")
    args = parser.parse_args(argv)

    messages = messages_of(args.split, args.data, args.corpus)
    if not messages:
        sys.exit("no message to score")
    by_language = taggers(messages, args.lexicons_only)
    where = args.data or f"bench/corpus, {args.split} split"
    counts = Counter(m["language"] for m in messages)
    print(f"{where}: " + ", ".join(f"{lang} {n}" for lang, n in sorted(counts.items()))
          + (" (lexicons only)" if args.lexicons_only else " (lexicons and n-gram models)"))

    stats = score(messages, lambda m: by_language[m["language"]].tag(m["text"]).tags)
    report(stats, "complaint-kit taggers")
    if args.errors:
        print("\nMis-tagged:")
        for _key, s in sorted(stats.items()):
            for m, pred in s["errors"]:
                print(f"  {m['id']}: gold {m['tags']} got {pred}  {m['text']}")

    if args.stream:
        # Speed is measured on every message of the corpus (all splits) and of the older set,
        # so that the stream and the reference's word list do not shrink with the split.
        everything = corpus_split.load(args.corpus) + corpus_split.read(OLD_SET)
        everything = [m for m in everything if m["language"] in by_language]
        words = reference_words(everything, by_language)
        stream = [(m["language"], m["text"]) for m in everything]
        stream = (stream * (args.stream // len(stream) + 1))[:args.stream]
        # Every message has been tagged once above (reference_words): what the taggers make on
        # their first message (the lexicons' prefilter) is not in the time.
        ours = throughput(stream, lambda lang, text: by_language[lang].tag(text))
        ref = throughput(stream, lambda lang, text: reference_tag(words.get(lang, {}), text))
        print(f"\nThroughput on {len(stream):,} messages (the corpus and bench/data repeated),"
              " per second of wall-clock time and of CPU time:")
        print(f"  complaint-kit taggers : {ours[0]:>10,.0f} {ours[1]:>10,.0f} messages/s"
              "   (target >= 10,000)")
        print(f"  reference `in` scan   : {ref[0]:>10,.0f} {ref[1]:>10,.0f} messages/s")
        print(f"  ratio (taggers/ref)   : {ours[0] / ref[0]:>10.2f} {ours[1] / ref[1]:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
