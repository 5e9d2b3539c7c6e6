"""Turning one record (a JSON object, a CSV row, a feed entry) into an article.

JSON, JSON Lines and CSV share the field names: text (required), title, published, source,
url, section. Common spellings from other tools are accepted too, so an export from a
scraper or a spreadsheet loads without renaming columns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..articles import NewArticle
from .dates import BadDate, normalise_date
from .source import MAX_FILE_BYTES
from .text import headline

ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "story"),
    "title": ("title", "headline", "heading"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate",
                  "date_published", "datepublished", "published_date", "time", "datetime"),
    "source": ("source", "outlet", "publisher", "site", "source_name"),
    "url": ("url", "link", "href", "source_url"),
    "section": ("section", "category"),
}


class BadRecord(ValueError):
    """This record cannot be stored; the message says why."""


def describe(value: object) -> str:
    """What a JSON value is, in words that fit "item 3 is ...": "a number", "a list"."""
    return {str: "a string", int: "a number", float: "a number", bool: "a true/false value",
            list: "a list", dict: "an object", type(None): "null"}.get(type(value), "a value")


# The json module's messages, in words for someone who wrote the file rather than the
# parser; they end in "at" because json adds the position after them.
_JSON_PROBLEMS = (
    ("Expecting value", "a value is missing or not valid JSON"),
    ("Expecting property name enclosed in double quotes", "expected a key in double quotes"),
    ("Expecting ':' delimiter", "expected ':' after a key"),
    ("Expecting ',' delimiter", "expected ',' between two items"),
    ("Unterminated string starting at", "a string that is never closed (no closing quote)"),
    ("Invalid \\uXXXX escape", "a \\u escape that is not four hex digits"),
    ("Invalid \\escape", "a backslash that does not start a valid escape"),
    ("Extra data", "more text after the end of the JSON value"),
)


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong at exc's position, in plain words (the caller says where)."""
    if exc.msg.startswith("Invalid control character"):
        char = exc.doc[exc.pos:exc.pos + 1]
        if char == "\n":
            # Most often a string whose closing quote is missing.
            return ("a string not closed before the end of the line (a line break in a "
                    "string is written \\n)")
        if char == "\t":
            return "a tab inside a string (write it as \\t)"
        return f"a control character ({char!r}) inside a string"
    for start, words in _JSON_PROBLEMS:
        if exc.msg.startswith(start):
            return words
    msg = exc.msg.removesuffix(" at").strip()
    return msg[:1].lower() + msg[1:]


def field_for(keys: Mapping[str, str], name: str) -> str | None:
    """The record's own key for one of our field names, given {lowercased: original}."""
    for alias in ALIASES[name]:
        if alias in keys:
            return keys[alias]
    return None


def key_map(keys: Any) -> dict[str, str]:
    # Column headers come with stray spaces, BOMs and capitals.
    out: dict[str, str] = {}
    for key in keys:
        if isinstance(key, str):
            out.setdefault(key.strip().lstrip("\ufeff").strip().lower(), key)
    return out


def to_article(
    record: Mapping[str, Any], origin: str, warnings: list[str], keys: dict[str, str] | None = None
) -> NewArticle:
    """The article in `record`; raises BadRecord. A date that cannot be read is kept as
    None and noted in `warnings` rather than losing the report."""
    keys = keys if keys is not None else key_map(record.keys())
    text_key = field_for(keys, "text")
    if text_key is None:
        raise BadRecord("no text field")
    text = record.get(text_key)
    if text is None or (isinstance(text, str) and not text.strip()):
        raise BadRecord(f"empty {text_key!r} field")
    if not isinstance(text, str):
        raise BadRecord(f"{text_key!r} is {describe(text)}, not text")
    if len(text) > MAX_FILE_BYTES:
        raise BadRecord(f"{text_key!r} is over the {MAX_FILE_BYTES // (1024 * 1024)} MB limit")
    text = text.replace("\r\n", "\n")
    values: dict[str, str | None] = {}
    for name in ("title", "source", "url", "section"):
        key = field_for(keys, name)
        values[name] = _scalar(record.get(key)) if key is not None else None
    published = None
    date_key = field_for(keys, "published")
    if date_key is not None:
        try:
            published = normalise_date(record.get(date_key))
        except BadDate as exc:
            warnings.append(f"{exc}; published left empty")
    if values["title"] is None:
        # Scraper exports often carry the headline as the text's first line.
        values["title"] = _headline(text, published)
    return NewArticle(text=text, published=published, origin=origin, **values)


def _headline(text: str, published: str | None) -> str | None:
    title = headline(text, published)
    return title if title and len(title) < len(text.strip()) else None


def _scalar(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    value = str(value).strip()
    return value or None
