"""The writer's notes around the story: the bio under it, a note on the writer, the column's
standing disclaimer above or under it."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.boilerplate import is_disclaimer, is_standing_line
from tearsheet.headblock import KICKER_WORDS
from tearsheet.letters import ends_with_signature
from tearsheet.recognise import Draft, excerpt
from tearsheet.speakerlabels import interview_speakers
from tearsheet.storynotes import is_story_note

# A closing paragraph naming the author in its first words is the author's bio ("* Ο Νίκος
# Παπαδάκης είναι…", "Ann Lee covers transport.").
BIO_NAME_REACH = 5
# "The writer is a former school principal…", the opinion page's note on its author.
_WRITER_NOTE = re.compile(
    # In brackets too: "(लेखक वरिष्ठ पत्रकार हैं)", "(مضمون نگار … ہیں)": the writer's note
    # as Hindi, Urdu, Arabic and Persian papers print it, its noun opening it.
    r"[(\[]?(?:مضمون نگار|کالم نگار|مصنف|مصنفہ|लेखक|लेखिका|الكاتب|الكاتبة|نویسنده|"
    r"the (?:writer|author|columnist)s? (?:is|was|are)|der autor ist|die autorin ist|"
    r"l'auteur est|l’auteur est|l'autrice est|el autor es|la autora es|l'autore è|"
    r"o autor é|a autora é|de auteur is|de schrijver is|autor jest|autorka jest|a szerző|"
    r"yazar|tekijä on|kirjoittaja on|kirjoittaja toimii|författaren är|forfatteren er|"
    r"skribenten är|skribenten er|artikkelforfatteren er|autorka je|penulis adalah|"
    r"autor je)\b",
    re.IGNORECASE,
)
# The outlet or agency a story is credited to, in brackets alone under it ("(AP)",
# "(Tribunjogja.com)", "(dpa)"): a name of up to three words, no figure and no sentence.
_BRACKETED_CREDIT = re.compile(r"[(\[](?=[^\W\d_])[^\W\d_][\w.&'’-]*+(?: [\w.&'’-]++){0,2}+[)\]]")
# A closing paragraph about the author is at most this long.
MAX_BIO = 300
# A note under the writer's bio (a disclaimer, a call to follow the site) is at most this long.
BIO_NOTE_LENGTH = 200
# A role line under a note on the writer is at most this many words.
NOTE_ROLE_WORDS = 14
# At most this many closing notes on the writer and the column follow the story.
CLOSING_NOTES = 3
# The column's standing notes, the same under every piece: a disclaimer, a note on the
# spelling the writer uses (Portuguese papers).
_STANDING_NOTE = re.compile(
    r"n'engagent que leurs? auteurs?|n’engagent que leurs? auteurs?|"
    r"(?:opini|pandangan) pribadi penulis|tidak mencerminkan pandangan redaksi|"
    r"bukan cerminan sikap redaksi|"
    # Scandinavian papers' "Dette er et debattinnlegg. Innlegget gir uttrykk for
    # skribentens holdning.", "Åsikterna i texten är skribentens egna."
    r"gir uttrykk for (?:skribentens|forfatterens|kronikørens)|"
    r"er udtryk for (?:skribentens|forfatterens|debattørens)|"
    r"(?:åsikterna|åsikter) i (?:texten|artikeln) är (?:skribentens|författarens)|"
    r"edustaa kirjoittajan omaa|edustavat kirjoittajan omia|"
    # Urdu blogs' "… is not bound to agree with this blogger's views".
    r"کے خیالات سے متفق ہونا ضروری نہیں|"
    # An agency's story taken unedited ("Dieser Text wurde automatisch von der Deutschen
    # Presse-Agentur (dpa) übernommen und von der SZ-Redaktion nicht bearbeitet.").
    r"von der [\w-]{1,20}redaktion nicht bearbeitet|"
    r"escreve (?:segundo|de acordo com) o (?:novo |antigo )?acordo ortográfico|"
    # A disclaimer under the column, labelled so ("Disclaimer: News24 encourages…").
    r"^disclaimer\s*+:|"
    r"nemusí odrážet postoj redakce|nemusia odrážať postoj redakcie|"
    r"geben nicht (?:notwendigerweise|zwingend) die meinung der redaktion wieder|"
    r"no reflejan? necesariamente|non riflettono necessariamente|"
    r"nie (?:muszą )?odzwierciedla(?:ją|ć) (?:stanowiska|poglądów) redakcji|"
    r"(?:this )?interview (?:has been|was) (?:edited|condensed)|"
    r"rozmowa została (?:zredagowana|skrócona)|das (?:gespräch|interview) wurde "
    r"(?:gekürzt|redigiert|bearbeitet)|l['’](?:entretien|entrevue) a été (?:édité|condensé|"
    r"raccourci)|la entrevista (?:fue|ha sido) (?:editada|condensada)|l['’]intervista è "
    r"stata (?:editata|ridotta)|(?:this post|dit bericht|dieser (?:beitrag|artikel)|cet "
    r"article) (?:contains|bevat|enthält|contient) (?:affiliate|partner)|"
    r"do not necessarily reflect the views of|the views expressed (?:here |in this "
    r"(?:article|column|piece) )?are (?:those of the author|the author'?s own|his own|her own|"
    r"their own|the writer'?s own)",
    re.IGNORECASE,
)
# A standing note over the column says what it is in its first words.
NOTE_START = 80


def drop_standing_note(paragraphs: list[str], draft: Draft) -> list[str]:
    """ "Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens holdning." over the
    column: its standing note, above it as under it, saying so in its first words."""
    if len(paragraphs) < 2 or len(paragraphs[0]) > BIO_NOTE_LENGTH:
        return paragraphs
    note = _STANDING_NOTE.search(paragraphs[0])
    # ... or the disclaimer every column carries ("Åsikterna som uttrycks är skribenternas
    # egna.", "Точка зору автора може не збігатися з позицією редакції").
    if not ((note is not None and note.start() <= NOTE_START) or is_disclaimer(paragraphs[0])):
        return paragraphs
    draft.stripped.append(f"the column's standing note {excerpt(paragraphs[0])}")
    draft.removed.append(("author bio", paragraphs[0]))
    return paragraphs[1:]


def drop_bio(paragraphs: list[str], draft: Draft) -> list[str]:
    """The closing notes on the writer: a paragraph that starts with the author's name (the
    bio), a note on the writer ("Autor je ekonom…"), the column's standing disclaimer ("Les
    tribunes publiées… n'engagent que leurs auteurs"), in any order, up to CLOSING_NOTES.
    A correction or an editor's note closing the story is the story's: the notes are read
    over it, and it stays."""
    notes = len(paragraphs)
    while notes > 2 and is_story_note(paragraphs[notes - 1]):
        notes -= 1
    paragraphs, closing = paragraphs[:notes], paragraphs[notes:]
    for _ in range(CLOSING_NOTES):
        kept = _drop_closing_note(paragraphs, draft)
        if kept is paragraphs:
            break
        paragraphs = kept
    return _drop_speaker_bio(_drop_bio_over_notes(paragraphs, draft), draft) + closing


# An interviewee's bio names them in its first words ("Prof. Ewa Malinowska jest …").
SPEAKER_REACH = 3
# A title's abbreviation before a name ("Prof.", "Dr.", "Mgr.").
_TITLE = re.compile(r"^[^\W\d_]{1,5}\.\s")
# A sentence's end inside the paragraph.
_SENTENCES = re.compile(r"[.!?…]\s++(?=\S)")


def _drop_speaker_bio(paragraphs: list[str], draft: Draft) -> list[str]:
    """An interview's closing note on whom it asked, naming them in its first words as the
    turns or the headline do ("Katrin Melzer, 47, leitet …" under "Melzer: …" turns); not
    their last answer ("Melzer: Das stimmt oft.")."""
    if len(paragraphs) < 3 or len(paragraphs[-1]) > MAX_BIO or not zones.is_prose(paragraphs[-1]):
        return paragraphs
    last = paragraphs[-1]
    # "Prof. Ewa Malinowska jest …": a title's stop ends no sentence.
    untitled = _TITLE.sub("", last.strip())
    if _SENTENCES.search(untitled) or any(mark in last for mark in '?"“”„«»'):
        return paragraphs  # one sentence about them, no answer nor quote
    opening = " ".join(last.split()[:SPEAKER_REACH])
    for speaker in interview_speakers(paragraphs[:-1], draft.headline):
        named = re.search(rf"(?<!\w){re.escape(speaker)}(?!\w)(?!\s?[:：])", opening, re.IGNORECASE)
        if named and not opening[: named.start()].rstrip().endswith((":", "：")):
            draft.stripped.append(f"interviewee's bio {excerpt(last)}")
            draft.removed.append(("author bio", last))
            return paragraphs[:-1]
    return paragraphs


def _drop_bio_over_notes(paragraphs: list[str], draft: Draft) -> list[str]:
    """The writer's bio over short lines the notes above did not take ("Rizky Pratama
    adalah perencana … / <a disclaimer> / <the site's call to follow it>"): the bio names
    the writer in its first words, and nothing but short lines follows it."""
    for back in range(2, CLOSING_NOTES + 1):
        index = len(paragraphs) - back
        if index < 1 or not draft.byline:
            break
        bio, after = paragraphs[index], paragraphs[index + 1 :]
        opening = " ".join(bio.split()[:BIO_NAME_REACH])
        if (
            len(bio) <= MAX_BIO
            and zones.is_prose(bio)  # a sentence, not a signature's name line
            and not ends_with_signature(paragraphs)
            and any(zones.stands_whole(name, opening) for name in draft.byline)
            and all(len(line) <= BIO_NOTE_LENGTH for line in after)
        ):
            # A correction or an editor's note under the bio is the story's, and stays.
            notes = [line for line in after if is_story_note(line)]
            draft.stripped.append(f"author bio {excerpt(bio)}")
            draft.removed.extend(
                ("author bio", line) for line in paragraphs[index:] if line not in notes
            )
            return paragraphs[:index] + notes
    return paragraphs


def _is_unpunctuated_role(line: str) -> bool:
    """A few words of a role, no sentence ("Investigadora em geografia económica")."""
    return not zones.is_sentence(line) and 0 < zones.word_count(line) <= NOTE_ROLE_WORDS


# A platform's counts under a post are at most this many words.
META_WORDS = 10


def _is_meta(line: str) -> bool:
    """A platform's counts under a post ("Karma článku: 26,14 | Přečteno: 4 812×"): no
    sentence, a few words, a number among them."""
    return (
        not zones.is_sentence(line)
        and 0 < zones.word_count(line) <= META_WORDS
        and any(char.isdigit() for char in line)
    )


def _is_closing_note(paragraph: str, draft: Draft) -> bool:
    """A note on the writer or the column: one starting with the author's name, or one in
    the words such notes are written in."""
    opening = " ".join(paragraph.split()[:BIO_NAME_REACH])
    named = any(zones.stands_whole(name, opening) for name in draft.byline)
    return len(paragraph) <= MAX_BIO and bool(
        named or _WRITER_NOTE.match(paragraph) or _STANDING_NOTE.search(paragraph)
    )


def _drop_closing_note(paragraphs: list[str], draft: Draft) -> list[str]:
    """The last closing note, if the last paragraph is one (a letter's signature is none);
    the paragraphs as they were otherwise."""
    if len(paragraphs) < 2 or ends_with_signature(paragraphs):
        return paragraphs
    # "Selin Aydoğan kimdir?", "More about Ann Lee" over the bio: a short line naming the
    # author, then the closing paragraph.
    last, heading = paragraphs[-1], paragraphs[-2]
    if (
        len(paragraphs) > 2
        and len(last) <= MAX_BIO
        and zones.word_count(heading) <= KICKER_WORDS + 2
        and any(name in heading for name in draft.byline)
        and draft.byline
    ):
        draft.stripped.append(f"author bio {excerpt(heading)}")
        draft.removed.extend([("author bio", heading), ("author bio", last)])
        return paragraphs[:-2]
    if (
        _is_unpunctuated_role(last)
        and len(paragraphs) > 2
        and _is_closing_note(paragraphs[-2], draft)
    ):
        # "A autora escreve segundo o acordo ortográfico de 1945 / Professora do ensino
        # secundário": the writer's role under the note on the writer.
        draft.stripped.append(f"author bio {excerpt(last)}")
        draft.removed.append(("author bio", last))
        return paragraphs[:-1]
    if _is_meta(last) and len(paragraphs) > 2 and is_standing_line(paragraphs[-2]):
        # "Karma článku: 26,14 | Přečteno: 4 812×" under the blog's standing disclaimer:
        # the platform's counts, under the column's note.
        draft.stripped.append(f"standing note {excerpt(paragraphs[-2])}")
        draft.removed.extend([("standing note", paragraphs[-2]), ("standing note", last)])
        return paragraphs[:-2]
    if _BRACKETED_CREDIT.fullmatch(last.strip()) and zones.is_prose(paragraphs[-2]):
        # "(Tribunjogja.com)", "(AP)" under the story: the outlet it is credited to.
        draft.stripped.append(f"closing credit {excerpt(last)}")
        draft.removed.append(("closing credit", last))
        return paragraphs[:-1]
    # "(Reporting by Ann Lee; Editing by Tom Berg)": the wire's credit, the story's own.
    credit = last.lstrip().startswith("(") and not _WRITER_NOTE.match(last)
    if _is_closing_note(last, draft) and not credit:
        draft.stripped.append(f"author bio {excerpt(last)}")
        draft.removed.append(("author bio", last))
        return paragraphs[:-1]
    return paragraphs
