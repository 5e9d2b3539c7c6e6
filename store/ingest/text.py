"""Plain text and Markdown in the seed's format: an optional first line
`date YYYY-MM-DD [section]` (leading spaces allowed), then the article."""

from __future__ import annotations

import re

from extract.document import is_caption, is_headline_like

from ..articles import NewArticle

HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*?))?[ \t]*\r?$", re.IGNORECASE)


def split_header(raw: str) -> tuple[str | None, str | None, str]:
    """(published, section, text): the header line is metadata, not article text."""
    first, sep, rest = raw.partition("\n")
    m = HEADER.match(first)
    if not m:
        return None, None, raw
    return m.group(1), (m.group(2) or None), rest


def headline(text: str) -> str | None:
    """The first short line without a final full stop that is not a photo caption."""
    for line in text.split("\n")[:8]:
        line = line.strip()
        if not line or is_caption(line, None):
            continue
        if is_headline_like(line):
            return line.lstrip("#").strip()
    return None


def parse_plain(raw: str, origin: str) -> NewArticle:
    published, section, text = split_header(raw)
    return NewArticle(text=text, title=headline(text), published=published, section=section,
                      origin=origin)
