"""Root 07 (provide aid) in the constructions fresh wire news uses (issue 12, branch ``aid2``): each
positive case failed before this round; the guards must stay without a 07 event. Sentences written
for these tests."""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _codes(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


CASES = [
    # an aid act with no recipient after another donor's aid in the same sentence: the same recipient
    ("073", "CAN", "PAK", "Britain sent tents and blankets to Pakistan on Friday, while Canada said it would send "
                          "$3 million in humanitarian assistance."),
    ("073", "NOR", "MOZ", "Sweden delivered food to Mozambique after the cyclone, and Norway said it would provide "
                          "relief supplies worth $2 million."),
    ("073", "QAT", "AFG", "Turkey dispatched a rescue team to Afghanistan on Sunday, while Qatar said it would "
                          "airlift food and medicine."),

    # police (with or without soldiers) deployed into another state to help its government: 074, not 153
    ("074", "TCD", "NER", "Chad has begun deploying 800 soldiers and police to Niger's Tillaberi region to help the "
                          "government fight jihadists, officials said."),
    ("074", "TZA", "COM", "Tanzania deployed police to the Comoros on Monday at the request of the island's "
                          "government."),
    ("074", "SEN", "GMB", "Senegal will deploy gendarmes to Gambia to help restore order after the disputed vote."),
    # asylum granted in the passive, the granting state as the place: the place's state gives, the person's receives
    ("075", "NOR", "RUS", "Two Russian pilots have been granted political asylum in Norway, officials said."),
    ("075", "MEX", "BOL", "Bolivia's former president was granted asylum in Mexico City on Tuesday."),
    ("075", "LTU", "BLR", "Belarus's opposition leader was granted asylum in Lithuania on Monday."),
    # air defence written with a hyphen
    ("072", "CAN", "UKR", "Canada supplied air-defence systems to Ukraine."),
    ("072", "ESP", "LTU", "Spain sent two air-defense batteries to Lithuania on Friday."),
    ("072", "ITA", "POL", "Italy delivered an air-defence unit to Poland last week."),
    # "The X joined Y in V-ing": a subject after "The" opens its clause too, and Y acts with it
    ("072", "DNK", "UKR", "The Netherlands joined Denmark in sending F-16 jets to Ukraine."),
    ("072", "FRA", "SYR", "The United States joined Britain and France in supplying weapons to the Syrian rebels."),
    ("073", "JPN", "MMR", "The Philippines joined Japan in sending food to Myanmar after the quake."),
]

REFUSED_JOIN = [  # a refusal to join others' aid is the refusal (1222), for nobody a delivery
    "The Netherlands refused to join Denmark in sending jets to Ukraine.",
    "Norway refused to join Denmark in sending jets to Ukraine.",
]

POLICE_GUARDS = [  # police sent to a border stay a show of force (153), never aid
    ("153", "GRC", "TUR", "Greece deployed police on its border with Turkey to help guard the crossing."),
]

GUARDS = [
    # asylum refused, sought, denied or only possible is no grant
    "A Russian pilot was refused asylum in Norway on Monday.",
    "Belarus's opposition leader has applied for asylum in Lithuania.",
    "Two Russian pilots have not been granted asylum in Norway, officials said.",
    "Ukraine asked Japan for air-defence systems.",
    "Bolivia's former president could be granted asylum in Mexico, officials said.",
    # aid with no named recipient and no other donor before it stays uncoded
    "Canada said on Friday it would send $3 million in humanitarian assistance.",
    # a request for aid is no aid
    "Pakistan asked Britain for tents and blankets on Friday, while Canada said it could send food.",
]


@pytest.mark.parametrize("code, source, target, text", CASES)
def test_aid_construction(ctx, code, source, target, text):
    assert (source, target, code) in _codes(ctx, text)


@pytest.mark.parametrize("text", GUARDS)
def test_aid_guard(ctx, text):
    assert not any(c.startswith("07") for _, _, c in _codes(ctx, text))


@pytest.mark.parametrize("code, source, target, text", POLICE_GUARDS)
def test_police_at_border_is_no_aid(ctx, code, source, target, text):
    codes = _codes(ctx, text)
    assert (source, target, code) in codes and not any(c.startswith("07") for _, _, c in codes)


@pytest.mark.parametrize("text", REFUSED_JOIN)
def test_refused_join_is_no_delivery(ctx, text):
    codes = _codes(ctx, text)
    assert not any(c.startswith("07") for _, _, c in codes) and any(c == "1222" for _, _, c in codes)
