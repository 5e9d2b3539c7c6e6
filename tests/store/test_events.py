"""The event card computed from an article's current facts (store.events)."""

from __future__ import annotations

from store.events import bounds, display_value, event_summary, launch_check


def fact(id, kind, value, *, start=0, status="pending", qualifier="exact", min=None, max=None,
         source=None, main=True, role=None, obj=None, event=0):
    if kind in ("launched", "intercepted", "impacted", "killed", "injured") and value is not None:
        min = value if min is None and qualifier == "exact" else min
        max = value if max is None and qualifier == "exact" else max
    return {"id": id, "kind": kind, "value": value, "min": min, "max": max,
            "qualifier": qualifier, "attributed_to": source, "main_event": main, "role": role,
            "object": obj, "start": start, "status": status, "event": event}


def seed_like():
    return [
        fact(1, "injured", 1, start=10, source="a US official"),
        fact(2, "launched", None, start=40, qualifier="at_least", min=12,
             source="a US defense source and Iraqi police"),
        fact(3, "launched", 15, start=80, source="an Iraqi police official", obj="rocket"),
        fact(4, "intercepted", 13, start=120, source="He"),
        fact(5, "impacted", 2, start=150),
        fact(6, "location", "Ain al-Asad air base", start=20, role="target"),
        fact(7, "location", "Anbar province", start=90, role="origin"),
        fact(8, "event_date", "2024-01-20", start=30),
        fact(9, "killed", 5, start=300, main=False, source="Tehran"),
        fact(10, "actor", "Israel", start=320, role="blamed", main=False),
    ]


def test_display_values():
    assert display_value(fact(1, "launched", 15)) == "15"
    assert display_value(fact(1, "launched", 12, qualifier="at_least", min=12)) == "≥12"
    assert display_value(fact(1, "killed", None, qualifier="more_than", min=61)) == ">60"
    assert display_value(fact(1, "killed", 30, qualifier="about")) == "~30"
    assert display_value(fact(1, "killed", None, qualifier="up_to", max=5)) == "≤5"
    assert display_value(fact(1, "killed", None, qualifier="range", min=3, max=5)) == "3–5"
    assert display_value(fact(1, "killed", None, qualifier="vague", min=24)) == "≥24 (vague)"
    assert display_value(fact(1, "location", "Mosul")) == "Mosul"


def test_seed_like_card_has_counts_check_and_launch_conflict():
    card = event_summary(seed_like())
    assert card["date"] == "2024-01-20"
    assert card["place"] == "Ain al-Asad air base"  # the target, not the launch site
    assert card["counts"]["launched"]["value"] == 15  # the exact figure is shown
    assert card["counts"]["intercepted"]["display"] == "13"
    assert "killed" not in card["counts"]  # the Damascus strike is background
    assert card["check"]["ok"] is True
    assert card["check"]["text"] == "launched 15 ≥ 13 + 2"
    (conflict,) = card["conflicts"]
    assert conflict["kind"] == "launched"
    assert {f["display"] for f in conflict["figures"]} == {"≥12", "15"}
    assert "an Iraqi police official" in {f["source"] for f in conflict["figures"]}


def test_accepting_one_figure_resolves_the_conflict():
    facts = seed_like()
    facts[1]["status"] = "accepted"  # the person trusts "at least a dozen"
    card = event_summary(facts)
    assert card["conflicts"] == []
    assert card["counts"]["launched"]["display"] == "≥12"
    # at least 12 launched cannot contradict 13 + 2: the upper bound is open
    assert card["check"]["ok"] is True


def test_rejected_facts_are_ignored_and_edits_change_the_check():
    facts = seed_like()
    facts[1]["status"] = "rejected"
    facts[2].update(value=14, min=14, max=14, status="edited")
    card = event_summary(facts)
    assert card["conflicts"] == []
    assert card["counts"]["launched"]["value"] == 14
    assert card["check"]["ok"] is False
    assert card["check"]["text"].startswith("launched 14 <")


def test_check_needs_figures():
    assert launch_check({})["ok"] is None
    assert event_summary([fact(1, "launched", 3)])["check"]["ok"] is None


def test_same_figure_from_two_sources_is_no_conflict():
    facts = [fact(1, "killed", 4, source="police"), fact(2, "killed", 4, start=50, source="army")]
    assert event_summary(facts)["conflicts"] == []


def test_background_only_group_and_explicit_event():
    facts = seed_like()
    background = [f for f in facts if not f["main_event"]]
    card = event_summary(background)
    assert card["counts"]["killed"]["value"] == 5
    assert card["actor"] == "Israel" and card["actor_role"] == "blamed"
    facts[0]["status"] = "rejected"
    assert event_summary(facts, event=0)["facts"] == 9  # live facts of event 0, main or not


def test_bounds():
    assert bounds(fact(1, "launched", 15)) == (15, 15)
    assert bounds(fact(1, "launched", None, qualifier="at_least", min=12)) == (12, None)
    assert bounds(fact(1, "launched", None, qualifier="vague", min=3)) == (3, None)


def test_casualties_of_different_groups_or_vague_do_not_conflict():
    facts = [
        fact(1, "injured", None, qualifier="vague", obj="US personnel", source="a US official"),
        fact(2, "injured", 1, start=20, obj="Iraqi security forces", source="a US official"),
        fact(3, "injured", 2, start=40, obj="Iraqi security forces", source="police"),
        fact(4, "launched", 12, start=60, qualifier="at_least", min=12, obj="missile"),
        fact(5, "launched", 15, start=80, obj="rocket"),
    ]
    card = event_summary(facts)
    assert [(c["kind"], len(c["figures"])) for c in card["conflicts"]] == [
        ("launched", 2), ("injured", 2)]
    injured = next(c for c in card["conflicts"] if c["kind"] == "injured")
    assert {f["source"] for f in injured["figures"]} == {"a US official", "police"}
