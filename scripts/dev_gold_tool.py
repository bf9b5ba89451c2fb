"""Helper for the development gold set (tests/gold/dev/).

Commands (nothing here writes article text into the repository):

    python scripts/dev_gold_tool.py order [--file conflict-1.jsonl ...] [--limit N] [--salt S] [--skip-used]
                                       [--building DIR] [--skip-file PATH ...] [--skip-duplicates]
        the hash-ordered walk used to choose articles: id, file, outlet, length, extracted date;
        --salt changes the hash prefix (default "marsad-dev-gold:", the dev set's order; the blind
        dev2 set uses "marsad-dev2-gold:"); --skip-used adds a column naming why an article is
        excluded (already in the repo: dev gold, a bench or held-out file, a test or a note);
        --building names the set being built, whose own files do not count as used (default
        tests/gold/dev2; the blind dev3 set: --salt marsad-dev3-gold: --building tests/gold/dev3; dev4:
        --salt marsad-dev4-gold: --building tests/gold/dev4; dev5: --salt marsad-dev5-gold: --building tests/gold/dev5;
        dev6: --salt marsad-dev6-gold: --building tests/gold/dev6; dev7: --salt marsad-dev7-gold:
        --building tests/gold/dev7; dev8: --salt marsad-dev8-gold: --building tests/gold/dev8;
        dev9: --salt marsad-dev9-gold: --building tests/gold/dev9; dev10: --salt marsad-dev10-gold:
        --building tests/gold/dev10 --skip-file tests/gold/dev10/lead_read_ids.txt; dev11: --salt
        marsad-dev11-gold: --building tests/gold/dev11 --skip-duplicates; dev12: --salt marsad-dev12-gold:
        --building tests/gold/dev12 --skip-duplicates --skip-file tests/gold/dev12/lead_read_ids.txt; dev13: --salt
        marsad-dev13-gold: --building tests/gold/dev13 --skip-duplicates --skip-file
        tests/gold/dev13/lead_read_ids.txt; dev14: --salt marsad-dev14-gold: --building tests/gold/dev14
        --skip-duplicates --skip-file tests/gold/dev14/lead_read_ids.txt; dev15: --salt marsad-dev15-gold:
        --building tests/gold/dev15 --skip-duplicates --skip-file tests/gold/dev15/lead_read_ids.txt; dev16: --salt
        marsad-dev16-gold: --building tests/gold/dev16 --skip-duplicates --skip-file
        tests/gold/dev16/lead_read_ids.txt; dev17: --salt marsad-dev17-gold: --building tests/gold/dev17
        --skip-duplicates --skip-file tests/gold/dev17/lead_read_ids.txt; dev18: --salt marsad-dev18-gold:
        --building tests/gold/dev18 --skip-duplicates --skip-file tests/gold/dev18/lead_read_ids.txt; dev19: --salt
        marsad-dev19-gold: --building tests/gold/dev19 --skip-duplicates --skip-file
        tests/gold/dev19/lead_read_ids.txt; dev20: --salt marsad-dev20-gold: --building tests/gold/dev20
        --skip-duplicates --skip-file tests/gold/dev20/lead_read_ids.txt --limit 100000; dev21: --salt
        marsad-dev21-gold: --building tests/gold/dev21 --skip-duplicates --skip-file
        tests/gold/dev21/lead_read_ids.txt --limit 100000; dev22 (other-news only): --file other-news.jsonl
        --salt marsad-dev22-gold: --building tests/gold/dev22 --skip-duplicates --skip-file
        tests/gold/dev22/lead_read_ids.txt --limit 100000); --skip-file PATH
        (repeatable) names a text file of ids (one per line, anything after the id ignored) that are
        skipped as well, even when the file lies under --building (dev10: ids the lead may have read);
        --skip-duplicates (with --skip-used) also skips an article whose text is the same as that of an
        id already used (the corpus holds some articles twice under two ids, e.g. a "?weekly" URL)
    python scripts/dev_gold_tool.py show ID
        print one article (to the terminal only) with numbered sentences and their offsets
    python scripts/dev_gold_tool.py place ARABIC_NAME [--country SY]
        look a place up in the Who's On First gazetteer (name, admin1, lat, lon)
    python scripts/dev_gold_tool.py resolve DRAFT.json OUT.json
        turn a draft gold file whose evidence items are {"sent": k} (sentence numbers as printed
        by `show`) into a gold file with {"start", "end"} character offsets
    python scripts/dev_gold_tool.py stats [--dir tests/gold/dev2]
        counts for tests/gold/dev/README.md (articles, required/optional events, types, countries;
        a list of alternatives counts under its first entry)
    python scripts/dev_gold_tool.py validate [--dir tests/gold/dev2] [FILES ...]
        check every gold file: article exists, offsets in range, types in taxonomy.json

The articles are read at run time from ../shared/data/saudinewsnet (relative to the repo root).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data" / "saudinewsnet"
GAZ = SHARED / "data" / "wof-gazetteer"
TAXONOMY = SHARED / "contract" / "taxonomy.json"
GOLD_DIR = REPO / "tests" / "gold" / "dev"
FILES = ("conflict-1.jsonl", "conflict-2.jsonl", "other-news.jsonl")

_SENT_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


@lru_cache(maxsize=1)
def load_articles() -> dict[str, dict[str, Any]]:
    """All articles by id, each with an added "file" key."""
    out: dict[str, dict[str, Any]] = {}
    for name in FILES:
        with (DATA / name).open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                row["file"] = name
                out[row["id"]] = row
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: split after . ! ? ؟ followed by space, and at newlines."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        _add_span(text, pos, m.start(), spans)
        pos = m.end()
    _add_span(text, pos, len(text), spans)
    return spans


def _add_span(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


DEFAULT_SALT = "marsad-dev-gold:"
DEV2_SALT = "marsad-dev2-gold:"
_ID = re.compile(r"snn-[0-9a-f]{12}")


def hash_key(article_id: str, salt: str = DEFAULT_SALT) -> str:
    return hashlib.sha256((salt + article_id).encode()).hexdigest()


def walk(files: list[str], salt: str = DEFAULT_SALT) -> list[dict[str, Any]]:
    arts = [a for a in load_articles().values() if a["file"] in files]
    return sorted(arts, key=lambda a: hash_key(a["id"], salt))


def used_ids(exclude: Path | None = None) -> dict[str, str]:
    """Article ids the repository already names, with where: the dev gold set, bench and held-out
    files (tests/data), and any test, note, benchmark, script or source file. Files under `exclude`
    (the set being built) are not counted."""
    out: dict[str, str] = {}
    for path in sorted((REPO / "tests" / "gold" / "dev").glob("*.gold.json")):
        out.setdefault(path.name.split(".")[0], "dev gold")
    for path in sorted((REPO / "tests" / "data").glob("*.json")):
        for aid in _ID.findall(path.read_text(encoding="utf-8")):
            out.setdefault(aid, f"tests/data/{path.name}")
    for top in ("tests", "notes", "benchmarks", "scripts", "src"):
        for path in sorted((REPO / top).rglob("*")):
            if not path.is_file() or path.suffix not in {".py", ".md", ".json", ".tsv", ".txt"}:
                continue
            if exclude is not None and exclude in path.parents:
                continue
            for aid in _ID.findall(path.read_text(encoding="utf-8", errors="replace")):
                out.setdefault(aid, str(path.relative_to(REPO)))
    return out


def skip_file_ids(paths: list[str]) -> dict[str, str]:
    """Ids named in the given files (one or more per line), each with the file's repo-relative name."""
    out: dict[str, str] = {}
    for name in paths:
        path = Path(name) if Path(name).is_absolute() else REPO / name
        label = str(path.relative_to(REPO)) if REPO in path.parents else str(path)
        for aid in _ID.findall(path.read_text(encoding="utf-8")):
            out.setdefault(aid, label)
    return out


def duplicate_of(used: dict[str, str]) -> dict[str, str]:
    """Articles whose text (stripped) equals that of a used article, each with the used id it repeats."""
    arts = load_articles()
    by_text = {arts[aid]["text"].strip(): aid for aid in sorted(used) if aid in arts}
    return {
        a["id"]: by_text[a["text"].strip()]
        for a in arts.values()
        if a["id"] not in used and a["text"].strip() in by_text
    }


def cmd_order(args: argparse.Namespace) -> None:
    building = Path(args.building)
    used = used_ids(building if building.is_absolute() else REPO / building) if args.skip_used else {}
    skipped = skip_file_ids(args.skip_file or [])
    dupes = duplicate_of({**used, **skipped}) if args.skip_duplicates else {}
    for a in walk(args.file or list(FILES[:2]), args.salt)[: args.limit]:
        row = [a["id"], a["file"], a["outlet"], len(a["text"]), a["extracted"][:10]]
        if args.skip_used or skipped or dupes:
            why = [f"used: {used[a['id']]}"] if a["id"] in used else []
            why += [f"listed: {skipped[a['id']]}"] if a["id"] in skipped else []
            why += [f"duplicate of {dupes[a['id']]}"] if a["id"] in dupes else []
            row.append(f"SKIP {'; '.join(why)}" if why else "")
        print(*row, sep="\t")


def cmd_show(args: argparse.Namespace) -> None:
    a = load_articles()[args.id]
    print(f"# {a['id']} {a['file']} {a['outlet']} extracted={a['extracted']} len={len(a['text'])}")
    print(f"# title: {a['title']}")
    print(f"# author: {a['author']}")
    for i, (s, e) in enumerate(sentences(a["text"])):
        print(f"[{i}] {s}-{e}: {a['text'][s:e]}")


def cmd_place(args: argparse.Namespace) -> None:
    key = args.name
    for path in sorted(GAZ.glob("wof_*.tsv")):
        if args.country and not path.name.startswith(f"wof_{args.country}"):
            continue
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                names = row["names_ar_all"].split(" | ") + [row["name_ar"]]
                if key in names or (args.loose and key in row["names_ar_all"]):
                    print(
                        row["placetype"], row["name_en"], row["name_ar"], row["admin1_en"],
                        row["admin2_en"], row["lat"], row["lon"], row["gn_id"], row["deprecated"], sep="\t",
                    )


def resolve(draft: dict[str, Any]) -> dict[str, Any]:
    """Replace {"sent": k} evidence items with offsets of sentence k of the article."""
    art = load_articles()[draft["source"].split(":", 1)[1]]
    spans = sentences(art["text"])
    draft["file"] = art["file"]
    for doc in draft["documents"]:
        for ev in doc.get("events", []):
            new = []
            for item in ev.get("evidence", []):
                if "sent" in item:
                    s, e = spans[item["sent"]]
                    new.append({"start": s, "end": e})
                else:
                    new.append(item)
            ev["evidence"] = new
    return draft


def cmd_resolve(args: argparse.Namespace) -> None:
    draft = json.loads(Path(args.draft).read_text(encoding="utf-8"))
    gold = resolve(draft)
    Path(args.out).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    errs = validate_file(Path(args.out))
    for err in errs:
        print(err)
    sys.exit(1 if errs else 0)


def _alts(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def validate_gold(gold: dict[str, Any], name: str = "") -> list[str]:
    """Problems found in one gold object (empty list when it is valid)."""
    tax = json.loads(TAXONOMY.read_text(encoding="utf-8"))
    errs: list[str] = []
    src = gold.get("source", "")
    if not src.startswith("saudinewsnet:"):
        return [f"{name}: source must be saudinewsnet:<id>"]
    aid = src.split(":", 1)[1]
    art = load_articles().get(aid)
    if art is None:
        return [f"{name}: article {aid} not found"]
    if gold.get("file") != art["file"]:
        errs.append(f"{name}: file should be {art['file']}")
    if name and Path(name).name != f"{aid}.gold.json":
        errs.append(f"{name}: file name does not match id")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(gold.get("published"))):
        errs.append(f"{name}: published must be YYYY-MM-DD")
    n = len(art["text"])
    for doc in gold.get("documents", []):
        if doc.get("role") not in ("article", "related"):
            errs.append(f"{name}: bad role")
        if doc.get("title") is not None:
            errs.append(f"{name}: title must be null (no copied text)")
        for k, ev in enumerate(doc.get("events", [])):
            where = f"{name} event {k}"
            if "acled" in ev:
                types = _alts(ev["acled"]["event_type"])
                for t in types:
                    if t not in tax["acled"]:
                        errs.append(f"{where}: unknown ACLED type {t}")
                subs = _alts(ev["acled"].get("sub_event_type", []))
                allowed = {s for t in types if t in tax["acled"] for s in tax["acled"][t]}
                for s in subs:
                    if s not in allowed:
                        errs.append(f"{where}: sub-event {s} not under {types}")
            elif "plover" in ev:
                for t in _alts(ev["plover"]["event_type"]):
                    if t not in tax["plover"]:
                        errs.append(f"{where}: unknown PLOVER type {t}")
            else:
                errs.append(f"{where}: needs acled or plover")
            if "text" in ev.get("date", {}):
                errs.append(f"{where}: date.text is copied text; use start only")
            for d in _alts(ev.get("date", {}).get("start", [])):
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d)):
                    errs.append(f"{where}: bad date {d}")
            loc = ev.get("location")
            if loc is not None and not ev.get("optional"):
                if not loc.get("country"):
                    errs.append(f"{where}: location without country")
                if not loc.get("admin1") and (loc.get("name") or "lat" in loc):
                    errs.append(f"{where}: named location without admin1")
            if not ev.get("evidence") and not ev.get("optional"):
                errs.append(f"{where}: no evidence")
            for item in ev.get("evidence", []):
                s, e = item.get("start"), item.get("end")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n):
                    errs.append(f"{where}: evidence {item} out of range (len {n})")
    return errs


def validate_file(path: Path) -> list[str]:
    return validate_gold(json.loads(path.read_text(encoding="utf-8")), str(path))


def cmd_validate(args: argparse.Namespace) -> None:
    paths = [Path(p) for p in args.files] or sorted(_dir(args).glob("*.gold.json"))
    bad = 0
    for p in paths:
        for err in validate_file(p):
            bad += 1
            print(err)
    print(f"{len(paths)} files, {bad} problems")
    sys.exit(1 if bad else 0)


def stats(gold_dir: Path = GOLD_DIR) -> dict[str, Any]:
    """Counts over the gold set: articles, events (required / optional), types, countries."""
    out: dict[str, Any] = {"articles": 0, "by_file": Counter(), "articles_with_events": 0, "articles_without_events": 0,
                           "required_events": 0, "optional_events": 0, "with_fatalities": 0, "with_date": 0,
                           "with_admin1": 0, "types": Counter(), "sub_types": Counter(), "countries": Counter(), "outlets": Counter()}
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out["articles"] += 1
        out["by_file"][gold["file"]] += 1
        out["outlets"][gold.get("outlet", "?")] += 1
        events = [e for d in gold["documents"] for e in d["events"]]
        required = [e for e in events if not e.get("optional")]
        out["optional_events"] += len(events) - len(required)
        out["articles_with_events" if required else "articles_without_events"] += 1
        for ev in required:
            out["required_events"] += 1
            scheme = "acled" if "acled" in ev else "plover"
            out["types"][f"{scheme.upper()} {_alts(ev[scheme]['event_type'])[0]}"] += 1
            if scheme == "acled" and ev["acled"].get("sub_event_type"):
                out["sub_types"][_alts(ev["acled"]["sub_event_type"])[0]] += 1
            if "location" in ev:
                out["countries"][_alts(ev["location"]["country"])[0]] += 1
                out["with_admin1"] += "admin1" in ev["location"]
            out["with_fatalities"] += "best" in (ev.get("fatalities") or {})
            out["with_date"] += "start" in (ev.get("date") or {})
    return out


def _dir(args: argparse.Namespace) -> Path:
    d = Path(args.dir) if args.dir else GOLD_DIR
    return d if d.is_absolute() else REPO / d


def cmd_stats(args: argparse.Namespace) -> None:
    for key, value in stats(_dir(args)).items():
        if isinstance(value, Counter):
            value = ", ".join(f"{k} {v}" for k, v in value.most_common())
        print(f"{key}: {value}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(required=True)
    p = sub.add_parser("order")
    p.add_argument("--file", action="append")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--salt", default=DEFAULT_SALT)
    p.add_argument("--skip-used", action="store_true")
    p.add_argument("--building", default="tests/gold/dev2")
    p.add_argument("--skip-file", action="append")
    p.add_argument("--skip-duplicates", action="store_true")
    p.set_defaults(func=cmd_order)
    p = sub.add_parser("show")
    p.add_argument("id")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("place")
    p.add_argument("name")
    p.add_argument("--country")
    p.add_argument("--loose", action="store_true")
    p.set_defaults(func=cmd_place)
    p = sub.add_parser("resolve")
    p.add_argument("draft")
    p.add_argument("out")
    p.set_defaults(func=cmd_resolve)
    p = sub.add_parser("stats")
    p.add_argument("--dir")
    p.set_defaults(func=cmd_stats)
    p = sub.add_parser("validate")
    p.add_argument("--dir")
    p.add_argument("files", nargs="*")
    p.set_defaults(func=cmd_validate)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
