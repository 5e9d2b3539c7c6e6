"""Plain text and Markdown in the seed's format: an optional first line
`date YYYY-MM-DD [section]` (leading spaces allowed), then the article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from extract.document import is_caption, is_headline_like

from ..articles import NewArticle
from .source import Bad, Source

HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*?))?[ \t]*\r?$", re.IGNORECASE)


def split_header(raw: str) -> tuple[str | None, str | None, str]:
    """(published, section, text): the header line is metadata, not article text."""
    first, sep, rest = raw.partition("\n")
    m = HEADER.match(first)
    if not m:
        return None, None, raw
    return m.group(1), (m.group(2) or None), rest


def headline(text: str, published: str | None = None) -> str | None:
    """The first short line without a final full stop that is not a photo caption."""
    day = _as_date(published)
    for line in text.split("\n", 12)[:8]:
        line = line.strip()
        if not line or is_caption(line, day):
            continue
        if is_headline_like(line):
            return line.lstrip("#").strip() or None
    return None


def parse_plain(raw: str, origin: str) -> NewArticle:
    published, section, text = split_header(raw)
    if published is not None and _as_date(published) is None:
        # "date 2024-02-30" is a typo in the header, not a date; keep the report.
        published = None
    return NewArticle(text=text, title=headline(text, published), published=published,
                      section=section, origin=origin)


def load(src: Source) -> Iterator[NewArticle | Bad]:
    raw = src.read_text()
    article = parse_plain(raw, str(src.path))
    first = raw.partition("\n")[0]
    m = HEADER.match(first)
    if m and article.published is None:
        src.warn(f"date line {m.group(1)!r} is not a real day; published left empty", 1)
    if not article.text.strip():
        yield Bad("nothing after the date line")
        return
    yield article


def _as_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
