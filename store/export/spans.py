"""spans: Prodigy / spaCy-style JSONL, training data for an extraction model.

Prodigy records one decision per task, so a person's rejections are written the way
Prodigy writes them: one task per rejected fact, holding that one span, with
"answer": "reject". The facts kept (accepted, edited, added; pending too with --all)
are one task per article with "answer": "accept". Every span's start and end are
character offsets into "text" and "text"[start:end] is its evidence.
"""

from __future__ import annotations

import json
from typing import TextIO

from .reader import ArticleFacts

META_FIELDS = ("value", "min", "max", "qualifier", "object", "role", "attributed_to",
               "event_date", "event", "main_event", "status", "origin", "rule")


def span(fact: dict) -> dict:
    meta = {name: fact.get(name) for name in META_FIELDS}
    meta["fact_id"] = fact.get("id")
    return {"start": fact["start"], "end": fact["end"], "label": fact["kind"],
            "text": fact["text"], "meta": meta}


def valid(fact: dict, text: str) -> bool:
    start, end = fact.get("start"), fact.get("end")
    return (
        isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        and text[start:end] == fact.get("text")
    )


class SpansWriter:
    records_rejections = True

    def __init__(self, out: TextIO):
        self.out = out
        self.bad_spans = 0

    def _task(self, article: dict, spans: list[dict], answer: str) -> None:
        meta = {"article_id": article["id"], "title": article.get("title"),
                "published": article.get("published"), "source": article.get("source"),
                "url": article.get("url")}
        task = {"text": article["text"], "meta": meta, "spans": spans, "answer": answer}
        self.out.write(json.dumps(task, ensure_ascii=False) + "\n")

    def write(self, item: ArticleFacts) -> tuple[int, int]:
        text = item.article["text"]
        kept, rejected = [], []
        for fact in item.facts:
            if not valid(fact, text):
                # A span that no longer slices its evidence would teach a model the
                # wrong words; it is counted and left out.
                self.bad_spans += 1
                continue
            (rejected if fact["status"] == "rejected" else kept).append(fact)
        tasks = 0
        if kept:
            self._task(item.article, [span(f) for f in kept], "accept")
            tasks += 1
        for fact in rejected:
            self._task(item.article, [span(fact)], "reject")
            tasks += 1
        return tasks, len(kept) + len(rejected)

    def close(self) -> None:
        pass
