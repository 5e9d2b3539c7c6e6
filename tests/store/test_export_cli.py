"""`factdesk export` end to end, in a real process: files, stdout, refusals, messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from store import open_store
from store.export import NO_CURATED

from .export_corpus import build, read_csv


def factdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    with open_store(path) as s:
        build(s)
    return str(path)


def test_csv_to_a_file_with_a_summary_on_stderr(db, tmp_path):
    out = tmp_path / "facts.csv"
    done = factdesk("--db", db, "export", "--format", "csv", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    rows = read_csv(out.read_text(encoding="utf-8"))
    assert f"{len(rows)} records, {len(rows)} facts, 1 skipped -> {out}" in done.stderr


def test_jsonl_to_stdout_by_default_and_with_dash(db):
    for extra in ((), ("-o", "-")):
        done = factdesk("--db", db, "export", "--format", "jsonl", *extra)
        assert done.returncode == 0, done.stderr
        records = [json.loads(line) for line in done.stdout.splitlines()]
        assert records and all(r["format"] == "factdesk.event/1" for r in records)
        assert f"{len(records)} records" in done.stderr


def test_overwrite_refused_without_force(db, tmp_path):
    out = tmp_path / "taken.jsonl"
    out.write_text("precious", encoding="utf-8")
    done = factdesk("--db", db, "export", "--format", "spans", "-o", str(out))
    assert done.returncode == 2
    assert "already exists; use --force" in done.stderr and "Traceback" not in done.stderr
    assert out.read_text(encoding="utf-8") == "precious"
    done = factdesk("--db", db, "export", "--format", "spans", "-o", str(out), "--force")
    assert done.returncode == 0 and out.read_text(encoding="utf-8").startswith('{"text"')


def test_force_never_writes_over_the_store_itself(db, tmp_path):
    before = (tmp_path / "cli.db").read_bytes()
    for target in (db, db + "-wal"):
        done = factdesk("--db", db, "export", "--format", "csv", "-o", target, "--force")
        assert done.returncode == 2, done.stderr
        assert "is the store being exported" in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "cli.db").read_bytes() == before
    with open_store(db) as s:
        assert s.query("select count(*) n from articles")[0]["n"] > 0


def test_filters_from_the_command_line(db):
    done = factdesk("--db", db, "export", "--format", "jsonl", "--all", "--status", "flagged",
                    "--since", "2023-10", "--until", "2023-10-31", "--query", "missiles")
    assert done.returncode == 0, done.stderr
    titles = {json.loads(line)["article"]["title"] for line in done.stdout.splitlines()}
    assert titles == {"Missiles toward Erbil"}


def test_bad_date_and_bad_status_are_clear_errors(db):
    done = factdesk("--db", db, "export", "--format", "csv", "--since", "2024-13-01")
    assert done.returncode == 2
    assert "factdesk: error: since: '2024-13-01' is not a date" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    done = factdesk("--db", db, "export", "--format", "csv", "--status", "done")
    assert done.returncode == 2 and "invalid choice: 'done'" in done.stderr


@pytest.mark.parametrize("args, words", [
    (("--format", "xml"), "invalid choice: 'xml'"),
    (("--format", "csv", "--status", "nonsense"), "invalid choice: 'nonsense'"),
    ((), "the following arguments are required: --format"),
    (("--format", "csv", "--since", "last week"), "since: 'last week' is not a date"),
    (("--format", "csv", "-o", "/nonexistent-folder/x/out.csv"), "no such folder"),
    (("--format", "csv", "--since", "2024-05", "--until", "2024-01"), "is after until"),
    (("--format", "brat"), "give one with -o FOLDER"),
])
def test_bad_input_is_one_line_and_no_traceback(db, args, words):
    done = factdesk("--db", db, "export", *args)
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stdout == ""


def test_brat_needs_an_output_folder(db, tmp_path):
    done = factdesk("--db", db, "export", "--format", "brat")
    assert done.returncode == 2 and "give one with -o FOLDER" in done.stderr
    done = factdesk("--db", db, "export", "--format", "brat", "-o", str(tmp_path / "b"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "b" / "annotation.conf").exists()


def test_store_without_curated_facts(tmp_path):
    db = tmp_path / "fresh.db"
    open_store(db).close()
    out = tmp_path / "none.jsonl"
    done = factdesk("--db", str(db), "export", "--format", "jsonl", "-o", str(out))
    assert done.returncode == 0
    assert "no articles" in done.stderr and out.read_text(encoding="utf-8") == ""
    # articles with machine facts only: the curated-facts message
    from store.articles import NewArticle, add_articles

    from .export_corpus import TEXT_C, facts_c

    with open_store(db) as s:
        add_articles(s, [NewArticle(text=TEXT_C)], facts_for=lambda a: facts_c())
    done = factdesk("--db", str(db), "export", "--format", "jsonl", "-o", str(out), "--force")
    assert done.returncode == 0 and NO_CURATED in done.stderr
    assert "0 records, 0 facts, 1 skipped" in done.stderr
    done = factdesk("--db", str(db), "export", "--format", "jsonl", "--all")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1
