"""Starting a crawl from the API: a real `lantoa crawl` process against a local fixture site.

The crawl runs as a background job (`lantoa.jobs`) with the API's data directory and store;
`LANTOA_CRAWL_BASE_URLS` points the source at the fixture server, as an operator would point it
at a mirror. Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from api_support import ADMIN_KEY, client_class

from crawlers.fixture_server import FixtureServer
from lantoa.jobs import read_status, write_json
from lantoa.settings import Settings
from lantoa.store.sqlite import SqliteStore
from search_api import crawl_jobs
from search_api.app import create_app

SITE = "baodongnai"
KEY = {"X-API-Key": ADMIN_KEY}


def _client(data_dir: Path) -> tuple[Any, SqliteStore, Settings]:
    db = data_dir / "lantoa.db"
    settings = Settings(_env_file=None, data_dir=data_dir, store=f"sqlite:///{db}", admin_api_key=ADMIN_KEY)  # type: ignore[call-arg]
    store = SqliteStore(db)
    return client_class()(create_app(settings, store, rate_limit_per_minute=0)), store, settings


def _wait_finished(client: Any, timeout: float = 180.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get("/api/admin/crawl", headers=KEY).json()
        if job["state"] != "running":
            return dict(job)
        time.sleep(0.3)
    raise AssertionError(f"crawl job still running after {timeout} s: {job}")


def test_an_admin_starts_a_crawl_and_follows_it_to_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FixtureServer([SITE]) as server:
        monkeypatch.setenv("LANTOA_CRAWL_BASE_URLS", json.dumps(server.base_urls))
        client, store, _settings = _client(tmp_path)
        with client:
            assert client.get("/api/admin/crawl", headers=KEY).status_code == 404  # none yet
            assert client.post("/api/admin/crawl", json={"sources": [SITE]}).status_code == 401
            started = client.post(
                "/api/admin/crawl", json={"sources": [SITE], "max_articles": 6}, headers=KEY
            )
            assert started.status_code == 202, started.text
            job = started.json()
            assert job["state"] == "running" and job["sources"] == [SITE] and job["max_articles"] == 6
            again = client.post("/api/admin/crawl", json={}, headers=KEY)  # one crawl at a time
            assert again.status_code == 409 and again.json()["error"] == "crawl_running"
            done = _wait_finished(client)
        store.close()
        assert server.requests, "the crawl never reached the fixture site"
    assert done["job"] == job["job"] and done["state"] == "finished" and done["exit_code"] == 0, done
    assert any("Đã lưu" in line for line in done["log_tail"]), done["log_tail"]
    with SqliteStore(tmp_path / "lantoa.db") as reopened:  # stored in the API's own store
        assert 1 <= reopened.stats().articles <= 6


def test_a_crawl_that_fails_is_reported_with_its_exit_code_and_log(tmp_path: Path) -> None:
    client, store, _settings = _client(tmp_path)
    with client:
        started = client.post("/api/admin/crawl", json={"sources": ["khong_co_nguon_nay"]}, headers=KEY)
        assert started.status_code == 202, started.text
        done = _wait_finished(client)
    store.close()
    assert done["state"] == "finished" and done["exit_code"] not in (0, None), done
    assert any("khong_co_nguon_nay" in line for line in done["log_tail"]), done["log_tail"]


@pytest.mark.parametrize(
    "body",
    [
        {"sources": ["../etc/passwd"]},
        {"sources": ["a b"]},
        {"max_articles": 0},
        {"since": "hôm qua"},
        {"base_url": "http://169.254.169.254/"},  # no addresses from the API: only source ids
    ],
)
def test_bad_crawl_requests_get_a_422_and_start_nothing(tmp_path: Path, body: dict[str, Any]) -> None:
    client, store, settings = _client(tmp_path)
    with client:
        response = client.post("/api/admin/crawl", json=body, headers=KEY)
        assert response.status_code == 422, response.text
        assert client.get("/api/admin/crawl", headers=KEY).status_code == 404
    store.close()
    assert not crawl_jobs.jobs_dir(settings).exists() or not any(crawl_jobs.jobs_dir(settings).glob("*.log"))


def test_a_job_whose_process_died_is_reported_lost_and_does_not_block_the_next(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, admin_api_key=ADMIN_KEY)  # type: ignore[call-arg]
    directory = crawl_jobs.jobs_dir(settings)
    directory.mkdir(parents=True)
    dead = os.fork()
    if dead == 0:  # a child that exits at once: its pid then names no process
        os._exit(0)
    os.waitpid(dead, 0)
    write_json(
        directory / "old.json", {"state": "running", "runner_pid": dead, "sources": [], "started_at": "x"}
    )
    write_json(directory / "current.json", {"job": "old"})
    described = crawl_jobs.latest(settings)
    assert described is not None and described["state"] == "lost"
    assert read_status(directory / "old.json") is not None


def test_the_job_runner_records_the_exit_code(tmp_path: Path) -> None:
    from lantoa.jobs import run

    status = tmp_path / "job.json"
    code = run(status, [sys.executable, "-c", "raise SystemExit(3)"])
    recorded = read_status(status)
    assert code == 3 and recorded is not None
    assert recorded["state"] == "finished" and recorded["exit_code"] == 3 and recorded["finished_at"]


def test_an_admin_switches_a_source_off_and_the_next_crawl_leaves_it_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FixtureServer([SITE, "nhandan"]) as server:
        monkeypatch.setenv("LANTOA_CRAWL_BASE_URLS", json.dumps(server.base_urls))
        client, store, _settings = _client(tmp_path)
        with client:
            assert client.put("/api/admin/sources/nhandan", json={"status": "disabled"}).status_code == 401
            edited = client.put("/api/admin/sources/nhandan", json={"status": "disabled"}, headers=KEY)
            assert edited.status_code == 200, edited.text
            assert edited.json() == {"id": "nhandan", "override": {"status": "disabled"}, "crawled": False}
            slower = client.put("/api/admin/sources/nhandan", json={"delay": 2.5}, headers=KEY).json()
            assert slower["override"] == {"status": "disabled", "delay": 2.5}  # fields not sent stay
            listed = client.get("/api/admin/sources", headers=KEY).json()
            assert listed == [
                {"id": "nhandan", "override": {"status": "disabled", "delay": 2.5}, "crawled": False}
            ]
            started = client.post(
                "/api/admin/crawl", json={"max_articles": 4}, headers=KEY
            )  # no sources named
            assert started.status_code == 202, started.text
            done = _wait_finished(client)
            assert done["exit_code"] == 0, done
            public = {
                s["id"]: s for s in client.get("/api/sources").json()
            }  # after the crawl wrote health.json
            assert public[SITE].get("override") is None
            # A crawled source says so; an id no crawl has listed (a typo) is flagged, not refused.
            assert (
                client.put(f"/api/admin/sources/{SITE}", json={"delay": 1.5}, headers=KEY).json()["crawled"]
                is True
            )
            assert {s["id"]: s for s in client.get("/api/sources").json()}[SITE]["override"] == {"delay": 1.5}
            typo = client.put("/api/admin/sources/khong_co", json={"status": "disabled"}, headers=KEY)
            assert typo.status_code == 200 and typo.json()["crawled"] is False
            for source_id in (SITE, "khong_co"):
                client.put(
                    f"/api/admin/sources/{source_id}", json={"status": None, "delay": None}, headers=KEY
                )
            for bad in ({"status": "maybe"}, {"delay": -1}, {"delay": 61}, {"base_url": "http://10.0.0.1/"}):
                assert client.put(f"/api/admin/sources/{SITE}", json=bad, headers=KEY).status_code == 422, bad
            assert client.put("/api/admin/sources/Bad-Id", json={}, headers=KEY).status_code == 422
            restored = client.put(
                "/api/admin/sources/nhandan", json={"status": None, "delay": None}, headers=KEY
            )
            assert restored.json()["override"] == {}
            assert client.get("/api/admin/sources", headers=KEY).json() == []
        store.close()
        sites = {request.site for request in server.requests}
    assert SITE in sites and "nhandan" not in sites, sites
