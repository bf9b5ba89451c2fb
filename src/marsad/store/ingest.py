"""Ingestion: pages in, processed, stored once each; errors reported and skipped.

* Idempotent: a page is identified by the SHA-256 of its text (whitespace
  collapsed); a page already stored is skipped before any processing.
* Resumable: each page is stored in ONE transaction (page, documents, events,
  de-duplication, related links, search index), so a crash or kill at any
  point leaves either the whole page or nothing; re-running the same inputs
  skips what is there and stores the rest in the same order.
* Scale: ``workers > 1`` runs ``process_page`` in a process pool while this
  process remains the single writer (no shared state).
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

Processor = Callable[[Any], Any]


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class IngestSummary:
    pages: int = 0          # pages read (stored + skipped)
    stored: int = 0         # pages newly stored
    skipped: int = 0        # pages already in the store (same content hash)
    documents: int = 0      # documents newly stored
    events: int = 0         # events newly stored
    merged: int = 0         # new events merged into an existing canonical event
    errors: list[tuple[str, int | None, str]] = field(default_factory=list)
    seconds: float = 0.0
    run_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages, "stored": self.stored, "skipped": self.skipped,
            "documents": self.documents, "events": self.events, "merged": self.merged,
            "errors": len(self.errors), "seconds": round(self.seconds, 2), "run_id": self.run_id,
        }

    def text(self) -> str:
        rate = self.pages / self.seconds if self.seconds > 0 else 0.0
        return (
            f"{self.pages} pages ({self.stored} stored, {self.skipped} already stored), "
            f"{self.documents} documents, {self.events} events, {self.merged} merged, "
            f"{len(self.errors)} errors in {self.seconds:.1f} s ({rate:.1f} pages/s)"
        )


class Progress:
    """A one-line progress bar with rate and ETA on a terminal; silent otherwise."""

    def __init__(self, total: int | None, stream: IO[str] | None = None, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and (self.total is None or self.done < self.total):
            return
        self._last = now
        el = max(now - self.start, 1e-9)
        rate = self.done / el
        if self.total:
            frac = min(1.0, self.done / self.total)
            bar = "#" * int(frac * 30)
            eta = (self.total - self.done) / rate if rate > 0 else 0.0
            line = (f"\r[{bar:<30}] {self.done}/{self.total} {frac:4.0%} "
                    f"{rate:6.1f}/s ETA {int(eta) // 60:d}:{int(eta) % 60:02d}")
        else:
            line = f"\r{self.done} pages {rate:6.1f}/s"
        self.stream.write(line)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def default_processor() -> Processor:
    from marsad.pipeline import process_page

    return process_page


def _is_error(item: Any) -> bool:
    return hasattr(item, "reason") and not hasattr(item, "text")


def _safe_process(args: tuple[Processor, Any]) -> tuple[Any, Any, str | None]:
    fn, page = args
    try:
        return page, fn(page), None
    except Exception as exc:  # a page that breaks the pipeline is reported, not fatal
        return page, None, f"E702 processing failed: {type(exc).__name__}: {exc}"


def _process_default(page: Any) -> tuple[Any, Any, str | None]:
    return _safe_process((default_processor(), page))


def processed(
    items: Iterable[Any],
    known: set[str],
    processor: Processor | None,
    workers: int,
    on_skip: Callable[[Any], None],
    on_error: Callable[[Any], None],
) -> Iterator[tuple[Any, Any, str | None]]:
    """(page, output, error) for each page not yet stored, in input order."""

    def pending() -> Iterator[Any]:
        for item in items:
            if _is_error(item):
                on_error(item)
                continue
            h = content_hash(item.text)
            if h in known:
                on_skip(item)
                continue
            known.add(h)
            yield item

    if workers <= 1:
        fn = processor or default_processor()
        for page in pending():
            yield _safe_process((fn, page))
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(workers) as pool:
        if processor is None:
            yield from pool.imap(_process_default, pending(), chunksize=4)
        else:
            yield from pool.imap(_safe_process, ((processor, p) for p in pending()), chunksize=4)
