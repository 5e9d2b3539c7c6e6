"""The store's tables and their migrations.

`PRAGMA user_version` holds the number of migrations applied. Each migration is a
function run once, in order, inside a transaction; a store made by an older factdesk
is upgraded on open and keeps every row.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

ARTICLE_COLUMNS = {
    "id": int,
    "uid": str,
    "title": str,
    "source": str,
    "url": str,
    "published": str,
    "section": str,
    "text": str,
    "origin": str,
    "status": str,
    "note": str,
    "ingested_at": str,
}

EDIT_COLUMNS = {
    "id": int,
    "at": str,
    "article_id": int,
    "fact_id": int,
    "action": str,
    "before": str,
    "after": str,
}


def _v1_tables(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        ARTICLE_COLUMNS,
        pk="id",
        not_null={"uid", "text", "status"},
        defaults={"status": "new"},
    )
    db["articles"].create_index(["uid"], unique=True)
    # `value` is declared without a type so SQLite keeps counts as integers and
    # dates and names as text (sqlite-utils would give every column an affinity).
    db.execute(
        """
        CREATE TABLE [facts] (
            [id] INTEGER PRIMARY KEY,
            [article_id] INTEGER NOT NULL REFERENCES [articles]([id]),
            [kind] TEXT NOT NULL,
            [value],
            [min] INTEGER, [max] INTEGER, [qualifier] TEXT, [object] TEXT, [role] TEXT,
            [attributed_to] TEXT, [event_date] TEXT, [event] INTEGER, [main_event] INTEGER,
            [start] INTEGER, [end] INTEGER, [text] TEXT,
            [origin] TEXT NOT NULL, [rule] TEXT, [confidence] FLOAT,
            [status] TEXT NOT NULL,
            [created_at] TEXT, [updated_at] TEXT
        )
        """
    )
    db["facts"].create_index(["article_id", "status"])
    db["edits"].create(EDIT_COLUMNS, pk="id", not_null={"at", "action"})
    db["edits"].create_index(["article_id", "id"])


def _v2_search(db: sqlite_utils.Database) -> None:
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db["articles"].create_index(["published", "id"])
    db["articles"].create_index(["status"])


def _v3_undo_marks(db: sqlite_utils.Database) -> None:
    # Undo and redo walk the journal; a mark on each row says whether it is undone.
    db["edits"].add_column("undone", int, not_null_default=0)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_tables,
    _v2_search,
    _v3_undo_marks,
]
SCHEMA_VERSION = len(MIGRATIONS)
