"""The learned headline ranker (tearsheet.headrank): it overrules the rules' headline only
when its trees are sure of another block."""

from __future__ import annotations

from tearsheet.anchorlines import is_anchor
from tearsheet.headrank import _wraps, candidate_features, model, norm, probability, surer_headline
from tearsheet.plaintext import parse_text
from tearsheet.textblocks import pasted_lines, split_blocks

LEAD = (
    "A Câmara Municipal de Viseu aprovou esta terça-feira, por unanimidade, o projeto do novo "
    "parque urbano junto ao rio Pavia, uma obra orçada em 3,2 milhões de euros que deverá "
    "estar concluída no final de 2027.\n\n"
    "O parque vai ocupar cerca de seis hectares de terrenos municipais e terá percursos "
    "pedonais, uma ciclovia e zonas de merenda, explicou o presidente da autarquia em "
    "conferência de imprensa.\n\n"
    "A oposição votou a favor, mas pediu que a manutenção do espaço fique assegurada no "
    "orçamento dos próximos anos.\n"
)
HEADLINE = "Câmara de Viseu aprova novo parque urbano junto ao rio Pavia"
MENU = "Início Notícias Economia Política Desporto Cultura Opinião"
PAGE = (
    f"{MENU}\n\nJornal do Dão\n\n{HEADLINE}\n\n"
    "Obra de 3,2 milhões de euros deve ficar pronta no final de 2027\n\n"
    f"14 de outubro de 2025\n\n{LEAD}"
)


def test_menu_line_over_headline_is_overruled() -> None:
    """A site's menu written on one line over a Portuguese local paper's story: the rules
    take it for the headline, the trees are sure of the story's own."""
    article = parse_text(PAGE)
    assert article.headline == HEADLINE
    assert any("learned ranker" in line for line in article.recognised)
    # The rules' line is kept among the other candidates, once, and the choice is a doubt.
    overruled = next(line for line in article.recognised if "learned ranker" in line)
    rules_pick = overruled.split("not ", 1)[1][1:-2]
    assert article.other_headlines.count(rules_pick) == 1
    assert HEADLINE not in article.other_headlines
    assert any("learned ranker" in doubt.message for doubt in article.doubts)


def test_odd_texts_give_the_trees_no_trouble() -> None:
    """One block, blocks without letters, one huge line, digits only: no error, no pick."""
    texts = ["...", "1\n\n2\n\n3", "x" * 50_000, "\n\n".join(["!!!"] * 30), "Ω " * 20_000]
    for text in texts:
        blocks, groups = split_blocks(pasted_lines(text))
        assert surer_headline(blocks, groups, None, None, is_anchor) in (None, *blocks)


def test_cookie_notice_over_headline_is_left_alone() -> None:
    """An Indonesian page with a cookie notice over the headline: the rules are right, and
    the trees, less sure of the headline than of a line they would prefer, do not overrule."""
    text = (
        "Beranda Berita Ekonomi Olahraga Hiburan Teknologi\n\nKabar Nusantara\n\n"
        "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Setuju\n\n"
        "Petani kopi di Lereng Merapi mulai panen lebih awal karena musim kemarau panjang\n\n"
        "Rabu, 8 Oktober 2025 14:20 WIB\n\nOleh Dewi Lestari\n\n"
        "Para petani kopi di lereng Gunung Merapi mulai memanen biji kopi tiga minggu lebih "
        "awal dari biasanya. Musim kemarau yang panjang membuat buah kopi matang lebih cepat, "
        "kata Sutrisno, ketua kelompok tani di Desa Kemiren.\n\n"
        "Menurut dia, hasil panen tahun ini diperkirakan turun sekitar dua puluh persen "
        "dibandingkan tahun lalu. Banyak petani kini mencari cara untuk menyimpan air hujan.\n"
    )
    article = parse_text(text)
    assert article.headline.startswith("Petani kopi di Lereng Merapi")
    assert not any("learned ranker" in line for line in article.recognised)


def test_rules_headline_the_trees_agree_with_is_kept() -> None:
    """The dek under the headline, a sentence like it, is not taken."""
    blocks, groups = split_blocks(pasted_lines(PAGE))
    assert surer_headline(blocks, groups, "pt", HEADLINE, is_anchor) is None
    scores = [probability(model(), f) for f in candidate_features(blocks, groups, "pt", is_anchor)]
    assert max(range(len(scores)), key=scores.__getitem__) == blocks.index(HEADLINE)


def test_one_line_of_a_wrapped_headline_does_not_overrule_it() -> None:
    """The rules joined a headline from its two wrapped lines; the trees, sure of its first
    line alone, leave it (a line of the rules' headline is theirs to read), and a line
    that is not part of it still may."""
    lines = ["Viseu aprova novo parque urbano", "junto ao rio Pavia"]
    blocks = [MENU, *lines, "14 de outubro de 2025"]
    assert not _wraps(blocks, 0, norm(" ".join(lines)))
    assert _wraps(blocks, 1, norm(" ".join(lines)))
    assert _wraps(blocks, 2, norm(" ".join(lines)))
    assert not _wraps(blocks, 1, norm(lines[0] + " junto"))


def test_a_headline_joined_from_wrapped_lines_is_not_traded_for_its_dek(monkeypatch) -> None:
    """A release pasted from a PDF: the headline wrapped onto three lines, a dek line under
    it. Where the rules joined the headline from its lines, the trees stay out, however sure
    of another line (they rank lines, and would trade it for the dek); where the rules'
    headline is one line, a line the trees are sure of still overrules it."""
    import tearsheet.headrank as headrank

    lines = ["El Govern amplia el menjador escolar gratuït a", "tots els alumnes de", "primària"]
    dek = "Les famílies no hauran de fer cap tràmit: les escoles aplicaran la gratuïtat d'ofici"
    blocks = ["Generalitat de Catalunya", "Nota de premsa", *lines, dek, LEAD]
    sure = {blocks.index(dek): 0.99}
    monkeypatch.setattr(headrank, "candidate_features", lambda b, *_: list(range(len(b))))
    monkeypatch.setattr(headrank, "probability", lambda _spec, row: sure.get(row, 0.1))
    groups = list(range(len(blocks)))
    assert surer_headline(blocks, groups, "ca", " ".join(lines), is_anchor) is None
    assert surer_headline(blocks, groups, "ca", "Nota de premsa", is_anchor) == dek


def test_the_date_under_the_headline_the_trees_chose_is_read(monkeypatch) -> None:
    """The rules took a summary's first point for the headline and passed over the date line
    above it as the page's furniture; where the trees choose the headline over the date,
    the date under it is the story's."""
    import tearsheet.headrank as headrank
    from tearsheet.recognise import Draft

    headline = "Bandari ya Tanga kupokea meli kubwa za mizigo kuanzia Julai"
    point = "Upanuzi wa gati umegharimu Sh429 bilioni"
    blocks = ["Mwananchi", "Habari", headline, "Jumatano, Aprili 29, 2026", point, LEAD]
    monkeypatch.setattr(headrank, "surer_headline", lambda *_: headline)
    draft = Draft(lang="sw", headline=point)
    headrank.rerank_headline(blocks, list(range(len(blocks))), draft, [LEAD], is_anchor)
    assert draft.headline == headline
    assert draft.date is not None and draft.date.isoformat() == "2026-04-29"
    # A date read already stays.
    draft = Draft(lang="sw", headline=point, date=draft.date.replace(day=1))
    headrank.rerank_headline(blocks, list(range(len(blocks))), draft, [LEAD], is_anchor)
    assert draft.date.isoformat() == "2026-04-01"


def test_the_short_lines_over_the_headline_the_trees_chose_go_with_it(monkeypatch) -> None:
    """A mailed release read from its subject: the cover note and the "PRESSEMITTEILUNG"
    label over the headline the trees chose lower down go with the headline; a paragraph of
    prose over it stays (the trees may be wrong, and nothing of a story is lost to them)."""
    import tearsheet.headrank as headrank
    from tearsheet.recognise import Draft

    headline = "Landkreis baut Radweg zwischen Eggenfelden und Gern"
    cover = "Sehr geehrte Damen und Herren, anbei unsere Pressemitteilung."
    body = ["Die 4,6 Kilometer lange Strecke soll im Herbst 2027 fertig sein", LEAD]
    paragraphs = [cover, "PRESSEMITTEILUNG", headline, *body]
    monkeypatch.setattr(headrank, "surer_headline", lambda *_: headline)
    draft = Draft(lang="de", headline="PM 19/2026 – Radweg Eggenfelden")
    kept = headrank.rerank_headline(paragraphs, list(range(5)), draft, paragraphs, is_anchor)
    assert draft.headline == headline
    assert kept == body
    assert [block for _, block in draft.removed] == [cover, "PRESSEMITTEILUNG", headline]
    prose = LEAD.split("\n\n")[0]
    draft = Draft(lang="de", headline="PM 19/2026 – Radweg Eggenfelden")
    paragraphs = [prose, headline, *body]
    kept = headrank.rerank_headline(paragraphs, list(range(4)), draft, paragraphs, is_anchor)
    assert kept == paragraphs
