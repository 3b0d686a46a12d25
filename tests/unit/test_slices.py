"""Work done in slices (so a loading file leaves the window its turns) gives exactly what the single calls give."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.domain import slices
from timeline_app.domain.slices import in_slices, stable_order, take

# Few distinct keys: many ties, the case where a sort that is not stable shows it.
KEYS = st.lists(st.sampled_from([0.0, 1.0, 1.5, 2.0, -3.0, 7.25, 1e9]) | st.floats(-1e6, 1e6), max_size=300)


@pytest.fixture(autouse=True)
def tiny_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    # Slices of 8 rows: a few hundred keys make dozens of slices and buckets, as a million rows do.
    monkeypatch.setattr(slices, "SLICE", 8)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(KEYS)
def test_stable_order_is_the_stable_sort_of_the_keys(keys: list[float]) -> None:
    assert stable_order(keys) == sorted(range(len(keys)), key=keys.__getitem__)


def test_stable_order_keeps_equal_keys_in_their_original_order_across_slices() -> None:
    keys = [5.0, 1.0] * 40 + [3.0] * 20  # every slice holds both keys; the 3.0s come last in the input
    order = stable_order(keys)
    assert order == [*range(1, 80, 2), *range(80, 100), *range(0, 80, 2)]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.integers(0, 49), max_size=120))
def test_take_takes_in_order_however_many(order: list[int]) -> None:
    values = [f"v{i}" for i in range(50)]
    assert take(order, values) == [values[i] for i in order]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.integers(), max_size=100))
def test_in_slices_covers_every_item_once_in_order_in_small_lists(items: list[int]) -> None:
    for chunks in (list(in_slices(items)), list(in_slices(iter(items)))):
        assert [item for chunk in chunks for item in chunk] == items
        assert all(0 < len(chunk) <= 8 for chunk in chunks)
