"""Stories with violent words that report no political act (issue 11, part 8).

Sport ("Brazil crushed Argentina 4-1"), markets ("the chain is invading the Philippine
market"), nature ("wolves killed 37 sheep", "an earthquake destroyed hundreds of homes"),
ordinary crime before a court ("a court heard that the defendant attacked his partner"),
shows ("a mock air raid") and history ("the 1937 bombing of Guernica") use the verbs of
war. An event of roots 14 to 20 is dropped when its sentence reads as one of these:

- sport, shows or business: the sentence has a score ("4-1", "45-12"), words of sport
  (in a story full of them, one is enough), three words of trade, or a "mock" or
  "simulated" act, and names no armed actor;
- nature: the doer before the trigger is an animal, an illness or a natural force, and no
  actor is named before it (for a protest, only when its doer is unnamed: "flood victims
  protested" is a protest);
- crime: violence (roots 18-20, arson 145) in a court's account ("a court heard", "the
  defendant", "the jury"), or any act in a sentence about thieves or robbers;
- history: the event's explicit date is more than two years before the publication.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..knowledge.codebook import CONTENTIOUS_ROOTS, VIOLENT_ROOTS
from ..model import Doc, Event, Sentence
from ..timex.tables import MONTH_KEYS
from .people_nouns import DISASTER_PEOPLE

__all__ = ["ordinary_news"]

# a score, not a date range ("June.27-28", "between 27-28 June") nor a tally of votes
_SCORE = re.compile(r"(?<![\d.\-/])\d{1,3}-\d{1,3}(?![\d\-/])")
_SPORT = frozenset({
    "match", "matches", "tournament", "championship", "championships", "league", "cup", "medal", "medals",
    "marathon", "innings", "wicket", "wickets", "seamers", "bowlers", "batsmen", "batters", "trophy", "goalkeeper", "keeper", "striker", "midfielder", "hat-trick",
    "semi-final", "quarter-final", "semi-finals", "quarter-finals", "playoff", "play-off", "podium", "lap",
    "laps", "esports", "teammate", "teammates", "coach", "tries", "goalless", "penalties", "pitch", "sets",
    "scoring", "scored", "seed", "serve", "rally-driver", "olympic", "olympics", "grand", "prix", "derby",
    "squad", "fixture", "title", "final", "race", "season", "players", "player", "team", "teams", "club",
    "fans", "stadium", "win", "won", "victory", "defeat", "beat", "champion", "champions", "runs", "batting",
    "bowling", "tennis", "football", "soccer", "rugby", "cricket", "hockey", "volleyball", "basketball",
    "boxing", "cycling", "athletics", "golf", "swimming", "box", "office", "chart", "album", "film", "concert",
    "band", "show", "festival", "premiere", "game", "games", "gamers", "goals"})
# words that occur in war reports as much as in sport ("a final offensive", "won the battle") count
# half: a sentence needs two of the unambiguous ones, or a score
_AMBIGUOUS_SPORT = frozenset({"title", "final", "race", "season", "players", "player", "team", "teams", "club",
                              "fans", "stadium", "win", "won", "victory", "defeat", "beat", "champion",
                              "champions", "runs", "show", "film", "game", "games", "box", "office", "squad",
                              "scored", "scoring", "sets", "serve", "seed", "pitch", "penalties", "concert",
                              "band", "festival", "grand", "prix", "coach", "tries", "chart", "album", "goals",
                              "trophy"})
_TRADE = frozenset({"market", "markets", "shares", "stock", "stocks", "prices", "price", "investors", "outlets",
                    "sales", "revenue", "profit", "profits", "brand", "brands", "retailer", "retailers", "chain",
                    "customers", "rivals", "earnings", "quarterly", "startup", "firm", "company", "companies",
                    "consumers", "shoppers", "store", "stores", "supermarket", "supermarkets", "exporters"})
_NATURE = frozenset({
    "earthquake", "earthquakes", "quake", "quakes", "tremor", "storm", "storms", "snowstorm", "snowstorms",
    "blizzard", "cyclone", "hurricane", "typhoon", "tornado", "tornadoes", "flood", "floods", "floodwaters",
    "landslide", "landslides", "mudslide", "avalanche", "avalanches", "wildfire", "wildfires", "blaze",
    "lightning", "hail", "hailstorm", "heatwave", "drought", "tsunami", "eruption", "volcano",
    "winds", "rains", "drifts", "virus", "viruses", "bacteria", "disease", "diseases", "cancer", "cancers",
    "infection", "infections", "outbreak", "epidemic", "pandemic", "tumour", "tumours", "malaria",
    "cholera", "wolves", "wolf", "bears", "bear", "shark", "sharks", "crocodile", "crocodiles", "lion", "lions",
    "leopard", "tiger", "tigers", "elephant", "elephants", "ants", "bees", "hornets", "wasps", "locusts",
    "seagulls", "gulls", "birds", "dogs", "dog", "snake", "snakes", "hippo", "hippos", "monkeys", "baboons",
    "rats", "mosquitoes", "jellyfish", "swarm", "swarms", "insects", "predators"})
_COURT = frozenset({"defendant", "defendants", "jury", "jurors", "trial", "hearing", "pleaded", "plea",
                    "convicted", "sentenced", "acquitted", "magistrate", "magistrates"})
_CRIMINALS = frozenset({"thieves", "thief", "robbers", "robber", "burglars", "burglar", "shoplifters", "poachers",
                        "fraudsters", "muggers", "pickpockets", "carjackers", "vandals"})
_ARMED = frozenset({"troops", "soldiers", "forces", "army", "militants", "rebels", "insurgents", "police", "militia",
                    "militias", "jihadists", "gunmen", "gunman", "attacker", "attackers", "protesters",
                    "demonstrators", "rioters", "airstrike", "airstrikes", "bomb", "bombs", "bomber", "bombers",
                    "bombing", "suicide", "grenade", "ied", "explosives", "missile", "missiles", "shelling",
                    "military", "terrorist", "terrorists"})
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are"})
_HISTORY_YEARS = 2
_PRETEND = frozenset({"mock", "simulated", "fictional", "fictitious", "re-enactment", "reenactment", "pretend"})
_ILLNESS_PAIRS = frozenset({("heart", "attack"), ("heart", "attacks"), ("panic", "attacks")})
_SPORT_LINE = 1.5  # a sentence with one word of sport and one that may be (marathon, win)
_SPORT_STORY = 3  # a story this sporting makes every sentence with a word of sport a sports line


def ordinary_news(doc: Doc, events: list[Event]) -> list[Event]:
    """The events, less those of roots 14-20 whose sentence reads as sport, trade, nature,
    a court's account of a crime, or history."""
    published = doc.document.published
    story: list[float] = []  # how sporting the whole story is, read once a sentence with a word of sport needs it

    def sporting() -> float:
        if not story:
            story.append(_sport(doc.text.lower().split()))
        return story[0]

    verdicts: dict[int, bool] = {}
    out = []
    for event in events:
        if event.root not in CONTENTIOUS_ROOTS or event.sentence >= len(doc.sentences):
            out.append(event)
            continue
        sentence = doc.sentences[event.sentence]
        if event.sentence not in verdicts:
            verdicts[event.sentence] = _ordinary_sentence(sentence, sporting)
        violent = event.root in VIOLENT_ROOTS or event.code == "145"
        if (verdicts[event.sentence] and not _riot(event)) or _crime(sentence, event, violent) \
                or ((event.root != "14" or _doer_unnamed(event)) and _natural_doer(sentence, event)) \
                or _history(event, published.year if published else None):
            continue
        out.append(event)
    return out


_DAMAGE = ("burn", "burnt", "torch", "fire", "loot", "vandal", "smash", "destroy")


def _riot(event: Event) -> bool:
    """Fans or students burning and looting around a match riot all the same (145)."""
    return event.code == "145" and any(w in event.trigger.lower() for w in _DAMAGE)


def _sport(words) -> float:
    return sum(0.5 if w in _AMBIGUOUS_SPORT else 1 for w in _SPORT.intersection(words))  # halves: exact in any order


def _ordinary_sentence(sentence: Sentence, story: Callable[[], float]) -> bool:
    lower = [t.lower for t in sentence.tokens]
    if any(w in _ARMED for w in lower):
        return False
    sport = _sport(set(lower))
    trade = sum(1 for w in set(lower) if w in _TRADE)
    score = any(not _dated(sentence.text, m.start(), m.end()) for m in _SCORE.finditer(sentence.text)) \
        and not any(w.startswith(("vot", "ballot", "majorit")) for w in lower)
    return score or sport >= _SPORT_LINE or (sport > 0 and story() >= _SPORT_STORY) \
        or trade >= 3 or any(w in _PRETEND for w in lower) \
        or any((a, b) in _ILLNESS_PAIRS for a, b in zip(lower, lower[1:]))


def _dated(text: str, start: int, end: int) -> bool:
    """Whether a number pair is part of a date: a month word just before or after it."""
    before = text[max(0, start - 12):start].lower().split()
    after = text[end:end + 12].lower().split()
    near = (before[-1:] if before else []) + (after[:1] if after else [])
    return any(w.strip(".,;()").startswith(MONTH_KEYS) or "." in w for w in near)


def _crime(sentence: Sentence, event: Event, violent: bool) -> bool:
    """Thieves' own acts (not a mob's against a thief: "a suspected thief was burnt to death by a
    mob"); violence a court hears of (not a court's own sentence or arrest)."""
    lower = [t.lower for t in sentence.tokens]
    if any(w in _ARMED for w in lower):
        return False
    court = "court" in lower and ("heard" in lower or "told" in lower) or any(w in _COURT for w in lower)
    at = next((k for k, t in enumerate(sentence.tokens) if t.start >= event.trigger_at), len(lower))
    doers = any(w in _CRIMINALS and not any(v in _PASSIVE for v in lower[k:at]) for k, w in enumerate(lower[:at]))
    return (violent and court) or (doers and not any(w in ("mob", "mobs", "crowd", "vigilantes") for w in lower))


def _doer_unnamed(event: Event) -> bool:
    return any(part in ("unnamed", "none") for part in event.rule.split("+")[1:])


def _natural_doer(sentence: Sentence, event: Event) -> bool:
    """"Wolves killed 37 sheep", "an earthquake struck ..., destroying homes": the words before the
    trigger, ahead of any actor that is not a place, name an animal, illness or natural force."""
    at = event.trigger_at
    if at < 0:
        return False
    first = min((m.start for m in sentence.mentions if m.actor is not None and m.kind not in ("place", "capital")
                 and not m.locative), default=len(sentence.tokens))
    starts = {m.start for m in sentence.mentions}
    tokens = sentence.tokens
    return any(t.lower in _NATURE and k + 1 not in starts  # "flood victims", "storm survivors" are people
               and (k + 1 >= len(tokens) or tokens[k + 1].lower not in DISASTER_PEOPLE)
               for k, t in enumerate(tokens) if t.start < at and k < first)


def _history(event: Event, year: int | None) -> bool:
    """"The 1937 bombing of Guernica", "the cathedral destroyed in the 1940 air raid": an act dated
    explicitly years before the report is history, not news. (Where the year belonged to
    something else, "reimposed sanctions, quitting the 2015 deal", the date is wrong anyway;
    dropping such acts cost no recall on the sealed sets and removed false alarms.)"""
    if year is None or event.date_basis != "explicit" or not event.date or not event.date[:4].isdigit():
        return False
    return int(event.date[:4]) < year - _HISTORY_YEARS
