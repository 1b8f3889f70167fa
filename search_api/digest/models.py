"""The Digest data model: what every renderer (DOCX, HTML, Markdown, JSON) reads."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

#: Bump when the digest JSON changes shape.
DIGEST_FORMAT = 1


class OtherOutlet(BaseModel):
    """Another outlet that carried the same (near-duplicate) story."""

    article_id: str
    source_id: str
    source_name: str
    url: str
    published_at: datetime | None = None


class DigestEntry(BaseModel):
    article_id: str
    title: str
    url: str
    source_id: str
    source_name: str
    published_at: datetime | None = None
    story_type: str
    story_type_label: str
    #: The model type the entry is grouped under (its first model type, or ``other``).
    model_type: str
    model_types: list[str] = Field(default_factory=list)
    #: Vietnamese labels of the story type and every model type.
    tags: list[str] = Field(default_factory=list)
    #: ``xã X, tỉnh Y`` in the current (34-province) structure.
    locality: str = ""
    #: The pre-2025 name, only when it differs from :attr:`locality`.
    locality_old: str = ""
    province_code: str | None = None
    province_name: str = ""
    summary: list[str] = Field(default_factory=list)
    people: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    figures: list[str] = Field(default_factory=list)
    other_outlets: list[OtherOutlet] = Field(default_factory=list)
    pinned: bool = False
    score: float = 0.0


class ModelTypeGroup(BaseModel):
    model_type: str
    title: str
    #: Ids of this section's entries in this group, in order.
    article_ids: list[str] = Field(default_factory=list)


class DigestSection(BaseModel):
    #: A story type id from the taxonomy.
    id: str
    title: str
    entries: list[DigestEntry] = Field(default_factory=list)
    groups: list[ModelTypeGroup] = Field(default_factory=list)


class CountRow(BaseModel):
    key: str
    label: str
    count: int
    previous: int
    change: int


class Overview(BaseModel):
    #: Stories (syndicated copies counted once) this week and the week before.
    stories: int
    stories_previous: int
    #: Articles (every copy) this week and the week before.
    articles: int
    articles_previous: int
    by_story_type: list[CountRow] = Field(default_factory=list)
    by_model_type: list[CountRow] = Field(default_factory=list)
    by_province: list[CountRow] = Field(default_factory=list)


class DigestFilters(BaseModel):
    province: str | None = None
    story_types: list[str] = Field(default_factory=list)
    model_types: list[str] = Field(default_factory=list)
    size: int = 20
    pins: list[str] = Field(default_factory=list)
    excludes: list[str] = Field(default_factory=list)
    section_order: list[str] = Field(default_factory=list)
    max_per_source: int = 3


class Digest(BaseModel):
    format: int = DIGEST_FORMAT
    name: str
    week: str
    week_label: str
    date_from: date
    date_to: date
    issuer: str
    generated_at: datetime
    filters: DigestFilters
    overview: Overview
    sections: list[DigestSection] = Field(default_factory=list)
    #: Notes for the editor (e.g. a pinned article from another week).
    notes: list[str] = Field(default_factory=list)
    #: Set once published: the version number and when.
    version: int | None = None
    published_at: datetime | None = None

    @property
    def entries(self) -> list[DigestEntry]:
        return [entry for section in self.sections for entry in section.entries]

    @property
    def is_empty(self) -> bool:
        return not any(section.entries for section in self.sections)

    def file_stem(self) -> str:
        suffix = f"-v{self.version}" if self.version else ""
        return f"lantoa-digest-{self.week}{suffix}"
