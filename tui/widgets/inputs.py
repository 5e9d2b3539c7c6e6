"""Text fields that keep a fast burst of keys in the order it was typed.

Textual hands a key to the focused widget's queue. A printable key is handled there at
once, but a bound key (backspace, delete, the arrows, home, end...) is not: it bubbles up
through each parent's queue to the app, which only then looks up the binding. Keys typed
right after it ("1 5 backspace 4" in one burst, as a fast typist or `tmux send-keys`
delivers them) go straight to the field's queue and are inserted first, so the backspace
deletes the wrong character, and every further backspace eats another key.

These fields run their own bindings when the key reaches them, in typing order. Bindings
of the screens and the app (enter to save, escape to cancel) still bubble as before.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class OwnKeysFirst:
    """Mixin for a focusable text widget: its own (non-priority) bindings run in its own
    queue, in the order the keys came, instead of after a trip up to the app."""

    async def _on_key(self, event: events.Key) -> None:
        widget = self  # the mixin is only ever used with a Widget
        for binding in widget._bindings.key_to_bindings.get(event.key, ()):  # type: ignore[attr-defined]
            if binding.priority:
                continue  # the app ran priority bindings before the key got here
            if await widget.app.run_action(binding.action, widget):  # type: ignore[attr-defined]
                # Handled: neither the widget's own key handler nor the app sees it again.
                event.stop()
                event.prevent_default()
                return


class TextInput(OwnKeysFirst, Input):
    """An Input that keeps bursts of keys in order. (The note's TextArea is made so in
    tui/screens/forms.py: TextArea is a heavy import the library must not wait for.)"""
