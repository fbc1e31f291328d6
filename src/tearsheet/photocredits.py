"""A photo's credit alone on its line ("fot. Piotr Wittman/Trojmiasto.pl", "ISITHOMBE: DOCTOR
NGCOBO", "Foto: Margus Muld/ERR"): the word for a photo, a mark, and who took it."""

from __future__ import annotations

import re

from tearsheet import zones

# The word a credit opens with, for a photo or its maker, in the languages of the sets
# (no maintained list holds them): written out or abbreviated ("fot.", "zdj.", "φωτ.").
_PHOTO_WORDS = (
    "photos?|photographs?|photograph(?:er|y)|pictures?|pics?|images?|credits?|photo credits?|"
    "image credits?|fotos?|fotó|fotografi[ae]|fotografía|fotograf(?:o|ía)?|fotógrafo|"
    "photographe|fotografija|fotka|fot|zdj|zdjęci[ea]|bild(?:er)?|bildquelle|billede|bilde|"
    "kuva(?:t|aaja)?|pilt|mynd|ljósmynd|kép|snímka|snímek|slika|nuotr|nuotrauka|attēls|"
    "imagen|imagem|immagine|afbeelding|beeld|fotoğraf|görsel|crédit(?: photo)?|crédito|"
    "φωτογραφία|φωτ|фото|фотография|снимка|світлина|"
    "picha|isithombe|izithombe|umfanekiso|llun|lluniau|grianghraf|"
    "ảnh|ภาพ|ছবি|तस्वीर|फोटो|छायाचित्रे|छायाचित्र|ፎቶ|صورة|الصورة|عکس|תמונה|צילום|사진|写真|图片|圖片|照片|摄影|圖|图"
)
# "Photo by": the word for "by" after the photo's word, where it is not also "of" ("Foto de
# la plaza" is a photo of the square).
_BY_WORDS = "by|na|door|av|af"
# A capitalised word of a photographer's or an outlet's name ("Sophie", "Trojmiasto.pl").
_NAME = r"[A-ZÀ-ÞĀ-ŽА-ЯЁΑ-Ω][\w'’&.-]{1,20}+"
# The word, then a colon, bar or slash, or the abbreviation's stop; then who took it.
# (Amharic writes its colon "፦" or "፡".)
_CREDIT = re.compile(rf"(?i:{_PHOTO_WORDS})(?:\.?\s?[:：|/፦፡]|\.)\s?(?P<who>[^\W_][^\n]{{0,80}}+)")
# Who took it is a name or two and an outlet: this many words at most.
_CREDIT_WORDS = 8
# A sentence boundary inside: a caption or a paragraph, not a credit.
_SENTENCE_END = re.compile(r"[.!?]\s")


def is_bare_credit(line: str) -> bool:
    """Whether the line is a photo's credit and nothing else: "Foto: Margus Muld/ERR",
    "fot. Piotr Wittman/Trojmiasto.pl", "ISITHOMBE: DOCTOR NGCOBO", "Фото: ТАСС"; not a
    caption ending in its credit nor a sentence that opens with the word ("Photo: the
    council's plan drew a crowd. Residents …")."""
    text = " ".join(line.split())
    if text[:1] in "(（" and text[-1:] in ")）":
        text = text[1:-1].strip()  # "(छायाचित्रे: अविनाश पवार)", "(Photo: AP)"
    match = _CREDIT.fullmatch(text)
    if match is None:
        return False
    who = match["who"]
    return len(who.split()) <= _CREDIT_WORDS and _SENTENCE_END.search(who) is None


# A caption ending in its credit: after a bar, a slash or a sentence, the photo's word and
# who took it ("… | Foto: dpa", "… 사진=박준호 기자", "… od jesieni. fot. Jan Nowak/Trojmiasto.pl":
# the abbreviation's stop, and the outlet after a slash; "… Mbeya. Picha na Juma Ali", the
# word for "by"), or who took it and the word written after the name, as Lithuanian and
# Chinese credits are ("… | BNS nuotr.", "… 王鹏 摄").
_CAPTION_CREDIT = re.compile(
    r"(?:\s[|/·•]|[.!?。]|\s[(\[])\s?+"
    # "…點亮河道。（記者陳怡君攝）": the Chinese credit in full-width brackets.
    r"[（(]?"
    # After "by", a name in capitals: "Picha na video zilisambaa" is "pictures and video".
    rf"(?:(?i:{_PHOTO_WORDS})(?:\.?\s?[:：=／]|\.\s|\s(?i:{_BY_WORDS})\s(?=[A-ZÀ-ÞĀ-ŽА-ЯЁΑ-Ω]))"
    r"\s?(?P<who>[^\W_][^|/()\[\]\n]{0,60}+(?:/[^\W_][^|/()\[\]\n]{0,30}+)?)"
    r"|[^\W_][^|/()\[\]\n]{0,40}?(?:\s(?i:nuotr)\.?|\s?[摄攝])"
    # After the caption's sentence, a photographer's mark with no word for a photo:
    # "… ne veut pas vendre. Arte France/Sophie Lorcy", "… Manaus. Raphael Alves/Folhapress".
    rf"|(?<=[.!?] )(?P<mark>{_NAME}(?: {_NAME}){{1,2}}+ ?/ ?{_NAME}(?: {_NAME}){{0,3}}+)"
    # The Spanish papers' "… colmenares de Caminomorisco. / D.C.E.", "… la plaza. / EFE": a
    # slash after the caption's sentence, then the photographer or agency alone.
    rf"|(?<=[.!?] / )(?P<slashed>{_NAME}(?: {_NAME}){{0,3}}+))"
    r"[)\]）]?$"
)
# A caption with its credit is a line this long at most.
CAPTION_LENGTH = 220


def is_captioned_credit(line: str) -> bool:
    """A photo's caption with its credit at its end, on a line of its own: "Sniegas
    Vilniuje | BNS nuotr.", "Der Hafen am Morgen (Foto: dpa)"; not a paragraph that ends in
    a photographer's name."""
    text = " ".join(line.split())
    if len(text) > CAPTION_LENGTH or (match := _CAPTION_CREDIT.search(text)) is None:
        return False
    caption = text[: match.start()].strip()
    who = (match["who"] or "").rstrip(")].")
    if len(who.split()) > _CREDIT_WORDS or _SENTENCE_END.search(who + " "):
        return False  # "… Photo. Not a credit, a sentence that goes on."
    return bool(caption) and len(_SENTENCE_END.findall(caption + " ")) <= 1


# A caption saying what the photo is of, as blogs' alt text does ("Foto de um café na Lagoa",
# "Photo of the harbour at dawn", "Foto di Luca Pace"): the word for a photo, then "of" or
# "by" in the languages that write it so.
_PHOTO_OF = re.compile(
    r"(?i:photo|picture|image|foto|fotografia|fotografía|imagem|imagen|immagine|bild|billede|"
    r"bilde|zdjęcie|снимок|фото)\s(?i:of|de|do|da|dos|das|del|di|della|von|vom|van|af|av|z|ze)"
    r"\s\S"
)


def is_photo_of(line: str) -> bool:
    """A photo's caption or alt text naming what it is of or who took it, one sentence at
    most: "Foto de um café na Lagoa da Conceição, onde passei as tardes."."""
    text = " ".join(line.split())
    return (
        len(text) <= CAPTION_LENGTH
        and _PHOTO_OF.match(text) is not None
        and len(_SENTENCE_END.findall(text + " ")) <= 1
    )


# A Japanese paper's caption: what the photo shows, "＝", then when and where it was taken
# ("記者会見する首相＝13日午後、首相官邸"), or when and where in brackets at its end
# ("冠水した道路（2024年7月、熊本県内）"), with no full stop: the story's sentences end in "。".
_EQUALS_CAPTION = re.compile(r"[^。＝\n]{4,120}+＝[^。＝\n]{1,40}+")
# ... when and where: a date and a place parted by "、" (a subheading may carry a date alone).
_DATED_CAPTION = re.compile(
    r"[^。（）\n]{4,120}+（[^（）。\n]{0,30}?\d[^（）。\n]{0,30}?[、，][^（）。\n]{1,30}+）"
)
# Kana: the caption is Japanese (a Chinese subheading may write a date in brackets).
_KANA = re.compile("[\u3040-\u30ff]")


def is_equals_caption(line: str) -> bool:
    """A caption in the Japanese papers' forms: "「ミナト珈琲」＝神戸市中央区元町通3",
    "冠水した道路（2024年7月、熊本県内）"."""
    line = line.strip()
    if _EQUALS_CAPTION.fullmatch(line) is not None:
        return True
    return _DATED_CAPTION.fullmatch(line) is not None and _KANA.search(line) is not None


# Who or what stands where in the picture, in brackets: "(left: …, right: …)", "(from
# left)", "(v. l. n. r.)", "(de gauche à droite)", "（左：…、右：…）", "（左から）".
_WHO_WHERE = re.compile(
    r"[(（](?:(?i:left|links|gauche|izquierda|izq\.|sinistra|esquerda|l\.|左|右)\s?[:：]|"
    r"(?i:from left|von links|v\.\s?l\.\s?n\.\s?r\.|de gauche à droite|de izquierda a "
    r"derecha|da sinistra|da esquerda para a direita|van links naar rechts|od lewej)|左から|"
    r"(?i:l-r|l\. to r\.))"
)


def is_caption_at(paragraphs: list[str], index: int) -> bool:
    """A photo's credit, its caption with the credit, or a caption by its own form. A line
    saying what a photo is of stands apart from the story (over it, among the page's
    furniture): between two of the story's paragraphs, "Image of the party matters more than
    its policies, the pollster said." is the story's own sentence."""
    line = paragraphs[index]
    if is_bare_credit(line) or is_captioned_credit(line) or is_equals_caption(line):
        return True
    if len(line) <= CAPTION_LENGTH and _WHO_WHERE.search(line) and not zones.is_prose(line):
        return True  # "「かつお一番 ひと振り」（左：レギュラー、右：減塩タイプ）"
    inside = 0 < index < len(paragraphs) - 1 and all(
        zones.is_prose(paragraphs[at]) for at in (index - 1, index + 1)
    )
    return not inside and is_photo_of(line)
