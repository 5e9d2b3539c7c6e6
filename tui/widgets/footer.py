"""The footer, rebuilt only when the keys it shows change.

Textual's Footer builds all its key widgets again (a dozen widgets mounted and styled)
each time the screen's bindings may have changed: on every focus change, every time the
screen is shown again, after every `refresh_bindings`. Opening an article did it twice
with the same keys each time, a third of the open time. This one compares what it would
show with what it shows and leaves its widgets alone when nothing differs.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """A Footer that recomposes only when its keys, labels or their enabled state change."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple | None = None

    def _signature(self) -> tuple:
        app = self.app
        return tuple(
            (binding.key, app.get_key_display(binding), binding.description, binding.action,
             binding.show, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show or binding.key == app.COMMAND_PALETTE_BINDING
        )

    def compose(self) -> ComposeResult:
        self._shown = self._signature() if self._bindings_ready else None
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if not self.is_attached or self._signature() != self._shown:
            await self.recompose()
