"""Whole-column work done in slices, so that a file loading in the background never holds the window still.

Python runs one thread at a time. A thread running Python code gives way to another every few
milliseconds, but a single call into C (a sort, ``itemgetter`` over a million rows, a set
check) holds the interpreter until it returns: at a million events each took 100–250 ms, and
the window, waiting for its turn, could not paint or answer for that long. Here the same C
calls are made over slices of :data:`SLICE` rows, with a turn of the Python loop between two,
where the window gets its turn. The results are exactly those of the single calls.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from operator import itemgetter
from typing import TypeVar

T = TypeVar("T")

SLICE = 32_768
"""Rows per C call: a few milliseconds of work, about the interpreter's switch interval (5 ms)."""


def in_slices(items: Iterable[T], size: int | None = None) -> Iterator[list[T]]:
    """``items`` as consecutive lists of at most ``size`` (:data:`SLICE`)."""
    size = size or SLICE
    if isinstance(items, list):
        for start in range(0, len(items), size):
            yield items[start : start + size]
        return
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def taker(order: Sequence[int]) -> Callable[[Sequence[T]], tuple[T, ...]]:
    """A function that takes the items of a sequence in ``order``, all in C (``itemgetter``)."""
    if len(order) >= 2:
        getter: Callable[[Sequence[T]], tuple[T, ...]] = itemgetter(*order)  # a tuple for two or more
        return getter
    return lambda values: tuple(values[i] for i in order)


def take(order: Sequence[int], values: Sequence[T]) -> list[T]:
    """``[values[i] for i in order]``, taken in C a slice at a time."""
    taken: list[T] = []
    for start in range(0, len(order), SLICE):
        taken.extend(taker(order[start : start + SLICE])(values))
    return taken


def stable_order(keys: Sequence[float]) -> list[int]:
    """The positions of ``keys`` sorted by key, equal keys in their original order: ``sorted(range(n), key=keys...)``.

    Each slice is sorted on its own; a sample of the keys then cuts the whole range of keys
    into about as many buckets as there are slices, and each bucket is sorted from its
    pieces of every slice (already in order, which Python's sort merges quickly). Pieces
    are joined in the slices' order, so equal keys keep their original order.
    """
    count = len(keys)
    key = keys.__getitem__
    if count <= SLICE:
        return sorted(range(count), key=key)
    runs = [sorted(range(start, min(start + SLICE, count)), key=key) for start in range(0, count, SLICE)]
    run_keys = [list(map(key, run)) for run in runs]
    step = 64
    sample = sorted(k for keys_of_run in run_keys for k in keys_of_run[::step])
    per_bucket = max(1, SLICE // step)
    bounds = sorted(set(sample[per_bucket::per_bucket]))
    cuts = [[0, *(bisect_left(keys_of_run, bound) for bound in bounds), len(keys_of_run)] for keys_of_run in run_keys]
    order: list[int] = []
    for bucket in range(len(bounds) + 1):
        pieces: list[int] = []
        for run, cut in zip(runs, cuts, strict=True):
            pieces.extend(run[cut[bucket] : cut[bucket + 1]])
        order.extend(sorted(pieces, key=key))
    return order
