"""A header line of copied text, read part by part: its date, byline, reading time and
labels ("Ruth Adeyemi | February 11, 2022 | 3 min read")."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.bylines import BYLINE
from tearsheet.furniturewords import COMMENT_STEMS
from tearsheet.importdates import find_date_span
from tearsheet.pagehead import HEADER_SEPARATOR, names_line
from tearsheet.personnames import is_cjk, is_place, is_uncased_name
from tearsheet.places import is_place_name
from tearsheet.recognise import Draft, header_part, is_name, read_byline
from tearsheet.timelines import is_comma_times

# A note beside a date or byline in a header line is at most this many words.
HEADER_NOTE_WORDS = 6
# ... and at most this many characters.
LABEL_LENGTH = 50
# A label beside a date may be an office's name: at most this many words and characters
# ("November 3, 2025 | Centre for Information, Press and Public Relations").
DATED_LABEL_WORDS = 8
DATED_LABEL_LENGTH = 80
# A blog theme's meta row after its date, copied without separators, is at most this many
# words ("29. juli 2024 Ingrid Haugen Fjelltur, Familie 3 kommentarer").
META_RUN_WORDS = 8
# A label and its colon inside a header line, and the spaces before one.
_LABEL_PAIR = re.compile(r"(?<!\S)[^\W\d_]{1,12}+[：:]")
# A Japanese CMS's page number before the date: "ページ番号1004512 ", "ページID：1004512 ".
_PAGE_NUMBER = re.compile(r"(?:ページ番号|ページID|記事番号)\s*+[:：]?\s*+\d{1,12}+\s++")
_LABEL_PAIR_START = re.compile(r"(?<!\s)\s++(?=[^\W\d_]{1,12}+[：:])")


# "Last updated" before a date, in the languages' words, where the date label alone
# ("Updated", "Mis à jour") is read already: "Dernière mise à jour le 14 septembre 2026",
# "อัปเดตล่าสุด 14 ก.ย. 2569 16:40 น.", "Cập nhật lần cuối 14/9/2026".
_LAST_UPDATE = re.compile(
    r"(?:last\s(?:updated|modified)|dernière\smise\sà\sjour|última\sactualización|"
    r"ultimo\saggiornamento|última\satualização|laatst\sbijgewerkt|zuletzt\saktualisiert|"
    r"letzte\saktualisierung|ostatnia\saktualizacja|ostatnio\szaktualizowano|"
    r"naposledy\saktualizováno|posledná\saktualizácia|utoljára\sfrissítve|ultima\sactualizare|"
    r"senast\suppdaterad|sidst\sopdateret|sist\soppdatert|viimeksi\späivitetty|"
    r"son\sgüncelleme|τελευταία\sενημέρωση|последнее\sобновление|останнє\sоновлення|"
    r"последна\sактуализация|terakhir\s(?:diperbarui|dikemas\s?kini)|cập\snhật\slần\scuối|"
    r"อัปเดตล่าสุด|อัพเดทล่าสุด|עודכן\sלאחרונה|آخر\sتحديث|آخرین\sبه[\u200c\s]?روز\s?رسانی|"
    r"अंतिम\sअपडेट|आखिरी\sअपडेट|最終更新日?|最后更新|最後更新|마지막\s업데이트)"
    r"(?:\s(?:le|el|il|em|am|om|on|at|o|в|о|на|في))?\s*+[:：]?\s*+",
    re.IGNORECASE,
)


def header_line(line: str, draft: Draft) -> bool:
    """Record a header line's date, byline and reading time, in parts split at "|", "·" or a
    spaced dash ("Ruth Adeyemi | February 11, 2022 | 3 min read"); a bare name counts as
    the byline beside a part that is a date or reading time, and as the place beside a
    byline ("Por Ana Souza, g1 SP — São Paulo"); a short label beside a date or byline
    ("Huerto", "3 Comentarios", "Issue #42") goes with the line. False (and nothing
    recorded) when a part is none of these."""
    # "Par Julien Ferrand - Le 29 novembre 2026 à 09:12 - Mis à jour …": a byline and its
    # dates parted by spaced hyphens, which the separators leave alone (a headline's "Title -
    # Site", a byline's "di Marco Rossi - ANSA").
    found = zones.clutter_of(line)
    if found is not None and found.name == "media label":
        return False  # a video's "01:12 - Source: WSMV": the video's credit, not the story's
    if (number := _PAGE_NUMBER.match(line)) and number.end() < len(line):
        # Japanese city sites' "ページ番号1004512 更新日 令和8年2月27日": the page's number.
        draft.stripped.append(f"page number {number.group().strip()!r} in a header line")
        line = line[number.end() :]
    first, _, rest = line.partition(" - ")
    dated = rest and find_date_span(rest, draft.lang) and read_byline(first, Draft(lang=draft.lang))
    if dated and _read_parts(line.replace(" - ", " | "), draft):
        return True
    if _read_parts(line, draft):
        return True
    updated = _LAST_UPDATE.match(line.strip())
    if updated is not None:
        return _read_last_update(line.strip()[updated.end() :], line, draft)
    return is_comma_times(line, draft.lang) and all(
        header_part(part, draft) for part in line.split(", ")
    )


def _read_parts(line: str, draft: Draft) -> bool:
    """The header line read part by part (see header_line)."""
    parts = [q for p in HEADER_SEPARATOR.split(line) for q in _split_part(p, draft)]
    if len(_LABEL_PAIR.findall(line)) > 1:
        # "发布时间：2024-12-06 来源：新闻中心 作者：李文静": label-value pairs parted by spaces.
        parts = [q for p in parts for q in _LABEL_PAIR_START.split(p) if q.strip()]
    if not parts:
        return False
    trial = Draft(lang=draft.lang, date=draft.date, dateline=draft.dateline)
    kinds = []
    for part in parts:
        if (kind := _part_kind(part, len(parts), trial)) is None:
            return len(parts) == 1 and _read_meta_run(line, draft)
        kinds.append(kind)
    if "dated label" in kinds and trial.date is None:
        return False
    kinds = ["label" if kind == "dated label" else kind for kind in kinds]
    if "header" not in kinds or (trial.date is None and not trial.byline and "label" in kinds):
        return False
    had_byline = len(draft.byline)
    for part, kind in zip(parts, kinds, strict=True):
        if kind == "header":
            header_part(part, draft)
        elif kind == "label":
            draft.stripped.append(f"label {part!r} in a header line")
    if len(parts) == 1 and kinds == ["header"] and not draft.byline:
        # A meta row the date reader took whole ("ਮਈ 4, 2026 ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ 6 ਟਿੱਪਣੀਆਂ").
        found = find_date_span(line, draft.lang, lead=0)
        if found is not None and not found[1] and found[2]:
            _take_meta_writer(found[2], draft)
    for part, kind in zip(parts, kinds, strict=True):
        if kind != "name" or part in draft.byline:
            continue
        if len(draft.byline) > had_byline and _from_place(part, draft.lang):
            # Valor's "Por Ana Lima — De São Paulo": where the writers work, not a dateline.
            draft.stripped.append(f"the writers' place {part!r} beside the byline")
        elif len(draft.byline) > had_byline and draft.dateline is None:
            draft.dateline = part
            draft.recognised.append(f"dateline from the place {part!r} beside the byline")
        elif is_place(part) or (had_byline and kinds.count("name") == 1):
            # "New York | March 3"; under the byline's own line, the one name beside the
            # date is where the writer files from ("Lucía Peralta" / "Roquetas de Mar |
            # 21/04/2026 - 19:05"), not a second writer.
            draft.stripped.append(f"place {part!r} beside the date")
        elif (by := BYLINE.match(part)) and by["by"]:
            # "By DIN | Published On : …": a by-word over initials the byline reader took for
            # no writer's name (a paper's staff credit), not a name with its "By".
            draft.stripped.append(f"staff credit {part!r} beside a date")
        else:
            draft.byline.extend(names_line(part) or [part])
            draft.recognised.append(f"byline from the name {part!r} beside a date")
    return True


def _read_last_update(rest: str, line: str, draft: Draft) -> bool:
    """The date after "Dernière mise à jour": the article's only when none was read before
    it (as a date labelled "Updated" is); True when the rest is a date line."""
    trial = Draft(lang=draft.lang)
    if not rest or not header_part(rest, trial) or trial.date is None:
        return False
    if draft.date is None:
        draft.date, draft.date_updated = trial.date, True
        draft.recognised.append(f"date {trial.date.isoformat()} from {line.strip()!r}")
    else:
        draft.stripped.append(f"date of the last update {line.strip()!r}")
    return True


def _split_part(part: str, draft: Draft) -> list[str]:
    """A part of a header line that is no header part as it stands, split further at a
    spaced hyphen or slash: "Publié le 27 janvier 2025 à 07h15 - Mis à jour le …", "Par
    Claire Dumoulin - Aujourd'hui à 06:00 | mis à jour …", "Rohit Shenoy / TNN / Updated:
    Mar 5, 2026"."""
    if not part.strip(" |·•—–"):
        return []
    for separator in (" - ", " / "):
        if separator in part and not header_part(part, Draft(lang=draft.lang)):
            return [p for p in part.split(separator) if p.strip()]
    return [part]


def _part_kind(part: str, count: int, trial: Draft) -> str | None:
    """What a part of a header line is: 'header' (read into the trial draft), 'name',
    'label', 'dated label' (a longer label, which only a date beside it allows), or None."""
    if header_part(part, trial):
        return "header"
    if count == 1:
        return None
    if is_name(part) or _is_names(part):
        return "name"  # "Jane Doe and Tom Roth", "Jane Doe, Staff Writer" too
    if _is_label(part):
        return "label"
    if _is_label(part, DATED_LABEL_WORDS, DATED_LABEL_LENGTH):
        return "dated label"
    return None


def _is_names(part: str) -> bool:
    """Names beside a date: several ("Jane Doe and Tom Roth"), with a role ("Jane Doe, Staff
    Writer"), or in Hebrew, Arabic, Persian or Devanagari ("נועה ברגר | 3 במרץ 2025"); not in
    Chinese or Japanese, where a label of two words looks the same ("分类于 生活")."""
    return not is_cjk(part) and (is_uncased_name(part) or bool(names_line(part)))


def _is_label(part: str, words: int = HEADER_NOTE_WORDS, length: int = LABEL_LENGTH) -> bool:
    """A few words that are not a sentence: a section, a count, an issue number; beside a
    date, an office's name too."""
    return zones.word_count(part) <= words and len(part) <= length and not zones.is_sentence(part)


def _read_meta_run(line: str, draft: Draft) -> bool:
    """A line that opens with a full date, then a few words that are no sentence: a blog
    theme's date, writer, categories and comment count copied without their separators
    ("29. juli 2024 Ingrid Haugen Fjelltur, Familie 3 kommentarer", "March 3, 2024 admin
    Uncategorized Leave a comment"). The date is taken; the rest goes with the line."""
    found = find_date_span(line, draft.lang, lead=0)
    if found is None or found[1] or not found[2] or zones.is_sentence(line):
        return False
    rest = found[2]
    if zones.word_count(rest) > META_RUN_WORDS or rest.rstrip()[-1:] in ".!?。":
        return False
    words = line.split()
    if not header_part(" ".join(words[: len(words) - len(rest.split())]), draft):
        return False
    _take_meta_writer(rest, draft)
    draft.stripped.append(f"meta row {rest!r} after the date")
    return True


# A meta row's closing comment count ("3 kommentarer", "6 ਟਿੱਪਣੀਆਂ"): the languages' stems,
# with those of scripts the shared stems lack.
_COMMENT_COUNT = re.compile(
    rf"\s\d{{1,5}}\s++(?:{COMMENT_STEMS}|ਟਿੱਪਣੀ|মন্তব্য|ટિપ્પણી|கருத்து|ಪ್ರತಿಕ್ರಿಯೆ|അഭിപ്രായ|"
    r"వ్యాఖ్య|نظر|تبصر|ความคิดเห็น|コメント|댓글|评论|評論|留言)\S*+$",
    re.IGNORECASE,
)


def _take_meta_writer(rest: str, draft: Draft) -> None:
    """Record the writer of a meta row after its date (see _meta_writer), if none yet."""
    if (writer := _meta_writer(rest)) and not draft.byline:
        draft.byline.append(writer)
        draft.recognised.append(f"byline {writer!r} from the meta row after the date")


def _meta_writer(rest: str) -> str | None:
    """The writer opening a meta row that closes with its comment count: the words before
    the categories ("Ingrid Haugen Fjelltur, Familie 3 kommentarer": the last word before
    the first comma opens the categories), or the whole row when it is one name ("ਹਰਪ੍ਰੀਤ
    ਸਿੰਘ ਗਿੱਲ 6 ਟਿੱਪਣੀਆਂ", "Ann Lee 4 comments"). Without a count the row may be a
    category alone; a name of three cased words without a comma is not split by guess."""
    count = _COMMENT_COUNT.search(rest)
    if count is None:
        return None
    row = rest[: count.start()].strip()
    if "," in row:
        words = row.split(",", 1)[0].split()[:-1]
        name = " ".join(words)
        return name if (2 <= len(words) <= 3 and is_name(name)) or is_uncased_name(name) else None
    if is_uncased_name(row) or (len(row.split()) == 2 and is_name(row)):
        return row
    return None


# Who may read the post, as a site's header marks it beside the date (Substack's "Oct 5 ∙
# Paid"): the whole line, in the core languages and the sets' others.
_AUDIENCE = frozenset(
    """paid free premium exclusive subscribers members plus abo abo+ exklusiv abonnés
    exclusivo exclusiva suscriptores assinantes abbonati abonnees premium+ prenumerata
    předplatitelé előfizetőknek tilaajille prenumeranter abonnenter""".split()
) | frozenset(
    (
        "subscribers only",
        "subscriber only",
        "paid subscribers only",
        "paid subscribers",
        "members only",
        "for members",
        "for subscribers",
        "nur für abonnenten",
        "für abonnenten",
        "réservé aux abonnés",
        "article réservé aux abonnés",
        "solo para suscriptores",
        "exclusivo para suscriptores",
        "exclusivo para assinantes",
        "só para assinantes",
        "solo per abbonati",
        "riservato agli abbonati",
        "alleen voor abonnees",
        "tylko dla subskrybentów",
        "tylko dla prenumeratorów",
        "tylko w premium",
    )
)


def is_audience_label(line: str) -> bool:
    """ "Paid", "Subscribers only", "Réservé aux abonnés": who may read the post, a label of
    the header beside or under the date, never the story's."""
    return " ".join(line.casefold().strip(" .·•∙|:").split()) in _AUDIENCE


def _from_place(part: str, lang: str | None) -> bool:
    """A place after a function word ("De São Paulo", "From Brussels", "Aus Berlin"): the
    writers' place beside their names, which a dateline does not write so."""
    words = part.split()
    if len(words) < 2 or words[0].casefold() not in zones.stop_words(lang):
        return False
    return not is_place_name(part, lang)  # "La Paz", "Den Haag", "Los Angeles"
