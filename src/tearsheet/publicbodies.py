"""Public bodies by their names' words, in the languages import reads: a ministry, a city's
council, a municipality ("Ayuntamiento de Huesca", "Gemeente Veldhoven-West", "Ministerie van
Sociale Zaken en Werkgelegenheid"), which issue the news their own sites publish."""

from __future__ import annotations

import re

from tearsheet.bodywords import BODY_ENDS as _BODY_ENDS
from tearsheet.bodywords import BODY_WORDS as _BODY_WORDS
from tearsheet.recognise import Draft, excerpt
from tearsheet.zones import clutter_of

# The particles inside a public body's name: "Ayuntamiento de Huesca", "Ministry of Health
# and Social Care", "Ministerie van Sociale Zaken en Werkgelegenheid".
_PARTICLES = frozenset(
    """of and for the de del la las los y e et des du d' di della delle dei degli van en voor
    het für und der die das des von zu do da dos das i och og ja a az és și ve w z na l
    d dell all dall nell""".split()
)
# The words that qualify a public body without naming one: "City Council", "Federal
# Government", "Gobierno Municipal".
_GENERIC = frozenset(
    """city town county state federal national regional local municipal public our your
    stadt stadtrat bund land ville ciudad città cidade stad miasto municipal municipale
    nacional national nazionale federal federale estatal regional órgãos órganos organismos
    organismes le el il lo""".split()
)
# The words a public body's name writes small: its particles, the body's own word
# ("Sosiaali- ja terveysministeriö", "Vilniaus miesto savivaldybė") and the city's or
# district's in the genitive before it.
_SMALL_WORDS = _PARTICLES | _BODY_WORDS | frozenset("miesto rajono miasta powiatu".split())
# A public body's name has at most this many words.
BODY_WORDS = 9
_ELIDED = re.compile(r"(?<![^\W\d_])(d|l|dell|all|dall|nell)['’](?=[^\W\d_])", re.IGNORECASE)
# Between the body and its address or its department ("Comune di Treviso – Settore Lavori
# Pubblici", "Mairie de Lyon — Direction de la communication").
_SPLIT = re.compile(r"(?<!\s)\s++[·|•–—]\s++")
# French writes the adjective closing a body's name small ("Ministère de l'Agriculture et de
# la Souveraineté alimentaire", "… de la Transition écologique"), after a capitalised noun.
_SMALL_ADJECTIVE = re.compile(r"(?:aire|ique|ale|elle|ienne|ive|ière|oire)$")


def public_body(line: str) -> str | None:
    """The public body a line names alone, or first before its address or department
    ("Ayuntamiento de Huesca · Plaza de la Catedral, 1", "Tartu Linnavalitsus, Raekoda, 50089
    Tartu", "Comune di Treviso – Settore Lavori Pubblici"): its
    words capitalised but for particles, one of them a public body's; None for a menu's
    words ("Ayuntamiento", "Media and news"), a sentence or anything else."""
    name = _SPLIT.split(" ".join(line.split()), maxsplit=1)[0].strip(" .")
    if (comma := name.find(", ")) > 0 and any(char.isdigit() for char in name[comma:]):
        name = name[:comma]  # "Tartu Linnavalitsus, Raekoda, 50089 Tartu": its address
    # An elided particle is a word of its own: "Departament d'Acció Climàtica".
    words = _ELIDED.sub(r"\1' ", name).split()
    if not 2 <= len(words) <= BODY_WORDS or any(char.isdigit() for char in name):
        return None
    if any(mark in name for mark in ":;!?()@/"):
        return None
    # (Lower case, not casefold: that writes Greek's final sigma as a middle one, "δήμοσ".)
    folded = [word.lower().strip(",.’'") for word in words]
    if not any(word in _BODY_WORDS or word.endswith(_BODY_ENDS) for word in folded):
        return None
    small = [fold for word, fold in zip(words, folded, strict=True) if word[0].islower()]
    if (
        len(words) > 3
        and words[-1][0].islower()
        and words[-2][0].isupper()
        and _SMALL_ADJECTIVE.search(folded[-1])
    ):
        small.pop()  # "… de la Souveraineté alimentaire"
    if not all(fold in _SMALL_WORDS or fold.endswith(_BODY_ENDS) for fold in small):
        return None  # "Meer over de gemeente", "Ministry says talks will resume"
    if all(word in _BODY_WORDS or word in _GENERIC or word in _PARTICLES for word in folded):
        return None  # "City Council", "Local Government": a menu's or a section's words
    return name


def read_public_body(closing: list[str], draft: Draft) -> bool:
    """A public body's own news page names the body that issued it in the line closing the
    story ("Ministerie van Sociale Zaken en Werkgelegenheid", as Rijksoverheid's pages do):
    it is the source when nothing else named one. ``closing`` holds the line under the
    story. True when the source was read.

    (The body in the site's masthead, "Ayuntamiento de Huesca" over the headline, is not
    read: every form of that rule lowered an untuned set.)"""
    # A block's lines one by one: "Από το Γραφείο Τύπου" / "Δήμος Καλαμάτας" / its address.
    for line in (part for block in closing for part in block.splitlines()):
        if clutter_of(line) is None and (name := public_body(line)):
            # Weak, as a © line's holder is: an agency's credit or a release's issuer wins.
            draft.source, draft.source_weak = name, True
            draft.recognised.append(f"source {name!r} from the public body {excerpt(line)}")
            return True
    return False


# The reasons the lines over the headline went for: the site's name among them.
_OVER_HEADLINE = frozenset(("masthead name", "page furniture above the headline"))


def read_named_twice(tail: list[str], draft: Draft) -> bool:
    """A public body's site names the body over its headline and again in its footer
    ("Gemeente Utrecht" in the masthead, "Gemeente Utrecht / Bel 14 030 / Stadskantoor …"
    at the foot): the body that issued the page, when nothing else named a source. The
    masthead's name alone is not enough (a paper's section is named so too)."""
    over = {text.strip() for reason, text in draft.removed if reason in _OVER_HEADLINE}
    for line in (part.strip() for block in tail for part in block.splitlines()):
        if line in over and clutter_of(line) is None and (name := public_body(line)):
            draft.source, draft.source_weak = name, True
            draft.recognised.append(f"source {name!r} from the site's name over and under it")
            return True
    return False


# A government's own site, by its domain anywhere on the page ("gov.br", "agriculture.gouv.fr",
# "hanoi.gov.vn", "bmi.bund.de", "www.admin.ch", "www.nps.gov").
_GOVERNMENT_DOMAIN = re.compile(
    r"(?<![\w-])(?:gov|gouv|gob|govt|gv|go|gc|admin|bund)\.[a-z]{2}\b|(?<=[a-z\d])\.gov\b",
    re.IGNORECASE,
)


def read_government_masthead(tail: list[str], draft: Draft) -> bool:
    """A government's own site (its domain in the menu or the footer: "gov.br",
    "agriculture.gouv.fr") names the ministry that runs it over the headline ("Ministério da
    Saúde"): the body that issued the page, when nothing else named a source. (A paper's
    masthead alone is not enough: its sections are named so too.)"""
    texts = [text for _, text in draft.removed] + tail
    if not any(_GOVERNMENT_DOMAIN.search(text) for text in texts):
        return False
    # The last one over the headline: the government's own bar and menu come first.
    for reason, text in reversed(draft.removed):
        line = text.strip()
        if reason in _OVER_HEADLINE and clutter_of(line) is None and (name := public_body(line)):
            draft.source, draft.source_weak = name, True
            draft.recognised.append(f"source {name!r} from the government site's masthead")
            return True
    return False


# A notice's first sentence: the body, after the language's article, and the present tense
# of "informs" or "announces" ("El Ayuntamiento de Valladolid informa de que …", "Die Stadt
# Münster teilt mit, dass …", "The Ministry of Health informs …"). A story tells what a body
# did, in the past tense ("announced", "anunció"), and is no notice of its own.
_ANNOUNCES = re.compile(
    r"\A(?:(?:el|la|los|las|le|les|l['’]|il|lo|i|gli|o|a|os|as|the|die|der|das|de|het|"
    r"η|ο|το)\s++)?(?P<body>[^\W\d_][^,;:.!?\n]{3,120}?)\s++"
    r"(?:informa|comunica|anuncia|avisa|recuerda|informe|annonce|communique|rappelle|"
    r"informs|announces|notifies|reminds|teilt\s++mit|informiert|gibt\s++bekannt|"
    r"informeert|meldt|deelt\s++mee|maakt\s++bekend|informuje|ogłasza|przypomina|"
    r"oznamuje|tiedottaa|ilmoittaa|meddelar|informerar|informerer|"
    r"ενημερώνει|ανακοινώνει)\b",
    re.IGNORECASE,
)


# The notice's first sentence is among its first paragraphs (a section's label over it).
OPENING_REACH = 2


def read_announcing_body(paragraphs: list[str], draft: Draft) -> bool:
    """A notice a public body issued opens by naming it as announcing ("El Ayuntamiento de
    Valladolid informa de que …"): it is the source when nothing else named one. True when
    the source was read."""
    if draft.source is not None:
        return False
    for opening in paragraphs[:OPENING_REACH]:
        found = _ANNOUNCES.match(" ".join(opening.split()[: BODY_WORDS + 4]))
        if found and (name := public_body(found["body"])):
            draft.source, draft.source_weak = name, True
            draft.recognised.append(f"source {name!r} from the notice {excerpt(found.group())}")
            return True
    return False
