"""A small CRF name tagger (PERS, ORG, LOC, MISC) trained on ANERcorp by ``scripts/train_ner.py``.

The model (``data/ner_crf.crfsuite``) is loaded lazily on first use. The same feature
function serves training and tagging, so both see identical features.  In the actor
pipeline it only complements the lexicon: PERS/ORG spans no lexicon entry covers, in
sentences that have a speech verb or a title (where unknown names turn up), get a
romanised canonical name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from marsad.actors.romanise import romanise

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENT = re.compile(r"[^.!?؟\n]+")


def word_features(tokens: list[str], i: int, names: frozenset[str], roles: frozenset[str]) -> list[str]:
    """CRF features of token ``i`` (tokens are already normalised)."""
    w = tokens[i]
    core = w[2:] if w.startswith("ال") and len(w) > 3 else w
    f = [
        "b",
        "w=" + w,
        "c=" + core,
        "p2=" + w[:2],
        "s2=" + w[-2:],
        "s3=" + w[-3:],
        "al=" + str(w.startswith("ال")),
        "len=" + str(min(len(w), 8)),
        "alpha=" + str(w.isalpha()),
        "p1=" + w[:1],
        "p3=" + w[:3],
        "s1=" + w[-1:],
    ]
    if len(w) > 3 and w[0] in "وبلف":
        f.append("np=" + w[1:])
        if w[1:] in names:
            f.append("given_np")
    if i > 0:
        f.append("bg=" + tokens[i - 1] + "|" + w)
    if w in names:
        f.append("given")
    if w in roles:
        f.append("role")
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(tokens):
            t = tokens[j]
            f.append(f"w{d}=" + t)
            if d in (-1, 1):
                f.append(f"s2{d}=" + t[-2:])
                if t in names:
                    f.append(f"given{d}")
                if t in roles:
                    f.append(f"role{d}")
        else:
            f.append(f"pad{d}")
    return f


def sentence_features(tokens: list[str], names: frozenset[str], roles: frozenset[str]) -> list[list[str]]:
    return [word_features(tokens, i, names, roles) for i in range(len(tokens))]


@lru_cache(maxsize=1)
def _resources() -> tuple[object, frozenset[str], frozenset[str]]:
    import json

    import pycrfsuite

    from marsad.actors.lexicon import lexicon

    tagger = pycrfsuite.Tagger()
    path = resources.files("marsad.data").joinpath("ner_crf.crfsuite")
    with resources.as_file(path) as p:
        tagger.open(str(p))
    roles = frozenset(w for r in lexicon().roles for w in r.split())
    # the same given-name list the model was trained with (not the extended list of the person finder)
    names = json.loads(resources.files("marsad.data").joinpath("ner_crf.names.json").read_text(encoding="utf-8"))
    return tagger, frozenset(names["given_names"]), roles


def tag_tokens(tokens: list[str]) -> list[str]:
    """BIO tags for already normalised tokens."""
    tagger, names, roles = _resources()
    return list(tagger.tag(sentence_features(tokens, names, roles)))  # type: ignore[attr-defined]


def spans(norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, TYPE) entity spans in ``norm[start:end]`` (normalised offsets)."""
    end = len(norm) if end is None else end
    toks = [(m.start() + start, m.end() + start, m.group()) for m in _TOKEN.finditer(norm[start:end])]
    if not toks:
        return []
    tags = tag_tokens([t for _s, _e, t in toks])
    out: list[tuple[int, int, str]] = []
    cur: list[int] | None = None
    ctype = ""
    for (s, e, _t), tag in zip(toks, tags, strict=True):
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or tag[2:] != ctype)):
            if cur is not None:
                out.append((cur[0], cur[1], ctype))
            cur = [s, e]
            ctype = tag[2:]
        elif tag.startswith("I-") and cur is not None:
            cur[1] = e
        else:
            if cur is not None:
                out.append((cur[0], cur[1], ctype))
            cur = None
    if cur is not None:
        out.append((cur[0], cur[1], ctype))
    return out


def ner_candidates(norm: str, taken: list[tuple[int, int]], trigger_spans: list[tuple[int, int]] | None = None
                   ) -> list[tuple[int, int, str, str]]:
    """PERS/ORG names not overlapping ``taken``: (start, end, romanised name, kind).

    Only sentences that hold one of ``trigger_spans`` (speech verbs, titles) are tagged
    when that list is given; otherwise the whole text is.
    """
    out: list[tuple[int, int, str, str]] = []
    for m in _SENT.finditer(norm):
        s0, e0 = m.start(), m.end()
        if trigger_spans is not None and not any(s0 <= a < e0 for a, _b in trigger_spans):
            continue
        for s, e, typ in spans(norm, s0, e0):
            if typ not in ("PERS", "ORG") or any(s < b and a < e for a, b in taken):
                continue
            if e - s < 3:
                continue
            out.append((s, e, romanise(norm[s:e]), "person" if typ == "PERS" else "org"))
    return out
