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
from dataclasses import fields
from datetime import date
from functools import cache
from importlib.metadata import entry_points
from typing import Any

from .model import Fact

Extractor = Callable[[str, "date | None"], Iterable[Any]]

ENV_VAR = "FACTDESK_EXTRACTORS"
_FIELDS = {f.name for f in fields(Fact)}
_REQUIRED = ("kind", "value", "start", "end")


class PluginError(Exception):
    """An outside extractor that cannot be loaded or that misbehaved; the message names
    the extractor and what went wrong."""


@cache
def _loaded(spec: str) -> tuple[tuple[str, Extractor], ...]:
    found: list[tuple[str, Extractor]] = []
    for ep in entry_points(group="factdesk.extractors"):
        try:
            found.append((ep.name, ep.load()))
        except Exception as exc:
            raise PluginError(f"extractor entry point {ep.name!r} ({ep.value}) cannot be "
                              f"loaded: {type(exc).__name__}: {exc}") from None
    for item in filter(None, (part.strip() for part in spec.split(","))):
        found.append((item, _from_spec(item)))
    return tuple(found)


def _from_spec(item: str) -> Extractor:
    module, _, attr = item.partition(":")
    where = f"{ENV_VAR}: {item!r}"
    try:
        func = getattr(importlib.import_module(module), attr or "extract")
    except ImportError as exc:
        raise PluginError(f"{where}: cannot import {module!r} ({exc})") from None
    except AttributeError:
        raise PluginError(f"{where}: module {module!r} has no {attr or 'extract'!r}") from None
    except Exception as exc:  # the module's own import-time code failed
        raise PluginError(f"{where}: importing {module!r} failed: "
                          f"{type(exc).__name__}: {exc}") from None
    if not callable(func):
        raise PluginError(f"{where}: {attr or 'extract'!r} is not a function")
    return func


def extractors() -> tuple[tuple[str, Extractor], ...]:
    """The outside extractors, loaded once. Raises PluginError for one that cannot be."""
    return _loaded(os.environ.get(ENV_VAR, ""))


def run(text: str, published: date | None) -> list[Fact]:
    """Every outside extractor's facts, spans checked against the text. Raises
    PluginError naming the extractor when one fails or yields something not a fact."""
    facts: list[Fact] = []
    for name, func in extractors():
        try:
            items = list(func(text, published))
        except Exception as exc:
            raise PluginError(f"extractor {name!r} failed: {type(exc).__name__}: {exc}") from None
        for n, item in enumerate(items, start=1):
            fact = _as_fact(name, n, item)
            if not fact.rule.startswith(f"{name}:"):
                fact.rule = f"{name}:{fact.rule or 'plugin'}"
            if not (0 <= fact.start <= fact.end <= len(text)):
                continue  # an outside extractor's bad span must not corrupt the store
            fact.text = text[fact.start : fact.end]
            facts.append(fact)
    return facts


def _as_fact(name: str, n: int, item: Any) -> Fact:
    if isinstance(item, Fact):
        return item
    where = f"extractor {name!r}, fact {n}"
    if not isinstance(item, dict):
        kind = type(item).__name__
        article = "an" if kind[:1] in "aeiou" else "a"
        raise PluginError(f"{where}: {article} {kind}, not a Fact or a dict")
    missing = [k for k in _REQUIRED if k not in item]
    if missing:
        raise PluginError(f"{where}: lacks {', '.join(missing)}")
    unknown = sorted(set(item) - _FIELDS)
    if unknown:
        raise PluginError(f"{where}: unknown field {', '.join(unknown)}")
    if not all(isinstance(item[k], int) for k in ("start", "end")):
        raise PluginError(f"{where}: start and end must be whole numbers")
    # the span's text is always read from the article, so a plugin need not give it
    return Fact(**{"text": "", **item})
