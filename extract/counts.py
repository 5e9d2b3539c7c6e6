"""Count facts: launched, intercepted, impacted (object = munition class) and killed,
injured (object = victim group).

Every candidate figure comes from numbers.find; a figure becomes a fact only when a
noun and a verb in the lexicon tie it to one kind. The noun decides the family (a
munition takes launch/intercept/impact verbs, a group of people takes casualty verbs);
a figure with no noun of its own ("two fell", "13 of them were shot down") borrows the
munition named last, in the same or the previous sentences.

Rules are small functions; each fact names its rule and takes the rule's confidence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from . import lexicon as lx
from . import no_attack, numbers
from .document import Document, Sentence, has_any
from .events import munition_family
from .model import Fact
from .places import FACILITY_WORDS

MUNITION_KINDS = ("launched", "intercepted", "impacted")
CASUALTY_KINDS = ("killed", "injured")

# How much each rule is trusted: a figure tied by a passive verb right after its noun is
# the safest; one borrowing a noun from an earlier sentence, or a vague group, less so.
CONFIDENCE: dict[str, float] = {
    "subject": 0.9,
    "passive": 0.9,
    "object": 0.85,
    "targeted_by": 0.9,
    "struck_by": 0.85,
    "fall_of": 0.8,
    "attacked_with": 0.85,
    "barrage": 0.85,
    "partitive": 0.85,
    "ratio": 0.85,
    "reference": 0.75,
    "whole": 0.7,
    "coordinated": 0.75,
    "breakdown": 0.75,
    "partitive_total": 0.6,
    "participle": 0.7,
    "definite": 0.6,
    "active": 0.85,
    "toll": 0.85,
    "none": 0.8,
    "vague_group": 0.55,
}

_KIND_VERB = {
    "launched": "launch",
    "intercepted": "intercept",
    "impacted": "impact",
    "killed": "killed",
    "injured": "injured",
}

_I = re.IGNORECASE


def _low_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The twin of a case-blind pattern written in lower case, for State.low: `re` is far
    quicker without IGNORECASE, and where State.low is set it folds case as the flag does."""
    source = pattern.pattern.replace("A-Z", "a-z")
    # an upper-case letter left (not an escape nor a group's name) could never match
    assert not re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]|\(\?P<", "", source)), "lower-case pattern only"
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def _alt(pairs: list[tuple[str, str]], prefix: str) -> str:
    """Named groups in order (the first that matches names the class). Each opens with a
    lookahead on its own first letters: `re` enters every branch of a case-blind
    alternation, so without it a head noun near the end of the list is tried against
    every word before it."""
    return "|".join(f"(?P<{prefix}{i}>(?={numbers.lead_pattern(p)})(?:{p}))" for i, (p, _) in enumerate(pairs))


_MUN_ALT = _alt(lx.MUNITION_HEADS, "m")
_MUN_PLAIN = "|".join(p for p, _ in lx.MUNITION_HEADS)  # the same, without groups
_VIC_PLAIN = "|".join(p for p, _ in lx.VICTIM_HEADS)
_VIC_ALT = _alt(lx.VICTIM_HEADS, "v")
# (a bomb's weight too: "three 500lb bombs", "two 250-kg bombs")
_CALIBRE = r"\d+(?:\.\d+)?\s?-?\s?mm\b|\d+(?:\.\d+)?-(?:inch|pounder)\b|\d{2,4}\s?-?\s?(?:lbs?|kg)\b|\d{2,4}-pound\b"


def _led(alt: str) -> str:
    """An alternation behind a lookahead on its first letters (numbers.lead_pattern):
    `re` enters every branch of an alternation of named groups or of case-blind words,
    so at a place none can start it saves the lot."""
    lead = numbers.lead_pattern(alt)
    return f"(?={lead})(?:{alt})" if lead else f"(?:{alt})"


def _tree(words: str) -> str:
    r"""A list of plain words ("more|other|u\.s\.") as one prefix-tree alternation. Each
    list below is followed by a word boundary and a space (or sits in a lookahead), so at
    most one of its words can match at a place and their order does not matter; the
    tree rejects a place after a letter or two instead of trying every word."""
    plain = [w.replace("\\.", ".") for w in words.split("|")]
    assert all(re.fullmatch(r"[a-z.-]+", w) for w in plain), "plain words only"
    return numbers.trie_pattern(sorted(set(plain)))


# A modifier: a calibre, a capitalised name ("Iranian-made", "Hamas"), a hyphenated
# compound ("explosive-laden", "10-year-old") or a listed adjective.
# Runs are possessive (*+, ++): a run given back would end before a character of its own
# class, where the space (or separator) that must follow cannot stand, so backtracking
# into it only costs time.
_MOD = (
    # a model name may be quoted: 'fired a "Palestine-2" hypersonic missile', as may a
    # kind: 'shot down 8 of 11 "strategic" drones'
    # ("Yassin 105", "Fajr 5": a model name and its number)
    rf"(?:(?:{_CALIBRE}|[A-Z][\w’'.]*+(?:[-/][\w’'.]++)*+(?:\s/\s[A-Z][\w’'.-]*+)?(?:\s\d{{1,4}}(?=\s+(?i:rockets?|missiles?|drones?|shells?|mortars?|bombs?|projectiles?)\b))?|[“\"][A-Za-z][\w’'.]*+(?:[-/ ][\w’'.]++)?[”\"]|"
    rf"[a-z]++(?:-[\w]++)++|\d++-[\w-]++|\([A-Z]{{2,6}}\)|"  # (an abbreviation: "a first-person-view (FPV) drone")
    rf"[\w-]++['’]s|(?i:{_tree(lx.NOUN_MODIFIERS)})\b)"
    # ("14 ballistic and cruise missiles", "74 Shahed-type and decoy drones": two listed
    # modifiers joined by "and")
    # (or two calibres: "about thirty 82mm and 120mm mortar shells")
    rf"(?:\s++(?i:and|or)\s++(?:{_CALIBRE}|(?i:{_tree(lx.NOUN_MODIFIERS)})\b))?\s++)"
)
# One unlisted word may stand right before the noun ("crane operator", "ground staff"),
# but not a word that reads as a verb or a function word.
_NOT_FREE_MOD = (
    r"of|the|and|or|but|nor|were|was|are|is|had|have|has|been|from|at|in|on|to|by|"
    r"with|without|for|that|which|who|whom|whose|when|where|while|after|before|since|until|as|"
    r"than|then|there|they|them|their|its|his|her|our|your|this|these|those|into|onto|over|"
    r"under|near|about|also|just|only|still|some|any|all|both|each|per|via|amid|among|during|"
    r"across|along|inside|outside|upon|within|out|off|down|up|people|said|says|more|most|"
    r"other|others|killed|dead|died|hurt|wounded|injured|fell|hit|struck|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|further"
)
_FREE_MOD = rf"(?:(?!(?:{_tree(_NOT_FREE_MOD)})\b)[a-z]{{3,}}+(?<!ed)(?<!ing)(?<!ly)\s++)"
# The first letters a head noun can start with: after each try of the modifiers, the
# head's long case-blind alternation runs only where one of them stands.
_HEAD_LEAD = numbers.lead_pattern(f"{_MUN_ALT}|{_VIC_ALT}")
_HEAD = re.compile(
    # (a noun phrase in quotes: 'engaged 11 "strategic and suicide drones"')
    # (translated Chinese, Korean and Russian count by a classifier: "12 frames of drones",
    # "37 pieces of missiles", "430 units of drones")
    rf"\s+(?:\(\d+\)\s+)?(?:(?i:units?|pieces?|frames?|items?)\s+(?:of\s+)?)?[“\"]?(?P<mods>{_MOD}{{0,5}}{_FREE_MOD}?)"
    rf"(?=(?i:{_HEAD_LEAD}))(?i:(?P<mun>{_MUN_ALT})|(?P<vic>{_VIC_ALT}))(?![\w-])"
)
# (a hyphen joined to the next word makes a compound, "missile-defence"; one between
# spaces is a dash: "nine missiles - six Kh-101 and three Iskanders - at")
_NOT_HEAD_AFTER = re.compile(rf"\s*(?:-(?=\w)|\s(?i:{_led(lx.MUNITION_NOT_HEAD_AFTER)})\b)")
_INTERCEPTOR = re.compile(rf"\b(?:{lx.INTERCEPTOR_MARKS})", _I)
# The same on the lower-cased text (State.low): `re` is far quicker without IGNORECASE.
_INTERCEPTOR_LOW = re.compile(rf"\b{_led(lx.INTERCEPTOR_MARKS)}")
_PARTITIVE = re.compile(
    # ("four more of the wounded died": the figure adds to a set, still a part of it)
    rf"\s+(?i:out\s+|more\s+)?(?i:of)\s+(?:"
    # "six of the wounded later died": the casualties named by their state
    # ("One of the injured soldiers succumbed": the group's noun may follow)
    # ("two of the critically injured soldiers succumbed": how badly, before the state)
    rf"(?i:the|these|those)\s+(?:(?i:critically|seriously|severely|gravely|badly|lightly)\s+)?"
    rf"(?P<hurt>(?i:injured|wounded|hurt))\b(?:\s+(?i:{_VIC_PLAIN})(?![\w-]))?|"
    rf"(?i:the|these|those)\s+(?P<dead>(?i:dead|killed|deceased))\b|"
    # ("Both of the other soldiers were wounded": the set less the ones told before)
    rf"(?i:the|these|those|its|their|our|his|her)\s+(?:(?i:other|remaining)\s+)?(?P<mods>{_MOD}{{0,3}}?)"
    rf"(?i:(?P<mun>{_MUN_ALT})|(?P<vic>{_VIC_ALT}))(?![\w-])|"
    # (a pronoun last: "Fourteen of these drones" names its set)
    rf"(?P<pron>(?i:them|which|whom|those|these|it|ours|theirs))\b)"
)
_LOSS_OF = re.compile(r"\bloss\s+of\s+\Z", _I)
_AND_PART_AFTER = re.compile(
    rf"\s+and\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|all|both)\s+of\s+(?:the\s+)?(?:{_MUN_PLAIN})(?![\w-])", _I)
_COPULA = re.compile(r"\s+(?:were|was|are|is)(?:\s+(?:also|all|both))?(?:\s+an?)?(?=\s)", _I)
_RATIO = re.compile(
    # (a figure written twice keeps its ratio: "four (04) of the six (06) drones")
    # (and the set may be someone's: "Three of the tanker's 24 crew members")
    r"(?:\s*\(\d{1,3}\))?\s+(?:out\s+)?of\s+(?:the\s+(?:[\w-]+['’]s\s+)?|these\s+|those\s+|its\s+|their\s+|our\s+)?(?=\S)", _I)
_MEMBER_OF = re.compile(
    # ("and" only inside a name: "members of the Defence and Security Forces (FDS)")
    r"\s+of\s+(?P<grp>(?:(?!(?:was|were|had|has|have|is|are|who|that|and(?!\s+(?-i:[A-Z]))|in|on|at|when|"
    r"after|during|while|killed|injured|wounded|died|hurt|dead|martyred|sustained|suffered|received|"
    r"embraced)\b)[\w’'.“”\"-]+\s*){1,9}"
    # a group's long name is often followed by its abbreviation: "members of the
    # Volunteers for the Defence of the Homeland (VDP)", "the Frontier Corps (FC) Balochistan"
    r"(?:\([A-Z][\w-]{1,10}\)(?-i:(?:\s+[A-Z][\w-]+){0,2}))?)",
    _I,
)

_ADV = r"(?:\w+ly\s+(?:and|or|to)\s+\w+ly|\w+ly|all|also|already|then|now|later|since|confirmed|reported|reportedly|managed\s+to|allegedly|apparently|subsequently|eventually|both|each|too|initially|so\s+far|in\s+total|overnight|today|yesterday|nearby)"
_PREP = r"(?:from|toward|towards|at|on|into|over|in|near|across|against|aimed\s+at|inside|during|along|by)"
_AUX = (r"(?:were|was|are|is|had|have|has|been|being|be|got|get|gets|did|do|does|reportedly|also|"
        # "four people are known to have been killed"
        r"(?:now\s+)?(?:known|believed|thought|reported|confirmed|understood|said)\s+to\s+(?:have|be)|"
        # "Another appears to have struck the roof"
        r"(?:appears?|appeared|seems?|seemed)\s+to\s+(?:have|be))")
# (or missed, and then came down: "Two of the missiles missed and fell into the sea")
_FELL_SHORT_AND = (r"(?:(?:did\s+not|didn['’]t|failed\s+to)\s+reach\s+(?:its|their|the)\s+(?:intended\s+)?targets?|"
                   r"missed(?:\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:targets?|ship|vessel))?)\s+and")
_VERB_GROUPS = (
    ("intercepted", lx.INTERCEPT_AFTER),
    ("miss", lx.MISS_AFTER),
    ("impacted", lx.IMPACT_AFTER),
    ("killed", lx.KILLED_AFTER),
    ("injured", lx.INJURED_AFTER),
    ("launched", lx.LAUNCH_AFTER),
)
_VERB_ALT = "|".join(p for _, p in _VERB_GROUPS)
_VERB_LEAD = numbers.lead_pattern(_VERB_ALT)
_RIGHT = re.compile(
    rf"""(?:\s*[”"’'»)]+)?
    (?:\s*\([a-z0-9][a-z0-9 -]{{0,9}}\))?  # an abbreviation, a calibre or the figure again: "(UAS)", "(105mm)", "Four (4)"
    # translated copy's order: "11 drones kamikazes were launched", "7 micro aerial vehicles
    # (mav) of the type quadcopter and fixed-wing were targeted"
    (?:\s+kamikazes?)?(?:\s+of\s+the\s+types?\s+[\w-]+(?:\s+(?:and|or)\s+[\w-]+)?)?
    # who, and how old: "1 crew member (filipino national, 44) kia", "2 civilians (a woman aged
    # 56 & her grandson, 12) injured"
    (?:\s*\([a-z][^()]{{2,60}},\s*\d{{1,3}}\))?
    # "a woman born in 1961 sustained shrapnel wounds" (with a comma after it, an appositive's:
    # "The driver, a man born in 1979, was injured")
    (?:\s+born\s+in\s+\d{{4}}(?!\s*,))?
    (?:\s+(?:more|further|others))?  # "dozens more were wounded", "three others struck"
    # "a drone of the Ukrainian armed forces struck", "of the Armed Forces of Ukraine"
    (?:\s+of\s+the\s+(?:[a-z]+\s+){{0,2}}?(?:armed\s+forces(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+federation)?)?|army|enemy|military|navy))?
    (?:\s*,?\s*\b{_ADV}\b)*
    # (what follows a place phrase opens with a space or a comma: the lookahead spares
    # the rest of the pattern a try at every letter of it)
    (?:\s+{_PREP}\s+(?:(?!\b(?:without|where|when|while|who|which|that|they|he|she|it|we|said|says|saying|after|before|because|as|and|but|if)\b)(?:[^,.;:!?\d“”"()]|(?<=[A-Za-z/-])\d+)){{1,45}}?(?=[\s,”"])[”"]?)?  # (a quote may close it)
    # a participle phrase about the person: "a police officer responding to the attack
    # died", "two men travelling in the car were hurt" (a verb of the groups is read as one)
    # "two drones loaded with explosives attempted to target ..."
    (?:\s+(?:loaded|laden|packed|armed|fitted|rigged)\s+with\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:{_AUX}\s+)*[a-z]))?
    # (the phrase may be quoted: 'a drone "approaching from the east" had been intercepted')
    (?:\s+(?P<pq>[“"])?(?:seen\s+|spotted\s+)?(?=[a-z]{{3,}}ing\b)(?!(?:{_VERB_ALT}|killing|wounding|injuring|including|according|saying)\b)[a-z]{{3,}}ing
        (?:\s+(?:(?!\b(?:without|where|when|while|who|which|that|they|he|she|it|we|no|said|says|told|
        after|before|because|as|and|but|if)\b)(?:[^,.;:!?\d“”"()]|
        \d{{1,5}}(?=\s+(?:metres|meters|kilometres|kilometers|km|miles|yards|feet)\b))){{1,60}}?)?  # ("living about 200 metres from the camp")
        (?(pq)[”"])(?=\s+(?:{_AUX}\s+)*(?:{_VERB_ALT})\b))?
    # ... or where the person works: "a Syrian guard employed at the site was also wounded"
    # ("Four PKK terrorists detected in the Hakurk region of northern Iraq were neutralized")
    (?:\s+(?:employed|stationed|posted|based|deployed|hired|detected|spotted|located|identified)\s+(?:at|in|on|by|with|near)\s+[^,.;:!?\d“”"()]{{1,50}}?
        (?=\s+(?:{_AUX}\s+)*(?:{_ADV}\s+)?(?:{_VERB_ALT})\b))?
    (?:\s+involved(?=\s+(?:{_AUX}\s+)+(?:{_VERB_ALT})\b))?  # "all eight khawarij involved were killed"
    (?:\s*,\s*(?:an?\s+)?[a-z][\w-]*\d[\w-]*\s*,)?
    # an appositive between the noun and its verb: "one serviceman, Private Elvin
    # Mammadov, 21, had been wounded", "one of the wounded, a woman in her sixties, died"
    # (a segment may be a relative clause, ", who was in serious condition,": the verb after
    # it must still tell the fate)
    (?:(?:\s*,\s*+(?!(?:and|but|while|as|where|when|including|among|after|before|said|says|told|added)\b)
        # (a clock time first, before "around 2" takes its hour: "launched from Lebanon at around 2:40 p.m.,")
        # (a rank's stop too, on the lower-cased text: "A soldier, Cpl. Rodel Samson, suffered")
        (?:(?:[^,;.:!?\d“”"()]|\d{{1,2}}:\d\d\b|(?<=\s[ap])\.(?=m\.)|(?<=\s[ap]\.m)\.|(?<=cpl|pfc|sgt|pvt|spc|col|maj|gen)\.|
        (?<=aged\s)\d{{1,3}}(?:\s+(?:and|to)\s+\d{{1,3}})?|(?<=around\s)\d{{1,3}}|(?<=of\s)\d{{1,2}}\b|\d{{1,3}}(?=-year-old|\s+years?\s+old)|
        (?<=born\sin\s)\d{{4}}|(?<=born\s)\d{{4}}|  # "a woman, born in 1958, has died of her wounds"
        (?<=[a-z]-)\d{{1,4}}|  # a model's number: "two of the bombs, identified as KAB-250s, hit"
        \(\d{{1,3}}\)){{1,90}}+|\d{{1,3}})){{1,3}}\s*,  # (an age in brackets: "U Tin Maung (67)")
        (?=\s+(?:(?:who|that)\s+)?(?:{_AUX}\s+)*(?:{_ADV}\s+)?(?:{_VERB_ALT})\b))?
    (?:\s*,?\s+(?:(?:aged|at\s+the\s+ages?\s+of)\s+(?:between\s+|about\s+|around\s+|some\s+|nearly\s+)?\d+(?:\s*(?:and|to|-|–)\s*\d+)?|in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-)?\d0s|
        of\s+\d{{1,3}}\s+years(?:\s+old)?|
        # (a translated post's "2 men 44 and 51 years injured", "a woman 71 years was injured")
        \d{{1,3}}(?:\s*(?:,|and)\s*\d{{1,3}})*\s+years(?:\s+old)?(?=\s+(?:(?:{_AUX})\s+)*(?:{_VERB_ALT})\b)|
        # (or in words, as a speaker gives it: "a man of about fifty was moderately wounded")
        of\s+(?:about|around|some)\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+years(?:\s+old)?)?)\b,?)?  # ages, not counts ("one man of 54 years was wounded")
    # "a missile that evaded interception slammed into ...": what it got past, then its verb
    (?:\s+(?:that|which)\s+(?:evaded|escaped|avoided|got\s+past|slipped\s+through|penetrated)\s+(?:the\s+|israel's\s+|air\s+)?
        (?:interception|interceptors?|air\s+defen[cs]es?|defen[cs]es?)
    # ... or was not stopped: "One of the rockets that was not intercepted struck the yard"
      |\s+(?:that|which)\s+(?:was|were|had\s+been)\s+not\s+(?:intercepted|shot\s+down|downed)(?=\s+(?:{_VERB_ALT})\b))?
    # "a girl who was sleeping in the next house suffered injuries": what the person was
    # doing, then the verb of their fate
    (?:\s+who\s+(?:was|were|had\s+been)\s+(?=[a-z]{{3,}}ing\b)(?!(?:{_VERB_ALT})\b)[a-z]+ing\b[^,.;:!?\d“”"()]{{0,50}}?
        (?=\s+(?:{_AUX}\s+)*(?:{_VERB_ALT})\b)
    # ... or did: "a woman who fell down a flight of stairs on the way to a shelter was lightly hurt"
      |\s+who\s+(?!(?:was|were|had|has|have|is|are)\b)[a-z]+\b[^,.;:!?\d“”"()]{{0,60}}?
        (?=\s+(?:(?:was|were|had(?:\s+also)?\s+been)\s+(?:\w+ly\s+|also\s+)?(?:hurt|injured|wounded|killed)
        |(?:also|later)\s+died)\b))?  # ("four civilians who lived near the camp also died")
    # "2 missiles did not reach their targets and fell in the fields": where they came down
    (?:\s+(?:but\s+)?{_FELL_SHORT_AND})?
    # "A 71-year-old man collapsed and died of a heart attack", "a woman collapsed on the
    # stairs on the way to the shelter and was later pronounced dead"
    (?:\s+(?:collapsed|fainted)\b[^,.;:!?\d“”"()]{{0,70}}?\s+and(?=\s+(?:later\s+)?died\b|\s+was\s+(?:later\s+)?pronounced\s+dead\b))?
    (?:\s*,?\s+(?P<rel>which|that|who)(?:\s+(?:it|he|she|they|police|officials|the\s+[a-z]+)\s+(?:said|says|reported))?)?  # ("that it said had landed")
    (?:\s+(?:he|she|they|officials)\s+(?:said|says)(?=\s+(?:were|was|had|have)\s))?  # ("4 drones, all of which he said were intercepted")
    (?:\s*,\s*(?:(?:including|among\s+them|mostly|mainly|most\s+of\s+them|all\s+of\s+them|
        (?:[\w-]+\s+){{1,2}}of\s+(?:whom|them|which))\b|incl\.)[^,;.]{{1,50}}+,)?  # "12 people, seven of whom were children, were killed"
    (?:\s*,(?=\s+(?:were|was|had|have|has)\b))?
    # ... or with no commas: "three people including two children were injured"
    # (a headline's verb may follow at once: "three civilians incl. woman killed")
    (?:\s+(?:including|incl\.)\s+[^,;.:]{{1,40}}?(?=\s+(?:(?:were|was)\s|(?={_VERB_LEAD})(?:{_VERB_ALT})(?![\w-]))))?
    # a second group of the same fate, told as theirs: "Five children and their teacher were
    # killed" (the teacher is one more, counted apart)
    (?:\s+and\s+(?:their|his|her)\s+(?:[a-z-]+\s+)?[a-z]+(?=\s+(?:{_AUX}\s+)*(?:{_VERB_ALT})\b))?
    (?:\s+(?P<hyp>{lx.HYPOTHETICAL})\b)?
    (?P<aux>(?:\s+[“"‘']?{_AUX}\b)*)  # a quote may open at the verb: 'fighters "were martyred"'
    (?:\s+(?P<neg>{lx.NEGATION}))?
    (?:\s+[“"‘']?{_ADV}\b)*  # (a quote may open at the adverb: 'had been "lightly wounded"')
    (?:\s+(?:been|be|being)\b)?
    \s+[“"‘']?(?={_VERB_LEAD})(?:{"|".join(f"(?P<{k}>{p})" for k, p in _VERB_GROUPS)})(?![\w-])""",
    re.VERBOSE,
)  # matched on a lower-cased window
# The verb _RIGHT ends on, alone: a window without it anywhere needs no try of the many
# ways _RIGHT reaches its verb (each backtracks over the window).
_RIGHT_VERB = re.compile(rf"""\s[“"‘']?(?={_VERB_LEAD})(?:{_VERB_ALT})(?![\w-])""")
_AND_VERB = re.compile(
    # ("were fired toward a post but did not reach their targets and landed in farmland")
    # (a clock time may sit in between: "was launched from Yemen at about 03:10 and was intercepted")
    # (and its "a.m.": "launched from Yemen at about 9:40 p.m. and was intercepted")
    rf"(?:[^,.;:\d]|\b\d{{1,2}}:\d\d\b|\b[ap]\.m\.){{0,50}}?\b(?:and|but\s+{_FELL_SHORT_AND})\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:(?:\w+ly|also|later|then)\s+)?"
    rf"(?:(?P<intercepted>{lx.INTERCEPT_AFTER})|(?P<impacted>{lx.IMPACT_AFTER}))(?![\w-])",
    _I,
)
_LEFT_GROUPS = (
    ("intercepted", lx.INTERCEPT_BEFORE),
    ("launched", lx.LAUNCH_BEFORE),
    ("killed", lx.KILLED_BEFORE),
    ("injured", lx.INJURED_BEFORE),
    # translated Arabic puts the verb first: "while fell two rockets inside the perimeter"
    ("impacted", r"fell"),
)
# (a Gulf agency's word order puts the time between the verb and its figure: "intercepted
# and destroyed on Wednesday evening four drones")
_LEFT_TAIL = r"""[”"’']?\s+(?:(?:on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|overnight|last\s+night)\s+)?[“"‘']?(?:(?:a\s+)?total\s+(?:of\s+)?|all\s+|(?:only|just|also)\s+|another\s+|an?\s+(?:additional|further)\s+|off\s+|out\s+|some\s+of\s+|(?:the\s+)?(?:remaining|other)\s+|(?:his|her|their|its|the)\s+|not\s+(?:at\s+)?[\w,]+\s+but\s+(?:at\s+)?|"""
# ("destroyed the missile and six of the drones": a munition with no figure first)
# (CENTCOM's "destroyed the ASCM and three OWA UAS": an acronym for the munition too)
_LEFT_TAIL += r"""(?P<first>the\s+(?:[\w-]+\s+)?(?:missile|rocket|drone|uav|shell|projectile|boat|ascm|asbm|usv|uas)\s+and)\s+)?\Z"""
# Matched on a lower-cased window without IGNORECASE: far cheaper in `re`.
_LEFT_ALT = "|".join(f"(?P<{k}>{p})" for k, p in _LEFT_GROUPS)
_LEFT = re.compile(rf"\b{_led(_LEFT_ALT)}{_LEFT_TAIL}")
_LEFT_FAR_ALT = (
    rf"(?P<intercepted>{lx.INTERCEPT_BEFORE_FAR})|(?P<launched>{lx.LAUNCH_BEFORE_FAR})|"
    rf"(?P<killed>{lx.KILLED_BEFORE_FAR})|(?P<injured>{lx.INJURED_BEFORE_FAR})"
)
_LEFT_FAR = re.compile(rf"\b{_led(_LEFT_FAR_ALT)}{_LEFT_TAIL}")
_PUT_AT = re.compile(rf"\b{lx.PUT_AT}{_LEFT_TAIL}")
_FAR_LAST = frozenset(("by", "with", "using", "to", "at", "of", "reached", "hit", "but", "as", "now", "and", "from", "comprised",
                       "against", "on", "toward", "towards", '"by', '"with',
                       "“with", "“by", '"at', "“at", '"to', "“to"))
_HYP_BEFORE = re.compile(rf"\b{_led(lx.HYPOTHETICAL + '|' + lx.NEGATION)}\b(?:\s+\w+){{0,2}}\s*\Z", _I)
# The last word of each hypothetical or negating phrase: _HYP_BEFORE lets at most two
# words follow it, so it must end one of the window's last three.
_HYP_LAST = tuple(sorted({w.split()[-1] for w in numbers.words_of(
    f"{lx.HYPOTHETICAL}|{lx.NEGATION}".replace(r"\s+", " ").replace(r"\w+", "x"))}))


class _Taken:
    """The spans of the facts a rule must leave alone. Most sentences hold a few, which a
    plain scan checks fastest; a sentence of thousands (a pasted table, a runaway list)
    is sorted once instead, so that each question costs a binary search rather than a
    scan of them all."""

    __slots__ = ("_spans", "_starts", "_reach")
    _SCAN = 16  # (up to this many spans, the plain scan)

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = spans
        self._starts: list[int] | None = None
        self._reach: list[int] = []

    def __bool__(self) -> bool:
        return bool(self._spans)

    def _index(self) -> list[int]:
        if self._starts is None:
            pairs = sorted(self._spans)
            self._starts = [s for s, _ in pairs]
            # the furthest end among the spans up to each one: whether any of the spans
            # that start before a point reaches past it
            self._reach = list(itertools.accumulate((e for _, e in pairs), max))
        return self._starts

    def overlaps(self, start: int, end: int) -> bool:
        """Whether text[start:end] overlaps one of the spans."""
        if len(self._spans) <= self._SCAN:
            return any(s < end and start < e for s, e in self._spans)
        i = bisect.bisect_left(self._index(), end)
        return i > 0 and self._reach[i - 1] > start

    def covers(self, pos: int) -> bool:
        """Whether one of the spans holds the offset `pos`."""
        if len(self._spans) <= self._SCAN:
            return any(s <= pos < e for s, e in self._spans)
        i = bisect.bisect_right(self._index(), pos)
        return i > 0 and self._reach[i - 1] > pos


def _taken(facts: list[Fact]) -> _Taken:
    return _Taken([(f.start, f.end) for f in facts]) if facts else _NOTHING_TAKEN


_NOTHING_TAKEN = _Taken([])  # (most sentences have no fact yet when a rule asks)


def _hypothetical_before(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends in a threat, a plan or a denial (_HYP_BEFORE)."""
    # a word with other letters than ASCII may fold to one of the list ("ı" to "i")
    if not any(not t.isascii() or t.lower().endswith(_HYP_LAST) for t in text[lo:hi].split()[-3:]):
        return False
    m = _HYP_BEFORE.search(text, lo, hi)
    # "a strike on May 19 killed nine": the month, not the modal; a modal may still follow
    # it ("said in May it would fire 20 rockets"), so the search goes on past the month
    while m is not None and m.group(0).startswith("May"):
        m = _HYP_BEFORE.search(text, m.start() + 3, hi)
    return m is not None


_OF_THE_START = re.compile(r"^\W*(?:of|from)\s+(?:the|these|those)\s+\Z", _I)
# A casualty verb with no auxiliary followed by its object is active ("gunmen killed 5").
_UNKNOWN_PLURAL_AFTER = re.compile(
    r"\s+(?!(?:as|was|is|has|this|his|its|us|yes|plus|across|less|unless|thus|bodies|persons)\b)[a-z]{3,}(?<!ss)s\b"
    r"(?!\s+(?:were|was|are|have|had|remain|died)\b)")
# Counts of something else than munitions or people: targets, sorties, strikes as events
_EVENTS_AFTER = re.compile(
    r"\s+(?:(?!(?:hit|hits|struck|reached|hitting|striking|attacked|targeted|shelled|bombed|were|was|at|on)\b)[a-z][\w-]*\s+)?"
    r"(?:targets|sorties|missions|strikes|airstrikes|air\s+strikes|assaults|attacks|"
    r"counterattacks|counter-attacks|shellings|settlements|positions|locations|areas)\b", _I)
_OWN_NOUN_BEFORE_VERB = re.compile(
    r"\s+(?!(?:more|other|also|then|later|further|reportedly|still|only|just|apparently|allegedly|was|were|had|has|"
    r"is|of|in|on|at|by|that|which|who)\b)[a-z][\w-]*(?<!ly)(?:\s+[a-z][\w-]*(?<!ly))?\s+(?=(?:was|had|has|is)\b)")
_ACTIVE_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|at\s+least|more\s+than|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|dozens|scores|hundreds)\b",
    _I,
)
_CLOSING_NAME = r"\s*\((?:[A-Z]{2,6}s?(?:\s[A-Z]{2,6}s?)?|[A-Z][A-Za-z]{1,6}-\d{1,4}[A-Za-z]{0,3})\)"
_CLOSING_NAME_RX = re.compile(_CLOSING_NAME)
_CONJ_BETWEEN = re.compile(
    # a closing quote only before "and" ('"with a barrage of rockets" and a drone'), not
    # before a speaker ('17 men," one officer said')
    # a noun joined to the item before ("86 drones and decoys, four missiles") may close it
    # an abbreviation or a model closing the item before: "(UAV) and one missile", "(KAB-500) and 9"
    rf"^(?:{_CLOSING_NAME})?"
    r"(?:\s+(?:and|or)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s*(?:,|as\s+well\s+as\b|plus\b|and\b)))?"
    # ... or a time or place phrase of its own: "218 drones over the past week, as well as"
    # (before a joining word: "3 wounded in the attack, 10 in the past week" is no list)
    # ("3 missiles launched from the Rostov region and 84 drones": the item's own launch site)
    # (a model's number is no figure: "from Tu-95MS strategic aviation aircraft")
    # (or a quoted name: 'a "Palestine-2" missile at "the Lod airport" and three drones')
    r"[\"”’]?(?:(?:\s+(?:launched|fired))?\s+(?:over|in|during|since|across|near|above|at|toward|towards|on|into|against|from)\s+(?:[^,.;:\d\"“”()]|(?<=-)\d+|[\"“][^\"“”,.;:]{1,40}[\"”]){1,70}?"
    r"(?=\s*,?\s*(?:and|as\s+well\s+as|plus|along\s+with|together\s+with|namely)\b))?"
    r"(?:[\"”’]\s*(?=and\b))?[\s,:(\[—–-]*(?:(?:and|as\s+well\s+as|plus|along\s+with|together\s+with|including|"
    r"among\s+them|of\s+whom|among\s+whom|mostly|mainly|namely|or)\b[\s,]*)?"
    r"(?:(?:all|both|another|a\s+further|the)\s+)?[\"“]?$",
    _I,
)
# The adverbs that say how badly someone was hurt
_SEVERELY = "seriously|critically|badly|gravely|severely"
_ZERO_CASUALTY = re.compile(
    # (a governor's post: "0 casualties")
    r"\b(?:(?:no|zero|(?<![\d.,])0|without(?:\s+(?:causing|leaving|any|reported))*|"
    r"(?:did|does|do)\s+not\s+(?:cause|result\s+in|lead\s+to)(?:\s+any)?|"
    # "Neither caused casualties", "none of them caused any injuries", "Neither attack caused"
    r"(?:neither|none)(?:\s+of\s+(?:them|these|those|the\s+[\w-]+)|\s+[a-z-]+)?\s+"
    r"(?:caused|resulted\s+in|led\s+to)(?:\s+any)?)\s+"
    # damage named first: "no damage or injuries", "without causing damage or casualties"
    r"(?:(?:(?:material|major|serious|significant|any)\s+)?damage\s+(?:or|and|nor)\s+(?:any\s+)?)?"
    # (not "serious" or "major": "no serious injuries" tells of light ones)
    r"(?:(?:immediate|initial|further|other|reported|known|human|civilian|"
    r"military|american|us|u\.s\.|coalition|allied|israeli|idf|any)\s+)*"
    # ("without causing any human or material losses")
    r"(?:(?:or|and)\s+material\s+)?"
    # ("no reports of damage or injuries")
    r"(?:(?:reports?|word|sign|indications?|news)\s+of\s+(?:any\s+)?(?:damage\s+(?:or|and)\s+)?(?:[\w.]+\s+)?)?"
    # "suffered no losses": a military's word for its dead and wounded ("no losses of
    # territory" is another thing)
    # "no dead or injured", "no deaths or injuries": both
    r"(?:(?P<both>(?:dead|deaths|fatalities|killed)\s+(?:or|and|nor)\s+(?:injured|injuries|wounded))|"
    # (a sitrep's "no cas")
    # (and its "No KIA", "no WIA")
    # (or one: "No casualty was reported on the side of the security forces")
    r"(?P<what>casualties|casualty(?=\s+(?:was|has|had|is)\b)|cas(?=\s*(?:[.;,)]|$))|kia|wia|injuries|injured|wounded|deaths|fatalities|dead|victims?|"
    r"loss\s+of\s+(?:civilian\s+|human\s+)?li(?:fe|ves)|"
    r"losses\s+in\s+li(?:ves|fe)|losses(?!\s+of\b)))"
    r"|(?:no\s+one(?!\s+else)|no-one(?!\s+else)|nobody(?!\s+else)|none|no\s+(?:(?:[a-z.]+\s+){1,2}?(?:or|and)\s+)?(?:[a-z]+\s+)?(?:civilians|soldiers|troops|people|"
    r"personnel|residents|service\s*members|crew(?:\s+members)?|passengers|workers|staff|"
    r"americans|israelis|children|peacekeepers|guards|police(?:men)?|officers|employees|"
    r"students|pupils|patients|medics|journalists|forces|villagers|civilian|soldier|mps?|lawmakers?|legislators?))\b(?:\s+[\w’']+){0,4}?\s+(?:was|were|had\s+been|has\s+been|"
    # ("no U.S. ships or personnel were damaged or hurt": the ships were not damaged)
    # (not "none was seriously hurt": some were, lightly)
    rf"have\s+been|is|are|got)\s+(?:damaged\s+or\s+)?(?:(?!(?:{_SEVERELY})\b)\w+ly\s+)?"
    r"(?P<v1>killed|injured|hurt|wounded|harmed|dead|martyred)"
    r"(?:\s*(?:,|or|and|nor)\s+(?:\w+ly\s+)?(?P<v2>killed|injured|hurt|wounded))?"
    # "There were no reports of people hurt by the rockets"
    r"|no\s+(?:reports?|word)\s+of\s+(?:people|anyone|anybody|civilians)\s+(?:being\s+)?"
    r"(?P<v3>killed|injured|hurt|wounded)"
    # "two drone bombs exploded near a relief camp without injuring anyone"
    r"|without\s+(?P<v4>injuring|hurting|wounding|killing|harming)\s+(?:anyone|anybody|any\s+(?:one|people|civilians)))\b",
    _I,
)
_ZERO_CASUALTY_LOW = _low_twin(_ZERO_CASUALTY)
# Where a group's clause opens: the sentence's start, a comma, semicolon or colon, or a
# joining word. The pattern leaves out the start (_VAGUE_GROUP_FIRST tries it) and gives
# each joining word its own branch, the word boundary checked behind it: every branch
# then opens with a character of its own, and `re` skips to the next such character
# instead of trying the alternation at every place of the sentence.
_CLAUSE_OPENS = "|".join([r",\s+", r";\s+", r":\s+"] + [
    rf"{w}(?<=\b{w})\s+" for w in ("and", "while", "as", "but", "after", "when", "with")])
_VAGUE_GROUP_BODY = (
    r"[“\"]?"
    r"(?P<np>(?:(?:[A-Z][\w.’'-]*|military|civilian|coalition|american|foreign)\s+){0,3}"
    r"(?i:personnel|civilians|soldiers|troops|service\s*members|servicemen|people|residents|"
    r"Americans|Israelis|Palestinians|Ukrainians|Iraqis|Syrians|Lebanese|contractors|"
    r"workers|children|passengers|crew\s+members|sailors|police(?:men|\s+officers)?|citizens|others))\s+"
    r"(?P<aux>(?:were|have\s+been|had\s+been|are|was)\s+)?(?:\w+ly\s+)?(?:also\s+)?"
    r"(?P<verb>injured|wounded|hurt|killed|died|(?:suffered|sustained|received)\s+"
    r"(?:\w+\s+){0,2}?(?:injuries|wounds|concussions?|traumatic\s+brain\s+injur(?:y|ies)))\b"
)
_VAGUE_GROUP = re.compile(rf"(?:{_CLAUSE_OPENS}){_VAGUE_GROUP_BODY}")
_VAGUE_GROUP_FIRST = re.compile(_VAGUE_GROUP_BODY)
_ANY_MUNITION = re.compile(rf"(?<![\w-])(?i:{_MUN_ALT})(?![\w-])")
_ANY_MUNITION_LOW = re.compile(rf"(?<![\w-])(?:{_MUN_ALT})(?![\w-])")  # on lower-cased text
# First words of munition names: the mention scan runs the full pattern only at these.
_MUN_FIRST = frozenset(
    re.match(r"[a-z]+", p.replace("(?:", "").lower()).group().rstrip("s")
    for alt, _ in lx.MUNITION_HEADS for p in alt.split("|")
)
_VIC_FIRST = frozenset(
    re.match(r"[a-z]+", p.replace("(?:", "").lower()).group().rstrip("s")
    for alt, _ in lx.VICTIM_HEADS for p in alt.split("|") if re.match(r"[a-z]{3}", p.replace("(?:", ""))
) | {"men", "man"}
_HEAD_STARTS = numbers.StartScan(sorted(_MUN_FIRST | _VIC_FIRST), digits=False, whole=False)
# A person named by age alone ("an 18-year-old") is the one head that opens with a digit:
# found apart, in the few texts that hold one.
def _year_old_heads(low: str) -> list[int]:
    """Where each "<age>-year-old" starts (found from the word, backwards over its digits:
    a pattern opening with a look-behind would be tried at every position)."""
    out: list[int] = []
    i = low.find("-year-old")
    while i >= 0:
        j = i
        while j > 0 and low[j - 1].isdigit() and i - j < 3:
            j -= 1
        if j < i and (j == 0 or not (low[j - 1].isalnum() or low[j - 1] in "-_")):
            out.append(j)
        i = low.find("-year-old", i + 1)
    return out
_MUN_STARTS = re.compile(rf"\b(?:{numbers.trie_pattern(sorted(_MUN_FIRST))})")
_MUN_FIRST_WORDS = tuple(sorted(_MUN_FIRST))
# (a stem of every casualty verb and noun in the lexicon: a sentence with none of them
# needs no casualty rule)
_CASUALTY_HINTS = ("injur", "wound", "hurt", "kill", "died", "dies", "dead", "lives", "life", "martyr",
                   "shahadat", "fatal", "casualt", "toll", "hell", "eliminat", "neutrali", "harm",
                   "concussion", "trauma", "hospital", "slain", "perish", "succumb", "bodies", "buried",
                   "gunned", "execut", "behead", "decapitat", "assassinat", "massacr", "slaughter", "murder", "sacrifice", "maim", "shrapnel",
                   "fragments", "splinters", "flying glass", "burns", "cuts", "fracture", "contusion",
                   "treatment", "condition", "cut by")
_ZERO_HINTS = ("no", "neither", "without", "zero", "unharm", "unhurt", "uninjur", "unscathed", "0 ")
# "The crew were unharmed": a group named and said to be unhurt is injured 0.
_UNHURT = re.compile(
    # (not "The other 21 crew members were unharmed": one of them was hurt)
    r"\b(?:the|its|their|all)\s+(?:(?!other\b|remaining\b)[\w-]+\s+){0,2}?(?:crew(?:\s+members)?|passengers|"
    r"occupants|sailors|seafarers|residents|staff|soldiers|troops|personnel|workers|"
    r"pilots?|driver)\s+(?:of\s+\d+\s+)?(?:were|was|are|is|had\s+been|remained|escaped)\s+(?:all\s+)?"
    r"(?:reported\s+)?(?:unharmed|unhurt|uninjured|unscathed)\b"
    # a headline's "crew of 21 unhurt", "crew unharmed"
    r"|(?:^|(?<=[;,:]\s)|(?<=[;,:]))(?:all\s+)?(?:the\s+)?crew(?:\s+of\s+\d+)?(?:\s+members)?\s+(?:all\s+)?(?:unharmed|unhurt|uninjured|safe)\b",
    _I | re.MULTILINE,
)
_UNHURT_LOW = _low_twin(_UNHURT)
_MUN_CLASSES = [c for _, c in lx.MUNITION_HEADS]
_REFINERS = [(re.compile(p, _I), base, cls) for p, base, cls in lx.CLASS_REFINERS]
_GROUP_ALIASES = [(re.compile(rf"\b(?:{p})\b", _I), name) for p, name in lx.GROUP_ALIASES]
_POSSESSIVE = re.compile(r"^(?P<who>.+?)[’']s?\s+(?P<rest>.+)$")
_DROP_WORDS = {"the", "other", "others", "more", "additional", "further", "another", "his",
               "her", "their", "its", "of", "total", "separate", "remaining", "dead", "wounded",
               "injured", "gallant", "brave", "heroic", "valiant"}


_ZERO_IMPACT = re.compile(
    # (not "no civilian sites had been hit": a striking army's word that it hit others)
    r"\bno\s+(?:(?!civilian\b)[\w-]+\s+)?(?:ships?|vessels?|buildings?|homes?|houses?|aircraft|planes?|"
    r"facilities|installations?|structures?|targets?|sites?)\s+(?:was|were|had\s+been|"
    # "hit" or "struck" only: "no aircraft were damaged" says the strikes did no harm,
    # not that nothing landed
    r"have\s+been)\s+(?:\w+ly\s+)?(?:hit|struck)\b|"
    # "The missiles did not impact any vessels"
    r"\b(?:did\s+not|didn['’]t|failed\s+to)\s+(?:impact|hit|strike)\s+(?:any|the)\s+(?:vessels?|ships?|targets?)\b|"
    # "there were no impacts in Israeli territory", "no hits were recorded"
    # (not "no impacts on flights": a place, a record or the clause's end must follow)
    r"\bno\s+(?:direct\s+)?(?:impacts|hits)(?=\s+(?:were|was|had\s+been|have\s+been)\s+(?:recorded|reported|"
    r"registered|observed|identified|detected|confirmed)|\s+in\b|\s*[,.;)]|\s*$)",
    _I,
)
_SING = (
    r"man|woman|boy|girl|child|soldier|civilian|teenager|teen|policeman|officer|worker|person|"
    r"journalist|paramedic|medic|resident|farmer|shepherd|guard|contractor|pilot|driver|"
    r"student|baby|infant|toddler|teacher|nurse|doctor|fighter|militant|commander|shopkeeper|"
    r"vendor|seller|trader|herder|fisherman|sailor|seafarer|constable|passerby|pilgrim|reservist|neighbou?r|friend|relative|colleague|patient|passenger|volunteer|"
    r"rider|motorcyclist|pedestrian|motorist|tapper|cleaner|labou?rer|porter|baker|butcher|builder|miner|"
    r"gardener|watchman|janitor|mechanic|electrician|engineer|technician|waiter|cook|tailor|barber|imam|priest|"
    r"monk|nun|firefighter|rescuer|lineman|dockworker|boatman|cyclist|villager|owner|occupant|tenant|caretaker|patrolman|"
    r"seaman|crewman|terrorist|gunman|attacker|operative|peacekeeper|cop|conductor|assistant|dispatcher|"
    r"businessman|businesswoman|inspector|sub-inspector|operator|customer|shopper|diner|clerk|cashier|bystander|visitor|tourist|attendant|"
    # ("Marine killed in Sulu ambush", "Ranger dies after grenade attack")
    r"marine|ranger|trooper|serviceman|servicewoman|airman|guardsman|paratrooper|gendarme|conscript|militiaman|"
    r"sergeant|corporal|lieutenant|sub-lieutenant|adolescent|suspect"
)
_PLURAL_VICTIMS = (
    r"people|men|women|children|patients|civilians|soldiers|workers|guards|nurses|doctors|"
    r"paramedics|passengers|residents|farmers|students|relatives|colleagues|journalists|constables|policemen|"
    r"officers|police\s+officers|troops|fighters|teachers|traders|vendors|pupils|members"
)
_PLURAL_KIN = r"sons|daughters|brothers|sisters|grandchildren|grandsons|granddaughters|nephews|nieces|cousins"
_ONE_KIN = (r"(?:daughter|son|mother|father|sister|brother)-in-law|"
            r"wife|husband|son|daughter|mother|father|brother|sister|grandson|granddaughter|"
            r"grandmother|grandfather|nephew|niece|cousin|fiancee?|uncle|aunt")
_KIN = (r"(?:daughter|son|mother|father|sister|brother)s?-in-law|sons?|daughters?|children|child|wife|husband|mother|father|brothers?|sisters?|"
        r"grand(?:sons?|daughters?|children|child|mother|father)|nephews?|nieces?|cousins?|" + _SING)
# Every word _SING and _ONE_KIN match: a sentence without one needs no one-person rule.
_ONE_NOUNS = frozenset(numbers.words_of(f"{_SING}|{_ONE_KIN}"))
# "a man and a woman were lightly hurt", "wounding a woman and her two daughters": one figure.
# Kin lead a pair too: "A mother and her daughter were killed", "his wife and son" (2).
# (each item may tell its year of birth: "a man born in 1958 and a woman born in 1964")
_BORN_ALT = r"\s+born\s+in\s+\d{4}|,\s+(?:aged\s+)?\d{1,2},"  # (or an age between commas)
_BORN = rf"(?:{_BORN_ALT})?"
_BORN_IN = re.compile(_BORN_ALT, _I)
_PAIR = re.compile(
    # (an age may come before the noun and its word: "A 54-year-old port worker and a truck driver")
    rf"\b(?:(?:an?|one|the|his|her|their|its|my|our)\s+(?:\d{{1,3}}-year-old\s+)?(?:[\w-]+\s+)?(?:{_SING}|{_ONE_KIN})"
    # a person named before, then kin: "killing him and his daughter-in-law" (2)
    rf"|(?:him|her)(?=\s+and\s+(?:his|her)\s)"
    # kin counted by a figure: "her two daughters and a neighbour"
    rf"|(?:his|her|their|its|my|our)\s+(?P<n1>two|three|four|five|six)\s+(?:[\w-]+\s+)?(?:{_PLURAL_KIN}|children)"
    # people named only as people, a figure first: "Two women and a man were killed" (3)
    rf"|(?P<n4>two|three|four|five|six|[2-9])\s+(?:women|men|children|people)"
    rf"(?=\s+and\s+an?\s+(?:man|woman|child|boy|girl)\b)){_BORN}\s+and\s+(?:"
    # the determiner may be shared: "his wife and son", "a woman and child"
    rf"(?:{_ONE_KIN}|{_SING})(?![\w-])|(?:an?|one|the|his|her|their|my|our)\s+"
    rf"(?:(?P<n2>two|three|four|five|six|\d)\s+)?(?:[\w-]+\s+)?(?:{_KIN})"
    # "killing a nurse and two patients": a bare figure with its own plural noun
    rf"|(?P<n3>two|three|four|five|six|seven|eight|nine|\d+)\s+(?:[\w-]+\s+)?(?:{_PLURAL_VICTIMS}|{_PLURAL_KIN})"
    # ... or kin counted as a part: "a father and four of his children" (5)
    rf"|(?P<n5>two|three|four|five|six|seven|eight|nine|\d)\s+of\s+(?:his|her|their)\s+(?:{_PLURAL_KIN}|children))\b{_BORN}",
    _I,
)
_PAIR_LOW = _low_twin(_PAIR)
# An item listed before a pair: "killed a man, his wife and their three children" (5),
# "his wife, their son and two nephews" (4). Read backwards from the pair's start.
_LIST_ITEM_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))(?:an?|one|the|his|her|their|its|my|our)\s+(?:(?P<n>two|three|four|five|six|\d)\s+)?"
    rf"(?:[\w-]+\s+)?(?:{_SING}|{_KIN}){_BORN}"
    # (with an age: "a woman in her 30s, her husband and ...", "a man, 61, his wife and ...")
    r"(?:\s+in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-)?\d0s|,\s+\d{1,3})?,\s+\Z", _I)
# Headline style with no article: "boy killed", "Woman dies of heart attack".
_SINGLE_HEADLINE = re.compile(
    # (or after a wire's tag or an initial: "(LEAD) S. Korean sailor injured")
    rf"(?:^|[,;:]\s+|\s[—–-]\s+|(?<=\))\s+|(?<=\b[A-Z]\.)\s+|\b(?:as|and|while|says|say|said|reports|report|reported)\s+)"
    # ("...; minibus driver killed in Belgorod region": a trade before the noun)
    # (a place and a trade: "Tuapse refinery worker dies"; a crew's man: "Crew member dies";
    # an age alone: "71-year-old killed in his apartment")
    rf"(?P<np>(?:[A-Z][\w-]*\s+(?:(?!(?:says|said|reports|reported|and|while)\b)[a-z]{{3,}}\s+(?=(?i:{_SING})\b))?|[a-z]{{3,}}\s+(?=(?i:{_SING})\b)|\d{{1,3}}-year-old\s+)?"
    rf"(?i:{_SING}|crew\s+member)|\d{{1,3}}-year-old(?=\s)|"
    # (kin with an adjective only: "Woman, son killed" is one pair, read by another rule)
    rf"(?i:teenage|elderly|young|pregnant|disabled)\s+(?i:{_SING}|{_ONE_KIN}))"
    # "Woman, 80, dies on way to shelter"; title case: "Man Seriously Hurt", "Civilian Injured"
    r"(?:,\s*\d{1,3},)?\s+(?i:(?:was|is)\s+)?(?i:\w+ly\s+)?"
    # ("Constable embraces shahadat")
    # ("soldier makes supreme sacrifice", an Indian army's word for a death)
    r"(?P<verb>(?i:killed|dies|died|dead|martyred|injured|wounded|hurt|embraces\s+shahadat|embraced\s+shahadat|"
    r"makes\s+(?:the\s+)?supreme\s+sacrifice|made\s+(?:the\s+)?supreme\s+sacrifice))\b"
)
# Headlines drop the article: "..., killing crew member" is one person.
_SINGLE_HEADLINE_OBJECT = re.compile(
    # (with a trade before the noun: "FPV drone kills tractor driver")
    # (and after a plural subject: "Hezbollah rockets kill man in Nahariya")
    rf"\b(?P<verb>killing|kills|kill|wounding|wounds|wound|injuring|injures|injure)\s+(?P<np>(?:[A-Z][\w-]*\s+|[a-z]{{3,}}\s+(?=(?i:{_SING})\b))?"
    rf"(?i:{_SING}|crew\s+member|sailor|seafarer))\b(?![\w-])"
)
_ON_GROUND = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:on\s+the\s+ground|before\s+(?:they|it)\s+(?:could|were|was)\s+"
    # ("destroyed two anti-ship missiles on mobile launchers")
    r"(?:be\s+)?(?:launched|fired)|in\s+(?:storage|(?:a|their)\s+depot)|on\s+(?:\w+\s+)?launchers?\b)",
    _I,
)
_BARE_NEXT = re.compile(
    # (a closing quote, unless a noun of its own follows: 'counted "about 12" craters')
    # (a note in brackets after it: "killed 3 (corrected)")
    r"\s*(?:[”\"'’](?!\s+(?!(?:was|is|has|does|this|its|his|us|as)\b)[a-z]+s\b)|[,.;:!?)\]—–-]|\((?=[a-z])|$|(?:were|was|had|have|has|are|is|in|on|at|into|over|near|from|"
    r"by|with|and|or|but|more|apiece|each|that|which|who|as|during|across|before|after|"
    r"overnight|since|so|to|toward|towards|out|of|others|people|persons|including|among|despite|"
    r"amid|while|when|inside|outside|today|yesterday|tonight|"
    # ("the toll rose to 21 late on Saturday", "killed 4 this morning", AP's "rose to 9 Sunday")
    r"late|early|later|earlier|last|this|until|according|following|between|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    _I,
)
_INTRO = re.compile(
    r"(?:\bincluding|\bcomprising|\bconsisting\s+of|\bamong\s+them|\bamong\s+whom|\bof\s+which|\bof\s+whom|\()\s*\Z", _I)
# "two daughters were injured, one in the head": where one was hurt, no count of its own
_WOUND_SITE_AFTER = re.compile(
    r"\s+in\s+the\s+(?:head|legs?|arms?|chest|back|stomach|abdomen|neck|face|eyes?|hands?|feet|foot|shoulders?)\b", _I)
# A colon or "listing" opens a breakdown only after a figure: "fired seven missiles
# overnight: two Iskander-M ...", not "Pentagon: nine hurt".
_LIST_OPEN = re.compile(r"(?::|\blisting)\s*\Z", _I)
_FIGURE_BEFORE = re.compile(
    # a time ("11:15 - Regional governor: four bombs dropped") is no figure, nor a model
    # number ("BM-21 rockets hit Thai villages: 6 dead")
    # (nor a thread's post number: "2/7 SAF statement: 11 drones launched")
    # (nor an update's: "Corrects UPDATE 2: 20 injured")
    # (nor a sitrep's date-time group: "241400C: 1x UAV (quadcopter) engaged and downed")
    r"(?<![:.\d/])(?<![A-Za-z]-)(?<![A-Za-z])(?<!UPDATE\s)(?<!Update\s)(?!\d{4,6}[A-Z]\b)\d+(?![:.]?\d)(?!/\d)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|"
    r"hundreds)\b", _I)


# The last character _INTRO or _LIST_OPEN can end on, before trailing spaces: a window
# ending otherwise needs neither search.
_INTRO_LAST = frozenset("gGmMhH(:")


def _is_intro(text: str, start: int, s0: int) -> bool:
    """Whether the figure at `start` opens a breakdown of a total before it."""
    lo = max(s0, start - 20)
    if numbers.char_before(text, lo, start) not in _INTRO_LAST:
        return False
    if _INTRO.search(text, lo, start):
        return True
    m = _LIST_OPEN.search(text, lo, start)
    return m is not None and _FIGURE_BEFORE.search(text, s0, m.start()) is not None


_WOUNDED_DIE = re.compile(r"\s+(?:later\s+|have\s+|had\s+|has\s+)?(?:die|died|dies|succumb(?:ed|s)?)\b", _I)
_OUT_OF_BEFORE = re.compile(r"\bout\s+of\s+\Z", _I)
_AMONG_ASIDE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+who\s+(?:was|is)\s+(?:also\s+)?among\s+the\s+(?:injured|wounded|dead|killed)\b", _I)
_AND_FIGURE_WERE = re.compile(
    r",?\s+and\s+(?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)"
    r"\s+(?:were|was)(?=\s)", _I)
_ZERO_CAUSED_AFTER = re.compile(r"\s+(?:of\s+them\s+)?(?:caused|causing)\s+(?:any\s+)?(?:damage|harm|fire)\b", _I)
# ("killing its driver and a passenger, both residents of the town.": who they were, with
# where they came from)
_BOTH_APPOSITIVE = re.compile(
    r"both\s+(?![\w-]+ed\b)[\w-]+(?:\s+[\w-]+)?\s*(?:,|\.(?!\w)|\s+(?:of|from)\s)", _I)
_AND_ITEM_FIRED = re.compile(
    rf"\s+and\s+(?:\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){{0,2}}?(?:{_MUN_PLAIN})"
    r"\s+(?:launched|fired)\s+(?:from|at|toward|towards|by)\b", _I)
_SELF_CORRECTION = re.compile(
    r"\s*(?:,|—|–|--)\s*(?:(?P<word>sorry|no|i\s+mean|correction|or\s+rather|rather|make\s+that)\s*(?:,|—|–|--)?\s*)?", _I)
_PAUSE = re.compile(r"\s*(?:—|–|--)\s(?=\S)")
_IN_TEN_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+in\s+(?:every\s+)?(?:ten|10|a\s+hundred)\b(?!\s*(?:minutes|hours|days|seconds|years|months|weeks))", _I)
_AGENCIES_AFTER = re.compile(r"\s+bodies\b", _I)
_FIGURES_FROM_BEFORE = re.compile(r"\b(?:figures?|tolls?|counts?|numbers?|tallies|statements?)\s+(?:from|of|by)\s+the\s+\Z", _I)
_DIFFER_AFTER = re.compile(r"\s+bodies\s+(?:often\s+|usually\s+|sometimes\s+)?(?:differ|disagree|diverge|vary)\b", _I)
_HOSTAGE_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?hostages?\b", _I)
_MORE_AFTER_FIGURE = re.compile(r"\s+(?:more|further|additional)\b", _I)
_GROUP_NOUN_AFTER = re.compile(
    # ("11 members of a community guard were killed": the guard is no count either)
    r"\s+(?:[\w-]+\s+)?(?:family|families|household|households|clan|clans|guard|unit|militia|"
    r"brigade|battalion|patrol|crew|team|tribe)\b", _I)
_HOW = re.compile(r"\bhow\s+(?:many\s+of\s+)?\Z", _I)  # (a question: "how many of the rest reached")
_PERCENT_OF = re.compile(r"(?:percent|per\s+cent|%)\s+of\s+(?:the\s+|these\s+|its\s+)?\Z", _I)
_MODEL_GAP = re.compile(r"\s+[A-Z][\w-]*\s+")
_ALL_BUT = re.compile(r"\s+but\s+", _I)
_OF_SET_GAP = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?", _I)
_FATE_CLAUSE_BEFORE = re.compile(
    r"\b(?:who|that)\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|died)\s*,\s+\Z", _I)
_BELIEVED_BEFORE = re.compile(r",\s+(?:believed|thought|said|reported|identified|described)\s+(?:to\s+be|as)\s+\Z", _I)
_UNREAL_BEFORE = re.compile(r"\b(?:if|whether|unless)\s+(?:the\s+|a\s+|an\s+)?\Z", _I)
_AND_BEFORE = re.compile(r"(?:\band|,|\bas\s+well\s+as)\s*\Z", _I)


@dataclass(slots=True)
class _Link:
    """A verb tying a figure to a kind, and where it sits."""

    kind: str
    start: int
    end: int
    aux: bool = False
    how: str = "subject"
    verb: str = ""


@dataclass
class _Pending:
    """A figure with a noun but no verb of its own, waiting for a neighbour's."""

    amount: numbers.Amount
    start: int
    end: int
    family: str | None  # munition, casualty, or None when the noun does not say
    obj: str | None
    intro: bool = False  # "including 47", "among them three children", "(8 contractors"
    fallback: Fact | None = None
    bare: bool = False  # no noun at all: "downed over Belgorod and one over Kursk"
    gapped: bool = False  # "..., eleven over Kursk": a list item naming only a place


@dataclass
class _State:
    """What the rules remember while reading an article in order."""

    mentions: list[tuple[int, str]]  # (offset, munition class) of every munition named
    starts: list[int]
    heads: list[int]  # offsets of every word that may head a munition or victim noun phrase
    facts: list[Fact]
    launched: list[Fact]
    sentence_starts: list[int]
    all_heads: bool = False  # no head index (text changes length when lower-cased)
    gates: bool = False  # keyword tests on the lower-cased text are safe (see find)
    low: str | None = None  # the text lower-cased, when `gates`
    wounded_at: tuple[int, int] | None = None  # (sentence start, end of "of the wounded" or -1)
    box: tuple[int, str] | None = None  # (sentence index, kind) of the last "653 — drones launched" line
    # (sentence index, kind) of a sentence that ends in a colon after a count of munitions,
    # or of the last line of the list under it ("destroyed 118 UAVs:" / "43 UAVs over ...")
    colon: tuple[int, str] | None = None
    # (sentence index, kind, object) of an explainer's question ("How many missiles were
    # fired?"), which the figure that opens the next paragraph answers
    asked: tuple[int, str, str | None] | None = None
    text: str = ""  # the document's text
    kept: set[int] = field(default_factory=set)  # id() of each fact in `facts`: a long
    # live blog holds thousands, too many to scan for every new one


def find(doc: Document) -> list[Fact]:
    """Count facts of the article, in text order, at most one per kind and span."""
    quiet = _quieted(doc)
    if quiet is doc:
        return _find(doc)
    facts = _find(quiet)
    for f in facts:
        f.text = doc.text[f.start : f.end]  # (the report's own letters, not the lowered ones)
    return facts


_SMALL_LETTERS = re.compile(r"[a-z]")


def _quieted(doc: Document) -> Document:
    """The document with its blocks in capitals lower-cased: a ticker's or a flash's
    "3 SHOT DOWN BY SECURITY FORCES" reads as prose does, not as a row of names."""
    text = doc.text
    spans = []
    for b in doc.blocks:
        block = text[b.start : b.end]
        if len(_SMALL_LETTERS.findall(block)) > 0.15 * len(block):
            continue  # (prose: too many small letters for the block to be in capitals)
        letters = [c for c in block if c.isalpha()]
        if len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.85 * len(letters):
            spans.append((b.start, b.end))
    if not spans:
        return doc
    parts, pos = [], 0
    for start, end in spans:
        low = text[start:end].lower()
        if len(low) != end - start:
            continue  # (a letter that changes length when lowered would shift the offsets)
        parts += [text[pos:start], low]
        pos = end
    quiet = "".join(parts) + text[pos:]
    return doc if quiet == text else replace(doc, text=quiet)


def _find(doc: Document) -> list[Fact]:
    text = doc.text
    low = text.lower()
    aligned = len(low) == len(text)  # a few letters change length when lower-cased
    # keyword tests on `low` are safe where the document's own lower-cased copy is
    gates = doc.lower is not None
    heads = [st for st, _ in _HEAD_STARTS.starts(low)] if aligned else []
    if aligned and "year-old" in low:
        heads = sorted(heads + _year_old_heads(low))
    mentions = _munition_mentions(text, low, heads if aligned else None, gates)
    state = _State(mentions, [m[0] for m in mentions], heads, [], [], [s.start for s in doc.sentences])
    state.all_heads = not aligned
    state.gates = gates
    state.text = text
    state.low = low if gates else None
    for sent in doc.sentences:
        if sent.block.kind == "byline":
            continue
        _sentence(doc, sent, state, low[sent.start : sent.end])
    if "|" in text:
        state.facts += _table_tolls(text)
    if "/" in text:
        state.facts += _slash_rows(text)
    if "(+" in text:
        state.facts += _loss_rows(text)
    if "neutrali" in low:
        state.facts = [f for f in state.facts if not _neutralized_broken_down(text, f)]
    seen: set[tuple[str, int, int]] = set()
    out: list[Fact] = []
    for f in sorted(state.facts, key=lambda f: (f.start, f.end)):
        key = (f.kind, f.start, f.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    if no_attack.headline_tells_none(doc):
        # a report of a test, a drill, an accident or a truce holding: only a sentence that
        # itself tells of an attack keeps its counts (an old attack remembered, one last
        # night's strike among the demonstration's figures), and "no rockets fired" stands
        sents = doc.sentences_at([f.start for f in out])
        attack: dict[int, bool] = {}  # per sentence, asked once
        for s in sents:
            if s is not None and s.index not in attack:
                attack[s.index] = no_attack.ATTACK_WORD.search(text, s.start, s.end) is not None
        out = [f for f, s in zip(out, sents, strict=True)
               if (s is not None and attack[s.index]) or (f.kind == "launched" and f.value == 0)]
    return out


# "neutralized five members ... Of the five, three were killed and two were captured",
# "has neutralized 38 since January, 21 of whom were killed, while the rest surrendered":
# the neutralized are the dead and the taken together, and the dead are told apart
_TAKEN_ALIVE = r"\b(?:captured|arrested|surrendered|apprehended|detained|taken\s+(?:alive|prisoner|captive))\b"
_NEUTRALIZED_SPLIT = re.compile(
    # "... Of the five, three were killed and two were captured" (the next sentence may open so)
    rf"[^.;]{{0,160}}?(?:[,;]|[.;]\s*[“\"]?(?=Of\s))\s*of\s+(?:the|these|those)(?:\s+[\w-]+)?\s*,\s+"
    rf"(?P<n1>[\w-]+)\s+(?:were|was)\s+(?:killed|slain)\b[^.;]{{0,100}}?{_TAKEN_ALIVE}"
    # "..., 21 of whom were killed in encounters, while the rest surrendered"
    rf"|[^.;]{{0,160}}?,\s+(?P<n2>[\w-]+)\s+of\s+(?:whom|them)\s+(?:were|was)\s+(?:killed|slain)\b[^.;]{{0,100}}?{_TAKEN_ALIVE}",
    _I)


def _neutralized_broken_down(text: str, f: Fact) -> bool:
    """Whether a count "neutralized" is split after it into the killed and the captured:
    then it is no count of the dead (the split's own figure is)."""
    if f.kind != "killed" or f.value is None or "neutrali" not in f.text.lower():
        return False
    m = _NEUTRALIZED_SPLIT.match(text, f.end, min(len(text), f.end + 400))
    dead = numbers.word_value(m.group("n1") or m.group("n2")) if m is not None else None
    return dead is not None and dead <= f.value


_TABLE_TOLL_HEAD = re.compile(r"\s*(?:k|killed|dead|kia)\s*/\s*(?:w|wounded|injured|wia)\s*", _I)
_TABLE_TOLL_CELL = re.compile(r"(?P<k>\d{1,4})\s*/\s*(?P<w>\d{1,4})")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of `text` with the offset it starts at."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _table_tolls(text: str) -> list[Fact]:
    """The casualty columns of a table typed with bars: a header row with a "K / W" cell,
    or cells of the dead ("Killed", "Arrived dead", "Died after admission") and of the
    hurt ("Wounded", "Admitted wounded"), then rows of as many cells with figures there
    ("3 / 5"; "9"). A row of another shape ("TOTAL: 11 attacks | 11 dead") ends the
    table: its figures are prose."""
    out: list[Fact] = []
    columns: dict[int, str] = {}  # column index -> "pair", "killed" or "injured"
    width = 0  # the header's cell count
    for line_start, line in _lines(text):
        cells = line.split("|")
        if len(cells) < 3:
            columns = {}
            continue
        head = {i: kind for i, c in enumerate(cells) if (kind := _table_column(c))}
        if head:
            columns, width = head, len(cells)
            continue
        if not columns or len(cells) != width:
            columns = {}
            continue
        lo = line_start
        for i, cell in enumerate(cells):
            kind = columns.get(i)
            if kind is not None:
                a, b = lo + len(cell) - len(cell.lstrip()), lo + len(cell.rstrip())
                if kind == "pair" and (m := _TABLE_TOLL_CELL.fullmatch(text, a, b)):
                    for k, group in (("killed", "k"), ("injured", "w")):
                        n = int(m.group(group))
                        out.append(_fact(text, k, n, n, n, "exact", None, a, b, f"casualty.{k}.table", "list"))
                elif kind == "launched":
                    out += _munitions_cell(text, a, b)
                elif kind != "pair" and (m := _TABLE_NUMBER_CELL.fullmatch(text, a, b)):
                    n = int(m.group())
                    out.append(_fact(text, kind, n, n, n, "exact", None, a, b, f"casualty.{kind}.table", "list"))
            lo += len(cell) + 1
    return out


# A digest's list of days: "Mon: 3 killed / 11 injured" names the two columns that the
# rows under it give bare: "Tue: 2 / 8"
_SLASH_HEAD = re.compile(r"[ \t]*[^:\n]{1,24}:[ \t]*\d{1,4}[ \t]+(?:killed|dead)[ \t]*/[ \t]*\d{1,4}[ \t]+"
                         r"(?:injured|wounded|hurt)[ \t\r]*", _I)
_SLASH_ROW = re.compile(r"[ \t]*[^:\n]{1,24}:[ \t]*(?P<k>\d{1,4})[ \t]*/[ \t]*(?P<w>\d{1,4})[ \t\r]*")


def _slash_rows(text: str) -> list[Fact]:
    """casualty.<kind>.slash_row: the dead and the hurt of each row under a row that
    named its columns ("Mon: 3 killed / 11 injured" over "Tue: 2 / 8")."""
    out: list[Fact] = []
    headed = False
    for line_start, line in _lines(text):
        if _SLASH_HEAD.fullmatch(line):
            headed = True
            continue
        row = _SLASH_ROW.fullmatch(line) if headed else None
        if row is None:
            headed = False
            continue
        a, b = line_start + row.start("k"), line_start + row.end("w")
        for kind, group in (("killed", "k"), ("injured", "w")):
            n = int(row.group(group))
            out.append(_fact(text, kind, n, n, n, "exact", None, a, b, f"casualty.{kind}.slash_row", "list"))
    return out


# A general staff's list of the enemy's losses, one line a kind, the war's total and the
# day's in brackets: "operational-tactical UAVs — 78,215 (+154)", "cruise missiles — 4,061
# (+2)". The munitions among them were downed; tanks and guns are no counts.
_LOSS_ROW = re.compile(
    r"^[ \t]*(?:[-–—•*][ \t]*)?(?P<label>(?:operational[- ]tactical[ \t]+(?:level[ \t]+)?)?(?:UAVs|drones)|cruise[ \t]+missiles)"
    r"[ \t]*[—–:-][ \t]*(?:about[ \t]+)?(?P<total>\d[\d,]*)[ \t]*\(\+(?P<n>\d[\d,]*)\)[ \t]*$", _I | re.MULTILINE)


def _loss_rows(text: str) -> list[Fact]:
    """count.intercept.loss_row: the munitions of a losses list downed that day, and in all."""
    out: list[Fact] = []
    for m in _LOSS_ROW.finditer(text):
        cls = "cruise missile" if "missile" in m.group("label").lower() else "drone"
        for group, rule, lo, hi in (("total", "count.intercept.loss_total", m.start("label"), m.end("total")),
                                    ("n", "count.intercept.loss_row", m.start("total"), m.end("n") + 1)):
            n = int(m.group(group).replace(",", ""))
            out.append(_fact(text, "intercepted", n, n, n, "exact", cls, lo, hi, rule, "list"))
    return out


_TIMES_SIGN = re.compile(r"\s*[x×]\s*", _I)
_CALIBRE_AT = re.compile(rf"\s*(?:{_CALIBRE})", _I)


def _munitions_cell(text: str, a: int, b: int) -> list[Fact]:
    """A table's "Munitions" cell: what was fired, each figure with its noun ("6 x 60mm
    mortar rounds", "4 armed drones + approx. 20 mortar bombs")."""
    out: list[Fact] = []
    for amt in numbers.find(text[a:b]):
        if (amt.value is None and amt.min is None) or amt.ref is not None or amt.zero:
            continue
        at = a + amt.end
        if (times := _TIMES_SIGN.match(text, at, b)) is not None:
            at = times.end()  # ("6 x 60mm mortar rounds")
        if (calibre := _CALIBRE_AT.match(text, at, b)) is not None:
            at = calibre.end()
        head = _HEAD.match(text, at, b)
        if head is None or head.group("mun") is None:
            continue
        cls = _munition_class(text, _sub(head, "mun"), head.start("mods"))
        out.append(_fact(text, "launched", amt.value, amt.min, amt.max, amt.qualifier, cls, a + amt.start, head.end(),
                         "count.launch.table", "list"))
    return out


def _table_column(cell: str) -> str | None:
    """What a header cell's column holds: "pair" (killed / wounded), "killed", "injured"."""
    if _TABLE_TOLL_HEAD.fullmatch(cell):
        return "pair"
    if _TABLE_KILLED_HEAD.fullmatch(cell):
        return "killed"
    if _TABLE_INJURED_HEAD.fullmatch(cell):
        return "injured"
    if _TABLE_MUNITIONS_HEAD.fullmatch(cell):
        return "launched"
    return None


_TABLE_KILLED_HEAD = re.compile(
    r"\s*(?:killed|dead|deaths|fatalities|martyrs|kia|arrived\s+dead|died(?:\s+after\s+admission|\s+in\s+hospital)?)\s*", _I)
_TABLE_INJURED_HEAD = re.compile(r"\s*(?:injured|wounded|injuries|hurt|wia|admitted(?:\s+(?:wounded|injured))?)\s*", _I)
_TABLE_NUMBER_CELL = re.compile(r"\d{1,5}")
_TABLE_MUNITIONS_HEAD = re.compile(r"\s*(?:munitions?|weapons?(?:\s+used)?|ordnance|fired|means(?:\s+of\s+attack)?)\s*", _I)


def _munition_mentions(text: str, low: str, heads: list[int] | None, gates: bool) -> list[tuple[int, str]]:
    """Every munition named in the text, with its class. `heads` are the offsets where a
    munition or victim word may start (None when `low` is not aligned with `text`);
    `gates`: case-blind patterns may run on `low` instead."""
    out: list[tuple[int, str]] = []
    if heads is None:
        # offsets must stay aligned; the full pattern below is case-blind anyway
        starts = [w.start() for w in _MUN_STARTS.finditer(text)]
    else:
        # the head words that begin like a munition: the places _MUN_STARTS would find
        # (both lists are word starts, so no second scan of the text is needed)
        starts = [p for p in heads if low.startswith(_MUN_FIRST_WORDS, p)]
    for start in starts:
        m = _ANY_MUNITION_LOW.match(low, start) if gates else _ANY_MUNITION.match(text, start)
        if m is None:
            continue
        if _PAYLOAD_BEFORE.search(text, max(0, start - 24), start):
            continue  # "drones loaded with explosives": the drones are the munition
        if _ATTACK_AFTER.match(text, m.end()) and _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
            continue  # "shortly before the drone attack": no drone a later "them" stands for
        if m.group(0).lower().endswith("launch") and not _LAUNCH_FOLLOWER.match(text, m.end()):
            continue  # "the launch site"
        lo = max(0, m.start() - 25)
        if _interceptor_near(text, low if gates else None, lo, m.start(), m.end(), m.end() + 15):
            continue
        cls = _munition_class(text, m, lo)
        if cls == "drone" and _FIRED_FROM_BEFORE.search(text, max(0, start - 60), start):
            continue  # "launched 16 explosive artifacts from drones": the drones only carried them
        out.append((m.start(), cls))
    return out


_FIRED_FROM_BEFORE = re.compile(
    r"\b(?:launched|fired|dropped|released)\s+(?:\d+|[a-z]+)\s+[^.;,]{0,40}?\bfrom\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+)?\Z", _I)


def _is_salvo(a: numbers.Amount) -> bool:
    """Whether the figure is a salvo word with no number ("a barrage of", "a wave of")."""
    return a.qualifier == "vague" and a.value is None and a.min is None and any(
        w in a.text.lower() for w in numbers.SALVO_WORDS)


def _salvo_fired(text: str, s0: int, start: int) -> bool:
    """Whether a salvo named at `start` was fired: not when a threat, a fear, a plan or a
    denial comes shortly before it ("warned it could unleash a barrage of", "residents
    feared a rocket barrage"). The month May is no modal."""
    lo = max(s0, start - 60)
    # (the salvo's own clause: "Officials, who will meet on Sunday, said a rocket barrage
    # struck" is told as fact)
    lo = max([lo] + [text.rfind(b, lo, start) for b in (",", ";", " said ", " says ")])
    return not any(not m.group(0).startswith("May") for m in _SALVO_DOUBT.finditer(text, lo, start))


_SALVO_DOUBT = re.compile(
    rf"\b(?:{lx.HYPOTHETICAL}|{lx.NEGATION}|no|threat\w*|warn\w*|fear\w*|expect\w*|brac\w*|"
    rf"prepar\w*|await\w*|risk\w*)\b", _I)
_ATTACK_AFTER = re.compile(r"\s+attacks?\b", _I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+\Z", _I)
# "including a passer-by": one of a set counted before, named; "... and two soldiers": an
# item of a numbered list of the counted
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+\Z", _I)
_AND_FIGURE_AFTER = re.compile(r"\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", _I)


def _launch_noun_ok(text: str, head: re.Match[str], s1: int) -> bool:
    """A singular "launch" is a munition only before a verb or a mark ("One launch was
    intercepted", "a launch from Gaza"), not as a modifier ("two launch cells")."""
    if not text[head.start("mun") : head.end()].lower().endswith("launch"):
        return True
    return _LAUNCH_FOLLOWER.match(text, head.end(), s1) is not None


_LAUNCH_FOLLOWER = re.compile(
    r"\s+(?:was|were|is|has|had|from|toward|towards|at|into|crossing|that|which)\b|\s*(?:[,.;:)]|$)", _I)
# "The missile was not intercepted", "the missiles were not shot down": none of them was
_NOT_INTERCEPTED = re.compile(
    # (not "the other two drones were not intercepted": a part of a set, which the rest of
    # the set was)
    r"\b(?:the|both|all)\s+(?:(?!(?:other|remaining|rest|one|two|three|four|five|six|first|second|third|fourth|"
    r"last|latter|former|\d+)\b)[\w-]+\s+){0,2}?"
    r"(?P<mun>missiles?|rockets?|drones?|projectiles?|uavs?|shells?)\s+"
    r"(?:was|were)\s+not\s+(?:intercepted|shot\s+down|downed)\b", _I)
# (nor is a gun's round: "hit by a rifle round", "a sniper round")
_NO_WEAPON_BEFORE = re.compile(r"\b(?:target|delivery|cargo|toy|mock|dummy|training|rifle|sniper|pistol|small-arms)\s+\Z", _I)
_PLANTED = re.compile(r"\b(?:car|truck|roadside|suicide)\s+$", _I)
_OTHER_PLURAL_AFTER = re.compile(
    r"\s+(?!(?:of|were|was|have|had|are|is|been|them|these|those|others|times|days|hours|appears|seems|remains)\b)[a-z]{3,}s\b", _I)
# Nouns whose "of ..." names the body they belong to ("two employees of the energy
# company"); of these, members and personnel are best named by that body
_MEMBERS_OF_A_BODY = ("member", "personnel", "employee", "staff", "worker")
_NAMED_BY_THEIR_BODY = ("member", "personnel")
_OF_NAMED_UNIT = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_FELL_BEFORE = re.compile(r"\b(?:fell|landed|crashed|splashed|exploded)\b", _I)
_NONE_OF_SET = re.compile(r"none\s+of\s+(?:the|its|their|his|her|our|these|those)\s+", _I)
# what a drone carries: "drones loaded with explosives", "quadcopters carrying mortar
# rounds" (one word may stand between)
_PAYLOAD_BEFORE = re.compile(r"(?:(?:loaded|laden|packed|rigged|filled|armed)\s+with|carrying)\s+(?:[\w-]+\s+)?\Z", _I)


def _interceptor_near(text: str, low: str | None, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether a mark of the air defence stands in text[lo:hi], in the clause of the
    munition named at text[start:end] ("surface-to-air missiles", "missiles of the Iron
    Dome"; not "fired 10 missiles, air defence said"). `low`: the text lower-cased, when
    safe to match on."""
    if not _interceptor_in(text, low, lo, hi):
        return False  # (most windows hold no mark: their clause need not be found)
    lo = max([lo] + [text.rfind(b, lo, start) + len(b) for b in _INTERCEPTOR_BREAKS])
    cut = [i for b in _INTERCEPTOR_BREAKS if (i := text.find(b, end, hi)) >= 0]
    if (said := _SPEAKER_AFTER_COMMA.search(text, end, hi + 40)) is not None and said.start() < hi:
        cut.append(said.start())  # "fired 10 missiles, air defence said": a speaker, not a mark
    return _interceptor_in(text, low, lo, min(cut) if cut else hi)


def _interceptor_in(text: str, low: str | None, lo: int, hi: int) -> bool:
    if low is not None:
        return _INTERCEPTOR_LOW.search(low, lo, hi) is not None
    return _INTERCEPTOR.search(text, lo, hi) is not None


_INTERCEPTOR_BREAKS = (";", ":", ". ", " and ")
_SPEAKER_AFTER_COMMA = re.compile(r",(?=[^,;.]{0,40}\b(?:said|says|reported|told|added|stated)\b)", _I)


def _munition_class(text: str, m: re.Match[str], mods_start: int) -> str:
    idx = int((m.lastgroup or "m0")[1:])
    cls = _MUN_CLASSES[idx]
    around = text[mods_start : m.end()]
    for pat, base, refined in _REFINERS:
        if base == cls and pat.search(around):
            return refined
    return cls


def _carried(state: _State, pos: int, reach: int = 2) -> str | None:
    """The munition named last before `pos`, if within `reach` sentences before; else
    that of a munition count in those sentences (a chain of counts carries its munition:
    "13 drones ... They were engaged ... Eleven were destroyed. The remaining two crashed")."""
    i = bisect.bisect_left(state.starts, pos) - 1
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    if i >= 0:
        off, cls = state.mentions[i]
        if j - bisect.bisect_right(state.sentence_starts, off) + 1 <= reach:
            return cls
    if reach > 1:
        for f in reversed(state.facts):
            if f.start >= pos or f.kind not in MUNITION_KINDS or f.object is None:
                continue
            return f.object if j - bisect.bisect_right(state.sentence_starts, f.start) + 1 <= reach else None
    return None


# Keywords a rule's pattern cannot match without (lower-cased): a sentence lacking all of
# them skips the rule's scan. Whole words are looked up in the sentence's word set.
_WORD = re.compile(r"[a-z]+")
_ZERO_CASUALTY_HINTS = ("casualt", "injur", "wound", "death", "fatalit", "dead", "victim", "loss",
                        "kill", "hurt", "harm", "no cas", "kia", "wia")
_UNHURT_HINTS = ("unharmed", "unhurt", "uninjured", "unscathed")
_VAGUE_GROUP_HINTS = ("injur", "wound", "hurt", "killed", "died", "concussion")
# The first word of each group noun of _VAGUE_GROUP ("service members", "crew members").
_VAGUE_GROUP_NOUNS = frozenset((
    "personnel", "civilians", "soldiers", "troops", "service", "servicemembers", "servicemen",
    "people", "residents", "americans", "israelis", "palestinians", "ukrainians", "iraqis",
    "syrians", "lebanese", "contractors", "workers", "children", "passengers", "crew",
    "sailors", "police", "policemen", "citizens", "others"))
_ONE_OBJECT_VERBS = ("killing", "killed", "wounding", "wounded", "injuring", "injured")


def _finditer(pattern: re.Pattern[str], twin: re.Pattern[str], text: str, low: str | None,
              s0: int, s1: int) -> Iterator[re.Match[str]]:
    """pattern's matches in text[s0:s1], by its twin on `low` (State.low) when set: the
    offsets are the same, the groups lower-cased."""
    return twin.finditer(low, s0, s1) if low is not None else pattern.finditer(text, s0, s1)


def _has(glow: str | None, hints: tuple[str, ...]) -> bool:
    """Whether the lower-cased sentence holds one of `hints` (always, without one)."""
    return glow is None or has_any(glow, hints)


def _has_word(words: frozenset[str] | None, table: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether the sentence's words hold one of `table` (always, without a word set)."""
    return words is None or not words.isdisjoint(table)


def _is_headline(sent: Sentence) -> bool:
    """Whether the sentence is told as a headline is, with its articles dropped: the
    headline's own, a standfirst's under it, or a live page's entry title."""
    return sent.block.kind == "headline" or sent.block.role in ("standfirst", "title")


def _sentence(doc: Document, sent: Sentence, state: _State, low: str) -> None:
    text = doc.text
    s0, s1 = sent.start, sent.end
    main = sent.block.kind not in ("caption", "related")
    new: list[Fact] = []

    # `glow`: the sentence lower-cased, for the keyword tests that spare a rule its scan;
    # None (scan always) when case-blind matching could differ from it
    glow = low if state.gates else None
    words: frozenset[str] | None = None
    if has_any(low, _ZERO_HINTS):
        if _has(glow, _ZERO_CASUALTY_HINTS):
            new += _zero_casualties(text, s0, s1, state.low)
        if _has(glow, _UNHURT_HINTS):
            new += _unhurt(text, s0, s1, state.low)
        if _has(glow, ("hit", "struck", "impact", "strike")):
            new += _zero_impacts(text, s0, s1, state)
    # (the next two read offsets off the lower-cased sentence, which must keep its length:
    # the document's slice when the document kept its, else the sentence lowered alone)
    own_low = low if not state.all_heads else text[s0:s1].lower()
    aligned = len(own_low) == s1 - s0
    if ("hits " in low or "impacts " in low) and aligned:  # (both word orders)
        new += _hits_by(text, s0, s1, own_low)
    if "among " in low:
        new += _among_the(text, s0, s1)
    if ("x" in low or "×" in low) and _X_FIGURE.search(low):
        new += _times_after(text, s0, s1, _taken(new))
    if (":" in low or "—" in low or "–" in low) and has_any(low, _TALLY_HINTS):
        new += _tally(text, s0, s1)
    if ("half of" in low or "majority of" in low or "most of" in low or "bulk of" in low) and (
            aligned and _SHARE_OF_SET.search(own_low) is not None):
        new += _share_of_set(text, s0, own_low)
    hinted = has_any(low, _CASUALTY_HINTS)
    if hinted:
        words = frozenset(_WORD.findall(glow)) if glow is not None else None
        if (_has_word(words, _ONE_NOUNS) or _has_word(words, ("him", "her"))) and _has_word(words, ("and",)):
            new += _pairs(text, s0, s1, state)
    if hinted and ("kill" in low or "eliminat" in low or "assassinat" in low):
        new += _named_killed(text, s0, s1, _taken(new))
    if "martyrdom of" in low or "death of" in low:
        new += _death_of_one(text, s0, s1, _taken(new))
    if "some " in low or "a number " in low:
        # (kept at once: "Some were intercepted, while the rest fell" leaves the rest vague)
        for f in _some_of_set(text, s0, s1, state, _taken(new)):
            _keep(f, new, state)
    if state.launched and "first" in low:
        # (before the figures: "The first struck the wall, the second and third landed in
        # the bazaar and the rest exploded" leaves the rest 7 - 1 - 2)
        for f in _first_of_set(text, s0, s1, state, _taken(new)):
            _keep(f, new, state)
    if "barrage" in low or "salvo" in low or "volley" in low or "swarm" in low:
        # (before the figures: "with a rocket salvo and two attack drones" lists the drones
        # after the salvo, under the salvo's verb)
        for f in _salvo_compound(text, s0, s1, _taken(new)):
            _keep(f, new, state)
    if "out of" in low:
        new += _out_of_launched(text, s0, s1)
    if "drop" in low and has_any(low, ("device", "artefact", "artifact", "explosive charges")):
        new += _dropped_devices(text, s0, s1, _taken(new))
    if "any " in low or "either" in low:
        new += _none_stopped(text, s0, s1, state)
    if "what " in low and _WHAT_WERE.search(low) is not None:
        new += _what_were(text, s0, s1)
    if state.asked is not None or low.endswith("?"):
        new += _answered(text, sent, state, low)
    if "targets" in low:
        # (before the figures: "downed/suppressed 101 targets in the north ...: 2 ballistic
        # missiles and 99 UAVs" would otherwise read the list as a launch)
        new += _targets_downed(text, s0, s1, _taken(new))
    claimed = _taken(new)

    # the sentence's slice of the lower-cased document is its own lower-cased copy when
    # the document kept its length
    if state.all_heads:
        amounts = numbers.find(text[s0:s1], articles=True)
    else:
        amounts = numbers.find_lowered(text[s0:s1], low, articles=True)
    if "(" in low:
        # "two (2) fell", "four (04) of the six (06) drones": a statement's figure written
        # twice is one figure, which runs to the closing bracket (so "seven (07) fell"
        # reaches its verb, and "Three (03) of the rockets" its set)
        kept: list[numbers.Amount] = []
        for a in amounts:
            if kept and kept[-1].end > a.start:
                continue  # the figure again, inside the brackets after the one before
            twice = _FIGURE_IN_PARENS.match(text, s0 + a.end, s1)
            # (the figure itself, past any qualifier: "more than 100 (one hundred)")
            core = a.value if a.number_start < 0 else numbers.word_value(a.text[a.number_start - a.start :])
            if twice is not None and core is not None and numbers.word_value(twice.group(1)) == core:
                a = replace(a, end=twice.end() - s0, text=text[s0 + a.start : twice.end()])
            kept.append(a)
        amounts = kept
    if " of " in low and any(a.text.lower().endswith(" of") for a in amounts):
        amounts = _of_opens_set(text, s0, s1, amounts)
    if " in " in low and _ONE_IN_N.search(text, s0, s1):
        amounts = _shares(text, s0, s1, state, amounts)
    skip: set[int] = set()
    pending: list[_Pending] = []
    unreal = "if " in low or "whether" in low or "unless" in low
    percent = "percent" in low or "per cent" in low or "%" in low
    asks = glow is None or "how" in glow  # a question ("how many") needs the word
    spread = low.startswith("of the ") and _OF_THE_HURT.match(text, s0, s1) is not None
    reach = s0  # the furthest end of a fact the figures so far have made
    for i, a in enumerate(amounts):
        if i in skip:
            continue
        start, end = s0 + a.start, s0 + a.end
        if claimed and claimed.covers(start):
            continue
        nxt = amounts[i + 1] if i + 1 < len(amounts) else None
        if a.ref is not None and nxt is not None and nxt.start - a.end <= 1 and nxt.ref is None:
            continue  # "all 15 were intercepted", "the remaining 12": the figure carries the count
        if (a.qualifier == "vague" and a.text.lower().endswith(" of") and nxt is not None
                and nxt.start - a.end <= 1 and nxt.ref is None and not nxt.article):
            continue  # "a barrage of 40 rockets": the figure, not the barrage, is the count
        if nxt is not None and (fix := _SELF_CORRECTION.match(text, end, s0 + nxt.start)) is not None and (
                fix.end() == s0 + nxt.start and not nxt.article and (
                    fix.group("word") or a.text.lower() == nxt.text.lower())):
            # a speaker's "twelve, sorry, fourteen rockets", "four — four — missiles": the last
            # figure stands, read from where the first began (its verb is before both)
            stop = nxt.end
            if fix.group("word") is None and (pause := _PAUSE.match(text, s0 + stop, s1)) is not None:
                stop = pause.end() - s0 - 1  # (the stammer's last dash: "four — four — ballistic missiles")
            amounts[i + 1] = replace(nxt, start=a.start, end=stop, text=text[start : s0 + stop])
            continue
        if a.zero and text.startswith(("neither", "Neither"), start) and _NOR_AFTER.match(text, end, s1):
            continue  # "neither the ship nor its crew was harmed": a conjunction, no count
        if text.endswith(("crew of ", "crews of "), s0, start) or _VESSEL_NAME_BEFORE.search(text, max(s0, start - 60), start):
            continue  # "a crew of about 300", "the bulk carrier Maple Harmony 2": no counts
        if " hostage" in low and text.endswith(("bodies of ", "remains of "), s0, start) and (
                _HOSTAGE_NOUN_AFTER.match(text, end, s1)):
            continue  # "the bodies of two Israeli hostages were returned": no toll of this attack
        if " bodies" in low and _AGENCIES_AFTER.match(text, end, s1) and (
                _FIGURES_FROM_BEFORE.search(text, max(s0, start - 30), start) or _DIFFER_AFTER.match(text, end, s1)):
            continue  # "Figures from the two bodies often differ": two agencies, not two dead
        if " hostage" in low and _HOSTAGES_AFTER.match(text, end, s1):
            continue  # "1,200 people were killed and 251 taken hostage": seized, not hurt
        if spread and _TREATED_AT_AFTER.match(text, end, s1):
            continue  # "Of the wounded, 25 were treated at Al-Ahli, 11 were transferred ...": where they went
        if asks and numbers.char_before(text, max(s0, start - 5), start) in ("w", "W", "f") and _HOW.search(
                text, max(s0, start - 14), start):
            continue  # "how many had been launched" asks, it does not count
        if (i > 0 and text.endswith(", ", s0, start) and a.text.lower() == "both"
                and start - (s0 + amounts[i - 1].end) <= 30 and _BOTH_APPOSITIVE.match(text, start, s1)):
            continue  # "Two of the wounded, both women, were ...": who the two are
        if a.article and _AMONG_ASIDE_AFTER.match(text, end, s1):
            continue  # "the daughter of a local shopkeeper, who was among the injured": told already
        if a.zero and _ZERO_CAUSED_AFTER.match(text, end, s1):
            continue  # "Both were shot down, and neither caused any damage": no fate of its own
        if _DUDS.match(text, start, s1):
            continue  # "three KAB guided bombs ..., one of which did not explode": a dud, no count
        if text.endswith(" of ", s0, start) and _GROUP_NOUN_AFTER.match(text, end, s1):
            continue  # "nine members of one family were killed": the family is no count
        if text.endswith(" of ", s0, start) and _OUT_OF_BEFORE.search(text, max(s0, start - 16), start):
            continue  # "One missile out of four got through": the four is the set, not a count
        if (" in ten" in low or " in 10 " in low or " in a hundred" in low) and _IN_TEN_AFTER.match(text, end, s1):
            continue  # "Ukraine stopped nine drones in ten on Sunday": a rate, no count
        if percent and _PERCENT_OF.search(text, max(s0, start - 22), start):
            continue  # "80 percent of the 50 drones were downed": the 50 is the set, not the downed
        if i > 0 and _MODEL_GAP.fullmatch(text, s0 + amounts[i - 1].end, start):
            continue  # "two Yassin 105 rockets": the 105 names the model
        if unreal and _UNREAL_BEFORE.search(text, max(s0, start - 16), start):
            continue  # "if the second bomb had hit ...", "whether the militant was killed"
        if a.ref == "all" and nxt is not None and nxt.value and _ALL_BUT.fullmatch(text, end, s0 + nxt.start):
            # "brought down all but two": the whole set less the figure after "but"
            a = numbers.Amount(a.start, nxt.end, text[start : s0 + nxt.end], None, None, None, "vague",
                               ref="all", number_start=a.start, but=nxt.value)
            skip.add(i + 1)
            start, end = s0 + a.start, s0 + a.end
            whole = amounts[i + 2] if i + 2 < len(amounts) else None
            if (whole is not None and whole.value and whole.qualifier == "exact" and whole.ref is None
                    and whole.value > a.but and _OF_SET_GAP.fullmatch(text, end, s0 + whole.start)):
                # "All but one of the six missiles were shot down": the set is told, five
                n = whole.value - a.but
                a = numbers.Amount(a.start, whole.end, text[start : s0 + whole.end], n, n, n, "exact",
                                   number_start=a.start)
                skip.add(i + 2)
                end = s0 + a.end
        if a.article and start < reach and (text.endswith(", ", s0, start) or text.endswith(" and ", s0, start)):
            # "one of the injured guards, a father of three, had died": the same person;
            # "Two more, U Tin Maung (67) and a pregnant woman, died": one of the two
            continue
        if a.ref is not None and start < reach and text.endswith(" of ", s0, start):
            continue  # "two of the remaining drones crashed": the set of the figure before
        if a.article and text.endswith(", ", s0, start) and _FATE_CLAUSE_BEFORE.search(text, max(s0, start - 40), start):
            continue  # "The man who was killed, a tea seller in his 40s, was hit": the same man
        if a.article and _BELIEVED_BEFORE.search(text, max(s0, start - 30), start):
            continue  # "a third projectile, believed to be a drone, was shot down": the same one
        if a.value == 0 and a.text in ("0", "zero", "Zero") and (
                both := _NONE_KILLED_OR_HURT.match(text, end, s1)) is not None:
            # a key-figures box's "0 humanitarian workers killed or injured": none of either
            # (a figure above zero under both verbs counts neither)
            for kind in ("killed", "injured"):
                _keep(_fact(text, kind, 0, 0, 0, "exact", _victim_object(both.group("np"), None), start,
                            both.end(), f"casualty.{kind}.none_of_either", "none"), new, state)
            continue
        facts, consumed = _one(doc, sent, state, a, start, end, nxt, pending)
        if a.zero and facts and "ly " in low:
            # "none was seriously hurt": some were, lightly, so no zero
            facts = [f for f in facts if not _BADLY_HURT.search(f.text)]
        reach = max([reach] + [f.end for f in facts])
        if facts and i > 0 and amounts[i - 1].zero and _NONE_OF_SET.fullmatch(text, s0 + amounts[i - 1].start, start):
            # "None of its 21 crew members were hurt": the 21 is the set; none were hurt
            lo = s0 + amounts[i - 1].start
            # (a launch of the set stands: "None of the five drones hit" fired five)
            facts = [f if f.value == 0 or f.kind == "launched" else _fact(
                text, f.kind, 0, 0, 0, "exact", f.object, lo, f.end, f.rule + "_none", "none") for f in facts]
        if consumed:
            skip.add(i + 1)
        for f in facts:
            _keep(f, new, state)
    if pending:
        _resolve_pending(text, pending, new, state, _is_headline(sent))
        _settle_rest(new, state)
    if "—" in low or "–" in low:
        new += _dashed_breakdown(text, new)
    if " and " in low:
        new += _vague_pair(text, new)
    if text.find(",", s0, s1) >= 0 or text.find(";", s0, s1) >= 0:
        new += _second_source(text, s0, s1, new)
    if has_any(low, _UPDATE_HINTS):
        new += _toll_update(text, s0, s1, amounts, new)
    if ("striking" in low or "hitting" in low) and has_any(low, (" once", " twice", " times")):
        new += _struck_times(text, s0, s1, state, new)
    if ("struck" in low or "hit" in low) and (" times" in low or "twice" in low):
        found = _hit_times(text, s0, s1, new)
        for f in found:
            # (the munition "struck" as the subject was told as one hit)
            new = _drop(state, new, ("impacted",), s0, f.start)
        new += found
        if " times" in low and ("was " in low or "were " in low or "been " in low):
            new += _was_hit_times(text, s0, s1, _taken(new))
    if " it" in low and " and " in low and has_any(low, _DOWNED_IT_HINTS):
        new += _downed_it(text, s0, s1, _taken(new))
    if "twice as many" in low or "double that" in low or "same number" in low:
        new += _relative_toll(text, s0, s1, state, new)
    if has_any(low, _MOVED_FIGURE_HINTS) and has_any(low, _MOVED_NOUN_HINTS):
        new += _figure_moved(text, s0, s1, state, new)
    if "—" in low or "–" in low or " - " in low:
        new += _place_items(text, s0, s1, state, new)
    if (glow is None or "impact" in glow or "hits" in glow or "intercepts" in glow or "interceptions" in glow
            or "direct hit" in glow or "craters" in glow or "engagements" in glow or "splashes" in glow):
        nouns = _impact_nouns(text, s0, s1, amounts, state, new)
        for f in nouns:
            _keep(f, new, state)
        if nouns:
            # "There were two impacts inside the base, and the rest landed outside": the rest,
            # read before the impacts were, is the launch less them too
            _settle_rest(new, state, after=min(f.start for f in nouns))
    if hinted and (" and their " in low or " and his " in low or " and her " in low):
        new += _plural_and_one(text, s0, s1, new)
    if hinted and " and " in low and ("was " in low or "were " in low):
        new += _gapped_one(text, s0, s1, _taken(new))
    if hinted and "couple" in low:
        for f in _couple(text, s0, s1):
            # (over the figure a rule read off "killed an elderly couple": one "elderly")
            new = _drop(state, new, (f.kind,), f.start, f.end)
            new.append(f)
    if hinted:
        taken = _taken(new)
        if _has(glow, _VAGUE_GROUP_HINTS) and _has_word(words, _VAGUE_GROUP_NOUNS):
            new += _vague_groups(text, s0, s1, taken)
        one = _has_word(words, _ONE_NOUNS)
        item = _BULLET_TEXT.match(text, s0, s1)
        if _is_headline(sent):
            new += _single_headline(text, item.end() if item else s0, s1, taken)
        else:
            if one and _has_word(words, ("the", "his", "her", "their", "its")):
                new += _single_definite(text, s0, s1, taken, state.low)
            if one and _has_word(words, ("was", "had", "wounded", "injured", "hurt")) and _has_word(
                    words, ("dead", "died", "killed")):
                # ("A farmer who had been wounded by shelling died of his wounds": the
                # wound the clause tells gives way to the death)
                for f in _one_far(text, s0, s1, _taken([g for g in new if g.kind != "injured"]), state.low):
                    new = _drop(state, new, ("injured",), f.start, f.end)
                    new.append(f)
            if item is not None:
                # a live page's item drops the article as a headline does: "- 63-year-old
                # woman killed in Liski"
                new += _single_headline(text, item.end(), s1, _taken(new))
        if one and _has_word(words, _ONE_OBJECT_VERBS):
            new += _one_object(text, s0, s1, taken, state.low)
        if _has_word(words, ("he", "she")):
            new += _pronoun_victim(text, s0, s1, state, _taken(new))
    if hinted and ("along with" in low or "together with" in low):
        for f, m in _along_with_kin(text, s0, s1, new):
            # "a tea seller was killed along with her three children", "The woman ... was
            # killed along with her son": one family, summed (read after the one-person
            # rules, which find the woman)
            new = _drop(state, new, (f.kind,), f.start, f.start + 1)
            n = f.value + ((numbers.word_value(m.group("n")) or 0) if m.group("n") else 1)
            new.append(_fact(text, f.kind, n, n, n, "exact", "civilians", f.start, m.end(),
                             f"casualty.{f.kind}.along_with_kin", "coordinated"))
    if has_any(low, _ACCIDENT_HINTS) and _ACCIDENT.search(low):
        # "injuring three soldiers in a training accident", "11 killed in UXO accidents", a
        # pilot killed at an air show: no attack, so nothing of it is counted
        new = _drop(state, new, MUNITION_KINDS + CASUALTY_KINDS)
    if has_any(low, _NOT_AN_ATTACK_HINTS) and _NOT_AN_ATTACK.search(low):
        new = _drop(state, new, MUNITION_KINDS)
    elif ("launch" in low or "ground" in low or "defen" in low) and (pre := _BEFORE_LAUNCH.search(low)):
        # only the clause that says so: "destroyed two missiles 'prepared to launch' near
        # the port, and shot down one drone over the sea" keeps the drone
        if state.all_heads:  # (offsets in `low` are the text's only where it kept its length)
            new = _drop(state, new, ("intercepted",))
        else:
            lo = max(low.rfind(b, 0, pre.start()) for b in _CLAUSE_BREAKS)
            his = [i for b in _CLAUSE_BREAKS if (i := low.find(b, pre.end())) >= 0]
            hi = min(his) if his else len(low)
            new = _drop(state, new, ("intercepted",), s0 + max(lo, 0), s0 + hi)
    if "number of" in low:
        new += _number_of_launched(text, s0, s1, state, _taken(new))
    if "to hell" in low:
        new += _sent_to_hell(text, s0, s1, _taken(new))
    if ("/" in low and has_any(low, _SLASH_TOLL_HINTS)) or (" i" in low and has_any(low, (" k /", " k/", " k,", " k ("))):
        new += _slash_toll(text, s0, s1, _taken(new))
    if "of the deaths" in low or "of the fatalities" in low or "of them fatal" in low:
        new += _dead_among(text, s0, s1, _taken(new))
    if "lives" in low:
        new += _lives(text, s0, s1, _taken(new))
    if "there are " in low or "there were " in low:
        new += _there_are(text, s0, s1, _taken(new))
    if " in the amount of " in low or " in the quantity of " in low:
        new += _in_the_amount(text, s0, s1, _taken(new))
    if "family of" in low or "member family" in low:
        new += _family_of(text, s0, s1, _taken(new))
    if " not " in low:
        for m in _NOT_INTERCEPTED.finditer(text, s0, s1):
            cls = _munition_class(text, _ANY_MUNITION.match(text, m.start("mun")), m.start("mun"))
            new.append(_fact(text, "intercepted", 0, 0, 0, "exact", cls, m.start(), m.end(),
                             "count.intercept.not", "none"))
    if ("of th" in low or "of whom" in low or "among " in low) and has_any(
            low, ("injur", "wound", "dead", "kill", "martyr", "lives", "died")):
        new += _toll_parts(text, s0, s1, _taken(new))
    if "the " in low and has_any(low, (" are ", " were ", " include")) and has_any(low, ("injured", "wounded", "dead")):
        new += _toll_named_parts(text, s0, s1, state, _taken(new))
    if ("victims " in low or "they " in low) and has_any(low, (" are ", " were ", " include", " are:", " were:")):
        new += _victims_are(text, s0, s1, state, _taken(new))
    if "recorded" in low or "registered" in low or "identified" in low or "reported" in low:
        new += _hits_recorded(text, s0, s1, _taken(new))
    if has_any(low, _BARE_PLURAL_HINTS) and has_any(low, (" struck ", " hit ", " slammed ", " rained ")):
        # (a headline's too: "Rockets hit Tripoli airport" tells impacts, however many the
        # story counts later)
        new += _bare_plural_impact(text, s0, s1, _taken(new), _is_headline(sent))
    if has_any(low, _RANK_HINTS):
        new += _named_rank(text, s0, s1, _taken(new))
    if ("it " in low or "they " in low) and has_any(low, _PRONOUN_VERB_HINTS):
        new += _pronoun_subject(text, s0, s1, state, _taken(new))
    if _is_headline(sent):
        found = _headline_singular(text, s0, s1, state, _taken(new))
        for f in found:
            if f.rule.endswith("_item"):  # (the item's participle made a launch of it)
                new = _drop(state, new, ("launched",), f.start, f.start + 1)
        new += found
        if hinted and (kin := _HEADLINE_KIN.search(text, s0, s1)) is not None:
            # "mother and two children killed": one family, summed, over the figure's own fact
            verb = (kin.group("v") or kin.group("v2")).lower()
            kind = "injured" if verb.startswith(("wound", "injur", "hurt")) else "killed"
            kids = kin.group("n") or kin.group("n2")
            n = 1 + ((numbers.word_value(kids) or 0) if kids else 1)
            new = _drop(state, new, (kind,), kin.start(), kin.end())
            new.append(_fact(text, kind, n, n, n, "exact", "civilians", kin.start(), kin.end(),
                             f"casualty.{kind}.headline_kin", "coordinated"))
    if state.launched and "through" in low:
        new += _one_got_through(text, s0, s1, state, _taken(new))
    if "the " in low and (state.launched or any(
            f.value == 1 and f.kind in ("intercepted", "impacted") for f in state.facts[-8:])):
        new += _single_munition(text, s0, s1, state, _taken(new))
        if "first" in low:
            # (again after the figures: the set may have been launched in this sentence)
            new += _first_of_set(text, s0, s1, state, _taken(new))
    if state.colon is not None and state.colon[0] == sent.index - 1:
        new += _list_line(text, sent, state, _taken(new))
    if text.endswith(":", s0, s1) and (mun := [f for f in new if f.kind in MUNITION_KINDS]):
        state.colon = (sent.index, mun[-1].kind)
    if "following" in low and text.endswith(":", s0, s1):
        new += _following_list(text, s0, s1, _taken(new))
    if "—" in low or "–" in low or " - " in low:
        new += _box_line(text, sent, state, _taken(new))
    if "..." in low or "…" in low:
        new += _label_line(text, sent, state, _taken(new))
    if " of " in low and has_any(low, ("second", "third", "fourth", "final", "last")) and (
            "wave" in text[max(0, s0 - 400) : s1].lower()):
        new += _later_wave(text, s0, s1, state, _taken(new))
    bullet = (_BULLET.match(text, s0, s1) or _NAMED_ITEM.match(text, s0, s1) or _REST_ITEM.match(text, s0, s1)
              or _PLACE_LINE.match(text, s0, s1))
    # (a rule may have read a part of the item: "UAV — 100 of 126 (shot down: 61; ...)")
    if bullet and not any(f.kind in MUNITION_KINDS and f.start <= bullet.end() + 1 for f in new):
        new += _list_item(doc, sent, bullet)
    if "condition" in low:
        new = _condition_subset(new, state, sent)
    if "of them" in low or "of whom" in low:
        for f in [f for f in new if _telling_of_some(text, s1, f, new)]:
            new = _drop(state, new, ("injured",), f.start, f.start + 1)
    if " the other " in low or ", " in low or ":" in low or " - " in low or "—" in low or "–" in low:
        new += _other_gapped(text, s1, new)
    if "another " in low or " more" in low or "a further " in low or "an additional " in low:
        new += _more_gapped(text, s1, new)
    if "out of " in low:
        new += _out_of_whole(text, s1, new)
    if "number of" in low or "toll of" in low or "names of" in low or low.lstrip('“"').startswith("of the "):
        new += _toll_shapes(text, s0, s1, _taken(new))
    if " by " in low and " and " in low:
        new += _by_means_items(text, s1, new)
    if " down" in low:
        new += _split_particle(text, s0, s1, state, _taken(new))
    for f in new:
        f.main_event = main
        if id(f) not in state.kept:
            state.kept.add(id(f))
            state.facts.append(f)


# "One shell landed in the compound and the other on the roof": the verb is left out
_GAPPED_PREP = r"(?:in|on|at|near|into|inside|outside|onto|over|beside|behind|close\s+to)\b"
_OTHER_GAPPED = re.compile(
    # (the place may carry a clause of its own: "nine at the school, where displaced
    # families had been sheltering, seven in the Kariama neighbourhood")
    rf"(?:\s+{_GAPPED_PREP}[^,.;:\d]{{1,60}}?(?:,\s+where\s+[^,.;:\d]{{1,90}})?(?:\s*,?\s+and\s+|\s*,\s+)"
    # (or the list opens after a colon or a dash: "twenty-one impacts: twelve in Kalundu, ...")
    rf"|\s*(?::|\s[-–—])\s*)"
    rf"(?:(?P<o>the\s+other(?:\s+(?:one|missile|rocket|drone|shell|bomb|round|projectile))?)"
    # ("Two of the bombs fell on the district, one on an empty lot": a figure of its own)
    rf"|(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,3}}))\s+(?={_GAPPED_PREP})"
    # (a time is no place: "Three soldiers were wounded in the attack, 10 in the past week")
    rf"(?!\w+\s+(?:the\s+)?(?:past|last|previous|recent|same|first|next|coming|(?:19|20)\d\d)\b)", _I)


# (and a toll by place: "fourteen people were killed in the market, nine at the school")
_GAPPED_KINDS = ("impacted", "intercepted", "killed", "injured")


def _other_gapped(text: str, s1: int, new: list[Fact]) -> list[Fact]:
    """The second of two munitions told with the first one's verb left out ("one landed
    in the yard and the other on the roof"), or the next item of a list of where they
    fell ("two fell on the district, one on an empty lot")."""
    out: list[Fact] = []
    if not any(f.kind in _GAPPED_KINDS for f in new):
        return out  # (most sentences: the comma gate lets nearly all through)
    taken = _taken(new)
    for f in new:
        if f.kind not in _GAPPED_KINDS:
            continue
        at = f.end
        while (m := _OTHER_GAPPED.match(text, at, s1)) is not None:
            if m.group("o") is not None:
                if f.value != 1 or f.kind in CASUALTY_KINDS:
                    break
                g = _fact(text, f.kind, 1, 1, 1, "exact", f.object, m.start("o"), m.end("o"),
                          f"count.{_KIND_VERB[f.kind]}.other_gapped", "reference")
            else:
                n = numbers.word_value(m.group("n"))
                if n is None or taken.covers(m.start("n")):
                    break
                rule = _rule_id(f.kind, "gapped_item")
                g = _fact(text, f.kind, n, n, n, "exact", f.object, m.start("n"), m.end("n"), rule, "coordinated")
            out.append(g)
            at = g.end
    return out


# More of a count told with its verb left out, at another time: "he reported two more drones
# shot down at 20:51, at 21:37 four more, and at 22:46 another three", "Two soldiers were
# killed on Monday and another three on Tuesday"
_WHEN_GAP = (r"(?:(?:at|by|around)\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|on\s+[A-Z][a-z]+day|"
             r"on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\.?\s+\d{1,2}|later|then|overnight)")
_MORE_GAPPED = re.compile(
    rf"\s*,?\s+(?:and\s+)?(?:{_WHEN_GAP}\s*,?\s+)?"
    # ("38 wounded on 14 January and a further 9 on 15 January")
    rf"(?P<item>(?:another|a\s+further|an\s+additional)\s+(?P<n1>[\w-]+)|(?P<n2>[\w-]+)\s+more)"
    rf"(?=\s*(?:[,.;]|$|\s+{_WHEN_GAP}|\s+and\b))")
# (the count's own place may come before its time: "38 wounded from the camp on 14 January")
_OWN_VERB_LATER = re.compile(r"[^.;]*?\b(?:are|were|was|is|remain|remained|remains)\b", _I)
_WHEN_AFTER = re.compile(rf"(?:\s+(?:from|in|at|near)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+{_WHEN_GAP}")


def _more_gapped(text: str, s1: int, new: list[Fact]) -> list[Fact]:
    """<family>.more_gapped: each further figure of the count before it."""
    out: list[Fact] = []
    taken = _taken(new)
    for f in [f for f in new if f.value is not None and f.kind in MUNITION_KINDS + CASUALTY_KINDS]:
        at = f.end
        # (the count's own time may close it: "were killed on Monday, and another three")
        if (when := _WHEN_AFTER.match(text, at, s1)) is not None:
            at = when.end()
        while (m := _MORE_GAPPED.match(text, at, s1)) is not None:
            group = "n1" if m.group("n1") else "n2"
            n = numbers.word_value(m.group(group))
            if n is None or taken.covers(m.start(group)) or _OWN_VERB_LATER.match(text, m.end(), s1):
                break  # ("and another three, the army said, are missing": a fate of their own)
            out.append(_fact(text, f.kind, n, n, n, "exact", f.object, m.start("item"), m.end("item"),
                             _rule_id(f.kind, "more_gapped"), "coordinated"))
            at = m.end()
    return out


# The parts of a count by how it was done, told after it: "neutralized three other drones
# before they reached the town, two by electronic jamming and one by shooting it down"
_BY_MEANS = re.compile(
    r"[^.;]{0,80}?,\s+(?P<n1>[\w-]+)\s+by\s+[^,;.\d]{1,60}?(?:,\s+(?P<n2>[\w-]+)\s+by\s+[^,;.\d]{1,60}?)?"
    r",?\s+and\s+(?P<n3>[\w-]+)\s+(?:more\s+|others?\s+)?by\s", _I)


def _by_means_items(text: str, s1: int, new: list[Fact]) -> list[Fact]:
    """<family>.by_means: each part, when the parts add up to the count."""
    out: list[Fact] = []
    taken = _taken(new)
    for f in [f for f in new if f.value is not None and f.kind in MUNITION_KINDS + CASUALTY_KINDS]:
        m = _BY_MEANS.match(text, f.end, s1)
        if m is None:
            continue
        groups = [g for g in ("n1", "n2", "n3") if m.group(g) is not None]
        parts = [numbers.word_value(m.group(g)) for g in groups]
        if None in parts or sum(p or 0 for p in parts) != f.value:
            continue
        for g, n in zip(groups, parts, strict=True):
            if taken.covers(m.start(g)):
                continue  # (a list rule read the first part already: "20 drones, 12 by ...")
            out.append(_fact(text, f.kind, n, n, n, "exact", f.object, m.start(g), m.end(g),
                             _rule_id(f.kind, "by_means"), "breakdown"))
    return out


# Tolls told in an order of their own:
# - the figure before its noun: "bringing to 13 the number of people who died"
_BROUGHT_TO = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took)\s+to\s+(?P<n>[\w,-]+)\s+the\s+"
    r"(?:total\s+)?(?:number|toll|total|count)\s+of\s+(?:[\w-]+\s+){0,3}?(?P<fate>killed|dead|deaths|died|fatalities|wounded|injured)\b", _I)
# - a list of the dead by name: "posted a list of 26 names of the dead"
_NAMES_OF_DEAD = re.compile(
    r"\b(?:list\s+of\s+)?(?P<n>[\d,]+|[a-z]+(?:-[a-z]+)?)\s+names\s+of\s+(?:the\s+)?(?:dead|killed|martyrs)\b", _I)
# - the set first, then its parts: "Of the 63 wounded patients, 21 were children under the
#   age of 15 and 17 were women"
_SET_OF_TOLL_FIRST = re.compile(
    r"[“\"]?Of\s+the\s+(?:[\d,]+|[a-z]+)\s+(?P<fate>wounded|injured|dead|killed)(?:\s+[a-z]+)?\s*,\s+", _I)
_HURT_PART = re.compile(
    rf"(?:,\s+|,?\s+and\s+)?(?P<n>[\d,]+|[a-z]+)\s+(?:were|was)\s+(?P<who>(?:[\w-]+\s+)?(?:{_VIC_PLAIN}))\b"
    # (what is said of them, up to the next part: "21 were children under the age of 15")
    rf"(?:(?!,?\s+and\s+[\w,]+\s+(?:were|was)\b)[^,;.])*", _I)


def _toll_shapes(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    """casualty.<kind>.brought_to, .names_of_dead, .of_the_set: the shapes above."""
    out: list[Fact] = []
    for m in _BROUGHT_TO.finditer(text, s0, s1):
        n = numbers.word_value(m.group("n"))
        kind = "injured" if m.group("fate").lower() in ("wounded", "injured") else "killed"
        if n is not None and not taken.overlaps(m.start(), m.end()):
            out.append(_fact(text, kind, n, n, n, "exact", None, m.start(), m.end(), f"casualty.{kind}.brought_to", "toll"))
    for m in _NAMES_OF_DEAD.finditer(text, s0, s1):
        n = numbers.word_value(m.group("n"))
        if n is not None and n > 1 and not taken.overlaps(m.start(), m.end()):
            out.append(_fact(text, "killed", n, n, n, "exact", None, m.start(), m.end(), "casualty.killed.names_of_dead", "toll"))
    if (head := _SET_OF_TOLL_FIRST.match(text, s0, s1)) is not None:
        kind = "injured" if head.group("fate").lower() in ("wounded", "injured") else "killed"
        at = head.end()
        while (m := _HURT_PART.match(text, at, s1)) is not None:
            n = numbers.word_value(m.group("n"))
            if n is None or taken.overlaps(m.start("n"), m.end("who")):
                break
            out.append(_fact(text, kind, n, n, n, "exact", _victim_object(m.group("who"), None), m.start("n"), m.end("who"),
                             f"casualty.{kind}.of_the_set", "breakdown"))
            at = m.end()
    return out


# The whole a part is of, told after it with no verb: "23 drones had been brought down over
# Kursk region overnight, out of 58 nationwide"
_OUT_OF_WHOLE = re.compile(
    r"[^,.;]{0,60}?,\s+(?P<whole>out\s+of\s+(?:a\s+total\s+of\s+)?(?P<n>\d[\d,]*)\s+(?:nationwide|in\s+total|overall|"
    r"across\s+(?:the\s+)?(?:country|\w+\s+regions|regions)|over\s+(?:all\s+)?(?:\w+\s+)?regions|over\s+Russia))(?=\s*(?:[,.;]|$))", _I)


def _out_of_whole(text: str, s1: int, new: list[Fact]) -> list[Fact]:
    """count.<verb>.out_of_whole: the whole of the count before, of its kind."""
    out: list[Fact] = []
    claimed: set[int] = set()
    # (the last count before the whole claims it: "Russia launched 30 drones and air defences
    # destroyed 23 over Kursk, out of 58 nationwide" is 58 destroyed, not also 58 launched)
    for f in sorted((f for f in new if f.kind in MUNITION_KINDS and f.value is not None), key=lambda f: -f.end):
        m = _OUT_OF_WHOLE.match(text, f.end, s1)
        if m is None or m.start("n") in claimed:
            continue
        claimed.add(m.start("n"))
        n = int(m.group("n").replace(",", ""))
        if n > f.value and not any(g.start <= m.start("n") < g.end for g in new):
            out.append(_fact(text, f.kind, n, n, n, "exact", f.object, m.start("whole"), m.end("whole"),
                             f"count.{_KIND_VERB[f.kind]}.out_of_whole", "coordinated"))
    return out


def _telling_of_some(text: str, s1: int, f: Fact, new: list[Fact]) -> bool:
    """Whether an injured figure "N of them" only tells how badly some of a toll are hurt
    ("Two workers were injured, one of them seriously") or where some were taken after a
    greater toll in the sentence ("34 people were injured, and 12 of them were
    transferred to the hospital"): no count of its own."""
    if f.kind != "injured":
        return False
    # (or its figure after them: "7 wounded, of whom 2 seriously")
    of_them = _OF_THEM_END.search(f.text) is not None or _OF_THEM_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
    if of_them and _HOW_BADLY_AFTER.match(text, f.end):
        return True
    taken = _OF_THEM_TAKEN.match(f.text) is not None or (of_them and _TAKEN_AFTER.match(text, f.end, s1) is not None)
    # (the toll may be a floor: "At least 19 people were injured, nine of whom were hospitalized")
    return taken and any(g.kind == "injured" and g.start < f.start
                         and (g.value if g.value is not None else g.min or 0) > (f.value or 0) for g in new)


_OF_THEM_END = re.compile(r"\bof\s+(?:them|whom)$", _I)
_OF_THEM_BEFORE = re.compile(r"\bof\s+(?:them|whom)\s+\Z", _I)
_TAKEN = r"(?:taken|transferred|rushed|evacuated|admitted|hospitali[sz]ed|flown)\b"
_TAKEN_AFTER = re.compile(rf"[^.;]{{0,80}}?\b(?:were|was|had\s+been)\s+{_TAKEN}", _I)
_OF_THEM_TAKEN = re.compile(rf"\S+\s+of\s+(?:them|whom)\b.*\b{_TAKEN}", _I | re.S)
_HOW_BADLY_AFTER = re.compile(
    rf",?\s+(?:{_SEVERELY}|lightly|slightly)(?:\s+(?:injured|wounded|hurt))?\s*(?:[,;.)]|and\b|$)", _I)
# "troops shot one down", "brought both of them down": the particle after the figure
_SPLIT_PARTICLE = re.compile(
    r"\b(?:shot|brought|knocked|shooting|bringing)\s+(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|both|all)"
    r"(?:\s+of\s+them)?\s+down\b", _I)


def _split_particle(text: str, s0: int, s1: int, state: _State, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _SPLIT_PARTICLE.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        cls = _carried(state, m.start())
        n = 2 if m.group("n").lower() == "both" else numbers.word_value(m.group("n"))
        if cls is None or n is None:
            continue  # ("all": the set, which the rules for it read; a figure with no munition: no count)
        out.append(_fact(text, "intercepted", n, n, n, "exact", cls, m.start(), m.end(), "count.intercept.split", "object"))
    return out


_BADLY_HURT = re.compile(rf"\b(?:{_SEVERELY})\s+(?:hurt|injured|wounded|harmed)$", _I)
_HOW_BADLY = re.compile(r"\bin\s+(?:an?\s+)?(?:\w+\s+)?(?:serious|critical|grave)(?:\s+but\s+stable)?\s+condition$", _I)


def _condition_subset(new: list[Fact], state: _State, sent: Sentence) -> list[Fact]:
    """Without a figure that only says how badly some of a toll just told are hurt: "the
    hospital received 17 injured people. Two were in a critical condition"; "admitted
    eight wounded, and two patients were in a serious condition". A severity breakdown
    ("Three were in serious condition, and 11 were lightly hurt") stays, and so does a
    figure with no greater toll before it."""
    hurt = [f for f in new if f.kind == "injured" and f.value is not None]
    f = hurt[-1] if hurt else None
    if f is None or not _HOW_BADLY.search(f.text):
        return new
    if len(hurt) == 1:
        # the toll in the sentence before, in the same paragraph
        lo = max(state.sentence_starts[sent.index - 1] if sent.index > 0 else sent.start, sent.block.start)
        tolls = [g for g in state.facts if g.kind == "injured" and lo <= g.start < sent.start]
    else:
        tolls = hurt[:-1] if len(hurt) == 2 and not _HOW_BADLY.search(hurt[0].text) else []
    if any(g.value is not None and g.value > f.value for g in tolls):
        return _drop(state, new, ("injured",), f.start, f.start + 1)
    return new


# A drill or an exercise fires nothing: its figures are a scenario.
_NOT_AN_ATTACK = re.compile(r"\b(?:drills?|exercises?|simulat\w+|rehears\w+)\b")
_NOT_AN_ATTACK_HINTS = ("drill", "exercise", "simulat", "rehears")
_ACCIDENT = re.compile(
    # (an "accidental strike" or "bombing" by an army is still a strike)
    r"\b(?:accident(?:s|al|ally)?\b(?!\s+(?:air\s*)?(?:strikes?|bombings?|shelling|attacks?|drone\s+strikes?))|"
    r"air\s*show|unexploded\s+ordnance|uxo|"
    # ("a cholera outbreak has caused 61 deaths": disease, not an attack)
    r"cholera|measles|malaria|outbreak|epidemic)\b")
_ACCIDENT_HINTS = ("accident", "airshow", "air show", "unexploded ordnance", "uxo", "cholera", "measles",
                   "malaria", "outbreak", "epidemic")
# Weapons destroyed before they could fly were never intercepted: "destroyed seven
# missiles that were 'prepared to launch'", "on the ground", "in self-defence strikes".
_BEFORE_LAUNCH = re.compile(
    r"\b(?:prepar(?:ed|ing)|ready|about)\s+to\s+(?:be\s+)?launch|on\s+the\s+ground\b|"
    r"on\s+(?:their|its)\s+launch(?:ers|\s+pads?)|self-defen[cs]e\s+strikes?|"
    r"before\s+(?:they|it)\s+could\s+be\s+(?:launched|fired)|"
    # destroyed with their launchers: a strike on the ground ("destroyed three uncrewed
    # surface vessels and one mobile anti-ship missile launcher in a Houthi-controlled area")
    r"destroy(?:ed|ing)\s+[^.;]{1,80}?\s+and\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){0,4}?launchers?\b")
# "at least 20 impacts", "three or four hits": the count is of impacts themselves.
_IMPACT_NOUN = re.compile(
    # (what imagery and footage count: "at least 12 fresh craters", "four distinct impact sites")
    r"\s+(?:(?:direct|confirmed|separate|distinct|more|fresh|new|large|visible)\s+){0,2}"
    # (a ship's master: "reported 2 splashes in the water")
    r"(?:(?:impact\s+)?craters\b|impact\s+(?:sites|points|locations)\b|splashes\b|(?:impacts?|hits)\b"
    # (not "hits on", "impact of", nor "one impact can take out three of them": what any
    # impact does)
    r"(?!\s+(?:on|of|can|could|would|may|might|will)\b))"
    # ("There was one direct hit on a residential building")
    r"|\s+direct\s+hits?\b", _I)


# "Some were intercepted, while the rest fell", "a number of them were shot down": part
# of a salvo told before, with no figure
_SOME_OF_SET = re.compile(
    r"\b(?:some|a\s+number)(?:\s+of\s+(?:them|these|those|which))?(?=\s+(?:were|was|had\s+been|have\s+been|got)\s)"
    # ... or named: "some rockets fell in the village", "some of the shells landed nearby"
    # (not "some 18 drones", "some two dozen shells": an approximate figure)
    r"|\bsome\s+(?:of\s+the\s+)?(?:(?![\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"twenty|thirty|forty|fifty|hundred|dozen|dozens)\b)[\w-]+\s+)?(?:rockets|missiles|drones|shells|projectiles|rounds|bombs|launches|UAVs|mortars)\b"
    r"(?=\s+(?:\w+ly\s+)?(?:fell|landed|hit|struck|exploded|crashed|were|got)\b)", _I)


def _some_of_set(text: str, s0: int, s1: int, state: _State, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _SOME_OF_SET.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        link = _right(text, m.end(), s1)
        if link is None or link.kind not in ("intercepted", "impacted") or link.start - m.end() > 30:
            continue
        mun = _ANY_MUNITION.search(text, m.start(), m.end())
        cls = _munition_class(text, mun, m.start()) if mun is not None else _carried(state, m.start())
        if cls is None:
            continue  # "some were hurt": people, told by the casualty rules
        out.append(_fact(text, link.kind, None, None, None, "vague", cls, m.start(), link.end,
                         f"count.{_KIND_VERB[link.kind]}.some", "whole"))
    return out


# Air-defence reports count what they downed as "targets": "91 of 143 targets downed",
# "shot down 74 aerial targets". Only beside an interception verb: "struck 40 targets"
# counts what was hit on the ground.
# ("destroyed" is what strikes do; "neutralized 20 enemy targets" is what artillery does)
_DOWN_VERB = r"(?:downed|shot\s+down|intercepted|(?:shot\s+down|downed)(?:/|\s+or\s+|\s+and\s+)suppressed)"
_TARGETS = r"(?:(?:aerial|air|enemy|hostile)\s+)?targets"
_AIR_DOWN_VERB = r"(?:neutrali[sz]ed|suppressed)"
# (the figures in digits or words: a briefing's transcript reads "one hundred and
# seventy-one targets")
_FIG = numbers.FIGURE
_TARGETS_DOWNED = re.compile(
    rf"\b(?P<n>{_FIG})\s+(?:of\s+(?:the\s+)?(?P<m>{_FIG})\s+)?{_TARGETS}\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?"
    rf"(?:{_DOWN_VERB}|{_AIR_DOWN_VERB})\b|\b{_DOWN_VERB}\s+(?P<n2>{_FIG})\s+(?:of\s+(?:the\s+)?(?P<m2>{_FIG})\s+)?{_TARGETS}\b"
    rf"|\b{_AIR_DOWN_VERB}\s+(?P<n3>{_FIG})\s+(?:aerial|air)\s+targets\b", _I)


# "A married couple was killed", "killed an elderly couple", "couple killed": two people
_COUPLE = re.compile(
    r"(?:^|(?<=[\s(,:;]))(?:(?:an?|the|one)\s+)?(?:(?:married|elderly|young|old|retired|local)\s+)?couple\b(?!['’]s|\s+of\b)", _I)


def _couple(text: str, s0: int, s1: int) -> list[Fact]:
    out: list[Fact] = []
    for m in _COUPLE.finditer(text, s0, s1):
        # "killing a couple and their two children": one family, four people
        kids = _AND_THEIR_CHILDREN.match(text, m.end(), s1)
        after = kids.end() if kids is not None else m.end()
        right = _right(text, after, s1)
        left = _left(text, m.start(), s0)
        if right is not None and right.kind in CASUALTY_KINDS:
            link, lo, hi = right, m.start(), right.end
        elif left is not None and left.kind in CASUALTY_KINDS and m.start() - left.end <= 2:
            link, lo, hi = left, left.start, after
        else:
            continue
        n = 2 + ((numbers.word_value(kids.group("n")) or 0) if kids is not None else 0)
        out.append(_fact(text, link.kind, n, n, n, "exact", "couple", lo, hi, f"casualty.{link.kind}.couple", "subject"))
    return out


_AND_THEIR_CHILDREN = re.compile(
    r"\s+and\s+their\s+(?P<n>two|three|four|five|six|seven|eight|[2-9])\s+(?:children|kids|sons|daughters)\b", _I)


# A line of a list under a count that ends in a colon: "destroyed 118 UAVs:" / "43 UAVs
# over the territory of the Bryansk region," / "27 UAVs over ..."
_LIST_LINE = re.compile(
    # (an item may be a part of a set told before: "– 2 of the 6 Iskander-M ballistic
    # missiles;", "– both Kh-59/69 guided air missiles.")
    rf"(?:[-–—•*]\s*)?(?:(?P<both>both)|(?:all\s+)?(?P<n>\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)"
    rf"(?:\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d[\d,]*|[a-z]+))?)\s+(?:[\w/-]+\s+){{0,3}}?(?P<mun>{_MUN_PLAIN})(?![\w-])", _I)


_LIST_LINE_BARE = re.compile(
    r"[-–—•*]\s*(?P<n>\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)(?=\s+(?:over|above|in|on|near)\s)", _I)


def _list_line(text: str, sent: Sentence, state: _State, taken: _Taken) -> list[Fact]:
    assert state.colon is not None
    m = _LIST_LINE.match(text, sent.start, sent.end)
    if m is None:
        # a bulleted line of a figure and a place, the munition told above it: "– 24 over
        # the territory of the Bryansk region,"
        m = _LIST_LINE_BARE.match(text, sent.start, sent.end)
        cls = _carried(state, sent.start) if m is not None else None
        if cls is None:
            return []
    else:
        cls = _munition_class(text, _ANY_MUNITION.match(text, m.start("mun")), m.start("mun"))
    if taken.overlaps(m.start(), m.end()):
        return []
    n = 2 if m.groupdict().get("both") else numbers.word_value(m.group("n").replace(",", ""))
    if n is None:
        return []
    kind = state.colon[1]
    state.colon = (sent.index, kind)  # the list goes on to the next line
    return [_fact(text, kind, n, n, n, "exact", cls, m.start(), m.end(), f"count.{_KIND_VERB[kind]}.list_line", "breakdown")]


# A salvo told in waves: "A first wave of some 110 missiles ...; a second of about 70
# followed", "a third, of five rockets, was fired"
_LATER_WAVE = re.compile(
    rf"\b(?:a|the)\s+(?:second|third|fourth|fifth|final|last)(?:\s+(?:wave|salvo|barrage|volley))?,?\s+of\s+"
    rf"(?P<n>(?:(?:about|some|around|roughly|nearly|at\s+least)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?))"
    rf"(?:\s+(?:[\w-]+\s+)?(?P<mun>{_MUN_PLAIN}))?(?![\w-])", _I)


def _later_wave(text: str, s0: int, s1: int, state: _State, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _LATER_WAVE.finditer(text, s0, s1):
        amounts = numbers.find(m.group("n"))
        if not amounts or amounts[0].value is None and amounts[0].min is None:
            continue
        if taken.overlaps(m.start("n"), m.end()):
            continue
        if m.group("mun"):
            cls = _munition_class(text, _ANY_MUNITION.match(text, m.start("mun")), m.start("mun"))
        else:
            cls = _carried(state, m.start())
        if cls is None:
            continue
        a = amounts[0]
        out.append(_fact(text, "launched", a.value, a.min, a.max, a.qualifier, cls, m.start(), m.end(),
                         "count.launch.later_wave", "list"))
    return out


# An "in numbers" box: a figure, a dash, then what it counts ("653 — drones launched",
# "9 — people killed, 5 of them in Kyiv", "51 — missiles" under a line of launches)
# (or a hyphen between spaces: "21 - civilians killed (rescuers' count)")
_BOX_LINE = re.compile(r"(?P<fig>\d[\d,]*\+?)\s*(?:[—–]|-(?=\s))\s+")
_BOX_CAPTION = re.compile(
    rf"(?:[\w-]+\s+){{0,2}}?(?:(?P<mun>{_MUN_PLAIN})|(?P<vic>{_VIC_PLAIN})|(?P<tgt>(?:air\s+)?targets))(?![\w-])"
    r"(?:\s+(?P<verb>shot\s+down|brought\s+down|[a-z]+))?"
    # ("43 - wounded taken to clinics": the fate first, of people)
    r"|(?P<fate>wounded|injured|hurt|killed|dead)\b", _I)
_BOX_VERBS = (
    (re.compile(r"launched|fired|sent|dropped"), "launched"),
    (re.compile(r"(?:shot|brought)\s+down|intercepted|downed|destroyed|neutrali[sz]ed|jammed"), "intercepted"),
    (re.compile(r"hit|struck|landed|impacted"), "impacted"),
    (re.compile(r"killed|dead|died"), "killed"),
    (re.compile(r"injured|wounded|hurt"), "injured"),
)
_BOX_BREAKDOWN = re.compile(rf"(?:\s+or\s+[a-z]+)?\s*:\s*(?P<n1>\d[\d,]*)\s+(?P<m1>{_MUN_PLAIN})\s+and\s+(?P<n2>\d[\d,]*)\s+(?P<m2>{_MUN_PLAIN})\b", _I)


def _box_line(text: str, sent: Sentence, state: _State, taken: _Taken) -> list[Fact]:
    s0, s1 = sent.start, sent.end
    m = _BOX_LINE.match(text, s0, s1)
    cap = _BOX_CAPTION.match(text, m.end(), s1) if m is not None else None
    if m is None or cap is None or taken.overlaps(s0, cap.end()):
        return []
    fig = numbers.find(m.group("fig"))
    if not fig or fig[0].value is None:
        return []
    verb = (cap.group("verb") or cap.group("fate") or "").lower()
    kind = next((k for pat, k in _BOX_VERBS if pat.fullmatch(verb)), None)
    end = cap.end() if kind else cap.end("mun") if cap.group("mun") else cap.end("vic") if cap.group("vic") else cap.end("tgt")
    if kind is None and cap.group("mun") and state.box is not None and state.box[0] == sent.index - 1:
        kind = state.box[1]  # "51 — missiles" under "653 — drones launched"
    if kind is None or (kind in CASUALTY_KINDS) != (cap.group("vic") is not None or cap.group("fate") is not None):
        return []
    state.box = (sent.index, kind)
    noun = cap.group("mun") or cap.group("vic") or ("people" if cap.group("fate") else "projectile")
    cls = _munition_class(text, _ANY_MUNITION.match(text, cap.start("mun")), cap.start("mun")) if cap.group("mun") else None
    a = fig[0]
    out = [_fact(text, kind, a.value, a.min, a.max, a.qualifier, cls or ("projectile" if kind in MUNITION_KINDS else noun.lower()),
                 s0, end, f"count.box.{kind}" if kind in MUNITION_KINDS else f"casualty.{kind}.box", "box")]
    parts = _BOX_BREAKDOWN.match(text, end, s1)
    if parts is not None and kind in MUNITION_KINDS:
        # "598 — targets shot down or jammed: 571 drones and 27 missiles"
        for i in ("1", "2"):
            n = numbers.word_value(parts.group("n" + i).replace(",", ""))
            mun = _munition_class(text, _ANY_MUNITION.match(text, parts.start("m" + i)), parts.start("m" + i))
            out.append(_fact(text, kind, n, n, n, "exact", mun, parts.start("n" + i), parts.end("m" + i),
                             f"count.box.{kind}", "breakdown"))
    return out


# A key-figures box with dot leaders: what is counted, then its figure ("Drones launched
# ............ 3", "Shot down .......... 2", "Killed ..... 0"); a line with no count word
# ("Flights diverted .... 6", "Time of attack .... 23:50") is no fact.
_LABEL_LINE = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z ()/'’-]{1,40}?)\s*(?:\.{3,}|…+)\s*(?P<fig>\d[\d,]*)(?![\d:.,])")


def _label_line(text: str, sent: Sentence, state: _State, taken: _Taken) -> list[Fact]:
    s0, s1 = sent.start, sent.end
    m = _LABEL_LINE.match(text, s0, s1)
    if m is None or taken.overlaps(m.start("fig"), m.end("fig")):
        return []
    label = m.group("label").lower()
    found = [(v.start(), k) for pat, k in _BOX_VERBS if (v := pat.search(label)) is not None]
    if not found:
        return []
    kind = min(found)[1]
    n = numbers.word_value(m.group("fig").replace(",", ""))
    mun = _ANY_MUNITION.search(text, m.start("label"), m.end("label"))
    if kind in MUNITION_KINDS:
        cls = (_munition_class(text, mun, mun.start()) if mun is not None
               else _carried(state, m.start()) or "projectile")
    else:
        cls = None
    state.box = (sent.index, kind)
    rule = f"count.box.{kind}" if kind in MUNITION_KINDS else f"casualty.{kind}.box"
    return [_fact(text, kind, n, n, n, "exact", cls, m.start("label"), m.end("fig"), rule, "box")]


# "The total number of drones launched was four", a correction's "the number of rounds
# was six": the figure after the count's name
_NUMBER_OF_LAUNCHED = re.compile(
    rf"\b(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){{0,2}}?(?P<mun>{_MUN_PLAIN})\s+(?:(?:launched|fired)\s+)?"
    r"(?:(?:was|is|stood\s+at|reached|rose\s+to)\s+)(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", _I)


def _number_of_launched(text: str, s0: int, s1: int, state: _State, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _NUMBER_OF_LAUNCHED.finditer(text, s0, s1):
        n = numbers.word_value(m.group("n").replace(",", ""))
        if n is None or taken.overlaps(m.start(), m.end()):
            continue
        cls = _munition_class(text, _ANY_MUNITION.match(text, m.start("mun")), m.start("mun"))
        out.append(_fact(text, "launched", n, n, n, "exact", cls, m.start(), m.end(), "count.launch.number_of", "subject"))
    return out


# A log's or a monitor's toll in one field: "K/W: 1/3", "K/I: 0/0", "KIA/WIA 2/5"
_SLASH_TOLL_HINTS = ("k/w", "k/i", "k / w", "k / i", "kia/wia", "kia / wia", "killed/wounded", "killed/injured",
                     "dead/wounded", "wounded:", "injured:", "kia ", "wia ")
_SLASH_TOLL = re.compile(
    r"\b(?:(?:k\s*/\s*[wi]|kia\s*/\s*wia|(?:killed|dead)\s*/\s*(?:wounded|injured))\s*:?|"
    # ("Killed and wounded: 1 / 7": a bulletin's pair under its label)
    r"(?:killed|dead)\s+and\s+(?:wounded|injured)\s*:)\s*(?P<k>\d{1,4})\s*/\s*(?P<w>\d{1,4})\b", _I)


# A sitrep's toll by group under its label: "KIA 2 mil / 2 civ | WIA 5 mil / 4 civ"
_GROUP_ABBR = r"(?:mil|civ|military|civilians?|soldiers|troops)"
_LABELLED_GROUPS = re.compile(
    rf"\b(?P<lab>KIA|WIA)\s*:?\s+(?P<a>\d{{1,4}})\s+(?P<ga>{_GROUP_ABBR})\s*/\s*(?P<b>\d{{1,4}})\s+(?P<gb>{_GROUP_ABBR})\b", _I)


# An incident log's "1 K (boy, 12), 3 I", "0 K / 4 I (incl. 2 women)", "4 K / 13 I"
_K_I_TOLL = re.compile(r"\b(?P<k>\d{1,4})\s?K\b(?:\s*\([^()]{0,40}\))?\s*[/,]\s*(?P<w>\d{1,4})\s?I\b")


def _slash_toll(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for pattern, rule in ((_K_I_TOLL, "log_toll"), (_SLASH_TOLL, "slash_toll")):
        for m in pattern.finditer(text, s0, s1):
            if taken.overlaps(m.start(), m.end()):
                continue
            for kind, group in (("killed", "k"), ("injured", "w")):
                n = int(m.group(group))
                out.append(_fact(text, kind, n, n, n, "exact", None, m.start(), m.end(), f"casualty.{kind}.{rule}", "list"))
    for m in _LABELLED_GROUPS.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        kind = "killed" if m.group("lab").lower() == "kia" else "injured"
        for fig, grp in (("a", "ga"), ("b", "gb")):
            n = int(m.group(fig))
            obj = "civilians" if m.group(grp).lower().startswith("civ") else "soldiers"
            out.append(_fact(text, kind, n, n, n, "exact", obj, m.start(fig), m.end(grp),
                             f"casualty.{kind}.labelled_groups", "list"))
    return out


# A statement's list of victims by name: "the following lost their lives:" and a line
# for each, "(i) PC John Langat, 27;" ...
_THE_FOLLOWING = re.compile(r"\b(?:the\s+following|following\s+(?:people|persons|officers|individuals))\b", _I)
_LIST_LINE_MARK = re.compile(r"[ \t]*(?:\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)|(?:[ivx]{1,5}|[a-h]|\d{1,2})[.)]|[-•*–])[ \t]+\S")


def _following_list(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    m = _THE_FOLLOWING.search(text, s0, s1)
    if m is None or taken.overlaps(m.start(), m.end()):
        return []
    link = _right(text, m.end(), s1)
    if link is None or link.kind not in CASUALTY_KINDS:
        return []
    n, pos = 0, s1
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if not text.startswith("\n", pos):
        return []  # (the list must start on the next line)
    while (nl := text.find("\n", pos)) >= 0 and _LIST_LINE_MARK.match(text, nl + 1):
        n += 1
        pos = nl + 1
    if n == 0:
        return []
    return [_fact(text, link.kind, n, n, n, "exact", None, m.start(), link.end,
                  f"casualty.{link.kind}.named_list", "list")]


# A military's word for militants it killed: "sent 8 khwarij to hell"
_SENT_TO_HELL = re.compile(r"\bsent\s+(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+(?P<np>(?:[\w-]+\s+){0,2}?)to\s+hell\b", _I)


# ... and in the passive: "4 terrorists of 'Fitna al Hindustan' sent to hell"
_SENT_TO_HELL_PASSIVE = re.compile(
    r"\b(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+(?P<np>[\w-]+(?:\s+of\s+['\"‘’“”]?[^'\"‘’“”.,;]{1,30}['\"‘’“”]?)?)"
    r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?sent\s+to\s+hell\b", _I)


def _sent_to_hell(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in itertools.chain(_SENT_TO_HELL.finditer(text, s0, s1), _SENT_TO_HELL_PASSIVE.finditer(text, s0, s1)):
        n = numbers.word_value(m.group("n"))
        if n is None or taken.overlaps(m.start(), m.end()):
            continue
        obj = m.group("np").strip().lower() or None
        out.append(_fact(text, "killed", n, n, n, "exact", obj, m.start(), m.end(), "casualty.killed.sent_to_hell", "object"))
    return out


# "The monitor has verified four of the deaths": a count of the dead it stands behind;
# "nine casualties, two of them fatal": the dead among a figure of dead and wounded
_DEAD_AMONG = re.compile(
    r"\b(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:the\s+(?P<deaths>deaths|fatalities)|them\s+fatal(?:ly)?)\b", _I)


def _dead_among(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _DEAD_AMONG.finditer(text, s0, s1):
        n = numbers.word_value(m.group("n"))
        if n is None or taken.overlaps(m.start(), m.end()):
            continue
        rule = "casualty.killed.of_the_deaths" if m.group("deaths") else "casualty.killed.fatal_part"
        out.append(_fact(text, "killed", n, n, n, "exact", None, m.start(), m.end(), rule, "partitive"))
    return out


def _targets_downed(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _TARGETS_DOWNED.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        n, total = ((m.group("n"), m.group("m")) if m.group("n") is not None
                    else (m.group("n2"), m.group("m2")) if m.group("n2") is not None else (m.group("n3"), None))
        # ("aerial targets" are drones to the lexicon; plain "targets" may be anything)
        mun = _ANY_MUNITION.search(text, m.start(), m.end())
        cls = _munition_class(text, mun, mun.start()) if mun is not None else "projectile"
        for kind, fig in (("intercepted", n), ("launched", total)):
            v = numbers.word_value(fig.replace(",", "")) if fig else None
            if v is not None:
                out.append(_fact(text, kind, v, v, v, "exact", cls, m.start(), m.end(),
                                 f"count.{_KIND_VERB[kind]}.targets", "ratio" if total else "object"))
        if (colon := _COLON_AFTER.match(text, m.end(), s1)) is not None:
            # "shot down or suppressed 598 targets: 567 drones and 31 missiles": its parts by type
            pos = colon.end()
            while (item := _TARGET_ITEM.match(text, pos, s1)) is not None:
                mun = _ANY_MUNITION.search(text, item.start("np"), item.end("np"))
                if mun is None or taken.overlaps(item.start("n"), item.end("np")):
                    break
                v = numbers.word_value(item.group("n").replace(",", ""))
                if v is None:
                    break
                out.append(_fact(text, "intercepted", v, v, v, "exact", _munition_class(text, mun, item.start("np")),
                                 item.start("n"), item.end("np"), "count.intercept.targets_part", "breakdown"))
                pos = item.end()
    return out


_FIGURE_CHAR = re.compile(r"\d")
_COLON_AFTER = re.compile(r"\s*:\s*|\s+[–—-]\s+")  # (or a dash: "412 targets – 386 drones and 26 missiles")
_TARGET_ITEM = re.compile(
    rf"(?:\s*(?:,|\band\b)\s*)?(?P<n>{_FIG})\s+(?P<np>(?:[\w-]+\s+){{0,2}}?(?:{_MUN_PLAIN}))(?![\w-])", _I)


# "Four lives were lost", "the strike claimed at least 12 lives": the dead counted as lives
_LIVES_WORD = re.compile(r"\blives\b", _I)


def _lives(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _LIVES_WORD.finditer(text, s0, s1):
        at = m.start()
        lo = max(s0, at - 30)
        figures = numbers.find(text[lo:at])
        a = figures[-1] if figures else None
        if a is None or a.ref is not None or not _LIVES_GAP.fullmatch(text, lo + a.end, at):
            continue
        after = _LIVES_LOST.match(text, at, s1)
        before = _LIVES_CLAIMED.search(text, max(s0, lo + a.start - 20), lo + a.start)
        if after is None and before is None:
            continue
        start, end = (lo + a.start, after.end()) if after else (before.start(), at + 5)
        if taken.overlaps(start, end):
            continue
        out.append(_fact(text, "killed", a.value, a.min, a.max, a.qualifier, "people", start, end,
                         "casualty.killed.lives", "subject"))
    return out


_LIVES_GAP = re.compile(r"\s+(?:more\s+|other\s+)?", _I)
_LIVES_LOST = re.compile(r"lives\s+(?:were|have\s+been|had\s+been)\s+(?:lost|taken|claimed)\b", _I)
_LIVES_CLAIMED = re.compile(r"\b(?:claimed|cost|took)\s+(?:the\s+)?[\"“]?\Z", _I)  # (quoted: claimed "at least 19 lives")


# "killed a family of six", "a family of five was killed": the family's members
_FAMILY_OF = re.compile(
    r"\b(?:(?P<verb>killed|killing|wiped\s+out|wiping\s+out|wounded|wounding|injured|injuring)\s+)?(?:an?\s+|the\s+)?"
    r"(?:entire\s+)?(?:family\s+of\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
    # ("a five-member family were killed")
    r"|(?P<m>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})-member\s+family\b)"
    r"(?(verb)|(?=\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?P<after>killed|died|wiped\s+out|wounded|injured|hurt)\b))", _I)
# "wounding a family of four and three other people": a second group sharing the verb
_AND_OTHERS = re.compile(
    rf"\s+and\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?:other|more)\s+"
    rf"(?P<np>{_PLURAL_VICTIMS})\b", _I)


def _family_of(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _FAMILY_OF.finditer(text, s0, s1):
        n = numbers.word_value(m.group("n") or m.group("m"))
        if n is None or taken.overlaps(m.start(), m.end()):
            continue
        verb = (m.group("verb") or m.group("after")).lower()
        kind = "injured" if verb.startswith(("wound", "injur", "hurt")) else "killed"
        out.append(_fact(text, kind, n, n, n, "exact", "family", m.start(), m.end(),
                         f"casualty.{kind}.family_of", "subject"))
        more = _AND_OTHERS.match(text, m.end(), s1) if m.group("verb") else None
        if more is not None:
            k = numbers.word_value(more.group("n")) or 0
            out.append(_fact(text, kind, k, k, k, "exact", more.group("np").lower(), more.start("n"), more.end(),
                             f"casualty.{kind}.family_of", "coordinated"))
    return out


# "Of the 23 injured, 17 are civilians and six are soldiers": the parts of a toll told
# before, each a figure with a group noun after "are"/"were"
_OF_THE_TOLL = re.compile(
    r"\b[Oo]f\s+(?:the|these|those)\s+(?:[\w,-]+\s+)?(?P<set>injured|wounded|dead|killed|victims|casualties)\s*,")
# "killing 27 people, of whom 11 are women", "The dead are 27, of whom ..."
_OF_WHOM_TOLL = re.compile(
    r"\b(?P<set>dead|killed|killing|martyrs|martyred|injured|wounded|wounding|injuring)\b[^.;:]{0,40}?,?\s+of\s+whom\b", _I)
# "Among those who lost their lives, 11 are women, 6 are children and 10 are men"
_AMONG_THE_TOLL = re.compile(
    r"\b[Aa]mong\s+(?:the|those)\s+(?:who\s+(?:were\s+)?)?(?P<set>dead|killed|martyred|injured|wounded|"
    r"lost\s+their\s+lives|died)\s*,", _I)
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_PART_IS_GROUP = re.compile(
    rf"\s+(?:are|were|was|is)\s+(?:all\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_PLURAL_VICTIMS}|{_SING})\b", _I)


_GROUP_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_PLURAL_VICTIMS}|{_SING})\b", _I)


def _toll_parts(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    m = _OF_THE_TOLL.search(text, s0, s1) or _OF_WHOM_TOLL.search(text, s0, s1) or _AMONG_THE_TOLL.search(text, s0, s1)
    if m is None:
        return []
    word = m.group("set").lower()
    if word in ("victims", "casualties"):
        return []  # (which kind the parts are is not said)
    kind = "injured" if word.startswith(("injur", "wound")) else "killed"
    return _parts_of_toll(text, m.end(), s1, kind, _PART_IS_GROUP, taken)


def _parts_of_toll(text: str, lo: int, hi: int, kind: str, group: re.Pattern[str], taken: _Taken) -> list[Fact]:
    """Each figure in text[lo:hi] that `group` finds a group of people after, as a part
    of a toll of `kind`."""
    out: list[Fact] = []
    for a in numbers.find(text[lo:hi]):
        start, end = lo + a.start, lo + a.end
        grp = group.match(text, end, hi)
        if grp is None and out and _LIST_JOINT.fullmatch(text, out[-1].end, start):
            # the verb is told once for the list: "9 are children, 3 women and 2 old men"
            grp = _GROUP_AFTER.match(text, end, hi)
        if grp is None or a.ref is not None or a.value is None or taken.overlaps(start, grp.end()):
            continue
        out.append(_fact(text, kind, a.value, a.min, a.max, a.qualifier, _victim_object(text[end : grp.end()].split()[-1], None),
                         start, grp.end(), f"casualty.{kind}.part_of_toll", "breakdown"))
    return out


# "The seven wounded are five police officers and two civilians": a toll's parts after it
_THE_TOLL_ARE = re.compile(
    # (or with no figure, or set off by a dash: "the dead were nine women, four children and
    # three men", "the injured — four policemen and three civilians — were treated"; with no
    # figure the parts must follow at once and make the whole toll, so not "the dead included
    # a monk and two girls", "Among the dead were", "three of the injured were in critical
    # condition")
    r"(?<![Aa]mong\s)(?<!of\s)\b[Tt]he\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<set>injured|wounded|dead)\s+"
    r"(?:are|were|include|included|[—–])\s+"
    r"|(?P<set2>injured|wounded|dead)\s+(?:are|were|[—–]|(?P<incl>include|included))\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s))")
_PART_GROUP = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_VIC_PLAIN})\b", _I)


def _toll_named_parts(text: str, s0: int, s1: int, state: _State, taken: _Taken) -> list[Fact]:
    m = _THE_TOLL_ARE.search(text, s0, s1)
    if m is None:
        return []
    kind = "killed" if (m.group("set") or m.group("set2")) == "dead" else "injured"
    # (the list runs to the clause's end, through the commas between its items: "..., among
    # them a 10-year-old boy" adds no part)
    stop = min([i for b in (";", ".", "—", "–") if (i := text.find(b, m.end(), s1)) >= 0] + [s1])
    comma = m.end()
    while (comma := text.find(",", comma + 1, stop)) >= 0:
        if not _NEXT_PART.match(text, comma + 1, stop):
            stop = comma
            break
    parts = _parts_of_toll(text, m.end(), stop, kind, _PART_GROUP, taken)
    # "the wounded included five officers and two civilians": parts of the toll only when
    # they make a toll told before it (seven wounded), not some of the wounded
    whole = sum(f.value or 0 for f in parts)
    if m.group("incl") and (len(parts) < 2 or not any(f.kind == kind and f.value == whole for f in state.facts[-12:])):
        return []
    return parts


_NEXT_PART = re.compile(r"\s+(?:and\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s", _I)


# "The victims are a mother and her three children; an elderly man and his grandson; two
# teachers ...", "They are four dock workers, two truck drivers and a security guard": a
# toll told before, named group by group
# ("The dead were a woman and a boy, said an elder": two people of a toll, not a breakdown
# an analyst codes; a list of three groups or more after "The victims"/"They" is one)
# (a colon may open the list: "They are: 59 members of government forces, ...")
_VICTIMS_ARE = re.compile(r"\b(?P<set>[Tt]he\s+victims|They)\s+(?:are|were|include|included)\s*:?\s+")
_SPEECH_AFTER = re.compile(r",\s+(?:(?:it|he|she|they|the\s+\w+|\w+)\s+)?(?:said|says|added|told)\b|,\s+according\s+to\b", _I)
_TOLL_NAMED_BEFORE = re.compile(r"\b(?:named|identified|listed)\s+the\s+(dead|victims|killed|wounded|injured)\b[^.]{0,40}\.\s*\Z", _I)
_ITEM_BREAK = re.compile(r"\s*;\s*(?:and\s+)?")
_LAST_ITEM_BREAK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)")


def _victims_are(text: str, s0: int, s1: int, state: _State, taken: _Taken) -> list[Fact]:
    m = _VICTIMS_ARE.search(text, s0, s1)
    if m is None or taken.overlaps(m.end(), s1):
        return []
    # the toll named in the sentence before ("The port authority has named the dead. They
    # are ..."), else the kind of the toll told last, in this sentence or the one before
    named = _TOLL_NAMED_BEFORE.search(text, max(0, s0 - 160), s0)
    if named is not None:
        kind = "killed" if named.group(1).lower() in ("dead", "victims", "killed") else "injured"
    else:
        j = bisect.bisect_right(state.sentence_starts, s0) - 1
        told = [f for f in state.facts[-12:] if f.kind in CASUALTY_KINDS and f.start < s0
                and j - (bisect.bisect_right(state.sentence_starts, f.start) - 1) <= 1]
        if not told:
            return []
        kind = told[-1].kind
    said = _SPEECH_AFTER.search(text, m.end(), s1)
    end = said.start() if said is not None else s1
    while end > m.end() and text[end - 1] in " .\n":
        end -= 1
    # items by semicolons when there are any (an item may hold "and": "a mother and her
    # three children"), else by commas and the last "and"
    breaker = _ITEM_BREAK if text.find(";", m.end(), end) >= 0 else _LAST_ITEM_BREAK
    spans, pos = [], m.end()
    for b in breaker.finditer(text, m.end(), end):
        spans.append((pos, b.start()))
        pos = b.end()
    spans.append((pos, end))
    out: list[Fact] = []
    for lo, hi in spans:
        item = text[lo:hi]
        pair = _PAIR.match(item)
        if pair is not None and _one_party(*(p.strip() for p in _AND_JOINT.split(pair.group(), maxsplit=1))):
            n2 = pair.group("n2") or pair.group("n3") or pair.group("n5")
            n = 1 + ((numbers.word_value(n2) or 1) if n2 else 1)
            out.append(_fact(text, kind, n, n, n, "exact", "civilians", lo, lo + pair.end(),
                             f"casualty.{kind}.victims_item", "breakdown"))
            continue
        amounts = numbers.find(item, articles=True)
        if not amounts or amounts[0].start != 0 or amounts[0].value is None:
            continue
        grp = _PART_GROUP.match(item, amounts[0].end) or _ONE_GROUP.match(item, amounts[0].end)
        if grp is None:
            continue
        n = amounts[0].value
        out.append(_fact(text, kind, n, n, n, "exact", grp.group().split()[-1].lower(), lo, lo + grp.end(),
                         f"casualty.{kind}.victims_item", "breakdown"))
    return out if len(out) >= 3 else []


_ONE_GROUP = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_SING})\b", _I)


# "fired a rocket barrage at Ashkelon", "said it sent a drone swarm": a salvo named by its
# munition as a modifier (the indefinite article: "the barrage" points back to one told)
_SALVO_COMPOUND = re.compile(
    r"\ban?\s+[\"“]?(?:(?:large|massive|heavy|huge|fresh|new|major|intense|renewed|second|"
    r"first|big|fierce)\s+)?(?P<mun>(?:ballistic\s+)?missile|rocket|drone|mortar)\s+"
    r"(?:barrage|salvo|volley|swarm)\b"
    # ... or no munition named, but fired: "as a barrage was launched from southern Lebanon"
    r"|\ban?\s+(?:(?:large|massive|heavy|huge|fresh|new|major|intense|big)\s+)?(?:barrage|salvo|volley)"
    r"(?=\s+(?:was|had\s+been|has\s+been)\s+(?:launched|fired)\b)", _I)


def _salvo_compound(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _SALVO_COMPOUND.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        if not _salvo_fired(text, s0, m.start()):
            continue  # "threatened to answer with a rocket barrage"
        mun = _ANY_MUNITION.match(text, m.start("mun")) if m.group("mun") else None
        cls = _munition_class(text, mun, m.start("mun")) if mun is not None else None
        out.append(_fact(text, "launched", None, None, None, "vague", cls, m.start(), m.end(),
                         "count.launch.salvo_compound", "salvo"))
    return out


# Air-force summaries: "Hits were recorded in the Kyiv region", "impacts had been
# registered in five locations": something struck, no number given.
_HITS_RECORDED = re.compile(
    r"\b(?<!no\s)(?:hits|impacts)(?:\s+(?:by|of|from)\s+[^.,;\d]{1,40}?)?\s+(?:were|was|have\s+been|"
    r"has\s+been|had\s+been)\s+(?:recorded|registered)\b(?!\s+(?:on|by)\s+(?:\w+\s+)?(?:video|camera|film|phones?))"
    # the IDF's "impacts were identified in open areas" (its "hits were identified" after an
    # air strike tells the strike's own hits)
    r"|\b(?<!no\s)impacts\s+(?:were|have\s+been|had\s+been)\s+(?:identified|reported)\b", _I)


def _hits_recorded(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _HITS_RECORDED.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        if re.search(r"\b(?:no|zero|any)\s+$", text[max(s0, m.start() - 6) : m.start()], _I):
            continue  # "no hits were recorded" is a zero, told by the zero rules
        out.append(_fact(text, "impacted", None, None, None, "vague", None, m.start(), m.end(),
                         "count.impact.recorded", "vague"))
    return out


# A munition named by its bare plural as the subject of a strike, with no figure: "Drones
# struck the crowded livestock market", "Ukrainian drones struck an oil refinery". It hit,
# how many times is not told: a vague impact. Only where the phrase opens its sentence
# or clause, so "the drones", "two drones" and "of drones" stay with the rules that count.
_BARE_PLURAL_SUBJECT = (
    r"(?:(?<![\s\S])|(?<=\n)|(?<=[.;:!?\"“\-–—]\s)|(?<=\bthat\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\bas\s))"
    r"(?:(?!(?:the|if|when|as|some|many|these|those|such|all|no|both|several|our|their|its|his|her|once|unless)\b)"
    r"(?-i:[A-Z][\w-]*)\s+){0,2}"
    r"(?:(?:attack|suicide|kamikaze|armed|explosive|strike|combat)\s+)?"
    r"(?P<mun>drones|missiles|rockets|shells|mortars|mortar\s+(?:shells|rounds|bombs)|bombs|projectiles|uavs|quadcopters)"
    r"\s+(?P<verb>(?:also\s+)?(?:struck|hit|slammed\s+into|rained\s+(?:down\s+)?on))\s+")
_BARE_PLURAL_IMPACT = re.compile(_BARE_PLURAL_SUBJECT + r"(?:(?:an?|the|its|their|his|her)\b|(?-i:[A-Z]))", _I)
# A headline drops its articles, and one in capitals is read lowered: any word but "by"
# may follow the verb ("Rockets hit near Baghdad airport", "MORTAR SHELLS HIT BAIDOA AIRPORT")
_BARE_PLURAL_IMPACT_HEAD = re.compile(_BARE_PLURAL_SUBJECT + r"(?!by\b)\w", _I)
_BARE_PLURAL_HINTS = ("drones ", "missiles ", "rockets ", "shells ", "mortars ", "rounds ", "bombs ", "projectiles ",
                      "uavs ", "quadcopters ")


def _bare_plural_impact(text: str, s0: int, s1: int, taken: _Taken, headline: bool = False) -> list[Fact]:
    out: list[Fact] = []
    for m in (_BARE_PLURAL_IMPACT_HEAD if headline else _BARE_PLURAL_IMPACT).finditer(text, s0, s1):
        if m.start() == s0 and not text[s0].isupper():
            continue  # (a sentence cut mid-phrase)
        if taken.overlaps(m.start(), m.end()) or _hypothetical_before(text, max(s0, m.start() - 45), m.start()):
            continue
        cls = _munition_class(text, _ANY_MUNITION.match(text, m.start("mun")), m.start())  # type: ignore[arg-type]
        out.append(_fact(text, "impacted", None, None, None, "vague", cls, m.start(), m.end("verb"),
                         "count.impact.bare_plural", "vague"))
    return out


# The Ukrainian air force's tally of what got through: "Hits by 3 ballistic missiles and
# 19 strike UAVs were recorded at 9 locations". Each figure in the list is an impact.
_HITS_BY = re.compile(
    r"\b(?:hits|impacts)\s+(?:by|from|of)\s+(?P<list>[^.;:]{1,160}?)\s+(?:were|was|have\s+been|"
    r"has\s+been|had\s+been)\s+(?:recorded|registered|reported)\b"
    # ... or the verb first: "It recorded hits by nine missiles and 35 drones at 14 locations"
    r"|\b(?:recorded|registered|reported)\s+(?:direct\s+)?(?:hits|impacts)\s+(?:by|from|of)\s+"
    r"(?P<list2>[^.;:]{1,160}?)(?=\s+(?:at|in|on|across)\s|[.;:,]|$)")  # on the lower-cased sentence


def _hits_by(text: str, s0: int, s1: int, low: str) -> list[Fact]:
    out: list[Fact] = []
    for m in _HITS_BY.finditer(low):
        g = "list" if m.group("list") is not None else "list2"
        lo, hi = s0 + m.start(g), s0 + m.end(g)
        for a in numbers.find(text[lo:hi]):
            if a.value is None and a.min is None:
                continue
            at = lo + a.end
            if (twice := _FIGURE_IN_PARENS.match(text, at, hi)) is not None:
                at = twice.end()  # "Hits of 3 (three) ballistic missiles": the figure again
            head = _HEAD.match(text, at, hi)
            if head is None or head.group("mun") is None:
                continue
            cls = _munition_class(text, _sub(head, "mun"), head.start("mods"))
            out.append(_make(text, "impacted", a, lo + a.start, head.end(), cls,
                             "count.impact.hits_by", "list"))
    return out


# One serviceman named by rank: "Private Arman Petrosyan (born 2004) received a fatal
# shrapnel wound", "Sgt. Dana Cole, 24, was killed". A rank and a name are one person.
_RANKS = (
    r"(?:Staff\s+|Master\s+|First\s+|Junior\s+|Senior\s+|Lance\s+|Second\s+|2nd\s+|1st\s+)?"
    r"(?:Private|Pvt\.|Pfc\.|Specialist|Spc\.|Corporal|Cpl\.|Sergeant|Sgt\.|Lieutenant|Lt\.|"
    r"Captain|Capt\.|Major|Maj\.|Colonel|Col\.|Petty\s+Officer|Seaman|Airman|Warrant\s+Officer|"
    r"Ensign|Gunner|Trooper|Rifleman|"
    # South Asian ranks: "Lance Naik Sher Afzal", "Havildar Ghulam Rasool", "Sepoy Amir"
    r"Naik|Havildar|Sepoy|Subedar|Sowar|"
    # police: "Patrolman Andrés Rincón", "Constable Otieno"
    r"Patrolman|Patrolwoman|Constable|"
    # Colombian and Mexican ranks as English copy keeps them: "Subintendente Carlos Arbeláez"
    r"Subintendente|Intendente|Patrullero|Sargento|Cabo|Teniente|Subteniente|"
    # ... and the army's "Professional Soldier Jhon Ascanio" (soldado profesional)
    r"Professional\s+Soldier)"
)
_NAMED_RANK = re.compile(
    rf"\b{_RANKS}(?:\s+(?:First\s+Class|1st\s+Class))?\s+(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+"
    r"(?:\s*\([^()]{1,60}\))?(?:\s*,\s*(?:\d{1,2}|born\s+in\s+\d{4})\s*,)?")
# (substrings of the ranks, lower-cased: a sentence with none needs no scan)
_RANK_HINTS = ("private", "pvt.", "pfc.", "specialist", "spc.", "corporal", "cpl.", "sergeant",
               "sgt.", "lieutenant", "lt.", "captain", "capt.", "major", "maj.", "colonel", "col.",
               "officer", "seaman", "airman", "ensign", "gunner", "trooper", "rifleman", "naik",
               "havildar", "sepoy", "subedar", "sowar", "patrol", "constable", "intendente", "sargento",
               "cabo", "teniente", "professional soldier")


# A governor's "there are wounded", "there were dead and injured": a toll with no figure
_THERE_ARE = re.compile(
    r"\bthere\s+(?:are|were)\s+(?:also\s+)?(?:(?P<killed>dead|killed|fatalities)(?:\s+and\s+(?P<injured2>wounded|injured))?"
    r"|(?P<injured>wounded|injured))\b(?!\s+(?:people|persons|civilians|soldiers|among|in\s+the|from|and\s+no))", _I)


def _there_are(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    """casualty.<kind>.there_are: a toll said to exist, with no figure (vague)."""
    out: list[Fact] = []
    for m in _THERE_ARE.finditer(text, s0, s1):
        if taken.covers(m.start()):
            continue
        for kind, group in (("killed", "killed"), ("injured", "injured2"), ("injured", "injured")):
            if m.group(group) is not None:
                out.append(_fact(text, kind, None, None, None, "vague", None, m.start(), m.end(group),
                                 f"casualty.{kind}.there_are", "vague_group"))
    return out


# A ministry's "used attack UAVs of the Shahed type in the amount of 12 pieces": the figure
# comes after the munition it counts
_IN_THE_AMOUNT = re.compile(
    # ("used against the city UAV of aircraft type in the amount of 17 pieces and BEK in the
    # amount of 4 pieces": a singular noun, and a second item after "and")
    r"\b(?:(?:used|launched|fired|employed|applied)\s+(?:[\w-]+\s+){0,4}?|(?<=pieces\s)and\s+)"
    r"(?P<mun>drones?|uavs?|missiles?|rockets?|shells?|bombs?|projectiles?|bek|usvs?|boats)\b"
    r"(?:\s+of\s+(?:the\s+)?[\w-]+\s+type)?,?"
    r"\s+in\s+the\s+(?:amount|quantity|number)\s+of\s+(?P<n>\d{1,4})(?:\s+(?:pieces|units|items))?", _I)


def _in_the_amount(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    """count.launch.in_the_amount: the munitions used, then how many."""
    out: list[Fact] = []
    for m in _IN_THE_AMOUNT.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        n = int(m.group("n"))
        mun = _ANY_MUNITION.match(text, m.start("mun"))
        # (a Russian "BEK", an uncrewed boat, is a naval drone)
        cls = _munition_class(text, mun, m.start("mun")) if mun is not None else "drone"
        out.append(_fact(text, "launched", n, n, n, "exact", cls, m.start(), m.end(),
                         "count.launch.in_the_amount", "object"))
    return out


def _named_rank(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    """casualty.<kind>.named_rank: soldiers named by rank, one or a list of them ("Cpl.
    Arnel Bacus (33) and Pvt. Rhey Salvador (22) sustained gunshot wounds" is two)."""
    out: list[Fact] = []
    names = list(_NAMED_RANK.finditer(text, s0, s1))
    i = 0
    while i < len(names):
        first = last = names[i]
        j, i = i, i + 1
        if _SPEAKER_BEFORE.search(text, max(s0, first.start() - 30), first.start()):
            continue  # "According to Maj. Juan Cruz, Sgt. Bob Reyes and Pvt. Tim Lee were wounded": who tells
        while i < len(names) and _RANK_LIST_GAP.fullmatch(text, last.end(), names[i].start()):
            last = names[i]
            i += 1
        n = i - j
        link = _right(text, last.end(), s1)
        if link is None or link.kind not in CASUALTY_KINDS:
            continue
        if taken.overlaps(first.start(), link.end):
            continue
        out.append(_fact(text, link.kind, n, n, n, "exact", "soldier" if n == 1 else "soldiers", first.start(), link.end,
                         f"casualty.{link.kind}.named_rank", "subject"))
    return out


_SPEAKER_BEFORE = re.compile(r"\b(?:according\s+to|spokes(?:man|woman|person))\s+\Z", _I)
_RANK_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s*,?\s+and\s+")


# A share of a set counted before: "The majority of the 40 were intercepted", "At least
# half of the 34 mortar bombs landed outside". The 40 is the set, not this count.
_SHARE_OF_SET = re.compile(
    rf"\b(?P<q>(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+)?(?:half|the\s+majority|most|the\s+bulk))"
    rf"\s+of\s+(?:the|these|those)\s+(?P<n>\d[\d,]*)\s+(?:(?:{_MUN_PLAIN})\s+|[a-z-]+\s+(?:{_MUN_PLAIN})\s+)?"
    rf"(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?"
    rf"(?:(?P<intercepted>{lx.INTERCEPT_AFTER})|(?P<impacted>{lx.IMPACT_AFTER}))(?![\w-])")  # on the lower-cased sentence


def _share_of_set(text: str, s0: int, low: str) -> list[Fact]:
    out: list[Fact] = []
    for m in _SHARE_OF_SET.finditer(low):
        n = int(m.group("n").replace(",", ""))
        kind = "intercepted" if m.group("intercepted") is not None else "impacted"
        q = m.group("q").split()
        if q[-1] != "half":
            value, lo, qual = None, None, "vague"  # "the majority": more than half, no figure
        elif q[0] in ("at", "more"):
            # (at least half of 35 is at least 18; more than half of 34, at least 18)
            value, lo, qual = None, n // 2 + 1 if q[0] == "more" else -(-n // 2), "at_least" if q[0] == "at" else "more_than"
        elif n % 2 == 0 and len(q) == 1:
            value, lo, qual = n // 2, n // 2, "exact"
        else:
            value, lo, qual = n // 2, None, "about"
        mun = _ANY_MUNITION.search(text, s0 + m.end("n"), s0 + m.end())
        cls = _munition_class(text, mun, mun.start()) if mun is not None else None
        out.append(_fact(text, kind, value, lo, value if qual == "exact" else None, qual, cls,
                         s0 + m.start(), s0 + m.end(), f"count.share.{kind}", "partitive"))
    return out


# The people a toll is made of, after it: "Among the dead were fourteen children and nine
# women", "Among the wounded were two soldiers and a UN contractor".
_AMONG_THE = re.compile(
    r"\bamong\s+(?:the|today['’]s|(?:this|last)\s+\w+['’]s)\s+(?P<k>dead|killed|victims|martyrs|wounded|injured|hurt)\s+"
    r"(?:were|are|was|is)\s+", _I)


def _among_the(text: str, s0: int, s1: int) -> list[Fact]:
    out: list[Fact] = []
    for m in _AMONG_THE.finditer(text, s0, s1):
        kind = "killed" if m.group("k").lower() in ("dead", "killed", "victims", "martyrs") else "injured"
        lo = prev = m.end()
        for a in numbers.find(text[lo:s1], articles=True):
            start = lo + a.start
            if a.ref is not None or a.zero or text[prev:start].strip(" ,") not in ("", "and"):
                break  # the list ends at the first word that is no figure of it
            head = _HEAD.match(text, lo + a.end, s1)
            if head is None or head.group("vic") is None:
                break
            prev = head.end()
            obj = _victim_object(text[head.start("mods") : head.end()], None)
            if a.value == 1 and (kin := _AND_OWN_KIN.match(text, head.end(), s1)) is not None:
                # "Among the dead were a mother and her two daughters": one family, summed
                kids = kin.group("n")
                n = 1 + ((numbers.word_value(kids) or 0) if kids else 1)
                out.append(_fact(text, kind, n, n, n, "exact", "civilians", start, kin.end(),
                                 f"casualty.{kind}.among_kin", "breakdown"))
                break
            out.append(_make(text, kind, a, start, head.end(), obj, f"casualty.{kind}.among", "breakdown"))
    return out


_AND_OWN_KIN = re.compile(
    rf"\s+and\s+(?:her|his|their)\s+(?:(?P<n>two|three|four|five|six|\d)\s+(?:[\w-]+\s+)?(?:{_PLURAL_KIN}|children)"
    rf"|(?:[\w-]+\s+)?(?:{_ONE_KIN}|child|baby))\b(?![\w-])", _I)


# A bulletin's tally lines: "Killed: 1; Injured: 7", "Drones launched at region: 12",
# "Shot down: 9". The label says the kind; the figure follows the colon.
# The marks pages use as bullets, and the symbols and emoji posts use ("▪️", "🔹")
_BULLET_SIGNS = "-•*–—▪▫◦‣●○■□►▶➤✓✔\U0001F300-\U0001FAFF\u2600-\u27BF"
_TALLY = re.compile(
    # (a fact box's bullet may open the line: "-- Killed: 4 (port workers)")
    # (or an emoji's: "▪️ killed – 11 people")
    rf"(?:^(?:[{_BULLET_SIGNS}]+\uFE0F?\s*)?|(?<=[;,(\n])\s*(?:[-–—•*]+\s*)?)"
    # ("Total number of martyrs: 512", a health ministry's tally)
    r"(?P<total>(?i:total\s+(?:number\s+of\s+)?|number\s+of\s+))?"
    # ("Reported downed or suppressed: 113", "Hits recorded: 27": a monitor's labels)
    r"(?i:reported\s+)?"
    # (a hospital's "Brought dead: 2"; a fact box's "Lightly wounded by shrapnel: 2")
    r"(?i:(?:lightly|slightly|moderately|seriously|severely|critically)\s+)?"
    # (a digest's group named first: "Civilians killed: at least 24", "Security forces killed: 46")
    r"(?P<who>(?i:(?:[\w-]+\s+)?(?:civilians|forces|soldiers|troops|police(?:men)?|fighters|militants|children|"
    r"people|workers|journalists|medics))\s+(?=(?i:killed|dead|injured|wounded|hurt)\b))?"
    r"(?P<label>(?i:killed|(?:brought\s+)?dead|deaths|fatalities|martyrs|injured|injuries|wounded|hurt|"
    r"(?:drones|missiles|rockets|shells|projectiles)\s+(?:launched|fired|tracked|detected)"
    r"(?:\s+(?:(?!\b(?i:fell|landed|hit|struck|were|was)\b)[^:;\n]){1,50}?)?|"
    r"launched|fired|intercepted|shot\s+down|downed|destroyed|hits|impacts|crashed))"
    r"(?i:\s+or\s+suppressed|\s+recorded|\s*/\s*suppressed)?"
    # where, by what, and who counts: "Killed in India: 4", "Dead (ministry): 23"
    # ("Killed in Gaza in the past 24 hours: 34": a second phrase, of when)
    r"(?:\s+(?i:in|by|on|at|among|from|over|during)(?:\s+(?!(?i:fell|landed|hit|struck|were|was|had)\b)"
    r"(?:[^\W\d_][\w'’-]*|\d{1,3}(?=\s+(?i:hours|days)\b))){1,4}?){0,2}"
    r"(?:\s*\([^()\n\d]{1,40}\))?"
    # ("Killed in Gaza, per the health ministry: 34")
    r"(?:,?\s+(?i:per|according\s+to)\s+[^:;\n\d]{1,40})?"
    # (or a dash: "Injured — 17"; the figure may be hedged: "Injured: more than 60")
    r"(?:\s*:|\s+[—–])\s*(?P<n>(?i:(?:about|around|approximately|at\s+least|more\s+than|over|nearly|almost|"
    # (an infobox's range or open end: "Deaths: 23–27", "Injured: 60+")
    r"some|up\s+to)\s+)?\d+(?:,\d{3})*(?:[–-]\d+(?:,\d{3})*|\+)?)(?![\d+]|,\d)(?!\s*[:.]\d)", re.MULTILINE)
# a second count's figure after the first's source: "Dead: at least 23 (state health
# ministry); 31 (Sudan Doctors Network)"
_TALLY_SECOND = re.compile(
    r"\s*\([^()\n\d]{1,40}\)\s*[;,]\s*(?P<n>(?i:(?:about|around|at\s+least|more\s+than|over|nearly)\s+)?\d[\d,]*)\s*(?=\()")
_TALLY_BEFORE = re.compile(
    r"\s*\((?P<label>(?i:(?:the\s+)?(?:previous|last|prior)\s+(?:week|month|day|period|reporting\s+period)|a\s+week\s+earlier))\s*:\s*"
    r"(?P<n>\d[\d,]*)\)")
# A tally by type: "Hits: missile — 1; UAV — 23"
_TALLY_TYPED = re.compile(
    r"(?:^(?:[-–—•*]+\s*)?)(?P<label>(?i:hits|impacts|shot\s+down|downed|destroyed|intercepted|launched|fired))"
    r"(?i:\s*/\s*suppressed)?\s*:\s*(?=[A-Za-z])", re.MULTILINE)
_TYPED_ITEM = re.compile(r"\s*(?P<name>[A-Za-z][^—–:;,\n]{0,30}?)\s*[—–]\s*(?P<n>\d[\d,]*)\b(?!\s*[:.]\d)(?P<of>\s+of\s+\d[\d,]*)?\s*")
_TALLY_HINTS = ("killed", "dead", "deaths", "fatalities", "martyrs", "injur", "wounded", "hurt", "launched", "fired",
                "intercepted", "shot down", "downed", "destroyed", "hits", "impacts", "tracked", "detected",
                "crashed")
_NAMED_PART = re.compile(r"(?P<name>[A-Za-z][A-Za-z -]{1,24}?)\s+(?P<n>\d{1,4})\b(?:\s+incl(?:\.|uding)\s+[^,;)]{1,30})?(?:,\s*|\s+and\s+)?")
_X_FIGURE = re.compile(r"[a-z)][\s(]*[x×]\d")
_TALLY_KIND = {"killed": "killed", "dead": "killed", "brought dead": "killed", "deaths": "killed", "fatalities": "killed",
               "martyrs": "killed", "injuries": "injured", "injured": "injured",
               "wounded": "injured", "hurt": "injured", "hits": "impacted", "impacts": "impacted",
               "intercepted": "intercepted", "downed": "intercepted", "destroyed": "intercepted",
               "shot down": "intercepted", "crashed": "impacted"}


# A sitrep's count after its munition: "82mm mortar x4", "grenades dropped x2", "mortar
# rounds (x3)", "122mm x6+" (a calibre alone is of shells); the verb between, if any, tells
# the kind
_TIMES_AFTER = re.compile(
    rf"(?<![\w-])(?:(?P<mun>(?i:{_MUN_ALT}))|(?P<cal>\d{{2,3}}\s?mm))"
    r"(?:\s+(?P<verb>(?i:dropped|fired|launched|used|shot\s+down|downed|intercepted|destroyed|hit|impacted|landed)))?"
    r"\s*\(?\s*[x×](?P<n>\d{1,3}\+?)(?![\w.,]\d)\)?")
_COUNTED_BEFORE = re.compile(r"\b(?:an?|one|\d+)\s+(?:(?!(?:by|of|with|from|and|or)\s)[\w-]+\s+){0,3}\Z", _I)
_UNFIRED_BEFORE = re.compile(r"\b(?:unexploded|unfired|recovered|seized|captured|confiscated|found)\b[^;.]{0,30}\Z", _I)
def _fired_counted(text: str, link: _Link, start: int, s1: int) -> bool:
    """Whether the verb after a figure fires munitions it counts itself: the figure is of
    those who fired ("dropped a mortar shell" is a drone's hit, read by other rules)."""
    return (link.kind == "launched" and link.start > start and not link.aux
            and link.verb.lower().startswith(("fire", "launch", "lob", "shot"))
            and _COUNTED_OBJECT.match(text, link.end, s1) is not None)


# what a verb fired, counted: "fired six 107mm Katyusha rockets"
_COUNTED_OBJECT = re.compile(
    r"\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|dozens\s+of)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:rockets?|missiles?|drones?|shells?|mortars?|rounds|bombs?|grenades?|projectiles?|uavs?)\b", _I)
# a noun phrase that ends in a singular munition word ("the remaining rocket")
_SINGULAR_END = re.compile(r"(?:rocket|missile|drone|shell|bomb|projectile|uav|round|mortar)\Z", _I)
_TIMES_KIND = {"shot down": "intercepted", "downed": "intercepted", "intercepted": "intercepted",
               "destroyed": "intercepted", "hit": "impacted", "impacted": "impacted", "landed": "impacted"}


def _times_after(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _TIMES_AFTER.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()) or _COUNTED_BEFORE.search(text, max(s0, m.start() - 40), m.start()):
            continue  # (in "a Neptune-MD long-range missile x1" the article counted it)
        if _UNFIRED_BEFORE.search(text, max(s0, m.start() - 40), m.start()):
            continue  # "Items recovered at the scene: ..., unexploded M79 grenades x2": none fired
        amounts = numbers.find(m.group("n"))
        if len(amounts) != 1:
            continue
        verb = " ".join((m.group("verb") or "").lower().split())
        kind = _TIMES_KIND.get(verb, "launched")
        mun = _ANY_MUNITION.match(text, m.start()) if m.group("mun") else None
        cls = _munition_class(text, mun, m.start()) if mun is not None else "shell"
        out.append(_make(text, kind, amounts[0], m.start(), m.end(), cls, f"count.{_KIND_VERB[kind]}.times", "list"))
    return out


def _tally(text: str, s0: int, s1: int) -> list[Fact]:
    out: list[Fact] = []
    for m in _TALLY.finditer(text[s0:s1]):  # (sliced: "^" is the sentence's start)
        label = " ".join(m.group("label").lower().split())
        amounts = numbers.find(m.group("n"))
        if len(amounts) != 1:
            continue
        kind = _TALLY_KIND.get(label, "launched")
        if m.group("total") and kind in MUNITION_KINDS:
            continue  # "Total number of drones launched since October: 4,200": a running total
        at = s0 + m.start("label")
        mun = _ANY_MUNITION.match(text, at)
        cls = _munition_class(text, mun, at) if mun is not None else None
        if m.group("who"):
            at, cls = s0 + m.start("who"), _victim_object(m.group("who"), None)
        out.append(_make(text, kind, amounts[0], at, s0 + m.end("n"), cls, f"count.tally.{kind}", "list"))
        if (second := _TALLY_SECOND.match(text, s0 + m.end("n"), s1)) is not None:
            out.append(_make(text, kind, numbers.find(second.group("n"))[0], second.start("n"), second.end("n"), cls,
                             f"count.tally.{kind}", "list"))
        elif (before := _TALLY_BEFORE.match(text, s0 + m.end("n"), s1)) is not None:
            # "Security forces killed: 46 (previous week: 31)": the same count a period before
            out.append(_make(text, kind, numbers.find(before.group("n"))[0], before.start("label"), before.end("n"), cls,
                             f"count.tally.{kind}_before", "list"))
        if kind in CASUALTY_KINDS and text.startswith(" (", s0 + m.end("n")):
            # "Injured: 12 (police 7, civilians 5 incl. 2 children)": its parts, each named first
            pos = s0 + m.end("n") + 2
            while (part := _NAMED_PART.match(text, pos, s1)) is not None:
                part_amounts = numbers.find(part.group("n"))
                if len(part_amounts) == 1:
                    out.append(_make(text, kind, part_amounts[0], part.start("name"), part.end("n"),
                                     _victim_object(part.group("name"), None), f"casualty.{kind}.breakdown", "breakdown"))
                pos = part.end()
    for m in _TALLY_TYPED.finditer(text[s0:s1]):
        kind = _TALLY_KIND.get(" ".join(m.group("label").lower().split()), "launched")
        pos = s0 + m.end()
        while (item := _TYPED_ITEM.match(text, pos, s1)) is not None:
            mun = _ANY_MUNITION.search(text, item.start("name"), item.end("name"))
            amounts = numbers.find(item.group("n"))
            if mun is not None and len(amounts) == 1:
                out.append(_make(text, kind, amounts[0], item.start("name"), item.end("n"),
                                 _munition_class(text, mun, item.start("name")), f"count.tally.{kind}", "list"))
            pos = item.end()
            if not text.startswith(";", pos):
                break
            pos += 1
    return out


# A pronoun for the munition just named: "... launched one anti-ship cruise missile
# toward the vessel. It was shot down by a destroyer." ("They were shot down": all of them.)
_PRONOUN_SUBJECT = re.compile(
    rf"(?:^|[;,]\s+(?:and\s+|but\s+)?|\band\s+|\b(?:said|says|added|confirmed|reported|saying)\s+)(?:that\s+)?[“\"]?"
    rf"(?:(?P<pro>it|they)\s+(?:was|were|had\s+been|has\s+been|"
    # ("They were engaged" tells of a try, not a downing)
    rf"have\s+been)\s+(?:(?:quickly|successfully|later|also|then|soon)\s+)?(?!engaged)(?P<verb>{lx.INTERCEPT_AFTER})(?![\w-])"
    # "It was not intercepted and fell in an open area", "It fell short of the port"
    rf"|(?P<one>it)\s+(?:was\s+not\s+intercepted\s+and\s+)?(?P<hit>fell|landed|hit|struck|exploded|crashed|impacted)\b"
    rf"(?!\s+(?:short|nothing|no\s+one|nobody)))",
    _I)
_PRONOUN_VERB_HINTS = ("intercepted", "shot", "downed", "destroyed", "neutrali", "brought",
                       "taken", "eliminated", "engaged", "stopped", "suppressed", "jammed",
                       "repelled", "foiled", "defeated", "disabled", "countered", "repulsed",
                       "lost", "knocked", "thwarted", "fell", "landed", "hit", "struck", "exploded",
                       "crashed", "impacted")


def _pronoun_subject(text: str, s0: int, s1: int, state: _State,
                     taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _PRONOUN_SUBJECT.finditer(text[s0:s1]):  # (sliced: "^" is the sentence's start)
        pro = "one" if m.group("one") else "pro"
        start, end = s0 + m.start(pro), s0 + m.end()
        if taken.overlaps(start, end):
            continue
        # "it" stands for the munition of the sentence just before, unless that named
        # something else since, or the munition comes after ("It was shot down by a
        # missile": "it" was a plane)
        cls = _carried(state, start, reach=1)
        if cls is None or _ANY_MUNITION.search(text, end, s1) is not None:
            continue
        if m.group("one"):
            out.append(_fact(text, "impacted", 1, 1, 1, "exact", cls, start, end,
                             "count.pronoun.impacted", "reference"))
            continue
        if m.group("pro").lower() == "it":
            out.append(_fact(text, "intercepted", 1, 1, 1, "exact", cls, start, end,
                             "count.pronoun.intercepted", "reference"))
            continue
        whole = numbers.Amount(start, end, m.group("pro"), None, None, None, "vague", ref="all")
        r = _resolve_ref(whole, state, "intercepted", start, cls)
        if r is not None and r.value is not None:
            out.append(_make(text, "intercepted", r, start, end, cls, "count.pronoun.intercepted", "reference"))
    return out


# A person told of by pronoun, opening a sentence or a clause: "She was wounded when the
# shell came through the roof", "In fact, he was lightly hurt", "He later died in hospital"
_PRONOUN_VICTIM = re.compile(
    r"(?:^[\"“'‘]?|(?:In\s+fact|However|But|Later|Instead),\s+|,\s+(?:and|but)\s+|\b(?:and|but)\s+)"
    r"(?P<pro>he|she)\s+(?:(?:was|had\s+been|has\s+been)\s+(?:(?!nearly|barely)\w+ly\s+)?"
    r"(?P<hurt>killed|wounded|injured|hurt|(?:hit|struck)\s+by\s+(?:shrapnel|fragments|debris|flying\s+glass|a\s+bullet))"
    r"|(?:later\s+|then\s+|subsequently\s+)?(?P<died>died|succumbed))\b",
    _I)
# After a casualty verb, a time that makes it the person's past, not this attack: "he was
# wounded in 2014 in Donbas", "the day before", "the teacher died last year"
_PAST_AFTER = re.compile(
    r"\s+(?:in\s+)?(?:\w+\s+)?(?:19|20)\d\d\b|\s+(?:the\s+day\s+before|earlier|previously|last\s+"
    r"(?:year|month|week|spring|summer|autumn|winter)|in\s+(?:an?\s+)?(?:earlier|previous|past))", _I)


def _pronoun_victim(text: str, s0: int, s1: int, state: _State, taken: _Taken) -> list[Fact]:
    """One person told of as "he" or "she": killed or injured 1, unless the sentence before
    already counted that kind (the same person told of twice)."""
    out: list[Fact] = []
    for m in _PRONOUN_VICTIM.finditer(text[s0:s1]):  # (sliced: "^" is the sentence's start)
        start, end = s0 + m.start("pro"), s0 + m.end()
        kind = "killed" if m.group("died") or m.group("hurt").lower() == "killed" else "injured"
        if taken.overlaps(start, end) or _told_just_before(state, s0, kind) or _PAST_AFTER.match(text, end, s1):
            continue
        obj = "woman" if m.group("pro").lower() == "she" else "man"
        out.append(_fact(text, kind, 1, 1, 1, "exact", obj, start, end, f"casualty.{kind}.pronoun", "reference"))
    return out


def _told_just_before(state: _State, s0: int, kind: str) -> bool:
    """Whether the sentence before the one at `s0` (or this one) holds a fact of `kind`."""
    i = bisect.bisect_right(state.sentence_starts, s0) - 1
    lo = state.sentence_starts[i - 1] if i > 0 else s0
    return any(f.kind == kind and f.start >= lo for f in reversed(state.facts[-12:]))


# Headlines drop articles on kin too: "mother and two children killed", "kill mother, two children"
_HEADLINE_KIN_NP = (r"(?:mother|father|woman|man|grandmother|grandfather)(?:\s+and\s+|,\s+)"
                    r"(?:(?P<n>two|three|four|five|six|[2-9])\s+(?:children|kids|sons|daughters|grandchildren)"
                    # ("kills grandmother and grandson": two)
                    r"|(?:son|daughter|grandson|granddaughter|child|baby))")
_HEADLINE_KIN = re.compile(
    rf"\b(?P<v>kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)?)\s+{_HEADLINE_KIN_NP}\b"
    rf"|\b{_HEADLINE_KIN_NP.replace('?P<n>', '?P<n2>')}\s+(?:(?:were|are)\s+)?(?P<v2>killed|dead|wounded|injured|hurt)\b", _I)


# Headlines drop articles: "Drone downed near Erbil airport, second crashes into farm",
# "Bulk carrier hit by projectile": a bare singular munition is one.
_HEADLINE_ONE = re.compile(
    # ("45-year-old man moderately hurt as rocket slams into home")
    # (or after who says so: "Israel says missile intercepted")
    rf"(?:^|[,;:]\s+|\b(?:as|after)\s+|\b(?:says|say|claims|claim|reports)\s+)(?P<np>(?:(?-i:[A-Z][\w-]*)\s+|(?:second|third|another)\s+)?"
    rf"(?:(?:ballistic|cruise|hypersonic|guided|explosive-laden|suicide|attack|kamikaze)\s+)?(?:{_MUN_PLAIN})|second|third|another)\s+"
    # ("Missile launched from Yemen intercepted": it was fired, then downed)
    # ("Houthi missile aimed at Ben Gurion intercepted": where it was aimed, then its fate)
    rf"(?:(?P<fired>launched|fired|aimed)\s+)?(?:(?:from|at|toward|towards)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?"
    rf"(?:(?:is|was)\s+)?(?P<verb>{lx.INTERCEPT_AFTER}|{lx.IMPACT_AFTER}|lands|crashes)(?![\w-])"
    rf"|\b(?:hit|struck)\s+by\s+(?P<by>(?:(?-i:[A-Z][\w-]*)\s+)?(?:{_MUN_PLAIN}))(?![\w-])(?!\s+(?:attack|strike|fire))"
    # "Houthi rebels hit cargo ship in Gulf of Aden with missile"
    rf"|\b(?:hit|hits|struck|strikes)\s+[^,;:]{{1,50}}?\s+with\s+(?P<with>(?:(?-i:[A-Z][\w-]*)\s+)?(?:{_MUN_PLAIN}))(?![\w-])"
    # "Saudi air defences intercept drone over Jazan"
    # (or in the past, after who says so: "US says it downed missile and two drones")
    rf"|\b(?:intercepts?|downs?|shoots?\s+down|shot\s+down|destroys?|(?<=\bit\s)(?:downed|intercepted|destroyed))\s+(?P<obj>(?-i:[A-Z][\w-]*\s+)?(?:{_MUN_PLAIN}))(?![\w-])"
    # ("destroys Hezbollah rocket launcher": the weapon's launcher is the target)
    rf"(?!\s*(?:-|\s(?:{lx.MUNITION_NOT_HEAD_AFTER})\b))",
    _I)
_INTERCEPT_VERB = re.compile(lx.INTERCEPT_AFTER, _I)
# ... and one told only as sent: "Sirens in Tel Aviv, Jerusalem: missile launched from Yemen"
_HEADLINE_ONE_FIRED = re.compile(
    r"(?:^|[,;:]\s+)(?P<np>(?:(?:ballistic|cruise|hypersonic|guided)\s+)?(?:missile|rocket|drone|uav|projectile|"
    r"(?:mortar|artillery)\s+(?:shell|round|bomb)))\s+(?:launched|fired)\s+(?:from|at|toward|towards)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=\s*(?:[,;:.]|$))", _I)
_HEADLINE_ITEM_AFTER = re.compile(
    rf"(?:,|\s+and)\s+(?P<n>\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten)\s+"
    rf"(?P<np>(?:[\w-]+\s+)?(?:{_MUN_PLAIN}))(?![\w-])", _I)


def _headline_singular(text: str, s0: int, s1: int, state: _State,
                       taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _HEADLINE_ONE.finditer(text[s0:s1]):  # (sliced: "^" is the headline's start)
        end = s0 + m.end()
        group = next(g for g in ("by", "with", "obj", "np") if m.group(g) is not None)
        at, stop = s0 + m.start(group), s0 + m.end(group)
        what = m.group(group).lower()
        if group == "np":
            start = at
            kind = "intercepted" if _INTERCEPT_VERB.fullmatch(m.group("verb")) else "impacted"
        else:
            start = s0 + m.start()
            kind = "impacted" if group in ("by", "with") else "intercepted"
        if taken.overlaps(start, end):
            continue
        mun = _ANY_MUNITION.search(text, at, stop)
        if mun is not None:
            if what.endswith("s") and not what.endswith(("uas", "atacms")):
                continue  # "hit by drones": a plural without a figure is not one
            cls: str | None = _munition_class(text, mun, at)
        else:
            cls = _carried(state, start)  # "second crashes": one more of the munition before
            if cls is None:
                continue
        out.append(_fact(text, kind, 1, 1, 1, "exact", cls, start, end,
                         f"count.headline.{kind}", "subject"))
        if group == "obj" and (item := _HEADLINE_ITEM_AFTER.match(text, end, s1)) is not None:
            # "intercept Houthi missile, 4 drones fired at Jazan": the list's next item
            # shares the verb (its participle says only that it was sent)
            n = numbers.word_value(item.group("n"))
            mun = _ANY_MUNITION.search(text, item.start("np"), item.end("np"))
            if n and mun is not None:
                out.append(_fact(text, kind, n, n, n, "exact", _munition_class(text, mun, item.start("n")),
                                 item.start("n"), item.end("np"), f"count.headline.{kind}_item", "coordinated"))
        if group == "np" and m.group("fired") and m.group("fired").lower() != "aimed":
            out.append(_fact(text, "launched", 1, 1, 1, "exact", cls, start, s0 + m.end("fired"),
                             "count.headline.launched", "participle"))
    for m in _HEADLINE_ONE_FIRED.finditer(text[s0:s1]):
        start, end = s0 + m.start("np"), s0 + m.end()
        if not taken.overlaps(start, end) and not any(f.start <= start < f.end for f in out):
            mun = _ANY_MUNITION.match(text, start)
            out.append(_fact(text, "launched", 1, 1, 1, "exact", _munition_class(text, mun, start) if mun else None,
                             start, end, "count.headline.launched", "participle"))
    return out


_CLAUSE_BREAKS = (", and ", "; ", ", while ", ", but ", ", whereas ",
                  # (a verb of its own for what was taken intact: "neutralized nine drones
                  # and secured two more on the ground")
                  " and secured ", " and seized ", " and recovered ", " and found ", " and captured ")


def _drop(state: _State, new: list[Fact], kinds: tuple[str, ...], lo: int = 0,
          hi: int | None = None) -> list[Fact]:
    """The sentence's facts less those of `kinds` (starting in [lo, hi) when given),
    forgotten by the state as well (the rules keep each fact as they make it)."""
    gone = {id(f) for f in new if f.kind in kinds and lo <= f.start and (hi is None or f.start < hi)}
    if gone:
        state.facts[:] = [f for f in state.facts if id(f) not in gone]
        state.launched[:] = [f for f in state.launched if id(f) not in gone]
        state.kept -= gone
    return [f for f in new if id(f) not in gone]


def _impact_nouns(text: str, s0: int, s1: int, amounts: list[numbers.Amount], state: _State,
                  new: list[Fact]) -> list[Fact]:
    """count.impact.noun: a figure of impacts or hits."""
    out: list[Fact] = []
    taken = _taken(new)
    for a in amounts:
        if a.ref is not None or a.article or a.zero:
            continue
        start, end = s0 + a.start, s0 + a.end
        m = _IMPACT_NOUN.match(text, end, s1)
        kind = "impacted"
        if m is None:
            # "the five intercepts", "13 successful interceptions": a figure of interceptions
            m, kind = _INTERCEPT_NOUN.match(text, end, s1), "intercepted"
        if m is None or taken.covers(start):
            continue
        out.append(_make(text, kind, a, start, m.end(), _carried(state, start) or "projectile",
                         f"count.{_KIND_VERB[kind]}.noun", "subject"))
    return out


# (not "two intercepts of phone calls": what intelligence records)
# (footage's "at least six air-defence engagements": interceptions seen, not battles)
_INTERCEPT_NOUN = re.compile(
    r"\s+(?:successful\s+|separate\s+|distinct\s+)?(?:intercepts|interceptions|air[- ]defen[cs]e\s+engagements)\b(?!\s+of\b)", _I)


# A list item: "- 7 Kh-101 cruise missiles from the Saratov region;" under "The following
# were recorded:". The item has no verb of its own; the line before the list gives it.
# (the marks pages use as bullets, and a symbol or emoji: "🔹 9 Iskander-M ballistic missiles")
# (an emoji may carry a variation selector: "▪️")
_BULLET_MARK = rf"[ \t]*(?:[{_BULLET_SIGNS}]|\(?\d{{1,2}}[.)])\uFE0F?[ \t]+"
# ("✅ all 4 Kh-101 cruise missiles;": the whole of that type, its figure told)
_BULLET = re.compile(rf"{_BULLET_MARK}(?:(?i:all)\s+)?(?=\d)")
# A line with no bullet that opens on a figure and where it fell: "31 - over the territory
# of Belgorod region," under "... destroyed 58 UAVs:"
_PLACE_LINE = re.compile(r"[ \t]*(?=\d[\d,]*[ \t]*[-–—][ \t]*(?:over|above|in|near|off|across)\b)", _I)
_BULLET_TEXT = re.compile(rf"[ \t]*[{_BULLET_SIGNS}]\uFE0F?[ \t]+(?=[A-Za-z\d])")
_ITEM_PLACE = re.compile(r"\s*[–—-]?\s*(?:over|above|in|near|off|across)\b", _I)
# "▪️ the rest – over the waters of the Sea of Azov": the last item of a list by place
_REST_ITEM = re.compile(rf"{_BULLET_MARK}(?=(?:the\s+)?(?:rest|remaining|remainder)\b)", _I)
_OF_FIGURE = re.compile(r"\s+of\s+\d[\d,]*\b")
_WORD_NEXT = re.compile(r"[ \t]*[^\W\d_]")
# An item named before its figure: "▪️ FPV drones — 26x", "▪️ artillery — 58 shells"
# (a model's number may be in the name: "— Kh-59/69 guided missiles — 2;")
# (a clock's colon is no separator: "🔹 Over the past night, from 23:00 ...")
_NAMED_ITEM = re.compile(rf"{_BULLET_MARK}(?P<name>[^—–:\n]{{2,40}}?)\s*(?:[—–]|(?<!\d):|\s-)\s*(?=\d)")
_LIST_INTRO = re.compile(
    rf"\b(?:(?P<intercepted>{lx.INTERCEPT_AFTER})|(?P<impacted>{lx.IMPACT_AFTER})|"
    # (the line may give the list's total: "Shot down / suppressed: 101")
    rf"(?P<launched>{lx.LAUNCH_AFTER}|attacked\s+with|launched\s+at)"
    # (or a toll's: "the number of people killed ... has risen to 163, they are:")
    rf"|(?P<killed>killed|dead|deaths|martyred|martyrs|fatalities)|(?P<injured>injured|wounded|injuries))\b[^:]*:\s*(?:\d[\d,]*\s*)?$", _I)


def _list_item(doc: Document, sent: Sentence, bullet: re.Match[str]) -> list[Fact]:
    """count.list.<kind>: the figure and munition just past the bullet (the munition may
    be the item's name, before the figure), the kind from the list's opening line ("were
    recorded:", "were shot down:", "Russians used:"); nothing without one."""
    text = doc.text
    start = bullet.end()
    intro = None
    for i in range(sent.index - 1, max(sent.index - 30, -1), -1):
        prev = doc.sentences[i]
        if not (_BULLET.match(text, prev.start, prev.end) or _NAMED_ITEM.match(text, prev.start, prev.end)
                or _REST_ITEM.match(text, prev.start, prev.end) or _PLACE_LINE.match(text, prev.start, prev.end)):
            intro = prev
            break
    if intro is None:
        return []
    m = _LIST_INTRO.search(text, intro.start, intro.end)
    if m is None or m.lastgroup is None:
        return []
    kind = m.lastgroup
    amounts = numbers.find(text[start : sent.end])
    if not amounts or amounts[0].start != 0 or amounts[0].ref not in (None, "rest"):
        return []
    a = amounts[0]
    head = _HEAD.match(text, start + a.end, sent.end) if a.ref is None else None
    if kind in CASUALTY_KINDS:
        # "- 29 civilians, including 4 children and 5 women.": a part of the toll above
        if head is None or head.group("vic") is None:
            return []
        obj = _victim_object(text[head.start("mods") : head.end()], None)
        return [_make(text, kind, a, start, head.end(), obj, f"casualty.{kind}.list", "list")]
    if head is not None and head.group("mun") is not None:
        cls = _munition_class(text, _sub(head, "mun"), head.start("mods"))
        return [_make(text, kind, a, start, head.end(), cls, f"count.list.{kind}", "list")]
    if bullet.re is not _NAMED_ITEM:
        # "▪️ 23 – over the territory of the Bryansk region,": a part by place of the
        # opening line's count, whose munition it names
        place = _ITEM_PLACE.match(text, start + a.end, sent.end)
        if place is None:
            return []
        return _place_item(doc, sent, intro, kind, a, start, place.end())
    mun = _ANY_MUNITION.search(text, bullet.start("name"), bullet.end("name"))
    if mun is None:
        return []
    # ("FPV drones — 26x": the figure's "x" is part of it; "Iskander-M — 1 of 2": so is its set)
    end = start + a.end + (1 if text.startswith(("x", "×"), start + a.end) else 0)
    if (of := _OF_FIGURE.match(text, end, sent.end)) is not None:
        end = of.end()
    if _WORD_NEXT.match(text, end, sent.end):
        return []  # "MLRS Grad — 2 salvos": the figure counts something else
    return [_make(text, kind, a, bullet.start("name"), end, _munition_class(text, mun, bullet.start("name")),
                  f"count.list.{kind}", "list")]


def _place_item(doc: Document, sent: Sentence, intro: Sentence, kind: str, a: numbers.Amount,
                start: int, end: int) -> list[Fact]:
    """An item of a list by place under an opening line that counts one munition ("...
    destroyed 64 Ukrainian fixed-wing UAVs:"); "the rest" is that count less the items
    before it."""
    text = doc.text
    muns = list(_ANY_MUNITION.finditer(text, intro.start, intro.end))
    if not muns:
        return []
    mun = muns[-1]
    cls = _munition_class(text, mun, intro.start)
    if a.ref == "rest":
        told = [t for t in numbers.find(text[intro.start : mun.start()]) if t.value]
        if not told:
            return []
        items = 0
        for i in range(intro.index + 1, sent.index):
            prev = doc.sentences[i]
            if (b := _BULLET.match(text, prev.start, prev.end)) is None:
                return []
            first = numbers.find(text[b.end() : prev.end])
            if not first or first[0].value is None:
                return []
            items += first[0].value
        n = told[-1].value - items
        if n <= 0:
            return []
        a = replace(a, value=n, min=n, max=n, qualifier="exact", ref=None)
    return [_make(text, kind, a, start, end, cls, f"count.list.{kind}", "breakdown")]


def _keep(f: Fact, new: list[Fact], state: _State) -> None:
    new.append(f)
    state.facts.append(f)
    state.kept.add(id(f))
    if f.kind == "launched":
        state.launched.append(f)


# Two sources' tolls side by side, the second with a bare figure: "governor says 7 dead,
# aid group counts 9", "police say 4 killed, medics put it at 6". The second shares the
# first's kind.
_SECOND_SOURCE = re.compile(
    # (where, before the second source: "Gangs kill at least 23 in attack on Haitian town;
    # police say 14")
    r"(?:\s+(?:in|at|on|near)\s+[^,;.\d]{1,50}?)?\s*[,;]\s+(?P<src>(?:[\w'’-]+\s+){1,3}?(?:counts?|says?|reports?|puts\s+it\s+at|puts\s+the\s+toll\s+at)"
    r"\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?(?P<n>\d+|[A-Za-z]+))(?=\s*(?:$|[,;.]))", _I)


# An explainer's question and the answer that opens the next paragraph: "How many
# missiles were fired? | About 180, according to the Israeli military.", "Was anyone
# killed? | One person."
_HOW_MANY = re.compile(
    r"(?:\d+\.\s*)?how\s+many\s+(?P<np>[a-z][\w\s-]{0,40}?)\s+(?:were|was|have\s+been|had\s+been|did\s+\w+)\s+"
    r"(?P<verb>[a-z]+(?:\s+down)?)\b[^?]{0,60}\?")
_ANYONE = re.compile(r"(?:was|were|has|have)\s+(?:anyone|anybody|any\s+\w+)\s+(?:been\s+)?(?P<verb>killed|hurt|injured|wounded)\?")
_ANSWER = re.compile(r"(?:,|\.|\s+(?:people|persons?|person)\b(?:[,.]|\s+(?:was|were)\b))")
_ASKED_KIND = {"fired": "launched", "launched": "launched", "used": "launched", "sent": "launched",
               "intercepted": "intercepted", "shot down": "intercepted", "downed": "intercepted",
               "destroyed": "intercepted", "hit": "impacted", "struck": "impacted", "landed": "impacted",
               "killed": "killed", "die": "killed", "died": "killed", "injured": "injured", "wounded": "injured",
               "hurt": "injured"}


def _answered(text: str, sent: Sentence, state: _State, low: str) -> list[Fact]:
    """Read a question for the answer to come, or the answer to the question before."""
    if low.endswith("?"):
        q = _HOW_MANY.fullmatch(low) or _ANYONE.fullmatch(low)
        kind = _ASKED_KIND.get(q.group("verb")) if q is not None else None
        if q is not None and kind is not None:
            np = q.groupdict().get("np")
            mun = _ANY_MUNITION_LOW.search(np) if np else None
            cls = _munition_class(low, mun, 0) if mun is not None else None
            state.asked = (sent.index, kind, cls)
        return []
    assert state.asked is not None
    index, kind, cls = state.asked
    state.asked = None
    if index != sent.index - 1 or (kind in MUNITION_KINDS and cls is None):
        return []
    amounts = numbers.find(text[sent.start : sent.end])
    if not amounts or amounts[0].start != 0 or (amounts[0].value is None and amounts[0].min is None):
        return []
    a = amounts[0]
    if _ANSWER.match(text, sent.start + a.end, sent.end) is None:
        return []  # ("Three missiles hit the port": an answer with its own noun reads as any sentence)
    return [_make(text, kind, a, sent.start, sent.start + a.end, cls, f"count.{_KIND_VERB[kind]}.answer"
                  if kind in MUNITION_KINDS else f"casualty.{kind}.answer", "subject")]


# "firing what the IRGC said at the time were 18 missiles": a launch whose figure is told
# as someone's word
_WHAT_WERE = re.compile(
    r"\b(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\s+what\s+[^.;:]{0,60}?\b(?:were|was)\s+(?=\S)", _I)


def _what_were(text: str, s0: int, s1: int) -> list[Fact]:
    out: list[Fact] = []
    for m in _WHAT_WERE.finditer(text, s0, s1):
        amounts = numbers.find(text[m.end() : s1])
        if not amounts or amounts[0].start != 0 or amounts[0].article:
            continue  # ("fired what were believed to be rockets": no figure)
        a = amounts[0]
        head = _HEAD.match(text, m.end() + a.end, s1)
        if head is None or head.group("mun") is None:
            continue
        cls = _munition_class(text, _sub(head, "mun"), head.start("mods"))
        out.append(_make(text, "launched", a, m.start(), head.end(), cls, "count.launch.what_were", "object"))
    return out


# "with a number of ballistic missiles and drones": the vague figure counts both kinds
_AND_BARE_MUNITION = re.compile(rf"\s+and\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,2}}?)(?:{_MUN_ALT})", _I)


def _vague_pair(text: str, new: list[Fact]) -> list[Fact]:
    """A vague launch whose noun phrase joins a second munition by "and", with no figure
    of its own: the second is launched as vaguely ("dozens of rockets and three drones"
    counts the drones by their own figure)."""
    out: list[Fact] = []
    for f in new:
        if f.kind != "launched" or f.qualifier != "vague" or f.value is not None or " and " not in f.text:
            continue
        at = f.start + f.text.rindex(" and ")
        m = _AND_BARE_MUNITION.fullmatch(text, at, f.end)
        mun = _ANY_MUNITION.match(text, m.end("mods"), f.end) if m is not None else None
        if m is None or mun is None or not text.endswith("s", at, f.end):
            continue  # (a plural only: "a barrage of rockets and a drone" counts the drone apart)
        cls = _munition_class(text, mun, m.start("mods"))
        if cls != f.object:
            out.append(_fact(text, "launched", None, None, None, "vague", cls, m.start("mods"), f.end,
                             "count.launch.vague_pair", "coordinated"))
    return out


# "At least 14 people — 10 security personnel and four civilians — were killed": the
# toll's parts, set off by dashes inside the toll's own span
_DASHED_ASIDE = re.compile(r"\s[—–]\s(?P<aside>[^—–]{3,90}?)\s[—–]\s")
_ASIDE_PART = re.compile(r",?\s*(?:and\s+)?(?P<n>[^\s,]+)\s+(?P<np>(?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s+and\s|,|\Z)")


def _dashed_breakdown(text: str, new: list[Fact]) -> list[Fact]:
    """The parts of a toll told between dashes right after its figure, kept when they add
    up to it (so an aside that is no breakdown, "— most of them women —", adds nothing)."""
    out: list[Fact] = []
    for f in new:
        if f.kind not in CASUALTY_KINDS or (total := f.value if f.value is not None else f.min) is None:
            continue
        m = _DASHED_ASIDE.search(text, f.start, f.end)
        if m is None or numbers.find(text[f.start : m.start()]) == []:
            continue
        parts = list(_ASIDE_PART.finditer(text, m.start("aside"), m.end("aside")))
        values = [numbers.word_value(p.group("n")) for p in parts]
        if len(parts) < 2 or None in values or sum(v for v in values if v is not None) != total:
            continue
        for p, v in zip(parts, values, strict=True):
            out.append(_fact(text, f.kind, v, v, v, "exact", _victim_object(p.group("np"), None),
                             p.start("n"), p.end(), f"casualty.{f.kind}.dashed_part", "breakdown"))
    return out


def _second_source(text: str, s0: int, s1: int, new: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    taken: _Taken | None = None  # (built at the first figure a second source gives)
    for f in new:
        if f.kind not in CASUALTY_KINDS or (f.value is None and f.min is None):
            continue
        m = _SECOND_SOURCE.match(text, f.end, s1)
        if m is None:
            continue
        a = numbers.find(text[m.start("n") : m.end()], articles=False)
        if len(a) != 1 or a[0].value is None:
            continue
        taken = taken or _taken(new)
        if taken.overlaps(m.start("n"), m.end()):
            continue
        out.append(_make(text, f.kind, a[0], m.start("src"), m.end(), f.object,
                         f"casualty.{f.kind}.second_source", "reference"))
    return out


# A toll's other figure told beside it: "The toll rose to seven, up from five reported in
# the morning", "Earlier reports of five dead were revised to four". Both are statements of
# the count, of the same kind.
_UPDATE_HINTS = ("up from", "down from", "revised", "corrected", "lowered", "raised", "adjusted")
_UP_FROM = re.compile(
    r",\s+(?:up|down)\s+from\s+(?:an?\s+earlier\s+|the\s+)?\Z|"
    r"\b(?:down|up)\s+to\s+[\d,]+\s+from\s+\Z|"  # "revised the number of injured down to 34 from 38"
    r"\b(?:revised|corrected|lowered|raised|adjusted)\s+(?:(?:down|up)(?:ward)?\s+)?to\s+\Z", _I)


def _toll_update(text: str, s0: int, s1: int, amounts: list[numbers.Amount], new: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    taken = _taken(new)
    for a in amounts:
        start, end = s0 + a.start, s0 + a.end
        m = _UP_FROM.search(text, max(s0, start - 30), start)
        if m is None or a.ref is not None or a.article:
            continue
        # (a munition count's too: "claimed 1,012 drones destroyed in the seven days, up
        # from 861 the week before")
        toll = next((f for f in reversed(new) if f.kind in MUNITION_KINDS + CASUALTY_KINDS and f.end <= start), None)
        if toll is None or taken.covers(start) or _SHARE_AFTER.match(text, end, s1):
            continue
        lo = m.start()
        while not text[lo].isalpha():
            lo += 1  # the span opens at "up" or "revised"
        out.append(_make(text, toll.kind, a, lo, end, toll.object, _rule_id(toll.kind, "update"), "reference"))
    return out


def _zero_casualties(text: str, s0: int, s1: int, low: str | None) -> list[Fact]:
    """'No casualties' (killed 0 and injured 0), 'no one was hurt', 'no injuries'."""
    out: list[Fact] = []
    for m in _finditer(_ZERO_CASUALTY, _ZERO_CASUALTY_LOW, text, low, s0, s1):
        what = (m.group("what") or "").lower()
        kinds: list[str] = []
        if m.group("both"):
            kinds = ["killed", "injured"]
        elif what:
            if what == "losses" and " ".join(m.group(0).lower().split()) == "without any losses":
                # "shot down eight drones over the city without any losses": analysts read
                # it as no dead, and leave the wounded uncoded
                kinds = ["killed"]
            elif what in ("casualties", "casualty", "cas", "victims", "victim", "losses"):
                kinds = ["killed", "injured"]
            elif what in ("deaths", "fatalities", "dead", "kia") or what.startswith("loss") and what != "losses":
                kinds = ["killed"]
            else:
                kinds = ["injured"]
        else:
            for v in (m.group("v1"), m.group("v2"), m.group("v3"), m.group("v4")):
                if not v:
                    continue
                v = v.lower()
                if v in ("harmed", "harming"):
                    kinds += ["killed", "injured"]
                elif v in ("killed", "dead", "martyred", "killing"):
                    kinds.append("killed")
                else:
                    kinds.append("injured")
        if m.group("v4") and (_ONE_OF_SET_BEFORE.search(text, max(s0, m.start() - 80), m.start())
                              or not _MUNITION_FELL_BEFORE.search(text, max(s0, m.start() - 120), m.start())):
            continue  # "... and the third landed in a field without hurting anyone": one of several
        for k in dict.fromkeys(kinds):
            out.append(_fact(text, k, 0, 0, 0, "exact", None, m.start(), m.end(), f"casualty.{k}.none", "none"))
    return out


_ONE_OF_SET_BEFORE = re.compile(
    r"\b(?:the\s+(?:first|second|third|fourth|fifth|other|last)|another|a\s+second|one\s+more|one\s+of\s+them)\b[^.;]*\Z", _I)
# (the zero tells of a munition's fall: "two drone bombs exploded ... without injuring anyone",
# not "police arrested the gunman without harming anyone")
_MUNITION_FELL_BEFORE = re.compile(r"\b(?:exploded|fell|landed|hit|struck|impacted|crashed|detonated|came\s+down)\b[^.;]*\Z", _I)


def _unhurt(text: str, s0: int, s1: int, low: str | None) -> list[Fact]:
    """'The crew were unharmed': injured 0."""
    out: list[Fact] = []
    for m in _finditer(_UNHURT, _UNHURT_LOW, text, low, s0, s1):
        out.append(_fact(text, "injured", 0, 0, 0, "exact", None, m.start(), m.end(),
                         "casualty.injured.unhurt", "none"))
    return out


def _zero_impacts(text: str, s0: int, s1: int, state: _State) -> list[Fact]:
    """'No ships were hit': impacted 0."""
    out: list[Fact] = []
    for m in _ZERO_IMPACT.finditer(text, s0, s1):
        if _FELL_BEFORE.search(text, s0, m.start()):
            continue  # "The ASBM fell into the water and did not impact any vessel": it landed
        cls = _carried(state, m.start()) or "projectile"
        out.append(_fact(text, "impacted", 0, 0, 0, "exact", cls, m.start(), m.end(), "count.impact.none", "none"))
    return out


_ALONG_WITH_KIN = re.compile(
    rf"\s+(?:(?:together\s+|along\s+)with)\s+(?:his|her|their)\s+(?:(?P<n>two|three|four|five|six|seven|\d)\s+"
    rf"(?:[\w-]+\s+)?(?:{_PLURAL_KIN}|children)|(?:[\w-]+\s+)?(?:{_ONE_KIN}|child|baby))\b(?![\w-])", _I)


def _along_with_kin(text: str, s0: int, s1: int, new: list[Fact]) -> list[tuple[Fact, re.Match[str]]]:
    """A one-person casualty fact right before "along with her three children"."""
    out = []
    for f in new:
        if f.kind in CASUALTY_KINDS and f.value == 1 and (m := _ALONG_WITH_KIN.match(text, f.end, s1)):
            out.append((f, m))
    return out


# "killed two paramedics and their driver": the driver is one more, of another group
_PLURAL_AND_ONE = re.compile(
    rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?(?:{_PLURAL_VICTIMS})"
    rf"\s+(?P<one>and\s+(?:their|his|her|the)\s+(?:[\w-]+\s+)?(?P<np>{_SING}))\b(?![\w-])", _I)


def _plural_and_one(text: str, s0: int, s1: int, new: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    for m in _PLURAL_AND_ONE.finditer(text, s0, s1):
        # the figure's own fact gives the kind (its verb is the pair's)
        f = next((f for f in new if f.kind in CASUALTY_KINDS and f.start <= m.start() < f.end), None)
        if f is None or any(g.start < m.end("one") and m.start("one") < g.end for g in new if g is not f):
            continue
        out.append(_fact(text, f.kind, 1, 1, 1, "exact", m.group("np").lower(), m.start("one"), m.end("one"),
                         f"casualty.{f.kind}.and_one", "coordinated"))
    return out


def _pairs(text: str, s0: int, s1: int, state: _State) -> list[Fact]:
    """'A man and a woman were lightly hurt' (2), 'wounding a woman and her two daughters' (3)."""
    out: list[Fact] = []
    for m in _finditer(_PAIR, _PAIR_LOW, text, state.low, s0, s1):
        n2 = m.group("n2") or m.group("n3") or m.group("n5")
        second = 1 if n2 is None else (numbers.word_value(n2) or 1)
        lead = m.group("n1") or m.group("n4")
        n1 = numbers.word_value(lead) or 1 if lead else 1
        joint = _AND_JOINT.search(text, m.start(), m.end())
        assert joint is not None  # (_PAIR holds one)
        items = _items_before(text, s0, m.start())
        start = items[0].start() if items else m.start()
        right = _right(text, m.end(), s1)
        link = _choose(right, _left_unless(right, CASUALTY_KINDS, text, start, s0), CASUALTY_KINDS)
        if link is None:
            continue
        first, rest = (_BORN_IN.sub("", p) for p in (text[m.start() : joint.start()], text[joint.end() : m.end()]))
        if m.group("n4") and _told_before(state, link.kind, n1 + second, s0) and not _adults(first, rest):
            # "three civilians killed ... where two women and a child were killed": its parts
            # (men and women named only so restate the toll: "Two men and a woman were killed")
            continue
        if _PARTITIVE_APPOSED.search(text, max(s0, start - 40), start) or (
                (told := _FIGURE_APPOSED.search(text, max(s0, start - 40), start)) is not None
                and numbers.word_value(told.group("n")) == n1 + second):
            # "Two of the wounded, a taxi driver and his passenger, were taken ...", "Two
            # civilians, a shopkeeper and a boy aged 12, were among those hurt": who they were
            continue
        if items:
            out += _list_items(text, link, items, first, rest, (n1, second), m, joint)
            continue
        # ("her husband and a neighbour, both passengers, were hurt": told as one group)
        if not _one_party(first, rest) and not _GROUPED_AFTER.match(text, m.end(), s1):
            # "killing a soldier and a woman", "wounding the driver and five passengers":
            # two groups, each counted on its own (the verb's side of each span takes it in)
            before = link.start < m.start()
            out.append(_pair_item(text, link, n1, first, link.start if before else m.start(), joint.start()))
            out.append(_pair_item(text, link, second, rest, joint.end(), m.end() if before else link.end))
            continue
        n = n1 + second
        lo, hi = min(m.start(), link.start), max(m.end(), link.end)
        out.append(_fact(text, link.kind, n, n, n, "exact", "civilians", lo, hi,
                         f"casualty.{link.kind}.sum", "coordinated"))
    return out


_AND_JOINT = re.compile(r"\s+and\s+", _I)
_FIGURE_APPOSED = re.compile(r"\b(?P<n>\w+)\s+(?:[\w-]+\s+){0,2}?[a-z]+s\s*,\s*\Z", _I)
_PARTITIVE_APPOSED = re.compile(r"\bof\s+(?:the|them|those)(?:\s+(?:wounded|injured|dead|killed|victims))?\s*,\s*\Z", _I)
_GROUPED_AFTER = re.compile(r"\s*,\s+(?:both|all|the\s+two)\b", _I)


def _items_before(text: str, s0: int, start: int) -> list[re.Match[str]]:
    """The items of a list that ends in the pair at `start`, in text order: "a man, his
    wife and their three children", "a soldier, a policeman and a woman"."""
    items: list[re.Match[str]] = []
    pos = start
    while (m := _LIST_ITEM_BEFORE.search(text, max(s0, pos - 50), pos)) is not None:
        items.insert(0, m)
        pos = m.start()
    return items


# the determiner and figure that open an item of a pair: its object is the noun after them
_PAIR_ITEM_LEAD = re.compile(
    r"^(?:(?:an?|one|the|his|her|their|its|my|our)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|\d+)\s+)?", _I)


def _list_items(text: str, link: _Link, items: list[re.Match[str]], first: str, rest: str,
                pair_counts: tuple[int, int], pair: re.Match[str], joint: re.Match[str]) -> list[Fact]:
    """A list of three or more victims: one party summed ("a man, his wife and their three
    children": 5), else each item counted on its own, as a pair's two are."""
    nps = [text[i.start() : i.end()].rstrip(", ") for i in items] + [first, rest]
    ns = [int(numbers.word_value(i.group("n")) or 1) if i.group("n") else 1 for i in items] + list(pair_counts)
    spans = [(i.start(), i.start() + len(np)) for i, np in zip(items, nps[: len(items)], strict=True)]
    spans += [(pair.start(), joint.start()), (joint.end(), pair.end())]
    # runs of one party, each summed: "a woman, her two daughters and a neighbour" is 3 and 1
    runs = [[0]]
    for k in range(1, len(nps)):
        if _one_party(nps[k - 1], nps[k]):
            runs[-1].append(k)
        else:
            runs.append([k])
    # the verb's side of the first (or last) run's span takes it in
    before = link.start < items[0].start()
    out = []
    for r, run in enumerate(runs):
        lo, hi = spans[run[0]][0], spans[run[-1]][1]
        if before and r == 0:
            lo = link.start
        if not before and r == len(runs) - 1:
            hi = link.end
        n = sum(ns[k] for k in run)
        if len(run) > 1:
            out.append(_fact(text, link.kind, n, n, n, "exact", "civilians", lo, hi,
                             f"casualty.{link.kind}.sum", "coordinated"))
        else:
            out.append(_pair_item(text, link, n, nps[run[0]], lo, hi))
    return out


def _told_before(state: _State, kind: str, value: int, pos: int) -> bool:
    """Whether a count of `kind` with `value` was told in the two sentences before `pos`."""
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    return any(f.kind == kind and value in (f.value, f.min) and f.start < pos
               and j - (bisect.bisect_right(state.sentence_starts, f.start) - 1) <= 2 for f in state.facts)


def _pair_item(text: str, link: _Link, n: int, np: str, start: int, end: int) -> Fact:
    np = np[_PAIR_ITEM_LEAD.match(np).end() :]
    return _fact(text, link.kind, n, n, n, "exact", _victim_object(np, None), start, end,
                 f"casualty.{link.kind}.pair_item", "coordinated")


# People named only as people (kin aside): "a man and a woman", "a 72-year-old woman and
# a teenage boy" are one party, summed
_PERSON_WORDS = frozenset((
    "man", "woman", "men", "women", "boy", "girl", "boys", "girls", "child", "children", "person",
    "people", "teenager", "teen", "baby", "infant", "toddler", "babies", "infants"))


def _one_party(first: str, second: str) -> bool:
    """Whether two victims joined by "and" are one party, summed: kin of the first ("her
    two daughters"), or both named only as people. A soldier and a woman, or a driver and
    his passengers counted apart, are two."""
    if second.split()[0].lower() in ("his", "her", "their", "its"):
        return True  # "a woman and her two daughters"
    if first.split()[0].lower() in ("his", "her", "their") and second.split()[0].lower() not in (
            "a", "an", "one", "the"):
        return True  # ("his wife and son": the determiner is shared; "her son and a neighbour" are two)
    last = [w.strip(",").lower() for w in (first.split()[-1], second.split()[-1])]
    if last[1] in _KIN_WORDS:
        return True  # "a woman and child"
    return all(w in _PERSON_WORDS or w.split("-")[-1] in _PERSON_WORDS for w in last)


def _adults(first: str, second: str) -> bool:
    """Whether both victims of a pair are named only as men or women."""
    return all(p.split()[-1].strip(",").lower() in _ADULT_WORDS for p in (first, second))


_ADULT_WORDS = frozenset(("man", "woman", "men", "women"))
_KIN_WORDS = frozenset(numbers.words_of(_KIN)) - frozenset(numbers.words_of(_SING))


def _single_headline(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _SINGLE_HEADLINE.finditer(text[s0:s1]):
        a, b = s0 + m.start("np"), s0 + m.end("verb")
        if taken.overlaps(a, b):
            continue
        verb = m.group("verb").lower()
        kind = "killed" if verb.startswith(("kill", "die", "dead", "martyr", "embrace", "make", "made")) else "injured"
        out.append(_fact(text, kind, 1, 1, 1, "exact", m.group("np").lower(), a, b,
                         f"casualty.{kind}.headline", "subject"))
    for m in _SINGLE_HEADLINE_OBJECT.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        kind = "killed" if m.group("verb").startswith("kill") else "injured"
        out.append(_fact(text, kind, 1, 1, 1, "exact", m.group("np").lower(), m.start(), m.end(),
                         f"casualty.{kind}.headline", "active"))
    for m in _HEADLINE_A_MARTYR.finditer(text, s0, s1):
        # an agency's "A martyr and two wounded in an Israeli strike on a car": one dead
        if not taken.overlaps(m.start(), m.end()):
            out.append(_fact(text, "killed", 1, 1, 1, "exact", "martyr", m.start(), m.end(),
                             "casualty.killed.headline", "subject"))
    for m in _HEADLINE_REPORTS_ONE.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        kind = "killed" if m.group("adj").lower() == "dead" else "injured"
        out.append(_fact(text, kind, 1, 1, 1, "exact", m.group("np").lower(), m.start("adj"), m.end(),
                         f"casualty.{kind}.headline", "subject"))
    m = _HEADLINE_LIST.match(text, s0, s1)
    if m is not None and not taken.overlaps(m.start(), m.end()):
        out += _headline_list(text, m)
    return out


_HEADLINE_A_MARTYR = re.compile(r"(?:^|(?<=[,;:]\s))(?:A|One)\s+martyr\b(?!['’]s|\s+(?:of|to|for|brigades?|square|street)\b)", _I)
# "The strike led to the martyrdom of its driver", "caused the death of a shepherd": one dead
_DEATH_OF_ONE = re.compile(
    rf"\b(?:martyrdom|death)\s+of\s+(?:the|its|his|her|their|a|an|one)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_SING})\b(?![\w-]|['’]s)", _I)


def _death_of_one(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    return [_fact(text, "killed", 1, 1, 1, "exact", "person", m.start(), m.end(), "casualty.killed.death_of", "active")
            for m in _DEATH_OF_ONE.finditer(text, s0, s1) if not taken.overlaps(m.start(), m.end())]


# "Belgorod governor reports wounded man": one person, the fate an adjective
_HEADLINE_REPORTS_ONE = re.compile(
    rf"\b(?:reports?|confirms?)\s+(?P<adj>wounded|injured|dead)\s+(?P<np>(?i:{_SING}))\b(?![\w-])", _I)


# One person killed, named: "an Israeli drone killed Ali Hassan Qassir, a Hezbollah field
# commander", "Israel killed Hezbollah commander Ali Qassir in a strike". A name alone takes
# two words at least ("killed Qassir" points back to one counted before).
_NAMED_KILLED = re.compile(
    r"\b(?:killed|killing|kills|assassinated|assassinating|eliminated|eliminating)\s+"
    r"(?:(?P<role>(?:the\s+|a\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:senior\s+|top\s+|local\s+|field\s+|military\s+)?"
    r"(?:commander|leader|official|chief|operative|spokesman|spokesperson|militant)\s+)"
    r"(?P<name1>(?:[A-Z][a-z][\w'’-]*\s+){0,3}[A-Z][a-z][\w'’-]*)"
    r"|(?P<name2>(?:[A-Z][a-z][\w'’-]*\s+){1,3}[A-Z][a-z][\w'’-]*)(?=\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:commander|leader|official|chief|operative|member|militant|fighter|officer|spokesman|journalist|"
    r"activist|resident|farmer|student|doctor|paramedic)\b)"
    # ... or by age: "killing Avraham Dahan, 71, who ..."
    r"|(?P<name3>(?:[A-Z][a-z][\w'’-]*\s+){1,3}[A-Z][a-z][\w'’-]*)(?=\s*,\s+\d{1,3}\s*(?:[,.;]|$))"
    # ... or in brackets, as police reports give it: "admitted killing Ricardo Lumantas (52)"
    r"|(?P<name4>(?:[A-Z][a-z][\w'’-]*\s+){1,3}[A-Z][a-z][\w'’-]*)\s*\(\d{1,3}\))"
    r"(?=\s*(?:,|\s+(?:in|on|at|near|and|during|with)\b|[.;]|$))")


def _named_killed(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _NAMED_KILLED.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()) or _hypothetical_before(text, max(s0, m.start() - 45), m.start()):
            continue
        out.append(_fact(text, "killed", 1, 1, 1, "exact", "person", m.start(), m.end(),
                         "casualty.killed.named", "active"))
    return out


# A headline's list of two parties with no articles: "Woman, son killed in shelling",
# "Two soldiers, okada rider killed in IED ambush"
_HEADLINE_LIST = re.compile(
    rf"(?P<a>(?:(?P<n1>two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_VIC_PLAIN}|{_ONE_KIN}))(?:,|\s+and)\s+(?P<b>(?:(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+)?"
    rf"(?:[\w-]+\s+)?(?:{_VIC_PLAIN}|{_ONE_KIN}))\s+(?P<verb>killed|dead|injured|wounded|hurt)\b", _I)


def _headline_list(text: str, m: re.Match[str]) -> list[Fact]:
    kind = "killed" if m.group("verb").lower() in ("killed", "dead") else "injured"
    n1, n2 = (numbers.word_value(m.group(g)) or 1 if m.group(g) else 1 for g in ("n1", "n2"))
    # each item without a figure must name one person ("Police, soldiers injured" counts
    # no one); the figure is no part of the group's name
    a, b = (text[m.end(n) if m.group(n) else m.start(g) : m.end(g)].strip() for n, g in (("n1", "a"), ("n2", "b")))
    if any(m.group(n) is None and w.split()[-1].lower() not in _ONE_NOUNS for n, w in (("n1", a), ("n2", b))):
        return []
    if n1 == 1 and n2 == 1 and _one_party(a, b):
        return [_fact(text, kind, 2, 2, 2, "exact", "civilians", m.start(), m.end(),
                      f"casualty.{kind}.headline_sum", "coordinated")]
    return [_fact(text, kind, n1, n1, n1, "exact", _victim_object(a, None), m.start("a"), m.end("a"),
                  f"casualty.{kind}.headline_item", "coordinated"),
            _fact(text, kind, n2, n2, n2, "exact", _victim_object(b, None), m.start("b"), m.end(),
                  f"casualty.{kind}.headline_item", "coordinated")]


# "The driver, 29, was treated", "his 12-year-old son, who was lightly injured"
_DEFINITE_ONE = re.compile(
    # ("until the last terrorist is eliminated": no one person)
    rf"\b(?:the|his|her|their|its)\s+(?:(?!(?:last|next|first|only)\s)(?:[a-z][\w-]*|\d+-year-old)\s+)?(?:{_SING}|{_ONE_KIN})\b"
    rf"(?![\w-]|['’]s)", _I)
_DEFINITE_ONE_LOW = _low_twin(_DEFINITE_ONE)
_OF_THE_THING = re.compile(r"\s+of\s+(?:the|a|an|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+(?:was|were|had|has)\b)", _I)
# "The first missile hit the car and the second landed nearby": of a pair told one by
# one, "the first" is one munition (alone, "the first" is a time, an attack, a day)
_FIRST_OF_SET = re.compile(
    r"\bthe\s+first(?:\s+(?:missile|rocket|drone|shell|projectile|round|uav|bomb|one)|\s+of\s+(?:them|these|those|which))?(?=\s|,)", _I)
# "The first, launched at around 6:20 p.m., was intercepted": when it came, or who says
# so ("The first, he said, was intercepted"), between commas
_FIRST_APPOSED = re.compile(
    r",\s+(?:(?:launched|fired|sent|spotted|detected)\b[^,;]{0,60}?|(?:he|she|they|it|officials|the\s+\w+)\s+(?:said|added)),", _I)
_NEXT_ITEM = re.compile(r"\s*(?:[-•*–—▪●►]|\d{1,2}[.)])[ \t]+")
# (or more of it: "The first bomb hit the tent, and then two more fell")
_NEXT_OF_SET = re.compile(r"\b(?:the|a)\s+(?:second|others?\b|rest\b|remaining)|\b(?:two|three|four|five|\d+)\s+more\b", _I)


def _first_of_set(text: str, s0: int, s1: int, state: _State,
                  taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    # the second may be told in the next sentence of the paragraph: "The first missile
    # hit the truck directly. The second one landed in a field."
    para_end = text.find("\n", s1)
    if para_end >= 0 and (item := _NEXT_ITEM.match(text, para_end)) is not None:
        para_end = text.find("\n", item.end())  # (or in the list item after: "- The second drone hit ...")
    reach = min(s1 + 200, para_end if para_end >= 0 else len(text))
    for m in _FIRST_OF_SET.finditer(text, s0, s1):
        if not _NEXT_OF_SET.search(text, m.end(), reach):
            continue
        after = m.end()
        if (apposed := _FIRST_APPOSED.match(text, after, s1)) is not None:
            after = apposed.end()
        link = _right(text, after, s1)
        if link is None or link.kind not in ("intercepted", "impacted") or link.start - after > 12:
            continue
        if link.kind == "intercepted" and not link.aux:
            continue  # "The first missile stopped it, the second burned it": what the missile did
        if taken.overlaps(m.start(), link.end):
            continue
        cls = _carried(state, m.start())
        if cls is None and (named := _ANY_MUNITION.search(text, m.start(), m.end())) is not None:
            cls = _munition_class(text, named, named.start())  # "The first bomb hit the tent": it names its own
        if cls is None:
            continue
        out.append(_fact(text, link.kind, 1, 1, 1, "exact", cls, m.start(), link.end,
                         f"count.first.{link.kind}", "definite"))
    return out


# "his son, who was lightly injured": the relative clause tells what befell the person
_PLURAL_AUX = re.compile(r"\b(?:were|have\s+been|are)\b", _I)
_WHO_WERE = re.compile(r"\s*,\s*who\s+(?:were|have\s+been|are)\b", _I)
_WHO_WAS = re.compile(r",?\s+who\s+(?:was|had\s+been)\s+(?:[a-z]+ly\s+)?", _I)
# One named person as the object of an active casualty verb: "killing the driver and
# wounding his wife", "wounded her husband", "killing its driver" (a car's, a truck's).
# (A number, "her two daughters", is counted by the figure rules.)
_ONE_OBJECT = re.compile(
    rf"\b(?P<verb>killing|killed|wounding|wounded|injuring|injured)\s+"
    rf"(?P<np>(?:the|his|her|their|its)\s+(?:(?:[a-z][\w-]*|\d{{1,2}}-year-old)\s+){{0,2}}(?:{_SING}|{_ONE_KIN}))\b(?![\w-]|['’]s)",
    _I,
)
_ONE_OBJECT_LOW = _low_twin(_ONE_OBJECT)
_MORE_OBJECTS = re.compile(
    r"(?:\s*,[^,.;]{0,60},)?\s*(?:and|as\s+well\s+as|along\s+with)\s+(?:a|an|the|his|her|their|"
    r"another|two|three|four|five|\d+)\b", _I)
_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|had|has|have)\s+(?:\w+\s+)?$", _I)


def _one_object(text: str, s0: int, s1: int, taken: _Taken, low: str | None) -> list[Fact]:
    out: list[Fact] = []
    for m in _finditer(_ONE_OBJECT, _ONE_OBJECT_LOW, text, low, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        if _AUX_BEFORE.search(text, max(s0, m.start() - 20), m.start()):
            continue  # "he was wounded the day before": passive, no object
        if _MORE_OBJECTS.match(text, m.end(), s1):
            continue  # "killed the commander, a senior member, and a second man": two
        kind = "killed" if m.group("verb").lower().startswith("kill") else "injured"
        obj = m.group("np").split()[-1].lower()
        out.append(_fact(text, kind, 1, 1, 1, "exact", obj, m.start(), m.end(),
                         f"casualty.{kind}.one_object", "active"))
    return out


# "The missile was intercepted" after "a single missile was launched": the one launched.
_THE_MUNITION = re.compile(
    # (an abbreviation in brackets among the words: "the first-person-view (FPV) drone")
    r"\b(?:the|that)\s+(?:[\w-]+\s+){0,2}?(?:\([\w-]+\)\s+)?(?P<mun>missile|rocket|drone\s+boat|drone|projectile|shell|"
    r"mortar\s+(?:shell|round|bomb)|uav|asbm|ascm|boat|usv|"
    # a model named alone: "the Kh-59 was shot down, both Iskanders got through"
    r"kh-?\d+|iskander(?:-m)?|kinzhal|kalibr|tochka(?:-u)?|atacms|tomahawk|storm\s+shadow)"
    r"\b(?!\s*(?:s\b|attack|strike|fire|launcher|debris)|-)",
    _I,
)


def _model_class(mun: str) -> str:
    """The class a munition's model makes it ("kh-59": a cruise missile), else the noun."""
    for pat, base, refined in _REFINERS:
        if base == "missile" and pat.search(mun):
            return refined
    return mun


_SEA_DRONE = re.compile(r"\b(?:boat|vessel|usv)\b", _I)
# The class CENTCOM's acronyms name, as the launch told before them has it
_ACRONYM_CLASS = {"ascm": "anti-ship missile", "asbm": "anti-ship missile"}


def _single_munition(text: str, s0: int, s1: int, state: _State,
                     taken: _Taken) -> list[Fact]:
    """count.single.<kind>: the munition named in the singular after a launch of exactly
    one: its interception or its impact, with the figure 1."""
    out: list[Fact] = []
    for m in _THE_MUNITION.finditer(text, s0, s1):
        # (the launch may be told earlier in the same sentence: "launched ... 1 Kh-59
        # guided missile at the region; the Kh-59 was shot down")
        launch = _last_launch(state, m.start())
        mun = _ACRONYM_CLASS.get(m.group("mun").lower()) or _model_class(m.group("mun").lower())
        if launch is None:
            # "Drone hits minibus ... the FPV drone hit the vehicle": no launch told, but one
            # drone's fate was, so "the drone" is that one
            launch = _last_single_fate(state, m.start(), munition_family(mun))
            if launch is None:
                continue
        family = munition_family(mun)
        # (a launch of no named munition, "a launch from Yemen", is of the one named after it)
        if launch.value != 1 or launch.qualifier != "exact" or (
                family not in (None, munition_family(launch.object)) and launch.object not in (None, "projectile")):
            # "fired a ballistic missile and three drones ... The missile was intercepted":
            # the one launch of the munition it names
            launch = _last_launch(state, m.start(), mun)
            if launch is None or launch.value != 1 or launch.qualifier != "exact" or (
                    munition_family(launch.object) != family):
                continue
        if m.group("mun").lower() in ("boat", "usv") and not _SEA_DRONE.search(launch.text):
            continue  # ("the boat" is a drone boat only after one was sent: else a target, or a rescuer)
        link = _right(text, m.end(), s1)
        # shot down needs its auxiliary ("was"); an impact reads in the active too
        if link is not None and link.kind in ("intercepted", "impacted") and (
                link.aux or link.kind == "impacted"):
            lo, hi = m.start(), link.end
        else:
            # "the army said it had intercepted the missile": the verb before it
            link = _left(text, m.start(), s0)
            if link is None or link.kind != "intercepted" or m.start() - link.end > 2:
                continue
            if _HYP_BEFORE.search(text, max(s0, link.start - 60), link.start):
                continue  # "attempts were made to intercept the missile": it got through
            lo, hi = link.start, m.end()
        if taken.overlaps(lo, hi):
            continue
        obj = launch.object if launch.object not in (None, "projectile") else mun
        out.append(_fact(text, link.kind, 1, 1, 1, "exact", obj, lo, hi, f"count.single.{link.kind}", "definite"))
    return out


# "The drone that got through hit an empty building": the one of a set that was not
# downed, whatever it then hit
_ONE_GOT_THROUGH = re.compile(
    r"\bthe\s+(?:(?:only|one|single|last)\s+)?(?P<mun>missile|rocket|drone|projectile|shell|uav)\s+(?:that|which)\s+"
    r"(?:got|made\s+it|slipped)\s+through\b", _I)


def _one_got_through(text: str, s0: int, s1: int, state: _State, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _ONE_GOT_THROUGH.finditer(text, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        cls = _carried(state, m.start()) or m.group("mun").lower()
        out.append(_fact(text, "impacted", 1, 1, 1, "exact", cls, m.start(), m.end(),
                         "count.impact.got_through", "definite"))
    return out


# One person whose death is told past a clause or a home place: "An elderly woman who
# fled the shelling was later found dead", "a 71-year-old resident of the village of
# Kozinka had died in hospital" (deaths linked to the attack are kept, per the corpus)
_ONE_FAR = re.compile(
    rf"\b(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}?(?P<np>{_SING})"
    # ("who had been wounded by shelling in the Korabelnyi district on Friday died in hospital")
    rf"(?:\s*,?\s+who\s+[^,.;\d]{{1,90}}?|\s+of\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?[A-Z][\w-]*"
    # ("A police patrolman wounded when dissidents dropped explosives on the station in
    # Suárez, in Cauca department, died in a hospital in Cali")
    r"|\s+(?:wounded|injured|hurt)\s+(?:when|in|by|during)\b[^.;\d]{1,140}?,(?=\s+(?:later\s+)?died\b))"
    r"\s+(?:(?:was|had)\s+(?:later\s+|subsequently\s+|since\s+)?(?P<verb>found\s+dead|died|been\s+killed)"
    r"|(?:later\s+|subsequently\s+)?(?P<verb2>died)(?=\s+(?:of|from|in|at|on|after)\b))\b",
    _I,
)
_ONE_FAR_LOW = _low_twin(_ONE_FAR)


def _one_far(text: str, s0: int, s1: int, taken: _Taken, low: str | None) -> list[Fact]:
    out: list[Fact] = []
    for m in _finditer(_ONE_FAR, _ONE_FAR_LOW, text, low, s0, s1):
        if taken.overlaps(m.start(), m.end()):
            continue
        out.append(_fact(text, "killed", 1, 1, 1, "exact", m.group("np").lower(), m.start(), m.end(),
                         "casualty.killed.one_far", "subject"))
    return out


def _single_definite(text: str, s0: int, s1: int, taken: _Taken, low: str | None) -> list[Fact]:
    """'The driver, 29, was treated for shrapnel wounds': one person, named by role."""
    out: list[Fact] = []
    for m in _finditer(_DEFINITE_ONE, _DEFINITE_ONE_LOW, text, low, s0, s1):
        if _UNREAL_BEFORE.search(text, max(s0, m.start() - 16), m.start()):
            continue
        # ("The driver, a man born in 1981, was injured": the person named between commas;
        # "The driver of the pick-up was also killed": what they drove or kept)
        end = pp.end() if (pp := _OF_THE_THING.match(text, m.end(), s1)) is not None else m.end()
        link = _right(text, end, s1) or _past_appositive(text, end, s1)
        if link is None and (before := _left(text, m.start(), s0)) is not None and m.start() - before.end <= 1 and (
                before.verb.lower().startswith(_KILLING_VERBS)):
            # "an IAF aircraft struck and eliminated the terrorist"
            link = _Link("killed", before.start, before.end, aux=True, verb=before.verb)
        _kills_people(link, m.group())  # "The terrorist was eliminated"
        # (an active verb may tell of what the person did, "the driver killed ...", unless
        # it takes no object: "the driver died at the scene")
        if link is None or link.kind not in CASUALTY_KINDS or not (
                link.aux or _WHO_WAS.fullmatch(text, m.end(), link.start)
                or link.verb.startswith(("received", "suffered", "sustained", "died", "succumbed", "perished"))):
            continue
        if _PLURAL_AUX.search(text, m.end(), link.start):
            # "two civilians, a herder and his 17-year-old nephew, were killed": the
            # nephew ends a list whose verb is the list's
            continue
        lo, hi = min(m.start(), link.start), max(m.end(), link.end)
        if taken.overlaps(lo, hi) or _PAST_AFTER.match(text, link.end, s1):
            continue
        obj = text[m.start() : m.end()].split(None, 1)[1].lower()
        out.append(_fact(text, link.kind, 1, 1, 1, "exact", obj, lo, hi,
                         f"casualty.{link.kind}.definite", "definite"))
    return out


# A plural noun of people by what they do ("dockworkers", "linemen", "journalists",
# "technicians", "trainees"), for trades the victim lexicon does not list.
_PEOPLE_BY_TRADE = re.compile(
    r"\s+(?P<noun>(?:(?!(?:in|inside|outside|at|near|on|of|from|across|under)\s)[a-z-]+\s+)?"
    r"[a-z]{3,}(?:ers|men|ists|ians|ees|ors))\b(?![\w-])", _I)


def _one(doc: Document, sent: Sentence, state: _State, a: numbers.Amount, start: int, end: int,
         nxt: numbers.Amount | None, pending: list[_Pending]) -> tuple[list[Fact], bool]:
    """Facts for one figure; the flag says the next figure was used too (a ratio)."""
    text = doc.text
    s0, s1 = sent.start, sent.end
    # ratio: "downed 22 of 35 missiles", "22 out of 35"
    # (and "most of 25 intercepted": most of a set of 25)
    if nxt is not None and (a.ref is None or (a.ref == "most" and nxt.value is not None)) and not a.article and not a.zero:
        rm = _RATIO.match(text, end, s1)
        if rm and rm.end() == s0 + nxt.start and nxt.ref is None and not nxt.article:
            return _ratio(doc, sent, state, a, start, end, nxt, pending), True

    # a quoted figure ('said "several" drones had hit') keeps its noun after the quote
    hend = end + 1 if text[end : end + 1] in ('"', "”", "'", "’") and text[end + 1 : end + 2] == " " else end
    if text.startswith(": ", end) and start == sent.start and text[end + 2 : end + 3].islower():
        # a panel's figure before its caption: "9: people killed", "More than 50: munitions
        # dropped on Hodeidah"
        hend = end + 1
    head = _HEAD.match(text, hend, s1) if _head_near(state, hend) else None
    whole_ref = a.ref is not None and a.ref != "one"
    if head is not None and head.group("mun") is not None:
        if _NOT_HEAD_AFTER.match(text, head.end(), s1) or not _launch_noun_ok(text, head, s1):
            return [], False
        # (the gate: "of" and "from" end on these letters)
        if numbers.char_before(text, max(s0, start - 8), start) in ("f", "m") and _DEBRIS_BEFORE.search(
                text, max(s0, start - 30), start) and not _RELATIVE_FATE_AFTER.match(text, head.end(), s1):
            # "debris from a drone fell on a house": the debris fell, not the drone (but "the
            # wreckage of a drone that came down in a field": the drone came down)
            return [], False
        if whole_ref:
            return _whole_np(doc, sent, state, a, start, head), False
        if a.ref == "one" and a.value == 1 and _is_plural(_sub(head, "mun").group()):
            return [], False  # "the last drones were shot down around 5 a.m.": when, not how many
        if _interceptor_near(text, state.low, head.start("mods"), head.start("mun"), head.end(), min(s1, head.end() + 14)):
            return [], False
        cls = _munition_class(text, _sub(head, "mun"), head.start("mods"))
        if cls == "bomb" and _PLANTED.search(head.group("mods")):
            return [], False  # "a car bomb exploded": planted, not fired
        if _NO_WEAPON_BEFORE.search(text, max(s0, head.start("mun") - 12), head.start("mun")) and cls != "grenade":
            # "brought down 12 target drones", "aid delivery drones": no weapons (a rifle
            # grenade is fired, though: "fired several rifle grenades")
            return [], False
        np_end = head.end()
        if (tail := _MUNITION_TAIL.match(text, np_end, s1)) is not None:
            np_end = tail.end()  # '"two drones loaded with explosives" were downed'
        if (a.qualifier == "vague" and a.value is None) or (
                _AND_WORD_AFTER.match(text, np_end, s1) and _right(text, np_end, s1) is None
                and _left(text, start, s0) is None):
            # "dozens of artillery shells and rockets hit the town", "approx. 30 Grad rockets
            # and mortar shells fired by ...": one figure for two munitions, whose verb
            # comes after both (with a verb before, "fired 20 drones and rockets", the
            # figure is the drones')
            more = _AND_MUNITIONS.match(text, np_end, s1)
            if more is not None:
                np_end = more.end()
        elif text.startswith(",", np_end) and (more := _MUNITION_SERIES.match(text, np_end, s1)):
            # "nearly 14,000 rockets, missiles and drones have been launched": a war-wide
            # tally of every weapon under one figure (bare nouns only: a figure in the list
            # would be a count of its own)
            np_end, cls = more.end(), "projectile"
        return _munition_np(doc, sent, state, a, start, end, np_end, cls, pending), False
    if head is not None and head.group("vic") is not None:
        if whole_ref or a.text.lower() == "the last":
            return [], False  # ("until the last terrorist is eliminated": an idiom)
        if head.group("vic").lower() == "others" and not head.group("mods").strip():
            r = _right(text, head.end(), s1)
            if r is not None and r.kind in MUNITION_KINDS + ("miss",) and (not r.aux or r.kind == "intercepted"):
                # "11 were downed, but three others struck a depot": "others" stands for
                # more of the munition, not for people
                return _bare(doc, sent, state, a, start, end, pending), False
            left = _left(text, start, s0) if r is None else None
            if left is not None and left.kind == "intercepted" and start - left.end <= 2 and _carried(state, start):
                # "its air defences brought down three others over the airport": more drones
                return _bare(doc, sent, state, a, start, end, pending), False
        np_end = head.end()
        if (tail := _VICTIM_TAIL.match(text, np_end, s1)) is not None:
            np_end = tail.end()
        both = _AND_VICTIMS.match(text, np_end, s1)
        if both is not None:
            # "more than 40 Israeli civilians and soldiers have been killed": one figure
            # for both groups, whose verb comes after them
            np_end = both.end("grp")
        # "two members of a defence unit", "two soldiers of the Givati Brigade": the group's
        # name is part of the noun phrase, the verb comes after it
        mm = _MEMBER_OF.match(text, np_end, s1) if (head.group("vic").lower().startswith(_MEMBERS_OF_A_BODY)
                                                     or _OF_NAMED_UNIT.match(text, np_end, s1)) else None
        if mm:
            np_end = mm.end("grp")
            while np_end > head.end() and text[np_end - 1].isspace():
                np_end -= 1
            if text[np_end - 1] == "." and not text[np_end - 2].isupper():
                np_end -= 1  # the sentence's full stop ("members of a defence unit."), not "U.S."
        group_named = mm is not None and head.group("vic").lower().startswith(_NAMED_BY_THEIR_BODY)
        obj = _victim_object(text[head.start("mods") : head.end()], text[mm.start("grp") : np_end] if group_named else None)
        fate = _STATE_ADJ.match(head.group("mods"))
        return _victim_np(doc, sent, a, start, end, np_end, obj, pending, fate.group(1) if fate else None), False
    if a.article:
        fm = _FATALITY.match(text, end, s1) if state.low is None or state.low.find("fatality", end, min(s1, end + 60)) >= 0 else None
        if fm:
            return [_make(text, "killed", a, start, fm.end(), None, "casualty.killed.fatality", "subject")], False
        return [], False  # "a"/"an" counts only with its noun
    # (after a quoted figure too: 'said "at least two" of the drones hit')
    part = _PARTITIVE.match(text, hend, s1)
    if part is None and a.qualifier == "vague" and text.endswith(" of", start, end):
        part = _PARTITIVE.match(text, end - 3, s1)  # "neutralised dozens of them": the "of" is the figure's
    if part is not None:
        if _OF_THEM_AND.match(text, end, s1) and _left(text, start, s0) is None:
            return [], False  # "sinking four of them and killing eight sailors": another verb's object
        return _partitive(doc, sent, state, a, start, end, part, pending), False
    if a.zero and a.text.lower() == "no":
        return [], False
    if a.ref is None and (a.value or 0) >= 2 and (who := _PEOPLE_BY_TRADE.match(text, end, s1)) is not None:
        # "killing two dockworkers", "two linemen were hurt": a plural of people by their
        # trade, past the lexicon, counted only beside a verb that tells their fate
        link = _left(text, start, s0) or _right(text, who.end(), s1)
        if link is not None and link.kind in CASUALTY_KINDS and (link.start < start or link.aux):
            return _victim_np(doc, sent, a, start, end, who.end(), who.group("noun").lower(), pending), False
    return _bare(doc, sent, state, a, start, end, pending), False



_FROM_AFTER = re.compile(r"\s+from\b", _I)
_ON_TARGET_AFTER = re.compile(r"\s+(?:on|at|into|toward|towards|against)\s+(?!(?:the\s+)?(?:way|ground|record|average)\b)", _I)
_FOR_SHOCK_AFTER = re.compile(
    r"\s+(?:for|suffering\s+from|with)\s+(?:\w+\s+)?(?:anxiety|shock|panic|stress|acute\s+stress)\b", _I)
_REPORTED_WRONGLY = re.compile(
    r"\s+(?:who\s+(?:were|had\s+been)\s+)?(?:initially|earlier|first|previously|wrongly|mistakenly|erroneously)\s+"
    r"(?:reported|listed|counted|declared)\s+(?:as\s+)?(?:dead|killed|among\s+the\s+dead)\b", _I)
_STATE_ADJ = re.compile(r"(?:(?:more|other|additional|further)\s+)?(dead|wounded|injured)\s", _I)  # ("11 more wounded patients")
_FELL_IN_BATTLE = re.compile(
    r"\s*(?:[.;,]|$)|\s+(?:in\s+(?:battle|combat|action)|as\s+martyrs|defending|on\s+the\s+(?:battle)?field|"
    # a Sahel army's "fell with arms in hand"
    r"with\s+(?:arms|weapons)\s+in\s+hand|"
    # ... and "12 soldiers had fallen with honour"
    r"with\s+honou?r)\b", _I)
_RELATIVE_FATE_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:had\s+)?(?:came\s+down|crashed|fell|landed|exploded|hit|struck)\b", _I)
_DEBRIS_BEFORE = re.compile(r"\b(?:debris|fragments|wreckage|remains|parts|pieces)\s+(?:of|from)\s+\Z", _I)
# A counted plural right before "and": "killed 3 soldiers and a civilian" (not "a man and a
# woman", which the pair rules read)
_COUNTED_PLURAL_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[a-z-]+s|[a-z]*men|people|children)(?:\s+(?:from|of|in)\s+(?:the\s+)?[\"“]?[A-Z][\w-]*[\"”]?)?,?\s+and\s+\Z", _I)
# What the noun phrase carries on after its noun, before its verb: a payload ("drones
# loaded with explosives", a closing quote after it) or a part in the attack
_MUNITION_TAIL = re.compile(
    r"\s+(?:loaded|laden|packed|rigged|filled|armed)\s+with\s+(?:[\w-]+\s+)?explosives?[\"”]?(?=\s)"
    # "six 155-mm shells of NATO standard landed": what make they are
    r"|\s+of\s+(?:[A-Z][\w-]*\s+|foreign\s+|western\s+|soviet\s+|\d+(?:\.\d+)?\s?-?\s?mm\s+)?(?:standard|calibre|caliber|type|design|make|origin|"
    r"manufacture|production)\b"
    # "274 UAVs of various modifications (mostly FPV) attacked ..."
    r"|\s+of\s+(?:various|different|several)\s+(?:types|modifications|models|kinds)(?:\s*\([^()]{1,30}\))?"
    # translated copy: "two drones of the kamikaze (suicide) type targeted", "rockets of RPG type"
    r"|\s+of\s+(?:the\s+)?[\w-]+(?:\s*\([^()]{1,20}\))?\s+type\b"
    # an advisory's "3x projectiles (type unknown) splashing in the water"
    r"|\s+\((?:type|model|make|origin)\s+unknown\)", _I)
# ... and what a group of people carries on before its verb: a part in the attack, ages, a
# parent's children ("all five militants involved in the attack were killed", "two boys,
# 9 and 12, were hurt", "a father of three was killed")
_VICTIM_TAIL = re.compile(
    # when born, as Russian officials tell it: "A man born in 1988 was injured"
    r"\s+born\s+in\s+(?:19|20)\d\d(?=\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)\b)|"
    # who they are, set off by dashes: "Two other people — a 30-year-old woman and a man aged 68 — were hurt"
    # (a spaced hyphen stands for the dash: "two civilians - a woman and her son - were killed")
    r"\s+(?:[—–]|-(?=\s))\s+[^—–;:.]{3,80}?\s+(?:[—–]|-(?=\s))(?=\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)\b)|"
    # where the victim was found: "A man pulled from the rubble of the second building died"
    r"\s+(?:pulled|rescued|dug|recovered|brought)\s+(?:from|out\s+of|out\s+from)\s+(?:under\s+)?[^,.;:\"“”()]{1,60}?"
    r"(?=\s+(?:later\s+)?(?:died|succumbed|(?:was|were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt))\b)|"
    r"\s+(?:involved|who\s+(?:were|was)\s+involved|who\s+took\s+part|taking\s+part)\s+in\s+"
    r"[^,.;:\"“”()]{1,40}?(?=\s+(?:were|was|had|have|has)\b)"
    r"|,\s+(?:aged\s+)?\d{1,2}\s+and\s+\d{1,2}\s*,"
    # where they were: "Three constables who were on guard duty in the courtyard were injured"
    r"|\s+who\s+(?:were|was|had\s+been)\s+(?:on|in|at|inside|near|outside)\s+"
    r"(?:(?!\b(?:killed|dead|died|injured|wounded|hurt|who|and)\b)[^,.;:\"“”()])"
    r"{1,60}?(?=\s+(?:were|was|had\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)\b)"
    r"|(?<=father|mother|parent)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    # who they are, or what they do: "A street vendor who lives next to the base also
    # suffered shrapnel wounds"
    r"|\s+who\s+(?:lives?|lived|works?|worked|runs?|ran|owns?|owned|sells?|sold)\s+[^,.;:\"“”()]{1,60}?"
    # (not "died": "a man who lived near the base died in 2019" tells of no attack)
    r"(?=\s+(?:also\s+)?(?:suffered|sustained|received|(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|injured|wounded|hurt|hit\s+by))\b)"  # ("... was hit by shrapnel")
    # translated copy's "two guards of the station received light injuries", "three
    # police of the headquarters were martyred": where they served, before the verb
    # ("11 civilians of our country, among them 7 children, were martyred")
    # ("A jawan of the 8 Rajputana Rifles was killed": a numbered unit's three words)
    r"|\s+of\s+(?:the|our|their)\s+[\w-]+(?:\s+[\w-]+){0,2}?"
    r"(?=\s+(?:were|was|had\s+been|received|sustained|suffered|lost|embraced|resulted)\b|,\s+(?:among\s+them|including)\b)"
    # ISPR's "four brave sons of soil, having fought gallantly, embraced shahadat"
    # (after who was among them: "5 brave soldiers, including a Naib Subedar, having fought ...")
    r"|(?:,\s+including\s+[^,;:.()]{1,40})?,\s+having\s+[^,;:.()]{1,60},(?=\s+(?:embraced|were|was|died|laid)\b)"
    # "Two people, a Kenya Police Reservist (KPR) and a boda boda rider, were killed"
    r"|,\s+(?:an?|the|one)\s+[^,;:.]{1,60}?\s+and\s+(?:an?|the|one)\s+[^,;:.]{1,60}?,"
    r"(?=\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)\b)", _I)
_AND_VICTIMS = re.compile(
    r"\s+and\s+(?!(?:no|none|neither)\b)(?P<grp>(?:[a-z][\w-]*\s+)?(?:civilians|soldiers|troops|fighters|policemen|"
    r"volunteers|militiamen|auxiliaries|vdps?|guards|members|"
    r"police\s+officers|children|women|men|militants|rebels|servicemen|service\s+members|workers|"
    # (ISPR's "15 to 20 Afghan Taliban and khwarij were killed")
    r"khwarij|khawarij|terrorists|insurgents|attackers))"
    r"(?=\s+(?:were|was|have|has|had|are)\b)", _I)
_AND_WORD_AFTER = re.compile(r"\s+(?:and|or)\s", _I)
_AND_MUNITIONS = re.compile(
    # (a bare second munition: "and six missiles" has a figure of its own)
    # (up to two words before the noun: "and one-way attack drones")
    r"\s+(?:and|or)\s+(?:(?!(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|several|some|many|hundreds)\b(?!-))[a-z][\w-]*\s+){0,2}(?:rockets|missiles|drones|shells|mortars|mortar\s+"
    r"(?:shells|rounds|bombs)|projectiles|bombs|uavs|rounds)\b", _I)
_MUNITION_SERIES = re.compile(
    r"(?:,\s+(?:rockets|missiles|drones|shells|mortars|projectiles|bombs|uavs)){1,3},?\s+and\s+"
    r"(?:rockets|missiles|drones|shells|mortars|projectiles|bombs|uavs)\b", _I)
_TAIL_NOUN = re.compile(
    r"\s+(?:an?\s+)?(?P<w>(?:[A-Z][\w.’'-]*\s+)?[A-Za-z][\w’'-]+)(?<!ly)(?=\s*(?:[,.;)]|and\b|$))"
)
_BRINGING = re.compile(
    r"\s+the\s+(?:total\s+)?(?:number|toll|tally|count)\s+of\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?P<verb>killed|dead|deaths|wounded|injured)\b",
    _I,
)
_BRINGING_BEFORE = re.compile(r"\b(?:bring|bringing|brings|brought|raise|raising|raises|raised|take|taking|takes)\s+to\s*\Z", _I)


def _bringing_to(text: str, a: numbers.Amount, start: int, end: int, s0: int, s1: int) -> list[Fact]:
    """'bringing to 339 the number of soldiers killed'."""
    if not _BRINGING_BEFORE.search(text, max(s0, start - 20), start):
        return []
    m = _BRINGING.match(text, end, s1)
    if m is None:
        return []
    kind = "injured" if m.group("verb").lower() in ("wounded", "injured") else "killed"
    lo = _BRINGING_BEFORE.search(text, max(s0, start - 20), start).start()  # type: ignore[union-attr]
    return [_make(text, kind, a, lo, m.end(), None, f"casualty.{kind}.toll", "toll")]


# A sentence that spreads the wounded over the places they were taken
_OF_THE_HURT = re.compile(r"[Oo]f\s+the\s+(?:[\w-]+\s+)?(?:wounded|injured)\s*,", _I)
_TREATED_AT_AFTER = re.compile(
    r"\s+(?:were|was|are|is|had\s+been)\s+(?:being\s+)?(?:treated|admitted|taken|transferred|moved|referred|airlifted|flown|sent)"
    # (a place by its name: "four were taken to hospital with shrapnel wounds" is a part of its own)
    r"\s+(?:at|to|in)\s+(?:the\s+)?(?-i:[A-Z])", _I)
_HOSTAGES_AFTER = re.compile(r"(?:\s+(?:people|civilians|others|more))?\s+(?:were\s+|was\s+)?(?:taken|held|seized)\s+(?:as\s+)?hostages?\b", _I)
# ("5 (five) bombs" as a police update writes it, "seven (07)" as an army's)
# ("(one hundred and four)" is one figure too)
_FIGURE_IN_PARENS = re.compile(r" \((\d{1,4}|[a-z]+(?:(?:-|\s+(?:and\s+)?)[a-z]+){0,3})\)", _I)
_FATALITY = re.compile(r"\s+(?:\w+\s+)?fatality\b", _I)


def _head_near(state: _State, end: int) -> bool:
    """Cheap test before the noun-phrase pattern: a head word within four words."""
    if state.all_heads:
        return True
    i = bisect.bisect_right(state.heads, end)
    return i < len(state.heads) and state.heads[i] - end <= 80


def _sub(m: re.Match[str], group: str) -> re.Match[str]:
    """The match object re-run on the named group so its lastgroup names the head."""
    sub = _ANY_MUNITION.match(m.string, m.start(group), m.end(group))
    if sub is None:
        # (a head that looks past its own word, "charges" before "exploded", needs the text after it)
        sub = _ANY_MUNITION.match(m.string, m.start(group))
    assert sub is not None
    return sub


def _right(text: str, pos: int, s1: int) -> _Link | None:
    hi = min(s1, pos + 220)
    win = text[pos:hi].lower()
    if len(win) != hi - pos:
        return None
    m = _RIGHT.match(win) if _RIGHT_VERB.search(win) else None
    if m is None or m.group("neg"):
        return None
    # the verb's group closes last in _RIGHT, so it is the match's last group
    kind = group = m.lastgroup  # (the kind may change below; the verb stays the group's)
    assert kind is not None and group is not None
    if kind == "killed" and m.group(kind) in ("bodies", "body", "martyrs") and m.start(kind) > 3:
        return None  # "a journalist at the hospital saw the bodies": not his death
    if kind == "launched" and m.group("rel") and m.group(kind).startswith("flying"):
        return None  # "almost 30 that were flying towards Moscow": which ones, not what they did
    if kind in CASUALTY_KINDS and _OR_OTHER_FATE.match(win, m.end(kind)):
        return None  # "26 people killed or wounded": dead and wounded in one figure, neither count
    if kind == "injured" and not m.group("aux").strip() and (died := _DIED_LATER.match(win, m.end(kind))):
        # "two soldiers wounded in the attack later died in hospital": the dead
        return _Link("killed", pos + died.start("died"), pos + died.end("died"), verb="died")
    if (kind == "launched" and m.group(kind) == "targeted" and _PASSIVE_AUX.search(m.group("aux"))
            and not _AIMED_AT.match(win, m.end(kind))):
        # "three micro air vehicles were successfully targeted and destroyed": targeted by
        # the defence, not fired at a target ("were targeted at the base" were fired)
        if not _AND_DESTROYED.match(win, m.end(kind)):
            return None
        kind = "intercepted"
    if kind == "intercepted" and _ING_WORD.match(m.group(group)) and _ING_OBJECT.match(win, m.end(group)):
        return None  # "16 hostile drones, ..., shooting down 11 of them": the defence's doing
    if m.group("hyp"):
        if not _TRIED.match(m.group("hyp")):
            return None
        # "two drones attempted to target the airport": they flew, whatever they did then
        kind = "launched"
    elif (kind == group == "intercepted" and m.group(group).startswith("destroy")
          and _WRECKED_OBJECT.match(win, m.end(group)) and not _PASSIVE_AUX.search(m.group("aux"))):
        # "one of them destroyed my brother's house", "one had destroyed a radar": the
        # munition did the destroying (not "shooting down 11 of them": the defence did)
        kind = "impacted"
    # a relative clause ("drones that were targeting the ship") describes, it does not
    # govern: a verb before the figure still wins over it
    aux = bool(m.group("aux").strip()) and m.group("rel") is None
    return _Link(kind, pos + m.start(group), pos + m.end(group), aux=aux, verb=m.group(group))


_TRIED = re.compile(r"(?:attempt|tr(?:y|ie))")
_TOLD_FIGURE = re.compile(r"\bto\s+\d+\b(?![:.]\d)")
_ING_WORD = re.compile(r"[a-z]+ing\b")
_ING_OBJECT = re.compile(r"\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|all|most|them|the|its)\b")  # (lower-cased)
_PASSIVE_AUX = re.compile(r"\b(?:were|was|been|being|be|got|get|gets)\b")  # ("had targeted" is active)
_AIMED_AT = re.compile(r"\s+(?:at|toward|towards|on|against|into)\b")  # (lower-cased)
_AND_DESTROYED = re.compile(r"\s+and\s+(?:\w+ly\s+)?(?:destroyed|shot\s+down|downed|neutrali[sz]ed)\b")  # (lower-cased)
_ORDINAL_PAIR = re.compile(r"\s+(?:and|or|to)\s+(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b", _I)
_DIED_LATER = re.compile(
    r"(?:\s+(?:in|at|on|during|by|when|while|from)\b[^,;.:!?]{0,90}?)?\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:later\s+|since\s+|subsequently\s+|overnight\s+)?(?P<died>died|succumbed)\b")  # (on the lower-cased window)
# "The first missile hit the truck directly. The second one landed in a field"
_TOLD_APART_AFTER = re.compile(
    r"\b(?:first|second|other)\b[^.]{0,40}?\b(?:hit|hits|landed|fell|struck|missed|exploded|crashed)\b", _I)
_NONE_KILLED_OR_HURT = re.compile(
    r"\s+(?P<np>(?:[\w-]+\s+){1,3}?)(?:were\s+)?(?:killed|dead)\s+(?:or|and|nor)\s+(?:injured|wounded|hurt)\b", _I)
# (or both, in one figure: 'claimed that 7 "mercenaries" were killed and wounded')
_OR_OTHER_FATE = re.compile(r"\s+(?:or|and)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|killed|dead)\b")  # (on the lower-cased window)
# An interception verb in the active with an object on the ground after it tells what the
# munition did (matched on a lower-cased window): "destroyed my brother's house"
_WRECKED_OBJECT = re.compile(
    r"\s+(?:an?|the|my|his|her|their|its|our|several|two|three|four|five|\d+|one|part\s+of)\s")
_SPEECH_IN_NP = re.compile(r"\s(?:said|says|told|added)(?:\s|$)")
# (how the speaker was reached may come first: "A resident reached by phone said")
_SPEAKS_AFTER = re.compile(
    r"(?:\s+(?:reached|contacted|interviewed)\s+by\s+(?:tele)?(?:phone|telephone|reporters|AFP|Reuters|AP))?"
    r"\s+(?:told|said|says|say|confirmed|added)\b", _I)
_BODIES_OF = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?\Z", _I)
_HURT_WORD = re.compile(r"injur|wound|hurt")
_HURT_OR_TREATED = re.compile(r"injur|wound|hurt|hospital")  # ("taken to hospital, one of them with serious wounds")
_DEATH_WORD = re.compile(r"dead|death|kill|fatal")
_NEUTRAL_TALLIES = ("number", "total", "figure", "count", "tally")
_BY_END = re.compile(r"\bby$")
_STRUCK_BY_END = re.compile(r"(?:hit|struck)(?:\s+\S+){0,4}?\s+by$")  # "hit on its port side by"
# (the far reach's verb runs on over the list's first item: "struck by shells and" three drones)
_STRUCK_BY_LIST = re.compile(r"(?:hit|struck)\s+by\s+[^,;]+\s+and$")
_FALL_OF_END = re.compile(r"\bfall(?:ing)?\s+of$")
_SLASH_NAME = re.compile(r"^/[A-Za-z][\w-]*")
_AGES_IN_GAP = re.compile(r"^,?\s+aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|-|–)\s*\d{1,3})*\b,?(?=\s+and\s)", _I)
_PART_OF_THEM = re.compile(r"(?:[\w-]+\s+){0,2}?[\w-]+\s+of\s+(?:them|which|those|these)\b", _I)
_WITH_END = re.compile(r"\b(?:with|using)$")
_FIRE_VERBS = ("fir", "shot", "shoot")
_FIRED_AT = re.compile(r"(?:fired|fires|fire|firing|shot|shoots|shooting)\s+at(?:\s+the|\s+all)?")
_NO_SUBJECT_BEFORE = re.compile(r"\b(?:no|No|NO)\s+(?:[\w-]+\s+){1,3}?(?:has|have|had|was|were|is|are)\s+(?:(?:ever|yet)\s+)?(?:been\s+)?\Z")


# PUT_AT's participle and its kind ("shot down", "downed", "destroyed" and "intercepted": intercepted)
_VERBED_KIND = {"launched": "launched", "fired": "launched", "killed": "killed", "wounded": "injured", "injured": "injured"}


def _left(text: str, pos: int, s0: int) -> _Link | None:
    lo = max(s0, pos - 40)
    win = text[lo:pos].lower()
    m = _LEFT.search(win) if len(win) == pos - lo else None
    put = None
    if m is None:
        lo = max(s0, pos - 250)
        win = text[lo:pos].lower()
        if len(win) != pos - lo or not _FAR_LAST.intersection(win.rsplit(None, 3)[-3:]):
            return None
        m = _LEFT_FAR.search(win)
        if m is None:
            put = _PUT_AT.search(win)
            if put is None:
                return None
    if put is not None:
        what = (put.group("of") or "").lower()
        noun = (put.group("what") or put.group("what2")).lower()
        verbed = put.group("verbed")
        if verbed:
            kind = _VERBED_KIND.get(verbed.lower().split()[0], "intercepted")
        elif _HURT_WORD.search(what) or noun in ("wounded", "injured"):
            kind = "injured"
        elif _DEATH_WORD.search(what + noun) or "toll" in noun:
            kind = "killed"
        else:
            kind = "launched"  # "the number of shells", "the number at nine rockets"
        # (a noun that names no kind, "put the figure at five", is marked for `_bare` to
        # read the kind off the count told before)
        neutral = noun in _NEUTRAL_TALLIES and not what and not verbed
        return _Link(kind, lo + put.start(), lo + put.end(), how="put_at", verb="tally" if neutral else "")
    assert m is not None
    found = m.groupdict()  # built once, not once per kind tried
    kind = next(k for k in ("intercepted", "launched", "killed", "injured", "impacted") if found.get(k) is not None)
    ms, me = lo + m.start(kind), lo + m.end(kind)
    if pos - lo > 40 and kind in CASUALTY_KINDS and _TOLD_FIGURE.search(text, ms, pos):
        # ("The death toll rose from 11 on Saturday to 17 by Sunday ..., a member of a
        # local rescue team": the toll's figure was told before this one)
        return None
    # ("which would bring the toll to five": the reckoned toll, not a hypothetical one)
    # ("could raise the toll to 20" stays a guess: a headline's "raise toll" has no modal)
    reckoned = kind in CASUALTY_KINDS and m.group(kind).lower().startswith(("bring", "tak", "raising", "raised"))
    if not reckoned and _hypothetical_before(text, max(s0, ms - 45), ms):
        return None
    verb = m.group(kind).lower().replace('"', "").replace("“", "")
    if kind == "launched" and verb.startswith(_FIRE_VERBS) and _FIRED_AT.fullmatch(verb + text[me:pos].lower().rstrip()):
        return None  # "interceptors were fired at the two drones": what was shot at, not fired
    if m.group("first") is not None:
        # the figure's span starts after the first object, which a rule of its own counts
        ms, me = lo + m.end("first") - 3, lo + m.end("first")
    how = "object"
    if kind == "launched":
        if _STRUCK_BY_END.match(verb) or _STRUCK_BY_LIST.match(verb):
            # "the bulk carrier was struck by a missile": it hit, whatever else was fired
            if (no := _NO_SUBJECT_BEFORE.search(text, max(s0, ms - 60), ms)) is not None and (
                    no.start() == s0 or text[max(s0, no.start() - 2) : no.start()].rstrip()[-1:] in ".;:,!?\"“("):
                return None  # "No passenger aircraft has been hit by a drone": none was
            kind, how = "impacted", "struck_by"
        elif _FALL_OF_END.search(verb):
            kind, how = "impacted", "fall_of"  # "the fall of five shells": where they came down
        elif _BY_END.search(verb):
            how = "targeted_by"
        elif _WITH_END.search(verb):
            if _PART_OF_THEM.match(text, pos):
                return None  # "fired ..., with several of them intercepted": a clause of its own
            how = "attacked_with"
        elif verb.endswith(" use of"):
            how = "attacked_with"  # "with the use of 6 (six) drones"
        elif verb.endswith(" of"):
            how = "barrage"
    elif kind == "killed" and ("toll" in verb or "deaths" in verb or "death of" in verb):
        how = "toll"
    elif kind in CASUALTY_KINDS and verb.startswith(("number", "total", "tally", "count")):
        how = "toll"  # "the number of people killed rose to 14"
    elif kind in CASUALTY_KINDS:
        how = "active"
    if kind == "killed" and verb in ("left", "leaving"):
        return None
    return _Link(kind, ms, me, how=how, verb=verb)


def _decides(right: _Link | None, allowed: tuple[str, ...]) -> bool:
    """Whether _choose takes `right` whatever the verb before the figure: the caller can
    then spare the search for that verb."""
    return right is not None and (right.kind == "miss" or (right.kind in allowed and right.aux))


def _left_unless(right: _Link | None, allowed: tuple[str, ...], text: str, pos: int, s0: int) -> _Link | None:
    """_left, when _choose may need it."""
    return None if _decides(right, allowed) else _left(text, pos, s0)


def _choose(right: _Link | None, left: _Link | None, allowed: tuple[str, ...]) -> _Link | None:
    """A verb right after the noun wins when it has an auxiliary ("were fired"); a bare
    participle after it ("drones launched by Russia") yields to a verb before it."""
    r = right if right is not None and right.kind in allowed else None
    lft = left if left is not None and left.kind in allowed else None
    if right is not None and right.kind == "miss":
        return right
    if r is not None and (r.aux or lft is None):
        return r
    if r is not None and lft is not None and lft.verb in _SEEING and r.kind in ("impacted", "intercepted"):
        return r  # "counted around 20 shells that landed": seen, then what they did
    if r is not None and lft is not None and lft.how == "put_at" and r.kind in ("impacted", "intercepted"):
        # "put the total for the evening at 36 drones destroyed": the figure's participle
        # names what is totalled (the span still runs from the verb before)
        return replace(r, start=lft.start)
    return lft or r


# Verbs of seeing a munition, which say it flew unless a verb after says what it did
_SEEING = frozenset(("counted", "identified", "observed", "spotted", "tracked", "detected", "monitored", "sighted",
                     "sighting", "seen", "saw"))


def _main_verb(text: str, right: _Link | None, s1: int) -> _Link | None:
    """'A ballistic missile fired from Yemen struck an open area': the participle
    describes the missile; the verb after it says what the missile did."""
    if right is None or right.kind != "launched" or right.aux:
        return right
    nxt = _right(text, right.end, s1)
    if nxt is None:
        # "one drone approaching Eilat was shot down", "a missile launched from Yemen toward
        # southern Israel before 5 a.m. was intercepted": the participle's object or its
        # places and times, then the passive that tells what became of the munition
        # (a relative clause's verb may take an object too: "a drone boat that approached
        # the ship was destroyed")
        relative = text.endswith(("that ", "which "), 0, right.start)
        tail = (_PARTICIPLE_OBJECT if right.verb.split()[0].endswith("ing") or relative
                else _PARTICIPLE_TAIL).match(text, right.end, s1)
        if tail is None and relative:
            tail = _PARTICIPLE_TAIL.match(text, right.end, s1)
        nxt = _right(text, tail.end(), s1) if tail is not None else None
        if nxt is None and (clause := _PLACE_THEN_CLAUSE.match(text, right.end, s1)) is not None:
            # "five mortar shells fired from Myanmar's Rakhine State, where the Arakan Army
            # has been fighting, fell in two villages": a clause on the place, set off by commas
            nxt = _right(text, clause.end(), s1)
    if nxt is not None and nxt.kind in ("intercepted", "impacted", "miss"):
        return nxt
    return right


_PLACE_THEN_CLAUSE = re.compile(
    r"\s+(?:from|toward|towards|at|over|into|in)\s+[^,;:()\"“”]{1,60}?,\s+(?:where|which|whose)\s+[^;:()\"“”]{1,120}?,(?=\s)", _I)
# A time told after a participle: "launched about 20 minutes later", "fired shortly afterwards"
_TIME_LATER = (
    r"(?:(?:about|some|roughly|around|nearly|almost|just)\s+)?(?:an?|\d{1,3}|[a-z]+)\s+(?:seconds|minutes|hours?)\s+"
    r"(?:later|earlier|afterwards)\b|(?:shortly|soon|moments|minutes)\s+(?:later|afterwards|after(?:wards)?)\b")
_PARTICIPLE_TAIL = re.compile(
    rf"\s+(?:(?:from|toward|towards|at|by|over|into|before|after|on|in|across)\b"
    # ... or a time after it: "A drone launched about 20 minutes later was shot down"
    # (not past a part of the set: "three missiles launched from Kursk and that one of them
    # had been shot down")
    rf"|{_TIME_LATER})(?:(?!\b(?:and\s+that|of\s+them|of\s+which|of\s+whom)\b)[^,;:()\"“”]){{0,80}}?"
    r"(?=\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s)")
_PARTICIPLE_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][^,.;:\d]{0,40}?|[a-z]+(?:\s+[a-z]+){0,3}?"
    # "two drones targeting a base housing coalition troops at Erbil airport were shot
    # down": a longer object, so long as no clause of its own opens in it
    r"|(?:an?|the)\s+(?:(?!(?:where|which|who|whom|whose|that|when|while|after|before|and|but|as)\b)[\w'’-]+\s+){0,15}?"
    r"[\w'’-]+)"
    # (a quoted participle phrase closes first: '39 drones "flying towards the capital" had
    # been shot down')
    r"[\"”]?(?=\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s)")


def _is_plural(noun: str) -> bool:
    """Whether a munition noun is plural: "drones", "UAVs"; not "UAS" (a system), "ATACMS"."""
    low = noun.lower()
    # (an acronym in capitals is one: "the third ATACMS", "a UAS")
    return low.endswith("s") and not low.endswith(("ss", "us", "uas")) and not noun.isupper()


def _munition_np(doc: Document, sent: Sentence, state: _State, a: numbers.Amount, start: int,
                 end: int, np_end: int, cls: str, pending: list[_Pending]) -> list[Fact]:
    text = doc.text
    s0, s1 = sent.start, sent.end
    # "a quadcopter that dropped two mortar rounds": the rounds are what was launched;
    # the drone is only their carrier (it may still be shot down)
    carrier = cls == "drone" and (_CARRIER.match(text, np_end, s1) is not None
                                  or _GUNSHIP.match(text, np_end, s1) is not None)
    own = _right(text, np_end, s1)
    contact = _CONTACT_LAUNCH.match(text, np_end, s1) if own is None else None
    if contact is not None:
        # "a ballistic missile they fired at Israel late Wednesday had hit the airport": a
        # relative clause with no "that", whose subject fired the munition
        own = _Link("launched", contact.start("verb"), contact.end("verb"), verb=contact.group("verb").lower())
    # ("a pair of drones was fired", "a dozen rockets was": the phrase itself is singular)
    if (own is not None and (a.value or 0) >= 2 and not a.text.lower().startswith(("a ", "an ", "another "))
            and _singular_aux(text, np_end, own)
            # ("None of the three missiles was intercepted": "was" agrees with "none")
            and not _NONE_OF_BEFORE.search(text, max(s0, start - 14), start)):
        # "a quadcopter that dropped two mortar rounds was shot down": "was" agrees with
        # the quadcopter, not with the rounds
        own = None
    # the launch a participle tells, if any
    fired_as = own if contact is not None else _fired_participle(text, own, np_end, s1)
    right = _main_verb(text, own, s1)
    left = _left_unless(right, MUNITION_KINDS + ("miss",), text, start, s0)
    if right is not None and right.kind == "intercepted" and _ON_GROUND.match(text, right.end, s1):
        return []  # destroyed before launch: never fired, never intercepted
    if (right is None and left is not None and left.kind == "intercepted" and left.start < start
            and _ON_GROUND.match(text, np_end, s1)):
        return []  # "destroyed two anti-ship missiles on mobile launchers": the same, told actively
    # (an item whose outcome verb follows it at once is no verbless item of a list: "fired
    # 5 rockets, of which 2 rockets hit the wall")
    intro = _is_intro(text, start, s0) and not (
        right is not None and right.kind in ("impacted", "intercepted", "miss")
        and _OWN_VERB_GAP.fullmatch(text, np_end, right.start) is not None)
    # ("96 drones and three cruise missiles launched overnight": the item before has no
    # verb of its own either, so the participle is the whole list's verb)
    verbless_before = bool(pending) and pending[-1].family == "munition" and pending[-1].fallback is None and (
        _AND_GAP.fullmatch(text, pending[-1].end, start) is not None)
    if (right is not None and right.kind == "launched" and not right.aux and left is None
            and not verbless_before and _AND_BEFORE.search(text, max(s0, start - 6), start)):
        # "shot down 21 drones and three missiles launched by ...": the list shares the
        # verb before it; the participle only counts when nothing else does
        if carrier or _fired_counted(text, right, start, s1) or (
                a.article and cls == "drone" and right.verb == "fired" and not _FIRED_FROM.match(text, right.end, s1)):
            return []  # (and "witnesses said, a drone fired three munitions": the drone fired)
        lo, hi = start, max(np_end, right.end)
        fb = _make(text, "launched", a, lo, hi, cls, "count.launch.subject", "subject")
        pending.append(_Pending(a, start, np_end, "munition", cls, intro, fb))
        return []
    link = _shot_down(text, _choose(right, left, MUNITION_KINDS + ("miss",)), np_end, s1)
    if link is not None and a.article and link.kind == "launched" and link.verb.lower().startswith(("followed", "there")):
        # a figure follows these ("followed by at least six drones"); one munition told
        # with its article has a verb of its own after it ("followed by a drone that struck")
        link = right
    if link is None and not intro and not a.zero and a.ref is None and (
            (later := _AND_VERB.match(text, np_end, s1)) is not None and later.group("intercepted")):
        # "a missile set off sirens in the Negev and was intercepted": it flew, then was downed
        return [_make(text, "launched", a, start, np_end, cls, "count.launch.subject", "subject"),
                _make(text, "intercepted", a, start, later.end("intercepted"), cls, "count.intercept.conjoined", "subject")]
    if link is None and _SEEN_AFTER.match(text, np_end, s1):
        return []  # "one missile intercepted, no drones seen": what the radar saw, no list item
    if (link is None and not a.zero and a.ref is None and _is_headline(sent)
            and _ON_TARGET_AFTER.match(text, np_end, s1) is not None):
        # a headline with no verb: "Thirty-five rockets on a city", "dozens of shells on
        # border village outskirts": fired at it
        return [_make(text, "launched", a, start, np_end, cls, "count.launch.headline_on", "subject")]
    if (link is None and a.article and text[start:np_end].lower().endswith("launch")
            and _FROM_AFTER.match(text, np_end, s1)):
        return [_make(text, "launched", a, start, np_end, cls, "count.launch.noun", "subject")]  # "after a launch from Yemen"
    if link is None and a.article and not intro and _AND_ITEM_FIRED.match(text, np_end, s1):
        # "a response to a ballistic missile and two drones launched from Yemen": the
        # participle after the list is the article's item's too
        return [_make(text, "launched", a, start, np_end, cls, "count.launch.coordinated", "coordinated")]
    if link is None or (intro and link.start > start and not link.aux):
        if _OF_THE_START.match(text, s0, start):
            return [_make(text, "launched", a, start, np_end, cls, "count.launch.partitive_total", "partitive_total")]
        # "with 20 rockets and a one-way attack drone": an article after "and" is a
        # list item waiting for the verb before it, like a number
        if not a.article or _AND_WORD_BEFORE.search(text, max(s0, start - 8), start) or _mid_list(
                text, state, pending, start, np_end, s1):
            # "A barrage of rockets tore through the district": a barrage is fired, whatever
            # verb tells what it did (unless it is threatened or denied)
            fb = None
            if _is_salvo(a) and _salvo_fired(text, s0, start):
                fb = _make(text, "launched", a, start, np_end, cls, "count.launch.salvo", "salvo")
            elif (not a.zero and a.ref is None and text[start:np_end].lower().endswith(("launch", "launches"))
                  and not _PERIOD_AFTER.match(text, np_end, s1)):
                # "1 launch from Yemen | 0 impacts": the noun says it was fired
                fb = _make(text, "launched", a, start, np_end, cls, "count.launch.noun", "subject")
            elif (intro and link is not None and link.kind == "launched" and not link.aux and not a.zero
                  and a.ref is None):
                # "8 missiles: 6 Iskander-M ballistic missiles launched from the Voronezh
                # region and 2 ...": an item of a breakdown with its own participle
                fb = _make(text, "launched", a, start, max(np_end, link.end), cls, "count.launch.subject", "subject")
            elif (not a.zero and a.ref is None and (in_all := _IN_ALL_AFTER.match(text, np_end, s1)) is not None
                  and _ATTACK_BEFORE.search(text, s0, start)):
                # "attacked by the AFU with 2 salvoes from a Vampire MLRS, 16 rockets in all"
                fb = _make(text, "launched", a, start, in_all.end(), cls, "count.launch.in_all", "subject")
            elif not a.zero and a.ref is None and (_MUNITIONS_LABEL.search(text, max(s0, start - 40), start)
                                                    or _SHELLED_COLON.search(text, s0, start)):
                # an incident note's "Reported munitions: 2 guided missiles from 1 TB2", a
                # governor's "Novaya Tavolzhanka was shelled: 14 artillery shells and 6 mortar rounds"
                fb = _make(text, "launched", a, start, np_end, cls, "count.launch.label", "subject")
            elif not a.zero and a.ref is None and _SHELLED_DASH.search(text, max(s0, start - 60), start):
                # "The village was shelled 14 times — 23 shells": how many were fired at it
                fb = _make(text, "launched", a, start, np_end, cls, "count.launch.dash", "subject")
            pending.append(_Pending(a, start, np_end, "munition", cls, intro, fb))
        return []
    if link.kind in ("intercepted", "impacted") and link.start > start and not a.article:
        q = _QUANT_OF.search(text, max(s0, start - 30), start)
        if q is not None:
            return _quantified_set(text, q, a, start, np_end, link, cls)
    if link.kind == "launched" and a.ref == "one" and _ORDINAL_WORD.search(a.text) and not (
            link.start < start and a.text.lower().startswith("a ")):
        # "the fourth Kh-101 had been tracked", "a third rocket was fired": one of a launch
        # counted already ("the drone fired a third missile" fires one more)
        return []
    fired = a.ref is None and not a.zero and not carrier and fired_as is not None
    if link.kind == "miss" or (link.kind == "launched" and (a.zero or carrier)):
        # "no rockets were fired" denies an attack; it is not a count ("A missile launched
        # from Yemen fell short" missed, but was fired)
        return [_participle_launch(text, a, start, fired_as, cls)] if link.kind == "miss" and fired else []
    if _fired_counted(text, link, start, s1):
        # "the four, members of a cell ..., fired six 107mm Katyusha rockets": the figure
        # counts those who fired (or, "a second drone fired two missiles", the carriers)
        return []
    if a.article and link.start > start and link.kind == "launched" and not link.aux:
        # "a drone dropped explosives": not clearly one launch; "An additional missile
        # launched from Yemen did not reach Israeli territory" is one, but "a drone fired
        # at a group of people" is the drone firing
        shooter = cls == "drone" and own is not None and own.verb == "fired"
        return [_participle_launch(text, a, start, fired_as, cls)] if fired and not shooter else []
    if a.article and link.start < start and link.how not in ("object", "targeted_by", "attacked_with", "barrage", "struck_by", "fall_of"):
        return []
    if (a.article and link.start < start and link.verb.startswith(("carried out", "conducted", "executed"))
            and link.verb.endswith("by")):
        # "a strike carried out by an Israeli drone": the drone that fired, no launch of its
        # own ("carried out with a ballistic missile" is what was fired)
        return []
    if (link.how == "struck_by" and link.start < start and a.ref is None and not a.zero
            and fired_as is not None):
        # "The vehicle was hit by two missiles fired from the drone": the figure is of
        # the missiles fired at it (launched); which of them hit is told apart, if at
        # all ("The first missile hit the truck, the second landed in a field")
        out = [_make(text, "launched", a, link.start, fired_as.end, cls, "count.launch.struck_by_fired",
                     "participle")]
        if not _TOLD_APART_AFTER.search(text, s1, min(len(text), s1 + 300)):
            # ... and, unless the next sentences tell them apart, all of them hit it
            out.append(_make(text, "impacted", a, link.start, np_end, cls, "count.impact.struck_by", "struck_by"))
        return out
    if a.ref == "rest" and _SINGULAR_END.search(text, start, np_end):
        # "the remaining rocket fell in an orchard": one, the last of its set
        a = numbers.Amount(a.start, a.end, a.text, 1, 1, 1, "exact", number_start=a.start)
    a = _resolve_ref(a, state, link.kind, start, cls) or a
    lo, hi = min(start, link.start), max(np_end, link.end)
    how = link.how if link.start < start else ("passive" if link.aux else "subject")
    out = [_make(text, link.kind, a, lo, hi, cls, f"count.{_KIND_VERB[link.kind]}.{how}", how)]
    if (link.kind == "launched" and link.start > start and a.ref is None and not a.zero
            and (later := _AND_VERB.match(text, link.end, s1)) is not None):
        # "a ballistic missile had been launched from Yemen and was intercepted": what
        # became of what was fired, told in the same breath
        then = "intercepted" if later.group("intercepted") else "impacted"
        out.append(_make(text, then, a, start, later.end(then), cls, f"count.{_KIND_VERB[then]}.conjoined", "subject"))
    if (link.kind == "launched" and link.start < start and a.ref is None and not a.zero
            and (rel := _REL_OUTCOME_GAP.match(text, np_end, s1)) is not None
            and (then := _right(text, rel.end() - 1, s1)) is not None and then.start == rel.end()
            and then.kind in ("intercepted", "impacted")
            # ("fired two drones at a ship that was hit": "was" agrees with the ship)
            and not ((a.value or 0) >= 2 and _singular_aux(text, np_end, then))):
        # "fired a drone at Eilat that was shot down over the sea", "a missile at Israel,
        # which the military said was intercepted": what became of them
        out.append(_make(text, then.kind, a, start, then.end, cls, f"count.{_KIND_VERB[then.kind]}.relative", "subject"))
    if (link.kind != "launched" and a.ref is None and not a.zero and fired_as is not None
            # ("shot down three more drones launched by the Houthis": more than those told)
            # (or the same figure again: "a rocket targeted the garrison ... a single rocket
            # fired from the same direction fell short, landing in the desert")
            # (a vague launch told before, "a barrage of missiles", gives no figure to restate)
            and (not any(f.object == cls and f.value != a.value and (f.value is not None or f.min is not None)
                         for f in state.launched)
                 or _MORE_AFTER_FIGURE.match(text, end, np_end))
            and not _more_later(text, np_end, cls)):
        # "destroyed two ballistic missiles fired by the Houthis", "a missile fired from
        # Yemen struck an open area": the participle says the same figure was fired (when
        # no launch figure of that munition was given before, which would be the total)
        out.append(_participle_launch(text, a, start, fired_as, cls))
    if link.start > start and not a.article:
        # "3 rockets crossed into Israel and were intercepted": one figure, two verbs
        m2 = _AND_VERB.match(text, link.end, s1)
        if m2 is not None:
            kind2 = "intercepted" if m2.group("intercepted") else "impacted"
            if kind2 != link.kind:
                e2 = m2.end(kind2)
                out.append(_make(text, kind2, a, start, e2, cls, f"count.{_KIND_VERB[kind2]}.conjoined", "subject"))
    return out


_SHELLED_COLON = re.compile(r"\b(?:shelled|bombarded|attacked|targeted)\b[^.;:]{0,40}:[^.;:]*\Z", _I)
_IN_ALL_AFTER = re.compile(r"\s+in\s+(?:all|total)\b", _I)
_ATTACK_BEFORE = re.compile(r"\b(?:attack\w*|fired|firing|launch\w*|salvos?|barrages?|shell(?:ed|ing))\b", _I)
_MUNITIONS_LABEL = re.compile(r"\b(?:munitions?|weapons?|projectiles?|ordnance)(?:\s+used)?\s*:\s*\Z", _I)
_NONE_OF_BEFORE = re.compile(r"\bnone\s+of\s+(?:the|its|their|these|those)\s+\Z", _I)
_REL_OUTCOME_GAP = re.compile(
    r"(?:\s+(?:at|on|toward|towards|over|against|into)\s+[^,;.\d]{1,40}?)?,?\s+(?:that|which)\s+"
    # (who says so may stand between: "which the Israeli military said was intercepted")
    r"(?:[\w'’ -]{1,50}?\s+(?:said|says|reported)\s+)?"
    r"(?:(?:was|were|had\s+been|have\s+been|has\s+been|later|then|eventually)\s+)*", _I)
# ("3 launches this year", "since October": a tally over a period)
_PERIOD_AFTER = re.compile(r"\s+(?:this|last)\s+(?:year|month|week)|\s+(?:since|so\s+far|to\s+date)\b", _I)
_SHELLED_DASH = re.compile(r"\b(?:shelled|attacked|fired\s+on|struck)\b[^.;:]{0,40}?\s[—–]\s*\Z", _I)
# "was" right before a verb: it agrees with a singular subject, not with a figure of two
_SINGULAR_AUX = re.compile(r"\b(?:was|is|has(?:\s+been)?)\s+(?:\w+ly\s+)?\Z", _I)


def _singular_aux(text: str, np_end: int, link: _Link) -> bool:
    """Whether a singular auxiliary stands right before the verb after the noun phrase."""
    return _SINGULAR_AUX.search(text, max(np_end, link.start - 24), link.start) is not None


# A drone that drops munitions carries them: the munitions are counted, not the drone.
_PAYLOAD_COUNT = r"(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|both)\s+"
_CARRIER = re.compile(
    # "a drone had dropped an explosive device", "used a drone to drop two explosives": the
    # payload is counted, the drone only carries it ("two quadcopters dropped mortar
    # bombs" counts no payload: the drones are what was launched)
    # (after where it flew: "two quadcopters hovered over the police station and dropped four
    # mortar rounds")
    rf"(?:\s+(?:hovered|flew|circled|loitered)\s+(?:over|above|near|around)\s+[^,.;:]{{1,60}}?\s+and)?"
    rf"\s*,?\s+(?:(?:(?:that|which)\s+)?(?:had\s+|has\s+|then\s+)?(?:dropped|released)|dropping|releasing|"
    rf"to\s+(?:drop|release))\s+{_PAYLOAD_COUNT}"
    rf"(?:[^.;:,]{{0,30}}?\s)?(?:(?:{_MUN_ALT})(?![\w-])|explosives?\b|payloads?\b|ordnance\b|devices?\b)",
    _I)
# ... or a drone that shoots: "an Israeli drone fired on a group of people" fired its own
# weapons at the people, it was not itself fired at them
_GUNSHIP = re.compile(
    r"\s+(?:fired|opened\s+fire)\s+(?:on|upon|at)\s+(?:an?\s+(?:group|crowd|gathering)\s+of\b|"
    r"(?:a\s+|the\s+)?(?:people|civilians|residents|men|youths|worshippers|fishermen|farmers|motorcycle|motorbike|"
    r"car|vehicle|cart|tuk-tuk)\b)", _I)
_AND_WORD_BEFORE = re.compile(r"[\"”’]?\s*\band\s+\Z", _I)
_VESSEL_NAME_BEFORE = re.compile(
    r"\b(?:vessel|ship|tanker|carrier|freighter|bulker|ultramax|boat|destroyer|frigate)\s+"
    r"(?:\(?[\"“]?[A-Z][\w-]*\s+){1,3}\Z")
_NOR_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?nor\b", _I)
_SEEN_AFTER = re.compile(
    r"\s+(?:were\s+|was\s+)?(?:seen|detected|spotted|identified|tracked|sighted|observed|picked\s+up)\b", _I)
_COPULA_MUNITION = re.compile(
    # (the words between name the munition's type: "were destroyed by interceptor drones" is no type)
    # (a hyphenated participle names a type: "10 were Kalibr sea-launched cruise missiles")
    rf"\s+(?:were|was|are)\s+(?P<mods>(?:(?![a-z]*ed\b|(?:by|from|with|at|of|in|on|to)\b)[\w-]+\s+){{0,3}}?)"
    rf"(?P<mun>{_MUN_PLAIN})(?![\w-])"
    # ... and ends there, or goes on to where it was fired from ("seven were Kh-101 cruise
    # missiles launched from bombers over the Caspian")
    r"(?=[\"”’]?\s*(?:[,.;:)]|$|and\b|by\b|according\b|while\b|whereas\b|launched\b|fired\b))", _I)
_OF_SET_BEFORE = re.compile(r"\bof\s+(?:the\s+|these\s+|those\s+)?\Z", _I)  # ("how many of the seven were missiles")
_FIRED_BY = re.compile(
    r"\s+(?:by|from|at|toward|towards|into|against|over|on)\b"
    # ... or with when: "hit by two missiles fired roughly 40 seconds apart", "in quick succession"
    r"|\s+(?:(?:roughly|about|some|around|only|just|a\s+few)\s+)?(?:(?:\d{1,3}|[a-z]+)\s+)?(?:seconds|minutes|moments)\s+apart\b"
    r"|\s+in\s+(?:quick\s+|rapid\s+)?succession\b"
    # ("A drone launched about 20 minutes later was shot down")
    rf"|\s+(?:{_TIME_LATER})", _I)
_FIRED_FROM = re.compile(r"\s+(?:by|from)\b", _I)


# "An explosive-laden UAV launched from Lebanon hit ...; a second drone ...": one of
# several, so the participle's figure is not the launch.
_MORE_LATER = re.compile(
    # ("more than 370 people" is no more munitions: "two more", "more drones" are)
    rf"\b(?:(?:a|the)\s+(?:second|third|fourth|fifth)|another|(?:\d+|one|two|three|four|five|several)\s+more|more(?=\s+(?:[\w-]+\s+)?(?:{_MUN_PLAIN})\b))\b(?:\s+(?:[\w-]+\s+)?(?P<mun>{_MUN_PLAIN})(?![\w-]))?", _I)


def _more_later(text: str, np_end: int, cls: str) -> bool:
    """Whether one more munition of `cls`'s family (or of none named) is told within the
    next lines: "A missile launched from Lebanon was intercepted. Another UAV was downed"
    tells of one missile, and a drone."""
    family = munition_family(cls)
    for m in _MORE_LATER.finditer(text, np_end, np_end + 400):
        mun = m.group("mun")
        if mun is None or family is None or munition_family(mun.lower()) in (None, family):
            return True
    return False


def _fired_participle(text: str, own: _Link | None, np_end: int, s1: int) -> _Link | None:
    """The launch a participle right after the noun tells: a bare 'fired'/'launched' going
    on with by/from/at, "targeting", "aimed at", or a crossing told on the way ("one UAV
    that crossed into Israeli territory fell")."""
    if own is not None and own.kind != "launched" and (m := _AIMED_AT_AFTER.match(text, np_end, s1)):
        # "two drones aimed at the airport were shot down": read past as a place phrase
        # by the verb's pattern, the participle still says they were sent
        return _Link("launched", m.start(1), m.end(1), verb="aimed")
    if own is None or own.kind != "launched" or own.aux or own.start - np_end > 12:
        return None
    if own.verb in ("fired", "launched"):
        return own if _FIRED_BY.match(text, own.end, s1) is not None else None
    if own.verb in ("targeting", "aimed"):
        return own  # "two drones targeting the Victory logistics base were shot down"
    return own if own.verb == "crossed" and _CROSSED_FROM.match(text, own.end, s1) is not None else None


_AIMED_AT_AFTER = re.compile(r"\s+(aimed)\s+at\b", _I)
# (its subject a pronoun or a party named in capitals, the verb a launch's with where the
# munition went after it)
_CONTACT_LAUNCH = re.compile(
    r"\s+(?:they|it|he|we|the\s+(?:group|militia|rebels|militants|movement)|(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
    r"\s+(?:had\s+|have\s+|has\s+)?(?P<verb>fired|launched|sent)(?=\s+(?:at|toward|towards|into|on|against|from)\b)")
_CROSSED_FROM = re.compile(r"\s+(?:from|into|over)\b", _I)


def _participle_launch(text: str, a: numbers.Amount, start: int, fired_as: _Link | None, cls: str) -> Fact:
    assert fired_as is not None  # (_fired_participle found it)
    return _make(text, "launched", a, start, fired_as.end, cls, "count.launch.participle", "participle")


# A quantifier over a counted set: "most of 35 rockets ... were intercepted".
_QUANT_OF = re.compile(
    r"\b(?P<q>most|all|none|some|many|several|half|the\s+(?:vast\s+|large\s+)?majority|the\s+bulk)"
    r"\s+of\s+(?:the\s+)?\Z",
    _I,
)


def _quantified_set(text: str, q: re.Match[str], a: numbers.Amount, start: int, np_end: int,
                    link: _Link, cls: str) -> list[Fact]:
    """The figure is the set fired; the quantifier says how many of it the verb is about
    (all: the whole set, none: zero, the others: an unstated part)."""
    word = q.group("q").lower()
    out = [_make(text, "launched", a, start, np_end, cls, "count.launch.partitive_total", "partitive_total")]
    if word == "all":
        part = numbers.Amount(q.start(), q.end(), q.group(), a.value, a.min, a.max, a.qualifier)
    elif word == "none":
        part = numbers.Amount(q.start(), q.end(), q.group(), 0, 0, 0, "exact", zero=True)
    else:
        part = numbers.Amount(q.start(), q.end(), q.group(), None, None, None, "vague")
    rule = f"count.{_KIND_VERB[link.kind]}.quantified"
    out.append(_make(text, link.kind, part, q.start(), link.end, cls, rule, "whole"))
    return out


# (translated statements "destroy" fighters as they destroy drones: "destroyed up to 30 militants")
_KILLING_VERBS = ("eliminat", "neutrali", "taken out", "took out", "taking out", "destroy")


def _fighters_named_last(text: str, s0: int, pos: int) -> bool:
    """Whether "them" at `pos` stands for fighters the clause before it names as its
    object, joined by "and" ("pursued the fleeing terrorists along their routes and
    neutralised 17 of them"; not "militants planted five IEDs, and engineers neutralised
    four of them": the troops doing the neutralising are most often named too, so only
    the other side's fighters count)."""
    lo = max(s0, pos - 100)
    ends = [m.end() for m in _FIGHTER_WORD.finditer(text, lo, pos)]
    return bool(ends) and _AND_CLAUSE_TO.fullmatch(text, ends[-1], pos) is not None


# (joined by "and" or a participle after a comma: "... near Sokolo, neutralising twelve of them")
_AND_CLAUSE_TO = re.compile(r"[^.;,:\d]{0,60}?(?:\band\s+(?:\w+\s+)?|,\s+\w+ing\s+)\Z", _I)


_FIGHTER_WORD = re.compile(rf"(?<![\w-])(?i:{'|'.join(p for p, c in lx.VICTIM_HEADS if c == 'fighters')})(?![\w-])")


def _fell_in_battle(text: str, link: _Link | None, s1: int) -> None:
    """People who 'fell' (a military statement's word) died: "Eleven of our soldiers fell
    defending the position", "three soldiers fell in battle"."""
    if link is not None and link.kind == "impacted" and link.verb.lstrip('"“') in ("fell", "fallen") and (
            _FELL_IN_BATTLE.match(text, link.end, s1)):
        link.kind = "killed"


def _kills_people(link: _Link | None, who: str = "") -> None:
    """People 'eliminated' or 'neutralised' are dead: the intercept verb turns to killed.
    'Destroyed' kills only fighters (`who`: the counted noun phrase), not "four Pakistani
    posts"."""
    if link is not None and link.kind == "intercepted" and link.verb.startswith(_KILLING_VERBS) and (
            not link.verb.startswith("destroy") or _FIGHTERS.search(who)):
        link.kind = "killed"


_IN_A_DAY = re.compile(r"\b(?:(?:past|last)\s+(?:24\s+hours|day)|per\s+day|in\s+a\s+day)\b", _I)
_BOTH_FATES_AFTER = re.compile(r"\s+(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b", _I)
_FIGHTERS = re.compile(
    r"\b(?:terrorists?|militants?|fighters?|members|insurgents?|militiam[ae]n|gunm[ae]n|attackers?|assailants?|"
    r"bandits?|mercenar(?:y|ies)|jihadists?|rebels?|extremists?|khawarij|personnel|servicem[ae]n|soldiers?|troops)\b", _I)


_DOWNED_IT_HINTS = ("it down", "intercepted it", "destroyed it", "neutralised it", "neutralized it", "downed it")
_DOWN_AFTER = re.compile(r"\s+down\b", _I)


def _shot_down(text: str, link: _Link | None, end: int, s1: int) -> _Link | None:
    """"shot one of them down", "shot two drones down": "shot" with "down" after its
    object downs what it names, it does not fire it."""
    if link is not None and link.kind == "launched" and link.verb.lower() == "shot" and _DOWN_AFTER.match(text, end, s1):
        return replace(link, kind="intercepted")
    return link


_LIST_GOES_ON = re.compile(r",\s|\s+and\s")


def _mid_list(text: str, state: _State, pending: list[_Pending], start: int, np_end: int, s1: int) -> bool:
    """Whether a munition told with its article (at `start`) is a middle item of a list
    whose item before was a munition too: "fired two rockets, a missile and three
    drones" (a person's ", a father of three" is no munition)."""
    if not text.endswith(", ", 0, start) or _LIST_GOES_ON.match(text, np_end, s1) is None:
        return False
    if pending:
        return pending[-1].end == start - 2 and pending[-1].family == "munition"
    return bool(state.facts) and state.facts[-1].end == start - 2 and state.facts[-1].kind in MUNITION_KINDS


def _victim_np(doc: Document, sent: Sentence, a: numbers.Amount, start: int, end: int,
               np_end: int, obj: str | None, pending: list[_Pending], fate: str | None = None) -> list[Fact]:
    """`fate`: an adjective before the noun that tells it ("dead", "wounded")."""
    text = doc.text
    s0, s1 = sent.start, sent.end
    if _REPORTED_WRONGLY.match(text, np_end, s1):
        return []  # "two people initially reported dead were alive": a toll taken back
    if _FOR_SHOCK_AFTER.match(text, np_end, s1):
        return []  # "treated three people for shrapnel wounds ... and 11 people for anxiety"
    if _SPEAKS_AFTER.match(text, np_end, s1):
        return []  # "killing seven soldiers and wounding 12, two security officials told AFP": sources
    who = text[start:np_end]
    if _SPEECH_IN_NP.search(who):
        return []  # "A resident of Djibo reached by phone said": the group's name ran on to a speaker's verb
    right = _right(text, np_end, s1)
    # (a verb of flight is no fate: "About 20 wounded soldiers were flown to the capital")
    no_verb_after = right is None or right.kind in MUNITION_KINDS
    _kills_people(right, who)
    _fell_in_battle(text, right, s1)
    if right is not None and right.kind in CASUALTY_KINDS and not right.aux and _ACTIVE_OBJECT.match(text, right.end, s1):
        right = None
    if right is not None and _OF_THEM_AND.match(text, end, right.start):
        return []  # "sinking four of them and killing at least eight sailors": another verb's object  # "two gunmen killed five people": the gunmen are not the dead
    intro = _is_intro(text, start, s0)
    left = _left_unless(right, CASUALTY_KINDS, text, start, s0)
    _kills_people(left, who)  # "the army neutralised around fifty fighters"
    link = _choose(right, left, CASUALTY_KINDS)
    if link is not None and link.verb in ("lost", "losing") and link.start < start and (
            a.qualifier == "up_to" or _BOTH_FATES_AFTER.match(text, np_end, s1)
            or ((a.value or a.min or 0) >= 100 and _IN_A_DAY.search(text, np_end, s1))):
        # "Russia lost 1,130 personnel killed and wounded", "the enemy lost up to 160
        # servicemen", "lost 1,130 troops in past day": a military's daily losses, the dead
        # and the wounded in one figure ("lost 163 personnel in militant attacks" this year
        # are its dead)
        return []
    if link is not None and link.kind == "killed" and link.how == "toll" and fate is not None and (
            fate.lower() in ("injured", "wounded", "hurt")):
        # "the toll had risen to three injured people": a toll of the hurt, told by its noun
        link = replace(link, kind="injured")
    if link is not None and link.kind == "injured" and (
            bodies := _BODIES_OF.search(text, max(s0, start - 16), start)) is not None:
        # "The bodies of four people were taken to the hospital": dead, wherever taken
        link = _Link("killed", bodies.start(), start, how="active", verb="bodies of")
    if link is not None and a.article and link.verb.startswith("for ") and " and " in text[max(s0, start - 30) : link.start]:
        link = None  # "treated a man, 48, and a woman, 30, for light wounds": one of a pair
    if link is None:
        kind = "killed" if fate is not None and fate.lower() == "dead" else "injured"
        if fate is not None and no_verb_after and (kind == "killed" or not a.article):
            # "a dead driver and two wounded passengers": the adjective tells their fate ("a
            # wounded constable told reporters" is most often one counted already)
            return [_make(text, kind, a, start, np_end, obj, f"casualty.{kind}.adjective", "subject")]
        if not a.article or (intro and _AND_FIGURE_AFTER.match(text, np_end, s1)) or (
                not intro and _COUNTED_PLURAL_BEFORE.search(text, max(s0, start - 60), start)):
            # ("among them a boy and two soldiers": a list item; "including a woman" alone
            # names one of the counted, no breakdown; "killed 3 soldiers and a civilian": the
            # last item of a list, waiting for the list's verb like a figure)
            pending.append(_Pending(a, start, np_end, "casualty", obj, intro))
        return []
    if (intro and a.article and link.start > start and _INCLUDING_BEFORE.search(text, max(s0, start - 14), start)
            and not _AND_FIGURE_AFTER.match(text, np_end, s1)):
        return []  # "three people, including a passer-by, had been brought": one of the counted
    if intro and link.start > start and _severity_only(a, link, True):
        return []  # "The injured, among them a constable in critical condition": how badly
    if a.article and link.start > start and _WHO_WERE.match(text, np_end, link.start):
        return []  # "two workers, an Indian and a Bangladeshi national, who were treated": the pair's verb
    lo, hi = min(start, link.start), max(np_end, link.end)
    how = link.how if link.start < start else ("passive" if link.aux else "subject")
    if intro:
        how = "breakdown"
    return [_make(text, link.kind, a, lo, hi, obj, f"casualty.{link.kind}.{how}", how)]


_ANOTHER_SUBJECT = re.compile(
    # (not "all of which he said were intercepted": what is said of them is their fate)
    r"\s+(?:it|he|she|they|we|police|officials)\s+(?:described|called|identified|named|considered|labell?ed)\b", _I)
_WHAT_THEY_HAD = re.compile(
    r"\s+(?:carried|carry|carrying|contained|contain|weighed|bore|were\s+(?:equipped|armed|loaded|fitted|packed)|"
    r"was\s+(?:equipped|armed|loaded|fitted|packed))\b", _I)
# a rate closes the set before the part: "6,000 drones a year, many of which"
# (not "810 drones in a day, 747 of which were shot down": that day's total)
_PER_PERIOD_BEFORE = re.compile(r"(?<!\bin\s)\b(?:a|per|each|every)\s+(?:year|month|week|day)\s*,\s*\Z|\bannually\s*,\s*\Z", _I)


def _partitive(doc: Document, sent: Sentence, state: _State, a: numbers.Amount, start: int,
               end: int, part: re.Match[str], pending: list[_Pending]) -> list[Fact]:
    """'13 of the projectiles were shot down', 'one of them hit', 'two of whom died'."""
    text = doc.text
    s0, s1 = sent.start, sent.end
    if _SPEAKS_AFTER.match(text, part.end(), s1):
        return []  # '"... more than 20 were wounded," one of the officers said': who says so
    if (part.group("pron") or "").lower() == "which" and _THINGS_BEFORE.search(text, max(s0, start - 60), start):
        return []  # "six vessels targeted, three of which were hit": a part of the vessels
    if _PER_PERIOD_BEFORE.search(text, max(s0, start - 25), start):
        return []  # "can produce around 6,000 drones a year, many of which are launched at cities": a habit
    if part.group("pron") is not None and (_WHAT_THEY_HAD.match(text, part.end(), s1)
                                            or _ANOTHER_SUBJECT.match(text, part.end(), s1)):
        # "neutralized 27 drones, 6 of which carried more than 2 kilograms": what they bore;
        # "killed two members, one of whom it described as a commander": who they were
        return []
    if a.zero and (could := _COULD_BE_STOPPED.match(text, part.end(), s1)) is not None:
        # "two missiles, neither of which could be intercepted": none was
        cls0 = _munition_class(text, _sub(part, "mun"), part.start("mods")) if part.group("mun") else _carried(state, start)
        if cls0 is not None:
            return [_make(text, "intercepted", a, start, could.end(), cls0, "count.partitive", "partitive")]
    right = _main_verb(text, _right(text, part.end(), s1), s1) or _past_appositive(text, part.end(), s1)
    allowed = MUNITION_KINDS + CASUALTY_KINDS + ("miss",)
    link = _shot_down(text, _choose(right, _left_unless(right, allowed, text, start, s0), allowed), part.end(), s1)
    if link is None and part.group("vic") is not None:
        loss = _LOSS_OF.search(text, max(s0, start - 14), start)
        if loss is not None:
            # a commander's "the loss of 11 of our soldiers": his dead
            link = _Link("killed", loss.start(), loss.end(), how="object", verb="loss of")
    if part.group("vic") is not None:
        _fell_in_battle(text, link, s1)
    if part.group("vic") is not None or (part.group("pron") is not None and _fighters_named_last(text, s0, start)):
        # "neutralising 31 of the attackers", "pursued the fleeing terrorists and
        # neutralised 17 of them": people, so the verb kills
        _kills_people(link, part.group())
    if part.group("mun") is not None:
        cls: str | None = _munition_class(text, _sub(part, "mun"), part.start("mods"))
    else:
        cls = None
    vic_obj = _victim_object(text[part.start("mods") : part.end()], None) if part.group("vic") else None
    if part.group("hurt") is not None or part.group("dead") is not None:
        # a subset of the wounded counts when the verb tells a new fate ("later died"), or
        # as a breakdown when it names who they were ("seven of the dead were port
        # workers"); "three of the injured were in critical condition" restates them
        if part.group("hurt") is not None and link is not None and link.kind == "killed":
            lo, hi = min(start, link.start), max(part.end(), link.end)
            return [_make(text, "killed", a, lo, hi, None, "casualty.killed.partitive", "partitive")]
        copula = _COPULA.match(text, part.end(), s1)
        who = _HEAD.match(text, copula.end(), s1) if copula else None
        if who is None or who.group("vic") is None:
            return []
        kind = "killed" if part.group("dead") is not None else "injured"
        obj = _victim_object(text[who.start("mods") : who.end()], None)
        out = [_make(text, kind, a, start, who.end(), obj, f"casualty.{kind}.breakdown", "breakdown")]
        if (more := _AND_FIGURE_WERE.match(text, who.end(), s1)) is not None and (
                (whom := _HEAD.match(text, more.end(), s1)) is not None and whom.group("vic") is not None):
            # "19 of the dead were children and nine were women": the next part, its set told once
            n = numbers.find(text[more.start("n") : more.end("n")])
            if n and n[0].value:
                out.append(_make(text, kind, n[0], more.start("n"), whom.end(),
                                 _victim_object(text[whom.start("mods") : whom.end()], None),
                                 f"casualty.{kind}.breakdown", "breakdown"))
        return out
    if link is None and part.group("mun") is not None and (nxt := _AND_PART_AFTER.match(text, part.end(), s1)):
        # "61 of the drones and one of the missiles had been shot down": the verb after the
        # second part is the first's too
        link = _main_verb(text, _right(text, nxt.end(), s1), s1)
        if link is not None and link.kind not in ("intercepted", "impacted"):
            link = None
    if link is None:
        # "eight of them contractors": a breakdown waiting for the total before it
        tail = _TAIL_NOUN.match(text, part.end(), s1)
        obj = vic_obj or (tail.group("w") if tail and part.group("pron") else None)
        family = "munition" if cls else ("casualty" if part.group("vic") else None)
        pending.append(_Pending(a, start, tail.end() if tail else part.end(), family, cls or obj, True))
        return []
    if link.kind == "miss" or _severity_only(a, link, True) or (
            link.kind == "injured" and link.verb.startswith("with ") and link.start > start
            and _HURT_OR_TREATED.search(text[max(s0, start - 80) : start].lower())) or (
            # ("wounding 14 people; 3 of them are seriously injured": how badly some are hurt)
            link.kind == "injured" and link.start > start and part.group("pron")
            and _SEVERELY_GAP.search(text, part.end(), link.start)):
        # "two of them in critical condition", "two others injured, one of them with serious
        # burns": how some of the hurt are hurt
        return []
    lo, hi = min(start, link.start), max(part.end(), link.end)
    if link.kind in CASUALTY_KINDS:
        if cls is not None:
            return []
        return [_make(text, link.kind, a, lo, hi, vic_obj, f"casualty.{link.kind}.partitive", "partitive")]
    if part.group("vic") is not None:
        return []
    if cls is None:
        cls = _carried(state, start)
        if cls is None:
            return []
    link = _drop_is_hit(text, link, cls, start)
    if link is None or _no_damage(text, a, link):
        return []
    if link.kind in ("intercepted", "impacted") and link.start > start and _OR_OTHER_FATE_AFTER.match(text, link.end, s1):
        return []  # "all but one of the missiles were intercepted or fell short": two fates, no figure for either
    if link.kind == "launched" and link.start > start and link.verb.lower().startswith(_COURSE_VERBS):
        return []  # "11 over the Moscow region, five of which were flying towards the capital": where some went
    r = _resolve_ref(a, state, link.kind, start, cls)
    if a.ref == "all" and part.group("pron") is not None and part.group("pron").lower() == "which" and (
            _MUNITION_BEFORE_COMMA.search(text, max(s0, start - 40), start)):
        # "fired about 85 missiles ..., plus about 40 drones, all of which were
        # intercepted": the set the relative hangs on, not the sentence's first launch
        # (none when that set has no figure: "plus drones, all of which")
        just = _set_just_before(text, s0, start)
        if just is None:
            return []
        n, cls = just
        if a.but:  # "six drones, all but one of which were neutralised": five
            if n.qualifier != "exact" or n.value is None or n.value <= a.but:
                return []
            n = replace(n, value=n.value - a.but, min=n.value - a.but, max=n.value - a.but)
        r = replace(n, start=a.start, end=a.end, text=a.text, number_start=a.start)
    if r is None:
        return []
    return [_make(text, link.kind, r, lo, hi, cls, "count.partitive", "partitive")]


_COMMA_BEFORE = re.compile(r"\s*,\s*\Z")
_MUNITION_BEFORE_COMMA = re.compile(rf"(?<![\w-])(?:{_MUN_ALT})\s*,\s*\Z", _I)


def _set_just_before(text: str, s0: int, start: int) -> tuple[numbers.Amount, str] | None:
    """The counted munition that ends right before ", all of which" at `start`, with its
    class: "plus about 40 drones, all of which" (about 40 drones)."""
    comma = _COMMA_BEFORE.search(text, max(s0, start - 6), start)
    if comma is None:
        return None
    off = max(s0, comma.start() - 80)
    amounts = numbers.find(text[off : comma.start()])
    if not amounts:
        return None
    n = amounts[-1]
    head = _HEAD.match(text, off + n.end, comma.start())
    if n.value is None or head is None or head.group("mun") is None or head.end() != comma.start():
        return None
    cls = _munition_class(text, _sub(head, "mun"), head.start("mods"))
    if len(amounts) >= 2 and (first := amounts[-2]).value is not None and (
            (pair := _HEAD.match(text, off + first.end, off + n.start)) is not None
            and pair.group("mun") is not None and _PLAIN_AND.fullmatch(text, pair.end(), off + n.start)
            and _munition_class(text, _sub(pair, "mun"), pair.start("mods")).split()[-1] == cls.split()[-1]):
        # "using 8 strategic drones and 14 suicide drones, all of which": both, one munition
        total = first.value + n.value
        n = replace(n, value=total, min=total, max=total)
    return n, cls


_COURSE_VERBS = ("flying", "flew", "heading", "headed")
_COULD_BE_STOPPED = re.compile(r"\s+(?:could|can)\s+be\s+(?:intercepted|shot\s+down|downed|stopped)\b", _I)


# "failing to stop any of the missiles", "could not shoot down any of them": none intercepted
_NONE_STOPPED = re.compile(
    r"\b(?:fail(?:ed|ing|s)?\s+to|could\s+not|couldn['’]t|did\s+not|didn['’]t|(?:was|were)\s+unable\s+to|"
    # ("the air force said it had not been able to intercept either missile")
    r"(?:had|has|have|was|were)\s+not\s+(?:been\s+)?able\s+to)\s+"
    r"(?:stop|intercept|down|shoot\s+down|bring\s+down)\s+(?:any|either)\s+(?:of\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<mun>{_MUN_ALT}))|(?P<mun2>{_MUN_PLAIN}))(?![\w-])", _I)


def _none_stopped(text: str, s0: int, s1: int, state: _State) -> list[Fact]:
    out: list[Fact] = []
    for m in _NONE_STOPPED.finditer(text, s0, s1):
        mun = "mun" if m.group("mun") is not None else "mun2" if m.group("mun2") is not None else None
        if mun is not None:
            cls = _munition_class(text, _ANY_MUNITION.match(text, m.start(mun)), m.start(mun))
        else:
            cls = _carried(state, m.start())
        if cls is None:
            continue
        out.append(_fact(text, "intercepted", 0, 0, 0, "exact", cls, m.start(), m.end(), "count.intercept.none_stopped", "partitive"))
    return out


# A toll told against the one before it: "killing six people and wounding twice as many",
# "at least 19 ... and wounding double that number", "two dead and the same number wounded"
_TIMES_THAT = r"(?P<m>twice\s+as\s+many|double\s+that(?:\s+number|\s+figure)?|the\s+same\s+number)"
_RELATIVE_TOLL = re.compile(
    rf"\b(?P<v1>wounding|injuring|killing|wounded|injured|hurt|killed)\s+{_TIMES_THAT}"
    rf"|{_TIMES_THAT.replace('?P<m>', '?P<m2>')}\s+(?:(?:were|was|had\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?P<v2>wounded|injured|hurt|killed|suffered\s+(?:\w+\s+)?(?:burns|injuries|wounds))\b", _I)


def _sentence_before_start(state: _State, pos: int, s0: int) -> int:
    """Where the sentence before the one holding `pos` starts (`s0` for the first)."""
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    return state.sentence_starts[j - 1] if j >= 1 else s0


def _relative_toll(text: str, s0: int, s1: int, state: _State, new: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    for m in _RELATIVE_TOLL.finditer(text, s0, s1):
        verb = (m.group("v1") or m.group("v2")).lower()
        kind = "killed" if verb.startswith("kill") else "injured"
        # the figure it is told against: the last casualty figure before it, in this
        # sentence or the one before
        lo = _sentence_before_start(state, m.start(), s0)
        before = [f for f in (*state.facts[-12:], *new) if f.kind in CASUALTY_KINDS and lo <= f.start < m.start()
                  and (f.value is not None or f.min is not None)]
        if not before:
            continue
        base = max(before, key=lambda f: f.start)
        times = 1 if "same" in (m.group("m") or m.group("m2")).lower() else 2
        if base.value is not None:
            v = base.value * times
            out.append(_fact(text, kind, v, v, v, base.qualifier or "exact", None, m.start(), m.end(),
                             f"casualty.{kind}.relative", "toll"))
        elif base.qualifier in ("at_least", "more_than") and base.min is not None:
            out.append(_fact(text, kind, None, base.min * times, None, base.qualifier, None, m.start(), m.end(),
                             f"casualty.{kind}.relative", "toll"))
    return out


# A device told as dropped is a drone's bomb ("14 explosive devices were dropped", "the
# drones dropped six explosive devices"); a device alone is most often planted, and no count
# (and a charge, as Colombia's reports tell what drones drop: "used drones to drop at least
# 12 explosive charges on the station"; "charges" alone may be a court's)
_DEVICES = r"(?:improvised\s+)?(?:explosive\s+)?(?:devices|artefacts|artifacts)|explosive\s+charges"
_DEVICE_FIGURE = r"(?:(?:at\s+least|about|around|some|more\s+than|nearly|over)\s+)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)"
_DROPPED_DEVICES = re.compile(
    rf"\b(?P<a>{_DEVICE_FIGURE})\s+(?:{_DEVICES})\s+(?:were|had\s+been|have\s+been)\s+dropped\b(?!\s+off\b)"
    rf"|\bdrop(?:ped|ping|s)?\s+(?P<b>{_DEVICE_FIGURE})\s+(?:{_DEVICES})\b(?!\s+off\b)", _I)


def _dropped_devices(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    out: list[Fact] = []
    for m in _DROPPED_DEVICES.finditer(text, s0, s1):
        g = "a" if m.group("a") is not None else "b"
        amounts = numbers.find(m.group(g))
        if not amounts or (amounts[0].value is None and amounts[0].min is None) or taken.overlaps(m.start(), m.end()):
            continue
        n = amounts[0]
        out.append(_fact(text, "launched", n.value, n.min, n.max, n.qualifier or "exact", "bomb", m.start(), m.end(),
                         "count.launch.dropped_devices", "object"))
    return out


# "fired three anti-ship missiles at the carrier, striking the vessel once": how many of the
# launch hit, told by how often the target was struck
_STRUCK_TIMES = re.compile(
    r"\b(?:striking|hitting)\s+(?:it|her|the\s+(?:[\w-]+\s+){0,2}?(?:vessel|ship|tanker|carrier|freighter|"
    r"boat|building|base|plant|refinery|terminal))\s+(?P<n>once|twice|(?:three|four|five)\s+times)\b", _I)
_TIMES = {"once": 1, "twice": 2, "three": 3, "four": 4, "five": 5}


def _struck_times(text: str, s0: int, s1: int, state: _State, new: list[Fact]) -> list[Fact]:
    """count.impact.times: the hits of a launch told earlier in the sentence, with its
    figure or without ("fired missiles and drones at a tanker, striking it once")."""
    out: list[Fact] = []
    for m in _STRUCK_TIMES.finditer(text, s0, s1):
        n = _TIMES[m.group("n").split()[0].lower()]
        launch = [f for f in new if f.kind == "launched" and f.end <= m.start()]
        i = bisect.bisect_left(state.starts, m.start())
        if launch and (launch[-1].max or launch[-1].min or n) >= n:
            obj = launch[-1].object
        elif not launch and i > 0 and state.mentions[i - 1][0] >= s0 and (n == 1 or (
                (mm := _ANY_MUNITION.match(text, state.mentions[i - 1][0])) is not None and _is_plural(mm.group()))):
            obj = state.mentions[i - 1][1]  # the munitions the sentence names before (one hits once)
        else:
            continue
        out.append(_fact(text, "impacted", n, n, n, "exact", obj, m.start(), m.end(),
                         "count.impact.times", "coordinated"))
    return out


# "A military drone struck a crowded livestock market three times", "RSF drones hit El
# Obeid hospital three times": the hits a munition (or its carrier) made, counted by the
# times the target was struck
_HIT_TIMES = re.compile(
    r"\b(?P<verb>struck|hit|hits|strikes)\s+[^,.;:\d]{1,60}?\s+(?P<n>twice|(?:three|four|five)\s+times)\b", _I)


def _hit_times(text: str, s0: int, s1: int, new: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    for m in _HIT_TIMES.finditer(text, s0, s1):
        mun = _ANY_MUNITION.search(text, max(s0, m.start() - 60), m.start())
        if mun is None or any(f.kind == "launched" and f.end <= m.start() for f in new):
            continue  # (a launch told before has its hits counted by _struck_times' shape)
        n = 2 if m.group("n").lower() == "twice" else _TIMES[m.group("n").split()[0].lower()]
        cls = _munition_class(text, mun, mun.start())
        out.append(_fact(text, "impacted", n, n, n, "exact", cls, mun.start(), m.end(), "count.impact.hit_times", "coordinated"))
    return out


# One munition told with its article, then downed as "it": "detected an incoming drone
# and neutralised it", "spotted a missile and shot it down"
_DOWNED_IT = re.compile(
    rf"\b(?P<np>an?\s+(?:[\w-]+\s+){{0,2}}?(?:{_MUN_PLAIN}))\s+and\s+(?:then\s+|later\s+|quickly\s+|successfully\s+)?"
    r"(?:(?:shot|brought|took)\s+it\s+down|(?:intercepted|destroyed|neutrali[sz]ed|downed|engaged\s+and\s+destroyed)\s+it)\b", _I)


def _downed_it(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    """count.intercept.it: the one munition a sentence names, downed as "it"."""
    out: list[Fact] = []
    for m in _DOWNED_IT.finditer(text, s0, s1):
        if taken.overlaps(m.end("np"), m.end()) or _ON_GROUND.match(text, m.end(), s1):
            continue  # ("found a missile and destroyed it on the ground": never fired)
        mun = _ANY_MUNITION.search(text, m.start("np"), m.end("np"))
        cls = _munition_class(text, mun, mun.start()) if mun is not None else None
        out.append(_fact(text, "intercepted", 1, 1, 1, "exact", cls, m.start(), m.end(), "count.intercept.it", "subject"))
    return out


# A place hit a number of times: "the city was hit \"at least 17 times\" overnight"
# (`numbers` reads no figure before "times", a multiplier in most texts)
_WAS_HIT_TIMES = re.compile(
    rf"\b(?:was|were|been|being)\s+(?:hit|struck)\s+[\"“]?(?:(?P<qual>at\s+least|more\s+than|over|about|around|nearly|some)\s+)?"
    rf"(?P<n>{_FIG})\s+times\b", _I)

_SINCE_AFTER = re.compile(r"\s+(?:since|so\s+far|this\s+(?:year|month|week)|in\s+(?:the\s+)?(?:past|last)|over\s+the\s+(?:past|last))\b", _I)
_PERSON_BEFORE = re.compile(rf"\b(?:he|she|i|who|victim|{_VIC_PLAIN})\s+(?:had\s+)?\Z", _I)
# ("hit three times more often than last year", "struck four times by rubber bullets")
_NOT_HITS_AFTER = re.compile(r"\s+(?:more|less|as|higher|by\s+(?:\w+\s+)?(?:bullets|gunfire|fire|shots))\b", _I)
_BODY_PART_AFTER = re.compile(r"[^.;,]{0,20}?\b(?:in|on)\s+(?:the|his|her)\s+(?:\w+\s+)?"
                              r"(?:legs?|arms?|chest|head|back|neck|stomach|abdomen|shoulders?|body|face)\b", _I)


def _was_hit_times(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    """count.impact.place_times: the hits a place took, told as a number of times (what a
    monitor or an official counts when the munitions are not told)."""
    out: list[Fact] = []
    for m in _WAS_HIT_TIMES.finditer(text, s0, s1):
        n = numbers.word_value(m.group("n"))
        if not n or n == 1 or taken.covers(m.start("n")):
            continue
        if _PERSON_BEFORE.search(text, max(s0, m.start() - 12), m.start()) or _BODY_PART_AFTER.match(text, m.end(), s1):
            continue  # "he was hit three times in the leg": shots at a person
        if _SINCE_AFTER.match(text, m.end(), s1) or _NOT_HITS_AFTER.match(text, m.end(), s1):
            continue  # "the ports have been hit 11 times since November": a running tally, or a comparison
        value, lo, hi, qual = numbers.bounds(m.group("qual"), n)
        out.append(_fact(text, "impacted", value, lo, hi, qual, "projectile", m.start(), m.end(),
                         "count.impact.place_times", "subject"))
    return out


# "A woman was killed and her teenage son hurt": a second victim whose auxiliary the
# first one's clause gave
_GAPPED_ONE = re.compile(
    rf"\b(?:was|were)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\s+and\s+"
    rf"(?P<np>(?:his|her|their|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_VIC_PLAIN}))"
    rf"\s+(?:(?:also|was)\s+)?(?:\w+ly\s+)?(?P<v>killed|wounded|injured|hurt)\b", _I)
_NOT_ONE = frozenset(("men", "women", "children", "people", "police", "personnel", "staff", "crew", "elderly"))


def _gapped_one(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    """casualty.<kind>.gapped_one: one more victim, told with the verb alone."""
    out: list[Fact] = []
    for m in _GAPPED_ONE.finditer(text, s0, s1):
        noun = m.group("noun").lower()
        if noun.endswith("s") or noun in _NOT_ONE or taken.overlaps(m.start("np"), m.end()):
            continue
        kind = "killed" if m.group("v").lower() == "killed" else "injured"
        out.append(_fact(text, kind, 1, 1, 1, "exact", _victim_object(m.group("noun"), None), m.start("np"), m.end(),
                         f"casualty.{kind}.gapped_one", "coordinated"))
    return out


_OF_SET_NEXT = re.compile(r"\s+of\s+(?:them|these|those|which|whom)\b", _I)


def _of_opens_set(text: str, s0: int, s1: int, amounts: list[numbers.Amount]) -> list[numbers.Amount]:
    """"A couple of them hit a house": the "of" opens the set the figure is a part of,
    which the partitive rules read, so the figure ends before it."""
    return [replace(a, end=a.end - 3, text=a.text[:-3]) if a.text.lower().endswith(" of") and a.value is not None
            and _OF_SET_NEXT.match(text, s0 + a.end - 3, s1) else a for a in amounts]


def _shares(text: str, s0: int, s1: int, state: _State, amounts: list[numbers.Amount]) -> list[numbers.Amount]:
    """"One in three fell on residential streets": a share of the set told before, one
    figure instead of two, what the share comes to when that set's figure is exact and
    splits so, else vague."""
    for m in _ONE_IN_N.finditer(text, s0, s1):
        lo, hi = m.start() - s0, m.end() - s0
        launch = _last_launch(state, m.start())
        n, d = (numbers.word_value(g) for g in m.groups())
        share = None
        if launch is not None and launch.value and launch.qualifier == "exact" and n and d and launch.value * n % d == 0:
            share = launch.value * n // d
        amounts = [a for a in amounts if not lo <= a.start < hi] + [numbers.Amount(
            lo, hi, text[m.start() : m.end()], share, share, share, "exact" if share else "vague", number_start=lo)]
    return sorted(amounts, key=lambda a: a.start)


_ONE_IN_N = re.compile(r"\b(one|two|three|\d{1,2})\s+in\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b", _I)


# "destroyed 11 drones out of 14 launched at Atbara": the whole, after the part and its noun
_OUT_OF_LAUNCHED = re.compile(
    rf"(?:\b(?P<p>\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){{0,2}}?)?(?<![\w-])(?P<mun>{_MUN_ALT})\s+out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
    # (or the set named again: "shoot down 11 drones out of 14 drones that were targeting the port")
    rf"(?:(?:(?:that|which)\s+(?:were|had\s+been)\s+)?(?:launched|fired|sent)\b|(?:{_MUN_PLAIN})(?![\w-]))", _I)


def _out_of_launched(text: str, s0: int, s1: int) -> list[Fact]:
    out: list[Fact] = []
    for m in _OUT_OF_LAUNCHED.finditer(text, s0, s1):
        n = numbers.word_value(m.group("n").replace(",", ""))
        if n is None:
            continue
        cls = _munition_class(text, _ANY_MUNITION.match(text, m.start("mun")), m.start("mun"))
        out.append(_fact(text, "launched", n, n, n, "exact", cls, m.start("n"), m.end(), "count.launch.out_of", "ratio"))
        part = numbers.word_value(m.group("p").replace(",", "")) if m.group("p") else None
        link = _right(text, m.end(), s1)
        if part and part < n and link is not None and link.kind in ("intercepted", "impacted"):
            # "Eleven drones out of 14 launched were downed": the part's verb after the whole
            out.append(_fact(text, link.kind, part, part, part, "exact", cls, m.start("p"), link.end,
                             f"count.{_KIND_VERB[link.kind]}.out_of", "ratio"))
    return out


# A count told, then moved with no noun of its own: "Officials reported four dead. By
# midday the figure stood at nine" (nine dead)
_MOVED_NOUN_HINTS = ("figure", "number", "count", "tally", "total", "toll")
_MOVED_FIGURE_HINTS = ("stood", "stands", "rose", "risen", "climbed", "jumped", "increased", "reached", "grew", "bring",
                       "take", " is ", " was ", "raising", "revising", "updating", "lowering", "correcting")
_FIGURE_MOVED = re.compile(
    r"\b(?:the|that|this)\s+(?:figure|number|count|tally)\s+(?:(?:had|has|later|then|since|now|subsequently)\s+){0,2}"
    r"(?:stood|stands|rose|risen|climbed|jumped|increased|reached|grew)(?:\s+to|\s+at)?(?=\s)"
    # a correction's "The correct figure is 13", "The regional administration's figure was 13"
    # (not "Last year's figure was 120": a figure of another time)
    r"|\b(?:the|its|their|(?!(?:year|week|month|night|day|today|yesterday|decade)['’]s)[\w.-]+['’]s)\s+"
    r"(?:(?:correct|actual|real|own|latest|revised|official|final)\s+)?"
    r"(?:figure|number|count|tally)\s+(?:is|was)(?=\s)"
    # ("Three more were later treated ..., bringing the total to six", "This takes the
    # day's tally to 14")
    r"|\b(?:bring|take)(?:ing|s)?\s+(?:the|its|their)\s+(?:(?:day|night|week)['’]s\s+)?(?:total|tally|count|number)"
    # ("That brings the total since Friday night to 64")
    r"(?:\s+(?:since|so\s+far|for)\b[^.;,\d]{0,30}?)?\s+to(?=\s)"
    # (the figure before a revision: "killed five people, the monitor said, raising its
    # earlier count of three")
    r"|\b(?:raising|revising|updating|lowering|correcting)\s+(?:its|their|the)\s+(?:earlier|previous|initial|first)\s+"
    r"(?:figure|number|count|tally|toll)\s+of(?=\s)", _I)


def _counts_told_before(state: _State, s0: int, pos: int, new: list[Fact] | None = None) -> list[Fact]:
    """The counts kept from the sentence before the one at `s0` up to `pos` (and those of
    `new`, this sentence's so far)."""
    lo = _sentence_before_start(state, s0, s0)
    return [f for f in (*state.facts[-12:], *(new or ())) if f.kind in MUNITION_KINDS + CASUALTY_KINDS and lo <= f.start < pos]


# A total's breakdown by place, a figure after each place and a dash: "with 71 drones and
# 38 munitions fired. Shebekino district — 29 drones, 17 munitions. Graivoron district — 22
# drones", "destroyed 41 drones overnight: Bryansk region — 15, Kursk region — 12"
_PLACE_DASH_ITEM = re.compile(
    r"\s*(?P<place>"
    # (or a day of a daily series: "Daily claims: Feb 6 — 96; Feb 7 — 143")
    r"(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?P<region>region|district|oblast|province|krai|republic|governorate|municipality|county|area))?)"
    r"\s+[—–-]\s+(?P<n>\d[\d,]*)(?:\s+(?P<noun>[a-z]+))?"
    # (a second figure of the same place: "Shebekino district — 29 drones, 17 munitions")
    r"(?:\s*,\s*(?P<n2>\d[\d,]*)\s+(?P<noun2>[a-z]+))?(?=\s*(?:[,;.]|$))")


def _place_items(text: str, s0: int, s1: int, state: _State, new: list[Fact]) -> list[Fact]:
    """count.<verb>.place_item: the parts by place of a count told just before, each
    taking its kind (and, without a noun of its own, its munition)."""
    out: list[Fact] = []
    taken = _taken(new)
    for m in _PLACE_DASH_ITEM.finditer(text, s0, s1):
        if text[s0 : m.start("place")].rstrip()[-1:] not in ("", ",", ";", ":", "."):
            continue  # (an item opens its sentence, or follows a mark: "overnight: Bryansk region — 15")
        before = _whole_before_items(state, s0, m.start(), new)
        for n, noun in (("n", "noun"), ("n2", "noun2")):
            if m.group(n) is None or taken.overlaps(m.start(n), m.end(n)):
                continue
            if m.group(noun) is None and m.group("region") is None and m.group("day") is None:
                continue  # "Temperatures: Moscow — 15": a bare name and figure may be anything
            value = int(m.group(n).replace(",", ""))
            if m.group(noun):
                # (the part's noun names which total it is of: "29 drones" of "71 drones")
                stem = m.group(noun)[:5]
                whole = [f for f in before if stem in f.text.lower()]
            else:
                whole = before
            if len({(f.kind, f.object) for f in whole}) != 1 or any(
                    f.value is not None and value > f.value for f in whole):
                continue
            told = whole[-1]
            if m.group(noun) is None and any(g.kind in CASUALTY_KINDS and told.end <= g.start < m.start()
                                             for g in (*state.facts[-24:], *new)):
                continue  # "41 drones overnight, killing eight people: Kharkiv region — 5": the dead by place
            start = m.start("place") if n == "n" else m.start(n)
            end = m.end(noun) if m.group(noun) else m.end(n)
            out.append(_fact(text, told.kind, value, value, value, "exact", told.object, start, end,
                             f"count.{_KIND_VERB[told.kind]}.place_item", "coordinated"))
    return out


def _whole_before_items(state: _State, s0: int, pos: int, new: list[Fact]) -> list[Fact]:
    """The munition counts a place's item is a part of: told earlier in its sentence or
    in the sentence before, past the sentences that are only items of places before it."""
    pool = [f for f in (*state.facts[-24:], *new) if f.kind in MUNITION_KINDS and f.start < pos]
    hi, lo = pos, _sentence_before_start(state, s0, s0)
    while True:
        told = [f for f in pool if lo <= f.start < hi]
        wholes = [f for f in told if not f.rule.endswith(".place_item")]
        if wholes or not told or lo == hi:
            return wholes
        hi, lo = lo, _sentence_before_start(state, lo, lo)


def _moved(text: str, before: list[Fact], n: numbers.Amount, start: int, end: int) -> Fact:
    """The count `before` told (of one kind), moved to the figure `n`."""
    # (the whole, not a part named after it: "killed five people, including two children")
    whole = [f for f in before if not f.rule.endswith(".breakdown")]
    told = (whole or before)[-1]
    rule = _rule_id(told.kind, "moved")
    return _fact(text, told.kind, n.value, n.min, n.max, n.qualifier or "exact", told.object, start, end, rule, "toll")


def _figure_moved(text: str, s0: int, s1: int, state: _State, new: list[Fact]) -> list[Fact]:
    """The new figure of the count told in the sentence before or earlier in this one,
    when it told one kind only ("four dead ... and 11 hurt. The figure later rose to 14"
    names no kind)."""
    m = _FIGURE_MOVED.search(text, s0, s1)
    if m is None:
        return []
    amounts = numbers.find(text[m.end() : s1])
    if not amounts or amounts[0].value is None or text[m.end() : m.end() + amounts[0].start].strip():
        return []
    before = _counts_told_before(state, s0, m.start(), new)
    if len({f.kind for f in before}) != 1:
        return []
    n = amounts[0]
    end = m.end() + n.end
    if any(f.start < end and m.end() < f.end for f in new):
        return []  # ("the total rose to 15 drones": the figure's own noun told it already)
    if _SHARE_AFTER.match(text, end, s1):
        return []  # "the figure rose to 14 percent": a share, no count
    return [_moved(text, before, n, m.start(), end)]


_SHARE_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)", _I)


_DAMAGE_VERB = re.compile(r"caused\s+damage|damaged", _I)


def _drop_is_hit(text: str, link: _Link, cls: str, start: int) -> _Link | None:
    """"Two were shot down; the other two dropped mortar shells", "Two of them dropped
    bombs in the compound": drones counted before that reached their target and let go of
    their load hit it. None when the load is counted ("the third dropped two explosives"):
    the drone only carried what was launched, and the load's own figure tells of it."""
    if link.kind == "launched" and cls == "drone" and link.start > start and link.verb.startswith("drop"):
        if _COUNTED_LOAD.match(text, link.end):
            return None
        return _Link("impacted", link.start, link.end, aux=link.aux, how=link.how, verb=link.verb)
    return link


# ("dropped a total of seven mortar shells": the total is counted as well)
_COUNTED_LOAD = re.compile(r"\s+(?:a\s+total\s+of\s+|at\s+least\s+|about\s+|some\s+)?"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s", _I)


def _no_damage(text: str, a: numbers.Amount, link: _Link) -> bool:
    """'None of them caused damage': harmless, but not said to have landed nowhere, so
    no impacted 0 (a figure that did cause damage did land: 'three damaged homes')."""
    return bool(a.zero and link.kind == "impacted" and _DAMAGE_VERB.fullmatch(text, link.start, link.end))


_NOUN_NEXT = re.compile(r"\s+(?:an?\s+|[A-Z])")
# "fired 40 shells at Qirtal and two neighbouring villages": a figure before a place
# noun counts targets, not munitions or people, and joins no list of counts
_OF_THEM_AND = re.compile(r"\s+of\s+(?:them|those|these|which)\s*,?\s+and\s", _I)
_DUD_AFTER = re.compile(r"\s+(?:(?:did\s+not|didn['’]t|failed\s+to)\s+(?:explode|detonate|go\s+off)|were\s+duds)\b", _I)
# ("of whom four later died": the figure's own verb, past an adverb)
_OWN_VERB_GAP = re.compile(r"\s?|\s+(?:later|since|subsequently|also|then|have|had)\s+", _I)
_PLACES_NEXT = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{lx.PLACE_PLURALS})\b", _I)


_SOURCES_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?sources\b", _I)
_FACILITY_AFTER = re.compile(rf"\s+(?:{FACILITY_WORDS})\b", _I)


def _bare(doc: Document, sent: Sentence, state: _State, a: numbers.Amount, start: int,
          end: int, pending: list[_Pending]) -> list[Fact]:
    """A figure with no noun: 'two fell on the airbase', 'the rest were intercepted',
    'killing 12', '3 dead'. Munition kinds borrow the munition named last."""
    text = doc.text
    s0, s1 = sent.start, sent.end
    if a.value is not None and 1900 <= a.value <= 2099 and a.text.isdigit():
        return []
    if _SUPERLATIVE_SET.match(text, end, s1):
        return []  # "killed 160 people, one of the deadliest attacks of the war"
    if _EVENTS_AFTER.match(text, end, s1):
        return []  # "struck 1,180 confirmed targets", "71 air strikes dropping ...": no munitions
    if a.ref is not None and _OTHER_PLURAL_AFTER.match(text, end, s1):
        return []  # "all targets had been hit": a set of something else than munitions or people
    if _DUD_AFTER.match(text, end, s1):
        return []  # "of which about a dozen did not explode": duds, no part of what hit
    if _WOUND_SITE_AFTER.match(text, end, s1):
        return []
    if _SOURCES_AFTER.match(text, end, s1):
        return []  # "killing 20 soldiers, two security sources and a local official said": who says so
    if a.ref == "one" and _FACILITY_AFTER.match(text, end, s1):
        return []  # "pulled from the rubble of the second building": which building, no count
    if a.ref is None and a.value and not _OF_SET_BEFORE.search(text, max(s0, start - 12), start) and (
            cop := _COPULA_MUNITION.match(text, end, s1)) is not None and (
            (mun := _ANY_MUNITION.match(text, cop.start("mun"))) is not None):
        # "Three were anti-ship ballistic missiles and four were drones": a launch told by type
        cls = _munition_class(text, mun, cop.start("mods"))
        return [_make(text, "launched", a, start, mun.end(), cls, "count.launch.copula", "breakdown")]
    right = _main_verb(text, _right(text, end, s1), s1) or _past_appositive(text, end, s1)
    if right is not None and right.kind == "injured" and not right.aux:
        died = _DIED_OF_WOUNDS.match(text, right.end, s1)
        if died is not None:
            # "three injured children had died": "injured" describes them; they died
            obj = _victim_object(text[right.end : died.end("vic")], None)
            return [_make(text, "killed", a, start, died.end(), obj, "casualty.killed.of_wounds", "subject")]
        if right.start == end + 1 and (die := _WOUNDED_DIE.match(text, right.end, s1)) is not None:
            # a headline's "two wounded die": the wounded who died
            return [_make(text, "killed", a, start, die.end(), None, "casualty.killed.of_wounds", "subject")]
    if right is not None and right.kind in CASUALTY_KINDS and not right.aux and _ACTIVE_OBJECT.match(text, right.end, s1):
        right = None
    if (right is not None and right.start == end + 1 and right.verb.lower() in ("injured", "wounded", "dead")
            and _UNKNOWN_PLURAL_AFTER.match(text, right.end, s1)):
        return []  # "missing three injured starters": an adjective of a noun of no victims
    # ("since October 2023: 71,126 martyrs and 171,309 injuries", "19 wounded, of whom two
    # died on arrival": a verb or a noun of the dead or hurt right after the figure is the
    # figure's own, not a list's verb to wait for)
    # (a part of the hurt told how badly is no count: "2 men were injured: one has shrapnel
    # wounds")
    intro = _is_intro(text, start, s0) and not (right is not None and _OWN_VERB_GAP.fullmatch(text, end, right.start) and (
        right.verb.lower() in _TOLL_NOUNS or right.kind in ("killed", "impacted", "intercepted", "miss"))) and not (
        # ("fired 30 rockets, including five that landed inside the city": the part's own fate)
        right is not None and right.kind in ("impacted", "intercepted") and _REL_GAP.fullmatch(text, end, right.start))
    nxt_ok = bool(_BARE_NEXT.match(text, end, s1))
    # a verb right after a bare figure is its own ("with 3 impacting")
    left = _left(text, start, s0) if right is None and nxt_ok else None
    if right is not None and right.kind == "injured" and not right.aux and right.verb.lower().startswith("in hospital"):
        # "death toll rises to seven in hospital": where the dead died, not seven hurt
        toll = _left(text, start, s0)
        if toll is not None and toll.kind == "killed" and toll.how == "toll":
            right, left = None, toll
    link = _choose(right, left, MUNITION_KINDS + CASUALTY_KINDS + ("miss",))
    if link is not None and link.verb in ("numbered", "numbering"):
        return []  # "the assailants, numbering about one hundred (100), came": how many they were
    if link is not None and link.how == "put_at" and link.verb == "tally":
        # "two people were injured; by evening the governor put the figure at five": the
        # figure of the count told before, when that told one kind (a launch when none)
        before = _counts_told_before(state, s0, link.start)
        if len({f.kind for f in before}) > 1:
            return []
        if before:
            return [_moved(text, before, a, link.start, end)]
    if link is None and _FOR_SHOCK_AFTER.match(text, end, s1):
        return []  # "treated 41 people: ... and 10 for acute anxiety": no wound, no count
    # (a list item's own "with ... wounds" is its verb: "treated 41 people: 12 with shrapnel
    # wounds, ...")
    if link is None or (intro and link.start > start and not link.aux and not link.verb.startswith("with ")):
        listed = intro or _NOUN_NEXT.match(text[end : end + 3]) or _AND_BEFORE.search(
            text, max(s0, start - 6), start)
        gapped = a.ref is None and _GAPPED_ITEM.match(text, end, s1) is not None
        if a.ref is None and (listed or gapped) and not _PLACES_NEXT.match(text, end, s1) and not (
                _OF_OTHER_SET.match(text, end, s1)) and not (
                # ("war material recovered, including 2 (two) pick-ups and 1 (one) machine
                # gun": what was seized, no part of the toll)
                intro and _MATERIEL_BEFORE.search(text, max(s0, start - 80), start)):
            # (not "23 were neutralised and two of their gun trucks destroyed": a part of
            # something the rules do not count)
            pending.append(_Pending(a, start, end, None, None, intro, bare=True, gapped=gapped))
        elif (a.ref == "rest" and link is None and _AND_BEFORE.search(text, max(s0, start - 6), start)
              and _REST_ITEM_AFTER.match(text, end, s1)):
            # "21 over Kursk region, nine over Bryansk region and the remainder over the
            # Sea of Azov": the last item of a list by place, the total less the others
            pending.append(_Pending(a, start, end, None, None, bare=True, gapped=True))
        elif link is None and a.ref is None:
            return _bringing_to(text, a, start, end, s0, s1)
        return []
    if link.kind == "miss" or _severity_only(a, link, lambda: _of_the_wounded_before(state, text, s0, s1, start)):
        return []
    if link.kind == "intercepted" and link.start > start and not link.aux and _MUNITION_OBJECT.match(text, link.end, s1):
        return []  # "Nets and jammers ... Neither stopped Wednesday's drone": the figure did the stopping
    if _fired_counted(text, link, start, s1):
        return []  # "the four, members of a cell ..., fired six 107mm Katyusha rockets": who fired them
    if link.kind in MUNITION_KINDS and link.start < start and _OF_OTHER_SET.match(text, end, s1):
        return []  # (a set of munitions would have been read as a partitive before this)
    lo, hi = min(start, link.start), max(end, link.end)
    if link.kind in CASUALTY_KINDS:
        if a.ref is not None and a.ref != "one":
            return []
        how = "bare" if link.start > start else link.how
        return [_make(text, link.kind, a, lo, hi, None, f"casualty.{link.kind}.{how}", "reference" if how == "bare" else how)]
    if a.ref == "one" and _ORDINAL_PAIR.match(text, end, s1):
        return []  # "destroying the second and third entrances": ordinals of something else
    if a.value == 1 and link.start > start and (own := _OWN_NOUN_BEFORE_VERB.match(text, end, s1)) and own.end() <= link.start:
        return []  # "One generating unit was destroyed": a thing of its own, no munition told before
    cls = _carried(state, start)
    if a.ref in ("most", "all") and link.start < start:
        # "intercepted most of a wave of drones": the set is named right after the
        # quantifier, so its munition is that one, whatever was named before
        of = _OF_SET_AFTER.match(text, end, s1)
        if of is not None:
            cls = _munition_class(text, _ANY_MUNITION.match(text, of.end()), of.end())  # type: ignore[arg-type]
    if cls is None:
        return []
    link = _drop_is_hit(text, link, cls, start)
    if link is None or link.kind == "launched" and (a.ref is not None or a.zero):
        return []
    if _no_damage(text, a, link):
        return []
    mixed = _rest_of_mixed(state, start, a) if a.ref == "rest" else None
    if mixed is not None:
        r, cls = mixed, "projectile"
    else:
        r = _resolve_ref(a, state, link.kind, start, cls)
    if r is None:
        return []
    rule = f"count.whole.{a.ref}" if a.ref else "count.reference"
    return [_make(text, link.kind, r, lo, hi, cls, rule, "whole" if a.ref else "reference")]


_REL_GAP = re.compile(r"\s+(?:that|which)\s+(?:(?:it|he|she|they|police|officials|the\s+[a-z]+)\s+(?:said|says)\s+)?"
                      r"(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?", _I)


def _of_the_wounded_before(state: _State, text: str, s0: int, s1: int, pos: int) -> bool:
    """Whether "of the wounded" stands in the sentence before `pos` (found once per
    sentence: a sentence of hundreds of figures asks for each)."""
    if state.wounded_at is None or state.wounded_at[0] != s0:
        m = _OF_THE_WOUNDED.search(text, s0, s1)
        state.wounded_at = (s0, m.end() if m is not None else -1)
    return 0 <= state.wounded_at[1] <= pos


def _severity_only(a: numbers.Amount, link: _Link, part_of_set: bool | Callable[[], bool]) -> bool:
    """'None of them is in critical condition', 'Of the wounded, three were in serious
    condition': how badly some of the wounded are hurt, not how many were hurt
    (`part_of_set()`: the figure is a part of a set named before it; asked last, as it
    may search the sentence up to the figure)."""
    if link.kind != "injured" or not (link.verb.startswith("in ") or _HAS_SEVERE.match(link.verb)):
        return False
    return a.zero or (part_of_set() if callable(part_of_set) else part_of_set)


# ("Of the three injured, one has serious burns": how badly one of them is hurt)
_HAS_SEVERE = re.compile(r"(?:has|have|had)\s+(?:\w+\s+){0,2}?"
                         r"(?:serious|severe|critical|grave|light|minor|moderate|life-threatening)\b", _I)
_SEVERELY_GAP = re.compile(r"\b(?:seriously|severely|critically|gravely|badly)\b", _I)
_TOLL_NOUNS = frozenset(("martyrs", "deaths", "fatalities", "dead", "injuries", "casualties"))
# (its noun may come first; or a year of birth alone: "The driver, born in 1979, received")
_APPOSITIVE = re.compile(
    r"(?:\s+[a-z-]+)?,\s+(?:(?:an?|the)\s+[^,.;:()]{1,40}|born\s+in\s+\d{4}"
    # ... or by rank and name: "One of the wounded soldiers, Pfc. Jomar Lagura, died"
    rf"|(?-i:{_RANKS}\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+)),", _I)


def _past_appositive(text: str, pos: int, s1: int) -> _Link | None:
    """The casualty verb after a person named between commas: "A third, a boy of about
    12, died of his wounds", "one of the injured workers, a 44-year-old fitter, had died"."""
    app = _APPOSITIVE.match(text, pos, s1)
    right = _right(text, app.end(), s1) if app is not None else None
    return right if right is not None and right.kind in CASUALTY_KINDS else None


_DIED_OF_WOUNDS = re.compile(
    rf"\s+(?P<vic>{_VIC_PLAIN})\s+(?:(?:had|have|has)\s+)?(?:later\s+|since\s+|subsequently\s+|also\s+)?"
    r"(?:died|succumbed)\b", _I)
_MATERIEL_BEFORE = re.compile(
    r"\b(?:materi[ae]l|weapons|arms|equipment|ammunition|recovered|seized|captured)\b[^.;:]{0,50}\Z", _I)
# "destroyed three of the group's combat vehicles": a part of a set that is no munition
_OF_OTHER_SET = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|[\w-]+['’]s)\s(?!(?:aerial\s+|air\s+)?(?:targets|objects)\b)", _I)
_OR_NEXT = re.compile(r"\s*,?\s+or\s+", _I)
_OR_OTHER_FATE_AFTER = re.compile(r"\s*,?\s+or\s+(?:\w+\s+)?(?:fell|landed|crashed|hit|struck|missed|failed|exploded)\b", _I)
_MUNITION_OBJECT = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_MUN_ALT})(?![\w-])", _I)
# (the set may carry its figure: "Of the three injured, one has serious burns")
_OF_THE_WOUNDED = re.compile(r"\b(?:of|among)\s+the\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b", _I)
_SUPERLATIVE_SET = re.compile(r"\s+of\s+the\s+(?:\w+est|most|worst|biggest|largest|single)\b", _I)
_ORDINAL_WORD = re.compile(rf"\b(?:{'|'.join(numbers.ORDINALS)})\b", _I)
# "most of a wave of drones", "all of an estimated 40 rockets": the set after a quantifier
_OF_SET_AFTER = re.compile(
    rf"\s+of\s+(?:the|these|those|its|their|an?)\s+(?:[\w-]+\s+){{0,4}}?(?=(?:{_MUN_ALT})(?![\w-]))", _I)
# A list that names the verb once and then only places: "Twenty-two were downed over
# the Bryansk region, eleven over Kursk and five over Oryol", "listing 12 over the
# Bryansk region, seven over the Kursk region".
# "in" as well: "30 were destroyed in the north, 21 in the east", "five were killed in
# Kharkiv, two in Odesa"; a place after it is a name or a compass point.
_GAPPED_ITEM = re.compile(
    # ("19 over the territory of the Kursk region": a ministry's translated wording)
    # (or after a dash: "15 — over the territory of the Kursk region")
    r"(?:\s+[—–])?\s+(?:over|above|in)\s+(?:the\s+)?(?:(?:territory|waters)\s+of\s+(?:the\s+)?)?(?:[A-Z]|(?:north|south|east|west|centre|center)(?:[a-z]*)\b)"
    # ... or a list by night or day: "184 drones on the night to Thursday, 207 overnight into
    # Friday and a further 18 during daylight hours on Friday"
    r"|\s+(?:overnight\s+into|during\s+(?:daylight|the\s+day|the\s+night)|on\s+the\s+night\s+(?:to|of|into))\b")
_GAPPED_GAP = re.compile(
    # (or where an item of the list flew: "six over the Moscow Region, including four
    # flying toward Moscow, five over the Tula Region")
    # (a translated list puts a dash first: "27 — over the territory of the Bryansk region, 15 — ...")
    r"(?:(?:\s+[—–])?\s+(?:over|above|in)\s+[^\d;:.]{1,100}?|\s+(?:flying|heading|headed)\s+(?:toward|towards|to|for)\s+[^\d;:.,]{1,60}?"
    r"|\s+(?:overnight\s+into|during\s+(?:daylight|the\s+day|the\s+night)|on\s+the\s+night\s+(?:to|of|into))\s+[^\d;:.,]{1,60}?)?"
    r"\s*(?:,|\band\b)\s*(?:and\s+)?(?:another\s+|a\s+further\s+)?", _I)


def _whole_np(doc: Document, sent: Sentence, state: _State, a: numbers.Amount, start: int,
              head: re.Match[str]) -> list[Fact]:
    """'The remaining rockets fell in open areas', 'all the drones were shot down': a
    whole set or its remainder named with its noun takes its figure from the launch."""
    text = doc.text
    s0, s1 = sent.start, sent.end
    if a.ref == "other" and _sub(head, "mun").group().lower().endswith("s"):
        a = replace(a, ref="rest")  # "the other missiles": more than one, the rest
    if a.ref not in ("rest", "all", "most", "other"):  # ("the other missile": one)
        return []
    link = _choose(_main_verb(text, _right(text, head.end(), s1), s1), _left(text, start, s0),
                   ("intercepted", "impacted", "miss"))
    if link is None or link.kind == "miss" or _OR_NEXT.match(text, link.end, s1):
        return []  # "the remaining rockets were intercepted or fell in open areas": split, no figure
    cls = _munition_class(text, _sub(head, "mun"), head.start("mods"))
    r = _resolve_ref(a, state, link.kind, start, cls)
    if r is None:
        return []
    lo, hi = min(start, link.start), max(head.end(), link.end)
    return [_make(text, link.kind, r, lo, hi, cls, f"count.whole.{a.ref}", "whole")]


def _rest_of_mixed(state: _State, pos: int, a: numbers.Amount) -> numbers.Amount | None:
    """A bare "the rest" after the parts of two or more munitions told together ("118
    drones and eleven missiles ... shot down 93 of the drones and nine of the missiles,
    while a further 14 drones were 'locationally lost'. The rest struck targets"): every
    launch less every part. None unless the parts span two families, each with an exact
    launch figure."""
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    near = [f for f in state.facts[-24:] if f.kind in ("intercepted", "impacted") and f.start < pos
            and j - (bisect.bisect_right(state.sentence_starts, f.start) - 1) <= 1]
    # the parts told in the rest's own sentence, if any, say which set it closes ("intercept
    # only two of the ballistic missiles, while the rest struck": the missiles' rest)
    own = [f for f in near if f.start >= state.sentence_starts[j]] if j >= 0 else []
    parts = own or near
    families = {munition_family(f.object) for f in parts}
    if len(families) < 2 or None in families or any(f.value is None for f in parts):
        return None
    launches: dict[int, Fact] = {}
    for f in parts:
        # the family's last launch told as a whole ("eleven missiles, seven of them Kh-101
        # cruise missiles": the eleven)
        family = munition_family(f.object)
        launch = next((g for g in reversed(state.launched) if g.start < f.start and munition_family(g.object) == family
                       and not g.rule.endswith(".breakdown")), None)
        if launch is None or launch.value is None or launch.qualifier != "exact" or (
                j - (bisect.bisect_right(state.sentence_starts, launch.start) - 1) > 6):
            return None
        launches[id(launch)] = launch
    first = min(f.end for f in launches.values())
    lost = sum(numbers.word_value(d.group("n")) or 0 for d in _LOCATIONALLY_LOST.finditer(state.text, first, pos))
    left = sum(f.value or 0 for f in launches.values()) - sum(f.value or 0 for f in parts) - lost
    if left <= 0:
        return None
    return numbers.Amount(a.start, a.end, a.text, left, left, left, "exact", number_start=a.start)


def _rest_of_outcome(state: _State, pos: int, kind: str, cls: str, a: numbers.Amount) -> numbers.Amount | None:
    """The rest of a total of interceptions told with no launch, its parts listed after
    it: "destroyed 337 Ukrainian drones ... It said 126 were downed over the Kursk region,
    91 over the Moscow region, ... with the rest brought down over the Tula ... regions":
    337 less the parts."""
    if kind != "intercepted":
        return None  # (an air-defence report's shape: what hit is told by place far less)
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    if j < 0:
        return None
    same = sorted((f for f in state.facts[-24:] if f.kind == kind and f.object == cls and f.start < pos
                   and j - (bisect.bisect_right(state.sentence_starts, f.start) - 1) <= 2), key=lambda f: f.start)
    # the total is the largest told first; its parts follow it, in the rest's sentence or
    # in the total's own ("87 ... overnight, including 41 over ..., 22 over ... and 15 over
    # .... The rest were downed over the Voronezh and Oryol regions")
    if len(same) < 2:
        return None
    total = max(same, key=lambda f: (f.value or 0, -f.start))
    parts = [f for f in same if f.start > total.start]
    own = [f for f in parts if f.start >= state.sentence_starts[j]]
    parts = own or parts  # (a list in the rest's own sentence is the one it closes)
    if not parts or any(f.value is None or f.qualifier != "exact" for f in parts) or total.rule.endswith(
            (".partitive", ".reference")) or _EACH.search(state.text, total.end, pos):
        return None  # (a part of a set, or "four each over Smolensk and Tula", is no total to split)
    last = max(f.end for f in parts)
    if _FIGURE_CHAR.search(state.text, last, pos):
        return None  # parts still unread ("91 over the Moscow region, 48 over ..."): settled later
    left = (total.value or 0) - sum(f.value or 0 for f in parts)
    if total.qualifier != "exact" or left <= 0:
        return None
    return numbers.Amount(a.start, a.end, a.text, left, left, left, "exact", number_start=a.start)


def _resolve_ref(a: numbers.Amount, state: _State, kind: str, pos: int, cls: str) -> numbers.Amount | None:
    """Give 'all', 'the rest', 'the other', 'most' a figure from the launch named before."""
    if a.ref is None:
        return a
    if a.ref in ("other", "one"):
        n = a.value if a.ref == "one" and a.value else 1  # ("the second and third": 2)
        return numbers.Amount(a.start, a.end, a.text, n, n, n, "exact", number_start=a.start)
    if a.ref == "most":
        return a
    if a.ref == "rest":
        if (kinds := _rest_of_kinds(state, pos, cls)) is not None:
            return kinds(a)
        split = _split_set(state, pos)
        if split is not None:
            return split(a)
    launch = _last_launch(state, pos, cls)
    if launch is None:
        if a.ref == "rest":
            return _rest_of_outcome(state, pos, kind, cls, a) or a
        return None
    if a.ref == "all" and a.but:
        if launch.value is None or launch.qualifier != "exact" or launch.value <= a.but:
            return None  # "all but two" of a set of unknown size: no figure
        n = launch.value - a.but
        return numbers.Amount(a.start, a.end, a.text, n, n, n, "exact", number_start=a.start)
    if a.ref == "all":
        return numbers.Amount(a.start, a.end, a.text, launch.value, launch.min, launch.max,
                              launch.qualifier or "exact", number_start=a.start)
    # the rest: the launch figure less every intercept and impact stated nearby ("approx
    # 18 mortar bombs were fired, of which 11 fell near the posts and the remaining fell
    # in the forest": about 7)
    if launch.value is None and not (launch.qualifier == "at_least" and launch.min):
        return a
    if launch.value is not None and launch.qualifier not in ("exact", "about"):
        return a
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    # the parts of this launch are of its munition; a ratio's total ("Ten of the 12
    # rockets were shot down, and the rest fell", after "intercepted 117 drones and 12
    # rockets") is split from its own sentence on: 12 - 10, the earlier figures are
    # another account
    ls = bisect.bisect_right(state.sentence_starts, launch.start) - 1 if launch.rule == "count.ratio" else -1
    family = munition_family(launch.object)
    seen: set[tuple[str, int, int]] = set()
    vague: set[str] = set()
    # the munition named beside the launch's under its figure: "fired 12 rockets and
    # mortar rounds ... Four of them landed" (them: the rounds as much as the rockets)
    beside = _AND_MUNITIONS.match(state.text, launch.end)
    beside_text = beside.group().lower() if beside is not None else ""
    prev: Fact | None = None
    for f in state.facts:
        before, prev = prev, f
        if (before is not None and f.rule == "count.partitive" and before.kind in ("intercepted", "impacted")
                and 0 <= f.start - before.end <= 80 and _OF_WHICH.search(f.text)
                and not _CLAUSE_END.search(state.text, before.end, f.start)):
            continue  # "Four of them landed inside, one of which hit a barrack": a part of the four
        # (a launch of no munition's family has its parts after it: "three UAVs ... The
        # third UAV fell ... 10 launches were identified. 7 were intercepted and the rest
        # fell": 10 - 7)
        if f.start >= pos or f.kind not in ("intercepted", "impacted") or (family is None and f.start < launch.start):
            continue
        k = bisect.bisect_right(state.sentence_starts, f.start) - 1
        if j - k > 3 or k < ls:
            continue
        own = munition_family(f.object)
        # "a dozen mortar bombs ... Three of the bombs hit": a part named by the launch's
        # own head noun is of that launch, whatever family the bare noun reads as
        if family is not None and own is not None and own != family and (
                f.object or "").split()[-1] not in launch.text.lower() + beside_text:
            continue
        if f.rule == "count.impact.bare_plural":
            continue  # ("Ukrainian drones struck a fuel depot": the whole attack told, no part of it)
        if f.value is None:
            vague.add(f.kind)
        elif f.rule.startswith(("count.first.", "count.whole.one")):
            seen.add((f.kind, f.value, f.start))  # one by one: "the first ..., the second ..."
        else:
            seen.add((f.kind, f.value, -1))  # (the same figure told twice is one part)
    if vague - {k for k, _, _ in seen}:
        return a
    # duds told in the sentence of the rest are no part of it either ("16 ..., of which 5
    # were neutralised, 3 did not detonate and the rest impacted": 8); no fact counts them
    s_lo = state.sentence_starts[j] if j >= 0 else 0
    duds = sum(numbers.word_value(d.group("n")) or 0 for d in _DUDS.finditer(state.text, max(s_lo, launch.end), pos))
    # ... nor are drones lost from radar since the launch ("Of the remainder, 16 were
    # 'locationally lost' ... and the rest hit": 93 - 71 - 16)
    duds += sum(numbers.word_value(d.group("n")) or 0 for d in _LOCATIONALLY_LOST.finditer(state.text, launch.end, pos))
    left = (launch.value if launch.value is not None else launch.min) - sum(v for _, v, _ in seen) - duds
    if left < 0:
        return a
    if launch.qualifier == "at_least":
        # "At least six shells ... Four of them landed inside, while the others fell in
        # the neighbourhood": two at least
        if not seen or left == 0:
            return a
        return numbers.Amount(a.start, a.end, a.text, None, left, None, "at_least", number_start=a.start)
    if launch.qualifier == "about":
        # (an approximate figure sets no bounds; less nothing, it is no remainder at all)
        if not seen:
            return a
        return numbers.Amount(a.start, a.end, a.text, left, None, None, "about", number_start=a.start)
    return numbers.Amount(a.start, a.end, a.text, left, left, left, "exact", number_start=a.start)


_OF_WHICH = re.compile(r"\bof\s+(?:which|whom)\b", _I)
_LOCATIONALLY_LOST = re.compile(
    r"\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+(?:also\s+)?"
    r"[\"“']?(?:locationally|location-wise)\s+lost\b", _I)
_DUDS = re.compile(r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:them|which)\s+)?"
                   r"(?:did\s+not|didn['’]t|failed\s+to)\s+(?:explode|detonate|go\s+off)\b", _I)
_CLAUSE_END = re.compile(r"[.;:]\s")


def _settle_rest(new: list[Fact], state: _State, after: int | None = None) -> None:
    """"The rest" read before its launch was: "Of the 18 drones, 15 were destroyed, the rest
    fell in Klintsy" names the 18 as a verbless set, launched only once the sentence is
    read. Give the rest its figure now. With `after`, a part was read late at that offset:
    a rest after it is worked out again."""
    for f in new:
        if f.rule == "count.whole.rest" and ((f.value is None and f.min is None) or (after is not None and f.start > after)):
            rest = numbers.Amount(0, len(f.text), f.text, None, None, None, "vague", ref="rest")
            r = _resolve_ref(rest, state, f.kind, f.start, f.object or "projectile")
            if r is not None and r.value is not None:
                f.value, f.min, f.max, f.qualifier = r.value, r.min, r.max, r.qualifier


def _rest_of_kinds(state: _State, pos: int, cls: str):  # noqa: ANN202
    """"The remaining missiles" after a launch of several kinds of them ("four Iskander-M
    ballistic missiles, and two Kh-101 cruise missiles ... both cruise missiles and one of
    the Iskander-Ms were shot down"): all the kinds' launches less the parts told of them
    since. None unless the rest names the family alone and two kinds of it were launched
    in one sentence."""
    family = munition_family(cls)
    if family is None or cls != family:
        return None
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    kinds = [f for f in state.launched if f.start < pos and f.object != cls and munition_family(f.object) == family]
    if len(kinds) < 2:
        return None
    k = bisect.bisect_right(state.sentence_starts, kinds[-1].start) - 1
    kinds = [f for f in kinds if bisect.bisect_right(state.sentence_starts, f.start) - 1 == k]
    if len(kinds) < 2 or j - k > 2 or any(f.value is None or f.qualifier != "exact" for f in kinds):
        return None
    parts = [f for f in state.facts if kinds[-1].end <= f.start < pos and f.kind in ("intercepted", "impacted")
             and munition_family(f.object) == family]
    if any(f.value is None for f in parts):
        return None
    left = sum(f.value for f in kinds) - sum(f.value for f in parts)
    if left <= 0:
        return None
    return lambda a: numbers.Amount(a.start, a.end, a.text, left, left, left, "exact", number_start=a.start)


def _split_set(state: _State, pos: int):  # noqa: ANN202
    """count.whole.rest over a set that is not the launch: "five mortar shells had
    landed ... Two of them hit houses; the others exploded in a field" splits the five
    that landed, so the rest is 5 - 2. The set is the exact figure a partitive ("two of
    them") right before `pos` refers back to, when it was stated after the last launch
    figure (a launch total keeps the launch rule). The partitive may open a list ("41 of
    the drones were destroyed over Bryansk, 26 over Kursk and nine over Moscow, including
    three flying towards it. The rest were downed over Kaluga": 117 less the items; an
    "including" item is inside one). Returns a function giving the remainder, or None
    when no such split is in sight."""
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    items: list[Fact] = []  # the list's items after its partitive, last first
    parts: list[Fact] = []
    for f in reversed(state.facts):
        if f.start >= pos or f.kind not in MUNITION_KINDS:
            continue
        k = bisect.bisect_right(state.sentence_starts, f.start) - 1
        if parts:
            # (the set may be told up to two sentences before its partitive)
            first = bisect.bisect_right(state.sentence_starts, parts[-1].start) - 1
            if first - k > 2:
                return None
        elif j - k > 1:
            return None
        if f.rule == "count.partitive":
            parts.append(f)
            continue
        if not parts and f.rule.endswith((".coordinated", ".breakdown")):
            if not (f.rule.endswith(".breakdown")
                    and _INCLUDING_BEFORE.search(state.text, max(0, f.start - 12), f.start)):
                items.append(f)
            continue
        if not parts or f.kind == "launched" or f.value is None or f.qualifier != "exact":
            return None
        if items and any(g.kind != parts[0].kind for g in items):
            return None
        parts += items
        if any(p.value is None for p in parts):
            return None
        left = f.value - sum(p.value for p in parts)
        if left <= 0:
            return None
        return lambda a: numbers.Amount(a.start, a.end, a.text, left, left, left, "exact",
                                        number_start=a.start)
    return None


def _last_single_fate(state: _State, pos: int, family: str | None) -> Fact | None:
    """The last interception or impact of exactly one munition of `family` before `pos`,
    within three sentences."""
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    for f in reversed(state.facts):
        if f.start >= pos or f.kind not in ("intercepted", "impacted"):
            continue
        if j - (bisect.bisect_right(state.sentence_starts, f.start) - 1) > 3:
            return None
        if f.value == 1 and f.qualifier == "exact" and family is not None and munition_family(f.object) == family:
            return f
    return None


def _last_launch(state: _State, pos: int, cls: str | None = None) -> Fact | None:
    """The launch figure last told before `pos` (within three sentences, or six for a set
    of `cls` a part of which was told since); with `cls`, the last of that munition's
    family, if one is ("fired 35 rockets, four drones and a missile ... intercepted 28 of
    the rockets; the rest fell": the rest are rockets)."""
    j = bisect.bisect_right(state.sentence_starts, pos) - 1
    family = munition_family(cls)
    last = kin = None
    for f in reversed(state.launched):
        if f.start < pos:
            k = bisect.bisect_right(state.sentence_starts, f.start) - 1
            if j - k > 3:
                # (a set told in pieces may reach further back, when a part of it was told
                # between: "attacked with 93 drones ... [a paragraph on the dead] ... shot down
                # 71 of the drones ... and the rest hit")
                if cls is None or j - k > 6 or last is not None or kin is not None:
                    break
                if f.object == cls and any(g.kind in ("intercepted", "impacted") and g.object == cls
                                           and f.end <= g.start < pos for g in state.facts[-24:]):
                    return f
                continue
            if cls is None or f.object == cls:
                return f
            last = last or f
            if kin is None and family is not None and munition_family(f.object) == family:
                kin = f  # (rockets and missiles are one family: the same noun wins over it)
    return kin or last


# a habit told in the present: "we are intercepting", "the system downs", "it stops"
_RATE_BEFORE = re.compile(r"\b(?:(?:are|is|am)\s+(?:\w+ly\s+)?\w+ing|intercepts?|downs|stops|destroys|shoots\s+down)\s+\Z", _I)


def _ratio(doc: Document, sent: Sentence, state: _State, a: numbers.Amount, start: int, end: int,
           b: numbers.Amount, pending: list[_Pending]) -> list[Fact]:
    """'downed 22 of 35 missiles': 22 intercepted (or whatever the verb says), 35 launched."""
    text = doc.text
    s0, s1 = sent.start, sent.end
    b_start, b_end = s0 + b.start, s0 + b.end
    head = _HEAD.match(text, b_end, s1)
    if head and head.group("vic") is not None:
        obj = _victim_object(text[head.start("mods") : head.end()], None)
        if (fate := _FATE_PARTICIPLE.match(text, head.end(), s1)) is not None and b.value:
            # "She was one of 12 people wounded when ...", "Two of the 12 people killed were
            # children": the set, told with its fate, is the toll
            kind = "killed" if fate.group(1).lower() == "killed" else "injured"
            return [_make(text, kind, b, _of_start(text, end, b_start), fate.end(), obj,
                          f"casualty.{kind}.set_of_part", "whole")]
        if (who := _WHO_FATE.match(text, head.end(), s1)) is not None and b.value:
            if _THE_BEFORE.search(text, end, b_start):
                return []  # "the girl was one of the two patients who died": one of a toll told
            kind = "killed" if (who.group(1) or who.group(2)).lower() in ("died", "killed") else "injured"
            return [_make(text, kind, b, _of_start(text, end, b_start), who.end(), obj,
                          f"casualty.{kind}.set_of_part", "whole")]
        # "one of its 19 crew was lightly injured": the part is the count, the set a crew
        return _victim_np(doc, sent, a, start, end, head.end(), obj, pending)
    toll = _TOLL_SET.match(text, b_end, s1) if head is None or head.group("mun") is None else None
    if toll is not None and b.value:
        # "Nine of the 30 wounded are in critical condition": the set is the toll
        kind = "killed" if toll.group("w").lower() == "dead" else "injured"
        of_start = _of_start(text, end, b_start)
        return [_make(text, kind, b, of_start, toll.end(), None, f"casualty.{kind}.set_of_part", "whole")]
    if head and head.group("mun") is not None:
        if _NOT_HEAD_AFTER.match(text, head.end(), s1):
            return []  # "250 of the roughly 400 missile launchers": launchers, no munitions
        if b.value in (10, 100) and _RATE_BEFORE.search(text, max(s0, start - 40), start):
            return []  # "We are intercepting eight or nine out of ten drones": a rate, no count
        cls: str | None = _munition_class(text, _sub(head, "mun"), head.start("mods"))
        np_end = head.end()
    elif _UNKNOWN_PLURAL_AFTER.match(text, b_end, s1):
        return []  # "destroyed two of its three generators": a set of something else
    else:
        cls = _carried(state, start)
        np_end = b_end
    if cls is None:
        return []
    link = _choose(_main_verb(text, _right(text, np_end, s1), s1), _left(text, start, s0), MUNITION_KINDS + ("miss",))
    if (link is None or (link.kind == "launched" and not link.aux)) and head and head.group("mun"):
        link = _ratio_chain(text, state, start, s0) or link
    if link is not None:
        link = _drop_is_hit(text, link, cls, start)  # ("3 of the 4 dropped munitions inside the FOB": hit)
    if link is not None and link.kind == "launched" and link.start > start:
        # "the drone was one of at least four launched": the verb is the whole set's
        of_start = _of_start(text, end, b_start)
        return [_make(text, "launched", b, of_start, link.end, cls, "count.ratio", "ratio")]
    if link is None or link.kind in ("miss", "launched"):
        return []
    if link.start > start and _WHOLE_RELATIVE.fullmatch(text, np_end, link.start):
        # "the missile was one of two that struck the centre": the whole set struck, and
        # the part only says which of them this one was
        return [_make(text, link.kind, b, _of_start(text, end, b_start), link.end, cls, "count.ratio_whole", "ratio")]
    if link.start > start:
        lo, hi = start, link.end
    else:
        lo, hi = link.start, end
    of_start = _of_start(text, end, b_start)
    return [
        _make(text, link.kind, a, lo, hi, cls, "count.ratio", "ratio"),
        _make(text, "launched", b, of_start, np_end, cls, "count.ratio", "ratio"),
    ]


_THINGS_BEFORE = re.compile(
    rf"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+)?(?:{lx.PLACE_PLURALS}|"
    r"vessels|ships|tankers|boats|vehicles|cars|trucks)\b[^,.;:\d]{0,40},\s*\Z", _I)
_WHOLE_RELATIVE = re.compile(r"\s+(?:that|which)\s+(?:(?:had|have)\s+)?", _I)
_FATE_PARTICIPLE = re.compile(r"\s+(wounded|injured|killed|hurt)\b(?!\s+(?:by|in\s+the\s+(?:head|leg|arm|chest)))", _I)
_TOLL_SET = re.compile(rf"\s+(?P<w>wounded|injured|dead)\b(?!\s+(?:{_VIC_PLAIN})\b)", _I)
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as|plus)?\s*\Z", _I)


def _of_start(text: str, end: int, b_start: int) -> int:
    """Where a ratio's whole begins: at its "of", past the spaces and a figure written
    twice ("four (04) of the six")."""
    m = _REPEAT_BEFORE_OF.match(text, end, b_start)
    return m.end() if m else end


_REPEAT_BEFORE_OF = re.compile(r"(?:\s*\(\d{1,3}\))?\s*")


# "She was one of 12 people who died": the set's fate in a relative clause
_WHO_FATE = re.compile(r"\s+who\s+(?:(died)|(?:were|had\s+been)\s+(?:\w+ly\s+)?(killed|injured|wounded|hurt))\b", _I)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", _I)


def _ratio_chain(text: str, state: _State, start: int, s0: int) -> _Link | None:
    """'destroyed 52 of 61 drones and two of four missiles': a second ratio joined to the
    first by 'and' shares its verb."""
    prev = [f for f in state.facts if f.rule == "count.ratio" and s0 <= f.start and f.end <= start]
    if len(prev) < 2:
        # ... or a plain count before it: "shot down 117 drones and four of the six missiles"
        last = max((f for f in state.facts if s0 <= f.start and f.end <= start), key=lambda f: f.end, default=None)
        if (last is not None and last.kind in ("intercepted", "impacted") and last.value is not None
                and _LIST_GAP.match(text, last.end, start) and text[last.end : start].strip()):
            return _Link(last.kind, start, start)
        return None
    total = max(prev, key=lambda f: f.end)
    if total.kind != "launched" or not _LIST_GAP.match(text, total.end, start) or not text[total.end:start].strip():
        return None
    part = [f for f in prev if f.kind != "launched" and f.end <= total.start + 1]
    if not part:
        return None
    return _Link(max(part, key=lambda f: f.end).kind, start, start)


# "and nine people were taken away": a noun phrase with a verb of its own that no rule
# reads does not share the verb of the phrase before it.
# (a figure with a fate of its own: "1,200 were killed and some 250 taken captive")
_OWN_PREDICATE = re.compile(
    # ("and four who suffered anxiety attacks": a clause of its own tells what befell them)
    # ("and 9,000 citizens remain missing")
    r"\s+(?:(?:were|was|are|is|had|have|has|remain|remains|remained)\b|who\s+(?:suffered|experienced|(?:were|was)\s+(?:treated|suffering))\b|"
    r"(?:(?:taken|held)\s+(?:captive|hostage|prisoner)|"
    # (a participle before a noun describes it: "4 guards and 3 detained suspects")
    r"abducted|kidnapped|missing|detained|arrested|apprehended|captured|surrendered|displaced|evacuated|rescued)(?!\s+[a-z]+s\b))", _I)
_APPOSITIVE_GAP = re.compile(r"\A,\s+(?:an?|the)\s+[^,;.:\d()]{1,50}(?=,)")
_BARE_ITEM = re.compile(r"\A,?\s+(?:as\s+well\s+as|and|plus)\s+the\s+(?:[A-Z]{2,6}s?|[a-z]+\s+(?:missile|drone|rocket))"
                        r"(?=\s+and\s)")
_OF_TYPES = re.compile(
    r"\A\s+of\s+(?:the\s+|various\s+|different\s+|several\s+)?(?:[\w\"“”-]+(?:,\s*|\s+and\s+|\s+or\s+|\s+)){0,5}?"
    r"(?:types?|modifications|models|kinds)\b"
    # ("of the Shahed, Gerbera types and imitator drones of various types": and the decoys)
    r"(?:\s+and\s+(?:[\w-]+\s+){1,3}?of\s+(?:various|different|other|several)\s+types\b)?", _I)
_CARRIER_GAP = re.compile(
    r"\A(?:\s+(?:fired\s+|launched\s+)?(?:from|by|aboard)\s+(?:\d+\s+)?(?:[\w.-]+\s+){0,3}?"
    r"(?:bombers?|jets?|aircraft|ships?|warships?|submarines?|frigates?|launchers?|planes?)\b"
    r"|\s+made\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"|\s+carrying\s+[^,.;:\d]{1,60}?(?=,|\s+and\b)"  # ("three Burkan rockets carrying warheads of ..., and")
    r"|\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:system|systems|complex|complexes)\b)")
_ITEM_PLACE_GAP = re.compile(r"\A\s+(?:over|above|from|near|in)\s+(?:the\s+)?[^,.;:\d\"“”()]{1,50}?(?=,)")
# (a calibre or a model's number may sit in it: "most of them 122mm Katyusha-type Grad
# rockets and Fadi-1 rockets")
_ASIDE = re.compile(r",\s*(?:including|among\s+them|mostly|mainly|most\s+of\s+them)\b(?:[^,;.\d]|\d+\s?mm\b|(?<=-)\d+){1,60}(?=,)", _I)


_MAX_PENDING = 200
_PLACE_LED = re.compile(r"(?:\s+(?:launched|fired))?\s+(?:from|over|in|across|near|toward|towards|at|on)\s")
_SEMICOLON_ITEM_GAP = re.compile(r"[^;:.]{0,160};\s*(?:and\s+)?", _I)
_CHAIN_GAP = re.compile(r"[^\d;:.,]{0,50}\b(?:and|or)\s*", _I)
_DIGIT_OR_STOP = re.compile(r"\d|[.;]")
# (or on the 24-hour clock: "between 23:00 Moscow time on Friday and 06:00 on Saturday")
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b", _I)
_BREAKDOWN_GAP = re.compile(r"[(:]|including|among|of\s+whom", _I)
_AND_GAP = re.compile(r"[\s,]*(?:and|or|as\s+well\s+as|plus)\s*(?:all\s+|both\s+|the\s+)?", _I)
_PLAIN_AND = re.compile(r"\s+and\s+", _I)
_PLACE_PREP = re.compile(r"\s(?:over|above|in)\s")
_TOTAL_THEN_PART = re.compile(
    r"(?:\s+(?:overnight|last\s+night|during\s+the\s+night|(?:on|late\s+on|early\s+on)\s+\w+day(?:\s+night)?))?\s*,\s*", _I)


# (the set may say where it flew: "Two launches from Gaza toward Sderot; one intercepted")
_SET_THEN_PART = re.compile(
    # (the set may say who fired it: "Of the 11 drones the RSF launched at Omdurman, seven ...")
    r"(?:\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:had\s+|have\s+|has\s+)?(?:launched|fired|sent)\b)?"
    # ("2 kamikaze drones: 1 hit a substation, 1 shot down": a colon before the parts)
    r"(?:\s+(?:from|at|toward|towards|on|into|over|against)\s+[^,;:.\d]{1,50}?)?\s*[,;:]\s*(?:only\s+|just\s+)?", _I)


def _resolve_pending(text: str, pending: list[_Pending], new: list[Fact], state: _State,
                     headline: bool = False) -> None:
    """A noun phrase with no verb of its own shares its neighbour's: 'fired 15 rockets and
    3 drones', '3 rockets and 2 drones were intercepted', '9 injured (8 contractors,
    1 soldier)', 'including 47 over the Bryansk region'."""
    made: list[Fact] = []
    if len(pending) > _MAX_PENDING:
        # a "sentence" of hundreds of verbless figures is a table or junk, not a list told
        # in prose: each neighbour search scans the sentence, so joining them all would cost
        # the square of their number; only the figures that stand alone are kept
        for p in pending:
            if p.fallback is not None:
                _keep(p.fallback, new, state)
        return
    for p in pending:
        fam = {"munition": MUNITION_KINDS, "casualty": CASUALTY_KINDS}.get(p.family or "", MUNITION_KINDS + CASUALTY_KINDS)
        before = [f for f in new if f.kind in fam and f.start < p.start and f.end <= p.start + 1]
        after = [f for f in new if f.kind in fam and f.start >= p.end]
        src: Fact | None = None
        how = "coordinated"
        if p.intro and any(f.kind in fam and f.start < p.start and f.end >= p.end for f in new):
            # "four other civilians, including three children, got injured": a part inside
            # the fact whose verb comes after it, no new count (and not the fact before's)
            continue
        if p.intro and after and p.family == "munition":
            # "launched 112 drones and five missiles, of which 96 drones and two missiles
            # were shot down": the part's list shares the verb after it, not the launch's
            f = min(after, key=lambda f: f.start)
            if f.kind != "launched" and _AND_GAP.fullmatch(text, p.end, f.start):
                src = f
        if src is None and before and not _OWN_PREDICATE.match(text, p.end):
            f = max(before, key=lambda f: (f.end, f.start))
            # "43 missiles, among them cruise and ballistic ones, and 74 drones": the
            # aside does not break the list
            # ("36 Kh-101/Kh-55SM, 16 Kalibr": a second name of the same item is no gap)
            gap = _ASIDE.sub("", _SLASH_NAME.sub("", text[f.end : p.start], count=1))
            # ("112 strike UAVs of the Shahed, Gerbera and other types, as well as two
            # missiles": what make the item before is does not break the list)
            gap = _OF_TYPES.sub("", gap, count=1)
            # ("26 Kh-101 cruise missiles fired from 11 Tu-95MS strategic bombers over the
            # Volga region, eight sea-launched Kalibrs": what fired the item before, and
            # "four Storm Shadow missiles made in Britain, two ATACMS": where it was made)
            gap = _CARRIER_GAP.sub("", gap, count=1)
            if p.family == "munition" and p.obj:
                # (and where it flew, before a comma and the next munition with its noun)
                gap = _ITEM_PLACE_GAP.sub("", gap, count=1)
            # ("the other four, as well as the ASCM and both ASBMs": an item with no figure
            # between two with one)
            gap = _BARE_ITEM.sub("", gap, count=1) if " the " in gap else gap
            # ("killed Ali Qassir, a Hezbollah field commander, and two other men": who he was)
            gap = _APPOSITIVE_GAP.sub("", gap, count=1) if gap.startswith(", ") else gap
            if p.obj and not p.bare:
                # (nor are the ages of the item before: "17 students aged between 7 and 15 and
                # two teachers"; a bare figure after ages is one of them: "aged 4, 9 and 15")
                gap = _AGES_IN_GAP.sub("", gap, count=1)
            if f.rule == "count.ratio" and f.kind == "launched":
                # "destroyed 55 of the 90 drones and all four missiles": the list shares
                # the ratio's verb, not its denominator
                partner = [g for g in before if g.rule == "count.ratio" and g.kind != "launched" and g.end <= f.start]
                f = max(partner, key=lambda g: g.end) if partner else f
            chained = (f in made or p.bare) and _CHAIN_GAP.fullmatch(gap)
            # the figure before names its own place the same way, or is an item itself
            gapped = p.gapped and _GAPPED_GAP.fullmatch(text[f.end : p.start]) is not None and (
                _GAPPED_ITEM.match(text, f.end) is not None or f in made
                or f.rule.endswith(".breakdown") or _PLACE_PREP.search(text[f.end : p.start]))
            # "attacked with 120 means of air attack: 52 drones launched from ...; 41 cruise
            # missiles from bombers over the Caspian; and eight ballistic missiles": each
            # item of a breakdown after a colon runs to its semicolon
            semi = f.rule.endswith(".breakdown") and _SEMICOLON_ITEM_GAP.fullmatch(text, f.end, p.start) is not None
            # "destroyed 47 UAVs overnight, 31 over Belgorod region, 9 over Kursk region": a
            # figure with no noun, after a total that names no place of its own, is a part of
            # it (a separate count would carry its noun; "14 were killed in the market, nine
            # at the school" are two tolls by place)
            whole = (p.bare and p.gapped and f not in made and not f.rule.endswith(".breakdown")
                     and f.value is not None and p.amount.value is not None and p.amount.value < f.value
                     and _TOTAL_THEN_PART.fullmatch(text, f.end, p.start) is not None)
            if gapped or semi or whole:
                src = f
                if f.rule.endswith(".breakdown") or whole:
                    how = "breakdown"
            # (a longer gap only when the item before names where it came from: "3 missiles
            # from the Kursk region and the occupied Crimea and 112 drones")
            elif ((len(gap) <= 40 or (len(gap) <= 90 and _PLACE_LED.match(gap))) and _CONJ_BETWEEN.match(gap)) or chained or (
                    # (times are no figures: "between 11 p.m. on Sunday and 7 a.m., including 18 over ...")
                    p.intro and len(gap) <= 80 and not _DIGIT_OR_STOP.search(_CLOCK_TIME.sub("", gap))):
                src = f
                if p.intro or (f in made and f.rule.endswith(".breakdown")) or _BREAKDOWN_GAP.search(
                        _CLOSING_NAME_RX.sub("", gap, count=1) if gap.startswith((" (", "(")) else gap):
                    how = "breakdown"
        if src is None and after:
            f = min(after, key=lambda f: f.start)
            gap = text[p.end : f.start]
            # a subset with no total before it ("two of its personnel and a contractor
            # suffered shrapnel wounds") joins only a plain "and" list
            if p.intro and not _PLAIN_AND.fullmatch(gap):
                gap = "x"
            elif p.obj and not p.bare:
                # (nor do its ages: "Six students, aged between 8 and 13, and a teacher were killed")
                gap = _AGES_IN_GAP.sub("", gap, count=1)
            # (a headline lists victims with commas alone: "five soldiers, two drivers killed";
            # "seven rockets, five intercepted" is a set and its part)
            # ("9 drones, 2 cruise missiles downed": two munitions, each with its noun)
            # (not before a count of "targets", which is the set itself: "9 missiles and 138
            # drones, 121 targets downed or suppressed")
            if len(gap) <= 12 and (_AND_GAP.fullmatch(gap) or (headline and gap == ", " and (
                    p.family == "casualty" or (p.family == "munition" and f.object not in (None, p.obj)
                                               and not f.rule.startswith("count.intercept.targets"))))):
                src = f
        if src is None and after and p.family == "munition" and p.amount.value is not None:
            f = min(after, key=lambda f: f.start)
            if (f.kind in ("intercepted", "impacted") and f.value is not None
                    and (f.object in (None, p.obj) or f.rule.startswith("count.intercept.targets"))
                    and f.value < p.amount.value and _SET_THEN_PART.fullmatch(text, p.end, f.start)):
                # "seven rockets, five intercepted": the verbless set before its part is
                # the whole salvo, launched
                fact = _make(text, "launched", p.amount, p.start, p.end, p.obj or None,
                             "count.launch.set_before_part", "whole")
                made.append(fact)
                _keep(fact, new, state)
                continue
        if src is None and headline and p.family == "munition" and p.fallback is None:
            # a headline's "653 drones, 51 missiles fired at Ukraine": the next item's
            # participle, which it keeps as its own launch, is the list's verb
            later = next((q for q in pending if q.start > p.start), None)
            if (later is not None and later.fallback is not None and later.family == "munition"
                    and later.obj not in (None, p.obj) and text[p.end : later.start] == ", "):
                src = later.fallback
        if src is None:
            if p.fallback is not None:
                _keep(p.fallback, new, state)
            continue
        is_mun = src.kind in MUNITION_KINDS
        obj = p.obj
        if is_mun and (obj is None or p.family != "munition"):
            obj = src.object
        prefix = "count." + _KIND_VERB[src.kind] if is_mun else "casualty." + src.kind
        amount = p.amount
        if amount.ref == "rest":
            amount = _rest_of_list(text, src, made, new, state, p) or amount
            how = "whole"
        fact = _make(text, src.kind, amount, p.start, p.end, obj or None, f"{prefix}.{how}", how)
        made.append(fact)
        _keep(fact, new, state)


def _rest_of_toll(text: str, new: list[Fact], state: _State, p: _Pending, kind: str) -> numbers.Amount | None:
    """The rest of a toll named as the set of its parts: "Of the 14 dead, nine were killed
    in Gaza City and the north, and the rest in Khan Younis" is 14 - 9."""
    sets = list(_OF_THE_TOLL.finditer(text, max(0, p.start - 200), p.start))
    if not sets:
        return None
    of = sets[-1]  # (the last one before the rest)
    total = next((f for f in state.facts + new if f.kind == kind and of.start() <= f.start < of.end()), None)
    items = [f for f in new if f.kind == kind and of.end() <= f.start < p.start]
    if total is None or total.value is None or total.qualifier != "exact" or not items or any(
            f.value is None for f in items):
        return None
    left = total.value - sum(f.value for f in items)
    if left <= 0:
        return None
    return numbers.Amount(p.amount.start, p.amount.end, p.amount.text, left, left, left, "exact",
                          number_start=p.amount.start)


def _rest_of_list(text: str, item: Fact, made: list[Fact], new: list[Fact], state: _State,
                  p: _Pending) -> numbers.Amount | None:
    """The figure of "the rest" closing a list of items: the total the list breaks down,
    less its items. "destroyed 47 drones: 21 over Kursk, 14 over Belgorod and the
    remainder over the sea" (items joined to the total by the colon), or "61 were downed.
    Twenty-four over Kharkiv, nineteen over Sumy and the rest over Poltava" (the first
    item has its own verb; the total is the figure of that kind told before it). `item`
    is the list's last item before the rest. None when the list is not of that shape."""
    kind = item.kind
    chain = [f for f in new if f.kind == kind and f.start < p.start and (f in made or f.rule.endswith(".breakdown"))]
    if not chain:
        return _rest_of_toll(text, new, state, p, kind)
    first = min(f.start for f in chain)
    before = [f for f in state.facts + new if f.kind == kind and f.end <= first and f not in chain]
    if not before:
        return None
    head = max(before, key=lambda f: f.end)
    floor = 0  # where a day told would be the list's own, not its total's
    if all(f.rule.endswith(".breakdown") for f in chain):
        items, total = chain, head
    else:
        # the head is the list's first item; its total was told before it
        items = [*chain, head]
        j = bisect.bisect_right(state.sentence_starts, head.start) - 1
        earlier = [f for f in before if f.end <= head.start
                   and j - (bisect.bisect_right(state.sentence_starts, f.start) - 1) <= 1]
        if not earlier:
            return None
        total = max(earlier, key=lambda f: f.end)
        # (a total in the sentence before keeps the night it names: "destroyed 41 drones
        # between 23:00 on Friday and 07:00 on Saturday. ... 17 drones were destroyed over
        # Bryansk, 11 over Kursk ... and the rest over Oryol")
        floor = state.sentence_starts[j] if total.start < state.sentence_starts[j] else 0
    if total.value is None or total.qualifier != "exact" or any(f.value is None for f in items):
        return None
    if _EACH.search(text, total.end, p.start):
        return None  # "four each over Smolensk and Tula": items the sum cannot count
    # (a day told with the total, before the colon that opens its list, is the list's:
    # "destroyed 118 Ukrainian drones overnight: 47 over ...")
    colon = text.rfind(":", total.end, first)
    lo = colon + 1 if colon >= 0 else total.end
    if colon < 0 and (told := _TOTAL_THEN_PART.match(text, total.end)) is not None:
        lo = told.end()  # (or before the comma: "destroyed 47 UAVs overnight, 31 over ...")
    if _DAY_WORD.search(text, max(lo, floor), p.start):
        return None  # "30 were downed yesterday. On Friday, 10 over Kursk ...": another night
    # (a part of an item is no item: "5 over the Moscow region, including 3 flying towards
    # Moscow, and the rest over the Sea of Azov")
    # (the list's first item may be opened by "including": "46 drones overnight, including
    # 18 over Belgorod region, 11 over Kursk region and the rest ...")
    left = total.value - sum(f.value for f in items if f.value is not None
                             and (f.start == first or not _INCLUDING_BEFORE.search(text, max(0, f.start - 14), f.start)))
    if left <= 0:
        return None
    return numbers.Amount(p.amount.start, p.amount.end, p.amount.text, left, left, left, "exact",
                          number_start=p.amount.start)


_EACH = re.compile(r"\beach\b", _I)
_DAY_WORD = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|overnight|last\s+night|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)", _I)
_REST_ITEM_AFTER = re.compile(r"\s+(?:over|above|in|near|off|across)\s", _I)


def _vague_group_matches(sentence: str) -> list[re.Match[str]]:
    """The matches, left to right, of a clause opening (the start, a mark or a joining
    word) followed by _VAGUE_GROUP_BODY."""
    first = _VAGUE_GROUP_FIRST.match(sentence)
    if first is None:
        return list(_VAGUE_GROUP.finditer(sentence))
    return [first, *_VAGUE_GROUP.finditer(sentence, first.end())]


def _vague_groups(text: str, s0: int, s1: int, taken: _Taken) -> list[Fact]:
    """'US personnel suffered minor injuries': injured, no figure."""
    out: list[Fact] = []
    for m in _vague_group_matches(text[s0:s1]):
        np_start, v_end = s0 + m.start("np"), s0 + m.end("verb")
        if taken.overlaps(np_start, v_end):
            continue
        first = m.group("np").split()[0]
        if numbers.parse(first) is not None or first.lower() in ("all", "some", "many", "most"):
            continue
        verb = m.group("verb").lower()
        if not m.group("aux") and verb in ("killed", "injured", "wounded", "hurt") and _ACTIVE_OBJECT.match(text, v_end, s1):
            continue
        kind = "killed" if verb in ("killed", "died") else "injured"
        obj = _victim_object(m.group("np"), None)
        out.append(Fact(kind=kind, value=None, start=np_start, end=v_end, text=text[np_start:v_end],
                        min=None, max=None, qualifier="vague", object=obj,
                        rule=f"casualty.{kind}.vague_group", confidence=CONFIDENCE["vague_group"]))
    return out


def _victim_object(np: str, of_group: str | None) -> str | None:
    """A readable victim group: 'Iraqi security forces', 'IRGC members', 'Israeli soldiers'."""
    if of_group:
        for pat, name in _GROUP_ALIASES:
            if pat.search(of_group):
                return name
        return _demonymise(of_group.strip())
    if np.lower().endswith(" of the soil"):
        return "soldiers"  # ("brave sons of the soil": an army's words for its own)
    words = [w for w in np.split() if w.lower() not in _DROP_WORDS]
    if not words:
        return None
    return " ".join(words)


_THE_START = re.compile(r"^the\s+", _I)


def _demonymise(group: str) -> str:
    g = _THE_START.sub("", group)
    m = _POSSESSIVE.match(g)
    if m:
        who = m.group("who").lower()
        adj = lx.DEMONYMS.get(who) or lx.DEMONYMS.get("the " + who)
        if adj:
            return f"{adj} {m.group('rest')}"
    return g


def _make(text: str, kind: str, a: numbers.Amount, start: int, end: int, obj: str | None,
          rule: str, how: str) -> Fact:
    return _fact(text, kind, a.value, a.min, a.max, a.qualifier, obj, start, end, rule, how)


def _rule_id(kind: str, name: str) -> str:
    """A rule's id for a fact of `kind`: "casualty.killed.<name>", "count.launch.<name>"."""
    return f"casualty.{kind}.{name}" if kind in CASUALTY_KINDS else f"count.{_KIND_VERB[kind]}.{name}"


def _fact(text: str, kind: str, value: int | None, lo: int | None, hi: int | None, qual: str,
          obj: str | None, start: int, end: int, rule: str, how: str) -> Fact:
    return Fact(kind=kind, value=value, start=start, end=end, text=text[start:end], min=lo,
                max=hi, qualifier=qual, object=obj, rule=rule,
                confidence=CONFIDENCE.get(how, 0.6))
