"""Bad input: each bad file or record is reported with its path and reason, everything
else in the same run is stored, and odd-but-readable input is stored with a warning."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from store.ingest import MAX_FILE_BYTES, ingest, read_path, walk_all
from store.ingest import source as source_module

GOOD = "Two rockets struck an airfield on Monday, the ministry said.\n"


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def failure(path: Path) -> str:
    articles, errors = read_path(path)
    assert articles == []
    assert len(errors) == 1
    assert errors[0].path == str(path)
    return errors[0].reason


def texts(store) -> list[str]:
    return [r["text"] for r in store.query("SELECT text FROM articles ORDER BY id")]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("nul.txt", b"Some text\x00\x00\x00 with NUL bytes", "binary"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        ("doc.md", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 14, 15, 16, 17]) * 50, "binary"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n\t \n", "empty"),
        ("header-only.txt", b"date 2024-01-01 World\n\n", "nothing after the date line"),
        ("undecodable.txt", b"Rockets \x81\x8d\x8f\x90\x9d \x81\x8d fell", "undecodable"),
        ("scalar.json", b"42", "expected an object or a list"),
        ("string.json", b'"a report"', "expected an object or a list"),
        ("empty-list.json", b"[]", "empty JSON list"),
        ("broken.json", b'{"text": "unterminated', "not valid JSON"),
        ("notext.json", b'{"title": "only a title"}', "no text field"),
        ("number-text.json", b'{"text": 42}', "'text' is a number, not text"),
        ("empty-text.json", b'{"text": "   "}', "empty 'text'"),
        ("notext.csv", b"headline,when\nA,2024-01-01\n", "no text column"),
        ("empty.csv", b"\n\n", "empty"),
        ("empty.jsonl", b"\n  \n", "empty"),
        ("notes.xml", b"<?xml version='1.0'?><notes><n>1</n></notes>", "not an RSS or Atom feed"),
        ("broken.rss", b"<rss><channel><item><title>x", "feed"),
    ],
)
def test_bad_file_is_reported(tmp_path, name, content, reason):
    assert reason in failure(write(tmp_path / name, content))


def test_too_large(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.write(b"A" * 100)
        f.truncate(MAX_FILE_BYTES + 1)
    assert MAX_FILE_BYTES == 20 * 1024 * 1024
    assert "too large" in failure(path)


def test_stream_limit_applies_to_jsonl(tmp_path, monkeypatch):
    monkeypatch.setattr(source_module, "MAX_STREAM_BYTES", 100)
    path = write(tmp_path / "a.jsonl", (json.dumps({"text": "x" * 80}) + "\n") * 3)
    assert "too large" in failure(path)


def test_unsupported_type_named_on_the_command_line_is_an_error(tmp_path):
    reason = failure(write(tmp_path / "report.docx", b"PK\x03\x04rest"))
    assert reason.startswith("unsupported file type .docx")


def test_folder_skips_unrelated_files_and_counts_them(store, tmp_path):
    tmp_path = tmp_path / "in"  # the store's own files live beside it
    tmp_path.mkdir()
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "archive.zip", b"PK\x03\x04")
    write(tmp_path / ".hidden.txt", "A hidden draft that must not be loaded at all, ever.")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git" / "notes.txt", "Git internals, never a report.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "b.md", "Three shells hit a market in the old town.\n")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.failed == []
    assert report.new == 2
    assert sorted(Path(p).name for p in report.skipped) == ["archive.zip", "photo.png"]
    assert len(texts(store)) == 2


def test_missing_path_is_reported_and_the_rest_loads(store, tmp_path):
    write(tmp_path / "a.txt", GOOD)
    report = ingest(store, [tmp_path / "nope", tmp_path / "a.txt"], extract_facts=False)
    assert report.new == 1
    assert [(e.path, e.reason) for e in report.failed] == [(str(tmp_path / "nope"), "no such file or folder")]


def test_mixed_folder_keeps_every_good_report(store, tmp_path):
    write(tmp_path / "01-good.txt", "date 2024-01-20\n" + GOOD)
    write(tmp_path / "02-binary.txt", b"\x7fELF\x02\x01\x01\x00\x00")
    write(tmp_path / "03-empty.txt", b"")
    write(tmp_path / "04-lines.jsonl",
          json.dumps({"text": "A drone was shot down over the bay."}) + "\n{nope\n"
          + json.dumps({"text": "Five mortar rounds hit the camp."}) + "\n")
    write(tmp_path / "05-good.html", "<html><body><article><p>Shelling hit a depot.</p></article></body></html>")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 4
    assert sorted((Path(e.path).name, e.line) for e in report.failed) == [
        ("02-binary.txt", None), ("03-empty.txt", None), ("04-lines.jsonl", 2)]
    assert report.files == 5


def test_nothing_stored_is_lost_when_a_run_has_failures(store, tmp_path):
    write(tmp_path / "a.txt", GOOD)
    ingest(store, [tmp_path], extract_facts=False)
    before = store.query("SELECT * FROM articles")
    write(tmp_path / "a.txt", b"\x00\x00 now binary")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.failed
    assert store.query("SELECT * FROM articles") == before


# --- encodings --------------------------------------------------------------------


def test_cp1252_with_curly_quotes_is_decoded_with_a_warning(store, tmp_path):
    text = "date 2024-01-20\n\u201cTwo drones\u201d hit the caf\u00e9 \u2014 no one was hurt, the mayor\u2019s office said.\n"
    write(tmp_path / "win.txt", text.encode("cp1252"))
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 1 and report.failed == []
    assert texts(store) == [text.split("\n", 1)[1]]
    assert len(report.warnings) == 1
    assert "cp1252" in report.warnings[0].reason
    assert report.warnings[0].path == str(tmp_path / "win.txt")


def test_latin1_french_is_decoded(tmp_path):
    text = "Le minist\u00e8re a d\u00e9clar\u00e9 que l\u2019arm\u00e9e \u00e9tait pr\u00eate.".replace("\u2019", "'")
    articles, errors = read_path(write(tmp_path / "fr.txt", text.encode("latin-1")))
    assert errors == []
    assert articles[0].text == text


def test_cp1252_line_in_a_utf8_jsonl_file(store, tmp_path):
    good = json.dumps({"text": "Caf\u00e9 hit by shell."}, ensure_ascii=False).encode("utf-8")
    odd = json.dumps({"text": "\u201cQuoted\u201d strike."}, ensure_ascii=False).encode("cp1252")
    write(tmp_path / "a.jsonl", good + b"\n" + odd + b"\n")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.new == 2 and report.failed == []
    assert texts(store) == ["Caf\u00e9 hit by shell.", "\u201cQuoted\u201d strike."]
    assert [(w.line, "line 2" in w.reason and "cp1252" in w.reason) for w in report.warnings] == [(None, True)]


def test_utf8_bom_is_dropped(tmp_path):
    art = read_path(write(tmp_path / "a.txt", b"\xef\xbb\xbf  date 2024-01-20 World\n" + GOOD.encode()))[0][0]
    assert art.published == "2024-01-20"
    assert art.text == GOOD
    csv_art = read_path(write(tmp_path / "a.csv", b"\xef\xbb\xbfText,Title\nBody here.,T\n"))[0][0]
    assert (csv_art.text, csv_art.title) == ("Body here.", "T")
    json_art = read_path(write(tmp_path / "a.json", b'\xef\xbb\xbf{"text": "J"}'))[0][0]
    assert json_art.text == "J"


def test_utf16_with_bom_is_read(tmp_path):
    articles, errors = read_path(write(tmp_path / "a.csv", "text,title\nShells fell.,T\n".encode("utf-16")))
    assert errors == []
    assert articles[0].text == "Shells fell."


def test_control_characters_and_escapes_are_stored_verbatim(store, tmp_path):
    nasty = "Rockets \x1b[31mRED\x1b[0m fell\x07 near \x1b]0;pwned\x07 the base\x08.\r Done [bold]x[/bold]\n"
    write(tmp_path / "a.txt", nasty)
    write(tmp_path / "b.jsonl", json.dumps({"text": "\x1b[2J cleared \u202e reversed"}) + "\n")
    report = ingest(store, [tmp_path], extract_facts=False)
    assert report.failed == []
    assert texts(store) == [nasty, "\x1b[2J cleared \u202e reversed"]


def test_walk_is_sorted_and_stable(tmp_path):
    for name in ("b.txt", "a.txt", "c.json"):
        write(tmp_path / name, GOOD)
    (tmp_path / "z").mkdir()
    write(tmp_path / "z" / "a.md", GOOD)
    found = walk_all([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found.files] == ["a.txt", "b.txt", "c.json", "z/a.md"]


# --- CSV quoting ----------------------------------------------------------------------


def test_csv_unterminated_quote_is_reported_and_earlier_rows_kept(store, tmp_path):
    path = write(tmp_path / "wire.csv",
                 "id,text,published\n"
                 '1,"Two rockets hit the base.",2024-01-01\n'
                 '2,"Rockets hit the town,2024-01-01\n'
                 "3,Shells fell on the market.,2024-01-02\n"
                 "4,A drone was seen over the port.,2024-01-03\n")
    report = ingest(store, [path], extract_facts=False)
    assert texts(store) == ["Two rockets hit the base."]
    assert [(e.path, e.line) for e in report.failed] == [(str(path), 3)]
    reason = report.failed[0].reason
    assert reason.startswith("unterminated quote starting on line 3")
    assert "lines 3-5 were not read" in reason
    assert str(report.failed[0]).startswith(f"{path}:3: ")


def test_csv_unterminated_quote_on_the_last_line(tmp_path):
    path = write(tmp_path / "a.csv", 'text\nMortars hit the camp.\n"A drone came down')
    articles, errors = read_path(path)
    assert [a.text for a in articles] == ["Mortars hit the camp."]
    assert [(e.line, e.reason.split(":")[0]) for e in errors] == [
        (3, "unterminated quote starting on line 3")]
    assert "line 3 was not read" in errors[0].reason


def test_csv_quote_closed_by_the_next_rows_quote_loses_only_those_lines(store, tmp_path):
    # Every cell quoted, one closing quote missing: the next row's opening quote closes
    # it. The two rows it ran together are reported; the rows after them still load.
    path = write(tmp_path / "quoted.csv",
                 'title,text\n'
                 '"A","Two rockets hit the base."\n'
                 '"B","Rockets hit the town\n'
                 '"C","Shells fell on the market."\n'
                 '"D","A drone was seen over the port."\n')
    report = ingest(store, [path], extract_facts=False)
    assert texts(store) == ["Two rockets hit the base.", "A drone was seen over the port."]
    assert [e.line for e in report.failed] == [3]
    reason = report.failed[0].reason
    assert reason.startswith("unterminated quote starting on line 3")
    assert "lines 3-4 were not read" in reason


def test_csv_unterminated_quote_in_the_header(tmp_path):
    reason = failure(write(tmp_path / "a.csv", '"text,title\nShelling was heard.,T\n'))
    assert reason.startswith("unterminated quote starting on line 1 (the header row)")


def test_csv_text_after_a_closing_quote_is_one_bad_row(tmp_path):
    path = write(tmp_path / "a.csv", 'text\n"Rockets" fell\n"He said ""two"" fell"\n')
    articles, errors = read_path(path)
    assert [a.text for a in articles] == ['He said "two" fell']
    assert [e.line for e in errors] == [2]
    assert "closing quote is followed by text" in errors[0].reason


# --- HTML without an article -------------------------------------------------------

NAV_ONLY = """<!DOCTYPE html>
<html><head><title>City Courier | Home</title></head><body>
<header><a href="/">City Courier</a></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<footer><p>Copyright 2024 City Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_html_with_only_navigation_is_reported_like_an_empty_file(store, tmp_path):
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    write(tmp_path / "a.txt", GOOD)
    page = write(tmp_path / "home.html", NAV_ONLY)
    report = ingest(store, [tmp_path], extract_facts=False)
    assert texts(store) == [GOOD]  # the title alone is not stored as a report
    assert [(e.path, e.reason) for e in report.failed] == [
        (str(page), "no article text found in the page")]


@pytest.mark.parametrize("body", [
    # chrome marked only by class or id
    '<div id="menu"><a href="/a">World</a> | <a href="/b">Weather</a></div>'
    '<div class="site-footer">Copyright 2024 Harbour Post. All rights reserved.</div>',
    # a headline over a list of links: an index page, not a report
    '<h1>Latest</h1><ul><li><a href="/1">Shelling near the river</a></li>'
    '<li><a href="/2">Drones over the port</a></li></ul>',
], ids=["menu-and-footer-divs", "headline-over-links"])
def test_html_of_links_and_headings_is_not_an_article(tmp_path, body):
    page = write(tmp_path / "index.html", f"<html><head><title>Harbour Post</title></head><body>{body}</body></html>")
    assert failure(page).startswith("no article text found in the page")


def test_html_short_report_with_links_is_still_an_article(tmp_path):
    page = write(tmp_path / "p.html", '<html><body><div class="menu"><a href="/">Home</a></div>'
                 '<p>Rockets hit <a href="/port">the port</a> on Monday.</p></body></html>')
    articles, errors = read_path(page)
    assert errors == []
    assert [a.text for a in articles] == ["Rockets hit the port on Monday."]


# --- wording of JSON errors ----------------------------------------------------------


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("open.json", '{"text": "Shells fell', "not valid JSON at line 1, column 10: "
     "a string that is never closed (no closing quote)"),
    ("open-line.json", '{"text": "Shells fell\n}', "not valid JSON at line 1, column 22: "
     "a string not closed before the end of the line (a line break in a string is written \\n)"),
    ("tab.json", '{"text": "a\tb"}', "not valid JSON at line 1, column 12: "
     "a tab inside a string (write it as \\t)"),
    ("colon.json", '{"text" "x"}', "not valid JSON at line 1, column 9: expected ':' after a key"),
    ("null.json", "null", "the JSON is null; expected an object or a list of objects"),
    ("flag.json", "true", "the JSON is a true/false value; expected an object or a list of objects"),
])
def test_json_file_errors_in_plain_words(tmp_path, name, content, reason):
    assert failure(write(tmp_path / name, content)) == reason


def test_json_record_errors_in_plain_words(tmp_path):
    items = [7, None, {"text": 3}, {"text": {"p": "x"}}, {"text": False}, {"text": ["a"]}]
    _, errors = read_path(write(tmp_path / "a.json", json.dumps(items)))
    assert [e.reason for e in errors] == [
        "item 1 is a number, not an object with a text field",
        "item 2 is null, not an object with a text field",
        "item 3: 'text' is a number, not text",
        "item 4: 'text' is an object, not text",
        "item 5: 'text' is a true/false value, not text",
        "item 6: 'text' is a list, not text",
    ]


def test_jsonl_errors_in_plain_words(tmp_path):
    lines = ['{"text": "Rockets hit the port.', '{"text": 1.5}', '"just a string"',
             '{"text": "x"} trailing', '{"text": "bad \\q escape"}']
    _, errors = read_path(write(tmp_path / "a.jsonl", "\n".join(lines) + "\n"))
    assert [(e.line, e.reason) for e in errors] == [
        (1, "malformed JSON at column 10: a string that is never closed (no closing quote)"),
        (2, "'text' is a number, not text"),
        (3, "a string, not a JSON object"),
        (4, "malformed JSON at column 15: more text after the end of the JSON value"),
        (5, "malformed JSON at column 15: a backslash that does not start a valid escape"),
    ]
    for e in errors:
        # no "at at column", no "a int" / "a object"
        assert not re.search(r"\b(\w+) \1\b", e.reason), e.reason
        assert not re.search(r"\ba [aeiou]", e.reason), e.reason
