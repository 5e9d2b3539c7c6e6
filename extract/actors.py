"""actor facts: who carried out, claimed, was blamed for, or was targeted by an attack.

A name alone is not an actor fact: reports mention states and groups in every
paragraph. A mention becomes a fact only inside a frame that gives it a role
("claimed by X", "blamed on X", "X launched", "an Israeli strike", "attack on US forces").
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator

from .document import Document, has_any
from .model import Fact
from .numbers import trie_pattern
from .places import one_spaced, word_start_matches

# Armed groups and forces reports name; as data so the list can grow without new code.
GROUPS = (
    "Houthis", "Houthi rebels", "Houthi", "Ansar Allah", "Hezbollah", "Hamas",
    "Palestinian Islamic Jihad", "Islamic Jihad", "Qassam Brigades", "al-Qassam Brigades",
    "Al-Quds Brigades", "al-Shabaab", "al-Shabab", "Al-Shabaab", "Al-Shabab",
    "Islamic State", "ISIS", "ISIL", "Daesh", "ISWAP", "Boko Haram", "al-Qaeda", "Al-Qaeda",
    "AQAP", "JNIM", "Taliban", "Pakistani Taliban", "TTP", "Tehreek-e-Taliban Pakistan",
    "Islamic Resistance in Iraq", "Kataib Hezbollah", "Kata'ib Hezbollah",
    "Harakat al-Nujaba", "Popular Mobilization Forces", "Hashed al-Shaabi", "Wagner Group",
    "Wagner", "Rapid Support Forces", "RSF", "Sudanese Armed Forces", "Sudanese army",
    "PKK", "YPG", "SDF", "Syrian Democratic Forces", "M23", "Fano", "TPLF",
    "Balochistan Liberation Army", "BLA", "IRGC", "Islamic Revolutionary Guard Corps",
    "Revolutionary Guards", "Quds Force", "Israel Defense Forces", "IDF", "Israeli military",
    "Israeli army", "Israeli forces", "Russian forces", "Russian army", "Russian troops",
    "Ukrainian forces", "Ukrainian army", "Iran-backed militias", "Iran-backed militia",
    "Iran-backed groups", "Iran-aligned militias", "pro-Iran militias", "pro-Iranian militias",
    "Iran-backed Houthis", "Iran-backed Houthi rebels", "Iran-backed Hezbollah",
    "Islamic State West Africa Province", "Sudan People's Liberation Movement-North",
    "SPLM-N", "U.S. Africa Command", "US Africa Command", "U.S. Central Command",
    "US Central Command", "AFRICOM", "CENTCOM", "federal military", "federal forces",
    "government forces", "Palestinian Islamic Jihad's armed wing", "Hamas's armed wing",
    "al-Quds Brigades",
    # state media's and others' names for a side
    "Zionist regime", "Zionist enemy", "Israeli enemy", "military junta", "junta",
    "Myanmar military", "Tatmadaw", "Group to Support Islam and Muslims",
    "Jama'at Nusrat al-Islam wal-Muslimin", "Tehreek-i-Taliban Pakistan", "Jaish al-Adl",
    "Houthi militia", "Ansarullah", "al-Nujaba", "Harakat Hezbollah al-Nujaba",
    "Zionist occupation", "American aggression", "US-British aggression", "Rapid Support militia",
    "Fitna al Khwarij", "Fitna al-Khawarij", "Armed Forces of Ukraine", "Ukrainian Armed Forces",
    "Hafiz Gul Bahadur faction", "Hafiz Gul Bahadur group", "Israeli occupation forces",
    "Israeli occupation army", "Korean People's Army", "ELN", "National Liberation Army",
    "FARC dissidents", "Estado Mayor Central", "FARDC", "ADF", "Allied Democratic Forces",
    "Islamic State Sahel Province", "Islamic State Sahel", "IS Sahel", "Rapid Support Militia",
    "Nigerian Air Force", "Pakistan Air Force", "Sudanese Air Force", "Israeli Enemy", "FAMa",
    "Jalisco New Generation Cartel", "CJNG", "Sinaloa Cartel", "La Familia Michoacana", "Familia Michoacana",
    "Cárteles Unidos", "Carteles Unidos", "Clan del Golfo", "Gulf Clan", "Segunda Marquetalia",
    "Comandos de la Frontera", "Los Lobos", "Los Choneros", "Gran Grif",
    "New People's Army", "NPA", "Bangsamoro Islamic Freedom Fighters", "BIFF", "Dawlah Islamiyah",
    "Abu Sayyaf", "Abu Sayyaf Group", "Jaime Martínez front",
    "Jaime Martínez Front", "Carlos Patiño front", "Carlos Patiño Front",
    # more groups of the wars reports cover, in the spellings wires and local outlets use
    "Huthis", "Huthi", "Huthi rebels", "al Shabaab", "Al Shabaab", "al Shabab", "Al Shabab",
    "Group for the Support of Islam and Muslims", "Islamic State Central Africa Province",
    "Islamic State Mozambique Province", "ISCAP", "Islamic State Khorasan", "ISKP",
    "Islamic State Khorasan Province", "Islamic State-Khorasan", "Jamaat-ul-Ahrar", "Jamaat ul Ahrar",
    "Afghan Taliban forces", "Afghan Taliban",
    "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "HTS", "Lashkar-e-Taiba", "Jaish-e-Mohammad",
    "Ittehad-ul-Mujahideen Pakistan", "Balochistan Liberation Front", "Baloch Liberation Army",
    "Saraya Awliya al-Dam", "Ashab al-Kahf", "Popular Mobilisation Forces", "Arakan Army",
    "People's Defence Force", "People's Defense Force", "CODECO", "Lakurawa", "Ansaru",
    "Oromo Liberation Army", "Africa Corps", "Viv Ansanm", "Wazalendo", "Junta", "Military Council",
    "military council", "Jaish-e-Mohammed", "JeM", "The Resistance Front", "Kashmir Tigers",
    "People's Anti-Fascist Front", "Syrian National Army", "Sultan Suleiman Shah Division",
    "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Congo River Alliance", "AFC/M23",
    "Armed Forces of the Democratic Republic of Congo", "Armed Forces of the Democratic Republic of the Congo",
    # armies and units reports name as a target ("a Nigerian Army base", "the UPDF contingent")
    "Somali National Army", "Uganda People's Defence Forces", "UPDF", "Pakistan Army", "Frontier Corps",
    "Rashtriya Rifles", "Black Sea Fleet", "Mozambique Armed Defence Forces", "FADM", "Nigerian Army",
    "Malian Armed Forces", "Burkina Faso army",
    # Ukrainian officials write the other side in lower case
    "russians", "russia",
)
STATES = (
    "Russia", "Ukraine", "Israel", "Iran", "United States", "US", "U.S.", "Washington",
    "Moscow", "Kyiv", "Tehran", "Turkey", "Pakistan", "Azerbaijan", "Armenia",
    "Saudi-led coalition", "US-led coalition", "Syria", "Iraq", "Lebanon", "Yemen",
    "North Korea", "Pyongyang", "DPRK",
)
# Adjectives that name the side behind a weapon or strike ("an Israeli strike").
DEMONYMS = (
    "Israeli", "Russian", "Iranian", "US", "U.S.", "American", "Ukrainian", "Turkish", "Houthi",
    "Hezbollah", "Hamas", "Pakistani", "Syrian", "Saudi", "Jordanian", "British",
    "Azerbaijani", "Armenian", "Sudanese", "Ethiopian", "Somali", "Nigerian", "Afghan",
    "Iraqi", "Lebanese", "Yemeni", "Chadian", "Malian", "Myanmar", "Burkinabe", "Nigerien",
    "Congolese", "Indian", "Chinese", "Cambodian", "Thai", "Eritrean", "Libyan", "Burmese",
    "Emirati", "North Korean",
)
# The state a demonym stands for: "an Israeli strike" is Israel's.
COUNTRY_OF = {
    "israeli": "Israel", "russian": "Russia", "iranian": "Iran", "us": "US", "u.s.": "US",
    "american": "US", "ukrainian": "Ukraine", "turkish": "Turkey", "pakistani": "Pakistan",
    "syrian": "Syria", "saudi": "Saudi Arabia", "jordanian": "Jordan", "british": "UK",
    "azerbaijani": "Azerbaijan", "armenian": "Armenia", "sudanese": "Sudan",
    "ethiopian": "Ethiopia", "somali": "Somalia", "nigerian": "Nigeria", "afghan": "Afghanistan",
    "iraqi": "Iraq", "lebanese": "Lebanon", "yemeni": "Yemen", "chadian": "Chad",
    "malian": "Mali", "united states": "US", "washington": "US", "moscow": "Russia",
    "kyiv": "Ukraine", "tehran": "Iran", "houthis": "Houthi", "zionist": "Israel", "myanmar": "Myanmar",
    "burkinabe": "Burkina Faso", "nigerien": "Niger", "congolese": "DR Congo", "indian": "India",
    "chinese": "China", "cambodian": "Cambodia", "thai": "Thailand", "eritrean": "Eritrea",
    "libyan": "Libya", "burmese": "Myanmar", "emirati": "UAE", "north korean": "North Korea",
    "pyongyang": "North Korea", "dprk": "North Korea",
}
# Listed names of two or more capitalised words by their initials: an acronym the report
# spells out somewhere ("the Rapid Support Forces ... RSF shelling") is named in full.
def _spellings() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name in GROUPS:
        caps = [w[0] for w in re.findall(r"[\w'’]+", name) if w[0].isupper()]
        if len(caps) >= 2 and "'s" not in name and "’s" not in name:
            out.setdefault("".join(caps), []).append(name)
    return out


_SPELLED_OUT = _spellings()  # (each acronym with every listed spelling: "TTP" has two)
# One name for a party that reports call by several: the name analysts code it under.
CANONICAL = {
    "houthi": "Houthis", "houthi rebels": "Houthis", "houthi militia": "Houthis",
    "houthi movement": "Houthis", "ansar allah": "Houthis", "ansarullah": "Houthis",
    "huthi": "Huthis", "huthi rebels": "Huthis", "iran-backed houthis": "Houthis",
    "iran-backed houthi rebels": "Houthis",
    "rapid support militia": "Rapid Support Forces", "pakistani taliban": "Tehreek-e-Taliban Pakistan",
    "tatmadaw": "Myanmar military", "fama": "Malian army", "russians": "Russia", "russia": "Russia",
    # a capital speaks and acts for its state, and analysts code the state ("accused Kyiv")
    **{capital: COUNTRY_OF[capital] for capital in ("kyiv", "moscow", "tehran", "pyongyang")},
    "kiev": "Ukraine", "minsk": "Belarus",
}
# What wires and officials call a group after its name ("the Islamic State group", "Al-Shabab
# extremists", "ISWAP terrorists", "the Hezbollah terror group"): a label, not part of the
# name, so the value leaves it out.
_LABEL = (r"(?:group|terrorists|extremists|jihadists|operatives|gang|terror\s+group|"
          r"terrorist\s+(?:group|organi[sz]ation))")
_LABEL_END = re.compile(rf"\s+{_LABEL}$")
_LISTED = frozenset(n.casefold() for n in GROUPS + STATES)
# A report's "junta" or "military council" is the army of the country it names, where that
# army rules and reports call it so (checked in order: the first country the text names).
JUNTA_OF = {"Myanmar": "Myanmar military", "Burma": "Myanmar military"}
_JUNTA_NAMES = frozenset(("junta", "military junta", "military council"))
# Words after a name that keep it the same party: "Houthi militants", "U.S. forces".
_FORCE_NOUN = (
    r"(?:militants|rebels|fighters|(?:(?:security|armed|Armed)\s+)?(?:forces|Forces)|air\s+force|militias?|militiamen|insurgents|gunmen|troops|"
    r"aircraft|jets|warplanes|army|military|navy|allies|cell|factions|groups|formations|"
    # state media's names for the other side: "the Israeli enemy", "the Zionist regime"
    r"enemy(?:\s+army)?|regime|occupation|occupiers|invaders|aggressors?)"
)

_ALT = trie_pattern(sorted(set(GROUPS + STATES)))
_MENTION = re.compile(
    rf"(?<![\w-])[\"“]?(?P<name>(?:{_ALT})(?:\s+\([A-Z][\w'’-]{{1,10}}(?:\s[A-Z][\w'’-]{{1,10}})?\))?"
    rf"(?:\s+{_LABEL})?(?:\s+{_FORCE_NOUN})?"
    # "Turkish-backed factions": a proxy, named as such (not the state behind it)
    rf"|(?:{trie_pattern(sorted(DEMONYMS))})(?:-(?:backed|aligned|allied|supported))?\s+{_FORCE_NOUN})[\"”]?(?![\w-])"
)
# Where a listed name, state or demonym may begin: the _MENTION and _DEMONYM matches all
# start at one of these (or at a quote just before), so those patterns are tried only
# there; searched for by themselves they are tried at every capital letter. A name that
# opens in lower case ("al-Shabaab", "federal forces") is found by its opening words.
_ALL_NAMES = sorted(set(GROUPS + STATES + DEMONYMS))
_CAPITAL_NAME = re.compile(trie_pattern([n for n in _ALL_NAMES if n[0].isupper()]))
_LOWER_OPENINGS = sorted({re.match(r"[a-z]+-?", n).group() for n in _ALL_NAMES if not n[0].isupper()})
_QUOTES = "\"“"
_WEAPON = (
    r"(?:air\s*strikes?|airstrikes?|strikes?|drones?|missiles?|rockets?|shelling|attacks?|"
    r"bombardment|bombing|raids?|warplanes?|jets?|artillery|fire|barrage|offensive)"
)
# matched at word starts only (see places.word_start_matches)
# The words after a weapon that make it a target, not an attack: "Hezbollah rocket
# launchers", "RSF drone factories"
_WEAPON_AS_TARGET = (
    r"(?!\s+(?:launchers?|launch\s+sites?|sites?|depots?|positions?|units?|cells?|stockpiles?|"
    r"factor(?:y|ies)|workshops?|warehouses?|production|infrastructure|teams?|operators?))"
)
_DEMONYM = re.compile(
    rf"(?P<name>{trie_pattern(sorted(DEMONYMS))})(?:-(?:led|backed))?\s+(?:\w+\s+)?{_WEAPON}\b{_WEAPON_AS_TARGET}"
)
# A name not in the lexicon, found only behind an explicit claim: "claimed by X".
# matched at word starts only (see places.word_start_matches)
_CLAIMED_BY = re.compile(
    r"claimed\s+by\s+(?:the\s+)?[\"“]?(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:in|of|the|for)\s+)?"
    r"(?:[A-Z]|(?:al|el|ad|an|ash)-[A-Z])[\w'’-]*){0,5})"
)

# An unlisted name as the subject of "claimed responsibility": "The Hafiz Gul Bahadur
# group claimed responsibility for the attack". Capitalised words, ending in a group
# noun or at least two of them; a sentence's opening word (a day, "No") is no name.
_NAME_CLAIMS = re.compile(
    # (or after "calling itself": "a group calling itself the Kashmir Tigers claimed")
    r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=,\s)|(?<=itself\s))(?:[Tt]he\s+)?"
    r"(?P<name>(?!(?:No|None|Nobody|Police|Officials?|Authorities|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|On|In|Later|Then)\b)"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|in|for|al|el)\s+)?(?:[A-Z]|(?:al|el|ad|an|ash)-[A-Z])[\w'’-]*){0,5}"
    r"(?:\s+(?:group|faction|movement|brigades?|front|network|battalion|organi[sz]ation)\b)?)"
    r"\s+(?:(?:has|had|later|quickly|also)\s+){0,2}claimed\s+responsibility\b"
)
_CAME_FROM_BEFORE = re.compile(
    r"\b(?:fire|shells?|shelling|rockets?|mortars?|drones?|missiles?|attacks?|strikes?)\s+(?:had\s+)?came\s+from\s+(?:the\s+)?$",
    re.IGNORECASE)
_CLAIM_BEFORE = re.compile(r"\b(?:claimed|claim)\s+by\s+(?:the\s+)?[\"“]?$")
_CLAIM_AFTER = re.compile(
    # an appositive may sit between the name and its verb: "JNIM, an al Qaeda-linked
    # group, claimed responsibility"; a renaming ("Hamas's armed wing, the al-Qassam
    # Brigades, claimed") leaves the claim to the name inside it
    # (or a relative clause, or where it said so: "Al-Shabaab, which the government calls
    # Khawarij, claimed", "JNIM, in a statement on its media arm, claimed")
    r"^[\"”]?(?:,\s+(?:an?\s|the\s+[a-z]+\s|which\s|who\s|in\s+an?\s)[^,]{0,80}(?=,))?,?\s+(?:(?:has|have|had|later|quickly|swiftly|also)\s+){0,2}"
    r"(?:claimed|claims|claiming)\b"
    r"|^[\"”]?(?:,[^,]{0,80},)?\s+(?:said|says|announced|stated)\b"
    # "said in a statement on its radio station that ...", "said on Telegram hours later
    # that it had 'targeted an enemy base'"
    # (the window ends with the sentence: a stop in it is "a.m."; "that" may be left out)
    r"(?:[^;“”\"]{0,100}?(?:\bthat)?)?\s+"
    r"(?:it|they|its\s+(?:fighters|forces|units|members|aircraft|jets|warplanes|drones|troops|artillery))"
    r"\s+(?:had\s+|have\s+|has\s+)?[“\"]?"
    # ("JNIM said in a claim ... that its fighters had killed 53 soldiers")
    r"(?:targeted|attacked|launched|fired|struck|hit|shelled|carried\s+out|(?:was|were)\s+behind|"
    r"killed|ambushed|stormed)"
)
_BLAME_BEFORE = re.compile(
    # ("it bore the hallmarks of JNIM": whose work the attack looks like)
    r"(?:\bhallmarks\s+of\s+|\bblam\w*\s+(?:[\w'’]+\s+){0,6}?on\s+|\baccus\w*\s+|\battributed\s+(?:[\w'’]+\s+){0,4}?"
    r"to\s+|\bpinned\s+(?:[\w'’]+\s+){0,4}?on\s+|\bblam\w*\s+)(?:the\s+)?(?:[a-z]+\s+)?$"
)
_BLAME_AFTER = re.compile(r"^\s+(?:was|were|is|are|has been|have been)\s+(?:\w+\s+)?(?:blamed|accused)")
_TARGET_BEFORE = re.compile(
    r"\b(?:attacks?|strikes?|assaults?|fire)\s+(?:on|against|targeting)\s+(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:targeted|targeting|targets?)\s+(?:the\s+)?$"
)
_TARGET_AFTER_NOUN = re.compile(
    r"^\s+(?:and\s+[\w-]+\s+)?(?:forces|troops|personnel|soldiers|bases?|positions|vessels?|ships?)\b"
)
_DOER_AFTER = re.compile(
    r"^[\"”]?(?:['’]s\s+(?:[\w-]+\s+){0,2}?)?(?:\s+\([A-Z][\w-]{1,10}\))?"
    # "X and their Y allies shelled": a second party before the verb
    r"(?:\s+and\s+(?:their|its|allied)?\s*[\w-]+(?:\s+(?:allies|fighters|militias?|forces))?)?"
    # "Turkish forces, which have fought the PKK for decades, fired the rounds"
    r"(?:,\s+(?:which|who)\s+[^,;.]{1,90},)?"
    r"\s*(?:(?:itself|also|then|later|has|have|had|"
    r"again|reportedly|allegedly|on\s+\w+)\s+){0,3}"
    r"(?:launch(?:ed|es)?|fire[ds]?|attack(?:ed|s)?|str(?:uck|ikes?)|shell(?:ed|s)?|"
    r"target(?:ed|s)?|bomb(?:ed|s)?|bombard(?:ed|s)?|hits?|pound(?:ed|s)?|carried\s+out|conduct(?:ed|s)|"
    r"unleashed|sent|used|stormed|raided|ambushed|killed(?!\s+(?:in|by|when|as|on|after|during|and)\b)|"
    r"downed|shot|dropped|drops|detonated|opened\s+fire|(?:was|were|is|are)\s+responsible\s+for|[\"“]?neutrali[sz]ed|"
    r"responsible)\b"
)
# A group's weapon named right after it ("RSF shelling hit the market")
_WEAPON_AFTER = re.compile(rf"^\s+{_WEAPON}\b{_WEAPON_AS_TARGET}", re.IGNORECASE)
_ATTACK_WORD = re.compile(
    r"\b(?:attack\w*|strikes?|struck|fired|launched|shell\w*|bomb\w*|raids?|rockets?|"
    r"missiles?|drones?|ambush\w*|carried out)\b",
    re.IGNORECASE,
)
_VAGUE = {"federal forces", "government forces", "federal military"}
_REGULAR_FORCES = {
    "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli forces",
    "Russian forces", "Russian army", "Russian troops", "Ukrainian forces", "Ukrainian army",
    "Sudanese Armed Forces", "Sudanese army", "U.S. Africa Command", "US Africa Command",
    "U.S. Central Command", "US Central Command", "AFRICOM", "CENTCOM", "Myanmar military",
} | _VAGUE


_BOUNDARY = re.compile(r"\b")
_PARENS = re.compile(r"\s+\([^)]*\)")
_FORCE_NOUN_END = re.compile(rf"\s+{_FORCE_NOUN}$")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_POSSESSIVE_S = re.compile(r"^[\"”]?['’]s\b")
_POSSESSIVE_WEAPON = re.compile(rf"^['’]s\s+(?:\w+\s+)?{_WEAPON}")


def actor_key(name: str) -> str:
    """One key for the ways a report names one party: "Israeli", "Israel", "Israeli
    forces"; "Houthi", "Houthis", "Houthi rebels"; "US", "U.S. forces"."""
    low = _PARENS.sub("", name.casefold().replace("’", "'"))
    low = _FORCE_NOUN_END.sub("", low) or low
    low = low.removeprefix("the ")
    canon = COUNTRY_OF.get(low, low)
    return _NOT_ALNUM.sub(" ", canon.casefold()).strip()


def canonical(name: str) -> str:
    """The name analysts code a party under ("Houthi rebels" are the Houthis), or the
    name as the report gives it."""
    # ("the Houthis (Ansar Allah)": the second name in brackets says the same)
    name = _BRACKETED_NAME.sub("", name)
    if (bare := _LABEL_END.sub("", name)) != name and _PARENS.sub("", bare).casefold().removeprefix("the ") in _LISTED:
        name = bare  # (an unlisted name keeps its noun: "the Hafiz Gul Bahadur group")
    key = name.casefold().replace("’", "'").removeprefix("the ")
    if key in CANONICAL:
        return CANONICAL[key]
    return name


# (a second name of words; an abbreviation in brackets stays, as analysts code it: "(ISWAP)")
_BRACKETED_NAME = re.compile(r"\s+\([^()]*\s[^()]*\)$")


def find(doc: Document) -> list[Fact]:
    text = doc.text
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, role: str, rule: str, conf: float, value: str | None = None) -> None:
        # (taken spans do not overlap, so sorted by start: only the neighbours can touch this one)
        i = bisect_left(taken, (start, end))
        if any(s < end and start < e for s, e in taken[max(0, i - 1) : i + 1]):
            return
        insort(taken, (start, end))
        value = value or one_spaced(text[start:end])
        facts.append(
            Fact(kind="actor", value=value, start=start, end=end, text=text[start:end],
                 role=role, rule=f"actor.{rule}", confidence=conf)
        )

    for m in word_start_matches(_CLAIMED_BY, text):
        add(m.start("name"), m.end("name"), "claimed", "claimed_by", 0.8)
    starts = _name_starts(text)
    # _RESPONSE_BEFORE wants one of its words: a report without any needs no such test
    answers = _RESPONSE_WORD.search(text) is not None
    for m in _mentions(text, starts):
        s, e = m.start("name"), m.end("name")
        sent = doc.sentence_at(s)
        s0, s1 = (sent.start, sent.end) if sent else (0, len(text))
        before = text[max(s0, m.start() - 80) : m.start()]
        after = text[m.end() : min(s1, m.end() + 120)]
        role = _role(before, after, (text, s0, s1), m.group("name"), answers)
        if role:
            add(s, e, role[0], role[1], role[2])
    for m in _claims_by_name(text):
        name = m.group("name")
        if len(name.split()) < 2:
            continue  # one capitalised word is a known group (found above) or no name
        add(m.start("name"), m.end("name"), "claimed", "claimed_subject", 0.7)
    if "blame" in text or "accuse" in text:
        for m in _BLAMED_NAME.finditer(text):
            # "Residents blamed the strike on the Ethiopian National Defense Force",
            # "accused the FARDC of": a party blamed by name, listed or not
            end = m.end("name")
            if text[end - 1] == "." and not text[end - 2].isupper():
                end -= 1  # the sentence's full stop, not an abbreviation's ("U.S.")
            if _ADJECTIVE_END.search(text[m.start("name") : end]):
                continue  # "accused Kurdish opposition groups": a description, no name
            add(m.start("name"), end, "blamed", "blamed_name", 0.6)
    for m in _demonyms(text, starts):
        before = text[max(0, m.start() - 60) : m.start()]
        if _TARGET_BEFORE.search(before[-40:]) or (answers and _RESPONSE_BEFORE.search(before)):
            continue
        add(m.start("name"), m.end("name"), "perpetrator", "demonym_weapon", 0.5,
            COUNTRY_OF.get(m.group("name").lower()))
    ruler = next((army for country, army in JUNTA_OF.items() if country in text), None)
    for f in facts:
        f.value = canonical(f.value)
        if ruler is not None and f.value.casefold() in _JUNTA_NAMES:
            f.value = ruler  # "the junta" of a Myanmar report is Myanmar's military
        spelled = _SPELLED_OUT.get(f.value, ()) if f.value.isupper() else ()
        full = next((name for name in spelled if name in text), None)
        if full is not None:
            f.value = f"{full} ({f.value})"  # the acronym kept: a reader may know it by either
    facts.sort(key=lambda f: f.start)
    return facts


def _name_starts(text: str) -> list[int]:
    """Every offset where a listed name or demonym begins (and a few more)."""
    starts = []
    pos = 0
    while (m := _CAPITAL_NAME.search(text, pos)) is not None:
        starts.append(m.start())
        pos = m.start() + 1  # names overlap: "Islamic Jihad" in "Palestinian Islamic Jihad"
    lower = False
    for opening in _LOWER_OPENINGS:
        i = text.find(opening)
        while i >= 0:
            starts.append(i)
            lower = True
            i = text.find(opening, i + 1)
    if lower:
        starts.sort()
    return starts


def _mentions(text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """_MENTION.finditer(text), with _MENTION tried only at `starts` and at a quote just
    before one: the same matches, in order, none overlapping the one before."""
    after = 0
    for s in starts:
        if s < after:
            continue
        m = None
        if s - 1 >= after and text[s - 1] in _QUOTES:
            m = _MENTION.match(text, s - 1)  # the quote belongs to the match
        if m is None:
            m = _MENTION.match(text, s)
        if m is not None:
            yield m
            after = m.end()


def _demonyms(text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """word_start_matches(_DEMONYM, text), with _DEMONYM tried only at `starts`."""
    after = 0
    for s in starts:
        if s >= after and _BOUNDARY.match(text, s) and (m := _DEMONYM.match(text, s)):
            yield m
            after = m.end()


def _claims_by_name(text: str) -> list[re.Match[str]]:
    """_NAME_CLAIMS run only on the stretch before each "claimed responsibility" (its
    opening alternatives would otherwise be tried at every place of the text)."""
    out: list[re.Match[str]] = []
    i = text.find("claimed responsibility")
    while i >= 0:
        m = _NAME_CLAIMS.search(text, max(0, i - 120), i + 22)
        if m is not None:
            out.append(m)
        i = text.find("claimed responsibility", i + 1)
    return out


def _role(
    before: str, after: str, sentence: tuple[str, int, int], name: str, answers: bool
) -> tuple[str, str, float] | None:
    """The role the words around a mention give it. `sentence` is (text, start, end),
    sliced only when a rule needs it; `answers` says whether the report holds any of
    _RESPONSE_BEFORE's words."""
    # plain substring tests first: most mentions sit in no frame at all, and a regex
    # anchored at the end of a stretch costs a scan of the whole stretch
    low_before = before.lower()
    head = after[:60].lower()
    if name in _STATE_NAMES and (
        (_POSSESSIVE_S.match(after) and not _POSSESSIVE_WEAPON.match(after))
        or _PLACE_BEFORE.search(before[-20:])
    ):
        # "Iraq’s Ain al-Asad air base", "fired from Yemen struck": a place, not a party
        return None
    if answers and _RESPONSE_BEFORE.search(before[-60:]):
        return None  # "in response to Houthi attacks": the cause, another event
    if "," in before[-70:] and _APPOSITION_BEFORE.search(before):
        return None  # "the Islamic Resistance in Iraq, an umbrella of Iran-backed militias,": a description
    if ("claim" in low_before and _CLAIM_BEFORE.search(before)) or (
        has_any(head, _SPEECH_OR_CLAIM) and _CLAIM_AFTER.match(after)
    ):
        return "claimed", "claimed", 0.8
    if has_any(head, _BLAME_HINT) and _BLAME_AFTER.match(after) or (
        has_any(low_before, _BLAME_HINT) and _BLAME_BEFORE.search(before)
    ):
        # "Tehran blamed Israel": the one blamed follows the verb; the blamer is no actor
        return "blamed", "blamed", 0.7
    if has_any(low_before[-40:], _TARGET_HINT) and (
        _TARGET_BEFORE.search(before)
        or (_TARGET_AFTER_NOUN.match(after) and _ON_BEFORE.search(before))
    ):
        return "target", "target", 0.5
    if "came from" in low_before[-40:] and _CAME_FROM_BEFORE.search(before):
        return "perpetrator", "fire_came_from", 0.5  # "the fire came from Wazalendo militias"
    if _DOER_AFTER.match(after):
        if ("defen" in head or "launch" in head) and _ANSWERING_STRIKE.search(after[:140]):
            # "CENTCOM forces conducted self-defense strikes against four missiles
            # prepared to launch", "IDF strikes launcher": the side answering the attack
            return None
        conf = 0.4 if name in _VAGUE else 0.7
        return "perpetrator", "subject_verb", conf
    if _UNIT_NOUN_AFTER.match(after) and _ARTICLE_BEFORE.search(before[-30:]) and (
            _ATTACK_WORD.search(sentence[0], sentence[1], sentence[2])):
        # "attacked a Malian army supply convoy", "drones hit a Nigerian Army base": the
        # party whose convoy, base or ship it was
        return "target", "target_unit", 0.5
    if name not in _STATE_NAMES and name not in _REGULAR_FORCES and _WEAPON_AFTER.match(after):
        # "RSF shelling hit the market", "a Hezbollah drone struck": an armed group's
        # weapon (a state's army answering fire is told the same way, and is no attacker)
        return "perpetrator", "weapon_of", 0.6
    text, s0, s1 = sentence
    if ("by" in low_before[-50:]) and _BY_AGENT.search(before) and _ATTACK_WORD.search(text[s0:s1]):
        return "perpetrator", "by_agent", 0.6
    if "link" in low_before[-30:] or "affiliat" in low_before[-30:] or "belong" in low_before[-30:]:
        if _CELL_OF.search(before):
            return "perpetrator", "cell_of", 0.4
    return None


_ADJECTIVE_END = re.compile(r"(?:ian|ean|ese|ish|i|-backed|-led|-aligned)$")
_BLAMED_NAME = re.compile(
    r"\b(?:blamed\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?on|accused)\s+(?:the\s+)?"
    # (a possessive before the name: "blamed on Sudan's paramilitary Rapid Support Forces")
    r"(?:[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+)?)?"
    # (a day is no party: "blamed the attack on Monday on Hezbollah", "accused Tuesday of")
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)"
    r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+(?:[A-Z][\w'’.-]+|of|for|and)){0,6}(?<!\sof)(?<!\sfor)(?<!\sand))")


# Strikes that answer an attack: self-defense strikes, or strikes on its launchers or
# launch sites (both sides call their attacks retaliation, so that word tells nothing)
_ANSWERING_STRIKE = re.compile(
    r"^[^.;]{0,40}?\b(?:self-?defen[cs]e\s+strikes?|in\s+self-?defen[cs]e|"
    r"(?:struck|strikes?|striking|hits?|hitting|target(?:ed|s)?|destroy(?:ed|s)?|attacked)\b[^.;]{0,40}?\b"
    r"(?:launchers?\b|launch\s+(?:sites?|pads?|positions?)|(?:\w+\s+){0,3}prepared\s+to\s+launch))",
    re.IGNORECASE)


# "a cell linked to X" (the attackers' affiliation, as courts and police give it)
_CELL_OF = re.compile(
    r"\b(?:cell|group|men|militants|gunmen|attackers|suspects|fighters)\s+(?:\w+\s+)?"
    r"(?:linked|tied|affiliated|belonging)\s+(?:to|with)\s+(?:the\s+)?$"
)


# Inside an appositive that describes the name before it ("X, a coalition of Y, said").
_APPOSITION_BEFORE = re.compile(r"[\w)\"”],\s+(?:an?\s+|the\s+(?=[a-z]+\s))(?:[\w'’-]+\s+){0,6}$")
# the words the patterns below need, looked for by `in` tests (a pattern's search, even
# of plain words, costs a few times more on these short stretches)
_SPEECH_OR_CLAIM = ("claim", "said", "says", "announced", "stated")
_BLAME_HINT = ("blam", "accus", "attribut", "pinned", "hallmarks")
_TARGET_HINT = ("attack", "strike", "assault", "fire", "target", "on ", "against")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][a-z]+\s+)?$")  # ("hit a Russian Black Sea Fleet ship")
_UNIT_NOUN_AFTER = re.compile(
    r"^\s+(?:(?:army|military|supply|logistics|fuel|forward|border|security|naval|air|patrol|command|"
    r"observation|operating)\s+){0,2}(?:convoy|base|post|outpost|camp|ship|vessel|"
    r"patrol|position|checkpoint|garrison|unit|barracks|detachment|frigate|corvette)s?\b")
_ON_BEFORE = re.compile(r"\b(?:on|against|targeting|at)\s+(?:the\s+)?$")
_BY_AGENT = re.compile(
    r"\b(?:fired|launched|attack\w*|carried out|strikes?|shell\w*)\s+by\s+(?:the\s+)?"
    r"(?:(?:[a-z]+|[A-Z][a-z]+-(?:backed|aligned|allied|linked))\s+){0,2}$"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|from|of|at|into|across|over|inside|near|to)\s+(?:\w+ern\s+)?$")
_RESPONSE_BEFORE = re.compile(r"\b(?:response|retaliation|revenge|reprisal)\s+(?:to|for)\b")
# its words alone: they share "re", so the whole report is searched at the speed of str.find
_RESPONSE_WORD = re.compile(r"response|retaliation|revenge|reprisal")
_STATE_NAMES = frozenset(STATES)
