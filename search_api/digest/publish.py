"""Publishing: immutable, versioned digests under ``<data_dir>/digests/<week>/v<N>.json`` (+ rendered files)."""

from __future__ import annotations

import logging
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from search_api.digest.charts import digest_charts
from search_api.digest.errors import DigestNotFound, digest_error
from search_api.digest.models import Digest
from search_api.digest.render import check_format, render
from search_api.digest.week import VN_TZ, parse_week

logger = logging.getLogger(__name__)

#: Rendered next to every published version.
PUBLISHED_FORMATS: tuple[str, ...] = ("docx", "html", "md")
_VERSION_FILE = re.compile(r"^v(\d+)\.json$")
_READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


@dataclass(frozen=True)
class Published:
    week: str
    version: int
    digest: Digest
    files: dict[str, Path] = field(default_factory=dict)


def week_dir(data_dir: Path, week: str) -> Path:
    return Path(data_dir) / "digests" / str(parse_week(week))


def list_versions(data_dir: Path, week: str) -> list[int]:
    """Published version numbers of ``week``, ascending."""
    directory = week_dir(data_dir, week)
    if not directory.is_dir():
        return []
    found = (_VERSION_FILE.match(p.name) for p in directory.iterdir())
    return sorted(int(m.group(1)) for m in found if m)


def load_version(data_dir: Path, week: str, version: int | None = None) -> Digest:
    """A published digest (the latest when ``version`` is None)."""
    versions = list_versions(data_dir, week)
    if version is None and versions:
        version = versions[-1]
    if version is None or version not in versions:
        raise DigestNotFound(
            f"Chưa có bản tin {week} phiên bản {version} đã phát hành"
            if version
            else f"Bản tin {week} chưa được phát hành",
            f"no published digest {week} version {version}" if version else f"digest {week} is not published",
        )
    path = week_dir(data_dir, week) / f"v{version}.json"
    return Digest.model_validate_json(path.read_bytes())


def _write_exclusive(path: Path, data: bytes) -> None:
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, _READ_ONLY)


def _claim(directory: Path, digest: Digest, published_at: datetime) -> tuple[int, Digest, Path]:
    """Atomically create the next ``v<N>.json``; never replaces an existing version."""
    while True:
        versions = [int(m.group(1)) for m in (_VERSION_FILE.match(p.name) for p in directory.iterdir()) if m]
        number = max(versions, default=0) + 1
        record = digest.model_copy(update={"version": number, "published_at": published_at})
        fd, tmp = tempfile.mkstemp(prefix=".publish-", suffix=".json", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(record.model_dump_json(indent=2).encode("utf-8") + b"\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, _READ_ONLY)
            target = directory / f"v{number}.json"
            try:
                os.link(tmp, target)  # atomic; fails if another publisher took this number
            except FileExistsError:
                logger.info("Version %s of %s taken concurrently; retrying", number, digest.week)
                continue
            return number, record, target
        finally:
            os.unlink(tmp)


def publish_digest(
    digest: Digest,
    data_dir: Path,
    *,
    formats: Iterable[str] = PUBLISHED_FORMATS,
    now: datetime | None = None,
) -> Published:
    """Store ``digest`` as the next version of its week, with rendered files; returns where."""
    formats = [check_format(f) for f in formats if f != "json"]
    directory = week_dir(data_dir, digest.week)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise digest_error(
            f"Không tạo được thư mục {directory}: {exc.strerror}",
            f"cannot create {directory}: {exc.strerror}",
        ) from exc
    published_at = (now or datetime.now(VN_TZ)).astimezone(VN_TZ)
    try:
        number, record, json_path = _claim(directory, digest, published_at)
        files = {"json": json_path}
        charts = digest_charts(record) if formats else {}
        for fmt in formats:
            path = directory / f"v{number}.{fmt}"
            _write_exclusive(path, render(record, fmt, charts=charts))
            files[fmt] = path
    except OSError as exc:
        raise digest_error(
            f"Không ghi được bản tin vào {directory}: {exc.strerror or exc}",
            f"cannot write the digest to {directory}: {exc.strerror or exc}",
        ) from exc
    logger.info("Published digest %s v%d to %s", digest.week, number, directory)
    return Published(week=digest.week, version=number, digest=record, files=files)


def write_draft(
    digest: Digest, data_dir: Path, formats: Iterable[str] = ("json", *PUBLISHED_FORMATS)
) -> dict[str, Path]:
    """Write (or replace) ``<week>/draft.<fmt>``: the editable, unpublished draft."""
    directory = week_dir(data_dir, digest.week)
    directory.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    charts = digest_charts(digest)
    for fmt in formats:
        path = directory / f"draft.{check_format(fmt)}"
        fd, tmp = tempfile.mkstemp(prefix=".draft-", dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(render(digest, fmt, charts=charts))
        os.replace(tmp, path)
        files[fmt] = path
    return files
