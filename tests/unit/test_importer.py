"""`lantoa import`: plain records and Articles in, tagged and indexed, resumable after a crash."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from lantoa.importer import run_import
from lantoa.schema import Article
from lantoa.store.sqlite import SqliteStore

RECORD = {
    "title": "Xã {n} thoát nghèo nhờ nuôi bò",
    "text": "Ông Nguyễn Văn An ở xã Lộc Hưng, huyện Lộc Ninh, tỉnh Bình Phước vay 50 triệu đồng từ Ngân hàng "
    "Chính sách xã hội để nuôi bò sinh sản. Bài số {n}.",
    "published_at": "2024-05-02T08:00:00",
    "source": "baobinhphuoc",
}


def write_corpus(path: Path, n: int, bad_lines: Iterable[int] = ()) -> None:
    lines = []
    for i in range(n):
        if i in bad_lines:
            lines.append("{not json" if i % 2 else json.dumps({"title": "Thiếu nội dung"}))
        else:
            lines.append(json.dumps({k: v.format(n=i) for k, v in RECORD.items()}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class CrashAfter(SqliteStore):
    """A real store that dies after a number of batches, like a process killed mid-import."""

    def __init__(self, path: Path, batches: int) -> None:
        super().__init__(path)
        self.batches = batches

    def upsert(self, articles: Iterable[Article]) -> int:
        if self.batches == 0:
            raise KeyboardInterrupt
        self.batches -= 1
        return super().upsert(articles)


def test_import_tags_and_indexes_and_reports_bad_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 12, bad_lines={3, 8})
    with SqliteStore(tmp_path / "db.sqlite") as store:
        report = run_import(store, corpus, state_dir=tmp_path / "state", workers=1, batch_size=5)
        assert (report.written, report.failed) == (10, 2)
        assert any("line 4" in e for e in report.errors) and any("line 9" in e for e in report.errors)
        article = next(store.iter_articles())
        assert article.tags is not None and article.tags.story_type == "poverty_model"
        assert article.published_at is not None and article.published_at.utcoffset().total_seconds() == 25200
        assert {loc.province_code for loc in article.tags.localities} >= {"70"}


def test_interrupted_import_resumes_without_duplicates(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 20)
    db = tmp_path / "db.sqlite"
    with pytest.raises(KeyboardInterrupt), CrashAfter(db, batches=2) as crashing:
        run_import(crashing, corpus, state_dir=tmp_path / "state", workers=1, batch_size=4)
    with SqliteStore(db) as store:
        assert store.count() == 8
        report = run_import(store, corpus, state_dir=tmp_path / "state", workers=1, batch_size=4)
        assert report.resumed_from == 8
        assert report.written == 12
        assert store.count() == 20
        titles = sorted(a.title for a in store.iter_articles())
        assert titles == sorted(f"Xã {i} thoát nghèo nhờ nuôi bò" for i in range(20))
