"""People of the two sides who act for both, in a clause of their own (issue 12, branch ``second2``).

"where ministers from the two countries signed", "as the foreign ministers of the two neighbours
signed", "envoys of the two warring states": the description of the pair is the doer of the clause
(``stages/sides.py``), resolved to the two actors named before it.
"""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text
from dragoman.stages.sides import modified_pair, widen_to_members


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.root) for e in doc.events}


def test_ministers_of_the_two_countries_in_a_where_or_as_clause_sign_for_both(ctx):
    pairs = _pairs(ctx, "Thailand's prime minister received her Cambodian counterpart in Bangkok on Friday, "
                        "where the defence ministers of the two countries signed a border accord.")
    assert {("THA", "KHM", "05"), ("KHM", "THA", "05")} <= pairs
    pairs = _pairs(ctx, "Serbia's president hosted Hungary's prime minister in Belgrade, as the foreign "
                        "ministers of the two neighbours signed an energy accord.")
    assert {("SRB", "HUN", "05"), ("HUN", "SRB", "05")} <= pairs
    pairs = _pairs(ctx, "Vietnam's president welcomed the Indonesian prime minister in Hanoi on Monday, where "
                        "ministers from the two countries signed nine agreements.")
    assert {("VNM", "IDN", "05"), ("IDN", "VNM", "05")} <= pairs


def test_negotiators_from_both_countries_are_the_two_listed_not_the_host(ctx):
    pairs = _pairs(ctx, "Norway hosted delegations of Colombia and Venezuela on Monday, and negotiators from "
                        "both countries signed a border accord.")
    assert {("COL", "VEN", "05"), ("VEN", "COL", "05")} <= pairs
    assert not {p for p in pairs if p[2] == "05" and "NOR" in p[:2]}


def test_a_clause_about_a_third_party_or_a_background_accord_gives_the_pair_no_act(ctx):
    pairs = _pairs(ctx, "Spain and Morocco signed a fisheries deal on Monday, as protesters in Lisbon set fire to cars.")
    assert {r for s, t, r in pairs if {s, t} == {"ESP", "MAR"}} == {"05"}
    pairs = _pairs(ctx, "Ecuador and Peru reopened their embassies on Monday, decades after the leaders of the "
                        "two countries signed a peace accord in 1998.")
    assert {r for s, t, r in pairs if {s, t} == {"ECU", "PER"}} == {"05"}


def test_a_description_of_two_sides_may_carry_modifiers_but_not_a_clause():
    lower = "after the two warring sides met".split()
    assert modified_pair(lower, 2) == (2, 5, "pair")
    assert modified_pair("the two central asian states agreed".split(), 1) == (1, 5, "group-2")
    assert modified_pair("the two of them met".split(), 1) is None
    assert modified_pair("the two men who met".split(), 1) is None


class _Span:
    def __init__(self, start, end, kind, label=None):
        self.start, self.end, self.kind, self.label = start, end, kind, label


def test_only_people_acting_for_their_states_widen_the_description():
    lower = "where the security chiefs of the two states met".split()
    spans = widen_to_members(lower, [_Span(2, 4, "role"), _Span(6, 8, "description", "group-2")])
    assert [(s.start, s.kind) for s in spans] == [(2, "description")]
    lower = "where troops of the two states met".split()
    spans = widen_to_members(lower, [_Span(4, 6, "description", "group-2")])
    assert spans[0].start == 4
