"""Store commands: ``marsad ingest``, ``marsad search``, ``marsad events``, ``marsad export``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
DEFAULT_DB = "marsad.db"
INPUT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json"}


def _err(msg: str) -> None:
    print(f"marsad: {msg}", file=sys.stderr)


def _iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _sub(sub: argparse._SubParsersAction, name: str, help_: str, description: str,
         example: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help_, description=description, epilog=f"Example:\n  {example}",
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def expand_inputs(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """Files to read (directories walked recursively, sorted) and the files left out by suffix."""
    files: list[str] = []
    ignored: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            for child in sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith(".")):
                (files if child.suffix.lower() in INPUT_SUFFIXES else ignored).append(str(child))
        else:
            files.append(p)
    return files, ignored


def count_pages(files: Sequence[str]) -> int | None:
    """Pages expected (lines of JSONL files, one per other file), for the progress bar's ETA."""
    n = 0
    for f in files:
        if f == "-":
            return None
        if f.lower().endswith((".jsonl", ".ndjson")):
            try:
                with open(f, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n


def load_processor(spec: str):  # noqa: ANN201 - returns a callable page -> PageOutput
    """``module:function`` -> the function (the default is marsad.pipeline:process_page)."""
    import importlib

    module, _, name = spec.partition(":")
    if not module or not name:
        raise ValueError("expected module:function")
    return getattr(importlib.import_module(module), name)


# -- ingest -------------------------------------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    from marsad.inputs import iter_pages
    from marsad.store import Store

    files, ignored = expand_inputs(args.paths)
    if not files:
        _err("error: nothing to ingest")
        return EXIT_USAGE
    for f in ignored:
        if not args.quiet:
            _err(f"skipped {f}: not a .txt, .html or .jsonl file")
    processor = None
    if args.processor:
        try:
            processor = load_processor(args.processor)
        except (ImportError, AttributeError, ValueError) as exc:
            _err(f"error: --processor {args.processor}: {exc}")
            return EXIT_USAGE
    progress = not args.quiet and not args.no_progress and sys.stderr.isatty()
    total = count_pages(files) if progress else None
    with Store(args.db) as store:
        summary = store.ingest_pages(
            iter_pages(files, published=args.published), progress=progress, workers=args.workers,
            processor=processor,
            total=total, args={"paths": args.paths, "published": args.published, "workers": args.workers},
        )
    for source, line, reason in summary.errors:
        _err(f"error: {source}{f':{line}' if line is not None else ''}: {reason}")
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    elif not args.quiet:
        print(summary.text())
    return EXIT_BAD_INPUT if summary.errors else EXIT_OK


# -- search -------------------------------------------------------------------------------------------------
def cmd_search(args: argparse.Namespace) -> int:
    from marsad.store import Store

    if not Path(args.db).exists():
        _err(f"error: {args.db}: no such database (run `marsad ingest` first)")
        return EXIT_BAD_INPUT
    with Store(args.db) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.json:
        print(json.dumps(hits, ensure_ascii=False, indent=1))
        return EXIT_OK
    for h in hits:
        meta = " ".join(x for x in (h.get("outlet"), h.get("published")) if x)
        print(f"{h['document_id']}  {h['score']:.2f}  {meta}  {h.get('title') or ''}")
        print(f"    {h['snippet']}")
    if not hits:
        _err("no match")
    return EXIT_OK


# -- events -------------------------------------------------------------------------------------------------
def _filters(args: argparse.Namespace) -> dict:
    return {
        "date_from": args.date_from, "date_to": args.date_to, "country": args.country, "admin1": args.admin1,
        "event_type": args.event_type, "actor": args.actor, "text": getattr(args, "text", None),
        "min_fatalities": args.min_fatalities,
    }


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    p.add_argument("--from", dest="date_from", type=_iso_date, help="first event date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_iso_date, help="last event date (YYYY-MM-DD)")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. YE")
    p.add_argument("--admin1", help="first-level division (English name), e.g. Taiz")
    p.add_argument("--type", dest="event_type", help="ACLED event or sub-event type, or a PLOVER type")
    p.add_argument("--actor", help="actor name (substring)")
    p.add_argument("--text", help="only events from documents matching this full-text query")
    p.add_argument("--min-fatalities", type=int, help="minimum best fatality figure")


def cmd_events(args: argparse.Namespace) -> int:
    from marsad.store import Store

    if not Path(args.db).exists():
        _err(f"error: {args.db}: no such database (run `marsad ingest` first)")
        return EXIT_BAD_INPUT
    with Store(args.db) as store:
        events, total = store.query_events(**_filters(args), limit=args.limit, offset=args.offset)
    if args.json:
        print(json.dumps({"total": total, "events": events}, ensure_ascii=False, indent=1))
        return EXIT_OK
    for ev in events:
        acled = ev.get("acled") or {}
        loc = ev.get("location") or {}
        fat = ev.get("fatalities") or {}
        where = ", ".join(x for x in (loc.get("name"), loc.get("admin1"), loc.get("country")) if x)
        kind = acled.get("sub_event_type") or acled.get("event_type") or (ev.get("plover") or {}).get("event_type")
        a1 = (ev.get("actor1") or {}).get("name") or "-"
        f = "" if fat.get("best") is None else f" fatalities {fat['best']}" + (
            f" ({fat['low']}-{fat['high']})" if fat.get("low") != fat.get("high") else "")
        print(f"{(ev.get('date') or {}).get('start') or '????-??-??'}  {ev['id']}  {kind}  {where or '-'}  "
              f"actor1 {a1}{f}  reports {ev.get('n_sources', 1)} [{', '.join(ev.get('outlets') or [])}]")
    print(f"{len(events)} of {total} events", file=sys.stderr)
    return EXIT_OK


# -- export -------------------------------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    from marsad.store import Store

    if not Path(args.db).exists():
        _err(f"error: {args.db}: no such database (run `marsad ingest` first)")
        return EXIT_BAD_INPUT
    if args.format == "parquet" and not args.output:
        _err("error: --format parquet needs -o FILE")
        return EXIT_USAGE
    with Store(args.db) as store:
        out = args.output or sys.stdout
        n = store.export(args.format, out, **_filters(args))
    if args.output:
        _err(f"{n} events written to {args.output}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = _sub(sub, "ingest", "process pages and store documents and events",
             "Read files, directories (recursively: .txt, .html, .jsonl), JSONL records, process every page and store\n"
             "its documents, events, sources and evidence in a SQLite file. The same content is stored once (by\n"
             "content hash), so re-running adds nothing; an interrupted run resumes where it stopped. Events that\n"
             "report the same happening in different articles are merged into one canonical event. Bad records are\n"
             "reported (file, line, reason) and skipped; exit code 1 then. A progress bar shows on a terminal.",
             "marsad ingest ../shared/data/saudinewsnet/ --db events.db")
    p.add_argument("paths", nargs="+", help="files or directories ('-' reads standard input)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB}; created if missing)")
    p.add_argument("--published", type=_iso_date, help="publication date (YYYY-MM-DD) for pages that carry none")
    p.add_argument("--workers", type=int, default=1,
                   help="processes running the extraction (one writer stores the results); default 1")
    p.add_argument("--processor", metavar="MODULE:FUNCTION",
                   help="the page processor (default marsad.pipeline:process_page)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_ingest)

    p = _sub(sub, "search", "full-text search of stored documents",
             "Search stored documents over normalised Arabic (hamza, alef maqsura, ta marbuta and diacritics do not\n"
             "matter; clitics are seen through: الباغوز also finds بالباغوز). Every word must match. Prints the\n"
             "document id, score, outlet, date, title and a snippet of the original text with the match in [].",
             'marsad search "الباغوز" --db events.db')
    p.add_argument("query")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.set_defaults(func=cmd_search)

    p = _sub(sub, "events", "list stored (de-duplicated) events",
             "List canonical events (each merges the reports of one happening from several articles), newest first,\n"
             "filtered by date range, country, admin1, event type, actor, text and minimum fatalities.",
             "marsad events --db events.db --country YE --type 'Air/drone strike' --from 2015-07-21 --min-fatalities 5")
    _add_filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true", help="print {total, events} as JSON")
    p.set_defaults(func=cmd_events)

    p = _sub(sub, "export", "export events as CSV (ACLED columns), JSON, GeoJSON or Parquet",
             "Export canonical events. csv uses ACLED's column names and order (existing ACLED tooling reads it);\n"
             "json holds the full event records; geojson a FeatureCollection of located events; parquet needs -o.\n"
             "Writes to standard output unless -o is given. Takes the same filters as `marsad events`.",
             "marsad export --db events.db --format csv -o events.csv")
    _add_filters(p)
    p.add_argument("--format", choices=("csv", "json", "geojson", "parquet"), default="csv")
    p.add_argument("-o", "--output", help="output file (standard output by default)")
    p.set_defaults(func=cmd_export)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the store commands alone (``python -m marsad.commands.store_cmds ingest ...``)."""
    parser = argparse.ArgumentParser(prog="marsad")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    register(sub)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
