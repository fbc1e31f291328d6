"""A paywall's notice (tearsheet.paywalls): in any language, never the headline; a headline
about subscribers stays one."""

from __future__ import annotations

import pytest

from tearsheet.headlines import headline_flaw
from tearsheet.paywalls import is_paywall_notice
from tearsheet.plaintext import parse_text

NOTICES = [
    "This article is only available to subscribers.",
    "Dieser Artikel ist nur für Abonnenten verfügbar.",
    "Cet article est réservé aux abonnés.",
    "Este artículo es exclusivo para suscriptores.",
    "Questo articolo è riservato agli abbonati",
    "Artigo exclusivo para assinantes",
    "Dit artikel is alleen beschikbaar voor abonnees",
    "Ten artykuł jest dostępny tylko dla subskrybentów.",
    "Tento článek je dostupný pouze pro předplatitele.",
    "Эта статья доступна только подписчикам",
    "会員限定記事です",
    "구독자 전용 기사입니다",
    # A metered paywall's count of the free articles left, told to the reader.
    "Ten artykuł czytasz w ramach bezpłatnego limitu. Zostań z nami na dłużej – prenumerata "
    "od 9,90 zł miesięcznie.",
    "You have 2 free articles left this month. Subscribe for unlimited access.",
    "Sie lesen einen von fünf kostenlosen Artikeln in diesem Monat.",
]
HEADLINES = [
    "Netflix loses one million subscribers",
    "Netflix says its subscribers can watch content offline",
    "Only subscribers will keep the old price, Spotify says",
    "Is this article only for subscribers?",
    "Zeitungen verlieren Abonnenten: nur noch jeder Dritte liest gedruckt",
    "The paper lets readers see five free articles a month before the limit applies",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_paywall_s_notice_is_no_headline(line):
    assert is_paywall_notice(line)
    assert headline_flaw(line, None) is not None


@pytest.mark.parametrize("line", HEADLINES)
def test_a_headline_about_subscribers_is_no_notice(line):
    assert not is_paywall_notice(line)


@pytest.mark.parametrize(
    ("lang", "notice", "headline", "date", "story"),
    [
        (
            "en",
            "This article is only available to subscribers.",
            "Library to close after 80 years as council backs new building",
            "12 March 2026",
            "The council voted on Tuesday to close the old library and open a new one next "
            "spring, after three years of talks with residents of the town.",
        ),
        (
            "fr",
            "Cet article est réservé aux abonnés.",
            "La vieille bibliothèque fermera après 80 ans",
            "12 mars 2026",
            "Le conseil municipal a voté mardi la fermeture de l'ancienne bibliothèque et "
            "l'ouverture d'une nouvelle au printemps, après trois ans de discussions.",
        ),
    ],
)
def test_the_notice_over_the_headline_leaves_the_header(lang, notice, headline, date, story):
    for header in ([notice, headline, date], ["Home", "News", notice, headline, date]):
        article = parse_text("\n".join([*header, story, story, story]), lang=lang)
        assert article.headline == headline
        assert notice not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "Log in to save this article",
        "Melden Sie sich an, um diesen Artikel zu speichern",
        "Connectez-vous pour sauvegarder cet article",
        "Inicia sesión para guardar este artículo",
        "Zaloguj się, aby zapisać ten artykuł",
        "Regala questo articolo",
    ],
)
def test_a_prompt_about_this_article_is_no_headline(line):
    from tearsheet.paywalls import is_article_prompt

    assert is_article_prompt(line)
    assert headline_flaw(line, None) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Library to close after 80 years as council backs new building",
        "This story changed my life",
        "Why this text matters to us",
        "Die Artikel der neuen Verfassung im Überblick",
    ],
)
def test_a_headline_is_no_prompt(line):
    from tearsheet.paywalls import is_article_prompt

    assert not is_article_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Читать в полной версии",
        "Read the full version",
        "Zur Vollversion",
        "Voir la version complète",
        "Przejdź do pełnej wersji",
    ],
)
def test_a_link_to_the_page_s_full_version_is_no_headline(line):
    assert headline_flaw(line, None) == "a paywall's notice"


@pytest.mark.parametrize(
    "line",
    [
        "Game studio releases the full version of its hit after ten years in early access",
        "Neue Vollversion des Stadtplans: Was sich für Radfahrer ändert",
    ],
)
def test_a_headline_naming_a_full_version_is_kept(line):
    assert headline_flaw(line, None) is None
