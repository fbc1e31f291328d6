"""The languages' words of a byline: "by" and "and", a newsroom's and a producer's credit, a
picture's credit and a journalist's role words, which bylines.py reads names with."""

from __future__ import annotations

import re

# The languages' labels of the writer, a byline's only with their colon ("Text: Anna Berg",
# "लेखक: राहुल शर्मा").
LABELS = (
    r"(?:text|texte|testo|texto|tekst|words|teksti|szöveg|текст|κείμενο|लेखक|เรื่อง|"
    r"نویسنده|piše|píše|pisze|пише|toimittanut|reporter|reporterin|reportér|reporterka|"
    r"reportera|repórter|autorius|autorė|autors|autore|avtor|avtorica|аутор|tác giả|"
    r"mwandishi|idazlea|ผู้เขียน|লেখক|প্রতিবেদক|எழுதியவர்|செய்தியாளர்|تحریر|رپورٹ|"
    r"خبرنگار|گزارش|रिपोर्ट|रिपोर्टर|إعداد|تقرير|כתב|כתבת|כתבה|"
    # Turkish "reporter" and "news", Thai "news (and photos)", Hungarian "wrote", Polish
    # "author of the text", the languages' "report", Vietnamese "article (and photos)".
    r"muhabir|haber|รายงาน|ข่าว(?:\s*+(?:/|และ)\s*+ภาพ)?|írta|autor(?:ka)?\s++tekstu|reportagem|"
    r"bài(?:\s*+(?:và|,|&)\s*+ảnh)?|"
    # The Slavic languages' "prepared (by)", a newsletter's or a digest's writer ("Подготви:
    # Мария Илиева", "Pripremila: Ana Horvat", "Připravila: Jana Nová").
    r"подготви(?:л|ла|ха)?|подготовил[аи]?|підготува(?:в|ла|ли)|приредио|приредила|"
    r"pripremi(?:o|la|li)|připravil[aiy]?|pripravil[ai]?|przygotował[aoy]?|"
    r"припреми(?:о|ла|ли))"
)
# The languages' "author", a label with its colon at a header line's end ("Praha 14:20
# Autor: Jan Novák").
AUTHOR_NOUNS = (
    r"(?:author|autor|autorin|autoren|autorka|autora|autore|autori|auteur|auteure|autrice|"
    r"yazar|szerző|автор|авторы|kirjoittaja|penulis|wartawan|συντάκτης|συντάκτρια|tác giả|"
    # Czech, Polish and Slovenian "authors", Georgian "author".
    r"autoři|autorzy|avtorji|ავტორი)"
)
# The languages' "by" before a byline's names; the labels among them ("Text:", "लेखक:")
# only with their colon.
BY = (
    # The labels first: "Autorka tekstu:" before "autorka".
    # BBC World Service pages write the label and a comma ("Author, Megan Ruddock",
    # "نویسنده، مریم احمدی", "Автор, Ольга Іваненко"); English "Author:" its colon.
    # Both genders' words or the feminine ending ("Autorka/Autor:", "Autor(ka):", "Autor/in:",
    # "Autor*in:") label one writer as well.
    rf"(?:{LABELS}(?=\s*+[:،])|(?:authors?|{AUTHOR_NOUNS})"
    rf"(?:\s*+/\s*+{AUTHOR_NOUNS}|\((?:ka|in|a|e)\)|[/*:]in)?(?=\s*+[:,،])|"
    # The verb "writes" before the writer's name ("Píše Tereza Novotná", "Pisze Anna
    # Nowak", "Piše Ivan Horvat", "Пише Олена Коваль").
    r"píše|pisze|piše|пише|пишет|"
    # "From our (special) correspondent" before the name ("dal nostro inviato Matteo
    # Vianello", "De notre envoyée spéciale Claire Roux", "Von unserem Korrespondenten …").
    r"(?:dal|dalla|dai|de|da|do|del|von|van|from|por|par)\s++"
    r"(?:(?:nostro|nostra|nostri|notre|nos|nuestro|nuestra|nosso|nossa|unserem|unserer|"
    r"onze|our|own)\s++){1,2}"
    r"(?:inviat[oaie]|corrispondente|envoyée?|correspondante?|enviad[oa]|corresponsal|"
    r"correspondente|korrespondent(?:en|in)|correspondent)"
    r"(?:\s++(?:speciale|spéciale?|especial|special))?|"
    r"by|von|par|por|di|da|door|av|af|autor|autorin|autoren|autorka|autora|autore|auteur|"
    r"auteure|autrice|przez|oleh|"
    r"yazar|yazan|szerző|szerzők|автор|авторы|kirjoittanut|kirjoittaja|penulis|pewarta|"
    r"wartawan|autori|συντάκτης|συντάκτρια|بقلم|מאת|โดย|เขียนโดย|bởi|eftir|"
    # Afrikaans and Albanian "by" ("Deur Pieter Swanepoel", "Nga Arben Hoxha").
    r"deur|nga|"
    # Yoruba "from the hand of", Igbo "from the hand of", Persian "by the pen of", "written
    # (by)", "by".
    r"láti\s++ọwọ́|lati\s++owo|site\s++n['’]aka|به\s++قلم|"
    r"نوشته(?:\u200c?ی)?(?:\s++شده\s++(?:توسط|به\s++قلم))?|توسط|"
    r"γράφει\s++(?:ο|η|οι)|"
    # Arabic "wrote" before the name, with a colon or a dash, or alone on a line of a few
    # words ("كتب أحمد عبد الرحمن").
    r"(?:كتب|كتبت)(?=\s*+[:-]|\s++\S++(?:\s++\S++){1,3}+$)|"
    # Arabic "interview (by)", "the interview was held by" ("حوار- منى الشريف").
    r"(?:حوار|أجرى\s++الحوار|حاورها|حاوره)(?=\s*+[:-])|"
    # Blogger's Thai "posted by", written without a space before the name's "by"; its
    # "posted by" that is one verb (Hungarian, Czech, Slovak, Finnish, Croatian, Greek).
    r"โพสต์โดย|โพสโดย|bejegyezte|vystavil[a]?|uverejnil[a]?|lähettänyt|objavio|objavila|"
    r"αναρτήθηκε\s++από|"
    # The interviewer's verb ("Беседовал Дмитрий Волков", "Rozmawiała Anna Nowak", "Das
    # Interview führte Jan Weber", "Ptala se Jana Nová").
    r"беседовал|беседовала|беседовали|розмовляв|розмовляла|розмовляли|rozmawiał|rozmawiała|"
    r"rozmawiali|rozmawia|rozmawiają|napisał|napisała|napisali|"
    # Polish "compiled (by)", a news desk's writer of an agency story ("oprac. Anna Nowak").
    r"oprac\.|opracował[aoy]?|opracowanie|"
    # Russian "(the issue) was prepared by", a digest's or newsletter's writer under it
    # ("Выпуск подготовила Ксения Лебедева").
    r"(?:выпуск\s++|рассылку\s++|материал\s++)?подготовил[аи]?(?=\s++[^\W\d_])|"
    # "Интервью взяла Елизавета Кузнецова", "Інтерв'ю взяв Олег Бондар": the interview's
    # writer, under it.
    r"интервью\s++взял[аи]?|інтерв['’]ю\s++взя(?:в|ла|ли)|ptal\s++se|ptala\s++se|ptali\s++se|pýtal\s++sa|"
    r"pýtala\s++sa|razgovarao|razgovarala|разговарао|разговарала|(?:interview|gespräch)\s++führten?|"
    # Catalan "per" after "Publicat", "Escrit" ("Publicat per Jordi Puigvert"); alone at
    # the start it is a first name ("Per Andersson").
    r"(?<=[^\W\d]\s)per|"
    # Bulgarian and Macedonian "от"/"од" (from, by) right after a blog's date ("Публикувано
    # на 14 септември 2026 от Мария Стоянова"); elsewhere it is "from".
    r"(?:(?<=\d\s)|(?<=г\.\s))(?:от|од)|"
    # Tagalog "ni" after the verb ("Isinulat ni", "Ipinost ni Jomar Dizon sa 8:14 PM");
    # after a noun it is "of" ("Kusina ni Ate Joy", a blog's name).
    r"(?:(?<=isinulat\s)|(?<=sinulat\s)|(?<=ipinost\s)|(?<=inilathala\s)|(?<=iniulat\s)|"
    r"(?<=isinalin\s)|(?<=inihanda\s)|(?<=ulat\s)|(?<=nai-post\s)|(?<=naipost\s))ni|"
    # French, Spanish and Portuguese "de" after the piece's noun ("Un texte de Marie-Ève
    # Lachance", "Un reportaje de Ana Gil", "Reportagem de Ana Souza"); alone it is "of".
    r"(?:(?<=texte\s)|(?<=article\s)|(?<=reportage\s)|(?<=chronique\s)|(?<=analyse\s)|"
    r"(?<=entrevue\s)|(?<=reportaje\s)|(?<=artículo\s)|(?<=crónica\s)|(?<=texto\s)|"
    r"(?<=reportagem\s)|(?<=crônica\s)|(?<=entrevista\s))de|"
    # Thai "reported by", "compiled by" (no space before "โดย"), Hebrew "written by" and
    # "by" after a blog's "published on …"; Bengali "wrote" (honorific and plain) before
    # the blogger's name ("লিখেছেন মেঘলা আকাশ").
    r"รายงานโดย|ข่าวโดย|เรียบเรียงโดย|(?:נכתב|נכתבה)\s++על\s++ידי|(?<=\S\s)על\s++ידי|"
    r"লিখেছেন|লিখেছে)"
)
# The byline's word that stands only at the start of the line, and only capitalised: the
# Greek article in the genitive ("Της Ελένης Καραγιάννη": "by Eleni Karagianni"), Swahili
# "Na" ("Na Amina Salim"), Romanian "de" in lower case ("de Andrei Mureșan").
# Welsh "Gan" ("Gan Megan Tudur"; Irish "gan" is "without").
# Hausa "Daga" ("Daga Aminu Garba Dala"), Tagalog "Ni" ("Ni Jomar Dizon"), which Filipino
# tabloids write in small letters too ("ni Jaime Castillo").
BY_START = r"(?-i:Του|Της|Των|Na|de|Daga|Ni|ni|Gan)\b"
# Zulu and Xhosa "ngu-" joined to the name ("Ngu-Sibusiso Ngcobo", "nguThandi Mahlangu"),
# with no space after it.
BY_JOINED = r"(?-i:[Nn]gu-|NGU-|ngu(?=[A-Z]))"
# The languages whose "de" at a line's start is their article ("de Volkskrant").
ARTICLE_DE = frozenset(("nl", "af"))
# The languages' "and" between two authors' names (Albanian "dhe", Romanian "și",
# Lithuanian "ir" among them).
AND = frozenset(
    "and und et y e i og och ja és ve и і та και a oraz en और و اور และ এবং ও மற்றும் dan và "
    "dhe și ir".split()
)
# Words in front of "by" that credit a picture, not the story ("Photographs by Jonah Reyes").
VISUAL = frozenset(
    """photo photos photograph photographs photography picture pictures image images
    illustration illustrations illustrated graphic graphics video videos foto fotos fotografie
    fotografía fotografia fotografías fotografias bild bilder illustrationen grafik kuva kuvat
    zdjęcia zdjęcie fotó fotók фото edited produced translated reviewed curated compiled
    moderated narrated editado editada traducido traducida traduit traduite édité éditée
    übersetzt bearbeitet redigiert revisado revisada""".split()
)

# The writer who took the pictures too: "Text & Fotos: Anna Berg", "Texto y fotos: Ana Souza".
TEXT_AND_PICTURES = re.compile(
    r"^(?:text|texte|texto|testo|tekst|teksti|words|szöveg)\s*+"
    r"(?:&|\+|and|und|et|y|e|i|og|och|en|ja|a|és|ve|oraz)\s*+"
    r"(?:photos?|fotos?|photographs|photography|fotografie|fotografías?|fotografias?|bilder?|"
    r"zdjęcia|kuvat|pictures|images|immagini|imagens|foto's|képek)\s*+:\s*+(?P<names>.{2,100})$",
    re.IGNORECASE,
)

# The web producer's credit, labelled with a colon, beside the writer's byline.
PRODUCER = re.compile(r"^(?:published|edited|produced|uploaded)\s++by\s*+:", re.IGNORECASE)
# The producer's credit after the writer's on one line ("राजेश बिष्ट, अमर उजाला, देहरादून
# Published by: नेहा शर्मा").
PRODUCER_AFTER = re.compile(
    r"(?<=\S)\s++(?:published|edited|produced|uploaded)\s++by\s*+:", re.IGNORECASE
)

# A newsroom's credit in place of a byline: its word and up to three words (the agency's).
STAFF_CREDIT = re.compile(
    r"^(?:redazione|redacción|redaccion|rédaction|redaktion|redactie|redakcja|redação|"
    r"redakce|redakcia|toimitus|redaksjonen|redaktionen|редакция|редакція|σύνταξη)"
    r"(?:\s++[^\W\d_][\w.&-]*+){0,3}$",
    re.IGNORECASE,
)


# The languages whose word is another language's "by" and means something else in them.
NOT_BY = {
    "id": ("di", "da"),
    "ms": ("di", "da"),
    "sv": ("da",),
    "no": ("da",),
    # Italian's "da" and "di" are "of the" and "of" in the Iberian languages and French ("A
    # Cozinha da Avó Lurdes": a blog's title).
    **dict.fromkeys(("pt", "es", "ca", "gl", "fr"), ("da", "di")),
}
# BY_START's words that open a sentence in these languages: "Na Ria Formosa, as ostras …"
# (Portuguese and the West Slavic languages' "on, in the"), "Ni el alcalde …" (Spanish
# "nor"). A line opening with one is no byline there.
for _lang in ("pt", "gl", "cs", "sk", "pl", "hr", "sl", "sr", "bs"):
    NOT_BY[_lang] = (*NOT_BY.get(_lang, ()), "na")
for _lang in ("es", "gl", "ca"):
    NOT_BY[_lang] = (*NOT_BY.get(_lang, ()), "ni")
NOT_BY["ga"] = (*NOT_BY.get("ga", ()), "gan")

# Words that open a journalist's role ("Chief political correspondent", "Senior reporter").
ROLE_MODIFIERS = frozenset(
    """chief senior deputy political economics business sports science health environment
    energy foreign home world technology arts culture special associate executive managing
    contributing principal investigative data""".split()
)

# The abbreviations of "photo" opening a photographer's credit ("Fot. Kuba Atys").
PICTURE_MARKS = frozenset("fot phot ph ft bild kuva zdj".split())
# A photographer's role under the name ("Fotograf", "Photographer", "Fotógrafo").
PHOTOGRAPHER_WORDS = frozenset(
    """photographer photojournalist fotograf fotografin fotógrafo fotógrafa fotografo
    fotografa photographe fotojournalist fotoreporter valokuvaaja фотограф""".split()
)

PICTURE_WORDS = frozenset(
    """photo photos photography foto fotos fotografie fotografia fotografías zdjęcia
    illustration illustrations illustrationen ilustración ilustraciones illustrazioni
    video vidéo images bilder""".split()
)
# The agencies known by a name not in capitals: a closing "(Reuters)" or "— Bloomberg", a
# byline's "By Reuters Staff" or "Ana Souza (Lusa)" credits one (initials, "(AFP)", "–
# ANSA", credit any).
AGENCY_NAMES = (
    r"(?:Reuters|Bloomberg|Lusa|Xinhua|Kyodo|Yonhap|Bernama|Antara|Belga|Ritzau|Notimex|"
    r"Europa Press|Prensa Latina|Interfax|Ukrinform|Anadolu|Sputnik|Agerpres|Ansamed|Tanjug|"
    # Switzerland's agency in its German and French names.
    r"Keystone-SDA|Keystone-ATS|"
    r"Hina|Elta|Efe|Agence France-Presse|(?:The\s++)?Associated\s++Press|Press Association|"
    r"(?:The\s++)?Canadian Press|Рейтер|Интерфакс|Укрінформ|dpa|"
    # The German church and sport agencies, which write themselves in small letters.
    r"(?-i:epd|sid)|"
    # The agencies of the Caucasus, Central Asia, Africa and Latin America by their names.
    r"Armenpress|Արմենպրես|Azertac|Азертадж|Kazinform|Казинформ|Montsame|Télam|Andina|"
    r"Agência Brasil|Sakinform|საქინფორმი|"
    # PTI's and UNI's Hindi services ("नयी दिल्ली, 12 मई (भाषा)।"), Yonhap and Newsis in
    # Korean, Kyodo and Jiji in Japanese, Xinhua and China News Service in Chinese.
    r"भाषा|वार्ता|यूनीवार्ता|연합뉴스|뉴시스|共同通信|時事通信|新华社|新華社|中新社|"
    # Reuters, AFP, dpa, AP, Anadolu and Xinhua in Arabic ("(أ ف ب)" closes a story).
    r"رويترز|أ\s?ف\s?ب|أ\.ف\.ب|فرانس برس|د\s?ب\s?أ|أ\s?ب|أسوشيتد برس|الأناضول|شينخوا|"
    # The Gulf's, the Levant's and North Africa's national agencies by their Arabic initials
    # (WAM, SPA, QNA, KUNA, BNA, SANA, WAFA, Petra, MAP), Iran's (IRNA, ISNA), Ethiopia's
    # (ENA) and Bangladesh's (BSS) in their own scripts.
    r"وام|واس|قنا|كونا|بنا|سانا|وفا|بترا|ومع|إيرنا|ایرنا|ایسنا|ኢዜአ|বাসস)"
)
# The news agencies known by their initials ("AFP", "ТАСС", "ΑΠΕ-ΜΠΕ"): after a byline's
# names ("By Jane Doe, AFP") they credit the agency; an outlet's initials ("CNN", "BBC")
# name the paper, whose © line names its publisher.
AGENCY_INITIALS = (
    r"(?:AP|AFP|DPA|EFE|ANSA|AGI|PAP|ČTK|CTK|TASR|APA|ANP|TT|NTB|STT|MTI|BTA|ELTA|LETA|BNS|"
    r"STA|HINA|AA|DHA|IHA|IANS|PTI|UNI|ANI|AAP|CP|KNA|EPD|KAP|ATS|SDA|ATA|MIA|BETA|FENA|IRNA|"
    r"ISNA|WAFA|MENA|KUNA|SPA|QNA|WAM|BSS|APP|NNA|KPL|TTXVN|VNA|ANA|AMNA|ΑΠΕ|ΑΠΕ-ΜΠΕ|ТАСС|"
    r"РИА|УНИАН|БТА|МИА|ИТАР-ТАСС|CNA|Yonhap|Kyodo|Jiji|"
    # Armenpress, AzerTAc, BelTA, Kabar, the Ethiopian, Nigerian, Ghanaian, Algerian,
    # Sudanese, Syrian, Jordanian and Philippine agencies.
    r"ARMENPRESS|ԱՐՄԵՆՊՐԵՍ|AZERTAC|АЗЕРТАДЖ|BELTA|БЕЛТА|КАБАР|KABAR|ENA|NAN|GNA|APS|SUNA|"
    r"SANA|PETRA|PNA|"
    # The Indian papers' own news services: Times News Network, Express News Service.
    r"TNN|ENS)"
)
# The languages' definite articles: a title opens with one ("Il quaderno di Giulia": "Giulia's
# notebook"), a byline with the piece's noun ("Un articolo di", "Ein Kommentar von") or "by".
DEFINITE_ARTICLES = frozenset(
    """the il lo la gli le l i der die das den dem des les el los las o os as het det""".split()
)
# The words a letter's greeting opens with before the reader's name ("Hi Martin,", "Hallo
# Anna,", "Querida Ana,"): a newsletter's greeting, never a writer's name over its role.
GREETINGS = frozenset(
    """hi hello hey hiya dear howdy greetings hallo hoi hey moin servus liebe lieber
    sehr bonjour salut coucou cher chère chers chères hola querido querida queridos
    queridas estimado estimada ciao salve caro cara cari care olá oi prezado prezada beste
    geachte dag cześć witaj witam drogi droga drodzy szanowny szanowna hej hejsan kära
    kære hei moi terve hyvä ahoj milý milá vážený vážená szia kedves merhaba selam sayın
    bună dragă dragi salam halo hai sveiki labas tere zdravo bok здравей здравейте
    привет здравствуйте дорогой дорогая уважаемый уважаемая привіт вітаю шановний
    шановна γεια αγαπητέ αγαπητή""".split()
) | frozenset(
    # ... and the greetings of two words, the time of day's ("Good morning, readers —").
    """good morning|good afternoon|good evening|guten morgen|guten tag|guten abend|
    buenos días|buenas tardes|bom dia|boa tarde|boa noite|dzień dobry|god morgen|
    god morgon|hyvää huomenta|dobré ráno|jó reggelt|jó napot|bună ziua|доброе утро|
    добрий день|доброго ранку|καλημέρα σας""".replace("\n    ", "").split("|")
)
# An author box's label over the writer's name ("About the author" / "Ann Lee"), in the
# languages' words; the name is on the next line.
AUTHOR_BOX = re.compile(
    r"(?:(?:more )?(?:about|from|by) the (?:author|writer|reporter|columnist)|meet the author|"
    r"the author|(?:written|posted) by|about me|über mich|à propos de moi|sobre mí|sobre mim|"
    r"chi sono|over mij|o mnie|"
    r"über (?:den autor|die autorin)|zu[mr] (?:autor|autorin)|autor(?:in)?|"
    r"(?:à propos de )?l['’]aut(?:eur|eure|rice)|sobre (?:el|la|o|a) autor[a]?|"
    r"(?:sull['’])?autore|l['’]autore|l['’]autrice|over de (?:auteur|schrijver)|"
    r"o autor(?:ze|ce)|om (?:forfatteren|skribenten|författaren|skribenten)|"
    r"tietoja kirjoittajasta|kirjoittaja|a szerzőről|yazar hakkında|об авторе|про автора|"
    r"σχετικά με τον συγγραφέα|tentang penulis|despre autor|o autorovi|"
    r"この記事を書いた人|この記事の筆者|筆者|执笔|作者简介|关于作者|關於作者|作者|글쓴이|"
    r"필자 소개|기자 소개|عن الكاتب|عن الكاتبة|על הכותב|על הכותבת|लेखक के बारे में|"
    r"درباره نویسنده|เกี่ยวกับผู้เขียน|về tác giả)\s*+[:：]?",
    re.IGNORECASE,
)
# The languages' "source" labelling the line that credits the story's source ("Source: AFP",
# "Quelle: dpa", "Fonte: ANSA", "Źródło: PAP", "Kaynak: AA", "Извор: Танјуг", "Πηγή: ΑΠΕ",
# "Chanzo: Reuters", "来源：新华社").
SOURCE_LABEL_WORDS = (
    r"source|quelle|fuente|fonte|bron|źródło|kilde|källa|lähde|zdroj|forrás|kaynak|sursa|"
    r"πηγή|источник|джерело|крыніца|извор|източник|sumber|izvor|vir|šaltinis|avots|allikas|"
    r"heimild|font|iturria|chanzo|majiya|ምንጭ|աղբյուր|წყარო|дереккөз|manba|pinagmulan|"
    r"nguồn|المصدر|منبع|ماخذ|מקור|स्रोत|সূত্র|ஆதாரம்|ที่มา|来源|來源|出典|出所|출처"
)


# An editor credited after the writer: "By Rajiv Bajpai Edited By: Ankit Kumar".
EDITOR_AFTER = re.compile(
    r"(?<=\S)\s*+[|·•,;/]?\s*+\b(?:edited|updated|reviewed|fact[- ]checked|curated)\s++by\b"
    r"\s*+:?\s*+\S.*$",
    re.IGNORECASE,
)


# What the page says is "by" someone without their writing it: its audio player, its sponsor,
# its design, its comments' order ("Powered by Trinity Audio", "Sort by: Newest", "Ordenar
# por: Más recientes", "Trier par : Date").
NOT_WRITTEN_BY = re.compile(
    r"(?i)\A(?:(?:powered|sponsored|presented|supported|funded|hosted|designed|developed|"
    r"built|sort(?:ed)?|order(?:ed)?|filter(?:ed)?|group(?:ed)?|search|show|view|"
    r"brought\s++to\s++you)\s++by|"
    r"(?:ordenar|ordenado|ordenados|filtrar|trier|triés?|filtrer|ordina(?:ti)?|"
    r"filtra|sorteer|gesorteerd|sortuj|sortowanie|сортировать|сортувати)\s++"
    r"(?:por|par|per|op|według|по))\b"
)
