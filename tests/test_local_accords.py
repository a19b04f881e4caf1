"""Conflict reports, eighth round (issue 11, branch ``conflict7``): local peace accords and
truces between sides named by role (``stages/local_accords.py``), and property burnt or livestock
driven off in raids (rules ``1712/set-homes-ablaze``, ``171/drive-off-*``, ``171/rustle-livestock``)."""

import datetime as dt

from dragoman.coder import code_document
from dragoman.ingest.text import document_from_text


def _events(ctx, text):
    doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
    return {(e.source.primary, e.target.primary, e.code) for e in doc.events}


def test_a_local_accord_between_sides_named_by_role_is_the_places_state_with_itself(ctx):
    cases = [
        ("Elders of the Borana and Gabra communities signed a peace accord in Marsabit on Sunday.", "KEN", "05"),
        ("Leaders of Hausa and Fulani communities signed a peace agreement in Kafanchan (Jema'a, Kaduna) "
         "on Monday.", "NGA", "05"),
        ("On 2 May 2023, Dogon and Fulani community leaders signed a reconciliation pact in Bankass "
         "(Bankass, Mopti).", "MLI", "05"),
        ("Rival militias in Misrata agreed to a truce on Tuesday after two days of fighting.", "LBY", "0871"),
        ("Two rival clans in Galkayo agreed a ceasefire on Friday, local elders said.", "SOM", "0871"),
    ]
    for text, state, code in cases:
        events = _events(ctx, text)
        assert any(s == t == state and c.startswith(code) for s, t, c in events), (text, events)


def test_an_accord_with_a_named_party_or_no_place_gets_no_local_self_event(ctx):
    # named parties keep their own pair (the army with the rebels, not the place's state)
    doc = code_document(document_from_text(
        "Sudan's army and the SPLM-N signed a ceasefire agreement in Kadugli on Sunday.", dt.date(2025, 3, 4)), ctx)
    accords = [e for e in doc.events if e.code[:2] == "05" or e.code == "0871"]  # a ceasefire agreement is 0871
    assert accords and all(e.source.code == "SDNMIL" and not e.rule.endswith("+domestic") for e in accords), accords
    # an agreement of sides named by role with no place named has no state to give
    events = _events(ctx, "Elders of the two clans signed a peace accord on Sunday.")
    assert not any(c[:2] == "05" for _, _, c in events), events


def test_homes_set_ablaze_and_livestock_driven_off_in_raids_are_property_seized_or_destroyed(ctx):
    cases = [
        # a finite verb: its own act ("..., killing six villagers and setting homes ablaze" is the raid's
        # consequence, not a second act: tests/test_setting_ablaze.py)
        ("Gunmen raided a hamlet in Kaduna State on Tuesday, killed six villagers and set several "
         "homes ablaze.", "NGA"),
        ("Bandits set several houses ablaze in a village of Katsina State on Sunday.", "NGA"),
        ("On 4 June 2023, armed herders raided a village in Bokkos (Plateau), killing 3 people and driving "
         "off dozens of cattle.", "NGA"),
        ("Cattle raiders attacked herders near Baragoi on Friday and drove off 300 goats, police said.", "KEN"),
        ("On 3 February 2025, gunmen from a neighbouring county attacked herders at a grazing site close to "
         "Tonj (Warrap), driving off about 400 head of cattle.", "SSD"),
        ("Bandits rustled 150 cows from a village in Sokoto State on Monday, police said.", "NGA"),
        ("Gunmen made off with 60 camels after attacking herders near Wajir on Sunday.", "KEN"),
    ]
    for text, state in cases:
        events = _events(ctx, text)
        assert any(s == state and c[:2] == "17" for s, t, c in events), (text, events)


def test_stolen_livestock_returned_under_an_accord_is_no_seizure(ctx):
    events = _events(ctx, "Under the agreement, the two communities in Turkana will return stolen livestock.")
    assert not any(c[:2] == "17" for _, _, c in events), events


def test_a_state_or_capital_name_before_a_parenthesis_of_another_countrys_places_is_a_local_place(ctx):
    """"Barangay San Jose (Kabankalan, Negros Occidental)": a village of the Philippines, not
    Costa Rica's government (``place_context._parenthesis_elsewhere``)."""
    for text, state in [
        ("On 5 February 2025, soldiers and NPA rebels clashed in Barangay San Jose (Kabankalan, Negros Occidental).",
         "PHL"),
        ("On 8 February 2025, gunmen shot dead a farmer in Barangay Bolivia (Kapalong, Davao del Norte).", "PHL"),
    ]:
        events = _events(ctx, text)
        assert events and all(s == t == state for s, t, _ in events), (text, events)
    # with its own country in the parenthesis the name keeps its reading
    events = _events(ctx, "On 5 February 2025, police fired tear gas at protesters in San Jose (San Jose, Costa Rica).")
    assert any(s == "CRI" for s, _, _ in events), events


def test_an_accord_of_the_unnamed_government_with_a_local_armed_group_is_the_places_government(ctx):
    doc = code_document(document_from_text(
        "The government and the 3R militia signed a peace accord in Bocaranga on Friday.", dt.date(2025, 3, 4)), ctx)
    accords = [e for e in doc.events if e.code[:2] == "05"]
    assert accords and all(e.source.primary == e.target.primary == "CAF" for e in accords), accords
    assert any(e.source.code == "CAFGOV" or e.target.code == "CAFGOV" for e in accords), accords
    # a party of another state than the place's: no local accord is made up
    events = _events(ctx, "The government and the M23 signed a ceasefire agreement in Doha on Monday.")
    assert not any(s == t == "QAT" for s, t, _ in events), events


def test_a_monitors_parenthesis_places_a_shared_name_in_its_provinces_country(ctx):
    """"in Cordoba (Cordoba, Veracruz)": the Mexican town, not Argentina's or Spain's
    (``place_names._parenthesis_parent``); a capital's name so placed is a town there, not the
    government ("Santiago (Santiago, Veraguas)": Panama, not Chile)."""
    for text, state in [
        ("On 5 February 2025, gunmen shot dead a journalist in Cordoba (Cordoba, Veracruz). 1 fatality.", "MEX"),
        ("On 5 February 2025, gunmen shot dead a farmer in Valencia (Valencia, Carabobo). 1 fatality.", "VEN"),
        ("On 5 February 2025, police arrested 12 protesters in Santiago (Santiago, Veraguas).", "PAN"),
    ]:
        doc = code_document(document_from_text(text, dt.date(2025, 3, 4)), ctx)
        assert doc.events and all(e.source.primary == e.target.primary == state for e in doc.events), text
        assert all(e.location and e.location["country"] == state for e in doc.events), text
