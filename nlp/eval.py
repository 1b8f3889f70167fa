"""Evaluate the tagger on the development corpus: precision/recall/F1 per label and overall."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from lantoa.taxonomy import load_taxonomy
from lantoa.text import fold

from .devcorpus import ALIASES, SPLITS, load_split

logger = logging.getLogger(__name__)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": tp + fn}


def _set_scores(pairs: Iterable[tuple[set[str], set[str]]], labels: Iterable[str]) -> dict[str, Any]:
    pairs = list(pairs)
    per: dict[str, dict[str, float]] = {}
    tp_all = fp_all = fn_all = 0
    for label in labels:
        tp = sum(1 for gold, pred in pairs if label in gold and label in pred)
        fp = sum(1 for gold, pred in pairs if label not in gold and label in pred)
        fn = sum(1 for gold, pred in pairs if label in gold and label not in pred)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        if tp + fp + fn:
            per[label] = _prf(tp, fp, fn)
    return {"micro": _prf(tp_all, fp_all, fn_all), "per_label": per}


def _localities() -> dict[str, Any] | None:
    try:
        from nlp.locality_eval import evaluate_localities  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    result: dict[str, Any] = evaluate_localities()
    return result


#: Splits whose gold labels list every figure of every article; elsewhere only some figures are
#: labelled, so figure precision there says nothing (recall still does).
FIGURES_FULLY_LABELLED = frozenset({"heldout", "blind7", "blind8", "blind9"})


def evaluate(
    split: str = "heldout", *, classifier_weight: float | None = None, localities: bool | None = None
) -> dict[str, Any]:
    """Scores of :func:`nlp.tagger.tag` against the gold labels of ``split``.

    Keys: ``n``, ``relevance`` (P/R/F1 of relevant vs other), ``story_type_accuracy``,
    ``story_types`` (per label), ``model_types`` (micro + per label), ``people``, ``figures``
    (precision, recall and F1 of (kind, value) pairs per article; ``matching_gold_share`` = precision), ``errors`` (misclassified ids) and ``localities``.
    Splits: ``train``, ``heldout``, ``blind`` (60 articles written fresh and scored before any tuning on
    them), ``blind2`` (20 more, written after that tuning), ``blind3`` (40, scored before the second round
    of general improvements), ``blind4`` (22, written after it and scored once) and ``blind5`` (32, scored
    before the third round) ``blind6`` (34, scored before the fourth round), ``blind7`` (36, scored before the fifth round,
    with every figure labelled), ``blind8`` (35, before the sixth) and ``blind9`` (35, before the seventh; both with every
    figure labelled). ``localities`` (the
    locality gold set, which is separate from these splits) defaults to on for ``heldout`` only.
    """
    from .tagger import tag

    tax = load_taxonomy()
    records = load_split(split)
    story_pairs: list[tuple[set[str], set[str]]] = []
    model_pairs: list[tuple[set[str], set[str]]] = []
    correct = 0
    rel = {"tp": 0, "fp": 0, "fn": 0}
    ppl = {"tp": 0, "fp": 0, "fn": 0}
    fig_found = fig_total = fig_extracted = fig_matched = 0
    errors: list[dict[str, str]] = []
    for rec in records:
        gold = rec["labels"]
        tags = tag(rec, classifier_weight=classifier_weight)
        story_pairs.append(({gold["story_type"]}, {tags.story_type}))
        if tags.story_type == gold["story_type"]:
            correct += 1
        else:
            errors.append(
                {
                    "id": rec["id"],
                    "gold": gold["story_type"],
                    "predicted": tags.story_type,
                    "title": rec["title"],
                }
            )
        g_rel, p_rel = gold["story_type"] != "other", tags.relevant
        rel["tp"] += g_rel and p_rel
        rel["fp"] += (not g_rel) and p_rel
        rel["fn"] += g_rel and not p_rel
        model_pairs.append((set(gold["model_types"]), set(tags.model_types)))
        gold_people = {fold(n) for n in gold.get("people", [])}
        pred_people = {fold(p.name) for p in tags.people}
        ppl["tp"] += len(gold_people & pred_people)
        ppl["fp"] += len(pred_people - gold_people)
        ppl["fn"] += len(gold_people - pred_people)
        pred_figs = {(f.kind, round(f.value, 2)) for f in tags.figures}
        gold_figs = {(f["kind"], round(float(f["value"]), 2)) for f in gold.get("figures", [])}
        fig_total += len(gold_figs)
        fig_found += len(gold_figs & pred_figs)
        fig_extracted += len(pred_figs)
        fig_matched += len(pred_figs & gold_figs)
    n = len(records)
    report: dict[str, Any] = {
        "split": split,
        "n": n,
        "relevance": _prf(rel["tp"], rel["fp"], rel["fn"]),
        "story_type_accuracy": round(correct / n, 4) if n else 0.0,
        "story_types": _set_scores(story_pairs, tax.story_type_ids)["per_label"],
        "model_types": _set_scores(model_pairs, tax.model_type_ids),
        "people": _prf(ppl["tp"], ppl["fp"], ppl["fn"]),
        "figures": {
            **_prf(fig_matched, fig_extracted - fig_matched, fig_total - fig_found),
            "gold": fig_total,
            "extracted": fig_extracted,
            "matching_gold_share": round(fig_matched / fig_extracted, 4) if fig_extracted else 0.0,
            "fully_labelled": split in FIGURES_FULLY_LABELLED,
        },
        "errors": errors,
    }
    if localities if localities is not None else split == "heldout":
        report["localities"] = _localities()
    return report


def _row(name: str, s: dict[str, float]) -> str:
    return f"  {name:<28} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} (n={int(s['support'])})"


def format_report(report: dict[str, Any]) -> str:
    """Human-readable report (English labels; ids as in the taxonomy)."""
    lines = [f"Lan Tỏa tagger evaluation — split={report['split']} n={report['n']}"]
    lines.append(_row("relevance", report["relevance"]))
    lines.append(f"  story-type accuracy          {report['story_type_accuracy']:.3f}")
    for label, s in report["story_types"].items():
        lines.append(_row(f"story:{label}", s))
    lines.append(_row("model types (micro)", report["model_types"]["micro"]))
    for label, s in sorted(report["model_types"]["per_label"].items()):
        lines.append(_row(f"model:{label}", s))
    lines.append(_row("people", report["people"]))
    fig = report["figures"]
    lines.append(
        f"  figures                      P={fig['precision']:.3f} R={fig['recall']:.3f} F1={fig['f1']:.3f} "
        f"(gold={fig['gold']}, extracted={fig['extracted']}; precision = share of the extracted figures that are gold"
        + (
            ""
            if fig.get("fully_labelled")
            else "; this split labels only some figures: read recall, not precision"
        )
        + ")"
    )
    loc = report.get("localities")
    if loc:
        lines.append("  localities:")
        for key, value in loc.items():
            if isinstance(value, (int, float, str)):
                lines.append(f"    {key:<26} {value}")
            elif isinstance(value, dict):
                inner = ", ".join(f"{k}={v}" for k, v in value.items() if isinstance(v, (int, float, str)))
                lines.append(f"    {key:<26} {inner}")
    elif "localities" in report:
        lines.append("  localities: (nlp.locality_eval not available)")
    if report.get("errors"):
        lines.append(f"  story-type errors: {len(report['errors'])}")
        for e in report["errors"][:15]:
            lines.append(f"    {e['id']} gold={e['gold']} predicted={e['predicted']}: {e['title']}")
    return "\n".join(lines)


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Evaluate the Lan Tỏa tagger on the development corpus.")
    parser.add_argument(
        "--split",
        default="heldout",
        choices=(*SPLITS, *ALIASES),
    )
    parser.add_argument("--classifier-weight", type=float, default=None)
    args = parser.parse_args()
    print(format_report(evaluate(args.split, classifier_weight=args.classifier_weight)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
