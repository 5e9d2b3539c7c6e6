"""jsonl: one event record per line (schema: event_record.schema.json beside this file)."""

from __future__ import annotations

import json
from typing import TextIO

from .reader import ArticleFacts
from .records import event_records


class JsonlWriter:
    records_rejections = False

    def __init__(self, out: TextIO):
        self.out = out

    def write(self, item: ArticleFacts) -> tuple[int, int]:
        records = event_records(item)
        for record in records:
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return len(records), sum(len(r["facts"]) for r in records)

    def close(self) -> None:
        pass
