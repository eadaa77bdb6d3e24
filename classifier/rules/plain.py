"""What every rule signal reads and returns: :class:`Signal`; an article as diacritic-free
folded syllables with sentence ends marked (:func:`_plain`) and its opening (:func:`_opening`);
the words and spans the rules of its sibling modules share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from classifier.textprep import compose, fast_fold, strip_folded
from text.dates import VN_TZ

RESTRUCTURED_AT = datetime(2025, 7, 1, tzinfo=VN_TZ)


@dataclass(frozen=True)
class Signal:
    code: str  # "criminal_enforcement" | "defunct_agency" | "officer_misconduct" |
    # "enforcement_complaint" | "thads_headline" | "formal_notice" | "results_report" |
    # "legal_explainer" | "debtor_at_fault" | "routine_step" | "authority_reply" | "law_news" |
    # "sports_sanction" | "contradicting_figures" | "press_follow_up" | "routine_coercion" |
    # "against_official_results" | "passing_mention" | "misstated_law" | "court_ruling" |
    # "bank_sale" | "thads_lead" | "thads_complaint" | "confiscated_sale" | "criminal_story" |
    # "officer_at_work"
    reason: str  # Vietnamese, shown to users
    mention: str  # the matched words (diacritic-free, folded)
    # the assessment the signal decides ("relevant", "not_relevant": relevance only;
    # NOT_POSITIVE: the text model's "positive" becomes "neutral", any other label stands)
    label: str = "inaccurate"


NOT_POSITIVE = "not_positive"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2  # (an escaped character, "\\|" or "\\(" included)
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1 : i + 2] == "]" else 3 if pattern[i + 1 : i + 3] == "^]" else 1
            continue  # (a "]" first in a class is one of its characters)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _compile(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, with each run of consecutive top-level alternatives that open
    with ``\\b`` written as one ``\\b(?:...)``: the same matches in the same order, found faster.
    (re factors out a ``\\b`` that every alternative opens with, not one a run of them shares:
    it would test the boundary, then the alternative, for every alternative at every position;
    behind one ``\\b`` it skips at once the alternatives whose first letter differs.)"""
    out: list[str] = []
    run: list[str] = []
    for alternative in (*_alternatives(pattern), None):
        if alternative is not None and alternative.startswith("\\b"):
            run.append(alternative[2:])
            continue
        if len(run) > 1:
            out.append("\\b(?:" + "|".join(run) + ")")
        elif run:
            out.append("\\b" + run[0])
        run = []
        if alternative is not None:
            out.append(alternative)
    return re.compile("|".join(out))


# The opening that (f) and (g) read.
_OPENING_SENTENCES = 4  # the headline, then the lead or the first sentences
# Words of wrongful enforcement ("nhầm", "sai", "trái luật", "bèo" ...): (f) reads them after an
# act of enforcement, and a headline holding one is critical (classifier.rules.stance).
_WRONG = (
    r"(?:nham|sai(?! gon| sot nho)|trai luat|trai phap luat|trai quy dinh"
    r"|khong dung (?:quy dinh|phap luat|luat|doi tuong)|qua tay|beo|re bat thuong|bat thuong"
    r"|khong binh thuong|vo ly|khuat tat|ap dat|oan)"
)
# Before an officer's title: someone posing as one ("đối tượng tự xưng là cán bộ thi hành án lừa
# đảo"), in the words right before it.
_IMPERSONATED = re.compile(r"\b(?:tu xung|gia danh|mao danh|gia lam|gia mao|nhan la)(?: la)?$")
# A THADS agency or officer by name ("Chi cục THADS ...", "Thi hành án dân sự tỉnh ...",
# "chấp hành viên"): the doer of what (a) and (r) find attributed to it.
_THADS_AGENCY = (
    r"(?:(?:co quan |tong cuc |chi cuc |cuc |phong )?thi hanh an dan su"
    r"|(?:co quan |tong cuc |chi cuc |cuc |phong )?thads|chap hanh vien)"
)
# A span of years or months ("5 năm", "hơn 10 tháng", "nhiều năm").
_SPAN = (
    r"(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nhieu|hang chuc|may|(?:gan|hon|suot) \d+)"
    r" (?:nam|thang)"
)

_SENTENCE_END = re.compile(r"[.!?;:]+(?=\s|$)|\n")
# A one-letter word with a full stop is an initial ("ông T.", "bà Nguyễn Thị H."), the way the
# press anonymises people, and "TP.", "TX.", "TS.", "ThS.", "LS." ... abbreviate a city, a town,
# a title: none is a sentence end, so the stop goes before the sentences are split.
# (Checked at each full stop on the few characters before it: a regex over the whole text
# costs more than the rest of the sentence split.)
# An initial is also a consonant digraph ("ông Ng.", "bà Nguyễn Thị Th.", "anh A Kh."): no
# Vietnamese syllable is one alone ("gi" is: "làm gì.", so it is not one).
_INITIAL = re.compile(
    r"(?:^|\W)(?:[^\W\d_]|tp|tx|tt|ts|ths|gs|pgs|ls|bs|ch|gh|kh|ng|ngh|nh|ph|qu|th|tr)$"
)
_INITIAL_SPAN = 4  # the longest abbreviation and the character before it
_SLASH_DASH = re.compile(r"[/\-]")
# A full stop inside a word ("TP.HCM", "Tp.Hồ Chí Minh"; not "3.200", a figure) separates words:
# no rule's clause stops there.
_DOT_IN_WORD = re.compile(r"(?<=[a-z])\.(?=[a-z])")
# Diacritic-free words whose critical sense has one spelling ("nhầm", mistaken; "ngâm", left to
# soak) while their other senses are frequent ("nhằm", in order to: "thi hành án dân sự, nhằm
# thay thế ..."; "ngầm", hidden): in a text typed with diacritics that never writes the critical
# spelling, the word is one of the others and no rule reads it.
_ONE_CRITICAL_SENSE = {"nham": "nhầm", "ngam": "ngâm"}
# ... and phrases: "nhung nhieu" is "nhũng nhiễu" (harassment) but far more often "nhưng nhiều"
# (but many: "ban hành từ thời Chi cục ..., nhưng nhiều lần làm việc ..."); in a text with
# diacritics that never writes the critical spelling, its last word is marked as read otherwise.
# "voi tien" is "vòi tiền" (extorting money) but also "với tiền" ("chia sẻ với Tiền Phong",
# with the newspaper).
_PHRASES_ONE_CRITICAL_SENSE = {"nhung nhieu": "nhũng nhiễu", "voi tien": "vòi tiền"}
_QUOTES = "\"'()[],“”‘’…«»"


# (memoised: the classifier asks for one article's text in several rules, one after another;
# it holds the articles of about one model batch that reach the rules)
@lru_cache(maxsize=512)
def _plain(title: str, text: str, lead: str | None, stripped: str | None = None) -> str:
    """Diacritic-free folded syllables separated by single spaces, sentence ends as " . ".
    ``stripped``: the article's folded diacritic-free text when already at hand
    (``TextBatch.stripped_text``)."""
    if stripped is None:
        stripped = strip_folded(fast_fold(compose(title, lead, text)))
    last = len(stripped) - 1

    def end(m: re.Match[str]) -> str:
        """A sentence end, unless a single full stop after an initial, before a space."""
        at = m.start()
        if m.group() == "." and (at == last or stripped[at + 1] in " \t"):
            # (no abbreviation is _INITIAL_SPAN long: "^" matches only at the text's start)
            if _INITIAL.search(stripped[max(0, at - _INITIAL_SPAN) : at]) is not None:
                return " "
        return " . "

    plain = _SLASH_DASH.sub(" ", _SENTENCE_END.sub(end, stripped))
    out = []
    for raw in plain.split():
        t = raw if raw == "." else raw.strip(_QUOTES)
        if "." in t and t != ".":
            out.extend(_DOT_IN_WORD.sub(" ", t).split())
        elif t:
            out.append(t)
    hidden: frozenset[str] | None = None  # (read from the text once, when needed)
    if any(w in plain for w in _ONE_CRITICAL_SENSE):  # (a substring: a cheap first test)
        hidden = _other_senses(title, text, lead)
        out = [t + "_" if t in hidden else t for t in out]
    joined = " ".join(out)
    if any(phrase in joined for phrase in _PHRASES_ONE_CRITICAL_SENSE):
        if hidden is None:
            hidden = _other_senses(title, text, lead)
        for phrase in _PHRASES_ONE_CRITICAL_SENSE.keys() & hidden:
            joined = re.sub(rf"\b{phrase}\b", phrase + "_", joined)
    return joined


def _other_senses(title: str, text: str, lead: str | None) -> frozenset[str]:
    """The words of :data:`_ONE_CRITICAL_SENSE` and the phrases of
    :data:`_PHRASES_ONE_CRITICAL_SENSE` that a text with diacritics uses only in their other
    senses (it has the word, never its critical spelling)."""
    parts = [p for p in (title, lead, text) if p and not p.isascii()]
    if not parts:
        return frozenset()
    parts = [
        p if unicodedata.is_normalized("NFC", p) else unicodedata.normalize("NFC", p) for p in parts
    ]

    def written(word: str) -> bool:
        forms = (word, word.capitalize(), word.upper())
        return any(f in p for p in parts for f in forms)

    senses = {**_ONE_CRITICAL_SENSE, **_PHRASES_ONE_CRITICAL_SENSE}
    return frozenset(w for w, critical in senses.items() if not written(critical))


def _unasked(words: str) -> str:
    """``words`` without the question "có hay không" ("Có hay không sai sót của chấp hành
    viên?"): it puts an allegation, it denies nothing."""
    return words.replace("co hay khong", "") if "hay khong" in words else words


def _opening(plain: str) -> str:
    """The first :data:`_OPENING_SENTENCES` sentences of ``plain`` that have a word (a
    paragraph break after a full stop is a sentence end of its own: no sentence)."""
    limit = 3 * _OPENING_SENTENCES  # pieces enough, nearly always
    while True:
        pieces = plain.split(" . ", limit)
        kept = [p for p in (piece.strip(" .") for piece in pieces[:limit]) if p]
        if len(kept) >= _OPENING_SENTENCES or len(pieces) <= limit:
            return " . ".join(kept[:_OPENING_SENTENCES])
        limit *= 2


def _published_after(published_at: datetime | None) -> datetime | None:
    """The publication time in Vietnam time when it is after the restructuring, else None."""
    if published_at is None:
        return None
    when = published_at if published_at.tzinfo else published_at.replace(tzinfo=VN_TZ)
    return when if when >= RESTRUCTURED_AT else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence of ``text`` holding position ``at`` starts (at its ". " when it is not
    the first)."""
    return text.rfind(" . ", 0, at) + 1
