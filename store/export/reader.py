"""The common streaming reader behind every export format.

Articles are read in id order, one page at a time, each with the facts the export
includes; nothing holds more than one page in memory, so a store of any size exports
in flat memory. Pages are keyed on the last id seen (not OFFSET), so an article added
or edited in the app while an export runs neither shifts nor repeats a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..articles import _filters
from ..db import Store
from ..errors import StoreError
from ..facts import load_fact

# A person's decision to keep a fact: the default content of every export.
CURATED = ("accepted", "edited", "added")
PAGE = 500
ARTICLE_FIELDS = "id, title, source, url, published, section, origin, status, note, text"


class ExportError(StoreError):
    """An export that cannot run as asked (bad option, refused overwrite); the message
    says what to change. Subclasses StoreError so the CLI prints it without a traceback."""


@dataclass
class Selection:
    """Which articles and which facts an export reads."""

    statuses: tuple[str, ...] = CURATED
    status: str | None = None
    since: str | None = None
    until: str | None = None
    query: str | None = None

    def where(self) -> tuple[str, list]:
        """SQL condition on `articles` (no alias) and its parameters."""
        # The library's own filter, so an export of a search holds what the library lists.
        where, params = _filters(self.status, self.query)
        params = list(params)
        if self.since:
            where += " AND substr(published, 1, 10) >= ?"
            params.append(self.since)
        if self.until:
            where += " AND substr(published, 1, 10) <= ?"
            params.append(self.until)
        return where, params

    def fact_clause(self) -> tuple[str, list]:
        marks = ",".join("?" * len(self.statuses))
        return f"status IN ({marks})", list(self.statuses)


@dataclass
class ArticleFacts:
    article: dict
    facts: list[dict] = field(default_factory=list)


def parse_day(name: str, raw: object, *, end: bool = False) -> str | None:
    """A --since/--until bound as an ISO day. Accepts YYYY-MM-DD, YYYY-MM and YYYY; a
    month or year means its first day (since) or its last day (until)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, date):
        return raw.isoformat()
    text = str(raw).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}", text):
            first = date(int(text[:4]), int(text[5:]), 1)
            if not end:
                return first.isoformat()
            following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return (following - timedelta(days=1)).isoformat()
        if re.fullmatch(r"\d{4}", text):
            return f"{text}-12-31" if end else f"{text}-01-01"
    except ValueError:
        pass
    raise ExportError(f"{name}: {text!r} is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY)")


def count(store: Store, sel: Selection) -> tuple[int, int]:
    """(articles the filters match, of which articles with at least one fact to export)."""
    where, params = sel.where()
    fact_where, fact_params = sel.fact_clause()
    row = store.query(
        "SELECT count(*) AS matched, coalesce(sum(EXISTS (SELECT 1 FROM facts f"
        f" WHERE f.article_id = articles.id AND f.{fact_where})), 0) AS with_facts"
        f" FROM articles WHERE {where}",
        (*fact_params, *params),
    )[0]
    return row["matched"], row["with_facts"]


def iter_articles(
    store: Store,
    sel: Selection,
    *,
    page: int = PAGE,
    progress: Callable[[int], None] | None = None,
) -> Iterator[ArticleFacts]:
    """Every article with facts to export, in id order, with those facts ordered by
    position in the text. `progress(n)` is called after each page with its size."""
    where, params = sel.where()
    fact_where, fact_params = sel.fact_clause()
    last = 0
    while True:
        articles = store.query(
            f"SELECT {ARTICLE_FIELDS} FROM articles WHERE {where} AND id > ?"
            f" AND EXISTS (SELECT 1 FROM facts f WHERE f.article_id = articles.id"
            f" AND f.{fact_where}) ORDER BY id LIMIT ?",
            (*params, last, *fact_params, int(page)),
        )
        if not articles:
            return
        last = articles[-1]["id"]
        facts = _facts_of(store, [a["id"] for a in articles], fact_where, fact_params)
        for art in articles:
            yield ArticleFacts(art, facts.get(art["id"], []))
        if progress:
            progress(len(articles))
        del articles, facts


def _facts_of(store: Store, ids: Sequence[int], fact_where: str, fact_params: list) -> dict:
    marks = ",".join("?" * len(ids))
    rows = store.query(
        f"SELECT * FROM facts WHERE article_id IN ({marks}) AND {fact_where}"
        " ORDER BY article_id, start, end, id",
        (*ids, *fact_params),
    )
    out: dict[int, list[dict]] = {}
    for row in rows:
        out.setdefault(row["article_id"], []).append(load_fact(row))
    return out
