"""A printed page's number left in the text copied from a PDF or a print layout: "1", "- 2 -",
"Page 2 of 5", "Seite 3", "2/4", alone on its line between the story's paragraphs."""

from __future__ import annotations

import re

from tearsheet import zones

# The word for "page" before the number, written out or abbreviated, in the languages of
# the sets (a PDF's footer writes it so: "Page 2", "Seite 2 von 4", "Strona 2 z 3").
_PAGE_WORDS = (
    r"page|pages|seite|página|pág\.|pagina|pag\.|blz\.|strona|str\.|strana|stránka|sivu|sida|"
    r"side|oldal|sayfa|pagină|σελίδα|σελ\.|страница|стр\.|сторінка|стор\.|halaman|hal\.|"
    r"trang|עמוד|صفحة|صفحه|صفحہ|पृष्ठ|पेज|หน้า|페이지|ページ|页|頁"
)
# "of" between the page's number and the count of pages: "2 of 5", "2 von 5", "2 z 5".
_OF_WORDS = r"of|von|de|di|sur|van|z|ze|av|af|/|из|з|από|dari|/"
_PAGE_NUMBER = re.compile(
    rf"(?:[-–—]\s?)?(?:(?i:{_PAGE_WORDS})\s?)?\d{{1,3}}"
    rf"(?:\s?(?i:{_OF_WORDS})\s?\d{{1,3}})?(?:\s?[-–—])?"
)


def is_page_number(paragraphs: list[str], index: int) -> bool:
    """A page's number alone on its line, where the print layout broke the story between
    two pages: the story's prose over it, and under it unless it closes the text. A list's
    number over its item stands over a short line, not between paragraphs."""
    line = paragraphs[index].strip()
    if index == 0 or _PAGE_NUMBER.fullmatch(line) is None:
        return False
    after = index + 1 == len(paragraphs) or zones.is_prose(paragraphs[index + 1])
    return after and zones.is_prose(paragraphs[index - 1])
