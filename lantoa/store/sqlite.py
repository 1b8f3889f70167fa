"""The embedded store: one SQLite file with FTS5 full-text search, zero services."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from lantoa.query import Item, ParsedQuery, parse_query
from lantoa.schema import Article
from lantoa.store.base import (
    FACET_FIELDS,
    FacetBucket,
    QuerySyntaxError,
    SearchHit,
    SearchQuery,
    SearchResult,
    Store,
    StoreError,
    StoreStats,
    StoreUnavailable,
    decode_cursor,
    encode_cursor,
)
from lantoa.store.fields import FILTER_FIELDS, has_people, is_relevant, label_values, local_date
from lantoa.store.hits import make_hit
from lantoa.text import fold

logger = logging.getLogger(__name__)

STORE_FORMAT = 1
MAX_FACET_BUCKETS = 100
#: bm25 column weights: title, sapo, body, then their folded copies. An exact-diacritics
#: match scores in both the original and the folded column, so it ranks higher.
BM25_WEIGHTS = (8.0, 3.0, 1.0, 4.0, 1.5, 0.5)
#: Multiplier for documents that contain a multi-word query as an exact phrase.
PHRASE_BOOST = 1.5
#: Added for such documents, so the phrase wins even where bm25 IDF is near zero (tiny corpora).
PHRASE_BONUS = 0.5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL,
    published_ts REAL,
    published_day TEXT,
    relevant INTEGER NOT NULL DEFAULT 0,
    has_people INTEGER NOT NULL DEFAULT 0,
    cluster_id TEXT,
    content_hash TEXT,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published_ts);
CREATE INDEX IF NOT EXISTS articles_day ON articles (published_day);
CREATE INDEX IF NOT EXISTS articles_cluster ON articles (cluster_id);
CREATE TABLE IF NOT EXISTS labels (
    field TEXT NOT NULL, value TEXT NOT NULL, rid INTEGER NOT NULL,
    PRIMARY KEY (field, value, rid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS labels_rid ON labels (rid);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, sapo, body, title_f, sapo_f, body_f,
    tokenize = "unicode61 remove_diacritics 0"
);
"""

_CORRUPT_MESSAGE = (
    "Không mở được cơ sở dữ liệu {path}: tệp hỏng hoặc không phải SQLite ({error}). "
    "Hãy khôi phục bản sao lưu hoặc xóa tệp rồi chạy lại. / "
    "Cannot open database {path}: corrupt or not an SQLite file ({error}). "
    "Restore a backup, or delete the file and run again."
)
_LOCKED_MESSAGE = (
    "Cơ sở dữ liệu {path} đang bị khóa bởi tiến trình khác ({error}). / "
    "Database {path} is locked by another process ({error})."
)


def _fts_string(words: Iterable[str]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def _item_expr(item: Item) -> str:
    original = _fts_string(item.words)
    folded = _fts_string(item.folded)
    return f"({{title sapo body}} : {original} OR {{title_f sapo_f body_f}} : {folded})"


def build_match(parsed: ParsedQuery) -> str:
    """Translate a parsed query into an FTS5 MATCH expression."""
    clauses = ["(" + " OR ".join(_item_expr(item) for item in clause) + ")" for clause in parsed.clauses]
    expr = " AND ".join(clauses)
    for item in parsed.excluded:
        expr = f"({expr}) NOT {_item_expr(item)}"
    return expr


def _phrase_match(parsed: ParsedQuery) -> str | None:
    """For an unquoted multi-word query, the whole query as one folded phrase."""
    if parsed.excluded or any(len(c) > 1 for c in parsed.clauses) or len(parsed.clauses) < 2:
        return None
    words = [w for clause in parsed.clauses for w in clause[0].folded]
    return "{title_f sapo_f body_f} : " + _fts_string(words)


class SqliteStore(Store):
    backend = "sqlite"

    def __init__(self, path: Path, *, timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._facet_cache: tuple[str, dict[str, list[FacetBucket]]] | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._init_schema()

    # -- connections -------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            conn = sqlite3.connect(self.path, timeout=self.timeout, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise self._translate(exc) from exc
        self._local.conn = conn
        with self._lock:
            self._connections.append(conn)
        return conn

    def _translate(self, exc: sqlite3.Error) -> StoreError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return StoreUnavailable(_LOCKED_MESSAGE.format(path=self.path, error=text))
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
            return StoreUnavailable(_CORRUPT_MESSAGE.format(path=self.path, error=text))
        return StoreError(text)

    def _init_schema(self) -> None:
        conn = self._connect()
        try:
            conn.executescript(_SCHEMA)
            row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            if row is None:
                conn.execute("INSERT INTO meta (key, value) VALUES ('format', ?)", (str(STORE_FORMAT),))
                conn.commit()
            elif int(row[0]) > STORE_FORMAT:
                raise StoreError(
                    f"Cơ sở dữ liệu {self.path} thuộc phiên bản mới hơn ({row[0]}). / "
                    f"Database {self.path} was written by a newer version (format {row[0]})."
                )
        except sqlite3.Error as exc:
            raise self._translate(exc) from exc

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    # -- writes --------------------------------------------------------------
    def upsert(self, articles: Iterable[Article]) -> int:
        conn = self._connect()
        written = 0
        with self._write_lock:
            try:
                conn.execute("BEGIN IMMEDIATE")
                for article in articles:
                    self._upsert_one(conn, article)
                    written += 1
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT(key)"
                    " DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                )
                conn.commit()
            except sqlite3.Error as exc:
                conn.rollback()
                raise self._translate(exc) from exc
            except BaseException:
                conn.rollback()
                raise
        logger.debug("Upserted %d articles into %s", written, self.path)
        return written

    def _upsert_one(self, conn: sqlite3.Connection, article: Article) -> None:
        day = local_date(article.published_at)
        row = conn.execute("SELECT rid FROM articles WHERE id = ?", (article.id,)).fetchone()
        fields = (
            article.source_id,
            article.published_at.timestamp() if article.published_at else None,
            day.isoformat() if day else None,
            int(is_relevant(article)),
            int(has_people(article)),
            article.cluster_id,
            article.content_hash,
            article.model_dump_json(),
        )
        if row is None:
            cur = conn.execute(
                "INSERT INTO articles (source_id, published_ts, published_day, relevant, has_people,"
                " cluster_id, content_hash, doc, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*fields, article.id),
            )
            rid = cur.lastrowid
        else:
            rid = row[0]
            conn.execute(
                "UPDATE articles SET source_id = ?, published_ts = ?, published_day = ?, relevant = ?,"
                " has_people = ?, cluster_id = ?, content_hash = ?, doc = ? WHERE rid = ?",
                (*fields, rid),
            )
            conn.execute("DELETE FROM labels WHERE rid = ?", (rid,))
            conn.execute("DELETE FROM fts WHERE rowid = ?", (rid,))
        conn.executemany(
            "INSERT INTO labels (field, value, rid) VALUES (?, ?, ?)",
            [(field, value, rid) for field, values in label_values(article).items() for value in values],
        )
        conn.execute(
            "INSERT INTO fts (rowid, title, sapo, body, title_f, sapo_f, body_f) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                rid,
                article.title,
                article.sapo,
                article.body,
                fold(article.title),
                fold(article.sapo),
                fold(article.body),
            ),
        )

    # -- reads ---------------------------------------------------------------
    def get(self, article_id: str) -> Article | None:
        row = self._query_one("SELECT doc FROM articles WHERE id = ?", (article_id,))
        return Article.model_validate_json(row[0]) if row else None

    def _query_one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        try:
            return self._connect().execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise self._translate(exc) from exc

    def _query_all(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        try:
            return self._connect().execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise self._translate(exc) from exc

    def count(self) -> int:
        return int(self._query_one("SELECT COUNT(*) FROM articles")[0])

    def _filters(self, query: SearchQuery) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for name, fields in FILTER_FIELDS.items():
            wanted = getattr(query, name)
            if not wanted:
                continue
            marks = ",".join("?" * len(wanted))
            field_marks = ",".join("?" * len(fields))
            where.append(
                f"a.rid IN (SELECT rid FROM labels WHERE field IN ({field_marks}) AND value IN ({marks}))"
            )
            params.extend(fields)
            params.extend(wanted)
        if query.date_from:
            where.append("a.published_day >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            where.append("a.published_day <= ?")
            params.append(query.date_to.isoformat())
        if query.has_people is not None:
            where.append("a.has_people = ?")
            params.append(int(query.has_people))
        if query.relevant is not None:
            where.append("a.relevant = ?")
            params.append(int(query.relevant))
        return where, params

    def search(self, query: SearchQuery) -> SearchResult:
        started = time.perf_counter()
        parsed = parse_query(query.q)
        offset = self._cursor_offset(query)
        where, params = self._filters(query)
        if parsed.is_empty:
            base_sql = "SELECT a.rid, a.published_ts, a.id, NULL AS score FROM articles a"
            base_params: list[Any] = []
            if query.sort == "relevance":
                query = query.model_copy(update={"sort": "newest"})
        else:
            w = ",".join(str(x) for x in BM25_WEIGHTS)
            phrase = _phrase_match(parsed)
            boost = (
                f" * (CASE WHEN f.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?) THEN {PHRASE_BOOST} ELSE 1 END)"
                f" + (CASE WHEN f.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?) THEN {PHRASE_BONUS} ELSE 0 END)"
                if phrase
                else ""
            )
            base_sql = (
                f"SELECT a.rid, a.published_ts, a.id, -bm25(fts, {w}){boost} AS score "
                "FROM fts f JOIN articles a ON a.rid = f.rowid WHERE fts MATCH ?"
            )
            base_params = ([phrase, phrase] if phrase else []) + [build_match(parsed)]
        sql = base_sql + (
            (" AND " if "WHERE" in base_sql else " WHERE ") + " AND ".join(where) if where else ""
        )
        all_params = base_params + params
        order = {
            "relevance": "score DESC, a.published_ts DESC, a.id",
            "newest": "a.published_ts IS NULL, a.published_ts DESC, a.id",
            "oldest": "a.published_ts IS NULL, a.published_ts ASC, a.id",
        }[query.sort]
        try:
            if parsed.is_empty and not where:
                total = self.count()
                rows = self._query_all(
                    f"SELECT a.rid, NULL FROM articles a ORDER BY {order} LIMIT ? OFFSET ?",
                    [query.size, offset],
                )
                facets = self._corpus_facets() if query.facets else {}
            else:
                total, rows, facets = self._search_matches(sql, all_params, order, query, offset)
        except StoreError as exc:
            if "fts5" in str(exc) or "syntax" in str(exc):
                raise QuerySyntaxError(f"Câu truy vấn không hợp lệ / invalid query: {exc}") from exc
            raise
        hits = self._hits([r[0] for r in rows], [r[1] for r in rows], parsed.positive_items())
        next_offset = offset + len(hits)
        next_cursor = encode_cursor({"o": next_offset}) if next_offset < total and hits else None
        return SearchResult(
            hits=hits,
            total=total,
            facets=facets,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            next_cursor=next_cursor,
        )

    def _search_matches(
        self, sql: str, params: list[Any], order: str, query: SearchQuery, offset: int
    ) -> tuple[int, list[Any], dict[str, list[FacetBucket]]]:
        """Evaluate the match once into a per-connection temp table, then count, page and facet it."""
        conn = self._connect()
        try:
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS hits (rid INTEGER PRIMARY KEY, published_ts REAL, id TEXT, score REAL)"
            )
            conn.execute("DELETE FROM temp.hits")
            conn.execute(f"INSERT INTO temp.hits {sql}", params)
            total = int(conn.execute("SELECT COUNT(*) FROM temp.hits").fetchone()[0])
            rows = conn.execute(
                f"SELECT rid, score FROM temp.hits a ORDER BY {order} LIMIT ? OFFSET ?", (query.size, offset)
            ).fetchall()
            facet_rows = (
                conn.execute(
                    "SELECT l.field, l.value, COUNT(*) FROM temp.hits h JOIN labels l ON l.rid = h.rid"
                    " GROUP BY l.field, l.value"
                ).fetchall()
                if query.facets
                else None
            )
            conn.execute("DELETE FROM temp.hits")
            conn.commit()
        except sqlite3.Error as exc:
            conn.rollback()
            raise self._translate(exc) from exc
        return total, rows, self._bucket(facet_rows) if facet_rows is not None else {}

    def _corpus_facets(self) -> dict[str, list[FacetBucket]]:
        """Facets of the whole corpus, cached until the next write (the browse page's default)."""
        generation = self._query_one("SELECT value FROM meta WHERE key = 'generation'")
        key = generation[0] if generation else "0"
        cached = self._facet_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        facets = self._bucket(
            self._query_all("SELECT field, value, COUNT(*) FROM labels GROUP BY field, value")
        )
        self._facet_cache = (key, facets)
        return facets

    @staticmethod
    def _bucket(rows: Iterable[Any]) -> dict[str, list[FacetBucket]]:
        facets: dict[str, list[FacetBucket]] = {name: [] for name in FACET_FIELDS}
        for field, value, n in rows:
            if field in facets:
                facets[field].append(FacetBucket(value=value, count=n))
        for name, buckets in facets.items():
            buckets.sort(key=lambda b: (-b.count, b.value))
            facets[name] = buckets[:MAX_FACET_BUCKETS]
        return facets

    @staticmethod
    def _cursor_offset(query: SearchQuery) -> int:
        if not query.cursor:
            return 0
        offset = decode_cursor(query.cursor).get("o")
        if not isinstance(offset, int) or offset < 0:
            raise QuerySyntaxError("Con trỏ phân trang không hợp lệ / invalid cursor")
        return offset

    def _hits(self, rids: list[int], scores: list[float | None], items: list[Item]) -> list[SearchHit]:
        if not rids:
            return []
        marks = ",".join("?" * len(rids))
        docs = {
            rid: doc
            for rid, doc in self._query_all(f"SELECT rid, doc FROM articles WHERE rid IN ({marks})", rids)
        }
        hits = []
        for rid, score in zip(rids, scores, strict=True):
            article = Article.model_validate_json(docs[rid])
            hits.append(
                make_hit(
                    article,
                    items,
                    score=round(score, 4) if score is not None else None,
                    other_outlets=self._other_outlets(article),
                )
            )
        return hits

    def _other_outlets(self, article: Article) -> int:
        if not article.cluster_id:
            return 0
        row = self._query_one(
            "SELECT COUNT(DISTINCT source_id) FROM articles WHERE cluster_id = ? AND source_id != ?",
            (article.cluster_id, article.source_id),
        )
        return int(row[0])

    def similar(self, article_id: str, size: int = 5) -> list[SearchHit]:
        article = self.get(article_id)
        if article is None:
            return []
        words = _distinctive_words(article)
        if not words:
            return []
        match = "{title_f sapo_f body_f} : (" + " OR ".join(_fts_string([w]) for w in words) + ")"
        w = ",".join(str(x) for x in BM25_WEIGHTS)
        params: list[Any] = [match, article.id]
        exclude_cluster = ""
        if article.cluster_id:
            exclude_cluster = " AND (a.cluster_id IS NULL OR a.cluster_id != ?)"
            params.append(article.cluster_id)
        rows = self._query_all(
            f"SELECT a.rid, -bm25(fts, {w}) AS score FROM fts f JOIN articles a ON a.rid = f.rowid"
            f" WHERE fts MATCH ? AND a.id != ?{exclude_cluster} ORDER BY score DESC, a.published_ts DESC LIMIT ?",
            [*params, size],
        )
        return self._hits([r[0] for r in rows], [r[1] for r in rows], [])

    def iter_articles(self) -> Iterator[Article]:
        last = ""
        while True:
            rows = self._query_all("SELECT id, doc FROM articles WHERE id > ? ORDER BY id LIMIT 500", (last,))
            if not rows:
                return
            for article_id, doc in rows:
                yield Article.model_validate_json(doc)
                last = article_id

    def stats(self) -> StoreStats:
        total, relevant, newest = self._query_one(
            "SELECT COUNT(*), COALESCE(SUM(relevant), 0), MAX(published_ts) FROM articles"
        )
        by_source = dict(self._query_all("SELECT source_id, COUNT(*) FROM articles GROUP BY source_id"))
        by_story = dict(
            self._query_all("SELECT value, COUNT(*) FROM labels WHERE field = 'story_type' GROUP BY value")
        )
        return StoreStats(
            backend=self.backend,
            location=str(self.path),
            articles=int(total),
            relevant=int(relevant),
            by_source=by_source,
            by_story_type=by_story,
            newest_published_at=datetime.fromtimestamp(newest).astimezone() if newest else None,
        )

    def health(self) -> dict[str, Any]:
        # Cheap on purpose (it backs /health): touch the schema, the table and the FTS index.
        try:
            count = self.count()
            self._query_one("SELECT rowid FROM fts WHERE fts MATCH 'lantoa' LIMIT 1")
        except StoreError as exc:
            return {"ok": False, "backend": self.backend, "error": str(exc)}
        return {"ok": True, "backend": self.backend, "articles": count}

    def integrity_check(self) -> str:
        """Full ``PRAGMA quick_check`` (reads the whole file): "ok" or the problems found."""
        return str(self._query_one("PRAGMA quick_check")[0])


_STOPWORDS = frozenset(
    "va cua cac nhung mot nguoi duoc cho voi trong tai nay khong da la co tu den theo ve nam ngay "
    "thang nhu de khi con cung hon rat tren duoi sau truoc".split()
)


def _distinctive_words(article: Article, limit: int = 24) -> list[str]:
    """Folded words of the title and sapo (longest first): a cheap more-like-this query."""
    text = fold(article.title + " " + article.sapo)
    seen: list[str] = []
    for word in text.split():
        word = "".join(ch for ch in word if ch.isalnum())
        if len(word) > 2 and word not in _STOPWORDS and word not in seen:
            seen.append(word)
    return seen[:limit]
