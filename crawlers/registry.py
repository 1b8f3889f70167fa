"""Source registry: one YAML file per news source under ``crawlers/sources/``, validated by pydantic."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from lantoa.schema import SourceKind

SOURCES_DIR = Path(__file__).with_name("sources")
_ID = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
_PROVINCE_CODE = re.compile(r"^\d{2}$")


@lru_cache(maxsize=1024)
def _host_of(base_url: str) -> str:
    """Lower-cased ``host[:port]`` of a base URL (asked for every URL a crawl handles)."""
    return urlsplit(base_url).netloc.lower()


@lru_cache(maxsize=1024)
def _compiled_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Listing(_Strict):
    """A section listing page and how to page through it."""

    #: Path (relative to base_url) of the first page of the section.
    path: str
    #: Pagination URL pattern with ``{page}`` (page 2, 3, ...), e.g. ``?page={page}``; relative to base_url.
    page_pattern: str | None = None
    #: CSS selector of the "next page" link (e.g. "Trang 2", "Xem thêm"); used when no pattern is given.
    next_selector: str | None = None
    max_pages: int = Field(default=3, ge=1, le=200)


class Discovery(_Strict):
    feeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    listings: list[Listing] = Field(default_factory=list)


class Selectors(_Strict):
    """CSS selectors (Scrapy/parsel syntax) for the parts of an article page."""

    title: str = "h1"
    sapo: str | None = None
    date: str | None = None
    #: Text that introduces the real publication date inside the date element, e.g. "Cập nhật".
    date_label: str | None = None
    body: str | None = None
    author: str | None = None
    attachments: str = "a[href$='.pdf'], a[href$='.PDF']"
    images: str = "figure, table.image"
    #: Elements removed from the body before text extraction (share bars, related links, ...).
    drop: list[str] = Field(default_factory=list)


class Politeness(_Strict):
    delay: float = Field(default=1.0, ge=0.0, le=60.0)
    concurrency: int = Field(default=2, ge=1, le=16)
    download_timeout: float = Field(default=30.0, gt=0.0, le=300.0)


class Source(_Strict):
    id: str
    name: str
    kind: SourceKind
    #: Home province, pre-2025 (63-province) statistics code; ``None`` for national outlets.
    province_code: str | None = None
    #: Home province in the current 34-province structure.
    current_province_code: str | None = None
    base_url: str
    #: Extra hosts that serve the same site (mobile/AMP/legacy domains).
    aliases: list[str] = Field(default_factory=list)
    discovery: Discovery
    #: Regular expressions matched against the URL path+query of article pages.
    article_patterns: list[str]
    #: Section slugs/paths worth crawling for poverty-reduction and good-deed stories.
    relevant_sections: list[str] = Field(default_factory=list)
    #: Regular expression with a ``section`` group, matched against an article's path+query, for sites
    #: whose URLs carry the section: with ``relevant_sections``, sitemap and feed entries of other
    #: sections are skipped (listings are section pages already and are always followed).
    section_pattern: str | None = None
    selectors: Selectors = Field(default_factory=Selectors)
    #: Day-first date formats seen on the site, for documentation and the date tests.
    date_formats: list[str] = Field(default_factory=list)
    #: Encoding to assume when the page does not declare one reliably.
    encoding: str | None = None
    politeness: Politeness = Field(default_factory=Politeness)
    #: Parse with JSON-LD/OpenGraph first (sites that have them).
    has_jsonld: bool = False
    #: What is known about the real site and what is assumed.
    notes: str
    status: Literal["active", "disabled"] = "active"

    @field_validator("id")
    @classmethod
    def _id_format(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("id phải là chữ thường/số/gạch dưới (lowercase letters, digits, underscores)")
        return value

    @field_validator("province_code", "current_province_code")
    @classmethod
    def _code_format(cls, value: str | None) -> str | None:
        if value is not None and not _PROVINCE_CODE.match(value):
            raise ValueError("mã tỉnh phải có 2 chữ số (province code must be two digits)")
        return value

    @field_validator("base_url")
    @classmethod
    def _url_format(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("base_url phải là URL http(s) (base_url must be an http(s) URL)")
        return value.rstrip("/")

    @field_validator("article_patterns")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("cần ít nhất một mẫu URL bài viết (at least one article pattern)")
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"mẫu URL sai (bad pattern) {pattern!r}: {exc}") from exc
        return value

    @field_validator("section_pattern")
    @classmethod
    def _section_pattern(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"mẫu chuyên mục sai (bad section pattern) {value!r}: {exc}") from exc
        if "section" not in compiled.groupindex:
            raise ValueError("section_pattern cần nhóm (?P<section>...) (needs a named group 'section')")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Source:
        if self.kind in ("provincial_portal", "provincial_newspaper") and not self.province_code:
            raise ValueError("nguồn địa phương cần province_code (a provincial source needs province_code)")
        if self.province_code and not self.current_province_code:
            raise ValueError("thiếu current_province_code (missing current_province_code)")
        d = self.discovery
        if not (d.feeds or d.sitemaps or d.listings):
            raise ValueError("cần ít nhất một cách khám phá bài (feeds, sitemaps or listings)")
        if self.encoding:
            import codecs

            try:
                codecs.lookup(self.encoding)
            except LookupError as exc:
                raise ValueError(f"bảng mã không biết (unknown encoding) {self.encoding!r}") from exc
        return self

    @property
    def host(self) -> str:
        return _host_of(self.base_url)

    def is_article_url(self, url: str) -> bool:
        """True when ``url``'s path+query matches one of the article patterns."""
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return any(p.search(target) for p in _compiled_patterns(tuple(self.article_patterns)))

    def section_of(self, url: str) -> str | None:
        """The section slug in an article URL (by ``section_pattern``), or ``None`` when unknown."""
        if not self.section_pattern:
            return None
        parts = urlsplit(url)
        pattern = _compiled_patterns((self.section_pattern,))[0]
        match = pattern.search(parts.path + (f"?{parts.query}" if parts.query else ""))
        return match.group("section") if match else None

    def in_relevant_section(self, url: str) -> bool:
        """False only when the URL's section is known and not among ``relevant_sections``."""
        section = self.section_of(url) if self.relevant_sections else None
        return section is None or section in self.relevant_sections


class RegistryError(Exception):
    """A source file is invalid; ``problems`` lists ``(file, message)`` pairs."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{f}: {m}" for f, m in problems))


def _format_validation(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"]) or "(gốc/root)"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def load_source_file(path: Path) -> Source:
    """Parse and validate one source file; raises :class:`RegistryError` with a clear message."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RegistryError([(path.name, f"không đọc được YAML (cannot read YAML): {exc}")]) from exc
    if not isinstance(data, dict):
        raise RegistryError([(path.name, "tệp phải là một ánh xạ YAML (file must be a YAML mapping)")])
    try:
        source = Source.model_validate(data)
    except ValidationError as exc:
        raise RegistryError([(path.name, _format_validation(exc))]) from exc
    if source.id != path.stem:
        raise RegistryError([(path.name, f"id {source.id!r} khác tên tệp (id differs from file name)")])
    return source


def check_sources(directory: Path = SOURCES_DIR) -> tuple[list[Source], list[tuple[str, str]]]:
    """Validate every ``*.yaml`` under ``directory``; return (valid sources, problems)."""
    sources: list[Source] = []
    problems: list[tuple[str, str]] = []
    seen_hosts: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            source = load_source_file(path)
        except RegistryError as exc:
            problems.extend(exc.problems)
            continue
        if source.host in seen_hosts:
            problems.append((path.name, f"trùng base_url với (same host as) {seen_hosts[source.host]}"))
            continue
        seen_hosts[source.host] = source.id
        sources.append(source)
    if not sources and not problems:
        problems.append((str(directory), "không có nguồn nào (no source files)"))
    return sources, problems


def load_sources(directory: Path = SOURCES_DIR) -> dict[str, Source]:
    """All sources by id; raises :class:`RegistryError` if any file is invalid."""
    sources, problems = check_sources(directory)
    if problems:
        raise RegistryError(problems)
    return {s.id: s for s in sources}


@lru_cache(maxsize=1)
def default_registry() -> dict[str, Source]:
    """The bundled registry (cached)."""
    return load_sources(SOURCES_DIR)
