"""One record per real event: clustering reports across articles."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from dragoman.store import Filters, compatible, connect, events, ingest
from store_support import line_coder


def _store(tmp_path, *articles, window=None):
    conn = connect(tmp_path / "s.db")
    docs = []
    for n, (published, body) in enumerate(articles):
        from store_support import doc
        docs.append(doc(f"Article {n}\n" + body, published))
    ingest(conn, docs, line_coder, "v1")
    return conn


def test_compatible_codes_are_equal_or_general_and_specific():
    assert compatible("054", "054") and compatible("050", "054") and compatible("05", "057")
    assert compatible("1041", "104") and not compatible("1041", "1042") and not compatible("054", "051")
    assert not compatible("054", "164")


def test_reports_of_one_event_in_three_articles_are_one_event(tmp_path):
    conn = _store(tmp_path, ("2025-07-04", "RUS 054 AFG 2025-07-03"), ("2025-07-05", "RUS 054 AFG 2025-07-03"),
                  ("2025-07-20", "RUS 054 AFG 2025-07 month"))
    (clustered,) = events(conn)
    assert clustered["mentions"] == 3 and len(clustered["documents"]) == 3
    assert (clustered["date"], clustered["date_precision"]) == ("2025-07-03", "day")
    assert (clustered["first_report"], clustered["last_report"]) == ("2025-07-04", "2025-07-20")
    assert len(clustered["evidence"]) == 3 and all(e["text"] for e in clustered["evidence"])


def test_dates_a_day_apart_merge_and_dates_weeks_apart_do_not(tmp_path):
    conn = _store(tmp_path, ("2025-03-02", "USA 163 IRN 2025-03-01"), ("2025-03-03", "USA 163 IRN 2025-03-02"),
                  ("2025-04-02", "USA 163 IRN 2025-04-01"))
    assert [e["mentions"] for e in events(conn)] == [2, 1]


def test_a_general_code_joins_the_specific_one_and_the_specific_code_wins(tmp_path):
    conn = _store(tmp_path, ("2025-03-02", "FRA 050 PSE 2025-03-01"), ("2025-03-02", "FRA 054 PSE 2025-03-01"),
                  ("2025-03-02", "FRA 051 PSE 2025-03-01"))
    by_code = {e["code"]: e["mentions"] for e in events(conn)}
    assert by_code == {"054": 2, "051": 1} or by_code == {"054": 1, "051": 2}


def test_direction_matters(tmp_path):
    conn = _store(tmp_path, ("2025-03-02", "FRA 051 DEU 2025-03-01"), ("2025-03-02", "DEU 051 FRA 2025-03-01"))
    assert len(events(conn)) == 2


def test_a_year_only_date_joins_a_precise_one_of_that_year(tmp_path):
    conn = _store(tmp_path, ("2024-06-01", "CHN 057 PAK 2024-05-20"), ("2025-01-01", "CHN 057 PAK 2024 year"))
    (clustered,) = events(conn)
    assert clustered["date"] == "2024-05-20" and clustered["mentions"] == 2


def test_reports_mode_lists_every_report_with_its_cluster(tmp_path):
    conn = _store(tmp_path, ("2025-07-04", "RUS 054 AFG 2025-07-03"), ("2025-07-05", "RUS 054 AFG 2025-07-03"))
    reports = events(conn, reports=True)
    assert len(reports) == 2 and len({r["cluster_id"] for r in reports}) == 1


# --- a generated multi-article corpus with known truth, through the real coder -------------

STATES = ["Russia", "China", "France", "Germany", "Brazil", "India", "Japan", "Kenya"]
ACTS = [("{A} recognised {B} {when}.", "05"), ("{A} imposed sanctions on {B} {when}.", "16"),
        ("{A} expelled two diplomats from {B} {when}.", "16"), ("{A} condemned {B} {when}.", "11"),
        ("{A} pledged humanitarian aid to {B} {when}.", "03")]
FILLER = ["Prices of fuel and food have risen sharply since the start of the year.",
          "Analysts say the outcome of the vote remains difficult to predict.",
          "Heavy rain is forecast for the coming days across much of the north."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _when(rng: random.Random, day: dt.date, published: dt.date) -> str:
    if published - day < dt.timedelta(days=6) and rng.random() < 0.5:
        return "on " + WEEKDAYS[day.weekday()] if day != published else "on " + WEEKDAYS[day.weekday()]
    return f"on {day.day} {day.strftime('%B')}"


def generate(seed: int = 5, n_events: int = 60):
    """Truth events, each reported by 1-4 articles published 1-5 days later; articles mix events.

    Few dyads, so the same dyad and act recur; two true events of one dyad and act are at
    least a week apart (closer ones are what the clustering window is meant to merge).
    """
    rng = random.Random(seed)
    truth, reports = [], []
    start = dt.date(2024, 1, 1)
    for i in range(n_events):
        a, b = rng.sample(STATES[:5], 2)  # few dyads: the same dyad and act recur on other dates
        template, root = rng.choice(ACTS)
        day = start + dt.timedelta(days=rng.randrange(0, 360))
        while any((a, b, root) == t[:3] and abs((day - t[3]).days) < 7 for t in truth):
            day = start + dt.timedelta(days=rng.randrange(0, 360))
        truth.append((a, b, root, day, template))
        for _ in range(rng.randint(1, 4)):
            reports.append((i, day + dt.timedelta(days=rng.randint(1, 5))))
    rng.shuffle(reports)
    articles = []
    for k in range(0, len(reports), 2):  # two reported events per article, same publication date
        group = reports[k:k + 2]
        published = max(p for _, p in group)
        sentences = []
        for i, _ in group:
            a, b, _, day, template = truth[i]
            sentences += [template.format(A=a, B=b, when=_when(rng, day, published)), rng.choice(FILLER)]
        articles.append((published, " ".join(sentences), [i for i, _ in group]))
    return truth, articles


def _codes():
    from dragoman.knowledge import default_knowledge
    return {s: r["id"] for s in STATES for r in default_knowledge().kb.records.values()
            if r.get("type") == "state" and r.get("name") == s}


def clustering_scores(conn, truth, articles, doc_ids):
    """Pairwise precision and recall of report clustering against the truth."""
    codes = _codes()
    label = {}
    for (published, _, members), doc_id in zip(articles, doc_ids):
        for r in events(conn, Filters(), reports=True):
            if r["doc_id"] != doc_id:
                continue
            key = (r["source"]["primary"], r["target"]["primary"], r["root"])
            hits = [i for i in members if (codes[truth[i][0]], codes[truth[i][1]], truth[i][2]) == key]
            if hits:
                label[r["id"]] = (hits[0], r["cluster_id"])
    tp = fp = fn = 0
    for (t1, c1), (t2, c2) in itertools.combinations(label.values(), 2):
        tp += t1 == t2 and c1 == c2
        fp += t1 != t2 and c1 == c2
        fn += t1 == t2 and c1 != c2
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), len(label)


def test_clustering_recovers_the_true_events_of_a_generated_corpus(tmp_path, ctx):
    from dragoman.coder import code_document
    from dragoman.ingest.text import document_from_text, normalized_id

    truth, articles = generate()
    docs = [document_from_text(text, published) for published, text, _ in articles]
    conn = connect(tmp_path / "s.db")
    ingest(conn, docs, lambda d: code_document(d, ctx).events, "v1")
    precision, recall, matched = clustering_scores(conn, truth, articles, [normalized_id(d.text) for d in docs])
    print(f"clustering: {matched} reports matched to truth, pairwise precision {precision:.3f} recall {recall:.3f}")
    assert matched >= 0.9 * sum(len(m) for _, _, m in articles)
    assert precision >= 0.95 and recall >= 0.9
