"""The documented patterns for a web page's clutter: the lines of its page, not the story."""

from __future__ import annotations

from tearsheet.boxrules import READ_MORE_RULES
from tearsheet.clutterrule import ClutterRule
from tearsheet.clutterrule import clutter_rule as _rule
from tearsheet.footerrules import FOOTER_RULES
from tearsheet.newsletterrules import NEWSLETTER_RULES
from tearsheet.pagecontrols import PAGE_CONTROL_RULES
from tearsheet.readercalls import READER_CALL_RULES
from tearsheet.readingtime import BODY_READING_TIME, LISTEN

_SOCIAL = (
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|mastodon|bluesky|"
    r"threads|instagram|youtube|tiktok|e-?mail|print|copy link|messenger|flipboard|pocket|xing"
)

# The words a page counts its comments in, beside or after the count ("opinie (84)").
_COMMENTS = (
    r"comments?|kommentare?|kommentarer|kommentaren|kommentit|kommenttia|commentaires?|"
    r"comentarios?|commenti|comentários?|comentaris|reacties?|reactions?|responses?|replies|"
    r"komentarz[ey]?|komentarzy|opinie|opinii|komentáře|komentářů|komentáre|komentárov|"
    r"hozzászólás(?:ok)?|yorum(?:lar)?|comentarii|σχόλια|комментари[ийея]?|коментар[іів]?|"
    r"komentar[ia]?|bình luận|tanggapan|ความคิดเห็น|评论|評論|コメント|댓글|تعليقات?|"
    r"תגובות|نظرات|टिप्पणियां|टिप्पणियाँ|মন্তব্য|maoni"
)

# Each rule is tested in tests/test_importer.py (test_every_clutter_rule_is_tested).
CLUTTER_RULES: tuple[ClutterRule, ...] = (
    _rule(
        "comment form",
        r"(leave a (comment|reply)|post a comment|add a comment|write a comment|"
        r"\d+ (comments?|kommentare|commentaires|comentarios|commenti|comentários|reacties|"
        r"komentarzy|komentarze)|(comments?|responses?|kommentare) \(\d+\)|comments|"
        r"show comments|view comments|kommentar schreiben|schreibe einen kommentar|kommentare|"
        r"laisser un commentaire|deja un comentario|deja una respuesta|lascia un commento|"
        r"deixe um comentário|geef een reactie|dodaj komentarz)[:.!]?|"
        # WordPress's heading over its comments, the post's title quoted: "10 thoughts on
        # “Business Focus”", "One Response to “…”", "3 Gedanken zu „…“", "2 réflexions sur
        # « … »", "5 comentarios en «…»", "4 pensieri su “…”", "2 gedachten over “…”".
        r"(?:\d{1,5}|one|ein|une|un|uno|uma|één|jeden) (?:thoughts?|responses?|replies|"
        r"reply|comments?|gedanken?|antworten|kommentare?|réflexions?|réponses?|commentaires?|"
        r"comentarios?|respuestas?|pensamientos?|pensieri|pensiero|risposte?|commenti|"
        r"commento|comentários?|respostas?|gedachten?|reacties?|reactie|komentarzy|komentarze|"
        r"komentarz|odpowiedzi|myśli) (?:on|to|zu|sur|en|sobre|a|su|em|over|op|do|na temat) "
        r"[«„“\"'‘].{1,200}[»“”\"'’]|"
        # The comment form's call to log in: "Log in to comment", "Увайдзіце, каб пакінуць
        # каментар", "Accedi per commentare".
        r"(?:you must be logged in to (?:post a )?comment|(?:please )?(?:log|sign) ?in to "
        r"(?:comment|reply|(?:leave|post) a comment|join the (?:conversation|discussion))|"
        r"(?:melde dich|melden sie sich) an,? um (?:zu kommentieren|einen kommentar zu "
        r"(?:schreiben|verfassen))|zum kommentieren (?:bitte )?(?:anmelden|einloggen)|"
        r"connectez-vous pour (?:commenter|réagir|laisser un commentaire)|vous devez être "
        r"connectée? pour (?:commenter|publier un commentaire)|"
        r"(?:inicia|inicie) sesión para (?:comentar|dejar un comentario)|"
        r"(?:accedi|effettua l['’]accesso) per (?:commentare|lasciare un commento)|"
        r"(?:faça login|inicie sessão|entre) para (?:comentar|deixar um comentário)|"
        r"log (?:je |u )?in om (?:te reageren|een reactie (?:te )?(?:plaatsen|geven))|"
        r"zaloguj się,? (?:aby|by|żeby) (?:skomentować|dodać komentarz|komentować)|"
        r"войдите,? чтобы (?:оставить комментарий|комментировать)|"
        r"увійдіть,? щоб (?:залишити коментар|коментувати)|"
        r"увайдзіце,? каб (?:пакінуць каментар|каментаваць)|"
        r"přihlaste se,? abyste mohli (?:komentovat|přidat komentář)|"
        r"yorum (?:yapmak|yazmak) için giriş yap\w*|logga in för att kommentera|"
        r"log ind for at kommentere|logg inn for å kommentere|kirjaudu sisään kommentoidaksesi|"
        r"jelentkezz be a hozzászóláshoz|autentifică-te pentru a comenta|"
        r"συνδεθείτε για να σχολιάσετε|masuk untuk (?:berkomentar|mengomentari)|"
        r"đăng nhập để bình luận)[.!…]?|"
        # The comment section's notes: closed, be the first, join the conversation.
        r"(?:comments are closed|kommentare sind geschlossen|die kommentarfunktion ist "
        r"(?:geschlossen|deaktiviert)|les commentaires sont fermés|los comentarios están "
        r"cerrados|i commenti sono chiusi|os comentários (?:estão fechados|foram encerrados)|"
        r"reacties zijn gesloten|komentarze są zamknięte|komentáře jsou uzavřeny|"
        r"kommentointi on suljettu|kommentoinnit on suljettu|a hozzászólások le vannak zárva|"
        r"comentariile sunt închise|τα σχόλια είναι κλειστά|bình luận đã (?:đóng|bị khóa)|"
        r"kommentarer(?:ne)? er lukket|kommentarerna är stängda|kommentarsfältet är stängt|"
        r"kommentarfeltet er (?:stengt|lukket)|yorumlar kapalı|yorumlara kapatılmıştır|"
        r"be the first to comment|sei der erste,? der kommentiert|soyez le premier à "
        r"(?:commenter|réagir)|sé el primero en comentar|sii il primo a commentare|seja o "
        r"primeiro a comentar|reageer als eerste|bądź pierwszy,? (?:skomentuj|który skomentuje)|"
        r"join the (?:conversation|discussion)|diskutieren sie mit|rejoignez la discussion|"
        r"únete a la conversación|partecipa alla discussione|participe da conversa|"
        r"doe mee (?:aan|met) de discussie|dołącz do dyskusji)[.!]?|"
        # The comment section's rules: "The rules of replying:", "Kommentarregeln".
        r"(?:(?:the )?rules (?:of|for) (?:replying|commenting|comments)|commenting (?:rules|"
        r"guidelines)|kommentarregeln|regeln für kommentare|règles de (?:commentaire|"
        r"modération)|normas de (?:participación|los comentarios)|regole (?:dei|per i) "
        r"commenti|regras (?:dos|para) comentários|huisregels|zasady (?:komentowania|"
        r"dodawania komentarzy)|pravidla (?:diskuse|komentování))[:.]?",
        tail=True,
    ),
    # The comments' count in the other languages ("opinie (84)", "Komentáře 12", "5
    # σχόλια") and the button that opens them ("Kommentieren", "Skomentuj"): the line goes,
    # and ends nothing (a page shows the count under the headline too, and a list of tags
    # over it would read as the story's own list running on to a marker).
    _rule(
        "comment count",
        rf"(?:(?:{_COMMENTS})\s*+\(?\d{{1,6}}\)?|\d{{1,6}}\s++(?:{_COMMENTS}))[:.]?|"
        r"(?:kommentieren|jetzt kommentieren|commenter|comentar|commenta|commentare|reageer|"
        r"reageren|skomentuj|komentuj|komentovat|okomentovat|komentovať|kommentera|kommentere|"
        r"kommentér|kommentoi|hozzászólok|yorum yap|comentează|комментировать|"
        r"прокомментировать|коментувати|прокоментувати|komentiraj|komentirajte|komentirati|"
        r"berkomentar|beri komentar|bình luận|σχολιάστε|הגיבו|علق|نظر دهید|"
        r"コメントする|댓글 ?쓰기|评论一下|发表评论|comenta|comente|commentez|kommentiere|"
        r"komentujte)[:.!]?",
    ),
    _rule(
        "captcha",
        r"(\d+\s*[-+×x*]\s*\d+\s*=\s*\??|what is \d+\s*[-+×x*]\s*\d+\s*\??|"
        r"(please )?(solve|enter) the captcha.*|i'?m not a robot)",
    ),
    _rule(
        "share buttons",
        r"(share (this|this article|this story|this post|on \w+)|teilen|partager|"
        r"deel dit (?:artikel|bericht)|sdílejte(?: tento)? článek|del (?:artiklen|denne artikel)|"
        r"dela artikeln|jaa artikkeli|compartilhe (?:esta notícia|este artigo))[:.!]?"
        r"(\s++\S++){0,3}+",
    ),
    _rule(
        "advertisement",
        r"(?:[-–—\[(]\s*+)?(advertisement|advertising|sponsored|anzeige|werbung|publicité|"
        r"publicidad|pubblicità|publicidade|advertentie|advertenties|reklama|reklam|hirdetés|"
        r"mainos|annons|annonse|annonce|διαφήμιση|реклама|إعلان|פרסומת|विज्ञापन|iklan|"
        r"quảng cáo|광고|广告|廣告|広告|โฆษณา|"
        # The short labels: Corriere's "ADV", "Ad", "PUB", "Reklame", "Oglas", "Reklaam".
        r"(?:video )?ad feedback|adv|ads?|pub|publi|reklame|reklaam|reklāma|oglas|оглас|"
        r"реклама|reclame|reclamă|"
        r"publicitat|publicitate|mainos|auglýsing|anuncio)(?:\s*+[-–—\])])?|"
        # The label with the note that the story goes on under it ("Advertisement - Scroll to
        # continue", "Anzeige - Weiter nach der Anzeige"), or the note alone.
        r"(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|"
        r"advertentie|reklama)\s*+[-–—:|·•]\s*+"
        # ... the note about the story going on, not a headline after a colon ("Werbung:
        # Warum wir uns so leicht manipulieren lassen").
        r"[^\n]{0,30}?(?:scroll|continu|weiter|fortgesetzt|suite|verder|dalej|czytaj|lees|"
        r"lies|read|artikel|article|artículo|articolo|artigo|artykuł|story)[^\n]{0,40}+|"
        r"(?:the )?(?:article|story) continues (?:after|below) the (?:advertisement|ad)\.?|"
        # The link under an ad's slot on WordPress and news pages.
        r"report (?:this )?ad|"
        r"(?:der )?artikel (?:wird )?(?:unterhalb|unten|nach der anzeige) (?:fortgesetzt|weiter)"
        r"\.?|weiter nach der anzeige|l['’]article continue (?:après|sous) la publicité\.?|"
        r"la suite (?:de l['’]article )?après (?:cette|la) publicité|"
        r"el artículo continúa (?:después del|tras el) anuncio\.?|"
        r"l['’]articolo continua (?:dopo|sotto) (?:la pubblicità|l['’]annuncio)\.?|"
        r"o artigo continua (?:após a|depois da) publicidade\.?|"
        r"het artikel gaat verder (?:na|onder) de advertentie\.?|"
        r"artykuł jest kontynuowany poniżej\.?|dalsza część (?:artykułu|tekstu) (?:pod|poniżej) "
        r"(?:reklam[ąy]|materiałem (?:wideo|video)|(?:nagraniem|filmem|wideo|video))\.?|"
        # ... under a video: "Article continues below video", "Artikel wird unter dem Video
        # fortgesetzt".
        r"(?:the )?(?:article|story) continues (?:after|below) (?:the|this) video\.?|"
        r"(?:der )?artikel (?:wird )?(?:unter|nach) dem video (?:fortgesetzt|weiter)\.?",
    ),
    # A review's score on its own line: "Rating: 4.5/5 ★★★★½", "Giudizio: ★★★½☆ 3,5/5",
    # "Nota noastră: 7,5/10", "Betyg 4 av 5"; the Nordic papers' die ("Terningkast 5").
    _rule(
        "review score",
        r"(?:[^\W\d]++[:.]?\s++){0,3}+(?:[★☆✩✭⭐½]{1,10}+\s*+)?"
        r"(?:\d{1,2}(?:[.,]\d)?\s*+(?:/|av|sur|su|из)\s*+(?:5|10|100)\b)?"
        r"(?:\s*+[★☆✩✭⭐½]{1,10}+)?(?<=[★☆✩✭⭐½\d])|(?:terningkast|terning)\s*+:?\s*+[1-6]",
    ),
    *NEWSLETTER_RULES,
    _rule(
        "related articles",
        # The site's paid mark may stand before the label ("SK+ Auch interessant").
        r"(?:[\w.-]{1,12}+ ?\+\s++)?"
        r"(related (articles|stories|posts|content|coverage)|more (on this|from) .{0,40}|"
        r"most (read|popular|viewed|shared)( (articles|stories|news))?|meistgelesen|"
        r"les plus lus|lo más leído|(i )?più letti|(as )?mais lidas|meest gelezen|"
        r"najczęściej czytane|mest lästa?|mest lest|mest læste|luetuimmat|nejčtenější|"
        r"legolvasottabb|cele mai citite|en çok okunan(lar)?|самое читаемое|"
        r"recommended reading|latest from .{0,40}|"
        # A box of the site's latest or top stories under the story.
        r"trending(?: now| stories)?|top stories|editor['’]s picks|latest (?:news|stories)|"
        r"more stories|around the web|neueste artikel|aktuelle nachrichten|"
        r"dernières actualités|[àa] la une|últimas noticias|lo último|ultime notizie|"
        r"últimas notícias|laatste nieuws|najnowsze(?: wiadomości)?|nejnovější zprávy|"
        r"senaste nytt|seneste nyt|siste nytt|tuoreimmat|legfrissebb(?: hírek)?|"
        r"ultimele știri|последние новости|останні новини|berita terbaru|tin mới nhất|"
        r"you (may|might) also like|recommended( for you)?|das könnte sie auch interessieren|"
        r"mehr zum thema|vous aimerez aussi|ti potrebbe interessare|passend zum (artikel|thema)|"
        r"zum thema|auch interessant|weitere artikel|sur le même sujet|[àa] lire également|"
        r"dans la même rubrique|"
        r"en relación|noticias relacionadas|altre notizie|notícias relacionadas|veja mais|"
        r"meer over dit onderwerp|gerelateerde artikelen|powiązane artykuły|"
        r"главное сегодня|головне сьогодні|головне за день|"
        r"najpopularniejsze|más leídas|le più lette|beliebteste artikel|top news|"
        # ... for a section ("Más leídas de Espectáculos", "Meistgelesen in Sport").
        r"(?:most (?:read|popular)|meistgelesen|les plus lus|lo más leído|más leídas|"
        r"(?:i )?più letti|le più lette|(?:as )?mais lidas|meest gelezen|najczęściej czytane|"
        r"mest lästa?|mest lest|mest læste|luetuimmat|nejčtenější|legolvasottabb|"
        r"cele mai citite|en çok okunan(?:lar)?|самое читаемое)\s++(?:in|on|de|en|del|di|"
        r"da|do|em|na|no|im|aus|dans|w|ve|v|i|из|в)\s++[^\d\n.!?]{1,30}+|"
        r"also in (?:the )?news|"
        # The most watched videos ("VÍDEOS: mais assistidos do Portal Litoral").
        r"(?:v[íi]deos?\s*+[:|–-]\s*+)?(?:most (?:watched|viewed videos)|mais assistidos|"
        r"más vistos|les plus vues?|(?:i )?più visti|meistgesehen|meest bekeken|"
        r"najczęściej oglądane)(?:\s++(?:on|in|do|da|de|del|di|im|auf|op|w)\s++[^\d\n.!?]{1,30}+)?|"
        # ... and in the sets' other languages.
        r"nejčtenější (?:články|zprávy)|související články|relaterede artikler|"
        r"relaterade artiklar|articole (?:similare|asemănătoare)|самое популярное|"
        r"похожие (?:новости|статьи)|найпопулярніше|схожі (?:новини|статті)|"
        r"τα πιο διαβασμένα|σχετικά άρθρα|terpopuler|berita populer|đọc nhiều nhất|"
        r"xem nhiều nhất|よく読まれている記事|人気記事|アクセスランキング|最热文章|热门文章|"
        r"相关新闻|热门新闻|많이 본 기사|인기 기사|الأكثر قراءة|مقالات ذات صلة|أخبار ذات صلة|"
        r"הכי נקראים|כתבות נוספות(?: ב\S{1,20}+)?|עוד כתבות|"
        r"सबसे (?:ज्यादा|ज़्यादा) पढ़ी गई|संबंधित (?:खबरें|ख़बरें)|"
        r"verwandte themen|sujets associés|gerelateerde onderwerpen|powiązane tematy|"
        r"misschien ook interessant|more (?:from|by) (?:this|the) (?:author|writer)|"
        r"mehr von (?:diesem autor|dieser autorin)|plus d['’]articles de (?:cet auteur|cette "
        r"autrice|l['’]auteur)|más artículos del autor|altri articoli dell['’]autore|"
        r"mais artigos d[oa] autora?|meer van deze auteur|więcej (?:artykułów )?(?:od )?autora|"
        r"yazarın (?:diğer|tüm|son) yazıları|(?:další|ďalšie) články (?:autora|autorky)|"
        r"другие (?:статьи|материалы) автора|інші (?:статті|матеріали) автора|"
        r"também pode (gostar|interessar)|dit vind je misschien ook interessant|"
        r"関連記事|関連ニュース|相关文章|相關文章|相关阅读|相关推荐|相關推薦|관련기사|관련 기사|"
        # The word alone over the box ("SUSIJĘ", "Související", "Relacionadas").
        r"related|relacionad[oa]s?|correlati|gerelateerd|powiązane|související|súvisiace|"
        r"susiję|saistītie|seotud|povezano|свързани|relaterat|relateret|relatert|"
        r"aiheeseen liittyvät|kapcsolódó|ilgili|terkait|berkaitan|"
        # "More news" over the site's other stories ("खबरें और भी हैं...").
        r"more news|mehr nachrichten|weitere nachrichten|plus d['’]actualités|más noticias|"
        r"mais notícias|meer nieuws|więcej wiadomości|další zprávy|fler nyheter|flere nyheder|"
        r"flere nyheter|lisää uutisia|további hírek|daha fazla haber|mai multe știri|"
        r"больше новостей|більше новин|още новини|berita lainnya|tin khác|"
        r"खबरें और भी हैं|और खबरें|আরও খবর|更多新闻|更多新聞|المزيد من الأخبار|עוד חדשות)"
        r"(?:[:.]|\.\.\.|…)?",
        tail=True,
    ),
    # The author's box under the story (El País's "Sobre la firma"): the trailer's start.
    _rule(
        "author box",
        r"(about the author|sobre la firma|sobre el autor|sobre (?:o|a) autora?|"
        r"über (?:den autor|die autorin)|zu(?:m| der) autor(?:in)?|à propos de l'auteure?|"
        r"sull'autrice|sull'autore|over de auteur|o autor(?:ze|ce)|об авторе|про автора|"
        r"yazar hakkında|om forfatteren|om skribenten|kirjoittajasta|a szerzőről|"
        r"o autorovi|despre autor|tentang penulis|về tác giả|作者简介|作者介紹|著者について|"
        r"기자 소개|लेखक के बारे में|عن الكاتب|על הכותב|درباره نویسنده|"
        # The box's label for the writers ("Les auteurs", "Bio dell'autore", "The authors"),
        # or its row of links to the writer's profiles, as a screen reader names it.
        r"social links navigation|"
        r"about the (?:authors|writers|contributors)|the authors?|author bio|"
        r"über die autor(?:inn)?en|(?:die|der) autor(?:in|en|innen)?|"
        r"à propos des auteur(?:e)?s|les auteur(?:e)?s|l['’](?:auteur|auteure|autrice)|"
        r"sobre (?:los|las) autor(?:es|as)|(?:los|las) autor(?:es|as)|(?:el|la) autora?|"
        r"bio(?:grafia)? dell['’](?:autore|autrice)|bio(?:grafia)? degli autori|gli autori|"
        r"sugli autori|l['’](?:autore|autrice)|sobre os autores|(?:os|as) autor(?:es|as)|"
        r"(?:o|a) autora?|over de (?:auteurs|schrijvers)|de auteurs?|o autorach|autorzy|"
        r"об авторах|про авторів|пра аўтара|пра аўтараў|yazarlar hakkında|om forfatterne|"
        r"a szerzőkről|o autorech|despre autori|tentang para penulis)[:：]?",
        tail=True,
    ),
    *READ_MORE_RULES,
    _rule(
        "cookie notice",
        r"(this (site|website) uses cookies|we use cookies|by (continuing to )?(use|using|browse|"
        r"browsing) this (site|website),? you (agree|accept|consent)|accept (all )?cookies)\b.*",
    ),
    _rule("wire standards note", r"our standards: .{0,80}", tail=True),
    # The post's tags under it: a label, a colon and the tags, no sentence ("Tags: chlorine,
    # sourdough, water", "Теги: Київ, опалення", "In questo articolo si parla di: salari").
    # It goes alone and ends nothing: pages show such a line over the story too (ending the
    # body there lowered the copied benchmark pages' odd half from 0.921 to 0.915).
    _rule(
        "tags line",
        r"(?:tags?|tagged(?: with)?|topics|keywords|filed under|categories|themen|"
        r"schlagw(?:ö|o)rter|schlagworte|stichw(?:ö|o)rter|mots[- ]clés|thèmes|sujets|"
        r"catégories|etiquetas|temas|categorías|palabras clave|argomenti|parole chiave|"
        r"categorie|in questo articolo si parla di|tópicos|categorias|palavras-chave|"
        r"trefwoorden|onderwerpen|categorieën|tagi|tematy|słowa kluczowe|kategorie|теги|темы|"
        r"теми|ключевые слова|ключові слова|рубрики|etiketler|konular|anahtar kelimeler|"
        r"címkék|témák|kulcsszavak|štítky|témata|klíčová slova|etichete|cuvinte cheie|taggar|"
        r"ämnen|nyckelord|emneord|stikkord|tunnisteet|avainsanat|aiheet|topik|kata kunci|"
        r"ετικέτες|θέματα|תגיות|נושאים|الوسوم|(?:ال)?كلمات (?:ال)?مفتاحية|"
        r"(?:ال)?كلمات (?:ال)?دلالية|برچسب‌ها|टैग|"
        r"chủ đề|từ khóa|タグ|标签|標籤|태그|বিষয়|विषय|"
        # The topics "in the article" ("Ämnen i artikeln", "Topics in this article").
        r"(?:topics|themen|onderwerpen|ämnen|emner|tema|temas|thèmes|sujets|argomenti)\s++"
        r"(?:in|i|im|dans|en|nel|no|na)\s++(?:this|the|diesem|dit|het|artikeln|artikkelen|"
        r"artiklen|saken|cet|l['’]|este|questo|l['’]articolo|esta)?\s*+"
        r"(?:article|artikel|artículo|articolo|artigo|artikeln|artikkelen|artiklen|saken|"
        r"story)?|"
        # A blog's labels ("Labels: …", "Libellés : …", "ป้ายกำกับ: …").
        r"labels?|libellés|etichette|marcadores|etykiety|etiketter|etiquetes|ярлыки|мітки|"
        r"tagovi|oznake|ključne riječi|ključne reči|značke|"
        r"ป้ายกำกับ|ラベル|라벨)(?:\s*+[:：](?:\s*+[^.!?\n]{1,200}+)?)?|"
        # Hashtags alone on their line ("#keyboards", "#viaggi #montagna"), a letter in each.
        r"(?:#(?=[^\s#]{0,40}?[^\W\d_])[^\s#]{1,40}+\s*+){1,12}+",
        tail=False,
    ),
    # A blog's licence and permalink under the post: "本文链接：…", "版权声明：…", "This work
    # is licensed under a Creative Commons …".
    _rule(
        "licence note",
        r"(?:本文链接|本文連結|原文链接|版权声明|版權聲明)\s*+[:：].{0,300}|"
        r"this (?:work|post|article|blog) is licensed under .{0,200}|"
        r"(?:licen[cs]e|lizenz|licencia)\s*+:\s*+cc[ -]by.{0,100}",
        tail=True,
    ),
    # A paid article's mark over its teaser or the story ("VG+", "Z+", "Plus-artikel",
    # "SZ Plus", "WELTplus", "FT Premium", "Abo", Libération's "Abonnés"): a site's name or
    # none, and the mark.
    _rule(
        "paid mark",
        r"(?:[\w.-]{1,12}+ ?\+|(?:[\w.-]{1,12}?[ -]?)?(?:plus|premium|abo\+?)"
        r"(?:[ -]?(?:artikel|artikkel|artikler|inhalt|content|article|artículo|artigo|"
        r"articolo|artykuł|cikk|článek))?|abonnée?s?|subscribers?|suscriptores|assinantes|"
        r"abbonati|abonnees|abonnenten)",
    ),
    # Notices of the page between paragraphs: paywall, gift, recipe and affiliate links,
    # an advertisement's placeholder, a newsletter's reading note, a live stream.
    _rule(
        "page notice",
        r"(article réservé aux abonnés|réservé aux abonnés|subscribers? only|"
        r"(this (article|story) is )?(for|exclusive to) subscribers|nur für abonnenten|"
        r"exclusivo para (suscriptores|assinantes)|riservato agli abbonati|"
        r"alleen voor abonnees|offrir cet article|gift (this )?article|artikel verschenken|"
        r"jump to recipe|print recipe|(this post|this article) (may )?contains? affiliate links"
        r"|.{0,80}?(article|story) continues below|thanks for reading .{1,60}|"
        r"you'?’?re (currently )?a free subscriber .{0,120}|watch live: .{1,80}|"
        # A newsletter's e-mail chrome: "READ IN APP", "Forwarded this email? Subscribe…".
        r"(read|open) in (the )?app|forwarded this (e-?mail|message)\?.{0,60}|"
        # ... as Substack translates it: "Ler no app", "Encaminharam este e-mail para você?".
        r"ler no app|leer en la app|lire dans l['’]app(lication)?|in der app lesen|"
        r"leggi nell['’]app|lees in de app|abrir na app|abrir en la app|"
        r"ouvrir dans l['’]app(lication)?|in der app öffnen|apri nell['’]app|open in de app|"
        r"(encaminharam|reencaminharam) este e-?mail( para você)?\?.{0,80}|"
        r"¿?(te|le) (reenviaron|han reenviado) este (correo|e-?mail)\?.{0,80}|"
        r"(on vous a transféré|vous a-t-on transféré) (ce|cet) (e-?mail|courriel|message) ?\?"
        r".{0,80}|"
        r"(wurde )?(ihnen|dir) diese e-?mail weitergeleitet\?.{0,80}|"
        r"ti hanno inoltrato questa e-?mail\?.{0,80}|"
        r"is deze e-?mail (naar je )?doorgestuurd\?.{0,80}|"
        # A public body's note under its PDFs: "PDFファイルをご覧いただくには、Adobe Acrobat
        # Readerが必要です。…", "To view PDF files you need Adobe Reader", and its link.
        r"[^\n]{0,40}?pdf[^\n]{0,60}?adobe (acrobat )?reader[^\n]{0,160}|"
        r"(get |download )?adobe (acrobat )?reader ?(の)?(ダウンロード|download|herunterladen|"
        r"télécharger|descargar)[^\n]{0,40}|"
        # The page's note on the article's age ("This article is more than 1 year old").
        r"this (article|story) is (more|older) than \w{1,10} (years?|months?)( old)?|"
        r"dieser artikel ist (mehr als|älter als) \w{1,10} (jahre?|monate?) alt|"
        r"cet article (a|date de) plus d[e'’] ?\w{0,10} ?ans?|"
        r"este art[ií]culo tiene m[aá]s de \w{1,10} (años?|meses)|"
        r"[∙·•]\s*+paid|paid(?=\s*+$))\.?.{0,120}",
    ),
    # The article read aloud by a machine ("Audio is generated by AI.", "Produced by
    # ElevenLabs … using AI narration").
    _rule(
        "audio note",
        r"(audio (is )?(generated|produced|narrated) (by|with|using) (ai|artificial intelligence)"
        r"|.{0,80}?\busing ai(-generated)? (narration|voice))\.?",
    ),
    # A reading time or the read-aloud button between the story's paragraphs ("3 min read",
    # "Thời gian đọc: 3 phút", "Listen to this article · 6:42").
    # A dash or a dot may stand before it, as a byline's line breaks it off ("— 7 min read").
    _rule("reading time", rf"(?:[—–·•|-]\s*+)?(?:{BODY_READING_TIME})|{LISTEN}"),
    # The article's number in the site's system, a word or three before it ("کد خبر ۸۹۴۵۱۲",
    # "News ID: 894512", "Haber No: 2391847"): no story's line is a label and a number.
    _rule("article number", r"(?:[^\W\d_][^\W\d_.]{0,15}+\.?\s*+){1,3}[:#№]?\s*+\d{5,12}"),
    _rule(
        "print edition note",
        r"(a version of this article (appears|appeared) in print|"
        r"questo articolo è (uscito|stato pubblicato) sul numero|"
        r"dieser (artikel|text|beitrag) (ist|erschien) (zuerst )?in (der|unserer) (print|"
        r"zeitungs)?ausgabe|cet article (est paru|a été publié) dans (le numéro|l['’]édition)|"
        r"este (artículo|texto) (se publicó|fue publicado) (en la edición|en el número)|"
        r"dit artikel (verscheen|is verschenen) in (de papieren|het nummer|de krant)) .{0,300}",
        tail=True,
    ),
    # Possessive separators and a word boundary after each name: one way to match, so linear
    # (the old "(S)(\s*[|]?\s*(S))*" backtracked exponentially on forty "x " and a "!").
    _rule("social network name", rf"(?:{_SOCIAL})\b(?:\s*+[|·•,/]?+\s*+(?:{_SOCIAL})\b)*+"),
    # A call to action: "Click here to subscribe", "GET X ON THE GO BY CLICKING HERE".
    _rule(
        "click here",
        # A note whose last words are the link ("… To contribute, click here.").
        r"click here (to|for) .{0,40}|(?=.*here\.$).{0,200}?[.,:;] (?:click|tap) here\.|"
        r".{0,60}?\b((click|clicking|tap) here|hier klicken|"
        r"cliquez ici|haga clic aquí|clica aquí|clicca qui|clique aqui|klik hier|"
        r"kliknij tutaj)[.!]?",
    ),
    # A photo's caption with its credit at the end, as a copied page gives it ("... ate a
    # rabbitCredit: Getty", "... the module. Credit: ESA" after a caption of up to 700
    # characters that names each part of a drawing, "... in Kabul [File: Reuters]",
    # "Jaafar ASHTIYEH / AFP"): a paragraph ends in a full stop, not in a news agency's name
    # (two words at least before it: "(AP)" or "- AFP" alone is a wire story's sign-off).
    # A chart's credit line under it, its data's source before it or not: "Forrás: KSH, MNB.
    # Grafikon: Telex", "Chart: Statista", "Grafik: dpa-infografik". Not a subheading
    # naming a chart ("The chart: what it shows"): the label opens the line or a sentence.
    _rule(
        "chart credit",
        r"(?:[^\n]{0,200}?[.!?]\s)?(?:chart|graphic|infographic|grafik|infografik|grafikon|"
        r"graphique|infographie|gráfico|infografía|grafico|infografica|wykres|graf)"
        r"\s?:\s?[^.!?:\n]{1,100}+"
        # ... with its source after the title ("Gráfico: … 2019-2026. Fuente: INE").
        r"(?:\.\s?(?:sources?|fuentes?|quellen?|fontes?|fonti|bron|źródło|zdroj|forrás|"
        r"kilde|källa|lähde)\s?:\s?[^\n]{1,100}+)?",
    ),
    _rule(
        "photo caption",
        r".{0,700}?((photo )?credits?|photo(graph)?|picture|foto|fotó|fotografia|kuva|zdjęcie|"
        # Polish "source of the (main) photo": "Źródło zdjęcia głównego: KM PSP w Łodzi".
        r"zdjęcia(?: głównego)?|"
        r"bild|crédit|crédito|φωτογραφία|фото|imagen|imagem|immagine|afbeelding|fotoğraf|"
        r"picha|snímka|snímek|slika|снимка|фотография|nuotr|ảnh|ภาพ|ছবি|तस्वीर|फोटो|صورة|"
        r"عکس|תמונה|צילום|사진|写真|图片|圖片|تصوير)s? ?(?::|\.\.\.|…|/|\|)"
        # The credit may hold an initial's stop ("Photo Credit: M. Vedhan") or a name's
        # ("Foto: APA/ZOOM.TIROL", "Photo: picturedesk.com").
        r" ?(?:[^.!?:\n]|(?<=\b(?-i:[A-Z]))\.|(?<=\w)\.(?=\w)){1,60}+|"
        r".{0,300}?\((ap|afp|reuters|dpa) photo/[^)\n]{1,60}\)|"
        # "... Photo by Jordan Pelletier /Sault Star", "... (Jonah Reyes)", "... (File)".
        r".{0,300}?\b(photo|picture|image|foto|photographie) (by|von|de|di|par) [^.!?:\n]{1,60}|"
        # "… sedan december. Arkivbild.": a file photo, said so after the caption.
        r".{20,300}?[.!?] (?:arkivbild|arkivfoto|arkistokuva|archivbild|archiefbeeld|"
        r"archiwum|imagen de archivo|foto de archivo|foto de arquivo|foto d['’]archivio|"
        r"file photo|photo d['’]archives|archivfoto)\.?|"
        r".{20,300}?[.!?]\s*+\((?:file|archive|archiv|archivo|archivio|archives|"
        r"(?-i:[A-Z][\w'’-]{1,20}+(?: [A-Z][\w'’-]{1,20}+){1,2}+))\)|"
        # "… aufgerufen. (dpa)": the agency in brackets after a sentence's last word closes a
        # wire story's paragraph as often as a caption, and stays; after an abbreviation
        # ("… Nogales, Ariz. (AP)") or no stop, it credits the picture.
        r"(?:[^\w\n]*+\w++){2}.{0,400}?(?:[\s./]|\[(?:file:\s?)?|"
        r"(?-i:(?<![a-zß-ÿ]{4}[.!?] ))\((?:file:\s?)?)(?-i:AP|AFP|Reuters|REUTERS|"
        r"Getty Images|GETTY|EPA|dpa|Associated Press|Xinhua)(?: photo| images)?[)\]]?|"
        # "... in Veghel (foto: Google Streetview).", "... bookmobile (Luke Sharrett for The
        # Atlantic)", "... en juin 2024. THOMAS LOUAPRE / DIVERGENCE POUR « LE MONDE »".
        r".{10,300}?\((?:photo|foto|fotó|bild|image|crédit|crédito|credit|kuva|zdjęcie|"
        r"illustrati(?:e|on|ón)|ilustración|ilustração|illustrazione|grafik|grafika|graphic)s?:"
        r" ?[^)\n]{1,60}+\)\.?|"
        r".{10,300}?\((?-i:[A-Z][\w'’-]{1,20}+(?: [A-Z][\w'’-]{1,20}+){0,2}+) (?:for|für|pour|"
        r"para|per|voor|dla|för) [^)\n]{2,40}+\)|"
        r".{20,300}?[.!?] (?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]++(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]++)*+)"
        r" / (?-i:[^a-zß-ÿ\n]{2,60}+)|"
        # "... (Aaron Lavinsky/The Minnesota Star Tribune)", "... Novella (ansa)", "...
        # Leidsche Rijn. Foto Sem van der Wal/ANP", "... półfinale. Fot. FIVB", "... jueves.
        # MASSIMILIANO MINOCRI", "Foto ter illustratie. © Belga".
        r".{10,300}?\((?-i:[A-Z][\w'’-]{1,20}+(?: [A-Z][\w'’-]{1,20}+){1,2}+) ?/ ?[^)\n]{2,60}+\)|"
        # (Not a photographer's mark after a name: "Ingrid Haugland (foto)", "Nuno Santos
        # (fotografia)".)
        # (Nor a headline's aside: "O que a conta de luz não te conta (ainda)", "… (again)".)
        r".{10,300}?[^.!?\s] \((?!(?:foto|fotos|photo|photos|bilder|kuvat|fotografi[ae]s?|"
        r"fotografías?|video|vídeo|ainda|again|still|yet|maybe|perhaps|anymore|noch|wieder|"
        r"encore|todavía|aún|otra vez|ancora|nog|weer|jeszcze|znowu|talvez|quizás|forse|"
        r"vielleicht|misschien|updated|update|atualizado|actualizado|aggiornato|aktualisiert|"
        # (Nor a word of a detail's value, longer than an agency's and no archive's:
        # "Difficoltà: E (escursionistico)"; "(archiefbeeld)" is a picture's.)
        r"bijgewerkt)\))(?-i:[a-z]{3,10}+|(?:archief|archiv|arkiv|archiw)[a-z]{1,8}+)\)|"
        r".{10,300}?[.!?] (?:foto|fot\.|photo|kuva|bild|zdjęcie|beeld) (?-i:[A-Z])[^.!?:\n]{1,60}+|"
        # Le Soir's "... une douzaine de ruches. - Pierre-Yves Thienpont.": the photographer
        # after the caption's stop and a dash.
        r".{20,250}?[.!?] [-–] (?-i:[A-ZÀ-Þ][\w'’-]{1,20}+(?: [A-ZÀ-Þ][\w'’-]{1,20}+){1,2}+)\.?|"
        # Folha's handout or reproduced picture: "… de Raimundo Tavares - Divulgação",
        # "… em vídeo - Reprodução/TV Globo", "… - Arquivo pessoal".
        r".{10,300}? [-–] (?:Divulgação|Reprodução|Arquivo pessoal|Acervo pessoal)"
        r"(?:/[^\n/]{2,40}+)?|"
        # "... no sítio da família - Joel Silva/Folhapress".
        r".{10,300}? [-–] (?-i:[A-ZÀ-Þ][\w'’-]{1,20}+(?: [A-ZÀ-Þ][\w'’-]{1,20}+){1,2}+)"
        # Folha's "... - Rivaldo Gomes - 15.mai.26/Folhapress": the day the photo was taken.
        r"(?: [-–] \d{1,2}\.[\w]{3,4}+\.\d{2,4}+)? ?/ ?"
        r"(?-i:[A-Z][\w&-]{1,30}+)|"
        r".{20,300}?[.!?] (?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]++(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]++){1,3}+)|"
        # ... for a paper, as Le Monde credits its photographers: "… le 12 mars 2026. LÉA
        # DUMONT POUR « LE MONDE »", "… THOMAS LOUAPRE / DIVERGENCE POUR « LE MONDE »".
        r".{20,300}?[.!?] (?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]++(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]++){1,3})"
        r"(?: / (?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,30}?))? (?-i:POUR|FOR|FÜR|PARA|PER|VOOR) "
        r"[«\"“]?\s?(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,30}?)\s?[»\"”]?|"
        r".{5,200}?[.!?] ?© ?(?-i:[A-Z][\w-]{1,20}+(?: [A-Z][\w-]{1,20}+){0,2}+)\.?|"
        # Lithuanian's credit names the agency first: "Sniegas Vilniuje | BNS nuotr.".
        r".{5,300}?(?: [|/–-]|[.!?]) [^|/\n]{1,40}? (?:nuotr\.|nuotrauka|nuotraukos)|"
        # El País's "... en Barcelona.Albert Garcia": the credit glued to the caption's stop.
        r".{20,300}?[a-zà-ÿ]\.(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]{1,20}+"
        r"(?: [A-ZÀ-Þ][a-zà-ÿ'’-]{1,20}+){1,2}+)|"
        # "... since he was 15. (Southern Sun: Mark Doolan)", the publication and the name.
        r".{10,300}?[.!?] \((?-i:[A-Z][\w'’-]{1,20}+(?: [A-Z][\w'’-]{1,20}+){0,3}+):"
        r" (?-i:[A-Z][\w'’-]{1,20}+(?: [A-Z][\w'’-]{1,20}+){1,2}+)\)|"
        # "... in 1987. (Courtesy of the Martinez family)", "... Grandes. Gentileza Sal de
        # Altura Films", "... [연합뉴스 자료사진]", "... النفط - أرشيفية" (a file photo),
        # "... в Казани. Егор Алеев/ТАСС".
        r".{10,300}?(?:\((?:courtesy|cortesía|cortesia|gentileza)\b[^()\n]{0,60}+\)|"
        r"[.!?] (?:courtesy of|cortesía de|gentileza(?: de)?) [^.!?\n]{1,60}+)|"
        r".{5,200}?\[[^\[\]\n]{0,30}?(?:사진|자료사진|写真|图片|photo|foto)\]|"
        r".{5,200}? [-–] (?:أرشيفية|ارشيفية|صورة أرشيفية|archivo|archive|archiv|arquivo)|"
        r".{10,300}?[.!?] (?-i:[А-ЯЁ][а-яё]{1,20}+ [А-ЯЁ][а-яё]{1,20}+) ?/ ?"
        r"(?-i:[А-ЯЁA-Z][^\n/]{1,30}+)",
    ),
    *FOOTER_RULES,
    *READER_CALL_RULES,
    *PAGE_CONTROL_RULES,
)
