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


def _v4_fact_ids_never_reused(db: sqlite_utils.Database) -> None:
    # Undo and redo put a fact back under its old id; SQLite would hand a freed id to
    # the next new fact, so ids are made AUTOINCREMENT (never reused) and the counter
    # starts above every id the journal has ever named.
    cols = [r[1] for r in db.execute("PRAGMA table_info(facts)").fetchall()]
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'facts'").fetchone()[0]
    db.execute(sql.replace("[facts]", "[facts_v4]", 1)
               .replace("[id] INTEGER PRIMARY KEY", "[id] INTEGER PRIMARY KEY AUTOINCREMENT", 1))
    names = ", ".join(f"[{c}]" for c in cols)
    db.execute(f"INSERT INTO [facts_v4] ({names}) SELECT {names} FROM [facts]")
    db.execute("DROP TABLE [facts]")
    db.execute("ALTER TABLE [facts_v4] RENAME TO [facts]")
    db["facts"].create_index(["article_id", "status"])
    top = db.execute(
        "SELECT max(coalesce((SELECT max(id) FROM facts), 0),"
        " coalesce((SELECT max(fact_id) FROM edits), 0))"
    ).fetchone()[0]
    db.execute("DELETE FROM sqlite_sequence WHERE name = 'facts'")
    db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('facts', ?)", [top])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_tables,
    _v2_search,
    _v3_undo_marks,
    _v4_fact_ids_never_reused,
]
SCHEMA_VERSION = len(MIGRATIONS)
