"""A site's standing lines under a story: a column's disclaimer, the writer's bio, calls to
subscribe, support the paper or download its app, a release's note on its translations."""

from __future__ import annotations

import re

from tearsheet.presslabels import PRESS_NAMES

# CLDR, Babel and dateparser hold none of these phrases: they are written here for the core
# languages (en de fr es it pt nl pl) and the others the import is measured on, each a
# closed class of the few ways sites word them.

# A standing line is at most this long (a paragraph of the story may say the same words).
STANDING_LENGTH = 320

# The column's disclaimer: the views are the writer's, not necessarily the paper's.
_NOT_NECESSARILY = (
    r"do(?:es)? not necessarily (?:reflect|represent)|(?:and|but) not necessarily (?:those|the "
    r"(?:views?|opinions?|positions?)) of|(?:are|is) (?:solely )?(?:his|her|their|"
    r"the author'?s'?|the writer'?s'?) own|"
    r"nicht (?:unbedingt|notwendigerweise|zwingend)|"
    r"(?:reflète|reflètent|représente|représentent|engage|engagent)\w* (?:pas )?"
    r"(?:nécessairement|forcément)|n['’]engagent? que|"
    r"no (?:necesariamente )?(?:refleja|reflejan|representa|representan|coincide|coinciden)|"
    r"no (?:necessàriament )?(?:reflecteix|reflecteixen|representa|representen)|"
    r"non (?:riflette|riflettono|rappresenta|rappresentano|rispecchia|rispecchiano) "
    r"necessariamente|"
    r"não (?:reflete|refletem|representa|representam|traduz|traduzem|expressa|expressam) "
    r"necessariamente|"
    r"niet (?:noodzakelijk|noodzakelijkerwijs|per se)|"
    r"nie (?:musi|muszą|zawsze) (?:odzwierciedla|być zgodn|pokrywać)|"
    r"nem feltétlenül (?:tükröz|egyez)|nemus(?:í|ia) (?:nutně |nutne )?(?:odrážet|odrážať|"
    r"vyjadřovat|vyjadrovať|odpovídat|zodpovedať)|"
    r"nu (?:reflectă|reprezintă|exprimă) (?:neapărat|în mod necesar)|"
    r"(?:inte|ikke) (?:nödvändigtvis|nødvendigvis)|(?:är|er) \w+ (?:egna|egne)\b|ovat \w+ omia|"
    # "Indlægget er udtryk for skribenternes egen holdning", "… gir uttrykk for skribentens
    # egne meninger", "… uttrycker skribentens egna åsikter".
    r"(?:udtryk|uttrykk) for \w+ (?:egen|egne|eget) (?:holdning|mening)\w*|"
    r"uttrycker \w+ egna åsikter|"
    r"ei (?:välttämättä )?(?:edusta|vastaa|heijasta)|"
    r"не обязательно (?:совпада|отража)|может не совпадать|не обов['’]язково (?:збіга|відобража)|"
    r"можа не супадаць|не абавязкова (?:супада|адлюстро)|"
    r"може не збігатися|δεν (?:εκφράζ|αντιπροσωπεύ|απηχ)\w* (?:απαραίτητα|κατ['’] ανάγκη)|"
    r"(?:yansıtmayabilir|yansıtmaz|bağlamaz)|не ангажира(?:т)?|не е задължително|"
    r"не отразява(?:т)?|nepredstavuj\w*|nepředstavuj\w*|nevyjadřuj\w*|nevyjadruj\w*|"
    r"لا (?:تعبر|يعبر|تعكس|يعكس)(?: بالضرورة)? عن|لا (?:تعبر|يعبر|تعكس|يعكس) بالضرورة|"
    r"(?:لزوما|لزوماً|الزاما|الزاماً)|"
    r"متفق ہونا ضروری نہیں|"
    r"(?:tidak|tak) (?:selalu |semestinya |mesti )?(?:mencerminkan|mewakili)|"
    r"không (?:nhất thiết )?(?:phản ánh|đại diện)|si lazima|"
    r"אינ(?:ם|ו|ה|ן)? (?:בהכרח )?(?:משקפ|מייצג)|"
    r"जरूरी नहीं|आवश्यक नहीं|ไม่จำเป็นต้อง|"
    r"不代表|仅代表作者|僅代表作者|個人的見解|본지의 편집 방향과"
)
# ... said of the writer's views or of the paper: a story's sentence with "not necessarily"
# names neither.
_VIEWS_OF = (
    r"author|writer|columnist|contributor|opinion|views|editorial|newspaper|publication|"
    r"autor|autorin|verfasser|meinung|redaktion|auteur|autrice|opinion|rédaction|journal|"
    r"autora|opini[oó]n|redacci[oó]|peri[oó]dico|diario|autore|opinion|redazione|testata|"
    r"giornale|opini[aã]o|redação|jornal|schrijver|mening|redactie|krant|autork|opini[ie]|"
    r"redakc|szerző|vélemény|szerkesztő|názor|autorul|opinii|redacți|skribent|författar|"
    r"åsikt|forfatter|mening|redaktion|redaksjon|kirjoittaja|mielipi|toimitu|автор|мнени|"
    r"редакци|думк|редакці|аўтар|меркаван|рэдакцы|συγγραφ|συντάκτ|αρθρογράφ|απόψ|εφημερίδ|yazar|görüş|gazete|"
    r"الكاتب|كاتب|رأي|الآراء|آراء|التحريري|الجريدة|الصحيفة|الموقع|نویسنده|دیدگاه|لکھاری|مصنف|رائے|ادارہ|پالیسی|"
    r"penulis|pendapat|redaksi|tác giả|quan điểm|tòa soạn|mwandishi|maoni|הכותב|דעת|המערכת|"
    r"लेखक|विचार|ผู้เขียน|ความเห็น|作者|本站|本报|本報|筆者|著者|編集部|필자|견해"
)
_NOT_NECESSARILY_WORDS = re.compile(rf"(?i){_NOT_NECESSARILY}")
_VIEWS_OF_WORDS = re.compile(rf"(?i){_VIEWS_OF}")

# The writer's bio under the column: "The author is an economist…", "A szerző közgazdász…",
# "مصنفہ … ہیں", "Dernier ouvrage paru : …".
_BIO = re.compile(
    r"(?i)^\W{0,3}(?:"
    r"the (?:author|writer|columnist)(?: is| was| teaches| works| leads| writes)\b|"
    r"(?:der|die) (?:autor|autorin|verfasser|verfasserin|gastautor|gastautorin) "
    r"(?:ist|war|lebt|arbeitet|lehrt|leitet|schreibt)\b|"
    r"l['’](?:auteur|auteure|autrice) (?:est|a été|enseigne|dirige|travaille)\b|"
    r"(?:el|la) (?:autor|autora) (?:es|fue|dirige|enseña|trabaja)\b|"
    r"l['’](?:autor|autora) (?:és|va ser|dirigeix|treballa)\b|"
    r"l['’](?:autore|autrice) (?:è|insegna|dirige|lavora)\b|"
    r"(?:o|a) (?:autor|autora) (?:é|foi|dirige|ensina|trabalha)\b|"
    r"de (?:auteur|schrijver|schrijfster) (?:is|was|werkt|doceert)\b|"
    r"(?:autor|autorka) (?:jest|to|był|była|pracuje|wykłada)\b|"
    r"a szerző (?!szerint)|(?:autor|autorka) (?:je|působí|pracuje|pôsobí)\b|"
    r"(?:autorul|autoarea) (?:este|a fost|predă)\b|"
    r"(?:författaren|skribenten|artikelförfattaren|forfatteren|artikkelforfatteren) "
    r"(?:är|er)\b|kirjoittaja on\b|"
    r"(?:автор|авторка) (?:[—–-]|является|работает)|"
    # Bulgarian "The author is …" ("Авторът е икономист в …").
    r"(?:авторът|авторката|автор(?:ът)?) (?:е|работи|преподава)\b|"
    r"(?:ο|η) (?:συγγραφέας|αρθρογράφος) (?:είναι|διδάσκει)|yazar,? |"
    r"(?:penulis|pengarang) (?:adalah|merupakan|ialah)\b|tác giả (?:là|hiện là)\b|"
    r"mwandishi (?:ni|wa makala hii)\b|(?:הכותב|הכותבת) (?:הוא|היא|הינו|הינה)?|"
    r"(?:الكاتب|الكاتبة) (?:هو|هي)?|نویسنده |(?:مصنف|مصنفہ|لکھاری) |"
    r"(?:लेखक|लेखिका) |筆者は|作者(?:为|為|是)|"
    # The writer's latest book under the column: "Dernier ouvrage paru : …".
    r"(?:(?:son )?dernier (?:ouvrage|livre|roman)(?: paru)?|(?:latest|most recent|new) book|"
    r"zuletzt erschien(?:en)?(?: von (?:ihm|ihr))?|(?:sein|ihr) (?:neues|jüngstes) buch|"
    r"(?:su )?(?:último|nuevo) libro|(?:il suo )?(?:ultimo|nuovo) libro|"
    r"(?:o seu |seu )?(?:último|novo) livro|(?:zijn|haar) (?:laatste|nieuwste) boek|"
    r"(?:najnowsza|ostatnia) książka)\s*+(?::|(?:is|ist|est|es|è|é) ))"
)

# The paper's disclosure under a review or a travel piece: "The writer attended as a guest of
# Belvoir.", "Reviewed on May 10.", "Die Autorin reiste auf Einladung von …".
_DISCLOSURE = re.compile(
    r"(?i)^(?:"
    r"(?:the )?(?:writer|reviewer|author|journalist|critic|reporter)s? (?:attended|travell?ed|"
    r"stayed|flew|was hosted|were hosted|was a guest|were guests)\b|"
    r"(?:reviewed|seen) (?:on|at) [^.!?]{3,40}+\.?$|"
    r"(?:die|der) (?:autorin|autor|reporterin|reporter) (?:reiste|war|wurde) [^.!?]{0,60}?"
    r"(?:auf einladung|eingeladen|als gast)|gesehen am [^.!?]{3,40}+\.?$|"
    r"(?:l['’]auteure?|l['’]autrice|l[ea] journaliste|notre journaliste) (?:a voyagé|était "
    r"l['’]invitée?|a été invitée?)|vu le [^.!?]{3,40}+\.?$|"
    r"(?:el|la) (?:autor|autora|periodista) (?:viajó|fue) invitad[oa]|"
    r"(?:l['’]autore|l['’]autrice|il giornalista|la giornalista) (?:ha viaggiato|era ospite|"
    r"è stat[oa] ospite)|(?:o|a) (?:autor|autora|jornalista) (?:viajou|foi) (?:a convite|"
    r"convidad[oa])|(?:de )?(?:auteur|schrijver|journalist|recensent) (?:reisde|was te gast)|"
    # A syndicated story's standing note: "(Except for the headline, this story has not been
    # edited by NDTV staff and is published from a syndicated feed.)".
    r"\(?(?:except for the headline, )?this (?:story|article|report) has not been edited by "
    r"[^.!?]{2,60}? and is (?:auto-generated|published) from a syndicated feed|"
    # "(Only the headline and picture of this report may have been reworked by the … staff;
    # the rest of the content is auto-generated from a syndicated feed.)"
    r"\(?only the headline (?:and picture )?of this (?:story|article|report) may have been "
    r"reworked by [^.!?;]{2,60}?; the rest of the content is auto-generated from a "
    r"syndicated feed"
    r")"
)

# The writer's bio naming the writer: "Nwankwo-Bello, an education consultant, writes from
# Enugu": kept with the story for tearsheet.closingbylines to read (and drop) it.
_WRITES_FROM = re.compile(
    r"(?i)^[^.!?,]{2,60}+, [^.!?]{2,100}?, (?:writes? from|escribe desde|escreve (?:de|desde)|"
    r"écrit depuis|scrive da|schreibt aus) [^.!?]{2,60}+\.?"
)

# Calls to the reader: subscribe, support the paper, follow it, download its app.
# Within the first PROMO_REACH characters of the line.
PROMO_REACH = 120
_PROMO = re.compile(
    r"(?i)(?:"
    r"\byour (?:subscription|membership)\b|become a (?:subscriber|member|supporter)\b|"
    r"subscribe (?:now|today)\b|support (?:our|independent|quality) journalism\b|"
    r"if you value (?:our|this) (?:reporting|journalism|work)\b|please consider (?:making a "
    r"donation|donating|supporting us)\b|unterstützen sie (?:unabhängigen|unseren|guten) "
    r"journalismus|soutenez le journalisme indépendant|apoya el periodismo independiente|"
    r"sostieni il giornalismo indipendente|apoie o jornalismo independente|"
    r"steun (?:onafhankelijke|onze) journalistiek|wesprzyj (?:niezależne|nasze) dziennikarstwo|"
    r"\bsua assinatura\b|\btua assinatura\b|vantagens de ser assinante|assine (?:já|agora)\b|"
    r"apoie o (?:nosso )?jornalismo|\btu suscripción\b|\bsu suscripción\b|"
    r"suscríbete (?:ahora|ya)\b|hazte (?:socio|suscriptor|miembro)\b|"
    r"apoya (?:el|nuestro) periodismo|votre abonnement|devenez (?:abonné|membre)|"
    r"soutenez[- ](?:nous|notre journalisme|le journalisme)|\bihr abo(?:nnement)?\b|"
    r"jetzt (?:abonnieren|abo\b)|unterstützen sie (?:uns|unseren journalismus)|"
    r"werden sie (?:abonnent|mitglied|unterstützer)|il tuo abbonamento|"
    r"abbonati (?:ora|subito)|sostieni (?:il nostro giornalismo|il giornalismo)|sostienici|"
    r"diventa (?:abbonato|socio)|\b(?:je|uw) abonnement\b|word (?:abonnee|lid)\b|"
    r"steun (?:onze|de) journalistiek|onbeperkt toegang|"
    r"wykup (?:subskrypcję|prenumeratę|dostęp)|wesprzyj (?:nas|nasze dziennikarstwo)|"
    r"zostań (?:subskrybentem|patronem)|támogasd a\b|támogass minket|"
    r"legyél (?:előfizető|támogató)|fizess elő|podpořte (?:nás|nezávislou)|"
    r"staňte se (?:předplatitelem|členem)|devino (?:abonat|membru)|"
    r"bli (?:prenumerant|medlem|abonnent)|bliv abonnent|"
    r"stöd (?:oberoende )?journalistik|støtt (?:uavhengig )?journalistikk|tue työtämme|"
    r"поддержите (?:нас|редакцию|независимую журналистику)|оформите подписку|"
    r"підтримайте (?:нас|редакцію|незалежну журналістику)|оформіть передплату|"
    r"γίνετε συνδρομητής|dukung jurnalisme|"
    # The line opening with the call: "Read the Standard with a subscription", "Четете
    # „Дневник“ с абонамент" (not "Many read the news with a subscription").
    r"^(?:read|lesen sie|lies|lisez|lee|leggi|leia|lees|czytaj|čtěte|четете|читайте)"
    # ... the paper's name after it, an article at most before it (not "Lesen Sie bei
    # Diensten mit einem Abo immer auch die Kündigungsbedingungen", a story's advice).
    r" (?:(?:the|den|die|das|le|la|les|el|il|lo|o|a|het|de) )?"
    r"(?-i:[„\"“«‚'A-ZÀ-ÞА-ЯЁЇІЄҐ])[^.!?]{0,40}? (?:with a subscription|"
    r"mit (?:einem )?abo(?:nnement)?\b|avec un abonnement|"
    r"con una suscripción|con un abbonamento|com uma assinatura|met een abonnement|"
    r"z (?:subskrypcją|prenumeratą)|s předplatným|с абонамент|с подпиской|з передплатою)|"
    # "Stay informed … Follow The Punch on WhatsApp", "Siga a Folha no Telegram".
    r"(?:follow|folgen sie|suivez|sigue|siga|segui|volg|obserwuj|kövesd|kövess|sledujte|"
    r"urmăriți|takip edin|ακολουθήστε|подписывайтесь на|підписуйтесь на|ikuti|theo dõi|"
    r"تابعوا|تابعونا)\b.{0,60}?\b(?:on|auf|sur|en|no|na|su|op|w|pe|в|у|di|trên) "
    r"(?:whatsapp|telegram|google news|instagram|facebook|youtube|tiktok|x|twitter|threads)\b|"
    r"(?:download|herunterladen|télécharge\w*|descarg\w+|baix\w+|scaric\w+|pobierz|"
    r"töltsd le|stáhněte|descarcă|indir|κατεβάστε|скачайте|завантажте|unduh|muat turun|"
    r"tải|pakua|डाउनलोड|ডাউনলোড|تحميل|دانلود)\b.{0,80}?"
    r"(?:\bapp\b|aplicativo|aplicación|application|applicazione|aplikacj|alkalmazás|"
    r"aplikac|uygulama|εφαρμογή|приложени|застосунок|aplikasi|ứng dụng|ऐप|অ্যাপ|تطبيق|programu)"
    r"|(?:\bapp\b|aplicativo|aplicación|application|applicazione|aplikacj|alkalmazás|"
    r"aplikac|uygulama|εφαρμογή|приложени|застосунок|aplikasi|ứng dụng|ऐप|অ্যাপ|تطبيق|programu)"
    r".{0,80}?(?:download|herunterladen|télécharge|descarga|baixe|scarica|pobierz|"
    r"डाउनलोड|ডাউনলোড|تحميل|دانلود))"
)
# A call to download the app is the site's when it speaks of its news ("… to get daily
# market updates", "… बातम्या … डाउनलोड करा … app"); a story may tell readers to download
# an app of its own subject.
_APP_CALL = re.compile(
    r"(?i)(?:download|herunterladen|télécharge|descarg|baix|scaric|pobierz|töltsd|stáhn|"
    r"descarcă|indir|κατεβάστε|скачайте|завантажте|unduh|muat turun|tải|pakua|डाउनलोड|"
    r"ডাউনলোড|تحميل|دانلود)"
)
_NEWS_WORDS = re.compile(
    r"(?i)news|updates|nachrichten|actualités|informations|noticias|notizie|notícias|nieuws|"
    r"wiadomości|hírek|zprávy|știri|haber|ειδήσεις|новост|новин|berita|tin tức|habari|"
    r"समाचार|खबर|ख़बर|बातम्या|খবর|সংবাদ|أخبار|اخبار|خبریں"
)
# A press release's note on its versions: "Diese Medienmitteilung ist auch auf Französisch
# verfügbar", "This press release is also available in Spanish".
_PRESS_NAME = re.compile(rf"(?i){PRESS_NAMES}")
_AVAILABLE = re.compile(
    r"(?i)available|verfügbar|erhältlich|disponible|disponibile|disponível|beschikbaar|"
    r"dostępn|elérhető|k dispozici|dostupn|disponibil|tillgänglig|tilgængelig|tilgjengelig|"
    r"saatavilla"
)
# The release's name opens the note (after a word or two), "available" follows it closely.
VERSIONS_NAME_AT = 20
VERSIONS_GAP = 80


# A review's details line under it: "Les Sauniers, série créée par … Six épisodes de 52 min.
# Le jeudi à 20h55 sur Arte.", "Regie: Anna Berg. 98 Minuten. Ab Donnerstag im Kino.": a
# maker's credit with a count and its unit or a price.
_MAKER = re.compile(
    r"(?i)\b(?:cr[ée]{2}e? par|réalisée? par|mise en scène|created by|directed by|written by|"
    r"regie|regi|regia(?: di)?|reż(?:yseria)?\.|dirigida por|dirección|direção|realização|"
    r"creada por|criada por|creata da|gemaakt door|bedacht door|scenariusz)\b"
)
_COUNTED = re.compile(
    r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|un|deux|trois|quatre|cinq|"
    r"six|sept|huit|neuf|dix|zwei|drei|vier|fünf|sechs|acht|zehn|dos|tres|cuatro|cinco|seis|"
    r"ocho|diez|due|tre|quattro|cinque|sei|otto|dieci|twee|drie|vijf|zes|acht|tien)\s++"
    r"(?:épisodes?|episodes?|folgen|episodios|episodi|episódios|afleveringen|odcink\w+|"
    r"pages|pagina['’]s|seiten|páginas|pagine|stron|sider|sidor|sivua|oldal|min\.?|minutes|"
    r"minuten|minutos|minuti|minut)(?!\w)"
)
_PRICE = re.compile(
    r"(?:[€$£]\s?\d|(?<![\d.,])\d[\d.,]*+\s?(?:€|euros?|zł|kr|chf|fr\.)(?!\w))", re.IGNORECASE
)
DETAILS_LENGTH = 250
# ... written in short parts (a review's sentence runs longer): at least two, none longer.
DETAILS_PART = 60
_PARTS = re.compile(r"(?<=[.;|])\s++|(?<!\s)\s++[|·•]\s++")


def is_review_details(line: str) -> bool:
    """A review's line of details under it (who made the work, its length, its price), not
    the review's prose: the page's data about the work."""
    plain = " ".join(line.split())
    if len(plain) > DETAILS_LENGTH or plain[:1] in "\"“„«‘'":
        return False
    parts = [part for part in _PARTS.split(plain) if part.strip(" .;|")]
    if len(parts) < 2 or max(len(part) for part in parts) > DETAILS_PART:
        return False
    # A book's line ("Sanne Verbeek: Het zomerhuis. Atlas Contact; 288 pagina's; € 23,99")
    # names no maker: the sets disagree whether it is the review's, so it stays.
    counted = _COUNTED.search(plain) is not None or _PRICE.search(plain) is not None
    return _MAKER.search(plain) is not None and counted


def is_disclaimer(line: str) -> bool:
    """ "Views expressed are the author's own", "A véleménycikkekben megjelenő állítások nem
    feltétlenül tükrözik a Telex szerkesztőségének álláspontját": the column's standing
    note that the paper need not share the writer's views."""
    plain = " ".join(line.split())
    return (
        len(plain) <= STANDING_LENGTH
        and _NOT_NECESSARILY_WORDS.search(plain) is not None
        and _VIEWS_OF_WORDS.search(plain) is not None
    )


def is_bio_line(line: str) -> bool:
    """ "The author is an economist at …", "مصنفہ ماحولیاتی انجینئر ہیں", "Dernier ouvrage
    paru : …": who wrote the column, under it. (A bio naming the writer, "Ada Okafor, an
    economist, writes from Lagos", stays for tearsheet.closingbylines to read the byline.)"""
    plain = " ".join(line.split())
    if len(plain) > STANDING_LENGTH:
        return False
    return _BIO.match(plain) is not None


def is_promotion(line: str) -> bool:
    """ "Sua assinatura pode valer ainda mais", "Támogasd a Telexet!", "Follow The Punch on
    WhatsApp", "Download the Mint News app to get daily market updates": the paper asking
    the reader to subscribe, support, follow or install it."""
    plain = " ".join(line.split())
    found = _PROMO.search(plain) if len(plain) <= STANDING_LENGTH else None
    if found is None or found.start() > PROMO_REACH:
        return False
    return _APP_CALL.search(plain) is None or _NEWS_WORDS.search(plain) is not None


def is_standing_line(line: str) -> bool:
    """A line the site prints under every story, not the story's own."""
    plain = " ".join(line.split())
    return (
        is_disclaimer(plain)
        or is_bio_line(plain)
        or is_promotion(plain)
        or is_review_details(plain)
        or (len(plain) <= STANDING_LENGTH and _DISCLOSURE.match(plain) is not None)
        or _names_versions(plain)
    )


def _names_versions(plain: str) -> bool:
    """ "Diese Medienmitteilung ist auch auf Französisch verfügbar": a release's note on its
    versions in other languages."""
    name = _PRESS_NAME.search(plain)
    if len(plain) > STANDING_LENGTH or name is None or name.start() > VERSIONS_NAME_AT:
        return False
    available = _AVAILABLE.search(plain, name.end())
    return available is not None and available.start() - name.end() <= VERSIONS_GAP


def writes_from(line: str) -> bool:
    """ "Chinedu Okeke, an energy lawyer, writes from Lagos": the writer's bio line under an
    opinion piece, which names the writer (the byline, when the header gave none)."""
    return _WRITES_FROM.fullmatch(" ".join(line.split())) is not None
