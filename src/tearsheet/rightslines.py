"""A page's rights line ("© 2019 X. All rights reserved.") and the legal text over it."""

from __future__ import annotations

import re

# A copyright line with "All rights reserved" is the page's footer, and the prose right
# above it, when it is among the last FOOTER_REACH blocks of the page, is its legal text.
RIGHTS_LENGTH = 200
FOOTER_REACH = 10
_RIGHTS = re.compile(
    r"\A[*_\s]{0,3}+(?:©|\(c\)|copyright)[^\n]{0,120}?(?:all rights reserved|"
    r"alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
    r"todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone)",
    re.IGNORECASE,
)


def legal_footer(
    blocks: list[str], classes: list[str], anchors: frozenset[int], header_reach: int
) -> range:
    """The page's legal text: the prose stretch that ends at a copyright line ("© 2019 X.
    All rights reserved.") near the end of the page, and what follows that line, when the
    stretch is not the article itself (it does not start within ``header_reach`` blocks
    of the headline block's first date or byline line)."""
    rights = next((i for i in range(len(blocks) - 1, -1, -1) if _RIGHTS.search(blocks[i])), None)
    if rights is None or rights < len(blocks) - FOOTER_REACH or not anchors:
        return range(0)
    start = rights
    while start > 0 and classes[start - 1] == "good":
        start -= 1
    if start == rights or start <= min(anchors) + header_reach:
        return range(0)
    return range(start, len(blocks))


def is_rights_line(text: str) -> bool:
    """The page's footer: "© 2019 CBS Interactive Inc. All Rights Reserved." """
    return len(text) <= RIGHTS_LENGTH and bool(_RIGHTS.search(text))
