"""The event card: the main event as the current facts tell it (store.events)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from store.events import event_summary

from .article import display_text
from .kinds import FACT_CLASSES, KIND_LABELS, component_style, kind_class

COUNT_ORDER = ("launched", "intercepted", "impacted", "killed", "injured")


class EventCard(Static):
    COMPONENT_CLASSES = FACT_CLASSES | {"card--label", "card--ok", "card--fail", "card--conflict",
                                        "card--muted"}

    _facts: list[dict] | None = None

    def notify_style_update(self) -> None:
        # A new theme: the card's colours must follow (see FactsTable).
        super().notify_style_update()
        if self.is_mounted and self._facts is not None:
            self.call_after_refresh(lambda: self.show(self._facts or []))

    def show(self, facts: list[dict]) -> dict:
        """Recompute the card from `facts`; returns the summary shown."""
        self._facts = list(facts)
        summary = event_summary(facts)
        self.update(self._render_summary(summary))
        return summary

    def _render_summary(self, summary: dict) -> Text:
        style = self.get_component_rich_style
        label = style("card--label", partial=True)
        muted = style("card--muted", partial=True)
        out = Text(end="")

        def row(name: str, value: object, value_style=None) -> None:
            out.append(f"{name:<12}", style=label)
            if value in (None, ""):
                out.append("—", style=muted)
            else:
                out.append(display_text(str(value)), style=value_style)
            out.append("\n")

        row("date", summary["date"])
        row("place", summary["place"])
        actor = summary["actor"]
        if actor and summary.get("actor_role"):
            actor = f"{actor} ({summary['actor_role']})"
        row("actor", actor)
        for kind in COUNT_ORDER:
            entry = summary["counts"].get(kind)
            out.append(f"{KIND_LABELS[kind]:<12}", style=component_style(self, kind_class(kind)))
            if entry is None:
                out.append("—", style=muted)
            else:
                out.append(display_text(entry["display"]))
                if entry.get("object"):
                    out.append(display_text(f" {entry['object']}"), style=muted)
                if entry.get("source"):
                    out.append(display_text(f"  ({entry['source']})"), style=muted)
            out.append("\n")
        check = summary["check"]
        if check["ok"] is None:
            out.append("check       ", style=label)
            out.append(check["text"], style=muted)
        else:
            out.append("check       ", style=label)
            out.append("OK " if check["ok"] else "FAIL ",
                       style=style("card--ok" if check["ok"] else "card--fail", partial=True))
            out.append(check["text"])
        for conflict in summary["conflicts"]:
            out.append("\n")
            out.append(f"conflict    {KIND_LABELS.get(conflict['kind'], conflict['kind'])}: ",
                       style=style("card--conflict", partial=True))
            parts = []
            for fig in conflict["figures"]:
                source = fig.get("source") or "unattributed"
                parts.append(f"{fig['display']} ({source}, {fig['status']})")
            out.append(display_text("; ".join(parts)))
        out.append("\n")
        out.append(f"{summary['facts']} facts in the main event, {summary['pending']} pending",
                   style=muted)
        return out
