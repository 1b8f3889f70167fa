"""Helpers shared by the API and browser tests (fixture loading, test client)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from lantoa.schema import Article

HERE = Path(__file__).parent
ARTICLES_FILE = HERE / "articles.jsonl"
XSS_FILE = HERE / "xss_articles.jsonl"
ADMIN_KEY = "test-admin-key-8f3a61c0d2"


def load_articles(path: Path) -> list[Article]:
    return [
        Article.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line
    ]


def client_class() -> Any:
    """Starlette's TestClient; it warns when it runs on ``httpx`` instead of ``httpx2``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient


def by_title(articles: list[Article], fragment: str) -> Article:
    return next(a for a in articles if fragment in a.title)
