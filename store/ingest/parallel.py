"""The fact engine in worker processes, for large imports.

Extraction costs a millisecond or more per report, about a hundred times what storing
it costs, so a large import spends nearly all its time there. Worker processes are
started with "spawn" (safe when the caller has threads, as the reader app does), only
once an import has enough reports to repay their start-up, and any failure of the pool
falls back to extracting in this process: a pool problem never costs a report.

Ctrl-C reaches every process of the terminal's process group, workers included. Only
this process acts on it (the import stops, finished chunks stay stored): workers ignore
SIGINT from the moment they start, so none dies printing a traceback of its own.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

from ..articles import NewArticle

# Fewer reports than this in one chunk are extracted here: a worker's start-up (importing
# the engine) is a few tenths of a second.
MIN_BATCH = 64
MAX_JOBS = 8


def default_jobs() -> int:
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_JOBS))


def ignore_sigint() -> None:
    """Worker initializer: SIGINT is the parent's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        # Blocked since the worker started (see _sigint_blocked); a Ctrl-C pending
        # from then is discarded now that it is ignored.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """SIGINT blocked in this thread while it starts workers: a started process inherits
    the mask, so a Ctrl-C during a worker's start-up (seconds of imports before its
    initializer runs) waits, and is dropped by ignore_sigint, instead of raising
    KeyboardInterrupt in the middle of an import. The parent is still interrupted: the
    signal goes to another of its threads, or to this one when unblocked."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _extract_one(article: NewArticle) -> tuple[bool, Any]:
    from ..extraction import facts_for

    try:
        return True, list(facts_for(article))
    except Exception as exc:  # reported by the caller; the article is still stored
        return False, f"{type(exc).__name__}: {exc}"


class ExtractorPool:
    """Lazily started worker processes running store.extraction.facts_for."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None
        self.failed = False

    def usable(self, n: int) -> bool:
        return self.jobs > 1 and not self.failed and n >= MIN_BATCH

    def map(self, articles: Sequence[NewArticle]) -> list[tuple[bool, Any]] | None:
        """(ok, facts or error message) per article, or None when the pool cannot be
        used (the caller then extracts in process)."""
        try:
            if self._pool is None:
                ctx = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx,
                                                 initializer=ignore_sigint)
            size = max(1, len(articles) // (self.jobs * 4))
            # Workers are started as work is handed out (here, not in a pool thread).
            with _sigint_blocked():
                results = self._pool.map(_extract_one, articles, chunksize=size)
            return list(results)
        except Exception:
            # A broken pool (a worker killed, no semaphores in a sandbox, ...) is not
            # the user's problem: carry on in this process.
            self.failed = True
            self.close(cancel=True)
            return None

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=not cancel, cancel_futures=cancel)
            self._pool = None
