"""Who did it to whom when the trigger is found far from its actors (issue 12, branch ``pairs``)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code[:2]) for e in doc.events}


def test_a_nominal_act_opening_a_passive_sentence_takes_the_passive_agent(ctx):
    """"An appeal to X ... was issued by Y": Y made the appeal (``stages/subject_noun.py``)."""
    assert {("NOR", "ARM", "02"), ("NOR", "AZE", "02")} <= _pairs(
        ctx, "An appeal to Armenia and Azerbaijan to return to talks was issued by the Norwegian "
             "foreign minister on Sunday.")
    assert ("RUS", "MDA", "13") in _pairs(
        ctx, "A threat to halt gas deliveries to Moldova was repeated by the Russian energy minister on Wednesday.")
    assert ("FRA", "PRK", "11") in _pairs(
        ctx, "The condemnation of North Korea's missile test was voiced by the French foreign minister on Tuesday.")
    assert ("ARG", "CHL", "02") in _pairs(
        ctx, "An invitation to Chile's president was sent by the Argentine government on Thursday.")
    assert ("USA", "VEN", "16") in _pairs(
        ctx, "New sanctions on Venezuelan officials were announced by the State Department on Friday.")


def test_the_passive_agent_is_read_only_for_a_noun_that_opens_the_sentence(ctx):
    # the visit does not open the sentence: "was welcomed by" names the host, not the visitor
    doc = code_document(document_from_text(
        "Peru and Chile signed a trade pact on Thursday as the Chilean president began a two-day state "
        "visit to Lima, where he was welcomed by the Peruvian president.", dt.date(2025, 3, 4)), ctx)
    codes = {(e.source.primary, e.target.primary, e.code) for e in doc.events}
    assert ("CHL", "PER", "042") in codes and ("PER", "CHL", "042") not in codes
    # with no "by" after the passive verb there is no doer
    assert not any(p[2] == "02" for p in _pairs(
        ctx, "An appeal to Armenia and Azerbaijan to return to talks was issued on Sunday."))


def test_a_stance_participle_after_a_reported_clause_is_the_speakers(ctx):
    """"Cambodia said that Thai soldiers had fired on ..., accusing Bangkok": Cambodia accuses
    (``stages/subjects.py``, ``_last_subject``)."""
    assert ("KHM", "THA", "11") in _pairs(
        ctx, "Cambodia said on Thursday that Thai soldiers had fired on its border posts, accusing Bangkok "
             "of seeking a conflict.")
    pairs = _pairs(ctx, "Israel's army said Hezbollah fighters had fired rockets at Haifa, accusing Iran "
                        "of arming them.")
    assert ("ISR", "IRN", "11") in pairs and ("LBN", "IRN", "11") not in pairs
    assert ("UKR", "RUS", "11") in _pairs(
        ctx, "Ukraine said that Russian drones had struck a power plant in Odesa, calling the attack "
             "an act of terror.")
    assert ("PAK", "IND", "13") in _pairs(
        ctx, "Pakistan's foreign ministry said on Monday that Indian jets had violated its airspace, "
             "warning New Delhi of a firm response.")
    # with no speaker before it, the reported clause's subject stays the participle's
    assert ("PHL", "CHN", "11") in _pairs(
        ctx, "The Philippine president vowed that Manila would take countermeasures, calling the "
             "blockade by China a provocation.")


def test_a_rejection_is_addressed_to_whoever_offered_its_object(ctx):
    """"rejected the timetable drafted by ECOWAS" (``stages/addressee.py``)."""
    assert ("MLI", "ECOWAS", "12") in _pairs(ctx, "Mali's junta rejected the transition timetable drafted by ECOWAS.")
    assert ("SRB", "EU", "12") in _pairs(
        ctx, "Serbia rejected a compromise put forward by the European Union on Tuesday.")
    assert ("VEN", "BRA", "12") in _pairs(ctx, "Venezuela rejected the electoral timetable offered by Brazil.")
    assert ("GRC", "IMF", "12") in _pairs(ctx, "Greece rejected the terms of a rescue package offered by the IMF.")
    assert ("PSE", "EGY", "12") in _pairs(ctx, "Hamas rejected a ceasefire plan proposed by Egypt on Monday.")
    # a stop between the rejection and the participle ends the search
    assert not any(p[2] == "12" for p in _pairs(
        ctx, "Mali's junta rejected the demand on Monday; a new timetable was drafted by ECOWAS."))


def test_a_stance_participle_after_an_object_list_is_the_main_subjects(ctx):
    """"summoned the envoys of A and B, accusing their countries": the summoner accuses, not the
    last listed object (``stages/subjects.py``: the objects of earlier acts open no clause)."""
    pairs = _pairs(ctx, "Russia summoned the ambassadors of Poland and Lithuania, accusing their countries "
                        "of provocation.")
    assert {("RUS", "POL", "11"), ("RUS", "LTU", "11")} <= pairs
    assert not {("POL", "RUS", "11"), ("LTU", "RUS", "11")} & pairs
    assert {("BOL", "PER", "11"), ("BOL", "CHL", "11"), ("BOL", "BRA", "11")} <= _pairs(
        ctx, "Bolivia on Monday ordered diplomats from Peru, Chile and Brazil to leave the country, "
             "accusing their governments of interference.")
    assert {("MLI", "FRA", "11"), ("MLI", "DEU", "11")} <= _pairs(
        ctx, "Mali expelled envoys of France and Germany on Friday, accusing their governments of backing rebels.")
    assert ("TCD", "DEU", "11") in _pairs(
        ctx, "Chad gave the German ambassador two days to leave, accusing his government of interfering "
             "in its affairs.")
    # a clause of its own after "and" still gives the participle its subject
    pairs = _pairs(ctx, "Ukraine sank a Russian warship on Monday, and Moscow vowed revenge, calling the "
                        "attack an act of terrorism.")
    assert ("RUS", "UKR", "11") in pairs and ("UKR", "RUS", "11") not in pairs
    pairs = _pairs(ctx, "Canada expelled two Indian diplomats on Monday, and India condemned the decision, "
                        "accusing Ottawa of bias.")
    assert ("IND", "CAN", "11") in pairs and ("CAN", "IND", "11") not in pairs


def test_a_bare_government_body_opening_a_sentence_is_the_previous_subjects(ctx):
    """"Kenya summoned ... The ministry accused Kampala ...": the ministry is Kenya's (``stages/bodies.py``)."""
    assert ("KEN", "UGA", "11") in _pairs(
        ctx, "Kenya's foreign ministry summoned the Ugandan ambassador on Monday. The ministry accused "
             "Kampala of backing rebels.")
    assert ("CHL", "VEN", "11") in _pairs(
        ctx, "Chile recalled its ambassador from Caracas on Monday. The government also accused Venezuela "
             "of election fraud.")
    assert ("POL", "BLR", "11") in _pairs(
        ctx, "Poland closed its last border crossing with Belarus on Friday. The interior ministry accused "
             "Minsk of pushing migrants across the frontier.")
    assert ("KEN", "UGA", "11") in _pairs(
        ctx, "Kenya summoned the Ugandan ambassador on Monday. The foreign minister accused Kampala of "
             "backing rebels.")
    # an ambassador opening the next sentence stands for a state abroad: not the previous subject's
    pairs = _pairs(ctx, "Kenya summoned the Ugandan ambassador on Monday. The ambassador accused Kenya of "
                        "harbouring rebels.")
    assert ("KEN", "KEN", "11") not in pairs
    # an IGO has no ministry: a body after it stays unresolved
    assert not any(p[2] == "11" for p in _pairs(
        ctx, "The European Union imposed sanctions on Belarus on Monday. The government accused Brussels "
             "of interference."))


def test_a_title_and_unknown_name_of_a_state(ctx):
    """"Defence Minister Ivo Karlsson of Estonia": the name the title swallows stands before "of"
    (``stages/actors.py``, ``_of_phrase``)."""
    assert ("EST", "RUS", "11") in _pairs(
        ctx, "Defence Minister Ivo Karlsson of Estonia accused Russia of jamming GPS signals.")
    assert ("SVK", "HUN", "11") in _pairs(ctx, "Prime Minister Tomas Varga of Slovakia condemned Hungary's decision.")
    assert ("AGO", "COD", "11") in _pairs(
        ctx, "Interior Minister Paulo Mendes of Angola accused Congo of harbouring rebels.")
    assert {("NOR", "SWE", "04"), ("SWE", "NOR", "04")} <= _pairs(
        ctx, "Foreign Minister Lena Holm of Norway met her Swedish counterpart in Oslo.")
    # a lower-case word after the title ends the name: "the minister responsible of ..." is no state's
    assert not _pairs(ctx, "Defence Minister Ivo Karlsson spoke of Estonia and accused nobody.")


def test_a_pledge_of_aid_with_no_recipient_goes_to_the_one_in_need(ctx):
    """Pledges flagged ``ant``: the recipient of others' aid before, else an actor before the trigger,
    else the previous sentence's place, else its subject (``stages/recipients.py``)."""
    assert ("WB", "PAK", "03") in _pairs(
        ctx, "Floods swept through northern Pakistan on Monday, killing dozens. The World Bank pledged "
             "$200 million in emergency assistance.")
    assert {("EGY", "SDN", "03"), ("QAT", "SDN", "03")} <= _pairs(
        ctx, "The Sudanese government appealed for food aid on Tuesday. Egypt and Qatar pledged "
             "$50 million between them.")
    assert ("FRA", "MDG", "03") in _pairs(
        ctx, "A cyclone struck Madagascar on Sunday. France has promised humanitarian assistance.")
    assert ("DEU", "LBY", "03") in _pairs(
        ctx, "Italy sent relief supplies to Libya after the floods. Germany pledged $5 million in aid.")
    assert ("CAN", "HTI", "03") in _pairs(
        ctx, "Haiti's prime minister asked donors for help on Monday. Canada pledged $20 million.")
    # with nothing before it, a pledge has no recipient
    assert not _pairs(ctx, "Canada pledged $20 million on Monday.")


def test_a_rejection_naming_the_thing_in_its_pattern_answers_its_author(ctx):
    """"Sudan's army rejected the proposal" after Ethiopia's call: a pattern that ends in "the
    <thing>" reacts to it like "rejected it" (``stages/reaction.py``)."""
    assert ("SDN", "ETH", "12") in _pairs(
        ctx, "Ethiopia's prime minister called on Sudan's rival generals to meet in Addis Ababa. "
             "Sudan's army rejected the proposal.")
    assert ("RUS", "EU", "12") in _pairs(
        ctx, "The European Union presented a peace plan to Russia on Friday. Moscow rejected the plan.")
    assert ("ISR", "EGY", "12") in _pairs(
        ctx, "Egypt proposed a ceasefire to Israel and Hamas on Monday. Israel rejected the proposal.")
    assert ("VEN", "USA", "12") in _pairs(
        ctx, "Washington demanded that Caracas free the opposition leader. Venezuela rejected the demand.")
    # with no one before it, the rejection has no addressee
    assert not _pairs(ctx, "Israel rejected the proposal on Monday.")


def test_a_reaction_to_what_was_done_to_someone_answers_the_doer(ctx):
    """"welcomed her release": the reaction is aimed at the releaser named before
    (``stages/reaction.py``: "his/her/their" + release, arrest, execution ...)."""
    assert ("FRA", "IRN", "05") in _pairs(
        ctx, "Iranian authorities freed the French-Iranian researcher Fariba Adelkhah on Tuesday. French "
             "Foreign Minister Jean-Noel Barrot welcomed her release.")
    assert ("COL", "VEN", "05") in _pairs(
        ctx, "Venezuela freed two Colombian soldiers on Friday. Colombia welcomed their release.")
    assert ("CAN", "EGY", "05") in _pairs(
        ctx, "Egypt released a Canadian activist on Monday. Canada welcomed his release.")
    # with no act before it there is no one to answer
    assert not any(p[2] == "05" for p in _pairs(ctx, "Canada welcomed his release on Monday."))


def test_a_since_date_in_an_aside_ends_at_its_comma(ctx):
    """"Kenyan troops, deployed in Somalia since 2011, killed ...": the "since" phrase is a date
    that closes at its comma, not a clause holding the main verb (``stages/clauses.py``)."""
    assert ("KEN", "SOM", "19") in _pairs(
        ctx, "Kenyan troops, deployed in Somalia since 2011, killed dozens of al-Shabaab fighters on Sunday.")
    assert ("TUR", "TUR", "19") in _pairs(
        ctx, "Turkish forces, based in northern Iraq since 2019, shelled PKK positions on Monday.")
    assert ("TCD", "NGA", "19") in _pairs(
        ctx, "Chadian soldiers, deployed in Niger since 2015, killed Boko Haram fighters near Diffa on Friday.")
    # a "since" clause with a verb stays background
    assert not _pairs(ctx, "Since the war began, Russia has accused Ukraine of terrorism.")


def test_an_object_relative_aims_at_its_antecedent(ctx):
    """"Algeria, which it accused of backing the Polisario Front": Morocco accuses Algeria
    (``stages/relatives.py``)."""
    pairs = _pairs(ctx, "Morocco recalled its ambassador to Algeria, which it accused of backing the Polisario Front.")
    assert ("MAR", "DZA", "11") in pairs and not any(p[0] == "DZA" and p[2] == "11" for p in pairs)
    pairs = _pairs(ctx, "Israel struck Hezbollah positions in Lebanon, which it blamed for the rocket fire.")
    assert ("ISR", "LBN", "11") in pairs and ("LBN", "ISR", "11") not in pairs
    pairs = _pairs(ctx, "Russia expelled two diplomats from Estonia, which it accused of spying.")
    assert ("RUS", "EST", "11") in pairs and ("EST", "RUS", "11") not in pairs
    assert ("CHN", "LTU", "11") in _pairs(
        ctx, "China downgraded ties with Lithuania, which it accused of violating its sovereignty.")
    assert ("PAK", "AFG", "11") in _pairs(
        ctx, "Pakistan struck targets in Afghanistan, which it accused of sheltering militants.")


def test_a_gerund_after_a_preposition_takes_its_own_clauses_subject(ctx):
    """"..., and Australia answered by suspending military cooperation": Australia suspends, not the
    sentence's first subject (``stages/gerunds.py``)."""
    pairs = _pairs(ctx, "Thailand's army chief said the military had taken over the government, and Australia "
                        "answered by suspending military cooperation with Thailand.")
    assert ("AUS", "THA", "16") in pairs and ("THA", "AUS", "16") not in pairs
    assert ("JPN", "CHN", "11") in _pairs(
        ctx, "China fired missiles near Taiwan on Friday, and Japan reacted by summoning the Chinese ambassador.")
    assert ("EST", "RUS", "16") in _pairs(
        ctx, "Russia expelled two Estonian diplomats, and Estonia retaliated by expelling a Russian envoy.")
    assert ("RUS", "TUR", "16") in _pairs(
        ctx, "Turkey shot down a Russian jet, and Moscow responded by imposing sanctions on Ankara.")
    # an object before the preposition is not the gerund's subject
    pairs = _pairs(ctx, "Belarus followed Russia in recognising the breakaway regions of Georgia.")
    assert ("BLR", "GEO", "05") in pairs


def test_a_persons_government_is_the_persons_states(ctx):
    """"President Recep Tayyip Erdogan's government and the opposition signed": a body after a titled
    person's possessive is the person's state's (``stages/bodies.py``)."""
    assert ("TUR", "TUR", "05") in _pairs(
        ctx, "France praised Turkey on Monday, hours after President Recep Tayyip Erdogan's government and "
             "the opposition signed an accord.")
    assert ("IND", "IND", "05") in _pairs(
        ctx, "France praised India on Monday, hours after Prime Minister Narendra Modi's government and the "
             "opposition signed an accord.")
    assert ("BRA", "BRA", "05") in _pairs(
        ctx, "Canada praised Brazil on Monday, hours after President Luiz Inacio Lula da Silva's government "
             "and the opposition signed an accord.")
    assert ("HUN", "HUN", "17") in _pairs(
        ctx, "Germany criticised Hungary on Monday, hours after Prime Minister Viktor Orban's government "
             "expelled two journalists.")


def test_two_states_intending_to_cooperate_do_so_with_each_other(ctx):
    """Intents to cooperate, meet or settle (030-032, 036, 037) by two states with no one else named
    are aimed at each other (``stages/event_pairs.py``, ``_JOINT_INTENTS``)."""
    assert {("GHA", "TGO", "03"), ("TGO", "GHA", "03")} <= _pairs(
        ctx, "Ghana and Togo signed a security pact on Monday. The two countries agreed to share intelligence.")
    assert {("BOL", "PRY", "03"), ("PRY", "BOL", "03")} <= _pairs(
        ctx, "Bolivia and Paraguay offered on Friday to settle their dispute through arbitration.")
    # reforms at home are no joint act: each state holds its own elections
    pairs = _pairs(ctx, "Serbia and Kosovo agreed to hold elections in the north.")
    assert ("SRB", "XKX", "03") not in pairs and ("XKX", "SRB", "03") not in pairs


def test_both_countries_are_the_last_two_named(ctx):
    """"both countries", "both governments" stand for the last two states, like "the two countries"
    (``stages/actors.py``)."""
    assert {("GHA", "TGO", "03"), ("TGO", "GHA", "03")} <= _pairs(
        ctx, "Ghana and Togo signed a security pact on Monday. Both countries pledged to share intelligence.")
    assert {("GHA", "TGO", "03"), ("TGO", "GHA", "03")} <= _pairs(
        ctx, "Ghana and Togo signed a security pact on Monday, and both countries pledged to share intelligence.")
    assert {("CHL", "ARG", "05"), ("ARG", "CHL", "05")} <= _pairs(
        ctx, "Chile's president met Argentina's president in Santiago. Both governments signed a trade accord.")


def test_companions_of_a_subject_act_with_it(ctx):
    """"Japan, along with South Korea, condemned", "Britain joined France in condemning": the
    companion acts too (``stages/companions.py``)."""
    assert {("GBR", "IRN", "11"), ("FRA", "IRN", "11")} <= _pairs(
        ctx, "Britain joined France in condemning Iran's missile launch on Monday.")
    assert {("JPN", "PRK", "11"), ("KOR", "PRK", "11")} <= _pairs(
        ctx, "Japan, along with South Korea, condemned North Korea's missile launch.")
    assert {("DEU", "BLR", "11"), ("POL", "BLR", "11")} <= _pairs(
        ctx, "Germany, together with Poland, accused Belarus of provocation on Tuesday.")
    assert {("ESP", "PSE", "05"), ("IRL", "PSE", "05"), ("NOR", "PSE", "05")} <= _pairs(
        ctx, "Spain joined Ireland and Norway in recognising a Palestinian state.")
    # "followed X in" names who acted before, not a companion now
    assert ("AUS", "PSE", "05") not in _pairs(ctx, "Canada followed Australia in recognising a Palestinian state.")
