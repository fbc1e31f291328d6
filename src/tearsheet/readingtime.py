"""A page's reading-time and read-aloud lines ("5 min read", "阅读时间 3 分钟", "Listen")."""

from __future__ import annotations

# The word for "minutes" after the count, in CLDR's duration-minute unit, long and short
# forms (babel.units.format_unit; tests/test_importer_readingtime.py checks the list against
# it), with the old spellings the header reader knew ("Minuten", "мин.", "dk").
MINUTE_WORDS = (
    "minutes|minute|minuten|minuter|minutter|minutt|minuto|minutos|minuti|minuts|minutit|"
    "minuta|minuty|minut|minuut|minuuttia|minuutti|minút|minúta|minúty|minutė|minutės|minučių|"
    "minūtes|minūte|minūšu|mínútur|mínúta|mín|minit|menit|mnt|min|perc|phút|dakika|daqiqa|"
    "dəqiqə|dəq|daq|dk|λεπτά|λεπτό|минуты|минута|минути|минут|мин\\w*+|хвилини|хвилина|"
    "хвилин|хв|րոպե|דקות|דקה|דק׳|دقائق|دقيقة|دقيقتان|دقیقه|منٹ|मिनट|मिनिटे|मिनिट|मि॰|मि|"
    "মিনিট|நிமிடங்கள்|நிமிடம்|நிமி|นาที|წუთი|წთ|分鐘|分钟|分|분"
)
# A header's reading time: up to four words of label, the count, the unit and up to three
# words after it ("5 min read", "Lesezeit: 4 Minuten", "Waktu baca 3 menit", "Thời gian
# đọc: 3 phút", "3分钟阅读"), or Firefox's reader view's "7–9 minutes"; after the mark that
# parts it from the date on the line above ("— 7 min read" under Ghost's date, "· 4 min").
READING_TIME = (
    r"(?:[—–·•|]\s*+)?(?:[^\W\d]++\s?:?\s++){0,4}+(?:约|約|ca\.\s?|~\s?)?\d{1,3}(?:\s?[–-]\s?\d{1,3})?\s*+"
    rf"(?:{MINUTE_WORDS})\.?[^\W\d_]{{0,8}}+(?:\s++\S++){{0,3}}"
)
# The words for reading in such a line: in the story's body only a line that says "read"
# is taken ("Bake for 20 minutes" in a recipe stays).
_READ_WORDS = (
    r"(?:\b(?:read|reading|reads|lesezeit|lesedauer|lecture|lectura|lettura|leitura|"
    r"leestijd|leesduur|czytania|przeczytasz|lästid|läsning|lesetid|læsetid|lukuaika|čtení|čítania|"
    r"olvasási|olvasás|okuma|baca|membaca|đọc|чтения|чтение|читання|ανάγνωσης|ανάγνωση|"
    r"קריאה|قراءة|مطالعه|पढ़ने|वाचन|citire|lectură|lestur|lugemisaega|lugemine|"
    r"skaitymo|lasīšanas|čitanja|branja|четене|kusoma)\b|阅读|閱讀|読|읽)"
)
# A reading time inside the story's text, saying it is one.
BODY_READING_TIME = rf"(?=.{{0,60}}?{_READ_WORDS}){READING_TIME}"
# The page's button that reads the story aloud ("Listen to this article", "Artikel anhören",
# "Écouter cet article", "Dengarkan artikel ini"), with the recording's length or none.
LISTEN = (
    r"(?:listen to (?:this|the) (?:article|story)(?: now)?|listen to article|listen|"
    # The audio player's own credit ("Powered by Trinity Audio").
    r"powered by (?:trinity audio|beyondwords|ad auris|speechkit|elevenlabs|audioeye|"
    r"instaread|readspeaker|wordproof)|"
    r"(?:diesen )?artikel (?:anhören|vorlesen(?: lassen)?)|anhören|"
    r"écouter (?:cet|l['’])article|écouter|escuchar (?:este |el )?(?:artículo|noticia)|"
    r"escucha (?:este artículo|esta noticia)|ascolta (?:questo |l['’])articolo|"
    r"ouvir (?:este |o )?(?:artigo|texto|notícia)|ouça (?:este|o) (?:artigo|texto)|"
    r"(?:dit )?artikel (?:beluisteren|voorlezen)|luister naar dit artikel|"
    r"(?:posłuchaj|odsłuchaj) (?:tego )?artykułu|odsłuchaj artykuł|"
    r"lyssna på (?:artikeln|texten)|lyt til artiklen|hør artikkelen|kuuntele artikkeli|"
    r"poslechněte si článek|poslechnout článek|hallgasd meg a cikket|ascultă articolul|"
    r"makaleyi dinle|ακούστε το άρθρο|слушать статью|послушать статью|прослухати статтю|"
    r"слухати статтю|dengarkan (?:artikel|berita) ini|nghe bài viết|nghe đọc bài|"
    r"האזינו לכתבה|استمع إلى المقال|听文章|收听本文|朗读本文|記事を聴く|音声で聴く|기사 듣기|"
    # "Listen to the news" in Serbian, Croatian, Slovene, Bulgarian, Thai, Hindi, Indonesian.
    r"слушај (?:вест|текст|чланак)|slušaj (?:vest|vijest|tekst|članak)|poslušaj(?:te)? članek|"
    r"чуйте (?:новината|статията)|ฟังข่าว|ฟังบทความ|खबर सुनें|सुनें|dengarkan berita)"
    r"(?:\s*+[·|•:–—-]?\s*+\d{1,2}:\d{2}(?:\s*+min\.?)?|\s*+[·|•:–—-]?\s*+\d{1,3}\s*+"
    r"min\.?)?"
)
