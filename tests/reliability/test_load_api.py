"""Load test (issue #8): the real `lantoa serve` on loopback, 200 concurrent clients for 60 s, zero errors.

The store holds a few thousand generated articles (bench/corpus.py); the server runs with its
default worker count (the machine's CPUs) and the search cache off, so every search reaches
the store. The rate limit is configured high for the test (the product default stays on).
Latency is printed, never asserted: the machine is shared. ``LANTOA_LOAD_SECONDS`` and
``LANTOA_LOAD_CLIENTS`` shorten the run locally; CI runs the full 200 clients × 60 s.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from server_support import Server

from bench.corpus import generate
from bench.loadgen import run_load
from lantoa.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow

ARTICLES = 3000
CLIENTS = int(os.environ.get("LANTOA_LOAD_CLIENTS", "200"))
SECONDS = float(os.environ.get("LANTOA_LOAD_SECONDS", "60"))

SEARCHES: list[dict[str, object]] = [
    {"q": "thoát nghèo"},
    {"q": "thoat ngheo", "sort": "newest"},
    {"q": "hộ nghèo", "sort": "oldest", "size": 50},
    {"q": '"nuôi bò sinh sản"'},
    {"q": "dê OR bò OR tôm"},
    {"q": "giảm nghèo -nghị quyết"},
    {"q": "vốn vay ưu đãi", "model_type": "preferential_credit"},
    {"story_type": "good_deed"},
    {"model_type": "livestock", "sort": "newest"},
    {"q": "hiến máu", "date_from": "2024-01-01", "date_to": "2024-12-31"},
    {"q": "nghĩa cử cao đẹp", "has_people": "true"},
    {"q": "tỷ lệ hộ nghèo", "province": "40"},
]


def _seed(data_dir: Path) -> str:
    data_dir.mkdir(parents=True, exist_ok=True)
    with SqliteStore(data_dir / "lantoa.db") as store:
        articles = list(generate(ARTICLES, seed=11))
        for start in range(0, len(articles), 500):
            store.upsert(articles[start : start + 500])
        assert store.count() == ARTICLES
    return articles[0].id


def test_200_clients_for_60_seconds_get_no_errors(tmp_path: Path) -> None:
    article_id = _seed(tmp_path)
    server = Server(tmp_path, LANTOA_API_SEARCH_CACHE_SECONDS="0")
    server.wait_ready()
    requests = [("/api/search", params) for params in SEARCHES] + [
        (f"/api/articles/{article_id}", {}),
        ("/api/localities", {"q": "muong"}),
        ("/api/stats", {}),
        ("/health", {}),
    ]
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:  # every request is valid
            for path, params in requests:
                response = client.get(path, params=params)
                assert response.status_code == 200, (path, params, response.text[:300])
        report = run_load(server.url, requests, concurrency=CLIENTS, duration=SECONDS, timeout=60)
        print(f"\nload on lantoa serve ({ARTICLES} articles, cache off): {report.summary()}")
        assert report.errors == [] and report.bad_answers == [], [*report.errors, *report.bad_answers][:5]
        assert set(report.statuses) == {200}, report.statuses
        assert report.requests >= CLIENTS, report.summary()
    finally:
        code = server.terminate(timeout=30)
    assert code == 0, server.log()
    assert server.shut_down_cleanly(), server.log()
    assert "database is locked" not in server.log()
