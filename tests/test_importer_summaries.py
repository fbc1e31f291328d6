"""Summary boxes over a story (tearsheet.summaries): cut out, in any language."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text


@pytest.mark.parametrize("detail", ["विस्तार\n", ""])
def test_a_hindi_summary_box_is_the_dek(detail):
    text = (
        "राजस्थान में भीषण गर्मी, बाड़मेर में पारा 48 के पार\n\nUpdated Fri, 23 May 2025 03:15 PM IST\n"
        "सार\nमौसम विभाग ने अगले चार दिन के लिए रेड अलर्ट जारी किया है।\n"
        f"{detail}"
        "जयपुर। राजस्थान में भीषण गर्मी का दौर जारी है। शुक्रवार को बाड़मेर में अधिकतम तापमान 48.3 "
        "डिग्री सेल्सियस दर्ज किया गया, जो इस सीजन का सबसे अधिक है।\n"
        "मौसम विभाग ने पश्चिमी राजस्थान के 12 जिलों के लिए अगले चार दिन का रेड अलर्ट जारी किया है।\n"
    )
    article = parse_text(text, lang="hi")
    assert article.dek == "मौसम विभाग ने अगले चार दिन के लिए रेड अलर्ट जारी किया है।"
    assert article.dateline == "जयपुर"
    assert article.body.startswith("राजस्थान में भीषण गर्मी का दौर जारी है।")
    assert "सार" not in article.body.split() and "विस्तार" not in article.body


STORY = [
    "Residents of the small East Gippsland town of Briagolong have been allowed to return home, "
    "a day after a fast-moving bushfire tore through the area and destroyed 14 homes.",
    "The fire started on Tuesday afternoon in bushland north of the town and was pushed south "
    "by wind gusts of up to 80 kilometres per hour, the fire authority said on Wednesday.",
]


@pytest.mark.parametrize(
    ("lang", "label", "points"),
    [
        (
            "en",
            "In short:",
            [
                "A bushfire has destroyed 14 homes near Briagolong in East Gippsland.",
                "Residents were allowed back into the town on Wednesday afternoon.",
                "What's next?",
                "A relief centre will stay open until the weekend.",
            ],
        ),
        ("en", "What you need to know:", ["The transition period is six months."]),
        ("de", "Das Wichtigste in Kürze", ["Ein Buschfeuer hat 14 Häuser zerstört."]),
        ("sw", "Muhtasari", ["Moto wa msituni umeteketeza nyumba 14 karibu na mji."]),
        ("hr", "Ukratko", ["Požar je uništio 14 kuća u blizini grada."]),
    ],
)
def test_a_summary_box_over_the_story_goes(lang, label, points):
    text = "\n".join(
        [
            "ABC News",
            "Fire destroys 14 homes in Gippsland",
            "Wed 12 Feb 2025",
            label,
            *points,
            *STORY,
            "Related Stories",
            "Farmers count losses",
        ]
    )
    article = parse_text(text + "\n", lang=lang)
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body[0].startswith("Residents of the small East Gippsland town")
    assert not any(point in body for point in points)


def test_a_menu_s_key_points_are_no_summary_box():
    # A label of the list over links that are no sentences, and a story under them.
    text = "\n".join(
        [
            "Key points",
            "Sport",
            "Business",
            "Culture",
            "Fire destroys 14 homes in Gippsland",
            "Wed 12 Feb 2025",
            *STORY,
        ]
    )
    article = parse_text(text + "\n", lang="en")
    assert not any(r[0] == "summary box" for r in article.removed)


def test_a_summary_label_over_the_story_s_long_paragraphs_takes_nothing():
    text = "\n".join(
        ["Fire destroys 14 homes in Gippsland", "Wed 12 Feb 2025", "In short:", *STORY]
    )
    article = parse_text(text + "\n", lang="en")
    assert not any(r[0] == "summary box" for r in article.removed)
    assert STORY[0] in article.body and STORY[1] in article.body


def test_a_subheading_of_that_name_inside_the_story_is_the_story_s():
    inside = [
        "What you need to know",
        "The road is closed.",
        "Buses run every hour.",
        "Schools are open.",
    ]
    text = "\n".join(
        ["Fire destroys 14 homes in Gippsland", "Wed 12 Feb 2025", STORY[0], *inside, STORY[1]]
    )
    body = parse_text(text + "\n", lang="en").body
    assert all(line in body for line in inside[1:])


def test_the_dek_printed_again_over_the_story_goes_once_read():
    from tearsheet.recognise import Draft
    from tearsheet.summaries import drop_dek_again

    dek = "Ein Roman über drei Schwestern, die das Haus ihrer Mutter räumen müssen."
    story = [
        "Die Autorin hat lange an diesem Buch gearbeitet, und man merkt es jeder Seite an.",
        "Am stärksten ist das Buch dort, wo es schweigt, in den Pausen am Küchentisch.",
    ]
    assert drop_dek_again([dek, *story], Draft(lang="de", dek=dek)) == story
    # A first paragraph that is not the dek stays; so does the dek standing alone.
    assert drop_dek_again(story, Draft(lang="de", dek=dek)) == story
    assert drop_dek_again([dek], Draft(lang="de", dek=dek)) == [dek]


HI_STORY = [
    "जागरण संवाददाता, कानपुर: गर्मी शुरू होने से पहले शहर के 38 वार्डों के लोगों के लिए राहत की "
    "खबर है। गंगा बैराज से इन वार्डों तक पानी पहुंचाने के लिए नई पाइपलाइन का काम पूरा हो गया है।",
    "जलकल विभाग के महाप्रबंधक ने बताया कि अप्रैल के पहले सप्ताह से ट्रायल शुरू होगा और मई तक "
    "सभी घरों में नियमित आपूर्ति शुरू कर दी जाएगी।",
]


@pytest.mark.parametrize(
    ("lang", "dek", "label", "points", "story"),
    [
        (
            "hi",
            "गंगा बैराज जल संस्थान से 38 वार्डों को जोड़ने के लिए 92 किलोमीटर पाइपलाइन बिछाई गई है। "
            "अप्रैल के पहले सप्ताह से ट्रायल शुरू होगा।",
            "HighLights",
            [
                "38 वार्डों के करीब 2.1 लाख घरों को मिलेगा फायदा",
                "92 किलोमीटर लंबी पाइपलाइन का काम पूरा",
            ],
            HI_STORY,
        ),
        (
            "en",
            "The county will spend $2.1 million on a new bridge over Turkey Creek, and the old "
            "one closes in May.",
            "Story highlights",
            ["Bridge closes for five months", "Detour adds nine miles for farm traffic"],
            [
                "Marlow County will close the Old Mill Road bridge over Turkey Creek in early "
                "May and replace it with a wider concrete span, commissioners decided.",
                "The 1958 steel-truss bridge has been posted at 10 tons since an inspection two "
                "years ago found section loss in two of its floor beams.",
            ],
        ),
    ],
)
def test_a_highlights_box_under_the_dek_goes_with_its_headline_like_points(
    lang, dek, label, points, story
):
    text = "\n".join(["A headline over the story", "Updated: Tue, 03 Mar 2026", dek, label])
    text += "\n" + "\n".join(points) + "\n\n" + "\n\n".join(story)
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert label not in body and not set(points) & set(body)


def test_highlights_under_a_caption_over_the_story_s_short_first_paragraph_take_nothing():
    first = (
        "Sweden has dropped its investigation into a 2010 rape allegation against WikiLeaks "
        "co-founder Julian Assange after a review of the evidence."
    )
    text = "\n".join(
        [
            "Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange",
            "Published November 20th, 2019 - 07:50 GMT",
            "WikiLeaks founder Julian Assange (AFP)",
            "Highlights",
            "She added that an appeal against the decision could be made to the attorney general.",
            "",
            first,
            "",
            *STORY,
        ]
    )
    article = parse_text(text, lang="en")
    assert not any(r[0] == "summary box" for r in article.removed)
    assert first in article.body
