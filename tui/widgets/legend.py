"""The legend: one swatch per fact kind, in the same colours as the text."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from .kinds import FACT_CLASSES, KIND_LABELS, KINDS, component_style, kind_class


class Legend(Static):
    COMPONENT_CLASSES = FACT_CLASSES | {"fact--secondary", "fact--selected"}

    def on_mount(self) -> None:
        self.update(self._legend())

    def _legend(self) -> Text:
        out = Text(end="", no_wrap=False)
        for kind in KINDS:
            out.append(f" {KIND_LABELS[kind]} ",
                       style=component_style(self, kind_class(kind)))
            out.append(" ")
        sample = component_style(self, "fact--launched")
        out.append(" background ", style=sample + self.get_component_rich_style(
            "fact--secondary", partial=True))
        out.append(" ")
        out.append(" selected ", style=sample + self.get_component_rich_style(
            "fact--selected", partial=True))
        return out

    def notify_style_update(self) -> None:
        # The theme changed: the swatches must follow.
        super().notify_style_update()
        if self.is_mounted:
            self.update(self._legend())
