"""The language of imported text (tearsheet.textlanguage): py3langid's guess, read from the
model the build unpacks once into the cache."""

from __future__ import annotations

import py3langid
import pytest

from tearsheet.textlanguage import detect_language

SAMPLES = [
    "The council voted on Tuesday to rebuild the old footbridge over the river next spring.",
    "Der Stadtrat hat am Dienstag beschlossen, die alte Fußgängerbrücke im Frühjahr neu zu bauen.",
    "Le conseil municipal a voté mardi la reconstruction de la vieille passerelle au printemps.",
    "Rada miasta zagłosowała we wtorek za odbudową starej kładki nad rzeką na wiosnę.",
    "市议会周二投票决定明年春天重建河上的旧人行桥。",
    "مجلس المدينة صوت يوم الثلاثاء على إعادة بناء جسر المشاة القديم فوق النهر في الربيع.",
    "Городской совет во вторник проголосовал за восстановление старого пешеходного моста.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_guess_is_py3langids_own(text):
    assert detect_language(text) == py3langid.classify(text)[0]


def test_the_guesses_name_the_languages():
    assert [detect_language(t) for t in SAMPLES] == ["en", "de", "fr", "pl", "zh", "ar", "ru"]
