"""Closing credit lines: "(Source: X)", "© 2017 X", "— Name" and a wire's sign-offs, read
off the end of the article into the source and byline."""

from __future__ import annotations

import re

from tearsheet.agencies import agency_of
from tearsheet.agencycredits import CLOSING_AGENCY_RULE, closing_agency, read_paragraph_end_agency
from tearsheet.attributions import (
    AGENCY_CREDIT_RULE,
    ATTRIBUTION_RULES,
    SIGN_OFF_RULE,
    AttributionRule,
)
from tearsheet.bylines import is_writer
from tearsheet.bylinewords import NOT_WRITTEN_BY
from tearsheet.copyrights import (
    NOT_HOLDERS,
    RIGHTS_NOTICE,
    RIGHTS_ONLY,
    holder_of,
    read_copyright_line,
    unquoted,
    without_full_stop,
)
from tearsheet.imprints import (
    BOILERPLATE_SUBJECT,
    FOOTER_RULES,
    IMPRINT_RULE,
    NOTES_RULE,
    NOTES_TO_EDITORS,
    ORGANISATION_LINE,
    PRESS_OFFICE_RULE,
    is_imprint_name,
)
from tearsheet.issuers import (
    country_office,
    read_boilerplate,
    read_issuer_label,
    read_sender_organisation,
)
from tearsheet.letterheads import read_letterhead_in_footer
from tearsheet.masthead import drop_masthead_byline
from tearsheet.organisations import is_personal_name, is_reporter_name
from tearsheet.pressoffices import (
    issued_by_press_office,
    read_press_office,
    read_press_office_line,
)
from tearsheet.publicbodies import read_government_masthead, read_named_twice, read_public_body
from tearsheet.recognise import (
    BYLINE,
    LEGAL_FORM,
    LINK,
    Draft,
    byline_names,
    excerpt,
    is_person,
    organisation_of,
    read_footer_byline,
    read_name_agency,
)
from tearsheet.releasemastheads import is_release, read_release_masthead
from tearsheet.sourcenames import (
    NOT_FOOTER_RULES,
    agency_in_dropped_source_line,
    agency_listed,
    boilerplate_name,
    initials_in_full,
    read_masthead_domain,
)
from tearsheet.zones import clutter_of

# "Kate Holton in London": the reporter, without where she reported from.
_WHERE = re.compile(r"(?<!\s)\s++in\s++[A-Z][\w.'’ -]{0,40}+$")
# A byline line in the footer is read only this close under the article.
CLOSING_REACH = 3
# "Editor: Budi Santoso", "责任编辑：王明", "Autorka: Anna Nowak": a label and names.
_LABEL_LINE = re.compile(
    r"(?P<label>[^\W\d_]{2,20}+(?:\s[^\W\d_]{2,20}+)?)\s*+[:：]\s*+(?P<names>.{2,80}+)"
)
# "About Us", "Über uns", "À propos de nous", "Om oss": the footer's links, naming nobody.
_ABOUT_NOBODY = frozenset(
    "us uns nous nosotros nós noi ons nas oss os mig meg me mich moi mí mi author autor "
    "auteur autore autorin writer site blog this-site 회사 기업 당사".split()
)
# A wire's sign-off in the footer is read only this close under the article.
SIGN_OFF_REACH = 2
_Found = tuple[int, AttributionRule, re.Match[str], str]  # a footer line's rank, rule, match


# A case ending glued to an organisation's initials ("UPV/EHUri", "BBKri"), as the
# languages that write "about" after the name inflect it.
_ACRONYM_CASE = re.compile(r"(?<=[A-Z]{2})[a-z]{1,3}+$")


def _apply_attribution(
    rule: AttributionRule, match: re.Match[str], line: str, draft: Draft
) -> None:
    credit = rule.credit(match)
    end = match.end("name") if match.groupdict().get("name") else -1
    if end > 0 and match.string[end : end + 1] == ".":
        credit += "."  # "Globo Comunicação e Participações S.A.": the abbreviation's stop
    name = without_full_stop(" ".join(LINK.sub(r"\1", credit).split()).strip(" ,"))
    name = unquoted(name)  # "About „Софийска вода“": the name, not its quotation marks
    if rule.field == "byline":
        names = (
            [_WHERE.sub("", n) for n in byline_names(name)]
            if "," in name or " " in name
            else [name]
        )
        for each in names:
            if each not in draft.byline and each not in (b.split()[0] for b in draft.byline):
                draft.byline.append(each)
        draft.recognised.append(f"byline {name!r} from the closing line {excerpt(line)}")
        return
    if rule.name == "about the organisation" and (
        name.casefold() in _ABOUT_NOBODY or _is_writer(name, draft)
    ):
        return  # "About Us", "About the Author", "About Kelsey" (the writer's bio): no source
    if rule.name == "about the organisation":
        name = _ACRONYM_CASE.sub("", name)  # Basque "UPV/EHUri buruz": the case's ending
        name = country_office(name, draft)  # "Kuhusu UNICEF" under "UNICEF Tanzania"
    if RIGHTS_ONLY.fullmatch(name):
        return  # "© RIPRODUZIONE RISERVATA": the rights, not who holds them
    if rule.name == "copyright line":
        name = holder_of(name)
        whole = read_copyright_line(line) or ""
        if name and whole.startswith(name) and LEGAL_FORM.search(whole):
            name = whole  # "© POLITYKA Sp. z o.o. SKA": the legal form's stops, no sentence
        if not name or name.casefold() in NOT_HOLDERS:
            return  # "Copyright Policy": a link in the footer
        # (The site's masthead read as the writer's name is the source: "الخليج الآن".)
        if _names_the_writer(name, draft) and not drop_masthead_byline(name, draft):
            # "© 2025 Maeve Doherty" under her own newsletter: the writer, no publisher (but
            # "© 2025 Kabar Pagi" over Dewi Anggraini's piece, sent by Kabar Pagi, is).
            draft.recognised.append(f"no source: the © line names the writer {name!r}")
            return
    year = match.groupdict().get("year")
    if year:
        draft.copyright_year = int(year)
    if rule is PRESS_OFFICE_RULE and is_personal_name(name, draft.lang):
        return  # "Jane Smith, Media Relations": the contact, not the issuer
    if _credits_a_person(rule, name, line, draft):
        return
    if rule.name in ("source line", "wire source line") and (agency := agency_listed(name)):
        name, rule = agency, AGENCY_CREDIT_RULE  # "Źródło: tvn24.pl, PAP": the agency's story
    if rule in (SIGN_OFF_RULE, AGENCY_CREDIT_RULE, CLOSING_AGENCY_RULE):
        draft.credit_agency(name, f"the credit {excerpt(line)}")
    elif (draft.source is None and not is_writer(name, draft.byline)) or rule.name in (
        "source line",
        "wire source line",
    ):
        draft.source = name
        draft.source_weak = rule.name in ("copyright line", "imprint")
        draft.recognised.append(f"source {name!r} from {excerpt(line)}")


def _names_the_writer(name: str, draft: Draft) -> bool:
    """The © line's holder is the writer: the byline's name, the blogger's first name in
    full ("© 2025 Marieke Dekker" under "door Marieke"; not "© 2025 Marloes Onderweg", the
    blog's name over its page), a person who sent the newsletter."""
    writers = {w.casefold() for w in draft.byline if organisation_of(w) is None}
    personal = is_personal_name(name, draft.lang)
    first = name.split()[0].casefold() if personal and not _names_the_site(name, draft) else None
    return writers in ({name.casefold()}, {first}) or (_is_email(draft) and personal)


def _credits_a_person(rule: AttributionRule, name: str, line: str, draft: Draft) -> bool:
    """A credit to a person, no source: a colleague who reported ("Avec les informations de
    Rémi Authier"), the writer's initials signing the story (Milenio's "ARV" under
    Alejandra Ruiz Velasco's)."""
    if agency_of(name) is not None:
        return False
    if rule is AGENCY_CREDIT_RULE and is_reporter_name(name, draft.lang):
        draft.stripped.append(f"reporter's credit {excerpt(line)}")
        return True
    if rule is SIGN_OFF_RULE and _writers_initials(name, draft):
        draft.stripped.append(f"writer's initials {excerpt(line)}")
        return True
    return False


def _writers_initials(name: str, draft: Draft) -> bool:
    """The capitals are a writer's initials, first letter of each word of the byline's name."""
    return any(
        "".join(word[0] for word in writer.split()).casefold() == name.casefold()
        for writer in draft.byline
        if len(writer.split()) >= 2
    )


def _names_the_site(name: str, draft: Draft) -> bool:
    """The name is a line of its own in the page's furniture over the headline, or its
    masthead under the skip link: the site's."""
    folded = name.casefold()
    return any(
        rule in ("page furniture above the headline", "masthead name")
        and text.strip().casefold() == folded
        for rule, text in draft.removed
    )


def _is_email(draft: Draft) -> bool:
    """The text was pasted from a mail client: its header was read (tearsheet.masthead)."""
    return any(rule == "e-mail header" for rule, _ in draft.removed)


def _is_writer(name: str, draft: Draft) -> bool:
    """ "About Kelsey" over "By Kelsey Marchetti": a writer's name or first name (not an
    organisation's initials, "About KAI" under the "Humas KAI" who sent it)."""
    folded = name.casefold()
    return any(
        folded == writer.casefold()
        or (" " not in name and not name.isupper() and folded == writer.casefold().split()[0])
        for writer in draft.byline
        if writer.strip()
    )


def read_attribution(paragraphs: list[str], draft: Draft) -> list[str]:
    """Take the closing credit lines ("(Source: X)", "© 2017 X", "—Name", "(dpa)",
    "Reporting by …", "Autorka: Anna Nowak", "Editor: Budi Santoso") off the end."""
    kept = list(paragraphs)
    found: list[tuple[AttributionRule, re.Match[str], str]] = []
    while kept and len(found) < 4:
        line = " ".join(kept[-1].split())
        agency = closing_agency(line, draft)
        # "— Reuters": the agency signs it, not a writer ("— Jane Doe").
        hit = (CLOSING_AGENCY_RULE, agency) if agency and agency["name_dash"] else None
        hit = hit or next(
            (
                (rule, m)
                for rule in (AGENCY_CREDIT_RULE, *ATTRIBUTION_RULES, SIGN_OFF_RULE)
                if (m := rule.pattern.fullmatch(line))
            ),
            None,
        )
        if hit is None and agency:
            hit = (CLOSING_AGENCY_RULE, agency)
        if (
            hit is None
            and (holder := read_copyright_line(line))
            and (held := _HOLDER.fullmatch(holder))
        ):
            # The page's © line in the languages' other shapes, left at the story's end
            # ("Українська правда — © 2000-2025. Використання матеріалів …").
            hit = (_COPYRIGHT_RULE, held)
        if hit is None and RIGHTS_NOTICE.match(line) and len(kept) > 1:
            # "All rights reserved. This material …" under "Copyright PUNCH.": the rights
            # of the © line over it, which is read next.
            draft.stripped.append(f"rights notice {excerpt(line)}")
            draft.removed.append(("rights notice", kept.pop()))
            continue
        if hit is None and (
            read_label_line(line, draft)
            or read_footer_byline(line, draft)
            or read_name_agency(line, draft)
        ):
            kept.pop()
            continue
        if hit is None:
            break
        found.append((*hit, line))
        kept.pop()
    order = {
        "source line": 0,
        "wire source line": 0,
        "originally published": 1,
        "copyright line": 2,
        "wire sign-off": 3,
        "signature": 4,
    }
    for rule, match, line in sorted(found, key=lambda item: order.get(item[0].name, 9)):
        _apply_attribution(rule, match, line, draft)
    if not found:
        read_paragraph_end_agency(kept, draft)
    if draft.source is None:
        # A press release's "About X" over its boilerplate, left at the article's end; its
        # press office named in its last paragraphs ("Berita ini disiarkan oleh Biro
        # Komunikasi …, Kementerian Kesehatan RI").
        last = kept[-BOILERPLATE_PARAGRAPHS:]
        _ = (
            _read_signing_company(kept[-1:], draft)
            or read_boilerplate(last, draft, about=True)
            or read_press_office_line(kept[-CONTACT_PARAGRAPHS:], draft)
            or (
                (is_release(draft) or issued_by_press_office(last))
                and read_press_office(last, draft)
            )
        )
    return kept


def _read_signing_company(closing: list[str], draft: Draft) -> bool:
    """A company signing its notice on the line under it, by its name and legal form alone
    ("Wodociągi Miejskie w Radomiu Sp. z o.o.", "Stadtwerke Kassel GmbH"): it issued the
    notice. Weak, as a public body's name is."""
    line = " ".join(closing[0].split()) if closing else ""
    form = LEGAL_FORM.search(line)
    if not (form and organisation_of(line) == line) or "," in line[: form.start()].rstrip(","):
        return False  # "Thank you, Acme Ltd": a greeting before the name
    if len(line.split()) > SIGNING_WORDS or clutter_of(line) is not None:
        return False
    draft.source, draft.source_weak = line, True
    draft.recognised.append(f"source {line!r} from the company signing the notice")
    return True


# A company's name signing a notice is at most this many words with its legal form.
SIGNING_WORDS = 9
# A press release's boilerplate and its heading are among the article's last paragraphs.
BOILERPLATE_PARAGRAPHS = 3
# ... and its contact block's press office among the last six.
CONTACT_PARAGRAPHS = 6


# A credit names its people and at most a few words more (", PAP", ", reporter at The Times").
CREDIT_EXTRA_WORDS = 4


def read_label_line(line: str, draft: Draft) -> bool:
    """A closing "Label: Name" line: the byline when the label is the language's "by"
    ("Autorka:", "Pewarta:"), a credit to drop otherwise ("Editor:", "责任编辑：")."""
    match = _LABEL_LINE.fullmatch(line)
    if match is None or NOT_WRITTEN_BY.match(line.strip()):
        return False
    names = byline_names(match["names"])
    if not names or not all(is_person(name) for name in names):
        return False
    extra = len(match["names"].split()) - sum(len(name.split()) for name in names)
    if extra > CREDIT_EXTRA_WORDS:
        # A sentence after a colon that opens on a name ("Harmadik nap: Sintra, de erről
        # majd külön bejegyzésben írok …"): prose, not a credit.
        return False
    if BYLINE.match(line):
        draft.byline.extend(name for name in names if name not in draft.byline)
        draft.recognised.append(f"byline from the closing line {excerpt(line)}")
    else:
        draft.stripped.append(f"credit line {excerpt(line)}")
        draft.removed.append(("credit line", line))
    return True


def credit_from_tail(tail: list[str], draft: Draft) -> None:
    """A copyright or source line in a dropped footer still names the source; so do a
    wire's sign-off ("AAP") and a byline line ("Autorka: Anna Nowak") right under it.

    The first credit line that names a source wins, but an "About NZ Herald" among the
    footer's links (not over a press release's boilerplate) is read after the © line.
    (Reading "SOURCE Acme, Inc." or any source line first lowered the blind2 set.)"""
    found: list[_Found] = []
    for index, paragraph in enumerate(tail):
        line = " ".join(paragraph.split())
        if index < CLOSING_REACH and BYLINE.match(line):
            read_label_line(line, draft)
        if index < CLOSING_REACH and read_name_agency(line, draft):
            continue
        if index < CLOSING_REACH:
            read_footer_byline(line, draft)
        if index < SIGN_OFF_REACH and (agency := closing_agency(line, draft)):
            found.append((0, CLOSING_AGENCY_RULE, agency, line))
            continue
        for rule in (AGENCY_CREDIT_RULE, *ATTRIBUTION_RULES, SIGN_OFF_RULE, *FOOTER_RULES):
            if rule.field != "source" or (
                rule is SIGN_OFF_RULE
                and (
                    index >= SIGN_OFF_REACH
                    or clutter_of(line)
                    or _is_label(line)
                    # Capitals no agency's under another line: a tag among the story's
                    # tags ("Сосульки" / "ЖКХ" / "Происшествия"), not its sign-off.
                    or (index and line.isalpha() and agency_of(line) is None)
                )
            ):
                continue
            if match := rule.pattern.fullmatch(line):
                # An "About NZ Herald" among the footer's links is read last.
                rank = 0
                if rule.name == "about the organisation":
                    rank = int(not _prose_follows(tail, index, rule.credit(match)))
                    if rank and not (is_release(draft) or is_imprint_name(tail, index)):
                        continue  # "Over de NOS" among a news page's links: no credit
                    if not rank and index + 1 < len(tail):
                        match = boilerplate_name(match, tail[index + 1]) or match
                found.append((rank, rule, match, line))
                break
        else:
            if is_imprint_name(tail, index) and (match := ORGANISATION_LINE.fullmatch(line)):
                # The office over its address ("Mestský úrad Brezno"); the © line under it
                # names the body it serves ("© 2026 Mesto Brezno"), read first.
                found.append((1, IMPRINT_RULE, match, line))
            elif NOTES_TO_EDITORS.fullmatch(line) and index + 1 < len(tail):
                following = " ".join(tail[index + 1].split())
                if (match := BOILERPLATE_SUBJECT.match(following)) and organisation_of(
                    match["name"]
                ):
                    found.append((0, NOTES_RULE, match, following))
    _apply_first(found, tail, draft)
    if draft.source is None or draft.source_weak:
        # The organisation that issued the page or sent the newsletter, named by a label
        # or the mail's sender: it wins over the © line.
        dropped = [text for rule, text in draft.removed if not NOT_FOOTER_RULES.search(rule)]
        _ = (
            read_issuer_label([*dropped, *tail], draft)
            or read_sender_organisation([*tail, *dropped], draft)
            or (draft.source is None and read_letterhead_in_footer(tail, draft))
            or (draft.source is None and read_boilerplate(tail, draft))
            or (draft.source is None and read_press_office([*tail, *dropped], draft))
            or (draft.source is None and read_release_masthead(draft))
        )
    if draft.source is None:
        copyright_anywhere(tail, draft)
    if draft.source is None:
        # A ministry's or a city's own news page; a company's notice.
        _ = (
            read_public_body(tail[:1], draft)
            or read_named_twice(tail, draft)
            or read_government_masthead(tail, draft)
            or _read_signing_company(tail[:1], draft)
            or read_masthead_domain(tail, draft)
        )
    agency_in_dropped_source_line(draft)
    initials_in_full(tail, draft)


def _apply_first(found: list[_Found], tail: list[str], draft: Draft) -> None:
    """The first credit line of the footer that names a source, by rank."""
    for _, rule, match, line in sorted(found, key=lambda item: item[0]):
        _apply_attribution(rule, match, line, draft)
        if draft.source is not None:
            if rule.name == "about the organisation":
                # "Issued by: City of Tshwane …" over "About SolarEdge South Africa": the
                # release's issuer, not the partner its boilerplate is about.
                read_issuer_label(tail, draft)
            return  # a line that names nobody ("About Us", "© Riproduzione riservata") reads on


_HOLDER = re.compile(r"(?P<name>.++)")


_COPYRIGHT_RULE = next(rule for rule in ATTRIBUTION_RULES if rule.name == "copyright line")


def copyright_anywhere(tail: list[str], draft: Draft) -> None:
    """The page's copyright line names the publisher wherever it stood and whatever it
    says after the holder: in the trailer, or dropped as the page's furniture among the
    article's paragraphs ("© 2026 ABC" between a footer's links). The last one in the text
    wins, as a page's own footer closes it."""
    removed = [text for rule, text in draft.removed if not NOT_FOOTER_RULES.search(rule)]
    # A footer's lines copied as one block: the © line after an unsubscribe note or links.
    joined = [line[at:] for line in reversed(tail) if (at := _joined_mark(line))]
    for line in [*reversed(tail), *reversed(removed), *joined]:
        if (holder := read_copyright_line(line)) is None:
            continue
        match = _HOLDER.fullmatch(holder)
        if match is not None:
            _apply_attribution(_COPYRIGHT_RULE, match, " ".join(line.split()), draft)
        return


def _joined_mark(block: str) -> int:
    """Where a © line starts inside a footer's block that holds other lines before it
    ("Darte de baja | Gestionar mis boletines © elDiario.es 2026 · …"); 0 for none, or
    for a picture's credit before the mark ("Foto: Jan Novák © ČTK")."""
    at = block.rfind(" © ") + 1
    before = block[:at]
    return at if at and ":" not in before and len(before.split()) >= JOINED_WORDS else 0


# The lines before a © line joined into its block are at least this many words.
JOINED_WORDS = 4


def _is_label(line: str) -> bool:
    """A word in capitals under the article longer than an agency's initials ("TEMAS",
    "ΣΧΟΛΙΑ") is the page's label; "(ANSA)", "/ritzau/", "Lusa/Fim" and "AAP" are not."""
    return line.isalpha() and len(line) > LABEL_CAPITALS


# Capitals alone under the article longer than this are a label, not a sign-off.
LABEL_CAPITALS = 4
# A press release's "About X" heads a paragraph at least this long.
BOILERPLATE_LENGTH = 80


def _prose_follows(tail: list[str], index: int, name: str) -> bool:
    """The line after tail[index] is prose (a press release's boilerplate), not a link: long,
    or a sentence about the organisation ("Riverland Foods is a family-owned company
    founded in 1978."); a paragraph alone ("About Greenfield Foods ...", removed from the
    body) counts too."""
    if len(tail) == 1:
        return True
    following = tail[index + 1].strip() if index + 1 < len(tail) else ""
    about = following.startswith(name) and following.endswith(".") and " " in following
    return len(following) >= BOILERPLATE_LENGTH or about
