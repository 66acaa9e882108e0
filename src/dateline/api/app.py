"""The HTTP API (FastAPI; OpenAPI docs at /docs) and the web explorer's static files.

Read-only: every request reads the store through a read-only SQLite connection (one per
worker thread). Queries are parameterized, parameters validated and capped; nothing from a
request names a file. No CORS headers are sent: the explorer is served from the same origin.
"""


import os
import sqlite3
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.background import BackgroundTask

from dateline.api.limits import RequestLimits
from dateline.api.params import Limit, Offset, Text, Word, check_range, event_filter
from dateline.export import FORMATS, MEDIA_TYPES, export_events
from dateline.store import queries
from dateline.store.queries import EventFilter
from dateline.store.sqlite import connect

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
# npm packages installed at set-up (web/package.json); looked up beside the source tree.
NODE_MODULES = Path(__file__).resolve().parents[3] / "web" / "node_modules"
VENDOR_FILES = {
    "countries-110m.json": "world-atlas/countries-110m.json",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
}
ArticleId = Annotated[str, PathParam(pattern=r"^[\w.-]{1,128}$")]


def create_app(db_path: str | Path, node_modules: str | Path | None = None) -> FastAPI:
    """The API and explorer over the store at ``db_path`` (opened read-only)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"no store at {db_path}")
    modules = Path(node_modules or os.environ.get("DATELINE_NODE_MODULES") or NODE_MODULES)
    local = threading.local()

    def db() -> sqlite3.Connection:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = connect(db_path, read_only=True)
        return conn

    Db = Annotated[sqlite3.Connection, Depends(db)]
    Filters = Annotated[EventFilter, Depends(event_filter)]
    app = FastAPI(title="dateline explorer API", version="1",
                  description="Events, articles, quotes and actors of a dateline store.")

    @app.get("/api/facets", summary="values for the filter controls, and store totals")
    def facets(conn: Db) -> dict[str, Any]:
        return queries.facets(conn)

    @app.get("/api/articles", summary="articles, newest first")
    def articles(conn: Db, q: Text = None, source: Text = None,
                 date_from: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
                 date_to: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return queries.list_articles(conn, q, source, *check_range(date_from, date_to),
                                     limit, offset)

    @app.get("/api/articles/{article_id}", summary="an article's text with all its spans")
    def article(article_id: ArticleId, conn: Db) -> dict[str, Any]:
        found = queries.get_article(conn, article_id)
        if found is None:
            raise HTTPException(404, "no such article")
        return found

    @app.get("/api/events", summary="events matching the shared filters, newest first")
    def events(conn: Db, filters: Filters, limit: Limit = 50,
               offset: Offset = 0) -> dict[str, Any]:
        return queries.list_events(conn, filters, limit, offset)

    @app.get("/api/events/{key}", summary="one event (article_id:event_id): evidence spans, "
             "quotes, and its cluster's sources")
    def event(key: Annotated[str, PathParam(pattern=r"^[\w.-]{1,128}:[\w.-]{1,32}$")],
              conn: Db) -> dict[str, Any]:
        found = queries.get_event(conn, key)
        if found is None:
            raise HTTPException(404, "no such event")
        return found

    @app.get("/api/clusters", summary="events across articles, with source counts")
    def clusters(conn: Db, type: Word = None,
                 min_sources: Annotated[int, Query(ge=1, le=1000)] = 1,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return queries.list_clusters(conn, type.upper() if type else None, min_sources,
                                     limit, offset)

    @app.get("/api/clusters/{cluster_id}", summary="one event cluster and its sources")
    def cluster(cluster_id: Annotated[str, PathParam(pattern=r"^C[0-9a-f]{16}$")],
                conn: Db) -> dict[str, Any]:
        found = queries.get_cluster(conn, cluster_id)
        if found is None:
            raise HTTPException(404, "no such cluster")
        return found

    @app.get("/api/quotes", summary="quotes by speaker, with text search")
    def quotes(conn: Db, speaker: Text = None, q: Text = None, limit: Limit = 50,
               offset: Offset = 0) -> dict[str, Any]:
        return queries.list_quotes(conn, speaker, q, limit, offset)

    @app.get("/api/actors", summary="actors of the matching events and who acted on whom")
    def actors(conn: Db, filters: Filters, limit: Limit = 100) -> dict[str, Any]:
        return queries.list_actors(conn, filters, limit)

    @app.get("/api/timeline", summary="event counts per day and type")
    def timeline(conn: Db, filters: Filters) -> dict[str, Any]:
        return queries.timeline(conn, filters)

    @app.get("/api/map", summary="located events grouped by place and type")
    def map_points(conn: Db, filters: Filters) -> dict[str, Any]:
        return queries.map_points(conn, filters)

    @app.get("/api/export/{fmt}", summary="the matching events as jsonl, csv (ACLED "
             "columns), tsv (GDELT-style), geojson or parquet")
    def export(fmt: Annotated[str, PathParam(pattern="^(" + "|".join(FORMATS) + ")$")],
               filters: Filters) -> Response:
        filename = f"dateline-events.{fmt}"
        headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
        # Written to a temporary file first (memory stays flat), sent, then removed.
        handle, tmp = tempfile.mkstemp(suffix=f".{fmt}")
        os.close(handle)
        conn = connect(db_path, read_only=True)
        try:
            export_events(conn, fmt, tmp, filters)
        except BaseException:
            os.unlink(tmp)
            raise
        finally:
            conn.close()
        return FileResponse(tmp, media_type=MEDIA_TYPES[fmt], headers=headers,
                            background=BackgroundTask(os.unlink, tmp))

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: Annotated[str, PathParam(pattern=r"^[\w.-]+$")]) -> FileResponse:
        relative = VENDOR_FILES.get(name)  # a fixed table: no path comes from the request
        path = modules / relative if relative else None
        if path is None or not path.is_file():
            raise HTTPException(404, "not installed (run npm ci in web/)")
        return FileResponse(path)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    app.add_middleware(RequestLimits)
    return app
