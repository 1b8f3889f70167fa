"""``lantoa digest``: build, render, publish and e-mail the weekly digest; ``lantoa digest schedule``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_STORE = 3


def _csv(values: list[str] | None) -> list[str]:
    """``--story-type a,b --story-type c`` → ``[a, b, c]``."""
    out: list[str] = []
    for value in values or []:
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def _add_selection_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", help="URL kho dữ liệu (mặc định LANTOA_STORE) / store URL")
    parser.add_argument("--province", help="mã tỉnh (cũ hoặc mới) / province code")
    parser.add_argument("--story-type", action="append", metavar="ID", help="loại tin (lặp lại hoặc a,b)")
    parser.add_argument("--model-type", action="append", metavar="ID", help="mô hình (lặp lại hoặc a,b)")
    parser.add_argument("--size", type=int, help="số tin tối đa / number of entries (default 20)")
    parser.add_argument("--max-per-source", type=int, help="tối đa số tin mỗi nguồn / max entries per source")
    parser.add_argument("--issuer", help="đơn vị ban hành / issuing unit (default LANTOA_DIGEST_ISSUER)")


def register(subparsers: Any) -> None:
    """Add ``digest`` (and ``digest schedule``) to the ``lantoa`` argparse sub-commands."""
    parser = subparsers.add_parser(
        "digest",
        help="bản tin tuần / weekly digest",
        description="Tạo, xuất bản và gửi bản tin tuần. / Build, publish and e-mail the weekly digest.",
    )
    parser.add_argument("--week", help="tuần ISO, ví dụ 2026-W47 (mặc định: tuần vừa qua) / ISO week")
    _add_selection_args(parser)
    parser.add_argument("--format", default="docx", choices=("docx", "html", "md", "json"))
    parser.add_argument("--out", type=Path, help="tệp kết quả (mặc định: stdout cho html/md/json)")
    parser.add_argument("--pin", action="append", metavar="ID", help="ghim bài / pin an article id")
    parser.add_argument("--exclude", action="append", metavar="ID", help="loại bài / exclude an article id")
    parser.add_argument("--section-order", metavar="ID,ID", help="thứ tự mục (loại tin/mô hình)")
    parser.add_argument(
        "--publish", action="store_true", help="phát hành phiên bản mới / publish a new version"
    )
    parser.add_argument(
        "--version", type=int, help="xuất một phiên bản đã phát hành / render a published version"
    )
    parser.add_argument("--email", action="store_true", help="gửi thư tới LANTOA_DIGEST_RECIPIENTS")
    parser.set_defaults(func=run, digest_command=None)
    sub = parser.add_subparsers(dest="digest_command", metavar="{schedule}")
    schedule = sub.add_parser(
        "schedule",
        help="chạy định kỳ 07:00 thứ Hai / run every Monday 07:00 Asia/Ho_Chi_Minh",
        description="Tạo bản nháp mỗi thứ Hai 07:00 (giờ Việt Nam); dừng bằng SIGTERM/Ctrl-C.",
    )
    _add_selection_args(schedule)
    schedule.add_argument("--email", action="store_true", help="gửi bản nháp qua thư")
    schedule.set_defaults(func=run)


def _fail(message: str, code: int) -> int:
    print(f"lantoa digest: lỗi / error: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    """Entry point for ``lantoa digest …``; returns the process exit code."""
    from lantoa.store.base import StoreError, StoreUnavailable
    from search_api.digest.errors import DigestError

    try:
        if getattr(args, "digest_command", None) == "schedule":
            return _schedule(args)
        return _build(args)
    except DigestError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except StoreUnavailable as exc:
        return _fail(str(exc), EXIT_STORE)
    except StoreError as exc:
        return _fail(str(exc), EXIT_STORE)
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), EXIT_BAD_INPUT)


def _open_store(args: argparse.Namespace) -> Any:
    from lantoa.settings import get_settings
    from lantoa.store import open_store

    return open_store(args.store or get_settings().store_url)


def _build_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "province": args.province,
        "story_types": _csv(args.story_type),
        "model_types": _csv(args.model_type),
        "size": args.size,
        "issuer": args.issuer,
        "max_per_source": args.max_per_source,
    }


def _build(args: argparse.Namespace) -> int:
    from lantoa.settings import get_settings
    from search_api.digest.build import build_digest
    from search_api.digest.errors import digest_error
    from search_api.digest.publish import load_version, publish_digest
    from search_api.digest.render import render
    from search_api.digest.scheduler import week_to_build
    from search_api.digest.week import VN_TZ, parse_week

    week = str(parse_week(args.week)) if args.week else str(week_to_build(datetime.now(VN_TZ)))
    data_dir = get_settings().data_dir
    if args.version is not None:
        if args.publish:
            raise digest_error(
                "Không thể vừa --version vừa --publish", "--version and --publish exclude each other"
            )
        digest = load_version(data_dir, week, args.version)
    else:
        with _open_store(args) as store:
            digest = build_digest(
                store,
                week,
                pins=_csv(args.pin),
                excludes=_csv(args.exclude),
                section_order=_csv([args.section_order] if args.section_order else []),
                **_build_kwargs(args),
            )
    if args.publish:
        published = publish_digest(digest, data_dir)
        digest = published.digest
        for fmt, path in published.files.items():
            print(f"Đã phát hành / published {week} v{published.version} {fmt}: {path}", file=sys.stderr)
    data = render(digest, args.format)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(data)
        print(f"Đã ghi / wrote {args.out} ({len(digest.entries)} tin)", file=sys.stderr)
    elif args.format == "docx":
        if not args.publish:
            raise digest_error("Định dạng docx cần --out TỆP", "the docx format needs --out FILE")
    else:
        sys.stdout.write(data.decode("utf-8"))
    if args.email:
        from search_api.digest.mailer import send_digest

        delivered = send_digest(digest)
        print(f"Đã gửi / mailed to {len(delivered)} người nhận", file=sys.stderr)
    return EXIT_OK


def scheduled_job(args: argparse.Namespace) -> Callable[[Any], None]:
    """The Monday job: build the just-ended week's draft, write ``<week>/draft.*``, mail it if asked."""
    from lantoa.settings import get_settings
    from search_api.digest.build import build_digest
    from search_api.digest.publish import write_draft

    def job(week: Any) -> None:
        with _open_store(args) as store:
            digest = build_digest(store, str(week), **_build_kwargs(args))
        files = write_draft(digest, get_settings().data_dir)
        logger.info("Draft digest %s written: %s", week, ", ".join(str(p) for p in files.values()))
        print(f"Bản nháp / draft {week}: {files['docx']}", file=sys.stderr, flush=True)
        if args.email:
            from search_api.digest.mailer import send_digest

            send_digest(digest)

    return job


def _schedule(args: argparse.Namespace) -> int:
    from search_api.digest.scheduler import Scheduler, next_run
    from search_api.digest.week import VN_TZ

    scheduler = Scheduler(scheduled_job(args))
    scheduler.install_signal_handlers()
    first = next_run(datetime.now(VN_TZ))
    print(
        f"Lịch bản tin: lần chạy tới {first:%H:%M %d/%m/%Y} (giờ Việt Nam) / next run {first.isoformat()}",
        file=sys.stderr,
        flush=True,
    )
    scheduler.run()
    print("Đã dừng lịch bản tin / scheduler stopped", file=sys.stderr, flush=True)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Standalone entry (``python -m lantoa.cli_digest``) until the lead wires ``register``."""
    parser = argparse.ArgumentParser(prog="lantoa")
    register(parser.add_subparsers(dest="command", required=True))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
