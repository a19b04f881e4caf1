"""Places spelt another way, found by their fold key (issue 11 point 5, branch `places3`).
Sentences written for these tests, with places of our own choosing."""

import pytest

from dragoman.knowledge.place_folds import fold_key, fold_rows


@pytest.mark.parametrize("one, other", [
    ("Buur Gaabo", "Burgabo"),  # words joined, doubled vowels
    ("Garbahaarrey", "Garbaharey"),  # doubled letters, y for i
    ("Ceelbuur", "El Buur"),  # the Somali ayn written or not
    ("Abou Deia", "Abu Deia"),  # French ou
    ("Obafemi Owode", "Obafemi-Owode"),  # a hyphen
    ("Khash Rod", "Kash Rod"),  # kh for k
    ("Qala-e Naw", "Qala Naw"),  # a Persian connector
    ("Xudur", "Hudur"),  # Somali x for h
    ("Bardheerow", "Bardheero"),  # an -ow ending
])
def test_spellings_of_one_name_share_a_fold_key(one, other):
    assert fold_key(one) == fold_key(other)


@pytest.mark.parametrize("one, other", [("Kano", "Kaho"), ("Mosul", "Musul Dagh"), ("Kidal", "Kadal")])
def test_other_names_keep_their_own_keys(one, other):
    assert fold_key(one) != fold_key(other)


def test_fold_rows_leave_out_directions_and_short_keys():
    rows = ["Eastern\tEastern\tadmin1\td\tGHA\tEastern\t6.5\t-0.5\t1", "Ko\tKo\ttown\tc\tTCD\tX\t1\t1\t1",
            "Buur Gaabo\tBuur Gaabo\ttown\tc\tSOM\tLower Juba\t-1.2\t41.8\t3096",
            "Buurgaabo\tBuur Gaabo\ttown\tc\tSOM\tLower Juba\t-1.2\t41.8\t3096"]
    assert fold_rows(rows) == ["burgabo\tBuur Gaabo|Buurgaabo"]


def test_shipped_folds_are_what_the_places_make():
    from dragoman.knowledge import DATA
    header = "key\tname\tkind\ttier\tcountry\tadmin1\tlat\tlon\tpopulation\n"

    def rows(name):
        text = (DATA / "places" / name).read_text(encoding="utf-8")
        return text[text.index("\n" + header) + 1 + len(header):].splitlines()
    folds = (DATA / "places" / "folds.tsv").read_text(encoding="utf-8")
    shipped = folds[folds.index("\nfold\tnames\n") + len("\nfold\tnames\n"):].splitlines()
    assert shipped == sorted(fold_rows(rows("places.tsv"), rows("spellings.tsv")))


def test_fold_rows_mark_other_spellings():
    rows = ["Dawlatyar\tDawlatyar\ttown\tc\tAFG\tGhowr\t34.5\t65.8\t1000"]
    spellings = ["Dowlat Yar\tDawlatyar\ttown\tp\tAFG\tGhowr\t34.5\t65.8\t1000"]
    assert fold_rows(rows, spellings) == ["dawlatiar\tDawlatyar", "dowlatiar\t~Dowlat Yar"]


def _location(coded, text, root):
    return [e.location or {} for e in coded(text, "2024-06-12").events if e.root == root]


@pytest.mark.parametrize("text, root, name, admin1", [
    ("Al Shabaab fighters attacked a police post in Garbaharey, Somalia.", "19", "Garbaharey", "Gedo"),
    ("Herders clashed with farmers in Abu Deia in Chad.", "19", "Abu Deia", "Salamat"),
    ("Al Shabaab fighters attacked Ceel Buur town in Somalia.", "18", "Ceel Buur", "Galguduud"),
    ("Somali troops clashed with al Shabaab fighters in Burgabo, Lower Juba.", "19", "Burgabo", "Lower Juba"),
    ("Unknown gunmen attacked the convoy of a councillor in Obafemi-Owode LGA.", "18", "Obafemi-Owode", "Ogun State"),
])
def test_a_place_spelt_another_way_is_found_in_the_report_state(coded, text, root, name, admin1):
    places = _location(coded, text, root)
    assert places and places[0].get("name") == name and places[0].get("admin1") == admin1
    assert places[0].get("lat") is not None


def test_a_fold_in_another_state_than_the_report_is_not_taken(coded):
    places = _location(coded, "Kenyan police arrested five traders in Garbaharey.", "17")
    assert all(p.get("name") != "Garbaharey" for p in places)


def test_a_fold_needs_a_state_to_read_it_in(coded):
    doc = coded("Gunmen attacked a village near Garbaharey.", "2024-06-12")
    assert not any(m.text == "Garbaharey" for s in doc.sentences for m in s.mentions)


def test_another_spelling_found_by_its_fold_needs_its_parent(coded):
    text = "Taliban fighters attacked a police checkpoint in Chesht-e Sharif district, Herat."
    with_parent = _location(coded, text, "19")
    assert with_parent and with_parent[0].get("name") == "Chesht-e Sharif" and with_parent[0].get("admin1") == "Herat"
    text = "Afghan police said Taliban fighters attacked a checkpoint in Chesht-e Sharif district."
    alone = _location(coded, text, "19")
    assert all(p.get("name") != "Chesht-e Sharif" for p in alone)


def test_a_spelling_read_by_its_fold_first_keeps_the_population_order(ctx):
    # spellings.tsv lists a name's places in file order; the fold path and the spelling path share
    # one store of them, and the spelling path's answer is most populous first whichever came first
    gazetteer = ctx.gazetteer
    gazetteer._spelt.clear()
    folded = gazetteer._folded_places(("~Zvezdnyj",))
    n, spelt = gazetteer.spelled(["Zvezdnyj"], 0)
    assert n == 1 and len(spelt) == len(folded) >= 2
    assert [p.population for p in spelt] == sorted((p.population for p in spelt), reverse=True)
