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
    import sys

    from store import open_store
    from store.articles import get_article
    from store.errors import NotFound
    from store.extraction import reextract

    ids = list(dict.fromkeys(args.ids))
    found, missing = [], []
    with open_store(args.db, create=False) as store:
        for article_id in ids:
            try:
                get_article(store, article_id)
                found.append(article_id)
            except NotFound:
                missing.append(article_id)
        # no ids means all; ids that all miss mean none
        totals = reextract(store, found or None) if found or not ids else None
    if totals is not None:
        print(
            f"{totals['articles']} articles re-extracted: {totals['removed']} pending facts "
            f"removed, {totals['added']} added, {totals['updated']} found again and refreshed, "
            f"{totals['kept']} human decisions kept"
        )
    if missing:
        print(f"factdesk: error: no article with id {', '.join(map(str, missing))} in "
              f"{store.path}", file=sys.stderr)
        return 1
    return 0
