"""Photo captions in the story's body: a caption beside its credit, a credit alone, a
sentence closed by a credit over the story's dateline."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.agencies import agency_of
from tearsheet.datelines import opens_with_dateline
from tearsheet.personnames import has_given_name, is_name, is_person
from tearsheet.photocredits import is_bare_credit, is_caption_at
from tearsheet.recognise import Draft, excerpt
from tearsheet.sections import heads_prose

# A photo's caption standing on its own line beside its credit is at most this long.
CAPTION_LENGTH = 220
# A sentence's stop, then a credit in brackets ("… municipal. (EFE)", "… Straße. (Foto: mb)").
_CLOSING_CREDIT = re.compile(r"[.!?]\s?\([^()\n.!?]{1,40}+\)$")
# The bar or bullet that sets a caption's credit off, opening the credit's line when the
# copy broke the caption's line before it ("| Bild: Sabine Wehrle", "· Foto: dpa").
_CREDIT_BARS = ("|", "·", "•")


def is_photo_credit(line: str) -> bool:
    """A photographer's mark alone on its line ("Molly Brandt/The Coloradoan", "Courtesy of
    the family"), not an editor's mark ("(sama)")."""
    found = zones.clutter_of(" ".join(line.split()))
    return found is not None and found.name == "credit mark" and not line.lstrip().startswith("(")


def caption_indices(paragraphs: list[str], draft: Draft) -> set[int]:
    """A photo's caption on its own line goes with the credit under it ("Parents fill the
    board room on Tuesday." / "Molly Brandt/The Coloradoan"), as sites print them. A line
    under a credit is not taken: it is as often the story's short first paragraph, under
    a photo credited without a caption ("Foto: Colourbox"); nor one over a credit that says
    it is one ("Foto: …", "fot. …"), printed as often under a photo with no caption, unless
    it is one short sentence with no quotation, a caption's shape (SHORT_CAPTION). Such a
    credit itself goes where no clutter rule takes it ("fot. Piotr Wittman/Trojmiasto.pl",
    "ISITHOMBE: DOCTOR NGCOBO"), and a caption that ends in its credit ("Sniegas Vilniuje |
    BNS nuotr."). Returns the places of the captions and credits, each
    recorded as removed."""
    credits = [is_photo_credit(p) for p in paragraphs]
    captions = [
        index - 1
        for index in range(1, len(paragraphs))
        if credits[index]
        and not credits[index - 1]
        and zones.text_length(paragraphs[index - 1]) <= CAPTION_LENGTH
        and not paragraphs[index - 1].rstrip().endswith(":")
        and zones.clutter_of(paragraphs[index - 1]) is None
        # Over the story, or between the page's furniture: a short paragraph of the story
        # over a photo credited without a caption ("Foto: dpa") is no caption.
        and (index == 1 or not zones.is_prose(paragraphs[index - 2]))
    ]
    labelled = [
        index
        for index, line in enumerate(paragraphs)
        if is_caption_at(paragraphs, index) and zones.clutter_of(" ".join(line.split())) is None
    ]
    # "Auf diesem Abschnitt … Straße." / "| Bild: Sabine Wehrle": the caption's line broken
    # before the bar that sets its credit off; the line over the credit is the caption.
    # ... the lead photo's, over the story: under the story's prose, a credit alone under a
    # picture with no caption follows the story's own paragraph.
    lead = next((at for at, text in enumerate(paragraphs) if zones.is_prose(text)), 0) + 1
    captions += [
        index - 1
        for index in range(1, min(lead + 1, len(paragraphs)))
        if paragraphs[index].lstrip()[:1] in _CREDIT_BARS
        and is_bare_credit(paragraphs[index].lstrip()[1:])
        and zones.text_length(paragraphs[index - 1]) <= CAPTION_LENGTH
        and not paragraphs[index - 1].rstrip().endswith(":")
        and zones.clutter_of(paragraphs[index - 1]) is None
    ]
    # "Habitantes … en una pipa municipal. (EFE)" over "Monterrey, Nuevo León.- …": a
    # sentence closed by a credit in brackets over the story's dateline is the lead photo's
    # caption (the same credit closing the story's own paragraph keeps it).
    opening = next((at for at, text in enumerate(paragraphs) if zones.is_prose(text)), None)
    if (
        opening is not None
        and opening + 1 < len(paragraphs)
        and zones.text_length(paragraphs[opening]) <= CAPTION_LENGTH
        and _CLOSING_CREDIT.search(paragraphs[opening])
        and opens_with_dateline(paragraphs[opening + 1], draft.lang)
    ):
        captions.append(opening)
    # "Feuerwehrleute räumen … von der Fahrbahn." over "Bild: dpa" between the story's
    # paragraphs: one short sentence over a labelled credit is the picture's caption.
    captions += [
        index - 1
        for index in range(1, len(paragraphs))
        if _LABELLED_CREDIT.match(paragraphs[index].strip())
        and (found := zones.clutter_of(" ".join(paragraphs[index].split()))) is not None
        and found.name == "photo caption"
        and _is_short_caption(paragraphs[index - 1])
    ]
    # "Die Baustelle am Frankhplatz …: Hier stößt …" / "Foto: Imago / Heinz Prantl" over "Wien
    # – Wer auf …": the story opens with its dateline under the credit; the line over it is
    # the lead photo's caption, however long.
    first = opening or 0
    # A credit by its mark ("Molly Brandt/The Coloradoan") or its label ("Foto: Imago / …").
    marked = [credit or is_bare_credit(p) for credit, p in zip(credits, paragraphs, strict=True)]
    if (
        first + 2 < len(paragraphs)
        and marked[first + 1]
        and zones.text_length(paragraphs[first]) <= CAPTION_LENGTH
        and opens_with_dateline(paragraphs[first + 2], draft.lang)
        and not opens_with_dateline(paragraphs[first], draft.lang)
    ):
        captions.append(first)
    # "Фото: Дмитрий Лебедев / …" over "Строящийся жилой комплекс …" between the story's
    # paragraphs, a subheading under it: the caption under its credit, no sentence.
    captions += [
        index + 1
        for index in range(1, len(paragraphs) - 2)
        if marked[index]
        and zones.is_prose(paragraphs[index - 1])
        and not zones.is_sentence(paragraphs[index + 1])
        and zones.text_length(paragraphs[index + 1]) <= SHORT_CAPTION
        and zones.clutter_of(paragraphs[index + 1]) is None
        and heads_prose(paragraphs, index + 2)
    ]
    # "Concetta Giuffrida al lavoro sul molo. Rammenda venti metri di rete al giorno"
    # between the story's paragraphs: a sentence, then one left without its stop; the
    # story's paragraphs end on theirs.
    captions += [
        index
        for index in range(1, len(paragraphs) - 1)
        if _UNSTOPPED_CAPTION.fullmatch(" ".join(paragraphs[index].split()))
        and zones.is_prose(paragraphs[index - 1])
        and (zones.is_prose(paragraphs[index + 1]) or heads_prose(paragraphs, index + 1))
    ]
    # "جانب من حفل توقيع العقد … بالرياض (واس)" between the story's paragraphs: words with no
    # stop, closed by an agency's name in brackets, are its photo's caption and credit.
    captions += [
        index
        for index in range(1, len(paragraphs) - 1)
        if (found := _AGENCY_CAPTION.fullmatch(" ".join(paragraphs[index].split())))
        and agency_of(found["credit"].strip()) is not None
        and zones.is_prose(paragraphs[index - 1])
        and (zones.is_prose(paragraphs[index + 1]) or heads_prose(paragraphs, index + 1))
    ]
    captions += _unstopped_captions(paragraphs)
    for index in sorted({*captions, *labelled}):
        draft.stripped.append(f"photo caption {excerpt(paragraphs[index])}")
        # A line taken for where it stands (over a credit) is a zone's removal, as the
        # header's captions are; a credit's own words are a rule's.
        reason = "photo caption" if index in labelled else "captions and credits"
        draft.removed.append((reason, paragraphs[index]))
    return {*captions, *labelled}


# A picture's credit with its label first: "Foto: dpa", "Bild: Jan Woitas/dpa".
_LABELLED_CREDIT = re.compile(
    r"(?i:foto|fotos|photo|bild|kuva|zdjęcie|fot\.|image|imagen|imagem)\s?:"
)
# A caption of a sentence and one without its stop: the first's last word of three letters
# or more (no abbreviation's stop: "St. Clair"), a capital after it, a letter or figure
# last, no colon (a video's teaser, "… eyed: Jeffrey Epstein is dead. Prosecutors …"). At
# most 220 characters.
_AGENCY_CAPTION = re.compile(r"[^.!?。؟()\n]{10,200}+\((?P<credit>[^()\n]{2,30}+)\)")
_UNSTOPPED_CAPTION = re.compile(
    r"(?=.{30,220}$)[^.!?:\n]{10,120}+(?<=[^\W\d_]{3})\. "
    r"(?:(?-i:[A-ZÀ-ÝĀ-Ž])|(?=[\u0590-\u06ff]))[^.!?:\n]{8,150}+(?<=[^\W_])"
)


def _unstopped_captions(paragraphs: list[str]) -> list[int]:
    """Over the story's prose, first or between two paragraphs: a caption without its stop
    over its photographer's bare name ("Os calceteiros trabalham de joelhos, … dupla" /
    "Rui Gaudêncio"), both; a Japanese caption with no stop ending in its brackets
    ("…新幹線乗り換え口（23日午後4時半ごろ）")."""
    found = []
    for index in range(len(paragraphs) - 1):
        line = " ".join(paragraphs[index].split())
        if index and not zones.is_prose(paragraphs[index - 1]):
            continue
        wide = (
            zones.has_wide(line)
            and line.endswith(("）", ")"))
            and not any(mark in line for mark in "。！？")
            and len(line) <= WIDE_CAPTION
        )
        if wide and zones.is_prose(paragraphs[index + 1]):
            found.append(index)
            continue
        credited = (
            index + 2 < len(paragraphs)
            and line[-1:].isalnum()
            and zones.word_count(line) >= CAPTION_WORDS
            and len(line) <= CAPTION_LENGTH
            and is_bare_name(paragraphs[index + 1])
            and zones.is_prose(paragraphs[index + 2])
        )
        if credited:
            found += [index, index + 1]
    return found


# A Japanese caption is at most this many characters; a caption over its credit at least
# this many words.
WIDE_CAPTION = 80
CAPTION_WORDS = 6
# A caption is one sentence of at most this many characters.
SHORT_CAPTION = 90


def _is_short_caption(line: str) -> bool:
    """A caption's shape: one sentence, or two, in SHORT_CAPTION characters ("Posiedzenie
    RPP odbędzie się w przyszłym tygodniu. Rynek nie oczekuje zmiany stóp."), no quote."""
    text = line.strip()
    return (
        len(text) <= SHORT_CAPTION
        and text[-1:] == "."
        and text[:-1].count(". ") <= 1
        and not any(mark in text for mark in '"“”„«»')
    )


def is_bare_name(line: str) -> bool:
    """A person's name alone on its line, two to four words, a known given name first: a
    photographer's credit (not a subheading, "Aktuelle Situation")."""
    line = " ".join(line.split())
    words = line.split()
    return 2 <= len(words) <= 4 and is_name(line) and is_person(line) and has_given_name(words[0])
