"""Train the n-gram models that ship in plugins/lexicons (one per language), offline.

    pip install -e ".[train]"      # scikit-learn, for this script only
    python bench/corpus/split.py    # if the corpus changed
    python tools/train_tagger.py [--corpus DIR] [--out DIR] [--dry-run]

For each language (zh-Hans, zh-Hant, en) and each standard tag, a logistic regression over the
character n-grams that ``NgramModel`` (complaint_kit.api) reads (binary features, balanced classes),
fitted on the corpus's TRAIN split (bench/corpus, with splits.json) plus the older labelled set
bench/data/messages.jsonl, which the lexicons were tuned on and so is training data only.
Chinese messages of the other script are added, converted with OpenCC, as the tagger converts
them at run time. The test split is never read.

It then picks, per language, the regularisation C, and per tag the probability from which the
model gives the tag: the one that maximises the tag's F1 of the whole tagger (the lexicons,
which stay, or the model), the higher one on a tie, over the DEV split and the training messages
scored out of fold (5 folds by group; dev alone has too few examples of a tag). The weights are
pruned to the ``--keep`` heaviest n-grams per tag; the model shipped is then fitted again, with
that C and those thresholds, on train and dev together (``--no-refit``: train alone), and written
to plugins/lexicons/complaint_kit_lexicons/models/<language>.json. The scores printed are those
of pruned models fitted on train.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "corpus"))

import split as corpus_split  # noqa: E402  (bench/corpus/split.py)

from complaint_kit.assess import scripts  # noqa: E402
from complaint_kit.assess.ngram_model import FORMAT, NgramModel, ngrams, prepare  # noqa: E402
from complaint_kit.assess.tagging import TAGS, Tagger  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"
OLD_SET = ROOT / "bench" / "data" / "messages.jsonl"
OUT = ROOT / "plugins" / "lexicons" / "complaint_kit_lexicons" / "models"
LANGUAGES = ("zh-Hans", "zh-Hant", "en")
# Characters for Chinese (no spaces between words); words for English, where character n-grams
# ("arr") confuse arrears with arrest on a corpus this small.
UNITS = {"zh-Hans": ("char", (2, 3)), "zh-Hant": ("char", (2, 3)), "en": ("word", (1, 2))}
MIN_DF = 2  # an n-gram of a single training message is noise
C_GRID = (0.3, 1.0, 3.0)
FOLDS = 5  # folds by group, for scoring the training messages out of fold
# From 0.6: a model that is barely surer than not ("不還錢就扣光你的薪水" read as a disclosure at
# 0.53) should not tag what the rules then cite.
THRESHOLDS = tuple(round(0.60 + 0.05 * i, 2) for i in range(8))  # 0.60 ... 0.95
MIN_POSITIVES = 3  # a tag with fewer training examples gets no model (the lexicons alone)

# Words whose next few words are denied or warned against, not said: dropped before the n-grams
# are read ("we will never call your employer", 谨防冒充公检法, 并未上门). A condition is kept:
# "if you don't pay we will come", 不还钱就上门 (a bare 不 is no denial).
_ZH_STOP = r"[^，。！？；、,.!?;\n]"
MASKS = {
    "zh-Hans": (r"(?:并没有|没有|并未|从未|从来没有?|不曾|未曾|绝不会?|决不会?"
                r"|不会(?!放过|有好|善罢)|谨防|警惕|提防|防范|切勿|请勿|不要相信|冒充)"
                + _ZH_STOP + r"{0,8}"),
    "zh-Hant": (r"(?:並沒有|沒有|並未|從未|從來沒有?|不曾|未曾|絕不會?|決不會?"
                r"|不會(?!放過|有好|善罷)|唔會|謹防|警惕|提防|防範|切勿|請勿|不要相信|冒充)"
                + _ZH_STOP + r"{0,8}"),
    "en": (r"(?<!if you )(?<!unless you )\b(?:never|not|no longer|won't|will not|would not"
           r"|wouldn't|do not|don't|does not|doesn't|did not|didn't|cannot|can't|beware of"
           r"|be wary of)\b(?:\s+[^\s.!?;,]+){0,4}"),
}


def load_messages(corpus: Path) -> tuple[list[dict], dict[str, str]]:
    messages = corpus_split.load(corpus)
    splits_file = corpus / "splits.json"
    if not splits_file.exists():
        sys.exit(f"{splits_file}: missing; run bench/corpus/split.py first")
    splits = json.loads(splits_file.read_text(encoding="utf-8"))["splits"]
    problems = corpus_split.check(messages, splits)
    if problems:
        sys.exit("splits.json does not fit the corpus:\n" + "\n".join(problems[:20]))
    return messages, splits


def in_language(message: dict, language: str) -> str | None:
    """The message's text as the ``language`` model reads it, or None if it cannot."""
    if message["language"] == language:
        return message["text"]
    if scripts.is_chinese_language(language) and scripts.is_chinese_language(
            message["language"]):
        return scripts.to_script(message["text"], language)
    return None


def lexicon_tagger(language: str) -> Tagger:
    """The installed classifiers without the n-gram models: the lexicons."""
    from complaint_kit.plugins.registry import get_registry

    return Tagger(language, [c for c in get_registry().classifiers
                             if not isinstance(c, NgramModel)])


def fit(texts: list[str], golds: list[set[str]], language: str, c: float) -> dict:
    """The full (unpruned) model: tag -> (bias, {n-gram: weight})."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
    from sklearn.linear_model import LogisticRegression

    mask = re.compile(MASKS[language])
    unit, sizes = UNITS[language]
    stop = ENGLISH_STOP_WORDS if unit == "word" else frozenset()

    def analyse(text: str) -> list[str]:
        # An n-gram of stop words only ("will", "or your") weighs by accident, explains nothing.
        return sorted(g for g in ngrams(prepare(text, mask), sizes, unit)
                      if not stop or not all(w in stop for w in g.split()))

    vectorizer = CountVectorizer(analyzer=analyse, binary=True, min_df=MIN_DF)
    x = vectorizer.fit_transform(texts)
    vocabulary = vectorizer.get_feature_names_out()
    out = {}
    for tag in TAGS:
        y = [tag in g for g in golds]
        if sum(y) < MIN_POSITIVES or sum(y) == len(y):
            continue
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
        model.fit(x, y)
        out[tag] = (float(model.intercept_[0]),
                    dict(zip(vocabulary, model.coef_[0].tolist(), strict=True)))
    return out


def pruned(full: dict, language: str, keep: int, thresholds: dict[str, float]) -> dict:
    """The model file's content: the ``keep`` heaviest n-grams of each tag."""
    tags = [t for t in TAGS if t in full]
    weights: dict[str, list] = defaultdict(list)
    for i, tag in enumerate(tags):
        _bias, grams = full[tag]
        for gram, w in sorted(grams.items(), key=lambda kv: -abs(kv[1]))[:keep]:
            if abs(w) >= 0.01:
                weights[gram].append([i, round(w, 3)])
    unit, sizes = UNITS[language]
    return {"format": FORMAT, "language": language, "unit": unit, "sizes": list(sizes),
            "mask": MASKS[language], "tags": tags,
            "bias": [round(full[t][0], 3) for t in tags],
            "threshold": [thresholds.get(t, 0.5) for t in tags],
            "weights": dict(sorted(weights.items()))}


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def item(message: dict, text: str, lexicon: Tagger) -> dict:
    """A message as tuning reads it: its text in the model's script, gold and lexicon tags, and
    the fold of its group."""
    group = corpus_split.group_of(message)
    return {"text": text, "tags": set(message["tags"]), "lexicon": set(lexicon.tag(text).tags),
            "fold": int(corpus_split.group_hash(group), 16) % FOLDS}


def rows_of(data: dict, items: list[dict]) -> list[tuple[set, set, dict]]:
    """(gold tags, lexicon tags, model probabilities) of each item, by the model ``data``."""
    model = NgramModel.from_data("tuning", data)
    return [(item["tags"], item["lexicon"], model.probabilities(item["text"])) for item in items]


def out_of_fold(items: list[dict], language: str, c: float, keep: int) -> list[tuple]:
    """Rows of the training items, each scored by a model fitted without its group's fold."""
    rows = []
    for fold in range(FOLDS):
        held = [i for i in items if i["fold"] == fold]
        rest = [i for i in items if i["fold"] != fold]
        if held and rest:
            full = fit([i["text"] for i in rest], [i["tags"] for i in rest], language, c)
            rows += rows_of(pruned(full, language, keep, {}), held)
    return rows


def tune(rows: list[tuple[set, set, dict]], tags: list[str]) -> tuple[dict[str, float], float]:
    """Per tag, the threshold with the best F1 of lexicons-or-model over ``rows``; the macro-F1
    over the tags with an example."""
    thresholds, scores = {}, []
    for tag in TAGS:
        if not any(tag in g for g, _, _ in rows):
            if tag in tags:
                thresholds[tag] = 0.95  # nothing to tune on: only a confident model
            continue
        best = (-1.0, 0.0)
        for t in THRESHOLDS if tag in tags else (2.0,):
            tp = fp = fn = 0
            for gold, lex, probs in rows:
                pred = tag in lex or probs.get(tag, 0.0) >= t
                tp += pred and tag in gold
                fp += pred and tag not in gold
                fn += (not pred) and tag in gold
            best = max(best, (f1(tp, fp, fn), t))
        scores.append(best[0])
        if tag in tags:
            thresholds[tag] = best[1]
    return thresholds, (sum(scores) / len(scores) if scores else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--keep", type=int, default=400, help="n-grams kept per tag")
    parser.add_argument("--dry-run", action="store_true", help="train and tune, write nothing")
    parser.add_argument("--no-refit", action="store_true",
                        help="ship the model fitted on train alone (default: train and dev)")
    parser.add_argument("--language", action="append", choices=LANGUAGES,
                        help="train only this language's model (repeatable)")
    args = parser.parse_args(argv)
    messages, splits = load_messages(args.corpus)
    held = {m["text"] for m in messages if splits[m["id"]] != "train"}
    old = [m for m in corpus_split.read(OLD_SET) if m["text"] not in held]  # no leak
    train = [m for m in messages if splits[m["id"]] == "train"] + old
    dev = [m for m in messages if splits[m["id"]] == "dev"]
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.language or LANGUAGES:
        lexicon = lexicon_tagger(language)
        items = [item(m, t, lexicon) for m in train if (t := in_language(m, language))]
        dev_items = [item(m, m["text"], lexicon) for m in dev if m["language"] == language]
        best = None
        for c in C_GRID:
            full = fit([i["text"] for i in items], [i["tags"] for i in items], language, c)
            tags = [t for t in TAGS if t in full]
            # Thresholds are chosen on dev and on the training messages scored out of fold:
            # dev alone holds too few examples of a tag to choose on.
            rows = out_of_fold(items, language, c, args.keep)
            dev_rows = rows_of(pruned(full, language, args.keep, {}), dev_items)
            thresholds, macro = tune(rows + dev_rows, tags)
            _, dev_macro = tune(dev_rows, tags)
            print(f"{language}: C={c:<5} macro-F1 (lexicons or model) out of fold and dev "
                  f"{macro:.3f}, dev alone {dev_macro:.3f}")
            if best is None or macro > best[0]:
                best = (macro, c, pruned(full, language, args.keep, thresholds))
        macro, c, data = best
        if not args.no_refit:
            # C and the thresholds chosen, the shipped model is fitted on train and dev: the
            # corpus is small, and dev is real data the test split never sees.
            everything = items + [item(m, m["text"], lexicon) for m in dev
                                  if m["language"] == language]
            full = fit([i["text"] for i in everything], [i["tags"] for i in everything],
                       language, c)
            data = pruned(full, language, args.keep, dict(zip(data["tags"], data["threshold"],
                                                               strict=True)))
        print(f"{language}: chose C={c}, {len(data['weights'])} n-grams, train {len(items)}, "
              f"dev {len(dev_items)}, thresholds "
              + ", ".join(f"{t} {v}" for t, v in zip(data["tags"], data["threshold"],
                                                      strict=True)))
        if not args.dry_run:
            path = args.out / f"{language}.json"
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                           encoding="utf-8")
            tmp.replace(path)
            print(f"  wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
