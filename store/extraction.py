"""The bridge from the store to the fact engine: running it at ingest and re-running
it later without touching any fact a person decided."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from extract import Fact, extract, plugins

from .articles import NewArticle
from .db import Store, now
from .facts import HUMAN_STATUSES, fact_rows


def load_plugins() -> None:
    """Load the outside extractors now; raises extract.plugins.PluginError naming one
    that cannot be loaded."""
    plugins.extractors()


def facts_for(article: NewArticle) -> list[Fact]:
    return extract(article.text, article.published).facts


def reextract(
    store: Store,
    article_ids: Iterable[int] | None = None,
    *,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Replace the pending machine facts of the given (default: all) articles with a
    fresh extraction. Accepted, edited, rejected and added facts stay as they are, and a
    new machine fact on the same span and kind as one of them is not added again. A
    pending fact found again on the same span and kind keeps its id (updated in place),
    so the journal's undo and redo still find it."""
    ids = list(article_ids) if article_ids is not None else [
        r["id"] for r in store.query("SELECT id FROM articles ORDER BY id")
    ]
    totals = {"articles": 0, "removed": 0, "added": 0, "updated": 0, "kept": 0}
    for article_id in ids:
        rows = store.query("SELECT text, published FROM articles WHERE id = ?", (article_id,))
        if not rows:
            continue
        new = extract(rows[0]["text"], rows[0]["published"]).facts
        stamp = now()
        with store.transaction() as db:
            decided = {
                (r[0], r[1], r[2])
                for r in db.execute(
                    "SELECT kind, start, end FROM facts WHERE article_id = ? AND status IN"
                    f" ({','.join('?' * len(HUMAN_STATUSES))})",
                    [article_id, *HUMAN_STATUSES],
                )
            }
            pending = {
                (r[1], r[2], r[3]): r[0]
                for r in db.execute(
                    "SELECT id, kind, start, end FROM facts WHERE article_id = ?"
                    " AND status = 'pending' AND origin = 'machine'",
                    [article_id],
                )
            }
            fresh = fact_rows(article_id, [f for f in new if (f.kind, f.start, f.end) not in decided], stamp)
            inserts, updated = [], 0
            for row in fresh:
                fact_id = pending.pop((row["kind"], row["start"], row["end"]), None)
                if fact_id is None:
                    inserts.append(row)
                else:
                    row.pop("created_at")
                    db["facts"].update(fact_id, row)
                    updated += 1
            for fact_id in pending.values():
                db["facts"].delete(fact_id)
            if inserts:
                db["facts"].insert_all(inserts)
        totals["articles"] += 1
        totals["removed"] += len(pending)
        totals["added"] += len(inserts)
        totals["updated"] += updated
        totals["kept"] += len(decided)
        if progress:
            progress(1)
    return totals
