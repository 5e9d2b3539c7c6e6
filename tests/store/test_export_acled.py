"""ACLED-style rows: event types from munitions, the lowest credible fatalities,
interceptions in tags and notes, dates and places as ACLED writes them."""

from __future__ import annotations

import io

import pytest

from store.export import run_export
from store.export.acled import (
    COLUMNS,
    acled_row,
    fatalities,
    fully_intercepted,
    long_date,
    place_of,
)

from .export_corpus import build, read_csv


@pytest.fixture
def rows(store):
    ids = build(store)
    buf = io.StringIO(newline="")
    summary = run_export(store, "acled", buf)
    out = read_csv(buf.getvalue())
    return ids, {int(r["event_id_cnty"][2:].split("-")[0]): r for r in out}, summary, out


def test_columns_and_one_row_per_curated_event(rows):
    ids, by_article, summary, out = rows
    assert list(out[0].keys()) == list(COLUMNS)
    assert set(by_article) == {ids["a"], ids["b"], ids["d"]}
    assert summary.records == len(out) == 3 and summary.skipped == 1


def test_rocket_attack_row(rows):
    ids, by_article, _, _ = rows
    a = by_article[ids["a"]]
    assert a["event_date"] == "2024-03-02" and a["time_precision"] == "1"
    assert (a["event_type"], a["sub_event_type"]) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (a["country"], a["admin1"], a["location"]) == ("Ukraine", "Kharkiv", "Kharkiv")
    assert a["fatalities"] == "1"
    assert a["latitude"] == a["longitude"] == ""
    assert a["source"] == "AFP" and a["source_scale"] == "International"
    notes = a["notes"]
    # the event card's figure leads (an exact one over a bound); the others follow
    assert notes.startswith("On 2 March 2024, 24 rockets were launched at Kharkiv "
                            "(according to a military spokesman). 18 intercepted")
    assert notes.endswith("1 fatality.")
    assert "3 workers injured (according to medics)" in notes
    assert "Conflicting launched figures: at least 20 rockets (the regional governor); 24 rockets (a military spokesman)" in notes
    assert "intercepted" not in a["tags"]
    assert a["actor1"] == "Unidentified Armed Group (Ukraine)"


def test_fully_intercepted_drone_attack_is_a_disrupted_weapons_use(rows):
    ids, by_article, _, _ = rows
    b = by_article[ids["b"]]
    assert (b["event_type"], b["sub_event_type"]) == ("Strategic developments", "Disrupted weapons use")
    # no actor named: the interceptor is unknown, the attacker unidentified
    assert b["actor1"] == "" and b["actor2"] == "Unidentified Armed Group (Ukraine)"
    assert b["tags"] == "intercepted" and "All were intercepted." in b["notes"]
    assert b["fatalities"] == "0" and "No fatalities reported." in b["notes"]
    assert b["source"] == "'-wire"
    assert b["time_precision"] == "1" and b["event_date"] == "2024-05-10"


def test_missiles_with_a_month_part_date_and_a_named_actor(rows):
    ids, by_article, _, _ = rows
    d = by_article[ids["d"]]
    assert d["time_precision"] == "2" and d["notes"].startswith("Around 15 October 2023, 7 missiles")
    # every missile shot down, no one hurt: ACLED's interception coding, the attacker
    # as actor2
    assert d["tags"] == "intercepted" and "All were intercepted." in d["notes"]
    assert (d["event_type"], d["sub_event_type"]) == ("Strategic developments", "Disrupted weapons use")
    assert d["actor1"] == "" and d["actor2"] == "Militants"


_ids = iter(range(1, 10_000))


def f(kind, value, words, text, **more):
    start = text.index(words)
    return {"id": next(_ids), "kind": kind, "value": value, "min": value, "max": value,
            "qualifier": "exact",
            "start": start, "end": start + len(words), "text": words, "status": "accepted",
            "main_event": True, "event": 0, **more}


def test_interception_that_still_hurt_people_stays_the_attack():
    text = "Both drones were intercepted over Odesa; falling debris injured two people."
    facts = [f("intercepted", 2, "Both drones were intercepted", text, object="drone"),
             f("impacted", 0, "Both drones", text, object="drone"),
             f("injured", 2, "injured two people", text, object="people"),
             f("actor", "Ukrainian Air Force", "Odesa", text, role="target")]
    row = acled_row({"id": 1, "text": text}, 0, True, facts)
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert row["tags"] == "intercepted" and row["actor2"] == "Ukrainian Air Force"
    assert row["actor1"].startswith("Unidentified Armed Group")


@pytest.mark.parametrize("sentence, coded", [
    ("Five soldiers were killed in a drone strike near Sumy.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Five soldiers were killed when artillery hit Sumy.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Five soldiers were killed in a strike in Sumy.", ("Explosions/Remote violence", "")),
    ("Five soldiers were killed in Sumy.", ("", "")),
])
def test_event_type_from_the_sentence_when_no_munition_is_a_fact(sentence, coded):
    text = "Other news first. " + sentence + " A suicide bombing elsewhere."
    facts = [f("killed", 5, "Five soldiers were killed", text, object="soldiers")]
    row = acled_row({"id": 1, "text": text}, 0, True, facts)
    assert (row["event_type"], row["sub_event_type"]) == coded
    assert row["fatalities"] == 5 and "Disrupted" not in row["sub_event_type"]


def test_sources_read_mid_sentence():
    text = "Two rockets hit Sumy, The American official said."
    row = acled_row({"id": 1, "text": text}, 0, True, [
        f("impacted", 2, "Two rockets hit", text, object="rocket",
          attributed_to="The American official")])
    assert "2 hit (according to the American official)." in row["notes"]


def test_pending_only_article_appears_with_all(store):
    ids = build(store)
    buf = io.StringIO(newline="")
    run_export(store, "acled", buf, include_pending=True)
    out = {int(r["event_id_cnty"][2:].split("-")[0]): r for r in read_csv(buf.getvalue())}
    c = out[ids["c"]]
    assert c["sub_event_type"] == "Shelling/artillery/missile attack"
    assert c["country"] == "Ukraine" and c["location"] == "Sumy"


def k(value, qualifier="exact", min=None, max=None, obj=None, **more):
    return {"kind": "killed", "value": value, "qualifier": qualifier, "min": min, "max": max,
            "object": obj, **more}


def test_fatalities_lowest_per_group_summed():
    assert fatalities([]) == 0
    assert fatalities([k(12, obj="civilians"), k(None, "at_least", min=10, obj="civilians")]) == 10
    assert fatalities([k(5, obj="soldiers"), k(2, obj="civilians")]) == 7
    assert fatalities([k(None, "vague", min=24, obj="people")]) == 24
    assert fatalities([k(None, "vague", obj="people")]) == 0


def test_fully_intercepted_rules():
    def c(kind, value):
        return {"kind": kind, "value": value, "min": value, "max": value, "qualifier": "exact"}

    assert fully_intercepted({"launched": [c("launched", 3)], "intercepted": [c("intercepted", 3)]})
    assert not fully_intercepted({"launched": [c("launched", 3)], "intercepted": [c("intercepted", 2)]})
    assert not fully_intercepted({"launched": [c("launched", 3)], "intercepted": [c("intercepted", 3)],
                                  "impacted": [c("impacted", 1)]})
    assert fully_intercepted({"intercepted": [c("intercepted", 2)], "impacted": [c("impacted", 0)]})
    assert not fully_intercepted({"launched": [c("launched", 3)]})


def test_place_lookup():
    assert place_of("Ain al-Asad air base", []) == ("Iraq", "Anbar")
    assert place_of("the Al-Asad airbase", []) == ("Iraq", "Anbar")
    assert place_of("Nowhere Camp", []) == ("", "")
    loc = [{"value": "Iraq", "role": "mentioned"}, {"value": "Iraq", "role": "mentioned"},
           {"value": "Syria", "role": "mentioned"}]
    assert place_of("Nowhere Camp", loc) == ("Iraq", "")
    tie = [{"value": "Iraq", "role": "mentioned"}, {"value": "Syria", "role": "mentioned"}]
    assert place_of("Nowhere Camp", tie) == ("", "")
    assert place_of("Syria", []) == ("Syria", "")


def test_long_date():
    assert long_date("2024-01-20") == "20 January 2024"
    assert long_date(None) == "an unknown date"


def test_fatalities_general_figure_is_a_total_and_figureless_claims_do_not_zero_it():
    # "12 people were killed, including 5 children": 12, not 17
    assert fatalities([k(12, obj="people"), k(5, obj="children")]) == 12
    # the same claim with and without its noun is one group
    assert fatalities([k(2), k(2, obj="people")]) == 2
    # specific groups add up past a smaller general figure
    assert fatalities([k(2, obj="people"), k(3, obj="soldiers"), k(1, obj="civilians")]) == 4
    # "up to 5" against "14": the lowest figure said is 5
    assert fatalities([k(None, "up_to", max=5, obj="people"), k(14, obj="people")]) == 5
    # "people were killed" gives no number: it neither counts nor zeroes another's
    assert fatalities([k(None, "vague", obj="people"), k(12, obj="people")]) == 12


def test_notes_read_as_sentences_for_one_person_and_vague_hits():
    text = "Rockets hit Sumy, killing one. Some hit a school, officials said."
    row = acled_row({"id": 1, "text": text}, 0, True, [
        f("killed", 1, "killing one", text),
        f("impacted", None, "Some hit", text, object="rocket", qualifier="vague", min=None, max=None),
    ])
    assert "1 person killed." in row["notes"]
    assert "An unspecified number hit." in row["notes"]


def test_notes_name_a_target_as_the_target_not_the_attacker():
    text = "Gunmen attacked a police post, wounding two officers. Al-Shabaab claimed it."
    target = f("actor", "police", "police", text, role="target")
    hurt = f("injured", 2, "wounding two officers", text, object="officers")
    row = acled_row({"id": 1, "text": text}, 0, True, [hurt, target])
    assert "The attack targeted police." in row["notes"]
    assert "attributed to" not in row["notes"]
    claimed = f("actor", "Al-Shabaab", "Al-Shabaab", text, role="claimed")
    row = acled_row({"id": 1, "text": text}, 0, True, [hurt, target, claimed])
    assert "The attack was claimed by Al-Shabaab." in row["notes"]
