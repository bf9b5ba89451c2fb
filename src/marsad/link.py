"""Cross-article de-duplication of events and related-article detection.

Pure functions over records: nothing here touches the store or the network.

* ``event_features(event, document)`` reduces an extracted event (and the
  document it came from) to the few comparable facts de-duplication weighs;
  its ``sig`` packs the text evidence (``pack_sig`` / ``sig_parts``).
* ``same_block(a, b)``: the candidate filter, the same event-type FAMILY
  (``family_of``: political violence, demonstrations, strategic
  developments) and dates within ±2 days.  Country and admin1 are not in
  the block: outlets' place resolution disagrees.
* ``pair_evidence(a, b)`` lists the evidence as features (text similarity,
  place agreement or conflict, day gap, type, actors, fatalities) and says
  when two events are certainly different (two towns >25 km apart in one
  province); ``compare(a, b)`` weighs it (``WEIGHTS``, log-odds-like points)
  against ``MERGE_THRESHOLD`` and says why (a ``MatchDecision`` whose
  ``rule`` the store records).
* ``best_match`` / ``cluster(features)`` group events greedily in order, the
  way the store does incrementally (an event joins the best-scoring cluster
  whose members it agrees with on average, or whose sub-group of its own
  sub-type it agrees with when the cluster is large and mixed, and none of
  which vetoes it; a country-level member is no bridge to another place).
* ``fatality_range(tolls)``: low = smallest, high = largest, best = the most
  conservative credible figure (ACLED: the lowest reported best estimate).
* ``doc_minhash`` / ``lsh_buckets`` / ``related_pairs``: related articles.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import math
import re
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from datasketch import MinHash

from marsad.arabic.normalize import normalize_text
from marsad.records import Document, Event, Toll

NUM_PERM = 128
LSH_BANDS = 32
LSH_ROWS = NUM_PERM // LSH_BANDS
DATE_WINDOW_DAYS = 2
MERGE_THRESHOLD = 0.0
RELATED_THRESHOLD = 0.25

_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669A-Za-z0-9]+")
# Proclitics peeled off for comparison: conjunction, preposition, article (in that order).
_PROCLITIC = re.compile(r"^(?:[وف])?(?:[بلك])?(?:ال|لل)(?=\w{3})|^[وف](?=\w{4})")


# --------------------------------------------------------------------------- shingles, MinHash

@functools.lru_cache(maxsize=262_144)
def _peeled(word: str) -> str:
    return _PROCLITIC.sub("", word)


def tokens(text: str) -> list[str]:
    """Normalised word tokens with proclitics (و ف ب ل ك ال) peeled off."""
    peel = _peeled
    return [w for w in map(peel, _WORD.findall(normalize_text(text))) if len(w) >= 2]


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


_hash32 = zlib.crc32  # item hash: CRC-32 (stable across processes; a C function, no Python frame)


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

# ACLED event types grouped into families: outlets disagree on the type inside a family (a
# suicide bombing told as an armed clash), rarely across families.
FAMILY: dict[str, str] = {
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic developments",
    "PLOVER:ASSAULT": "political violence",
    "PLOVER:COERCE": "political violence",
    "PLOVER:PROTEST": "demonstrations",
}
# Actor names that say nothing about who acted (shared by unrelated events).
GENERIC_ACTORS = frozenset({"Terrorists", "Civilians", "Unidentified Armed Group", "Gunmen", "Protesters", "Rioters"})


def family_of(event_type: str | None) -> str | None:
    """The event-type family de-duplication blocks on (``None`` when the type is unknown)."""
    if event_type is None:
        return None
    return FAMILY.get(event_type, event_type)


def family_types(event_type: str | None) -> list[str]:
    """Every event type of ``event_type``'s family (what a store's candidate query selects)."""
    fam = family_of(event_type)
    if fam is None:
        return []
    out = [t for t, f in FAMILY.items() if f == fam]
    if event_type not in out:
        out.append(event_type)  # type: ignore[arg-type]
    return out


@dataclass(frozen=True, slots=True)
class EventFeatures:
    """What de-duplication compares of one extracted event.

    ``sig`` is the packed text blob (``pack_sig``): the evidence's character shingles, the
    article lead's word shingles, the named entities near the event, the publication date and
    whether the date is the event's own.  A bare ``shingle_hashes`` blob (older stores, tests) is
    read as evidence shingles alone.
    """

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
    sig: bytes | None = field(default=None, repr=False)


def event_type_of(event: Event) -> str | None:
    if event.acled is not None:
        return event.acled.event_type
    if event.plover is not None:
        return "PLOVER:" + event.plover.event_type
    return None


def evidence_text(event: Event, text: str) -> str:
    parts = [text[s.start : s.end] for s in event.evidence if 0 <= s.start < s.end <= len(text)]
    return " ".join(parts) if parts else text[:400]


LEAD_CHARS = 300
MENTION_CHARS = 800  # the top of an article, where it names the happening's place


def lead_text(document: Document) -> str:
    """The article's title and first paragraph(s): what an outlet's rewrite of a wire story keeps."""
    return (document.title or "") + "\n" + document.text[:LEAD_CHARS]


@functools.lru_cache(maxsize=1)
def _idf_dict() -> tuple[dict[int, float], float]:
    """{CRC-32 word hash: idf} and the idf of a word missing from the table."""
    table, idf, unseen = _idf_table()
    return dict(zip(table.tolist(), idf.tolist(), strict=True)), unseen


def _wjaccard(a: frozenset[int], b: frozenset[int], sum_a: float, sum_b: float) -> float:
    if not a or not b:
        return 0.0
    inter = a & b
    if not inter:
        return 0.0
    idf, unseen = _idf_dict()
    wi = sum(idf.get(h, unseen) for h in inter)
    return wi / (sum_a + sum_b - wi)


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


@functools.lru_cache(maxsize=1)
def _idf_table() -> tuple[np.ndarray, np.ndarray, float]:
    """(sorted CRC-32 word hashes, their idf, the idf of a word missing from the table)."""
    path = Path(__file__).parent / "data" / "dedup_idf.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        first = fh.readline().rstrip("\n").split("\t")
        n = int(first[1])
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip()]
    hashes = np.array([zlib.crc32(w.encode("utf-8")) for w, _ in rows], dtype=np.uint32)
    idf = np.array([math.log((n + 1) / (int(c) + 1)) for _, c in rows], dtype=np.float64)
    order = np.argsort(hashes, kind="stable")
    return hashes[order], idf[order], math.log((n + 1) / 2.0)


def idf_of(hashes: np.ndarray) -> np.ndarray:
    """Inverse document frequencies of CRC-32 word hashes (rare words weigh more)."""
    table, idf, unseen = _idf_table()
    pos = np.searchsorted(table, hashes)
    pos[pos >= table.size] = 0
    hit = table[pos] == hashes
    return np.where(hit, idf[pos], unseen)


def idf_sum(words: bytes) -> float:
    return float(idf_of(np.frombuffer(words, dtype=np.uint32)).sum()) if words else 0.0


def weighted_jaccard(a: bytes, b: bytes, sum_a: float | None = None, sum_b: float | None = None) -> float:
    """Jaccard similarity of two word-hash sets with every word weighted by its idf (the sets'
    idf sums may be passed when known)."""
    if not a or not b:
        return 0.0
    inter = np.intersect1d(np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32),
                           assume_unique=True)
    if inter.size == 0:
        return 0.0
    wi = float(idf_of(inter).sum())
    sa = idf_sum(a) if sum_a is None else sum_a
    sb = idf_sum(b) if sum_b is None else sum_b
    return wi / (sa + sb - wi)


_SIG_MAGIC3 = b"MKF3"
_SIG_HEAD3 = struct.Struct("<4sIIIII10sB")
_SIG_MAGIC4 = b"MKF4"
_SIG_HEAD4 = struct.Struct("<4sIIIIIIII10sB")
_SIG_MAGIC = b"MKF5"  # MKF4 + the injured figure (-1: none)
_SIG_HEAD = struct.Struct("<4sIIIIIIII10sBi")


def pack_sig(evidence: Iterable[str], lead: Iterable[str] = (), entities: Iterable[str] = (),
             published: str | None = None, own_date: bool = True, in_lead: bool = False,
             words: Iterable[str] = (), title: Iterable[str] = (), lead_words: Iterable[str] = (),
             place: Iterable[str] = (), mentions: Iterable[str] = (), injured: int | None = None) -> bytes:
    """One blob holding the evidence shingles, the lead shingles, the entity names, the words,
    the headline words, the lead words, the words of the event's place as written and the words
    its document mentions near the top and in the evidence (CRC-32 sets), the publication date,
    whether the event's date is its own (not the publication date), whether the event is told
    in the article's lead, and the event's injured figure (the store keeps no column for it)."""
    arrs = [np.frombuffer(shingle_hashes(x), dtype=np.uint32)
            for x in (evidence, lead, entities, words, title, lead_words, place, mentions)]
    pub = (published or "")[:10].encode("ascii", "replace").ljust(10, b" ")
    inj = -1 if injured is None else max(0, min(int(injured), 2**31 - 1))
    head = _SIG_HEAD.pack(_SIG_MAGIC, *(x.size for x in arrs), pub, int(own_date) | (2 * int(in_lead)), inj)
    return head + b"".join(x.tobytes() for x in arrs)


@dataclass(frozen=True, slots=True)
class SigParts:
    """The parts of a packed ``sig``: the evidence shingles, the lead
    shingles, entity names, words, headline words, lead words, the place's words and the
    document's mentioned words as sets of CRC-32 values."""

    evidence: frozenset[int]
    lead: frozenset[int]
    entities: frozenset[int]
    published: str | None
    own_date: bool
    in_lead: bool = False
    words: frozenset[int] = frozenset()
    title: frozenset[int] = frozenset()
    words_idf: float = 0.0
    title_idf: float = 0.0
    lead_words: frozenset[int] = frozenset()
    lead_words_idf: float = 0.0
    place: frozenset[int] = frozenset()
    mentions: frozenset[int] = frozenset()
    injured: int | None = None


def _hset(b: bytes) -> frozenset[int]:
    return frozenset(np.frombuffer(b, dtype=np.uint32).tolist())


@functools.lru_cache(maxsize=4096)  # a block's worth: candidates come from a few days' window
def sig_parts(sig: bytes | None) -> SigParts:
    """Unpack ``pack_sig`` (a bare shingle set is evidence alone, with its date taken as its own;
    an ``MKF3`` blob of an older store has no lead words, place or mentions)."""
    if not sig:
        return SigParts(frozenset(), frozenset(), frozenset(), None, True, False)
    injured: int | None = None
    if sig.startswith(_SIG_MAGIC) and len(sig) >= _SIG_HEAD.size:
        *_, pub, own, inj = head = _SIG_HEAD.unpack_from(sig)
        counts, o = head[1:9], _SIG_HEAD.size
        injured = inj if inj >= 0 else None
    elif sig.startswith(_SIG_MAGIC4) and len(sig) >= _SIG_HEAD4.size:
        *_, pub, own = head = _SIG_HEAD4.unpack_from(sig)
        counts, o = head[1:9], _SIG_HEAD4.size
    elif sig.startswith(_SIG_MAGIC3) and len(sig) >= _SIG_HEAD3.size:
        *_, pub, own = head = _SIG_HEAD3.unpack_from(sig)
        counts, o = (*head[1:6], 0, 0, 0), _SIG_HEAD3.size
    else:
        return SigParts(_hset(sig), frozenset(), frozenset(), None, True, False)
    raw: list[bytes] = []
    for n in counts:
        raw.append(sig[o : o + 4 * n])
        o += 4 * n
    ev, ld, en, wd, ti, lw, pl, mn = raw
    p = pub.decode("ascii", "replace").strip() or None
    return SigParts(_hset(ev), _hset(ld), _hset(en), p, bool(own & 1), bool(own & 2), _hset(wd), _hset(ti),
                    idf_sum(wd), idf_sum(ti), _hset(lw), idf_sum(lw), _hset(pl), _hset(mn), injured)


def _overlaps(a: Sequence, b: Sequence) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


def event_entities(event: Event, document: Document) -> set[str]:
    """Normalised names of the places and (specific) actors of the event and of the document's
    other events whose evidence overlaps its evidence: who and where the sentences talk about."""
    out: set[str] = set()
    for ev in document.events:
        if ev is not event and not _overlaps(ev.evidence, event.evidence):
            continue
        loc = ev.location
        if loc is not None and loc.name and loc.precision <= 2:
            out.add("P:" + normalize_text(loc.name))
        for act in (ev.actor1, ev.actor2):
            if act is not None and act.name and act.name.split(" (", 1)[0] not in GENERIC_ACTORS:
                out.add("A:" + act.name)
    return out


@functools.lru_cache(maxsize=1)
def _place_frame_words() -> frozenset[str]:
    """Words that frame a place name without naming it («جنوب غربي القاهرة», «محافظة الفيوم», «قرب
    ...»): feature, direction, region and proximity words of the places lexicon."""
    lex = json.loads((Path(__file__).parent / "data" / "places_lexicon.json").read_text(encoding="utf-8"))
    words: set[str] = set()
    for key in ("features", "directions", "direction_adjectives", "regions", "near", "generic_features",
                "outskirts"):
        for entry in lex.get(key) or ():
            words.update(tokens(entry))
    return frozenset(words)


def place_name_words(place_text: str) -> list[str]:
    """The words of a place as written that name it (its frame words dropped; all of them when
    nothing else is left), which ``place_explained`` looks for in the other report."""
    toks = tokens(place_text)
    frame = _place_frame_words()
    return [t for t in toks if t not in frame] or toks


def _lead_start(event: Event) -> int | None:
    starts = [s.start for s in event.evidence]
    return min(starts) if starts and min(starts) < LEAD_CHARS else None


def headline_event(event: Event, document: Document) -> bool:
    """Is ``event`` the happening the article's headline and lead tell: told in the lead, and the first
    event of its family told there?  A lead that also recalls another attack («... after a truck bomb
    in the centre hours earlier») gives its headline and lead similarity to its first event only:
    the recalled one is compared on its own sentence."""
    start = _lead_start(event)
    if start is None:
        return False
    fam = family_of(event_type_of(event))
    for other in document.events:
        if other is event:
            return True
        o = _lead_start(other)
        if o is not None and o <= start and family_of(event_type_of(other)) == fam:
            return False
    return True


def event_features(event: Event, document: Document, key: str | None = None) -> EventFeatures:
    loc = event.location
    # a violent event's date that was not read in the text (the days the paper covers: no text, no span, the
    # day before publication to the day itself) is the report's, not its own
    own = bool(event.date and event.date.start) and not (
        event.acled is not None and event.date.text is None and event.date.span is None
        and event.date.precision == 2 and event.date.end == document.published)
    date_start = event.date.start if own else document.published
    in_lead = headline_event(event, document)
    # Place names are weighed by the place features; in the word sets they would count twice
    # (and a rare city name would make every report from that city look alike).
    places = set(tokens(" ".join(ev.location.text for ev in document.events if ev.location)))
    ev_text = evidence_text(event, document.text)
    lead = lead_text(document)
    sig = pack_sig(
        shingles(ev_text),
        word_shingles(lead),
        event_entities(event, document),
        document.published,
        own,
        in_lead,
        [t for t in tokens(ev_text) if t not in places],
        [t for t in tokens(document.title or "") if t not in places] if in_lead else (),  # the headline
        [t for t in tokens(lead) if t not in places and len(t) >= 3] if in_lead else (),
        place_name_words(loc.text) if loc is not None else (),
        tokens((document.title or "") + "\n" + document.text[:MENTION_CHARS] + "\n" + ev_text),
        event.injured.best if event.injured else None,
    )
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
        sig=sig,
    )


# --------------------------------------------------------------------------- the decision

@dataclass(frozen=True, slots=True)
class MatchDecision:
    merge: bool
    score: float
    rule: str
    veto: bool = False  # a hard "different events" (two distinct towns of one province ...)


@functools.lru_cache(maxsize=4096)
def _day(a: str | None) -> date | None:
    if not a:
        return None
    try:
        return date.fromisoformat(a[:10])
    except ValueError:
        return None


def _days(a: str | None, b: str | None) -> int | None:
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return None
    return abs((da - db).days)


def _candidate_days(f: EventFeatures, parts: SigParts) -> list[date]:
    """The event's own date, or (when it fell back to the publication date) that day and the day
    before: an article published the next morning tells "yesterday's" attack."""
    d = _day(f.date)
    if d is None:
        return []
    if parts.own_date or parts.published is None:
        return [d]
    return [d, d - timedelta(days=1)]


def _later(a: EventFeatures, b: EventFeatures) -> EventFeatures | None:
    """The event reported later: by its date, then by its report's publication day (None when neither tells)."""
    da, db = _day(a.date), _day(b.date)
    if da is not None and db is not None and da != db:
        return a if da > db else b
    pa, pb = sig_parts(a.sig).published, sig_parts(b.sig).published
    if pa is not None and pb is not None and pa != pb:
        return a if pa > pb else b
    return None


def day_gap(a: EventFeatures, b: EventFeatures) -> int | None:
    """Smallest day distance between the two events' plausible dates (None when one is unknown)."""
    da, db = _candidate_days(a, sig_parts(a.sig)), _candidate_days(b, sig_parts(b.sig))
    if not da or not db:
        return None
    return min(abs((x - y).days) for x in da for y in db)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def same_block(a: EventFeatures, b: EventFeatures, window: int = DATE_WINDOW_DAYS) -> bool:
    """Blocking: the same event-type family and dates within the window.

    Country and admin1 are not part of the block: outlets' place resolution disagrees (Suruç
    placed in Syria by one), so a conflict is weighed in ``compare`` as evidence against.
    """
    fa = family_of(a.event_type)
    if fa is None or fa != family_of(b.event_type):
        return False
    d = _days(a.date, b.date)
    return d is None or d <= window


# Weights of the evidence (log-odds-like points), calibrated on the calibration half of
# tests/data/dedup_clusters.json (see tests/test_dedup.py) on real pipeline output.
WEIGHTS: dict[str, float] = {
    "bias": -4.0,               # two events of one block are, a priori, different happenings
    "textual": 14.0,            # times the best textual similarity (see ``pair_evidence``)
    "place_same": 0.5,          # within 5 km, or the same place name
    "place_near": 0.25,         # within 25 km
    "place_within": 0.25,       # one is the province (or country) holding the other
    "place_far": -0.5,          # more than 25 km apart, one of them only province-precise
    "same_admin1": 0.25,        # no usable coordinates, the same first-level division
    "admin1_differ": -1.0,
    "country_differ": -2.0,
    "place_explained": -0.5,    # a province/country conflict where one document names the other's place
    "same_day": 1.0,
    "next_day": 0.0,
    "two_days": -1.5,
    "type_same": 0.5,           # the same ACLED event type (the family is the block)
    "sub_same": 0.25,
    "sub_differ": -0.5,         # weak: outlets tell one bombing as a suicide attack or an IED
    "type_differ": -0.5,
    "actors_shared": 0.5,       # the actor1/actor2 sets intersect (specific actors only)
    "actor1_differ": -0.5,      # both name a specific actor1, and no actor is shared
    "mirrored": -1.0,           # each one's actor1 is the other's actor2, told as different acts (a strike and the
                                # other side's reply: «فتح مسلحون النار على مركز حدودي» and «قصفت الدبابات مواقعهم»)
    "fat_same": 0.5,
    "fat_far": -1.0,            # neither figure is an update of the other (hi > 2 lo + 3)
    "inj_same": 0.5,            # the same number of injured (above 0)
    "agreeing": 1.0,            # same day, type, sub-type and actor, tolls agree, places compatible (``_agreeing``)
    "one_site_day": 1.0,        # same day, type and sub-type at one town or district (not a city), no actor or
                                # toll against (``_one_site_day``: ACLED's location-day-type unit)
    "other_day_unconfirmed": -6.0,  # one actor, one place, another day, neither sub-type nor toll agree: only
                                    # a near-verbatim retelling outweighs it
}
# Character-shingle Jaccard of two unrelated Arabic news sentences is about 0.05-0.15 (shared
# morphology); it counts only above this background, rescaled to [0, 1].
SHINGLE_BACKGROUND = 0.1
NEAR_DUPLICATE = 0.5  # evidence or lead Jaccard at which a place/country conflict is outweighed
APART_KM = 25.0
SIBLINGS_APART_DAYS = 2  # two own dates of one document this far apart are two happenings
BRIDGE_MARGIN = 0.0  # how far above the threshold a second cluster must match to be bridged
LINKAGE_SLACK = 1.0  # a cluster's mean member score must reach MERGE_THRESHOLD - LINKAGE_SLACK
CLUSTER_SLACK = 0.0  # two clusters joined by a third report: their cross pairs must merge on average
BRIDGE_FLOOR = 2 * LINKAGE_SLACK  # ... or, with the third report's links counted, no cross pair this far below
# evidence of two happenings that a third report cannot reconcile (``clusters_compatible(..., via=)``)
_AGAINST = frozenset({"admin1_differ", "country_differ", "place_far", "type_differ", "sub_differ", "fat_far",
                      "mirrored"})


def _contains(region: EventFeatures, place: EventFeatures) -> bool:
    """``region`` is a province or a country (precision 3) that holds the finer ``place``."""
    if (region.precision or 3) < 3 or not region.country or region.country != place.country:
        return False
    if region.admin1:  # a province: the place must be a town or area inside it
        return (place.precision or 3) < 3 and place.admin1 == region.admin1
    return bool(place.admin1)  # a country: any place of it with a province


def _actors(f: EventFeatures) -> set[str]:
    """The specific actors of an event: generic ones (also in ACLED's "Name (Country)" form) do not count."""
    return {x for x in (f.actor1, f.actor2) if x and x.split(" (", 1)[0] not in GENERIC_ACTORS}


# The ACLED families: political violence, demonstrations, strategic developments.  Any other family
# is a PLOVER verbal or cooperative type (ACCUSE, CONSULT, SUPPORT ...), whose speaker makes the event.
_ACLED_FAMILIES = frozenset(FAMILY[t] for t in ("Battles", "Protests", "Strategic developments"))


@functools.lru_cache(maxsize=1)
def _actor_frame_words() -> frozenset[str]:
    """Words of the state actors' name templates («Government of {country}», «Military Forces of
    {country}» ...): they frame a name without telling two actors apart."""
    lex = json.loads((Path(__file__).parent / "data" / "actors.json").read_text(encoding="utf-8"))
    words = {"the"}
    for tpl in lex.get("state_templates") or ():
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"\{[^}]*\}", " ", tpl.get("name", ""))))
    return frozenset(words)


# The particles the romaniser writes into person names (marsad.actors.romanise: بن bin, ابن Ibn, عبد Abd,
# ابو Abu, ولد Ould, the article al-): shared by unrelated people, they tell no two names apart.
_NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "abd", "abu", "ould", "al", "el"})


def _actor_core(name: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", name.split(" (", 1)[0])}
    return words - _actor_frame_words() - _NAME_PARTICLES


def two_speakers(a: EventFeatures, b: EventFeatures) -> bool:
    """Two statements (a PLOVER family outside ACLED's) by two specific actors whose names share less
    than half their words beyond the frame and the name particles («Government of Qatar» /
    «Government of Bahrain»; «Mohammed VI» / «Mohammed Khalid Al-Hamad Al-Sabah»): two events,
    however alike the template texts of their condemnations are.  Variants of one name share most
    («Faisal bin Khaled» / «Faisal bin Khaled bin Abdulaziz»; «Kuwait» / «Government of Kuwait»)."""
    if family_of(a.event_type) in _ACLED_FAMILIES:
        return False
    acts_a, acts_b = _actors(a), _actors(b)
    if not (a.actor1 in acts_a and b.actor1 in acts_b) or a.actor1 in acts_b or b.actor1 in acts_a:
        return False  # (the object of the statements, actor2, is often the same: it does not count)
    ca, cb = _actor_core(a.actor1 or ""), _actor_core(b.actor1 or "")
    return bool(ca) and bool(cb) and len(ca & cb) < 0.5 * len(ca | cb)


def place_explained(pa: SigParts, pb: SigParts) -> bool:
    """One report names the other event's place as written (near its top or in its evidence)."""
    return (bool(pb.place) and pb.place <= pa.mentions) or (bool(pa.place) and pa.place <= pb.mentions)


def may_link_across_countries(a_sig: bytes | None, b_sig: bytes | None, a_country: str | None = None,
                              b_country: str | None = None) -> bool:
    """May two events placed in two countries be compared at all?  When the conflict is explained
    (``place_explained``), when a sig lacks the written place (older stores, where
    ``pair_evidence`` lets near-duplicate text decide), or (countries given) when each report names
    the other's country: a cross-border happening placed on either side of a border both name
    (``_agreeing``).  An unexplained conflict would cost the pair 2 points or a veto; the store
    skips such candidates before comparing."""
    pa, pb = sig_parts(a_sig), sig_parts(b_sig)
    if not pa.place or not pb.place or place_explained(pa, pb):
        return True
    names = _country_names()
    return (bool(a_country) and bool(b_country) and bool(names.get(b_country or "", frozenset()) & pa.mentions)
            and bool(names.get(a_country or "", frozenset()) & pb.mentions))


# place evidence that two reports put the happening in one place (or one inside the other)
_ONE_PLACE = frozenset({"place_same", "place_near", "place_within", "same_admin1"})
# place evidence of a conflict: two provinces, two countries, or far apart in one province
_PLACE_CONFLICT = frozenset({"admin1_differ", "country_differ", "place_far", "place_conflict_near_dup",
                             "place_explained"})


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, frozenset[int]]:
    """Per ISO alpha-2 code, the hashed words that name the country in Arabic news: its one-word
    names and its demonym adjective forms (سوريا، سورية، السوري، السورية ...; ``places_countries.json``)."""
    lex = json.loads((Path(__file__).parent / "data" / "places_countries.json").read_text(encoding="utf-8"))
    out: dict[str, frozenset[int]] = {}
    for cc, entry in lex.items():
        if not isinstance(entry, dict):
            continue
        words = {w for n in entry.get("ar") or () if len(tokens(n)) == 1 for w in tokens(n)}
        for adj in entry.get("adj") or ():
            for form in (adj, adj + "ة", adj + "ين", adj + "ون"):
                words.update(tokens(form))
        out[cc] = frozenset(np.frombuffer(shingle_hashes(words), dtype=np.uint32).tolist())
    return out


def _names(p: SigParts, other: EventFeatures, country: bool = True) -> bool:
    """Does the report with sig parts ``p`` name the ``other`` event's place as written (near its top
    or in its evidence), or (``country``) the other event's country?"""
    op = sig_parts(other.sig).place
    if op and op <= p.mentions:
        return True
    return country and bool(other.country) and bool(_country_names().get(other.country or "", frozenset()) & p.mentions)


def _same_role_actor(a: EventFeatures, b: EventFeatures) -> bool:
    """The two events share a specific actor in the same role (both as actor1, or both as actor2): the
    one who struck, or the one struck.  (An actor that is the attacker in one report and the target in
    the other tells two sides of a front, often two happenings.)"""
    acts_a, acts_b = _actors(a), _actors(b)
    if a.event_type == "Battles" and b.event_type == "Battles":
        return bool(acts_a & acts_b)  # a battle has two sides, which outlets name in either order
    return (a.actor1 in acts_a and a.actor1 == b.actor1) or (a.actor2 in acts_a and a.actor2 == b.actor2 and
                                                             b.actor2 in acts_b)


def _across_border(a: EventFeatures, b: EventFeatures, pa: SigParts, pb: SigParts) -> bool:
    """Two events placed in two countries that may be one cross-border happening: each report names
    the other's country (or place), and they agree on the day, the type, the sub-type and a specific
    actor (a Turkish air strike placed at the base it flew from by one outlet and at the Syrian
    village it hit by another).  Such a pair is weighed (``country_differ``, ``agreeing``), not vetoed."""
    return (a.event_type == b.event_type and bool(a.sub_event_type) and a.sub_event_type == b.sub_event_type
            and _same_role_actor(a, b) and day_gap(a, b) == 0 and _names(pa, b) and _names(pb, a))


def _agreeing(a: EventFeatures, b: EventFeatures, pa: SigParts, pb: SigParts, ev: dict[str, float]) -> bool:
    """Do two reports of one day (the caller checked the day) agree on everything structured, so that
    low text similarity (an outlet's own rewrite) is no evidence against them?  The same ACLED type
    and sub-type; a specific actor in the same role (``_same_role_actor``); tolls that agree (equal, one an update of the
    other, or not given by one of them); and compatible places: one place or one inside the other
    (``_ONE_PLACE``), two country-level reports of one country, two sides of a border that BOTH
    reports name (each names the other's place or country: a cross-border strike placed where it
    landed by one outlet and where it was launched from by another), or two provinces of one country
    when each report names the other's place.  Two towns of one province far apart, and two named
    places in two countries that neither report names, are vetoes before this; a conflict that only
    one report explains is not compatible."""
    if a.event_type != b.event_type or not a.sub_event_type or a.sub_event_type != b.sub_event_type:
        return False
    if not _same_role_actor(a, b):
        return False
    fa, fb = a.fatalities, b.fatalities
    if fa is not None and fb is not None and max(fa, fb) > 2 * min(fa, fb) + 3:
        return False
    if ev.keys() & _ONE_PLACE:
        return True
    if ev.keys() & _PLACE_CONFLICT:
        if a.country and b.country and a.country != b.country:  # a border: both reports name both sides
            return _names(pa, b) and _names(pb, a)
        return "place_explained" in ev and _names(pa, b, country=False) and _names(pb, a, country=False)
    return bool(a.country) and a.country == b.country and (a.precision or 3) >= 3 and (b.precision or 3) >= 3


_DEMONSTRATIONS = FAMILY["Protests"]


def _one_gathering(a: EventFeatures, b: EventFeatures, ev: dict[str, float]) -> bool:
    """Two reports of a demonstration on ONE day (the caller checked the day) in ONE named place: the
    same ACLED type and sub-type, both placed at a town or district (precision 1-2) within 5 km or
    under one name (``place_same``), and tolls that agree.  ACLED records the demonstrations of one
    location and day with the same (generic) actors as one event, and the actor of a protest is
    almost never specific («Protesters»), so the actor condition of ``_agreeing`` cannot hold for
    them: the place and the day stand for it.  Two cities, two days, a province or country-level
    report, or another sub-type (a peaceful protest and one met with force) do not agree."""
    if family_of(a.event_type) != _DEMONSTRATIONS or a.event_type != b.event_type:
        return False
    if not a.sub_event_type or a.sub_event_type != b.sub_event_type or "place_same" not in ev:
        return False
    if (a.precision or 3) > 2 or (b.precision or 3) > 2:
        return False
    fa, fb = a.fatalities, b.fatalities
    return fa is None or fb is None or max(fa, fb) <= 2 * min(fa, fb) + 3


@functools.lru_cache(maxsize=1)
def _cities() -> frozenset[tuple[str, str]]:
    """(country, normalised name) of the gazetteer's cities and capitals: places large enough to hold
    several happenings of one type on one day (Kabul's three suicide attacks of 7 August 2015)."""
    from marsad.places.gazetteer import gazetteer

    rows = gazetteer().rows
    lines = getattr(rows, "lines", None)
    out: set[tuple[str, str]] = set()
    for k in range(len(rows)):
        if lines is not None:
            line = lines[k]
            if b"\tcity\t" not in line and b"\tcapital\t" not in line:
                continue
            r = line.decode("utf-8").split("\t")
        else:
            r = rows[k]
        if len(r) > 8 and r[8] in ("city", "capital"):
            out.add((r[3], normalize_text(r[1])))
    return frozenset(out)


def city(f: EventFeatures) -> bool:
    """Is the event placed at a city or a capital of the gazetteer (by its resolved name and country)?"""
    return bool(f.location) and (f.country or "", f.location or "") in _cities()


def _one_site_day(a: EventFeatures, b: EventFeatures, pa: SigParts, pb: SigParts, ev: dict[str, float]) -> bool:
    """Two reports of ONE site on ONE day (the caller checked the day, and that no specific actor1 of
    theirs differs): ACLED's unit is the location, the day and the type.  Both reports tell the day (own
    dates, not the publication date's fallback).  The same ACLED type and
    sub-type (political violence or a strategic development; demonstrations have ``_one_gathering``),
    both placed at a town, a district or a site (precision 1-2) within 5 km or under one name
    (``place_same``) that is no city (``city``: a city holds several happenings of a type on one day,
    Kabul's suicide attacks of 7 August), no actor shared in another role, and tolls (killed, injured)
    that agree.  A round-up's paragraph shares few words with another outlet's lead: agreeing on
    everything structured at one small place stands for the text evidence it cannot give."""
    if family_of(a.event_type) not in _ACLED_FAMILIES or family_of(a.event_type) == _DEMONSTRATIONS:
        return False
    if not (pa.own_date and pb.own_date):
        return False  # the day must be told by both, not taken from the publication date
    if a.event_type != b.event_type or not a.sub_event_type or a.sub_event_type != b.sub_event_type:
        return False
    if "place_same" not in ev or (a.precision or 3) > 2 or (b.precision or 3) > 2 or city(a) or city(b):
        return False
    if _actors(a) & _actors(b) and not _same_role_actor(a, b):
        return False
    fa, fb = a.fatalities, b.fatalities
    if fa is not None and fb is not None and max(fa, fb) > 2 * min(fa, fb) + 3:
        return False
    ia, ib = pa.injured, pb.injured
    return ia is None or ib is None or max(ia, ib) <= 2 * min(ia, ib) + 3


def pair_evidence(a: EventFeatures, b: EventFeatures) -> tuple[dict[str, float], str | None]:
    """The evidence two events in one block give for (positive) or against (negative weights)
    their being the same happening, as feature values (1.0 for a fact that holds, a similarity in
    [0, 1] for text), and a veto reason when they are certainly different."""
    if two_speakers(a, b):
        return {}, f"two speakers: {a.actor1} and {b.actor1}"
    pa, pb = sig_parts(a.sig), sig_parts(b.sig)
    sim = _jaccard(pa.evidence, pb.evidence)
    # The leads' similarity speaks for the events the two leads tell, not for background events.
    both_lead = pa.in_lead and pb.in_lead
    lead = _jaccard(pa.lead, pb.lead) if both_lead else 0.0
    near_dup = max(sim, lead) >= NEAR_DUPLICATE
    ev: dict[str, float] = {}  # place evidence first (a veto needs no more), the text views below

    # Place: the strongest separator of two events on the same day in the same province.  A
    # conflict across provinces or countries is "explained" when one document names the other
    # event's place (as written) near its top or in its evidence: one of the two resolutions is
    # then likely a namesake (حميد of an airport's name resolved to a Yemeni village), and the
    # conflict weighs little.  Near-duplicate texts outweigh a conflict only when it is explained
    # (template reports that differ by the place name stay apart); without the written place
    # (older stores) near-duplicate text alone does.  Two towns of ONE province stay a veto ("two
    # strikes on two towns") unless the texts are near-duplicates.
    explained = place_explained(pa, pb)
    near_dup = near_dup and (explained if pa.place and pb.place else True)
    towns = (a.precision or 3) == 1 and (b.precision or 3) == 1
    named = (a.precision or 3) <= 2 and (b.precision or 3) <= 2
    if a.country and b.country and a.country != b.country:
        if not near_dup and not explained and named and pa.place and pb.place and not _across_border(a, b, pa, pb):
            # two named places in two countries, neither named by the other report: two happenings
            return ev, f"two places in {a.country} and {b.country}"
        ev["place_conflict_near_dup" if near_dup else "place_explained" if explained else "country_differ"] = 1.0
    elif _contains(a, b) or _contains(b, a):
        ev["place_within"] = 1.0
    elif a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None:
        km = distance_km(a.lat, a.lon, b.lat, b.lon)
        if km <= 5 or (a.location and a.location == b.location):
            ev["place_same"] = 1.0
        elif km <= APART_KM:
            ev["place_near"] = 1.0
        elif towns and a.admin1 and a.admin1 == b.admin1:
            if not near_dup:
                return ev, f"two towns {km:.0f} km apart in {a.admin1}"
            ev["place_conflict_near_dup"] = 1.0
        elif a.admin1 and b.admin1 and a.admin1 != b.admin1:
            if not near_dup and not explained and named:
                # two named places in two provinces, told in different words: two happenings (headlines
                # that differ only by the place name would otherwise look alike)
                return ev, f"two places {km:.0f} km apart in {a.admin1} and {b.admin1}"
            ev["place_conflict_near_dup" if near_dup else "place_explained" if explained else "admin1_differ"] = 1.0
        else:
            ev["place_far"] = 1.0
    elif a.admin1 and b.admin1:
        if a.admin1 == b.admin1:
            ev["same_admin1"] = 1.0
        else:
            ev["place_conflict_near_dup" if near_dup else "place_explained" if explained else "admin1_differ"] = 1.0

    # the leads' rare words (idf-weighted): a rewrite of one wire story keeps its names and nouns
    lead_words = (_wjaccard(pa.lead_words, pb.lead_words, pa.lead_words_idf, pb.lead_words_idf)
                  if both_lead else 0.0)
    words = _wjaccard(pa.words, pb.words, pa.words_idf, pb.words_idf)
    title = _wjaccard(pa.title, pb.title, pa.title_idf, pb.title_idf)
    # The best of the textual views: the same event told in other words shares rare words, its
    # headline, its lead or its character shingles (whichever the outlet kept).
    shingle = max(0.0, (sim - SHINGLE_BACKGROUND) / (1.0 - SHINGLE_BACKGROUND))
    ev = {"textual": max(words, title, lead, shingle, lead_words), "words": words, "text": sim, "lead": lead,
          "title": title, "lead_words": lead_words, **ev}

    d = day_gap(a, b)
    if d == 0:
        ev["same_day"] = 1.0
    elif d == 1:
        ev["next_day"] = 1.0
    elif d is not None:
        ev["two_days"] = 1.0

    fa, fb = a.fatalities, b.fatalities
    ia, ib = pa.injured, pb.injured
    same_toll = (fa is not None and fb is not None and 0 < min(fa, fb) and max(fa, fb) <= min(fa, fb) + max(2, min(fa, fb) // 10)) \
        or (ia is not None and ia == ib and ia > 0)
    # Outlets tell one happening as a suicide bomb or an IED, a battle or an explosion.  Where the
    # place, the day and a toll (killed or injured) agree, the type inside the family is no
    # evidence against.  (Two attacks on one city on one day differ in their tolls.)
    agree = ("place_same" in ev or "place_near" in ev) and d == 0 and same_toll
    if a.event_type == b.event_type:
        ev["type_same"] = 1.0
        if a.sub_event_type and b.sub_event_type:
            ev["sub_same" if a.sub_event_type == b.sub_event_type else
               "sub_differ_agreeing" if agree else "sub_differ"] = 1.0
    else:
        ev["type_differ_agreeing" if agree else "type_differ"] = 1.0

    acts_a, acts_b = _actors(a), _actors(b)
    if acts_a & acts_b:
        ev["actors_shared"] = 1.0
        if a.actor1 and b.actor1 and a.actor1 != b.actor1 and a.actor1 == b.actor2 and b.actor1 == a.actor2 \
                and (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type):
            ev["mirrored"] = 1.0
    elif a.actor1 in acts_a and b.actor1 in acts_b:
        ev["actor1_differ"] = 1.0

    if fa is not None and fb is not None:
        lo, hi = min(fa, fb), max(fa, fb)
        if lo == hi:
            ev["fat_same" if hi > 0 else "fat_same_zero"] = 1.0
        elif hi <= 2 * lo + 3:
            ev["fat_close"] = 1.0  # one figure is an update of the other (no points: pipelines mix tolls)
        elif hi <= 3 * lo + 3 and "place_same" in ev and d is not None and d <= 1 and "sub_same" in ev \
                and _later(a, b) is (a if fa == hi else b):
            # a toll that rose in the later report of one strike at one place («16 killed» on the day, «46» the
            # next morning): an update, no evidence against (no points either)
            ev["fat_rising"] = 1.0
        else:
            ev["fat_far"] = 1.0

    if ia is not None and ib is not None and ia == ib and ia > 0:
        ev["inj_same"] = 1.0  # the same injured figure: a rewrite keeps the report's numbers

    if "actors_shared" in ev and d is not None:
        if d == 0 and _agreeing(a, b, pa, pb, ev):
            ev["agreeing"] = 1.0
        elif d > 0 and ev.keys() & _ONE_PLACE and "sub_same" not in ev and not same_toll:
            ev["other_day_unconfirmed"] = 1.0
    elif d == 0 and _one_gathering(a, b, ev):
        ev["agreeing"] = 1.0
    elif d == 0 and "actor1_differ" not in ev and _one_site_day(a, b, pa, pb, ev):
        ev["one_site_day"] = 1.0

    if pa.entities and pb.entities:
        ov = len(pa.entities & pb.entities) / min(len(pa.entities), len(pb.entities))
        if ov:
            ev["entities"] = ov
    return ev, None


def compare(a: EventFeatures, b: EventFeatures, threshold: float | None = None) -> MatchDecision:
    """Are ``a`` and ``b`` the same happening?  ``WEIGHTS`` · ``pair_evidence`` against ``MERGE_THRESHOLD``.

    The rule string lists every piece of evidence that counted (with its points), so the store
    can say why two reports were merged.
    """
    if not same_block(a, b):
        return MatchDecision(False, float("-inf"), "blocked", veto=True)
    ev, veto = pair_evidence(a, b)
    if veto is not None:
        return MatchDecision(False, -10.0, veto, veto=True)
    w = WEIGHTS
    score = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in ev.items())
    limit = MERGE_THRESHOLD if threshold is None else threshold
    return MatchDecision(score >= limit, round(score, 3), _rule(a, ev, score) if score >= limit - 3 else "")


def _rule(a: EventFeatures, ev: dict[str, float], score: float) -> str:
    """The evidence that counted, with its points (what the store records as the merge rule)."""
    why: list[str] = [f"block(family={family_of(a.event_type)},date±{DATE_WINDOW_DAYS}d)"]
    for k, v in ev.items():
        pts = WEIGHTS.get(k, 0.0) * v
        if v and (pts or k in ("textual", "words", "text", "lead", "title", "lead_words")):
            why.append(f"{k}" + (f"{v:.2f}" if v != 1.0 else "") + f"({pts:+.1f})")
    return "+".join(why) + f" => {score:.2f}"


def matching_clusters(new: EventFeatures, candidates: Iterable[tuple[str, EventFeatures]]
                      ) -> list[tuple[str, MatchDecision]]:
    """Every cluster ``new`` may join among (cluster id, member) candidates, best first.

    ``new`` may join a cluster when its best member there merges and its mean score over the
    cluster's members in the block is not far below the threshold (``LINKAGE_SLACK``): one lucky
    match cannot chain two happenings together (a large cluster of mixed sub-types may be linked to
    through its sub-group of ``new``'s sub-type, ``_linkage``).  A cluster one of whose members ``new``
    is vetoed against (two towns of one province ...) is never joined, nor one that a named ``new``
    would join only through country-level members while it holds another place of that country
    (``_bridged_by_a_country``).
    """
    scores: dict[str, list[tuple[MatchDecision, EventFeatures]]] = {}
    vetoed: set[str] = set()
    for cid, member in candidates:
        if member.document is not None and member.document == new.document:
            continue  # events of one document are the pipeline's to merge
        dec = compare(new, member)
        if dec.rule == "blocked":
            continue
        if dec.veto:
            vetoed.add(cid)
        scores.setdefault(cid, []).append((dec, member))
    found: list[tuple[float, str, MatchDecision]] = []
    for cid, pairs in scores.items():
        if cid in vetoed:
            continue
        link = _linkage(new, pairs)
        if link is None:
            continue
        mean, top = link
        if not _country_level(new) and _bridged_by_a_country(new, pairs):
            continue
        found.append((mean, cid, top))
    found.sort(key=lambda t: -t[0])  # stable: ties keep the candidates' order
    return [(cid, dec) for _, cid, dec in found]


SUBGROUP_MIN_CLUSTER = 4  # a cluster this large may be linked to through its members of new's sub-type ...
SUBGROUP_MIN = 2          # ... when they are a group of at least this many


def _mean(decs: Sequence[MatchDecision]) -> float:
    return sum(max(d.score, -5.0) for d in decs) / len(decs)


def _linkage(new: EventFeatures, pairs: Sequence[tuple[MatchDecision, EventFeatures]]
             ) -> tuple[float, MatchDecision] | None:
    """(mean score, best decision) when ``new`` may join the cluster of these (decision, member) pairs:
    its best member merges and its mean score over the members is not far below the threshold
    (``LINKAGE_SLACK``).  A large cluster (``SUBGROUP_MIN_CLUSTER`` members or more) whose members
    outlets told as several sub-types (a mosque bombing told as a suicide bomb by some and an IED by
    others, with the raids and arrests that followed) is linked to through its sub-group of ``new``'s
    type and sub-type (``SUBGROUP_MIN`` members or more) when the whole cluster's average falls short:
    the average over a heterogeneous cluster measures the mix, not the match.  The sub-group's own
    best member must merge and its mean must reach the same bound."""
    decs = [d for d, _ in pairs]
    top = max(decs, key=lambda d: d.score)
    if not top.merge:
        return None
    bound = MERGE_THRESHOLD - LINKAGE_SLACK
    mean = _mean(decs)
    if mean >= bound:
        return mean, top
    if len(pairs) < SUBGROUP_MIN_CLUSTER or not new.sub_event_type:
        return None
    same = [d for d, m in pairs if m.event_type == new.event_type and m.sub_event_type == new.sub_event_type]
    if len(same) < SUBGROUP_MIN or len(same) == len(pairs):
        return None
    best = max(same, key=lambda d: d.score)
    sub = _mean(same)
    return (sub, best) if best.merge and sub >= bound else None


def _country_level(f: EventFeatures) -> bool:
    """Placed at a country's level (no province, no town), or not placed at all."""
    return (f.precision or 3) >= 3 and not f.admin1


def _bridged_by_a_country(new: EventFeatures, pairs: Sequence[tuple[MatchDecision, EventFeatures]]) -> bool:
    """Would a named ``new`` (a town or a province) join this cluster only through members placed at
    the level of ITS country, while the cluster holds a named member of another place of that country?
    A report that names no place gives no evidence which of the country's towns it tells; shared words
    and a type chain it to the clusters of two towns' events of one day, and it must not be their
    bridge: ``new`` then needs a named member it merges with itself.  (Members of other countries are
    the cross-border rules' to weigh.)"""
    merged = [m for dec, m in pairs if dec.merge]
    if not merged or any(not _country_level(m) or m.country != new.country for m in merged):
        return False
    for _, m in pairs:
        if _country_level(m) or m.country != new.country:
            continue
        ev, veto = pair_evidence(new, m)
        if veto is not None or ev.keys() & (_PLACE_CONFLICT | {"place_far"}):
            return True
    return False


def best_match(new: EventFeatures, candidates: Iterable[tuple[str, EventFeatures]]
               ) -> tuple[str, MatchDecision] | None:
    """The best cluster for ``new`` among (cluster id, member) candidates, if any merges."""
    found = matching_clusters(new, candidates)
    return found[0] if found else None


def clusters_compatible(xs: Sequence[EventFeatures], ys: Sequence[EventFeatures],
                        via: EventFeatures | None = None) -> bool:
    """May two clusters be one happening?  No member of one is vetoed against a member of the
    other (events of one document are skipped), and the mean score over the cross pairs reaches
    ``MERGE_THRESHOLD - CLUSTER_SLACK`` (the same average linkage an event needs to join).

    ``via`` is the new report that merges with both (``bridged``): when it merges with EVERY member
    of the two clusters (complete linkage through it), their own cross pairs need only not be
    clearly against: none below ``MERGE_THRESHOLD - BRIDGE_FLOOR``, and none with evidence that
    they are two happenings (``_AGAINST``: places in two provinces or countries, or far apart, two
    named places even when one report mentions the other's, another type or sub-type, tolls that
    are no update of each other).  Two reports told in other words (one outlet's province-level
    rewrite, another's town-level one) that a third matches well are one happening; a round-up
    that tells air strikes on two provinces, or two sub-types of one battle, does not join them.
    A third report that merges with one member of a cluster but not with another (one that mixes
    two attacks of one city and day) does not join them either; a veto between any two members
    still keeps the clusters apart."""
    scores: list[float] = []
    for x in xs:
        for y in ys:
            if x.document is not None and x.document == y.document:
                if distinct_siblings(x, y):
                    return False  # one article told them as two happenings
                continue
            dec = compare(x, y)
            if dec.veto:
                return False
            scores.append(max(dec.score, -5.0))
    if not scores:
        return False
    if sum(scores) / len(scores) >= MERGE_THRESHOLD - CLUSTER_SLACK:
        return True
    if via is None or min(scores) < MERGE_THRESHOLD - BRIDGE_FLOOR:
        return False
    for x in xs:
        for y in ys:
            if x.document is not None and x.document == y.document:
                continue
            ev = pair_evidence(x, y)[0]
            if _AGAINST & ev.keys() or ("place_explained" in ev and (x.precision or 3) <= 2 and (y.precision or 3) <= 2):
                return False  # (an explained conflict between two named places is still two places)
    for m in (*xs, *ys):
        if via.document is not None and m.document == via.document:
            continue
        if not compare(via, m).merge:
            return False
    return True


def _siblings_compatible(xs: Sequence[EventFeatures], ys: Sequence[EventFeatures]) -> bool:
    """No event of one cluster is a distinct sibling (``distinct_siblings``) of an event of the other."""
    return not any(x.document is not None and x.document == y.document and distinct_siblings(x, y)
                   for x in xs for y in ys)


def bridged(found: Sequence[tuple[str, MatchDecision]], documents_of: dict[str, set[str]],
            members_of: Mapping[str, Sequence[EventFeatures]] | None = None,
            new: EventFeatures | None = None) -> list[str]:
    """The other clusters a new event joins together with its best one.

    * Those it also merges with that share a document with the best cluster: one article told
      a happening twice (a suicide bomb in one sentence, an IED in the next), founding two
      clusters; a later report that matches both shows they are one.
    * (when ``members_of`` is given) Those it also merges with whose members agree with the best
      cluster's members on average (``clusters_compatible``): two reports told in different
      words that missed each other, joined by a third that matches both.  The cluster-to-cluster
      check keeps one report that mixes two happenings from chaining them; ``new`` (the third
      report) lends its own links to that check (``clusters_compatible(..., via=new)``).
    """
    if len(found) < 2:
        return []
    first = documents_of.get(found[0][0], set())
    out: list[str] = []
    for cid, dec in found[1:]:
        if dec.score < MERGE_THRESHOLD + BRIDGE_MARGIN:
            continue
        if documents_of.get(cid, set()) & first:
            if members_of is not None and not _siblings_compatible(
                    [m for c in (found[0][0], *out) for m in members_of.get(c, ())], members_of.get(cid, ())):
                continue
            out.append(cid)
        elif members_of is not None and clusters_compatible(
                [m for c in (found[0][0], *out) for m in members_of.get(c, ())], members_of.get(cid, ()), new):
            out.append(cid)
    return out


def distinct_siblings(a: EventFeatures, b: EventFeatures) -> bool:
    """Are two events of ONE document certainly two happenings?  Another family, two own dates two
    days or more apart («... two days after the abduction»; one day is within the noise of
    resolving «أمس» and «أول أمس»), or places that veto each other.  (One happening told twice, a
    suicide bomb and an IED on the same day and place, or a round-up's lead and its detail, is
    not: those may share a cluster.)"""
    if family_of(a.event_type) != family_of(b.event_type):
        return True
    if sig_parts(a.sig).own_date and sig_parts(b.sig).own_date:
        d = _days(a.date, b.date)
        if d is not None and d >= SIBLINGS_APART_DAYS:
            return True
    return compare(a, b).veto


def vague(f: EventFeatures) -> bool:
    """An event with neither its own date (its date fell back to the publication date) nor a named
    place (country or province level, or none): nothing in it says it is a happening of its own."""
    return not sig_parts(f.sig).own_date and (f.precision or 3) >= 3


def restates(a: EventFeatures, b: EventFeatures) -> bool:
    """Does ``a`` restate its sibling ``b`` (two events of ONE document)?  ``a`` is ``vague``, ``b``
    is not, they are no distinct siblings (``distinct_siblings``), they have the same ACLED type
    and sub-type, and their tolls do not contradict each other: the article told one happening
    twice, once with its day and place («أعلنت الداخلية الكويتية أمس ضبط خلية ...») and once in
    general words that the pipeline placed at a country level (a vague event placed in another
    province than its sibling's is not a restatement).  Such an event that matched no
    cluster of its own joins its sibling's (``marsad.store``)."""
    if a.document is None or a.document != b.document or not vague(a) or vague(b):
        return False
    if a.admin1 and a.admin1 != b.admin1:
        return False  # a province of its own (أبين vs مأرب) is another happening; a country is a mention
    if not a.event_type or a.event_type != b.event_type or a.sub_event_type != b.sub_event_type:
        return False
    if a.fatalities is not None and b.fatalities is not None:
        lo, hi = sorted((a.fatalities, b.fatalities))
        if hi > 2 * lo + 3:
            return False
    return not distinct_siblings(a, b)


def document_exclusions(matches: Sequence[Sequence[tuple[str, MatchDecision]]],
                        feats: Sequence[EventFeatures]) -> list[set[str]]:
    """Match ALL of one document's events together: the clusters each event may NOT join.

    Events are placed in order of their best match's score (the strongest first, text order on
    ties), each in its best cluster not already taken by a distinct sibling (``distinct_siblings``).
    An article that tells a happening and, in passing, an earlier one («غداة خطف ...») then gives
    the earlier report's cluster to its sentence about it, not to its own lead event, even when the
    lead event comes first and shares the headline's words."""
    order = sorted(range(len(feats)), key=lambda i: (-matches[i][0][1].score if matches[i] else math.inf, i))
    taken: dict[str, list[int]] = {}
    excluded: list[set[str]] = [set() for _ in feats]
    for i in order:
        for cid, _ in matches[i]:
            if any(distinct_siblings(feats[i], feats[j]) for j in taken.get(cid, ())):
                excluded[i].add(cid)
                continue
            taken.setdefault(cid, []).append(i)
            break
    return excluded


def cluster(features: Sequence[EventFeatures]) -> list[list[int]]:
    """Greedy clustering in order (an event joins the cluster of its best merging predecessor,
    bridging sibling clusters of one document, see ``bridged``)."""
    cid_of: list[int] = []
    clusters: dict[int, list[int]] = {}
    for i, f in enumerate(features):
        found = matching_clusters(f, ((str(cid_of[j]), features[j]) for j in range(i)))
        if not found:
            cid_of.append(i)
            clusters[i] = [i]
            continue
        c = int(found[0][0])
        docs = {str(k): {features[m].document or "" for m in v} for k, v in clusters.items()}
        members = {str(k): [features[m] for m in v] for k, v in clusters.items()}
        for other in bridged(found, docs, members, f):
            o = int(other)
            for m in clusters.pop(o):
                cid_of[m] = c
                clusters[c].append(m)
        cid_of.append(c)
        clusters[c].append(i)
    return [sorted(v) for _, v in sorted(clusters.items())]


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
