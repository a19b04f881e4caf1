import pytest

from dragoman.errors import StageError
from dragoman.model import Actor, Doc, Document
from dragoman.pipeline import DEFAULT_STAGES, registered, run, stage


def test_default_stages_are_registered_in_order():
    assert DEFAULT_STAGES == ("segment", "actors", "coref", "time", "events", "places", "visits", "listed", "learned",
                             "subcodes")
    assert set(DEFAULT_STAGES) <= set(registered())


def test_runner_records_each_stage_it_ran(ctx):
    doc = run(Doc(Document("d1", "Peru voted.")), ctx)
    assert doc.done == list(DEFAULT_STAGES)


def test_runner_names_the_failing_stage_and_document(ctx):
    @stage("explodes")
    def explodes(doc, ctx):
        raise ValueError("boom")

    with pytest.raises(StageError) as info:
        run(Doc(Document("doc-7", "text")), ctx, ["segment", "explodes"])
    assert info.value.stage == "explodes"
    assert info.value.doc_id == "doc-7"
    assert "boom" in str(info.value)


def test_runner_rejects_a_stage_that_returns_no_doc(ctx):
    @stage("returns-none")
    def returns_none(doc, ctx):
        return None

    with pytest.raises(StageError, match="returned NoneType"):
        run(Doc(Document("d2", "text")), ctx, ["returns-none"])


def test_unknown_stage_is_an_error(ctx):
    with pytest.raises(StageError, match="no such stage"):
        run(Doc(Document("d3", "text")), ctx, ["nope"])


def test_timings_are_collected_per_stage(ctx):
    timings = {}
    run(Doc(Document("d4", "Peru voted.")), ctx, DEFAULT_STAGES, timings)
    assert set(timings) == set(DEFAULT_STAGES)


def test_a_state_actor_in_a_role_keeps_the_id_it_is_given():
    police = Actor.in_role("KEN", "COP")
    assert (police.id, police.primary, police.code, police.name, police.type, police.role) \
        == ("KEN", "KEN", "KENCOP", "KEN (COP)", "state", "COP")
    assert Actor.in_role("KEN", "GOV", "ACTOR:7").id == "ACTOR:7" and Actor.in_role("KEN", "GOV", "").id == ""
