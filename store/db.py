"""Opening the store: path resolution, pragmas, version check and migrations."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from .errors import StoreError
from .schema import MIGRATIONS, SCHEMA_VERSION

ENV_VAR = "FACTDESK_DB"


def default_path() -> Path:
    """FACTDESK_DB if set, else factdesk.db in the platform's user data folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # imported late: only needed when no path is given

    return Path(platformdirs.user_data_dir("factdesk", appauthor=False)) / "factdesk.db"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """One SQLite file. Safe to share between the UI thread and worker threads: every
    operation takes `lock`, and writes run inside `transaction()`."""

    def __init__(self, path: Path | str, db: sqlite_utils.Database):
        self.path = Path(path)
        self.db = db
        self.lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        with self.lock, self.db.atomic():
            yield self.db

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self.lock:
            return list(self.db.query(sql, params))

    def close(self) -> None:
        with self.lock:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: Path | str | None = None, *, create: bool = True) -> Store:
    """Open (and create or upgrade) the store at `path`, or the default path."""
    path = Path(path).expanduser() if path is not None else default_path()
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; give the path of a store file")
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no store here (`factdesk ingest PATH...` or "
                             "`factdesk` itself creates one)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create its folder ({exc.strerror})") from None
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
        conn.execute("PRAGMA busy_timeout = 10000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a factdesk store (SQLite says: {exc})") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"{path}: made by a newer factdesk (store version {version}, this factdesk "
            f"reads up to {SCHEMA_VERSION}); upgrade factdesk to open it. The file was "
            "not changed."
        )
    db = sqlite_utils.Database(conn)
    # Checked before WAL is switched on: another program's database is left exactly as
    # it was, journal mode included.
    if version == 0 and db.table_names() and "articles" not in db.table_names():
        conn.close()
        raise StoreError(f"{path}: an SQLite file, but not a factdesk store; not changed")
    if path.exists() and not os.access(path, os.W_OK):
        conn.close()
        raise StoreError(f"{path}: read-only; factdesk writes to its store (reviews, "
                         "re-extraction), so it needs write permission on the file")
    try:
        if db.journal_mode != "wal":
            db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: cannot be opened for writing ({exc})") from None
    _migrate(db, version)
    return Store(path, db)


def _migrate(db: sqlite_utils.Database, version: int) -> None:
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            migration(db)
            # PRAGMA takes no parameters; `number` is our own int, never user input.
            db.execute(f"PRAGMA user_version = {int(number)}")
