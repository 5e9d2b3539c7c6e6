"""Who says so (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import sources
from extract.document import parse
from extract.model import Fact

PUB = date(2024, 5, 4)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Four shells hit the market, a local official said.", "a local official"),
        ("Police told Reuters that two rockets landed.", "Police"),
        ("Nine died, according to the regional health office.", "the regional health office"),
        ("The army confirmed that six drones were downed.", "The army"),
        ("The ministry said in a statement that the depot burned.", "The ministry"),
        ("Two fell short, the governor wrote on Telegram.", "the governor"),
        # a live page's time stamp opens the entry, not the speaker
        ("14:20 | The militia said in a statement that it fired four rockets.", "The militia"),
        # a telling participle after the speaker's own verb
        ("The governor gave a fuller account, telling state television that 22 drones were used.", "The governor"),
        ("“We downed all of them,” said Col. Rami Haddad, a spokesman.", "Col. Rami Haddad"),
        ("A spokesman for the regional police said a guard was hurt.",
         "A spokesman for the regional police"),
        ("An Iraqi police official from the region told AFP, speaking on condition of anonymity.",
         "An Iraqi police official"),
        ("A defence official, who asked not to be named, confirmed the strike.",
         "A defence official"),
        # a spaced hyphen is a dash: a dateline or a live blog's time before the speaker
        ("BEIRUT -- State media said three rockets hit a house.", "State media"),
        ("20:20 - The Home Front Command said sirens sounded.", "The Home Front Command"),
    ],
)
def test_source_phrases(sentence: str, source: str) -> None:
    assert sources.sources_in(sentence)[0] == source


def test_a_day_before_said_is_no_speaker() -> None:
    assert sources.sources_in("An article published on Friday, April 24, said 40 people were killed.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine rockets hit the base.",
        "The base, which was said to be empty, burned.",
        "Initial reports indicated one was hurt.",
        "Reuters could not verify the figures.",
    ],
)
def test_no_source(sentence: str) -> None:
    assert sources.sources_in(sentence) == []


def _fact(text: str, phrase: str, kind: str = "launched") -> Fact:
    i = text.index(phrase)
    return Fact(kind=kind, value=1, start=i, end=i + len(phrase), text=phrase)


def test_pronoun_resolves_to_last_named_source() -> None:
    text = (
        "A ten-rocket barrage hit the camp, a provincial police officer told AFP.\n\n"
        "He said eight of the rockets were shot down."
    )
    f = _fact(text, "eight of the rockets were shot down", "intercepted")
    sources.attribute(parse(text, PUB), [f])
    assert f.attributed_to == "a provincial police officer"


def test_each_fact_gets_its_own_sentences_source() -> None:
    text = (
        "At least a dozen drones flew at the port, a navy source said. "
        "“The port was targeted by 14 drones,” a harbour official told AFP."
    )
    a, b = _fact(text, "At least a dozen drones"), _fact(text, "14 drones")
    sources.attribute(parse(text, PUB), [a, b])
    assert a.attributed_to == "a navy source"
    assert b.attributed_to == "a harbour official"


def test_paragraph_source_covers_next_sentence_but_not_next_paragraph() -> None:
    text = (
        "Two mortars hit the base, the garrison commander said. One hit a depot.\n\n"
        "One guard was hurt."
    )
    depot, guard = _fact(text, "One hit a depot", "impacted"), _fact(text, "One guard was hurt", "injured")
    sources.attribute(parse(text, PUB), [depot, guard])
    assert depot.attributed_to == "the garrison commander"
    assert guard.attributed_to is None


def test_existing_attribution_is_kept() -> None:
    text = "Two mortars hit the base, the commander said."
    f = _fact(text, "Two mortars")
    f.attributed_to = "a curator"
    sources.attribute(parse(text, PUB), [f])
    assert f.attributed_to == "a curator"


def _attributed(text: str, *phrases: str) -> list[str | None]:
    facts = [_fact(text, p) for p in phrases]
    sources.attribute(parse(text, PUB), facts)
    return [f.attributed_to for f in facts]


def test_she_goes_back_past_a_mans_quote_to_the_spokeswoman() -> None:
    text = (
        "Lt. Cmdr. Ana Ruiz, a spokeswoman for the fleet, said the fight lasted an hour. "
        "“The crew did well,” said Cmdr. Dan Ortiz, the ship's captain. "
        "No sailors were hurt, she added. Two drones fell short, he said."
    )
    assert _attributed(text, "No sailors were hurt", "Two drones fell short") == [
        "a spokeswoman for the fleet", "Cmdr. Dan Ortiz"]


def test_he_skips_a_woman_and_an_unmarked_she_takes_the_last_speaker() -> None:
    text = (
        "The governor said the depot burned. “Nobody slept,” said Ms. Lena Park, a resident. "
        "Two guards were hurt, he said."
    )
    assert _attributed(text, "Two guards were hurt") == ["The governor"]
    text = "“It was loud,” said resident Fadumo Ali. Two shells hit the market, she said."
    assert _attributed(text, "Two shells hit the market") == ["resident Fadumo Ali"]
    # without any mark of sex, a pronoun stands for the last speaker as before
    text = "“We fired back,” the commander said. “Nobody slept,” said Lena Park. Two fell, she said."
    assert _attributed(text, "Two fell") == ["Lena Park"]


def test_a_figure_after_saying_or_put_at_belongs_to_the_main_subject() -> None:
    text = (
        "The group claimed the attack in a statement on its website, saying it had killed 23 soldiers."
    )
    assert _attributed(text, "killed 23 soldiers") == ["The group"]
    text = (
        "The guards said they had launched dozens of missiles, and state television later "
        "put the figure at 200."
    )
    assert _attributed(text, "dozens of missiles", "put the figure at 200") == [
        "The guards", "state television"]
    text = "A government official, who asked not to be named, put the number at 20 drones."
    assert _attributed(text, "20 drones") == ["A government official"]


def test_a_time_before_a_speech_verb_is_no_speaker() -> None:
    text = "Blasts were heard at 5:50 a.m. local time (02:50 GMT), minutes after the air force warned."
    assert sources.sources_in(text) == []
    assert sources.sources_in("Nine drones were downed, the air force said.") == ["the air force"]


def test_prosecutors_speak() -> None:
    assert sources.sources_in("A drone hit a house, injuring a woman, prosecutors said.") == ["prosecutors"]


def test_it_said_goes_back_to_the_institution_the_paragraph_is_about() -> None:
    text = (
        "About 20 were wounded, the source said. The government gave a far lower figure. "
        "In a statement read on television, it said 18 soldiers had been killed."
    )
    assert _attributed(text, "18 soldiers had been killed") == ["The government"]
    # with no institution opening a sentence since, "it" is the last speaker
    text = "The group said in a statement on Friday that it fired four rockets. It said two hit."
    assert _attributed(text, "two hit") == ["The group"]
    text = "About 20 were wounded, the source said. Then it said 18 soldiers had been killed."
    assert _attributed(text, "18 soldiers had been killed") == ["the source"]


def test_how_a_speaker_was_reached_is_skipped() -> None:
    text = "A resident of Djibo, reached by telephone, said she had counted 15 bodies."
    assert _attributed(text, "15 bodies") == ["A resident of Djibo"]


def test_the_dateline_is_no_part_of_the_speaker() -> None:
    text = "Russia fires missiles at Kyiv\n\nKYIV (Reuters) - Ukraine said on Wednesday that Russia fired 40 missiles.\n"
    assert _attributed(text, "fired 40 missiles") == ["Ukraine"]


def test_a_relative_speaker_is_the_agent_it_hangs_on() -> None:
    text = ("The Houthis said a missile had hit the airport, a claim contradicted by the Israeli "
            "military, which said the missile was intercepted.")
    assert _attributed(text, "the missile was intercepted") == ["the Israeli military"]
    text = "The port was hit, a claim denied by officials, who said nothing fell."
    assert _attributed(text, "nothing fell") == ["officials"]


def test_a_speaker_inside_a_clause_tells_only_what_follows() -> None:
    text = ("Hezbollah claimed the attack, saying it had fired 30 rockets in response to a strike "
            "that the group said killed three of its members.")
    assert _attributed(text, "fired 30 rockets", "killed three") == ["Hezbollah", "the group"]


def test_it_said_after_a_militarys_account() -> None:
    text = ("The Houthis' spokesman said two missiles were fired. The Israeli military's account, "
            "issued in short posts, was different. \u201cA missile was intercepted,\u201d it said.")
    assert _attributed(text, "A missile was intercepted") == ["The Israeli military"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Among the dead were a trader and a girl, relatives said.", "relatives"),
        ("Two sailors were killed when the missile struck, her manager said.", "her manager"),
        # the auxiliary of the speech verb is no part of the speaker
        ("Strikes killed 14 people overnight, medical sources have told Al Jazeera.", "medical sources"),
        ("Five were killed, the hospital has since said.", "the hospital"),
    ],
)
def test_lower_case_speakers_and_auxiliaries(sentence: str, source: str) -> None:
    assert sources.sources_in(sentence) == [source]


def test_only_a_lower_case_auxiliary_is_cut_from_the_speaker() -> None:
    # (a name that reads as one stays whole)
    assert sources.sources_in("Five were killed, hospital spokesman Shahid Had said.") == [
        "hospital spokesman Shahid Had"]


def test_a_label_before_a_colon_names_the_speaker() -> None:
    text = ("IDF statement: about 12 projectiles from Lebanon, 8 intercepted\n\n"
            "• Air Force: 40 drones downed overnight\n\n"
            "07:15 - Bilous: \u201cAs of 07:00, 12 people are known to have been injured.\u201d\n")
    assert _attributed(text, "12 projectiles", "40 drones", "12 people") == ["IDF", "Air Force", "Bilous"]


@pytest.mark.parametrize(
    "text",
    [
        "Kharkiv: two drones hit a school\n",  # a place as label
        "Update: two drones hit a school\n",  # a page's part
        "Correction: two drones hit a school, not three\n",
    ],
)
def test_labels_that_name_no_speaker(text: str) -> None:
    assert _attributed(text, "two drones") == [None]


def test_a_quotations_sentences_are_its_speakers() -> None:
    text = ('Police said the attack began at noon. "Twelve rockets were fired. Nine were intercepted," '
            "the spokesman said.\n\n"
            "\u201cThree drones hit the depot. Two workers were hurt,\u201d Col. Rami Haddad said.\n")
    assert _attributed(text, "Twelve rockets", "Nine were", "Three drones", "Two workers") == [
        "the spokesman", "the spokesman", "Col. Rami Haddad", "Col. Rami Haddad"]


def test_a_quotation_that_closes_with_no_speaker_keeps_the_paragraphs_source() -> None:
    text = ('Police said the attack began at noon. "Twelve rockets were fired. We have no more figures." '
            "Nine were intercepted, the army said.\n")
    assert _attributed(text, "Twelve rockets") == ["Police"]


def test_what_a_speaker_said_a_figure_was() -> None:
    assert sources.sources_in("Iran fired what the IRGC said were 18 missiles.") == ["the IRGC"]


def test_when_a_figure_was_told_is_no_part_of_who_told_it() -> None:
    assert sources.sources_in("By evening the regional police said five were hurt.") == ["the regional police"]
    assert sources.sources_in("The city's mayor initially reported 12 injured.") == ["The city's mayor"]
    # a name that holds such a word keeps it
    assert sources.sources_in("By the Sea Trust said two boats sank.") == ["By the Sea Trust"]


def test_a_statement_or_an_agency_named_by_what_it_is_stands_for_its_issuer() -> None:
    text = ("Central Command said its forces struck a launcher. Two drones were downed, the statement said. "
            "No one was hurt, the agency reported.")
    assert _attributed(text, "Two drones were downed", "No one was hurt") == ["Central Command", "Central Command"]
    # with no issuer named before, the phrase itself is the source
    assert _attributed("Two drones were downed, the statement said.", "Two drones were downed") == ["the statement"]


def test_a_report_named_after_a_person_is_no_stand_in_for_them() -> None:
    text = "Police chief Ahmed Khan said two people died. The report said five people were injured."
    assert _attributed(text, "five people were injured") == ["The report"]


def test_a_tallys_own_label_names_no_speaker() -> None:
    text = "Security forces killed: 46\nHealth ministry: 12 people were wounded.\n"
    assert _attributed(text, "46", "12 people were wounded") == [None, "Health ministry"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a time before the speaker is when, not who
        ("On Friday the governor said three people were injured.", "the governor"),
        ("Overnight into Thursday the ministry reported that 337 drones were destroyed.", "the ministry"),
        ("Early on Sunday the ministry said 30 drones were destroyed.", "the ministry"),
        # (a day set off by commas after the speaker is an aside)
        ("The governor, on Friday, said 30 drones were destroyed.", "The governor"),
    ],
)
def test_a_time_before_the_speaker_is_no_part_of_it(sentence: str, source: str) -> None:
    assert sources.sources_in(sentence)[0] == source
