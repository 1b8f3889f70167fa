"""The shared Article schema."""

from datetime import datetime

import pytest
from pydantic import ValidationError

from lantoa.schema import SCHEMA_VERSION, Article, Tags, article_id, content_hash


def _article(**kw: object) -> Article:
    url = "https://www.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=1"
    base = {
        "id": article_id(url),
        "url": url,
        "canonical_url": url,
        "source_id": "dongnai_portal",
        "title": "T",
    }
    base.update(kw)
    return Article.model_validate(base)


def test_id_is_a_stable_hash_of_the_canonical_url() -> None:
    assert article_id("https://a/1") == article_id("https://a/1")
    assert article_id("https://a/1") != article_id("https://a/2")
    assert len(article_id("https://a/1")) == 20


def test_content_hash_ignores_whitespace_and_case() -> None:
    assert content_hash("Tiêu đề", "a  b\n\nc") == content_hash("tiêu đề", "a b c")


def test_published_at_must_be_timezone_aware() -> None:
    with pytest.raises(ValidationError):
        _article(published_at=datetime(2026, 11, 20, 8, 0))
    assert (
        _article(published_at="2026-11-20T08:00:00+07:00").published_at.utcoffset().total_seconds() == 25200
    )


def test_unknown_fields_are_rejected_and_version_recorded() -> None:
    with pytest.raises(ValidationError):
        _article(titel="typo")
    assert _article().schema_version == SCHEMA_VERSION


def test_round_trip_through_json() -> None:
    article = _article(body="a\n\nb", tags=Tags(relevant=True, story_type="good_deed"))
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert again.paragraphs == ["a", "b"]
