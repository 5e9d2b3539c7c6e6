"""The library screen through Pilot on a real store."""

from __future__ import annotations

from store import review
from store.articles import NewArticle, add_articles, get_article, get_facts
from tests.tui.helpers import fill, settle
from tui.app import FactdeskApp
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen

SIZE = (150, 40)


def titles(screen: LibraryScreen) -> list[str]:
    table = screen.query_one("#articles")
    return [table.get_row_at(i)[2].plain for i in range(table.row_count)]


def status_line(screen: LibraryScreen) -> str:
    return str(screen.query_one("#library-status").render())


async def test_lists_newest_first_with_counts(store):
    ids = fill(store)
    review.accept(store, get_facts(store, ids["bravo"])[0]["id"])
    review.set_status(store, ids["bravo"], "reviewed")
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert titles(screen) == ["Rockets hit Base Alpha", "Drones target river port",
                                  "Shelling near border town"]
        row = [c.plain for c in screen.query_one("#articles").get_row_at(1)]
        assert row == ["2024-03-02", "Wire B", "Drones target river port", "1", "1", "reviewed"]
        line = status_line(screen)
        assert "3 articles" in line and "1 reviewed" in line and "8 facts pending" in line


async def test_the_library_and_the_reader_count_a_rejected_fact_alike(store):
    # The library counted non-rejected facts and the reader decided/total: an article
    # with a rejection showed different figures on the two screens. Now both read one
    # store query: pending = not decided yet, decided = the rest, rejections included.
    ids = fill(store)
    alpha = get_facts(store, ids["alpha"])
    review.reject(store, alpha[0]["id"])
    review.accept(store, alpha[1]["id"])
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library = app.screen
        table = library.query_one("#articles")
        assert [table.columns[c.key].label.plain for c in table.ordered_columns][3:5] == [
            "decided", "pending"]
        assert [c.plain for c in table.get_row_at(0)][3:5] == ["2", "4"]
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        title = "".join(s.text for s in reader.query_one("#reader-title").render_line(0))
        assert "2 decided · 4 pending" in title
        await pilot.press("x")  # reject one more: shown at once, then from the store
        title = "".join(s.text for s in reader.query_one("#reader-title").render_line(0))
        assert "3 decided · 3 pending" in title
        await settle(pilot)
        title = "".join(s.text for s in reader.query_one("#reader-title").render_line(0))
        assert "3 decided · 3 pending" in title
        await pilot.press("escape")
        await settle(pilot)
        assert [c.plain for c in table.get_row_at(0)][3:5] == ["3", "3"]


async def test_enter_opens_and_escape_comes_back_updated(store):
    ids = fill(store)
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article_id == ids["bravo"]
        await pilot.press("A", "m")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        row = [c.plain for c in library.query_one("#articles").get_row_at(1)]
        assert row[4:] == ["0", "reviewed"]
        assert library.query_one("#articles").cursor_row == 1


async def test_reader_navigation_moves_the_library_cursor(store):
    ids = fill(store)
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert app.screen.article_id == ids["charlie"]
        await pilot.press("q")
        await settle(pilot)
        assert app.screen.query_one("#articles").cursor_row == 2


async def test_search(store):
    fill(store)
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"drones", "enter")
        await settle(pilot)
        assert titles(app.screen) == ["Drones target river port"]
        assert "search: drones" in status_line(app.screen)
        # the review figures beside a search's count are the whole store's, and say so
        assert "store: 0 reviewed" in status_line(app.screen)
        assert not app.screen.query_one("#empty").display
        await pilot.press("slash", *'"[unbalanced', "enter")  # searched, not parsed
        await settle(pilot)
        assert titles(app.screen) == []
        empty = app.screen.query_one("#empty")
        assert empty.display and "no articles match “\"[unbalanced”" in str(empty.render())
        await pilot.press("escape")
        await settle(pilot)
        assert len(titles(app.screen)) == 3
        assert not empty.display and "store:" not in status_line(app.screen)


async def test_search_takes_phrases_prefixes_and_any_odd_input(store):
    fill(store)
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        async def search(text: str) -> list[str]:
            await pilot.press("escape")  # clear the last search
            await settle(pilot)
            burst = [{" ": "space", '"': "quotation_mark", "*": "asterisk", "(": "left_parenthesis",
                      ":": "colon", "-": "minus"}.get(c, c) for c in text]
            await pilot.press("slash", *burst, "enter")
            await settle(pilot)
            return titles(app.screen)

        assert await search('"river port"') == ["Drones target river port"]
        assert await search('"port river"') == []  # a phrase, not two words
        assert await search("drone* OR shells") == ["Drones target river port",
                                                    "Shelling near border town"]
        for odd in ['"', "AND", "*", "(", "text:", "-", '"unclosed']:
            assert await search(odd) == [], odd
            assert app.screen.query_one("#empty").display
        # FTS5's own words are searched as words: "near" is in a title
        assert await search("NEAR(") == ["Shelling near border town"]
        # none of it was an error
        assert [n for n in app._notifications if n.severity == "error"] == []


async def test_an_empty_store_says_how_to_fill_it(store):
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        empty = app.screen.query_one("#empty")
        assert empty.display and "factdesk ingest PATH" in str(empty.render())


async def test_filter_cycles_statuses(store):
    ids = fill(store)
    review.set_status(store, ids["charlie"], "flagged")
    review.accept(store, get_facts(store, ids["alpha"])[0]["id"])  # alpha: in_review
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen = {}
        for _ in range(5):
            await pilot.press("f")
            await settle(pilot)
            screen = app.screen
            seen[screen.status_filter] = titles(screen)
        assert seen == {
            "new": ["Drones target river port"],
            "in_review": ["Rockets hit Base Alpha"],
            "reviewed": [],
            "flagged": ["Shelling near border town"],
            None: ["Rockets hit Base Alpha", "Drones target river port",
                   "Shelling near border town"],
        }


async def test_pages_load_as_the_cursor_nears_the_end(store):
    add_articles(store, (NewArticle(f"Report number {i} about an attack.", title=f"Report {i:04d}",
                                    published=f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}")
                         for i in range(450)))
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.query_one("#articles")
        assert table.row_count == LibraryScreen.PAGE
        assert "450 articles (200 loaded)" in status_line(screen)
        table.move_cursor(row=table.row_count - 1)
        await settle(pilot)
        assert table.row_count == 400
        table.move_cursor(row=table.row_count - 1)
        await settle(pilot)
        assert table.row_count == 450
        ids = screen.article_ids
        assert len(set(ids)) == 450
        published = [get_article(store, i)["published"] for i in ids[:5]]
        assert published == sorted(published, reverse=True)


async def test_q_quits(store):
    fill(store)
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.return_code is None
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0  # exited by the key, not by the test ending


async def test_the_status_column_stays_in_sight_at_80_columns_and_after_a_resize(store):
    fill(store)
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#articles")

        def header() -> str:
            return "".join(s.text for s in table.render_line(0)).rstrip()

        assert header().endswith("status")
        assert table.virtual_size.width <= table.scrollable_content_region.width
        narrow = table.columns["title"].width
        await pilot.resize_terminal(140, 24)
        await settle(pilot)
        assert table.columns["title"].width == narrow + 60
        assert header().endswith("status") and len(titles(app.screen)) == 3


async def test_a_new_theme_recolours_the_rows(store):
    ids = fill(store)
    review.set_status(store, ids["bravo"], "reviewed")
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.query_one("#articles")

        def reviewed_style():
            return table.get_row_at(1)[5].style

        dark = reviewed_style()
        assert dark == screen.get_component_rich_style("library--reviewed", partial=True)
        app.theme = "textual-light"
        await settle(pilot)
        light = screen.get_component_rich_style("library--reviewed", partial=True)
        assert light != dark and reviewed_style() == light
