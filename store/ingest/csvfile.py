"""CSV (and tab-separated) files: a header row with a text column; title, published,
source, url and section columns are optional."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator

from ..articles import NewArticle
from .records import ALIASES, BadRecord, field_for, key_map, to_article
from .source import Bad, Rejected, Source

# Article bodies are long; the csv module's default field limit (128 KB) is not enough.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def load(src: Source) -> Iterator[NewArticle | Bad]:
    delimiter = "\t" if src.path.suffix.lower() == ".tsv" else ","
    origin = str(src.path)
    lines = src.lines()
    numbered = _Numbered(lines)
    reader = csv.reader(numbered, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise Rejected(f"not readable as CSV ({exc})") from None
    if header is None or not any(h.strip() for h in header):
        raise Rejected("empty file (no header row)")
    if delimiter == "," and len(header) == 1 and header[0].count(";") >= 1:
        raise Rejected("the header has no commas but has semicolons; save the file as "
                       "comma-separated CSV")
    keys = key_map(header)
    if field_for(keys, "text") is None:
        names = ", ".join(repr(h) for h in header[:8])
        raise Rejected(f"no text column (columns: {names}; expected one named "
                       f"{' or '.join(repr(a) for a in ALIASES['text'][:3])})")
    index = {name: i for i, name in enumerate(header)}
    width = len(header)
    while True:
        start = numbered.number + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Bad(f"malformed CSV row ({exc})", start)
            continue
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) > width:
            yield Bad(f"{len(row)} cells but the header has {width}", start)
            continue
        record = {name: row[i] for name, i in index.items() if i < len(row)}
        warnings: list[str] = []
        try:
            article = to_article(record, f"{origin}:{start}", warnings, keys)
        except BadRecord as exc:
            yield Bad(str(exc), start)
            continue
        for w in warnings:
            src.warn(w, start)
        yield article


class _Numbered:
    """Feeds decoded lines to csv.reader and remembers the file line number reached, so
    a row spanning several lines is reported by the line it starts on."""

    def __init__(self, lines: Iterator[tuple[int, str]]):
        self._lines = lines
        self.number = 0

    def __iter__(self) -> _Numbered:
        return self

    def __next__(self) -> str:
        self.number, line = next(self._lines)
        return line
