"""The unpacked language model: the same answers as py3langid's own, and a broken cache is
rebuilt rather than trusted."""

from __future__ import annotations

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from tearsheet import langmodel

TEXTS = (
    "The council voted on Tuesday to raise harbour dues for the first time in a decade.",
    "Der Stadtrat hat am Dienstag beschlossen, die Hafengebühren zum ersten Mal zu erhöhen.",
    "Le conseil municipal a voté mardi une hausse des droits de port, une première.",
    "El ayuntamiento votó el martes subir las tasas portuarias por primera vez en diez años.",
    "市议会周二投票决定十年来首次提高港口费用。",
    "صوت المجلس البلدي يوم الثلاثاء على رفع رسوم الميناء لأول مرة منذ عقد.",
    "Городской совет во вторник проголосовал за повышение портовых сборов.",
)


def _answers(identifier) -> list[tuple[str, float]]:
    return [(code, round(float(p), 6)) for code, p in map(identifier.classify, TEXTS)]


def test_the_cached_model_answers_as_py3langid_does(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    own = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=True)
    first = langmodel.load_identifier()  # unpacks
    folder = langmodel.model_folder(MODEL_DIR / MODEL_FILE)
    assert (folder / langmodel.MANIFEST).is_file()
    second = langmodel.load_identifier()  # from the .npy files
    assert _answers(first) == _answers(own) == _answers(second)
    assert [code for code, _ in _answers(second)] == ["en", "de", "fr", "es", "zh", "ar", "ru"]


def test_a_truncated_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    langmodel.load_identifier()
    folder = langmodel.model_folder(MODEL_DIR / MODEL_FILE)
    broken = folder / "nextmove.npy"
    broken.write_bytes(broken.read_bytes()[:1000])
    identifier = langmodel.load_identifier()
    assert identifier.classify(TEXTS[1])[0] == "de"
    assert broken.stat().st_size > 1_000_000


def test_an_unwritable_cache_still_gives_a_model(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert langmodel.load_identifier().classify(TEXTS[2])[0] == "fr"
