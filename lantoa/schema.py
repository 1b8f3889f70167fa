"""The one Article schema shared by every stage (crawl, tag, store, search, digest)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

#: Bump when a field is added, removed or changes meaning; stored with every article.
SCHEMA_VERSION = 1

SourceKind = Literal[
    "provincial_portal",
    "provincial_newspaper",
    "national_outlet",
    "mass_organisation",
]
#: Where ``published_at`` was read from. ``None`` means no trustworthy date was found.
DateProvenance = Literal["jsonld", "meta", "feed", "text", "url"]
LocalityLevel = Literal["province", "district", "commune"]
LocalityRole = Literal["subject", "mention"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Image(_Model):
    url: str
    caption: str = ""


class Attachment(_Model):
    url: str
    #: File type in lower case, e.g. ``pdf``, ``doc``.
    type: str = ""
    title: str = ""
    #: Extracted plain text ("" when it could not be extracted).
    text: str = ""


class Locality(_Model):
    """One place an article talks about, resolved against the gazetteer.

    ``province``/``district``/``commune`` are names in the structure in force when the
    article was written (pre-2025 for older articles); ``current_*`` are the units of the
    34-province structure that took effect on 1 July 2025. Codes are official
    statistics-office codes, as strings.
    """

    as_written: str
    level: LocalityLevel
    province: str | None = None
    province_code: str | None = None
    district: str | None = None
    district_code: str | None = None
    commune: str | None = None
    commune_code: str | None = None
    current_province: str | None = None
    current_province_code: str | None = None
    current_commune: str | None = None
    current_commune_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    role: LocalityRole = "subject"
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Person(_Model):
    name: str
    as_written: str = ""


class Figure(_Model):
    #: e.g. ``households_escaped_poverty``, ``poverty_rate``, ``money_vnd``, ``animals``.
    kind: str
    value: float
    unit: str = ""
    as_written: str = ""


class Tags(_Model):
    relevant: bool = False
    #: An id from ``story_types`` in taxonomy.yaml.
    story_type: str = "other"
    story_type_scores: dict[str, float] = Field(default_factory=dict)
    #: Ids from ``model_types`` in taxonomy.yaml.
    model_types: list[str] = Field(default_factory=list)
    localities: list[Locality] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    #: One to three extractive key sentences.
    summary: list[str] = Field(default_factory=list)
    tagger_version: str = ""


class Article(_Model):
    schema_version: int = SCHEMA_VERSION
    #: Stable id: :func:`article_id` of ``canonical_url``.
    id: str
    url: str
    canonical_url: str
    source_id: str
    source_name: str = ""
    source_kind: SourceKind | None = None
    #: Home province of the source, pre-2025 code and current (34-province) code.
    source_province_code: str | None = None
    source_current_province_code: str | None = None
    title: str
    sapo: str = ""
    #: Clean text; paragraphs separated by a blank line.
    body: str = ""
    authors: list[str] = Field(default_factory=list)
    #: Timezone-aware; Asia/Ho_Chi_Minh when the page gives local time.
    published_at: datetime | None = None
    published_at_source: DateProvenance | None = None
    crawled_at: datetime | None = None
    language: str = "vi"
    images: list[Image] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    content_hash: str = ""
    #: Near-duplicate group (syndicated copies share it); ``None`` until clustered.
    cluster_id: str | None = None
    #: True when this article is the earliest known copy in its cluster.
    first_in_cluster: bool = True
    tags: Tags | None = None

    @field_validator("published_at", "crawled_at")
    @classmethod
    def _must_be_aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("datetime must be timezone-aware")
        return value

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


def article_id(canonical_url: str) -> str:
    """Stable article id: the first 20 hex digits of SHA-256 of the canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:20]


def content_hash(title: str, body: str) -> str:
    """Hash of the visible content, for exact-duplicate detection across URLs."""
    joined = " ".join((title + "\n" + body).split()).lower()
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]
