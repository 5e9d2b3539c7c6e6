"""Shared fixtures: a real SQLite store in a temporary folder, never the user's own."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    # No test may touch the user's real store or data folder.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("FACTDESK_DB", raising=False)
    monkeypatch.delenv("FACTDESK_EXTRACTORS", raising=False)


@pytest.fixture
def store(tmp_path):
    from store import open_store

    s = open_store(tmp_path / "test.db")
    yield s
    s.close()
