"""Cookie and consent notices (tearsheet.consent): a banner in any language is never the
headline, and leaves the header; a headline about cookies stays one."""

from __future__ import annotations

import pytest

from tearsheet import zones
from tearsheet.consent import is_consent_notice
from tearsheet.headlines import headline_flaw
from tearsheet.plaintext import parse_text

NOTICES = [
    "We use cookies to improve your experience on our website. Accept all  Settings",
    "Wir verwenden Cookies. Mit Klick auf „Einverstanden“ stimmen Sie zu. Einverstanden",
    "Ce site utilise des cookies. Tout accepter  Paramétrer",
    "Este sitio web utiliza cookies propias. Aceptar  Configurar",
    "Questo sito utilizza cookie tecnici. Accetta  Rifiuta",
    "Utilizamos cookies para melhorar a sua experiência. Aceitar  Definições",
    "Wij gebruiken cookies op deze website. Accepteren  Instellingen",
    "Ta strona korzysta z plików cookies. Akceptuję  Ustawienia",
    "Vi använder kakor på webbplatsen. Godkänn alla  Inställningar",
    "Käytämme evästeitä sivustolla. Hyväksy kaikki  Asetukset",
    "Sütiket használunk a weboldalon. Elfogadom  Beállítások",
    "Sitemizde çerezler kullanıyoruz. Kabul et  Ayarlar",
    "Мы используем файлы cookie на сайте. Принять  Настройки",
    "Χρησιμοποιούμε cookies στον ιστότοπο. Αποδοχή  Ρυθμίσεις",
    "نستخدم ملفات تعريف الارتباط على الموقع. قبول  إعدادات",
    "אנו משתמשים בעוגיות באתר. אישור  הגדרות",
    "हम वेबसाइट पर कुकीज़ का उपयोग करते हैं। स्वीकार करें  सेटिंग्स",
    # Uzbek, Armenian, Georgian, Mongolian: the loanword or the language's own cookie.
    "Sayt cookie-fayllardan foydalanadi. Saytdan foydalanishda davom etib, siz bunga rozilik "
    "bildirasiz.",
    "Այս կայքը օգտագործում է թխուկներ (cookies)՝ ձեր փորձառությունը բարելավելու համար։ "
    "Շարունակելով այցելել կայք՝ դուք համաձայնում եք թխուկների օգտագործմանը։",
    "საიტი იყენებს ქუქი-ფაილებს. საიტის გამოყენებით თქვენ ეთანხმებით. ვეთანხმები",
    "Бид таны туршлагыг сайжруулах зорилгоор күүки ашигладаг. Үргэлжлүүлэн ашигласнаар та "
    "үүнийг зөвшөөрч байна.",
    "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์ของผู้ใช้ ยอมรับทั้งหมด ตั้งค่า",
    "本网站使用Cookie以改善您的体验。接受 设置",
    "当サイトではクッキーを使用しています。同意する 設定",
    "이 웹사이트는 쿠키를 사용합니다. 동의 설정",
    "Chúng tôi sử dụng cookie trên trang web. Chấp nhận  Cài đặt",
    # A blog plugin's notice that the reader agrees by going on, with its two buttons.
    "Diese Website verwendet Cookies. Wenn du die Seite weiter nutzt, gehen wir von deinem "
    "Einverständnis aus. OK Mehr erfahren",
    "Utilizamos cookies para asegurar que damos la mejor experiencia al usuario en nuestra "
    "web. Si sigues utilizando este sitio asumiremos que estás de acuerdo. Vale",
    "Este site utiliza cookies. Se continuar a usar este site, assumiremos que está satisfeito. Ok",
    # A banner copied as its sentence and its "allow all" and "customise" buttons only.
    "Vi bruger cookies Tillad alle Tilpas",
    "Vi använder kakor Tillåt alla Anpassa",
    "We use cookies Allow all Customise",
    "Wir nutzen Cookies Alle zulassen Anpassen",
    "Korzystamy z plików cookies w naszym serwisie. Przejdź do serwisu",
    # A banner that ends on its "OK" and "learn more" links, or asks to accept in a verb's
    # other aspect (Polish "zaakceptujesz") or agree ("pristajete").
    "Stranica koristi kolačiće. U redu Saznaj više",
    "This site uses cookies. OK Learn more",
    "Este sitio usa cookies. Aceptar Más información",
    "Zanim zaakceptujesz pliki cookies, przeczytaj informacje o naszym serwisie. Przejdź dalej",
    "Sajt koristi kolačiće; nastavkom pristajete na to.",
    # The language's own word for the cookie: Polish "ciasteczka", Swahili "vidakuzi"
    # (with "inatumia", "it uses").
    "Serwis używa ciasteczek. Więcej informacji  Rozumiem",
    "Tovuti hii inatumia vidakuzi. Kubali",
    # A Turkish notice on the reader's personal data, pointing to the cookie policy.
    "Kişisel verileriniz, hizmetlerimizin daha iyi bir şekilde sunulabilmesi için mevzuata "
    "uygun taraflarca çerezler (cookies) vasıtasıyla işlenmektedir. Detaylı bilgi için Çerez "
    "Politikası'nı inceleyebilirsiniz.",
    "This website uses cookies as described in our Cookie Policy.",
]

HEADLINES = [
    "Cookie Monster turns 50 with a new show",
    "EU court rules on cookie consent",
    "EU to ban cookie banners that make rejecting hard, websites warned",
    "Cookies continue to track users across the web, study finds",
    "Cookie-Banner: Nutzer sollen künftig leichter ablehnen können",
    "Die besten Cookies zum Advent: unsere Rezepte",
    "สูตรคุกกี้ช็อกโกแลตชิพ ทำง่าย ได้ทุกบ้าน",
    "Kukiz'15 chce zmian w ustawie o mediach",
    "Wir verwenden alte Rezepte für neue Plätzchen",
    "Przepis na ciasteczka owsiane, które zrobisz w 20 minut",
    "Wanafunzi wa Mombasa wanatumia tovuti mpya kujifunza",
    "Brussels rewrites its cookie policy",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_cookie_banner_in_any_language_is_a_notice_and_no_headline(line):
    assert is_consent_notice(line)
    assert headline_flaw(line, None) is not None


@pytest.mark.parametrize("line", HEADLINES)
def test_a_headline_about_cookies_is_no_notice(line):
    assert not is_consent_notice(line)
    assert headline_flaw(line, None) is None


BODY = {
    "de": [
        "Die Gewerkschaft hat für Donnerstag einen Warnstreik im Güterverkehr angekündigt, "
        "teilte sie am Mittwoch in Frankfurt mit.",
        "Das Unternehmen hatte in der dritten Verhandlungsrunde ein Angebot vorgelegt, das "
        "die Gewerkschaft als unzureichend zurückwies.",
    ],
    "nl": [
        "De gemeente heeft besloten dat de kermis volgend jaar op doordeweekse avonden een "
        "uur eerder sluit, na klachten van bewoners.",
        "Tot nu toe draaiden de attracties op werkdagen tot één uur 's nachts, maar vanaf "
        "volgend jaar moet de muziek om middernacht uit.",
    ],
    "th": [
        "การรถไฟแห่งประเทศไทยประกาศเปิดจำหน่ายตั๋วโดยสารสำหรับการเดินทางช่วงเทศกาลปีใหม่ "
        "ตั้งแต่วันที่ 1 ธันวาคม นี้ เป็นต้นไป ผ่านช่องทางออนไลน์และที่สถานีทั่วประเทศ",
        "คาดว่าจะมีผู้โดยสารใช้บริการรถไฟในช่วงดังกล่าวประมาณ 1.2 ล้านคน "
        "เพิ่มขึ้นจากปีที่แล้วราวร้อยละ 8 โดยเฉพาะเส้นทางสายเหนือ",
    ],
}


@pytest.mark.parametrize(
    ("lang", "notice", "headline", "date"),
    [
        (
            "de",
            "Wir verwenden Cookies und ähnliche Technologien. Einverstanden  Einstellungen",
            "Gewerkschaft kündigt Warnstreik im Güterverkehr an",
            "25. November 2026, 14:38 Uhr",
        ),
        (
            "nl",
            "We gebruiken cookies om de website goed te laten werken. Accepteren  Instellingen",
            "Kermis krijgt volgend jaar kortere openingstijden",
            "zaterdag 28 november 2026 om 09:14",
        ),
        (
            "th",
            "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์ของผู้ใช้ ยอมรับทั้งหมด ตั้งค่า",
            "รฟท. เปิดขายตั๋วรถไฟช่วงปีใหม่ 1 ธ.ค. นี้ เพิ่มขบวนพิเศษ 14 ขบวน",
            "27 พ.ย. 2569 10:35 น.",
        ),
    ],
)
def test_a_banner_deep_in_the_menu_over_the_headline_leaves_the_page(lang, notice, headline, date):
    menu = ["Start", "News", "Sport", "Kultur", "Wetter", "Video", "Podcast", "Regional", "Mehr"]
    text = "\n".join([*menu, notice, "Aktuell", headline, date, *BODY[lang]])
    article = parse_text(text, lang=lang)
    assert article.headline == headline
    assert notice.split()[0] not in article.body


_NOTICE_IN_STORY = {
    "ru": (
        [
            "Городская дума в четверг утвердила бюджет на следующий год, хотя споры о том, "
            "сколько денег пойдёт на транспорт и школы, не утихали до позднего вечера.",
            "Мэр сказал, что большая часть новых средств будет направлена на ремонт дорог и "
            "трамвайных путей, которые не ремонтировались уже много лет.",
            "Оппозиция заявила, что бюджет не учитывает рост цен, и пообещала, что весной ещё "
            "раз потребует пересмотреть расходы на социальные программы.",
        ],
        "Мы используем файлы куки, чтобы сайт работал лучше. Продолжая пользоваться сайтом, "
        "вы соглашаетесь с этим. Принять Настройки",
    ),
    "sv": (
        [
            "Kommunfullmäktige klubbade på torsdagen budgeten för nästa år, men debatten om hur "
            "mycket pengar som ska gå till kollektivtrafik och skolor pågick till sent på kvällen.",
            "Kommunstyrelsens ordförande sa att det mesta av de nya pengarna ska gå till att laga "
            "vägar och spårvägar som inte har rustats på många år.",
            "Oppositionen menade att budgeten inte tar hänsyn till de stigande priserna och "
            "lovade att i vår på nytt kräva att utgifterna ses över.",
        ],
        "Vi använder kakor för att ge dig en bättre upplevelse. Genom att fortsätta godkänner "
        "du detta. Godkänn Inställningar",
    ),
}


@pytest.mark.parametrize("lang", sorted(_NOTICE_IN_STORY))
def test_a_banner_in_the_story_s_language_goes_alone_and_the_story_stays(lang):
    # The cookie's own name in the language ("куки", "kakor"), not the English word: the
    # banner goes, the paragraphs on both sides of it stay.
    story, banner = _NOTICE_IN_STORY[lang]
    text = "\n\n".join(["Budget", "12.03.2025", story[0], banner, *story[1:]])
    article = parse_text(text, lang=lang)
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story
    assert [line for _rule, line in article.removed] == [banner]


@pytest.mark.parametrize(
    "line",
    [
        "Anpassa gräddningstiden efter ugnen, för kakorna ska vara gyllene. Tillåt kakorna att "
        "svalna på plåten innan du flyttar dem.",
        "Tilpas bagetiden efter din ovn, så kagerne bliver gyldne, og lad dem køle af på pladen.",
    ],
)
def test_a_recipe_s_sentence_with_the_buttons_words_is_no_notice(line):
    """Swedish and Danish bake "kakor"/"kager" (cookies) and "anpassa"/"tillåt" (adjust,
    let): a banner's button words count only at the line's end, where its buttons stand."""
    assert not is_consent_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sitemizde kişisel verileriniz işlenir, ayrıntılar gizlilik politikamızda. Tamam",
        "Szanowny Użytkowniku, dbamy o Twoją prywatność. Przejdź do serwisu Ustawienia",
        "Wir schützen Ihre Daten und Ihre Privatsphäre auf dieser Webseite. Verstanden",
        "Respetamos tu privacidad y tus datos personales en este sitio. Aceptar Configurar",
        # The consent platforms' title, then the button: the Indian scripts stop on a danda.
        "We value your privacy. Accept",
        "हम आपकी निजता का सम्मान करते हैं। स्वीकार करें",
        "आपकी गोपनीयता हमारे लिए महत्वपूर्ण है। स्वीकार करें",
    ],
)
def test_a_notice_of_personal_data_without_cookies_is_a_notice(line):
    assert is_consent_notice(line)
    assert headline_flaw(line, None) == "a cookie notice"


@pytest.mark.parametrize(
    "line",
    [
        "Kişisel veriler kullanılmadan önce onay alınmalı",
        "Dane osobowe: nowe ustawienia prywatności w serwisach rządowych",
        "Datenschutz: Was die neue Verordnung für Ihre Daten bedeutet",
        "Privacy regulator fines website. Users warned",
        "Minister says he will respect your privacy. Critics doubt it",
        "निजता का अधिकार मौलिक अधिकार है। सुप्रीम कोर्ट",
    ],
)
def test_a_headline_about_personal_data_is_no_notice(line):
    assert not is_consent_notice(line)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "it",
            "La privacy e i dati personali dei cittadini sono al centro del testo. Lo prevede "
            "il capitolo terzo.",
        ),
        (
            "tr",
            "Kişisel verilerin gizliliği için yeni yasa hazırlanıyor. Meclis tasarıyı tamamen "
            "kabul etti.",
        ),
        (
            "en",
            "Privacy and personal data are at stake in the new bill. It comprises six short "
            "chapters.",
        ),
        (
            "es",
            "La protección de los datos personales y la privacidad preocupa a los usuarios. "
            "Es un entendimiento común.",
        ),
    ],
)
def test_a_story_s_sentence_on_personal_data_stays_in_the_story(lang, sentence):
    """ "capitolo", "tamamen", "comprises", "entendimiento" open with a notice's "OK" button
    word ("capito", "tamam", "compris", "entendi"), and end a sentence: no notice's button."""
    assert not is_consent_notice(sentence)
    story = [
        "The council approved the new budget late on Tuesday night after a long debate that "
        "lasted several hours between the parties of the ruling coalition.",
        sentence,
        "The measure now goes to the committees, which must give their opinion before the end "
        "of next month, as the law requires of every bill of its kind.",
    ]
    article = parse_text("\n\n".join(["Budget passed", "12.03.2025", *story]), lang=lang)
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story


def _page(menu: list[str], banner: list[str], card: list[str], prose: list[str], lang: str):
    """A page copied line by line: the menu, the banner as its title, notice and buttons,
    then the article's card and prose."""
    text = "\n".join(menu) + "\n\n" + "\n".join(banner) + "\n\n" + "\n".join(card + prose)
    return parse_text(text, lang=lang)


_KNJIZNICA = [
    "Mestni svet je na torkovi seji potrdil načrt, po katerem bodo staro knjižnico v središču "
    "mesta obnovili do konca leta 2028.",
    "Obnova bo stala približno šest milijonov evrov, del denarja pa bo občina dobila iz "
    "evropskih skladov za energetsko prenovo.",
    "Direktorica knjižnice je povedala, da se število izposoj vsako leto povečuje, čeprav je "
    "stavba v slabem stanju.",
]
_KNIHOVNA = [
    "Zastupitelé na úterním jednání schválili plán, podle kterého se stará knihovna v centru "
    "města opraví do konce roku 2028.",
    "Oprava bude stát přibližně sto padesát milionů korun, část peněz získá město z evropských "
    "fondů.",
    "Ředitelka knihovny uvedla, že počet výpůjček každý rok roste, přestože je budova ve "
    "špatném stavu.",
]


@pytest.mark.parametrize(
    ("lang", "menu", "banner", "card", "prose"),
    [
        # A headline long enough to read as prose, a dek under it: the banner's title is
        # passed over, and the headline under the date line is the first line of the prose.
        (
            "sl",
            ["Preskoči na vsebino", "Dnevnik", "Novice", "Šport", "Kultura", "Prijava"],
            [
                "Spletno mesto uporablja piškotke",
                "Piškotke uporabljamo za delovanje strani, analizo obiska in prilagajanje "
                "oglasov. Več o piškotkih.",
                "Sprejmi vse",
                "Zavrni",
                "Nastavitve",
            ],
            [
                "Slovenija",
                "Maribor, 2. 03. 2026 08:40 | Posodobljeno: 11:05",
                "4 min",
                "Mestni svet: stara knjižnica bo obnovljena do leta 2028, nova čitalnica za "
                "študente",
                "Nova knjižnica bo imela tudi čitalnico za študente in prostor za prireditve",
            ],
            _KNJIZNICA,
        ),
        (
            "cs",
            ["Přejít na obsah", "Deník Jih", "Zprávy", "Sport", "Kultura", "Přihlásit"],
            [
                "Tento web používá cookies",
                "Cookies používáme k zajištění funkčnosti webu, k analýze návštěvnosti a "
                "k zobrazení reklamy. Více informací.",
                "Přijmout vše",
                "Odmítnout",
                "Nastavení",
            ],
            [
                "Domácí",
                "Brno, 5. 02. 2026 09:12 | Aktualizováno: 12:30",
                "3 min",
                "Radnice opraví starou knihovnu do roku 2028",
                "Nová knihovna bude mít studovnu a sál pro besedy",
            ],
            _KNIHOVNA,
        ),
    ],
)
def test_a_banner_copied_line_by_line_gives_no_headline(lang, menu, banner, card, prose):
    article = _page(menu, banner, card, prose, lang)
    assert article.headline == card[3]
    assert article.body.strip().split("\n\n") == prose


# Stories about cookies, the kind one eats: each line stays, the headline too.
RECIPES = [
    (
        "en",
        "Brown butter chocolate chip cookies",
        [
            "These cookies have been my favourite for years, and I finally worked out how to "
            "make them chewy in the middle.",
            "Brown the butter slowly until it smells of toffee, then let it cool for ten "
            "minutes before you add the sugar.",
            "Bake the cookies for twelve minutes, until the edges are golden and the middle "
            "still looks slightly underdone.",
            "Let them rest on the tray for five minutes before moving them to a rack.",
        ],
    ),
    (
        "de",
        "Schoko-Cookies mit Haferflocken",
        [
            "Diese Cookies backe ich seit Jahren für jeden Kindergeburtstag, und sie sind "
            "immer als Erstes weg.",
            "Die weiche Butter mit dem Zucker schaumig rühren, dann das Ei und eine Prise Salz "
            "dazugeben.",
            "Die Cookies bei 180 Grad etwa zwölf Minuten backen, bis die Ränder goldbraun sind.",
        ],
    ),
    (
        "sv",
        "Mormors havrekakor",
        [
            "De här kakorna bakade mormor varje jul, och receptet har legat i samma låda i "
            "över fyrtio år.",
            "Smält smöret och rör ner havregryn, socker och en nypa salt tills smeten är jämn.",
            "Grädda kakorna mitt i ugnen i åtta minuter och låt dem svalna på plåten.",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "headline", "paragraphs"), RECIPES)
def test_a_recipe_for_cookies_keeps_its_headline_and_every_paragraph(lang, headline, paragraphs):
    text = "\n\n".join([headline, "3 March 2026", *paragraphs])
    article = parse_text(text, lang=lang)
    assert article.headline == headline
    assert article.body.strip().split("\n\n") == paragraphs
    assert article.removed == ()


@pytest.mark.parametrize(
    "line",
    [
        "Cookies",
        "Cookie policy",
        "Cookie settings",
        "Manage cookies",
        "Çerez Politikası",
        "Politique de cookies",
        "Cookie-Richtlinie",
        "We’d like to set additional cookies to understand how you use the site and remember "
        "your settings.",
    ],
)
def test_the_banner_s_links_and_sentences_are_a_notice(line):
    assert zones.is_cookie_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "Christmas cookies",
        "Brown butter chocolate chip cookies",
        "Bake the cookies for twelve minutes, until the edges are golden.",
        "Publishers said the rule would cost them revenue, since fewer readers would accept "
        "tracking cookies.",
    ],
)
def test_a_sentence_naming_cookies_is_no_notice(line):
    assert not zones.is_cookie_notice(line)


def test_a_banner_s_title_and_buttons_copied_without_blank_lines_leave_the_page():
    # Each line its own block: the title and the buttons go with the notice beside them.
    lines = [
        "Cookies on Council.gov",
        "We use some essential cookies to make this website work.",
        "We’d like to set additional cookies to understand how you use the site.",
        "Accept additional cookies",
        "Reject additional cookies",
        "View cookies",
        "Library to close for three months",
        "Published 4 March 2026",
        "The central library will close from 1 April for three months while its roof and "
        "heating are replaced, the council said.",
        "Books can be returned at any branch, and the mobile library will stop at the market "
        "square on Tuesdays and Fridays.",
    ]
    article = parse_text("\n".join(lines), lang="en")
    assert article.headline == "Library to close for three months"
    assert article.body.strip().split("\n\n") == lines[-2:]
    assert [line for _rule, line in article.removed][:6] == lines[:6]
