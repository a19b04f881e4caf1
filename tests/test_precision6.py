"""False positives on unseen international news, by cause (issue 12, branch ``precision6``).

Every sentence here is our own; each class has sentences the fix changes and one that must still
be coded as before, so a fix cannot pass by dropping events."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def _roots(ctx, text):
    return {(s, t, c[:2]) for s, t, c in _events(ctx, text)}


def test_a_ban_on_another_states_officials_or_carriers_is_a_sanction(ctx):
    """Wrong root: a state barring a class of another state's people, carriers or goods imposes a
    sanction (163), not the administrative restriction of 172 (``stages/state_acts.py``)."""
    for text, source, target in [
        ("Canada on Tuesday banned twelve Iranian officials from entering the country.", "CAN", "IRN"),
        ("Lithuania banned Russian trucks from its roads on Monday.", "LTU", "RUS"),
        ("The Ghanaian government barred Togolese traders from the Accra market on Monday.", "GHA", "TGO"),
    ]:
        events = _events(ctx, text)
        assert (source, target, "163") in events, (text, events)
        assert not any(c.startswith("172") for _, _, c in events), (text, events)


def test_a_ban_at_home_or_on_one_person_stays_an_administrative_sanction(ctx):
    events = _events(ctx, "Uganda banned the opposition rally in Kampala.")
    assert ("UGA", "UGA", "172") in events, events
    events = _events(ctx, "Hungary barred the Dutch foreign minister from a rally in Budapest on Friday.")
    assert ("HUN", "NLD", "172") in events, events


def test_a_speakers_hope_that_others_will_act_is_no_ones_intent(ctx):
    """Not an act: "said he hoped X and Y would meet" is a wish about others, not an intent of
    X and Y (036) nor an announced act (``mood._hoped``)."""
    for text, a, b in [
        ("The Ethiopian prime minister said on Friday he hoped the leaders of Sudan and South Sudan would "
         "meet soon.", "SDN", "SSD"),
        ("Turkey's foreign minister said on Monday he trusted Armenia and Azerbaijan would sign a peace treaty "
         "this year.", "ARM", "AZE"),
        ("The Angolan president told reporters he believed Rwanda and Congo would resume talks in Luanda.",
         "RWA", "COD"),
    ]:
        pairs = {(s, t) for s, t, _ in _events(ctx, text)}
        assert (a, b) not in pairs and (b, a) not in pairs, (text, pairs)


def test_an_announced_decision_of_the_speaker_is_still_the_act(ctx):
    assert ("POL", "BLR", "16") in _roots(ctx, "Poland said on Monday it would expel three Belarusian diplomats.")


def test_what_a_weapon_is_able_to_do_is_not_an_attack(ctx):
    """Not an act: "missiles able to strike", "a drone capable of striking" name a capability
    (``modality.tsv``: able to, capable of)."""
    for text, source, target in [
        ("Iran unveiled a drone capable of striking Israel on Monday.", "IRN", "ISR"),
        ("Japan bought missiles able to strike targets in China on Friday.", "JPN", "CHN"),
        ("North Korea tested a rocket able to hit the United States, officials in Seoul said on Sunday.",
         "PRK", "USA"),
    ]:
        assert (source, target, "19") not in _roots(ctx, text), text
    assert ("PRK", "USA", "15") in _roots(
        ctx, "North Korea tested a rocket able to hit the United States, officials in Seoul said on Sunday.")


def test_what_forces_were_able_to_do_is_still_the_act(ctx):
    assert ("NGA", "NGA", "19") in _roots(
        ctx, "Nigerian troops were able to attack the Boko Haram camp in Sambisa on Monday.")


def test_a_deal_not_yet_made_and_a_warrant_are_not_acts(ctx):
    """Not an act: what states are "close to" or "nearing" a deal to do, and the arrest a warrant
    is for (``modality.tsv``; ``skip/warrant-for-arrest``)."""
    for text, a, b in [
        ("Saudi Arabia and Syria are close to an agreement to reopen their embassies, officials said on Thursday.",
         "SAU", "SYR"),
        ("Peru and Chile are nearing a deal to reopen the border crossing.", "PER", "CHL"),
        ("Mongolia welcomed the Serbian president on Tuesday, ignoring an international court warrant for "
         "his arrest.", "SRB", "SRB"),
    ]:
        events = _events(ctx, text)
        assert not any({s, t} == {a, b} and c[:2] in ("05", "08", "17") for s, t, c in events), (text, events)
    assert ("PER", "CHL", "08") in _roots(ctx, "Peru and Chile agreed on Monday to reopen the border crossing.")
