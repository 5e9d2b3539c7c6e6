"""Wordings met in the h13 held-out reports (invented sentences, not copied from them):
state-media and ministry phrasings, hospital conditions, burials, new victim and munition
nouns. Each with sentences that must give the fact and sentences that must not."""

from __future__ import annotations

import pytest

from extract import counts
from extract.document import parse


def values(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.value) for f in counts.find(parse(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # state media: the martyrdom, the injury, "martyring"
        ("The attack led to the martyrdom of two soldiers and the injury of seven others.",
         [("killed", 2), ("injured", 7)]),
        ("Shells hit the market, martyring four civilians.", [("killed", 4)]),
        # a headline in the present: "kill 4, injure 27"
        ("Strikes on the city kill 4, injure 27", [("killed", 4), ("injured", 27)]),
        # burials tell of the dead
        ("A local official said 23 people had been buried in the village.", [("killed", 23)]),
        # a condition is an injury
        ("A 61-year-old man was in critical condition with burns to his legs.", [("injured", 1)]),
        ("Two women were in stable condition, the hospital said.", [("injured", 2)]),
        # a fatal wound is a death, not an injury
        ("One conscript received a fatal shrapnel wound.", [("killed", 1)]),
        # victims named by trade or station
        ("The blast wounded three constables.", [("injured", 3)]),
        ("The drone struck a pasture, killing two herders.", [("killed", 2)]),
        ('The group said "dozens of enemies" were killed.', [("killed", None)]),
    ],
)
def test_wordings_that_count(sentence: str, expected: list[tuple[str, int | None]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "buried under rubble": they may be alive
        "Four people were buried under the rubble of the school.",
        # of the wounded, none is badly hurt: no count of the wounded
        "None of them is in critical condition, the hospital said.",
        # a condition of a building is no injury
        "The bridge was in poor condition before the war.",
    ],
)
def test_wordings_that_do_not_count(sentence: str) -> None:
    assert [v for v in values(sentence) if v[0] in ("killed", "injured")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Israeli army's "hostile aircraft" is a drone
        ("One hostile aircraft that crossed from Lebanon fell in an open area.", ("impacted", 1, "drone")),
        ("Air defences intercepted five aerial targets over the bay.", ("intercepted", 5, "drone")),
        # what a drone drops
        ("A quadcopter dropped two explosives on the checkpoint.", ("launched", 2, "bomb")),
    ],
)
def test_new_munition_nouns(sentence: str, expected: tuple[str, int, str]) -> None:
    found = [(f.kind, f.value, f.object) for f in counts.find(parse(sentence))]
    assert expected in found


def test_a_list_heading_of_targets_is_no_launch() -> None:
    # "74 targets:" heads a list; "target" is a launch verb only with an object after it
    text = "As of 08:30, air defence shot down 74 targets:\n- 1 guided missile;\n- 73 drones."
    assert ("launched", 74) not in values(text)
    assert values("Three Katyusha rockets target the airport") == [("launched", 3)]
