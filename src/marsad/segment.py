"""Page segmentation: a news page (text dump) → its documents.

A page dump holds the main article(s), possibly a related-articles block
(مقالات ذات صلة ...) of teasers, photo captions with their credit in brackets,
bylines, and boilerplate (the "TT" text-size control, repeated titles and
captions). The segmenter works from the structure of such pages:

* line shapes: a caption ends with a bracketed credit "(أ.ف.ب)"; a byline is a
  short name with a bracketed place "كمال شيخو (القامشلي)"; boilerplate lines
  are short controls ("TT", "A+", "طباعة");
* repetition: a web page prints a headline twice (link and heading) and often
  a caption twice; the second copy is dropped, and a short line repeated just
  below itself (across captions and controls) opens a new article;
* known block headers and section labels (``data/segment.json``).

The document text is the body exactly as in the input: runs of consecutive body
lines are page slices (their separators kept); runs separated by removed lines
(captions, controls) are joined by a blank line, and ``page_spans`` records
where each run sits in the page, so every offset leads back to the page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import normalize_text

_BRACKET_END = re.compile(r"^(?P<body>.*?)\s*\((?P<br>[^()]{1,60})\)\s*$")
_LATIN_CONTROL = re.compile(r"^[A-Za-z+\-\s]{1,4}$")
_SENTENCE_PUNCT = re.compile(r"[.،؛:!؟?]")
_WORD = re.compile(r"\S+")  # words are counted as `str.split()` items, the same (regex \s is str.isspace)
_DATELINE_BYLINE = re.compile(r"^(?P<place>[^\s:،.]{2,20}(?:\s[^\s:،.]{2,20})?)\s*:\s*(?P<author>[^:،.]{3,40})$")


@dataclass(frozen=True)
class SegmentVocabulary:
    related_headers: frozenset[str]
    section_labels: tuple[str, ...]  # normalised, longest first
    credits: frozenset[str]
    boilerplate: frozenset[str]
    boilerplate_prefixes: tuple[str, ...]
    dateline_words: frozenset[str]


# a tags list run on after the last sentence of a line (no punctuation after the label)
_INLINE_TAGS = re.compile(r"[.!؟?»\"]\s*(سمات|الوسوم|وسوم)\s+[^.!؟?،,:«»\n]*$")


def _key(s: str) -> str:
    """Comparison key for a line: normalised, no outer punctuation, single spaces."""
    return _tidy(normalize_text(s))


def _tidy(norm: str) -> str:
    """`_key` of an already normalised string."""
    norm = norm.strip().strip(":：.…-–— ").strip()
    return " ".join(norm.split())  # = re.sub(r"\s+", " ", norm): no outer space is left, and \s is str.isspace


@lru_cache(maxsize=1)
def vocabulary() -> SegmentVocabulary:
    raw = json.loads(resources.files("marsad.data").joinpath("segment.json").read_text(encoding="utf-8"))
    return SegmentVocabulary(
        related_headers=frozenset(_key(h) for h in raw["related_headers"]),
        section_labels=tuple(sorted({_key(s) for s in raw["section_labels"]}, key=len, reverse=True)),
        credits=frozenset(_key(c) for c in raw["credits"]),
        boilerplate=frozenset(_key(b) for b in raw["boilerplate_lines"]),
        boilerplate_prefixes=tuple(_key(b) for b in raw.get("boilerplate_prefixes", [])),
        dateline_words=frozenset(_key(w).casefold() for w in raw["dateline_words"]),
    )


@dataclass(slots=True)
class Line:
    start: int  # offsets of the stripped line in the page
    end: int
    text: str
    key: str
    kind: str = "text"  # text, boiler, header, caption, byline, dateline (body = the ISO date)
    body: str = ""  # caption text or byline author
    bracket: str = ""  # caption credit or byline place
    body_start: int = 0


@dataclass(slots=True)
class Segment:
    """One document found on the page (offsets into the page)."""

    role: str
    title: str | None = None
    section: str | None = None
    summary: str | None = None
    byline: tuple[str, str | None] | None = None
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    text: str = ""
    page_spans: list[tuple[int, int, int]] = field(default_factory=list)  # (doc offset, page offset, length)
    published: str | None = None  # from a dateline of the page ("نُشر: السبت 26 يناير 2019"), ISO


def _is_credit(bracket: str, vocab: SegmentVocabulary) -> bool:
    k = _key(bracket)
    if k in vocab.credits:
        return True
    parts = [p.strip() for p in re.split(r"\s*[-–/،,]\s*", k) if p.strip()]
    return len(parts) > 1 and any(p in vocab.credits for p in parts)


_DATELINE_TOKEN = re.compile(r"[^\W\d_]+")


def _dateline(text: str, vocab: SegmentVocabulary) -> str | None:
    """The ISO date of a line that is only a publication date ("نُشر: السبت 26 يناير 2019", "آخر تحديث:
    21 نوفمبر 2024 - 11:05 ص"): one absolute day, and nothing else but dateline words, numbers and marks."""
    if len(text.split()) > 12 or not any(c.isdigit() for c in text):
        return None
    from marsad.dates import extract_dates  # the reading layer; imported here to keep segment light

    days = [m for m in extract_dates(text) if m.date_start is not None and m.precision == 1 and not m.relative]
    if len(days) != 1:
        return None
    m = days[0]
    rest = normalize_text(text[: m.start] + " " + text[m.end :])
    if all(_key(w).casefold() in vocab.dateline_words for w in _DATELINE_TOKEN.findall(rest)):
        return m.date_start.isoformat() if m.date_start is not None else None
    return None


def _classify(page: str, vocab: SegmentVocabulary) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    raws = page.splitlines(keepends=True)
    # The page is normalised once and split the same way. normalize_text maps character by character,
    # keeps line breaks, makes none and turns whitespace into whitespace (or deletes it), so each normalised
    # line stripped equals the normalised stripped line. A deleted character between \r and \n would join
    # two lines: then the counts differ and every line is normalised on its own.
    norm_lines = normalize_text(page).splitlines(keepends=True)
    norm_raws: list[str] | None = norm_lines
    if len(norm_lines) != len(raws):
        norm_raws = None
    for n_raw, raw in enumerate(raws):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            s = pos + (len(content) - len(content.lstrip()))
            tail = _INLINE_TAGS.search(stripped)
            if tail is not None and tail.start(1) > 0:
                # «… آخر جملة. سمات كلمة كلمة»: the outlet's tags run on after the last sentence
                body = stripped[: tail.start(1)].rstrip()
                lines.append(Line(s, s + len(body), body, _key(body)))
                tags = stripped[tail.start(1) :]
                lines.append(Line(s + tail.start(1), s + len(stripped), tags, _key(tags)))
            else:
                key = _tidy(norm_raws[n_raw]) if norm_raws is not None else _key(stripped)
                lines.append(Line(s, s + len(stripped), stripped, key))
        pos += len(raw)
    for ln in lines:
        if ln.key in vocab.boilerplate or _LATIN_CONTROL.match(ln.text) or ln.key.startswith(vocab.boilerplate_prefixes):
            ln.kind = "boiler"
        elif ln.key in vocab.related_headers:
            ln.kind = "header"
        elif (iso := _dateline(ln.text, vocab)) is not None:
            ln.kind, ln.body = "dateline", iso
        else:
            m = _BRACKET_END.match(ln.text) if ln.text.endswith(")") else None  # (the line is stripped)
            if m and m.group("body").strip():
                body, br = m.group("body").strip(), m.group("br").strip()
                n_words = len(body.split())
                ln.body, ln.bracket = body, br
                ln.body_start = ln.start + m.start("body")
                if _is_credit(br, vocab):
                    ln.kind = "caption"
                elif n_words <= 4 and not _SENTENCE_PUNCT.search(body) and len(br.split()) <= 3:
                    ln.kind = "byline"
                elif n_words >= 3:
                    ln.kind = "caption"
    return lines


def _split_section(caption: str, vocab: SegmentVocabulary) -> tuple[str | None, str]:
    """A teaser's caption line begins with its section label: split it off (by the normalised prefix)."""
    norm = normalize_text(caption)
    for label in vocab.section_labels:
        if norm.startswith(label + " ") and len(norm) > len(label) + 3:
            # normalize_text keeps or deletes characters; find the original cut by counting kept chars
            kept = 0
            for i, ch in enumerate(caption):
                if normalize_text(ch):
                    kept += 1
                if kept == len(label):
                    return caption[: i + 1], caption[i + 1 :].strip()
    return None, caption


class _Parser:
    def __init__(self, page: str, title_hint: str | None, vocab: SegmentVocabulary) -> None:
        self.page = page
        self.vocab = vocab
        self.lines = _classify(page, vocab)
        self.title_hint_key = _key(title_hint) if title_hint else None
        self.n = len(self.lines)

    # -- helpers -------------------------------------------------------------------------------------------
    def kind(self, i: int) -> str:
        return self.lines[i].kind if 0 <= i < self.n else "end"

    def _words(self, i: int) -> int:
        return len(self.lines[i].text.split())

    def _repeat_of(self, i: int, window: int = 8) -> int | None:
        """Index of a copy of line i further down, with only captions/controls/bylines in between."""
        key = self.lines[i].key
        for j in range(i + 1, min(self.n, i + 1 + window)):
            if self.lines[j].key == key:
                return j
            if self.lines[j].kind not in ("caption", "boiler", "dateline"):
                return None
        return None

    def _paragraphs_after(self, j: int) -> int:
        """Text lines after j (captions/controls skipped) before a teaser boundary."""
        count = 0
        k = j + 1
        while k < self.n:
            kd = self.kind(k)
            if kd in ("caption", "boiler", "dateline"):
                if count:
                    break
                k += 1
                continue
            if kd != "text":
                break
            count += 1
            k += 1
        return count

    def is_article_start(self, i: int, in_body: bool = False) -> bool:
        if self.kind(i) != "text" or self._words(i) > 30:
            return False
        if self.title_hint_key and self.lines[i].key == self.title_hint_key:
            return True
        r = self._repeat_of(i)
        if r is not None:
            return self._paragraphs_after(r) >= 2
        if in_body:
            return False
        # a short line followed directly by several paragraphs opens an article
        return self._paragraphs_after(i) >= 3 and all(
            self._words(k) > self._words(i) for k in range(i + 1, min(self.n, i + 3)) if self.kind(k) == "text"
        )

    # -- documents -----------------------------------------------------------------------------------------
    def parse(self) -> list[Segment]:
        docs: list[Segment] = []
        i = 0
        related = False
        first = True
        pending_date: str | None = None  # a dateline before an article's first line
        while i < self.n:
            kd = self.kind(i)
            if kd == "header":
                related = True
                pending_date = None
                i += 1
                continue
            if kd == "boiler":
                i += 1
                continue
            if kd == "dateline":
                pending_date = self.lines[i].body
                i += 1
                continue
            if related and not self.is_article_start(i):
                seg, j = self.parse_teaser(i)
                if seg is not None:
                    docs.append(seg)
                    i = j
                    continue
                i += 1  # a stray line inside the block (not a teaser)
                continue
            related = False
            seg, i = self.parse_article(i, first)
            first = False
            if seg is not None:
                seg.published = seg.published or pending_date
                pending_date = None
                docs.append(seg)
        return docs

    def parse_article(self, i: int, first: bool) -> tuple[Segment | None, int]:
        seg = Segment(role="article")
        title_key = None
        ln = self.lines[i]
        has_more = any(self.kind(k) == "text" for k in range(i + 1, self.n))
        if self.title_hint_key is not None and first:
            if ln.key == self.title_hint_key:
                title_key = ln.key
                seg.title = ln.text
                i += 1
        elif ln.kind == "text" and has_more and self._words(i) <= 30 and not ln.text.endswith((".", "…")):
            seg.title, title_key = ln.text, ln.key
            i += 1
        runs: list[tuple[int, int]] = []
        seen_captions: set[tuple[str, str | None]] = set()
        while i < self.n:
            cur = self.lines[i]
            if cur.kind == "header":
                break
            if cur.kind == "boiler" or (title_key is not None and cur.key == title_key):
                i += 1
                continue
            if cur.kind == "dateline":
                seg.published = seg.published or cur.body
                i += 1
                continue
            if cur.kind == "caption":
                cap = (cur.body, cur.bracket)
                if cap not in seen_captions:
                    seen_captions.add(cap)
                    seg.captions.append(cap)
                i += 1
                continue
            if cur.kind == "byline":
                if seg.byline is None:
                    seg.byline = (cur.body, cur.bracket)
                i += 1
                continue
            if runs and self.is_article_start(i, in_body=True):
                break
            if not runs and seg.byline is None and self._words(i) <= 6:
                m = _DATELINE_BYLINE.match(cur.text)
                if m and self._paragraphs_after(i) >= 1:
                    seg.byline = (m.group("author").strip(), m.group("place").strip())
                    i += 1
                    continue
            runs.append((cur.start, cur.end))
            i += 1
        if not runs and seg.title is None:
            return None, i
        seg.text, seg.page_spans = self._join(runs)
        return seg, i

    def parse_teaser(self, i: int) -> tuple[Segment | None, int]:
        seg = Segment(role="related")
        k = i
        # a headline printed before its card (link text), then the card repeats it
        if self.kind(k) == "text" and self.kind(k + 1) == "caption" and self.kind(k + 2) == "text" and (
            self.lines[k + 2].key == self.lines[k].key
        ):
            k += 1
        if self.kind(k) == "caption":
            section, text = _split_section(self.lines[k].body, self.vocab)
            seg.section = section
            seg.captions.append((text, self.lines[k].bracket))
            k += 1
        if self.kind(k) != "text":
            return (None, k) if k == i else (seg if seg.captions else None, k)
        seg.title = self.lines[k].text
        k += 1
        if self.kind(k) == "text" and not self.is_article_start(k) and self._words(k) > self._words(k - 1) // 2:
            s = self.lines[k]
            seg.summary = s.text
            seg.text, seg.page_spans = s.text, [(0, s.start, s.end - s.start)]
            k += 1
        if self.kind(k) == "byline":
            seg.byline = (self.lines[k].body, self.lines[k].bracket)
            k += 1
        return seg, k

    def _join(self, runs: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int, int]]]:
        """Merge line spans separated only by whitespace into page slices; join slices with a blank line."""
        merged: list[list[int]] = []
        for s, e in runs:
            if merged and not self.page[merged[-1][1] : s].strip():
                merged[-1][1] = e
            else:
                merged.append([s, e])
        parts: list[str] = []
        spans: list[tuple[int, int, int]] = []
        off = 0
        for s, e in merged:
            if parts:
                parts.append("\n\n")
                off += 2
            parts.append(self.page[s:e])
            spans.append((off, s, e - s))
            off += e - s
        return "".join(parts), spans


def segment(page: str, title_hint: str | None = None) -> list[Segment]:
    """Split a page into its documents (articles first as they appear, teasers in place)."""
    if not page.strip():
        return []
    return _Parser(page, title_hint, vocabulary()).parse()
