"""The speed-ups keep the coder's answers: indexes and caches on loaded knowledge give what the
plain loops gave, and follow the knowledge when rules or names are added."""

from __future__ import annotations

import dataclasses
import datetime as dt

from dragoman.coder import code_document, context
from dragoman.ingest.text import document_from_text
from dragoman.knowledge import default_knowledge
from dragoman.knowledge.lexicon import _FEW, Element, Lexicon, Rule
from dragoman.knowledge.places import Gazetteer, Place
from dragoman.knowledge.sorted_text import SortedText
from dragoman.knowledge.subcodes import SubcodeRow, Subcodes
from dragoman.knowledge.roles import Role, Roles
from dragoman.model import Token
from dragoman.text import _TOKEN, tokenize

SENTENCES = [
    "The opposition demanded the release of the detained editor and called for talks with the army.",
    "Ministers refused to meet the delegation, then threatened to expel its envoy on Friday.",
    "Officials offered aid to the flooded provinces and launched an inquiry into the dam's collapse.",
    "Rebels were accused by the government of shelling a market, and the UN called on both sides to stop.",
]


def _tokens(text: str) -> list[str]:
    return [t.lower for t in tokenize(text)]


def test_rule_index_finds_what_testing_every_rule_finds():
    lexicon = default_knowledge().lexicon
    assert any(len(rules) > _FEW for rules in lexicon.by_first.values())  # the index is in use
    for text in SENTENCES:
        lower = _tokens(text)
        stops = {i for i, w in enumerate(lower) if not w[0].isalnum()}
        for i in range(len(lower)):
            # without the sentence's words (present=None) every rule of the word is tried
            assert lexicon.find(lower, i, set(), stops, frozenset(lower)) == lexicon.find(lower, i, set(), stops)


def _rule(rule_id: str, *words: str) -> Rule:
    return Rule(rule_id, "111", tuple(Element(frozenset({w})) for w in words), 0, "obj", (), frozenset(), "")


def test_rule_index_follows_rules_added_after_a_search():
    lexicon = Lexicon()
    for k in range(_FEW + 2):
        lexicon.add(_rule(f"t/{k}", "scolded", f"word{k}"))
    lower = ["x", "scolded", "newword", "y"]
    present = frozenset(lower)
    assert lexicon.find(lower, 1, set(), set(), present) is None  # the index is built here
    lexicon.add(_rule("t/new", "scolded", "newword"))
    found = lexicon.find(lower, 1, set(), set(), present)
    assert found is not None and found.rule.id == "t/new" and found.end == 3


def test_kept_candidates_follow_every_later_word_of_the_sentence():
    lexicon = Lexicon()
    for k in range(_FEW + 2):
        lexicon.add(_rule(f"t/{k}", "scolded", "the", f"third{k}"))
    sentences = [["scolded", "the", "third3"], ["scolded", "the", "other"], ["scolded", "the", "third3", "third5"],
                 ["scolded", "the", "third5"], ["scolded", "the", "third3"]]
    for lower in sentences:  # the same second word each time, a different third: each answer its own
        found = lexicon.find(lower, 0, set(), set(), frozenset(lower))
        assert found == lexicon.find(lower, 0, set(), set())  # as testing every rule
    assert lexicon.find(sentences[3], 0, set(), set(), frozenset(sentences[3])).rule.id == "t/5"
    assert lexicon.find(sentences[1], 0, set(), set(), frozenset(sentences[1])) is None


def test_rule_index_keeps_the_earlier_rule_on_a_tie():
    lexicon = Lexicon()
    for k in range(_FEW + 2):
        lexicon.add(_rule(f"t/{k}", "scolded", "shared" if k in (3, 7) else f"word{k}"))
    lower = ["scolded", "shared"]
    assert lexicon.find(lower, 0, set(), set(), frozenset(lower)).rule.id == "t/3"


def _code(ctx, text: str) -> set[tuple[str, str, str]]:
    doc = code_document(document_from_text(text, dt.date(2024, 5, 6)), ctx)
    return {(e.source.primary, e.code, e.target.primary) for e in doc.events}


def test_two_runs_with_different_rule_files_in_one_process_differ(tmp_path):
    header = "id\tcode\tpattern\ttarget\tflags\texample\n"
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    first.write_text(header + "t/zorble\t111\tzorble+\tobj\t\tPeru zorbled Chile.\n", encoding="utf-8")
    second.write_text(header + "t/zorble\t120\tzorble+\tobj\t\tPeru zorbled Chile.\n", encoding="utf-8")
    text = "France zorbled Germany on Monday."
    assert _code(context(default_knowledge()), text) == set()
    assert ("FRA", "111", "DEU") in _code(context(default_knowledge(lexicon_files=(first,))), text)
    assert ("FRA", "120", "DEU") in _code(context(default_knowledge(lexicon_files=(second,))), text)
    assert ("FRA", "111", "DEU") in _code(context(default_knowledge(lexicon_files=(first,))), text)


def test_gazetteer_forgets_a_word_without_places_once_a_place_of_that_name_is_added():
    gazetteer = Gazetteer()
    assert gazetteer.longest(["Qarnavel", "said"], 0) == (0, [])  # remembered as no place's first word
    place = Place("Qarnavel", "FRA", 45.0, 3.0, 2000)
    gazetteer.add("Qarnavel", place)
    assert gazetteer.longest(["Qarnavel", "said"], 0) == (1, [place])


def _row(surface: str, name: str, country: str) -> bytes:
    return f"{surface}\t{name}\tcity\tf\t{country}\tNorth\t10.0\t20.0\t50000".encode()


def test_gazetteer_span_answers_are_kept_and_stay_right():
    gazetteer = Gazetteer(lines=sorted([_row("Qar", "Qar", "FRA"), _row("Qar Bay", "Qar Bay", "ESP"),
                                        _row("Qar Bay North", "Qar Bay North", "ITA")]))
    for _ in range(2):  # the second time from the kept answers
        assert gazetteer.longest(["in", "Qar", "Bay", "North", "."], 1)[0] == 3
        assert gazetteer.longest(["Qar", "Bay", "South"], 0)[1][0].country == "ESP"
        assert gazetteer.longest(["Qar", "said"], 0)[1][0].country == "FRA"
    region = Place("Qar Bay South", "PRT", 1.0, 2.0, 10)
    gazetteer.add("Qar Bay South", region)  # a region added later is found over the kept answers
    assert gazetteer.longest(["Qar", "Bay", "South"], 0) == (3, [region])


def test_other_spellings_found_per_span_are_kept():
    spellings = SortedText(b"".join(sorted(_row(s, "Obeh", "AFG") + b"\n" for s in ("Obe", "Obe Kala"))))
    gazetteer = Gazetteer(spellings=spellings)
    for _ in range(2):
        assert gazetteer.spelled(["Obe", "Kala", ",", "Herat"], 0)[0] == 2
        assert gazetteer.spelled(["Obe", "district"], 0)[0] == 1
        assert gazetteer.spelled(["Oba", "district"], 0) == (0, [])
    assert gazetteer.spelled(["Obe", "Kala"], 0)[1][0].name == "Obeh"


def test_name_matching_tries_every_length_that_exists():
    roles = Roles()
    roles.add(Role("deputy", "GOV", "title"))
    roles.add(Role("deputy foreign minister", "GOV", "title"))
    assert roles.first["deputy"] == (3, 1)
    assert roles.match(["deputy", "foreign", "minister", "said"], 0)[0] == 3
    assert roles.match(["deputy", "foreign", "office"], 0)[0] == 1
    assert roles.match(["deputy", "foreign"], 0)[0] == 1
    assert roles.match(["the", "deputy"], 1)[0] == 1


def test_role_start_words_follow_roles_added_after_a_scan():
    roles = Roles()
    roles.add(Role("deputy", "GOV", "title"))
    extra = frozenset({"they"})
    assert roles.starts(extra) == {"deputy", "they"}
    roles.add(Role("border guards", "BRD", "group"))  # added after the set was built
    assert roles.starts(extra) == {"deputy", "they", "border"}
    assert roles.starts(frozenset({"we"})) == {"deputy", "border", "we"}


def test_a_role_added_after_a_scan_is_found_by_the_next_one():
    ctx = context(default_knowledge())
    roles = Roles(index=dict(ctx.roles.index), first=dict(ctx.roles.first))  # a copy: the shared one stays
    ctx = dataclasses.replace(ctx, roles=roles)
    text = "Peru said that zorblans fired on Chile on Monday."  # lower case: found through the start words

    def mentioned() -> bool:
        doc = code_document(document_from_text(text, dt.date(2024, 5, 6)), ctx)
        return any(m.text == "zorblans" for m in doc.sentences[0].mentions)

    assert not mentioned()  # the start-word set is built here, without the new role
    roles.add(Role("zorblans", "REB", "group"))
    assert mentioned()


def test_tokens_carry_their_offsets_and_lower_case():
    text = "Côte d’Ivoire’s U.S.-backed army said 1,000 troops left."
    for offset in (0, 17):
        expected = [Token(m.group(), m.start() + offset, m.end() + offset, m.group().lower())
                    for m in _TOKEN.finditer(text)]
        assert tokenize(text, offset) == expected


def test_a_word_skipped_by_the_needs_index_has_no_match():
    lexicon = default_knowledge().lexicon
    needs = lexicon.needs()
    assert needs  # the index is in use
    skipped = 0
    for text in SENTENCES + ["Troops were deployed to the border on Monday, and the army was accused of abuses."]:
        lower = _tokens(text)
        present = frozenset(lower)
        stops = {i for i, w in enumerate(lower) if not w[0].isalnum()}
        for i, word in enumerate(lower):
            if word in needs and present.isdisjoint(needs[word]):
                skipped += 1
                assert lexicon.find(lower, i, set(), stops, present) is None
                assert lexicon.find(lower, i, set(), stops) is None
    assert skipped  # the test saw words the index skips


def test_needs_index_follows_rules_added_after_a_search():
    lexicon = Lexicon()
    lexicon.add(_rule("t/old", "scolded", "oldword"))
    assert lexicon.needs()["scolded"] == frozenset({"oldword"})
    lexicon.add(_rule("t/new", "scolded", "newword"))
    assert lexicon.needs()["scolded"] == frozenset({"oldword", "newword"})
    lower = ["x", "scolded", "newword"]
    assert lexicon.find(lower, 1, set(), set(), frozenset(lower)).rule.id == "t/new"
    lexicon.add(_rule("t/bare", "scolded"))  # a rule with no later word: the word is always tried
    assert "scolded" not in lexicon.needs()


DATED = ["The talks began in mid-March and resumed on Sept. 5, 2024.", "It was signed late on Monday morning.",
         "Over the past few days, and in recent days, fighting grew.", "Troops left during the last  week.",
         "Elections were held in MAY 2020, not on Friday.", "The summit of 4-5 April ended early.",
         "On 12 March 2020, two strikes hit a district.", "He spoke this past Sunday evening."]


def test_a_date_pattern_is_never_skipped_where_it_would_match():
    from dragoman.timex import _GUARDED

    guarded = 0
    for text in DATED:
        for _keys, rx, _rule, needed in _GUARDED:
            if needed is not None and rx.search(text):
                guarded += 1
                assert needed.search(text.lower()), (text, rx.pattern[:40])
    assert guarded >= 6


def test_loaded_knowledge_has_no_reference_cycles_so_freezing_it_frees_it_later():
    import gc

    from dragoman.knowledge import load_knowledge

    default_knowledge()
    assert gc.get_freeze_count() > 0  # the cached knowledge is out of the collector's passes
    knowledge = load_knowledge()
    gc.collect()
    del knowledge
    assert gc.collect() == 0  # dropped, it was freed by reference counts: nothing left for the collector


def test_trigger_search_finds_what_trying_every_position_finds():
    """``triggers_in`` visits only the positions a rule can start at; trying ``find`` at every
    position outside a mention, jumping past each match, gives the same matches."""
    from dragoman.stages.clauses import sentence_facts
    from dragoman.stages.events import _GAP_OK, triggers_in
    ctx = context(default_knowledge())
    text = " ".join(SENTENCES) + " France and Germany were accused of blocking talks, and Iran said it would retaliate."
    doc = code_document(document_from_text(text, dt.date(2025, 7, 20), doc_id="t"), ctx, {})
    found = 0
    for sentence in doc.sentences:
        lower, blocked, symbols = sentence_facts(sentence)
        stops = {i for i in symbols if sentence.tokens[i].text not in _GAP_OK}
        plain, i = [], 0
        while i < len(lower):
            match = None if i in blocked else ctx.lexicon.find(lower, i, blocked, stops, frozenset(lower))
            plain.append(match) if match is not None else None
            i = match.end if match is not None else i + 1
        got = triggers_in(sentence, ctx)
        assert [(m.rule.id, m.start, m.end) for m in got] == [(m.rule.id, m.start, m.end) for m in plain]
        found += len(got)
    assert found >= 5  # the sentences hold triggers, so the comparison tested something


def test_actor_scan_visits_every_token_a_mention_can_start_at():
    """The actor scan visits only the tokens a name, role, pronoun or description can start at:
    a mention at the start, in the middle and after another one is found."""
    from dragoman.stages.actors import mentions_in
    ctx = context(default_knowledge())
    doc = code_document(document_from_text("They said the French president and the Pope met Iranian protesters "
                                           "in Paris, and he thanked them.", dt.date(2025, 7, 20), doc_id="s"), ctx, {})
    mentions = mentions_in(doc.sentences[0], ctx, dt.date(2025, 7, 20))
    texts = [m.text for m in mentions]
    assert texts[0] == "They" and "Paris" in texts and "he" in texts
    assert any("French" in t or "president" in t for t in texts)


def test_subcode_rows_of_a_code_and_a_rule_follow_rows_added_later():
    table = Subcodes()
    first = SubcodeRow("s/1", "057", "after", "treaty", "0571", "x || A>B")
    by_rule = SubcodeRow("s/2", "057/sign", "after", "pact", "0572", "x || A>B")
    table.add(first)
    table.add(by_rule)
    assert list(table.for_event("057", "057/sign")) == [first, by_rule]
    assert list(table.for_event("057", "057/sign")) == [first, by_rule]  # the kept answer
    later = SubcodeRow("s/3", "057", "after", "accord", "0573", "x || A>B")
    table.add(later)
    assert list(table.for_event("057", "057/sign")) == [first, by_rule, later]
    assert list(table.for_event("057", "")) == [first, later]


def test_resolved_actors_are_kept_per_day_and_follow_a_replaced_record():
    from dragoman.knowledge.actors import KnowledgeBase

    record = {"id": "XYZ", "name": "Xyzland", "aliases": ["Xyzland"],
              "periods": [{"from": "2020-01-01", "primary": "XYQ"}]}
    kb = KnowledgeBase([record])
    entry = kb.match(["Xyzland"], 0)[1][0]
    before, after = kb.resolve(entry, dt.date(2019, 5, 1)), kb.resolve(entry, dt.date(2021, 5, 1))
    assert (before.primary, after.primary) == ("XYZ", "XYQ")  # the day is part of what is kept
    assert kb.resolve(entry, dt.date(2021, 5, 1)) is after
    assert kb.resolve(entry, None) == kb._resolve(record, entry.role, None)  # no day: as computed afresh
    kb.add({"id": "XYZ", "name": "Xyzland", "aliases": ["Xyzland"], "primary": "ABC"})  # replaced: asked anew
    assert kb.resolve(kb.match(["Xyzland"], 0)[1][0], dt.date(2021, 5, 1)).primary == "ABC"


def test_date_patterns_led_by_their_first_letters_match_as_without_the_lead():
    import re

    from dragoman.timex.tables import _PERIOD, _WEEKDAY

    texts = ["Talks resumed early this week and end late next month.", "THE PAST YEAR was hard; Last Spring too.",
             "It happened earlier this year, the end of the year, mid-summer and this coming weekend.",
             "Overnight Tuesday, late on Friday night, this past Sunday and next Monday morning they met.",
             "Coming Saturday, the week, thisweek, re-this year, 'the fall'."]
    for pattern, lead in ((_PERIOD, "(?=[elmtnpc])"), (_WEEKDAY, "(?=[elotncmwfs])")):
        assert lead in pattern.pattern
        plain = re.compile(pattern.pattern.replace(lead, "", 1), pattern.flags)
        for text in texts:
            assert [m.groupdict() | {"span": m.span()} for m in pattern.finditer(text)] \
                == [m.groupdict() | {"span": m.span()} for m in plain.finditer(text)]
        assert any(pattern.search(t) for t in texts)


def test_second_words_of_longer_roles_follow_roles_added_later():
    roles = Roles()
    roles.add(Role("the poor", "CVL", "group"))
    roles.add(Role("border guards", "BRD", "group"))
    roles.add(Role("border", "BRD", "group"))  # a one-word role: "border" may start a role anywhere
    assert roles.seconds() == {"the": {"poor"}}
    roles.add(Role("the jobless", "CVL", "group"))  # added after the map was built
    assert roles.seconds() == {"the": {"poor", "jobless"}}
    roles.add(Role("the", "CVL", "group"))
    assert roles.seconds() == {}


def test_a_longer_role_after_a_common_first_word_is_still_found():
    ctx = context(default_knowledge())
    roles = Roles(index=dict(ctx.roles.index), first=dict(ctx.roles.first))  # a copy: the shared one stays
    ctx = dataclasses.replace(ctx, roles=roles)
    text = "Peru said the zorblan elders fired on Chile on Monday, the zorblan said."

    def found() -> list[str]:
        doc = code_document(document_from_text(text, dt.date(2024, 5, 6)), ctx)
        return [m.text for m in doc.sentences[0].mentions if m.kind == "role"]

    assert found() == []
    roles.add(Role("zorblan elders", "REB", "group"))  # "zorblan" starts only a two-word role
    assert found() == ["zorblan elders"]  # skipped where "elders" does not follow, found where it does
