"""What a person does to facts and articles, one function per action.

Every change is written at once in one transaction together with its row in `edits`
(before and after as JSON), so a killed terminal loses nothing confirmed and undo and
redo work across restarts.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .articles import ARTICLE_STATUSES, get_article
from .db import Store, now
from .errors import InvalidEdit, NotFound
from .facts import COUNT_KINDS, load_fact

KINDS = COUNT_KINDS + ("event_date", "location", "actor")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "range", "vague")
EDITABLE = ("kind", "value", "min", "max", "qualifier", "object", "role", "attributed_to",
            "event_date", "main_event")
# Journal rows that undo and redo themselves write; they are never undone in turn.
_META_ACTIONS = ("undo", "redo")


# ---- validation -------------------------------------------------------------------

def _count(name: str, raw: Any) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    text = str(raw).strip().replace(",", "")
    if not text.isdigit():
        raise InvalidEdit(f"{name}: {raw!r} is not a whole number of 0 or more")
    return int(text)


def _iso_date(name: str, raw: Any) -> str | None:
    if raw is None or not str(raw).strip():
        return None
    try:
        return date.fromisoformat(str(raw).strip()).isoformat()
    except ValueError:
        raise InvalidEdit(f"{name}: {raw!r} is not a real date (YYYY-MM-DD)") from None


def validate(fact: dict, *, bounds: bool = True) -> dict:
    """The fact with its fields checked and normalised; InvalidEdit names what is wrong.
    `bounds=False` leaves out the checks of a count's value against its bounds and
    qualifier, for a form that moves them with the value before its final check."""
    out = dict(fact)
    kind = out.get("kind")
    if kind not in KINDS:
        raise InvalidEdit(f"kind: {kind!r} is not one of {', '.join(KINDS)}")
    if kind in COUNT_KINDS:
        out["value"] = _count("value", out.get("value"))
    elif kind == "event_date":
        out["value"] = _iso_date("value", out.get("value"))
    else:
        name = str(out.get("value") or "").strip()
        if not name:
            raise InvalidEdit(f"value: a {kind} needs a name")
        out["value"] = name
    for bound in ("min", "max"):
        out[bound] = _count(bound, out.get(bound)) if kind in COUNT_KINDS else None
    if out["min"] is not None and out["max"] is not None and out["min"] > out["max"]:
        raise InvalidEdit(f"min: {out['min']} is above max {out['max']}")
    if bounds and kind in COUNT_KINDS and out["value"] is not None:
        # the figure must lie inside its own bounds, or the table and the store disagree
        if out["min"] is not None and out["value"] < out["min"]:
            raise InvalidEdit(f"value: {out['value']} is below min {out['min']}")
        if out["max"] is not None and out["value"] > out["max"]:
            raise InvalidEdit(f"value: {out['value']} is above max {out['max']}")
    qualifier = out.get("qualifier") or None
    if qualifier is not None and qualifier not in QUALIFIERS:
        raise InvalidEdit(f"qualifier: {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    out["qualifier"] = qualifier if kind in COUNT_KINDS else None  # "about" a place?
    if bounds and kind in COUNT_KINDS:
        _check_count_shape(out)
    out["event_date"] = _iso_date("event_date", out.get("event_date"))
    for name in ("object", "role", "attributed_to"):
        value = out.get(name)
        out[name] = str(value).strip() if value is not None and str(value).strip() else None
    return out


# What a count without a figure needs instead, by qualifier (the extractor's own shapes:
# "at least 20" is min 20, "up to 30" max 30, "20 to 30" min and max, "dozens" vague).
_NEEDS_WITHOUT_VALUE = {
    "exact": None,
    "about": None,
    "at_least": "min",
    "more_than": "min",
    "up_to": "max",
    "range": "min and max",
}


def _check_count_shape(out: dict) -> None:
    """A count with no value is vague, or has the bounds its qualifier speaks of; an
    exact (or "about") count with no figure says nothing and is refused. A count with
    neither a value nor a qualifier can only be vague, and is made so."""
    if out["value"] is not None:
        return
    qualifier = out["qualifier"]
    if qualifier is None:
        out["qualifier"] = "vague"
        return
    if qualifier not in _NEEDS_WITHOUT_VALUE:
        return
    needs = _NEEDS_WITHOUT_VALUE[qualifier]
    shown = qualifier.replace("_", " ")
    if needs is None:
        raise InvalidEdit(f"value: a count qualified '{shown}' needs a figure; leave it "
                          "blank only when the text gives none (qualifier vague)")
    missing = [b for b in ("min", "max") if b in needs and out[b] is None]
    if missing:
        raise InvalidEdit(f"{missing[0]}: a count '{shown}' with no value needs its {needs}")


# ---- journal ------------------------------------------------------------------------

def _fact_row(db, fact_id: int) -> dict:
    row = db.execute("SELECT * FROM facts WHERE id = ?", [fact_id]).fetchone()
    if row is None:
        raise NotFound(f"no fact with id {fact_id}")
    cols = [d[0] for d in db.execute("SELECT * FROM facts LIMIT 0").description]
    return dict(zip(cols, row, strict=True))


def _journal(db, action: str, article_id: int, fact_id: int | None, before: Any, after: Any) -> int:
    if action not in _META_ACTIONS:
        # A new change ends the redo chain: what was undone before it stays undone
        # (undone = 2), as in any editor.
        db.execute("UPDATE edits SET undone = 2 WHERE article_id = ? AND undone = 1", [article_id])
    cur = db.execute(
        "INSERT INTO edits (at, article_id, fact_id, action, before, after, undone)"
        " VALUES (?, ?, ?, ?, ?, ?, 0)",
        [now(), article_id, fact_id, action,
         json.dumps(before, ensure_ascii=False), json.dumps(after, ensure_ascii=False)],
    )
    return cur.lastrowid


def _write_fact(db, row: dict) -> None:
    cols = [c for c in row if c != "id"]
    assignments = ", ".join(f"[{c}] = ?" for c in cols)  # column names are ours, not input
    cur = db.execute(f"UPDATE facts SET {assignments} WHERE id = ?", [row[c] for c in cols] + [row["id"]])
    if cur.rowcount == 0:
        raise _Gone(row["id"])


class _Gone(Exception):
    """A journal step names a fact that is no longer stored (re-extraction removed it)."""

    def __init__(self, fact_id: int) -> None:
        super().__init__(fact_id)
        self.fact_id = fact_id


def _touch_article(db, article_id: int) -> None:
    # Reviewing a fact starts the review of its article; not a decision to journal.
    db.execute("UPDATE articles SET status = 'in_review' WHERE id = ? AND status = 'new'",
               [article_id])


def _restore(db, article_id: int, target: Any, current: Any) -> None:
    """Bring the store from `current` back to `target` (both journal states)."""
    if isinstance(target, list) or isinstance(current, list):
        for t, c in zip(target or [], current or [], strict=False):
            _restore(db, article_id, t, c)
        return
    if isinstance(target, dict) and "article" in target:
        fields = target["article"]
        for name in ("status", "note"):
            if name in fields:
                db.execute(f"UPDATE articles SET [{name}] = ? WHERE id = ?", [fields[name], article_id])
        return
    if target is None and current is not None:
        db.execute("DELETE FROM facts WHERE id = ?", [current["id"]])
    elif current is None and target is not None:
        if db.execute("SELECT 1 FROM facts WHERE id = ?", [target["id"]]).fetchone():
            raise _Gone(target["id"])  # a store from before ids were kept unique
        db["facts"].insert(target, pk="id")
    elif target is not None:
        _write_fact(db, dict(target, updated_at=now()))


def _fact_action(store: Store, fact_id: int, action: str, change: dict) -> dict:
    with store.transaction() as db:
        before = _fact_row(db, fact_id)
        after = dict(before, **change, updated_at=now())
        if after == dict(before, updated_at=after["updated_at"]):
            return load_fact(before)  # nothing changes: no journal row
        _write_fact(db, after)
        _journal(db, action, before["article_id"], fact_id, before, after)
        _touch_article(db, before["article_id"])
    return load_fact(after)


# ---- actions on facts ---------------------------------------------------------------

def accept(store: Store, fact_id: int) -> dict:
    """Mark a fact accepted. Edited and added facts are curated already and stay so."""
    with store.lock:
        status = _fact_row(store.db, fact_id)["status"]
    if status in ("edited", "added"):
        return load_fact(_fact_row(store.db, fact_id))
    return _fact_action(store, fact_id, "accept", {"status": "accepted"})


def reject(store: Store, fact_id: int) -> dict:
    return _fact_action(store, fact_id, "reject", {"status": "rejected"})


def edit(store: Store, fact_id: int, changes: dict) -> dict:
    """Change a fact's fields; InvalidEdit names a bad field and nothing is written."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidEdit(f"{sorted(unknown)[0]}: not a field a person can edit")
    with store.lock:
        before = _fact_row(store.db, fact_id)
    fixed = validate(dict(before, **changes))
    change = {k: fixed[k] for k in EDITABLE if k in fixed}
    change["main_event"] = 1 if fixed.get("main_event") else 0
    current = load_fact(before)
    if all(current.get(k) == v for k, v in change.items()):
        # Every field typed as it stood: the person checked the fact and it holds. That
        # is an acceptance, not an edit (an "edited" fact claims the machine was wrong).
        if before["status"] in ("pending", "rejected"):
            return _fact_action(store, fact_id, "accept", {"status": "accepted"})
        return current
    if before["status"] != "added":
        change["status"] = "edited"
    return _fact_action(store, fact_id, "edit", change)


def set_value(store: Store, fact_id: int, value: Any) -> dict:
    """The quick edit: the number typed over a fact becomes its exact value."""
    with store.lock:
        kind = _fact_row(store.db, fact_id)["kind"]
    if kind in COUNT_KINDS:
        number = _count("value", value)
        return edit(store, fact_id, {"value": number, "min": number, "max": number,
                                     "qualifier": "exact"})
    return edit(store, fact_id, {"value": value})


def add(store: Store, article_id: int, kind: str, start: int, end: int, **fields: Any) -> dict:
    """A fact a person found: its span must lie inside the article's text."""
    article = get_article(store, article_id)
    text = article["text"]
    if not (0 <= start < end <= len(text)):
        raise InvalidEdit(f"span: {start}-{end} is not inside the article (0-{len(text)})")
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidEdit(f"{sorted(unknown)[0]}: not a field of a fact")
    fact = validate({"kind": kind, **fields})
    stamp = now()
    row = {name: fact.get(name) for name in EDITABLE}
    row.update(
        article_id=article_id, start=start, end=end, text=text[start:end],
        main_event=1 if fields.get("main_event", True) else 0, event=fields.get("event", 0),
        origin="human", rule="human", confidence=1.0, status="added",
        created_at=stamp, updated_at=stamp,
    )
    with store.transaction() as db:
        fact_id = db["facts"].insert(row).last_pk
        after = _fact_row(db, fact_id)
        _journal(db, "add", article_id, fact_id, None, after)
        _touch_article(db, article_id)
    return load_fact(after)


def delete(store: Store, fact_id: int) -> None:
    """Remove a fact a person added; machine facts are rejected, never deleted."""
    with store.transaction() as db:
        before = _fact_row(db, fact_id)
        if before["origin"] != "human":
            raise InvalidEdit("only a fact a person added can be deleted; reject this one (x)")
        db.execute("DELETE FROM facts WHERE id = ?", [fact_id])
        _journal(db, "delete", before["article_id"], fact_id, before, None)


def accept_all(store: Store, article_id: int) -> int:
    """Accept every pending fact of the article as one undoable step."""
    with store.transaction() as db:
        ids = [r[0] for r in db.execute(
            "SELECT id FROM facts WHERE article_id = ? AND status = 'pending' ORDER BY id",
            [article_id])]
        if not ids:
            return 0
        before = [_fact_row(db, i) for i in ids]
        stamp = now()
        after = [dict(b, status="accepted", updated_at=stamp) for b in before]
        for row in after:
            _write_fact(db, row)
        _journal(db, "accept", article_id, None, before, after)
        _touch_article(db, article_id)
    return len(ids)


# ---- actions on articles ------------------------------------------------------------

def _article_action(store: Store, article_id: int, action: str, field: str, value: Any) -> dict:
    with store.transaction() as db:
        row = db.execute(f"SELECT [{field}] FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        if row[0] != value:
            db.execute(f"UPDATE articles SET [{field}] = ? WHERE id = ?", [value, article_id])
            _journal(db, action, article_id, None, {"article": {field: row[0]}},
                     {"article": {field: value}})
    return get_article(store, article_id)


def set_status(store: Store, article_id: int, status: str) -> dict:
    if status not in ARTICLE_STATUSES:
        raise InvalidEdit(f"status: {status!r} is not one of {', '.join(ARTICLE_STATUSES)}")
    return _article_action(store, article_id, "status", "status", status)


def toggle_reviewed(store: Store, article_id: int) -> dict:
    current = get_article(store, article_id)["status"]
    return set_status(store, article_id, "in_review" if current == "reviewed" else "reviewed")


def toggle_flagged(store: Store, article_id: int) -> dict:
    """Flag the article for a second look (a doubtful source, figures to check with a
    colleague); flagged again, it goes back to in review."""
    current = get_article(store, article_id)["status"]
    return set_status(store, article_id, "in_review" if current == "flagged" else "flagged")


def set_note(store: Store, article_id: int, note: str | None) -> dict:
    return _article_action(store, article_id, "note", "note", (note or "").strip() or None)


# ---- undo and redo ------------------------------------------------------------------

def _latest_active(db, article_id: int) -> tuple | None:
    return db.execute(
        "SELECT id, action, fact_id, before, after FROM edits WHERE article_id = ?"
        " AND undone = 0 AND action NOT IN (?, ?) ORDER BY id DESC LIMIT 1",
        [article_id, *_META_ACTIONS],
    ).fetchone()


def undo(store: Store, article_id: int) -> str | None:
    """Undo the article's latest change; returns its action, or None if nothing is left."""
    return _step(store, article_id, undoing=True)


def redo(store: Store, article_id: int) -> str | None:
    """Redo the change undone last, unless a new change came after it."""
    return _step(store, article_id, undoing=False)


def _step(store: Store, article_id: int, *, undoing: bool) -> str | None:
    try:
        with store.transaction() as db:
            if undoing:
                row = _latest_active(db, article_id)
            else:
                # The change undone last is the earliest of those still undone.
                row = db.execute(
                    "SELECT id, action, fact_id, before, after FROM edits WHERE article_id = ?"
                    " AND undone = 1 ORDER BY id ASC LIMIT 1",
                    [article_id],
                ).fetchone()
            if row is None:
                return None
            edit_id, action, fact_id, before, after = row
            was, will = (after, before) if undoing else (before, after)
            _restore(db, article_id, json.loads(will), json.loads(was))
            db.execute("UPDATE edits SET undone = ? WHERE id = ?", [1 if undoing else 0, edit_id])
            _journal(db, "undo" if undoing else "redo", article_id, fact_id,
                     json.loads(was), json.loads(will))
        return action
    except _Gone as gone:
        # The step cannot be replayed; it leaves the chain (undone = 2, as a step a new
        # change cut off) so the steps before it stay reachable.
        with store.transaction() as db:
            db.execute("UPDATE edits SET undone = 2 WHERE id = ?", [edit_id])
        raise InvalidEdit(
            f"cannot {'undo' if undoing else 'redo'} {action}: fact {gone.fact_id} was replaced"
            " when the article was re-extracted; that step is dropped"
        ) from None
