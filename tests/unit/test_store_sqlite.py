"""The embedded SQLite FTS5 store: search semantics, facets, highlights, robustness."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lantoa.schema import Article, Locality, Person, Tags, article_id
from lantoa.store import SearchQuery, StoreUnavailable, open_store
from lantoa.store.base import QuerySyntaxError
from lantoa.store.sqlite import SqliteStore

VN = timezone(timedelta(hours=7))


def make(
    n: int,
    title: str,
    body: str,
    *,
    source: str = "baodongnai",
    story: str = "poverty_model",
    models: tuple[str, ...] = ("livestock",),
    province: str = "75",
    day: int = 10,
    people: tuple[str, ...] = (),
    cluster: str | None = None,
) -> Article:
    url = f"https://example.vn/bai-{n}.html"
    return Article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        source_id=source,
        source_name=source.title(),
        title=title,
        body=body,
        published_at=datetime(2026, 11, day, 8, 0, tzinfo=VN),
        cluster_id=cluster,
        tags=Tags(
            relevant=story != "other",
            story_type=story,
            model_types=list(models),
            people=[Person(name=p) for p in people],
            localities=[
                Locality(
                    as_written="x", level="province", province_code=province, current_province_code=province
                )
            ],
        ),
    )


CORPUS = [
    make(
        1,
        "Xã Xuân Bắc thoát nghèo nhờ nuôi bò sinh sản",
        "Nhiều hộ vươn lên thoát nghèo nhờ vốn vay ưu đãi.\n\nÔng Nguyễn Văn An có 5 con bò.",
        people=("Nguyễn Văn An",),
        day=16,
        cluster="c1",
    ),
    make(
        2,
        "Giảm nghèo bền vững ở Định Quán",
        "Mô hình giảm nghèo hiệu quả được nhân rộng.",
        source="dongnai_portal",
        story="policy_news",
        models=(),
        day=17,
        cluster="c1",
    ),
    make(
        3,
        "Giảm thiểu rác thải nhựa",
        "Chương trình giảm rác; người dân nghèo được hỗ trợ túi vải.",
        source="nhandan",
        story="other",
        models=(),
        province="01",
        day=18,
    ),
    make(
        4,
        "Thanh niên cứu bé gái đuối nước",
        "Anh Lê Minh dũng cảm cứu người. <script>alert('x')</script>",
        source="nhandan",
        story="good_deed",
        models=("rescue_lifesaving",),
        province="38",
        day=19,
        people=("Lê Minh",),
    ),
    make(5, "Hộ nghèo nuôi dê thoát nghèo", "Nuôi dê giúp hộ nghèo có thu nhập ổn định.", day=20),
]


@pytest.fixture()
def store(tmp_path: Path) -> SqliteStore:
    s = SqliteStore(tmp_path / "lantoa.db")
    s.upsert(CORPUS)
    yield s
    s.close()


def titles(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.title for h in result.hits]


def test_upsert_is_idempotent(store: SqliteStore) -> None:
    store.upsert(CORPUS)
    store.upsert([CORPUS[0].model_copy(update={"title": "Tiêu đề mới"})])
    assert store.count() == len(CORPUS)
    assert store.get(CORPUS[0].id).title == "Tiêu đề mới"
    assert store.search(SearchQuery(q="Xuân Bắc")).total == 0
    assert store.search(SearchQuery(q="tiêu đề mới")).total == 1


def test_query_without_diacritics_finds_accented_text(store: SqliteStore) -> None:
    result = store.search(SearchQuery(q="thoat ngheo"))
    assert set(titles(result)) == {CORPUS[0].title, CORPUS[4].title}


def test_exact_diacritics_rank_higher(tmp_path: Path) -> None:
    s = SqliteStore(tmp_path / "d.db")
    filler = [make(10 + i, f"Tin số {i}", "Nội dung khác hẳn về thể thao.", story="other") for i in range(8)]
    s.upsert(
        [*filler, make(1, "Chuyện về bò", "Nuôi bò sinh sản."), make(2, "Chuyện về bộ", "Một bộ sách hay.")]
    )
    assert titles(s.search(SearchQuery(q="bò")))[0] == "Chuyện về bò"
    assert titles(s.search(SearchQuery(q="bộ")))[0] == "Chuyện về bộ"


def test_phrase_query_needs_adjacent_words(store: SqliteStore) -> None:
    assert titles(store.search(SearchQuery(q='"giảm nghèo"'))) == ["Giảm nghèo bền vững ở Định Quán"]
    # Unquoted, both words anywhere match; the exact phrase ranks first.
    loose = store.search(SearchQuery(q="giảm nghèo"))
    assert loose.total == 2 and titles(loose)[0] == "Giảm nghèo bền vững ở Định Quán"


def test_exclusion_and_or(store: SqliteStore) -> None:
    assert set(titles(store.search(SearchQuery(q="thoát nghèo -dê")))) == {CORPUS[0].title}
    assert set(titles(store.search(SearchQuery(q="dê OR rác")))) == {CORPUS[2].title, CORPUS[4].title}


def test_title_matches_outrank_body_matches(tmp_path: Path) -> None:
    s = SqliteStore(tmp_path / "t.db")
    s.upsert(
        [
            make(1, "Tin khác", "Ở đây có nói đến homestay một lần trong một đoạn văn khá dài."),
            make(2, "Homestay giúp bản làng thoát nghèo", "Du lịch cộng đồng phát triển."),
        ]
    )
    assert titles(s.search(SearchQuery(q="homestay")))[0] == "Homestay giúp bản làng thoát nghèo"


def test_highlights_escape_html_and_mark_matches(store: SqliteStore) -> None:
    hit = store.search(SearchQuery(q="cứu người")).hits[0]
    joined = " ".join(hit.fragments)
    assert "<script>" not in joined and "&lt;script&gt;" in joined
    assert "<mark>cứu</mark> <mark>người</mark>" in joined
    assert store.search(SearchQuery(q="thoat")).hits[0].title_highlighted.count("<mark>thoát</mark>") == 1


def test_filters_and_facets(store: SqliteStore) -> None:
    result = store.search(SearchQuery(province=["75"], sort="oldest"))
    assert titles(result) == [CORPUS[0].title, CORPUS[1].title, CORPUS[4].title]
    facets = {name: {b.value: b.count for b in buckets} for name, buckets in result.facets.items()}
    assert facets["source"] == {"baodongnai": 2, "dongnai_portal": 1}
    assert facets["story_type"] == {"poverty_model": 2, "policy_news": 1}
    assert facets["model_type"] == {"livestock": 2}
    assert store.search(SearchQuery(story_type=["good_deed"], has_people=True)).total == 1
    assert store.search(SearchQuery(model_type=["livestock"], source=["baodongnai"])).total == 2
    dated = store.search(SearchQuery(date_from="2026-11-17", date_to="2026-11-19"))
    assert {h.title for h in dated.hits} == {CORPUS[1].title, CORPUS[2].title, CORPUS[3].title}
    assert store.search(SearchQuery(relevant=True)).total == 4


def test_sort_newest_and_cursor_pagination(store: SqliteStore) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        page = store.search(SearchQuery(sort="newest", size=2, cursor=cursor))
        seen += [h.id for h in page.hits]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == [a.id for a in sorted(CORPUS, key=lambda a: a.published_at, reverse=True)]
    with pytest.raises(QuerySyntaxError):
        store.search(SearchQuery(cursor="not-a-cursor!"))


def test_other_outlets_and_similar(store: SqliteStore) -> None:
    hit = store.search(SearchQuery(q="Xuân Bắc")).hits[0]
    assert hit.other_outlets == 1
    similar = store.similar(CORPUS[4].id)
    assert similar and similar[0].id == CORPUS[0].id


def test_bad_query_syntax_is_a_query_error(store: SqliteStore) -> None:
    with pytest.raises(QuerySyntaxError):
        store.search(SearchQuery(q='"unbalanced'))


def test_corrupt_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreUnavailable, match="corrupt or not an SQLite file"):
        open_store(f"sqlite:///{path}")


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    SqliteStore(path).close()
    locker = sqlite3.connect(path)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreUnavailable, match="locked"):
            SqliteStore(path, timeout=0.2).upsert(CORPUS[:1])
    finally:
        locker.rollback()
        locker.close()


def test_concurrent_readers_and_one_writer(tmp_path: Path) -> None:
    s = SqliteStore(tmp_path / "c.db")
    s.upsert(CORPUS)
    errors: list[Exception] = []

    def read() -> None:
        try:
            for _ in range(30):
                assert s.search(SearchQuery(q="nghèo")).total >= 1
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for i in range(20):
        s.upsert([make(100 + i, f"Bài nghèo {i}", "nội dung")])
    for t in threads:
        t.join()
    assert errors == []
    assert s.count() == len(CORPUS) + 20


def test_export_iterates_every_article_once(store: SqliteStore) -> None:
    ids = [a.id for a in store.iter_articles()]
    assert sorted(ids) == sorted(a.id for a in CORPUS)
    stats = store.stats()
    assert stats.articles == 5 and stats.relevant == 4 and stats.by_source["nhandan"] == 2
    assert store.health()["ok"] is True
