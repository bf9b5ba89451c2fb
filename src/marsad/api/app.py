"""The HTTP API and the dashboard (``marsad serve``).

A thin layer over the store (:class:`marsad.store.Store`) and the pipeline:

- ``GET /events`` lists canonical events with filters and pagination,
- ``GET /events/{id}`` one event with its members, evidence, documents and review,
- ``GET /documents/{id}`` one document with its text and every field's span,
- ``POST /documents`` runs the pipeline over new articles and stores them (token),
- ``GET /export`` the store's exports, ``GET /search``, ``GET /stats``,
- ``POST /events/{id}/review``, ``GET /reviews``, ``GET /reviews/gold`` analyst review,
- ``/`` the dashboard (``static/``), ``/docs`` the OpenAPI docs (served offline).

SQLite connections belong to the thread that opened them, so every store call
runs on one dedicated thread that owns the :class:`Store`; the event loop never
touches the database. Errors share one JSON shape:
``{"error": {"code": ..., "message": ..., "details": ...}}``.
"""

from __future__ import annotations

import asyncio
import hmac
import io
import json
import os
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.api import review as rv

STATIC = Path(__file__).parent / "static"
TOKEN_ENV = "MARSAD_API_TOKEN"
DEFAULT_MAX_BODY = 5_000_000  # bytes; one request may carry many articles but not a whole corpus
MAX_PAGE = 2000

T = TypeVar("T")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
# Swagger UI (/docs) needs inline script to boot; it is served from our own files, never a CDN.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'"
)


class ApiError(Exception):
    """An error answered with the API's one JSON error shape."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def _error(status: int, code: str, message: str, details: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"error": {"code": code, "message": message}}
    if details is not None:
        body["error"]["details"] = details
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413 (by Content-Length, and while streaming)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = True
                if too_big:
                    await _error(413, "body_too_large", f"request body over {self.limit} bytes")(
                        scope, receive, send)
                    return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _error(413, "body_too_large", f"request body over {self.limit} bytes")(
                    scope, receive, send)


class _TooLarge(Exception):
    pass


class SecurityHeaders:
    """CSP (no inline script, no third-party origin), nosniff, no framing, no referrer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        csp = DOCS_CSP if path.startswith(("/docs", "/redoc", "/static-offline-docs")) else CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", csp.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class ArticleIn(BaseModel):
    """One article in the JSONL record shape of ``marsad extract``."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=1_000_000, description="the article text")
    id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is empty")
        return v

    @field_validator("published")
    @classmethod
    def _iso(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            raise ValueError("published must be YYYY-MM-DD")
        return v

    def record(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump().items() if v is not None}


def parse_articles(data: Any) -> list[ArticleIn]:
    """A JSON body (one record or a list of records) as articles; ApiError 422 naming every problem."""
    if isinstance(data, dict):
        items, prefixes = [data], ["body"]
    elif isinstance(data, list):
        if not data:
            raise ApiError(422, "invalid_input", "body: no articles in the request")
        if len(data) > 200:
            raise ApiError(422, "invalid_input", "body: at most 200 articles per request")
        items, prefixes = data, [f"body.{i}" for i in range(len(data))]
    else:
        raise ApiError(422, "invalid_input", "body: expected a JSON object with a 'text' field, or a list of them")
    out: list[ArticleIn] = []
    problems: list[dict[str, str]] = []
    for item, prefix in zip(items, prefixes, strict=True):
        if not isinstance(item, dict):
            problems.append({"where": prefix, "problem": "expected a JSON object"})
            continue
        try:
            out.append(ArticleIn.model_validate(item))
        except ValidationError as exc:
            for e in exc.errors():
                where = ".".join([prefix, *(str(p) for p in e.get("loc", ()))])
                problems.append({"where": where, "problem": e.get("msg", "invalid")})
    if problems:
        message = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        raise ApiError(422, "invalid_input", message, problems)
    return out


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["confirm", "reject", "correct"]
    reviewer: str = Field(min_length=1, max_length=100)
    field: str | None = Field(default=None, description="dotted path, e.g. fatalities.best (correct only)")
    value: Any = None
    note: str | None = Field(default=None, max_length=2000)


def filters(
    date_from: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2")] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(max_length=100, description="ACLED or PLOVER event type")] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    text: Annotated[str | None, Query(max_length=200)] = None,
    min_fatalities: Annotated[int | None, Query(ge=0)] = None,
) -> dict[str, Any]:
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, "invalid_input", "date_from is after date_to")
    return {
        "date_from": date_from, "date_to": date_to, "country": country.upper() if country else None,
        "admin1": admin1 or None, "event_type": type or None, "actor": actor or None, "text": text or None,
        "min_fatalities": min_fatalities,
    }

Filters = Annotated[dict[str, Any], Depends(filters)]


def _load_process() -> Callable[[Any], Any]:
    from marsad.pipeline import process_page

    return process_page


def _page_from_record(record: dict[str, Any], source: str) -> Any:
    from marsad.inputs import page_from_record

    return page_from_record(record, source)


def _open_store(path: str | Path) -> Any:
    from marsad.store import Store

    return Store(path)


class _StoreThreads:
    """Threads that own Stores: each thread opens its own Store (SQLite connection) on first use.

    One instance with one thread is the writer (ingestion, reviews: one writer, in order); another
    with a few threads serves the reads in parallel (SQLite in WAL mode lets readers run beside it).
    """

    def __init__(self, factory: Callable[[], Any], threads: int = 1, name: str = "marsad-store") -> None:
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        self._local = threading.local()
        self._opened: list[Any] = []
        self._lock = threading.Lock()
        self._factory = factory

    def _call(self, fn: Callable[[Any], T]) -> T:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = self._factory()
            with self._lock:
                self._opened.append(store)
        return fn(store)

    def run(self, fn: Callable[[Any], T]) -> T:
        return self._pool.submit(self._call, fn).result()

    def arun(self, fn: Callable[[Any], T]) -> Awaitable[T]:
        return asyncio.wrap_future(self._pool.submit(self._call, fn))

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()


def _json(data: Any, status: int = 200) -> Response:
    """JSON without FastAPI's per-value encoder walk (the store's dicts are JSON already)."""
    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":")), status_code=status,
                    media_type="application/json")


def _list_body(store: Any, f: dict[str, Any], limit: int, offset: int) -> bytes:
    """The ``GET /events`` answer: the store's page of light rows as JSON text, not re-encoded."""
    if hasattr(store, "query_events_json"):
        items, total = store.query_events_json(**f, limit=limit, offset=offset)
        head = f'{{"total":{int(total)},"limit":{int(limit)},"offset":{int(offset)},"items":'
        return (head + items + "}").encode("utf-8")
    rows, total = store.query_events(**f, limit=limit, offset=offset)
    return json.dumps({"total": total, "limit": limit, "offset": offset, "items": rows},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    store_factory: Callable[[], Any] | None = None,
    process: Callable[[Any], Any] | None = None,
    readers_threads: int = 3,
    cache_size: int = 256,
) -> FastAPI:
    """The FastAPI application over the store at ``db``.

    ``token`` guards every write (POST); when None it is read from the
    environment (``MARSAD_API_TOKEN``); with no token at all, writes answer 401.
    ``store_factory``/``process`` replace the store and pipeline (tests). ``GET /events`` answers
    from an LRU cache of ``cache_size`` responses, keyed by the query and by the database files'
    modification stamps (so any commit, from this process or another, invalidates it); 0 turns it off.
    """
    from fastapi_offline import FastAPIOffline

    token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    factory = store_factory or (lambda: _open_store(db))
    stores = _StoreThreads(factory, 1, "marsad-writer")
    stores.run(lambda s: rv.ensure_schema(s.connection))
    readers = _StoreThreads(factory, readers_threads, "marsad-reader")
    cache: OrderedDict[tuple, bytes] = OrderedDict()
    db_files = [Path(db), Path(f"{db}-wal")]

    def db_version() -> tuple:
        """Changes whenever any process commits to the store (WAL appends, checkpoints)."""
        out: list[int] = []
        for f in db_files:
            try:
                st = f.stat()
                out += [st.st_mtime_ns, st.st_size]
            except OSError:
                out += [0, 0]
        return tuple(out)
    state: dict[str, Any] = {"process": process}

    app = FastAPIOffline(
        title="Marsad API",
        version="0.1.0",
        description="Structured, traceable event data from Arabic news. The dashboard is at `/`.",
        on_shutdown=[readers.close, stores.close],
    )
    app.state.stores = stores

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()))
            problems.append({"where": where, "problem": e.get("msg", "invalid")})
        message = "; ".join(f"{p['where']}: {p['problem']}" for p in problems) or "invalid request"
        return _error(422, "invalid_input", message, problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail))

    def require_token(authorization: Annotated[str | None, Header()] = None,
                      x_api_token: Annotated[str | None, Header()] = None) -> None:
        given = x_api_token
        if authorization and authorization.lower().startswith("bearer "):
            given = authorization[7:].strip()
        if not token:
            raise ApiError(401, "unauthorized", f"writes are disabled: no API token is configured ({TOKEN_ENV})")
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "unauthorized", "a valid API token is required (Authorization: Bearer TOKEN)")


    @app.get("/", include_in_schema=False)
    async def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/health", tags=["meta"])
    async def health() -> dict[str, Any]:
        return {"ok": True, "writes": bool(token)}

    @app.get("/events", tags=["events"], summary="List and filter canonical events")
    async def list_events(
        f: Filters,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Response:
        key = (tuple(sorted(f.items(), key=lambda kv: kv[0])), limit, offset, db_version())
        body = cache.get(key) if cache_size else None
        if body is None:
            body = await readers.arun(lambda s: _list_body(s, f, limit, offset))
            if cache_size:
                cache[key] = body
                if len(cache) > cache_size:
                    cache.popitem(last=False)
        else:
            cache.move_to_end(key)
        return Response(body, media_type="application/json")

    @app.get("/events/{event_id}", tags=["events"], summary="One event with sources, evidence and documents")
    async def one_event(event_id: str) -> Response:
        def get(s: Any) -> dict[str, Any] | None:
            event = s.get_event(event_id)
            if event is not None:
                for d in event.get("documents") or []:  # the article text, for the evidence highlights
                    full = s.get_document(d["id"]) if d.get("text") is None else None
                    if full is not None:
                        d["text"] = full.get("text", "")
                        d.setdefault("role", full.get("role"))
                reviews = rv.list_reviews(s.connection, event_id)
                event["review"] = {**rv.review_state(reviews), "history": reviews}
            return event

        event = await readers.arun(get)
        if event is None:
            raise ApiError(404, "not_found", f"no event {event_id!r}")
        return _json(event)

    @app.get("/documents/{doc_id}", tags=["documents"], summary="One document with its text and spans")
    async def one_document(doc_id: str) -> Response:
        doc = await readers.arun(lambda s: s.get_document(doc_id))
        if doc is None:
            raise ApiError(404, "not_found", f"no document {doc_id!r}")
        return _json(doc)

    article_schema = ArticleIn.model_json_schema()
    body_schema = {"oneOf": [article_schema, {"type": "array", "items": article_schema, "maxItems": 200}]}

    @app.post("/documents", tags=["documents"], status_code=201, dependencies=[Depends(require_token)],
              summary="Ingest new articles (JSON record or list of records); needs the API token",
              openapi_extra={"requestBody": {"required": True,
                                             "content": {"application/json": {"schema": body_schema}}}})
    async def post_documents(request: Request) -> dict[str, Any]:
        try:
            data = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(422, "invalid_input", f"body: not valid JSON ({exc})") from None
        articles = parse_articles(data)
        process = state["process"] or _load_process()
        loop = asyncio.get_running_loop()
        pages = []
        for i, a in enumerate(articles):
            page = _page_from_record(a.record(), "api")
            if not hasattr(page, "text"):  # an InputError: refuse the whole request, store nothing
                raise ApiError(422, "invalid_input", f"body.{i}: {getattr(page, 'reason', page)}")
            pages.append(page)
        # The pipeline is pure: run it off the event loop, then store everything on the store thread.
        outputs = [await loop.run_in_executor(None, process, page) for page in pages]

        def save(s: Any) -> list[list[str]]:
            return [s.ingest_output(page, out) for page, out in zip(pages, outputs, strict=True)]

        ids = await stores.arun(save)
        n_events = sum(len(d.events) for out in outputs for d in out.documents)
        return {"documents": [i for group in ids for i in group], "n_articles": len(articles), "n_events": n_events}

    @app.get("/search", tags=["documents"], summary="Full-text search over documents")
    async def search(q: Annotated[str, Query(min_length=1, max_length=200)],
                     limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
        items = await readers.arun(lambda s: s.search(q, limit=limit))
        return {"query": q, "items": items}

    @app.get("/stats", tags=["meta"], summary="Counts over the store")
    async def stats() -> dict[str, Any]:
        return await readers.arun(lambda s: s.stats())

    media = {"csv": "text/csv; charset=utf-8", "json": "application/json",
             "geojson": "application/geo+json", "parquet": "application/vnd.apache.parquet"}

    @app.get("/export", tags=["events"], summary="Export the (filtered) events: csv, json, geojson, parquet")
    async def export(f: Filters,
                     format: Annotated[Literal["csv", "json", "geojson", "parquet"], Query()] = "json") -> Response:
        kwargs = {k: v for k, v in f.items() if v is not None}

        def run(s: Any) -> bytes:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"events.{format}"
                try:
                    s.export(format, path, **kwargs)
                except TypeError:  # a store whose export writes to a file object
                    buf: io.IOBase = io.BytesIO() if format == "parquet" else io.StringIO()
                    s.export(format, buf, **kwargs)
                    data = buf.getvalue()
                    return data if isinstance(data, bytes) else data.encode("utf-8")
                return path.read_bytes()

        data = await readers.arun(run)
        return Response(data, media_type=media[format],
                        headers={"Content-Disposition": f'attachment; filename="marsad-events.{format}"'})

    @app.post("/events/{event_id}/review", tags=["review"], status_code=201, dependencies=[Depends(require_token)],
              summary="Confirm, reject or correct one field of an event; needs the API token")
    async def post_review(event_id: str, body: ReviewIn) -> dict[str, Any]:
        def run(s: Any) -> dict[str, Any] | None:
            if s.get_event(event_id) is None:
                return None
            return rv.add_review(s.connection, event_id, action=body.action, reviewer=body.reviewer,
                                 field=body.field, value=body.value, note=body.note)

        try:
            stored = await stores.arun(run)
        except rv.ReviewError as exc:
            raise ApiError(422, "invalid_input", str(exc)) from None
        if stored is None:
            raise ApiError(404, "not_found", f"no event {event_id!r}")
        return stored

    @app.get("/reviews", tags=["review"], summary="Review history (of one event, or all)")
    async def reviews(event_id: str | None = None) -> dict[str, Any]:
        items = await stores.arun(lambda s: rv.list_reviews(s.connection, event_id))
        return {"items": items}

    @app.get("/reviews/fields", tags=["review"], summary="The fields an analyst may correct")
    async def review_fields() -> dict[str, Any]:
        return {"fields": list(rv.FIELDS)}

    @app.get("/reviews/gold", tags=["review"], summary="The reviews as gold files (contract format)")
    async def reviews_gold() -> dict[str, Any]:
        golds = await stores.arun(lambda s: rv.export_gold(s.get_event, s.get_document, s.connection))
        return {"gold": golds}

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(SecurityHeaders)
    return app
