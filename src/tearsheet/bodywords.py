"""The words that name a public body (a ministry, a council, a municipality) in the languages
import reads, which organisations and publicbodies tell names by."""

from __future__ import annotations

# The words that name a public body, as a word of its name: ministries, governments,
# councils, municipalities, provinces and their offices (CLDR has no such list; written for
# the core languages and the sets' others).
BODY_WORDS = frozenset(
    """ministry ministries department council municipality borough government prefecture
    ministerium gemeinde landkreis landratsamt bezirksamt senatsverwaltung staatskanzlei
    stadtverwaltung bundesregierung landesregierung
    ministère mairie commune préfecture gouvernement conseil métropole agglomération
    communauté collectivité
    ministerio ayuntamiento gobierno diputación consejería generalitat municipalidad alcaldía
    intendencia concello ajuntament consell cabildo mancomunidad metropolitana departamento
    departament conselleria ministeri govern
    ministero comune regione prefettura governo metropolitana consorzio
    ministério prefeitura governo município
    ministerie gemeente provincie waterschap
    ministerstwo urząd gmina starostwo województwo kancelaria
    regeringen kommun kommune länsstyrelsen fylkeskommune regjeringen
    kaupunki kunta valtioneuvosto linnavalitsus vallavalitsus
    pašvaldība ministrija savivaldybė ministerija
    ministerstvo magistrát úřad úrad obec mesto město miasto občina općina opština општина
    община общината
    minisztérium önkormányzat kormány
    ministerul primăria guvernul consiliul
    bakanlığı belediyesi valiliği kaymakamlığı
    υπουργείο δήμος περιφέρεια
    министерство администрация правительство мэрия міністерство адміністрація уряд
    kementerian pemerintah dinas pemkot pemkab jabatan majlis
    wizara halmashauri serikali
    وزارة بلدية حكومة وزارت شهرداری משרד עיריית מועצה""".split()
)
# ... and as the end of a compound word: "Bundesministerium", "Finansdepartementet",
# "Sosiaali- ja terveysministeriö", "Haridus- ja Teadusministeerium", "Justitsministeriet".
BODY_ENDS = (
    "ministerium",
    "departementet",
    "departement",
    "ministeriet",
    "ministeriö",
    "ministeerium",
    "kommune",
    "kommun",
    "verwaltung",
    "regierung",
    "ministrija",
    "ministerija",
)
# The words of a whole government ("Gobierno de España", "NSW Government"), whose site's
# masthead stands over the ministry or service that issued the page: told apart, so that
# the more precise body is read.
GOVERNMENT_WORDS = frozenset(
    """government gouvernement gobierno governo bundesregierung landesregierung regeringen
    regjeringen valtioneuvosto kormány guvernul правительство уряд pemerintah serikali
    حكومة""".split()
)
