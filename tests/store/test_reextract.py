"""Re-running extraction replaces only pending machine facts."""

from __future__ import annotations

from extract import Fact
from store import review as rv
from store.articles import NewArticle, add_articles, get_facts
from store.extraction import reextract

TEXT = "Gunmen fired 15 rockets at the depot on Saturday; 13 were shot down and two fell."


def _stale(article):
    # What an older extractor might have said: one good fact, two wrong ones, one missed.
    return [
        Fact(kind="launched", value=15, start=13, end=23, text="15 rockets"),
        Fact(kind="killed", value=13, start=51, end=53, text="13"),
        Fact(kind="injured", value=2, start=71, end=74, text="two"),
    ]


def test_reextract_keeps_human_decisions(store, monkeypatch):
    [(aid, _)] = add_articles(store, [NewArticle(text=TEXT, published="2024-03-02")],
                              facts_for=_stale)
    by_kind = {f["kind"]: f for f in get_facts(store, aid)}
    rv.accept(store, by_kind["launched"]["id"])
    rv.reject(store, by_kind["killed"]["id"])
    added = rv.add(store, aid, "location", 31, 36, value="depot")

    import store.extraction as bridge

    def fresh(text, published):
        class R:
            facts = [
                Fact(kind="launched", value=15, start=13, end=23, text="15 rockets"),
                Fact(kind="intercepted", value=13, start=51, end=68, text=TEXT[51:68]),
            ]
        return R()

    monkeypatch.setattr(bridge, "extract", fresh)
    totals = reextract(store)
    assert totals == {"articles": 1, "removed": 1, "added": 1, "updated": 0, "kept": 3}
    facts = get_facts(store, aid)
    summary = sorted((f["kind"], f["status"]) for f in facts)
    assert summary == [("intercepted", "pending"), ("killed", "rejected"),
                       ("launched", "accepted"), ("location", "added")]
    assert any(f["id"] == added["id"] for f in facts)


def test_reextract_with_real_extractor_is_idempotent(store):
    from store.extraction import facts_for

    [(aid, _)] = add_articles(store, [NewArticle(text=TEXT, published="2024-03-02")],
                              facts_for=facts_for)
    before = sorted((f["kind"], f["start"], f["end"], f["value"]) for f in get_facts(store, aid))
    totals = reextract(store, [aid])
    # every pending fact is found again and refreshed in place: none removed or added
    assert totals["updated"] == len(before) > 0
    assert totals["removed"] == totals["added"] == 0
    after = sorted((f["kind"], f["start"], f["end"], f["value"]) for f in get_facts(store, aid))
    assert before == after
