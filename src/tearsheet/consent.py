"""Cookie and consent notices in every language: a page's banner, never a headline."""

from __future__ import annotations

import re

# A consent notice is at most this many words, and names at least this many of the
# consent words below (a headline about cookie banners names one or two: "EU to ban cookie
# banners that make rejecting hard, websites warned"); a notice says what the site does and
# asks ("we use … on our website. Accept / Settings").
NOTICE_WORDS = 80
CONSENT_HITS = 3

# The cookie's name, as banners spell it: the English word in most languages, else the
# language's own ("kakor", "evästeet", "sütik", "çerezler", "kolačići", "piškotki",
# "slapukai", "sīkdatnes", "küpsised", "ciasteczka", "куки", "бисквитки", "μπισκότα", "ملفات تعريف
# الارتباط", "עוגיות", "कुकीज़", "কুকি", "குக்கீ", "คุกกี้", "クッキー", "쿠키").
# Words of a phrase are joined by "_". Spelled at the start of a word in scripts with
# spaces; anywhere in a word in scripts written without spaces or with prefixes joined to
# the word (Thai, Chinese, Japanese, Arabic, Hebrew), and "cookie" beside ideographs.
_COOKIE_STARTS = (
    "kakor kakorna kakan eväst süti sütik çerez kolačić kolacic piškotk piskotk "
    "slapuk sīkdatn sikdatn küpsis vafrakök informasjonskaps galetes cwci kuki vidakuzi "
    "ciastecz "
    "куки кукі бисквитк колачић колачињ μπισκότ κουκι कुकी कुकीज কুকি குக்கீ "
    "ኩኪ ქუქი թխուկ күүки"
)
_COOKIE_INSIDE = "cookie คุกกี้ クッキー 쿠키 ملفات_تعريف_الارتباط كوكيز کوکی کوکیز עוגיות קוקיז"
# What a notice asks or says of the site, in the languages of the sets and more: accept,
# agree, consent, settings, reject, "we use", the website, privacy.
_CONSENT_STARTS = (
    # clicking the button, in many languages
    "click klick klik clic cliqu kliknię kliknu kattint tıkla нажим натиск натис κλικ "
    # en
    "accept agree allow consent setting preference manage reject decline uses continu "
    "using we_use we'd_like this_site website site privacy personalis personaliz "
    # de
    "akzept einverstanden einverständ zustimm einwillig einstellung ablehn verwende nutz webseite "
    "datenschutz zulassen erlaub "
    # fr
    "j'accepte consent paramètr paramétr refus utilis personnaliser confidentialité "
    # es it pt ca
    "acept acuerdo configur rechaz usamos utiliz sitio ajustes privacidad accett consenso "
    "impostazion rifiut usiamo sito preferenz aceit definições rejeit privacidade "
    "preferênc accepta rebutj utilitz lloc galetes "
    # nl
    "accepteer akkoord toestemming instellingen weiger gebruik voorkeur "
    # pl cs sk
    "akceptuj zaakcept zgod ustawie odrzu korzyst używ strony stronie witryn prywatnoś "
    "przejdź serwis "
    "přijm souhlas nastavení odmítn používá stránk súhlas prijať "
    # da sv no fi is
    "samtyk indstilling afvis bruger hjemmeside websted godkänn acceptera inställning "
    "avvisa använder webbplats godta aksepter innstilling avvis bruker nettsted "
    "hyväksy salli asetuk hylkää käytä sivusto samþykk stillingar "
    # hu ro tr
    "elfogad hozzájárul beállítás elutasít használ weboldal honlap setări refuz folosim "
    "kabul ayarlar reddet kullan onay kişisel_veri işlen gizlilik "
    # the site's policy named ("Çerez Politikası", "cookie policy", "politique de cookies")
    "polic politik politiq polític polityk "
    # el ru uk bg sr mk kk
    "αποδοχ αποδέχ ρυθμίσ απόρριψ χρησιμοποι ιστότοπ συναίνεσ "
    "принять принимаю соглас настро отклон использ сайт прийня погоджу згод налаштув "
    "відхил використ приемам приеми съглас настройки отказ използва прихват подешав "
    "користи prihvat podešav koristi sajt prihvać pristaj postavke odbij stranic u_redu "
    "қабылда келісем баптау пайдалан "
    # uz az hy ka mn
    "sayt rozilik qabul foydalan sozlama razılıq qəbul istifadə "
    "կայք համաձայն ընդունել օգտագործ կարգավորում საიტ ვეთანხმ მიღება იყენებ პარამეტრ "
    "зөвшөөр ашигла үргэлжлүүл "
    # sl lt lv et cy
    "sprejm nastavitv zavrn uporablja spletn sutinku priimti nustatym atmesti naudoja "
    "svetain piekrītu pieņemt iestatījum noraidīt izmanto vietn nõustu aktsept seaded "
    "keeldu kasuta veebileh derbyn gosodiad gwrthod defnyddio gwefan "
    # id ms vi sw tl
    "terima setuju pengaturan tetapan tolak menggunakan situs laman chấp_nhận đồng_ý "
    "cài_đặt từ_chối sử_dụng kubali mipangilio kataa tunatumia inatumia hutumia tovuti "
    "tanggapin "
    # hi mr bn ta am
    "स्वीकार सेटिंग अस्वीकार उपयोग इस्तेमाल वेबसाइट वापर संकेतस्थळ সম্মত গ্রহণ সেটিংস "
    "প্রত্যাখ্যান ব্যবহার ওয়েবসাইট ஏற்க அமைப்பு நிராகரி பயன்படுத்த இணையதள ተቀበል ቅንብ"
)
# The banner's "learn more" link, a phrase in each language.
_MORE_STARTS = (
    "learn_more more_info mehr_erfahren mehr_infos en_savoir_plus saber_más más_información "
    "scopri_di_più maggiori_informazioni saiba_mais meer_informatie meer_info lees_meer "
    "dowiedz_się więcej_informacji více_informací zjistit_více viac_informácií läs_mer "
    "læs_mere les_mer lue_lisää további_információ daha_fazla_bilgi подробнее узнать_больше "
    "детальніше дізнатися_більше научете_повече περισσότερες_πληροφορίες saznaj_više "
    "saznajte_više сазнај_више več_informacij izvedi_več sužinoti_daugiau sužinokite_daugiau "
    "uzzināt_vairāk loe_lisaks rohkem_infot află_mai_multe mai_multe_informații "
    "pelajari_lebih_lanjut selengkapnya tìm_hiểu_thêm soma_zaidi detaylı_bilgi"
)
_CONSENT_INSIDE = (
    "ยอมรับ ตั้งค่า ปฏิเสธ ใช้ เว็บไซต์ 同意 承諾 設定 拒否 使用 利用 サイト 接受 设置 "
    "拒绝 網站 网站 동의 수락 설정 거부 사용 이용 사이트 "
    "قبول موافق أوافق إعدادات رفض نستخدم يستخدم الموقع پذیرش تنظیمات استفاده سایت "
    "ترتیبات استعمال ویب אישור מסכים הגדרות דחי משתמש אתר"
)


def _alternation(words: str) -> str:
    """The words as a pattern's alternatives, longest first; "_" stands for a space, and an
    apostrophe for either of its forms ("we'd", "we’d")."""
    escaped = (re.escape(word).replace("_", r"\s").replace("'", "['’]") for word in words.split())
    return "|".join(sorted(escaped, key=len, reverse=True))


# A word's start: no letter right before it. Each alternative is a fixed word, so a match
# is tried once from each place: linear in the line.
_COOKIE = re.compile(
    rf"(?<![^\W\d_])(?:{_alternation(_COOKIE_STARTS)})|{_alternation(_COOKIE_INSIDE)}",
    re.IGNORECASE,
)
_CONSENT = re.compile(
    rf"(?<![^\W\d_])(?:{_alternation(_CONSENT_STARTS + ' ' + _MORE_STARTS)})"
    rf"|{_alternation(_CONSENT_INSIDE)}",
    re.IGNORECASE,
)


# The banner's "allow all" and "customise" buttons, in many languages: words a recipe or a
# story uses too ("Tillåt kakorna att svalna", "customise the dough"), counted only among
# the line's last words, where a banner copied as text ends on its buttons.
_BUTTON_STARTS = (
    "customi tillad tilpas tillåt anpassa tillat tilpass anpass aanpass mukauta dostosuj "
    "přizpůsob prispôsob testreszab özelleştir personalizz разреш дозвол настрой"
)
# "OK", "got it", "I understand", as the one button of a notice that only informs: whole
# words, as the starts of words they would be the sentence's "tamamen" (Turkish "entirely"),
# "capitolo" (Italian "chapter"), "comprises", "entendimiento".
_OK_WORDS = (
    "tamam got_it rozumiem rozumím verstanden compris entendido entendi capito "
    "begrepen forstået förstått ymmärrän értem înțeleg понятно зрозуміло разбрах razumijem"
)
_BUTTON = re.compile(
    rf"(?<![^\W\d_])(?:{_alternation(_BUTTON_STARTS)}|(?:{_alternation(_OK_WORDS)})(?![^\W\d_]))",
    re.IGNORECASE,
)
BUTTON_WORDS = 4
# A notice that names no cookie names the reader's personal data or privacy instead
# ("Kişisel verileriniz … kullanılmaktadır. Tamam", "dbamy o Twoją prywatność. Przejdź do
# serwisu Ustawienia zaawansowane"): its sentence, then its buttons, at most this many words.
_DATA_STARTS = (
    "personal_data your_data privacy personenbezogen ihre_daten datenschutz "
    "données_personnelles vos_données vie_privée datos_personales tus_datos sus_datos "
    "privacidad dati_personali dados_pessoais seus_dados privacidade persoonsgegevens "
    "dane_osobowe danych_osobowych prywatnoś osobní_údaj osobních_údajů soukromí osobné_údaj "
    "súkromi személyes_adat adatvédelm date_personale datele_personale confidențialitat "
    "kişisel_veri gizlilik персональн конфиденциальн конфіденційн προσωπικά_δεδομένα "
    "απόρρητ personuppgift integritet personoplysning privatliv personopplysning personvern "
    "henkilötie yksityisyy data_pribadi privasi dữ_liệu_cá_nhân quyền_riêng_tư osobni_podac "
    "osobnih_podataka lični_podac privatnost лични_данни лични_податоци privatsphäre "
    "निजता गोपनीयता গোপনীয়তা தனியுரிமை గోప్యత ગોપનીયતા ਨਿੱਜਤਾ"
)
# The notice's title as consent platforms translate it ("We value your privacy", "आपकी
# निजता का सम्मान"): a notice's word, beside the data's.
_TITLE_STARTS = (
    "value_your_privacy respect_your_privacy ihre_privatsphäre votre_vie_privée "
    "tu_privacidad su_privacidad tua_privacy sua_privacidade uw_privacy twoją_prywatność "
    "आपकी_निजता आपकी_गोपनीयता আপনার_গোপনীয়তা உங்கள்_தனியுரிமை"
)
_DATA_INSIDE = (
    "البيانات_الشخصية الخصوصية פרטיות 個人情報 プライバシー 个人信息 個人資料 隐私 隱私 개인정보 "
    "حریم_خصوصی رازداری"
)
_TITLE = re.compile(rf"(?<![^\W\d_])(?:{_alternation(_TITLE_STARTS)})", re.IGNORECASE)
_DATA = re.compile(
    rf"(?<![^\W\d_])(?:{_alternation(_DATA_STARTS)})|{_alternation(_DATA_INSIDE)}",
    re.IGNORECASE,
)
NOTICE_BUTTON_WORDS = 6
# ... and, its words of a notice's length, at most this many characters.
NOTICE_LENGTH = 1200
# A sentence's stop: also the Indian scripts' danda, Urdu's and Amharic's full stops.
_LAST_STOP = re.compile(r"[.!。।۔።]\s")


def is_consent_notice(line: str) -> bool:
    """A cookie banner copied as a line ("Wir verwenden Cookies … Einverstanden
    Einstellungen", "เว็บไซต์นี้ใช้คุกกี้… ยอมรับทั้งหมด ตั้งค่า"): the cookie's name and at
    least three of the words a notice asks with. A headline about cookies names fewer."""
    if len(line.split()) > NOTICE_WORDS:
        return False
    if not names_cookie(line):
        return _is_data_notice(line)
    found = _consent_words(line)
    buttons = " ".join(line.split()[-BUTTON_WORDS:])
    found |= {match.group().casefold() for match in _BUTTON.finditer(buttons)}
    return len(found) >= CONSENT_HITS


# A link or button of the banner: the cookie's name with at most this many words and one of a
# notice's ("Cookie settings", "Manage cookies"), or the policy it links to ("Cookie policy",
# "Çerez Politikası", "Politique de cookies", "Cookie-Richtlinie").
COOKIE_LABEL_WORDS = 4
_POLICY = re.compile(
    r"(?<![^\W\d_])(?:polic|politi|polityk|richtlinie|hinweis|erklärung|beleid|verklaring|"
    r"informativa|zásad|szabályzat|политик|πολιτικ)",
    re.IGNORECASE,
)


def names_cookie(line: str) -> bool:
    """The line names the cookie, in its language's word for it."""
    return _COOKIE.search(line) is not None


def _consent_words(line: str) -> set[str]:
    """The different words of a notice the line holds, whatever their case."""
    return {match.group().casefold() for match in _CONSENT.finditer(line)}


def names_consent(line: str) -> bool:
    """The line holds a word a notice asks with ("Kabul Et", "Reddet", "Ayarlar")."""
    return _CONSENT.search(line) is not None


def is_cookie_label(line: str, words: int) -> bool:
    """A button or link of the banner or the footer: a few words naming the cookie, with a
    notice's word ("Cookie settings", "Manage cookies") or the policy ("Cookie policy",
    "Çerez Politikası"), or the cookies alone. "Christmas cookies" names neither."""
    if words > COOKIE_LABEL_WORDS or len(line) > NOTICE_LENGTH or not names_cookie(line):
        return False
    return words == 1 or _POLICY.search(line) is not None or _CONSENT.search(line) is not None


def is_cookie_line(line: str, words: int) -> bool:
    """A line of the page's banner, not a sentence of a story about cookies: a notice (see
    ``is_consent_notice``), a button or link (``is_cookie_label``), or a line naming the
    cookie beside two of a notice's words. A recipe's "Bake the cookies for twelve minutes"
    or a headline "Brown butter chocolate chip cookies" names none."""
    if is_consent_notice(line) or is_cookie_label(line, words):
        return True
    if len(line) > NOTICE_LENGTH or not names_cookie(line):
        return False  # "![![![…": no notice, however few its spaces
    return len(_consent_words(line)) >= 2


def _is_data_notice(line: str) -> bool:
    """A notice of the reader's personal data or privacy, no cookie named: a sentence, then
    a few words of buttons after its stop (a headline about data protection ends on no
    button), the data's words and the notice's three times in all."""
    if len(line) > NOTICE_LENGTH:
        return False  # "![![![…": no notice, however few its spaces
    stops = list(_LAST_STOP.finditer(line))
    data = {match.group().casefold() for match in _DATA.finditer(line)} if stops else set()
    if not data:
        return False
    buttons = line[stops[-1].end() :]
    # Buttons end on no stop; words after the last one that do are the text's sentence.
    if not 0 < len(buttons.split()) <= NOTICE_BUTTON_WORDS or buttons.rstrip()[-1:] in ".!?。":
        return False
    pressed = {match.group().casefold() for match in _BUTTON.finditer(buttons)}
    pressed |= _consent_words(buttons)
    found = _consent_words(line)
    found |= {match.group().casefold() for match in _TITLE.finditer(line)}
    return bool(pressed) and len(data | found | pressed) >= CONSENT_HITS


# A banner copied as lines: its title, its notice and its buttons, this many lines at most.
BANNER_LINES = 5


def is_banner_title(lines: list[str], index: int) -> bool:
    """The title of a cookie banner copied line by line ("Spletno mesto uporablja piškotke"
    over its notice and "Sprejmi vse / Zavrni / Nastavitve"): a short line naming the
    cookie, the banner's lines under it naming the notice's words three times in all. A
    headline about cookies has the story's prose under it."""
    line = lines[index]
    if len(line.split()) > NOTICE_WORDS or not names_cookie(line):
        return False
    found: set[str] = set()
    for below in lines[index : index + BANNER_LINES]:
        if len(below.split()) > NOTICE_WORDS:
            break
        found |= _consent_words(below)
    return len(found) >= CONSENT_HITS
