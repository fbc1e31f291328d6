"""A page's rights line ("© 2019 X. All rights reserved.") and the legal text over it."""

from __future__ import annotations

import re

# A copyright line with "All rights reserved" is the page's footer, and the prose right
# above it, when it is among the last FOOTER_REACH blocks of the page, is its legal text.
RIGHTS_LENGTH = 200
FOOTER_REACH = 10
# The rights reserved, in the languages import reads (before or after the holder).
RIGHTS_RESERVED = (
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|"
    # The other ways the core languages write them ("© Riproduzione riservata - Gazzetta
    # del Lago", "Reservados todos los derechos", "Reproduction interdite").
    r"riproduzione riservata|reservados todos los derechos|prohibida su reproducción|"
    r"reproduction interdite|"
    # ... and without "all" ("Derechos reservados © Grupo Milenio 2026").
    r"derechos reservados|direitos reservados|droits réservés|diritti riservati|"
    r"alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena|"
    r"všetky práva vyhradené|minden jog fenntartva|toate drepturile rezervate|"
    r"sva prava (?:pridržana|zadržana)|vse pravice pridržane|всички права запазени|"
    r"все права защищены|(?:усі|всі) права захищені|όλα τα δικαιώματα διατηρούνται|"
    r"με την επιφύλαξη παντός δικαιώματος|tüm hakları saklıdır|alla rättigheter förbehållna|"
    r"alle rettigheder forbeholdes|alle rettigheter reservert|kaikki oikeudet pidätetään|"
    r"visos teisės saugomos|visas tiesības aizsargātas|kõik õigused kaitstud|"
    r"hak cipta dilindungi undang-undang|bảo lưu mọi quyền|toàn bộ bản quyền thuộc|"
    r"版权所有|版權所有|無断転載を禁じます|"
    r"無断転載禁止|무단\s?전재[\s·,-]*+(?:및\s?)?재배포[^>\n]{0,30}?금지|"
    r"כל הזכויות שמורות|جميع الحقوق محفوظة|"
    r"सर्वाधिकार सुरक्षित|สงวนลิขสิทธิ์|tots els drets reservats|öll réttindi áskilin|"
    r"সর্বস্বত্ব সংরক্ষিত|அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை|جملہ حقوق محفوظ ہیں|"
    r"(?:کلیه|تمامی) حقوق محفوظ است|haki zote zimehifadhiwa|hak cipta terpelihara|"
    r"सर्व हक्क राखीव|禁無断転載|翻印必究|不得轉載|不得转载|lahat ng karapatan ay nakalaan|"
    r"alle regte voorbehou|сва права задржана|"
    # The rest of the languages whose pages import reads (Amharic, Armenian, Georgian,
    # Azerbaijani, Kazakh, Uzbek, Mongolian, Belarusian, Macedonian, Albanian, Galician,
    # Basque, Welsh, Irish, Maltese, Yoruba, Hausa, Somali, Zulu, Xhosa, the Indian
    # scripts, Sinhala, Khmer, Lao, Burmese, Pashto, Kurdish).
    r"መብቱ\s++በ[ሕህ]ግ\s++የተጠበቀ\s++ነው|"
    r"բոլոր\s++իրավունքները\s++(?:պաշտպանված|պահպանված)\s++են|ყველა\s++უფლება\s++დაცულია|"
    r"bütün\s++hüquqlar\s++qorunur|барлық\s++құқықтар\s++қорғалған|"
    r"barcha\s++huquqlar\s++(?:himoyalangan|himoya\s++qilingan)|"
    r"бүх\s++эрх\s++(?:хуулиар\s++)?хамгаалагдсан|усе\s++правы\s++абаронены|"
    r"сите\s++права\s++се\s++(?:задржани|заштитени)|"
    r"të\s++gjitha\s++të\s++drejtat\s++(?:e\s++)?(?:rezervuara|të\s++rezervuara)|"
    r"todos\s++os\s++dereitos\s++reservados|eskubide\s++guztiak\s++(?:erreserbatuta|"
    r"erreserbatuak|gordeta)|cedwir\s++pob\s++hawl|gach\s++ceart\s++(?:ar\s++cosaint|"
    r"forchoimeádta)|id-drittijiet\s++kollha\s++(?:riżervati|huma\s++riżervati)|"
    r"gbogbo\s++ẹ̀tọ́\s++(?:wà\s++ní\s++ìpamọ́|ni\s++a\s++fi\s++pamọ́)|"
    r"duk\s++ha(?:ƙƙ|kk)o(?:ƙ|k)i\s++(?:an\s++)?(?:kiyaye|tsare)|"
    r"(?:dhammaan\s++)?xuquuqda\s++(?:oo\s++dhan\s++)?(?:way|waa)\s++(?:dhowran|xifdisan|"
    r"ilaalisan)(?:\s++yihiin|\s++tahay)?|onke\s++amalungelo\s++(?:agodliwe|aqinisekisiwe)|"
    r"onke\s++amalungelo\s++agciniwe|ਸਾਰੇ\s++ਹੱਕ\s++ਰਾਖਵੇਂ(?:\s++ਹਨ)?|ਸਰਬ\s++ਅਧਿਕਾਰ\s++ਰਾਖਵੇਂ|"
    r"સર્વાધિકાર\s++સુરક્ષિત|(?:ಎಲ್ಲ|ಎಲ್ಲಾ|ಸರ್ವ)\s++ಹಕ್ಕುಗಳನ್ನು\s++ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ|"
    r"(?:సర్వ|అన్ని)\s++హక్కులు\s++(?:ప్రత్యేకించబడినవి|ప్రత్యేకించబడ్డాయి|"
    r"సురక్షితం)|എല്ലാ\s++അവകാശങ്ങളും\s++(?:നിക്ഷിപ്തം|സംരക്ഷിതം)|"
    r"ସର୍ବସ୍ୱତ୍ୱ\s++ସଂରକ୍ଷିତ|সর্বস্বত্ব\s++সংৰক্ষিত|සියලු(?:ම)?\s++හිමිකම්\s++ඇවිරිණි|"
    r"រក្សា\s*+សិទ្ធិ\s*+គ្រប់\s*+យ៉ាង|ສະຫງວນລິຂະສິດ|မူပိုင်ခွင့်\s*+(?:ရယူထားသည်|ရှိသည်)|"
    r"ټول\s++حقونه\s++خوندي\s++دي|hemû\s++maf\s++parastî\s++ne|semua\s++hak\s++dilindungi|"
    r"alle\s++rettigheter\s++forbeholdt|alla\s++rättigheter\s++reserverade|"
    r"some\s++rights\s++reserved"
)
_RIGHTS = re.compile(
    rf"\A[*_\s]{{0,3}}+(?:©|\(c\)|copyright)[^\n]{{0,120}}?(?:{RIGHTS_RESERVED})", re.IGNORECASE
)


def legal_footer(
    blocks: list[str], classes: list[str], anchors: frozenset[int], header_reach: int
) -> range:
    """The page's legal text: the prose stretch that ends at a copyright line ("© 2019 X.
    All rights reserved.") near the end of the page, and what follows that line, when the
    stretch is not the article itself (it does not start within ``header_reach`` blocks
    of the headline block's first date or byline line)."""
    rights = next((i for i in range(len(blocks) - 1, -1, -1) if _RIGHTS.search(blocks[i])), None)
    if rights is None or rights < len(blocks) - FOOTER_REACH or not anchors:
        return range(0)
    start = rights
    while start > 0 and classes[start - 1] == "good":
        start -= 1
    if start == rights or start <= min(anchors) + header_reach:
        return range(0)
    return range(start, len(blocks))


def is_rights_line(text: str) -> bool:
    """The page's footer: "© 2019 CBS Interactive Inc. All Rights Reserved." """
    return len(text) <= RIGHTS_LENGTH and bool(_RIGHTS.search(text))
