"""Single words of page furniture (buttons, labels) in many languages, for short lines."""

from __future__ import annotations

# Words of page furniture, in the languages import is measured on. A block of at most three
# words holding one is a button or label ("Share this:", "Follow", "Responses (2)"); a
# sentence holding one is prose and stays (tearsheet.zones.clutter_of).
TRAILER_WORDS = frozenset(
    """share sharing teilen partager compartir compartilhe compartilhar condividi delen
    udostępnij follow folgen suivre seguir segui volgen obserwuj like likes comment comments
    kommentar kommentare commentaire commentaires comentario comentarios commento commenti
    comentário comentários reactie reacties komentarz komentarze reply antworten répondre
    responder rispondi reageren odpowiedz responses subscribe abonnieren abonner suscríbete
    iscriviti assinar assine inscreva-se abonneren abonneer abonnez-vous subskrybuj related
    ähnliche similaires relacionado relacionados correlati gerelateerd podobne advertisement
    anzeige werbung publicité
    publicidad pubblicità publicidade advertentie reklama sponsored tags schlagwörter print
    drucken imprimer imprimir afdrukken drukuj email e-mail facebook twitter whatsapp linkedin
    telegram reddit pinterest restack restackear restackar curtir unsubscribe abmelden
    weiterleiten forward transférer
    reenviar inoltra encaminhar doorsturen prześlij menu search suche rechercher buscar
    zoeken szukaj login newsletter поделиться поділитися dela jaa megosztás paylaş
    distribuie κοινοποίηση sdílet zdieľať bagikan комментарии коментарі kommentarer
    kommentit hozzászólások yorumlar comentarii σχόλια komentáře listen anhören écouter
    escuchar ascolta ouvir luister copia account konto compte podijeli podeli komentari
    comentează comentați argomenti komentuj yorum yorumla kommentér kommentera แชร์
    komentara komentarji oglas pretplati dalintis komentarai komentarų dalīties komentāri
    reklāma kommentaarid reklaam сподели коментари реклама подписаться підписатися
    publicitate abonează-te hirdetés feliratkozás komentáre reklam abone διαφήμιση مشاركة
    تعليقات إعلان שתפו שתף תגובות פרסומת نظرات تبلیغات विज्ञापन टिप्पणी বিজ্ঞাপন মন্তব্য
    komentar iklan langganan shiriki maoni tangazo comparteix comentaris publicitat
    subscriu-te annons annonse mainos tilaa prenumerera partilhar partilhe apúntate
    inscríbete startseite homepage portada e-paper epaper e-copy शेयर कॉपी
    አጋራ გაზიარება կիսվել бөлісу ulashish shpërndaj падзяліцца deila jaga பகிர் షేర్
    ಹಂಚಿಕೊಳ್ಳಿ ഷെയർ શેર शेअर सेयर شیئر ibahagi yabelana raba kongsi শেয়ার
    አስተያየት კომენტარები մեկնաբանություններ пікірлер izohlar şərhlər komente каментары
    athugasemdir கருத்துகள் వ్యాఖ్యలు ಕಾಮೆಂಟ್ അഭിപ്രായങ്ങൾ ટિપ્પણી ਟਿੱਪਣੀ تبصرے komento
    amazwana faallo sharhi ማስታወቂያ რეკლამა գովազդ жарнама reklamë рэклама auglýsing
    விளம்பரம் ప్రకటన ಜಾಹೀರಾತು പരസ്യം જાહેરાત ਇਸ਼ਤਿਹਾਰ जाहिरात اشتہار patalastas isikhangiso
    xayaysiis გამოწერა բաժանորդագրվել жазылу obuna abunə abonohu падпісацца áskrift
    சப்ஸ்கிரைப் സബ്സ്ക്രൈബ് سبسکرائب mag-subscribe
    دنبال följ følg sledovat sledovať urmărește ikuti ακολουθήστε עקוב फ़ॉलो 팔로우""".split()
)
# The same for Chinese, Japanese and Korean buttons, found inside a short line (their words
# are not spaced).
CJK_LABELS = (
    "シェア",
    "ツイート",
    "はてなブックマーク",
    "ブックマーク",
    "コメント",
    "関連記事",
    "分享",
    "收藏",
    "评论",
    "評論",
    "转发",
    "공유",
    "댓글",
    "いいね",
    "구독",
    "フォロー",
)
# Words that mark a line above the headline as the page's furniture, at up to six words (the
# cookie's lines are told by their other words: a headline names cookies too).
MASTHEAD_WORDS = frozenset("""browser navigateur navegador navigatore przeglądarce""".split())

# The stems of the languages' words for "comment(s)", the furniture word a blog's byline
# counts ("— 12 commenti") and a post's closing question names ("Scrivetemi nei commenti").
COMMENT_STEMS = (
    r"comment|koment|kommentar|kommentt|comentar|comentário|reacti|yorum|σχόλι|коммент|"
    r"комент|hozzászól|tanggap|تعليق|תגוב|टिप्पणी"
)
