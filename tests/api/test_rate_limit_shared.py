"""The rate limit shared by `lantoa serve`'s workers: one budget per client over every process
that maps the same file (here two limiters on one real file, as two workers would)."""

from __future__ import annotations

from pathlib import Path

from search_api.rate_limit_shared import SLOTS, SharedRateLimiter


def test_two_workers_share_one_budget_per_client(tmp_path: Path) -> None:
    first = SharedRateLimiter(tmp_path / "rl.board", per_minute=60)
    second = SharedRateLimiter(tmp_path / "rl.board", per_minute=60)
    try:
        allowed = [(first if k % 2 else second).take("10.0.0.1", now=100.0) == 0 for k in range(80)]
        assert sum(allowed) == 60 and not any(allowed[60:])
        assert second.take("10.0.0.1", now=100.0) > 0
        assert first.take("10.0.0.2", now=100.0) == 0  # per client
        assert second.take("10.0.0.1", now=101.5) == 0  # one token back after a second
        assert first.take("10.0.0.1", now=101.5) > 0
    finally:
        first.close()
        second.close()


def test_the_wait_is_the_time_to_the_next_token(tmp_path: Path) -> None:
    limiter = SharedRateLimiter(tmp_path / "rl.board", per_minute=6)  # one token per 10 s
    try:
        assert all(limiter.take("c", now=0.0) == 0 for _ in range(6))
        assert 9.9 < limiter.take("c", now=0.0) <= 10.0
        assert 4.9 < limiter.take("c", now=5.0) <= 5.0
    finally:
        limiter.close()


def test_many_clients_fit_and_a_full_neighbourhood_reuses_its_stalest_slot(tmp_path: Path) -> None:
    limiter = SharedRateLimiter(tmp_path / "rl.board", per_minute=2)
    try:
        clients = [f"192.168.{k // 256}.{k % 256}" for k in range(SLOTS // 2)]
        for k, client in enumerate(clients):  # each uses up its budget
            assert limiter.take(client, now=float(k)) == 0
            assert limiter.take(client, now=float(k)) == 0
            assert limiter.take(client, now=float(k)) > 0
        # Far more clients than slots: nobody is refused for lack of room.
        assert all(limiter.take(f"10.1.{k // 256}.{k % 256}", now=1e6) == 0 for k in range(SLOTS * 2))
    finally:
        limiter.close()
