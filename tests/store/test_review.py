"""A person's actions on facts and articles, their journal, and undo/redo."""

from __future__ import annotations

import json

import pytest

from extract import Fact
from store import InvalidEdit, open_store
from store import review as rv
from store.articles import NewArticle, add_articles, get_article, get_facts

TEXT = "Militants fired 15 rockets at the base; 13 were shot down and two fell inside."


@pytest.fixture
def article(store):
    facts = [
        Fact(kind="launched", value=15, min=15, max=15, qualifier="exact", object="rocket",
             start=16, end=26, text="15 rockets"),
        Fact(kind="intercepted", value=13, min=13, max=13, qualifier="exact",
             start=40, end=59, text="13 were shot down"),
        Fact(kind="impacted", value=2, min=2, max=2, qualifier="exact",
             start=64, end=72, text="two fell"),
    ]
    [(aid, _)] = add_articles(store, [NewArticle(text=TEXT, published="2024-02-03")],
                              facts_for=lambda a: facts)
    return aid


def _facts(store, aid):
    return {f["kind"]: f for f in get_facts(store, aid)}


def _edits(store):
    return store.query("SELECT action, fact_id, before, after FROM edits ORDER BY id")


def test_accept_reject_write_status_and_journal(store, article):
    f = _facts(store, article)
    rv.accept(store, f["launched"]["id"])
    rv.reject(store, f["impacted"]["id"])
    now = _facts(store, article)
    assert now["launched"]["status"] == "accepted" and now["impacted"]["status"] == "rejected"
    assert [e["action"] for e in _edits(store)] == ["accept", "reject"]
    first = _edits(store)[0]
    assert json.loads(first["before"])["status"] == "pending"
    assert json.loads(first["after"])["status"] == "accepted"
    assert get_article(store, article)["status"] == "in_review"


def test_accepting_twice_writes_one_row(store, article):
    fid = _facts(store, article)["launched"]["id"]
    rv.accept(store, fid)
    rv.accept(store, fid)
    assert len(_edits(store)) == 1


def test_quick_value_edit(store, article):
    fid = _facts(store, article)["launched"]["id"]
    fact = rv.set_value(store, fid, "14")
    assert (fact["value"], fact["min"], fact["max"], fact["status"]) == (14, 14, 14, "edited")
    with pytest.raises(InvalidEdit, match="value"):
        rv.set_value(store, fid, "-2")
    assert _facts(store, article)["launched"]["value"] == 14


def test_an_edit_that_changes_nothing_is_an_acceptance(store, article):
    fid = _facts(store, article)["intercepted"]["id"]
    fact = rv.set_value(store, fid, "13")
    assert (fact["value"], fact["status"]) == (13, "accepted")
    assert [e["action"] for e in _edits(store)] == ["accept"]
    # on a fact already curated, the same figure again writes nothing at all
    rv.edit(store, fid, {"value": 13, "min": 13, "max": 13})
    assert len(_edits(store)) == 1
    rv.set_value(store, fid, "12")
    assert _facts(store, article)["intercepted"]["status"] == "edited"


@pytest.mark.parametrize(("changes", "field"), [
    ({"value": "twelve"}, "value"),
    ({"min": "5", "max": "2"}, "min"),
    ({"value": "5", "min": "20", "max": None, "qualifier": "at_least"}, "value: 5 is below min 20"),
    ({"value": "5", "min": None, "max": "2"}, "value: 5 is above max 2"),
    ({"qualifier": "roughly"}, "qualifier"),
    ({"event_date": "2024-02-30"}, "event_date"),
    ({"kind": "exploded"}, "kind"),
    ({"colour": "red"}, "colour"),
])
def test_invalid_edits_name_the_field_and_change_nothing(store, article, changes, field):
    fid = _facts(store, article)["launched"]["id"]
    with pytest.raises(InvalidEdit, match=field):
        rv.edit(store, fid, changes)
    assert _facts(store, article)["launched"]["status"] == "pending"
    assert _edits(store) == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"value": None}, "value: a count qualified 'exact' needs a figure"),
    ({"value": None, "qualifier": "about"}, "value: a count qualified 'about' needs a figure"),
    ({"value": None, "min": None, "qualifier": "at_least"}, "min: .*needs its min"),
    ({"value": None, "max": None, "qualifier": "up_to"}, "max: .*needs its max"),
    ({"value": None, "max": None, "qualifier": "range"}, "max: .*needs its min and max"),
])
def test_a_count_without_a_figure_must_say_why(store, article, changes, field):
    # Clearing the value of an exact count used to store value NULL, qualifier exact.
    fid = _facts(store, article)["launched"]["id"]
    with pytest.raises(InvalidEdit, match=field):
        rv.edit(store, fid, changes)
    assert _facts(store, article)["launched"]["value"] == 15
    assert _edits(store) == []


def test_a_count_without_a_figure_that_is_vague_or_bounded_is_stored(store, article):
    fid = _facts(store, article)["launched"]["id"]
    fact = rv.edit(store, fid, {"value": None, "min": None, "max": None, "qualifier": "vague"})
    assert (fact["value"], fact["qualifier"], fact["status"]) == (None, "vague", "edited")
    fact = rv.edit(store, fid, {"min": 10, "qualifier": "at_least"})
    assert (fact["value"], fact["min"], fact["qualifier"]) == (None, 10, "at_least")
    # neither a value nor a qualifier: the only reading is vague
    fact = rv.edit(store, fid, {"min": None, "qualifier": None})
    assert (fact["value"], fact["qualifier"]) == (None, "vague")
    added = rv.add(store, article, "killed", 0, 5)
    assert (added["value"], added["qualifier"]) == (None, "vague")
    with pytest.raises(InvalidEdit, match="value"):
        rv.add(store, article, "killed", 0, 5, qualifier="exact")


def test_form_edit(store, article):
    fid = _facts(store, article)["launched"]["id"]
    fact = rv.edit(store, fid, {"value": None, "min": "12", "qualifier": "at_least",
                                "attributed_to": "police", "event_date": "2024-02-03"})
    assert (fact["value"], fact["min"], fact["qualifier"], fact["attributed_to"]) == (
        None, 12, "at_least", "police")
    assert fact["status"] == "edited"


def test_add_and_delete(store, article):
    fact = rv.add(store, article, "location", 30, 38, value="the base", role="target")
    assert fact["text"] == TEXT[30:38] and fact["origin"] == "human" and fact["status"] == "added"
    with pytest.raises(InvalidEdit, match="span"):
        rv.add(store, article, "killed", 70, 500, value=1)
    with pytest.raises(InvalidEdit, match="only a fact a person added"):
        rv.delete(store, _facts(store, article)["launched"]["id"])
    rv.delete(store, fact["id"])
    assert "location" not in _facts(store, article)


def test_undo_redo_chain(store, article):
    f = _facts(store, article)
    rv.accept(store, f["launched"]["id"])
    rv.reject(store, f["intercepted"]["id"])
    rv.set_value(store, f["impacted"]["id"], 3)
    assert rv.undo(store, article) == "edit"
    assert rv.undo(store, article) == "reject"
    now = _facts(store, article)
    assert (now["impacted"]["value"], now["intercepted"]["status"]) == (2, "pending")
    assert now["launched"]["status"] == "accepted"
    assert rv.redo(store, article) == "reject"
    assert _facts(store, article)["intercepted"]["status"] == "rejected"
    assert rv.redo(store, article) == "edit"
    assert _facts(store, article)["impacted"]["value"] == 3
    assert rv.redo(store, article) is None


def test_new_change_ends_redo(store, article):
    f = _facts(store, article)
    rv.accept(store, f["launched"]["id"])
    rv.undo(store, article)
    rv.reject(store, f["impacted"]["id"])
    assert rv.redo(store, article) is None
    assert _facts(store, article)["launched"]["status"] == "pending"


def test_undo_add_delete_accept_all_status_and_note(store, article):
    added = rv.add(store, article, "killed", 0, 9, value=0)
    rv.delete(store, added["id"])
    assert rv.undo(store, article) == "delete"
    assert "killed" in _facts(store, article)
    assert rv.undo(store, article) == "add"
    assert "killed" not in _facts(store, article)
    assert rv.accept_all(store, article) == 3
    assert {f["status"] for f in get_facts(store, article)} == {"accepted"}
    rv.toggle_reviewed(store, article)
    rv.set_note(store, article, "check the second source")
    assert rv.undo(store, article) == "note"
    assert get_article(store, article)["note"] is None
    assert rv.undo(store, article) == "status"
    assert rv.undo(store, article) == "accept"
    assert {f["status"] for f in get_facts(store, article)} == {"pending"}
    assert rv.undo(store, article) is None


def test_undo_survives_restart(tmp_path):
    path = tmp_path / "r.db"
    s = open_store(path)
    [(aid, _)] = add_articles(s, [NewArticle(text=TEXT)], facts_for=lambda a: [
        Fact(kind="launched", value=15, start=16, end=26, text="15 rockets")])
    fid = get_facts(s, aid)[0]["id"]
    rv.reject(s, fid)
    s.close()
    s = open_store(path)
    assert rv.undo(s, aid) == "reject"
    s.close()
    s = open_store(path)
    assert get_facts(s, aid)[0]["status"] == "pending"
    assert rv.redo(s, aid) == "reject"
    assert get_facts(s, aid)[0]["status"] == "rejected"
    s.close()


def test_undo_is_per_article(store, article):
    [(other, _)] = add_articles(store, [NewArticle(text="Another report entirely.")])
    rv.set_note(store, other, "x")
    rv.accept(store, _facts(store, article)["launched"]["id"])
    assert rv.undo(store, other) == "note"
    assert _facts(store, article)["launched"]["status"] == "accepted"
