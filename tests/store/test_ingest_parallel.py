"""Extraction in worker processes gives exactly what extraction in process gives."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from store import open_store
from store.ingest import ingest, parallel
from store.ingest.writer import EXTRACT_CHUNK

PLACES = ["the northern airbase", "the harbour", "a fuel depot", "the border crossing"]
WEAPONS = ["rockets", "drones", "mortar rounds", "missiles"]


def reports(n: int) -> list[dict]:
    out = []
    for i in range(n):
        fired = 3 + i % 17
        down = i % (fired + 1)
        out.append({
            "published": f"2024-0{1 + i % 9}-1{i % 10}",
            "text": (f"{WEAPONS[i % 4].capitalize()} hit {PLACES[i % 4]}\n\n"
                     f"{fired} {WEAPONS[i % 4]} were fired at {PLACES[i % 4]} on Tuesday, an army "
                     f"spokesman said. Air defences shot down {down} of them. Report {i}."),
        })
    return out


def facts_by_text(store) -> dict[str, list[tuple]]:
    rows = store.query(
        "SELECT a.text, f.kind, f.value, f.start, f.end, f.object, f.rule FROM facts f"
        " JOIN articles a ON a.id = f.article_id ORDER BY a.text, f.start, f.end, f.kind, f.rule")
    out: dict[str, list[tuple]] = {}
    for r in rows:
        out.setdefault(r["text"], []).append((r["kind"], r["value"], r["start"], r["end"], r["object"], r["rule"]))
    return out


def test_worker_processes_match_in_process_extraction(tmp_path, monkeypatch):
    used = []
    real_map = parallel.ExtractorPool.map

    def spy(self, articles):
        result = real_map(self, articles)
        used.append(result is not None)
        return result

    monkeypatch.setattr(parallel.ExtractorPool, "map", spy)
    source = tmp_path / "in" / "r.jsonl"
    source.parent.mkdir()
    source.write_text("\n".join(json.dumps(r) for r in reports(parallel.MIN_BATCH + 40)) + "\n")
    with open_store(tmp_path / "serial.db") as serial, open_store(tmp_path / "pool.db") as pooled:
        one = ingest(serial, [source], jobs=1)
        two = ingest(pooled, [source], jobs=2)
        assert one.new == two.new == parallel.MIN_BATCH + 40
        assert used == [True]  # the pooled run really went through worker processes
        assert one.facts == two.facts > 0
        assert facts_by_text(serial) == facts_by_text(pooled)


def test_a_broken_pool_falls_back_to_in_process(tmp_path, monkeypatch):
    def no_processes(*args, **kwargs):
        raise OSError("no semaphores here")

    monkeypatch.setattr(parallel.multiprocessing, "get_context", no_processes)
    source = tmp_path / "in" / "r.jsonl"
    source.parent.mkdir()
    source.write_text("\n".join(json.dumps(r) for r in reports(parallel.MIN_BATCH + 5)) + "\n")
    with open_store(tmp_path / "a.db") as store:
        report = ingest(store, [source], jobs=4)
        assert report.new == parallel.MIN_BATCH + 5
        assert report.failed == [] and report.warnings == []
        assert report.facts == store.query("SELECT count(*) AS n FROM facts")[0]["n"]


def test_default_jobs_is_bounded():
    assert 1 <= parallel.default_jobs() <= parallel.MAX_JOBS


def test_worker_initializer_ignores_sigint():
    before = signal.getsignal(signal.SIGINT)
    try:
        parallel.ignore_sigint()
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


def _worker_importing(pid: int) -> bool:
    """Whether a pool worker of `pid` is under way with its imports (Linux /proc): past
    the interpreter's start, which installs the KeyboardInterrupt handler, and before
    the worker's initializer, which the engine's imports come before."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rpartition(")")[2].split()[1])
            if ppid != pid or b"spawn_main" not in (stat.parent / "cmdline").read_bytes():
                continue
            # sqlite3 is imported with the main module, the first import of a worker
            if "_sqlite3" in (stat.parent / "maps").read_text():
                return True
        except (OSError, ValueError, IndexError):
            continue
    return False


def _stored(db: Path) -> int:
    try:
        with closing(sqlite3.connect(db)) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or not hasattr(os, "killpg"),
                    reason="needs /proc and process groups")
@pytest.mark.parametrize("when", ["workers importing", "a chunk stored"])
def test_ctrl_c_in_a_parallel_import_is_one_line_and_keeps_finished_chunks(tmp_path, when):
    total = 40 * EXTRACT_CHUNK  # many seconds of work: the interrupt comes long before the end
    source = tmp_path / "in" / "r.jsonl"
    source.parent.mkdir()
    source.write_text("\n".join(json.dumps(r) for r in reports(total)) + "\n")
    db = tmp_path / "s.db"
    # Its own process group, so the SIGINT below reaches the workers too, as a Ctrl-C in
    # a terminal does.
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "--db", str(db), "ingest", "--jobs", "4", str(source)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        ready = (lambda: _worker_importing(proc.pid)) if when == "workers importing" else \
            (lambda: _stored(db) > 0)
        deadline = time.monotonic() + 120
        while not ready():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, f"never reached: {when}"
            time.sleep(0.005)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert err == "factdesk: interrupted; everything confirmed so far is stored\n"
    assert (proc.returncode, out) == (130, "")
    with closing(sqlite3.connect(db)) as conn:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        bare = conn.execute("SELECT count(*) FROM articles WHERE id NOT IN"
                            " (SELECT article_id FROM facts)").fetchone()[0]
    # Whole chunks only, each article with its facts; none after the interrupt.
    assert stored % EXTRACT_CHUNK == 0 and stored < total
    assert bare == 0
    if when == "a chunk stored":
        assert stored > 0
