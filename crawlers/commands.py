"""``sources`` CLI subcommands (list, show, check, health); the lead wires :func:`register` into ``lantoa``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from crawlers.health import read_health
from crawlers.registry import SOURCES_DIR, RegistryError, check_sources, load_source_file
from lantoa.settings import get_settings


def register(subparsers: Any) -> None:
    """Add ``sources list|show|check|health`` to an argparse subparsers object."""
    parser = subparsers.add_parser("sources", help="danh mục nguồn tin (source registry)")
    parser.add_argument("--sources-dir", type=Path, default=SOURCES_DIR, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="sources_command", required=True)
    p_list = sub.add_parser("list", help="liệt kê nguồn (list sources)")
    p_list.add_argument("--json", action="store_true", help="in JSON (print JSON)")
    p_list.set_defaults(func=cmd_list, handler=cmd_list)
    p_show = sub.add_parser("show", help="xem một nguồn (show one source)")
    p_show.add_argument("id")
    p_show.set_defaults(func=cmd_show, handler=cmd_show)
    p_check = sub.add_parser("check", help="kiểm tra tệp nguồn (validate source files)")
    p_check.add_argument("id", nargs="?")
    p_check.set_defaults(func=cmd_check, handler=cmd_check)
    p_health = sub.add_parser("health", help="tình trạng thu thập (crawl health)")
    p_health.add_argument("--state-dir", type=Path, help="thư mục trạng thái (crawl state dir)")
    p_health.add_argument("--json", action="store_true")
    p_health.set_defaults(func=cmd_health, handler=cmd_health)


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_list(args: argparse.Namespace) -> int:
    sources, problems = check_sources(args.sources_dir)
    if args.json:
        print(json.dumps([s.model_dump(mode="json") for s in sources], ensure_ascii=False, indent=1))
    else:
        for s in sources:
            province = s.province_code or "--"
            print(
                f"{s.id:<22} {s.kind:<22} {province:>3}→{s.current_province_code or '--':<3} {s.name}  {s.base_url}"
            )
        print(f"{len(sources)} nguồn (sources)")
    for name, message in problems:
        _err(f"Lỗi (error) {name}: {message}")
    return 1 if problems else 0


def cmd_show(args: argparse.Namespace) -> int:
    path = args.sources_dir / f"{args.id}.yaml"
    if not path.exists():
        _err(f"Không có nguồn (no such source): {args.id}")
        return 1
    try:
        source = load_source_file(path)
    except RegistryError as exc:
        for name, message in exc.problems:
            _err(f"Lỗi (error) {name}: {message}")
        return 1
    print(yaml.safe_dump(source.model_dump(mode="json"), allow_unicode=True, sort_keys=False), end="")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    if args.id:
        path = args.sources_dir / f"{args.id}.yaml"
        if not path.exists():
            _err(f"Không có nguồn (no such source): {args.id}")
            return 1
        try:
            load_source_file(path)
        except RegistryError as exc:
            for name, message in exc.problems:
                _err(f"Lỗi (error) {name}: {message}")
            return 1
        print(f"OK: {args.id}")
        return 0
    sources, problems = check_sources(args.sources_dir)
    for name, message in problems:
        _err(f"Lỗi (error) {name}: {message}")
    print(f"{len(sources)} nguồn hợp lệ (valid sources), {len(problems)} lỗi (problems)")
    return 1 if problems else 0


def cmd_health(args: argparse.Namespace) -> int:
    state_dir = args.state_dir or get_settings().data_dir / "crawl"
    entries = read_health(state_dir / "health.json")
    if not entries:
        _err(f"Chưa có dữ liệu tình trạng (no crawl health yet): {state_dir / 'health.json'}")
        return 1
    if args.json:
        print(json.dumps(entries, ensure_ascii=False, indent=1))
        return 0
    broken = 0
    for e in entries:
        flag = "HỎNG (broken)" if e.get("broken") else "tốt (ok)"
        broken += bool(e.get("broken"))
        fails = ", ".join(f"{k}={v}" for k, v in sorted(e.get("failures", {}).items())) or "-"
        fields = ", ".join(e.get("broken_fields", [])) or "-"
        print(
            f"{e['id']:<22} {flag:<14} bài={e.get('articles_extracted', 0)} trang={e.get('pages_fetched', 0)} "
            f"lỗi={fails} trường hỏng={fields} lần chạy cuối={e.get('last_run')}"
        )
        for path, note in sorted((e.get("limits") or {}).items()):
            print(f"{'':<22} giới hạn (limit) {path}: {note}")
    return 1 if broken else 0
