"""Small invented reports with hand-placed facts, for the reader's Pilot tests."""

from __future__ import annotations

from store.articles import NewArticle, add_articles

ALPHA = (
    "Rockets hit Base Alpha in the north\n"
    "\n"
    "Ten rockets were fired at Base Alpha on Monday, the army said. Seven were shot down "
    "and three fell inside the base, wounding four guards.\n"
    "\n"
    "Last year, two soldiers were killed in a similar raid on the same camp."
)
BRAVO = (
    "Drones target river port\n"
    "\n"
    "Six drones struck the port of Riverton overnight, officials said. All six were "
    "intercepted over the water.\n"
)
CHARLIE = (
    "Shelling reported near border town\n"
    "\n"
    "About thirty shells landed near Hillview on Sunday, local police said.\n"
)


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def fact(text: str, kind: str, phrase: str, value, **fields) -> dict:
    start, end = span(text, phrase)
    out = {"kind": kind, "value": value, "start": start, "end": end, "text": phrase,
           "qualifier": "exact", "main_event": True, "rule": "test", "confidence": 0.9}
    if isinstance(value, int):
        out.update(min=value, max=value)
    out.update(fields)
    return out


ALPHA_FACTS = [
    fact(ALPHA, "launched", "Ten rockets were fired", 10, object="rocket",
         attributed_to="the army"),
    fact(ALPHA, "location", "Base Alpha on Monday", "Base Alpha", role="target", object="base"),
    fact(ALPHA, "intercepted", "Seven were shot down", 7, attributed_to="the army"),
    fact(ALPHA, "impacted", "three fell inside the base", 3),
    fact(ALPHA, "injured", "wounding four guards", 4, object="guards"),
    fact(ALPHA, "killed", "two soldiers were killed", 2, object="soldiers", main_event=False),
]
BRAVO_FACTS = [
    fact(BRAVO, "launched", "Six drones struck", 6, object="drone"),
    fact(BRAVO, "intercepted", "All six were intercepted", 6),
]
CHARLIE_FACTS = [
    fact(CHARLIE, "impacted", "About thirty shells landed", 30, qualifier="about",
         object="shell"),
]


def fill(store) -> dict[str, int]:
    """Three articles, newest first in the library: alpha, bravo, charlie."""
    items = [
        (NewArticle(ALPHA, title="Rockets hit Base Alpha", source="Wire A",
                    published="2024-03-03"), ALPHA_FACTS),
        (NewArticle(BRAVO, title="Drones target river port", source="Wire B",
                    published="2024-03-02"), BRAVO_FACTS),
        (NewArticle(CHARLIE, title="Shelling near border town", source="Wire C",
                    published="2024-03-01"), CHARLIE_FACTS),
    ]
    ids = {}
    for (article, facts), name in zip(items, ("alpha", "bravo", "charlie"), strict=True):
        [(article_id, _)] = add_articles(store, [article], facts_for=lambda _a, f=facts: f)
        ids[name] = article_id
    return ids


async def settle(pilot) -> None:
    """Let store workers finish and their results reach the screen."""
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def burst(pilot, *keys: str) -> None:
    """Put `keys` in as one burst, the way a terminal delivers fast typing or `tmux
    send-keys`: all at once, none waiting for the one before it to be handled.
    (`pilot.press` waits for the app to go idle after every key, so it never sees the
    order in which a busy app handles them.)"""
    from textual import events

    app = pilot.app
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)
