"""The clutter rules for a newsletter's own lines and a sponsor's, in a page or a mail: the
calls to sign up, the sign-up box, the mail's footer and its link to the web version (tried
in tearsheet.clutter's order, in this order)."""

from __future__ import annotations

import re

from tearsheet.clutterrule import ClutterRule
from tearsheet.clutterrule import clutter_rule as _rule

# The words of a note that speaks to its reader: "you", "your" and the polite forms.
_TO_THE_READER = (
    r"(?:\b(?:you|your|yours|vous|votre|vos|usted|ustedes|su|sus|tu|tus|você|vocês|seu|sua|"
    r"seus|suas|lei|suo|suoi|la informiamo|uw|u|je|jouw|pan|pani|państwa|twój|twoje|vás|váš|"
    r"vaše|vaši|dich|dein\w*)\b|\b(?-i:Sie|Ihre\w*|Ihnen)\b)"
)

NEWSLETTER_RULES: tuple[ClutterRule, ...] = (
    _rule(
        "newsletter sign-up",
        r"(subscribe to (our|the) newsletter|sign up for (our|the) newsletter|"
        r"get (our|the) newsletter|newsletter abonnieren)\b.*|"
        # "Don't miss updates from Patch!": the call to sign up, the site's name after it.
        r"(?:(?:don['’]t|do not|never) miss (?:updates|a (?:thing|story)|out) from|"
        r"verpassen sie keine (?:nachrichten|updates|news) (?:von|aus|der|des)|"
        r"ne manquez (?:rien|aucune actualité) (?:de|du|des)|"
        r"no te pierdas (?:nada|ninguna noticia) de|"
        r"non perdere (?:nessuna notizia|gli aggiornamenti) d[ie]|"
        r"não perca (?:nenhuma notícia|as novidades) d[aeo]s?|"
        r"nie przegap (?:żadnych wiadomości|aktualizacji) (?:z|od)|"
        r"mis geen (?:nieuws|updates) (?:van|uit)) [^.!?\n]{1,40}+[.!]?|"
        # "Sign up to the Daily H, a free newsletter…", Substack's "X is a reader-supported
        # publication…", a call to follow the paper's channel, the newsletter's privacy note.
        r"sign up (to|for) .{0,60}\bnewsletter\b.{0,200}|"
        # "Get the latest news delivered to your inbox every morning."
        r"(get|receive|have) [^\n]{0,80}?\b(delivered )?(straight |directly |right )?to your "
        r"inbox\b.{0,60}|"
        r".{0,60} is a reader-supported publication\b.{0,200}|"
        r"\W{0,3}(participe do canal|siga (o|a) .{0,30} no|join (our|the) .{0,30}"
        r"(whatsapp|telegram) (channel|community|group)|follow us on (whatsapp|telegram|instagram))"
        r".{0,80}|"
        r"privacy notice: newsletters may contain .{0,300}|"
        # The newsletter's calls under the letter: feedback, forwarding.
        r"\W{0,3}(what did you think of (today['’]s|this) (issue|edition|newsletter)|"
        r"(did you )?(enjoy|like)(d)? (this|today['’]s) (issue|edition|newsletter)|"
        r"vous avez aimé (ce (numéro|message|courriel)|cet article)|forward (this|it) to (a|your) "
        r"(friend|colleague)|got this (e-?mail|newsletter) from a friend|"
        r"saitko tämän kirjeen).{0,200}|"
        # A newsletter's own promotion: "Clima: lo más importante, cada semana en tu correo".
        r"[^\n]{0,120}?\b(every (day|week|morning)|cada (día|semana|mañana)|chaque (jour|"
        r"semaine|matin)|jede woche|jeden (tag|morgen)|ogni (giorno|settimana|mattina)|"
        r"todo dia|toda (semana|manhã)|todas as (semanas|manhãs)|elke (dag|week|ochtend)|"
        r"co (tydzień|rano)|codziennie) (in|to|en|dans|im|in|nella|no|na|in|w|direct in) "
        r"(your|tu|votre|ta|ihr|ihren|ihrem|dein|deinen|deinem|la tua|seu|sua|je|uw|twoj\w*) "
        r"(inbox|correo|buzón|boîte|postfach|posteingang|e-?mail|casella|caixa|mailbox|"
        r"skrzynk\w*)\b.{0,60}|"
        # Its pitch: "«L'essentiel» vous propose le meilleur de l'actualité chaque matin".
        r"(?=[^\n]{0,160}?\b(actualités?|infos?|news|stories|headlines|nachrichten|"
        r"noticias|notizie|notícias|nieuws|wiadomości)\b)"
        r"[^\n]{0,80}?\b(vous propose|delivers|brings you|bringt (ihnen|dir)|te trae|le trae|"
        r"ti porta|traz|brengt (je|u)) (le meilleur|l['’]essentiel|the best|the day['’]s|"
        r"das wichtigste|das beste|lo mejor|lo más importante|il meglio|o melhor|het beste|"
        r"het belangrijkste)\b[^\n]{0,60}?\b(every (day|morning|week)|chaque (jour|matin|"
        r"semaine)|jeden (tag|morgen)|jede woche|cada (día|mañana|semana)|ogni (giorno|mattina|"
        r"settimana)|todo dia|toda (manhã|semana)|elke (dag|ochtend|week))\b\W{0,3}",
    ),
    # A sponsor's label alone over its message under the story ("PARTENAIRE", "Sponsored
    # by Civiqo"): a line a story would not hold alone.
    _rule(
        "sponsor label",
        r"(?:partenaire|partner|sponsor|sponsorisé|gesponsert|gesponsord|patrocinado|"
        r"patrocinador|sponsorizzato|sponsorowane|parceiro|"
        r"(?:sponsored|presented|brought to you) by|en partenariat avec|präsentiert von|"
        r"patrocinado por|in collaborazione con|em parceria com|in samenwerking met|"
        r"we współpracy z)(?:\s*+[:：]|\s++[^\s.!?:]++(?:\s++[^\s.!?:]++){0,3}+)?",
        tail=True,
    ),
    # A newsletter's sign-up box inside or under a post (Substack's "Subscribe to Shelf
    # Life" / "Launched 3 years ago" / "Type your email..."): its label, its line of
    # figures, its e-mail field.
    _rule(
        "sign-up box",
        r"subscribe to (?-i:[A-Z0-9À-Þ])[^.!?:\n]{0,50}+|"
        r"(?:by [^·\n]{2,60}?\s*+·\s*+)?(?:launched (?:a|an|\d{1,2}) (?:years?|months?|weeks?) "
        r"ago|(?:hundreds|thousands|tens of thousands|over [\d,.]{1,9}) of (?:paid )?"
        r"subscribers)|"
        r"(?:type|enter) your e-?mail(?: address)?(?:\.\.\.|…)?|"
        # The publisher's note under its sign-up box on every page of its papers.
        r"we use your sign-?up to provide content in ways you['’]ve consented to[^\n]{0,400}+|"
        r"(?:e-mail-adresse eingeben|ihre e-mail-adresse|deine e-mail-adresse|"
        r"(?:saisissez |entrez )?votre (?:adresse )?e-?mail|(?:introduce |escribe )?tu (?:correo"
        r"(?: electrónico)?|e-?mail)|(?:inserisci )?(?:il tuo|la tua) (?:indirizzo )?e-?mail|"
        r"(?:digite |insira )?(?:o )?seu e-?mail|(?:vul )?je e-?mailadres(?: in)?|"
        r"(?:wpisz |podaj )?(?:swój |twój )?adres e-?mail)(?:\.\.\.|…)?|"
        # What the box says once sent: its thanks, its error, its pitch for a subscription.
        r"(?:(?:thanks?|thank you) for (?:signing up|subscribing)|danke für (?:ihre|deine) "
        r"anmeldung|merci (?:pour votre|de votre) inscription|gracias por (?:suscribirte|"
        r"registrarte|tu suscripción)|grazie per (?:l['’]iscrizione|esserti iscritto)|"
        r"obrigado por (?:se inscrever|assinar)|bedankt voor (?:je|uw) aanmelding|"
        r"dziękujemy za (?:zapisanie się|subskrypcję))[!.]?|"
        r"(?:sorry|oops)[,!]? (?:there (?:seems?|seem) to be (?:some|an?) (?:issues?|problems?|"
        r"errors?)|something went wrong|there was (?:a problem|an error))[^\n]{0,80}+|"
        r"(?=[^\n]{0,240}?\b(?:unlimited access|fewer ads|ad-free|premium content))"
        r"(?:did you know,? )?with an? (?:digital )?subscription to [^\n]{0,300}+",
    ),
    _rule(
        "newsletter footer",
        # The sender's name and address may open the footer's paragraph ("Coopérative des
        # Pentes · 12 rue des Tables-Claudiennes · 69001 Lyon Vous recevez ce courriel …").
        r"(?:[^.!?\n·|•]{2,60}?(?:\s[·|•]\s[^.!?\n·|•]{2,60}?){1,4}?\s)?"
        r"(you('re| are)? receiv(ed|ing) this\b|unsubscribe|"
        r"update your (email )?preferences|sie erhalten diese (e-mail|nachricht)|"
        r"vous recevez (cet e-?mail|ce message|ce courriel|cette (lettre|newsletter|"
        r"infolettre)|ce bulletin)|recibes este (correo|boletín)|"
        r"estás recibiendo este (correo|boletín|e-?mail)|ricevi questa (newsletter|comunicazione)|"
        r"está a receber este|je ontvangt deze (nieuwsbrief|mail)|"
        # Lithuanian, Latvian, Estonian, the South Slavic languages, Slovak.
        r"(jūs )?gavote šį laišką|šį laišką gavote|atsisakyti prenumeratos|jūs saņēmāt šo|"
        r"sa said selle (kirja|e-kirja)|primili ste ov(u|aj) (poruku|e-?poruku|e-?mail|bilten)|"
        r"to sporočilo ste prejeli|tento e-?mail dostávate|odhlásiť (sa|odber)|"
        r"ricevi questa e-?mail|"
        r"você recebe este e-?mail|je ontvangt deze e-?mail|otrzymujesz tę wiadomość|"
        r"sie erhalten diesen newsletter|abmelden|se désabonner|darse de baja|"
        r"annulla l'iscrizione|cancelar (a )?inscrição|uitschrijven|wypisz się|"
        # "You receive this (e-mail) because you subscribed", in the other languages.
        r"λαμβάνετε αυτό το|ezt a (levelet|e-?mailt|hírlevelet) (azért )?kap\w*|"
        r"(du|ni) får (det här|detta) (mejl|e-?post|nyhetsbrev)\w*|du (modtager|mottar) denne|"
        r"saat tämän (viestin|sähköpostin|uutiskirjeen)|dostáváte tento|"
        r"primești acest|ați primit acest|bu e-?postayı|"
        r"вы (получили|получаете) это (письмо|сообщение|рассылку)|"
        r"(получавате|получихте) (този|това) (бюлетин|имейл|писмо|съобщение)|"
        r"(примили сте|примате) (ову|овај) (поруку|имејл|билтен)|"
        r"ви (отримали|отримуєте) цей (лист|e-?mail)|anda (menerima|mendapat) (e-?mel|email|surel)|"
        r"bạn nhận được (email|thư)|recebeu este e-?mail|você está recebendo|"
        r"has recibido este correo|hai ricevuto questa|u ontvangt deze|du erhältst diese|"
        # ... in the scripts of the sets' other languages.
        r"(لقد )?تلقيت هذه (الرسالة|الرسالة الإلكترونية)|وصلتك هذه الرسالة|קיבלת (הודעה זו|את "
        r"הדיוור)|"
        # "Unsubscribe", "Manage your subscription" and "sent to you because" in the others.
        r"(?=[^\n]{0,60}$)(afmelden|odjava|odjavi se|anulează abonarea|avregistrera|avmeld|"
        r"avslutt abonnement(et)?|απεγγραφή|إلغاء الاشتراك|הסרה מ(רשימת התפוצה|הרשימה|הדיוור)|"
        r"配信停止|配信解除|退订|取消订阅|退訂|取消訂閱|수신 ?거부|구독 ?취소|"
        r"ยกเลิกการ(รับข่าวสาร|สมัคร|ติดตาม)|jiondoe|afmeld|désinscription|se désinscrire|"
        r"cancella(re)? (l['’])?iscrizione|"
        r"odhlásit( odběr| se)?|avsluta prenumeration(en)?|avregistrer|peruuta tilaus|"
        r"leiratkozás|abonelikten çık|dezabonare|dezabonează-te|отписаться|відписатися|"
        r"berhenti berlangganan|hủy đăng ký|manage (your )?(subscription|preferences)|"
        r"abonnement verwalten|gérer (mon|votre) abonnement|gestionar (mi |tu )?suscripción|"
        r"gestisci (l['’])?iscrizione|gerenciar (sua )?assinatura|abonnement beheren|"
        r"zarządzaj subskrypcją)|(ta|ten) (wiadomość|e-?mail) (została|został) (wysłana|wysłany)|"
        r"cette lettre d['’]information vous est envoyée|dieser newsletter wurde an|"
        r"este e-?mail foi enviado|questa e-?mail è stata inviata|deze e-?mail is verzonden|"
        # The same with the message named first: "Tento e-mail dostáváte, protože …".
        r"tento (e-?mail|newsletter|zpravodaj) (dostáváte|dostávate|jste obdržel)|"
        r"tento e-?mail vám (byl|bol) (zaslán|zaslaný|odeslán)|"
        r"diese (e-?mail|nachricht) erhalten sie|diesen newsletter erhalten sie|"
        r"ce (courriel|message|e-?mail) vous (est|a été) (envoyé|adressé)|"
        r"este (correo|e-?mail) (te|le) (llega|ha llegado)|deze e-?mail ontvang je|"
        r"tę wiadomość otrzymujesz|это письмо (было )?отправлено|цей лист (було )?надіслано|"
        r"denna e-?post (skickades|har skickats)|this e-?mail was sent to|"
        # "If you no longer wish to receive …", "Si no voleu rebre més comunicats, …".
        r"(if you (no longer|do not|don't) (wish|want) to receive (these|this|our|further|"
        r"future|more)|wenn sie (diesen newsletter|diese e-?mails?|unsere e-?mails?|keine "
        r"[\w-]+) (nicht mehr |mehr )?(erhalten|empfangen|bekommen) (möchten|wollen)|"
        r"si vous ne (souhaitez|voulez|désirez) plus recevoir (nos|ces|cette|notre|de)|"
        r"si (ya )?no (desea|deseas|quiere|quieres) (seguir )?recibir (nuestros|nuestras|"
        r"estos|estas|más)|si no voleu rebre més|"
        r"se non (desideri|vuoi) più ricevere (questa|queste|la nostra|le nostre|i nostri)|"
        r"se (você )?não (deseja|quiser) (mais )?receber (nossos|nossas|este|estes|esta|estas)|"
        r"als (u|je) (deze|onze|geen) [\w-]+ (meer )?(wilt|wil) ontvangen|"
        r"jeśli nie chcesz (więcej )?otrzymywać))\b.*|"
        # Scripts with no word boundary after the words (Japanese, Chinese, Korean, Hindi).
        r"(このメールは[^\n]{0,40}?(お送り|配信|送信)|您收到(此|这封)邮件|您收到這封郵件|"
        r"이 (메일|이메일)은[^\n]{0,40}?발송|आपको यह (ईमेल|मेल)|सदस्यता समाप्त करें|"
        r"अनसब्सक्राइब)[^\n]{0,300}",
        tail=True,
    ),
    # The mailing list's privacy notice under a mailed release, citing the EU's data rules
    # ("Ai sensi del Regolamento UE 2016/679 La informiamo che il suo indirizzo è presente
    # nella mailing list …", "Gemäß DSGVO …", "Conformément au RGPD …").
    _rule(
        "mailing list privacy note",
        # It speaks to the reader ("your address", "La informiamo", "Ihre E-Mail-Adresse"):
        # a story about the rules, which names newsletters and addresses too, does not.
        rf"(?=[^\n]*?{_TO_THE_READER})[^\n]{{0,120}}?"
        r"(?:\b(?:regolamento|regulation|verordnung|règlement|reglamento|"
        r"regulamento|verordening|rozporządzenia|nařízení)\s*+\(?(?:ue|eu|ce)\)?\s*+(?:n\.\s*+)?"
        r"2016/679|\b(?:gdpr|dsgvo|rgpd|avg|rodo)\b)[^\n]{0,400}?\b(?:mailing[- ]?list|"
        r"newsletter|e-?mail|indirizzo|adresse|dirección|endereço|adres|cancellat\w*|"
        r"abmelden|désinscri\w*|baja)\b[^\n]{0,300}",
        tail=True,
    ),
    _rule(
        "view in browser",
        r"((view|read|open) (this|the) (e-?mail|newsletter|issue) (in|on) (your|a|the) "
        r"(web )?browser|"
        # Substack's "View this post on the web at https://…".
        r"(view|read) this (post|e-?mail|issue) on the web( at \S+)?|"
        r"view (it |this e-?mail )?online|having trouble (viewing|reading) "
        r"this e-?mail\?.{0,40}|voir la version en ligne|(newsletter|e-mail) im browser "
        r"(ansehen|anzeigen|öffnen)|ver (en el|no) navegador|visualizza nel browser|"
        r"bekijk (deze (e-?mail|nieuwsbrief) )?in (je|uw) browser|"
        r"zobacz w przeglądarce|si ce (message|courriel|mail) ne s['’]affiche pas "
        r"correctement.{0,60}|(wird|falls) diese (e-mail|nachricht|newsletter) nicht "
        r"(richtig|korrekt) angezeigt.{0,60}|(e-?mail|this message) (is )?not displaying "
        r"(correctly|properly).{0,60}|"
        r"si no (puedes|puede) ver (este|el) (correo|mensaje).{0,60})\.?",
    ),
)


# The mail program's note on the pictures it hides, in the languages of the sets.
IMAGES_NOTE = re.compile(
    r"images are not displayed|display images below|show images|"
    r"bilder werden nicht angezeigt|bilder anzeigen|les images ne sont pas affichées|"
    r"afficher les images|las imágenes no se muestran|mostrar imágenes|"
    r"le immagini non sono visualizzate|visualizza (?:le )?immagini|"
    r"afbeeldingen worden niet weergegeven|afbeeldingen weergeven|obrazy nie są wyświetlane|"
    r"wyświetl obrazy|画像を表示|画像を含みます|显示图片|顯示圖片|이미지 표시",
    re.IGNORECASE,
)
IMAGES_NOTE_WORDS = 20
