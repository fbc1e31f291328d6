"""The clutter rules for a page's own controls and labels copied with a story: a font-size
control, counters, "Back to top", "Show more", a photo's or a video's label."""

from __future__ import annotations

from tearsheet.clutterrule import ClutterRule
from tearsheet.clutterrule import clutter_rule as _rule

# A writer's "I" and "me" in the languages of the page-feedback question: a blogger's words.
_FIRST_PERSON = (
    r"\b(?:i|me|my|moi|je|j['’]|m['’]|mon|ma|mes|mi|yo|ich|mir|mich|mein|meine|ik|mij|mijn|"
    r"mnie|ja|mój|moja|eu|mim|meu|minha|io|mio|mia|jag|mig|jeg|meg|minä|minulle|já|mně|mne|"
    r"én|nekem|ben|bana|я|мне|меня|мой|аз|мен|meni|aku|saya|tôi|mình)\b"
)

# "Copy" and "link" as the Indian scripts write them (Devanagari, Gujarati, Bengali, Telugu,
# Kannada, Malayalam, Gurmukhi, Tamil).
_INDIC_COPY = "(?:कॉपी|कापी|કૉપી|કોપી|কপি|కాపీ|ಕಾಪಿ|കോപ്പി|ਕਾਪੀ|நகலெடு)"
_INDIC_LINK = "(?:लिंक|લિંક|লিংক|লিঙ্ক|లింక్|ಲಿಂಕ್|ലിങ്ക്|ਲਿੰਕ|இணைப்பை|இணைப்பு)"

PAGE_CONTROL_RULES: tuple[ClutterRule, ...] = (
    # The page's buttons and counters: "字体：[大 中 小]", "Font size: A A A", Medium's
    # "1.4K" claps and "2.1K Followers", "Back to top", "Loading…", "Show more", "Click to
    # enlarge", "Copy link", "Photo 2 of 10".
    _rule(
        "page control",
        r"(?:字体|字號|字号|文字サイズ|글자 ?크기|font ?size|text ?size|schriftgröße|"
        r"taille (?:du texte|de (?:la )?police)|tamaño (?:de (?:la )?)?(?:letra|fuente|texto)|"
        r"dimensione (?:del )?(?:testo|carattere)|tamanho (?:da )?(?:letra|fonte)|"
        r"lettergrootte|tekstgrootte|rozmiar (?:czcionki|tekstu)|velikost písma|"
        r"размер шрифта|розмір шрифту)\s*+[:：]?[^.!?。\n]{0,30}+|"
        r"[\d.,]{1,6}+\s*+(?-i:[KkMm])|"
        r"[\d.,]{1,6}+(?:\s*+(?-i:[KkMm]))?\s++(?:followers|follower|abonnenten|abonnés|"
        r"seguidores|volgers|obserwujących|подписчик\w*|sledujících|följare|følgere|"
        r"seuraajaa|követő|takipçi|urmăritori|ακόλουθοι|pengikut|người theo dõi|עוקבים|"
        r"متابع\w*|フォロワー|팔로워|粉丝|关注者)|"
        r"[↑⬆^]?\s*+(?:back to top|to the top|nach oben|zurück nach oben|retour en haut(?: de "
        r"(?:la )?page)?|haut de page|volver arriba|ir arriba|torna su|torna all['’]inizio|"
        r"voltar ao topo|terug naar boven|naar boven|do góry|powrót do góry|nahoru|zpět nahoru|"
        r"zurück zum seitenanfang|zum seitenanfang|wróć na górę|"
        r"till toppen|tillbaka till toppen|til toppen|tilbage til toppen|takaisin ylös|"
        r"vissza a tetejére|başa dön|yukarı çık|înapoi sus|наверх|вгору|kembali ke atas|"
        r"về đầu trang|トップへ戻る|返回顶部|回到顶部|맨 위로)\s*+[↑⬆^]?|"
        r"(?:loading|wird geladen|lädt|chargement(?: en cours)?|cargando|caricamento(?: in "
        r"corso)?|carregando|a carregar|bezig met laden|ładowanie|načítání|načítava sa|"
        r"laddar|indlæser|ladataan|betöltés|yükleniyor|se încarcă|загрузка|"
        r"завантаження|memuat|đang tải|読み込み中|加载中|로딩 중)\s*+(?:\.{3}|…)?|"
        r"(?:show more|show less|see more|mehr anzeigen|weniger anzeigen|afficher plus|"
        r"voir plus|ver más|mostrar más|mostra altro|mostra di più|ver mais|mostrar mais|"
        r"toon meer|meer tonen|pokaż więcej|zobrazit více|zobraziť viac|visa mer|vis mere|"
        r"vis mer|näytä lisää|továbbiak|daha fazla göster|arată mai mult|показать ещё|"
        r"показать больше|показати більше|tampilkan lebih banyak|lihat selengkapnya|"
        r"もっと見る|查看更多|더보기|더 보기)\s*+[+▾▼›>]?|"
        r"(?:(?:click|tap) (?:here )?to (?:enlarge|expand|zoom)|zum vergrößern (?:klicken|"
        r"anklicken|tippen)|bild vergrößern|cliquez pour agrandir|agrandir l['’]image|"
        r"(?:haz )?clic para ampliar|ampliar (?:imagen|foto)|clicca per ingrandire|"
        r"clique para ampliar|klik om te vergroten|kliknij,? aby powiększyć|"
        r"kliknutím zvětšíte|klicka för att förstora|klik for at forstørre|"
        r"suurenna kuva|kattintson a nagyításhoz|büyütmek için tıklayın)|"
        # The note a copied link leaves: "Link copied!", "Vágólapra másolva!".
        r"(?:link|enlace|lien|lenke|länk|linkki) (?:copied|kopiert|copié|copiado|copiato|"
        r"gekopieerd|skopiowany|kopierad|kopieret|kopioitu)(?: to clipboard)?!?|"
        r"copied to clipboard!?|vágólapra másolva!?|zkopírováno do schránky!?|"
        r"skopírované do schránky!?|skopiowano do schowka!?|in die zwischenablage kopiert!?|"
        r"(?:copy link|link kopieren|copier le lien|"
        r"copiar (?:el )?enlace|copia (?:il )?link|copiar link|"
        r"kopieer (?:de )?link|kopiuj link|skopiuj link|"
        r"zkopírovat odkaz|kopiera länk|kopier link|kopioi linkki|link másolása|"
        r"linki kopyala|copiază linkul|скопировать ссылку|копіювати посилання|salin tautan|"
        r"sao chép liên kết|نسخ الرابط|کپی لینک|לינק|העתק(?:ת)? קישור|αντιγραφή συνδέσμου|"
        r"คัดลอกลิงก์|링크 복사|复制链接|複製連結|リンクをコピー|"
        # "कॉपी लिंक", "લિંક કૉપી કરો": the Indian scripts' "copy" and "link", either way round.
        rf"{_INDIC_COPY} ?{_INDIC_LINK}|{_INDIC_LINK} ?{_INDIC_COPY}(?: [^\W\d_]{{1,6}})?)|"
        # A video player's buttons; a live blog's pinned post and key-events switch; the
        # note that the page needs JavaScript.
        r"(?:play video|video player|closed captions|auto-?play|mute|unmute|pause|"
        r"video abspielen|lire la vidéo|reproducir (?:el )?vídeo|riproduci (?:il )?video|"
        r"reproduzir vídeo|video afspelen|odtwórz wideo|"
        r"key events|show key events only|pinned(?: post)?|angepinnt|épinglé|fijado|fixado|"
        r"vastgepind|przypięty|"
        r"(?:please )?(?:turn on|enable) javascript(?: to [^.\n]{1,60})?|bitte aktivieren sie "
        r"javascript[^.\n]{0,60}|veuillez activer (?:le )?javascript[^.\n]{0,60}|"
        r"(?:activa|habilita) (?:el )?javascript[^.\n]{0,60})\.?|"
        r"(?:photo|picture|image|foto|bild|imagen|immagine|imagem|afbeelding|zdjęcie|"
        r"snímek|kuva|slide)\s++\d{1,3}+\s*+(?:/|of|von|de|di|van|z|av|/)\s*+\d{1,3}+|"
        # The links to the site's next and previous article, a gallery's label.
        r"(?:next|previous) (?:article|story|post)|(?:nächster|vorheriger) (?:artikel|beitrag)|"
        r"article (?:suivant|précédent)|(?:siguiente|anterior) (?:artículo|noticia)|"
        r"(?:artículo|noticia) (?:siguiente|anterior)|articolo (?:successivo|precedente)|"
        r"(?:próximo|artigo anterior|próxima notícia)(?: artigo)?|(?:volgend|vorig) artikel|"
        r"(?:następny|poprzedni) artykuł|(?:photo|picture) gallery|bildergalerie|galerie photos?|"
        r"galería de fotos|fotogallery|galeria de fotos|fotoserie|galeria zdjęć|fotogalerie|"
        r"kuvagalleria|fotogalleri",
    ),
    # A button under or inside the story: Substack's "Upgrade to paid", "Give a gift
    # subscription"; "Report an error", "Save article", "Was this article helpful?", "Turn
    # on notifications", "Read in English".
    _rule(
        "button",
        r"(?:upgrade to paid|give a gift subscription|invite (?:your )?friends(?: and earn "
        r"rewards)?|start writing|get the app|discussion about this post|pledge your support|"
        r"ready for more\?|"
        r"report an? (?:error|typo|correction)|fehler melden|hinweis senden|"
        r"signaler une erreur|reportar (?:un )?error|segnala(?:re)? un errore|reportar erro|"
        r"fout melden|zgłoś błąd|nahlásit chybu|rapportera fel|ilmoita virheestä|hata bildir|"
        r"raportează o (?:greșeală|eroare)|сообщить об ошибке|повідомити про помилку|"
        r"laporkan kesalahan|báo lỗi|reporta un error|informar de un error|notificar un error|"
        r"sign up|sign in|log in|log out|create an? account|einloggen|registrieren|learn more|"
        r"s['’]inscrire|se connecter|créer un compte|iniciar sesión|registrarse|regístrate|"
        r"accedi|registrati|cadastre-se|inloggen|registreren|zaloguj się|zarejestruj się|"
        r"wyloguj się|"
        r"save (?:article|for later|this (?:article|story))|artikel merken|merken|"
        r"zur merkliste hinzufügen|sauvegarder(?: l['’]article)?|guardar (?:artículo|noticia)|"
        r"salva (?:articolo|per dopo)|salvar (?:artigo|notícia)|bewaar artikel|"
        r"zapisz artykuł|uložit článek|spara artikel|gem artikel|"
        # "Read later", "Lire plus tard", "Später lesen"; "Offrir l'article", "Gift article".
        r"read later|lire plus tard|später lesen|leggi (?:dopo|più tardi)|ler (?:depois|mais "
        r"tarde)|later lezen|przeczytaj później|läs senare|les senere|læs senere|lue myöhemmin|"
        r"offrir (?:l['’]article|cet article)|gift (?:this )?article|artikel verschenken|"
        r"regalar (?:el )?artículo|regala (?:l['’])?articolo|presentear (?:o )?artigo|"
        r"rate this (?:article|story)|"
        r"turn on notifications|sign up for alerts|get alerts|benachrichtigungen aktivieren|"
        r"activer les notifications|activar (?:las )?notificaciones|attiva le notifiche|"
        r"ativar notificações|meldingen aanzetten|włącz powiadomienia|"
        r"read (?:this (?:article|story) )?in english|leer en (?:español|inglés|catalán)|"
        r"lire en (?:français|anglais)|auf deutsch lesen|(?:ver|leia|ler) em (?:inglês|português)|"
        r"leggi in (?:italiano|inglese)|lees in het (?:nederlands|engels)|"
        r"send us (?:a|your) (?:news )?tips?|got a (?:news )?tip\?|"
        r"vous avez une info(?:rmation)?\s*+\?\s*+(?:contactez-nous|écrivez-nous)?)\s*+[.!→›»]?",
    ),
    # The page's question whether the article helped, with the pitch or the buttons after
    # it on its line: "Was this article helpful? Yes No", "Cet article vous a été utile ?
    # Sachez que vous pouvez suivre …", "Quanto sono chiare le informazioni su questa pagina?"
    _rule(
        "page feedback",
        r"[¿]?(?:(?:was|is) this (?:article|page|story|post|information|guide) (?:helpful|useful|"
        r"valuable|informative)|did you find this (?:article|page|story|post|information) "
        r"(?:helpful|useful|valuable|informative)|"
        r"how (?:useful|helpful|clear) (?:was|is) (?:this (?:article|page)|the information "
        r"on this page)|"
        r"(?:war|ist) (?:dieser artikel|dieser beitrag|diese seite|diese information) "
        r"(?:hilfreich|nützlich)|fanden sie (?:diesen artikel|diesen beitrag|diese seite) "
        r"hilfreich|"
        r"(?:cet article|cette page|cette information|ce contenu) vous a(?:-t-(?:il|elle))? été "
        r"utile|avez-vous trouvé (?:cet article|cette page) utile|"
        r"(?:te|le|os) (?:ha )?(?:resultado|resultó|parecido|pareció) útil (?:este artículo|"
        r"esta noticia|esta página|esta información)|(?:fue|ha sido) útil (?:este artículo|"
        r"esta noticia|esta página|esta información)|"
        r"(?:questo articolo|questa pagina|queste informazioni|questo contenuto) (?:ti |le |vi )?"
        r"(?:è|sono) stat[aoie] util[ei]|"
        r"quanto (?:sono|è) (?:chiar[ae]|util[ei]) [^?\n]{1,60}+(?=\?)|"
        r"(?:este artigo|esta página|esta informação|esta notícia) (?:lhe |te )?(?:foi|é) útil|"
        r"(?:was|is) (?:dit artikel|deze pagina|deze informatie) (?:nuttig|behulpzaam)|"
        # "Did you like the article?": "Páčil sa vám článok?", "Líbil se vám článek?", "Hat
        # Ihnen der Artikel gefallen?", "¿Te gustó el artículo?".
        r"did you (?:like|enjoy) (?:this|the) (?:article|story|post)|"
        r"(?:páčil|líbil) sa? (?:se )?vám (?:tento )?(?:článok|článek)|"
        r"hat (?:ihnen|dir) (?:der|dieser) (?:artikel|beitrag) gefallen|"
        r"(?:te|le) (?:gustó|ha gustado) (?:el|este) artículo|"
        r"ti è piaciuto (?:l['’]|questo )articolo|"
        r"czy (?:ten )?artykuł ci się (?:podobał|spodobał)|"
        r"heeft (?:dit artikel|deze pagina|deze informatie) (?:je|u) geholpen|"
        r"czy (?:ten artykuł|ta strona|te informacje|ten tekst) (?:był|była|były) "
        r"(?:dla ciebie )?(?:pomocn|przydatn)\w*|"
        r"(?:byl|byla|byly|bol|bola|boli) (?:pro vás |pre vás )?(?:tento článek|tato stránka|"
        r"tyto informace|tento článok|táto stránka|tieto informácie) (?:pro vás |pre vás )?"
        r"(?:užitečn|užitočn|přínosn|prínosn)\w*|"
        r"var (?:den här|denna|denne|dette|den her) (?:artikel|artikkel|sida|side|information|"
        r"informasjon) (?:till hjälp|til hjælp|til hjelp|användbar|nyttig|brugbar)|"
        r"oliko (?:tästä|tämä) (?:artikkelista|sivusta|artikkeli|sivu) (?:apua|hyötyä|"
        r"hyödyllinen)|"
        r"hasznos (?:volt|volt-e) (?:ez a|az) (?:cikk|oldal|információ|tartalom)|"
        r"(?:acest articol|această pagină|această informație) (?:ți-a fost|v-a fost|a fost) "
        r"util[ăa]?|"
        r"bu (?:haber|makale|yazı|sayfa|içerik|bilgi)\w* (?:faydalı|yararlı|yardımcı)"
        r"[^?\n]{0,20}+(?=\?)|"
        r"ήταν (?:χρήσιμο|χρήσιμη|χρήσιμα) (?:αυτό το άρθρο|αυτή η σελίδα|το άρθρο|η σελίδα)|"
        r"(?:была ли|был ли|было ли) (?:эта |этот |эти )?(?:статья|материал|страница|информация) "
        r"(?:вам )?полез\w+|"
        r"чи (?:була|був|було) (?:ця |цей )?(?:стаття|матеріал|сторінка|інформація) "
        r"(?:вам )?корисн\w+|"
        r"apakah (?:artikel|halaman|informasi|berita) ini (?:bermanfaat|membantu)|"
        r"(?:bài viết|thông tin|trang) này có hữu ích (?:cho bạn )?không|"
        r"ar (?:šis straipsnis|šis puslapis|ši informacija) (?:buvo )?nauding\w*|"
        r"(?:je li|da li je) (?:vam )?(?:ovaj članak|ova stranica) (?:bio|bila) korisn\w*|"
        r"(?:aquest article|aquesta pàgina|aquesta informació) (?:t['’]ha|us ha|li ha) "
        r"(?:estat|resultat) útil|"
        r"この記事は(?:役に立ちましたか|参考になりましたか)|"
        r"(?:这篇文章|本文|此页面|這篇文章|本頁)(?:对您|對您|对你|對你)?有(?:帮助|幫助)吗|"
        r"이 (?:기사|글|페이지)가 도움이 (?:되었나요|되셨나요|되었습니까)|"
        r"هل كان(?:ت)? (?:هذا المقال|هذه المقالة|هذه الصفحة|هذا الخبر|المقال) مفيد\w*|"
        r"क्या (?:यह|ये) (?:लेख|खबर|ख़बर|जानकारी) (?:आपके लिए )?(?:उपयोगी|मददगार) (?:था|थी|रहा|रही)|"
        r"บทความนี้มีประโยชน์(?:หรือไม่|ไหม))"
        # The question mark, and what the widget or the pitch says after it on the line. (A
        # question that goes on in words asks it with its mark: "Quanto è utile questa
        # tecnologia … resta da vedere.", "Bu bilgiler yardımcı olacaktır." are a story's.)
        # A writer speaking in the first person after it is a blog's own closing line ("Was
        # this guide helpful? Let me know in the comments"), no widget's or site's.
        rf"(?:\s*+[?？؟](?:\s*+(?:(?!{_FIRST_PERSON})[^\n]){{1,200}}+)?|\s*+)",
    ),
    # The label a news site writes over or under a photo or a video, copied as a line:
    # BBC's "Image source, Getty Images", "Image caption, …", "Fuente de la imagen, …",
    # "Подпись к фото, …", "WATCH | …", "VÍDEO: …".
    _rule(
        "media label",
        r"(?:image source|image caption|media caption|video caption|fuente de la imagen|"
        r"pie de foto|legenda da foto|crédito|crédit photo|légende image|автор фото|"
        r"подпись к фото|источник изображения|підпис до фото|fotoğraf kaynağı|"
        r"fotoğraf altı yazısı|صدر الصورة|التعليق على الصورة|منبع تصویر|توضیح تصویر|"
        r"इमेज स्रोत|इमेज कैप्शन|sumber gambar|keterangan gambar|nguồn hình ảnh|"
        r"chụp lại hình ảnh|chanzo cha picha|maelezo ya picha|图像来源|图像加注文字|画像提供|"
        r"画像説明|사진 출처|사진 설명|autor fotografije|potpis ispod fotografije|ছবির উৎস|"
        r"ছবির ক্যাপশান|பட மூலாதாரம்|படக்குறிப்பு|görüntü kaynağı|görüntü açıklaması|"
        r"तस्बिरको स्रोत|तस्बिरको क्याप्शन|asalin hoton|bayanan hoto|تصویر کا ذریعہ|"
        r"تصویر کا کیپشن)\s*+[,،，:]\s*+[^\n]{1,300}+|"
        # A blog's photo "by the author", the caption after the colon: "Foto de l'autor: el
        # balcó…", "Photo by the author: the harbour at dawn"; one sentence, not the post's
        # paragraph after it on the line.
        r"(?:photos?|fotos?|imatges?|imagen|imagem|bild|immagine|zdjęcie|kuva) (?:by the author|"
        r"de l['’]autor[a]?|de l['’]auteure?|del autor[a]?|do autor|da autora|des autors|"
        r"der autorin|dell['’]autor[ea]|autora|autorki)\s*+:\s*+(?:(?![.!?]\s)[^\n]){1,200}+|"
        r"(?:watch|videos?|vídeos?|wideo|видео|відео|galerie|gallery|galería|galleria|"
        r"fotogalerie|fotogalerij|fotogaleria|bildergalerie)\s*+[:|]\s*+[^\n]{3,120}+"
        r"(?<![.!?])|"
        # A video's length and where it comes from, under its player: "01:12 - Source: WSMV".
        r"\d{1,2}:\d{2}(?::\d{2})?\s*+[-–—|·]\s*+(?:source|quelle|fuente|source|fonte|bron|"
        r"źródło|zdroj|källa|kilde|lähde|forrás|kaynak|sursa|источник|джерело|sumber|nguồn)"
        r"\s*+:\s*+[^\n]{1,40}+",
    ),
    # The search box's prompt, copied from the menu as a question: "What are you looking
    # for?", gov.br's "O que você procura?", "Que recherchez-vous ?", "Wonach suchen Sie?".
    _rule(
        "search box",
        r"(?:what are you looking for|what are you searching for|o que (?:você )?(?:procura|"
        r"está procurando)|(?:¿\s*+)?qué (?:estás|está) buscando|(?:¿\s*+)?qué buscas|"
        r"que recherchez[- ]vous|que cherchez[- ]vous|wonach suchen sie|was suchen sie|"
        r"cosa stai cercando|cosa cerchi|waar ben je naar op zoek|wat zoek je|czego szukasz|"
        r"mitä etsit|vad letar du efter|vad söker du|hvad søger du|hva leter du etter|"
        r"co hledáte|čo hľadáte|mit keres|ne arıyorsunuz|что вы ищете|що ви шукаєте|"
        r"apa yang (?:anda|kamu) cari|bạn đang tìm gì|bạn cần tìm gì)\s*+[?？]",
    ),
)
