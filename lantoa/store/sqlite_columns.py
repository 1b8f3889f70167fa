"""Per-generation numpy columns of the embedded store: filters, sort orders and facets without SQL.

The articles table changes only through ``SqliteStore.upsert``, which bumps a generation number.
For each generation a process loads, once, every article's date, flags and labels into integer
arrays indexed by rowid, plus each article's position in the newest-first and oldest-first
orders. A search then needs only the text match (rowids, from the term index or FTS5):
filtering, totals, facet counts and date-sorted pages are numpy passes over those rowids.

Labels are held twice: grouped by label (``entry_rid`` sliced by ``label_start``: a filter
reads only its labels' articles) and as one row of label codes per article (``slots``: the
facets of any set of articles are one row gather and one ``bincount``).
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Sequence
from datetime import date

import numpy as np

from lantoa.store.base import FACET_FIELDS, FacetBucket

MAX_FACET_BUCKETS = 100
#: Labels per article kept in its row of ``Columns.slots`` (the rest, if any, apart).
SLOT_WIDTH_MAX = 16
#: ... and at most as many as this share of the articles carry (the rest go apart too).
SLOT_QUANTILE = 0.999


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
        entry_label = np.repeat(np.arange(len(parts), dtype=np.int32), [len(p) for p in parts])
        entry_rid = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        keep = entry_rid < self.size
        entry_label, entry_rid = entry_label[keep], entry_rid[keep]
        # Grouped by label (a filter reads its labels' slices) ...
        self.entry_rid = entry_rid.astype(np.int32)
        self.label_start = np.searchsorted(entry_label, np.arange(len(self.labels) + 1)).astype(np.int64)
        # ... and by article: a row of label codes per article (padded with the code
        # ``len(labels)``), so the facets of any set of articles are one row gather and one
        # bincount. Labels beyond ``SLOT_WIDTH_MAX`` in an article are kept aside (``overflow``).
        by_rid = np.argsort(entry_rid, kind="stable")
        rid_of, label_of = entry_rid[by_rid], entry_label[by_rid]
        per_rid = np.bincount(rid_of, minlength=self.size)
        first = np.zeros(self.size, dtype=np.int64)
        np.cumsum(per_rid[:-1], out=first[1:])
        slot = np.arange(len(rid_of)) - first[rid_of]
        counted = per_rid[per_rid > 0]
        common = int(np.quantile(counted, SLOT_QUANTILE, method="higher")) if len(counted) else 1
        width = max(1, min(common, SLOT_WIDTH_MAX))
        pad = len(self.labels)
        self.slots = np.full((self.size, width), pad, dtype=np.int16 if pad < 2**15 else np.int32)
        inline = slot < width
        self.slots[rid_of[inline], slot[inline]] = label_of[inline]
        self.overflow_rid, self.overflow_label = rid_of[~inline], label_of[~inline]
        # Label codes are sorted by (field, value): each field is one range of codes.
        fields = [field for field, _ in self.labels]
        self.field_codes = {
            name: (bisect.bisect_left(fields, name), bisect.bisect_right(fields, name))
            for name in FACET_FIELDS
        }
        #: Per label code, the index of its facet field in ``field_codes`` (-1: not a facet).
        self.label_facet = np.full(len(self.labels), -1, dtype=np.int64)
        for index, (lo, hi) in enumerate(self.field_codes.values()):
            self.label_facet[lo:hi] = index
        self._bucket_cache: dict[int, FacetBucket] = {}
        self.corpus_facets = self._buckets(np.diff(self.label_start))

    # -- filters -------------------------------------------------------------------------------
    def label_mask(self, fields: Sequence[str], values: Sequence[str]) -> np.ndarray:
        """Articles carrying any of ``values`` in any of ``fields``."""
        codes = [self.codes[(f, v)] for f in fields for v in values if (f, v) in self.codes]
        mask = np.zeros(self.size, dtype=bool)
        for code in codes:
            mask[self.entry_rid[self.label_start[code] : self.label_start[code + 1]]] = True
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

    def page_in_order(self, mask: np.ndarray, newest: bool, offset: int, size: int) -> np.ndarray:
        """``page_by_date`` of the articles in ``mask``, read off the stored date order: only as
        much of the order is scanned as the page needs (in growing chunks)."""
        order = self.order_newest if newest else self.order_oldest
        end = offset + size
        found: list[np.ndarray] = []
        have, start, step = 0, 0, 4096
        while have < end and start < len(order):
            part = order[start : start + step]
            kept = part[mask[part]]
            found.append(kept)
            have += len(kept)
            start += step
            step *= 2
        if not found or end <= offset:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate(found)[offset:end]

    def count_facets(self, rids: np.ndarray) -> dict[str, list[FacetBucket]]:
        """Facet buckets of the articles ``rids`` (each label counts each article once)."""
        pad = len(self.labels)
        counts = np.bincount(np.take(self.slots, rids, axis=0).reshape(-1), minlength=pad + 1)[:pad]
        if len(self.overflow_rid):
            chosen = np.zeros(self.size, dtype=bool)
            chosen[rids] = True
            counts += np.bincount(self.overflow_label[chosen[self.overflow_rid]], minlength=pad)
        return self._buckets(counts)

    def _buckets(self, counts: np.ndarray) -> dict[str, list[FacetBucket]]:
        """Per field, the largest counts first, then by value; at most ``MAX_FACET_BUCKETS``.

        Every field at once: one sorted integer key per counted label (field, then larger count,
        then code: labels are sorted by value), so the cost is a few numpy passes, not a few per
        field.
        """
        cache = self._bucket_cache
        if len(cache) > 200_000:
            cache.clear()
        present = np.flatnonzero(counts)
        field = self.label_facet[present]
        present = present[field >= 0]
        field = field[field >= 0]
        found = counts[present].astype(np.int64)
        top = int(found.max()) if len(found) else 0
        span, labels = top + 1, len(self.labels)
        if len(self.field_codes) * span * labels >= 2**62:  # out of range for one int64 key
            return self._buckets_by_field(counts)
        key = (field * span + (top - found)) * labels + present
        key.sort()
        field = key // (span * labels)
        rank = np.arange(len(key)) - np.searchsorted(field, field)
        key = key[rank < MAX_FACET_BUCKETS]
        code, count = key % labels, top - (key // labels) % span
        bounds = np.searchsorted(key // (span * labels), np.arange(len(self.field_codes) + 1)).tolist()
        # Buckets are cached by (label code, count), packed in one integer.
        kept = [cache.get(k) or self._bucket(k) for k in ((code << 32) | count).tolist()]
        return {name: kept[bounds[i] : bounds[i + 1]] for i, name in enumerate(self.field_codes)}

    def _buckets_by_field(self, counts: np.ndarray) -> dict[str, list[FacetBucket]]:
        """``_buckets`` one field at a time (for counts too large for ``_buckets``' keys)."""
        facets: dict[str, list[FacetBucket]] = {}
        for name, (lo, hi) in self.field_codes.items():
            part = counts[lo:hi]
            present = np.flatnonzero(part)
            order = present[np.lexsort((present, -part[present]))][:MAX_FACET_BUCKETS]
            packed = (((order + lo) << 32) | part[order].astype(np.int64)).tolist()
            facets[name] = [self._bucket_cache.get(k) or self._bucket(k) for k in packed]
        return facets

    def _bucket(self, packed: int) -> FacetBucket:
        code, count = packed >> 32, packed & 0xFFFFFFFF
        made = self._bucket_cache[packed] = FacetBucket.model_construct(
            value=self.labels[code][1], count=count
        )
        return made
