"""The data model every stage and interface shares: plain dataclasses.

A :class:`Doc` travels through the pipeline; each stage adds one layer
(sentences, tokens, mentions, time expressions, events). The :class:`Event`
is the record described in DESIGN.md; :meth:`Event.to_dict` gives its JSON
form. This module imports nothing of ours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Actor",
    "ActorRef",
    "Doc",
    "Document",
    "Event",
    "Mention",
    "Sentence",
    "TimeRef",
    "Token",
]


@dataclass(slots=True)
class Document:
    """One article as it arrives: text plus what the source says about it."""

    id: str
    text: str
    published: dt.date | None = None
    published_basis: str = "none"  # given | header | none
    title: str | None = None
    url: str | None = None
    source: str | None = None  # file path or "-"
    body_start: int = 0  # offset where the article body begins (after header lines)
    body_end: int | None = None  # offset where it ends (before a footer: bio, comments); None: the end
    publisher: str | None = None  # the outlet's name as the input gives it ("A; B" for several)


@dataclass(slots=True)
class Actor:
    """A knowledge-base actor resolved as of a date."""

    id: str
    primary: str
    code: str
    name: str
    type: str  # state | igo | group | person
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    country: str | None = None  # a person's own state

    @classmethod
    def in_role(cls, state: str, role: str, ident: str | None = None) -> Actor:
        """A state's actor in a role ("NGA", "COP": the Nigerian police), with the id ``ident`` (the
        state's own, when not given)."""
        return cls(state if ident is None else ident, state, state + role, f"{state} ({role})", "state", role)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str


@dataclass(slots=True)
class Mention:
    """A span of a sentence that names an actor (or refers to one)."""

    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str
    actor: Actor | None
    kind: str  # name | capital | demonym | metonym | role | pronoun | description
    char_start: int = 0
    char_end: int = 0
    possessive: bool = False  # followed by 's / is a possessive pronoun
    locative: bool = False  # governed by a place preposition (in, near, at ...)
    modifier: bool = False  # an adjective in front of a noun ("Russian troops" is not this; "US aid" is)
    resolved_from: str | None = None  # for pronouns and descriptions: the antecedent's text
    others: list[Actor] = field(default_factory=list)  # more actors it stands for ("the two leaders")
    role: str | None = None  # the role noun's kind for role mentions (title, group, body, person)
    coords: tuple[float, float] | None = None  # a place's latitude and longitude


@dataclass(slots=True)
class TimeRef:
    """A temporal expression found in a sentence, resolved where possible."""

    start: int  # char offsets within the sentence text
    end: int
    text: str
    value: str | None
    precision: str
    basis: str
    offset: tuple[int, str] | None = None
    anchor_text: str | None = None


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # char offset into Document.text
    end: int
    text: str
    paragraph: int = 0
    quotes: list[tuple[int, int]] = field(default_factory=list)  # char spans within text
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    candidate: bool = False  # the cheap scan found a trigger word and an actor


@dataclass(slots=True)
class ActorRef:
    """An event's source or target: the actor plus how the text named it."""

    id: str
    primary: str
    code: str
    name: str
    mention: str

    def to_dict(self) -> dict[str, str]:
        return {
            "id": self.id,
            "primary": self.primary,
            "code": self.code,
            "name": self.name,
            "mention": self.mention,
        }

    @classmethod
    def of(cls, mention: Mention) -> ActorRef:
        """The reference for a resolved mention: its actor, named as the text names it."""
        actor = mention.actor
        assert actor is not None
        return cls(actor.id, actor.primary, actor.code, actor.name, mention.text)


@dataclass(slots=True)
class Event:
    id: str
    doc_id: str
    sentence: int
    source: ActorRef
    target: ActorRef
    code: str
    root: str
    label: str
    quad_class: int
    goldstein: float
    plover: str
    date: str | None
    date_precision: str | None
    date_basis: str | None
    location: dict[str, Any] | None
    polarity: str  # asserted | negated
    modality: str  # actual | announced | intended | hypothetical | reported
    evidence: dict[str, Any]
    trigger: str
    rule: str
    confidence: float
    trigger_at: int = -1  # char offset of the trigger in its sentence (not part of the record)

    @property
    def asserted(self) -> bool:
        return self.polarity == "asserted" and self.modality in ("actual", "announced")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "code": self.code,
            "root": self.root,
            "label": self.label,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_basis": self.date_basis,
            "location": self.location,
            "polarity": self.polarity,
            "modality": self.modality,
            "evidence": self.evidence,
            "trigger": self.trigger,
            "rule": self.rule,
            "confidence": self.confidence,
        }


@dataclass(slots=True)
class Doc:
    """The pipeline's working object: a document and the layers added to it."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    done: list[str] = field(default_factory=list)  # names of the stages that ran
    publisher_state: str | None = None  # the publisher's home state (knowledge.publishers), set by the actors stage

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def published(self) -> dt.date | None:
        return self.document.published
