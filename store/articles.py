"""Articles: adding them (with their machine facts), listing, searching, reading."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from extract.model import KINDS

from .db import Store, now
from .errors import NotFound, StoreError
from .facts import fact_rows, load_fact

ARTICLE_STATUSES = ("new", "in_review", "reviewed", "flagged")
_KIND_RANK = {kind: i for i, kind in enumerate(KINDS)}
# What the library lists: everything but the text, which can be large.
LIST_COLUMNS = "id, uid, title, source, url, published, section, origin, status, note, ingested_at"


@dataclass
class NewArticle:
    """An article as a loader read it, before it is stored."""

    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    section: str | None = None
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def text_uid(text: str) -> str:
    """Hash of the normalised text: the same report ingested twice is one article even
    if its white space or Unicode composition differs."""
    norm = unicodedata.normalize("NFC", text)
    norm = re.sub(r"\s+", " ", norm).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


def add_articles(
    store: Store, articles: Iterable[NewArticle], *, facts_for=None
) -> list[tuple[int, bool]]:
    """Store articles not yet in the store. Returns (article id, was new) per input.
    `facts_for(article)` returns the machine facts to store with a new article."""
    results: list[tuple[int, bool]] = []
    stamp = now()
    with store.transaction() as db:
        for art in articles:
            uid = text_uid(art.text)
            row = db.execute("SELECT id FROM articles WHERE uid = ?", [uid]).fetchone()
            if row:
                results.append((row[0], False))
                continue
            cur = db.execute(
                "INSERT INTO articles (uid, title, source, url, published, section, text,"
                " origin, status, note, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [uid, art.title, art.source, art.url, art.published, art.section, art.text,
                 art.origin, "new", None, stamp],
            )
            article_id = cur.lastrowid
            if facts_for is not None:
                insert_facts(db, article_id, facts_for(art), stamp)
            results.append((article_id, True))
    return results


def insert_facts(db, article_id: int, facts: Iterable[Any], stamp: str) -> int:
    rows = fact_rows(article_id, facts, stamp)
    if rows:
        db["facts"].insert_all(rows)
    return len(rows)


# One definition of the review counts for every screen (library columns, reader title):
# pending = machine facts nobody has decided yet; decided = all the others, rejected ones
# included (a rejection is a decision).
COUNTS_SQL = (
    "(SELECT count(*) FROM facts f WHERE f.article_id = a.id AND f.status != 'pending')"
    " AS decided,"
    " (SELECT count(*) FROM facts f WHERE f.article_id = a.id AND f.status = 'pending')"
    " AS pending"
)


def fact_counts(store: Store, article_id: int) -> dict[str, int]:
    """{"decided": n, "pending": n} for one article (see COUNTS_SQL)."""
    rows = store.query(f"SELECT {COUNTS_SQL} FROM articles a WHERE a.id = ?", (article_id,))
    if not rows:
        raise NotFound(f"no article with id {article_id}")
    return {"decided": rows[0]["decided"], "pending": rows[0]["pending"]}


def count_articles(store: Store, *, status: str | None = None, query: str | None = None) -> int:
    where, params = _filters(status, query)
    sql = f"SELECT count(*) AS n FROM articles WHERE {where}"
    return store.query(sql, params)[0]["n"]


def list_articles(
    store: Store,
    *,
    status: str | None = None,
    query: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[dict]:
    """A page of the library, newest first, with its decided and pending fact counts
    (COUNTS_SQL); no text."""
    where, params = _filters(status, query)
    sql = (
        f"SELECT {LIST_COLUMNS}, {COUNTS_SQL}"
        f" FROM articles a WHERE {where}"
        " ORDER BY published DESC, id DESC LIMIT ? OFFSET ?"
    )
    return store.query(sql, (*params, int(limit), int(offset)))


def _filters(status: str | None, query: str | None) -> tuple[str, tuple]:
    clauses, params = ["1"], []
    if status:
        if status not in ARTICLE_STATUSES:
            raise StoreError(f"unknown status {status!r}; use one of {', '.join(ARTICLE_STATUSES)}")
        clauses.append("status = ?")
        params.append(status)
    if query and query.strip():
        # Quoted so that a user's stray quote or operator is searched, not parsed.
        clauses.append("id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(fts_query(query))
    return " AND ".join(clauses), tuple(params)


_WORD = r"\w+(?:['’]\w+)*"
_QUERY_TERM = re.compile(rf'"([^"]*)"|({_WORD})(\*?)')


def fts_query(query: str) -> str:
    """A person's search as an FTS5 query that cannot fail: every word is quoted, so
    FTS5's syntax (quotes, brackets, AND, NEAR, column filters, ^ and -) is searched as
    text, never parsed. What a person means is kept: "a phrase" in double quotes stays a
    phrase, a word ending in * is a prefix (rocket*), OR between two terms is either
    one, AND is what every search does already. A stray quote is ignored. Nothing to
    search for matches nothing."""
    terms: list[str] = []
    pending_or = False
    for m in _QUERY_TERM.finditer(query):
        phrase, word, star = m.groups()
        if phrase is not None:
            words = re.findall(_WORD, phrase)
            if not words:
                continue
            term = '"' + " ".join(words) + '"'
        elif word in ("AND", "OR"):
            pending_or = word == "OR" and bool(terms)
            continue
        else:
            term = f'"{word}"' + ("*" if star else "")
        if pending_or:
            terms[-1] = f"{terms[-1]} OR {term}"
            pending_or = False
        else:
            terms.append(term)
    # Words only (\w, apostrophes): no double quote can end up inside a quoted term.
    return " AND ".join(f"({t})" if " OR " in t else t for t in terms) or '""'


def get_article(store: Store, article_id: int) -> dict:
    rows = store.query("SELECT * FROM articles WHERE id = ?", (article_id,))
    if not rows:
        raise NotFound(f"no article with id {article_id}")
    return rows[0]


def get_facts(store: Store, article_id: int) -> list[dict]:
    """The article's facts as an analyst codes them: the main event first, then by kind
    (launched, intercepted, impacted, killed, injured, date, place, actor), each kind in
    reading order. Reviewing in this order goes down a coding sheet, not up and down it."""
    rows = store.query(
        "SELECT * FROM facts WHERE article_id = ? ORDER BY start, end, id", (article_id,)
    )
    facts = [load_fact(r) for r in rows]
    facts.sort(key=lambda f: (not f.get("main_event"), _KIND_RANK.get(f["kind"], len(KINDS))))
    return facts


def neighbour(store: Store, article_id: int, step: int, *, unreviewed: bool = False,
              status: str | None = None, query: str | None = None) -> int | None:
    """The id of the next (step=1) or previous (step=-1) article in library order."""
    where, params = _filters(status, query)
    if unreviewed:
        where += " AND status != 'reviewed'"
    cur = get_article(store, article_id)
    # Library order is published DESC, id DESC (SQLite sorts NULL lowest, so undated
    # articles come last); coalesce makes the row-value comparison total.
    op, order = ("<", "DESC") if step > 0 else (">", "ASC")
    sql = (
        f"SELECT id FROM articles WHERE {where}"
        f" AND (coalesce(published, ''), id) {op} (?, ?)"
        f" ORDER BY published {order}, id {order} LIMIT 1"
    )
    rows = store.query(sql, (*params, cur["published"] or "", cur["id"]))
    return rows[0]["id"] if rows else None


def stats(store: Store) -> dict[str, dict[str, int]]:
    """Counts by article status, fact status and fact kind."""
    out: dict[str, dict[str, int]] = {}
    for name, sql in (
        ("articles", "SELECT status AS k, count(*) AS n FROM articles GROUP BY status"),
        ("facts", "SELECT status AS k, count(*) AS n FROM facts GROUP BY status"),
        ("kinds", "SELECT kind AS k, count(*) AS n FROM facts GROUP BY kind"),
    ):
        out[name] = {r["k"]: r["n"] for r in store.query(sql)}
    return out


def sections(article: dict) -> list[dict]:
    """The headline, caption, dateline, byline, related and body stretches of an
    article's text as offsets, so a reader can set them apart. Pure: no query."""
    from datetime import date

    from extract.document import parse

    try:
        published = date.fromisoformat(str(article.get("published") or "")[:10])
    except ValueError:
        published = None
    doc = parse(article["text"], published)
    return [{"kind": s.kind, "start": s.start, "end": s.end} for s in doc.sections]
