"""Grouping facts into events (placeholder until the rules land)."""

from __future__ import annotations

from .document import Document
from .model import Event, Fact


def group(doc: Document, facts: list[Fact]) -> list[Event]:
    return [Event(id=0, main=True)]
