from __future__ import annotations

import argparse


def register(sub) -> None:
    p = sub.add_parser(
        "reextract", help="re-run the extractor, keeping every human decision",
        description="Re-run the extractor over stored articles (after an upgrade). Only "
        "pending machine facts are replaced; accepted, edited, rejected and added facts stay "
        "as a person left them.",
    )
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="article ids (default: all)")


def run(args: argparse.Namespace) -> int:
    from store import open_store
    from store.extraction import reextract

    with open_store(args.db) as store:
        totals = reextract(store, args.ids or None)
    print(
        f"{totals['articles']} articles re-extracted: {totals['removed']} pending facts "
        f"replaced by {totals['added']}, {totals['kept']} human decisions kept"
    )
    return 0
