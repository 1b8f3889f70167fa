"""The embedded store: one SQLite file with FTS5 full-text search, zero services.

How a search is evaluated (see ``search``): everything but the documents themselves is numpy.

* Per write generation, ``sqlite_columns.Columns`` (dates, flags, labels, each article's
  position in the newest/oldest orders) gives the filters, totals, facet counts and date sorts.
* ``sqlite_terms.TermIndex``, an inverted index of the words as written and folded, gives the
  text match and relevance (``sqlite_match``): the filter mask is applied to the candidates
  first, then FTS5's own bm25 (title > sapo > body, exact diacritics above folded matches) is
  computed for the remaining matches, vectorised, so every match is ranked exactly. FTS5 is
  still asked for what needs word positions: quoted phrases (one folded phrase query), and the
  phrase boost of an unquoted multi-word query (bm25 * 1.5 + 0.5 for the documents holding it
  as a phrase): exact where the phrase's words are rare, otherwise within blocks of
  ``PHRASE_BLOCK`` of the bm25 ranking, checked on those documents' stored text.
* Only the page's documents are decompressed (those read for the phrase boost are reused), and
  only the fields a hit shows are parsed (``hits.HitSource``).

Up to ``TERMS_INLINE_MAX`` articles the term index is built by the first search after a write;
above, in a background thread (one process at a time, the others load it when it is saved) while
searches use the FTS5 evaluation below; ``prepare_search`` builds it now. It is saved under
``<database>-terms/`` (rebuildable at any time; safe to delete) and memory-mapped, so the API's
worker processes share its pages.

The FTS5 evaluation (while the term index is not ready, or with ``use_term_index = False``):
SQLite answers the text match as one string of matching rowids (the folded-column form of the
query, half the cost of the full form), then, as relevance costs per scored document:

* a query with filters scores every match that passes them, in one SQLite pass that applies
  the filters before bm25 (the filters bound the work);
* a query without filters and with at most ``RELEVANCE_WINDOW`` (5 000) matches scores them
  all: exact relevance;
* a broader query without filters ranks its matches in blocks of ``RELEVANCE_WINDOW``, most
  recently stored first, each block by bm25 (then recency, then id). Totals, facets and date
  sorts still cover every match; paging walks the blocks in order, so every hit appears once.

``similar`` (more-like-this) scores only the ``SIMILAR_WINDOW`` (10 000) articles stored
nearest to the given one: stories of the same period, at a cost that does not grow with the store.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from lantoa.query import Item, ParsedQuery, parse_query
from lantoa.schema import Article
from lantoa.store.base import (
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
from lantoa.store.hits import HitSource, make_hit
from lantoa.store.sqlite_columns import Columns, rid_array
from lantoa.store.sqlite_match import QueryTerms, indexed_text, phrase_pattern
from lantoa.store.sqlite_terms import TermIndex, build_lock, tokens
from lantoa.store.sqlite_terms import build as build_terms
from lantoa.store.sqlite_terms import fingerprint as fingerprint_of
from lantoa.text import fold

logger = logging.getLogger(__name__)

STORE_FORMAT = 2
#: Relevance ranks matches in blocks of this many, most recently stored first (see ``_rank``).
RELEVANCE_WINDOW = 5000
#: ``similar`` scores the articles stored nearest to the given one, this many at most.
SIMILAR_WINDOW = 10_000
#: bm25 column weights: title, sapo, body, then their folded copies. An exact-diacritics
#: match scores in both the original and the folded column, so it ranks higher.
BM25_WEIGHTS = (8.0, 3.0, 1.0, 4.0, 1.5, 0.5)
#: Multiplier for documents that contain a multi-word query as an exact phrase.
PHRASE_BOOST = 1.5
#: Added for such documents, so the phrase wins even where bm25 IDF is near zero (tiny corpora).
PHRASE_BONUS = 0.5
#: With the term index, the phrase boost reorders the bm25 ranking within blocks of this many
#: (each block's documents are checked for the phrase); a query with no more matches is exact.
PHRASE_BLOCK = 20
#: ... unless the phrase's words have at most this many postings in all: then one FTS5 phrase
#: query (cost ~ the postings read) finds every match holding it, and the boost is exact.
PHRASE_EXACT_POSTINGS = 20_000
#: Up to this many articles the term index is built by the search that needs it (under 0.5 s);
#: above, by a process of its own (``sqlite_build``; searches use FTS5 meanwhile), then saved
#: beside the database.
TERMS_INLINE_MAX = 2000
#: Build it in a process of its own (``lantoa.store.sqlite_build``): the build then holds neither
#: the serving process's interpreter lock nor its memory.
TERMS_BUILD_IN_SUBPROCESS = True
#: How often (seconds) a process whose term index is stale looks for one or starts a build.
TERMS_RETRY_SECONDS = 2.0
#: After a failed build, the next attempt waits this much longer (seconds).
TERMS_FAILED_PAUSE = 300.0
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


def _folded_expr(item: Item) -> str:
    return "{title_f sapo_f body_f} : " + _fts_string(item.folded)


def build_match(parsed: ParsedQuery, *, folded_only: bool = False) -> str:
    """Translate a parsed query into an FTS5 MATCH expression.

    Both forms match the same documents (an item matches where its folded words occur, as the
    folded columns hold the folded text). The default form also names the original columns, so
    that bm25 scores an exact-diacritics match higher; ``folded_only`` is about twice as cheap
    to evaluate and is used where only the set of matching documents is needed.
    """
    item_expr = _folded_expr if folded_only else _item_expr
    clauses = ["(" + " OR ".join(item_expr(item) for item in clause) + ")" for clause in parsed.clauses]
    expr = " AND ".join(clauses)
    for item in parsed.excluded:
        expr = f"({expr}) NOT {item_expr(item)}"
    return expr


def _phrase_match(parsed: ParsedQuery) -> str | None:
    """For an unquoted multi-word query, the whole query as one folded phrase."""
    if parsed.excluded or any(len(c) > 1 for c in parsed.clauses) or len(parsed.clauses) < 2:
        return None
    words = [w for clause in parsed.clauses for w in clause[0].folded]
    return "{title_f sapo_f body_f} : " + _fts_string(words)


def _release_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc; elsewhere a no-op)."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):
        pass


def _boost(score: np.ndarray, boosted: np.ndarray) -> np.ndarray:
    """The phrase boost: ``score * PHRASE_BOOST + PHRASE_BONUS`` where ``boosted``."""
    return np.where(boosted, score * PHRASE_BOOST + PHRASE_BONUS, score)


def _pack(article: Article) -> bytes:
    """The stored form of an article: its JSON, zlib-compressed."""
    return zlib.compress(article.model_dump_json().encode("utf-8"), DOC_COMPRESSION)


def _document(blob: bytes | str) -> bytes | str:
    """A stored article's JSON (UTF-8 bytes, or text for a row stored uncompressed)."""
    return zlib.decompress(blob) if isinstance(blob, bytes) else blob


def _unpack(blob: bytes | str) -> Article:
    return Article.model_validate_json(_document(blob))  # pydantic parses the UTF-8 bytes as they are


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


class SqliteStore(Store):
    backend = "sqlite"

    def __init__(self, path: Path, *, timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._cache: Columns | None = None
        #: Match and score with the numpy term index when it is ready (False: FTS5 only).
        self.use_term_index = True
        self._terms: TermIndex | None = None
        self._terms_lock = threading.Lock()
        self._terms_busy = False
        self._terms_tried = 0.0
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

    def _filter_mask(self, columns: Columns, query: SearchQuery) -> np.ndarray | None:
        """The articles that pass the query's filters (None: no filter)."""
        mask: np.ndarray | None = None

        def both(part: np.ndarray) -> np.ndarray:
            return part if mask is None else mask & part

        for name, fields in FILTER_FIELDS.items():
            wanted = getattr(query, name)
            if wanted:
                mask = both(columns.label_mask(fields, wanted))
        if query.date_from or query.date_to:
            mask = both(columns.day_mask(query.date_from, query.date_to))
        if query.has_people is not None:
            mask = both(columns.has_people == query.has_people)
        if query.relevant is not None:
            mask = both(columns.relevant == query.relevant)
        return mask

    def search(self, query: SearchQuery) -> SearchResult:
        started = time.perf_counter()
        parsed = parse_query(query.q)
        offset = self._cursor_offset(query)
        sort = "newest" if parsed.is_empty and query.sort == "relevance" else query.sort
        conn = self._connect()
        try:
            began = not conn.in_transaction
            if began:
                conn.execute("BEGIN")  # one snapshot for the match, the columns and the documents
            try:
                loaded: dict[int, bytes | str] = {}  # documents read for the phrase check, by rowid
                total, page, scores, facets = self._search_snapshot(conn, parsed, query, sort, offset, loaded)
                hits = self._hits(page, scores, parsed.positive_items(), loaded)
            finally:
                if began and conn.in_transaction:
                    conn.rollback()  # read-only: ends the snapshot
        except sqlite3.Error as exc:
            error = self._translate(exc)
            if "fts5" in str(exc) or "syntax" in str(exc):
                raise QuerySyntaxError(f"Câu truy vấn không hợp lệ / invalid query: {exc}") from exc
            raise error from exc
        next_offset = offset + len(hits)
        next_cursor = encode_cursor({"o": next_offset}) if next_offset < total and hits else None
        return SearchResult(
            hits=hits,
            total=total,
            facets=facets,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            next_cursor=next_cursor,
        )

    def _search_snapshot(
        self,
        conn: sqlite3.Connection,
        parsed: ParsedQuery,
        query: SearchQuery,
        sort: str,
        offset: int,
        loaded: dict[int, bytes | str],
    ) -> tuple[int, list[int], list[float | None], dict[str, list[FacetBucket]]]:
        """Total, the page's rowids and scores, and the facets (inside the caller's read snapshot)."""
        columns = self._columns(conn)
        mask = self._filter_mask(columns, query)
        match = ""
        if not parsed.is_empty:
            terms = self._term_index(conn, columns)
            if terms is not None:
                return self._search_terms(conn, terms, columns, parsed, query, sort, offset, mask, loaded)
        if parsed.is_empty:
            if mask is None:
                order = columns.order_newest if sort == "newest" else columns.order_oldest
                page = order[offset : offset + query.size].tolist()
                facets = columns.corpus_facets if query.facets else {}
                return columns.count, page, [None] * len(page), facets
            rids = np.flatnonzero(mask & columns.present)
            facets = columns.count_facets(rids) if query.facets else {}
            page = columns.page_in_order(mask, sort == "newest", offset, query.size).tolist()
            return len(rids), page, [None] * len(page), facets
        elif sort == "relevance" and mask is not None:
            rids, ranked, scores = self._rank_filtered(conn, columns, parsed, query, mask, offset)
            facets = columns.count_facets(rids) if query.facets else {}
            return len(rids), ranked, scores, facets
        else:
            match = build_match(parsed)
            found = conn.execute(
                "SELECT group_concat(rowid) FROM fts WHERE fts MATCH ?",
                (build_match(parsed, folded_only=True),),
            ).fetchone()
            rids = columns.keep(rid_array(found[0]), mask)
        facets = columns.count_facets(rids) if query.facets else {}
        if sort == "relevance":
            ranked, scores = self._rank(conn, columns, parsed, match, rids, offset, query.size)
            return len(rids), ranked, scores, facets
        page = columns.page_by_date(rids, sort == "newest", offset, query.size).tolist()
        return len(rids), page, [None] * len(page), facets

    def _rank(
        self,
        conn: sqlite3.Connection,
        columns: Columns,
        parsed: ParsedQuery,
        match: str,
        rids: np.ndarray,
        offset: int,
        size: int,
    ) -> tuple[list[int], list[float | None]]:
        """One page in relevance order, scoring at most :data:`RELEVANCE_WINDOW` matches per block.

        Matches are taken in blocks of ``RELEVANCE_WINDOW``, most recently stored first; each
        block is ranked by bm25 (phrase boost, then recency, then id). Up to that many matches
        this is exact relevance over every match.
        """
        if size == 0 or offset >= len(rids):
            return [], []
        rids = np.sort(rids)
        n = len(rids)
        page_rids: list[int] = []
        page_scores: list[float | None] = []
        first = offset // RELEVANCE_WINDOW
        skip = offset - first * RELEVANCE_WINDOW
        block = first
        while len(page_rids) < size and block * RELEVANCE_WINDOW < n:
            hi = n - block * RELEVANCE_WINDOW
            members = rids[max(0, hi - RELEVANCE_WINDOW) : hi]
            ranked, scores = self._score_block(conn, columns, parsed, match, members)
            want = size - len(page_rids)
            page_rids.extend(ranked[skip : skip + want].tolist())
            page_scores.extend(round(float(s), 4) for s in scores[skip : skip + want])
            skip = 0
            block += 1
        return page_rids, page_scores

    @staticmethod
    def _sql_filters(query: SearchQuery) -> tuple[list[str], list[Any]]:
        """The query's filters as conditions on a match ``f`` joined to its article row ``a``.

        Label filters test membership in a small set built once per query (``+``: a filter on
        each match, never a per-rowid index lookup into the text index); date and flag filters
        read the matched article's own row.
        """
        where: list[str] = []
        params: list[Any] = []
        for name, fields in FILTER_FIELDS.items():
            wanted = getattr(query, name)
            if wanted:
                where.append(
                    f"+f.rowid IN (SELECT rid FROM labels WHERE field IN ({','.join('?' * len(fields))})"
                    f" AND value IN ({','.join('?' * len(wanted))}))"
                )
                params.extend([*fields, *wanted])
        if query.date_from:
            where.append("a.published_day >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            where.append("a.published_day <= ?")
            params.append(query.date_to.isoformat())
        for flag in ("has_people", "relevant"):
            value = getattr(query, flag)
            if value is not None:
                where.append(f"a.{flag} = ?")
                params.append(int(value))
        return where, params

    def _rank_filtered(
        self,
        conn: sqlite3.Connection,
        columns: Columns,
        parsed: ParsedQuery,
        query: SearchQuery,
        mask: np.ndarray,
        offset: int,
    ) -> tuple[np.ndarray, list[int], list[float | None]]:
        """A filtered text query in relevance order: every match that passes the filters is scored.

        One pass: the filters prune the matches inside SQLite, so bm25 runs only for the
        articles that pass them (a filter bounds the work as the relevance window would).
        Returns the matching rowids and the page.
        """
        where, params = self._sql_filters(query)
        w = ",".join(str(x) for x in BM25_WEIGHTS)
        joined = any(c.startswith("a.") for c in where)
        sql = (
            f"SELECT f.rowid, -bm25(fts, {w}) FROM fts f"
            + (" JOIN articles a ON a.rid = f.rowid" if joined else "")
            + " WHERE fts MATCH ?"
            + "".join(f" AND {c}" for c in where)
        )
        rows = conn.execute(sql, (build_match(parsed), *params)).fetchall()
        scored = np.array([r[0] for r in rows], dtype=np.int64)
        score = np.array([r[1] for r in rows], dtype=np.float64)
        keep = columns.keep(scored, mask)  # the same snapshot: only a safety net
        if len(keep) != len(scored):
            wanted = np.isin(scored, keep)
            scored, score = scored[wanted], score[wanted]
        if len(scored) == 0 or query.size == 0:
            return scored, [], []
        score = self._boost_phrase(conn, parsed, scored, score)
        order = np.lexsort((columns.newest[scored], -score))[offset : offset + query.size]
        return scored, scored[order].tolist(), [round(float(x), 4) for x in score[order]]

    @staticmethod
    def _boost_phrase(
        conn: sqlite3.Connection, parsed: ParsedQuery, scored: np.ndarray, score: np.ndarray
    ) -> np.ndarray:
        """bm25 * boost + bonus for the documents that contain a multi-word query as a phrase."""
        phrase = _phrase_match(parsed)
        if not phrase or not len(scored):
            return score
        found = conn.execute(
            "SELECT group_concat(rowid) FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?",
            (phrase, int(scored.min()), int(scored.max())),
        ).fetchone()
        boosted = np.isin(scored, rid_array(found[0]))
        return np.where(boosted, score * PHRASE_BOOST + PHRASE_BONUS, score)

    def _score_block(
        self,
        conn: sqlite3.Connection,
        columns: Columns,
        parsed: ParsedQuery,
        match: str,
        members: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray]:
        """``members`` (ascending rowids) ordered by score, recency, id; with their scores."""
        low, high = int(members[0]), int(members[-1])
        w = ",".join(str(x) for x in BM25_WEIGHTS)
        # Without filters the members are exactly the matches in this rowid range.
        sql = f"SELECT rowid, -bm25(fts, {w}) FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?"
        rows = conn.execute(sql, (match, low, high)).fetchall()
        scored = np.array([r[0] for r in rows], dtype=np.int64)
        score = np.array([r[1] for r in rows], dtype=np.float64)
        if not np.array_equal(scored, members):
            # Both forms of the query match the same documents; should they ever differ,
            # the page still holds exactly the counted matches (unscored ones rank last).
            found = dict(zip(scored.tolist(), score.tolist(), strict=True))
            scored = members
            score = np.array([found.get(r, -np.inf) for r in members.tolist()], dtype=np.float64)
        score = self._boost_phrase(conn, parsed, scored, score)
        order = np.lexsort((columns.newest[scored], -score))
        return scored[order], score[order]

    # -- the numpy term index ------------------------------------------------------------------
    @property
    def terms_dir(self) -> Path:
        """Where the term index of larger stores is saved (one directory per write generation)."""
        return self.path.with_name(self.path.name + "-terms")

    def _term_index(self, conn: sqlite3.Connection, columns: Columns) -> TermIndex | None:
        """The term index of the columns' generation, or None while it is not ready (use FTS5)."""
        if not self.use_term_index:
            return None
        index = self._terms
        if _current(index, columns):
            return index
        if columns.count > TERMS_INLINE_MAX and time.monotonic() - self._terms_tried < TERMS_RETRY_SECONDS:
            return None
        with self._terms_lock:
            index = self._terms
            if _current(index, columns):
                return index
            self._terms_tried = time.monotonic()
            index = TermIndex.load(self.terms_dir, columns.generation, columns.fingerprint)
            if index is None and columns.count <= TERMS_INLINE_MAX:
                index = build_terms(conn, columns.generation)  # the search's own snapshot
            if index is None or index.fingerprint != columns.fingerprint:
                self._build_terms_in_background()
                return None
            if self._terms is None or self._terms.generation <= index.generation:
                self._terms = index
            return index

    def _build_terms_in_background(self) -> None:
        if self._terms_busy:
            return
        self._terms_busy = True
        threading.Thread(target=self._build_terms_quietly, name="lantoa-terms", daemon=True).start()

    def _build_terms_quietly(self) -> None:
        try:
            with build_lock(self.terms_dir) as free:
                pass
            if not free:  # another process is building it: load it once it is saved
                return
            if TERMS_BUILD_IN_SUBPROCESS:
                done = subprocess.run(
                    [sys.executable, "-m", "lantoa.store.sqlite_build", str(self.path)],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if done.returncode == 0:
                    self._terms_tried = 0.0  # load the saved index at the next search
                    return
                logger.warning(
                    "Building the search index of %s in a process of its own failed (%s); building it here",
                    self.path,
                    done.stderr.strip()[-300:],
                )
            self.prepare_search(wait=False)
            self._terms_tried = 0.0
        except Exception:  # the searches keep using FTS5; retried after a pause
            logger.exception("Building the search index of %s failed", self.path)
            self._terms_tried = time.monotonic() + TERMS_FAILED_PAUSE
        finally:
            self._terms_busy = False

    def prepare_search(self, *, wait: bool = True) -> TermIndex | None:
        """Build (or load) and save the term index of the current generation.

        Only one process builds at a time (a lock file); with ``wait`` this waits for another
        process's build instead of returning None.
        """
        directory = self.terms_dir
        while True:
            with build_lock(directory, wait=wait) as mine:
                conn = sqlite3.connect(self.path, timeout=self.timeout)
                try:
                    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
                    conn.execute("BEGIN")
                    row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
                    generation = int(row[0]) if row else 0
                    index = TermIndex.load(directory, generation, fingerprint_of(conn))
                    if index is None and mine:
                        index = self._build_and_save(conn, generation)
                except sqlite3.Error as exc:
                    raise self._translate(exc) from exc
                finally:
                    conn.close()
            if index is not None or not wait:
                break
        if index is not None:
            with self._terms_lock:
                if self._terms is None or self._terms.generation < index.generation:
                    self._terms = index
        return index

    def _build_and_save(self, conn: sqlite3.Connection, generation: int) -> TermIndex:
        """Build in ``conn``'s snapshot, save, and return the memory-mapped copy (in memory if
        the directory is not writable)."""
        scratch = Path(tempfile.mkdtemp(prefix=".scratch-", dir=self.terms_dir))
        try:
            built = build_terms(conn, generation, scratch)
            try:
                built.save(self.terms_dir)
            except OSError as exc:
                logger.warning("Cannot save the search index beside %s: %s", self.path, exc)
                return built  # its mapped pages stay readable once the scratch files are deleted
            return TermIndex.load(self.terms_dir, generation, built.fingerprint) or built
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    def _phrase_rows(self, conn: sqlite3.Connection) -> Any:
        def rows(words: Sequence[str]) -> np.ndarray:
            found = conn.execute(
                "SELECT group_concat(rowid) FROM fts WHERE fts MATCH ?",
                ("{title_f sapo_f body_f} : " + _fts_string(words),),
            ).fetchone()
            return rid_array(found[0])

        return rows

    def _search_terms(
        self,
        conn: sqlite3.Connection,
        terms: TermIndex,
        columns: Columns,
        parsed: ParsedQuery,
        query: SearchQuery,
        sort: str,
        offset: int,
        mask: np.ndarray | None,
        loaded: dict[int, bytes | str],
    ) -> tuple[int, list[int], list[float | None], dict[str, list[FacetBucket]]]:
        """A text query over the term index: filter mask first, then match, then bm25 (vectorised)."""
        evaluation = QueryTerms(terms, parsed, self._phrase_rows(conn))
        rids = evaluation.match(mask)
        facets = columns.count_facets(rids) if query.facets else {}
        if sort != "relevance":
            page = columns.page_by_date(rids, sort == "newest", offset, query.size).tolist()
            return len(rids), page, [None] * len(page), facets
        end = min(len(rids), offset + query.size)
        if end <= offset:
            return len(rids), [], [], facets
        score = evaluation.score(rids)
        block = 1
        phrase = _phrase_match(parsed)
        if phrase:
            words = tuple(tokens(" ".join(w for c in parsed.clauses for w in c[0].folded)))
            postings = sum(len(terms.folded.get(w).rids) for w in set(words))
            if len(rids) <= PHRASE_BLOCK:  # few matches: check each one, exact
                score = _boost(score, self._has_phrase(conn, words, rids, loaded))
            elif postings <= PHRASE_EXACT_POSTINGS:  # short posting lists: one FTS5 phrase query, exact
                found = conn.execute(
                    "SELECT group_concat(rowid) FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?",
                    (phrase, int(rids[0]), int(rids[-1])),
                ).fetchone()
                score = _boost(score, np.isin(rids, rid_array(found[0])))
            else:  # the boost reorders the bm25 ranking within blocks (pages stay consistent)
                block = PHRASE_BLOCK
        head = min(len(rids), -(-end // block) * block)  # whole blocks up to the page's end
        if head < len(rids):  # every match scoring at least the head-th score (ties included)
            top = np.flatnonzero(score >= -np.partition(-score, head - 1)[head - 1])
        else:
            top = np.arange(len(rids))
        top = top[np.lexsort((columns.newest[rids[top]], -score[top]))][:head]
        final = score[top]
        if block > 1:
            first = (offset // block) * block
            final[first:head] = _boost(
                final[first:head], self._has_phrase(conn, words, rids[top[first:head]], loaded)
            )
            for start in range(first, head, block):
                part = slice(start, min(head, start + block))
                order = np.lexsort((columns.newest[rids[top[part]]], -final[part]))
                top[part], final[part] = top[part][order], final[part][order]
        page = top[offset:end]
        return len(rids), rids[page].tolist(), [round(float(x), 4) for x in final[offset:end]], facets

    def _has_phrase(
        self,
        conn: sqlite3.Connection,
        words: tuple[str, ...],
        rids: np.ndarray,
        loaded: dict[int, bytes | str],
    ) -> np.ndarray:
        """Which of ``rids`` hold the folded ``words`` as a phrase, read from their stored text.

        About 30 µs per article, where an FTS5 lookup by rowid costs ~120 µs. The documents
        read are kept in ``loaded`` (by rowid): the page's hits are built from them.
        """
        if not len(rids):
            return np.zeros(0, dtype=bool)
        marks = ",".join(str(int(r)) for r in rids)
        pattern = phrase_pattern(words)
        holding = set()
        for rid, blob in conn.execute(f"SELECT rid, doc FROM docs WHERE rid IN ({marks})"):
            document = loaded[rid] = _document(blob)
            if pattern.search(indexed_text(document)):
                holding.add(rid)
        return np.array([int(r) in holding for r in rids], dtype=bool)

    def _columns(self, conn: sqlite3.Connection) -> Columns:
        """The numpy columns of the current write generation (rebuilt once after each write)."""
        row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        generation = int(row[0]) if row else 0
        columns = self._cache
        if columns is not None and columns.generation == generation:
            return columns
        with self._cache_lock:
            columns = self._cache
            if columns is not None and columns.generation == generation:
                return columns
            started = time.perf_counter()
            columns = Columns(generation, conn)
            _release_free_memory()  # the load's big temporary strings (~160 MB at 1M articles)
            logger.debug(
                "Loaded search columns of generation %d (%d articles) in %.0f ms",
                generation,
                columns.count,
                (time.perf_counter() - started) * 1000,
            )
            if self._cache is None or self._cache.generation < generation:
                self._cache = columns
        return columns

    @staticmethod
    def _cursor_offset(query: SearchQuery) -> int:
        if not query.cursor:
            return 0
        offset = decode_cursor(query.cursor).get("o")
        if not isinstance(offset, int) or offset < 0:
            raise QuerySyntaxError("Con trỏ phân trang không hợp lệ / invalid cursor")
        return offset

    def _hits(
        self,
        rids: list[int],
        scores: list[float | None],
        items: list[Item],
        loaded: dict[int, bytes | str] | None = None,
    ) -> list[SearchHit]:
        """The page's hits; ``loaded``: documents already read and decompressed, by rowid."""
        if not rids:
            return []
        docs = {rid: loaded[rid] for rid in rids if rid in loaded} if loaded else {}
        missing = [rid for rid in rids if rid not in docs]
        if missing:
            marks = ",".join("?" * len(missing))
            for rid, blob in self._query_all(f"SELECT rid, doc FROM docs WHERE rid IN ({marks})", missing):
                docs[rid] = _document(blob)
        articles = [HitSource.model_validate_json(docs[rid]) for rid in rids]
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

    def _other_outlets(self, articles: Sequence[Article | HitSource]) -> dict[str, int]:
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
        rid = int(self._query_one("SELECT rid FROM articles WHERE id = ?", (article_id,))[0])
        # Candidates: the SIMILAR_WINDOW articles stored nearest to this one (stored order follows
        # crawl order, so stories of the same period); a many-word OR matches almost every
        # article, and scoring them all cost ~0.5 s at 100 000 articles.
        half = SIMILAR_WINDOW // 2
        params: list[Any] = [match, rid - half, rid + half, article.id]
        exclude_cluster = ""
        if article.cluster_id:
            exclude_cluster = " AND (a.cluster_id IS NULL OR a.cluster_id != ?)"
            params.append(article.cluster_id)
        rows = self._query_all(
            f"SELECT a.rid, -bm25(fts, {w}) AS score FROM fts f JOIN articles a ON a.rid = f.rowid"
            f" WHERE fts MATCH ? AND f.rowid BETWEEN ? AND ? AND a.id != ?{exclude_cluster}"
            " ORDER BY score DESC, a.published_ts DESC LIMIT ?",
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


def _current(index: TermIndex | None, columns: Columns) -> bool:
    """Whether ``index`` was built from the same write generation and content as ``columns``."""
    return (
        index is not None
        and index.generation == columns.generation
        and index.fingerprint == columns.fingerprint
    )
