"""A node that goes away and comes back within one run: spool fast while down, replay when back."""

from __future__ import annotations

import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from es_proxy import ForwardingProxy  # noqa: E402

from lantoa.schema import Article  # noqa: E402
from lantoa.store.elasticsearch import ElasticsearchStore  # noqa: E402
from lantoa.store.spool import Spool  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "conformance" / "corpus.jsonl"


class _SwitchProxy(ForwardingProxy):
    """Forwards to the real node; while ``down`` it drops every connection without answering."""

    down = False
    requests: list[str] = []

    def handle_request(self, body: bytes | None) -> None:
        cls = type(self)
        cls.requests.append(f"{self.command} {self.path.split('?')[0]}")
        if cls.down:
            self.close_connection = True
            return  # no status line: the client sees the connection dropped
        self.send_answer(*self.forward(body))


@pytest.mark.es
def test_node_down_then_back_in_one_run_spools_without_retrying_then_replays_first(
    es_url: str, es_alias: str, tmp_path: Path
) -> None:
    articles = [
        Article.model_validate_json(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
    ]
    assert len(articles) >= 28
    first, during, after = articles[:8], articles[8:18], articles[18:28]
    handler = type("Proxy", (_SwitchProxy,), {"upstream": es_url, "down": False, "requests": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    spool = Spool(tmp_path / "spool")
    try:
        store = ElasticsearchStore(
            f"http://127.0.0.1:{server.server_port}",
            alias=es_alias,
            spool_dir=tmp_path / "spool",
            chunk_size=5,
            max_retries=2,
            backoff=0.05,
            timeout=5,
        )
        assert store.upsert(first) == 8

        handler.down = True
        assert store.upsert(during[:5]) == 0  # bulk retries, then the batch is spooled
        assert store.last_spooled == 5
        handler.requests.clear()
        # Still down: one quick probe, no bulk request and no retries, straight to the spool.
        assert store.upsert(during[5:]) == 0
        assert store.last_spooled == 5
        assert not [r for r in handler.requests if "_bulk" in r], handler.requests
        assert len(handler.requests) == 1, handler.requests
        assert spool.pending() == 10

        handler.down = False
        handler.requests.clear()
        # Back: the spool goes first (so a newer version of an article is never overwritten
        # by an older spooled one), then this batch.
        assert store.upsert(after) == 10
        bulks = [r for r in handler.requests if "_bulk" in r]
        assert len(bulks) == 4, handler.requests  # 10 spooled in 2 chunks, then 10 new in 2
        assert spool.files() == []
        store.refresh()
        assert store.count() == 28
        assert {a.id for a in store.iter_articles()} == {a.id for a in articles[:28]}
        store.close()
    finally:
        server.shutdown()
        server.server_close()
