"""Publishing: versioned, read-only files under <data_dir>/digests/<week>/; existing versions never change."""

from __future__ import annotations

import hashlib
import json
import stat
from datetime import datetime
from pathlib import Path

import pytest
from digest_support import ISSUER, NOW

from lantoa.store.sqlite import SqliteStore
from search_api.digest.build import build_digest
from search_api.digest.errors import DigestNotFound
from search_api.digest.publish import list_versions, load_version, publish_digest, write_draft
from search_api.digest.week import VN_TZ


def _digest_files(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def test_publish_writes_v1_json_and_rendered_files_read_only(store: SqliteStore, tmp_path: Path) -> None:
    data_dir = tmp_path / "pub"
    digest = build_digest(store, "2026-W47", issuer=ISSUER, now=NOW)
    published = publish_digest(digest, data_dir, now=datetime(2026, 11, 23, 9, 30, tzinfo=VN_TZ))
    directory = data_dir / "digests" / "2026-W47"
    assert published.version == 1
    assert sorted(p.name for p in directory.iterdir()) == ["v1.docx", "v1.html", "v1.json", "v1.md"]
    for path in directory.iterdir():
        assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), path
    record = json.loads((directory / "v1.json").read_text(encoding="utf-8"))
    assert record["version"] == 1 and record["published_at"] == "2026-11-23T09:30:00+07:00"
    assert [e["article_id"] for s in record["sections"] for e in s["entries"]] == [
        e.article_id for e in digest.entries
    ]
    assert "Phiên bản 1" in (directory / "v1.md").read_text(encoding="utf-8")
    assert load_version(data_dir, "2026-W47") == published.digest
    # The draft is untouched: publishing returns a copy.
    assert digest.version is None


def test_publishing_again_makes_a_new_version_and_never_changes_old_ones(
    store: SqliteStore, tmp_path: Path, by_slug: dict[str, str]
) -> None:
    data_dir = tmp_path / "pub"
    directory = data_dir / "digests" / "2026-W47"
    first = publish_digest(build_digest(store, "2026-W47", issuer=ISSUER, now=NOW), data_dir)
    before = _digest_files(directory)
    edited = build_digest(
        store, "2026-W47", issuer=ISSUER, now=NOW, excludes=[by_slug["xe-om-tra-lai-50-trieu"]]
    )
    second = publish_digest(edited, data_dir)
    assert (first.version, second.version) == (1, 2)
    after = _digest_files(directory)
    assert {k: v for k, v in after.items() if k.startswith("v1.")} == before
    assert list_versions(data_dir, "2026-W47") == [1, 2]
    assert len(load_version(data_dir, "2026-W47", 1).entries) == 12
    assert len(load_version(data_dir, "2026-W47", 2).entries) == 11
    assert load_version(data_dir, "2026-W47").version == 2  # latest
    # Republishing a loaded version is a new version too, never an overwrite.
    third = publish_digest(load_version(data_dir, "2026-W47", 1), data_dir)
    assert third.version == 3 and _digest_files(directory)["v1.json"] == before["v1.json"]


def test_a_version_taken_concurrently_is_skipped_not_overwritten(store: SqliteStore, tmp_path: Path) -> None:
    data_dir = tmp_path / "pub"
    directory = data_dir / "digests" / "2026-W47"
    directory.mkdir(parents=True)
    # Another publisher wrote v1 (and a stray v3) between our listing and our write.
    (directory / "v1.json").write_text('{"someone": "else"}', encoding="utf-8")
    (directory / "v3.json").write_text('{"someone": "else"}', encoding="utf-8")
    published = publish_digest(
        build_digest(store, "2026-W47", issuer=ISSUER, now=NOW), data_dir, formats=["md"]
    )
    assert published.version == 4
    assert (directory / "v1.json").read_text(encoding="utf-8") == '{"someone": "else"}'
    assert not list(directory.glob(".publish-*"))  # no temporary files left behind


def test_missing_version_is_a_clear_not_found(tmp_path: Path) -> None:
    with pytest.raises(DigestNotFound, match="chưa được phát hành / digest 2026-W47 is not published"):
        load_version(tmp_path, "2026-W47")
    with pytest.raises(DigestNotFound, match="phiên bản 7"):
        load_version(tmp_path, "2026-W47", 7)


def test_draft_is_rewritable_and_separate_from_versions(store: SqliteStore, tmp_path: Path) -> None:
    digest = build_digest(store, "2026-W47", issuer=ISSUER, now=NOW)
    files = write_draft(digest, tmp_path)
    assert sorted(files) == ["docx", "html", "json", "md"]
    write_draft(digest, tmp_path)  # replaces, no error
    assert list_versions(tmp_path, "2026-W47") == []


def test_concurrent_publishers_get_distinct_versions(store: SqliteStore, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    data_dir = tmp_path / "pub"
    digest = build_digest(store, "2026-W47", issuer=ISSUER, now=NOW)
    with ThreadPoolExecutor(max_workers=6) as pool:
        versions = sorted(pool.map(lambda _: publish_digest(digest, data_dir, formats=[]).version, range(6)))
    assert versions == [1, 2, 3, 4, 5, 6]
    for version in versions:
        assert load_version(data_dir, "2026-W47", version).version == version


def test_unwritable_data_dir_is_a_clear_error(store: SqliteStore, tmp_path: Path) -> None:
    from search_api.digest.errors import DigestError

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    digest = build_digest(store, "2026-W47", issuer=ISSUER, now=NOW)
    with pytest.raises(DigestError, match="Không tạo được thư mục .* / cannot create"):
        publish_digest(digest, blocker)
