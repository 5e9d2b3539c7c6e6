"""Article structure with exact offsets (invented articles)."""

from __future__ import annotations

from datetime import date

from extract.document import is_caption, is_headline_like, parse

PUB = date(2024, 5, 4)

ARTICLE = (
    "Soldiers patrol a market in Dorra on 12 March 2009. FILE PHOTO/Staff\n"
    "Drones hit border post, two guards hurt\n"
    "\n"
    "DORRA, Testland (Wire) - Two drones hit a border post on Saturday, officials said.\n"
    "\n"
    "Read more: Ceasefire talks stall again\n"
    "\n"
    "One guard was hurt. “Both exploded,” the commander said.\n"
    "\n"
    "Army chief visits the wounded in hospital\n"
    "\n"
    "The post was hit twice last year.\n"
)


def kinds(text: str) -> list[tuple[str, str]]:
    doc = parse(text, PUB)
    return [(b.kind, text[b.start : b.end][:20]) for b in doc.blocks]


def test_blocks() -> None:
    got = [k for k, _ in kinds(ARTICLE)]
    assert got == ["caption", "headline", "body", "related", "body", "related", "body"]


def test_dateline_section() -> None:
    doc = parse(ARTICLE, PUB)
    assert doc.dateline is not None
    assert ARTICLE[doc.dateline.start : doc.dateline.end].startswith("DORRA, Testland (Wire) -")


def test_sentences_cover_exact_offsets() -> None:
    doc = parse(ARTICLE, PUB)
    texts = [s.text(doc) for s in doc.sentences]
    assert "One guard was hurt." in texts
    assert "“Both exploded,” the commander said." in texts
    for s in doc.sentences:
        assert ARTICLE[s.start : s.end] == s.text(doc)
        assert doc.sentence_at(s.start) is s
        assert doc.sentence_at(s.end - 1) is s


def test_abbreviations_do_not_split() -> None:
    doc = parse("Lt. Col. Ray Moss said the U.S. base was hit. Nothing else.", PUB)
    assert len(doc.sentences) == 2


def test_naval_and_police_ranks_do_not_split() -> None:
    text = "\"We were ready,\" said Cmdr. Dan Ortiz of the destroyer. Supt. Ali Khan agreed. Cpl. Bo Lee left."
    assert len(parse(text, PUB).sentences) == 3
    # a word that only ends like a rank still ends its sentence
    assert len(parse("The ship's commander. It sailed on.", PUB).sentences) == 2


def test_paragraph_ending_in_quote_is_not_a_headline() -> None:
    assert not is_headline_like("He said that “two fell on the base.”")
    assert is_headline_like("Two rockets fall on base near river")


def test_caption_cues() -> None:
    assert is_caption("Guards at the gate. AFP PHOTO/Someone", PUB)
    assert is_caption("Troops in the city on 3 June 2011.", PUB)
    assert not is_caption("Troops in the city on 3 June 2024.", PUB)


def test_hard_wrapped_paragraph_is_one_block() -> None:
    text = "Two rockets hit the base near\nthe river, officials said.\n"
    doc = parse(text, PUB)
    assert len(doc.blocks) == 1 and doc.blocks[0].kind == "body"


def test_empty_and_blank_text() -> None:
    for text in ("", "\n\n  \n"):
        doc = parse(text, PUB)
        assert doc.blocks == [] and doc.sentences == []
        assert doc.sentence_at(0) is None


LIVE = (
    "Ukraine war live: bombs hit Kharkiv\n\n"
    "Key points\n"
    "- Russian bombs hit Kharkiv on Friday morning\n"
    "- Three dead, mayor says\n\n"
    "12:40 - Toll rises to three\n"
    "The mayor said a third body had been found.\n\n"
    "Read more: Ceasefire talks stall again\n\n"
    "Background\n"
    "Russia has dropped thousands of bombs since the start of the year.\n"
)


def test_live_blog_titles_labels_and_points_are_the_reports_own_text() -> None:
    doc = parse(LIVE, PUB)
    got = [(b.kind, b.role, LIVE[b.start:b.end][:12]) for b in doc.blocks]
    assert got == [
        ("headline", "", "Ukraine war "),
        ("body", "label", "Key points"),
        ("body", "point", "- Russian bo"),
        ("body", "point", "- Three dead"),
        ("body", "title", "12:40 - Toll"),
        ("body", "", "The mayor sa"),
        # a link line stays a link, and a bullet with no label above it is no point
        ("related", "", "Read more: C"),
        ("body", "label", "Background"),
        ("body", "", "Russia has d"),
    ]
    # a bullet list in plain prose is left as it was
    plain = parse("Rockets hit Dorra on Saturday\n\nTwo rockets hit the town.\n\n- Related: talks stall\n", PUB)
    assert [b.role for b in plain.blocks] == ["", "", ""]


def test_a_date_stamp_and_a_release_number_are_no_lead() -> None:
    text = (
        "Navy destroys four drones over the gulf\n\nJune 10, 2026\nRelease Number: 26-061\n\n"
        "PORTVILLE - On June 9, the navy destroyed four drones.\n"
    )
    assert [k for k, _ in kinds(text)] == ["headline", "byline", "byline", "body"]
    assert [k for k, _ in kinds("Drones hit port\n\nUpdated: Tuesday, 4 March 2025 14:05 GMT\n\nTwo drones hit.\n")] == [
        "headline", "byline", "body"]


def test_a_date_alone_in_prose_stays_body() -> None:
    # a sentence that begins with a date is prose, not a stamp
    assert kinds("Drones hit port\n\nJune 10, 2026 was the day two drones hit the port.\n")[1][0] == "body"


def test_agency_dateline_with_a_date() -> None:
    text = "Soldier killed near border\n\nKARSTAD, June 19. A serviceman was killed overnight.\n"
    doc = parse(text, PUB)
    assert doc.dateline is not None
    assert text[doc.dateline.start : doc.dateline.end] == "KARSTAD, June 19. "
    # a town and a date without a full stop after it is no such dateline
    assert parse("Soldier killed\n\nKARSTAD, June 19 was quiet until dusk.\n", PUB).dateline is None


def test_opening_captions_told_by_their_own_words_or_their_date() -> None:
    # "in this image taken from a video on ...": a caption, though its date is recent
    text = ("Smoke rises over the market after shelling, in this image taken from a video on May 1, 2024. "
            "Ten people were killed that day.\nShells hit the market again\n\nShells hit the market on Friday.\n")
    assert [k for k, _ in kinds(text)][:2] == ["caption", "headline"]
    # wire style: a description that ends in its own date
    text = ("A woman carries water past shelters near the camp, March 2, 2024.\n"
            "Shells hit displacement camps\n\nShells hit two camps on Friday.\n")
    assert [k for k, _ in kinds(text)][:2] == ["caption", "headline"]
    # a lead that merely ends in a date is still the lead when the headline came first
    text = "Shells hit two camps\n\nShells hit two camps near the town, officials said on May 3, 2024.\n"
    assert [k for k, _ in kinds(text)] == ["headline", "body"]


def test_a_dateline_with_two_places_and_the_filing_day() -> None:
    doc = parse("Drone strike on market kills 14\n\nEL OBEID / DILLING – December 9, 2026\n\n"
                "At least 14 people were killed on Tuesday.\n")
    assert doc.dateline is not None
    assert doc.text[doc.dateline.start : doc.dateline.end].startswith("EL OBEID / DILLING")
    # a place line with prose after the date is no dateline alone
    doc = parse("Drone strike on market kills 14\n\nEL OBEID / DILLING – December 9, 2026 was a hard day\n\n"
                "At least 14 people were killed on Tuesday.\n")
    assert doc.dateline is None or not doc.text[doc.dateline.start : doc.dateline.end].endswith("2026")


def test_a_bulletins_place_date_and_hour_is_a_dateline() -> None:
    doc = parse("Ministry bulletin on the consequences of enemy attacks\n\n"
                "Kyiv, 08.12.2026, 09:00. Data as of 08:00 on 8 December.\n")
    assert doc.dateline is not None
    assert doc.text[doc.dateline.start : doc.dateline.end].startswith("Kyiv, 08.12.2026, 09:00.")
    # an agency's dateline with the month in capitals and its name
    doc = parse("Shelling on the border\n\nYEREVAN, MAY 22, ARMENPRESS. Units opened fire at positions.\n")
    assert doc.dateline is not None and doc.text[doc.dateline.start : doc.dateline.end].startswith("YEREVAN, MAY 22")
    # (a sentence that opens with a place and a year is no dateline)
    doc = parse("Shelling on the border\n\nKyiv, 2026 saw many attacks. Units opened fire at positions.\n")
    assert doc.dateline is None


def test_a_dateline_with_two_places_and_a_day() -> None:
    doc = parse("UN counts December's toll\n\nGENEVA/KYIV, 9 January - At least 182 civilians were killed.\n")
    assert doc.dateline is not None
    assert doc.text[doc.dateline.start : doc.dateline.end].startswith("GENEVA/KYIV, 9 January -")


def test_a_photo_credit_closes_a_caption_after_the_headline() -> None:
    text = ("Russia hits Kyiv with 38 missiles overnight\n"
            "Firefighters put out a blaze at a building hit during an attack on Sept. 7, which killed four "
            "people. (State Emergency Service / Telegram)\n\n"
            "Russia launched 38 missiles against Ukraine overnight on Nov. 29, authorities reported.\n")
    doc = parse(text)
    assert [b.kind for b in doc.blocks] == ["headline", "caption", "body"]
    # (a paragraph with a slash in brackets mid-way is body)
    doc = parse("Strike on the port\n\nThe strike (the second / third this week) hit the port on Monday.\n")
    assert [b.kind for b in doc.blocks] == ["headline", "body"]


def test_a_standfirst_under_the_headline() -> None:
    text = ("Two rockets fired from Gaza at Sderot\n\n"
            "No group claimed the launch; civil defense says father and son killed in retaliatory strike\n\n"
            "GAZA, Nov 29 (Reuters) - Two rockets were fired toward Sderot late on Saturday, the army said.\n")
    doc = parse(text)
    assert [(b.kind, b.role) for b in doc.blocks] == [("headline", ""), ("body", "standfirst"), ("body", "")]
    assert doc.dateline is not None  # (the lead after it keeps its dateline)
    # (a channel's name over the headline, or a line that tells nothing, is no standfirst)
    doc = parse("Odesa Regional Military Administration | Head of the RMA\n"
                "Overnight drone attack on Odesa region\n\nMassive attack on our region last night.\n")
    assert "standfirst" not in [b.role for b in doc.blocks]


def test_an_outlets_name_before_a_date_is_a_stamp() -> None:
    doc = parse("US strikes militia sites in western Iraq\n\nBy Jared Keene\nStars and Stripes • December 5, 2026\n\n"
                "Drones struck the garrison on Thursday.\n")
    assert [b.kind for b in doc.blocks] == ["headline", "byline", "byline", "body"]


def test_an_hours_time_zone_does_not_split() -> None:
    text = "Drones were downed between 11 p.m. Moscow time and 7 a.m., the ministry said. Then it ended."
    assert len(parse(text, PUB).sentences) == 2
    assert len(parse("Sirens sounded at 11 p.m. Rockets hit the town.", PUB).sentences) == 2


def test_a_dot_leader_before_a_figure_does_not_split() -> None:
    doc = parse("KEY FIGURES\n\nDrones launched ............ 3\n\nShot down .... 2\n", PUB)
    assert [doc.text[s.start : s.end] for s in doc.sentences][1:] == ["Drones launched ............ 3", "Shot down .... 2"]
    assert len(parse("He paused... Then rockets fell.", PUB).sentences) == 2


def test_a_desk_line_is_a_byline_so_the_dateline_after_it_opens_the_lead() -> None:
    text = ("Troops shell forward areas, two killed\n\nExcelsior Correspondent\n\n"
            "POONCH, Dec 11: Two jawans were killed this evening.\n")
    doc = parse(text, PUB)
    assert [b.kind for b in doc.blocks] == ["headline", "byline", "body"]
    assert doc.dateline is not None and text[doc.dateline.start : doc.dateline.end] == "POONCH, Dec 11: "
    # a line that only ends in a desk's word but says more is prose
    assert kinds("Headline of the story\n\nThe strike hit the office of a Correspondent\n")[1][0] == "body"


def test_an_agencys_line_over_translated_copy_is_no_lead() -> None:
    text = ("Police headquarters attacked\n\nZahedan - IRNA - Thursday 26 Azar 1405 (translated from Persian)\n\n"
            "Three police were killed late on Wednesday night.\n")
    assert [k for k, _ in kinds(text)] == ["headline", "byline", "body"]


def test_a_live_entry_title_under_its_time_and_a_list_by_type_are_the_reports_own() -> None:
    text = ("Live: rockets hit the Galilee\n\nThe updates from Thursday.\n\n11:05 am\n"
            "MDA: Woman, 71, moderately hurt in Shlomi\n\nMedics say the roads are closed.\n\n"
            "Shot down / suppressed: 101\n\n▪️ Iskander-M — 1 of 2\n\nRelated: Talks stall again in Geneva\n")
    doc = parse(text, PUB)
    assert [(b.kind, b.role) for b in doc.blocks] == [
        ("headline", ""), ("body", ""), ("body", ""), ("body", "title"), ("body", ""),
        ("body", ""), ("body", ""), ("related", "")]


def test_a_social_posts_stamp_with_its_audience_mark_is_a_byline() -> None:
    text = "Somali Police Force - SPF\n\nDecember 24, 2026 at 10:31 AM · 🌍\n\nThe police say 6 mortar rounds were fired last night.\n"
    doc = parse(text, PUB)
    assert [b.kind for b in doc.blocks] == ["headline", "byline", "body"]


def test_a_caption_with_its_credit_in_square_brackets_opens_the_report() -> None:
    text = ("Residents inspect a house hit in an air strike, in which nine members of one family were killed "
            "[File: Al Jazeera]\n\nShelling of school shelter kills at least 17\n\nThe attack began at dawn.\n")
    assert [k for k, _ in kinds(text)] == ["caption", "headline", "body"]
    text = "A man walks past rubble [Mohammed Salem/Reuters]\n\nDrone strike kills two\n\nTwo men died.\n"
    assert [k for k, _ in kinds(text)][0] == "caption"
    # an editor's bracket in prose is no credit
    assert [k for k, _ in kinds("Drone strike kills two\n\nThe mayor said the city was [sic] calm.\n")] == [
        "headline", "body"]


def test_a_dateline_with_its_year_and_a_note_to_editors_before_it() -> None:
    text = "Talks suspended after strike\n\nDOHA, May 19, 2027 (AFP) - The rebels left the talks on Wednesday.\n"
    doc = parse(text, PUB)
    assert doc.dateline is not None
    assert text[doc.dateline.start : doc.dateline.end] == "DOHA, May 19, 2027 (AFP) - "
    # an agency's note to editors is no lead: the dateline after it still opens the story
    text = ("Sailor injured as missiles hit ship\n\n(ATTN: UPDATES with claim in para 3)\n\n"
            "SEOUL, Feb. 4 (Yonhap) -- A sailor was hurt, the ministry said.\n")
    doc = parse(text, PUB)
    assert [b.kind for b in doc.blocks] == ["headline", "byline", "body"]
    assert doc.dateline is not None and text[doc.dateline.start : doc.dateline.end].startswith("SEOUL, Feb. 4")


def test_a_release_that_opens_with_its_label_and_its_office() -> None:
    text = (
        "PRESS RELEASE\nPublic Affairs Office, 103rd Infantry (Haribon) Brigade, 1st Infantry Division, Philippine Army\n\n"
        "3 DI terrorists killed, 2 captured in Butig operations; 1 soldier KIA\n\n"
        "CAMP RANAO, Marawi City – Troops killed three militants on Wednesday.\n"
    )
    assert [k for k, _ in kinds(text)] == ["byline", "byline", "headline", "body"]


def test_a_dateline_closed_by_a_stop_and_a_dash() -> None:
    doc = parse("Drones drop explosives on homes\n\nMORELIA, Mich., Feb. 9 (wire).– Two women were killed.\n", PUB)
    assert doc.dateline is not None
    assert doc.text[doc.dateline.start : doc.dateline.end].startswith("MORELIA, Mich., Feb. 9 (wire).–")


def test_a_byline_before_a_title_case_headline_leaves_it_the_headline() -> None:
    # (only a release's label, "PRESS RELEASE", makes the next line its issuing office)
    text = "By Jane Doe\n\nPolice Chief Vows Justice After Market Bombing In Kano\n\nKANO - A bomb killed two people.\n"
    assert [k for k, _ in kinds(text)][:2] == ["byline", "headline"]


def test_a_release_label_after_a_stamp_still_opens_the_issuer_line() -> None:
    text = (
        "12 January 2027\n\nPRESS RELEASE\nPublic Affairs Office, 103rd Infantry (Haribon) Brigade, 1st Infantry Division, "
        "Philippine Army\n\n3 DI terrorists killed in Butig operations\n\nCAMP RANAO – Troops killed three militants.\n"
    )
    assert [k for k, _ in kinds(text)][2:4] == ["byline", "headline"]
