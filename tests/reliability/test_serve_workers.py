"""`lantoa serve --workers 2` as a real process: connections spread over the workers, and the
app's batched access log has every request's line once the server has stopped."""

from __future__ import annotations

import http.client
import re
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import server_support
from server_support import Server, make_article

from lantoa.store.sqlite import SqliteStore
from search_api.fair_accept import BOARD_ENV, SLOTS

pytestmark = pytest.mark.slow


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _socket_inode(server_port: int, client_port: int) -> int:
    """The inode of the server side of the loopback connection from ``client_port``."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, remote, inode = fields[1], fields[2], int(fields[9])
            if (
                int(local.rsplit(":", 1)[1], 16) == server_port
                and int(remote.rsplit(":", 1)[1], 16) == client_port
            ):
                return inode
    raise AssertionError(f"no server socket for client port {client_port}")


def _owner(pids: list[int], inode: int) -> int:
    target = f"socket:[{inode}]"
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                if fd.readlink().as_posix() == target:
                    return pid
            except OSError:
                continue
    raise AssertionError(f"no worker holds {target}")


def _board_counts(path: Path) -> list[int]:
    data = path.read_bytes()
    slots = [struct.unpack_from("<qq", data, i * 16) for i in range(SLOTS)]
    return [count for pid, count in slots if pid]


def _workers(server: Server) -> list[int]:
    return [
        pid
        for pid in _children(server.proc.pid)
        if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]


def _board(server: Server) -> Path:
    """The accept board that `lantoa serve` named for its workers (read from a worker's environment)."""
    environ = Path(f"/proc/{_workers(server)[0]}/environ").read_bytes().split(b"\0")
    prefix = BOARD_ENV.encode() + b"="
    return Path(next(v[len(prefix) :] for v in environ if v.startswith(prefix)).decode())


def _start(data_dir: Path, rate_limit: str | None = None) -> Server:
    """`lantoa serve` with 2 workers (and the given rate limit), once both workers accept."""
    with SqliteStore(data_dir / "lantoa.db") as store:
        store.upsert([make_article(i) for i in range(40)])
    original = server_support.server_env

    def env(directory: Path, **extra: str) -> dict[str, str]:
        values = original(directory, **extra)
        if rate_limit is not None:
            values["LANTOA_API_RATE_LIMIT_PER_MINUTE"] = rate_limit
        return values

    server_support.server_env = env
    try:
        # A longer accept deferral than the 20 ms default, so that a loaded CI machine waking the
        # idle worker late cannot hand both connections to one worker.
        started = Server(
            data_dir,
            LANTOA_API_WORKERS="2",
            LANTOA_API_SEARCH_CACHE_SECONDS="0",
            LANTOA_API_ACCEPT_DEFER_SECONDS="0.5",
        )
    finally:
        server_support.server_env = original
    started.wait_ready()
    # /health answers as soon as one worker is up: wait until both accept (each claims a slot).
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
        len(_workers(started)) == 2 and len(_board_counts(_board(started))) == 2
    ):
        time.sleep(0.1)
    assert len(_board_counts(_board(started))) == 2, started.log()
    return started


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[Server]:
    started = _start(tmp_path)
    yield started
    started.terminate()


def _wait_idle(board: Path) -> None:
    """Until every worker has seen its connections close (the board counts them)."""
    deadline = time.monotonic() + 10
    while any(_board_counts(board)) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not any(_board_counts(board)), _board_counts(board)


def test_connections_opened_together_spread_over_the_workers(server: Server) -> None:
    workers = _workers(server)
    board = _board(server)
    assert board.exists()
    for n in (2, 2, 2, 2, 2, 4, 8):
        _wait_idle(board)
        connections = [http.client.HTTPConnection("127.0.0.1", server.port, timeout=30) for _ in range(n)]
        for connection in connections:  # all connect before any request is sent
            connection.connect()
        owners = []
        for connection in connections:
            connection.request("GET", "/api/search?q=b%C3%B2")
            response = connection.getresponse()
            assert response.status == 200 and response.read()
            inode = _socket_inode(server.port, connection.sock.getsockname()[1])
            owners.append(_owner(workers, inode))
        per_worker = [owners.count(pid) for pid in workers]
        for connection in connections:
            connection.close()
        # Two at once: one each. More: near even (a busier worker accepts anyway once the other
        # has let a connection wait DEFER_SECONDS, as it may on a loaded machine).
        assert len(workers) == 2 and min(per_worker) >= 1, (n, per_worker)
        assert max(per_worker) - min(per_worker) <= (0 if n == 2 else 2), (n, per_worker)
    assert server.terminate() == 0
    assert not board.exists()  # removed at shutdown


def test_every_request_is_in_the_access_log(server: Server) -> None:
    connections = [http.client.HTTPConnection("127.0.0.1", server.port, timeout=30) for _ in range(4)]
    sent = 0
    for k in range(60):
        connection = connections[k % 4]
        connection.request("GET", f"/api/search?q=marker{k}")
        response = connection.getresponse()
        assert response.status == 200
        response.read()
        sent += 1
    connection = connections[0]
    connection.request("GET", "/api/search?size=abc")
    assert connection.getresponse().status == 422
    for connection in connections:
        connection.close()
    assert server.terminate() == 0
    log = server.log_path.read_text(encoding="utf-8")
    lines = [line for line in log.splitlines() if "/api/search?" in line]
    for k in range(sent):
        matching = [line for line in lines if f'"GET /api/search?q=marker{k} HTTP/1.1" 200 OK' in line]
        assert len(matching) == 1 and matching[0].startswith("INFO:     127.0.0.1:"), (k, matching)
    assert sum('"GET /api/search?size=abc HTTP/1.1" 422 Unprocessable Entity' in line for line in lines) == 1
    assert len(lines) == sent + 1


def _search_total(text: str) -> int:
    match = re.search(
        r'lantoa_http_requests_total\{method="GET",route="/api/search",status="200"\} (\d+)', text
    )
    return int(match.group(1)) if match else 0


def test_metrics_count_the_requests_of_every_worker(server: Server) -> None:
    connections = [http.client.HTTPConnection("127.0.0.1", server.port, timeout=30) for _ in range(2)]
    for connection in connections:  # opened together: one per worker
        connection.connect()
    for k in range(40):
        connection = connections[k % 2]
        connection.request("GET", f"/api/search?q=b%C3%B2&size={k % 5 + 1}")
        response = connection.getresponse()
        assert response.status == 200
        response.read()
    scrapes = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # each worker publishes within a second of its last request
        scrapes = []
        for connection in connections:  # one scrape answered by each worker
            connection.request("GET", "/metrics")
            response = connection.getresponse()
            assert response.status == 200
            scrapes.append(response.read().decode())
        if all(_search_total(text) == 40 for text in scrapes):
            break
        time.sleep(0.2)
    for connection in connections:
        connection.close()
    assert [_search_total(text) for text in scrapes] == [40, 40], scrapes[0][:2000]
    for text in scrapes:
        assert "\nlantoa_api_workers 2\n" in text
        assert "\nlantoa_store_open 1\n" in text
        count = re.search(
            r'lantoa_http_request_duration_seconds_count\{method="GET",route="/api/search"\} (\d+)', text
        )
        assert count is not None and int(count.group(1)) == 40


def test_the_rate_limit_is_one_for_all_workers(tmp_path: Path) -> None:
    """30 requests a minute per client: with two workers each keeping its own buckets, a client
    on two connections (one per worker) got 60; now it gets 30 (one more may refill meanwhile)."""
    server = _start(tmp_path, rate_limit="30")
    try:
        connections = [http.client.HTTPConnection("127.0.0.1", server.port, timeout=30) for _ in range(2)]
        for connection in connections:  # opened together: one per worker
            connection.connect()
        owners = {
            _owner(_workers(server), _socket_inode(server.port, c.sock.getsockname()[1])) for c in connections
        }
        statuses = []
        for k in range(50):
            connection = connections[k % 2]
            connection.request("GET", "/api/search?q=b%C3%B2")
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
        for connection in connections:
            connection.close()
    finally:
        assert server.terminate() == 0
    assert len(owners) == 2  # the two connections were served by the two workers
    assert set(statuses) == {200, 429}
    assert 30 <= statuses.count(200) <= 31, statuses
    assert statuses[:30] == [200] * 30


def test_the_accept_deferral_can_be_set_and_bad_values_fall_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from search_api import fair_accept

    monkeypatch.delenv(fair_accept.DEFER_ENV, raising=False)
    assert fair_accept.defer_seconds() == fair_accept.DEFER_SECONDS
    monkeypatch.setenv(fair_accept.DEFER_ENV, "0.5")
    assert fair_accept.defer_seconds() == 0.5
    for bad in ("abc", "-1", "60"):
        monkeypatch.setenv(fair_accept.DEFER_ENV, bad)
        assert fair_accept.defer_seconds() == fair_accept.DEFER_SECONDS
