"""Recognising articles in copied text and saved pages: fields, clutter, attribution, output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tearsheet.attributions import ATTRIBUTION_RULES
from tearsheet.clutter import CLUTTER_RULES
from tearsheet.errors import ContentError
from tearsheet.importdates import parse_date_line
from tearsheet.importer import format_markdown, name_file
from tearsheet.markup import render_markdown
from tearsheet.plaintext import escape_markdown, parse_text
from tearsheet.source import parse_article
from tearsheet.webpage import parse_html
from tearsheet.zones import clutter_of

from conftest import FIXTURES, SEED, SEED_TEXT, require

IMPORTS = FIXTURES / "import"


def parse_fixture(name: str):
    path = IMPORTS / name
    if path.suffix == ".html":
        return parse_html(path.read_bytes())
    return parse_text(path.read_text(encoding="utf-8"))


def paragraphs_of(article) -> list[str]:
    return [p.strip() for p in article.body.split("\n\n") if p.strip()]


# --- the seed ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return parse_text(require(SEED_TEXT).read_text(encoding="utf-8"))


def test_seed_fields(seed):
    assert seed.headline == "How the U.S. and China can find common ground on North Korea"
    assert seed.date == dt.date(2017, 4, 20)
    assert seed.source == "Bloomberg"
    assert seed.lang == "en"
    assert seed.byline == () and seed.dateline is None and seed.doubts == ()


def test_seed_body_is_every_paragraph_word_for_word_and_nothing_else(seed):
    text = SEED_TEXT.read_text(encoding="utf-8")
    between = text.split("April 20, 2017\n", 1)[1].split("(Source: Bloomberg)", 1)[0]
    # The page's one no-break space between two words ("also\u00a0seems") is a space in
    # the reader's copy.
    expected = [p.strip().replace("also\u00a0seems", "also seems") for p in between.split("\n\n")]
    expected = [p for p in expected if p]
    assert len(expected) == 9  # the seed has 9 body paragraphs, not the 12 the issue says
    assert paragraphs_of(seed) == expected
    assert "Leave a Comment" not in seed.body and "6 + 4" not in seed.body
    assert seed.stripped == ("trailer: 2 block(s) from 'Leave a Comment'",)


def test_content_seed_article_is_what_import_produces(seed):
    assert format_markdown(seed) == SEED.read_text(encoding="utf-8")
    assert (
        name_file(seed) == "2017-04-20-how-the-us-and-china-can-find-common-ground-on-north-korea"
    )


# --- the written test inputs ------------------------------------------------------------

# name: headline, date, source, byline, dateline, lang, first and last body words, clutter
CASES = {
    "wire-reuters.txt": (
        "U.S. lawmakers agree on stopgap bill to avert government shutdown",
        "2017-04-21",
        "Reuters",
        (),
        "Washington",
        "en",
        "Leaders of the U.S. Congress",
        "(Reporting by Richard Cowan; Editing by Peter Cooney)",
        ["WASHINGTON (Reuters)", "Share this", "Our Standards"],
    ),
    "wire-ap-dateline.txt": (
        "China urges restraint as tensions rise over Korean Peninsula",
        "2017-04-20",
        "AP",  # the dateline's "(AP)" over the page's "© 2017 The Associated Press"
        (),
        "Beijing",
        "en",
        "China's foreign minister on Thursday",
        "more than 80 percent of the isolated country's trade.",
        ["BEIJING, April 20", "©", "Facebook", "Twitter", "Email"],
    ),
    "blog-signature.txt": (
        "What a year of growing tomatoes on a balcony taught me",
        "2019-03-03",
        "Field Notes from the Fourth Floor",
        ("Priya Raman",),
        None,
        "en",
        "When I moved into a fourth-floor flat",
        "given most of them away to the neighbours.",
        ["—Priya", "first appeared", "Leave a Reply", "email address", "3 × 2", "Name"],
    ),
    "newsletter-footer.txt": (
        "The week in city hall: budget, bikes and a new library",
        "2022-06-07",
        "Metro Weekly",
        ("Sam Ortiz",),
        None,
        "en",
        "Good morning.",
        "See you next Tuesday.",
        ["View this email", "Subscribe", "receiving this email", "Unsubscribe", "©"],
    ),
    "german-article.txt": (
        "Stadtrat beschließt zwanzig Kilometer neue Radwege",
        "2017-04-20",
        "Stadtanzeiger Musterstadt",
        ("Anna Schmidt",),
        None,
        "de",
        "Der Stadtrat hat",
        "noch vor dem Sommer zu reden.",
        ["Anzeige", "Quelle", "Kommentar", "Von Anna"],
    ),
    "french-article.txt": (
        "Le conseil municipal adopte le budget après une longue séance",
        "2017-04-20",
        "Le Journal de Lyon",
        (),
        None,
        "fr",
        "Le conseil municipal a adopté",
        "« modeste et nécessaire ».",
        ["Publié", "Partager", "Lire la suite", "©"],
    ),
    "originally-published.txt": (
        "Why deep-sea mining is a bigger gamble than it looks",
        "2019-11-05",
        "The Conversation",
        (),
        None,
        "en",
        "Companies want to mine",
        "before the first licences are granted.",
        ["originally published", "2019-11-05"],
    ),
    "no-date.txt": (
        "A guide to the new recycling rules",
        None,
        "City Desk",
        (),
        None,
        "en",
        "From next month, glass",
        "Garden waste collections stay as they are.",
        ["Source:"],
    ),
    "kicker-opinion.txt": (
        "Why the old bridge should be rebuilt, not replaced",
        "2018-05-02",
        "The Riverside Courier",
        (),
        None,
        "en",
        "The old bridge has carried",
        "keep a landmark that people love.",
        ["Opinion", "(Source"],
    ),
    "several-headlines.txt": (
        "City council approves the spending plan",
        "2020-04-03",
        None,
        (),
        None,
        "en",
        "The city council approved",
        "too little money for road repairs.",
        ["April 3"],
    ),
    "cookies-and-read-more.txt": (
        "Harbour seals return to the estuary after thirty years",
        "2021-06-14",
        "Coastal News",
        (),
        None,
        "en",
        "Harbour seals have been seen",
        "fifty metres from the animals.",
        [
            "cookies",
            "Share on",
            "Advertisement",
            "Click here",
            "Read more",
            "Related",
            "Otters",
            "Copyright",
            "Updated",
        ],
    ),
    "jsonld-newsarticle.html": (
        "Council votes to keep the harbour ferry running",
        "2021-03-14",
        "The Harbour Gazette",
        ("Maria Lopes",),
        None,
        "en-GB",
        "The town council voted 7 to 2",
        "when passenger numbers for the winter are known.",
        [
            "cookies",
            "Share this",
            "Comments",
            "Great news",
            "Leave a Reply",
            "3 × 2",
            "Related",
            "Bus fares",
            "Subscribe",
            "By Maria",
            "Home",
        ],
    ),
    "jsonld-graph-german.html": (
        "Hochwasser: Die Pegel sinken langsam",
        "2024-01-05",
        "Nordkurier Beispiel",
        ("Jonas Weber", "Lea Fischer"),
        None,
        "de-DE",
        "An der Elbe und ihren Nebenflüssen",
        "unterstützt von Helfern des Technischen Hilfswerks.",
        ["Cookies", "Anzeige", "Mehr zum Thema", "Deiche?"],
    ),
    "opengraph-only.html": (
        "Night trains are back, and they are full",
        "2023-09-18",
        "Rail Review",
        (),
        None,
        "en-IE",
        "Sleeper services between",
        "the cost of a night service.",
        ["Subscribe", "©", "Rail Review"],
    ),
    "comments-section.html": (
        "Ten years of the community orchard",
        "2016-10-02",
        "Green Lanes",
        ("Tom Fletcher",),
        None,
        "en",
        "Ten years ago a dozen neighbours",
        "come along on the first Saturday in December.",
        [
            "Share this",
            "Responses",
            "lovely story",
            "brambles",
            "Leave a Reply",
            "6 + 4",
            "Posted on",
        ],
    ),
    "saved-page-with-image.html": (
        "A new footbridge opens over the canal",
        "2022-05-12",
        "Canal Times",
        (),
        None,
        "en",
        "The new footbridge between the market",
        "from a regional transport fund.",
        [],
    ),
    "newsletter.html": (
        "The comet that came back",
        "2025-02-14",
        "Science Weekly",
        ("Ruth Adeyemi",),
        None,
        "en",
        "Hello again.",
        "Until next week, clear skies.",
        ["View this email", "receiving this email", "Unsubscribe", "preferences"],
    ),
}


def test_at_least_fifteen_written_inputs_all_covered():
    names = sorted(path.name for path in IMPORTS.iterdir() if path.suffix in (".txt", ".html"))
    assert len(names) >= 15
    assert names == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_written_input_imports_right(name):
    headline, date, source, byline, dateline, lang, first, last, clutter = CASES[name]
    article = parse_fixture(name)
    assert article.headline == headline
    assert (article.date.isoformat() if article.date else None) == date
    assert article.source == source
    assert article.byline == byline
    assert article.dateline == dateline
    assert article.lang == lang
    paragraphs = paragraphs_of(article)
    assert paragraphs[0].startswith(first)
    assert paragraphs[-1].endswith(last)
    for phrase in clutter:
        assert phrase not in article.body, phrase


def test_the_written_inputs_report_what_they_left_out():
    assert parse_fixture("cookies-and-read-more.txt").stripped == (
        "cookie notice 'We use cookies to improve your experi...'",
        "share buttons 'Share on Facebook'",
        "advertisement 'Advertisement'",
        "click here 'Click here to sign up for our wildlif...'",
        "trailer: 3 block(s) from 'Read more: Puffins thrive on the nort...'",
    )


def test_kicker_line_over_the_headline():
    assert parse_fixture("kicker-opinion.txt").kicker == "Opinion"


def test_several_candidate_headlines_are_reported_and_noted():
    article = parse_fixture("several-headlines.txt")
    assert article.other_headlines == ("Mayor hails a historic deal on housing and transport",)
    assert tuple(d.message for d in article.doubts) == (
        "several candidate headlines: used the first line 'City council approves the spending "
        "plan'; the others are noted in the front matter ('Mayor hails a historic deal on "
        "housing and transport')",
    )
    assert "# other candidate headline: Mayor hails a historic deal" in format_markdown(article)


def test_no_date_is_never_invented_and_is_left_for_the_user():
    article = parse_fixture("no-date.txt")
    assert article.date is None
    assert tuple(d.message for d in article.doubts) == (
        "no date found: 'date' is left for you to fill in (tearsheet check reports it)",
    )
    assert "# date: YYYY-MM-DD (not found in the source: fill it in)" in format_markdown(article)
    assert name_file(article) == "a-guide-to-the-new-recycling-rules"


def test_a_page_tearsheet_wrote_imports_back(tmp_path, seed):
    from conftest import build

    assert build([SEED], tmp_path, "--formats", "html") == 0
    page = parse_html((tmp_path / "2017-04-20-us-china-north-korea.html").read_bytes())
    assert (page.headline, page.date, page.lang) == (seed.headline, seed.date, "en")

    def plain(paragraphs: list[str]) -> list[str]:
        return [" ".join(p.split()).replace("--", "—") for p in paragraphs]

    assert plain(paragraphs_of(page)) == plain(paragraphs_of(seed))


def test_copyright_year_in_a_page_footer_is_not_taken_for_a_date():
    page = (
        "<html><head><title>Quiet week</title></head><body><article><p>"
        + "Nothing much happened at the council this week, and nobody minded at all. " * 3
        + "</p></article><footer>© 2019 Town Crier</footer></body></html>"
    )
    assert parse_html(page).date is None


def test_wire_dateline_without_a_year_anywhere_gives_no_date():
    text = "Headline here\n\nBEIJING, April 20 (AP) — A first paragraph that is long enough.\n"
    article = parse_text(text, lang="en")
    assert article.date is None
    assert article.dateline == "Beijing"
    assert "the wire dateline 'April 20' has no year, and no other date was found" in [
        d.message for d in article.doubts
    ]


@pytest.mark.parametrize(
    ("first", "dateline", "source", "kept"),
    [
        ("NEW YORK — The city said on Monday that it would", "New York", None, "The city said"),
        ("BERLIN (dpa) - Die Regierung hat am Montag erklärt", "Berlin", "dpa", "Die Regierung"),
        (
            "WASHINGTON, D.C. (AP) — Officials said on Monday that",
            "Washington, D.C.",
            "AP",
            "Officials said",
        ),
        ("UPDATE - The company said on Monday that it would", None, None, "UPDATE - The"),
        ("The CEO — who joined in May — said it would grow", None, None, "The CEO — who"),
    ],
)
def test_wire_datelines(first, dateline, source, kept):
    article = parse_text(f"Headline\n\n2020-01-02\n\n{first} do more.\n", lang="en")
    assert (article.dateline, article.source) == (dateline, source)
    assert article.body.startswith(kept)


def test_page_images_keep_alt_text_and_links_resolve_against_the_address():
    article = parse_html((IMPORTS / "jsonld-newsarticle.html").read_bytes())
    assert article.images == [
        ("The ferry leaving the harbour at dawn", "https://gazette.example/img/ferry.jpg")
    ]
    assert "[Ellen Jones](https://example.org/jones)" in article.body
    local = parse_html((IMPORTS / "saved-page-with-image.html").read_bytes())
    assert local.images == [("The footbridge seen from the towpath", "river.png")]
    remote = parse_html(
        (IMPORTS / "saved-page-with-image.html").read_bytes(), "https://canaltimes.example/a/b"
    )
    assert remote.images[0][1] == "https://canaltimes.example/a/river.png"


def test_empty_text_is_an_error():
    with pytest.raises(ContentError, match="nothing to import: the text is empty"):
        parse_text("\n \n", lang="en")
    with pytest.raises(ContentError, match="no body text under the headline"):
        parse_text("Just a headline\n", lang="en")


def test_page_without_article_text_is_an_error():
    with pytest.raises(ContentError, match="found no article text in the page"):
        parse_html("<html><head><title>T</title></head><body><div></div></body></html>")


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("April 20, 2017", "en"),
        ("20 April 2017", "en"),
        ("2017-04-20", "en"),
        ("Apr. 20, 2017 5:03 PM EDT", "en"),
        ("Published: April 20, 2017", "en"),
        ("Thursday, April 20, 2017", "en"),
        ("Updated 20 April 2017", "en"),
        ("20. April 2017", "de"),
        ("Veröffentlicht am 20.04.2017", "de"),
        ("Publié le 20 avril 2017", "fr"),
        ("20 de abril de 2017", "es"),
    ],
)
def test_date_lines_in_the_common_forms(line, lang):
    assert parse_date_line(line, lang) == dt.date(2017, 4, 20)


@pytest.mark.parametrize(
    "line",
    [
        "April 20",
        "2017",
        "6 + 4 =",
        "(Source: Bloomberg)",
        "For the moment, fear of U.S. retaliation appears to have dissuaded North Korea in 2017",
        "2017-02-30",
    ],
)
def test_lines_that_are_not_full_dates(line):
    assert parse_date_line(line, "en") is None


# --- clutter and attribution rules (data; each one tested) ------------------------------

CLUTTER_EXAMPLES = {
    "comment form": [
        "10 thoughts on “Business Focus: It’s Why Some People Triumph Online”",
        "One Response to “Sourdough at home”",
        "3 Gedanken zu „Kaffee aus Kolumbien“",
        "2 réflexions sur « Le phare de Kéréon »",
        # The comment section's rules over it.
        "The rules of replying:",
        "Kommentarregeln",
        "Kommentoinnit on suljettu",
        "Comentariile sunt închise",
        "Yorumlar kapalı",
        "Comments are closed.",
        "Les commentaires sont fermés.",
        "Sé el primero en comentar",
        "Bądź pierwszy, skomentuj",
        "Join the conversation",
        "Partecipa alla discussione",
        "Leave a Comment",
        "Leave a Reply",
        "Post a comment",
        "12 Comments",
        "Log in to comment",
        "You must be logged in to post a comment.",
        "Melden Sie sich an, um einen Kommentar zu schreiben",
        "Connectez-vous pour commenter",
        "Accedi per lasciare un commento",
        "Zaloguj się, aby dodać komentarz",
        "Увайдзіце, каб пакінуць каментар",
        "Войдите, чтобы оставить комментарий",
    ],
    "comment count": [
        "Comenta",
        "Commentez",
        "opinie (84)",
        "Komentáře 12",
        "5 σχόλια",
        "Комментарии (3)",
        "Kommentieren",
        "Skomentuj",
        "Commenter",
    ],
    "captcha": ["6 + 4 =", "What is 3 × 2?", "I'm not a robot"],
    "share buttons": [
        "Deel dit artikel",
        "Sdílejte článek",
        "Dela artikeln",
        "Share this",
        "Share this article:",
        "Share on Facebook",
        "Teilen: Facebook X",
    ],
    "advertisement": [
        "Anuncio",
        # The note that the story goes on under a video.
        "Dalsza część artykułu pod materiałem wideo",
        "Der Artikel wird unter dem Video fortgesetzt",
        "Advertisement · Scroll to continue",
        "Publicidad • Sigue el artículo",
        "Report this ad",
        "Advertisement - Scroll to continue",
        "Anzeige - Weiter nach der Anzeige",
        "L'article continue après la publicité",
        "El artículo continúa después del anuncio",
        "O artigo continua após a publicidade",
        "Dalsza część artykułu pod reklamą",
        "Advertisement",
        "ADVERTISEMENT",
        "Anzeige",
        "ADV",
        "- Reklame -",
        "[Ad]",
        "Video Ad Feedback",
    ],
    "newsletter sign-up": [
        "Join the Mirror Football WhatsApp community for the latest news, transfers and views",
        "Don't miss updates from Riverside Daily!",
        "Vous avez aimé cet article ? Abonnez-vous à la lettre du Courrier de la Vallée.",
        "Ne manquez rien de Ouest-Val !",
        "Get the latest news delivered to your inbox every morning.",
        "Subscribe to our newsletter",
        "Sign up for our newsletter today"
        "Sign up to the Daily H, a free newsletter curated by our editors.",
        "Cold Compost is a reader-supported publication. To receive new posts, subscribe.",
        "📲 Participe do canal do g1 PE no WhatsApp",
        "What did you think of today's issue?",
        "👉 Vous avez aimé ce numéro ? Transférez-le à un·e collègue.",
        "Clima y Medio Ambiente: lo más importante, cada semana en tu correo",
        "Das Wichtigste aus der Region, jeden Morgen in Ihrem Postfach.",
        "«Le Matin lémanique - L'essentiel» vous propose le meilleur de l'actualité chaque matin.",
        "Morning Brief delivers the day's top stories every morning.",
        "Il Punto ti porta il meglio delle notizie ogni mattina.",
    ],
    "newsletter footer": [
        "Получавате този имейл, защото сте абонат на нашия сайт.",
        "Примили сте ову поруку јер сте се пријавили.",
        "Afmelden",
        "Avregistrera",
        "Απεγγραφή",
        "إلغاء الاشتراك",
        "הסרה מרשימת התפוצה",
        "配信停止",
        "退订",
        "수신거부",
        "सदस्यता समाप्त करें",
        "ยกเลิกการรับข่าวสาร",
        "لقد تلقيت هذه الرسالة لأنك مشترك في نشرتنا الإخبارية.",
        "このメールは配信登録いただいた方にお送りしています。",
        "您收到此邮件是因为您订阅了我们的通讯。",
        "이 메일은 뉴스레터를 구독하신 분께 발송됩니다.",
        "Unsubscribe",
        "Afmeld nyhedsbrev",
        "Odhlásit odběr",
        "Отписаться от рассылки",
        "Manage your subscription",
        "Gérer mon abonnement",
        "Ta wiadomość została wysłana do Ciebie, ponieważ zapisałeś się na newsletter.",
        "Dieser Newsletter wurde an Sie gesendet, weil Sie sich angemeldet haben.",
        "Tento e-mail dostáváte, protože jste se přihlásili k odběru. Odhlásit se",
        "You are receiving this email because you signed up.",
        "You're receiving this because you signed up at example.org.",
        "Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί στα newsletters μας.",
        "Ezt a levelet azért kaptad, mert feliratkoztál a hírlevelünkre.",
        "Du får det här mejlet eftersom du prenumererar på vårt nyhetsbrev.",
        "Saat tämän viestin, koska olet tilannut uutiskirjeemme.",
        "Вы получили это письмо, потому что подписались на рассылку.",
        "Anda menerima email ini karena berlangganan buletin kami.",
        "Bạn nhận được email này vì đã đăng ký nhận bản tin.",
        "U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld.",
        "Si no voleu rebre més comunicats, responeu a aquest correu amb l'assumpte BAIXA.",
        "If you no longer wish to receive these emails, reply STOP.",
        "Wenn Sie diesen Newsletter nicht mehr erhalten möchten, klicken Sie hier.",
        "Si vous ne souhaitez plus recevoir nos communiqués, écrivez-nous.",
        "Se non desideri più ricevere questa newsletter, rispondi a questa e-mail.",
        "Jeśli nie chcesz otrzymywać naszych wiadomości, wypisz się tutaj.",
        "Coopérative des Pentes · 12 rue des Tables · 69001 Lyon Vous recevez ce courriel car "
        "vous êtes membre. Se désinscrire |",
        "Acme Ltd · 1 High St · London You are receiving this because you signed up.",
        "Stadtwerke Tübingen | Eisenhutstraße 6 | 72072 Tübingen Sie erhalten diese E-Mail, weil "
        "Sie Kunde sind.",
        "Šį laišką gavote, nes užsiprenumeravote savivaldybės naujienlaiškį. Atsisakyti "
        "prenumeratos",
        "Vous recevez cette lettre car vous êtes inscrit(e) à la lettre d'information de la "
        "Ville. Se désinscrire | Gérer mes préférences",
    ],
    "mailing list privacy note": [
        "Ai sensi del Regolamento UE 2016/679 La informiamo che il suo indirizzo è presente "
        "nella mailing list dell'Ufficio Stampa.",
        "Gemäß DSGVO speichern wir Ihre E-Mail-Adresse nur für den Versand dieses Newsletters.",
    ],
    "page record": [
        "Informację wytworzył: Zespół Prasowy Opublikował: Administrator BIP Liczba odwiedzin: 214",
        "Zveřejnil: Tiskové oddělení Počet zobrazení: 1 204",
    ],
    "view in browser": [
        "View this email in your browser",
        "View this post on the web at https://example.substack.com/p/a-post",
        "Voir la version en ligne",
        "Newsletter im Browser ansehen",
        "Si ce message ne s’affiche pas correctement, consultez la version en ligne.",
    ],
    "related articles": [
        "VÍDEOS: mais assistidos do Portal Litoral",
        "Most watched",
        "相关推荐",
        # A most-read box for the story's section.
        "Más leídas de Espectáculos",
        "Meistgelesen in Sport",
        "Most read in Business",
        "ALSO IN THE NEWS",
        # French capitals often drop their accent: "A la une" for "À la une".
        "A la une",
        "À lire également",
        "Dans la même rubrique",
        "SK+ Auch interessant",
        "More news",
        "Meer nieuws:",
        "और खबरें...",
        "Więcej wiadomości",
        "Nejčtenější články",
        "Relaterade artiklar",
        "Похожие новости",
        "Σχετικά άρθρα",
        "Đọc nhiều nhất",
        "よく読まれている記事",
        "相关新闻",
        "많이 본 기사",
        "الأكثر قراءة",
        "כתבות נוספות",
        "संबंधित खबरें",
        "Najpopularniejsze",
        "Más leídas",
        "Le più lette",
        "Verwandte Themen",
        "Sujets associés",
        "More from this author",
        "Plus d'articles de cet auteur",
        "Altri articoli dell'autore",
        "Więcej od autora",
        "Trending now",
        "Top stories",
        "Últimas noticias",
        "Последние новости",
        "Related articles",
        "You may also like",
        "More from Bloomberg:",
        "Most popular",
        "Meistgelesen",
        "Les plus lus",
        "Recommended reading",
        "Latest from Obituaries",
        "Mest läst",
        "SUSIJĘ",
        "Související",
        "Related",
        # The "related" word with the one noun it qualifies, in either order.
        "Noticia relacionada",
        "Kapcsolódó cikk",
        "Articolo correlato",
        "Powiązany artykuł",
        "Σχετικό άρθρο",
        "संबंधित खबर",
        "Bài liên quan",
        "כתבות נוספות באתר",
        "Relacionadas:",
    ],
    "article number": [
        "کد خبر ۸۹۴۵۱۲",
        "News ID: 894512",
        "Haber No: 2391847",
        "Article #4482913",
        "Mã bài viết 1048392",
    ],
    "reading time": [
        # Not first: the test of what follows a rule's line puts its example under the first
        # paragraph, where a reading time after a dash ends the header (the paragraph over
        # it read as the dek, as Ghost prints them).
        "Listen to this article · 6:42",
        "— 7 min read",
        "· 5 min read",
        "3 min read",
        "阅读时间 3 分钟",
        "Waktu baca 3 menit",
        "Thời gian đọc: 3 phút",
        "Czas czytania: 5 min",
        "Время чтения: 4 минуты",
        "Artikel anhören",
        "Dengarkan artikel ini",
    ],
    "audio note": [
        "Audio is generated by AI.",
        "Produced by ElevenLabs and News Over Audio (NOA) using AI narration.",
    ],
    "author box": [
        "About the author",
        "Sobre la firma",
        "Über den Autor:",
        "लेखक के बारे में",
        "Les auteurs",
        "L’autrice",
        "Bio dell'autore",
        "The authors",
        "Die Autorinnen",
        "Sobre los autores",
        "Os autores",
        "Autorzy",
        "Об авторах",
        "Social Links Navigation",
    ],
    "continue button": ["Haberin Devamı", "Yazının devamı", "Devamı"],
    "read more": [
        "LEE ADEMÁS",
        "Czytaj również: Wrocław. Nowa linia tramwajowa na Jagodno otwarta",
        'Lasi arī: "Zemgale" pirmajā pusfināla spēlē sagrauj "Liepāju"',
        "Skaitykite ir tai",
        "Odporúčam aj:",
        "A lire aussi",
        "À lire aussi : Le prix des loyers flambe à Lyon",
        "อ่านข่าวที่เกี่ยวข้อง",
        "Le puede interesar: Así quedó el tráfico en la autopista tras el choque",
        "Lire aussi | Article réservé à nos abonnés Dans les Alpes, les refuges cherchent des gardiens pour l’été prochain et peinent à en trouver",
        "Leia também: Prefeitura anuncia novas linhas de ônibus para o bairro do Campo Limpo a partir de março do ano que vem, com horários ampliados",
        "Jetzt weiterlesen",
        "També et pot interessar",
        "Us pot interessar",
        "Lees verder",
        "Sigue leyendo",
        "Continua a leggere",
        "Continuar lendo",
        "Read more",
        "PRZECZYTAJ TEŻ:",
        "Polecamy",
        "ÖNERİLEN HABERLER",
        "You may also be interested in:",
        "بخش‌هایی که شاید علاقه داشته باشید",
        "Lue lisää: Lapin taidemuseo avaa laajan retrospektiivin keväällä",
        "Läs mer: Så blir vädret i helgen",
        "Czytaj dalej",
        "Read more: Puffins thrive",
        "SOMA ZAIDI: TMA yatoa tahadhari ya mvua kubwa mikoa ya pwani",
        "Karanta kuma: Gwamnati ta kaddamar da shirin noma",
        "Lexo edhe: Qeveria miraton buxhetin",
        "Həmçinin oxuyun",
        "ഇതുകൂടി വായിക്കൂ: മഴ തുടരും",
        "ಇದನ್ನೂ ಓದಿ",
        "یہ بھی پڑھیں: کراچی میں پانی کی قلت",
        "Basahin: Jeepney modernization, itinuloy",
        "ასევე წაიკითხეთ",
        "Continue reading",
        "Related: The 15 Weirdest Galaxies in Our Universe",
        "Baca juga: Cara menghadapi gempa saat berada di dalam gedung",
        "Also read | Kerala's last letterpress printers",
        "Related topics: Severe weather warnings for Wales: What do they mean?",
        "More: Poudre School District faces $12 million shortfall",
        "Читайте также: В Татарстане построят десять новых школ",
        "ये भी पढ़ें",
        "عוד בנושא:".replace("ع", "ע"),
        "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ",
        "Mirá también",
        "Más información",
        "อ่านข่าวเพิ่ม :",
        "Pročitajte još",
        "相关阅读：",
        "Te recomendamos:",
        "İlgili Haberler",
    ],
    "chart credit": [
        "Gráfico: gasto medio por turista y afiliados en hostelería, 2019-2026. Fuente: INE y "
        "Seguridad Social.",
        "Forrás: KSH, MNB. Grafikon: Telex",
        "Chart: Statista",
        "Grafik: dpa-infografik",
    ],
    "photo caption": [
        "A atriz Dira Lobato em cena de 'O Rio Dorme Tarde', de Raimundo Tavares - Divulgação",
        "O prefeito durante a entrevista em vídeo - Reprodução/TV Globo",
        "الدكتور هشام عبد اللطيف خلال أعمال الحفائر - تصوير: أحمد سمير",
        "Foto: APA/ZOOM.TIROL",
        "Photo: picturedesk.com",
        "Un pivot d’irrigation à l’arrêt près de Voves (Eure-et-Loir), le 12 mars 2026. LÉA DUMONT POUR « LE MONDE »",
        "Źródło zdjęcia głównego: KM PSP w Łodzi",
        # The photographer after the caption's stop and a dash (Le Soir).
        "Sarah Moens-Diallo sur le toit d'un entrepôt d'Anderlecht, où elle entretient une "
        "douzaine de ruches. - Pierre-Yves Thienpont.",
        # The photographer's initial with its stop.
        "Commuters wade through a waterlogged stretch on Poonamallee High Road in Chennai on "
        "Tuesday. | Photo Credit: M. Vedhan",
        "Fishermen pull their boats ashore at Marina Beach. Photo: R. Ragu",
        "Sniegas Vilniuje | BNS nuotr.",
        "Vilniaus gatvės po pūgos. Vida Press nuotr.",
        "The latest case was reported after a hunter ate a rabbitCredit: Getty - Contributor",
        "A habitation module compared to its equivalent. Credit: ESA",
        "Firefighters at the scene on Monday. Photo: Anna Berg",
        "Protesters march in Santiago on Friday. (AP Photo/Esteban Felix)",
        "The arena has been closed since mid-December. Photo by Jordan Pelletier /Sault Star",
        "Ruth Anderssen, 81, climbs the 94 steps of the tower she grew up in. (Jonah Reyes)",
        "Representational image. (File)",
        "Riders at the Fulton Street station.Credit...Hilary Swift for The New York Times",
        "A mólón csak néhány horgász ül. Fotó: Nagy Balázs",
        "US troops remain in Afghanistan, 18 years after the invasion [File: Reuters]",
        "A man rides on a donkey in the village of Kifl Hares. Jaafar ASHTIYEH / AFP",
        "The border check point near Nogales, Ariz. (AP)",
        "Image copyright Getty Images",
        "De brug in Veghel (foto: Google Streetview).",
        "Doris Pennington at the wheel of the bookmobile (Luke Sharrett for The Atlantic)",
        "Le phare de Kéréon, en juin 2024. THOMAS LOUAPRE / DIVERGENCE POUR « LE MONDE »",
        "A plow clears snow on Hennepin Avenue. (Aaron Lavinsky/The Minnesota Star Tribune)",
        "Passeggeri in attesa alla stazione di Santa Maria Novella (ansa)",
        "Bouwplaats in Utrecht-Leidsche Rijn. Foto Sem van der Wal/ANP",
        "Radość polskich siatkarzy po wygranym półfinale. Fot. FIVB",
        "El embalse de Sau, el pasado jueves. MASSIMILIANO MINOCRI",
        "Foto ter illustratie. © Belga",
        "Wiremu Hetaraka at work in his workshop in 2019. Photo / Michael Cunningham",
        "Dolores Martinez in her classroom in 1987. (Courtesy of the Martinez family)",
        "Lucrecia Paz durante el rodaje. Gentileza Sal de Altura Films",
        "서울 시내 아파트 단지 모습 [연합뉴스 자료사진]",
        "منشأة لتكرير النفط - أرشيفية",
        "Строительство метро в Казани. Егор Алеев/ТАСС",
        "Jesse Mensah als Prospero. Beeld Sanne Peper",
        "Gabriela Rezende, 27, na secagem dos grãos - Joel Silva/Folhapress",
        "Passageiros no terminal Parque Dom Pedro 2º - Rivaldo Gomes - 15.mai.26/Folhapress",
        "Zo moet de nieuwe fietsbrug eruit gaan zien (illustratie: Gemeente Tilburg).",
        "So soll der neue Platz aussehen (Grafik: Stadt Freiburg)",
        "Marcel Dardenne dans son atelier de Chênée, en 2018. © Belga.",
        "Vargen i reviret har angripit får vid fyra tillfällen sedan december. Arkivbild.",
        "Ein Wolf im Nationalpark Bayerischer Wald, aufgenommen im Winter. Archivbild",
        "Un bloque de viviendas en el barrio de Sant Antoni, en Barcelona.Albert Garcia",
    ],
    "cookie notice": ["We use cookies to improve your experience.", "This site uses cookies."],
    "review score": [
        "Rating: 4.5/5 ★★★★½",
        "Terningkast 4",
        "Giudizio: ★★★½☆ 3,5/5",
        "Nota noastră: 7,5/10",
        "Betyg 4 av 5",
        "★★★★☆",
    ],
    "wire standards note": ["Our Standards: The Thomson Reuters Trust Principles."],
    "sign-up box": [
        "We use your sign-up to provide content in ways you've consented to and improve our "
        "understanding of you. You can unsubscribe at any time. More info",
        # What the box says once sent: thanks, an error, a pitch for the subscription.
        "Thank you for signing up!",
        "Danke für Ihre Anmeldung.",
        "Sorry, there seem to be some issues. Please try again later.",
        "Did you know with a Digital Subscription to Yorkshire Evening Post, you can get "
        "unlimited access to the website including our premium content, as well as "
        "benefiting from fewer ads, loyalty rewards and much more.",
        "Subscribe to Shelf Life",
        "Launched 3 years ago",
        "By Priya Nair · Hundreds of paid subscribers",
        "Type your email...",
        "Votre adresse e-mail",
        "Inserisci la tua email",
        "Wpisz swój adres e-mail",
    ],
    "sponsor label": ["PARTENAIRE", "Sponsored by Civiqo", "Partner:", "Präsentiert von Acme"],
    "separator line": ["___", "* * *", "=====", "———"],
    "tags line": [
        "الكلمات المفتاحية",
        "Tags: chlorine, sourdough, water",
        "In questo articolo si parla di: contrattazione, produttività, salari",
        "Schlagworte: Freizeit, Schwimmen, Lünen",
        "Mots-clés : retraites, démographie",
        "Теги: Київ, опалення, погода",
        "Etiketler:",
        "タグ：京都, 旅館",
        "Topics",
        "Schlagwörter",
        # Hashtags alone on the line, in any script.
        "#gardening",
        "#viaggi #montagna #dolomiti",
        "#여행 #제주",
        "Labels: recepty, zima",
        "Libellés : voyage, Bretagne",
        "ป้ายกำกับ: ข้าวซอย, เชียงใหม่",
        "Tagovi",
    ],
    "licence note": [
        "本文链接：https://amu.blog/2026/01/bike-commute/",
        "This work is licensed under a Creative Commons Attribution 4.0 International License.",
    ],
    "paid mark": [
        "VG+",
        "Z+",
        "Plus-artikel",
        "SZ Plus",
        "WELTplus",
        "FT Premium",
        "Abo",
        "Abonnés",
        "Abonné",
        "Subscribers",
    ],
    "page notice": [
        "Encaminharam este e-mail para você? Assine aqui para receber mais",
        "Ler no app",
        "¿Te reenviaron este correo? Suscríbete aquí para recibir más",
        "PDFファイルをご覧いただくには、Adobe Acrobat Readerが必要です。お持ちでない方は、アドビ社のサイトからダウンロードしてください。",
        "Adobe Acrobat Readerのダウンロードへ（外部リンク）",
        "To view PDF files you need Adobe Reader, which you can download for free.",
        "Paid",
        "This article is more than 1 year old",
        "Dieser Artikel ist älter als ein Jahr alt",
        "Article réservé aux abonnés",
        "Offrir cet article",
        "Jump to recipe",
        "This post may contain affiliate links. Please read my disclosure policy.",
        "This advertisement has not loaded yet, but your article continues below.",
        "Thanks for reading Main Street Notes! This post is public so feel free to share it.",
        "Watch live: evening newscast",
        "READ IN APP",
        "Forwarded this email? Subscribe here for more",
        "∙ Paid",
    ],
    "story notes": [
        "This is a developing story and will be updated.",
        "Dit liveblog wordt bijgewerkt. Het liveblog van gisteren lees je hier.",
        "This live blog is now closed. You can find our latest coverage here.",
        "Unser Liveticker ist beendet.",
        "Ce direct est terminé.",
        "Do you have an opinion on the issues raised in this article? Submit a response.",
    ],
    "credit mark": [
        "(sama)",
        "Molly Brandt/The Coloradoan",
        "Gentileza",
        "Courtesy of the family",
        "Jon Shapley/Staff photographer",
        "Ann Lee/For The Chronicle",
    ],
    "press notes": [
        "Imetolewa na:",
        "Issued by:",
        "Notes to editors",
        "Media contact:",
        "Noot voor de redactie, niet voor publicatie:",
        "Lisätietoja:",
        "Weitere Informationen:",
        "Papildu informācija:",
        "Daugiau informacijos:",
        "Informazio gehiago:",
        "Gehiago jakiteko:",
        "Pressekontakt:",
        "Contact presse :",
        "Forward-looking statements",
        "Safe Harbor Statement",
        "Per a més informació:",
        "Weitere Auskünfte:",
        "Rückfragen:",
        "Media enquiries:",
        "Kontaktinformasjon",
        "Contact information:",
        "Dane kontaktowe",
        "Renseignements :",
        "Per informazioni:",
    ],
    "contact line": [
        "Contact: theeditor@punchng.com",
        "E-Mail: presse@stadtwerke-muenster.de",
        "Telefon +41 51 220 41 11",
        "Tel.: 0800 123 456",
    ],
    "footer links": [
        "Impressum",
        "Impresszum",
        "Impressum | Datenschutz | Kontakt",
        "Mentions légales · CGU · Cookies",
        "Privacy policy",
    ],
    "rights notice": [
        "All rights reserved. This material, and other digital content on this website, may "
        "not be reproduced, published, broadcast, rewritten or redistributed in whole or in "
        "part without prior express written permission.",
        "É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação.",
        "Tutti i diritti riservati. È vietata la riproduzione anche parziale.",
        "При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових "
        "систем гіперпосилання не нижче першого абзацу на «ukrinform.ua» обов’язкові.",
        "При использовании материалов ссылка на сайт обязательна.",
        "When quoting our materials, a hyperlink to the source is required.",
        "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan "
        "haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.",
        "Stories for subscribers are summarised here. For subscriptions, please contact our "
        "sales desk.",
    ],
    "follow call": [
        "ติดตามข่าวสารกีฬาล่าสุดได้ที่ ไทยรัฐออนไลน์",
        "ติดตามอ่านข่าวเศรษฐกิจได้ที่ www.example.co.th",
        "Kövess minket a Facebookon!",
        "Читайте РБК в Telegram",
        "Síguenos en Instagram",
        "Folgen Sie uns auf Instagram.",
        "Suivez-nous sur X",
        "Obserwuj nas na Facebooku!",
        "Bizi Instagram'da takip edin",
        "Join us on Telegram for the latest news",
        "Receba as notícias do g1 no WhatsApp",
        "Kövesse az Indexet a Facebookon!",
        "עקבו אחרינו בפייסבוק",
        "Jetzt unseren WhatsApp-Kanal abonnieren",
    ],
    "newsletter call": [
        "Sign up here.",
        "Hier anmelden",
        "Inscreva-se aqui!",
        "Find out what's happening in Millbrookwith free, real-time updates from Patch.",
        "Meld je gratis aan voor onze nieuwsbrief.",
        "Enjoyed this article? Share it with a friend.",
        "Was this useful? Subscribe for more.",
        "Abonnieren Sie unseren Newsletter.",
        "Inscrivez-vous à notre newsletter",
        "Zapisz się do newslettera",
        "Подпишитесь на нашу рассылку",
        "Bültenimize abone olun",
        "Download our app.",
        "Scarica la nostra app",
        "Baixe o nosso app",
        "The Reuters Power Up newsletter provides everything you need to know about the "
        "global energy industry. Sign up here.",
        "Der Newsletter Klimawoche bringt jeden Freitag das Wichtigste. Hier anmelden.",
        "Notre newsletter « Planète » vous raconte le climat chaque semaine. Inscrivez-vous ici !",
    ],
    "photo call": [
        "Heb je een tip? Mail naar redactie@example.nl.",
        "Hai una segnalazione? Scrivi a redazione@example.it.",
        "Tem uma sugestão de pauta? Escreva para redacao@example.com.br.",
        "Masz zdjęcia lub nagranie? Wyślij na Kontakt 24!",
        "Haben Sie Fotos oder Videos? Schicken Sie sie uns an leser@example.de.",
        "¿Tienes fotos o vídeos? Envíalos a participa@example.es",
        "Have you got a news tip? Email newsdesk@example.com",
        "Hai assistito all'incidente? Scrivici a segnalazioni@example.it",
    ],
    "trial offer": [
        "Jetzt Tagesspiegel Plus testen – 30 Tage gratis",
        "Essayez gratuitement pendant 1 mois",
        "Try it free for 14 days",
        "Il primo mese gratis: abbonati ora",
        "Try 1 month for €1",
        "Essai gratuit de 14 jours",
        "Experimente grátis por 7 dias",
    ],
    "link arrow": ["Přečíst celý článek →", "Weiter zum Artikel →", "Voir le programme complet »"],
    "teaser link": [
        "+ Veja a tabela do Brasileirão",
        "► Lesen Sie auch: Die Bahn streicht weitere Züge",
        "En Xataka | Los mejores portátiles para estudiantes en 2026",
    ],
    "share with friends": [
        "Sdílejte Ranní briefing s přáteli",
        "Share this newsletter with your friends",
        "Teilen Sie den Newsletter mit Freunden",
    ],
    "page feedback": [
        "Páčil sa vám článok?",
        "Hat Ihnen der Artikel gefallen?",
        "Did you enjoy this article?",
        "Was this article helpful?",
        "Did you find this article valuable?",
        "Was this page helpful? Yes No",
        # French spacing before the question mark, the site's pitch after it.
        "Cet article vous a été utile ? Abonnez-vous pour soutenir notre rédaction.",
        "Quanto sono chiare le informazioni su questa pagina?",
        "War dieser Artikel hilfreich?",
        "¿Te ha resultado útil esta información?",
        "Czy ten artykuł był pomocny?",
        "Была ли эта статья полезной?",
        "この記事は役に立ちましたか？",
    ],
    "search box": ["O que você procura?", "Wonach suchen Sie?", "¿Qué estás buscando?"],
    "page control": [
        "Vágólapra másolva!",
        "Link copied!",
        "Link kopiert",
        "Zurück zum Seitenanfang",
        "Wróć na górę",
        "Next article",
        "Nächster Artikel",
        "Article précédent",
        "Siguiente artículo",
        "Articolo successivo",
        "Vorig artikel",
        "Poprzedni artykuł",
        "Bildergalerie",
        "Galería de fotos",
        "Galeria zdjęć",
        "字体：[大 中 小]",
        "Font size: A A A",
        "1.4K",
        "2.1K Followers",
        "84 Followers",
        "Back to top",
        "↑ Nach oben",
        "Retour en haut de la page",
        "Loading…",
        "Cargando...",
        "Mehr anzeigen",
        "Pokaż więcej",
        "Click to enlarge",
        "Cliquez pour agrandir",
        "Link kopieren",
        "Photo 2 of 10",
        "Bild 3 von 12",
        "Play video",
        "Unmute",
        "Key events",
        "Angepinnt",
        "Please turn on JavaScript to use this feature",
    ],
    "button": [
        "Lire plus tard",
        "Offrir l'article",
        "Später lesen",
        "Learn More",
        "Reporta un error",
        "Log in",
        "Se connecter",
        "Iniciar sesión",
        "Zaloguj się",
        "Send us your news tips",
        "Vous avez une info ? Contactez-nous",
        "Upgrade to paid",
        "Give a gift subscription",
        "Report an error",
        "Fehler melden",
        "Signaler une erreur",
        "Merken",
        "Turn on notifications",
        "Read in English",
        "Leer en español",
    ],
    "media label": [
        "Foto de l'autor: la plaça del Sol, de nit",
        "Photo by the author: the harbour at dawn, January 2026",
        "Foto del autor: el mercado de San Telmo un domingo",
        "VÍDEOS: os mais vistos da semana em Campinas",
        "Videos: Die Highlights des Spieltags",
        "Image caption, Protesters gathered outside parliament on Monday",
        "Подпись к фото, Участники акции у здания парламента",
        "Pie de foto, Vecinos ante el edificio derrumbado",
        "WATCH | Storm hits Halifax",
        "VÍDEO: Así fue el incendio",
        "01:12 - Source: WSMV",
    ],
    "print edition note": [
        "A version of this article appears in print on March 11, 2025, Section A, Page 14 "
        "of the New York edition with the headline: Transit Fares Rise.",
        "Questo articolo è uscito sul numero 1641 di Internazionale. Compra questo numero",
        "Dieser Artikel erschien in der Printausgabe vom 12. März 2025.",
        "Cet article est paru dans le numéro 412 du magazine, daté du 12 mars 2025.",
    ],
    "press contact": [
        "For further information please contact: Jane Roe, +44 20 7946 0000",
        "For more information contact:",
        "Berita ini disiarkan oleh Biro Komunikasi dan Pelayanan Publik, Kementerian Kesehatan "
        "RI. Untuk informasi lebih lanjut dapat menghubungi hotline Halo Kemenkes 1500-567.",
        "Voor meer informatie kunt u contact opnemen met de afdeling Communicatie.",
        "Pour plus d'informations, contactez le service de presse au 01 23 45 67 89.",
        "För mer information, kontakta:",
        "For yderligere information, kontakt Mette Holm på 33 12 34 56.",
        "Pro více informací kontaktujte:",
        "Для получения дополнительной информации обращайтесь в пресс-службу.",
    ],
    "error note": [
        "Hast du einen Fehler gefunden? Schreib uns.",
        "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб "
        "повідомити про це редакцію.",
        "Нашли ошибку? Выделите её и нажмите Ctrl + Enter.",
        "Spotted an error? Let us know.",
        "Fehler gefunden? Schreiben Sie uns.",
        "Zauważyłeś błąd? Napisz do nas.",
    ],
    "affiliate note": [
        "*Affiliate-Link: Wenn du über diesen Link etwas kaufst, erhalte ich eine kleine "
        "Provision. Für dich ändert sich am Preis nichts.",
        "Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une "
        "petite commission.",
        "Este post contiene enlaces de afiliado: si compras a través de ellos, recibo una "
        "pequeña comisión.",
        "Wpis zawiera linki afiliacyjne – jeśli coś kupisz, otrzymam prowizję.",
        "As an Amazon Associate I earn from qualifying purchases.",
    ],
    "box end": ["End of story", "پایان داستان", "Fin de la historia", "Конец истории"],
    "review details": [
        "Sofie Brandt: ’Klitterne’. 214 sider, 299,95 kr. Forlaget Vesterhav.",
        "Ilse Verbeek – Het laatste lokaal. Querido; 288 pagina's; € 23,99.",
        "Créée par Anne-Sophie Quéré. Avec Léa Moalic, Pierre Arditi. 6 épisodes de 52 min. "
        "Jeudi 30 janvier à 20h55 sur Arte.",
        "Publisher: Poolbeg Press | Pages: 384 | Source: ARC from publisher, thank you!",
        "Verlag: Hanser · 320 Seiten · 26 Euro",
        "Regia di Paolo Neri. Con Anna Ferri. 98 minuti.",
    ],
    "page footer": [
        # A letterhead's footer from a PDF, the page and the count in the Nordic way.
        "Pohjolan Leipomo Oy | Kujalankatu 3, 15900 Lahti | www.pohjolanleipomo.fi 1 (2)",
        "Nordvind Energi AB | Box 1234, 111 22 Stockholm | nordvind.se 2 (3)",
        "Cyclia SAS – 41 rue de Marseille, 69007 Lyon – Page 1/2",
        "Seite 2 von 3",
        "Page 1 of 2",
        "Strona 3 z 4",
        # Set between dashes, as a PDF prints it.
        "— Halaman 2 dari 3 —",
        "– 4 –",
        # A release's "more follows" at the foot of a page.
        "- more -",
        "(MORE)",
        "– suite –",
        "- mehr -",
        "-continúa-",
    ],
    "list mark": ["list of 2 items", "end of list", "List of 3 items", "list 1 of 2"],
    "social network name": ["Facebook", "Twitter", "LinkedIn", "Email", "Facebook | Twitter"],
    "click here": [
        "Click here to subscribe",
        "Click here for the full report",
        "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
        "Pour lire le rapport complet, cliquez ici.",
        "Opinion editor's note: Strib Voices publishes a mix of commentary online and in "
        "print each day. To contribute, click here.",
    ],
    "skip link": [
        "Skip to main content",
        "Zum Inhalt springen",
        "Aller au contenu",
        "본문 바로가기",
        "Preskoči na sadržaj",
        "Перейти к содержанию",
        "跳到主要内容",
        # A word for "main" after the phrase, and the languages' other wordings.
        "Chuyển đến nội dung chính",
        "Vai al contenuto principale",
        "Zum Hauptinhalt springen",
        "Gå til indhold",
        "Siirry pääsisältöön",
        "Lompat ke konten",
        "Перейти до основного вмісту",
        "انتقل إلى المحتوى الرئيسي",
        "मुख्य सामग्री पर जाएं",
        "コンテンツへスキップ",
        "주요 콘텐츠로 건너뛰기",
        "Vés al contingut",
    ],
    "editor initials": ["ann/ mal/", "PYR // JMR", "/ jm", "(rip/imk)"],
    "end of release": [
        "– EINDE PERSBERICHT –",
        "-- einde persbericht --",
        "Ende der Pressemitteilung",
        "Fin du communiqué",
        "End of press release",
        "-MWISHO-",
        "- Fim -",
        "Slutt",
        "ENDS",
        "-ends-",
        "###",
        "# # #",
        "- 30 -",
        "– FIN –",
        "-TAMAT-",
        "— Konec —",
        "以上",
    ],
    "about the organisation": [
        # Korean releases: "introducing" after the name, in brackets or not.
        "[누리에너지 소개]",
        "누리에너지 소개",
        "About Greenfield Foods",
        "关于华东储能科技",
        "«Самұрық-Энерго» АҚ туралы",
        "Türk Telekom hakkında",
        "UPV/EHUri buruz",
        "Über die Stadtwerke Münster",
        "À propos de la Métropole de Lyon",
        "O společnosti Pivovar Radbuza a.s.",
        "O PKP Intercity",
        "O Polfarm S.A.",
        "O Kovo a.s.",
        "Om Nordvind Service A/S",
        "Σχετικά με την Ελληνική Εταιρεία",
        "About Borealis Cell Systems Inc.",
        "À propos des Transports publics lausannois",
        "เกี่ยวกับ บริษัท สยามโซลาร์ เอนเนอร์ยี จำกัด (มหาชน)",
        'За „Софийска вода"',
        "Mengenai UTM",
        "Kuhusu UNICEF",
        "Acerca da Águas do Porto",
        # The Croatian and Slovenian "about the company".
        "O tvrtki Kraš d.d.",
        "O podjetju Petrol",
        # French elides "de" before a vowel; Polish writes a one-word brand so.
        "À propos d'Altiflux",
        "À propos d’Altiflux",
        "O LogiPak",
    ],
    # The name inflected after "about": Hungarian's suffix.
    "about the organisation, inflected": [
        "A Bakonyvíz Zrt.-ről",
        "A Pécsi Tudományegyetemről",
        "Apie „Kauno energiją“",
        "Apie Telia Lietuvą",
        # ... or not named: "about the company" over the boilerplate.
        "Apie bendrovę",
        "About the company",
        "Om företaget",
        "À propos de l'entreprise",
        "Sobre la empresa",
        "O společnosti",
        "Tietoa yrityksestä",
    ],
}

NOT_CLUTTER = [
    # A detail's value in brackets, longer than an agency's name.
    "Difficoltà: E (escursionistico)",
    # Portuguese "O" is the article: a subheading naming a country or a product.
    "O Brasil",
    "O iPhone",
    # A headline's aside in brackets, no credit in small letters.
    "O que a conta de luz não te conta (ainda)",
    "The city that rebuilt its tram network (again)",
    "Adobe Reader had a flaw that let attackers run code on millions of computers, the firm said.",
    # A subheading naming a chart, a sentence quoting one.
    "The chart: what it shows about the market",
    "Sehen Sie die Grafik: Die Preise steigen seit Jahren deutlich an.",
    # A heading in capitals with Portuguese "o" (what else there is to know) over the
    # newsletter's next section, not Polish "O <company>" (about).
    "O QUE MAIS HÁ PARA SABER",
    "He had 10 thoughts on the matter and shared them all with the committee.",
    "Fin de semana",
    "He said it was over. - The End",
    "With a subscription to the paper the council could save money, he said.",
    "Sorry, said the mayor, there was a problem with the bridge from the start.",
    # A story's sentence that opens as a most-read box's label does.
    "Most read in the region were the crime pages, the editor said.",
    "Lee además los informes del ministerio, que llegan cada mes.",
    # A sentence about subscribers is the story's.
    "Les abonnés du journal ont reçu la lettre mardi.",
    # A byline naming the writer and the photographer with their roles in brackets.
    "Sofia Lobo Reis (texto) e Nuno Ferreira Santos (fotografia)",
    "Ana Gil (texto) y Luis Sevillano (fotografía)",
    "Ingrid Haugland (tekst) og Ola Berg (foto)",
    # A headline or a sentence with a number in it; a number too short for an article's.
    "Apollo 11",
    "Population 120000 people",
    "Route 66",
    "In 2025 the council counted 48213 visitors.",
    "Terningkast 7 fikk ingen av bøkene i år, skriver anmelderen i sin oppsummering.",
    "Kraj",
    # A sentence or a subheading holding the word "related" and more than one other word.
    "Noticia relacionada con el caso del juez",
    "Related parties signed the deal.",
    # A Hungarian subheading about a thing.
    "A projektről",
    # A story's sentence asking whether something helped, and a Chinese sentence opening
    # with "about" (关于), are no page's widget and no "About" heading.
    "Was this information useful to the investors, the regulator asked the bank.",
    "关于我们的计划，市长表示将在明年公布细节。",
    "关于这个问题",
    "关于调整本市生活垃圾定时定点投放时间的通告",
    "Leave a comment below and tell us what you think.",
    "Bake for 20 minutes",
    # A hashtag inside a sentence, a rank, a year between dashes: no tags, no page number.
    "#MeToo changed how the newsroom handled complaints.",
    "#1",
    "- 2024 -",
    "Cuire 25 minutes à four chaud",
    "Listen to the people who live here, she said.",
    "阅读这本书花了我三个月",
    "For more information on the programme, residents can visit the council's website.",
    "The U.S. said it would act.Then John Smith came to the microphone and spoke.",
    "Mengenai kebijakan baru itu, menteri mengatakan akan dievaluasi tahun depan.",
    "Kuhusu suala hilo, waziri alisema serikali itaendelea na mpango huo.",
    "Вы получили это предупреждение? спросил журналист у жителей района.",
    "This article is more than a celebration of the city, she said.",
    "O Brasil",
    "O futuro da cidade",
    "The audio is generated by a small speaker that the museum built in the 1950s, he said.",
    "Más información sobre el proyecto está en la web municipal, dijo el portavoz.",
    "About the author of this book, who lived in Paris, little is known today.",
    "Readers can read in the app or on the web, the publisher said on Tuesday.",
    "Media contacts with the ministry were cut off after the ruling, the union said.",
    "Disclaimer: The views and investment tips expressed by experts are their own.",
    "(Reporting by Kate Holton; Editing by Mark Potter)",
    "The council (and its mayor) disagreed with Smith/Jones on the matter of the bridge.",
    "More than 300 people came to the hearing on Tuesday night.",
    "Share this e-mail with one friend who cycles.",
    "The council said the gift of land would let the article of the treaty stand.",
    "Subscribers to the water service will pay more from May, the utility said on Monday.",
    "Apple AirPods with Charging Case (Latest Model)",
    "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Wireless)",
    "Precio del pan",
    "Om du vill veta mer kan du ringa kommunen.",
    "The mayor thanked the volunteers (Ann Lee and Tom Berg among them) for their work.",
    "A photo by Ansel Adams sold for a record price at the auction on Tuesday.",
    "The company said it would share the data with regulators.",
    "Comments from the minister drew criticism on Twitter and Facebook.",
    "Readers who read more than one paper were asked what they thought.",
    "The 6 + 4 = 10 campaign urged pupils to learn their sums.",
    "Advertisement spending fell by a tenth last year, the agency said.",
    "Over the years the bridge has been repaired many times.",
    "About 200 people came to the meeting on Tuesday.",
    "Prices and/or fees may change.",
    "The figures were first reported by Reuters.",
    "Exports rose by a tenth, the minister told AFP and Reuters on Monday.",
    "Readers who click here and there on a page see more ads, the study found.",
    "The motion was carried by the council (Ann Lee for Labour) on Tuesday night.",
    "The seat went to Labour (Ann Lee for the first time since 1997).",
    "The agencies agreed on a plan. NASA / ESA said the launch would be in May.",
    "The town's photo archive (foto: the museum's) opened on Monday to the public.",
    "The minister met her counterpart (Ann Lee/Labour) and the mayor on Tuesday.",
    "The bill passed the house on Tuesday after a long debate (again).",
    "She said the photo was taken in 2019. Photo sessions were held every week.",
    "Te recomendamos llegar temprano, dijo el alcalde.",
    "По теме совещания выступил министр.",
    "Saiba mais sobre o programa no site da prefeitura, disse a secretária.",
    "Part 1 of 5",
    "The team won 3 of 5 games this season.",
    "Ingrid Haugland og Sindre Myklebust (foto)",
    "She said she would sign up for the course and read the newsletter of the club.",
    "The council is a publicly funded body, the minister said.",
    "За две години заплатите се увеличиха с една трета, каза министърът.",
    "The line runs from Leeds - York/Harrogate trains are not affected.",
    "She said the licence for the bar was renewed under the new rules.",
    "Basahin ang buong ulat sa aming website ngayong araw para malaman ang lahat.",
    # The same words in a story's sentences.
    "If you no longer wish to receive calls from the bank, the regulator said, you can opt out.",
    "Rückfragen der Abgeordneten beantwortete der Minister am Dienstag nicht.",
    "Contact with the rebels was lost on Tuesday, the army said.",
    "The privacy of patients was at stake, the judge said.",
    "Reproduction of the painting is prohibited by the museum, its director said.",
    "Telefon, Internet und Strom fielen am Dienstag in drei Dörfern aus.",
    "Paid parking will return to the old town in May.",
    "She said the letters arrived every week in her mailbox for a year.",
    # A story's sentences on its authors, its topics, a login.
    "The authors of the study said the results were surprising.",
    "Les auteurs du rapport recommandent une réforme.",
    "Topics: the council will discuss the budget. It meets on Monday.",
    "Log in to the portal to see your results, the university said.",
    "Topics of the meeting included the budget and the new bridge.",
    "Acme Ltd said on Monday that you are receiving this year's bonus in May.",
    "Partners in crime were arrested on Tuesday.",
    "Subscribe to the council's alerts on its website, the mayor said.",
    "The paper launched 3 years ago in a garage.",
    "The ferry brings you to the island every morning, the skipper said.",
    "Le chef vous propose le meilleur poisson du lac chaque jour.",
    "Sponsored by the council, the race drew 4,000 runners.",
    # A story's sentences naming a network, a free offer, a question, a live blog, a link.
    "Lee posted on Facebook that the deal was off.",
    "Sigue abierta la investigación sobre el vídeo de TikTok.",
    "Follow-up talks on Facebook's role were held in May.",
    "Haben Sie das gesehen? Die Polizei sucht Zeugen des Unfalls.",
    "Besucher erhalten 30 Tage gratis Zugang zum Museum.",
    "The live blog format is updated by editors in London, she said.",
    "When using the new road, drivers must follow the signs.",
    "In Paris, the mayor said the plan would be ready in May.",
    "Ad hoc meetings were held on Tuesday.",
    "Share prices with friends of the board rose, the regulator said.",
    "The club has 1.4K members and 23 teams.",
    "Bu konu hakkında",
    "Watch: the mayor said he would act.",
    "Did you like the film? Share your thoughts, the critic asked.",
    "The app costs 1 month for 5 dollars, she said.",
    "Recibe el alcalde a los vecinos en el ayuntamiento de Facebook Lane.",
    "For subscriptions to the museum, the director said, visitors can write to her.",
    "Pause for a moment and think of the families, the mayor said.",
    "Key events of the week included the budget vote.",
    "Get the latest app news from our reporters in Seoul, she said.",
    "Download speeds on the new app rose by half, the company said.",
    "Subscribe to the council newsletter on its website, the mayor said.",
    "Manage your subscription costs carefully, because the bills add up, the adviser said.",
    "Отписаться от рассылки можно в личном кабинете, сообщили в банке, добавив, что это бесплатно.",
    "Report an error in the register to the clerk, the council said.",
    "Merken Sie sich den Termin im Mai.",
    "Top stories of the year included the floods and the election.",
    "Photo 2 of the series was lost in the fire.",
    "Loading the trucks took three hours, the driver said.",
    "Show more respect to the referees, the coach said.",
    "Video footage: police said it showed the suspect leaving.",
    "Şirket hakkında bilgi veren müdür konuştu.",
    "Opinie czytelników są dla nas ważne, mówi redaktor.",
    "The affiliate paid the commission to the brokers last year, the court heard.",
    "The council launched a newsletter last year. Subscribe now, the mayor urged residents.",
    "The report runs to page 3 of 40.",
    "Polecamy wszystkim mieszkańcom ostrożność na drogach.",
    "O Krakowie mówi się, że to miasto studentów.",
    "The contact information of the victims was released on Monday.",
    "She found an error in the ledger, the auditor said.",
    "End of story, the coach said after the match.",
    "Next article in the series will look at the budget, the editor said.",
    "Residents get the notices delivered by post, not to their inbox, the council said.",
    "Самое популярное блюдо в ресторане — борщ, сказал шеф-повар.",
    "このメールは誤って送られたと市は説明した。",
    "Yorumlar kapalı kapılar ardında yapıldı, dedi bakan.",
    "Heb je een vraag over de regeling, dan kun je de gemeente bellen, zei de wethouder.",
    "Sigue leyendo el informe quien quiera entender la crisis, dijo el ministro en Madrid.",
    "The comments are closed to the public until the inquiry ends, the council said.",
    "Log in to the portal with your tax number, the office said in its letter to residents.",
    "Join the conversation about the budget at the town hall on Monday, the mayor urged.",
    "La casa sul Ticino (Edizioni Sottovento, 288 pagine, 19 euro) è uscito il 4 febbraio.",
    "The 300 pages cost 25 euros, and the publisher expects to sell them all by Christmas.",
    "Directed by Ana Ruiz, the film runs 98 minutes and opens in cinemas across the country "
    "this Friday, after its premiere in Venice last summer.",
]


def test_every_clutter_rule_is_tested():
    # Two rules may share a kind's name (the "related" word with its noun is tried after
    # "read more", whose labels it would otherwise take).
    assert sorted({rule.name for rule in CLUTTER_RULES}) == sorted(CLUTTER_EXAMPLES)


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, example) for name, examples in CLUTTER_EXAMPLES.items() for example in examples],
)
def test_clutter_rule_matches_its_examples(name, example):
    matching = [rule.name for rule in CLUTTER_RULES if rule.matches(example)]
    assert matching[:1] == [name]


@pytest.mark.parametrize("sentence", NOT_CLUTTER)
def test_clutter_rules_leave_sentences_alone(sentence):
    assert [rule.name for rule in CLUTTER_RULES if rule.matches(sentence)] == []


ATTRIBUTION_EXAMPLES = {
    "source line": [
        ("(Source: Bloomberg)", "Bloomberg"),
        ("Source: City Desk", "City Desk"),
        ("Quelle: dpa", "dpa"),
        # No colon before an agency's name in capitals.
        ("Sumber ANTARA", "ANTARA"),
    ],
    "copyright line": [
        ("© 2017 Reuters", "Reuters"),
        ("Copyright 2021 Coastal News", "Coastal News"),
        ("© 2017 The Associated Press. All rights reserved.", "The Associated Press"),
        # The range's end year written short.
        (
            "Copyright © 2025-26 Lakeview Media Pvt. Ltd., All Rights Reserved",
            "Lakeview Media Pvt. Ltd.",
        ),
    ],
    "originally published": [
        ("This article was originally published by The Conversation.", "The Conversation"),
        ("This post first appeared on Field Notes.", "Field Notes"),
        ("Originally published in The Atlantic.", "The Atlantic"),
        ("Dieser Artikel erschien zuerst auf Zeit Online.", "Zeit Online"),
        ("Cet article a d'abord été publié sur The Conversation.", "The Conversation"),
        ("Este artículo se publicó originalmente en El Diario.", "El Diario"),
        ("Questo articolo è stato pubblicato originariamente su Il Post.", "Il Post"),
        ("Este artigo foi publicado originalmente no Nexo.", "Nexo"),
        ("Dit artikel verscheen eerder op De Correspondent.", "De Correspondent"),
        ("Artykuł ukazał się pierwotnie w serwisie OKO.press.", "OKO.press"),
    ],
    "signature": [
        ("—Priya Raman", "Priya Raman"),
        ("-- Jo Bloggs", "Jo Bloggs"),
        ("– Ana da Silva", "Ana da Silva"),
    ],
    "wire source line": [("SOURCE Greenfield Foods", "Greenfield Foods")],
    "about the organisation": [
        ("About Greenfield Foods", "Greenfield Foods"),
        ("Sobre Renfe", "Renfe"),
        ("Over Gemeente Groningen", "Gemeente Groningen"),
        ("About Borealis Cell Systems Inc.", "Borealis Cell Systems Inc."),
        # Chinese writes no space after "about": "关于恒储新能源".
        ("关于华东储能科技", "华东储能科技"),
        ("關於台灣電力公司", "台灣電力公司"),
        ("«Самұрық-Энерго» АҚ туралы", "«Самұрық-Энерго» АҚ"),
        ("Aselsan hakkında", "Aselsan"),
        ("À propos d'Altiflux", "Altiflux"),
        # Basque glues the case's ending to the initials: "UPV/EHUri buruz".
        ("UPV/EHUri buruz", "UPV/EHU"),
    ],
}


def test_every_attribution_rule_is_tested():
    assert sorted(rule.name for rule in ATTRIBUTION_RULES) == sorted(ATTRIBUTION_EXAMPLES)


@pytest.mark.parametrize(
    ("name", "line", "credit"),
    [
        (name, line, credit)
        for name, pairs in ATTRIBUTION_EXAMPLES.items()
        for line, credit in pairs
    ],
)
def test_attribution_rule_names_the_credit(name, line, credit):
    hits = [(rule.name, m) for rule in ATTRIBUTION_RULES if (m := rule.pattern.fullmatch(line))]
    assert hits and hits[0][0] == name
    article = parse_text(
        f"A headline\n\nApril 20, 2017\n\nA first paragraph of text.\n\n{line}\n", lang="en"
    )
    assert credit in (article.source, *article.byline)
    assert line not in article.body


def test_signature_must_be_a_capitalised_name():
    article = parse_text("A headline\n\nApril 20, 2017\n\nText.\n\n- the end\n", lang="en")
    assert article.byline == ()
    assert article.body.endswith("\\- the end\n")


# --- Markdown out -----------------------------------------------------------------------


def test_plain_text_stays_literal_in_markdown():
    raw = "# not a heading *or* _emphasis_ <b>tag</b> [link](x) 1. list"
    assert escape_markdown(raw) == (
        "\\# not a heading \\*or\\* \\_emphasis\\_ &lt;b>tag&lt;/b> \\[link\\](x) 1. list"
    )
    html = render_markdown(escape_markdown(raw)).html
    assert (
        html
        == '<p id="blk-1"># not a heading *or* _emphasis_ &lt;b&gt;tag&lt;/b&gt; [link](x) 1. list</p>'
    )
    assert (
        render_markdown(escape_markdown("1. Not a list")).html == '<p id="blk-1">1. Not a list</p>'
    )
    assert render_markdown(escape_markdown("- Not a list")).html == '<p id="blk-1">- Not a list</p>'


def test_front_matter_is_yaml_that_check_reads_back(tmp_path):
    article = parse_text(
        'Headline: with "quotes", a colon & #hash\n\nBy Ann Lee and Bo Park\n\n'
        "20 April 2017\n\nBody text.\n\n(Source: Yes: No)\n",
        lang="en",
    )
    path = tmp_path / f"{name_file(article)}.md"
    path.write_text(format_markdown(article), encoding="utf-8")
    parsed, notices = parse_article(path)
    assert parsed.headline == "Headline: with “quotes”, a colon & #hash"
    assert parsed.byline == ("Ann Lee", "Bo Park")
    assert parsed.source == "Yes: No"
    assert parsed.date == dt.date(2017, 4, 20)
    assert notices == []
    assert path.name == "2017-04-20-headline-with-quotes-a-colon-hash.md"


def test_file_names_are_short_safe_slugs():
    long = parse_text("Ö" + " word" * 40 + "\n\n2020-01-02\n\nText.\n", lang="en")
    name = name_file(long)
    assert name.startswith("2020-01-02-o-word-word")
    assert len(name) <= len("2020-01-02-") + 60 and not name.endswith("-")


def test_no_date_file_name_has_no_date_prefix_and_check_reports_it(tmp_path):
    article = parse_fixture("no-date.txt")
    path: Path = tmp_path / f"{name_file(article)}.md"
    path.write_text(format_markdown(article), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        parse_article(path)
    assert str(caught.value).endswith(
        "a-guide-to-the-new-recycling-rules.md: front matter: 'date' is missing "
        "(or name the file YYYY-MM-DD-slug.md)"
    )


# --- a rule removes its line, never what follows ----------------------------------------

FOLLOWING = (
    "The council will meet again next month to decide how the money is spent, and residents "
    "are invited to send their views to the town hall before then."
)


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, examples[0]) for name, examples in CLUTTER_EXAMPLES.items()]
    + [(name, pairs[0][0]) for name, pairs in ATTRIBUTION_EXAMPLES.items()],
)
def test_no_rule_removes_anything_after_the_line_it_matched(name, example):
    before = (
        "The town council voted on Tuesday to rebuild the old footbridge over the river, "
        "after a long debate about the cost and the design of the new deck."
    )
    text = f"A headline\n\nApril 20, 2017\n\n{before}\n\n{example}\n\n{FOLLOWING}\n"
    article = parse_text(text, lang="en")
    assert paragraphs_of(article)[0] == before
    assert paragraphs_of(article)[-1] == FOLLOWING, name
    page = parse_html(
        f"<html lang='en'><head><title>A headline</title></head><body><article><h1>A headline"
        f"</h1><p>{before}</p><p>{example}</p><p>{FOLLOWING}</p></article></body></html>"
    )
    assert paragraphs_of(page)[-1] == FOLLOWING, name


def test_a_clutter_word_inside_a_sentence_never_removes_it():
    sentences = [
        "Readers can share this story with friends, the editor said at the meeting on Monday, "
        "and the council agreed.",
        "Comments from the minister drew criticism on Twitter and Facebook all week long, and "
        "the mayor answered them.",
        "Nobody will subscribe to the idea that cities need more car parks, the planners said "
        "in their closing report.",
    ]
    article = parse_text(
        "A headline\n\nApril 20, 2017\n\n"
        + "\n\n".join(sentences)
        + "\n\nThanks for reading! Subscribe for free.\n\nShare this:\n",
        lang="en",
    )
    assert paragraphs_of(article) == sentences


def test_footer_lines_are_never_joined_into_one_paragraph():
    text = (
        "A headline\n\nApril 20, 2017\n\n"
        "The library reopens on Saturday after eighteen months of repairs, the council said.\n\n"
        "Forward to a friend\nUnsubscribe\nAdvertisement\n"
    )
    article = parse_text(text, lang="en")
    assert paragraphs_of(article) == [
        "The library reopens on Saturday after eighteen months of repairs, the council said."
    ]
    assert not any("Forward to a friend Unsubscribe" in text for _, text in article.removed)


def test_wrapped_lines_of_one_paragraph_are_joined():
    wrapped = (
        "The library reopens on Saturday after eighteen months of repairs, the\n"
        "council said on Monday, and the reading room has new lights and new\n"
        "chairs for everyone.\n"
    )
    article = parse_text(f"A headline\n\nApril 20, 2017\n\n{wrapped}", lang="en")
    assert paragraphs_of(article) == [" ".join(wrapped.split())]


# --- the headline block of copied pages --------------------------------------------------


def test_headline_is_read_over_the_byline_under_a_masthead_and_cookie_banner():
    text = (
        "Skip to main content\n\nWe use cookies on this site.\nAccept\nReject\n\nNews\nTown\n\n"
        "Harbour footbridge to close for repairs\n\nClaire Dunmore\nLocal Reporter\n"
        "Monday 4 March 2024, 6:00am\n\nShare\n\n"
        "The footbridge across the inner harbour will close on Monday for six weeks while "
        "engineers replace rotten timbers.\n\nRead more\n\nCouncil backs new lifeboat station\n\n"
        "Shopkeepers near the bridge said they were worried about losing trade at Easter.\n"
    )
    article = parse_text(text, lang="en")
    assert article.headline == "Harbour footbridge to close for repairs"
    assert (article.kicker, article.byline) == ("Town", ("Claire Dunmore",))
    assert article.date == dt.date(2024, 3, 4)
    assert paragraphs_of(article)[0].startswith("The footbridge across")
    assert paragraphs_of(article)[-1].startswith("Shopkeepers near")
    assert "lifeboat" not in article.body and "Local Reporter" not in article.body


def test_newsletter_name_salutation_and_closing():
    text = (
        "View in browser\n\nThe Saturday Five\n\nFive things worth reading this weekend\n\n"
        "Hi there,\n\nThis week's reading is all about cities: how they grow and how they "
        "shrink.\n\nSecond, a short history of the pedestrian crossing.\n\nUntil next week,\n"
        "Tom Whitley\n\nYou received this because you subscribed.\nUnsubscribe\n\n"
        "© 2024 The Saturday Five\n"
    )
    article = parse_text(text, lang="en")
    assert article.headline == "Five things worth reading this weekend"
    assert (article.byline, article.source) == (("Tom Whitley",), "The Saturday Five")
    # The letter's salutation and sign-off are the body's (bench/WRITING-SETS.md).
    assert paragraphs_of(article)[:2] == [
        "Hi there,",
        "This week's reading is all about cities: how they grow and how they shrink.",
    ]
    assert paragraphs_of(article)[-2:] == ["Until next week,", "Tom Whitley"]


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("Udgivet den 12. september 2022 af Mette Larsen", "da", dt.date(2022, 9, 12)),
        ("07/11/2023 10h15 Atualizado há 2 horas", "pt", dt.date(2023, 11, 7)),
        ("Data publikacji: 3 listopada 2023, 10:20", "pl", dt.date(2023, 11, 3)),
    ],
)
def test_a_header_date_among_other_words(line, lang, date):
    body = "Ein erster Absatz, der lang genug ist, um ein Absatz zu sein, und noch mehr."
    assert parse_text(f"Headline here\n\n{line}\n\n{body}\n", lang=lang).date == date


@pytest.mark.parametrize(
    ("first", "dateline", "source"),
    [
        ("Paris, 6 mars 2023 (AFP) - La SNCF prévoit de faire circuler", "Paris", "AFP"),
        ("(ANSA) - VENEZIA, 02 MAG - Il Comune di Venezia estenderà il", "Venezia", "ANSA"),
        ("STOCKHOLM (TT) SJ sätter in tio extra avgångar om dagen", "Stockholm", "TT"),
        ("Valencia, 20 ene (EFE).- El Ayuntamiento de Valencia ha prohibido", "Valencia", "EFE"),
        ("CHICAGO, May 16, 2023 /PRNewswire/ -- Greenfield Foods today said", "Chicago", None),
    ],
)
def test_wire_datelines_in_other_shapes(first, dateline, source):
    article = parse_text(f"Headline\n\n2023-01-02\n\n{first} more words here.\n")
    assert (article.dateline, article.source) == (dateline, source)
    assert not article.body.startswith(first[:6])


def test_about_section_ends_a_press_release_and_names_the_source():
    text = (
        "PRESS RELEASE\n\nGreenfield Foods doubles its range\n\nLeeds, May 16, 2023 – Greenfield "
        "Foods today announced plans to double its range of products.\n\nThe company will "
        "invest $40 million in a new line.\n\nAbout Greenfield Foods\n\nGreenfield Foods makes "
        "packaged foods.\n\nMedia contact:\nMark Ellison\n"
    )
    article = parse_text(text, lang="en")
    assert article.source == "Greenfield Foods"
    assert paragraphs_of(article)[-1] == "The company will invest $40 million in a new line."


@pytest.mark.parametrize(
    ("header", "lang", "byline", "date"),
    [
        ("Ruth Adeyemi | February 11, 2022 | 3 min read", "en", ("Ruth Adeyemi",), "2022-02-11"),
        ("By Mark Ellis, Staff Writer\nMar. 15, 2023", "en", ("Mark Ellis",), "2023-03-15"),
        ("Pubblicato il 4 marzo 2023\nMarco Ferri", "it", ("Marco Ferri",), "2023-03-04"),
        (
            "Text: Tobias Wagner\nAktualisiert am 1. Juni 2022",
            None,
            ("Tobias Wagner",),
            "2022-06-01",
        ),
        ("Piotr Kamiński\n4.03.2023, 10:15", None, ("Piotr Kamiński",), "2023-03-04"),
    ],
)
def test_byline_and_date_lines_in_other_shapes(header, lang, byline, date):
    body = "Der Markt öffnet jeweils von acht bis dreizehn Uhr, und zwar an jedem Samstag."
    article = parse_text(f"A headline of some words\n\n{header}\n\n{body}\n", lang=lang)
    assert (article.byline, article.date.isoformat()) == (byline, date)
    assert paragraphs_of(article) == [body]


def test_press_release_with_the_date_over_the_headline_and_an_end_mark():
    text = (
        "NEWS RELEASE\nEmbargoed until 00:01, 8 January 2024\n\nHarbour Trust appoints new "
        "chief executive\n\nBristol, 8 January 2024 — The Harbour Trust has appointed Dr Amara "
        "Singh as its new chief executive, from the National Maritime Museum.\n\nDr Singh "
        "will take up the post in March.\n\nENDS\n\nNotes to editors\nThe Harbour Trust looks "
        "after the docks.\n"
    )
    article = parse_text(text, lang="en")
    assert (article.kicker, article.headline) == (
        "NEWS RELEASE",
        "Harbour Trust appoints new chief executive",
    )
    assert (article.date, article.dateline) == (dt.date(2024, 1, 8), "Bristol")
    assert paragraphs_of(article)[-1] == "Dr Singh will take up the post in March."


def test_a_closing_without_a_comma_gives_the_byline_and_a_label_does_not():
    letter = "Hallo,\n\nIm November laden wir wieder zum Repair-Café ein, wie jeden Monat.\n\n"
    signed = parse_text(f"Neues\n\n{letter}Viele Grüße\nAnja Roth\n\nAbbestellen\n", lang="de")
    assert signed.byline == ("Anja Roth",)
    page = "A headline\n\nMay 2, 2020\n\nThe council met on Tuesday to agree the budget.\n\n"
    labelled = parse_text(f"{page}Have your say\nMost Read\n", lang="en")
    assert labelled.byline == ()


def test_a_list_of_other_articles_with_bylines_and_dates_ends_the_body():
    body = [
        "The council approved the new bridge on Tuesday after three years of planning and two "
        "public consultations, the mayor said.",
        "Work is due to start in the spring and the old crossing will stay open until the new "
        "one is finished, officials added.",
    ]
    teasers = (
        "Minister resigns over expenses\n\n* By STAFF REPORTER\n\n* 11/20/2019 01:14 PM\n\n"
        "Floods close the coast road\n\n* By NEWS AGENCY\n\n* 11/20/2019 10:08 AM\n\n"
        "Schools reopen after the strike\n\nBy Ann Lee\n\nNovember 19, 2019\n\n"
        # The page's prose further down (another story's opening) must not pull the list in.
        "The harbour authority said on Monday that it would spend more on dredging this year, "
        "since larger ships have started to call at the port and the channel silts up faster "
        "than it did a decade ago, when the last survey of the estuary was made by engineers.\n"
    )
    article = parse_text(
        "Bridge plan approved\n\nNovember 20, 2019\n\n" + "\n\n".join(body) + "\n\n" + teasers,
        lang="en",
    )
    assert paragraphs_of(article) == body


def test_a_live_blog_with_time_stamps_between_its_entries_keeps_every_entry():
    entries = [
        "Polls have closed across the state and counting has begun in the first districts, "
        "officials said.",
        "The first results show the incumbent ahead in the northern districts by a narrow "
        "margin, with a third of votes counted.",
        "Turnout was higher than at the last election, the electoral commission said in a "
        "short statement.",
    ]
    stamps = ["Update\n\nNovember 20, 2019 08:00 PM", "Early results\n\nNovember 20, 2019 09:15 PM"]
    text = "Election night live\n\nNovember 20, 2019\n\n" + entries[0]
    for stamp, entry in zip(stamps, entries[1:], strict=True):
        text += f"\n\n{stamp}\n\n{entry}"
    article = parse_text(text + "\n", lang="en")
    assert [p for p in paragraphs_of(article) if p in entries] == entries


_TOUR = [
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
    "June 10 -- Credit Union Amphitheatre, Tampa, FL",
    "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA",
    "June 17 -- Bridgestone Arena, Nashville, TN",
]


@pytest.mark.parametrize("lead", ["The band's 2020 tour dates:", "Tour dates"])
def test_a_list_under_a_lead_in_line_closing_the_article_is_kept(lead):
    body = [
        "The band will tour North America next summer for the first time in a decade, its "
        "promoter said on Monday, with tickets going on sale in December.",
        "The thirty dates start in Florida in June and end in California in September, with a "
        "hometown show near San Francisco.",
    ]
    text = (
        "Band announces reunion tour\n\nNovember 20, 2019\n\n"
        + "\n\n".join(body)
        + f"\n\n{lead}\n"
        + "\n".join(_TOUR)
        + "\n\nShare this:\nFacebook\nTwitter\n"
    )
    article = parse_text(text, lang="en")
    assert paragraphs_of(article) == [*body, lead, *_TOUR]


def test_a_list_under_a_clutter_label_is_not_kept():
    body = (
        "The band will tour North America next summer for the first time in a decade, its "
        "promoter said on Monday, with tickets going on sale in December."
    )
    teasers = ["Singer cancels show -- Music Desk", "Festival sells out -- Music Desk"]
    text = (
        f"Band announces reunion tour\n\nNovember 20, 2019\n\n{body}\n\nRelated articles\n"
        + "\n".join([*teasers, "Album tops the chart -- Music Desk"])
        + "\n"
    )
    assert paragraphs_of(parse_text(text, lang="en")) == [body]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Zur SZ-Startseite", True),
        ("Download E-copy", True),
        ("कॉपी लिंक", True),
        ("शेयर", True),
        ("フォロー", True),
        ("Passend zum Artikel", True),
        ("Головне сьогодні", True),
        ("ये खबर भी पढ़ें...", True),
        # A compound that merely ends like a label's word, and a sentence opening with one.
        ("Rhein-Neckar", False),
        ("Anti-Korruption", False),
        ("Zum Thema Wohnen sagte der Minister am Dienstag noch etwas.", False),
    ],
)
def test_buttons_and_box_labels_in_more_languages(line, furniture):
    from tearsheet.zones import clutter_of

    assert (clutter_of(line) is not None) is furniture


_OWN_LINES = [
    # A subheading starting with a contact heading's words.
    ("Kontaktdaten der Gäste", "de"),
    ("Datos de contacto falsos", "es"),
    # A sentence naming pages and a price, or who wrote and how long it took.
    ("The report runs to 320 pages and cost €2 million.", "en"),
    ("The letter, written by her lawyer, took two minutes to read.", "en"),
    # A headline after the advertising word and a colon.
    ("Werbung: Warum wir uns so leicht manipulieren lassen", "de"),
    ("Publicidad: el gasto de las marcas crece un 5% este año", "es"),
    # A report on affiliate links and commissions.
    (
        "Critics also noted that Amazon cut the commission it pays on affiliate links last "
        "year, which hurt many small publishers.",
        "en",
    ),
    # "Pictures and video spread online": no photo's credit.
    ("Rais alizungumza mjini Dodoma jana. Picha na video zilisambaa mtandaoni.", "sw"),
]


@pytest.mark.parametrize(("line", "lang"), _OWN_LINES)
def test_no_clutter_rule_takes_the_story_s_own_lines_that_look_like_furniture(line, lang):
    assert clutter_of(line) is None


@pytest.mark.parametrize(("line", "lang"), [x for x in _OWN_LINES if x[1] != "de"])
def test_the_story_s_own_lines_that_look_like_furniture_stay(line, lang):
    """(A short German line holding "Kontakt" or "Werbung" over a last paragraph is read as
    the trailer's start, by the trailer's words, not by a clutter rule.)"""
    before = (
        "The town council voted on Tuesday to rebuild the old footbridge over the river, "
        "after a long debate about the cost and the design of the new deck."
    )
    text = f"A headline\n\nApril 20, 2017\n\n{before}\n\n{line}\n\n{FOLLOWING}\n"
    assert paragraphs_of(parse_text(text, lang=lang)) == [before, line, FOLLOWING]
