"""A copied e-mail's subject as the headline, when the text under the mail's header opens
with the story itself (a press release mailed with its title only in the subject)."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.presslabels import is_press_label, is_release_note
from tearsheet.recognise import Draft

# The subject's label in the mail programs' languages (Outlook, Gmail, Thunderbird, Apple
# Mail); CLDR holds no such words.
SUBJECT_LABELS = (
    r"subject|betreff|objet|sujet|asunto|assumpte|oggetto|assunto|onderwerp|temat|"
    r"předmět|predmet|zadeva|emne|ämne|aihe|tárgy|konu|subiect|θέμα|тема|tema|subjek|"
    r"perihal|chủ đề|tiêu đề|件名|主题|主旨|제목|الموضوع|موضوع|נושא|विषय|เรื่อง"
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


def subject_headline(draft: Draft) -> str | None:
    """The subject of the e-mail whose header was read (its lines are in ``draft.removed``),
    without a forward's prefix or a press release's label beside it ("NOTA DE PREMSA | El
    Bicing arriba …" gives "El Bicing arriba …"); None when there is none, or when what is
    left is a label or the name of a newsletter's issue of a word or two."""
    for rule, line in draft.removed:
        if rule != "e-mail header" or (match := _SUBJECT.match(line.strip())) is None:
            continue
        subject = match["subject"].strip()
        while (prefix := _PREFIX.match(subject)) is not None:
            subject = subject[prefix.end() :]
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
