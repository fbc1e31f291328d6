"""The clutter rules for a page's calls to the reader inside or under a story: follow us on a
network, send us your photos, try the subscription, read the whole article, share it
(the page's own controls are tearsheet.pagecontrols')."""

from __future__ import annotations

import re

from tearsheet.clutterrule import ClutterRule
from tearsheet.clutterrule import clutter_rule as _rule

# The networks and messengers a site asks to be followed on, as the languages write them
# (inflected: "Facebookon", "Facebooku", "Instagram'da", "Фейсбуке").
_NETWORK = (
    r"(?<!\w)(?:facebook|instagram|twitter|x(?!\w)|bluesky|mastodon|linkedin|youtube|tiktok|"
    r"telegram|whatsapp|viber|snapchat|pinterest|vk|vkontakte|"
    r"google (?:news|noticias|notícias|actualités|nachrichten|notizie)|flipboard|"
    r"фейсбук|телеграм|ютуб|інстаграм|инстаграм|твиттер|вконтакте|дзен|"
    r"ב?פייסבוק|ב?טלגרם|ב?אינסטגרם|فيسبوك|فيس بوك|تيليجرام|تلغرام|تليغرام|إنستغرام|انستغرام|"
    r"يوتيوب|تويتر|واتساب|اینستاگرام|تلگرام|فیسبوک|یوتیوب|فेसबुक|फेसबुक|इंस्टाग्राम|ट्विटर|"
    r"यूट्यूब|व्हाट्सएप|টেলিগ্রাম|ফেসবুক|페이스북|인스타그램|유튜브|텔레그램|카카오톡|"
    r"フェイスブック|ツイッター|インスタグラム|微信|微博|公众号|抖音)"
)


# The imperatives that open such a call: follow, read, join, subscribe, find, like.
def _one_of(words: str) -> str:
    """The words ("|"-separated) as one alternation sharing their prefixes: tried on each
    of a page's thousands of short lines, a flat list of a hundred words costs a hundred
    comparisons at each place, the shared one a few."""
    tree: dict[str, dict] = {}
    for word in words.split("|"):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    ends = "" in node
    parts = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        return f"(?:{joined})?" if len(parts) == 1 else f"{joined}?"
    return joined


# The imperatives that open such a call: follow, read, join, subscribe, find, like.
_FOLLOW = _one_of(
    "follow|read|join|find|like|subscribe to|get the latest|get our|get more|"
    "receba|recibe|reciba|ricevi|recevez|erhalten sie|"
    "folgen sie|folge|folgt|lesen sie|abonnieren sie|abonniere|finden sie|besuchen sie|"
    "suivez|suis|rejoignez|rejoins|retrouvez|abonnez-vous|lisez|"
    "síguenos|síganos|sigue|siga|únete|suscríbete|encuéntranos|lee|lea|"
    "seguici|segui|seguite|iscriviti|unisciti|leggi|trovaci|"
    "acompanhe|junte-se|inscreva-se|leia|participe|segue|"
    "volg|word lid|abonneer|lees|vind ons|"
    "obserwuj|śledź|dołącz|czytaj|subskrybuj|polub|znajdź nas|"
    "sledujte|sleduj|čtěte|čítajte|přidejte se|pridajte sa|odebírejte|"
    "kövess|kövessen|kövesse|kövessétek|olvass|csatlakozz|iratkozz fel|lájkolj|"
    "urmărește|urmăriți|citește|citiți|abonează-te|abonați-vă|alătură-te|"
    "följ|läs|gå med|følg|læs|bli med|seuraa|lue|liity|tilaa|"
    "ακολουθήστε|διαβάστε|γίνετε μέλος|"
    "читайте|подписывайтесь|подпишитесь|следите|присоединяйтесь|смотрите|"
    "підписуйтесь|підписуйтеся|стежте|слідкуйте|приєднуйтесь|дивіться|"
    "последвайте|следвайте|четете|абонирайте се|pratite|zapratite|čitajte|пратите|"
    "ikuti|baca|gabung|bergabunglah|theo dõi|tham gia|tufuate|fuata|soma|jiunge|"
    "segueix-nos|segueix|llegeix|uneix-te|"
    "تابعونا|تابعوا|تابع|اقرأ|انضم|اشترك|עקבו|הצטרפו|קראו|关注|關注|订阅|訂閱"
)
# The same calls where the verb comes last: "Bizi Instagram'da takip edin", "हमें फेसबुक पर
# फॉलो करें", "ما را در اینستاگرام دنبال کنید".
_FOLLOW_LAST = (
    r"(?:takip edin|takip et|abone olun|katılın|abonnieren|folgen|beitreten|फॉलो करें|फॉलो करें|जुड़ें|पढ़ें|"
    r"دنبال کنید|بپیوندید|بخوانید|フォローしてください|フォロー|팔로우하세요|팔로우|구독하세요)"
)
# "Us" in a call to follow us, which may end in a full stop ("Follow us on Instagram.").
_US = (
    r"(?:us|uns|nous|nos|ci|nas|nás|ons|minket|bennünket|μας|нас|kami|chúng tôi|"
    r"אותנו|אחרינו|meitä|oss|os|ne|te|vă)"
)
# What a reader is asked to send: photos, videos, a tip, what they saw.
_SENT = (
    r"(?:photo|foto|video|vídeo|wideo|footage|picture|image|bild|zdjęci|nagrani|"
    r"fotk|fotografi|imagen|imagem|immagin|beeld|kép|resim|görüntü|φωτογραφ|βίντεο|"
    r"фото|видео|відео|gambar|ảnh|תמונ|צילום|صور|فيديو|tip|hinweis|information|informa|"
    r"témoin|testigo|testimon|getuige|świadk|svědk|witness|story|geschichte|histoire|"
    r"historia|storia|história|verhaal|historie|assistito|testemunh|presenci|were you there|"
    r"pista|segnalazion|sugestão|sugestões|temat|dica|"
    r"waren sie dabei|étiez-vous)"
)
_SEND = (
    r"(?:send|e-?mail|write to us|contact us|tell us|share (?:it|them|your)|submit|upload|"
    r"schicken sie|schick|schickt|senden sie|schreiben sie uns|melden sie sich|teilen sie|envoyez|"
    r"écrivez-nous|contactez-nous|partagez|envoyez-les|envía|envíanos|envíalos|envíanoslos|"
    r"escríbenos|contáctanos|comparte|mándanos|invia|inviaci|inviali|inviacele|scrivici|segnalaci|"
    r"mandaci|condividi|envie|mande|escreva-nos|escreva para|fale conosco|compartilhe|envie-nos|"
    r"scrivi a|mail naar|stuur ze|stuur|"
    r"mail ons|deel|laat het ons weten|meld je|wyślij|napisz|prześlij|daj znać|skontaktuj się|"
    r"pošlete|napište nám|pošlite|skicka|mejla|kontakta|skriv|kontakt|lähetä|kerro|ota yhteyttä|"
    r"küldje|küldd|írjon|írj|trimite|scrie-ne|gönder|yazın|bize ulaşın|στείλτε|γράψτε μας|"
    r"присылайте|пришлите|отправьте|напишите нам|сообщите|надсилайте|надішліть|напишіть нам|"
    r"повідомте|kirim|kirimkan|hubungi kami|gửi|liên hệ|שלחו|כתבו לנו|أرسل|ارسل|راسلنا|"
    r"تواصل معنا)(?!\w)"
)
# A free trial's period: "30 Tage gratis", "1 mois offert", "14 days free", "free for a month".
_PERIOD = (
    r"(?<!\w)(?:\d{1,3}|a|one|un|une|uno|um|een|ein|einen|jeden|first|primo|primer|premier|"
    r"ersten?|eerste|pierwszy|primeiro)\s*+(?:days?|tage?n?|jours?|"
    r"días|dias|giorni|dagen|dni|dní|dagar|dage|dager|päivää|napig|nap|gün|zile|ημέρες|"
    r"дней|дня|днів|дні|hari|ngày|weeks?|wochen|semaines?|semanas?|settimane|weken|"
    r"tygodni\w*|týdn\w*|veckor|uger|uker|viikkoa|hét|hafta|săptămâni|недел\w*|тижн\w*|"
    r"minggu|tuần|months?|monate?n?|mois|mes(?:es)?|mesi|mese|mês|meses|maand(?:en)?|"
    r"miesiąc\w*|měsíc\w*|månad(?:er)?|måned(?:er)?|kuukau\w*|hónap\w*|ay|luni|lună|"
    r"μήνες|μήνα|месяц\w*|місяц\w*|bulan|tháng)"
)
_FREE = (
    r"(?:(?:for )?free|gratis|kostenlos|gratuits?|gratuites?|gratuitement|offerts?|offertes?|"
    r"gratuitos?|gratuitas?|grátis|gratuiti|gratuito|gratuitamente|za darmo|zdarma|"
    r"bezpłatnie|ingyen(?:es)?|ilmaiseksi|ücretsiz|δωρεάν|бесплатно|безкоштовно|"
    r"gratuïts|miễn phí|percuma)"
)

# The stems of those words, looked for before the rest is tried (the long lists cost time
# on each of a page's thousands of short lines).
_FREE_STEM = _one_of(
    "fre|grat|grát|kost|offert|darm|bezpł|ingyen|ilmai|ücret|δωρε|беспл|безк|miễn|percu"
)

# The verbs that open a call to sign up for the newsletter or get the app.
_SIGN_UP = _one_of(
    "sign up|subscribe|abonnieren sie|abonniere|melden sie sich|inscrivez-vous|abonnez-vous|"
    "suscríbete|suscríbase|regístrate|iscriviti|assine|inscreva-se|cadastre-se|meld je aan|"
    "schrijf je in|meld je gratis aan|abonneer|zapisz się|zaprenumeruj|přihlaste se|"
    "odebírejte|prenumerera|"
    "tilaa|iratkozz fel|iratkozzon fel|abonează-te|abonați-vă|подпишитесь|подписывайтесь|"
    "підпишіться|підписуйтесь|berlangganan|daftar|đăng ký"
)
_NEWSLETTER = (
    r"(?:newsletter\w*|nieuwsbrie\w*|boletín|boletim|nyhetsbrev\w*|nyhedsbrev\w*|"
    r"uutiskirje\w*|hírlevel\w*|bülten\w*|рассылк\w*|розсилк\w*|buletin|bản tin|"
    r"lettre d['’]information|infolettre)"
)
_DOWNLOAD = _one_of(
    "download|get|install|descarga|descargue|baixe|scarica|téléchargez|laden sie|lade|"
    "hol dir|holen sie sich|installeer|pobierz|stáhněte|ladda ner|last ned|hent|lataa|"
    "töltse le|töltsd le|indirin|descarcă|скачайте|завантажте|unduh|tải"
)
_APP = (
    r"(?:app|apps|application|aplicación|aplicativo|applicazione|aplikac\w*|appen|"
    r"sovellus\w*|alkalmazás\w*|uygulama\w*|aplicația|приложение|застосунок|додаток|"
    r"aplikasi|ứng dụng)"
)

# "Our" right before what is offered ("… unseren Newsletter.", "… our app."): the call may
# end in a full stop then; without it, a sentence that does ("Download speeds on the new
# app rose") is the story's.
_TO_OUR = (
    r"(?:\s++\S++){0,2}?\s++(?:to |for |à |a |al |alla |na |op |do |på |k )?"
    r"(?:our|unsere\w*|unser|notre|nos|nuestr[oa]s?|nostr[oa]|nostre|noss[oa]s?|onze|ons|"
    r"nasz\w*|naš\w*|vår\w*|vores|meidän|noastr\w+|наш\w*|kami)\s++(?:\S++\s++){0,2}?"
)

READER_CALL_RULES: tuple[ClutterRule, ...] = (
    # A call to follow the site or read it on a network, in the story or under it
    # ("Kövess minket a Facebookon!", "Читайте РБК в Telegram", "Síguenos en Instagram"):
    # the verb opens the line (or ends it, in the languages that put it last), the network
    # is named, the line is short.
    _rule(
        "follow call",
        # The call alone, or with a full stop after "us" ("Follow us on Instagram.").
        rf"(?=[^\n]{{0,120}}+$)(?:[^\w\n]*+\w++[^\w\n]++){{0,2}}?{_FOLLOW}(?:"
        rf"(?![\w-])(?=.*[^.\s]\s*+$)|(?:\s++|-)(?:{_US})(?!\w)).{{0,50}}?{_NETWORK}.{{0,40}}|"
        rf"(?=[^\n]{{0,120}}+$)(?=.*{_FOLLOW_LAST}[^\w\n]*+$).*?{_NETWORK}.{{0,40}}?"
        rf"{_FOLLOW_LAST}[^\w\n]*+|"
        # Thai sites' call to follow their news on the site itself: "ติดตามข่าวสารกีฬา
        # ล่าสุดได้ที่ ไทยรัฐออนไลน์" ("follow the latest sports news at Thairath Online"); not
        # where to watch a match or a show ("ติดตามชมการถ่ายทอดสดได้ที่ช่อง 7HD เวลา 19.30 น.":
        # the story's).
        r"(?=[^\n]{0,120}+$)ติดตาม(?:ข่าว|อ่าน)[^\n]{0,60}?ได้ที่[^\n]{1,60}+",
    ),
    # A call to sign up for the newsletter or get the app, the verb first: "Abonnieren Sie
    # unseren Newsletter", "Подпишитесь на нашу рассылку", "Scarica la nostra app".
    _rule(
        "newsletter call",
        rf"(?=[^\n]{{0,120}}+$)(?:[^\w\n]*+\w++[^\w\n]++)?(?:{_SIGN_UP}(?![\w-])"
        rf"(?:(?=.*[^.\s]\s*+$).{{0,50}}?|{_TO_OUR})(?<!\w){_NEWSLETTER}|{_DOWNLOAD}(?![\w-])"
        rf"(?:(?=.*[^.\s]\s*+$).{{0,40}}?|{_TO_OUR})(?<!\w){_APP})(?![\w-]).{{0,60}}|"
        # The question and the call: "Enjoyed this article? Share it with a friend.", "Was
        # this useful? Subscribe for more."
        r"(?=[^\n]{0,160}+$)(?:did you )?(?:enjoy(?:ed)?|like[d]?|love[d]?|was this (?:useful|"
        r"helpful)|found this useful)(?: (?:this|today['’]s|our) [^?\n]{0,40}?)?\?\s*+"
        r"(?:subscribe|share|sign up|forward)"
        r"\b.{0,100}|"
        # "If you enjoyed this post, consider subscribing", "Se você gostou deste texto,
        # considere assinar …": the condition first, then the call.
        r"(?=[^\n]{0,220}+$)(?:if you (?:enjoyed|liked|found)|se (?:você |vc )?gostou|"
        r"si te gustó|si le gustó|si (?:cet|ce) (?:article|texte|billet) vous a plu|"
        r"se ti è piaciut[oa]|wenn (?:ihnen|dir) (?:dieser|dieses|der) \w+ gefallen hat|"
        r"als je dit \w+ (?:leuk|goed) vond|jeśli (?:spodobał|podobał) ci się)\b[^\n]{0,120}?"
        r"(?:subscrib|sign up|share|assin|inscrev|compartilh|suscr|compart|abonn|partag|iscriv|"
        r"condivid|teil|deel|subskryb|zapisz|udostępnij)\w*+[^\n]{0,120}|"
        # The newsletter's pitch, the call closing it: "The Reuters Power Up newsletter
        # provides everything you need to know about the energy industry. Sign up here."
        rf"(?=[^\n]{{0,300}}+$)[^\n]{{0,200}}?(?<!\w){_NEWSLETTER}(?![\w-])[^\n]{{0,200}}?"
        rf"[.!?]\s++(?:{_SIGN_UP}(?![\w-])(?:\s++\S++){{0,2}}?|(?:hier|jetzt|gleich)"
        rf"(?: kostenlos)? (?:anmelden|abonnieren|bestellen))\s*+[.!]?|"
        # The link left alone on its line under the pitch ("Sign up here.", "Hier anmelden"),
        # and a local site's standing pitch for its alerts ("Find out what's happening in
        # Greenfield with free, real-time updates from Patch.").
        r"(?:(?:sign up|subscribe|register) (?:here|now|today|for free)|(?:hier|jetzt) "
        r"(?:anmelden|abonnieren|registrieren)|inscrivez-vous (?:ici|maintenant)|"
        r"(?:suscríbete|regístrate) (?:aquí|ahora)|iscriviti (?:qui|ora)|"
        r"(?:inscreva-se|cadastre-se|assine) (?:aqui|agora)|meld je (?:hier|nu) aan|"
        r"zapisz się (?:tutaj|teraz))[.!]?|"
        r"[^\n]{0,80}?with free,? real-time (?:updates|alerts|news) from [^\n]{1,40}?[.!]?|"
        # The verb last: "Bültenimize abone olun", "Newsletter jetzt abonnieren".
        rf"(?=[^\n]{{0,80}}+$).{{0,40}}?{_NEWSLETTER}.{{0,30}}?(?:abone olun|abonnieren|"
        rf"herunterladen)[.!]?",
    ),
    # A call for the readers' photos and tips: a question on what they have, then where to
    # send it ("Masz zdjęcia lub nagranie? Wyślij na Kontakt 24!", "Haben Sie Fotos?
    # Schicken Sie sie uns.").
    _rule(
        "photo call",
        rf"(?=[^\n]{{0,200}}+$)(?=[^?？\n]*+[?？])[¿¡]?[^?¿？\n]{{0,100}}?{_SENT}[^?？\n]{{0,80}}+[?？]\s*+"
        rf"(?:[^\w\n]*+\w++[^\w\n]++){{0,2}}?{_SEND}.*",
    ),
    # A subscription's offer in the story: "Jetzt Tagesspiegel Plus testen – 30 Tage gratis",
    # "Essayez gratuitement pendant 1 mois": a short line with no full stop.
    _rule(
        "trial offer",
        rf"(?=[^\n]{{0,100}}+$)(?=.*[^.]$)(?=.*?{_FREE_STEM})"
        rf".*?(?:{_PERIOD}\s*+{_FREE}|{_FREE}\s*+(?:for |für |pendant |durante |per |voor |"
        rf"przez |po dobu |i |de |di |por |van |på )?(?:the first )?{_PERIOD})\b.*|"
        # The first month for a token price: "Try 1 month for €1", "1 Monat für 1 €".
        rf"(?=[^\n]{{0,100}}+$)(?=.*[^.]$).*?{_PERIOD}\s*+(?:for|für|pour|por|per|voor|za)"
        rf"\s*+[€$£]?\s*+\d{{1,2}}(?:[.,]\d{{1,2}})?\s*+(?:€|\$|£|euros?|zł)?(?!\d).*",
    ),
    # A link's label under the story, an arrow after it: "Přečíst celý článek →", "Read
    # the full story →", "Lire la suite »" (not a French quotation, which opens with «).
    _rule(
        "link arrow",
        r"(?=[^\n«]{1,80}+$)(?:[^\s.!?→⟶➔➜➝➞►▸»›]++\s*+){1,8}+(?:→|⟶|➔|➜|➝|➞|►|▸|»|›)\s*+",
    ),
    # A teaser line inside a story: "+ Veja a tabela do Brasileirão", "► Lesen Sie auch: …",
    # Webedia's "En Xataka | Los mejores portátiles…" (a site's name, then a headline).
    _rule(
        "teaser link",
        r"(?:[+›»▶►→]\s*+)(?:veja|leia|assista|confira|ouça|saiba|see|read|watch|listen|"
        r"lesen|sehen|hören|lire|voir|regardez|écoutez|lee|mira|ve|ver|escucha|leggi|guarda|"
        r"ascolta|lees|bekijk|kijk|luister|czytaj|zobacz|oglądaj|posłuchaj)\b.{0,100}|"
        r"(?:en|in|on|sur|em|no|na|auf|bei|op|w|v|på|i)\s++"
        r"(?-i:[A-Z][\w.&'’-]{1,25}+(?:\s++[A-Z][\w.&'’-]{1,25}+){0,2}+)\s*+\|\s*+"
        r"[^|\n]{3,150}+(?<![.!?])",
    ),
    # "Share the morning briefing with your friends": a button's label, no sentence (a
    # newsletter's own "Share this e-mail with one friend who cycles." is its words).
    _rule(
        "share with friends",
        r"(?=[^\n]{0,120}+$)(?:share|teilen sie|teile|partagez|partage|comparte|compártelo|"
        r"condividi|compartilhe|partilhe|deel|udostępnij|podziel się|sdílejte|sdílej|"
        r"zdieľajte|dela|jaa|oszd meg|ossza meg|distribuie|paylaş|κοινοποιήστε|поделитесь|"
        r"поділіться|bagikan|chia sẻ)\b.{0,60}?(?:friends?|freunden|freundinnen|amis|amies|"
        r"amigos|amigas|amici|amiche|vrienden|znajomymi|znajomym|przyjaciółmi|přáteli|"
        r"priateľmi|vänner|venner|ystävi\w*|barát\w*|prieteni\w*|arkadaş\w*|φίλους|"
        r"друзьями|друзями|teman|bạn bè|colleagues|kollegen|collègues|colegas|colleghi)"
        r"\b[^.!?\n]{0,30}+",
    ),
)
