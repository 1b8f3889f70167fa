"""The embedded store: one SQLite file with FTS5 full-text search, zero services."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

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

STORE_FORMAT = 2
MAX_FACET_BUCKETS = 100
#: bm25 column weights: title, sapo, body, then their folded copies. An exact-diacritics
#: match scores in both the original and the folded column, so it ranks higher.
BM25_WEIGHTS = (8.0, 3.0, 1.0, 4.0, 1.5, 0.5)
#: Multiplier for documents that contain a multi-word query as an exact phrase.
PHRASE_BOOST = 1.5
#: Added for such documents, so the phrase wins even where bm25 IDF is near zero (tiny corpora).
PHRASE_BONUS = 0.5
#: zlib level of the stored article JSON (format 2 keeps it compressed in ``docs``).
DOC_COMPRESSION = 6
#: Per-connection page cache (KiB) and memory-mapped window (bytes) for reads.
CACHE_KIB = 32_768
MMAP_BYTES = 1 << 30

# Format 2: the articles table holds only the small indexed columns (joins and scans stay in
# cache), the JSON document lives compressed in ``docs``, and the FTS5 index is contentless
# (the text is already in ``docs``; deleting a row passes its original values back to FTS5).
_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS articles (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL,
    published_ts REAL,
    published_day TEXT,
    relevant INTEGER NOT NULL DEFAULT 0,
    has_people INTEGER NOT NULL DEFAULT 0,
    cluster_id TEXT,
    content_hash TEXT
)""",
    "CREATE TABLE IF NOT EXISTS docs (rid INTEGER PRIMARY KEY, doc BLOB NOT NULL)",
    """CREATE TABLE IF NOT EXISTS labels (
    field TEXT NOT NULL, value TEXT NOT NULL, rid INTEGER NOT NULL,
    PRIMARY KEY (field, value, rid)
) WITHOUT ROWID""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, sapo, body, title_f, sapo_f, body_f,
    content = '', tokenize = "unicode61 remove_diacritics 0"
)""",
)
_INDEXES = (
    # The two no-text sort orders, read straight off an index (no sort of the whole table).
    "CREATE INDEX IF NOT EXISTS articles_newest ON articles (published_ts IS NULL, published_ts DESC, id)",
    "CREATE INDEX IF NOT EXISTS articles_oldest ON articles (published_ts IS NULL, published_ts, id)",
    "CREATE INDEX IF NOT EXISTS articles_day ON articles (published_day)",
    "CREATE INDEX IF NOT EXISTS articles_cluster ON articles (cluster_id, source_id)",
    "CREATE INDEX IF NOT EXISTS labels_rid ON labels (rid)",
)
_FTS_COLUMNS = "title, sapo, body, title_f, sapo_f, body_f"

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


def _pack(article: Article) -> bytes:
    """The stored form of an article: its JSON, zlib-compressed."""
    return zlib.compress(article.model_dump_json().encode("utf-8"), DOC_COMPRESSION)


def _unpack(blob: bytes | str) -> Article:
    return Article.model_validate_json(zlib.decompress(blob) if isinstance(blob, bytes) else blob)


def _fts_values(article: Article) -> tuple[str, str, str, str, str, str]:
    """Exactly what is indexed for an article (a contentless delete must repeat it)."""
    return (
        article.title,
        article.sapo,
        article.body,
        fold(article.title),
        fold(article.sapo),
        fold(article.body),
    )


def _fold_fingerprint() -> str:
    """A digest of what ``fold`` does to every Latin, Vietnamese and combining character."""
    probe = "".join(chr(c) for r in ((0x20, 0x250), (0x300, 0x370), (0x1E00, 0x1F00)) for c in range(*r))
    return hashlib.sha256(fold(probe).encode("utf-8")).hexdigest()[:16]


def _rid_array(concatenated: str | None) -> np.ndarray:
    """Rowids from a ``group_concat(rid)`` string (one string is far cheaper to fetch than rows)."""
    if not concatenated:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(concatenated, dtype=np.int64, sep=",")


class _FacetIndex:
    """Every (field, value) label of one write generation as integer codes, for one-pass facet counts."""

    def __init__(self, generation: int, rows: list[tuple[str, str, str]]) -> None:
        self.generation = generation
        self.labels = [(field, value) for field, value, _ in rows]
        parts = [_rid_array(rids) for _, _, rids in rows]
        self.entry_label = np.repeat(np.arange(len(parts), dtype=np.int32), [len(p) for p in parts])
        self.entry_rid = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        self.size = int(self.entry_rid.max()) + 1 if len(self.entry_rid) else 1
        self.corpus = self._buckets(np.bincount(self.entry_label, minlength=len(self.labels)))

    def count(self, rids: np.ndarray) -> dict[str, list[FacetBucket]]:
        """Facet buckets of the articles ``rids`` (each label counts each article once)."""
        mask = np.zeros(self.size, dtype=bool)
        mask[rids[rids < self.size]] = True
        selected = self.entry_label[mask[self.entry_rid]]
        return self._buckets(np.bincount(selected, minlength=len(self.labels)))

    def _buckets(self, counts: np.ndarray) -> dict[str, list[FacetBucket]]:
        rows = [(f, v, n) for (f, v), n in zip(self.labels, counts.tolist(), strict=True) if n]
        return SqliteStore._bucket(rows)


class SqliteStore(Store):
    backend = "sqlite"

    def __init__(self, path: Path, *, timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._facet_lock = threading.Lock()
        self._facets: _FacetIndex | None = None
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
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            conn.execute("PRAGMA temp_store = MEMORY")
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

    @staticmethod
    def _stored_format(conn: sqlite3.Connection) -> int | None:
        """The file's format number; None for a new, empty file."""
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            if row is not None:
                return int(row[0])
        return 1 if "articles" in tables else None

    def _init_schema(self) -> None:
        conn = self._connect()
        try:
            found = self._stored_format(conn)
            if found is None or found < STORE_FORMAT:
                with self._write_lock:
                    conn.execute("BEGIN IMMEDIATE")
                    found = self._stored_format(conn)  # another process may have done it meanwhile
                    if found is None:
                        for statement in _TABLES + _INDEXES:
                            conn.execute(statement)
                        conn.execute(
                            "INSERT INTO meta (key, value) VALUES ('format', ?), ('fold', ?)",
                            (str(STORE_FORMAT), _fold_fingerprint()),
                        )
                        conn.commit()
                    elif found < STORE_FORMAT:
                        self._migrate_from_1(conn)
                    else:
                        conn.rollback()
            elif found > STORE_FORMAT:
                raise StoreError(
                    f"Cơ sở dữ liệu {self.path} thuộc phiên bản mới hơn ({found}). / "
                    f"Database {self.path} was written by a newer version (format {found})."
                )
            self._check_fold(conn)
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            raise self._translate(exc) from exc
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise

    def _migrate_from_1(self, conn: sqlite3.Connection) -> None:
        """Format 1 → 2 in one transaction (called inside BEGIN IMMEDIATE), then VACUUM.

        The text index is rebuilt from the documents with today's ``fold``, so that later
        contentless deletes repeat exactly what was indexed.
        """
        started = time.perf_counter()
        logger.warning("Migrating %s from store format 1 to %d (one-time)", self.path, STORE_FORMAT)
        conn.create_function(
            "lantoa_pack",
            1,
            lambda doc: zlib.compress(doc.encode("utf-8"), DOC_COMPRESSION),
            deterministic=True,
        )
        columns = (
            "rid, id, source_id, published_ts, published_day, relevant, has_people, cluster_id, content_hash"
        )
        for statement in (
            _TABLES[2],
            "INSERT INTO docs (rid, doc) SELECT rid, lantoa_pack(doc) FROM articles",
            _TABLES[1].replace("IF NOT EXISTS articles", "articles_v2"),
            f"INSERT INTO articles_v2 ({columns}) SELECT {columns} FROM articles",
            "DROP TABLE articles",
            "ALTER TABLE articles_v2 RENAME TO articles",
            "DROP TABLE fts",
            _TABLES[4],
            *_INDEXES,
            "INSERT INTO meta (key, value) VALUES ('format', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT(key)"
            " DO UPDATE SET value = CAST(value AS INTEGER) + 1",
        ):
            conn.execute(statement, (str(STORE_FORMAT),) if "'format'" in statement else ())
        self._fill_text_index(conn)
        conn.commit()
        try:
            conn.execute("VACUUM")
        except sqlite3.OperationalError as exc:  # another process has the file open: space is reclaimed later
            logger.warning("VACUUM after migrating %s skipped: %s", self.path, exc)
        logger.warning("Migrated %s in %.1f s", self.path, time.perf_counter() - started)

    def _check_fold(self, conn: sqlite3.Connection) -> None:
        """Rebuild the text index if it was folded by a different ``fold`` (after a kernel change).

        A contentless FTS5 delete must repeat the indexed values exactly; they are recomputed
        from the stored document, so the folding in the index has to match today's ``fold``.
        """
        row = conn.execute("SELECT value FROM meta WHERE key = 'fold'").fetchone()
        if row is not None and row[0] == _fold_fingerprint():
            return
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute("SELECT value FROM meta WHERE key = 'fold'").fetchone()
            if row is None or row[0] != _fold_fingerprint():
                started = time.perf_counter()
                logger.warning(
                    "Text folding changed since %s was indexed: rebuilding its text index", self.path
                )
                conn.execute("INSERT INTO fts (fts) VALUES ('delete-all')")
                self._fill_text_index(conn)
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT(key)"
                    " DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                )
                logger.warning(
                    "Rebuilt the text index of %s in %.1f s", self.path, time.perf_counter() - started
                )
            conn.commit()

    @staticmethod
    def _fill_text_index(conn: sqlite3.Connection, batch: int = 1000) -> None:
        """Index every stored document (inside the caller's transaction) and record the fold in use."""
        last = 0
        while True:
            rows = conn.execute(
                "SELECT rid, doc FROM docs WHERE rid > ? ORDER BY rid LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                break
            conn.executemany(
                f"INSERT INTO fts (rowid, {_FTS_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(rid, *_fts_values(_unpack(doc))) for rid, doc in rows],
            )
            last = rows[-1][0]
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('fold', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (_fold_fingerprint(),),
        )

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
        row = conn.execute(
            "SELECT a.rid, d.doc FROM articles a LEFT JOIN docs d ON d.rid = a.rid WHERE a.id = ?",
            (article.id,),
        ).fetchone()
        fields = (
            article.source_id,
            article.published_at.timestamp() if article.published_at else None,
            day.isoformat() if day else None,
            int(is_relevant(article)),
            int(has_people(article)),
            article.cluster_id,
            article.content_hash,
        )
        text = _fts_values(article)
        if row is None:
            cur = conn.execute(
                "INSERT INTO articles (source_id, published_ts, published_day, relevant, has_people,"
                " cluster_id, content_hash, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*fields, article.id),
            )
            rid = cur.lastrowid
            index_text = True
        else:
            rid = row[0]
            conn.execute(
                "UPDATE articles SET source_id = ?, published_ts = ?, published_day = ?, relevant = ?,"
                " has_people = ?, cluster_id = ?, content_hash = ? WHERE rid = ?",
                (*fields, rid),
            )
            conn.execute("DELETE FROM labels WHERE rid = ?", (rid,))
            old_text = _fts_values(_unpack(row[1])) if row[1] is not None else None
            index_text = old_text != text
            if index_text and old_text is not None:
                # Contentless FTS5: a delete repeats the exact values that were indexed.
                conn.execute(
                    f"INSERT INTO fts (fts, rowid, {_FTS_COLUMNS}) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)",
                    (rid, *old_text),
                )
        conn.execute("INSERT OR REPLACE INTO docs (rid, doc) VALUES (?, ?)", (rid, _pack(article)))
        conn.executemany(
            "INSERT INTO labels (field, value, rid) VALUES (?, ?, ?)",
            [(field, value, rid) for field, values in label_values(article).items() for value in values],
        )
        if index_text:
            conn.execute(
                f"INSERT INTO fts (rowid, {_FTS_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", (rid, *text)
            )

    # -- reads ---------------------------------------------------------------
    def get(self, article_id: str) -> Article | None:
        row = self._query_one(
            "SELECT d.doc FROM articles a JOIN docs d ON d.rid = a.rid WHERE a.id = ?", (article_id,)
        )
        return _unpack(row[0]) if row else None

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
            bm25 = f"-bm25(fts, {w})"
            # One phrase lookup and one bm25 call per row; the same arithmetic as bm25 * boost + bonus.
            score = (
                f"CASE WHEN f.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
                f" THEN {bm25} * {PHRASE_BOOST} + {PHRASE_BONUS} ELSE {bm25} END"
                if phrase
                else bm25
            )
            base_sql = (
                f"SELECT a.rid, a.published_ts, a.id, {score} AS score "
                "FROM fts f JOIN articles a ON a.rid = f.rowid WHERE fts MATCH ?"
            )
            base_params = ([phrase] if phrase else []) + [build_match(parsed)]
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
                facets = self._facet_index(self._connect()).corpus if query.facets else {}
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
        """Evaluate the match once into a per-connection temp table, then count, page and facet it.

        The matching rowids come back as one string; their number is the total and the facet
        counts are one numpy pass over the cached label codes (no COUNT or GROUP BY query).
        """
        conn = self._connect()
        try:
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS hits (rid INTEGER PRIMARY KEY, published_ts REAL, id TEXT, score REAL)"
            )
            conn.execute("DELETE FROM temp.hits")
            conn.execute(f"INSERT INTO temp.hits {sql}", params)
            rids = _rid_array(conn.execute("SELECT group_concat(rid) FROM temp.hits").fetchone()[0])
            rows = conn.execute(
                f"SELECT rid, score FROM temp.hits a ORDER BY {order} LIMIT ? OFFSET ?", (query.size, offset)
            ).fetchall()
            # Same transaction, so the labels are read from the snapshot that matched.
            facets = self._facet_index(conn).count(rids) if query.facets else {}
            conn.execute("DELETE FROM temp.hits")
            conn.commit()
        except sqlite3.Error as exc:
            conn.rollback()
            raise self._translate(exc) from exc
        return len(rids), rows, facets

    def _facet_index(self, conn: sqlite3.Connection) -> _FacetIndex:
        """The label codes of the current write generation (rebuilt once after each write)."""
        row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        generation = int(row[0]) if row else 0
        index = self._facets
        if index is not None and index.generation == generation:
            return index
        with self._facet_lock:
            index = self._facets
            if index is not None and index.generation == generation:
                return index
            rows = conn.execute(
                "SELECT field, value, group_concat(rid) FROM labels GROUP BY field, value"
            ).fetchall()
            index = _FacetIndex(generation, rows)
            if self._facets is None or self._facets.generation < generation:
                self._facets = index
        return index

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
        docs = dict(self._query_all(f"SELECT rid, doc FROM docs WHERE rid IN ({marks})", rids))
        articles = [_unpack(docs[rid]) for rid in rids]
        outlets = self._other_outlets(articles)
        return [
            make_hit(
                article,
                items,
                score=round(score, 4) if score is not None else None,
                other_outlets=outlets.get(article.id, 0),
            )
            for article, score in zip(articles, scores, strict=True)
        ]

    def _other_outlets(self, articles: list[Article]) -> dict[str, int]:
        """Per article id: how many other sources carried its cluster (one query for the page)."""
        clusters = sorted({a.cluster_id for a in articles if a.cluster_id})
        if not clusters:
            return {}
        sources: dict[str, set[str]] = {}
        marks = ",".join("?" * len(clusters))
        for cluster_id, source_id in self._query_all(
            f"SELECT DISTINCT cluster_id, source_id FROM articles WHERE cluster_id IN ({marks})", clusters
        ):
            sources.setdefault(cluster_id, set()).add(source_id)
        return {a.id: len(sources.get(a.cluster_id, set()) - {a.source_id}) for a in articles if a.cluster_id}

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
            rows = self._query_all(
                "SELECT a.id, d.doc FROM articles a JOIN docs d ON d.rid = a.rid WHERE a.id > ?"
                " ORDER BY a.id LIMIT 500",
                (last,),
            )
            if not rows:
                return
            for article_id, doc in rows:
                yield _unpack(doc)
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
