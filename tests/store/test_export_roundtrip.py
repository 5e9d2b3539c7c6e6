"""Every format read back on real extractor output: the 48 invented reports of
tests/corpus ingested and extracted, a curator's decisions made through the review
operations, then each export read with json, the csv module and a small brat reader.

What is checked holds whatever the extractor finds: every jsonl record validates against
the shipped schema, every span slices the article text exactly, the facts in each format
are exactly the store's curated facts (or with --all the pending ones too), rejected
facts appear only as spans' "reject" tasks, and counts agree with the summary.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from store import open_store
from store import review as rv
from store.export import NO_CURATED, record_schema, run_export
from store.export.acled import COLUMNS as ACLED_COLUMNS
from store.ingest import ingest

from .export_corpus import note_fields, read_ann, read_csv, read_jsonl

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
VALIDATOR = jsonschema.Draft202012Validator(record_schema())
FORMULA = '=HYPERLINK("http://x.test","x")'


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The corpus in a store: most articles accepted in full, in each of those the
    first fact rejected and the second edited; every fifth article left untouched
    (pending only); one title made a spreadsheet formula."""
    path = tmp_path_factory.mktemp("roundtrip") / "corpus.db"
    with open_store(path) as s:
        report = ingest(s, sorted(CORPUS.glob("*.txt")))
        assert report.new >= 40 and not report.failed
        ids = [r["id"] for r in s.query("SELECT id FROM articles ORDER BY id")]
        for n, aid in enumerate(ids):
            facts = s.query("SELECT id FROM facts WHERE article_id = ? ORDER BY start, id",
                            (aid,))
            if n % 5 == 4 or len(facts) < 3:
                continue
            rv.accept_all(s, aid)
            rv.reject(s, facts[0]["id"])
            rv.edit(s, facts[1]["id"], {"attributed_to": "a curator's source"})
        with s.transaction() as tx:
            tx.execute("UPDATE articles SET title = ? WHERE id = ?", (FORMULA, ids[0]))
    return path


@pytest.fixture
def store(db):
    with open_store(db) as s:
        yield s


def facts_by_status(store, *statuses) -> dict[int, dict]:
    marks = ",".join("?" * len(statuses))
    rows = store.query(f"SELECT * FROM facts WHERE status IN ({marks})", statuses)
    return {r["id"]: r for r in rows}


def texts(store) -> dict[int, str]:
    return {r["id"]: r["text"] for r in store.query("SELECT id, text FROM articles")}


def export(store, fmt, **options):
    buf = io.StringIO(newline="")
    summary = run_export(store, fmt, buf, **options)
    return buf.getvalue(), summary


CURATED = ("accepted", "edited", "added")


@pytest.mark.parametrize("include_pending", [False, True])
def test_jsonl_every_record_valid_every_span_exact_counts_match(store, include_pending):
    wanted = facts_by_status(store, *CURATED, *(("pending",) if include_pending else ()))
    rejected = facts_by_status(store, "rejected")
    assert rejected and len(wanted) > 100
    text, summary = export(store, "jsonl", include_pending=include_pending)
    records = read_jsonl(text)
    by_article = texts(store)
    seen = []
    for record in records:
        VALIDATOR.validate(record)
        body = by_article[record["article"]["id"]]
        for f in record["facts"]:
            assert body[f["start"]:f["end"]] == f["text"]
            assert f["status"] == wanted[f["id"]]["status"]
            seen.append(f["id"])
    assert sorted(seen) == sorted(wanted)
    assert not set(seen) & set(rejected)
    assert (summary.records, summary.facts) == (len(records), len(seen))


def test_csv_rows_are_the_curated_facts_and_formulas_are_text(store):
    wanted = facts_by_status(store, *CURATED)
    text, summary = export(store, "csv")
    rows = read_csv(text)
    by_article = texts(store)
    assert sorted(int(r["fact_id"]) for r in rows) == sorted(wanted)
    assert summary.records == summary.facts == len(rows)
    for row in rows:
        assert by_article[int(row["article_id"])][int(row["start"]):int(row["end"])] == row["text"] \
            or row["text"].startswith("'")  # evidence that itself starts like a formula
        assert not row["title"].startswith(("=", "+", "@", "\t", "\r"))
        for cell in row.values():
            assert not cell.startswith(("=", "+", "@")) or cell.lstrip("+-").replace(".", "", 1).isdigit()
    formula_rows = [r for r in rows if r["title"].endswith(FORMULA)]
    assert formula_rows and all(r["title"] == "'" + FORMULA for r in formula_rows)


def test_spans_accept_tasks_hold_the_curated_facts_and_reject_tasks_the_rejected(store):
    wanted = facts_by_status(store, *CURATED)
    rejected = facts_by_status(store, "rejected")
    text, summary = export(store, "spans")
    tasks = read_jsonl(text)
    accepted_ids, rejected_ids = [], []
    for task in tasks:
        assert set(task) == {"text", "meta", "spans", "answer"}
        for s in task["spans"]:
            assert task["text"][s["start"]:s["end"]] == s["text"]
            (accepted_ids if task["answer"] == "accept" else rejected_ids).append(s["meta"]["fact_id"])
        if task["answer"] == "reject":
            assert len(task["spans"]) == 1 and task["spans"][0]["meta"]["status"] == "rejected"
    assert sorted(accepted_ids) == sorted(wanted)
    assert sorted(rejected_ids) == sorted(rejected)
    assert summary.records == len(tasks) and summary.facts == len(accepted_ids) + len(rejected_ids)
    # one accept task per article with curated facts
    accept_articles = [t["meta"]["article_id"] for t in tasks if t["answer"] == "accept"]
    assert len(accept_articles) == len(set(accept_articles)) == len({f["article_id"] for f in wanted.values()})


def test_brat_documents_slice_their_text_with_tab_separated_lines(store, tmp_path):
    wanted = facts_by_status(store, *CURATED)
    folder = tmp_path / "brat"
    summary = run_export(store, "brat", folder)
    by_article = texts(store)
    seen = []
    for ann_path in sorted(folder.glob("*.ann")):
        aid = int(ann_path.stem)
        text = (folder / f"{aid}.txt").read_bytes().decode("utf-8")
        assert text == by_article[aid]
        raw = ann_path.read_text(encoding="utf-8")
        assert raw.endswith("\n") and "\r" not in raw
        t_ids = []
        for line in raw.splitlines():
            ident = line.split("\t", 1)[0]
            assert ident[0] in "TA#" and ident[1:].isdigit()
            fields = line.split("\t")
            assert len(fields) == (2 if ident[0] == "A" else 3), line
            if ident[0] == "T":
                t_ids.append(int(ident[1:]))
        assert t_ids == list(range(1, len(t_ids) + 1))
        for ann in read_ann(ann_path).values():
            for s, e in ann["fragments"]:
                assert 0 <= s < e <= len(text)
                assert not any(c in text[s:e] for c in "\n\r\u2028\u2029")
            assert " ".join(text[s:e] for s, e in ann["fragments"]) == ann["text"]
            fact = wanted[int(note_fields(ann["note"])["fact"])]
            assert ann["kind"] == fact["kind"] and ann["attrs"]["Status"] == fact["status"]
            seen.append(fact["id"])
    assert sorted(seen) == sorted(wanted)
    assert summary.facts == len(seen) and summary.bad_spans == 0


def test_acled_rows_code_only_curated_events(store):
    text, summary = export(store, "acled")
    rows = read_csv(text)
    assert rows and list(rows[0]) == list(ACLED_COLUMNS)
    assert summary.records == len(rows)
    curated_articles = {f["article_id"] for f in facts_by_status(store, *CURATED).values()}
    for row in rows:
        assert int(row["event_id_cnty"][2:].split("-")[0]) in curated_articles
        assert int(row["fatalities"]) >= 0
        assert row["notes"].startswith(("On ", "Around ", "In "))
        assert (row["event_type"], row["sub_event_type"]) in {
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
            ("Explosions/Remote violence", "Air/drone strike"),
            ("Explosions/Remote violence", ""),
            ("Strategic developments", "Disrupted weapons use"),
            ("", ""),
        }
    # a rejected death never counts: reject every killed fact of one article and its
    # rows report no fatalities
    killed = [f for f in facts_by_status(store, *CURATED).values() if f["kind"] == "killed"]
    assert killed
    aid = killed[0]["article_id"]
    for f in killed:
        if f["article_id"] == aid:
            rv.reject(store, f["id"])
    rows = [r for r in read_csv(export(store, "acled")[0])
            if int(r["event_id_cnty"][2:].split("-")[0]) == aid]
    assert all(r["fatalities"] == "0" and "No fatalities reported." in r["notes"] for r in rows)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "acled", "spans", "brat"])
def test_a_store_without_curated_facts_exports_an_empty_file_with_a_message(tmp_path, fmt):
    with open_store(tmp_path / "pending.db") as s:
        ingest(s, [CORPUS / "c01_iraq_harir.txt"])
        target = tmp_path / ("out" if fmt == "brat" else f"out.{fmt}")
        summary = run_export(s, fmt, target)
    assert (summary.records, summary.facts, summary.skipped) == (0, 0, 1)
    assert summary.message == NO_CURATED
    if fmt == "brat":
        assert sorted(p.name for p in target.iterdir()) == ["annotation.conf"]
    elif fmt in ("csv", "acled"):
        assert read_csv(target.read_text(encoding="utf-8")) == []
    else:
        assert target.read_text(encoding="utf-8") == ""


def test_summary_counts_agree_across_formats(store, tmp_path):
    curated = facts_by_status(store, *CURATED)
    articles = {f["article_id"] for f in curated.values()}
    matched = store.query("SELECT count(*) AS n FROM articles")[0]["n"]
    for fmt in ("jsonl", "csv", "spans"):
        summary = export(store, fmt)[1]
        assert summary.skipped == matched - len(articles), fmt
    assert export(store, "csv")[1].facts == export(store, "jsonl")[1].facts == len(curated)
    brat = run_export(store, "brat", tmp_path / "b")
    assert brat.records == len(articles) and brat.facts == len(curated)
    assert json.loads(export(store, "jsonl")[0].splitlines()[0])["format"] == "factdesk.event/1"
