"""Date phrases resolved against the publication day (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import dates
from extract.document import parse

SAT = date(2024, 3, 16)  # a Saturday


def found(text: str, published: date = SAT) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in dates.find(parse(text, published))]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Shells hit the depot on Saturday, officials said.", "on Saturday", "2024-03-16"),
        ("Drones struck the port on Thursday.", "on Thursday", "2024-03-14"),
        ("Sirens sounded Monday evening in the north.", "Monday evening", "2024-03-11"),
        ("Gunmen attacked the convoy early Sunday.", "early Sunday", "2024-03-10"),
        ("The barrage came overnight into Tuesday.", "overnight into Tuesday", "2024-03-12"),
        ("A mortar round landed near the school last night.", "last night", "2024-03-15"),
        ("Yesterday three rockets were fired at the town.", "Yesterday", "2024-03-15"),
        ("The depot was hit on Feb 15, the governor said.", "on Feb 15", "2024-02-15"),
        ("The raid on January 3 left two dead.", "on January 3", "2024-01-03"),
        ("An ambush on 28 December killed four.", "on 28 December", "2023-12-28"),
        ("The camp was shelled on March 2, 2022.", "on March 2, 2022", "2022-03-02"),
    ],
)
def test_phrases_resolve(sentence: str, phrase: str, value: str) -> None:
    assert (phrase, value) in found(sentence)


def test_weekday_equal_to_publication_weekday_is_publication_day() -> None:
    assert found("Rockets fell on Saturday.") == [("on Saturday", "2024-03-16")]


def test_last_weekday_on_same_weekday_is_a_week_back() -> None:
    assert found("The post was hit last Saturday.") == [("last Saturday", "2024-03-09")]


def test_month_part_is_a_mid_month_stand_in_with_precision_in_rule() -> None:
    facts = dates.find(parse("Fighting flared in mid-February near the dam.", SAT))
    assert [(f.value, f.rule) for f in facts] == [("2024-02-15", "date.month_part:mid")]


def test_month_part_of_a_later_month_is_last_year() -> None:
    facts = dates.find(parse("The truce broke down in late November.", SAT))
    assert facts[0].value == "2023-11-25"


def test_late_last_month() -> None:
    facts = dates.find(parse("A similar raid took place late last month.", SAT))
    assert facts[0].value == "2024-02-25"


@pytest.mark.parametrize(
    "sentence",
    [
        "Since mid-January the group has fired on the town daily.",
        "Since last Monday the roads have been closed.",
        "There were 12 attacks, the 2130 hours update said.",
        "We counted 12 of them in 2019.",
        "The may 5 figure was wrong.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert found(sentence) == []


def test_war_start_date_is_context() -> None:
    facts = dates.find(parse("Tensions rose after the war began on October 7.", SAT))
    assert facts and facts[0].rule.endswith(":context")


def test_future_weekday_is_marked_and_ahead() -> None:
    facts = dates.find(parse("Ministers will meet on Tuesday to discuss the strikes.", SAT))
    assert facts[0].rule.endswith(":future")
    assert facts[0].value == "2024-03-19"


def test_no_publication_date_no_dates() -> None:
    assert dates.find(parse("Rockets fell on Saturday.", None)) == []


def test_spans_are_exact() -> None:
    text = "Officials said the strike on Friday, March 15 hit a school."
    for f in dates.find(parse(text, SAT)):
        assert text[f.start : f.end] == f.text


def test_dateparser_calls_are_cached() -> None:
    dates._dateparser.cache_clear()
    for _ in range(3):
        dates.find(parse("The raid on January 3 left two dead.", SAT))
    info = dates._dateparser.cache_info()
    assert info.misses == 1 and info.hits == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Rockets hit the base overnight, the army said on Friday.",
        "Police on Friday denied that the depot was hit.",
        "The command said in a statement on Friday that two drones fell.",
        "In a statement read on state television on Friday, it said 18 soldiers were killed.",
        "The group said in a video released on Friday that it had fired the rockets.",
        "According to a statement issued by the office of the Regional Police Officer (RPO) on Friday, four drones flew in.",
    ],
)
def test_day_of_the_telling_is_a_statement_date(sentence: str) -> None:
    facts = [f for f in dates.find(parse(sentence, SAT)) if "Friday" in f.text]
    assert facts and facts[0].rule.endswith(":statement")


def test_day_in_the_dateline_is_the_filing_day() -> None:
    text = "Base hit again\n\nDORRA, March 16 (Wire) -- Rockets hit the base on Friday.\n"
    facts = dates.find(parse(text, SAT))
    assert [f.rule for f in facts] == ["date.explicit:dateline", "date.weekday"]


def rules(text: str, published: date = SAT) -> list[tuple[str, str, str]]:
    return [(f.text, f.value, f.rule) for f in dates.find(parse(text, published))]


def test_iso_dates_in_the_text() -> None:
    assert rules("Rockets hit the base on 2024-03-14, officials said.") == [
        ("on 2024-03-14", "2024-03-14", "date.iso")]
    # the day of a statement, and a day still to come, are no attack's day
    assert rules("The ministry said in a statement dated 2024-03-15 that it would respond.")[0][2] \
        == "date.iso:statement"
    assert rules("Talks are set for 2024-04-02 in Doha.")[0][2] == "date.iso:future"


@pytest.mark.parametrize("text", [
    "Call the hotline 2024-13-40 for help.",  # no such month
    "It happened on 2023-02-30.",  # no such day
    "Reference 12024-03-14-7 in the file.",  # part of a longer code
    "Batch 2024-03-145 was shipped.",
])
def test_iso_like_codes_are_no_dates(text: str) -> None:
    assert rules(text) == []


def test_a_figure_given_on_a_day_is_the_telling_day() -> None:
    got = rules("A spokesman gave a different toll on Tuesday morning, saying three were killed.")
    assert got == [("on Tuesday morning", "2024-03-12", "date.weekday:statement")]
    got = rules("The governor on Friday, saying the fire was out, thanked the crews.")
    assert got[0][2] == "date.weekday:statement"
    # a day in a sentence that only tells the attack stays the attack's day
    assert rules("Drones hit the depot on Tuesday morning, killing three.")[0][2] == "date.weekday"


def test_overnight_and_yesterday_count_from_the_telling_day_in_their_sentence() -> None:
    # published on Saturday, about Thursday's statement
    got = rules("The ministry said on Thursday that its air defences downed ten missiles overnight.")
    assert got[-1] == ("overnight", "2024-03-14", "date.relative:day:told")
    got = rules("Police said on Thursday that two shells fell yesterday.")
    assert got[-1][:2] == ("yesterday", "2024-03-13")
    # the telling day may close the sentence
    got = rules("Air defences downed ten missiles overnight, the ministry said on Thursday.")
    assert got[0] == ("overnight", "2024-03-14", "date.relative:day:told")


def test_overnight_without_a_telling_day_is_the_publication_day() -> None:
    assert rules("Air defences downed ten missiles overnight, the ministry said.") == [
        ("overnight", "2024-03-16", "date.relative:day")]
    # the telling day of another sentence does not move it
    got = rules("The ministry said so on Thursday. Ten missiles were downed overnight.")
    assert got[0][2] == "date.weekday:statement"
    assert got[-1][:2] == ("overnight", "2024-03-16")


def test_day_after_the_attacks_own_noun_phrase_is_the_attacks() -> None:
    text = ("JNIM has claimed responsibility for an attack on an army post near Djibo on "
            "Friday, saying its fighters killed 73 soldiers.")
    assert rules(text) == [("on Friday", "2024-03-15", "date.weekday")]
    # without the attack's noun phrase, ", saying" still marks the day of the telling
    text = "The group issued a claim on Friday, saying its fighters killed 73 soldiers."
    assert rules(text)[0][2] == "date.weekday:statement"


def test_day_of_what_an_attack_answers_is_context() -> None:
    text = ("Hezbollah said it had fired rockets at the base in response to Israeli strikes "
            "on the Nabatieh area on Friday.")
    assert rules(text)[0][2] == "date.weekday:context"
    # a day before the answer clause is still the attack's
    text = "Hezbollah fired rockets at the base on Friday in response to Israeli strikes."
    assert rules(text)[0][2] == "date.weekday"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Drones struck the port on the night of 3-4 March.", "3-4 March", "2024-03-03"),
        ("Drones struck the port on the night of 3 to 4 March.", "3 to 4 March", "2024-03-03"),
        ("The ship was attacked on March 3-4, the navy said.", "on March 3-4", "2024-03-03"),
        ("Strikes between 9 and 10 March hit the grid.", "9 and 10 March", "2024-03-09"),
        ("The town was shelled from 3 to 4 March.", "from 3 to 4 March", "2024-03-03"),
        ("Shahed drones came in overnight on 3-4 March.", "overnight on 3-4 March", "2024-03-03"),
    ],
)
def test_a_two_day_range_is_one_phrase_from_its_first_day(sentence: str, phrase: str, value: str) -> None:
    assert found(sentence) == [(phrase, value)]


def test_and_after_a_month_day_is_no_range() -> None:
    # "on March 3 and 4 people": the "4" counts people, it ends no range
    assert found("Shells fell on March 3 and 4 people were hurt.") == [("on March 3", "2024-03-03")]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The depot was hit on 14.03.2024, the ministry said.", "on 14.03.2024", "2024-03-14"),
        ("The depot was hit on 14/03/2024.", "on 14/03/2024", "2024-03-14"),
        ("The depot was hit on 03/14/2024.", "on 03/14/2024", "2024-03-14"),
        # both readings are days: the one nearest before publication (2 March, not 3 Feb)
        ("The depot was hit on 03/02/2024.", "on 03/02/2024", "2024-03-02"),
        ("The depot was hit on 2.3.2024.", "on 2.3.2024", "2024-03-02"),
    ],
)
def test_dates_in_figures(sentence: str, phrase: str, value: str) -> None:
    assert found(sentence) == [(phrase, value)]


@pytest.mark.parametrize("sentence", [
    "The depot was hit on 31.02.2024.",  # no such day
    "Since 02.03.2024 the town has been shelled daily.",  # the start of a span
    "Figures 3.14 and 2.5 were cited.",
])
def test_figures_that_are_no_day(sentence: str) -> None:
    assert found(sentence) == []


def test_a_date_in_figures_after_publication_is_marked_future() -> None:
    assert rules("Talks are due on 20.03.2024.") == [("on 20.03.2024", "2024-03-20", "date.numeric:future")]


def test_the_day_a_toll_rose_is_a_telling_day() -> None:
    got = rules("The death toll rose to 17 on Thursday, the emergency service said.")
    assert got == [("on Thursday", "2024-03-14", "date.weekday:statement")]
    # the attack's own day is left alone
    assert rules("Rockets struck the depot on Thursday.")[0][2] == "date.weekday"


def test_a_month_range_keeps_its_year() -> None:
    assert found("The ship was attacked on March 3 to 4, 2023.") == [("on March 3 to 4, 2023", "2023-03-03")]


def test_days_and_months_in_capitals() -> None:
    pub = date(2026, 12, 10)
    assert found("Rockets hit Sisaket on 9 DEC.", pub) == [("on 9 DEC", "2026-12-09")]
    assert found("PAKISTANI SHELLING ON SATURDAY NIGHT KILLED 2.", pub) == [("ON SATURDAY", "2026-12-05")]
    # (a military date-time group stamps the message: "DEC 26" is the month and year)
    assert found("SITREP 27 | BORDER | 100600H DEC 26", pub) == []


def test_the_hour_a_tally_stands_at_is_no_attack_day() -> None:
    pub = date(2026, 12, 8)
    assert found("Data as of 08:00 on 8 December, compiled from police reports.", pub) == []
    assert found("Shells hit the town at 08:00 on 7 December.", pub) == [("on 7 December", "2026-12-07")]


def test_a_night_told_with_a_slash() -> None:
    pub = date(2026, 12, 22)
    assert found("On the night of 20/21 December 2026, terrorists fired rockets.", pub) == [
        ("20/21 December 2026", "2026-12-20")]


def test_a_day_and_a_month_in_figures_after_a_preposition() -> None:
    # a European post writes day/month: 03/12 is 3 December, the nearest reading on or
    # before the day of publication
    pub = date(2026, 12, 5)
    assert found("In the early morning of 03/12, sea drones attacked the naval base.", pub) == [
        ("of 03/12", "2026-12-03")]
    assert found("On 17/11, two boats were destroyed off the cape.", pub) == [("On 17/11", "2026-11-17")]
    # (a share, a score or a tally in figures is no date)
    assert found("K/W: 1/3, the log said; the team won 2 of 3/4 and took 1/3 of the vote.", pub) == []


def test_day_month_figures_prefer_the_day_first_and_24_7_is_no_date() -> None:
    assert found("Drones struck the port on 05/07, officials said.", date(2026, 6, 10)) == [("on 05/07", "2025-07-05")]
    assert found("Troops have been on 24/7 alert.", date(2026, 6, 10)) == []
    # (no real day either way: no date)
    assert found("Drones struck the port on 30/02, officials said.", date(2026, 12, 28)) == []


def test_a_weekday_owning_the_strike_is_its_day_not_a_spans_end() -> None:
    text = "The number of people killed by Thursday's missile strike has risen to 14, officials said on Saturday."
    assert ("by Thursday's", "2024-03-14") in found(text)
    assert found("Repairs are to be finished by Thursday.") == []


def test_two_days_of_a_night_before_a_month_name_are_no_day_month_figures() -> None:
    assert found("On the night of 8/9 March 2024, quadcopters attacked a post.") == [("8/9 March 2024", "2024-03-08")]
    assert found("On 14/03 two drones hit the field.") == [("On 14/03", "2024-03-14")]


def test_an_alert_that_began_is_the_attacks_day() -> None:
    f = dates.find(parse("The air raid alert began a little after eleven on Friday night.", SAT))[0]
    assert (f.text, f.rule) == ("on Friday night", "date.weekday")
    f = dates.find(parse("The war began on Friday, officials said.", SAT))[0]
    assert f.rule.endswith(":context")


def test_a_story_filed_the_day_before_counts_today_from_its_dateline() -> None:
    text = ("Troops shell forward areas\n\nStaff Reporter\n\n"
            "POONCH, Mar 15: Two jawans were killed this evening when troops fired mortars.\n")
    got = {f.text: (f.value, f.rule) for f in dates.find(parse(text, SAT))}
    assert got["Mar 15"] == ("2024-03-15", "date.explicit:dateline")
    assert got["this evening"] == ("2024-03-15", "date.relative:day:filed")
    # filed the day it is printed: nothing moves
    same = "Shelling\n\nPOONCH, Mar 16: Two jawans were killed this evening.\n"
    assert ("this evening", "2024-03-16") in found(same)


def test_a_label_with_a_date_and_a_colon_is_no_date() -> None:
    text = "Correction\n\nCorrection, March 14: An earlier version said drones struck on Thursday.\n"
    assert [p for p, _ in found(text)] == ["on Thursday"]


def test_the_day_accounts_were_given_is_no_attack_day() -> None:
    text = ("The army and the group gave sharply different accounts on Friday of an attack on a camp. "
            "Drones struck the camp on Thursday.")
    got = {f.text: f.rule for f in dates.find(parse(text, SAT))}
    assert got["on Friday"].endswith(":statement")
    assert got["on Thursday"] == "date.weekday"


def test_the_day_of_a_statement_of_a_body_is_the_telling() -> None:
    text = ("The toll of the drone attack rose to eleven, according to a statement of the Ministry of Health "
            "in the state on Friday.")
    assert {f.text: f.rule for f in dates.find(parse(text, SAT))}["on Friday"].endswith(":statement")


def test_a_four_figure_hour_in_the_lead_is_the_publication_day_at_most() -> None:
    text = "El Obeid thread\n\nResidents counted at least 6 explosions between 0310 and 0345 local.\n"
    got = [(f.value, f.rule) for f in dates.find(parse(text, SAT))]
    assert got == [("2024-03-16", "date.clock:fallback")]
    assert dates.find(parse("Drones\n\nThe city of 1200 people was hit.\n", SAT)) == []


def test_a_date_in_figures_with_dashes_as_bulletins_write_it() -> None:
    assert found("Dated: 14-03-2024 | Time: 1600 hrs") == [("14-03-2024", "2024-03-14")]
    # a calendar date in ISO order and a range of years are no such date
    assert found("The fighting of 2022-2023 left the town empty.") == []


def test_a_death_told_with_the_wounded_is_the_attacks_day() -> None:
    got = rules("At least eight people died and seventeen others were wounded on Wednesday night.")
    assert [r for _, _, r in got] == ["date.weekday"]
    # a later death alone tells a later day
    got = rules("A man wounded in the attack died on Wednesday.")
    assert [r for _, _, r in got] == ["date.weekday:context"]


def test_a_date_time_group_and_a_forms_own_fields() -> None:
    # (alone, a date-time group stamps the message)
    got = rules("DTG: 170415Z MAR 24\n\nAt 161840Z MAR 24 a tanker reported an attack.")
    assert got == [("161840Z MAR 24", "2024-03-16", "date.dtg")]
    got = rules("Date & time of registration: 16/03/2024 at 09:15 hrs")
    assert [r for _, _, r in got] == ["date.numeric:statement"]


def test_a_reactions_day_and_a_funerals_day_are_days_of_telling() -> None:
    got = rules("The UAE on Friday strongly condemned a drone attack on Erbil International Airport.")
    assert [r for _, _, r in got] == ["date.weekday:statement"]
    got = rules("The funeral prayers for four policemen martyred in the attack were offered at the Police Lines "
                "here on Friday.")
    assert [r for _, _, r in got] == ["date.weekday:statement"]


def test_a_period_of_a_week_is_no_attacks_day() -> None:
    got = rules("Troops recorded successes in the week under review (11 - 16 March 2024).")
    assert [r for _, _, r in got] == ["date.explicit:context"]
    # two days are the days an attack took
    got = rules("The shelling went on from 14 to 15 March 2024.")
    assert all(not r.endswith(":context") for _, _, r in got)


def test_a_logs_hour_in_a_later_entry_is_the_publication_day_at_most() -> None:
    text = ("IDF updates\n\n[08:57] Sirens sounded in Nahal Oz.\n\n[09:14] Following the sirens that sounded at 08:51, "
            "3 launches were identified.\n")
    assert [(f.value, f.rule) for f in dates.find(parse(text, SAT))] == [("2024-03-16", "date.clock:fallback")]


def test_a_translated_copys_source_line_and_a_colon_closing_an_announcement() -> None:
    text = ("Air defence destroyed 7 drones over Tabriz\n\nTranslated from Persian. On the basis of the report of IRNA, "
            "Saturday (16 March 2024).\n\nThe base announced: last night at about 23:15 the network detected targets.\n")
    got = [(f.text, f.rule) for f in dates.find(parse(text, SAT))]
    assert ("last night", "date.relative:day") in got
    # a headline's toll that climbs overnight tells the day it climbed
    assert rules("Missile strike kills 10 as toll climbs overnight")[0][2].endswith(":statement")


def test_a_possessive_day_names_the_attack_and_a_lowered_toll_its_telling() -> None:
    text = "Health authorities on Friday lowered the death toll from Thursday's drone strike on the market to 19."
    got = {f.text: f.rule for f in dates.find(parse(text, SAT))}
    assert got["on Friday"].endswith(":statement")
    assert not got["Thursday's"].endswith(":statement")


def test_a_war_here_on_a_day_is_the_main_verbs_day() -> None:
    text = "Seven people were killed when gunmen ambushed a family embroiled in a clan war here on Saturday night."
    facts = dates.find(parse(text, SAT))
    assert facts and not facts[0].rule.endswith(":context")


def test_said_that_on_a_day_is_the_clauses_day() -> None:
    facts = dates.find(parse("The ministry said that on Sunday morning one soldier had been killed.", SAT))
    assert facts and not facts[0].rule.endswith(":statement")
    facts = dates.find(parse("The ministry said on Sunday that one soldier had been killed.", SAT))
    assert facts and facts[0].rule.endswith(":statement")
