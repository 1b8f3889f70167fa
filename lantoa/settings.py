"""Runtime settings (pydantic-settings): ``LANTOA_*`` environment variables and ``.env``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="LANTOA_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    #: Local state: the embedded database, crawl state, spool, published digests.
    data_dir: Path = Path("./data")
    #: Which store: ``sqlite:///path/to/file.db`` (default: ``<data_dir>/lantoa.db``),
    #: or an Elasticsearch URL such as ``http://localhost:9200``.
    store: str = ""
    #: Elasticsearch connection details for an existing cluster.
    es_api_key: SecretStr | None = None
    es_username: str | None = None
    es_password: SecretStr | None = None
    es_ca_certs: Path | None = None
    es_index_alias: str = "lantoa-articles"
    #: Language of user-facing messages: ``vi`` (default) or ``en``.
    lang: str = "vi"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    #: Admin API key; admin endpoints are disabled while it is unset.
    admin_api_key: SecretStr | None = None
    #: API limits: requests per client per minute, request body size, seconds a search
    #: result may be served from cache (0 = off), searches run at once (unset = cores).
    api_rate_limit_per_minute: int = Field(default=600, ge=1)
    api_max_body_bytes: int = Field(default=1_000_000, ge=1024)
    api_search_cache_seconds: float = Field(default=15.0, ge=0)
    api_store_concurrency: int | None = Field(default=None, ge=1)
    #: Processes of ``lantoa serve`` (unset = number of CPUs).
    api_workers: int | None = Field(default=None, ge=1)
    #: HTTP parser of ``lantoa serve``: httptools (C, the default when installed) or h11.
    api_http_parser: Literal["auto", "httptools", "h11"] = "auto"
    #: Issuing unit printed on digests.
    digest_issuer: str = "Ban Tuyên giáo"
    #: Crawl sources at other addresses, ``{"source_id": "http://mirror:8080"}`` (JSON in
    #: ``LANTOA_CRAWL_BASE_URLS``): a mirror or, in tests, a local fixture site. ``lantoa crawl
    #: --base-url`` overrides it; with it and no sources named, only these sources are crawled.
    crawl_base_urls: dict[str, str] = Field(default_factory=dict)
    #: Crawler identity.
    user_agent: str = "LanToaBot/0.1 (+https://github.com/lantoa/lantoa)"

    @field_validator("lang")
    @classmethod
    def _known_lang(cls, value: str) -> str:
        if value not in ("vi", "en"):
            raise ValueError("lang must be 'vi' or 'en'")
        return value

    @property
    def store_url(self) -> str:
        """The effective store URL (the embedded SQLite file unless configured)."""
        if self.store:
            return self.store
        return f"sqlite:///{(self.data_dir / 'lantoa.db').as_posix()}"

    def __repr__(self) -> str:  # never print secrets
        return f"Settings(data_dir={self.data_dir!s}, store={redact_url(self.store_url)})"


def redact_url(url: str) -> str:
    """Hide a password in ``scheme://user:pass@host`` for logs and messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return url


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings; tests override via ``get_settings.cache_clear()`` or DI."""
    return Settings()
