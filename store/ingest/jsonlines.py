"""JSON Lines: one article object per line, read a line at a time. A broken line is
reported with its number and every other line still loads."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..articles import NewArticle
from .records import BadRecord, describe, json_problem, key_map, to_article
from .source import Bad, Rejected, Source


def load(src: Source, limit: int | None = None) -> Iterator[NewArticle | Bad]:
    origin = str(src.path)
    loads = json.loads
    any_line = False
    last_keys: tuple | None = None
    keys: dict[str, str] = {}
    for number, line in src.lines(limit):
        if not line.strip():
            continue
        any_line = True
        try:
            # Without its line ending: a string left open would otherwise be reported
            # as a line break inside it, not as the string that never closes.
            record = loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield Bad(f"malformed JSON at column {exc.colno}: {json_problem(exc)}", number)
            continue
        if not isinstance(record, dict):
            yield Bad(f"{describe(record)}, not a JSON object", number)
            continue
        # Export files repeat the same keys on every line; map them once.
        shape = tuple(record)
        if shape != last_keys:
            keys, last_keys = key_map(shape), shape
        warnings: list[str] = []
        try:
            article = to_article(record, f"{origin}:{number}", warnings, keys)
        except BadRecord as exc:
            yield Bad(str(exc), number)
            continue
        for w in warnings:
            src.warn(w, number)
        yield article
    if not any_line:
        raise Rejected("empty file (only white space)")
