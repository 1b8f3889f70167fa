"""Whole crawls (``python -m crawlers crawl`` in a subprocess) against the local fixture server."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from datetime import datetime
from pathlib import Path

import pytest
from crawl_support import ROOT, crawl_command, crawl_env, read_jsonl, run_crawl_subprocess

from crawlers.fixture_render import SiteRenderer, load_fixture_articles
from crawlers.fixture_server import Fault, FixtureServer
from crawlers.registry import default_registry
from lantoa.schema import Article, article_id


def _paths(articles_path: Path) -> dict[str, str]:
    """Fixture key -> path of its article page on its site."""
    registry = default_registry()
    articles = load_fixture_articles(articles_path)
    out: dict[str, str] = {}
    for sid in ("dongnai_portal", "baodongnai", "nhandan"):
        renderer = SiteRenderer(registry[sid], [a for a in articles if a.site == sid])
        for art in renderer.articles:
            out[art.key] = art.path
    return out


@pytest.mark.slow
def test_full_crawl_extracts_every_fixture_article(tmp_path: Path, small_articles: Path) -> None:
    expected = {a.title: a for a in load_fixture_articles(small_articles)}
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    with FixtureServer(articles_path=small_articles) as server:
        report = run_crawl_subprocess(tmp_path, out, state, server.base_urls)
        user_agents = {r.user_agent for r in server.requests}
        robots = [r for r in server.requests if r.path == "/robots.txt"]
    rows = read_jsonl(out)
    articles = [Article.model_validate(r) for r in rows]
    assert len(articles) == len(expected) == 12
    assert len({a.id for a in articles}) == 12
    for art in articles:
        fixture = expected[art.title]
        assert art.source_id == fixture.site
        assert art.sapo == fixture.sapo
        assert art.paragraphs == fixture.body
        assert art.authors == [fixture.author]
        assert art.published_at == fixture.published
        assert art.id == article_id(art.canonical_url)
        assert art.canonical_url.startswith(default_registry()[art.source_id].base_url)
        assert art.url.startswith(server.base_urls[art.source_id])
        assert art.tags is None and art.content_hash and art.crawled_at is not None
    with_pdf = [a for a in articles if a.attachments]
    assert with_pdf and all(a.attachments[0].type == "pdf" for a in with_pdf)
    assert any("11325/KH-UBND" in a.attachments[0].text for a in with_pdf)
    assert all(ua.startswith("LanToaBot/") for ua in user_agents)
    assert len(robots) == 3
    sources = report["sources"]
    assert sources["baodongnai"]["rejected"] == {"body_too_short": 1}  # the photo gallery
    assert sum(s["articles_extracted"] for s in sources.values()) == 12
    health = json.loads((state / "health.json").read_text(encoding="utf-8"))
    assert {h["id"] for h in health} == {"dongnai_portal", "baodongnai", "nhandan"}
    for entry in health:
        assert set(entry) == {
            "id",
            "name",
            "kind",
            "province_code",
            "current_province_code",
            "base_url",
            "last_run",
            "last_success",
            "pages_fetched",
            "articles_extracted",
            "failures",
            "limits",
            "selector_failures",
            "broken",
            "broken_fields",
        }
        assert entry["broken"] is False and entry["articles_extracted"] == 4


@pytest.mark.slow
def test_second_run_fetches_no_article_and_uses_conditional_get(tmp_path: Path, small_articles: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    with FixtureServer(articles_path=small_articles) as server:
        run_crawl_subprocess(tmp_path, out, state, server.base_urls)
    with FixtureServer(articles_path=small_articles) as server:  # new ports: ids must not change
        report = run_crawl_subprocess(tmp_path, out, state, server.base_urls)
        requests = list(server.requests)
    assert len(read_jsonl(out)) == 12
    assert report["articles_extracted"] == 0
    article_paths = set(_paths(small_articles).values())
    assert not [r for r in requests if r.path in article_paths]
    conditional = [r for r in requests if r.if_none_match]
    assert conditional and all(r.status == 304 for r in conditional)
    assert all(s["not_modified"] > 0 for s in report["sources"].values())
    health = json.loads((state / "health.json").read_text(encoding="utf-8"))
    assert not any(h["broken"] for h in health)


@pytest.mark.slow
def test_incremental_run_fetches_only_new_articles(tmp_path: Path, small_articles: Path) -> None:
    lines = small_articles.read_text(encoding="utf-8").splitlines()
    first = tmp_path / "first.jsonl"
    keep, held_back = [], []
    seen: dict[str, int] = {}
    for line in lines:
        site = json.loads(line)["site"]
        seen[site] = seen.get(site, 0) + 1
        (held_back if seen[site] == 4 else keep).append(line)
    first.write_text("\n".join(keep) + "\n", encoding="utf-8")
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    with FixtureServer(articles_path=first) as server:
        run_crawl_subprocess(tmp_path, out, state, server.base_urls)
    assert len(read_jsonl(out)) == 9
    new_paths = {_paths(small_articles)[json.loads(line)["key"]] for line in held_back}
    with FixtureServer(articles_path=small_articles) as server:
        report = run_crawl_subprocess(tmp_path, out, state, server.base_urls)
        article_requests = [r.path for r in server.requests if r.path in set(_paths(small_articles).values())]
    assert report["articles_extracted"] == 3
    assert sorted(article_requests) == sorted(new_paths)
    assert len({r["id"] for r in read_jsonl(out)}) == 12


@pytest.mark.slow
def test_faults_are_retried_recorded_and_skipped(tmp_path: Path, small_articles: Path) -> None:
    paths = _paths(small_articles)
    by_site: dict[str, list[str]] = {}
    for key in sorted(paths):
        by_site.setdefault(key.split("-")[0], []).append(key)
    bdn, nd, dn = by_site["baodongnai"], by_site["nhandan"], by_site["dongnai_portal"]
    faults = [
        Fault("baodongnai", paths[bdn[0]], "error_then_ok", status=500, times=1),
        Fault("baodongnai", paths[bdn[1]], "status", status=503),
        Fault("baodongnai", paths[bdn[2]], "status", status=410),
        Fault("nhandan", paths[nd[0]], "slow", delay=4.0),
        Fault("nhandan", paths[nd[1]], "truncated"),
        Fault("nhandan", paths[nd[2]], "redirect_loop"),
        Fault("dongnai_portal", paths[dn[0]], "charset", charset="windows-1258"),
        Fault("dongnai_portal", paths[dn[1]], "mislabelled_utf8"),
        Fault("dongnai_portal", paths[dn[2]], "robots_disallow"),
    ]
    titles = {a.key: a.title for a in load_fixture_articles(small_articles)}
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    with FixtureServer(articles_path=small_articles, faults=faults) as server:
        report = run_crawl_subprocess(tmp_path, out, state, server.base_urls, "--timeout", "1")
        requested = server.paths_requested("dongnai_portal")
        hits_500 = [r for r in server.requests if r.path == paths[bdn[0]]]
    got = {r["title"]: r for r in read_jsonl(out)}
    kept = {titles[k] for k in (bdn[0], bdn[3], nd[3], dn[0], dn[1], dn[3])}
    assert set(got) == kept
    assert [r.status for r in hits_500] == [500, 200]
    assert got[titles[dn[0]]]["body"].count("nghèo") > 0  # windows-1258 decoded to proper Vietnamese
    assert "Ã" not in got[titles[dn[1]]]["body"]  # no mojibake from the wrong label
    assert paths[dn[2]] not in requested  # robots.txt obeyed
    failures = {sid: s["failures"] for sid, s in report["sources"].items()}
    assert failures["baodongnai"] == {"http_5xx": 1, "http_410": 1}
    assert failures["nhandan"] == {"timeout": 1, "truncated": 1, "redirect_loop": 1}
    assert failures["dongnai_portal"] == {"robots_disallowed": 1}
    health = {h["id"]: h for h in json.loads((state / "health.json").read_text(encoding="utf-8"))}
    assert health["nhandan"]["failures"] == failures["nhandan"]


@pytest.mark.slow
def test_crawl_killed_midway_resumes_without_duplicates(tmp_path: Path, small_articles: Path) -> None:
    paths = _paths(small_articles)
    faults = [Fault(key.split("-")[0], path, "slow", delay=0.7) for key, path in paths.items()]
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    with FixtureServer(articles_path=small_articles, faults=faults) as server:
        proc = subprocess.Popen(
            crawl_command(out, state, server.base_urls),
            cwd=ROOT,
            env=crawl_env(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(read_jsonl(out)) < 2:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        partial = len(read_jsonl(out))
        assert 2 <= partial < 12
        run_crawl_subprocess(tmp_path, out, state, server.base_urls)
    rows = read_jsonl(out)
    assert len(rows) == 12
    assert len({r["id"] for r in rows}) == 12


@pytest.mark.slow
def test_max_articles_and_since_limit_the_crawl(tmp_path: Path, small_articles: Path) -> None:
    with FixtureServer(articles_path=small_articles) as server:
        out = tmp_path / "max.jsonl"
        run_crawl_subprocess(tmp_path, out, tmp_path / "s1", server.base_urls, "--max-articles", "2")
        assert len(read_jsonl(out)) == 2
        out2 = tmp_path / "since.jsonl"
        report = run_crawl_subprocess(
            tmp_path, out2, tmp_path / "s2", server.base_urls, "--since", "2024-01-01"
        )
        since_rows = len(read_jsonl(out2))
        # Articles skipped for being old are not "seen": a later full run still gets them.
        run_crawl_subprocess(tmp_path, out2, tmp_path / "s2", server.base_urls)
        assert len(read_jsonl(out2)) == 12
    cutoff = datetime.fromisoformat("2024-01-01T00:00:00+07:00")
    expected = [a for a in load_fixture_articles(small_articles) if a.published >= cutoff]
    rows = read_jsonl(out2)[:since_rows]
    assert len(rows) == len(expected) > 0
    assert all(datetime.fromisoformat(r["published_at"]) >= cutoff for r in rows)
    assert sum(s["rejected"].get("older_than_since", 0) for s in report["sources"].values()) > 0


@pytest.mark.slow
def test_unknown_source_is_a_clear_error(tmp_path: Path) -> None:
    cmd = crawl_command(tmp_path / "o.jsonl", tmp_path / "s", {}, "--source", "khong_co")
    proc = subprocess.run(cmd, cwd=ROOT, env=crawl_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "khong_co" in proc.stderr and "unknown sources" in proc.stderr


@pytest.mark.slow
def test_transient_failure_is_retried_on_the_next_run(tmp_path: Path, small_articles: Path) -> None:
    paths = _paths(small_articles)
    key = sorted(k for k in paths if k.startswith("nhandan"))[0]
    title = next(a.title for a in load_fixture_articles(small_articles) if a.key == key)
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    with FixtureServer(
        ["nhandan"], articles_path=small_articles, faults=[Fault("nhandan", paths[key], "status", status=503)]
    ) as server:
        first = run_crawl_subprocess(tmp_path, out, state, server.base_urls)
    assert first["sources"]["nhandan"]["failures"] == {"http_5xx": 1}
    assert title not in {r["title"] for r in read_jsonl(out)}
    with FixtureServer(["nhandan"], articles_path=small_articles) as server:
        second = run_crawl_subprocess(tmp_path, out, state, server.base_urls)
    assert second["articles_extracted"] == 1
    assert title in {r["title"] for r in read_jsonl(out)}


@pytest.mark.slow
def test_demo_crawl_finds_every_article_of_the_shared_fixture_file(tmp_path: Path) -> None:
    from crawlers.fixture_render import ARTICLES_PATH

    expected = load_fixture_articles(ARTICLES_PATH)
    out = tmp_path / "all.jsonl"
    with FixtureServer() as server:
        report = run_crawl_subprocess(tmp_path, out, tmp_path / "state", server.base_urls, "--timeout", "20")
    rows = read_jsonl(out)
    assert sorted(r["title"] for r in rows) == sorted(a.title for a in expected)
    assert all(not s["failures"] for s in report["sources"].values())
