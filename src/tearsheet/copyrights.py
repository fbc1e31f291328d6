"""Copyright lines: the rights holder a page's © line names, in any language and wherever
the line stands, without years, the rights reserved and what the footer adds."""

from __future__ import annotations

import re

from tearsheet.organisations import LEGAL_FORM_WORDS
from tearsheet.rightslines import RIGHTS_RESERVED as _RIGHTS
from tearsheet.zones import has_wide

# What a copyright line says when it names nobody.
RIGHTS_ONLY = re.compile(
    r"(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|"
    r"todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|"
    r"crown copyright)\.?",
    re.IGNORECASE,
)
# A footer's parts after the rights holder ("· Powered by WordPress", "| Privacy").
_FOOTER_PART = re.compile(
    r"(?<!\s)\s++[|·•]\s++|(?<!\s)\s*+\bpowered by\b|\u3000|【", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
# The footer's links after the holder and a dash ("© Le Décryptage – Mentions légales",
# "© 2026 Kreisbote - Impressum - Datenschutz", "© Diario Sur — Aviso legal").
_FOOTER_LINKS = re.compile(
    r"(?<=\S)\s++[-–—]\s++(?:mentions\s++légales|politique\s++de\s++confidentialité|"
    r"conditions\s++générales|cgu|impressum|imprint|datenschutz(?:erklärung)?|agb|"
    r"privacy(?:\s++policy|\s++notice)?|terms(?:\s++of\s++(?:use|service)|\s++and\s++conditions)?|"
    r"cookies?(?:\s++policy|\s++settings)?|contact(?:\s++us)?|about(?:\s++us)?|sitemap|"
    r"aviso\s++legal|política\s++de\s++privacidad|política\s++de\s++privacidade|"
    r"termos\s++de\s++uso|note\s++legali|informativa\s++(?:sulla\s++)?privacy|colofon|"
    r"disclaimer|privacyverklaring|polityka\s++prywatności|regulamin|ochrana\s++osobních\s++údajů|"
    r"adatvédelem|impresszum|personvern|integritetspolicy|privatlivspolitik|tietosuoja|"
    r"politica\s++de\s++confidențialitate|gizlilik\s++politikası|künye|"
    r"политика\s++конфиденциальности|політика\s++конфіденційності|kebijakan\s++privasi|"
    r"pedoman\s++media\s++siber|redaksi)(?:\s*+[-–—|·•]\s*+[^-–—|·•]{2,40}+){0,6}+$",
    re.IGNORECASE,
)
# The company's registered number after the holder and a dash or bar ("- P.IVA 00430930232",
# "| CNPJ 12.345.678/0001-90", "– KVK 12345678", "- VAT GB123456789").
_COMPANY_NUMBER = re.compile(r"(?<=\S)\s++[-–—|]\s++[^\d]{0,25}?[A-Z]{0,3}\d[\d ./-]{4,}+$")
# A sentence's end inside a copyright line; what follows is another sentence when it has
# at least NAME_TAIL_WORDS words; Armenian, Amharic, Urdu and the Indian scripts end sentences
# with their own marks ("Լուրեր.am։ Բոլոր …", "አዲስ ዜና። መብቱ …").
_SENTENCE_BREAK = re.compile(r"(?<=[^\s.])(?:\.\s++|[。։።۔।]\s*+)(?=\S)")
# The marks and the years before the holder's name ("Copyright © 2026-27 DB Corp", "©
# 2000–2025 Globo", "Bản quyền thuộc về Báo Tin tức"); a year range may end in two digits.
_YEARS = r"\d{4}(?:\s*+[-–]\s*+\d{2}(?:\d{2})?)?"
# The word "copyright" in the scripts that write it ("कॉपीराइट", "ลิขสิทธิ์", "저작권자", "حقوق
# النشر", "著作権", Urdu "کاپی رائٹ"), used as the mark is.
_COPYRIGHT_WORDS = (
    r"copyright|저작권자|저작권|कॉपीराइट|कॉपीराईट|ลิขสิทธิ์|কপিরাইট|حقوق النشر|حقوق الطبع والنشر|"
    r"کپی[\u200c ]?رایت|著作権|版权|版權|"
    # The languages' "copyright" in words ("Hak Cipta © 2025 Kompas.com", "Telif Hakkı ©"),
    # not the rights reserved that start the same ("Hak Cipta Dilindungi Undang-Undang").
    # A word in a sentence is none: the mark, a year or a colon follows it.
    r"(?:hak\s++cipta|telif\s++hakkı|bản\s++quyền|"
    r"авторские\s++права|авторське\s++право|prawa\s++autorskie|autorská\s++práva|"
    r"szerzői\s++jog|drepturi\s++de\s++autor|tekijänoikeus|upphovsrätt|opphavsrett|ophavsret|"
    r"auteursrecht|urheberrecht|droits\s++d['’]auteur|derechos\s++de\s++autor|"
    r"diritti\s++d['’]autore|direitos\s++autorais|πνευματικά\s++δικαιώματα|זכויות\s++יוצרים|"
    r"авторлық\s++құқық|საავტორო\s++უფლებები|հեղինակային\s++իրավունք|የቅጂ\s++መብት|"
    r"کاپی[\u200c ]?رائٹ|பதிப்புரிமை|కాపీరైట్)"
    r"(?=\s*+(?:[©ⓒ]|\(c\)|\d|[:：]))"
)
# "Rights" or "all rights" before the mark, as Bengali and Urdu footers write it ("স্বত্ব ©
# ২০২৬ প্রথম আলো", "جملہ حقوق © 2026 ایکسپریس میڈیا گروپ"), not the rights reserved.
_RIGHTS_WORDS = (
    r"স্বত্ব|সর্বস্বত্ব|জ্বত্ব|جملہ\s++حقوق|جميع\s++الحقوق|حقوق|सर्वाधिकार|सर्व\s++हक्क|"
    r"स्वामित्व|உரிமை|ลิขสิทธิ์"
)
_HOLDER_BEFORE = re.compile(
    rf"^(?:(?:[©ⓒ]|\(c\)|{_COPYRIGHT_WORDS})\s*+[:：]?\s*+)*+[-–:]?\s*+"
    # "© স্বত্ব দৈনিক নদীবার্তা ২০২৬": the rights after the mark, as before it.
    rf"(?:(?:{_RIGHTS_WORDS})\s++)?"
    rf"(?:{_YEARS}\s*+[,.]?\s*+(?:[-–—:]\s++)?)?"
    r"(?:(?:bản quyền\s++)?thuộc(?:\s++về)?\s++|by\s++)?",
    re.IGNORECASE,
)
# The end of a year range whose start was read with the line's mark ("© 2026-27 DB Corp").
_YEAR_END = re.compile(r"^\s*+[-–]\s*+\d{2}(?:\d{2})?(?!\d)\s*+")
# Years after the holder: "© ТАСС, 1999-2025", "© News Limited 2024", "Klix.ba 2026." (the
# rights reserved after them gone).
_YEARS_AFTER = re.compile(rf"(?<!\s),?\s++{_YEARS}[.。։።]?$")
# The rights reserved before the holder, with the preposition Hebrew and Arabic join to the
# name: "כל הזכויות שמורות להארץ" (all rights reserved to Haaretz).
_RIGHTS_BEFORE = re.compile(
    rf"^(?:{_RIGHTS})[.。,:]?\s*+(?:[-–—|]\s*+)?(?:(?<=שמורות\s)ל[-־]?|(?<=محفوظة\s)لـ?\s*+|"
    # The Romance languages' "to (the)" after the rights, in small letters ("Todos os
    # direitos reservados ao Valor Econômico S.A.", "réservés à la …"; not "A Tribuna").
    r"(?:(?<=reservados\s)|(?<=riservati\s)|(?<=réservés\s))"
    r"(?-i:ao|aos|à\s++la|à\s++l['’]|à|às|al|alla|allo|ai|a)(?:\s++|(?<=['’])))?",
    re.IGNORECASE,
)
# The rights reserved opening a paragraph, the © line's second half under it ("All rights
# reserved. This material … may not be reproduced …").
RIGHTS_NOTICE = re.compile(rf"^(?:{_RIGHTS})[.。]?(?:\s|$)", re.IGNORECASE)
# A legal form written before the name: Indonesian "PT." and "CV.".
_LEGAL_PREFIX = re.compile(r"PT|CV")
# A legal form in the holder's name, its abbreviations' stops inside it ("Sp. z o.o. SKA",
# "Pvt. Ltd.").
_LEGAL_FORM_AT = re.compile(rf"{LEGAL_FORM_WORDS}\.?(?=\s|$)")
# The rights reserved after the holder, and the sentences after them ("Bennett, Coleman &
# Co. Ltd. All rights reserved. For reprint rights: …").
_RIGHTS_AFTER = re.compile(
    rf"(?<!\s)\s*+(?:(?P<stop>\.)|[-–—|,।。:：։።۔])?\s*+(?:{_RIGHTS})(?!\w).*$", re.IGNORECASE
)
# Who shares the rights, after the holder: "Guardian News & Media Limited or its affiliated
# companies", "MAFRA, a.s., a dodavatelé obsahu", "Wikimedia and contributors".
_HOLDER_AFTER = re.compile(
    r"(?<!\s)\s++(?:and|or|and/or)\s++its\s++(?:affiliated companies|affiliates|licensors)\b.*$"
    r"|(?<!\s),?\s++(?:and|&|und|et|y|e|i|a|en|og|och|ja|és|și|и|і|ve|kai|και|oraz)\s++"
    r"(?:(?:its|their|seine|ses|sus|suoi|seus|haar|zijn)\s++)?"
    r"(?:contributors?|content (?:providers|suppliers|partners)|licensors|partners|"
    r"mitwirkende|autoren|lizenzgeber|contributeurs|partenaires|colaboradores|"
    r"proveedores(?: de contenidos?)?|collaboratori|fornitori(?: di contenuti)?|"
    r"fornecedores(?: de conteúdo)?|bijdragers|leveranciers|dostawcy treści|"
    r"dodavatelé obsahu|dodávatelia obsahu|poskytovatelé obsahu|partneři|"
    # "MAFRA, a.s., a dodavatelé zpráv a obrázků": the suppliers of news and pictures.
    r"dodavatelé zpráv(?: a obrázků)?|dodávatelia správ(?: a obrázkov)?|"
    r"tartalomszolgáltatók|furnizorii de conținut|leverandører|leverantörer)\.?$",
    re.IGNORECASE,
)
# Quotation marks around a name: «Українська правда», „Софийска вода“, "Vida Nova".
_QUOTED = re.compile(r"[«„“”\"‚‘’'‹»「『](?P<name>[^«»„“”\"‹›「」『』]{2,80}+)[»“”\"‘’'›」』]")
NAME_TAIL_WORDS = 3
# Company words written with a full stop.
_ABBREVIATED = frozenset(
    "co inc ltd corp bros pty jr sr zrt nyrt kft bt ltda lda cia hf ehf ohf sf bhd pte pvt "
    "tbk".split()
)
# A legal form's initials each with its stop and a space: Slovak and Czech "a. s.".
_SPACED_INITIALS = re.compile(r"(?<![^\W\d_])[^\W\d_]\.(?:\s[^\W\d_]\.){1,2}$")
# (Not "LLC", "LLP", "PLC": initials, written without stops as "GmbH" and "AG" are; the
# stop after "Star Tribune Media Company LLC." is the sentence's.)
# What follows "Copyright" in a footer's links: no holder.
NOT_HOLDERS = frozenset(
    "policy notice notices information info statement terms complaints infringement "
    "hinweis hinweise richtlinie avis política politique informativa beleid".split()
)
# A copyright line wherever it stands: the rights reserved or a web address, then the mark
# ("Tüm hakları saklıdır. © 2025 Hürriyet", "Copyright © 2026 Bennett, Coleman & Co. Ltd.
# All rights reserved. For reprint rights: …").
_LINE_START = re.compile(
    rf"^(?:(?:{_RIGHTS})[.。]?\s*+|[\w-]++\.[a-z]{{2,4}}+\s++|(?:{_RIGHTS_WORDS})\s*+[:：]?\s*+"
    # The company's tax or registration number first: "P.I. 00777910159 © Copyright …".
    r"|[A-Za-z][A-Za-z.]{0,7}+\s*+[:.]?\s*+[A-Z]?\d[\d ]{4,19}+[-–|·]?\s*+)?"
    rf"(?=[©ⓒ]|\(c\)|(?:{_COPYRIGHT_WORDS})(?!\w))",
    re.IGNORECASE,
)
# The rights said to belong to the holder, without a mark: "כל הזכויות שמורות להארץ", "جميع
# الحقوق محفوظة لموقع مصراوي", "تمامی حقوق این وب‌سایت متعلق به … است", "جملہ حقوق بحق …
# محفوظ ہیں", "Bản quyền thuộc về Báo Tin tức".
_RIGHTS_TO = re.compile(
    r"^(?:כל הזכויות שמורות\s*+ל[-־]?|جميع الحقوق محفوظة\s*+لـ?\s*+|"
    r"(?:تمامی|کلیه)\s++حقوق\s++(?:\S++\s++){0,3}?(?:متعلق\s++به|برای)\s++|"
    r"جملہ\s++حقوق\s++(?:بحق|بنام)\s++|bản quyền thuộc(?:\s++về)?\s++)"
    rf"(?P<name>[^.。©]{{2,80}}?)(?:\s++(?:است|محفوظ\s++است|محفوظ\s++ہیں|می[\u200c ]?باشد))?"
    # The mark alone may close it ("… برای تهران‌نگار محفوظ است ©").
    rf"\s*+[.。]?\s*+(?:©?\s*+{_YEARS}\s*+[.。]?|©)?$",
    re.IGNORECASE,
)
# A holder before the mark: "DEV Community © 2016 - 2025.", "Lagos Daily © 2025".
_MARK_AFTER = re.compile(
    rf"^(?P<name>[^©ⓒ]{{2,200}}?)\s*+(?:[©ⓒ]|\(c\)|copyright)\s*+{_YEARS}\s*+[.,]?"
    # ... and the rights reserved, or the terms of reuse in sentences after the years
    # ("Українська правда — © 2000-2025. Використання матеріалів сайту дозволяється …"), or
    # the footer's links after a dash or bar ("Röstfrisch © 2026 – Abmelden – …").
    rf"(?:\s*+(?:{_RIGHTS})[.。]?|(?<=[.,])\s++\S.*+|(?<=\s)[–—|·•]\s++\S.*+)?$",
    re.IGNORECASE,
)
# What a footer says the holder is, after a comma or dash: "The Hartwell Courier, a
# MediaNews Group publication", "BRIGITTE.de – Ein Angebot der RTL Deutschland GmbH",
# "Le Soir, une marque du groupe Rossel", "El Norte, parte de Grupo Reforma".
_DESCRIPTION_AFTER = re.compile(
    r"(?<=\S)(?:,\s++|\s++[-–—|]\s++)"
    # English "a"/"an" before a capital only ("a MediaNews Group publication"; not
    # German "an der Förde").
    r"(?:(?-i:an?)(?=\s++(?-i:[A-Z]))|part\s++of|a\s++(?:member|division|subsidiary)\s++of|"
    r"ein|eine|teil\s++(?:der|des|von)|"
    r"un|une|membre\s++d[eu]|filiale\s++d[eu]|una|parte\s++de|filial\s++de|um|uma|"
    r"een|onderdeel\s++van|ett|uno)\s++\S++(?:\s++\S++){1,7}+$",
    re.IGNORECASE,
)
# The publishing software a footer names after a dash, in its own language ("Trappen & Thee
# — Trots aangedreven door WordPress", "Fièrement propulsé par WordPress").
_PLATFORM_AFTER = re.compile(
    r"(?<=\S)\s++[-–—|·•]\s++[^-–—|·•]{0,60}?\b(?:wordpress|blogger|"
    r"squarespace|wix|substack|tumblr|webflow|drupal|joomla|beehiiv|mailchimp)\b.*+$",
    re.IGNORECASE,
)
# Years after the holder and what the footer says after them and a dash: "BRIGITTE.de 2026
# – Ein Angebot der RTL Deutschland GmbH".
_YEARS_THEN_MORE = re.compile(rf"(?<=\S),?\s++{_YEARS}\s++[-–—|]\s++\S.*+$")
# A holder's name has at most this many words.
HOLDER_WORDS = 8


def holder_of(text: str) -> str:
    """The rights holder of a copyright line, without what the footer adds after it: "The
    Crumb Notebook · Powered by WordPress", "Алексей Воронцов. Сайт собран на Hugo", "Nihon
    Shinbun Co. All rights reserved. 無断転載を禁じます。"."""
    name = _FOOTER_PART.split(_YEAR_END.sub("", text), maxsplit=1)[0].strip(" -–—|·•")
    name = _FOOTER_LINKS.sub("", name)
    # "© All rights reserved 2025 The Hindu": the years after the rights too.
    name = _HOLDER_BEFORE.sub("", _RIGHTS_BEFORE.sub("", _HOLDER_BEFORE.sub("", name)))
    name = _YEARS_AFTER.sub("", _without_rights(_HOLDER_AFTER.sub("", name)))
    name = _DESCRIPTION_AFTER.sub("", _PLATFORM_AFTER.sub("", _YEARS_THEN_MORE.sub("", name)))
    if (comma := name.find(", ")) > 0 and _DIGIT.search(name[comma:]):
        name = name[:comma]  # "Nordvind Energi AB, Box 1234, 111 22 Stockholm": its address
    name = _COMPANY_NUMBER.sub("", name)  # "Athesis Srl - P.IVA 00430930232"
    for match in _SENTENCE_BREAK.finditer(name):
        if _LEGAL_PREFIX.fullmatch(name[: match.start()]):
            continue  # "PT. Kompas Cyber Media": the legal form, not a sentence
        form = _LEGAL_FORM_AT.match(name, name.rfind(" ", 0, match.start()) + 1)
        if form and form.end() > match.start() + 1:
            continue  # "POLITYKA Sp. z o.o. SKA": the legal form's stops, not a sentence's
        # A sentence after the name; "Dow Jones & Co. Inc." keeps its "Inc.".
        if len(name[match.end() :].split()) >= NAME_TAIL_WORDS or has_wide(name[match.end() :]):
            name = name[: match.start() + 1]
            break
    # What the line says after the holder in its own sentence, once the sentence is cut.
    name = _without_rights(_HOLDER_AFTER.sub("", name.strip(" ,")))
    if short := _SHORT_AND_LONG.fullmatch(name.strip(" ,")):
        return short["short"]  # "ANGOP - Agência Angola Press": the name it goes by
    return unquoted(without_full_stop(name.strip(" ,")))


# A short name in capitals and the words it stands for, after a dash: "ANGOP - Agência
# Angola Press", "RTÉ – Raidió Teilifís Éireann".
_SHORT_AND_LONG = re.compile(
    r"(?P<short>[A-ZÀ-ÞΑ-ΩА-Я]{2,8}+)\s++[-–—]\s++(?P<long>[A-ZÀ-ÞΑ-ΩА-Я][\w.'’-]*+"
    r"(?:\s++[\w.'’&-]++){1,7}+)"
)


def _without_rights(name: str) -> str:
    """The name without the rights reserved after it, but with an abbreviation's full stop
    before them ("Bennett, Coleman & Co. Ltd. All rights reserved.")."""
    return _RIGHTS_AFTER.sub(lambda match: match["stop"] or "", name)


def unquoted(name: str) -> str:
    """A name without the quotation marks around it: «Українська правда» → Українська
    правда; a name that only holds a quoted part keeps it ("UAB „15min“")."""
    match = _QUOTED.fullmatch(name.strip())
    return match["name"].strip() if match else name


def without_full_stop(name: str) -> str:
    """A name without the full stop after it, but with an abbreviation's ("Nihon Shinbun
    Co.", "Pivovar Radbuza a.s.", "Acme S.A.")."""
    stripped = name.rstrip(" .։።۔।。")
    last = stripped.rsplit(" ", 1)[-1]
    # "S.A", "m.b.H", "a.s" are abbreviations; "HotNews.ro" is a web address.
    parts = last.rstrip(".").split(".")
    abbreviation = "." in last and all(len(part) <= 3 and part.isalpha() for part in parts)
    # "Kun.uz", "Ria.ru": a site's name and its domain, not a legal form's initials.
    domain = len(parts) == 2 and len(parts[0]) >= 3 and parts[1].islower()
    abbreviation = abbreviation and not domain
    abbreviation = abbreviation or _SPACED_INITIALS.search(name.rstrip()) is not None
    if name.rstrip(" ").endswith(".") and (abbreviation or last.casefold() in _ABBREVIATED):
        return stripped + "."
    return stripped


# A name in parentheses after the holder: "PT. Kompas Cyber Media (Kompas Gramedia Digital
# Group)": the group it belongs to, not the holder; but a place inside a company's name,
# before its legal form, is the name's ("The Printers (Mysore) Private Ltd.").
_PARENTHESES_AFTER = re.compile(
    rf"(?<=\S)\s*+\([^()]{{2,60}}+\)(?=[.,\s]|$)(?!\s++{LEGAL_FORM_WORDS}(?![^\W\d_]))"
)


# The state that holds a public body's rights, and the body in parentheses after it: "©
# State of New South Wales (NSW Rural Fire Service)", "© Commonwealth of Australia (Bureau
# of Meteorology)", "© Crown copyright (Department for Transport)": the body is the holder.
_CROWN_AGENCY = re.compile(
    r"^(?:\s*+(?:[©ⓒ]|\(c\)|copyright))*+\s*+(?:\d{4}\s*+)?(?:(?:the\s++)?(?:state|commonwealth|province|government|"
    r"territory)\s++of\s++[^()]{2,40}?|crown(?:\s++copyright)?|(?:her|his)\s++majesty's\s++"
    r"stationery\s++office)\s*+(?:\d{4}\s*+)?\((?P<agency>[^()\d]{3,80}+)\)\.?$",
    re.IGNORECASE,
)


# A Korean site's notice between angle brackets: "<저작권자 ⓒ 연합뉴스, 무단 전재 금지>".
_BRACKETED = re.compile(r"^<\s*+(?P<line>[^<>]++)>$")


def read_copyright_line(line: str) -> str | None:
    """The holder a copyright line names wherever it stands and however much the footer
    writes after it ("Copyright Folha de S.Paulo. Todos os direitos reservados. É proibida
    …", "DEV Community © 2016 - 2025."); None for a line that is no copyright line or names
    nobody ("© Riproduzione riservata", "Copyright Policy")."""
    line = _BRACKETED.sub(r"\g<line>", " ".join(line.split()))
    if start := _LINE_START.match(line):
        if crown := _CROWN_AGENCY.match(line[start.end() :]):
            return crown["agency"]  # "© State of New South Wales (NSW Rural Fire Service)"
        name = holder_of(_PARENTHESES_AFTER.sub("", line[start.end() :]))
    elif to := _RIGHTS_TO.fullmatch(line):
        held = to["name"]
        if line[: to.start("name")].endswith("ل") and held.startswith("ل"):
            held = "ا" + held  # "لليوم السابع": "ل" and "اليوم" written together
        name = holder_of(_PARENTHESES_AFTER.sub("", held))
    elif (after := _MARK_AFTER.fullmatch(line)) and ":" not in after["name"]:
        # ("Photo: Jane Doe © 2025": a label before the name credits a picture.)
        # The holder is the last sentence before the mark ("Made with love and Ruby on
        # Rails. DEV Community ©").
        name = holder_of(_SENTENCE_BREAK.split(after["name"])[-1])
    else:
        return None
    if (
        not name
        or RIGHTS_ONLY.fullmatch(name)
        or name.casefold() in NOT_HOLDERS
        or len(name.split()) > HOLDER_WORDS
        or not any(c.isalpha() for c in name)
    ):
        return None
    return name
