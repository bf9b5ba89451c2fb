"""Cross-article de-duplication of events and related-article detection.

Pure functions over records: nothing here touches the store or the network.

* ``event_features(event, document)`` reduces an extracted event (and the
  document it came from) to the few comparable facts de-duplication weighs.
* ``compare(a, b)`` decides whether two events are the same happening and
  says why (a ``MatchDecision`` whose ``rule`` the store records).
  Candidate pairs come from blocking (``same_block``: event type, a date
  window, country and admin1); the decision weighs place distance, actors,
  fatalities, the date and the text similarity of the evidence (MinHash).
* ``cluster(features)`` groups events greedily in order, the way the store
  does incrementally (an event joins the best-scoring existing cluster).
* ``fatality_range(tolls)``: low = smallest, high = largest, best = the most
  conservative credible figure (ACLED: the lowest reported best estimate).
* ``doc_minhash`` / ``lsh_buckets`` / ``related_pairs``: related articles.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from datasketch import MinHash

from marsad.arabic.normalize import normalize_text
from marsad.records import Document, Event, Toll

NUM_PERM = 128
LSH_BANDS = 32
LSH_ROWS = NUM_PERM // LSH_BANDS
DATE_WINDOW_DAYS = 2
MERGE_THRESHOLD = 3.5
RELATED_THRESHOLD = 0.25

_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669A-Za-z0-9]+")
# Proclitics peeled off for comparison: conjunction, preposition, article (in that order).
_PROCLITIC = re.compile(r"^(?:[وف])?(?:[بلك])?(?:ال|لل)(?=\w{3})|^[وف](?=\w{4})")


# --------------------------------------------------------------------------- shingles, MinHash

def tokens(text: str) -> list[str]:
    """Normalised word tokens with proclitics (و ف ب ل ك ال) peeled off."""
    out: list[str] = []
    for m in _WORD.finditer(normalize_text(text)):
        w = _PROCLITIC.sub("", m.group())
        if len(w) >= 2:
            out.append(w)
    return out


def shingles(text: str, n: int = 4) -> set[str]:
    """Character n-grams inside normalised, clitic-peeled words (word edges marked with ``_``).

    Sub-word shingles survive Arabic morphology (قتل / مقتل / قتلى share grams) better than whole
    words; on the annotated clusters they separate same-event pairs from near misses best.
    """
    out: set[str] = set()
    for w in tokens(text):
        w = f"_{w}_"
        out.update(w[k : k + n] for k in range(max(1, len(w) - n + 1)))
    return out


def word_shingles(text: str) -> set[str]:
    """Word unigrams (three letters or more) and bigrams: the cheaper shingles for whole documents."""
    toks = tokens(text)
    out = {t for t in toks if len(t) >= 3}
    out.update(f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False))
    return out


def _hash32(b: bytes) -> int:
    return zlib.crc32(b)


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    return MinHash(num_perm=num_perm, seed=7, hashfunc=_hash32, scheme="affine32").permutations


def minhash(items: Iterable[str], num_perm: int = NUM_PERM) -> MinHash:
    """A MinHash of the items (CRC-32 item hashes: stable across processes and fast)."""
    m = MinHash(num_perm=num_perm, seed=7, hashfunc=_hash32, permutations=_permutations(num_perm),
                scheme="affine32")
    m.update_batch([s.encode("utf-8") for s in items])
    return m


def signature(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def jaccard(a: bytes | None, b: bytes | None) -> float:
    """Estimated Jaccard similarity of two stored MinHash signatures (0 when either is missing)."""
    if not a or not b or len(a) != len(b):
        return 0.0
    va = np.frombuffer(a, dtype=np.uint64)
    vb = np.frombuffer(b, dtype=np.uint64)
    empty = np.iinfo(np.uint64).max  # datasketch's value for an empty set
    if (va == empty).all() or (vb == empty).all():
        return 0.0
    return float(np.count_nonzero(va == vb)) / len(va)


def shingle_hashes(items: Iterable[str]) -> bytes:
    """The shingle set as sorted unique CRC-32 values (a compact, exact-up-to-collisions set)."""
    vals = np.unique(np.fromiter((zlib.crc32(s.encode("utf-8")) for s in items), dtype=np.uint32))
    return vals.tobytes()


def set_jaccard(a: bytes | None, b: bytes | None) -> float:
    """Jaccard similarity of two ``shingle_hashes`` sets (0 when either is missing or empty)."""
    if not a or not b:
        return 0.0
    va = np.frombuffer(a, dtype=np.uint32)
    vb = np.frombuffer(b, dtype=np.uint32)
    inter = np.intersect1d(va, vb, assume_unique=True).size
    return inter / (va.size + vb.size - inter)


def doc_minhash(text: str) -> bytes | None:
    """Signature of a document's normalised text for related-article detection (None if too short)."""
    sh = word_shingles(text)
    if len(sh) < 20:
        return None
    return signature(minhash(sh))


def lsh_buckets(sig: bytes, bands: int = LSH_BANDS) -> list[tuple[int, int]]:
    """(band, bucket) pairs of a signature: documents sharing one are candidate relatives."""
    rows = len(sig) // 8 // bands
    out: list[tuple[int, int]] = []
    for b in range(bands):
        chunk = sig[b * rows * 8 : (b + 1) * rows * 8]
        bucket = struct.unpack("<q", hashlib.blake2b(chunk, digest_size=8).digest())[0]
        out.append((b, bucket))
    return out


def related_pairs(docs: Sequence[tuple[str, str]], threshold: float = RELATED_THRESHOLD
                  ) -> list[tuple[str, str, float]]:
    """Pairs (id_a, id_b, similarity) of documents about the same story, from (id, text) pairs."""
    sigs = [(i, doc_minhash(t)) for i, t in docs]
    buckets: dict[tuple[int, int], list[int]] = {}
    for k, (_, s) in enumerate(sigs):
        if s is not None:
            for key in lsh_buckets(s):
                buckets.setdefault(key, []).append(k)
    seen: set[tuple[int, int]] = set()
    out: list[tuple[str, str, float]] = []
    for members in buckets.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pair = (members[x], members[y])
                if pair in seen:
                    continue
                seen.add(pair)
                sim = jaccard(sigs[pair[0]][1], sigs[pair[1]][1])
                if sim >= threshold:
                    a, b = sorted((sigs[pair[0]][0], sigs[pair[1]][0]))
                    out.append((a, b, sim))
    return sorted(out)


# --------------------------------------------------------------------------- event features

@dataclass(frozen=True, slots=True)
class EventFeatures:
    """What de-duplication compares of one extracted event."""

    key: str
    event_type: str | None
    sub_event_type: str | None
    date: str | None
    country: str | None
    admin1: str | None
    location: str | None
    lat: float | None
    lon: float | None
    precision: int | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    document: str | None = None
    outlet: str | None = None
    sig: bytes | None = field(default=None, repr=False)  # shingle_hashes of the evidence text


def event_type_of(event: Event) -> str | None:
    if event.acled is not None:
        return event.acled.event_type
    if event.plover is not None:
        return "PLOVER:" + event.plover.event_type
    return None


def evidence_text(event: Event, text: str) -> str:
    parts = [text[s.start : s.end] for s in event.evidence if 0 <= s.start < s.end <= len(text)]
    return " ".join(parts) if parts else text[:400]


def event_features(event: Event, document: Document, key: str | None = None) -> EventFeatures:
    loc = event.location
    date_start = event.date.start if event.date and event.date.start else document.published
    return EventFeatures(
        key=key or f"{document.id}:{event.id}",
        event_type=event_type_of(event),
        sub_event_type=event.acled.sub_event_type if event.acled else None,
        date=date_start,
        country=loc.country if loc else None,
        admin1=loc.admin1 if loc else None,
        location=normalize_text(loc.name) if loc and loc.name else None,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        precision=loc.precision if loc else None,
        actor1=event.actor1.name if event.actor1 else None,
        actor2=event.actor2.name if event.actor2 else None,
        fatalities=event.fatalities.best if event.fatalities else None,
        document=document.id,
        outlet=document.outlet,
        sig=shingle_hashes(shingles(evidence_text(event, document.text))),
    )


# --------------------------------------------------------------------------- the decision

@dataclass(frozen=True, slots=True)
class MatchDecision:
    merge: bool
    score: float
    rule: str


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def same_block(a: EventFeatures, b: EventFeatures, window: int = DATE_WINDOW_DAYS) -> bool:
    """Blocking: the same event type, dates within the window, no conflicting country or admin1."""
    if a.event_type is None or a.event_type != b.event_type:
        return False
    d = _days(a.date, b.date)
    if d is not None and d > window:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    return True


# Weights of the evidence (log-odds-like points); tuned on tests/data/dedup_clusters.json.
WEIGHTS: dict[str, float] = {
    "place_same": 0.5,        # within 5 km (or the same place name): a city is one point
    "place_near": 0.5,        # within 25 km
    "place_far": -1.0,        # more than 25 km apart at province precision
    "place_names_differ": -1.5,
    "same_admin1": 0.25,
    "same_day": 0.5,
    "next_day": 0.25,
    "sub_same": 0.5,
    "sub_differ": -1.0,
    "actor1_same": 1.0,
    "actor1_differ": -1.0,
    "actor2_same": 0.5,
    "fat_same": 1.5,
    "fat_same_zero": 0.5,
    "fat_close": 0.5,
    "fat_far": -1.5,
    "text": 10.0,             # times the Jaccard similarity of the evidence shingles
}


def compare(a: EventFeatures, b: EventFeatures, threshold: float | None = None) -> MatchDecision:
    """Are ``a`` and ``b`` the same happening?  Additive evidence against ``MERGE_THRESHOLD``."""
    if not same_block(a, b):
        return MatchDecision(False, float("-inf"), "blocked")
    w = WEIGHTS
    score = 0.0
    why: list[str] = [f"block(type={a.event_type},date±{DATE_WINDOW_DAYS}d,country,admin1)"]

    # Place: the strongest separator of two events on the same day in the same province.
    if a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None:
        km = distance_km(a.lat, a.lon, b.lat, b.lon)
        fine = (a.precision or 3) <= 2 and (b.precision or 3) <= 2
        if km <= 5:
            score += w["place_same"]
            why.append(f"place<=5km({km:.0f})")
        elif km <= 25:
            score += w["place_near"]
            why.append(f"place<=25km({km:.0f})")
        elif fine:
            return MatchDecision(False, -10.0, f"different places ({km:.0f} km apart)")
        else:
            score += w["place_far"]
            why.append(f"place>25km({km:.0f})")
    elif a.location and b.location and (a.precision or 3) <= 2 and (b.precision or 3) <= 2:
        if a.location == b.location:
            score += w["place_same"]
            why.append("same place name")
        else:
            score += w["place_names_differ"]
            why.append("different place names")
    elif a.admin1 and b.admin1:
        score += w["same_admin1"]
        why.append("same admin1")

    d = _days(a.date, b.date)
    if d == 0:
        score += w["same_day"]
        why.append("same day")
    elif d == 1:
        score += w["next_day"]
        why.append("±1 day")

    if a.sub_event_type and b.sub_event_type:
        if a.sub_event_type == b.sub_event_type:
            score += w["sub_same"]
            why.append("same sub-type")
        else:
            score += w["sub_differ"]
            why.append("different sub-type")

    if a.actor1 and b.actor1:
        if a.actor1 == b.actor1:
            score += w["actor1_same"]
            why.append("same actor1")
        else:
            score += w["actor1_differ"]
            why.append("different actor1")
    if a.actor2 and b.actor2 and a.actor2 == b.actor2:
        score += w["actor2_same"]
        why.append("same actor2")

    fa, fb = a.fatalities, b.fatalities
    if fa is not None and fb is not None:
        lo, hi = min(fa, fb), max(fa, fb)
        if lo == hi:
            score += w["fat_same"] if hi > 0 else w["fat_same_zero"]
            why.append(f"same fatalities({hi})")
        elif hi <= 2 * lo + 3:
            score += w["fat_close"]
            why.append(f"close fatalities({lo}-{hi})")
        else:
            score += w["fat_far"]
            why.append(f"far fatalities({lo}-{hi})")

    sim = set_jaccard(a.sig, b.sig)
    score += w["text"] * sim
    why.append(f"text{sim:.2f}")

    limit = MERGE_THRESHOLD if threshold is None else threshold
    merge = score >= limit
    return MatchDecision(merge, round(score, 3), "+".join(why) + f" => {score:.2f}")


def best_match(new: EventFeatures, candidates: Iterable[tuple[str, EventFeatures]]
               ) -> tuple[str, MatchDecision] | None:
    """The best cluster for ``new`` among (cluster id, member) candidates, if any merges."""
    best: tuple[str, MatchDecision] | None = None
    for cid, member in candidates:
        if member.document is not None and member.document == new.document:
            continue  # the pipeline already merged within a document
        dec = compare(new, member)
        if dec.merge and (best is None or dec.score > best[1].score):
            best = (cid, dec)
    return best


def cluster(features: Sequence[EventFeatures]) -> list[list[int]]:
    """Greedy clustering in order (an event joins the cluster of its best merging predecessor)."""
    cid_of: list[int] = []
    clusters: list[list[int]] = []
    for i, f in enumerate(features):
        found = best_match(f, ((str(cid_of[j]), features[j]) for j in range(i)))
        if found is None:
            cid_of.append(len(clusters))
            clusters.append([i])
        else:
            c = int(found[0])
            cid_of.append(c)
            clusters[c].append(i)
    return clusters


# --------------------------------------------------------------------------- fatalities

def fatality_range(tolls: Iterable[Toll | None]) -> Toll | None:
    """Merge members' tolls: low = smallest, high = largest, best = lowest credible best."""
    lows: list[int] = []
    highs: list[int] = []
    bests: list[int] = []
    civ: list[int] = []
    approx = False
    for t in tolls:
        if t is None:
            continue
        vals = [v for v in (t.low, t.best, t.high) if v is not None]
        if not vals:
            continue
        lows.append(min(vals))
        highs.append(max(vals))
        if t.best is not None:
            bests.append(t.best)
        if t.civilians is not None:
            civ.append(t.civilians)
        approx = approx or t.approximate
    if not lows:
        return None
    return Toll(
        low=min(lows),
        best=min(bests) if bests else min(lows),
        high=max(highs),
        civilians=min(civ) if civ else None,
        approximate=approx,
    )
