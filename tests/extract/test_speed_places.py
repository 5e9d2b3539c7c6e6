"""The fast paths of places and actors find what the plain patterns they replace find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract import actors, places

CORPUS = sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))

# Odd corners: a keyword at the very start, after punctuation and non-ASCII letters,
# multi-word type words, words inside longer ones, whitespace other than a space.
TRICKY = [
    "near Jilib, fighters fired at Baidoa",
    "(near Jilib) the Ain al-Asad air base\nbase complex",
    "Victory base complex in Baghdad; the Harir Air Base; an IDP camp near Goma",
    "éarea of Gaza\u00a0province and the residential area of Rafah",
    "the towns of Djibo and Arbinda\tprovinces and Khost and Paktika provinces",
    "in the  vicinity of Kherson, on the\noutskirts of Sumy; basecomplex; baseX complexA",
    "Anbar Province, the oil and gas field, oil field, gas fields, the Port of Aden",
    "Houthi-fired missiles; \u0130stanbul city and the town of \u0130zmir",
]


def texts() -> list[str]:
    return TRICKY + [p.read_text(encoding="utf-8") for p in CORPUS]


@pytest.mark.parametrize("alternation", [
    places._TYPE_OF_WORDS, places._NEAR_WORDS, places.FACILITY_WORDS,
    places._FIRED_WORDS, places._PLURAL_WORDS,
])
def test_spellings_spell_the_alternation(alternation: str) -> None:
    spelled = places._spellings(alternation)
    rx = re.compile(rf"(?:{alternation})")
    assert all(rx.fullmatch(w) for w in spelled)
    # every alternative spelled: as many pieces as the alternation has members, or more
    assert len(spelled) >= alternation.count("|") + 1


def test_scan_finds_the_type_words_of_the_plain_pattern() -> None:
    plain = re.compile(rf"(?<=\s)(?P<type>{places._words(places._TYPE_WORDS, True)})\b")
    for text in texts():
        want = [(m.start(), m.end(), m.group("type")) for m in plain.finditer(text)]
        assert places._scan(text)[0] == want


def test_scan_starts_hold_every_keyword_rule_match() -> None:
    for text in texts():
        starts = places._scan(text)[1]
        for rx, at in zip(places._KEYWORD_RULES, starts, strict=True):
            got = [(m.span(), m.groupdict()) for m in places._matches_at(rx, text, at)]
            assert got == [(m.span(), m.groupdict()) for m in rx.finditer(text)]


WORDY = TRICKY + [
    "Abdifatah Aden said \nAden; U.S.  Aden; al-Asad\tAden; (Mr. Aden) x-y Aden\n\nGaza",
    "Tower 22 outpost, the Ain al-Asad air base, Foo\n province, Bar\n Foo base, 12345 camp",
]


def test_word_before_reads_what_the_pattern_finds() -> None:
    plain = re.compile(r"([\w.-]+)[ \t]+$")
    for text in WORDY:
        for hi in range(len(text) + 1):
            lo = max(0, hi - 30)
            m = plain.search(text, lo, hi)
            assert places._word_before(text, lo, hi) == (m.group(1) if m else None)


def test_run_start_reads_what_the_pattern_finds() -> None:
    plain = re.compile(r"[\w-]+$")
    for text in WORDY:
        for j in range(1, len(text) + 1):
            lo = max(0, j - 40)
            m = plain.search(text, lo, j)
            e = j - 1 if text[j - 1] == "\n" else j
            k = places._run_start(text, lo, e, "_-")
            assert (m.start() if m else None) == (k if k < e else None)


def test_appositives_are_the_plain_finditer() -> None:
    extra = [
        "Monguno, a garrison town, and Gwoza, the town; Kadugli,\na city",
        "Aden, Yemen, a port city, and Sanaa, the capital, a city",
    ]
    for text in texts() + extra:
        want = [(m.span(), m.groupdict()) for m in places._APPOSITIVE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in places._appositives(text)] == want


MENTIONY = [
    '"Hamas" and “Hezbollah” fighters; x"Hamas"; pro-Palestinian Islamic Jihad; the al-Shabaab',
    "federal forces and government\nforces; pro-Iranian militias; Israeli army strikes; USA",
    "Iran-backed Houthis, US-led coalition strikes; U.S. forces (CENTCOM) hit; Houthi-led raids",
]


def test_mentions_and_demonyms_are_the_plain_scans() -> None:
    for text in texts() + MENTIONY:
        starts = actors._name_starts(text)
        want = [(m.span(), m.groupdict()) for m in actors._MENTION.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in actors._mentions(text, starts)] == want
        plain = re.compile(rf"\b{actors._DEMONYM.pattern}")
        want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in actors._demonyms(text, starts)] == want


def test_in_sentence_is_the_case_blind_search() -> None:
    cases = texts() + ["xAttacked on ATTACKS; ſhells and \u212aILLED", "Strikes hit Gaza. Bombed Rafah"]
    for rx, low in ((places._ATTACK_NOUN, places._ATTACK_NOUN_LOWER),
                    (places._LAUNCH_WORDS, places._LAUNCH_WORDS_LOWER)):
        for text in cases:
            for s0 in range(0, len(text), 7):
                for s1 in (s0 + 1, s0 + 11, s0 + 60):
                    assert places._search(rx, low, text, s0, s1) == bool(rx.search(text, s0, s1))
