"""The marks that open a body's entries: a live blog's times, an interview's questions.
Short lines that a page's furniture has too, they are the story's when the body repeats them."""

from __future__ import annotations

import re

from tearsheet.zones import is_sentence

# An interview's question opens with its mark: a dash ("―다음 계획은요?", "— И что
# дальше?"), "Q:", "P:" (pregunta), "F:" (Frage), "В:" (вопрос).
_QUESTION_MARK = re.compile(r"^(?:[―—–]\s?|(?:Q|P|F|D|V|В)[.:]\s)")
# So many questions above it make a short question the interview's, not the page's.
QUESTIONS_ABOVE = 2


def asks_as_before(blocks: list[str], start: int, index: int) -> bool:
    """An interview's next question, short as it may be ("―다음 계획은요?", and in Korean
    often no question mark): it opens with the mark of the questions above it in the body."""
    mark = _QUESTION_MARK.match(blocks[index].strip())
    if mark is None:
        return False
    opening = mark[0].strip()
    asked = sum(b.strip().startswith(opening) for b in blocks[start:index])
    return asked >= QUESTIONS_ABOVE


# A live blog's entry opens with its time alone on a line ("15:52", "12.48 uur", "3:45pm"),
# or with the word for "update" or "at" before it ("AKTUALIZACJA, godz. 12.15", "UPDATE
# 08:55", "Ore 19.10") and the entry's title after a dash ("Ore 18.35 – Folla in Cadorna").
_UPDATE_WORDS = (
    r"update[d]?|aktualizacja|aktualisierung|aktualisiert|mise à jour|actualización|"
    r"actualització|actualitzat|actualitzada|eguneratua|eguneraketa|"
    r"actualizado|aggiornamento|aggiornato|atualização|atualizado|bijgewerkt|update om|"
    r"aktualizace|aktualizácia|frissítés|actualizare|güncelleme|ενημέρωση|обновлено|"
    r"обновление|оновлено|оновлення|pembaruan|cập nhật|עדכון|تحديث|更新|업데이트|"
    # Scripts that borrow the English word: Hindi, Marathi, Bengali, Urdu, Thai.
    r"अपडेट|আপডেট|اپ ?ڈیٹ|อัปเดต|อัพเดท|"
    # "Papildyta 11.20 val." (supplemented), and the word in the sets' other languages.
    r"atnaujinta|papildyta|atjaunots|uuendatud|täiendatud|posodobljeno|ažurirano|ажурирано|"
    r"обновено|актуализирано|päivitetty|uppdaterad|opdateret|oppdatert|uppfært|imesasishwa|"
    r"diperbarui|dikemas kini|განახლებულია|թարմացված|ተሻሽሏል"
)
_AT_WORDS = r"godz\.|godzina|ore|um|à|às|a las|alle|om|at|kl\.?|klo|saat|в|о"
_ENTRY_TIME = re.compile(
    rf"(?i)(?:(?:{_UPDATE_WORDS})\s*+[,:.–—-]?\s*+)?(?:(?:{_AT_WORDS})\s*+)?"
    # The hour's word after the time ("uur", Lithuanian "val.", Russian "ч.", Thai "น."), or
    # the morning's or evening's, then a time zone in capitals ("5:32 p.m. ET", "14:32 WIB").
    r"(?:\d{1,2}[:.h]\d{2}(?:\s?(?:uur|uhr|h|hrs|horas|val\.?|ч\.?|น\.?|[ap]\.?m\.?))?"
    r"(?:\s?(?-i:[A-Z]{2,4}+))?"
    # "14時32分", "14点32分", "오후 2시 32분": hour and minute marked by their characters.
    r"|(?:오전|오후|午前|午後|上午|下午)?\s?\d{1,2}\s?[時时点點시]\s?\d{1,2}\s?[分분])"
    r"(?:\s++[–—-]\s++(?P<title>[^\n]{2,80}+))?"
)
# So many entry times in the body make it a live blog.
ENTRIES_ABOVE = 2


def is_entry_time(line: str) -> bool:
    """A live blog entry's time, alone on its line or with its label or title (never a
    sentence: "12.15 – the minister spoke." is the entry itself)."""
    found = _ENTRY_TIME.fullmatch(line.strip())
    return found is not None and not (found["title"] and is_sentence(found["title"]))


# A line labelled as an update ("AKTUALIZACJA, godz. 12.15") needs only this many others.
LABELLED_ENTRIES = 1
_UPDATE_LABEL = re.compile(rf"(?i)(?:{_UPDATE_WORDS})\s*+[,:.–—-]?\s*+(?:(?:{_AT_WORDS})\s*+)?\d")


def opens_update(paragraph: str) -> bool:
    """The paragraph is an update put over the story, its label and time first ("अपडेट
    4:10 PM: सोनप्रयाग में …", "UPDATE 14:20: The minister …"): the story opens under it."""
    label = _UPDATE_LABEL.match(paragraph.strip())
    return label is not None and is_sentence(paragraph)


def is_live_entry(blocks: list[str], index: int, body: range) -> bool:
    """The time opening a live blog's entry: a time alone on its line, when the body holds
    more lines so (the reader keeps the times, as the page shows them); a time labelled
    as an update needs one more such line in the body."""
    if not is_entry_time(blocks[index]):
        return False
    others = sum(is_entry_time(blocks[i]) for i in body if i != index)
    labelled = _UPDATE_LABEL.match(blocks[index].strip()) is not None
    return others >= (LABELLED_ENTRIES if labelled else ENTRIES_ABOVE)


def opens_entry(blocks: list[str], index: int) -> bool:
    """The time has its entry under it: a sentence."""
    return index + 1 < len(blocks) and is_sentence(blocks[index + 1])
