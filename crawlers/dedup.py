"""Near-duplicate clustering across sources: MinHash LSH (datasketch) over normalised word shingles."""

from __future__ import annotations

import re

from lantoa.schema import Article
from lantoa.text import fold_normalized

NUM_PERM = 128
SHINGLE = 3
#: Jaccard similarity of word-trigram sets at or above which two articles are copies. Rewritten
#: syndicated copies in the fixtures score 0.36-0.85; unrelated stories on the same topics at most 0.12.
THRESHOLD = 0.3
#: LSH candidate threshold (lower, for recall); candidates are then checked with the exact Jaccard.
LSH_THRESHOLD = 0.2
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(article: Article, size: int = SHINGLE) -> set[str]:
    """Word n-grams of the folded title, sapo and body."""
    words = _WORD.findall(fold_normalized(f"{article.title}\n{article.sapo}\n{article.body}"))
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _order_key(article: Article) -> tuple[int, str, str]:
    published = article.published_at.isoformat() if article.published_at else ""
    # Articles without a date sort after dated ones; ties broken by crawl time, then id.
    crawled = article.crawled_at.isoformat() if article.crawled_at else ""
    return (0 if published else 1, published or crawled, article.id)


def assign_clusters(articles: list[Article], threshold: float = THRESHOLD) -> list[Article]:
    """Copies of ``articles`` with ``cluster_id`` and ``first_in_cluster`` set.

    Articles whose shingle sets are near-duplicates (syndicated or lightly edited copies, across
    sources) share a cluster; ``cluster_id`` is ``"c"`` + the id of the earliest-published copy,
    which alone has ``first_in_cluster=True``. Unique articles form a cluster of one.
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=min(LSH_THRESHOLD, threshold), num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    sets: dict[str, set[str]] = {}
    by_id = {a.id: a for a in articles}
    for article in by_id.values():
        mh = MinHash(num_perm=NUM_PERM, seed=7)
        sets[article.id] = shingles(article)
        mh.update_batch([sh.encode("utf-8") for sh in sets[article.id]])
        hashes[article.id] = mh
        lsh.insert(article.id, mh)
    parent = {aid: aid for aid in by_id}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for aid, mh in hashes.items():
        for other in lsh.query(mh):
            if other != aid and _jaccard(sets[aid], sets[other]) >= threshold:
                parent[find(aid)] = find(other)
    groups: dict[str, list[Article]] = {}
    for aid, article in by_id.items():
        groups.setdefault(find(aid), []).append(article)
    result: dict[str, Article] = {}
    for members in groups.values():
        first = min(members, key=_order_key)
        for member in members:
            result[member.id] = member.model_copy(
                update={"cluster_id": "c" + first.id, "first_in_cluster": member.id == first.id}
            )
    return [result[a.id] for a in articles if a.id in result]
