"""Each loader, dedupe and storage through store.ingest, on files written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.ingest import ingest, read_path

REPORT = (
    "Militia drones strike fuel depot near river crossing\n"
    "\n"
    "Three drones struck a fuel depot on Tuesday, a provincial official said.\n"
    "\n"
    "Two of them were shot down by air defences before reaching the site.\n"
)


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def rows(store) -> list[dict]:
    return store.query("SELECT * FROM articles ORDER BY id")


def one(path: Path):
    articles, errors = read_path(path)
    assert errors == []
    assert len(articles) == 1
    return articles[0]


# --- plain text and Markdown -------------------------------------------------------


def test_text_with_header(tmp_path):
    art = one(write(tmp_path / "a.txt", "date 2024-03-05 World\n" + REPORT))
    assert art.published == "2024-03-05"
    assert art.section == "World"
    assert art.title == "Militia drones strike fuel depot near river crossing"
    # The header is metadata, not article text.
    assert art.text == REPORT
    assert art.origin == str(tmp_path / "a.txt")


def test_text_header_with_leading_spaces_and_no_section(tmp_path):
    art = one(write(tmp_path / "a.txt", "   date 2024-03-05\n" + REPORT))
    assert art.published == "2024-03-05"
    assert art.section is None
    assert art.text.startswith("Militia drones")


def test_text_without_header(tmp_path):
    art = one(write(tmp_path / "a.txt", REPORT))
    assert art.published is None
    assert art.title == "Militia drones strike fuel depot near river crossing"
    assert art.text == REPORT


def test_headline_skips_a_photo_caption(tmp_path):
    caption = "Soldiers stand near a checkpoint on 3 May 2009. AFP PHOTO/Staff\n"
    art = one(write(tmp_path / "a.txt", "date 2024-03-05\n" + caption + REPORT))
    assert art.title == "Militia drones strike fuel depot near river crossing"
    assert art.text.startswith("Soldiers stand")


def test_headline_is_not_a_sentence(tmp_path):
    art = one(write(tmp_path / "a.txt", "Three drones struck a fuel depot on Tuesday.\n\nMore text.\n"))
    assert art.title is None


def test_markdown_headline_loses_its_hashes(tmp_path):
    md = "date 2024-03-05\n# Shelling hits market in border town\n\nFive shells landed, officials said.\n"
    art = one(write(tmp_path / "a.md", md))
    assert art.title == "Shelling hits market in border town"
    assert art.published == "2024-03-05"
    assert art.text.startswith("# Shelling")


def test_impossible_header_date_is_a_warning_not_a_failure(store, tmp_path):
    write(tmp_path / "a.txt", "date 2024-02-30\n" + REPORT)
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 1 and report.failed == []
    assert rows(store)[0]["published"] is None
    assert any("2024-02-30" in w.reason for w in report.warnings)


def test_crlf_line_ends_become_lf(tmp_path):
    art = one(write(tmp_path / "a.txt", ("date 2024-03-05\n" + REPORT).replace("\n", "\r\n").encode()))
    assert art.published == "2024-03-05"
    assert art.text == REPORT


# --- JSON and JSON Lines -------------------------------------------------------------


def test_json_object(tmp_path):
    data = {"title": "Depot hit", "text": REPORT, "published": "2024-01-20T10:00:00Z",
            "source": "Wire", "url": "https://news.example/1"}
    art = one(write(tmp_path / "a.json", json.dumps(data)))
    assert (art.title, art.published, art.source, art.url) == (
        "Depot hit", "2024-01-20", "Wire", "https://news.example/1")
    assert art.text == REPORT


def test_json_list_with_a_bad_item(store, tmp_path):
    data = [{"text": "First report about shelling in the north."},
            {"title": "no text here"},
            "just a string",
            {"text": "Second report about a drone strike.", "date": "20 January 2024"}]
    write(tmp_path / "a.json", json.dumps(data))
    report = ingest(store, [tmp_path / "a.json"], extract_facts=False)
    assert report.new == 2
    reasons = [str(e) for e in report.failed]
    assert any("item 2" in r and "no text" in r for r in reasons)
    assert any("item 3" in r and "string" in r for r in reasons)
    assert [r["published"] for r in rows(store)] == [None, "2024-01-20"]


def test_json_field_aliases_and_case(tmp_path):
    art = one(write(tmp_path / "a.json", json.dumps(
        {"Headline": "Depot hit", "Body": "Text of it.", "Date": "Sat, 20 Jan 2024 10:00:00 GMT",
         "Link": "https://news.example/2"})))
    assert (art.title, art.text, art.published, art.url) == (
        "Depot hit", "Text of it.", "2024-01-20", "https://news.example/2")


def test_json_title_taken_from_the_text_when_missing(tmp_path):
    art = one(write(tmp_path / "a.json", json.dumps({"text": REPORT})))
    assert art.title == "Militia drones strike fuel depot near river crossing"


def test_jsonl_broken_line_is_reported_and_the_rest_kept(store, tmp_path):
    lines = [json.dumps({"text": "Report one: two rockets hit a port."}),
             '{"text": "unterminated',
             "",
             "[1, 2]",
             json.dumps({"text": "Report three: a drone was intercepted.", "published": "2024-02-01"})]
    write(tmp_path / "a.jsonl", "\n".join(lines) + "\n")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 2
    by_line = {e.line: e.reason for e in report.failed}
    assert set(by_line) == {2, 4}
    assert "malformed JSON" in by_line[2]
    assert "not a JSON object" in by_line[4]
    assert str(report.failed[0]).startswith(f"{tmp_path / 'a.jsonl'}:2: ")
    assert [r["origin"] for r in rows(store)] == [f"{tmp_path / 'a.jsonl'}:1", f"{tmp_path / 'a.jsonl'}:5"]


def test_jsonl_saved_as_json_is_read_as_lines(store, tmp_path):
    write(tmp_path / "a.json", json.dumps({"text": "one"}) + "\n" + json.dumps({"text": "two"}) + "\n")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 2 and report.failed == []
    assert any("JSON Lines" in w.reason for w in report.warnings)


# --- CSV ---------------------------------------------------------------------------------


def test_csv_with_text_column(store, tmp_path):
    csv_text = (
        "title,text,published,source,url\n"
        'Port shelled,"Shells hit the port.\n\nTwo cranes burned.",20 January 2024,Wire,https://x.example/1\n'
        "Quiet day,,2024-01-21,Wire,\n"
        "Drone downed,A drone was shot down.,not a date,,\n"
    )
    write(tmp_path / "a.csv", csv_text)
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 2
    # Rows are numbered by the file line they start on (the first row spans 2-4).
    assert [(e.line, "empty" in e.reason) for e in report.failed] == [(5, True)]
    stored = rows(store)
    assert stored[0]["text"] == "Shells hit the port.\n\nTwo cranes burned."
    assert stored[0]["published"] == "2024-01-20"
    assert stored[0]["url"] == "https://x.example/1"
    assert stored[1]["published"] is None
    assert any(w.line == 6 and "not a date" in w.reason for w in report.warnings)


def test_csv_only_text_column(tmp_path):
    art = one(write(tmp_path / "a.csv", "text\nOne mortar round fell near the school.\n"))
    assert art.text == "One mortar round fell near the school."


def test_tsv(tmp_path):
    art = one(write(tmp_path / "a.tsv", "Title\tText\nT\tTwo rockets fell.\n"))
    assert (art.title, art.text) == ("T", "Two rockets fell.")


def test_csv_without_text_column_is_reported(store, tmp_path):
    write(tmp_path / "a.csv", "title,date\nSomething,2024-01-01\n")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 0
    assert len(report.failed) == 1
    assert "no text column" in report.failed[0].reason
    assert "'title'" in report.failed[0].reason


# --- HTML --------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Depot attack | Example Times</title>
<meta property="article:published_time" content="2024-03-02T23:30:00-05:00">
<meta property="og:site_name" content="Example Times">
<link rel="canonical" href="https://times.example/depot">
<style>body { font: serif }</style>
<script>window.tracker = "Subscribe now";</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav><p>Example Times masthead</p></header>
<div class="cookie"><form><button>Accept cookies</button></form></div>
<article>
  <h1>Drones hit fuel depot near the border</h1>
  <p>Four drones struck a fuel depot overnight,
     the regional governor said.</p>
  <p>Two were shot down<br>before reaching the site.</p>
  <aside><p>Related: an unrelated story</p></aside>
  <ul><li>Fire crews worked until dawn.</li></ul>
</article>
<footer><p>Copyright Example Times</p></footer>
</body></html>"""


def test_html_main_text_without_boilerplate(tmp_path):
    art = one(write(tmp_path / "page.html", PAGE))
    assert art.title == "Drones hit fuel depot near the border"
    # The day the page says, not the UTC day.
    assert art.published == "2024-03-02"
    assert art.source == "Example Times"
    assert art.url == "https://times.example/depot"
    assert art.text == (
        "Drones hit fuel depot near the border\n\n"
        "Four drones struck a fuel depot overnight, the regional governor said.\n\n"
        "Two were shot down\nbefore reaching the site.\n\n"
        "Fire crews worked until dawn."
    )
    for junk in ("Home", "masthead", "cookies", "Related", "Copyright", "tracker", "serif"):
        assert junk not in art.text


def test_html_title_and_time_tag_fallbacks(tmp_path):
    page = ("<html><head><title>Shelling in the east</title></head><body><main>"
            "<time datetime='2024-05-06T07:00'>6 May</time><p>Shelling continued.</p></main></body></html>")
    art = one(write(tmp_path / "p.htm", page))
    assert art.title == "Shelling in the east"
    assert art.published == "2024-05-06"
    assert art.text.startswith("Shelling in the east\n\n")
    assert "Shelling continued." in art.text


def test_html_without_text_is_reported(store, tmp_path):
    write(tmp_path / "p.html", "<html><body><script>x()</script><nav>Menu</nav></body></html>")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 0
    assert "no article text" in report.failed[0].reason


def test_html_deeply_nested_does_not_crash(tmp_path):
    page = "<html><body>" + "<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000 + "</body></html>"
    art = one(write(tmp_path / "deep.html", page))
    assert art.text == "Deep text."


# --- feeds -------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire Desk</title><link>https://wire.example</link>
<item><title>Rockets fired at base</title><link>https://wire.example/1</link>
<pubDate>Sat, 20 Jan 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Three rockets were fired at the base.&lt;/p&gt;&lt;p&gt;None &lt;b&gt;hit&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Headline only</title><link>https://wire.example/2</link></item>
<item><title>Port shelled</title><link>https://wire.example/3</link><pubDate>whenever</pubDate>
<description>Shelling reported at the port.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2024-02-01T00:00:00Z</updated>
<entry><title>Missile intercepted over city</title><id>urn:1</id>
<link href="https://atom.example/1"/><published>2024-02-01T09:00:00+03:00</published>
<summary>Short.</summary>
<content type="html">&lt;p&gt;One missile was intercepted over the city.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content>
</entry></feed>"""


def test_rss_feed(store, tmp_path):
    write(tmp_path / "wire.rss", RSS)
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 2 and report.failed == []
    first, second = rows(store)
    assert first["title"] == "Rockets fired at base"
    assert first["published"] == "2024-01-20"
    assert first["url"] == "https://wire.example/1"
    assert first["source"] == "Wire Desk"
    assert first["text"] == "Rockets fired at base\n\nThree rockets were fired at the base.\n\nNone hit."
    assert second["published"] is None
    reasons = [w.reason for w in report.warnings]
    assert any("entry 2" in r and "no summary" in r for r in reasons)
    assert any("whenever" in r for r in reasons)


def test_atom_feed_content_preferred_and_html_dropped(tmp_path):
    art = one(write(tmp_path / "desk.atom", ATOM))
    assert art.title == "Missile intercepted over city"
    assert art.published == "2024-02-01"
    assert art.url == "https://atom.example/1"
    assert art.text == "Missile intercepted over city\n\nOne missile was intercepted over the city."


def test_xml_is_sniffed(store, tmp_path):
    write(tmp_path / "a.xml", ATOM)
    write(tmp_path / "b.xml", RSS)
    write(tmp_path / "c.xml", '<?xml version="1.0"?><config><a>1</a></config>')
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 3
    assert [(Path(e.path).name, "not an RSS or Atom feed" in e.reason) for e in report.failed] == [("c.xml", True)]


def test_feed_never_fetches(tmp_path, monkeypatch):
    import urllib.request

    def refuse(*a, **k):
        raise AssertionError("a feed file made factdesk go online")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", refuse)
    # A file whose whole content is a URL must be read as (bad) content, not opened.
    write(tmp_path / "trap.rss", "https://feeds.example/world.rss")
    articles, errors = read_path(tmp_path / "trap.rss")
    assert articles == []
    assert "feed" in errors[0].reason


# --- dedupe and storage ---------------------------------------------------------------


def test_same_file_twice_adds_nothing(store, tmp_path):
    write(tmp_path / "a.txt", "date 2024-03-05\n" + REPORT)
    first = ingest(store, [tmp_path], extract_facts=False)
    second = ingest(store, [tmp_path], extract_facts=False)
    assert (first.new, first.duplicate) == (1, 0)
    assert (second.new, second.duplicate) == (0, 1)
    assert len(rows(store)) == 1


def test_white_space_and_case_differences_are_duplicates(store, tmp_path):
    write(tmp_path / "a.txt", REPORT)
    write(tmp_path / "b.txt", "  " + REPORT.replace("\n\n", "\n   \n").replace(" a ", "  a\t") + "\n\n")
    write(tmp_path / "c.json", json.dumps({"text": REPORT.replace("\n", " ")}))
    report = ingest(store, [tmp_path], extract_facts=False)
    assert (report.new, report.duplicate) == (1, 2)


def test_different_text_is_not_a_duplicate(store, tmp_path):
    write(tmp_path / "a.txt", REPORT)
    write(tmp_path / "b.txt", REPORT.replace("Three", "Four"))
    assert ingest(store, [tmp_path], extract_facts=False).new == 2


def test_search_finds_ingested_articles(store, tmp_path):
    from store.articles import list_articles

    write(tmp_path / "a.txt", REPORT)
    write(tmp_path / "b.jsonl", json.dumps({"text": "Artillery shelled the harbour."}) + "\n")
    ingest(store, [tmp_path], extract_facts=False)
    assert [a["origin"] for a in list_articles(store, query="harbour")] == [f"{tmp_path / 'b.jsonl'}:1"]
    assert len(list_articles(store, query="depot")) == 1
    # A duplicate skipped by INSERT OR IGNORE leaves the index as it was.
    ingest(store, [tmp_path], extract_facts=False)
    assert store.query("SELECT count(*) AS n FROM articles_fts")[0]["n"] == 2


def test_facts_are_extracted_for_new_articles_only(store, tmp_path, monkeypatch):
    import store.extraction as extraction

    calls = []

    def fake_facts(article):
        calls.append(article.text)
        start = article.text.index("Three")
        return [{"kind": "launched", "value": 3, "min": 3, "max": 3, "qualifier": "exact",
                 "object": "drone", "start": start, "end": start + 5, "text": "Three",
                 "rule": "test", "confidence": 0.9, "event": 0, "main_event": True}]

    monkeypatch.setattr(extraction, "facts_for", fake_facts)
    write(tmp_path / "a.txt", REPORT)
    write(tmp_path / "b.txt", REPORT)
    report = ingest(store, [tmp_path])
    assert (report.new, report.duplicate, report.facts) == (1, 1, 1)
    assert len(calls) == 1
    again = ingest(store, [tmp_path])
    assert (again.new, again.facts) == (0, 0)
    assert len(calls) == 1
    fact = store.query("SELECT * FROM facts")[0]
    assert (fact["kind"], fact["value"], fact["status"], fact["origin"]) == ("launched", 3, "pending", "machine")
    assert fact["created_at"]


def test_extractor_failure_keeps_the_article(store, tmp_path, monkeypatch):
    import store.extraction as extraction

    def broken(article):
        raise ValueError("boom")

    monkeypatch.setattr(extraction, "facts_for", broken)
    write(tmp_path / "a.txt", REPORT)
    report = ingest(store, [tmp_path])
    assert report.new == 1 and report.failed == []
    assert any("extractor failed" in w.reason and "boom" in w.reason for w in report.warnings)


def test_real_extractor_runs_at_ingest(store, tmp_path):
    # Through the real store.extraction.facts_for: whatever the rules find is stored
    # with valid spans into the stored text.
    write(tmp_path / "a.txt", "date 2024-01-20\n" + REPORT)
    report = ingest(store, [tmp_path])
    assert report.new == 1
    text = rows(store)[0]["text"]
    facts = store.query("SELECT * FROM facts")
    assert len(facts) == report.facts
    for fact in facts:
        assert text[fact["start"]:fact["end"]] == fact["text"]


def test_chunks_larger_than_one_transaction(store, tmp_path):
    lines = [json.dumps({"text": f"Report number {i}: {i % 7} shells fell."}) for i in range(2500)]
    lines.append(lines[10])
    write(tmp_path / "many.jsonl", "\n".join(lines) + "\n")
    progress = []
    report = ingest(store, [tmp_path], extract_facts=False, progress=progress.append)
    assert (report.new, report.duplicate, report.files) == (2500, 1, 1)
    assert progress == [1]
    assert store.query("SELECT count(*) AS n FROM articles")[0]["n"] == 2500


def test_stored_rows_keep_what_was_there(store, tmp_path):
    from store.review import set_note

    write(tmp_path / "a.txt", REPORT)
    ingest(store, [tmp_path], extract_facts=False)
    article_id = rows(store)[0]["id"]
    set_note(store, article_id, "checked by hand")
    write(tmp_path / "b.bin.txt", b"\x00\x01binary")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.failed and report.duplicate == 1
    assert rows(store)[0]["note"] == "checked by hand"


@pytest.mark.parametrize("name", ["a.TXT", "b.Md", "c.JSONL"])
def test_extension_case_does_not_matter(tmp_path, name):
    content = json.dumps({"text": "x y z"}) if name.endswith("JSONL") else REPORT
    articles, errors = read_path(write(tmp_path / name, content))
    assert len(articles) == 1 and errors == []


def test_connection_settings_are_restored_after_a_run(store, tmp_path):
    names = ("synchronous", "cache_size", "wal_autocheckpoint")
    before = {n: store.query(f"PRAGMA {n}")[0][n] for n in names}
    write(tmp_path / "a.txt", REPORT)
    ingest(store, [tmp_path / "a.txt"], extract_facts=False)
    assert {n: store.query(f"PRAGMA {n}")[0][n] for n in names} == before
