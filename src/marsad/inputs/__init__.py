"""Inputs: plain-text page dumps, HTML pages, JSONL records and standard input.

Every reader yields :class:`InputPage` records, or :class:`InputError` values that
name the file (and line) and say why it was rejected; one bad record never stops
the others. Encodings: UTF-8 with or without BOM, UTF-16 (BOM or not) and
windows-1256 are detected and decoded.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.inputs.decode import DecodeError, decode_bytes

__all__ = [
    "DecodeError",
    "InputError",
    "InputPage",
    "decode_bytes",
    "iter_pages",
    "page_from_record",
    "read_path",
]

#: A page larger than this is refused with a clear error (it is not a news page).
MAX_PAGE_BYTES = 20 * 1024 * 1024
_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
#: Files taken when a directory is walked (a file named explicitly is read whatever its suffix).
DIRECTORY_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json"}
_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(slots=True)
class InputPage:
    """One page or record to process."""

    source: str
    text: str
    kind: str = "text"  # text, html, jsonl
    id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    line: int | None = None
    encoding: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(slots=True)
class InputError:
    """A rejected input: which file, which line, and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


def _iso_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = _DATE_RE.match(value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


# a day written in a URL's path: /20150720/, /2015/07/20/, /2015-07-20-…
_URL_DATE_RE = re.compile(r"(?<!\d)(20\d\d)([/_-]?)([01]\d)\2([0-3]\d)(?!\d)")


def url_date(url: object, crawled: str | None) -> str | None:
    """The day an outlet wrote into the page's URL (a print issue's date: «…/Issues/20150720/…»), when it is a
    real day at most a week before the crawl ``crawled`` (YYYY-MM-DD); otherwise None."""
    import datetime as dt

    if not isinstance(url, str) or crawled is None:
        return None
    try:
        crawl_day = dt.date.fromisoformat(crawled)
    except ValueError:
        return None  # (a crawl time that is no real day gives no reference: the URL's day is not trusted)
    for m in _URL_DATE_RE.finditer(url):
        try:
            day = dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        if 0 <= (crawl_day - day).days <= 7:
            return day.isoformat()
    return None


def page_from_record(record: dict, source: str, line: int | None = None) -> InputPage | InputError:
    """A JSONL-style record (``text`` and optional ``id``, ``title``, ``published``, ``url``, ``outlet``).

    A record without ``published`` but with a crawl time ``extracted`` (as in SaudiNewsNet) takes the day its URL
    carries when that is at most a week before the crawl (a print issue's date), else the crawl's date.
    """
    if not isinstance(record, dict):
        return InputError(source, "a record must be a JSON object", line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(source, "record has no non-empty 'text' field", line)
    rid = record.get("id")
    crawled = _iso_date(record.get("extracted"))
    published = _iso_date(record.get("published")) or url_date(record.get("url"), crawled) or crawled
    if record.get("published") not in (None, "") and _iso_date(record.get("published")) is None:
        return InputError(source, f"'published' is not a YYYY-MM-DD date: {record.get('published')!r}", line)
    return InputPage(
        source=f"{source}#{rid}" if rid is not None else (f"{source}:{line}" if line else source),
        text=text,
        kind="jsonl",
        id=str(rid) if rid is not None else None,
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        published=published,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        outlet=record.get("outlet") if isinstance(record.get("outlet"), str) else None,
        author=record.get("author") if isinstance(record.get("author"), str) else None,
        line=line,
    )


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2048].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first in "{["


def _html_page(text: str, source: str, encoding: str | None) -> InputPage | InputError:
    import trafilatura  # imported lazily: only HTML inputs pay for it

    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, favor_recall=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return InputError(source, f"HTML could not be parsed: {exc.__class__.__name__}: {exc}")
    body = getattr(doc, "text", None) if doc is not None else None
    author = (getattr(doc, "author", None) if doc is not None else None) or _meta_author(text)
    if not body or not body.strip():
        return InputError(source, "HTML page has no main text")
    return InputPage(
        source=source,
        text=body,
        kind="html",
        title=getattr(doc, "title", None) or None,
        published=_iso_date(getattr(doc, "date", None)),
        url=getattr(doc, "url", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
        author=author or None,
        encoding=encoding,
    )


_META_AUTHOR = re.compile(
    r"<meta\s+[^>]*(?:name|property)\s*=\s*[\"'](?:author|article:author|dc\.creator)[\"'][^>]*>", re.I)
_CONTENT = re.compile(r"content\s*=\s*[\"']([^\"']+)[\"']", re.I)


def _meta_author(html: str) -> str | None:
    """The page's author meta tag (trafilatura drops one-word names such as مراسل)."""
    m = _META_AUTHOR.search(html[:200_000])
    if not m:
        return None
    c = _CONTENT.search(m.group(0))
    value = c.group(1).strip() if c else ""
    return value if value and not value.startswith(("http://", "https://")) else None


def _jsonl_pages(text: str, source: str) -> Iterator[InputPage | InputError]:
    stripped = text.lstrip()
    if stripped.startswith("["):  # a JSON array of records
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
            return
        for i, rec in enumerate(records if isinstance(records, list) else [records], 1):
            yield page_from_record(rec, source, i)
        return
    for lineno, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"invalid JSON: {exc.msg} (column {exc.colno})", lineno)
            continue
        yield page_from_record(rec, source, lineno)


def pages_from_bytes(data: bytes, source: str, suffix: str = "") -> Iterator[InputPage | InputError]:
    """Decode and read one input's bytes: text dump, HTML or JSONL (by suffix, else by content)."""
    if len(data) > MAX_PAGE_BYTES and suffix not in _JSONL_SUFFIXES:
        yield InputError(source, f"file is too large for one page ({len(data):,} bytes > {MAX_PAGE_BYTES:,})")
        return
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        yield InputError(source, str(exc))
        return
    if not text.strip():
        yield InputError(source, "file is empty")
        return
    if suffix in _JSONL_SUFFIXES or (suffix not in _HTML_SUFFIXES | _TEXT_SUFFIXES and _looks_like_jsonl(text)):
        yield from _jsonl_pages(text, source)
    elif suffix in _HTML_SUFFIXES or _looks_like_html(text):
        yield _html_page(text, source, encoding)
    elif suffix == "" and _looks_like_jsonl(text) and text.lstrip().startswith("{"):
        yield from _jsonl_pages(text, source)
    else:
        yield InputPage(source=source, text=text, kind="text", encoding=encoding)


def read_path(path: str | Path) -> Iterator[InputPage | InputError]:
    """Read one file, or every input file under a directory (recursively, sorted; see DIRECTORY_SUFFIXES)."""
    p = Path(path)
    if p.is_dir():
        for child in sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith(".")
                            and q.suffix.lower() in DIRECTORY_SUFFIXES):
            yield from read_path(child)
        return
    source = str(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        yield InputError(source, "no such file")
        return
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from pages_from_bytes(data, source, p.suffix.lower())


def iter_pages(paths: Sequence[str | os.PathLike[str]], published: str | None = None) -> Iterator[InputPage | InputError]:
    """Every page of every path (``-`` is standard input); ``published`` fills pages that carry no date."""
    for path in paths:
        if str(path) == "-":
            data = sys.stdin.buffer.read()
            items: Iterator[InputPage | InputError] = pages_from_bytes(data, "<stdin>")
        else:
            items = read_path(path)
        for item in items:
            if isinstance(item, InputPage) and published and not item.published:
                item.published = published
            yield item
