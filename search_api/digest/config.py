"""Digest settings beyond :class:`lantoa.settings.Settings` (``LANTOA_`` environment variables)."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class DigestSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="LANTOA_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    #: Name printed at the top of every digest.
    digest_name: str = "Bản tin Lan Tỏa"
    #: Default number of entries.
    digest_size: int = Field(default=20, ge=1, le=200)
    #: At most this many entries from one source (outlet) per digest.
    digest_max_per_source: int = Field(default=3, ge=1, le=100)
    #: E-mail recipients, comma-separated (``LANTOA_DIGEST_RECIPIENTS=a@x.vn,b@y.vn``).
    digest_recipients: Annotated[list[str], NoDecode] = Field(default_factory=list)
    #: Sender address for e-mailed digests.
    digest_sender: str = "lantoa@localhost"
    #: SMTP relay; e-mail delivery is off while ``smtp_host`` is empty.
    smtp_host: str = ""
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    #: ``none``, ``starttls`` or ``ssl``.
    smtp_security: str = "none"
    smtp_timeout: float = 30.0

    @field_validator("digest_recipients", mode="before")
    @classmethod
    def _split_recipients(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
        return value

    @field_validator("smtp_security")
    @classmethod
    def _known_security(cls, value: str) -> str:
        if value not in ("none", "starttls", "ssl"):
            raise ValueError("smtp_security must be 'none', 'starttls' or 'ssl'")
        return value


@lru_cache(maxsize=1)
def get_digest_settings() -> DigestSettings:
    """Process-wide digest settings; tests call ``get_digest_settings.cache_clear()``."""
    return DigestSettings()
