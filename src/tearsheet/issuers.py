"""The organisation that issued a press release, notice or newsletter: by a label, the
mail's sender, the release's boilerplate or press office, or the site's masthead."""

from __future__ import annotations

import itertools
import re

from tearsheet.copyrights import read_copyright_line, unquoted
from tearsheet.issuernames import ABOUT_AFTER, QUOTES, SOURCE_LABEL_ALONE, opening_name
from tearsheet.mailsubjects import FORWARD_MARKS, SUBJECT_LABELS
from tearsheet.organisations import (
    ISSUER,
    is_organisation_name,
    is_personal_name,
    organisation_of,
)
from tearsheet.personnames import is_organisation
from tearsheet.places import is_place_name
from tearsheet.presslabels import is_press_label
from tearsheet.pressoffices import (
    LEGAL_FORM_WORD,
    MIN_NAME,
    NAME_THEN_PRESS,
    PRESS_ALONE,
    PRESS_SENDER,
    SENDER_DESK,
)
from tearsheet.pressoffices import take_source as _take
from tearsheet.recognise import Draft, excerpt
from tearsheet.zones import clutter_of

# A mail's sender line: "Von: Stadtwerke Tübingen <newsletter@…>", "Natuurmonumenten
# <nieuwsbrief@…>"; the label, the name and the address.
_SENDER = re.compile(
    r"^(?:[^\W\d_]{2,14}+\s?:\s*+)?(?P<name>[^<>@\n]{2,80}?)\s*+<[^<>@\s]{1,64}+@[^<>\s]{1,255}+>$"
)
# The recipient's line, which writes an address the same way ("To: <lucia@…>", "An: Lena Vogt
# <lena@…>", "Para: …", "À : …").
_RECIPIENT = re.compile(
    r"^(?:to|an|a|à|para|per|aan|til|till|do|cc|bcc|kime|kepada|кому|προς|komu|címzett)\s?:",
    re.IGNORECASE,
)
# Who sends for the organisation, before its name: "Styret i Tåsen Borettslag", "Team
# Natuurmonumenten", "Ihr Team der Stadtwerke Tübingen".
_SENDER_ROLE = re.compile(
    r"^(?:(?:the|ihr|das|le|la|el|il|het|de)\s++)?(?:team|board|styret|styrelsen|bestyrelsen|"
    r"vorstand|redaktion|redactie|rédaction|redacción|redazione|équipe|equipo|(?<=le )bureau|"
    r"conseil d['’]administration|junta directiva|consiglio direttivo|bestuur|zarząd)"
    r"(?:\s++(?:of|der|des|von|i|for|van|de|du|del|di))?\s++",
    re.IGNORECASE,
)


def mail_sender(draft: Draft) -> str | None:
    """The name in the sender line of the mail's header the import removed: of the message
    itself under a forwarding note, the last one."""
    senders = [
        match["name"].strip(" \"'")
        for rule, text in draft.removed
        if rule == "e-mail header"
        and not _RECIPIENT.match(text.strip())
        and (match := _SENDER.match(" ".join(text.split())))
    ]
    return senders[-1] if senders else None


def read_sender_organisation(lines: list[str], draft: Draft) -> bool:
    """An e-mail newsletter sent by an organisation names it in its sender line and gives
    its postal address in the footer ("Von: Stadtwerke Tübingen <…>" and "Stadtwerke
    Tübingen GmbH · Eisenhutstraße 6 · 72072 Tübingen") or signs with its team's name
    ("Team Natuurmonumenten"): it issued the newsletter, and is its source, by the name
    it sends under. A person's newsletter ("Maeve Doherty <…>", "Bruno Tavares | Bolso
    Cheio <…>") has none, nor has a newsletter sent under its own title, its subject's
    first word ("Klimabrief <…>" and "Betreff: Klimabrief #112: …"). True when the source
    was read."""
    sender = mail_sender(draft)
    if sender is None or _is_personal(sender, draft) or _is_title(sender, draft):
        return False
    name = _SENDER_ROLE.sub("", sender)
    if office := PRESS_SENDER.match(name) or SENDER_DESK.match(name):
        # The press office of "tl", an abbreviation only the release explains: not its name.
        name = unquoted(name[office.end() :])
        if len(name) >= MIN_NAME and not name[0].isupper():
            # "Communicatie gemeente Zwolle" sends what "Gemeente Zwolle | Postbus …" signs:
            # the name as the release writes it with its capital.
            name = _capitalised(name, lines) or name
        if len(name) < MIN_NAME or not name[0].isupper():
            return False
        # "Comunicación Adif" sends the release "Adif. Dirección de Comunicación" signs: its
        # press office names the organisation, whatever its name looks like.
        signed = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        # ... or the mail's subject does ("Odnosi z javnostmi Krka" sends "Zadeva: Krka v
        # devetih mesecih …").
        if any(signed.search(line) for line in [*lines, *_subjects(draft)]):
            _take(name, f"the sender {sender!r}", draft)
            return True
    for line in lines:
        holder = read_copyright_line(line)
        if holder is not None and name.casefold() in holder.casefold():
            return False  # "© 2026 Bostadsbrevet AB" names it, as written: the © line's name
    # Its name, then its address ("Vereniging Natuurmonumenten · Noordereinde 60 · 1243 JJ
    # 's-Graveland"), or under its team's signature.
    named = re.escape(name)
    address = re.compile(
        rf"(?<!\w){named}(?:\s++[\w.&/()-]++){{0,3}}?\s*+[·|•,]\s*+[^·|•\n]{{0,60}}?\d"
        rf"|{_SENDER_ROLE.pattern}{named}(?!\w)",
        re.IGNORECASE,
    )
    # ... quoted after its legal form, as the footer writes it in full: "UAB „Vėjo energija“,
    # Konstitucijos pr. 21A".
    quoted = re.compile(rf"(?-i:[A-ZÀ-Ž]{{2,5}}+)\s++[„“\"«]{named}[“”\"»](?=\s*+[·|•,])")
    for text in lines:
        if found := quoted.search(" ".join(text.split())):
            _take(found.group(), f"the sender {sender!r} and {excerpt(text)}", draft)
            return True
        if found := address.search(" ".join(text.split())):
            _take(name, f"the sender {sender!r} and {excerpt(found.group())}", draft)
            return True
    if organisation_of(name) == name:
        # "Coopérative des Pentes", "Stadtwerke Lindenau": an organisation by its words.
        _take(name, f"the sender {sender!r}", draft)
        return True
    return False


def _capitalised(name: str, lines: list[str]) -> str | None:
    """The name as a line of the text writes it opening with a capital, if one does."""
    written = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for line in lines:
        for found in written.finditer(line):
            if found.group()[0].isupper():
                return found.group()
    return None


def _is_personal(sender: str, draft: Draft) -> bool:
    """ "Maeve Doherty", "Bruno Tavares | Bolso Cheio": a person sends it (not "Club de …")."""
    parts = re.split(r"\s++[|–—-]\s++|\s++(?:from|de|von|van|di|da|du|från|fra)\s++", sender)
    if len(parts) > 1 and is_organisation(parts[0]) and not is_personal_name(parts[0], draft.lang):
        return False
    return any(is_personal_name(part.strip(), draft.lang) for part in parts)


def _subjects(draft: Draft) -> list[str]:
    """The subject lines of the mail's header the import removed."""
    return [
        text for rule, text in draft.removed if rule == "e-mail header" and _SUBJECT.match(text)
    ]


def _is_title(sender: str, draft: Draft) -> bool:
    """The mail's subject opens with the sender's name: the newsletter's own title."""
    folded = sender.casefold()
    return any(
        _SUBJECT.sub("", " ".join(text.split())).casefold().startswith(folded)
        for rule, text in draft.removed
        if rule == "e-mail header" and _SUBJECT.match(text)
    )


# A mail's subject line: "Betreff:", "Subject:", "Objet :", "Onderwerp:", "Emne:".
_SUBJECT = re.compile(
    rf"^\s*+(?:{SUBJECT_LABELS})\s?[:：]\s*+(?:(?:{FORWARD_MARKS})\s?:\s*+)*", re.IGNORECASE
)


# A label naming who issued the page, before its name or over it: GOV.UK's "From:",
# Rijksoverheid's "Een publicatie van:", PR Times's "このリリースの配信元企業：", a Taiwanese
# ministry's "發布單位：".
_ISSUER_LABEL = re.compile(
    r"^(?:この\S{0,8}の)?(?:published by|issued by|an? publication (?:of|by)|herausgegeben von|"
    r"herausgeber(?:in)?|eine veröffentlichung (?:von|der|des)|veröffentlicht von|publié par|"
    r"une publication (?:de la|de l['’]|du|des|de)|émis par|publicado por|"
    r"una publicación de|emitido por|pubblicato da|una pubblicazione (?:di|del|della)|"
    r"uma publicação (?:de|do|da)|een publicatie van|gepubliceerd door|uitgegeven door|"
    r"opublikowane przez|wydawca|publicerad av|utgiven av|utgivare|udgivet af|udgiver|"
    r"publisert av|utgiver|julkaisija|kiadó|vydavatel|yayınlayan|издатель|видавець|"
    r"配信元企業|配信元|発表元|発行元|發布單位|发布单位|發佈單位|发布机构|發布機關|發行單位|"
    r"배포처|발행처|"
    # Indonesian, Malay, Arabic, Persian, Hindi, Thai, Vietnamese, Greek, Slavic, Nordic.
    r"diterbitkan oleh|dikeluarkan oleh|dirilis oleh|penerbit|صادر عن|الصادر عن|الجهة المصدرة|"
    r"منتشر شده توسط|ناشر|द्वारा जारी|जारीकर्ता|ออกโดย|เผยแพร่โดย|cơ quan ban hành|"
    r"phát hành bởi|εκδόθηκε από|εκδότης|видавництво|wydane przez|vydal|kiadta|utfärdad av|"
    r"udstedt af|utstedt av|julkaissut|"
    # Who answers for the page's content, as public bodies' footers name themselves
    # ("Ansvarlig for innholdet: Helse- og omsorgsdepartementet").
    r"ansvarlig for innholdet|ansvarlig for indholdet|ansvarig för innehållet|"
    r"sisällöstä vastaa|verantwortlich für den inhalt|inhaltlich verantwortlich|"
    r"responsible for (?:the )?content|content owner|page owner|responsable du contenu|"
    r"responsable del contenido|responsabile dei contenuti|responsável pelo conteúdo|"
    r"verantwoordelijk voor de inhoud|odpowiedzialny za treść|za obsah zodpovedá|"
    r"za obsah odpovídá|tartalomért felelős|içerikten sorumlu|ответственный за содержание|"
    r"відповідальний за зміст)"
    r"\s*+[:：]\s*+(?P<name>[^\n]{0,80}+)$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# An issuer's name is at most this many words (a sentence is no name).
ISSUER_WORDS = 10


def read_issuer_label(lines: list[str], draft: Draft) -> bool:
    """A line labelled with who issued the page ("Een publicatie van:" over "Ministerie van
    Sociale Zaken en Werkgelegenheid", "發布單位：疾病管制署") names the source, over the
    page's © line; not a person ("Published by: Jane Smith", a blog's author). True when
    the source was read."""
    flat = [" ".join(part.split()) for text in lines for part in text.split("\n")]
    flat = [line for line in flat if line]
    for index, line in enumerate(flat):
        # "Source :" alone over "Ministère des Ressources naturelles et des Forêts".
        match = _ISSUER_LABEL.match(line) or SOURCE_LABEL_ALONE.match(line)
        if match is None:
            continue
        under = index + 1 if match["name"].strip() else index + 2
        name = match["name"].strip() or (flat[index + 1] if index + 1 < len(flat) else "")
        name = name.rstrip(" .")
        if PRESS_ALONE.fullmatch(name) and under < len(flat) and organisation_of(flat[under]):
            # "Dikeluarkan oleh:" / "Unit Komunikasi Korporat" / "Lembaga Air Negeri Perak":
            # the press office, then the organisation it speaks for.
            name = flat[under].rstrip(" .")
        elif office := NAME_THEN_PRESS.fullmatch(name):
            name = office["name"]  # "City of Tshwane Communication and Marketing"
        if (
            not name
            or clutter_of(name) is not None  # "Published by:" over "Share this page"
            or len(name.split()) > ISSUER_WORDS
            or not any(c.isalpha() for c in name)
            or _YEAR.search(name)  # "Published by: 12 March 2025": a date
            or is_personal_name(name, draft.lang)
            or _ISSUER_LABEL.match(name)
        ):
            continue
        _take(name, f"the label {excerpt(line)}", draft)
        return True
    return False


# A press release's boilerplate is a paragraph at least this long.
BOILERPLATE_LENGTH = 80
# Words before the organisation's name in the boilerplate's heading ("O", "Über die",
# "À propos de", "Acerca de"): at most this many.
ABOUT_WORDS = 3


def read_boilerplate(lines: list[str], draft: Draft, *, about: bool = False) -> bool:
    """A press release's closing boilerplate: a heading that ends with the organisation's
    name ("O PKP Intercity", "Tampereen Raitiotie Oy", "Acerca de Grupo Norte") over a
    paragraph that opens with it and goes on as a sentence about it ("PKP Intercity S.A.
    jest największym przewoźnikiem …"). The name, as the heading gives it, issued the
    release; not a person's ("Jane Doe" over "Jane Doe is a reporter …", a writer's bio),
    nor a word of the page's ("Comments" over "Comments have to be …"). With `about`, the
    heading must have words before the name ("O PKP Intercity"), as a subheading at the
    end of an article may be a company's name alone. True when the source was read."""
    flat = [" ".join(part.split()) for text in lines for part in text.split("\n")]
    flat = [line for line in flat if line]
    for heading, paragraph in itertools.pairwise(flat):
        postposed = ABOUT_AFTER.search(heading)  # "«Самұрық-Энерго» АҚ туралы"
        words, opening = ABOUT_AFTER.sub("", heading).split(), paragraph.split()
        if suffixed := _ABOUT_SUFFIX.fullmatch(heading):
            # "A Szegedi Tudományegyetemről" over "A Szegedi Tudományegyetem Magyarország
            # egyik …": Hungarian's "about" is the name's suffix, its article before both.
            postposed, words = suffixed, suffixed["name"].split()
            opening = opening[1:] if opening[:1] in (["A"], ["Az"]) else opening
        if len(paragraph) < BOILERPLATE_LENGTH or not 0 < len(words) <= ABOUT_WORDS + 6:
            continue
        if (clutter := clutter_of(heading)) is not None and clutter.name != _INFLECTED_ABOUT:
            continue  # a page's words; but the Hungarian heading opens the boilerplate
        for start in range(int(about and not postposed), min(ABOUT_WORDS, len(words) - 1) + 1):
            name = words[start:]
            taken = opening_name(name, opening)
            rest = [word for word in opening[taken:] if word not in "–—-"]
            # "X – Қазақстандағы ірі …": a dash after the name says what it is, as a verb does.
            dashed = postposed is not None and opening[taken : taken + 1] in (["–"], ["—"])
            dashed = dashed or suffixed is not None  # Hungarian writes no "is" after it
            if (
                taken
                and rest
                and (rest[0][:1].islower() or LEGAL_FORM_WORD.fullmatch(rest[0]) or dashed)
                and name[0].lstrip(QUOTES)[:1].isupper()
            ):
                name = opening[:taken]  # as the paragraph writes it: "UAB „Vilniaus vandenys“"
                break
        else:
            if (abbreviated := _abbreviated_issuer(words, paragraph)) is not None:
                _take(abbreviated, f"the boilerplate under {excerpt(heading)}", draft)
                return True
            continue
        found = " ".join(name)
        if is_personal_name(found, draft.lang) or not is_organisation_name(found):
            continue
        if len(name) == 1 and not _BRAND.search(found):
            continue  # one word, not written as a brand is ("VitaZorg", "ANWB", "Zalando24")
        if any(found.casefold() == writer.casefold() for writer in draft.byline):
            continue
        _take(country_office(found, draft), f"the boilerplate under {excerpt(heading)}", draft)
        return True
    return False


# The clutter rule that ends the story at that heading (tearsheet.footerrules).
_INFLECTED_ABOUT = "about the organisation, inflected"
# Hungarian's "about" heading: the article, the name, "-ról"/"-ről" ("A Szegedi
# Tudományegyetemről", "Az Alföldi Vízművekről").
_ABOUT_SUFFIX = re.compile(r"(?:A|Az)\s++(?P<name>[A-ZÁÉÍÓÖŐÚÜŰ][^\n]{1,80}?)(?:ról|ről)")


def country_office(name: str, draft: Draft) -> str:
    """The organisation as the page's masthead names its office in a place ("UNICEF
    Tanzania" over a release whose boilerplate is "Kuhusu UNICEF"): the office issued it."""
    for rule, text in draft.removed:
        line = " ".join(text.split())
        if rule in ("masthead name", "page furniture above the headline") and line.startswith(
            name + " "
        ):
            place = line[len(name) + 1 :]
            if len(place.split()) <= PLACE_WORDS and is_place_name(place):
                return line
    return name


# The place after an organisation's name in its office's name is at most this many words.
PLACE_WORDS = 3


def _abbreviated_issuer(heading: list[str], paragraph: str) -> str | None:
    """ "À propos des tl" over "Les Transports publics de la région lausannoise SA
    exploitent …": the heading's last word abbreviates the company that opens the
    paragraph by its full name and legal form (its letters are the first letters of the
    name's words, in order)."""
    if len(heading) < ABBREVIATION_HEADING or len(heading[-1]) > ABBREVIATION:
        return None
    issuer = ISSUER.match(paragraph)
    if issuer is None or not is_organisation_name(issuer["name"]):
        return None
    initials = iter(word[0].casefold() for word in issuer["name"].split())
    short = heading[-1].casefold()
    if short[0] != issuer["name"][0].casefold() or not all(c in initials for c in short):
        return None
    return issuer["name"].strip()


# A heading abbreviating the issuer has words before the abbreviation, at most this long.
ABBREVIATION_HEADING = 2
ABBREVIATION = 6
# A word of a legal form after the name in the boilerplate: "PKP Intercity S.A. jest".
# A one-word name written as a brand: capitals inside it or all capitals, or digits.
_BRAND = re.compile(r"^\w[^\W\d_]*+[A-Z\d]|^[A-Z]{2,}+$")


# Between a press release's label and its issuer on one line: a dash or a bar.
_LABEL_PARTS = re.compile(r"\s[-–—|·]\s")
# The issuer's name beside a press release's label is at most this many words.
LABEL_ISSUER_WORDS = 6


def beside_label(line: str) -> list[str]:
    """The parts a press release's label stands beside on its line, as the issuer may be
    either ("Communiqué de presse – Préfecture du Rhône", "City of Leeds | Press
    release"): none when the line is not a label and one other part, or that part ends as
    a sentence does."""
    parts = [part.strip() for part in _LABEL_PARTS.split(" ".join(line.split()))]
    if len(parts) != 2:
        return []
    return [
        issuer
        for label, issuer in (parts, parts[::-1])
        if is_press_label(label) and issuer[-1:] not in ".!?:。！？："
    ]


def read_issuer_beside_label(line: str, draft: Draft) -> bool:
    """ "Communiqué de presse – Préfecture du Rhône", "City of Leeds | Press release": the
    organisation named beside the release's label issued it; not a person, nor a
    sentence. True when the source was read."""
    for issuer in beside_label(line):
        if (
            0 < len(issuer.split()) <= LABEL_ISSUER_WORDS
            and issuer[:1].isupper()
            and is_organisation_name(issuer)
            and not is_personal_name(issuer, draft.lang)
            and not is_press_label(issuer)
        ):
            _take(issuer, f"the release's label {excerpt(line)}", draft)
            return True
    return False
