"""A press release's label lines, in many languages: what the page is and when it may run."""

from __future__ import annotations

import re

# "Press release", "media statement", "news release" as organisations head their releases.
# CLDR and dateparser hold no such words, so they are kept here, by language.
PRESS_NAMES = (
    # en
    r"(?:press|news|media)\s(?:release|statement|advisory|notice|information)|"
    r"statement to (?:the )?(?:press|media)|"
    # de
    r"presse(?:mitteilung|meldung|information|erklärung|notiz)|"
    r"medien(?:mitteilung|information)|"
    # fr
    r"communiqué(?:\s(?:de\spresse|aux\smédias|officiel))?|dossier\sde\spresse|"
    # es, ca, pt, it
    r"(?:comunicado|nota)\s(?:de\sprensa|a\s(?:la\sprensa|los\smedios)|informativ[ao])|"
    r"(?:nota|comunicat)\sde\spremsa|"
    r"(?:comunicado|nota)\s(?:de|à|para\sa)\simprensa|"
    r"comunicato\sstampa|nota\sstampa|"
    # nl, pl, cs, sk, sl, hr, sr, lt, ro, hu
    r"persbericht|persmededeling|"
    r"informacja\sprasowa|komunikat(?:\sprasowy)?|"
    r"tiskov[áé]\szpráva|tlačov[áé]\sspráva|"
    r"sporočilo\sza\s(?:javnost|medije)|"
    r"priopćenje(?:\sza\s(?:medije|javnost))?|saopšt?enje(?:\sza\s(?:medije|javnost))?|"
    r"саопштење(?:\sза\s(?:медије|јавност))?|"
    r"pranešimas\sspaudai|comunicat(?:\sde\spres[ăa])?|(?:sajtó)?közlemény|"
    # sq, mt, be, kk, az, uz, hy, ka, gu, pa, kn, ml, te
    r"njoftim\spër\sshtyp|stqarrija\sgħall-istampa|прэс-рэліз|баспасөз\sрелизі|"
    r"mətbuat\s(?:relizi|bəyanatı)|press-reliz|մամուլի\sհաղորդագրություն|პრესრელიზი|"
    r"પ્રેસ\sરિલીઝ|ਪ੍ਰੈਸ\sਰਿਲੀਜ਼|ಪತ್ರಿಕಾ\sಪ್ರಕಟಣೆ|പത്രക്കുറിപ്പ്|పత్రికా\sప్రకటన|"
    # et, lv, is, af, so, ha, zu, am
    r"pressiteade|preses\s(?:relīze|paziņojums)|fréttatilkynning|(?:pers|media)verklaring|"
    r"war[\s-]saxaafadeed|sanarwa\sga\s(?:manema\slabarai|['’]?yan\sjarida)|"
    r"isitatimende\sku?(?:bezindaba|mabhuku)|የፕሬስ\sመግለጫ|"
    # da, no, sv, fi
    r"pressemeddelelse|pressemelding|pressmeddelande|(?:lehdistö|media)?tiedote|"
    # tr, el, ru, uk, bg
    r"basın\s(?:bülteni|açıklaması|duyurusu)|δελτίο\sτύπου|"
    r"пресс-релиз|(?:сообщение|заявление)\sдля\s(?:сми|прессы)|"
    r"прес-реліз|повідомлення\sдля\sзмі|прессъобщение|съобщение\sза\sмедиите|"
    # id, ms, sw, tl
    r"siaran\s(?:pers|media|akhbar)|rilis\spers|kenyataan\s(?:media|akhbar)|"
    r"taarifa\skwa\s(?:vyombo\svya\shabari|umma|waandishi\swa\shabari)|"
    r"pahayag\ssa\s(?:media|pahayagan)|"
    # ar, fa, ur, he
    r"(?:بيان|بلاغ)\s(?:صحفي|صحافي|إعلامي)|(?:اطلاعیه|بیانیه)\s(?:مطبوعاتی|خبری)|"
    r"پریس\sریلیز|اعلامیہ|הודעה\s(?:לעיתונות|לתקשורת)|"
    # hi, mr, bn, ta
    r"प्रेस\s(?:विज्ञप्ति|रिलीज़?|नोट)|प्रसिद्धी\s?पत्रक|(?:প্রেস|সংবাদ)\sবিজ্ঞপ্তি|"
    r"செய்தி\sவெளியீடு|பத்திரிகை\sசெய்தி|"
    # th, vi, zh, ja, ko
    r"ข่าวประชาสัมพันธ์|ข่าวแจก|แถลงข่าว|thông\scáo\sbáo\schí|"
    r"新闻稿|新聞稿|新闻通稿|プレスリリース|ニュースリリース|報道発表(?:資料)?|보도\s?자료|"
    # A Japanese release's addressees over it: "報道関係者各位", "記者クラブ御中".
    r"(?:報道関係者|報道機関|メディア関係者|プレス関係者)(?:の皆様|\s?各位)|報道各位|"
    r"\S{0,12}記者クラブ\s?御中"
)
# The release's number after its name: "Nr. 45/2025", "n° 12", "எண்: 21/2026", "№ 7".
_NUMBER_WORDS = (
    r"no|nr|n[°º]|nº|num|núm|número|numéro|number|nummer|numer|číslo|sz|br|"
    r"№|#|номер|nomor|bil|எண்|संख्या|क्रमांक|নং|شماره|رقم|نمبر|번호|号|第"
)
_PRESS_LABEL = re.compile(
    rf"(?:{PRESS_NAMES})(?:\s*+(?:{_NUMBER_WORDS})\.?\s*+[:.]?\s*+\d[\d/.-]{{0,12}})?\s*+[:.]?",
    re.IGNORECASE,
)
# A press release's note on when it may be published, in the languages' words for
# "immediate" or "embargo": "Pour diffusion immédiate", "Zur sofortigen Veröffentlichung",
# "Para publicación inmediata", "Untuk siaran segera", "EMBARGOED UNTIL 9 AM".
_IMMEDIATE = (
    r"immediate|imm[ée]diat|inmediat|immediat|sofortig|onmiddellijk|imediat|natychmiast|"
    r"okam[žz]it|omedelbar|øjeblikkelig|umiddelbar|välitön|azonnal|hemen|άμεσ|немедленн|"
    r"негайн|незабавн|segera|mara moja|agarang|ngay|"
    # nl, fi, tr, hr, sr, sl, mk, sq, lt, lv, et, is, mt, af, sw, so, ha, zu, cy, ga, hy, ka
    r"directe|välittöm|heti|derhal|trenut|odmah|hitn|takojšn|хитн|итн|menjëhersh|nedelsiant|"
    r"skub|tūlīt|kohe|strax|immedjat|onmiddellik|haraka|degdeg|nan take|ngokushesha|"
    r"ar unwaith|láithreach|անհապաղ|დაუყოვნებლივ"
)
_RELEASE = (
    r"release|diffus|publica|publik|veröffentlich|pubblica|divulga|zveřejn|offentligg|"
    r"publiser|julkais|közlés|yayın|δημοσίευ|публик|публік|rilis|diterbit|siar|"
    r"kutolewa|paglabas|phát hành|"
    r"difu[sz]|publicer|yayım|disiar|dirilis|dipublikasi|objav|објав|zverejn|paskelb|"
    r"publicē|avalda|birting|pubblik|vrystel|matumizi|faaf|fitar|khishw|rhyddhau|eisiúint|"
    r"հրապարակ|გამოსაქვეყნ|გამოქვეყნ"
)
_RELEASE_NOTE = re.compile(
    rf"^.{{0,30}}?\b(?:(?:{_IMMEDIATE})\w*\W.{{0,30}}?\b(?:{_RELEASE})"
    rf"|(?:{_RELEASE})\w*\W.{{0,30}}?\b(?:{_IMMEDIATE})).{{0,20}}",
    re.IGNORECASE,
)
# The same note in scripts without spaces or Latin word boundaries: "للنشر الفوري",
# "לפרסום מיידי", "برای انتشار فوری", "تत्काल प्रकाशन", "เผยแพร่ทันที", "即时发布".
_RELEASE_NOTE_SCRIPTS = re.compile(
    r".{0,12}?(?:للنشر\sالفوري|לפרסום\sמיידי|انتشار\sفوری|فوری\sاشاعت|तत्काल\s(?:प्रकाशन|रिलीज़?)|"
    r"অবিলম্বে\sপ্রকাশ|உடனடி\sவெளியீ|เผยแพร่ทันที|即[时時]发布|即[时時]發[布佈]|立即发布|"
    r"즉시\s?(?:배포|보도)|報道解禁|"
    # mr, gu, pa, kn, ml, te, am
    r"तात्काळ\sप्रसिद्धी|તાત્કાલિક\sપ્રકાશન|ਤੁਰੰਤ\sਜਾਰੀ|ತಕ್ಷಣದ\sಬಿಡುಗಡೆ|ഉടനടി\sപ്രസിദ്ധീകര|"
    r"తక్షణ\sవిడుదల|ለአስቸኳይ\s(?:ስርጭት|ልቀት|ህትመት)).{0,12}"
)
_NOTE_END = re.compile(rf"(?:{_RELEASE})\w*+\W?", re.IGNORECASE)
_NOTE_START = re.compile(rf"^(?:\S{{1,20}}+\s)?(?:{_IMMEDIATE})", re.IGNORECASE)
_EMBARGO = re.compile(
    r"\W{0,5}(?:under\s+)?(?:sperrfrist|embargo(?:ed)?(?:\s*:|\s+(?:until|till|bis|jusqu|hasta|"
    r"até|fino|tot|do)\b)).{0,90}",
    re.IGNORECASE,
)
# An embargo's line longer than this spells its date and time out ("Embargo: Må ikke
# offentliggøres før tirsdag 17. februar kl. 06.00"): a figure stands in it.
EMBARGO_SHORT = 60
# A press release's note is at most this many words ("Per la diffusione immediata"), or
# RELEASE_NOTE_LONGEST opening with its word for immediate and ending in its word for
# release ("Si degdeg ah loo faafiyo"), an embargo's with its date and time at most EMBARGO_WORDS.
RELEASE_NOTE_WORDS = 4
RELEASE_NOTE_LONGEST = 6
EMBARGO_WORDS = 10


def is_press_label(line: str) -> bool:
    """ "COMUNICADO À IMPRENSA", "Kenyataan Media", "செய்தி வெளியீடு எண்: 21/2026": the line
    names the text a press release (with its number), and is not its headline."""
    return _PRESS_LABEL.fullmatch(" ".join(line.split())) is not None


def is_release_note(line: str) -> bool:
    """ "For immediate release", "Untuk siaran segera", "Embargoed until 9 AM ET": when a
    press release may be published, not its headline."""
    plain = " ".join(line.split())
    words = len(plain.split())
    # A longer note opens with "immediate" and ends with "release": "Si degdeg ah loo faafiyo".
    ends_note = (
        words <= RELEASE_NOTE_LONGEST
        and _NOTE_START.match(plain) is not None
        and _NOTE_END.fullmatch(plain.split()[-1]) is not None
    )
    return (
        ((words <= RELEASE_NOTE_WORDS or ends_note) and _RELEASE_NOTE.fullmatch(plain) is not None)
        or (
            words <= EMBARGO_WORDS
            and _EMBARGO.fullmatch(plain) is not None
            and (len(plain) <= EMBARGO_SHORT or any(char.isdigit() for char in plain))
        )
        or (words <= RELEASE_NOTE_WORDS + 1 and _RELEASE_NOTE_SCRIPTS.fullmatch(plain) is not None)
    )


# A release's letterhead over its label is at most this many lines (the issuer, its office).
LETTERHEAD_LINES = 2


# An organisation's name in Chinese, Japanese or Korean: characters with no kana particle
# ("の", "を": a headline's), ending in the word for its kind ("国立大学法人東北大学",
# "国立研究開発法人科学技術振興機構（JST）", "한국전력공사"), perhaps its initials after it.
_WIDE_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z\uac00-\ud7a3・ ]{1,30}?"
    r"(?:大学|大學|機構|法人|研究所|研究院|株式会社|協会|財団|病院|委員会|公司|集团|集團|委员会|局|庁|省|"
    r"대학교|재단|공사|연구원|위원회|주식회사)"
    r"(?:\s?[（(][A-Za-z\u4e00-\u9fff]{1,12}[)）])?"
)


def is_letterhead(blocks: list[str], at: int) -> bool:
    """A few words over a press release's label ("«САМҰРЫҚ-ЭНЕРГО» АҚ / БАСПАСӨЗ РЕЛИЗІ",
    "Ville de Lyon / COMMUNIQUÉ DE PRESSE"), or over its office's line over it ("Ministero
    … / Ufficio Stampa / COMUNICATO STAMPA", "JAMHURI YA MUUNGANO WA TANZANIA / WIZARA YA
    AFYA / TAARIFA KWA VYOMBO VYA HABARI"): the release's letterhead, its headline under
    the label."""
    from tearsheet import zones
    from tearsheet.issuers import LABEL_ISSUER_WORDS as ISSUER_WORDS
    from tearsheet.paragraphs import PRESS_LABEL
    from tearsheet.publicbodies import public_body

    plain, under = " ".join(blocks[at].split()), blocks[at + 1] if at + 1 < len(blocks) else ""
    named = public_body(plain) == plain or _WIDE_ORGANISATION.fullmatch(plain) is not None
    if named and len(under) > len(plain) and not zones.is_sentence(under):
        # "Departament d'Acció Climàtica, Alimentació i Agenda Rural" over a longer title:
        # the public body issuing the release, its headline under it.
        return True
    for following in range(at + 1, min(len(blocks), at + 1 + LETTERHEAD_LINES)):
        line = blocks[following]
        if PRESS_LABEL.fullmatch(line) is not None or is_press_label(line):
            return all(
                zones.word_count(blocks[i]) <= ISSUER_WORDS and not zones.is_sentence(blocks[i])
                for i in range(at, following)
            )
    return False
