"""Rules for places facts (placeholder until the rules land)."""

from __future__ import annotations

from .document import Document
from .model import Fact


def find(doc: Document) -> list[Fact]:
    return []
