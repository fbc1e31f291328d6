"""The organisation that issued a text: an e-mail newsletter's sender when the mail's
footer gives its address, as an organisation's mailing must."""

from __future__ import annotations

import re

from tearsheet.copyrights import read_copyright_line
from tearsheet.organisations import is_personal_name
from tearsheet.recognise import Draft, excerpt

# A mail's sender line: "Von: Stadtwerke Tübingen <newsletter@…>", "Natuurmonumenten
# <nieuwsbrief@…>"; the label, the name and the address.
_SENDER = re.compile(
    r"^(?:[^\W\d_]{2,14}+\s?:\s*+)?(?P<name>[^<>@\n]{2,80}?)\s*+<[^<>@\s]{1,64}+@[^<>\s]{1,255}+>$"
)
# Who sends for the organisation, before its name: "Styret i Tåsen Borettslag", "Team
# Natuurmonumenten", "Ihr Team der Stadtwerke Tübingen".
_SENDER_ROLE = re.compile(
    r"^(?:(?:the|ihr|das|le|la|el|il|het|de)\s++)?(?:team|board|styret|styrelsen|bestyrelsen|"
    r"vorstand|redaktion|redactie|rédaction|redacción|redazione|équipe|equipo)"
    r"(?:\s++(?:of|der|des|von|i|for|van|de|du|del|di))?\s++",
    re.IGNORECASE,
)


def mail_sender(draft: Draft) -> str | None:
    """The name in the sender line of the mail's header the import removed: of the message
    itself under a forwarding note, the last one."""
    senders = [
        match["name"].strip(" \"'")
        for rule, text in draft.removed
        if rule == "e-mail header" and (match := _SENDER.match(" ".join(text.split())))
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
    for line in lines:
        holder = read_copyright_line(line)
        if holder is not None and name.casefold() in holder.casefold():
            return False  # "© 2026 Bostadsbrevet AB" names it, as written: the © line's name
    # Its name, then its address ("Vereniging Natuurmonumenten · Noordereinde 60 · 1243 JJ
    # 's-Graveland"), or under its team's signature.
    named = re.escape(name)
    address = re.compile(
        rf"(?<!\w){named}(?:\s++[\w.&/()-]++){{0,3}}?\s*+[·|•,]\s*+[^·|•,\n]{{0,40}}?\d"
        rf"|{_SENDER_ROLE.pattern}{named}(?!\w)",
        re.IGNORECASE,
    )
    for text in lines:
        if found := address.search(" ".join(text.split())):
            _take(name, f"the sender {sender!r} and {excerpt(found.group())}", draft)
            return True
    return False


def _is_personal(sender: str, draft: Draft) -> bool:
    """ "Maeve Doherty", "Bruno Tavares | Bolso Cheio": a person sends it."""
    parts = re.split(r"\s++[|–—-]\s++|\s++(?:from|de|von|van|di|da|du|från|fra)\s++", sender)
    return any(is_personal_name(part.strip(), draft.lang) for part in parts)


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
    r"^\s*+(?:subject|betreff|objet|onderwerp|emne|ämne|asunto|assunto|oggetto|temat|předmět|"
    r"aihe|tárgy|subiect|konu|тема|θέμα|件名|主题|主旨|제목)\s?[:：]\s*+(?:(?:fwd?|tr|wg|aw|re|sv|vs)\s?:\s*+)*",
    re.IGNORECASE,
)


def _take(name: str, where: str, draft: Draft) -> None:
    draft.source, draft.source_weak = name, False
    draft.recognised.append(f"source {name!r} from {where}")
