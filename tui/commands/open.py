from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from store import open_store
    from store.demo import demo_store_path, load_demo, load_demo_if_first_run

    if args.demo:
        store = open_store(args.db or demo_store_path())
        load_demo(store)
    else:
        store = open_store(args.db)
        load_demo_if_first_run(store)
    from tui.app import FactdeskApp

    app = FactdeskApp(store)
    try:
        app.run()
    finally:
        store.close()
    return app.return_code or 0  # 1 when the app stopped on an error
