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
        ("Guards counted 30 shells near the gate; 14 rockets were later found unexploded.", []),
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
