"""``lantoa digest`` command line: formats, pins/excludes, publishing, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lantoa.cli_digest import main
from lantoa.settings import get_settings
from lantoa.store.sqlite import SqliteStore


@pytest.fixture
def env(store: SqliteStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("LANTOA_STORE", f"sqlite:///{store.path}")
    monkeypatch.setenv("LANTOA_DIGEST_ISSUER", "Ban Tuyên giáo Tỉnh ủy")
    get_settings.cache_clear()
    return tmp_path


def test_json_to_stdout(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", "--week", "2026-W47", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["issuer"] == "Ban Tuyên giáo Tỉnh ủy" and len(data["sections"]) == 3


def test_docx_to_file_with_filters_pins_and_section_order(
    env: Path, by_slug: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    from docx import Document

    out = env / "out" / "w47.docx"
    code = main(
        [
            "digest",
            "--week",
            "2026-W47",
            "--format",
            "docx",
            "--out",
            str(out),
            "--story-type",
            "poverty_model,good_deed",
            "--size",
            "6",
            "--pin",
            by_slug["hien-mau-tinh-nguyen-vinh"],
            "--exclude",
            by_slug["nam-sinh-cuu-hai-em-nho"],
            "--section-order",
            "good_deed",
        ]
    )
    assert code == 0, capsys.readouterr().err
    headings = [p.text for p in Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[1:] == ["I. Người tốt, việc tốt; gương điển hình", "II. Mô hình, cách làm giảm nghèo"]
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Hơn 1.200 đơn vị máu" in text and "Nam sinh lớp 9" not in text
    assert "(6 tin)" in capsys.readouterr().err


def test_publish_flag_creates_versions(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", "--week", "2026-W47", "--format", "md", "--publish"]) == 0
    assert main(["digest", "--week", "2026-W47", "--format", "md", "--publish"]) == 0
    week_dir = get_settings().data_dir / "digests" / "2026-W47"
    assert sorted(p.name for p in week_dir.glob("v*.json")) == ["v1.json", "v2.json"]
    capsys.readouterr()
    assert main(["digest", "--week", "2026-W47", "--version", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["version"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", "2026-47"], "Tuần không hợp lệ: '2026-47' (dạng đúng: 2026-W47) / invalid week"),
        (["--week", "2025-W53"], "Năm 2025 không có tuần 53"),
        (["--week", "2026-W47", "--model-type", "cows"], "unknown model type id(s): cows"),
        (["--week", "2026-W47", "--pin", "nope"], "pinned article not found: nope"),
        (["--week", "2026-W47", "--format", "docx"], "the docx format needs --out FILE"),
        (["--week", "2026-W47", "--version", "3"], "no published digest 2026-W47 version 3"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    env: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["digest", "--format", "json", *args] if "--format" not in args else ["digest", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and err.startswith("lantoa digest: lỗi / error: ")


def test_unopenable_store_exits_3(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = env / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    monkeypatch.setenv("LANTOA_STORE", f"sqlite:///{bad}")
    get_settings.cache_clear()
    assert main(["digest", "--week", "2026-W47", "--format", "json"]) == 3
    assert "Không mở được cơ sở dữ liệu" in capsys.readouterr().err


def test_wired_into_the_lantoa_command(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lantoa.cli import main as lantoa_main

    assert lantoa_main(["digest", "--week", "2026-W46", "--format", "md"]) == 0
    assert "Tuần 46/2026 (09/11/2026 – 15/11/2026)" in capsys.readouterr().out
    assert lantoa_main(["digest", "--week", "2026-W4x", "--format", "md"]) == 2
