"""factdesk's fact engine: article text and publication date in, facts and events out.

Pure Python: no I/O, no SQLite, no Textual, no Rich.
"""

from typing import Any

from .model import COUNT_KINDS, KINDS, Event, Extraction, Fact

__all__ = ["extract", "Extraction", "Fact", "Event", "KINDS", "COUNT_KINDS"]


def __getattr__(name: str) -> Any:
    # The rules compile several hundred patterns when imported (about a quarter of a
    # second). The reader needs only the fact model to start, so the engine is loaded
    # the first time `extract` is asked for.
    if name == "extract":
        from .engine import extract

        globals()["extract"] = extract
        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
