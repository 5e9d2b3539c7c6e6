"""The hand-written evaluation corpus (tests/corpus) stays well-formed.

A broken gold line (evidence not in the text, inconsistent value/min/qualifier, missing
text file, bad header) fails here, before it can silently skew the scores.
"""
import importlib.util
import json
import pathlib

import pytest

COUNTS = {"launched", "intercepted", "impacted", "killed", "injured"}

CORPUS = pathlib.Path(__file__).parent / "corpus"
GOLD = CORPUS / "gold.jsonl"

_spec = importlib.util.spec_from_file_location("check_gold", CORPUS / "check_gold.py")
check_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_gold)

RECORDS = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_size():
    assert len(RECORDS) >= 45
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)


def test_every_text_has_gold():
    ids = {r["id"] for r in RECORDS}
    assert {p.stem for p in CORPUS.glob("*.txt")} == ids


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_gold_line(record):
    assert check_gold.check_line(record, str(CORPUS)) == []


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_a_report_of_an_attack_has_its_date_and_place(record):
    kinds = [(f["kind"], f.get("main_event", True), f.get("optional", False)) for f in record["facts"]]
    # (a report of no attack, such as an accident, a drill or a truce holding, codes none:
    # its main event has no count but zeros)
    attack = any(f["kind"] in COUNTS and f.get("main_event", True) and f.get("value") != 0 for f in record["facts"])
    has_date = any(k == "event_date" for k, _, _ in kinds)
    has_place = any(k == "location" and m for k, m, _ in kinds)
    assert (has_date and has_place) if attack else not has_place


def test_whole_corpus_clean():
    assert check_gold.check_corpus(str(GOLD)) == []


@pytest.mark.parametrize(
    "fact, ok",
    [
        ({"qualifier": "exact", "value": 3, "min": 3, "max": 3}, True),
        ({"qualifier": "exact", "value": 3, "min": None, "max": None}, False),
        ({"qualifier": "about", "value": 30, "min": None, "max": None}, True),
        ({"qualifier": "about", "value": None, "min": 30, "max": None}, False),
        ({"qualifier": "at_least", "value": None, "min": 12, "max": None}, True),
        ({"qualifier": "at_least", "value": 12, "min": 12, "max": None}, False),
        ({"qualifier": "vague", "value": None, "min": 24, "max": None}, True),
        ({"qualifier": "up_to", "value": None, "min": None, "max": 20}, True),
        ({"qualifier": "range", "value": None, "min": 15, "max": 10}, False),
    ],
)
def test_count_rules(fact, ok):
    assert (check_gold.check_count(fact) == []) is ok


def test_checker_catches_missing_evidence(tmp_path):
    rec = dict(RECORDS[0])
    (tmp_path / (rec["id"] + ".txt")).write_text((CORPUS / (rec["id"] + ".txt")).read_text(encoding="utf-8"), encoding="utf-8")
    rec["facts"] = rec["facts"] + [{"kind": "killed", "value": 1, "min": 1, "max": 1, "qualifier": "exact",
                                    "evidence": "this phrase is not in the article", "main_event": True}]
    errs = check_gold.check_line(rec, str(tmp_path))
    assert any("evidence not found" in e for e in errs)
