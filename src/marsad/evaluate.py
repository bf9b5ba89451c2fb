"""Scoring of `marsad extract` output against gold files (../shared/contract/README.md).

Per page: documents are matched (by title, else in order within a role); within
matched documents, events are matched one to one, greedily by the number of
agreeing fields among event type, location country+admin1, date.start,
fatalities.best and actor1 name; a pair must agree on the event type and on at
least one other field the gold asserts (a gold event that asserts no other such
field matches on its type). Optional gold items count for neither side when
matched and are no miss when unmatched. Any gold scalar may be a list of
alternatives. A gold document without a ``quotes`` key does not annotate quotes:
its document's quotes are not scored (``"quotes": []`` asserts there are none). Counts are summed over all pairs given, then turned into ratios.
"""

from __future__ import annotations

import difflib
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import normalize_text

EVENT_MATCH_FIELDS = ("location", "date.start", "fatalities.best", "actor1.name")
EVENT_FIELDS = (
    "acled.sub_event_type",
    "plover.event_type",
    "date.start",
    "date.text",
    "location.country",
    "location.admin1",
    "location.name",
    "actor1.name",
    "actor2.name",
    "fatalities.best",
    "fatalities.civilians",
    "fatalities.children",
    "fatalities.approximate",
    "injured.best",
    "sources",
)
KM_AGREE = 25.0


# -- small helpers ------------------------------------------------------------------------------------------
def _alts(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(normalize_text(value).strip().strip('"').casefold().split())
    return value


def _agree(gold: Any, out: Any) -> bool:
    """Does ``out`` equal one of the gold alternatives (strings compared normalised)?"""
    if isinstance(out, list):
        return any(_agree(gold, o) for o in out)
    no = _norm(out)
    return any(_norm(g) == no for g in _alts(gold))


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def _has(obj: Any, path: str) -> bool:
    parts = path.split(".")
    for part in parts[:-1]:
        if not isinstance(obj, dict) or part not in obj:
            return False
        obj = obj[part]
    return isinstance(obj, dict) and parts[-1] in obj


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _text_overlap(gold: str, out: str) -> float:
    """Share of the gold's characters covered by matching blocks of the output (normalised)."""
    g, o = _norm(gold) or "", _norm(out) or ""
    if not g:
        return 0.0
    sm = difflib.SequenceMatcher(None, g, o, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(g)


# -- field agreement -----------------------------------------------------------------------------------------
def _event_type_agrees(g: dict, o: dict) -> bool:
    if _get(g, "acled.event_type") is not None:
        return _get(o, "acled.event_type") is not None and _agree(_get(g, "acled.event_type"), _get(o, "acled.event_type"))
    if _get(g, "plover.event_type") is not None:
        return _get(o, "plover.event_type") is not None and _agree(_get(g, "plover.event_type"), _get(o, "plover.event_type"))
    return False


def _location_name_agrees(g: dict, o: dict) -> bool:
    gl, ol = g.get("location") or {}, o.get("location") or {}
    if not ol:
        return False
    if gl.get("lat") is not None and gl.get("lon") is not None and ol.get("lat") is not None and ol.get("lon") is not None:
        if _km(float(gl["lat"]), float(gl["lon"]), float(ol["lat"]), float(ol["lon"])) <= KM_AGREE:
            return True
    if gl.get("geonames_id") is not None and ol.get("geonames_id") is not None:
        if _agree(gl["geonames_id"], ol["geonames_id"]):
            return True
    if gl.get("name") is not None:
        return _agree(gl["name"], ol.get("name")) or _agree(gl["name"], ol.get("text"))
    return False


def field_agrees(path: str, g: dict, o: dict) -> bool:
    """Whether output event ``o`` agrees with gold event ``g`` on the asserted field ``path``."""
    if path == "location":
        ok = True
        for sub in ("country", "admin1"):
            if _has(g, f"location.{sub}"):
                ok = ok and _agree(_get(g, f"location.{sub}"), _get(o, f"location.{sub}"))
        return ok
    if path == "location.name":
        return _location_name_agrees(g, o)
    if path == "sources":
        names = [s.get("name") for s in (o.get("sources") or []) if isinstance(s, dict)]
        names += [s.get("text") for s in (o.get("sources") or []) if isinstance(s, dict)]
        return any(_agree(gs.get("name"), n) for gs in (g.get("sources") or []) for n in names if n)
    if path == "date.text":
        out = _get(o, "date.text")
        if not isinstance(out, str):
            return False
        return any(isinstance(t, str) and (_norm(t) in _norm(out) or _norm(out) in _norm(t)) for t in _alts(_get(g, path)))
    if path in ("actor1.name", "actor2.name"):
        side = path.split(".")[0]
        out_actor = o.get(side) or {}
        return _agree(_get(g, path), out_actor.get("name")) or _agree(_get(g, path), out_actor.get("text"))
    return _agree(_get(g, path), _get(o, path))


def _asserted(g: dict, path: str) -> bool:
    if path == "location":
        return _has(g, "location.country") or _has(g, "location.admin1")
    if path == "location.name":
        gl = g.get("location") or {}
        return any(k in gl for k in ("name", "lat", "geonames_id"))
    if path == "sources":
        return bool(g.get("sources"))
    return _has(g, path)


# -- result bookkeeping --------------------------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Result:
    documents: Counts = field(default_factory=Counts)
    events: Counts = field(default_factory=Counts)
    quotes: Counts = field(default_factory=Counts)
    doc_fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    event_fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    quote_fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    pages: int = 0

    def tally(self, table: dict[str, list[int]], name: str, ok: bool) -> None:
        table[name][0] += int(ok)
        table[name][1] += 1

    def as_dict(self) -> dict[str, Any]:
        def acc(t: dict[str, list[int]]) -> dict[str, dict[str, float | int]]:
            return {k: {"accuracy": round(c / n, 4) if n else 0.0, "correct": c, "total": n} for k, (c, n) in sorted(t.items())}

        return {
            "pages": self.pages,
            "documents": self.documents.prf(),
            "document_fields": acc(self.doc_fields),
            "events": self.events.prf(),
            "event_fields": acc(self.event_fields),
            "quotes": self.quotes.prf(),
            "quote_fields": acc(self.quote_fields),
        }


# -- matching ------------------------------------------------------------------------------------------------
def _match_documents(out_docs: list[dict], gold_docs: list[dict]) -> list[tuple[int, int]]:
    pairs: list[tuple[float, int, int]] = []
    for gi, gd in enumerate(gold_docs):
        gt = gd.get("title")
        for oi, od in enumerate(out_docs):
            if gt:
                ot = od.get("title") or ""
                sim = difflib.SequenceMatcher(None, _norm(gt), _norm(ot)).ratio() if ot else 0.0
                if sim >= 0.8:
                    pairs.append((sim + (0.01 if gd.get("role", "article") == od.get("role") else 0), gi, oi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_o: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, gi, oi in pairs:
        if gi not in used_g and oi not in used_o:
            used_g.add(gi)
            used_o.add(oi)
            matched.append((gi, oi))
    # gold documents without a title: in order among the unmatched documents of the same role
    for gi, gd in enumerate(gold_docs):
        if gi in used_g or gd.get("title"):
            continue
        for oi, od in enumerate(out_docs):
            if oi not in used_o and od.get("role", "article") == gd.get("role", "article"):
                used_g.add(gi)
                used_o.add(oi)
                matched.append((gi, oi))
                break
    return sorted(matched)


def match_events(out_events: list[dict], gold_events: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy matching (gold index, output index) by the number of agreeing fields."""
    cands: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold_events):
        asserted = [f for f in EVENT_MATCH_FIELDS if _asserted(g, f)]
        for oi, o in enumerate(out_events):
            if not _event_type_agrees(g, o):
                continue
            agree = sum(1 for f in asserted if field_agrees(f, g, o))
            if asserted and agree == 0:
                continue
            cands.append((agree, 0 if g.get("optional") else 1, gi, oi))
    cands.sort(key=lambda t: (-t[0], -t[1], t[2], t[3]))
    used_g: set[int] = set()
    used_o: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, _, gi, oi in cands:
        if gi not in used_g and oi not in used_o:
            used_g.add(gi)
            used_o.add(oi)
            out.append((gi, oi))
    return out


def _quote_agrees(g: dict, o: dict) -> bool:
    gs = (g.get("speaker") or {}).get("name")
    osp = o.get("speaker") or {}
    if gs is not None and not (_agree(gs, osp.get("name")) or _agree(gs, osp.get("text"))):
        return False
    return _text_overlap(g.get("quote", ""), o.get("quote", "")) >= 0.5


def _score_quotes(res: Result, out_q: list[dict], gold_q: list[dict]) -> None:
    cands = [(_text_overlap(g.get("quote", ""), o.get("quote", "")), gi, oi)
             for gi, g in enumerate(gold_q) for oi, o in enumerate(out_q) if _quote_agrees(g, o)]
    cands.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_o: set[int] = set()
    for _, gi, oi in cands:
        if gi in used_g or oi in used_o:
            continue
        used_g.add(gi)
        used_o.add(oi)
        g, o = gold_q[gi], out_q[oi]
        if g.get("optional"):
            continue
        res.quotes.tp += 1
        for key in ("direct", "medium"):
            if key in g:
                res.tally(res.quote_fields, key, _agree(g[key], o.get(key)) if g[key] is not None else o.get(key) is None)
        if "role" in (g.get("speaker") or {}):
            gr, orl = g["speaker"]["role"], (o.get("speaker") or {}).get("role")
            res.tally(res.quote_fields, "speaker.role", isinstance(orl, str) and _text_overlap(gr, orl) >= 0.8
                      if isinstance(gr, str) else _agree(gr, orl))
    res.quotes.fp += len(out_q) - len(used_o)
    res.quotes.fn += sum(1 for gi, g in enumerate(gold_q) if gi not in used_g and not g.get("optional"))


def _score_events(res: Result, out_ev: list[dict], gold_ev: list[dict]) -> None:
    pairs = match_events(out_ev, gold_ev)
    matched_o = {oi for _, oi in pairs}
    matched_g = {gi for gi, _ in pairs}
    for gi, oi in pairs:
        g, o = gold_ev[gi], out_ev[oi]
        if g.get("optional"):
            continue
        res.events.tp += 1
        for f in EVENT_FIELDS:
            if f == "plover.event_type" and _get(g, "acled.event_type") is None:
                continue  # the type itself decided the match
            if _asserted(g, f):
                res.tally(res.event_fields, f, field_agrees(f, g, o))
    res.events.fp += len(out_ev) - len(matched_o)
    res.events.fn += sum(1 for gi, g in enumerate(gold_ev) if gi not in matched_g and not g.get("optional"))


def _captions_key(caps: Any) -> set[tuple[str, str]]:
    return {(_norm(c.get("text", "")), _norm(c.get("credit") or "")) for c in caps or [] if isinstance(c, dict)}


def _byline_agrees(g: Any, o: Any) -> bool:
    if g is None or o is None:
        return g is None and o is None
    return _agree(g.get("author"), o.get("author")) and _agree(g.get("place"), o.get("place"))


def score_page(res: Result, output: dict, gold: dict) -> None:
    """Add one page's scores to ``res``."""
    res.pages += 1
    out_docs = list(output.get("documents") or [])
    gold_docs = list(gold.get("documents") or [])
    pairs = _match_documents(out_docs, gold_docs)
    res.documents.tp += len(pairs)
    res.documents.fp += len(out_docs) - len(pairs)
    res.documents.fn += len(gold_docs) - len(pairs)
    matched_g = {gi for gi, _ in pairs}
    matched_o = {oi for _, oi in pairs}
    for gi, oi in pairs:
        gd, od = gold_docs[gi], out_docs[oi]
        res.tally(res.doc_fields, "role", gd.get("role", "article") == od.get("role", "article"))
        if "section" in gd:
            res.tally(res.doc_fields, "section", _agree(gd["section"], od.get("section")) if gd["section"] is not None
                      else od.get("section") is None)
        if "byline" in gd:
            res.tally(res.doc_fields, "byline", _byline_agrees(gd["byline"], od.get("byline")))
        if "captions" in gd:
            res.tally(res.doc_fields, "captions", _captions_key(gd["captions"]) == _captions_key(od.get("captions")))
        _score_events(res, list(od.get("events") or []), list(gd.get("events") or []))
        if "quotes" in gd:  # a gold document without a "quotes" key does not annotate quotes
            _score_quotes(res, list(od.get("quotes") or []), list(gd.get("quotes") or []))
    for gi, gd in enumerate(gold_docs):
        if gi not in matched_g:
            _score_events(res, [], list(gd.get("events") or []))
            if "quotes" in gd:
                _score_quotes(res, [], list(gd.get("quotes") or []))
    for oi, od in enumerate(out_docs):
        if oi not in matched_o:
            _score_events(res, list(od.get("events") or []), [])
            _score_quotes(res, list(od.get("quotes") or []), [])


# -- files ---------------------------------------------------------------------------------------------------
def load_outputs(path: str | Path) -> list[dict]:
    """Output pages from a file: one JSON object, a JSON list of them, or JSONL."""
    text = Path(path).read_text(encoding="utf-8")
    stripped = text.strip()
    if not stripped:
        return []
    try:
        data = json.loads(stripped)
        return data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        return [json.loads(line) for line in stripped.splitlines() if line.strip()]


def _source_key(source: str) -> str:
    s = str(source)
    if "#" in s:
        return s.rsplit("#", 1)[1]
    if ":" in s and not s.startswith(("/", ".")):
        return s.rsplit(":", 1)[1]
    return Path(s).name


def pick_output(outputs: Sequence[dict], gold: dict) -> dict:
    """The output page that a gold file describes (by source), or the only one."""
    if len(outputs) == 1:
        return outputs[0]
    want = _source_key(gold.get("source", ""))
    for o in outputs:
        if _source_key(o.get("source", "")) == want:
            return o
    return {"source": gold.get("source"), "documents": []}


def gold_to_output(gold: dict) -> dict:
    """A gold file made into output form (first alternative of every list): scores 1.00 against itself."""

    def first(v: Any) -> Any:
        if isinstance(v, list):
            return first(v[0]) if v and not isinstance(v[0], dict) else [first(x) for x in v]
        if isinstance(v, dict):
            return {k: first(x) for k, x in v.items()}
        return v

    docs = []
    for i, gd in enumerate(gold.get("documents") or [], 1):
        d = first(gd)
        d.setdefault("id", f"d{i}")
        for j, ev in enumerate(d.get("events") or [], 1):
            ev.setdefault("id", f"d{i}-e{j}")
        docs.append(d)
    return {"source": gold.get("source", ""), "documents": docs}


def evaluate(pairs: Iterable[tuple[Sequence[dict], dict]]) -> dict[str, Any]:
    """Score (output pages, gold) pairs and sum them."""
    res = Result()
    for outputs, gold in pairs:
        score_page(res, pick_output(list(outputs), gold), gold)
    return res.as_dict()


def format_table(result: dict[str, Any]) -> str:
    lines = [f"pages: {result['pages']}", "", f"{'':24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for key in ("documents", "events", "quotes"):
        r = result[key]
        lines.append(f"{key:24}{r['precision']:7.2f}{r['recall']:7.2f}{r['f1']:7.2f}{r['tp']:6}{r['fp']:6}{r['fn']:6}")
    for title, key in (("document fields", "document_fields"), ("event fields", "event_fields"),
                       ("quote fields", "quote_fields")):
        if result[key]:
            lines += ["", f"{title:32}{'accuracy':>9}{'n':>6}"]
            for name, r in result[key].items():
                lines.append(f"  {name:30}{r['accuracy']:9.2f}{r['total']:6}")
    return "\n".join(lines)
