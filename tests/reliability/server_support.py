"""Start `lantoa serve` as a real process on a free loopback port with its own data dir (test helper)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from lantoa.schema import Article, Tags, article_id, content_hash

VN = timezone(timedelta(hours=7))
WORDS = (
    "hộ nghèo thoát nghèo nuôi bò sinh sản vốn vay ưu đãi hiến máu người tốt việc tốt xã Mường Phăng".split()
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_article(i: int, prefix: str = "r") -> Article:
    """A small deterministic tagged article."""
    url = f"https://tin.example.vn/{prefix}/{i}.html"
    title = f"Mô hình {WORDS[i % len(WORDS)]} số {i}: thoát nghèo nhờ nuôi bò"
    body = "\n\n".join(" ".join(WORDS[(i + k) % len(WORDS)] for k in range(40)) for _ in range(3))
    return Article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        source_id="tin",
        title=title,
        body=body,
        published_at=datetime(2025, 1, 1, 8, tzinfo=VN) + timedelta(hours=i),
        content_hash=content_hash(title, body),
        tags=Tags(
            relevant=True, story_type="poverty_model" if i % 2 else "good_deed", model_types=["livestock"]
        ),
    )


def server_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env.update(
        LANTOA_DATA_DIR=str(data_dir),
        LANTOA_STORE=f"sqlite:///{data_dir / 'lantoa.db'}",
        LANTOA_API_RATE_LIMIT_PER_MINUTE="100000000",
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


class Server:
    """`python -m lantoa.cli serve` on 127.0.0.1:<free port>; output goes to a log file."""

    def __init__(self, data_dir: Path, **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = data_dir / "serve.log"
        data_dir.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lantoa.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=server_env(data_dir, **env),
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited early ({self.proc.returncode}): {self.log()}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"server not ready after {timeout} s: {self.log()}")

    def terminate(self, timeout: float = 10.0) -> int:
        """SIGTERM and wait; returns the exit code (kills and fails if it does not exit in time).

        uvicorn >= 0.29 re-raises the captured SIGTERM after its graceful shutdown, so unless the
        CLI handles it the code is -15 even when the shutdown was clean; see :meth:`shut_down_cleanly`.
        """
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError(f"server ignored SIGTERM for {timeout} s: {self.log()}") from None
        self._log.close()
        return int(self.proc.returncode)

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-3000:]

    def shut_down_cleanly(self) -> bool:
        """The log shows uvicorn's graceful shutdown and no traceback."""
        log = self.log()
        return "Finished server process" in log and "Traceback" not in log
