"""Precision classes from conflict reports of every region (fp22): a truce agreed by more than two
states binds the state it covers; a monitor's "(area, town municipality, province department)"
places the name before it."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text, root=None, published=dt.date(2024, 6, 12)):
    doc = code_document(document_from_text(text, published), ctx)
    return {(e.source.primary, e.target.primary) for e in doc.events if root is None or e.root == root}


def test_a_truce_of_many_states_binds_the_state_it_covers(ctx):
    pairs = _pairs(ctx, "The presidents of Armenia, Azerbaijan, Russia and Turkey agreed in Astana on Friday on a "
                        "ceasefire in western Azerbaijan after ten hours of talks.", "08")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= pairs
    assert ("ARM", "RUS") not in pairs and ("RUS", "TUR") not in pairs and ("TUR", "ARM") not in pairs


def test_a_truce_of_two_states_keeps_both_ways(ctx):
    pairs = _pairs(ctx, "Armenia and Azerbaijan agreed on Friday on a ceasefire in western Azerbaijan.", "08")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= pairs


def test_a_truce_of_many_with_no_ground_keeps_every_pair(ctx):
    pairs = _pairs(ctx, "The presidents of Armenia, Azerbaijan, Russia and Turkey agreed on Friday on a ceasefire.", "08")
    assert ("RUS", "TUR") in pairs


def test_a_parenthesis_with_a_province_noun_places_an_unknown_hamlet(ctx):
    pairs = _pairs(ctx, "On 3 March 2019, soldiers opened fire on farmers protesting at La Rioja "
                        "(Vereda Alta, Ocana municipality, Antioquia department), killing 4 civilians.",
                   published=dt.date(2019, 3, 4))
    assert pairs and all(s == "COL" and t == "COL" for s, t in pairs)


def test_petrol_bombs_named_for_molotov_are_no_place(ctx):
    doc = code_document(document_from_text(
        "Youths in Belfast threw stones and Molotov cocktails at police on Monday.", dt.date(2024, 6, 12)), ctx)
    assert not any(m.text == "Molotov" for s in doc.sentences for m in s.mentions)
    assert {(e.source.primary, e.target.primary) for e in doc.events} <= {("GBR", "GBR")}


def test_peacekeepers_tear_gas_falls_on_the_people_of_the_place(ctx):
    pairs = _pairs(ctx, "UN peacekeepers fired tear gas to disperse a crowd in Bangui on Tuesday.", "17")
    assert ("UN", "CAF") in pairs and ("UN", "UN") not in pairs


def test_national_police_tear_gas_stays_on_their_own_people(ctx):
    pairs = _pairs(ctx, "Kenyan police fired tear gas to disperse a crowd in Nairobi on Tuesday.", "17")
    assert ("KEN", "KEN") in pairs


def test_seizing_a_headquarters_in_fighting_is_occupying_ground(ctx):
    doc = code_document(document_from_text("Rebels seized the police headquarters in Bunia on Monday.",
                                           dt.date(2024, 5, 1)), ctx)
    assert {e.code for e in doc.events} == {"192"}


def test_denied_reports_with_their_source_are_no_event(ctx):
    doc = code_document(document_from_text(
        "Provincial officials denied reports on opposition websites that rebels had overrun an army base near Kindu.",
        dt.date(2024, 5, 3)), ctx)
    assert not [e for e in doc.events if e.root == "19"]


def test_confirmed_reports_with_their_source_stay_events(ctx):
    doc = code_document(document_from_text(
        "Officials confirmed reports in local media that rebels had overrun an army base near Kindu.",
        dt.date(2024, 5, 3)), ctx)
    assert [e for e in doc.events if e.root == "19"]


def _roots(ctx, text, published=dt.date(2024, 6, 12)):
    doc = code_document(document_from_text(text, published), ctx)
    return {e.root for e in doc.events}


def test_deaths_beside_a_riot_are_its_toll(ctx):
    roots = _roots(ctx, "Nine people were killed in Lusaka on Monday as rioters looted shops and torched cars.")
    assert "14" in roots and not roots & {"18", "19", "20"}


def test_deaths_beside_a_riot_and_named_shooting_stay(ctx):
    roots = _roots(ctx, "Nine people were killed in Lusaka on Monday when rioters torched cars and soldiers fired on the crowd.")
    assert "19" in roots


def test_the_dead_of_a_toll_are_not_the_gunmen(ctx):
    doc = code_document(document_from_text(
        "Five people were killed on Saturday night when men in army-style uniforms burst into a bar in the Soyapango "
        "district and opened fire on the customers; police attributed the attack to the MS-13 gang.", dt.date(2024, 6, 12)), ctx)
    assert not any(e.source.mention == "people" for e in doc.events if e.root != "01")


def test_pressing_an_operation_is_no_appeal(ctx):
    doc = code_document(document_from_text(
        "Security forces pressed an operation against PKK militants in Nusaybin on Wednesday.", dt.date(2024, 5, 3)), ctx)
    assert not [e for e in doc.events if e.root == "02"]


def test_a_counted_subject_of_its_own_takes_no_main_subject(ctx):
    doc = code_document(document_from_text(
        "The army launched an offensive against rebels in Kasai on Monday, while more than 9,000 displaced "
        "families had arrived in Tshikapa by Friday.", dt.date(2024, 6, 12)), ctx)
    assert not [e for e in doc.events if e.root == "04"]


def test_residents_of_a_un_camp_are_the_people_of_the_place(ctx):
    doc = code_document(document_from_text(
        "Gunmen attacked residents of the UN camp in Bentiu on Monday, burning shelters.", dt.date(2024, 6, 12)), ctx)
    assert doc.events and all(e.target.primary == "SSD" for e in doc.events)


def test_peacekeepers_do_not_riot(ctx):
    doc = code_document(document_from_text(
        "Government soldiers surrendered to UN peacekeepers and residents looted shops in Bunia on Monday.",
        dt.date(2024, 6, 12)), ctx)
    assert not [e for e in doc.events if e.code.startswith("145") and e.source.primary == "UN"]


def test_the_toll_of_an_offensive_is_no_massacre_of_its_own(ctx):
    doc = code_document(document_from_text(
        "Rebels launched an offensive against the army in Arauca on Thursday, and the governor's office said at "
        "least 60 people had been killed, among them a teacher.", dt.date(2024, 6, 12)), ctx)
    assert "19" in {e.root for e in doc.events} and "20" not in {e.root for e in doc.events}


def test_marchers_keep_their_march_beside_their_dead(ctx):
    doc = code_document(document_from_text(
        "Tens of thousands of supporters of defeated presidential candidate Kofi Mensah marched through Accra on Monday "
        "in defiance of an official ban, and at least one person was killed when pro-government militiamen opened fire "
        "on the crowd.", dt.date(2024, 6, 12)), ctx)
    assert "14" in {e.root for e in doc.events}
