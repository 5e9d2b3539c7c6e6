"""Opening stores: creation, pragmas, migrations from older versions, refusals."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from store import StoreError, open_store
from store.articles import NewArticle, add_articles, get_facts, list_articles
from store.db import default_path
from store.schema import MIGRATIONS, SCHEMA_VERSION


def test_new_store_is_wal_with_current_version(tmp_path):
    s = open_store(tmp_path / "a.db")
    assert s.db.journal_mode == "wal"
    assert s.query("PRAGMA user_version")[0]["user_version"] == SCHEMA_VERSION
    assert {"articles", "facts", "edits", "articles_fts"} <= set(s.db.table_names())
    assert s.query("PRAGMA busy_timeout")[0]["timeout"] >= 5000
    s.close()


def test_old_store_is_upgraded_without_loss(tmp_path):
    path = tmp_path / "old.db"
    # A store as version 1 of factdesk left it: tables, no FTS, no undo marks.
    db = sqlite_utils.Database(path)
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db["articles"].insert({"uid": "u1", "title": "Old report", "text": "Rockets hit the port.",
                           "status": "reviewed", "published": "2023-05-01"})
    db["facts"].insert({"article_id": 1, "kind": "impacted", "value": 2, "start": 0, "end": 7,
                        "text": "Rockets", "origin": "machine", "status": "accepted"})
    db["edits"].insert({"at": "2023-05-01T00:00:00", "article_id": 1, "fact_id": 1,
                        "action": "accept", "before": "{}", "after": "{}"})
    db.conn.commit()
    db.close()

    s = open_store(path)
    assert s.query("PRAGMA user_version")[0]["user_version"] == SCHEMA_VERSION
    rows = list_articles(s)
    assert [(r["title"], r["status"], r["decided"], r["pending"]) for r in rows] == [
        ("Old report", "reviewed", 1, 0)]
    assert get_facts(s, 1)[0]["value"] == 2
    # the upgrade built the search index over rows that were already there
    assert [r["id"] for r in list_articles(s, query="port")] == [1]
    assert s.query("SELECT undone FROM edits")[0]["undone"] == 0
    s.close()


def test_newer_store_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer factdesk"):
        open_store(path)
    assert path.read_bytes() == before


def test_not_a_store(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="not a factdesk store"):
        open_store(path)
    assert path.read_text().startswith("just some notes")


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite_utils.Database(path)
    db["birds"].insert({"name": "wren"})
    db.close()
    with pytest.raises(StoreError, match="not a factdesk store"):
        open_store(path)
    assert sqlite_utils.Database(path).table_names() == ["birds"]
    assert sqlite_utils.Database(path).journal_mode == "delete"  # not switched to WAL


def test_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_default_path_honours_env(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTDESK_DB", str(tmp_path / "env.db"))
    assert default_path() == tmp_path / "env.db"
    monkeypatch.delenv("FACTDESK_DB")
    assert default_path().name == "factdesk.db"
    assert "factdesk" in str(default_path().parent)


def test_two_connections_see_each_other(tmp_path):
    path = tmp_path / "shared.db"
    a, b = open_store(path), open_store(path)
    add_articles(a, [NewArticle(text="A drone struck a depot.")])
    assert len(list_articles(b)) == 1
    a.close()
    b.close()
