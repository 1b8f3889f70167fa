"""Cue matching in the spaCy pipeline: diacritic-insensitive, punctuation-tolerant, ids from the taxonomy."""

from __future__ import annotations

from lantoa.taxonomy import load_taxonomy
from nlp.cues import load_cues
from nlp.pipeline import get_pipeline


def _labels(text: str, group: str) -> set[str]:
    doc = get_pipeline()(text)
    return {h.cue.label for h in doc._.cue_hits if h.cue.group == group}


def test_pipeline_is_a_blank_vietnamese_spacy_language_with_our_components() -> None:
    nlp = get_pipeline()
    assert nlp.lang == "vi"
    assert nlp.pipe_names == ["lantoa_cues", "lantoa_entities", "lantoa_figures"]
    assert get_pipeline() is nlp  # cached


def test_tokens_are_syllables_and_norm_is_folded() -> None:
    doc = get_pipeline()("Hộ nghèo vươn lên.")
    assert [t.text for t in doc] == ["Hộ", "nghèo", "vươn", "lên."]
    assert [t.norm_ for t in doc] == ["ho", "ngheo", "vuon", "len"]


def test_cue_matches_with_and_without_diacritics() -> None:
    assert "poverty_model" in _labels("Gia đình vươn lên thoát nghèo.", "story")
    assert "poverty_model" in _labels("Gia dinh vuon len thoat ngheo.", "story")
    assert "livestock" in _labels("NUÔI BÒ SINH SẢN", "model")
    assert "preferential_credit" in _labels("vay von Ngan hang Chinh sach xa hoi", "model")


def test_cue_matches_across_punctuation_at_token_edges() -> None:
    assert "housing" in _labels("Bàn giao “nhà đại đoàn kết”.", "model")


def test_unrelated_text_has_no_relevant_cues() -> None:
    assert _labels("Trận đấu kết thúc với tỷ số 2-1.", "model") == set()


def test_every_cue_label_is_a_taxonomy_id() -> None:
    tax = load_taxonomy()
    for cue in load_cues():
        ids = tax.story_type_ids if cue.group == "story" else tax.model_type_ids
        assert cue.label in ids, cue


def test_taxonomy_cues_are_all_included() -> None:
    keys = {(c.label, c.key) for c in load_cues()}
    tax = load_taxonomy()
    from lantoa.text import fold

    for label in (*tax.story_types, *tax.model_types):
        for phrase in label.cues:
            assert (label.id, fold(phrase)) in keys


def test_words_with_diacritics_must_match_the_cue_exactly() -> None:
    # Folded, "mua lợn" (buy pigs) would equal "mưa lớn" (heavy rain), an "other" cue.
    assert "other" not in _labels("Chị mua lợn giống về nuôi.", "story")
    assert "other" in _labels("Mưa lớn kéo dài nhiều ngày.", "story")


def test_a_cue_inside_a_proper_name_does_not_count_for_the_story() -> None:
    from nlp.tagger import _keep_longest

    doc = get_pipeline()("Ngân hàng Chính sách xã hội cho vay.")
    kept = {(h.cue.group, h.cue.label) for h in _keep_longest(list(doc._.cue_hits))}
    assert ("model", "preferential_credit") in kept
    assert ("story", "policy_news") not in kept


def test_people_and_organizations_are_also_spacy_spans() -> None:
    doc = get_pipeline()("Chị Nguyễn Thị Hoa, hội viên Hội Nông dân xã Tân Hòa, vay vốn.")
    assert [(s.text, s.label_) for s in doc.spans["people"]] == [("Chị Nguyễn Thị Hoa,", "PER")]
    assert [(s.text, s.label_) for s in doc.spans["organizations"]] == [("Hội Nông dân xã Tân Hòa,", "ORG")]


def _model_types(title: str, text: str) -> list[str]:
    from nlp.tagger import tag

    return tag({"title": title, "text": text}).model_types


def test_strong_cues_settle_a_model_type_named_once_in_the_body() -> None:
    body = (
        "Gia đình anh Tâm vươn lên thoát nghèo nhờ trồng bưởi, mỗi năm thu về hơn 200 triệu đồng. "
        "Anh được Trạm khuyến nông huyện hỗ trợ một phần phân bón."
    )
    assert "agricultural_extension" in _model_types("Thoát nghèo từ vườn bưởi", body)
    weights = {(c.label, c.key): c.weight for c in load_cues()}
    from nlp.cues import STRONG_WEIGHT, WEAK_WEIGHT

    assert weights[("agricultural_extension", "khuyen nong")] == STRONG_WEIGHT
    # A longer phrase around a strong cue is at least as strong ("tổ vay vốn" inside it).
    assert weights[("savings_loan_groups", "to vay von cua hoi")] == STRONG_WEIGHT
    # A weak (often incidental) cue stays weak.
    assert weights[("livestock", "chan nuoi")] == WEAK_WEIGHT


def test_regional_and_compositional_model_wording() -> None:
    assert "livestock" in _labels("Anh Út chăn vịt chạy đồng sau mùa gặt.", "model")
    assert "crops_aquaculture" in _labels("Gia đình có 2 ha vuông tôm quảng canh.", "model")
    assert "preferential_credit" in _labels("Ông vay 50 triệu đồng mua bò giống.", "model")
    assert "housing" in _labels("Bà con góp công dựng lại nhà cho cụ.", "model")
    assert "land_donation" in _labels("Các hộ dỡ hàng rào, không nhận tiền bồi thường.", "model")
    assert "rescue_lifesaving" in _labels("Anh bơi ra, kéo cháu bé bị nước cuốn vào bờ.", "model")


def test_model_type_entries_may_carry_a_weight() -> None:
    weights = {(c.label, c.key): c.weight for c in load_cues()}
    assert weights[("job_placement_labor_export", "tao viec lam cho")] == 0.7
