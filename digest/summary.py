"""Extractive summaries of Vietnamese articles: the lead plus the key sentences of the body.

Sentences come from :func:`text.sentences.split_sentences` (abbreviations, initials and numbers
never cut).

:func:`summarize` keeps 2–3 sentences in their original order: the lead (or the first body
sentence), then the body sentences that share the most content words with the title and the
THADS vocabulary, skipping any that repeat the lead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from classifier.textprep import strip_folded
from text.sentences import split_sentences

MAX_SENTENCES = 3
MAX_CHARS = 600
MIN_SENTENCE_CHARS = 25
MAX_BODY_SENTENCES = 40  # key sentences come from the first part of a news article

# An outlet tag opening a lead: "(Chinhphu.vn) - ", "(PLVN) – ", "TPO - ", "VOV.VN - ".
_SOURCE_TAG = re.compile(r"^\s*(?:\([^()]{2,40}\)|[A-ZĐ][A-ZĐ0-9.]{1,11})\s*[-–—:]\s+")
_WORD = re.compile(r"\w+", re.UNICODE)

# Folded (diacritic-free, lower-case) THADS terms that make a body sentence worth quoting.
KEY_TERMS = (
    "thi hanh an",
    "chap hanh vien",
    "cuong che",
    "ke bien",
    "dau gia",
    "tai san",
    "ban an",
    "quyet dinh",
    "khieu nai",
    "to cao",
    "dung han",
    "cham",
    "ti dong",
    "trieu dong",
    "thu hoi",
    "xac minh",
    "vi pham",
)


def strip_source_tag(text: str) -> str:
    """``text`` without an outlet tag like "(Chinhphu.vn) - " at its start."""
    return _SOURCE_TAG.sub("", text, count=1)


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` in lower case without diacritics ("Thi hành án" → thi, hanh, an);
    cached: the summaries of a busy day fold tens of thousands of sentences."""
    return tuple(_WORD.findall(strip_folded(text).lower()))


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _tokens(text) if len(w) > 1)


def _score(sentence: str, title_words: frozenset[str]) -> float:
    """Shared title words (twice), THADS terms and figures make a sentence worth quoting."""
    folded = " " + " ".join(_tokens(sentence)) + " "
    words = _words(sentence)
    if not words:
        return 0.0
    overlap = len(words & title_words) / (len(title_words) or 1)
    terms = sum(1 for term in KEY_TERMS if f" {term} " in folded)
    numbers = 0.3 if re.search(r"\d", sentence) else 0.0
    return overlap * 2 + terms * 0.5 + numbers


def _similar(a: str, b: str) -> bool:
    """Near repeats: most words shared (Jaccard at least 0.6), e.g. the lead copied into the body
    with small edits, or a sentence that only restates the title."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.6


def summarize(
    title: str, lead: str | None, text: str, *, max_sentences: int = MAX_SENTENCES
) -> str:
    """An extractive summary of 2–3 sentences (fewer only when the article has fewer)."""
    lead_sentences = split_sentences(strip_source_tag(lead or ""))
    body = split_sentences(strip_source_tag(text or ""))[:MAX_BODY_SENTENCES]
    chosen: list[str] = []
    if lead_sentences:
        chosen.extend(lead_sentences[:2])
        candidates = list(enumerate(body))
    elif body:
        chosen.append(body[0])
        candidates = list(enumerate(body))[1:]
    else:
        return ""
    title_words = _words(title)
    ranked = sorted(
        (
            (_score(s, title_words), -i, i, s)
            for i, s in candidates
            if len(s) >= MIN_SENTENCE_CHARS
            and not any(_similar(s, c) for c in chosen)
            and not _similar(s, title)
        ),
        reverse=True,
    )
    wanted = max(0, max_sentences - len(chosen))
    extra: list[tuple[int, str]] = []
    for _score_value, _neg, index, sentence in ranked:
        if len(extra) >= wanted:
            break
        if any(_similar(sentence, s) for _, s in extra):
            continue
        extra.append((index, sentence))
    # If the lead was a single sentence, make sure there are at least two.
    chosen.extend(s for _, s in sorted(extra))
    summary = " ".join(chosen)
    if len(summary) > MAX_CHARS:
        summary = _shorten(chosen)
    return summary


def _shorten(sentences: list[str]) -> str:
    """Whole sentences up to :data:`MAX_CHARS`; a single over-long sentence is cut at a word."""
    out: list[str] = []
    for sentence in sentences:
        if len(" ".join([*out, sentence])) > MAX_CHARS:
            break
        out.append(sentence)
    if out:
        return " ".join(out)
    cut = sentences[0][:MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
