"""The command palette offers the actions the current screen has, and runs them."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen
from textual.widgets import Static

from tui.palette import FactdeskCommands


class FakeReader(Screen):
    BINDINGS = [Binding("a", "accept", "Accept", id="fake.accept")]

    def __init__(self) -> None:
        super().__init__()
        self.ran: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("article")

    def action_accept(self) -> None:
        self.ran.append("accept")

    def action_undo(self) -> None:
        self.ran.append("undo")

    def action_toggle_reviewed(self) -> None:
        self.ran.append("toggle_reviewed")


class Host(App):
    COMMANDS = App.COMMANDS | {FactdeskCommands}

    def on_mount(self) -> None:
        self.push_screen(FakeReader())


async def test_palette_offers_only_the_screen_actions():
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        provider = FactdeskCommands(app.screen)
        titles = [hit.text async for hit in provider.discover()]
        assert titles == ["Accept fact", "Mark article reviewed", "Undo"]
        found = [hit.text async for hit in provider.search("undo")]
        assert found == ["Undo"]


async def test_palette_runs_the_action_on_the_screen():
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        reader = app.screen
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"mark rev")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is reader
        assert reader.ran == ["toggle_reviewed"]


async def test_the_app_palette_has_one_help_not_textual_keys_panel_too(store):
    from tui.app import FactdeskApp

    app = FactdeskApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        system = [c.title for c in app.get_system_commands(app.screen)]
        assert "Keys" not in system and "Quit" in system and "Theme" in system
        ours = [hit.text async for hit in FactdeskCommands(app.screen).discover()]
        assert ours.count("Help: keys") == 1
