"""Train the report-vs-mention re-ranker of event detection (issue 6) and validate it honestly.

Data: ``../shared/data/gsr-dev/{assault,protest}_dev.csv`` (label "yes" = positive, "easy no" and
"difficult no" = negative, "ambiguous" left out). Every sentence runs as its own document through the
reading stages and the rule detector (``detect(ctx, keep_rejected=True, rerank=False)``); the
violent / protest candidates of each sentence form groups (``marsad.events.rerank.groups``). An
assault sentence labels its violent group, a protest sentence its protest group.

For every sentence the whole pipeline decision (drafts, merging, records, family test as in
``benchmarks/gsr_eval.py``) is precomputed for each keep/drop choice of its groups, so that cross-
validation scores rules + re-ranker exactly as the gsr scoring does.

    .venv/bin/python scripts/train_event_reranker.py            # fit on all of gsr-dev, write the model file
    .venv/bin/python scripts/train_event_reranker.py --cv       # K-fold CV with nested threshold/C choice
    .venv/bin/python scripts/train_event_reranker.py --check    # fit, compare with the shipped file only

Model: scikit-learn LogisticRegression (lbfgs, class_weight="balanced"), features from
``rerank.group_features``; lexical features kept when seen in >= MIN_DF training groups. C and the
per-family thresholds are chosen by inner K-fold CV on the training data only.
"""

from __future__ import annotations

import argparse
import copy
import csv
import hashlib
import itertools
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from marsad.events import rerank
from marsad.events.assemble import drafts, merge, to_record
from marsad.events.context import DocContext, build_context
from marsad.events.detect import EventMention, detect
from marsad.records import Event

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "data" / "gsr-dev"
OUT = ROOT / "src" / "marsad" / "data" / rerank.MODEL_FILE
FILES = {"ASSAULT": "assault_dev.csv", "PROTEST": "protest_dev.csv"}
FAMILY_GROUP = {"ASSAULT": "V", "PROTEST": "P"}
ACLED_OF = {
    "ASSAULT": ("ASSAULT", {"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    "PROTEST": ("PROTEST", {"Protests", "Riots"}),
}
SEED = 13
K = 5
C_GRID = (0.01, 0.03, 0.1)
MIN_DF = 3
WINDOW = 4
# Whether detect() applies the shipped model. Decided from the CV figures (notes/issue-6.md, "Trained
# re-ranker"): the model is integrated only when CV beats the rules clearly.
ENABLED = False
THRESHOLDS = tuple(round(float(x), 3) for x in np.arange(0.05, 0.96, 0.025))


@dataclass
class Row:
    id: str
    family: str  # ASSAULT or PROTEST: the file, the scored family
    y: int
    feats: list[dict[str, float]]  # one per group
    gfam: list[str]  # group family V/P
    accepted: list[bool]  # the rules accepted the group
    table: dict[tuple[bool, ...], bool] = field(default_factory=dict)  # keep-vector -> family hit

    @property
    def labelled(self) -> list[int]:
        return [i for i, f in enumerate(self.gfam) if f == FAMILY_GROUP[self.family]]

    def rules_hit(self) -> bool:
        return self.table[tuple(self.accepted)]


def in_family(ev: Event, family: str) -> bool:
    plover, acled = ACLED_OF[family]
    return bool((ev.plover and ev.plover.event_type == plover) or (ev.acled and ev.acled.event_type in acled))


def _hit(ctx: DocContext, mentions: list[EventMention], family: str) -> bool:
    visible = [m for m in mentions if m.rejected is None]
    for d in merge(ctx, drafts(ctx, visible)):
        if d.cls == "political" and d.args.actor1 is None:
            continue
        if in_family(to_record(ctx, d, "x"), family):
            return True
    return False


def build_rows(gsr: Path = GSR) -> list[Row]:
    rows: list[Row] = []
    for family, name in FILES.items():
        with open(gsr / name, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["label"] == "ambiguous":
                    continue
                ctx = build_context(r["text"])
                raw = detect(ctx, keep_rejected=True, rerank=False)
                gs = rerank.groups(raw)
                row = Row(
                    id=r["id"],
                    family=family,
                    y=int(r["label"] == "yes"),
                    feats=[rerank.group_features(ctx, g, window=WINDOW) for g in gs],
                    gfam=[g.family for g in gs],
                    accepted=[bool(g.accepted) for g in gs],
                )
                for keep in itertools.product((False, True), repeat=len(gs)):
                    ms = [copy.copy(m) for m in raw]
                    index = {id(o): c for o, c in zip(raw, ms, strict=True)}
                    for g, k in zip(gs, keep, strict=True):
                        if g.accepted and not k:
                            for m in g.accepted:
                                index[id(m)].rejected = "rerank"
                        elif not g.accepted and k:
                            index[id(g.lead())].rejected = None
                    row.table[keep] = _hit(ctx, ms, family)
                rows.append(row)
    return rows


def _fold_of(ids: list[str], strata: list[str], k: int, seed: int) -> np.ndarray:
    """Stratified fold numbers, deterministic (hash order within each stratum, then round robin)."""
    folds = np.zeros(len(ids), dtype=int)
    for s in sorted(set(strata)):
        idx = [i for i in range(len(ids)) if strata[i] == s]
        idx.sort(key=lambda i: hashlib.md5(f"{seed}:{ids[i]}".encode()).hexdigest())
        for j, i in enumerate(idx):
            folds[i] = j % k
    return folds


def _train_set(rows: list[Row], idx: list[int]) -> tuple[list[dict[str, float]], list[int]]:
    """Every labelled group (accepted or rejected by the rules: the rule decision is a feature)."""
    X: list[dict[str, float]] = []
    y: list[int] = []
    for i in idx:
        r = rows[i]
        for g in r.labelled:
            X.append(r.feats[g])
            y.append(r.y)
    return X, y


def fit(rows: list[Row], idx: list[int], C: float) -> tuple[dict[str, float], float]:
    """Weights (feature -> weight) and bias of a model trained on rows[idx]."""
    X, y = _train_set(rows, idx)
    df: dict[str, int] = {}
    for x in X:
        for k in x:
            df[k] = df.get(k, 0) + 1
    keep = {k for k, n in df.items() if n >= MIN_DF}
    X = [{k: v for k, v in x.items() if k in keep} for x in X]
    vec = DictVectorizer(sort=True)
    M = vec.fit_transform(X)
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, solver="lbfgs", random_state=SEED)
    clf.fit(M, y)
    w = {name: float(c) for name, c in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True) if abs(c) > 1e-6}
    return w, float(clf.intercept_[0])


def _prob(w: dict[str, float], b: float, x: dict[str, float]) -> float:
    z = b + sum(w.get(k, 0.0) * v for k, v in x.items())
    return float(1.0 / (1.0 + np.exp(-z)))


def _decide(r: Row, probs: list[float], policy: dict[str, tuple[str, float]]) -> bool:
    """The family hit of a row when each group follows its family's policy: ("off", _) = the rules'
    decision, ("drop", t) = an accepted group stays when p >= t, ("rescue", t) = any group is kept when p >= t."""
    keep = []
    for p, f, a in zip(probs, r.gfam, r.accepted, strict=True):
        mode, t = policy.get(f, ("off", 0.0))
        keep.append(a if mode == "off" else (a and p >= t) if mode == "drop" else p >= t)
    return r.table[tuple(keep)]


def _f1(rows: list[Row], hits: list[bool], family: str) -> dict[str, float]:
    tp = sum(1 for r, h in zip(rows, hits, strict=True) if r.family == family and h and r.y)
    fp = sum(1 for r, h in zip(rows, hits, strict=True) if r.family == family and h and not r.y)
    fn = sum(1 for r, h in zip(rows, hits, strict=True) if r.family == family and not h and r.y)
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {"P": p, "R": rc, "F1": 2 * p * rc / (p + rc) if p + rc else 0.0, "tp": tp, "fp": fp, "fn": fn}


def _oof_probs(rows: list[Row], idx: list[int], C: float, k: int, seed: int) -> dict[int, list[float]]:
    sub = [rows[i] for i in idx]
    folds = _fold_of([r.id for r in sub], [f"{r.family}{r.y}" for r in sub], k, seed)
    out: dict[int, list[float]] = {}
    for f in range(k):
        tr = [idx[j] for j in range(len(idx)) if folds[j] != f]
        w, b = fit(rows, tr, C)
        for j in range(len(idx)):
            if folds[j] == f:
                out[idx[j]] = [_prob(w, b, x) for x in rows[idx[j]].feats]
    return out


def _best_policy(rows: list[Row], probs: dict[int, list[float]]) -> tuple[dict[str, tuple[str, float]], float]:
    """Per family: off (rules only), drop or rescue, and the threshold, maximising the pipeline F1 of that
    family on the given rows; also the mean of the two F1."""
    policy: dict[str, tuple[str, float]] = {}
    score = 0.0
    for family, gf in FAMILY_GROUP.items():
        idx = [i for i in probs if rows[i].family == family]
        sub = [rows[i] for i in idx]
        options = [("off", 0.0)] + [(m, t) for m in ("drop", "rescue") for t in THRESHOLDS]
        best = (-1.0, ("off", 0.0))
        for opt in options:
            hits = [_decide(rows[i], probs[i], {gf: opt}) for i in idx]
            f1 = _f1(sub, hits, family)["F1"]
            # a setting must beat the previous best clearly; ties keep the simpler / less tuned one
            if f1 > best[0] + 0.005:
                best = (f1, opt)
        policy[gf] = best[1]
        score += best[0] / 2
    return policy, score


def select(rows: list[Row], idx: list[int], seed: int) -> tuple[float, dict[str, tuple[str, float]]]:
    """C and the per-family policy chosen by K-fold CV inside rows[idx] only."""
    best: tuple[float, float, dict[str, tuple[str, float]]] = (-1.0, C_GRID[0], {})
    for C in C_GRID:
        probs = _oof_probs(rows, idx, C, K, seed)
        policy, s = _best_policy(rows, probs)
        if s > best[0] + 1e-9:
            best = (s, C, policy)
    return best[1], best[2]


def cross_validate(rows: list[Row], seeds: tuple[int, ...] = (SEED,)) -> dict[str, dict[str, float]]:
    """Outer K-fold: for each fold, C and thresholds chosen by inner CV on the other folds, the model fitted
    on the other folds, the fold scored through the pipeline table. Pooled over folds; averaged over seeds."""
    agg: dict[str, list[dict[str, float]]] = {"ASSAULT": [], "PROTEST": []}
    for seed in seeds:
        folds = _fold_of([r.id for r in rows], [f"{r.family}{r.y}" for r in rows], K, seed)
        hits = [False] * len(rows)
        for f in range(K):
            tr = [i for i in range(len(rows)) if folds[i] != f]
            C, policy = select(rows, tr, seed + 1)
            w, b = fit(rows, tr, C)
            for i in range(len(rows)):
                if folds[i] == f:
                    r = rows[i]
                    hits[i] = _decide(r, [_prob(w, b, x) for x in r.feats], policy)
            print(f"  seed {seed} fold {f}: C={C} policy={policy}", file=sys.stderr)
        for fam in agg:
            agg[fam].append(_f1(rows, hits, fam))
    out = {}
    for fam, ms in agg.items():
        out[fam] = {k: float(np.mean([m[k] for m in ms])) for k in ms[0]}
        out[fam]["F1_min"] = min(m["F1"] for m in ms)
        out[fam]["F1_max"] = max(m["F1"] for m in ms)
    return out


def rules_only(rows: list[Row]) -> dict[str, dict[str, float]]:
    hits = [r.rules_hit() for r in rows]
    return {fam: _f1(rows, hits, fam) for fam in FILES}


def train_final(rows: list[Row]) -> dict:
    idx = list(range(len(rows)))
    C, policy = select(rows, idx, SEED)
    w, b = fit(rows, idx, C)
    return {
        "about": "Report-vs-mention re-ranker of event detection (issue 6); trained by "
        "scripts/train_event_reranker.py on gsr-dev; applied by marsad.events.rerank.",
        "enabled": ENABLED,
        "C": C,
        "min_df": MIN_DF,
        "window": WINDOW,
        "lexical": True,
        "bias": round(b, 6),
        "threshold": {f: float(t) for f, (m, t) in sorted(policy.items()) if m != "off"},
        "rescue": {f: float(t) for f, (m, t) in sorted(policy.items()) if m == "rescue"},
        "weights": {k: round(v, 6) for k, v in sorted(w.items())},
    }


def policy_of(model: dict) -> dict[str, tuple[str, float]]:
    return {f: ("rescue" if f in model["rescue"] else "drop", t) for f, t in model["threshold"].items()}


def full_fit_figures(rows: list[Row], model: dict) -> dict[str, dict[str, float]]:
    w, b = model["weights"], model["bias"]
    hits = [_decide(r, [_prob(w, b, x) for x in r.feats], policy_of(model)) for r in rows]
    return {fam: _f1(rows, hits, fam) for fam in FILES}


def _fmt(m: dict[str, float]) -> str:
    s = f"P={m['P']:.3f} R={m['R']:.3f} F1={m['F1']:.3f} (tp={m['tp']:.1f} fp={m['fp']:.1f} fn={m['fn']:.1f})"
    if "F1_min" in m:
        s += f" F1 range over seeds {m['F1_min']:.3f}-{m['F1_max']:.3f}"
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", action="store_true", help="report K-fold CV figures (nested choice of C/threshold)")
    ap.add_argument("--seeds", type=int, default=3, help="CV repetitions with different fold seeds")
    ap.add_argument("--check", action="store_true", help="do not write; compare with the shipped file")
    args = ap.parse_args(argv)
    if not GSR.is_dir():
        print(f"gsr-dev not found at {GSR}", file=sys.stderr)
        return 2
    rows = build_rows()
    for fam, m in rules_only(rows).items():
        print(f"rules only      {fam}: {_fmt(m)}")
    if args.cv:
        seeds = tuple(SEED + 100 * s for s in range(args.seeds))
        for fam, m in cross_validate(rows, seeds).items():
            print(f"CV rules+rerank {fam}: {_fmt(m)}")
    model = train_final(rows)
    for fam, m in full_fit_figures(rows, model).items():
        print(f"full fit (optimistic) {fam}: {_fmt(m)}")
    print(f"final: C={model['C']} policy={policy_of(model)} features={len(model['weights'])}")
    text = json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("shipped model reproduced" if same else "shipped model differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
