"""The built-in demo corpus: invented reports shipped in the package, so a new user sees
real articles and facts at once."""

from __future__ import annotations

from importlib.resources import files

from .articles import add_articles
from .db import Store, default_path
from .extraction import facts_for
from .ingest.text import parse_plain


def demo_articles() -> list:
    folder = files("store") / "demo"
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith((".txt", ".md"))
                   and p.name[:3].isdigit())
    return [parse_plain((folder / n).read_text(encoding="utf-8"), f"demo:{n}") for n in names]


def load_demo(store: Store) -> int:
    """Add the demo reports (those already there are skipped); returns how many were new."""
    results = add_articles(store, demo_articles(), facts_for=facts_for)
    return sum(1 for _, new in results if new)


def is_empty(store: Store) -> bool:
    return not store.query("SELECT 1 FROM articles LIMIT 1") and not store.query(
        "SELECT 1 FROM edits LIMIT 1")


def load_demo_if_first_run(store: Store) -> int:
    """On the first run of the default store, fill it with the demo corpus."""
    if store.path.resolve() == default_path().resolve() and is_empty(store):
        return load_demo(store)
    return 0


def clear_untouched_demo(store: Store) -> int:
    """Before a person's own reports go into the default store, take out the demo corpus
    its first run put there, if nobody has touched it: invented reports must not sit in
    (and be exported with) real work. Returns how many were removed; 0 when the store
    holds anything else, or any edit at all."""
    if store.path.resolve() != default_path().resolve():
        return 0
    with store.transaction() as db:
        if db.execute("SELECT 1 FROM edits LIMIT 1").fetchone():
            return 0
        if db.execute("SELECT 1 FROM articles WHERE origin IS NULL OR origin NOT LIKE 'demo:%'"
                      " LIMIT 1").fetchone():
            return 0
        count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        db.execute("DELETE FROM facts")
        db.execute("DELETE FROM articles")
    return count


def demo_store_path():
    return default_path().with_name("demo.db")
