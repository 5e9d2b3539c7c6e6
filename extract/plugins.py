"""Outside extractors (a statistical model, say) plug in here; their facts flow through
the same store as the rules' facts.

An extractor is a callable `(text, published) -> iterable of Fact or dict`, registered
as an entry point in the group `factdesk.extractors`, or named in the environment
variable FACTDESK_EXTRACTORS as `module:function[,module:function]`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from importlib.metadata import entry_points
from typing import Any

from .model import Fact

Extractor = Callable[[str, "date | None"], Iterable[Any]]


@cache
def _loaded(spec: str) -> tuple[tuple[str, Extractor], ...]:
    found: list[tuple[str, Extractor]] = []
    for ep in entry_points(group="factdesk.extractors"):
        found.append((ep.name, ep.load()))
    for item in filter(None, (part.strip() for part in spec.split(","))):
        module, _, attr = item.partition(":")
        found.append((item, getattr(importlib.import_module(module), attr or "extract")))
    return tuple(found)


def extractors() -> tuple[tuple[str, Extractor], ...]:
    return _loaded(os.environ.get("FACTDESK_EXTRACTORS", ""))


def run(text: str, published: date | None) -> list[Fact]:
    facts: list[Fact] = []
    for name, func in extractors():
        for item in func(text, published):
            fact = item if isinstance(item, Fact) else Fact(**item)
            if not fact.rule.startswith(f"{name}:"):
                fact.rule = f"{name}:{fact.rule or 'plugin'}"
            if not (0 <= fact.start <= fact.end <= len(text)):
                continue  # an outside extractor's bad span must not corrupt the store
            fact.text = text[fact.start : fact.end]
            facts.append(fact)
    return facts
