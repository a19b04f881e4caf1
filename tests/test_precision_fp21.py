"""False positives on fresh international news (issue 12, branch ``fp21``).

Every sentence here is our own; each class has sentences the change fixes and sentences that
must keep their event, so a check cannot pass by dropping events."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 5, 1)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_what_a_text_vetoed_or_failed_later_in_the_sentence_says_is_said_by_no_one(ctx):
    """"A resolution demanding a truce in Yemen was vetoed by Russia": the text's own verb, after its
    content, blocks it (``embedded._blocked_later``); an adopted text still speaks for its body."""
    for text, blocked in [
        ("A Security Council resolution demanding a ceasefire in Yemen was vetoed by Russia and China on Tuesday.",
         ("UN", "YEM", "10")),
        ("A Brazilian-drafted Security Council text calling for a truce in Haiti failed on Friday when China "
         "cast a veto.", ("UN", "HTI", "02")),
        ("A UN resolution condemning Eritrea's crackdown was later rejected by the General Assembly.",
         ("UN", "ERI", "11")),
        ("A Security Council draft demanding that Israel halt its offensive, vetoed by the United States, won 13 votes.",
         ("UN", "ISR", "10")),
    ]:
        assert blocked not in _events(ctx, text), (text, _events(ctx, text))
    assert ("UN", "YEM", "10") in _events(
        ctx, "A Security Council resolution demanding a ceasefire in Yemen was adopted on Tuesday.")
    assert ("UN", "RUS", "11") in _events(
        ctx, "The General Assembly adopted a resolution condemning Russia's invasion, which was opposed by Belarus.")


def test_an_as_clause_does_not_list_its_subject_with_the_actor_before_it(ctx):
    """"recalled its envoy from Harare, as Renamo fighters advanced on Beira": a lone "as" opens a
    clause (``clauses._lone_as``); "as well as" still lists."""
    events = _events(ctx, "Zambia recalled its diplomats from Harare, as Mozambican troops advanced on Beira.")
    assert ("ZMB", "ZWE", "16") in events, events
    assert ("ZWE", "MOZ", "19") not in events, events
    events = _events(ctx, "Congo recalled its diplomats from Kigali, as M23 rebels advanced on Goma.")
    assert ("RWA", "COD", "19") not in events and ("COD", "COD", "19") in events, events
    events = _events(ctx, "Peru, Chile as well as Ecuador condemned the coup in Bolivia.")
    assert {("PER", "BOL", "11"), ("CHL", "BOL", "11"), ("ECU", "BOL", "11")} <= events, events


def test_an_act_a_verb_of_keeping_governs_through_from_does_not_happen(ctx):
    """"barred the government from deploying troops", "prevented Ghana from extraditing":
    ``conditions.kept_from``; the act itself stays when nothing keeps from it."""
    for text, kept in [
        ("Kenya's Supreme Court barred the government from deploying troops to Somalia on Friday.", ("KEN", "SOM", "15")),
        ("A judge prevented Ghana from extraditing the Togolese activist on Monday.", ("GHA", "TGO", "06")),
        ("The court stopped Zambia from expelling the Malawian envoy on Tuesday.", ("ZMB", "MWI", "17")),
    ]:
        assert kept not in _events(ctx, text), (text, _events(ctx, text))
    assert ("KEN", "SOM", "15") in _events(ctx, "Kenya deployed troops to Somalia on Friday.")
    assert ("GHA", "TGO", "06") in _events(ctx, "Ghana extradited the Togolese activist on Monday.")


def test_nouns_and_participles_that_name_no_act_of_the_sentence(ctx):
    """"pulled their negotiating teams out", "a joint statement released by", "Guinea's detained
    president": modifiers, not acts (``skip/negotiating-modifier``, ``skip/document-released``,
    ``skip/possessed-participle``)."""
    assert not any(r == "04" for _, _, r in _events(
        ctx, "Egypt and Qatar pulled their negotiating teams out of the truce talks in Cairo on Thursday."))
    assert not any(r == "08" for _, _, r in _events(
        ctx, "Hanoi said a joint statement released by Chinese officials on Monday was inaccurate."))
    assert not any(r == "17" for _, _, r in _events(
        ctx, "ECOWAS called on Friday for the immediate release of Guinea's detained president."))
    assert ("EGY", "PSE", "04") in _events(ctx, "Egypt negotiated with Hamas in Cairo on Thursday.")
    assert ("ISR", "PSE", "08") in _events(ctx, "Israel released 90 Palestinian prisoners on Sunday.")
    assert ("IRN", "GBR", "17") in _events(ctx, "Iran detained a British national on Monday.")


def test_a_joint_act_one_state_agrees_or_is_told_to_do_is_its_own_step(ctx):
    """"Rabat agreed to normalise relations with Israel": one direction (``event_pairs._one_doer_to``);
    a joint act done, or agreed by both, stays both ways."""
    events = _events(ctx, "Rabat agreed on Thursday to normalise relations with Israel.")
    assert ("MAR", "ISR", "05") in events and ("ISR", "MAR", "05") not in events, events
    events = _events(ctx, "Honduras's president said she had instructed her foreign minister to establish "
                          "relations with China.")
    assert ("HND", "CHN", "05") in events and ("CHN", "HND", "05") not in events, events
    events = _events(ctx, "Ecuador established diplomatic relations with Qatar on Monday.")
    assert {("ECU", "QAT", "05"), ("QAT", "ECU", "05")} <= events, events
    events = _events(ctx, "Israel and Morocco agreed to normalise relations.")
    assert {("ISR", "MAR", "05"), ("MAR", "ISR", "05")} <= events, events



def test_the_speaker_pronoun_after_told_y_on_a_day_that(ctx):
    """"Ghana told Nigeria on Monday that it would send troops": "it" is Ghana (``told._before_time``)."""
    for text in ("Ghana told Nigeria on Monday that it would send troops to Mali.",
                 "Ghana told the African Union on Monday that it would send troops to Mali."):
        events = _events(ctx, text)
        assert ("GHA", "MLI", "15") in events, (text, events)
        assert not any(s in ("NGA", "AU") and r == "15" for s, _, r in events), (text, events)


def test_a_text_vetoed_in_the_passive_is_vetoed_against_its_author_not_its_content(ctx):
    """"A French-drafted resolution urging Iran to cooperate was vetoed by Russia": Russia vetoes
    France's text, not Iran (``passive.in_a_text_content``); "Iran's request was rejected" stays Iran."""
    events = _events(ctx, "A French-drafted resolution urging Iran to cooperate with inspectors was vetoed by Russia.")
    assert ("RUS", "FRA", "12") in events and ("RUS", "IRN", "12") not in events, events
    events = _events(ctx, "A Mexican resolution condemning Nicaragua's crackdown was vetoed on Thursday by Russia.")
    assert ("RUS", "NIC", "12") not in events, events
    assert ("USA", "IRN", "12") in _events(ctx, "Iran's request was rejected by Washington on Monday.")


def test_a_summit_named_as_the_time_of_a_warcraft_patrol_is_no_meeting_of_the_patrol(ctx):
    """"Chinese and Russian bombers flew a joint patrol ... during the G7 summit": the summit dates the
    patrol (``event_pairs._OCCASIONS``); leaders who agree after talks still meet."""
    events = _events(ctx, "Chinese and Russian bombers flew a joint patrol near Japan on Tuesday during the G7 "
                          "summit in Hiroshima.")
    assert ("CHN", "RUS", "06") in events and not any(r == "04" for _, _, r in events), events
    events = _events(ctx, "Peru's president said on Monday after talks in Lima with Chile's president that trade "
                          "would grow.")
    assert any(r == "04" for _, _, r in events), events


def test_its_allies_are_not_it(ctx):
    """"decided to speed up deliveries after consulting its allies": "its" owns the allies; no actor
    (``actors._others_after``, as "Ukraine's allies" already was)."""
    events = _events(ctx, "Norway will send 12 howitzers to Ukraine, its prime minister said on Thursday, adding that "
                          "the government had decided to speed up deliveries after consulting its allies.")
    assert ("NOR", "UKR", "07") in events, events
    assert not any(r == "04" for _, _, r in events), events
    assert ("NOR", "SWE", "04") in _events(ctx, "Norway consulted Sweden on Monday about the crisis.")
