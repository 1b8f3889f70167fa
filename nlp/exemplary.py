"""Prefer the exemplary people (the subject of the deed or model) over incidental recipients and bystanders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from lantoa.schema import Person
from lantoa.text import fold

from .people import NAME_KEYS

#: The recipient cues as written, lower case (see :data:`RECIPIENT_CUES`).
_RECIPIENT_WORDS: Final = (
    "cho",
    "giúp",
    "giúp đỡ",
    "tặng",
    "trao",
    "hỗ trợ",
    "thăm",
    "cứu",
    "dìu",
    "đưa",
    "đón",
    "nuôi",
    "nhận nuôi",
    "chăm sóc",
    "kèm",
    "đỡ đầu",
    "chữa",
    "mổ",
)
#: Words just before a person's title that make the mention a recipient ("giúp gia đình ông X",
#: "xây nhà cho anh Y", "dìu bà Z ra ngoài"), folded.
RECIPIENT_CUES: Final = frozenset(fold(w) for w in _RECIPIENT_WORDS)
#: Household words between a recipient cue and a title ("giúp đỡ hộ chị X", "giúp nhà anh Y"), folded; skipped.
HOUSEHOLD_WORDS: Final = frozenset(fold(w) for w in ("hộ", "nhà", "gia đình"))
#: Model types that are benefits delivered to a household (a house, water, care, gifts) rather than a livelihood
#: it runs: in a poverty-model article with only these, the named household is a beneficiary unless the text
#: shows it acting.
BENEFIT_TYPES: Final = frozenset(
    ("housing", "clean_water_sanitation", "health_support", "charity_donation", "education_support", "other")
)
#: Words after a person's name (outside quotes, same clause) that show the person acting: running a livelihood
#: or doing the deed. Lower case with diacritics (folded, "trồng" would be "trong"), matched as whole words.
AGENT_WORDS: Final = tuple(
    w
    for w in (
        "nuôi",
        "trồng",
        "vay",
        "mở",
        "thành lập",
        "làm ăn",
        "làm kinh tế",
        "mạnh dạn",
        "thoát nghèo",
        "vươn lên",
        "thu về",
        "thu nhập",
        "mỗi năm",
        "tặng",
        "trao",
        "góp",
        "hiến",
        "ủng hộ",
        "tài trợ",
        "vận động",
        "cứu",
        "nhặt",
        "trả lại",
        "âm thầm",
        "tình nguyện",
        "thiện nguyện",
        "giúp",
        "dạy",
        "khám",
        "mổ",
        "xây",
        "dựng",
        "mang",
        "nấu",
        "phát",
        "khởi xướng",
        "làm việc tốt",
        "khen thưởng",
        "biểu dương",
        "không ngại",
        "nhường",
        "lập",
        "học",
        "tìm trả",
        "mang trả",
        "đem trả",
        "giao nộp",
        "nộp lại",
        "không nhận tiền",
        "từ chối nhận",
    )
)
#: Words near a person's name that show the person receiving (gratitude, a handover), lower case.
RECEIVER_WORDS: Final = tuple(
    w
    for w in (
        "được hỗ trợ",
        "được xét",
        "được tặng",
        "được trao",
        "được nhận",
        "được khám",
        "được cấp",
        "nhận nhà",
        "nhận chìa khóa",
        "ngày nhận",
        "trả ơn",
        "cảm ơn",
        "biết ơn",
        "mừng lắm",
        "rưng rưng",
        "xúc động",
        "cảm động",
        "nghẹn ngào",
    )
)
#: A person's name followed by ", <role>, <reporting verb>": someone quoted for their role. A member or a resident
#: ("chị X, hội viên, nói", "bà Y, nhà ở đầu xóm, kể") is a voice from the crowd in any article; a leader ("anh Z,
#: Đội trưởng, cho biết") speaks for a collective in a good deed. Folded, matched after the name.
MEMBER_ROLES: Final = (
    "hoi vien",
    "thanh vien",
    "nguoi dan",
    "cu dan",
    "chu nha",
    "mot chu nha",
    "nha o",
    "hoc vien",
    "phu huynh",
    "benh nhan",
    "nguoi benh",
    "nguoi nhan",
    "hang xom",
    "mot nguoi dan",
    "mot hoi vien",
    "mot thanh vien",
    "mot hoc vien",
    "mot phu huynh",
)
LEADER_ROLES: Final = (
    "doi truong",
    "doi pho",
    "truong doan",
    "pho doan",
    "truong nhom",
    "to truong",
    "chu nhiem",
    "chi huy",
    "bi thu",
    "truong ban",
    "truong thon",
    "truong ap",
    "truong ban",
    "hieu truong",
    "chu tich",
    "giam doc",
    "phu trach",
    "dai dien",
)
REPORTING_VERBS: Final = (
    "cho biet",
    "cho hay",
    "chia se",
    "noi",
    "ke",
    "tam su",
    "bay to",
    "thong tin",
    "khang dinh",
    "nhan xet",
    "danh gia",
    "cuoi",
    "xuc dong",
    "cam dong",
    "vui ve",
    "phan khoi",
)
_ROLE_AFTER: Final = re.compile(
    r"\s*,\s*(?P<role>[^,.;:!?\n“”\"]{2,70}?)\s*,\s*(?P<verb>[^\W\d_]+(?: [^\W\d_]+)?)"
)
#: "nuôi hai con" (raising children) is not a livelihood: "nuôi" + optional count + "con" + no animal.
_RAISING_CHILDREN: Final = re.compile(
    r"nuôi (?:\w+ )?con(?! (?:bò|heo|lợn|gà|vịt|dê|trâu|cá|tôm|ngan|ong|thỏ|bồ câu|chim|dế|ếch|nhím|cua|ốc|lươn))"
)
_AGENT_RE: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(AGENT_WORDS, key=len, reverse=True))) + r")(?!\w)"
)
_RECEIVER_RE: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(RECEIVER_WORDS, key=len, reverse=True))) + r")(?!\w)",
    re.IGNORECASE,
)
#: Words that start a leader's report of the collective's doing, lower case, whole words.
COLLECTIVE_WORDS: Final = (
    "việc",
    "công nhân",
    "đoàn viên",
    "hội viên",
    "anh em",
    "chị em",
    "bà con",
    "mọi người",
    "các",
    "mỗi",
    "cả",
    "đội",
    "nhóm",
    "tập thể",
)
_COLLECTIVE_RE: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(COLLECTIVE_WORDS, key=len, reverse=True))) + r")(?!\w)"
)
_QUOTED: Final = re.compile(r"[“\"][^”\"]*[”\"]")
_CLAUSE_END: Final = re.compile(r"[.;:!?\n]")
#: Southern nicknames: a birth-order word and the given name ("Sáu Hiền" for Nguyễn Văn Hiền).
BIRTH_ORDER: Final = frozenset(
    fold(w) for w in ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út", "Cả")
)
#: Title words that may precede a short mention ("anh Lộc", "cô Nhung"), folded.
SHORT_TITLES: Final = (
    "ong|ba|anh|chi|em|cu|thay|co|chau|bac|chu|di|gia dinh ong|gia dinh anh|gia dinh chi|gia dinh ba|"
    "co giao|thay giao|bac si|vo chong anh|vo chong ong|vo chong chi|doanh nhan|nghe nhan|gia lang"
)
_WORD: Final = re.compile(r"[^\W_]+")
#: A title just before a given name ("anh " before "Lộc"), folded; searched in a short window.
_TITLE_BEFORE: Final = re.compile(rf"(?<!\w)(?:{SHORT_TITLES}) $")
_TITLE_WORDS: Final = frozenset(SHORT_TITLES.replace("|", " ").split())


@dataclass(frozen=True)
class _Mentions:
    in_lead: bool  # named in the title or the sapo
    titled: int  # mentions as "title + given name" or the full name
    recipient_only: bool  # every full-name mention follows a recipient cue


def _find_word(folded: str, word: str) -> list[int]:
    """Start offsets of ``word`` in ``folded`` as a whole word (str.find, no regex scan)."""
    out: list[int] = []
    start = folded.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not folded[start - 1].isalnum()) and (
            end == len(folded) or not folded[end].isalnum()
        ):
            out.append(start)
        start = folded.find(word, start + 1)
    return out


def _mentions(person: Person, folded: str, lead_end: int) -> _Mentions:
    full = NAME_KEYS[person.name]
    given = full.split()[-1]
    full_hits = _find_word(folded, full)
    short_hits = [
        s - len(m.group(0))
        for s in _find_word(folded, given)
        if (m := _TITLE_BEFORE.search(folded, max(0, s - 20), s)) is not None
    ]
    starts = sorted(set(full_hits) | set(short_hits))
    in_lead = any(s < lead_end for s in starts)
    recipient = bool(full_hits) and all(_follows_recipient_cue(folded, start) for start in full_hits)
    return _Mentions(in_lead=in_lead, titled=len(starts), recipient_only=recipient)


def _follows_recipient_cue(folded: str, start: int) -> bool:
    """Whether the mention at ``start`` (folded text) follows a recipient cue ("giúp gia đình ông X", "cho chị X")."""
    before = _WORD.findall(folded[max(0, start - 50) : start])[-6:]
    # Skip the title itself ("gia đình ông"), then look at the one or two words before it.
    while before and (before[-1] in _TITLE_WORDS or before[-1] in HOUSEHOLD_WORDS):
        before.pop()
    if before[-2:] == ["gia", "dinh"]:
        del before[-2:]
    return bool(before[-1:] and before[-1] in RECIPIENT_CUES) or " ".join(before[-2:]) in RECIPIENT_CUES


#: :data:`RECIPIENT_CUES` as written, lower case, and "để" ("quyên góp để em X ghép thận"): the strict check compares
#: words with their diacritics ("chợ" is not "cho", "đề" is not "để").
RECIPIENT_CUES_WRITTEN: Final = frozenset((*_RECIPIENT_WORDS, "để"))
_SENTENCE_BREAK: Final = re.compile(r"[.!?;:\n]")
#: An award just before a recipient cue: the person named is honoured, not helped.
_AWARD_BEFORE: Final = re.compile(
    r"(?i)(?:giấy khen|bằng khen|khen thưởng|kỷ niệm chương|huy hiệu|danh hiệu|huân chương)"
)


def _after_recipient_cue_written(text: str, start: int) -> bool:
    """:func:`_follows_recipient_cue` on the words as written, within the sentence: "quyên góp để em X", "xây nhà
    cho chị X", not "ở chợ, ông X" or a title ending in "chợ" before the sapo's first name."""
    window = text[max(0, start - 50) : start]
    cut = list(_SENTENCE_BREAK.finditer(window))
    if cut:
        window = window[cut[-1].end() :]
    if _AWARD_BEFORE.search(window) is not None:
        return False  # "tặng giấy khen cho bà X": the one honoured
    before = _WORD.findall(window.lower())[-6:]
    while before and (fold(before[-1]) in _TITLE_WORDS or fold(before[-1]) in HOUSEHOLD_WORDS):
        before.pop()
    if before[-2:] == ["gia", "đình"]:
        del before[-2:]
    return (
        bool(before[-1:] and before[-1] in RECIPIENT_CUES_WRITTEN)
        or " ".join(before[-2:]) in RECIPIENT_CUES_WRITTEN
    )


def _named_as_recipient(person: Person, text: str) -> bool:
    """Whether every full-name mention of ``person`` follows a recipient cue as written (:func:`_after_recipient_cue_written`)."""
    hits = _find_word(text, person.name)
    return bool(hits) and all(_after_recipient_cue_written(text, s) for s in hits)


def _alias(person: Person, others: list[Person]) -> bool:
    """ "Sáu Hiền" beside "Nguyễn Văn Hiền": a nickname of someone else in the list."""
    parts = NAME_KEYS[person.name].split()
    if len(parts) != 2 or parts[0] not in BIRTH_ORDER:
        return False
    return any(
        p is not person and len(p.name.split()) >= 3 and NAME_KEYS[p.name].split()[-1] == parts[1]
        for p in others
    )


def _shorter_form(key: str, others: list[str]) -> bool:
    """ "Y Thuận" beside "Y Thuận Êban" (the first words of someone else's full name), or "Thu Hà" beside
    "Nguyễn Thị Thu Hà" (the given names, as people are called): the same person. ``key`` and ``others``
    are folded names."""
    given = key.count(" ") == 1
    return any(
        other != key
        and (other.startswith(key + " ") or (given and other.count(" ") >= 2 and other.endswith(" " + key)))
        for other in others
    )


def _acts(clause: str) -> bool:
    """An action word in ``clause`` (lower case) that is not passive ("được xây", "bị cuốn")."""
    clause = _RAISING_CHILDREN.sub(" ", clause)
    return any(
        not clause[max(0, m.start() - 6) : m.start()].endswith(("được ", "bị "))
        for m in _AGENT_RE.finditer(clause)
    )


def _acts_or_receives(person: Person, folded: str, text: str, *, receiver_needed: bool) -> bool:
    """Whether ``person`` is a beneficiary: no mention is followed by an action of theirs (outside quotes, in the
    same clause), and, when ``receiver_needed``, some mention is near receiving words (quotes included)."""
    full = NAME_KEYS[person.name]
    given = full.split()[-1]

    def starts() -> Iterator[tuple[int, int]]:  # full-name mentions first: an action there ends the search
        for start in _find_word(folded, full):
            yield start, len(full)
        for start in _find_word(folded, given):
            if _TITLE_BEFORE.search(folded, max(0, start - 20), start) is not None:
                yield start, len(given)

    receives = False
    for start, length in starts():
        after = text[start + length : start + length + 250].lower()
        unquoted = _QUOTED.sub(" ", after)
        end = _CLAUSE_END.search(unquoted)
        clause = unquoted[: end.start() if end else 140][:140]
        # After "xây nhà cho chị X" the clause tells the givers' doing ("… được công nhân góp tiền, góp công").
        if (
            _acts(clause)
            and not _follows_recipient_cue(folded, start)
            and not _after_recipient_cue_written(text, start)
        ):
            return False
        window = text[max(0, start - 40) : start].lower() + " " + after[:160]
        receives = (
            receives
            or _RECEIVER_RE.search(window) is not None
            or (length == len(full) and _after_recipient_cue_written(text, start))
        )
    return receives or not receiver_needed


def _quoted_for_role(person: Person, text: str, lead_end: int, story_type: str | None) -> bool:
    """Whether every full-name mention of ``person`` is in the body and followed by ", <role>, <reporting verb>"
    with a member's or resident's role (any story) or a leader's role (good deeds), and what they report outside
    quotes is not their own doing ("chị X, thành viên hợp tác xã, cho biết mỗi năm gia đình thu …" is kept)."""
    hits = _find_word(text, person.name)  # the name as written (the whole text is folded only if needed)
    if not hits or any(s < lead_end for s in hits):
        return False
    roles = MEMBER_ROLES + LEADER_ROLES if story_type == "good_deed" else MEMBER_ROLES
    for start in hits:
        after = start + len(person.name)
        if not text.startswith(",", after) and not text[after : after + 3].lstrip().startswith(","):
            return False  # no ", <role>," after the name
        m = _ROLE_AFTER.match(fold(text[after : after + 100]))  # fold keeps offsets
        if m is None or not m.group("role").startswith(roles):
            return False
        verb = m.group("verb")
        said = next((v for v in REPORTING_VERBS if verb == v or verb.startswith(v + " ")), None)
        if said is None:
            return False
        report = after + m.start("verb") + len(said)  # the report starts after the reporting verb
        unquoted = _QUOTED.sub(" ", text[report : report + 250].lower())
        end = _CLAUSE_END.search(unquoted)
        clause = unquoted[: end.start() if end else 140][:140]
        if m.group("role").startswith(LEADER_ROLES):
            # A leader reports what the collective did ("nói việc xây nhà … được công nhân bàn bạc", "cho biết
            # đoàn viên đã góp …"): the report from a collective word on is not the leader's own doing.
            collective = _COLLECTIVE_RE.search(clause)
            clause = clause[: collective.start()] if collective else clause
        if _acts(clause):
            return False
    return True


#: The end of a quote and a title or two before a name: "“…”, ông " (the name then attributes the quote).
_ATTRIBUTION_BEFORE: Final = re.compile(r"[”\"]\s*,?\s*(?:[^\W\d_]+\s+){0,3}$")


def _quote_attribution_only(person: Person, text: str, lead_end: int) -> bool:
    """Whether ``person`` is named only in the body, and every time as the speaker of a quote just closed
    ("“…”, ông Mùa A Sùng nói."): a voice in the story (a parent, a neighbour), not its subject."""
    hits = _find_word(text, person.name)
    if not hits or any(s < lead_end for s in hits):
        return False
    for start in hits:
        if _ATTRIBUTION_BEFORE.search(text, max(0, start - 30), start) is None:
            return False
        after = fold(text[start + len(person.name) : start + len(person.name) + 100])
        role = _ROLE_AFTER.match(after)  # "…”, ông X, người cùng thôn, nói."
        said = role.group("verb") if role is not None else after.lstrip(" ")[:30]
        if not any(said == v or said.startswith((v + " ", v + ".", v + ",")) for v in REPORTING_VERBS):
            return False
    return True


def _named_elsewhere(person: Person, folded: str) -> bool:
    """Whether ``person``'s given name with a title ("ông Sính") occurs outside the full-name mentions."""
    full = NAME_KEYS[person.name]
    spans = [(s, s + len(full)) for s in _find_word(folded, full)]
    given = full.split()[-1]
    return any(
        not any(a <= s < b for a, b in spans) and _TITLE_BEFORE.search(folded, max(0, s - 20), s) is not None
        for s in _find_word(folded, given)
    )


def _receiver_needed(story_type: str | None, model_types: tuple[str, ...] | list[str]) -> bool | None:
    """Whether an article may name beneficiaries: ``None`` if not, else whether receiving words are needed
    (good deeds) or a person is a beneficiary unless shown acting (poverty models of delivered benefits)."""
    if not model_types:
        return None
    if story_type == "good_deed":
        return True
    if story_type == "poverty_model" and set(model_types) <= BENEFIT_TYPES:
        return False
    return None


def select_exemplary(
    people: list[Person],
    text: str,
    lead_end: int,
    *,
    story_type: str | None = None,
    model_types: tuple[str, ...] | list[str] = (),
) -> list[Person]:
    """The people an article holds up as examples, in order of appearance.

    ``text`` is the article as tagged (title, sapo, body); ``lead_end`` is where the body starts.
    People named in the title or sapo, or mentioned again later, are the subjects; when there are
    subjects, people mentioned once or only as recipients ("giúp gia đình ông X") are dropped.
    Nicknames of someone already listed ("Sáu Hiền") and shorter forms of a listed name ("Y Thuận" beside
    "Y Thuận Êban") are dropped. With ``story_type`` and ``model_types`` given: an article that is not relevant
    (``other``) names no exemplary people, and the beneficiaries of a delivered benefit (a household given a house
    or water in a poverty-model piece, a patient or recipient quoted in a good deed) are dropped.
    """
    if story_type == "other":
        return []
    folded = ""  # ``text`` folded, once it is needed
    names = [NAME_KEYS[p.name] for p in people]
    kept = [
        p
        for p, key in zip(people, names, strict=True)
        if not _alias(p, people) and not _shorter_form(key, names)
    ]
    if not kept:
        return kept
    kept = [p for p in kept if not _quoted_for_role(p, text, lead_end, story_type)]
    if not kept:
        return kept
    if len(kept) > 1:
        # Someone named once, only to attribute a quote, beside others: a voice, not the subject.
        voices = [p for p in kept if _quote_attribution_only(p, text, lead_end)]
        if voices and len(voices) < len(kept):
            folded = fold(text)
            kept = [p for p in kept if p not in voices or _named_elsewhere(p, folded)]
    needed = _receiver_needed(story_type, model_types)
    if needed and not any(w in text or w.capitalize() in text for w in RECEIVER_WORDS):
        # No receiving words anywhere: only people named as recipients ("quyên góp để em X ghép thận") are dropped.
        kept = [p for p in kept if not _named_as_recipient(p, text)]
        needed = None
    if needed is not None:
        folded = folded or fold(text)  # same offsets as ``text``
        kept = [p for p in kept if not _acts_or_receives(p, folded, text, receiver_needed=needed)]
    if len(kept) <= 1:
        return kept
    folded = folded or fold(text)
    info = [(p, _mentions(p, folded, lead_end)) for p in kept]
    subjects = [p for p, m in info if not m.recipient_only and (m.in_lead or m.titled >= 2)]
    if not subjects:
        return [p for p, m in info if not m.recipient_only] or kept
    return subjects
