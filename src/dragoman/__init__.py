"""dragoman: news about international politics in, evidence-backed CAMEO events out.

>>> import dragoman
>>> events = dragoman.code("Sweden recognised Palestine on Thursday.", published="2014-10-31")
>>> events[0].code, events[0].source.primary, events[0].target.primary
('054', 'SWE', 'PSE')
"""

from .coder import code, code_document
from .errors import DragomanError, InputError, KnowledgeBaseError, StageError, StoreError
from .model import Actor, ActorRef, Doc, Document, Event, Mention, Sentence

__all__ = [
    "Actor",
    "ActorRef",
    "Doc",
    "Document",
    "DragomanError",
    "Event",
    "InputError",
    "KnowledgeBaseError",
    "Mention",
    "Sentence",
    "StageError",
    "StoreError",
    "code",
    "code_document",
]

__version__ = "0.1.0"
