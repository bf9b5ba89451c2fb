"""The same pipeline on Dask, for corpora too large for one process.

Workers run the pure `process_page` on partitions of JSONL records and write
JSONL output partitions; nothing is shared between workers. Bad lines become
error records in the output (with file and line), never a failed job. The
output can then be loaded with `marsad ingest` (one writer) or read directly.

Dask is an optional dependency: ``pip install "marsad[dask]"``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path


def _process_lines(lines: Sequence[tuple[str, int, str]]) -> list[str]:
    from marsad.inputs import InputError, page_from_record
    from marsad.pipeline import process_page

    out: list[str] = []
    for source, lineno, raw in lines:
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            out.append(json.dumps({"source": f"{source}:{lineno}", "documents": [],
                                   "errors": [f"invalid JSON: {exc.msg} (column {exc.colno})"]}, ensure_ascii=False))
            continue
        page = page_from_record(rec, source, lineno)
        if isinstance(page, InputError):
            out.append(json.dumps({"source": f"{source}:{lineno}", "documents": [], "errors": [page.reason]},
                                  ensure_ascii=False))
            continue
        out.append(process_page(page).model_dump_json())
    return out


def _numbered(path: Path) -> Iterator[tuple[str, int, str]]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for i, line in enumerate(fh, 1):
            yield str(path), i, line


def run_dask(paths: Sequence[str | Path], out_dir: str | Path, *, partition_size: int = 500,
             scheduler: str = "processes", workers: int | None = None) -> int:
    """Process JSONL files with Dask; write ``part-*.jsonl`` to ``out_dir``; return the number of records."""
    import dask
    import dask.bag as db

    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])
    chunks: list[list[tuple[str, int, str]]] = []
    for f in files:
        buf: list[tuple[str, int, str]] = []
        for item in _numbered(f):
            buf.append(item)
            if len(buf) >= partition_size:
                chunks.append(buf)
                buf = []
        if buf:
            chunks.append(buf)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    bag = db.from_sequence(chunks, npartitions=max(1, len(chunks))).map(_process_lines).flatten()
    kwargs = {"scheduler": scheduler}
    if workers and scheduler in ("processes", "threads"):
        kwargs["num_workers"] = workers
    with dask.config.set(**kwargs):
        bag.to_textfiles(str(out / "part-*.jsonl"), encoding="utf-8")
    return sum(len(c) for c in chunks)
