"""One entry point for every output format: ``render(digest, fmt) -> bytes``."""

from __future__ import annotations

from typing import Literal, get_args

from search_api.digest.errors import digest_error
from search_api.digest.models import Digest

Format = Literal["docx", "html", "md", "json"]
FORMATS: tuple[str, ...] = get_args(Format)
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
}


def check_format(fmt: str) -> Format:
    if fmt not in FORMATS:
        raise digest_error(
            f"Định dạng không hỗ trợ: {fmt!r} (chọn: {', '.join(FORMATS)})",
            f"unsupported format {fmt!r} (choose {', '.join(FORMATS)})",
        )
    return fmt  # type: ignore[return-value]


def render(digest: Digest, fmt: str, *, charts: dict[str, bytes] | None = None) -> bytes:
    """The digest as ``docx``, ``html`` (charts as data: PNGs), ``md`` or ``json`` bytes."""
    fmt = check_format(fmt)
    if fmt == "docx":
        from search_api.digest.render_docx import render_docx

        return render_docx(digest, charts=charts)
    if fmt == "html":
        from search_api.digest.render_html import render_html

        return render_html(digest, images="data", charts=charts)[0].encode("utf-8")
    if fmt == "md":
        from search_api.digest.render_md import render_markdown

        return render_markdown(digest).encode("utf-8")
    from search_api.digest.render_json import render_json

    return render_json(digest).encode("utf-8")
