"""Storage of Điểm tin THADS: models, migrations, sessions and repository functions.

Modules: ``db`` (engines, sessions, upgrades, StorageError), ``models``, ``records``
(ArticleRecord, StoreResult), ``articles`` (store_article, known_urls), ``stories``,
``crawlruns``, ``frontier``, ``feeds``, ``export``. Imports only ``config`` and ``text``.
"""
