"""Grouping facts into events.

Event 0 is the report's main event: the attack the lead paragraph is about. Captions,
links to other stories, background paragraphs ("Since mid-October there have been
dozens of attacks") and other incidents mentioned in passing (another place, another
day) get events of their own with `main_event` false.

Within the main event one fact carries each name and date: the main date, the main
target. Restatements of them stay in the event (same event id) but are not marked as
the main event's value, so a reader or scorer sees one date and one target; restated
counts keep `main_event` true, because two figures for one thing are the point.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date as date_cls
from datetime import timedelta
from functools import lru_cache
from typing import Any

from . import no_attack
from .actors import COUNTRY_OF, actor_key
from .document import Document, Sentence, body_blocks, fold, has_any
from .model import COUNT_KINDS, Event, Fact

_ATTACK = re.compile(
    # ("its master reported a projectile striking the vessel")
    r"\b(?:attack\w*|strikes?|striking|struck|airstrikes?|raids?|shell\w*|bomb\w*|rockets?|missiles?|projectiles?|"
    r"drones?|quadcopters?|uavs?|fired|launched|explosions?|blasts?|ambush\w*|barrage|kill(?:ed|ing)|hit|"
    # "jihadists overran a base ..., killing at least 10 soldiers": an attack told
    # without any weapon word
    r"overr[au]n|stormed|wounding|"
    # "two soldiers embraced martyrdom and seven others were injured when ... opened fire"
    r"opened\s+fire|mortars?|martyr\w*|injured|wounded)\b",
    re.IGNORECASE,
)
# _ATTACK's twin for Document.lower, searched without IGNORECASE (its words are in lower
# case): case-blind matching is the slow part of the scan
_ATTACK_LOWER = re.compile(_ATTACK.pattern)
# Sentence openings that move a report away from its main event.
_BACKGROUND_START = re.compile(
    # (a thread's post number may come first: "4/4 Context: ...")
    r"^(?:\d{1,2}/\d{1,2}\s+)?[\"“]?(?:(?:Background|Context)(?=\s*:)|Last\s+(?:year|month|week|[A-Z]\w+)|In\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:\d{4}|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|Earlier\s+this\s+(?:month|year)|Previously|"
    # (not "Since the drone strike on the market on Wednesday, the hospital has received":
    # the time since the attack told)
    r"Since(?!\s+the\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|shelling|bombing|raid|explosion|blast)s?\b)|Over\s+the\s+"
    # "Over the past night" is the attack's own night; "over the past year" is not
    r"(?:past|last)(?!\s+(?:night|day|24\s+hours|few\s+hours)\b)|In\s+(?:the\s+)?(?:past|recent)|Back\s+in|A\s+similar|Similar|The\s+"
    r"(?:previous|last)\s+(?:attack|strike)|Months?\s+ago|Weeks?\s+ago|Years?\s+ago|"
    r"In\s+(?:a|another)\s+separate|In\s+another|An?\s+(?:separate|earlier|previous)\s+"
    r"(?:attack|strike|assault|incident)|Separately|Elsewhere|Meanwhile,\s+in|"
    r"(?:Hours|Days|Minutes)\s+(?:later|earlier)|Later(?:\s+on)?,|Earlier,|The\s+(?:day|night)\s+"
    r"(?:before|after))\b"
)
# Phrases anywhere in a sentence that tell of background, as rules with the words (in
# lower case) each cannot match without. One alternation of them all, tried at every
# position of every sentence, was the dearest pattern of the extractor; most sentences
# hold none of the words and skip the patterns altogether.
# the words a toll reading needs one of ("deaths" holds "death")
_TOLL_CUES = ("killed", "dead", "death", "toll")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def _background_rule(
    cues: tuple[str, ...], pattern: str, also: tuple[str, ...] = ()
) -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """A rule tried on a sentence holding one of `cues` and, when given, one of `also`:
    the case-blind pattern, and its case-sensitive twin for the lower-cased sentence."""
    rule = re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
    # (lower-casing the pattern keeps its meaning while it holds no escape in capitals)
    assert re.search(r"\\[A-Z]", rule.pattern) is None, rule.pattern
    return cues, also, rule, re.compile(rule.pattern.lower())


_BACKGROUND_ANY = (
    _background_rule(("similar", "previous", "earlier"),
                     r"similar\s+attacks?|previous\s+attacks?|earlier\s+attacks?"),
    _background_rule(("attacks",),
                     r"dozens\s+of\s+attacks|hundreds\s+of\s+attacks|more\s+than\s+\d[\d,]*\s+attacks|"
                     r"majority\s+of\s+(?:the\s+)?attacks"),
    _background_rule(("there",), r"there\s+have\s+been|there\s+are\s+(?:roughly|about|some|around)?"),
    _background_rule(("occasion",), r"on\s+several\s+occasions"),
    _background_rule(("repeatedly",), r"has\s+repeatedly|have\s+repeatedly"),
    _background_rule(("far",), r"so\s+far\s+(?:this|in)"),
    _background_rule(("toll",), r"death\s+toll\s+(?:in|from)\s+the\s+(?:war|conflict)"),
    _background_rule(("troops",), r"troops\s+(?:in|stationed)"),
    # (a rule of two readings is two rules, each gated by its own second word: the
    # `[^.]{0,80}` readings are the dearest patterns here, and most sentences holding
    # "since" or "year" hold no toll word)
    _background_rule(("since",), r"since\s+the\s+(?:start|beginning|outbreak)",
                     also=("start", "beginning", "outbreak")),
    _background_rule(
        ("since",),
        # a toll counted since a war began, or kept by a news agency, is war-wide
        r"(?:killed|dead|deaths|toll)\b[^.]{0,80}\bsince|since\b[^.]{0,80}\b(?:killed|dead|deaths|toll)",
        also=_TOLL_CUES),
    # another month named bare: "They sank the Rubymar in March"
    _background_rule(
        _MONTHS,
        r"\bin\s+(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)\b(?!\s+\d)"),
    _background_rule(
        ("month", "year"),
        # "the same month": "... and three crew members of the True Confidence were
        # killed ... the same month"
        r"\b(?:the\s+same|that)\s+(?:month|year)\b", also=("same", "that")),
    _background_rule(
        ("year",),
        # a year's toll ("More than 1,500 people were killed in militant attacks last year")
        r"(?:killed|dead|deaths|toll)\b[^.]{0,80}\b(?:last|the\s+past|the\s+previous)\s+year\b",
        also=_TOLL_CUES),
    # a month's or a year's total: "more than 4,000 Russian drones in April alone"
    _background_rule(
        ("alone",),
        r"\b(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)|(?:this|last)\s+(?:month|year|week))\s+alone\b"),
    _background_rule(
        ("killed", "left", "displaced"),
        r"(?:war|conflict|fighting|offensive|campaign)\s+(?:has|have|had)\s+(?:so\s+far\s+)?"
        r"(?:killed|left|displaced)|"
        # a campaign's toll with its start in between: "The insurgency, which began in
        # 2009, has killed", "Israel's strikes on Iran, which began on Friday, have killed"
        # "the 15-year conflict, which has killed more than 40,000 people"
        r"(?:war|conflict|fighting|insurgency|rebellion|uprising|violence|offensive|campaign)\s*"
        r"(?:,[^.,]{0,60},\s*|,?\s+(?:which|that)\s+)(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|left|displaced)|"
        r"(?:which|that)\s+(?:began|started|erupted)\b[^.]{0,60}\b(?:has|have|had)\s+"
        r"(?:so\s+far\s+)?(?:killed|left|displaced)|"
        # "It has killed tens of thousands": a war's toll, not the day's (an attack killed)
        r"it\s+(?:has|had)\s+(?:so\s+far\s+)?(?:killed|left|displaced)",
        also=("has", "have", "had")),
    _background_rule(("tally",), r"according\s+to\s+an?\s+\w+\s+tally"),
    _background_rule(("thousands",), r"(?:killed|dead)\s+(?:tens|hundreds)\s+of\s+thousands"),
)
# the rules by each of their words, flat: one loop of word tests per sentence
_BACKGROUND_CUES = tuple(
    (word, also, rule, twin) for cues, also, rule, twin in _BACKGROUND_ANY for word in cues)
# ... and by word: a sentence is tested once for each distinct word (a bare loop of `in`
# tests), and only the few rules of the words it holds are looked at
_BACKGROUND_WORDS = tuple(dict.fromkeys(word for word, _, _, _ in _BACKGROUND_CUES))
_BACKGROUND_RULES = {
    word: tuple((also, rule, twin) for w, also, rule, twin in _BACKGROUND_CUES if w == word)
    for word in _BACKGROUND_WORDS}
# "in response to", "in retaliation for": what follows tells of what the attack answers
_ANSWERED = re.compile(
    r"\b(?:(?:in|a)\s+(?:response|retaliation|revenge|reply)\s+(?:to|for)|retaliat\w*\s+for)\b",
    re.IGNORECASE)
# A running total: "the Houthis have launched more than 400 missiles ... since 2015".
_RUNNING_TOTAL = re.compile(
    r"\b(?:have|has)\s+(?:\w+\s+){0,2}?(?:launched|fired|shot\s+down|intercepted|downed)\b"
    r"[^.]{0,120}\bsince\b", re.IGNORECASE)
# "..., one of the groups that have organised aid since the war began, said 14 were
# killed": a clause about who speaks, whose "since" dates the speaker, not the toll.
_SPEAKER_CLAUSE = re.compile(
    r",[^,.]*\b(?:that|which|who)\s+(?:have|has|had)\b[^,.]*,", re.IGNORECASE)
_TOLL_WORD = re.compile(r"\b(?:killed|dead|deaths?|toll|wounded|injured)\b", re.IGNORECASE)
_ANCHOR = re.compile(
    r"\b(?:the|this|today['’]s|yesterday['’]s|latest|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
    r"day['’]s)\s+(?:\w+\s+)?(?:attack|strike|assault|barrage|incident|blast|bombing|raid|"
    r"shelling|salvo)\b(?!s)",
    re.IGNORECASE,
)
_ANCHOR_LOWER = re.compile(_ANCHOR.pattern.lower())  # (as _ATTACK_LOWER)
_ANCHOR_NOUNS = ("attack", "strike", "assault", "barrage", "incident", "blast", "bombing", "raid",
                 "shelling", "salvo")
# "launched from the back of a pickup truck parked near the town of X", "fired seven
# rockets from a farm in the Dora district": X is where the weapons left from, however
# near the target; "fired from Gaza at Sderot" keeps Sderot
_LAUNCH_SITE = re.compile(
    r"\b(?:fired|launched|shot|sent|flown|took\s+off|coming|came|originat\w*)"
    r"(?:\s+(?!at\b|on\b|into\b|toward)[\w-]+){0,4}?\s+from\b"
    r"(?![^.;]*\b(?:at|on|toward|towards|into|against|struck|hit|hitting|targeting|over|"
    r"with|impact\w*|land\w*|fell|falling|explod\w*|crash\w*)\b)"
    r"[^.;]{0,80}$",
    re.IGNORECASE,
)
# "an Iraqi police officer in Anbar said": where the speaker sits, not what was hit
_SPEAKERS_PLACE = re.compile(
    r"\b(?:officials?|officers?|sources?|spokes(?:man|woman|person)|police|governor|mayor|"
    r"correspondent|reporter|residents?|witness(?:es)?|medics?|doctors?|commander)\s+"
    r"(?:based\s+)?(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SPEAKER_WORDS = ("official", "officer", "source", "spokes", "police", "governor", "mayor",
                  "correspondent", "reporter", "resident", "witness", "medic", "doctor", "commander")
# Date phrases of a night: "overnight" (the night ending on its day) and "late on
# Thursday night" (the night starting on its day) name the same night.
_NIGHT_ENDING = re.compile(r"\b(?:overnight|last\s+night|before\s+dawn|dawn|early)\b", re.IGNORECASE)
# ("Wednesday evening" is left out: an evening strike and the drones that came
# overnight after it are told as two attacks)
_NIGHT_STARTING = re.compile(r"\b(?:night|late)\b", re.IGNORECASE)
# rule suffixes of dates that are not an attack's day
_ASIDE = re.compile(r":(?:context|future|statement|dateline|fallback)")
# ... of which a statement's or a dateline's date still stays in its sentence's event;
# these, the start of a war or a coming meeting, are of no attack here
_ASIDE_ONLY = re.compile(r":(?:context|future)")
# a form's field that names the attack's day: "Date & time of occurrence: 17/12/2026"
_OCCURRENCE_FIELD = re.compile(r"(?:date|day)\b[^:\n]{0,20}\bof\s+(?:occurrence|incident|attack|event)\s*:", re.IGNORECASE)
_NAME_NOISE = {
    "air", "base", "airbase", "airport", "international", "military", "naval", "province",
    "region", "district", "city", "town", "village", "the", "al", "el", "of", "camp",
    "governorate", "oblast", "county", "port", "outpost",
}


@dataclass
class _Unit:
    kind: str  # main, other, background, caption, related
    event: int
    date: str | None = None
    place: str | None = None
    sentences: list[int] = field(default_factory=list)
    # the night this unit's date phrase tells of, by the day it starts on
    nights: set[str] = field(default_factory=set)
    # "fired at the base": the main target named by its kind alone
    by_kind: re.Pattern[str] | None = None
    # munition families counted in this unit so far (None for an unnamed one)
    munitions: set[str | None] = field(default_factory=set)


def group(doc: Document, facts: list[Fact]) -> list[Event]:
    # (where Document.lower is set it is the folded text: no "İ", "ı" or "ſ" in it)
    folded = doc.lower if doc.lower is not None else fold(doc.text)
    # each fact's sentence, looked up once: both passes over the facts below need it
    fact_sentences = doc.sentences_at([f.start for f in facts])
    by_sentence: dict[int, list[Fact]] = {}
    for f, sent in zip(facts, fact_sentences, strict=True):
        by_sentence.setdefault(sent.index if sent else -1, []).append(f)
        if f.kind == "location" and f.role == "target" and sent is not None:
            # (_LAUNCH_SITE spans a verb, four words, "from" and 80 characters at most)
            lo = max(sent.start, f.start - 300)
            if folded.find("from", lo, f.start) >= 0 and _LAUNCH_SITE.search(doc.text, lo, f.start):
                f.role = "origin"
            elif has_any(folded[max(sent.start, f.start - 40) : f.start], _SPEAKER_WORDS) and (
                    _SPEAKERS_PLACE.search(doc.text, max(sent.start, f.start - 40), f.start)):
                f.role = "mentioned"

    # a test, a drill, an accident with no count left: no attack, so no attack's date
    attack_told = any(f.kind in COUNT_KINDS for f in facts) or not no_attack.headline_tells_none(doc)
    main_date_fact, told_date = _main_date(doc, by_sentence) if attack_told else (None, None)
    main_date = main_date_fact.value if main_date_fact else None
    main_place_fact = _main_place(doc, by_sentence)
    main_keys = _name_keys(main_place_fact.value) if main_place_fact else set()

    units = [_Unit("main", 0, main_date, main_place_fact.value if main_place_fact else None,
                   nights=_nights(told_date) if told_date else set(),
                   by_kind=_by_kind(main_place_fact, _lead_sites(doc, folded)))]
    sentence_event: dict[int, int] = {}
    current = units[0]
    lead_block = next((b.index for b in body_blocks(doc)), None)
    main_side = _main_side(doc, by_sentence, lead_block)
    context_event: _Unit | None = None
    # a live blog's entry title is told before its entry: it takes the event of the
    # entry's first sentence ("08:30 - Sumy: drone kills one" is the Sumy incident)
    titles: list[int] = []

    def new_unit(kind: str, date: str | None = None, place: str | None = None) -> _Unit:
        unit = _Unit(kind, len(units), date, place)
        units.append(unit)
        return unit

    last_block = None
    resume = units[0]
    for sent in doc.sentences:
        block = sent.block
        sfacts = by_sentence.get(sent.index, [])
        if block.kind in ("caption", "related"):
            if last_block is not block or current.kind != block.kind:
                if current.kind not in ("caption", "related"):
                    resume = current
                current = new_unit(block.kind)
            last_block = block
            sentence_event[sent.index] = current.event
            continue
        if block.role == "title":
            titles.append(sent.index)
            last_block = block
            continue
        if block.role == "label":
            if _BACKGROUND_LABEL.match(sent.text(doc)):
                current = new_unit("background")
            elif _FIGURES_BOX.fullmatch(doc.text, block.start, block.end):
                current = units[0]  # ("KEY FIGURES" over a box of the main attack's counts)
            last_block = block
            sentence_event[sent.index] = current.event
            continue
        if block.kind in ("headline", "byline") or block.role == "standfirst" or block.index == lead_block or (
                _FIGURES_BOX.fullmatch(doc.text, block.start, block.end)):
            # (a "KEY FIGURES" or "IN NUMBERS" box under the story counts its main attack)
            current = units[0]
        else:
            if current.kind in ("caption", "related"):
                # a caption or a pasted link interrupts the report; what follows it
                # goes on with what came before it
                current = resume
            current = _classify(doc, sent, sfacts, current, units[0], main_keys, new_unit,
                                folded[sent.start : sent.end])
            if current is units[0] and main_side and _other_side_attacks(sfacts, main_side, folded[sent.start : sent.end]):
                # "Russia's ministry said its air defences downed 45 Ukrainian drones": in a
                # report of a Russian attack, the other side's attack is another event
                current = new_unit("other")
        last_block = block
        sentence_event[sent.index] = current.event
        for t in titles:
            sentence_event[t] = current.event
        titles.clear()
        if current is units[0] and sfacts:
            units[0].munitions |= {munition_family(f.object) for f in sfacts
                                   if f.kind in ("launched", "intercepted", "impacted")}

    for t in titles:
        sentence_event[t] = current.event

    answered: dict[int, _Unit] = {}
    clause_end: dict[int, int] = {}  # per sentence: where its first "in response to" ends
    for f, sent in zip(facts, fact_sentences, strict=True):
        ev = sentence_event.get(sent.index, 0) if sent else 0
        if sent is not None and (f.kind in COUNT_KINDS or f.kind == "event_date"):
            end = clause_end.get(sent.index)
            if end is None:
                low = doc.text[sent.start : sent.end].lower()
                m = _ANSWERED.search(doc.text, sent.start, sent.end) if (
                    "respon" in low or "retaliat" in low or "revenge" in low or "reply" in low) else None
                end = clause_end[sent.index] = m.end() if m else -1
            if 0 <= end <= f.start and f.start - end <= 120:
                # "..., in response to an Israeli strike on Kfar Kila that killed two of
                # its members": the toll (or the day) of what the attack answers, an
                # earlier event
                if sent.index not in answered:
                    answered[sent.index] = new_unit("other")
                ev = answered[sent.index].event
        if not attack_told or (f.kind == "event_date" and _ASIDE_ONLY.search(f.rule)):
            # the start of a war or a coming meeting: a date, but of no attack here (and
            # in a report of no attack, no place or party is an attack's either)
            if context_event is None:
                context_event = new_unit("background")
            ev = context_event.event
        f.event = ev
        f.main_event = ev == 0

    if main_date_fact is not None and main_date_fact.event != 0:
        # the day told in the lead is the main event's, whichever unit its sentence went to
        # (a live page's entry that opens with it): the fact and the event agree
        main_date_fact.event, main_date_fact.main_event = 0, True
    _one_value_per_name(facts, main_date_fact, main_place_fact)

    # bucketed once: a long live blog has thousands of units, and a scan of every fact
    # per unit made grouping quadratic (a 1 MB report took 15 s here)
    by_event: dict[int, list[Fact]] = {}
    for f in facts:
        by_event.setdefault(f.event, []).append(f)
    events: list[Event] = []
    for unit in units:
        members = by_event.get(unit.event, [])
        date = unit.date if unit.kind in ("main", "other") else None
        if date is None:
            told = next((f for f in members if f.kind == "event_date"), None)
            date = told.value if told is not None else None
            if told is not None and unit.event == 0 and not _ASIDE_ONLY.search(told.rule):
                told.main_event = True  # (the day the event takes is its date fact's)
        for f in members:
            f.event_date = date
        events.append(_build(unit, members, date))
    return events


def _main_date(doc: Document, by_sentence: dict[int, list[Fact]]) -> tuple[Fact | None, Fact | None]:
    """The main event's date, and the phrase that first told it (whose night, if it
    names one, is the main event's night)."""
    def usable(f: Fact) -> bool:
        return f.kind == "event_date" and not _ASIDE.search(f.rule)

    body = body_blocks(doc)
    for block in doc.blocks[:12]:
        # a form's own field says it: "Date & time of occurrence: 17/12/2026, approx. 2045 hrs"
        # (a short one may read as a stamp line)
        if block.kind in ("body", "byline") and _OCCURRENCE_FIELD.match(doc.text, block.start, block.end):
            cands = [f for sent in _sentences_of(doc, block) for f in by_sentence.get(sent.index, []) if usable(f)]
            if cands:
                return cands[0], cands[0]
    stamps = []
    while len(body) > 1 and _is_stamp(doc, body[0]):
        stamps.append(body.pop(0))
    lead = body[0] if body else None
    held: Fact | None = None  # a headline's relative day, kept while the body may name it
    for scope in (
        [lead] if lead else [],
        _headlines(doc),
        body[1:4],
    ):
        for block in scope:
            sents = _sentences_of(doc, block)
            if block is not lead and sents and _BACKGROUND_START.match(sents[0].text(doc)):
                continue  # a paragraph that opens on background ("Background: ...") is all of it
            for sent in sents:
                text = sent.text(doc)
                if block is not lead and (
                    _BACKGROUND_START.match(text) or not _in_sentence(_ATTACK, _ATTACK_LOWER, doc, sent)
                ):
                    continue
                cands = [f for f in by_sentence.get(sent.index, []) if usable(f)]
                if block is lead and cands and not _in_sentence(_ATTACK, _ATTACK_LOWER, doc, sent):
                    # a feature's opening ("Last month, with her grandchildren, she settled in
                    # the monastery"): a loose month or week with no attack told is not its day;
                    # nor is the day of a lead about something else ("Negotiators met in Geneva
                    # on Tuesday ..."), when a paragraph after it tells the attack with a day
                    cands = [f for f in cands if not f.rule.endswith((":week", ":month"))]
                    # (a day named by "today" or "this morning" may count from the lead's day)
                    if cands and _told_elsewhere(doc, sent, by_sentence) and (later := _later_attack(
                            doc, by_sentence, lambda f: usable(f) and not f.rule.startswith("date.relative"))):
                        cands = later
                if block is lead and cands and (other := _other_subject_dates(doc, sent, cands, by_sentence)):
                    # "Oil prices rose on Tuesday ... after a drone attack forced the refinery
                    # to halt", "Talks opened on Wednesday, hours after a drone attack": the day
                    # of the lead's own subject, the attack told after it; a day the lead
                    # names after the attack word, or the day a later paragraph that counts
                    # the attack names
                    if len(other) < len(cands):
                        cands = [f for f in cands if f not in other]
                    elif (later := _counted_attack_day(doc, by_sentence, body[1:10], usable)
                          or _counted_attack_day(doc, by_sentence, body[1:3], usable, counted=False)) is not None:
                        # (or, with no paragraph that counts it, the next one that tells it
                        # with a day: "The tanker ... was hit late on Monday")
                        cands = [later]
                if cands and (answer := _ANSWERED.search(doc.text, sent.start, sent.end)) is not None:
                    # "a response to the Israeli strike on a car in Bint Jbeil yesterday": the
                    # day of what the attack answers, not of the attack
                    cands = [f for f in cands if not answer.end() <= f.start <= answer.end() + 120]
                if cands:
                    # two days in one sentence ("flights were halted on Friday after
                    # rockets struck on Thursday night"): the attack is the earlier one;
                    # then a precise date beats a vague one
                    # (a week or a month named loosely loses to a day: "on Sunday morning,
                    # ... since fighting escalated last month")
                    found = _first_day(cands)
                    if held is not None and not (block is not lead and block.kind == "body"
                                                 and _same_night(held, found)):
                        found = held  # (the body's day is of another event: the headline's stands)
                    elif (block is not lead and block.kind == "headline" and found.rule.startswith("date.relative")
                            and body[1:4]):
                        # a headline's "after overnight drone attack" gives way to the day
                        # the body names for that night ("came under drone attack late on
                        # Wednesday"), as a night told from one day to the next is the first
                        held = found
                        break
                    return _named_night(doc, by_sentence, body[:4], found) or found, found
    if held is not None:
        return held, held
    # a story about something else (a verdict, a market, a match called off) may tell its
    # attack further down: the day a later paragraph that counts it names
    # (a real lead: not a greeting or an invocation, "Friends, about the situation in the region")
    lead_tells = lead is None or len(doc.text[lead.start : lead.end].split()) < 20 or any(
        _in_sentence(_ATTACK, _ATTACK_LOWER, doc, sent) for sent in _sentences_of(doc, lead))
    if not lead_tells and (later := _counted_attack_day(doc, by_sentence, body[4:10], usable)) is not None:
        return later, later
    # no day told for the attack itself: the day the lead's source spoke ("the ministry
    # said on Thursday that its air defences had intercepted ...") is the nearest there is
    lead_dates = [f for sent in (_sentences_of(doc, lead) if lead else ())
                  for f in by_sentence.get(sent.index, []) if f.kind == "event_date"]
    for suffix in (":statement", ":fallback"):  # (then a time of day in the lead: that day)
        for f in lead_dates:
            if f.rule.endswith(suffix):
                return f, f
    # ... or the day a live page's stamp or a bulletin's title names ("Live updates |
    # Wednesday, September 4, 2024", "Daily tally, Wednesday 2 December 2026"), which
    # tells no attack word of its own: the day the page or the tally covers
    for block in [*stamps, *([doc.headline] if doc.headline else [])]:
        for sent in _sentences_of(doc, block):
            for f in by_sentence.get(sent.index, []):
                if f.kind == "event_date" and f.rule in _NAMED_DAY_RULES:
                    return f, f
    return None, None


def _same_night(headline_day: Fact, body_day: Fact) -> bool:
    """Whether a day the body names is the headline's relative day or the one before it."""
    try:
        a, b = date_cls.fromisoformat(str(headline_day.value)), date_cls.fromisoformat(str(body_day.value))
    except ValueError:
        return False
    return 0 <= (a - b).days <= 1


def _told_elsewhere(doc: Document, sent: Sentence, by_sentence: dict[int, list[Fact]]) -> bool:
    """Whether a lead's sentence tells of something other than an attack: no count and no
    attack word ("Negotiators met in Geneva on Tuesday ...")."""
    return not any(f.kind in COUNT_KINDS for f in by_sentence.get(sent.index, [])) and (
        not _in_sentence(_ATTACK, _ATTACK_LOWER, doc, sent))


# what links a lead's own subject to the attack told after it
_THEN_ATTACK = re.compile(
    r"\b(?:after|as|following|amid|accusing|hours\s+after|days\s+after|a\s+day\s+after|in\s+the\s+wake\s+of)\b",
    re.IGNORECASE)
# words of an attack's scene: a main clause holding one tells the attack, whatever follows
_SCENE = re.compile(
    r"\b(?:sirens?|alerts?|alarms?|warplanes?|jets?|pounded|patients|hospitals?|casualt\w*|explosions?|blasts?|"
    r"air\s+raids?|shelters?|wounded|injured|dead|killed|died|fire|smoke|rubble|rescuers?|interceptors?)\b",
    re.IGNORECASE)


def _other_subject_dates(doc: Document, sent: Sentence, dates: list[Fact],
                         by_sentence: dict[int, list[Fact]]) -> list[Fact]:
    """The dates of a lead's sentence that counts nothing, told in a main clause about
    something else (no attack and no scene of one in it) before "after", "as" or the like
    and the attack: "Oil prices rose on Tuesday ... after a drone attack". None when the
    main clause is the attack's scene ("Sirens sounded in Ashkelon on Tuesday, as ...")."""
    attack = _ATTACK.search(doc.text, sent.start, sent.end)
    if attack is None:
        return []
    # (a count in the clause after "after" is the attack's own: "Spot rates jumped on
    # Tuesday ... after a Houthi missile struck a tanker")
    if any(f.kind in COUNT_KINDS and f.end <= attack.start() for f in by_sentence.get(sent.index, [])):
        return []
    return [f for f in dates if f.end <= attack.start() and _THEN_ATTACK.search(doc.text, f.end, attack.start())
            and not _SCENE.search(doc.text, sent.start, f.start)]


def _counted_attack_day(doc: Document, by_sentence: dict[int, list[Fact]], blocks: list[Any],
                        usable: Callable[[Fact], bool], counted: bool = True) -> Fact | None:
    """The day told in the first of `blocks` that counts an attack (or, not `counted`, that
    tells one), in a sentence of it that tells the attack (a paragraph that opens on
    background is passed over)."""
    for block in blocks:
        sents = _sentences_of(doc, block)
        if counted and not any(f.kind in COUNT_KINDS for sent in sents for f in by_sentence.get(sent.index, [])):
            continue
        if sents and _BACKGROUND_START.match(sents[0].text(doc)):
            continue
        for sent in sents:
            cands = [f for f in by_sentence.get(sent.index, []) if usable(f)]
            if cands and not _BACKGROUND_START.match(sent.text(doc)) and _in_sentence(_ATTACK, _ATTACK_LOWER, doc, sent):
                return _first_day(cands)
    return None


def _first_day(dates: list[Fact]) -> Fact:
    """Of a sentence's dates, the attack's: a day before a loose week or month, then the
    earlier day, then the surer reading."""
    return min(dates, key=lambda f: (f.rule.endswith((":week", ":month")), f.value, -f.confidence))


def _later_attack(doc: Document, by_sentence: dict[int, list[Fact]], want: Callable[[Fact], bool]) -> list[Fact]:
    """The facts `want` picks from the first sentence of the four paragraphs after the lead
    that tells an attack with its counts and holds such a fact: where a lead is about
    something else (talks, a funeral, a verdict), the report's attack is told there."""
    for block in body_blocks(doc)[1:5]:
        for sent in _sentences_of(doc, block):
            facts = by_sentence.get(sent.index, [])
            if (any(f.kind in COUNT_KINDS for f in facts) and (found := [f for f in facts if want(f)])
                    and not _BACKGROUND_START.match(sent.text(doc)) and _in_sentence(_ATTACK, _ATTACK_LOWER, doc, sent)):
                return found
    return []


def _is_stamp(doc: Document, block: Any) -> bool:
    """Whether a first body block is a message's stamp, not its lead: a short line that
    tells of no attack ("Ref: NPS/PR/217 | 12th December 2026", "FROM: Regional Desk |
    Period: 090600H-100600H DEC", "Cúcuta, 25 December 2026 (translated ...)"). Its day
    is the day of the telling."""
    text = doc.text[block.start : block.end]
    # (or an editor's note in brackets: "[Translation of a statement ... released on 18
    # December 2026. Text unverified.]")
    note = text.startswith("[") and text.rstrip().endswith("]") and len(text.split()) <= 60
    return (note or (len(text.split()) <= 20 and ("|" in text or _PLACE_DATE_START.match(text) is not None))) and (
        _ATTACK.search(text) is None)


# "Cúcuta, 25 December 2026 (translated from the statement ...)": a place and a full date
# (or in figures: "Erbil, 15/12/2026")
_PLACE_DATE_START = re.compile(
    r"[A-Z][\w'’. -]{1,30},\s+(?:(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+|\d{1,2}[./]\d{1,2}[./])(?:19|20)\d\d\b")


_NIGHT = re.compile(r"night", re.IGNORECASE)


def _named_night(doc: Document, by_sentence: dict[int, list[Fact]], blocks: list[Any],
                 vague: Fact) -> Fact | None:
    """'... shelled the positions overnight' and, in the statement below, 'On June 18,
    from 22:40 to 23:25': a night told as 'overnight' or 'last night' spans two days, and
    when the report names only the first of them outright, the attack was that evening.
    (Named both, 'from 23:00 on August 22 to 07:00 on August 23', it keeps the later.)"""
    if not vague.rule.startswith("date.relative:day") or not _NIGHT.search(vague.text):
        return None
    eve = (date_cls.fromisoformat(vague.value) - timedelta(days=1)).isoformat()
    first: Fact | None = None
    for block in blocks:
        for sent in _sentences_of(doc, block):
            for f in by_sentence.get(sent.index, []):
                if f.kind != "event_date" or f.rule not in _NAMED_DAY_RULES:
                    continue
                if f.value == vague.value:
                    return None
                if f.value == eve and first is None:
                    first = f
    return first


_NAMED_DAY_RULES = ("date.explicit", "date.iso", "date.numeric")


def _headlines(doc: Document) -> list[Any]:
    """The headline and the standfirst under it (a ticker's first line, a summary): told
    as headlines are, after the lead and before the paragraphs that follow it."""
    return ([doc.headline] if doc.headline else []) + [b for b in doc.blocks if b.role == "standfirst"]


def _is_target(f: Fact) -> bool:
    return f.kind == "location" and f.role == "target"


def _main_place(doc: Document, by_sentence: dict[int, list[Fact]]) -> Fact | None:
    body = body_blocks(doc)
    lead = body[0] if body else None
    scopes = [body[:1], _headlines(doc), body[1:4]]
    for scope in scopes:
        for block in scope:
            for sent in _sentences_of(doc, block):
                if block is not lead and _BACKGROUND_START.match(sent.text(doc)):
                    continue
                targets = [f for f in by_sentence.get(sent.index, []) if _is_target(f)]
                if targets and block is lead and _told_elsewhere(doc, sent, by_sentence):
                    # a lead about something else: the attack's place, where a paragraph after tells it
                    targets = _later_attack(doc, by_sentence, _is_target) or targets
                if targets:
                    # "struck X" outranks "in Y" in the same sentence; then the first
                    return max(targets, key=lambda f: (f.confidence, -f.start))
    return None


# "Background", "Context": a live blog's label for what is not the day's attack
_BACKGROUND_LABEL = re.compile(r"(?:background|context)\b", re.IGNORECASE)
_FIGURES_BOX = re.compile(r"\s*(?:key\s+(?:figures|facts)|in\s+numbers|at\s+a\s+glance|by\s+the\s+numbers)\s*:?\s*",
                          re.IGNORECASE)


def _sentences_of(doc: Document, block: Any) -> list[Sentence]:
    return doc.sentences_of(block)


def _classify(doc, sent, sfacts, current, main, main_keys, new_unit, low):  # noqa: ANN001, ANN202
    # (`low`: the sentence folded to lower case, for the word tests that spare a pattern)
    text = sent.text(doc)
    dates: list[str] = []  # the attack days the sentence names
    other_dates: list[str] = []  # ... other than the main event's day (or night)
    other_places: list[Fact] = []  # targets away from the main place
    mentions_main = False
    for f in sfacts:  # (one pass over the sentence's facts, each place's words found once)
        if f.kind == "event_date" and not _ASIDE.search(f.rule):
            dates.append(f.value)
            if main.date and f.value != main.date and not (_nights(f) & main.nights):
                other_dates.append(f.value)
        elif f.kind == "location" and main_keys:
            if _name_keys(f.value) & main_keys:
                mentions_main = True
            elif f.role == "target":
                other_places.append(f)
    if other_dates and main.date in dates:
        # a span that starts or ends on the main day ("from 23:00 on 18 December to 07:00
        # on 19 December") is one night, not another attack
        other_dates = [d for d in other_dates if abs(
            (date_cls.fromisoformat(d) - date_cls.fromisoformat(main.date)).days) > 1]
    # the attack-word scan is the costliest test here and only matters beside another
    # date or place
    if (other_dates or other_places) and _in_sentence(_ATTACK, _ATTACK_LOWER, doc, sent):
        # the main place on another day is another attack on it ("Kyiv was last struck by a
        # ballistic missile on Nov. 4"); the next or the day before may be the same night
        far_dates = [d for d in other_dates if main.date and abs(
            (date_cls.fromisoformat(d) - date_cls.fromisoformat(main.date)).days) > 1]
        if other_dates and (not mentions_main or far_dates):
            date = other_dates[0]
            place = other_places[0].value if other_places else None
            if current.kind == "other" and current.date == date and (place is None or current.place in (None, place)):
                return current
            return new_unit("other", date, place)
        # "launched near the town of X, about 10 km from the base": still the main attack,
        # told by a second source; the kind word only holds a sentence in the main event,
        # it does not bring one back from a background paragraph
        keeps_main = current is main and main.by_kind is not None and main.by_kind.search(text) is not None
        if other_places and not mentions_main and not keeps_main and not _continues(
                text, sfacts, current is main, main.munitions):
            place = other_places[0].value
            if current.kind == "other" and current.place == place:
                return current
            return new_unit("other", dates[0] if dates else None, place)
    if _BACKGROUND_START.match(text):
        return current if current.kind == "background" else new_unit("background")
    on_main_date = bool(dates) and main.date in dates
    if not on_main_date and "since" in low and _RUNNING_TOTAL.search(text):
        # "have fired more than 400 rockets at Dorra since 2015": the place's history
        return current if current.kind == "background" else new_unit("background")
    if current.kind == "background" and dates and not on_main_date and (
            main.date is not None or _days_before_publication(doc, dates[0]) > 1):
        # "Background: ... launches toward Sderot have become rare; the last, on May 19,
        # ...": a day of its own, inside a background paragraph, is still background
        return current
    if mentions_main or on_main_date:
        return main
    # (inside a background paragraph a background phrase changes nothing: not looked for)
    background = current.kind != "background" and _is_background(text, low, doc.lower is not None)
    if current is main and not background:
        return main  # the main event told on, whether or not it says "the attack"
    if has_any(low, _ANCHOR_NOUNS) and _in_sentence(_ANCHOR, _ANCHOR_LOWER, doc, sent):
        return main
    return new_unit("background") if background else current


def _main_side(doc: Document, by_sentence: dict[int, list[Fact]], lead_block: int | None) -> str | None:
    """The key of the first party the headline or the lead names as the attacker."""
    for sent in doc.sentences:
        if lead_block is not None and sent.block.index > lead_block:
            break  # (past the lead nothing more is looked at)
        if sent.block.kind != "headline" and sent.block.index != lead_block:
            continue
        for f in by_sentence.get(sent.index, ()):
            if f.kind == "actor" and f.role in ("perpetrator", "claimed"):
                return actor_key(f.value)
    return None


def _other_side_attacks(sfacts: list[Fact], main_side: str, low: str) -> bool:
    """Whether the sentence's weapons are the other side's ("45 Ukrainian drones") and it
    names the main attacker nowhere."""
    if main_side not in _STATE_KEYS:
        return False  # ("junta" and "a Myanmar military jet" are one side: only states are told apart)
    sides = {actor_key(f.value) for f in sfacts if f.kind == "actor" and f.role != "target"}
    weapons = [f for f in sfacts if f.kind == "actor" and f.rule == "actor.demonym_weapon"
               and actor_key(f.value) in _STATE_KEYS]
    # (and told by the main attacker's own side, now defending: "Russia's ministry said its
    # air defences downed 45 Ukrainian drones"; "Ukraine said it shot down 40 Iranian
    # drones", in a report of a Russian attack, tells the main attack)
    return bool(weapons) and main_side not in sides and any(
        f.kind in COUNT_KINDS for f in sfacts) and has_any(low, _SIDE_WORDS.get(main_side, ()))


_STATE_KEYS = frozenset(actor_key(state) for state in COUNTRY_OF.values())
# the words a state goes by, lower-cased, by its key ("russia": "russia", "russian", "moscow")
_SIDE_WORDS: dict[str, tuple[str, ...]] = {
    key: (key, *(word for word, state in COUNTRY_OF.items() if actor_key(state) == key)) for key in _STATE_KEYS}


def _days_before_publication(doc: Document, iso: str) -> int:
    """How many days `iso` lies before the publication date (0 without one)."""
    if doc.published is None:
        return 0
    return (doc.published - date_cls.fromisoformat(iso[:10])).days


def _in_sentence(rx: re.Pattern[str], rx_lower: re.Pattern[str], doc: Document, sent: Sentence) -> bool:
    r"""Whether IGNORECASE `rx` finds a match in the sentence: its lower-case twin searched
    in Document.lower where that is set. (A sentence starts and ends beside a space or
    the text's ends, so `\b` reads its edges as it does those of the sentence alone.)"""
    if doc.lower is not None:
        return rx_lower.search(doc.lower, sent.start, sent.end) is not None
    return rx.search(doc.text, sent.start, sent.end) is not None


def _is_background(text: str, low: str, faithful: bool = False) -> bool:
    """Whether a background rule matches the sentence `text` (`low`: it folded to lower
    case). With `faithful`, `low` is its slice of Document.lower, which folds case as the
    case-blind rules do, so their case-sensitive twins are searched in it instead: the
    case-blind matching is the dearer part of the search."""
    words = [word for word in _BACKGROUND_WORDS if word in low]
    if not words:
        return False
    rules = {(rule, twin) for word in words for also, rule, twin in _BACKGROUND_RULES[word]
             if not also or has_any(low, also)}
    if not rules:
        return False
    if faithful:
        low = _without_speaker_clauses(low, low)
        return any(twin.search(low) for _, twin in rules)
    text = _without_speaker_clauses(text, low)
    return any(rule.search(text) for rule, _ in rules)


def _continues(text: str, sfacts: list[Fact], in_main: bool, munitions: set[str | None]) -> bool:
    """Whether a sentence naming another place still tells the attack before it:
    "Most were intercepted, but ... one slammed into a house in Kiryat Ata" refers back
    to the munitions already counted; "a 62-year-old man was lightly hurt in Kiryat
    Bialik", right after the main attack, tells its victims unless it names a new attack
    ("a strike on", "another attack")."""
    if any(f.rule.startswith(_BACK_REFERENCE) for f in sfacts):
        return True
    if not in_main or not sfacts or any(f.kind == "launched" for f in sfacts):
        return False
    hits = [f for f in sfacts if f.kind in ("intercepted", "impacted")]
    if hits:
        # "In Odesa, a drone slammed into a building": a munition of the attack counted
        # before, now landing in one town of many
        return _NEW_ATTACK.search(text) is None and all(
            munition_family(f.object) in munitions or None in munitions
            or munition_family(f.object) is None for f in hits) and bool(munitions)
    casualties = [f for f in sfacts if f.kind in ("killed", "injured")]
    return bool(casualties) and _NEW_ATTACK.search(text) is None


# count rules whose figure stands for munitions named before ("two of them", "the rest")
_BACK_REFERENCE = ("count.reference", "count.partitive", "count.whole", "count.single", "count.first",
                   "count.ratio")
_NEW_ATTACK = re.compile(
    r"\b(?:an?|another|one|that|this|separate|second)\s+(?:\w+\s+){0,2}?(?<!heart\s)"
    r"(?:attack|strike|airstrike|air\s+strike|raid|shelling|bombing|ambush|explosion|blast)s?\b|"
    r"\b(?:strikes?|raids?|shelling|bombardment)\s+(?:on|in|against)\b|"
    r"\b(?:shelled|bombed|raided|attacked|stormed|targeted)\b",
    re.IGNORECASE,
)


def _by_kind(place: Fact | None, lead_sites: set[str] | None = None) -> re.Pattern[str] | None:
    """'the base', 'the airport' for a main target that is one site, and 'the post' for
    a site the lead names without a name ('militants attacked a security forces check
    post'). A town or a city is left out: 'the town of X' names another one."""
    words = sorted(lead_sites or ())
    if place is not None and place.object in _SITE_WORDS:
        words.insert(0, _SITE_WORDS[place.object])
    if not words:
        return None
    return re.compile(rf"\bthe\s+(?:{'|'.join(words)})\b(?!\s+of\b)", re.IGNORECASE)


# A site the lead introduces with "a"/"an" ("attacked a security forces check post"):
# "the post" later refers back to it, wherever else the sentence says it lies.
_LEAD_SITE = re.compile(
    r"\b(?:attack\w*|struck|hit|target\w*|stormed|raided|shelled|on)\s+an?\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<site>(?:check\s*)?post|checkpoint|outpost|garrison|compound|camp|convoy|market|"
    r"hospital|school|mosque|depot|warehouse|tanker|vessel|ship)\b",
    re.IGNORECASE,
)


# the site words of _LEAD_SITE, looked for before it scans a lead that names none
_SITE_CUES = ("post", "checkpoint", "garrison", "compound", "camp", "convoy", "market", "hospital",
              "school", "mosque", "depot", "warehouse", "tanker", "vessel", "ship")


def _lead_sites(doc: Document, folded: str) -> set[str]:
    body = body_blocks(doc)
    if not body or not has_any(folded[body[0].start : body[0].end], _SITE_CUES):
        return set()
    text = doc.text
    out: set[str] = set()
    for m in _LEAD_SITE.finditer(text, body[0].start, body[0].end):
        site = m.group("site").lower()
        out.add(re.escape(site.split()[-1]) if site.startswith("check") else re.escape(site))
    return out


_SITE_WORDS = {
    "base": r"(?:air\s*)?base|garrison", "airport": r"airport|airfield",
    "port": r"port|harbou?r", "camp": r"camp", "facility": r"facility|plant|refinery|depot",
}


def _nights(f: Fact) -> set[str]:
    """The night a date phrase tells of, as the day it starts on: 'overnight' on Friday
    and 'late on Thursday night' are both Thursday's night. Empty for a day phrase."""
    if _NIGHT_ENDING.search(f.text):
        return {(date_cls.fromisoformat(f.value) - timedelta(days=1)).isoformat()}
    if _NIGHT_STARTING.search(f.text):
        return {f.value}
    return set()


def _without_speaker_clauses(text: str, low: str) -> str:
    if "ha" not in low or not ("that" in low or "which" in low or "who" in low):
        return text  # no "that have", "which has", "who had": no clause to drop
    return _SPEAKER_CLAUSE.sub(
        lambda m: m.group() if _TOLL_WORD.search(m.group()) else ",", text)


_WORD = re.compile(r"[a-z0-9]+")  # compiled once: the name helpers run per fact and sentence


def _name_keys(name: str | None) -> set[str]:
    words = _WORD.findall((name or "").casefold().replace("’", "'"))
    return {w for w in words if w not in _NAME_NOISE and len(w) > 1}


def _norm(name: str) -> str:
    return " ".join(_WORD.findall(name.casefold().replace("’", "'")))


_ALIAS = re.compile(r"\(([A-Z][\w-]{1,10})\)")


def _one_value_per_name(facts: list[Fact], date_fact: Fact | None, place_fact: Fact | None) -> None:
    seen_actor: set[str] = set()
    # "Islamic State West Africa Province (ISWAP)" then "ISWAP fighters": one party
    alias: dict[str, str] = {}
    full_name: dict[str, str] = {}
    for f in facts:
        if f.kind == "actor" and "(" in f.value:
            m = _ALIAS.search(f.value)
            if m:
                alias[actor_key(m.group(1))] = actor_key(f.value)
                full_name[actor_key(m.group(1))] = f.value[: m.end()]
    # "the paramilitary Rapid Support Forces ... the RSF": an acronym of a name the
    # report spelled out before is that party
    acronyms = [f for f in facts if f.kind == "actor" and f.value.isupper()]
    if acronyms:
        spelled = {_initials(f.value): f.value for f in facts if f.kind == "actor"}
        for f in acronyms:
            if f.value in spelled:
                alias.setdefault(actor_key(f.value), actor_key(spelled[f.value]))
    if full_name:
        for f in facts:
            if f.kind == "actor" and actor_key(f.value) in full_name:
                f.value = full_name[actor_key(f.value)]  # the name the report spells out
    target = place_fact
    if place_fact is not None:
        # the target role goes to the first mention of the chosen place, under this name
        # or a shorter or longer form of it ("Victory base" in the headline, "Victory
        # base complex" in the lead): one target, where the reader first meets it
        want = _norm(place_fact.value)
        target = next(
            (f for f in facts if f.kind == "location" and f.main_event and f.role != "origin"
             and f.object != "country" and (norm := _norm(f.value))
             and (want in norm or norm in want)),
            place_fact,
        )
        target.role = "target"
    for f in facts:
        if not f.main_event:
            continue
        if f.kind == "event_date" and f is not date_fact:
            f.main_event = False
        elif f.kind == "location" and f is not target and f.role == "target":
            f.role = "mentioned"
        elif f.kind == "actor" and f.role != "target":
            key = actor_key(f.value)
            key = alias.get(key, key)
            if key in seen_actor:
                f.main_event = False
            seen_actor.add(key)


_NAME_PART = re.compile(r"[\w'’]+")


def _initials(name: str) -> str:
    """'Rapid Support Forces' -> 'RSF', 'Tehreek-e-Taliban Pakistan' -> 'TTP'; '' for
    a name of fewer than two capitalised words."""
    caps = [w[0] for w in _NAME_PART.findall(name) if w[0].isupper()]
    return "".join(caps) if len(caps) >= 2 else ""


def _figure(f: Fact) -> dict[str, Any]:
    return {
        "value": f.value, "min": f.min, "max": f.max, "qualifier": f.qualifier,
        "object": f.object, "attributed_to": f.attributed_to, "text": f.text,
        "start": f.start, "end": f.end,
    }


def _amount(f: Fact) -> int | None:
    return f.value if isinstance(f.value, int) else f.min


def _upper(f: Fact) -> int | None:
    """The most a figure allows; None when it sets no ceiling ("at least a dozen")."""
    if f.qualifier in ("at_least", "more_than", "vague"):
        return f.max
    if isinstance(f.value, int):
        return f.max if f.max is not None and f.qualifier in ("about", "range") else f.value
    return f.max


def _build(unit: _Unit, members: list[Fact], date: str | None) -> Event:
    # the members by kind, bucketed once rather than filtered for every question below
    of_kind: dict[str, list[Fact]] = {}
    for f in members:
        of_kind.setdefault(f.kind, []).append(f)
    # (the look-ups below only for a unit holding such facts: most hold few kinds)
    locations = of_kind.get("location")
    place = unit.place
    if not place:
        place = None
        if locations:
            place = next((f.value for f in locations if f.role == "target"), None)
            if place is None:
                place = next((f.value for f in locations if f.object != "country"), locations[0].value)
    actor = None
    for role in ("perpetrator", "claimed", "blamed") if "actor" in of_kind else ():
        actor = next((f.value for f in of_kind["actor"] if f.role == role), None)
        if actor:
            break
    counts: dict[str, Any] = {
        kind: [_figure(f) for f in of_kind[kind]] for kind in COUNT_KINDS if kind in of_kind
    }
    event = Event(id=unit.event, main=unit.event == 0, date=date, place=place, actor=actor,
                  counts=counts)
    launched = of_kind.get("launched", [])
    # the largest figure downed or hit per munition family (None: unnamed), found once: a
    # table of thousands of launches would otherwise compare each with every outcome
    most = {k: _most_by_family(of_kind.get(k, ())) for k in ("intercepted", "impacted")} if launched else {}
    for f in launched:
        # "40 drones and three missiles": each launch figure is checked against what
        # was downed or hit of its own munition (or of an unnamed one)
        family = munition_family(f.object)
        parts = {k: _largest(by_family.values() if family is None else (by_family.get(family), by_family.get(None)))
                 for k, by_family in most.items()}
        if all(v is None for v in parts.values()):
            continue
        need = sum(v or 0 for v in parts.values())
        top = _upper(f)
        event.checks.append({
            "check": "launched >= intercepted + impacted",
            "launched": _amount(f), "launched_qualifier": f.qualifier,
            "intercepted": parts["intercepted"], "impacted": parts["impacted"],
            "ok": top is None or top >= need,
            "attributed_to": f.attributed_to, "text": f.text,
        })
    if launched:
        event.conflicts.extend(_conflicts(launched))
    return event


def _conflicts(figs: list[Fact]) -> list[dict[str, Any]]:
    """Launch figures for one munition of one event that disagree and come from
    different sources. Two munitions ("40 drones and three missiles") are two facts,
    not a conflict; a figure without a number ("a salvo") disagrees with nothing."""
    out: list[dict[str, Any]] = []
    counted = [f for f in figs if _amount(f) is not None]
    families = list(dict.fromkeys(fam for f in counted if (fam := munition_family(f.object))))
    for family in families or [None]:
        group = [f for f in counted if family is None or _same_munition_family(family, f)]
        distinct: list[Fact] = []
        for f in group:
            # "50 rockets" in the headline and "around 50 rockets" in the lead agree
            if not any(_amount(g) == _amount(f) for g in distinct):
                distinct.append(f)
        if len(distinct) < 2:
            continue
        if len({(f.attributed_to or "").casefold() for f in distinct}) < 2:
            continue
        conflict: dict[str, Any] = {"kind": "launched", "figures": [_figure(f) for f in distinct]}
        if family:
            conflict["munition"] = family
        out.append(conflict)
    return out


# Reports call one salvo "rockets" in one sentence and "missiles" in the next, so the
# two are one family; drones, shells and bombs are told apart.
_FAMILIES = (
    ("drone", re.compile(r"drone|uav|uas|shahed|geran|quadcopter|loitering|kamikaze", re.I)),
    ("shell", re.compile(r"mortar|shell|artillery|round", re.I)),
    ("missile", re.compile(r"missile|rocket|katyusha|grad|iskander|kh-|kalibr|qassam", re.I)),
    ("bomb", re.compile(r"bomb|grenade", re.I)),
)


@lru_cache(maxsize=512)
def munition_family(obj: str | None) -> str | None:
    """drone, missile (rockets too), shell, bomb, or None for an unnamed munition
    ("projectiles", "munitions")."""
    for name, pattern in _FAMILIES:
        if obj and pattern.search(obj):
            return name
    return None


def _same_munition_family(family: str, f: Fact) -> bool:
    own = munition_family(f.object)
    return own is None or own == family


def _most_by_family(facts: Iterable[Fact]) -> dict[str | None, int]:
    """The largest figure of `facts` per munition family (None: of no named munition)."""
    out: dict[str | None, int] = {}
    for g in facts:
        a = _amount(g)
        if a is not None:
            fam = munition_family(g.object)
            out[fam] = max(out.get(fam, a), a)
    return out


def _largest(values: Iterable[int | None]) -> int | None:
    return max((v for v in values if v is not None), default=None)


