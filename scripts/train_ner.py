"""Train the CRF name tagger on ANERcorp (approximate CAMeL train split) and report test F1.

    .venv/bin/python scripts/train_ner.py            # train, write the model, print test scores
    .venv/bin/python scripts/train_ner.py --eval     # only score the packaged model on the test split

Writes src/marsad/data/ner_crf.crfsuite (the model) and src/marsad/data/ner_crf.names.json
(given names: first tokens of PERS names in the TRAIN split that are names more often than not).
Reproducible: fixed data, fixed hyper-parameters, crfsuite's L-BFGS is deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "ner" / "anercorp"
DATA = ROOT / "src" / "marsad" / "data"
sys.path.insert(0, str(ROOT / "src"))

from marsad.actors.lexicon import lexicon  # noqa: E402
from marsad.actors.ner import sentence_features  # noqa: E402
from marsad.arabic.normalize import normalize_text  # noqa: E402


def read(path: Path) -> list[tuple[list[str], list[str]]]:
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        tok, tag = parts[0], parts[-1]
        if tag != "O" and tag[:2] not in ("B-", "I-"):
            tag = "O"
        toks.append(normalize_text(tok) or tok)
        tags.append(tag)
    if toks:
        sents.append((toks, tags))
    return sents


def entities(tags: list[str]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    start, typ = -1, ""
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != typ):
            if start >= 0:
                out.add((start, i, typ))
                start = -1
            if t != "O":
                start, typ = i, t[2:]
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        ge, pe = entities(g), entities(p)
        for e in pe:
            (tp if e in ge else fp)[e[2]] += 1
        for e in ge - pe:
            fn[e[2]] += 1
    res: dict[str, dict[str, float]] = {}
    for typ in sorted(set(tp) | set(fp) | set(fn)) + ["ALL"]:
        t = sum(tp.values()) if typ == "ALL" else tp[typ]
        f_p = sum(fp.values()) if typ == "ALL" else fp[typ]
        f_n = sum(fn.values()) if typ == "ALL" else fn[typ]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        res[typ] = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}
    return res


def given_names(train: list[tuple[list[str], list[str]]]) -> list[str]:
    as_first: Counter[str] = Counter()
    as_other: Counter[str] = Counter()
    for toks, tags in train:
        for t, g in zip(toks, tags, strict=True):
            if g == "B-PERS":
                as_first[t] += 1
            else:
                as_other[t] += 1
    return sorted(w for w, c in as_first.items() if len(w) >= 2 and w.isalpha() and c > as_other[w])


def common_words(train: list[tuple[list[str], list[str]]]) -> list[str]:
    """Words seen at least three times in TRAIN and never inside a PERS name: not name tokens."""
    outside: Counter[str] = Counter()
    in_pers: set[str] = set()
    for toks, tags in train:
        for t, g in zip(toks, tags, strict=True):
            if g.endswith("PERS"):
                in_pers.add(t)
            else:
                outside[t] += 1
    return sorted(w for w, c in outside.items() if c >= 3 and w not in in_pers and w.isalpha() and len(w) >= 2)


def role_words_sha256() -> str:
    """Fingerprint of the title words the model's features read (actor_roles.json ``roles``): the
    drift test fails when the titles change and the model was not retrained."""
    import hashlib

    words = sorted({w for r in lexicon().roles for w in r.split()})
    return hashlib.sha256("\n".join(words).encode("utf-8")).hexdigest()


def main() -> None:
    import pycrfsuite

    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", action="store_true", help="score the packaged model only")
    ap.add_argument("--names-only", action="store_true", help="only rebuild ner_crf.names.json")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=150)
    args = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"ANERcorp not found at {SHARED}")
    train = read(SHARED / "ANERCorp_approxCamelSplit_train.txt")
    test = read(SHARED / "ANERCorp_approxCamelSplit_test.txt")
    model = DATA / "ner_crf.crfsuite"
    names_path = DATA / "ner_crf.names.json"
    if not args.eval:
        names = given_names(train)
        names_path.write_text(json.dumps({"_about": "given_names: first tokens of PERS names in ANERcorp's "
                                          "train split (approx. CAMeL split) that are names more often than "
                                          "not; common_words: words seen 3+ times there and never inside a "
                                          "PERS name. Built by scripts/train_ner.py.", "given_names": names,
                                          "common_words": common_words(train),
                                          "role_words_sha256": role_words_sha256()},
                                         ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    if args.names_only:
        return
    names_set = frozenset(json.loads(names_path.read_text(encoding="utf-8"))["given_names"])
    roles = frozenset(w for r in lexicon().roles for w in r.split())
    if not args.eval:
        t0 = time.time()
        trainer = pycrfsuite.Trainer(verbose=False)
        # jack-knife the given-name feature: a training sentence sees the names learnt from the
        # OTHER folds only, as a test sentence sees names learnt from other sentences
        folds = 5
        fold_names = [frozenset(given_names([s for i, s in enumerate(train) if i % folds != k]))
                      for k in range(folds)]
        for i, (toks, tags) in enumerate(train):
            trainer.append(sentence_features(toks, fold_names[i % folds], roles), tags)
        trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                            "feature.possible_transitions": True, "feature.minfreq": 2})
        trainer.train(str(model))
        print(f"trained in {time.time() - t0:.1f} s; model {model.stat().st_size / 1e6:.2f} MB; "
              f"{len(train)} train sentences")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    t0 = time.time()
    pred = [list(tagger.tag(sentence_features(toks, names_set, roles))) for toks, _ in test]
    n_tok = sum(len(t) for t, _ in test)
    dt = time.time() - t0
    res = score([g for _, g in test], pred)
    print(f"ANERcorp test ({len(test)} sentences, {n_tok} tokens; tagging {dt / n_tok * 1e6:.0f} us/token "
          f"incl. features)")
    for typ, r in res.items():
        print(f"  {typ:5s} P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}")
    print("published AraBERT (CAMeL split) F1: 83.1")


if __name__ == "__main__":
    main()
