"""Datelines in the shapes the agencies and regional papers write them, and lines that only
look like one."""

from __future__ import annotations

import pytest

from tearsheet.datelines import read_wire_dateline
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft

REST = "more words of the story follow here, enough of them to make a paragraph of it."


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "source", "kept"),
    [
        ("Praha 5. března (ČTK) - Vláda dnes schválila", "cs", "Praha", "ČTK", "Vláda dnes"),
        ("Bratislava 6. marca (TASR) - Ceny potravín", "sk", "Bratislava", "TASR", "Ceny"),
        ("Oslo (NTB): Strømprisen i Sør-Norge var", "no", "Oslo", "NTB", "Strømprisen"),
        ("МОСКВА, 5 марта. /ТАСС/. Новая линия", "ru", "Москва", "ТАСС", "Новая линия"),
        ("NEW DELHI: The Delhi government will add", "en", "New Delhi", None, "The Delhi"),
        ("Hamburg (dpa/lno) - Der Elbtunnel wird", "de", "Hamburg", "dpa", "Der Elbtunnel"),
        ("İZMİR (AA) - Ege'de zeytin hasadı", "tr", "İzmir", "AA", "Ege'de"),
        ("DİYARBAKIR (AA) - Kentte hasat", "tr", "Diyarbakır", "AA", "Kentte"),
        (
            "Cluj-Napoca, 5 mar /Agerpres/ - Primăria a semnat",
            "ro",
            "Cluj-Napoca",
            "Agerpres",
            "Pri",
        ),
        ("Heidelberg. Der Gemeinderat hat am Dienstagabend", "de", "Heidelberg", None, "Der Ge"),
        ("Brno - Ve věku 91 let zemřel v pondělí architekt", "cs", "Brno", None, "Ve věku"),
        ("Monterrey, NL.- Servicios de Agua anunció este", "es", "Monterrey, NL", None, "Serv"),
        # A region written out, with its accents, before EFE's ".-".
        (
            "Morelia, Michoacán.- El Congreso local aprobó",
            "es",
            "Morelia, Michoacán",
            None,
            "El Congreso",
        ),
        ("Torreón, Coahuila.- Vecinos de la colonia", "es", "Torreón, Coahuila", None, "Vecinos"),
        (
            "Oaxaca de Juárez, Oax.- La maestra alfarera",
            "es",
            "Oaxaca de Juárez, Oax.",
            None,
            "La m",
        ),
        (
            "Bengaluru, March 8, 2025: Kaveri AgriTech today announced",
            "en",
            "Bengaluru",
            None,
            "Kav",
        ),
        ("กรุงเทพฯ – 18 มีนาคม 2568 – บริษัท สยามโซลาร์ เอนเนอร์ยี", "th", "กรุงเทพฯ", None, "บริษัท"),
        (
            "Frankfurt/Main (dpa) - Die Lokführergewerkschaft GDL",
            "de",
            "Frankfurt/Main",
            "dpa",
            "Die",
        ),
        ("जयपुर। राजस्थान में भीषण गर्मी का दौर जारी है।", "hi", "जयपुर", None, "राजस्थान"),
        # A Nepali paper's day and month before the place, or after it.
        ("५ फागुन, काठमाडौं । नेपाल आयल निगमले पेट्रोलको मूल्य", "ne", "काठमाडौं", None, "नेपाल"),
        ("काठमाडौं, फागुन ५ । नेपाल आयल निगमले पेट्रोलको मूल्य", "ne", "काठमाडौं", None, "नेपाल"),
        ("MOMBASA, Familia zaidi ya 200 hazina makazi Mombasa", "sw", "Mombasa", None, "Familia"),
        (
            "DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates",
            "en",
            "Dubai, United Arab Emirates",
            None,
            "Dubai's",
        ),
        ("NASA, The agency said on Monday that it", "en", None, None, "NASA, The"),
        (
            "LYON, France--(BUSINESS WIRE)--Novalyse annonce aujourd’hui",
            "fr",
            "LYON, France",
            None,
            "Nov",
        ),
        # news aktuell's distribution mark is no agency.
        ("Lindenau (ots) - Die Stadtwerke Lindenau bauen", "de", "Lindenau", None, "Die Stadt"),
        # A place in small letters before a dash, named again in the story.
        ("Luanda – O Conselho de Ministros aprovou, em Luanda, um", "pt", "Luanda", None, "O Con"),
        ("Gent - De Sint-Pieterskermis in Gent gaat door", "nl", "Gent", None, "De Sint"),
        ("नई दिल्ली, 19 मई (भाषा) भारत मौसम विज्ञान विभाग ने", "hi", "नई दिल्ली", "भाषा", "भारत"),
        (
            "(서울=연합뉴스) 김철수 기자 = 서울 아파트의 전세가율이",
            "ko",
            "서울",
            "연합뉴스",
            "서울 아",
        ),
        ("【ジュネーブ共同】世界保健機関（WHO）は24日、", "ja", "ジュネーブ", "共同", "世界保健"),
        ("新华社武汉3月12日电（记者王海燕）3月12日上午9时，", "zh", "武汉", "新华社", "3月12日上"),
        ("本报北京3月12日电 （记者 李华）北京市今天发布", "zh", "北京", None, "北京市今"),
        ("طولكرم 12-10-2025 وفا- بدأ مزارعو محافظة طولكرم، اليوم", "ar", "طولكرم", "وفا", "بدأ"),
        ("تهران- ایرنا- مدیرعامل شرکت آب و فاضلاب استان تهران", "fa", "تهران", "ایرنا", "مدیر"),
        (
            "Sevilla, 22 ene (EFE).-La Junta de Andalucía ha activado",
            "es",
            "Sevilla",
            "EFE",
            "La Junta",
        ),
        (
            "أبوظبي في 12 يناير/ وام/ أصدر المركز الوطني للأرصاد تنبيهاً",
            "ar",
            "أبوظبي",
            "وام",
            "أصدر",
        ),
        ("Jakarta - Gempa bumi berkekuatan magnitudo 5,8", "id", "Jakarta", None, "Gempa"),
        # A known city's or country's name before a dash or colon, in any case and script.
        ("Lagos — The Federal Government on Tuesday announced", "en", "Lagos", None, "The"),
        ("Kyiv, 12 March – Ukraine's energy company said", "en", "Kyiv", None, "Ukraine's"),
        ("Wien – Die Bundesregierung hat am Dienstag", "de", "Wien", None, "Die"),
        ("नई दिल्ली: सरकार ने मंगलवार को घोषणा की", "hi", "नई दिल्ली", None, "सरकार"),
        ("القاهرة - أعلنت الحكومة يوم الثلاثاء", "ar", "القاهرة", None, "أعلنت"),
        ("ירושלים – הממשלה הודיעה ביום שלישי", "he", "ירושלים", None, "הממשלה"),
        ("Hà Nội – Chính phủ thông báo hôm thứ Ba", "vi", "Hà Nội", None, "Chính"),
        ("WARSZAWA. Rząd przyjął we wtorek projekt", "pl", "Warszawa", None, "Rząd"),
        ("МОСКВА. Правительство объявило во вторник", "ru", "Москва", None, "Правительство"),
        ("Москва. Правительство объявило во вторник", "ru", "Москва", None, "Правительство"),
        ("LAHTI Kerttu Niskanen sijoittui toiseksi maailmancupissa", "fi", "Lahti", None, "Kerttu"),
        ("MADRID. – El Gobierno aprobó este martes", "es", "Madrid", None, "El Gobierno"),
        ("BEKASI, KOMPAS.com - Banjir merendam ratusan rumah", "id", "Bekasi", None, "Banjir"),
        ("Jakarta, CNN Indonesia -- Pemerintah mengumumkan", "id", "Jakarta", None, "Pemerintah"),
        # The website's name alone before the dash: no place, and it goes.
        ("KOMPAS.com - Ponsel lipat terbaru itu dijual", "id", None, None, "Ponsel lipat"),
        ("Liputan6.com - Harga emas naik lagi hari ini", "id", None, None, "Harga emas"),
        # Two places parted by a slash, each a place; a label with a slash is none.
        (
            "SAN FRANCISCO/NEW YORK (Reuters) - The two companies",
            "en",
            "San Francisco/New York",
            "Reuters",
            "The two",
        ),
        (
            "München/Berlin (dpa) - Die Koalition hat",
            "de",
            "München/Berlin",
            "dpa",
            "Die Koalition",
        ),
        (
            "Berlin/Brüssel - Die Kommission hat am Dienstag",
            "de",
            "Berlin/Brüssel",
            None,
            "Die Kom",
        ),
        ("Update/Correction - The council said on Tuesday", "en", None, None, "Update/Correction"),
        # A full stop after the date, the place in capitals; a release's place in capitals.
        ("КИЇВ, 5 березня. Уряд ухвалив постанову", "uk", "Київ", None, "Уряд"),
        ("МИНСК, 12 мая. Правительство утвердило", "ru", "Минск", None, "Правительство"),
        ("Kyiv, 12 November. Officials said the grid", "en", None, None, "Kyiv, 12 November."),
        ("BOGOTÁ, 5 de marzo de 2025.- El Gobierno anunció", "es", "Bogotá", None, "El Gobierno"),
        # A website's name before the place ("Tribunnews.com, Magelang -").
        ("Tribunnews.com, Magelang - Banjir lahar dingin", "id", "Magelang", None, "Banjir"),
        ("Detik.com, Surabaya - Pemerintah kota mengumumkan", "id", "Surabaya", None, "Pem"),
        # A province in brackets after the place: written with it, no agency.
        (
            "SESTRIERE (TORINO) - Ha aspettato l'ultima salita",
            "it",
            "Sestriere (Torino)",
            None,
            "Ha",
        ),
        ("ROMA (ANSA) - Il governo ha approvato", "it", "Roma", "ANSA", "Il governo"),
        ("BEIJING (Xinhua) -- China's State Council said", "en", "Beijing", "Xinhua", "China's"),
        # PTI's danda after the agency's bracket, and a place no city list spells so.
        ("नयी दिल्ली, 12 मई (भाषा)। भारत मौसम विज्ञान विभाग ने", "hi", "नयी दिल्ली", "भाषा", "भारत"),
        (
            "MANILA, Philippines — The government announced",
            "en",
            "Manila, Philippines",
            None,
            "The",
        ),
        (
            "МОСКВА, 12 мар — РИА Новости. Правительство объявило",
            "ru",
            "Москва",
            "РИА Новости",
            "Правительство",
        ),
        (
            "New Delhi [India], March 12 (ANI): The government announced",
            "en",
            "New Delhi",
            "ANI",
            "The government",
        ),
        (
            "Ciudad de México. El volcán registró 45 exhalaciones",
            "es",
            "Ciudad de México",
            None,
            "El",
        ),
        ("Monterrey. La ciudad vuelve a los tandeos de agua", "es", "Monterrey", None, "La ciudad"),
        # A place in bold, named again at once in another case (the inflected languages).
        (
            "Pardubice Hokejisté Pardubic vyhráli první zápas play off",
            "cs",
            "Pardubice",
            None,
            "Hok",
        ),
        ("Kraków Radni Krakowa przyjęli we wtorek nowy plan dla", "pl", "Kraków", None, "Radni"),
        ("Zagreb Gradsko vijeće Zagreba usvojilo je u utorak novi", "hr", "Zagreb", None, "Grad"),
        # Named again as it is, or a verb in small letters after it: a sentence.
        ("Boston Red Sox fans in Boston celebrated the win until", "en", None, None, "Boston Red"),
        ("Praha chce do konce příštího roku rozšířit síť kol v Praze", "cs", None, None, "Praha"),
        # Only look like one: a weekday and a date, a label in capitals, an abbreviation.
        ("Sí. El gobierno confirmó el lunes que la ciudad", "es", None, None, "Sí. El"),
        ("Basta. Los vecinos del barrio salieron a la calle", "es", None, None, "Basta. Los"),
        ("Polémica. El alcalde defendió el lunes su plan", "es", None, None, "Polémica. El"),
        ("THE Federal Government has approved a new minimum wage", "en", None, None, "THE"),
        ("POLICE Scotland have arrested a man after a crash", "en", None, None, "POLICE"),
        # Not known as places: labels of the same shape.
        ("Analyse – Die Regierung hat am Dienstag", "de", None, None, "Analyse –"),
        ("Opinion: The government was wrong to cut the budget", "en", None, None, "Opinion:"),
        ("NATO Secretary General Mark Rutte said on Tuesday", "en", None, None, "NATO"),
        ("Opini - Kota ini butuh transportasi umum yang lebih baik", "id", None, None, "Opini -"),
        ("Football - The match was called off on Sunday", "en", None, None, "Football -"),
        ("Football - It was called off by the Football Association", "en", None, None, "Foot"),
        ("Kommentar – Die Regierung hat den Kommentar", "de", None, None, "Kommentar –"),
        ("Analysis – The vote is a test, our Analysis shows", "en", None, None, "Analysis –"),
        ("Update - The council met again on Monday and", "cs", None, None, "Update -"),
        ("Tuesday 5 March 2024 - The council met again", "en", None, None, "Tuesday 5"),
        ("Tuesday, 5 March 2024 – The council met again", "en", None, None, "Tuesday, 5"),
        ("Dienstag, 5. März 2024 – Der Rat tagte wieder", "de", None, None, "Dienstag, 5"),
        ("Sreda, 04.06.2025. – Gradsko veće je usvojilo plan", "sr", None, None, "Sreda, 04"),
        ("Sreda, 04.06.2025. – Gradsko veće je usvojilo plan", "bs", None, None, "Sreda, 04"),
        ("Mercredi, 4 juin 2025 – Le conseil municipal a adopté", "fr", None, None, "Mercredi"),
        ("WATCH: The moment the bridge opened to traffic", "en", None, None, "WATCH: The"),
        ("Prof. Schmidt sagte am Dienstag im Gemeinderat", "de", None, None, "Prof. Schmidt"),
        ("Paris. The city council said on Monday that it", "en", None, None, "Paris. The"),
        ("วันนี้ (21 ม.ค.2569) กรุงเทพมหานครประกาศ", "th", None, None, "วันนี้"),
        # Arabic wires: the agency in brackets between dashes, or before a colon.
        ("الخرطوم - (رويترز) - قال مكتب الأمم المتحدة", "ar", "الخرطوم", "رويترز", "قال"),
        ("الرباط - رويترز: افتتح المغرب يوم الثلاثاء", "ar", "الرباط", "رويترز", "افتتح"),
        ("بيروت - (أ ف ب) - أعلنت الحكومة اللبنانية", "ar", "بيروت", "أ ف ب", "أعلنت"),
        # A place in capitals with its particle, and a stop ("CIUDAD DE MÉXICO.").
        ("CIUDAD DE MÉXICO. Un sismo sacudió este martes", "es", "Ciudad de México", None, "Un"),
        ("RIO DE JANEIRO. A prefeitura anunciou nesta", "pt", "Rio de Janeiro", None, "A pre"),
        # A known place and a date with no mark before the sentence.
        ("Jakarta, 4 Agustus 2025 Kementerian Kesehatan memulai", "id", "Jakarta", None, "Kem"),
        ("Lyon, 3 mars 2025 La métropole a présenté mardi", "fr", "Lyon", None, "La mét"),
        ("Mister, 3 March 2025 The council met again on", "en", None, None, "Mister, 3"),
        # Words and a bracket without a dash in a script without capitals are a sentence.
        ("משרד התחבורה אישר אתמול (שלישי) את התוואי", "he", None, None, "משרד"),
        ("ที่ประชุมคณะรัฐมนตรี (ครม.) เมื่อวันที่ 31 มี.ค. มีมติ", "th", None, None, "ที่ประชุม"),
        ("ירושלים (רויטרס) - הממשלה אישרה היום", "he", "ירושלים", "רויטרס", "הממשלה"),
        # The Arabic comma after the place of a press release's dateline.
        ("الإسكندرية، 3 مارس 2025 – أعلنت الشركة اليوم", "ar", "الإسكندرية", None, "أعلنت"),
        # Place, date and agency in capitals, parted by commas (Armenpress and its like).
        ("ԵՐԵՎԱՆ, 29 ՀՈՒԼԻՍԻ, ԱՐՄԵՆՊՐԵՍ: Հայաստանից այս տարի", "hy", "Երեվան", "ԱՐՄԵՆՊՐԵՍ", "Հայ"),
        (
            "YEREVAN, JULY 29, ARMENPRESS: Armenia exported more",
            "en",
            "Yerevan",
            "ARMENPRESS",
            "Arm",
        ),
        ("ТБИЛИСИ, 29 ИЮЛЯ, ГРУЗИЯ-ОНЛАЙН: Экспорт вырос", "ru", "Тбилиси", "ГРУЗИЯ-ОНЛАЙН", "Экс"),
        # A weekday after the date is no agency.
        ("LONDON, MARCH 5, TUESDAY: The council met again", "en", "London", None, "The council"),
        # Al Jazeera's dash right after the place; a hyphen inside a place's name stays.
        ("عمّان- أعلنت الحكومة الأردنية اليوم", "ar", "عمّان", None, "أعلنت"),
        ("بيروت- قالت مصادر محلية إن القصف استمر", "ar", "بيروت", None, "قالت"),
        ("Saint-Denis - Le conseil municipal a voté mardi", "fr", "Saint-Denis", None, "Le con"),
        # A paper's own desk before the place: no byline, no agency.
        ("जागरण संवाददाता, लखनऊ: शहर में बारिश से", "hi", "लखनऊ", None, "शहर में"),
        ("राज्य ब्यूरो, पटना : राज्य सरकार ने", "hi", "पटना", None, "राज्य सरकार"),
        ("Express News Service, Kochi: The city corporation", "en", "Kochi", None, "The city"),
        # PR Newswire's Chinese release: the distributor is no source.
        ("中国上海2025年3月4日 /美通社/ -- 某某科技公司今日宣布", "zh", "中国上海", None, "某某"),
    ],
)
def test_datelines(first, lang, dateline, source, kept):
    article = parse_text(f"Headline of the story\n\n2024-03-05\n\n{first} {REST}\n", lang=lang)
    assert (article.dateline, article.source) == (dateline, source)
    assert article.body.startswith(kept)


def test_a_desk_and_a_place_before_a_sentence_going_on_are_no_dateline():
    # "Former BBC correspondent, London: that is how …": the colon's sentence goes on.
    first = "Former BBC correspondent, London: that is how she still introduces herself"
    article = parse_text(f"Headline of the story\n\n2024-03-05\n\n{first} {REST}\n", lang="en")
    assert article.dateline is None
    assert article.body.startswith("Former BBC correspondent, London:")


def test_captions_and_buttons_over_a_dateline_go():
    text = (
        "Headline of the story\n\n2026-02-19\n\nSkopírovať odkaz\n\n"
        "Ilustračná snímka nemocnice v Prešove\n\n"
        f"Prešov 19. februára (TASR) - Fakultná nemocnica otvorí {REST}\n"
    )
    article = parse_text(text, lang="sk")
    assert (article.dateline, article.source) == ("Prešov", "TASR")
    assert article.body.startswith("Fakultná nemocnica")


@pytest.mark.parametrize(
    ("caption", "first", "lang", "dateline"),
    [
        (
            "Wakulima wakipakia magunia ya mahindi katika soko la Mwanjelwa jijini Mbeya. Picha na Juma Ali",
            "Mbeya. Wakulima wa mahindi mkoani Mbeya wamelalamikia kushuka kwa bei ya zao hilo",
            "sw",
            "Mbeya",
        ),
        (
            "Der neue Bahnhofsvorplatz mit den Bäumen und den Bänken am frühen Dienstagmorgen | Foto: Anna Berg",
            "Heidelberg. Der Gemeinderat hat am Dienstagabend den Umbau beschlossen",
            "de",
            "Heidelberg",
        ),
        (
            "Plac Zamkowy i Kolumna Zygmunta w poniedziałek rano, widok od strony Krakowskiego Przedmieścia",
            "Warszawa. Rada miasta przyjęła we wtorek plan przebudowy placu",
            "pl",
            "Warszawa",
        ),
    ],
)
def test_a_caption_over_a_place_and_a_stop_goes(caption, first, lang, dateline):
    # Longer than the short lines over a story that go whatever follows (a caption's).
    paragraphs, draft = [caption, f"{first}, {REST}", REST], Draft(lang=lang)
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline == dateline
    assert paragraphs == [f"{first[len(dateline) + 2 :]}, {REST}", REST]


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("Tribunnews.com, Magelang - Banjir lahar dingin menerjang dua dusun", "Magelang"),
        ("BEKASI, KOMPAS.com - Banjir merendam ratusan rumah warga di Bekasi", "Bekasi"),
    ],
)
def test_a_caption_sentence_over_a_dateline_naming_its_website_goes(first, dateline):
    # A website's name beside the place is a dateline for sure, as an agency's is.
    caption = (
        "Kondisi jalan desa yang tertimbun material lahar di Dusun Kemiren, Selasa (21/1/2025)."
    )
    paragraphs, draft = [caption, f"{first}, {REST}", REST], Draft(lang="id")
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline == dateline
    assert paragraphs[0].startswith("Banjir")


def test_a_sentence_over_a_place_and_a_stop_stays():
    # A sentence over it may be the story's own first paragraph: nothing is lost to a guess.
    first = "Mvua hizo zinatarajiwa kunyesha kuanzia jumapili hadi jumatano ijayo."
    story = "Dar es Salaam. Mamlaka ya Hali ya Hewa imetoa tahadhari ya mvua kubwa katika mikoa"
    paragraphs, draft = [first, f"{story}, {REST}"], Draft(lang="sw")
    read_wire_dateline(paragraphs, draft)
    assert paragraphs[0] == first


def test_a_short_first_paragraph_over_a_dateline_less_story_stays():
    text = f"Headline of the story\n\n2026-02-19\n\nIt was a quiet night.\n\nThe {REST}\n"
    assert parse_text(text, lang="en").body.startswith("It was a quiet night.")


@pytest.mark.parametrize(
    ("first", "lang", "footer", "source"),
    [
        ("ZAGREB, 5. svibnja (Hina) - Vlada je", "hr", "© 2026 Hanza Media.", "Hina"),
        ("İZMİR (AA) - Ege'de zeytin hasadı", "tr", "© Anadolu Ajansı 2025", "AA"),
        ("नई दिल्ली, 19 मई (भाषा) भारत मौसम", "hi", "Copyright 2026 Bennett, Coleman", "भाषा"),
        (
            "【ジュネーブ共同】世界保健機関（WHO）は",
            "ja",
            "Copyright © The Chunichi Shimbun",
            "共同",
        ),
        ("Hannover (dpa/lni) - Der Wolf", "de", "Quelle: DIE ZEIT, dpa Niedersachsen", "dpa"),
        ("新华社武汉3月12日电（记者王海燕）3月12日上午9时，", "zh", "来源：新华网", "新华社"),
    ],
)
def test_an_agency_in_the_dateline_wins_over_the_page_s_credit(first, lang, footer, source):
    text = f"Headline of the story\n\n2024-03-05\n\n{first} {REST}\n\n{REST.capitalize()}\n\n{footer}\n"
    assert parse_text(text, lang=lang).source == source


def test_a_chinese_dateline_names_the_reporters_but_not_the_correspondents():
    first = "新华社华盛顿3月12日电（记者王海燕、李明 通讯员张华）美国国会12日通过"
    text = f"美国国会通过法案\n\n2026-03-12\n\n{first}{REST}\n"
    article = parse_text(text, lang="zh")
    assert (article.dateline, article.source) == ("华盛顿", "新华社")
    assert article.byline == ("王海燕", "李明")
    assert article.body.startswith("美国国会12日")


def test_a_listen_button_over_a_place_and_a_danda_goes():
    text = (
        "Headline of the story\n\n2026-02-19\n\nखबर सुनें\n\n"
        f"भोपाल। मध्य प्रदेश सरकार ने मंगलवार को नई योजना की घोषणा की। {REST}\n"
    )
    article = parse_text(text, lang="hi")
    assert article.dateline == "भोपाल"
    assert article.body.startswith("मध्य प्रदेश")


def test_three_buttons_and_a_caption_over_a_dateline_go():
    text = (
        "Headline of the story\n\n2026-03-03\n\nDalintis\n\nKomentarai (58)\n\n"
        "Mokytojai / Luko Balandžio / BNS nuotr.\n\n"
        f"Vilnius, kovo 3 d. (ELTA). Vyriausybė ir profsąjungos {REST}\n"
    )
    article = parse_text(text, lang="lt")
    assert (article.dateline, article.source) == ("Vilnius", "ELTA")
    assert article.body.startswith("Vyriausybė")


def test_bta_s_reporter_and_agency_between_slashes():
    text = (
        "Headline of the story\n\n2025-10-17\n\n"
        f"Пловдив, 17 октомври /Иван Колев, БТА/ Община Пловдив обяви поръчка {REST}\n\n/МС/\n"
    )
    article = parse_text(text, lang="bg")
    assert (article.dateline, article.source, article.byline) == ("Пловдив", "БТА", ("Иван Колев",))
    assert article.body.startswith("Община Пловдив")


def test_a_dek_over_a_dateline_in_capitals_goes():
    text = (
        "Headline of the story\n\n2025-03-27\n\n"
        "Expansion Follows Record 410 Million Pounds of Organic Material Diverted Last Year\n\n"
        f"NEW YORK – New York City Mayor Dolores Arriaga today announced {REST}\n"
    )
    article = parse_text(text, lang="en")
    assert article.dateline == "New York"
    assert article.body.startswith("New York City Mayor")
    # A sentence over it is the story's own first paragraph.
    text = text.replace("Last Year\n", "Last Year.\n")
    assert parse_text(text, lang="en").body.startswith("Expansion Follows")


@pytest.mark.parametrize(
    ("first", "lang", "footer", "source"),
    [
        (
            "Jakarta, 2 Desember 2025 – PT Kereta Api Indonesia (Persero) menyiapkan",
            "id",
            "Tentang KAI",
            "PT Kereta Api Indonesia (Persero)",
        ),
        (
            "Neu-Ulm, 5. Februar 2025 – Die Stadtwerke Neu-Ulm GmbH legen ein Programm auf",
            "de",
            "© 2025 Newsroom Verlag",
            "Stadtwerke Neu-Ulm GmbH",
        ),
        (
            "กรุงเทพฯ – 18 มีนาคม 2568 – บริษัท สยามโซลาร์ เอนเนอร์ยี จำกัด (มหาชน) ประกาศ",
            "th",
            "",
            "บริษัท สยามโซลาร์ เอนเนอร์ยี จำกัด (มหาชน)",
        ),
        # A sentence ending in a legal form's letters names no issuer.
        ("Cape Town, 5 March 2025 – The council said on Monday that SA Water", "en", "", None),
    ],
)
def test_a_press_release_s_first_words_name_its_issuer(first, lang, footer, source):
    text = f"Headline of the story\n\n{first} {REST}\n\n{REST.capitalize()}\n\n{footer}\n"
    assert parse_text(text, lang=lang).source == source


def test_a_dateline_alone_on_its_line_over_the_story_is_read():
    text = "\n".join(
        [
            "Banjir rendam Jakarta Timur",
            "Diperbarui Rabu, 29 Jan 2025 10:35 WIB",
            "Ilustrasi banjir (Foto: Grandyos Zafna/detikcom)",
            "Jakarta -",
            "Hujan deras sejak Selasa malam membuat sejumlah wilayah di Jakarta Timur terendam "
            "banjir, kata Badan Penanggulangan Bencana Daerah pada Rabu pagi.",
            "Ketinggian air mencapai satu meter di beberapa permukiman warga di dekat sungai.",
        ]
    )
    article = parse_text(text + "\n", lang="id")
    assert article.dateline == "Jakarta"
    assert article.body.startswith("Hujan deras")


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "source", "kept"),
    [
        # A known place and a full stop, in the languages whose papers write it so.
        (
            "Dar es Salaam. Mvua kubwa zilizonyesha usiku wa kuamkia leo",
            "sw",
            "Dar es Salaam",
            None,
            "Mvua",
        ),
        ("Kraków. Radni miasta przyjęli we wtorek uchwałę", "pl", "Kraków", None, "Radni"),
        ("Lisboa. O Governo aprovou esta quinta-feira", "pt", "Lisboa", None, "O Governo"),
        (
            "Wuppertal. Wer sich auf Pfingsten im Freibad gefreut hatte",
            "de",
            "Wuppertal",
            None,
            "Wer",
        ),
        ("Finally. The council said on Monday that it", "en", None, None, "Finally. The"),
        ("Hermoso. El atardecer sobre la bahía dejó a todos", "es", None, None, "Hermoso. El"),
        # A known place in bold with no mark, before the sentence's article.
        (
            "São Paulo A inauguração da linha 6 foi adiada, e a empresa culpa a entrega dos trens",
            "pt",
            "São Paulo",
            None,
            "A inaug",
        ),
        (
            "Wuppertal Die Stadt hat bestätigt, dass die Saison später beginnt und die Karten gelten",
            "de",
            "Wuppertal",
            None,
            "Die Stadt",
        ),
        (
            "Sevilla El Ayuntamiento aprobó este lunes el plan de movilidad y el presupuesto",
            "es",
            "Sevilla",
            None,
            "El Ayunt",
        ),
        # The article elided before the noun ("L'Ajuntament", "L’équipe").
        (
            "Girona L'Ajuntament presentarà l'any vinent el pla de mobilitat i el pressupost",
            "ca",
            "Girona",
            None,
            "L'Ajunt",
        ),
        (
            "Lyon L’équipe municipale a présenté l’an dernier son plan pour les pistes",
            "fr",
            "Lyon",
            None,
            "L’équipe",
        ),
        ("Dublin O'Brien said on Monday that the council would", "en", None, None, "Dublin O'B"),
        # An Irish name after the place, and "o'clock" in small letters in the same sentence.
        (
            "Dublin O'Connell Street was closed at six o'clock on Tuesday after a main burst",
            "en",
            None,
            None,
            "Dublin O'C",
        ),
        ("Cork County councillors have voted to press ahead", "en", None, None, "Cork County"),
        ("Paris Saint-Germain won the league on Sunday after", "en", None, None, "Paris Saint"),
        ("Madrid Río es el parque más visitado de la ciudad", "es", None, None, "Madrid Río"),
        # A place, a bullet or bar, the agency, and the story with no mark.
        ("Харків • Укрінформ Енергетики повністю відновили", "uk", "Харків", "Укрінформ", "Енерг"),
        ("Lublin | PAP Wojewoda lubelski ogłosił we wtorek", "pl", "Lublin", "PAP", "Wojewoda"),
        ("Home • News Energetics restored the power to homes", "en", None, None, "Home • News"),
        # EFE's country in parentheses; the Ethiopic comma and a slashed date.
        ("Monterrey (México), 28 may (EFE).- El Gobierno", "es", "Monterrey (México)", "EFE", "El"),
        ("Cusco (Perú), 3 jun (EFE).- Las autoridades", "es", "Cusco (Perú)", "EFE", "Las"),
        ("አዲስ አበባ፣ ሐምሌ 8/2018 (ኢዜአ) - ኢትዮጵያ በበጀት ዓመቱ", "am", "አዲስ አበባ", "ኢዜአ", "ኢትዮጵያ"),
        # A Vietnamese paper's province and a dash.
        ("Đồng Nai - Sau gần 3 năm thi công, cao tốc chính thức", "vi", "Đồng Nai", None, "Sau"),
        ("Video - Sau gần 3 năm thi công, cao tốc chính thức", "vi", None, None, "Video -"),
    ],
)
def test_datelines_without_a_wire_s_form(first, lang, dateline, source, kept):
    article = parse_text(f"Headline of the story\n\n2024-03-05\n\n{first} {REST}\n", lang=lang)
    assert (article.dateline, article.source) == (dateline, source)
    assert article.body.startswith(kept)


def test_labels_over_a_known_place_s_dateline_go():
    text = (
        "Headline of the story\n\n2026-02-25\n\nPlus-artikel\n\n"
        f"Antwerpen - De Sinksenfoor verhuist niet. Het stadsbestuur heeft beslist {REST}\n"
    )
    article = parse_text(text, lang="nl")
    assert article.dateline == "Antwerpen"
    assert article.body.startswith("De Sinksenfoor")


def test_a_sentence_over_a_known_place_s_dateline_stays():
    text = (
        "Headline of the story\n\n2026-02-25\n\nHet is officieel.\n\n"
        f"Antwerpen - De Sinksenfoor verhuist niet. Het stadsbestuur heeft beslist {REST}\n"
    )
    assert parse_text(text, lang="nl").body.startswith("Het is officieel.")


@pytest.mark.parametrize(
    ("update", "story", "lang", "dateline"),
    [
        (
            "अपडेट 4:10 PM: सोनप्रयाग में फंसे 300 और श्रद्धालुओं को सुरक्षित निकाल लिया गया है।",
            "देहरादून। उत्तराखंड में लगातार हो रही भारी बारिश के कारण यात्रा स्थगित कर दी गई है।",
            "hi",
            "देहरादून",
        ),
        (
            "UPDATE 14:20: The minister said on Tuesday afternoon that the talks would resume.",
            "LONDON (Reuters) - Rail unions and train operators failed to agree on pay again.",
            "en",
            "London",
        ),
        (
            "Aktualisierung, 14.20 Uhr: Die Gespräche sollen am Mittwoch fortgesetzt werden.",
            "Berlin (dpa) - Die Tarifverhandlungen bei der Bahn sind erneut gescheitert.",
            "de",
            "Berlin",
        ),
    ],
)
def test_the_dateline_opens_the_story_under_its_update(update, story, lang, dateline):
    text = "\n\n".join(["A headline for the story here", update, story, REST])
    article = parse_text(text, lang=lang)
    assert article.dateline == dateline
    assert article.body.startswith(update.split()[0])


def test_a_story_under_an_update_with_no_dateline_keeps_its_first_words():
    update = "UPDATE 14:20: The minister said on Tuesday afternoon that the talks would resume."
    story = "Rail unions and train operators failed to agree on pay again on Monday night."
    article = parse_text("\n\n".join(["A headline for the story", update, story, REST]), lang="en")
    assert article.dateline is None
    assert story in article.body


def test_two_updates_over_the_story_leave_its_dateline_to_read():
    updates = [
        "UPDATE 15:05: Union leaders said they would put the offer to their members this week.",
        "UPDATE 14:20: The minister said on Tuesday afternoon that the talks would resume.",
    ]
    story = "LONDON (Reuters) - Rail unions and train operators failed to agree on pay again."
    text = "\n\n".join(["A headline for the story here", *updates, story, REST])
    assert parse_text(text, lang="en").dateline == "London"


def test_a_thousand_updates_over_the_story_are_read_without_recursing():
    # Each update over the story was looked under by a call inside the last: RecursionError
    # from a pasted live page.
    update = "UPDATE 14:20: The minister said on Tuesday afternoon that the talks would resume."
    story = "LONDON (Reuters) - Rail unions and train operators failed to agree on pay again."
    text = "\n\n".join(["A headline for the story here", *[update] * 1500, story, REST])
    article = parse_text(text, lang="en")
    assert article.dateline is None
    assert article.body.startswith("UPDATE 14:20")


@pytest.mark.parametrize(
    ("opening", "lang", "source"),
    [
        (
            "Muqdisho, 10 Maarso 2026 – Hay’adda Gargaarka Hooyo iyo Ilmo (HGHI) ayaa ka digtay",
            "so",
            "Hay’adda Gargaarka Hooyo iyo Ilmo (HGHI)",
        ),
        (
            "Nairobi, 4 March 2026 – The Kenya Red Cross Society (KRCS) has warned that",
            "en",
            "Kenya Red Cross Society (KRCS)",
        ),
        (
            "Zaragoza, 4 de marzo de 2026 – La Agencia Estatal de Meteorología (AEMET) ha",
            "es",
            "Agencia Estatal de Meteorología (AEMET)",
        ),
        # Brackets that do not spell the words before them name no issuer.
        ("Nairobi, 4 March 2026 – Rains in the north (KRCS) have cut roads in", "en", None),
        (
            "Nairobi, 4 March 2026 – Officials of the Kenya Red Cross Society (KRCS) said",
            "en",
            None,
        ),
    ],
)
def test_a_release_s_opening_name_spelled_by_its_abbreviation_is_the_issuer(opening, lang, source):
    text = f"A headline over the release\n\n{opening} {REST}\n\nA second paragraph. {REST}\n"
    article = parse_text(text, lang=lang)
    assert article.source == source


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "source", "kept"),
    [
        # Place, date, a full stop, the agency's name and another stop (Ukrinform, Kazinform).
        (
            "Харків, 12 листопада. Укрінформ. Енергетики відновили",
            "uk",
            "Харків",
            "Укрінформ",
            "Ене",
        ),
        ("Астана, 18 қараша. Kazinform. Елордада жаңа мектеп", "kk", "Астана", "Kazinform", "Ело"),
        # A known agency after the date's comma (LETA), and a weekday there, which is none.
        ("Rīga, 5.marts, LETA. Valdība atbalstīja", "lv", "Rīga", "LETA", "Valdība"),
        ("Rīga, 5.marts, pirmdiena. Valdība atbalstīja", "lv", None, None, "Rīga, 5.marts"),
        # A stop after the date that no agency's name follows leaves the story whole.
        ("Kyiv, 12 November. Officials said the grid", "en", None, None, "Kyiv, 12 November."),
        # A ministry's long name in the brackets after a release's date.
        (
            "Madrid, 25 de noviembre de 2026 (Ministerio de Transportes y Movilidad Sostenible). "
            "El Ministerio ha adjudicado",
            "es",
            "Madrid",
            "Ministerio de Transportes y Movilidad Sostenible",
            "El Ministerio",
        ),
        (
            "Lisboa, 3 de março de 2026 (Ministério do Ambiente e da Ação Climática). O Governo "
            "aprovou",
            "pt",
            "Lisboa",
            "Ministério do Ambiente e da Ação Climática",
            "O Governo",
        ),
    ],
)
def test_an_agency_after_the_date_s_stop_and_a_ministry_in_brackets(
    first, lang, dateline, source, kept
):
    article = parse_text(f"Headline of the story\n\n{first} {REST}\n", lang=lang)
    assert (article.dateline, article.source) == (dateline, source)
    assert article.body.startswith(kept)


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "date", "kept"),
    [
        # The Ethiopic comma, a date of the Ethiopian calendar, the Gregorian one in brackets.
        (
            "አዲስ አበባ፣ ኅዳር 11 ቀን 2019 ዓ.ም. (November 20, 2026) – የኢትዮጵያ ንጹህ ውሃ ማህበር አስታወቀ።",
            "am",
            "አዲስ አበባ",
            "2026-11-20",
            "የኢትዮጵያ",
        ),
        # A sentence opening with a Cyrillic capital or a guillemet after the date's stop.
        (
            "Астана, 2026 жылғы 18 қараша. «Самұрық-Энерго» АҚ хабарлайды",
            "kk",
            "Астана",
            "2026-11-18",
            "«Сам",
        ),
        (
            "София, 23 ноември 2026 г. Министерството на финансите обяви",
            "bg",
            "София",
            "2026-11-23",
            "Мин",
        ),
        ("Αθήνα, 5 Μαρτίου 2026. Το υπουργείο ανακοίνωσε", "el", "Αθήνα", "2026-03-05", "Το υπ"),
        # A year-less date with no agency after the stop is no dateline.
        ("Астана, 18 қараша. Елордада жаңа мектеп ашылды", "kk", None, None, "Астана"),
    ],
)
def test_a_release_s_place_and_date_in_other_scripts(first, lang, dateline, date, kept):
    article = parse_text(f"Headline of the story\n\n{first} {REST}\n", lang=lang)
    assert article.dateline == dateline
    assert (article.date and article.date.isoformat()) == date
    assert article.body.startswith(kept)


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "source", "kept"),
    [
        # ENA's Ethiopic colon and dash after the agency.
        ("ባሕር ዳር፣ ጥር 5/2018 (ኢዜአ)፡- የክልሉ መንግስት አስታወቀ", "am", "ባሕር ዳር", "ኢዜአ", "የክልሉ"),
        ("አዲስ አበባ፣ ጥር 5/2018 (ኢዜአ)፦ የፌዴራል መንግስት አስታወቀ", "am", "አዲስ አበባ", "ኢዜአ", "የፌ"),
        # Georgian's everyday letters open a place's name and a sentence as capitals do.
        ("თბილისი, 5 მარტი /ინტერპრესნიუსი/. მთავრობამ", "ka", "თბილისი", "ინტერპრესნიუსი", "მთ"),
        # A Georgian sentence with no dateline keeps its first words.
        ("მთავრობამ 5 მარტს (ოთხშაბათს) დაამტკიცა", "ka", None, None, "მთავრობამ 5"),
    ],
)
def test_datelines_in_ethiopic_and_georgian(first, lang, dateline, source, kept):
    article = parse_text(f"Headline of the story\n\n{first} {REST}\n", lang=lang)
    assert (article.dateline, article.source) == (dateline, source)
    assert article.body.startswith(kept)


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "byline", "source", "kept"),
    [
        # EFE's ".-" right after the place; a stop inside a place's name stays.
        ("Madrid.- El Gobierno aprobó ayer", "es", "Madrid", (), None, "El Gobierno"),
        ("Sevilla.- La Junta de Andalucía aprobó", "es", "Sevilla", (), None, "La Junta"),
        ("St. Gallen - Die Stadt hat am Dienstag", "de", "St. Gallen", (), None, "Die Stadt"),
        # Initials in capitals stay as written; a word in capitals is titled.
        ("TP HCM - Chính quyền thành phố vừa", "vi", "TP HCM", (), None, "Chính"),
        ("LOS ANGELES — The city council voted", "en", "Los Angeles", (), None, "The city"),
        # Newsis's square brackets, a Japanese paper's own correspondent, Kyodo after "=".
        ("[서울=뉴시스] 김철수 기자 = 정부는 오늘", "ko", "서울", ("김철수",), "뉴시스", "정부는"),
        ("【ワシントン=赤木俊介】米政府は", "ja", "ワシントン", ("赤木俊介",), None, "米政府は"),
        ("【北京=共同】中国政府は", "ja", "北京", (), "共同", "中国政府は"),
        # A label in the brackets names no place.
        ("【速報】米政府は", "ja", None, (), None, "【速報】"),
    ],
)
def test_datelines_of_regional_and_asian_papers(first, lang, dateline, byline, source, kept):
    article = parse_text(f"Headline of the story\n\n{first} {REST}\n", lang=lang)
    assert (article.dateline, article.byline, article.source) == (dateline, byline, source)
    assert article.body.startswith(kept)


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "date", "kept"),
    [
        # "den" before the date, with a comma or none; a country after the place and a
        # dash before the date.
        ("Berlin, den 24. November 2026 – Das Ministerium teilte mit", "de", "Berlin", 24, "Das"),
        ("Stockholm den 24 november 2026 – Regeringen meddelade", "sv", "Stockholm", 24, "Reg"),
        (
            "Lagos, Nigeria – November 24, 2026 – The ministry said",
            "en",
            "Lagos, Nigeria",
            24,
            "The",
        ),
        (
            "Warszawa, 24 listopada 2026 r. – Ministerstwo Zdrowia podało",
            "pl",
            "Warszawa",
            24,
            "Min",
        ),
        # The state between the place and the date's bracket is written with the place.
        (
            "SPOKANE, Wash. (November 24, 2026) – The county commissioners",
            "en",
            "Spokane, Wash.",
            24,
            "The county",
        ),
        # A place and a word after it with no date is no release's dateline.
        ("Stockholm den största staden i Sverige växer – igen", "sv", None, None, "Stockholm den"),
    ],
)
def test_a_release_s_place_and_date_written_with_an_article_or_a_country(
    first, lang, dateline, date, kept
):
    article = parse_text(f"Headline of the story\n\n{first} {REST}\n", lang=lang)
    assert article.dateline == dateline
    assert (article.date and article.date.day) == date
    assert article.body.startswith(kept)


@pytest.mark.parametrize(
    ("first", "dateline", "source", "kept"),
    [
        # Greek capitals drop the accents the city's name has in small letters.
        ("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε", "Αθήνα", "ΑΠΕ-ΜΠΕ", "Η κυβέρνηση"),
        ("ΛΕΥΚΩΣΙΑ, 5 Μαρτίου (ΚΥΠΕ) - Η κυβέρνηση ενέκρινε", "Λευκωσία", "ΚΥΠΕ", "Η κυβέρνηση"),
        ("ΘΕΣΣΑΛΟΝΙΚΗ. Το δημοτικό συμβούλιο ενέκρινε", "Θεσσαλονίκη", None, "Το δημοτικό"),
        # A word in capitals that names no city stays the story's.
        ("ΕΚΤΑΚΤΟ. Το δημοτικό συμβούλιο ενέκρινε", None, None, "ΕΚΤΑΚΤΟ."),
    ],
)
def test_a_greek_dateline_in_capitals_is_written_with_its_accents(first, dateline, source, kept):
    article = parse_text(f"Τίτλος του άρθρου\n\n{first} {REST}\n", lang="el")
    assert (article.dateline, article.source) == (dateline, source)
    assert article.body.startswith(kept)


def test_greek_names_of_places_are_known_in_capitals_and_small_letters():
    from tearsheet.places import greek_spelling, is_place_name

    assert greek_spelling("ΠΕΙΡΑΙΑΣ") == "Πειραιάς"
    assert greek_spelling("ΚΑΛΗΜΕΡΑ") is None
    assert greek_spelling("WASHINGTON") is None
    assert is_place_name("ΗΡΑΚΛΕΙΟ", "el") and is_place_name("Ελλάδα", "el")
    assert not is_place_name("ΑΝΑΛΥΣΗ", "el")


@pytest.mark.parametrize(
    ("first", "dateline", "writer", "agency"),
    [
        (
            "Mehmet YILDIZ / AYVALIK (Balıkesir), (DHA) - Ayvalık'ta hasat",
            "Ayvalık (Balıkesir)",
            "Mehmet YILDIZ",
            "DHA",
        ),
        ("Ayşe KARA/İZMİR, (İHA) - Kentte sabah saatlerinde", "İzmir", "Ayşe KARA", "İHA"),
    ],
)
def test_a_turkish_agency_s_reporter_before_a_slash_and_the_dateline(
    first, dateline, writer, agency
):
    article = parse_text(f"Headline of the story\n\n2024-03-05\n\n{first} {REST}\n", lang="tr")
    assert (article.dateline, article.source, article.byline) == (dateline, agency, (writer,))
    assert not article.body.startswith(writer.split()[0])


@pytest.mark.parametrize(
    ("perex", "agency", "first", "lang", "dateline"),
    [
        (
            "Řidiči se musí od pondělí připravit na uzavírku mostu přes řeku. Oprava potrvá "
            "dva roky a objížďka povede přes tři vesnice, uvedlo ve čtvrtek ředitelství silnic. "
            "Práce začnou hned ráno a omezení se dotkne hlavně kamionů.",
            "ČTK",
            "Brno - Most byl postaven v roce 1977 a je v nevyhovujícím stavu",
            "cs",
            "Brno",
        ),
        (
            "Vodiči sa musia od pondelka pripraviť na uzávierku mosta cez rieku. Oprava potrvá "
            "dva roky a obchádzka povedie cez tri dediny, uviedla vo štvrtok správa ciest. "
            "Práce sa začnú hneď ráno a obmedzenie sa dotkne najmä kamiónov.",
            "TASR",
            "Košice - Most bol postavený v roku 1977 a je v nevyhovujúcom stave",
            "sk",
            "Košice",
        ),
    ],
)
def test_a_perex_over_its_agency_s_line_and_a_dateline_is_the_dek(
    perex, agency, first, lang, dateline
):
    caption = "Ilustrační snímek"
    text = f"Headline of the story\n\n2024-03-05\n\n{perex}\n\n{agency}\n\n{caption}\n\n{first} {REST}\n"
    article = parse_text(text, lang=lang)
    assert (article.dateline, article.source) == (dateline, agency)
    assert article.body.startswith(first.split(" - ")[1][:10])


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "kept"),
    [
        # The place set apart on the page, copied with no space before the story.
        ("TP HCMGiá xăng dầu giảm lần thứ ba liên tiếp", "vi", "TP HCM", "Giá xăng"),
        ("Hà NộiBộ Giáo dục vừa công bố lịch thi tốt nghiệp", "vi", "Hà Nội", "Bộ Giáo"),
        ("Đà NẵngMưa lớn kéo dài khiến nhiều tuyến đường ngập sâu", "vi", "Đà Nẵng", "Mưa lớn"),
        # A word written with a capital inside is no place glued to the story.
        ("YouTube changed its rules for the creators on Tuesday", "en", None, "YouTube"),
        ("McDonald's raised its prices across the country this week", "en", None, "McDonald's"),
        # Nor a brand's capitals glued to its next part, in one word ("JP|Morgan").
        ("JPMorgan Chase said on Friday that it would cut jobs", "en", None, "JPMorgan"),
        ("NBCUniversal kündigte am Dienstag höhere Preise an", "de", None, "NBCUniversal"),
        ("HSBCHoldings a publié mardi un bénéfice en hausse", "fr", None, "HSBCHoldings"),
    ],
)
def test_a_place_glued_to_the_story(first, lang, dateline, kept):
    paragraphs, draft = [f"{first}, {REST}", REST], Draft(lang=lang)
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline == dateline
    assert paragraphs[0].startswith(kept)


def test_five_lines_over_a_dateline_naming_its_website_go_and_the_date_is_read():
    paragraphs = [
        "Rabu, 4 Maret 2026 09:15 WIB",
        "Penulis: Rina Sari | Editor: Budi Santoso",
        "SURYA.CO.ID/Rina Sari",
        "Suasana Jalan Tunjungan, Rabu (4/3/2026).",
        "Laporan Wartawan Surya, Rina Sari",
        f"SURYA.CO.ID, SURABAYA - Pemerintah Kota Surabaya menutup jalan itu, {REST}",
        REST,
    ]
    draft = Draft(lang="id")
    read_wire_dateline(paragraphs, draft)
    assert (draft.dateline, str(draft.date)) == ("Surabaya", "2026-03-04")
    assert paragraphs[0].startswith("Pemerintah Kota")


def test_five_lines_over_a_bare_place_stay():
    lines = [
        "Rabu, 4 Maret 2026 09:15 WIB",
        "Penulis: Rina Sari",
        "Bagikan",
        "Komentar",
        "Suasana Jalan Tunjungan, Rabu (4/3/2026).",
    ]
    paragraphs = [*lines, f"Surabaya - Pemerintah Kota Surabaya menutup jalan, {REST}", REST]
    read_wire_dateline(paragraphs, Draft(lang="id"))
    assert paragraphs[:5] == lines


@pytest.mark.parametrize(
    ("paragraphs", "dateline", "byline", "kept"),
    [
        # The reporter's line opening the story, or on a line of its own over it.
        (
            [
                "〔記者李佳蓉／新竹報導〕新竹市政府今天宣布，明年起擴大公車路線。市府表示將增加班次。"
            ],
            "新竹",
            ["李佳蓉"],
            "新竹市政府",
        ),
        (
            [
                "記者黃志明、吳淑芬／花蓮報導",
                "花蓮縣今年的觀光人數創下新高，縣府表示將持續推動在地旅遊。",
            ],
            "花蓮",
            ["黃志明", "吳淑芬"],
            "花蓮縣今年",
        ),
        # A report compiled from several places names none.
        (
            ["【記者周文彬／綜合報導】寒流今天南下，各地氣溫明顯下降，氣象署提醒民眾注意保暖。"],
            None,
            ["周文彬"],
            "寒流今天",
        ),
    ],
)
def test_a_taiwanese_reporter_s_line(paragraphs, dateline, byline, kept):
    draft = Draft(lang="zh")
    read_wire_dateline(paragraphs, draft)
    assert (draft.dateline, draft.byline) == (dateline, byline)
    assert paragraphs[0].startswith(kept)


def test_a_taiwanese_reporter_s_line_in_the_header_is_read_alone():
    from tearsheet.scriptbylines import read_reporter_from

    draft = Draft(lang="zh")
    assert read_reporter_from("〔記者蔡明宏／嘉義報導〕", draft)
    assert (draft.dateline, draft.byline) == ("嘉義", ["蔡明宏"])
    assert not read_reporter_from("嘉義縣政府今天宣布擴大補助。", Draft(lang="zh"))


@pytest.mark.parametrize(
    ("first", "place", "byline", "source"),
    [
        ("（中央社記者王小明高雄3日電）高雄市政府今天宣布", "高雄", ("王小明",), "中央社"),
        (
            "（中央社記者林美華、陳建宏東京3日專電）日本政府今天宣布",
            "東京",
            ("林美華", "陳建宏"),
            "中央社",
        ),
        ("（中央社巴黎3日綜合外電報導）法國政府今天宣布", "巴黎", (), "中央社"),
        ("（法新社柏林3日電）德國政府今天宣布", "柏林", (), "法新社"),
        # A place no gazetteer knows: after a name of the common length.
        ("（中央社記者張志明竹北3日電）新竹縣政府今天宣布", "竹北", ("張志明",), "中央社"),
    ],
)
def test_a_taiwanese_dateline_in_brackets_names_agency_reporters_and_place(
    first, place, byline, source
):
    text = f"政府宣布新措施\n\n2026-03-03\n\n{first}{REST}\n\n{REST}\n"
    article = parse_text(text, lang="zh")
    assert (article.dateline, article.byline, article.source) == (place, byline, source)
    assert article.body.startswith(first[first.index("）") + 1 :][:6])


@pytest.mark.parametrize(
    "caption",
    [
        "(부산=연합뉴스) 박영수 기자 = 3일 부산항에서 컨테이너선이 입항하고 있다. 2026.3.3",
        "(부산=뉴스1) 박영수 기자 = 3일 부산항에서 컨테이너선이 입항하고 있다. 2026.3.3/뉴스1",
    ],
)
def test_a_korean_photo_caption_with_its_dateline_is_not_the_story_s(caption):
    story = "(서울=연합뉴스) 김민지 기자 = 정부가 3일 항만 물류 대책을 발표했다. 해양수산부는 이날 세종청사에서 브리핑을 열었다."
    text = f"항만 물류 대책 발표\n\n2026-03-03\n\n{caption}\n\nkim@yna.co.kr\n\n{story}\n\n{REST}\n"
    article = parse_text(text, lang="ko")
    assert (article.dateline, article.byline) == ("서울", ("김민지",))
    assert article.body.startswith("정부가 3일")


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "kept"),
    [
        # A place no city list knows, before a colon, named again in the story (Kannada).
        (
            "ಬೇಲೂರು: ನಗರದ ಚೆನ್ನಕೇಶವ ದೇವಾಲಯದ ಆವರಣದಲ್ಲಿ ರಥೋತ್ಸವದ ಸಿದ್ಧತೆ ಆರಂಭವಾಗಿದ್ದು, ಬೇಲೂರು "
            "ತಾಲ್ಲೂಕು ಆಡಳಿತ ಹೊಸ ಮಾರ್ಗಸೂಚಿ ಪ್ರಕಟಿಸಿದೆ.",
            "kn",
            "ಬೇಲೂರು",
            "ನಗರದ ಚೆನ್ನಕೇಶವ",
        ),
        # Khmer's colon, the place named again glued to the word for "province".
        (
            "សៀមរាប៖ អាជ្ញាធរខេត្តសៀមរាប បានបើកផ្លូវថ្មីមួយខ្សែ ដើម្បីសម្រួលចរាចរណ៍ ជូនភ្ញៀវទេសចរ និងប្រជាពលរដ្ឋ។",
            "km",
            "សៀមរាប",
            "អាជ្ញាធរ",
        ),
        # The Ethiopic semicolon between the place and the date.
        (
            "ባሕር ዳር፤ ጥር 5/2018 (ኢዜአ)፡- የክልሉ መንግሥት አዲስ የመንገድ ፕሮጀክት በይፋ አስጀመረ።",
            "am",
            "ባሕር ዳር",
            "የክልሉ",
        ),
    ],
)
def test_datelines_with_the_scripts_own_separators(first, lang, dateline, kept):
    paragraphs, draft = [first, REST], Draft(lang=lang)
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline == dateline
    assert paragraphs[0].startswith(kept)


def test_a_label_before_a_colon_in_a_caseless_script_is_no_dateline():
    # "ಸೂಚನೆ:" (notice) is not named again in the story: a label, not a place.
    first = "ಸೂಚನೆ: ನಾಳೆ ಬೆಳಿಗ್ಗೆ ನಗರದ ಕೆಲವು ಭಾಗಗಳಲ್ಲಿ ನೀರು ಸರಬರಾಜು ಸ್ಥಗಿತಗೊಳ್ಳಲಿದೆ ಎಂದು ಪಾಲಿಕೆ ತಿಳಿಸಿದೆ."
    paragraphs, draft = [first, REST], Draft(lang="kn")
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline is None
    assert paragraphs[0] == first


def test_a_label_in_capitals_before_a_colon_is_no_dateline():
    first = "IN THIS ISSUE: The new recycling rules, the summer fair and the board's report."
    paragraphs, draft = [first, REST], Draft(lang="en")
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline is None
    # A place in capitals with a particle is still one.
    paragraphs, draft = (
        ["RIO DE JANEIRO: O governo anunciou hoje um novo plano.", REST],
        Draft(lang="pt"),
    )
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline == "Rio de Janeiro"


@pytest.mark.parametrize(
    ("first", "lang", "kept"),
    [
        (
            "(BĐT) - Chiều 5-3, Sở Y tế tỉnh cho biết đã tiêm vắc xin cho hơn 12.000 trẻ em.",
            "vi",
            "Chiều",
        ),
        (
            "(Dân trí) - Sáng nay, hàng nghìn người dân đã đổ về quảng trường để xem lễ hội.",
            "vi",
            "Sáng",
        ),
    ],
)
def test_the_outlets_mark_opening_the_story_goes_with_no_dateline(first, lang, kept):
    paragraphs, draft = [first, REST], Draft(lang=lang)
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline is None
    assert paragraphs[0].startswith(kept)


def test_an_agencys_mark_before_its_place_is_still_a_dateline():
    first = "(ANSA) - VENEZIA, 02 MAG - Il sindaco ha annunciato oggi un piano per il turismo."
    paragraphs, draft = [first, REST], Draft(lang="it")
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline == "Venezia"


def test_a_place_dateline_under_the_teasers_sentence_that_the_story_names_again():
    teaser = "Nach zwei Jahren Planung steht der Zeitplan – der Ortsbeirat ist zufrieden."
    first = (
        "Niederweidbach. Seit Montag rollen die Bagger: Die Ortsdurchfahrt von "
        "Niederweidbach wird bis zum Herbst erneuert, die Umleitung führt über Bischoffen."
    )
    paragraphs, draft = [teaser, first, REST], Draft(lang="de")
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline == "Niederweidbach"
    assert paragraphs[0].startswith("Seit Montag")
    # The story's own first sentence naming the place stays over a second paragraph.
    story = (
        "Der Ortsbeirat von Niederweidbach hat am Montag den Zeitplan für die Straße beschlossen."
    )
    paragraphs, draft = [story, first, REST], Draft(lang="de")
    read_wire_dateline(paragraphs, draft)
    assert paragraphs[0] == story


@pytest.mark.parametrize("place", ["Santiago de Compostela", "Ciudad Real"])
def test_a_place_over_the_date_that_the_story_opens_with_is_no_byline(place):
    """ "EFE / Santiago de Compostela / 13 NOV 2025 - 12:47 CET" over "Santiago de
    Compostela, 13 nov (EFE).- El Camino …": the line over the date looks like a name (a
    town too small to be known as one), but the story's dateline names it: no writer."""
    text = "\n".join(
        [
            "El Camino de Santiago bate su récord con más de 520.000 peregrinos",
            "EFE",
            place,
            "13 NOV 2025 - 12:47 CET",
            f"{place}, 13 nov (EFE).- El Camino de Santiago ha superado este jueves los "
            "520.000 peregrinos registrados en lo que va de año, una cifra récord.",
            "La Oficina del Peregrino prevé cerrar el año por encima de 560.000 compostelas, "
            "un 12 % más que en 2024, según ha explicado su director.",
        ]
    )
    article = parse_text(text, lang="es")
    assert article.dateline == place
    assert article.byline == ()
    assert article.source == "EFE"


ARABIC_PAGE = [
    "تخطَّ إلى المحتوى الرئيسي",
    "المدار",
    "الرئيسية",
    "محليات",
    "اقتصاد",
    "سياسة",
    "رياضة",
    "توقيع عقد محطة لتحلية المياه بالطاقة الشمسية في أملج",
    "{credit}",
    "نُشر في: الجمعة 14 مارس 2025 - 01:12 م",
    "شارك",
    "{dateline}",
    "وقّعت الهيئة السعودية للمياه اليوم عقدًا مع تحالف يضم شركات محلية ودولية لإنشاء محطة "
    "لتحلية مياه البحر تعمل بالطاقة الشمسية في محافظة أملج.",
    "وأشار إلى أن المشروع سيخدم أكثر من مليون ونصف مليون نسمة في محافظات أملج والوجه وينبع.",
    "© 2025 صحيفة المدار الإلكترونية. جميع الحقوق محفوظة.",
]


def test_the_saudi_agency_s_dateline_line_over_the_story() -> None:
    """ "الرياض 14 رمضان 1446 هـ الموافق 14 مارس 2025 م واس": place, the Hijri and the
    Gregorian dates and the agency on a line of their own, over the story of a whole page."""
    text = "\n".join(ARABIC_PAGE).format(
        credit="المدار", dateline="الرياض 14 رمضان 1446 هـ الموافق 14 مارس 2025 م واس"
    )
    article = parse_text(text + "\n", lang="ar")
    assert article.dateline == "الرياض"
    assert article.source == "واس"
    assert article.body.startswith("وقّعت الهيئة")


def test_the_outlet_and_the_agency_credited_under_the_headline() -> None:
    text = "\n".join(ARABIC_PAGE).format(credit="المدار - واس", dateline="")
    assert parse_text(text + "\n", lang="ar").source == "واس"
