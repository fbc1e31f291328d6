"""A title that reads as a byline: a blog's, an office's or a paper's name with the
language's "by" or "of" inside it ("Il quaderno di Giulia", "Comune di Bologna", "de
Volkskrant"), told from a byline that names its writer in full."""

from __future__ import annotations

import re

from tearsheet.bylinewords import ARTICLE_DE, AUTHOR_NOUNS, DEFINITE_ARTICLES
from tearsheet.personnames import has_given_name


def is_title_not_byline(match: re.Match[str], names: list[str], lang: str | None) -> bool:
    """A title that reads as a byline: a word that is "by" only at the line's start, with
    one word after it ("de Volkskrant", "de Telegraaf": Dutch "the", Romanian "by"), or a
    blog's or an office's title of capitalised words or an article before "of" ("Comune di
    Bologna", "Il quaderno di Giulia"). A byline names one person in full ("Ein Kommentar
    von Lena Hoffmann", "Της Ελένης Καραγιάννη")."""
    single = len(names) == 1 and len(names[0].split()) == 1
    if not match["by"]:
        article = (lang or "")[:2] in ARTICLE_DE and match[0].startswith("de ")
        return article or (single and not match[0].startswith("&"))
    before = match[0][: match.start("by")].split()
    if single and match["by"].casefold() == "de":
        return True  # "Un article de Wikipédia": a source; a writer's piece names her in full
    if single and match[0][match.end("by") :].startswith(":") and match["by"] in ("Von", "Da"):
        return not has_given_name(names[0])  # "Von: Röstfrisch": a mail's sender, a brand
    titled = before[:1] and before[0].casefold().rstrip("'’") in DEFINITE_ARTICLES
    if titled and before[-1:] == before[:1] and _AUTHOR_NOUN.fullmatch(match["by"]):
        # "Die Autorin Henrike Saal", "The author Jane Doe" (a picture's caption in a review):
        # the person the article is about, who wrote the book, not the article's writer.
        return not match[0][match.end("by") :].lstrip().startswith(":")
    return single and bool(before) and (titled or all(w[:1].isupper() for w in before))


_AUTHOR_NOUN = re.compile(AUTHOR_NOUNS, re.IGNORECASE)
