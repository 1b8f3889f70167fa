"""Per-generation numpy columns of the embedded store: filters, sort orders and facets without SQL.

The articles table changes only through ``SqliteStore.upsert``, which bumps a generation number.
For each generation a process loads, once, every article's date, flags and labels into integer
arrays indexed by rowid, plus each article's position in the newest-first and oldest-first
orders. A search then needs only the text match (rowids, from the term index or FTS5):
filtering, totals, facet counts and date-sorted pages are numpy passes over those rowids.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Sequence
from datetime import date

import numpy as np

from lantoa.store.base import FACET_FIELDS, FacetBucket

MAX_FACET_BUCKETS = 100


def rid_array(concatenated: str | None) -> np.ndarray:
    """Rowids from a ``group_concat(rid)`` string (one string is far cheaper to fetch than rows)."""
    if not concatenated:
        return np.zeros(0, dtype=np.int64)
    return np.array(concatenated.split(","), dtype=np.int64)


def _floats(concatenated: str | None) -> np.ndarray:
    if not concatenated:
        return np.zeros(0, dtype=np.float64)
    return np.array(concatenated.split(","), dtype=np.float64)


class Columns:
    """Everything a search needs besides the text index, for one write generation."""

    def __init__(self, generation: int, conn: sqlite3.Connection) -> None:
        self.generation = generation
        rids_s, ts_s, day_s, people_s, relevant_s = conn.execute(
            "SELECT group_concat(rid), group_concat(IIF(published_ts IS NULL, 'nan', printf('%.17g', published_ts))),"
            " group_concat(COALESCE(CAST(replace(published_day, '-', '') AS INTEGER), 0)),"
            " group_concat(has_people), group_concat(relevant) FROM (SELECT * FROM articles ORDER BY rid)"
        ).fetchone()
        rids = rid_array(rids_s)
        self.size = int(rids.max()) + 1 if len(rids) else 1
        self.count = len(rids)
        self.present = np.zeros(self.size, dtype=bool)
        self.present[rids] = True
        self.all_rids = rids
        self.ts = np.full(self.size, np.nan)
        self.ts[rids] = _floats(ts_s)
        self.day = np.zeros(self.size, dtype=np.int64)
        self.day[rids] = rid_array(day_s)
        self.has_people = np.zeros(self.size, dtype=bool)
        self.has_people[rids] = rid_array(people_s).astype(bool)
        self.relevant = np.zeros(self.size, dtype=bool)
        self.relevant[rids] = rid_array(relevant_s).astype(bool)
        # Positions in the two date orders (undated last in both, ties by id), as in the SQL
        # ``published_ts IS NULL, published_ts DESC|ASC, id``.
        by_id = rid_array(
            conn.execute("SELECT group_concat(rid) FROM (SELECT rid FROM articles ORDER BY id)").fetchone()[0]
        )
        rank = np.zeros(self.size, dtype=np.int64)
        rank[by_id] = np.arange(len(by_id))
        id_rank = rank[rids]
        ts = self.ts[rids]
        undated = np.isnan(ts)
        filled = np.where(undated, 0.0, ts)
        self.newest = np.full(self.size, np.iinfo(np.int64).max, dtype=np.int64)
        self.oldest = self.newest.copy()
        self.order_newest = rids[np.lexsort((id_rank, -filled, undated))]
        self.order_oldest = rids[np.lexsort((id_rank, filled, undated))]
        self.newest[self.order_newest] = np.arange(len(rids))
        self.oldest[self.order_oldest] = np.arange(len(rids))
        seconds = int(np.trunc(filled[~undated]).astype(np.int64).sum())
        #: Which content this is, as ``sqlite_terms.fingerprint`` computes it from the same rows.
        self.fingerprint = f"{self.count}:{int(rids.max()) if len(rids) else 0}:{seconds}"
        self._labels(conn)

    def _labels(self, conn: sqlite3.Connection) -> None:
        rows = sorted(
            conn.execute(
                "SELECT field, value, group_concat(rid) FROM labels GROUP BY field, value"
            ).fetchall()
        )
        self.labels = [(field, value) for field, value, _ in rows]
        self.codes = {label: k for k, label in enumerate(self.labels)}
        parts = [rid_array(rids) for _, _, rids in rows]
        self.entry_label = np.repeat(np.arange(len(parts), dtype=np.int32), [len(p) for p in parts])
        self.entry_rid = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        keep = self.entry_rid < self.size
        self.entry_label, self.entry_rid = self.entry_label[keep], self.entry_rid[keep]
        # The same entries grouped by article (for the facets of few articles).
        by_rid = np.argsort(self.entry_rid, kind="stable")
        self.rid_label = self.entry_label[by_rid]
        self.rid_start = np.zeros(self.size + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.entry_rid, minlength=self.size), out=self.rid_start[1:])
        # Label codes are sorted by (field, value): each field is one range of codes.
        fields = [field for field, _ in self.labels]
        self.field_codes = {
            name: (bisect.bisect_left(fields, name), bisect.bisect_right(fields, name))
            for name in FACET_FIELDS
        }
        self._bucket_cache: dict[tuple[int, int], FacetBucket] = {}
        self.corpus_facets = self._buckets(np.bincount(self.entry_label, minlength=len(self.labels)))

    # -- filters -------------------------------------------------------------------------------
    def label_mask(self, fields: Sequence[str], values: Sequence[str]) -> np.ndarray:
        """Articles carrying any of ``values`` in any of ``fields``."""
        codes = [self.codes[(f, v)] for f in fields for v in values if (f, v) in self.codes]
        mask = np.zeros(self.size, dtype=bool)
        if codes:
            mask[self.entry_rid[np.isin(self.entry_label, codes)]] = True
        return mask

    def day_mask(self, date_from: date | None, date_to: date | None) -> np.ndarray:
        mask = self.day > 0
        if date_from:
            mask &= self.day >= int(date_from.strftime("%Y%m%d"))
        if date_to:
            mask &= self.day <= int(date_to.strftime("%Y%m%d"))
        return mask

    def keep(self, rids: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
        """``rids`` that exist in this generation and pass ``mask``."""
        rids = rids[rids < self.size]
        rids = rids[self.present[rids]]
        return rids if mask is None else rids[mask[rids]]

    # -- orders and facets ---------------------------------------------------------------------
    def page_by_date(self, rids: np.ndarray, newest: bool, offset: int, size: int) -> np.ndarray:
        """The ``size`` rowids after ``offset`` of ``rids`` in date order."""
        position = (self.newest if newest else self.oldest)[rids]
        end = min(len(rids), offset + size)
        if end <= offset:
            return np.zeros(0, dtype=np.int64)
        if end < len(rids):
            part = np.argpartition(position, end - 1)[:end]
        else:
            part = np.arange(len(rids))
        ordered = part[np.argsort(position[part], kind="stable")]
        return rids[ordered[offset:end]]

    def count_facets(self, rids: np.ndarray) -> dict[str, list[FacetBucket]]:
        """Facet buckets of the articles ``rids`` (each label counts each article once)."""
        if len(rids) * 8 < self.count:  # few articles: read their own labels
            starts = self.rid_start[rids]
            lengths = self.rid_start[rids + 1] - starts
            total = int(lengths.sum())
            shift = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
            selected = self.rid_label[shift + np.arange(total)]
        else:
            mask = np.zeros(self.size, dtype=bool)
            mask[rids] = True
            selected = self.entry_label[mask[self.entry_rid]]
        return self._buckets(np.bincount(selected, minlength=len(self.labels)))

    def _buckets(self, counts: np.ndarray) -> dict[str, list[FacetBucket]]:
        """Per field, the largest counts first, then by value; at most ``MAX_FACET_BUCKETS``."""
        facets: dict[str, list[FacetBucket]] = {}
        cache = self._bucket_cache
        if len(cache) > 200_000:
            cache.clear()
        for name, (lo, hi) in self.field_codes.items():
            part = counts[lo:hi]
            present = np.flatnonzero(part)
            order = present[np.lexsort((present, -part[present]))][:MAX_FACET_BUCKETS]
            kept: list[FacetBucket] = []
            for k, n in zip((order + lo).tolist(), part[order].tolist(), strict=True):
                made = cache.get((k, n))
                if made is None:
                    made = cache[(k, n)] = FacetBucket.model_construct(value=self.labels[k][1], count=n)
                kept.append(made)
            facets[name] = kept
        return facets
