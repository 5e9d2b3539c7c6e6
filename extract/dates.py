"""event_date facts: find the date phrases of a report and resolve them against the
publication date.

Candidates come from our own patterns, never from a free-text date search (which reads
"We" and "12" as dates). Weekdays and month parts are resolved here because news usage
differs from dateparser's: "Saturday" in a report published on a Saturday is that day,
and "mid-October" is a date dateparser does not know. Explicit month-day phrases are
read as dateparser reads them, once per distinct phrase and publication date: a real
calendar day is worked out here (dateparser's own answer, found far faster), anything
else is asked of dateparser.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from .document import Document, body_blocks, has_any
from .model import Fact

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
_MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d\d"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:morning|afternoon|evening|night|overnight|dawn|midday|noon)"

# "3-4 March", "March 3 to 4", "between 3 and 4 March": a night or a span of two days
_DAY_TO = r"(?:\s*[-–]\s*|\s+to\s+)"
_DAY_AND = r"(?:\s*[-–/]\s*|\s+(?:to|and)\s+)"  # ("the night of 20/21 December": the first day)
# "14.03.2026", "14/03/2026": bulletins and translated statements write the date in figures
# (a South Asian bulletin writes "Dated: 14-12-2026")
_NUMERIC = r"(?<![\d-])(?:3[01]|[12]\d|0?[1-9])(?P<sep>[./-])(?:3[01]|[12]\d|0?[1-9])(?P=sep)(?:19|20)\d\d(?![\d.-]\d)"

# "On 17/11", "the early morning of 03/12": a day and a month in figures with no year, as
# European posts write them; only after a preposition ("1/3" alone is a share or a score)
# ("24/7" is all day; "the night of 8/9 November" is two days of a month named after)
_DAY_MONTH_FIGURES = (r"(?!24/7\b)(?:3[01]|[12]\d|0?[1-9])/(?:1[0-2]|0?[1-9])"
                      r"(?![/\d]|\s+of\b|\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")

# A military date-time group: "181840Z DEC 26" (day, hour and minute, zone, month, year)
_DTG = r"(?:3[01]|[12]\d|0[1-9])[0-2]\d[0-5]\d[A-Z]\s+(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+\d\d\b"
_TRIGGER_DTG = re.compile(_DTG)
# ... which tells when something happened after "at": "At 181840Z DEC 26 a tanker ..."
_AT_BEFORE = re.compile(r"\b(?i:at|on|from|since)\s+$")

# One alternation, longest forms first, so a phrase is matched once.
_PHRASES = re.compile(
    rf"""
    (?P<md>(?:(?i:on|early|late|since|until|from|by|before|after|overnight(?:\s+(?:on|into))?)\s+)?
        (?:{_WD},?\s+)?
        (?:{_MONTH_RE}\s+{_DAY}(?P<md_to>{_DAY_TO}{_DAY})?(?:,?\s+{_YEAR})?(?![\d:])
          |{_DAY}(?P<dm_to>{_DAY_AND}{_DAY})?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+{_YEAR})?)\b)
    |(?P<num>(?:(?i:on|since|until|from|by|before|after)\s+)?{_NUMERIC})
    |(?P<dtg>{_DTG})
    |(?P<dm>(?i:on|(?<!\d\s)of|since|until|from|by|before|after)\s+{_DAY_MONTH_FIGURES})
    |(?P<mp>(?:(?i:since|until|from|by)\s+)?
        (?:mid|early|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of
          |the\s+start\s+of|start\s+of)[-\s]+
        (?:last\s+month|this\s+month|{_MONTH_RE}(?:\s+{_YEAR})?)\b)
    |(?P<iso>(?:(?i:on|since|until|from|by|before|after)\s+)?
        {_YEAR}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])(?![\d-]))
    |(?P<wk>(?:(?i:on|early|late|last|this|since|until|by|before|after|next|previous|coming
          |overnight(?:\s+(?:into|to|on))?)\s+)?
        {_WD}(?:['’]s)?(?:\s+{_PART})?
        (?:\s+(?:into|to)\s+{_WD})?)\b
    |(?P<rel>\b(?i:(?:(?:late|earlier|early)\s+)?
        (?:last\s+night|yesterday(?:\s+{_PART})?|today|tonight|this\s+{_PART}
          |earlier\s+today|earlier\s+this\s+week|earlier\s+this\s+month|last\s+week
          |last\s+month|earlier\s+in\s+the\s+day|overnight))\b)
    """,
    re.VERBOSE,
)

# Words before a date in its clause that make it the date of something other than an
# attack (a war's start, a meeting), or a future date.
_CONTEXT = re.compile(
    # (an alert or an attack that began is the attack's own day: "The air raid alert began a
    # little after eleven on Friday night")
    r"\b(?:war|outbreak|(?<!alert\s)(?<!alerts\s)(?<!attack\s)(?<!shelling\s)(?<!barrage\s)(?<!raid\s)"
    r"(?:began|begun|started|start)|anniversary|ceasefire|truce|election|"
    # ("died ... on Tuesday" may be a later death; not "eight died and 17 were wounded on
    # Wednesday night", the attack's toll)
    r"meeting|summit|conference|talks|visit|deadline|vote|born|died(?![^.;,]*?\b(?:wounded|injured|hurt)\b)|elected|signed|"
    # (a colon closes the clause: "The base announced: last night at about 23:15 ...")
    # (not "a family embroiled in a clan war here on Saturday night": "here" ends the noun
    # phrase, the day is the main verb's)
    r"announced|agreement|deal|hostage|hostages|since)\b(?!\s+(?:here|there)\b)[^.;,:]{0,40}$",
    re.IGNORECASE,
)
# "fired rockets ... in response to Israeli strikes on the Nabatieh area on Monday": the
# day of what is answered, an earlier event, not of the attack told
_RESPONSE_TO = re.compile(
    r"\b(?:in\s+(?:response|retaliation|revenge|reply)\s+(?:to|for)|to\s+avenge|"
    r"retaliat\w*\s+for)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# cheap word tests before the costlier end-anchored patterns above and below
_ANSWER_WORDS = ("respon", "retaliat", "revenge", "reply", "avenge")
_MEDIUM_WORDS = ("statement", "message", "communiqu", "video", "address", "recording")
_ANSWER_HINT = re.compile("|".join(_ANSWER_WORDS), re.IGNORECASE)
_MEDIUM_HINT = re.compile("|".join(_MEDIUM_WORDS), re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|would|is due|are due|scheduled|expected to|plans? to|planned|set to|"
    r"is to|are to|next(?!\s+(?:to|door)\b))\b[^.;]{0,50}$",  # (not "next to the airport")
    re.IGNORECASE,
)
_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|added|stated|confirmed|reported|denied|statement|"
    r"briefing|release|conference|sentenced|wrote|posted|tweeted|published|issued|"
    # "gave a different toll on Tuesday morning": the day a figure was given
    # ("gave sharply different accounts on Monday and Tuesday of an attack")
    r"(?:gave|put|updated|revised|raised|lowered)\s+(?:\w+\s+){0,3}(?:tolls?|figures?|numbers?|"
    r"counts?|tally|tallies|accounts?|versions?))\s+(?:(?!that\b)[\w,]+\s+){0,3}$"  # ("said that on Sunday": the clause's day)
    # "posted on the group's channel 5 Nov"
    r"|\b(?:posted|published|broadcast|aired)\s+on\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:channel|account|page|website|feed)\s+(?:on\s+)?$"
    # a form's field for the day it was filed: "Date & time of registration: 18/12/2026"
    r"|\b(?:registration|registered|issued|filed|compiled|released)\s*:\s*$"
)
# "the death toll rose to 17 on Thursday": the day the count was given, not the attack's
# (a headline's "as toll climbs overnight" too)
_TOLL_ROSE_BEFORE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|reached|stood)\s+(?:to|at)\s+[\w,]+\s+$"
                               r"|\btoll\s+(?:climbs|rises|grows|rose|climbed|grew)\s+$", re.IGNORECASE)
# a funeral's day: "The funeral prayers for four policemen martyred in ... were offered
# at the Police Lines here on Monday"
_FUNERAL_DAY = re.compile(r"\b[Ff]unerals?\b[^.;]{0,200}?\b(?:held|offered|performed|attended)\b[^.;,]{0,60}$")
_STATEMENT_AFTER = re.compile(
    # (or a reaction: "The UAE on Monday strongly condemned a drone attack")
    # ("Health authorities on Thursday lowered the death toll")
    r",?\s+(?:\w+ly\s+)?(?:denied|said|says|saying|announced|confirmed|reported|told|sentenced|warned|stated|"
    r"lowered|raised|revised|updated|corrected|"
    r"released|published|issued|condemned|condemns|denounced|denounces)\b"
)
# "In a statement read on state television on Monday": the day of a statement's airing
_STATEMENT_MEDIUM = re.compile(
    r"\b(?:statement|message|communiqu[eé]|video|address|audio\s+recording)\s+(?:was\s+)?"
    # ("a statement issued by the office of the Bannu Regional Police Officer (RPO) on Wednesday")
    r"(?:read|broadcast|aired|published|issued|released|posted|carried)\b[^.;,]{0,80}$"
    # translated copy: "according to a statement of the Ministry of Health in the state on Thursday"
    r"|\b(?:according\s+to|in)\s+(?:a|the|its|their)\s+(?:\w+\s+)?statement\s+(?:of|by|from)\s+[^.;,]{1,80}$",
    re.IGNORECASE,
)
# "claimed responsibility for an attack on an army post near Djibo on Sunday, saying":
# a day right after the attack's own noun phrase is the attack's, whatever verb follows
_ATTACK_NP_BEFORE = re.compile(
    r"\b(?:attacks?|strikes?|airstrikes?|assault|raids?|bombing|shelling|ambush)\s+"
    r"(?:on|against|in|near|at)\b[^.;,]{0,80}$",
    re.IGNORECASE,
)
# How far back from a phrase an end-anchored pattern can start: its longest keyword, the
# characters it allows after that, and one for a "$" before a final newline. Searching
# only the end of the clause finds the same matches as searching all of it.
_CONTEXT_REACH = len("anniversary") + 40 + 1
_FUTURE_REACH = len("expected to") + 50 + 1
# The same two, case-sensitive, for the lower-cased clause (their keywords are all lower
# case): a case-blind alternation makes the engine try every keyword at each position,
# a case-sensitive one passes a keyword over on its first letter.
_CONTEXT_LOWER = re.compile(_CONTEXT.pattern)
_FUTURE_LOWER = re.compile(_FUTURE.pattern)
# _STATEMENT_BEFORE ends in at most eight whitespace-separated words: a keyword of up to
# five ("gave a different toll") and three more after it
_STATEMENT_WORDS = 8
# "killed by Thursday's strike": the strike's day, not a span's end
_POSSESSIVE_DAY = re.compile(r"day['’]s$", re.IGNORECASE)
_COMING = re.compile(r"(?:next|coming)\b", re.IGNORECASE)
_SPAN_WORDS = re.compile(r"^(?:since|until|from|by|before|after)\b", re.IGNORECASE)
# ("from 18:00 on 7 November": where a night's reporting window opens, not its day; "As of 18
# November": the day a tally stands at)
# ("Data as of 08:00 on 8 December": the hour the tally stands at, then its day)
# (a military date-time group, "100600H DEC 26", stamps a message: its "DEC 26" is the
# month and the year, and the message's time is no attack's day)
_SPAN_BEFORE = re.compile(r"\b(?:since|until|till|through|as\s+of)\s+$|\bfrom\s+\d{1,2}[:.]\d\d\s+$|"
                          r"\bas\s+of\s+\d{1,2}[:.]\d\d\s*(?:hrs\s+|h\s+)?(?:on\s+)?$|"
                          r"(?<!\d)\d{6}[A-Z]?\s+$", re.IGNORECASE)


# A month or a day named in capitals: a sitrep's "night of 9-10 DEC", a ticker's "ON
# SATURDAY NIGHT". The phrase rules read names as they are written in prose.
_CAPITAL_DAY_WORDS = re.compile(
    r"\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|"
    r"YESTERDAY|TODAY|TONIGHT|OVERNIGHT)")
_CAPITAL_WORD = re.compile(r"\b[A-Z][A-Z]+\b")


def find(doc: Document) -> list[Fact]:
    if doc.published is None:
        return []
    if _CAPITAL_DAY_WORDS.search(doc.text) is None:
        return _find(doc)
    # every word in capitals in title case ("ON SATURDAY" as "On Saturday"), with the
    # report's own letters put back in each fact (str.title keeps an ASCII word's length)
    titled = _CAPITAL_WORD.sub(lambda m: m.group().title() if m.group().isascii() else m.group(), doc.text)
    facts = _find(replace(doc, text=titled))
    for f in facts:
        f.text = doc.text[f.start : f.end]
    return facts


def _find(doc: Document) -> list[Fact]:
    text, published = doc.text, doc.published
    assert published is not None
    facts: list[Fact] = []
    for m in _phrases(text, doc.lower):
        phrase = m.group(0)
        kind = m.lastgroup or ""
        ranged = kind == "md" and (m.group("md_to") or m.group("dm_to"))
        if (_SPAN_WORDS.match(phrase) and not ranged and not _POSSESSIVE_DAY.search(phrase)) or _SPAN_BEFORE.search(
                text, max(0, m.start() - 17), m.start()):
            # "since mid-October", "until Monday": a span, not a day an attack took place
            # ("from 3 to 4 March" is the two days the attack took)
            continue
        if kind == "dtg" and not _AT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # a date-time group alone stamps the message ("SITREP 27 | 100600H DEC 26")
        resolved = _resolve(kind, phrase, published)
        if resolved is None:
            continue
        value, rule, confidence = resolved
        if ranged and _long_range(phrase):
            # "the week under review (17 - 23 December 2026)": a period, no day of an attack
            facts.append(_fact(m, phrase, value, rule + ":context", 0.2))
            continue
        if doc.dateline is not None and doc.dateline.start <= m.start() < doc.dateline.end:
            # "MOGADISHU, June 17 (Xinhua) --": the day the story was filed
            facts.append(_fact(m, phrase, value, rule + ":dateline", 0.2))
            continue
        sent = doc.sentence_at(m.start())
        # (at most the sentence's last _BEFORE_REACH characters: what tells a day's role
        # stands near it, and a runaway sentence of hundreds of days stays linear)
        lo = max(sent.start, m.start() - _BEFORE_REACH) if sent else max(0, m.start() - 80)
        before = text[lo : m.start()]
        # the clause before, lower-cased, for the keyword tests that gate costlier patterns
        low = doc.lower[lo : m.start()] if doc.lower is not None else None
        if kind == "wk" and _COMING.match(phrase) or (
            kind in ("wk", "md", "iso", "num") and _ends_in(_FUTURE, _FUTURE_LOWER, _FUTURE_REACH, before, low)
        ) or (kind in ("iso", "num") and value > published):
            rule += ":future"
            confidence = 0.2
            if kind == "wk":
                value = _weekday_ahead(phrase, published)
        elif _ends_in(_CONTEXT, _CONTEXT_LOWER, _CONTEXT_REACH, before, low) or (
                _has_hint(before, low, _ANSWER_HINT, _ANSWER_WORDS) and _RESPONSE_TO.search(before)):
            rule += ":context"
            confidence = 0.3
        elif phrase.endswith(("'s", "’s")) and kind == "wk":
            pass  # "lowered the death toll from Wednesday's drone strike": the day of the attack
        elif _STATEMENT_BEFORE.search(before, _last_words_start(before, _STATEMENT_WORDS)) or (
                _TOLL_ROSE_BEFORE.search(before, max(0, len(before) - 40))) or (
                _has_hint(before, low, _MEDIUM_HINT, _MEDIUM_WORDS) and _STATEMENT_MEDIUM.search(before)) or (
                _STATEMENT_AFTER.match(text, m.end()) and not _ATTACK_NP_BEFORE.search(before)) or (
                "uneral" in before and _FUNERAL_DAY.search(before)):
            # "the army said on Tuesday", "police on Sunday denied": the day of the
            # telling, which comes after the attack it tells of
            rule += ":statement"
            confidence = 0.35
        facts.append(_fact(m, phrase, value, rule, confidence))
    if doc.dateline is not None and not any(f.rule.endswith(":dateline") for f in facts):
        facts += _dateline_date(doc, published)
    _anchor_on_telling_day(doc, facts)
    _anchor_on_dateline(published, facts)
    _clock_in_lead(doc, published, facts)
    return facts


_DATELINE_DAY = re.compile(rf"{_MONTH_RE}\s+{_DAY}|{_DAY}\s+{_MONTH_RE}")


def _dateline_date(doc: Document, published: date) -> list[Fact]:
    """The day in a dateline ending in a colon ("POONCH, Dec 11: Two jawans ..."), which
    the phrase scan leaves alone: elsewhere "January 23:" opens a label ("Correction,
    January 23: An earlier version ...")."""
    assert doc.dateline is not None
    m = _DATELINE_DAY.search(doc.text, doc.dateline.start, doc.dateline.end)
    found = explicit_date(m.group(0), published) if m is not None else None
    return [] if found is None else [_fact(m, m.group(0), found, "date.explicit:dateline", 0.2)]


def _anchor_on_dateline(published: date, facts: list[Fact]) -> None:
    """"POONCH, Dec 11: ... this evening" in a paper of the 12th: a story filed the day
    before it was printed counts 'today', 'this evening' and 'yesterday' from the day its
    dateline gives, not from the publication day."""
    filed = next((f for f in facts if f.rule.endswith(":dateline")), None)
    if filed is None:
        return
    lag = published - date.fromisoformat(filed.value)
    if not timedelta(days=1) <= lag <= timedelta(days=3):
        return
    for f in facts:
        if f.rule.startswith("date.relative:day") and not f.rule.endswith((":statement", ":told")):
            f.value = f.event_date = (date.fromisoformat(f.value) - lag).isoformat()
            f.rule += ":filed"


_BEFORE_REACH = 400

# "Following the sirens that sounded at 13:27 in Sderot": a time of day with no day
_CLOCK = re.compile(
    r"\bat\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?:\s*(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|local\s+time))?"
    # a military or a post's hour in four figures: "between 0310 and 0345 local", "at 0540 hrs"
    r"|\b(?:at|between)\s+(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:hrs\b|hours\b|local\b|GMT\b|UTC\b|Z\b|and\s+\d{4}\b))")


def _clock_in_lead(doc: Document, published: date, facts: list[Fact]) -> None:
    """An alert timeline or a live page tells the hour, not the day: a time in a lead
    that names no day is the day of publication. Kept as a fallback (rule ":fallback"),
    taken only when the report tells no day of its attack anywhere it is looked for."""
    # (a log's first entry may hold only its stamp: "[08:57] Sirens sounded ...", then
    # "[09:14] Following the sirens that sounded at 08:51 ...": the next two may tell it)
    for block in body_blocks(doc)[:3]:
        if any(block.start <= f.start < block.end for f in facts):
            return
        m = _CLOCK.search(doc.text, block.start, block.end)
        if m is not None:
            facts.append(_fact(m, m.group(0), published, "date.clock:fallback", 0.25))
            return


def _ends_in(
    pattern: re.Pattern[str], lowered: re.Pattern[str], reach: int, before: str, low: str | None
) -> bool:
    """Whether case-blind `pattern`, which starts within `reach` of the end of what it
    matches, matches `before`: its case-sensitive twin `lowered` on the lower-cased clause
    where the document has a faithful one. Only the end of the clause is searched (a
    search from a position still sees the characters before it, for the \\b)."""
    if low is None:
        return pattern.search(before, max(0, len(before) - reach)) is not None
    return lowered.search(low, max(0, len(low) - reach)) is not None


def _long_range(phrase: str) -> bool:
    """Whether a range of days ("17 - 23 December") spans more than three, a period rather
    than the days an attack took ("from 3 to 4 March")."""
    days = [int(d) for d in _DAY_FIGURE.findall(phrase)]
    return len(days) >= 2 and days[1] - days[0] > 2


_DAY_FIGURE = re.compile(r"\b\d{1,2}\b")


def _last_words_start(before: str, words: int) -> int:
    """Where the last `words` whitespace-separated words of `before` begin, or near
    enough: the whitespace just before them."""
    parts = before.rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


def _has_hint(before: str, low: str | None, hint: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """Whether `before` holds one of `words` in any case: `in` tests on its lower-cased
    copy where the document has a faithful one, else the case-blind pattern."""
    if low is None:
        return hint.search(before) is not None
    return has_any(low, words)


_DAY_BEFORE = re.compile(r"yesterday|last\s+night", re.IGNORECASE)
_OVERNIGHT = re.compile(r"overnight", re.IGNORECASE)


def _anchor_on_telling_day(doc: Document, facts: list[Fact]) -> None:
    """"The ministry said on Wednesday that ... overnight": 'overnight', 'last night'
    and 'yesterday' count from the day of the telling named in their sentence, not from
    the publication day (a report published on Thursday about Wednesday's statement)."""
    told: dict[int, Fact] = {}
    for f in facts:
        sent = doc.sentence_at(f.start)
        if sent is not None and f.rule.endswith(":statement") and not f.rule.startswith("date.relative"):
            told.setdefault(sent.index, f)
    if not told:
        return
    for f in facts:
        if not f.rule.startswith("date.relative:day") or f.rule.endswith(":statement"):
            continue
        sent = doc.sentence_at(f.start)
        telling = told.get(sent.index) if sent is not None else None
        if telling is None:
            continue  # (before or after: "Drones struck overnight, the army said on Monday")
        day = date.fromisoformat(telling.value)
        if _DAY_BEFORE.search(f.text):
            day -= timedelta(days=1)
        elif not _OVERNIGHT.search(f.text):
            continue  # "today" in a quoted statement: left as the publication day
        f.value = f.event_date = day.isoformat()
        f.rule += ":told"


def _fact(m: re.Match[str], phrase: str, value: date, rule: str, confidence: float) -> Fact:
    return Fact(
        kind="event_date", value=value.isoformat(), start=m.start(), end=m.end(), text=phrase,
        event_date=value.isoformat(), rule=rule, confidence=confidence,
    )


# Words every date phrase contains. Scanning for them first and trying the full pattern
# only at the few word starts just before each one is ten times faster than letting the
# full pattern try every position of the text.
_TRIGGER = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec)[a-z]*\b|[Yy]esterday|[Tt]oday|[Tt]onight|night|[Oo]vernight|[Tt]his|"
    rf"[Ll]ast|[Ee]arlier|{_DTG}|(?:19|20)\d\d-\d\d-\d\d|\d\d?[./-]\d\d?[./-](?:19|20)\d\d|"
    rf"(?i:on|(?<!\d\s)of|since|until|from|by|before|after)\s+{_DAY_MONTH_FIGURES})"
)
_WORD_AT = re.compile(r"(?<![\w-])\w+")
# The words a date phrase can start with, lower-cased, besides those starting with a
# digit. Each is a whole word in _PHRASES (followed by a space, a comma, a stop or the
# end of a word), so no other word before a trigger need be tried. Looked up in the
# document's faithful lower-cased text, so a case-blind word is found in any case.
_PHRASE_FIRST_WORDS = frozenset(
    "on early late since until from by before after last this next previous coming "
    "overnight earlier yesterday today tonight mid the end beginning start of "
    "january jan february feb march mar april apr may june jun july jul august aug "
    "september sept sep october oct november nov december dec".split()
    + [day.lower() for day in WEEKDAYS]
)
# Where a trigger can start. _TRIGGER itself tries every position of the text against
# all its alternatives; these are found much faster, and each is then checked with it.
# The capitalised and digit triggers: an alternation of plain words, which the regex
# engine skips along by their first characters (capitals and digits are rare).
_TRIGGER_CAPS = re.compile(
    r"Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Yesterday|Today|Tonight|Overnight|This|Last|Earlier|19\d\d-|20\d\d-"
)
# Dates in figures ("14.03.2026"), looked for by themselves: a pattern that opens with a
# digit is skipped along by the engine to the next digit, and most texts hold few.
_TRIGGER_NUMERIC = re.compile(r"\d\d?[./-]\d\d?[./-](?:19|20)\d\d")
# ... whose year follows one of these: a text holding none (most do) needs no scan
_NUMERIC_YEAR_CUES = (".19", ".20", "/19", "/20", "-19", "-20")
_TRIGGER_DAY_MONTH = re.compile(rf"\b(?:on|(?<!\d\s)of|since|until|from|by|before|after)\s+{_DAY_MONTH_FIGURES}", re.IGNORECASE)
# The lower-case ones, by str.find: each word, and how far into the trigger it lies
# ("night" ends "tonight" and "overnight").
_TRIGGER_WORDS = (
    ("yesterday", (0,)), ("today", (0,)), ("night", (0, 2, 4)), ("this", (0,)), ("last", (0,)),
    ("earlier", (0,)),
)


def _trigger_starts(text: str) -> list[int]:
    """Where _TRIGGER.finditer(text) finds its matches."""
    places = {m.start() for m in _TRIGGER_CAPS.finditer(text)}
    if has_any(text, _NUMERIC_YEAR_CUES):
        places.update(m.start() for m in _TRIGGER_NUMERIC.finditer(text)
                      if m.start() == 0 or not text[m.start() - 1].isdigit())
    if "/" in text:
        places.update(m.start() for m in _TRIGGER_DAY_MONTH.finditer(text))
    places.update(m.start() for m in _TRIGGER_DTG.finditer(text))
    for word, intos in _TRIGGER_WORDS:
        i = text.find(word)
        while i >= 0:
            places.update(i - into for into in intos if i >= into)
            i = text.find(word, i + 1)
    starts: list[int] = []
    end = 0
    for q in sorted(places):
        if q >= end and (t := _TRIGGER.match(text, q)):
            starts.append(q)
            end = t.end()
    return starts


def _phrases(text: str, lower: str | None = None) -> list[re.Match[str]]:
    """The date phrases of `text`; `lower` is its faithful lower-cased copy, if any
    (Document.lower), which spares trying the words that start no phrase."""
    found: list[re.Match[str]] = []
    last_end = -1
    for p in _trigger_starts(text):
        if p < last_end:
            continue
        lo = max(0, p - 32, last_end)
        if lower is None:
            starts = [w.start() for w in _WORD_AT.finditer(text, lo, p)]
        else:
            starts = [
                w.start() for w in _WORD_AT.finditer(lower, lo, p)
                if (word := w.group()) in _PHRASE_FIRST_WORDS or word[0].isdigit()
            ]
        starts.append(p)
        for q in starts:
            m = _PHRASES.match(text, q)
            if m and m.end() > p:
                found.append(m)
                last_end = m.end()
                break
    return found


def _resolve(kind: str, phrase: str, published: date) -> tuple[date, str, float] | None:
    low = phrase.lower()
    if kind == "md":
        found = explicit_date(phrase, published)
        return (found, "date.explicit", 0.9) if found else None
    if kind == "iso":
        # "on 2025-03-14": wire copy, logs and translated bulletins write the date out
        try:
            found = date.fromisoformat(_ISO_DATE.search(phrase).group(0))
        except ValueError:
            return None
        return found, "date.iso", 0.9
    if kind == "dtg":
        months = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
        try:
            found = date(2000 + int(phrase[-2:]), months.index(phrase.split()[1].upper()) + 1, int(phrase[:2]))
        except ValueError:
            return None
        return found, "date.dtg", 0.9
    if kind == "num":
        found = _numeric_date(phrase, published)
        return (found, "date.numeric", 0.8) if found else None
    if kind == "dm":
        found = _day_month_figures(phrase, published)
        return (found, "date.numeric", 0.7) if found else None
    if kind == "mp":
        return _month_part(low, published)
    if kind == "wk":
        return _weekday(phrase, published)
    return _relative(low, published)


_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_NUMERIC_PARTS = re.compile(r"(\d\d?)([./-])(\d\d?)[./-](\d{4})")


def _numeric_date(phrase: str, published: date) -> date | None:
    """'14.03.2026' is day.month (the dotted form is European); '03/14/2026' and
    '14/03/2026' are read whichever way names a real day, and where both do, the reading
    nearest before the publication (a report tells of what has happened)."""
    m = _NUMERIC_PARTS.search(phrase)
    if m is None:
        return None
    a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    readings = [(year, b, a)] if sep == "." else [(year, b, a), (year, a, b)]
    days: list[date] = []
    for y, month, day in readings:
        try:
            days.append(date(y, month, day))
        except ValueError:
            continue
    past = [d for d in days if d <= published]
    if past:
        return max(past)
    return min(days) if days else None
def _day_month_figures(phrase: str, published: date) -> date | None:
    """'on 17/11' is day/month, as the posts that write it mean, in the year that puts it
    on or before the publication; month/day only where day/month names no real day."""
    a, b = (int(x) for x in re.findall(r"\d+", phrase)[-2:])
    for month, day in ((b, a), (a, b)):
        for year in (published.year, published.year - 1):
            try:
                found = date(year, month, day)
            except ValueError:
                break  # (no such day in any year: try the other reading)
            if found <= published:
                return found
    return None


_WEEKDAY = re.compile(_WD)
_LAST = re.compile(r"(?:last|previous)\b")


def _weekday(phrase: str, published: date) -> tuple[date, str, float]:
    names = _WEEKDAY.findall(phrase)
    # "overnight into Tuesday", "Monday night to Tuesday": the night ends on the later day
    name = names[-1]
    back = (published.weekday() - WEEKDAYS.index(name)) % 7
    low = phrase.lower()
    if back == 0 and _LAST.match(low):
        back = 7  # "last Saturday" written on a Saturday is a week ago
    return published - timedelta(days=back), "date.weekday", 0.8


def _weekday_ahead(phrase: str, published: date) -> date:
    name = _WEEKDAY.findall(phrase)[-1]
    ahead = (WEEKDAYS.index(name) - published.weekday()) % 7 or 7
    return published + timedelta(days=ahead)


_SPACES = re.compile(r"\s+")


def _relative(low: str, published: date) -> tuple[date, str, float] | None:
    low = _SPACES.sub(" ", low)
    if "yesterday" in low or "last night" in low:
        return published - timedelta(days=1), "date.relative:day", 0.7
    if "this week" in low:
        monday = published - timedelta(days=published.weekday())
        return monday, "date.relative:week", 0.3
    if "last week" in low:
        return published - timedelta(days=7), "date.relative:week", 0.3
    if "this month" in low:
        return published.replace(day=max(1, (published.day + 1) // 2)), "date.relative:month", 0.2
    if "last month" in low:
        first = published.replace(day=1) - timedelta(days=1)
        return first.replace(day=15), "date.relative:month", 0.2
    # today, tonight, this morning, earlier today, overnight: the publication day
    return published, "date.relative:day", 0.6


_PART_DAY = {"mid": 15, "early": 5, "late": 25, "beginning": 1, "start": 1, "end": 28}
_PART_WORDS = [(p, re.compile(rf"\b{p}\b")) for p in _PART_DAY]
_YEAR_RE = re.compile(_YEAR)
_MONTH_STARTS = [re.compile(rf"\b{name[:3].lower()}") for name in MONTHS]


def _month_part(low: str, published: date) -> tuple[date, str, float] | None:
    low = _SPACES.sub(" ", low.replace("-", " "))
    part = next((p for p, word in _PART_WORDS if word.search(low)), "mid")
    if "last month" in low:
        ref = published.replace(day=1) - timedelta(days=1)
        year, month = ref.year, ref.month
    elif "this month" in low:
        year, month = published.year, published.month
    else:
        month = _month_number(low)
        if month is None:
            return None
        y = _YEAR_RE.search(low)
        year = int(y.group(0)) if y else (
            published.year if month <= published.month else published.year - 1
        )
    day = _PART_DAY[part]
    if part == "end":
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        day = (nxt - timedelta(days=1)).day
    # the rule id carries the precision: the day is a stand-in for "some day in that part"
    return date(year, month, day), f"date.month_part:{part}", 0.4


def _month_number(low: str) -> int | None:
    for i, start in enumerate(_MONTH_STARTS):
        if start.search(low):
            return i + 1
    return None


_MONTH_DAY = re.compile(rf"({_MONTH_RE})\s+({_DAY})(?:{_DAY_TO}{_DAY})?(?:,?\s+({_YEAR}))?")
# the first day of a range ("3-4 March") is the day the night or span began
_DAY_MONTH = re.compile(rf"({_DAY})(?:{_DAY_AND}{_DAY})?\s+(?:of\s+)?({_MONTH_RE})(?:,?\s+({_YEAR}))?")
_NON_DIGITS = re.compile(r"\D")


def _canonical(phrase: str) -> str | None:
    """'on Monday, Feb. 15th, 2024' -> 'Feb 15 2024': the part dateparser needs, in one
    spelling, so the cache sees one key per date."""
    m = _MONTH_DAY.search(phrase)
    if m:
        month, day, year = m.group(1), m.group(2), m.group(3)
    else:
        m = _DAY_MONTH.search(phrase)
        if not m:
            return None
        day, month, year = m.group(1), m.group(2), m.group(3)
    day = _NON_DIGITS.sub("", day)
    month = month.rstrip(".")[:3]
    return f"{month} {int(day)}" + (f" {year}" if year else "")


def explicit_date(phrase: str, published: date) -> date | None:
    canon = _canonical(phrase)
    if canon is None:
        return None
    return _dateparser(canon, published)


_MONTH_NUMBER = {name[:3]: i + 1 for i, name in enumerate(MONTHS)}


def _calendar_date(canon: str, published: date) -> date | None:
    """dateparser's reading of a canonical phrase that names a real calendar day: the
    year given, else the latest such day not after publication (PREFER_DATES_FROM past).
    Checked against dateparser for every month and day over many publication dates and
    years. None where there is no such day ("Feb 30", "Feb 29" in a common year): those
    are left to dateparser."""
    month, day, *year = canon.split()
    try:
        if year:
            return date(int(year[0]), _MONTH_NUMBER[month], int(day))
        found = date(published.year, _MONTH_NUMBER[month], int(day))
        if found > published:
            found = found.replace(year=published.year - 1)
    except ValueError:
        return None
    return found


@lru_cache(maxsize=8192)
def _dateparser(canon: str, published: date) -> date | None:
    found = _calendar_date(canon, published)
    if found is not None:
        return found  # dateparser's answer: no need to load and ask it
    import dateparser  # imported on first use: loading it costs a tenth of a second

    found = dateparser.parse(
        canon,
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(published.year, published.month, published.day),
            "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    return found.date() if found else None
