"""The built-in demo corpus: loaded on the default store's first run, kept apart from a
person's own reports."""

from __future__ import annotations

import subprocess
import sys

from store import open_store, review
from store.articles import NewArticle, add_articles, get_facts
from store.demo import clear_untouched_demo, demo_articles, load_demo, load_demo_if_first_run

REPORT = ("date 2024-05-02\nMortars hit a market\n\n"
          "Four mortar rounds struck the market on Thursday, wounding six people.\n")


def _count(store, table: str) -> int:
    return store.query(f"SELECT count(*) n FROM {table}")[0]["n"]  # our own table names


def test_first_run_of_the_default_store_gets_the_demo_once(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTDESK_DB", str(tmp_path / "default.db"))
    with open_store() as store:
        assert load_demo_if_first_run(store) == len(demo_articles()) > 10
        assert load_demo_if_first_run(store) == 0  # not a first run any more
    with open_store(tmp_path / "other.db") as other:
        assert load_demo_if_first_run(other) == 0  # only the default store


def test_an_untouched_demo_makes_way_for_the_first_real_reports(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTDESK_DB", str(tmp_path / "default.db"))
    with open_store() as store:
        loaded = load_demo(store)
        assert clear_untouched_demo(store) == loaded
        assert _count(store, "articles") == _count(store, "facts") == 0


def test_a_touched_demo_or_a_mixed_store_is_left_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTDESK_DB", str(tmp_path / "default.db"))
    with open_store() as store:
        load_demo(store)
        fact = get_facts(store, store.query("SELECT id FROM articles LIMIT 1")[0]["id"])[0]
        review.accept(store, fact["id"])
        assert clear_untouched_demo(store) == 0
    monkeypatch.setenv("FACTDESK_DB", str(tmp_path / "mixed.db"))
    with open_store() as store:
        load_demo(store)
        add_articles(store, [NewArticle(text="Six rockets fell.", origin="mine.txt")])
        assert clear_untouched_demo(store) == 0
        assert _count(store, "articles") == len(demo_articles()) + 1


def test_ingest_into_the_first_run_store_says_the_demo_went(tmp_path, monkeypatch):
    db = tmp_path / "default.db"
    monkeypatch.setenv("FACTDESK_DB", str(db))
    with open_store() as store:
        load_demo(store)
    report = tmp_path / "mortars.txt"
    report.write_text(REPORT, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "tui.cli", "ingest", str(report)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "demo reports of the first run were taken out" in done.stderr
    with open_store(db) as store:
        assert [r["title"] for r in store.query("SELECT title FROM articles")] == [
            "Mortars hit a market"]
