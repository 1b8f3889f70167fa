"""The label vocabulary: story types and model types with Vietnamese and English names."""

from __future__ import annotations

from fastapi import APIRouter

from lantoa.taxonomy import load_taxonomy
from search_api.models import LabelPublic, TaxonomyPublic

router = APIRouter(prefix="/api/taxonomy", tags=["taxonomy"])


@router.get("", response_model=TaxonomyPublic, summary="Danh mục phân loại / taxonomy")
def taxonomy() -> TaxonomyPublic:
    """The ids are the values accepted by the `story_type` and `model_type` filters."""
    tax = load_taxonomy()
    return TaxonomyPublic(
        story_types=[LabelPublic(id=x.id, vi=x.vi, en=x.en) for x in tax.story_types],
        model_types=[LabelPublic(id=x.id, vi=x.vi, en=x.en) for x in tax.model_types],
    )
