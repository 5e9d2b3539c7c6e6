"""Outside extractors plug in through FACTDESK_EXTRACTORS and flow into the output."""

from __future__ import annotations

import sys
import types

import pytest

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


def test_a_dict_without_text_takes_the_span_from_the_article(monkeypatch):
    _install(monkeypatch, lambda text, published: [
        {"kind": "killed", "value": 2, "start": 0, "end": 3}])
    [fact] = [f for f in extract("Two soldiers died.", None).facts if f.rule.startswith("fd_")]
    assert fact.text == "Two" and fact.value == 2


@pytest.mark.parametrize(("item", "message"), [
    ({"value": 2, "start": 0, "end": 3}, "fact 1: lacks kind"),
    ({"kind": "killed", "value": 2, "start": 0, "end": 3, "score": 0.9}, "unknown field score"),
    ({"kind": "killed", "value": 2, "start": "0", "end": 3}, "whole numbers"),
    ("killed", "a str, not a Fact or a dict"),
])
def test_a_malformed_fact_names_the_extractor_and_the_fault(monkeypatch, item, message):
    _install(monkeypatch, lambda text, published: [item])
    with pytest.raises(plugins.PluginError, match="extractor 'fd_test_plugin:extract'") as err:
        extract("Two soldiers died.", None)
    assert message in str(err.value)


def test_a_plugin_that_raises_is_named(monkeypatch):
    def broken(text, published):
        raise RuntimeError("model file missing")

    _install(monkeypatch, broken)
    with pytest.raises(plugins.PluginError, match="failed: RuntimeError: model file missing"):
        extract("Two soldiers died.", None)


@pytest.mark.parametrize(("spec", "message"), [
    ("fd_no_such_module:extract", "cannot import 'fd_no_such_module'"),
    ("fd_test_plugin:nothing", "has no 'nothing'"),
    ("fd_test_plugin:label", "'label' is not a function"),
])
def test_a_bad_setting_is_named(monkeypatch, spec, message):
    _install(monkeypatch, lambda text, published: [])
    sys.modules["fd_test_plugin"].label = "not callable"
    monkeypatch.setenv("FACTDESK_EXTRACTORS", spec)
    plugins._loaded.cache_clear()
    with pytest.raises(plugins.PluginError, match=f"FACTDESK_EXTRACTORS: '{spec}'") as err:
        plugins.extractors()
    assert message in str(err.value)
    plugins._loaded.cache_clear()


def test_a_number_for_a_fact_reads_as_an_int(monkeypatch):
    _install(monkeypatch, lambda text, published: [7])
    with pytest.raises(plugins.PluginError, match="fact 1: an int, not a Fact or a dict"):
        extract("Two soldiers died.", None)
