"""A trigger's code adjusted by who acts and how: crowds and civilians (145, 180), militias, air
means, named victims.
"""

from __future__ import annotations

from ..model import Mention
from .people_nouns import CROWD_WORDS, people_code
from .generic import party_people
from .frames import Frame

__all__ = ["COERCIVE", "armed", "ATTACK_WORDS", "by_civilians", "by_means", "named_victims", "on_a_post"]


ATTACK_WORDS = {"attack", "bombing", "strike", "airstrike", "blast", "explosion", "ambush", "raid", "crash"}


def named_victims(frame: Frame) -> bool:
    """The targets are named people (a leader shot by someone the text does not name)."""
    return bool(frame.targets) and all(m.actor is not None and (m.actor.type == "person" or m.role == "title")
                                       for m in frame.targets)




def _crowd(mention: Mention) -> bool:
    """A crowd whose force is a violent protest, not armed settlers, a gang or a militia."""
    words = mention.text.lower().split()
    return any(w in CROWD_WORDS for w in words) or bool(words) and people_code(words[-1], suffix=False) == "CVL"


_PROPERTY = {"vandalise", "torch", "burn", "set", "loot", "tear"}


def by_civilians(code: str, frame: Frame, match_id: str = "x/x") -> str:
    """Fighting by protesters or crowds is a violent protest (145), not a military act; a crowd
    beating or assaulting people keeps its assault (18x), as the codebook's 1823 and 182 code a mob."""
    if code[:2] in ("19",) and frame.sources and all(
            m.actor is not None and m.actor.role == "CVL" and _crowd(m) for m in frame.sources):
        return "145"
    if code == "1712" and match_id.split("/")[-1].startswith("burn") and frame.sources and all(
            m.actor is not None and m.actor.role == "CVL" and _crowd(m) for m in frame.sources):
        return "145"  # "mobs torched homes and churches": a crowd burning buildings riots, as "burnt houses" codes it
    if code == "145" and frame.sources and all(armed(m) or (m.actor is not None and m.actor.role in ("UAF", "COP"))
                                               for m in frame.sources):  # gunmen, attackers, assailants, police
        # gunmen looting or burning homes seize or damage property (171); other force is an assault
        kind = match_id.split("/")[1].split("-")[0]
        police = all(m.actor is not None and m.actor.role == "COP" for m in frame.sources)
        return "171" if kind in _PROPERTY or police and kind == "storm" else "180"  # police storming a building seize it
    if code in ("190", "193") and frame.sources and all(
            m.actor is not None and (m.actor.role in ("INS", "UAF", "CVL") or party_people(m) or _militia(m))
            for m in frame.sources) \
            and not (frame.targets and all(_armed_party(m) for m in frame.targets)) \
            and not _armed_sides(frame, match_id) \
            and match_id.split("/")[-1] not in _TERRITORIAL \
            and match_id.split("/")[-1] not in _BATTLE_NOUNS:  # fighting troops, or one another, or taking ground, is battle
        return "180"  # an attack by insurgents, gangs, party militants or armed civilians is unconventional violence
    if code in ("190", "193") and not frame.sources and frame.targets and all(
            m.actor is not None and m.actor.type == "group" and m.actor.role == "PTY" for m in frame.targets):
        return "180"  # "an MDC activist was shot": no battle, political violence against a party's people
    return code


# taking ground from an armed side is a battle whoever takes it: "fighters overran the group's base"
_TERRITORIAL = frozenset({"overrun", "capture"})
# nouns of a fight between two sides: "killed in the fighting" after an ambush is the battle's toll
_BATTLE_NOUNS = frozenset({"fighting-noun", "clashes-erupted", "clash-noun"})


def _armed_sides(frame: Frame, match_id: str) -> bool:
    """Two or more armed groups as the sides of a clash ("Nyatura and Mai-Mai militiamen fought each other",
    "CJNG and Sinaloa gunmen clashed"): they fight each other, a battle (19x)."""
    kind = match_id.split("/")[1] if "/" in match_id else ""
    return len(frame.sources) > 1 and ("clash" in kind or "fight" in kind) \
        and all(_armed_party(m) or (m.actor is not None and m.actor.role in ("INS", "UAF", "MIL", "REB"))
                for m in frame.sources)


def _armed_party(mention: Mention) -> bool:
    """A side that fights back: troops or police named by a word ("soldiers", "police"), or an armed
    group named by its name ("clashed with the FARC dissidents"): fighting it is battle (19x)."""
    if mention.role in ("group", "person", "body"):
        return armed(mention) or (mention.actor is not None and mention.actor.role == "COP")
    return mention.actor is not None and mention.actor.type == "group" and mention.actor.role in ("INS", "REB", "MIL")


def _militia(mention: Mention) -> bool:
    """A militia named as such ("a local militia", "militiamen", "paramilitaries") or by its name (a
    pro-government militia of `armed_groups.jsonl`: CJTF, Arbaki, Dan Na Ambassagou), not a state's army:
    its attacks on people or villages are unconventional violence, as an armed gang's are."""
    text = mention.text.lower()
    return mention.actor is not None and mention.actor.role == "MIL" and (
        "militia" in text or "paramilitar" in text or mention.actor.type == "group")  # or a militia by its name


_AIR = ("air force", "warplane", "jet", "helicopter", "gunship", "drone", "bomber")


def by_means(code: str, frame: Frame) -> str:
    """An attack by a suicide bomber is a suicide bombing (1831); a strike by warplanes, drones or
    an air force is an aerial attack (195)."""
    if code[:2] not in ("18", "19") or not frame.sources:
        return code
    texts = [m.text.lower() for m in frame.sources]
    if all("suicide" in t for t in texts):
        return "1831"
    if code == "190" and all(any(w in t for w in _AIR) for t in texts) and not all("suicide" in t for t in texts):
        return "195"
    return code


COERCIVE = {"15", "17", "18", "19", "20"}


_ARMED_WORDS = {"troops", "forces", "soldiers", "army", "military", "paratroopers", "marines", "peacekeepers",
                "fighters", "militants", "rebels", "tanks", "units", "contingent", "battalion", "battalions"}


def armed(mention: Mention) -> bool:
    """Armed forces: a military role, or a word for troops in the mention."""
    role = mention.actor.role if mention.actor is not None else None
    return role in ("MIL", "REB", "INS") or any(w in _ARMED_WORDS for w in mention.text.lower().split())


# posts that only armed forces hold: an attack on one is fought against troops or police
_POSTS = frozenset({"checkpoint", "checkpoints", "outpost", "outposts", "barracks", "garrison", "garrisons",
                    "patrol", "patrols"})
_POST_REACH = 4  # tokens from the trigger to the post


def on_a_post(lower: list[str], match, code: str) -> str:
    """The rule's battle (190, 193) again where :func:`by_civilians` made an insurgents' attack
    unconventional violence (180) but its object is a post of armed forces ("militants attacked a
    checkpoint", "ambushed a patrol"): troops hold it, and they fight back."""
    if code != "180" or match.rule.code not in ("190", "193"):
        return code
    return match.rule.code if not _POSTS.isdisjoint(lower[match.end:match.end + _POST_REACH]) else code
