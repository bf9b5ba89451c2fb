"""The store's SQLite schema and its migrations.

The schema version lives in ``PRAGMA user_version``.  ``MIGRATIONS[i]`` takes a
database from version ``i`` to ``i + 1``; ``migrate`` applies the missing ones
in order, each inside its own transaction, so a database written by an older
Marsad opens in a newer one.  Never edit a released migration: append one.
"""

from __future__ import annotations

import sqlite3

_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    args TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',     -- running | done | interrupted | failed
    n_pages INTEGER NOT NULL DEFAULT 0,
    n_skipped INTEGER NOT NULL DEFAULT 0,
    n_documents INTEGER NOT NULL DEFAULT 0,
    n_events INTEGER NOT NULL DEFAULT 0,
    n_merged INTEGER NOT NULL DEFAULT 0,
    n_errors INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE run_errors (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    source TEXT,
    line INTEGER,
    reason TEXT NOT NULL
);

-- One row per distinct input page (the unit of idempotency: its content hash).
CREATE TABLE pages (
    content_hash TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    kind TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    n_documents INTEGER NOT NULL,
    n_events INTEGER NOT NULL,
    errors TEXT,
    run_id INTEGER,
    ingested_at TEXT NOT NULL,
    seq INTEGER NOT NULL                         -- ingestion order
);

CREATE INDEX pages_seq ON pages(seq);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    page_hash TEXT NOT NULL REFERENCES pages(content_hash),
    doc_index INTEGER NOT NULL,
    role TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,                        -- the Document as JSON, without its text (in `text`)
    minhash BLOB                                 -- MinHash signature of the normalised text
);
CREATE INDEX documents_page ON documents(page_hash);
CREATE INDEX documents_published ON documents(published);

-- Canonical (merged) events: one real-world happening, told by one or more documents.
CREATE TABLE canonical_events (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    event_type TEXT,
    sub_event_type TEXT,
    plover_type TEXT,
    date_start TEXT,
    date_end TEXT,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    location TEXT,
    lat REAL,
    lon REAL,
    actor1 TEXT,
    actor2 TEXT,
    fatalities_low INTEGER,
    fatalities_best INTEGER,
    fatalities_high INTEGER,
    n_members INTEGER NOT NULL,
    n_documents INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    rule TEXT,                                   -- why the members were merged (null for one member)
    record TEXT NOT NULL                         -- the canonical Event as JSON (contract shape + extras)
);
CREATE INDEX canonical_date ON canonical_events(date_start);
CREATE INDEX canonical_type ON canonical_events(event_type, date_start);
CREATE INDEX canonical_place ON canonical_events(country, admin1);

-- Events as extracted from one document (members of a canonical event).
CREATE TABLE events (
    id TEXT PRIMARY KEY,                         -- document id ':' event id within the page
    document_id TEXT NOT NULL REFERENCES documents(id),
    canonical_id TEXT NOT NULL,                  -- canonical_events(id), rebuilt after each insert
    seq INTEGER NOT NULL,
    event_type TEXT,
    sub_event_type TEXT,
    plover_type TEXT,
    date_start TEXT,
    date_end TEXT,
    country TEXT,
    admin1 TEXT,
    location TEXT,
    lat REAL,
    lon REAL,
    actor1 TEXT,
    actor2 TEXT,
    fatalities_best INTEGER,
    record TEXT NOT NULL,                        -- the Event as JSON (contract shape)
    shingles BLOB,                               -- hashed character 4-gram shingles of the evidence text
    merge_rule TEXT,                             -- the rule that joined it to its canonical event
    merge_score REAL
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_canonical ON events(canonical_id);
CREATE INDEX events_block ON events(event_type, date_start);
CREATE INDEX events_seq ON events(seq);

CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events(id),
    name TEXT NOT NULL,
    text TEXT,
    kind TEXT,
    start INTEGER,
    end INTEGER
);
CREATE INDEX event_sources_event ON event_sources(event_id);

CREATE TABLE event_evidence (
    event_id TEXT NOT NULL REFERENCES events(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX event_evidence_event ON event_evidence(event_id);

-- Related documents (the same story), from MinHash/LSH over normalised shingles.
CREATE TABLE doc_lsh (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id)
);
CREATE INDEX doc_lsh_bucket ON doc_lsh(band, bucket);

CREATE TABLE related (
    doc_a TEXT NOT NULL,
    doc_b TEXT NOT NULL,
    similarity REAL NOT NULL,
    PRIMARY KEY (doc_a, doc_b)
) WITHOUT ROWID;

-- Full-text search over normalised text (trigram: sees through Arabic clitics).  Contentless:
-- the rowid is documents.rowid; snippets are cut from documents.text.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, tokenize = 'trigram', content = ''
);
"""

# Version 2 (performance): the list endpoint's filters and its sort (newest first) walk an index
# in order and stop after the page; COUNT is an index range count.  Text filters compare with
# NOCASE, so the indexes are NOCASE too; ``fatalities_n`` (0 when unknown) is the numeric
# fatality column ``min_fatalities`` ranges over; ``list_record`` is the light list row (the
# canonical record without member ids, trigger and the toll texts), kept beside the full record
# so a page of the list is one indexed query and no JSON parsing.  Dedup candidates are blocked
# by type + country + date in SQL.
_V2 = """
ALTER TABLE canonical_events ADD COLUMN fatalities_n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE canonical_events ADD COLUMN list_record TEXT;
UPDATE canonical_events SET fatalities_n = COALESCE(fatalities_best, 0),
    list_record = json_remove(record, '$.member_ids', '$.trigger', '$.evidence_document_id',
                              '$.fatalities.text', '$.injured.text');
DROP INDEX IF EXISTS canonical_date;
DROP INDEX IF EXISTS canonical_type;
DROP INDEX IF EXISTS canonical_place;
CREATE INDEX canonical_list ON canonical_events(date_start DESC, seq);
CREATE INDEX canonical_list_type ON canonical_events(event_type COLLATE NOCASE, date_start DESC, seq);
CREATE INDEX canonical_list_sub ON canonical_events(sub_event_type COLLATE NOCASE, date_start DESC, seq);
CREATE INDEX canonical_list_plover ON canonical_events(plover_type COLLATE NOCASE, date_start DESC, seq);
CREATE INDEX canonical_list_country ON canonical_events(country COLLATE NOCASE, date_start DESC, seq);
CREATE INDEX canonical_list_admin1 ON canonical_events(admin1 COLLATE NOCASE, date_start DESC, seq);
CREATE INDEX canonical_list_fat ON canonical_events(fatalities_n, date_start DESC, seq);
CREATE INDEX events_block_country ON events(event_type, country, date_start);
"""

MIGRATIONS: list[str] = [_V1, _V2]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to ``SCHEMA_VERSION``; returns the version found before."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise RuntimeError(
            f"E701: database schema version {found} is newer than this Marsad ({SCHEMA_VERSION})"
        )
    for version in range(found, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found


def _statements(script: str) -> list[str]:
    """Split a migration script into complete statements (sqlite3.complete_statement)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        stripped = line.split("--", 1)[0] if "--" in line and "'" not in line else line
        buf += stripped
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
