"""The event store: one SQLite file (WAL), versioned schema, ingest, de-duplication, search, exports.

    store = Store("events.db")
    summary = store.ingest_pages(iter_pages(["articles/"]), progress=True)
    events, total = store.query_events(country="YE", event_type="Explosions/Remote violence")
    store.export("csv", "events.csv")

``store.connection`` is the open ``sqlite3.Connection`` (rows are ``sqlite3.Row``)
for callers that keep tables of their own (the API keeps its reviews there).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import numpy as np

from marsad.link import NEAR_DUPLICATE, doc_minhash, event_features, lsh_buckets
from marsad.records import Document, PageOutput
from marsad.store import export as _export
from marsad.store import search as _search
from marsad.store.dedup import (
    canonical_id_for,
    document_matches,
    find_canonical,
    fold_restatements,
    rebuild_canonical,
)
from marsad.store.ingest import IngestSummary, Processor, Progress, content_hash, processed
from marsad.store.schema import SCHEMA_VERSION, migrate

__all__ = ["Store", "IngestSummary", "content_hash", "SCHEMA_VERSION"]

RELATED_MIN = 0.25
LSH_BUCKET_CAP = 64        # newest documents read from one LSH bucket
RELATED_CANDIDATES = 100   # candidates (most shared bands first) checked per new document
_TYPE_COLUMNS = ("event_type", "sub_event_type", "plover_type")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _similarities(sig: bytes, others: list[bytes | None]) -> list[float]:
    """``marsad.link.jaccard(sig, o)`` for every ``o`` at once (one numpy comparison)."""
    if not others:
        return []
    empty = np.iinfo(np.uint64).max
    va = np.frombuffer(sig, dtype=np.uint64)
    if (va == empty).all():
        return [0.0] * len(others)
    ok = [o is not None and len(o) == len(sig) for o in others]
    blob = b"".join(o if good else sig for o, good in zip(others, ok, strict=True))  # type: ignore[misc]
    mat = np.frombuffer(blob, dtype=np.uint64).reshape(len(others), va.size)
    sims = np.count_nonzero(mat == va, axis=1) / va.size
    dead = (mat == empty).all(axis=1)
    return [0.0 if not good or d else float(x) for x, good, d in zip(sims, ok, dead, strict=True)]


class _Batch:
    """One write transaction spanning several pages, committed every ``pages`` pages or ``seconds``.

    No savepoint per page: releasing one makes FTS5 flush its pending index data (a segment per
    page).  Instead the batch remembers what it wrote; if storing a page fails part-way, the
    transaction is rolled back and the batch's complete pages (and logged errors) are written again
    and committed, then the error is raised.  A kill loses at most the uncommitted batch, never
    part of a page; a re-run stores those pages again.
    """

    def __init__(self, store: Store, pages: int, seconds: float, run_id: int | None,
                 stats: dict[str, int]) -> None:
        self.store, self.pages, self.seconds = store, max(1, pages), seconds
        self.run_id, self.stats = run_id, stats
        self.open = False
        self.t0 = 0.0
        self.done: list[tuple[str, Any]] = []
        self.stats0: dict[str, int] = {}

    def _begin(self) -> None:
        self.store.connection.execute("BEGIN IMMEDIATE")
        self.open, self.t0, self.done, self.stats0 = True, time.monotonic(), [], dict(self.stats)

    def store_page(self, page: Any, output: PageOutput) -> None:
        with self.store._lock:
            if not self.open:
                self._begin()
            try:
                self.store._ingest_in_transaction(page, output, self.run_id, self.stats)
            except BaseException:
                self._recover()
                raise
            self.done.append(("page", (page, output)))

    def log_errors(self, errors: list[tuple[str, int | None, str]]) -> None:
        with self.store._lock:
            self.store._log_errors(self.run_id or 0, errors)
            if self.open:
                self.done.append(("errors", errors))

    def _recover(self) -> None:
        c = self.store.connection
        c.execute("ROLLBACK")
        self.open = False
        self.stats.clear()
        self.stats.update(self.stats0)
        done, self.done = self.done, []
        if not done:
            return
        c.execute("BEGIN IMMEDIATE")
        try:
            for kind, item in done:
                if kind == "page":
                    self.store._ingest_in_transaction(item[0], item[1], self.run_id, self.stats)
                else:
                    self.store._log_errors(self.run_id or 0, item)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def maybe_commit(self) -> None:
        if self.open and (len(self.done) >= self.pages or time.monotonic() - self.t0 >= self.seconds):
            self.commit()

    def commit(self) -> None:
        if self.open:
            with self.store._lock:
                self.store.connection.execute("COMMIT")
            self.open = False
            self.done = []


class Store:
    """An embedded SQLite store of documents, events (with canonical merges), sources and evidence."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.connection = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        self.connection.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        c = self.connection
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=NORMAL")
        c.execute("PRAGMA foreign_keys=ON")
        c.execute("PRAGMA busy_timeout=10000")
        migrate(c)
        self._counts: dict[tuple[str, tuple[Any, ...]], int] = {}
        self._count_stamp: tuple[int, int] = (-1, -1)

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _seq(self, table: str) -> int:
        row = self.connection.execute(f"SELECT COALESCE(MAX(seq), 0) FROM {table}").fetchone()
        return int(row[0]) + 1

    # ------------------------------------------------------------------ ingest
    def has_page(self, text: str) -> bool:
        return self.connection.execute(
            "SELECT 1 FROM pages WHERE content_hash = ?", (content_hash(text),)).fetchone() is not None

    def ingest_output(self, page: Any, output: PageOutput, run_id: int | None = None,
                      _stats: dict[str, int] | None = None) -> list[str]:
        """Store one processed page in one transaction; returns its document ids.

        A page whose content hash is already stored is not stored again (its ids are returned).
        """
        with self._lock:
            c = self.connection
            c.execute("BEGIN IMMEDIATE")
            try:
                ids = self._ingest_in_transaction(page, output, run_id, _stats)
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
            return ids

    def _ingest_in_transaction(self, page: Any, output: PageOutput, run_id: int | None,
                               stats: dict[str, int] | None) -> list[str]:
        """Store one page inside the caller's open transaction (the caller rolls back on error)."""
        h = content_hash(page.text)
        c = self.connection
        if c.execute("SELECT 1 FROM pages WHERE content_hash = ?", (h,)).fetchone():
            return [r[0] for r in c.execute(
                "SELECT id FROM documents WHERE page_hash = ? ORDER BY doc_index", (h,))]
        return self._store_page(page, output, h, run_id, stats)

    def _store_page(self, page: Any, output: PageOutput, h: str, run_id: int | None,
                    stats: dict[str, int] | None) -> list[str]:
        c = self.connection
        n_events = sum(len(d.events) for d in output.documents)
        c.execute(
            "INSERT INTO pages (content_hash, source, kind, url, outlet, published, n_documents, n_events,"
            " errors, run_id, ingested_at, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (h, str(getattr(page, "source", "")), getattr(page, "kind", None), getattr(page, "url", None),
             getattr(page, "outlet", None), getattr(page, "published", None), len(output.documents),
             n_events, json.dumps(output.errors, ensure_ascii=False) if output.errors else None,
             run_id, _now(), self._seq("pages")),
        )
        ids: list[str] = []
        seq = self._seq("events")
        for i, doc in enumerate(output.documents):
            doc_id = f"d{h[:12]}-{i}"
            d = doc.model_copy(deep=True)
            d.published = d.published or getattr(page, "published", None)
            d.url = d.url or getattr(page, "url", None)
            d.outlet = d.outlet or getattr(page, "outlet", None)
            if i == 0 and not d.title:
                d.title = getattr(page, "title", None)
            d.id = doc_id
            record = d.model_dump(mode="json", exclude={"text"})
            record["source"] = str(getattr(page, "source", ""))
            record["original_id"] = doc.id
            sig = doc_minhash(d.text) if d.role == "article" else None
            cur = c.execute(
                "INSERT INTO documents (id, page_hash, doc_index, role, title, outlet, url, published, text,"
                " record, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (doc_id, h, i, d.role, d.title, d.outlet, d.url, d.published, d.text,
                 json.dumps(record, ensure_ascii=False), sig),
            )
            _search.index_document(c, doc_id, d.title, d.text, rowid=cur.lastrowid)
            near: frozenset[str] = frozenset()
            if sig is not None:
                near = frozenset(other for other, sim in self._link_related(doc_id, sig) if sim >= NEAR_DUPLICATE)
            feats = [event_features(ev, d, key=f"{doc_id}:{ev.id}") for ev in d.events]
            excluded, pre = document_matches(c, feats, near)
            bridged: list[str] = []  # once a sibling folds clusters, the precomputed matches are stale
            founded: list[int] = []  # events that matched no cluster (see fold_restatements)
            for k, (ev, f, excl, m) in enumerate(zip(d.events, feats, excluded, pre, strict=True)):
                ev_id = f.key
                found = find_canonical(c, f, excl, None if bridged else m, bridged, near)
                if found is None:
                    cid, score, rule = canonical_id_for(ev_id), None, None
                    founded.append(k)
                else:
                    cid, score, rule = found
                    if stats is not None:
                        stats["merged"] = stats.get("merged", 0) + 1
                c.execute(
                    "INSERT INTO events (id, document_id, canonical_id, seq, event_type, sub_event_type,"
                    " plover_type, date_start, date_end, country, admin1, location, lat, lon, actor1, actor2,"
                    " fatalities_best, record, shingles, merge_rule, merge_score)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (ev_id, doc_id, cid, seq, f.event_type, f.sub_event_type,
                     ev.plover.event_type if ev.plover else None, f.date,
                     (ev.date.end if ev.date and ev.date.end else f.date), f.country, f.admin1, f.location,
                     f.lat, f.lon, f.actor1, f.actor2, f.fatalities,
                     ev.model_dump_json(), f.sig, rule, score),
                )
                seq += 1
                if ev.sources:
                    c.executemany(
                        "INSERT INTO event_sources (event_id, name, text, kind, start, end) VALUES (?,?,?,?,?,?)",
                        [(ev_id, s.name, s.text, s.kind, s.span.start if s.span else None,
                          s.span.end if s.span else None) for s in ev.sources],
                    )
                if ev.evidence:
                    c.executemany("INSERT INTO event_evidence (event_id, start, end) VALUES (?,?,?)",
                                  [(ev_id, sp.start, sp.end) for sp in ev.evidence])
                rebuild_canonical(c, cid)
                if stats is not None:
                    stats["events"] = stats.get("events", 0) + 1
            fold_restatements(c, feats, founded)
            ids.append(doc_id)
            if stats is not None:
                stats["documents"] = stats.get("documents", 0) + 1
        return ids

    def _link_related(self, doc_id: str, sig: bytes) -> list[tuple[str, float]]:
        """Link ``doc_id`` to stored documents whose MinHash estimate is >= RELATED_MIN; returns them
        (document id, similarity): de-duplication reads the near-verbatim ones as candidates across
        countries (``marsad.store.dedup.candidate_rows``).

        Candidates come from the indexed LSH buckets; the cost is bounded whatever the store's size:
        each bucket gives at most its ``LSH_BUCKET_CAP`` newest documents, and only the
        ``RELATED_CANDIDATES`` candidates sharing the most bands are checked (a boilerplate bucket
        shared by thousands of pages would otherwise make every insert linear in the store).
        """
        c = self.connection
        buckets = lsh_buckets(sig)
        per_bucket = "SELECT * FROM (SELECT document_id FROM doc_lsh WHERE band = ? AND bucket = ? ORDER BY rowid DESC LIMIT ?)"
        rows = c.execute(
            "SELECT h.document_id, d.minhash FROM (SELECT document_id, COUNT(*) AS n FROM ("
            + " UNION ALL ".join([per_bucket] * len(buckets))
            + ") GROUP BY document_id ORDER BY n DESC, document_id LIMIT ?) h"
            " JOIN documents d ON d.id = h.document_id ORDER BY h.document_id",
            [v for band, bucket in buckets for v in (band, bucket, LSH_BUCKET_CAP)] + [RELATED_CANDIDATES],
        ).fetchall()
        found = [(other, sim) for (other, _), sim in zip(rows, _similarities(sig, [r[1] for r in rows]), strict=True)
                 if sim >= RELATED_MIN]
        if found:
            c.executemany("INSERT OR IGNORE INTO related (doc_a, doc_b, similarity) VALUES (?,?,?)",
                          [(*sorted((doc_id, other)), round(sim, 4)) for other, sim in found])
        c.executemany("INSERT INTO doc_lsh (band, bucket, document_id) VALUES (?,?,?)",
                      [(b, k, doc_id) for b, k in buckets])
        return found

    def start_run(self, command: str, args: dict[str, Any] | None = None) -> int:
        with self._lock:
            c = self.connection
            c.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cur = c.execute("INSERT INTO runs (command, args, started_at) VALUES (?,?,?)",
                            (command, json.dumps(args or {}, ensure_ascii=False, default=str), _now()))
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, summary: IngestSummary, status: str = "done") -> None:
        with self._lock:
            self.connection.execute(
                "UPDATE runs SET finished_at = ?, status = ?, n_pages = ?, n_skipped = ?, n_documents = ?,"
                " n_events = ?, n_merged = ?, n_errors = ? WHERE id = ?",
                (_now(), status, summary.pages, summary.skipped, summary.documents, summary.events,
                 summary.merged, len(summary.errors), run_id),
            )

    def _log_errors(self, run_id: int, errors: list[tuple[str, int | None, str]]) -> None:
        if errors:
            self.connection.executemany(
                "INSERT INTO run_errors (run_id, source, line, reason) VALUES (?,?,?,?)",
                [(run_id, s, ln, r) for s, ln, r in errors])

    def ingest_pages(self, pages: Iterable[Any], progress: bool = False, *,
                     processor: Processor | None = None, workers: int = 1, total: int | None = None,
                     command: str = "ingest", args: dict[str, Any] | None = None,
                     batch_pages: int = 64, batch_seconds: float = 2.0) -> IngestSummary:
        """Process and store every page not stored yet; report (and skip) InputErrors and failures.

        ``processor`` defaults to ``marsad.pipeline.process_page``; ``workers > 1`` processes in a
        process pool while this process stays the only writer.  ``total`` (pages expected) lets the
        progress bar show an ETA.  Pages are committed in batches (at most ``batch_pages`` pages or
        ``batch_seconds`` per transaction; see ``_Batch``): a kill loses at most the uncommitted
        batch and never leaves part of a page, and a re-run stores those pages again.
        """
        t0 = time.monotonic()
        summary = IngestSummary()
        run_id = self.start_run(command, args)
        summary.run_id = run_id
        known = {r[0] for r in self.connection.execute("SELECT content_hash FROM pages")}
        pending_errors: list[tuple[str, int | None, str]] = []
        bar = Progress(total, enabled=progress)

        def on_skip(_page: Any) -> None:
            summary.pages += 1
            summary.skipped += 1
            bar.update()

        def on_error(err: Any) -> None:
            e = (str(getattr(err, "source", "")), getattr(err, "line", None), str(getattr(err, "reason", "")))
            pending_errors.append(e)
            summary.errors.append(e)
            bar.update()

        stats: dict[str, int] = {}
        status = "done"
        batch = _Batch(self, batch_pages, batch_seconds, run_id, stats)
        try:
            for page, output, error in processed(pages, known, processor, workers, on_skip, on_error):
                summary.pages += 1
                if error is not None or output is None:
                    e = (str(getattr(page, "source", "")), getattr(page, "line", None), error or "no output")
                    pending_errors.append(e)
                    summary.errors.append(e)
                else:
                    batch.store_page(page, output)
                    summary.stored += 1
                if pending_errors:
                    errs, pending_errors[:] = list(pending_errors), []
                    batch.log_errors(errs)
                batch.maybe_commit()
                bar.update()
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            batch.commit()  # every page in the batch is complete (a failed one was rolled back)
            bar.close()
            if pending_errors:
                self._log_errors(run_id, list(pending_errors))
            summary.documents = stats.get("documents", 0)
            summary.events = stats.get("events", 0)
            summary.merged = stats.get("merged", 0)
            summary.seconds = time.monotonic() - t0
            self.finish_run(run_id, summary, status)
        return summary

    # ------------------------------------------------------------------ queries
    def _canonical_dict(self, row: sqlite3.Row) -> dict[str, Any]:
        return json.loads(row["record"])

    def _event_where(self, *, date_from: str | None = None, date_to: str | None = None,
                     country: str | None = None, admin1: str | None = None, event_type: str | None = None,
                     actor: str | None = None, text: str | None = None, min_fatalities: int | None = None
                     ) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if date_from:
            where.append("c.date_start >= ?")
            params.append(date_from)
        if date_to:
            where.append("c.date_start <= ?")
            params.append(date_to)
        if country:
            where.append("c.country = ? COLLATE NOCASE")
            params.append(country)
        if admin1:
            where.append("c.admin1 = ? COLLATE NOCASE")
            params.append(admin1)
        if event_type:
            # An ACLED type, sub-event type or PLOVER type: find which column holds it (an index
            # probe each), so the query walks that column's index in date order.
            cols = [col for col in _TYPE_COLUMNS if self.connection.execute(
                f"SELECT 1 FROM canonical_events WHERE {col} = ? COLLATE NOCASE LIMIT 1",
                (event_type,)).fetchone()]
            if not cols:
                where.append("0")
            else:
                where.append("(" + " OR ".join(f"c.{col} = ? COLLATE NOCASE" for col in cols) + ")")
                params += [event_type] * len(cols)
        if actor:
            where.append("c.id IN (SELECT canonical_id FROM events WHERE actor1 LIKE ? OR actor2 LIKE ?)")
            params += [f"%{actor}%"] * 2
        if min_fatalities is not None:
            where.append("c.fatalities_n >= ?")
            params.append(min_fatalities)
        if text:
            q = _search.fts_query(text)
            if q is None:
                where.append("0")
            else:
                where.append("c.id IN (SELECT e.canonical_id FROM events e JOIN documents d ON d.id = e.document_id"
                             " WHERE d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))")
                params.append(q)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def _count(self, where: str, params: list[Any]) -> int:
        """COUNT of matching canonical events, remembered until the database changes (any writer)."""
        c = self.connection
        stamp = (int(c.execute("PRAGMA data_version").fetchone()[0]), c.total_changes)
        if stamp != self._count_stamp:
            self._counts.clear()
            self._count_stamp = stamp
        key = (where, tuple(params))
        total = self._counts.get(key)
        if total is None:
            total = int(c.execute(f"SELECT COUNT(*) FROM canonical_events c{where}", params).fetchone()[0])
            if len(self._counts) >= 512:
                self._counts.clear()
            self._counts[key] = total
        return total

    def query_events(self, *, date_from: str | None = None, date_to: str | None = None,
                     country: str | None = None, admin1: str | None = None, event_type: str | None = None,
                     actor: str | None = None, text: str | None = None, min_fatalities: int | None = None,
                     limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """Canonical events matching every filter (newest first) and the total count."""
        where, params = self._event_where(
            date_from=date_from, date_to=date_to, country=country, admin1=admin1, event_type=event_type,
            actor=actor, text=text, min_fatalities=min_fatalities)
        c = self.connection
        total = self._count(where, params)
        rows = c.execute(
            f"SELECT c.record FROM canonical_events c{where} ORDER BY c.date_start DESC, c.seq"
            " LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return [self._canonical_dict(r) for r in rows], total

    def query_events_json(self, *, date_from: str | None = None, date_to: str | None = None,
                          country: str | None = None, admin1: str | None = None, event_type: str | None = None,
                          actor: str | None = None, text: str | None = None, min_fatalities: int | None = None,
                          limit: int = 50, offset: int = 0) -> tuple[str, int]:
        """Like ``query_events`` but the page is a JSON array text of light rows (``dedup.list_record``:
        no member ids, trigger or toll texts), read straight from the store without parsing."""
        where, params = self._event_where(
            date_from=date_from, date_to=date_to, country=country, admin1=admin1, event_type=event_type,
            actor=actor, text=text, min_fatalities=min_fatalities)
        total = self._count(where, params)
        if offset >= total:
            return "[]", total
        rows = self.connection.execute(
            f"SELECT COALESCE(c.list_record, c.record) FROM canonical_events c{where}"
            " ORDER BY c.date_start DESC, c.seq LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return "[" + ",".join(r[0] for r in rows) + "]", total

    def iter_events(self, **filters: Any) -> Iterable[dict[str, Any]]:
        where, params = self._event_where(**filters)
        for r in self.connection.execute(
                f"SELECT c.record FROM canonical_events c{where} ORDER BY c.date_start, c.seq", params):
            yield self._canonical_dict(r)

    def get_event(self, event_id: str) -> dict | None:
        """A canonical event (or the canonical event of a member id) with its members and documents."""
        c = self.connection
        row = c.execute("SELECT record FROM canonical_events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            m = c.execute("SELECT canonical_id FROM events WHERE id = ?", (event_id,)).fetchone()
            if m is None:
                return None
            row = c.execute("SELECT record FROM canonical_events WHERE id = ?", (m[0],)).fetchone()
        ev = self._canonical_dict(row)
        members: list[dict] = []
        for r in c.execute("SELECT id, document_id, record, merge_rule, merge_score FROM events"
                           " WHERE canonical_id = ? ORDER BY seq", (ev["id"],)):
            m = json.loads(r["record"])
            m["id"] = r["id"]
            m["document_id"] = r["document_id"]
            m["merge_rule"] = r["merge_rule"]
            m["merge_score"] = r["merge_score"]
            members.append(m)
        ev["members"] = members
        docs: list[dict] = []
        for did in ev.get("document_ids") or []:
            d = c.execute("SELECT id, title, outlet, url, published FROM documents WHERE id = ?",
                          (did,)).fetchone()
            if d is not None:
                docs.append(dict(d))
        ev["documents"] = docs
        return ev

    def related(self, doc_id: str) -> list[str]:
        """Documents about the same story: text near-duplicates (MinHash/LSH) or sharing an event."""
        c = self.connection
        out: list[str] = []
        for (other,) in c.execute(
                "SELECT doc_b FROM related WHERE doc_a = ? UNION SELECT doc_a FROM related WHERE doc_b = ?"
                " UNION SELECT e2.document_id FROM events e1 JOIN events e2"
                " ON e1.canonical_id = e2.canonical_id WHERE e1.document_id = ?",
                (doc_id, doc_id, doc_id)):
            if other != doc_id and other not in out:
                out.append(other)
        return sorted(out)

    def get_document(self, doc_id: str) -> dict | None:
        row = self.connection.execute("SELECT record, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        doc = json.loads(row["record"])
        doc["text"] = row["text"]
        canon = dict(self.connection.execute(
            "SELECT id, canonical_id FROM events WHERE document_id = ?", (doc_id,)).fetchall())
        for ev in doc.get("events") or []:
            ev["canonical_id"] = canon.get(f"{doc_id}:{ev['id']}")
        doc["related"] = self.related(doc_id)
        return doc

    def get_document_record(self, doc_id: str) -> Document | None:
        row = self.connection.execute("SELECT record, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        doc = Document.model_validate_json(row["record"])
        doc.text = row["text"]
        return doc

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
        """Full-text search over normalised Arabic: {document_id, title, snippet, score, ...}."""
        return _search.search(self.connection, query, limit, offset)

    # ------------------------------------------------------------------ export
    def _notes(self, ev: dict[str, Any]) -> str:
        did = ev.get("evidence_document_id")
        spans = ev.get("evidence") or []
        if not did or not spans:
            return ""
        row = self.connection.execute("SELECT text FROM documents WHERE id = ?", (did,)).fetchone()
        if row is None:
            return ""
        text = row[0]
        return " ".join(text[s["start"]:s["end"]] for s in spans if 0 <= s["start"] < s["end"] <= len(text))

    def export(self, fmt: str, out: IO | str | Path, **filters: Any) -> int:
        """Write canonical events (filtered as ``query_events``) as csv|json|geojson|parquet."""
        fmt = fmt.lower()
        if fmt not in _export.FORMATS:
            raise ValueError(f"E703: unknown export format {fmt!r} (choose from {', '.join(_export.FORMATS)})")
        filters = {k: v for k, v in filters.items() if v is not None}
        events = self.iter_events(**filters)
        stamp = _export.now_timestamp()

        def rows() -> Iterable[dict[str, Any]]:
            for ev in events:
                r = _export.acled_row(ev, self._notes(ev))
                r["timestamp"] = stamp
                yield r

        if fmt == "csv":
            return _export.write_csv(rows(), out)
        if fmt == "json":
            return _export.write_json(events, out)
        if fmt == "parquet":
            return _export.write_parquet(rows(), out)

        def pairs() -> Iterable[tuple[dict[str, Any], dict[str, Any]]]:
            for ev in events:
                r = _export.acled_row(ev, self._notes(ev))
                r["timestamp"] = stamp
                yield ev, r

        return _export.write_geojson(pairs(), out)

    # ------------------------------------------------------------------ stats
    def stats(self) -> dict:
        c = self.connection

        def one(sql: str) -> int:
            return int(c.execute(sql).fetchone()[0] or 0)

        by_type = {r[0] or "unknown": r[1] for r in c.execute(
            "SELECT event_type, COUNT(*) FROM canonical_events GROUP BY event_type ORDER BY 2 DESC")}
        by_country = {r[0] or "unknown": r[1] for r in c.execute(
            "SELECT country, COUNT(*) FROM canonical_events GROUP BY country ORDER BY 2 DESC")}
        outlets = {r[0] or "unknown": r[1] for r in c.execute(
            "SELECT outlet, COUNT(*) FROM documents GROUP BY outlet ORDER BY 2 DESC")}
        last = c.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        size = sum(p.stat().st_size for p in (self.path, Path(str(self.path) + "-wal")) if p.exists())
        return {
            "schema_version": SCHEMA_VERSION,
            "pages": one("SELECT COUNT(*) FROM pages"),
            "documents": one("SELECT COUNT(*) FROM documents"),
            "events": one("SELECT COUNT(*) FROM events"),
            "canonical_events": one("SELECT COUNT(*) FROM canonical_events"),
            "merged_events": one("SELECT COUNT(*) FROM canonical_events WHERE n_members > 1"),
            "related_pairs": one("SELECT COUNT(*) FROM related"),
            "errors": one("SELECT COUNT(*) FROM run_errors"),
            "runs": one("SELECT COUNT(*) FROM runs"),
            "last_run": dict(last) if last else None,
            "by_event_type": by_type,
            "by_country": by_country,
            "by_outlet": outlets,
            "date_range": list(c.execute(
                "SELECT MIN(date_start), MAX(date_start) FROM canonical_events").fetchone()),
            "bytes": size,
        }
