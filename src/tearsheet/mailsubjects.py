"""A copied e-mail's subject as the headline, when the text under the mail's header opens
with the story itself (a press release mailed with its title only in the subject)."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.masthead import is_mail_folder, name_parts, sender_display
from tearsheet.presslabels import is_press_label, is_release_note
from tearsheet.recognise import Draft

# The subject's label in the mail programs' languages (Outlook, Gmail, Thunderbird, Apple
# Mail); CLDR holds no such words.
SUBJECT_LABELS = (
    r"subject|betreff|objet|sujet|asunto|assumpte|oggetto|assunto|onderwerp|temat|"
    r"předmět|predmet|zadeva|emne|ämne|aihe|tárgy|konu|subiect|θέμα|тема|tema|subjek|perkara|tēma|teema|относно|efni|"
    r"perihal|chủ đề|tiêu đề|件名|主题|主旨|제목|الموضوع|موضوع|נושא|विषय|বিষয়|பொருள்|เรื่อง"
)
_SUBJECT = re.compile(
    rf"^(?:{SUBJECT_LABELS})\s?[:：]\s*+(?P<subject>\S.*+)$",
    re.IGNORECASE,
)
# "Fwd:", "TR:", "WG:", "RV:", "Re:" before the subject: who forwarded or answered it.
FORWARD_MARKS = r"fwd?|re|aw|sv|tr|wg|rv|i|doorst|vs|vb|vl|enc|pd|rif"
_PREFIX = re.compile(rf"^(?:{FORWARD_MARKS})\s?:\s*+", re.IGNORECASE)
# The parts of a subject: "NOTA DE PREMSA | El Bicing arriba …", "Press release: …".
_PARTS = re.compile(r"(?<!\s)\s++[|–—·]\s++|(?<=[^\W\d_]):\s++")
# A headline from the subject is at least this many words (or characters in a script
# written without spaces).
SUBJECT_WORDS = 3
SUBJECT_WIDE = 8


def mail_subject(line: str) -> str | None:
    """The subject of a mail's subject line ("Betreff: WG: Ausgabe 41: …"), without the
    prefixes of a forward or an answer; None for any other line."""
    if (match := _SUBJECT.match(line.strip())) is None:
        return None
    subject = match["subject"].strip()
    while (prefix := _PREFIX.match(subject)) is not None:
        subject = subject[prefix.end() :]
    return subject


def names_sender(line: str, draft: Draft) -> bool:
    """The line is the sender's name, or a part of it, as the mail's header gives it (a
    newsletter's masthead over its date: "Der Morgen am Rhein")."""
    wanted = " ".join(line.split()).casefold()
    senders = [sender_display(h) for rule, h in draft.removed if rule == "e-mail header"]
    parts = {part.casefold() for sender in senders if sender for part in name_parts(sender)}
    return bool(wanted) and wanted in parts


def read_subject_over_masthead(draft: Draft) -> None:
    """The newsletter's name read as the headline over its date ("Der Morgen am Rhein" /
    "Mittwoch, 11. März 2026"), as its sender line names it: the subject is the headline."""
    if names_sender(draft.headline or "", draft) and (subject := subject_headline(draft)):
        draft.headline = subject
        draft.recognised.append(f"headline {subject[:40]!r} from the e-mail's subject")


def subject_headline(draft: Draft) -> str | None:
    """The subject of the e-mail whose header was read (its lines are in ``draft.removed``),
    without a forward's prefix or a press release's label beside it ("NOTA DE PREMSA | El
    Bicing arriba …" gives "El Bicing arriba …"); None when there is none, or when what is
    left is a label or the name of a newsletter's issue of a word or two."""
    header = [line for rule, line in draft.removed if rule == "e-mail header"]
    for at, line in enumerate(header):
        subject = mail_subject(line)
        if subject is None and at + 1 < len(header) and is_mail_folder(header[at + 1]):
            subject = line  # Gmail's subject, unlabelled, over its folder ("Inbox")
        if subject is None:
            continue
        parts = [p.strip() for p in _PARTS.split(subject) if p.strip()]
        kept = [p for p in parts if not is_press_label(p) and not is_release_note(p)]
        if len(kept) != len(parts) and len(kept) == 1:
            subject = kept[0]  # the release's label beside its title
        elif not kept:
            return None
        wide = zones.has_wide(subject)
        if (zones.text_length(subject) if wide else zones.word_count(subject)) < (
            SUBJECT_WIDE if wide else SUBJECT_WORDS
        ):
            return None
        return subject
    return None


def is_mail_subject(line: str, draft: Draft) -> bool:
    """The line is the subject of the e-mail whose header was read, word for word: the
    newsletter's headline, not a label over its subtitle ("Subject: The dandelion question"
    over "The dandelion question / Why I stopped pulling them … / <byline>")."""
    plain = " ".join(line.split()).casefold()
    return any(
        rule == "e-mail header"
        and (subject := mail_subject(removed)) is not None
        and " ".join(subject.split()).casefold() == plain
        for rule, removed in draft.removed
    )


# The subject comes again as the headline when the two share a run of at least this many
# words (or characters in a script written without spaces): "Předmět: Ranní kostka: Inflace
# zpomalila, ale potraviny ne" over "RANNÍ KOSTKA / Úterý 11. 3. 2025 / Inflace zpomalila,
# ale potraviny ne. Proč …".
SHARED_WORDS = 3
SHARED_WIDE = 6
# A line longer than this many words is not a headline the subject is compared with.
LINE_WORDS = 40
# ... and the subject's first this many characters are compared (a run is found in time
# proportional to the two lengths' product).
SUBJECT_LENGTH = 300


def subject_line(blocks: list[str], start: int, end: int, subjects: list[str]) -> int | None:
    """Of ``blocks[start:end]`` (the lines under a mail's header, up to its first paragraph),
    the one sharing the longest run of words with the subject: the newsletter's or release's
    headline, with the newsletter's name, issue and tagline over it ("RANNÍ KOSTKA" shares
    only two words). None when no line shares SHARED_WORDS words in a row."""
    best, found = 0, None
    for index in range(start, end):
        line = blocks[index]
        if zones.word_count(line) > LINE_WORDS:
            continue
        shared = max((_shared_run(line, subject) for subject in subjects), default=0)
        enough = SHARED_WIDE if zones.has_wide(line) else SHARED_WORDS
        if shared >= enough and shared > best:
            best, found = shared, index
    return found


def _shared_run(line: str, subject: str) -> int:
    """The longest run of words (of characters, in a script written without spaces) the two
    share, casefolded."""
    wide, subject = zones.has_wide(line), subject[:SUBJECT_LENGTH]
    first = list(line.casefold()) if wide else zones.words_of(line)
    second = list(subject.casefold()) if wide else zones.words_of(subject)
    best = 0
    previous = [0] * (len(second) + 1)
    for a in first:
        current = [0] * (len(second) + 1)
        for j, b in enumerate(second, 1):
            if a == b and (not wide or not a.isspace()):
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best
