"""The clutter rules for what stands under a story: editors' marks, notes to the reader and
to editors, press contacts, the footer's links and rights notices, a release's end mark and
its "About <organisation>" section (tried after tearsheet.clutter's, in this order)."""

from __future__ import annotations

import re

from tearsheet.clutterrule import ClutterRule
from tearsheet.clutterrule import clutter_rule as _rule

# The languages that write "about" after the name: "«Самұрық-Энерго» АҚ туралы", "Türk
# Telekom hakkında", "ACME について", Basque "UPV/EHUri buruz". The name's last word is
# capitalised too: "Bu konu hakkında" ("about this matter") names nothing.
_AFTER_NAME = (
    r"[„\"«]?[A-ZÀ-ÝĀ-ſΑ-ΩА-ЯЁЄІЇӘҒҚҢӨҰҮҺ\u3040-\u9fff\uac00-\ud7a3][^\s!?:.]*+"
    r"(?:(?:\s[^\s!?:.]++){0,4}?\s[„\"«A-ZÀ-ÝĀ-ſΑ-ΩА-ЯЁЄІЇӘҒҚҢӨҰҮҺ][^\s!?:.]*+)?"
)
_ABOUT_AFTER = (
    r"(?i:buruz|туралы|hakkında|hakkinda|haqida|haqqında|について|에 대하여|에 대해|के बारे में|বিষয়ে|"
    # Korean releases' "[누리에너지 소개]" ("introducing …"), in its brackets.
    r"பற்றி|(?<=\S )소개[\]】]?)"
)
# The last word of a Chinese organisation's name: "有限公司", "集团", "新能源", "大学"...
_ZH_ORGANISATION = (
    r"公司|集团|集團|科技|股份|控股|银行|銀行|能源|储能|儲能|基金会|基金會|基金|协会|協會|学会|"
    r"學會|商会|商會|联盟|聯盟|大学|大學|学院|學院|研究院|研究所|医院|醫院|中心|实业|實業|电子|"
    r"電子|技术|技術|网络|網絡|傳媒|传媒|资本|資本|证券|證券|保险|保險|汽车|汽車|电气|電氣|制药|"
    r"製藥|药业|藥業|生物|医药|醫藥|智能|光电|光電|半导体|半導體|动力|動力|材料|化工|通信|软件|"
    r"軟件|軟體|电力|電力|物流|航空|机构|機構|组织|組織|工作室|事务所|事務所"
)
# "About Greenfield Foods", "Über die Stadtwerke Münster", "À propos de la Métropole de Lyon",
# "关于恒储新能源" (no space after the word in Chinese):
# the heading word in any case, the name capitalised, a heading (no sentence) of a few words.
# One ``name`` group for both orders (tearsheet.credits reads it).
ABOUT_LINE = (
    r"(?:(?P<about>(?i:about|über|à propos d(?:es|u|e|'|’)|a propos d(?:es|u|e|'|’)|sobre|"
    r"acerca de|"
    r"informazioni su|chi è|"
    r"over|o firmie|o spółce|om oss|om|o společnosti|o firmě|o spoločnosti|tietoa|despre|"
    r"o tvrtki|o kompaniji|o podjetju|o društvu|о компанији|"
    r"σχετικά με|о компании|про компанію|tentang|mengenai|kuhusu|về|hakkında|acerca da|"
    r"אודות|حول|نبذة عن|درباره|เกี่ยวกับ|за(?=\s++[„\"«])|"
    # Chinese "关于恒储新能源": a name of a few characters, no punctuation, to the line's end;
    # not a notice's title ("关于调整…时间的通告", "notice on …": a phrase with "的"); the
    # name an organisation's, by its last word or its Latin letters, not a subheading's
    # topic ("关于退休年龄", "about the retirement age", over the rest of the story).
    r"(?:关于|關於)(?![这這那此我你您本该該])(?=[^\s，。！？：；、,.!?:;的]{2,16}+$)"
    rf"(?=[^\n]*?[A-Za-z]|[^\n]*?(?:{_ZH_ORGANISATION})$)|"
    # Polish and Czech "O PKP Intercity", "O ČEZ": "about" before a name in capitals; not a
    # heading of three or more words in capitals ("O QUE MAIS HÁ PARA SABER": what else).
    r"o(?!(?:\s++(?-i:[^\sa-záäčďéěíĺľňóôŕřšťúůýžąćęłńśźż]++)){3,}+$)"
    r"(?=\s++(?-i:[A-ZĄĆĘŁŃÓŚŹŻČŠŽŘ]{2,})\b|"
    # ... or before one name written as a brand, a capital inside it ("O LogiPak").
    r"\s++(?-i:[A-ZĄĆĘŁŃÓŚŹŻČŠŽŘ][a-ząćęłńóśźżčšžř]++[A-ZĄĆĘŁŃÓŚŹŻČŠŽŘ][^\s!?:]*+)$|"
    # ... or before a name that ends in its legal form ("O Polfarm S.A.", "O Kovo a.s.").
    r"(?:\s++(?-i:[A-ZĄĆĘŁŃÓŚŹŻČŠŽŘ])\S*+){1,4}?\s++(?:S\.A\.|SA|sp\. z o\.o\.|"
    r"a\.s\.|s\.r\.o\.|SE|spółka akcyjna)$))(?:\s++|(?<=关于|關於)|(?<=d'|d’)(?=[A-ZÀ-Ý]))"
    r"(?i:(?:the|die|der|das|den|la|le|les|l'|el|los|las|il|lo|gli|os|as|o|a|de|het|"
    r"την|το|τον|τη)\s++)?)"
    rf"|[\[【]?(?={_AFTER_NAME}\s*+{_ABOUT_AFTER}$))"
    r"(?P<name>(?(about)[„\"«]?[A-ZÀ-ÝĀ-ſΑ-ΩА-ЯЁЄІЇ\u0e01-\u0e2e\u4e00-\u9fff][^\s!?:]*+"
    r"(?:\s[^\s!?:]++){0,6}+"
    rf"|{_AFTER_NAME}))"
    # Not a sentence's end, but an abbreviation's full stop ("a.s.", "S.A.", "Inc.").
    # Québec's firms write their "inc." in lower case ("Les Serres Beaulac inc.").
    r"(?(about)(?:(?<![.,;])|(?<=\w\.\w\.)|(?<=\b[Ii]nc\.)|(?<=\bLtd\.)|(?<=\bCorp\.)|"
    r"(?<=\bCo\.)|(?<=\bLLC\.)|(?<=\bPlc\.)|(?<=\bBhd\.)|(?<=\bLtda\.)|(?<=\bltée\.))"
    rf"|\s*+{_ABOUT_AFTER})"
)


FOOTER_RULES: tuple[ClutterRule, ...] = (
    # Editors' initials closing a wire story: "ann/ mal/", "PYR // JMR", "/ jm", "(rip/imk)".
    _rule(
        "editor initials",
        r"(?-i:/\s*+[a-z]{2,4}+|(?:[a-z]{2,4}+\s*+/+\s*+){1,4}+[a-z]{0,4}+/?|"
        r"\((?:[a-z]{2,4}+/)++[a-z]{2,4}+\))|"
        r"(?-i:[A-Z]{2,4}+\s*+//?\s*+[A-Z]{2,4}+)",
    ),
    # A story's closing notes to the reader: "This is a developing story and will be
    # updated.", the opinion page's call for responses. (Reporters' credits, "(Reporting by
    # X; Editing by Y)", and disclaimers are the story's own: the benchmark keeps them.)
    _rule(
        "story notes",
        r"this (?:is a developing|story is developing)(?: story)?.{0,80}|"
        r"do you have an opinion on the issues raised in this article\?.{0,400}|"
        # A live blog's standing note: "Dit liveblog wordt bijgewerkt. Het liveblog van
        # gisteren lees je hier.", "This live blog is now closed.", "Der Ticker ist beendet."
        r"(?=[^\n]{0,200}+$)(?:this|our|dieser|unser|ce|notre|este|esta|nuestro|questo|"
        r"questa|nosso|dit|deze|ons|ta|nasza|tento|náš|denna|vår|tämä|ez a|acest|bu|эта|"
        r"этот|наша|наш|ця|цей|ini)\s++(?:live ?blog|live-blog|"
        r"liveblogg?(?:en)?|live ?ticker|live-ticker|newsticker|ticker|live coverage|live "
        r"updates|direct|directo|diretta|minuto a minuto|relacja|přenos|liveseuranta|"
        r"livesändning|liveblogi|онлайн|трансляция|трансляція|siaran langsung)"
        r"(?:\s++[^\s.!?]++){0,3}?\s++(?:updated|closed|ended|finished|aktualisiert|beendet|"
        r"geschlossen|mis à jour|terminé|clos|actualiza|actualizado|finalizado|terminado|"
        r"aggiornat[oa]|aggiorna|concluso|conclusa|terminat[oa]|atualizad[oa]|encerrad[oa]|"
        r"bijgewerkt|geactualiseerd|gesloten|beëindigd|afgelopen|aktualizowan[aye]|"
        r"zakończon[aey]|aktualizován|ukončen|uppdateras|avslutad|oppdateres|avsluttet|"
        r"opdateres|afsluttet|päivittyy|päättynyt|frissül|véget ért|actualizat|încheiat|"
        r"güncelleniyor|sona erdi|обновляется|завершен[аоы]?|оновлюється|завершено|"
        r"diperbarui|berakhir)(?!\w).{0,160}",
    ),
    # "(sama)", a dpa editor's mark under the story; "Molly Brandt/The Coloradoan", a
    # photographer's credit; "Gentileza", "Courtesy of the family".
    _rule(
        "credit mark",
        r"(?-i:\([a-z]{2,6}+\))|"
        r"(?-i:[A-Z][\w'’-]{1,20}+(?: [A-Z][\w'’-]{1,20}+){1,2}+ ?/ ?(?:(?:[Tt]he )?"
        r"[A-Z][\w&'’-]{1,20}+(?: [A-Z][\w&'’-]{1,20}+){0,3}+|[Ss]taff(?: [Pp]hotographer)?"
        r"|[Cc]ontributor|[Ff]or [A-Z][\w&'’ -]{1,40}+))|"
        r"(?:gentileza|cortesía|cortesia|courtesy)(?: (?:of|de|di) .{2,60})?|"
        # A picture from the paper's archive: "Courier file photo", "AP file photo".
        r"(?-i:(?:[A-Z][\w.&'’-]{0,25}+ ){0,3})(?:file|archive) (?:photo|picture|image)s?",
    ),
    # A press release's closing sections for the press: notes to editors, media contacts.
    _rule(
        "press notes",
        r"(notes? (to|for) editors|editors'? notes?|media contacts?|press contacts?|"
        r"pressekontakt|hinweise? für (die )?redaktion(en)?|notes? aux rédactions|"
        r"contacts? (presse|médias?)|notas? (para|a) (los )?(editores|redacción|redacciones)|"
        r"contactos? (de|para) (prensa|medios)|nota per le redazioni|contatti (stampa|media)|"
        r"nota aos editores|contatos? (de|para) (a )?imprensa|noot voor de redactie|"
        r"perscontact|kontakt dla mediów|informacje dla redakcji|forward-looking statements?|"
        # "Lisätietoja:", "Weitere Informationen:": a label over the contacts, colon and all.
        r"(lisätietoja|weitere informationen|más información|plus d['’]informations|"
        r"ulteriori informazioni|mais informações|meer informatie|więcej informacji|"
        r"további információ|další informace|mer information|yderligere oplysninger|"
        r"flere opplysninger|informasi lebih lanjut|further information|more information|"
        # "Per a més informació:", "Weitere Auskünfte:", "Media enquiries:".
        r"per a més informació|més informació|(weitere )?auskünfte|(für )?rückfragen|"
        r"medienauskünfte|informations complémentaires|renseignements|per informazioni|"
        r"para más detalles|informações adicionais|nadere informatie|inlichtingen|"
        r"dodatkowe informacje|bližší informace|további információk|"
        # Latvian, Lithuanian and Basque "further information".
        r"papildu informācija|papildus informācija|daugiau informacijos|papildoma informacija|"
        r"informazio gehiago|gehiago jakiteko|"
        r"(media |press )?enquiries|(media |press )?inquiries|"
        # "Issued by:" over the signer's name, role and organisation (Swahili "Imetolewa
        # na:", Indonesian "Dikeluarkan oleh:").
        r"issued by|released by|imetolewa na|dikeluarkan oleh|diterbitkan oleh)"
        r"(?=\s*+:)|"
        # The contacts' heading under a release, colon or none ("Kontaktinformasjon").
        r"contact (information|details)|kontaktinformasjon|kontaktinformation(en)?|"
        r"kontaktoplysninger|kontaktdaten|contactgegevens|dane kontaktowe|kontaktní údaje|"
        r"kontaktné údaje|yhteystiedot|iletişim bilgileri|date de contact|"
        r"informations de contact|datos de contacto|informazioni di contatto|"
        r"dados de contato|контактная информация|контактна інформація|informasi kontak|"
        r"maklumat perhubungan|thông tin liên hệ|"
        # The press contacts' heading in the sets' other languages.
        r"kontakt för media|mediekontakt|kontakt pro média|kontakt pre médiá|sajtókapcsolat|"
        r"contact (de )?presă|basın iletişim(i)?|контакты для сми|контакти для змі|"
        r"kontak media|liên hệ báo chí|yhteyshenkilö(t)?|lisätietoja antaa(vat)?|"
        r"επικοινωνία με τα μμε|για περισσότερες πληροφορίες|【?本件に関するお問い合わせ(先)?|"
        r"報道関係者(の)?お問い合わせ(先)?|お問い合わせ先|"
        # Japanese city sites' "inquiries about this page" over the office's contacts.
        r"このページ(に関する|についての)お問い合わせ|媒体联系(人)?|新闻联络(人)?|媒體聯絡(人)?|"
        r"如需更多信息，?请联系|언론 문의|보도 문의|문의처|للمزيد من المعلومات،? يرجى الاتصال|"
        r"للتواصل الإعلامي|לפרטים נוספים|אנשי קשר לתקשורת|अधिक जानकारी के लिए संपर्क करें|"
        r"मीडिया संपर्क|"
        r"safe harbou?r statement|cautionary (?:note|statement)|zukunftsgerichtete aussagen|"
        r"déclarations prospectives|declaraciones prospectivas|dichiarazioni previsionali)"
        # The heading alone, or with more words only up to its colon ("Media contacts for
        # Acme:", "Media contact: Jane Doe"): "Kontaktdaten der Gäste" is a subheading.
        r"(?:\s*+:[^\n]{0,40}+|[^.!?:\n]{0,40}+:)?",
        tail=True,
    ),
    # A press release's closing line for the press: whom to contact, who issued it
    # ("For further information please contact:", Kemenkes's "Berita ini disiarkan oleh …").
    _rule(
        "press contact",
        r"((for (more|further) information|für weitere informationen|pour (plus d['’]|de plus "
        r"amples )informations|para más información|per (maggiori|ulteriori) informazioni|"
        r"para mais informações|voor meer informatie|w celu uzyskania (dalszych|dodatkowych) "
        r"informacji|untuk informasi lebih lanjut|untuk maklumat lanjut|"
        r"för (mer|ytterligare) information|for (mer|ytterligere) informasjon|"
        r"for (mere|yderligere) (information|oplysninger)|pro (více|další) informací|"
        r"pre (viac|ďalšie) informácií|további információ(ért)?|pentru mai multe informații|"
        r"daha fazla bilgi için|για περισσότερες πληροφορίες|"
        r"для (получения )?(дополнительной|более подробной) информации|"
        r"для (отримання )?додаткової інформації)[,:]?\s*+(please\s)?"
        r"(contact|call|e-?mail|write to|wenden sie sich|kontaktieren|contactez|contacte|"
        r"kontakta|kontakt|kontaktujte|keresse|forduljon|contactați|iletişime geçin|"
        r"iletişime geçiniz|επικοινωνήστε|обращайтесь|звертайтеся|"
        r"contatta|contacte|entre em contato|neem (dan )?contact|kunt u contact|prosimy o kontakt|"
        r"(dapat |silakan )?menghubungi|hubungi|sila hubungi)|for further information:|"
        r"(siaran pers|berita|rilis) ini disiarkan oleh)\b.{0,400}",
        tail=True,
    ),
    # A contact's line alone: "Contact: theeditor@example.com", "Telefon: +41 51 220 41 11".
    _rule(
        "contact line",
        r"(?:contact|kontakt|contacto|contatto|contato|e-?mail|courriel|correo|tel\.?|"
        r"telefon|téléphone|teléfono|telefono|telefone|phone|fax)\s*+:?\s*+"
        r"(?:[\w.+-]++@[\w-]++(?:\.[\w-]++)++|\+?[\d()][\d ()/.-]{5,20}+)\.?",
    ),
    # The page's footer links: "Impressum", "Adatvédelem", "Mentions légales | CGU".
    _rule(
        "footer links",
        r"(?:impressum|impresszum|imprint|datenschutz(?:erklärung)?|adatvédelem|"
        r"privacy(?: policy| notice)?|mentions légales|aviso legal|note legali|colofon|"
        r"política de privacidad(?:e)?|polityka prywatności|informativa (?:sulla )?privacy|"
        r"terms (?:of (?:use|service)|and conditions)|cookie (?:policy|settings))"
        r"(?:\s*+[|·•]\s*+[^|·•\n]{2,40}+){0,6}+",
    ),
    # A site's notice that its pages may not be copied, under the story ("All rights
    # reserved. This material … may not be reproduced …", "É proibida a reprodução …").
    _rule(
        "rights notice",
        r"(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|"
        r"todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|"
        r"alle rechten voorbehouden|wszelkie prawa zastrzeżone)\.?\s++.{0,300}?"
        r"(?:reproduc|republish|redistribut|vervielfältig|reprodu|riprodu|verveelvoudig|"
        r"kopiowan|powielan)\w*.{0,300}|"
        r"(?:é proibida|queda prohibida|est interdite|è vietata|ist untersagt|is verboden|"
        r"jest zabronione|is prohibited|is not permitted)\s++(?:a |la |le |die |het )?"
        r"(?:reprodu|riprodu|vervielfältig|verveelvoudig|kopiowan|powielan|copying)\w*.{0,300}|"
        # The terms of reuse: "При цитуванні і використанні будь-яких матеріалів … гіперпосилання
        # … обов'язкові", "When quoting materials, a hyperlink to … is required".
        r"(?:при (?:цитировании|использовании|копировании|перепечатке)|при (?:цитуванні|"
        r"використанні|копіюванні|передруку)|при (?:цитиране|използване)|when (?:quoting|"
        r"using|reproducing|citing)|any (?:use|reproduction) of (?:the |our )?materials?|"
        r"przy (?:cytowaniu|wykorzystaniu)|pri (?:citovaní|použití|preberaní))\b"
        r"[^\n]{0,200}?(?:гиперссылк|ссылк|гіперпосилан|посилан|хипервръзк|препратк|"
        r"hyperlink|link|odnośnik|odkaz)\w*.{0,300}|"
        # A wire's note on its service for subscribers: "… abonelere sunulan haberler,
        # özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz."
        r".{0,300}?(?:abonelik için|for (?:a )?subscriptions?|for licensing|"
        r"para suscripciones|pour (?:vous )?abonner|für ein abonnement|per abbonamenti|"
        r"para assinaturas|voor abonnementen|w sprawie prenumeraty)[^.\n]{0,40}?"
        r"(?:iletişime geçiniz|please contact|contact us|contactez|kontaktieren sie|"
        r"contattaci|contacte|neem contact|skontaktuj)\w*.{0,80}",
        tail=True,
    ),
    # The note under a story on how to report a mistake in it ("Якщо ви помітили помилку,
    # виділіть … і натисніть Ctrl+Enter", "Spotted an error? Let us know."): the keys name
    # it in every language, the question in the core ones.
    _rule(
        "error note",
        r"(?=[^\n]{0,300}+$)(?:[^\n]{0,200}?\bctrl\s*+\+\s*+enter\b[^\n]{0,150}|"
        r"(?:spotted|found|noticed|see) (?:an?|any) (?:error|mistake|typo)s?\?|"
        r"(?:(?:hast du|haben sie) )?(?:einen )?fehler (?:gefunden|entdeckt)\?|"
        r"vous avez (?:repéré|remarqué|trouvé|vu) une (?:erreur|faute|coquille)\s*+\?|"
        r"¿?(?:has|ha) (?:visto|encontrado|detectado) (?:un|algún) error\?|"
        r"¿?(?:encontraste|encontró|viste) (?:un|algún) error\?|"
        r"(?:hai|avete) (?:trovato|notato|visto) un errore\?|"
        r"(?:encontrou|viu|achou) (?:um|algum) erro\?|"
        r"(?:een )?fout (?:gezien|gevonden|ontdekt)\?|"
        r"(?:zauważyłeś|zauważyłaś|znalazłeś|znalazłaś|widzisz) błąd\?)"
        r"(?:\s++[^\n]{1,150})?",
    ),
    # An affiliate link's disclosure, over or under a post: the link and the writer's
    # commission ("*Affiliate-Link: Wenn du über diesen Link etwas kaufst, erhalte ich eine
    # kleine Provision.", "As an Amazon Associate I earn from qualifying purchases.").
    _rule(
        "affiliate note",
        # The writer speaks or the reader is spoken to ("I earn", "wenn du …", "vous"): a
        # report on affiliate links and commissions is the story's.
        r"(?=[^\n]{0,400}+$)(?=[^\n]*?\b(?:i|we|you|ich|wir|du|sie|je|nous|vous|tu|yo|usted|"
        r"ustedes|eu|você|vocês|io|noi|voi|ik|wij|jij|u|ja|my|ty|wy|jag|vi|jeg|minä|sinä|"
        # ... or the reader's "if" where the language drops its pronouns ("si compras",
        # "jeśli coś kupisz").
        r"if|si|wenn|falls|se|als|indien|jeśli|jeżeli|pokud|ha|om|hvis|jos|dacă|eğer)\b)"
        r"(?=[^\n]{0,200}?(?:affiliate[- ]?(?:links?|länk\w*|lenk\w*)|"
        r"liens? (?:affiliés?|d['’]affiliation|sponsorisés?)|enlaces? (?:de )?afiliad[oa]s?|"
        r"link (?:di affiliazione|affiliat[oi])|links? (?:de )?afiliad[oa]s?|"
        r"link\w* afiliacyjn\w*|afiliační odkaz\w*|partner-?links?|werbe-?links?|"
        r"provisions-?links?))"
        r"[^\n]{0,250}?(?:commission|provision|provisie|comisión|comissão|commissione|"
        r"prowizj|provize|provízi|jutalék|komisyon|comision|kickback)[^\n]{0,250}|"
        r"\W{0,3}as an amazon associate,? (?:i|we) earn from qualifying purchases\.?",
    ),
    # The mark a press release ends with: "ENDS", "-ends-", "###" (or "# # #"), "- 30 -",
    # "-- einde persbericht --".
    _rule(
        "end of release",
        r"([-–—]{1,2}+\s*)?(ends?|#\s?#\s?#|30|fin|ende|einde|koniec|tamat|selesai|slut|loppu|konec|vége|"
        r"sfârșit|конец|кінець|τέλος|kết thúc|以上|完|끝|انتهى|"
        # ... and in Swahili, Portuguese, Norwegian and the Baltic languages ("Kraj", the
        # South Slavic word, heads a news site's section: not here).
        r"mwisho|fim|slutt|pabaiga|beigas|lõpp)"
        # ... with the release named: "– EINDE PERSBERICHT –", "Ende der Pressemitteilung",
        # "Fin du communiqué", "End of press release", "Koniec komunikatu".
        r"(?:\s(?:of |der |du |de |del |do |da |della |van )?(?:the |la |le )?(?:press release|"
        r"release|pressemitteilung|persbericht|communiqué(?: de presse)?|comunicado(?: de "
        r"prensa| de imprensa)?|comunicato(?: stampa)?|komunikatu|informacji prasowej|"
        r"pressmeddelande|pressemelding|pressemeddelelse|tiedotteen))?(\s*[-–—]{1,2}+)?",
        tail=True,
    ),
    # A rule between the story and its credits or notes, typed as a line of marks ("___",
    # "* * *", "=====").
    _rule("separator line", r"(?:[_=~*•·#–—-]\s*+){3,}+"),
    # The skip link at the top of a page, as WordPress, Drupal and news sites translate it;
    # a word for "main" may follow ("Aller au contenu principal", "Chuyển đến nội dung
    # chính", "Vai al contenuto principale").
    _rule(
        "skip link",
        r"(?:skip to (?:the )?(?:main )?(?:content|navigation|article)|skip navigation|"
        r"zum (?:haupt)?inhalt(?: springen)?|direkt zum (?:haupt)?inhalt|"
        r"(?:aller|passer|accéder) (?:au|directement au) contenu|"
        r"(?:saltar|ir|pasar) al contenido|saltar a(?:l)? (?:contenido|navegación)|"
        r"(?:vai|salta|passa) (?:al|ai) contenut[oi]|"
        r"(?:ir|saltar|pular|avançar) (?:para|ao|direto para) (?:o )?conteúdo|"
        r"(?:naar|ga naar|direct naar|spring naar) (?:de )?(?:hoofd)?inhoud(?: (?:gaan|springen))?|"
        r"przejdź do (?:głównej )?(?:treści|zawartości)|"
        r"(?:hoppa|gå) till (?:huvud)?innehåll(?:et)?|(?:spring|gå) til (?:hoved)?indhold(?:et)?|"
        r"(?:hopp|gå) til (?:hoved)?innhold(?:et)?|"
        r"(?:přejít|přeskočit) (?:k|na) (?:hlavní )?obsah(?:u)?|"
        r"(?:preskočiť|prejsť) (?:na|k) (?:hlavný )?obsah(?:u)?|"
        r"(?:preskoči|idi|prijeđi) na (?:glavni )?sadržaj|(?:пређи|прескочи|иди) на садржај|"
        r"(?:skoči|preskoči) na (?:glavno )?vsebino|(?:praleisti ir )?pereiti prie turinio|"
        r"pāriet uz (?:galveno )?saturu|(?:mine|liigu) (?:põhi)?sisu juurde|"
        r"(?:siirry|hyppää) (?:pää)?sisältöön|ugrás a (?:fő )?tartalom(?:hoz|ra)|"
        r"(?:sari|salt[ăa]|treci) la (?:conținut|continut)(?:ul)?|"
        r"(?:ana )?içeriğe (?:geç|atla)|(?:kalo|shko) te përmbajtja|fara í efni|"
        r"spring na inhoud|(?:vés|salta|anar) al contingut|(?:ir|saltar) ao contido|"
        r"joan edukira|ruka hadi maudhui|lumaktaw sa nilalaman|"
        r"μετάβαση στο (?:κύριο )?περιεχόμενο|"
        r"перейти к (?:основному )?(?:содержанию|содержимому|контенту)|"
        r"перейти до (?:основного )?(?:змісту|вмісту)|"
        r"(?:премини )?към (?:основното )?съдържанието|"
        r"דלג (?:ל|אל ה)תוכן|עבור לתוכן|"
        r"(?:انتقل|تخط|تخطى|اذهب) إلى المحتوى|رفتن به محتوا(?:ی اصلی)?|پرش به محتوا|"
        r"مواد پر جائیں|(?:मुख्य )?सामग्री पर जाएं|(?:মূল )?(?:বিষয়বস্তুতে|কন্টেন্টে) যান|"
        r"(?:chuyển|đi|bỏ qua) (?:đến|tới) nội dung|"
        r"(?:langsung|lompat|loncat) ke (?:konten|isi)|langkau ke kandungan|"
        r"ข้ามไป(?:ยัง|ที่)เนื้อหา|본문 ?바로 ?가기|본문으로 바로가기|(?:주요 )?콘텐츠로 건너뛰기|"
        r"本文へ(?:移動|スキップ)|(?:メイン)?コンテンツへ(?:移動|スキップ)|"
        r"跳(?:到|至|转到|轉到)(?:主要)?(?:内容|內容|正文))"
        # "main" after the phrase ("principal", "principale", "chính", "principal").
        r"(?:\s++(?:principal|principale|principais|chính|utama|main|الرئيسي))?",
    ),
    # A screen reader's marks around a box's list, copied with the page (Al Jazeera's
    # "list of 2 items" … "end of list", in every edition).
    _rule(
        "list mark", r"(list of \d{1,3} items?|list \d{1,3} of \d{1,3}|end of list|start of list)"
    ),
    # A page's record under a public body's notice, its visits counted at its end
    # ("Informację wytworzył: Zespół Prasowy Opublikował: Administrator BIP Liczba odwiedzin:
    # 214", "Zobrazení: 1 204", "Views: 3,112"): the page's, not the notice's.
    _rule(
        "page record",
        r"(?=[^\n]{0,200}+$)[^\n]{0,160}?\b(?:liczba odwiedzin|odwiedzin|odsłon|views|visits|"
        r"aufrufe|zugriffe|počet zobrazení|zobrazení|přečteno|lượt xem|"
        r"просмотров|просмотры|переглядів|перегляди|visualizzazioni|visite|visitas|vues|"
        r"weergaven|visningar|visninger|megtekintések|görüntülenme|vizualizări|προβολές|"
        r"צפיות|مشاهدات|조회수?|閲覧数|浏览量|阅读量)\s*+[:：]?\s*+\d[\d .,]{0,12}+",
        tail=True,
    ),
    # A review's data line, above or under it: a book's page count and price ("Sofie Brandt:
    # ’Klitterne’. 214 sider, 299,95 kr. Forlaget Vesterhav.", "Ilse Verbeek – Het laatste
    # lokaal. Querido; 288 pagina's; € 23,99."), a show's maker and its length ("Créée par
    # … 6 épisodes de 52 min. …"), a blog's labelled fields ("Publisher: Poolbeg Press |
    # Pages: 384 | …"). Written in short parts: a review's sentence naming the same data
    # ("… (Edizioni Sottovento, 288 pagine, 19 euro) è uscito il 4 febbraio.") runs longer.
    _rule(
        "review details",
        r"(?=[^\n]{0,250}+$)(?:"
        r"(?=[^\n]*?\d{2,4}\s?(?:pages?|pagina['’]?s|seiten|páginas|pagine|stron|sider|sidor|"
        r"sivua|oldal|stran|stránek|sayfa|pagini)\b)"
        r"(?=[^\n]*?(?:[€$£]\s?\d|\d\s?(?:€|euros?|kr\.?|zł|chf|lei|kč|ft)(?!\w)))|"
        r"(?=[^\n]*?\b(?:cr[ée]{2}e? par|réalisée? par|created by|directed by|written by|"
        r"regie|regia(?: di)?|dirigida por|creada por|criada por|creata da|gemaakt door|"
        r"scenariusz|reżyseria)\b)"
        r"(?=[^\n]*?\b(?:\d+|one|two|three|four|five|six|seven|eight|ten|un|deux|trois|"
        r"quatre|cinq|six|sept|huit|dix|zwei|drei|vier|fünf|sechs|acht|zehn|dos|tres|cuatro|"
        r"cinco|seis|ocho|diez|due|tre|quattro|cinque|sei|otto|dieci|twee|drie|vijf|zes|tien)"
        r"\s++(?:épisodes?|episodes?|folgen|episodios|episodi|episódios|afleveringen|"
        r"odcink\w*|min\.?|minutes|minuten|minutos|minuti|minut)(?!\w)))"
        # Three short parts at least: a sentence naming pages and a price ("The report runs
        # to 320 pages and cost €2 million.") is the story's.
        r"(?:[^.;|·•\n]{1,60}+(?:[.;|·•]\s*+|$)){3,}+|"
        r"(?:publisher|verlag|éditeur|éditions|editorial|editore|editora|uitgever(?:ij)?|"
        r"wydawnictwo|nakladatel(?:ství)?|förlag|forlag|kustantaja|kiadó)\s*+:\s*+[^|\n]{1,60}+"
        r"(?:[|·•]\s*+[^|\n]{1,80}+){1,5}+",
    ),
    # A printed document's running footer, copied between its paragraphs: the page's number
    # and count, perhaps after the sender's name and address ("Cyclia SAS – 41 rue de
    # Marseille, 69007 Lyon – Page 1/2", "Seite 2 von 3").
    _rule(
        "page footer",
        r"(?:[^\n]{0,150}?\s[-–—|•·]\s*+|[-–—]\s*+)?(?:page|seite|página|pagina|strona|sida|"
        r"side|strana|stránka|sivu|oldal|sayfa|pagină|σελίδα|страница|сторінка|halaman|trang)"
        r"\s*+\d{1,3}+\s*+(?:/|of|von|de|di|sur|z|ze|av|af|van|из|з|dari|/)\s*+\d{1,3}+"
        # ... or set between dashes, the count with it or not: "— Halaman 1 dari 2 —", "- 2 -".
        r"(?:\s*+[-–—])?|[-–—]\s*+\d{1,3}+\s*+[-–—]|"
        # A release's "more follows" at a page's foot: "- more -", "(MORE)", "– suite –".
        r"[-–—(]\s*+(?:more|mehr|suite|sigue|más|segue|continua|continúa|mais|meer|więcej|"
        r"mer|mere|lisää|tovább|pokračování|pokračovanie|devamı|далее|далі)\s*+[-–—)]|"
        # A release's letterhead footer from a PDF, its parts set off by bars, with the page
        # and the count as the Nordic papers write them: "… | www.leipomo.fi 1 (2)".
        r"(?:[^\n|]{2,80}+\|\s*+){1,4}+[^\n|]{2,80}?\s\d{1,2}\s\(\d{1,2}\)",
    ),
    # The line closing a box inside the story, as a screen reader reads it ("End of
    # story" under BBC's "You may also be interested in", "پایان داستان"): the story goes on.
    _rule(
        "box end",
        r"(?:end of|fin de(?: la| l['’])?|fim d[ao]|fine d(?:ella|el)|ende d(?:er|es)|einde van|"
        r"koniec|konec|sonu|конец|кінець|kết thúc|akhir|mwisho wa|نهاية|پایان|סוף)\s++"
        r"(?:story|the story|top stories|recommended|most read|histoire|historia|história|"
        r"storia|geschichte|verhaals?|historii|příběhu|hikaye|истории|історії|câu chuyện|"
        r"cerita|habari|القصة|داستان|الموضوع|הסיפור)",
    ),
    # A press release's "About X" section opens its boilerplate (tearsheet.clutter's
    # ABOUT attribution names X as the source).
    ClutterRule("about the organisation", re.compile(ABOUT_LINE), tail=True),
    # ... in Hungarian, "about" a suffix on the name ("A Dunavíz Zrt.-ről", "A Szegedi
    # Tudományegyetemről"), in Lithuanian the name after "apie" in the accusative ("Apie
    # „Vilniaus vandenis“"): the name inflected, so not read as the source (tearsheet.issuers
    # reads the boilerplate under the heading for the release's issuer).
    ClutterRule(
        "about the organisation, inflected",
        re.compile(
            r"Az? (?:[A-ZÁÉÍÓÖŐÚÜŰ][^\s!?:,;]*+ ){0,5}+[A-ZÁÉÍÓÖŐÚÜŰ][^\s!?:,;]*?-?r[óő]l|"
            r"Apie\s++[„\"«]?[A-ZĄČĘĖĮŠŲŪŽ][^\s!?:.,;]*+(?:\s++[^\s!?:.,;]++){0,5}+"
        ),
        tail=True,
    ),
    # ... or not named at all: "About the company", "Apie bendrovę", "Om företaget" over the
    # boilerplate (read for the issuer as the inflected headings are).
    ClutterRule(
        "about the organisation, inflected",
        re.compile(
            r"(?i:about (?:the )?(?:company|organi[sz]ation|group)|"
            r"über (?:das unternehmen|die organisation|die gruppe)|"
            r"à propos (?:de l['’](?:entreprise|organisation)|de la société|du groupe)|"
            r"(?:sobre|acerca de) (?:la|a) (?:empresa|compañía|companhia|organización|"
            r"organização)|informazioni sull['’]azienda|"
            r"over (?:het bedrijf|de organisatie|de onderneming)|o (?:firmie|spółce|"
            r"společnosti|spoločnosti|podjetju|tvrtki|kompaniji)|"
            r"apie (?:bendrovę|įmonę|organizaciją)|par uzņēmumu|ettevõttest|"
            r"tietoa yrityksestä|om (?:företaget|bolaget|virksomheden|selskabet|selskapet|"
            r"bedriften)|despre (?:companie|compania|organizație)|a (?:cégről|vállalatról)|"
            r"за компанията|о компании|про компанію|о компанији|şirket hakkında|"
            r"σχετικά με την εταιρεία|tentang perusahaan|kuhusu kampuni)\s*+:?"
        ),
        tail=True,
    ),
)
