"""Per-word memo tables read column-wise: look every word up at once, compute only the misses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

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
