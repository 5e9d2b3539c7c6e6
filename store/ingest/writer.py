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
from .parallel import ExtractorPool

# Articles per transaction: large enough that commits and full-text segment merges are
# rare, small enough that the store's lock is never held for long (a fraction of a second).
CHUNK = 2000
# With extraction a chunk is mostly extraction time; smaller chunks keep the progress
# bar moving and the work lost to an interruption small.
EXTRACT_CHUNK = 256

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
        chunk: int | None = None,
        on_extract_error: Callable[[NewArticle, str], None] | None = None,
        pool: ExtractorPool | None = None,
    ):
        self.store = store
        self.facts_for = facts_for
        self.chunk = chunk or (CHUNK if facts_for is None else EXTRACT_CHUNK)
        self.on_extract_error = on_extract_error
        self.pool = pool
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
        if self.facts_for is None:
            new, facts = self._store_plain(batch, uids), 0
        else:
            new, facts = self._store_with_facts(batch, uids)
        self.new += new
        self.duplicate += len(batch) - new
        self.facts += facts

    def _store_plain(self, batch: list[NewArticle], uids: list[str]) -> int:
        # No facts to attach, so no ids are needed: one executemany, whose row count
        # (changes made by the statement itself, not by the FTS trigger) is the number
        # of new articles. Several times faster than a statement per article.
        stamp = now()
        with self.store.transaction() as db:
            cur = db.conn.executemany(_ARTICLE_SQL, (
                (uid, a.title, a.source, a.url, a.published, a.section, a.text, a.origin, stamp)
                for a, uid in zip(batch, uids, strict=True)))
            return cur.rowcount

    def _store_with_facts(self, batch: list[NewArticle], uids: list[str]) -> tuple[int, int]:
        # Extraction is the slow part: run it only for articles not stored yet, and
        # outside the lock so the UI thread is never kept waiting on it.
        existing = self._existing(uids)
        todo: list[int] = []
        for i, uid in enumerate(uids):
            if uid not in existing:
                existing.add(uid)
                todo.append(i)
        facts: dict[int, list[Any]] = {}
        results = None
        if self.pool is not None and self.pool.usable(len(todo)):
            results = self.pool.map([batch[i] for i in todo])
        if results is not None:
            for i, (ok, found) in zip(todo, results, strict=True):
                if not ok and self.on_extract_error is not None:
                    self.on_extract_error(batch[i], found)
                facts[i] = found if ok else []
        else:
            for i in todo:
                facts[i] = self._extract(batch[i])
        stamp = now()
        new = 0
        fact_params: list[tuple] = []
        with self.store.transaction() as db:
            conn = db.conn
            for i, (a, uid) in enumerate(zip(batch, uids, strict=True)):
                cur = conn.execute(
                    _ARTICLE_SQL,
                    (uid, a.title, a.source, a.url, a.published, a.section, a.text, a.origin, stamp),
                )
                if cur.rowcount != 1:
                    continue
                new += 1
                found = facts.get(i)
                if found is None:
                    # Seen as stored before the lock was taken, and deleted since:
                    # extract now rather than store it without facts.
                    found = self._extract(a)
                for row in fact_rows(cur.lastrowid, found, stamp):
                    fact_params.append(tuple(row.get(c) for c in _FACT_COLUMNS))
            if fact_params:
                conn.executemany(_FACT_SQL, fact_params)
        return new, len(fact_params)

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
                self.on_extract_error(article, f"{type(exc).__name__}: {exc}")
            return []
