"""The `factdesk` command end to end, through its real entry point in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

REPORT = (
    "date 2024-01-20 World\n"
    "Rockets target airbase in western desert\n"
    "\n"
    "Eight rockets were fired at the airbase on Saturday, a military spokesman said.\n"
    "\n"
    "Six were shot down and two fell inside the perimeter, he added.\n"
)


def factdesk_command() -> list[str]:
    """The installed console script next to this Python, else the module entry point."""
    script = shutil.which("factdesk", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "tui.cli"]


def run(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("FORCE_COLOR", None)
    result = subprocess.run(
        [*factdesk_command(), *args], capture_output=True, text=True, env=full_env, cwd=cwd,
        timeout=300,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def count(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def inbox(tmp_path) -> Path:
    """A folder mixing good reports with a binary file, an empty file, a JSON Lines file
    with a broken line and an image."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text \x00")
    (folder / "empty.md").write_bytes(b"")
    (folder / "wire.jsonl").write_text(
        json.dumps({"text": "A drone was shot down over the port on Friday.", "published": "2024-01-19"})
        + "\n{broken json\n"
        + json.dumps({"text": "Three mortar rounds landed near a school.", "title": "Mortars"}) + "\n",
        encoding="utf-8",
    )
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_help_reads_well():
    result = run("--help")
    assert result.returncode == 0
    for word in ("factdesk", "ingest", "extract", "export", "stats", "--db", "--version"):
        assert word in result.stdout
    sub = run("ingest", "--help")
    assert sub.returncode == 0
    for word in (".jsonl", ".csv", ".html", "RSS", "--no-extract", "exit code"):
        assert word in sub.stdout


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"factdesk {version('factdesk')}"


def test_ingest_mixed_folder_names_each_bad_file_and_keeps_the_good(tmp_path, inbox):
    db = tmp_path / "store.db"
    result = run("--db", str(db), "ingest", "--no-extract", str(inbox))
    assert result.returncode == 1
    err = result.stderr
    assert f"{inbox / 'binary.txt'}: binary file" in err
    assert f"{inbox / 'empty.md'}: empty file" in err
    assert f"{inbox / 'wire.jsonl'}:2: malformed JSON" in err
    assert "photo.png" in err and "skipped" in err
    assert "good.txt" not in err
    assert result.stdout.strip() == (
        f"3 new, 0 duplicate, 3 failed, 1 skipped, 0 facts, 0 warnings -> {db}")
    assert count(db) == 3
    titles = {r[0] for r in sqlite3.connect(db).execute("SELECT title FROM articles")}
    assert titles == {"Rockets target airbase in western desert", "Mortars", None}

    again = run("--db", str(db), "ingest", "--no-extract", str(inbox))
    assert again.returncode == 1
    assert again.stdout.startswith("0 new, 3 duplicate, 3 failed")
    assert count(db) == 3


def test_ingest_unclosed_csv_quote_and_menu_only_page_are_named_and_exit_1(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rows.csv").write_text(
        'text,title\n"Two rockets hit the base.",A\n"Rockets hit the town,B\n'
        "Shells fell on the market.,C\n", encoding="utf-8")
    (folder / "menu.html").write_text(
        "<html><head><title>Courier</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div class='footer'>Copyright 2024 Courier</div></body></html>", encoding="utf-8")
    db = tmp_path / "store.db"
    result = run("--db", str(db), "ingest", "--no-extract", str(folder))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"failed: {folder / 'menu.html'}: no article text found in the page",
        f"failed: {folder / 'rows.csv'}:3: unterminated quote starting on line 3: lines 3-4 "
        "were not read; close the quote and ingest the file again",
    ]
    assert result.stdout.startswith("1 new, 0 duplicate, 2 failed")
    assert count(db) == 1


def test_ingest_extracts_facts_and_stats_counts_them(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "store.db"
    result = run("--db", str(db), "ingest", str(report))
    assert result.returncode == 0, result.stderr
    facts = count(db, "SELECT count(*) FROM facts")
    assert result.stdout.startswith(f"1 new, 0 duplicate, 0 failed, 0 skipped, {facts} facts")
    stats = run("--db", str(db), "stats", "--json")
    assert stats.returncode == 0
    data = json.loads(stats.stdout)
    assert data["articles"] == {"new": 1}
    assert sum(data["facts"].values()) == facts
    table = run("--db", str(db), "stats")
    assert table.returncode == 0
    assert "articles by status" in table.stdout


def test_seed_style_report_published_date_and_second_run(tmp_path):
    report = tmp_path / "seed.txt"
    report.write_text(" date 2024-01-20 Theme\n" + REPORT.split("\n", 1)[1], encoding="utf-8")
    db = tmp_path / "s.db"
    assert run("--db", str(db), "ingest", str(report)).returncode == 0
    row = sqlite3.connect(db).execute("SELECT published, section, title FROM articles").fetchone()
    assert row == ("2024-01-20", "Theme", "Rockets target airbase in western desert")
    second = run("--db", str(db), "ingest", str(report))
    assert second.stdout.startswith("0 new, 1 duplicate")
    assert count(db) == 1


def test_db_option_and_environment_variable(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    env_db = tmp_path / "env" / "from-env.db"
    opt_db = tmp_path / "opt.db"
    result = run("ingest", "--no-extract", str(report), env={"FACTDESK_DB": str(env_db)})
    assert result.returncode == 0
    assert str(env_db) in result.stdout
    assert count(env_db) == 1
    # --db wins over the environment.
    result = run("--db", str(opt_db), "ingest", "--no-extract", str(report), env={"FACTDESK_DB": str(env_db)})
    assert result.returncode == 0
    assert count(opt_db) == 1
    assert result.stdout.startswith("1 new")


def test_default_store_is_in_the_user_data_folder(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = run("ingest", "--no-extract", str(report))
    assert result.returncode == 0
    stored = Path(result.stdout.strip().rsplit(" -> ", 1)[1])
    # conftest points HOME and XDG_DATA_HOME at a temporary folder.
    assert stored.is_relative_to(Path(os.environ["HOME"]))
    assert count(stored) == 1


def test_newer_store_is_refused(tmp_path):
    from store import open_store

    db = tmp_path / "future.db"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    for args in (("stats",), ("ingest", str(report))):
        result = run("--db", str(db), *args)
        assert result.returncode == 2
        assert "newer factdesk" in result.stderr and "99" in result.stderr
        assert result.stderr.startswith("factdesk: error:")
    assert db.read_bytes() == before


def test_non_sqlite_file_as_store_is_an_error_and_untouched(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 50, encoding="utf-8")
    before = db.read_bytes()
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = run("--db", str(db), "ingest", str(report))
    assert result.returncode == 2
    assert "not a factdesk store" in result.stderr
    assert db.read_bytes() == before
    assert not Path(str(db) + "-wal").exists()


@pytest.mark.parametrize("command", [("stats",), ("export", "--format", "csv"), ("reextract",)])
def test_reading_commands_never_create_a_store(tmp_path, command):
    db = tmp_path / "typo.db"
    result = run("--db", str(db), *command)
    assert result.returncode == 2
    assert result.stderr.startswith(f"factdesk: error: {db}: no store here")
    assert not db.exists()


def test_a_store_that_refuses_writes_is_an_error_not_a_traceback(tmp_path):
    db = tmp_path / "s.db"
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert run("--db", str(db), "ingest", str(report)).returncode == 0
    # a trigger that aborts every write stands in for a read-only mount (tests run as root)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TRIGGER no_writes BEFORE UPDATE ON facts "
                 "BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END")
    conn.commit()
    conn.close()
    result = run("--db", str(db), "reextract")
    assert result.returncode == 2
    assert "the store could not be updated" in result.stderr and "readonly" in result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] > 0
    conn.close()


def test_reextract_names_ids_it_cannot_find(tmp_path):
    db = tmp_path / "s.db"
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    run("--db", str(db), "ingest", str(report))
    result = run("--db", str(db), "reextract", "1", "999")
    assert result.returncode == 1
    assert result.stdout.startswith("1 articles re-extracted")
    assert "no article with id 999" in result.stderr
    result = run("--db", str(db), "reextract", "999")
    assert result.returncode == 1 and result.stdout == ""


def test_ingest_that_finds_nothing_is_an_error(tmp_path):
    db = tmp_path / "s.db"
    (tmp_path / "empty").mkdir()
    result = run("--db", str(db), "ingest", str(tmp_path / "empty"))
    assert result.returncode == 1
    assert "nothing ingested" in result.stderr and "no report files" in result.stderr
    feed = tmp_path / "headlines.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                    "<item><title>Only a headline</title></item></channel></rss>",
                    encoding="utf-8")
    result = run("--db", str(db), "ingest", str(feed))
    assert result.returncode == 1
    assert "has no summary or content" in result.stderr
    assert "every entry was skipped" in result.stderr


def test_a_misconfigured_plugin_stops_before_anything_is_read(tmp_path):
    db = tmp_path / "s.db"
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    env = {"FACTDESK_EXTRACTORS": "fd_no_such_model:extract"}
    for command in (("ingest", str(report)), ("extract", str(report))):
        result = run("--db", str(db), *command, env=env)
        assert result.returncode == 2
        assert result.stderr.startswith("factdesk: error: FACTDESK_EXTRACTORS: "
                                        "'fd_no_such_model:extract': cannot import")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    conn.close()


def test_missing_path_is_an_error(tmp_path):
    result = run("--db", str(tmp_path / "s.db"), "ingest", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert f"{tmp_path / 'nowhere'}: no such file or folder" in result.stderr


def test_unsupported_file_named_explicitly_is_an_error(tmp_path):
    odd = tmp_path / "report.xyz"
    odd.write_text("Rockets fell.", encoding="utf-8")
    result = run("--db", str(tmp_path / "s.db"), "ingest", str(odd))
    assert result.returncode == 1
    assert "unsupported file type .xyz" in result.stderr


def test_control_characters_never_reach_the_terminal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    evil = folder / "evil\x1b[31mRED\x07.txt"
    evil.write_bytes(b"")
    bad_line = folder / "lines.jsonl"
    bad_line.write_text('{"text": "\\u001b[2J wiped"}\n{"title": "\x1b]0;title\x07"}\n', encoding="utf-8")
    db = tmp_path / "s.db"
    result = run("--db", str(db), "ingest", "--no-extract", str(folder))
    assert result.returncode == 1
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream and "\x07" not in stream
    assert "evil\\x1b[31mRED\\x07.txt: empty file" in result.stderr
    # The text itself is stored exactly as written.
    assert sqlite3.connect(db).execute("SELECT text FROM articles").fetchone()[0] == "\x1b[2J wiped"


def test_warnings_are_reported_and_exit_zero(tmp_path):
    win = tmp_path / "win.txt"
    win.write_bytes("\u201cFour shells\u201d hit the caf\u00e9, officials said.\n".encode("cp1252"))
    result = run("--db", str(tmp_path / "s.db"), "ingest", "--no-extract", str(win))
    assert result.returncode == 0
    assert f"warning: {win}: not UTF-8; read as cp1252" in result.stderr
    assert result.stdout.startswith("1 new, 0 duplicate, 0 failed, 0 skipped, 0 facts, 1 warning ->")


def test_extract_jsonl_prints_one_object_per_file(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(REPORT, encoding="utf-8")
    b = tmp_path / "b.md"
    b.write_text("# Drone strike on depot\n\nTwo drones hit a depot.\n", encoding="utf-8")
    db = tmp_path / "untouched.db"
    result = run("--db", str(db), "extract", "--format", "jsonl", str(a), str(b))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["path"] for r in records] == [str(a), str(b)]
    for record in records:
        assert isinstance(record["article"]["text"], str)
        assert isinstance(record["facts"], list)
        for fact in record["facts"]:
            assert record["article"]["text"][fact["start"]:fact["end"]] == fact["text"]
    assert records[0]["article"]["published"] == "2024-01-20"
    assert records[1]["article"]["title"] == "Drone strike on depot"
    assert not db.exists()
