"""Reading a file's bytes safely: size limits, binary detection and decoding.

Every loader gets its text through here, so the checks a user relies on (binary, empty,
too large, not decodable) and the encoding warnings are the same for every format.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# One document (text, Markdown, HTML, a feed, a JSON file) larger than this is not a
# news report; refusing it keeps a stray log or dump from filling memory and the store.
MAX_FILE_BYTES = 20 * 1024 * 1024
# JSON Lines and CSV are read a line at a time, so a large export of many reports is
# fine; the limit only guards against pointing factdesk at a disk image.
MAX_STREAM_BYTES = 4 * 1024 * 1024 * 1024
# How much of a file's start is looked at to tell text from binary.
SNIFF_BYTES = 8192

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that do not occur in text files; tab, newlines, form feed and ESC do (an
# ANSI-coloured log is still text, and its escapes are stored as they are).
_BINARY_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")


class Rejected(Exception):
    """A whole file cannot be read; the message is the reason shown to the user."""


@dataclass
class Source:
    """One file being loaded, with what was noticed while reading it."""

    path: Path
    size: int = 0
    warnings: list[tuple[int | None, str]] = field(default_factory=list)
    encoding: str = "utf-8"

    def warn(self, reason: str, line: int | None = None) -> None:
        self.warnings.append((line, reason))

    def head(self, n: int = SNIFF_BYTES) -> bytes:
        try:
            with open(self.path, "rb") as f:
                return f.read(n)
        except OSError as exc:
            raise Rejected(_os_reason(exc)) from None

    def check(self, limit: int | None = None) -> bytes:
        """The file's first bytes, once size, emptiness and binary content are checked."""
        limit = MAX_FILE_BYTES if limit is None else limit
        try:
            self.size = os.stat(self.path).st_size
        except OSError as exc:
            raise Rejected(_os_reason(exc)) from None
        if self.size > limit:
            raise _too_large(self.size, limit)
        head = self.head()
        if not head:
            raise Rejected("empty file")
        looks_binary(head)
        return head

    def read_text(self, limit: int | None = None) -> str:
        """The whole file as text: BOM dropped, CRLF made LF, other encodings decoded
        with a warning. Raises Rejected for a file that is not text."""
        limit = MAX_FILE_BYTES if limit is None else limit
        # One open and one read: most files are small reports, and a second pass over
        # each shows in the throughput of a folder of thousands.
        try:
            with open(self.path, "rb") as f:
                self.size = os.fstat(f.fileno()).st_size
                if self.size > limit:
                    raise _too_large(self.size, limit)
                data = f.read()
        except OSError as exc:
            raise Rejected(_os_reason(exc)) from None
        if not data:
            raise Rejected("empty file")
        looks_binary(data[:SNIFF_BYTES], whole=data)
        text, encoding = decode(data)
        self.encoding = encoding
        if encoding not in ("utf-8", "utf-8-sig", "ascii"):
            self.warn(f"not UTF-8; read as {encoding}")
        if not text.strip():
            raise Rejected("empty file" if not text else "empty file (only white space)")
        return text.replace("\r\n", "\n")

    def lines(self, limit: int | None = None) -> Iterator[tuple[int, str]]:
        """(line number, line with its ending) one at a time, so a large export never sits
        in memory whole. Each line is decoded on its own: a stray cp1252 line in a UTF-8
        file is read and reported, not fatal."""
        limit = MAX_STREAM_BYTES if limit is None else limit
        head = self.check(limit)
        bom = _bom(head)
        if bom in ("utf-16", "utf-32"):
            # Multi-byte encodings cannot be split on b"\n"; such files are small in
            # practice (spreadsheet exports), so read them whole.
            text = self.read_text(min(limit, MAX_FILE_BYTES))
            for number, line in enumerate(text.splitlines(keepends=True), start=1):
                yield number, line
            return
        fallback_lines: list[int] = []
        fallback_name = ""
        try:
            f = open(self.path, "rb")
        except OSError as exc:
            raise Rejected(_os_reason(exc)) from None
        with f:
            for number, raw in enumerate(f, start=1):
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    try:
                        line, fallback_name = decode_non_utf8(raw)
                    except Rejected as exc:
                        self.warn(f"line skipped: {exc}", number)
                        continue
                    fallback_lines.append(number)
                yield number, line
        if fallback_lines:
            where = _line_list(fallback_lines)
            self.warn(f"not UTF-8 on {where}; read as {fallback_name}")


def looks_binary(head: bytes, whole: bytes | None = None) -> None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise Rejected(f"binary file ({what}), not text")
    if _bom(head) in ("utf-16", "utf-32"):
        return
    sample = whole if whole is not None else head
    if b"\x00" in sample:
        raise Rejected("binary file (contains NUL bytes), not text")
    if len(_BINARY_BYTES.findall(head)) > max(8, len(head) // 20):
        raise Rejected("binary file (mostly control bytes), not text")


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). UTF-8 first (BOM dropped), then a clear single-byte
    encoding; anything else is Rejected."""
    bom = _bom(data)
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError:
            if bom == "utf-8-sig":
                # Some Windows tools write a UTF-8 BOM in front of cp1252 text.
                return decode_non_utf8(data[len(codecs.BOM_UTF8):])
            raise Rejected(f"starts with a {bom} byte order mark but is not {bom} text") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode_non_utf8(data)


def decode_non_utf8(data: bytes) -> tuple[str, str]:
    # Western European news text saved by Windows tools is cp1252 (curly quotes and
    # dashes at 0x91-0x97), a superset of latin-1's printable range. Charset guessers
    # misname short samples (cp1250, cp037), so cp1252 is tried first and accepted when
    # the result reads like Latin-script text: accented letters a minority.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_ascii_letters(text):
        return text, "cp1252 (Windows Western European)"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # a guesser failure is "not decodable", never a crash
        best = None
    # The guesser names some encoding for any bytes at all; only a guess whose result
    # reads as a language (coherence) is clear enough to store.
    if best is not None and best.encoding and best.chaos < 0.1 and best.coherence >= 0.2:
        return str(best), best.encoding
    raise Rejected("not UTF-8, and not clearly in any other encoding (undecodable); "
                   "save it as UTF-8")


def _mostly_ascii_letters(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    high = sum(1 for c in letters if ord(c) > 127)
    return high / len(letters) < 0.3


def _bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _too_large(size: int, limit: int) -> Rejected:
    return Rejected(f"too large ({_mb(size)}; the limit for this kind of file is {_mb(limit)})")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _os_reason(exc: OSError) -> str:
    return f"cannot read ({exc.strerror or exc})"


def _line_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5])
    more = f" and {len(numbers) - 5} more" if len(numbers) > 5 else ""
    return f"line{'s' if len(numbers) > 1 else ''} {shown}{more}"


@dataclass
class Bad:
    """One record of a file that cannot be stored (the rest of the file still loads)."""

    reason: str
    line: int | None = None
