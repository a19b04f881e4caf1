"""Full codes, seventh round (issue 12 point 3, branch fullcode7): an attempt on a named person's
life stays an attempt (185), a named place captured or taken control of is territory occupied (192), a
missile fired from the ground is no aerial weapon (190, not 195), a proposal rejected is a plan rejected
(127) whatever it proposes, and an attack on
people whose sentence tells a beating is a physical assault (182, 1823 to death); sentences of ours.
"""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.code, e.target.primary) for e in doc.events}


CASES = [
    # an attempt on a named person's life with no doer named: at home, and still an attempt
    ("An attempt on the life of the former Brazilian president was made at a rally in Recife on Saturday.",
     ("BRA", "185", "BRA")),
    # a named person killed with no doer named is still an assassination
    ("The Peruvian mayor Jorge Quispe was shot dead in Cusco on Sunday.", ("PER", "186", "PER")),
    # a named place captured: occupation of territory
    ("Malian troops recaptured Kidal on Tuesday.", ("MLI", "192", "MLI")),
    ("Libyan rebels captured Tripoli on Sunday.", ("LBY", "192", "LBY")),
    # a person captured stays use of force
    ("Ethiopian troops captured the rebel commander in Mekelle on Monday.", ("ETH", "190", "ETH")),
    # a move into a place that takes control of it occupies territory; an advance alone stays 190
    ("Ethiopian troops moved into Tigray on Sunday, taking control of several hilltops.", ("ETH", "192", "ETH")),
    # a missile fired from the ground (anti-tank, surface-to-surface) is no aerial weapon
    ("Ukrainian troops fired anti-tank missiles at Russian armoured columns near Kupiansk on Sunday.",
     ("UKR", "190", "RUS")),
    ("Iran fired missiles at Israel on Sunday.", ("IRN", "195", "ISR")),
    # a proposal for a truce rejected is a plan rejected (127), not a refusal to de-escalate (1246)
    ("Azerbaijan's president on Monday turned down a French initiative for a truce in the mountains.",
     ("AZE", "127", "FRA")),
    ("Russia said on Monday it will not withdraw its troops from Moldova.", ("RUS", "1246", "MDA")),
    # an attack on people told as a beating
    ("Sudanese militiamen attacked Chadian traders near Adre on Monday, whipping two men and stealing their cattle.",
     ("SDN", "182", "TCD")),
    ("Sudanese militiamen attacked Chadian traders near Adre on Monday, stabbing two men to death.",
     ("SDN", "1823", "TCD")),
    # an attack on people with no beating told stays 180
    ("Gunmen attacked a village in Zamfara on Monday, killing ten people.", ("NGA", "180", "NGA")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_full_code(ctx, text, expected):
    found = _codes(ctx, text)
    assert expected in found, found


def test_an_abduction_of_a_named_person_is_no_assassination(ctx):
    found = _codes(ctx, "The Peruvian mayor Jorge Quispe was kidnapped in Cusco on Sunday.")
    assert ("PER", "181", "PER") in found, found
    assert not any(code == "186" for _, code, _ in found), found


def test_a_plan_that_proposes_no_act_keeps_the_rejections_own_code(ctx):
    found = _codes(ctx, "Manila dismissed the Chinese plan on Monday.")
    assert not any(code == "127" and src == "PHL" for src, code, _ in found), found
