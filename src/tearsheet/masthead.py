"""The masthead of copied text: the page furniture above the headline (buttons, a cookie
notice, the site's or newsletter's own name as its copyright line gives it)."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.attributions import ATTRIBUTION_RULES
from tearsheet.consent import names_consent, names_cookie
from tearsheet.errors import ContentError
from tearsheet.issuelines import is_issue_line as is_issue_line
from tearsheet.issuelines import is_newsletter_banner as is_newsletter_banner
from tearsheet.newsletterrules import IMAGES_NOTE, IMAGES_NOTE_WORDS
from tearsheet.recognise import Draft, excerpt

# The short lines at most this far from a cookie notice in its stack are its title and
# buttons; a button is at most this many words.
COOKIE_STACK = 4
COOKIE_BUTTON_WORDS = 6
# ... and at most this many characters ("![![![…" is one word).
COOKIE_LINE = 200
# A cookie notice is in one of the first this many blocks; the lines stacked with it go
# with it.
COOKIE_REACH = 8
# A copied e-mail's header: the sender's line in the first this many lines, and the fields
# under it.
MAIL_HEADER_LINES = 6
# The subject comes again as the headline at most this many lines under the mail's header.
SUBJECT_REACH = 10
# A greeting over a covering note is at most this many words ("Tuan/Puan,").
GREETING_WORDS = 3
# Gmail copies its unsubscribe link after the address ("… <x@substack.com> Cancelar
# inscrição"): a few words, no more.
_SENDER = re.compile(
    r"(?<!\s)\s*+<[^<>@\s]{1,64}+@[^<>\s]{1,255}+>(?:\s++[^\W\d_]{2,20}+(?:\s[^\W\d_]{1,20}+){0,2})?$"
)
# Gmail's print view opens with the account's owner, the mail's reader, not its sender.
_MAILBOX_OWNER = re.compile(r"^gmail\s", re.IGNORECASE)
# A label's letter, with the vowel signs Indic and Thai scripts write as combining marks
# (which \w leaves out): "ถึง:", "เรื่อง:", "विषय:", "பொருள்:".
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0dff\u0e31-\u0e4e])"
_MAIL_LABEL = re.compile(rf"^{_LETTER}{{2,12}}+\s?[:：]\s*+")
# "An: leser@example.org", "Betreff: …", "Subject: …", "To:" left empty, Gmail's "to me"
# ("an mich", "para mí", "aan mij", "do mnie", "мне", with others: "to me, Ann"); a label
# of two or three words when an address follows it (Outlook's Catalan "Per a: redaccio@…",
# Vietnamese "Người nhận: …@…"), so that a headline with a colon is never taken for one.
_TO_ME = (
    r"(?:to|an|à|para|a|aan|do|till|til|kepada|tới|до)\s(?:me|mich|moi|mí|mim|mi|mij|mnie|"
    r"mig|meg|saya|tôi|mě|mene)|minulle|nekem|bana|мне|мені|μένα|나에게|自分|我"
)
# Gmail's folder label beside the subject ("Inbox", "Posteingang x").
_FOLDER = (
    r"inbox|posteingang|boîte de réception|recibidos|posta in arrivo|caixa de entrada|"
    r"postvak in|odebrane|inkorgen|indbakke|innboks|saapuneet|beérkezett üzenetek|"
    r"doručená pošta|doručené|primesti|входящие|вхідні|gelen kutusu|εισερχόμενα|kotak masuk|"
    r"hộp thư đến|受信トレイ|收件箱|收件匣|받은편지함"
)
_MAIL_FIELD = re.compile(
    rf"^(?:{_LETTER}{{1,12}}+\s?[:：](?:\s*+\S.{{0,200}}+)?|(?:{_TO_ME})(?:,\s[^\n]{{1,80}}+)?|"
    rf"(?:{_FOLDER})(?:\s++[x×])?|"
    rf"{_LETTER}{{1,12}}+(?:\s{_LETTER}{{1,12}}+){{1,2}}+\s?:\s*+[^@\s]{{1,80}}+@[^@\s].{{0,200}}+)$",
    re.IGNORECASE,
)
_FOLDER_LINE = re.compile(rf"(?:{_FOLDER})(?:\s++[x×])?", re.IGNORECASE)


def is_mail_folder(line: str) -> bool:
    """Gmail's folder label beside a mail's subject ("Inbox", "Posteingang x")."""
    return _FOLDER_LINE.fullmatch(line.strip()) is not None


# Gmail's links beside the sender ("Unsubscribe", "Abbestellen") are a few words each.
MAIL_LINK_WORDS = 3


# A site's logo copied as its picture's alt text: "AP Logo", "Logo de Le Monde", "Логотип
# РБК", "شعار الجزيرة", "ロゴ", "로고": a few words, the word for a logo opening or ending them.
_LOGO_WORDS = (
    r"(?:logo|logotyp|logotipo|logotype|logotip|логотип|λογότυπο|شعار|لوگو|לוגו|लोगो|লোগো|"
    r"லோகோ|โลโก้|ロゴ|로고|徽标|标志|標誌)"
)
# The word opens or ends the line, as a word of its own: "Logo-Streit im Fußball" is none.
_LOGO = re.compile(rf"^{_LOGO_WORDS}(?![\w-])|(?<![\w-]){_LOGO_WORDS}$", re.IGNORECASE)
LOGO_WORDS = 5


def is_logo_text(line: str) -> bool:
    """A site's logo as its alt text ("AP Logo", "Logo of The Times"): never a name or a
    headline."""
    return zones.word_count(line) <= LOGO_WORDS and _LOGO.search(line.strip()) is not None


def skip_masthead(blocks: list[str], groups: list[int], names: frozenset[str], draft: Draft) -> int:
    """The index of the first block that is not page furniture above the headline: buttons
    and labels, a cookie notice with the lines stacked with it, and the site's or
    newsletter's name as its copyright line gives it."""
    notices = [i for i, block in enumerate(blocks[:COOKIE_REACH]) if zones.is_cookie_notice(block)]
    start = read_mail_header(blocks, draft)
    names = names | mail_mastheads(blocks, start)
    for index, block in enumerate(blocks[start:], start):
        found = zones.clutter_of(block, masthead=True)
        if found is None and _with_notice(blocks, groups, notices, index):
            found = zones.Clutter("cookie notice")
        if (
            found is None
            and (start > 0 or asks_to_open_online(block))
            and links_to_web_version(block)
        ):
            found = zones.Clutter("link to the web version")
        if found is None and is_site_name(block, names) and index + 1 < len(blocks):
            found = zones.Clutter("masthead name")
        if found is None and _is_logo(blocks, index):
            found = zones.Clutter("the site's logo")
        if found is None:
            return index
        draft.stripped.append(f"{found.name} {excerpt(block)}")
        draft.removed.append((found.name, block))
    raise ContentError(None, "nothing to import: the text is empty")


def _is_logo(blocks: list[str], index: int) -> bool:
    """The site's logo as its alt text ("AP Logo"), or the site's name over it ("AP")."""
    following = blocks[index + 1] if index + 1 < len(blocks) else ""
    return is_logo_text(blocks[index]) or (
        is_logo_text(following) and blocks[index].casefold() in following.casefold()
    )


def links_to_web_version(block: str) -> bool:
    """A newsletter's link to its copy on the web, under a mail's header ("Voir la version
    Web", "Im Browser ansehen"): a few words naming the web version or the browser."""
    plain = " ".join(block.split())
    if "?" in plain:
        return asks_to_open_online(plain)
    return _VIEW_ONLINE.fullmatch(plain) is not None or (
        zones.word_count(plain) <= IN_BROWSER_WORDS
        and not zones.is_sentence(plain)
        and _IN_BROWSER.search(plain) is not None
    )


def asks_to_open_online(block: str) -> bool:
    """ "Kan du ikke se nyhedsbrevet? Åbn det i din browser.", "Problems viewing this email?
    View the web version": a question on how the mail shows, then the link to its copy in
    the browser; a newsletter's furniture, with or without the mail's header over it."""
    plain = " ".join(block.split())
    asked, mark, link = plain.rpartition("?")
    if not (mark and asked and zones.word_count(plain) <= 2 * IN_BROWSER_WORDS):
        return False
    link = link.strip()
    return _VIEW_ONLINE.fullmatch(link) is not None or _IN_BROWSER.search(link) is not None


def _with_notice(blocks: list[str], groups: list[int], notices: list[int], index: int) -> bool:
    """A block stacked with a cookie notice: its title over it, its buttons under it ("Vi
    använder kakor" / the notice / "Godkänn alla" / "Anpassa"). On a page copied with no
    blank lines the whole masthead and header are one stack: only the short lines next to
    the notice go with it."""
    if index in notices:
        return True
    near = [n for n in notices if abs(index - n) <= COOKIE_STACK]
    if not near or zones.word_count(blocks[index]) > COOKIE_BUTTON_WORDS:
        return False
    # A short line naming the cookie or a notice's word beside the notice is its title or
    # button, however the page was copied ("Cookies on GOV.UK", "View cookies", "Reddet").
    line = blocks[index]
    named = len(line) <= COOKIE_LINE and (names_cookie(line) or names_consent(line))
    return named or any(groups[n] == groups[index] for n in near)


# A newsletter's link to its copy on the web, under the mail's header: "Voir la version Web",
# "View the web version", "Webversion anzeigen", "Ver versión web", "Zobacz wersję online".
_VIEW_ONLINE = re.compile(
    r"(?:[^\W\d_]{1,12}+\s++){0,3}?(?:(?:version|versión|versione|versão|versie|versjon|"
    r"version|wersj[aęi]|verze|verzi|verziót|versiune[a]?|sürüm|versi)\s++(?:web|en ligne|online|"
    r"html|internetowa)|(?:web|online|html)[\s-]?(?:version|versión|versão|versie|versjon|"
    r"fassung)|webversie|webversion)(?:\s++[^\W\d_]{1,12}+){0,2}[.!]?",
    re.IGNORECASE,
)
# ... or to open it in the browser: "View this email in your browser", "Im Browser
# ansehen", "Afficher dans le navigateur", "Ver este correo en tu navegador".
_IN_BROWSER = re.compile(
    r"browser|navigateur|navegador|navigatore|przeglądar|prohlížeč|prehliadač|webbläsare|"
    r"nettleser|selaime|böngész|tarayıcı|браузер|браузър|trình\sduyệt|peramban|pelayar|"
    r"naršykl|pārlūk|brauser|brskalnik|preglednik|pregledač|прегледач|πρόγραμμα\sπεριήγησης|"
    r"kivinjari|ブラウザ|浏览器|瀏覽器|브라우저|المتصفح|مرورگر|דפדפן|ब्राउज़र|ব্রাউজার|"
    r"เบราว์เซอร์",
    re.IGNORECASE,
)
# ... a line of at most this many words.
IN_BROWSER_WORDS = 8
# A mail server's warning over a message from outside the company ("This email originated
# from outside the organisation. Do not click links …", "[EXTERNAL]"), in the languages of
# the mail systems that add it: no part of the message.
_OUTSIDE_WARNING = re.compile(
    r"^\[(?:external|extern|ext|externe|externo|esterno|zewnętrzny)\]|"
    r"(?:originated|comes|came|was\ssent)\sfrom\soutside\s(?:of\s)?(?:the|your|our)\s"
    r"(?:organi[sz]ation|company|network|firm|agency|university|council)\b|"
    r"from\san\sexternal\ssender|"
    r"do\snot\sclick\s(?:on\s)?links\sor\sopen\sattachments|"
    r"(?:von|stammt\svon)\saußerhalb\s(?:der|Ihrer|unserer)\sOrganisation|"
    r"(?:provient|en\sprovenance)\sde\sl['’]extérieur\sde|"
    r"(?:se\soriginó|procede|proviene)\s(?:de\s)?fuera\sde\s(?:la|su|nuestra)\sorganización|"
    r"afkomstig\svan\sbuiten\s(?:de|uw|onze)\sorganisatie|"
    r"(?:pochodzi|została\swysłana)\sspoza\s(?:organizacji|firmy)|"
    r"(?:proviene\sda|ha\savuto\sorigine\sal)\s(?:l['’])?(?:esterno|di\sfuori)|"
    r"(?:originou|é\soriginário)\s(?:de\s)?fora\sda\sorganização|"
    r"utanför\s(?:organisationen|er\sorganisation)|uden\sfor\sorganisationen|"
    r"utenfor\sorganisasjonen|organisaation\sulkopuolelta|mimo\s(?:organizaci|vaši\sorganizaci)",
    re.IGNORECASE,
)
# ... is a sentence or two.
OUTSIDE_WARNING_WORDS = 40


def is_outside_warning(block: str) -> bool:
    """The mail server's warning that the message came from outside the reader's company:
    furniture of the mail, however much it reads as a sentence."""
    return (
        zones.word_count(block) <= OUTSIDE_WARNING_WORDS
        and _OUTSIDE_WARNING.search(block) is not None
    )


# A forwarded message's subject: "Fwd:", "FW:", "TR:" (transféré), "WG:" (weitergeleitet),
# "RV:" (reenviado), "I:" (inoltrato), "Doorst:", "VS:" / "VB:" (videresendt, vidarebefordrat),
# "Enc:" (encaminhado), "PD:" (przekazane dalej).
_FORWARD = re.compile(r"^(?:fwd?|tr|wg|rv|i|doorst|vs|vb|vl|enc|pd|rif)\s?:\s*+", re.IGNORECASE)


# Pictographs closing a subject line ("… in tien jaar 🐦"), which the newsletter's own
# headline under it does without.
_EMOJI = r"\s\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d"
# The look-behind starts a match only at the start of a run: linear, not quadratic.
_EMOJI_END = re.compile(rf"(?<![{_EMOJI}])[{_EMOJI}]++$")
# ... or opening it ("☕ Harga beras naik lagi, …").
_EMOJI_START = re.compile(rf"^[{_EMOJI}]++")


def read_mail_header(blocks: list[str], draft: Draft) -> int:
    """A forwarded or copied e-mail's header over the newsletter ("Von: Lena Vogt
    <lena@example.de>", "Datum: 20. Oktober 2024 um 09:00", "An: …", "Betreff: …", or
    "The Weekly Stack <hello@…>", "Tue, Apr 8, 2025, 6:02 AM", "to me"): the sender's name
    is the byline when it is a person's, the date is read, the lines go. Returns the index
    of the first line after it (0 when there is none)."""
    from tearsheet.bylines import BYLINE, read_byline, sender_name
    from tearsheet.personnames import has_given_name, is_name, is_person, is_uncased_name
    from tearsheet.recognise import header_part

    sender = next((i for i, b in enumerate(blocks[:MAIL_HEADER_LINES]) if _SENDER.search(b)), None)
    if sender is None:
        return 0
    end = sender + 1
    while end < min(len(blocks), sender + MAIL_HEADER_LINES) and (
        _MAIL_FIELD.match(blocks[end])
        or header_part(blocks[end], draft)
        or _is_mail_link(blocks[end])
    ):
        end += 1
    first = sender
    while first > 0 and _MAIL_FIELD.match(blocks[first - 1]):
        first -= 1  # Thunderbird's "Emne: … / Dato: … / Fra: …": fields over the sender too
    name = sender_name(sender_display(blocks[sender]) or "")
    # "The Weekly Stack" holds the language's function word: a newsletter, not a person.
    function = any(word in zones.stop_words(draft.lang) for word in zones.words_of(name))
    owner = _MAILBOX_OWNER.match(blocks[sender]) is not None
    fields = [_MAIL_LABEL.sub("", line) for line in blocks[first:end] if line != blocks[sender]]
    # "Objet : TR: La lettre …", "Subject: Fwd: …": who forwarded it did not write it.
    forwarded = any(_FORWARD.match(field) for field in fields)
    inner = next(
        (
            i
            for i in range(end, min(len(blocks), end + MAIL_HEADER_LINES))
            if _SENDER.search(blocks[i])
        ),
        None,
    )
    if forwarded and inner is not None:
        # The forwarded message's own header under the note of who forwarded it.
        draft.stripped.append(f"forwarding note: {inner} line(s)")
        draft.removed.extend(("e-mail header", line) for line in blocks[:inner])
        return inner + read_mail_header(blocks[inner:], draft)
    # The subject over the newsletter's own masthead ("Betreff: Ausgabe 41: …" / "Küchenbrief"
    # / "Ausgabe 41: …"): the headline is where the subject comes again.
    subjects = {
        variant
        for field in fields
        for variant in (
            field,
            _FORWARD.sub("", field),
            _EMOJI_END.sub("", _EMOJI_START.sub("", field)),
        )
    }
    again = _subject_again(blocks, first, end, subjects)
    # "Ward Watch" again over the headline: the newsletter's masthead, not its writer's name.
    masthead = any(line.strip().casefold() == name.casefold() for line in blocks[end:again])
    if forwarded:
        draft.recognised.append(f"no byline from the sender {name!r}: the e-mail is forwarded")
    elif (
        not draft.byline
        and (is_name(name) or is_uncased_name(name))  # "林晓雯": no capitals in the script
        and is_person(name)
        # "Bristol Cycling Campaign", "Ruderclub Kiel": no given name, an organisation.
        and (has_given_name(name) or is_uncased_name(name))
        and not function
        and not owner
        and not masthead
    ):
        draft.byline.append(name)
        draft.recognised.append(f"byline {name!r} from the e-mail's sender")
    for field in fields:
        header_part(field, draft)
    for line in blocks[end:again] if not draft.byline and not forwarded else ():
        # The newsletter's masthead between the header and the subject again: its editor's
        # byline ("Toimittanut: Sanna Leinonen", "Edited by Ann Lee") names the writer, as
        # its tagline's end does ("A newsletter semanal sobre ambiente, por Rita Valadares").
        if (BYLINE.match(line) and read_byline(line, draft)) or _tagline_byline(line, draft):
            break
    draft.stripped.append(f"e-mail header: {again} line(s)")
    draft.removed.extend(("e-mail header", line) for line in blocks[:again])
    return again


def _tagline_byline(line: str, draft: Draft) -> bool:
    """The writer the tagline's last part names with the language's "by" ("…, por Rita
    Valadares"); not a phrase ending in it ("energie van, voor en door Zeeuws-Vlaanderen")."""
    from tearsheet.bylines import BYLINE, read_byline

    tail = line.rsplit(", ", 1)[-1]
    match = BYLINE.match(tail)
    if tail == line or match is None or not tail.casefold().startswith(match["by"].casefold()):
        return False
    return read_byline(tail, draft)


def _subject_again(blocks: list[str], first: int, end: int, subjects: set[str]) -> int:
    """Where the subject comes again under the mail's header, in other words or with more
    of them (the newsletter's name, issue and tagline over it), before the first paragraph
    (past a covering note under a greeting: "Tuan/Puan, / Dilampirkan kenyataan media …");
    ``end`` when it does not."""
    from tearsheet.letters import is_salutation
    from tearsheet.mailsubjects import mail_subject, subject_line

    if end >= len(blocks) - 1:
        return end
    stop = min(len(blocks) - 1, end + SUBJECT_REACH)
    # "Tuan/Puan,", "Dear Sir/Madam,": a greeting over a covering note, the release under it.
    greeting = blocks[end].rstrip()
    covering = is_salutation(greeting) or (
        greeting.endswith(",") and zones.word_count(greeting) <= GREETING_WORDS
    )
    prose = [
        i
        for i in range(end, stop)
        if zones.is_prose(blocks[i])
        and not _names_browser(blocks[i])
        and not is_outside_warning(blocks[i])
    ]
    if prose and not covering:
        stop = prose[0]
    again = next((i for i in range(end, stop) if blocks[i] in subjects), None)
    if again is not None:
        return again
    said = [s for line in blocks[first:end] if (s := mail_subject(line)) is not None]
    found = subject_line(blocks, end, stop, said) if said else None
    if found is not None and covering and zones.is_prose(blocks[found]):
        # Under a greeting, the letter's own sentence saying what the subject says ("We are
        # pleased to invite you to the annual general meeting …"): the letter, not a headline.
        return end
    return end if found is None else found


def _names_browser(block: str) -> bool:
    """ "Si ce message ne s'affiche pas correctement, consultez-le dans votre navigateur.":
    the newsletter's link to its web copy, a sentence though it is."""
    return zones.word_count(block) <= 2 * IN_BROWSER_WORDS and _IN_BROWSER.search(block) is not None


# Gmail's link to leave a mailing list, beside the sender, in its interface's languages.
_UNSUBSCRIBE = re.compile(
    r"unsubscribe|abbestellen|abmelden|se\sdésabonner|désinscription|se\sdésinscrire|"
    r"cancelar\s(?:la\s)?(?:suscripción|subscripción|inscrição|assinatura)|darse\sde\sbaja|"
    r"annulla\s(?:l['’]\s?)?iscrizione|disiscriviti|descadastrar|afmelden|uitschrijven|"
    r"anuluj\ssubskrypcję|wypisz\ssię|avsluta\sprenumeration(?:en)?|avprenumerera|afmeld|"
    r"avslutt\sabonnement(?:et)?|peru\stilaus|odhlásit\s(?:odběr|se)|odhlásiť\sodber|"
    r"leiratkozás|aboneliği\siptal\set|abonelikten\sçık|dezabonare|dezabonează-te|"
    r"отписаться|отменить\sподписку|відписатися|скасувати\sпідписку|отписване|"
    r"berhenti\sberlangganan|hủy\sđăng\skýs?|إلغاء\sالاشتراك|ביטול\sהרשמה|"
    r"सदस्यता\sछोड़ें|登録解除|配信停止|退订|取消订阅|取消訂閱|구독\s?취소",
    re.IGNORECASE,
)


def _is_mail_link(line: str) -> bool:
    """Gmail's "Unsubscribe" beside the sender: a link of a few words, page furniture; or
    the mail program's note that it hides the pictures ("Images are not displayed. Display
    images below")."""
    plain = " ".join(line.split()).strip(" .")
    if zones.word_count(plain) <= IMAGES_NOTE_WORDS and IMAGES_NOTE.search(plain):
        return True
    return zones.word_count(plain) <= MAIL_LINK_WORDS and (
        _UNSUBSCRIBE.fullmatch(plain) is not None or zones.clutter_of(plain) is not None
    )


# The parts of a mail's subject: "Le Courrier de la colline | Le budget qui n'en est pas un".
_SUBJECT_PARTS = re.compile(r"(?<!\s)\s++[|–—·]\s++|(?<=[^\W\d_]):\s++")


def sender_display(line: str) -> str | None:
    """The sender's name on a mail's sender line ("Mittelrhein-Bote | Der Morgen am Rhein
    <newsletter@…>" gives "Mittelrhein-Bote | Der Morgen am Rhein"); None for another line."""
    if not _SENDER.search(line):
        return None
    return _MAIL_LABEL.sub("", _SENDER.sub("", line)).strip(" \"'")


def name_parts(text: str) -> list[str]:
    """The parts of a subject or a sender's name: "Le Courrier de la colline | Le budget …"."""
    return [part.strip() for part in _SUBJECT_PARTS.split(text)]


def mail_mastheads(blocks: list[str], start: int) -> frozenset[str]:
    """The names a copied e-mail's header gives the newsletter's masthead under it
    (``blocks[:start]`` is the header): the sender's ("Stadtwerke Heilbronn <…>" over
    "STADTWERKE HEILBRONN"), and the parts of the subject that come again over a later
    part, the headline ("Objet : Le Courrier de la colline | Le budget …" over "Le Courrier
    de la colline" / "Jeudi 6 novembre 2025" / "Le budget …")."""
    names: set[str] = set()
    below = blocks[start : start + MAIL_HEADER_LINES + 2]
    for line in blocks[:start]:
        if (sender := sender_display(line)) is not None:
            names.add(sender)
        elif _MAIL_FIELD.match(line):
            parts = set(name_parts(_MAIL_LABEL.sub("", line)))
            found = sorted((below.index(p), p) for p in parts if p in below)
            names.update(part for _, part in found[:-1])
    return frozenset(" ".join(words_of_line(name)) for name in names if name)


def is_site_name(line: str, names: frozenset[str]) -> bool:
    """The line is a name the text gives its site or newsletter, in whatever case ("LE
    DEVOIR" for the copyright line's "Le Devoir"), or that name and one more word, a desk's
    or an edition's ("ABC Gippsland", "ABC News" for "© 2026 ABC")."""
    words = [word.casefold() for word in words_of_line(line)]
    for name in names:
        named = name.casefold().split()
        if named and words[: len(named)] == named and len(words) <= len(named) + 1:
            return True
    return False


def words_of_line(line: str) -> list[str]:
    return [w for w in zones.words_of(line) if not w.isdigit()]


def site_names(blocks: list[str]) -> frozenset[str]:
    """The names a copyright or source line gives anywhere in the text: at the top, such a
    name is the site's or newsletter's masthead, not the headline."""
    names = set()
    for block in blocks:
        line = " ".join(block.split())
        for rule in ATTRIBUTION_RULES:
            if rule.field == "source" and (match := rule.pattern.fullmatch(line)):
                names.add(" ".join(words_of_line(rule.credit(match))))
    return frozenset(names)


# A page's address alone on its line: "https://lottlivet.example.se/2025/08/02/potatisskorden/".
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s/]++\S*+", re.IGNORECASE)


def is_web_address(line: str) -> bool:
    """The page's address alone on a line, as a browser prints it over the page or a copy
    takes it from the address bar: furniture, never a title."""
    return _WEB_ADDRESS.fullmatch(line.strip()) is not None


# What the import removes over the headline; the masthead stands among its first lines.
_MASTHEAD_RULES = frozenset(("masthead name", "page furniture above the headline", "skip link"))
MASTHEAD_LINES = 3


def drop_masthead_byline(name: str, draft: Draft) -> bool:
    """A byline that is the page's masthead over its menus ("প্রথম আলো" beside the date, in
    the © line too; no person's name a list knows): the site, not a writer. Drops it from
    the byline; True when it did."""
    from tearsheet.organisations import is_personal_name

    heads = [text for rule, text in draft.removed if rule in _MASTHEAD_RULES][:MASTHEAD_LINES]
    folded = {" ".join(text.split()).casefold() for text in heads}
    if name.casefold() not in folded or is_personal_name(name, draft.lang):
        return False
    draft.byline = [w for w in draft.byline if w.casefold() != name.casefold()]
    draft.recognised.append(f"no byline: {name!r} is the site's masthead")
    return True
