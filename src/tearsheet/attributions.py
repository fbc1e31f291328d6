"""Attribution rules: the closing lines that credit an article (a source line, a © line, an
agency's credit, "About <organisation>"), whose name is read as the source or byline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tearsheet.footerrules import ABOUT_LINE


@dataclass(frozen=True)
class AttributionRule:
    """A closing line that credits the article: its ``name`` group is the source or author."""

    name: str
    pattern: re.Pattern[str]
    field: str  # "source" or "byline"

    def credit(self, match: re.Match[str]) -> str:
        """The name the line credits (a rule may write it in more than one way), without the
        title marks Chinese sets a publication's name in, nor the issue after them
        ("《三联生活周刊》2026年第37期" credits 三联生活周刊)."""
        return publication_name(
            next(v for k, v in match.groupdict().items() if k.startswith("name") and v)
        )


def publication_name(name: str) -> str:
    """A credited name without the Chinese title marks around a publication's name and the
    issue after them ("《三联生活周刊》2026年第37期" → 三联生活周刊)."""
    titled = _TITLE_MARKED.fullmatch(name.strip())
    return titled["title"] if titled else name


# A publication's name in Chinese title marks, its issue after it ("2026年第37期").
_TITLE_MARKED = re.compile(
    r"《(?P<title>[^《》]{1,40}+)》\s*+(?:\d{4}\s*+年\s*+第?\s*+\d{1,3}\s*+期)?"
)


def _attribution(
    name: str, pattern: str, field: str = "source", flags: re.RegexFlag = re.IGNORECASE
) -> AttributionRule:
    return AttributionRule(name, re.compile(pattern, flags), field)


_NAME = r"(?P<name>[^()\n]{2,80}?)"
# The rights reserved, written before the © in some languages: "כל הזכויות שמורות © 2025
# ידיעות אינטרנט", "جميع الحقوق محفوظة © مصراوي", "Tüm hakları saklıdır. © 2025 Hürriyet".
_RIGHTS_FIRST = (
    "(כל הזכויות שמורות|جميع الحقوق محفوظة|tüm hakları saklıdır|riproduzione riservata|"
    "版权所有|版權所有|all rights reserved)"
)
# Capital letters of the Latin, Czech, Polish, Greek and Cyrillic alphabets.
_CAPS = "A-ZÀ-ÖØ-ÞČĎĚŇŘŠŤŮŽŁŚŻŹĆ\u0391-\u03a9\u0410-\u042f"

# "Con información de EFE", "Avec les informations de La Presse canadienne", "With files
# from The Canadian Press", "De la Redacción y EFE": the agency the story draws on.
AGENCY_CREDIT = re.compile(
    r"[(\[]?(?<!\s)\s*+(?:con (?:la )?informaci[oó]n(?:es)? de|con info de|"
    r"avec (?:les |des )?informations? (?:de|d['’]\s*+)|"
    r"with files from|with information from|with (?:additional )?reporting from|"
    r"com informações d[aeo]s?|com informação d[aeo]|mit material (?:von|der|des)|"
    r"con informazioni d[i'’]\s*+|met informatie van|z informacji|"
    # Bulgarian, Russian and Ukrainian "from (the) information of" ("По информация на БТА").
    r"по информация на|по информации|по інформації|"
    r"(?:de |por )?(?:la )?redacci[oó]n (?:y|con|\+)|(?:la )?rédaction (?:et|avec)|"
    r"redazione (?:e|con)|redaktion (?:und|mit)|redactie (?:en|met))\s*+"
    r"(?P<name>[^\W\d_][^()\[\]\n]{1,60}?)\s*+[)\]]?\.?",
    re.IGNORECASE,
)

# Read by tearsheet.credits with the closing lines; not one of ATTRIBUTION_RULES, which
# the zones keep at the end of the article.
AGENCY_CREDIT_RULE = AttributionRule("agency credit", AGENCY_CREDIT, "source")

ATTRIBUTION_RULES: tuple[AttributionRule, ...] = (
    _attribution(
        "source line",
        r"\(?\s*(source|sources|quelle|fuente|fonte|bron|źródło|źródła|zdroj|kilde|källa|lähde|"
        rf"forrás|kaynak|sursa|πηγή|источник|джерело|sumber|来源|來源|出处|出處|發布單位|发布单位|"
        rf"출처|nguồn|المصدر|منبع|מקור|स्रोत|izvor|vir|šaltinis|avots|allikas)"
        # The label's colon, or a space before an agency's name in capitals ("Sumber ANTARA").
        rf"(?:\s*[:：]\s*|\s++(?=(?-i:[A-ZÀ-ÞА-ЯΑ-Ω]{{2,}})\b)){_NAME}\s*\)?\.?"
        # news aktuell's "Original-Content von: Stadtwerke Lindenau GmbH, übermittelt durch
        # news aktuell": the issuer, not the distributor.
        r"|original-content von:\s*+(?P<name_ots>[^()\n]{2,80}?),\s*+"
        r"übermittelt durch [^\n]{2,40}+",
    ),
    _attribution(
        "copyright line",
        # "TheAtlantic.com Copyright (c) 2025 by The Atlantic Monthly Group": a web address
        # before the line.
        rf"({_RIGHTS_FIRST}\.?\s*+|[\w-]++\.[a-z]{{2,4}}+\s++)?"
        r"((?P<mark>[©ⓒ]|\(c\))|copyright|bản quyền(?: thuộc(?: về)?)?)\s*"
        r"((©|\(c\)|copyright)\s*)?([-–:]\s*)?"
        # "2026-27": the range's end year may be written short.
        rf"((?P<year>\d{{4}})(\s*[-–]\s*(?:\d{{4}}|\d{{2}}(?!\d)))?\s*,?\s*)?{_NAME}"
        r"(?:,?\s*+\d{4}(\s*[-–]\s*\d{4})?)?[.,]?(\s*(all rights reserved|alle rechte vorbehalten|"
        r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
        r"todos os direitos reservados|"
        r"alle rechten voorbehouden|wszelkie prawa zastrzeżone)\.?)?"
        # A site's build mark after the line: "(dcr)".
        r"(\s*+\([a-z]{1,6}+\))?"
        # After "© Name." the site's sentences: "Використання матеріалів дозволяється …".
        r"(?(mark)((?<=\.)\s++\S++(?:\s++\S++){2,}+[^\n]{0,300}+)?|)",
    ),
    # PR Newswire's closing "SOURCE Greenfield Foods", in capitals.
    _attribution("wire source line", rf"SOURCE\s++{_NAME}", flags=re.NOFLAG),
    _attribution("about the organisation", ABOUT_LINE, flags=re.NOFLAG),
    _attribution(
        "originally published",
        rf"((this (article|story|post|piece|essay|column) )?(was )?(originally|first) "
        rf"(published|appeared|ran) (by|in|on|at)|"
        # The same note in the core languages ("Dieser Artikel erschien zuerst auf Zeit
        # Online.", "Cet article a d'abord été publié sur The Conversation.").
        r"(dieser|der) (artikel|beitrag|text) (erschien|ist) (zuerst|ursprünglich) (auf|in|bei)|"
        r"(cet|l['’]) ?article a (d['’]abord|initialement|originellement|été initialement) "
        r"(été )?publié (sur|dans|par)|"
        r"este (artículo|texto) (se publicó|fue publicado) originalmente en|"
        r"questo articolo è stato (pubblicato originariamente|originariamente pubblicato) su|"
        r"este (artigo|texto) foi (publicado originalmente|originalmente publicado) (no|na|em)|"
        r"dit (artikel|stuk) (verscheen|is) (eerder|eerst|oorspronkelijk) (op|in|bij)|"
        r"(ten )?(artykuł|tekst) (ukazał|pojawił) się (pierwotnie|po raz pierwszy) w"
        rf"(?: serwisie)?) {_NAME}"
        r"(,? on [^.]{3,30})?( erschienen| verschenen| gepubliceerd)?\.?",
    ),
    # "— Hannah Price": the writer's full name under the piece. (A first name alone, "—
    # Nora", signs a newsletter's letter: tearsheet.letters keeps it in the body.)
    _attribution(
        "signature",
        r"(—|–|--|-)\s*(?P<name>[A-Z][\w.'’-]*(\s+((de|da|do|dos|van|von|der|den|del|di|du|la|le)\s+)?"
        r"[A-Z][\w.'’-]*){1,3})\s*",
        field="byline",
        flags=re.NOFLAG,
    ),
)


# A wire's sign-off closing the story: "(ANSA)", "(©NTB)", "/ritzau/", "AAP", "ČTK",
# "Lusa/Fim": in capitals (a word in lower case in parentheses may be the writer's initials,
# "(rip)", or a note, "(foto)"). Read only at the very end of the article or right under it
# (tearsheet.credits), not as a credit line the zones keep: "GPS" alone may be a heading.
SIGN_OFF = re.compile(
    rf"\(\s*+©?\s*+(?P<name>[{_CAPS}]{{2,10}}+)(?:/[a-z]{{2,4}}+)?\s*+\)\.?"
    # ("/МС/", two capitals between slashes, are an editor's initials.)
    rf"|/(?!\w{{2}}/)(?P<name_slashed>[^\W\d_][\w.-]{{1,15}}+)/"
    rf"|(?P<name_capitals>[{_CAPS}]{{2,8}}+)"
    r"|(?P<name_ended>[A-Z][a-z]{2,10}+)/(?:Fim|Fin|Ende|End|Slut|Loppu)"
)
SIGN_OFF_RULE = AttributionRule("wire sign-off", SIGN_OFF, "source")
