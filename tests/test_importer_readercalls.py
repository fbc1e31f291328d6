"""A page's calls to the reader (tearsheet.readercalls) leave the body, the story's
paragraphs around them stay, in any language."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.zones import clutter_of


def paragraphs_of(article) -> list[str]:
    return [p.strip() for p in article.body.split("\n\n") if p.strip()]


STORY = {
    "hu": (
        "Áramszünet Budapesten\n\nKiss Dóra\n\n2026. november 24.\n\n"
        "Kedd délután egy alállomás meghibásodása miatt a XI. kerület nagy részén megszűnt "
        "az áramellátás, írja az ELMŰ. A szolgáltató szerint 38 ezer háztartás érintett.\n\n"
        "Az áramszünet miatt leálltak a közlekedési lámpák Budafokon, a rendőrség több "
        "kereszteződésben irányítja a forgalmat.\n\n{call}\n\n"
        "Az ELMŰ azt kéri, hogy a lakók ne hívják a hibabejelentőt, mert a hibáról már "
        "tudnak, és a szerelők a helyszínen dolgoznak.\n"
    ),
    "ru": (
        "Продажи новостроек в Москве снизились\n\nИван Петров\n\n12 августа 2026\n\n"
        "В июле продажи квартир в новостройках Москвы снизились на 14% по сравнению с "
        "июнем, следует из данных аналитиков.\n\nЭксперты называют несколько причин, "
        "среди них рост ставок и исчерпание лимитов банков по льготным программам.\n\n"
        "{call}\n\nАналитики ожидают, что до конца года продажи стабилизируются на текущем "
        "уровне, а заметного роста не будет.\n"
    ),
    "pl": (
        "Burze nad południem Polski\n\nAnna Nowak\n\n12 lipca 2026\n\n"
        "Instytut Meteorologii i Gospodarki Wodnej wydał ostrzeżenia trzeciego stopnia "
        "przed burzami z gradem dla trzech województw.\n\nSynoptycy prognozują porywy "
        "wiatru do 110 kilometrów na godzinę i intensywne opady deszczu.\n\n{call}\n\n"
        "Strażacy interweniowali w nocy ponad dwa tysiące razy, głównie przy usuwaniu "
        "powalonych drzew.\n"
    ),
    "de": (
        "Neue Tram nach Mahlsdorf\n\nLukas Berendt\n\n24. Februar 2026\n\n"
        "Die Senatsverwaltung hat die Planung für die neue Straßenbahnstrecke nach "
        "Mahlsdorf abgeschlossen, der Bau soll im Herbst beginnen.\n\nDie Strecke wird 1,8 "
        "Kilometer lang und bekommt drei neue Haltestellen entlang der Hauptstraße.\n\n"
        "{call}\n\nDie Planungsunterlagen liegen bis zum 10. März im Bezirksamt aus und sind "
        "auch online einsehbar.\n"
    ),
    "pt": (
        "Fortaleza vence o Bahia de virada\n\nJoão Silva\n\n14 de setembro de 2026\n\n"
        "O Fortaleza venceu o Bahia de virada por 2 a 1, na noite deste sábado, na Arena "
        "Castelão, pela 25ª rodada do Campeonato Brasileiro.\n\nO Bahia saiu na frente aos 18 "
        "minutos, com Everaldo aproveitando falha na saída de bola.\n\n{call}\n\n"
        "O Fortaleza volta a campo na quarta-feira, contra o Cruzeiro, no Mineirão, e o "
        "Bahia recebe o Grêmio no domingo.\n"
    ),
    "es": (
        "Análisis del Orbis Book 14\n\nMarta Ruiz\n\n3 de marzo de 2026\n\n"
        "Hay portátiles que destacan por su pantalla y otros por su potencia, pero este "
        "quiere destacar por algo menos vistoso: su autonomía.\n\nEl chasis de aluminio pesa "
        "1,28 kilos y se siente sólido, aunque las huellas se marcan con facilidad.\n\n"
        "{call}\n\nEn nuestro uso habitual hemos superado de forma consistente las 14 horas "
        "de batería con el brillo a la mitad.\n"
    ),
}
CALLS = [
    ("hu", "Kövess minket a Facebookon!"),
    ("ru", "Читайте РБК в Telegram"),
    ("pl", "Masz zdjęcia lub nagranie? Wyślij na Kontakt 24!"),
    ("de", "Jetzt Tagesspiegel Plus testen – 30 Tage gratis"),
    ("pt", "+ Veja a tabela do Brasileirão"),
    ("es", "En Xataka | Los mejores portátiles para estudiantes en 2026"),
    ("de", "Folgen Sie uns auf Instagram."),
    ("es", "Síguenos en Instagram"),
    ("de", "Abonnieren Sie unseren Newsletter."),
    ("ru", "Подпишитесь на нашу рассылку"),
    ("es", "Descarga nuestra app"),
]


@pytest.mark.parametrize(("lang", "call"), CALLS)
def test_a_call_inside_the_story_goes_and_the_paragraphs_after_it_stay(lang, call):
    body = paragraphs_of(parse_text(STORY[lang].format(call=call), lang=lang))
    assert call not in body
    assert len(body) == 3  # the two paragraphs over the call, the one under it


@pytest.mark.parametrize(("lang", "call"), CALLS[:4])
def test_a_call_closing_the_story_goes(lang, call):
    text = STORY[lang].format(call="").rstrip("\n")
    text = text.rsplit("\n\n", 1)[0] + "\n\n" + text.rsplit("\n\n", 1)[1] + "\n\n" + call + "\n"
    body = paragraphs_of(parse_text(text, lang=lang))
    assert call not in body and len(body) == 3


def test_an_advertisement_label_and_the_offer_under_it_go_the_story_goes_on():
    text = STORY["de"].format(call="ANZEIGE\n\nJetzt Tagesspiegel Plus testen – 30 Tage gratis")
    body = paragraphs_of(parse_text(text, lang="de"))
    assert body[-1].startswith("Die Planungsunterlagen")
    assert not any("ANZEIGE" in p or "gratis" in p for p in body)


@pytest.mark.parametrize(
    ("lang", "letter", "closing", "name"),
    [
        (
            "cs",
            "Dobré ráno,\n\nČesko patří podle Světové banky mezi země s nejdelším stavebním "
            "řízením v Evropě. Průměrné povolení bytového domu trvá přes tři roky.\n\n"
            "Developeři mezitím odkládají projekty a v Praze se letos začalo stavět o 18 "
            "procent méně bytů než loni.\n\nPřečíst celý článek →",
            "Hezký den přeje",
            "Ondřej Malý",
        ),
        (
            "de",
            "Guten Morgen aus Marzahn-Hellersdorf,\n\nes ist eine dieser Nachrichten, auf die "
            "viele im Bezirk seit Jahren warten: Die Tram nach Mahlsdorf kommt.\n\nDie "
            "Planungsunterlagen liegen bis zum 10. März im Bezirksamt aus und sind auch "
            "online einsehbar.\n\nJetzt Tagesspiegel Plus testen – 30 Tage gratis",
            "Einen schönen Dienstag wünscht Ihnen",
            "Lukas Berendt",
        ),
    ],
)
def test_a_newsletter_s_sign_off_under_a_call_stays(lang, letter, closing, name):
    text = (
        f"Ranní briefing\n\n30. června 2026\n\n{letter}\n\n{closing}\n{name}\n\n"
        "Sdílejte Ranní briefing s přáteli\n\n"
        "Tento e-mail dostáváte, protože jste se přihlásili k odběru. Odhlásit se\n"
    )
    body = paragraphs_of(parse_text(text, lang=lang))
    assert body[-2:] == [closing, name]
    assert not any("→" in p or "gratis" in p or "Sdílejte" in p for p in body)


@pytest.mark.parametrize(
    "line",
    [
        "Lee posted on Facebook that the deal was off.",
        "Sigue abierta la investigación sobre el vídeo de TikTok.",
        "Haben Sie das gesehen? Die Polizei sucht Zeugen des Unfalls.",
        "Besucher erhalten 30 Tage gratis Zugang zum Museum.",
        "Die Ausstellung zeigt Fotos aus 30 Jahren → und mehr.",
        "Share this e-mail with one friend who cycles.",
    ],
)
def test_a_story_s_sentence_is_no_call(line):
    assert clutter_of(line) is None


def test_where_to_watch_a_match_is_no_call_to_follow_the_site():
    # Thai "ติดตามชม…ได้ที่ช่อง 7HD": the channel and the time of the match, the story's.
    assert clutter_of("ติดตามชมการถ่ายทอดสดได้ที่ช่อง 7HD เวลา 19.30 น.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Se você gostou deste texto, considere assinar o Caderno de Campo. É de graça e chega "
        "uma vez por semana no seu e-mail.",
        "If you enjoyed this post, consider subscribing: it is free and comes once a week.",
        "Si cet article vous a plu, partagez-le avec vos amis.",
    ],
)
def test_call_after_if_you_liked_this(line: str) -> None:
    found = clutter_of(line)
    assert found is not None and found.name == "newsletter call"


def test_a_sentence_about_liking_is_no_call() -> None:
    assert (
        clutter_of("If you enjoyed the first season, the second one will not disappoint.") is None
    )
