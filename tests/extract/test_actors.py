"""Actor frames (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import actors
from extract.document import parse

PUB = date(2024, 5, 4)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.value, f.role) for f in actors.find(parse(text, PUB))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The blast was claimed by the Jaish al-Fath Front.", ("Jaish al-Fath Front", "claimed")),
        ("Al-Shabaab claimed responsibility for the ambush.", ("Al-Shabaab", "claimed")),
        ("The Houthis said they had targeted a cargo ship.", ("Houthis", "claimed")),
        ("Responsibility was claimed by “Islamic Resistance in Iraq”.",
         ("Islamic Resistance in Iraq", "claimed")),
        ("Officials blamed the attack on Hezbollah.", ("Hezbollah", "blamed")),
        ("The ministry accused Russia of shelling the plant.", ("Russia", "blamed")),
        ("Russia launched 30 drones at the city.", ("Russia", "perpetrator")),
        ("An Israeli strike hit the building.", ("Israel", "perpetrator")),
        ("Iran-backed militias have attacked the base before.", ("Iran-backed militias", "perpetrator")),
        ("The convoy was ambushed in an attack carried out by Boko Haram.",
         ("Boko Haram", "perpetrator")),
        ("The drones targeted US forces in the east.", ("US forces", "target")),
    ],
)
def test_frames(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia and Ukraine held talks in Istanbul.",
        "The Houthis control much of the north.",
        "Hezbollah's leader gave a speech.",
        "Rockets hit Iraq’s western desert.",
        "The US said it would respond.",
        "An Israeli delegation arrived on Monday.",
    ],
)
def test_names_without_frame_are_not_actors(sentence: str) -> None:
    assert [r for r in found(sentence) if r[1] != "target"] == []


def test_blamer_is_not_an_actor() -> None:
    assert found("Kyiv blamed Russia for the strike.") == [("Russia", "blamed")]


def test_spans_are_exact() -> None:
    text = "The strike, claimed by the Houthis, was blamed on Iran by Washington."
    for f in actors.find(parse(text, PUB)):
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Houthi militants fired two missiles at the tanker.", ("Houthi militants", "perpetrator")),
        ("U.S. forces struck two depots on Sunday.", ("U.S. forces", "perpetrator")),
        ("Azerbaijani forces opened fire on the post.", ("Azerbaijani forces", "perpetrator")),
        ("The blast was the latest attack by the paramilitary Rapid Support Forces.",
         ("Rapid Support Forces", "perpetrator")),
        ("Police blamed the banned Tehreek-e-Taliban Pakistan (TTP) for the drone attack.",
         ("Tehreek-e-Taliban Pakistan (TTP)", "blamed")),
        ("The men belonged to a cell linked to Kataib Hezbollah.", ("Kataib Hezbollah", "perpetrator")),
        ("Palestinian Islamic Jihad's armed wing fired a barrage of rockets.",
         ("Palestinian Islamic Jihad's armed wing", "perpetrator")),
        ("The Islamic Resistance in Iraq, an umbrella of armed groups, said in a Telegram post "
         "that it had targeted the base.", ("Islamic Resistance in Iraq", "claimed")),
    ],
)
def test_more_frames(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two Armenian soldiers killed in border shelling.",
        "A missile fired from Yemen struck an open area.",
        "Israel struck in response to Houthi missile attacks.",
        "Insurgents fired mortars at the town.",
    ],
)
def test_victims_places_and_causes_are_not_perpetrators(sentence: str) -> None:
    got = found(sentence)
    assert not any(v in ("Armenian soldiers", "Yemen", "Houthi", "Insurgents") for v, _ in got)


def test_actor_key_joins_the_names_of_one_party() -> None:
    assert actors.actor_key("Israeli") == actors.actor_key("Israel") == actors.actor_key("Israeli forces")
    assert actors.actor_key("Houthis") == actors.actor_key("Houthi rebels")
    assert actors.actor_key("U.S. forces") == actors.actor_key("US")
    assert actors.actor_key("Hamas") != actors.actor_key("Hezbollah")


def test_claim_through_a_descriptive_appositive() -> None:
    text = "The Houthis, a movement that controls much of the north, claimed the drone attack on Monday."
    assert ("Houthis", "claimed") in found(text)


def test_name_inside_a_descriptive_appositive_is_no_actor() -> None:
    text = ("The Islamic Resistance in Iraq, a coalition of Iran-backed militias, claimed it had "
            "attacked the port with drones.")
    got = found(text)
    assert ("Islamic Resistance in Iraq", "claimed") in got
    assert all(v != "Iran-backed militias" for v, _ in got)


def test_renaming_appositive_leaves_the_claim_to_the_inner_name() -> None:
    text = "Hamas's armed wing, the al-Qassam Brigades, claimed the mortar fire."
    got = found(text)
    assert ("al-Qassam Brigades", "claimed") in got
    assert all(v != "Hamas's armed wing" for v, _ in got)


def test_said_in_a_statement_on_its_channel_that_it_shelled() -> None:
    text = "Al-Shabaab said in a statement on its radio station that its fighters had shelled the camp."
    assert ("Al-Shabaab", "claimed") in found(text)
    # a statement that is not a claim of the attack gives no role
    assert found("Al-Shabaab said in a statement on its radio station that talks had failed.") == []


def test_doer_through_a_relative_clause() -> None:
    text = "Turkish forces, which have fought the PKK there for years, fired the shells from the ridge."
    assert ("Turkish forces", "perpetrator") in found(text)
    # a relative clause with no attack verb after it gives no role
    assert ("Turkish forces", "perpetrator") not in found(
        "Turkish forces, which have fought the PKK there for years, withdrew on Monday.")


def test_more_demonyms_name_their_state() -> None:
    assert ("Myanmar", "perpetrator") in found("A Myanmar military air strike hit the monastery.")


def test_demonym_with_security_forces() -> None:
    assert ("Pakistani security forces", "perpetrator") in found(
        "Pakistani security forces killed nine militants in a raid.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Hafiz Gul Bahadur group claimed responsibility for the attack.",
         [("Hafiz Gul Bahadur group", "claimed")]),
        ("Later, the Jaish al-Adl movement has claimed responsibility in a message.",
         [("Jaish al-Adl movement", "claimed")]),
        # no name: nothing
        ("No group claimed responsibility for the attack.", []),
        ("On Sunday nobody claimed responsibility.", []),
        ("Police Chief Ali claimed responsibility had been shifted.", []),
    ],
)
def test_unlisted_name_claiming_responsibility(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def test_a_backed_proxy_is_named_as_the_proxy() -> None:
    text = "According to SOHR, Turkish-backed factions fired 40 shells at Qirtal on Tuesday."
    assert ("Turkish-backed factions", "perpetrator") in found(text)
    assert ("Turkey", "perpetrator") not in found(text)
    # the state's own weapon is still the state's
    assert ("Turkey", "perpetrator") in found("A Turkish drone struck a motorcycle near the bridge.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # state media's names for a side
        ("State television said the Zionist regime launched the attack.", ("Zionist regime", "perpetrator")),
        ("Residents said junta troops shelled the village.", ("junta troops", "perpetrator")),
        ("Cambodian forces fired rockets at the villages.", ("Cambodian forces", "perpetrator")),
        ("Overnight, the Russian occupiers attacked with 90 drones.", ("Russian occupiers", "perpetrator")),
        ("North Korea fired two ballistic missiles on Tuesday.", ("North Korea", "perpetrator")),
        ("The Israeli occupation forces bombarded the camp.", ("Israeli occupation forces", "perpetrator")),
        ("The Group to Support Islam and Muslims claimed the attack.",
         ("Group to Support Islam and Muslims", "claimed")),
    ],
)
def test_more_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_an_acronym_the_report_spells_out_is_named_in_full() -> None:
    text = ("Fighting between the army and the Rapid Support Forces went on.\n\n"
            "The army accused the RSF of shelling the market.\n")
    assert ("Rapid Support Forces (RSF)", "blamed") in found(text)
    # not spelled out: the acronym stays
    assert ("RSF", "blamed") in found("The army accused the RSF of shelling the market.")


def test_a_groups_weapon_names_it_the_attacker() -> None:
    assert ("RSF", "perpetrator") in found("Residents said RSF shelling hit the market.")
    assert ("M23", "perpetrator") in found("M23 shells landed on the camp.")
    # the group's weapons as a target, and a state army's answering fire, name no attacker
    assert ("Hezbollah", "perpetrator") not in [
        (v, r) for v, r in found("The army said it hit Hezbollah rocket launchers.")]
    assert all(v != "IDF" for v, _ in found("Later, IDF artillery shelled the launch sites."))


def test_a_claim_told_through_a_statement() -> None:
    text = ("The Islamic Resistance in Iraq, an umbrella of armed factions, said on Telegram hours "
            'later that it had "targeted an enemy base" with drones.')
    assert ("Islamic Resistance in Iraq", "claimed") in found(text)
    text = ("The Islamic Resistance in Iraq said in a statement posted at around 5 a.m. that its "
            'fighters had "attacked a vital target".')
    assert ("Islamic Resistance in Iraq", "claimed") in found(text)


def test_claims_with_or_without_that_and_every_spelling_of_an_acronym() -> None:
    assert ("Hezbollah", "claimed") in found("Hezbollah said in a statement it had targeted a base with drones.")
    assert ("Hezbollah", "claimed") not in found("Hezbollah said Israel had targeted a base.")
    text = "Police blamed the Tehreek-i-Taliban Pakistan. TTP claimed the attack."
    assert ("Tehreek-i-Taliban Pakistan (TTP)", "claimed") in found(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # the side answering an attack is no actor of it
        "CENTCOM forces conducted self-defense strikes against four missiles prepared to launch.",
        "IDF strikes launcher in south Lebanon.",
        "U.S. forces struck and destroyed the missiles in self-defense.",
    ],
)
def test_strikes_that_answer_an_attack_make_no_perpetrator(sentence: str) -> None:
    assert [v for v, role in found(sentence) if role == "perpetrator"] == []


def test_a_strike_on_a_town_keeps_its_perpetrator() -> None:
    assert found("IDF strikes a town in south Lebanon, killing two.") == [("IDF", "perpetrator")]


@pytest.mark.parametrize("name", ["Israeli enemy", "Israeli enemy army", "Zionist regime", "Israeli forces"])
def test_state_media_names_for_a_side_are_that_side(name: str) -> None:
    assert actors.actor_key(name) == actors.actor_key("Israel")


def test_the_other_sides_name_for_the_invader_is_that_state() -> None:
    assert actors.actor_key("Russian occupiers") == actors.actor_key("Russia")
    assert actors.actor_key("Russian occupiers") != actors.actor_key("Ukraine")


def test_an_attacker_who_says_it_retaliates_stays_the_attacker() -> None:
    assert found("Hezbollah launched two drones in retaliation for the killing of a commander.") == [
        ("Hezbollah", "perpetrator")]
    # launchers it fired from are no target of a strike
    assert found("Russia launched 40 drones from launchers in Kursk.") == [("Russia", "perpetrator")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Residents blamed the strike on the Ethiopian National Defense Force.",
         [("Ethiopian National Defense Force", "blamed")]),
        ("Civil society groups accused the FARDC of the attack.", [("FARDC", "blamed")]),
        # a description is no name
        ("Tehran accused Kurdish opposition groups of smuggling weapons.", []),
    ],
)
def test_a_party_blamed_by_a_name_not_listed(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel blamed the attack on Monday on Hezbollah.", [("Hezbollah", "blamed")]),
        ("He was accused Tuesday of spying.", []),
    ],
)
def test_a_day_is_no_party_blamed(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Houthi rebels claimed responsibility for the drone attack.", ("Houthis", "claimed")),
        ("The Houthi militia launched two missiles at Jazan.", ("Houthis", "perpetrator")),
        ("Police blamed the bombing on the Pakistani Taliban.", ("Tehreek-e-Taliban Pakistan", "blamed")),
        ("The Rapid Support militia shelled the market.", ("Rapid Support Forces", "perpetrator")),
    ],
)
def test_a_party_known_by_several_names_gets_one(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence)


def test_a_name_without_another_name_is_kept_as_written() -> None:
    assert actors.canonical("Fano militias") == "Fano militias"
    assert actors.canonical("the Houthi movement") == "Houthis"


def test_armed_forces_named_by_demonym_are_a_party() -> None:
    assert ("Ukrainian armed forces", "perpetrator") in found("The Ukrainian armed forces attacked the town.")
    assert found("The armed forces held a parade.") == []


def test_more_groups_and_air_forces_by_name() -> None:
    assert found("The terrorist Rapid Support Militia launched 16 drones at Kosti.") == [
        ("Rapid Support Forces", "perpetrator")]
    assert found("Islamic State Sahel Province claimed the attack on the army post.") == [
        ("Islamic State Sahel Province", "claimed")]
    assert found("A Nigerian Air Force jet bombed the village, killing 16 people.") == [
        ("Nigerian Air Force", "perpetrator")]


def test_names_in_the_forms_translated_and_official_copy_uses() -> None:
    assert found("Analysts assess that the Houthis (Ansar Allah) conducted the attack.") == [("Houthis", "perpetrator")]
    assert found("The FAMa carried out air strikes on the fair.") == [("Malian army", "perpetrator")]
    assert found("In the morning the russians struck Sumy with a drone.") == [("Russia", "perpetrator")]
    # an abbreviation in brackets stays with the name
    assert found("Islamic State West Africa Province (ISWAP) attacked the base.") == [
        ("Islamic State West Africa Province (ISWAP)", "perpetrator")]


def test_cartels_and_dissident_fronts_by_name() -> None:
    assert found("Police blamed the Jaime Martínez Front of the Estado Mayor Central for the attack.") == [
        ("Jaime Martínez Front", "blamed")]
    assert found("Drones of the Jalisco New Generation Cartel (CJNG) attacked the town.")[0][1] == "perpetrator"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a label after the name is left out of the value
        ("The Islamic State group claimed the attack on the checkpoint.", [("Islamic State", "claimed")]),
        ("Al-Shabab extremists fired mortar rounds at the airport.", [("Al-Shabab", "perpetrator")]),
        ("ISWAP terrorists attacked the base at dawn.", [("ISWAP", "perpetrator")]),
        ("The Hezbollah terror group claimed responsibility.", [("Hezbollah", "claimed")]),
        # a relative clause or a "where it said so" between the name and its claim
        ('Al-Shabaab, which the government calls "Khawarij", claimed the attack.', [("Al-Shabaab", "claimed")]),
        ("JNIM, in a statement on its media arm, claimed the ambush.", [("JNIM", "claimed")]),
        ("The militant group al-Shabab said it was behind the attack.", [("al-Shabab", "claimed")]),
        # groups by the spellings wires use
        ("The Huthi rebels claimed the drone attack on Eilat.", [("Huthis", "claimed")]),
        ("Al Shabaab militants fired mortar shells at the base.", [("Al Shabaab militants", "perpetrator")]),
        ("A group calling itself Saraya Awliya al-Dam claimed the attack.", [("Saraya Awliya al-Dam", "claimed")]),
        ("The banned Baloch Liberation Army claimed responsibility.", [("Baloch Liberation Army", "claimed")]),
    ],
)
def test_labels_relative_clauses_and_more_spellings(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def test_a_label_after_a_demonym_makes_no_party() -> None:
    # "an Iraqi group" is a description: no party's name
    assert found("An Iraqi group said it had fired drones at the port.") == []
    assert found("The Islamic State group controls the hills.") == []  # a name in no frame


def test_the_junta_of_a_myanmar_report_is_its_military() -> None:
    assert found("A junta jet bombed the village in Myanmar's Sagaing region.") == [
        ("Myanmar military", "perpetrator")]
    # elsewhere the word stays as written
    assert found("A junta jet bombed the village.") == [("junta", "perpetrator")]



def test_a_label_is_left_out_only_after_a_listed_name() -> None:
    assert actors.canonical("ISWAP terrorists") == "ISWAP"
    assert actors.canonical("Islamic State West Africa Province (ISWAP) terrorists") == (
        "Islamic State West Africa Province (ISWAP)")
    assert actors.canonical("Hafiz Gul Bahadur group") == "Hafiz Gul Bahadur group"


def test_a_label_and_a_force_noun_after_a_name() -> None:
    assert found("Islamic State group fighters attacked the checkpoint.") == [
        ("Islamic State group fighters", "perpetrator")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A group calling itself the Kashmir Tigers claimed responsibility.", [("Kashmir Tigers", "claimed")]),
        ('The ministry said the Turkish Armed Forces had "neutralised" 14 militants.',
         [("Turkish Armed Forces", "perpetrator")]),
        ("The missile was launched by Iran-backed Houthi terrorists.", [("Houthis", "perpetrator")]),
        # the party whose convoy, base or ship was hit
        ("Militants attacked a Malian army supply convoy near Boni.", [("Malian army", "target")]),
        ("Sea drones hit a Russian Black Sea Fleet patrol ship.", [("Black Sea Fleet", "target")]),
        # ... only in a sentence that tells an attack
        ("The Nigerian Army base was renovated last year.", []),
    ],
)
def test_h83_claims_doers_and_targets(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def test_launched_by_a_group_with_two_words_before_its_name() -> None:
    assert found("The drones were launched by the Iranian-backed terrorist Houthi militia from Yemen.") == [
        ("Houthis", "perpetrator")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("New People's Army rebels detonated a bomb near the troops.", ("New People's Army rebels", "perpetrator")),
        ("Gran Grif gunmen attacked the police station.", ("Gran Grif gunmen", "perpetrator")),
    ],
)
def test_groups_of_latin_america_and_the_philippines(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Witnesses said the fire came from Wazalendo militias.", ("Wazalendo militias", "perpetrator")),
        ("The Israeli military said its aircraft had struck the port.", ("Israeli military", "claimed")),
        ("An official said the attack bore the hallmarks of JNIM.", ("JNIM", "blamed")),
    ],
)
def test_whose_fire_and_whose_hallmarks(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence)


def test_what_came_from_a_party_is_fire_only_when_told_so() -> None:
    assert found("A delegation that came from Hezbollah met the mayor.") == []
