"""The second round of speed helpers of numbers and counts against what they replace:
each skips work the plain loop did, and must find exactly what it found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract import numbers
from extract.document import parse

CORPUS = sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))


# the scans for where a phrase can start, as they were before numbers.StartScan
_OLD_STARTS = re.compile(
    rf"\b(?:{numbers.trie_pattern(numbers._STARTER_WORDS + numbers._A_WORDS)})\b|\d[\d,]*")
_OLD_ARTICLE_STARTS = re.compile(
    rf"\b(?:{numbers.trie_pattern(numbers._STARTER_WORDS + ['a', 'an'])})\b|\d[\d,]*")


def reference_find_lowered(text: str, low: str | None, articles: bool = False) -> list[numbers.Amount]:
    """numbers.find_lowered as it was: the phrase pattern tried at every start, the bare
    article included."""
    out: list[numbers.Amount] = []
    pos = 0
    if low is None:
        phrase, subject, starts = numbers._PHRASE_ANYCASE, text, numbers._STARTS_SLOW.finditer(text)
    else:
        phrase, subject = numbers._PHRASE, low
        starts = (_OLD_ARTICLE_STARTS if articles else _OLD_STARTS).finditer(low)
    for sm in starts:
        st = sm.start()
        if st < pos:
            continue
        m = phrase.match(subject, st)
        if m is None:
            continue
        amt = numbers._amount(text, m, articles, low)
        if amt is not None:
            out.append(amt)
            pos = amt.end if amt.end > m.start() else m.end()
        else:
            pos = numbers.resume_after(m, subject, st)
        if pos == m.start():
            pos += 1
    return out


def _samples() -> list[str]:
    """Corpus sentences, and "a"/"an" before every word the number patterns know (and a
    few they do not), in the shapes a phrase takes after it."""
    out: list[str] = []
    for path in CORPUS:
        doc = parse(path.read_text(encoding="utf-8"))
        out += [doc.text[s.start : s.end] for s in doc.sentences]
    source = Path(numbers.__file__).read_text(encoding="utf-8")
    words = set(re.findall(r"[a-z]+", source)) | {"drone", "man", "statement", "rocket", "minute"}
    for w in sorted(words):
        for art in ("a", "an", "A", "An"):
            out += [f"{art} {w} of 40 rockets", f"{art} {w} 12 drones", f"{art}  {w}\nof them",
                    f"{art} small {w} of drones", f"{art} {w}", f"{art} - {w}", f"{art}-{w}"]
    out += ["5,a dozen", "12,000,all of them", "a", "an", "at a minimum 5", "at a minimum", "7,,many",
            "F16 and 3", "x-5 the rest", "(a few) 4", "_a 5", "5a many", "\u00e9a few", "1,000,000",
            "killed 5,and 6", "“a dozen”"]
    return out


def test_start_scans_find_the_places_the_plain_scans_found() -> None:
    for text in _samples():
        low = text.lower()
        for scan, old in ((numbers._STARTS, _OLD_STARTS), (numbers._STARTS_ARTICLES, _OLD_ARTICLE_STARTS)):
            assert [st for st, _ in scan.starts(low)] == [m.start() for m in old.finditer(low)], text


@pytest.mark.parametrize("articles", [True, False])
def test_find_lowered_matches_reference(articles: bool) -> None:
    for text in _samples():
        low = text.lower()
        assert numbers.find_lowered(text, low, articles) == reference_find_lowered(text, low, articles), text


@pytest.mark.parametrize("name", ["_ZERO_CASUALTY", "_UNHURT", "_PAIR", "_DEFINITE_ONE", "_ONE_OBJECT", "_ONE_FAR"])
def test_low_twins_match_as_the_case_blind_patterns(name: str) -> None:
    from extract import counts

    pattern, twin = getattr(counts, name), getattr(counts, name + "_LOW")
    for path in CORPUS:
        raw = path.read_text(encoding="utf-8")
        for text in (raw, raw.upper(), raw.title()):
            doc = parse(text)
            if doc.lower is None:
                continue
            for s in doc.sentences:
                got = [m.span() for m in twin.finditer(doc.lower, s.start, s.end)]
                assert got == [m.span() for m in pattern.finditer(text, s.start, s.end)], text[s.start : s.end]


def test_head_scan_finds_the_places_the_plain_scan_found() -> None:
    from extract import counts

    old = re.compile(rf"\b(?:{numbers.trie_pattern(sorted(counts._MUN_FIRST | counts._VIC_FIRST))})")
    for text in _samples() + [path.read_text(encoding="utf-8") for path in CORPUS]:
        for low in (text.lower(), "drones " + text.lower(), "_" + text.lower()):
            assert [st for st, _ in counts._HEAD_STARTS.starts(low)] == [m.start() for m in old.finditer(low)]


def test_vague_group_matches_as_the_pattern_with_its_opening_alternation() -> None:
    from extract import counts

    old = re.compile(r"(?:^|[,;:]\s+|\b(?:and|while|as|but|after|when|with)\s+)" + counts._VAGUE_GROUP_BODY)
    extra = ["Soldiers were injured", "and soldiers were hurt", ", people were killed", "Band people were hurt",
             "sand, civilians were wounded; and workers died", ",people died"]
    for text in _samples() + extra:
        got = [(m.span(), m.groupdict()) for m in counts._vague_group_matches(text)]
        assert got == [(m.span(), m.groupdict()) for m in old.finditer(text)], text
