"""Who says so: fills `attributed_to` on every fact.

A source is the noun phrase governing a speech verb in the fact's sentence ("a US
official said", "according to the ministry", "”, said Col. X"). The phrase is kept
short ("an Iraqi police official", not "... from the region, speaking on condition of
anonymity") because the curator reads it in a narrow column. A pronoun subject ("He
said") stands for the last source named before it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from dataclasses import dataclass

from .document import Document, fold, has_any
from .model import Fact

_VERB_WORDS = ("said", "says", "told", "confirmed", "reported", "stated", "added", "announced",
               "wrote", "posted", "tweeted", "noted", "explained", "insisted", "warned")
_VERBS = f"(?:{'|'.join(_VERB_WORDS)})"
# (ASCII word boundaries: a third faster to scan; a verb beside a non-ASCII letter, where
# `\b` sees no boundary, is dropped after, see _speech_verbs)
_VERB = re.compile(rf"\b{_VERBS}\b", re.ASCII)
# a phrase character: anything but clause punctuation, except the full stop of a title
# abbreviation ("Lt. Col. Dan Smith", "Cmdr. Dan Ortiz", "the U.S. military")
_NPC = (r"(?:[^,.;:“”\"()—]|(?<=[A-Z])\.|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z][a-z])\.|"
        r"(?<=Cmdr|Capt|Brig|Supt|Insp|Prof)\.)")
# A figure told in a participle or an idiom rather than after a speech verb: "ISWAP
# claimed the attack in a statement, saying it had killed 23", "the mayor gave a lower
# figure, saying 34 were hurt", "an official put the number at more than 20 drones".
# The speaker is the subject of the main verb.
_TELLING_VERB = re.compile(
    r"\b(?:gave|put|claimed|issued|released|raised|revised|updated|lowered|cited|quoted)\b"
    # ("the governor gave a more detailed account, telling state television that ...")
    r"(?=[^.;]{0,120}?(?:,\s+(?:saying|telling)\b|\s+the\s+(?:number|toll|figure|count|tally)\s+at\b))"
)
_AT_NOUNS = ("number at", "toll at", "figure at", "count at", "tally at")
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<np>{_NPC}{{2,90}})")
# "said resident Fadumo Ali", "said police chief Ahmed Khan": a role word before a name
_ROLE = (
    r"(?:resident|witness|villager|neighbou?r|survivor|nurse|doctor|medic|paramedic|farmer|"
    r"teacher|student|shopkeeper|driver|fisherman|engineer|pilot|journalist|analyst|lawmaker|"
    r"spokes(?:man|woman|person)|official|commander|governor|mayor|(?:police\s+)?chief)"
)
_INVERTED = re.compile(
    rf"(?:[,”\"]\s*|\bas\s+){_VERBS}\s+(?P<np>(?:the\s+|a\s+|an\s+|{_ROLE}\s+)?[A-Z]{_NPC}{{1,80}}"
    rf"|(?:the|a|an)\s+{_NPC}{{2,80}})"
)
_SKIP_SEGMENT = re.compile(
    r"^(?:who|which|whose|speaking|citing|adding|also|as|while|when|after|before|"
    r"according|in\s+a\s+statement|on\s+condition|"
    # "A resident of Djibo, reached by telephone, said": how the speaker was reached
    r"reached|contacted|interviewed|asked|quoted|writing|posting)\b"
    # (a day alone, "the governor, on Friday, said"; not "On Friday the governor said")
    r"|^on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
_TIME_SEGMENT = re.compile(
    r"^(?:minutes|hours|days|moments|shortly|soon|just|seconds)\s+(?:after|before)\b", re.IGNORECASE)
_LEAD_WORDS = re.compile(
    r"^(?:and|but|while|as|then|so|however|meanwhile|also|that|later|separately|earlier|"
    r"in\s+a\s+statement|on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|"
    # ("Overnight into Thursday the ministry reported", "Early on Sunday the ministry said")
    r"overnight(?:\s+(?:into|to)\s+\w+day)?|(?:early|late)(?:\s+on)?\s+\w+day(?:\s+(?:morning|night))?|"
    r"last\s+night|this\s+morning|earlier\s+today|"
    # ("By evening the regional headquarters put the figure at five": when, not who)
    r"by\s+(?:\w+day|morning|mid-?morning|midday|noon|afternoon|evening|nightfall|night|then|dawn)(?:\s+(?:morning|afternoon|evening|night))?,?)\s+"
    # a live page's time stamp: "14:20 | The Islamic Jihad's al-Quds Brigades claimed"
    r"|^(?:\d{1,2}[:.])?\d{1,2}\s*[|–—-]\s*",
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
# "was said to be": nobody is speaking
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_INSTITUTION = re.compile(
    r"\b(?i:ministry|army|military|police|command|agency|forces?|navy|fleet|mission|office|department|"
    r"observatory|monitor|hospital|corps|administration|government|council|committee|directorate|service|"
    r"authorit(?:y|ies)|group|network|organi[sz]ation|union)\b|^[A-Z]{2,8}$")
_PERSON_TITLE = re.compile(r"\b(?i:chief|spokes\w+|minister|governor|mayor|commander|head|officers?|officials?|"
                           r"director|president|colonel|general|captain|lieutenant|sergeant|dr|mr|ms|mrs)\b")
# A document or outlet named by what it is, after the body that issued it was named
_DOCUMENT_ANAPHORS = frozenset({
    "the statement", "a statement", "the agency", "the report", "the communique", "the communiqué",
    "the post", "the release", "the update", "the bulletin", "the briefing", "the notice", "the message"})
# Words that tell a named speaker's sex, so that "she added" after a man's quote goes
# back to the spokeswoman named before him (in lower case: a phrase's words are folded
# and looked up, one set look-up instead of a pattern tried at every position).
_FEMALE = frozenset({
    "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "policewoman", "woman", "women",
    "ms", "mrs", "miss", "madam", "mother", "daughter", "wife", "sister", "widow", "grandmother",
    "girl", "she", "her", "herself",
})
_MALE = frozenset({
    "spokesman", "chairman", "congressman", "businessman", "policeman", "man", "men", "mr",
    "father", "son", "husband", "brother", "widower", "grandfather", "boy", "he", "him", "his",
    "himself",
})
# "Resident Fadumo Ali said she heard ...": the speaker's own pronoun right after the verb
_OWN_PRONOUN = re.compile(rf"{_VERBS}(?:\s+\w+)?\s+(?:that\s+)?(she|he)\b", re.IGNORECASE)
_HEADS = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|ministry|minister|army|military|police|"
    r"sources?|command|agency|governor|witness(?:es)?|residents?|statement|media|group|"
    r"forces?|navy|fleet|mission|prosecutors?|investigators?|mayor|authorit(?:y|ies)|president|commander|chief|head|service|council|"
    r"office|department|observatory|monitor|medics?|doctors?|hospital|correspondent|"
    r"reporter|analysts?|diplomats?|guard|corps|administration|government|channel|"
    r"television|agency|committee|directorate|emergency|rescuers?|staff|"
    # people who speak for the dead or a ship: "relatives said", "her manager said"
    r"relatives?|famil(?:y|ies)|managers?|owners?|operators?|company|captain|crew|"
    r"volunteers?|activists?|elders?|villagers?|eyewitness(?:es)?|paramedics?|nurses?)\b",
    re.IGNORECASE,
)
# "The government gave a far lower figure.": an institution as a sentence's subject, the
# one a later "it said" stands for
_BODY_SUBJECT = re.compile(
    r"[\"“]?(?P<np>[Tt]he\s+(?:[\w'’-]+\s+){0,2}?(?:government|ministry|army|military|police|"
    r"group|council|agency|command|administration|authorities|junta|militia|movement|company|"
    r"operator|navy|mission))"
    # (or its account: "The Israeli military's account, issued in short posts, was different")
    r"(?:['’]s\s+(?:account|version|statement|figures?|count|tally|report)\b,?)?"
    r"\s+(?!said|says|told|who|which|that)[a-z]+\b"
)
# compiled once: the phrase helpers run for every speech verb
# (a spaced hyphen is a dash: "BEIRUT -- State media said")
_SEGMENT_BREAK = re.compile(r"[,;:“”\"—–()]|\s--?\s")
_SPACES = re.compile(r"\s+")
_TOLD_TAIL = re.compile(r"\s+(?:told|to)\s+\w+$")
_ADVERB_TAIL = re.compile(r"\s+(?:later|earlier|also|then|again|initially|first|originally)$")
# "medical sources have told Al Jazeera": the auxiliary of the speech verb
_AUX_TAIL = re.compile(r"\s+(?:have|has|had)(?:\s+(?:also|since|now|earlier|already))?$")
_ADVERBS = ("later", "earlier", "also", "then", "again", "initially", "first", "originally")
_NAME_STOP = re.compile(r"(?<=[a-z]{2})\.$")
_A_DATE = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?:,?\s+\d{4})?")
_NOT_SOURCE = {"afp", "reuters", "ap", "the associated press", "cnn", "the bbc", "bbc"}
# A speaker named as a label before a colon, as headlines, bulletins and live pages do:
# "IDF statement: 12 projectiles ...", "• Magen David Adom: six killed", "07:15 - Bilous:
# \"12 people ...\"". (After an optional bullet or time stamp; a label of up to six words.)
_LABEL = re.compile(
    r"(?:[-•*▪🔹]\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:GMT\s*)?[-–—|]\s*)?"
    r"(?P<np>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}?)"
    r"(?:\s+(?:statement|says|said|update|briefing|bulletin|report|summary))?:\s+(?P<quote>[\"“])?"
)
_FACT_WORDS = frozenset({"killed", "dead", "injured", "wounded", "hurt", "launched", "fired", "intercepted",
                         "downed", "destroyed", "hits", "impacts"})
# labels that head a page's parts, not a speaker
_NOT_LABEL = frozenset({"update", "correction", "breaking", "note", "editor's note", "editor’s note", "photo",
                        "video", "watch", "live", "latest", "background", "context", "warning", "read more",
                        "statement", "key figures", "the latest"})
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


@dataclass
class _Source:
    start: int
    phrase: str
    # told by "saying" or "put the number at": covers only the figures after its verb
    forward: bool = False


def attribute(doc: Document, facts: list[Fact]) -> None:
    """Set `attributed_to` on each fact that has none, from its sentence's source, or the
    paragraph's source before it when the sentence names none."""
    found: dict[int, _Told] = {}
    named: list[_Source] = []
    bodies: list[_Source] = []  # institutions that open a sentence without a speech verb
    verb_starts = _verb_starts(doc.text)
    # whether any sentence may name a source without a speech verb (see _sentence_sources)
    verbless = "ccording" in doc.text or "saying" in doc.text or "telling" in doc.text or has_any(doc.text, _AT_NOUNS)
    # per sentence: the last source of the sentences before it in its paragraph, which
    # covers a fact of a sentence that names none (one pass, not a walk back per fact)
    earlier: dict[int, str | None] = {}
    last_block, last_phrase = None, None
    for sent in doc.sentences:
        if sent.block is not last_block:
            last_block, last_phrase = sent.block, None
        earlier[sent.index] = last_phrase
        sources = []
        # (it opens with "The" or "the", after a quote mark or not)
        body = _BODY_SUBJECT.match(doc.text, sent.start, sent.end) if (
            doc.text.startswith("he", sent.start + 1, sent.end)
            or doc.text.startswith("he", sent.start + 2, sent.end)) else None
        if body is not None:
            bodies.append(_Source(sent.start, _SPACES.sub(" ", body.group("np"))))
        # a dateline is no part of the speaker: "KYIV (Reuters) - Ukraine said"
        s0 = sent.start
        if doc.dateline is not None and s0 <= doc.dateline.start < sent.end:
            s0 = max(s0, doc.dateline.end)
        # (a sentence starts and ends beside a space, so no verb runs across its edges)
        lo, hi = bisect_left(verb_starts, s0), bisect_left(verb_starts, sent.end)
        label = _label(doc.text, s0, sent.end) if doc.text.find(":", s0, min(s0 + 90, sent.end)) >= 0 else None
        if lo == hi and not verbless and label is None:
            continue  # no verb, and nothing else to name a source by
        if label is not None:
            named.append(label)
            sources.append(label)
        for src in _sentence_sources(doc.text, s0, sent.end, [v - s0 for v in verb_starts[lo:hi]]):
            if src.phrase.lower() in _DOCUMENT_ANAPHORS and named and _INSTITUTION.search(named[-1].phrase) and (
                    not _PERSON_TITLE.search(named[-1].phrase)):
                # "the statement said", "the agency reported": the body named before that
                # issued it (a person named last is no issuer of a report)
                src = _Source(src.start, named[-1].phrase, forward=src.forward)
            elif src.phrase.lower() in _PRONOUNS:
                antecedent = _antecedent(named, src.phrase.lower(), doc.text)
                if src.phrase.lower() in ("it", "they") and bodies and bodies[-1].start < src.start and (
                        antecedent is None or bodies[-1].start > antecedent.start):
                    # "The government gave a far lower figure. ..., it said": the
                    # institution the paragraph is about, not the last speaker
                    antecedent = bodies[-1]
                if antecedent is None:
                    continue
                src = _Source(src.start, antecedent.phrase, forward=src.forward)
            else:
                named.append(src)
            sources.append(src)
        if sources:
            found[sent.index] = _Told(sources)
            last_phrase = sources[-1].phrase
    quoted: dict[int, str] | None = None  # (worked out at the first fact that needs it)
    for fact, sent in zip(facts, doc.sentences_at([f.start for f in facts]), strict=True):
        if fact.attributed_to:
            continue
        if sent is None:
            continue
        told = found.get(sent.index)
        fact.attributed_to = told.pick(fact.start) if told is not None else None
        if fact.attributed_to is None:
            if quoted is None:
                quoted = _quoted_speakers(doc, found)
            # a sentence inside a quotation is its speaker's, named where it closes; else
            # the paragraph's earlier source covers a sentence that names none
            fact.attributed_to = quoted.get(sent.index) or earlier.get(sent.index)


def _quoted_speakers(doc: Document, found: dict[int, _Told]) -> dict[int, str]:
    """The speaker of each sentence that lies inside a quotation whose speaker is named
    only where it closes, later in the paragraph ('"Twelve rockets were fired. Nine were
    intercepted," the spokesman said': the first sentence is the spokesman's too)."""
    out: dict[int, str] = {}
    inside: list[int] = []  # sentences of the quotation still open, waiting for its speaker
    is_open, block = False, None
    text = doc.text
    for sent in doc.sentences:
        if sent.block is not block:
            block, inside, is_open = sent.block, [], False
        opened, closed = text.rfind("“", sent.start, sent.end), text.rfind("”", sent.start, sent.end)
        straight = text.count('"', sent.start, sent.end)
        starts_inside = is_open
        if opened >= 0 or closed >= 0:
            is_open = opened > closed
            close_at = closed
        else:
            is_open = is_open != (straight % 2 == 1)
            close_at = text.rfind('"', sent.start, sent.end) if straight else -1
        told = found.get(sent.index)
        if not is_open and inside and close_at >= 0 and told is not None:
            speaker = told.pick(close_at)
            if speaker is not None:
                out.update(dict.fromkeys(inside, speaker))
            inside = []
        elif not is_open:
            inside = []
        elif told is None and (starts_inside or opened >= 0 or straight):
            inside.append(sent.index)
    return out


def _antecedent(named: list[_Source], pronoun: str, text: str) -> _Source | None:
    """The speaker a pronoun stands for: the last one named, unless 'she' or 'he' fits
    an earlier one better ("..., a spokeswoman said. '...,' said Cmdr. X. Nobody was
    hurt, she added": the spokeswoman)."""
    if not named:
        return None
    recent = named[-4:][::-1]
    if pronoun not in ("she", "he"):
        return named[-1]
    # the speakers' sex, "f", "m" or unknown, from the words around each name (told only
    # here: few pronouns need it)
    sexes = [_sex(s.phrase, text, s.start) for s in recent]
    if pronoun == "she":
        # a woman speaking is nearly always marked somewhere (spokeswoman, Ms, "said
        # she"), so a marked one beats an unmarked name said later
        return (next((s for s, sex in zip(recent, sexes, strict=True) if sex == "f"), None)
                or next((s for s, sex in zip(recent, sexes, strict=True) if sex is None), recent[0]))
    return next((s for s, sex in zip(recent, sexes, strict=True) if sex != "f"), recent[0])


def _sex(phrase: str, text: str, at: int) -> str | None:
    # the phrase's words as a case-blind pattern would see them; "her" in a name phrase
    # is someone else's
    # (folding keeps every character a word character or not, so the words stay whole)
    words = set(_WORD_RUN.findall(fold(phrase))) - _PRONOUN_WORDS
    female, male = not words.isdisjoint(_FEMALE), not words.isdisjoint(_MALE)
    if female and not male:
        return "f"
    if male and not female:
        return "m"
    own = _OWN_PRONOUN.match(text, at)
    if own:
        return "f" if own.group(1).lower() == "she" else "m"
    return None


_PRONOUN_WORDS = frozenset({"she", "he", "her", "his", "him", "herself", "himself"})
_WORD_RUN = re.compile(r"\w+")


class _Told:
    """A sentence's sources in text order, ready for the question each of its facts asks
    (a table or runaway sentence may hold thousands of both: each fact then looks its
    place up instead of walking the sentence's sources)."""

    __slots__ = ("sources", "starts")

    def __init__(self, sources: list[_Source]) -> None:
        self.sources = sources
        self.starts = [s.start for s in sources]

    def pick(self, offset: int) -> str | None:
        """The source of a fact at `offset`. The report's usual order is claim first,
        source after ("X happened, Y said"): the first source after the fact, unless it
        only covers the figures after its verb ("saying", "put the number at"); else the
        last source before it (or one of those at its very start)."""
        if not self.sources:
            return None
        i = bisect_left(self.starts, offset)
        for s in itertools.islice(self.sources, i, None):
            if not s.forward:
                return s.phrase
        k = bisect_right(self.starts, offset)  # (from i on, all cover what follows them)
        last = k - 1 if k > i else i - 1
        return self.sources[max(last, 0)].phrase


def _label(text: str, s0: int, s1: int) -> _Source | None:
    """The speaker a sentence opens with as a label before a colon: a name with a
    speaker's head word ("Air Force:", "Health ministry:") or an acronym ("IDF statement:"),
    or any name before a quotation ("Bilous: \"..."). A place as label ("Kharkiv: two
    injured") names no speaker."""
    m = _LABEL.match(text, s0, s1)
    if m is None:
        return None
    np = m.group("np")
    if np.lower() in _NOT_LABEL or np.lower() in _NOT_SOURCE or np.rsplit(None, 1)[-1].lower() in _FACT_WORDS:
        return None  # (nor a tally's own label: "Security forces killed: 46")
    if m.group("quote") is None and _HEADS.search(np) is None and _ACRONYM.search(np) is None:
        return None
    return _Source(s0 + m.start("np"), np, forward=True)


def sources_in(text: str) -> list[str]:
    """Source phrases of one stretch of text, in order (for tests and the reader)."""
    return [s.phrase for s in _sentence_sources(text, 0, len(text))]


def _sentence_sources(text: str, s0: int, s1: int, verbs: list[int] | None = None) -> list[_Source]:
    """`verbs`: where the speech verbs start in text[s0:s1], when already found."""
    sent = text[s0:s1]
    out: list[_Source] = []
    if verbs is None:
        verbs = [m.start() for m in _speech_verbs(sent)]
    # the telling verbs need ", saying" or "the number at" after them
    telling = "saying" in sent or "telling" in sent or (" at" in sent and has_any(sent, _AT_NOUNS))
    if not verbs and "ccording" not in sent and not telling:
        return out
    for m in _ACCORDING.finditer(sent) if "ccording" in sent else ():
        np = _clean(m.group("np"))
        if np:
            out.append(_Source(s0 + m.start(), np))
    for m in _inverted_at(sent, verbs):
        np = _clean(m.group("np"))
        if np and np.lower() not in _PRONOUNS:
            out.append(_Source(s0 + m.start(), np))
    breaks = _Breaks(sent)
    for m in _TELLING_VERB.finditer(sent) if telling else ():
        np = _subject(sent, m.start(), breaks)
        if np and not _after_passive(sent, m.start()):
            out.append(_Source(s0 + m.start(), np, forward=True))
    told = sorted(o.start for o in out)  # (sorted: looked up once per verb)
    for v in verbs:
        at = s0 + v
        i = bisect_left(told, at - 2)
        if i < len(told) and told[i] <= at + 2:
            continue  # a source found already at this verb
        if _after_passive(sent, v):
            continue  # "was said to be": nobody is speaking
        np = _subject(sent, v, breaks)
        if np:
            # (a speaker inside a clause, "a strike that the group said killed three",
            # tells only what follows: the figures before are someone else's)
            inner = sent.endswith(f"that {np}", 0, v - 1) and sent[v - 1] == " "
            out.append(_Source(at, np, forward=inner))
            insort(told, at)
    out.sort(key=lambda s: s.start)
    return out


def _speech_verbs(sent: str) -> list[re.Match[str]]:
    verbs = list(_VERB.finditer(sent))
    if sent.isascii():
        return verbs
    return [m for m in verbs if not (m.start() > 0 and _is_word(sent[m.start() - 1]))
            and not (m.end() < len(sent) and _is_word(sent[m.end()]))]


def _verb_starts(text: str) -> list[int]:
    r"""Where _speech_verbs finds a verb in each sentence, found for the whole text at
    once rather than sentence by sentence (a sentence's edges lie beside spaces, which
    `\b` reads the same as the ends of the sentence alone). Each verb is looked for with
    str.find, which skips along at C speed, and kept where no word character touches it:
    a few finds over the text cost less than one pattern tried at every space and mark."""
    out: list[int] = []
    size = len(text)
    for verb in _VERB_WORDS:
        i = text.find(verb)
        while i >= 0:
            j = i + len(verb)
            if not (i > 0 and _is_word(text[i - 1])) and not (j < size and _is_word(text[j])):
                out.append(i)
            i = text.find(verb, j)
    # (no two verbs overlap: each is a whole word, and none starts another)
    out.sort()
    return out


def _inverted(sent: str, verbs: list[re.Match[str]]) -> list[re.Match[str]]:
    """_inverted_at for the verbs _speech_verbs found."""
    return _inverted_at(sent, [verb.start() for verb in verbs])


def _inverted_at(sent: str, verbs: list[int]) -> list[re.Match[str]]:
    """What _INVERTED.finditer(sent) finds, tried only where it can match: its opening
    (a comma, a quote mark, "as") ends in spaces right before a speech verb, and the
    verbs (where they start) are already found, so the pattern is matched there instead
    of tried at every position of the sentence."""
    out: list[re.Match[str]] = []
    end = 0  # where the last match ended: finditer's matches do not overlap
    for verb in verbs:
        i = j = verb
        while j > 0 and sent[j - 1].isspace():
            j -= 1
        if j > 0 and sent[j - 1] in ",”\"":
            start = j - 1
        elif j < i and sent.endswith("as", 0, j) and (j == 2 or not _is_word(sent[j - 3])):
            start = j - 2
        else:
            continue
        m = _INVERTED.match(sent, start) if start >= end else None
        if m:
            out.append(m)
            end = m.end()
    return out


def _is_word(char: str) -> bool:
    r"""A character `\w` matches."""
    return char.isalnum() or char == "_"


def _after_passive(sent: str, end: int) -> bool:
    r"""Whether sent[:end] ends in "was", "been", ... and a space: the pattern
    `\b(?:was|...)\s+$`, read from the end rather than tried at every position."""
    j = end
    while j > 0 and sent[j - 1].isspace():
        j -= 1
    if j == end or sent[j - 1] not in "sgen":  # (the last letters of the words)
        return False
    return any(sent.endswith(word, 0, j) and (j == len(word) or not _is_word(sent[j - len(word) - 1]))
               for word in _PASSIVE)


class _Breaks:
    """Where _SEGMENT_BREAK splits a sentence, found once: each speech verb then walks
    back over the few segments before it, not over the whole sentence up to it (a
    sentence of hundreds of "X said" would cost the square of its length)."""

    def __init__(self, sent: str) -> None:
        self.sent = sent
        self.starts: list[int] | None = None  # (found at the first question)
        self.ends: list[int] = []

    def segments_before(self, v: int) -> Iterator[tuple[int, int]]:
        """(start, end) of each segment of sent[:v], last first."""
        if self.starts is None:
            spans = [m.span() for m in _SEGMENT_BREAK.finditer(self.sent)]
            self.starts, self.ends = [a for a, _ in spans], [b for _, b in spans]
        # (no break runs across v: a verb opens with a letter, and a break ends on a mark
        # or a space)
        i, end = bisect_right(self.ends, v), v
        while i > 0:
            i -= 1
            yield self.ends[i], end
            end = self.starts[i]
        yield 0, end


def _subject(sent: str, v: int, breaks: _Breaks) -> str | None:
    """The noun phrase right before the speech verb at sent[v], skipping appositives set
    off by commas ("A US official, who asked not to be named, said")."""
    relative = False
    for a, b in breaks.segments_before(v):
        seg = sent[a:b].strip()
        if not seg:
            continue
        if _TIME_SEGMENT.match(seg):
            return None  # "..., minutes after the air force warned": a time, not a speaker
        if _SKIP_SEGMENT.match(seg):
            relative = relative or seg.lower() in ("which", "who")
            continue
        if relative and (by := _BY_AGENT.search(seg)) is not None:
            # "a claim flatly contradicted by the Israeli military, which said": the
            # relative hangs on the agent, not on the claim
            seg = seg[by.end() :]
        elif " that " in seg:
            # "in response to an Israeli strike that the group said killed three": the
            # clause's own subject
            seg = seg.rsplit(" that ", 1)[1]
        elif " what " in seg:
            seg = seg.rsplit(" what ", 1)[1]  # "firing what the IRGC said were 18 missiles"
        # (_clean already turns away a phrase of more than eight words, but a pronoun)
        return _clean(seg)
    return None


_BY_AGENT = re.compile(r".*\bby\s+(?=\w)")


def _clean(np: str) -> str | None:
    np = " ".join(np.split())  # runs of spaces as one, ends trimmed
    while m := _LEAD_WORDS.match(np):
        np = np[m.end() :]
    np = _TRIM.sub("", np).strip()
    # (the tails are tested for their words first: most phrases have none)
    if "to" in np:
        np = _TOLD_TAIL.sub("", np)
    if np.endswith(_ADVERBS):
        np = _ADVERB_TAIL.sub("", np)
    if "ha" in np:
        np = _AUX_TAIL.sub("", np)
    # "said resident Fadumo Ali.": a name's last full stop ends the sentence, not a title
    if np.endswith("."):
        np = _NAME_STOP.sub("", np)
    low = np.lower()
    if not np or low in _NOT_SOURCE or _A_DATE.fullmatch(np):
        return None  # ("An article published on Friday, April 24, said ...": a day, no speaker)
    if low in _PRONOUNS:
        return low
    words = np.split()
    if len(words) > 8 or _CLAUSE.search(np):
        return None
    for w in words:
        if w[0].isupper():
            return np
    return np if _HEADS.search(np) else None
