"""Keeping Python's garbage collector off the objects the app keeps for good.

The app holds a large, long-lived heap: Textual's widgets and styles, the extractor's
compiled patterns, the library's rows, the reader kept for every article. Python's
oldest-generation collection walks all of it, and opening a long article (hundreds of
fact rows and their cells) makes enough new objects to set one off: 70-90 ms, most of
the open time, spent finding nothing to free.

`gc.freeze()` moves every object alive now into a permanent generation that collections
skip; objects made later are collected as usual. It is called twice: once the library
is up and the text parser imported, and once the reader screen is built. (Cyclic garbage
not yet collected at those moments stays in memory: a few startup objects, once.)
"""

from __future__ import annotations

import gc


def keep_what_is_loaded() -> None:
    """Move every object alive now out of the garbage collector's way."""
    gc.freeze()
