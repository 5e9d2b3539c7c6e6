"""Publication dates as sources write them, normalised to ISO."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from store.ingest.dates import BadDate, normalise_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-20", "2024-01-20"),
        ("2024-01-20T10:00:00Z", "2024-01-20"),
        # The source's own calendar day, not UTC's.
        ("2024-01-20T23:30:00-05:00", "2024-01-20"),
        ("2024-01-20 08:00", "2024-01-20"),
        ("20240120", "2024-01-20"),
        ("Sat, 20 Jan 2024 10:00:00 GMT", "2024-01-20"),
        ("Sat, 20 Jan 2024 23:59:00 -0800", "2024-01-20"),
        ("20 January 2024", "2024-01-20"),
        ("20th January 2024", "2024-01-20"),
        ("January 20, 2024", "2024-01-20"),
        ("Jan. 20, 2024", "2024-01-20"),
        ("Saturday, 20 January 2024", "2024-01-20"),
        ("2024/01/20", "2024-01-20"),
        ("Jan 20, 2024 10:00 AM EST", "2024-01-20"),
        ("20.01.2024", "2024-01-20"),
        (1705744800, "2024-01-20"),
        (1705744800000, "2024-01-20"),
        ("1705744800", "2024-01-20"),
        (date(2024, 1, 20), "2024-01-20"),
        (datetime(2024, 1, 20, 10), "2024-01-20"),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_dates(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "soon", "January 20", "2024-02-30", "12", True, 5, "not a date 2024"])
def test_unreadable_dates_raise(value):
    with pytest.raises(BadDate):
        normalise_date(value)
