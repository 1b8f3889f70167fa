"""Shared constants and helpers for the digest tests (a unique module name: conftest names collide)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from lantoa.schema import Article
from search_api.digest.week import VN_TZ

CORPUS = Path(__file__).with_name("corpus.jsonl")
#: A fixed "now" (Monday of week 48, 07:00 Vietnam time) so digests are reproducible.
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=VN_TZ)
ISSUER = "Ban Tuyên giáo và Dân vận Tỉnh ủy"


def load_corpus() -> list[Article]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [Article.model_validate_json(line) for line in handle if line.strip()]


class SmtpCollector:
    """aiosmtpd handler keeping every envelope it receives."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
        self.envelopes.append(envelope)
        return "250 OK"
