"""The embedded store's numpy term index: the same matches and bm25 as FTS5, filters first."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from lantoa.store import SearchQuery, sqlite_build
from lantoa.store import sqlite as sqlite_store
from lantoa.store.sqlite import SqliteStore
from lantoa.store.sqlite_match import indexed_text, phrase_pattern
from lantoa.store.sqlite_terms import TermIndex, tokens
from tests.unit.test_store_sqlite_search import CORPUS, FILLER, make

QUERIES = [
    "nghèo",
    "ngheo",
    "thoát nghèo",
    "thoat ngheo",
    "hộ nghèo -bò",
    "bò OR thời tiết",
    "nuôi bò thoát nghèo",
    "Bài số",
    "trời nắng",
    "không có từ này",
]


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    s = SqliteStore(tmp_path / "lantoa.db")
    s.upsert(FILLER)
    s.upsert(CORPUS)
    s.upsert([make(50, "Hộ ông Thoát", day=3), make(51, "Thoat ngheo nho bo", day=4)])
    yield s
    s.close()


def both(store: SqliteStore, query: SearchQuery) -> tuple[list[tuple[str, float | None]], ...]:
    store.use_term_index = True
    fast = store.search(query)
    store.use_term_index = False
    slow = store.search(query)
    store.use_term_index = True
    assert fast.total == slow.total, query
    assert fast.facets == slow.facets, query
    return [(h.id, h.score) for h in fast.hits], [(h.id, h.score) for h in slow.hits]


@pytest.mark.parametrize("q", QUERIES)
def test_matches_and_bm25_equal_fts5(store: SqliteStore, q: str) -> None:
    fast, slow = both(store, SearchQuery(q=q, size=100))
    assert len(fast) == len(slow)
    assert [i for i, _ in fast] == [i for i, _ in slow], q
    for (_, a), (_, b) in zip(fast, slow, strict=True):
        assert a == pytest.approx(b, rel=1e-4, abs=1e-4), q


@pytest.mark.parametrize("q", ["nghèo", "thoat ngheo", "hộ nghèo -bò"])
def test_filtered_and_date_sorted_searches_equal_fts5(store: SqliteStore, q: str) -> None:
    for extra in (
        {"story_type": ["good_deed"]},
        {"date_from": date(2026, 3, 4), "has_people": False},
        {"sort": "newest"},
        {"sort": "oldest", "source": ["nguon1"]},
    ):
        fast, slow = both(store, SearchQuery(q=q, size=100, **extra))
        assert [i for i, _ in fast] == [i for i, _ in slow], (q, extra)


def test_quoted_phrases_match_exactly_what_fts5_matches(store: SqliteStore) -> None:
    for q in ('"thoát nghèo"', '"nghèo trong xã"', 'bò -"thoát nghèo"', '"nghèo thoát"'):
        fast, slow = both(store, SearchQuery(q=q, size=100))
        assert sorted(i for i, _ in fast) == sorted(i for i, _ in slow), q


def test_pages_cover_every_hit_once_in_order(store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_store, "PHRASE_BLOCK", 4)  # the phrase boost works per block of 4
    monkeypatch.setattr(sqlite_store, "PHRASE_EXACT_POSTINGS", 0)
    for q in ("nghèo", "thoát nghèo"):
        whole = [h.id for h in store.search(SearchQuery(q=q, size=100)).hits]
        seen: list[str] = []
        cursor = None
        while True:
            result = store.search(SearchQuery(q=q, size=3, cursor=cursor, facets=False))
            seen.extend(h.id for h in result.hits)
            cursor = result.next_cursor
            if cursor is None:
                break
        assert seen == whole and len(set(seen)) == len(seen) == store.search(SearchQuery(q=q)).total


def test_a_write_makes_a_new_index_for_the_next_search(store: SqliteStore) -> None:
    before = store.search(SearchQuery(q="khoai lang")).total
    store.upsert([make(60, "Trồng khoai lang thoát nghèo", day=5)])
    assert before == 0 and store.search(SearchQuery(q="khoai lang")).total == 1
    changed = make(60, "Trồng sắn thoát nghèo", day=5)
    store.upsert([changed])  # the same article, new text
    assert store.search(SearchQuery(q="khoai lang")).total == 0
    assert [h.id for h in store.search(SearchQuery(q="trồng sắn")).hits] == [changed.id]


def test_a_large_store_searches_with_fts5_while_the_index_builds_then_shares_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_store, "TERMS_INLINE_MAX", 10)  # every store here counts as large
    monkeypatch.setattr(sqlite_store, "TERMS_RETRY_SECONDS", 0.0)
    monkeypatch.setattr(sqlite_store, "TERMS_BUILD_IN_SUBPROCESS", False)  # to hold the build back
    path = tmp_path / "big.db"
    writer = SqliteStore(path)
    writer.upsert([*FILLER, *CORPUS])
    release = threading.Event()
    real_build = sqlite_store.build_terms

    def slow_build(conn: object, generation: int, scratch: Path | None = None) -> TermIndex:
        release.wait(30)
        return real_build(conn, generation, scratch)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_store, "build_terms", slow_build)
    first = writer.search(SearchQuery(q="thoát nghèo"))  # FTS5 now; the build starts in the background
    assert first.total > 0 and writer._terms is None
    release.set()
    for _ in range(300):
        if writer._terms is not None:
            break
        threading.Event().wait(0.05)
    assert writer._terms is not None and writer._terms.path is not None  # saved and memory-mapped
    assert writer.search(SearchQuery(q="thoát nghèo")).model_dump(exclude={"took_ms"}) == first.model_dump(
        exclude={"took_ms"}
    )
    reader = SqliteStore(path)  # another process: loads the saved index, builds nothing
    monkeypatch.setattr(sqlite_store, "build_terms", None)
    assert reader.search(SearchQuery(q="thoát nghèo")).total == first.total
    assert reader._terms is not None and reader._terms.path == writer._terms.path
    assert isinstance(reader._terms.original.rids.base, np.memmap)  # pages of the saved file
    writer.close()
    reader.close()


def test_prepare_search_saves_one_generation_and_removes_older_ones(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.db")
    store.upsert(FILLER)
    first = store.prepare_search()
    store.upsert(CORPUS)
    second = store.prepare_search()
    assert first is not None and second is not None and second.generation > first.generation
    assert sorted(p.name for p in store.terms_dir.glob("g*")) == [f"g{second.generation}"]
    assert second.count == len(FILLER) + len(CORPUS)
    store.close()


def test_tokens_are_fts5_unicode61_words() -> None:
    assert tokens("Hộ nghèo, 2.5 tỷ_đồng (Ông Thoát)") == [
        "hộ",
        "nghèo",
        "2",
        "5",
        "tỷ",
        "đồng",
        "ông",
        "thoát",
    ]


def test_phrase_pattern_finds_folded_words_in_a_row_in_the_stored_text() -> None:
    pattern = phrase_pattern(("thoat", "ngheo"))
    for text in ("Nhờ nuôi bò, Thoát Nghèo.", "thoát-nghèo", "THOÁT  nghèo", "thoat ngheo"):
        assert pattern.search(text), text
    for text in ("thoátnghèo", "thoát khỏi nghèo", "nthoát nghèo", "thoát nghèon"):
        assert not pattern.search(text), text
    stored = '{"id":"x","title":"Vươn lên thoát","sapo":"","body":"nghèo\\n\\nthoát\\nnghèo","authors":["thoát nghèo"]}'
    part = indexed_text(stored)
    assert "authors" not in part and len(pattern.findall(part)) == 1  # across a line break, like FTS5


def test_phrase_boost_in_blocks_lifts_the_phrase_within_each_block(
    store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    exact = [h.id for h in store.search(SearchQuery(q="thoát nghèo", size=100)).hits]
    monkeypatch.setattr(sqlite_store, "PHRASE_EXACT_POSTINGS", 0)
    monkeypatch.setattr(sqlite_store, "PHRASE_BLOCK", 1000)  # one block holding every match: exact again
    assert [h.id for h in store.search(SearchQuery(q="thoát nghèo", size=100)).hits] == exact


def test_a_restored_backup_is_never_searched_with_another_contents_index(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    first = SqliteStore(path)
    first.upsert(FILLER)
    first.upsert(CORPUS)
    saved = first.prepare_search()
    first.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    other = SqliteStore(path)  # new content, same number of writes: the same generation number
    other.upsert(FILLER[:3])
    other.upsert([make(70, "Trồng sắn thoát nghèo", day=5)])
    assert saved is not None and (other.terms_dir / f"g{saved.generation}").exists()
    assert other.search(SearchQuery(q="nghèo")).total == 1
    assert other.search(SearchQuery(q="trồng sắn")).total == 1
    again = other.prepare_search()
    assert again is not None and again.generation == saved.generation and again.count == 4
    other.close()


def test_a_serving_process_builds_the_index_in_a_process_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_store, "TERMS_INLINE_MAX", 10)
    monkeypatch.setattr(sqlite_store, "TERMS_RETRY_SECONDS", 0.0)
    monkeypatch.setattr(sqlite_store, "build_terms", None)  # never in this process
    store = SqliteStore(tmp_path / "big.db")
    store.upsert([*FILLER, *CORPUS])
    expected = store.search(SearchQuery(q="thoát nghèo", size=100)).total
    for _ in range(600):
        if store._terms is not None:
            break
        time.sleep(0.05)
        assert store.search(SearchQuery(q="thoát nghèo", size=100)).total == expected
    assert store._terms is not None and store._terms.path is not None
    assert store._terms.path.parent == store.terms_dir
    store.close()


def test_the_build_command_reports_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sqlite_build.main([str(tmp_path / "missing.db")]) == 1
    assert "no database" in capsys.readouterr().err
    assert sqlite_build.main([]) == 2
    store = SqliteStore(tmp_path / "s.db")
    store.upsert(FILLER)
    store.close()
    assert sqlite_build.main([str(tmp_path / "s.db")]) == 0
    assert len(list((tmp_path / "s.db-terms").glob("g*/meta.json"))) == 1
