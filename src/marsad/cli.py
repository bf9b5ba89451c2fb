"""The `marsad` command: thin subcommands over the library functions.

Exit codes: 0 success, 1 bad input (the rest is still processed and printed),
2 usage error. Subcommands beyond extract/eval/schema live in
``marsad.commands.*`` modules, each with ``register(sub)``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path

from marsad import __version__

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def _iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _err(msg: str) -> None:
    print(f"marsad: {msg}", file=sys.stderr)


# -- extract -------------------------------------------------------------------------------------------------
def cmd_extract(args: argparse.Namespace) -> int:
    from marsad import formats
    from marsad.inputs import InputError, iter_pages
    from marsad.pipeline import process_page

    paths = args.paths or ["-"]
    n_errors = 0
    pages = []
    out = sys.stdout
    jsonl = args.format == "jsonl"
    for item in iter_pages(paths, published=args.published):
        if isinstance(item, InputError):
            n_errors += 1
            _err(f"error: {item}")
            if jsonl and item.line is not None:
                # keep one output line per input line, so outputs stay aligned with inputs
                out.write(json.dumps({"source": f"{item.source}:{item.line}", "documents": [],
                                      "errors": [item.reason]}, ensure_ascii=False) + "\n")
            continue
        page = process_page(item)
        if jsonl:
            out.write(page.model_dump_json(exclude_none=False) + "\n")
        else:
            pages.append(page)
    if args.format == "json":
        data = [p.model_dump(mode="json") for p in pages]
        json.dump(data[0] if len(data) == 1 else data, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "csv":
        out.write(formats.csv_text(pages))
    elif args.format == "geojson":
        json.dump(formats.geojson(pages), out, ensure_ascii=False)
        out.write("\n")
    return EXIT_BAD_INPUT if n_errors else EXIT_OK


# -- eval ----------------------------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from marsad.evaluate import evaluate, format_table, load_outputs

    files = args.files
    if len(files) % 2:
        _err("error: eval takes OUTPUT GOLD pairs (an even number of files)")
        return EXIT_USAGE
    pairs = []
    for out_path, gold_path in zip(files[0::2], files[1::2], strict=True):
        try:
            outputs = load_outputs(out_path)
            gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            _err(f"error: {exc.filename}: no such file")
            return EXIT_BAD_INPUT
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            _err(f"error: {out_path} / {gold_path}: not valid JSON: {exc}")
            return EXIT_BAD_INPUT
        pairs.append((outputs, gold))
    result = evaluate(pairs)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(format_table(result))
    return EXIT_OK


# -- schema --------------------------------------------------------------------------------------------------
def cmd_schema(args: argparse.Namespace) -> int:
    from marsad.records import output_schema

    text = json.dumps(output_schema(), ensure_ascii=False, indent=1) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _sub(sub: argparse._SubParsersAction, name: str, help_: str, description: str, example: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help_, description=description, epilog=f"Example:\n  {example}",
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad",
        description="Marsad (مرصد): Arabic news → structured, traceable event data (ACLED / PLOVER).",
        epilog="Example:\n  marsad extract page.txt --published 2019-01-26\n\nRun `marsad COMMAND --help` for each command.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _sub(sub, "extract", "extract documents, events and quotes from pages",
             "Read news pages (plain-text dumps, HTML, JSONL records with a 'text' field, or - for standard input),\n"
             "split each page into its documents (articles and related-article teasers) and extract events, actors,\n"
             "places, dates, fatalities, sources and quotes, each with its evidence span.\n"
             "Bad inputs are reported on standard error (file and line) and the rest is processed; exit code 1 then.",
             "marsad extract ../shared/seed/000_16a07da1f930eec4.txt --published 2019-01-26 --format json")
    p.add_argument("paths", nargs="*", help="files or directories; '-' or nothing reads standard input")
    p.add_argument("--published", type=_iso_date, help="publication date (YYYY-MM-DD) for pages that carry none")
    p.add_argument("--format", choices=("json", "jsonl", "csv", "geojson"), default="json")
    p.set_defaults(func=cmd_extract)

    p = _sub(sub, "eval", "score output against gold files",
             "Score `marsad extract` output against gold files with the contract's rules (documents, events, event\n"
             "fields, quotes). Several OUTPUT GOLD pairs are summed. --json prints a machine-readable result.",
             "marsad eval out.json ../shared/gold/seed.gold.json")
    p.add_argument("files", nargs="+", metavar="OUTPUT GOLD", help="pairs of output and gold files")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_eval)

    p = _sub(sub, "schema", "print the JSON Schema of the output",
             "Print the JSON Schema generated from the contract records (src/marsad/records.py).",
             "marsad schema -o src/marsad/schema/output.schema.json")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.set_defaults(func=cmd_schema)

    import marsad.commands as commands

    for mod in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"marsad.commands.{mod.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
