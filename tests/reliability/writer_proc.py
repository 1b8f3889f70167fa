"""Child process for the reliability tests: upsert articles into a SQLite store continuously for N seconds."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from server_support import make_article

from lantoa.store.sqlite import SqliteStore


def main() -> int:
    db, seconds = Path(sys.argv[1]), float(sys.argv[2])
    store = SqliteStore(db)
    deadline = time.monotonic() + seconds
    i = 0
    batches = 0
    while time.monotonic() < deadline:
        store.upsert([make_article(n, prefix="w") for n in range(i, i + 25)])
        i += 25
        batches += 1
    store.close()
    print(f"WRITTEN {i} {batches}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
