"""location facts: named places, their type, and whether the text makes them the
attack's target, its launch site, or a place mentioned.

The value is the name as written ("Ain al-Asad air base", "Anbar province") so the
curator sees the text's own words. Roles come from the words around the name; picking
the one main target among several is the event grouper's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .document import Document
from .model import Fact
from .numbers import trie_pattern

# Small gazetteer: names that reports use without a type word. Kept short on purpose;
# anything with a type word ("X province", "X air base", "the town of X") is found
# without it.
COUNTRIES = (
    "Afghanistan", "Armenia", "Azerbaijan", "Bahrain", "Belarus", "Burkina Faso",
    "Cameroon", "Chad", "Cyprus", "Democratic Republic of Congo", "Djibouti", "Egypt",
    "Eritrea", "Ethiopia", "Georgia", "India", "Iran", "Iraq", "Israel", "Jordan", "Kenya",
    "Kuwait", "Lebanon", "Libya", "Mali", "Mozambique", "Myanmar", "Niger", "Nigeria",
    "Oman", "Pakistan", "Palestine", "Poland", "Qatar", "Russia", "Saudi Arabia", "Somalia",
    "South Sudan", "Sudan", "Syria", "Turkey", "Türkiye", "Ukraine",
    "United Arab Emirates", "UAE", "Yemen",
    # the armed groups' wars of Latin America and the Philippines, and Ukraine's neighbours
    "Colombia", "Mexico", "Ecuador", "Haiti", "Philippines", "Venezuela", "Romania", "Moldova",
)
REGIONS = (
    "Gaza Strip", "Gaza", "West Bank", "Golan Heights", "Kurdistan", "Donbas", "Donbass",
    "Crimea", "Sinai", "Darfur", "Tigray", "Amhara", "Kordofan", "Balochistan",
    "Khyber Pakhtunkhwa", "Waziristan", "Idlib", "Puntland", "Jubaland", "Nagorno-Karabakh",
    "Borno", "Cabo Delgado", "North Kivu", "Anbar", "Nineveh", "Upper Galilee", "Galilee",
    "Negev", "Cauca", "Catatumbo", "Norte de Santander", "Michoacán", "Michoacan", "Mindanao",
    "Maguindanao del Sur", "Maguindanao", "Agusan del Sur", "Nakhchivan",
)
SEAS = (
    "Red Sea", "Black Sea", "Gulf of Aden", "Arabian Sea", "Mediterranean Sea",
    "Mediterranean", "Persian Gulf", "Bab el-Mandeb", "Bab al-Mandab", "Sea of Azov",
    "Strait of Hormuz", "Caspian Sea", "Gulf of Oman",
)
CITIES = (
    "Baghdad", "Erbil", "Mosul", "Kirkuk", "Basra", "Damascus", "Aleppo", "Homs",
    "Deir ez-Zor", "Beirut", "Tyre", "Sidon", "Amman", "Sanaa", "Hodeidah", "Aden", "Marib",
    "Tel Aviv", "Jerusalem", "Haifa", "Eilat", "Ashkelon", "Ashdod", "Sderot", "Kyiv",
    "Kiev", "Kharkiv", "Odesa", "Odessa", "Lviv", "Dnipro", "Zaporizhzhia", "Kherson",
    "Mykolaiv", "Sumy", "Chernihiv", "Poltava", "Donetsk", "Luhansk", "Belgorod", "Moscow",
    "Kursk", "Sevastopol", "Mogadishu", "Kismayo", "Baidoa", "Kabul", "Kandahar",
    "Jalalabad", "Peshawar", "Quetta", "Karachi", "Islamabad", "Tripoli", "Benghazi",
    "Misrata", "Sirte", "Khartoum", "Omdurman", "El Fasher", "Maiduguri", "Abuja", "Riyadh",
    "Jeddah", "Abu Dhabi", "Dubai", "Tehran", "Isfahan", "Rafah", "Khan Younis", "Jabalia",
    "Gaza City", "Nablus", "Jenin", "Tulkarem", "Goma", "Bamako", "Niamey", "Ouagadougou",
    "Mekelle", "Stepanakert", "Tartus", "Latakia", "Qamishli", "Hasakah", "Kobani",
    # towns hit again and again that reports name bare ("hurt in Nahariya")
    "Nahariya", "Kiryat Shmona", "Metula", "Safed", "Tiberias", "Karmiel", "Acre", "Shlomi",
    "Kryvyi Rih", "Kramatorsk", "Sloviansk", "Pokrovsk", "Nikopol", "Pavlohrad", "Izmail",
    "Bilhorod-Dnistrovskyi", "Sulaymaniyah", "Sulaimani", "Duhok", "Bannu",
)
_GAZETTEER: dict[str, str] = {
    **{n: "country" for n in COUNTRIES},
    **{n: "region" for n in REGIONS},
    **{n: "sea" for n in SEAS},
    **{n: "city" for n in CITIES},
}

# Words that name a kind of place after a proper name, and the type they give.
_FACILITY = {
    "air base": "base", "airbase": "base", "air field": "base", "airfield": "base",
    "military base": "base", "naval base": "base", "base": "base", "garrison": "base",
    "barracks": "base", "camp": "base", "outpost": "base",
    "international airport": "airport", "airport": "airport",
    "port": "port", "refinery": "facility", "oil field": "facility", "oilfield": "facility",
    "power plant": "facility", "dam": "facility", "base complex": "base",
    # energy sites named by their kind: "the Khor Mor gas field", "the Zuweitina oil terminal"
    "gas field": "facility", "gasfield": "facility", "oil and gas field": "facility",
    "power station": "facility", "thermal power plant": "facility", "oil terminal": "facility",
    "oil depot": "facility", "gas plant": "facility", "pumping station": "facility",
    "displacement camp": "camp", "refugee camp": "camp", "IDP camp": "camp",
    "corridor": "region", "embassy": "facility", "market": "facility",
    "police station": "facility", "police post": "facility", "checkpoint": "facility",
    # fortified sites reports name by their own word: "the Halane compound", "Rumeilan
    # landing zone"
    "compound": "base", "landing zone": "base",
    "oil refinery": "facility", "fort": "base", "military complex": "base",
}
_ADMIN = {
    "province": "province", "governorate": "province", "oblast": "province",
    "region": "region", "district": "district", "county": "district", "state": "province",
    "city": "city", "town": "town", "village": "village", "area": "region",
    "countryside": "region",  # Syrian reports: "the eastern Hama countryside"
    # the units of Myanmar, Colombia, Pakistan, DR Congo and the Sahel: "Depayin Township",
    # "Bajaur's Salarzai tehsil", "Mambasa territory", "the commune of Djibo"
    "township": "district", "municipality": "town", "tehsil": "district",
    "territory": "district", "commune": "town", "locality": "town",
}
_TYPE_WORDS = {**_FACILITY, **_ADMIN}

_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|an|az|bin|ibn|de|di|du|la|le)"
# A name token: capitalised ("Asad", "Ain", "Tel"), or an Arabic article joined to one
# ("al-Asad"), or a hyphenated pair ("Deir-ez-Zor").
_TOKEN = rf"(?:[A-Z]\w*(?:-\w+)*|{_PARTICLE}-[A-Z]\w*)"
# words of one name sit on one line: a name never runs across a paragraph break
_NAME = rf"{_TOKEN}(?:[ \t]+(?:(?:{_PARTICLE}[ \t]+)?{_TOKEN}|\d{{1,4}}\b)){{0,4}}"


_BOUNDARY = re.compile(r"\b")


# A people's adjective alone ("Armenian", "Malian", "Sudanese", "Turkish"): whose, not where
# (unless the gazetteer knows it: "Arish")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese)|Turkish|British|Kurdish|Polish|Spanish|Danish|Swedish|Finnish|Irish|"
                      r"Israeli|Iraqi|Saudi|Afghan|Thai|Yemeni|Emirati|Pakistani|Kuwaiti|Omani|Qatari|Bahraini|"
                      r"Azerbaijani|Bangladeshi|Nepali")


def _is_demonym(name: str) -> bool:
    return _DEMONYM.fullmatch(name) is not None and name not in _GAZETTEER


# "Kherson's Dniprovskyi district": a district named with its city (not "Russia's")
_CITY_POSSESSIVE = re.compile(r"\b(?P<city>[A-Z][\w-]+)['’]s\s+\Z")


def word_start_matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""What `\b` followed by `rx` finds with finditer (same matches, same order), found
    with `rx` alone. When `rx` opens with a word list of capitalised names, `re` skips
    straight to the next capital; with `\b` in front it tries every position of the
    text, three to four times slower."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        if _BOUNDARY.match(text, m.start()):
            yield m
            pos = m.end()  # rx never matches an empty string
        else:
            pos = m.start() + 1  # mid-word: the text after may still hold a match


def _words(table: dict[str, str], title: bool) -> str:
    keys = list(table)
    if title:
        keys += [k.title() for k in table]
    return trie_pattern(sorted(set(keys)))


# A type word ("air base", "Province") counts after a space and as a whole word, as
# `(?<=\s)(?:type words)\b` would find it; _scan() finds it with the rule keywords.
# Each rule below opens with a lower-case keyword; the keywords are kept apart from the
# patterns so that one scan of the text's words can tell where each rule may match.
_TYPE_OF_WORDS = (
    r"town|city|village|province|region|district|governorate|area|port|capital|"
    r"community|kibbutz|moshav|neighbou?rhood|suburb|settlement|camp|"
    r"municipality|township|locality|commune|administrative\s+post"
)
_TYPE_OF = re.compile(rf"\b(?P<type>{_TYPE_OF_WORDS})\s+of\s+(?P<name>{_NAME})")
# A name the gazetteer does not know, placed by the words around it: "near Jilib",
# "into Monguno", "Monguno, a garrison town".
_NEAR_WORDS = r"near|outside|into|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of"
_NEAR = re.compile(rf"\b(?:{_NEAR_WORDS})\s+(?P<name>{_NAME})")
# (public: a count rule reads "the second building" as a place, not a figure)
FACILITY_WORDS = (
    r"workshop|market|building|school|hospital|house|homes?|mosque|church|factory|plant|"
    r"station|checkpoint|post|warehouse|depot|neighbou?rhood|residential\s+area|farm|"
    # "struck an industrial facility in Kryvyi Rih"
    r"facility|facilities|site|enterprise|substation|"
    # "an attack on a military base in Buni Gari, Yobe State"
    r"base|barracks|outpost|camp|compound|"
    # "a monastery in Depayin Township", "the fort in Miranshah", "tents in al-Mawasi"
    r"monastery|pagoda|temple|fort|refinery|airport|airfield|clinic|tents?|shelter"
)
_FACILITY_IN = re.compile(rf"\b(?:{FACILITY_WORDS})\s+(?:in|at|near)\s+(?P<name>{_NAME})")
_FIRED_WORDS = r"fired|fires|fire|launched|launches|launch|shot|lobbed|aimed|directed"
_FIRED_AT = re.compile(rf"\b(?:{_FIRED_WORDS})\b[^.;\n]{{0,60}}?\bat\s+(?P<name>{_NAME})")
# Two names sharing one plural type word: "in Khost and Paktika provinces".
_PAIR_PLURAL = re.compile(
    rf"(?P<a>{_TOKEN}(?:[ \t]+{_TOKEN})?)[ \t]+and[ \t]+(?P<b>{_TOKEN}(?:[ \t]+{_TOKEN})?)[ \t]+"
    r"(?P<type>provinces|regions|districts|governorates|oblasts|states|towns|villages|cities)\b"
)
_PLURAL_WORDS = r"provinces|regions|districts|governorates|oblasts|states|towns|villages|cities"
_PLURAL_WORD = re.compile(rf"(?<=\s)(?:{_PLURAL_WORDS})\b")
_PLURAL_TYPE = {"provinces": "province", "regions": "region", "districts": "district",
                "governorates": "province", "oblasts": "province", "states": "province",
                "towns": "town", "villages": "village", "cities": "city"}
# "the towns of Djibo and Arbinda": both names take the type.
_TYPES_OF = re.compile(
    rf"\b(?P<type>towns|villages|cities|provinces|districts|regions)\s+of\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})"
)
# US and coalition sites named type first: "Mission Support Site Euphrates", "Logistics
# Support Site Mustafa", "Forward Operating Base Salerno", "Camp Lemonnier"
# (matched at word starts only, see word_start_matches)
_SITE_FIRST = re.compile(
    rf"(?:(?:Mission|Logistics)\s+Support\s+Site|Forward\s+Operating\s+Base|Patrol\s+Base|"
    rf"Joint\s+Base|Combat\s+Outpost|Camp)[ \t]+(?!The\b|A\b){_NAME}")
_APPOSITIVE_TAIL = (
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<type>town|city|village|district|province|region|port|capital)\b"
)
_APPOSITIVE = re.compile(rf"(?P<name>{_NAME}){_APPOSITIVE_TAIL}")
# Every appositive holds its tail; most reports hold none, and the tail (it starts with
# a comma) is far quicker to look for than a name at every capital letter.
_APPOSITIVE_TAIL_ONLY = re.compile(_APPOSITIVE_TAIL)


def _appositives(text: str) -> Iterator[re.Match[str]]:
    """_APPOSITIVE.finditer(text), with the name looked for only before each tail: on the
    tail's own line (a name holds no line break), up to the tail's end."""
    after = pos = 0  # the end of the last match; where to look for the next tail
    while (t := _APPOSITIVE_TAIL_ONLY.search(text, pos)) is not None:
        line_start = text.rfind("\n", 0, t.start()) + 1
        m = _APPOSITIVE.search(text, max(after, line_start), t.end())
        if m is None:
            pos = t.start() + 1
            continue
        yield m
        after = pos = m.end()


_NOT_PLACE_AFTER = re.compile(
    r"['’]?s?\s+(?:positions?|forces|troops|fighters|militants|border|officials?|rebels)\b"
)
# a gazetteer name at a word start (see word_start_matches)
_GAZ = re.compile(rf"(?P<name>{_words(_GAZETTEER, False)})(?![\w-])")

# First tokens that make a "name" a description instead: "The base", "US base".
_NOT_NAME = {
    "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our",
    "US", "U.S.", "American", "Iraqi", "Syrian", "Israeli", "Iranian", "Russian",
    "Ukrainian", "Coalition", "Military", "Army", "Air", "Naval", "Police", "Government",
    "On", "In", "At", "By", "From", "For", "And", "But", "He", "She", "They", "It", "We",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Officials", "Residents", "Local", "Both", "Another", "Each", "Every", "Several",
    "Western", "Eastern", "Northern", "Southern", "Central", "Turkish", "Saudi", "Yemeni",
    "Lebanese", "Jordanian", "Somali", "Afghan", "Pakistani", "Libyan", "Sudanese",
    "Kurdish", "Palestinian", "Egyptian", "British", "French", "NATO", "UN", "Islamic",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Israel", "Russia", "Ukraine", "Iran", "Iraq",
    # a person's title opens a person's name: "the home town of President Volodymyr Zelensky"
    "President", "Prime", "Minister", "Mayor", "Governor", "General", "King", "Prince",
    "Sheikh", "Pope", "Mr", "Mrs", "Ms", "Dr", "Senator", "Commander", "Chief",
    # a figure opens a count, not a name: "One refinery was hit"
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
}

_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|originat\w*\s+(?:in|from))\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:\w+['’]s\s+)?$",
    re.IGNORECASE,
)
_LAUNCH_WORDS = re.compile(
    r"\b(?:fired|launched|shot|lobbed|flew|flown|came|coming|originat\w*|took off|"
    r"rockets?|missiles?|drones?|projectiles?|mortars?|shells?)\b",
    re.IGNORECASE,
)
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:attacks?|strikes?|raids?|assaults?|bombings?|bombardments?|shelling|barrages?|"
    r"fire|offensive|incursion|explosions?|blasts?|hits?)\s+(?:on|against|at|targeting|near)"
    r"|\b(?:targeted|targeting|targets?|struck|striking|strikes|hit|hits|hitting|shelled|"
    r"shelling|shells|bombed|bombing|bombs|attacked|attacking|attacks|pounded|pounding|pounds|"
    r"stormed|raided|rocketed|impacted|batters|battered|rocks|rocked)"
    r"|\b(?:fell|landed|exploded|crashed|impacted)\s+(?:on|in|at|near|inside|into)"
    r"|\b(?:heading|headed|aimed|flying)\s+(?:for|at|towards?)|\binto)"
    r"\s+(?:the\s+|a\s+)?(?:[A-Z][a-z]+\s+)?(?:port\s+)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)\w*\s+|[a-z]+-[a-z]+\s+|besieged\s+|nearby\s+"
    r"|frontline\s+|border\s+|southern\s+|northern\s+|eastern\s+|western\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+)?$",
)
# "at X" makes X the target only where the sentence tells of an attack ("prayers were
# offered at the Wana garrison" does not)
# "at the Israeli port city of Eilat": a demonym and "port" may stand before the type word
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:port\s+)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)\w*\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
_TARGET_AFTER = re.compile(
    r"^\s*(?:,[^,]{0,60},\s*)?(?:was|were|has been|had been|have been|is|came)\s+"
    r"(?:\w+\s+){0,2}?(?:targeted|attacked|struck|hit|shelled|bombed|"
    r"under\s+(?:\w+\s+)?(?:attack|fire))",
    re.IGNORECASE,
)
_POSSESSOR = re.compile(r"['’]s[ \t]+(?:[a-z]+[ \t]+)?[A-Z]")
_COMPLEX = re.compile(r"[ \t]+complex\b")
_IN_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+)?$"
)
_ATTACK_NOUN = re.compile(
    r"\b(?:attack\w*|strikes?|airstrikes?|struck|hit|raids?|shell\w*|mortars?|bombard\w*|bomb\w*|rockets?|"
    r"missiles?|drones?|explosions?|blasts?|killed|fired|launched)\b",
    re.IGNORECASE,
)
# The two sentence-wide patterns above without IGNORECASE (their words are in lower
# case), for ASCII text lower-cased first: see _in_sentence.
_LAUNCH_WORDS_LOWER = re.compile(_LAUNCH_WORDS.pattern)
_ATTACK_NOUN_LOWER = re.compile(_ATTACK_NOUN.pattern)
_LEAD_INS = {
    "In", "At", "From", "To", "On", "Near", "The", "And", "But", "Across", "Outside", "Inside",
    "Around", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper",
    "Lower", "North", "South", "East", "West", "Of", "For", "By", "Over", "Into", "Both",
    "While", "As", "After", "Before", "Since", "With", "Beyond", "Toward", "Towards",
}
_SPACES = re.compile(r"\s+")
_DATELINE_PLACE = re.compile(r"\s*([A-Z][A-Z.'’\- ]*[A-Z]|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s+[—–]))")
_POSSESSIVE = re.compile(r"^.*['’]s\s+")


_SPELLING_PIECE = re.compile(r"\\s\+|\w\??")


def _spellings(alternation: str) -> list[str]:
    r"""The phrases an alternation of plain words spells, one space between words:
    r"homes?|in\s+the\s+vicinity\s+of" -> home, homes, in the vicinity of."""
    out: list[str] = []
    for alt in alternation.split("|"):
        forms = [""]
        for piece in _SPELLING_PIECE.findall(alt):
            if piece == r"\s+":
                forms = [f + " " for f in forms]
            elif piece.endswith("?"):
                forms = [f + x for f in forms for x in ("", piece[0])]
            else:
                forms = [f + piece for f in forms]
        out += forms
    return out


# The keyword rules, in the order find() reads them, with the keywords they open with.
_KEYWORD_RULES = (_TYPE_OF, _NEAR, _FACILITY_IN, _FIRED_AT, _PLURAL_WORD)
_KEYWORDS = [_spellings(w) for w in (_TYPE_OF_WORDS, _NEAR_WORDS, FACILITY_WORDS,
                                     _FIRED_WORDS, _PLURAL_WORDS)]
_TYPE_SPELLINGS = set(_TYPE_WORDS) | {k.title() for k in _TYPE_WORDS}
# One scan finds every type word and every rule keyword. Each word found is looked up
# here: is it a type word (as _TYPE_WORDS spells it), and which keyword rules may start
# where it starts (the rules whose keywords open with its first word).
_SCAN_INFO: dict[str, tuple[bool, tuple[int, ...]]] = {
    word: (
        word in _TYPE_SPELLINGS,
        tuple(i for i, ws in enumerate(_KEYWORDS) if any(w.split()[0] == word.split()[0] for w in ws)),
    )
    for word in sorted({w for ws in _KEYWORDS for w in ws} | _TYPE_SPELLINGS)
}
# A scanned word starts after a character that is no ASCII letter, digit or "_" (every
# rule wants `\b` or a space there, and checks it itself). A `\W` test would cost a
# Unicode look-up at every character, more than all the rest of the scan. The word is
# matched in a look-ahead so that words inside a longer one ("area" of "residential
# area") are found as well.
_SCAN = re.compile(rf"[^0-9A-Za-z_](?=(?P<w>{trie_pattern(list(_SCAN_INFO))})\b)")
_SCAN_AT_START = re.compile(rf"(?P<w>{trie_pattern(list(_SCAN_INFO))})\b")


def _scan(text: str) -> tuple[list[tuple[int, int, str]], list[list[int]]]:
    r"""The type words `(?<=\s)(?:type words)\b` finds with finditer, as (start, end,
    word), and for each keyword rule the offsets where one of its keywords starts (a
    superset of where it matches: _matches_at tries each): all from one scan."""
    types: list[tuple[int, int, str]] = []
    starts: list[list[int]] = [[] for _ in _KEYWORD_RULES]
    found = [(m.end(), m.group("w"), text[m.start()].isspace()) for m in _SCAN.finditer(text)]
    if (m := _SCAN_AT_START.match(text)) is not None:
        found.insert(0, (0, m.group("w"), False))  # no space before it: no type word
    type_end = 0
    for pos, word, after_space in found:
        info = _SCAN_INFO.get(word) or _SCAN_INFO[" ".join(word.split())]
        if info[0] and after_space and pos >= type_end:
            # a space before, and no overlap with the type word before (as finditer)
            type_end = pos + len(word)
            types.append((pos, type_end, word))
        for i in info[1]:
            starts[i].append(pos)
    return types, starts


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """rx.finditer(text) when rx can match only at `starts`: tried there in order, each
    match ending the tries it overlaps, as finditer does."""
    after = 0
    for pos in starts:
        if pos < after:
            continue
        m = rx.match(text, pos)
        if m is not None:
            after = m.end()
            yield m

_SEA_AS_WORD_AFTER = re.compile(r"\s+(?:(?:oil|grain|naval|container|fuel)\s+)?(?:port|seaport|harbou?r|city|town|"
                                r"resort|refinery|terminal|fleet)\b")
# The types whose name may follow "of" ("the Black Sea port of Novorossiysk"); a district
# or area "of" a province keeps the name before it ("the Buleda area of Kech district")
_TYPE_OF_NAMED = frozenset(("port", "seaport", "harbour", "harbor", "city", "town"))
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def find(doc: Document) -> list[Fact]:
    text = doc.text
    type_words, (type_of_at, near_at, facility_at, fired_at, plural_at) = _scan(text)
    # start, end, type, rule, priority, where the phrase naming the place begins
    cands: list[tuple[int, int, str, str, int, int]] = []
    for t_start, t_end, t_word in type_words:
        name_start = _name_before(text, t_start)
        if name_start is None:
            continue
        if t_word.lower() in _TYPE_OF_NAMED and _OF_NAME_AFTER.match(text, t_end):
            continue  # "the Black Sea port of Novorossiysk": the name after "of" is the place's
        name = text[name_start:t_start].rstrip()
        first = name.split()[0] if name.split() else ""
        type_word = _SPACES.sub(" ", t_word)
        kind = _TYPE_WORDS.get(type_word) or _TYPE_WORDS[type_word.lower()]
        if kind == "facility" and type_word.lower() == "embassy":
            pass  # "the US embassy": the country's name is the embassy's name
        else:
            while first in _NOT_NAME and " " in name:
                skip = len(first) + (len(name) - len(name[len(first):].lstrip()) - len(first))
                name_start += skip
                name = name[skip:]
                first = name.split()[0]
            if not name or first in _NOT_NAME or _GAZETTEER.get(name) == "country" or _is_demonym(name):
                continue  # "the Syria garrison" names no garrison
            if _HELD_BY.fullmatch(name):
                continue  # "the Houthi-held port": who holds it, not its name
        # "Gwoza town": the word only says what Gwoza is; "Harir air base", "Anbar
        # province" name a different thing than the bare name does
        end = name_start + len(name) if kind in ("town", "city", "village") else t_end
        if kind == "base":
            tail = _COMPLEX.match(text, end)
            end = tail.end() if tail else end  # "Victory base complex" is one name
        elif kind == "district" and (own := _CITY_POSSESSIVE.search(text, max(0, name_start - 30), name_start)) and (
                _GAZETTEER.get(own.group("city")) != "country"):
            name_start = own.start()  # "Kharkiv's Saltivskyi district": the city's district
        cands.append((name_start, end, kind, "place.named_type", 3, name_start))
    if "Site" in text or "Base" in text or "Camp" in text or "Outpost" in text:
        for m in word_start_matches(_SITE_FIRST, text):
            # "Mission Support Site Euphrates", "Camp Lemonnier": the type comes first
            cands.append((m.start(), m.end(), "base", "place.site_first", 3, m.start()))
    for m in _matches_at(_TYPE_OF, text, type_of_at):
        name = m.group("name")
        if name.split()[0] in _NOT_NAME:
            continue
        kind = m.group("type")
        kind = {
            "governorate": "province", "capital": "city", "area": "region", "community": "town",
            "kibbutz": "village", "moshav": "village", "neighborhood": "district",
            "neighbourhood": "district", "suburb": "district", "settlement": "town",
        }.get(kind, kind)
        cands.append((m.start("name"), m.end("name"), kind, "place.type_of", 2, m.start()))
    for m in _matches_at(_NEAR, text, near_at):
        name = m.group("name")
        if name.split()[0] in _NOT_NAME or _NOT_PLACE_AFTER.match(text, m.end()):
            continue
        cands.append((m.start("name"), m.end("name"), "place", "place.near", 0, m.start("name")))
    for rx, rule, at in ((_FACILITY_IN, "place.facility_in", facility_at),
                         (_FIRED_AT, "place.fired_at", fired_at)):
        for m in _matches_at(rx, text, at):
            name = m.group("name")
            if name.split()[0] in _NOT_NAME or _NOT_PLACE_AFTER.match(text, m.end()) or _is_demonym(name):
                continue  # ("fired at Armenian combat positions": whose positions, no place)
            cands.append((m.start("name"), m.end("name"), "place", rule, 0, m.start("name")))
    for t in _matches_at(_PLURAL_WORD, text, plural_at):
        # both pair patterns run only at a plural type word: rare, and a scan of every
        # capitalised word would cost a fifth of the place rules
        m = _TYPES_OF.match(text, t.start())
        if m is not None:
            kind = _PLURAL_TYPE[m.group("type")]
            for g in ("a", "b"):
                if m.group(g).split()[0] not in _NOT_NAME:
                    cands.append((m.start(g), m.end(g), kind, "place.types_of", 2, m.start()))
            continue
        m = _PAIR_PLURAL.search(text, max(0, t.start() - 80), t.end())
        if m is None or m.end() != t.end():
            continue
        kind = _PLURAL_TYPE[m.group("type")]
        for g in ("a", "b"):
            if m.group(g).split()[0] in _NOT_NAME:
                break
            cands.append((m.start(g), m.end(g), kind, "place.pair_plural", 2, m.start(g)))
    for m in _appositives(text):
        if m.group("name").split()[0] in _NOT_NAME:
            continue
        kind = m.group("type")
        cands.append((m.start("name"), m.end("name"), kind, "place.appositive", 2, m.start("name")))
    for m in word_start_matches(_GAZ, text):
        name = m.group("name")
        prev = _word_before(text, max(0, m.start() - 30), m.start())
        if prev and prev[0].isupper() and prev not in _LEAD_INS:
            continue  # "Abdifatah Aden": the end of a person's name, not the port
        if _GAZETTEER[name] == "sea" and _SEA_AS_WORD_AFTER.match(text, m.end()):
            continue  # "the Black Sea port of Novorossiysk": which port, no place of its own
        cands.append((m.start(), m.end(), _GAZETTEER[name], "place.gazetteer", 1, m.start()))
    if doc.dateline is not None:
        dl = text[doc.dateline.start : doc.dateline.end]
        m = _DATELINE_PLACE.match(dl)
        if m:
            s = doc.dateline.start + m.start(1)
            cands.append((s, s + len(m.group(1)), "city", "place.dateline", 4, s))
    facts: list[Fact] = []
    taken = bytearray(len(text) + 1)
    attack_words: dict[tuple[int, int, bool], bool] = {}
    for start, end, kind, rule, _prio, anchor in sorted(
        cands, key=lambda c: (-(c[1] - c[0]), -c[4])
    ):
        if end - start < 2:
            continue  # "U" of "U.S. bases": a single letter names no place
        if taken.find(1, start, end) >= 0:
            continue  # a longer name already holds this stretch ("Gaza" in "Gaza City")
        taken[start:end] = b"\x01" * (end - start)
        role, conf = _role(doc, anchor, end, kind, attack_words)
        seen = text[start:end]
        facts.append(
            Fact(
                kind="location", value=one_spaced(seen), start=start, end=end, text=seen,
                object=kind, role=role, rule=f"{rule}:{role}", confidence=conf,
            )
        )
    _full_names(facts)
    facts.sort(key=lambda f: f.start)
    return facts


def one_spaced(phrase: str) -> str:
    r"""`phrase` with each run of spaces as one space, as _SPACES.sub(" ", phrase) gives it,
    without the substitution where nothing would change: every `\s` but the space itself
    is unprintable, so a printable phrase without two spaces in a row has no other run."""
    if phrase.isprintable() and "  " not in phrase:
        return phrase
    return _SPACES.sub(" ", phrase)


def _full_names(facts: list[Fact]) -> None:
    """A headline shortens a name the body gives in full ("Baghdad airport" for "Baghdad
    International Airport"): the short one takes the full name, so one place is not two.
    Same first and last word, the short one's words all in the long one."""
    words = [(f, f.value.casefold().split()) for f in facts]
    # only a name of three words or more is longer than a short one of two or more
    longer = [(g, v, set(v)) for g, v in words if len(v) > 2]
    if not longer:
        return
    for f, w in words:
        if len(w) < 2:
            continue
        for g, v, v_set in longer:
            if len(v) > len(w) and v[0] == w[0] and v[-1] == w[-1] and set(w) <= v_set:
                f.value = g.value
                break


_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "an", "az", "bin", "ibn", "de", "di",
              "du", "la", "le"}


def _run_start(text: str, lo: int, hi: int, joiners: str) -> int:
    r"""Where the run of word characters (as `\w` has them) and `joiners` that ends at `hi`
    starts, not before `lo`; `hi` when there is none. Read backwards: a pattern such as
    `[\w-]+$` would be tried at every offset of the stretch."""
    k = hi
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in joiners):
        k -= 1
    return k


def _word_before(text: str, lo: int, hi: int) -> str | None:
    r"""The word `([\w.-]+)[ \t]+$` finds in text[lo:hi]: the one spaces part from `hi`."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1  # `$` matches before a final line break too
    i = hi
    while i > lo and text[i - 1] in " \t":
        i -= 1
    if i == hi:
        return None
    k = _run_start(text, lo, i, "_.-")
    return text[k:i] if k < i else None


def _name_before(text: str, end: int) -> int | None:
    """Start of the proper name that runs up to `end` ("Ain al-Asad" before "air base"),
    read backwards word by word; None when the word before is not part of a name. A
    possessive ends the name: "Iraq’s" belongs to the country, not the base."""
    j = end
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == end or j == 0:
        return None
    start: int | None = None
    words = 0
    while words < 6 and j > 0:
        # the word `[\w-]+$` finds in the 40 characters before j
        e = j - 1 if text[j - 1] == "\n" else j  # `$` matches before a final line break too
        k = _run_start(text, max(0, j - 40), e, "_-")
        if k == e:
            break
        word = text[k:e]
        head, _, tail = word.partition("-")
        if word[0].isupper() or (head in _PARTICLES and tail[:1].isupper()):
            start = k
        elif word.isdigit() and len(word) <= 4 and words == 0:
            pass  # "Tower 22 outpost": a number may close a name
        elif not (start is not None and word in _PARTICLES):
            break
        words += 1
        if k == 0 or text[k - 1] != " ":
            break
        j = k - 1
    return start


def _role(doc: Document, start: int, end: int, kind: str,
          attack_words: dict[tuple[int, int, bool], bool]) -> tuple[str, float]:
    """The place's role and its confidence. `attack_words` keeps, per sentence, whether it
    names a launch or an attack: a sentence of many places is searched once."""
    text = doc.text
    sent = doc.sentence_at(start)
    s0, s1 = (sent.start, sent.end) if sent else (max(0, start - 200), min(len(text), end + 200))
    before = text[max(s0, start - 45) : start]
    if "from" in before and _ORIGIN_BEFORE.search(before) and \
            _in_sentence(True, text, s0, s1, attack_words):
        return "origin", 0.6
    after = text[end : min(s1, end + 90)]
    if kind == "country" or _POSSESSOR.match(after):
        # a country is where things happen, rarely the thing hit; in "Mogadishu's
        # Bondhere district" the place hit is the one after the possessive
        return "mentioned", 0.5
    wide = text[max(s0, start - 90) : start]
    if ("respon" in wide or "retaliat" in wide or "revenge" in wide or "reply" in wide) and \
            _ANSWERED_BEFORE.search(wide):
        # "in response to Israeli strikes on the Nabatieh area": the place of what the
        # attack answers, an earlier event's target
        return "mentioned", 0.4
    if "siren" in before and _SIRENS_BEFORE.search(before):
        return "mentioned", 0.4  # "setting off sirens in Kiryat Shmona": an alert, no hit
    if _TARGET_BEFORE.search(before) or _TARGET_AFTER.match(after) or (
            "toward" in before and _TOWARD_BEFORE.search(text, max(s0, start - _TOWARD_REACH), start)):
        return "target", 0.7
    if "at" in before and _AT_BEFORE.search(before) and \
            _in_sentence(False, text, s0, s1, attack_words):
        return "target", 0.6
    if kind in _IN_KINDS and _IN_BEFORE.search(before) and \
            _in_sentence(False, text, s0, s1, attack_words):
        return "target", 0.5
    return "mentioned", 0.4


def _in_sentence(launch: bool, text: str, s0: int, s1: int,
                 memo: dict[tuple[int, int, bool], bool]) -> bool:
    """Whether text[s0:s1] names a launch (`launch`) or else an attack, asked once per
    sentence (`memo`)."""
    key = (s0, s1, launch)
    if key not in memo:
        memo[key] = (_search(_LAUNCH_WORDS, _LAUNCH_WORDS_LOWER, text, s0, s1) if launch
                     else _search(_ATTACK_NOUN, _ATTACK_NOUN_LOWER, text, s0, s1))
    return memo[key]


def _search(rx: re.Pattern[str], rx_lower: re.Pattern[str], text: str, s0: int, s1: int) -> bool:
    r"""Whether rx.search(text, s0, s1) finds a match, `rx` being IGNORECASE and
    `rx_lower` the same pattern without it. Case-blind matching is slow in `re`; on
    ASCII text the lower-cased stretch is searched instead, twice as fast. The character
    before s0 is kept so that `\b` at s0 reads the same."""
    lead = 1 if s0 > 0 else 0
    stretch = text[s0 - lead : s1]
    if stretch.isascii():
        return rx_lower.search(stretch.lower(), lead) is not None
    return rx.search(text, s0, s1) is not None


# "three rockets were launched from Lebanon toward the Upper Galilee"
_TOWARD_BEFORE = re.compile(
    r"\b(?:fired|launched|shot|lobbed|sent)\b[^.;]{0,60}\btowards?\s+(?:the\s+)?"
    r"(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)\w*\s+)?$")
_TOWARD_REACH = 150  # (the longest stretch _TOWARD_BEFORE can match, with room to spare)
_ANSWERED_BEFORE = re.compile(
    r"\b(?:in\s+(?:response|retaliation|revenge|reply)\s+(?:to|for)|to\s+avenge|"
    r"retaliat\w*\s+for)\b[^.;]{0,80}$", re.IGNORECASE)
_HELD_BY = re.compile(r"[\w’']+-(?:held|controlled|occupied|run|backed|led|linked)")
_SIRENS_BEFORE = re.compile(r"\bsirens?\b[^.;,]{0,40}$")
_IN_KINDS = {
    "base", "airport", "city", "town", "village", "camp", "port", "facility", "sea", "place",
    "region", "district",
}
