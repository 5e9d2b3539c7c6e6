"""Reports that tell of no attack: a weapons test, a drill, an accident, a truce holding,
ordnance cleared, a budget, a depot's blast with no attack behind it. Their figures are
no counts of an attack, and their dates no attack's date.
"""

from __future__ import annotations

import re

from .document import Document

_I = re.IGNORECASE

# A headline that tells of no attack: weapons tested or drilled with, an accident, a truce
# holding, ordnance cleared, a budget ("not a drone attack" denies one)
_NO_ATTACK_HEADLINE = re.compile(
    r"\b(?:(?:flight-)?tests?|tested|trials?|drills?|exercises?|air\s*show|clearance|budget|truce\s+holds|"
    # ("over 61,000 hectares cleared in 2026, nine killed in mine blasts": demining)
    r"cleared|demining|de-mining|(?:land)?mine\s+(?:blasts?|explosions?|accidents?)|"
    r"accidents?|accidental|not\s+an?\s+(?:drone\s+|missile\s+)?attack)\b", _I)
# ... or a blast at a depot, which is as often an attack: no attack only if the report
# tells of none anywhere
_DEPOT_BLAST_HEADLINE = re.compile(r"\b(?:ammunition|arms|munitions?|weapons?)\s+(?:depot|dump|store)", _I)
# ... the words that tell of an attack on the depot itself (not "throwing shells and fragments")
_ATTACK_ON_DEPOT = re.compile(
    r"\b(?<!not\sa\s)(?<!not\san\s)(?:(?<!-)attack(?:s|ed|ing)?|struck|shell(?:ed|ing)|bomb(?:ed|ing|ings)|"
    r"raids?|(?:fired|launched)\s+(?:at|on|toward|towards|into|against)|hit\s+by|targeted|shot\s+down|"
    r"intercepted|downed|strikes?\s+(?:on|against)|sabotage\s+(?:attack|operation))\b", _I)
_RULED_OUT = re.compile(r"\bruled\s+out\b|\bno\s+(?:sign|evidence|indication)s?\s+of\b|\bnot\s+(?:caused\s+by|the\s+result\s+of)\b", _I)
ATTACK_WORD = re.compile(
    # ("Fast-attack craft" are boats, not an attack)
    # ("... budget as airstrike kills 17 in Pauk": the strike written as one word)
    # (a tractor that "struck an anti-tank mine" in a clearance report tells of no attack)
    r"\b(?<!not\sa\s)(?<!not\san\s)(?:(?<!-)attack(?:s|ed|ing)?|(?:air)?strikes?|struck(?!\s+an?\s+(?:[\w-]+\s+)?(?:land)?mine\b)|"
    r"shell(?:s|ed|ing)|bomb(?:ed|ing|ings)|"
    r"raids?|ambush(?:ed)?|(?:fired|launched)\s+(?:at|on|toward|towards|into|against)|hit\s+by|targeted|"
    # ("Rocket barrage on US base ... tests SDF": a barrage on a target is the attack; a
    # drill's "live salvos over the Baltic" are none)
    r"(?:barrages?|salvos?|volleys?)\s+(?:on|at|against|targets?|targeting)|"
    # (air defence at work means something was fired at someone)
    r"shot\s+down|intercepted|downed)\b", _I)


def headline_tells_none(doc: Document) -> bool:
    """Whether the headline tells of no attack: a test, a drill, an accident... and no
    attack beside it (or a depot's blast in a report that tells of no attack at all)."""
    if doc.headline is None:
        return False
    text = doc.text
    headline = text[doc.headline.start : doc.headline.end]
    if _DEPOT_BLAST_HEADLINE.search(headline) is not None:
        # ("a drone attack ... has been ruled out": a denied attack is none)
        return all(_RULED_OUT.search(text, max(0, m.start() - 60), m.end() + 120) is not None
                   for m in _ATTACK_ON_DEPOT.finditer(text))
    if _NO_ATTACK_HEADLINE.search(headline) is None:
        return False
    # ("Hezbollah fires 18 rockets in first attack since truce": an attack all the same)
    return ATTACK_WORD.search(headline) is None or "not a" in headline.lower()
