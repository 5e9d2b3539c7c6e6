"""An invented report with the shape and traps of the user's example: an old photo
caption first, two sources with two launch figures, a partitive interception count,
two impacts, a strike elsewhere on the same day, a strike on another day, background
claims and troop totals at the end."""

from __future__ import annotations

from extract import extract

PUBLISHED = "2025-03-08"  # a Saturday

REPORT = """\
Marines from the 24th Expeditionary Unit unload supplies at the port of Tamra, 40 kms west of Dorra, on 12 May 2009. Some 40,000 troops were then deployed in the country, according to a spokesman for the command. AFP PHOTO/Lina Haddad
Guards hurt as rockets target Harran air base

Two guards were slightly wounded in a rocket attack on the Harran air base on Saturday, a Western diplomat said, citing early reports.

At least ten rockets were fired at the base, which hosts foreign advisers, a security source and local police told AFP.

“The base was targeted by 14 rockets” fired from Sahra province, a police officer from the area told AFP, asking not to be named.

He said 12 of the rockets were shot down by air defences but that “two fell inside the base.”

On Saturday, four members of the Coastal Guard were killed in a drone strike in the city of Qala that officials blamed on the Saraya Front.

On Wednesday night, the Saraya Front launched drones at a refinery in the north.

Since mid-January, there have been dozens of attacks on foreign forces in the region.

Most of them have been claimed by the Saraya Front, a coalition of armed groups.

There are about 1,800 foreign troops in the country.
"""


def test_seedlike_report() -> None:
    ex = extract(REPORT, PUBLISHED)
    facts = ex.facts
    for f in facts:
        assert REPORT[f.start : f.end] == f.text

    dates = [f for f in facts if f.kind == "event_date" and f.main_event]
    assert [d.value for d in dates] == ["2025-03-08"]
    assert dates[0].text == "on Saturday"

    targets = [f for f in facts if f.kind == "location" and f.role == "target" and f.main_event]
    assert [t.value for t in targets] == ["Harran air base"]
    origin = next(f for f in facts if f.value == "Sahra province")
    assert origin.role == "origin"

    caption_end = REPORT.index("AFP PHOTO/Lina Haddad")
    for f in facts:
        if f.start < caption_end:
            assert not f.main_event, f  # nothing from the 2009 caption is the main event

    main = ex.events[0]
    assert main.main and main.date == "2025-03-08" and main.place == "Harran air base"

    launched = sorted(
        (f for f in facts if f.kind == "launched" and f.main_event), key=lambda f: f.start
    )
    assert [(f.value, f.min) for f in launched] == [(None, 10), (14, 14)]
    assert launched[0].attributed_to == "a security source and local police"
    assert launched[1].attributed_to == "a police officer"
    intercepted = [f for f in facts if f.kind == "intercepted" and f.main_event]
    assert [f.value for f in intercepted] == [12]
    assert intercepted[0].attributed_to == "a police officer"  # "He said" resolved
    assert [f.value for f in facts if f.kind == "impacted" and f.main_event] == [2]

    assert any(c["launched"] == 14 and c["ok"] for c in main.checks)
    assert all(c["intercepted"] == 12 and c["impacted"] == 2 for c in main.checks)
    (conflict,) = main.conflicts
    assert {fig["value"] for fig in conflict["figures"]} == {None, 14}

    killed = next(f for f in facts if f.kind == "killed")
    assert killed.value == 4 and not killed.main_event
    other = ex.events[killed.event]
    assert other.place == "Qala" and other.date == "2025-03-08"

    wednesday = next(f for f in facts if f.kind == "event_date" and "Wednesday" in f.text)
    assert wednesday.value == "2025-03-05" and not wednesday.main_event

    for f in facts:
        if f.kind == "actor" and f.value == "Saraya Front":
            assert not f.main_event
    for f in facts:
        assert f.value not in (1800, 40000, 24)  # troop totals and unit names are not facts
