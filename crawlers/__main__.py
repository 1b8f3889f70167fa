"""``python -m crawlers``: crawl (used by tests in a subprocess) and the ``sources`` commands."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from crawlers.commands import register


def _base_url(value: str) -> tuple[str, str]:
    if "=" not in value:
        raise argparse.ArgumentTypeError("dạng ID=URL (expected ID=URL)")
    key, url = value.split("=", 1)
    return key.strip(), url.strip()


def _cluster(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from crawlers.dedup import assign_clusters
    from lantoa.schema import Article

    articles = []
    where = str(args.input)
    try:
        with args.input.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                where = f"{args.input}:{lineno}"
                if line.strip():
                    articles.append(Article.model_validate_json(line))
    except (OSError, ValidationError) as exc:
        print(f"Lỗi (error) {where}: {exc}", file=sys.stderr)
        return 1
    clustered = assign_clusters(articles)
    with args.output.open("w", encoding="utf-8") as fh:
        for article in clustered:
            fh.write(article.model_dump_json() + "\n")
    groups = len({a.cluster_id for a in clustered})
    print(f"{len(clustered)} bài (articles), {groups} nhóm (clusters)", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawlers", description="Lan Tỏa crawler")
    sub = parser.add_subparsers(dest="command", required=True)
    crawl = sub.add_parser("crawl", help="thu thập bài (crawl articles)")
    crawl.add_argument("--out", type=Path, required=True, help="tệp JSONL kết quả (output JSONL)")
    crawl.add_argument("--source", action="append", dest="sources", help="id nguồn (source id), lặp lại được")
    crawl.add_argument("--base-url", action="append", type=_base_url, default=[], help="ID=URL")
    crawl.add_argument("--since", type=dt.date.fromisoformat, help="YYYY-MM-DD")
    crawl.add_argument("--state-dir", type=Path)
    crawl.add_argument("--max-articles", type=int)
    crawl.add_argument("--timeout", type=float, help="giây (seconds) per request")
    crawl.add_argument("--backoff", type=float, default=1.0, help="retry back-off base, seconds")
    crawl.add_argument("--quiet", action="store_true")
    cluster = sub.add_parser(
        "cluster", help="gom nhóm bài trùng lặp (near-duplicate clustering of a JSONL file)"
    )
    cluster.add_argument("input", type=Path)
    cluster.add_argument("output", type=Path)
    cluster.set_defaults(func=_cluster)
    register(sub)
    args = parser.parse_args(argv)
    if args.command != "crawl":
        return int(args.func(args))
    from crawlers.runner import CrawlError, run_crawl

    progress = None if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    try:
        report = run_crawl(
            args.out,
            source_ids=args.sources,
            base_urls=dict(args.base_url),
            since=args.since,
            state_dir=args.state_dir,
            max_articles=args.max_articles,
            progress=progress,
            download_timeout=args.timeout,
            retry_backoff=args.backoff,
        )
    except CrawlError as exc:
        print(f"Lỗi (error): {exc}", file=sys.stderr)
        return 2
    for line in report.summary_lines():
        print(line, file=sys.stderr)
    print(json.dumps(report.to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
