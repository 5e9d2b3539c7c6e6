"""factdesk's fact engine: article text and publication date in, facts and events out.

Pure Python: no I/O, no SQLite, no Textual, no Rich.
"""

from .engine import extract
from .model import COUNT_KINDS, KINDS, Event, Extraction, Fact

__all__ = ["extract", "Extraction", "Fact", "Event", "KINDS", "COUNT_KINDS"]
