"""factdesk's store: one SQLite file through sqlite-utils, and every operation the UI
and the command line perform on it. Never imports Textual or Rich."""

from .db import Store, default_path, open_store
from .errors import InvalidEdit, NotFound, StoreError

__all__ = ["Store", "open_store", "default_path", "StoreError", "NotFound", "InvalidEdit"]
