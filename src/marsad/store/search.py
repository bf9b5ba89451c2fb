"""Full-text search over normalised Arabic (SQLite FTS5, trigram tokenizer).

The index holds the normalised title and body (``marsad.arabic.normalize``),
so hamza, alef-maqsura and ta-marbuta variants and diacritics do not matter.
Trigrams match inside words, which sees through clitics: a query word has its
proclitics peeled (والباغوز -> باغوز) and then matches بالباغوز, للباغوز ...
Snippets are cut from the ORIGINAL text through the normaliser's offset map.
"""

from __future__ import annotations

import re
import sqlite3

from marsad.arabic.normalize import normalize, normalize_text

_WORD = re.compile(r"[\w\u0600-\u06ff]+")
_PEEL = re.compile(r"^(?:[وف])?(?:[بلك])?(?:ال|لل)(?=\w{3})|^[وف](?=\w{4})")


def query_terms(query: str) -> list[str]:
    """Normalised query words, proclitics peeled, each at least three characters (trigram minimum)."""
    terms: list[str] = []
    for m in _WORD.finditer(normalize_text(query).lower()):
        w = _PEEL.sub("", m.group())
        if len(w) >= 3 and w not in terms:
            terms.append(w)
    return terms


def fts_query(query: str) -> str | None:
    terms = query_terms(query)
    if not terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def index_document(conn: sqlite3.Connection, doc_id: str, title: str | None, text: str,
                   rowid: int | None = None) -> None:
    if rowid is None:
        rowid = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    conn.execute(
        "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
        (rowid, normalize_text(title or ""), normalize_text(text)),
    )


def matching_documents(conn: sqlite3.Connection, query: str) -> list[str]:
    q = fts_query(query)
    if q is None:
        return []
    return [r[0] for r in conn.execute(
        "SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid WHERE documents_fts MATCH ?",
        (q,))]


def snippet(text: str, terms: list[str], width: int = 80) -> str:
    """A window of the original text around the first matching term (``[...]`` marks the match)."""
    norm = normalize(text)
    low = norm.text.lower()
    if len(low) != len(norm.text):  # a case mapping that changes length: search as is
        low = norm.text
    for t in terms:
        i = low.find(t)
        if i >= 0:
            s, e = norm.span(i, i + len(t))
            a = max(0, s - width)
            b = min(len(text), e + width)
            # widen to word boundaries
            while a > 0 and not text[a - 1].isspace() and s - a < width + 20:
                a -= 1
            while b < len(text) and not text[b].isspace() and b - e < width + 20:
                b += 1
            pre = "…" if a > 0 else ""
            post = "…" if b < len(text) else ""
            body = text[a:s] + "[" + text[s:e] + "]" + text[e:b]
            return pre + " ".join(body.split()) + post
    return " ".join(text[: 2 * width].split())


def search(conn: sqlite3.Connection, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
    """Documents matching every word of ``query``: {document_id, title, snippet, score, ...}."""
    q = fts_query(query)
    if q is None:
        return []
    terms = query_terms(query)
    rows = conn.execute(
        "SELECT d.id AS document_id, bm25(documents_fts, 2.0, 1.0) AS rank, d.title, d.text, d.outlet,"
        " d.published, d.url FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
        " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
        (q, limit, offset),
    ).fetchall()
    out: list[dict] = []
    for r in rows:
        out.append({
            "document_id": r["document_id"],
            "title": r["title"],
            "snippet": snippet(r["text"], terms),
            "score": round(-float(r["rank"]), 4),
            "outlet": r["outlet"],
            "published": r["published"],
            "url": r["url"],
        })
    return out
