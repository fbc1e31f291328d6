"""The dek (standfirst) of copied text: the sentence or two between the headline block and
the story, told from the story's first paragraph by what stands under it."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.agencies import agency_of
from tearsheet.datelines import split_dateline
from tearsheet.gluedlines import join_subtitle
from tearsheet.letters import is_salutation
from tearsheet.pagehead import drop_blocks, names_line
from tearsheet.personnames import has_given_name, is_name, is_person, is_role_line
from tearsheet.photocredits import is_bare_credit
from tearsheet.recognise import Draft, excerpt, header_part
from tearsheet.speakerlabels import is_speaker_label, speaker_label
from tearsheet.underheadlines import is_caption

# A dek is at most this long, and at least DEK_WORDS words: a sentence or two.
DEK_LENGTH = 250
DEK_WORDS = 6
DEK_SENTENCES = 2
# A dek is plainly shorter than the story's paragraphs: at most this share of the median
# length of the first STORY_SAMPLE blocks under the photo.
SHORTER = 0.8
STORY_SAMPLE = 3
# The share of a standfirst's words that the story's first paragraph says again.
RESTATED = 0.3
# Under the photo, at most this many buttons of at most BUTTON_WORDS words each stand over
# the story ("Link copied", "Share article").
BUTTONS = 3
BUTTON_WORDS = 3
# A writer's note under the header is at most this many words, under at most NOTE_REACH - 1
# buttons.
NOTE_WORDS = 30
NOTE_REACH = 2
# A caption that says what the photo shows is at least this many words with its credit.
CAPTION_WORDS = 6
# A full stop after a number inside the line is an ordinal's ("am 16. Mai"), no sentence's end.
_SENTENCE_END = re.compile(r"[.!?。！？]+(?=[\s\"'”’»)]*+$)|(?<!\d)[.!?。！？]+(?=\s)")

# An interview's turn opening with a dash ("– Як ви …?", "— Почему …?"), or with its
# speaker's label and a colon ("Lerato Mokoena: …", tearsheet.speakerlabels).
_DIALOGUE = re.compile(r"[—–―-]\s")
# The full stops of scripts other than Latin's and CJK's: Armenian, Devanagari and Bengali,
# Urdu, Ethiopic.
_OTHER_STOPS = re.compile(r"[։।۔።]+")
# An interview's first answer is at least this long; a scene's replies are shorter.
ANSWER_LENGTH = 50
# A clock time in a date line: "18/6/2026, 08:05", "14.11.2026, 18.02 Uhr", "9:00 ET".
CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?![\d.])")
# A live story's update opens with its time ("अपडेट 4:10 PM: …", "Update 14:20: …"), a
# word or two before it at most: the story's entry, not a dek.
_OPENS_WITH_TIME = re.compile(r"\W{0,3}+(?:\S{1,20}+\s++){0,2}?\d{1,2}[:.h]\d{2}(?!\d)")


# A caption under its credit is one sentence of at most this many characters.
CAPTION_UNDER_CREDIT = 120


def _caption_under_credit(blocks: list[str], start: int) -> bool:
    """The story's first block is one short sentence under the lead photo's credit naming
    agency and photographer, over a paragraph at least twice as long (under a stock
    picture's credit, "Foto: Colourbox", a short first paragraph is the story's)."""
    credit = blocks[start - 1] if 0 < start < len(blocks) - 1 else ""
    if not is_bare_credit(credit) or "/" not in credit:
        return False  # the agency's and the photographer's credit ("Foto: Танјуг/Немања …")
    line, story = blocks[start].strip(), blocks[start + 1]
    return (
        len(line) <= CAPTION_UNDER_CREDIT
        and line[-1:] == "."
        and ". " not in line
        and zones.is_prose(story)
        and len(story) >= 2 * len(line)
    )


def _writer_with_role(line: str) -> list[str]:
    """The writer's name and role on a line ("Bart Hoogerwerf, politiek verslaggever"): the
    name; [] for any other line."""
    name, comma, role = line.partition(", ")
    if not comma or not is_role_line(role) or zones.is_sentence(line) or agency_of(role):
        return []  # "Al Goldis, Associated Press": a photo's credit
    return names_line(name)


def read_dek_over_caption(blocks: list[str], start: int, draft: Draft) -> int:
    """ "<headline> / <date> / Đoàn tàu metro số 3 lần đầu chạy thử … / <photo's caption> /
    <story>": a sentence or two right under the header with the lead photo's caption under
    it, plainly shorter than the story's paragraphs under the photo, is the dek, not the
    story's first paragraph, and the caption goes; so is such a sentence over the story's
    first paragraph opening with its dateline. Returns where the body starts (``start``,
    or the line under the dek or the caption)."""
    start = _skip_writer_note(blocks, join_subtitle(blocks, start, draft), draft)
    if _caption_under_credit(blocks, start):
        # "Foto: Liepājas HK / Matīss Ozols" / "Hokejisti svin uzvaras vārtus." / <story>:
        # the lead photo's credit, then its caption of one sentence over the story.
        draft.stripped.append(f"caption {excerpt(blocks[start])}")
        draft.removed.append(("captions and credits", blocks[start]))
        start += 1
    if draft.dek is not None or start + 2 >= len(blocks):
        return start
    line, under = blocks[start : start + 2]
    if (
        _is_dek(line, draft)
        and _OPENS_WITH_TIME.match(line) is None
        and _opens_with_dateline(under, draft.lang)
    ):
        # "<dek> / Bern, 24. März 2026 – Die SBB …": the story opens with its dateline, so
        # the sentence over it is not the story's.
        draft.dek = line
        draft.recognised.append(f"dek {excerpt(line)} over the story's dateline")
        return start + 1
    if _is_dek(line, draft) and _one_sentence(line) and _opens_interview(blocks, start + 1, draft):
        # "<header> / Директор обленерго розповів про … / – Як ви оцінюєте …? / – Краще …":
        # a sentence over the interview's first question is its standfirst; an interview
        # opening with a portrait of its guest says more, in sentences of its own.
        draft.dek = line
        draft.recognised.append(f"dek {excerpt(line)} over the interview's first question")
        return start + 1
    if _is_dek(line, draft) and _one_sentence(line) and _under_timed_headline(blocks, start, draft):
        # "Thứ năm, 18/6/2026, 08:05 / <headline> / <one sentence> / <the story's longer
        # paragraphs>": a news page's standfirst under a headline stamped with its time.
        draft.dek = line
        draft.recognised.append(f"dek {excerpt(line)} under the timed headline")
        return start + 1
    if (
        not draft.byline
        and _is_dek(line, draft)
        and (names := _writer_with_role(under))
        and start + 2 < len(blocks)
        and zones.is_prose(blocks[start + 2])
    ):
        # "<dek> / Bart Hoogerwerf, politiek verslaggever / <story>": the writer's line
        # under the sentence makes it the dek.
        draft.dek = line
        draft.byline.extend(names)
        draft.recognised.append(f"dek {excerpt(line)} over the byline {excerpt(under)}")
        draft.removed.append(("byline role", under))
        return start + 2
    if not _is_dek(line, draft) or not _is_photo_caption(under):
        return start
    story = _story_under(blocks, start + 2)
    if story is None:
        return start
    lengths = sorted(len(b) for b in blocks[story : story + STORY_SAMPLE])
    if len(line) > SHORTER * lengths[len(lengths) // 2]:
        return start  # as long as the story's paragraphs under the photo: the story's first
    draft.dek = line
    draft.recognised.append(f"dek {excerpt(line)} over the photo's caption")
    draft.stripped.append(f"caption {excerpt(under)}")
    draft.removed.append(("captions and credits", under))
    return start + 2


def _skip_writer_note(blocks: list[str], start: int, draft: Draft) -> int:
    """ "Kovács Eszter közgazdász, a Lakhatási Kutatócsoport munkatársa.", "Jane Doe is a
    historian at York.": a sentence or two on the writer, opening with the byline's name,
    right under the header (under a button or two at most) is the writer's note, not the
    story's. Returns where the body starts."""
    for index in range(start, min(len(blocks), start + NOTE_REACH)):
        line = blocks[index]
        if _is_writer_note(line, draft):
            drop_blocks(blocks[start : index + 1], "writer's note under the header", draft)
            return index + 1
        if zones.word_count(line) > BUTTON_WORDS or zones.is_sentence(line):
            break
    return start


def _is_writer_note(line: str, draft: Draft) -> bool:
    """The line opens with a name of the byline and goes on in a few words on who they are:
    not with a colon (an interview's question under its asker's name)."""
    if zones.word_count(line) > NOTE_WORDS or len(_SENTENCE_END.findall(line)) > DEK_SENTENCES:
        return False
    for name in draft.byline:
        rest = line[len(name) :] if line.startswith(name) else ""
        if rest[:1] in (" ", ",") and rest.strip(" ,")[:1].islower() and zones.is_sentence(line):
            return True
    return False


def _story_under(blocks: list[str], index: int) -> int | None:
    """Where the story's prose starts under the photo: right there, or under a few buttons
    ("abc.net.au/news/…", "Link copied", "Share article"); None when no prose is near."""
    for number in range(index, min(len(blocks), index + BUTTONS + 1)):
        line = blocks[number]
        if zones.is_prose(line):
            return number
        if zones.word_count(line) > BUTTON_WORDS or zones.is_sentence(line):
            return None
    return None


def _is_dek(line: str, draft: Draft) -> bool:
    """A sentence or two, not a letter's greeting, a list's lead-in or a dateline."""
    return (
        len(line) <= DEK_LENGTH
        and zones.word_count(line) >= DEK_WORDS
        and zones.is_sentence(line)
        and len(_SENTENCE_END.findall(line)) <= DEK_SENTENCES
        and line.rstrip()[-1:] not in ":："
        and not is_salutation(line)
        and not _opens_with_dateline(line, draft.lang)
    )


def _under_timed_headline(blocks: list[str], start: int, draft: Draft) -> bool:
    """The line stands right under the headline and a date with its clock time (the one
    over the other), and the story's paragraph under it is plainly longer."""
    line, over = blocks[start], blocks[start - 2 : start]
    if len(over) < 2 or draft.headline not in over:
        return False
    dated = over[1] if over[0] == draft.headline else over[0]
    # The story's first paragraphs: a live story's first entry ("Cập nhật 11h: …") may be
    # as short as the standfirst, the paragraphs under it are longer.
    story = blocks[start + 1 : start + 1 + STORY_SAMPLE]
    lengths = sorted(len(b) for b in story)
    return (
        CLOCK.search(dated) is not None
        and header_part(dated, Draft(lang=draft.lang))
        and lengths[len(lengths) // 2] * SHORTER > len(line)
        and any(zones.is_prose(b) for b in story)
        and _restated(line, " ".join(story), draft.lang)
    )


def _restated(dek: str, lede: str, lang: str | None) -> bool:
    """The paragraph under the sentence tells its news again, in many of its words: a
    standfirst sums up the story that its first paragraph then opens ("Tuyến metro số 1 …
    100.000 lượt khách …" / "… tuyến metro … 101.430 lượt hành khách …"); a one-sentence
    lede is followed by what comes next ("The Federal Reserve held rates …" /
    "Policymakers said uncertainty …")."""
    stop = zones.stop_words(lang)
    words = {w for w in zones.words_of(dek) if w not in stop and not w.isdigit()}
    told = set(zones.words_of(lede))
    return bool(words) and len(words & told) >= RESTATED * len(words)


def _one_sentence(line: str) -> bool:
    """One sentence, by the full stops of the scripts ("։" Armenian's, "।" Devanagari's)."""
    return len(_SENTENCE_END.findall(line)) + len(_OTHER_STOPS.findall(line)) <= 1


def _opens_interview(blocks: list[str], index: int, draft: Draft) -> bool:
    """The interview's first turns stand there: a question and its answer each opening
    with a dash ("– Як ви оцінюєте …?"), or each under a speaker's label ("AGNIESZKA SOWA:
    – Od kilku lat …" / "EWA KOŁODZIEJ: – Niekoniecznie …"); one labelled line alone may be
    a book's or a show's credits ("Sofie Brandt: 'Klitterne'. 214 sider …")."""
    if _DIALOGUE.match(blocks[index - 1]) or speaker_label(blocks[index - 1]):
        return False  # the line over them is a turn itself
    turns = blocks[index : index + 2]
    if len(turns) < 2:
        return False
    if all(_DIALOGUE.match(turn) for turn in turns):
        # An interviewer's question and the guest's answer, not a scene's dialogue ("— ¿Vienes
        # a comer hoy?" / "— Claro, abuela."), which a column or a story opens with too.
        return turns[0].rstrip().endswith(("?", "？")) and len(turns[1]) >= ANSWER_LENGTH
    labels = [speaker_label(turn) for turn in turns]
    return all(
        label is not None
        and is_speaker_label(label, blocks[index + at :], draft.byline, draft.lang)
        for at, label in enumerate(labels)
    )


def _opens_with_dateline(line: str, lang: str | None) -> bool:
    """ "LONDON (Reuters) - …": a dateline opens the story, however short its paragraph; a
    photo's credit in capitals ("ФОТО: ТАНЈУГ/ ДУШАН МИЛЕНКОВИЋ") opens none."""
    return split_dateline(line, lang)[0] is not None and not is_bare_credit(line)


def _is_photo_caption(line: str) -> bool:
    """A photo's caption that says what it shows, with its credit; a credit alone ("Foto:
    dpa", "Photo: Anna Berg") stands as often under a photo with no caption, over the
    story's own short first paragraph."""
    found = zones.clutter_of(line)
    return zones.word_count(line) >= CAPTION_WORDS and (
        is_caption(line) or (found is not None and found.name == "photo caption")
    )


def read_dek_over_dateline(paragraphs: list[str], draft: Draft) -> list[str]:
    """A release's subtitle left over its opening place and date once the headline over it
    was found ("Rund 1.400 Haushalte sollen … angeschlossen werden" / "Heilbronn, 12. Februar
    2026. Die …"): the dek. Returns the paragraphs without it."""
    if draft.dek is not None or len(paragraphs) < 2:
        return paragraphs
    line = paragraphs[0]
    if (
        len(line) > DEK_LENGTH
        or zones.word_count(line) < DEK_WORDS
        or line.rstrip()[-1:] in ":："
        or is_salutation(line)
        or _opens_with_dateline(line, draft.lang)
        or not _opens_with_dateline(paragraphs[1], draft.lang)
    ):
        return paragraphs
    draft.dek = line
    draft.recognised.append(f"dek {line[:40]!r} over the dateline")
    return paragraphs[1:]


def is_under_dek(line: str, kind: str, following: str) -> bool:
    """What stands under a standfirst among the header's lines: a date or byline line, or a
    writer's full name alone over the photo's caption ("Aveva 89 anni. …" / "Marta Pesenti"
    / "Gino Ravasio davanti al suo forno … (Foto Bedolis)"); a name over a table's title is
    the table's ("Kyle Busch" / "Classificação final …:")."""
    if kind in ("header", "name"):
        return True
    named = kind == "title" and is_name(line) and has_given_name(line) and is_person(line)
    return named and is_caption(following)
