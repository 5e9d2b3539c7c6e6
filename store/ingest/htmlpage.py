"""HTML pages saved to disk: the article's main text, without menus, scripts, share
buttons and footers; the headline as title; the publication date from the page's meta
tags. Also turns HTML fragments (feed summaries) into text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..articles import NewArticle
from .dates import BadDate, normalise_date
from .source import Bad, Rejected, Source

# Never article text. header/footer are page chrome outside an <article>; inside one
# they hold the headline and byline, which are kept.
DROP = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
        "nav", "aside", "form", "button", "select", "input", "textarea", "dialog")
CHROME = ("header", "footer")
DROP_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "menu",
              "menubar", "dialog", "alert")
# Page chrome marked only by a class or id (<div class="menu">, <div id="footer">),
# matched as whole names so "article-footer" or "has-sidebar" are not; dropped outside
# an <article> or <main> like header/footer.
CHROME_NAMES = frozenset((
    "nav", "navbar", "navigation", "menu", "main-menu", "site-menu", "site-nav", "footer",
    "site-footer", "page-footer", "breadcrumb", "breadcrumbs", "sidebar", "cookie-banner",
    "cookie-notice", "skip-link",
))
# Text in these is not a report's body: a page of only links and headings is a menu,
# an index or a stub, not an article.
NOT_BODY = frozenset(("a", "h1", "h2", "h3", "h4", "h5", "h6"))
BLOCKS = frozenset((
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table",
    "tr", "td", "th", "caption", "address", "hr", "header", "footer", "details",
    "summary", "body", "html",
))
DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date",
    "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
    "article.published", "published_time", "citation_publication_date",
)
_PARA = "\ue000"   # private-use marks for breaks, turned into real ones at the end
_LINE = "\ue001"
_WS = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_LETTER = re.compile(r"[^\W\d_]")


def load(src: Source) -> Iterator[NewArticle | Bad]:
    raw = src.read_text()
    yield parse_page(raw, str(src.path), src.warn)


def parse_page(html: str, origin: str, warn=lambda reason, line=None: None) -> NewArticle:
    """The page's article; raises Rejected when it has no article text (nothing but
    menus, links, headings and footers), as an empty file is."""
    tree = LexborHTMLParser(html)
    meta = _meta(tree)
    ld = _json_ld(tree)
    title = _first(_text_of(tree.css_first("article h1")), _text_of(tree.css_first("h1")),
                   meta.get("og:title"), ld.get("headline"), _text_of(tree.css_first("title")))
    raw_date = _first(meta.get(k) for k in DATE_META) or ld.get("datePublished") or _time_tag(tree)
    published = None
    if raw_date:
        try:
            published = normalise_date(raw_date)
        except BadDate as exc:
            warn(f"{exc}; published left empty")
    url = _first(_attr(tree.css_first("link[rel=canonical]"), "href"), meta.get("og:url"),
                 ld.get("url") if isinstance(ld.get("url"), str) else None)
    source = _first(meta.get("og:site_name"), _publisher(ld))
    root = _article_root(tree)
    if root is None or not _has_body_text(root):
        # Checked before the title is put in front: a <title> over a page of links
        # would otherwise be stored as a one-line report.
        only = root is not None and _LETTER.search(root.text(deep=True))
        raise Rejected("no article text found in the page"
                       + (" (only links, menus and headings)" if only else ""))
    text = to_text(root)
    if title and not text.startswith(title):
        # Text files carry their headline in the text, and the fact engine reads it there
        # (headline facts, section detection); pages keep theirs in <h1>, often outside
        # the body, so it is put back in front.
        text = f"{title}\n\n{text}" if text else title
    return NewArticle(text=text, title=title, published=published, source=source, url=url,
                      origin=origin)


def _article_root(tree: LexborHTMLParser) -> LexborNode | None:
    """The node holding the article once page chrome is removed from the tree."""
    for tag in DROP:
        for node in tree.css(tag):
            node.decompose()
    for role in DROP_ROLES:
        for node in tree.css(f'[role="{role}"]'):
            node.decompose()
    for tag in CHROME:
        for node in tree.css(tag):
            if not _inside(node, ("article", "main")):
                node.decompose()
    _drop_named_chrome(tree)
    return _main_root(tree)


def _drop_named_chrome(tree: LexborHTMLParser) -> None:
    # Found first and removed after, outermost only: removing a node frees its
    # descendants, which must not be touched again.
    doomed: list[LexborNode] = []
    stack = [tree.root] if tree.root is not None else []
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag in ("article", "main") or tag is None or tag.startswith("-"):
            continue
        if tag not in ("html", "body") and _chrome_named(node) and \
                node.css_first("article, main") is None:
            doomed.append(node)
            continue
        stack.extend(node.iter())
    for node in doomed:
        node.decompose()


def _chrome_named(node: LexborNode) -> bool:
    attrs = node.attributes
    names = (attrs.get("class") or "").lower().split()
    names.append((attrs.get("id") or "").strip().lower())
    return any(name in CHROME_NAMES for name in names)


def _has_body_text(root: LexborNode) -> bool:
    """Whether any words lie outside links and headings."""
    # An explicit stack, not recursion, as in to_text.
    stack = [root]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == "-text":
            if _LETTER.search(node.text_content or ""):
                return True
        elif tag is not None and tag not in NOT_BODY and tag not in ("-comment", "-doctype"):
            stack.extend(node.iter(include_text=True))
    return False


def fragment_text(html: str) -> str:
    """An HTML fragment (a feed summary) as plain text, paragraphs kept."""
    if "<" not in html and "&" not in html:
        return html.strip()
    tree = LexborHTMLParser(html)
    for tag in DROP:
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    return to_text(root) if root is not None else ""


def to_text(root: LexborNode) -> str:
    parts: list[str] = []
    # An explicit stack, not recursion: real pages nest deeper than Python's limit.
    stack: list[tuple[LexborNode, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        tag = node.tag
        if tag == "-text":
            parts.append(node.text_content or "")
            continue
        if tag in ("-comment", "-doctype") or tag is None:
            continue
        if not entering:
            parts.append(_PARA if tag in BLOCKS else "")
            continue
        if tag == "br":
            parts.append(_LINE)
            continue
        if tag in BLOCKS:
            parts.append(_PARA)
        stack.append((node, False))
        children = list(node.iter(include_text=True))
        stack.extend((child, True) for child in reversed(children))
    joined = "".join(parts)
    paragraphs = []
    for block in joined.split(_PARA):
        lines = [_WS.sub(" ", line).strip() for line in block.split(_LINE)]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _main_root(tree: LexborHTMLParser) -> LexborNode | None:
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda n: len(n.text(deep=True, strip=True)))
    for selector in ("main", '[role="main"]', '[itemprop="articleBody"]'):
        node = tree.css_first(selector)
        if node is not None:
            return node
    return tree.body


def _inside(node: LexborNode, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        value = attrs.get("content")
        if key and value and value.strip():
            out.setdefault(key.strip().lower(), value.strip())
    return out


def _json_ld(tree: LexborHTMLParser) -> dict:
    """The first schema.org article object in the page's JSON-LD, if any."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True) or "")
        except (json.JSONDecodeError, ValueError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and (item.get("datePublished") or item.get("headline")):
                return item
    return {}


def _publisher(ld: dict) -> str | None:
    pub = ld.get("publisher")
    if isinstance(pub, dict) and isinstance(pub.get("name"), str):
        return pub["name"]
    return None


def _time_tag(tree: LexborHTMLParser) -> str | None:
    for selector in ("article time[datetime]", "time[pubdate][datetime]", "time[datetime]"):
        node = tree.css_first(selector)
        if node is not None:
            return node.attributes.get("datetime")
    return None


def _text_of(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    text = _WS.sub(" ", node.text(deep=True)).strip()
    return text or None


def _attr(node: LexborNode | None, name: str) -> str | None:
    if node is None:
        return None
    value = node.attributes.get(name)
    return value.strip() if value and value.strip() else None


def _first(*values):
    if len(values) == 1 and not isinstance(values[0], str | None):
        values = tuple(values[0])
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
