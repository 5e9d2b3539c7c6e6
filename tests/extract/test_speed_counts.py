"""The helpers behind the faster count rules: first-letter gates must never turn away a
place where the gated pattern matches, and word tables must list every word."""

import re

import pytest

from extract import counts, numbers
from extract import lexicon as lx


def test_words_of_lists_every_word() -> None:
    assert numbers.words_of("man|wom[ae]n|fiancee?") == {"man", "woman", "women", "fiance", "fiancee"}
    assert numbers.words_of(r"no\s+longer".replace(r"\s+", " ")) == {"no longer"}


def test_words_of_refuses_open_patterns() -> None:
    with pytest.raises(AssertionError):
        numbers.words_of(r"\w+ly")


def test_lead_pattern_is_empty_when_anything_may_start() -> None:
    assert numbers.lead_pattern(r"\w+ly|all") == ""
    gate = re.compile(numbers.lead_pattern(r"kh-?\d+s?"))
    assert gate.match("kh-101") and gate.match("kh101") and not gate.match("ka-52")


@pytest.mark.parametrize("alt", [p for p, _ in lx.MUNITION_HEADS + lx.VICTIM_HEADS]
                         + [lx.INTERCEPTOR_MARKS, lx.HYPOTHETICAL + "|" + lx.NEGATION])
def test_lead_gate_lets_every_match_through(alt: str) -> None:
    # every word the alternation matches (a digit or a word stands in for a class)
    plain = alt.replace(r"\s+", " ").replace(r"\s*", "").replace(r"\d+", "7").replace(r"\d*", "")
    plain = plain.replace(r"\d", "7").replace(r"\w+", "x")
    gate = re.compile(numbers.lead_pattern(alt), re.IGNORECASE)
    words = numbers.words_of(plain)
    assert words
    for w in words:
        for form in (w, w.upper(), w.capitalize()):
            if re.fullmatch(alt, form, re.IGNORECASE):
                assert gate.match(form), (alt, form)


def test_gated_heads_match_as_before() -> None:
    plain = re.compile(rf"(?<![\w-])(?i:{'|'.join(f'(?:{p})' for p, _ in lx.MUNITION_HEADS)})(?![\w-])")
    for text in ["Rockets", "mortar shells", "KH-101", "Storm Shadows", "glide bombs", "usvs",
                 "air attack weapons", "rocketry", "shelling", "drone"]:
        a, b = counts._ANY_MUNITION.match(text), plain.match(text)
        assert (a and a.span()) == (b and b.span()), text


def test_one_noun_table_covers_the_pattern() -> None:
    for w in counts._ONE_NOUNS:
        assert re.fullmatch(f"{counts._SING}|{counts._ONE_KIN}", w)
    assert {"man", "woman", "fiancee", "granddaughter"} <= counts._ONE_NOUNS


def test_hypothetical_before_matches_the_pattern() -> None:
    for text in ["the army was able to", "they could not", "it didn’t", "Houthis THREATENED ON Friday TO",
                 "the army said it had", "officials said", "whether or not"]:
        want = counts._HYP_BEFORE.search(text) is not None
        assert counts._hypothetical_before(text, 0, len(text)) == want, text


# "ı" and "ſ" match "i" and "s" in a case-blind pattern while lower() keeps them, so a
# text holding one turns the keyword gates off; the facts are those found before the gates.
FOLDED = [
    ("No one was ınjured.", [("injured", 0, "casualty.injured.none")]),
    ("A man and hıs wife were wounded.", [("injured", 2, "casualty.injured.sum")]),
    ("Hıts were recorded in Kyiv.", [("impacted", None, "count.impact.recorded")]),
    ("Three ſoldiers were killed, and the driver, 29, was hurt.",
     [("killed", 3, "casualty.killed.passive"), ("injured", 1, "casualty.injured.definite")]),
    ("Two missiles hıt the base; no ships were hıt.", [("impacted", 0, "count.impact.none")]),
    ("Killing the drıver and wounding his wife.",
     [("killed", 1, "casualty.killed.one_object"), ("injured", 1, "casualty.injured.one_object")]),
]


@pytest.mark.parametrize(("text", "want"), FOLDED)
def test_fold_letters_turn_keyword_gates_off(text: str, want: list) -> None:
    from extract.document import parse

    assert [(f.kind, f.value, f.rule) for f in counts.find(parse(text))] == want


def test_no_gate_without_a_lower_cased_text() -> None:
    assert counts._has(None, ("x",)) and counts._has_word(None, ("x",))


def test_every_head_and_verb_word_keeps_a_first_character_gate() -> None:
    # a lexicon entry that may open with any character (a bare \d, a class) empties the
    # gate of its whole alternation, and every head or verb test then tries every branch
    for pattern, _ in lx.MUNITION_HEADS + lx.VICTIM_HEADS:
        assert numbers.lead_pattern(pattern), pattern
    assert counts._HEAD_LEAD and counts._VERB_LEAD
    # (the same for the verbs before a figure: "^\s*" in one branch once emptied this gate)
    assert numbers.lead_pattern(counts._LEFT_ALT) and numbers.lead_pattern(counts._LEFT_FAR_ALT)
