"""Background jobs with their state in a JSON file: ``python -m lantoa.jobs STATUS.json -- CMD …``.

The search API starts crawls this way (it never imports the crawler): the runner process starts
the command with its output in the job's log, forwards SIGTERM/SIGINT to it, and records in the
status file when it finished and with which exit code. A runner that dies without recording an
end (killed with SIGKILL, the machine restarted) leaves ``state: running`` with a pid that no
longer exists; readers report such a job as ``lost``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_status(path: Path) -> dict[str, Any] | None:
    """The job's recorded state, or None when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Replace a JSON file atomically (readers never see half a file)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def run(status_path: Path, command: list[str]) -> int:
    """Run ``command`` to its end, recording the end in ``status_path``; returns its exit code."""
    status = read_status(status_path) or {}
    status.update(state="running", runner_pid=os.getpid(), started_at=status.get("started_at") or now_iso())
    write_json(status_path, status)
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL)

    def forward(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    code = child.wait()
    status.update(state="finished", exit_code=code, finished_at=now_iso())
    write_json(status_path, status)
    return code


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 3 or args[1] != "--":
        print("usage: python -m lantoa.jobs STATUS.json -- COMMAND [ARG …]", file=sys.stderr)
        return 2
    return run(Path(args[0]), args[2:])


if __name__ == "__main__":
    raise SystemExit(main())
