from __future__ import annotations

import argparse
import re
import sys

# Progress is worth drawing only when a run takes a while.
PROGRESS_MIN_FILES = 20
PROGRESS_MIN_BYTES = 5 * 1024 * 1024
# How many skipped file names to list before summarising the rest.
SHOW_SKIPPED = 10


def register(sub) -> None:
    p = sub.add_parser(
        "ingest", help="load files, folders and feeds into the store and extract their facts",
        description="Load reports into the store and extract their facts. Folders are walked "
        "recursively (hidden files and files of other types, such as images, are skipped). "
        "Formats: .txt/.md (optional first line 'date YYYY-MM-DD [section]'), .json (an "
        "object or a list of objects), .jsonl, .csv/.tsv (a 'text' column; title, "
        "published, source, url optional), .html, and RSS/Atom feed files (.rss, .atom, "
        ".xml; read offline, nothing is fetched). A report already in the store (same text, "
        "ignoring white space and case) is not added again. Bad files and lines are reported "
        "and the rest is loaded; the exit code is 1 when anything failed.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--no-extract", action="store_true", help="store the articles without running the extractor")
    p.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                   help="extract in N worker processes on large imports (default: one per CPU, "
                   "at most 8; 1 = no workers)")
    p.add_argument("--quiet", "-q", action="store_true", help="print only failures and the summary")


def run(args: argparse.Namespace) -> int:
    from store import open_store
    from store.ingest import ingest, walk_all
    from store.ingest.parallel import default_jobs

    found = walk_all(args.paths)
    jobs = args.jobs or default_jobs()
    with open_store(args.db) as store:
        path = store.path
        from store.demo import clear_untouched_demo

        if found.files and (removed := clear_untouched_demo(store)):
            print(f"factdesk: the {removed} demo reports of the first run were taken out of "
                  "this store before yours came in (factdesk --demo keeps them in a store "
                  "of their own)", file=sys.stderr)
        if _wants_progress(found, args.quiet):
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("files"), TimeRemainingColumn())
            with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
                task = bar.add_task("ingesting", total=len(found.files))
                report = ingest(store, args.paths, files=found, extract_facts=not args.no_extract,
                                jobs=jobs, progress=lambda n: bar.advance(task, n))
        else:
            report = ingest(store, args.paths, files=found, extract_facts=not args.no_extract,
                            jobs=jobs)
    err = sys.stderr
    for problem in report.failed:
        print(f"failed: {safe(str(problem))}", file=err)
    if not args.quiet:
        for warning in report.warnings:
            print(f"warning: {safe(str(warning))}", file=err)
        for name in report.skipped[:SHOW_SKIPPED]:
            print(f"skipped: {safe(name)} (not a report file type)", file=err)
        if len(report.skipped) > SHOW_SKIPPED:
            print(f"skipped: ... and {len(report.skipped) - SHOW_SKIPPED} more", file=err)
    print(summary(report, path))
    if report.failed:
        return 1
    if report.new == 0 and report.duplicate == 0:
        # A folder with no reports in it, or a feed whose every entry was skipped, is
        # a mistake to flag (a wrong path, a headlines-only feed), not a quiet success.
        why = "every entry was skipped (see the warnings)" if report.warnings else \
            "no report files were found"
        print(f"factdesk: error: nothing ingested from {safe(' '.join(args.paths))}: {why}",
              file=err)
        return 1
    return 0


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def summary(report, path) -> str:
    parts = [f"{report.new} new", f"{report.duplicate} duplicate", f"{len(report.failed)} failed",
             f"{len(report.skipped)} skipped", f"{report.facts} facts",
             _plural(len(report.warnings), "warning")]
    return f"{', '.join(parts)} -> {safe(str(path))}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _wants_progress(found, quiet: bool) -> bool:
    if quiet or not sys.stderr.isatty():
        return False
    if len(found.files) >= PROGRESS_MIN_FILES:
        return True
    total = 0
    for file in found.files:
        try:
            total += file.stat().st_size
        except OSError:
            continue
    return total >= PROGRESS_MIN_BYTES


# C0/C1 controls, DEL, the bidirectional overrides that can make a file name read
# differently on screen than it is, and the lone surrogates Python uses for file-name
# bytes that are not UTF-8 (printing those would raise).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def safe(text: str) -> str:
    """Text from files (names, titles, reasons quoting content) as it may reach a
    terminal: control characters and escape sequences shown as \\x1b etc., never sent."""
    return _UNSAFE.sub(_escape, text)


def _escape(m: re.Match) -> str:
    ch = m.group()
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
