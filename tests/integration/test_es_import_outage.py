"""Elasticsearch stopped in the middle of a real `lantoa import` (issue #8 reliability).

Everything is real: the node (scripts/es_node.py), the `lantoa import`, `lantoa index replay`
and `lantoa serve` processes, and the generated corpus. The node is stopped once the import
has indexed a few batches; the import goes on, spools the rest and ends with a clear message
and exit code 1; the API answers /health and /api/search with 503 meanwhile; after a restart
and a replay every article is searchable exactly once.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import conftest_es  # noqa: E402

from bench.corpus import write_jsonl  # noqa: E402
from lantoa.schema import article_id  # noqa: E402
from lantoa.store.spool import Spool  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
ARTICLES = 2000
BATCH = 100
#: Stop the node once the import reports this many articles indexed.
STOP_AFTER = 400
PROGRESS = re.compile(r"(\d+) bài đã nhập / imported")


def _env(data_dir: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env.update(
        LANTOA_DATA_DIR=str(data_dir),
        LANTOA_STORE=url,
        LANTOA_API_RATE_LIMIT_PER_MINUTE="100000000",
        LANTOA_API_SEARCH_CACHE_SECONDS="0",
        PYTHONUNBUFFERED="1",
    )
    return env


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Api:
    """`lantoa serve` on a free loopback port, its output in a log file."""

    def __init__(self, data_dir: Path, env: dict[str, str]) -> None:
        self.url = f"http://127.0.0.1:{_free_port()}"
        self.log_path = data_dir / "serve.log"
        self._log = self.log_path.open("wb")
        port = self.url.rsplit(":", 1)[1]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lantoa.cli", "serve", "--host", "127.0.0.1", "--port", port],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=REPO,
        )

    def get(self, path: str, **params: Any) -> httpx.Response:
        return httpx.get(self.url + path, params=params, timeout=30)

    def wait_for(self, path: str, status: int, timeout: float = 90.0) -> httpx.Response:
        """Poll ``path`` until it answers ``status`` (the client may keep a dead node on timeout)."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"server exited: {self.log()}"
            try:
                last = self.get(path)
                if last.status_code == status:
                    return last
            except httpx.HTTPError as exc:
                last = exc
            time.sleep(0.5)
        raise AssertionError(f"{path} never answered {status}; last {last!r}; log: {self.log()}")

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


@pytest.fixture
def node_state() -> Iterator[Path]:
    """A node of this test's own (it is stopped and restarted), removed afterwards."""
    if not conftest_es.can_start_node():
        conftest_es.unavailable("this test starts and stops its own node and needs mvn")
    state = Path(tempfile.mkdtemp(prefix="lantoa-es-import-"))  # tmp_path is private to root
    yield state
    conftest_es.es_node_module().stop_state(state, remove=True)


@pytest.mark.es
@pytest.mark.slow
def test_es_stopped_during_import_then_replayed_every_article_searchable_once(
    tmp_path: Path, node_state: Path
) -> None:
    node = conftest_es.es_node_module()
    url = str(node.start(state_dir=node_state)["url"])
    port = int(url.rsplit(":", 1)[1])
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    raw = tmp_path / "raw.jsonl"
    write_jsonl(raw, ARTICLES, seed=11, raw=True)
    expected = {article_id(json.loads(line)["url"]) for line in raw.read_text(encoding="utf-8").splitlines()}
    assert len(expected) == ARTICLES
    env = _env(data_dir, url)

    api = Api(data_dir, env)
    try:
        assert api.wait_for("/health", 200).json()["ok"] is True

        # -- the import, with the node stopped once a few batches are in ----------------------
        importer = subprocess.Popen(
            [sys.executable, "-m", "lantoa.cli", "import", str(raw), "--workers", "1"]
            + ["--batch-size", str(BATCH)],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            env=env,
            cwd=REPO,
            text=True,
        )
        assert importer.stderr is not None
        lines: list[str] = []
        stopped = threading.Event()
        for line in importer.stderr:
            lines.append(line.rstrip("\n"))
            found = PROGRESS.search(line)
            if found and not stopped.is_set() and int(found.group(1)) >= STOP_AFTER:
                # Stop in the background: the import keeps reading and tagging meanwhile.
                threading.Thread(
                    target=lambda: (node.stop_state(node_state, remove=False), stopped.set()), daemon=True
                ).start()
                stopped.set()
        code = importer.wait(timeout=600)
        output = "\n".join(lines)
        print(output)  # shown with -s or on failure: what the user saw
        assert stopped.is_set(), output

        # -- what the user sees -----------------------------------------------------------------
        assert code == 3, output  # EXIT_SPOOLED: ran to the end, some articles wait in the spool
        assert "Traceback" not in output, output
        summary = next((x for x in lines if "lantoa index replay" in x), None)
        assert summary is not None, output
        assert summary.startswith("lantoa: Elasticsearch không truy cập được"), summary
        numbers = re.search(r"Imported (\d+), failed (\d+); (\d+) articles are not indexed yet", summary)
        assert numbers, summary
        written, failed, spooled = map(int, numbers.groups())
        assert failed == 0
        assert written >= STOP_AFTER
        assert spooled > 0
        assert written + spooled == ARTICLES, summary
        assert Spool(data_dir / "spool").pending() == spooled
        assert "bài chờ trong hàng đợi / spooled" in output  # the progress lines count them too
        # Every line is accounted for: a new import would not resume half-way.
        assert list((data_dir / "import").glob("*.json")) == []

        # -- the API while the node is down: 503, a clear message, no stack trace ---------------
        health = api.wait_for("/health", 503)
        body = health.json()
        assert body["ok"] is False
        assert "Elasticsearch" in body["store"]["error"]
        assert body["store"]["spooled"] == spooled
        search = api.get("/api/search", q="thoát nghèo")
        assert search.status_code == 503
        assert search.headers.get("retry-after") == "30"
        assert search.json()["error"] == "store_unavailable"
        assert "tạm thời không truy cập được" in search.json()["message"]
        for response in (health, search):
            assert "Traceback" not in response.text and 'File "' not in response.text

        # -- restart and replay -------------------------------------------------------------------
        node.start(state_dir=node_state, port=port)
        replay = subprocess.run(
            [sys.executable, "-m", "lantoa.cli", "index", "replay"],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=600,
        )
        assert replay.returncode == 0, replay.stderr
        report = json.loads(replay.stdout)
        assert report["replayed"] == spooled and report["remaining"] == 0, report
        assert Spool(data_dir / "spool").files() == []

        # -- every article searchable exactly once ----------------------------------------------
        from elasticsearch import Elasticsearch

        client = Elasticsearch(url, request_timeout=60)
        try:
            client.indices.refresh(index="lantoa-articles")
            ids: list[str] = []
            after: list[Any] | None = None
            while True:
                page = client.search(
                    index="lantoa-articles",
                    size=1000,
                    sort=[{"id": "asc"}],
                    source=["id"],
                    search_after=after,
                )["hits"]["hits"]
                if not page:
                    break
                ids += [hit["_source"]["id"] for hit in page]
                after = page[-1]["sort"]
            assert client.count(index="lantoa-articles")["count"] == ARTICLES
        finally:
            client.close()
        assert len(ids) == len(set(ids)) == ARTICLES
        assert set(ids) == expected

        body = api.wait_for("/health", 200).json()
        assert body["ok"] is True and body["store"]["articles"] == ARTICLES
        assert body["store"]["spooled"] == 0
        found = api.get("/api/search", q="nghèo", size=1)
        assert found.status_code == 200 and found.json()["total"] > 0
        assert "Traceback" not in api.log()
    finally:
        api.stop()
