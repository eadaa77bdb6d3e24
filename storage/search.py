"""Full-text search of stored articles, with or without Vietnamese diacritics.

The index lives in the database (migration 0005): an FTS5 table kept by triggers on SQLite, a GIN
expression index on PostgreSQL. Both index the title, lead and text folded like
:func:`text.normalize.strip_diacritics` and lower-cased, split into words at anything that is not a
letter or digit. :func:`parse_query` folds a query the same way, so "thi hanh an" and "thi hành án"
find the same articles.

Query syntax: words (every one must occur, in any order) and "quoted phrases" (the words in that
order, next to each other). Anything else (operators, punctuation) is ignored, so no input can
inject search syntax.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select, text
from sqlalchemy.orm import Session

from storage.models import Article
from text.normalize import nfc, strip_diacritics

# Database objects of the search index that are not SQLAlchemy models (see migration 0005).
SEARCH_TABLES = frozenset(
    {
        "article_search",
        "article_search_config",
        "article_search_data",
        "article_search_docsize",
        "article_search_idx",
    }
)
SEARCH_INDEXES = frozenset({"ix_articles_search"})
MAX_TERMS = 12
MAX_TERM_CHARS = 64

_WORD = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"')


def include_in_model_comparison(name: str | None, type_: str, parent_names: Any) -> bool:
    """``include_name`` hook for Alembic's models-versus-database comparison: the search index's
    own objects are not models."""
    if type_ == "table":
        return name not in SEARCH_TABLES
    if type_ == "index":
        return name not in SEARCH_INDEXES
    return True


def fold_words(s: str) -> list[str]:
    """The indexed words of ``s``: without diacritics, lower-cased, split at non-alphanumerics."""
    return _WORD.findall(strip_diacritics(nfc(s)).casefold())


def parse_query(query: str) -> list[tuple[str, ...]]:
    """The terms of a search query: each a tuple of folded words (one word, or a phrase)."""
    terms: list[tuple[str, ...]] = []
    rest = _PHRASE.sub(lambda m: " ", query or "")
    for phrase in _PHRASE.findall(query or ""):
        words = tuple(w[:MAX_TERM_CHARS] for w in fold_words(phrase))
        if words:
            terms.append(words)
    terms.extend((w[:MAX_TERM_CHARS],) for w in fold_words(rest))
    unique = list(dict.fromkeys(terms))
    return unique[:MAX_TERMS]


def _fts5_expression(terms: list[tuple[str, ...]]) -> str:
    # Every word is alphanumeric, so a double-quoted FTS5 string cannot contain syntax.
    return " AND ".join('"' + " ".join(words) + '"' for words in terms)


def _tsquery(terms: list[tuple[str, ...]]) -> str:
    return " & ".join("(" + " <-> ".join(words) + ")" for words in terms)


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on :class:`Article` that keeps the articles matching ``query``; None for a
    query without any word (no filtering)."""
    terms = parse_query(query)
    if not terms:
        return None
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        matching = (
            select(literal_column("rowid"))
            .select_from(text("article_search"))
            .where(
                text("article_search MATCH :search_expression").bindparams(
                    search_expression=_fts5_expression(terms)
                )
            )
        )
        return Article.id.in_(matching)
    if dialect == "postgresql":
        document = func.diemtin_search_document(Article.title, Article.lead, Article.text)
        return document.op("@@")(
            func.to_tsquery(literal_column("'pg_catalog.simple'::regconfig"), _tsquery(terms))
        )
    raise ValueError(f"no full-text search for database dialect {dialect!r}")


def search_article_ids(session: Session, query: str, limit: int = 1000) -> list[int]:
    """Ids of the articles matching ``query``, newest id first (at most ``limit``)."""
    condition = search_condition(session, query)
    if condition is None:
        return []
    return list(
        session.scalars(
            select(Article.id).where(condition).order_by(Article.id.desc()).limit(limit)
        )
    )
