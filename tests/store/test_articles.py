"""Adding, deduplicating, listing, searching and navigating articles."""

from __future__ import annotations

import pytest

from extract import Fact
from store import StoreError
from store.articles import (
    NewArticle,
    add_articles,
    count_articles,
    get_article,
    get_facts,
    list_articles,
    neighbour,
    stats,
    text_uid,
)


def _art(text, published=None, title=None):
    return NewArticle(text=text, published=published, title=title or text[:20])


def test_same_text_is_one_article(store):
    first = add_articles(store, [_art("Three shells landed near the market.")])
    again = add_articles(store, [_art("Three  shells landed near\nthe market. ")])
    assert first[0][1] is True and again == [(first[0][0], False)]
    assert count_articles(store) == 1


def test_uid_ignores_whitespace_and_unicode_form():
    assert text_uid("Caf\u00e9 hit") == text_uid("Cafe\u0301  hit")
    assert text_uid("a b") != text_uid("a c")


def test_facts_stored_with_article(store):
    fact = Fact(kind="launched", value=4, start=0, end=10, text="Four drone", min=4, max=4,
                qualifier="exact", object="drone", rule="test.rule", main_event=False)
    [(aid, _)] = add_articles(store, [_art("Four drones flew in.")], facts_for=lambda a: [fact])
    [row] = get_facts(store, aid)
    assert row["value"] == 4 and row["status"] == "pending" and row["origin"] == "machine"
    assert row["main_event"] is False and row["rule"] == "test.rule"


def test_list_is_newest_first_with_counts(store):
    add_articles(store, [_art("old report", "2023-01-01"), _art("undated report"),
                         _art("new report", "2024-06-01")],
                 facts_for=lambda a: [Fact(kind="killed", value=1, start=0, end=3, text=a.text[:3])])
    rows = list_articles(store)
    assert [r["published"] for r in rows] == ["2024-06-01", "2023-01-01", None]
    assert all(r["decided"] == 0 and r["pending"] == 1 for r in rows)
    assert "text" not in rows[0]
    assert [r["published"] for r in list_articles(store, limit=1, offset=1)] == ["2023-01-01"]


def test_full_text_search_and_odd_queries(store):
    add_articles(store, [_art("Rockets struck the harbour in Hodeidah."),
                         _art("A drone was downed over Odesa.")])
    assert [r["title"][:7] for r in list_articles(store, query="harbour")] == ["Rockets"]
    assert [r["title"][:7] for r in list_articles(store, query="rocket")] == ["Rockets"]  # porter stem
    for odd in ['"', "AND (", "drone*", "NEAR(", "'"]:
        list_articles(store, query=odd)  # must not raise on FTS syntax
    assert count_articles(store, query="drone*") == 1


def test_search_words_phrases_prefixes_and_or(store):
    add_articles(store, [_art("Two guards were hurt when rockets hit the base."),
                         _art("The base guards said two drones were downed."),
                         _art("Missiles struck a fuel depot.")])

    def found(query: str) -> list[str]:
        return sorted(r["title"][:12] for r in list_articles(store, query=query))

    assert found("guards two") == ["The base gua", "Two guards w"]  # each word, any order
    assert found('"two guards"') == ["Two guards w"]  # a phrase is a phrase
    assert found('"two guards" drones') == []
    assert found("drone*") == ["The base gua"]  # a prefix
    assert found("depot OR drones") == ["Missiles str", "The base gua"]
    assert found("guards AND rockets") == ["Two guards w"]  # AND: what a search does anyway
    assert found("it's") == []


@pytest.mark.parametrize("odd", [
    '"', '""', "AND", "OR", "NOT", "*", "(", ")", "AND (", "NEAR(", "NEAR(a b, 2)", "'", "-",
    "^", "title:", "text:rockets", "{a b}", "a + b", '"unclosed phrase', "x\"y", "\\",
    "rockets OR", "OR rockets", "rockets NOT base", "::", "\x00", "🚀", "a" * 500,
])
def test_no_search_input_raises(store, odd):
    add_articles(store, [_art("Rockets hit the base.")])
    list_articles(store, query=odd)  # must not raise on FTS5 syntax
    count_articles(store, query=odd)
    assert neighbour(store, 1, 1, query=odd) is None


def test_status_filter_rejects_unknown(store):
    add_articles(store, [_art("x")])
    assert count_articles(store, status="new") == 1
    with pytest.raises(StoreError, match="unknown status"):
        list_articles(store, status="done")


def test_neighbour_follows_library_order(store):
    ids = [aid for aid, _ in add_articles(store, [
        _art("a", "2024-01-01"), _art("b", "2024-01-03"), _art("c", "2024-01-02"), _art("d")])]
    order = [r["id"] for r in list_articles(store)]
    assert order == [ids[1], ids[2], ids[0], ids[3]]
    walk = [order[0]]
    while (nxt := neighbour(store, walk[-1], 1)) is not None:
        walk.append(nxt)
    assert walk == order
    assert neighbour(store, order[-1], -1) == order[-2]
    assert neighbour(store, order[0], -1) is None


def test_neighbour_skips_reviewed(store):
    from store.review import set_status

    ids = [aid for aid, _ in add_articles(store, [_art("a", "2024-01-03"), _art("b", "2024-01-02"),
                                                  _art("c", "2024-01-01")])]
    set_status(store, ids[1], "reviewed")
    assert neighbour(store, ids[0], 1, unreviewed=True) == ids[2]


def test_stats_and_get(store):
    add_articles(store, [_art("y")])
    assert stats(store)["articles"] == {"new": 1}
    assert get_article(store, 1)["text"] == "y"
    with pytest.raises(StoreError):
        get_article(store, 999)
