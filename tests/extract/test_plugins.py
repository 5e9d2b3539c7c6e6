"""Outside extractors plug in through FACTDESK_EXTRACTORS and flow into the output."""

from __future__ import annotations

import sys
import types

from extract import extract, plugins


def _install(monkeypatch, func):
    mod = types.ModuleType("fd_test_plugin")
    mod.extract = func
    monkeypatch.setitem(sys.modules, "fd_test_plugin", mod)
    monkeypatch.setenv("FACTDESK_EXTRACTORS", "fd_test_plugin:extract")
    plugins._loaded.cache_clear()


def test_plugin_facts_are_added_with_its_name(monkeypatch):
    def model(text, published):
        i = text.index("convoy")
        yield {"kind": "actor", "value": "convoy", "start": i, "end": i + 6, "text": "?",
               "role": "target", "rule": "ner"}

    _install(monkeypatch, model)
    result = extract("An armed convoy was ambushed.", "2024-01-01")
    [fact] = [f for f in result.facts if f.rule.startswith("fd_test_plugin")]
    assert fact.rule == "fd_test_plugin:extract:ner"
    assert fact.text == "convoy"  # the span's text is taken from the article, not the plugin


def test_plugin_spans_outside_the_text_are_dropped(monkeypatch):
    _install(monkeypatch, lambda text, published: [
        {"kind": "killed", "value": 1, "start": 5, "end": 999, "text": "x"}])
    assert not [f for f in extract("short text", None).facts if f.rule.startswith("fd_")]


def test_no_plugins_by_default(monkeypatch):
    monkeypatch.delenv("FACTDESK_EXTRACTORS", raising=False)
    plugins._loaded.cache_clear()
    assert all(name != "fd_test_plugin:extract" for name, _ in plugins.extractors())
