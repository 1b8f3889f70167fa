"""JSON rendering of a digest: the :class:`Digest` model (top-level ``sections`` → ``entries``)."""

from __future__ import annotations

from search_api.digest.models import Digest


def render_json(digest: Digest) -> str:
    return digest.model_dump_json(indent=2) + "\n"


def load_json(text: str | bytes) -> Digest:
    return Digest.model_validate_json(text)
