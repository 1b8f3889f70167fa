"""`lantoa import` into a real Elasticsearch node: bulk-load settings and worker-made documents.

The importer relaxes the index's refresh interval while it loads and puts the index's own
value back afterwards, even when the load fails; the documents its worker processes encode
are exactly what the store would have made itself.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.corpus import write_jsonl  # noqa: E402
from lantoa.importer import run_import  # noqa: E402
from lantoa.schema import Article  # noqa: E402
from lantoa.store.elasticsearch import BULK_REFRESH, DERIVED_KEY, ElasticsearchStore, to_json  # noqa: E402


def _intervals(client: Any, alias: str) -> set[str]:
    found = client.indices.get_settings(index=alias, name="index.refresh_interval", include_defaults=True)
    return {
        body.get("settings", {}).get("index", {}).get("refresh_interval")
        or body["defaults"]["index"]["refresh_interval"]
        for body in found.values()
    }


def test_import_relaxes_the_refresh_interval_then_restores_it(
    es_store: ElasticsearchStore, es_client: Any, es_alias: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "raw.jsonl"
    write_jsonl(corpus, 60, raw=True)
    es_store.ensure_ready()
    es_client.indices.put_settings(index=es_alias, settings={"index": {"refresh_interval": "2s"}})
    seen: list[set[str]] = []
    report = run_import(
        es_store,
        corpus,
        state_dir=tmp_path / "state",
        workers=1,
        batch_size=20,
        progress=lambda _line: seen.append(_intervals(es_client, es_alias)),
    )
    assert report.written == 60 and report.failed == 0
    assert seen and all(s == {BULK_REFRESH} for s in seen)
    assert _intervals(es_client, es_alias) == {"2s"}
    assert es_store.refresh_mode == "wait_for"  # bulk requests did not wait on the 30 s refresh
    assert es_client.count(index=es_alias)["count"] == 60


def test_a_failed_import_still_restores_the_refresh_interval(
    es_store: ElasticsearchStore, es_client: Any, es_alias: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "raw.jsonl"
    write_jsonl(corpus, 40, raw=True)
    es_store.ensure_ready()
    before = _intervals(es_client, es_alias)

    def stop(_line: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_import(es_store, corpus, state_dir=tmp_path / "state", workers=1, batch_size=10, progress=stop)
    assert _intervals(es_client, es_alias) == before != {BULK_REFRESH}


def test_documents_encoded_in_workers_equal_the_stores_own(
    es_store: ElasticsearchStore, es_client: Any, es_alias: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "raw.jsonl"
    write_jsonl(corpus, 30, raw=True)
    assert es_store.document_encoder() is to_json
    report = run_import(es_store, corpus, state_dir=tmp_path / "state", workers=2, batch_size=7)
    assert report.written == 30
    es_store.refresh()
    hits = es_client.search(index=es_alias, size=30, query={"match_all": {}})["hits"]["hits"]
    assert len(hits) == 30
    for hit in hits:
        stored = hit["_source"]
        article = Article.model_validate({k: v for k, v in stored.items() if k != DERIVED_KEY})
        assert stored == json.loads(to_json(article))
        assert stored[DERIVED_KEY]["title_folded"]  # the folded copy was made, by a worker


def test_cli_import_optimize_force_merges_the_loaded_index(
    cli_on_es: None,
    es_url: str,
    es_alias: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from lantoa import cli
    from lantoa.settings import get_settings

    corpus = tmp_path / "raw.jsonl"
    write_jsonl(corpus, 40, raw=True)
    assert cli.main(["import", str(corpus), "--workers", "1", "--batch-size", "10", "--optimize"]) == 0
    err = capsys.readouterr().err
    assert "force-merged" in err and "-> " in err
    with ElasticsearchStore(es_url, alias=es_alias, replay_spool=False) as store:
        assert store.count() == 40
    monkeypatch.setenv("LANTOA_STORE", "sqlite:///" + str(tmp_path / "x.db"))
    get_settings.cache_clear()
    assert cli.main(["import", str(corpus), "--workers", "1", "--optimize"]) == 0
    assert "Elasticsearch only" in capsys.readouterr().err
