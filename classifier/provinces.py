"""Province of a story and the THADS office responsible for it.

Maps place mentions in an article to the 34 provinces/cities of 2025 (``PROVINCES``, the names of
``classifier/data/provinces.txt``), including the 63 pre-merger provinces (Bình Dương → TP Hồ Chí
Minh, Long An → Tây Ninh ...), abbreviations (TP.HCM, TPHCM, HCM, BR-VT, TT-Huế), cities and
towns (Nha Trang → Khánh Hòa, Quy Nhơn → Gia Lai), former districts after their unit ("huyện Cái
Bè" → Đồng Tháp) and text without diacritics. The aliases come
from ``classifier/data/provinces.json`` (see ``CARD.md``).

How a mention is accepted:

* Matching is one regex scan per text: a trie of every alias, each letter matching any of its
  diacritic forms, anchored on a capital letter so that the regex engine skips the rest of the
  text in C. Text without any capital (URL slugs, queries) is scanned in an ASCII-folded copy of
  the same length instead. A span written with diacritics must equal an alias with its
  diacritics ("lòng an" is not "Long An"); a span without any is accepted as un-accented copy.
* Names that are also common words or personal names (``context_only`` in the data: Hòa Bình,
  Hưng Yên, Hồ Chí Minh, Bình Định, Long An ...) count only in place context: a prefix (tỉnh,
  thành phố, TP), a preposition (tại, ở), an institution before them (Thi hành án dân sự, THADS,
  Cục/Chi cục, UBND, TAND, Công an ...), a place in brackets or after a district ("huyện X,
  Long An", "(Bình Dương)"), a former province told as such ("Quảng Nam cũ"), or the dateline
  of the title or the article ("Hưng Yên: ...", "HÀ GIANG - ...").
* Any name is rejected in a personal-name context ("ông Nguyễn Hưng Yên", "Chủ tịch Hồ Chí Minh",
  "tư tưởng Hồ Chí Minh", "đường Hồ Chí Minh"), after a lower administrative unit ("xã Hòa Bình",
  "phường Long An" are communes, not the province; a city's name after "phường" or "xã" is
  accepted: "phường Nha Trang" is in Khánh Hòa), after a street ("đường Hạ Long"), and, without a
  prefix, when written in lower case with diacritics ("hòa bình thế giới"). "vùng", "vùng cao",
  "miền" before a name are place context ("vùng cao Hà Giang").

How the story's province is chosen: every accepted mention adds a weight to its province —
title 4, lead 2, body 1, tripled when the mention ends an enforcement agency's name (a THADS
keyword followed only by unit words, numbers and names: "Thi hành án dân sự tỉnh X", "Cục THADS
tỉnh X", "Chi cục THADS huyện Y (X)", "Phòng thi hành án TP X") or is the dateline of the title,
halved when it is a person's home province ("quê Nghệ An, trú tại TP.HCM"), and half again as
much in a title that tells it as the place of the enforcement ("khoản tiền thi hành án ở Trà
Vinh", "sau vụ kiện ở Kon Tum", against "Công nhân ở Bình Dương ..."). The province with
the highest total wins (ties: the earliest mention). A policy story that names only Hà Nội in
passing (the seat of the ministry: once in the body, or once in the lead or twice in the body of
a story of the whole country, "toàn quốc", "34 cơ quan ...") gets no province, unless that
mention closes an address ("phố Hàng Bông, phường Hoàn Kiếm, Hà Nội"). The dateline of the body
("HÀ GIANG - Ngày 9/10, ...", "(PLVN) - BÌNH ĐỊNH - ...") counts as the title's does, but for Hà
Nội (the ministry's seat).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from text.normalize import nfc, unify_tone_marks

__all__ = ["PROVINCES", "ProvinceMatch", "find_province", "find_provinces", "office_for"]

DATA_DIR = Path(__file__).resolve().parent / "data"
DATA_FILE = DATA_DIR / "provinces.json"


@dataclass(frozen=True)
class ProvinceMatch:
    province: str  # official name, as in provinces.txt
    office: str  # responsible THADS office
    mention: str  # the text span that matched
    count: int  # mentions of this province in the article


# --- folding -------------------------------------------------------------------------------------


def _build_fold_table() -> dict[int, str]:
    """One character in, one character out: lower-case ASCII letter for every Latin letter with
    diacritics, đ → d, dashes → '-', odd spaces → ' '. Other characters stay as they are."""
    table: dict[int, str] = {}
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for ch in "đĐ":
        table[ord(ch)] = "d"
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        table[ord(ch)] = "-"
    for ch in "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f":
        table[ord(ch)] = " "
    return table


_FOLD_TABLE = _build_fold_table()


def _ascii_fold(s: str) -> str:
    """Same length as ``s``: lower case, no diacritics (only for matching)."""
    return s.translate(_FOLD_TABLE)


_TOKEN = re.compile(r"[a-z0-9]+")
_WORD = re.compile(r"\w+")


def _ascii_key(s: str) -> str:
    return " ".join(_TOKEN.findall(_ascii_fold(nfc(s))))


def _fold(s: str) -> str:
    """``text.normalize.fold`` for text that is already NFC and clean: tone marks unified,
    case folded."""
    return unify_tone_marks(s).casefold()


@lru_cache(maxsize=4096)
def _accent_key(s: str) -> str:
    """Diacritics kept, tone marks unified, lower case, words joined by one space."""
    return " ".join(_WORD.findall(_fold(nfc(s))))


# --- the data ------------------------------------------------------------------------------------

# Prefixes that make any name a place ("tỉnh Hòa Bình", "TP.HCM", "Thủ đô Hà Nội").
_PREFIXES = ("tinh", "thanh pho", "tp", "t p", "thu do", "co do")
_PREFIX_ACCENTED = {"tỉnh", "thành phố", "thủ đô", "cố đô"}
_PREFIX_BEFORE = re.compile(r"(?<![a-z0-9])(?:tinh|thanh pho|tp|t\.p|thu do|co do)[ .]*$")


@dataclass(frozen=True)
class _Alias:
    key: str  # ASCII key
    province: str  # official name
    forms: frozenset[str]  # accent keys of the alias as written with diacritics
    context_only: bool  # needs place context
    city: bool = False  # a city or town of the province ("Nha Trang"), not the province's name
    district: bool = False  # a former district, named only after its unit ("huyện Cái Bè")


@dataclass(frozen=True)
class _Gazetteer:
    provinces: tuple[str, ...]
    offices: dict[str, str]  # official name -> office
    lookup: dict[str, str]  # accent key / ASCII key of official and short names -> official
    aliases: dict[str, _Alias]  # ASCII key -> alias
    cased: re.Pattern[str]  # names starting with a capital, on the original text
    folded: re.Pattern[str]  # any name, on the ASCII-folded text of a zone without capitals


def _strip_prefix(key: str) -> str:
    for prefix in _PREFIXES:
        if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
            return key[len(prefix) + 1 :]
    return key


def _variants() -> dict[str, tuple[str, str]]:
    """ASCII letter -> (its lower-case, its upper-case NFC spellings with any diacritic)."""
    lower: dict[str, list[str]] = {}
    upper: dict[str, list[str]] = {}
    for cp, base in _FOLD_TABLE.items():
        ch = chr(cp)
        if not base.isalpha():
            continue
        (upper if ch.isupper() else lower).setdefault(base, []).append(ch)
    for c in "abcdefghijklmnopqrstuvwxyz":
        lower.setdefault(c, []).insert(0, c)
    return {c: ("".join(lower[c]), "".join(upper.get(c, []))) for c in lower}


_VARIANTS = _variants()
# What separates a name's words: spaces, hyphens and an apostrophe, which joins the syllables of
# highland names ("Đắk R'lấp", "M'Đrắk"); a name's span is read with the typographic apostrophes
# as "'", so that "Dak R’Lap" counts as written without diacritics.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})
# The unit of a former district right before its name ("huyện", "quận", "thị xã", "H.", "Q.",
# "TX."): elsewhere such a name is often a commune's, a temple's or a person's.
_DISTRICT_UNIT_BEFORE = re.compile(r"(?<![a-z0-9])(?:huyen|quan|thi xa|h\.|q\.|tx\.?) *$")
# ... or its office named right before ("Chấp hành viên Chi cục THADS Đức Hòa ...")
_DISTRICT_OFFICE_BEFORE = re.compile(r"\bchi cuc (?:thi hanh an dan su|thads|tha) *$")
# A dash with a space beside it inside a span: a list of names, not one name.
_SPACED_DASH = re.compile(r"\s[-\u2010-\u2015]|[-\u2010-\u2015]\s")
_SEPARATOR = "[ \\-\u2010-\u2015\u00a0'\u2019\u02bc]+"


def _atom(ch: str, *, cased: bool, first: bool = False) -> str:
    """Regex for one character of an ASCII key: a space matches a run of spaces, hyphens and
    apostrophes ("Bà Rịa - Vũng Tàu", "Thừa Thiên-Huế", "Đắk R'lấp"); a letter matches it with
    any diacritic (``cased``: the original text, upper case only for the ``first`` letter) or
    as itself (folded text)."""
    if ch == " ":
        return _SEPARATOR if cased else "[ '\u2019\u02bc-]+"
    if not cased or not ch.isalpha():
        return re.escape(ch)
    lower, upper = _VARIANTS[ch]
    return "[" + (upper if first else lower + upper) + "]"


def _trie_regex(words: Iterable[str], *, cased: bool) -> str:
    """A regex matching any of ``words`` (ASCII keys, words separated by one space), factored as a
    trie so that the engine never tries the alternatives one by one.

    The ``cased`` form runs on the original text and only where a capital letter starts a word:
    it opens with one character class (so the regex engine skips every other position in C) and
    each branch checks that first letter with a one-character lookbehind."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [_atom(ch, cased=cased) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    if not cased:
        return emit(trie)
    firsts = sorted(trie)
    head = "[" + "".join(_VARIANTS[c][1] if c.isalpha() else c for c in firsts) + "]"
    branches = [f"(?<={_atom(c, cased=True, first=True)}){emit(trie[c])}" for c in firsts]
    return head + "(?:" + "|".join(branches) + ")"


def _load(path: Path = DATA_FILE) -> _Gazetteer:
    data = json.loads(path.read_text(encoding="utf-8"))
    names = _official_names()
    provinces: list[str] = []
    offices: dict[str, str] = {}
    lookup: dict[str, str] = {}
    forms: dict[str, set[str]] = {}
    owner: dict[str, str] = {}
    strict: set[str] = set()
    towns: set[str] = set()
    districts: set[str] = set()
    for entry in data["provinces"]:
        official = entry["official_name"]
        provinces.append(official)
        offices[official] = entry["office"]
        for name in (official, entry["short_name"]):
            lookup[_accent_key(name)] = official
            lookup[_ascii_key(name)] = official
        units = [entry, *entry["former"]]
        for unit in units:
            for alias in unit["aliases"]:
                key = _strip_prefix(_ascii_key(alias))
                if owner.setdefault(key, official) != official:
                    raise ValueError(f"{path}: alias {alias!r} names two provinces")
                bucket = forms.setdefault(key, set())
                if not alias.isascii():
                    bucket.add(_strip_prefix_accented(_accent_key(alias)))
            strict.update(_strip_prefix(_ascii_key(a)) for a in unit["context_only"])
        for field, kind, group in (("cities", "city", towns), ("districts", "district", districts)):
            for city in entry.get(field, ()):
                key = _ascii_key(city)
                if owner.setdefault(key, official) != official:
                    raise ValueError(f"{path}: {kind} {city!r} names two provinces")
                if not city.isascii():
                    forms.setdefault(key, set()).add(_accent_key(city))
                towns.add(key)
                group.add(key)
    if tuple(provinces) != names:
        raise ValueError(f"{path} and provinces.txt list different provinces")
    aliases = {
        key: _Alias(
            key,
            owner[key],
            frozenset(forms.get(key, ())),
            key in strict,
            key in towns,
            key in districts,
        )
        for key in sorted(owner)
    }
    cased = re.compile(rf"{_trie_regex(aliases, cased=True)}(?!\w)")
    folded = re.compile(rf"(?<![a-z0-9]){_trie_regex(aliases, cased=False)}(?![a-z0-9])")
    return _Gazetteer(tuple(provinces), offices, lookup, aliases, cased, folded)


def _strip_prefix_accented(key: str) -> str:
    for prefix in (*_PREFIX_ACCENTED, "tp", "t p"):
        if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
            return key[len(prefix) + 1 :]
    return key


@cache
def _gazetteer() -> _Gazetteer:
    return _load()


def _official_names() -> tuple[str, ...]:
    lines = (DATA_DIR / "provinces.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip())


# The 34 official names; the gazetteer (regexes) is built on first use and checked against them.
PROVINCES: tuple[str, ...] = _official_names()


def office_for(province: str) -> str:
    """The THADS office responsible for ``province`` ("Thi hành án dân sự tỉnh Tây Ninh").

    Accepts the official name ("Tỉnh Tây Ninh") or the short name ("Tây Ninh"), with or without
    diacritics; raises ``ValueError`` for anything else (pre-merger names are not accepted here:
    use :func:`find_province`).
    """
    gaz = _gazetteer()
    if not isinstance(province, str):
        raise ValueError(f"province must be a string, not {type(province).__name__}")
    official = gaz.lookup.get(_accent_key(province)) or gaz.lookup.get(_ascii_key(province))
    if official is None:
        raise ValueError(f"unknown province {province!r}: expected one of the 34 names")
    return gaz.offices[official]


# --- contexts ------------------------------------------------------------------------------------

# Words (ASCII-folded and accented) before a name. Positive: the name is a place. Institutions:
# the name is part of an agency's name, which also makes it a place.
_PLACE_WORDS = {
    "tại",
    "ở",
    "về",
    "đến",
    "đi",
    "ra",
    "vào",
    "từ",
    "quê",
    "ngụ",
    "trú",
    "thị xã",
    "địa bàn",
    "vùng",  # "vùng cao Hà Giang", "vùng biển Phú Yên"
    "vùng cao",
    "vùng biển",
    "miền",
    "tai",
    "o",
    "ve",
    "den",
    "que",
    "ngu",
    "tru",
    "thi xa",
    "vung",
    "vung cao",
    "vung bien",
    "mien",
}
# A bar right before the name: a lawyer's affiliation, not the story's place ("luật sư Nguyễn
# Hoàng Anh (Đoàn Luật sư TP.HCM)" in a reader's question answered for the whole country).
_BAR_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:doan luat su|doan ls|hoi luat gia"
    # ... or a deputy's delegation ("Một đại biểu đoàn Ninh Bình cho rằng ...", "đại biểu Nguyễn
    # Văn A (Đoàn ĐBQH TP.HCM)", "Đoàn đại biểu Quốc hội tỉnh Gia Lai"): the National Assembly's
    # debate is national
    r"|doan (?:dai bieu quoc hoi|dbqh)|dai bieu(?: quoc hoi)?(?: [^ .]+){0,5}? \(?doan"
    r"(?: dai bieu quoc hoi| dbqh)?)\W*$"
)
# Longer proper nouns that start with a province name.
_NOT_PLACES = {"thai binh": " duong"}  # Thái Bình Dương: the Pacific
# A reader's place in a legal question, the story's no place: signing the question ("... Vậy tôi
# có mất quyền đòi tiền không? (Minh Hằng, Tây Ninh)"), or asking ("Bạn đọc Nguyễn Văn A (Hà
# Nội) hỏi: ...").
_SIGNED_QUESTION = re.compile(r"\?\s*\(\s*[^()?]{1,40},\s*$")
_READER_ASKING = re.compile(r"\bban doc(?: [^ ()]+){0,5} \(\s*$")
_ASKS_AFTER = re.compile(r"\s*\)\s*(?:hỏi|hoi)\b", re.IGNORECASE)
_INSTITUTION = re.compile(
    r"(?<![a-z0-9])(?:thi hanh an(?: dan su)?|thads|tha|cthads|chi cuc|cuc|ubnd|hdnd|tand|"
    r"vksnd|cong an|so tu phap|tinh uy|thanh uy|toa an nhan dan|vien kiem sat nhan dan|"
    r"doan dai bieu quoc hoi|doan dbqh)(?![a-z0-9])"
)
_AGENCY_WORDS = frozenset(
    form
    for word in "dân sự tỉnh thành phố tp huyện quận thị xã khu vực số q h tx p phường tt".split()
    for form in (word, _ascii_fold(word))  # and without diacritics
)
_THADS = re.compile(r"(?<![a-z0-9])(?:thi hanh an|thads|tha|cthads)(?![a-z0-9])")
# Lower administrative units and streets: "xã Hòa Bình" is a commune, not the province.
_LOWER_UNITS = {
    "xã",
    "phường",
    "huyện",
    "quận",
    "thị trấn",
    "ấp",
    "thôn",
    "đường",
    "phố",
    "khu phố",
    "tổ",
    "bản",
    "làng",
    "sông",
    "cầu",
    "đại lộ",
}
# The lower units that may bear a city's name in its own province ("phường Nha Trang" is in
# Khánh Hòa since 2025); a street may not ("đường Hạ Long" is in Vũng Tàu).
_ADMIN_UNITS = {"xã", "phường", "huyện", "quận", "thị trấn"}
# A name written without diacritics ("duong Ho Chi Minh", "xa Hoa Binh") is read with the same
# words without them, but only those that stay unambiguous there: not "tổ", "bản", "sông", "cầu"
# ("to", "ban", "song", "cau" are other words too).
_LOWER_UNITS_ASCII = _LOWER_UNITS | {
    _ascii_fold(w) for w in _LOWER_UNITS - {"tổ", "bản", "sông", "cầu"}
}
_ADMIN_UNITS_ASCII = _ADMIN_UNITS | {_ascii_fold(w) for w in _ADMIN_UNITS}
# Administrative units before a place in an address ("phường Hoàn Kiếm, Hà Nội").
_UNIT_NAMES = (
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
    "thành phố",
    "ấp",
    "thôn",
    "khu phố",
)


def _unit_words(names: Iterable[str]) -> re.Pattern[str]:
    """Any of ``names`` or an abbreviation ("TP.", "Q.", "P.") as a whole word."""
    words = "|".join(names)
    return re.compile(rf"(?<![\w])(?:{words}|tp\.?|q\.|p\.)(?![\w])", re.IGNORECASE)


_UNIT_WORDS = _unit_words(_UNIT_NAMES)
# The same in a clause written without diacritics (only there: "xa", "quan" are other words).
_UNIT_WORDS_ASCII = _unit_words(map(_ascii_fold, _UNIT_NAMES))
# Words that make the name a person, a doctrine, a monument or a road.
_PERSON_WORDS = {
    "ông",
    "bà",
    "anh",
    "chị",
    "em",
    "cô",
    "chú",
    "bác",
    "cụ",
    "cháu",
    "con",
    "vợ",
    "chồng",
    "đồng chí",
    "chủ tịch",
    "tư tưởng",
    "tấm gương",
    "lăng",
    "bảo tàng",
    "quảng trường",
    "học viện",
    "di chúc",
    "đạo đức",
    "phong cách",
    "nhà thơ",
    "nhạc sĩ",
    "ca sĩ",
    "cầu thủ",
    "bị cáo",
    "bị can",
    "đối tượng",
    "tên",
    "họ",
}
# ... and without diacritics, but not "anh", "cô", "con", "chú", "tên", "họ" ...: "anh", "co",
# "con", "chu", "ten", "ho" are other words too ("có Hà Nội", "còn Hà Nội").
_PERSON_WORDS_ASCII = _PERSON_WORDS | {
    _ascii_fold(w)
    for w in _PERSON_WORDS
    - {"anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "con", "vợ", "chồng", "tên", "họ"}
}
# Words that make the name a person's home province, not the story's place ("quê Nghệ An"):
# such a mention weighs HOMETOWN_FACTOR of another.
_HOMETOWN_WORDS = {"quê", "quê quán", "nguyên quán", "que", "que quan", "nguyen quan"}
HOMETOWN_FACTOR = 0.5
# A title's place told as where the enforcement is ("... khoản tiền thi hành án ở Trà Vinh",
# "... sau vụ kiện ở Kon Tum") outweighs a party's home told in it ("Công nhân ở Bình Dương ...",
# "Doanh nghiệp ở TP.HCM ..."): such a mention weighs ENFORCED_AT_FACTOR of another.
_ENFORCED_AT = re.compile(
    r"\b(?:thi hanh an|vu kien|vu an|ban an|cuong che|ke bien|dau gia|tranh chap)"
    r"(?: [a-z0-9]+){0,2} (?:o|tai)\W*$"
)
ENFORCED_AT_FACTOR = 1.5
# Family names and middle names written before a given name that may look like a province.
_NAME_PARTS = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh lâm mai trịnh "
    "đào cao lưu tạ hà thái tô trương lương châu quách văn thị hữu đức ngọc quốc công xuân kim "
    "thu thúy thuý bảo gia khánh thanh minh".split()
)
_NAME_PARTS_ASCII = frozenset(_ascii_fold(w) for w in _NAME_PARTS)  # "Ong Nguyen Quang Ninh"
_LIST_SEP = re.compile(r"\s*(?:,|và|hoặc|-|–|/)\s*")
_LAST_WORD = re.compile(r"(\w+)\s+$")
_CLAUSE_BREAK = re.compile("[,;:.!?()\n\"'“”]")
_SENTENCE_BREAK = re.compile(r"[.!?;:\n](?:\s|$)|\n")


@dataclass
class _Mention:
    province: str
    start: int  # offset in the zone's text
    span: str
    weight: float
    order: int  # position in the article (title, lead, body) for ties
    address: bool = False  # Hà Nội closing an address: "phường Hoàn Kiếm, Hà Nội"


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    """The accented keys of the last 1..n words before ``start`` in the same clause,
    e.g. ["ông", "nguyễn ông"...] ordered from the nearest: ["w1", "w2 w1", "w3 w2 w1"]."""
    window = text[max(0, start - 40) : start]
    if window and not window[-1].isspace() and window[-1] not in "(":
        return []
    window = _CLAUSE_BREAK.split(window)[-1]
    words = _WORD.findall(window.lower())[-n:]
    return [" ".join(words[-k:]) for k in range(1, len(words) + 1)]


def _raw_word_before(text: str, start: int) -> str:
    """The word right before ``start`` as written (case kept), or '' if not directly before."""
    m = _LAST_WORD.search(text, max(0, start - 30), start)
    return m.group(1) if m else ""


def _zone_mentions(text: str, weight: float, order: int) -> list[_Mention]:
    if not text:
        return []
    gaz = _gazetteer()
    if text.islower():  # no capital letter at all: URL slugs, search queries
        matches = ((m.start(), m.end()) for m in gaz.folded.finditer(_ascii_fold(text)))
    else:
        matches = ((m.start(), m.end()) for m in gaz.cased.finditer(text))
    # A text written without diacritics is read with the unit and person words without them
    # (not an abbreviation in a text with them: "Cục Hải quan TP HCM" has no "quận").
    folded = text.isascii()
    lower, admin = (
        (_LOWER_UNITS_ASCII, _ADMIN_UNITS_ASCII) if folded else (_LOWER_UNITS, _ADMIN_UNITS)
    )
    out: list[_Mention] = []
    last_end = -1  # end of the last accepted name: "các tỉnh An Giang, Đồng Tháp, Vĩnh Long"
    for name_start, name_end in matches:
        if name_start and text[name_start - 1].isalnum():
            continue
        span = text[name_start:name_end].translate(_APOSTROPHES)
        alias = gaz.aliases.get(_ascii_key(span))
        if alias is None:  # pragma: no cover - the regex is built from the same keys
            continue
        if alias.city and _SPACED_DASH.search(span):
            continue  # ("Long - Thành", "Sơn - Trà": two people's names, not a town's)
        if (
            alias.district
            and not _DISTRICT_UNIT_BEFORE.search(
                _ascii_fold(text[max(0, name_start - 12) : name_start])
            )
            and not _DISTRICT_OFFICE_BEFORE.search(
                _ascii_fold(text[max(0, name_start - 32) : name_start])
            )
        ):
            continue  # (a former district counts after its unit only: "huyện Cái Bè", "Q.Gò Vấp",
            # or its office: "Chi cục THADS Đức Hòa")
        if not span.isascii() and _accent_key(span) not in alias.forms:
            continue  # "lòng an" is not "Long An"
        longer = _NOT_PLACES.get(alias.key)
        if longer and _ascii_fold(text[name_end : name_end + len(longer)]) == longer:
            continue
        start = _prefix_start(text, name_start)
        prefixed = start < name_start
        before = _words_before(text, start)
        unit = next((w for w in before[:2] if w in lower), None)
        if unit and not _is_thi_xa(before) and not (alias.city and unit in admin):
            continue  # "xã Hòa Bình", "đường Hồ Chí Minh": not the province
        head = _ascii_fold(text[max(0, start - 70) : start])
        if _BAR_BEFORE.search(head):
            continue  # ("luật sư Nguyễn Hoàng Anh (Đoàn Luật sư TP.HCM)": a lawyer's bar)
        if _SIGNED_QUESTION.search(text, max(0, start - 60), start) or (
            _READER_ASKING.search(head) and _ASKS_AFTER.match(text, name_end)
        ):
            continue  # (a reader's place: the question's, not the story's)
        agency = _agency_before(text, start, head)
        if not prefixed:
            if span[:1].islower() and not (span.isascii() and not alias.context_only):
                continue  # "hòa bình thế giới"
            if _personal(text, name_start, before, folded):
                continue
            if alias.context_only and not (
                agency
                or _keyword_before(_INSTITUTION, head, 2)
                or any(w in _PLACE_WORDS for w in before[:2])
                or (last_end >= 0 and _LIST_SEP.fullmatch(text[last_end:name_start]))
                or _bracketed_or_after_unit(text, name_start, name_end)
                or _OLD_AFTER.match(text, name_end) is not None
                or _is_dateline(text, name_start, name_end)
            ):
                continue
        dateline = _is_dateline(text, start, name_end)
        if dateline and order and alias.province == _CAPITAL:
            dateline = False  # ("HÀ NỘI - Bộ Tư pháp ...": the ministry's seat, not the place)
        w = weight * (3.0 if agency or dateline else 1.0)
        if any(word in _HOMETOWN_WORDS for word in before[:2]):
            w *= HOMETOWN_FACTOR  # "(quê Nghệ An, trú tại TP.HCM)": the story is where he lives
        if not order and _ENFORCED_AT.search(head):
            w *= ENFORCED_AT_FACTOR  # (the title's place of the enforcement, not of a party)
        address = alias.province == _CAPITAL and _closes_address(text, start)
        out.append(_Mention(alias.province, start, text[start:name_end], w, order + start, address))
        last_end = name_end
    return out


def _prefix_start(text: str, name_start: int) -> int:
    """Start of "tỉnh ", "thành phố ", "TP.", "Thủ đô " right before the name, else the name's."""
    window = text[max(0, name_start - 11) : name_start]
    m = _PREFIX_BEFORE.search(_ascii_fold(window))
    if m is None:
        return name_start
    prefix = window[m.start() :]
    if not prefix.isascii() and _accent_key(prefix) not in _PREFIX_ACCENTED:
        return name_start  # "tình", "tính" are not "tỉnh"
    return name_start - len(window) + m.start()


def _agency_before(text: str, start: int, head: str) -> bool:
    """True when the name ends an enforcement agency's name: a THADS keyword followed only by
    "dân sự", unit words, numbers and capitalised names ("Chi cục Thi hành án dân sự huyện Hàm
    Thuận Bắc (Bình Thuận)", "Phòng THADS khu vực 5 (Gia Lai)", "Thi hành án TP.HCM")."""
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(head)), default=0)
    ends = [m.end() for m in _THADS.finditer(head, cut)]
    if not ends:
        return False
    between = text[start - len(head) + ends[-1] : start]
    words = _WORD.findall(between)
    return len(words) <= 10 and all(
        w[0].isupper() or w.isdigit() or w.lower() in _AGENCY_WORDS for w in words
    )


def _keyword_before(keywords: re.Pattern[str], head: str, max_words: int) -> bool:
    """True when one of ``keywords`` ends at most ``max_words`` words before the end of
    ``head`` (ASCII-folded text before a name), in the same sentence."""
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(head)), default=0)
    ends = [m.end() for m in keywords.finditer(head, cut)]
    return bool(ends) and len(_TOKEN.findall(head, ends[-1])) <= max_words


def _is_thi_xa(before: list[str]) -> bool:
    return len(before) >= 2 and before[1] in ("thị xã", "thi xa")


def _personal(text: str, name_start: int, before: list[str], folded: bool = False) -> bool:
    words, parts = (
        (_PERSON_WORDS_ASCII, _NAME_PARTS_ASCII) if folded else (_PERSON_WORDS, _NAME_PARTS)
    )
    if any(w in words for w in before[:2]):
        return True
    raw = _raw_word_before(text, name_start)
    return bool(raw) and raw[0].isupper() and raw[1:].islower() and _fold(raw) in parts


# A former province told as such ("phường Kinh Môn (Hải Dương cũ)", "Quảng Nam cũ"): a place.
_OLD_AFTER = re.compile(r" (?:cũ|cu)(?!\w)")


def _bracketed_or_after_unit(text: str, start: int, end: int) -> bool:
    """ "(Bình Dương)" after something, or ", Long An" closing a district/commune address."""
    head = text[max(0, start - 60) : start].rstrip(" ")
    tail = text[end : end + 2]
    if tail.startswith(")") and head.rfind("(") > head.rfind(")"):
        return True  # "(Bình Dương)", "(Đà Lạt, Lâm Đồng)"
    if head.endswith((",", "-", "–")):
        if _closes_address(text, start):
            return True
        clause = re.split(r"[.;:!?\n]", head)[-1]
        words = _WORD.findall(_fold(clause))[-6:]
        return any(w in _PLACE_WORDS for w in words)
    return False


def _closes_address(text: str, start: int) -> bool:
    """The name at ``start`` ends an address after a district, commune or ward: "phố Hàng
    Bông, phường Hoàn Kiếm, Hà Nội"."""
    head = text[max(0, start - 60) : start].rstrip(" ")
    if not head.endswith((",", "-", "–")):
        return False
    clause = re.split(r"[.;:!?\n]", head)[-1]
    return (_UNIT_WORDS_ASCII if clause.isascii() else _UNIT_WORDS).search(clause) is not None


# A dateline: the place opening the title or the article ("Hưng Yên: ...", "HÀ GIANG - Ngày
# 9/10, ...", "(PLVN) - BÌNH ĐỊNH - ...", "PHÚ YÊN (PLVN) - ..."), the outlet's tag around it.
_DATELINE_BEFORE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*[-–—]\s*)?")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[:\-–—]")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """The place opening the title or the article, before ":" or "-" (an outlet's tag in
    brackets around it)."""
    return (
        _DATELINE_BEFORE.fullmatch(text, 0, start) is not None
        and _DATELINE_AFTER.match(text, end) is not None
    )


# --- the story's province ------------------------------------------------------------------------

_ZONE_WEIGHTS = (4.0, 2.0, 1.0)  # title, lead, body


def _mentions(title: str, text: str, lead: str | None) -> list[_Mention]:
    title = nfc(title or "")
    lead = nfc(lead or "")
    body = nfc(text or "")
    if lead and body.startswith(lead):
        body = body[len(lead) :]  # feeds repeat the lead as the body: count it once
    out: list[_Mention] = []
    base = 0
    for zone, weight in zip((title, lead, body), _ZONE_WEIGHTS, strict=True):
        out.extend(_zone_mentions(zone, weight, base))
        base += len(zone) + 1
    return out


@dataclass(frozen=True)
class _Ranked:
    match: ProvinceMatch
    score: float
    address: bool  # Hà Nội, one of whose mentions closes an address ("phường Hoàn Kiếm, Hà Nội")


def _rank(title: str, text: str, lead: str | None) -> list[_Ranked]:
    for name, value in (("title", title), ("text", text), ("lead", lead)):
        if not isinstance(value, str) and not (name == "lead" and value is None):
            raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    gaz = _gazetteer()
    scores: dict[str, float] = {}
    counts: dict[str, int] = {}
    best: dict[str, _Mention] = {}
    first: dict[str, int] = {}
    addressed: set[str] = set()
    for m in _mentions(title, text, lead):
        if m.address:
            addressed.add(m.province)
        scores[m.province] = scores.get(m.province, 0.0) + m.weight
        counts[m.province] = counts.get(m.province, 0) + 1
        first.setdefault(m.province, m.order)
        top = best.get(m.province)
        if top is None or m.weight > top.weight:
            best[m.province] = m
    ranked = sorted(scores, key=lambda p: (-scores[p], first[p]))
    return [
        _Ranked(
            ProvinceMatch(p, gaz.offices[p], best[p].span, counts[p]), scores[p], p in addressed
        )
        for p in ranked
    ]


def find_provinces(title: str, text: str, lead: str | None = None) -> list[ProvinceMatch]:
    """Every province named in the article, best first (highest weight, then earliest).

    ``mention`` is the span of the strongest mention of that province; ``count`` the number of
    accepted mentions in title, lead and body (a body that repeats the lead counts it once).
    """
    return [r.match for r in _rank(title, text, lead)]


# The seat of the ministry: a story that names Hà Nội once, in its body, without an agency of
# Hà Nội or an address in Hà Nội, is a national story.
_CAPITAL = "Thành phố Hà Nội"
_SEAT = re.compile(r"\b(?:ha noi|hanoi|thu do)\b")
# The whole system told: every province, the whole country.
_NATIONWIDE = re.compile(
    r"\b(?:toan quoc|ca nuoc|toan he thong|34 (?:co quan|tinh|don vi|thi hanh an|cuc))\b"
)


def find_province(title: str, text: str, lead: str | None = None) -> ProvinceMatch | None:
    """The one province of the story, or None when it names none (or only Hà Nội in passing,
    as the seat of a ministry in a national policy story)."""
    ranked = _rank(title, text, lead)
    if not ranked:
        return None
    top = ranked[0]
    seat = _SEAT.search(_ascii_key(top.match.mention)) is not None  # (not "Hà Tây cũ")
    if top.match.province == _CAPITAL and seat and not top.address:
        if top.score <= _ZONE_WEIGHTS[-1]:
            return None
        # (nor a national story that names it at most once in its lead or twice in its body:
        # "Ngày 2/3, tại Hà Nội, Cục Quản lý ... tập huấn ... chấp hành viên toàn quốc")
        if top.score <= _ZONE_WEIGHTS[1] and _NATIONWIDE.search(
            _ascii_key(f"{title} {lead or ''} {text}")
        ):
            return None
    return top.match
