"""Number phrases: values, bounds and qualifiers, and the numbers that are never counts."""

from __future__ import annotations

import pytest

from extract import numbers


def one(text: str, articles: bool = False) -> numbers.Amount:
    found = numbers.find(text, articles=articles)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("7 shells", 7),
        ("2,500 leaflets", 2500),
        ("twelve rounds", 12),
        ("twenty-one boats", 21),
        ("thirty five trucks", 35),
        ("a dozen shells", 12),
        ("half a dozen shells", 6),
        ("two dozen shells", 24),
        ("2 dozen shells", 24),
        ("a pair of launchers", 2),
        ("both sides", 2),
        ("one hundred and twenty homes", 120),
        ("a couple in their sixties", 2),
    ],
)
def test_exact_values(phrase: str, value: int) -> None:
    a = one(phrase)
    assert a.value == value
    assert a.min == value and a.max == value
    assert a.qualifier == "exact"


def test_zero_words() -> None:
    for phrase in ("none of them", "neither vessel", "nobody", "no one", "no shells"):
        a = numbers.find(phrase)[0]
        assert a.value == 0 and a.zero, phrase


@pytest.mark.parametrize(
    ("phrase", "lo", "hi", "qual"),
    [
        ("at least 8 boats", 8, None, "at_least"),
        ("at least a dozen boats", 12, None, "at_least"),
        ("not fewer than 40 rounds", 40, None, "at_least"),
        ("more than 60 homes", 61, None, "more_than"),
        ("over 40 homes", 41, None, "more_than"),
        ("upwards of 200 homes", 201, None, "more_than"),
        ("has exceeded 380 martyrs", 381, None, "more_than"),
        ("up to 10 boats", None, 10, "up_to"),
        ("as many as 30 boats", None, 30, "up_to"),
        ("not more than five boats", None, 5, "up_to"),
        ("fewer than 20 boats", None, 19, "up_to"),
        ("between 10 and 15 boats", 10, 15, "range"),
        ("10 to 15 boats", 10, 15, "range"),
        ("10-15 boats", 10, 15, "range"),
        ("two or three boats", 2, 3, "range"),
    ],
)
def test_bounded_amounts_have_no_value(phrase: str, lo: int | None, hi: int | None, qual: str) -> None:
    a = one(phrase)
    assert a.value is None
    assert (a.min, a.max, a.qualifier) == (lo, hi, qual)


@pytest.mark.parametrize(
    "phrase",
    ["about 40 boats", "around 40 boats", "approximately 40 boats", "approx. 40 boats",
     "Approx. 40 boats", "some 40 boats", "roughly 40 boats", "nearly 40 boats", "almost 40 boats"],
)
def test_about_keeps_the_value(phrase: str) -> None:
    a = one(phrase)
    assert (a.value, a.qualifier) == (40, "about")
    assert a.text.lower().startswith(phrase.split()[0].lower())


@pytest.mark.parametrize(
    ("phrase", "lo"),
    [
        ("dozens of boats", 24),
        ("scores of boats", 40),
        ("tens of boats", 20),
        ("hundreds of boats", 200),
        ("tens of thousands of people", 20000),
        ("several boats", 3),
        ("multiple boats", 2),
        ("a number of boats", None),
        ('"a small number" of boats', None),
    ],
)
def test_vague_amounts(phrase: str, lo: int | None) -> None:
    a = one(phrase)
    assert (a.value, a.min, a.qualifier) == (None, lo, "vague")


def test_from_to_is_a_change_not_a_range() -> None:
    found = numbers.find("the toll rose from 10 to 15")
    assert [a.value for a in found] == [10, 15]
    assert all(a.qualifier == "exact" for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "the 101st Airborne Division",
        "35 km south of the city",
        "35 kms south of Mosul",
        "at 2130 hours",
        "at 6:30 p.m. local time",
        "a 10-year-old girl",
        "in 2003",
        "on 04 October",
        "on October 7",
        "an S-300 battery and Kh-101 stocks",
        "Shahed-136 and MQ-9 airframes",
        "an A320 airliner",
        "nearly 40 per cent",
        "50% of homes",
        "$5 million in aid",
        "a 122mm calibre",
        "1.5 tonnes",
    ],
)
def test_never_counts(text: str) -> None:
    assert numbers.find(text) == []


def test_calibre_before_noun_leaves_the_count() -> None:
    assert [a.value for a in numbers.find("fourteen 107mm rockets")] == [14]
    assert [a.value for a in numbers.find("14 122-mm rockets")] == [14]


def test_references_and_ordinals() -> None:
    assert one("the rest fell").ref == "rest"
    assert one("the others fell").ref == "rest"
    assert one("the other fell").ref == "other"
    assert one("all of them were downed").ref == "all"
    assert one("most were downed").ref == "most"
    third = one("a third fell")
    assert (third.ref, third.value) == ("one", 1)
    assert numbers.find("a third of the homes") == []


def test_articles_only_on_request() -> None:
    assert numbers.find("a guard was hurt") == []
    a = one("a guard was hurt", articles=True)
    assert a.article and a.value == 1


def test_offsets_point_into_the_text() -> None:
    text = "Officials said at least 11 boats and 3 trucks came."
    for a in numbers.find(text):
        assert text[a.start : a.end] == a.text
    assert [a.text for a in numbers.find(text)] == ["at least 11", "3"]


def test_parse_whole_phrase() -> None:
    a = numbers.parse("at least a dozen")
    assert a is not None and (a.min, a.qualifier) == (12, "at_least")
    assert numbers.parse("the base") is None


def test_word_value() -> None:
    assert numbers.word_value("ninety-nine") == 99
    assert numbers.word_value("2 thousand") == 2000
    assert numbers.word_value("three dozen") == 36
    assert numbers.word_value("lots") is None


def test_trie_pattern_matches_exactly_its_words() -> None:
    import re

    pat = re.compile(rf"^(?:{numbers.trie_pattern(['ten', 'tens', 'twelve', 'at least'])})$")
    for w in ("ten", "tens", "twelve", "at  least"):
        assert pat.match(w), w
    for w in ("te", "twelv", "atleast"):
        assert not pat.match(w), w


# --- salvo nouns and majorities (held-out set A) -------------------------------------

@pytest.mark.parametrize(
    "phrase",
    ["a volley of mortar bombs", "a barrage of rockets", "a fresh wave of drones", "an intense salvo of shells"],
)
def test_salvo_nouns_are_vague_without_a_figure(phrase: str) -> None:
    a = numbers.find(phrase)[0]
    assert (a.value, a.min, a.qualifier) == (None, None, "vague")
    assert a.text.lower().endswith(" of")


def test_salvo_noun_is_not_a_vague_amount_without_of() -> None:
    assert numbers.find("the wave hit at dawn") == []
    assert numbers.find("a wave goodbye from the crew") == []


@pytest.mark.parametrize("phrase", ["the vast majority", "the large majority", "overwhelming majority"])
def test_majority_phrases_are_most(phrase: str) -> None:
    a = one(phrase + " were downed")
    assert (a.ref, a.value) == ("most", None)


def test_other_majorities_are_not_amounts() -> None:
    assert numbers.find("a slim majority backed the bill") == []


def test_aged_figures_are_ages() -> None:
    assert numbers.find("a farmer, aged 58, was hurt") == []
    assert numbers.find("boys aged between 9 and 14") == []
    assert [a.value for a in numbers.find("58 farmers were hurt")] == [58]


@pytest.mark.parametrize(("phrase", "lo"), [("several dozen", 36), ("several hundred", 300), ("a few dozen", None)])
def test_vague_word_with_a_unit(phrase: str, lo: int | None) -> None:
    a = one(phrase + " residents")
    assert (a.value, a.min, a.qualifier) == (None, lo, "vague")


@pytest.mark.parametrize(("phrase", "value"), [
    ("a couple of boats", 2), ("another couple of boats", 2), ("a score of boats", 20),
])
def test_couples_and_scores_are_exact(phrase: str, value: int) -> None:
    a = one(phrase)
    assert (a.value, a.min, a.max, a.qualifier) == (value, value, value, "exact")


def test_a_figure_joined_to_money_or_strength_is_no_count() -> None:
    assert numbers.find("We cannot keep shooting down twenty-thousand-dollar drones.") == []
    assert numbers.find("a three-thousand-strong force") == []
    assert [a.value for a in numbers.find("twenty-one drones and two hundred shells")] == [21, 200]


def test_a_sitreps_times_sign_before_a_stop() -> None:
    assert [a.value for a in numbers.find("TH AD shot down 2x; 1x struck a bunker.")] == [2, 1]


def test_ordinals_listed_together_count_their_items() -> None:
    (a,) = numbers.find("the second and third landed")
    assert (a.text, a.value, a.ref) == ("the second and third", 2, "one")
    (a,) = numbers.find("the second, third and fourth hit")
    assert a.value == 3
    (a,) = numbers.find("a third and a fourth fell")
    assert a.value == 2
    assert numbers.find("the first time") == []


def test_the_a_of_a_m_is_no_article() -> None:
    assert numbers.find("between 11 p.m. and 7 a.m. on Monday", articles=True) == []
    assert [a.text for a in numbers.find("a drone hit", articles=True)] == ["a"]


def test_the_remaining_pair_is_two() -> None:
    pair = [a for a in numbers.find("the remaining pair struck the gate") if a.value == 2]
    assert len(pair) == 1 and pair[0].text == "pair"
    assert [a.text for a in numbers.find("the other pair")] == ["the other", "pair"]
    assert numbers.find("the pair were wounded") == []


@pytest.mark.parametrize("text", ["one after the other", "one after another", "one by one"])
def test_one_telling_how_is_no_count(text: str) -> None:
    assert [a for a in numbers.find(text) if a.start == 0] == []  # (the leading "one")


def test_a_figure_before_by_one_or_after_another_still_counts_when_a_noun_follows() -> None:
    assert [a.value for a in numbers.find("The toll stood at 40 by one count.")][0] == 40
    assert [a.value for a in numbers.find("Five were killed after another strike.")][0] == 5
    assert numbers.find("by one count")[0].text == "one"  # (only "one by one" is no count)


def test_an_updates_number_is_no_count() -> None:
    assert [a.value for a in numbers.find("Corrects UPDATE 2: 20 injured, not 21")] == [20, 21]
    assert [a.value for a in numbers.find("UPDATE 1 (09:05) - Toll rises to 5")] == [5]
    assert [a.value for a in numbers.find("In an update 3 people were hurt")] == [3]


def test_digit_dozen_needs_the_single_word() -> None:
    # "2 dozens of rockets" is a figure, then a vague amount of its own
    assert [(a.text, a.value) for a in numbers.find("2 dozens of rockets")] == [("2", 2), ("dozens of", None)]
    assert one("nearly 2 dozen shells").value == 24


def test_odd_plus_and_north_of() -> None:
    a = one("twenty-odd crew")
    assert (a.text, a.value, a.min, a.qualifier) == ("twenty-odd", None, 21, "more_than")
    a = one("the 40-plus wounded")
    assert (a.text, a.value, a.min, a.qualifier) == ("40-plus", None, 40, "at_least")
    a = one("north of 100 drones")
    assert (a.value, a.min, a.qualifier) == (None, 101, "more_than")
    # (an age stays an age, and a compass point is no qualifier)
    assert [x.text for x in numbers.find("a 20-odd-year-old man")] == ["20"]
    assert numbers.find("north of Kyiv") == []


def test_a_handful_alone_only_before_its_verb() -> None:
    assert one("a handful fell in open areas").qualifier == "vague"
    assert numbers.find("he held a handful") == []


@pytest.mark.parametrize(
    ("phrase", "value", "lo", "qual"),
    [
        ("two thousand drones", 2000, 2000, "exact"),
        ("twenty-five thousand people", 25000, 25000, "exact"),
        ("about one thousand two hundred people", 1200, None, "about"),
        ("more than seventy thousand people", None, 70001, "more_than"),
        ("one thousand and fifty shells", 1050, 1050, "exact"),
    ],
)
def test_thousands_in_words(phrase: str, value: int | None, lo: int | None, qual: str) -> None:
    a = one(phrase)
    assert (a.value, a.min, a.qualifier) == (value, lo, qual)


def test_a_thousand_is_one_figure_and_a_strong_force_none() -> None:
    assert one("a thousand drones", articles=True).value == 1000
    assert numbers.find("a thousand-strong force", articles=True) == []
