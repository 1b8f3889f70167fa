"""Source registry validation and the ``sources`` CLI (list, show, check, health)."""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

import pytest

from crawlers.commands import register
from crawlers.registry import SOURCES_DIR, RegistryError, check_sources, default_registry, load_source_file

NORTH, CENTRE, HIGHLANDS, SOUTH = (
    {
        "02",
        "04",
        "06",
        "08",
        "10",
        "11",
        "12",
        "14",
        "15",
        "17",
        "19",
        "20",
        "22",
        "24",
        "25",
        "26",
        "27",
        "30",
        "31",
        "33",
        "34",
        "35",
        "36",
        "37",
        "01",
    },
    {"38", "40", "42", "44", "45", "46", "48", "49", "51", "52", "54", "56", "58", "60"},
    {"62", "64", "66", "67", "68"},
    {
        "70",
        "72",
        "74",
        "75",
        "77",
        "79",
        "80",
        "82",
        "83",
        "84",
        "86",
        "87",
        "89",
        "91",
        "92",
        "93",
        "94",
        "95",
        "96",
    },
)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="lantoa")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    code = args.func(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_bundled_registry_is_valid_and_covers_the_country() -> None:
    sources, problems = check_sources()
    assert problems == []
    assert len(sources) >= 12
    codes = {s.province_code for s in sources if s.province_code}
    assert len(codes) >= 8
    assert codes & NORTH and codes & CENTRE and codes & HIGHLANDS and codes & SOUTH
    ids = {s.id for s in sources}
    assert {
        "dongnai_portal",
        "baodongnai",
        "nhandan",
        "baodantoc",
        "baochinhphu",
        "dantri",
        "vnexpress",
    } <= ids
    for s in sources:
        assert "Assumed" in s.notes or "Known" in s.notes
        assert (SOURCES_DIR / f"{s.id}.yaml").exists()


def test_article_patterns_accept_articles_and_refuse_listings() -> None:
    reg = default_registry()
    assert reg["dongnai_portal"].is_article_url(
        "https://www.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=1&CatID=2"
    )
    assert not reg["dongnai_portal"].is_article_url("https://www.dongnai.gov.vn/Pages/tintuc.aspx?Page=2")
    assert reg["baodongnai"].is_article_url("https://baodongnai.com.vn/xa-hoi/202403/abc-def-1a2b3c4/")
    assert not reg["baodongnai"].is_article_url("https://baodongnai.com.vn/xa-hoi/?page=2")
    assert reg["nhandan"].is_article_url("https://nhandan.vn/nguoi-tot-post812301.html")
    assert not reg["nhandan"].is_article_url("https://nhandan.vn/nguoi-tot-viec-tot/")


def _copy_registry(tmp_path: Path) -> Path:
    target = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, target)
    return target


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace("kind: provincial_newspaper", "kind: blog"), "kind"),
        (lambda t: re.sub(r"(?m)^province_code: .*\n", "", t), "province_code"),
        (lambda t: t.replace("id: baodongnai", "id: bao_dong_nai_khac"), "khác tên tệp"),
        (
            lambda t: t.replace("base_url: https://baodongnai.com.vn", "base_url: baodongnai.com.vn"),
            "base_url",
        ),
        (lambda t: t + "\nunexpected_field: 1\n", "unexpected_field"),
        (lambda t: t.replace("  - '^/", "  - '^/("), "bad pattern"),
        (lambda t: t.replace("encoding: utf-8", "encoding: klingon"), "unknown encoding"),
        (lambda t: "id: [unclosed", "YAML"),
    ],
)
def test_invalid_source_files_give_clear_problems(tmp_path: Path, edit, message: str) -> None:  # type: ignore[no-untyped-def]
    directory = _copy_registry(tmp_path)
    path = directory / "baodongnai.yaml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        load_source_file(path)
    assert info.value.problems[0][0] == "baodongnai.yaml"
    assert message in info.value.problems[0][1]
    sources, problems = check_sources(directory)
    assert problems and "baodongnai" not in {s.id for s in sources}


def test_sources_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "sources", "check")
    assert code == 0 and "0 lỗi" in out
    code, out, _ = run_cli(capsys, "sources", "check", "nhandan")
    assert code == 0 and "OK: nhandan" in out
    directory = _copy_registry(tmp_path)
    (directory / "nhandan.yaml").write_text("id: nhandan\nname: x\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "sources", "--sources-dir", str(directory), "check")
    assert code == 1 and "nhandan.yaml" in err and "kind" in err
    code, _, err = run_cli(capsys, "sources", "check", "khong_co")
    assert code == 1 and "no such source" in err


def test_sources_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "sources", "list", "--json")
    data = json.loads(out)
    assert code == 0 and {d["id"] for d in data} == set(default_registry())
    code, out, _ = run_cli(capsys, "sources", "list")
    assert code == 0 and "dongnai_portal" in out and "Cổng Thông tin điện tử tỉnh Đồng Nai" in out
    code, out, _ = run_cli(capsys, "sources", "show", "dongnai_portal")
    assert code == 0 and "newsdetail" in out and "notes:" in out


def test_sources_health_reads_health_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "sources", "health", "--state-dir", str(tmp_path))
    assert code == 1 and "no crawl health yet" in err
    entries = [
        {
            "id": "nhandan",
            "name": "Báo Nhân Dân",
            "broken": False,
            "broken_fields": [],
            "failures": {"timeout": 1},
            "articles_extracted": 4,
            "pages_fetched": 9,
            "last_run": "2026-11-27T08:00:00+00:00",
        },
        {
            "id": "baodongnai",
            "name": "Báo Đồng Nai",
            "broken": True,
            "broken_fields": ["body"],
            "failures": {},
            "articles_extracted": 0,
            "pages_fetched": 3,
            "last_run": "2026-11-27T08:00:00+00:00",
        },
    ]
    (tmp_path / "health.json").write_text(json.dumps(entries), encoding="utf-8")
    code, out, _ = run_cli(capsys, "sources", "health", "--state-dir", str(tmp_path))
    assert code == 1 and "HỎNG" in out and "timeout=1" in out and "body" in out
    code, out, _ = run_cli(capsys, "sources", "health", "--state-dir", str(tmp_path), "--json")
    assert code == 0 and json.loads(out) == entries


def test_sources_commands_are_wired_into_the_lantoa_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from lantoa.cli import main

    assert main(["sources", "check"]) == 0
    assert "0 lỗi" in capsys.readouterr().out
    assert main(["sources", "list", "--json"]) == 0
    assert {d["id"] for d in json.loads(capsys.readouterr().out)} == set(default_registry())
