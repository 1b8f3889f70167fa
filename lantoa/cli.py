"""The ``lantoa`` command line: one entry point, one subcommand per job."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from lantoa.pending import PendingFiles
from lantoa.settings import Settings, get_settings, redact_url

logger = logging.getLogger("lantoa")

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A user-facing error: printed on one line, exit status 1."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: lỗi / error: {message} (xem / see --help)\n")


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ngày không hợp lệ {value!r}, cần dạng YYYY-MM-DD / invalid date, expected YYYY-MM-DD"
        ) from None


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"cổng không hợp lệ {value!r} / invalid port (0-65535)")
    return port


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"cần số nguyên dương, nhận {value!r} / expected a positive integer")
    return number


def _base_url(value: str) -> tuple[str, str]:
    source, sep, url = value.partition("=")
    if not sep or not source or not url.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"cần dạng ID=http://… , nhận {value!r} / expected ID=http(s)://…")
    return source, url


def _settings() -> Settings:
    try:
        return get_settings()
    except Exception as exc:  # pydantic ValidationError: a bad LANTOA_* value
        raise CliError(f"Cấu hình không hợp lệ / invalid settings: {exc}".replace("\n", " ")) from exc


def _open_store(settings: Settings) -> Any:
    from lantoa.store import open_store

    return open_store(settings.store_url)


# -- demo --------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from crawlers.fixture_server import FixtureServer

    settings = _settings()
    host, port = args.host or settings.host, args.port if args.port is not None else settings.port
    if not args.no_serve:
        _check_port(host, port)  # fail before the crawl, not after it
    store = _open_store(settings)
    _say(f"Lan Tỏa demo — kho dữ liệu / store: {redact_url(settings.store_url)}")
    # The fixture sites stay up while the UI is served, so "read the original" links work.
    with FixtureServer() as server:
        base_urls = dict(server.base_urls)
        _say(f"1/4 Máy chủ trang mẫu / fixture sites: {', '.join(f'{k}={v}' for k, v in base_urls.items())}")
        with tempfile.TemporaryDirectory(prefix="lantoa-demo-") as tmp:
            out = Path(tmp) / "crawl.jsonl"
            _say("2/4 Thu thập bài viết / crawling with Scrapy …")
            # A fresh crawl state each run: the demo always crawls every fixture page (re-storing is
            # idempotent); the crawl health is then kept where the API reads it.
            state = Path(tmp) / "state"
            report = _run_crawl(out, source_ids=list(base_urls), base_urls=base_urls, state_dir=state)
            if (state / "health.json").exists():
                (settings.data_dir / "crawl").mkdir(parents=True, exist_ok=True)
                shutil.copyfile(state / "health.json", settings.data_dir / "crawl" / "health.json")
            articles = _read(out)
            _say(f"    {len(articles)} bài / articles ({_report_line(report)})")
        _say("3/4 Gắn nhãn và lập chỉ mục / tagging and indexing …")
        from lantoa.pipeline import ingest

        written = ingest(store, articles, progress=_say)
        stats = store.stats()
        _say(f"    đã lưu {written} bài; kho có {stats.articles} bài, {stats.relevant} bài liên quan")
        _say(f"    stored {written}; the store holds {stats.articles} articles, {stats.relevant} relevant")
        store.close()
        if args.no_serve:
            _say("Xong / done (--no-serve).")
            return 0
        _say(f"4/4 Mở trình duyệt / open: http://{host}:{port}/  (Ctrl+C để dừng / to stop)")
        return _serve(host, port)


def _run_crawl(out: Path, **kwargs: Any) -> Any:
    from crawlers.runner import run_crawl

    return run_crawl(out, progress=_say, **kwargs)


def _report_line(report: Any) -> str:
    summary = getattr(report, "summary", None)
    return summary() if callable(summary) else str(report)


def _read(path: Path) -> list[Any]:
    from lantoa.pipeline import read_articles

    if not path.exists():
        return []
    return list(read_articles(path))


# -- crawl -------------------------------------------------------------------
def cmd_crawl(args: argparse.Namespace) -> int:
    settings = _settings()
    state_dir = settings.data_dir / "crawl"
    state_dir.mkdir(parents=True, exist_ok=True)
    out = args.out or state_dir / f"articles-{datetime.now():%Y%m%d-%H%M%S}.jsonl"
    pending = PendingFiles(state_dir / "pending-store.txt")
    if not args.no_store:
        _store_leftovers(settings, pending)
        pending.add(out)
    _say(f"Thu thập / crawling → {out}")
    report = _run_crawl(
        out,
        source_ids=args.source or None,
        base_urls=dict(args.base_url) if args.base_url else (dict(settings.crawl_base_urls) or None),
        since=args.since,
        state_dir=state_dir,
        max_articles=args.max_articles,
    )
    articles = _read(out)
    _say(f"{len(articles)} bài mới / new articles ({_report_line(report)})")
    if args.no_store:
        return 0
    from lantoa.pipeline import ingest

    with _open_store(settings) as store:
        written = ingest(store, articles, progress=_say)
    pending.remove(out)
    _say(f"Đã lưu {written} bài / stored {written} articles")
    return 0


def _store_leftovers(settings: Settings, pending: PendingFiles) -> None:
    """Store the articles of earlier runs that were crawled but stopped before storing."""
    leftovers = pending.paths()
    if not leftovers:
        return
    from lantoa.pipeline import ingest, read_articles

    with _open_store(settings) as store:
        for path in leftovers:
            errors: list[str] = []
            articles = list(read_articles(path, errors))
            for error in errors:  # a line cut short by the kill: that article was not marked seen
                _say(f"Bỏ qua / skipped {error}")
            _say(
                f"Lưu {len(articles)} bài còn lại từ lần chạy bị gián đoạn {path.name} / "
                f"storing {len(articles)} articles left by an interrupted run"
            )
            ingest(store, articles, progress=_say)
            pending.remove(path)


# -- tag / eval ----------------------------------------------------------------
def _open_in(path: str) -> TextIO:
    if path == "-":
        return sys.stdin
    if not Path(path).exists():
        raise CliError(f"Không tìm thấy tệp {path} / file not found: {path}")
    return open(path, encoding="utf-8")  # noqa: SIM115


def _open_out(path: str | None) -> TextIO:
    if path in (None, "-"):
        return sys.stdout
    assert path is not None
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8")  # noqa: SIM115


def cmd_tag(args: argparse.Namespace) -> int:
    src, dst = _open_in(args.input), _open_out(args.output)
    from nlp import tag_jsonl

    try:
        ok, failed = tag_jsonl(src, dst, sys.stderr)
    finally:
        if src is not sys.stdin:
            src.close()
        if dst is not sys.stdout:
            dst.close()
    _say(f"Đã gắn nhãn {ok} dòng, lỗi {failed} dòng / tagged {ok} lines, {failed} failed")
    return 1 if failed else 0


def cmd_build_native(args: argparse.Namespace) -> int:
    from nlp import native
    from nlp.native_build import NativeBuildError, build

    if args.check:
        ok, why = native.usable(native.read_build())
        state = "dùng được / usable" if ok else "không dùng / not used"
        _say(f"Mô-đun biên dịch {state}: {why} ({native.native_dir()})")
        return 0 if ok else 1
    try:
        build(force=args.force, say=_say)
    except NativeBuildError as exc:
        raise CliError(
            f"{exc}\nBộ gắn nhãn vẫn chạy bằng Python thuần / the tagger still runs in pure Python."
        ) from None
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from nlp.eval import evaluate, format_report

    report = evaluate(split=args.split)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        print(format_report(report))
    return 0


# -- import ------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> int:
    from lantoa.importer import run_import

    settings = _settings()
    if not args.input.exists():
        raise CliError(f"Không tìm thấy tệp {args.input} / file not found: {args.input}")
    with _open_store(settings) as store:
        report = run_import(
            store,
            args.input,
            state_dir=settings.data_dir / "import",
            workers=args.workers or 0,
            batch_size=args.batch_size,
            restart=args.restart,
            progress=_say,
        )
        if args.optimize:
            _optimize_after_import(store, failed=report.failed)
    if report.resumed_from:
        _say(f"Tiếp tục từ dòng {report.resumed_from} / resumed after line {report.resumed_from}")
    for error in report.errors:
        _say(f"  {error}")
    _say(
        f"Đã nhập {report.written} bài, lỗi {report.failed}, {report.seconds:.1f} giây ({report.rate:.0f} bài/giây) / "
        f"imported {report.written}, failed {report.failed}"
    )
    return 1 if report.failed else 0


def _optimize_after_import(store: Any, failed: int) -> None:
    """``import --optimize``: force-merge an Elasticsearch index once the load is complete."""
    from lantoa.store.elasticsearch import ElasticsearchStore

    if not isinstance(store, ElasticsearchStore):
        _say(
            "--optimize chỉ áp dụng cho Elasticsearch; kho nhúng không cần. / "
            "--optimize applies to Elasticsearch only; the embedded store needs nothing."
        )
        return
    if failed:
        _say("Có dòng lỗi: không gộp phân đoạn. / Some lines failed: not force-merging.")
        return
    from lantoa.store import es_admin

    result = store._call(lambda: es_admin.optimize(store.client, store.alias, progress=_say))
    _say(
        f"Đã gộp {result['segments_before']} → {result['segments_after']} phân đoạn trong {result['seconds']} giây / "
        f"force-merged {result['segments_before']} -> {result['segments_after']} segments in {result['seconds']} s"
    )


# -- search --------------------------------------------------------------------
def cmd_search(args: argparse.Namespace) -> int:
    from lantoa.store import SearchQuery

    settings = _settings()
    query = SearchQuery(
        q=args.query,
        province=args.province or [],
        story_type=args.story_type or [],
        model_type=args.model_type or [],
        source=args.source or [],
        date_from=args.date_from,
        date_to=args.date_to,
        sort=args.sort,
        size=args.size,
    )
    with _open_store(settings) as store:
        result = store.search(query)
    if args.json:
        print(result.model_dump_json(indent=2))
        return 0
    print(f"{result.total} kết quả / results ({result.took_ms} ms)")
    for n, hit in enumerate(result.hits, start=1):
        when = hit.published_at.strftime("%d/%m/%Y") if hit.published_at else "?"
        print(f"{n:>2}. {_plain(hit.title_highlighted)}  [{hit.source_name or hit.source_id}, {when}]")
        for fragment in hit.fragments[:1]:
            print(f"    {_plain(fragment)}")
        print(f"    {hit.url}")
    return 0


def _plain(fragment: str) -> str:
    import html

    bold = "\033[1m" if sys.stdout.isatty() else ""
    reset = "\033[0m" if sys.stdout.isatty() else ""
    return html.unescape(fragment.replace("<mark>", bold).replace("</mark>", reset))


# -- serve -------------------------------------------------------------------
def cmd_serve(args: argparse.Namespace) -> int:
    settings = _settings()
    workers = args.workers or settings.api_workers or os.cpu_count() or 1
    return _serve(
        args.host or settings.host,
        args.port if args.port is not None else settings.port,
        workers,
        loop=args.loop,
    )


def _check_port(host: str, port: int) -> None:
    import socket

    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise CliError(
                f"Không mở được cổng {host}:{port} ({exc.strerror}); dùng --port khác / "
                f"cannot listen on {host}:{port}; choose another --port"
            ) from exc


def _serve(host: str, port: int, workers: int = 1, loop: str = "auto") -> int:
    """Serve the API; with ``workers`` > 1, that many processes share the socket and the store.

    Each worker opens the store itself (SQLite in WAL mode: readers in every process, a busy
    timeout for writers), keeps its own search cache and its own per-client rate limit.
    ``loop``: the event loop, ``auto`` = uvloop when it is installed (it is a dependency), else
    asyncio's own.
    """
    import importlib.util

    import uvicorn

    # uvicorn's HTTP protocol with TCP_NODELAY on every connection (see ``search_api.server``).
    from search_api.server import protocol_path

    _check_port(host, port)
    if loop == "uvloop" and importlib.util.find_spec("uvloop") is None:
        raise CliError("Chưa cài uvloop / uvloop is not installed (pip install uvloop, or --loop asyncio)")
    # uvicorn shuts down cleanly on SIGTERM, then re-raises the signal; a clean stop exits 0.
    # With several workers, uvicorn's supervisor handles SIGTERM itself and returns normally.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if workers > 1:
        from search_api import fair_accept
        from search_api.metrics_shared import SHARED_DIR_ENV

        logging.getLogger(__name__).info("serving with %d worker processes", workers)
        os.environ["LANTOA_API_WORKERS"] = str(workers)  # read by each worker's settings
        # A directory the workers share: the accept board (the least busy worker accepts each
        # new connection, ``search_api.fair_accept``) and each worker's published metrics
        # (``/metrics`` sums them, ``search_api.metrics_shared``). Removed when serving stops.
        use_uvloop = loop == "uvloop" or (loop == "auto" and importlib.util.find_spec("uvloop") is not None)
        shared = Path(tempfile.mkdtemp(prefix="lantoa-serve-"))
        board = fair_accept.create_board(str(shared))
        os.environ[fair_accept.BOARD_ENV] = str(board)
        os.environ[SHARED_DIR_ENV] = str(shared)
        try:
            uvicorn.run(
                "search_api.app:create_served_app",
                factory=True,
                workers=workers,
                host=host,
                port=port,
                log_level="info",
                http=protocol_path(get_settings().api_http_parser),
                loop=f"search_api.fair_accept:{'new_uvloop' if use_uvloop else 'new_asyncio_loop'}",
                access_log=False,  # the app writes the same lines itself, in batches
            )
        finally:
            os.environ.pop(fair_accept.BOARD_ENV, None)
            os.environ.pop(SHARED_DIR_ENV, None)
            shutil.rmtree(shared, ignore_errors=True)
        return 0
    from search_api.app import create_served_app

    uvicorn.run(
        create_served_app(),
        host=host,
        port=port,
        log_level="info",
        http=protocol_path(get_settings().api_http_parser),
        loop=loop,
        access_log=False,
    )
    return 0


# -- store -------------------------------------------------------------------
def cmd_store_stats(args: argparse.Namespace) -> int:
    with _open_store(_settings()) as store:
        stats = store.stats()
    if args.json:
        print(stats.model_dump_json(indent=2))
        return 0
    print(f"Kho / store: {stats.backend} ({stats.location})")
    print(f"Số bài / articles: {stats.articles}  (liên quan / relevant: {stats.relevant})")
    if stats.newest_published_at:
        print(f"Bài mới nhất / newest: {stats.newest_published_at:%d/%m/%Y %H:%M}")
    for name, counts in (
        ("Nguồn / sources", stats.by_source),
        ("Loại tin / story types", stats.by_story_type),
    ):
        print(name + ":")
        for key, value in sorted(counts.items(), key=lambda kv: -kv[1]):
            print(f"  {key:<28} {value}")
    return 0


def cmd_store_export(args: argparse.Namespace) -> int:
    from lantoa.pipeline import write_articles

    with _open_store(_settings()) as store:
        out = _open_out(args.out)
        try:
            n = write_articles(store.iter_articles(), out)
        finally:
            if out is not sys.stdout:
                out.close()
    _say(f"Đã xuất {n} bài / exported {n} articles")
    return 0


# -- parser ------------------------------------------------------------------
def _register_component_commands(parent: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Subcommands owned by other components: sources (crawlers), index (Elasticsearch), digest."""
    for module in ("crawlers.commands", "lantoa.cli_index", "lantoa.cli_digest"):
        importlib.import_module(module).register(parent)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lantoa",
        description="Lan Tỏa: tổng hợp tin mô hình giảm nghèo và người tốt việc tốt / "
        "news aggregator for poverty-reduction models and good deeds.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="ghi log chi tiết / verbose logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser(
        "demo", help="chạy thử toàn bộ trên trang mẫu / run the whole pipeline on fixture sites"
    )
    p.add_argument("--no-serve", action="store_true", help="dừng sau khi lập chỉ mục / stop after indexing")
    p.add_argument("--host", help="địa chỉ nghe / listen address (default 127.0.0.1)")
    p.add_argument("--port", type=_port, help="cổng / port (default 8000)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("crawl", help="thu thập, gắn nhãn, lưu / crawl, tag and store")
    p.add_argument(
        "--source", action="append", metavar="ID", help="chỉ nguồn này (lặp lại được) / only this source"
    )
    p.add_argument(
        "--since", type=_iso_date, metavar="YYYY-MM-DD", help="thu thập lùi đến ngày / backfill since"
    )
    p.add_argument(
        "--base-url", type=_base_url, action="append", metavar="ID=URL", help="đổi địa chỉ nguồn / override"
    )
    p.add_argument("--max-articles", type=_positive, metavar="N")
    p.add_argument("--out", type=Path, metavar="FILE.jsonl", help="tệp JSONL kết quả / output JSONL")
    p.add_argument("--no-store", action="store_true", help="chỉ ghi JSONL / only write the JSONL")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("tag", help="gắn nhãn tệp JSONL / tag a JSONL file")
    p.add_argument("--input", "-i", required=True, metavar="IN.jsonl", help="'-' = stdin")
    p.add_argument("--output", "-o", default="-", metavar="OUT.jsonl", help="'-' = stdout")
    p.set_defaults(func=cmd_tag)

    p = sub.add_parser(
        "build-native", help="biên dịch bộ gắn nhãn (mypyc) / compile the tagger's hot modules (mypyc)"
    )
    p.add_argument("--force", action="store_true", help="biên dịch lại / rebuild even if up to date")
    p.add_argument(
        "--check", action="store_true", help="chỉ kiểm tra / only tell whether the build is usable"
    )
    p.set_defaults(func=cmd_build_native)

    from nlp.devcorpus import ALIASES, SPLITS  # the split names only (no tagger is loaded)

    p = sub.add_parser("eval", help="đo chất lượng gắn nhãn / measure tagging quality")
    p.add_argument(
        "--split",
        default="heldout",
        choices=(*SPLITS, *ALIASES),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("import", help="nhập kho JSONL có sẵn / import an existing JSONL corpus")
    p.add_argument("input", type=Path, metavar="FILE.jsonl")
    p.add_argument(
        "--workers", type=_positive, default=None, help="số tiến trình gắn nhãn / tagging processes"
    )
    p.add_argument("--batch-size", type=_positive, default=200)
    p.add_argument("--restart", action="store_true", help="bỏ điểm tiếp tục, nhập lại từ đầu / start over")
    p.add_argument(
        "--optimize",
        action="store_true",
        help="Elasticsearch: gộp phân đoạn khi nhập xong (tìm nhanh hơn) / force-merge when done (faster search)",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("search", help="tìm kiếm / search the store")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true", help="in JSON / print JSON")
    p.add_argument("--province", action="append", metavar="CODE")
    p.add_argument("--story-type", action="append", metavar="ID")
    p.add_argument("--model-type", action="append", metavar="ID")
    p.add_argument("--source", action="append", metavar="ID")
    p.add_argument("--date-from", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--date-to", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--sort", choices=["relevance", "newest", "oldest"], default="relevance")
    p.add_argument("--size", type=_positive, default=10)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("serve", help="chạy API và giao diện web / run the API and web UI")
    p.add_argument("--host")
    p.add_argument("--port", type=_port)
    p.add_argument(
        "--workers",
        type=_positive,
        default=None,
        help="số tiến trình phục vụ (mặc định: số lõi CPU) / server processes (default: CPU count)",
    )
    p.add_argument(
        "--loop",
        choices=["auto", "uvloop", "asyncio"],
        default="auto",
        help="vòng lặp sự kiện (auto: uvloop nếu đã cài) / event loop (auto: uvloop when installed)",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("store", help="kho dữ liệu / the store")
    store_sub = p.add_subparsers(dest="store_command", metavar="ACTION", parser_class=_Parser)
    store_sub.required = True
    s = store_sub.add_parser("stats", help="thống kê / statistics")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_store_stats)
    s = store_sub.add_parser("export", help="xuất JSONL / export JSONL of articles")
    s.add_argument("--out", metavar="FILE", help="mặc định stdout / default stdout")
    s.set_defaults(func=cmd_store_export)

    _register_component_commands(sub)
    return parser


#: Exit status when the work ran to the end but some articles wait in the store's spool
#: (Elasticsearch was down): nothing is lost, ``lantoa index replay`` sends them.
EXIT_SPOOLED = 3


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:  # the ES client logs every failed node attempt; our messages say it once
        logging.getLogger("elastic_transport").setLevel(logging.ERROR)
    from lantoa.pipeline import BadInput
    from lantoa.store.base import SpooledForLater, StoreError

    try:
        return int(args.func(args))
    except SpooledForLater as exc:
        _say(f"lantoa: {exc}")
        return EXIT_SPOOLED
    except (CliError, BadInput, StoreError) as exc:
        _say(f"lantoa: lỗi / error: {exc}")
        return 1
    except FileNotFoundError as exc:
        _say(f"lantoa: lỗi / error: không tìm thấy / not found: {exc.filename}")
        return 1
    except KeyboardInterrupt:
        _say("lantoa: đã dừng / interrupted")
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # a bug: one clear line, the traceback only with -v
        logger.debug("Unexpected error", exc_info=True)
        _say(
            f"lantoa: lỗi không mong đợi / unexpected error: {type(exc).__name__}: {exc} (chạy lại với -v / rerun with -v)"
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
