"""Trained re-ranker: does a candidate event sentence REPORT a specific happening, or only mention one?

The rules in `detect` find event words and read cues around them. For the violent family
(classes ``violence`` and ``territory``) and the protest family (``protest``), the candidates of
one sentence form a *group*; the re-ranker scores each group with a logistic model over sparse
features (the rule engine's own signals: which rule decision/rejection fired for each candidate,
trigger, form and tense, score components; sentence signals: casualty figure, time anchor, place,
actor, quote; light lexical features: clitic-stripped normalised words and word pairs around the
lead trigger and the opening words of the sentence).

A group the rules accepted is dropped (every candidate rejected as ``rerank``) when its
probability is under the family threshold. When the model file enables rescue, a group the rules
rejected whose probability reaches the rescue threshold gets its lead candidate back.

Weights are trained by ``scripts/train_event_reranker.py`` on gsr-dev and shipped as plain JSON
(``src/marsad/data/event_reranker.json``); run time is a dot product, no scikit-learn.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from marsad.arabic.tokens import Token, clitic_words

if TYPE_CHECKING:  # imported lazily at run time: detect imports this module
    from marsad.events.context import DocContext
    from marsad.events.detect import EventMention

FAMILY_OF_CLASS = {"violence": "V", "territory": "V", "protest": "P"}
FAMILIES = ("V", "P")
MODEL_FILE = "event_reranker.json"


@dataclass(frozen=True, slots=True)
class RerankModel:
    weights: dict[str, float]
    bias: float
    threshold: dict[str, float]  # family -> probability under which an accepted group is dropped (absent: rules only)
    rescue: dict[str, float]  # family -> probability from which a rejected group is kept (absent: no rescue)
    window: int  # words each side of the lead trigger for lexical features
    lexical: bool
    enabled: bool = True  # False: shipped for inspection, detect() does not apply it


@dataclass(slots=True)
class Group:
    """The candidates of one family in one sentence."""

    family: str
    sent: tuple[int, int]
    sent_index: int
    mentions: list[EventMention]

    @property
    def accepted(self) -> list[EventMention]:
        return [m for m in self.mentions if m.rejected is None]

    def lead(self) -> EventMention:
        acc = self.accepted
        pool = acc or [m for m in self.mentions if m.rejected == "weak"] or self.mentions
        return max(pool, key=lambda m: (m.score, m.pos == "verb" and m.tense == "past", -m.token_i))


def model_from_json(d: dict) -> RerankModel:
    return RerankModel(
        weights={str(k): float(v) for k, v in d["weights"].items()},
        bias=float(d["bias"]),
        threshold={str(k): float(v) for k, v in d["threshold"].items()},
        rescue={str(k): float(v) for k, v in d.get("rescue", {}).items()},
        window=int(d.get("window", 4)),
        lexical=bool(d.get("lexical", True)),
        enabled=bool(d.get("enabled", True)),
    )


@lru_cache(maxsize=1)
def load_model() -> RerankModel | None:
    """The shipped model, or None when the data file is absent."""
    res = files("marsad.data").joinpath(MODEL_FILE)
    if not res.is_file():
        return None
    return model_from_json(json.loads(res.read_text(encoding="utf-8")))


def groups(mentions: Iterable[EventMention]) -> list[Group]:
    """Violent and protest candidates grouped by sentence and family, in text order."""
    by: dict[tuple[int, str], Group] = {}
    for m in mentions:
        fam = FAMILY_OF_CLASS.get(m.cls)
        if fam is None or m.rejected == "rerank":
            continue
        g = by.get((m.sent_index, fam))
        if g is None:
            g = by[(m.sent_index, fam)] = Group(fam, m.sent, m.sent_index, [])
        g.mentions.append(m)
    return [by[k] for k in sorted(by)]


def _word(t: Token) -> str:
    w = clitic_words(t.norm, True)
    return w[-1] if w else t.norm


def _is_word(t: Token) -> bool:
    return any("\u0621" <= c <= "\u064a" for c in t.norm[:2])


def _bucket(x: int, edges: Sequence[int]) -> str:
    for e in edges:
        if x <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def group_features(ctx: DocContext, g: Group, *, window: int = 4, lexical: bool = True) -> dict[str, float]:
    """Sparse features of one group: names -> values (mostly 1.0). Each name is emitted once plainly and
    once prefixed with the family (``V|`` / ``P|``), so the two families share what they can."""
    from marsad.events.arguments import find_tolls

    f: dict[str, float] = {}

    def add(name: str, v: float = 1.0) -> None:
        f[name] = f.get(name, 0.0) + v
        k = g.family + "|" + name
        f[k] = f.get(k, 0.0) + v

    f["fam:" + g.family] = 1.0
    s0, s1 = g.sent
    starts = ctx.token_starts or [t.start for t in ctx.tokens]
    from bisect import bisect_left

    a, b = bisect_left(starts, s0), bisect_left(starts, s1)
    toks = ctx.tokens[a:b]
    lead = g.lead()
    acc = g.accepted
    add("any_accepted" if acc else "none_accepted")
    add("n_cand:" + _bucket(len(g.mentions), (1, 2, 3)))
    for m in g.mentions:
        add("rej:" + (m.rejected or "ok"))
        add("trig:" + m.trigger.id)
        add("form:" + m.pos + ":" + (m.tense or "-"))
        if m.trigger.generic:
            add("generic")
    add("lead_rej:" + (lead.rejected or "ok"))
    add("lead_trig:" + lead.trigger.id)
    add("lead_form:" + lead.pos + ":" + (lead.tense or "-"))
    add("lead_score", lead.score)
    for r in lead.reasons:
        add("reason:" + r)
    li = lead.token_i
    add("lead_pos:" + _bucket(li, (0, 2, 5, 10)))
    add("sent_len:" + _bucket(len(toks), (10, 20, 35, 60)))
    # sentence signals, read from the other stages (independent of the rule score)
    killed, injured = find_tolls(ctx, g.sent)
    if killed is not None and killed.best != 0:  # («دون وقوع إصابات»: no one hurt is no casualty figure)
        add("killed")
    if injured is not None:
        add("injured")
    if any(s0 <= d.start < s1 and d.precision == 1 for d in ctx.dates):
        add("day_date")
    if any(s0 <= d.start < s1 for d in ctx.dates):
        add("any_date")
    if any(s0 <= p.start < s1 for p in ctx.places):
        add("place")
    if any(s0 <= x.start < s1 for x in ctx.actors):
        add("actor")
    if any(s0 <= x.start < s1 for x in ctx.sources):
        add("source")
    if any(q.start <= lead.start < q.end for q in ctx.quotes if hasattr(q, "start")):
        add("in_quote")
    if not lexical:
        return f
    words = [(_word(t) if _is_word(t) else ("#" if t.norm[:1].isdigit() else "")) for t in toks]
    lo, hi = max(0, li - window), min(len(words), li + window + 1)
    prev = ""
    for k in range(lo, hi):
        w = words[k]
        if k == li or not w:
            prev = ""
            continue
        side = "L" if k < li else "R"
        add(f"w{side}:{w}")
        if prev:
            add(f"bi:{prev}_{w}")
        prev = w
    opening = [w for w in words[:3] if w]
    if opening:
        add("open:" + opening[0])
    if len(opening) > 1:
        add("open2:" + opening[0] + "_" + opening[1])
    return f


def probability(model: RerankModel, feats: dict[str, float]) -> float:
    z = model.bias + sum(model.weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


def apply(ctx: DocContext, mentions: list[EventMention], model: RerankModel | None = None) -> None:
    """Re-rank violent and protest candidates in place (sets ``rejected``), after the rules."""
    model = model or load_model()
    if model is None or not model.enabled:
        return
    for g in groups(mentions):
        if g.family not in model.threshold:
            continue  # the rules alone decide this family (CV did not favour the model for it)
        p = probability(model, group_features(ctx, g, window=model.window, lexical=model.lexical))
        if g.accepted:
            if p < model.threshold[g.family]:
                for m in g.accepted:
                    m.rejected = "rerank"
                    m.reasons.append(f"rerank:{p:.2f}")
            else:
                for m in g.accepted:
                    m.reasons.append(f"rerank:{p:.2f}")
        elif g.family in model.rescue and p >= model.rescue[g.family]:
            lead = g.lead()
            lead.reasons.append(f"rescued:{lead.rejected}:{p:.2f}")
            lead.rejected = None
