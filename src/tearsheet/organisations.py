"""Organisations among the names an import reads: companies by their legal form, teams,
institutions; an issuer's full name in a press release's first words."""

from __future__ import annotations

import re
import unicodedata

from tearsheet.bodywords import BODY_ENDS, BODY_WORDS, GOVERNMENT_WORDS
from tearsheet.personnames import has_given_name, is_common_given_name, is_name, is_person
from tearsheet.zones import stop_words

# A company's legal form, after its name or (Indonesian "PT") before it: the forms of the
# languages' company law (Polish "Sp. z o.o. SKA", Spanish "S.A.U.", Mexican "S.A. de C.V.",
# Turkish "A.Ş.", Malaysian "Sdn. Bhd.", Bulgarian "ЕАД", Ukrainian "ТОВ", German "e.V.").
LEGAL_FORM_WORDS = (
    r"(?:Pvt\.?\s++|Pty\.?\s++|Private\s++|Proprietary\s++)?"
    r"(?:[Ss]p\.\s?z\s?o\.\s?o\.(?:\s(?:SKA|S\.K\.A\.|[Ss]p\.\s?k\.))?|[Ss]p\.\s?[kj]\.|"
    r"S\.A\.\sde\sC\.V\.|S\.A\.U\.|S\.L\.U\.|S\.R\.L\.|S\.C\.A\.|A\.Ş\.|Ltd\.\sŞti\.|"
    r"Sdn\.?\sBhd\.?|Bhd\.?|Ltda\.?|Lda\.?|e\.V\.|gGmbH|GmbH\s?&\s?Co\.\s?KG|"
    r"Oyj?|AB|ASA?|A/S|ApS|GmbH|AG|KG|SE|S\.?A\.?|S\.A\.S\.|SAS|SARL|S\.L\.|S\.p\.A\.|SpA|"
    r"S\.r\.l\.|Srl|B\.?V\.?|N\.?V\.?|Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|PLC|plc|a\.s\.|"
    r"s\.\s?r\.\s?o\.|a\.\ss\.|Kft\.?|Zrt\.?|Nyrt\.?|d\.o\.o\.|d\.d\.|д\.о\.о\.|ЕАД|ЕООД|ООД|ООО|ПАО|"
    r"АО|ТОВ|ПрАТ|Tbk)"
)
LEGAL_FORM = re.compile(rf"\s{LEGAL_FORM_WORDS}$|^PT\.?\s++[A-Z]")
# A press release's first words after its dateline: the issuer by its full name, with its
# legal form ("Die Stadtwerke Neu-Ulm GmbH legen", "Kaveri AgriTech Pvt. Ltd., one of",
# "PT Kereta Api Indonesia (Persero) menyiapkan", "บริษัท สยามโซลาร์ จำกัด (มหาชน)"), its
# name quoted ("„Топлофикация София“ ЕАД започва"); the languages' article before it is
# not the name's (Hungarian "A Dunavíz Zrt. átadta", Portuguese "A Águas do Vale S.A.
# anuncia", "O Banco Minho S.A. lança").
ISSUER = re.compile(
    r"(?:(?:[Tt]he|[Dd]ie|[Dd]er|[Dd]as|[Ll]es?|[Ll]a|[Ee]l|[Ll]os|[Ii]l|[Dd]e|[Hh]et)\s++)?"
    # (Possessive: a capital alone is not tried again as the name's first letter, which
    # would double the work on a run of them.)
    r"(?:(?:Az?|O|Os|As)\s++)?+"
    rf"(?P<name>PT\.?\s[^,.;:()\n]{{2,60}}?\s\(Persero\)|บริษัท\s[^\n]{{2,60}}?\sจำกัด(?:\s*+\(มหาชน\))?|"
    rf"[„\"«“]?[^\W\d_][^,;:()\n]{{1,70}}?\s{LEGAL_FORM_WORDS})(?=[\s,])"
)
# Words naming an organisation: "Nation Media Group", "Ministerul Educației", "Prairie
# Hearth Credit Union" (none of them a given name or a common surname).
_ORGANISATION_WORDS = (
    frozenset(
        "media group gruppe grupo gruppo groep news publishing publications network broadcasting "
        "corporation company verlag ministry ministerium ministerio ministère ministero ministerul "
        "ministerstvo ministerie ministeriet minisztérium department council university "
        "universität universidad université università universiteit universitet foundation "
        "stiftung fundación fondation fondazione trust association institute institut agency "
        "agentur agencia agência agentschap agence agenzia union banco banque comune commune "
        "gemeente kommune kommun municipality municipio município prefecture préfecture "
        "prefettura office bureau "
        "stadtwerke hospital sport sports spor deportes esporte cooperative coopérative "
        "cooperativa coöperatie genossenschaft spółdzielnia družstvo osuuskunta borettslag "
        "bostadsrättsförening boligforening".split()
    )
    | frozenset(
        # A ministry and a university in the other languages import reads ("Kementerian
        # Kesehatan", "Ministerstwo Infrastruktury", "Universiti Teknologi Malaysia").
        "ministerstwo министерство міністерство υπουργείο bakanlığı kementerian kementrian "
        "universitas universiti".split()
    )
    | frozenset("press presse agency agence agencia agenzia agentur ajansı агентство".split())
    # A campaign, a society, a club, an alliance that sends its own newsletter ("Bristol
    # Cycling Campaign", "Fietsersbond", "Naturschutzverein"), in the core languages and
    # the sets' others.
    | frozenset(
        """campaign campaigns kampagne campagne campaña campagna campanha kampania society
        société sociedad società sociedade alliance allianz alianza alleanza
        aliança coalition koalition coalición coalizione initiative iniciativa iniziativa
        inicjatywa charity verein vereniging förening forening yhdistys egyesület asociación
        associação associazione stowarzyszenie spolek dernek derneği fietsersbond""".split()
    )
    # Malay's and Indonesian's "board", "body", "corporation", "company", "commission",
    # "foundation", "association", "enterprise" ("Lembaga Air Negeri Perak").
    | frozenset(
        "lembaga badan perbadanan syarikat suruhanjaya yayasan persatuan perusahaan".split()
    )
    # Amharic "association", "organisation", "commission", "authority", "enterprise".
    | frozenset("ማህበር ማኅበር ድርጅት ኮሚሽን ባለሥልጣን ባለስልጣን ኢንተርፕራይዝ".split())
)
# "Team Natuurmonumenten", "The Acme Team", "Das Team von Acme", "L'équipe de Acme".
_TEAM = re.compile(
    r"(?:(?:the\s++)?team|das\s++team\s++(?:von|der|des)|l['’]équipe\s++(?:de\s++|d['’])|"
    r"el\s++equipo\s++de|il\s++team\s++di|(?:het\s++)?team(?:\s++van)?|"
    r"zespół)(?:(?<=\w)\s++|(?<=[\s'’]))(?P<after>[A-Z][\w&.\-’' ]{1,40}+)"
    r"|(?:the\s++)?(?P<before>[A-Z][\w&.\-’' ]{1,40}?)\s++team",
    re.IGNORECASE,
)


def organisation_of(name: str) -> str | None:
    """The organisation a writer's name stands for: a company by its legal form ("Bostad
    AB", "Acme S.A.", "PT Kereta Api Indonesia"), a team by its organisation ("Team
    Natuurmonumenten", "The Acme Team", "L'équipe de Wassa Pay"); None for a person."""
    if match := _TEAM.fullmatch(name.strip()):
        return next(group for group in match.groups() if group)
    if _CITY_OF.match(name.strip()):
        return name.strip()  # "Ville de Saint-Étienne-du-Lac", "City of Tshwane"
    if LEGAL_FORM.search(name.strip()) or any(
        word.casefold() in _ORGANISATION_WORDS
        or word.casefold() in BODY_WORDS - GOVERNMENT_WORDS
        or word.casefold().endswith(BODY_ENDS)
        for word in name.split()
    ):
        return name.strip()
    return None


# A city or town as its own council names itself: the languages' word for it and their "of"
# before a capitalised name ("Ville de Saint-Étienne-du-Lac", "City of Tshwane", "Città di
# Treviso", "Ciudad de Mendoza"); without "of" the word may be a given name ("Ville
# Virtanen").
_CITY_OF = re.compile(
    r"(?:ville|city|town|borough|città|ciudad|cidade|vila|villa|cité|stad|staden|byen)\s++"
    r"(?:de\s++la\s++|de\s++|du\s++|des\s++|d['’]\s*+|of\s++(?:the\s++)?|di\s++|da\s++|do\s++|van\s++)"
    r"(?-i:(?=[A-ZÀ-Þ]))[^\W\d_][\w’'-]*+(?:\s++[^\W\d_][\w’'-]*+){0,3}$",
    re.IGNORECASE,
)


def initials_of(name: str) -> str:
    """ "KAI" of "PT Kereta Api Indonesia (Persero)": the capitals of its words, without its
    legal form and what is in parentheses."""
    return "".join(
        word[0]
        for word in re.sub(r"\([^()]*\)", "", name).split()
        if word[0].isupper()
        and not re.fullmatch(LEGAL_FORM_WORDS, word)
        and word.rstrip(".") not in ("PT", "CV")
    )


def is_organisation_name(name: str) -> bool:
    """An organisation's name has few words in small letters, and those its particles
    ("Transports publics de la région lausannoise SA"); "The council said on Monday that
    SA" is a sentence."""
    small = [
        word
        for word in name.split()
        if word[:1].islower() and word.casefold() not in _NAME_PARTICLES
    ]
    return len(small) <= MAX_SMALL_WORDS and not any(w in _SENTENCE_WORDS for w in small)


# At most this many words in small letters (not particles) in an organisation's name.
MAX_SMALL_WORDS = 3
# Words that make a sentence of a name: "said", "that", "ist", "que".
_SENTENCE_WORDS = frozenset(
    "said says that is was has have will would on at to for with which who "
    "ist hat sagte dass wird que qui est a dit sera dice dijo es ha è ha che zegt is heeft".split()
)


# Words inside an organisation's name that are function words elsewhere.
_NAME_PARTICLES = frozenset(
    "de la le les des du d' of and für der die das di del della van von y et e och og og & zu am "
    "do da dos das".split()
)


# Articles opening a publication's name in the languages import reads most.
_ARTICLES = frozenset("the a an el la le les los las il lo gli der die das de het o os as".split())


def is_reporter_name(name: str, lang: str | None) -> bool:
    """A person's name in a credit ("Avec les informations de Rémi Authier"), by a known
    given name or the language's shape of one; not an agency's ("Reuters")."""
    person = is_name(name) and is_person(name) and has_given_name(name)
    return person or is_personal_name(name, lang)


def is_personal_name(name: str, lang: str | None = None) -> bool:
    """ "Harriet Okonedo", "Tomás Ferreira-Hall": a person's name, a known given name and a
    surname, as a personal blog's or newsletter's © line gives it; not "Thai PBS", "Hope
    Street Media" (a word in capitals, an organisation's word)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not is_name(name) or organisation_of(name) is not None:
        return False
    if any(len(word) > 1 and word.isupper() for word in words):
        return False
    first = words[0].casefold()
    if first in _ARTICLES:
        return False  # "The Saturday Five", "El Heraldo de Oaxaca"
    # A language's common words may hold a common given name ("алексей" in Russian's).
    return has_given_name(words[0]) and (
        first not in stop_words(lang) or len(first) > SHORT_WORD or is_common_given_name(first)
    )


# A function word opening a title is at most this long ("Le", "Die", "Una").
SHORT_WORD = 4


# An abbreviation that an organisation goes by: capitals only ("AEMET", "AMB", "SBB").
_ABBREVIATION = re.compile(r"[A-ZÀ-ÞΑ-ΩА-Я]{2,8}+")
# An article elided before a name: "L'Àrea Metropolitana", "d'Estudis".
_ELIDED = re.compile(r"^(?i:l|d|dell|all|nell)['’]")
# The words before an abbreviation's parentheses that may spell it out.
SPELLED_WORDS = 10


def spelled_out(abbreviation: str, paragraphs: list[str]) -> str | None:
    """The name an abbreviation stands for where the text first spells it out before it in
    parentheses ("La Agencia Estatal de Meteorología (AEMET)", "L'Àrea Metropolitana de
    Barcelona (AMB)"): its capitals' initials are the abbreviation's letters, in order.
    None when the text does not ("Die Schweizerischen Bundesbahnen SBB")."""
    if not _ABBREVIATION.fullmatch(abbreviation):
        return None
    mark = re.compile(rf"\(\s*+{re.escape(abbreviation)}\s*+\)")
    for paragraph in paragraphs:
        if found := mark.search(paragraph):
            words = paragraph[: found.start()].split()[-SPELLED_WORDS:]
            return _spelling(abbreviation, words)
    return None


def _spelling(abbreviation: str, words: list[str]) -> str | None:
    """The last words that spell the abbreviation out, from the word its first letter
    opens."""
    letters = _folded(abbreviation)
    for start in range(len(words) - 1, -1, -1):
        first = _ELIDED.sub("", words[start])
        name = [first, *words[start + 1 :]]
        if not first[:1].isupper() or _folded(first[0]) != letters[0]:
            continue
        initials = "".join(_folded(word[0]) for word in name if word[:1].isupper())
        if (
            len(name) > 1
            and _in_order(initials, letters)
            and _in_order(letters, _folded("".join(name)))
        ):
            return " ".join(name).rstrip(",;:")
    return None


def _folded(text: str) -> str:
    """Letters without case or accents ("Àrea" → "area")."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


def _in_order(part: str, whole: str) -> bool:
    """Every letter of ``part`` is in ``whole``, in the same order."""
    rest = iter(whole)
    return all(letter in rest for letter in part)


# A company by its legal form in Japanese, Chinese or Korean, before or after its name
# ("株式会社ミナトフーズ", "台灣食品股份有限公司", "(주)한빛식품").
_CJK_COMPANY = re.compile(
    r"(?:株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益財団法人|学校法人|医療法人|"
    r"주식회사|\(주\)|㈜)\s?[^\s,.。、]{1,30}+|"
    r"[^\s,.。、]{1,30}?\s?(?:株式会社|有限会社|合同会社|股份有限公司|有限公司|주식회사|\(주\)|㈜)"
)


def is_company_name(line: str) -> bool:
    """A company's name alone on its line, by its legal form: "Acme Foods GmbH",
    "株式会社ミナトフーズ" (a release's issuer over its date, not its headline)."""
    line = " ".join(line.split())
    if _CJK_COMPANY.fullmatch(line):
        return True
    return bool(LEGAL_FORM.search(line)) and organisation_of(line) == line
