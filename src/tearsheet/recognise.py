"""What copied text and saved pages share: the imported article, its language, header
lines (dates, bylines, reading times) and clutter; datelines are datelines.py's, closing
credit lines credits.py's, dates themselves importdates.py's."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tearsheet.attributions import AGENCY_CREDIT, publication_name
from tearsheet.bylines import BYLINE as BYLINE
from tearsheet.bylines import byline_names as byline_names
from tearsheet.bylines import credit_line as credit_line
from tearsheet.bylines import person_names, read_byline
from tearsheet.bylinesunder import read_footer_byline as read_footer_byline
from tearsheet.errors import ContentError, Notice
from tearsheet.importdates import (
    UPDATE_LABEL,
    find_date,
    find_date_span,
    is_yearless_date,
    parse_date_line,
)
from tearsheet.organisations import ISSUER as ISSUER
from tearsheet.organisations import LEGAL_FORM, initials_of, organisation_of
from tearsheet.organisations import LEGAL_FORM_WORDS as LEGAL_FORM_WORDS
from tearsheet.organisations import is_organisation_name as is_organisation_name
from tearsheet.personnames import is_cjk, is_name, is_person, is_uncased_name, rest_is_writer
from tearsheet.places import is_place_name, weekday_names
from tearsheet.presslabels import is_press_label
from tearsheet.readingtime import READING_TIME
from tearsheet.textlanguage import detect_language as detect_language
from tearsheet.textlanguage import detect_language_into as detect_language_into
from tearsheet.textlanguage import normalise_lang as normalise_lang
from tearsheet.zones import word_count

# A bare time beside a date ("14:20", "09:15 Uhr", "4:12 PM EST", "kl. 14.20").
_TIME_PART = re.compile(
    r"^\(?(?:kl\.?\s*+|um\s++|à\s++|at\s++|alle\s++|às\s++|o\s++)?\d{1,2}[:.h]\d{2}"
    r"(?:\s*+(?:[ap]\.?m\.?|uhr|h|[A-Z]{2,5}+(?:[+-]\d{1,2})?))?\)?$",
    re.IGNORECASE,
)
# "发布时间：2024-12-06", "Publicado: 12/03/2024": a label, a colon and a value.
_LABELLED = re.compile(r"^[^\W\d_]{1,20}+(?:\s[^\W\d_]{1,20}+)?\s?[：:]\s*+(?P<value>\S.{0,60}+)$")
# "Source: X", "Quelle: X", "来源：X" as one part of a header line.
_SOURCE_PART = re.compile(
    r"^(?:source|quelle|fuente|fonte|bron|źródło|kilde|källa|lähde|zdroj|forrás|kaynak|"
    r"sursa|πηγή|источник|джерело|sumber|来源|來源|出典|出处|出處|發布單位|发布单位|發佈單位|"
    r"发布机构|發布機關|출처|nguồn|المصدر|منبع|מקור|स्रोत|izvor|vir|šaltinis|avots|allikas)\s*+[:：]\s*+(?P<name>[^|·•\u3000【]{2,60}+)(?=[|·•\u3000【]|$)",
    re.IGNORECASE,
)
# Chinese and Japanese bylines: "记者 王小明", "本报记者 王小明 李华", "文/王小明", "作者：…";
# "文/记者 李华"; Korean puts the role after the name: "김민수 기자".
# "5 min read", "5 Min. Lesezeit", "5 min de lecture", "5 min czytania".
# With up to two words of label before it: "Lecture 3 min.", "Lesezeit: 4 Min.".
_READING_TIME = re.compile(rf"^{READING_TIME}$", re.IGNORECASE)
# Markdown images and links. Brackets and parentheses are excluded inside each part, so every
# attempt stops at the next one: a page of unclosed "![" costs linear time, not quadratic.
IMAGE = re.compile(r'!\[(?P<alt>[^\[\]]*+)\]\((?P<src>[^()\s]++)(?P<title>\s++"[^"\n]{0,400}+")?\)')
LINK = re.compile(r"!?\[([^\[\]]*+)\]\([^()]*+\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+.!|-])")
_CAPITALS = re.compile(r"[A-Z]{2}")
# The look-behind starts a match only at the start of a run of spaces: linear, not quadratic.
# "Posted on 3 March 2019 by Ann Lee": a date, the language's "by", names.
_POSTED_BY = re.compile(
    r"^(?P<when>[^|·•]{4,60}?)\s++(?:by|von|par|por|di|da|door|przez|av|af)\s++"
    r"(?P<names>[^\d|·•]{2,100})$",
    re.IGNORECASE,
)
# "Freiburg, 12. April 2017" on its own line, or opening the first paragraph with a dash.
_PLACE_DATE = re.compile(r"^(?P<place>[^\W\d_][\w.'’ -]{1,40}?),\s*+(?P<when>[^,–—]{4,40})$")
# "Košice 15. apríla 2025", "Bratislava 3. marca 2025": a release's place and date with no
# comma between them, as Slovak, Czech and Polish releases write them; the place must be
# one (not "Updated 15 April 2025").
_PLACE_SPACE_DATE = re.compile(
    r"^(?P<place>[^\W\d_][\w'’-]{1,30}+(?:\s[^\W\d_][\w'’-]{1,30}+){0,2}?)\s++(?P<when>\d[^,–—]{3,38})$"
)
# A news agency or a press credited in the byline's place ("The Canadian Press", "Agence
# France-Presse", "Anadolu Ajansı"): the story's source; not a "Press Release" label or
# the "Environment Agency" quoted.
_NEWS_AGENCY = re.compile(
    r"\bpresse?\b(?!\s++release)|news agency|nachrichtenagentur|agencia de noticias|"
    r"agenzia (?:di )?stampa|agence de presse|ajansı|агентство",
    re.IGNORECASE,
)
# "Rūta Jankauskienė (ELTA)", "Lê Huy Hải (TTXVN)": the writer and the agency she writes
# for; "ČTK, voj": the agency and its editor's initials.
_NAME_AGENCY = re.compile(
    r"^(?P<names>[^\W\d_][^()（）\n]{2,60}?)\s*+[(（](?P<agency>[^\W\d_a-z]{2,10}+)[)）]$"
    r"|^(?P<alone>[^\W\d_a-z]{2,8}+)(?:\s*+[,/]\s*+[a-z]{2,4}+)+$"
)
_CAPITAL_WORDS = re.compile(r"[^\W\d_]++(?:[ -][^\W\d_]++){0,2}+")


@dataclass(frozen=True)
class ImportedArticle:
    """What an import recognised in its source, plus a report of what it did and doubts."""

    headline: str | None
    body: str
    date: dt.date | None = None
    dek: str | None = None
    kicker: str | None = None
    byline: tuple[str, ...] = ()
    dateline: str | None = None
    source: str | None = None
    source_url: str | None = None
    lang: str | None = None
    other_headlines: tuple[str, ...] = ()
    recognised: tuple[str, ...] = ()
    stripped: tuple[str, ...] = ()
    # Each text a clutter rule removed, whole, with the rule's name (for measuring losses).
    removed: tuple[tuple[str, str], ...] = ()
    doubts: tuple[Notice, ...] = ()

    @property
    def images(self) -> list[tuple[str, str]]:
        """Each image in the body as (alt text, address)."""
        return [(match["alt"], match["src"]) for match in IMAGE.finditer(self.body)]


@dataclass
class Draft:
    """The mutable working state of one import, frozen into an ImportedArticle at the end."""

    headline: str | None = None
    date: dt.date | None = None
    dek: str | None = None
    kicker: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: str | None = None
    source: str | None = None
    source_url: str | None = None
    lang: str | None = None
    other_headlines: list[str] = field(default_factory=list)
    recognised: list[str] = field(default_factory=list)
    stripped: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    doubts: list[Notice] = field(default_factory=list)
    wire_day: str | None = None
    # The language was guessed from too little text: used to read it, not written out.
    lang_guessed: bool = False
    # A word over the date that may be the agency ("Lusa", "STT") or the place ("VENEZIA"):
    # the source only when nothing else names one, and not the dateline's place.
    source_hint: str | None = None
    copyright_year: int | None = None
    # The date was read from an "Updated" line: a publication date seen later replaces it.
    date_updated: bool = False
    # The source was read from the page's © line: an agency's credit read later replaces it.
    source_weak: bool = False

    def doubt(self, code: str, message: str) -> None:
        """Note something the user should check, as a warning with a stable code."""
        self.doubts.append(Notice(None, message, code=code))

    def _is_source(self, name: str) -> bool:
        """ "Redacción EFE", "Australian Associated Press" over an AAP story, "Humas KAI"
        over a release of PT Kereta Api Indonesia: the agency, paper or company the story is
        from (its name, its initials or the words they stand for), no author."""
        source = self.source or self._hinted_source()
        if not source:
            return False
        words = name.replace("-", " ").split()
        initials = "".join(word[0] for word in words if word[0].isupper())
        # A person's name may hold a word the source is ("Kelsey Marchetti" beside "About
        # Kelsey"): only an organisation's credit holds the source's name among its words;
        # "Humas KAI" (its press office) under "PT Kereta Api Indonesia (Persero)" its
        # initials.
        short = initials_of(source)
        named = {word.casefold() for word in words}
        return source.casefold() in (name.casefold(), initials.casefold()) or (
            len(words) > 1
            and (
                (source.casefold() in named and not is_person(name))
                or (len(short) > 1 and short.casefold() in named)
            )
        )

    def credit_agency(self, agency: str, where: str, dateline: bool = False) -> None:
        """An agency credited in the dateline or the text ("(dpa)", "(भाषा)", "/БТА/") is
        the story's source: it wins over the page's © line and over a source line that
        names it among others ("Quelle: DIE ZEIT, dpa Niedersachsen")."""
        current = (self.source or "").casefold()
        named = agency.casefold() in re.split(r"[\s,;/|&·•]+", current)
        # "AAP" signing a story credited to "Australian Associated Press": its own short name.
        named = named or initials_of(self.source or "") == agency
        if self.source is None or self.source_weak or dateline or named:
            self.source, self.source_weak = agency, False
            self.recognised.append(f"source {agency!r} from {where}")

    def _hinted_source(self) -> str | None:
        hint = self.source_hint
        if hint is None or (self.dateline or "").casefold() == hint.casefold():
            return None
        return hint

    def _move_organisations(self) -> None:
        """An organisation read as a writer ("Tampereen Raitiotie Oy" beside a press
        release's date, "Team Natuurmonumenten" signing a newsletter) issued the text: it is
        the source (over the page's © line), not a byline. One known by an organisation's
        word ("Nation Media Group") only leaves the byline."""
        for name in list(self.byline):
            organisation = organisation_of(name)
            if organisation is None:
                continue
            self.byline.remove(name)
            # "Nation Media Group", "Hacker News" by a word of their name: not a writer,
            # but maybe not who issued the text either; an agency or a press is.
            issuer = (
                organisation != name.strip()
                or LEGAL_FORM.search(organisation)
                or _NEWS_AGENCY.search(name)
            )
            if issuer and (self.source is None or self.source_weak):
                self.source, self.source_weak = organisation, False
                self.recognised.append(f"source {organisation!r} from the writer's line")

    def freeze(self, body: str) -> ImportedArticle:
        self._move_organisations()
        return ImportedArticle(
            headline=self.headline,
            body=body,
            date=self.date,
            dek=self.dek,
            kicker=self.kicker,
            # A place read as a name over the date ("Santiago de Compostela") that the story
            # opens with as its dateline is no writer.
            byline=tuple(
                dict.fromkeys(
                    n
                    for n in self.byline
                    if not self._is_source(n) and n.casefold() != (self.dateline or "").casefold()
                )
            ),
            dateline=self.dateline,
            # "MTI" over the date credits the agency; the page's © line gives way to it.
            source=(
                self._hinted_source() or self.source
                if self.source_weak
                else self.source or self._hinted_source()
            ),
            source_url=self.source_url,
            lang=None if self.lang_guessed else self.lang,
            other_headlines=tuple(self.other_headlines),
            recognised=tuple(self.recognised),
            stripped=tuple(self.stripped),
            removed=tuple(self.removed),
            doubts=tuple(self.doubts),
        )


# --- dates and language ---------------------------------------------------------------


# --- header lines, clutter and credits -----------------------------------------------


def header_part(part: str, draft: Draft) -> bool:
    """Record a header line's date, byline, reading time or source; False when it is none
    of these. A second date ("Updated: ...") counts, and does not replace the first."""
    part = part.strip()
    if _read_place_date(part, draft):
        return True
    labelled = _LABELLED.match(part)
    if date := parse_date_line(part, draft.lang) or (
        labelled and parse_date_line(labelled["value"], draft.lang)
    ):
        _take_date(date, part, draft)
        return True
    unlabelled = UPDATE_LABEL.sub("", part, count=1).strip(" :：")
    if _TIME_PART.match(part) or _TIME_PART.match(unlabelled):
        return True  # "14:32", "Оновлено о 11:42"
    if is_yearless_date(part, draft.lang) or (
        unlabelled != part and is_yearless_date(unlabelled, draft.lang)
    ):
        # "22. sep. kl. 05.30", "9 de gen.": a date line, though no date is taken from it.
        draft.stripped.append(f"date without a year {part!r}")
        return True
    if read_byline(part, draft):
        return True
    if _READING_TIME.match(part):
        draft.stripped.append(f"reading time {part!r}")
        return True
    if (draft.date is None or draft.dateline is None) and _read_place_then_date(part, draft):
        return True
    if (match := _POSTED_BY.match(part)) and draft.date is None:
        names = person_names(match["names"])
        date = find_date(match["when"], draft.lang)
        if date and names:
            draft.date = date
            draft.byline.extend(names)
            draft.recognised.append(f"date {date.isoformat()} and byline from {part!r}")
            return True
    if read_name_agency(part, draft) or _outlet_agency(part, draft):
        return True
    if match := AGENCY_CREDIT.fullmatch(part):
        draft.credit_agency(match["name"], f"the credit {part!r}")
        return True
    if match := _SOURCE_PART.match(part):
        if draft.source is None:
            draft.source = publication_name(match["name"].strip())
            draft.recognised.append(f"source {draft.source!r} from {part!r}")
        return True
    if found := find_date_span(part, draft.lang):
        date, before, after = found
        if after and not _is_header_rest(after, draft):
            return False
        before = before.strip(" ,;:-–—|")
        if before and not _read_before_date(before, draft):
            return False
        _take_date(date, part, draft)
        return True
    return False


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _read_place_then_date(part: str, draft: Draft) -> bool:
    """A place (or a weekday) and a date on a header line with no date read yet: "Berlin,
    5. März 2024", "Košice 15. apríla 2025", "Sreda, 04.06.2025. 12:18"; or with the date
    an e-mail's header gave already, the release's place over it ("Hochdorf, 14. April
    2026" under "Gesendet: Dienstag, 14. April 2026 09:30")."""
    match = _PLACE_DATE.match(part) if part[:1].isupper() else None
    if match is None and (spaced := _PLACE_SPACE_DATE.match(part)):
        match = spaced if is_place_name(spaced["place"], draft.lang) else None
    if not match or not (date := parse_date_line(match["when"], draft.lang)):
        return False
    if draft.date is not None and date != draft.date:
        return False  # another day's date: the line is read as a date line
    place = match["place"].strip()
    if _YEAR.search(place):
        return False  # "Publié le 22 octobre 2025 à 14h00, mis à jour le 23 …": no place
    if place.casefold().rstrip(".") in weekday_names(draft.lang):
        draft.date = date  # the weekday, no place
        draft.recognised.append(f"date {date.isoformat()} from {part!r}")
        return True
    draft.date, draft.dateline = date, place
    draft.recognised.append(f"dateline and date {date.isoformat()} from {part!r}")
    return True


def _read_place_date(part: str, draft: Draft) -> bool:
    """A known place and a date alone on a line ("Καλαμάτα, 8 Ιουλίου 2025" under a mailed
    release's header): the dateline, though a date was read before it or the date alone
    parses."""
    match = _PLACE_DATE.match(part) or _PLACE_SPACE_DATE.match(part)
    if draft.dateline is not None or match is None or not match["place"][:1].isupper():
        return False
    place = match["place"].strip()
    date = parse_date_line(match["when"], draft.lang) if is_place_name(place, draft.lang) else None
    if date is None:
        return False
    draft.dateline = place
    draft.recognised.append(f"dateline from {part!r}")
    _take_date(date, part, draft)
    return True


# Under a byline, two capitals in parentheses after a name are a state's or province's code.
PLACE_CODE_LENGTH = 2


def _outlet_agency(line: str, draft: Draft) -> bool:
    from tearsheet.agencycredits import read_outlet_agency  # it reads Draft from here

    return read_outlet_agency(line, draft)


def read_name_agency(line: str, draft: Draft) -> bool:
    """A writer's line with the agency ("Rūta Jankauskienė (ELTA)") or the agency's with
    its editor's initials ("ČTK, voj"): the agency is the source, the writer the byline."""
    match = _NAME_AGENCY.match(line)
    if match is None:
        return False
    if match["names"] and draft.byline and len(match["agency"] or "") == PLACE_CODE_LENGTH:
        return False  # "Beatriz Nogueira / Carmo de Minas (MG)": the place and its state
    names = person_names(match["names"]) if match["names"] else []
    if not (match["agency"] or match["alone"]).isupper() or (match["names"] and not names):
        return False
    draft.byline.extend(name for name in names if name not in draft.byline)
    draft.credit_agency(match["agency"] or match["alone"], f"the credit {line!r}")
    return True


def _take_date(date: dt.date, part: str, draft: Draft) -> None:
    """The first date of the header is the article's; but a date labelled "Updated" gives
    way to an earlier one after it ("Published: January 20"), the first publication's."""
    updated = bool(UPDATE_LABEL.match(part))
    earlier = draft.date_updated and not updated and draft.date and date < draft.date
    if earlier:
        draft.recognised = [r for r in draft.recognised if not r.startswith("date ")]
    if draft.date is None or earlier:
        draft.date, draft.date_updated = date, updated
        draft.recognised.append(f"date {date.isoformat()} from {part!r}")


# The languages' "by" after a date whose word is the common preposition, "by" only there:
# Romanian "Publicat pe 22 martie 2026 de Radu Mureșan".
_BY_AFTER_DATE = {"ro": "de "}


def _is_header_rest(rest: str, draft: Draft) -> bool:
    """What may follow a date in a header line: a time, a reading time, another date or
    source ("来源：广州日报", read), a note of a few words ("Atualizado há 2 horas")."""
    rest = rest.strip(" ,;:-–—|")
    if (match := _SOURCE_PART.match(rest)) and draft.source is None:
        draft.source = publication_name(match["name"].strip())
        draft.recognised.append(f"source {draft.source!r} beside the date")
        return True
    by = _BY_AFTER_DATE.get(draft.lang or "")
    if by and rest.startswith(by) and rest_is_writer(rest[len(by) :]):
        rest = rest[len(by) :]  # "… 22 martie 2026 de Radu Mureșan"
    if not draft.byline and rest_is_writer(rest):
        # "2025年3月3日 田中美咲", "Mar 3, 2025 Jane Doe": the writer after the date.
        draft.byline.append(rest)
        draft.recognised.append(f"byline from the name {rest!r} after a date")
        return True
    trial = Draft(lang=draft.lang, date=draft.date)
    # Words as zones counts them: a Chinese sentence has no spaces to count.
    return not rest or word_count(rest) <= 5 or header_part(rest, trial)


def _read_before_date(before: str, draft: Draft) -> bool:
    """The words before a date in a header line: a label ("Publié le"), a name (Ghost's "Ruth
    Allen Jun 9, 2023") or an agency or paper in capitals ("KYODO NEWS - Mar 5, 2024")."""
    # A Japanese name, family and given name parted by a space ("佐藤 健一2026年11月18日"); a
    # Chinese label of three or four characters may look like a name without one.
    spaced = is_cjk(before) and " " in before.replace("\u3000", " ") and is_uncased_name(before)
    place = is_place_name(before, draft.lang)  # "Ciudad de México / 12.09.2026 08:15:00"
    if (is_name(before) and is_person(before) and not place) or spaced:
        if before not in draft.byline:
            draft.byline.append(before)
            draft.recognised.append(f"byline from the name {before!r} before a date")
        return True
    if before.isupper() and len(before.split()) <= 3 and _CAPITAL_WORDS.fullmatch(before):
        if is_press_label(before):
            return True  # "TIEDOTE 12.2.2025": the release's label, not its issuer
        if draft.source is None:
            draft.source = before.title() if " " in before else before
            draft.recognised.append(f"source {draft.source!r} from the date line")
        return True
    return len(before.split()) <= 3


def strip_clutter(paragraphs: list[str], draft: Draft) -> tuple[list[str], list[str]]:
    """Drop each paragraph that is clutter, alone; the article ends at a trailer marker
    ("Leave a reply", "Related articles") only when less prose follows it than precedes it.

    Returns the kept paragraphs and the trailer, which may still hold a copyright line.
    """
    from tearsheet import zones
    from tearsheet.trailer import trailer_marker

    plain = [plain_words(p) for p in paragraphs]
    classes = zones.classify(plain, draft.lang)
    end = trailer_marker(plain, classes, 0, len(plain))
    end = len(paragraphs) if end is None else end
    if end < len(paragraphs):
        draft.stripped.append(
            f"trailer: {len(paragraphs) - end} block(s) from {excerpt(plain[end])}"
        )
        draft.removed.extend(("trailer", text) for text in plain[end:])
    kept: list[str] = []
    for paragraph, text in zip(paragraphs[:end], plain[:end], strict=True):
        found = None if paragraph.startswith(("![", "|", "```")) else zones.clutter_of(text)
        if found is None:
            kept.append(paragraph)
            continue
        draft.stripped.append(f"{found.name} {excerpt(text)}")
        draft.removed.append((found.name, text))
    return kept, paragraphs[end:]


def plain_words(markdown: str) -> str:
    """A paragraph's words without Markdown link, emphasis and escape syntax, for matching."""
    text = LINK.sub(r"\1", LINK.sub(r"\1", markdown))  # twice: an image inside a link
    return _ESCAPE.sub(r"\1", text).replace("**", "")


def excerpt(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= length else text[: length - 3] + "...")


def doubt_missing(draft: Draft, paragraphs: list[str]) -> None:
    if not paragraphs:
        raise ContentError(None, "nothing to import: no body text under the headline")
    if draft.date is None:
        draft.doubt(
            "import-date-missing",
            "no date found: 'date' is left for you to fill in (tearsheet check reports it)",
        )
    if draft.headline is None:
        draft.doubt(
            "import-headline-missing", "no headline found: 'headline' is left for you to fill in"
        )
