#!/usr/bin/env python3
"""Fetch, start and stop a throwaway single-node Elasticsearch for tests, CI and benchmarks.

The node is the ``integ-test-zip`` distribution from Maven Central (fetched with ``mvn``),
run on a free loopback port with security off, a 512 MB heap (``--heap``) and its data/logs in a
temporary state folder. Elasticsearch refuses to run as root, so when we are root the node
runs as the unprivileged system user ``lantoa-es`` (created if missing).

Usage::

    python scripts/es_node.py fetch            # download + unpack only
    python scripts/es_node.py start            # prints the URL; writes .cache/es/node.json
    python scripts/es_node.py start --heap 2g --repo /tmp/es-snapshots   # + snapshot repository path
    python scripts/es_node.py stop
    python scripts/es_node.py run -- pytest -m es   # LANTOA_TEST_ES_URL set for CMD

Environment: ``LANTOA_ES_VERSION`` (default below), ``LANTOA_ES_CACHE`` (default
``<repo>/.cache/es``), ``ES_JAVA_HOME`` (default: the newest suitable JDK found).
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

DEFAULT_VERSION = "9.2.0"
GROUP_ARTIFACT = "org.elasticsearch.distribution.integ-test-zip:elasticsearch"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
ES_USER = "lantoa-es"
REPO_ROOT = Path(__file__).resolve().parent.parent
JVM_ROOTS = (Path("/usr/lib/jvm"), Path("/opt/java"), Path("/usr/local/lib/jvm"))


class NodeError(RuntimeError):
    """The node could not be fetched, started or stopped (message says why and what to do)."""


def log(message: str) -> None:
    print(f"[es_node] {message}", file=sys.stderr, flush=True)


def version() -> str:
    return os.environ.get("LANTOA_ES_VERSION", DEFAULT_VERSION)


def _reachable_by_others(path: Path) -> bool:
    return all(parent.stat().st_mode & 0o001 for parent in path.parents if parent.exists())


def cache_dir() -> Path:
    """``LANTOA_ES_CACHE``, else ``<repo>/.cache/es``; as root, a folder the node user can reach."""
    explicit = os.environ.get("LANTOA_ES_CACHE")
    if explicit:
        return Path(explicit).resolve()
    default = (REPO_ROOT / ".cache" / "es").resolve()
    if os.geteuid() == 0 and not _reachable_by_others(default):
        return Path("/var/cache/lantoa/es")
    return default


def state_parent() -> Path:
    """Where temporary node folders go (the node user must reach it)."""
    tmp = Path(tempfile.gettempdir())
    return tmp if not is_root() or _reachable_by_others(tmp / "x") else Path("/tmp")


def info_file() -> Path:
    return cache_dir() / "node.json"


# -- user and permissions ---------------------------------------------------------------
def is_root() -> bool:
    return os.geteuid() == 0


def ensure_user() -> None:
    try:
        pwd.getpwnam(ES_USER)
    except KeyError:
        log(f"creating system user {ES_USER}")
        subprocess.run(
            [
                shutil.which("useradd") or "/usr/sbin/useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                ES_USER,
            ],
            check=True,
        )


def _runuser() -> str:
    """``runuser`` (util-linux), also when /usr/sbin is not on PATH."""
    for candidate in (shutil.which("runuser"), "/usr/sbin/runuser", "/sbin/runuser"):
        if candidate and Path(candidate).exists():
            return candidate
    raise NodeError("runuser not found (util-linux); it starts the node as the unprivileged user")


def chown_tree(path: Path) -> None:
    if not is_root():
        return
    entry = pwd.getpwnam(ES_USER)
    for root, dirs, files in os.walk(path):
        os.chown(root, entry.pw_uid, entry.pw_gid)
        for name in dirs + files:
            os.lchown(os.path.join(root, name), entry.pw_uid, entry.pw_gid)


def make_traversable(path: Path) -> None:
    """The node user must reach ``path``: every parent needs the x bit for others."""
    for parent in path.parents:
        mode = parent.stat().st_mode
        if not mode & 0o001:
            raise NodeError(
                f"{ES_USER} cannot reach {path}: {parent} is not traversable; "
                "set LANTOA_ES_CACHE to a folder under /tmp or /var/cache"
            )


# -- Java ---------------------------------------------------------------------------------
def _java_major(home: Path) -> int | None:
    release = home / "release"
    if release.exists():
        match = re.search(r'JAVA_VERSION="(\d+)', release.read_text(errors="replace"))
        if match:
            return int(match.group(1))
    try:
        out = subprocess.run(
            [str(home / "bin" / "java"), "-version"], capture_output=True, text=True, timeout=30
        ).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)', out)
    return int(match.group(1)) if match else None


def find_java(es_version: str) -> Path:
    """ES_JAVA_HOME if set, else the newest installed JDK new enough for ``es_version``."""
    needed = 21 if int(es_version.split(".")[0]) >= 9 else 17
    explicit = os.environ.get("ES_JAVA_HOME") or os.environ.get("LANTOA_ES_JAVA_HOME")
    if explicit:
        return Path(explicit)
    candidates: list[tuple[int, Path]] = []
    for root in JVM_ROOTS:
        if not root.is_dir():
            continue
        for home in sorted(root.iterdir()):
            if (home / "bin" / "java").exists() and not home.is_symlink():
                major = _java_major(home)
                if major is not None and major >= needed:
                    candidates.append((major, home))
    if not candidates:
        raise NodeError(f"no JDK >= {needed} found under {', '.join(map(str, JVM_ROOTS))}; set ES_JAVA_HOME")
    return max(candidates)[1]


# -- fetch ----------------------------------------------------------------------------------
def es_home(es_version: str) -> Path:
    return cache_dir() / f"elasticsearch-{es_version}"


def fetch(es_version: str) -> Path:
    """Download (mvn) and unpack the distribution once; returns ES_HOME."""
    home = es_home(es_version)
    if (home / "bin" / "elasticsearch").exists():
        return home
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / f"elasticsearch-{es_version}.zip"
    if not archive.exists():
        mvn = shutil.which("mvn")
        if mvn is None:
            raise NodeError("mvn not found: install Maven (apt-get install maven) or set LANTOA_TEST_ES_URL")
        log(f"fetching {GROUP_ARTIFACT}:{es_version}:zip with mvn")
        result = subprocess.run(
            [
                mvn,
                "-B",
                "-q",
                f"{DEPENDENCY_PLUGIN}:copy",
                f"-Dartifact={GROUP_ARTIFACT}:{es_version}:zip",
                f"-DoutputDirectory={cache}",
            ],
            capture_output=True,
            text=True,
            cwd=tempfile.gettempdir(),
        )
        if result.returncode != 0 or not archive.exists():
            raise NodeError(f"mvn could not fetch Elasticsearch {es_version}:\n{result.stdout[-2000:]}")
    log(f"unpacking {archive.name}")
    partial = cache / f".unpack-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            path = Path(zf.extract(member, partial))
            mode = (member.external_attr >> 16) & 0o777
            if mode:
                path.chmod(mode)
    unpacked = next(partial.iterdir())
    if home.exists():
        shutil.rmtree(home)
    unpacked.rename(home)
    shutil.rmtree(partial, ignore_errors=True)
    return home


# -- start / stop ------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def health(url: str, timeout: float = 2.0) -> str | None:
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=timeout) as resp:
            return str(json.load(resp).get("status"))
    except (OSError, ValueError, urllib.error.URLError):
        return None


def _read_pid(state: Path) -> int | None:
    try:
        return int((state / "es.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def start(
    state_dir: Path | None = None,
    port: int | None = None,
    timeout: float = 180.0,
    heap: str | None = None,
    repo: Path | None = None,
) -> dict[str, object]:
    """Start a node; returns its info (url, pid, state_dir, version, startup_s).

    ``heap`` (e.g. ``"2g"``) sets ``-Xms``/``-Xmx``; default ``LANTOA_ES_JAVA_OPTS`` or 512 MB.
    ``repo`` is a folder for snapshot repositories (``path.repo``; created, owned by the node's
    user), so a big benchmark index can be snapshotted and restored in a minute.
    """
    es_version = version()
    home = fetch(es_version)
    java_home = find_java(es_version)
    if is_root():
        ensure_user()
    fresh = state_dir is None
    state = Path(state_dir) if state_dir else Path(tempfile.mkdtemp(prefix="lantoa-es-", dir=state_parent()))
    try:
        return _start(es_version, home, java_home, state, fresh, port, timeout, heap, repo)
    except BaseException:
        if fresh:  # a temporary folder of a node that never came up: clean it away
            stop_state(state, remove=True)
        raise


def java_opts(heap: str | None = None) -> str:
    """The node's ``ES_JAVA_OPTS``: ``heap`` if given, else ``LANTOA_ES_JAVA_OPTS``, else 512 MB."""
    if heap:
        if not re.fullmatch(r"\d+[mMgG]", heap):
            raise NodeError(f"heap must look like 512m or 2g, not {heap!r}")
        return f"-Xms{heap} -Xmx{heap}"
    return os.environ.get("LANTOA_ES_JAVA_OPTS", "-Xms512m -Xmx512m")


def _start(
    es_version: str,
    home: Path,
    java_home: Path,
    state: Path,
    fresh: bool,
    port: int | None,
    timeout: float,
    heap: str | None = None,
    repo: Path | None = None,
) -> dict[str, object]:
    for sub in ("data", "logs", "tmp"):
        (state / sub).mkdir(parents=True, exist_ok=True)
    if repo is not None:
        repo = repo.resolve()
        repo.mkdir(parents=True, exist_ok=True)
    if is_root():
        make_traversable(home)
        make_traversable(state)
        chown_tree(home)
        chown_tree(state)
        if repo is not None:
            make_traversable(repo)
            chown_tree(repo)
    http_port = port or free_port()
    url = f"http://127.0.0.1:{http_port}"
    settings = {
        "discovery.type": "single-node",
        "xpack.security.enabled": "false",
        "network.host": "127.0.0.1",
        "http.port": str(http_port),
        "transport.port": str(free_port()),
        "path.data": str(state / "data"),
        "path.logs": str(state / "logs"),
        "cluster.name": "lantoa-test",
        "node.name": "lantoa-test-node",
        "cluster.routing.allocation.disk.threshold_enabled": "false",
        "action.destructive_requires_name": "false",
    }
    if repo is not None:
        settings["path.repo"] = str(repo)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "ES_JAVA_HOME": str(java_home),
        "ES_JAVA_OPTS": java_opts(heap),
        "ES_TMPDIR": str(state / "tmp"),
        "LANG": "C.UTF-8",
    }
    command = [str(home / "bin" / "elasticsearch"), "-d", "-p", str(state / "es.pid")]
    command += [f"-E{key}={value}" for key, value in settings.items()]
    prefix = [_runuser(), "-u", ES_USER, "--"] if is_root() else []
    log(f"starting Elasticsearch {es_version} (JDK {java_home.name}) on {url}")
    began = time.monotonic()
    with open(state / "launcher.log", "wb") as out:
        result = subprocess.run(
            [*prefix, "env", *[f"{k}={v}" for k, v in env.items()], *command],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
        )
    if result.returncode != 0:
        raise NodeError(f"Elasticsearch did not start (exit {result.returncode}):\n{_log_tail(state)}")
    deadline = began + timeout
    while time.monotonic() < deadline:
        if health(url) in ("yellow", "green"):
            break
        pid = _read_pid(state)
        if pid is not None and not _alive(pid):
            raise NodeError(f"Elasticsearch exited during start-up:\n{_log_tail(state)}")
        time.sleep(0.5)
    else:
        stop_state(state, remove=False)
        raise NodeError(f"Elasticsearch not healthy after {timeout:.0f}s:\n{_log_tail(state)}")
    info: dict[str, object] = {
        "url": url,
        "pid": _read_pid(state),
        "state_dir": str(state),
        "remove_state": fresh,
        "version": es_version,
        "java_home": str(java_home),
        "startup_s": round(time.monotonic() - began, 1),
    }
    (state / "node.json").write_text(json.dumps(info, indent=2))
    (state / "es.url").write_text(url + "\n")
    log(f"ready in {info['startup_s']}s: {url}")
    return info


def _log_tail(state: Path, lines: int = 40) -> str:
    chunks = []
    for path in [state / "launcher.log", *sorted((state / "logs").glob("*.log"))]:
        try:
            text = path.read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            continue
        chunks.append(f"--- {path.name}\n" + "\n".join(text))
    return "\n".join(chunks)[-6000:]


def stop_state(state: Path, remove: bool = True, timeout: float = 60.0) -> None:
    """Stop the node whose state folder is ``state`` (SIGTERM, then SIGKILL)."""
    pid = _read_pid(state)
    if pid is not None and _alive(pid):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
            time.sleep(0.5)
    if remove:
        shutil.rmtree(state, ignore_errors=True)


def cmd_start(args: argparse.Namespace) -> int:
    repo = Path(args.repo) if args.repo else None
    info = start(Path(args.state_dir) if args.state_dir else None, port=args.port, heap=args.heap, repo=repo)
    cache_dir().mkdir(parents=True, exist_ok=True)
    info_file().write_text(json.dumps(info, indent=2))
    print(info["url"])
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    if args.state_dir:
        stop_state(Path(args.state_dir), remove=False)
        return 0
    path = info_file()
    if not path.exists():
        log("no node recorded; nothing to stop")
        return 0
    info = json.loads(path.read_text())
    stop_state(Path(info["state_dir"]), remove=bool(info.get("remove_state", True)) and not args.keep)
    path.unlink(missing_ok=True)
    log(f"stopped {info['url']}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    command = [c for c in args.cmd if c != "--"]
    if not command:
        log("run needs a command after --")
        return 2
    info = start(port=args.port, heap=args.heap)
    try:
        env = dict(os.environ, LANTOA_TEST_ES_URL=str(info["url"]))
        return subprocess.run(command, env=env).returncode
    finally:
        stop_state(Path(str(info["state_dir"])))


def cmd_fetch(args: argparse.Namespace) -> int:
    print(fetch(version()))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("fetch", help="download and unpack the distribution")
    p.set_defaults(func=cmd_fetch)
    p = sub.add_parser("start", help="start a node in the background and print its URL")
    p.add_argument("--state-dir", help="data/logs folder (kept; default: a new temporary folder)")
    p.add_argument("--port", type=int, help="HTTP port (default: a free one)")
    p.add_argument("--heap", help="JVM heap, e.g. 2g (default: LANTOA_ES_JAVA_OPTS or 512m)")
    p.add_argument("--repo", help="snapshot repository folder (path.repo), e.g. /tmp/es-snapshots")
    p.set_defaults(func=cmd_start)
    p = sub.add_parser("stop", help="stop the node started by 'start'")
    p.add_argument("--state-dir", help="stop the node of this state folder")
    p.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    p.set_defaults(func=cmd_stop)
    p = sub.add_parser("run", help="start a node, run CMD with LANTOA_TEST_ES_URL set, stop the node")
    p.add_argument("--port", type=int)
    p.add_argument("--heap", help="JVM heap, e.g. 2g (default: LANTOA_ES_JAVA_OPTS or 512m)")
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_run)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except NodeError as exc:
        log(f"error: {exc}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
