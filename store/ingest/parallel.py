"""The fact engine in worker processes, for large imports.

Extraction costs a millisecond or more per report, about a hundred times what storing
it costs, so a large import spends nearly all its time there. Worker processes are
started with "spawn" (safe when the caller has threads, as the reader app does), only
once an import has enough reports to repay their start-up, and any failure of the pool
falls back to extracting in this process: a pool problem never costs a report.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
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
                self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx)
            size = max(1, len(articles) // (self.jobs * 4))
            return list(self._pool.map(_extract_one, articles, chunksize=size))
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
