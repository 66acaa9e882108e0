"""The command line: a thin layer over the library.

Exit codes: 0 success; 1 failure (nothing usable was produced); 2 usage error;
3 partial: the run finished but some records were rejected (see --errors).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3

err_console = Console(stderr=True, highlight=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        return EXIT_FAIL


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Turn dated news articles into structured, auditable event data.",
    )
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("process", help="extract entities, dates, places, quotes and events")
    p.add_argument("paths", nargs="+", help="files, directories (recursive) or - for stdin")
    p.add_argument("-o", "--output", help="write JSON Lines here (- for stdout)")
    p.add_argument("--db", default=None,
                   help="SQLite store to add to (default dateline.db unless -o is given)")
    p.add_argument("--date", help="document date YYYY-MM-DD for inputs without one")
    p.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--errors", help="write rejected records here (JSON Lines: source, record, "
                   "code, message)")
    p.add_argument("--max-chars", type=int, default=None,
                   help="reject longer articles with code too_long (default 1,000,000)")
    p.add_argument("--non-english", choices=("process", "skip"), default="process",
                   help="process: best effort, flagged in warnings (default); skip: reject "
                   "with code not_english")
    p.add_argument("--model", help="spaCy model name or path (default: the offline md model)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="ray: Ray Data actors (needs dateline[ray]); -o is then a Parquet dir")
    p.add_argument("--address", help="Ray cluster address (default: start Ray locally)")
    p.set_defaults(func=cmd_process)

    ld = sub.add_parser("load", help="merge the Ray engine's Parquet output into a store")
    ld.add_argument("directory")
    ld.add_argument("--db", default="dateline.db")
    ld.add_argument("-q", "--quiet", action="store_true")
    ld.set_defaults(func=cmd_load)

    s = sub.add_parser("show", help="print an article with its annotations highlighted")
    s.add_argument("target", help="an article file, or an article id in --db")
    s.add_argument("--db", default="dateline.db")
    s.add_argument("--date", help="document date for a file without one")
    s.set_defaults(func=cmd_show)

    e = sub.add_parser("eval", help="score the pipeline on a gold set in its native layout")
    e.add_argument("task", help="ner | timex | geo | quotes | plover | cameo | acled")
    e.add_argument("path")
    e.add_argument("--json", action="store_true", help="last line: one JSON object")
    e.add_argument("--limit", type=int, help="score only the first N documents or records")
    e.set_defaults(func=cmd_eval)

    v = sub.add_parser("serve", help="the web explorer and HTTP JSON API over a store")
    v.add_argument("--db", default="dateline.db", help="the store (opened read-only)")
    v.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1, loopback only). WARNING: any other "
                   "address exposes the store to the network, without authentication")
    v.add_argument("--port", type=int, default=8000)
    v.add_argument("--no-cluster", action="store_true",
                   help="do not update event clusters before serving")
    v.set_defaults(func=cmd_serve)

    x = sub.add_parser("export", help="write a store's events as jsonl, csv (ACLED columns), "
                       "tsv (GDELT-style), geojson or parquet")
    x.add_argument("format", help="jsonl | csv | tsv | geojson | parquet")
    x.add_argument("-o", "--output", default="-", help="file to write (- for stdout)")
    x.add_argument("--db", default="dateline.db")
    x.add_argument("--type", help="PLOVER event type")
    x.add_argument("--country", help="actor, recipient or place country")
    x.add_argument("--date-from", help="YYYY-MM-DD")
    x.add_argument("--date-to", help="YYYY-MM-DD")
    x.add_argument("--no-cluster", action="store_true",
                   help="do not update event clusters before exporting")
    x.set_defaults(func=cmd_export)
    return parser


def cmd_process(args: argparse.Namespace) -> int:
    from dateline.engine import run
    from dateline.errors import InputError, RecordError
    from dateline.ingest import read_inputs
    from dateline.ingest.prefix import parse_iso_date
    from dateline.ingest.screen import DEFAULT_MAX_CHARS, ScreenOptions, screen
    from dateline.store import JsonlSink, SqliteStore
    from dateline.store.sqlite import StoreLockedError

    date = None
    if args.date:
        try:
            date = parse_iso_date(args.date)
        except InputError as exc:
            err_console.print(f"dateline: --date: {exc.message}")
            return EXIT_USAGE
    if args.n_process < 1 or args.batch_size < 1:
        err_console.print("dateline: --n-process and --batch-size must be at least 1")
        return EXIT_USAGE
    if args.max_chars is not None and args.max_chars < 1:
        err_console.print("dateline: --max-chars must be at least 1")
        return EXIT_USAGE
    options = ScreenOptions(max_chars=args.max_chars or DEFAULT_MAX_CHARS,
                            non_english=args.non_english)
    if args.engine == "ray":
        return _process_on_ray(args, date, options)
    db_path = args.db or (None if args.output else "dateline.db")
    sinks: list = []
    try:
        store = SqliteStore(db_path) if db_path else None
    except StoreLockedError as exc:
        err_console.print(f"dateline: {exc}")
        return EXIT_FAIL
    except sqlite3.Error as exc:
        err_console.print(f"dateline: cannot open the store {db_path}: {exc}")
        return EXIT_FAIL
    if store:
        sinks.append(store)
    if args.output:
        sinks.append(JsonlSink(args.output))
    errors_file = open(args.errors, "w", encoding="utf-8") if args.errors else None  # noqa: SIM115
    quiet = args.quiet or args.output == "-"

    def on_error(err: RecordError) -> None:
        if errors_file:
            errors_file.write(json.dumps(err.as_dict(), ensure_ascii=False) + "\n")
        if not args.quiet:
            err_console.print(f"[yellow]skipped[/] {err}")

    def items():
        for item in screen(read_inputs(args.paths, date), options):
            warning = getattr(item, "meta", {}).get("warning") if not isinstance(
                item, RecordError) else None
            if warning and not args.quiet:
                err_console.print(f"[yellow]warning[/] {warning}")
            yield item

    started = time.perf_counter()
    progress = _progress(quiet)
    try:
        with progress as bar:
            task = bar.add_task("articles", total=None) if bar else None

            def on_progress(stats) -> None:  # type: ignore[no-untyped-def]
                if bar is not None:
                    bar.update(task, completed=stats.articles)

            stats = run(items(), sinks, model=args.model, n_process=args.n_process,
                        batch_size=args.batch_size, on_error=on_error, on_progress=on_progress,
                        max_length=options.max_chars)
        if store is not None and store.inserted:
            from dateline.cluster import update_clusters

            # New reports may join or form event clusters across articles.
            update_clusters(store.conn)
    except StoreLockedError as exc:
        err_console.print(f"dateline: {exc} (the batches written before it are kept; "
                          "re-run the same command to complete the store)")
        return EXIT_FAIL
    finally:
        for sink in sinks:
            sink.close()
        if errors_file:
            errors_file.close()
    elapsed = time.perf_counter() - started
    if not quiet:
        _print_summary(stats, elapsed, db_path, args.output, store)
    if stats.articles == 0:
        err_console.print("dateline: no article could be processed")
        return EXIT_FAIL
    return EXIT_PARTIAL if stats.errors else EXIT_OK


def _process_on_ray(args: argparse.Namespace, date: str | None, options) -> int:  # type: ignore[no-untyped-def]
    from dateline.scale.ray_engine import run_ray

    if not args.output or args.output == "-":
        err_console.print("dateline: --engine ray writes Parquet: give -o OUT_DIR")
        return EXIT_USAGE
    stats = run_ray(args.paths, args.output, workers=args.n_process,
                    batch_size=args.batch_size, date=date, model=args.model,
                    address=args.address, options=options)
    if not args.quiet:
        err_console.print(f"ray: {stats.documents} documents, {stats.errors} rejected records "
                          f"-> {stats.output} (load with: dateline load {stats.output} --db FILE)")
    if stats.documents == 0:
        return EXIT_FAIL
    return EXIT_PARTIAL if stats.errors else EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    from dateline.scale.load import load_parquet

    if not Path(args.directory).is_dir():
        err_console.print(f"dateline: no such directory: {args.directory}")
        return EXIT_USAGE
    inserted, skipped, errors = load_parquet(args.directory, args.db)
    if not args.quiet:
        err_console.print(f"store: {args.db} ({inserted} new, {skipped} already stored, "
                          f"{errors} error rows)")
    return EXIT_PARTIAL if errors else EXIT_OK


class _NoProgress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(quiet: bool):  # type: ignore[no-untyped-def]
    if quiet or not sys.stderr.isatty():
        return _NoProgress()
    from rich.progress import Progress, ProgressColumn, SpinnerColumn, TextColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:  # type: ignore[no-untyped-def]
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} articles/s" if speed else "")

    return Progress(SpinnerColumn(), TextColumn("{task.completed} articles"), RateColumn(),
                    console=err_console, transient=True)


def _print_summary(stats, elapsed: float, db_path, output, store) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    table = Table(title="dateline process", show_header=True, header_style="bold")
    table.add_column("articles", justify="right")
    for name in ("entities", "timexes", "places", "quotes", "events"):
        table.add_column(name, justify="right")
    table.add_column("rejected", justify="right")
    table.add_row(str(stats.articles), *(str(stats.items[n]) for n in
                                         ("entities", "timexes", "places", "quotes", "events")),
                  str(stats.errors))
    err_console.print(table)
    rate = stats.articles / elapsed if elapsed else 0.0
    err_console.print(f"{stats.articles} articles in {elapsed:.1f} s ({rate:.1f} articles/s)")
    if store is not None:
        err_console.print(f"store: {db_path} ({store.inserted} new, {store.skipped} already "
                          "stored)")
    if output and output != "-":
        err_console.print(f"json lines: {output}")


def cmd_show(args: argparse.Namespace) -> int:
    from dateline.show import render_document

    document = _find_document(args)
    if document is None:
        return EXIT_FAIL
    Console(highlight=False).print(render_document(document))
    return EXIT_OK


def _find_document(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dateline.batch import process_batch
    from dateline.errors import RecordError
    from dateline.ingest import read_inputs
    from dateline.nlp.pipeline import load_pipeline
    from dateline.records import document_from_dict
    from dateline.store.sqlite import connect

    target = Path(args.target)
    if target.exists():
        items = list(read_inputs([target], args.date))
        articles = [i for i in items if not isinstance(i, RecordError)]
        for item in items:
            if isinstance(item, RecordError):
                err_console.print(f"dateline: {item}")
        if not articles:
            return None
        result = process_batch(load_pipeline(), articles[:1])[0]
        if isinstance(result, RecordError):
            err_console.print(f"dateline: {result}")
            return None
        return result
    if not Path(args.db).exists():
        err_console.print(f"dateline: {args.target!r} is not a file, and there is no store "
                          f"{args.db}")
        return None
    conn = connect(args.db, read_only=True)
    row = conn.execute("SELECT document FROM articles WHERE id = ? OR id LIKE ? LIMIT 2",
                       (args.target, args.target + "%")).fetchall()
    conn.close()
    if len(row) != 1:
        err_console.print(f"dateline: no single article with id {args.target!r} in {args.db}")
        return None
    return document_from_dict(json.loads(row[0][0]))


def cmd_eval(args: argparse.Namespace) -> int:
    from dateline.eval import TASKS, evaluate

    if args.task not in TASKS:
        err_console.print(f"dateline: unknown eval task {args.task!r}; choose one of: "
                          f"{', '.join(TASKS)}")
        return EXIT_USAGE
    try:
        result = evaluate(args.task, args.path, limit=args.limit)
    except (FileNotFoundError, NotImplementedError, ValueError) as exc:
        err_console.print(f"dateline: {exc}")
        return EXIT_FAIL
    _print_figures(result)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
    return EXIT_OK


def _print_figures(result: dict) -> None:
    from rich.table import Table

    table = Table(title=f"dateline eval {result['task']}", show_header=True)
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key, value in result.items():
        if key in ("task", "path") or isinstance(value, (dict, list)):
            continue
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        table.add_row(key, shown)
    Console(highlight=False).print(table)


def _update_clusters(db: str, cluster: bool = True) -> None:
    """Migrate the store to the current schema and (re)compute its event clusters."""
    from dateline.cluster import update_clusters
    from dateline.store.sqlite import connect

    conn = connect(db)
    try:
        if cluster:
            update_clusters(conn)
    finally:
        conn.close()


def cmd_serve(args: argparse.Namespace) -> int:
    if not Path(args.db).is_file():
        err_console.print(f"dateline: no store {args.db} (run dateline process --db first)")
        return EXIT_FAIL
    _update_clusters(args.db, cluster=not args.no_cluster)
    from dateline.api import is_loopback, serve

    if not is_loopback(args.host):
        err_console.print(f"[bold red]WARNING[/]: binding {args.host} exposes the store and its "
                          "API to the network without authentication; use 127.0.0.1 unless a "
                          "reverse proxy controls access")
    err_console.print(f"dateline explorer on http://{args.host}:{args.port}/ (API docs at "
                      "/docs)")
    serve(args.db, host=args.host, port=args.port)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from dateline.errors import InputError
    from dateline.export import FORMATS, export_events
    from dateline.ingest.prefix import parse_iso_date
    from dateline.store.queries import EventFilter
    from dateline.store.sqlite import connect

    if args.format not in FORMATS:
        err_console.print(f"dateline: unknown export format {args.format!r}; choose one of: "
                          f"{', '.join(FORMATS)}")
        return EXIT_USAGE
    if not Path(args.db).is_file():
        err_console.print(f"dateline: no store {args.db}")
        return EXIT_FAIL
    try:
        dates = [parse_iso_date(d) if d else None for d in (args.date_from, args.date_to)]
    except InputError as exc:
        err_console.print(f"dateline: {exc.message}")
        return EXIT_USAGE
    if args.format == "parquet" and args.output == "-":
        err_console.print("dateline: parquet needs -o FILE")
        return EXIT_USAGE
    _update_clusters(args.db, cluster=not args.no_cluster)
    filters = EventFilter(type=args.type.upper() if args.type else None,
                          country=args.country.upper() if args.country else None,
                          date_from=dates[0], date_to=dates[1])
    conn = connect(args.db, read_only=True)
    try:
        out = sys.stdout if args.output == "-" else args.output
        n = export_events(conn, args.format, out, filters)
    finally:
        conn.close()
    if args.output != "-":
        err_console.print(f"{n} events written to {args.output}")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
