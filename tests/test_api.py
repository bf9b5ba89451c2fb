"""The HTTP API, in-process (FastAPI TestClient): every endpoint, filters, pagination, auth, bad input."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.api.sample import fake_process, sample_pages
from marsad.store import Store

TOKEN = "test-token-123"
N = 24


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "api.db"
    store = Store(path)
    for page, out in sample_pages(N):
        store.ingest_output(page, out)
    store.close()
    return path


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(db, token=TOKEN, process=fake_process)
    with TestClient(app) as c:
        yield c


@pytest.fixture()
def fresh(tmp_path: Path) -> Iterator[TestClient]:
    """A client over its own store (for tests that write)."""
    path = tmp_path / "w.db"
    store = Store(path)
    for page, out in sample_pages(3):
        store.ingest_output(page, out)
    store.close()
    with TestClient(create_app(path, token=TOKEN, process=fake_process, max_body=20_000)) as c:
        yield c


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _error(r) -> dict:
    body = r.json()
    assert set(body) == {"error"}, body
    assert body["error"]["code"] and body["error"]["message"]
    return body["error"]


# ---------------------------------------------------------------- list + filters
def test_list_events_default_page(client: TestClient) -> None:
    r = client.get("/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == N and body["limit"] == 50 and body["offset"] == 0
    assert len(body["items"]) == N
    ev = body["items"][0]
    for key in ("id", "acled", "date", "location", "fatalities", "sources", "evidence", "n_sources", "outlets",
                "document_ids"):
        assert key in ev


def test_pagination_is_disjoint_and_complete(client: TestClient) -> None:
    seen: list[str] = []
    for offset in range(0, N, 10):
        body = client.get("/events", params={"limit": 10, "offset": offset}).json()
        assert body["total"] == N
        seen += [e["id"] for e in body["items"]]
    assert len(seen) == N == len(set(seen))
    assert client.get("/events", params={"offset": 1000}).json()["items"] == []


@pytest.mark.parametrize(
    "params, check",
    [
        ({"country": "IQ"}, lambda e: e["location"]["country"] == "IQ"),
        ({"country": "sy"}, lambda e: e["location"]["country"] == "SY"),
        ({"admin1": "Idlib"}, lambda e: e["location"]["admin1"] == "Idlib"),
        ({"type": "Battles"}, lambda e: e["acled"]["event_type"] == "Battles"),
        ({"type": "Air/drone strike"}, lambda e: e["acled"]["sub_event_type"] == "Air/drone strike"),
        ({"actor": "Houthis"}, lambda e: "Houthis" in (e["actor1"]["name"], e["actor2"]["name"])),
        ({"min_fatalities": 30}, lambda e: e["fatalities"]["best"] >= 30),
        ({"date_from": "2019-01-05", "date_to": "2019-01-10"},
         lambda e: "2019-01-05" <= e["date"]["start"] <= "2019-01-10"),
    ],
)
def test_filters(client: TestClient, params: dict, check) -> None:
    body = client.get("/events", params=params).json()
    assert 0 < body["total"] < N, params
    assert len(body["items"]) == body["total"]
    assert all(check(e) for e in body["items"])


def test_text_filter_and_combined_filters(client: TestClient) -> None:
    body = client.get("/events", params={"text": "الموصل"}).json()
    assert body["total"] > 0
    assert all(e["location"]["name"] == "Mosul" for e in body["items"])
    both = client.get("/events", params={"country": "SY", "type": "Battles"}).json()
    assert all(e["location"]["country"] == "SY" and e["acled"]["event_type"] == "Battles" for e in both["items"])
    assert client.get("/events", params={"country": "ZZ"}).json() == {"total": 0, "limit": 50, "offset": 0, "items": []}


@pytest.mark.parametrize(
    "params, where",
    [
        ({"limit": 0}, "query.limit"),
        ({"limit": 5000}, "query.limit"),
        ({"offset": -1}, "query.offset"),
        ({"limit": "ten"}, "query.limit"),
        ({"date_from": "2019-13"}, "query.date_from"),
        ({"country": "Syria"}, "query.country"),
        ({"min_fatalities": -3}, "query.min_fatalities"),
    ],
)
def test_bad_query_is_422_with_a_clear_message(client: TestClient, params: dict, where: str) -> None:
    r = client.get("/events", params=params)
    assert r.status_code == 422
    err = _error(r)
    assert err["code"] == "invalid_input"
    assert where in err["message"]


def test_date_range_backwards_is_422(client: TestClient) -> None:
    r = client.get("/events", params={"date_from": "2019-02-01", "date_to": "2019-01-01"})
    assert r.status_code == 422 and "date_from" in _error(r)["message"]


# ---------------------------------------------------------------- one event, one document
def test_one_event_with_members_documents_and_text(client: TestClient) -> None:
    ev_id = client.get("/events", params={"limit": 1}).json()["items"][0]["id"]
    r = client.get(f"/events/{ev_id}")
    assert r.status_code == 200
    ev = r.json()
    assert ev["id"] == ev_id
    assert ev["members"] and ev["documents"]
    doc = ev["documents"][0]
    text = doc["text"]
    member = ev["members"][0]
    assert member["document_id"] == doc["id"]
    for span in member["evidence"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
    a1 = member["actor1"]
    assert text[a1["span"]["start"]:a1["span"]["end"]] == a1["text"]
    assert ev["review"] == {"status": None, "corrections": {}, "history": []}


def test_unknown_event_and_document_are_404(client: TestClient) -> None:
    r = client.get("/events/nope")
    assert r.status_code == 404 and _error(r)["code"] == "not_found"
    r = client.get("/documents/nope")
    assert r.status_code == 404 and _error(r)["code"] == "not_found"


def test_one_document_with_text_and_spans(client: TestClient) -> None:
    ev = client.get("/events", params={"limit": 1}).json()["items"][0]
    doc_id = ev["document_ids"][0]
    r = client.get(f"/documents/{doc_id}")
    assert r.status_code == 200
    doc = r.json()
    assert doc["id"] == doc_id and doc["text"]
    for e in doc["events"]:
        for key in ("actor1", "actor2", "location", "fatalities", "injured", "date"):
            sp = e[key]["span"]
            assert doc["text"][sp["start"]:sp["end"]] == e[key]["text"]
        for s in e["sources"]:
            assert doc["text"][s["span"]["start"]:s["span"]["end"]] == s["text"]


# ---------------------------------------------------------------- ingestion, auth, bad input
ARTICLE = {"text": "تظاهر مئات من السكان في ساحة المدينة احتجاجاً على انقطاع الكهرباء. وطالبوا بحلول عاجلة.",
           "id": "api-1", "title": "احتجاج على انقطاع الكهرباء", "published": "2020-03-04",
           "outlet": "الحياة"}


def _n_docs(c: TestClient) -> int:
    return c.get("/stats").json()["documents"]


def test_post_documents_needs_the_token(fresh: TestClient) -> None:
    before = _n_docs(fresh)
    r = fresh.post("/documents", json=ARTICLE)
    assert r.status_code == 401 and _error(r)["code"] == "unauthorized"
    assert r.headers["www-authenticate"] == "Bearer"
    r = fresh.post("/documents", json=ARTICLE, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = fresh.post("/documents", json=ARTICLE, headers={"X-API-Token": "wrong"})
    assert r.status_code == 401
    assert _n_docs(fresh) == before


def test_no_configured_token_means_no_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_API_TOKEN", raising=False)
    with TestClient(create_app(tmp_path / "x.db", process=fake_process)) as c:
        r = c.post("/documents", json=ARTICLE, headers={"Authorization": "Bearer anything"})
        assert r.status_code == 401 and "MARSAD_API_TOKEN" in _error(r)["message"]
        assert c.get("/health").json() == {"ok": True, "writes": False}


def test_token_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_API_TOKEN", "from-env")
    with TestClient(create_app(tmp_path / "y.db", process=fake_process)) as c:
        r = c.post("/documents", json=ARTICLE, headers={"Authorization": "Bearer from-env"})
        assert r.status_code == 201, r.text


def test_post_documents_stores_and_is_idempotent(fresh: TestClient) -> None:
    before = _n_docs(fresh)
    r = fresh.post("/documents", json=ARTICLE, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["n_articles"] == 1 and body["n_events"] == 1 and len(body["documents"]) == 1
    doc = fresh.get(f"/documents/{body['documents'][0]}").json()
    assert doc["text"] == ARTICLE["text"] and doc["outlet"] == "الحياة" and doc["published"] == "2020-03-04"
    assert _n_docs(fresh) == before + 1
    again = fresh.post("/documents", json=ARTICLE, headers=AUTH).json()
    assert again["documents"] == body["documents"]
    assert _n_docs(fresh) == before + 1
    # a list of records
    two = [dict(ARTICLE, id="a", text=ARTICLE["text"] + " أ"), dict(ARTICLE, id="b", text=ARTICLE["text"] + " ب")]
    r = fresh.post("/documents", json=two, headers=AUTH)
    assert r.status_code == 201 and r.json()["n_articles"] == 2
    assert _n_docs(fresh) == before + 3
    events = fresh.get("/events", params={"type": "Protests"}).json()
    assert events["total"] >= 1


@pytest.mark.parametrize(
    "body, where",
    [
        ({"title": "بلا نص"}, "body.text"),
        ({"text": ""}, "body.text"),
        ({"text": "   "}, "body.text"),
        ({"text": "نص", "published": "04/03/2020"}, "published"),
        ({"text": "نص", "unknown": 1}, "unknown"),
        ([{"text": "نص صالح"}, {"text": 5}], "body.1.text"),
        ([], "no articles"),
        ("just a string", "body"),
    ],
)
def test_bad_article_is_422_and_nothing_stored(fresh: TestClient, body, where: str) -> None:
    before = _n_docs(fresh)
    r = fresh.post("/documents", json=body, headers=AUTH)
    assert r.status_code == 422, r.text
    err = _error(r)
    assert err["code"] == "invalid_input" and where in err["message"], err
    assert _n_docs(fresh) == before


def test_malformed_json_is_422(fresh: TestClient) -> None:
    r = fresh.post("/documents", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 422 and _error(r)["code"] == "invalid_input"


def test_body_size_limit(fresh: TestClient) -> None:
    before = _n_docs(fresh)
    big = {"text": "ا" * 30_000}
    r = fresh.post("/documents", json=big, headers=AUTH)
    assert r.status_code == 413 and _error(r)["code"] == "body_too_large"
    # without a Content-Length (chunked), the limit holds while reading

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield ("ب" * 500).encode()
        yield b'"}'

    r = fresh.post("/documents", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert _n_docs(fresh) == before


# ---------------------------------------------------------------- exports, search, stats, pages
def test_exports(client: TestClient) -> None:
    r = client.get("/export", params={"format": "csv", "country": "SY"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and {"event_date", "event_type", "fatalities", "latitude"} <= set(rows[0])
    n_sy = client.get("/events", params={"country": "SY"}).json()["total"]
    assert len(rows) == n_sy
    r = client.get("/export", params={"format": "json"})
    assert r.status_code == 200
    data = json.loads(r.content)
    assert len(data if isinstance(data, list) else data.get("events", [])) == N
    r = client.get("/export", params={"format": "geojson"})
    geo = r.json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == N
    r = client.get("/export", params={"format": "parquet"})
    assert r.status_code == 200 and r.content[:4] == b"PAR1"
    assert "attachment" in r.headers["content-disposition"]
    r = client.get("/export", params={"format": "xlsx"})
    assert r.status_code == 422 and "format" in _error(r)["message"]


def test_search_stats_health(client: TestClient) -> None:
    r = client.get("/search", params={"q": "الموصل"})
    assert r.status_code == 200 and r.json()["items"]
    assert client.get("/search").status_code == 422
    stats = client.get("/stats").json()
    assert stats["canonical_events"] == N
    assert client.get("/health").json() == {"ok": True, "writes": True}


def test_dashboard_page_and_security_headers(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'dir="rtl"' in r.text and 'lang="ar"' in r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    for asset in ("/static/app.js", "/static/app.css", "/static/i18n.js", "/static/basemap.geojson",
                  "/static/taxonomy.json"):
        assert client.get(asset).status_code == 200, asset
    # no third-party origin anywhere in the dashboard
    for asset in ("/", "/static/app.js", "/static/app.css", "/static/i18n.js"):
        body = client.get(asset).text
        assert "http://" not in body.replace("http://www.w3.org/2000/svg", "") and "https://" not in body, asset
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js


def test_openapi_docs_work_offline(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    assert "cdn" not in r.text.lower()
    spec = client.get("/openapi.json").json()
    for path in ("/events", "/events/{event_id}", "/documents", "/documents/{doc_id}", "/export", "/search",
                 "/stats", "/events/{event_id}/review", "/reviews", "/reviews/gold"):
        assert path in spec["paths"], path


def test_basemap_is_small_and_covers_the_region() -> None:
    path = Path(__file__).resolve().parents[1] / "src" / "marsad" / "api" / "static" / "basemap.geojson"
    assert path.stat().st_size < 2_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    countries = {f["properties"]["country"] for f in data["features"] if f["properties"]["level"] == "country"}
    assert {"SY", "IQ", "YE", "LY", "EG", "SA", "PS", "LB", "JO", "MA"} <= countries
    admin1 = {(f["properties"]["country"], f["properties"]["name"]) for f in data["features"]
              if f["properties"]["level"] == "admin1"}
    assert ("SY", "Idlib") in admin1 and len({c for c, _ in admin1}) >= 5


def test_unknown_route_and_method(client: TestClient) -> None:
    r = client.get("/no-such-thing")
    assert r.status_code == 404 and _error(r)["code"] == "not_found"
    r = client.delete("/events")
    assert r.status_code == 405 and _error(r)["code"] == "method_not_allowed"
