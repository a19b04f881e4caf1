"""Knowledge that drives the coder, loaded from data files: actors, lexicon, codebook.

:func:`default_knowledge` loads the shipped files once per process (plus any
user overlay files) and returns a :class:`Knowledge` bundle the pipeline reads.
"""

from __future__ import annotations

import gc
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from .actors import KnowledgeBase
from .codebook import Code, load_codebook
from .composition import Composition, load_composition
from .subcodes import Subcodes, load_subcodes
from .inflect import load_irregulars
from .learned import LEARNED_HEADER, load_model
from .lexicon import Lexicon, load_lexicon
from .roles import Roles, load_roles
from .modality import Governors, load_governors
from .overlays import OUTLET_FILES, ROLE_FILES, load_agents
from .places import Gazetteer, load_gazetteer
from .publishers import Publishers, country_domains, load_publishers

__all__ = ["DATA", "Knowledge", "default_knowledge", "load_knowledge"]

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Knowledge:
    kb: KnowledgeBase
    lexicon: Lexicon
    codebook: dict[str, Code]
    roles: Roles
    governors: Governors
    gazetteer: Gazetteer
    version: str
    composition: Composition = field(default_factory=Composition)
    subcodes: Subcodes = field(default_factory=Subcodes)
    learned: Any = None  # the learned fallback's model (stages.learned_model.LearnedModel), when turned on
    publishers: Publishers = field(default_factory=Publishers)  # news outlets' home states


def _version(paths: list[Path]) -> str:
    digest = hashlib.sha1()
    for path in sorted(paths):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


DERIVED_LEXICON = DATA / "lexicon" / "petrarch2.tsv"
LEARNED_MODEL = DATA / "learned" / "fallback.tsv"  # off unless named (--lexicon learned): docs/learned.md


def lexicon_file(value: str) -> Path:
    """A ``--lexicon`` value: a rule file's path, ``petrarch2`` for the shipped rules derived
    from the PETRARCH2 dictionary (off by default: on the sealed sets they cost precision), or
    ``learned`` for the learned fallback's model (docs/learned.md)."""
    named = {"petrarch2": DERIVED_LEXICON, "learned": LEARNED_MODEL}
    path = named[value] if value in named and not Path(value).exists() else Path(value)
    if not path.is_file():
        raise KnowledgeBaseError(value, 0, "no such rule file (give a TSV file, 'petrarch2' or 'learned')")
    return path


def load_knowledge(kb_files: tuple[Path, ...] = (), lexicon_files: tuple[Path, ...] = (),
                   derived: bool = False) -> Knowledge:
    """Load the shipped knowledge, extended by user files.

    The rule files are read in order: our ``rules.tsv``, the rules derived from
    PETRARCH2 (``petrarch2.tsv``, only when ``derived`` is true or it is named in
    ``lexicon_files``), then the user's ``lexicon_files``; on a tie between two matches the
    earlier rule wins. The derived rules are off by default: they lost no precision on the
    sets they were selected on, but cost 1-3 points of precision on the sealed sets.
    """
    irregulars = load_irregulars(DATA / "lexicon" / "irregular.tsv")
    shipped = [DATA / "lexicon" / "rules.tsv", *([DATA / "lexicon" / "petrarch2.tsv"] if derived else [])]
    models = [p for p in lexicon_files if _is_learned_model(p)]
    learned = load_model(models[-1]) if models else None
    rule_files = [p for p in shipped if p.is_file()] + [p for p in lexicon_files if p not in models]
    kb = KnowledgeBase.from_dir(DATA / "actors", list(kb_files))
    lexicon = load_lexicon(rule_files, irregulars)
    used = [*rule_files, *models[-1:], *kb_files, *sorted((DATA / "actors").glob("*")),
            DATA / "cameo" / "codebook.tsv", DATA / "lexicon" / "modality.tsv",
            DATA / "lexicon" / "composition.tsv", DATA / "lexicon" / "subcodes.tsv",
            DATA / "places" / "publishers.tsv"]
    lexicon.version = _version([p for p in used if p.is_file()])
    roles = load_roles(DATA / "actors" / "agents.tsv", DATA / "actors" / "roles.tsv")
    for role in (r for path in kb_files if path.suffix in ROLE_FILES for r in load_agents(path)):
        roles.add(role)  # a PETRARCH .agents file adds role nouns
    return Knowledge(kb=kb, lexicon=lexicon, codebook=load_codebook(DATA / "cameo" / "codebook.tsv"),
                     roles=roles,
                     governors=load_governors(DATA / "lexicon" / "modality.tsv", irregulars),
                     gazetteer=load_gazetteer(DATA / "places"),
                     version=lexicon.version,
                     composition=load_composition(DATA / "lexicon" / "composition.tsv", irregulars),
                     subcodes=load_subcodes(DATA / "lexicon" / "subcodes.tsv", irregulars),
                     learned=learned,
                     publishers=_publishers(kb, kb_files))


def _publishers(kb, kb_files: tuple[Path, ...]) -> Publishers:
    """The shipped outlets table with the user's own tables (``--kb FILE.tsv``) laid over it, in order."""
    domains = country_domains(kb)
    table = load_publishers(DATA / "places" / "publishers.tsv", domains)
    for path in kb_files:
        if path.suffix.lower() in OUTLET_FILES:
            if not path.is_file():
                raise KnowledgeBaseError(str(path), None, "no such outlets file")
            table = table.extended(load_publishers(path, domains))
    return table


def _is_learned_model(path: Path) -> bool:
    """A model written by scripts/train_fallback.py (its first line says so), not a rule file."""
    with path.open(encoding="utf-8") as f:
        return f.readline().startswith(LEARNED_HEADER)


@lru_cache(maxsize=8)
def default_knowledge(kb_files: tuple[Path, ...] = (), lexicon_files: tuple[Path, ...] = ()) -> Knowledge:
    """The knowledge bundle, loaded once per process for each set of overlay files.

    Its ~90,000 containers (name entries, rules, word sets) live as long as the process and hold
    no reference cycles, so they are frozen out of the garbage collector's view: its full passes,
    every few dozen articles, no longer walk them all (about 3 % of coding time). Dropped from
    this cache, they are still freed by their reference counts."""
    knowledge = load_knowledge(kb_files, lexicon_files)
    gc.freeze()
    return knowledge
