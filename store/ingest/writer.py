"""Storing loaded articles fast: many articles per transaction, one INSERT OR IGNORE per
article on the unique uid index (no SELECT per article), facts written with executemany.

A chunk is one transaction, so an interruption or a failure keeps every earlier chunk and
never leaves half an article (an article without its facts) behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..articles import NewArticle, text_uid
from ..db import Store, now
from ..facts import FACT_FIELDS, fact_rows

CHUNK = 1000

_ARTICLE_SQL = (
    "INSERT OR IGNORE INTO articles (uid, title, source, url, published, section, text,"
    " origin, status, note, ingested_at) VALUES (?,?,?,?,?,?,?,?,'new',NULL,?)"
)
_FACT_COLUMNS = (*FACT_FIELDS, "article_id", "created_at", "updated_at")
_FACT_SQL = (
    "INSERT INTO facts ({}) VALUES ({})".format(
        ", ".join(f"[{c}]" for c in _FACT_COLUMNS), ", ".join("?" * len(_FACT_COLUMNS))
    )
)


class Writer:
    """Buffers articles and stores them a chunk at a time. `facts_for(article)` gives
    the machine facts of a new article (None: store without extracting)."""

    def __init__(
        self,
        store: Store,
        facts_for: Callable[[NewArticle], list[Any]] | None,
        *,
        chunk: int = CHUNK,
        on_extract_error: Callable[[NewArticle, Exception], None] | None = None,
    ):
        self.store = store
        self.facts_for = facts_for
        self.chunk = chunk
        self.on_extract_error = on_extract_error
        self.buffer: list[NewArticle] = []
        self.new = 0
        self.duplicate = 0
        self.facts = 0

    def add(self, article: NewArticle) -> None:
        self.buffer.append(article)
        if len(self.buffer) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        batch, self.buffer = self.buffer, []
        if not batch:
            return
        uids = [text_uid(a.text) for a in batch]
        facts: dict[int, list[Any]] = {}
        if self.facts_for is not None:
            # Extraction is the slow part: run it only for articles not stored yet, and
            # outside the lock so the UI thread is never kept waiting on it.
            existing = self._existing(uids)
            seen: set[str] = set()
            for i, (article, uid) in enumerate(zip(batch, uids, strict=True)):
                if uid in existing or uid in seen:
                    continue
                seen.add(uid)
                facts[i] = self._extract(article)
        stamp = now()
        new = duplicate = stored_facts = 0
        with self.store.transaction() as db:
            conn = db.conn
            fact_params: list[tuple] = []
            for i, (a, uid) in enumerate(zip(batch, uids, strict=True)):
                cur = conn.execute(
                    _ARTICLE_SQL,
                    (uid, a.title, a.source, a.url, a.published, a.section, a.text, a.origin, stamp),
                )
                if cur.rowcount != 1:
                    duplicate += 1
                    continue
                new += 1
                found = facts.get(i)
                if self.facts_for is not None and i not in facts:
                    # Seen as stored before the lock was taken, and deleted since: extract
                    # now rather than store it without facts.
                    found = self._extract(a)
                if found:
                    for row in fact_rows(cur.lastrowid, found, stamp):
                        fact_params.append(tuple(row.get(c) for c in _FACT_COLUMNS))
            if fact_params:
                conn.executemany(_FACT_SQL, fact_params)
                stored_facts = len(fact_params)
        self.new += new
        self.duplicate += duplicate
        self.facts += stored_facts

    def _existing(self, uids: list[str]) -> set[str]:
        found: set[str] = set()
        with self.store.lock:
            conn = self.store.db.conn
            for start in range(0, len(uids), 500):
                part = uids[start:start + 500]
                sql = f"SELECT uid FROM articles WHERE uid IN ({','.join('?' * len(part))})"
                found.update(r[0] for r in conn.execute(sql, part))
        return found

    def _extract(self, article: NewArticle) -> list[Any]:
        try:
            return list(self.facts_for(article))
        except Exception as exc:  # an extractor bug must not cost the user the article
            if self.on_extract_error is not None:
                self.on_extract_error(article, exc)
            return []
