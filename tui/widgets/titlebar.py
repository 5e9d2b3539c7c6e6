"""The reader's title bar: headline, date and source, status, progress and the note."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from .article import display_text


class TitleBar(Static):
    """One line; a long headline gives way so the status, the count and the note stay in
    sight. Its styles are component classes (widgets.tcss)."""

    COMPONENT_CLASSES = {"title--headline", "title--meta", "title--status", "title--reviewed",
                         "title--flagged", "title--note-label", "title--note"}

    def show(self, article: dict) -> None:
        """`article` carries its review counts, "decided" and "pending" (store.articles
        COUNTS_SQL: the library's columns are the same figures)."""
        self._shown = (article,)
        style = self.get_component_rich_style
        width = self.content_region.width or self.app.size.width
        line = Text(end="", no_wrap=True, overflow="ellipsis")
        meta = [article.get("published"), article.get("source"), article.get("section")]
        # Date and source give way first on a narrow terminal (the reader's first lines
        # show them too); the status and the counts stay.
        meta_text = "  " + " · ".join(display_text(str(m)) for m in meta if m)
        if width >= 100:
            line.append(meta_text, style=style("title--meta", partial=True))
        status = article.get("status") or ""
        line.append(f"  [{status.replace('_', ' ')}]", style=style(
            f"title--{status}" if status in ("reviewed", "flagged") else "title--status",
            partial=True))
        line.append(f"  {article.get('decided', 0)} decided · {article.get('pending', 0)} pending",
                    style=style("title--meta", partial=True))
        if article.get("note"):
            line.append("  note: ", style=style("title--note-label", partial=True))
            line.append(display_text(article["note"].replace("\n", " ")),
                        style=style("title--note", partial=True))
        room = max(width - line.cell_len, 16)
        title = Text(display_text(article.get("title") or "(untitled)"),
                     style=style("title--headline", partial=True), end="", no_wrap=True,
                     overflow="ellipsis")
        title.truncate(room, overflow="ellipsis")
        self.update(title + line)

    def on_resize(self) -> None:
        if getattr(self, "_shown", None):
            self.show(*self._shown)

    def notify_style_update(self) -> None:
        # The theme changed: the line must follow.
        super().notify_style_update()
        if self.is_mounted and getattr(self, "_shown", None):
            self.show(*self._shown)
