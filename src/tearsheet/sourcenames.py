"""The source's name settled once the credits are read: an agency in a source line the
import dropped as furniture, an abbreviation the story spells out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tearsheet.agencies import agency_of
from tearsheet.attributions import ATTRIBUTION_RULES
from tearsheet.copyrights import read_copyright_line
from tearsheet.letterheads import read_letterhead_issuer
from tearsheet.organisations import (
    ISSUER,
    LEGAL_FORM_WORDS,
    initials_of,
    is_organisation_name,
    spelled_out,
)

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# What the import removed under these rules is a picture's credit ("Foto: © Belga") or the
# mail's header, not the page's copyright line.
NOT_FOOTER_RULES = re.compile(r"caption|credit|photo|label|e-mail|button", re.IGNORECASE)
# An excerpt of a line in the notes of what was read is at most this long.
EXCERPT = 40


def spell_out_source(paragraphs: list[str], draft: Draft) -> None:
    """A source read as the abbreviation the story spells out ("AEMET" and "La Agencia
    Estatal de Meteorología (AEMET) informa …"): the organisation's name as the text
    writes it in full. A news agency's initials stay them ("EFE", "AP"). A release's
    letterhead its first paragraph names again issued it (tearsheet.letterheads)."""
    if read_letterhead_issuer(paragraphs, draft):
        return
    source = draft.source or ""
    if agency_of(source) is None and (name := spelled_out(source, paragraphs)):
        draft.source = name
        draft.recognised.append(f"source {name!r} spelled out for {source!r}")
    elif agency_of(source) is None and (name := _cjk_in_full(source, draft)):
        draft.source = name
        draft.recognised.append(f"source {name!r} in full for {source!r}")


def initials_in_full(footer: list[str], draft: Draft) -> None:
    """A source whose last word is initials ("Kementerian Kesehatan RI", read from the press
    office) as the page's © line writes it in full ("Kementerian Kesehatan Republik
    Indonesia"): the same words first, then words whose capitals are the initials."""
    source = draft.source or ""
    *words, last = source.split() or [""]
    if not words or not (2 <= len(last) <= INITIALS and last.isupper() and last.isalpha()):
        return
    lead = " ".join(words) + " "
    for holder in filter(None, map(read_copyright_line, footer)):
        rest = holder[len(lead) :].split() if holder.startswith(lead) else []
        if len(rest) == len(last) and "".join(word[0] for word in rest) == last:
            draft.source = holder
            draft.recognised.append(f"source {holder!r} in full for {source!r}")
            return


def _cjk_in_full(source: str, draft: Draft) -> str | None:
    """A Chinese or Japanese organisation's short name ("来源：市绿化市容局") in full as the
    page's masthead or footer writes it alone or after a label ("上海市绿化和市容管理局"): a
    longer name that holds its characters in order and ends much as it does."""
    if not _CJK_NAME.fullmatch(source):
        return None
    # The name alone on its line, or after a label ("主办单位：上海市绿化和市容管理局").
    names = {text.strip().rsplit("：", 1)[-1].strip() for _, text in draft.removed}
    names = {name for name in names if _CJK_NAME.fullmatch(name)}
    # Its last character in the name's last ones ("卫健委" for "卫生健康委员会").
    longer = [n for n in names if len(n) > len(source) and source[-1] in n[-TAIL_CHARS:]]
    # Abbreviated, not a part of it: "疾病管制署" is the agency of "衛生福利部疾病管制署".
    held = (n for n in longer if source not in n and _holds_in_order(n, source))
    return min(held, key=len, default=None)


def _holds_in_order(name: str, short: str) -> bool:
    """Every character of ``short`` is in ``name``, in the same order."""
    rest = iter(name)
    return all(char in rest for char in short)


# Initials closing a source's name ("RI", "NSW") are at most this many letters.
INITIALS = 4
# A short name's last character is among the full name's last this many ("委" of "委员会").
TAIL_CHARS = 3
# An organisation's name in Chinese or Japanese characters: two to twenty of them.
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{2,20}+")


_SOURCE_LINE_RULE = next(rule for rule in ATTRIBUTION_RULES if rule.name == "source line")


def agency_in_dropped_source_line(draft: Draft) -> None:
    """ "Źródło: PAP", "Fuente: EFE" dropped as furniture among the story's last paragraphs
    (under a "read more" box): the agency the story is from, over the page's © line."""
    for rule, text in draft.removed:
        line = " ".join(text.split())
        if NOT_FOOTER_RULES.search(rule) or not (
            match := _SOURCE_LINE_RULE.pattern.fullmatch(line)
        ):
            continue
        credit = _SOURCE_LINE_RULE.credit(match)
        if agency := agency_of(credit) or agency_listed(credit):  # "Źródło: PAP, Fakty Dnia"
            draft.credit_agency(agency, f"the source line {line[:EXCERPT]}")
            return
    if draft.source is None or draft.source_weak:
        _source_in_dropped_line(draft)


def _source_in_dropped_line(draft: Draft) -> None:
    """ "المصدر : الجزيرة + وكالات" under the story, dropped with a copied page's furniture
    inside the article: the source the story credits, over the page's © line (not a
    chart's "Source: Eurostat", which goes with the captions)."""
    for rule, text in draft.removed:
        line = " ".join(text.split())
        if rule != IN_ARTICLE or not (match := _SOURCE_LINE_RULE.pattern.fullmatch(line)):
            continue
        draft.source = _SOURCE_LINE_RULE.credit(match).strip()
        draft.source_weak = False
        draft.recognised.append(f"source {draft.source!r} from {line[:EXCERPT]!r}")
        return


# What a copied page's pruning drops inside the article (tearsheet.plaintext).
IN_ARTICLE = "page furniture in the article"


def agency_listed(names: str) -> str | None:
    """The news agency among the sources a source line lists ("tvn24.pl, PAP", "Reuters /
    The Example Times"): the agency the story is from, whatever the site adds of its own."""
    parts = _LISTED.split(names)
    return next(filter(None, map(agency_of, parts)), None) if len(parts) > 1 else None


# Between the sources a source line lists: a comma, a slash, a semicolon.
_LISTED = re.compile(r"(?<!\s)\s*+[,;/]\s*+")


# A site's domain alone on a footer's line: "Politie.nl", "abante.com.ph".
_DOMAIN = re.compile(r"(?P<name>[^\W_][\w-]{1,40}+)(?:\.[a-z]{2,6}+){1,2}+", re.IGNORECASE)
# The site's name over the page: its masthead's line, of at most this many words.
MASTHEAD_WORDS = 3


def read_masthead_domain(footer: list[str], draft: Draft) -> bool:
    """A page whose masthead's name ("Politie") its footer writes again as the site's domain
    alone on a line ("Politie.nl"): the site's own page, by the name it goes by, when
    nothing else named a source. True when read."""
    domains = {
        found["name"].casefold()
        for line in footer
        for part in line.splitlines()
        if (found := _DOMAIN.fullmatch(part.strip()))
    }
    for rule, text in draft.removed:
        name = " ".join(text.split())
        if rule not in _MASTHEAD_RULES or len(name.split()) > MASTHEAD_WORDS:
            continue
        if name.replace(" ", "").casefold() in domains and name[:1].isupper():
            draft.source, draft.source_weak = name, True
            draft.recognised.append(f"source {name!r} from the masthead and the footer's domain")
            return True
    return False


_MASTHEAD_RULES = frozenset(("page furniture above the headline", "masthead name"))


_CONTRACTED = re.compile(r"\b(?:des|du)\s*+$", re.IGNORECASE)


def boilerplate_name(match: re.Match[str], boilerplate: str) -> re.Match[str] | None:
    """ "About KhetSetu" over "KhetSetu Agritech Pvt. Ltd. is a …": the company by the
    full name its boilerplate gives it, with the legal form, which may open it."""
    name = match["name"].strip()
    # "À propos des Serres Beaulac inc." over "… Les Serres Beaulac inc. est …": French
    # "des"/"du" swallowed the article that is the name's own.
    if _CONTRACTED.search(match["about"] or "") and (
        found := re.search(rf"(?P<name>\b(?:Les|Le|La|L['’])\s*+{re.escape(name)})", boilerplate)
    ):
        return found
    full = re.compile(
        rf"(?P<name>{re.escape(name)}(?:\s++[\w&.’'-]++){{0,3}}?\s++{LEGAL_FORM_WORDS})(?!\w)"
    )
    if found := full.search(boilerplate):
        return found
    # "Mengenai UTM" over "Universiti Teknologi Malaysia (UTM) ialah …": the name it stands
    # for opens the boilerplate.
    spelled = re.match(
        rf"(?P<name>[^\W\d_][^()\n]{{3,80}}?)\s*+\(\s*+{re.escape(name)}\s*+\)", boilerplate
    )
    if spelled and initials_of(spelled["name"]).casefold().startswith(name[:1].casefold()):
        return spelled
    # "Tentang KAI" over "PT Kereta Api Indonesia (Persero) adalah …": the full name opens it.
    issuer = ISSUER.match(boilerplate)
    if issuer and is_organisation_name(issuer["name"]):
        return issuer
    return None
