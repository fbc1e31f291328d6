"""Notes that belong to the story under it: a correction, an editor's note, an update."""

from __future__ import annotations

import re

# A note the newsroom adds to the story itself ("This story was updated to correct the
# year…", "Correction: An earlier version…", "Anmerkung der Redaktion: …"): the story's own
# text, never the writer's bio or the site's furniture under it.
_STORY_NOTE = re.compile(
    r"(?:"
    # A labelled note: "Correction:", "Editor's note –", "Rectificatif :", "Sprostowanie."
    r"(?:corrections?|clarification|editor['’]s note|update[d]?|"
    r"korrektur|richtigstellung|berichtigung|anmerkung der redaktion|"
    r"correctif|rectificatif|note de la rédaction|précision|erratum|"
    r"fe de errores|fe de erratas|nota del editor|nota de la redacción|corrección|aclaración|"
    r"rettifica|nota della redazione|correzione|precisazione|"
    r"correção|errata|nota da redação|nota da redacção|nota do editor|"
    r"correctie|rectificatie|noot van de redactie|"
    r"sprostowanie|od redakcji|korekta|"
    r"rättelse|rettelse|korrigering|oikaisu|korjaus|oprava|poznámka redakce|"
    r"helyreigazítás|erată|nota redacției|düzeltme|editörün notu|ralat|catatan redaksi|"
    r"nota de la redacció|fe d['’]errates|исправление|поправка|примечание редакции|"
    r"виправлення|примітка редакції|διόρθωση|σημείωση της σύνταξης|תיקון|تصحيح|"
    r"bản đính chính|đính chính)\s?[:.–—-]\s"
    # Told in a sentence: "This story was updated to correct…", "An earlier version of
    # this article…", "Dieser Artikel wurde korrigiert", "Cet article a été mis à jour".
    r"|this (?:story|article|post|report) (?:was|has been) (?:updated|corrected|amended)"
    r"|an earlier version of this (?:story|article|post|report)"
    r"|(?:dieser artikel|dieser beitrag|dieser text) (?:wurde|ist) "
    r"(?:aktualisiert|korrigiert|geändert)"
    r"|in einer (?:früheren|vorherigen) version (?:dieses|des) (?:artikels|textes|beitrags)"
    r"|cet article a été (?:mis à jour|corrigé|modifié)"
    r"|une (?:précédente|première) version de cet article"
    r"|(?:este|esta) (?:artículo|nota|texto|información) (?:fue|ha sido) "
    r"(?:actualizad|corregid|modificad)[oa]"
    r"|una versión anterior de (?:este|esta) (?:artículo|nota|texto|información)"
    r"|questo articolo è stato (?:aggiornato|corretto|modificato)"
    r"|una (?:precedente|prima) versione di questo articolo"
    r"|(?:este|esta) (?:texto|artigo|reportagem|matéria|notícia) foi "
    r"(?:atualizad|corrigid|actualizad|alterad)[oa]"
    r"|uma versão anterior (?:deste|desta) (?:texto|artigo|reportagem|matéria|notícia)"
    r"|dit artikel is (?:aangepast|gecorrigeerd|bijgewerkt)"
    r"|in een eerdere versie van dit artikel"
    r"|(?:ten )?(?:artykuł|tekst) został (?:zaktualizowany|poprawiony|zmieniony)"
    r"|w (?:poprzedniej|pierwotnej) wersji (?:artykułu|tekstu)"
    r")",
    re.IGNORECASE,
)
# A note is a sentence or two, not a paragraph of the story.
MAX_NOTE = 400


def is_story_note(line: str) -> bool:
    """A correction, an editor's note or an update note on the story, in its first words."""
    stripped = line.lstrip(" *_([").strip()
    return len(stripped) <= MAX_NOTE and _STORY_NOTE.match(stripped) is not None
