"""Scans done once per report, or with a lower-case twin, against the per-sentence or
case-blind scans they replace: the speech verbs of sources, the background rules and
sentence patterns of events, the dates in figures, the place names' spacing."""

from __future__ import annotations

import re
from pathlib import Path

from extract import dates, events, places, sources
from extract.document import fold, parse

CORPUS = sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    # odd casing and non-ASCII letters beside the verbs ("ésaid", "saidé")
    return texts + [t.upper() for t in texts[::7]] + [
        "He said it. They éxsaid it. Résaid. Saidé told. “Told” — said X, ıtold",
        "said it, said-they (said) _said 9said saids told\ntold,said\"warned\" X-noted"]


def test_verb_starts_match_the_sentence_scans() -> None:
    for text in _texts():
        doc = parse(text)
        starts = sources._verb_starts(text)
        for sent in doc.sentences:
            want = [sent.start + m.start() for m in sources._speech_verbs(sent.text(doc))]
            assert [v for v in starts if sent.start <= v < sent.end] == want, sent.text(doc)


def test_sentence_twins_find_what_the_patterns_find() -> None:
    for text in _texts():
        doc = parse(text)
        for sent in doc.sentences:
            for rx, twin in ((events._ATTACK, events._ATTACK_LOWER), (events._ANCHOR, events._ANCHOR_LOWER)):
                want = rx.search(sent.text(doc)) is not None
                assert events._in_sentence(rx, twin, doc, sent) == want, sent.text(doc)


def test_numeric_dates_need_a_year_cue() -> None:
    for text in _texts() + ["On 14.03.2026 and 1/2/1999, not 1.2.2100", "٣.٤.2024"]:
        if dates._TRIGGER_NUMERIC.search(text):
            assert dates.has_any(text, dates._NUMERIC_YEAR_CUES), text


def test_one_spaced_is_the_substitution() -> None:
    spaces = re.compile(r"\s+")
    phrases = ["Gaza City", "Ain  al-Asad", "Kyiv\noblast", "Tal\u00a0Afar", "Harir\tair base", ""]
    for text in _texts()[:20]:
        phrases += [text[i : i + 30] for i in range(0, len(text), 17)]
    for phrase in phrases:
        assert places.one_spaced(phrase) == spaces.sub(" ", phrase), phrase


def test_document_lower_is_the_folded_text() -> None:
    for text in _texts() + ["İstanbul", "sınce", "ſince", "Kelvin \u212a", "ẞ"]:
        lower = parse(text).lower
        assert lower is None or lower == fold(text), text


def test_site_first_at_word_starts() -> None:
    old = re.compile(r"\b" + places._SITE_FIRST.pattern)
    for text in _texts() + ["xCamp Lemonnier, Camp Lemonnier", "BaseCamp Bastion", "_Camp X"]:
        want = [m.span() for m in old.finditer(text)]
        assert [m.span() for m in places.word_start_matches(places._SITE_FIRST, text)] == want
