"""The clutter rules for a box of other stories inside or under the article: its label in
each language ("Read also", "Lesen Sie auch", "ये भी पढ़ें"), alone or with a teaser after it
(tried in tearsheet.clutter's order, after its author box)."""

from __future__ import annotations

from tearsheet.clutterrule import ClutterRule
from tearsheet.clutterrule import clutter_rule as _rule

READ_MORE_RULES: tuple[ClutterRule, ...] = (
    # "More information:" over another article's headline inside the story ("Més informació:
    # Com saber si la teva escola està tancada"): a teaser's line when a headline follows (a
    # capital, no digit, address or stop); a notice's "Més informació: tel. 972 …" stays.
    _rule(
        "read more",
        r"(?:més informació|más información|mais informaç(?:ão|ões)|more information|"
        r"plus d['’]informations?|weitere informationen|meer informatie|più informazioni|"
        r"więcej informacji|další informace|viac informácií|lisätietoa)\s*+:\s*+"
        r"(?-i:[A-ZÀ-ÞĀ-Ž])[^\d@/:.!?\n]{10,120}+",
    ),
    # The button that unfolds the rest of the story ("Haberin Devamı"), between its
    # paragraphs: no box's label, the line under it is the story's (its subheading).
    _rule("continue button", r"(?:haberin|yazının) devamı|devamı"),
    # A teaser line inside the article: it goes, the paragraphs after it stay.
    _rule(
        "read more",
        r"(read more|read also|see also|continue reading|weiterlesen|lesen sie auch|"
        # "Read more" as the other languages say it ("Lue lisää: …", "Läs mer: …").
        r"read the full (?:story|article|post)|lue lisää|läs mer|les mer|læs mere|lees meer|"
        r"czytaj dalej|olvass tovább|tovább olvasom|čtěte více|číst dál|čítajte viac|"
        r"читать далее|читайте далее|читати далі|διαβάστε περισσότερα|baca selengkapnya|"
        r"đọc tiếp|leggi tutto|mehr lesen|citește mai departe|devamını oku|"
        r"lire la suite|(?:[àa] )?lire aussi|lee también|leer más|leggi anche|leia também|lees ook|"
        r"czytaj (także|też|więcej|również)|zobacz (także|też)|te puede interesar|"
        r"puede interesarte|"
        r"(?:le|les) puede interesar|(?:te|le|les) podría interesar|podría interesarte|"
        r"baca juga|also read|more(?=:)|"
        r"читайте также|читайте також|läs även|läs också|les også|læs også|lue myös|"
        r"olvassa el|přečtěte si také|citește și|ayrıca oku|διαβάστε επίσης|"
        r"mirá también|lea también|veja também|leia mais|veja mais|"
        r"skaitykite ir (?:tai|daugiau)|"
        r"pročitajte (?:još|više|i)|прочитајте (?:још|више|и)|preberite (?:še|tudi)|"
        r"preberi (?:še|tudi)|vidi još|"
        r"mohlo by vás (?:zajímat|zaujímať)|prečítajte si (?:aj|tiež)|čítajte (?:aj|tiež)|"
        r"čtěte (?:také|též)|taip pat skaitykite|"
        r"susiję straipsniai|lasiet arī|lasi arī|lasi vēl|loe ka|ilgili haberler|habari zaidi|"
        r"soma pia|"
        r"đọc thêm|xem thêm|tin liên quan|lihat juga|explore more on these topics|"
        r"more on this story|related (?:stories|articles|topics)|you may also like|llegiu també|"
        r"soma zaidi|karanta kuma|ku karanta|za ku iya son karanta|ẹ tun ka|e tun ka|"
        r"akhri sidoo kale|funda futhi|funda nalokhu|"
        r"lexo edhe|lexo më shumë|прочитајте повеќе|поврзани вести|чытайце таксама|"
        r"прочитайте також|дивіться також|смотрите также|также читайте|сондай-ақ оқыңыз|"
        r"shuningdek o['‘’]qing|həmçinin oxuyun|həmçinin oxu|bunu da okuyun|"
        r"ilginizi çekebilir|citește mai mult|citiți și|vezi și|ezt is ajánljuk|"
        r"kapcsolódó cikkek?|lees meer|lees ook|(?:també )?(?:et|us) pot interessar|llegeix també|"
        r"potrebbe interessarti|artikel berkaitan|berita terkait|lestu einnig|tengdar fréttir|"
        r"skaitykite daugiau|saistītie raksti|ተጨማሪ ያንብቡ|ასევე წაიკითხეთ|կարդացեք նաև|"
        r"related(?=:))\b(?:\s*+[|:]\s*+.{0,160}|.{0,100})|"
        # Scripts whose last letters are marks ("पढ़ें") have no word boundary to end on.
        r"(?:διαβ[άα]στε (?:επίσης|επισης|ακόμα|ακομα|ακόμη|ακομη)|δείτε επίσης|עוד בנושא|"
        r"קראו עוד|קראו גם|ये भी पढ़ें|यह भी पढ़ें|और पढ़ें|ये खबर भी पढ़ें|यह खबर भी पढ़ें|"
        r"इसे भी पढ़ें|আরও পড়ুন|আরো পড়ুন|"
        r"اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|اقرأ المزيد|بیشتر بخوانید|مطالب مرتبط|相关阅读|"
        r"相關閱讀|延伸阅读|延伸閱讀|推荐阅读|あわせて読みたい|関連記事|관련기사|관련 기사|"
        r"อ่านเพิ่มเติม|(?:อ่าน)?ข่าวที่เกี่ยวข้อง|още по темата|прочетете още|вижте още|"
        r"ещё по теме|також читайте|மேலும் படிக்க|இதையும் படிக்க|ఇవి కూడా చదవండి|"
        r"ఇది కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|ಇದನ್ನು ಓದಿ|ഇതുകൂടി വായിക്കൂ|ഇതും വായിക്കുക|"
        r"കൂടുതൽ വായിക്കുക|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|हेही वाचा|हे पण वाचा|हे सुद्धा वाचा|"
        r"यो पनि पढ्नुहोस्|مزید پڑھیں|یہ بھی پڑھیں|این را هم بخوانید|همچنین بخوانید)"
        r"[:：]?.{0,100}|"
        # Words that may open a sentence of the story ("Te recomendamos llegar temprano"):
        # only alone on their line or before a colon.
        r"(?:te recomendamos|ver también|saiba mais|xem thêm|по теме|recommended|basahin|"
        r"más información|ler mais|อ่านข่าวเพิ่ม|lee además|lea además|odporúčam (?:aj|tiež)|"
        r"doporučuji (?:také|též)|"
        # "Continue reading", alone or over the teaser after a colon ("Sigue leyendo el
        # informe…" opens a sentence).
        r"jetzt weiterlesen|lees verder|continuar lendo|continue lendo|sigue leyendo|"
        r"seguir leyendo|continua a leggere|continua la lettura|continuer la lecture|"
        r"pokračovat ve čtení|fortsätt läsa|læs videre|les videre|jatka lukemista|"
        # A box's label for the stories the site recommends ("Polecamy", "ÖNERİLEN
        # HABERLER", "Przeczytaj też:", "You may also be interested in").
        r"przeczytaj (?:też|także|również)|zobacz (?:również|więcej)|polecamy|polecane|"
        r"önerilen(?: haberler)?|sizin için seçtiklerimiz|doporučujeme|odporúčame|"
        r"ajánljuk|vă recomandăm|rekommenderat|anbefalt|anbefalet|suositellut|рекомендуем|"
        r"рекомендуємо|προτείνουμε|προτεινόμενα|rekomendasi|gợi ý cho bạn|为你推荐|おすすめ記事|"
        r"추천 기사|you (?:may|might) (?:also )?be interested in|das könnte (?:sie|dich) "
        r"(?:auch )?interessieren|cela pourrait vous intéresser|también te puede interesar|"
        r"potrebbe interessarti anche|você (?:também )?pode (?:gostar|se interessar)|"
        r"może cię (?:też |także )?zainteresować|"
        r"(?:بخش‌هایی|مطالبی|موضوعاتی) که (?:شاید|ممکن است) (?:به آنها )?علاقه "
        r"(?:داشته باشید|مند باشید)|قد يهمك(?: أيضا| أيضاً)?|قد يعجبك(?: أيضا| أيضاً)?)"
        r"(?:\s*+[:：].{0,100})?",
    ),
    # The word "related" with the one noun it qualifies, alone over the box ("Noticia
    # relacionada", "Kapcsolódó cikk", "Berita terkait", "Σχετικό άρθρο", "संबंधित खबर"),
    # where "read more" took none of its forms.
    _rule(
        "related articles",
        r"(?:\S{1,20}+\s++)?(?:related|relacionad[oa]s?|relacionats?|correlat[aeio]|"
        r"gerelateerde?|powiązan[aeyi]|související|súvisiace|susiję|saistītie|saistītais|"
        r"seotud|povezan[aeio]?|повезан[аеио]?|свързан[аио]?|связанн(?:ые|ая|ый)|"
        r"пов['’]язан[іаий]|relaterade?|relaterat|relateret|relaterede|relaterte?|"
        r"aiheeseen liittyvä[tä]?|kapcsolódó|ilgili|terkait|berkaitan|liên quan|"
        r"σχετικ(?:ά|ό|ές|ή)|ذات صلة|مرتبط|קשורות|קשורה|संबंधित|সম্পর্কিত|zinazohusiana|"
        r"kaugnay na|ተዛማጅ)(?:\s++\S{1,20}+)?[:.]?",
        tail=True,
    ),
)
