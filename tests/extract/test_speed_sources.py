"""The one-scan speech verbs of sources against the per-sentence scan they replace, and
the background rules of events, gated by the document's words, against the rules
tried on every sentence."""

from __future__ import annotations

from pathlib import Path

from extract import events, sources
from extract.document import fold, parse

CORPUS = sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    # odd casing and non-ASCII letters beside the verbs ("ésaid", "saidé")
    return texts + [t.upper() for t in texts[::7]] + [
        "He said it. They éxsaid it. Résaid. Saidé told. “Told” — said X, ıtold"]


def test_verb_starts_match_the_sentence_scans() -> None:
    for text in _texts():
        doc = parse(text)
        starts = sources._verb_starts(text)
        for sent in doc.sentences:
            want = [sent.start + m.start() for m in sources._speech_verbs(sent.text(doc))]
            assert [v for v in starts if sent.start <= v < sent.end] == want, sent.text(doc)


def test_background_cues_of_the_document() -> None:
    for text in _texts():
        doc, folded = parse(text), fold(text)
        cues = events._cues_in(folded)
        for sent in doc.sentences:
            low = folded[sent.start : sent.end]
            assert events._is_background(sent.text(doc), low, cues) == events._is_background(
                sent.text(doc), low), sent.text(doc)
