#!/usr/bin/env python3
"""Check the hand-written evaluation corpus and its gold annotations (stdlib only).

Usage: python tests/corpus/check_gold.py [GOLD.jsonl]   (default: gold.jsonl beside this file)

Checks:
- every gold line parses, has a unique id, "published", "facts" and "notes";
- every id has <id>.txt beside the gold file, and every .txt has a gold line;
- each text starts with a header line `date YYYY-MM-DD [section]` (leading spaces allowed)
  whose date equals "published", then a headline line (one of the first two lines, after
  an optional photo caption), and has 80-800 words;
- every fact's "evidence" occurs verbatim in the article text after the header line
  (the scorer finds it there with str.find);
- count facts (launched, intercepted, impacted, killed, injured) have value/min/max
  consistent with their qualifier:
    exact     value int >= 0, min == max == value
    about     value int, min and max null
    at_least  value null, min int, max null
    more_than value null, min int (the stated number + 1), max null
    vague     value null, max null (min int or null)
    up_to     value null, min null, max int
    range     value null, min int < max int
- event_date values are ISO dates; location/actor values are non-empty strings;
  main_event and optional are booleans.
Exit status 1 and one line per problem when anything is wrong.
"""
import datetime
import json
import os
import re
import sys

COUNTS = {"launched", "intercepted", "impacted", "killed", "injured"}
KINDS = COUNTS | {"event_date", "location", "actor"}
QUALIFIERS = {"exact", "about", "at_least", "more_than", "vague", "up_to", "range"}
HEADER = re.compile(r"^\s*date (\d{4}-\d\d-\d\d)(?: [^\n]+)?$")


def _int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_count(f):
    """Problems with the value/min/max/qualifier of one count fact."""
    q, v, lo, hi = f.get("qualifier"), f.get("value"), f.get("min"), f.get("max")
    if q not in QUALIFIERS:
        return [f"unknown qualifier {q!r}"]
    ok = {
        "exact": _int(v) and v >= 0 and lo == v and hi == v,
        "about": _int(v) and v > 0 and lo is None and hi is None,
        "at_least": v is None and _int(lo) and hi is None,
        "more_than": v is None and _int(lo) and hi is None,
        "vague": v is None and hi is None and (lo is None or _int(lo)),
        "up_to": v is None and lo is None and _int(hi),
        "range": v is None and _int(lo) and _int(hi) and lo < hi,
    }[q]
    return [] if ok else [f"{q}: inconsistent value={v!r} min={lo!r} max={hi!r}"]


def split_article(raw):
    """(header date or None, article text after the header line)."""
    first, _, rest = raw.partition("\n")
    m = HEADER.match(first)
    return (m.group(1), rest) if m else (None, raw)


def check_line(g, folder):
    """Problems with one gold record (a dict) whose text lives in folder."""
    errs = []
    gid = g.get("id")
    if not gid:
        return ["gold line without id"]
    for key in ("published", "facts", "notes"):
        if key not in g:
            errs.append(f"{gid}: missing {key!r}")
    if "file" in g:
        errs.append(f"{gid}: has a 'file' key (the scorer should find <id>.txt via --texts)")
    path = os.path.join(folder, gid + ".txt")
    if not os.path.exists(path):
        return errs + [f"{gid}: no text file {path}"]
    raw = open(path, encoding="utf-8").read()
    date, text = split_article(raw)
    if date is None:
        errs.append(f"{gid}: first line is not a 'date YYYY-MM-DD [section]' header")
    elif date != g.get("published"):
        errs.append(f"{gid}: header date {date} != published {g.get('published')}")
    try:
        datetime.date.fromisoformat(g.get("published", ""))
    except ValueError:
        errs.append(f"{gid}: published is not an ISO date")
    firsts = [l.strip() for l in text.split("\n") if l.strip()][:2]
    if not any(len(l) <= 200 and not l.endswith(".") for l in firsts):
        errs.append(f"{gid}: no headline line (short, no final full stop) after the header")
    words = len(text.split())
    if not 80 <= words <= 800:
        errs.append(f"{gid}: {words} words (want 80-800)")
    for i, f in enumerate(g.get("facts", [])):
        where = f"{gid} fact {i} ({f.get('kind')} {f.get('evidence')!r})"
        kind = f.get("kind")
        if kind not in KINDS:
            errs.append(f"{where}: unknown kind")
            continue
        ev = f.get("evidence")
        if not ev or not isinstance(ev, str):
            errs.append(f"{where}: no evidence")
        elif text.find(ev) < 0:
            errs.append(f"{where}: evidence not found in the article text")
        if not isinstance(f.get("main_event", True), bool):
            errs.append(f"{where}: main_event is not a boolean")
        if not isinstance(f.get("optional", False), bool):
            errs.append(f"{where}: optional is not a boolean")
        if kind in COUNTS:
            errs += [f"{where}: {e}" for e in check_count(f)]
            nums = [int(x) for x in re.findall(r"\d+", (ev or "").replace(",", ""))]
            if f.get("qualifier") == "more_than" and nums and f.get("min") is not None and f["min"] - 1 not in nums:
                errs.append(f"{where}: more_than min should be the stated number + 1")
            ed = f.get("event_date")
            if ed is not None:
                try:
                    datetime.date.fromisoformat(ed)
                except (TypeError, ValueError):
                    errs.append(f"{where}: event_date {ed!r} is not ISO")
        elif kind == "event_date":
            try:
                datetime.date.fromisoformat(f.get("value") or "")
            except (TypeError, ValueError):
                errs.append(f"{where}: value {f.get('value')!r} is not an ISO date")
        elif not isinstance(f.get("value"), str) or not f["value"].strip():
            errs.append(f"{where}: empty name")
    return errs


def check_corpus(gold_path):
    """All problems found in the gold file and its folder of texts."""
    folder = os.path.dirname(os.path.abspath(gold_path))
    errs, ids = [], set()
    with open(gold_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: bad JSON ({e})")
                continue
            if g.get("id") in ids:
                errs.append(f"line {n}: duplicate id {g.get('id')}")
            ids.add(g.get("id"))
            errs += check_line(g, folder)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt") and name[:-4] not in ids:
            errs.append(f"{name}: text without a gold line")
    return errs


def main(argv):
    gold = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
    errs = check_corpus(gold)
    for e in errs:
        print(e)
    n = sum(1 for l in open(gold, encoding="utf-8") if l.strip())
    print(f"{n} gold lines, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
