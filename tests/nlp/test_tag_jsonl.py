"""tag_jsonl (``lantoa tag``): good lines get "tags", bad lines are reported with line numbers and skipped."""

from __future__ import annotations

import io
import json
from pathlib import Path

import nlp
from lantoa.schema import Tags

FIXTURE = Path(__file__).parent / "fixtures" / "mixed_lines.jsonl"


def _run() -> tuple[int, int, list[dict[str, object]], str]:
    out, err = io.StringIO(), io.StringIO()
    with FIXTURE.open(encoding="utf-8") as fh:
        ok, failed = nlp.tag_jsonl(fh, out, err)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    return ok, failed, rows, err.getvalue()


def test_counts_ok_and_failed_lines() -> None:
    ok, failed, _, _ = _run()
    assert (ok, failed) == (2, 4)


def test_output_is_input_plus_tags() -> None:
    _, _, rows, _ = _run()
    assert [r["id"] for r in rows] == ["a1", "a6"]
    assert rows[1]["extra"] == {"keep": True}
    tags = Tags.model_validate(rows[0]["tags"])
    assert tags.story_type == "poverty_model"
    assert Tags.model_validate(rows[1]["tags"]).relevant is False


def test_errors_name_the_line_in_vietnamese_and_english() -> None:
    _, _, _, err = _run()
    lines = err.splitlines()
    assert len(lines) == 4
    assert all(line.startswith(f"dòng {n} / line {n}: ") for line, n in zip(lines, (2, 3, 5, 6), strict=True))
    assert "JSON không hợp lệ" in lines[0] and "invalid JSON" in lines[0]
    assert "dòng 3" in lines[1] and "line 3" in lines[1] and "'text'" in lines[1]
    assert "line 5" in lines[2] and "object" in lines[2]
    assert "line 6" in lines[3] and "'title'" in lines[3]


def test_blank_input_gives_nothing() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert nlp.tag_jsonl(["", "   \n"], out, err) == (0, 0)
    assert out.getvalue() == "" and err.getvalue() == ""


def test_body_is_accepted_when_text_is_absent() -> None:
    out, err = io.StringIO(), io.StringIO()
    line = json.dumps(
        {"title": "Hiến máu tình nguyện", "body": "Anh Nguyễn Văn Hùng đã 30 lần hiến máu tình nguyện."}
    )
    assert nlp.tag_jsonl([line], out, err) == (1, 0)


def test_an_unexpected_failure_is_reported_and_the_run_continues() -> None:
    import nlp.tagger

    real = nlp.tagger.tag

    def flaky(doc, **kwargs):  # type: ignore[no-untyped-def]
        if doc.get("id") == "boom":
            raise RuntimeError("simulated bug")
        return real(doc, **kwargs)

    lines = [
        json.dumps({"id": "boom", "title": "x", "text": "y"}),
        json.dumps({"id": "ok", "title": "x", "text": "y"}),
    ]
    out, err = io.StringIO(), io.StringIO()
    assert nlp.tagger.tag_jsonl(lines, out, err, tag_one=flaky) == (1, 1)
    assert "line 1" in err.getvalue() and "simulated bug" in err.getvalue()
    assert json.loads(out.getvalue())["id"] == "ok"
