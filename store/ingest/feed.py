"""RSS and Atom feed files, read offline: one article per entry.

feedparser is given the file's bytes, never a path or URL, so nothing is fetched.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..articles import NewArticle
from .dates import BadDate, normalise_date
from .htmlpage import fragment_text
from .source import Bad, Rejected, Source, looks_binary


def load(src: Source) -> Iterator[NewArticle | Bad]:
    import feedparser  # slow to import; only feeds need it

    src.check()
    try:
        data = src.path.read_bytes()
    except OSError as exc:
        raise Rejected(f"cannot read ({exc.strerror or exc})") from None
    looks_binary(data[:8192], whole=data)
    # Bytes, not str: feedparser treats a str as a URL or file name to open.
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise Rejected(f"not a readable RSS/Atom feed ({_reason(parsed)})")
        if parsed.get("version"):
            raise Rejected("a feed with no entries")
        raise Rejected("not an RSS or Atom feed")
    if parsed.get("bozo"):
        src.warn(f"feed is not well-formed ({_reason(parsed)}); read what could be read")
    feed = parsed.get("feed") or {}
    source = _clean(feed.get("title"))
    origin = str(src.path)
    stored = 0
    for i, entry in enumerate(entries, start=1):
        title = _title(entry)
        label = f"entry {i}" + (f" ({title[:60]!r})" if title else "")
        text = _body(entry)
        if not text:
            # Headline-only feeds are common (link lists); a headline alone is not a
            # report to check facts in, so the entry is left out and said so.
            src.warn(f"{label} has no summary or content; skipped")
            continue
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
        published = None
        raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
        if raw_date:
            try:
                published = normalise_date(raw_date)
            except BadDate as exc:
                src.warn(f"{label}: {exc}; published left empty")
        link = _clean(entry.get("link"))
        stored += 1
        yield NewArticle(text=text, title=title, published=published, source=source, url=link,
                         origin=f"{origin}#{i}" if len(entries) > 1 else origin)
    if not stored and parsed.get("bozo"):
        # Broken XML that gave nothing usable is a bad file, not a feed of headlines.
        raise Rejected(f"not a readable RSS/Atom feed ({_reason(parsed)})")


def _title(entry) -> str | None:
    detail = entry.get("title_detail") or {}
    title = entry.get("title")
    if not title:
        return None
    if "html" in (detail.get("type") or ""):
        title = fragment_text(title)
    return _clean(title)


def _body(entry) -> str:
    # Full content beats the summary, which feeds often truncate.
    best = ""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        text = fragment_text(value) if "html" in (content.get("type") or "html") else value.strip()
        if len(text) > len(best):
            best = text
    if not best:
        summary = entry.get("summary") or ""
        detail = entry.get("summary_detail") or {}
        best = fragment_text(summary) if "html" in (detail.get("type") or "html") else summary.strip()
    return best


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _reason(parsed) -> str:
    exc = parsed.get("bozo_exception")
    return str(exc).splitlines()[0][:120] if exc else "malformed XML"
