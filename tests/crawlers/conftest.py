"""Fixtures for the crawler tests (helpers live in crawl_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from crawl_support import SMALL_ARTICLES


@pytest.fixture()
def small_articles() -> Path:
    return SMALL_ARTICLES
