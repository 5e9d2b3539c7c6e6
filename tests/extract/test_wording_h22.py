"""Wordings this session's reports taught (invented sentences, not copied from them):
war-wide tallies of mixed weapons, breakdowns whose items run to semicolons, figures in
thousands. Each with sentences that must give the fact and sentences that must not."""

from __future__ import annotations

import pytest

from extract import counts
from extract.document import parse


def facts(text: str) -> list[tuple[str, int | None, int | None, str | None]]:
    return [(f.kind, f.value, f.min, f.object) for f in counts.find(parse(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one figure over a series of weapons, its verb after the series
        ("Officials say roughly 9,000 shells, rockets and drones have been fired across the line since May.",
         [("launched", 9000, None, "projectile")]),
        ("More than 3,500 missiles, drones, and rockets were launched at the country last year.",
         [("launched", None, 3501, "projectile")]),
        # a figure in thousands is no year
        ("Some 2,000 rockets were fired at the region in the first week.", [("launched", 2000, None, "rocket")]),
        # ... though a bare year still is
        ("In 2019 three rockets were fired at the base.", [("launched", 3, 3, "rocket")]),
        # a breakdown after a colon whose items run to semicolons
        ("The enemy attacked with 70 air attack weapons: 40 attack drones launched from Kursk and "
         "Bryansk; 22 cruise missiles from bombers over the Volga; and eight ballistic missiles.",
         [("launched", 70, 70, "projectile"), ("launched", 40, 40, "drone"),
          ("launched", 22, 22, "cruise missile"), ("launched", 8, 8, "ballistic missile")]),
        # victims: a martyr is one dead, a person hit by shrapnel is hurt, two-word trades
        ("The strike resulted in one martyr and six wounded.",
         [("killed", 1, 1, None), ("injured", 6, 6, None)]),
        ("A 12-year-old boy was hit by shrapnel near the school.", [("injured", 1, 1, "12-year-old boy")]),
        ("Three civil defence workers were injured.", [("injured", 3, 3, "civil defence workers")]),
        ("The drone killed a patrolman on the bridge.", [("killed", 1, 1, "patrolman")]),
        # a barrage is fired, whatever verb tells what it did
        ("A barrage of artillery shells tore through the market at noon.", [("launched", None, None, "shell")]),
        ("The gunmen opened the assault with a barrage of mortar rounds.", [("launched", None, None, "mortar")]),
        # ... and so is a salvo named by its munition
        ('The group said it had fired "a rocket salvo" at the town.', [("launched", None, None, "rocket")]),
        ("Sirens sounded as a large drone swarm crossed the border.", [("launched", None, None, "drone")]),
    ],
)
def test_wordings_that_count(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure inside the series is a count of its own, not one figure for all
        ("Militants fired 12 rockets, two missiles and a drone at the base.",
         [("launched", 12, 12, "rocket"), ("launched", 2, 2, "missile"), ("launched", 1, 1, "drone")]),
        # a thing hit by shrapnel is damaged, no one is hurt; a rocket hit by it is no impact
        ("The school was hit by shrapnel.", []),
        ("Two parked cars were struck by fragments.", []),
        # a threatened or denied barrage was not fired
        ("The group warned that a barrage of rockets would follow any raid.", []),
        ("Officials said there was no rocket barrage overnight.", []),
        ("The militia threatened to answer with a rocket salvo.", []),
        # "the barrage" points back to one told, it is no new launch
        ("The rocket barrage damaged two homes.", []),
        # semicolons outside a breakdown join nothing
        ("Guards found 30 shells near the gate; 14 rockets were later found unexploded.", []),
    ],
)
def test_wordings_that_do_not(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


def test_the_rest_are_of_the_munition_named() -> None:
    # the last launch told is the missile; "the rest" of the rockets are rockets
    text = ("Militants fired 20 rockets, three drones and an anti-tank missile at the town. "
            "Air defences intercepted 16 of the rockets; the rest fell in open fields.")
    assert [(f.kind, f.value, f.object) for f in counts.find(parse(text)) if f.kind != "launched"] == [
        ("intercepted", 16, "rocket"), ("impacted", 4, "rocket")]


def test_an_attack_named_by_its_weapon_is_no_antecedent() -> None:
    # "them" are the rockets, not the drones of "the drone attack"
    text = ("Five drones approached the base and three were shot down. "
            "At least four rockets were fired shortly before the drone attack. "
            "One of them hit a wall, and the others fell in fields.")
    got = [(f.kind, f.value, f.min, f.object) for f in counts.find(parse(text))]
    assert ("impacted", 1, 1, "rocket") in got
    assert not any(k == "impacted" and o == "drone" for k, _, _, o in got)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # the total before a colon, the rest closing its list by place
        ("Air defences destroyed 40 drones: 18 over the Kursk region, 12 over the Oryol region "
         "and the remainder over the waters of the Black Sea.", 10),
        # the first item with its own verb, the total in the sentence before
        ("The air force said 52 drones were downed. Thirty were shot down over Odesa region, "
         "fifteen over Mykolaiv region and the rest over Kherson region.", 7),
    ],
)
def test_the_rest_closing_a_list_by_place(text: str, rest: int) -> None:
    found = [(f.kind, f.value) for f in counts.find(parse(text)) if f.rule.endswith(".whole")]
    assert found == [("intercepted", rest)]


def test_the_rest_after_items_counted_each_is_left_vague() -> None:
    text = ("Air defences destroyed 40 drones: 18 over the Kursk region, four each over the Tula "
            "and Oryol regions and the remainder over the sea.")
    assert [(f.kind, f.value) for f in counts.find(parse(text)) if f.rule.endswith(".whole")] == [
        ("intercepted", None)]


def test_another_figure_over_a_place_joins_the_list() -> None:
    text = ("Systems on duty destroyed 16 drones over the Belgorod region overnight, "
            "and another 7 over the Kursk region.")
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == [("intercepted", 16), ("intercepted", 7)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle with its object, then the passive that tells the drone's fate
        ("It said one drone approaching Eilat was shot down over the sea.", [("intercepted", 1)]),
        # items joined past a time phrase or a second noun of the first item
        ("Air defences downed 218 drones over the past week, as well as six missiles and four rockets.",
         [("intercepted", 218), ("intercepted", 6), ("intercepted", 4)]),
        ("Russia used 112 attack drones and decoy drones as well as nine missiles.",
         [("launched", 112), ("launched", 9)]),
        # struck by, with where it struck between
        ("The tanker had been hit on its port side by one projectile.", [("impacted", 1)]),
        # a figure with a fate of its own is no victim of the verb before
        ("About 1,200 people were killed and some 250 taken captive.", [("killed", 1200)]),
        # a figure doing the killing is no toll
        ("The number of attacks has risen to 71, which killed 58 people.", [("killed", 58)]),
        # one more fired, and an infinitive of interception
        ("Later the drone fired a third missile at a checkpoint.", [("launched", 1)]),
        ("Five drones attacked. Troops used jammers to neutralise three of them.",
         [("launched", 5), ("intercepted", 3)]),
        # got past the defences, then hit
        ("A missile that evaded interception slammed into an open area.", [("impacted", 1)]),
        # none landed
        ("The army said there were no impacts in Israeli territory.", [("impacted", 0)]),
        # an alert timeline's launches, singular too, and a set before its part in a headline
        ("Two launches were detected. One launch was intercepted and the other fell in an open area.",
         [("launched", 2), ("intercepted", 1), ("impacted", 1)]),
        ("Two launches from Gaza toward Sderot; one intercepted", [("launched", 2), ("intercepted", 1)]),
    ],
)
def test_h22_wordings(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fourth Kh-101 had been tracked over the region.",  # one of a launch told before
        "Engineers inspected the launch site.",
        "No hits on civilians were reported.",  # (not a count of impacts)
    ],
)
def test_h22_wordings_that_do_not_count(text: str) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text)) if f.kind in ("launched", "impacted")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "May" before a day is the month, not the modal
        ("A strike on the camp on May 19 killed nine people.", [("killed", 9)]),
        ("A glide bomb attack in the city last May killed 19 people.", [("killed", 19)]),
        # a dateline's day before a dash is no range with the figure after it
        ("BELGOROD, August 22 - One civilian was killed and four others were wounded.",
         [("killed", 1), ("injured", 4)]),
        # a headline's figure with a phrase after it
        ("Drone strike near Nabatieh kills two despite ceasefire", [("killed", 2)]),
        # part of a salvo with no figure
        ("Dozens of rockets were fired at the town. Some were intercepted, while the rest fell in fields.",
         [("launched", None), ("intercepted", None), ("impacted", None)]),
        ("Rockets hit the town; a number of them were shot down.", [("impacted", None), ("intercepted", None)]),
    ],
)
def test_h22_more_wordings(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the drones may kill 19 people.",  # the modal still hedges
        "Some were hurt in the blast.",  # people, no munition
        "Three children aged between four and 11 were among the dead.",  # (the 11 is an age)
    ],
)
def test_h22_more_wordings_that_do_not_count(text: str) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text)) if f.value != 3] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Of the 23 injured, 17 are civilians and six are soldiers," the spokesman said.',
         [("injured", 23), ("injured", 17), ("injured", 6)]),
        ("Of the dead, 12 were soldiers and three were civilians.", [("killed", 12), ("killed", 3)]),
        # the set's kind is not said: no parts
        ("Of these casualties, two were children.", []),
        # a figure after "of the" that is no toll
        ("Of the 40 drones, 30 were decoys.", []),
    ],
)
def test_parts_of_a_toll(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text)) if f.kind in ("killed", "injured")] == expected


def test_a_payload_carried_is_no_antecedent() -> None:
    # "three" and "the remaining two" are quadcopters, not the mortar rounds they carry
    text = ("The militants used five quadcopters carrying mortar rounds, of which three were "
            "neutralised. The remaining two dropped their payloads inside the perimeter.")
    assert [(f.kind, f.value, f.object) for f in counts.find(parse(text))] == [
        ("launched", 5, "drone"), ("intercepted", 3, "drone"), ("impacted", 2, "drone")]


def test_a_participle_after_a_verbless_list_is_its_verb() -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(
        "Air Force: 96 drones and three cruise missiles launched overnight"))] == [
        ("launched", 96), ("launched", 3)]
    # ... but after a list that has its verb before it, the participle only describes
    assert [(f.kind, f.value) for f in counts.find(parse(
        "Defences shot down 21 drones and three missiles launched by the rebels."))] == [
        ("intercepted", 21), ("intercepted", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed groups' adjectives before the munition
        ('The group said it targeted the ship with "a number of appropriate naval missiles".',
         [("launched", None)]),
        # list items each with their own place
        ("Militants fired five rockets at Sderot and three at Ashkelon.", [("launched", 5), ("launched", 3)]),
        ('It launched "a number of ballistic missiles" at the base and "a large number" of drones at the port.',
         [("launched", None), ("launched", None)]),
    ],
)
def test_items_with_their_own_places(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead counted as lives
        ("Four lives were lost in the strike.", [("killed", 4)]),
        ("The attack claimed at least 12 lives.", [("killed", None)]),
        ("Doctors saved 40 lives that night.", []),
        # in hospital is hurt
        ("Three people are dead and nine are in hospital.", [("killed", 3), ("injured", 9)]),
        # a munition seen, unless a verb after says what it did
        ("Local officials counted 14 FPV drones over the city.", [("launched", 14)]),
        ("Residents counted around 20 shells that landed in the camp.", [("impacted", 20)]),
        ('He said he had counted "about 12" craters.', []),
        ("Monitors counted 'about ten' drones over the town.", [("launched", 10)]),
        # an abbreviation among the modifiers
        ("A first-person-view (FPV) drone struck a passenger car.", [("impacted", 1)]),
    ],
)
def test_more_h22_wordings(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure after "none of its" is the set; none of it was hurt
        ("None of its 21 crew members were hurt, the company said.", [("injured", 0)]),
        ("None of the 12 drones reached the city.", [("impacted", 0), ("launched", 12)]),
        # a planted bomb is no munition fired
        ("A car bomb exploded near the checkpoint.", []),
        ("Two bombs exploded near the checkpoint.", [("impacted", 2)]),
    ],
)
def test_none_of_a_set_and_planted_bombs(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


def test_an_item_with_an_article_in_a_numbered_list_of_the_hurt() -> None:
    found = [(f.kind, f.value, f.text) for f in counts.find(parse(
        "Seven people were injured, among them a 9-year-old boy and two members of a defence unit."))]
    assert found == [("injured", 7, "Seven people were injured"), ("injured", 1, "a 9-year-old boy"),
                     ("injured", 2, "two members of a defence unit")]
    # one named alone is one of the counted, no breakdown
    assert [(f.kind, f.value) for f in counts.find(parse("Seven people were injured, including a woman."))] == [
        ("injured", 7)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total told on another day is no total of the list
        ("Yesterday 30 drones were shot down. On Friday air defences downed 10 over Kursk region, "
         "5 over Bryansk region and the rest over the Sea of Azov.",
         [("intercepted", 30), ("intercepted", 10), ("intercepted", 5), ("intercepted", None)]),
        # the month does not hide a modal after it
        ("Hamas said in May it would fire 20 rockets at Tel Aviv.", []),
        # a salvo: the month and another clause's modal are no doubt; a fear is
        ("On May 3 a rocket barrage struck Sderot.", [("launched", None)]),
        ("Officials, who will meet on Sunday, said a rocket barrage struck Sderot.", [("launched", None)]),
        ("Residents feared a rocket barrage after the strike.", []),
        # no impacts on flights is no count
        ("There were no impacts on flights at Ben Gurion airport.", []),
        # a participle before a noun describes it
        ("The blast injured 4 guards and 3 detained suspects.", [("injured", 4), ("injured", 3)]),
        # a singular "launch" before a noun is a modifier
        ("Israeli jets destroyed two launch cells in Gaza.", []),
        # "some" before "the rest" leaves the rest without a figure
        ("Five rockets were fired at Sderot. Some were intercepted, while the rest fell in fields.",
         [("launched", 5), ("intercepted", None), ("impacted", None)]),
    ],
)
def test_review_of_the_h22_rules(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected



def test_a_sentence_of_hundreds_of_salvos_keeps_each_as_it_stands() -> None:
    # (past _MAX_PENDING verbless figures the list joins are skipped; each salvo still stands)
    facts = counts.find(parse("a barrage of rockets " * 300 + "."))
    assert len(facts) == 300 and {(f.kind, f.value) for f in facts} == {("launched", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # air-defence "targets"
        ("Air force says 91 of 143 targets downed", [("intercepted", 91), ("launched", 143)]),
        ("Air defences shot down/suppressed 74 targets.", [("intercepted", 74)]),
        ("40 targets were destroyed by the strikes.", []),
        ("Jets struck 40 targets in the city.", []),
        # aerial weapons, a model name as a modifier, a modifier in -ed
        ("Russia attacked overnight with 143 aerial weapons.", [("launched", 143)]),
        ("The attack involved 137 Shahed and decoy drones launched from Kursk.", [("launched", 137)]),
        ("Drone attacks have left 11 uniformed personnel dead.", [("killed", 11)]),
        # part of a set, told in a relative clause
        ("Some 15 launches were identified, some of which were intercepted.",
         [("launched", 15), ("intercepted", None)]),
    ],
)
def test_h23_wordings(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two parties joined by "and" are counted apart; kin and plain people are summed
        ("ISWAP fighters fired rockets into the town, killing a soldier and a woman.",
         [("killed", 1, "killing a soldier"), ("killed", 1, "a woman")]),
        ("A drone hit a bus, wounding the driver and five passengers.",
         [("impacted", 1, "A drone hit"), ("injured", 1, "wounding the driver"), ("injured", 5, "five passengers")]),
        ("Shelling killed a woman and her two children.", [("killed", 3, "killed a woman and her two children")]),
        ("A man and a woman were lightly hurt.", [("injured", 2, "A man and a woman were lightly hurt")]),
        # a list item past its list's verb and "all"
        ("Air defenses said 15 drones and all four remaining missiles struck targets.",
         [("impacted", 15, "15 drones"), ("impacted", 4, "four remaining missiles struck")]),
        ("Russia launched 84 drones and decoys and six missiles at Ukraine.",
         [("launched", 84, "launched 84 drones"), ("launched", 6, "six missiles")]),
        ("Russia launched a record 810 drones.", [("launched", 810, "launched a record 810 drones")]),
        # nothing struck, unless it fell
        ("The missiles did not impact any vessels.", [("impacted", 0, "did not impact any vessels")]),
        ("Rebels fired a missile. The missile fell into the water and did not impact any vessel.",
         [("launched", 1, "fired a missile"), ("impacted", 1, "The missile fell")]),
        # a set of other things than munitions
        ("Russia said that all targets had been hit.", []),
        # the noun phrase runs past a unit's name, an aside without commas, a long participle
        ("Two soldiers of the Givati Brigade were seriously wounded.",
         [("injured", 2, "Two soldiers of the Givati Brigade were seriously wounded")]),
        ("Three people including two children were injured.",
         [("injured", 3, "Three people including two children were injured"),
          ("injured", 2, "two children were injured")]),
    ],
)
def test_h24_wordings(text: str, expected: list) -> None:
    assert [(f.kind, f.value, f.text) for f in counts.find(parse(text))] == expected


def test_each_item_of_a_pair_names_its_group_without_its_figure() -> None:
    facts = counts.find(parse("A drone hit a bus, wounding the driver and five passengers."))
    assert [(f.value, f.object) for f in facts if f.kind == "injured"] == [(1, "driver"), (5, "passengers")]
    facts = counts.find(parse("Rockets struck the town, killing a soldier and his two brothers' neighbour."))
    assert all(not (f.object or "").startswith(("a ", "his ", "two ")) for f in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bulk carrier struck by Houthi missile in Red Sea, crew unharmed\n\nText.\n",
         [("impacted", 1, "struck by Houthi missile")]),
        ("On Tuesday, a missile set off sirens in the Negev and was also shot down.",
         [("launched", 1, "a missile"),
          ("intercepted", 1, "a missile set off sirens in the Negev and was also shot down")]),
        # no conjoined interception of a subject that hit nothing of the kind
        ("The drone flew over the base and the soldiers were hurt.", []),
    ],
)
def test_h24_more_wordings(text: str, expected: list) -> None:
    got = [(f.kind, f.value, f.text) for f in counts.find(parse(text)) if f.kind in counts.MUNITION_KINDS]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age with "around" in an appositive is no count
        ("Police said a man, around 70, who was lightly injured by shrapnel, was taken to hospital.",
         [("injured", 1)]),
        ("MDA said it treated a man, 35, who was lightly hurt by shattered glass.", [("injured", 1)]),
        ("Eleven people are now being treated for injuries, the governor said.", [("injured", 11)]),
        ("Medics treated a 67-year-old man for moderate shrapnel wounds.", [("injured", 1)]),
        ("There were no reports of people hurt by the rockets.", [("injured", 0)]),
        # not intercepted: the set, not a part of it
        ("The missiles were not intercepted, officials said.", [("intercepted", 0)]),
        ("The other two drones were not intercepted.", []),
        # flown, and an attack by drones; downed when the attack was repelled
        ("Militants flew three quadcopters towards the police station. Two of them dropped bombs in "
         "the compound.", [("launched", 3), ("impacted", 2)]),
        ("The mayor said an attack by three drones on the capital was repelled.", [("launched", 3)]),
        ("The ministry said its air defences repelled an attack by 19 drones.", [("intercepted", 19)]),
        # a speaker's clause is no appositive; "including a passer-by" is one of the counted
        ("A hospital official, however, said three people, including a passer-by, had been brought "
         "to the emergency ward with splinter injuries.", [("injured", 3)]),
        # a relative clause between a victim and the fate
        ("A 64-year-old woman, who was in serious condition, died in hospital overnight.", [("killed", 1)]),
    ],
)
def test_h25_wordings(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


def test_a_figure_of_interceptions() -> None:
    got = [(f.kind, f.value) for f in counts.find(parse(
        "Nine rockets were fired. Footage showed the five intercepts over Petah Tikva."))]
    assert got == [("launched", 9), ("intercepted", 5)]
    # an interceptor is no interception
    assert [(f.kind, f.value) for f in counts.find(parse("The army fired five interceptors."))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It recorded hits by nine missiles and 35 drones at 14 locations around the country.",
         [("impacted", 9), ("impacted", 35)]),
        ("Two employees of the energy company were injured.", [("injured", 2)]),
        ("No IDF injuries were reported.", [("injured", 0)]),
        ("Seven Shaheds were flying towards the city.", [("launched", 7)]),
        ("Three drones flying towards the city were shot down.", [("intercepted", 3)]),
        ("Air defences destroyed 148 drones, including 47 over the Bryansk region and almost 30 that "
         "were flying towards Moscow.", [("intercepted", 148), ("intercepted", 47), ("intercepted", 30)]),
        ("An Israeli strike on Nuseirat killed a family of six.", [("killed", 6)]),
        ("She lost a family of four years ago.", []),
    ],
)
def test_h26_wordings(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


def test_a_list_item_after_an_item_told_with_its_origin() -> None:
    text = ("The enemy attacked with 3 Iskander-M ballistic missiles from the Kursk region and the "
            "temporarily occupied Crimea and 112 strike UAVs of the Shahed and Gerbera types.")
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == [("launched", 3), ("launched", 112)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # running tolls: reckoned, revised, carried to a total
        ("Two of the wounded later died, which would bring the toll to five.", [("killed", 2), ("killed", 5)]),
        ("Seven of the wounded died on Tuesday, bringing the hospital's count to 34.",
         [("killed", 7), ("killed", 34)]),
        ("The governor revised the number of injured down to 34 from 38.", [("injured", 34), ("injured", 38)]),
        ("A third man was moderately wounded; total injured now 3.", [("injured", 1), ("injured", 3)]),
        # a toll that could rise is no toll
        ("The attack could raise the toll to 20.", []),
    ],
)
def test_running_tolls(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack involved 84 Shahed-type drones and two Iskander-M ballistic missiles.",
         [("launched", 84), ("launched", 2)]),
        # an abbreviation closes the item before the next
        ("Forces destroyed three one-way attack unmanned aerial vehicles (UAV) and one anti-ship "
         "ballistic missile launched toward the Gulf of Aden.", [("intercepted", 3), ("intercepted", 1)]),
    ],
)
def test_h27_wordings(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected


def test_layouts_that_are_not_prose() -> None:
    # an air-force summary with emoji bullets and "air attack means"
    text = ("On the night of May 24, the enemy attacked with 223 air attack means:\n\n"
            "🔹 9 Iskander-M / KN-23 ballistic missiles launched from Kursk region;\n"
            "🔹 214 Shahed-type strike UAVs from the directions of Bryansk and Oryol.\n\n"
            "As of 08:30, air defence shot down/suppressed 196 air attack means:\n\n"
            "🔹 3 Iskander-M / KN-23 ballistic missiles;\n🔹 193 enemy UAVs of various types.\n")
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == [
        ("launched", 223), ("launched", 9), ("launched", 214), ("intercepted", 196),
        ("intercepted", 3), ("intercepted", 193)]
    # a fact box's bulleted tally lines
    box = "Missiles hit the port\n\nKEY FACTS\n-- Intercepted: 2\n-- Killed: 4 (port workers)\n-- Injured: 17\n"
    # (the headline's bare plural tells impacts with no figure: a vague one)
    assert [(f.kind, f.value) for f in counts.find(parse(box))] == [
        ("impacted", None), ("intercepted", 2), ("killed", 4), ("injured", 17)]
    # a translated ministry's "over the territory of"
    text = "Air defences destroyed 46 drones: 27 over the territory of the Bryansk region and 19 over the territory of the Kursk region."
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == [
        ("intercepted", 46), ("intercepted", 27), ("intercepted", 19)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the joint of a pair may be a line break
        ("killing a soldier\nand a woman.", [("killed", 1), ("killed", 1)]),
        # a count of other things than the dead
        ("Officials moved more families, bringing the count of evacuees to 300.", []),
        # artillery hits ground targets; air defence downs aerial ones
        ("Ukrainian artillery neutralized 20 enemy targets near Bakhmut.", []),
        ("The first missile was not intercepted, but the second was shot down.", [("intercepted", 1)]),
        ("The army published two intercepts of phone calls.", []),
        # a hedged figure after plural victims is how many, not an age
        ("The soldiers, about 30, were wounded in the attack.", [("injured", 30)]),
    ],
)
def test_second_review_of_the_session(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in counts.find(parse(text))] == expected
