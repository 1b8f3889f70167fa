"""Detect and convert legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI) to Unicode via viparse."""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Literal

from lantoa.text import normalize_tone_marks

logger = logging.getLogger(__name__)

LegacyEncoding = Literal["tcvn3", "vni"]
SUPPORTED: tuple[LegacyEncoding, ...] = ("tcvn3", "vni")
# Characters that legacy-font text shows as Latin-1 symbols/letters; Unicode Vietnamese rarely has them.
_SUSPICIOUS = re.compile(r"[\u00a1-\u00bf\u00c0-\u00ff\u0152\u0153\u0178\u2212\u2219«»µ¶·¸¹º¼½¾]")


#: Letters only Unicode Vietnamese has: legacy 8-bit text read as a Latin code page never
#: contains them, so text with any of them is Unicode already (and viparse is not needed).
_UNICODE_VIETNAMESE = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


def _looks_suspicious(text: str) -> bool:
    if not text or text.isascii() or _UNICODE_VIETNAMESE.search(text):
        return False
    return _SUSPICIOUS.search(text) is not None


def detect_legacy_encoding(text: str) -> LegacyEncoding | None:
    """``"tcvn3"`` or ``"vni"`` when ``text`` is Vietnamese typed in that legacy encoding, else ``None``.

    Unicode text, non-Vietnamese text and fragments too short to judge give ``None``.
    """
    if not _looks_suspicious(text):
        return None
    import viparse  # imported lazily: ~0.1 s

    enc = viparse.detect_text_encoding(text)
    if enc in SUPPORTED:
        return enc  # type: ignore[return-value]
    return None


def legacy_to_unicode(text: str, encoding: str | None = None) -> str:
    """Convert TCVN3/VNI text to NFC Unicode; with ``encoding=None`` detect it first.

    Text that is not in a legacy encoding comes back unchanged. An unknown ``encoding``
    raises ``ValueError`` (Bảng mã không được hỗ trợ / unsupported encoding).
    """
    if not text:
        return text
    if encoding is None:
        detected = detect_legacy_encoding(text)
        if detected is None:
            return text
        encoding = detected
    enc = encoding.lower().replace("-", "").replace("_", "")
    if enc in ("tcvn", "abc", "tcvn35712"):
        enc = "tcvn3"
    if enc not in SUPPORTED:
        raise ValueError(f"Bảng mã không được hỗ trợ / unsupported encoding: {encoding!r} (use tcvn3 or vni)")
    import viparse

    logger.debug("converting %d chars from %s", len(text), enc)
    return normalize_tone_marks(unicodedata.normalize("NFC", viparse.fix(text, encoding=enc)))
