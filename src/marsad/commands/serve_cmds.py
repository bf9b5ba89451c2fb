"""Serving commands: ``marsad serve`` (the HTTP API and the dashboard) and ``marsad demo``."""

from __future__ import annotations

import argparse
import importlib.resources
import ipaddress
import os
import secrets
import sys
import tempfile
from pathlib import Path

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TOKEN_ENV = "MARSAD_API_TOKEN"


def _err(msg: str) -> None:
    print(f"marsad: {msg}", file=sys.stderr)


def _sub(sub: argparse._SubParsersAction, name: str, help_: str, description: str,
         example: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help_, description=description, epilog=f"Example:\n  {example}",
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"port out of range: {port}")
    return port


def _read_token(path: str | None) -> str | None:
    """The write token: from --token-file (first line) or the environment (MARSAD_API_TOKEN)."""
    if path:
        text = Path(path).read_text(encoding="utf-8").strip().splitlines()
        return text[0].strip() if text and text[0].strip() else None
    return os.environ.get(TOKEN_ENV) or None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _run(db: str | Path, host: str, port: int, token: str | None, max_body: int) -> int:
    import uvicorn

    from marsad.api.app import create_app

    if not _is_loopback(host):
        _err(f"warning: serving on {host}, reachable from other machines; writes still need the token")
    app = create_app(db, token=token, max_body=max_body)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    db = Path(args.db)
    if not db.exists():
        _err(f"error: {db}: no such database (create it with `marsad ingest PATH --db {db}`)")
        return EXIT_BAD_INPUT
    try:
        token = _read_token(args.token_file)
    except OSError as exc:
        _err(f"error: {args.token_file}: {exc.strerror}")
        return EXIT_BAD_INPUT
    print(f"Marsad: http://{args.host}:{args.port}/  (API docs: /docs; "
          f"writes {'need the token' if token else f'disabled: set {TOKEN_ENV}'}). Ctrl-C stops.", flush=True)
    return _run(db, args.host, args.port, token, args.max_body)


def example_paths() -> list[Path]:
    """The example pages that ship with the package (or the repository's examples/ in a checkout)."""
    packaged = importlib.resources.files("marsad") / "data" / "examples"
    folder = Path(str(packaged))
    if not folder.is_dir():
        folder = Path(__file__).resolve().parents[3] / "examples"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                  and p.suffix.lower() in {".txt", ".html", ".htm", ".jsonl"})


def cmd_demo(args: argparse.Namespace) -> int:
    from marsad.inputs import iter_pages
    from marsad.store import Store

    paths = example_paths()
    if not paths:
        _err("error: no example pages found in the package (marsad/data/examples)")
        return EXIT_BAD_INPUT
    db = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="marsad-demo-")) / "demo.db"
    token = os.environ.get(TOKEN_ENV) or secrets.token_urlsafe(18)
    store = Store(db)
    try:
        summary = store.ingest_pages(iter_pages([str(p) for p in paths]), progress=False, command="demo")
        stats = store.stats()
    finally:
        store.close()
    url = f"http://{args.host}:{args.port}/"
    print(f"Ingested {len(paths)} example files: {summary.pages} pages, {summary.documents} new documents, "
          f"{summary.events} new events ({stats.get('canonical_events', 0)} events in {db}).")
    for source, line, reason in summary.errors:
        _err(f"warning: {source}{f':{line}' if line else ''}: {reason}")
    print(f"Dashboard: {url}")
    print(f"Review with the write token: {url}#token={token}  (the token stays in the browser tab)")
    if args.no_serve:
        return EXIT_OK
    print("Ctrl-C stops the server.", flush=True)
    return _run(db, args.host, args.port, token, args.max_body)


def register(sub: argparse._SubParsersAction) -> None:
    p = _sub(sub, "serve", "serve the HTTP API and the dashboard over a store",
             "Serve the HTTP API (OpenAPI docs at /docs) and the Arabic dashboard (at /) over a store made by\n"
             "`marsad ingest`. Reading needs nothing; writing (POST /documents, reviews) needs the API token,\n"
             f"read from the environment ({TOKEN_ENV}) or --token-file; without one, writes answer 401.\n"
             "Binds to 127.0.0.1 unless --host says otherwise.",
             f"{TOKEN_ENV}=change-me marsad serve --db events.db --port 8000")
    p.add_argument("--db", required=True, help="the store (a SQLite file made by `marsad ingest`)")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST})")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--token-file", help=f"file whose first line is the write token (default: ${TOKEN_ENV})")
    p.add_argument("--max-body", type=int, default=5_000_000, help="largest request body in bytes (default 5 MB)")
    p.set_defaults(func=cmd_serve)

    p = _sub(sub, "demo", "ingest the example pages into a local store and serve the dashboard",
             "Process the example pages that ship with Marsad (Arabic news-style pages written for the project),\n"
             "store them in a local database and serve the dashboard at http://127.0.0.1:8000/. The printed link\n"
             f"carries a write token for reviewing (random unless {TOKEN_ENV} is set). --no-serve ingests,\n"
             "prints the summary and the address, and exits.",
             "marsad demo --no-serve")
    p.add_argument("--db", help="keep the demo database in this file (default: a new temporary folder)")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST})")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--max-body", type=int, default=5_000_000, help="largest request body in bytes (default 5 MB)")
    p.add_argument("--no-serve", action="store_true", help="ingest and print the address, then exit 0")
    p.set_defaults(func=cmd_demo)
