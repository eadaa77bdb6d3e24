"""Pure text helpers: import nothing of the project (stdlib only).

* ``text.normalize`` — NFC, ``clean_text`` for storage, tone-mark unification, ``fold`` and
  ``syllables`` for matching, ``strip_diacritics``.
* ``text.dates`` — ``parse_date`` for Vietnamese news dates → aware datetimes in Asia/Ho_Chi_Minh,
  ``to_iso``.
* ``text.urls`` — ``canonicalize_url``, ``host_of``, ``is_http_url``, ``http_link``.
* ``text.fingerprint`` — content hash and SimHash.
* ``text.furniture`` — ``drop_furniture``: related-stories lists, tag lines and copyright lines
  left in an extracted body.
"""
