"""Ingestion: idempotent by content hash, resumable after SIGKILL, bad records reported.

The articles are real (../shared/data/saudinewsnet, read at run time).  The page processor
is ``stub_process`` below, a small deterministic stand-in for ``marsad.pipeline.process_page``
(it makes one event per article from a tiny place list) so that these tests exercise the store
and do not depend on the extraction's state; ``marsad ingest --processor`` selects it.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.records import AcledType, Document, Event, EventDate, Location, PageOutput, Span, Toll

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/saudinewsnet is not available")

# A toy gazetteer (place words are language data): name, country, admin1, lat, lon.
_PLACES = [
    ("عدن", "Aden", "YE", "Aden", 12.78, 45.02),
    ("تعز", "Taiz", "YE", "Taiz", 13.58, 44.02),
    ("صنعاء", "Sanaa", "YE", "Amanat al Asimah", 15.35, 44.21),
    ("حلب", "Aleppo", "SY", "Aleppo", 36.20, 37.16),
    ("بغداد", "Baghdad", "IQ", "Baghdad", 33.31, 44.36),
    ("كابول", "Kabul", "AF", "Kabul", 34.53, 69.17),
    ("سيناء", "North Sinai", "EG", "North Sinai", 31.13, 33.80),
]


def stub_process(page) -> PageOutput:  # noqa: ANN001 - an InputPage
    """One document per page; one event if the lead names a known place (deterministic)."""
    text = page.text
    doc = Document(id="d0", title=page.title, text=text, published=page.published, url=page.url,
                   outlet=page.outlet)
    lead_end = min(len(text), 300)
    for word, name, cc, admin1, lat, lon in _PLACES:
        i = text.find(word, 0, lead_end)
        if i >= 0:
            dot = text.find(".", i)
            end = dot + 1 if 0 <= dot < i + 200 else min(len(text), i + 120)
            doc.events.append(Event(
                id="e1",
                acled=AcledType(event_type="Explosions/Remote violence",
                                sub_event_type="Shelling/artillery/missile attack"),
                date=EventDate(start=page.published, precision=1),
                location=Location(text=word, name=name, country=cc, admin1=admin1, lat=lat, lon=lon,
                                  precision=1, span=Span(start=i, end=i + len(word))),
                fatalities=Toll(best=len(text) % 5) if len(text) % 3 == 0 else None,
                evidence=[Span(start=max(0, text.rfind(".", 0, i) + 1), end=end)],
            ))
            break
    return PageOutput(source=page.source, documents=[doc])


def write_subset(path: Path, n: int, start: int = 0) -> list[str]:
    lines: list[str] = []
    with (DATA / "conflict-1.jsonl").open(encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= start:
                lines.append(line)
            if len(lines) >= n:
                break
    path.write_text("".join(lines), encoding="utf-8")
    return lines


def run_cli(*args: str, env_extra: dict | None = None, wait: bool = True) -> subprocess.Popen | subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests"), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env.update(env_extra or {})
    cmd = [sys.executable, "-m", "marsad.commands.store_cmds", *args]
    if wait:
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# Columns that legitimately differ between runs (wall-clock times, run ids, ingestion order
# counters are deterministic and kept).
_VOLATILE = {"ingested_at", "run_id"}


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every content table (not the run log), sorted, without volatile columns."""
    conn = sqlite3.connect(str(db))
    out: dict[str, list[tuple]] = {}
    for table in ("pages", "documents", "events", "canonical_events", "event_sources", "event_evidence",
                  "related", "doc_lsh"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in _VOLATILE]
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    out["fts"] = [
        sorted(conn.execute("SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
                            " WHERE documents_fts MATCH ?", (q,)).fetchall())
        for q in ('"حوثي"', '"داعش"', '"عدن"', '"سوريا"')
    ] + [conn.execute("SELECT COUNT(*) FROM documents_fts").fetchall()]
    conn.close()
    return out


@needs_data
def test_ingest_twice_stores_once(tmp_path: Path) -> None:
    from marsad.inputs import iter_pages
    from marsad.store import Store

    src = tmp_path / "a.jsonl"
    lines = write_subset(src, 40)
    # the same article again, in another file: stored once
    (tmp_path / "b.jsonl").write_text(lines[3], encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        s1 = store.ingest_pages(iter_pages([str(src), str(tmp_path / "b.jsonl")]), processor=stub_process)
        assert s1.stored + s1.skipped == 41
        assert s1.skipped >= 1 and s1.documents == s1.stored and not s1.errors
        before = dump(tmp_path / "s.db")
        s2 = store.ingest_pages(iter_pages([str(src)]), processor=stub_process)
        assert (s2.stored, s2.documents, s2.events, s2.skipped) == (0, 0, 0, 40)
        assert dump(tmp_path / "s.db") == before
        runs = store.connection.execute("SELECT status, n_pages FROM runs ORDER BY id").fetchall()
        assert [tuple(r) for r in runs] == [("done", 41), ("done", 40)]


@needs_data
def test_bad_records_are_reported_and_skipped(tmp_path: Path) -> None:
    src = tmp_path / "mixed.jsonl"
    lines = write_subset(src, 5)
    broken = lines[:2] + ['{"id": "x", "text": \n'] + ['{"id": "no-text"}\n'] + lines[2:]
    src.write_text("".join(broken), encoding="utf-8")
    db = tmp_path / "s.db"
    res = run_cli("ingest", str(src), "--db", str(db), "--processor", "test_ingest:stub_process", "--json")
    assert res.returncode == 1, res.stderr
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["stored"] == 5 and summary["errors"] == 2
    assert f"{src}:3" in res.stderr and f"{src}:4" in res.stderr
    conn = sqlite3.connect(str(db))
    errs = conn.execute("SELECT source, line, reason FROM run_errors ORDER BY line").fetchall()
    assert [e[1] for e in errs] == [3, 4] and all(e[2] for e in errs)


@needs_data
def test_sigkill_then_resume_equals_uninterrupted_run(tmp_path: Path) -> None:
    src = tmp_path / "subset.jsonl"
    write_subset(src, 150)
    ref_db = tmp_path / "ref.db"
    res = run_cli("ingest", str(src), "--db", str(ref_db), "--processor", "test_ingest:stub_process", "-q")
    assert res.returncode == 0, res.stderr
    reference = dump(ref_db)
    assert len(reference["pages"]) >= 140

    db = tmp_path / "killed.db"
    proc = run_cli("ingest", str(src), "--db", str(db), "--processor", "test_ingest:stub_process", "-q",
                   wait=False)
    assert isinstance(proc, subprocess.Popen)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            conn = sqlite3.connect(str(db), timeout=0.2)
            stored = conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            stored = 0
        if stored >= 40:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = dump(db)
    assert 40 <= len(partial["pages"]) < len(reference["pages"])

    res = run_cli("ingest", str(src), "--db", str(db), "--processor", "test_ingest:stub_process", "--json")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["stored"] == len(reference["pages"]) - len(partial["pages"])
    assert dump(db) == reference
    conn = sqlite3.connect(str(db))
    statuses = [r[0] for r in conn.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted", "done"]


@needs_data
def test_workers_store_the_same_rows(tmp_path: Path) -> None:
    from marsad.inputs import iter_pages
    from marsad.store import Store

    src = tmp_path / "a.jsonl"
    write_subset(src, 30, start=200)
    with Store(tmp_path / "one.db") as s:
        s.ingest_pages(iter_pages([str(src)]), processor=stub_process)
    with Store(tmp_path / "two.db") as s:
        summary = s.ingest_pages(iter_pages([str(src)]), processor=stub_process, workers=2)
        assert summary.stored == 30
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


def test_progress_is_quiet_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.store.ingest import Progress

    bar = Progress(10)
    for _ in range(10):
        bar.update()
    bar.close()
    assert capsys.readouterr().err == ""
