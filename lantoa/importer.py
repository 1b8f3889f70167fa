"""``lantoa import``: bring an existing JSONL corpus in: normalise, tag in parallel, index.

Each input line is either a full ``Article`` (as written by ``lantoa store export``) or a
plain news record (``title`` and ``text``/``body``/``content``, optional ``url``,
``sapo``, ``published_at``, ``source``, ``source_province``). Work is committed batch by
batch, and the byte offset after the last committed batch is checkpointed under
``<data_dir>/import/``, so an interrupted import resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from lantoa.schema import Article, article_id, content_hash
from lantoa.store.base import SpooledForLater, Store, StoreUnavailable
from lantoa.text import normalize, normalize_inline

logger = logging.getLogger(__name__)


@dataclass
class ImportReport:
    read: int = 0
    written: int = 0
    failed: int = 0
    #: Articles the store kept in its durable spool (Elasticsearch down), not yet searchable.
    spooled: int = 0
    resumed_from: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.written / self.seconds if self.seconds else 0.0


class ImportSpooled(SpooledForLater):
    """The import ran to the end but the store was down: some articles wait in its spool.

    Nothing is lost (the spool is durable and the checkpoint is cleared, since every line
    was handled); ``lantoa index replay`` or the next import sends them.
    """

    def __init__(self, report: ImportReport, spool_dir: str | None) -> None:
        self.report = report
        where = f" ({spool_dir})" if spool_dir else ""
        super().__init__(
            f"Elasticsearch không truy cập được trong lúc nhập. Đã nhập {report.written} bài, lỗi {report.failed}; "
            f"{report.spooled} bài chưa vào chỉ mục và được giữ an toàn trong hàng đợi{where}. "
            "Khi Elasticsearch chạy lại, chạy `lantoa index replay` (lần nhập sau cũng tự gửi). / "
            f"Elasticsearch was unreachable during the import. Imported {report.written}, failed {report.failed}; "
            f"{report.spooled} articles are not indexed yet and are kept safe in the spool{where}. "
            "Once Elasticsearch is back, run `lantoa index replay` (the next import also sends them)."
        )


def record_to_article(record: dict[str, Any]) -> Article:
    """A plain news record or a serialised Article → a normalised Article (untagged)."""
    if "canonical_url" in record and "source_id" in record and "id" in record:
        return Article.model_validate(record)
    title = normalize_inline(str(record.get("title") or ""))
    body = normalize(str(record.get("text") or record.get("body") or record.get("content") or ""))
    if not title or not body:
        raise ValueError("thiếu 'title' hoặc 'text' / missing 'title' or 'text'")
    url = str(record.get("url") or "")
    if not url:
        digest = hashlib.sha256((title + "\n" + body).encode("utf-8")).hexdigest()[:20]
        url = f"urn:lantoa:import:{digest}"
    published = record.get("published_at") or record.get("date")
    return Article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        source_id=str(record.get("source") or "import"),
        source_name=str(record.get("source_name") or record.get("source") or ""),
        source_province_code=record.get("source_province"),
        title=title,
        sapo=normalize(str(record.get("sapo") or "")),
        body=body,
        published_at=_aware(published),
        published_at_source="meta" if published else None,
        content_hash=content_hash(title, body),
    )


def _aware(value: Any) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        from lantoa.store.fields import LOCAL_TZ

        moment = moment.replace(tzinfo=LOCAL_TZ)
    return moment


def _tag_batch(
    lines: list[tuple[int, str]], encoder: Callable[[Article], str] | None = None
) -> tuple[list[Article], list[str] | None, list[str]]:
    """Worker: parse, normalise and tag lines; returns (articles, their store documents, errors).

    Articles travel back pickled (no JSON round trip to validate again), and the store's
    document encoder, when it has one, runs here too, so the writing process only writes.
    """
    from nlp import tag_article

    out: list[Article] = []
    errors: list[str] = []
    for number, line in lines:
        try:
            article = tag_article(record_to_article(json.loads(line)))
        except (ValueError, ValidationError) as exc:
            errors.append(f"dòng / line {number}: {str(exc).splitlines()[0]}")
            continue
        out.append(article)
    return out, [encoder(a) for a in out] if encoder else None, errors


def _batches(
    path: Path, start: int, start_line: int, size: int
) -> Iterator[tuple[int, int, list[tuple[int, str]]]]:
    """(byte offset and line number after the batch, [(line number, line)]) from ``start``."""
    with path.open("rb") as handle:
        handle.seek(start)
        number = start_line
        batch: list[tuple[int, str]] = []
        while True:
            raw = handle.readline()
            if not raw:
                break
            number += 1
            if raw.strip():
                batch.append((number, raw.decode("utf-8", errors="replace")))
            if len(batch) >= size:
                yield handle.tell(), number, batch
                batch = []
        if batch:
            yield handle.tell(), number, batch


class Checkpoint:
    """The byte offset already imported from one input file, kept under the data dir."""

    def __init__(self, state_dir: Path, source: Path) -> None:
        stat = source.stat()
        key = hashlib.sha256(f"{source.resolve()}|{stat.st_size}".encode()).hexdigest()[:16]
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / f"{key}.json"

    def load(self) -> tuple[int, int]:
        """(byte offset, line number) already imported."""
        if not self.path.exists():
            return 0, 0
        data = json.loads(self.path.read_text(encoding="utf-8"))
        return int(data.get("offset", 0)), int(data.get("line", 0))

    def save(self, offset: int, line: int) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"offset": offset, "line": line}), encoding="utf-8")
        os.replace(tmp, self.path)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def run_import(
    store: Store,
    source: Path,
    *,
    state_dir: Path,
    workers: int = 0,
    batch_size: int = 200,
    restart: bool = False,
    progress: Callable[[str], None] | None = None,
) -> ImportReport:
    if not source.exists():
        raise FileNotFoundError(source)
    workers = workers or os.cpu_count() or 1
    checkpoint = Checkpoint(state_dir, source)
    if restart:
        checkpoint.clear()
    resume_offset, resume_line = checkpoint.load()
    report = ImportReport(resumed_from=resume_line)
    total_bytes = source.stat().st_size or 1
    started = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    encoder = store.document_encoder()
    with store.bulk_load(), ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: list[tuple[int, int, Any]] = []
        for offset, line, batch in _batches(source, resume_offset, resume_line, batch_size):
            report.read += len(batch)
            pending.append((offset, line, pool.submit(_tag_batch, batch, encoder)))
            if len(pending) >= workers * 3:
                done = pending.pop(0)
                _commit(store, done, checkpoint, report)
                _progress(progress, report, done[0], total_bytes, started)
        while pending:
            done = pending.pop(0)
            _commit(store, done, checkpoint, report)
            _progress(progress, report, done[0], total_bytes, started)
    try:
        store.refresh()
    except StoreUnavailable as exc:
        # What was indexed becomes searchable at the next automatic refresh anyway.
        logger.warning("Refresh after import failed: %s", exc)
    checkpoint.clear()  # every line is indexed, failed (reported) or in the durable spool
    report.seconds = time.perf_counter() - started
    if report.spooled:
        if progress is not None:  # the caller's summary is replaced by the exception's message
            for error in report.errors:
                progress(f"  {error}")
        spool = getattr(store, "spool", None)
        raise ImportSpooled(report, str(getattr(spool, "directory", "")) or None)
    return report


def _commit(store: Store, item: tuple[int, int, Any], checkpoint: Checkpoint, report: ImportReport) -> None:
    offset, line, future = item
    articles, encoded, errors = future.result()
    report.written += store.upsert_encoded(articles, encoded)
    report.spooled += int(getattr(store, "last_spooled", 0) or 0)
    report.failed += len(errors)
    report.errors.extend(errors[: max(0, 50 - len(report.errors))])
    checkpoint.save(offset, line)


def _progress(
    progress: Callable[[str], None] | None, report: ImportReport, offset: int, total: int, started: float
) -> None:
    if progress is None:
        return
    elapsed = time.perf_counter() - started
    rate = report.written / elapsed if elapsed else 0.0
    progress(
        f"  {offset * 100 // total:3d}%  {report.written} bài đã nhập / imported, "
        f"{report.failed} lỗi / failed, {rate:.0f} bài/giây / articles/s"
        + (f", {report.spooled} bài chờ trong hàng đợi / spooled" if report.spooled else "")
    )
