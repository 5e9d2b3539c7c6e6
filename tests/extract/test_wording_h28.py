"""Wordings the h28 reports taught (invented sentences, not copied from them): a launch
told by a participle whatever became of the munition, a list's last victim named with
an article, a ministry's tally labels, a person named between commas, the clause an
air-defence mark belongs to. Each with sentences that must give the fact and sentences
that must not."""

from __future__ import annotations

import pytest

from extract import counts, extract
from extract.document import body_blocks, parse


def facts(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(f.kind, f.value, f.object) for f in counts.find(parse(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle says the munition was fired, even when it then missed or fell short
        ("A further rocket launched from Gaza did not reach Israeli territory.", [("launched", 1, "rocket")]),
        ("A missile fired from Yemen fell short of its target.", [("launched", 1, "missile")]),
        # (one that "fell short" somewhere landed there)
        ("Seven rockets were fired. Three of them fell short, in farmland. The rest landed inside the base.",
         [("launched", 7, "rocket"), ("impacted", 3, "rocket"), ("impacted", 4, "rocket")]),
        ("One drone that crossed into Israeli airspace fell in an open field.",
         [("launched", 1, "drone"), ("impacted", 1, "drone")]),
        # ... not when denied, nor when the drone itself does the firing
        ("No missile launched from Yemen fell short of its target.", []),
        ("The four died when a drone fired at a crowd outside the clinic.", [("killed", 4, None)]),
        ("A drone dropped grenades on the trench.", []),
        # the other one of a pair, named with its noun
        ("Two missiles were fired at the car. One hit it. The other missile landed in a field.",
         [("launched", 2, "missile"), ("impacted", 1, "missile"), ("impacted", 1, "missile")]),
        ("The other missile types were kept in reserve.", []),
        # an air-defence mark counts only in the munition's own clause
        ("Russia fired 12 missiles, air defence said.", [("launched", 12, "missile")]),
        ("Russia fired 12 missiles; air defences downed 9.", [("launched", 12, "missile"), ("intercepted", 9, "missile")]),
        ("The battery fired two surface-to-air missiles.", []),
        ("Two missiles of the Iron Dome were fired.", []),
        # a subject that stops the drone is no interception of it
        ("Nets and jammers line the road. Neither stopped the drone on Tuesday.", []),
        ("Two drones were launched. Neither was stopped.", [("launched", 2, "drone"), ("intercepted", 0, "drone")]),
        # a payload or a long object before the passive is part of the noun phrase
        ('The ministry said "two drones loaded with explosives" were downed.', [("intercepted", 2, "drone")]),
        # (the drones targeting the base were fired at it, then downed)
        ("Two drones targeting a base housing coalition troops near Erbil airport were shot down.",
         [("launched", 2, "drone"), ("intercepted", 2, "drone")]),
        # (not past a clause of the object's own)
        ("Two drones targeting a base where troops were stationed crashed nearby.", [("launched", 2, "drone")]),
    ],
)
def test_launches_and_outcomes(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list's last victim named with an article waits for the list's verb
        ("The shelling killed 4 soldiers and a civilian.", [("killed", 4, "soldiers"), ("killed", 1, "civilian")]),
        ("The raid wounded 9 police officers and a ten-year-old boy.",
         [("injured", 9, "police officers"), ("injured", 1, "ten-year-old boy")]),
        ("The shelling killed 4 soldiers and a civilian was wounded.",
         [("killed", 4, "soldiers"), ("injured", 1, "civilian")]),
        ("The drone hit a tractor and a barn, killing 2 farmers.", [("killed", 2, "farmers")]),
        # a person named between commas after a bare ordinal
        ("A third, a girl of about 9, died of her wounds overnight.", [("killed", 1, None)]),
        ("A third, the army said, was a decoy.", []),
        # "my"/"our" open a pair; kin are summed
        ("\"My cousin and her two sons were hit by fragments,\" he said.", [("injured", 3, "civilians")]),
        # how badly one of the counted is hurt is no new count
        ("The wounded, among them a guard in critical condition, were taken to Bannu.", []),
        ("Six people were hurt, among them a child in serious condition.", [("injured", 6, "people")]),
        # "Neither attack caused casualties": zero of both
        ("Neither attack caused casualties.", [("killed", 0, None), ("injured", 0, None)]),
        # a ministry's tally lines and a noun of the dead after a colon
        ("Since the truce:\n- Total number of martyrs: 340\n- Total number of injuries: 1,205\n",
         [("killed", 340, None), ("injured", 1205, None)]),
        ("Toll since the war began: 8,412 martyrs and 20,950 injuries.",
         [("killed", 8412, None), ("injured", 20950, None)]),
        ("The casualties: 3 were killed, 5 hurt.", [("killed", 3, None), ("injured", 5, None)]),
        # shock after shrapnel is no wound
        ("A farmer and his son were treated for shock after shrapnel hit their shed.", []),
        # a part of a toll named between commas, a part's wound, a nominal killing
        ("Later, officials said one of the injured guards, a 51-year-old father of three, had died.",
         [("killed", 1, None)]),
        ("One of the wounded, a nurse from Kherson, was discharged.", []),
        ("A sailor was killed and two others hurt, one of them with severe burns.",
         [("killed", 1, "sailor"), ("injured", 2, None)]),
        ("Of the 30 passengers, 12 of them with injuries were taken to hospital.", [("injured", 12, None)]),
        ("The group vowed revenge for the killing of one of its commanders.", [("killed", 1, "commanders")]),
        ("A woman was cut by flying glass.", [("injured", 1, "woman")]),
        ("The agency put the overnight toll higher, at 22.", [("killed", 22, None)]),
        # what the noun phrase carries before its verb: ages, a part in the attack
        ("Two girls, 8 and 11, were hurt by the blast.", [("injured", 2, "girls")]),
        ("The army said all four militants involved in the raid were killed.", [("killed", 4, "militants")]),
        ("Three men involved in the attack were arrested.", []),
        # kin alone, a parent "of three" (children, no count), the person an appositive names
        ("A mother was killed.", [("killed", 1, "mother")]),
        ("A father of three was killed in the strike.", [("killed", 1, "father")]),
        ("Officials said one of the wounded guards, a father of two, had died.", [("killed", 1, None)]),
        ("The strike killed two brothers and a cousin.", [("killed", 2, "brothers"), ("killed", 1, "cousin")]),
    ],
)
def test_casualties(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


def _dates(text: str, published: str) -> list[tuple[str, bool]]:
    return [(f.value, f.main_event) for f in extract(text, published).facts if f.kind == "event_date"]


def test_a_status_date_is_no_day_of_the_attack() -> None:
    text = ("Flash update: drone strikes on Kadugli\nAs of 9 March 2026\n\n"
            "On 7 March, drones struck the market in Kadugli, killing 12 people.\n")
    assert _dates(text, "2026-03-09") == [("2026-03-07", True)]


def test_a_wire_updates_note_leaves_the_dateline_to_the_lead() -> None:
    text = ("UPDATE 2-Toll from missile strike on Sumy rises to 9\n"
            "(Updates toll in paragraph 1, adds governor's comment)\n\n"
            "KYIV, March 12 - The toll from a Russian missile strike on Sumy rose to nine on Thursday, "
            "officials said.\n\nRussia fired two missiles at the city late on Wednesday.\n")
    doc = parse(text)
    assert doc.dateline is not None and text[doc.dateline.start : doc.dateline.end].startswith("KYIV, March 12")
    assert ("2026-03-11", True) in _dates(text, "2026-03-12")
    assert ("2026-03-12", True) not in _dates(text, "2026-03-12")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (h29) a definite figure after its verb; a storey is no count
        ("The drone fired at a van, killing the two men inside.", [("killed", 2, "men")]),
        ("One missile destroyed the four-storey office block.", [("impacted", 1, "missile")]),
        # years of birth and in-laws inside a pair; the person between commas
        ("A man born in 1961 and a woman born in 1966 were killed.", [("killed", 2, "civilians")]),
        ("An old man and his daughter-in-law were injured.", [("injured", 2, "civilians")]),
        ("The driver, a man born in 1979, was injured.", [("injured", 1, "driver")]),
        # a make after the munition, an outlet's "known to have been", "others" with no figure
        ("At least five 152-mm shells of Soviet design landed in the village.", [("impacted", None, "shell")]),
        ("By noon, six people are known to have been killed.", [("killed", 6, "people")]),
        ("Two citizens were killed and others were injured.", [("killed", 2, "citizens"), ("injured", None, None)]),
        ("Two were killed, while others fled.", [("killed", 2, None)]),
        # a list item with its own launch site; briefings' abbreviations; a drone boat
        ("The enemy attacked with 2 Iskander-M missiles launched from the Kursk region and 60 strike UAVs.",
         [("launched", 2, "ballistic missile"), ("launched", 60, "drone")]),
        ("It fired several SRBMs into the sea.", [("launched", None, "missile")]),
        ("A drone boat that approached the tanker was destroyed by gunfire.", [("intercepted", 1, "drone")]),
        # "of whom two died": the figure's own verb; trades past the lexicon
        ("The hospital took in 12 wounded, of whom two died on arrival.", [("injured", 12, None), ("killed", 2, None)]),
        ("Shells hit the port, killing two dockworkers.", [("impacted", None, "shell"), ("killed", 2, "dockworkers")]),
        ("Two linemen were hurt.", [("injured", 2, "linemen")]),
        ("The strike killed 30 sheep.", []),
        ("Two containers were destroyed.", []),
        # zeros: an agency's "without leaving victims", a headline's "crew of 21 unhurt"
        ("One drone fell on the roof without leaving victims.",
         [("impacted", 1, "drone"), ("killed", 0, None), ("injured", 0, None)]),
    ],
)
def test_h29_wordings(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


def test_a_headlines_crew_of_21_unhurt_is_a_zero() -> None:
    text = "Missile hits bulker in Red Sea; crew of 21 unhurt\n\nA missile struck the ship on Monday.\n"
    found = [(f.kind, f.value, f.text) for f in counts.find(parse(text))]
    assert ("injured", 0, "crew of 21 unhurt") in found
    assert all(f[0] != "injured" for f in counts.find(parse("Crew change ends in port\n\nText.\n")))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (h30) short posts and logs: a dash after "shelled", "launch" as a noun, "we count"
        ("The village was shelled 9 times — 17 shells.", [("launched", 17, "shell")]),
        ("The village was shelled 9 times.", []),
        ("Summary: 2 launches from Yemen | 0 impacts", [("launched", 2, "projectile"), ("impacted", 0, "projectile")]),
        ("We count at least 6 drones in the videos.", [("launched", None, "drone")]),
        # "appears to have", a listed part with its own verb, a part of the hurt
        ("One drone hit a depot. Another appears to have struck a clinic.",
         [("impacted", 1, "drone"), ("impacted", 1, "drone")]),
        ("3 bombs were dropped: 1 struck the school, the other two fell in a field.",
         [("launched", 3, "bomb"), ("impacted", 1, "bomb"), ("impacted", 2, "bomb")]),
        ("2 men were injured: one has shrapnel wounds, the other a concussion.", [("injured", 2, "men")]),
        # a hospital's words
        ("4 were brought in dead and 1 died later in surgery.", [("killed", 4, None), ("killed", 1, None)]),
        ("This brings the number of deaths at the hospital to 6.", [("killed", 6, None)]),
        ("9 patients remain under treatment.", [("injured", 9, "patients")]),
        ("There are no reports of U.S. casualties.", [("killed", 0, None), ("injured", 0, None)]),
    ],
)
def test_h30_wordings(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (h30) regional outlets: a toll raised, parts with a clause of their own, treatment
        ("Civil Defence later raised the toll to 13.", [("killed", 13, None)]),
        ("Medics treated six people who were hurt running to shelters and four who suffered anxiety attacks.",
         [("injured", 6, "people")]),
        ("The strike killed 3 soldiers and 2 who were driving past.", [("killed", 3, "soldiers"), ("killed", 2, None)]),
        ("Two others were treated at a health centre and discharged.", [("injured", 2, None)]),
        ("Three were treated at the scene for shock.", []),
        ("The first hit a bajaj (three-wheeler) stand.", []),
        ("It injured two workers, an Indian and a Bangladeshi national, who were treated at the site.",
         [("injured", 2, "workers")]),
        ("Militants wounded three policemen and a passer-by.",
         [("injured", 3, "policemen"), ("injured", 1, "passer-by")]),
        ("Debris from a drone fell on a house, killing a woman.", [("killed", 1, "woman")]),
        ("Two of our gallant soldiers paid the supreme price.", [("killed", 2, "soldiers")]),
        # "them" after fighters named last are fighters, whom "neutralised" kills
        ("The troops pursued the fleeing militants and neutralised 17 of them.", [("killed", 17, None)]),
        ("At least five drones attacked the base. Troops used jammers to neutralise three of them.",
         [("launched", None, "drone"), ("intercepted", 3, "drone")]),
    ],
)
def test_h30_regional_wordings(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


def test_a_posts_account_line_stamp_and_posting_day_are_no_attack_day() -> None:
    text = ("Flash: school hit in Sagaing\nOCHA Myanmar ✔ @OCHAMyanmar · 18 Nov 2026\n\n"
            "On 17 Nov, an air strike hit a school, killing 11 people.\n")
    assert ("2026-11-17", True) in _dates(text, "2026-11-18")
    assert ("2026-11-18", True) not in _dates(text, "2026-11-18")
    text = ("City administration | morning update\n21.11 | 07:40\n\nOvernight the enemy attacked the city "
            "with 6 drones, injuring 3 people.\n")
    doc = parse(text)
    lead = body_blocks(doc)[0]
    assert text[lead.start : lead.end].startswith("Overnight")
    text = ("JNIM claims attack on camp\n\n[Statement posted on the group's channel 5 Nov]\n\n"
            "On 4 November 2026 the fighters shelled the camp with 12 mortar rounds.\n")
    assert ("2026-11-04", True) in _dates(text, "2026-11-06")
    assert ("2026-11-05", True) not in _dates(text, "2026-11-06")


def test_a_set_named_before_its_part_is_the_launch_even_with_only() -> None:
    assert facts("Of the four Iskanders, only two were intercepted.") == [
        ("launched", 4, "ballistic missile"), ("intercepted", 2, "ballistic missile")]
    assert facts("Of the four missiles, just one was shot down.") == [
        ("launched", 4, "missile"), ("intercepted", 1, "missile")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (h31) local voices: "came down", soldiers who "fell", bandits, riders, an age in a pair
        ("Fourteen rockets were fired. Eleven of them came down in plantations.",
         [("launched", 14, "rocket"), ("impacted", 11, "rocket")]),
        ('"Eleven of our soldiers fell defending the position," the governor said.', [("killed", 11, "soldiers")]),
        ("Three soldiers fell in battle.", [("killed", 3, "soldiers")]),
        ("Two rockets fell near the post.", [("impacted", 2, "rocket")]),
        ("Police neutralised four bandits.", [("killed", 4, "bandits")]),
        ("Two soldiers and a motorbike rider were killed.",
         [("killed", 2, "soldiers"), ("killed", 1, "motorbike rider")]),
        ("A rubber tapper, aged 56, and his wife were hit by shrapnel.", [("injured", 2, "civilians")]),
        ("Local officials put the dead at 11.", [("killed", 11, None)]),
    ],
)
def test_h31_wordings(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Woman, son killed in shelling along LoC", [("killed", 2, "civilians")]),
        ("Two soldiers, okada rider killed in IED ambush", [("killed", 2, "soldiers"), ("killed", 1, "okada rider")]),
        ("Police, soldiers injured in clashes", [("injured", None, "soldiers")]),
    ],
)
def test_a_headlines_list_of_two_parties(headline: str, expected: list) -> None:
    assert facts(headline + "\n\nText.\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a reviewer's misfires of this round's rules, each an analyst would code otherwise
        ("Militants planted five IEDs on the road, and engineers neutralised four of them.", []),
        ("The militants arrived in four pickup trucks, and the troops neutralised 3 of them.", []),
        ("Strikes hit a gathering of terrorists near Sokolo, neutralising twelve of them.", [("killed", 12, None)]),
        ("A missile fell short.", []),
        ("The battery fired two missiles, Patriot interceptors, at the incoming drones.", []),
        ("North Korea conducted 3 launches this year, the ministry said.", []),
        ("Five residents were treated in hospital for emotional distress.", []),
        ("The strike killed 5 inside shelters.", [("killed", 5, None)]),
        ("Total number of drones launched since October: 4,200", []),
    ],
)
def test_review_misfires(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


def test_an_account_line_needs_its_stamp_and_a_wire_note_no_full_stop() -> None:
    text = "Rocket fire on the north\n\nIDF @IDF · 12 rockets fired at Kiryat Shmona\n"
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == [("launched", 12)]
    text = "Front update\n\n(Advances near Pokrovsk were repelled, and 3 soldiers were killed.)\n"
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == [("killed", 3)]
    assert _dates("Attack on post\n\nSoldiers posted on the border site on 3 June came under fire.\n",
                  "2026-06-05") == [("2026-06-03", True)]


def test_a_family_counted_by_its_members() -> None:
    assert facts("A 5-member family were killed.") == [("killed", 5, "family")]
    assert facts("The strike killed a five-member family in Rafah.") == [("killed", 5, "family")]
    assert facts("A three-member team was sent to the site.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (h32) no attack: accidents, an air show, ordnance left from old wars
        ("A training accident marred the exercise, injuring three soldiers.", []),
        ("A pilot was killed in a crash at the Bahrain International Airshow.", []),
        ("This year 11 people were killed and 26 injured in UXO accidents.", []),
        # ... but an army's accidental strike is a strike, and a dud is no accident
        ("The army said 85 villagers were killed in an accidental bombing.", [("killed", 85, "villagers")]),
        ("Four bombs were dropped. Three of them exploded; the fourth lies unexploded in a crater.",
         [("launched", 4, "bomb"), ("impacted", 3, "bomb")]),
        # drones that are no weapons
        ("Air defence crews brought down 12 target drones.", []),
        ("Troops shot down 3 attack drones.", [("intercepted", 3, "drone")]),
        # a monitor's tally labels and their breakdowns
        ("- Reported downed or suppressed: 113 (108 UAVs, 5 Kh-101 cruise missiles)",
         [("intercepted", 113, None), ("intercepted", 108, "drone"), ("intercepted", 5, "cruise missile")]),
        ("- Hits recorded: 4 (3 Iskander-M, 1 Kh-101)",
         [("impacted", 4, None), ("impacted", 3, "ballistic missile"), ("impacted", 1, "cruise missile")]),
    ],
)
def test_h32_wordings(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report of no attack keeps only what a sentence tells of an attack, and zero launches
        ("Rocket launchers fire live salvos as drill ends on Baltic coast\n\n"
         "The batteries fired 48 rockets at sea targets. All rounds fell within the zone.\n", []),
        ("Four dead as blasts rip through army ammunition depot\n\n"
         "The explosions killed four people and injured 37, officials said.\n", []),
        ("Lebanon truce holds a month on, no rockets fired\n\nNo rockets were fired from Lebanon.\n",
         [("launched", 0, "rocket")]),
        ("Japan's budget buys 32 interceptors\n\nIn March a Houthi drone attack killed 3 sailors.\n",
         [("killed", 3, "sailors")]),
        # ... but a depot's blast is an attack when the report tells of one
        ("Massive explosions at ammunition depot in Toropets\n\nUkraine launched 100 drones at the region, "
         "and air defences shot down 80. Two people were injured.\n",
         [("launched", 100, "drone"), ("intercepted", 80, "drone"), ("injured", 2, "people")]),
        # ... and an attack's headline keeps everything, truce or not
        ("Hezbollah fires 18 rockets in first attack since truce\n\n"
         "Hezbollah fired 18 rockets; 15 were intercepted.\n",
         [("launched", 18, "rocket"), ("launched", 18, "rocket"), ("intercepted", 15, "rocket")]),
    ],
)
def test_a_report_of_no_attack(text: str, expected: list) -> None:
    assert facts(text) == expected
