"""Every input kind and every bad input named in the foundation issue, on real text from ../shared."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.inputs import (
    InputError,
    InputPage,
    decode_bytes,
    iter_pages,
    page_from_record,
    pages_from_bytes,
    url_date,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_16a07da1f930eec4.txt"
SNN = SHARED / "data" / "saudinewsnet" / "conflict-1.jsonl"

pytestmark = pytest.mark.skipif(not (SEED.exists() and SNN.exists()), reason="../shared not available")


def _records(n: int = 3) -> list[dict]:
    with SNN.open(encoding="utf-8") as fh:
        return [json.loads(next(fh)) for _ in range(n)]


def _pages(data: bytes, name: str = "x.txt") -> list[InputPage | InputError]:
    return list(pages_from_bytes(data, name, Path(name).suffix))


def test_text_dump_utf8() -> None:
    (page,) = list(iter_pages([SEED]))
    assert isinstance(page, InputPage) and page.kind == "text" and page.encoding == "utf-8"
    assert page.text == SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: t.encode("utf-16-le"), "utf-16"),
        (lambda t: t.encode("utf-16-be"), "utf-16"),
        (lambda t: t.encode("cp1256", errors="replace"), "windows-1256"),
    ],
)
def test_encodings_are_detected(encode, expected: str) -> None:
    text = json.loads(SNN.open(encoding="utf-8").readline())["text"][:3000]
    decoded, enc = decode_bytes(encode(text))
    assert enc == expected
    if expected != "windows-1256":
        assert decoded == text
    else:  # characters outside cp1256 (rare) become '?'
        assert sum(a == b for a, b in zip(decoded, text, strict=False)) / len(text) > 0.99


def test_empty_file_is_one_line_error(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    (err,) = list(iter_pages([f]))
    assert isinstance(err, InputError) and str(f) in str(err) and "empty" in err.reason and "\n" not in str(err)


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    f = tmp_path / "blank.txt"
    f.write_text("  \n\n\t\n", encoding="utf-8")
    (err,) = list(iter_pages([f]))
    assert isinstance(err, InputError) and "empty" in err.reason


def test_binary_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "photo.jpg"
    f.write_bytes(bytes(range(256)) * 40)
    (err,) = list(iter_pages([f]))
    assert isinstance(err, InputError) and "binary" in err.reason and str(f) in str(err)


def test_missing_file_is_named(tmp_path: Path) -> None:
    (err,) = list(iter_pages([tmp_path / "nope.txt"]))
    assert isinstance(err, InputError) and "no such file" in err.reason


def test_huge_page_is_refused_with_reason() -> None:
    (err,) = _pages(b"a" * (21 * 1024 * 1024), "huge.txt")
    assert isinstance(err, InputError) and "too large" in err.reason


def test_jsonl_records_with_a_bad_line(tmp_path: Path) -> None:
    recs = _records(3)
    lines = [json.dumps(recs[0], ensure_ascii=False), "{not json", json.dumps(recs[1], ensure_ascii=False),
             json.dumps({"id": "x", "title": "no text"}), json.dumps(recs[2], ensure_ascii=False)]
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_pages([f]))
    pages = [i for i in items if isinstance(i, InputPage)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [p.id for p in pages] == [r["id"] for r in recs]
    assert [(e.line, "JSON" in e.reason or "text" in e.reason) for e in errors] == [(2, True), (4, True)]
    # crawl date when no 'published' (or the day the URL carries, a print issue's)
    assert pages[0].published == (url_date(recs[0]["url"], recs[0]["extracted"][:10]) or recs[0]["extracted"][:10])
    assert pages[0].title == recs[0]["title"] and pages[0].outlet == recs[0]["outlet"]


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    rec = _records(1)[0]
    paras = "".join(f"<p>{p}</p>" for p in rec["text"].split("\n") if p.strip())
    html = (
        "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
        f"<title>{rec['title']}</title><meta property='og:title' content='{rec['title']}'>"
        "<meta property='article:published_time' content='2015-07-20T08:00:00Z'>"
        "<meta name='author' content='مراسل'></head><body><nav><a href='/'>قائمة التنقل العلوية</a></nav>"
        f"<article><h1>{rec['title']}</h1>{paras}</article><footer>حقوق النشر</footer></body></html>"
    )
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    (page,) = list(iter_pages([f]))
    assert isinstance(page, InputPage) and page.kind == "html"
    assert page.title == rec["title"] and page.published == "2015-07-20" and page.author == "مراسل"
    first_para = next(p for p in rec["text"].split("\n") if p.strip()).strip()
    assert first_para[:80] in page.text and "قائمة التنقل العلوية" not in page.text


def test_broken_html_still_reads_or_errors_clearly(tmp_path: Path) -> None:
    rec = _records(1)[0]
    f = tmp_path / "broken.html"
    f.write_text(f"<html><body><div><p>{rec['text'][:2000]}<p><b>unclosed <i>tags", encoding="utf-8")
    (item,) = list(iter_pages([f]))
    if isinstance(item, InputPage):
        assert rec["text"][:50] in item.text
    else:
        assert str(f) in str(item)


def test_directory_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "a" / "empty.txt").write_bytes(b"")
    (tmp_path / "a" / "SOURCE.md").write_text("# not a page", encoding="utf-8")
    (tmp_path / "a" / "logo.png").write_bytes(b"\x89PNG\r\n")
    items = list(iter_pages([tmp_path]))
    assert sum(isinstance(i, InputPage) for i in items) == 1 and sum(isinstance(i, InputError) for i in items) == 1


def test_standard_input_through_the_cli() -> None:
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "-", "--format", "json"],
                          input=SEED.read_bytes(), capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout)
    assert out["source"] == "<stdin>" and len(out["documents"]) == 7


def test_published_option_fills_pages_without_date() -> None:
    (page,) = list(iter_pages([SEED], published="2019-01-26"))
    assert page.published == "2019-01-26"


def test_a_day_in_the_url_dates_a_record_without_published() -> None:
    # made-up URLs: a print issue's day in the path is the page's day when it is at most a week before the crawl;
    # an id that only looks like digits, an impossible day or an old day leave the crawl's date
    assert url_date("http://paper.example/Issues/20150720/Con20150720784708.htm", "2015-07-21") == "2015-07-20"
    assert url_date("http://paper.example/2015/07/19/story", "2015-07-21") == "2015-07-19"
    assert url_date("http://paper.example/news/1066251", "2015-07-22") is None
    assert url_date("http://paper.example/20151399/a", "2015-07-21") is None
    assert url_date("http://paper.example/20150101/a", "2015-07-21") is None
    rec = {"id": "x", "text": "نص", "url": "http://paper.example/Issues/20150720/a.htm", "extracted": "2015-07-21 02:27:16"}
    page = page_from_record(rec, "t")
    assert isinstance(page, InputPage) and page.published == "2015-07-20"
    page = page_from_record({**rec, "published": "2015-07-18"}, "t")
    assert isinstance(page, InputPage) and page.published == "2015-07-18"  # an explicit date wins
    # a crawl time that is no real day, or a URL that is no string, loses nothing: the record is still read
    assert url_date("http://paper.example/20150720/a", "2015-13-45") is None
    page = page_from_record({**rec, "extracted": "2015-13-45 02:27:16"}, "t")
    assert isinstance(page, InputPage) and page.text == "نص"
    page = page_from_record({**rec, "url": 123}, "t")
    assert isinstance(page, InputPage) and page.published == "2015-07-21"


def test_print_issue_urls_of_the_corpus_date_their_records() -> None:
    # real records: every SaudiNewsNet record whose URL carries a day within a week of its crawl takes that day;
    # the print papers' issues crawled the next morning are many
    moved = 0
    for f in sorted(SNN.parent.glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            rec = json.loads(line)
            page = page_from_record(rec, "snn")
            if not isinstance(page, InputPage):
                continue
            day = url_date(rec.get("url"), rec["extracted"][:10])
            assert page.published == (day or rec["extracted"][:10])
            moved += day is not None and day != rec["extracted"][:10]
    assert moved >= 80
