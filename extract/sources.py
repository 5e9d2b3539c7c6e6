"""Who says so: fills `attributed_to` on every fact.

A source is the noun phrase governing a speech verb in the fact's sentence ("a US
official said", "according to the ministry", "”, said Col. X"). The phrase is kept
short ("an Iraqi police official", not "... from the region, speaking on condition of
anonymity") because the curator reads it in a narrow column. A pronoun subject ("He
said") stands for the last source named before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document
from .model import Fact

_VERBS = (
    r"(?:said|says|told|confirmed|reported|stated|added|announced|wrote|"
    r"posted|tweeted|noted|explained|insisted|warned)"
)
_VERB = re.compile(rf"\b{_VERBS}\b")
# a phrase character: anything but clause punctuation, except the full stop of a title
# abbreviation ("Lt. Col. Dan Smith", "the U.S. military")
_NPC = r"(?:[^,.;:“”\"()—]|(?<=[A-Z])\.|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z][a-z])\.)"
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<np>{_NPC}{{2,90}})")
_INVERTED = re.compile(
    rf"(?:[,”\"]\s*|\bas\s+){_VERBS}\s+(?P<np>(?:the\s+|a\s+|an\s+)?[A-Z]{_NPC}{{1,80}}"
    rf"|(?:the|a|an)\s+{_NPC}{{2,80}})"
)
_SKIP_SEGMENT = re.compile(
    r"^(?:who|which|whose|speaking|citing|adding|also|as|while|when|after|before|"
    r"according|in\s+a\s+statement|on\s+condition|on\s+\w+day)\b",
    re.IGNORECASE,
)
_LEAD_WORDS = re.compile(
    r"^(?:and|but|while|as|then|so|however|meanwhile|also|that|later|separately|earlier|"
    r"in\s+a\s+statement|on\s+\w+day)\s+",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|had|have|has|will|would|could|did|been|being|killed|fired|"
    r"launched|hit|fell|struck|injured|wounded|that|said|says|told)\b"
)
_TRIM = re.compile(
    r"\s+(?:from\s+the|from\s+(?=[a-z])|in\s+(?!charge)|at\s+|on\s+|who\s+|speaking\s+|based\s+|"
    r"citing\s+|quoted\s+|during\s+|late\s+|early\s+|earlier\s+|later\s+|also\s+|"
    r"separately\s+|on\s+condition).*$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$")
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_HEADS = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|ministry|minister|army|military|police|"
    r"sources?|command|agency|governor|witness(?:es)?|residents?|statement|media|group|"
    r"forces|mayor|authorit(?:y|ies)|president|commander|chief|head|service|council|"
    r"office|department|observatory|monitor|medics?|doctors?|hospital|correspondent|"
    r"reporter|analysts?|diplomats?|guard|corps|administration|government|channel|"
    r"television|agency|committee|directorate|emergency|rescuers?|staff)\b",
    re.IGNORECASE,
)
# compiled once: the phrase helpers run for every speech verb
_SEGMENT_BREAK = re.compile(r"[,;:“”\"—–()]")
_SPACES = re.compile(r"\s+")
_TOLD_TAIL = re.compile(r"\s+(?:told|to)\s+\w+$")
_NOT_SOURCE = {"afp", "reuters", "ap", "the associated press", "cnn", "the bbc", "bbc"}


@dataclass
class _Source:
    start: int
    phrase: str


def attribute(doc: Document, facts: list[Fact]) -> None:
    """Set `attributed_to` on each fact that has none, from its sentence's source, or the
    paragraph's source before it when the sentence names none."""
    found: dict[int, list[_Source]] = {}
    last_named: str | None = None
    for sent in doc.sentences:
        sources = []
        for src in _sentence_sources(doc.text, sent.start, sent.end):
            if src.phrase.lower() in _PRONOUNS:
                if last_named is None:
                    continue
                src = _Source(src.start, last_named)
            else:
                last_named = src.phrase
            sources.append(src)
        found[sent.index] = sources
    for fact in facts:
        if fact.attributed_to:
            continue
        sent = doc.sentence_at(fact.start)
        if sent is None:
            continue
        fact.attributed_to = _pick(found.get(sent.index, []), fact.start)
        if fact.attributed_to is None:
            # the paragraph's earlier source covers a sentence that names none
            for i in range(sent.index - 1, -1, -1):  # (no slice: a copy per fact)
                prev = doc.sentences[i]
                if prev.block is not sent.block:
                    break
                if found.get(prev.index):
                    fact.attributed_to = found[prev.index][-1].phrase
                    break


def _pick(sources: list[_Source], offset: int) -> str | None:
    if not sources:
        return None
    # the report's usual order is claim first, source after: "X happened, Y said"
    after = [s for s in sources if s.start >= offset]
    return (after[0] if after else sources[-1]).phrase


def sources_in(text: str) -> list[str]:
    """Source phrases of one stretch of text, in order (for tests and the reader)."""
    return [s.phrase for s in _sentence_sources(text, 0, len(text))]


def _sentence_sources(text: str, s0: int, s1: int) -> list[_Source]:
    sent = text[s0:s1]
    out: list[_Source] = []
    verbs = list(_VERB.finditer(sent))
    if not verbs and "ccording" not in sent:
        return out
    for m in _ACCORDING.finditer(sent) if "ccording" in sent else ():
        np = _clean(m.group("np"))
        if np:
            out.append(_Source(s0 + m.start(), np))
    for m in _INVERTED.finditer(sent) if verbs else ():
        np = _clean(m.group("np"))
        if np and np.lower() not in _PRONOUNS:
            out.append(_Source(s0 + m.start(), np))
    for m in verbs:
        if any(abs(s0 + m.start() - o.start) < 3 for o in out):
            continue
        if _PASSIVE.search(sent, 0, m.start()):
            continue  # "was said to be": nobody is speaking
        np = _subject(sent[: m.start()])
        if np:
            out.append(_Source(s0 + m.start(), np))
    out.sort(key=lambda s: s.start)
    return out


def _subject(before: str) -> str | None:
    """The noun phrase right before a speech verb, skipping appositives set off by
    commas ("A US official, who asked not to be named, said")."""
    segments = _SEGMENT_BREAK.split(before)
    for seg in reversed(segments):
        seg = seg.strip()
        if not seg:
            continue
        if _SKIP_SEGMENT.match(seg):
            continue
        np = _clean(seg)
        if np and (np.lower() in _PRONOUNS or len(np.split()) <= 8):
            return np
        return None
    return None


def _clean(np: str) -> str | None:
    np = _SPACES.sub(" ", np).strip()
    while True:
        new = _LEAD_WORDS.sub("", np)
        if new == np:
            break
        np = new
    np = _TRIM.sub("", np).strip()
    np = _TOLD_TAIL.sub("", np)
    if not np or np.lower() in _NOT_SOURCE:
        return None
    if np.lower() in _PRONOUNS:
        return np.lower()
    words = np.split()
    if len(words) > 8 or _CLAUSE.search(np):
        return None
    if not (_HEADS.search(np) or any(w[:1].isupper() for w in words)):
        return None
    return np
