"""A paywall's notice and the page's prompts about the article itself in any language ("This
article is only available to subscribers", "Log in to save this article"): the page's,
never the headline."""

from __future__ import annotations

import re

# A notice is at most this many words.
NOTICE_WORDS = 16

# Each pattern matches a word's start; "_" stands for a space. Who may read: the
# subscribers or members.
_SUBSCRIBERS = (
    "subscri abonnent abonné abonne abo-_ abo_ abonnement suscript suscrip abbonat abbonament "
    "assinant assinatura abonnee prenumer subskryb subskrypc předplat tilaaj előfizet abonaț "
    "abonat abone συνδρομ подписчик подписк передплат підписник pelanggan berlangganan "
    "thuê_bao người_đăng_ký"
)
# What they may read: the article, the story, the content.
_ARTICLE = (
    "article artikel artículo articolo artigo artykuł článek artikkel artikkeli cikk "
    "articol makale άρθρο стать матеріал artikel_ini bài_viết story text texte testo texto "
    "tekst content inhalt contenu contenido contenuto conteúdo inhoud treść obsah sisältö "
    "tartalom conținut içerik περιεχόμενο контент"
)
# What the notice says of it: only, reserved, exclusive, available, to read on.
_ONLY = (
    "only available reserved exclusive nur verfügbar exklusiv vorbehalten réservé "
    "exclusivement disponible exclusivo sólo solo disponible riservat esclusiv soltanto "
    "apenas exclusiv disponível alleen beschikbaar exclusief tylko dostępn wyłącznie pouze "
    "dostupn kun forbeholdt tilgjengelig tillgänglig endast vain saatavilla csak elérhető "
    "doar disponibil yalnızca sadece sadece_abone μόνο διαθέσιμ только доступн лише "
    "доступн hanya khusus chỉ dành"
)
# The same notice in scripts written without spaces, or with prefixes joined to the word.
_WIDE_NOTICES = (
    "会員限定 有料会員 会員登録 订阅用户 会员专享 付费会员 구독자 전용 유료회원 "
    "للمشتركين_فقط المشتركين למנויים_בלבד"
)


def _starts(words: str) -> re.Pattern[str]:
    alternatives = sorted(
        (re.escape(word).replace("_", r"\s") for word in words.split()), key=len, reverse=True
    )
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(alternatives)})", re.IGNORECASE)


# A metered paywall's count: free articles and their limit ("Ten artykuł czytasz w ramach
# bezpłatnego limitu", "You have 2 free articles left this month", "Sie lesen einen von fünf
# kostenlosen Artikeln").
_FREE = (
    "free gratis gratuit gratuito gratuita kostenlos bezpłatn darmow zdarma bezplat ilmais "
    "ingyenes gratuit gratuite бесплатн безкоштовн δωρεάν ücretsiz gratuït"
)
_LIMIT = (
    "limit limite limiet limitu limitem left remaining übrig verbleib restant restantes "
    "restanti resterende pozostał zbývá jäljellä maradt rămase kalan осталось залишилось "
    "απομένουν von_fünf von_drei von_zehn sur_cinq su_cinque de_cinco quota kvóta"
)
# ... told to the reader: "you", or "this article" (_THIS_ARTICLE).
_YOU = (
    "you your sie ihnen du vous votre vos usted tienes tiene te hai hai_letto você voce "
    "jij je_hebt u_hebt ty czytasz masz máte jste du_har du_läser sinulla olet önnek ön "
    "aveți ai siz okuyorsunuz вы вас ты вам ви вам εσείς σας kamu anda"
)
# A metered notice is at most this many words (it goes on to offer the subscription).
METER_WORDS = 30
_SUBSCRIBER = _starts(_SUBSCRIBERS)
_FREE_WORD = _starts(_FREE)
_LIMIT_WORD = _starts(_LIMIT)
_YOU_WORD = _starts(_YOU)
_ARTICLE_WORD = _starts(_ARTICLE)
_ONLY_WORD = _starts(_ONLY)
_WIDE = re.compile("|".join(re.escape(w).replace("_", r"\s") for w in _WIDE_NOTICES.split()))


def is_paywall_notice(line: str) -> bool:
    """A short notice that the article is for subscribers only ("Dieser Artikel ist nur
    für Abonnenten verfügbar", "Cet article est réservé aux abonnés", "会員限定記事"): who
    may read, what, and that only they may. A headline about subscribers names fewer."""
    if line.rstrip()[-1:] == "?":
        return False
    if (
        len(line.split()) <= METER_WORDS
        and _FREE_WORD.search(line)
        and _LIMIT_WORD.search(line)
        and (_THIS_ARTICLE.search(line) or _YOU_WORD.search(line))
    ):
        return True  # a metered paywall's count of the free articles left
    if len(line.split()) > NOTICE_WORDS:
        return False
    if _WIDE.search(line) and len(line) <= NOTICE_WORDS * 3:
        return True
    return bool(_SUBSCRIBER.search(line) and _ARTICLE_WORD.search(line) and _ONLY_WORD.search(line))


# "this article", as a page's prompt names the article it stands over.
_THIS_ARTICLE = re.compile(
    r"(?<![^\W\d_])(?:this|these|diese[nmrs]?|cet|cette|ce|este|esta|questo|questa|dit|deze|"
    r"ten|tego|tento|tohoto|tämä|tämän|denna|denne|dette|detta|ezt|ez|acest|acestui|bu|"
    r"этот|эту|этой|цей|цю|цієї|αυτό|αυτού|ini)\s++(?:article|articles|artikel|artikels|"
    r"artikeln|artículo|articolo|artigo|artykuł|artykułu|článek|článku|artikkeli|artikkelin|"
    r"artikkel|artikkelen|cikket|cikk|articol|articolului|makale|makaleyi|статью|статьи|статтю|"
    r"статті|άρθρο|άρθρου)(?![^\W\d_])",
    re.IGNORECASE,
)
# A prompt is at most this many words.
PROMPT_WORDS = 12


# The page's link to its full (or desktop) version: "Читать в полной версии", "Read the
# full version", "Zur Vollversion", "Voir la version complète"; a few words.
_FULL_VERSION = re.compile(
    r"(?<![^\W\d_])(?:full\s++version|vollversion|vollständige[nr]?\s++version|"
    r"version\s++complète|versión\s++completa|versione\s++completa|versão\s++completa|"
    r"volledige\s++versie|pełn[aejy]{1,2}+\s++wersj[aięi]|pln[áéou]\s++verz[ei]|"
    r"teljes\s++verzió|versiunea\s++completă|tam\s++sürüm|полн(?:ой|ую|ая)\s++верси[июя]|"
    r"повн(?:ій|у|а)\s++версі[їюя]|пълната\s++версия|πλήρη\s++έκδοση|fuld\s++version|"
    r"full\s++versjon|fullständig\s++version|täysi\s++versio|versi\s++lengkap|"
    r"phiên\s++bản\s++đầy\s++đủ)(?![^\W\d_])",
    re.IGNORECASE,
)
LINK_WORDS = 5


def is_article_prompt(line: str) -> bool:
    """A short line naming "this article" ("Log in to save this article", "Melden Sie sich
    an, um diesen Artikel zu speichern", "Connectez-vous pour sauvegarder cet article"), or
    the link to the page's full version ("Читать в полной версии"): the page's prompt,
    which a headline never words so."""
    words = len(line.split())
    return (words <= PROMPT_WORDS and _THIS_ARTICLE.search(line) is not None) or (
        words <= LINK_WORDS and _FULL_VERSION.search(line) is not None
    )
