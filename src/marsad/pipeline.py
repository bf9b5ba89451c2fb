"""The whole extraction for one input page: segment → read → mentions → events.

`process_page` is the one function the CLI, the store, the API, the benchmark
and a Dask worker call. It is pure: records in, records out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from marsad.actors.sources import dispatch_sources
from marsad.arabic.normalize import normalize_text
from marsad.events import annotate_document
from marsad.inputs import InputPage
from marsad.outlets import outlet_info
from marsad.records import Byline, Caption, Document, PageOutput, Source
from marsad.segment import Segment, segment

_PLACE_AUTHOR = re.compile(r"^\s*(?P<place>[^:]{2,30}?)\s*:\s*(?P<author>.+?)\s*$")


def page_key(page: InputPage) -> str:
    """A stable id for a page: its record id, else a hash of its source and text."""
    if page.id:
        return page.id
    h = hashlib.blake2b((page.source + "\x00" + page.text).encode("utf-8"), digest_size=6).hexdigest()
    return f"p{h}"


def _byline_from_author(author: str | None) -> Byline | None:
    """A metadata author "لندن: رنيم حنوش" (place: name) or a plain name."""
    if not author or not author.strip():
        return None
    m = _PLACE_AUTHOR.match(author)
    if m and len(m.group("place").split()) <= 3:
        return Byline(author=m.group("author"), place=m.group("place"))
    return Byline(author=author.strip(), place=None)


def credit_dispatch(doc: Document) -> None:
    """Every event of a dispatch is reported by the agencies and outlets its byline credits («جدة - واس، رويترز»),
    as ACLED's source column lists them; they join the sources the event's own sentences name. The byline is the
    document's (metadata or a byline line of the page), so these sources carry no span into the body text."""
    if doc.byline is None or not doc.events:
        return
    credits = dispatch_sources(" ".join(x for x in (doc.byline.place, doc.byline.author) if x))
    for ev in doc.events:
        have = {s.name for s in ev.sources}
        ev.sources.extend(Source(text=t, name=n, kind="media") for t, n in credits if n not in have)


def credit_outlet(doc: Document) -> None:
    """The publishing outlet (the record's ``outlet``) in its events' sources: a media mention of the outlet's own
    name in its own article («مصادر الجزيرة» in Al-Jazirah) is that outlet, not a namesake; an event told with no
    one credited is the outlet's own reporting (ACLED's source column names the publication). The outlet is the
    document's metadata: that source carries no span into the body text."""
    if not (doc.outlet or "").strip() or not doc.events:
        return  # (no outlet, or a blank one from a record: no source is made of it)
    name, text, own = outlet_info(doc.outlet or "")
    for ev in doc.events:
        for k, s in enumerate(ev.sources):
            if s.kind == "media" and own and normalize_text(s.text) in own and s.name != name:
                ev.sources[k] = s.model_copy(update={"name": name})
        if not ev.sources:
            ev.sources.append(Source(text=text, name=name, kind="media"))


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _document(seg: Segment, doc_id: str, page: InputPage, published: dt.date | None) -> Document:
    doc = Document(
        id=doc_id,
        role="related" if seg.role == "related" else "article",
        title=seg.title,
        section=seg.section,
        summary=seg.summary,
        byline=Byline(author=seg.byline[0], place=seg.byline[1]) if seg.byline else None,
        captions=[Caption(text=t, credit=c) for t, c in seg.captions],
        published=published.isoformat() if published else None,
        url=page.url,
        outlet=page.outlet,
        text=seg.text,
    )
    if seg.page_spans:
        doc.page_spans = [list(s) for s in seg.page_spans]  # type: ignore[attr-defined]
    if doc.text.strip():
        doc.events, doc.quotes = annotate_document(doc.text, published=published, title=doc.title, doc_id=doc_id)
    return doc


def process_page(page: InputPage) -> PageOutput:
    """Segment a page into documents and extract every document's events and quotes.

    Relative dates resolve against the page's publication date: its metadata or ``--published``,
    else a dateline line printed in the page ("نُشر: السبت 26 يناير 2019"), which is not body text.
    """
    published = _parse_date(page.published)
    key = page_key(page)
    if page.kind == "text":
        segments = segment(page.text, title_hint=page.title)
    else:
        # a JSONL record or an HTML page's main text is one article; its title and author come from metadata
        segments = segment(page.text, title_hint=page.title) or []
        if not segments:
            segments = [Segment(role="article", text=page.text, page_spans=[(0, 0, len(page.text))])]
    docs: list[Document] = []
    for n, seg in enumerate(segments, 1):
        if n == 1 and seg.role == "article" and seg.title is None and page.title:
            seg.title = page.title
        # the page's own date (metadata or --published) wins; else a dateline printed in the page
        doc = _document(seg, f"{key}-d{n}", page, published or _parse_date(seg.published))
        if n == 1 and doc.byline is None and page.author:
            doc.byline = _byline_from_author(page.author)
        credit_dispatch(doc)
        credit_outlet(doc)
        docs.append(doc)
    return PageOutput(source=page.source, documents=docs)
