"""Digest errors, with messages fit to show a user (Vietnamese / English)."""

from __future__ import annotations


class DigestError(ValueError):
    """Bad digest input (week, ids, section order, format) or a publishing problem."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(f"{vi} / {en}")
        self.vi = vi
        self.en = en


class DigestNotFound(DigestError):
    """A published version or pinned article that does not exist."""


def digest_error(vi: str, en: str) -> DigestError:
    return DigestError(vi, en)
