"""Build and save the embedded store's term index in a process of its own (at low priority).

``python -m lantoa.store.sqlite_build DATABASE`` is what a serving process starts after a write:
the build (seconds to minutes) then holds neither the server's interpreter lock nor its memory.
Exit status 0 once the index of the current generation is saved (or already was).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m lantoa.store.sqlite_build DATABASE", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        os.nice(10)  # the searches of the serving processes come first
    except OSError:
        pass
    from lantoa.store.base import StoreError
    from lantoa.store.sqlite import SqliteStore

    path = Path(args[0])
    if not path.is_file():
        print(f"Không thấy cơ sở dữ liệu {path} / no database at {path}", file=sys.stderr)
        return 1
    try:
        store = SqliteStore(path)
        try:
            index = store.prepare_search(wait=False)
        finally:
            store.close()
    except (StoreError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    # None: another process holds the build lock (and saves the index); a path: saved here.
    return 0 if index is None or index.path is not None else 1


if __name__ == "__main__":
    raise SystemExit(main())
