"""Publication dates as ISO YYYY-MM-DD, from whatever a source gives.

The date is the one the source wrote (its local calendar day): "2024-01-20T23:30:00-05:00"
is 2024-01-20, not converted to UTC, because that is the day the report says "Saturday"
against. Cheap exact parsers go first; dateparser runs only on one field's value, and only
when that value names a year (it would otherwise turn "yesterday" into today's date).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s_]|Z)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
_YEAR = re.compile(r"(?<!\d)(1[89]\d{2}|2\d{3})(?!\d)")
_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
            "%Y/%m/%d", "%d %B, %Y", "%A, %d %B %Y", "%A %d %B %Y", "%A, %B %d, %Y")
# Epoch timestamps between 1990 and 2100, in seconds or milliseconds.
_EPOCH_S = (631152000, 4102444800)


class BadDate(ValueError):
    """The value is not a date factdesk can read; the message quotes it."""


def normalise_date(value: object) -> str | None:
    """ISO date or None for no value; raises BadDate for a value that is not a date."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise BadDate(f"unreadable date {value!r}")
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    text = str(value).strip()
    if not text:
        return None
    if text.isdigit() and len(text) >= 9:
        return _from_epoch(float(text))
    for pattern in (_ISO, _COMPACT):
        m = pattern.match(text)
        if m:
            return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    cleaned = re.sub(r"\s+", " ", cleaned.replace(".", "") if "," in cleaned else cleaned)
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    if not _YEAR.search(text):
        raise BadDate(f"unreadable date {_short(text)} (no year)")
    return _dateparser(text)


def _dateparser(text: str) -> str:
    import dateparser  # slow to import; most sources never need it

    try:
        parsed = dateparser.parse(
            text, settings={"REQUIRE_PARTS": ["day", "month", "year"],
                            "RETURN_AS_TIMEZONE_AWARE": False}
        )
    except Exception:  # dateparser raises assorted errors on odd input
        parsed = None
    if parsed is None:
        raise BadDate(f"unreadable date {_short(text)}")
    return parsed.date().isoformat()


def _from_epoch(seconds: float) -> str:
    if seconds > _EPOCH_S[1]:
        seconds /= 1000
    if not _EPOCH_S[0] <= seconds <= _EPOCH_S[1]:
        raise BadDate(f"unreadable date {seconds!r} (not a plausible timestamp)")
    return datetime.fromtimestamp(seconds, UTC).date().isoformat()


def _checked(y: int, m: int, d: int, text: str) -> str:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        raise BadDate(f"unreadable date {_short(text)} (no such day)") from None


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")
