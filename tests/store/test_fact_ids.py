"""Fact ids are never handed out twice, and the journal survives re-extraction: undo and
redo find the facts they name, or say clearly that a step can no longer be replayed."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from extract import Fact
from store import open_store
from store import review as rv
from store.articles import NewArticle, add_articles, get_facts
from store.errors import InvalidEdit
from store.schema import MIGRATIONS

TEXT = "Gunmen fired 15 rockets at the depot on Saturday; 13 were shot down and two fell."


def _facts(article):
    return [
        Fact(kind="launched", value=15, start=13, end=23, text="15 rockets"),
        Fact(kind="injured", value=2, start=71, end=74, text="two"),
    ]


def test_an_undone_add_keeps_its_id_from_the_next_fact(store):
    [(aid, _)] = add_articles(store, [NewArticle(text=TEXT)], facts_for=_facts)
    added = rv.add(store, aid, "location", 31, 36, value="depot")
    rv.undo(store, aid)
    # the next fact stored (a new article's) must not take the freed id
    [(other, _)] = add_articles(store, [NewArticle(text="Another report of 4 drones.")],
                                facts_for=lambda a: [Fact(kind="launched", value=4, start=18,
                                                          end=26, text="4 drones")])
    assert added["id"] not in {f["id"] for f in get_facts(store, other)}
    assert rv.redo(store, aid) == "add"
    assert added["id"] in {f["id"] for f in get_facts(store, aid)}


def test_redo_after_reextract_finds_the_fact_found_again(store, monkeypatch):
    [(aid, _)] = add_articles(store, [NewArticle(text=TEXT)], facts_for=_facts)
    launch = next(f for f in get_facts(store, aid) if f["kind"] == "launched")
    rv.accept(store, launch["id"])
    rv.undo(store, aid)

    import store.extraction as bridge

    monkeypatch.setattr(bridge, "extract", lambda text, published: type("R", (), {"facts": _facts(None)}))
    bridge.reextract(store, [aid])
    assert rv.redo(store, aid) == "accept"
    again = next(f for f in get_facts(store, aid) if f["kind"] == "launched")
    assert (again["id"], again["status"]) == (launch["id"], "accepted")


def test_a_step_whose_fact_is_gone_is_dropped_with_a_clear_error(store, monkeypatch):
    [(aid, _)] = add_articles(store, [NewArticle(text=TEXT)], facts_for=_facts)
    injured = next(f for f in get_facts(store, aid) if f["kind"] == "injured")
    rv.set_note(store, aid, "check the toll")
    rv.reject(store, injured["id"])
    rv.undo(store, aid)

    import store.extraction as bridge

    # the new extractor no longer finds the bogus "two" injured
    monkeypatch.setattr(bridge, "extract",
                        lambda text, published: type("R", (), {"facts": _facts(None)[:1]}))
    bridge.reextract(store, [aid])
    with pytest.raises(InvalidEdit, match="re-extracted"):
        rv.redo(store, aid)
    assert rv.redo(store, aid) is None  # the step left the chain
    assert rv.undo(store, aid) == "note"  # the steps before it are still there


def test_upgrade_makes_ids_unique_above_every_journalled_id(tmp_path):
    path = tmp_path / "v3.db"
    db = sqlite_utils.Database(path)
    for migration in MIGRATIONS[:3]:
        migration(db)
    db.execute("PRAGMA user_version = 3")
    db["articles"].insert({"id": 1, "uid": "u", "text": TEXT, "status": "new"})
    db["facts"].insert({"id": 5, "article_id": 1, "kind": "launched", "value": 15,
                        "origin": "machine", "status": "pending"})
    # fact 9 was added, then its add undone: only the journal remembers the id
    db["edits"].insert({"at": "t", "article_id": 1, "fact_id": 9, "action": "add",
                        "before": "null", "after": "{}", "undone": 1})
    db.conn.commit()
    db.close()

    s = open_store(path)
    try:
        assert [f["value"] for f in get_facts(s, 1)] == [15]
        [(aid, _)] = add_articles(s, [NewArticle(text="Two drones hit a farm.")],
                                  facts_for=lambda a: [Fact(kind="impacted", value=2, start=0,
                                                            end=14, text="Two drones hit")])
        assert get_facts(s, aid)[0]["id"] == 10
    finally:
        s.close()
    sql = sqlite3.connect(path).execute(
        "SELECT sql FROM sqlite_master WHERE name = 'facts'").fetchone()[0]
    assert "AUTOINCREMENT" in sql
