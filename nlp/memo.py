"""Per-word memo tables read column-wise: look every word up at once, compute only the misses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def fill_missing(values: list[V | None], keys: Sequence[K], make: Callable[[K], V]) -> list[V]:
    """Replace each ``None`` in ``values`` by ``make(keys[k])``, in order, and return ``values``.

    ``values`` is usually ``list(map(memo.get, keys))``. The misses are found with ``list.index``
    (a C-level scan), so a text with a few new words does not pay a Python-level loop over all of
    its words; ``make`` is called once per miss, first to last, as a loop over every word would.
    """
    k = -1
    index = values.index
    try:
        while True:
            k = index(None, k + 1)
            values[k] = make(keys[k])
    except ValueError:  # no more misses
        pass
    return values  # type: ignore[return-value]


class Memo(dict[K, V], Generic[K, V]):
    """A memo table that fills itself: ``memo[key]`` computes ``make(key)`` for a key it does not
    hold (and keeps it, emptying the table first when it holds ``limit`` entries).

    ``list(map(memo.__getitem__, keys))`` then looks every key up at C speed and calls ``make`` once
    per new key, first to last, with no second pass over the values to find the misses (what
    :func:`fill_missing` needs); ``memo.get(key)`` still answers ``None`` for a key not held.
    ``make`` must be a pure function of the key (the table is only a cache).
    """

    __slots__ = ("make", "limit")

    def __init__(self, make: Callable[[K], V], limit: int = 200_000) -> None:
        super().__init__()
        self.make = make
        self.limit = limit

    def __missing__(self, key: K) -> V:
        value = self.make(key)
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value
