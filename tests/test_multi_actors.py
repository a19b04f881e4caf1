"""Several actors on one side of one act (issue 12, branch ``multi``): each positive case failed
before this round; each guard must not give the extra pair. Sentences written for these tests."""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _pairs(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.root) for e in doc.events}


LISTED_OBJECTS = [  # a list of noun phrases, each with its own state word: one target each
    ("VEN", "ITA", "08", "Venezuela freed a Canadian teacher, a former German diplomat and an Italian nun on Monday."),
    ("VEN", "DEU", "08", "Venezuela freed a Canadian teacher, a former German diplomat and an Italian nun on Monday."),
    ("IRN", "GBR", "17", "Iran arrested a French tourist and a British academic in Tehran on Monday."),
    ("ECU", "MLT", "17", "Ecuador's navy seized a Liberian-flagged tanker and a Malta-flagged freighter on Sunday."),
    ("MMR", "GBR", "08", "Myanmar's junta said it was freeing Canadian economist John Smith, former British envoy "
                         "Jane Doe and an American, Bob Lee."),
]

LISTED_GUARDS = [  # no list of objects: a second clause, a place, victims of violence, a backer
    ("COL", "Venezuela freed a Canadian teacher, and Colombia welcomed the move."),
    ("KEN", "Venezuela freed a Canadian teacher and flew him to Kenya on Monday."),
    ("CHN", "Gunmen killed a Pakistani driver and a Chinese engineer in Karachi on Monday."),
    ("RUS", "Syrian forces, backed by Russian jets, seized a Turkish truck and its cargo in Idlib."),
]


@pytest.mark.parametrize("source, target, root, text", LISTED_OBJECTS)
def test_listed_objects(ctx, source, target, root, text):
    assert (source, target, root) in _pairs(ctx, text)


@pytest.mark.parametrize("absent, text", LISTED_GUARDS)
def test_listed_object_guards(ctx, absent, text):
    pairs = _pairs(ctx, text)
    assert not any(t == absent and r in ("08", "17") for _, t, r in pairs), pairs


ARMED_WORDS = [  # a bare state word before warcraft, alone or coordinated, is an armed doer
    ("IND", "LKA", "Indian and French warships sailed near Sri Lanka on Monday."),
    ("FRA", "LKA", "Indian, French and British warships sailed near Sri Lanka on Monday."),
    ("RUS", "JPN", "Russian bombers flew a patrol near Japan on Monday."),
    ("CHN", "JPN", "Chinese and Russian strategic bombers flew a patrol near Japan on Monday."),
]

ARMED_GUARDS = [  # no warcraft named: tourists, airliners, officials coordinated with warships
    ("CHN", "Chinese tourists flew near Japan on Monday."),
    ("CHN", "Chinese and Russian airliners flew a route near Japan on Monday."),
    ("IND", "Indian officials and French warships sailed near Sri Lanka."),
]


@pytest.mark.parametrize("source, target, text", ARMED_WORDS)
def test_armed_state_words(ctx, source, target, text):
    assert (source, target, "15") in _pairs(ctx, text)


@pytest.mark.parametrize("source, text", ARMED_GUARDS)
def test_armed_state_word_guards(ctx, source, text):
    assert not any(s == source and r == "15" for s, _, r in _pairs(ctx, text))


JOINT_TOPICS = [  # several states cooperating on a topic: with each other, not with the topic
    ("CHL", "COL", "06", "Chile, Peru and Colombia began sharing intelligence on Venezuelan gangs on Monday."),
    ("PER", "CHL", "06", "Chile and Peru began sharing intelligence on Venezuela on Monday."),
    ("KEN", "TZA", "06", "Kenya and Tanzania began sharing information on Somali militants on Friday."),
]

JOINT_TOPIC_GUARDS = [  # a recipient or a target, not a topic: it keeps the act
    (("CHL", "BOL", "07"), "Chile and Peru sent aid to Bolivia on Monday."),
    (("CHL", "VEN", "16"), "Chile and Peru imposed sanctions on Venezuela."),
    (("CHL", "BOL", "07"), "Chile and Peru agreed on a loan for Bolivia."),
]


@pytest.mark.parametrize("source, target, root, text", JOINT_TOPICS)
def test_joint_topics(ctx, source, target, root, text):
    pairs = _pairs(ctx, text)
    assert (source, target, root) in pairs and (target, source, root) in pairs


@pytest.mark.parametrize("kept, text", JOINT_TOPIC_GUARDS)
def test_joint_topic_guards(ctx, kept, text):
    assert kept in _pairs(ctx, text)


JOINT_EXERCISES = [  # exercises kicked off, trilateral or three-way: every listed state with every other
    ("PER", "CHL", "Chile and Peru kicked off joint naval exercises off Arica on Monday."),
    ("ECU", "PER", "Chile, Peru and Ecuador held their first trilateral naval exercise on Monday."),
    ("COL", "CHL", "Chile, Peru and Colombia kicked off their first three-way naval exercise on Monday."),
]


@pytest.mark.parametrize("source, target, text", JOINT_EXERCISES)
def test_joint_exercise_forms(ctx, source, target, text):
    assert (source, target, "06") in _pairs(ctx, text)


def test_days_of_exercises_are_not_three_states(ctx):
    assert not any(r == "06" for _, _, r in _pairs(ctx, "China kicked off three days of exercises near Taiwan."))


RECIPROCAL = [  # "each ... the other", traded accusations: every doer accuses every other
    ("XKX", "SRB", "Serbia and Kosovo each accused the other of provocations."),
    ("PER", "CHL", "Chile and Peru each blamed the other for the collapse of the talks."),
    ("IND", "CHN", "Indian and Chinese troops clashed on the border, each side accusing the other of starting the fight."),
    ("PER", "CHL", "Chile and Peru traded accusations over the collapse of the talks on Monday."),
    ("SOM", "KEN", "Kenya traded charges with Somalia on Monday."),
]


@pytest.mark.parametrize("source, target, text", RECIPROCAL)
def test_reciprocal_accusations(ctx, source, target, text):
    assert (source, target, "11") in _pairs(ctx, text)


def test_the_other_side_alone_is_no_pair(ctx):
    assert not any(r == "11" for _, _, r in _pairs(ctx, "Serbia accused the other side of provocations."))


DRILLS_WITH = [  # a drill held with a partner state is a joint exercise both ways (062), not a show of force
    ("ARM", "USA", "American soldiers began an exercise with Armenian forces on Monday."),
    ("FRA", "IND", "India held naval drills with France off Goa on Monday."),
    ("AZE", "TUR", "Turkey staged military exercises with Azerbaijani troops near the Armenian border."),
]


@pytest.mark.parametrize("source, target, text", DRILLS_WITH)
def test_drills_with_a_partner(ctx, source, target, text):
    pairs = _pairs(ctx, text)
    assert (source, target, "06") in pairs and (target, source, "06") in pairs


def test_drills_near_a_state_stay_a_show_of_force(ctx):
    pairs = _pairs(ctx, "China launched drills with live fire near Taiwan.")
    assert ("CHN", "TWN", "15") in pairs and not any(r == "06" for _, _, r in pairs)


PLEDGES_TO_HELP = [  # money pledged "to help X", with a long gap: a pledge to X (03) by every donor, not aid given
    ("AUT", "NER", "Belgium and Austria pledged 40 million euros on Friday to help Niger fight a measles outbreak."),
    ("NLD", "MWI", "Norway and the Netherlands pledged a combined 60 million dollars on Thursday to help Malawi."),
    ("DNK", "SOM", "Sweden and Denmark promised 12 million euros last week to help Somalia cope with the drought."),
]


@pytest.mark.parametrize("source, target, text", PLEDGES_TO_HELP)
def test_pledges_to_help(ctx, source, target, text):
    pairs = _pairs(ctx, text)
    assert (source, target, "03") in pairs and (source, target, "07") not in pairs


TOLD_TO = [  # "told A and B to" + an act to undo: a demand of each, the act not reported as done
    ("CHN", "PAK", "10", "China told India and Pakistan to pull back their forces."),
    ("UN", "ISR", "10", "The UN told Israel and Hamas to release their prisoners."),
    ("CHN", "IND", "10", "China told India to pull back its forces."),
]


@pytest.mark.parametrize("source, target, root, text", TOLD_TO)
def test_told_to_undo(ctx, source, target, root, text):
    pairs = _pairs(ctx, text)
    assert (source, target, root) in pairs and not any(r == "08" for _, _, r in pairs)


def test_told_reporters_is_no_demand(ctx):
    assert not _pairs(ctx, "The general told reporters to leave the room.")


GAPPED = [  # donors listed with their sums after the verb is dropped: the act before, with its recipient
    ("KEN", "SDN", "Ghana offered 5 million dollars to Sudan, Senegal promised 3 million dollars, and Kenya "
                   "2 million dollars."),
    ("CHN", "NPL", "Japan pledged $10 million to Nepal, South Korea $5 million and China $3 million."),
    ("QAT", "SYR", "The EU pledged 50 million euros to Syria, Turkey 20 million euros in loans and investment, "
                   "and Qatar another 10 million."),
]

GAPPED_GUARDS = [  # a donor in the object list, a clause's own subject, troops instead of a sum
    (("JPN", "KOR"), "Japan pledged $10 million to Nepal, South Korea $5 million and China $3 million."),
    (("SDN", "GHA"), "Ghana offered 5 million dollars to Sudan, Senegal promised 3 million dollars."),
    (("IND", "NPL"), "Japan pledged $10 million to Nepal, and India 5,000 troops."),
]


@pytest.mark.parametrize("source, target, text", GAPPED)
def test_gapped_donors(ctx, source, target, text):
    assert (source, target, "03") in _pairs(ctx, text)


@pytest.mark.parametrize("pair, text", GAPPED_GUARDS)
def test_gapped_donor_guards(ctx, pair, text):
    assert not any((s, t) == pair and r == "03" for s, t, r in _pairs(ctx, text))
