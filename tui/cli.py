"""The `factdesk` command. Heavy modules (Textual, the extractor, dateparser) are
imported only by the subcommand that needs them, so `--help` and `stats` start fast."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

# subcommand -> module in tui.commands with register(subparsers) and run(args) -> int
COMMANDS = ("ingest", "extract", "export", "stats", "reextract")

DESCRIPTION = """\
factdesk: read news reports of armed attacks, check the facts extracted from them
(rockets launched, intercepted and impacted; killed and injured; when, where, who, and
who says so) and export the curated records.

Run with no command to open the reader (a demo corpus is loaded on first run)."""

EPILOG = """\
examples:
  factdesk                          open the reader on the default store
  factdesk --demo                   open the reader on the built-in demo corpus
  factdesk ingest reports/          load a folder of .txt, .md, .json, .jsonl, .csv, .html, feeds
  factdesk extract report.txt       print the facts of a file without storing anything
  factdesk export --format csv -o facts.csv
  factdesk --db work.db stats

The store is an SQLite file: --db PATH, or FACTDESK_DB, or the user data folder."""


def _version() -> str:
    try:
        return version("factdesk")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factdesk", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", metavar="PATH", help="the store file (default: $FACTDESK_DB or the user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the reader on the built-in demo corpus (its own store, demo.db)")
    parser.add_argument("--version", action="version", version=f"factdesk {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        import_module(f"tui.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from store.errors import StoreError

    try:
        if args.command is None:
            from tui.commands.open import run
        else:
            run = import_module(f"tui.commands.{args.command}").run
        return run(args)
    except StoreError as exc:
        print(f"factdesk: error: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:
        # A store that turned read-only, a full disk, a lock held past the busy timeout:
        # the open transaction was rolled back, everything committed before it stays.
        print(f"factdesk: error: the store could not be updated (SQLite says: {exc}); "
              "everything stored before this is kept", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factdesk: interrupted; everything confirmed so far is stored", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # imported here: the extractor is heavy, and only this path needs its error type
        from extract.plugins import PluginError

        if not isinstance(exc, PluginError):
            raise
        print(f"factdesk: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
