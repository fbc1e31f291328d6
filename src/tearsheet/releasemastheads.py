"""A press release's masthead on the issuer's own site: the label that makes the page a
release, and the organisation the lines over its headline name (in full, where the press
office gives its initials)."""

from __future__ import annotations

import re

from tearsheet.organisations import initials_of, organisation_of
from tearsheet.recognise import Draft, excerpt
from tearsheet.zones import clutter_of

# A press office names its organisation by initials at most this long ("MPK S.A.").
INITIALS = 6


def _furniture(draft: Draft) -> list[str]:
    """The lines over the headline the import removed as the page's furniture."""
    return [
        " ".join(text.split())
        for rule, text in draft.removed
        if rule == "page furniture above the headline"
    ]


# A press release's or notice's label, alone or in a breadcrumb: "Media release", "Home ›
# News › Press Releases", "Persbericht", "Communiqué de presse", "プレスリリース".
RELEASE = re.compile(
    r"\b(?:press|media|news) releases?\b|\bpressemitteilung(?:en)?\b|\bmedienmitteilung(?:en)?\b|"
    r"\bcommuniqués? de presse\b|\bcomunicados? de prensa\b|\bcomunicat[oi] stampa\b|"
    r"\bpersbericht(?:en)?\b|\binformacj[ae] prasow[ae]\b|\btiedote\b|\bpressmeddelande\b|"
    r"\bpressemelding\b|\bpressemeddelelse\b|\btiskov[áé] zpráv[ay]\b|\btlačov[áé] správ[ay]\b|"
    # Croatian, Serbian, Slovene, Bulgarian, Lithuanian, Latvian, Estonian, Icelandic,
    # Vietnamese.
    r"\bpriopćenje za (?:medije|javnost)\b|саопштење за медије|\bsaopštenje za medije\b|"
    r"\bsporočilo za javnost\b|прессъобщение|\bpranešimas (?:spaudai|žiniasklaidai)\b|"
    r"\bpreses relīze\b|\bpressiteade\b|\bfréttatilkynning\b|thông cáo báo chí|"
    r"\bcomunicados? de imprensa\b|\bnotas? de imprensa\b|プレスリリース|新聞稿|新闻稿|보도자료|"
    r"\bnotas? de prensa\b|\bnotes? de presse\b|\bnot[ae] stampa\b|\bcomunicats? de premsa\b|"
    r"\bnot(?:a|es) de premsa\b|"
    r"\bsiaran pers\b|\bkenyataan (?:media|akhbar)\b|\bsiaran media\b|\bpersmededeling\b|"
    r"\bkomunikat prasowy\b|\bsajtóközlemény\b|\bcomunicat de presă\b|\bbasın bülteni\b|"
    r"\bδελτίο τύπου\b|пресс-релиз|прес-реліз|\btaarifa kwa vyombo vya habari\b|"
    r"بيان صحفي|بيان صحافي|ข่าวประชาสัมพันธ์|प्रेस विज्ञप्ति|প্রেস বিজ্ঞপ্তি|הודעה לעיתונות|"
    # The Japanese ministries' "報道発表" (press announcement), Marathi's and Hindi's
    # "प्रसिद्धीपत्रक" / "प्रेस नोट", Urdu's and Persian's "پریس ریلیز" / "اطلاعیه مطبوعاتی".
    # ... and a Japanese release's addressees ("報道関係者各位": to the press).
    r"報道発表|報道関係者(?:の皆様|\s?各位)|報道機関\s?各位|"
    r"प्रसिद्धीपत्रक|प्रसिद्धी पत्रक|प्रेस नोट|پریس ریلیز|اطلاعیه مطبوعاتی|"
    # Amharic "statement given to the press", "press statement"; Kazakh, Uzbek, Kyrgyz.
    r"ለጋዜጣ የተሰጠ መግለጫ|ጋዜጣዊ መግለጫ|የፕሬስ መግለጫ|баспасөз релизі|пресс-релизі|press-reliz",
    re.IGNORECASE,
)
# A mail header's field: its label and colon ("Tema:", "Betreff:", "Objet :").
_FIELD = re.compile(r"^[^\W\d_]{2,14}+\s?:")
# The masthead's organisation has at most this many words.
MASTHEAD_WORDS = 6


def is_release(draft: Draft) -> bool:
    """Whether the page says it is a press release or notice: its label in the furniture
    over the headline or as the headline's kicker."""
    furniture = _furniture(draft)
    return any(RELEASE.search(line) for line in [*furniture, draft.kicker or ""])


def read_release_masthead(draft: Draft) -> bool:
    """A press release or notice on an organisation's own site ("Media release" as its
    kicker, "Press Releases" among the menus) is issued by the organisation its masthead
    names ("Department of Emergency Services", "Office of the Mayor"): the first line of
    the page's furniture over the headline that names an organisation. (Read when no ©
    line names the site's owner, as the masthead may give a second, shorter name: "Kiel
    University" under "Christian-Albrechts-Universität zu Kiel".) True when the source was
    read."""
    # A mailed release's masthead under the mail's header ("Kauno miesto savivaldybė" over
    # "PRANEŠIMAS ŽINIASKLAIDAI"), its subject saying it is a release.
    mailed = [
        " ".join(text.split())
        for rule, text in draft.removed
        if rule == "e-mail header" and "@" not in text and not _FIELD.match(text)
    ]
    subjects = [text for rule, text in draft.removed if rule == "e-mail header" and "@" not in text]
    furniture = _furniture(draft) + mailed
    if not any(RELEASE.search(line) for line in [*furniture, *subjects, draft.kicker or ""]):
        return False
    # "Ville de Grenoble – Direction de la communication": the organisation, then its
    # department or address after a dash or bar. (A mail has no menus: its masthead may
    # be written as a sentence is, "Kauno miesto savivaldybė".)
    for line in (part for text in furniture for part in _masthead_names(text)):
        if (
            len(line.split()) <= MASTHEAD_WORDS
            and not RELEASE.search(line)
            and not any(c.isdigit() for c in line)
            and clutter_of(line) is None
            and organisation_of(line) == line
            and (line in mailed or not is_menu_label(line))
        ):
            draft.source, draft.source_weak = line, False
            draft.recognised.append(
                f"source {line!r} from the masthead of a release {excerpt(line)}"
            )
            return True
    return False


# Between an organisation and its department or address on a masthead's line.
_PARTS = re.compile(r"(?<!\s)\s++[–—|·•-]\s++")


def _masthead_names(line: str) -> list[str]:
    """A masthead's line, and its first part when a dash or bar parts it ("Mairie de Lyon —
    Direction de la communication", "Stadt Ulm | Rathaus, Marktplatz 1")."""
    first = _PARTS.split(line, maxsplit=1)[0]
    return [line, first] if first != line else [line]


def is_menu_label(line: str) -> bool:
    """ "Media and news", "Sala de prensa", "Über uns": a menu's label, written as a sentence
    is (a capital first, its other words small), not an organisation's name ("NSW Rural Fire
    Service", "Ayuntamiento de Huesca", whose words are capitalised but for particles)."""
    words = line.split()
    cased = [word for word in words[1:] if word[:1].isupper() or word[:1].islower()]
    # In a script without capitals ("የኢትዮጵያ ንጹህ ውሃ ማህበር") no word tells it.
    return (
        len(words) > 1
        and bool(cased)
        and not any(word[:1].isupper() or not word[:1].isalpha() for word in words[1:])
    )


def masthead_in_full(name: str, draft: Draft) -> str | None:
    """The organisation a release's masthead names in full that the press office names by
    its initials ("MPK S.A." under "Miejskie Przedsiębiorstwo Komunikacyjne S.A. w
    Krakowie"); None when no line over the headline spells it out."""
    short = name.split()[0]
    if not (2 <= len(short) <= INITIALS and short.isupper() and short.isalpha()):
        return None
    for line in _furniture(draft):
        words = line.split()
        if len(words) > MASTHEAD_WORDS + 2 or not initials_of(line).startswith(short):
            continue
        # Its legal form may stand before its seat: "… S.A. w Krakowie", "… GmbH in Ulm".
        if any(organisation_of(" ".join(words[:end])) for end in range(2, len(words) + 1)):
            return line
    return None
