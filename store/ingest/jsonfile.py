"""JSON files: one article object, or a list of article objects."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..articles import NewArticle
from . import jsonlines
from .records import BadRecord, describe, json_problem, to_article
from .source import Bad, Rejected, Source

# A JSON document is parsed whole, so it gets a limit between a single report's and a
# streamed export's.
MAX_JSON_BYTES = 512 * 1024 * 1024


def load(src: Source) -> Iterator[NewArticle | Bad]:
    text = src.read_text(MAX_JSON_BYTES)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and _is_json_lines(text):
            # A JSON Lines export saved as .json: read it as what it is.
            src.warn("holds one JSON object per line; read as JSON Lines")
            yield from jsonlines.load(src)
            return
        raise Rejected(f"not valid JSON at line {exc.lineno}, column {exc.colno}: "
                       f"{json_problem(exc)}") from None
    origin = str(src.path)
    if isinstance(data, dict):
        yield _one(data, origin, src, None)
    elif isinstance(data, list):
        if not data:
            raise Rejected("an empty JSON list (no articles)")
        for i, item in enumerate(data, start=1):
            if not isinstance(item, dict):
                yield Bad(f"item {i} is {describe(item)}, not an object with a text field")
                continue
            yield _one(item, f"{origin}[{i}]", src, i)
    else:
        raise Rejected(f"the JSON is {describe(data)}; expected an object or a list of objects")


def _one(record: dict, origin: str, src: Source, item: int | None) -> NewArticle | Bad:
    where = f"item {item}: " if item is not None else ""
    warnings: list[str] = []
    try:
        article = to_article(record, origin, warnings)
    except BadRecord as exc:
        return Bad(f"{where}{exc}")
    for w in warnings:
        src.warn(f"{where}{w}")
    return article


def _is_json_lines(text: str) -> bool:
    first = text.lstrip().partition("\n")[0]
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False
