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
    # strict: a quote that never closes is an error at the end of the file rather than
    # a last cell holding the rest of it, and one closed by a later quote with text
    # after it (the next row's opening quote) is an error there, not rows run together.
    reader = csv.reader(numbered, delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        if numbered.ended or numbered.number > 1:
            raise Rejected("unterminated quote starting on line 1 (the header row); "
                           "nothing was read") from None
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
            yield Bad(_row_problem(exc, start, numbered.number, numbered.ended), start)
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


def _row_problem(exc: csv.Error, start: int, last: int, ended: bool) -> str:
    lines = f"lines {start}-{last} were" if last > start else f"line {start} was"
    if ended:
        # The reader asks past the last line only from inside a quoted cell.
        return (f"unterminated quote starting on line {start}: {lines} not read; "
                "close the quote and ingest the file again")
    if last > start:
        # A quoted cell ran on past its own line and was closed by a quote with text
        # after it: most often its closing quote is missing and the next row's opening
        # quote closed it. The reader resumes on the line after.
        return (f"unterminated quote starting on line {start}: it runs on to a quote on "
                f"line {last}, so {lines} not read; close the quote (a quote inside a "
                'quoted cell is written "") and ingest the file again')
    if "expected after" in str(exc):
        return ('malformed CSV row: a closing quote is followed by text, not by the '
                'separator (a quote inside a quoted cell is written "")')
    return f"malformed CSV row ({exc})"


class _Numbered:
    """Feeds decoded lines to csv.reader and remembers the file line number reached, so
    a row spanning several lines is reported by the line it starts on. `ended` is set
    once the reader has asked past the last line."""

    def __init__(self, lines: Iterator[tuple[int, str]]):
        self._lines = lines
        self.number = 0
        self.ended = False

    def __iter__(self) -> _Numbered:
        return self

    def __next__(self) -> str:
        try:
            self.number, line = next(self._lines)
        except StopIteration:
            self.ended = True
            raise
        return line
