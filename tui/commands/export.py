"""`factdesk export`: write the curated records in a format analysts or model trainers
read. The work is store.export.run_export; this module is options and messages."""

from __future__ import annotations

import argparse
import sys
import types
from typing import NoReturn

FORMAT_HELP = """\
formats:
  jsonl   one event record per line: article, event (date, place, actor, counts),
          every fact with its evidence span, checks and conflicting figures
          (JSON Schema: store/export/event_record.schema.json)
  csv     one fact per row with its article's columns; formula-like cells neutralised
  acled   ACLED-style event rows (event_date, event_type, actor1, fatalities, notes, ...)
  brat    a folder: <id>.txt and <id>.ann per article plus annotation.conf (brat, INCEpTION)
  spans   Prodigy/spaCy-style JSONL tasks; rejected facts as "answer": "reject" tasks

Curated facts only (accepted, edited, added) unless --all.

examples:
  factdesk export --format csv -o facts.csv
  factdesk export --format jsonl --since 2024-01 --until 2024-03 > q1.jsonl
  factdesk export --format brat -o brat/ --status reviewed
  factdesk export --format spans --all --query "ballistic missile" -o train.jsonl"""


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="write curated records (jsonl, csv, acled, brat, spans)",
        description="Write the curated facts of the store (accepted, edited and added; with "
        "--all pending machine facts too) in one of five formats. Line formats go to stdout "
        "unless -o is given; brat writes a folder. A summary line (records, facts, skipped) "
        "goes to stderr.",
        epilog=FORMAT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # One line for a bad option, as for a bad date: the usage block would bury it.
    p.error = types.MethodType(_one_line_error, p)
    p.add_argument("--format", "-f", required=True,
                   choices=("jsonl", "csv", "acled", "brat", "spans"), help="output format")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="file to write ('-' or none: stdout); a folder for brat")
    p.add_argument("--all", action="store_true", dest="include_pending",
                   help="include pending machine facts, not only curated ones")
    p.add_argument("--status", choices=("new", "in_review", "reviewed", "flagged"),
                   help="only articles with this status")
    p.add_argument("--since", metavar="DATE", help="only articles published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)")
    p.add_argument("--until", metavar="DATE", help="only articles published on or before DATE")
    p.add_argument("--query", metavar="TEXT", help="only articles matching this full-text search")
    p.add_argument("--force", action="store_true",
                   help="replace an existing file (or write into a non-empty folder)")


def _one_line_error(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    parser.exit(2, f"{parser.prog}: error: {message} (see {parser.prog} --help)\n")


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from store import open_store
    from store.export import run_export

    err = Console(stderr=True)
    out = args.output
    to_stdout = out in (None, "-")
    with open_store(args.db, create=False) as store:
        options = dict(include_pending=args.include_pending, status=args.status,
                       since=args.since, until=args.until, query=args.query, force=args.force)
        # A bar only where it cannot mix with the records: stderr is a terminal and the
        # records go to a file or a pipe.
        if err.is_terminal and not (to_stdout and sys.stdout.isatty()):
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            with Progress(TextColumn("exporting"), BarColumn(), MofNCompleteColumn(),
                          console=err, transient=True, redirect_stdout=False,
                          redirect_stderr=False) as bar:
                task = bar.add_task("export", total=None)

                def progress(done: int, total: int) -> None:
                    bar.update(task, completed=done, total=total)

                summary = run_export(store, args.format, out, progress=progress, **options)
        else:
            summary = run_export(store, args.format, out, **options)
    if to_stdout:
        sys.stdout.flush()
    # Plain prints: a path in the summary must not be wrapped or read as markup.
    if summary.message:
        print(f"factdesk: {summary.message}", file=sys.stderr)
    print(summary.line(), file=sys.stderr)
    return 0
