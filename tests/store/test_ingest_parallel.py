"""Extraction in worker processes gives exactly what extraction in process gives."""

from __future__ import annotations

import json

from store import open_store
from store.ingest import ingest, parallel

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
