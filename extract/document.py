"""Structure of an article's text: blocks (headline, caption, dateline, body paragraphs)
and sentences, all as offsets into the unchanged text so every fact can point back."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from .model import Section

# A caption about another time and place often opens a wire report; its numbers are
# background, so it must be told apart from the body.
_CAPTION_CUES = re.compile(
    r"\b(?:AFP PHOTO|AP PHOTO|REUTERS/|Photo:|Photo by|File photo|FILE PHOTO|Getty Images|"
    r"\(Photo|Photograph:|Picture:|Image:|"
    # "..., in this image taken from a video on June 14", "in this handout picture"
    r"in\s+this\s+(?:handout\s+|file\s+|undated\s+)?(?:image|photo|picture|photograph|video\s+grab|screen\s?grab)|"
    r"(?:image|photo|picture)\s+(?:taken|obtained|released|posted)\s+(?:from|by|on))",
    re.IGNORECASE,
)
# The cues' twin for the lower-cased text, matched without IGNORECASE (its escapes, \b
# \s \(, read the same in lower case): case-blind matching is the slow part of a scan.
_CAPTION_CUES_LOWER = re.compile(_CAPTION_CUES.pattern.lower())
# Every cue holds one of these, lower-cased: a text holding none has no cue, which a few
# `in` tests on the lower-cased text tell far faster than the case-blind scan above.
_CAPTION_CUE_WORDS = ("photo", "reuters/", "getty", "picture", "image", "grab")
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# (an agency's dateline may name the month in capitals: "YEREVAN, MAY 22, ARMENPRESS.")
_MONTH_ANY_CASE = rf"(?:{_MONTH_NAME}|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?)"
# An opening paragraph that ends in its own date is a photo's caption (wire style:
# "A displaced woman carries water past shelters near Goma, March 2, 2024.")
_DATED_END = re.compile(rf"[,(]\s*{_MONTH_NAME}\s+\d{{1,2}},\s+(?:19|20)\d\d\)?\.?$")
_FULL_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b"
)
# "ERBIL, Iraq —", "KYIV (Reuters) -", "RAWALPINDI:", and the title-case "Kadugli –"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-/ ]{2,40}(?:,\s*[A-Z][\w.'’\- ]{1,30})?)"
    # (a date may follow the place: "GENEVA/KYIV, 9 January -")
    # (and its year: "DOHA, May 19, 2027 (AFP) -")
    rf"(?:,\s*(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?)?\s*"
    r"(?:\([^)\n]{1,30}\)\s*)?(?:\.?[—–-]{1,2}|:)\s+"  # (".–": "Feb. 9 (wire).– Two women")
    r"|^(?P<place2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+[—–]\s+"
    # agency style: "YEREVAN, June 19. An Armenian serviceman ...", "MOSCOW, 19 June. /TASS/."
    rf"|^(?P<place3>[A-Z][A-Z.'’\- ]{{2,40}}),\s+(?:{_MONTH_ANY_CASE}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_ANY_CASE})"
    r"(?:,\s+[A-Z][A-Za-z-]{2,20})?\.(?:\s*/[A-Za-z-]{2,20}/\.?)?\s+(?=[A-Z\"“])"
    # a ministry's bulletin: "Kyiv, 08.12.2026, 09:00. Data as of ..."
    r"|^(?P<place4>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d"
    r"(?:,?\s+\d{1,2}[:.]\d\d)?\.\s+(?=[A-Z\"“])"
)
# An editor's line before a reproduced release: "The following is the text of a news
# release issued Monday." It tells of the release, not of the attack.
_EDITORS_NOTE = re.compile(
    r"(?:The\s+following\s+is\b|What\s+follows\s+is\b|Below\s+is\s+the\s+(?:full\s+)?text\b|"
    r"[^.]{0,80}\bissued\s+the\s+following\s+(?:release|statement|update)\b)[^\n]{0,300}$")


_PLACE_DATE_LINE = re.compile(
    rf"^[A-Z][\w'’. -]{{1,30}},\s+(?:{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}})\.?$")


def body_blocks(doc: Document) -> list[Block]:
    """The body's prose blocks and summary points, in order: the first is the lead (a live
    blog's entry titles and labels, and a standfirst, are no lead)."""
    return [b for b in doc.blocks if b.kind == "body" and b.role not in ("title", "label", "standfirst")]


def _is_editors_note(chunk: str) -> bool:
    """_EDITORS_NOTE, after a dateline if one opens the paragraph ("ABUJA - The following is")."""
    m = _DATELINE.match(chunk)
    return _EDITORS_NOTE.match(chunk, m.end() if m else 0) is not None


def _is_issuer_line(chunk: str, limit: int = 60) -> bool:
    """A release's header line between its headline and its text: "U.S. Central Command",
    "FOR IMMEDIATE RELEASE", "RELEASE NO. 20240702-03", "TAMPA, Fla.", "Erbil, 22 January
    2026". A short title-case line that tells of the attack ("Five Soldiers Killed") is a
    deck, and stays in the body."""
    if len(chunk) > limit or "\n" in chunk or chunk.endswith((":", "?", "!")):
        return False
    if _PLACE_DATE_LINE.match(chunk) or _CITY_STATE_LINE.match(chunk):
        return True  # where (and when) the release was issued
    if chunk.upper() == chunk:
        return not _DECK_WORDS.search(chunk)  # "FOR IMMEDIATE RELEASE", "U.S. CENTRAL COMMAND"
    return _ISSUER_WORD.search(chunk) is not None and not _DECK_WORDS.search(chunk) and all(
        w[0].isupper() or not w[0].isalpha() for w in chunk.split())


# "TAMPA, Fla.", "ARLINGTON, Va."
_CITY_STATE_LINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,30},\s+[A-Z][a-z]{1,4}\.$")
# the bodies that issue releases
_ISSUER_WORD = re.compile(
    r"\b(?:Command|Ministry|Forces|Force|Office|Department|Directorate|Agency|Service|Army|Police|"
    r"Headquarters|Spokesperson|Spokesman|Unit|Release|Authority|Administration|Mission|Council|Centre|Center)\b")
# words of an attack's headline or deck, which no issuer line holds
_DECK_WORDS = re.compile(
    r"\b(?:killed|kill|kills|dead|die[sd]?|wounded|injured|hurt|attack\w*|strikes?|struck|rockets?|missiles?|"
    r"drones?|shell\w*|fired|downed|intercept\w*|hit|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE)


def _is_dateline_alone(chunk: str) -> bool:
    """Whether the whole paragraph is a dateline ("TAMPA, Fla. -", "KYIV (Reuters) —")."""
    if len(chunk) > 80:
        return False
    m = _DATELINE.match(chunk + " ")
    # ("EL OBEID / DILLING – December 9, 2026": the place and the day of filing)
    return m is not None and (m.end() > len(chunk) or _DATE_STAMP.match(chunk[m.end() :].strip()) is not None)


# A bulletin's tally line, "Killed: 1; Injured: 7": the report's own figures, though
# shaped like a headline
# (or with a dot leader: "Drones launched ............ 3")
# (a form's field too: "Date & time of occurrence: 17/12/2026")
_TALLY_LINE = re.compile(r"^[A-Z][\w ,'()/&-]{1,40}(?::|\s*(?:\.{3,}|…+))\s*\d")
# An item of a list by type, "▪️ Iskander-M — 1 of 2": a figure after a dash, no link
_DASH_FIGURE = re.compile(r"\s[—–]\s*\d[\d,]*(?:x|\+)?(?:\s+of\s+\d[\d,]*)?(?:\s*[(;,]|\s*$)")
# An "in numbers" box's line, "653 — drones launched": the report's own figures, though
# shaped like a link to another story
_FIGURE_LINE = re.compile(r"^\d[\d,.]*(?:\s+(?:million|thousand|billion))?\+?\s*(?:[—–]|-(?=\s))\s+")
# A release's reference line: "Release Number: 26-061", "Press Release No. 112"
# (a release's label may be in capitals and open the page: "PRESS RELEASE", "NEWS RELEASE")
_META_LINE = re.compile(r"^(?:Release\s+(?:No\.?|Number)|(?i:Press|News|Media)\s+(?i:Release)|Ref(?:erence)?\.?\s+No\.?)[^\n.]{0,40}$")
# An agency's line over translated copy: "Zahedan - IRNA - Thursday 26 Azar 1405 (translated
# from Persian)": the day it was filed, no lead
# (or a line that opens so, naming the source and the day it was filed: "Translated from
# Persian. On the basis of the report of IRNA ..., Monday 7 Dey 1405 (28 December 2026).")
_TRANSLATED_LINE = re.compile(r"^[^\n]{0,70}\((?:translated|translation)\s+from\s+[A-Z][a-z]+\)$"
                              r"|^\[?(?:Translated|Translation)\s+from\s+[A-Z][a-z]+\b[^\n]{0,220}$")
# A line that is only a date (and time): a release's or a page's stamp, no prose.
_DATE_STAMP = re.compile(
    # (an outlet's name may come first: "Stars and Stripes • December 5, 2026")
    r"^(?:[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,4}\s*[•·|]\s*)?"
    r"(?:(?:Updated|Published|Posted|Last\s+updated|Released|As\s+of)(?:\s+on)?:?\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:[\s,|–·-]+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?\.?"
    # (a social post's stamp ends in its audience mark: "December 24, 2026 at 10:31 AM · 🌍")
    r"(?:\s*·\s*(?:🌍|🌐|👥|🔒)\uFE0F?)?$"
)
# Lines that point at another story: their facts belong to that story, not this one.
_RELATED = re.compile(
    r"^(?:read more|read also|also read|also|related|see also|more on this|watch|listen|"
    r"recommended|more from|latest|trending|explainer)\b(?:\s*[:\-–—|]|\s*$)",
    re.IGNORECASE,
)
# A live blog: entry titles open with their time ("12:40 - Toll rises to three",
# "09:15 GMT: ..."), and a summary opens with a label ("Key points") and bullets. Both
# are the report's own text, not links to other stories, though they read like headlines.
_ENTRY_TITLE = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    # (a ticker's arrow too: "07:41 ▶ Suárez: girl, 12, injured")
    r"(?:\s*\(?(?:GMT|BST|CET|CEST|EET|EEST|UTC|ET|EST|EDT|IST|local(?:\s+time)?)\)?)?\s*(?:[-–—|:▶►]|[A-ZÁÉÍÓÚ ]{3,20}\s*[▶►])\s+\S",
    re.IGNORECASE,
)
# a live page's entry time on a line of its own, its title on the next: "11:05 am"
_TIME_ALONE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*\(?(?:GMT|BST|CET|CEST|EET|EEST|UTC|ET|EST|EDT|IST|local(?:\s+time)?)\)?)?\s*$",
    re.IGNORECASE,
)
_SECTION_LABEL = re.compile(
    r"^(?:key\s+(?:points|events|facts|developments|takeaways)|summary|highlights|at\s+a\s+glance|"
    r"background|context|what\s+we\s+know(?:\s+so\s+far)?|catch\s+up|recap)\s*:?$",
    re.IGNORECASE,
)
_POINT = re.compile(r"^[-•*–]\s+\S")
_BYLINE = re.compile(
    r"^(?:By|BY|Written by|Reporting by|Editing by)\s+[A-Z]"
    # a desk's line, as papers in South Asia print it: "Excelsior Correspondent", "Our
    # Correspondent", "Staff Reporter", "Web Desk", "Bureau Report", "Express News Service"
    r"|^(?:[A-Z][\w.'’-]*\s+){0,3}(?:Correspondent|Staff\s+Reporter|Staff\s+Writer|(?:Web|News|Monitoring)\s+Desk|"
    r"Bureau(?:\s+Report)?|News\s+Service)\s*$")
# A post's account line ("OCHA Myanmar ✔ @OCHAMyanmar · 18 Nov 2026"): the day it was
# posted, no lead
_ACCOUNT_LINE = re.compile(
    r"^[^\n@]{0,60}@\w{2,30}\s*[·•|–-]\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,?\s+\d{4})?|\d{1,2}[hm]|\d{1,2}:\d\d(?:\s*[AaPp][Mm])?)(?:\s*[·•|,]\s*[^\n]{0,20})?$")
# A wire update's note on what changed: "(Updates toll in headline and paragraphs 1-3)"
_WIRE_NOTE = re.compile(
    r"^\((?i:Updates|Adds|Recasts|Corrects|Changes|Rewrites|Refiles|Repeats|Removes|Fixes|Inserts|"
    r"Writes\s+through|New\s+throughout|Advances|Tops)\b[^\n()]{0,200}(?<!\.)\)$"
    # (an agency's note to editors: "(ATTN: UPDATES with Houthi claim in para 3)", "(EDS: adds toll)")
    r"|^\((?:ATTN|ATTENTION|EDS|Eds|EDITORS?|Editors?)\s*:[^\n()]{1,200}\)$")
# Words that end in a full stop without ending the sentence ("Lt. Col. Ray Moss"), and
# any single capital ("the U.S. base"). A set look-up of the word before the stop, not
# a pattern searched over the whole sentence so far.
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Gen Lt Col Maj Capt Sgt Brig Adm Cmdr Cdr Cpl Pvt Pfc Spc SSgt Ssg Supt Insp Rep Sen Gov St No "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx Approx est vs Inc Co Corp Ltd Jr Sr "
    "Prof".split()
    + list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
)
# the longest abbreviation and one more character: a run of word characters that long
# is no abbreviation, whatever precedes it
_ABBREV_REACH = max(map(len, _ABBREVIATIONS)) + 1
_LAST_WORD = re.compile(r"\w*\Z")
_LINE_END = re.compile(r"[.!?\"”’:]$")  # a line that ends a sentence
_CLAUSE_END = re.compile(r"[.!?:;,…]$")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


@dataclass(slots=True)
class Block:
    kind: str  # headline, caption, body, related (a pointer to another story), byline
    start: int
    end: int
    index: int
    # within the body: "title" (a live blog's timed entry title), "label" ("Key points",
    # "Background"), "point" (a bullet of the summary under a label), "standfirst" (a
    # second headline under the first, told as a headline is); "" for prose
    role: str = ""


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    block: Block
    index: int

    def text(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


@dataclass(slots=True)
class Document:
    text: str
    published: date | None = None
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    headline: Block | None = None
    dateline: Section | None = None
    _starts: list[int] = field(default_factory=list, repr=False)
    # text.lower() where it keeps every offset and folds case just as the patterns'
    # IGNORECASE does, else None. Not so for "İ" (two characters lower-cased) nor for
    # "ı" and "ſ" (which IGNORECASE matches to i and s, and lower() keeps). Where set, an
    # `in` test on it tells whether a case-blind keyword can occur at all.
    lower: str | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        low = self.text.lower()
        if len(low) == len(self.text) and "ı" not in low and "ſ" not in low:
            self.lower = low

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding `offset` (bisect: the finders ask this once per match,
        some two hundred times a report, so it does no more than it must)."""
        i = bisect_right(self._sentence_starts(), offset) - 1
        if i >= 0:
            sentence = self.sentences[i]
            if offset < sentence.end:  # (bisect saw to its start being at or before)
                return sentence
        return None

    def sentences_at(self, offsets: list[int]) -> list[Sentence | None]:
        """sentence_at for each offset, for a caller with many to look up at once."""
        starts, sentences = self._sentence_starts(), self.sentences
        out: list[Sentence | None] = []
        for offset in offsets:
            i = bisect_right(starts, offset) - 1
            out.append(sentences[i] if i >= 0 and offset < sentences[i].end else None)
        return out

    def sentences_of(self, block: Block) -> list[Sentence]:
        """The sentences of one of the document's blocks, in order: a run of the sentence
        list, found by bisecting their starts (a block's sentences start inside it)."""
        starts = self._sentence_starts()
        return self.sentences[bisect_left(starts, block.start) : bisect_left(starts, block.end)]

    def _sentence_starts(self) -> list[int]:
        # parse lists them; a Document put together by hand gets them on first use
        if len(self._starts) != len(self.sentences):
            self._starts = [s.start for s in self.sentences]
        return self._starts

    def block_at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end:
                return b
        return None

    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "body"]


_FIGURE_ALONE = re.compile(r"(?:about |more than |over |some )?\$?\d{1,3}(?:,\d{3})*\+?(?: [a-z]+)?", re.I)


def _raw_blocks(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, re-joined where a paragraph was hard-wrapped (a line that does
    not end a sentence followed by one that starts in lower case)."""
    blocks: list[list[int]] = []
    prev_blank = True
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            s, e = pos + lead, pos + lead + len(stripped)
            if blocks and not prev_blank and ((stripped[0].islower() and not _LINE_END.search(
                text[blocks[-1][0] : blocks[-1][1]]
            )) or (_FIGURE_ALONE.fullmatch(text, blocks[-1][0], blocks[-1][1]) and stripped.count(" ") >= 2)):
                # (a panel's figure on a line of its own reads with the caption under it:
                # "465" over "Drones and missiles launched at Ukraine overnight")
                blocks[-1][1] = e
            else:
                blocks.append([s, e])
            prev_blank = False
        else:
            prev_blank = True
        pos += len(line) + 1
    return [(s, e) for s, e in blocks]


# A photo's credit closing the paragraph before the lead: "... killed four people. (State
# Emergency Service / Telegram)", "(Courtesy of the governor's office)"
_CREDIT_END = re.compile(
    r"\((?:[^()\n]{2,60}\s/\s[^()\n]{2,40}|(?:Photo|Photograph|Courtesy|Handout|Credit)\b[^()\n]{0,60})\)\s*$"
    # a credit in square brackets, Al Jazeera's way: "[File: Al Jazeera]", "[Mohammed Salem/Reuters]"
    r"|\[(?:File\b[^\[\]\n]{0,50}|[^\[\]\n]{2,40}/[^\[\]\n]{2,40}|(?:AFP|AP|Reuters|EPA|Anadolu|Getty Images|Al Jazeera)"
    r"(?:\s+via\s+[^\[\]\n]{2,30})?)\]\s*$")


# A standfirst tells what befell whom, as a headline does (not a channel's name over its
# headline, a stamp, an invocation)
_STANDFIRST_VERB = re.compile(
    r"\b(?:killed|killing|kills|dead|dies|died|wounded|wounding|injured|injuring|hurt|intercepted|"
    r"shot\s+down|downed|fired|launched|struck|hit|says|said|claims|claimed)\b", re.IGNORECASE)


def _caption_cue_starts(text: str, lower: str | None) -> list[int]:
    """Where the photo cues start, found in one scan of the text (a cue never runs across
    a line break, so each lies inside one block), and only in a text holding a cue word."""
    if lower is None:
        return [m.start() for m in _CAPTION_CUES.finditer(text)]
    if not any(word in lower for word in _CAPTION_CUE_WORDS):
        return []
    return [m.start() for m in _CAPTION_CUES_LOWER.finditer(lower)]


def is_caption(block_text: str, published: date | None) -> bool:
    return _CAPTION_CUES.search(block_text) is not None or _old_date(block_text, published)


def _old_date(block_text: str, published: date | None) -> bool:
    """A full date more than a year before publication: a file photo's."""
    if published is not None:
        for m in _FULL_DATE.finditer(block_text):
            if int(m.group(1)) < published.year - 1:
                return True
    return False


def is_headline_like(block_text: str) -> bool:
    # a paragraph that ends in a closing quote still ends a sentence
    bare = block_text.rstrip("\"”’')]» ")
    return len(block_text) <= 160 and not _CLAUSE_END.search(bare) and (
        len(block_text.split()) >= 3 or block_text.startswith("#")
    )


def parse(text: str, published: date | None = None) -> Document:
    doc = Document(text=text, published=published)
    seen_body = False
    cues = _caption_cue_starts(text, doc.lower)
    in_points = False
    for i, (s, e) in enumerate(_raw_blocks(text)):
        chunk = text[s:e]
        role = ""
        if seen_body or doc.headline is not None:
            # (cheap tests first: most blocks are prose paragraphs)
            if chunk[0].isdigit() and _ENTRY_TITLE.match(chunk):
                role = "title"
            elif len(chunk) < 40 and _SECTION_LABEL.match(chunk):
                role = "label"
            elif in_points and _POINT.match(chunk):
                role = "point"
            elif doc.blocks and is_headline_like(chunk) and _TIME_ALONE.match(
                    text, doc.blocks[-1].start, doc.blocks[-1].end):
                role = "title"
        in_points = role in ("label", "point")
        k = bisect_left(cues, s)
        has_cue = k < len(cues) and cues[k] < e
        # a later caption needs a photo cue; an old date alone marks only an opening one
        caption = has_cue or (not seen_body and (_old_date(chunk, published) or (
            doc.headline is None and _DATED_END.search(chunk) is not None) or _CREDIT_END.search(chunk) is not None))
        if role:
            kind = "body"
            seen_body = True
        elif _RELATED.match(chunk):
            kind = "related"
        elif caption and not seen_body:
            kind = "caption"
        elif (_BYLINE.match(chunk) and len(chunk) < 120) or (
                len(chunk) < 60 and (_DATE_STAMP.match(chunk) or _META_LINE.match(chunk))) or (
                _WIRE_NOTE.match(chunk) or _ACCOUNT_LINE.match(chunk) or _TRANSLATED_LINE.match(chunk)):
            kind = "byline"
        elif not seen_body and _is_dateline_alone(chunk):
            # "TAMPA, Fla. -" on a line of its own: the dateline; the lead comes after it
            kind = "byline"
            doc.dateline = Section("dateline", s, e)
            doc.sections.append(doc.dateline)
        elif not seen_body and ((len(chunk) < 300 and _is_editors_note(chunk)) or (
                doc.headline is not None and _is_issuer_line(chunk)) or (
                # a release that opens with its label, then the office that issues it
                # ("PRESS RELEASE" / "Public Affairs Office, 103rd Infantry Brigade, ...")
                doc.headline is None and doc.blocks and doc.blocks[-1].kind == "byline"
                and _META_LINE.match(text[doc.blocks[-1].start : doc.blocks[-1].end]) is not None
                and _is_issuer_line(chunk, 120))):
            kind = "byline"
        elif doc.headline is None and not seen_body and is_headline_like(chunk):
            kind = "headline"
        elif doc.headline is not None and not seen_body and doc.blocks[-1] is doc.headline and (
                is_headline_like(chunk) and not _DATELINE.match(chunk) and _STANDFIRST_VERB.search(chunk)
                and "|" not in chunk and "|" not in text[doc.headline.start : doc.headline.end]):
            # "No group claimed the launch; Gaza civil defense says father and son killed":
            # the standfirst, a second headline
            kind, role = "body", "standfirst"
        elif caption:
            kind = "caption"
        elif seen_body and is_headline_like(chunk) and not _DATELINE.match(chunk) and not _TALLY_LINE.match(chunk) and (
                not _FIGURE_LINE.match(chunk)) and not _DASH_FIGURE.search(chunk):
            # a headline-shaped line inside the body is most often a link to another
            # story pasted in by the page; its facts are not this report's
            kind = "related"
        else:
            kind = "body"
            if not seen_body:
                m = _DATELINE.match(chunk)
                if m:
                    doc.dateline = Section("dateline", s, s + m.end())
                    doc.sections.append(doc.dateline)
            seen_body = True
        block = Block(kind, s, e, i, role)
        if kind == "headline":
            doc.headline = block
        doc.blocks.append(block)
        doc.sections.append(Section(kind, s, e))
    _ticker_lines(doc)
    sentences = doc.sentences
    for block in doc.blocks:
        for s, e in split_sentences(text, block.start, block.end):
            sentences.append(Sentence(s, e, block, len(sentences)))
    # doc.sections needs no sort by (start, dateline first): the blocks come in text
    # order, and the dateline went in just before the block it opens, at the same start
    doc._starts = [s.start for s in sentences]
    return doc


def _ticker_lines(doc: Document) -> None:
    """A report told in headline-shaped lines (a TV ticker, a flash and its updates, a
    post of short lines) is its own body, not links to other stories: where such lines
    are at least three and half the body, they are body."""
    related = [i for i, b in enumerate(doc.blocks) if b.kind == "related" and _RELATED.match(
        doc.text[b.start : b.end]) is None]
    body = sum(1 for b in doc.blocks if b.kind in ("body", "related"))
    if len(related) < 3 or 2 * len(related) < body:
        return
    for i in related:
        b = doc.blocks[i]
        doc.blocks[i] = Block("body", b.start, b.end, b.index, b.role)
    doc.sections[:] = [Section("body", x.start, x.end) if x.kind == "related" and any(
        doc.blocks[i].start == x.start for i in related) else x for x in doc.sections]


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        cut = m.start() + 1
        if text[m.start()] == "." and _ends_in_abbreviation(text, s, cut):
            continue
        if text.startswith("...", m.start() - 2) and text[m.end() : m.end() + 1].isdigit() and "\n" not in m.group():
            continue  # a dot leader: "Drones launched ............ 3"
        stop = m.end()
        if text[max(0, m.start() - 3) : cut].lower() in ("a.m.", "p.m.") and (
                text.startswith("(", stop) or _TIME_ZONE.match(text, stop, end)
                or (stop < end and text[stop].islower() and "\n" not in m.group())):
            # "between 4:30 p.m. and 10 p.m. (Sanaa time), ...", "between 11 p.m. Moscow
            # time and 7 a.m.": the hour's zone; "began at 2:30 a.m. with eleven drones":
            # the sentence goes on
            continue
        # keep closing quotes with the sentence they close
        close = cut
        while close < stop and text[close] in "\"”’')]":
            close += 1
        out.append((s, close))
        s = stop
    if s < end:
        out.append((s, end))
    return out


_TIME_ZONE = re.compile(r"(?:[A-Z][a-z]+\s+time\b|GMT\b|UTC\b|local\s+time\b)")


def _ends_in_abbreviation(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop], which ends in a full stop, ends in an abbreviation: the
    whole word before the stop (its run of word characters, within the span) is one."""
    tail = text[max(start, stop - _ABBREV_REACH) : stop - 1]
    word = _LAST_WORD.search(tail)
    return word is not None and word.group(0) in _ABBREVIATIONS


# re.IGNORECASE equates these with ASCII letters, though str.lower() keeps them apart
# (and lowers "İ" to two characters, which would shift every offset after it)
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def fold(text: str) -> str:
    """`text` in lower case, of the same length, holding an ASCII word wherever an
    IGNORECASE pattern would find it: a word test on it never turns away a match."""
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):
        text = text.translate(_FOLD)
    return text.lower()


def has_any(text: str, words: tuple[str, ...]) -> bool:
    # (a plain loop: any() over a generator costs more than the word tests themselves)
    for word in words:
        if word in text:
            return True
    return False
