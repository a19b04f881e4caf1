"""Roots 09-13 in the constructions wire news uses (issue 12, branch ``verbal``).

Each case is a class of construction, not an item: the doer after "by" of the act or ruling an
inquiry, a condemnation or a defiance is about (``stages/reaction.py``); an organ of a state with a
hyphenated modifier as the subject ("Kenya's anti-graft agency"); "warned it could ..." as a
threat (``stages/warned.py``); verdicts ("called X's launch a grave threat", "said the Israeli
strikes were a threat"); criticism received ("came under fire from X over"); "told X to stop";
"would never" + a cooperative act; criminal proceedings opened against someone; and quoted
first-person acts attributed to their speaker (``stages/spoken.py``). Sentences are ours.
"""

import datetime as dt

import pytest

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2024, 6, 12)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def _roots(ctx, text):
    return {(s, t, c[:2]) for s, t, c in _events(ctx, text)}


CODED = [
    # the doer of the act noun after "by" is the target of inquiries, reactions and defiance
    ("Berlin denounced as unacceptable the closure of the German broadcaster's Moscow bureau by Russian "
     "authorities, the government spokesman said.", ("DEU", "RUS", "11")),
    ("The UN began investigating on Sunday the shelling of a border village by Israeli forces.", ("UN", "ISR", "09")),
    ("Indonesia has begun an investigation into the sinking of a fishing boat by a Malaysian patrol vessel.",
     ("IDN", "MYS", "09")),
    ("The OPCW said it was investigating the alleged use of chlorine by Syrian government forces in Douma.",
     ("OPCW", "SYR", "09")),
    ("Poland defied a ruling by the European Court of Justice ordering it to close a coal mine.", ("POL", "EU", "12")),
    ("Iraq's government strongly condemned what it called a flagrant violation of its sovereignty by Turkish forces.",
     ("IRQ", "TUR", "11")),
    # a state's organ with a hyphenated modifier acts for the state
    ("Kenya's anti-graft agency accused a Chinese contractor of inflating the cost of the Nairobi expressway.",
     ("KEN", "CHN", "11")),
    ("Russia's state-run gas company accused Ukraine of siphoning off gas meant for Europe.", ("RUS", "UKR", "11")),
    ("South Africa's anti-corruption unit has launched a probe into a Chinese construction firm over inflated "
     "contracts.", ("ZAF", "CHN", "09")),
    # a warning that the speaker itself could or would act is a threat
    ("Morocco warned it could sever diplomatic ties with Germany over Berlin's stance on Western Sahara.",
     ("MAR", "DEU", "13")),
    ("Morocco warned on Thursday that it could sever diplomatic ties with Germany.", ("MAR", "DEU", "13")),
    ("China warned on Tuesday it would impose sanctions on Lithuania.", ("CHN", "LTU", "13")),
    # verdicts on another's act
    ("Japan called North Korea's missile launch a grave threat to regional security.", ("JPN", "PRK", "11")),
    ("Seoul described Pyongyang's latest test as a serious violation of UN resolutions.", ("KOR", "PRK", "11")),
    ("Lebanon's president said the Israeli strikes were a threat to the country's stability.", ("LBN", "ISR", "11")),
    ("Warsaw said on Tuesday that the Russian drone incursion was an act of aggression.", ("POL", "RUS", "11")),
    ("Sudan cut relations with the United Arab Emirates and declared it an 'aggressor state'.", ("SDN", "ARE", "11")),
    ("Mexico broke off relations with Ecuador after its police stormed the embassy in Quito. Mexico's president "
     "called the raid 'an authoritarian act'.", ("MEX", "ECU", "11")),
    ("Berlin called the Hungarian veto a serious setback for the bloc's unity.", ("DEU", "HUN", "11")),
    # a heavy price promised to someone, a deadline to let something happen, a deal declared void
    ("A Houthi official vowed that Washington and London would 'pay a heavy price'.", ("YEM", "USA", "13")),
    ("Iraqi militias warned that the United States would pay a heavy price for the strike.", ("IRQ", "USA", "13")),
    ("Beijing reserved the right to respond to Washington's move.", ("CHN", "USA", "13")),
    ("Pyongyang warned of 'offensive and overwhelming countermeasures' against the United States and Japan.",
     ("PRK", "JPN", "13")),
    ("The Houthi leader gave Israel four days to let aid back into Gaza.", ("YEM", "ISR", "13")),
    ("Somalia declared 'null and void' the port deal Ethiopia had struck with Somaliland.", ("SOM", "ETH", "12")),
    # criticism received
    ("Israel has come under fire from Turkey over the raid on the aid flotilla.", ("TUR", "ISR", "11")),
    ("Azerbaijan faced sharp criticism from France over the offensive in Karabakh.", ("FRA", "AZE", "11")),
    ("Hungary came under fire from the European Parliament for its treatment of migrants.", ("EU", "HUN", "11")),
    ("Cairo took Addis Ababa to task on Tuesday over the filling of the dam.", ("EGY", "ETH", "11")),
    # demands
    ("China told the United States on Tuesday to stop interfering in its internal affairs.", ("CHN", "USA", "10")),
    ("Turkey told Sweden to halt the Koran burnings, the foreign ministry said.", ("TUR", "SWE", "10")),
    ("Washington told Moscow to withdraw its troops from the border with Ukraine.", ("USA", "RUS", "10")),
    # refusals
    ("Venezuela said it would never recognise the government of Guyana.", ("VEN", "GUY", "12")),
    ("Serbia will never recognise Kosovo's independence, President Aleksandar Vucic said.", ("SRB", "XKX", "12")),
    ("Taipei said it would never accept Beijing's offer of talks on unification.", ("TWN", "CHN", "12")),
    # international investigators and monitors kept out (1245, not an administrative ban on people)
    ("Myanmar has barred a UN human rights investigator from entering the country, accusing her of bias.",
     ("MMR", "UN", "12")),
    ("Russia banned OSCE monitors from visiting the occupied areas.", ("RUS", "OSCE", "12")),
    ("Israel barred the UN special rapporteur from entering Gaza.", ("ISR", "UN", "12")),
    # rejections in the idioms of wire news, and deadlines set for another's act
    ("Berlin poured cold water on the French proposal for joint EU borrowing.", ("DEU", "FRA", "12")),
    ("Ankara balked at Sweden's offer to tighten its anti-terrorism laws.", ("TUR", "SWE", "12")),
    ("The Kremlin threw out Kyiv's peace formula as unrealistic.", ("RUS", "UKR", "12")),
    ("Hungary said no to the EU's plan to share out asylum seekers.", ("HUN", "EU", "12")),
    ("Washington walked away from the nuclear deal with Iran.", ("USA", "IRN", "12")),
    ("The African Union gave Mali's junta until the end of the year to restore civilian rule.", ("AU", "MLI", "13")),
    ("Algeria gave Spain a week to reverse its position on Western Sahara.", ("DZA", "ESP", "13")),
    ("Washington gave Caracas two weeks to release the detained Americans.", ("USA", "VEN", "13")),
    # criminal proceedings against someone
    ("Swiss prosecutors said on Wednesday they had opened criminal proceedings against a former Uzbek minister.",
     ("CHE", "UZB", "09")),
    ("French prosecutors opened a criminal case against a Lebanese central bank governor over alleged embezzlement.",
     ("FRA", "LBN", "09")),
    ("Spanish prosecutors initiated criminal proceedings against two Moroccan officials.", ("ESP", "MAR", "09")),
    # complaints, cases and verdicts: the one complained about or judged, not the forum
    ("Egypt lodged a formal complaint with the UN Security Council on Friday over Ethiopia's plan to fill the dam.",
     ("EGY", "ETH", "11")),
    ("China filed a complaint with the World Trade Organization against Australia's anti-dumping duties.",
     ("CHN", "AUS", "11")),
    ("Canada took the United States to the WTO over tariffs on softwood lumber.", ("CAN", "USA", "11")),
    ("The EU took Poland to the European Court of Justice over its judicial reforms.", ("EU", "POL", "11")),
    ("Lithuania launched legal action against Belarus at the UN's top court over migrant flows.", ("LTU", "BLR", "11")),
    ("A British court ruled that Russia was liable for the death of the former spy.", ("GBR", "RUS", "11")),
    # quoted first-person acts are the speaker's
    ("\"We strongly condemn this attack by Russia,\" the German chancellor said on Monday.", ("DEU", "RUS", "11")),
    ("The German chancellor said: \"We strongly condemn this attack by Russia.\"", ("DEU", "RUS", "11")),
    ("\"We reject the American proposal,\" said the Iranian foreign minister.", ("IRN", "USA", "12")),
    ("\"We demand that Israel stop the bombing,\" Turkey's foreign minister said.", ("TUR", "ISR", "10")),
    ("\"We reject the proposal by Paris,\" Mali's transitional president said on Sunday.", ("MLI", "FRA", "12")),
]


@pytest.mark.parametrize("text,expected", CODED, ids=[t[:40] for t, _ in CODED])
def test_construction_is_coded(ctx, text, expected):
    assert expected in _roots(ctx, text)


def test_full_codes_follow_the_threatened_and_inquired_act(ctx):
    assert ("MAR", "DEU", "1313") in _events(ctx, "Morocco warned it could sever diplomatic ties with Germany.")
    assert ("CHE", "UZB", "091") in _events(ctx, "Swiss prosecutors opened criminal proceedings against a former "
                                                 "Uzbek minister.")


NOT_CODED = [
    # a pronoun that stands for the one warned: not the speaker's threat against the warner
    ("Morocco warned Germany that it could face sanctions.", ("DEU", "MAR", "13")),
    # a launch called a threat is not the launcher threatening the caller
    ("Japan called North Korea's missile launch a grave threat to regional security.", ("PRK", "JPN", "13")),
    # praise is no verdict
    ("France said the talks with Iran were a success.", ("FRA", "IRN", "11")),
    # the victims of the act are not the inquiry's target
    ("Kyiv has opened war crimes investigations into the killing of civilians by Russian troops in Bucha.",
     ("UKR", "UKR", "09")),
    # an ambassador given hours to leave is expelled (161), not given an ultimatum
    ("Venezuela declared the German ambassador persona non grata and gave him 48 hours to leave.", ("VEN", "DEU", "13")),
    # "it" after a relative clause naming another state is still the one who warns
    ("Moscow, which shares a long border with Finland, has warned that it would be forced to take "
     "retaliatory steps if its neighbour joined the alliance.", ("FIN", "UKR", "13")),
    ("Moscow, which shares a long border with Finland, has warned that it would take retaliatory steps.",
     ("FIN", "RUS", "13")),
    # a domestic party's verdict on arrests is no event the conflict annotators code
    ("Police detained 12 members of the opposition party in raids in Ankara. The party said the detentions "
     "were politically motivated.", ("TUR", "TUR", "11")),
    # fire from troops is fire, not criticism
    ("Ukrainian positions came under fire from Russian forces near Bakhmut.", ("RUS", "UKR", "11")),
    # quoted words that are not the speaker's own act, and people told to stop who are no actor
    ("\"This is a stab in the back,\" Turkey's president said of Russia.", ("TUR", "RUS", "11")),
]


@pytest.mark.parametrize("text,absent", NOT_CODED, ids=[t[:40] for t, _ in NOT_CODED])
def test_construction_is_not_misread(ctx, text, absent):
    assert absent not in _roots(ctx, text)


def test_people_told_to_stop_are_no_target(ctx):
    assert not _events(ctx, "The president told reporters to stop asking about the election.")


def test_military_fire_stays_violence(ctx):
    assert ("RUS", "UKR", "19") in _roots(ctx, "Ukrainian positions came under fire from Russian forces near Bakhmut.")
