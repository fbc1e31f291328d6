"""The words no person's name holds: a journalist's role's, an organisation's, a menu's and
a place's, in the languages import reads (personnames.py tells names by them)."""

from __future__ import annotations

# Words of a journalist's role, which a byline may carry after the name.
ROLE_WORDS = (
    frozenset(
        """writer reporter correspondent editor staff contributor columnist redakteur redakteurin
    korrespondent korrespondentin journaliste rédacteur rédactrice correspondant
    correspondante redactor redactora corresponsal redattore redattrice corrispondente
    repórter jornalista redacteur verslaggever dziennikarz dziennikarka
    reporterka communications office press media relations newsroom desk team department
    pressestelle comunicação comunicación comunicazione kommunikation communicatie
    komunikacja humas commentator analyst critic journalist kolumnist kolumnistin kommentator
    kommentatorin journalistin reporterin chroniqueur chroniqueuse éditorialiste envoyé
    envoyée periodista columnista analista enviado enviada giornalista inviato inviata
    editorialista colunista correspondente publicysta publicystka komentator korespondent
    korespondentka redaktor redaktorka komentátor komentátorka zpravodaj zpravodajka
    novinář novinářka reportér reportérka skribent redaktør redaktör krönikör toimittaja
    kirjeenvaihtaja újságíró tudósító szerkesztő jurnalist corespondent muhabir muhabiri
    editör корреспондент журналист обозреватель редактор кореспондент журналіст оглядач
    δημοσιογράφος ανταποκριτής jurnalis koresponden novinar novinarka dopisnik urednik
    репортер кореспондент مراسل مراسلة محرر صحفي خبرنگار כתב כתבת संवाददाता रिपोर्टर
    প্রতিবেদক নিজস্ব ผู้สื่อข่าว ڈیسک डेस्क ডেস্ক
    प्रतिनिधी प्रतिनिधि वार्ताहर প্রতিনিধি সংবাদদাতা نمائندہ نمائندے நிருபர் ప్రతినిధి
    విలేకరి પ્રતિનિધિ સંવાદદાતા ಪ್ರತಿನಿಧಿ ವರದಿಗಾರ ലേഖകൻ""".split()
    )
    | frozenset(
        # The Swahili, Indonesian and Hausa words of a staff credit in place of a name ("Na
        # Mwandishi Wetu": by our writer, "Oleh Wartawan": by a reporter).
        """mwandishi waandishi ripota mhariri wartawan pewarta wakilinmu""".split()
    )
    | frozenset(
        # An op-ed contributor's profession under the name, in the scripts without capitals,
        # where no given name tells the name over it ("نرگس احمدی" / "کارشناس منابع آب"):
        # expert, professor, researcher, analyst, economist, columnist (Persian, Arabic, Hebrew,
        # Hindi, Urdu, Bengali, Thai, Tamil). No person's name in those scripts holds one.
        """کارشناس پژوهشگر تحلیلگر اقتصاددان جامعه‌شناس ستون‌نویس خبير خبيرة أستاذ أستاذة
    باحث باحثة محلل محللة أكاديمي أكاديمية מומחה מומחית פרופסור חוקר חוקרת פרשן פרשנית
    כלכלן כלכלנית विशेषज्ञ प्रोफेसर शोधकर्ता विश्लेषक अर्थशास्त्री स्तंभकार ماہر پروفیسر
    کالم বিশেষজ্ঞ অধ্যাপক গবেষক বিশ্লেষক কলামিস্ট ผู้เชี่ยวชาญ ศาสตราจารย์ นักวิจัย
    นักวิเคราะห์ நிபுணர் பேராசிரியர் ஆய்வாளர்""".split()
    )
)
# Words of an organisation's or a menu's name, which no person's name holds ("Nation Media
# Group", "Hacker News", "Periódico La Jornada", "STT Info", "Tampereen Raitiotie Oy", "My
# Account"): the press (and "news" in the Indian scripts, "ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ"), institutions,
# company forms, a staff credit's words.
ORGANISATION_WORDS = frozenset(
    """news press media group times daily weekly journal gazette herald tribune radio tv
    television channel network networks agency associated inc ltd llc plc corp company
    newsroom editorial ministry council university institute foundation trust society
    association club account newsletter blog magazine online digital studio studios info
    service services bureau committee government authority hospital college museum
    library union federation league sport sports nachrichten zeitung verlag redaktion
    presse gmbh stiftung verband ministerium universität rédaction quotidien agence
    ministère université mairie redacción periódico diario agencia prensa noticias
    ministerio universidad ayuntamiento gobierno redazione giornale agenzia notizie
    quotidiano ministero università comune redação jornal notícias agência imprensa
    ministério universidade prefeitura governo ltda redactie nieuws krant dagblad omroep
    ministerie universiteit gemeente stichting redakcja wiadomości gazeta dziennik agencja
    ministerstwo uniwersytet urząd spółka nyheter nyheder uutiset tidning avis avisen
    toimitus oy oyj ab asa aps redakce noviny zprávy zpráv hírek szerkesztőség kft zrt știri
    redacția haber haberleri gazetesi ajansı новости редакция агентство газета новини
    редакція σύνταξη ειδήσεις berita redaksi vijesti redakcija team storage systems
    solutions technologies holdings partners capital therapeutics pharmaceuticals labs
    software energy power bank airlines motors
    direction dirección direcció direzione direção directie direktion dyrekcja directorate
    direcția direcţia department departement departamento dipartimento afdeling wydział
    odbor osztály departman отдел відділ τμήμα environment environnement ambiente umwelt
    mobility mobilité movilidad mobilità mobilidade mobilität communications
    विभाग বিভাগ વિભાગ విభాగం ವಿಭಾಗ വിഭാഗം ਵਿਭਾਗ துறை
    equipe équipe equipo squadra zespół ekipa tým tím csapat takım ekibi команда
    команди ομάδα tiimi
    ವಾರ್ತೆ ಸುದ್ದಿ समाचार সংবাদ સમાચાર செய்தி செய்திகள் వార్తలు വാർത്ത ਖ਼ਬਰਾਂ""".split()
)
# The stems of institutions' words in many languages' forms ("Ministerul Educației",
# "Ministère", "Universität", "Agenzia").
ORGANISATION_STEMS = (
    "minist",
    "comunica",
    "communica",
    "kommunika",
    "komunika",
    "universi",
    "redac",
    "redak",
    "agenc",
    "agenz",
    "agênc",
    "instit",
    "fundac",
    "fundaç",
    "stiftung",
    "associa",
    "asociac",
    "federa",
    "departm",
    "departam",
    "gazet",
    "zeitung",
    "orquest",
    "orchest",
    "orkest",
    "philharm",
    "filarm",
    "filharm",
    "corriere",
)
# The ends of organisations' compound words ("Stadtwerke", "Landesverband", "Sparkasse").
ORGANISATION_ENDS = (
    "werke",
    "verband",
    "verein",
    "zeitung",
    "gesellschaft",
    "ministerium",
    "kasse",
    "stiftung",
    "behörde",
    "verlag",
    "agentur",
    "institut",
)
# Words no name is made of, though a menu's capitalised items and a paper's name are
# ("About Us", "My Account", "Il Post", "El Diario").
MENU_WORDS = (
    frozenset(
        """for of the in on at to with from about us our my your el il los las het gli die
    related posts download pdf policy privacy terms contact subscribe login share comments
    reply menu search review reviews archive archives category categories tags topics
    deutsche deutscher deutschen""".split()
    )
    | frozenset(
        # A picture's or a gallery's link ("Lihat Foto", "Ver fotos", "Zobacz zdjęcia"): the
        # words of pictures and their buttons, which no person's name holds.
        """photo photos foto fotos fotó fotók zdjęcia zdjęcie video videos vídeo vídeos galeri
    gallery galería galleria galerie galerij fotogalerie bildergalerie fotogaléria lihat
    tonton""".split()
    )
    | frozenset(
        # A picture credit's noun in the languages' plurals ("Fotografies de Marta Roig",
        # "Fotografías de Ana Gil", "Photographies : Jean Roy"): the photographer's credit.
        """photographs photography photographies fotografies fotografías fotografias
    fotografie fotografien fotografii fotografije fotografier fotograafid valokuvat
    fényképek fotky fotografije фотографии фотографії фотографија φωτογραφίες fotoğraflar
    ilustraciones ilustracions ilustrações illustrazioni illustraties ilustracje""".split()
    )
    | frozenset(
        # A page's text-size control beside the byline ("Yazı Boyutu" over "A+" and "A-",
        # "Schriftgröße", "Taille du texte", "Tamaño de letra", "Rozmiar czcionki"): the
        # languages' words for the size of the text, which no person's name holds.
        """boyutu schriftgröße schriftgrösse textgröße textgrösse lettergrootte tekstgrootte
    taille tamaño tamanho dimensione rozmiar czcionki velikost veľkosť písma размер
    шрифта шрифт розмір шрифту μέγεθος γραμματοσειράς betűméret skriftstørrelse
    tekststørrelse textstorlek teckenstorlek tekstikoko fontsize""".split()
    )
    | frozenset(
        # A site's logo, whose image's text a copied page keeps beside its name ("AP Logo").
        """logo logos logotipo logotype logotyp logotypen logótipo logotip логотип логотипі
    λογότυπο""".split()
    )
    | frozenset(
        # A button to follow the writer or the topic beside the byline ("Takip Et",
        # "Folgen", "Suivre", "Obserwuj", "Sledovat"): the languages' words for "follow",
        # which no person's name holds.
        """follow folgen suivre seguir volgen obserwuj sledovat sledujte sledovať följ følg
    seuraa követés kövesse urmărește takip ikuti следить подписаться стежити
    підписатися ακολουθήστε последвай""".split()
    )
    | frozenset(
        # A site's account links in its header ("Abbonati  Accedi", "Вход  Абонамент",
        # "Anmelden  Abo"): the languages' words for signing in, registering and
        # subscribing, which no person's name holds.
        """signin sign-in logout register subscription subscriptions anmelden abmelden
    registrieren abonnieren abonnement abonnements connexion abonner abonnez-vous
    s'abonner identifiez-vous acceder accede suscríbete suscribirse suscripción
    accedi abbonati abbonamento abbonamenti registrati assine assinar assinatura
    inloggen abonneren abonnee zaloguj prenumerata subskrypcja přihlásit přihlášení
    předplatné prihlásiť prihlásenie predplatné logga prenumerera prenumeration
    abonnér abonner kirjaudu bejelentkezés előfizetés előfizetés giriş üye autentificare
    abonează abonament вход войти подписка абонамент вхід увійти передплата
    підписка είσοδος σύνδεση συνδρομή langganan prijava pretplata
    prisijungti prenumeruoti pieslēgties abonēt ログイン 로그인 구독 登录 订阅 登入 訂閱""".split()
    )
    | frozenset(
        # A kicker flagging the news over the headline ("Son Dakika", "Breaking News",
        # "Eilmeldung", "Última Hora"): the languages' words for breaking and exclusive news;
        # a paper's edition beside its date ("Ausgabe Koblenz", "Édition de Lyon").
        """ausgabe edition édition edición edizione editie wydanie vydání upplaga utgave
    udgave painos kiadás ediția издание видання έκδοση baskı
    breaking eilmeldung dakika sondakika срочно терміново exclusive exklusiv exclusivo
    exclusiva esclusiva exclusief ekskluzywnie pilne""".split()
    )
)
# Words of places' names ("New York", "San Sebastián", "North Yorkshire", "Mid Wales").
# A region's word in the languages ("Comunidad Valenciana", "Région de Murcia", "Provincia
# di Cuneo", "Województwo Śląskie", "Kraj Vysočina"), a section's label on a page over the
# byline, a region as a release names it ("la Région Auvergne-Rhône-Alpes"); no person's
# name holds one.
REGION_WORDS = frozenset(
    """comunidad comunitat región regió region regione région provincia província province
    provinz provincie prowincja województwo voivodeship kraj oblast область край
    bundesland kanton canton cantón departamento département departement distrito
    district distretto estado municipio município comarca contea città ciudad cidade stadt
    stad miasto město mesto kaupunki şehir город місто πόλη""".split()
)
PLACE_WORDS = (
    frozenset(
        """new san santa são saint st. st sankt mid north south east west port fort mount
    upper lower great greater little city county bay beach island islands valley""".split()
    )
    | REGION_WORDS
)


# A role's word that other words are joined to in front, as Dutch, German and the Nordic
# languages join them ("sportverslaggever", "Wirtschaftskorrespondentin", "sportjournalist"),
# is this long at least (no "editor" in "creditor"); the word before it at least PREFIX.
COMPOUND_ROLE = 8
PREFIX = 3
_JOINED_ROLES = tuple(
    sorted(
        word
        for word in ROLE_WORDS - {"relations", "department"}  # "correlations"
        if len(word) >= COMPOUND_ROLE and word.isascii()
    )
)


# The plural endings of a role's word in the Latin-script languages ("Football Reporters",
# "verslaggevers", "Korrespondenten", "journalistes", "corresponsales").
_PLURALS = ("s", "es", "en", "nen")
# The Latin letters end before this character (IPA extensions).
LATIN_END = "\u0250"


def is_role_word(word: str) -> bool:
    """A word of a journalist's role (casefolded), joined to another word or not, one
    writer's or several's."""
    if word in ROLE_WORDS:
        return True
    if not (word.isalpha() and all(char < LATIN_END for char in word)):
        return False
    bases = [word] + [word[: -len(end)] for end in _PLURALS if word.endswith(end)]
    return any(base in ROLE_WORDS for base in bases[1:]) or any(
        len(base) >= COMPOUND_ROLE + PREFIX
        and any(base.endswith(role) and len(base) - len(role) >= PREFIX for role in _JOINED_ROLES)
        for base in bases
    )
