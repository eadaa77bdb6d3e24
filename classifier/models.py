"""Corpus loading, the candidate pipelines, grouped cross-validation and model selection."""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from joblib import Parallel, delayed
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

from classifier.features import ArticleFeatures
from classifier.result import ACTION_LABELS, LABELS
from classifier.rules import (
    RESTRUCTURED_AT,
    Signal,
    complaint_about_thads,
    court_ruling,
    decide,
    defunct_agency_names,
    passing_mention,
    signals,
    sports_sanction,
    thads_headline,
    thads_lead,
)
from classifier.textprep import compose, prepare_many, strip_folded
from text.fingerprint import simhash
from text.furniture import drop_furniture
from text.sentences import split_sentences

__all__ = [
    "CORPUS",
    "FEATURE_SETS",
    "LEAD_VIEW",
    "Thresholds",
    "supported",
    "with_lead_views",
    "without_furniture",
    "with_views",
    "short_flags",
    "ESTIMATORS",
    "Candidate",
    "corpus_rows",
    "cv_folds",
    "data_hash",
    "make_pipeline",
    "assessments",
    "corpus_signals",
    "selection_score",
    "best_candidate",
    "teaches_assessment",
    "relevance_decisions",
    "story_groups",
]

CORPUS = Path(__file__).parent / "data" / "labelled.jsonl"
SEED = 20250701


def corpus_rows(path: Path = CORPUS) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def data_hash(corpus_bytes: bytes, feedback_rows: Sequence[dict[str, Any]]) -> str:
    h = hashlib.sha256(corpus_bytes)
    for row in sorted(feedback_rows, key=lambda r: r["id"]):
        h.update(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str).encode())
    return h.hexdigest()


def documents(rows: Sequence[dict[str, Any]]) -> list[str]:
    return [compose(r["title"], r.get("lead"), r["text"]) for r in rows]


# Feed items are a headline and a lead; most labelled articles are full bodies, and a model
# trained on those alone misses most feed items of the same stories. So every full-length example
# also trains, and is evaluated, in its feed form (:func:`lead_view`): the same real article with
# the same labels, its title and opening sentences. A document of at most SHORT_WORDS words is
# judged as a feed item, at a relevance threshold of its own.
LEAD_VIEW = "lead_view"  # the ``length`` of a feed-form view
LEAD_WORDS = 40  # a view keeps opening sentences until it has this many words
SHORT_WORDS = 120


def lead_view(row: dict[str, Any]) -> dict[str, Any]:
    """The feed form of a full-length example: its title and the opening sentences of its first
    paragraph (at least :data:`LEAD_WORDS` words, when the paragraph has them)."""
    first = next((p for p in row["text"].split("\n") if p.strip()), "")
    kept: list[str] = []
    for sentence in split_sentences(first):
        kept.append(sentence)
        if sum(len(s.split()) for s in kept) >= LEAD_WORDS:
            break
    return {
        **row,
        "id": row["id"] + "#lead",
        "lead": "",
        "text": " ".join(kept),
        "length": LEAD_VIEW,
    }


def without_furniture(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """``rows`` (articles, training rows) with their bodies' page furniture dropped
    (:func:`text.furniture.drop_furniture`): a row without any is kept as the same object.
    :meth:`classifier.api.Classifier.classify_many` classifies its items so, and training and
    evaluation learn from their rows so."""
    out = []
    for r in rows:
        text = drop_furniture(r["text"])
        out.append(r if text is r["text"] else {**r, "text": text})
    return out


def with_lead_views(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` followed by the feed form of each full-length one."""
    return [*rows, *(lead_view(r) for r in rows if r["length"] == "full")]


def with_views(
    rows: Sequence[dict[str, Any]], folds: list[tuple[np.ndarray, np.ndarray]]
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each fold with the lead view of each of its articles on the article's side."""
    position = {r["id"]: i for i, r in enumerate(rows)}
    view = [position.get(r["id"] + "#lead", -1) for r in rows]

    def extend(idx: np.ndarray) -> np.ndarray:
        extra = [view[i] for i in idx.tolist() if view[i] >= 0]
        return np.concatenate([idx, np.array(extra, int)]).astype(int)

    return [(extend(tr), extend(te)) for tr, te in folds]


def short_flags(docs: Sequence[str]) -> np.ndarray:
    """Which composed documents are feed-item length (at most :data:`SHORT_WORDS` words)."""
    # (split at most SHORT_WORDS times: a longer document yields SHORT_WORDS + 1 parts)
    return np.array([len(d.split(maxsplit=SHORT_WORDS)) <= SHORT_WORDS for d in docs], bool)


@dataclass(frozen=True)
class Thresholds:
    """Relevance thresholds of full texts and of feed-length ones."""

    full: float
    short: float

    def per_row(self, short: np.ndarray) -> np.ndarray:
        return np.where(short, self.short, self.full)


def story_groups(rows: Sequence[dict[str, Any]], max_bits: int = 6) -> np.ndarray:
    """Group id per row: rows whose SimHash (of the title + body) is within ``max_bits`` share
    a group, so a story told twice never sits on both sides of a split (data card)."""
    sigs = np.array(
        [simhash(compose(r["title"], r.get("lead"), r["text"])) for r in rows], dtype=np.uint64
    )
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(rows)):
        dist = np.bitwise_count(sigs[i + 1 :] ^ sigs[i])
        for j in np.nonzero(dist <= max_bits)[0]:
            a, b = find(i), find(i + 1 + int(j))
            if a != b:
                parent[b] = a
    return np.array([find(i) for i in range(len(rows))])


# Feature sets: syllable n-grams of the folded text only, or of folded + diacritic-free text
# plus the THADS lexicon.
FEATURE_SETS = ("words", "words+stripped+lexicon")
ESTIMATORS = ("logreg", "linearsvc")


def make_features(feature_set: str) -> ArticleFeatures:
    if feature_set == "words":
        return ArticleFeatures(stripped=False, lexicon=False)
    if feature_set == "words+stripped+lexicon":
        return ArticleFeatures(stripped=True, lexicon=True)
    raise ValueError(f"unknown feature set {feature_set!r}")


def make_estimator(name: str, n_min_class: int, *, binary: bool = False) -> Any:
    """Calibrated linear models: sigmoid calibration over internal folds when every class has
    at least 3 training examples, else the logistic model's own probabilities. The binary
    relevance model uses liblinear (on these wide sparse features lbfgs needed thousands of
    iterations per fit for the same decisions); the multinomial assessment keeps lbfgs
    (one-vs-rest liblinear lost a third of the action_needed F1 in cross-validation)."""
    if name == "logreg":
        base: Any = LogisticRegression(
            C=20.0,
            class_weight="balanced",
            max_iter=2000,
            solver="liblinear" if binary else "lbfgs",
            random_state=SEED,  # liblinear shuffles: the same data gives the same model
        )
    elif name == "linearsvc":
        base = LinearSVC(C=0.5, class_weight="balanced", random_state=SEED)
    else:
        raise ValueError(f"unknown estimator {name!r}")
    if n_min_class >= 3:
        return CalibratedClassifierCV(base, method="sigmoid", cv=3)
    if name == "logreg":
        return base
    return CalibratedClassifierCV(base, method="sigmoid", cv=2)


def make_pipeline(
    features: ArticleFeatures, estimator: str, n_min_class: int = 3, *, binary: bool = False
) -> Pipeline:
    """The deployed pipeline: composed documents in, calibrated probabilities out. ``features``
    are already fitted (:func:`fit_features`; relevance and assessment share them); the
    estimator is fitted by the caller on their matrix."""
    return Pipeline(
        [("features", features), ("clf", make_estimator(estimator, n_min_class, binary=binary))]
    )


def fit_features(
    feature_set: str, docs: Sequence[str], rows: Sequence[dict[str, Any]]
) -> tuple[ArticleFeatures, Any]:
    """Features fitted on the articles among ``rows`` (not on lead views: a view repeats its
    article's opening, and would carry n-grams seen in one article past ``min_df``), and the
    feature matrix of every one of ``docs``."""
    feats = make_features(feature_set)
    feats.fit([d for d, r in zip(docs, rows, strict=True) if r["length"] != LEAD_VIEW])
    return feats, feats.transform(docs)


@dataclass(frozen=True)
class Candidate:
    feature_set: str
    estimator: str

    @property
    def name(self) -> str:
        return f"{self.feature_set} + {self.estimator}"


CANDIDATES = tuple(Candidate(f, e) for f in FEATURE_SETS for e in ESTIMATORS)
# The winner of the candidate comparison in ``evaluate()`` (5-fold grouped CV, mean of relevance
# F1 on plain and on diacritic-free input and action_needed F1); ``train`` fits it unless asked
# to select again.
# The evaluation report says when the comparison picks another one.
DEFAULT = Candidate("words+stripped+lexicon", "linearsvc")


def cv_folds(
    rows: Sequence[dict[str, Any]], n_splits: int = 5, seed: int = SEED
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified, grouped by story, shuffled with ``seed``; ``written`` rows are always on the
    training side, lead views (:func:`with_lead_views`) on their article's side."""
    written = np.array([r["origin"] == "written" for r in rows])
    article = np.array([r["length"] != LEAD_VIEW for r in rows])
    written &= article
    real = np.nonzero(~written & article)[0]
    y = np.array([_strata(rows[i]) for i in real])
    groups = story_groups([rows[i] for i in real])
    folds = []
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        # Rare strata (3 real positive stories) have fewer members than folds: expected, and
        # reported by the evaluation's per-class counts rather than as a warning to the user.
        warnings.filterwarnings("ignore", "The least populated class", UserWarning)
        splits = list(splitter.split(real, y, groups))
    for tr, te in splits:
        folds.append((np.concatenate([real[tr], np.nonzero(written)[0]]), real[te]))
    return with_views(rows, folds)


def _strata(row: dict[str, Any]) -> str:
    return (row["label"] or "relevant") if row["relevant"] else "none"


def fit_predict(
    feature_set: str,
    estimators: Sequence[str],
    docs: Sequence[str],
    rows: Sequence[dict[str, Any]],
    train: np.ndarray,
    test: np.ndarray,
) -> dict[tuple[str, str], tuple[np.ndarray, np.ndarray]]:
    """Fit the features once on ``train`` and each estimator on them. For each
    (estimator, variant) — ``test`` as written ("plain") and without diacritics ("stripped") —
    return (relevance probability, label probabilities over LABELS)."""
    feats, xtr = fit_features(feature_set, [docs[i] for i in train], [rows[i] for i in train])
    test_docs = [docs[i] for i in test]
    xte = {
        "plain": feats.transform(test_docs),
        "stripped": feats.transform(list(map(strip_folded, prepare_many(test_docs)))),
    }
    y = np.array([bool(rows[i]["relevant"]) for i in train])
    lab_idx = np.array([i for i in range(len(train)) if teaches_assessment(rows[train[i]])])
    labels = [rows[train[i]]["label"] for i in lab_idx]
    out = {}
    for name in estimators:
        rel = make_estimator(name, int(min(y.sum(), (~y).sum())), binary=True).fit(xtr, y)
        lab = make_estimator(name, min(labels.count(c) for c in set(labels)))
        lab.fit(xtr[lab_idx], labels)
        for variant, x in xte.items():
            p_rel = rel.predict_proba(x)[:, list(rel.classes_).index(True)]
            p_lab = np.zeros((len(test), len(LABELS)))
            proba = lab.predict_proba(x)
            for k, c in enumerate(lab.classes_):
                p_lab[:, LABELS.index(c)] = proba[:, k]
            out[(name, variant)] = (p_rel, p_lab)
    return out


def cross_validate(
    feature_set: str,
    estimators: Sequence[str],
    docs: Sequence[str],
    rows: Sequence[dict[str, Any]],
    folds: Sequence[tuple[np.ndarray, np.ndarray]],
    n_jobs: int = 1,
) -> dict[str, dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]]:
    """Per estimator, per variant ("plain", "stripped"): (test indices, relevance
    probabilities, label probabilities), out of fold."""
    parts = Parallel(n_jobs=n_jobs)(
        delayed(fit_predict)(feature_set, estimators, docs, rows, tr, te) for tr, te in folds
    )
    idx = np.concatenate([te for _, te in folds])
    return {
        name: {
            v: (
                idx,
                np.concatenate([p[(name, v)][0] for p in parts]),
                np.concatenate([p[(name, v)][1] for p in parts]),
            )
            for v in ("plain", "stripped")
        }
        for name in estimators
    }


THRESHOLD_TOLERANCE = 0.02


def best_threshold(
    rows: Sequence[dict[str, Any]],
    idx: np.ndarray,
    p: np.ndarray,
    labels: Sequence[str],
    found: Sequence[Sequence[Signal]],
) -> float:
    """The relevance threshold of the rows ``idx`` by the out-of-fold mean of relevance F1 and
    action_needed F1 (the two decisions the users act on) of the deployed decision:
    probabilities ``p``, assessments ``labels``, rule signals ``found``. The lowest threshold
    within :data:`THRESHOLD_TOLERANCE` of the best mean wins: differences that small are one or
    two examples, and at equal quality a missed article costs the office more than an extra one
    to read. 0.5 when there is no relevant row."""
    y = np.array([bool(rows[i]["relevant"]) for i in idx], bool)
    if not y.any():
        return 0.5
    grid = np.round(np.arange(0.05, 0.91, 0.05), 2)
    scores = []
    for t in grid:
        relevant = relevance_decisions(p, float(t), idx, found)
        scores.append(
            (f1_score(y, relevant, zero_division=0) + action_f1(rows, idx, relevant, labels)) / 2
        )
    good = np.asarray(scores) >= max(scores) - THRESHOLD_TOLERANCE
    return float(grid[int(np.argmax(good))])


def action_flags(
    rows: Sequence[dict[str, Any]],
    idx: np.ndarray,
    relevant_pred: np.ndarray,
    label_pred: Sequence[str | None],
) -> tuple[np.ndarray, np.ndarray]:
    """(labelled, decided) action_needed of the rows ``idx``: the label is an action label, and
    the row was decided relevant with an action label."""
    truth = np.array([rows[i]["label"] in ACTION_LABELS for i in idx], bool)
    decided = zip(relevant_pred, label_pred, strict=True)
    pred = np.array([bool(r) and lab in ACTION_LABELS for r, lab in decided], bool)
    return truth, pred


def action_f1(
    rows: Sequence[dict[str, Any]],
    idx: np.ndarray,
    relevant_pred: np.ndarray,
    label_pred: Sequence[str | None],
) -> float:
    return float(f1_score(*action_flags(rows, idx, relevant_pred, label_pred), zero_division=0))


def teaches_assessment(row: dict[str, Any]) -> bool:
    """Whether ``row`` trains the assessment text model: a relevant example, except one whose
    label only its publication date makes true — an abolished agency name is ``inaccurate``
    after 2025-07-01 and ordinary before (the written examples of it). That is the defunct-name
    rule's decision; learnt from text, it taught the model that "Chi cục THADS" is inaccurate
    in any story, and 2004-2018 stories were assessed so."""
    if row["label"] not in LABELS:
        return False
    return not (
        row["label"] == "inaccurate"
        and defunct_agency_names(row["title"], row["text"], row.get("lead"), RESTRUCTURED_AT)
    )


def corpus_signals(rows: Sequence[dict[str, Any]]) -> list[list[Signal]]:
    """The rule signals (:mod:`classifier.rules`) of every row, as classification computes them
    (corpus rows carry no publication date, so the defunct-name signal never fires on them),
    the relevance signals included (the headline's, a feed item's lead's, a sports ban's, a
    mention in passing's, a court's ruling's)."""
    out = []
    short = short_flags(documents(rows))
    for k, r in enumerate(rows):
        found = signals(r["title"], r["text"], r.get("lead"))
        extra = (
            thads_headline(r["title"]),
            sports_sanction(r["title"], r["text"], r.get("lead")),
            passing_mention(r["title"], r["text"], r.get("lead")),
            court_ruling(r["title"], r["text"], r.get("lead")),
            # (t), on the feed-length rows only, as classification reads it
            thads_lead(r["title"], r["text"], r.get("lead")) if short[k] else None,
            complaint_about_thads(r["title"], r["text"], r.get("lead")),
        )
        out.append(found + [s for s in extra if s is not None])
    return out


def relevance_decisions(
    p: np.ndarray,
    threshold: float | np.ndarray,
    idx: np.ndarray,
    found: Sequence[Sequence[Signal]] | None,
) -> np.ndarray:
    """Relevant or not for each row of ``idx``: the text model's probability ``p`` at
    ``threshold`` (one, or one per row: :meth:`Thresholds.per_row`), then — with ``found``
    (:func:`corpus_signals`) — the headline signal, criminal enforcement said to be done by
    THADS, the sports ban, the mention in passing and the court's ruling, as the deployed
    classifier decides."""
    out = p >= threshold
    if found is not None:
        # (a): about THADS, falsely; (c), (f): an allegation against THADS
        relevant = ("thads_headline", "thads_lead", "criminal_enforcement", "thads_complaint")
        out |= np.array([any(s.code in relevant for s in found[i]) for i in idx], bool)
        # a sports ban, a mention in passing, a court's ruling: not relevant
        vetoes = ("sports_sanction", "passing_mention", "court_ruling")
        out &= ~np.array([any(s.code in vetoes for s in found[i]) for i in idx], bool)
    return out


def assessments(
    q: np.ndarray, idx: np.ndarray, found: Sequence[Sequence[Signal]] | None = None
) -> list[str]:
    """The label of each row of ``idx`` from its label probabilities ``q``: the text model's
    best label, then — with ``found`` (:func:`corpus_signals`) — the rule signals' decision,
    as the deployed classifier makes it."""
    labels = [LABELS[k] for k in q.argmax(1)]
    if found is None:
        return labels
    # (the model's "inaccurate" with no rule giving its concrete reason: its next best label, as
    # the deployed classifier decides, classifier.api._supported)
    return [
        decide(supported(lab, dict(zip(LABELS, q[n].tolist(), strict=True)), found[i]), found[i])
        for n, (lab, i) in enumerate(zip(labels, idx.tolist(), strict=True))
    ]


def supported(best: str, scores: Mapping[str, float], found: Sequence[Signal]) -> str:
    """The text model's label ``best``, unless it is ``inaccurate`` with no rule signal giving
    the concrete reason the labelling guide asks of that label: then its next best label by
    ``scores`` (label → probability, in :data:`LABELS` order)."""
    if best != "inaccurate" or any(sig.label == "inaccurate" for sig in found):
        return best
    return max((c for c in scores if c != "inaccurate"), key=lambda c: scores[c])


def selection_score(
    cv: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]],
    rows: Sequence[dict[str, Any]],
    found: Sequence[Sequence[Signal]],
    short: np.ndarray,
) -> dict[str, float]:
    """A candidate's out-of-fold figures (``cross_validate``, one estimator): the relevance
    thresholds (:func:`best_threshold`) on plain text, for full texts and for feed-length ones
    (``short``, :func:`short_flags` of every row); over the articles, relevance F1 on plain and
    diacritic-free text, action_needed F1 of the deployed decision (text model, then the rule
    signals ``found``) and of the text model alone; the same for the lead views of full-length
    articles; and the selection score — the mean of both relevance F1, the plain action_needed
    F1 and the lead views' relevance and action_needed F1."""
    idx, p, q = cv["plain"]
    y = np.array([bool(rows[i]["relevant"]) for i in idx])
    s = short[idx]
    decided = np.array(assessments(q, idx, found), object)
    th = Thresholds(*(best_threshold(rows, idx[k], p[k], decided[k], found) for k in (~s, s)))
    at = th.per_row(s)
    view = np.array([rows[i]["length"] == LEAD_VIEW for i in idx])
    out = {"threshold": th.full, "threshold_short": th.short}
    for variant, (vidx, vp, vq) in cv.items():
        relevant = relevance_decisions(vp, at, vidx, found)
        labels = decided if variant == "plain" else assessments(vq, vidx, found)
        for name, sel in (("", ~view), ("_lead_view", view)):
            if name and variant != "plain":
                continue
            chosen = [lab for lab, k in zip(labels, sel, strict=True) if k]
            out[f"relevant_f1{name}_{variant}"] = float(
                f1_score(y[sel], relevant[sel], zero_division=0)
            )
            out[f"action_needed_f1{name}_{variant}"] = action_f1(
                rows, vidx[sel], relevant[sel], chosen
            )
    alone = p[~view] >= at[~view]
    out["relevant_f1_model_only"] = float(f1_score(y[~view], alone, zero_division=0))
    out["action_needed_f1_model_only"] = action_f1(
        rows, idx[~view], alone, assessments(q[~view], idx[~view])
    )
    out["score"] = (
        out["relevant_f1_plain"]
        + out["relevant_f1_stripped"]
        + out["action_needed_f1_plain"]
        + out["relevant_f1_lead_view_plain"]
        + out["action_needed_f1_lead_view_plain"]
    ) / 5
    return out


def best_candidate(table: dict[str, dict[str, float]]) -> str:
    """The name of the candidate with the best :func:`selection_score` (ties: the better
    action_needed F1)."""
    return max(
        table, key=lambda c: (round(table[c]["score"], 3), table[c]["action_needed_f1_plain"])
    )
