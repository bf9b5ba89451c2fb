"""Actor and quote benchmark on real saudinewsnet articles (annotations in tests/data/actors_bench.json).

    .venv/bin/python benchmarks/bench_actors.py [--bench 1|2|all] [--ner] [--errors] [--speed]
    .venv/bin/python benchmarks/bench_actors.py --select2      # the bench2 article choice (ids only)
    .venv/bin/python benchmarks/bench_actors.py --select3      # the bench3 article choice (ids only)

Bench 1 = tests/data/actors_bench.json (40 articles, annotated next to the system's output, tuned on);
bench 2 = tests/data/actors_bench2.json (15 further articles annotated blind before any system run,
chosen by ``select2``: all saudinewsnet files ordered by sha256("marsad-actors-bench2-H10:" + id);
600-2,500 characters; at least one verb of saying or a quotation mark; at most two per outlet;
excluding the ids of bench 1, the held-out files, the dev gold and the dedup clusters);
bench 3 = tests/data/actors_bench3.json (15 articles annotated blind, chosen by ``select3``).

Actor-name accuracy: a gold actor mention counts as right when an output mention overlapping
it carries the gold canonical name (or one of its alternatives).  Actor precision: output
mentions that overlap a gold mention / all output mentions.  Quotes: one-to-one matching by the
contract's rule (speaker name agrees, the spans overlap by at least half of the gold's characters).
The texts are read from ../shared/data/saudinewsnet at run time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.actors import find_actors, find_quotes, find_sources  # noqa: E402
from marsad.actors.find import analyse  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "saudinewsnet"
BENCH = ROOT / "tests" / "data" / "actors_bench.json"
BENCH2 = ROOT / "tests" / "data" / "actors_bench2.json"
BENCH3 = ROOT / "tests" / "data" / "actors_bench3.json"
SEED2 = "marsad-actors-bench2-H10:"
SEED3 = "marsad-actors-bench3-S2:"
CUE2 = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت)(?![\u0621-\u064A])|[«“\"”]")


def _excluded_ids(extra: tuple[str, ...] = ()) -> set[str]:
    """Ids of every annotated set (bench files named in ``extra`` too), the dev gold and the dedup clusters."""
    data = ROOT / "tests" / "data"
    skip: set[str] = set()
    for name in ("actors_bench.json", "heldout_actors.json", *extra):
        skip |= {a["id"] for a in json.loads((data / name).read_text(encoding="utf-8"))["articles"]}
    skip |= {it["id"] for it in json.loads((data / "heldout_places.json").read_text(encoding="utf-8"))["items"]}
    skip |= {it["id"] for it in json.loads((data / "places_bench.json").read_text(encoding="utf-8"))["items"]}
    for g in (ROOT / "tests" / "gold" / "dev").glob("*.gold.json"):
        skip.add(json.loads(g.read_text(encoding="utf-8")).get("source", "").split(":", 1)[-1])
        skip.add(g.name.split(".")[0])
    for c in json.loads((data / "dedup_clusters.json").read_text(encoding="utf-8"))["clusters"]:
        skip |= {a["id"] for a in c["articles"]}
    return skip


def _all_articles() -> dict[str, dict[str, str]]:
    arts: dict[str, dict[str, str]] = {}
    for f in sorted(SHARED.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                arts[a["id"]] = a
    return arts


def select2(n: int = 15) -> list[str]:
    """The bench2 article ids (hash-ordered walk, see the module docstring)."""
    import hashlib
    from collections import Counter

    skip = _excluded_ids()
    arts = _all_articles()
    order = sorted(arts, key=lambda i: hashlib.sha256((SEED2 + i).encode()).hexdigest())
    per_outlet: Counter[str] = Counter()
    out: list[str] = []
    for i in order:
        a = arts[i]
        if i in skip or not 600 <= len(a["text"]) <= 2500 or not CUE2.search(a["text"]):
            continue
        if per_outlet[a["outlet"]] >= 2:
            continue
        per_outlet[a["outlet"]] += 1
        out.append(i)
        if len(out) == n:
            break
    return out


def select3(n_cue: int = 12, n_plain: int = 3) -> list[str]:
    """The bench3 article ids: all saudinewsnet files ordered by sha256(SEED3 + id); 600-2,500 characters;
    not in bench 1/2, the held-out files, the places bench, the dev gold or the dedup clusters; at most two
    per outlet; the first ``n_cue`` with a verb of saying or a quotation mark (CUE2) and the first
    ``n_plain`` without one."""
    import hashlib
    from collections import Counter

    skip = _excluded_ids(("actors_bench2.json",))
    arts = _all_articles()
    order = sorted(arts, key=lambda i: hashlib.sha256((SEED3 + i).encode()).hexdigest())
    per_outlet: Counter[str] = Counter()
    cue: list[str] = []
    plain: list[str] = []
    for i in order:
        a = arts[i]
        if i in skip or not 600 <= len(a["text"]) <= 2500 or per_outlet[a["outlet"]] >= 2:
            continue
        bucket, limit = (cue, n_cue) if CUE2.search(a["text"]) else (plain, n_plain)
        if len(bucket) >= limit:
            continue
        per_outlet[a["outlet"]] += 1
        bucket.append(i)
        if len(cue) == n_cue and len(plain) == n_plain:
            break
    return cue + plain


def load_texts(ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in sorted(SHARED.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                if a["id"] in ids:
                    out[a["id"]] = a["text"]
    return out


def score(use_ner: bool = False, show_errors: bool = False, path: Path | None = None) -> dict[str, float]:
    """Score one bench file (default: ``BENCH``).  Output mentions overlapping only an optional span
    (bench 2, held-out) are neither right nor wrong."""
    bench = json.loads((path or BENCH).read_text(encoding="utf-8"))["articles"]
    texts = load_texts({a["id"] for a in bench})
    n_gold = n_right = n_out = n_out_ok = 0
    type_right = type_n = 0
    q_gold = q_out = q_match = 0
    t_total = 0.0
    chars = 0
    for art in bench:
        text = texts[art["id"]]
        chars += len(text)
        analyse.cache_clear()
        t0 = time.perf_counter()
        ms = find_actors(text, use_ner=use_ner)
        qs = find_quotes(text, ms)
        find_sources(text, ms)
        t_total += time.perf_counter() - t0
        gold = art["actors"]
        for g in gold:
            n_gold += 1
            over = [m for m in ms if m.start < g["end"] and g["start"] < m.end]
            ok = any(m.name in g["name"] for m in over)
            n_right += ok
            if ok and g["type"] is not None:
                type_n += 1
                type_right += any(m.name in g["name"] and m.type == g["type"] for m in over)
            if show_errors and not ok:
                got = "; ".join(f"{m.name}" for m in over) or "-"
                print(f"ACTOR MISS {art['id']} {text[g['start']:g['end']]!r} want {g['name'][0]} got {got}")
        opt = art.get("optional_actors", [])
        for m in ms:
            hit = any(m.start < g["end"] and g["start"] < m.end for g in gold)
            if not hit and any(m.start < o["end"] and o["start"] < m.end for o in opt):
                continue
            n_out += 1
            n_out_ok += hit
            if show_errors and not hit:
                print(f"ACTOR EXTRA {art['id']} {m.text!r} -> {m.name}")
        used: set[int] = set()
        q_gold += len(art["quotes"])
        q_out += len(qs)
        for g in art["quotes"]:
            need = (g["end"] - g["start"]) / 2
            found = False
            for i, q in enumerate(qs):
                if i in used or q.speaker is None or q.speaker.name not in g["speaker"]:
                    continue
                ov = min(q.end, g["end"]) - max(q.start, g["start"])
                if ov >= need:
                    used.add(i)
                    q_match += 1
                    found = True
                    break
            if show_errors and not found:
                print(f"QUOTE MISS {art['id']} {text[g['start']:g['start'] + 40]!r} by {g['speaker'][0]}")
        if show_errors:
            for i, q in enumerate(qs):
                if i not in used:
                    spk = q.speaker.name if q.speaker else None
                    print(f"QUOTE EXTRA {art['id']} {q.text[:40]!r} by {spk}")
    qp = q_match / q_out if q_out else 0.0
    qr = q_match / q_gold if q_gold else 0.0
    return {
        "articles": len(bench),
        "gold_actors": n_gold,
        "actor_name_accuracy": round(n_right / n_gold, 4),
        "actor_type_accuracy_when_named_right": round(type_right / type_n, 4) if type_n else 0.0,
        "actor_precision": round(n_out_ok / n_out, 4) if n_out else 0.0,
        "gold_quotes": q_gold,
        "quote_precision": round(qp, 4),
        "quote_recall": round(qr, 4),
        "quote_f1": round(2 * qp * qr / (qp + qr), 4) if qp + qr else 0.0,
        "ms_per_article": round(t_total / len(bench) * 1000, 2),
        "ms_per_3kb": round(t_total / chars * 3000 * 1000, 2),
    }


def speed(n: int = 300) -> dict[str, float]:
    """CPU time of actors+sources+quotes over the first ``n`` conflict-1 articles (best of three)."""
    with (SHARED / "conflict-1.jsonl").open(encoding="utf-8") as fh:
        arts = [json.loads(line)["text"] for _, line in zip(range(n), fh, strict=False)]
    best = float("inf")
    for _ in range(3):
        analyse.cache_clear()
        t0 = time.process_time()
        for x in arts:
            ms = find_actors(x)
            find_sources(x, ms)
            find_quotes(x, ms)
        best = min(best, time.process_time() - t0)
    chars = sum(len(x) for x in arts)
    return {"articles": len(arts), "ms_per_article": round(best / len(arts) * 1000, 2),
            "ms_per_3kb": round(best / chars * 3000 * 1000, 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ner", action="store_true", help="also use the CRF tagger")
    ap.add_argument("--errors", action="store_true", help="list misses and extras")
    ap.add_argument("--speed", action="store_true", help="CPU time over 300 conflict articles")
    ap.add_argument("--bench", choices=["1", "2", "3", "all"], default="all", help="which bench file(s)")
    ap.add_argument("--select2", action="store_true", help="print the bench2 article ids")
    ap.add_argument("--select3", action="store_true", help="print the bench3 article ids")
    args = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"data not found: {SHARED}")
    if args.select2:
        print("\n".join(select2()))
        return
    if args.select3:
        print("\n".join(select3()))
        return
    find_actors("تمهيد")  # load the lexicon outside the timing
    res: dict[str, object] = {}
    if args.bench in ("1", "all"):
        res["bench1"] = score(args.ner, args.errors)
    if args.bench in ("2", "all") and BENCH2.exists():
        res["bench2"] = score(args.ner, args.errors, BENCH2)
    if args.bench in ("3", "all") and BENCH3.exists():
        res["bench3"] = score(args.ner, args.errors, BENCH3)
    if args.speed:
        res["speed"] = speed()
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
