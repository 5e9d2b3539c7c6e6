from __future__ import annotations

import argparse
import json
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "extract", help="print the facts of files without storing anything",
        description="Print the facts found in each report, without touching the store. "
        "jsonl prints one object per article: {path, article, facts, events}.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--format", "-f", choices=("table", "json", "jsonl"), default="table")


def run(args: argparse.Namespace) -> int:
    from extract import extract
    from store.ingest import read_path, walk

    files, failed = walk(args.paths)
    records = []
    out = sys.stdout
    for path in files:
        articles, problems = read_path(path)
        failed.extend(problems)
        for article in articles:
            result = extract(article.text, article.published)
            record = {
                "path": str(path),
                "article": {
                    "title": article.title, "published": article.published,
                    "section": article.section, "source": article.source, "url": article.url,
                    "text": article.text,
                },
                **result.to_dict(),
            }
            if args.format == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif args.format == "json":
                records.append(record)
            else:
                _print_table(record)
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    for problem in failed:
        print(f"factdesk: failed {problem}", file=sys.stderr)
    return 1 if failed else 0


def _print_table(record: dict) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    art = record["article"]
    title = Text(f"{art['title'] or record['path']}  ({art['published'] or 'undated'})", style="bold")
    table = Table(title=title, title_justify="left", show_lines=False)
    for col in ("kind", "value", "object / role", "source", "event", "evidence", "rule"):
        table.add_column(col, overflow="fold")
    for fact in record["facts"]:
        value = "?" if fact["value"] is None else str(fact["value"])
        if fact.get("qualifier") not in (None, "exact"):
            value = f"{value} ({fact['qualifier']}{' ≥' + str(fact['min']) if fact.get('min') is not None and fact['value'] is None else ''})"
        table.add_row(
            Text(fact["kind"]), Text(value), Text(fact.get("object") or fact.get("role") or ""),
            Text(fact.get("attributed_to") or ""),
            Text(("main" if fact.get("main_event") else "other") + f" #{fact.get('event', 0)}"),
            Text(fact["text"]), Text(fact.get("rule") or "", style="dim"),
        )
    console.print(table)
