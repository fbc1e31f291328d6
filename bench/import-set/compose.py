# ruff: noqa: E501 (the articles are prose, one paragraph a line)
"""Compose the written evaluation set: each article as a person would paste it, with its truth.

Run once to (re)write the *.txt files and expected.json beside this file. The articles are
written for the set (8 languages × 8 kinds of page); the page furniture around them (share
bars, comment forms, newsletter footers, wire datelines, reading times) is each platform's
own wording in that language. Dates are written as the language writes them (Babel).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from babel.dates import format_date

HERE = Path(__file__).parent
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
KINDS = ("news", "wire", "wordpress", "medium", "substack", "email", "press", "opinion")

# Per language: the platform's words. Keys are used by the kinds below.
WORDS = {
    "en": dict(
        by="By",
        posted="Posted on {date} by {name}",
        share="Share this:",
        reply="Leave a Reply",
        private="Your email address will not be published.",
        related="Related",
        subscribe="Subscribe",
        browser="View this email in your browser",
        unsubscribe="Unsubscribe",
        forward="Forward to a friend",
        why="You are receiving this email because you signed up on our website.",
        ad="Advertisement",
        also="Read more: {title}",
        source="(Source: {source})",
        rights="All rights reserved.",
        release="PRESS RELEASE",
        contact="Press contact:",
        opinion="Opinion",
        read="{n} min read",
        bio="{name} is {role}.",
        thanks="Thanks for reading {pub}! Subscribe for free to receive new posts.",
    ),
    "de": dict(
        by="Von",
        posted="Veröffentlicht am {date} von {name}",
        share="Teilen:",
        reply="Schreibe einen Kommentar",
        private="Deine E-Mail-Adresse wird nicht veröffentlicht.",
        related="Ähnliche Beiträge",
        subscribe="Abonnieren",
        browser="E-Mail im Browser ansehen",
        unsubscribe="Abmelden",
        forward="An einen Freund weiterleiten",
        why="Sie erhalten diese E-Mail, weil Sie sich auf unserer Website angemeldet haben.",
        ad="Anzeige",
        also="Lesen Sie auch: {title}",
        source="(Quelle: {source})",
        rights="Alle Rechte vorbehalten.",
        release="PRESSEMITTEILUNG",
        contact="Pressekontakt:",
        opinion="Meinung",
        read="{n} Min. Lesezeit",
        bio="{name} ist {role}.",
        thanks="Danke fürs Lesen von {pub}! Abonnieren Sie kostenlos, um neue Beiträge zu erhalten.",
    ),
    "fr": dict(
        by="Par",
        posted="Publié le {date} par {name}",
        share="Partager :",
        reply="Laisser un commentaire",
        private="Votre adresse e-mail ne sera pas publiée.",
        related="Articles similaires",
        subscribe="S'abonner",
        browser="Voir cet e-mail dans votre navigateur",
        unsubscribe="Se désabonner",
        forward="Transférer à un ami",
        why="Vous recevez cet e-mail car vous vous êtes inscrit sur notre site.",
        ad="Publicité",
        also="À lire aussi : {title}",
        source="(Source : {source})",
        rights="Tous droits réservés.",
        release="COMMUNIQUÉ DE PRESSE",
        contact="Contact presse :",
        opinion="Tribune",
        read="{n} min de lecture",
        bio="{name} est {role}.",
        thanks="Merci de lire {pub} ! Abonnez-vous gratuitement pour recevoir les nouveaux articles.",
    ),
    "es": dict(
        by="Por",
        posted="Publicado el {date} por {name}",
        share="Compartir:",
        reply="Deja una respuesta",
        private="Tu dirección de correo electrónico no será publicada.",
        related="Relacionado",
        subscribe="Suscríbete",
        browser="Ver este correo en tu navegador",
        unsubscribe="Darse de baja",
        forward="Reenviar a un amigo",
        why="Recibes este correo porque te suscribiste en nuestro sitio web.",
        ad="Publicidad",
        also="Lee también: {title}",
        source="(Fuente: {source})",
        rights="Todos los derechos reservados.",
        release="NOTA DE PRENSA",
        contact="Contacto de prensa:",
        opinion="Opinión",
        read="{n} min de lectura",
        bio="{name} es {role}.",
        thanks="¡Gracias por leer {pub}! Suscríbete gratis para recibir nuevas publicaciones.",
    ),
    "it": dict(
        by="Di",
        posted="Pubblicato il {date} da {name}",
        share="Condividi:",
        reply="Lascia un commento",
        private="Il tuo indirizzo email non sarà pubblicato.",
        related="Articoli correlati",
        subscribe="Iscriviti",
        browser="Visualizza questa email nel browser",
        unsubscribe="Annulla l'iscrizione",
        forward="Inoltra a un amico",
        why="Ricevi questa email perché ti sei iscritto sul nostro sito.",
        ad="Pubblicità",
        also="Leggi anche: {title}",
        source="(Fonte: {source})",
        rights="Tutti i diritti riservati.",
        release="COMUNICATO STAMPA",
        contact="Contatto stampa:",
        opinion="Opinione",
        read="{n} min di lettura",
        bio="{name} è {role}.",
        thanks="Grazie per aver letto {pub}! Iscriviti gratis per ricevere i nuovi post.",
    ),
    "pt": dict(
        by="Por",
        posted="Publicado em {date} por {name}",
        share="Compartilhe:",
        reply="Deixe um comentário",
        private="O seu endereço de email não será publicado.",
        related="Relacionado",
        subscribe="Assinar",
        browser="Ver este e-mail no navegador",
        unsubscribe="Cancelar inscrição",
        forward="Encaminhar a um amigo",
        why="Você recebe este e-mail porque se inscreveu no nosso site.",
        ad="Publicidade",
        also="Leia também: {title}",
        source="(Fonte: {source})",
        rights="Todos os direitos reservados.",
        release="COMUNICADO DE IMPRENSA",
        contact="Contacto de imprensa:",
        opinion="Opinião",
        read="{n} min de leitura",
        bio="{name} é {role}.",
        thanks="Obrigado por ler {pub}! Assine gratuitamente para receber novos posts.",
    ),
    "nl": dict(
        by="Door",
        posted="Geplaatst op {date} door {name}",
        share="Delen:",
        reply="Geef een reactie",
        private="Je e-mailadres wordt niet gepubliceerd.",
        related="Gerelateerd",
        subscribe="Abonneren",
        browser="Bekijk deze e-mail in je browser",
        unsubscribe="Uitschrijven",
        forward="Doorsturen naar een vriend",
        why="Je ontvangt deze e-mail omdat je je hebt aangemeld op onze website.",
        ad="Advertentie",
        also="Lees ook: {title}",
        source="(Bron: {source})",
        rights="Alle rechten voorbehouden.",
        release="PERSBERICHT",
        contact="Perscontact:",
        opinion="Opinie",
        read="{n} min lezen",
        bio="{name} is {role}.",
        thanks="Bedankt voor het lezen van {pub}! Abonneer gratis om nieuwe berichten te ontvangen.",
    ),
    "pl": dict(
        by="Autor:",
        posted="Opublikowano {date} przez {name}",
        share="Udostępnij:",
        reply="Dodaj komentarz",
        private="Twój adres e-mail nie zostanie opublikowany.",
        related="Podobne wpisy",
        subscribe="Subskrybuj",
        browser="Zobacz tę wiadomość w przeglądarce",
        unsubscribe="Wypisz się",
        forward="Prześlij znajomemu",
        why="Otrzymujesz tę wiadomość, ponieważ zapisałeś się na naszej stronie.",
        ad="Reklama",
        also="Czytaj także: {title}",
        source="(Źródło: {source})",
        rights="Wszelkie prawa zastrzeżone.",
        release="INFORMACJA PRASOWA",
        contact="Kontakt dla mediów:",
        opinion="Opinia",
        read="{n} min czytania",
        bio="{name} jest {role}.",
        thanks="Dziękujemy za lekturę {pub}! Subskrybuj za darmo, aby otrzymywać nowe wpisy.",
    ),
}

# Per language: a wire agency, its city, a local place, people, a role for a bio.
PLACES = {
    "en": (
        "Reuters",
        "LONDON",
        "London",
        "Leeds",
        "Hannah Price",
        "Tom Walsh",
        "a historian at the University of York",
    ),
    "de": (
        "dpa",
        "BERLIN",
        "Berlin",
        "Freiburg",
        "Anna Keller",
        "Jonas Brandt",
        "Professorin für Stadtplanung in Kassel",
    ),
    "fr": (
        "AFP",
        "PARIS",
        "Paris",
        "Nantes",
        "Claire Martin",
        "Julien Roux",
        "sociologue à l'université de Lille",
    ),
    "es": (
        "EFE",
        "MADRID",
        "Madrid",
        "Valencia",
        "Lucía Romero",
        "Pablo Ortega",
        "economista de la Universidad de Sevilla",
    ),
    "it": (
        "ANSA",
        "ROMA",
        "Roma",
        "Bologna",
        "Giulia Conti",
        "Marco Ferri",
        "docente di urbanistica a Torino",
    ),
    "pt": (
        "Lusa",
        "LISBOA",
        "Lisboa",
        "Porto",
        "Inês Carvalho",
        "Rui Almeida",
        "investigadora na Universidade de Coimbra",
    ),
    "nl": (
        "ANP",
        "AMSTERDAM",
        "Amsterdam",
        "Utrecht",
        "Sanne de Vries",
        "Daan Jansen",
        "hoogleraar stedenbouw in Delft",
    ),
    "pl": (
        "PAP",
        "WARSZAWA",
        "Warszawa",
        "Kraków",
        "Anna Nowak",
        "Piotr Zieliński",
        "socjolożką z Uniwersytetu Jagiellońskiego",
    ),
}

# Per language: eight articles (headline, paragraphs), one for each kind of page.
ARTICLES = {
    "en": [
        (
            "Council approves new cycle lanes along the river",
            [
                "The city council voted on Tuesday to build four kilometres of protected cycle lanes along the river, after two years of consultation with residents and shop owners.",
                "Work is due to begin in the spring and should take about eight months. The council said parking on the riverside road would be reduced by a third during the works.",
                "Opponents argued that the money would be better spent on repairing existing roads, but the motion passed by a clear majority.",
            ],
        ),
        (
            "Central bank holds rates as inflation eases",
            [
                "The central bank kept its main interest rate unchanged on Thursday, saying inflation had eased for a third month in a row but remained above its target.",
                "Economists had expected the decision. Most now think the first cut will come in the autumn, if wage growth continues to slow.",
            ],
        ),
        (
            "What I learned from a year of baking sourdough",
            [
                "When I started baking sourdough last winter, I thought the hard part would be keeping the starter alive. It turned out to be patience.",
                "The best loaves came from the slowest doughs. Leaving the dough in the fridge overnight gave it a deeper flavour and a crust that crackled as it cooled.",
                "I still make flat loaves now and then, but I have stopped worrying about them. They make excellent toast.",
            ],
        ),
        (
            "Why small teams ship better software",
            [
                "Every team I have worked in got slower as it grew. Not because people were less able, but because every decision needed more conversations.",
                "Small teams keep the whole system in their heads. They notice when something feels wrong, and they can fix it before it becomes a meeting.",
            ],
        ),
        (
            "The quiet return of the local bookshop",
            [
                "Three new bookshops opened in our town this year, which would have seemed unlikely a decade ago.",
                "Their owners say readers come for advice as much as for books. A shop that knows its customers can recommend the one novel they would never have found online.",
            ],
        ),
        (
            "This week: the library reopens and the market moves",
            [
                "Good morning, and welcome to this week's newsletter.",
                "The central library reopens on Saturday after eighteen months of repairs. The reading room has new lights, and the children's section has doubled in size.",
                "The Thursday market moves to the station square from next week while the high street is resurfaced.",
            ],
        ),
        (
            "Northwind Energy opens its first offshore wind farm",
            [
                "Northwind Energy today opened its first offshore wind farm, which will supply electricity to around 200,000 homes.",
                "The farm has 40 turbines and was built in two years, on time and on budget, the company said.",
            ],
        ),
        (
            "Our towns need buses, not more car parks",
            [
                "Every few years a new car park is proposed as the answer to empty high streets. It never is.",
                "People go where it is easy to go. A bus every ten minutes does more for a town centre than a thousand parking spaces on its edge.",
            ],
        ),
    ],
    "de": [
        (
            "Stadtrat beschließt neue Radwege am Fluss",
            [
                "Der Stadtrat hat am Dienstag beschlossen, vier Kilometer geschützte Radwege entlang des Flusses zu bauen. Zuvor hatte es zwei Jahre lang Gespräche mit Anwohnern und Händlern gegeben.",
                "Die Arbeiten sollen im Frühjahr beginnen und etwa acht Monate dauern. Während der Bauzeit fällt ein Drittel der Parkplätze an der Uferstraße weg.",
                "Kritiker hielten das Geld für die Sanierung bestehender Straßen für besser angelegt, doch der Antrag wurde mit deutlicher Mehrheit angenommen.",
            ],
        ),
        (
            "Zentralbank lässt Leitzins unverändert",
            [
                "Die Zentralbank hat ihren Leitzins am Donnerstag nicht verändert. Die Inflation sei zum dritten Mal in Folge gesunken, liege aber weiter über dem Ziel.",
                "Ökonomen hatten mit der Entscheidung gerechnet. Die meisten erwarten die erste Senkung im Herbst, wenn das Lohnwachstum weiter nachlässt.",
            ],
        ),
        (
            "Was mir ein Jahr Sauerteig beigebracht hat",
            [
                "Als ich im letzten Winter anfing, Sauerteigbrot zu backen, dachte ich, das Schwierigste sei, den Ansatz am Leben zu halten. Es war die Geduld.",
                "Die besten Brote kamen aus den langsamsten Teigen. Eine Nacht im Kühlschrank gab dem Teig mehr Geschmack und eine Kruste, die beim Abkühlen knisterte.",
            ],
        ),
        (
            "Warum kleine Teams bessere Software bauen",
            [
                "Jedes Team, in dem ich gearbeitet habe, wurde langsamer, als es wuchs. Nicht weil die Leute weniger konnten, sondern weil jede Entscheidung mehr Gespräche brauchte.",
                "Kleine Teams haben das ganze System im Kopf. Sie merken, wenn sich etwas falsch anfühlt, und beheben es, bevor daraus eine Besprechung wird.",
            ],
        ),
        (
            "Die leise Rückkehr der Buchhandlung",
            [
                "In unserer Stadt haben in diesem Jahr drei neue Buchhandlungen eröffnet. Vor zehn Jahren hätte das kaum jemand für möglich gehalten.",
                "Die Inhaber sagen, die Leute kämen ebenso wegen der Beratung wie wegen der Bücher. Wer seine Kundschaft kennt, empfiehlt den Roman, den man im Netz nie gefunden hätte.",
            ],
        ),
        (
            "Diese Woche: Die Bibliothek öffnet wieder",
            [
                "Guten Morgen und willkommen zum Newsletter dieser Woche.",
                "Die Stadtbibliothek öffnet am Samstag nach achtzehn Monaten Sanierung wieder. Der Lesesaal hat neues Licht, und die Kinderabteilung ist doppelt so groß.",
                "Der Donnerstagsmarkt zieht ab nächster Woche auf den Bahnhofsplatz, solange die Hauptstraße erneuert wird.",
            ],
        ),
        (
            "Nordwind Energie eröffnet ersten Offshore-Windpark",
            [
                "Nordwind Energie hat heute seinen ersten Offshore-Windpark eröffnet, der rund 200.000 Haushalte mit Strom versorgen wird.",
                "Der Park besteht aus 40 Anlagen und wurde nach Angaben des Unternehmens in zwei Jahren gebaut, pünktlich und im Budget.",
            ],
        ),
        (
            "Unsere Städte brauchen Busse, keine Parkhäuser",
            [
                "Alle paar Jahre wird ein neues Parkhaus als Rettung für leere Innenstädte vorgeschlagen. Es ist nie die Rettung.",
                "Menschen gehen dorthin, wo es leicht ist hinzukommen. Ein Bus alle zehn Minuten hilft einer Innenstadt mehr als tausend Stellplätze am Stadtrand.",
            ],
        ),
    ],
    "fr": [
        (
            "Le conseil municipal adopte de nouvelles pistes cyclables",
            [
                "Le conseil municipal a voté mardi la création de quatre kilomètres de pistes cyclables protégées le long du fleuve, après deux ans de concertation avec les habitants et les commerçants.",
                "Les travaux doivent commencer au printemps et durer environ huit mois. Un tiers des places de stationnement du quai sera supprimé pendant le chantier.",
                "Les opposants estimaient que l'argent serait mieux employé à réparer les routes existantes, mais la délibération a été adoptée à une large majorité.",
            ],
        ),
        (
            "La banque centrale maintient ses taux",
            [
                "La banque centrale a laissé son principal taux directeur inchangé jeudi, estimant que l'inflation avait reculé pour le troisième mois consécutif tout en restant au-dessus de sa cible.",
                "Les économistes s'attendaient à cette décision. La plupart prévoient une première baisse à l'automne si la hausse des salaires continue de ralentir.",
            ],
        ),
        (
            "Ce qu'une année de pain au levain m'a appris",
            [
                "Quand j'ai commencé à faire du pain au levain l'hiver dernier, je pensais que le plus difficile serait de garder le levain en vie. C'était la patience.",
                "Les meilleurs pains venaient des pâtes les plus lentes. Une nuit au réfrigérateur leur donnait plus de goût et une croûte qui craquait en refroidissant.",
            ],
        ),
        (
            "Pourquoi les petites équipes livrent de meilleurs logiciels",
            [
                "Chaque équipe dans laquelle j'ai travaillé a ralenti en grandissant. Non parce que les gens étaient moins capables, mais parce que chaque décision demandait plus de discussions.",
                "Les petites équipes gardent tout le système en tête. Elles remarquent quand quelque chose cloche et le corrigent avant que cela ne devienne une réunion.",
            ],
        ),
        (
            "Le retour discret des librairies de quartier",
            [
                "Trois nouvelles librairies ont ouvert dans notre ville cette année, ce qui aurait semblé improbable il y a dix ans.",
                "Leurs propriétaires disent que les lecteurs viennent autant pour les conseils que pour les livres. Une librairie qui connaît ses clients leur recommande le roman qu'ils n'auraient jamais trouvé en ligne.",
            ],
        ),
        (
            "Cette semaine : la médiathèque rouvre ses portes",
            [
                "Bonjour et bienvenue dans la lettre de cette semaine.",
                "La médiathèque centrale rouvre samedi après dix-huit mois de travaux. La salle de lecture a un nouvel éclairage et l'espace jeunesse a doublé de surface.",
                "Le marché du jeudi s'installe place de la Gare à partir de la semaine prochaine, le temps de refaire la rue principale.",
            ],
        ),
        (
            "Ventdunord inaugure son premier parc éolien en mer",
            [
                "Ventdunord a inauguré aujourd'hui son premier parc éolien en mer, qui alimentera environ 200 000 foyers en électricité.",
                "Le parc compte 40 éoliennes et a été construit en deux ans, dans les délais et le budget prévus, selon l'entreprise.",
            ],
        ),
        (
            "Nos villes ont besoin de bus, pas de parkings",
            [
                "Tous les quatre matins, un nouveau parking est présenté comme la solution aux centres-villes désertés. Il ne l'est jamais.",
                "Les gens vont là où il est facile d'aller. Un bus toutes les dix minutes fait plus pour un centre-ville que mille places de stationnement en périphérie.",
            ],
        ),
    ],
    "es": [
        (
            "El ayuntamiento aprueba nuevos carriles bici junto al río",
            [
                "El pleno del ayuntamiento aprobó el martes la construcción de cuatro kilómetros de carriles bici protegidos junto al río, tras dos años de consultas con vecinos y comerciantes.",
                "Las obras comenzarán en primavera y durarán unos ocho meses. Durante ese tiempo se suprimirá un tercio de las plazas de aparcamiento del paseo.",
                "La oposición defendió que el dinero se destinara a arreglar las calles existentes, pero la propuesta salió adelante con una amplia mayoría.",
            ],
        ),
        (
            "El banco central mantiene los tipos de interés",
            [
                "El banco central mantuvo el jueves sin cambios su tipo de interés de referencia, al considerar que la inflación se moderó por tercer mes consecutivo aunque sigue por encima del objetivo.",
                "Los economistas esperaban la decisión. La mayoría prevé la primera bajada en otoño si los salarios siguen creciendo más despacio.",
            ],
        ),
        (
            "Lo que aprendí en un año haciendo pan de masa madre",
            [
                "Cuando empecé a hacer pan de masa madre el invierno pasado, pensé que lo difícil sería mantener viva la masa. Lo difícil fue la paciencia.",
                "Los mejores panes salieron de las masas más lentas. Una noche en la nevera les daba más sabor y una corteza que crujía al enfriarse.",
            ],
        ),
        (
            "Por qué los equipos pequeños hacen mejor software",
            [
                "Todos los equipos en los que he trabajado se volvieron más lentos al crecer. No porque la gente fuera menos capaz, sino porque cada decisión necesitaba más conversaciones.",
                "Los equipos pequeños tienen todo el sistema en la cabeza. Notan cuando algo no encaja y lo arreglan antes de que se convierta en una reunión.",
            ],
        ),
        (
            "El regreso silencioso de las librerías de barrio",
            [
                "Este año han abierto tres librerías nuevas en nuestra ciudad, algo que hace una década habría parecido improbable.",
                "Sus dueños dicen que los lectores vienen tanto por el consejo como por los libros. Una librería que conoce a sus clientes les recomienda la novela que nunca habrían encontrado en internet.",
            ],
        ),
        (
            "Esta semana: reabre la biblioteca",
            [
                "Buenos días y bienvenidos al boletín de esta semana.",
                "La biblioteca central reabre el sábado tras dieciocho meses de obras. La sala de lectura tiene nueva iluminación y la sección infantil ha duplicado su tamaño.",
                "El mercado de los jueves se traslada a la plaza de la estación a partir de la semana que viene, mientras se renueva la calle mayor.",
            ],
        ),
        (
            "Vientonorte inaugura su primer parque eólico marino",
            [
                "Vientonorte ha inaugurado hoy su primer parque eólico marino, que suministrará electricidad a unos 200.000 hogares.",
                "El parque cuenta con 40 aerogeneradores y se construyó en dos años, en plazo y dentro del presupuesto, según la empresa.",
            ],
        ),
        (
            "Nuestras ciudades necesitan autobuses, no aparcamientos",
            [
                "Cada pocos años se propone un nuevo aparcamiento como remedio para los centros vacíos. Nunca lo es.",
                "La gente va adonde es fácil llegar. Un autobús cada diez minutos hace más por un centro urbano que mil plazas de aparcamiento en las afueras.",
            ],
        ),
    ],
    "it": [
        (
            "Il consiglio comunale approva nuove piste ciclabili lungo il fiume",
            [
                "Il consiglio comunale ha approvato martedì la costruzione di quattro chilometri di piste ciclabili protette lungo il fiume, dopo due anni di confronto con residenti e commercianti.",
                "I lavori inizieranno in primavera e dureranno circa otto mesi. Durante il cantiere un terzo dei parcheggi del lungofiume sarà soppresso.",
                "L'opposizione sosteneva che i fondi andassero spesi per riparare le strade esistenti, ma la delibera è passata con un'ampia maggioranza.",
            ],
        ),
        (
            "La banca centrale lascia invariati i tassi",
            [
                "La banca centrale ha lasciato invariato giovedì il tasso di riferimento, osservando che l'inflazione è calata per il terzo mese consecutivo pur restando sopra l'obiettivo.",
                "Gli economisti si aspettavano la decisione. La maggior parte prevede il primo taglio in autunno, se la crescita dei salari continuerà a rallentare.",
            ],
        ),
        (
            "Cosa mi ha insegnato un anno di pane con il lievito madre",
            [
                "Quando ho iniziato a fare il pane con il lievito madre lo scorso inverno, pensavo che la parte difficile fosse tenerlo in vita. Era la pazienza.",
                "I pani migliori sono nati dagli impasti più lenti. Una notte in frigorifero dava più sapore e una crosta che scricchiolava raffreddandosi.",
            ],
        ),
        (
            "Perché i team piccoli scrivono software migliore",
            [
                "Ogni team in cui ho lavorato è diventato più lento crescendo. Non perché le persone fossero meno brave, ma perché ogni decisione richiedeva più conversazioni.",
                "I team piccoli tengono tutto il sistema in testa. Si accorgono quando qualcosa non va e lo sistemano prima che diventi una riunione.",
            ],
        ),
        (
            "Il ritorno silenzioso delle librerie di quartiere",
            [
                "Quest'anno in città hanno aperto tre nuove librerie, cosa che dieci anni fa sarebbe sembrata improbabile.",
                "I titolari dicono che i lettori vengono per i consigli quanto per i libri. Una libreria che conosce i suoi clienti consiglia il romanzo che non avrebbero mai trovato in rete.",
            ],
        ),
        (
            "Questa settimana: riapre la biblioteca",
            [
                "Buongiorno e benvenuti alla newsletter di questa settimana.",
                "La biblioteca centrale riapre sabato dopo diciotto mesi di lavori. La sala di lettura ha nuove luci e la sezione ragazzi è raddoppiata.",
                "Il mercato del giovedì si sposta in piazza della stazione dalla prossima settimana, mentre si rifà il corso principale.",
            ],
        ),
        (
            "Ventonord inaugura il suo primo parco eolico in mare",
            [
                "Ventonord ha inaugurato oggi il suo primo parco eolico in mare, che fornirà elettricità a circa 200.000 famiglie.",
                "Il parco conta 40 turbine ed è stato costruito in due anni, nei tempi e nel budget previsti, secondo l'azienda.",
            ],
        ),
        (
            "Le nostre città hanno bisogno di autobus, non di parcheggi",
            [
                "Ogni pochi anni un nuovo parcheggio viene proposto come rimedio ai centri storici vuoti. Non lo è mai.",
                "Le persone vanno dove è facile arrivare. Un autobus ogni dieci minuti fa per un centro più di mille posti auto in periferia.",
            ],
        ),
    ],
    "pt": [
        (
            "Câmara aprova novas ciclovias junto ao rio",
            [
                "A câmara municipal aprovou na terça-feira a construção de quatro quilómetros de ciclovias protegidas junto ao rio, depois de dois anos de consulta a moradores e comerciantes.",
                "As obras devem começar na primavera e durar cerca de oito meses. Durante esse período, um terço dos lugares de estacionamento da marginal será suprimido.",
                "A oposição defendeu que o dinheiro fosse usado para reparar as estradas existentes, mas a proposta foi aprovada por larga maioria.",
            ],
        ),
        (
            "Banco central mantém as taxas de juro",
            [
                "O banco central manteve inalterada na quinta-feira a sua taxa de juro de referência, considerando que a inflação abrandou pelo terceiro mês seguido, embora continue acima da meta.",
                "Os economistas esperavam a decisão. A maioria prevê o primeiro corte no outono, se o crescimento dos salários continuar a abrandar.",
            ],
        ),
        (
            "O que aprendi com um ano de pão de massa mãe",
            [
                "Quando comecei a fazer pão de massa mãe no inverno passado, achei que o mais difícil seria manter o fermento vivo. Foi a paciência.",
                "Os melhores pães vieram das massas mais lentas. Uma noite no frigorífico dava mais sabor e uma côdea que estalava ao arrefecer.",
            ],
        ),
        (
            "Porque é que equipas pequenas fazem melhor software",
            [
                "Todas as equipas em que trabalhei ficaram mais lentas à medida que cresceram. Não porque as pessoas fossem menos capazes, mas porque cada decisão precisava de mais conversas.",
                "As equipas pequenas têm o sistema inteiro na cabeça. Percebem quando algo não está bem e corrigem antes que se torne uma reunião.",
            ],
        ),
        (
            "O regresso discreto das livrarias de bairro",
            [
                "Este ano abriram três novas livrarias na nossa cidade, algo que há uma década pareceria improvável.",
                "Os donos dizem que os leitores vêm tanto pelos conselhos como pelos livros. Uma livraria que conhece os clientes recomenda o romance que nunca teriam encontrado na internet.",
            ],
        ),
        (
            "Esta semana: a biblioteca reabre",
            [
                "Bom dia e bem-vindos à newsletter desta semana.",
                "A biblioteca central reabre no sábado depois de dezoito meses de obras. A sala de leitura tem nova iluminação e a secção infantil duplicou de tamanho.",
                "O mercado de quinta-feira muda-se para a praça da estação a partir da próxima semana, enquanto a rua principal é repavimentada.",
            ],
        ),
        (
            "Ventonorte inaugura o seu primeiro parque eólico marítimo",
            [
                "A Ventonorte inaugurou hoje o seu primeiro parque eólico marítimo, que vai abastecer de eletricidade cerca de 200 mil casas.",
                "O parque tem 40 turbinas e foi construído em dois anos, dentro do prazo e do orçamento, segundo a empresa.",
            ],
        ),
        (
            "As nossas cidades precisam de autocarros, não de parques de estacionamento",
            [
                "De poucos em poucos anos, um novo parque de estacionamento é proposto como remédio para os centros vazios. Nunca é.",
                "As pessoas vão onde é fácil chegar. Um autocarro de dez em dez minutos faz mais por um centro do que mil lugares de estacionamento na periferia.",
            ],
        ),
    ],
    "nl": [
        (
            "Gemeenteraad stemt in met nieuwe fietspaden langs de rivier",
            [
                "De gemeenteraad heeft dinsdag ingestemd met de aanleg van vier kilometer beschermde fietspaden langs de rivier, na twee jaar overleg met bewoners en winkeliers.",
                "De werkzaamheden beginnen in het voorjaar en duren ongeveer acht maanden. Tijdens de bouw verdwijnt een derde van de parkeerplaatsen aan de kade.",
                "Tegenstanders vonden dat het geld beter aan het herstel van bestaande wegen besteed kon worden, maar het voorstel werd met een ruime meerderheid aangenomen.",
            ],
        ),
        (
            "Centrale bank houdt rente gelijk",
            [
                "De centrale bank heeft donderdag haar belangrijkste rente ongewijzigd gelaten. De inflatie daalde voor de derde maand op rij, maar ligt nog boven het doel.",
                "Economen hadden het besluit verwacht. De meesten rekenen op een eerste verlaging in het najaar, als de loongroei verder afneemt.",
            ],
        ),
        (
            "Wat een jaar zuurdesem bakken me leerde",
            [
                "Toen ik vorige winter begon met zuurdesembrood, dacht ik dat het moeilijkste zou zijn om de starter in leven te houden. Het was geduld.",
                "De beste broden kwamen uit het traagste deeg. Een nacht in de koelkast gaf meer smaak en een korst die knisperde tijdens het afkoelen.",
            ],
        ),
        (
            "Waarom kleine teams betere software maken",
            [
                "Elk team waarin ik werkte werd trager naarmate het groeide. Niet omdat mensen minder konden, maar omdat elke beslissing meer gesprekken nodig had.",
                "Kleine teams hebben het hele systeem in hun hoofd. Ze merken wanneer iets niet klopt en lossen het op voordat het een vergadering wordt.",
            ],
        ),
        (
            "De stille terugkeer van de buurtboekhandel",
            [
                "Dit jaar openden in onze stad drie nieuwe boekhandels, iets wat tien jaar geleden onwaarschijnlijk had geleken.",
                "De eigenaren zeggen dat lezers evenzeer voor advies komen als voor boeken. Een winkel die zijn klanten kent, raadt de roman aan die ze online nooit hadden gevonden.",
            ],
        ),
        (
            "Deze week: de bibliotheek gaat weer open",
            [
                "Goedemorgen en welkom bij de nieuwsbrief van deze week.",
                "De centrale bibliotheek gaat zaterdag weer open na achttien maanden verbouwing. De leeszaal heeft nieuwe verlichting en de jeugdafdeling is twee keer zo groot.",
                "De donderdagmarkt verhuist vanaf volgende week naar het stationsplein, zolang de hoofdstraat wordt vernieuwd.",
            ],
        ),
        (
            "Noordwind Energie opent eerste windpark op zee",
            [
                "Noordwind Energie heeft vandaag zijn eerste windpark op zee geopend, dat ongeveer 200.000 huishoudens van stroom zal voorzien.",
                "Het park telt 40 turbines en werd volgens het bedrijf in twee jaar gebouwd, op tijd en binnen het budget.",
            ],
        ),
        (
            "Onze steden hebben bussen nodig, geen parkeergarages",
            [
                "Om de paar jaar wordt een nieuwe parkeergarage voorgesteld als redding voor lege binnensteden. Dat is ze nooit.",
                "Mensen gaan naar plekken die makkelijk bereikbaar zijn. Een bus om de tien minuten doet meer voor een centrum dan duizend parkeerplaatsen aan de rand.",
            ],
        ),
    ],
    "pl": [
        (
            "Rada miasta zatwierdza nowe drogi rowerowe nad rzeką",
            [
                "Rada miasta zdecydowała we wtorek o budowie czterech kilometrów chronionych dróg rowerowych wzdłuż rzeki, po dwóch latach konsultacji z mieszkańcami i kupcami.",
                "Prace mają ruszyć wiosną i potrwać około ośmiu miesięcy. W czasie budowy zniknie jedna trzecia miejsc parkingowych na bulwarze.",
                "Przeciwnicy uważali, że pieniądze lepiej wydać na remont istniejących ulic, ale uchwała przeszła zdecydowaną większością głosów.",
            ],
        ),
        (
            "Bank centralny utrzymuje stopy procentowe",
            [
                "Bank centralny pozostawił w czwartek główną stopę procentową bez zmian, wskazując, że inflacja spadła trzeci miesiąc z rzędu, choć wciąż jest powyżej celu.",
                "Ekonomiści spodziewali się tej decyzji. Większość oczekuje pierwszej obniżki jesienią, jeśli wzrost płac będzie dalej zwalniał.",
            ],
        ),
        (
            "Czego nauczył mnie rok pieczenia chleba na zakwasie",
            [
                "Kiedy zeszłej zimy zacząłem piec chleb na zakwasie, myślałem, że najtrudniej będzie utrzymać zakwas przy życiu. Najtrudniejsza okazała się cierpliwość.",
                "Najlepsze bochenki powstawały z najwolniejszego ciasta. Noc w lodówce dawała więcej smaku i skórkę, która trzeszczała przy stygnięciu.",
            ],
        ),
        (
            "Dlaczego małe zespoły tworzą lepsze oprogramowanie",
            [
                "Każdy zespół, w którym pracowałem, zwalniał w miarę wzrostu. Nie dlatego, że ludzie byli mniej zdolni, ale dlatego, że każda decyzja wymagała więcej rozmów.",
                "Małe zespoły mają cały system w głowie. Zauważają, kiedy coś jest nie tak, i naprawiają to, zanim stanie się tematem zebrania.",
            ],
        ),
        (
            "Cichy powrót osiedlowych księgarni",
            [
                "W tym roku w naszym mieście otwarto trzy nowe księgarnie, co dziesięć lat temu wydawałoby się mało prawdopodobne.",
                "Właściciele mówią, że czytelnicy przychodzą tak samo po radę, jak po książki. Księgarnia, która zna swoich klientów, poleca im powieść, której nigdy nie znaleźliby w internecie.",
            ],
        ),
        (
            "W tym tygodniu: biblioteka znów otwarta",
            [
                "Dzień dobry i witamy w tegotygodniowym newsletterze.",
                "Biblioteka centralna zostanie otwarta w sobotę po osiemnastu miesiącach remontu. Czytelnia ma nowe oświetlenie, a dział dziecięcy jest dwa razy większy.",
                "Czwartkowy targ przenosi się od przyszłego tygodnia na plac dworcowy, na czas remontu głównej ulicy.",
            ],
        ),
        (
            "Wiatr Północy otwiera pierwszą morską farmę wiatrową",
            [
                "Wiatr Północy otworzył dziś swoją pierwszą morską farmę wiatrową, która będzie dostarczać prąd do około 200 tysięcy domów.",
                "Farma ma 40 turbin i według firmy została zbudowana w dwa lata, w terminie i w ramach budżetu.",
            ],
        ),
        (
            "Nasze miasta potrzebują autobusów, a nie parkingów",
            [
                "Co kilka lat nowy parking przedstawia się jako ratunek dla pustych centrów miast. Nigdy nim nie jest.",
                "Ludzie jeżdżą tam, dokąd łatwo dotrzeć. Autobus co dziesięć minut robi dla centrum więcej niż tysiąc miejsc parkingowych na obrzeżach.",
            ],
        ),
    ],
}

COMPANIES = {
    "en": "Northwind Energy",
    "de": "Nordwind Energie",
    "fr": "Ventdunord",
    "es": "Vientonorte",
    "it": "Ventonord",
    "pt": "Ventonorte",
    "nl": "Noordwind Energie",
    "pl": "Wiatr Północy",
}
PUBLICATIONS = {
    "en": "The Riverside Letter",
    "de": "Stadtbrief",
    "fr": "La Lettre du Quai",
    "es": "La Carta del Río",
    "it": "La Lettera del Fiume",
    "pt": "A Carta do Rio",
    "nl": "De Rivierbrief",
    "pl": "List znad Rzeki",
}
# Languages whose local papers open with "<Place>, <date>" on a line of its own.
PLACE_DATE_LINE = {"de", "nl", "pl"}


def _date(lang_index: int, kind_index: int) -> dt.date:
    return dt.date(
        2016 + (kind_index + lang_index) % 9,
        1 + (kind_index * 5 + lang_index * 3) % 12,
        1 + (kind_index * 7 + lang_index * 11) % 28,
    )


def compose(lang: str, kind: str, when: dt.date) -> tuple[list[str], dict]:
    """The lines as pasted (None for a blank line) and the expected fields."""
    w = WORDS[lang]
    agency, wire_city, city, local, name, other, role = PLACES[lang]
    headline, body = ARTICLES[lang][KINDS.index(kind)]
    long_date = format_date(when, "long", locale=lang)
    short_date = format_date(when, "medium", locale=lang)
    other_titles = [title for title, _ in ARTICLES[lang] if title != headline][:2]
    want = dict(
        headline=headline,
        date=when.isoformat(),
        byline=[],
        dateline=None,
        source=None,
        body=list(body),
    )
    if kind == "news":
        lines = [headline, f"{w['by']} {name}"]
        if lang in PLACE_DATE_LINE:
            lines.append(f"{local}, {long_date}")
            want["dateline"] = local
        else:
            lines.append(long_date)
        lines += [body[0], w["ad"], body[1], w["also"].format(title=other_titles[0]), *body[2:]]
        lines += [w["share"], "Facebook", "Twitter", "WhatsApp", w["related"], *other_titles]
        want["byline"] = [name]
    elif kind == "wire":
        lines = [headline, long_date, f"{wire_city} ({agency}) - {body[0]}", *body[1:]]
        lines.append(w["source"].format(source=agency))
        want.update(dateline=city, source=agency)
    elif kind == "wordpress":
        lines = [headline, w["posted"].format(date=long_date, name=name), *body]
        lines += [w["share"], "Twitter", "Facebook", w["related"], other_titles[0]]
        lines += [w["reply"], w["private"], "Comment", "Name *", "Email *"]
        want["byline"] = [name]
    elif kind == "medium":
        lines = [headline, name, "Follow", f"{w['read'].format(n=4)} · {short_date}", *body]
        lines += ["Follow", f"Written by {name}", "Responses (2)"]
        want["byline"] = [name]
    elif kind == "substack":
        lines = [headline, name, short_date, "Share", *body]
        lines += [
            w["thanks"].format(pub=PUBLICATIONS[lang]),
            w["subscribe"],
            "Like",
            "Comment",
            "Share",
        ]
        want["byline"] = [name]
    elif kind == "email":
        publication = PUBLICATIONS[lang]
        lines = [w["browser"], publication, headline, long_date, *body, f"— {name}"]
        lines += [w["forward"], w["why"], w["unsubscribe"], f"© {when.year} {publication}"]
        want.update(byline=[name], source=publication)
    elif kind == "press":
        company = COMPANIES[lang]
        lines = [w["release"], headline, f"{local}, {long_date} – {body[0]}", *body[1:]]
        lines += [w["contact"], other, f"presse@{company.split()[0].lower()}.example"]
        lines.append(f"© {when.year} {company}. {w['rights']}")
        want.update(dateline=local, source=company)
    elif kind == "opinion":
        lines = [w["opinion"], headline, f"{w['by']} {name}", long_date, *body]
        lines += [w["bio"].format(name=name, role=role), w["share"], "Facebook", "Twitter"]
        want["byline"] = [name]
    else:
        raise ValueError(kind)
    return lines, want


def main() -> None:
    expected = {}
    for lang_index, lang in enumerate(LANGUAGES):
        for kind_index, kind in enumerate(KINDS):
            lines, want = compose(lang, kind, _date(lang_index, kind_index))
            # Firefox pastes one line per block; Chrome a blank line between blocks.
            separator = "\n" if kind in ("medium", "substack") else "\n\n"
            name = f"{lang}-{kind_index + 1}-{kind}.txt"
            (HERE / name).write_text(separator.join(lines) + "\n", encoding="utf-8")
            expected[name] = dict(lang=lang, kind=kind, **want)
    (HERE / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
