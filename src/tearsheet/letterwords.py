"""The words of a letter's greeting and closing in the languages: "dear", "regards", a formal
closing, the word for "team", the possessive a writer signs with (tearsheet.letters)."""

from __future__ import annotations

import re

# The word for "regards" ending a closing written without a comma over a team's name
# ("Herzliche Grüße / Ihr Team der Stadtwerke"), or alone ("Cheers"): a closed class of a
# few words per language. At the line's end only: "Thanks to the volunteers" opens a
# sentence of the story, "Best Director" is a prize.
REGARDS = re.compile(
    r"(?i)(?:^|\s)(?:regards|wishes|grü(?:ß|ss)en?|gru(?:ß|ss)|hilsen|hälsning(?:ar)?|hilsner"
    r"|groet(?:en|jes)?|pozdrawiam|pozdrowienia|pozdravem|pozdrav|saludos?|cordialement"
    r"|salutations|amitiés|atenciosamente|abra[çc]os?|saluti|terveisin|üdvözlettel"
    r"|уважением|привет(?:ом)?|saygılarımla|sevgiyle|salam|hormat|cheers|best|thanks|love"
    r"|bises|besos|baci|hugs|xoxo"
    # Kisses and hugs, a blog's closing: "Puszi, Kati", "Buziaki", "Bisous", "Kram".
    r"|puszi|pusz|ölelés|ölellek|buziaki|buziak|uściski|pusa|pusu|objímám|kram|kramar|klem"
    r"|knus|beijos|beijinhos|bisous|bisou|küsse|küsschen|umarmungen|besitos|abrazos|abbracci"
    r"|bacioni|kusjes|knuffels|halauksia|pusuja|pupici|pupiki|обнимаю|целую|цілую|φιλιά"
    # The closing that wishes the reader a good day: "Einen schönen Dienstag wünscht Ihnen",
    # "Hezký den přeje", "Bonne journée vous souhaite", "Miłego dnia życzy".
    r"|wishes you|wünscht(?: ihnen| euch| dir)?|wünschen(?: ihnen| euch| dir)?|přeje(?:me)?"
    r"|praje(?:me)?|(?:vous|te) souhaite(?:nt)?|(?:le|les|te|os) desea(?:n|mos)?|vi augura"
    r"|(?:lhe|te|vos) desej(?:a|am|o)|wens(?:t|en) (?:u|je|jullie)|życz(?:y|ą|ymy|ę)"
    r"|önskar|ønsker|toivottaa|toivottavat|kíván(?:ok|unk)?|vă urează|diler(?:iz)?"
    r"|желает|желаем|бажає|бажаємо)[!.,]?$|敬上$|謹上$|よろしく$"
)


# A formal letter's closing, alone on its line ("Pagarbiai", "Z poważaniem", "Mit
# freundlichen Grüßen"): whatever line stands under it signs the letter, an office's name
# written small as well ("Vilniaus miesto savivaldybės administracija").
FORMAL = re.compile(
    r"(?i)(?:(?:yours )?(?:sincerely|faithfully|truly)|respectfully(?: yours)?|"
    r"(?:kind|best|warm) regards|hochachtungsvoll|mit freundlichen grü(?:ß|ss)en|"
    r"freundliche grü(?:ß|ss)e|cordialement|respectueusement|bien cordialement|atentamente|"
    r"cordialmente|distinti saluti|cordiali saluti|atenciosamente|hoogachtend|"
    r"met vriendelijke groet(?:en)?|z poważaniem|z wyrazami szacunku|s pozdravem|s úctou|"
    r"pagarbiai|ar cieņu|lugupidamisega|tisztelettel|cu stimă|cu respect|с уважением|"
    r"з повагою|с уважение|s poštovanjem|s spoštovanjem|saygılarımızla|saygılarımla|"
    r"με εκτίμηση|με τιμή|med vänlig hälsning|med venlig hilsen|med vennlig hilsen|"
    r"ystävällisin terveisin|hormat kami|salam hormat|trân trọng)[,.]?"
)

# The word for a team signing a letter ("The Telex team", "Ihr Team der Stadtwerke").
TEAM_WORDS = frozenset(
    """team équipe equipo equipe squadra redactie redaktion redacción redazione redação
    zespół redakcja csapata csapat tým tím ekipa tiimi команда ομάδα komanda komandas
    komandos ekibi ekip echipa echipei tim timu teamet holdet laget redaksjonen redaktionen
    toimitus szerkesztőség redakce redakcia redacția redacció редакция редакція редакцията
    екипът екипа""".split()
)

# The words a letter's greeting opens with where it ends in a colon ("Estimados asociados:",
# "Querida Ana:", "Sehr geehrte Damen und Herren:"), as Spanish and Catalan letters write it.
DEAR = re.compile(
    r"(?i)(?:dear|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?|distinguid[oa]s?|estimats?|"
    r"estimades|benvolguts?|benvolgudes|liebe[rs]?|sehr geehrte[rn]?|cher|chère|chers|chères|"
    r"car[oaie]|gentil[ie]|prezad[oa]s?|car[oa]s|beste|geachte|drog[ia]|drodzy|szanown[iya]|"
    r"kedves|vážen[íý]|mil[íý]|kära|kære|hyvä|hyvät|stimat[ăe]|dragi|уважаем\w*|дорог\w*|"
    r"шановн\w*|sayın|değerli|αγαπητ\w*)\s"
)

# A team or board signing with its word first, the organisation's name after it ("Le bureau
# de Vélo Cité Nantes", "L'équipe de Brief Éco", "Das Team der Stadtwerke", "The team at
# Kestrel"), a possessive or an article before it.
# A writer's name and "and" before the team ("Thu Hà và nhóm Cây Bàng", "Anna and the team
# at Kestrel").
_WRITER_AND = (
    r"(?:(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁ])[\w'’-]*+\s++(?:(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁ])[\w'’-]*+\s++){0,2}"
    r"(?:and|und|et|y|e|en|i|và|og|och|ja)\s++)?"
)
TEAM_FIRST = re.compile(
    rf"(?i){_WRITER_AND}"
    # A family signing with its name after the word ("La famille Gagnon-Beaulieu"), or a
    # Vietnamese team ("nhóm"), which take no preposition.
    r"(?:(?:the|la|die|le|el|il|a|de)\s++)?(?:famille|family|familie|familia|famiglia|família|"
    r"rodzina|rodina|család|gia đình|nhóm|đội ngũ)\s++(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁ])[\w'’-]*+"
    r"(?:\s++[\w'’-]++){0,2}|"
    rf"{_WRITER_AND}"
    r"(?:(?:ihr|ihre|euer|eure|dein|votre|vos|ton|your|yours|tu|su|il vostro|la vostra|"
    r"o seu|a sua|jouw|uw|wasz|wasza|tvůj|váš|vaše|jūsų|tavo|jūsu|teie|din|deres)\s++)?"
    r"(?:(?:the|das|die|der|le|la|l['’]|el|il|lo|o|a|het|de)\s*+)?"
    r"(?:team|équipe|equipo|equipe|squadra|bureau|board|vorstand|conseil|comité|committee|"
    r"redaktion|rédaction|redacción|redazione|redação|redactie|bestuur|zarząd|zespół|"
    r"redakcja|tým|redakce|výbor|představenstvo|komanda|styret|styrelsen|bestyrelsen|"
    r"hallitus|elnökség|csapat)"
    r"\s++(?:de|du|des|d['’]|of|at|from|der|des|von|vom|di|del|della|dello|do|da|dos|das|"
    r"van|z|ze|zo|iš|fra|från|av)\s*+(?-i:[\"'„“«‚]?[A-ZÀ-ÞĀ-ŽА-ЯЁ])[^.!?:;\d@/|]{0,60}+"
)

# A closing that opens the signature's own line, the name after it ("Hilsen oss i Ruter",
# "Hälsningar från Anna", "Greetings from the Kestrel team"): the Nordic letters' way.
REGARDS_FIRST = re.compile(
    r"(?i)(?:(?:med )?(?:vennlig|vänlig|venlig|beste|bästa|varm|varme|kjærlig|kärleksfull)\s+)?"
    r"(?:hilsen|hilsner|hälsningar|hälsning|mvh|greetings|groeten|grüße|grüsse|terveisin)"
    r"\s++(?:(?:fra|från|from|von|van|uit|oss|os|us)\s++)?(?P<name>\S.*)"
)

# The possessive a writer signs with before the name ("Ihr Felix Hartmann", "Eure Lena",
# "Votre dévoué Paul", "Yours, Ann"): the name line is a signature whatever stands above it.
SIGNED_AS = re.compile(
    r"(?i)(?:ihr|ihre|euer|eure|dein|deine|votre|vos|ton|ta|yours|your|tu|tus|su|sus|"
    r"il vostro|la vostra|vostro|vostra|o seu|a sua|seu|sua|jouw|uw|je|wasz|wasza|twój|"
    r"twoja|din|dere|deres|teidän|tvůj|tvoje|váš|vaše),? "
)

# A notice's signature label over the signer's name ("Signed:", "gez.", "Firmado:").
SIGNED_LABEL = re.compile(
    r"(?i)(?:signed|sgd\.?|gez\.|gezeichnet|signé|firmado|firmato|assinado|getekend|"
    r"podpisano|podepsáno|podpísané|aláírás|undertecknat|underskrevet|allekirjoitettu)\s*+:?"
)
