from __future__ import annotations

import argparse


def register(sub) -> None:
    p = sub.add_parser("stats", help="counts of articles and facts by status and kind",
                       description="Counts of articles and facts by status and kind.")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    import json

    from store import open_store
    from store.articles import stats

    with open_store(args.db, create=False) as store:
        counts = stats(store)
    if args.json:
        print(json.dumps(counts, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"store: {store.path}")
    for title, key in (("articles by status", "articles"), ("facts by status", "facts"),
                       ("facts by kind", "kinds")):
        table = Table(title=title, title_justify="left")
        table.add_column(key[:-1] if key != "kinds" else "kind")
        table.add_column("count", justify="right")
        for name, n in sorted(counts[key].items(), key=lambda kv: -kv[1]):
            table.add_row(str(name), f"{n:,}")
        table.add_row("total", f"{sum(counts[key].values()):,}", style="bold")
        console.print(table)
    return 0
