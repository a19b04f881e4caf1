"""Tests for dragoman.timex: finding temporal expressions and resolving them against a date.

Each find_timexes case is (sentence, reference date, expected list of
(text, value, precision[, basis])); the basis is checked where given.
"""

import dataclasses
import datetime

import pytest

from dragoman.timex import Timex, dateline_date, find_timexes, header_date, resolve_anchored

D = datetime.date
FRI = D(2025, 7, 4)  # a Friday
MON = D(2025, 6, 30)  # a Monday


def _check(sentence, reference, expected):
    found = find_timexes(sentence, reference)
    for t in found:
        assert sentence[t.start:t.end] == t.text
    got = [(t.text, t.value, t.precision, t.basis)[:len(e)] for t, e in zip(found, expected)]
    assert (len(found), got) == (len(expected), [tuple(e) for e in expected]), found


WEEKDAYS = [
    ("Israeli jets struck Gaza on Friday.", FRI, [("Friday", "2025-07-04", "day", "relative")]),
    ("The minister resigned on Tuesday.", FRI, [("Tuesday", "2025-07-01", "day", "relative")]),
    ("Protesters gathered Monday outside parliament.", FRI, [("Monday", "2025-06-30", "day")]),
    ("Rockets were fired early Friday.", FRI, [("early Friday", "2025-07-04", "day")]),
    ("The blast happened late on Monday.", FRI, [("late on Monday", "2025-06-30", "day")]),
    ("Talks collapsed on Monday night.", FRI, [("Monday night", "2025-06-30", "day")]),
    ("Troops withdrew Tuesday evening.", FRI, [("Tuesday evening", "2025-07-01", "day")]),
    ("The tanker was seized early on Thursday.", FRI, [("early on Thursday", "2025-07-03", "day")]),
    ("Earlier on Monday, the president spoke.", FRI, [("Earlier on Monday", "2025-06-30", "day")]),
    ("Voting ended on Sunday night.", FRI, [("Sunday night", "2025-06-29", "day")]),
    ("Strikes resumed overnight Monday.", FRI, [("overnight Monday", "2025-06-30", "day")]),
    ("Saturday's attack killed five.", FRI, [("Saturday", "2025-06-28", "day")]),
    ("Police arrested him on Sunday.", MON, [("Sunday", "2025-06-29", "day")]),
    ("Police arrested him on Monday.", MON, [("Monday", "2025-06-30", "day")]),
    ("Police arrested him on Tuesday.", MON, [("Tuesday", "2025-06-24", "day")]),
    ("The summit opened on Tuesday.", D(2025, 1, 2), [("Tuesday", "2024-12-31", "day")]),
    ("the envoy left on friday", FRI, [("friday", "2025-07-04", "day")]),
]


@pytest.mark.parametrize("sentence, reference, expected", WEEKDAYS)
def test_weekday_is_most_recent_on_or_before_reference(sentence, reference, expected):
    _check(sentence, reference, expected)


LAST_NEXT_WEEKDAYS = [
    ("The envoy arrived last Friday.", FRI, [("last Friday", "2025-06-27", "day", "relative")]),
    ("The envoy arrived last Tuesday.", FRI, [("last Tuesday", "2025-07-01", "day")]),
    ("The envoy arrived this past Friday.", FRI, [("this past Friday", "2025-06-27", "day")]),
    ("The envoy arrived last Friday.", D(2025, 1, 2), [("last Friday", "2024-12-27", "day")]),
    ("Parliament votes next Friday.", FRI, [("next Friday", "2025-07-11", "day")]),
    ("Parliament votes next Monday.", FRI, [("next Monday", "2025-07-07", "day")]),
    ("The deal is signed this coming Friday.", FRI, [("this coming Friday", "2025-07-11", "day")]),
    ("The deal is signed this Saturday.", FRI, [("this Saturday", "2025-07-05", "day")]),
    ("Prayers are held on the last Friday of Ramadan.", FRI, []),
]


@pytest.mark.parametrize("sentence, reference, expected", LAST_NEXT_WEEKDAYS)
def test_last_is_strictly_before_and_next_strictly_after(sentence, reference, expected):
    _check(sentence, reference, expected)


DAY_WORDS = [
    ("Gunmen attacked a checkpoint today.", FRI, [("today", "2025-07-04", "day", "relative")]),
    ("The president spoke this morning.", FRI, [("this morning", "2025-07-04", "day")]),
    ("The cabinet meets tonight.", FRI, [("tonight", "2025-07-04", "day")]),
    ("Shelling continued overnight.", FRI, [("overnight", "2025-07-04", "day")]),
    ("Drones hit the port last night.", FRI, [("last night", "2025-07-03", "day")]),
    ("The general was sacked yesterday.", FRI, [("yesterday", "2025-07-03", "day")]),
    ("The truce collapsed the day before yesterday.", FRI,
     [("the day before yesterday", "2025-07-02", "day")]),
    ("Results are due tomorrow.", FRI, [("tomorrow", "2025-07-05", "day")]),
    ("Yesterday's vote was close.", FRI, [("Yesterday", "2025-07-03", "day")]),
    ("Clashes erupted late yesterday.", FRI, [("late yesterday", "2025-07-03", "day")]),
    ("Earlier today, the army said it had withdrawn.", FRI,
     [("Earlier today", "2025-07-04", "day")]),
    ("The mayor was detained yesterday.", D(2024, 3, 1), [("yesterday", "2024-02-29", "day")]),
    ("The mayor was detained yesterday.", D(2025, 3, 1), [("yesterday", "2025-02-28", "day")]),
    ("Troops crossed the border last night.", D(2025, 1, 1), [("last night", "2024-12-31", "day")]),
]


@pytest.mark.parametrize("sentence, reference, expected", DAY_WORDS)
def test_day_words_resolve_against_reference_day(sentence, reference, expected):
    _check(sentence, reference, expected)


MONTHS = [
    ("Elections were held in April.", FRI, [("April", "2025-04", "month", "relative")]),
    ("The offensive began in early April.", FRI, [("early April", "2025-04", "month")]),
    ("Fighting intensified in late April.", FRI, [("late April", "2025-04", "month")]),
    ("Talks stalled in mid-April.", FRI, [("mid-April", "2025-04", "month")]),
    ("Inflation peaked in December.", FRI, [("December", "2024-12", "month", "relative")]),
    ("Inflation peaked in July.", FRI, [("July", "2025-07", "month")]),
    ("The bill passed in April this year.", FRI,
     [("April this year", "2025-04", "month", "relative")]),
    ("The treaty was signed in April last year.", FRI, [("April last year", "2024-04", "month")]),
    ("The treaty was signed in April 2023.", FRI, [("April 2023", "2023-04", "month", "explicit")]),
    ("April 2023 saw record arrests.", FRI, [("April 2023", "2023-04", "month", "explicit")]),
    ("The embassy closed last April.", FRI, [("last April", "2025-04", "month", "relative")]),
    ("The embassy closed last July.", FRI, [("last July", "2024-07", "month")]),
    ("The embassy will reopen next April.", FRI, [("next April", "2026-04", "month")]),
    ("The embassy reopened this April.", FRI, [("this April", "2025-04", "month")]),
    ("Protests grew in May.", FRI, [("May", "2025-05", "month")]),
    ("The March 2024 protests were crushed.", FRI,
     [("March 2024", "2024-03", "month", "explicit")]),
    ("The ceasefire held until the end of March.", FRI,
     [("until the end of March", "2025-03", "month")]),
    ("Strikes have continued since April.", FRI, [("since April", "2025-04", "month")]),
    ("Talks ran between March and May.", FRI,
     [("March", "2025-03", "month"), ("May", "2025-05", "month")]),
    ("The April elections were postponed.", FRI, [("April", "2025-04", "month")]),
    ("Dec 2024 was the deadliest month.", FRI, [("Dec 2024", "2024-12", "month", "explicit")]),
    ("Fighting raged during the last week of March.", FRI, [("March", "2025-03", "month")]),
]


@pytest.mark.parametrize("sentence, reference, expected", MONTHS)
def test_month_is_most_recent_on_or_before_reference_month(sentence, reference, expected):
    _check(sentence, reference, expected)


DAY_DATES = [
    ("The strike began on April 4.", FRI, [("April 4", "2025-04-04", "day", "relative")]),
    ("The strike began on 4 April.", FRI, [("4 April", "2025-04-04", "day", "relative")]),
    ("The strike began on April 4th.", FRI, [("April 4th", "2025-04-04", "day")]),
    ("The strike began on the 15th of March.", FRI, [("the 15th of March", "2025-03-15", "day")]),
    ("The vote on May 4 was annulled.", FRI, [("May 4", "2025-05-04", "day")]),
    ("Talks were held on April 4-5.", FRI, [("April 4-5", "2025-04-04", "day")]),
    ("The conference ran from 10 to 12 June.", FRI, [("10 to 12 June", "2025-06-10", "day")]),
    ("Talks were held on 10-12 March.", FRI, [("10-12 March", "2025-03-10", "day")]),
    ("Envoys met on Jan. 5 in Doha.", FRI, [("Jan. 5", "2025-01-05", "day")]),
    ("Envoys meet on July 20 in Doha.", FRI, [("July 20", "2025-07-20", "day")]),
    ("The convoy was hit on April 4 last year.", FRI,
     [("April 4 last year", "2024-04-04", "day", "relative")]),
    ("The government fell on 4 July 2025.", FRI,
     [("4 July 2025", "2025-07-04", "day", "explicit")]),
    ("The government fell on July 4, 2025.", FRI,
     [("July 4, 2025", "2025-07-04", "day", "explicit")]),
    ("The law was passed on Sunday, July 20, 2025.", FRI,
     [("Sunday, July 20, 2025", "2025-07-20", "day", "explicit")]),
    ("The towers fell on Sept. 11, 2001.", FRI,
     [("Sept. 11, 2001", "2001-09-11", "day", "explicit")]),
    ("The vote on Friday, July 4 was annulled.", FRI, [("Friday, July 4", "2025-07-04", "day")]),
    ("The accord was signed on Wednesday, July 10.", FRI,
     [("Wednesday, July 10", "2024-07-10", "day")]),
    ("The release is dated 2025-07-04.", FRI, [("2025-07-04", "2025-07-04", "day", "explicit")]),
    ("The party congress ended on February 29.", D(2024, 3, 10),
     [("February 29", "2024-02-29", "day")]),
]


@pytest.mark.parametrize("sentence, reference, expected", DAY_DATES)
def test_day_dates_take_year_from_text_or_month_rule(sentence, reference, expected):
    _check(sentence, reference, expected)


BOUNDARIES = [
    ("Protests began in December.", D(2025, 1, 15), [("December", "2024-12", "month")]),
    ("Protests began in January.", D(2025, 1, 15), [("January", "2025-01", "month")]),
    ("Protests began in December.", D(2025, 2, 10), [("December", "2024-12", "month")]),
    ("Prices rose last month.", D(2025, 1, 15), [("last month", "2024-12", "month")]),
    ("Prices rose early last month.", D(2025, 1, 15), [("early last month", "2024-12", "month")]),
    ("Prices will rise next month.", D(2025, 12, 3), [("next month", "2026-01", "month")]),
    ("The truce ended on December 28.", D(2025, 1, 3), [("December 28", "2024-12-28", "day")]),
    ("Growth slowed last year.", D(2025, 1, 1), [("last year", "2024", "year")]),
    ("Sanctions were imposed last week.", D(2025, 1, 3), [("last week", "2024-12-27", "day")]),
    ("The army withdrew a month ago.", D(2025, 1, 20), [("a month ago", "2024-12", "month")]),
    ("The deal collapsed last December.", D(2025, 12, 10), [("last December", "2024-12", "month")]),
    ("Polls open next January.", D(2025, 12, 10), [("next January", "2026-01", "month")]),
    ("The leader died two days ago.", D(2024, 3, 1), [("two days ago", "2024-02-28", "day")]),
]


@pytest.mark.parametrize("sentence, reference, expected", BOUNDARIES)
def test_month_and_year_boundaries(sentence, reference, expected):
    _check(sentence, reference, expected)


PERIODS = [
    ("Inflation rose this week.", FRI, [("this week", "2025-07-04", "day", "relative")]),
    ("Inflation rose earlier this week.", FRI, [("earlier this week", "2025-07-04", "day")]),
    ("Inflation rose last week.", FRI, [("last week", "2025-06-27", "day")]),
    ("Inflation will be reported next week.", FRI, [("next week", "2025-07-11", "day")]),
    ("The fund opened this month.", FRI, [("this month", "2025-07", "month", "relative")]),
    ("The fund opened earlier this month.", FRI, [("earlier this month", "2025-07", "month")]),
    ("The fund opened late earlier this month.", FRI,
     [("late earlier this month", "2025-07", "month")]),
    ("The fund opens later this month.", FRI, [("later this month", "2025-07", "month")]),
    ("The fund opened last month.", FRI, [("last month", "2025-06", "month")]),
    ("The fund opened early last month.", FRI, [("early last month", "2025-06", "month")]),
    ("The fund opened this year.", FRI, [("this year", "2025", "year", "relative")]),
    ("The fund opened earlier this year.", FRI, [("earlier this year", "2025", "year")]),
    ("The fund opened last year.", FRI, [("last year", "2024", "year")]),
    ("The fund opened late last year.", FRI, [("late last year", "2024", "year")]),
    ("The fund opens next year.", FRI, [("next year", "2026", "year")]),
    ("Last year's election was disputed.", FRI, [("Last year", "2024", "year")]),
    ("Debts must be paid by the end of the year.", FRI,
     [("by the end of the year", "2025", "year")]),
    ("Debts were paid at the end of last year.", FRI, [("the end of last year", "2024", "year")]),
    ("Riots broke out last summer.", FRI, [("last summer", "2024", "year", "relative")]),
    ("Riots broke out last summer.", D(2025, 10, 1), [("last summer", "2025", "year")]),
    ("Gas ran short last winter.", FRI, [("last winter", "2025", "year")]),
    ("Gas ran short last winter.", D(2025, 1, 20), [("last winter", "2024", "year")]),
    ("Gas may run short next winter.", FRI, [("next winter", "2026", "year")]),
    ("Dozens were arrested in the past week.", FRI, [("the past week", "2025-07-04", "day")]),
    ("Dozens were arrested in recent days.", FRI, [("recent days", "2025-07-04", "day")]),
    ("Dozens were arrested over the past two days.", FRI,
     [("the past two days", "2025-07-04", "day")]),
    ("Dozens were arrested over the weekend.", MON, [("the weekend", "2025-06-28", "day")]),
    ("Dozens were arrested last weekend.", FRI, [("last weekend", "2025-06-28", "day")]),
    ("Dozens were arrested last weekend.", D(2025, 7, 6), [("last weekend", "2025-06-28", "day")]),
]


@pytest.mark.parametrize("sentence, reference, expected", PERIODS)
def test_relative_periods(sentence, reference, expected):
    _check(sentence, reference, expected)


AGO = [
    ("The deal was struck a year ago.", FRI, [("a year ago", "2024", "year", "relative")]),
    ("The deal was struck two years ago.", FRI, [("two years ago", "2023", "year")]),
    ("The war ended three decades ago.", FRI, [("three decades ago", "1995", "year")]),
    ("The war ended a decade ago.", FRI, [("a decade ago", "2015", "year")]),
    ("The war ended more than a decade ago.", FRI, [("more than a decade ago", "2015", "year")]),
    ("The war ended 30 years ago.", FRI, [("30 years ago", "1995", "year")]),
    ("The envoy left two days ago.", FRI, [("two days ago", "2025-07-02", "day")]),
    ("The envoy left a week ago.", FRI, [("a week ago", "2025-06-27", "day")]),
    ("The envoy left six months ago.", FRI, [("six months ago", "2025-01", "month")]),
    ("The envoy left years ago.", FRI, []),
    ("The envoy left several years ago.", FRI, []),
]


@pytest.mark.parametrize("sentence, reference, expected", AGO)
def test_counted_ago(sentence, reference, expected):
    _check(sentence, reference, expected)


YEARS = [
    ("The uprising began in 2023.", FRI, [("2023", "2023", "year", "explicit")]),
    ("2023 was a violent year.", FRI, [("2023", "2023", "year", "explicit")]),
    ("The 2020 election was contested.", FRI, [("2020", "2020", "year")]),
    ("Sanctions have applied since 2021.", FRI, [("since 2021", "2021", "year", "explicit")]),
    ("Emissions must halve by 2030.", FRI, [("by 2030", "2030", "year", "explicit")]),
    ("The freeze lasts until 2030.", FRI, [("until 2030", "2030", "year")]),
    ("Exports fell in 2019-20.", FRI, [("2019-20", "2019", "year")]),
    ("Exports fell in 1999-2000.", FRI, [("1999-2000", "1999", "year")]),
    ("Exports fell between 2019 and 2021.", FRI,
     [("2019", "2019", "year"), ("2021", "2021", "year")]),
    ("Growth resumed in early 2024.", FRI, [("early 2024", "2024", "year", "explicit")]),
    ("Growth resumed in mid-2024.", FRI, [("mid-2024", "2024", "year")]),
    ("The riots of the summer of 2023 spread.", FRI, [("the summer of 2023", "2023", "year")]),
    ("In 2015 people voted for change.", FRI, [("2015", "2015", "year")]),
    ("Militias formed in the 1980s.", FRI, [("the 1980s", "1980", "decade", "explicit")]),
    ("The 1990s were turbulent.", FRI, [("The 1990s", "1990", "decade")]),
    ("The mission started in the early 1990s.", FRI, [("the early 1990s", "1990", "decade")]),
    ("Oil boomed in the mid-2000s.", FRI, [("the mid-2000s", "2000", "decade")]),
]


@pytest.mark.parametrize("sentence, reference, expected", YEARS)
def test_years_and_decades_are_explicit(sentence, reference, expected):
    _check(sentence, reference, expected)


NOT_DATES = [
    "Iran may retaliate against Israel.",
    "This may lead to war.",
    "THIS MAY LEAD TO WAR",
    "Thousands march in Paris against the reform.",
    "Thousands March in Paris against the reform.",
    "Theresa May met the German chancellor.",
    "Jan Egeland visited the camp.",
    "The army deployed 2,000 troops.",
    "The army deployed 2000 troops.",
    "A crowd of 2000 people gathered.",
    "The package is worth $200 billion.",
    "Donors pledged $2025 per family.",
    "The storm killed 144 people.",
    "The court handed down 1,500 sentences.",
    "Resolution 2231 endorsed the nuclear deal.",
    "Security Council resolution 2025 was adopted unanimously.",
    "Flight 752 was shot down.",
    "The Vision 2030 reforms continue.",
    "The curfew starts at 2000 GMT.",
    "The war was two decades long.",
    "He ruled for three years.",
    "It was a 20-year war.",
    "Ministers have 48 hours to respond.",
    "The ultimatum expires within 48 hours.",
    "Settlers seized the land months later.",
    "The army withdrew shortly after.",
    "He served for three years before the war.",
    "Several days later, the army withdrew.",
    "A few days later, the police left.",
    "Recently, tensions have risen.",
    "In recent years, tensions have risen.",
    "Over the past year, prices doubled.",
    "It was the worst crisis in decades.",
    "The president met his counterpart in Ankara.",
    "The Sunday Times reported the leak.",
    "The Good Friday Agreement ended the conflict.",
    "Worshippers gather every Friday.",
    "Guests stayed at Mar-a-Lago.",
    "Output rose 2000% in a decade.",
    "Over the next week, talks will continue.",
    "Aid will arrive in the next week.",
    "He said that year after year the situation worsened.",
    "",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_non_dates_are_not_returned(sentence):
    assert find_timexes(sentence, FRI) == []


ANCHORED = [
    ("Rebels struck again the next day.", "the next day", (1, "day"), None),
    ("Next day, the army withdrew.", "Next day", (1, "day"), None),
    ("A day later, talks resumed.", "A day later", (1, "day"), None),
    ("Two days later, the envoy left.", "Two days later", (2, "day"), None),
    ("The following week, sanctions were imposed.", "The following week", (1, "week"), None),
    ("A week later, he resigned.", "A week later", (1, "week"), None),
    ("Two weeks earlier, he had resigned.", "Two weeks earlier", (-2, "week"), None),
    ("Four months after the attack, the trial began.", "Four months after the attack",
     (4, "month"), "the attack"),
    ("Three weeks before the election, he was jailed.", "Three weeks before the election",
     (-3, "week"), "the election"),
    ("He was killed two days after his arrival.", "two days after his arrival", (2, "day"),
     "his arrival"),
    ("It came a day after he was arrested.", "a day after he was arrested", (1, "day"),
     "he was arrested"),
    ("Five days after the vote, which was boycotted, he quit.", "Five days after the vote",
     (5, "day"), "the vote"),
    ("Two days after the attack that killed 30 soldiers, he quit.", "Two days after the attack",
     (2, "day"), "the attack"),
    ("The day before the vote, polls closed.", "The day before the vote", (-1, "day"), "the vote"),
    ("On the eve of the summit, talks failed.", "the eve of the summit", (-1, "day"), "the summit"),
    ("Later that day, police fired tear gas.", "Later that day", (0, "day"), None),
    ("Troops returned the same day.", "the same day", (0, "day"), None),
    ("Earlier in the day, police fired tear gas.", "Earlier in the day", (0, "day"), None),
    ("During the following week, talks stalled.", "the following week", (1, "week"), None),
    ("The previous year, the ministry collapsed.", "The previous year", (-1, "year"), None),
    ("A year earlier, the ministry collapsed.", "A year earlier", (-1, "year"), None),
    ("The following year, it collapsed.", "The following year", (1, "year"), None),
    ("The next morning, the streets were empty.", "The next morning", (1, "day"), None),
    ("A couple of days later, he left.", "A couple of days later", (2, "day"), None),
    ("Twenty-one days later, he left.", "Twenty-one days later", (21, "day"), None),
    ("Three decades after the revolution, it fell.", "Three decades after the revolution",
     (3, "decade"), "the revolution"),
    ("He died two days after.", "two days after", (2, "day"), None),
]


@pytest.mark.parametrize("sentence, text, offset, anchor_text", ANCHORED)
def test_anchored_expressions_carry_offset_and_anchor(sentence, text, offset, anchor_text):
    (t,) = find_timexes(sentence, FRI)
    got = (t.text, t.value, t.basis, t.offset, t.anchor_text)
    assert got == (text, None, "anchored", offset, anchor_text)
    assert sentence[t.start:t.end] == t.text


ANCHORED_TO_DATES = [
    ("Two days after Friday's attack, he quit.", FRI,
     [("Two days after Friday's attack", "2025-07-06", "day", "relative")]),
    ("A year after the 2003 invasion, the insurgency grew.", FRI,
     [("A year after the 2003 invasion", "2004", "year", "explicit")]),
    ("Three days after July 4, 2025, talks resumed.", FRI,
     [("Three days after July 4, 2025", "2025-07-07", "day", "explicit")]),
    ("A day after last year's election, protests began.", FRI,
     [("A day after last year's election", "2024", "year", "relative")]),
    ("A week after the vote on Monday, troops left.", FRI,
     [("A week after the vote", None, "day", "anchored"),
      ("Monday", "2025-06-30", "day", "relative")]),
]


@pytest.mark.parametrize("sentence, reference, expected", ANCHORED_TO_DATES)
def test_anchor_starting_with_a_date_is_resolved_on_the_spot(sentence, reference, expected):
    _check(sentence, reference, expected)


FUTURE = [
    ("Talks will resume on Friday.", MON, [("Friday", "2025-07-04", "day")]),
    ("Talks resumed on Friday.", MON, [("Friday", "2025-06-27", "day")]),
    ("Ministers will meet on Monday.", FRI, [("Monday", "2025-07-07", "day")]),
    ("Talks will resume, the minister said on Monday.", FRI, [("Monday", "2025-06-30", "day")]),
    ("Officials said talks will resume on Monday.", FRI, [("Monday", "2025-07-07", "day")]),
    ("Elections will be held in March.", FRI, [("March", "2026-03", "month")]),
    ("Elections were held in March.", FRI, [("March", "2025-03", "month")]),
    ("The summit is due to open on January 20.", D(2025, 12, 1),
     [("January 20", "2026-01-20", "day")]),
    ("Parliament is expected to vote in December.", D(2025, 2, 10),
     [("December", "2025-12", "month")]),
    ("He will travel to Kyiv this weekend.", MON, [("this weekend", "2025-07-05", "day")]),
    ("There was no political will to act in May.", FRI, [("May", "2025-05", "month")]),
    ("It will be his first visit since April.", FRI, [("since April", "2025-04", "month")]),
    ("Talks will resume, officials say, after a pause since Monday.", FRI,
     [("since Monday", "2025-06-30", "day")]),
]


@pytest.mark.parametrize("sentence, reference, expected", FUTURE)
def test_future_verb_in_clause_resolves_forward(sentence, reference, expected):
    _check(sentence, reference, expected)


SPANS = [
    ("ON FRIDAY, ISRAEL STRUCK TEHRAN", FRI, [("FRIDAY", "2025-07-04", "day")]),
    ("EARLY ON FRIDAY, GUNMEN ATTACKED", FRI, [("EARLY ON FRIDAY", "2025-07-04", "day")]),
    ("PROTESTS SPREAD IN APRIL", FRI, [("APRIL", "2025-04", "month")]),
    ("On Monday, two days after the vote, troops left; by 2030 all will be gone.", FRI,
     [("Monday", "2025-06-30", "day"), ("two days after the vote", None, "day", "anchored"),
      ("by 2030", "2030", "year")]),
    ("The talks, first held in April 2023, resumed in March and again last week.", FRI,
     [("April 2023", "2023-04", "month"), ("March", "2025-03", "month"),
      ("last week", "2025-06-27", "day")]),
]


@pytest.mark.parametrize("sentence, reference, expected", SPANS)
def test_capitalisation_order_and_longest_match(sentence, reference, expected):
    _check(sentence, reference, expected)


APPROXIMATE = [
    ("Inflation rose this week.", "this week", True),
    ("Inflation rose last week.", "last week", True),
    ("The war ended three decades ago.", "three decades ago", True),
    ("The envoy left two days ago.", "two days ago", False),
    ("The envoy left about two days ago.", "about two days ago", True),
    ("The offensive began in early April.", "early April", False),
    ("Some two years later, it fell.", "Some two years later", True),
    ("Just a day after the vote, he quit.", "Just a day after the vote", False),
    ("Gas ran short last winter.", "last winter", True),
    ("Dozens were arrested in recent days.", "recent days", True),
    ("The general was sacked yesterday.", "yesterday", False),
]


@pytest.mark.parametrize("sentence, text, approximate", APPROXIMATE)
def test_approximate_flag(sentence, text, approximate):
    (t,) = find_timexes(sentence, FRI)
    assert (t.text, t.approximate) == (text, approximate)


def _offset(count, unit):
    return Timex(0, 0, "", None, "day", "anchored", offset=(count, unit))


RESOLVE = [
    ((4, "month"), "2024-03", "month", ("2024-07", "month")),
    ((4, "month"), "2024", "year", ("2024", "year")),
    ((14, "month"), "2024", "year", ("2025", "year")),
    ((1, "day"), "2025-07", "month", ("2025-07", "month")),
    ((40, "day"), "2025-07", "month", ("2025-08", "month")),
    ((1, "day"), "2025-07-04", "day", ("2025-07-05", "day")),
    ((-2, "day"), "2025-03-01", "day", ("2025-02-27", "day")),
    ((1, "day"), "2024-02-28", "day", ("2024-02-29", "day")),
    ((1, "day"), "2024-12-31", "day", ("2025-01-01", "day")),
    ((0, "day"), "2025-07-04", "day", ("2025-07-04", "day")),
    ((1, "week"), "2025-07-04", "day", ("2025-07-11", "day")),
    ((4, "month"), "2024-03-22", "day", ("2024-07", "month")),
    ((4, "month"), "2024-11", "month", ("2025-03", "month")),
    ((-3, "month"), "2024-02", "month", ("2023-11", "month")),
    ((2, "year"), "2024-03-22", "day", ("2026", "year")),
    ((-1, "year"), "2024", "year", ("2023", "year")),
    ((3, "decade"), "1990", "year", ("2020", "year")),
    ((2, "year"), "1990", "decade", ("1990", "decade")),
]


@pytest.mark.parametrize("offset, anchor_value, anchor_precision, expected", RESOLVE)
def test_resolve_anchored_keeps_coarser_precision(offset, anchor_value, anchor_precision, expected):
    assert resolve_anchored(_offset(*offset), anchor_value, anchor_precision) == expected


def test_resolve_anchored_applies_offset_of_found_timex():
    (t,) = find_timexes("Four months after the attack, the trial began.", FRI)
    assert resolve_anchored(t, "2024-03", "month") == ("2024-07", "month")


def test_resolve_anchored_without_offset_is_an_error():
    (t,) = find_timexes("The uprising began in 2023.", FRI)
    with pytest.raises(ValueError):
        resolve_anchored(t, "2024", "year")


HEADERS = [
    (["Sunday, July 20, 2025"], (D(2025, 7, 20), 0)),
    (["Iran fires missiles at US base", "July 20, 2025", "Body text."], (D(2025, 7, 20), 1)),
    (["20 July 2025"], (D(2025, 7, 20), 0)),
    (["Sunday 20 July 2025"], (D(2025, 7, 20), 0)),
    (["Published: 4 July 2025"], (D(2025, 7, 4), 0)),
    (["Published on 2025-07-04"], (D(2025, 7, 4), 0)),
    (["Updated 4 July 2025 10:32 GMT"], (D(2025, 7, 4), 0)),
    (["Headline", "Last updated: July 5, 2025 at 3:45 p.m. EDT"], (D(2025, 7, 5), 1)),
    (["2025-07-04"], (D(2025, 7, 4), 0)),
    (["2025-07-04T10:32:00Z"], (D(2025, 7, 4), 0)),
    (["04/07/2025"], None),
    (["KABUL, July 4, 2025 (Reuters) - Taliban officials said..."], (D(2025, 7, 4), 0)),
    (["Title", "", "By Jane Doe", "KYIV, 4 July 2025 (AFP) – Russia launched..."],
     (D(2025, 7, 4), 3)),
    (["The war began on July 20, 2025, officials said."], None),
    (["KABUL, July 4 (Reuters) - Taliban officials said..."], None),
    (["February 30, 2025"], None),
    (["Title", "Sunday 20 July 2025", "July 21, 2025"], (D(2025, 7, 20), 1)),
    ([], None),
]


@pytest.mark.parametrize("lines, expected", HEADERS)
def test_header_date_finds_the_publication_date_line(lines, expected):
    assert header_date(lines) == expected


DATELINES = [
    ("KABUL, July 4 (Reuters) - Taliban officials said...", 2025, D(2025, 7, 4)),
    ("KABUL, July 4 (Reuters) -", None, None),
    ("WASHINGTON, Jan. 5 (Reuters) - The president...", 2025, D(2025, 1, 5)),
    ("KYIV, Ukraine, 4 July (AP) — Russia launched...", 2025, D(2025, 7, 4)),
    ("UNITED NATIONS, July 4 (Reuters) -", 2025, D(2025, 7, 4)),
    ("KABUL, July 4, 2024 (Reuters) -", 2025, D(2024, 7, 4)),
    ("Kabul was quiet on July 4.", 2025, None),
    ("KABUL, February 30 (Reuters) -", 2025, None),
]


@pytest.mark.parametrize("line, reference_year, expected", DATELINES)
def test_dateline_date_uses_reference_year(line, reference_year, expected):
    assert dateline_date(line, reference_year) == expected


def test_timex_is_immutable():
    (t,) = find_timexes("The uprising began in 2023.", FRI)
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.value = "2024"


def test_results_are_ordered_and_non_overlapping_in_a_paragraph():
    text = ("Protests began on Sunday, July 20, 2025. Two days later, police fired on crowds. "
            "Last year, 2,000 troops were sent; in the 1990s the army ruled. "
            "The next day, talks began.")
    found = find_timexes(text, FRI)
    assert [t.text for t in found] == ["Sunday, July 20, 2025", "Two days later", "Last year",
                                       "the 1990s", "The next day"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_day_first_numeric_dates_of_conflict_notes_resolve_before_the_reference():
    from dragoman.timex import find_timexes
    found = find_timexes("On 28/06, gunmen attacked a checkpoint.", datetime.date(2020, 7, 2))
    assert [t.value for t in found] == ["2020-06-28"]


def test_a_bare_fraction_is_no_date():
    from dragoman.timex import find_timexes
    assert find_timexes("The vote was carried 3/4 in favour.", datetime.date(2020, 7, 2)) == []


def test_month_keys_are_the_first_letters_of_every_month_in_order():
    from dragoman.timex.tables import MONTH_KEYS, MONTH_NAMES
    assert len(MONTH_NAMES) == 12 and MONTH_KEYS[8] == "sep" and MONTH_KEYS[4] == "may"
    assert all(name.startswith(key) for key, name in zip(MONTH_KEYS, MONTH_NAMES))
