"""The main event's day in shapes the h22 reports taught (invented texts): a night's
reporting window, a dateline on a line of its own, a background paragraph that names a
day, an alert timeline that tells only the hour."""

from __future__ import annotations

from extract import extract
from extract.document import parse


def main_dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(f.value, f.text) for f in extract(text, published).facts
            if f.kind == "event_date" and f.main_event]


def test_a_nights_window_opening_the_day_before_is_not_its_day() -> None:
    text = ("Air force: 40 drones downed\n\nOn the night of 8 November (from 18:00 on 7 November), "
            "the enemy attacked with 45 drones.\n")
    assert main_dates(text, "2025-11-08") == [("2025-11-08", "8 November")]


def test_a_dateline_alone_on_its_line_leaves_the_lead_after_it() -> None:
    text = ("Central Command Update\n\nTAMPA, Fla. -\n\nOn Feb. 6, militants fired three missiles at a "
            "cargo ship in the Gulf of Aden.\n\nLater, a destroyer shot down one drone.\n")
    doc = parse(text)
    assert doc.dateline is not None and text[doc.dateline.start : doc.dateline.end] == "TAMPA, Fla. -"
    assert [b.kind for b in doc.blocks] == ["headline", "byline", "body", "body"]
    assert main_dates(text, "2024-02-07") == [("2024-02-06", "On Feb. 6")]


def test_a_day_inside_a_background_paragraph_is_not_the_main_day() -> None:
    text = ("Two launches toward Netivot\n\nSirens sounded at 09:12 in Netivot, and two launches were "
            "detected. One was intercepted.\n\nBackground: More than 10,000 rockets have been fired "
            "since the war began. Launches toward Netivot are rare; the last, on May 2, ended with "
            "two rockets falling in fields.\n")
    assert main_dates(text, "2024-05-29") == [("2024-05-29", "at 09:12")]


def test_an_hour_in_the_lead_gives_way_to_a_day_told() -> None:
    text = ("Rockets at Sderot\n\nSirens sounded at 13:27 in Sderot after militants fired two "
            "rockets.\n\nThe army said the rockets were fired on Tuesday from Beit Hanoun.\n")
    assert main_dates(text, "2024-05-30") == [("2024-05-28", "on Tuesday")]
    # a posting time in the lead ("(Telegram, 08:12)") is no hour of the attack
    text = "Regional summary\n\nRegional administration (Telegram, 08:12):\n\nShelling hit two villages.\n"
    assert main_dates(text, "2025-07-16") == []


def test_a_release_header_is_no_lead() -> None:
    text = ("Command: militants fire two missiles into the Gulf of Aden\n\nU.S. Central Command\n\n"
            "RELEASE NO. 20240702-03\n\nFOR IMMEDIATE RELEASE\n\nJuly 2, 2024\n\nTAMPA, Fla.\n\n"
            "On July 1, between 1:15 p.m. and 3:40 p.m. (Sanaa time), militants fired two missiles "
            "into the Gulf of Aden.\n")
    doc = parse(text)
    assert [b.kind for b in doc.blocks] == ["headline"] + ["byline"] * 5 + ["body"]
    # the hour's zone in brackets does not start a sentence
    assert len([x for x in doc.sentences if x.block.kind == "body"]) == 1
    assert main_dates(text, "2024-07-02") == [("2024-07-01", "On July 1")]


def test_an_editors_note_and_a_place_date_line_are_no_lead() -> None:
    text = ("Drones downed over the sea\n\nThe following is the text of a news release issued Monday.\n\n"
            "On Feb. 11, forces shot down seven drones over the Red Sea.\n")
    assert main_dates(text, "2024-02-12") == [("2024-02-11", "On Feb. 11")]
    text = ("Three drones targeted the airport\n\nErbil, 22 January 2026\n\nOn Tuesday, 20 January 2026, "
            "three drones targeted the airport.\n")
    assert main_dates(text, "2026-01-22") == [("2026-01-20", "On Tuesday, 20 January 2026")]


def test_the_day_an_article_was_published_is_no_attack_day() -> None:
    text = ("Correction: the air strike killed 14, not 40\n\nAn article published on Friday, April 24, said 40 people were killed in the "
            "strike. It took place on Wednesday, April 22.\n")
    assert main_dates(text, "2026-04-26") == [("2026-04-22", "on Wednesday, April 22")]


def test_a_short_deck_with_a_figure_stays_in_the_body() -> None:
    doc = parse("Rockets hit the north\n\nArmy says 13 intercepted\n\nMilitants fired 15 rockets.\n")
    assert [b.kind for b in doc.blocks] == ["headline", "body", "body"]


def test_a_day_beats_a_loose_month_in_the_lead() -> None:
    text = ("Rockets hit Haifa\n\nHezbollah fired a barrage of rockets at Haifa on Sunday morning, in one "
            "of the heaviest salvos since fighting with the group escalated last month.\n")
    assert main_dates(text, "2024-10-20") == [("2024-10-20", "on Sunday morning")]


def test_an_editors_note_after_a_dateline_is_no_lead() -> None:
    text = ("Briefing: two soldiers killed at a base\n\nABUJA - The following is an edited transcript of "
            "the media briefing of the defence headquarters on Thursday.\n\nOn Sunday night, terrorists "
            "attacked the base with mortars, killing two soldiers.\n")
    assert main_dates(text, "2025-09-26") == [("2025-09-21", "On Sunday night")]


def test_a_title_case_deck_is_no_issuer_line() -> None:
    doc = parse("Attack on base\n\nFive Soldiers Killed\n\nThe army said the attack happened on Friday.\n")
    assert [b.kind for b in doc.blocks] == ["headline", "body", "body"]


def test_next_to_a_place_is_no_future() -> None:
    text = ("Mortars hit Mogadishu\n\nMOGADISHU — Mortar shells crashed into a neighbourhood next to the "
            "main airport late Tuesday, killing two people.\n")
    assert main_dates(text, "2026-01-14") == [("2026-01-13", "late Tuesday")]
    # ... while "next" before a day still looks ahead
    text = "Talks\n\nMilitants fired two rockets at the base on Monday. Talks are due next Tuesday.\n"
    assert main_dates(text, "2026-01-14") == [("2026-01-12", "on Monday")]
