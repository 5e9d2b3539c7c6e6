"""Loading files into the store: one loader per input format.

`ingest(store, paths)` walks files and folders, picks a loader by extension (and by
content for .xml and files without one), stores the articles in chunks and returns an
IngestReport. Every bad file or record becomes a LoadError naming its path (and line);
everything else in the same run is stored.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from ..articles import NewArticle
from ..db import Store
from .source import MAX_FILE_BYTES, MAX_STREAM_BYTES, Bad, Rejected, Source

__all__ = [
    "LOADERS", "MAX_FILE_BYTES", "MAX_STREAM_BYTES", "IngestReport", "LoadError",
    "LoadWarning", "Walk", "ingest", "iter_file", "loader_for", "read_path", "walk",
    "walk_all",
]

# extension -> module in this package with load(Source) -> Iterator[NewArticle | Bad]
LOADERS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".json": "jsonfile",
    ".jsonl": "jsonlines", ".ndjson": "jsonlines", ".jsonlines": "jsonlines",
    ".csv": "csvfile", ".tsv": "csvfile",
    ".html": "htmlpage", ".htm": "htmlpage", ".xhtml": "htmlpage",
    ".rss": "feed", ".atom": "feed",
    ".xml": "sniff",
}


@dataclass
class LoadError:
    """A file or record that was not stored, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass
class LoadWarning(LoadError):
    """Stored, but something was off (an encoding guessed, a date unreadable)."""


@dataclass
class IngestReport:
    new: int = 0
    duplicate: int = 0
    facts: int = 0
    files: int = 0
    failed: list[LoadError] | None = None
    warnings: list[LoadWarning] = field(default_factory=list)
    # Files in folders that are not reports (images, archives, ...): left alone, counted.
    skipped: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.failed = self.failed or []


@dataclass
class Walk:
    files: list[Path]
    errors: list[LoadError]
    skipped: list[str]


def walk_all(paths: Iterable[str | Path]) -> Walk:
    """Every file to load under the given paths, in a stable order. Folders are walked
    recursively; hidden files and folders (.git) are not looked at, and files of a type
    factdesk does not read are skipped. A file named explicitly is always tried, so an
    unsupported one is reported rather than silently ignored."""
    result = Walk([], [], [])
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for folder, dirs, names in os.walk(path, onerror=lambda e: result.errors.append(
                    LoadError(str(e.filename), f"cannot read folder ({e.strerror})"))):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    file = Path(folder, name)
                    if file.suffix.lower() in LOADERS and file.is_file():
                        result.files.append(file)
                    else:
                        result.skipped.append(str(file))
        elif path.is_file():
            result.files.append(path)
        elif path.exists():
            result.errors.append(LoadError(str(path), "not a regular file"))
        else:
            result.errors.append(LoadError(str(path), "no such file or folder"))
    return result


def walk(paths: Iterable[str | Path]) -> tuple[list[Path], list[LoadError]]:
    """(files, errors): walk_all without the skipped list."""
    found = walk_all(paths)
    return found.files, found.errors


def loader_for(path: Path) -> str:
    """The loader module for a file; raises Rejected for a type factdesk does not read."""
    suffix = path.suffix.lower()
    name = LOADERS.get(suffix)
    if name == "sniff" or (name is None and not suffix):
        return _sniff(path, suffix)
    if name is None:
        raise Rejected(f"unsupported file type {suffix}; factdesk reads "
                       f"{', '.join(sorted(k for k in LOADERS))}")
    return name


def _sniff(path: Path, suffix: str) -> str:
    head = Source(path).check()[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "htmlpage"
    if suffix == ".xml":
        raise Rejected("XML that is not an RSS or Atom feed")
    if head.startswith(b"{") or head.startswith(b"["):
        return "jsonfile"
    return "text"


def iter_file(path: Path, errors: list[LoadError], warnings: list[LoadWarning]) -> Iterator[NewArticle]:
    """The articles of one file, one at a time; what is wrong goes to `errors` and what
    is merely odd to `warnings`. Never raises for bad input."""
    src = Source(path)
    where = str(path)
    try:
        loader = import_module(f"{__name__}.{loader_for(path)}")
        for item in loader.load(src):
            if isinstance(item, Bad):
                errors.append(LoadError(where, item.reason, item.line))
            else:
                yield item
    except Rejected as exc:
        errors.append(LoadError(where, str(exc)))
    except RecursionError:
        errors.append(LoadError(where, "nested too deeply to read"))
    except Exception as exc:  # a user's file must never cause a traceback
        errors.append(LoadError(where, f"could not be read ({type(exc).__name__}: {exc})"))
    finally:
        warnings.extend(LoadWarning(where, reason, line) for line, reason in src.warnings)
        src.warnings.clear()


def read_path(path: Path) -> tuple[list[NewArticle], list[LoadError]]:
    """The articles one file holds, and what was wrong with it (warnings left out; use
    iter_file to have them)."""
    errors: list[LoadError] = []
    articles = list(iter_file(Path(path), errors, []))
    return articles, errors


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    progress: Callable[[int], None] | None = None,
    extract_facts: bool = True,
    files: Walk | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Load, extract and store; bad files are reported and the rest goes in.
    `progress(n)` is called as files are done; `files` is a walk_all result to reuse;
    `jobs` > 1 runs the extractor in that many worker processes on large imports."""
    from .parallel import ExtractorPool
    from .writer import Writer

    found = files if files is not None else walk_all(paths)
    report = IngestReport(failed=list(found.errors), skipped=list(found.skipped))
    facts_for = pool = None
    if extract_facts:
        from .. import extraction

        facts_for = extraction.facts_for
        extraction.load_plugins()  # a misconfigured plug-in stops the run before any file
        # Workers run the real engine; a stand-in (a test's, a plug-in's) stays here.
        if jobs > 1 and _is_engine(facts_for):
            pool = ExtractorPool(jobs)

    def extract_failed(article: NewArticle, why: str) -> None:
        report.warnings.append(LoadWarning(
            article.origin or "?", f"extractor failed ({why}); stored without facts"))

    writer = Writer(store, facts_for, on_extract_error=extract_failed, pool=pool)
    finished = False
    try:
        with _bulk_writes(store):
            for path in found.files:
                for article in iter_file(path, report.failed, report.warnings):
                    writer.add(article)
                report.files += 1
                if progress:
                    progress(1)
            writer.flush()
        finished = True
    finally:
        if pool is not None:
            pool.close(cancel=not finished)
        report.new, report.duplicate, report.facts = writer.new, writer.duplicate, writer.facts
    return report


def _is_engine(func: Callable) -> bool:
    return (getattr(func, "__module__", None), getattr(func, "__qualname__", None)) == (
        "store.extraction", "facts_for")


# Connection settings for the length of an import (restored afterwards): see _bulk_writes.
BULK_PRAGMAS = {"synchronous": 1, "cache_size": -32768, "wal_autocheckpoint": 10000}


@contextmanager
def _bulk_writes(store: Store) -> Iterator[None]:
    """Settings for a bulk import, put back when it ends. synchronous=NORMAL: in WAL
    mode the store stays consistent after a crash, and at worst the last chunks of this
    import are lost, which a re-run restores (nothing is added twice); it saves an fsync
    per chunk, and a person's review edits keep full durability afterwards. A 32 MB page
    cache and a 40 MB WAL between checkpoints keep the uid and full-text indexes from
    being written out again and again: together about twice the throughput on a large
    import."""
    conn = store.db.conn
    with store.lock:
        before = {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in BULK_PRAGMAS}
        for name, value in BULK_PRAGMAS.items():
            # Names and values are our own constants and ints read back from SQLite.
            conn.execute(f"PRAGMA {name} = {int(value)}")
    try:
        yield
    finally:
        with store.lock:
            for name, value in before.items():
                conn.execute(f"PRAGMA {name} = {int(value)}")
            # Fold the larger WAL back into the store now rather than at some later write.
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
