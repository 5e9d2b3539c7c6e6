"""csv: one fact per row, with its article's columns.

Any text cell a spreadsheet would run as a formula is neutralised with a leading
apostrophe (the OWASP advice for CSV injection): an article title is whatever a web
page said, and "=HYPERLINK(...)" must open as text. Numbers stay numbers.
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from .reader import ArticleFacts
from .records import FACT_FIELDS

ARTICLE_COLUMNS = ("article_id", "title", "source", "url", "published", "article_status")
FACT_COLUMNS = tuple("fact_id" if name == "id" else name for name in FACT_FIELDS)
COLUMNS = ARTICLE_COLUMNS + FACT_COLUMNS
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The cell as written: text that starts like a formula gets a leading apostrophe;
    numbers and booleans are left as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


class CsvWriter:
    records_rejections = False
    columns = COLUMNS

    def __init__(self, out: TextIO):
        # The csv module's default dialect: RFC 4180 quoting, CRLF row ends.
        self.writer = csv.writer(out)
        self.writer.writerow(self.columns)

    def write(self, item: ArticleFacts) -> tuple[int, int]:
        art = item.article
        head = [art["id"], art.get("title"), art.get("source"), art.get("url"),
                art.get("published"), art.get("status")]
        for fact in item.facts:
            row = head + [fact.get(name) for name in FACT_FIELDS]
            self.writer.writerow([safe_cell(v) for v in row])
        return len(item.facts), len(item.facts)

    def close(self) -> None:
        pass
