"""The Elasticsearch backend's own duties: durable spool across a node outage, clear connection errors."""

from __future__ import annotations

import json
import sys
import tempfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import conftest_es  # noqa: E402
from es_proxy import ForwardingProxy  # noqa: E402

from lantoa.schema import Article  # noqa: E402
from lantoa.store.base import SearchQuery, StoreUnavailable  # noqa: E402
from lantoa.store.elasticsearch import ElasticsearchStore  # noqa: E402
from lantoa.store.spool import Spool  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "conformance" / "corpus.jsonl"


def corpus() -> list[Article]:
    return [
        Article.model_validate_json(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
    ]


@pytest.mark.es
@pytest.mark.slow
def test_node_stopped_mid_run_then_replayed_leaves_every_article_searchable_once(tmp_path: Path) -> None:
    if not conftest_es.can_start_node():
        conftest_es.unavailable("this test starts and stops its own node and needs mvn")
    node = conftest_es.es_node_module()
    state = Path(tempfile.mkdtemp(prefix="lantoa-es-outage-"))  # pytest's tmp_path is private to root
    info = node.start(state_dir=state)
    url = str(info["url"])
    port = int(url.rsplit(":", 1)[1])
    articles = corpus()
    spool_dir = tmp_path / "spool"
    try:
        store = ElasticsearchStore(
            url,
            alias="lantoa-articles",
            spool_dir=spool_dir,
            chunk_size=5,
            max_retries=1,
            backoff=0.1,
            timeout=5,
        )

        def run_with_outage() -> Iterator[Article]:
            for number, article in enumerate(articles):
                if number == 12:  # the node dies while the third batch is being collected
                    node.stop_state(state, remove=False)
                yield article

        written = store.upsert(run_with_outage())
        # Batches 1-2 went in before the outage (batch 2 may have been in flight when the
        # node died, then it is spooled too); everything after it is spooled.
        assert 5 <= written <= 10
        assert written + store.last_spooled == len(articles)
        assert Spool(spool_dir).pending() == store.last_spooled
        with pytest.raises(StoreUnavailable):
            store.search(SearchQuery(q="nghèo"))
        assert store.health()["ok"] is False
        store.close()

        node.start(state_dir=state, port=port)
        # The next run retries the spool before its own work.
        next_run = ElasticsearchStore(url, alias="lantoa-articles", spool_dir=spool_dir, refresh="wait_for")
        assert next_run.upsert(articles[:1]) == 1
        next_run.refresh()
        assert Spool(spool_dir).files() == []
        assert next_run.count() == len(articles)
        found = next_run.search(SearchQuery(size=100, facets=False))
        assert sorted(h.id for h in found.hits) == sorted(a.id for a in articles)
        assert found.total == len(articles)
        assert next_run.health()["spooled"] == 0
        next_run.close()
    finally:
        node.stop_state(state, remove=True)


@pytest.mark.es
def test_replay_keeps_rejected_articles_with_the_reason(es_store: ElasticsearchStore, tmp_path: Path) -> None:
    articles = corpus()[:3]
    es_store.spool.append(articles)
    (es_store.spool.directory / "spool-00000000T000000-1-bad.jsonl").write_text("{not an article}\n")
    report = es_store.replay_spool()
    assert report.complete and report.replayed == 3 and report.rejected == 1
    assert es_store.spool.files() == []
    rejected = list((es_store.spool.directory / "rejected").glob("*.jsonl"))
    assert len(rejected) == 1 and "not an article" in rejected[0].read_text()
    es_store.refresh()
    assert es_store.count() == 3


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_cluster_gives_a_clear_error_and_spools_writes(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    store = ElasticsearchStore(url, spool_dir=tmp_path / "spool", timeout=2)
    with pytest.raises(StoreUnavailable, match="Không kết nối được Elasticsearch"):
        store.search(SearchQuery(q="nghèo"))
    articles = corpus()[:4]
    assert store.upsert(articles) == 0
    assert store.last_spooled == 4
    assert Spool(tmp_path / "spool").pending() == 4
    health = store.health()
    assert health["ok"] is False and health["spooled"] == 4 and "error" in health


class _FakeServerHandler(BaseHTTPRequestHandler):
    """A real HTTP server that is not a usable Elasticsearch 9 (to exercise the client's error paths)."""

    mode = "plain"

    def do_GET(self) -> None:  # noqa: N802
        mode = type(self).mode
        if mode == "unauthorised":
            self._reply(
                401, {"error": {"type": "security_exception", "reason": "missing authentication"}}, True
            )
        elif mode == "es8" and self.path.startswith("/_nodes"):
            self._reply(200, {"nodes": {"n1": {"version": "8.19.21"}}}, True)
        elif mode == "es8":
            self._reply(200, {"version": {"number": "8.19.21"}, "tagline": "You Know, for Search"}, True)
        elif mode == "es8-strict":  # what a real 8.x node answers to the 9.x client's Accept header
            error = (
                "Accept version must be either version 8 or 7, but found 9. "
                "Accept=application/vnd.elasticsearch+json; compatible-with=9"
            )
            self._reply(
                400, {"error": {"type": "media_type_header_exception", "reason": error}, "status": 400}, True
            )
        elif mode == "odd":
            self._reply(200, {"something": "else"}, True)
        else:
            self._reply(200, {"hello": "world"}, False)

    do_HEAD = do_GET  # noqa: N815

    def _reply(self, status: int, body: dict[str, Any], product: bool) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if product:
            self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        return


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("unauthorised", "từ chối đăng nhập"),
        ("es8", "Lan Tỏa cần 9.x"),
        ("plain", "không phải Elasticsearch"),
        ("odd", "không giống Elasticsearch"),
        ("es8-strict", "Lan Tỏa cần 9.x"),
    ],
)
def test_wrong_server_gives_a_clear_store_unavailable(tmp_path: Path, mode: str, message: str) -> None:
    handler = type("Handler", (_FakeServerHandler,), {"mode": mode})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        store = ElasticsearchStore(
            f"http://127.0.0.1:{server.server_port}", spool_dir=tmp_path / "spool", timeout=5
        )
        with pytest.raises(StoreUnavailable, match=message):
            store.count()
        store.close()
    finally:
        server.shutdown()
        server.server_close()


class _FaultProxy(ForwardingProxy):
    """Forwards every request to the real node, but answers the first bulk requests with
    whole-request errors and marks items of the next one as rejected with 429."""

    whole_request_failures: list[int] = []
    item_failures = 0
    bulk_requests = 0

    def handle_request(self, body: bytes | None) -> None:
        cls = type(self)
        if "/_bulk" in self.path:
            cls.bulk_requests += 1
            if cls.whole_request_failures:
                status = cls.whole_request_failures.pop(0)
                error = {
                    "error": {"type": "es_rejected_execution_exception", "reason": "injected"},
                    "status": status,
                }
                self.send_answer(status, json.dumps(error).encode())
                return
        status, data = self.forward(body)
        if "/_bulk" in self.path and cls.item_failures and status == 200:
            payload = json.loads(data)
            for entry in payload["items"][: cls.item_failures]:
                entry["index"]["status"] = 429
                entry["index"]["error"] = {"type": "es_rejected_execution_exception", "reason": "injected"}
            payload["errors"] = True
            cls.item_failures = 0
            data = json.dumps(payload).encode()
        self.send_answer(status, data)


@pytest.mark.es
def test_bulk_retries_429_and_5xx_with_backoff_until_everything_is_indexed(
    es_url: str, es_alias: str, tmp_path: Path
) -> None:
    handler = type(
        "Proxy",
        (_FaultProxy,),
        {"upstream": es_url, "whole_request_failures": [429, 503], "item_failures": 3, "bulk_requests": 0},
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    articles = corpus()
    try:
        store = ElasticsearchStore(
            f"http://127.0.0.1:{server.server_port}",
            alias=es_alias,
            spool_dir=tmp_path / "spool",
            chunk_size=100,
            max_retries=3,
            backoff=0.05,
            concurrency=1,
        )
        assert store.upsert(articles) == len(articles)
        assert store.last_spooled == 0
        # 429, then 503, then a 200 with three items refused (429), then the retry of those three.
        assert handler.bulk_requests == 4
        store.refresh()
        assert store.count() == len(articles)
        assert Spool(tmp_path / "spool").files() == []
        handler.whole_request_failures = [503] * 10
        assert store.upsert(articles[:2]) == 0
        assert store.last_spooled == 2 and Spool(tmp_path / "spool").pending() == 2
        store.close()
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.es
def test_a_concrete_index_in_place_of_the_alias_is_refused_and_articles_are_kept(
    es_client: Any, es_alias: str, tmp_path: Path, es_url: str
) -> None:
    from lantoa.store.base import StoreError

    es_client.indices.create(index=es_alias)
    try:
        store = ElasticsearchStore(es_url, alias=es_alias, spool_dir=tmp_path / "spool")
        with pytest.raises(StoreError, match="không phải bí danh"):
            store.upsert(corpus()[:3])
        assert Spool(tmp_path / "spool").pending() == 3
        store.close()
    finally:
        es_client.indices.delete(index=es_alias)
