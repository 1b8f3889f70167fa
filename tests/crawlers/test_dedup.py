"""Near-duplicate clustering: syndicated copies across sources share a cluster; the first publisher is marked."""

from __future__ import annotations

import json
from datetime import datetime

from crawlers.dedup import assign_clusters
from crawlers.fixture_render import ARTICLES_PATH
from lantoa.schema import Article, article_id, content_hash


def fixture_articles() -> tuple[list[Article], dict[str, str]]:
    rows = [
        json.loads(line) for line in ARTICLES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    articles = []
    for r in rows:
        body = "\n\n".join(r["body"])
        url = f"https://example.vn/{r['key']}"
        articles.append(
            Article(
                id=article_id(url),
                url=url,
                canonical_url=url,
                source_id=r["site"],
                title=r["title"],
                sapo=r.get("sapo", ""),
                body=body,
                published_at=datetime.fromisoformat(r["published"]),
                content_hash=content_hash(r["title"], body),
            )
        )
    keys = {article_id(f"https://example.vn/{r['key']}"): r["key"] for r in rows}
    return articles, keys


def test_syndicated_copies_cluster_with_their_first_publisher() -> None:
    articles, keys = fixture_articles()
    rows = {r["key"]: r for r in map(json.loads, ARTICLES_PATH.read_text(encoding="utf-8").splitlines()) if r}
    clustered = assign_clusters(articles)
    assert len(clustered) == len(articles)
    by_key = {keys[a.id]: a for a in clustered}
    pairs = [(k, r["syndicated_from"]) for k, r in rows.items() if r.get("syndicated_from")]
    assert pairs, "the fixture data should contain syndicated copies"
    for copy, original in pairs:
        assert by_key[copy].cluster_id == by_key[original].cluster_id, (copy, original)
        first = min((by_key[copy], by_key[original]), key=lambda a: a.published_at or datetime.max)
        assert first.first_in_cluster and first.cluster_id == "c" + first.id
    related = {k for pair in pairs for k in pair}
    for key, article in by_key.items():
        if key not in related:  # everything else stands alone
            assert article.cluster_id == "c" + article.id and article.first_in_cluster


def test_clustering_is_order_independent_and_keeps_articles_unchanged() -> None:
    articles, _ = fixture_articles()
    forward = {a.id: (a.cluster_id, a.first_in_cluster) for a in assign_clusters(articles)}
    backward = {a.id: (a.cluster_id, a.first_in_cluster) for a in assign_clusters(list(reversed(articles)))}
    assert forward == backward
    assert all(a.cluster_id is None for a in articles)


def test_cluster_command_writes_clustered_jsonl(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from crawlers.__main__ import main

    articles, _ = fixture_articles()
    source = tmp_path / "in.jsonl"
    source.write_text("".join(a.model_dump_json() + "\n" for a in articles), encoding="utf-8")
    assert main(["cluster", str(source), str(tmp_path / "out.jsonl")]) == 0
    rows = [
        Article.model_validate_json(line)
        for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) == len(articles) and all(r.cluster_id for r in rows)
    assert len({r.cluster_id for r in rows}) < len(rows)
    (tmp_path / "bad.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["cluster", str(tmp_path / "bad.jsonl"), str(tmp_path / "x.jsonl")]) == 1
    assert "bad.jsonl:1" in capsys.readouterr().err
