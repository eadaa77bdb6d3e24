"""Full-text search (migration 0005, storage.search) on SQLite FTS5 and PostgreSQL."""

from __future__ import annotations

import unicodedata

import pytest
from alembic import command
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from storage.articles import store_article
from storage.db import _alembic_config, make_engine, upgrade
from storage.search import fold_words, parse_query, search_article_ids
from text.normalize import strip_diacritics

pytestmark = pytest.mark.postgres


def _vietnamese_letters() -> list[str]:
    letters = []
    for base in "aăâeêioôơuưy":
        for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            letter = unicodedata.normalize("NFC", base + tone)
            letters += [letter, letter.upper()]
    return [*letters, "đ", "Đ"]


TRICKY = (
    "Thi hành án dân sự TP.HCM; Đắk Lắk, hoà giải/hòa giải, Nghị quyết 15/2025/QH15, "
    "e-mail an_ninh 1.000.000 đồng — «Khánh Hoà» ĐỒNG THUẬN"
)


def _indexed_words(session: Session) -> set[str]:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, article_search, row)")
        )
        return set(session.scalars(text("SELECT term FROM temp.vocab")))
    return set(
        session.scalars(
            text(
                "SELECT word FROM ts_stat('SELECT diemtin_search_document(title, lead, text) "
                "FROM articles')"
            )
        )
    )


def test_index_folds_like_strip_diacritics(engine: Engine, make_record) -> None:
    """The database's folding equals text.normalize's on the whole Vietnamese alphabet."""
    letters = _vietnamese_letters()
    body = " ".join(f"x{letter}y" for letter in letters)
    with Session(engine) as session:
        store_article(session, make_record(1, title="Tiêu đề", lead=TRICKY, text=body))
        indexed = _indexed_words(session)
    expected = set(fold_words(f"Tiêu đề {TRICKY} {body}"))
    assert indexed == expected
    assert {f"x{strip_diacritics(letter).lower()}y" for letter in letters} <= indexed
    assert {"tp", "hcm", "dak", "lak", "qh15", "an", "ninh"} <= indexed


def test_search_with_and_without_diacritics(engine: Engine, make_record) -> None:
    with Session(engine) as session:
        a = store_article(
            session,
            make_record(
                1, title="Cưỡng chế thi hành án ở Đắk Lắk", lead=None, text="Nội dung một."
            ),
        ).article_id
        b = store_article(
            session,
            make_record(2, title="Tin khác", lead="Hòa giải tại TP.HCM", text="Nội dung hai."),
        ).article_id
        c = store_article(
            session,
            make_record(3, title="Giá vàng", lead=None, text="Không liên quan gì đến chủ đề."),
        ).article_id
        assert search_article_ids(session, "cuong che") == [a]
        assert search_article_ids(session, "CƯỠNG CHẾ") == [a]
        assert search_article_ids(session, "dak lak") == [a]
        assert search_article_ids(session, "Đắk") == [a]
        assert search_article_ids(session, "hoà giải") == [b]  # new-style tone placement
        assert search_article_ids(session, "hcm") == [b]
        assert search_article_ids(session, "noi dung") == [b, a]
        assert search_article_ids(session, "noi dung hai") == [b]
        assert search_article_ids(session, "vàng") == [c]
        assert search_article_ids(session, "chủ đề không") == [c]
        assert search_article_ids(session, "thuế") == []


def test_phrases_and_hostile_queries(engine: Engine, make_record) -> None:
    with Session(engine) as session:
        a = store_article(
            session,
            make_record(1, title="Thi hành án dân sự", lead=None, text="Chấp hành viên làm việc."),
        ).article_id
        assert search_article_ids(session, '"hanh an"') == [a]
        assert search_article_ids(session, '"an hanh"') == []
        assert search_article_ids(session, '"chấp hành viên" thi') == [a]
        for hostile in (
            '"',
            'thi"',
            "thi OR NOT",
            "NEAR(thi an)",
            "thi*",
            "title:thi",
            "thi & | ! <-> :* ( )",
            "'; DROP TABLE articles; --",
            "^thi",
            "\x00thi",
        ):
            found = search_article_ids(session, hostile)
            assert found in ([a], []), hostile
        assert search_article_ids(session, "   ") == []
        assert search_article_ids(session, "?!…") == []


def test_parse_query() -> None:
    assert parse_query('Thi hành "án dân sự" án') == [
        ("an", "dan", "su"),
        ("thi",),
        ("hanh",),
        ("an",),
    ]
    assert parse_query("a a A á") == [("a",)]
    assert len(parse_query(" ".join(f"w{i}" for i in range(50)))) == 12
    assert parse_query("") == []


def test_index_follows_updates_and_deletes(engine: Engine, make_record) -> None:
    with Session(engine) as session:
        a = store_article(session, make_record(1, title="Cũ kỹ", lead=None)).article_id
        assert search_article_ids(session, "cu ky") == [a]
        store_article(session, make_record(1, title="Mới toanh", lead=None), refresh=True)
        assert search_article_ids(session, "cu ky") == []
        assert search_article_ids(session, "moi toanh") == [a]
        session.execute(text("DELETE FROM article_urls WHERE article_id = :a"), {"a": a})
        session.execute(text("DELETE FROM articles WHERE id = :a"), {"a": a})
        session.commit()
        assert search_article_ids(session, "moi toanh") == []


def test_migration_indexes_articles_stored_before_it(db_url: str, make_record) -> None:
    engine = make_engine(db_url)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0004")
        with Session(engine) as session:
            a = store_article(
                session, make_record(1, title="Bài cũ về cưỡng chế", lead=None)
            ).article_id
        upgrade(engine)
        with Session(engine) as session:
            assert search_article_ids(session, "cuong che") == [a]
        with engine.begin() as connection:
            command.downgrade(_alembic_config(connection), "0004")
        with engine.connect() as connection:
            leftovers = connection.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE name LIKE 'article_search%'"
                    if engine.dialect.name == "sqlite"
                    else "SELECT proname FROM pg_proc WHERE proname LIKE 'diemtin_search%' "
                    "AND pronamespace = current_schema()::regnamespace"
                )
            ).all()
        assert leftovers == []
    finally:
        engine.dispose()


def test_postgres_fallback_table_without_unaccent() -> None:
    """Without the unaccent extension PostgreSQL folds with translate() and this table."""
    import importlib.util

    from storage.db import MIGRATIONS_DIR

    spec = importlib.util.spec_from_file_location(
        "migration_0005", MIGRATIONS_DIR / "versions" / "0005_search.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sources, targets = module._vietnamese_translate_table()
    table = str.maketrans(sources, targets)
    letters = "".join(_vietnamese_letters())
    assert letters.translate(table) == strip_diacritics(letters)
    assert TRICKY.translate(table) == strip_diacritics(TRICKY)
