"""Blocking store calls off the UI thread, one at a time, in the order they were asked.

Each call runs in a Textual thread worker; a ticket makes the calls run in order (an undo
pressed right after an accept must not overtake it), and the result comes back to the
owner as a message posted while the ticket is held, so results arrive in order too.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from textual.message import Message
from textual.message_pump import MessagePump

from store.errors import StoreError


class StoreDone(Message, bubble=False):
    """A store call finished; the owner runs `callback` on the UI thread."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback


class StoreRunner:
    def __init__(self, owner: MessagePump) -> None:
        self._owner = owner
        self._cond = threading.Condition()
        self._issued = 0
        self._serving = 0

    def run(
        self,
        call: Callable[[], Any],
        then: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run `call()` in a worker; then `then(result)` or `failed(message)` on the UI
        thread. Store errors (and a locked or broken database) become a message."""
        ticket = self._issued
        self._issued += 1

        def job() -> None:
            with self._cond:
                self._cond.wait_for(lambda: self._serving == ticket)
            try:
                try:
                    result = call()
                except (StoreError, sqlite3.Error) as exc:
                    message = str(exc) or exc.__class__.__name__
                    if failed is not None:
                        self._owner.post_message(StoreDone(lambda: failed(message)))
                    return
                if then is not None:
                    self._owner.post_message(StoreDone(lambda: then(result)))
            finally:
                with self._cond:
                    self._serving += 1
                    self._cond.notify_all()

        self._owner.run_worker(job, thread=True, group="store", name=getattr(call, "__name__", "store"))
