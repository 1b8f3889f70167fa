"""The on-disk spool: durable files, partial replays keep what was not written, bad lines are kept aside."""

from __future__ import annotations

from pathlib import Path

from lantoa.schema import Article
from lantoa.store.spool import Spool

CORPUS = Path(__file__).resolve().parent.parent / "conformance" / "corpus.jsonl"


def corpus() -> list[Article]:
    return [
        Article.model_validate_json(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
    ]


def test_append_writes_complete_files_only(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    assert spool.append([]) == 0 and spool.files() == []
    articles = corpus()
    assert spool.append(articles[:10]) == 10
    assert spool.append(articles[10:]) == len(articles) - 10
    assert len(spool.files()) == 2 and spool.pending() == len(articles)
    assert not list((tmp_path / "spool").glob("*.tmp"))
    lines = spool.files()[0].read_text(encoding="utf-8").splitlines()
    assert [Article.model_validate_json(line) for line in lines] == articles[:10]


def test_replay_stops_at_the_first_failure_and_keeps_the_rest(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    articles = corpus()
    spool.append(articles[:12])
    spool.append(articles[12:])
    written: list[str] = []

    def flaky(batch: list[Article]) -> list[Article]:
        if len(written) >= 7:  # the backend goes away after 7 articles
            return batch
        written.extend(a.id for a in batch)
        return []

    report = spool.replay(flaky, batch_size=7)
    assert written == [a.id for a in articles[:7]]
    assert not report.complete and report.replayed == 7
    assert report.remaining == len(articles) - 7
    assert spool.pending() == len(articles) - 7

    again: list[str] = []
    report = spool.replay(lambda batch: again.extend(a.id for a in batch) or [], batch_size=7)
    assert report.complete and spool.files() == []
    assert sorted(written + again) == sorted(a.id for a in articles)


def test_unreadable_lines_are_kept_in_rejected_with_the_reason(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    spool.append(corpus()[:2])
    (tmp_path / "spool" / "spool-0-bad.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    report = spool.replay(lambda batch: [], batch_size=10)
    assert report.complete and report.replayed == 2 and report.rejected == 1
    kept = list((tmp_path / "spool" / "rejected").glob("rejected-*.jsonl"))
    assert len(kept) == 1 and "spool-0-bad.jsonl:1" in kept[0].read_text(encoding="utf-8")
