"""False positives on fresh text, eleventh precision round (issue 12, branch ``precision10``).

Every sentence here is our own; each class has sentences the change fixes and sentences that
must keep their event (or their reading), so a check cannot pass by dropping events."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_the_pronoun_subject_of_a_relative_clause_is_not_the_noun_it_describes(ctx):
    """"officials [that] it holds responsible": "it" is the sanctioning state, the officials the object
    (``stages/described_object.py``)."""
    for text, right, wrong in [
        ("Seoul on Thursday summoned North Korean officials that it blamed for the attack.",
         ("KOR", "PRK", "11"), ("PRK", "KOR", "11")),
        ("The European Union on Monday imposed sanctions on Russian officials it holds responsible for the attacks.",
         ("EU", "RUS", "11"), ("RUS", "EU", "11")),
        ("Kyiv on Monday imposed sanctions on Russian commanders it blames for the strike.",
         ("UKR", "RUS", "11"), ("RUS", "UKR", "11")),
        ("Lithuania on Tuesday expelled Russian diplomats it accused of espionage.",
         ("LTU", "RUS", "11"), ("RUS", "LTU", "11")),
    ]:
        events = _events(ctx, text)
        assert right in events, (text, events)
        assert wrong not in events, (text, events)


def test_pronouns_outside_a_relative_clause_keep_their_antecedent(ctx):
    events = _events(ctx, "Russia said on Monday it would expel Polish diplomats.")
    assert ("RUS", "POL", "16") in events, events
    events = _events(ctx, "Poland on Monday expelled Belarusian diplomats whom it accused of spying.")
    assert ("POL", "BLR", "11") in events and ("POL", "BLR", "16") in events, events


def test_an_intent_told_by_unnamed_people_is_no_stated_intent(ctx):
    """"X plans to ask the IMF for a loan, two people familiar with the talks said": no one's stated
    intent (``conditions.anonymous``); the same plan said by the actor's minister stays an intent."""
    for text in [
        "Argentina plans to ask the IMF for a new loan, two people familiar with the talks said on Monday.",
        "Egypt intends to buy fighter jets from France, sources familiar with the matter said on Tuesday.",
        "Turkey is planning to restore relations with Syria, officials who spoke on condition of anonymity said on Monday.",
    ]:
        events = _events(ctx, text)
        assert not any(c == "03" for _, _, c in events), (text, events)
    events = _events(ctx, "Argentina plans to ask the IMF for a new loan, its economy minister said on Monday.")
    assert ("ARG", "IMF", "03") in events, events
    events = _events(ctx, "North Korea vowed on Monday to strengthen ties with Russia, state media reported.")
    assert ("PRK", "RUS", "03") in events, events


def test_an_announced_use_of_force_is_a_threat(ctx):
    """"Iran said it would retaliate against Israel" is a threat (13), not the attack; an announced
    expulsion or recognition stays the act."""
    for text, pair in [
        ("Iran said on Monday it would retaliate against Israel.", ("IRN", "ISR")),
        ("North Korea said on Monday that it would strike American bases.", ("PRK", "USA")),
        ("Russia said on Monday it would attack Ukrainian ports.", ("RUS", "UKR")),
    ]:
        events = _events(ctx, text)
        assert pair + ("13",) in events, (text, events)
        assert not any((s, t) == pair and c in ("18", "19", "20") for s, t, c in events), (text, events)
    assert ("RUS", "POL", "16") in _events(ctx, "Russia said on Monday it would expel Polish diplomats.")
    assert ("NOR", "PSE", "05") in _events(ctx, "Norway said on Wednesday that it would recognise a Palestinian state.")


def test_being_open_to_talks_is_a_stance_not_talks_held(ctx):
    """"X remains open to indirect negotiations with Y" states X's intent to negotiate (036, X to Y),
    not talks held both ways (046): the rule ``036/open-to-talks`` now allows words before the noun."""
    for text, pair in [
        ("Iran remains open to indirect negotiations with the United States, its foreign minister said on Sunday.",
         ("IRN", "USA")),
        ("Venezuela is open to direct talks with Guyana, its president said on Monday.", ("VEN", "GUY")),
        ("Pakistan is ready for comprehensive talks with India, its prime minister said.", ("PAK", "IND")),
    ]:
        events = _events(ctx, text)
        assert pair + ("03",) in events, (text, events)
        assert (pair[1], pair[0], "04") not in events, (text, events)
    assert ("PER", "CHL", "03") in _events(ctx, "Peru said it was open to talks with Chile.")
    events = _events(ctx, "Armenia opened negotiations with Azerbaijan on Monday.")
    assert ("ARM", "AZE", "04") in events, events


def test_an_act_whose_date_or_timing_is_set_is_still_to_come(ctx):
    """"no date has been set for a meeting between", "a date for X's visit", "timed to coincide with
    X's visit": planned, not held (``stages/scheduled.py``)."""
    for text in [
        "No date has been set for a meeting between the Russian and American presidents, the Kremlin said on Monday.",
        "Officials said on Monday that a date for Modi's visit to Washington had not been set.",
        "North Korea could test a missile within days, possibly timed to coincide with the Japanese prime "
        "minister's visit to Seoul.",
        "Moldova is preparing for talks with Russia on gas supplies, its prime minister said on Monday.",
    ]:
        events = _events(ctx, text)
        assert not any(c == "04" for _, _, c in events), (text, events)
    events = _events(ctx, "Ukraine's cabinet on Thursday halted preparations for signing an association agreement "
                          "with the European Union.")
    assert ("UKR", "EU", "05") not in events, events
    assert ("UKR", "EU", "05") in _events(ctx, "Ukraine signed an association agreement with the European Union on Thursday.")
    assert ("RUS", "USA", "04") in _events(ctx, "Putin and Trump held a meeting in Helsinki on Monday.")
    assert ("IND", "USA", "04") in _events(ctx, "Modi's visit to Washington ended on Tuesday with a defence deal.")


def test_the_verb_after_to_help_x_is_a_purpose(ctx):
    """"sent troops to help the government fight insurgents": the fight is the purpose of the help,
    not an act done (``embedded._helped_to``); "helped X fight" (done) keeps the fight."""
    for text, wrong in [
        ("Rwanda sent troops to Mozambique on Monday to help the government fight insurgents in Cabo Delgado "
         "province.", [("MOZ", "RWA", "19"), ("RWA", "MOZ", "19")]),
        ("The Security Council on Monday approved a force to help Haiti's police fight the gangs in Port-au-Prince.",
         [("HTI", "HTI", "19")]),
        ("Turkey sent drones to Somalia on Tuesday to help the army fight al Shabaab militants near Mogadishu.",
         [("SOM", "SOM", "19")]),
        ("Chad deployed troops to Niger on Monday to help Nigerien forces attack Boko Haram camps near Diffa.",
         [("NER", "NGA", "19")]),
    ]:
        events = _events(ctx, text)
        assert not set(wrong) & events, (text, events)
        assert any(c in ("07", "15") for _, _, c in events), (text, events)
    events = _events(ctx, "Iran helped Iraq's army fight Islamic State on Monday.")
    assert ("IRQ", "ISIL", "19") in events and ("IRN", "IRQ", "07") in events, events


def test_a_participle_joined_by_and_shares_the_doer_of_the_participle_before(ctx):
    """"a statement urging Serbia to recognise Kosovo and condemning the attacks": the condemnation is
    the EU's, not Serbia's (the doer of the infinitive in between) (``subjects._participle_before``)."""
    for text, right, wrong in [
        ("The EU on Monday adopted a statement urging Serbia to recognise Kosovo and condemning the attacks on "
         "NATO troops.", ("EU", "NATO", "11"), ("SRB", "NATO", "11")),
        ("The Security Council on Thursday adopted a resolution pressing Burundi's government to open talks with "
         "the opposition and condemning the killings of UN peacekeepers.", ("UN", "BDI", "11"), ("BDI", "UN", "11")),
        ("The African Union on Friday issued a communique asking Sudan to allow aid convoys and criticising the "
         "United Arab Emirates for arming the RSF.", ("AU", "ARE", "11"), ("SDN", "ARE", "11")),
    ]:
        events = _events(ctx, text)
        assert right in events, (text, events)
        assert wrong not in events, (text, events)
    events = _events(ctx, "Iran blamed Israel for the killing and vowed revenge.")
    assert ("IRN", "ISR", "11") in events and ("IRN", "ISR", "13") in events, events
    events = _events(ctx, "Kenya's foreign ministry issued a statement on Monday urging Eritrea to join the talks "
                          "and praising Ethiopia for the deal.")
    assert ("KEN", "ETH", "05") in events, events


def test_the_actor_after_with_does_the_participle_that_follows(ctx):
    """"Russia and China cast vetoes, with Moscow's envoy accusing Washington of hypocrisy": the
    accusation is Russia's alone (``subjects._absolute_with``)."""
    for text, right, wrong in [
        ("Russia and China cast vetoes on Friday, with Moscow's envoy accusing Washington of hypocrisy.",
         ("RUS", "USA", "11"), ("CHN", "USA", "11")),
        ("Britain and France condemned the attack on Monday, with the French foreign minister accusing Iran of "
         "backing the militants.", ("FRA", "IRN", "11"), ("GBR", "IRN", "11")),
        ("Russia and China vetoed the resolution on Friday, with Moscow's envoy calling the US draft hypocritical.",
         ("RUS", "USA", "11"), ("CHN", "USA", "11")),
    ]:
        events = _events(ctx, text)
        assert right in events, (text, events)
        assert wrong not in events, (text, events)
    events = _events(ctx, "Russia and China condemned the strike on Friday, accusing Washington of hypocrisy.")
    assert ("RUS", "USA", "11") in events and ("CHN", "USA", "11") in events, events
    assert not _events(ctx, "Egypt and Jordan rejected the plan on Monday, with Cairo's foreign minister calling it "
                            "a threat to regional security.") & {("EGY", "JOR", "11"), ("JOR", "EGY", "11")}


def test_what_a_signed_text_provides_for_is_not_an_act_done(ctx):
    """"signed a pact that will cut tariffs", "a deal under which Moscow will train Malian soldiers": the
    content of the text, not a second act; the signing stays (``stages/document_content.py``)."""
    for text, pair, content in [
        ("India and the United Arab Emirates signed a free trade pact on Friday that will cut tariffs on most goods.",
         ("IND", "ARE"), "08"),
        ("Russia and Japan signed a treaty on Monday under which Russia will return two disputed islands to Japan.",
         ("RUS", "JPN"), "08"),
        ("Egypt and Sudan signed a pact on Tuesday under which Cairo will supply electricity to Khartoum.",
         ("EGY", "SDN"), "06"),
        ("Mali and Russia signed a deal on Friday under which Moscow will train Malian soldiers.", ("RUS", "MLI"), "06"),
    ]:
        events = _events(ctx, text)
        assert pair + ("05",) in events, (text, events)
        assert pair + (content,) not in events, (text, events)
    assert ("RUS", "MLI", "06") in _events(ctx, "Russia said on Monday that it will train Malian soldiers.")
    events = _events(ctx, "Ethiopia and Eritrea signed a peace deal on Monday and agreed to reopen their embassies.")
    assert ("ETH", "ERI", "05") in events, events


def test_people_with_an_owner_are_the_owners_not_the_places(ctx):
    """"their ambassadors in New Delhi", "its soldiers in Mali": the owner's people, not the state of
    the place where they serve (``coref._role_from_place``); an owner's property ("its embassy in X")
    and people with no owner ("Soldiers in Gabon") keep the place's state."""
    for text, right, wrong in [
        ("Israel and Bhutan established diplomatic relations on Saturday, with their ambassadors in New Delhi "
         "signing the agreement.", ("ISR", "BTN", "05"), ("ISR", "IND", "05")),
        ("France said on Monday that its soldiers in Mali had killed a senior jihadist commander.",
         ("FRA", "MLI", "19"), ("MLI", "MLI", "19")),
        ("Germany said on Monday that its troops in Lithuania had held drills with Polish forces.",
         ("DEU", "POL", "06"), ("LTU", "POL", "06")),
    ]:
        events = _events(ctx, text)
        assert right in events, (text, events)
        assert wrong not in events, (text, events)
    assert ("GAB", "GAB", "17") in _events(ctx, "Soldiers in Gabon seized power on Wednesday.")
    assert ("RUS", "USA", "17") in _events(ctx, "A court in Moscow sentenced an American journalist to 16 years on Monday.")


def test_a_name_we_do_not_know_after_an_opener_is_not_the_main_subject(ctx):
    """"Mexico granted asylum to X, a day after Morales resigned": the resignation is not Mexico's
    (``subjects._unknown_name``); a known leader or a state after "after" keeps its act."""
    for text, wrong in [
        ("Mexico granted asylum to Bolivia's former president Evo Morales on Monday, Foreign Minister Marcelo "
         "Ebrard said, a day after Morales resigned under pressure from the army chief.", ("MEX", "MEX", "08")),
        ("Argentina offered refuge to the Peruvian opposition leader Ana Quispe on Tuesday, two days after Quispe "
         "resigned from parliament.", ("ARG", "ARG", "08")),
        ("Brazil granted asylum to the Nicaraguan bishop Rolando Alvarez on Monday, a week after Alvarez resigned "
         "his post.", ("BRA", "BRA", "08")),
    ]:
        events = _events(ctx, text)
        assert wrong not in events, (text, events)
        assert any(c == "07" for _, _, c in events), (text, events)
    events = _events(ctx, "Kenya recalled its envoy from Harare on Monday after Mnangagwa expelled two Kenyan diplomats.")
    assert ("ZWE", "KEN", "16") in events, events
    events = _events(ctx, "Russia recalled its ambassador from Kyiv on Monday after Ukraine expelled two Russian diplomats.")
    assert ("UKR", "RUS", "16") in events, events


def test_the_state_across_a_border_is_no_drill_partner(ctx):
    """"manoeuvres near the border with Azerbaijan": a show of force at the border (150), not a
    joint exercise with Azerbaijan (062) (``joint_drills._partners``)."""
    for text, pair in [
        ("Iranian ground forces began large-scale manoeuvres near the border with Azerbaijan on Friday.", ("IRN", "AZE")),
        ("Chinese forces staged exercises along the border with India on Tuesday.", ("CHN", "IND")),
        ("Belarusian troops began exercises near the border with Poland on Monday.", ("BLR", "POL")),
    ]:
        events = _events(ctx, text)
        assert pair + ("15",) in events, (text, events)
        assert pair + ("06",) not in events and (pair[1], pair[0], "06") not in events, (text, events)
    assert ("USA", "ARM", "06") in _events(ctx, "American soldiers began an exercise with Armenian forces on Monday.")
    assert ("EGY", "GRC", "06") in _events(ctx, "Egypt held naval drills with Greece on Monday.")


def test_receiving_goods_is_no_hosting(ctx):
    """"received shipments of Iranian missiles": goods, not a visitor (043 hosts a visit); rule
    ``skip/receive-goods``."""
    for text in [
        "Russia had received shipments of Iranian ballistic missiles, Blinken said on Tuesday.",
        "Ukraine received the first deliveries of American tanks on Monday.",
        "Armenia received a batch of Indian artillery shells on Monday.",
    ]:
        events = _events(ctx, text)
        assert not any(c == "04" for _, _, c in events), (text, events)
    assert ("TUR", "UKR", "04") in _events(ctx, "Erdogan received Zelensky in Istanbul on Monday.")
    assert ("CHN", "RUS", "04") in _events(ctx, "Xi received the Russian foreign minister in Beijing on Monday.")


def test_whom_a_joined_act_names_is_not_the_target_of_a_show_of_force(ctx):
    """"put its military on alert and urged the United States to ...": the United States is urged, not
    the alert's target (``posture.joined_clause``); a state named elsewhere in the sentence still is."""
    for text, wrong in [
        ("Guyana placed its army on heightened alert on Thursday and asked the UN Security Council to convene.",
         ("GUY", "UN", "15")),
        ("Armenia put its forces on full combat readiness on Monday and appealed to Russia for help.",
         ("ARM", "RUS", "15")),
        ("Taiwan put its military on alert on Friday and urged the United States to condemn the drills.",
         ("TWN", "USA", "15")),
    ]:
        events = _events(ctx, text)
        assert wrong not in events, (text, events)
        assert any(c == "02" for _, _, c in events), (text, events)
    events = _events(ctx, "Guyana has placed its Defence Force on heightened alert and asked the UN Security Council "
                          "to convene, President Irfaan Ali said on Thursday, after Caracas ordered its state oil "
                          "company to start issuing licences.")
    assert ("GUY", "VEN", "15") in events, events
    assert ("TWN", "CHN", "15") in _events(ctx, "Taiwan put its forces on alert on Friday after Chinese warships "
                                                "neared the island.")


def test_an_act_asked_about_is_not_reported(ctx):
    """"Will China invade Taiwan before 2030, analysts asked": a question, not an act (``stages/questions.py``)."""
    for text in [
        "Will China invade Taiwan before 2030, analysts asked on Monday.",
        "Will Turkey veto Sweden's bid to join NATO?",
        "Will Iran retaliate against Israel, analysts asked on Monday.",
    ]:
        events = _events(ctx, text)
        assert not any(c in ("12", "19") for _, _, c in events), (text, events)
    assert ("TUR", "SWE", "12") in _events(ctx, "Turkey will veto Sweden's NATO bid, Erdogan said on Monday.")
    assert ("RUS", "UKR", "19") in _events(ctx, "Russia attacked Ukrainian ports on Monday, officials said.")
