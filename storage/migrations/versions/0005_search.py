"""Full-text search over articles that matches with or without Vietnamese diacritics.

The index is kept in sync by the database itself, whichever process stores an article (crawl,
CLI, web): triggers on SQLite, an expression index on PostgreSQL. Both fold the same way as
``text.normalize.strip_diacritics`` (đ → d, every other diacritic dropped) and lower-case, and both
split words at anything that is not a letter or digit; ``storage.search`` folds queries the same way
and a test checks the two agree on the whole Vietnamese alphabet.

* SQLite: a contentless FTS5 table ``article_search`` (rowid = article id; columns title, lead,
  text) with the ``unicode61 remove_diacritics 2`` tokenizer. That tokenizer leaves đ alone, so the
  triggers replace đ/Đ before indexing. Contentless: the text is not stored twice; a deletion gives
  the indexed values again, which the triggers recompute from the old row.
* PostgreSQL: ``diemtin_search_fold(text)`` (unaccent, or a translate() table of the Vietnamese
  letters when the unaccent extension cannot be created), ``diemtin_search_document(title, lead,
  text)`` (a 'simple' tsvector of the folded text) and a GIN index on that expression. The
  extension is created in the ``public`` schema when missing (extensions are per database; the
  functions name its schema, so they do not depend on the search_path).

The objects are not SQLAlchemy models; ``storage.search.SEARCH_OBJECTS`` names them for the
models-versus-migrations check.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# --- SQLite ---------------------------------------------------------------------------------------
_FOLD = "replace(replace(coalesce({0}, ''), 'đ', 'd'), 'Đ', 'D')"


def _values(row: str) -> str:
    return ", ".join(_FOLD.format(f"{row}.{c}") for c in ("title", "lead", "text"))


_SQLITE_UP = (
    "CREATE VIRTUAL TABLE article_search USING fts5("
    "title, lead, text, content='', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO article_search(rowid, title, lead, text) "
    f"SELECT a.id, {_values('a')} FROM articles AS a",
    "CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN "
    f"INSERT INTO article_search(rowid, title, lead, text) VALUES (new.id, {_values('new')}); "
    "END",
    "CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO article_search(article_search, rowid, title, lead, text) "
    f"VALUES ('delete', old.id, {_values('old')}); "
    "END",
    "CREATE TRIGGER article_search_update AFTER UPDATE OF title, lead, text ON articles BEGIN "
    "INSERT INTO article_search(article_search, rowid, title, lead, text) "
    f"VALUES ('delete', old.id, {_values('old')}); "
    f"INSERT INTO article_search(rowid, title, lead, text) VALUES (new.id, {_values('new')}); "
    "END",
)
_SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS article_search_update",
    "DROP TRIGGER IF EXISTS article_search_delete",
    "DROP TRIGGER IF EXISTS article_search_insert",
    "DROP TABLE IF EXISTS article_search",
)


# --- PostgreSQL -----------------------------------------------------------------------------------
def _vietnamese_translate_table() -> tuple[str, str]:
    """(from, to) of translate(): every Vietnamese letter with a diacritic, both cases, and its
    bare letter. The same result as unaccent for Vietnamese text."""
    sources, targets = [], []
    for base in "aăâeêioôơuưy":
        for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            letter = unicodedata.normalize("NFC", base + tone)
            if letter in "aeiouy":
                continue
            for ch in (letter, letter.upper()):
                sources.append(ch)
                targets.append(unicodedata.normalize("NFD", ch)[0])
    sources += ["đ", "Đ"]
    targets += ["d", "D"]
    return "".join(sources), "".join(targets)


def _quote(conn: sa.Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _unaccent_schema(conn: sa.Connection) -> str | None:
    """The schema of the unaccent extension, created in public when missing; None when it cannot
    be created (not installed on the server, or no privilege)."""
    find = sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'"
    )
    schema = conn.execute(find).scalar()
    if schema is not None:
        return schema
    try:
        with conn.begin_nested():
            conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"))
    except sa.exc.DBAPIError:
        return None
    return conn.execute(find).scalar()


def _postgres_up(conn: sa.Connection) -> None:
    here = _quote(conn, conn.execute(sa.text("SELECT current_schema()")).scalar_one())
    ext = _unaccent_schema(conn)
    if ext is not None:
        q = _quote(conn, ext)
        strip = f"{q}.unaccent('{q}.unaccent'::regdictionary, $1)"
    else:
        sources, targets = _vietnamese_translate_table()
        strip = f"translate($1, '{sources}', '{targets}')"
    # exec_driver_sql: no bind-parameter parsing of the ":" in [:alnum:]
    conn.exec_driver_sql(
        f"CREATE FUNCTION {here}.diemtin_search_fold(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
        f"$$ SELECT lower(regexp_replace({strip}, '[^[:alnum:]]+', ' ', 'g')) $$"
    )
    conn.exec_driver_sql(
        f"CREATE FUNCTION {here}.diemtin_search_document(text, text, text) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
        f"$$ SELECT to_tsvector('pg_catalog.simple'::regconfig, {here}.diemtin_search_fold("
        "coalesce($1, '') || ' ' || coalesce($2, '') || ' ' || coalesce($3, ''))) $$"
    )
    conn.exec_driver_sql(
        "CREATE INDEX ix_articles_search ON articles "
        f"USING gin ({here}.diemtin_search_document(title, lead, text))"
    )


def _postgres_down(conn: sa.Connection) -> None:
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_articles_search")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS diemtin_search_document(text, text, text)")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS diemtin_search_fold(text)")
    # The unaccent extension stays: other objects of the database may use it.


def upgrade() -> None:
    """Upgrade schema."""
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE_UP:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        _postgres_up(conn)


def downgrade() -> None:
    """Downgrade schema."""
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE_DOWN:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        _postgres_down(conn)
