"""Event grouping, checks and conflicts. Count facts are built by hand here so these
tests do not depend on the count rules."""

from __future__ import annotations

from datetime import date

from extract import actors, dates, events, places, sources
from extract.document import parse
from extract.model import Fact

PUB = date(2024, 5, 4)  # a Saturday


def count(text: str, phrase: str, kind: str, value: int | None, minimum: int | None = None,
          qualifier: str = "exact", obj: str = "rocket") -> Fact:
    i = text.index(phrase)
    return Fact(kind=kind, value=value, start=i, end=i + len(phrase), text=phrase,
                min=value if minimum is None else minimum, max=value, qualifier=qualifier,
                object=obj)


def run(text: str, extra: list[Fact] | None = None):
    doc = parse(text, PUB)
    facts = dates.find(doc) + places.find(doc) + actors.find(doc) + (extra or [])
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    sources.attribute(doc, facts)
    return facts, events.group(doc, facts)


def main_dates(facts: list[Fact]) -> list[str]:
    return [f.value for f in facts if f.kind == "event_date" and f.main_event]


def test_lead_date_and_target_make_the_main_event() -> None:
    text = (
        "Mortars hit Dorra air base on Friday, a local official said.\n\n"
        "Last September, a similar attack on the city of Tamra killed two.\n"
    )
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-03"]
    assert evs[0].main and evs[0].date == "2024-05-03" and evs[0].place == "Dorra air base"
    tamra = next(f for f in facts if f.value == "Tamra")
    assert not tamra.main_event and tamra.event != 0


def test_other_place_same_day_is_another_event() -> None:
    text = (
        "Drones struck Harran air base on Saturday, officials said.\n\n"
        "On Saturday, three guards were killed in a strike in the town of Qala.\n"
    )
    killed = count(text, "three guards were killed", "killed", 3, obj="guards")
    facts, evs = run(text, [killed])
    assert killed.main_event is False and killed.event != 0
    assert main_dates(facts) == ["2024-05-04"]
    other = evs[killed.event]
    assert other.place == "Qala" and other.date == "2024-05-04"


def test_other_day_is_another_event_with_its_own_date() -> None:
    text = (
        "Rockets hit Harran air base on Saturday.\n\n"
        "On Tuesday evening, the group launched a drone at a ship.\n"
    )
    facts, evs = run(text)
    tuesday = next(f for f in facts if f.kind == "event_date" and "Tuesday" in f.text)
    assert tuesday.event != 0 and evs[tuesday.event].date == "2024-04-30"


def test_background_paragraphs_and_their_claims() -> None:
    text = (
        "Rockets hit Harran air base on Saturday.\n\n"
        "Since mid-March there have been dozens of attacks on the base.\n\n"
        "Most of them have been claimed by the Saraya Front.\n\n"
        "There are about 900 troops at the base.\n"
    )
    troops = count(text, "900 troops", "killed", 900, obj="troops")  # a bad fact, to see where it goes
    facts, evs = run(text, [troops])
    claim = next(f for f in facts if f.kind == "actor")
    assert claim.value == "Saraya Front" and not claim.main_event
    assert not troops.main_event


def test_caption_facts_are_background() -> None:
    text = (
        "Soldiers at Dorra air base on 2 June 2010. AFP PHOTO\n"
        "Base attacked again\n\n"
        "Rockets hit Dorra air base on Thursday.\n"
    )
    facts, evs = run(text)
    caption_date = next(f for f in facts if f.value == "2010-06-02")
    assert not caption_date.main_event and caption_date.event != 0
    assert main_dates(facts) == ["2024-05-02"]


def test_one_main_date_and_one_main_target() -> None:
    text = (
        "Rockets hit Dorra airbase\n\n"
        "Rockets hit Dorra air base on Thursday, police said.\n\n"
        "The attack on Dorra air base on Thursday was the third this year.\n"
    )
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-02"]
    targets = [f for f in facts if f.kind == "location" and f.role == "target" and f.main_event]
    assert [f.value for f in targets] == ["Dorra air base"]
    assert targets[0].start == text.index("Dorra air base")


def test_war_start_is_not_the_event_date() -> None:
    text = "Rockets hit Dorra air base on Thursday amid a war that began on October 7.\n"
    facts, _ = run(text)
    assert main_dates(facts) == ["2024-05-02"]
    war = next(f for f in facts if f.value == "2023-10-07")
    assert not war.main_event


def test_check_and_conflict() -> None:
    text = (
        "At least a dozen rockets were fired at Dorra air base on Friday, a navy source said.\n\n"
        "“The base was targeted by 15 rockets,” a police officer told AFP.\n\n"
        "He said 13 of the rockets were shot down and two fell inside the base.\n"
    )
    figs = [
        count(text, "At least a dozen rockets", "launched", None, 12, "at_least"),
        count(text, "15 rockets", "launched", 15),
        count(text, "13 of the rockets were shot down", "intercepted", 13),
        count(text, "two fell", "impacted", 2),
    ]
    facts, evs = run(text, figs)
    main = evs[0]
    assert {c["launched"] for c in main.checks} == {12, 15}
    assert all(c["ok"] and c["intercepted"] == 13 and c["impacted"] == 2 for c in main.checks)
    (conflict,) = main.conflicts
    got = {(f["value"], f["min"], f["attributed_to"]) for f in conflict["figures"]}
    assert got == {(None, 12, "a navy source"), (15, 15, "a police officer")}
    assert figs[2].attributed_to == "a police officer"


def test_failed_check_and_no_conflict_from_one_source() -> None:
    text = "Five rockets were fired at the town of Qala, and six were shot down, the army said.\n"
    figs = [count(text, "Five rockets", "launched", 5), count(text, "six were shot down", "intercepted", 6)]
    _, evs = run(text, figs)
    assert evs[0].checks[0]["ok"] is False
    assert evs[0].conflicts == []


def test_every_fact_gets_the_event_date_of_its_event() -> None:
    text = "Rockets hit Dorra air base on Friday.\n\nOn Monday, a drone struck the town of Qala.\n"
    facts, evs = run(text)
    for f in facts:
        assert f.event_date == evs[f.event].date


def test_no_facts_still_gives_a_main_event() -> None:
    _, evs = run("Nothing happened here.\n")
    assert len(evs) == 1 and evs[0].main and evs[0].date is None


def test_earliest_day_of_the_lead_sentence_is_the_attack_day() -> None:
    text = "The airport shut on Saturday after rockets struck Dorra International Airport on Friday night.\n"
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-03"]


def test_statement_day_in_lead_falls_back_to_the_next_paragraph() -> None:
    text = (
        "Police on Saturday denied that rockets had been fired at the palace.\n\n"
        "However, a mortar shell did land in the Hodan district on Friday, wounding two.\n"
    )
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-03"]


def test_target_role_moves_to_the_first_mention_of_the_place() -> None:
    text = "Rockets hit Dorra air base\n\nRockets hit Dorra air base complex on Friday.\n"
    facts, evs = run(text)
    targets = [f for f in facts if f.kind == "location" and f.role == "target" and f.main_event]
    assert len(targets) == 1 and targets[0].start == 0 + text.index("Dorra air base")
    assert evs[0].place == "Dorra air base complex"


def test_separate_incident_and_hours_later_leave_the_main_event() -> None:
    text = (
        "Rockets hit Dorra air base on Friday.\n\n"
        "In a separate incident, gunmen killed two guards near Qala.\n\n"
        "Hours later, jets struck the town of Marrat.\n"
    )
    facts, _ = run(text)
    for name in ("Qala", "Marrat"):
        f = next(f for f in facts if f.value == name)
        assert not f.main_event


def test_war_wide_toll_is_background() -> None:
    text = (
        "Rockets hit Dorra air base on Friday.\n\n"
        "Cross-border fire has killed more than 500 people since October, according to an AFP tally.\n"
    )
    toll = count(text, "killed more than 500 people", "killed", None, 501, "more_than", "people")
    run(text, [toll])
    assert not toll.main_event


def test_a_war_called_it_has_killed_is_background() -> None:
    text = (
        "Drones struck a fuel depot in Rabak on Friday, killing nine people.\n\n"
        "The war began two years ago. It has killed tens of thousands of people, aid groups say.\n"
    )
    day = count(text, "killing nine people", "killed", 9, obj="people")
    war = count(text, "killed tens of thousands of people", "killed", None, None, "vague", "people")
    run(text, [day, war])
    assert day.main_event and not war.main_event


def test_a_since_about_the_speaker_leaves_the_toll_in_the_main_event() -> None:
    text = (
        "Drones struck a fuel depot in Rabak on Friday, the army said.\n\n"
        "A medical charity, one of the few groups that have stayed since the fighting began, "
        "said 12 people had been killed.\n\n"
        "Since the fighting began, 3,000 people have been killed in the state.\n"
    )
    day = count(text, "12 people had been killed", "killed", 12, obj="people")
    since = count(text, "3,000 people have been killed", "killed", 3000, obj="people")
    run(text, [day, since])
    assert day.main_event and not since.main_event


def test_one_actor_per_party_and_abbreviation_takes_the_full_name() -> None:
    text = (
        "DAP fighters shell Dorra\n\n"
        "Fighters of the Dorra Armed Party (DAP) fired mortars at Dorra air base on Friday.\n"
    )
    doc = parse(text, PUB)
    a = Fact(kind="actor", value="DAP fighters", start=0, end=12, text="DAP fighters",
             role="perpetrator")
    i = text.index("Dorra Armed Party (DAP)")
    b = Fact(kind="actor", value="Dorra Armed Party (DAP)", start=i, end=i + 23,
             text="Dorra Armed Party (DAP)", role="perpetrator")
    facts = sorted(dates.find(doc) + places.find(doc) + [a, b], key=lambda f: f.start)
    events.group(doc, facts)
    assert a.value == b.value == "Dorra Armed Party (DAP)"
    assert [f.main_event for f in (a, b)] == [True, False]


def test_two_munitions_are_checked_apart_and_do_not_conflict() -> None:
    text = (
        "Russia attacked the city of Dorra with 40 drones and three missiles on Friday, "
        "the air force said.\n\n"
        "Air defences shot down 26 of the drones, and none of the missiles was intercepted, "
        "a regional official said.\n"
    )
    figs = [
        count(text, "40 drones", "launched", 40, obj="drone"),
        count(text, "three missiles", "launched", 3, obj="missile"),
        count(text, "shot down 26 of the drones", "intercepted", 26, obj="drone"),
        count(text, "none of the missiles was intercepted", "intercepted", 0, obj="missile"),
    ]
    _, evs = run(text, figs)
    checks = {c["launched"]: c for c in evs[0].checks}
    assert checks[40]["intercepted"] == 26 and checks[40]["ok"]
    assert checks[3]["intercepted"] == 0 and checks[3]["ok"]
    assert evs[0].conflicts == []


def test_an_unnamed_munition_is_checked_against_every_launch() -> None:
    text = "Ten rockets were fired at Dorra air base on Friday and 12 projectiles were shot down, police said.\n"
    figs = [count(text, "Ten rockets", "launched", 10),
            count(text, "12 projectiles were shot down", "intercepted", 12, obj="projectile")]
    _, evs = run(text, figs)
    assert evs[0].checks[0]["intercepted"] == 12 and evs[0].checks[0]["ok"] is False


def test_rockets_and_missiles_of_two_sources_still_conflict() -> None:
    text = (
        "At least a dozen missiles targeted Dorra air base on Friday, a navy source said.\n\n"
        "The base was hit by 15 rockets, a police officer said.\n"
    )
    figs = [count(text, "At least a dozen missiles", "launched", None, 12, "at_least", "missile"),
            count(text, "15 rockets", "launched", 15)]
    _, evs = run(text, figs)
    (conflict,) = evs[0].conflicts
    assert conflict["munition"] == "missile" and len(conflict["figures"]) == 2


def test_a_restated_figure_and_a_salvo_are_no_conflict() -> None:
    text = (
        "Militants fire 50 rockets at Dorra\n\n"
        "Militants fired around 50 rockets at the town of Dorra on Friday, the army said.\n\n"
        "The group said it had fired a salvo of rockets at Dorra.\n"
    )
    figs = [count(text, "fire 50 rockets", "launched", 50),
            count(text, "fired around 50 rockets", "launched", 50, None, "about"),
            count(text, "a salvo of rockets", "launched", None, None, "vague")]
    _, evs = run(text, figs)
    assert evs[0].conflicts == []
    assert all(f.main_event for f in figs)


def test_a_second_source_naming_the_launch_site_stays_in_the_main_event() -> None:
    text = (
        "Rockets struck Dorra air base late on Friday, security officials said.\n\n"
        "Four rockets were launched from a truck parked near the town of Qala, about "
        "10 kilometres from the base, a police officer said.\n\n"
        "Two rockets were fired at the base, a US official said.\n"
    )
    four = count(text, "Four rockets were launched", "launched", 4)
    two = count(text, "Two rockets were fired", "launched", 2)
    facts, evs = run(text, [four, two])
    assert four.main_event and two.main_event
    qala = next(f for f in facts if f.value == "Qala")
    assert qala.role == "origin"
    assert len(evs[0].conflicts) == 1


def test_a_place_after_the_launch_site_is_still_a_target() -> None:
    text = "Three rockets were fired from the northern Gaza Strip at the town of Sderot on Friday.\n"
    facts, evs = run(text)
    sderot = next(f for f in facts if f.value == "Sderot")
    assert sderot.role == "target" and evs[0].place == "Sderot"
    text = "Fourteen rockets launched from Gaza, with three impacting in the town of Sderot, on Friday.\n"
    facts, _ = run(text)
    assert next(f for f in facts if f.value == "Sderot").role == "target"


def test_the_base_does_not_bring_a_background_paragraph_back() -> None:
    text = (
        "Rockets hit Dorra air base on Friday.\n\n"
        "Last year, drones struck the town of Qala. Two guards were wounded at the base.\n"
    )
    wounded = count(text, "Two guards were wounded", "injured", 2, obj="guards")
    run(text, [wounded])
    assert not wounded.main_event


def test_overnight_and_late_the_night_before_are_one_night() -> None:
    text = (
        "Missiles struck the city of Dorra late on Friday night, the governor said.\n\n"
        "Overnight, Russia launched 87 drones across the country, the air force said.\n"
    )
    drones = count(text, "87 drones", "launched", 87, obj="drone")
    facts, evs = run(text, [drones])
    assert drones.main_event and evs[0].date == "2024-05-03"
    assert main_dates(facts) == ["2024-05-03"]


def test_an_evening_strike_and_another_night_are_other_events() -> None:
    text = (
        "A missile struck the port of Dorra on Friday evening, the governor said.\n\n"
        "Overnight into Saturday, Russia also sent 38 drones against the region of Qala.\n\n"
        "On Wednesday night, drones hit the town of Marrat.\n"
    )
    drones = count(text, "38 drones", "launched", 38, obj="drone")
    facts, evs = run(text, [drones])
    assert not drones.main_event
    marrat = next(f for f in facts if f.value == "Marrat")
    assert not marrat.main_event


def test_a_raid_told_without_weapons_is_another_event() -> None:
    text = (
        "Jihadists attacked an army base in Marte on Friday, killing five soldiers.\n\n"
        "On April 24, jihadists overran a base in the town of Qala, killing at least 10 soldiers.\n"
    )
    five = count(text, "killing five soldiers", "killed", 5, obj="soldiers")
    ten = count(text, "killing at least 10 soldiers", "killed", None, 10, "at_least", "soldiers")
    run(text, [five, ten])
    assert five.main_event and not ten.main_event


def test_a_campaign_toll_and_last_years_toll_are_background() -> None:
    text = (
        "Jihadists attacked an army base in Marte on Friday, killing five soldiers.\n\n"
        "The insurgency, which began in 2009, has killed more than 40,000 people.\n\n"
        "More than 1,500 people were killed in militant attacks last year, a think tank says.\n\n"
        "A separate attack on a checkpoint wounded two.\n"
    )
    five = count(text, "killing five soldiers", "killed", 5, obj="soldiers")
    war = count(text, "killed more than 40,000 people", "killed", None, 40001, "more_than", "people")
    year = count(text, "More than 1,500 people were killed", "killed", None, 1501, "more_than", "people")
    sep = count(text, "wounded two", "injured", 2, obj="people")
    run(text, [five, war, year, sep])
    assert five.main_event
    assert not (war.main_event or year.main_event or sep.main_event)


def test_over_the_past_night_is_the_attacks_own_night() -> None:
    text = (
        "Air defences destroyed 31 drones over the town of Dorra on Saturday, the ministry said.\n\n"
        "\"Over the past night, air defence systems destroyed 31 drones,\" the ministry said.\n\n"
        "Over the past year, drones have struck the town of Qala dozens of times.\n"
    )
    quote = count(text, "destroyed 31 drones,\"", "intercepted", 31, obj="drone")
    facts, _ = run(text, [quote])
    assert quote.main_event
    assert not next(f for f in facts if f.value == "Qala").main_event


def test_a_speakers_place_does_not_start_another_event() -> None:
    text = (
        "Drones hit the city of Dorra overnight on Saturday, the air force said.\n\n"
        "Officials in the Qala region said a 47-year-old man was killed in Marrat.\n\n"
        "Dorra has faced more than 4,000 drones in April alone, the president said.\n"
    )
    man = count(text, "a 47-year-old man was killed", "killed", 1, obj="man")
    april = count(text, "more than 4,000 drones", "launched", None, 4001, "more_than", "drone")
    facts, _ = run(text, [man, april])
    assert man.main_event
    assert not april.main_event
    assert next(f for f in facts if f.value == "Qala region").role != "target"


def test_a_sentence_referring_back_stays_with_its_attack_in_another_town() -> None:
    text = (
        "Around 40 rockets were fired at the city of Dorra on Saturday, the military said.\n\n"
        "Most were intercepted, but one slammed into a house in the town of Qala.\n\n"
        "A 71-year-old woman was lightly hurt in the town of Marrat, medics said.\n"
    )
    most = count(text, "Most were intercepted", "intercepted", None, None, "vague")
    most.rule = "count.whole.most"
    one = count(text, "one slammed into a house", "impacted", 1)
    one.rule = "count.reference"
    hurt = count(text, "A 71-year-old woman was lightly hurt", "injured", 1, obj="woman")
    run(text, [most, one, hurt])
    assert most.main_event and one.main_event and hurt.main_event


def test_a_new_attack_elsewhere_still_starts_another_event() -> None:
    text = (
        "Around 40 rockets were fired at the city of Dorra on Saturday, the military said.\n\n"
        "Separately, government forces shelled villages in the town of Qala, killing a woman.\n\n"
        "Rebels have fired more than 400 rockets at the city of Dorra since 2015.\n"
    )
    woman = count(text, "killing a woman", "killed", 1, obj="woman")
    total = count(text, "more than 400 rockets", "launched", None, 401, "more_than")
    run(text, [woman, total])
    assert not woman.main_event and not total.main_event
    text = (
        "Around 40 rockets were fired at the city of Dorra on Saturday, the military said.\n\n"
        "Government forces shelled villages in the town of Qala, killing a woman, a news agency said.\n"
    )
    woman = count(text, "killing a woman", "killed", 1, obj="woman")
    run(text, [woman])
    assert not woman.main_event


def test_a_munition_of_the_attack_landing_in_another_town_stays_in_it() -> None:
    text = (
        "Drones attacked the city of Dorra overnight on Saturday, and air defences destroyed "
        "117 drones, the ministry said.\n\n"
        "A woman was killed when a drone struck her car in the town of Qala, the governor said.\n"
    )
    downed = count(text, "destroyed 117 drones", "intercepted", 117, obj="drone")
    car = count(text, "a drone struck her car", "impacted", 1, obj="drone")
    run(text, [downed, car])
    assert car.main_event


def test_another_munition_in_another_town_is_another_event() -> None:
    text = (
        "Drones attacked the city of Dorra on Saturday, and air defences destroyed 117 drones, "
        "the ministry said.\n\n"
        "A missile hit a school in the town of Qala, the governor said.\n"
    )
    downed = count(text, "destroyed 117 drones", "intercepted", 117, obj="drone")
    school = count(text, "A missile hit", "impacted", 1, obj="missile")
    run(text, [downed, school])
    assert not school.main_event


def test_a_launch_site_after_the_munitions_is_an_origin() -> None:
    text = (
        "Rockets struck the US embassy in Baghdad in mid-April, the council said.\n\n"
        "The cell fired seven rockets from a farm in the Dora district at the embassy compound.\n"
    )
    seven = count(text, "fired seven rockets", "launched", 7)
    facts, _ = run(text, [seven])
    dora = next(f for f in facts if f.value == "Dora district")
    assert dora.role == "origin" and seven.main_event
    text = "Militants fired seven rockets at the town of Qala from the hills on Friday.\n"
    facts, _ = run(text)
    assert next(f for f in facts if f.value == "Qala").role == "target"


def test_the_main_place_on_a_far_day_is_another_event() -> None:
    text = (
        "Drones struck the city of Dorra on Saturday, the mayor said.\n\n"
        "The city of Dorra was last struck by a ballistic missile on April 4, when two people "
        "were killed.\n"
    )
    two = count(text, "two people were killed", "killed", 2, obj="people")
    run(text, [two])
    assert not two.main_event


def test_the_main_place_the_day_before_may_be_the_same_night() -> None:
    text = (
        "Missiles struck the city of Dorra at 2145 hours on May 3, the army said.\n\n"
        "Between 0300 and 0700 hours on May 4, drones struck the city of Dorra again and 14 were "
        "destroyed.\n"
    )
    downed = count(text, "14 were destroyed", "intercepted", 14, obj="drone")
    run(text, [downed])
    assert downed.main_event


def test_a_bare_month_or_the_same_month_is_background() -> None:
    text = (
        "A missile struck a bulk carrier in the Red Sea on Saturday, the agency said.\n\n"
        "The group sank a cargo ship in March, and three crew members of another were killed "
        "in a strike the same month.\n"
    )
    three = count(text, "three crew members of another were killed", "killed", 3, obj="crew")
    run(text, [three])
    assert not three.main_event


def test_live_blog_titles_take_their_entrys_event_and_labels_are_no_lead() -> None:
    text = (
        "War live: bombs hit Kharkiv\n\n"
        "Key points\n"
        "- Russian bombs hit Kharkiv on Friday morning\n"
        "- Three dead and 19 injured, mayor says\n\n"
        "12:40 - Toll rises to three\n"
        "Mayor Ihor Terekhov said a third body had been found in Kharkiv.\n\n"
        "08:30 - Sumy: drone kills one\n"
        "In a separate development, a drone attack on a bus in the town of Bilopillia "
        "overnight killed the driver.\n\n"
        "Background\n"
        "Officials said the war had forced many to leave the region.\n"
    )
    toll = count(text, "Three dead", "killed", 3, obj="people")
    rises = count(text, "Toll rises to three", "killed", 3, obj="people")
    sumy = count(text, "drone kills one", "killed", 1, obj="people")
    facts, evs = run(text, [toll, rises, sumy])
    # the lead is the first key point, not the "Key points" label
    assert main_dates(facts) == ["2024-05-03"]
    assert toll.main_event and rises.main_event
    # the Sumy title goes with the separate incident told under it
    assert not sumy.main_event and evs[sumy.event].place == "Bilopillia"
    # what follows a "Background" label is background
    bg = text.index("Officials said the war")
    assert all(not f.main_event for f in facts if f.start >= bg)


def test_the_site_the_lead_introduces_holds_a_sentence_in_the_main_event() -> None:
    text = (
        "Militants attacked a security forces check post in the Dorra district on Friday, "
        "the army said.\n\n"
        "The militants attacked the post in the Tamra area with rockets and a quadcopter.\n"
    )
    launch = count(text, "rockets", "launched", None, qualifier="vague")
    facts, evs = run(text, [launch])
    assert launch.main_event
    # without the back-reference, another named place is another incident
    other = text.replace("attacked the post in", "attacked a bridge in")
    launch = count(other, "rockets", "launched", None, qualifier="vague")
    facts, evs = run(other, [launch])
    assert not launch.main_event


def test_an_acronym_of_a_spelled_out_actor_is_that_party() -> None:
    text = (
        "A drone strike blamed on the paramilitary Rapid Support Forces hit Kosti on Friday.\n\n"
        "The doctors accused the RSF of targeting civilians.\n"
    )
    facts, evs = run(text)
    main_actors = [f.value for f in facts if f.kind == "actor" and f.main_event]
    assert main_actors == ["Rapid Support Forces"]
    # an acronym of another name stays its own party
    other = text.replace("accused the RSF", "accused the SDF")
    facts, evs = run(other)
    assert [f.value for f in facts if f.kind == "actor" and f.main_event] == [
        "Rapid Support Forces", "SDF"]


def test_a_toll_in_the_clause_an_attack_answers_is_another_event() -> None:
    text = (
        "Drones hit Metula on Saturday, the army said.\n\n"
        "Hezbollah said its fighters attacked Metula with drones, in response to an Israeli "
        "strike on Friday that killed two of its members.\n"
    )
    claim = count(text, "drones, in", "launched", None, qualifier="vague", obj="drone")
    toll = count(text, "killed two of its members", "killed", 2, obj="members")
    facts, evs = run(text, [claim, toll])
    assert claim.main_event and not toll.main_event
    # a toll before the clause stays
    text2 = text.replace("with drones, in response", "and killed two soldiers, in response")
    own = count(text2, "killed two soldiers", "killed", 2, obj="soldiers")
    facts, evs = run(text2, [own])
    assert own.main_event


def test_a_conflicts_toll_told_in_a_relative_clause_is_background() -> None:
    text = (
        "Rockets hit Dorra on Saturday, killing two people.\n\n"
        "The town hosts thousands displaced by the 15-year conflict, which has killed more "
        "than 40,000 people.\n"
    )
    today = count(text, "killing two people", "killed", 2, obj="people")
    war = count(text, "killed more than 40,000 people", "killed", None, 40001, "more_than", "people")
    facts, evs = run(text, [today, war])
    assert today.main_event and not war.main_event
    # an attack's own relative clause is not a war's toll
    text2 = text.replace("the 15-year conflict, which has killed", "the strike, which has killed")
    day = count(text2, "killed more than 40,000 people", "killed", None, 40001, "more_than", "people")
    facts, evs = run(text2, [day])
    assert day.main_event


def test_a_label_line_inside_the_body_does_not_take_what_follows() -> None:
    # "Army Spokesperson's Announcement" is headline-shaped; the statement after it is
    # still the report's main attack
    text = (
        "Rockets fired at Dorra, most intercepted\n\n"
        "The army issued the following statement on Saturday afternoon.\n\n"
        "Army Spokesperson's Announcement\n\n"
        "Following the sirens in Dorra, about 15 rockets were identified crossing the border.\n"
    )
    launched = count(text, "about 15 rockets were identified", "launched", 15)
    facts, evs = run(text, [launched])
    assert launched.main_event is True and launched.event == 0


def test_the_leads_telling_day_when_no_day_is_told_for_the_attack() -> None:
    text = (
        "Air defences down two missiles over Dorra\n\n"
        "The defence ministry said on Friday that its air defences had destroyed two missiles "
        "fired at Dorra in the early hours.\n"
    )
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-03"]
    # a day told for the attack wins over the telling day
    text = (
        "Air defences down two missiles over Dorra\n\n"
        "The ministry said on Friday that two missiles were destroyed over Dorra on Thursday.\n"
    )
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-02"]


def test_a_night_named_only_by_its_first_day_dates_the_attack_that_evening() -> None:
    # published Saturday; "overnight" is Saturday's, but the statement names Friday only
    text = (
        "Soldier killed in shelling near Dorra\n\n"
        "A soldier was killed when mortars hit positions near Dorra overnight, the ministry said.\n\n"
        "\"On May 3, from 22:40 to 23:25, enemy units opened fire on the positions.\"\n"
    )
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-03"]
    # named both days, the night keeps its later day
    text = (
        "Drones downed over Dorra\n\n"
        "Air defences downed 30 drones over Dorra overnight, the ministry said.\n\n"
        "\"From 23:00 on May 3 to 07:00 on May 4, air defences destroyed 30 drones.\"\n"
    )
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-04"]


def test_the_other_sides_attack_told_in_passing_is_another_event() -> None:
    from extract import extract
    text = ("Russia strikes Odesa port overnight\n\nRussia attacked Odesa overnight with 40 drones, "
            "killing two people, regional officials said.\n\nRussia's defence ministry said its air "
            "defences had downed 27 Ukrainian drones over the Bryansk region.\n")
    facts = extract(text, "2024-05-04").facts
    ukraine = [f for f in facts if f.kind == "actor" and f.value == "Ukraine"]
    downed = [f for f in facts if f.kind == "intercepted" and f.value == 27]
    assert ukraine and not ukraine[0].main_event and downed and not downed[0].main_event
    assert [f.value for f in facts if f.kind == "actor" and f.main_event] == ["Russia"]


def test_the_main_attackers_weapons_told_by_the_attacked_stay_in_the_main_event() -> None:
    from extract import extract
    text = ("Russian attack on Kyiv\n\nRussia attacked Kyiv overnight with 60 drones.\n\n"
            "Ukraine said its air defences shot down 40 Iranian drones over the capital.\n")
    downed = [f for f in extract(text, "2024-05-04").facts if f.kind == "intercepted"]
    assert [(f.value, f.main_event) for f in downed] == [(40, True)]


def test_a_message_stamp_is_no_lead() -> None:
    # PUB is Saturday 4 May 2024: the stamp's day is the telling, the lead's the attack
    text = ("Police statement on the mortar attack at the camp\n\n"
            "Ref: NPS/PR/217 | 4th May 2024\n\n"
            "On 2nd May 2024 at about 1940hrs, militants fired mortar bombs at the camp.\n")
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-02"] and evs[0].date == "2024-05-02"
    # (a short first line with an attack word is the lead all the same)
    facts, _ = run("Attack on the camp\n\nMortars hit the camp | 3rd May 2024\n\nOn 2nd May 2024 more fell.\n")
    assert main_dates(facts) == ["2024-05-03"]


def test_a_stamp_or_a_titles_day_when_nothing_else_tells_one() -> None:
    text = ("Live: rockets fired at Ashkelon\n\nLive updates | Thursday, May 2, 2024 | All times local\n\n"
            "14:02\nSirens are sounding in Ashkelon.\n")
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-02"]
    facts, _ = run("Euphrates Monitor | Daily tally, Thursday 2 May 2024\n\n"
                   "The monitor tracks events through its correspondents.\n")
    assert main_dates(facts) == ["2024-05-02"]


def test_a_toll_told_without_a_weapon_is_an_attack_sentence() -> None:
    text = ("Border clash near Chaman\n\nThe ticker ran all afternoon.\n\n"
            "Two soldiers embraced martyrdom and seven others were injured when forces opened fire "
            "on border posts on Thursday afternoon, the army said.\n")
    facts, _ = run(text)
    assert main_dates(facts) == ["2024-05-02"]


def test_a_place_and_date_line_over_a_translated_statement_is_a_stamp() -> None:
    text = ("Police: drones hit the station on Thursday night\n\n"
            "Cucuta, 3 May 2024 (translated from the statement of the regional police department)\n\n"
            "The police report that on the night of 2 May, criminals attacked the station with drones.\n")
    facts, evs = run(text)
    assert main_dates(facts) == ["2024-05-02"]


def test_the_leads_day_stays_with_the_main_event() -> None:
    # a live page whose entry opens with the attack: the day told there is the main event's
    text = ("Some 30 rockets fired from Lebanon at Galilee; shrapnel hits Kiryat Shmona home, 2 hurt on way "
            "to shelters\n\nBy Staff | Live updates\n\n9:42 pm\n"
            "IDF says most rockets from Lebanon intercepted, several fell in open areas\n\n"
            "The army says some 30 rockets were fired from southern Lebanon at the Upper Galilee and the "
            "Finger of the Galilee over the course of about 20 minutes this evening.\n")
    facts, evs = run(text)
    assert main_dates(facts) == [evs[0].date] == ["2024-05-04"]


def test_a_report_of_no_attack_has_no_main_event_date_place_or_party() -> None:
    text = ("Navy test-fires new cruise missile off Iran's coast\n\n"
            "Iranian forces test-fired a cruise missile in the Strait of Hormuz on Friday, the "
            "defence ministry said.\n")
    facts, _ = run(text)
    assert {f.kind for f in facts} >= {"event_date", "location"}
    assert [f for f in facts if f.main_event] == []
    # with an attack counted in it, the same headline keeps its date: the count is the event
    text = ("Navy test-fires new cruise missile off Iran's coast\n\n"
            "A day earlier, on Friday, rockets struck a tanker in the Strait of Hormuz, the ministry said.\n")
    fired = count(text, "rockets struck", "impacted", None, qualifier="vague")
    facts, _ = run(text, [fired])
    assert main_dates(facts) == ["2024-05-03"]


def test_the_day_of_what_an_attack_answers_is_not_its_day() -> None:
    text = ("Hezbollah says it fired rockets at army base\n\n"
            "Hezbollah said its fighters had fired a rocket salvo at an army base in Kiryat Shmona. It called "
            "the attack a response to the Israeli strike on a car in Bint Jbeil yesterday.\n")
    fired = count(text, "fired a rocket salvo", "launched", None, qualifier="vague")
    facts, _ = run(text, [fired])
    assert [f.text for f in facts if f.kind == "event_date"] == ["yesterday"]
    assert main_dates(facts) == []


def test_a_numeric_place_date_line_and_an_editors_note_are_stamps() -> None:
    # PUB is Saturday 4 May 2024
    text = ("Ministry bulletin on the attack on the gas field\n\nErbil, 03/05/2024\n\n"
            "- At 23:55 on Thursday 02/05/2024, the field was attacked by 3 drones.\n")
    facts, _ = run(text)
    assert main_dates(facts) == ["2024-05-02"]
    text = ("Translated claim: group says it shelled a camp\n\n"
            "[Translation of a statement attributed to the group, released on 3 May 2024. Text unverified.]\n\n"
            "The fighters targeted on Thursday the barracks of the army with 20 mortar shells.\n")
    facts, _ = run(text)
    assert main_dates(facts) == ["2024-05-02"]


def test_since_the_strike_opens_no_background() -> None:
    text = ("Hospital update on casualties of the market strike\n\nMinistry of Health\n\n"
            "Since the drone strike on the livestock market on Thursday afternoon, the hospital has "
            "received 63 casualties.\n")
    facts, _ = run(text)
    assert main_dates(facts) == ["2024-05-02"]
    # ("Since October" is still a span of background)
    text = ("Drones hit the market\n\nDrones hit the market on Friday, officials said.\n\n"
            "Since October, drone strikes on the city have killed 300 people.\n")
    facts, _ = run(text)
    assert main_dates(facts) == ["2024-05-03"]


def test_a_features_opening_month_is_not_the_attacks_day() -> None:
    text = ("Jet bombs a monastery\n\nLast month, with her grandchildren, she settled in the monastery.\n\n"
            "Shortly after 10pm on Thursday, a jet dropped two bombs on the monastery, killing 19 people.\n")
    facts, _ = run(text)
    assert main_dates(facts) == ["2024-05-02"]


def test_a_key_figures_box_counts_the_main_attack() -> None:
    text = ("Drones target the airport\n\nThree drones hit the airport on Thursday, officials said.\n\n"
            "Last week two drones were intercepted over the airport.\n\nKEY FIGURES\n\n"
            "Drones launched ............ 3\n")
    facts, _ = run(text, [count(text, "Drones launched ............ 3", "launched", 3, obj="drone")])
    box = next(f for f in facts if f.kind == "launched")
    assert box.main_event and box.event == 0


def test_a_lead_about_something_else_leaves_the_main_day_to_the_attack_told_after_it() -> None:
    from extract import extract
    text = (
        "Talks open in Geneva as drones hit a port\n\n"
        "Negotiators met in Geneva on Friday for a second round of talks on a ceasefire.\n\n"
        "Hours before the talks opened, 14 drones were launched at the port of Odesa late on Wednesday, "
        "and ten of them were shot down.\n\n"
        "Last month, three people were killed in a strike on the same port.\n"
    )
    got = extract(text, "2024-05-04")
    main = [f for f in got.facts if f.kind == "event_date" and f.main_event]
    assert [f.value for f in main] == ["2024-05-01"]
    assert got.events[0].place == "Odesa"
    # a lead that tells the attack keeps its own day
    told = "Drones hit a port\n\nFourteen drones struck the port of Odesa on Friday.\n\nOn Wednesday, 3 drones hit Izmail.\n"
    assert [f.value for f in extract(told, "2024-05-04").facts if f.kind == "event_date" and f.main_event] == [
        "2024-05-03"]


def test_a_tickers_first_line_under_its_title_gives_the_day() -> None:
    # (a corpus report: its first line reads as a standfirst under the ticker's title)
    from pathlib import Path

    from extract import extract
    raw = (Path(__file__).parents[1] / "corpus" / "h61_18_lakki_marwat_ticker.txt").read_text(encoding="utf-8")
    facts = extract(raw.split("\n", 1)[1], "2026-12-03").facts
    main = [f.text for f in facts if f.kind == "event_date" and f.main_event]
    assert main == ["EARLY THIS MORNING"]


def test_a_threads_context_post_is_background() -> None:
    from extract import extract
    text = ("Thread on the strikes\n\n1/2 RSF drones hit the city; 3 drones struck a depot.\n\n"
            "2/2 Context: Tuesday's attack involved 9 drones, all of them downed.\n")
    facts = extract(text, "2024-05-04").facts
    tuesday = [f for f in facts if f.kind == "event_date" and "Tuesday" in f.text]
    assert tuesday and not tuesday[0].main_event


def test_a_night_told_from_one_day_to_the_next_is_one_event() -> None:
    text = ("Ministry report\n\nOver the past night, from 23:00 on 3 May to 07:00 on 4 May, air defences "
            "destroyed 64 drones over the Bryansk region.\n")
    facts, _ = run(text, [count(text, "destroyed 64 drones", "intercepted", 64, obj="drone")])
    assert [f.main_event for f in facts if f.kind == "intercepted"] == [True]


def test_a_forms_date_of_occurrence_is_the_main_day() -> None:
    text = ("FIR summary: bombs on the village\n\nFIR No.: 118\n\nDate & time of registration: 04/05/2024 at 09:15 hrs\n\n"
            "Date & time of occurrence: 03/05/2024, approx. 2045 hrs\n\nBrief facts: miscreants fired 3 bombs on the village.\n")
    facts, _ = run(text, [count(text, "fired 3 bombs", "launched", 3, obj="bomb")])
    assert main_dates(facts) == ["2024-05-03"]


def test_a_headlines_overnight_gives_way_to_the_day_the_body_names_for_that_night() -> None:
    text = ("Flights halted at the airport after overnight drone attack\n\n"
            "The government says air defences intercepted drones over the capital.\n\n"
            "Flights have been suspended after the airport came under drone attack late on Friday, "
            "the government said.\n")
    facts, _ = run(text)
    assert main_dates(facts) == ["2024-05-03"]  # (PUB is a Saturday)
    # a day the body names for another, earlier attack leaves the headline's night standing
    facts, _ = run(text.replace("late on Friday", "on Monday"))
    assert main_dates(facts) == ["2024-05-04"]


def test_a_projectile_striking_a_ship_tells_the_attack_for_the_main_day() -> None:
    text = ("Rebels claim attack on bulk carrier\n\n"
            "The rebels said on Saturday they had attacked a bulk carrier with missiles.\n\n"
            "The ship was west of the port on Friday evening when its master reported a projectile striking the vessel.\n")
    facts, _ = run(text)
    assert main_dates(facts) == ["2024-05-03"]


def test_a_story_about_something_else_takes_its_attacks_day_from_the_paragraph_that_counts_it() -> None:
    lead = ("A federal court in the capital on Friday sentenced three men to 25 years each in prison for "
            "moving money to an armed group, in one of the largest financing cases brought so far.\n\n")
    filler = "The judge said the evidence was clear and the defence would appeal.\n\n" * 3
    attack = "Police said 15 mortar bombs were fired into Dorra at about 4.30pm on Thursday.\n"
    text = lead + filler + attack
    facts, _ = run(text, [count(text, "15 mortar bombs", "launched", 15)])
    assert main_dates(facts) == ["2024-05-02"]
    # a lead that tells the attack keeps its own day
    text = "Mortars hit Dorra on Friday, killing two, a court heard.\n\n" + filler + attack
    facts, _ = run(text, [count(text, "15 mortar bombs", "launched", 15)])
    assert main_dates(facts) == ["2024-05-03"]


def test_a_leads_day_of_something_else_before_after_and_the_attack() -> None:
    lead = ("Oil prices rose for a second session on Friday, with Brent at a three-week high, after a "
            "drone attack forced the Dorra refinery to halt its largest unit.\n\n")
    attack = "Officials said 38 drones were shot down over the region early on Thursday.\n"
    text = lead + attack
    facts, _ = run(text, [count(text, "38 drones were shot down", "intercepted", 38, obj="drone")])
    assert main_dates(facts) == ["2024-05-02"]
    # a main clause that is the attack's scene keeps its day
    lead = "Sirens sounded in Dorra on Friday, as militants fired rockets at the town.\n\n"
    text = lead + attack
    facts, _ = run(text, [count(text, "38 drones were shot down", "intercepted", 38, obj="drone")])
    assert main_dates(facts) == ["2024-05-03"]


def test_a_leads_day_of_something_else_with_the_attack_counted_after_after() -> None:
    # the lead's count sits in the clause after "after"; the next paragraph tells the
    # attack's day with no count of its own
    lead = ("Tanker rates jumped by a third on Friday, brokers said, after a missile struck a "
            "tanker off Dorra.\n\n")
    attack = "The tanker was hit late on Thursday about 60 nautical miles west of the port.\n"
    text = lead + attack
    facts, _ = run(text, [count(text, "a missile struck", "impacted", 1, obj="missile")])
    assert main_dates(facts) == ["2024-05-02"]
    # a count before "after" is the lead's own attack, and keeps the lead's day
    lead = "Three rockets hit Dorra on Friday, officials said, after a missile struck a tanker.\n\n"
    text = lead + attack
    facts, _ = run(text, [count(text, "Three rockets hit", "impacted", 3, obj="rocket")])
    assert main_dates(facts) == ["2024-05-03"]
