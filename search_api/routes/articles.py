"""Article endpoints: one article with its tags, and similar stories."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from search_api.deps import StoreDep
from search_api.errors import ERROR_RESPONSES, ErrorPublic, not_found
from search_api.models import ArticlePublic, HitPublic

router = APIRouter(prefix="/api/articles", tags=["articles"])

ArticleId = Annotated[
    str,
    Path(
        pattern=r"^[0-9a-f]{20}$",
        description="Mã bài (20 chữ số hex) / article id (20 hex digits)",
        examples=["3f1c2a9b8d7e6f5a4b3c"],
    ),
]
_RESPONSES = {404: {"model": ErrorPublic, "description": "Không tìm thấy / not found"}, **ERROR_RESPONSES}


@router.get(
    "/{article_id}", response_model=ArticlePublic, responses=_RESPONSES, summary="Một bài viết / one article"
)
def get_article(article_id: ArticleId, store: StoreDep) -> Response:
    """The stored article: text, source, dates, images, attachments and tags."""
    article = store.get(article_id)
    if article is None:
        raise not_found()
    return Response(content=article.model_dump_json(), media_type="application/json")


@router.get(
    "/{article_id}/similar",
    response_model=list[HitPublic],
    responses=_RESPONSES,
    summary="Bài tương tự / similar stories",
)
def similar_articles(
    article_id: ArticleId,
    store: StoreDep,
    size: Annotated[int, Query(ge=1, le=20, description="Số bài / number of stories")] = 5,
) -> list[HitPublic]:
    """Stories about the same subject from other clusters (syndicated copies are excluded)."""
    if store.get(article_id) is None:
        raise not_found()
    return [HitPublic.model_validate(hit.model_dump()) for hit in store.similar(article_id, size)]
