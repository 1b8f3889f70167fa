"""CLI errors are one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lantoa.cli import main
from lantoa.schema import Article, article_id
from lantoa.settings import get_settings
from lantoa.store.sqlite import SqliteStore


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LANTOA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("LANTOA_STORE", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lantoa.cli", *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["search"], "the following arguments are required"),
        (["search", "x", "--bogus"], "unrecognized arguments"),
        (["search", "x", "--date-from", "2026-13-01"], "invalid date"),
        (["serve", "--port", "99999"], "invalid port"),
        (["crawl", "--base-url", "nourl"], "ID=http"),
        (["nosuchcommand"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(args: list[str], needle: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_missing_input_file_is_a_clear_error() -> None:
    proc = run("tag", "--input", "/no/such/file.jsonl")
    assert proc.returncode == 1
    assert "file not found" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_query_syntax_is_a_clear_error() -> None:
    proc = run("search", '"giảm nghèo')
    assert proc.returncode == 1
    assert "unbalanced double quote" in proc.stderr and "Traceback" not in proc.stderr


def test_corrupt_store_is_a_clear_error(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "lantoa.db").write_bytes(b"garbage" * 1000)
    proc = run("store", "stats")
    assert proc.returncode == 1
    assert "corrupt" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_setting_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANTOA_LANG", "fr")
    proc = run("store", "stats")
    assert proc.returncode == 1 and "invalid settings" in proc.stderr


def test_store_stats_search_and_export(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://baodongnai.com.vn/xa-hoi/bai-1.html"
    article = Article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        source_id="baodongnai",
        title="Thoát nghèo nhờ nuôi bò",
        body="Hộ ông An thoát nghèo.",
    )
    with SqliteStore(data_dir / "lantoa.db") as store:
        store.upsert([article])
    assert main(["search", "thoat ngheo", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"] == 1 and "<mark>Thoát</mark>" in result["hits"][0]["title_highlighted"]
    out = data_dir / "export.jsonl"
    assert main(["store", "export", "--out", str(out)]) == 0
    assert Article.model_validate_json(out.read_text(encoding="utf-8").strip()) == article
    assert main(["store", "stats"]) == 0
    assert "baodongnai" in capsys.readouterr().out
