"""Number phrases: the amount a stretch of text states, with its bounds and qualifier.

Conventions (DESIGN.md): exact and about keep `value`; every other qualifier leaves
`value` None and states the bounds ("more than 60" -> min 61, "dozens" -> min 24).
Numbers that can never be an attack count (years, times of day, calibres, model numbers,
ordinals, distances, percentages, money, ages, days of the month) are not returned, so a
caller can treat every returned amount as a candidate count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as _sre  # to read a pattern's possible starts
from re import _parser as _sre_parse

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

# Vague amounts: the lower bound an analyst would code for each (None = unknown).
VAGUE_MIN: dict[str, int | None] = {
    "dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2000,
    "several": 3, "multiple": 2, "numerous": None, "many": None, "a number": None,
    "a few": None, "a handful": None, "a couple": 2, "a series": None,
}

# Nouns for a group of munitions fired together, and adjectives met before them.
SALVO_WORDS = ["barrage", "salvo", "volley", "wave", "swarm", "squadron"]
SALVO_MODS = ["massive", "large", "huge", "heavy", "fresh", "new", "fierce", "intense",
              "sustained", "renewed", "combined", "major"]

# Units after a vague word: "several dozen" is at least 36.
_VAGUE_UNITS = {"dozen": 12, "hundred": 100, "thousand": 1000}

# Qualifier words before a number and the qualifier they give.
QUALIFIERS: dict[str, str] = {
    "at least": "at_least", "a minimum of": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "not less than": "at_least", "not fewer than": "at_least",
    "more than": "more_than", "over": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "just over": "more_than", "well over": "more_than", "north of": "more_than",
    # (a toll that "has exceeded 380 martyrs")
    "exceeded": "more_than", "exceeding": "more_than",
    "nearly": "about", "almost": "about", "close to": "about", "about": "about",
    "around": "about", "approximately": "about", "approx.": "about", "approx": "about",
    "some": "about", "roughly": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "just under": "about", "an approximate": "about",
    "up to": "up_to", "as many as": "up_to", "not more than": "up_to",
    "no more than": "up_to", "at most": "up_to", "fewer than": "up_to", "less than": "up_to",
    # "launched a record 810 drones": the figure itself, exact
    "a record": "exact",
}
# Bounds shift: "more than 60" is at least 61, "fewer than 10" at most 9.
_STRICT = {"more than", "over", "in excess of", "upwards of", "just over", "well over", "north of", "exceeded", "exceeding"}
_STRICT_BELOW = {"fewer than", "less than"}

# Words that stand for a whole set or its remainder; the caller resolves them against
# the set named before ("the rest were intercepted").
REFS = {
    "all": "all", "all of them": "all", "every one": "all",
    "the rest": "rest", "the remainder": "rest", "the remaining": "rest",
    "remainder": "rest",  # a headline drops the article: "..., remainder landed in open areas"
    "rest": "rest",  # ... and so does clipped copy: "Four were intercepted, rest fell in open ground"
    "the others": "rest", "the other": "other", "most": "most", "the majority": "most",
    "the bulk": "most", "almost all": "most", "nearly all": "most",
    # statements say "the vast majority were shot down", often with the phrase in quotes
    "large majority": "most", "vast majority": "most", "overwhelming majority": "most",
    "the large majority": "most", "the vast majority": "most",
    "the overwhelming majority": "most",
}
# Ordinals name one more item of a set already counted ("a third fell in an open area").
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
for _ord in ORDINALS:
    REFS[f"a {_ord}"] = REFS[f"the {_ord}"] = "one"
for _ord in ("2nd", "3rd", "4th", "5th", "6th"):  # "a 3rd drone struck an empty lot"
    REFS[f"a {_ord}"] = REFS[f"the {_ord}"] = "one"
# "three people were killed and another was wounded": one more of the same kind
REFS["another"] = "one"
REFS["the last"] = "one"  # "Of the five that got through, ... the last fell on a mosque"
# Ordinals listed together name as many items: "the second and third landed in the
# bazaar" is two more of the set.
_ORD_ALT = "|".join(ORDINALS)
_ORDINAL_LIST = (rf"\b(?:the|a)\s+(?:first|{_ORD_ALT})(?:\s*,\s*(?:the\s+|an?\s+)?(?:{_ORD_ALT}))*"
                 rf"\s*,?\s+and\s+(?:the\s+|an?\s+)?(?:{_ORD_ALT})\b")
_ORDINAL_NAME = re.compile(rf"\b(?:first|{_ORD_ALT})\b")


def trie_pattern(words: list[str]) -> str:
    """One regex alternation for many literal words, shared prefixes factored out so the
    engine tries a handful of branches per position instead of every word."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
                    for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(tree)


_WORD_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORD_TEN = "|".join(_TENS)
# (a repost may write the unit as a digit: "twenty 6 drones")
_WORDNUM = rf"(?:(?:{_WORD_TEN})(?:[- ](?:{_WORD_UNIT})|\s[1-9](?![\d,.:\w-]))?|{_WORD_UNIT})"
_HUNDRED = rf"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?{_WORDNUM})?)"
# (bulletins and posts: "2x Iskander-M" is two, as is "shot down 2x;"; "23+ killed" is at least 23)
# (the lookahead turns a word away at once, before the two look-behinds are tried)
_DIGITS = r"(?=\d)(?:(?<![\w$€£¥:/.,])(?<![A-Za-z]-)|(?<=\s[xX×]))(?:\d{1,3}(?:,\d{3})+|\d+)(?:[xX×](?=[\s;,.)]|$)|\+(?![\d\w+]))?(?![\d,]\d|[:.]\d|\w)"
_DOZEN = r"(?:(?:a|one|two|three|four|half\s+a)\s+dozen)"
# (a local paper's "2 dozen mortar shells": tried before the digit alone, which would stop at "2")
_DIGIT_DOZEN = r"(?<![\w$€£¥:/.,])[1-9]\s+dozen\b(?!s)"
# ("more than seventy thousand", "about one thousand two hundred": a figure in words past
# a hundred, as simple-English copy and transcripts write it)
_THOUSAND = rf"(?:(?:a|{_WORDNUM})\s+thousand(?:\s+(?:and\s+)?(?:{_HUNDRED}|{_WORDNUM}))?\b)"
_CORE = rf"(?:{_DIGIT_DOZEN}|{_DIGITS}(?:\s+thousand)?|{_THOUSAND}|{_HUNDRED}|{_DOZEN}|\b(?:{_WORDNUM})\b)"
# A plain figure in digits or words, with no qualifier, for rules that read one inside a
# pattern of their own (its value: word_value)
FIGURE = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_THOUSAND}|{_HUNDRED}|\b(?:{_WORDNUM})\b)"

# (a prefix tree: at a place the engine follows the one branch its letters allow, longest
# qualifier first as a longest-first alternation would, instead of trying each in turn)
_QUAL = trie_pattern(sorted(QUALIFIERS))
_VAGUE = (
    r"tens\s+of(?:\s+thousands\s+of)?"
    r"|(?:dozens|scores|hundreds|thousands)(?:\s+(?:upon|and)\s+(?:dozens|hundreds|thousands))?"
    r"(?:\s+of(?:\s+thousands\s+of)?)?"
    # "several dozen" is at least three dozen; "a few hundred" has no stated floor
    r"|(?:several|a\s+few)\s+(?:dozen|hundred|thousand)(?:\s+of)?"
    r"|several|multiple|numerous|many"
    # a quote may open inside: 'a "large number" of drones'
    r"|an?\s+[\"“]?(?:(?:small|large|big|great|limited|significant|substantial|considerable|growing|"
    r"unknown|undisclosed|unspecified)\s+)?number[\"”’]?\s+of"
    r"|a\s+(?:handful|series)\s+of|a\s+few"
    # ("a handful fell in open areas": the bare word only before its verb)
    r"|a\s+handful(?=\s+(?:fell|landed|hit|struck|exploded|crashed|impacted|were|was|had|have|that|which|got|made)\b)"
    # a salvo is not a count (PATTERNS.md): "a barrage of rockets" is a vague launch; when a
    # figure follows ("a barrage of 40 rockets") the caller keeps the figure instead
    rf"|an?\s+(?:(?:{'|'.join(SALVO_MODS)})\s+)?(?:{'|'.join(SALVO_WORDS)})\s+of"
)
_REF = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(REFS, key=len, reverse=True) if r != "rest")
# the bare word only where an outcome follows: "rest fell", never "rest of the day", "at rest"
_REF += r"|(?<!\bat\s)rest(?=\s+(?:fell|landed|hit|struck|exploded|crashed|impacted|were|was)\b)"

_PHRASE = re.compile(
    rf"""
    (?:\bbetween\s+(?P<lo>{_CORE})\s+and\s+(?P<hi>{_CORE})\b)
    # "fired two volleys of rockets": the figure counts the volleys; the rockets are vague
    | (?P<salvos>\b(?:two|three|four|five|six|several|multiple|numerous|\d{{1,2}})\s+(?:(?:{'|'.join(SALVO_MODS)})\s+)?
         (?:barrages|salvos|salvoes|volleys|waves|swarms)\s+of\b
    # ("launched waves of drones at the city": so many that only their waves are told)
       | \bwaves\s+of\b)
    | (?:(?:\b(?P<qual>{_QUAL})\s*)?
         (?P<core>{_CORE})
         (?:\s*(?:-|–|to|or)\s*(?P<to>{_CORE}))?)
    | (?P<pair>\ba\s+pair\s+of\b|\ba\s+couple\b(?!\s+of\b)|(?<=remaining\s)pair\b|(?<=other\s)pair\b)  # "the remaining pair struck"
    | (?P<couple>\b(?:a|another)\s+couple\s+of\b)
    | (?P<score>\ba\s+score\s+of\b)
    | (?P<both>\bboth\b)
    | (?P<zero>\b(?:none|neither|no(?:\s+one|-one)?|nobody|zero)\b)
    | (?P<vague>\b(?:{_VAGUE})\b)
    | (?P<ords>{_ORDINAL_LIST})
    | (?P<ref>\b(?:{_REF})\b)
    | (?P<art>\ban?\b(?!\s*-|\.))  # (not "a.m.")
    """,
    re.VERBOSE,
)  # matched on lower-cased text
_PHRASE_ANYCASE = re.compile(_PHRASE.pattern, re.IGNORECASE | re.VERBOSE)

# What follows a number that makes it a measure, a time or an age, never a count.
_NOT_COUNT_AFTER = re.compile(
    r"""\s?-?\s?(?:mm|cm|km|kms|kilomet(?:er|re)s?|miles?|metres?|meters?|m|ft|feet|kg|
    tons?|tonnes?|%|per\s?cent|percent|hours?|hrs?|gmt|utc|a\.m\.|p\.m\.|am|pm|o['’]clock|
    (?:-|\s)?years?(?:[- ]old)?|yrs?|months?|weeks?|days?|minutes?|mins?|seconds?|km/h|mph|
    knots|degrees|times|million|billion|trillion|dollars|euros|pounds|shekels|rubles|
    -?rupees?|-?naira|-?kyats?|-?riyals?|-?dinars?|-?shillings?|-?pesos?|-?hryvnias?|  # ("50,000-rupee drones")
    -stor(?:e?y|eys|ies)|-floor|-wheelers?|-seaters?|-lane|-bed(?:ded)?|-room|-member|
    -pounds?|-pounders?|-lbs?|-kilo(?:gram)?s?|-tonnes?|-tons?|/\d{2,3}\s?mm|
    -thousand|-hundred-|-strong|-dollars?|  # "twenty-thousand-dollar drones", "a three-thousand-strong force"
    -way|-off|-time|-sided|-thirds?|-quarters?|-fifths?|-half|  # "one-way attack drones", "two-thirds"
    head\s+of\s+(?:cattle|livestock|sheep|goats)|cattle|sheep|goats|cows|camels|livestock|
    of\s+(?:his|her|their|the\s+family['’]s)\s+(?:sheep|goats|cattle|cows|camels|livestock)|  # "killing 20 of his sheep"
    in\s+the\s+(?:morning|afternoon|evening)|at\s+night|
    # "one after the other", "one by one": how, not how many ("40 by one count" is a count)
    (?:after\s+(?:the\s+other|another)|by\s+one)(?=\s*(?:[,.;:!?”"]|\Z)|\s+(?:and|as|until|in|on|over|into)\b)|
    (?:january|february|march|april|may|june|july|august|september|october|november|
    december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)(?![\w])""",
    re.VERBOSE,
)  # matched on a lower-cased window
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
               r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
_MONTH_BEFORE = re.compile(rf"{_MONTH_WORD}\.?\s+$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_OR_MORE = re.compile(r"\s+or\s+more\b", re.IGNORECASE)
_DAY_MONTH_BEFORE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}\.?\s+$", re.IGNORECASE)
# an age in figures or in words ("two children aged six and nine")
_AGE_FIGURE = (r"(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)(?:-[a-z]+)?)")
# "aged 45", and both figures of "two brothers aged 16 and 19", "aged between 29 and 63"
_AGED_BEFORE = re.compile(
    # (one "and" at most: in "17 students aged between 7 and 15 and two teachers" the two are no age)
    rf"\b(?:(?:aged|ages|age)\s+(?:of\s+)?(?:between\s+)?(?:{_AGE_FIGURE}\s*,\s*){{0,3}}"
    rf"(?:{_AGE_FIGURE}\s*(?:,|and|to|-|–)\s*)?|"
    r"(?:boy|girl|man|woman|child|son|daughter)\s+of\s+)$", re.IGNORECASE)
_AGED_REACH = 32
# (in brackets only: "KILLS 6" in a headline in capitals is no designation)
_DESIGNATION_BEFORE = re.compile(r"\([A-Z]{2,5}\s\Z")
# The characters a month (or its abbreviation and dot) and "aged (of)" can end on, in
# either case ("ſ" reads as "s" in a case-blind pattern): a figure after anything else
# needs neither search, which tries every place of its window.
_MONTH_LAST = frozenset("yhletrnbgpvcYHLETRNBGPVC.")
_AGED_LAST = frozenset("dsefnoDSEFNOſ-–,")


def char_before(text: str, lo: int, hi: int) -> str:
    """The last character of text[lo:hi] that is not a space ("" if none): the character
    a phrase must end on for a search of the window before a figure to be worth trying."""
    return text[lo:hi].rstrip()[-1:]


def _aged_before(text: str, s: int) -> bool:
    return char_before(text, max(0, s - _AGED_REACH), s) in _AGED_LAST and _AGED_BEFORE.search(
        text, max(0, s - _AGED_REACH), s) is not None
# "The driver, 29, was treated", "Private Elvin Mammadov, 21, had been wounded": a figure
# set off by commas right after a noun or a name is the person's age.
_APPOSITIVE_AGE_BEFORE = re.compile(r"[A-Za-z][\w.’'-]*,\s+$")
# (or at the sentence's end: "injuring a man, 44, and a woman, 39.")
_APPOSITIVE_AGE_AFTER = re.compile(r"\s*(?:,|\.(?!\d))")
_PARENT_OF_BEFORE = re.compile(r"\b(?:father|mother|parent|dad|mum|mom)\s+of\s+$", re.IGNORECASE)
_AGE_PAIR_AFTER = re.compile(r"\s+and\s+\d{1,2}\s*,")
_AGE_PAIR_BEFORE = re.compile(r"[A-Za-z][\w.’'-]*,\s+\d{1,2}\s+and\s+$")
_PERSON_BRACKET_BEFORE = re.compile(
    r"(?:\b(?:man|woman|boy|girl|person|resident|driver|soldier|civilian|officer|child|wife|husband|son|daughter|"
    # (a name may end in an initial: "his cousin Ali A. (27)")
    r"mother|father|farmer|guard|worker|teacher|nurse|doctor|shopkeeper)|\b[A-Z][a-z]+(?:\s+[A-Z]\.)?)\s*\($")
_ASIDE_AGE_BEFORE = re.compile(r"\([A-Za-z][^()]{1,50},\s*$")
_AGE_QUALIFIER = re.compile(r"(?:around|about|roughly|approximately|some|nearly|almost)\s*", re.IGNORECASE)
_ONE_PERSON_BEFORE = re.compile(r"\b(?:man|woman|boy|girl|person|resident|driver|soldier|civilian|officer|child),\s+$",
                                re.IGNORECASE)
# Small patterns of the per-figure code, compiled once rather than looked up per call.
_SPACES = re.compile(r"\s+")
_DASH_OR_SPACE = re.compile(r"[- ]")
_OF_AFTER = re.compile(r"\s+of\b")


# Not frozen=True, though nothing assigns to an Amount once made (counts makes changed
# copies with dataclasses.replace): a frozen dataclass sets each field through
# object.__setattr__, which made building one four times dearer, and find builds some
# fifty a report. (unsafe_hash: hashed by its fields, as a frozen one is.)
@dataclass(slots=True, unsafe_hash=True)
class Amount:
    """A number phrase found at `start:end` of the searched string."""

    start: int
    end: int
    text: str
    value: int | None
    min: int | None
    max: int | None
    qualifier: str
    ref: str | None = None  # all, rest, other, most: resolved by the caller
    article: bool = False  # "a"/"an": one, but only when the noun makes it clearly one
    zero: bool = False  # none, no, neither, no one
    number_start: int = -1  # where the figure itself starts (after any qualifier)
    but: int = 0  # "all but two": how many the whole set is short of


def word_value(token: str) -> int | None:
    """Value of one number token: digits, a number word or compound, a dozen, a hundred."""
    if token.isascii() and token.isdigit():
        return int(token)  # the common plain figure
    t = " ".join(token.lower().split())
    if not t:
        return None
    if t[0].isdigit():
        t = t.rstrip("x×+")
        mult = 1
        if t.endswith(" thousand"):
            t, mult = t[: -len(" thousand")], 1000
        elif t.endswith(" dozen"):
            t, mult = t[: -len(" dozen")], 12
        try:
            return int(t.replace(",", "")) * mult
        except ValueError:
            return None
    for scale, size in ((" thousand", 1000), (" hundred", 100)):
        # ("one thousand two hundred", "one hundred and four": the head times the scale, and the rest)
        if scale in t:
            head, _, rest = t.partition(scale)
            base = size * (1 if head in ("a", "one") else (word_value(head) or 0))
            rest = rest.strip().removeprefix("and ")
            extra = word_value(rest) if rest else 0
            return base + (extra or 0) if base else None
    if t.endswith("dozen"):
        head = t[: -len("dozen")].strip()
        if head in ("a", "one", ""):
            return 12
        if head == "half a":
            return 6
        n = _UNITS.get(head)
        return 12 * n if n is not None else None
    if t in _UNITS:
        return _UNITS[t]
    parts = _DASH_OR_SPACE.split(t)
    if parts[0] in _TENS:
        if len(parts) == 1:
            return _TENS[parts[0]]
        unit = int(parts[1]) if len(parts[1]) == 1 and parts[1].isdigit() else _UNITS.get(parts[1])
        if unit is not None and 0 < unit < 10:
            return _TENS[parts[0]] + unit
    return None


def bounds(qual: str | None, n: int) -> tuple[int | None, int | None, int | None, str]:
    """(value, min, max, qualifier) for a figure n under a qualifier phrase."""
    if qual is None:
        return n, n, n, "exact"
    q = " ".join(qual.lower().split())
    kind = QUALIFIERS.get(q, "about")
    if kind == "exact":
        return n, n, n, "exact"
    if kind == "about":
        return n, None, None, "about"
    if kind == "at_least":
        return None, n, None, "at_least"
    if kind == "more_than":
        return None, n + 1 if q in _STRICT else n, None, "more_than"
    # up_to
    return None, None, n - 1 if q in _STRICT_BELOW else n, "up_to"


def _is_blocked(text: str, m: re.Match[str], core: str, low: str | None = None) -> bool:
    """True when a plain figure is a year, a time, a measure, a date or an age (`low`:
    the text lower-cased, aligned with it, spares lower-casing a window)."""
    end = m.end()
    if low is not None:
        after = _NOT_COUNT_AFTER.match(low, end, end + 24)
    else:
        after = _NOT_COUNT_AFTER.match(text[end : end + 24].lower())
    if after:
        return True
    s = m.start("core")
    # the character ending the words before the figure, which both searches before it
    # need (see char_before): taken once
    prev = char_before(text, max(0, s - 12), s)
    if core[0].isdigit() and prev in _MONTH_LAST and _MONTH_BEFORE.search(text, max(0, s - 12), s) and (
            not _DAY_MONTH_BEFORE.search(text, max(0, s - 16), s)):
        return True  # ("on 8 January 2 civilians were killed": the month has its day already)
    if core.isdigit() and len(core) == 4 and _YEAR.fullmatch(core) and "," not in m.group("core"):
        return True  # (a year is never written "2,000")
    if prev in _AGED_LAST and _aged_before(text, s):
        return True  # "a man, aged 45," is an age
    if m.group("qual") is not None and _aged_before(text, m.start()):
        return True  # "a man aged about 40 was lightly hurt"
    if prev == "(" and text.startswith(")", end) and _PERSON_BRACKET_BEFORE.search(text, max(0, s - 30), s):
        return True  # "the driver (44) was wounded", "U Tin Maung (67)": an age
    if prev == "," and text.startswith(")", end) and core.isdigit() and int(core) < 110 and (
            _ASIDE_AGE_BEFORE.search(text, max(0, s - 40), s)):
        return True  # "1 crew member (Filipino national, 44) KIA": an age in an aside
    if prev.isupper() and _DESIGNATION_BEFORE.search(text, max(0, s - 8), s):
        return True  # "the USS Eisenhower (CVN 69)": a hull number
    if (core.isdigit() and int(core) < 110 and _APPOSITIVE_AGE_AFTER.match(text, end) and (
            (m.group("qual") is None and _APPOSITIVE_AGE_BEFORE.search(text, max(0, s - 40), s))
            # ("a man, around 70, who was lightly injured": his age; "the soldiers, about 30,
            # were wounded": how many)
            or (m.group("qual") is not None and _AGE_QUALIFIER.fullmatch(m.group("qual"))
                and _ONE_PERSON_BEFORE.search(text, max(0, m.start() - 40), m.start())))):
        return True
    if core.isdigit() and int(core) < 110 and m.group("qual") is None and (
            (_AGE_PAIR_AFTER.match(text, end) and _APPOSITIVE_AGE_BEFORE.search(text, max(0, s - 40), s))
            or (_APPOSITIVE_AGE_AFTER.match(text, end) and _AGE_PAIR_BEFORE.search(text, max(0, s - 50), s))):
        return True  # "two boys, 9 and 12, were hurt": their ages
    if prev == "f" and _PARENT_OF_BEFORE.search(text, max(0, s - 16), s):
        return True  # "a father of three": his children, not a count
    if prev in ".oOr#" and core.isdigit() and _SERIAL_BEFORE.search(text, max(0, s - 5), s):
        return True  # "Constable Muhammad Iqbal (No. 1187)", "Police Station No 2": a number, not a count
    if prev.isalpha() and core.isdigit() and _UNIT_NAME_BEFORE.search(text, max(0, s - 12), s):
        return True  # "troops of Sector 3 repelled the attack", "Terminal 2 was hit": a name
    if prev.isalpha() and core.isdigit() and _PART_NAME_BEFORE.search(text, max(0, s - 10), s) and (
            _PART_NAME_AFTER.match(text, end)):
        return True  # "a drone over pavilion 4, which was neutralized": the part's number
    if core.isdigit() and text[end + 1 : end + 2].isupper() and _UNIT_AFTER.match(text, end):
        return True  # "a jawan of the 8 Rajputana Rifles": a unit's number
    if prev in "eE" and core.isdigit() and _UPDATE_BEFORE.search(text, max(0, s - 8), s) and (
            _UPDATE_NUMBER_AFTER.match(text, m.end("core"))):
        # "Corrects UPDATE 2: 20 injured", "UPDATE 1 (09:05)": the update's number (and not
        # a range with the figure after its dash: "UPDATE 1 - Three drones were launched")
        return True
    return False


_SERIAL_BEFORE = re.compile(r"(?:\b(?:No|NO|Nr)\.?|\bno\.|#)\s?\Z")
# A numbered unit, place or part of a site, capitalised as a name
_UNIT_NAME_BEFORE = re.compile(
    r"\b(?:Sector|Brigade|Battalion|Division|Regiment|Platoon|Squadron|Wing|Zone|Phase|Block|Gate|Ward|"
    r"Terminal|Hangar|Pier|Berth|Runway|Route|Highway|Camp|Unit|Building|Tower)\s\Z")
# ... or in lower case, a part of a site named by its number, which no noun follows
_PART_NAME_BEFORE = re.compile(r"\b(?:pavilion|ward|gate|platform|terminal|hangar|pier|berth|runway|sector|hall)\s\Z")
_PART_NAME_AFTER = re.compile(r"\s*[,.;:)]|\s+(?:of|in|at|was|which|where|and)\b")
_UNIT_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:Rifles|Regiment|Brigade|Battalion|Division|Corps|Infantry|Artillery|"
    r"Squadron|Wing|Company|Group|Army|Fleet|Sector|Mountain|Para|Sikh|Jat)\b")
_UPDATE_BEFORE = re.compile(r"\b(?:UPDATE|Update|update)\s\Z")  # (find_lowered tries it on lower-cased text)
_UPDATE_NUMBER_AFTER = re.compile(r"\s*[:(|—–-]")


def lead_pattern(pattern: str, k: int = 3) -> str:
    """A prefix-tree alternation of the first `k` characters (lower-cased) that any match
    of `pattern` can begin with. Put in a lookahead before a long alternation (case-blind
    when the alternation is), it turns a place away after a letter or two instead of after
    trying every branch; it never turns away a place where the alternation matches.
    Returns "" when a match may start with anything (no gate possible)."""
    starts = {s for s, _ in _lead_seq(list(_sre_parse.parse(pattern)), k)}
    return "" if "" in starts else trie_pattern(sorted(starts))


def words_of(pattern: str) -> set[str]:
    """Every string (lower-cased) a pattern of plain alternatives and optional letters
    matches, such as "man|wom[ae]n|fiancee?"."""
    out = _lead_seq(list(_sre_parse.parse(pattern)), 64)
    assert all(not closed for _, closed in out), "a finite list of words only"
    return {w for w, _ in out}


def _lead_seq(items: list, k: int) -> set[tuple[str, bool]]:
    """(prefix, closed) pairs for a sequence of parsed items; a closed prefix is not
    extended further (it reached `k` or met an item that may be any character)."""
    cur = {("", False)}
    for item in items:
        nxt: set[tuple[str, bool]] = set()
        for s, closed in cur:
            if closed or len(s) >= k:
                nxt.add((s[:k], True))
                continue
            for t, c in _lead_item(item, k - len(s)):
                u = s + t
                nxt.add((u[:k], c or len(u) >= k))
        cur = nxt
    return cur


def _lead_item(item: tuple, k: int) -> set[tuple[str, bool]]:
    op, av = item
    if op is _sre.LITERAL:
        return {(chr(av).lower(), False)}
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        return {(chr(a).lower(), False) for _, a in av}
    if op is _sre.SUBPATTERN:
        return _lead_seq(list(av[3]), k)
    if op is _sre.BRANCH:
        return {x for alt in av[1] for x in _lead_seq(list(alt), k)}
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        top = min(hi, k)
        out: set[tuple[str, bool]] = set()
        for n in range(lo, top + 1):
            seq = _lead_seq(list(sub) * n, k)
            # more repeats than `top` only make the prefix longer: close it here
            out |= {(s, True) for s, _ in seq} if n == top and hi > top else seq
        return out
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {("", False)}  # zero-width: the next item starts here
    return {("", True)}  # a class, a category, any character: no letter to require


# Where a number phrase can start. Matched on the lower-cased text without IGNORECASE
# (much faster in `re`); the full phrase pattern then runs only at these places.
_STARTER_WORDS = list(_UNITS) + list(_TENS) + [
    "dozens", "scores", "tens", "hundreds", "thousands", "several", "multiple", "numerous",
    "many", "both", "none", "neither", "nobody", "no", "zero", "between", "half", "all",
    "every", "most", "over", "nearly", "almost", "about", "around", "approximately",
    "approx", "some", "roughly", "estimated", "circa", "upwards", "north", "fewer", "less", "more",
    "exceeded", "exceeding", "waves",
    "the rest", "the other", "the others", "the remainder", "remainder", "rest", "the remaining", "the majority",
    "the bulk", "at least", "at most", "pair",
    "at a minimum", "in excess", "up to", "as many", "close to", "just over", "just under",
    "well over", "not more", "not less", "not fewer", "large majority", "vast majority",
    "overwhelming majority", "the large", "the vast", "the overwhelming", "another", "the last",
] + [f"the {o}" for o in ORDINALS] + ["the first"] + [f"the {o}" for o in ("2nd", "3rd", "4th", "5th", "6th")]
_A_WORDS = ["a dozen", "a pair", "a number", "a few", "a handful", "a couple", "a score", "a series",
            "a minimum", "a hundred", "an estimated", "an approximate", "a small", "a large",
            "a big", "a great", "a limited", "a significant", "a substantial", "a considerable",
            "a growing", "an unknown", "an undisclosed", "an unspecified", "an intense"] + [
    f"a {w}" for w in SALVO_WORDS + SALVO_MODS] + [
    f"a {o}" for o in ORDINALS]
# (for text whose lower-cased copy is not aligned with it: rare, and left plain)
_STARTS_SLOW = re.compile(rf"\b(?:{trie_pattern(_STARTER_WORDS + ['a', 'an'])})\b|\d[\d,]*", re.IGNORECASE)


class StartScan:
    r"""Where a listed word starts a word, and with `digits` where a run of digits starts
    (`\b(?:words)\b|\d[\d,]*` run left to right; without `whole`, a word may be the start
    of a longer one: `\b(?:words)`). The words open with a letter. The scan takes the
    character before a word into its match ([\s\W]): led by a class, `re` skips to the
    next space, mark or digit instead of trying a word boundary at every letter. A word
    opening the text has no character before it and is tried apart."""

    def __init__(self, words: list[str], digits: bool = True, whole: bool = True) -> None:
        word = rf"(?:{trie_pattern(words)})" + (r"\b" if whole else "")
        # a digit run leaves a trailing comma to the scan: it may stand before a word
        lead, run = (r"[\s\W\d]", r"(?<=\d)[\d,]*(?<!,)|") if digits else (r"[\s\W]", "")
        self.scan = re.compile(rf"{lead}(?:{run}(?P<w>{word}))")
        # The same lead for ASCII text, as ranges: `re` tests a character against a range
        # far faster than against the Unicode categories of \s \W \d (a third off the scan
        # of a sentence), and in ASCII text they are the characters outside the ranges.
        ascii_lead = "[^A-Za-z_]" if digits else "[^0-9A-Za-z_]"
        self.scan_ascii = re.compile(rf"{ascii_lead}(?:{run}(?P<w>{word}))")
        self.first = re.compile(word)

    def starts(self, low: str) -> list[tuple[int, int]]:
        """(start, end) of each place in `low`, in order."""
        out: list[tuple[int, int]] = []
        pos = 0
        m = self.first.match(low)
        if m is not None:
            out.append((0, m.end()))
            pos = m.end()
        for m in (self.scan_ascii if low.isascii() else self.scan).finditer(low, pos):
            w = m.start("w")
            out.append((m.start() if w < 0 else w, m.end()))
        return out


_STARTS = StartScan(_STARTER_WORDS + _A_WORDS)
_STARTS_ARTICLES = StartScan(_STARTER_WORDS + ["a", "an"])
# Every word that follows "a"/"an" in a phrase of _PHRASE other than the bare article
# ("a dozen", "an estimated", "a barrage of", "a third", "an unknown number of"): a start
# "a"/"an" not followed by one is the bare article, with no need to try the phrase.
_ARTICLE_NEXT = [
    "dozen", "hundred", "thousand", "pair", "couple", "score", "number", "few", "handful", "series", "minimum",
    "estimated", "approximate", "small", "large", "big", "great", "limited", "significant",
    "substantial", "considerable", "growing", "unknown", "undisclosed", "unspecified", "record",
] + SALVO_MODS + SALVO_WORDS + list(ORDINALS) + ["2nd", "3rd", "4th", "5th", "6th"]
_ARTICLE_PHRASE = re.compile(rf"an?\s+[\"“]?(?:{trie_pattern(_ARTICLE_NEXT)})")
_ARTICLE_HYPHEN = re.compile(r"\s*-|\.")  # ("a -", and "a.m.": no article)


def find(text: str, articles: bool = False) -> list[Amount]:
    """Every candidate count in `text`, in order. With `articles`, a bare "a"/"an" is
    returned as one (the caller keeps it only before a noun that makes it a count)."""
    low: str | None = text.lower()
    if len(low) != len(text):  # a few letters change length when lower-cased
        low = None
    return find_lowered(text, low, articles)


def find_lowered(text: str, low: str | None, articles: bool = False) -> list[Amount]:
    """find, given `text` lower-cased (None when lower-casing changes its length): a
    caller that lower-cased a whole document passes its slice instead of a second copy."""
    out: list[Amount] = []
    pos = 0
    if low is None:
        phrase, subject = _PHRASE_ANYCASE, text
        starts = [(m.start(), m.end()) for m in _STARTS_SLOW.finditer(text)]
    else:
        phrase, subject = _PHRASE, low
        starts = (_STARTS_ARTICLES if articles else _STARTS).starts(low)
    for st, e in starts:
        if st < pos:
            continue
        if articles and low is not None and e - st <= 2 and low[st] == "a" and (
                _ARTICLE_PHRASE.match(low, st) is None):
            # the bare article: what _PHRASE's `art` branch would match, unless a hyphen
            # or a full stop follows ("a -", "a.m.")
            if _ARTICLE_HYPHEN.match(low, e):
                continue
            out.append(Amount(st, e, text[st:e], 1, 1, 1, "exact", article=True, number_start=st))
            pos = e
            continue
        m = phrase.match(subject, st)
        if m is None:
            continue
        amt = _amount(text, m, articles, low)
        if amt is not None:
            out.append(amt)
            # a phrase cut short ("from 10 to 15") resumes after what it kept
            pos = amt.end if amt.end > m.start() else m.end()
        else:
            pos = resume_after(m, subject, st)
        if pos == m.start():
            pos += 1
    return out


_ODD_OR_PLUS = re.compile(r"-(odd|plus)\b(?!-)", re.IGNORECASE)  # (not "a 20-odd-year-old": an age)


def resume_after(m: re.Match[str], subject: str, st: int) -> int:
    """Where the scan goes on after a phrase that made no amount: past it, or, when the
    phrase was a range that is none, at the figure after its dash ("August 22 - One
    civilian"; a wire's "UPDATE 1 - Three drones were launched")."""
    if _falling_pair(m) or (m.group("to") is not None and _UPDATE_BEFORE.search(subject, max(0, st - 8), st)):
        return m.end("lo") if m.group("lo") is not None else m.end("core")
    return m.end()


def _falling_pair(m: re.Match[str]) -> bool:
    """Whether a phrase read as a range ("August 22 - One civilian", "between 12 and 3")
    has a second figure no greater than the first: no range, and the scan goes on from the
    second figure (the first is dropped: most often it is a dateline's day)."""
    lo, hi = (m.group("lo"), m.group("hi")) if m.group("lo") is not None else (m.group("core"), m.group("to"))
    if lo is None or hi is None:
        return False
    a, b = word_value(lo), word_value(hi)
    return a is not None and b is not None and b <= a


def parse(phrase: str) -> Amount | None:
    """The amount a whole phrase states ("at least a dozen" -> min 12), or None."""
    for m in _PHRASE_ANYCASE.finditer(phrase):
        if m.start() == 0 and m.end() == len(phrase.rstrip()):
            return _amount(phrase, m, True)
    return None


def _amount(text: str, m: re.Match[str], articles: bool, low: str | None = None) -> Amount | None:
    amt = _phrase_amount(text, m, articles, low)
    if amt is not None and amt.qualifier == "exact" and amt.start > 0 and text[amt.start - 1] == "~" and (
            amt.value is not None and not amt.article):
        # a post's "~15 shells": about fifteen
        return Amount(amt.start - 1, amt.end, text[amt.start - 1 : amt.end], amt.value, None, None, "about",
                      number_start=amt.start)
    if amt is not None and amt.qualifier == "exact" and amt.value is not None and not amt.article and (
            text.startswith("-", amt.end)) and (tail := _ODD_OR_PLUS.match(text, amt.end)) is not None:
        # "twenty-odd crew": more than twenty; "the 40-plus wounded": at least forty
        if tail.group(1).lower() == "odd":
            return Amount(amt.start, tail.end(), text[amt.start : tail.end()], None, amt.value + 1, None, "more_than",
                          number_start=amt.number_start)
        return Amount(amt.start, tail.end(), text[amt.start : tail.end()], None, amt.value, None, "at_least",
                      number_start=amt.number_start)
    if amt is not None and text.startswith(" or", amt.end) and amt.qualifier == "exact" and amt.value is not None and (
            not amt.article) and (more := _OR_MORE.match(text, amt.end)) is not None:
        # "a dozen or more", "20 or more": at least the figure
        return Amount(amt.start, more.end(), text[amt.start : more.end()], None, amt.value, None, "at_least",
                      number_start=amt.number_start)
    return amt


# (not "Police killed both the attackers and a bystander was wounded": a clause of its own)
_BOTH_JOINS = re.compile(
    r"\s+the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+and\s+(?:the|a|an|its|their|his|her)\s+[\w'’-]++"
    r"(?:\s+(?!(?:was|is|has)\b)[\w'’-]++)?+(?!\s+(?:was|is|has)\b)", re.IGNORECASE)


def _phrase_amount(text: str, m: re.Match[str], articles: bool, low: str | None = None) -> Amount | None:
    s, e = m.start(), m.end()
    span = text[s:e]
    if m.lastgroup == "art":
        return Amount(s, e, span, 1, 1, 1, "exact", article=True, number_start=s) if articles else None
    if m.group("salvos") is not None:
        return Amount(s, e, span, None, None, None, "vague", number_start=s)
    if m.group("lo") is not None:
        lo, hi = word_value(m.group("lo")), word_value(m.group("hi"))
        if lo is None or hi is None or hi <= lo or _aged_before(text, s):
            return None
        return Amount(s, e, span, None, lo, hi, "range", number_start=s)
    core = m.group("core")
    if core is not None:
        if _is_blocked(text, m, core.replace(",", ""), low):
            return None
        n = word_value(core)
        if n is None:
            return None
        to = m.group("to")
        if to is not None:
            hi = word_value(to)
            if hi is None or hi <= n or text[s - 5 : s].lower().endswith("from "):
                # "from 10 to 15" is a change, not a range: keep the first figure only
                e = m.end("core")
                span = text[s:e]
            elif m.group("qual") is None or bounds(m.group("qual"), n)[3] == "about":
                # ("an estimated 6-8 mortar rounds", "some 10 to 15": the range says it better)
                return Amount(s, e, span, None, n, hi, "range", number_start=s)
        if core.endswith("+") and m.group("qual") is None:
            return Amount(s, e, span, None, n, None, "at_least", number_start=m.start("core"))
        value, lo, hi, qual = bounds(m.group("qual"), n)
        return Amount(s, e, span, value, lo, hi, qual, number_start=m.start("core"))
    if m.group("both") is not None and _BOTH_JOINS.match(text, e):
        return None  # "both the army and the militants have killed": "both ... and" joins, it counts no one
    if m.group("pair") is not None or m.group("both") is not None:
        return Amount(s, e, span, 2, 2, 2, "exact", number_start=s)
    if m.group("zero") is not None:
        return Amount(s, e, span, 0, 0, 0, "exact", zero=True, number_start=s)
    if m.group("vague") is not None:
        words = span.lower().split()
        key = words[0] if words[0] in VAGUE_MIN else " ".join(words[:2])
        lo = VAGUE_MIN.get(key)
        if lo is not None and words[-2:] == ["thousands", "of"] and words[0] != "thousands":
            lo *= 1000  # "tens of thousands" is at least 20,000
        unit = words[-2] if words[-1] == "of" else words[-1]
        if lo is not None and unit in _VAGUE_UNITS:
            lo *= _VAGUE_UNITS[unit]
        return Amount(s, e, span, None, lo, None, "vague", number_start=s)
    if m.group("couple") is not None:
        # "a couple of rockets": two, as every report that says it means
        return Amount(s, e, span, 2, 2, 2, "exact", number_start=s)
    if m.group("score") is not None:
        return Amount(s, e, span, 20, 20, 20, "exact", number_start=s)  # "a score of others"
    if m.group("ords") is not None:
        n = len(_ORDINAL_NAME.findall(span.lower()))
        return Amount(s, e, span, n, n, n, "exact", ref="one", number_start=s)
    if m.group("ref") is not None:
        ref = REFS[_SPACES.sub(" ", span.lower())]
        if ref == "one":
            if _OF_AFTER.match(text[e : e + 4]):
                return None  # "a third of the drones" is a fraction
            return Amount(s, e, span, 1, 1, 1, "exact", ref=ref, number_start=s)
        return Amount(s, e, span, None, None, None, "vague", ref=ref, number_start=s)
    if m.group("art") is not None and articles:
        return Amount(s, e, span, 1, 1, 1, "exact", article=True, number_start=s)
    return None
