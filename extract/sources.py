"""Who says so: fills `attributed_to` (placeholder until the rules land)."""

from __future__ import annotations

from .document import Document
from .model import Fact


def attribute(doc: Document, facts: list[Fact]) -> None:
    return None
