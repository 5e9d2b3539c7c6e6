from __future__ import annotations

import argparse
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "ingest", help="load files, folders and feeds into the store and extract their facts",
        description="Load reports into the store and extract their facts. Folders are walked "
        "recursively. Formats: .txt/.md (optional first line 'date YYYY-MM-DD [section]'), "
        ".json, .jsonl, .csv (a 'text' column; title, published, source, url optional), "
        ".html, and RSS/Atom feed files. Bad files are reported and the rest is loaded; the "
        "exit code is 1 when anything failed.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--no-extract", action="store_true", help="store the articles without running the extractor")
    p.add_argument("--quiet", "-q", action="store_true", help="print only failures and the summary")


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from store import open_store
    from store.ingest import ingest, walk

    err = Console(stderr=True)
    with open_store(args.db) as store:
        files, _ = walk(args.paths)
        if len(files) > 20 and not args.quiet and err.is_terminal:
            from rich.progress import Progress

            with Progress(console=err, transient=True) as bar:
                task = bar.add_task("ingesting", total=len(files))
                report = ingest(store, args.paths, progress=lambda n: bar.advance(task, n),
                                extract_facts=not args.no_extract)
        else:
            report = ingest(store, args.paths, extract_facts=not args.no_extract)
    for problem in report.failed:
        err.print(f"[red]failed[/red] {_plain(str(problem))}", highlight=False)
    print(
        f"{report.new} new, {report.duplicate} duplicate, {len(report.failed)} failed, "
        f"{report.facts} facts -> {store.path}",
        file=sys.stdout,
    )
    return 1 if report.failed else 0


def _plain(text: str) -> str:
    # A file name may contain brackets; never let Rich read it as markup.
    from rich.markup import escape

    return escape(text)
