"""brat standoff read back: the .txt is the article text, every T line's fragments
slice it exactly, attributes are declared in annotation.conf, notes carry the values."""

from __future__ import annotations

import re

import pytest

from store.export import ExportError, run_export
from store.export.brat import fragments

from .export_corpus import TEXT_A, build, curated, note_fields, read_ann


@pytest.fixture
def exported(store, tmp_path):
    ids = build(store)
    folder = tmp_path / "brat"
    summary = run_export(store, "brat", folder)
    return store, ids, folder, summary


def conf_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line.strip())
        if m:
            current = sections.setdefault(m.group(1), [])
        else:
            current.append(line)
    return sections


def test_one_document_per_article_with_curated_facts(exported):
    store, ids, folder, summary = exported
    names = sorted(p.name for p in folder.iterdir())
    expected = sorted(f"{ids[k]}.{ext}" for k in "abd" for ext in ("txt", "ann"))
    assert names == sorted(expected + ["annotation.conf"])
    assert summary.records == 3 and summary.skipped == 1 and summary.path == folder


def test_text_is_the_article_byte_for_byte_and_spans_slice_it(exported):
    store, ids, folder, summary = exported
    total = 0
    for key in "abd":
        aid = ids[key]
        text = (folder / f"{aid}.txt").read_bytes().decode("utf-8")
        assert text == store.query("SELECT text FROM articles WHERE id = ?", (aid,))[0]["text"]
        anns = read_ann(folder / f"{aid}.ann")
        facts = {f["id"]: f for f in curated(store, aid)}
        assert len(anns) == len(facts)
        for ann in anns.values():
            pieces = [text[s:e] for s, e in ann["fragments"]]
            assert " ".join(pieces) == ann["text"]
            fact = facts[int(note_fields(ann["note"])["fact"])]
            assert ann["kind"] == fact["kind"]
            assert ann["fragments"][0][0] >= fact["start"] and ann["fragments"][-1][1] <= fact["end"]
            if "\n" not in fact["text"]:
                assert ann["fragments"] == [(fact["start"], fact["end"])]
        total += len(anns)
    assert total == summary.facts


def test_span_across_a_line_break_becomes_fragments(exported):
    store, ids, folder, _ = exported
    anns = read_ann(folder / f"{ids['a']}.ann")
    added = next(a for a in anns.values() if a["attrs"].get("Status") == "added")
    assert len(added["fragments"]) == 2
    assert added["text"] == "two fell on a warehouse yard"
    for s, e in added["fragments"]:
        assert "\n" not in TEXT_A[s:e]


def test_attributes_and_notes(exported):
    store, ids, folder, _ = exported
    anns = read_ann(folder / f"{ids['a']}.ann")
    launched = next(a for a in anns.values() if a["text"] == "At least 20 rockets")
    assert launched["attrs"] == {"Qualifier": "at_least", "Status": "accepted"}
    notes = note_fields(launched["note"])
    assert notes["value"] == "20" and notes["min"] == "20" and notes["object"] == "rocket"
    assert notes["source"] == "the regional governor"
    place = next(a for a in anns.values() if a["kind"] == "location")
    assert place["attrs"]["Role"] == "target"
    assert all(a["attrs"].get("Status") != "rejected" for a in anns.values())
    d = read_ann(folder / f"{ids['d']}.ann")
    assert any(a["attrs"].get("Status") == "edited" for a in d.values())


def test_annotation_conf_declares_every_type_and_attribute_value(exported):
    store, ids, folder, _ = exported
    sections = conf_sections((folder / "annotation.conf").read_text(encoding="utf-8"))
    entities = set(sections["entities"])
    attributes = {}
    for line in sections["attributes"]:
        name, spec = line.split("\t")
        values = re.search(r"Value:(\S+)", spec)
        attributes[name] = set(values.group(1).split("|")) if values else None
    assert any(line.startswith("<OVERLAP>") for line in sections["relations"])
    for key in "abd":
        for ann in read_ann(folder / f"{ids[key]}.ann").values():
            assert ann["kind"] in entities
            for name, value in ann["attrs"].items():
                assert name in attributes
                assert attributes[name] is None if value is True else value in attributes[name]


def test_non_empty_folder_refused_without_force(exported, tmp_path):
    store, ids, folder, _ = exported
    before = (folder / f"{ids['a']}.ann").read_text(encoding="utf-8")
    with pytest.raises(ExportError, match="not empty; use --force"):
        run_export(store, "brat", folder)
    (folder / "mine.txt").write_text("a note of mine", encoding="utf-8")
    summary = run_export(store, "brat", folder, force=True, include_pending=True)
    assert (folder / "mine.txt").read_text(encoding="utf-8") == "a note of mine"
    after = read_ann(folder / f"{ids['a']}.ann")
    assert len(after) > before.count("\nT") and summary.records == 4
    assert any(a["attrs"].get("Status") == "pending" for a in after.values())


def test_fragments_cut_at_line_breaks_and_trim():
    text = "ab\ncd\r\n  ef  \n\ngh"
    assert fragments(text, 0, 2) == [(0, 2)]
    assert fragments(text, 0, len(text)) == [(0, 2), (3, 5), (9, 11), (15, 17)]
    assert fragments(text, 2, 3) == []
