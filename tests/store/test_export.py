"""Exports read back: jsonl against its schema, csv with the csv module, spans as
Prodigy tasks; curated-only by default, filters, refusals and the empty store."""

from __future__ import annotations

import io
from pathlib import Path

import jsonschema
import pytest

from store.articles import NewArticle, add_articles, get_article
from store.export import NO_CURATED, ExportError, record_schema, run_export
from store.export.csv import COLUMNS, safe_cell
from store.export.reader import CURATED, Selection, iter_articles, parse_day
from store.export.records import date_precision

from .export_corpus import TEXT_A, TEXT_B, TITLE_B, build, curated, read_csv, read_jsonl

VALIDATOR = jsonschema.Draft202012Validator(record_schema())


@pytest.fixture
def ids(store):
    return build(store)


def export_text(store, fmt: str, **options) -> tuple[str, object]:
    buf = io.StringIO(newline="")
    summary = run_export(store, fmt, buf, **options)
    return buf.getvalue(), summary


def curated_ids(store, ids, statuses=CURATED) -> set[int]:
    return {f["id"] for aid in ids.values() for f in curated(store, aid, statuses)}


# ---- jsonl ----------------------------------------------------------------------------

def test_jsonl_records_validate_and_hold_exactly_the_curated_facts(store, ids):
    text, summary = export_text(store, "jsonl")
    records = read_jsonl(text)
    for record in records:
        VALIDATOR.validate(record)
    exported = [f["id"] for r in records for f in r["facts"]]
    assert len(exported) == len(set(exported))
    assert set(exported) == curated_ids(store, ids)
    assert summary.facts == len(exported) and summary.records == len(records)
    statuses = {f["status"] for r in records for f in r["facts"]}
    assert statuses <= set(CURATED) and "edited" in statuses and "added" in statuses
    # C has pending facts only: no record, counted as skipped
    assert {r["article"]["id"] for r in records} == {ids["a"], ids["b"], ids["d"]}
    assert summary.skipped == 1


def test_jsonl_evidence_slices_the_article_text(store, ids):
    text, _ = export_text(store, "jsonl", include_pending=True)
    for record in read_jsonl(text):
        article = get_article(store, record["article"]["id"])
        for f in record["facts"]:
            assert article["text"][f["start"]:f["end"]] == f["text"]


def test_jsonl_event_card_checks_and_conflicts(store, ids):
    records = read_jsonl(export_text(store, "jsonl")[0])
    a = next(r for r in records if r["article"]["id"] == ids["a"])
    assert a["article"]["title"] == "Rockets hit Kharkiv suburbs"
    assert a["event"]["main"] is True
    assert a["event"]["date"] == "2024-03-02" and a["event"]["date_precision"] == "day"
    assert a["event"]["place"] == "Kharkiv"
    assert a["checks"][0]["name"] == "launched >= intercepted + impacted"
    assert a["checks"][0]["ok"] is True
    launched = next(c for c in a["conflicts"] if c["kind"] == "launched")
    assert {(f["display"], f["source"]) for f in launched["figures"]} == {
        ("≥20", "the regional governor"), ("24", "A military spokesman")}
    d = next(r for r in records if r["article"]["id"] == ids["d"])
    assert d["event"]["date_precision"] == "week"
    assert d["event"]["actor"] == "Militants"
    edited = next(f for f in d["facts"] if f["kind"] == "launched")
    assert edited["status"] == "edited"
    assert edited["attributed_to"] == "the Kurdistan counter-terrorism service"


def test_jsonl_with_all_adds_pending_and_never_rejected(store, ids):
    records = read_jsonl(export_text(store, "jsonl", include_pending=True)[0])
    for record in records:
        VALIDATOR.validate(record)
    exported = {f["id"] for r in records for f in r["facts"]}
    assert exported == curated_ids(store, ids, CURATED + ("pending",))
    rejected = {r["id"] for r in store.query("SELECT id FROM facts WHERE status = 'rejected'")}
    assert rejected and not rejected & exported
    assert ids["c"] in {r["article"]["id"] for r in records}


def test_background_event_is_its_own_record(store, ids):
    from store import review as rv

    killed = next(f for f in curated(store, ids["a"]) if f["kind"] == "killed")
    rv.edit(store, killed["id"], {"main_event": False})
    records = [r for r in read_jsonl(export_text(store, "jsonl")[0])
               if r["article"]["id"] == ids["a"]]
    assert [r["event"]["main"] for r in records] == [True, False]
    assert [f["kind"] for f in records[1]["facts"]] == ["killed"]
    assert "killed" not in records[0]["event"]["counts"]
    for record in records:
        VALIDATOR.validate(record)


def test_schema_rejects_a_broken_record(store, ids):
    record = read_jsonl(export_text(store, "jsonl")[0])[0]
    record["facts"][0]["status"] = "rejected"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(record)
    del record["facts"][0]["status"]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(record)


# ---- csv ------------------------------------------------------------------------------

def test_csv_one_row_per_curated_fact(store, ids):
    text, summary = export_text(store, "csv")
    rows = read_csv(text)
    assert list(rows[0].keys()) == list(COLUMNS)
    assert {int(r["fact_id"]) for r in rows} == curated_ids(store, ids)
    assert summary.records == len(rows) == summary.facts
    a_rows = [r for r in rows if int(r["article_id"]) == ids["a"]]
    launched = next(r for r in a_rows if r["text"] == "At least 20 rockets")
    assert (launched["value"], launched["min"], launched["qualifier"]) == ("20", "20", "at_least")
    assert launched["source"] == "AFP" and launched["article_status"] == "reviewed"
    for row in rows:
        article = get_article(store, int(row["article_id"]))
        assert article["text"][int(row["start"]):int(row["end"])] == row["text"]


def test_csv_neutralises_formulas_and_keeps_numbers(store, ids):
    rows = read_csv(export_text(store, "csv")[0])
    b_rows = [r for r in rows if int(r["article_id"]) == ids["b"]]
    assert b_rows and all(r["title"] == "'" + TITLE_B for r in b_rows)
    assert all(r["source"] == "'-wire" for r in b_rows)
    zero = next(r for r in b_rows if r["kind"] == "impacted")
    assert zero["value"] == "0"


@pytest.mark.parametrize("cell, out", [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), ("", ""), (None, ""),
    (-3, -3), (15, 15), (0.5, 0.5), (True, 1),
])
def test_safe_cell(cell, out):
    assert safe_cell(cell) == out


# ---- spans ----------------------------------------------------------------------------

def test_spans_tasks_slice_the_text_and_record_rejections(store, ids):
    text, summary = export_text(store, "spans")
    tasks = read_jsonl(text)
    accepts = [t for t in tasks if t["answer"] == "accept"]
    rejects = [t for t in tasks if t["answer"] == "reject"]
    assert [t["meta"]["article_id"] for t in accepts] == [ids["a"], ids["b"], ids["d"]]
    for task in tasks:
        assert set(task) == {"text", "meta", "spans", "answer"}
        assert task["text"] == get_article(store, task["meta"]["article_id"])["text"]
        for s in task["spans"]:
            assert task["text"][s["start"]:s["end"]] == s["text"]
            assert s["label"] in ("launched", "intercepted", "impacted", "killed", "injured",
                                  "event_date", "location", "actor")
    kept = {s["meta"]["fact_id"] for t in accepts for s in t["spans"]}
    assert kept == curated_ids(store, ids)
    rejected = store.query("SELECT id, article_id FROM facts WHERE status = 'rejected'")
    assert [(t["meta"]["article_id"], t["spans"][0]["meta"]["fact_id"]) for t in rejects] == [
        (r["article_id"], r["id"]) for r in rejected]
    assert all(len(t["spans"]) == 1 and t["spans"][0]["meta"]["status"] == "rejected"
               for t in rejects)
    assert summary.records == len(tasks)
    assert summary.facts == len(kept) + len(rejects)


def test_spans_offsets_count_code_points(store, ids):
    tasks = read_jsonl(export_text(store, "spans")[0])
    d = next(t for t in tasks if t["meta"]["article_id"] == ids["d"])
    assert "🚀" in d["text"]
    first = min(d["spans"], key=lambda s: s["start"])
    assert d["text"][first["start"]:first["end"]] == first["text"] == "Militants"


# ---- filters --------------------------------------------------------------------------

def test_since_until_status_and_query_filter(store, ids):
    def articles(**options):
        records = read_jsonl(export_text(store, "jsonl", include_pending=True, **options)[0])
        return {r["article"]["id"] for r in records}

    assert articles(since="2024-01-01") == {ids["a"], ids["b"]}
    assert articles(until="2023-12-31") == {ids["c"], ids["d"]}
    # a date-time published value counts by its day; until is inclusive
    assert articles(since="2024-05-10", until="2024-05-10") == {ids["b"]}
    assert articles(since="2024-03", until="2024-03") == {ids["a"]}
    assert articles(since="2023", until="2023") == {ids["c"], ids["d"]}
    assert articles(status="reviewed") == {ids["a"]}
    assert articles(status="flagged") == {ids["d"]}
    assert articles(query="drones") == {ids["b"]}
    assert articles(query="Kharkiv", status="flagged") == set()


@pytest.mark.parametrize("option, value", [
    ("since", "2024-13-01"), ("until", "yesterday"), ("since", "2024-02-30"), ("until", "24"),
])
def test_bad_dates_are_refused_with_their_name(store, ids, option, value):
    with pytest.raises(ExportError, match=f"{option}: '{value}' is not a date"):
        run_export(store, "jsonl", io.StringIO(), **{option: value})


def test_since_after_until_and_bad_status_or_format(store, ids):
    with pytest.raises(ExportError, match="after until"):
        run_export(store, "csv", io.StringIO(), since="2024-05-01", until="2024-01-01")
    with pytest.raises(ExportError, match="status: 'done'"):
        run_export(store, "csv", io.StringIO(), status="done")
    with pytest.raises(ExportError, match="format: 'xml'"):
        run_export(store, "xml", io.StringIO())


def test_parse_day_ends_of_months():
    assert parse_day("until", "2024-02", end=True) == "2024-02-29"
    assert parse_day("until", "2023-12", end=True) == "2023-12-31"
    assert parse_day("since", "2023-12") == "2023-12-01"
    assert parse_day("since", "") is None


# ---- files, refusals, empty stores ----------------------------------------------------

def test_existing_file_is_refused_without_force(store, ids, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists; use --force"):
        run_export(store, "csv", target)
    assert target.read_text(encoding="utf-8") == "keep me"
    summary = run_export(store, "csv", target, force=True)
    assert summary.path == target and len(read_csv(target.read_text(encoding="utf-8"))) == summary.records
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_failed_export_leaves_the_old_file(store, ids, tmp_path, monkeypatch):
    import store.export.jsonl as jsonl

    target = tmp_path / "out.jsonl"
    target.write_text("old", encoding="utf-8")

    def boom(item):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(jsonl, "event_records", boom)
    with pytest.raises(RuntimeError):
        run_export(store, "jsonl", target, force=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_store_without_curated_facts_exports_an_empty_file(tmp_path):
    from store import open_store
    from store.export import jsonl as _  # noqa: F401  (the writer imports cleanly)

    from .export_corpus import facts_c

    with open_store(tmp_path / "empty.db") as s:
        add_articles(s, [NewArticle(text="Shelling was reported near Sumy on Tuesday; 4 shells "
                                         "fell in a field, officials said.")],
                     facts_for=lambda a: facts_c())
        for fmt, name in (("jsonl", "e.jsonl"), ("spans", "e.spans.jsonl"), ("csv", "e.csv")):
            summary = run_export(s, fmt, tmp_path / name)
            assert (summary.records, summary.facts, summary.skipped) == (0, 0, 1)
            assert summary.message == NO_CURATED
        assert (tmp_path / "e.jsonl").read_text(encoding="utf-8") == ""
        assert (tmp_path / "e.spans.jsonl").read_text(encoding="utf-8") == ""
        assert read_csv((tmp_path / "e.csv").read_text(encoding="utf-8")) == []
        # with --all the pending facts are exported
        assert run_export(s, "jsonl", io.StringIO(), include_pending=True).facts == 2


def test_progress_reports_done_and_total(store, ids):
    calls = []
    run_export(store, "csv", io.StringIO(), progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)


def test_reader_pages_in_id_order_with_the_right_facts(store, ids):
    sel = Selection(statuses=CURATED + ("pending", "rejected"))
    seen = list(iter_articles(store, sel, page=1))
    assert [item.article["id"] for item in seen] == sorted(ids.values())
    for item in seen:
        assert item.facts and all(f["article_id"] == item.article["id"] for f in item.facts)
        starts = [(f["start"], f["end"], f["id"]) for f in item.facts]
        assert starts == sorted(starts)
    assert sum(len(i.facts) for i in seen) == store.query("SELECT count(*) AS n FROM facts")[0]["n"]


@pytest.mark.parametrize("fact, precision", [
    ({"rule": "date.weekday", "text": "on Saturday"}, "day"),
    ({"rule": "date.month_part:mid", "text": "in mid-October"}, "week"),
    ({"rule": "date.relative:week", "text": "last week"}, "week"),
    ({"rule": "date.relative:month", "text": "earlier this month"}, "month"),
    ({"rule": "human", "text": "early March"}, "week"),
    ({"rule": "human", "text": "in October"}, "month"),
    ({"rule": "human", "text": "October 7"}, "day"),
    (None, None),
])
def test_date_precision(fact, precision):
    assert date_precision(fact) == precision


def test_exported_text_keeps_every_line_end(store, ids):
    tasks = read_jsonl(export_text(store, "spans")[0])
    a = next(t for t in tasks if t["meta"]["article_id"] == ids["a"])
    assert a["text"] == TEXT_A and a["text"].count("\n") == TEXT_A.count("\n")
    added = next(s for s in a["spans"] if s["meta"]["status"] == "added")
    assert "\n" in added["text"]
    b = next(t for t in tasks if t["meta"]["article_id"] == ids["b"])
    assert b["text"] == TEXT_B


def test_brat_needs_a_folder(store, ids, tmp_path):
    with pytest.raises(ExportError, match="brat writes a folder"):
        run_export(store, "brat", None)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file"):
        run_export(store, "brat", tmp_path / "file")


def test_line_format_refuses_a_folder_and_a_missing_parent(store, ids, tmp_path):
    with pytest.raises(ExportError, match="is a folder"):
        run_export(store, "csv", tmp_path)
    with pytest.raises(ExportError, match="no such folder"):
        run_export(store, "csv", tmp_path / "nope" / "x.csv")


def test_path_argument_may_be_a_string(store, ids, tmp_path):
    target = tmp_path / "s.jsonl"
    summary = run_export(store, "jsonl", str(target))
    assert summary.path == Path(target)
    assert len(read_jsonl(target.read_text(encoding="utf-8"))) == summary.records


def test_a_new_file_is_shared_like_any_other_and_a_replaced_one_keeps_its_mode(store, ids, tmp_path):
    import os
    import stat

    umask = os.umask(0o022)
    try:
        target = tmp_path / "shared.csv"
        run_export(store, "csv", target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not mkstemp's 0600
        target.chmod(0o640)
        run_export(store, "csv", target, force=True)
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
    finally:
        os.umask(umask)


def test_a_file_that_cannot_be_written_is_a_clear_error(store, ids, tmp_path, monkeypatch):
    import os

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(ExportError, match=r"out\.csv: cannot write \(Permission denied\)"):
        run_export(store, "csv", tmp_path / "out.csv")
    monkeypatch.undo()

    import store.export.brat as brat

    def full(self, item):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(brat.BratWriter, "write", full)
    with pytest.raises(ExportError, match=r"cannot write \(No space left on device\)"):
        run_export(store, "brat", tmp_path / "brat")
