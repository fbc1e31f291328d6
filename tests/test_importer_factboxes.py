"""A match's facts under its report (tearsheet.factboxes): the result, the scorers, the
referee stay with the story; a contact block or a page's times do not read as one."""

from __future__ import annotations

import pytest

from tearsheet.factboxes import facts_end
from tearsheet.plaintext import parse_text


def body_of(text: str, lang: str) -> list[str]:
    return [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]


@pytest.mark.parametrize(
    "box",
    [
        ["HAJDUK – OSIJEK 2:1 (0:1)", "Strijelci: 0:1 Perković (37), 1:1 Šarić (61)"],
        ["Pardubice – Třinec 3:2 po prodl. (0:1, 0:1, 2:0 – 1:0)", "Branky: 45. Vondráček"],
        [
            "Salon: Tofaş Nilüfer",
            "Hakemler: Zafer Yılmaz, Emre Ak",
            "Periyotlar: 15-24, 26-16 (41-40), 20-21",
        ],
        ["Leeds United – Norwich City 3-1 (1-0)", "Scorers: Bamford 12, 77; James 58"],
        ["Legia – Lech 0:2 (0:1)", "Bramki: 0:1 Ishak (23.), 0:2 Ishak (81.)", "Widzów: 27 412"],
    ],
)
def test_a_result_and_its_labelled_lines_are_a_box(box):
    assert facts_end([*box, "Tags"], 0) == len(box)


@pytest.mark.parametrize(
    "lines",
    [
        ["Tel: 070-318 44 92", "E-post: per.holmgren@nordvikenergi.se"],
        ["Veröffentlicht: 14.03.2025, 10:30", "Aktualisiert: 14.03.2025, 12:15"],
        ["Öffnungszeiten: montags", "Eintritt: frei"],
        ["The two sides met in 2019 – the score then was 2:1."],
    ],
)
def test_contacts_times_and_a_sentence_are_no_box(lines):
    assert facts_end(lines, 0) == 0


STORY = (
    "Hajduk je u 25. kolu pobijedio Osijek pred punim Poljudom i tako zadržao četiri boda "
    "prednosti pred Rijekom na vrhu ljestvice, a trener je bio zadovoljan igrom.\n\n"
    "Gosti su poveli u 37. minuti nakon brzog protunapada, ali je Šarić s klupe u drugom "
    "poluvremenu dvaput zabio i preokrenuo utakmicu pred oduševljenim navijačima."
)


def test_the_box_under_a_match_report_stays_in_the_body():
    box = [
        "HAJDUK – OSIJEK 2:1 (0:1)",
        "Strijelci: 0:1 Perković (37), 1:1 Šarić (61), 2:1 Šarić (68)",
        "Gledatelja: 24.300. Sudac: Pajač (Zagreb)",
    ]
    text = "\n\n".join(
        ["Hajduk preokretom do pobjede", "15. ožujka 2025.", STORY, *box, "Tagovi", "HNL"]
    )
    assert body_of(text, "hr")[-3:] == box


def test_a_press_contact_under_a_release_is_not_kept_as_a_box():
    story = (
        "Nordvik Energi har fattat investeringsbeslut om ett batterilager på 80 megawatt i "
        "Sundsvall. Anläggningen ska tas i drift under hösten 2026 och stärka elnätet.\n\n"
        "Batterilagret byggs i anslutning till transformatorstationen i Ljustadalen och får "
        "en lagringskapacitet på 160 megawattimmar, enligt bolagets pressmeddelande."
    )
    contact = ["För mer information, kontakta:", "Tel: 070-318 44 92", "E-post: per@nordvik.se"]
    text = "\n\n".join(["Nordvik bygger batterilager", "4 februari 2025", story, *contact])
    body = body_of(text, "sv")
    assert body[-1].startswith("Batterilagret") and not any("070" in p for p in body)
