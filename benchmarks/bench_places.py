"""Places benchmark: gazetteer load time and memory, geoparser speed, and accuracy on tests/data/places_bench.json.

Usage: .venv/bin/python benchmarks/bench_places.py
Accuracy needs ../shared/data/saudinewsnet (the article texts); the timing part does not.
Each figure is measured in a fresh interpreter for the load time and memory.
"""

from __future__ import annotations

import json
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
BENCH = ROOT / "tests" / "data" / "places_bench.json"

_LOAD = """
import resource, time
t = time.perf_counter()
from marsad.places import gazetteer
t1 = time.perf_counter()
g = gazetteer()
t2 = time.perf_counter()
print(t2 - t, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(g))
"""


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def load_figures(runs: int = 5) -> None:
    """Median of ``runs`` fresh interpreters: import + gazetteer(), and gazetteer() alone."""
    out = []
    for _ in range(runs):
        v = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True).stdout.split()
        out.append((float(v[0]), float(v[1]), float(v[2]), int(v[3])))
    total = statistics.median(r[0] for r in out)
    load = statistics.median(r[1] for r in out)
    print(f"gazetteer: {out[0][3]} places; load {total:.3f} s incl. import of marsad.places, "
          f"gazetteer() alone {load:.3f} s (median of {runs} fresh processes); "
          f"process max RSS {max(r[2] for r in out):.0f} MB")


def texts() -> dict[str, str]:
    out: dict[str, str] = {}
    for f in sorted((SHARED / "saudinewsnet").glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                out[d["id"]] = d["text"]
    return out


def accuracy() -> None:
    from marsad.places import find_places

    if not (SHARED / "saudinewsnet").is_dir():
        print("accuracy: skipped (no ../shared/data/saudinewsnet)")
        return
    items = json.loads(BENCH.read_text(encoding="utf-8"))["items"]
    docs = texts()
    ids = sorted({it["id"] for it in items})
    t = time.perf_counter()
    found = {i: find_places(docs[i]) for i in ids}
    dt = time.perf_counter() - t
    chars = sum(len(docs[i]) for i in ids)
    ok_a1 = ok_km = n_km = 0
    ok_null = n_null = 0
    misses: list[str] = []
    for it in items:
        s, e, exp = it["start"], it["end"], it["expected"]
        over = [pm for pm in found[it["id"]] if pm.start < e and s < pm.end and pm.place is not None]
        pm = max(over, key=lambda p: min(e, p.end) - max(s, p.start), default=None)
        if exp is None:
            n_null += 1
            good = pm is None
            ok_null += good
            ok_a1 += good
            if not good:
                misses.append(f"{it['id']} {s}-{e}: expected no place, got {pm.place.name} ({pm.place.country})")
            continue
        p = pm.place if pm else None
        good = p is not None and p.country == exp["country"] and (p.admin1 or None) == exp.get("admin1")
        ok_a1 += good
        if not good:
            got = f"{p.name} ({p.country}, {p.admin1})" if p else "nothing"
            misses.append(f"{it['id']} {s}-{e}: expected {exp['country']}/{exp.get('admin1')}, got {got}")
        if exp.get("lat") is not None:
            n_km += 1
            if p is not None and p.lat is not None and km((p.lat, p.lon), (exp["lat"], exp["lon"])) <= 25:
                ok_km += 1
    n = len(items)
    print(f"accuracy on {n} items ({n - n_null} places, {n_null} non-places) from {len(ids)} articles:")
    print(f"  admin1 (country+admin1; non-places must stay unresolved): {ok_a1}/{n} = {ok_a1 / n:.3f}")
    print(f"  within 25 km (items with expected coordinates): {ok_km}/{n_km} = {ok_km / max(n_km, 1):.3f}")
    print(f"  non-places left unresolved: {ok_null}/{n_null}")
    print(f"  speed: {len(ids) / dt:.0f} articles/s, {chars / dt / 1e6:.2f} MB/s of text (gazetteer already loaded)")
    for m in misses:
        print("  miss:", m)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    load_figures()
    accuracy()
