"""The factdesk app: the library, the reader and their forms on one store."""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import Provider
from textual.screen import Screen

from .screens.library import LibraryScreen


def _palette() -> type[Provider]:
    """The command palette's entries (tui/palette.py), loaded when the palette opens."""
    try:
        from .palette import FactdeskCommands
    except ImportError:
        return _NoCommands
    return FactdeskCommands


class _NoCommands(Provider):
    async def search(self, query: str):
        return
        yield


class FactdeskApp(App):
    """Opens on the library of `store`; every change goes to the store at once."""

    TITLE = "factdesk"
    CSS_PATH = ["app.tcss", "widgets/widgets.tcss"]
    COMMANDS = App.COMMANDS | {_palette}
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
    ]

    def __init__(self, store, **kwargs) -> None:
        super().__init__(**kwargs)
        self.store = store
        self._typed_ahead: list[tuple[str, str | None]] = []

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.store))

    # ---- keys typed ahead of a new screen ------------------------------------------
    #
    # Textual hands a key to the widget focused when the key arrives; a key nothing
    # there handles travels back up to the app, which looks up the bindings of the
    # screen in front *then*. In a burst ("e 7 enter", as a fast typist or tmux sends
    # it) the 7 and the enter reach the article before the e has opened the form and
    # come back up after it: the form has no binding for them and they were dropped.
    # Such a key is typed again, in order, for the screen now in front (its field has
    # the focus once it has been drawn: the forms name it in AUTO_FOCUS).

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            event._typed_on = self.screen  # type: ignore[attr-defined]
        await super().on_event(event)

    def on_key(self, event: events.Key) -> None:
        typed_on = getattr(event, "_typed_on", None)
        if typed_on is None or typed_on is self.screen or not event.is_forwarded:
            return
        event.prevent_default()
        event.stop()
        if not self._typed_ahead:
            self.call_after_refresh(self._type_again)
        self._typed_ahead.append((event.key, event.character))

    def _type_again(self) -> None:
        keys, self._typed_ahead = self._typed_ahead, []
        for key, character in keys:
            again = events.Key(key, character)
            again.set_sender(self)
            self.post_message(again)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's own keys panel would be a second, different "help": ours lists
        # every key in factdesk's words (palette entry "Help: keys").
        for command in super().get_system_commands(screen):
            if command.title != "Keys":
                yield command

    def action_help(self) -> None:
        try:
            from .screens.help import HelpScreen
        except ImportError:
            self.notify("help is not available in this build", severity="warning")
            return
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_export(self) -> None:
        try:
            from .screens.forms import ExportScreen
        except ImportError:
            self.notify("the export form is not available in this build", severity="warning")
            return

        def chosen(choice: dict | None) -> None:
            if choice:
                self._export(choice)

        self.push_screen(ExportScreen(), callback=chosen)

    def _export(self, choice: dict) -> None:
        from .runner import StoreRunner

        store = self.store

        def write():
            from store.export import run_export

            return run_export(store, choice["format"], choice["path"],
                              include_pending=bool(choice.get("all")),
                              force=bool(choice.get("force")))

        def done(summary) -> None:
            self.notify(summary.message or summary.line(), title="export", timeout=6,
                        markup=False)

        def failed(message: str) -> None:
            self.notify(message, title="export", severity="error", timeout=8, markup=False)

        StoreRunner(self).run(write, done, failed)

    def on_store_done(self, message) -> None:
        message.callback()
