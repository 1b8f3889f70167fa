"""Property tests for nlp.tag: never crashes on arbitrary non-empty input; labels always from the taxonomy."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from prop_strategies import vietnamese_text

import nlp
from lantoa.taxonomy import load_taxonomy

non_empty = vietnamese_text.filter(lambda s: s.strip() != "")
bodies = st.one_of(
    non_empty,
    st.lists(non_empty, min_size=1, max_size=5).map("\n\n".join),
    st.sampled_from(
        [
            "Nhờ vốn vay ưu đãi, gia đình chị ở xã Lộc Hưng, huyện Lộc Ninh nuôi bò sinh sản, thoát nghèo.",
            "Anh Nguyễn Văn A trả lại 50 triệu đồng nhặt được. " * 40,
            "\u0000\u200b\ufeff" + "x" * 3000,
        ]
    ),
)


@settings(max_examples=40, deadline=None)
@given(non_empty, bodies)
def test_tag_never_crashes_and_uses_taxonomy_ids(title: str, text: str) -> None:
    taxonomy = load_taxonomy()
    tags = nlp.tag({"title": title, "text": text})
    assert tags.story_type in taxonomy.story_type_ids
    assert set(tags.model_types) <= set(taxonomy.model_type_ids)
    assert set(tags.story_type_scores) <= set(taxonomy.story_type_ids)
    for locality in tags.localities:
        assert locality.level in ("province", "district", "commune")
