"""The extraction pipeline: structure, then the rule families, then attribution and
event grouping. Deterministic and free of I/O."""

from __future__ import annotations

from datetime import date

from . import actors, counts, dates, events, places, plugins, sources
from .document import parse
from .model import Extraction, Fact

# Each finder reads the parsed document and returns the facts its rules found.
FINDERS = (counts.find, dates.find, places.find, actors.find)


def extract(text: str, published: date | str | None = None) -> Extraction:
    """Facts and events of one article. `text` is the article's stored text (offsets
    point into it); `published` anchors relative dates ("on Saturday")."""
    if isinstance(published, str):
        published = _parse_iso(published)
    doc = parse(text, published)
    facts: list[Fact] = []
    for find in FINDERS:
        facts.extend(find(doc))
    facts.extend(plugins.run(text, published))
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    sources.attribute(doc, facts)
    found_events = events.group(doc, facts)
    return Extraction(facts=facts, events=found_events, sections=doc.sections)


def _parse_iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
