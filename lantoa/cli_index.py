"""``lantoa index …`` subcommands: apply, migrate, load FILE.jsonl, replay, optimize (Elasticsearch administration)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from lantoa.settings import get_settings
from lantoa.store.base import Store, StoreError

logger = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    """Add ``index`` with its subcommands to the ``lantoa`` parser; each sets ``func(args) -> int``."""
    index = subparsers.add_parser(
        "index",
        help="quản trị chỉ mục Elasticsearch / Elasticsearch index administration",
        description="Quản trị chỉ mục (LANTOA_STORE=http://…) / index administration",
    )
    index.add_argument("--store", help="URL kho dữ liệu (mặc định LANTOA_STORE) / store URL")
    sub = index.add_subparsers(dest="index_command", required=True)
    p = sub.add_parser(
        "apply", help="tạo/cập nhật template và chỉ mục / create or update templates and index"
    )
    p.set_defaults(func=cmd_apply)
    p = sub.add_parser(
        "migrate",
        help="tạo phiên bản chỉ mục mới, chép dữ liệu, đổi bí danh / reindex into vN+1 and swap alias",
    )
    p.add_argument(
        "--delete-old", action="store_true", help="xóa chỉ mục cũ sau khi đổi / delete the old index"
    )
    p.set_defaults(func=cmd_migrate)
    p = sub.add_parser("load", help="nạp bài viết từ tệp JSONL / load articles from a JSONL file")
    p.add_argument("file", help="tệp JSONL, mỗi dòng một Article / JSONL file, one Article per line")
    p.add_argument("--batch-size", type=int, default=500)
    p.set_defaults(func=cmd_load)
    p = sub.add_parser("replay", help="đánh chỉ mục lại các bài trong hàng đợi / index the spooled articles")
    p.set_defaults(func=cmd_replay)
    p = sub.add_parser(
        "optimize",
        help="gộp phân đoạn sau khi nạp nhiều bài (tìm nhanh hơn) / force-merge after bulk loads (faster search)",
    )
    p.add_argument(
        "--segments",
        type=int,
        default=1,
        help="số phân đoạn tối đa mỗi shard (mặc định 1) / max segments per shard (default 1)",
    )
    p.set_defaults(func=cmd_optimize)


def _store_url(args: argparse.Namespace) -> str:
    return str(getattr(args, "store", None) or get_settings().store_url)


def _es_store(args: argparse.Namespace) -> Any:
    url = _store_url(args)
    if not url.startswith(("http://", "https://")):
        raise StoreError(
            "Lệnh này cần Elasticsearch: đặt LANTOA_STORE=http://máy:9200. / "
            "This command needs Elasticsearch: set LANTOA_STORE=http://host:9200."
        )
    from lantoa.store.elasticsearch import ElasticsearchStore

    return ElasticsearchStore(url, replay_spool=False)


def _print(payload: dict[str, Any]) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))


def _run(func: Any, args: argparse.Namespace) -> int:
    try:
        return int(func(args))
    except StoreError as exc:
        print(f"Lỗi / error: {exc}", file=sys.stderr)
        return 2


def cmd_apply(args: argparse.Namespace) -> int:
    def run(args: argparse.Namespace) -> int:
        from lantoa.store import es_admin

        store = _es_store(args)
        with store:
            store.check_cluster()
            _print(store._call(lambda: es_admin.apply(store.client, store.alias)))
        return 0

    return _run(run, args)


def cmd_migrate(args: argparse.Namespace) -> int:
    def run(args: argparse.Namespace) -> int:
        from lantoa.store import es_admin

        store = _es_store(args)
        with store:
            store.ensure_ready()
            _print(
                store._call(lambda: es_admin.migrate(store.client, store.alias, delete_old=args.delete_old))
            )
        return 0

    return _run(run, args)


def cmd_load(args: argparse.Namespace) -> int:
    def run(args: argparse.Namespace) -> int:
        from lantoa.store import es_admin, open_store

        store: Store = open_store(_store_url(args))
        with store:
            report = es_admin.load(store, args.file, batch_size=args.batch_size)
        _print(
            {
                "read": report.read,
                "written": report.written,
                "spooled": report.spooled,
                "rejected": len(report.rejected),
            }
        )
        for line in report.rejected[:50]:
            print(f"Dòng bị từ chối / rejected line: {line}", file=sys.stderr)
        return 1 if report.rejected or report.spooled else 0

    return _run(run, args)


def cmd_replay(args: argparse.Namespace) -> int:
    def run(args: argparse.Namespace) -> int:
        store = _es_store(args)
        with store:
            report = store.replay_spool()
            store.refresh()
        _print(
            {
                "files": report.files,
                "replayed": report.replayed,
                "remaining": report.remaining,
                "rejected": report.rejected,
            }
        )
        return 0 if report.complete else 1

    return _run(run, args)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_optimize(args: argparse.Namespace) -> int:
    def run(args: argparse.Namespace) -> int:
        from lantoa.store import es_admin

        store = _es_store(args)
        with store:
            store.check_cluster()
            _print(
                store._call(
                    lambda: es_admin.optimize(store.client, store.alias, args.segments, progress=_progress)
                )
            )
        return 0

    return _run(run, args)


def main(argv: list[str] | None = None) -> int:
    """Standalone entry (``python -m lantoa.cli_index …``) until the lead wires ``lantoa index``."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="lantoa")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
