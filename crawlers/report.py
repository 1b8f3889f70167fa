"""Crawl report: per-source counts of pages fetched, articles extracted and failures by reason."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SourceReport:
    source_id: str
    pages_fetched: int = 0
    articles_extracted: int = 0
    skipped_seen: int = 0
    not_modified: int = 0
    #: Fetches that failed for good, by reason (``http_404``, ``http_5xx``, ``timeout``, ``robots_disallowed``...).
    failures: Counter[str] = field(default_factory=Counter)
    #: Pages fetched but not kept as articles, by reason (``not_article_url``, ``body_too_short``...).
    rejected: Counter[str] = field(default_factory=Counter)
    #: Article pages where a configured selector matched nothing, by field.
    selector_failures: Counter[str] = field(default_factory=Counter)
    article_pages: int = 0
    #: Crawl limits reached this run, one entry per listing (section): listing path -> what happened.
    #: Not failures: a long listing is normal; the note says how to reach deeper pages.
    limits: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_id": self.source_id,
            "pages_fetched": self.pages_fetched,
            "articles_extracted": self.articles_extracted,
            "skipped_seen": self.skipped_seen,
            "not_modified": self.not_modified,
            "article_pages": self.article_pages,
            "failures": dict(self.failures),
            "rejected": dict(self.rejected),
            "selector_failures": dict(self.selector_failures),
            "limits": dict(self.limits),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceReport:
        report = cls(source_id=data["source_id"])
        for key in ("pages_fetched", "articles_extracted", "skipped_seen", "not_modified", "article_pages"):
            setattr(report, key, int(data.get(key, 0)))
        report.failures = Counter(data.get("failures", {}))
        report.rejected = Counter(data.get("rejected", {}))
        report.selector_failures = Counter(data.get("selector_failures", {}))
        report.limits = dict(data.get("limits", {}))
        return report


@dataclass
class CrawlReport:
    sources: dict[str, SourceReport] = field(default_factory=dict)
    output: str = ""
    finish_reason: str = ""

    def source(self, source_id: str) -> SourceReport:
        if source_id not in self.sources:
            self.sources[source_id] = SourceReport(source_id)
        return self.sources[source_id]

    @property
    def articles_extracted(self) -> int:
        return sum(s.articles_extracted for s in self.sources.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": self.output,
            "finish_reason": self.finish_reason,
            "articles_extracted": self.articles_extracted,
            "sources": {k: v.to_dict() for k, v in sorted(self.sources.items())},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CrawlReport:
        report = cls(output=data.get("output", ""), finish_reason=data.get("finish_reason", ""))
        for key, value in data.get("sources", {}).items():
            report.sources[key] = SourceReport.from_dict(value)
        return report

    def summary(self) -> str:
        """One line for the CLI: totals over all sources."""
        pages = sum(s.pages_fetched for s in self.sources.values())
        failures = sum(sum(s.failures.values()) for s in self.sources.values())
        line = (
            f"{len(self.sources)} nguồn, {pages} trang, {failures} lỗi / "
            f"{len(self.sources)} sources, {pages} pages, {failures} failures"
        )
        if self.finish_reason and self.finish_reason != "finished":
            line += f"; dừng sớm / stopped early: {self.finish_reason}"
        return line

    def summary_lines(self) -> list[str]:
        lines = []
        for sid, s in sorted(self.sources.items()):
            fails = ", ".join(f"{k}={v}" for k, v in sorted(s.failures.items())) or "0"
            lines.append(
                f"{sid}: {s.articles_extracted} bài (articles), {s.pages_fetched} trang tải (pages fetched), "
                f"{s.skipped_seen} đã có (already seen), lỗi (failures): {fails}"
            )
        return lines
