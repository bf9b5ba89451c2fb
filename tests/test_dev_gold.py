"""Validate the development gold sets in tests/gold/dev/, dev2/ ... dev22/ against the real articles.

dev2 ... dev22 were made blind (measuring sets): they are validated here (format, offsets, no copied text)
but carry no score floor anywhere.

The articles are read at run time from ../shared/data/saudinewsnet; the test is skipped
when that folder is missing. No article text is kept in the repository.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold" / "dev"
GOLD_DIR2 = REPO / "tests" / "gold" / "dev2"
GOLD_DIR3 = REPO / "tests" / "gold" / "dev3"
GOLD_DIR4 = REPO / "tests" / "gold" / "dev4"
GOLD_DIR5 = REPO / "tests" / "gold" / "dev5"
GOLD_DIR6 = REPO / "tests" / "gold" / "dev6"
GOLD_DIR7 = REPO / "tests" / "gold" / "dev7"
GOLD_DIR8 = REPO / "tests" / "gold" / "dev8"
GOLD_DIR9 = REPO / "tests" / "gold" / "dev9"
GOLD_DIR10 = REPO / "tests" / "gold" / "dev10"
GOLD_DIR11 = REPO / "tests" / "gold" / "dev11"
GOLD_DIR12 = REPO / "tests" / "gold" / "dev12"
GOLD_DIR13 = REPO / "tests" / "gold" / "dev13"
GOLD_DIR14 = REPO / "tests" / "gold" / "dev14"
GOLD_DIR15 = REPO / "tests" / "gold" / "dev15"
GOLD_DIR16 = REPO / "tests" / "gold" / "dev16"
GOLD_DIR17 = REPO / "tests" / "gold" / "dev17"
GOLD_DIR18 = REPO / "tests" / "gold" / "dev18"
GOLD_DIR19 = REPO / "tests" / "gold" / "dev19"
GOLD_DIR20 = REPO / "tests" / "gold" / "dev20"
GOLD_DIR21 = REPO / "tests" / "gold" / "dev21"
GOLD_DIR22 = REPO / "tests" / "gold" / "dev22"
DATA = REPO.parent / "shared" / "data" / "saudinewsnet"
TAXONOMY = REPO.parent / "shared" / "contract" / "taxonomy.json"

if not DATA.is_dir() or not TAXONOMY.is_file():
    pytest.skip("../shared/data/saudinewsnet not available", allow_module_level=True)


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_gold_tool", REPO / "scripts" / "dev_gold_tool.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


TOOL = _tool()
DEV_FILES = sorted(GOLD_DIR.glob("*.gold.json"))
DEV2_FILES = sorted(GOLD_DIR2.glob("*.gold.json"))
DEV3_FILES = sorted(GOLD_DIR3.glob("*.gold.json"))
DEV4_FILES = sorted(GOLD_DIR4.glob("*.gold.json"))
DEV5_FILES = sorted(GOLD_DIR5.glob("*.gold.json"))
DEV6_FILES = sorted(GOLD_DIR6.glob("*.gold.json"))
DEV7_FILES = sorted(GOLD_DIR7.glob("*.gold.json"))
DEV8_FILES = sorted(GOLD_DIR8.glob("*.gold.json"))
DEV9_FILES = sorted(GOLD_DIR9.glob("*.gold.json"))
DEV10_FILES = sorted(GOLD_DIR10.glob("*.gold.json"))
DEV11_FILES = sorted(GOLD_DIR11.glob("*.gold.json"))
DEV12_FILES = sorted(GOLD_DIR12.glob("*.gold.json"))
DEV13_FILES = sorted(GOLD_DIR13.glob("*.gold.json"))
DEV14_FILES = sorted(GOLD_DIR14.glob("*.gold.json"))
DEV15_FILES = sorted(GOLD_DIR15.glob("*.gold.json"))
DEV16_FILES = sorted(GOLD_DIR16.glob("*.gold.json"))
DEV17_FILES = sorted(GOLD_DIR17.glob("*.gold.json"))
DEV18_FILES = sorted(GOLD_DIR18.glob("*.gold.json"))
DEV19_FILES = sorted(GOLD_DIR19.glob("*.gold.json"))
DEV20_FILES = sorted(GOLD_DIR20.glob("*.gold.json"))
DEV21_FILES = sorted(GOLD_DIR21.glob("*.gold.json"))
DEV22_FILES = sorted(GOLD_DIR22.glob("*.gold.json"))
GOLD_FILES = (
    DEV_FILES
    + DEV2_FILES
    + DEV3_FILES
    + DEV4_FILES
    + DEV5_FILES
    + DEV6_FILES
    + DEV7_FILES
    + DEV8_FILES
    + DEV9_FILES
    + DEV10_FILES
    + DEV11_FILES
    + DEV12_FILES
    + DEV13_FILES
    + DEV14_FILES
    + DEV15_FILES
    + DEV16_FILES
    + DEV17_FILES
    + DEV18_FILES
    + DEV19_FILES
    + DEV20_FILES
    + DEV21_FILES
    + DEV22_FILES
)


def test_gold_set_present() -> None:
    assert DEV_FILES, "no gold files"
    assert (GOLD_DIR / "README.md").is_file()













# The blind sets in the order they were made: each holds enough articles, has its README and repeats no article of
# the sets before it (dev2 was the first: 20+ articles).
_SETS = [DEV_FILES, DEV2_FILES, DEV3_FILES, DEV4_FILES, DEV5_FILES, DEV6_FILES, DEV7_FILES, DEV8_FILES, DEV9_FILES,
         DEV10_FILES, DEV11_FILES, DEV12_FILES, DEV13_FILES, DEV14_FILES, DEV15_FILES,
         DEV16_FILES, DEV17_FILES, DEV18_FILES, DEV19_FILES, DEV20_FILES, DEV21_FILES, DEV22_FILES]
_DIRS = [GOLD_DIR, GOLD_DIR2, GOLD_DIR3, GOLD_DIR4, GOLD_DIR5, GOLD_DIR6, GOLD_DIR7, GOLD_DIR8, GOLD_DIR9, GOLD_DIR10,
         GOLD_DIR11, GOLD_DIR12, GOLD_DIR13, GOLD_DIR14, GOLD_DIR15, GOLD_DIR16,
         GOLD_DIR17, GOLD_DIR18, GOLD_DIR19, GOLD_DIR20, GOLD_DIR21, GOLD_DIR22]


@pytest.mark.parametrize("k", range(1, len(_SETS)), ids=[f"dev{k + 1}" for k in range(1, len(_SETS))])
def test_blind_set_present_and_disjoint(k: int) -> None:
    files = _SETS[k]
    assert len(files) >= (20 if k == 1 else 15), f"dev{k + 1} holds too few articles"
    assert (_DIRS[k] / "README.md").is_file()
    earlier = {p.name for s in _SETS[:k] for p in s}
    assert not earlier & {p.name for p in files}, f"dev{k + 1} repeats an article of an earlier set"



def test_dev7_skips_ids_used_elsewhere() -> None:
    """dev7 was chosen with `order --skip-used`: none of its ids is named by a bench, held-out or dedup file."""
    data_ids: set[str] = set()
    for path in (REPO / "tests" / "data").glob("*.json"):
        data_ids |= set(TOOL._ID.findall(path.read_text(encoding="utf-8")))
    dev7_ids = {p.name.split(".")[0] for p in DEV7_FILES}
    assert not dev7_ids & data_ids, "dev7 repeats an id from tests/data"




def test_dev8_skips_ids_used_elsewhere() -> None:
    """dev8 was chosen with `order --skip-used`: none of its ids is named by a bench, held-out or dedup file
    (tests/data/*.json, dedup_clusters3.json included when present), nor by the READMEs of dev ... dev7."""
    data_ids: set[str] = set()
    for path in (REPO / "tests" / "data").glob("*.json"):
        data_ids |= set(TOOL._ID.findall(path.read_text(encoding="utf-8")))
    for gold_dir in (GOLD_DIR, GOLD_DIR2, GOLD_DIR3, GOLD_DIR4, GOLD_DIR5, GOLD_DIR6, GOLD_DIR7):
        readme = gold_dir / "README.md"
        if readme.is_file():
            data_ids |= set(TOOL._ID.findall(readme.read_text(encoding="utf-8")))
    dev8_ids = {p.name.split(".")[0] for p in DEV8_FILES}
    assert not dev8_ids & data_ids, "dev8 repeats an id from tests/data or from an earlier set's README"




def test_dev9_skips_ids_used_elsewhere() -> None:
    """dev9 was chosen with `order --skip-used`: none of its ids is named by a bench, held-out or dedup file
    (tests/data/*.json: dedup_clusters4.json and dedup_clusters5.json included when present), nor by the
    READMEs of dev ... dev8."""
    data_ids: set[str] = set()
    for path in (REPO / "tests" / "data").glob("*.json"):
        data_ids |= set(TOOL._ID.findall(path.read_text(encoding="utf-8")))
    for gold_dir in (GOLD_DIR, GOLD_DIR2, GOLD_DIR3, GOLD_DIR4, GOLD_DIR5, GOLD_DIR6, GOLD_DIR7, GOLD_DIR8):
        readme = gold_dir / "README.md"
        if readme.is_file():
            data_ids |= set(TOOL._ID.findall(readme.read_text(encoding="utf-8")))
    dev9_ids = {p.name.split(".")[0] for p in DEV9_FILES}
    assert not dev9_ids & data_ids, "dev9 repeats an id from tests/data or from an earlier set's README"




def test_dev10_skips_ids_used_elsewhere() -> None:
    """dev10 was chosen with `order --skip-used --skip-file tests/gold/dev10/lead_read_ids.txt`: none of its ids is
    named by a bench, held-out or dedup file (tests/data/*.json: dedup_clusters5.json and dedup_clusters6.json
    included when present), by the READMEs of dev ... dev9, or by the list of ids the lead may have read."""
    data_ids: set[str] = set()
    for path in (REPO / "tests" / "data").glob("*.json"):
        data_ids |= set(TOOL._ID.findall(path.read_text(encoding="utf-8")))
    for gold_dir in (GOLD_DIR, GOLD_DIR2, GOLD_DIR3, GOLD_DIR4, GOLD_DIR5, GOLD_DIR6, GOLD_DIR7, GOLD_DIR8, GOLD_DIR9):
        readme = gold_dir / "README.md"
        if readme.is_file():
            data_ids |= set(TOOL._ID.findall(readme.read_text(encoding="utf-8")))
    lead_read = GOLD_DIR10 / "lead_read_ids.txt"
    assert lead_read.is_file(), "dev10's skip list is missing"
    lead_ids = set(TOOL._ID.findall(lead_read.read_text(encoding="utf-8")))
    dev10_ids = {p.name.split(".")[0] for p in DEV10_FILES}
    assert not dev10_ids & data_ids, "dev10 repeats an id from tests/data or from an earlier set's README"
    assert not dev10_ids & lead_ids, "dev10 holds an id the lead may have read"




@pytest.mark.parametrize(
    "k",
    [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22],
    ids=["dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22"],
)
def test_blind_set_skips_ids_used_elsewhere(k: int) -> None:
    """devK (K >= 11) was chosen with `order --skip-used --skip-duplicates --skip-file tests/gold/devK/lead_read_ids.txt`:
    none of its ids is named by a bench, held-out or dedup file (tests/data/*.json), by the READMEs of the earlier
    sets, or by any list of ids the lead may have read (dev10 on); and none repeats the text of an earlier set's
    article under another id."""
    gold = _DIRS[k - 1]
    data_ids: set[str] = set()
    for path in (REPO / "tests" / "data").glob("*.json"):
        data_ids |= set(TOOL._ID.findall(path.read_text(encoding="utf-8")))
    for gold_dir in _DIRS[: k - 1]:
        readme = gold_dir / "README.md"
        if readme.is_file():
            data_ids |= set(TOOL._ID.findall(readme.read_text(encoding="utf-8")))
    lead_read = gold / "lead_read_ids.txt"
    assert lead_read.is_file(), f"dev{k}'s skip list is missing"
    for gold_dir in [*_DIRS[9 : k - 1], gold]:
        data_ids |= set(TOOL._ID.findall((gold_dir / "lead_read_ids.txt").read_text(encoding="utf-8")))
    ids = {p.name.split(".")[0] for p in gold.glob("*.gold.json")}
    assert ids and not ids & data_ids, f"dev{k} repeats an id from tests/data, an earlier README or a lead-read list"
    arts = TOOL.load_articles()
    earlier_texts = {
        arts[p.name.split(".")[0]]["text"].strip()
        for p in GOLD_FILES
        if p.parent != gold and p.name.split(".")[0] in arts
    }
    for aid in sorted(ids):
        assert arts[aid]["text"].strip() not in earlier_texts, f"dev{k} {aid} repeats an earlier set's article text"


@pytest.mark.parametrize(
    "k",
    [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22],
    ids=[
        "dev10-for-dev11",
        "dev11-for-dev12",
        "dev12-for-dev13",
        "dev13-for-dev14",
        "dev14-for-dev15",
        "dev15-for-dev16",
        "dev16-for-dev17",
        "dev17-for-dev18",
        "dev18-for-dev19",
        "dev19-for-dev20",
        "dev20-for-dev21",
        "dev21-for-dev22",
    ],
)
def test_used_ids_cover_the_previous_blind_set(k: int) -> None:
    """Building devK, the tool's used list holds dev(K-1)'s gold ids, the ids its README lists and its lead-read list."""
    prev = _DIRS[k - 2]
    used = TOOL.used_ids(_DIRS[k - 1])
    named = {p.name.split(".")[0] for p in prev.glob("*.gold.json")}
    named |= set(TOOL._ID.findall((prev / "README.md").read_text(encoding="utf-8")))
    named |= set(TOOL._ID.findall((prev / "lead_read_ids.txt").read_text(encoding="utf-8")))
    assert named and not named - set(used), sorted(named - set(used))[:5]


@pytest.mark.parametrize("path", GOLD_FILES, ids=[f"{p.parent.name}/{p.name.split('.')[0]}" for p in GOLD_FILES])
def test_gold_file_valid(path: Path) -> None:
    assert TOOL.validate_file(path) == []


def test_no_article_text_in_gold() -> None:
    """Gold files hold ids, offsets and values, never sentences from the articles."""
    arts = TOOL.load_articles()
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        art = arts[gold["source"].split(":", 1)[1]]
        raw = path.read_text(encoding="utf-8")
        for s, e in TOOL.sentences(art["text"]):
            sent = art["text"][s:e]
            if len(sent) >= 40:
                assert sent not in raw, f"{path.name} contains article text"


def test_evidence_points_at_sentences() -> None:
    """Every evidence span starts and ends on a sentence boundary of the article."""
    arts = TOOL.load_articles()
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        art = arts[gold["source"].split(":", 1)[1]]
        bounds = set(TOOL.sentences(art["text"]))
        for doc in gold["documents"]:
            for ev in doc["events"]:
                for item in ev.get("evidence", []):
                    assert (item["start"], item["end"]) in bounds, (path.name, item)


def test_published_near_crawl_date() -> None:
    from datetime import date

    arts = TOOL.load_articles()
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        art = arts[gold["source"].split(":", 1)[1]]
        pub = date.fromisoformat(gold["published"])
        crawled = date.fromisoformat(art["extracted"][:10])
        assert 0 <= (crawled - pub).days <= 7, path.name
