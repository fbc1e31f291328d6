"""The body's structure as assistive technology reads it: heading levels without gaps, and
header cells that name something."""

from __future__ import annotations

import re

_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b([^<>]*+)")
_ID = re.compile(r'\bid="([^"]*)"')
# A header cell with nothing in it (Markdown's empty corner cell): whitespace, no-break
# spaces and line breaks only.
_EMPTY_HEADER = re.compile(r"<th\b([^<>]*+)>((?:\s|&nbsp;|&#160;|\u00a0|<br\s*+/?>)*+)</th>")


def close_heading_gaps(fragment: str) -> tuple[str, dict[str, int]]:
    """Move each heading up to one level below the heading before it (the headline is the
    h1 above the body): ``# A`` then ``### B`` reads as h1 then h2. A screen reader's
    heading list, the EPUB's table of contents and the PDF outline then have no missing
    level (Ace: heading-order). Return the fragment and the new level of each moved heading
    that has an id.

    The fragment is the sanitiser's output, where headings are closed and never nested."""
    moved: dict[str, int] = {}
    previous = 1
    open_level = 0
    parts = []
    position = 0
    for match in _HEADING_TAG.finditer(fragment):
        level = int(match[2])
        if match[1]:  # a closing tag takes the level its opening tag was given
            new = open_level or level
        else:
            new = min(level, previous + 1)
            previous = open_level = new
            found = _ID.search(match[3])
            if new != level and found:
                moved[found[1]] = new
        parts.append(fragment[position : match.start()])
        parts.append(f"<{match[1]}h{new}{match[3]}")
        position = match.end()
    parts.append(fragment[position:])
    return "".join(parts), moved


def demote_empty_headers(fragment: str) -> str:
    """An empty header cell (the corner of a table whose first column names its rows) is a
    data cell: a header that names nothing is announced as such (Ace: empty-table-header)."""
    return _EMPTY_HEADER.sub(r"<td\1>\2</td>", fragment)


_EMPTY_HEADING = re.compile(r"<h([1-6])\b[^<>]*+>(?:\s|&nbsp;|&#160;|\u00a0|<br\s*+/?>)*+</h\1>\n?")


def drop_empty_headings(fragment: str) -> str:
    """Remove headings with nothing in them (a bare ``##`` line): a screen reader announces
    an empty heading, and the navigation already leaves them out (Ace: empty-heading)."""
    return _EMPTY_HEADING.sub("", fragment)


EMPTY_LINK = re.compile(r"<a\b[^<>]*+>(?:\s|&nbsp;|&#160;|\u00a0)*+</a>")


def drop_empty_links(fragment: str) -> str:
    """Remove links with nothing in them (``<a href="..."></a>`` in the source, or a link
    whose image was dropped): nothing to read or click, and a screen reader announces a
    nameless link (Ace: link-name)."""
    return EMPTY_LINK.sub("", fragment)
