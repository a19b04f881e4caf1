"""Issue 12, recall round 12a: cooperative and verbal acts of roots 02 to 08 in international news."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_a_host_speaking_to_a_visiting_leader_hosts_a_visit(ctx):
    events = _events(ctx, "President Ruto told visiting Ugandan President Museveni on Monday that trade would grow.")
    assert ("KEN", "UGA", "043") in events and ("UGA", "KEN", "042") in events
    events = _events(ctx, "Kenya's foreign minister assured the visiting Ugandan president that the border would stay open.")
    assert ("KEN", "UGA", "043") in events


def test_meeting_a_visiting_leader_named_after_the_participle(ctx):
    events = _events(ctx, "Kenya's president met visiting Ugandan President Museveni on Monday.")
    assert {("KEN", "UGA", "043"), ("UGA", "KEN", "042")} <= events


def test_a_lender_approving_money_for_a_state_provides_it(ctx):
    assert ("WB", "MWI", "071") in _events(ctx, "The World Bank approved a $200 million grant for Malawi on Monday.")
    assert ("IMF", "GHA", "071") in _events(
        ctx, "The IMF's executive board approved a $600 million disbursement to Ghana on Monday.")
    assert ("IMF", "ZMB", "071") in _events(
        ctx, "The IMF board signed off on a $450 million tranche for Zambia on Friday.")


def test_a_budget_approved_at_home_names_no_other_state(ctx):
    assert not any(e[2].startswith("07") for e in _events(
        ctx, "Kenya's parliament approved a $2 billion budget for roads on Monday."))


def test_entering_into_an_agreement_concludes_it(ctx):
    events = _events(ctx, "Ghana and Togo entered into a border security agreement on Friday.")
    assert {("GHA", "TGO", "057"), ("TGO", "GHA", "057")} <= events
    assert ("GHA", "TGO", "057") in _events(ctx, "Ghana entered into a defence pact with Togo on Friday.")


def test_leaders_who_witness_a_signing_conclude_the_agreement(ctx):
    events = _events(ctx, "The presidents of Ecuador and Colombia witnessed the signing of four cooperation "
                          "agreements in Quito on Friday.")
    assert {("ECU", "COL", "057"), ("COL", "ECU", "057")} <= events
    events = _events(ctx, "Ecuador's president held talks with Colombia's president on Friday. The two leaders "
                          "later witnessed the signing of a trade memorandum.")
    assert ("ECU", "COL", "057") in events
    assert not any(e[2] == "057" for e in _events(
        ctx, "Ecuador's president witnessed the signing of a trade deal between two companies on Friday."))


def test_designating_an_ambassador_is_no_terrorist_listing(ctx):
    events = _events(ctx, "Morocco designated its first ambassador to Senegal on Monday.")
    assert ("MAR", "SEN", "050") in events and not any(e[2] == "163" for e in events)


def test_two_armies_opening_their_joint_exercise_cooperate_militarily(ctx):
    events = _events(ctx, "India and Mongolia opened their annual joint exercise on Monday.")
    assert {("IND", "MNG", "062"), ("MNG", "IND", "062")} <= events


def test_planes_carrying_relief_to_a_state_deliver_aid(ctx):
    assert ("ESP", "MAR", "073") in _events(
        ctx, "Two Spanish air force planes carrying tents and medicine landed in Morocco on Sunday.")
    assert not any(e[2].startswith("07") for e in _events(
        ctx, "Israel intercepted a ship carrying aid to Gaza on Monday."))


def test_donating_or_handing_over_goods_is_aid(ctx):
    assert ("KOR", "GHA", "070") in _events(ctx, "Korea donated 40 ambulances to Ghana on Thursday.")
    assert ("KOR", "GHA", "070") in _events(ctx, "Korea donated 5,000 tonnes of rice to Ghana on Thursday.")
    assert ("KOR", "GHA", "070") in _events(
        ctx, "Korea handed over 40 ambulances to Ghana's health ministry on Thursday.")


def test_rushing_or_flying_aid_to_a_state_provides_it(ctx):
    assert ("EGY", "SDN", "070") in _events(ctx, "Egypt rushed aid to Sudan on Monday.")
    assert ("EGY", "SDN", "070") in _events(ctx, "Egypt airlifted aid to Sudan on Monday.")
    assert ("EGY", "SDN", "070") in _events(ctx, "Egypt flew aid to Sudan on Monday.")


def test_a_field_hospital_sent_abroad_is_humanitarian_aid(ctx):
    assert ("EGY", "SDN", "073") in _events(ctx, "Egypt dispatched a field hospital to Sudan on Monday.")


def test_receiving_refugees_is_asylum_not_a_visit(ctx):
    events = _events(ctx, "Egypt has received 5,000 Sudanese refugees since April.")
    assert ("EGY", "SDN", "075") in events and ("EGY", "SDN", "043") not in events


def test_an_announced_funding_of_projects_abroad_is_aid(ctx):
    assert ("NOR", "MWI", "070") in _events(ctx, "Norway will fund three new schools in Malawi, its embassy said.")
    assert ("NOR", "MWI", "070") in _events(ctx, "Norway agreed to finance a new hospital in Malawi.")
    assert ("CHN", "ZMB", "061") in _events(ctx, "China agreed to finance a new railway in Zambia.")
    assert not any(e[2].startswith("07") for e in _events(
        ctx, "The World Bank said it would not finance any new projects in Uganda."))


def test_a_nominal_cessation_of_sanctions_eases_them(ctx):
    assert ("USA", "SYR", "085") in _events(ctx, "Trump ordered the cessation of sanctions against Syria.")


def test_two_leaders_discussing_together_consult(ctx):
    events = _events(ctx, "The Austrian and Czech chancellors discussed energy prices in Vienna on Friday.")
    assert {("AUT", "CZE", "040"), ("CZE", "AUT", "040")} <= events
    assert not any(e[2].startswith("04") for e in _events(ctx, "Austria discussed energy prices on Friday."))


def test_holding_a_dialogue_is_talks(ctx):
    assert ("FRA", "ITA", "040") in _events(ctx, "France and Italy held their first strategic dialogue on Monday.")


def test_a_guest_received_in_the_passive_visits_the_host(ctx):
    events = _events(ctx, "France's foreign minister was received by Italy's president on Monday.")
    assert {("ITA", "FRA", "043"), ("FRA", "ITA", "042")} <= events
    assert ("FRA", "ITA", "042") not in _events(
        ctx, "A French delegation's letter was received by Italy's president on Monday.")


def test_an_act_after_talks_between_two_leaders_implies_their_talks(ctx):
    events = _events(ctx, "Ecuador reopened its border crossings on Friday after talks between the Ecuadorean "
                          "and Peruvian presidents.")
    assert {("ECU", "PER", "040"), ("PER", "ECU", "040")} <= events
    assert not any(e[2].startswith("04") for e in _events(
        ctx, "No date has been set for a new round of talks between Chile and Peru."))


def test_two_states_announcing_an_agreement_conclude_it(ctx):
    events = _events(ctx, "Kenya and Ethiopia announced a comprehensive trade agreement on Friday.")
    assert {("KEN", "ETH", "057"), ("ETH", "KEN", "057")} <= events
    assert ("KEN", "ETH", "057") in _events(ctx, "Kenya unveiled a new energy accord with Ethiopia on Friday.")


def test_a_request_submitted_or_lodged_with_a_state_is_an_appeal(ctx):
    assert ("BOL", "PER", "020") in _events(
        ctx, "Bolivia submitted a formal request to Peru on Monday for the return of a former minister.")
    assert ("BOL", "PER", "020") in _events(ctx, "Bolivia filed an extradition request with Peru.")
    assert ("BOL", "PER", "023") in _events(ctx, "Bolivia made an urgent appeal to Peru for help.")
    assert not any(e[2].startswith("02") for e in _events(
        ctx, "Bolivian police arrived in the border town as part of a force sent at the governor's request "
             "to help Peru."))


def test_an_igo_acts_through_its_board_of_directors_or_governors(ctx):
    assert ("WB", "KEN", "071") in _events(
        ctx, "The World Bank's board of executive directors approved a $750 million credit for Kenya.")
    assert ("IMF", "KEN", "071") in _events(ctx, "The IMF's board of governors approved a loan for Kenya.")
    assert ("AU", "KEN", "051") in _events(ctx, "The AU's council of ministers endorsed Kenya's candidate.")
