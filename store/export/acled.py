"""acled: one ACLED-style row per curated event, for analysts who code event data.

What factdesk can say from a report is coded; what it cannot is left blank for the
analyst (latitude and longitude: there is no geocoder offline). Coding choices:

- event_type / sub_event_type from the munitions: missiles, rockets, shells, mortars
  and unnamed projectiles are "Explosions/Remote violence" / "Shelling/artillery/missile
  attack"; drones, air strikes and dropped bombs are "Air/drone strike". When the facts
  name no munition, the sentences holding them are read for one; a "strike" or "blast"
  of unnamed means is "Explosions/Remote violence" with the sub-event type left blank.
  Nothing to go on: both left blank.
- An attack whose every projectile was intercepted, and that killed and hurt no one, is
  coded as ACLED codes an interception: "Strategic developments" / "Disrupted weapons
  use", the intercepting side (the target actor, if named) as actor1 and the attacker as
  actor2, "intercepted" in tags and notes. If the interception still cost lives or
  injuries (debris), the attack is coded as the attack it was.
- fatalities: the lowest credible figure, per victim group, of the event's curated
  killed facts (an "up to" figure counts as given; a figure with no number at all is
  no figure); specific groups (soldiers, civilians) are summed, and a figure for
  "people" in general stands for the whole, so "12 people, including 5 children" is 12,
  not 17; 0 when the report gives none.
- notes: ACLED's "On <day month year>, ..." sentence with the counts, who said them,
  injuries and any conflicting figures.
- time_precision: 1 a day, 2 a part of a month or a week ("mid-October"), 3 a month.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from typing import TextIO

from ..events import bounds, display_value
from .csv import safe_cell
from .reader import ArticleFacts
from .records import event_card, group_events

COLUMNS = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "time_precision", "source", "source_scale", "notes", "fatalities", "tags",
)  # fmt: skip
ATTACK_KINDS = ("launched", "intercepted", "impacted", "killed", "injured")
REMOTE = "Explosions/Remote violence"
STRATEGIC = "Strategic developments"
DISRUPTED = "Disrupted weapons use"
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
_SHELLING_WORDS = re.compile(r"missile|rocket|shell|mortar|artillery|projectile|katyusha|grad",
                             re.IGNORECASE)
_AIR_WORDS = re.compile(r"drone|uav|unmanned|air\s*strike|airstrike|aerial|bomb|aircraft|jet",
                        re.IGNORECASE)
# In the sentences around the facts (not in the facts' own words, which the patterns
# above read): strict forms only, "bomb" alone could be a suicide bombing.
_CONTEXT_SHELLING = re.compile(r"\b(?:missile|rocket|shell(?:s|ing|ed)?|mortar|artillery|"
                               r"katyusha)", re.IGNORECASE)
_CONTEXT_AIR = re.compile(r"\b(?:drones?|uavs?|air\s*strikes?|airstrikes?|air\s+raids?|warplanes?|"
                          r"fighter\s+jets?|aerial\s+bombardment)\b", re.IGNORECASE)
_CONTEXT_REMOTE = re.compile(r"\b(?:strikes?|struck|bombardment|blasts?|explosions?)\b",
                             re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")
TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
INTERNATIONAL = {
    "afp", "agence france-presse", "reuters", "ap", "associated press", "bbc", "al jazeera",
    "cnn", "dpa", "anadolu", "xinhua", "efe", "upi",
}

COUNTRIES = {
    name.lower(): name for name in (
        "Afghanistan", "Armenia", "Azerbaijan", "Bahrain", "Belarus", "Burkina Faso",
        "Cameroon", "Chad", "Cyprus", "Democratic Republic of Congo", "Djibouti", "Egypt",
        "Eritrea", "Ethiopia", "Georgia", "India", "Iran", "Iraq", "Israel", "Jordan",
        "Kenya", "Kuwait", "Lebanon", "Libya", "Mali", "Mozambique", "Myanmar", "Niger",
        "Nigeria", "Oman", "Pakistan", "Palestine", "Poland", "Qatar", "Russia",
        "Saudi Arabia", "Somalia", "South Sudan", "Sudan", "Syria", "Turkey", "Ukraine",
        "United Arab Emirates", "Yemen",
    )
}
COUNTRIES.update({"uae": "United Arab Emirates", "türkiye": "Turkey", "turkiye": "Turkey",
                  "dr congo": "Democratic Republic of Congo", "drc": "Democratic Republic of Congo"})
# Places reports name without their country, with the country and first-level division.
# Kept small on purpose; admin1 follows common English spelling and may differ from
# ACLED's own gazetteer.
PLACES: dict[str, tuple[str, str]] = {
    "ain al-asad": ("Iraq", "Anbar"), "al-asad": ("Iraq", "Anbar"), "al asad": ("Iraq", "Anbar"),
    "anbar": ("Iraq", "Anbar"), "baghdad": ("Iraq", "Baghdad"), "erbil": ("Iraq", "Erbil"),
    "harir": ("Iraq", "Erbil"), "mosul": ("Iraq", "Nineveh"), "nineveh": ("Iraq", "Nineveh"),
    "kirkuk": ("Iraq", "Kirkuk"), "basra": ("Iraq", "Basra"),
    "damascus": ("Syria", "Damascus"), "aleppo": ("Syria", "Aleppo"), "homs": ("Syria", "Homs"),
    "deir ez-zor": ("Syria", "Deir ez-Zor"), "idlib": ("Syria", "Idlib"),
    "latakia": ("Syria", "Latakia"), "tartus": ("Syria", "Tartus"),
    "hasakah": ("Syria", "Hasakah"), "qamishli": ("Syria", "Hasakah"),
    "al-tanf": ("Syria", "Homs"), "beirut": ("Lebanon", "Beirut"),
    "sanaa": ("Yemen", "Sanaa"), "hodeidah": ("Yemen", "Hodeidah"), "aden": ("Yemen", "Aden"),
    "marib": ("Yemen", "Marib"), "tel aviv": ("Israel", "Tel Aviv"),
    "haifa": ("Israel", "Haifa"), "eilat": ("Israel", "Southern"),
    "ashkelon": ("Israel", "Southern"), "sderot": ("Israel", "Southern"),
    "kyiv": ("Ukraine", "Kyiv City"), "kiev": ("Ukraine", "Kyiv City"),
    "kharkiv": ("Ukraine", "Kharkiv"), "odesa": ("Ukraine", "Odesa"),
    "odessa": ("Ukraine", "Odesa"), "lviv": ("Ukraine", "Lviv"),
    "zaporizhzhia": ("Ukraine", "Zaporizhzhia"), "kherson": ("Ukraine", "Kherson"),
    "mykolaiv": ("Ukraine", "Mykolaiv"), "sumy": ("Ukraine", "Sumy"),
    "belgorod": ("Russia", "Belgorod"), "kursk": ("Russia", "Kursk"),
    "moscow": ("Russia", "Moscow"), "mogadishu": ("Somalia", "Banadir"),
    "kabul": ("Afghanistan", "Kabul"), "tehran": ("Iran", "Tehran"),
    "isfahan": ("Iran", "Isfahan"), "riyadh": ("Saudi Arabia", "Riyadh"),
    "abu dhabi": ("United Arab Emirates", "Abu Dhabi"), "dubai": ("United Arab Emirates", "Dubai"),
    "khartoum": ("Sudan", "Khartoum"), "tripoli": ("Libya", "Tripoli"),
    "benghazi": ("Libya", "Benghazi"),
}
_TYPE_WORDS = re.compile(
    r"\s+(?:air\s*base|air\s*field|airbase|airfield|military\s+base|naval\s+base|base|"
    r"camp|garrison|barracks|airport|international\s+airport|port|province|governorate|"
    r"oblast|region|district|city|town|village)$",
    re.IGNORECASE,
)


class AcledWriter:
    records_rejections = False
    columns = COLUMNS

    def __init__(self, out: TextIO):
        self.writer = csv.writer(out)
        self.writer.writerow(self.columns)

    def write(self, item: ArticleFacts) -> tuple[int, int]:
        rows = facts = 0
        for event, main, group in group_events(item.facts):
            row = acled_row(item.article, event, main, group)
            if row is None:
                continue
            self.writer.writerow([safe_cell(row[c]) for c in self.columns])
            rows += 1
            facts += len(group)
        return rows, facts

    def close(self) -> None:
        pass


def acled_row(article: dict, event: int, main: bool, facts: list[dict]) -> dict | None:
    """The ACLED row of one event, or None when it holds no attack figure to code."""
    facts = [f for f in facts if f.get("status") != "rejected"]
    if not any(f.get("kind") in ATTACK_KINDS for f in facts):
        return None
    card = event_card(event, main, facts)
    by_kind: dict[str, list[dict]] = {}
    for fact in facts:
        by_kind.setdefault(fact["kind"], []).append(fact)

    event_type, sub_event_type = event_type_of(facts, article.get("text") or "")
    intercepted_all = fully_intercepted(by_kind)
    disrupted = intercepted_all and not by_kind.get("killed") and not by_kind.get("injured")
    country, admin1 = place_of(card["place"], by_kind.get("location", []))
    actors = [f for f in by_kind.get("actor", []) if f.get("role") in ("perpetrator", "claimed")]
    targets = [f for f in by_kind.get("actor", []) if f.get("role") == "target"]
    actor1 = _unique(f["value"] for f in actors)
    if not actor1 and event_type:
        actor1 = ["Unidentified Armed Group" + (f" ({country})" if country else "")]
    actor2 = _unique(f["value"] for f in targets)
    if disrupted:
        # ACLED's interception rows: the side that stopped the weapons acts (actor1),
        # the side whose weapons were stopped is actor2.
        event_type, sub_event_type = STRATEGIC, DISRUPTED
        actor1, actor2 = actor2, ["; ".join(actor1)] if actor1 else []
    source = (article.get("source") or "").strip()
    tags = []
    if intercepted_all:
        tags.append("intercepted")
    if not main:
        tags.append("background event in report")
    return {
        "event_id_cnty": f"FD{article['id']}-{event}" + ("" if main else "b"),
        "event_date": card["date"] or "",
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1[0] if actor1 else "",
        "assoc_actor_1": "; ".join(actor1[1:]),
        "actor2": "; ".join(actor2),
        "country": country,
        "admin1": admin1,
        "location": card["place"] or "",
        "latitude": "",
        "longitude": "",
        "geo_precision": "",
        "time_precision": TIME_PRECISION.get(card["date_precision"] or "", ""),
        "source": source,
        "source_scale": "International" if source.lower() in INTERNATIONAL else "",
        "notes": notes(card, by_kind, intercepted_all),
        "fatalities": fatalities(by_kind.get("killed", [])),
        "tags": "; ".join(tags),
    }


def event_type_of(facts: list[dict], text: str = "") -> tuple[str, str]:
    """(event_type, sub_event_type) from the munitions the launch, interception and
    impact facts name; failing that, from the sentences holding the event's attack
    facts ("killed in a drone strike"); ("", "") when nothing says."""
    words = " ".join(
        f"{f.get('object') or ''} {f.get('text') or ''}"
        for f in facts if f.get("kind") in ("launched", "intercepted", "impacted")
    )
    if _SHELLING_WORDS.search(words):
        return REMOTE, SHELLING
    if _AIR_WORDS.search(words):
        return REMOTE, AIR
    context = " ".join(_sentence(text, f) for f in facts if f.get("kind") in ATTACK_KINDS)
    if _CONTEXT_SHELLING.search(context):
        return REMOTE, SHELLING
    if _CONTEXT_AIR.search(context):
        return REMOTE, AIR
    if _CONTEXT_REMOTE.search(context):
        return REMOTE, ""
    return "", ""


def _sentence(text: str, fact: dict) -> str:
    """The sentence (or line) of the text holding the fact's span."""
    start, end = fact.get("start"), fact.get("end")
    if not text or not isinstance(start, int) or not isinstance(end, int):
        return ""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[before[-1] if before else 0:after.start() if after else len(text)]


def lowest(fact: dict) -> int:
    low, _ = bounds(fact)
    return low if low is not None else 0


# Victim groups that mean everyone: a figure for them is a total, not one more group.
GENERIC_GROUPS = frozenset({"", "people", "persons", "person", "individuals", "victims"})


def victim_group(fact: dict) -> str:
    key = re.sub(r"\s+", " ", (fact.get("object") or "").strip().lower())
    return "people" if key in GENERIC_GROUPS else key


def credible(fact: dict) -> int | None:
    """The figure a claim gives at its lowest: its lower bound; for "up to 5", 5 (the
    only number said); None when it gives no number ("people were killed")."""
    low, high = bounds(fact)
    return low if low is not None else high


def fatalities(killed: list[dict]) -> int:
    """Lowest credible figure per victim group (two sources on one group are one group
    read conservatively); specific groups summed; a general "people" figure is a total
    that already holds them, so the larger of it and that sum."""
    groups: dict[str, int] = {}
    for fact in killed:
        figure = credible(fact)
        if figure is None:
            continue
        key = victim_group(fact)
        groups[key] = min(groups.get(key, figure), figure)
    everyone = groups.pop("people", 0)
    return max(everyone, sum(groups.values()))


def fully_intercepted(by_kind: dict[str, list[dict]]) -> bool:
    intercepted = by_kind.get("intercepted", [])
    if not intercepted:
        return False
    if any(lowest(f) > 0 for f in by_kind.get("impacted", [])):
        return False
    caught = max(lowest(f) for f in intercepted)
    launched = by_kind.get("launched", [])
    if not launched:
        # "both were intercepted" with "none hit": every projectile named was stopped.
        return bool(by_kind.get("impacted")) and caught > 0
    highest = [bounds(f)[1] for f in launched]
    return all(h is not None and caught >= h for h in highest)


def _key(name: str) -> str:
    key = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    key = _TYPE_WORDS.sub("", key).strip().lower()
    return re.sub(r"\s+", " ", key)


def place_of(place: str | None, locations: list[dict]) -> tuple[str, str]:
    """(country, admin1) of the event's place; blank when the small lookup and the
    report's own place names do not say."""
    country, admin1 = "", ""
    if place:
        key = _key(place)
        if key in COUNTRIES:
            return COUNTRIES[key], ""
        if key in PLACES:
            return PLACES[key]
    targets = [f for f in locations if f.get("role") == "target"]
    for pool in (targets, locations):
        named = _unique(COUNTRIES[_key(f["value"])] for f in pool if _key(f["value"]) in COUNTRIES)
        if len(named) == 1:
            country = named[0]
            break
        if named:
            # Several countries named: the one the report names most, if it stands out.
            tally = {c: sum(1 for f in pool if COUNTRIES.get(_key(f["value"])) == c) for c in named}
            ranked = sorted(tally.items(), key=lambda kv: -kv[1])
            if ranked[0][1] > ranked[1][1]:
                country = ranked[0][0]
            break
    provinces = [f for f in targets if (f.get("object") or "") in ("province", "region")]
    if provinces:
        name = re.sub(r"\s+(?:province|governorate|oblast|region)$", "", provinces[0]["value"],
                      flags=re.IGNORECASE)
        admin1 = name
        known = PLACES.get(_key(name))
        if known and (not country or known[0] == country):
            country, admin1 = known
    return country, admin1


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)


def long_date(iso: str | None) -> str:
    if not iso:
        return "an unknown date"
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _figure(fact: dict) -> str:
    """A figure in words: "at least 12", "about 30", "an unspecified number of"."""
    shown = fact["display"] if "display" in fact else display_value(fact)
    shown = (shown.replace("≥", "at least ").replace("≤", "up to ").replace("~", "about ")
             .replace("–", " to ").replace(">", "more than "))
    return shown.replace(" (vague)", "") if shown != "(vague)" else "an unspecified number of"


def _who(who: str | None) -> str:
    """A source as it reads mid-sentence: "The American official" -> "the American
    official"."""
    if not who:
        return ""
    return re.sub(r"^(The|An?)(?=\s)", lambda m: m.group(1).lower(), who.strip())


def _said(fact: dict) -> str:
    who = _who(fact.get("attributed_to"))
    return f" (according to {who})" if who else ""


def notes(card: dict, by_kind: dict[str, list[dict]], intercepted_all: bool) -> str:
    """ACLED's notes sentence: what happened, to whom, according to whom."""
    when = card["date_precision"]
    day = long_date(card["date"])
    if when == "week" and card["date"]:
        lead = f"Around {day}"
    elif when == "month" and card["date"]:
        lead = f"In {day.split(' ', 1)[1]}"
    else:
        lead = f"On {day}"
    place = card["place"]
    sentences = []
    counts = card["counts"]
    launched = counts.get("launched")
    if launched:
        fact = _fact(by_kind, launched)
        munition = launched.get("object") or "projectiles"
        at = f" at {place}" if place else ""
        figure = _figure(fact)
        noun, verb = (munition, "was") if figure == "1" else (_plural(munition), "were")
        sentences.append(f"{lead}, {figure} {noun} {verb} launched{at}{_said(fact)}.")
    elif place:
        sentences.append(f"{lead}, an attack took place at {place}.")
    else:
        sentences.append(f"{lead}, an attack took place.")
    for kind, verb in (("intercepted", "intercepted"), ("impacted", "hit")):
        entry = counts.get(kind)
        if entry:
            fact = _fact(by_kind, entry)
            figure = _figure(fact).removesuffix(" of")  # "An unspecified number hit"
            sentences.append(f"{figure.capitalize()} {verb}{_said(fact)}.")
    if intercepted_all:
        sentences.append("All were intercepted.")
    for kind, verb in (("killed", "killed"), ("injured", "injured")):
        for (figure, group), sources in _claims(by_kind.get(kind, [])).items():
            said = f" (according to {'; '.join(sources)})" if sources else ""
            group = group or ("person" if figure == "1" else "people")
            sentences.append(f"{figure.capitalize()} {group} {verb}{said}.")
    actor = card["actor"]
    if actor:
        role = card.get("actor_role")
        if role == "target":  # the only actor named is the one attacked, not the attacker
            sentences.append(f"The attack targeted {actor}.")
        else:
            phrase = {"claimed": "claimed by", "blamed": "blamed on"}.get(role or "", "attributed to")
            sentences.append(f"The attack was {phrase} {actor}.")
    for kind in ("launched", "intercepted", "impacted", "killed", "injured"):
        for group, figures in _conflicts(by_kind.get(kind, []), kind).items():
            listed = "; ".join(
                f"{figure}" + (f" {_plural(obj) if figure != '1' else obj}" if obj else "")
                + (f" ({'; '.join(sources)})" if sources else "")
                for (figure, obj), sources in figures.items()
            )
            about = f" {group}" if group and group != "people" else ""
            sentences.append(f"Conflicting {kind}{about} figures: {listed}.")
    killed = fatalities(by_kind.get("killed", []))
    if not by_kind.get("killed"):
        sentences.append("No fatalities reported.")
    else:
        sentences.append(f"{killed} {'fatality' if killed == 1 else 'fatalities'}.")
    return " ".join(sentences)


def _claims(facts: list[dict]) -> dict[tuple[str, str], list[str]]:
    """The same figure for the same group, said twice or by two sources, is one claim
    with its sources listed."""
    out: dict[tuple[str, str], list[str]] = {}
    for fact in facts:
        obj = fact.get("object") or ""
        if obj.strip().lower() in GENERIC_GROUPS:
            obj = ""  # "2 people" said with and without the word is one claim
        sources = out.setdefault((_figure(fact), obj), [])
        who = _who(fact.get("attributed_to"))
        if who and who not in sources:
            sources.append(who)
    return out


def _conflicts(facts: list[dict], kind: str) -> dict[str, dict[tuple[str, str], list[str]]]:
    """Distinct figures the curated facts give for one thing: the projectiles of the
    attack (whatever each source calls them), or one victim group (different groups
    add up, they do not conflict)."""
    groups: dict[str, list[dict]] = {}
    for fact in facts:
        if fact.get("value") is None and fact.get("min") is None:
            continue  # "minor injuries" gives no figure to disagree with (as on the card)
        group = victim_group(fact) if kind in ("killed", "injured") else ""
        groups.setdefault(group, []).append(fact)
    out = {}
    for group, members in groups.items():
        claims = _claims(members)
        if len({figure for figure, _ in claims}) > 1:
            out[group] = claims
    return out


def _fact(by_kind: dict[str, list[dict]], entry: dict) -> dict:
    for facts in by_kind.values():
        for fact in facts:
            if fact.get("id") == entry.get("fact_id"):
                return fact
    return entry


def _plural(munition: str) -> str:
    return munition if munition.endswith("s") else munition + "s"
