"""Pull quotes: the story's own quotations a page repeats in large type, out of the body."""

from __future__ import annotations

from tearsheet import zones
from tearsheet.recognise import Draft, excerpt

# A pull quote is at least this long (a short line may stand in two places by chance).
PULL_QUOTE_LENGTH = 40
# ... and stands at most this many paragraphs from the one it repeats (so that a text of
# thousands of quoted paragraphs is still read in linear time).
PULL_QUOTE_REACH = 12


def drop_pull_quotes(paragraphs: list[str], draft: Draft) -> list[str]:
    """A pull quote repeats words of the article in large type: a quotation whose text
    stands whole inside another paragraph goes."""
    flat = [" ".join(p.split()).strip("“”\"'«» ") for p in paragraphs]
    kept = []
    for index, paragraph in enumerate(paragraphs):
        text = flat[index]
        # Only a quotation: a page may repeat a sentence of the story in a teaser or a
        # summary, and a list's line in two places (a meal plan).
        quoted = paragraph.strip()[:1] in "“\"'«„"
        near = flat[max(0, index - PULL_QUOTE_REACH) : index + PULL_QUOTE_REACH + 1]
        # The quotation's words, without its closing mark: the story may go on after them
        # ("You learn the river like you learn a face," she says).
        words = text.rstrip(".,!?…")
        inside = (
            quoted
            and len(words) >= PULL_QUOTE_LENGTH
            and any(
                (words in other or _quoted_around(words, other)) and text != other for other in near
            )
        )
        if inside:
            draft.stripped.append(f"pull quote {excerpt(paragraph)}")
            draft.removed.append(("pull quote", paragraph))
        else:
            kept.append(paragraph)
    return kept


def _quoted_around(quote: str, other: str) -> bool:
    """The pull quote's words stand in order in the other paragraph, split there by its
    attribution at most once or twice ("“It feels wrong not to,” she told me. “Somebody
    did this …”" for "“It feels wrong not to. Somebody did this …”"). One pass over the
    other paragraph from each of its first few places of the quote's first word."""
    wanted, words = zones.words_of(quote), zones.words_of(other)
    if not wanted or len(wanted) > len(words):
        return False
    starts = [i for i, word in enumerate(words) if word == wanted[0]][:ATTRIBUTION_STARTS]
    for start in starts:
        matched, gap, gaps = 1, 0, 0
        for word in words[start + 1 :]:
            if matched == len(wanted):
                break
            if word == wanted[matched]:
                matched, gaps, gap = matched + 1, gaps + bool(gap), 0
            elif (gap := gap + 1) > ATTRIBUTION_WORDS:
                break
        if matched == len(wanted) and gaps <= ATTRIBUTION_GAPS:
            return True
    return False


# A quotation's attribution ("she told me", "sagte der Bürgermeister am Dienstag") has at
# most this many words, and a pull quote skips at most this many of them.
ATTRIBUTION_WORDS = 8
ATTRIBUTION_GAPS = 2
# The quote's first word is tried at this many of its places in the other paragraph.
ATTRIBUTION_STARTS = 4
