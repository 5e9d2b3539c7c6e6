from __future__ import annotations

import argparse


def register(sub) -> None:
    sub.add_parser("export", help="write curated records (jsonl, csv, acled, brat, spans)")


def run(args: argparse.Namespace) -> int:
    print("factdesk: export is not built yet")
    return 2
