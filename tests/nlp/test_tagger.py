"""nlp.tag / tag_article: the Tags contract, ids from the taxonomy, relevance and clear input errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import nlp
from lantoa.schema import Article, Tags, article_id
from lantoa.taxonomy import load_taxonomy
from nlp.tagger import TAGGER_VERSION, TagInputError

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture(name: str) -> dict[str, str]:
    data: dict[str, str] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def test_poverty_model_article_is_tagged_fully() -> None:
    tags = nlp.tag(_fixture("poverty_model.json"))
    assert isinstance(tags, Tags)
    assert tags.relevant is True
    assert tags.story_type == "poverty_model"
    assert {"livestock", "preferential_credit"} <= set(tags.model_types)
    assert [p.name for p in tags.people] == ["Hà Thị Mến"]
    assert "Ngân hàng Chính sách xã hội" in tags.organizations
    kinds = {(f.kind, f.value) for f in tags.figures}
    assert ("money_vnd", 50e6) in kinds
    assert ("animals", 2.0) in kinds
    assert ("households_escaped_poverty", 45.0) in kinds
    assert ("poverty_rate", 3.2) in kinds
    assert 1 <= len(tags.summary) <= 3
    assert tags.tagger_version == TAGGER_VERSION
    assert abs(sum(tags.story_type_scores.values()) - 1.0) < 0.01


def test_good_deed_returning_lost_property() -> None:
    tags = nlp.tag(_fixture("good_deed.json"))
    assert tags.story_type == "good_deed"
    assert "returning_lost_property" in tags.model_types


def test_hard_negative_bank_results_citing_poor_households_is_not_relevant() -> None:
    tags = nlp.tag(_fixture("bank_results.json"))
    assert tags.relevant is False
    assert tags.story_type == "other"
    assert tags.model_types == []


def test_traffic_safety_conference_is_other_not_policy() -> None:
    tags = nlp.tag(_fixture("traffic_conference.json"))
    assert tags.story_type == "other"


def test_policy_conference_on_poverty_reduction() -> None:
    tags = nlp.tag(_fixture("policy_conference.json"))
    assert tags.story_type == "policy_news"
    assert tags.relevant is True


def test_all_ids_come_from_the_taxonomy() -> None:
    tax = load_taxonomy()
    for name in ("poverty_model.json", "good_deed.json", "bank_results.json", "policy_conference.json"):
        tags = nlp.tag(_fixture(name))
        assert tags.story_type in tax.story_type_ids
        assert set(tags.story_type_scores) == set(tax.story_type_ids)
        assert set(tags.model_types) <= set(tax.model_type_ids)


def test_text_without_diacritics_is_still_classified() -> None:
    tags = nlp.tag(
        {
            "title": "Thoat ngheo nho nuoi bo sinh san",
            "text": "Gia dinh chi Hoa vay von Ngan hang Chinh sach xa hoi mua bo giong, nay da vuon len thoat ngheo.",
        }
    )
    assert tags.story_type == "poverty_model"
    assert "livestock" in tags.model_types


def test_decomposed_unicode_and_old_tone_placement_are_normalised() -> None:
    import unicodedata

    doc = _fixture("poverty_model.json")
    doc = {k: unicodedata.normalize("NFD", v).replace("hòa", "hoà") for k, v in doc.items()}
    assert nlp.tag(doc).story_type == "poverty_model"


def test_legacy_tcvn3_text_is_converted_before_tagging() -> None:
    # "Tho¸t nghÌo" is "Thoát nghèo" typed in TCVN3.
    tags = nlp.tag(
        {"title": "Tho¸t nghÌo nhê nu«i bß", "text": "Gia ®×nh v­¬n lªn tho¸t nghÌo nhê nu«i bß sinh s¶n."}
    )
    assert tags.story_type == "poverty_model"


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"text": "abc"}, "title"),
        ({"title": "x", "text": "   "}, "text"),
        ({"title": 3, "text": "x"}, "title"),
        ({"title": "x", "text": "y", "published_at": "hôm qua"}, "published_at"),
    ],
)
def test_bad_documents_raise_clear_bilingual_errors(doc: dict[str, object], message: str) -> None:
    with pytest.raises(TagInputError, match=message) as info:
        nlp.tag(doc)
    assert "/" in str(info.value)  # Vietnamese / English


def test_published_at_accepts_iso_strings_and_datetimes() -> None:
    base = {"title": "Thoát nghèo nhờ nuôi bò", "text": "Chị vươn lên thoát nghèo nhờ nuôi bò sinh sản."}
    assert nlp.tag({**base, "published_at": "2024-05-01T08:00:00+07:00"}).relevant
    assert nlp.tag({**base, "published_at": datetime(2025, 8, 1, tzinfo=UTC)}).relevant


def test_tag_article_fills_tags_and_keeps_the_rest() -> None:
    data = _fixture("poverty_model.json")
    url = "https://baomoi.example/thoat-ngheo.html"
    article = Article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        source_id="baolaocai",
        title=data["title"],
        sapo=data["sapo"],
        body=data["text"],
    )
    tagged = nlp.tag_article(article)
    assert tagged.tags is not None and tagged.tags.story_type == "poverty_model"
    assert tagged.body == article.body and article.tags is None


def test_importing_nlp_does_no_heavy_work() -> None:
    import subprocess
    import sys

    code = "import sys, nlp; print('spacy' in sys.modules, 'sklearn' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False"]


def test_generic_official_wording_alone_is_not_policy_news() -> None:
    tags = nlp.tag(
        {
            "title": "Triển khai kế hoạch chuyển đổi số trong cơ quan nhà nước",
            "text": "UBND tỉnh ban hành kế hoạch triển khai chuyển đổi số năm 2025, yêu cầu các sở, ngành "
            "chủ trì thực hiện. Hội nghị giao ban kết luận các chỉ tiêu cần hoàn thành.",
        }
    )
    assert tags.story_type == "other"
