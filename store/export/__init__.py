"""Exporting curated records: jsonl event records, csv facts, ACLED-style rows, brat
standoff and Prodigy/spaCy spans.

`run_export` is the one entry point, shared by `factdesk export` and the app. It
streams: articles are read a page at a time in id order and written as they come, so
memory stays flat however large the store. A file is written beside its target and
moved into place only when complete, so a failed export never leaves half a file or
destroys the one it was to replace.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from ..articles import ARTICLE_STATUSES
from ..db import Store
from .reader import CURATED, ExportError, Selection, count, iter_articles, parse_day

FORMATS = ("jsonl", "csv", "acled", "brat", "spans")
# Formats written as one stream of lines (to a file or stdout); brat writes a folder.
LINE_FORMATS = ("jsonl", "csv", "acled", "spans")
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "acled": ".csv", "spans": ".jsonl", "brat": ""}
NO_CURATED = "no curated facts: accept facts in the reader or use --all"

__all__ = ["run_export", "ExportSummary", "ExportError", "FORMATS", "LINE_FORMATS",
           "NO_CURATED", "SUFFIX", "record_schema"]


def record_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a jsonl event record, as shipped."""
    import json
    from importlib.resources import files

    return json.loads(files(__name__).joinpath("event_record.schema.json").read_text("utf-8"))


@dataclass
class ExportSummary:
    """What an export wrote. `records`: lines, rows, tasks or documents written;
    `facts`: facts in them; `skipped`: articles the filters matched that gave no record
    (no fact to export, or for acled no attack figure); `bad_spans`: facts left out of
    brat or spans because their offsets no longer slice their evidence; `message`: a
    sentence for the person when nothing was written."""

    records: int
    facts: int
    skipped: int
    path: Path | None
    matched: int = 0
    bad_spans: int = 0
    message: str | None = None

    def line(self) -> str:
        text = f"{self.records:,} records, {self.facts:,} facts, {self.skipped:,} skipped"
        if self.bad_spans:
            text += f", {self.bad_spans:,} facts left out (span does not match the text)"
        return text + (f" -> {self.path}" if self.path else "")


def _writer(fmt: str, sink):
    if fmt == "jsonl":
        from .jsonl import JsonlWriter

        return JsonlWriter(sink)
    if fmt == "csv":
        from .csv import CsvWriter

        return CsvWriter(sink)
    if fmt == "acled":
        from .acled import AcledWriter

        return AcledWriter(sink)
    if fmt == "spans":
        from .spans import SpansWriter

        return SpansWriter(sink)
    from .brat import BratWriter

    return BratWriter(sink)


def _records_rejections(fmt: str) -> bool:
    return fmt == "spans"


def run_export(
    store: Store,
    fmt: str,
    out: str | Path | TextIO | None,
    *,
    include_pending: bool = False,
    status: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    query: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    force: bool = False,
) -> ExportSummary:
    """Export the store's curated facts (accepted, edited, added; pending too with
    `include_pending`) as `fmt` to `out`: a path, "-" or None for stdout (line formats),
    or an open text stream. brat needs a folder path. Filters: article `status`,
    published day `since`/`until` (inclusive; YYYY-MM-DD, YYYY-MM or YYYY) and a full
    text `query`, the library's own. `progress(done, total)` is called as articles are
    written. An existing file, or a folder with files in it, is replaced only with
    `force`. Raises ExportError (a StoreError) with a sentence to show."""
    if fmt not in FORMATS:
        raise ExportError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    if status is not None and status not in ARTICLE_STATUSES:
        raise ExportError(f"status: {status!r} is not one of {', '.join(ARTICLE_STATUSES)}")
    first = parse_day("since", since)
    last = parse_day("until", until, end=True)
    if first and last and first > last:
        raise ExportError(f"since {first} is after until {last}: nothing could match")
    statuses = CURATED + (("pending",) if include_pending else ())
    if _records_rejections(fmt):
        statuses += ("rejected",)
    sel = Selection(statuses=statuses, status=status, since=first, until=last, query=query)

    if fmt == "brat":
        if out is None or out == "-" or not isinstance(out, str | Path):
            raise ExportError("brat writes a folder of .txt and .ann files: give one with -o FOLDER")
        target = Path(out).expanduser()
        _check_folder(target, force)
        try:
            return _export(store, fmt, sel, target, target, _Progress(progress))
        except OSError as exc:
            raise ExportError(f"{target}: cannot write ({_reason(exc)})") from None
    if out is None or (isinstance(out, str) and out == "-"):
        return _export(store, fmt, sel, sys.stdout, None, _Progress(progress))
    if not isinstance(out, str | Path):
        return _export(store, fmt, sel, out, None, _Progress(progress))
    target = Path(out).expanduser()
    _check_file(target, force)
    _check_not_store(target, store)
    try:
        fd, tmp = _open_beside(target)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write ({_reason(exc)})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            summary = _export(store, fmt, sel, fh, target, _Progress(progress))
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot write ({_reason(exc)})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return summary


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def _open_beside(target: Path) -> tuple[int, Path]:
    """A new temporary file in the target's folder, to be moved over it when complete.
    Created like any new file (0666 less the umask, as `open` would), not with
    mkstemp's private 0600: the export is for sharing. A file replaced with --force
    keeps its own permissions."""
    mode = 0o666
    if target.exists():
        mode = stat.S_IMODE(target.stat().st_mode)
    for _ in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        if target.exists():
            os.chmod(tmp, mode)  # the umask must not narrow a file's existing mode
        return fd, tmp
    raise FileExistsError(errno.EEXIST, "no free temporary name")


def _check_file(target: Path, force: bool) -> None:
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; give a file name for this format")
    if target.exists() and not force:
        raise ExportError(f"{target}: already exists; use --force to replace it")
    if not target.parent.is_dir():
        raise ExportError(f"{target.parent}: no such folder")


def _check_not_store(target: Path, store: Store) -> None:
    # --force must never mean "replace the store you are reading from": that loses every
    # review. The -wal/-shm companions hold the newest writes, so they count as the store.
    own = store.path.resolve()
    if target.resolve() in {own, own.with_name(own.name + "-wal"),
                            own.with_name(own.name + "-shm")}:
        raise ExportError(f"{target}: is the store being exported; write the export elsewhere")


def _check_folder(target: Path, force: bool) -> None:
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target}: is a file; brat writes a folder, give a folder path")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise ExportError(
            f"{target}: folder is not empty; use --force to write into it (files of the "
            "same name are replaced, others are left alone)"
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{target}: cannot create the folder ({exc.strerror})") from None


class _Progress:
    """Calls progress(done, total) with the running count of articles written."""

    def __init__(self, callback: Callable[[int, int], None] | None):
        self.callback = callback
        self.done = 0
        self.total = 0

    def start(self, total: int) -> None:
        self.total = total
        if self.callback:
            self.callback(0, total)

    def __call__(self, n: int) -> None:
        self.done += n
        if self.callback:
            self.callback(self.done, self.total)


def _export(store: Store, fmt: str, sel: Selection, sink, path: Path | None,
            tick: _Progress) -> ExportSummary:
    try:
        matched, with_facts = count(store, sel)
    except Exception as exc:
        if "fts5" in str(exc).lower() or "match" in str(exc).lower():
            raise ExportError(f"query: {sel.query!r} cannot be searched ({exc})") from None
        raise
    tick.start(with_facts)
    writer = _writer(fmt, sink)
    records = facts = written_articles = 0
    for item in iter_articles(store, sel, progress=tick):
        r, f = writer.write(item)
        records += r
        facts += f
        written_articles += 1 if r else 0
    writer.close()
    summary = ExportSummary(
        records=records, facts=facts, skipped=matched - written_articles, path=path,
        matched=matched, bad_spans=getattr(writer, "bad_spans", 0),
    )
    if records == 0:
        summary.message = _empty_message(store, sel, matched, with_facts, fmt)
    return summary


def _empty_message(store: Store, sel: Selection, matched: int, with_facts: int, fmt: str) -> str:
    total = store.query("SELECT count(*) AS n FROM articles")[0]["n"]
    if total == 0:
        return "the store has no articles: load some with `factdesk ingest PATH`"
    if matched == 0:
        return "no article matches the filters (status, since, until, query)"
    if with_facts and fmt == "acled":
        return "no curated event has an attack figure (launched, intercepted, impacted, killed, injured)"
    if "pending" in sel.statuses:
        return "no facts to export in the matching articles"
    return NO_CURATED
