"""A numpy inverted index of the embedded store's text, to match and score without FTS5.

FTS5's bm25 reads every posting (with positions) of every query word, then scores every
match; on a 100 000-article store a common word costs 10-40 ms before any filter applies.
This index holds, per word, the sorted rowids of the articles that contain it and the word's
weighted frequency in each (title x8, sapo x3, body x1: the store's bm25 column weights), once
for the words as written and once for their diacritic-folded form. A search then:

* matches with numpy set operations on the folded postings (exactly the articles the folded
  FTS5 columns match, as both split text into the same words);
* applies the filter mask to the candidates *before* scoring;
* scores the candidates with FTS5's own bm25 formula (same IDF, same k1/b, same per-row length
  over the six indexed columns), vectorised.

FTS5 remains for what needs word positions: quoted phrases and the phrase boost.

The index belongs to one write generation. It is built from the stored documents in a full
pass (~0.22 ms of CPU per article: 22 s at 100 000 articles, 229 s at 1 000 000, with ~110 MB of
its own memory at any size, the chunks and results being files), kept in memory for small stores,
and for larger ones written beside the database (``<db>-terms/g<generation>/*.npy``, ~1.4 KB per
article) and memory-mapped, so that every worker process of the API shares one copy of the pages
and only one process builds it. Every write starts a new generation, hence a full rebuild; until
it is ready the store searches with FTS5. (Building only the new and changed articles as an extra
segment would make that incremental.)
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from lantoa.text import fold

logger = logging.getLogger(__name__)

#: The words FTS5's ``unicode61`` tokenizer keeps: runs of letters and digits (lower-cased).
TOKEN = re.compile(r"[^\W_]+")
#: bm25 parameters of FTS5.
K1 = 1.2
B = 0.75
#: Column weights of the original text (title, sapo, body); the folded copies weigh half.
WEIGHTS = (8.0, 3.0, 1.0)
FOLDED_FACTOR = 0.5
INDEX_FORMAT = 1
#: Articles per build chunk (bounds the memory of a build).
CHUNK = 20_000
_FILES = ("doclen", "o_off", "o_rid", "o_w", "f_off", "f_rid", "f_w")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


@dataclass
class Postings:
    """Sorted rowids of the articles holding a term, with its weighted frequency in each."""

    rids: np.ndarray
    weights: np.ndarray

    @classmethod
    def empty(cls) -> Postings:
        return cls(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32))


class _Side:
    """One vocabulary (original or folded words) and its postings in CSR form."""

    def __init__(self, terms: list[str], offsets: np.ndarray, rids: np.ndarray, weights: np.ndarray) -> None:
        self.terms = terms
        self.ids = {term: k for k, term in enumerate(terms)}
        self.offsets = offsets
        self.rids = rids
        self.weights = weights

    def get(self, term: str) -> Postings:
        k = self.ids.get(term)
        if k is None:
            return Postings.empty()
        lo, hi = int(self.offsets[k]), int(self.offsets[k + 1])
        return Postings(self.rids[lo:hi], self.weights[lo:hi])

    @property
    def nbytes(self) -> int:
        return int(self.offsets.nbytes + self.rids.nbytes + self.weights.nbytes)


class TermIndex:
    """The postings of one write generation (see the module docstring)."""

    def __init__(
        self,
        generation: int,
        count: int,
        doclen: np.ndarray,
        original: _Side,
        folded: _Side,
        *,
        fingerprint: str = "",
        path: Path | None = None,
    ) -> None:
        self.generation = generation
        #: Which database content this is (see :func:`fingerprint`): a restored backup may reuse
        #: a generation number, and must not be searched with another content's index.
        self.fingerprint = fingerprint
        self.count = count
        self.doclen = doclen
        self.avgdl = float(doclen.sum()) / count if count else 1.0
        self.original = original
        self.folded = folded
        self.path = path

    @property
    def nbytes(self) -> int:
        return int(self.doclen.nbytes + self.original.nbytes + self.folded.nbytes)

    def idf(self, hits: int) -> float:
        """FTS5's bm25 IDF of a phrase found in ``hits`` rows (floored at 1e-6 as FTS5 does)."""
        value = float(np.log((self.count - hits + 0.5) / (hits + 0.5)))
        return value if value > 0 else 1e-6

    def norm(self, rids: np.ndarray) -> np.ndarray:
        """``k1 * (1 - b + b * D / avgdl)`` of each article ``rids``."""
        return K1 * (1.0 - B + B * self.doclen[rids].astype(np.float64) / self.avgdl)

    # -- persistence ---------------------------------------------------------------------------
    def save(self, directory: Path) -> Path:
        """Write under ``directory/g<generation>`` (atomically); returns the final path."""
        final = directory / f"g{self.generation}"
        if final.exists():
            if TermIndex.load(directory, self.generation, self.fingerprint) is not None:
                return final
            shutil.rmtree(final, ignore_errors=True)  # another content's index (a restored backup)
        directory.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=directory))
        try:
            arrays = {
                "doclen": self.doclen,
                "o_off": self.original.offsets,
                "o_rid": self.original.rids,
                "o_w": self.original.weights,
                "f_off": self.folded.offsets,
                "f_rid": self.folded.rids,
                "f_w": self.folded.weights,
            }
            for name, values in arrays.items():
                np.save(tmp / f"{name}.npy", np.ascontiguousarray(values))
            (tmp / "o_terms.txt").write_text("\n".join(self.original.terms), encoding="utf-8")
            (tmp / "f_terms.txt").write_text("\n".join(self.folded.terms), encoding="utf-8")
            meta = {
                "format": INDEX_FORMAT,
                "generation": self.generation,
                "count": self.count,
                "fingerprint": self.fingerprint,
            }
            (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
            os.rename(tmp, final)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            if not final.exists():
                raise
        for old in directory.glob("g*"):
            if old != final and old.name[1:].isdigit() and int(old.name[1:]) < self.generation:
                shutil.rmtree(old, ignore_errors=True)  # mapped pages stay valid in other processes
        return final

    @classmethod
    def load(cls, directory: Path, generation: int, fingerprint: str) -> TermIndex | None:
        """The index of ``generation`` and ``fingerprint`` saved under ``directory`` (memory-mapped)."""
        path = directory / f"g{generation}"
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
            if (
                meta.get("format") != INDEX_FORMAT
                or meta.get("generation") != generation
                or meta.get("fingerprint") != fingerprint
            ):
                return None
            # Plain ndarray views of the mapped files: every operation on an ``np.memmap``
            # subclass instance costs extra (~1 ms per search in all).
            a = {name: np.asarray(np.load(path / f"{name}.npy", mmap_mode="r")) for name in _FILES}
            original = _Side(_read_terms(path / "o_terms.txt"), a["o_off"], a["o_rid"], a["o_w"])
            folded = _Side(_read_terms(path / "f_terms.txt"), a["f_off"], a["f_rid"], a["f_w"])
        except (OSError, ValueError, KeyError) as exc:
            if not isinstance(exc, FileNotFoundError):
                logger.warning("Ignoring the unreadable search index %s: %s", path, exc)
            return None
        return cls(
            generation, int(meta["count"]), a["doclen"], original, folded, fingerprint=fingerprint, path=path
        )


def _read_terms(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text.split("\n") if text else []


@contextlib.contextmanager
def build_lock(directory: Path, *, wait: bool = False) -> Iterator[bool]:
    """An exclusive lock on ``directory`` across processes: yields whether it was taken
    (``wait``: block until it is)."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / "build.lock", "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def fingerprint(conn: sqlite3.Connection) -> str:
    """Articles, largest rowid and the sum of whole publication seconds: which content this is."""
    count, top, seconds = conn.execute(
        "SELECT COUNT(*), COALESCE(MAX(rid), 0), COALESCE(SUM(CAST(published_ts AS INTEGER)), 0) FROM articles"
    ).fetchone()
    return f"{count}:{top}:{seconds}"


Chunk = tuple[np.ndarray, np.ndarray, np.ndarray]


class _Scratch:
    """Where a build keeps its chunks and final arrays: memory, or files under a directory
    (memory-mapped: a large build then needs little memory of its own)."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._n = 0

    def array(self, n: int, dtype: type) -> np.ndarray:
        if self.directory is None:
            return np.empty(n, dtype=dtype)
        self._n += 1
        path = self.directory / f"a{self._n}.npy"
        return np.asarray(np.lib.format.open_memmap(path, mode="w+", dtype=dtype, shape=(n,)))

    def keep(self, chunk: Chunk) -> Chunk:
        if self.directory is None:
            return chunk
        kept = []
        for values in chunk:
            self._n += 1
            path = self.directory / f"c{self._n}.npy"
            np.save(path, values)
            kept.append(np.asarray(np.load(path, mmap_mode="r")))
        return kept[0], kept[1], kept[2]


def _chunk(rids: array, terms: array, weights: array) -> Chunk:
    """One chunk's postings sorted by (term, rowid) (rowids arrive in ascending order)."""
    t = np.frombuffer(terms, dtype=np.int32)
    order = np.argsort(t, kind="stable")
    return (
        t[order],
        np.frombuffer(rids, dtype=np.int32)[order],
        np.frombuffer(weights, dtype=np.float32)[order],
    )


def _fold_chunk(chunk: Chunk, to_folded: np.ndarray, size: int) -> Chunk:
    """A chunk's postings under folded term ids, the weights of words that fold alike summed."""
    terms, rids, weights = chunk
    if not len(terms):
        return chunk
    key = to_folded[terms].astype(np.int64) * size + rids
    order = np.argsort(key, kind="stable")
    key = key[order]
    starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
    summed = np.add.reduceat(weights[order].astype(np.float64), starts).astype(np.float32)
    key = key[starts]
    return (key // size).astype(np.int32), (key % size).astype(np.int32), summed


def _merge(
    chunks: list[Chunk], vocabulary: int, scratch: _Scratch
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Concatenate the chunks' postings term by term (chunks in rowid order): CSR arrays."""
    counts = [np.bincount(c[0], minlength=vocabulary) for c in chunks]
    offsets = np.zeros(vocabulary + 1, dtype=np.int64)
    np.cumsum(np.sum(counts, axis=0) if counts else np.zeros(vocabulary, dtype=np.int64), out=offsets[1:])
    rids = scratch.array(int(offsets[-1]), np.int32)
    weights = scratch.array(int(offsets[-1]), np.float32)
    base = offsets[:-1].copy()
    for (terms, chunk_rids, chunk_weights), n in zip(chunks, counts, strict=True):
        start = np.zeros(vocabulary + 1, dtype=np.int64)
        np.cumsum(n, out=start[1:])
        dest = base[terms] + (np.arange(len(terms)) - start[terms])
        rids[dest] = chunk_rids
        weights[dest] = chunk_weights
        base += n
    return offsets, rids, weights


def build(conn: sqlite3.Connection, generation: int, scratch_dir: Path | None = None) -> TermIndex:
    """Build the index of every stored document (inside the caller's read snapshot).

    With ``scratch_dir`` the chunks and the result live in files there (memory-mapped), so
    the build's own memory stays small at any size; the caller saves, then deletes it.
    """
    started = time.perf_counter()
    scratch = _Scratch(scratch_dir)
    row = conn.execute("SELECT COALESCE(MAX(rid), 0), COUNT(*) FROM docs").fetchone()
    size, count = int(row[0]) + 1, int(row[1])
    doclen = np.zeros(size, dtype=np.float32)
    vocab: dict[str, int] = {}
    chunks: list[Chunk] = []
    rids_a, terms_a, weights_a = array("i"), array("i"), array("f")
    w_title, w_sapo, _ = WEIGHTS
    done = 0
    for rid, blob in conn.execute("SELECT rid, doc FROM docs ORDER BY rid"):
        doc = json.loads(zlib.decompress(blob) if isinstance(blob, bytes) else blob)
        title, sapo, body = (
            tokens(doc.get("title") or ""),
            tokens(doc.get("sapo") or ""),
            tokens(doc.get("body") or ""),
        )
        doclen[rid] = 2 * (len(title) + len(sapo) + len(body))  # the folded columns repeat the words
        counts: dict[str, float] = dict(Counter(body))  # body words weigh 1
        for words, weight in ((title, w_title), (sapo, w_sapo)):
            for word in words:
                counts[word] = counts.get(word, 0.0) + weight
        for word, weight in counts.items():
            k = vocab.get(word)
            if k is None:
                k = vocab[word] = len(vocab)
            terms_a.append(k)
            weights_a.append(weight)
        rids_a.extend([rid] * len(counts))
        done += 1
        if done % CHUNK == 0:
            chunks.append(scratch.keep(_chunk(rids_a, terms_a, weights_a)))
            rids_a, terms_a, weights_a = array("i"), array("i"), array("f")
    chunks.append(scratch.keep(_chunk(rids_a, terms_a, weights_a)))
    terms = sorted(vocab, key=vocab.__getitem__)
    folded_terms = sorted({fold(t) for t in terms})
    folded_ids = {t: k for k, t in enumerate(folded_terms)}
    to_folded = np.array([folded_ids[fold(t)] for t in terms], dtype=np.int32)
    folded_chunks = [scratch.keep(_fold_chunk(c, to_folded, size)) for c in chunks]
    o_off, o_rid, o_w = _merge(chunks, len(terms), scratch)
    f_off, f_rid, f_w = _merge(folded_chunks, len(folded_terms), scratch)
    index = TermIndex(
        generation,
        count,
        doclen,
        _Side(terms, o_off, o_rid, o_w),
        _Side(folded_terms, f_off, f_rid, f_w),
        fingerprint=fingerprint(conn),
    )
    logger.info(
        "Built the search index of generation %d (%d articles, %d words, %.0f MB) in %.1f s",
        generation,
        count,
        len(terms),
        index.nbytes / 1e6,
        time.perf_counter() - started,
    )
    return index
