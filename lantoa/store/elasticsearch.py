"""The Elasticsearch store backend: same behaviour as the embedded SQLite store, at scale."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from lantoa.query import Item, parse_query
from lantoa.schema import Article
from lantoa.settings import get_settings, redact_url
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
from lantoa.store.es_query import (
    COMBINED_FIELD,
    DERIVED_KEY,
    FOLDED_FIELDS,
    HIT_SOURCE,
    counts_request,
    has_combined_field,
    page_header,
    page_request,
    search_query,
    sort_spec,
)
from lantoa.store.fields import has_people, is_relevant, label_values, local_date
from lantoa.store.hits import make_hit
from lantoa.store.spool import ReplayReport, Spool
from lantoa.text import fold

logger = logging.getLogger(__name__)

#: The server major version this client speaks (elasticsearch-py 9 sends compatible-with=9).
SUPPORTED_MAJOR = 9
#: Only what the retry logic reads from a bulk response (smaller to send and parse).
BULK_RESPONSE_FIELDS = ["errors", "items.*._id", "items.*.status", "items.*.error"]
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: The refresh interval while ``lantoa import`` bulk-loads (see :meth:`ElasticsearchStore.bulk_load`).
BULK_REFRESH = "30s"
#: Seconds the probe of a node found down may take before the batch is spooled.
PROBE_TIMEOUT = 2.0


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORD = re.compile(r"\w+", re.UNICODE)
#: fold() is per character and keeps word characters word characters (a test checks), so
#: folding word by word equals folding the text, and common syllables are folded once.
_fold_word = lru_cache(maxsize=1 << 16)(fold)


def _tokens(text: str) -> str:
    """Folded words of ``text`` joined by spaces (the words :func:`lantoa.query.parse_query` sees)."""
    return " ".join(map(_fold_word, _WORD.findall(text)))


def derived_fields(article: Article) -> dict[str, Any]:
    """The search-only fields stored under ``search`` (folded text, labels, day, places)."""
    day = local_date(article.published_at)
    locations = []
    if article.tags:
        locations = [
            {"lat": loc.lat, "lon": loc.lon}
            for loc in article.tags.localities
            if loc.lat is not None and loc.lon is not None
        ]
    # The folded copies are pre-tokenised with the query parser's word pattern, so
    # "8.000" or "COVID-19" split into the same tokens as the query (and as in SQLite),
    # whatever the standard analyser would do with the punctuation.
    return {
        "title_folded": _tokens(article.title),
        "sapo_folded": _tokens(article.sapo),
        "body_folded": _tokens(article.body),
        "published_day": day.isoformat() if day else None,
        "has_people": has_people(article),
        "relevant": is_relevant(article),
        "locations": locations,
        "labels": label_values(article),
    }


def to_document(article: Article) -> dict[str, Any]:
    """The indexed document: the Article itself plus derived fields under ``search``."""
    doc = article.model_dump(mode="json")
    doc[DERIVED_KEY] = derived_fields(article)
    return doc


def to_json(article: Article) -> str:
    """:func:`to_document` serialised (fast path: pydantic's own JSON plus the derived fields)."""
    own = article.model_dump_json()
    derived = json.dumps(derived_fields(article), ensure_ascii=False, separators=(",", ":"))
    return own[:-1] + f',"{DERIVED_KEY}":' + derived + "}"


def from_source(source: dict[str, Any]) -> Article:
    """The Article back from a stored document (derived fields dropped)."""
    return Article.model_validate({k: v for k, v in source.items() if k != DERIVED_KEY})


@dataclass(frozen=True)
class EsOptions:
    """Connection and indexing options; credentials default to ``lantoa.settings``."""

    #: The alias searched and written (default ``LANTOA_ES_INDEX_ALIAS``).
    alias: str | None = None
    api_key: str | None = None
    username: str | None = None
    password: str | None = None
    ca_certs: str | Path | None = None
    #: Refresh after each bulk: False, True or ``"wait_for"``.
    refresh: bool | str = False
    timeout: float = 30.0
    #: Bulk retries on 429/5xx/unreachable, with exponential back-off from ``backoff`` seconds.
    max_retries: int = 3
    backoff: float = 0.5
    chunk_size: int = 500
    #: Bulk requests in flight at once during :meth:`ElasticsearchStore.upsert`.
    concurrency: int = 2
    #: Default ``<data_dir>/spool``.
    spool_dir: str | Path | None = None
    #: Replay the spool at the first upsert of this store (the start of the next run).
    replay_spool: bool = True
    #: A ready ``elasticsearch.Elasticsearch`` client (skips building one from the options).
    client: Any = None


class ElasticsearchStore(Store):
    backend = "elasticsearch"

    def __init__(self, url: str, **options: Any) -> None:
        """``options`` are the fields of :class:`EsOptions` (unknown names raise ``TypeError``)."""
        opts = EsOptions(**options)
        settings = get_settings()
        self.url = url.rstrip("/")
        self.alias = opts.alias or settings.es_index_alias
        refresh = opts.refresh
        self.refresh_mode = "true" if refresh is True else "false" if refresh is False else str(refresh)
        self.max_retries = opts.max_retries
        self.backoff = opts.backoff
        self.chunk_size = opts.chunk_size
        self.concurrency = max(1, opts.concurrency)
        self.spool = Spool(Path(opts.spool_dir) if opts.spool_dir else settings.data_dir / "spool")
        self._replay_pending = opts.replay_spool
        #: Set when a bulk request found the node unreachable: later upserts probe it once
        #: (quickly) and spool straight away while it stays down.
        self._node_down = False
        self._ready = False
        #: Whether the index has the combined folded field (mapping version 3), once
        #: :meth:`ensure_ready` has run; older indices are searched with the legacy query.
        self.combined = True
        #: The server version, once :meth:`ensure_ready` has run.
        self.version: str | None = None
        #: Articles spooled (not indexed) by the last :meth:`upsert` call.
        self.last_spooled = 0
        client = opts.client
        api_key, username, password, ca_certs, timeout = (
            opts.api_key,
            opts.username,
            opts.password,
            opts.ca_certs,
            opts.timeout,
        )
        if client is None:
            from elasticsearch import Elasticsearch

            key = api_key or (settings.es_api_key.get_secret_value() if settings.es_api_key else None)
            user = username or settings.es_username
            secret = password or (settings.es_password.get_secret_value() if settings.es_password else None)
            certs = ca_certs or settings.es_ca_certs
            conn: dict[str, Any] = {
                "request_timeout": timeout,
                "max_retries": 0,
                "retry_on_timeout": False,
            }
            if key:
                conn["api_key"] = key
            elif user:
                conn["basic_auth"] = (user, secret or "")
            if certs:
                conn["ca_certs"] = str(certs)
            client = Elasticsearch(self.url, **conn)
        self.client = client

    # -- errors and readiness ---------------------------------------------------------
    @property
    def location(self) -> str:
        return f"{redact_url(self.url)}/{self.alias}"

    def _unavailable(self, exc: Exception) -> StoreUnavailable:
        from elasticsearch import AuthenticationException, AuthorizationException, UnsupportedProductError
        from elasticsearch import ConnectionError as EsConnectionError

        where = redact_url(self.url)
        if isinstance(exc, AuthenticationException):
            return StoreUnavailable(
                f"Elasticsearch {where} từ chối đăng nhập: kiểm tra LANTOA_ES_API_KEY hoặc "
                f"LANTOA_ES_USERNAME/LANTOA_ES_PASSWORD. / Elasticsearch {where} rejected the credentials "
                "(401): check LANTOA_ES_API_KEY or LANTOA_ES_USERNAME/LANTOA_ES_PASSWORD."
            )
        if isinstance(exc, AuthorizationException):
            return StoreUnavailable(
                f"Tài khoản không đủ quyền trên Elasticsearch {where} ({exc}). / "
                f"The credentials lack privileges on Elasticsearch {where} (403): {exc}"
            )
        if isinstance(exc, UnsupportedProductError):
            return StoreUnavailable(
                f"{where} không phải Elasticsearch. / {where} is not an Elasticsearch server."
            )
        if isinstance(exc, EsConnectionError):
            return StoreUnavailable(
                f"Không kết nối được Elasticsearch tại {where} ({exc.__class__.__name__}). "
                "Kiểm tra máy chủ đã chạy và LANTOA_STORE đúng. / "
                f"Cannot reach Elasticsearch at {where} ({exc}). Check that it is running and LANTOA_STORE."
            )
        return StoreUnavailable(f"Lỗi Elasticsearch / Elasticsearch error at {where}: {exc}")

    def _call(self, fn: Any, /, **kwargs: Any) -> Any:
        """Run one client call, translating transport problems into StoreUnavailable."""
        from elasticsearch import ApiError, BadRequestError, TransportError, UnsupportedProductError

        try:
            return fn(**kwargs)
        except UnsupportedProductError as exc:
            raise self._unavailable(exc) from exc
        except BadRequestError as exc:
            raise QuerySyntaxError(f"Câu truy vấn không hợp lệ / invalid query: {exc.message}") from exc
        except (TransportError, ApiError) as exc:
            status = getattr(exc, "status_code", None) or getattr(getattr(exc, "meta", None), "status", None)
            if isinstance(exc, ApiError) and status not in (401, 403) and status is not None and status < 500:
                raise StoreError(f"Lỗi Elasticsearch / Elasticsearch error: {exc}") from exc
            raise self._unavailable(exc) from exc

    def server_version(self) -> str:
        """The server version: the local node's info, or ``GET /`` for keys without ``monitor``."""
        from elasticsearch import AuthorizationException

        try:
            nodes = self.client.nodes.info(node_id="_local", metric="_none")["nodes"]
            return str(next(iter(nodes.values()))["version"])
        except AuthorizationException:
            return str(self.client.info()["version"]["number"])

    def check_cluster(self) -> str:
        """Reachable, authorised and version 9 (raises :class:`StoreUnavailable`); returns the version."""
        try:
            version = str(self._call(self.server_version))
            major = int(version.split(".")[0])
        except QuerySyntaxError as exc:  # a 400: e.g. an 8.x node refusing compatible-with=9
            raise StoreUnavailable(
                f"Elasticsearch {redact_url(self.url)} từ chối yêu cầu; Lan Tỏa cần {SUPPORTED_MAJOR}.x. / "
                f"Elasticsearch at {redact_url(self.url)} refused the request; Lan Tỏa needs "
                f"{SUPPORTED_MAJOR}.x ({exc})."
            ) from exc
        except (KeyError, TypeError, ValueError, StopIteration) as exc:
            raise StoreUnavailable(
                f"{redact_url(self.url)} trả lời không giống Elasticsearch. / "
                f"{redact_url(self.url)} does not answer like Elasticsearch ({exc!r})."
            ) from exc
        if major != SUPPORTED_MAJOR:
            where, needed = redact_url(self.url), f"{SUPPORTED_MAJOR}.x"
            raise StoreUnavailable(
                f"Elasticsearch {where} có phiên bản {version}; Lan Tỏa cần {needed}. / "
                f"Elasticsearch at {where} runs {version}; Lan Tỏa needs {needed}."
            )
        return version

    def ensure_ready(self) -> None:
        """Check the cluster once (reachable, authorised, version 9) and create the index if missing."""
        if self._ready:
            return
        self.version = self.check_cluster()
        exists = self._call(self.client.indices.exists_alias, name=self.alias)
        if not exists:
            from lantoa.store import es_admin

            self._call(lambda: es_admin.apply(self.client, self.alias))
        # field_caps needs only the `read` privilege (a search-only API key has it).
        caps = self._call(
            self.client.field_caps, index=self.alias, fields=COMBINED_FIELD, include_unmapped=True
        )
        self.combined = has_combined_field(caps)
        if not self.combined:
            logger.warning(
                "Index %s predates mapping version 3 (no %s): searches use the slower legacy "
                "query until 'lantoa index migrate'",
                self.alias,
                COMBINED_FIELD,
            )
        self._ready = True

    # -- writes -----------------------------------------------------------------------
    def document_encoder(self) -> Callable[[Article], str]:
        return to_json

    def upsert_encoded(self, articles: Sequence[Article], encoded: Sequence[str] | None) -> int:
        documents = None if encoded is None else dict(zip((a.id for a in articles), encoded, strict=True))
        return self._upsert(articles, documents)

    def upsert(self, articles: Iterable[Article]) -> int:
        return self._upsert(articles, None)

    def _upsert(self, articles: Iterable[Article], documents: dict[str, str] | None) -> int:
        """Index ``articles`` (``documents``: their stored JSON made elsewhere, by id)."""
        self.last_spooled = 0
        try:
            self.ensure_ready()
        except StoreUnavailable as exc:
            spooled = self.spool.append(articles)
            self.last_spooled = spooled
            logger.warning("Elasticsearch unavailable, %d articles spooled: %s", spooled, exc)
            return 0
        except StoreError:
            # A configuration problem: keep the articles, then tell the caller.
            self.last_spooled = self.spool.append(articles)
            raise
        if self._node_down:
            if not self._node_answers():
                self.last_spooled = self.spool.append(articles)
                logger.debug("Elasticsearch still unreachable, %d articles spooled", self.last_spooled)
                return 0
            # Back: send what was spooled first, so newer versions of an article win.
            logger.warning("Elasticsearch reachable again; replaying the spool")
            self._node_down = False
            self._replay_pending = True
        if self._replay_pending:
            self._replay_pending = False
            self.replay_spool()
        written = 0
        down = False
        # Up to ``concurrency`` bulk requests in flight while the next batch is serialised
        # (overlaps the client's CPU work with the node's indexing).
        inflight: deque[tuple[list[Article], Future[tuple[int, list[Article], bool]]]] = deque()
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="lantoa-bulk") as pool:
            try:
                for batch in _chunks(articles, self.chunk_size):
                    lines = None if down else self._serialise(batch, documents)
                    while inflight and (down or len(inflight) >= self.concurrency or inflight[0][1].done()):
                        count, unreachable = self._collect(*inflight.popleft())
                        written += count
                        down = down or unreachable
                    if down or lines is None:
                        self.last_spooled += self.spool.append(batch)
                        down = True
                        continue
                    inflight.append((batch, pool.submit(self._index_batch, batch, lines)))
            finally:
                while inflight:
                    count, unreachable = self._collect(*inflight.popleft())
                    written += count
                    down = down or unreachable
        self._node_down = down
        logger.debug("Indexed %d articles into %s", written, self.alias)
        return written

    def _node_answers(self) -> bool:
        """One quick cluster-health probe (a short timeout, no retries)."""
        try:
            health = self.client.options(request_timeout=PROBE_TIMEOUT).cluster.health()
        except Exception as exc:  # noqa: BLE001 - any failure means "not yet"
            logger.debug("Elasticsearch probe failed: %s", exc)
            return False
        return health.get("status") in ("green", "yellow")

    def _collect(
        self, batch: list[Article], future: Future[tuple[int, list[Article], bool]]
    ) -> tuple[int, bool]:
        """Wait for one bulk request; spool what it could not index. Returns (indexed, node down)."""
        try:
            indexed, failed, unreachable = future.result()
        except BaseException:
            self.last_spooled += self.spool.append(batch)
            raise
        if failed:
            self.last_spooled += self.spool.append(failed)
        return indexed, unreachable

    def _serialise(
        self, batch: Sequence[Article], documents: dict[str, str] | None = None
    ) -> dict[str, bytes]:
        """The NDJSON bulk lines of each article, by id."""
        lines = {}
        for article in batch:
            action = json.dumps({"index": {"_index": self.alias, "_id": article.id}})
            source = (documents or {}).get(article.id) or to_json(article)
            lines[article.id] = (action + "\n" + source + "\n").encode("utf-8")
        return lines

    def _index_batch(
        self, batch: Sequence[Article], lines: dict[str, bytes] | None = None
    ) -> tuple[int, list[Article], bool]:
        """Bulk-index with retries on 429/5xx; returns (indexed, still not indexed, node unreachable).

        Articles Elasticsearch refuses for good (4xx other than 429) are kept in the
        spool's ``rejected/`` folder with the reason.
        """
        from elasticsearch import ApiError, TransportError

        lines = lines if lines is not None else self._serialise(batch)
        pending = {a.id: a for a in batch}
        indexed = 0
        rejected: list[tuple[Article | str, str]] = []
        unreachable = False
        for attempt in range(self.max_retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            body = b"".join(lines[article_id] for article_id in pending)
            try:
                response = self.client.bulk(
                    operations=body, refresh=self.refresh_mode, filter_path=BULK_RESPONSE_FIELDS
                )
            except ApiError as exc:
                if exc.meta.status in RETRY_STATUSES:
                    logger.warning("Bulk attempt %d failed (%s), retrying", attempt + 1, exc.meta.status)
                    continue
                logger.error("Bulk request refused (%s): %s; batch kept in the spool", exc.meta.status, exc)
                unreachable = True
                break
            except TransportError as exc:
                unreachable = True
                logger.warning("Bulk attempt %d: node unreachable (%s)", attempt + 1, exc)
                continue
            unreachable = False
            for entry in response["items"]:
                result = entry.get("index", {})
                doc_id, status = result.get("_id"), int(result.get("status", 500))
                if doc_id not in pending:
                    continue
                if status < 300:
                    del pending[doc_id]
                    indexed += 1
                elif status not in RETRY_STATUSES:
                    rejected.append((pending.pop(doc_id), str(result.get("error"))))
            if not pending:
                break
        if rejected:
            self.spool.reject(rejected)
        return indexed, list(pending.values()), unreachable

    def replay_spool(self) -> ReplayReport:
        """Index everything in the spool (``lantoa index replay``; also done by the first upsert)."""
        self.ensure_ready()
        return self.spool.replay(lambda batch: self._index_batch(batch)[1], batch_size=self.chunk_size)

    def refresh(self) -> None:
        self.ensure_ready()
        self._call(self.client.indices.refresh, index=self.alias)

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Refresh every 30 s instead of every second while a bulk load runs.

        Fewer refreshes make fewer, larger segments and less merging (the node's main
        indexing cost). Each index's own interval is put back afterwards; a load killed
        before that leaves 30 s, so documents still become searchable on their own.
        """
        previous: dict[str, str] = {}
        # Bulk requests that wait for a refresh would each wait up to the relaxed interval; the
        # load ends with an explicit refresh instead.
        refresh_mode = self.refresh_mode
        if refresh_mode == "wait_for":
            self.refresh_mode = "false"
        try:
            self.ensure_ready()
            found = self.client.indices.get_settings(
                index=self.alias, name="index.refresh_interval", include_defaults=True
            )
            for index, body in found.items():
                own = body.get("settings", {}).get("index", {}).get("refresh_interval")
                default = body.get("defaults", {}).get("index", {}).get("refresh_interval", "1s")
                previous[index] = own or default
            self.client.indices.put_settings(
                index=self.alias, settings={"index": {"refresh_interval": BULK_REFRESH}}
            )
        except Exception as exc:  # noqa: BLE001 - a node down now is handled (spooled) by upsert
            logger.warning("Could not relax the refresh interval for the bulk load: %s", exc)
            previous = {}
        try:
            yield
        finally:
            self.refresh_mode = refresh_mode
            for index, interval in previous.items():
                try:
                    self.client.indices.put_settings(
                        index=index, settings={"index": {"refresh_interval": interval}}
                    )
                except Exception as exc:  # noqa: BLE001 - the node may be down by now
                    logger.warning("Could not restore refresh_interval=%s on %s: %s", interval, index, exc)

    def close(self) -> None:
        self.client.close()

    # -- reads ------------------------------------------------------------------------
    def get(self, article_id: str) -> Article | None:
        self.ensure_ready()
        from elasticsearch import NotFoundError

        try:
            doc = self.client.get(index=self.alias, id=article_id, source_excludes=[DERIVED_KEY])
        except NotFoundError:
            return None
        except Exception as exc:
            raise self._unavailable(exc) from exc
        return from_source(doc["_source"])

    def count(self) -> int:
        self.ensure_ready()
        return int(self._call(self.client.count, index=self.alias)["count"])

    def search(self, query: SearchQuery) -> SearchResult:
        started = time.perf_counter()
        parsed = parse_query(query.q)
        sort = query.sort
        if parsed.is_empty and sort == "relevance":
            sort = "newest"
        search_after, offset = self._cursor(query.cursor, sort)
        scored = sort == "relevance"  # date-sorted hits carry no score (nothing is scored)
        self.ensure_ready()
        es_query = search_query(query, parsed, combined=self.combined)
        # One round trip, two searches run side by side (see lantoa.store.es_query).
        page, counts = self._msearch(
            [
                page_request(es_query, sort, query.size, search_after),
                counts_request(es_query, query.facets),
            ],
            [page_header(sort), {}],
        )
        raw_hits = page["hits"]["hits"]
        total = int(counts["hits"]["total"]["value"])
        items = parsed.positive_items()
        hits = self._hits(raw_hits, items, scored=scored)
        facets: dict[str, list[FacetBucket]] = {}
        if query.facets:
            aggs = counts.get("aggregations", {})
            facets = {
                name: [
                    FacetBucket(value=str(b["key"]), count=int(b["doc_count"]))
                    for b in aggs.get(name, {}).get("buckets", [])
                ]
                for name in FACET_FIELDS
            }
        next_offset = offset + len(hits)
        next_cursor = None
        if hits and next_offset < total:
            next_cursor = encode_cursor({"b": "es", "s": sort, "a": raw_hits[-1]["sort"], "n": next_offset})
        return SearchResult(
            hits=hits,
            total=total,
            facets=facets,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            next_cursor=next_cursor,
        )

    def _msearch(
        self, bodies: list[dict[str, Any]], headers: list[dict[str, Any]] | None = None
    ) -> list[dict[str, Any]]:
        """Run searches in one ``_msearch``; a failed one raises like a failed ``_search``."""
        searches: list[dict[str, Any]] = []
        for k, body in enumerate(bodies):
            searches += [headers[k] if headers else {}, body]
        response = self._call(self.client.msearch, index=self.alias, searches=searches)
        results: list[dict[str, Any]] = response["responses"]
        for result in results:
            error = result.get("error")
            if error is None:
                continue
            status = int(result.get("status") or 500)
            reason = error.get("reason", error) if isinstance(error, dict) else error
            if status == 400:
                raise QuerySyntaxError(f"Câu truy vấn không hợp lệ / invalid query: {reason}")
            if status >= 500 or status in (401, 403, 429):
                raise StoreUnavailable(
                    f"Lỗi Elasticsearch / Elasticsearch error at {redact_url(self.url)} ({status}): {reason}"
                )
            raise StoreError(f"Lỗi Elasticsearch / Elasticsearch error ({status}): {reason}")
        return results

    @staticmethod
    def _cursor(cursor: str | None, sort: str) -> tuple[list[Any] | None, int]:
        if not cursor:
            return None, 0
        payload = decode_cursor(cursor)
        after, offset = payload.get("a"), payload.get("n")
        if (
            payload.get("b") != "es"
            or payload.get("s") != sort
            or not isinstance(after, list)
            or not isinstance(offset, int)
            or offset < 0
        ):
            raise QuerySyntaxError("Con trỏ phân trang không hợp lệ / invalid cursor")
        return after, offset

    def _hits(self, raw_hits: list[dict[str, Any]], items: list[Item], scored: bool) -> list[SearchHit]:
        articles = [from_source(h["_source"]) for h in raw_hits]
        outlets = self._other_outlets(articles)
        hits = []
        for raw, article in zip(raw_hits, articles, strict=True):
            score = raw.get("_score") if scored else None
            hits.append(
                make_hit(
                    article,
                    items,
                    score=round(float(score), 4) if score is not None else None,
                    other_outlets=outlets.get(article.id, 0),
                )
            )
        return hits

    def _other_outlets(self, articles: list[Article]) -> dict[str, int]:
        """How many other sources carried each article's cluster (one aggregation for the page)."""
        clusters = sorted({a.cluster_id for a in articles if a.cluster_id})
        if not clusters:
            return {}
        response = self._call(
            self.client.search,
            index=self.alias,
            size=0,
            query={"terms": {"cluster_id": clusters}},
            aggs={
                "c": {
                    "terms": {"field": "cluster_id", "size": len(clusters)},
                    "aggs": {"s": {"terms": {"field": "source_id", "size": 1000}}},
                }
            },
        )
        sources = {
            b["key"]: {s["key"] for s in b["s"]["buckets"]} for b in response["aggregations"]["c"]["buckets"]
        }
        result = {}
        for article in articles:
            if article.cluster_id:
                others = sources.get(article.cluster_id, set()) - {article.source_id}
                result[article.id] = len(others)
        return result

    def similar(self, article_id: str, size: int = 5) -> list[SearchHit]:
        article = self.get(article_id)
        if article is None or size <= 0:
            return []
        like = fold(" ".join([article.title, article.title, article.sapo, article.body[:3000]]))
        must_not: list[dict[str, Any]] = [{"term": {"id": article.id}}]
        if article.cluster_id:
            must_not.append({"term": {"cluster_id": article.cluster_id}})
        query = {
            "bool": {
                "must": [
                    {
                        "more_like_this": {
                            "fields": list(FOLDED_FIELDS),
                            "like": like,
                            "min_term_freq": 1,
                            "min_doc_freq": 1,
                            "max_query_terms": 25,
                            "minimum_should_match": "10%",
                        }
                    }
                ],
                "must_not": must_not,
            }
        }
        response = self._call(
            self.client.search,
            index=self.alias,
            query=query,
            size=size,
            sort=sort_spec("relevance"),
            track_scores=True,
            source_includes=HIT_SOURCE,
        )
        return self._hits(response["hits"]["hits"], [], scored=True)

    def iter_articles(self) -> Iterator[Article]:
        self.ensure_ready()
        after: list[Any] | None = None
        while True:
            request: dict[str, Any] = {
                "index": self.alias,
                "size": 500,
                "sort": [{"id": "asc"}],
                "source_excludes": [DERIVED_KEY],
            }
            if after is not None:
                request["search_after"] = after
            hits = self._call(self.client.search, **request)["hits"]["hits"]
            if not hits:
                return
            for hit in hits:
                yield from_source(hit["_source"])
            after = hits[-1]["sort"]

    def stats(self) -> StoreStats:
        self.ensure_ready()
        response = self._call(
            self.client.search,
            index=self.alias,
            size=0,
            track_total_hits=True,
            aggs={
                "sources": {"terms": {"field": "source_id", "size": 10000}},
                "story": {"terms": {"field": f"{DERIVED_KEY}.labels.story_type", "size": 100}},
                "relevant": {"filter": {"term": {f"{DERIVED_KEY}.relevant": True}}},
                "newest": {"max": {"field": "published_at"}},
            },
        )
        aggs = response["aggregations"]
        newest = aggs["newest"].get("value")
        return StoreStats(
            backend=self.backend,
            location=self.location,
            articles=int(response["hits"]["total"]["value"]),
            relevant=int(aggs["relevant"]["doc_count"]),
            by_source={b["key"]: int(b["doc_count"]) for b in aggs["sources"]["buckets"]},
            by_story_type={b["key"]: int(b["doc_count"]) for b in aggs["story"]["buckets"]},
            newest_published_at=datetime.fromtimestamp(newest / 1000).astimezone() if newest else None,
        )

    def health(self) -> dict[str, Any]:
        info: dict[str, Any] = {"ok": False, "backend": self.backend, "location": self.location}
        try:
            self.ensure_ready()
            cluster = self._call(self.client.cluster.health)
            info.update(
                ok=cluster["status"] in ("green", "yellow"),
                status=cluster["status"],
                version=self.version,
                articles=self.count(),
            )
        except StoreError as exc:
            info["error"] = str(exc)
        except Exception as exc:  # health never raises
            info["error"] = f"{exc.__class__.__name__}: {exc}"
        try:
            info["spooled"] = self.spool.pending()
        except OSError as exc:
            info["spool_error"] = str(exc)
        return info
