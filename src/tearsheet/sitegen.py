"""Site-generator markup in content files (Hugo shortcodes, Liquid tags) turned into Markdown."""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from tearsheet.refs import ref_address
from tearsheet.resources import StaticPathError, locate_local

# Hugo's image shortcodes: the built-in figure, and the img/legacy-img families sites define
# (digitalgov's img, img-right, legacy-img, legacy-img-right).
_IMAGE_SHORTCODE = re.compile(
    r"\{\{[<%]\s*+(?P<name>figure|img(?:-right|-left)?|legacy-img(?:-right|-left)?|image)"
    r"(?P<args>(?:\s++[\w-]++\s*+=\s*+(?:\"[^\"\n]{0,1000}+\"|'[^'\n]{0,1000}+'|[^\s\"'>%]++))*+)"
    r"\s*+/?[%>]\}\}"
)
_ARGUMENT = re.compile(
    r"(?<![\w-])([\w-]++)\s*+=\s*+(?:\"([^\"\n]{0,1000}+)\"|'([^'\n]{0,1000}+)'|([^\s\"'>%]++))"
)
# {{< ref "post.md" >}}, {{< relref path="/news/x" lang="en" >}}, in a Markdown link, an href or
# alone.
_REF = re.compile(
    r"\{\{[<%]\s*+(?:rel)?ref\s++(?:path\s*+=\s*+)?"
    r"(?:\"(?P<double>[^\"\n]{0,300}+)\"|'(?P<single>[^'\n]{0,300}+)'|(?P<bare>[^\s\"'<>%{}]{1,300}+))"
    r"[^{}\n<>%]{0,200}+[%>]\}\}"
)
_LINK_OR_HREF = re.compile(r"(?:\]\(\s*+|\bhref\s*+=\s*+[\"']?)$")
_HIGHLIGHT = re.compile(
    r"\{%-?\s*+highlight\s++(?P<lang>[\w+#.-]{1,30}+)[^%\n]{0,100}+-?%\}\n?"
    r"(?P<code>(?:(?!\{%-?\s*+endhighlight)[^\n]*+\n){0,2000}+)"
    r"\{%-?\s*+endhighlight\s*+-?%\}"
)
_LIQUID_OUTPUT = re.compile(r"\{\{(?![<%])[^{}\n]{0,300}+\}\}")
# Any other shortcode or Liquid tag. A match cannot run past the next "{{" or "{%", so a
# page of unclosed ones costs linear time.
_OTHER_TAG = re.compile(
    r"\{\{[<%](?:[^{%>]|\{(?![{%])|[%>](?!\}\}))*+[%>]\}\}|\{%(?:[^{%]|\{(?![{%])|%(?!\}))*+%\}"
)
_FENCE = re.compile(r"^(?:```|~~~)", re.MULTILINE)
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")

ImageFinder = Callable[[str], str | None]


class ImageLookup:
    """An image finder for shortcodes: a relative ``src`` beside the article, then (as the
    site's own templates take such names from the site) in the ``static`` folders; a
    site-absolute one (``/img/x.png``) in the static folders. Nothing outside them.

    A file found in a static folder is given back site-absolute, as the renderers find it.
    ``sought`` keeps the files looked for in vain before the one found (or all, when none
    was): creating one changes the article.
    """

    def __init__(self, folder: Path, static: tuple[Path, ...] = ()) -> None:
        self.folder, self.static = folder, static
        self.root = folder.resolve()
        self.sought: list[Path] = []

    def __call__(self, src: str) -> str | None:
        if "://" in src or src.startswith("//"):
            return None
        name = src.lstrip("/")
        candidates = [name] if Path(name).suffix else [name + suffix for suffix in IMAGE_SUFFIXES]
        tried: list[Path] = []
        if not src.startswith(("/", "..")):
            for candidate in candidates:
                path = (self.root / candidate).resolve()
                if path.is_relative_to(self.root) and path.is_file():
                    return path.relative_to(self.root).as_posix()
                tried.append(self.root / candidate)
        for candidate in candidates:
            try:
                locate_local("/" + candidate, self.folder, self.static)
            except StaticPathError:
                tried += [root / candidate for root in self.static]
                continue
            self.sought += tried  # a file appearing earlier in the lookup would win
            return quote("/" + candidate)
        self.sought += tried
        return None


def find_beside(folder: Path, static: tuple[Path, ...] = ()) -> ImageLookup:
    """The image finder for an article in ``folder`` with the site's ``static`` folders."""
    return ImageLookup(folder, static)


_IMG_SOURCE = re.compile(r'<img\b[^>]*?\bsrc="(/(?!/)[^"]*)"')


def site_absolute_images(body: str) -> list[tuple[str, str]]:
    """The site-absolute image addresses (``/img/x.png``) in a sanitised body, each as written
    in the source (for finding its line) and as a file name (unquoted)."""
    found = dict.fromkeys(html.unescape(match) for match in _IMG_SOURCE.findall(body))
    return [(src, unquote(urlsplit(src).path)) for src in found]


def line_of(text: str, needle: str) -> int:
    """The number of the first line of ``text`` holding ``needle`` (or its unquoted form), or
    1 when none does."""
    for candidate in (needle, unquote(needle)):
        at = text.find(candidate)
        if at >= 0:
            return text.count("\n", 0, at) + 1
    return 1


def _arguments(text: str) -> dict[str, str]:
    return {
        m[1]: next(v for v in m.groups()[1:] if v is not None) for m in _ARGUMENT.finditer(text)
    }


def convert_site_markup(
    text: str, find_image: ImageFinder | None = None, first_line: int = 1
) -> tuple[str, list[tuple[int, str]]]:
    """Hugo and Jekyll markup as Markdown where it has a meaning outside the site:

    - image shortcodes (figure, img, legacy-img...) become figures, ``![alt](src "caption |
      credit")``, when ``find_image`` finds their file; otherwise they are dropped;
    - ``ref``/``relref`` shortcodes (in ``[text](...)``, in an ``href``, or alone) become
      links to ``refs.ref_address``, naming the line (counted from ``first_line``) and the
      target, which the build resolves against its articles (refs.py);
    - ``{% highlight lang %}`` becomes a fenced code block, so typography leaves it alone;
    - Liquid output tags (``{{ site.title }}``) and every other shortcode are dropped.

    Returns the text and, for each dropped piece, its line and a short excerpt (as
    strip_shortcodes does, which it replaces). Fenced code is left as it is.
    """
    text = _HIGHLIGHT.sub(lambda m: f"```{m['lang']}\n{m['code']}```", text)
    dropped: list[tuple[int, str]] = []
    pieces = _FENCE.split(text)
    fences = _FENCE.findall(text)
    out: list[str] = []
    line = 1
    for index, piece in enumerate(pieces):
        if index % 2 == 1:  # inside a fence: as it is
            out.append(piece)
        else:
            converted, named = _drop(
                _LINKED_IMAGE,
                _convert_piece(piece, find_image, first_line + line - 1),
                _name_link,
            )
            stripped, found = _drop(_OTHER_TAG, converted)
            stripped, liquid = _drop(_LIQUID_OUTPUT, stripped)
            dropped += [(line + at - 1, snippet) for at, snippet in sorted(named + found + liquid)]
            out.append(stripped)
        line += piece.count("\n")
        if index < len(fences):
            out.append(fences[index])
    return "".join(out), dropped


def _convert_piece(text: str, find_image: ImageFinder | None, line: int) -> str:
    def ref(match: re.Match[str]) -> str:
        target = next(v for v in (match["double"], match["single"], match["bare"]) if v)
        address = ref_address(line + text.count("\n", 0, match.start()), target)
        if _LINK_OR_HREF.search(text, max(0, match.start() - 40), match.start()):
            return address
        shown = target.replace("[", "(").replace("]", ")")
        return f"[{shown}]({address})"

    text = _REF.sub(ref, text)

    def image(match: re.Match[str]) -> str:
        args = _arguments(match["args"])
        src = args.get("src", "")
        found = find_image(src) if find_image and src else None
        if found is None:
            return match[0]  # dropped with a notice by strip_shortcodes
        caption = args.get("caption") or args.get("title") or ""
        credit = args.get("attr") or args.get("credit") or ""
        if match["name"].startswith("legacy-img") and not credit and caption:
            credit, caption = caption, ""  # digitalgov's legacy captions are credits
        alt = (args.get("alt") or caption or "").replace("[", "(").replace("]", ")")
        title = " | ".join(part for part in (caption, credit) if part).replace('"', "”")
        title = f' "{title}"' if title else ""
        return f"![{alt}]({found}{title})"

    return _IMAGE_SHORTCODE.sub(image, text)


# A link whose whole content is an image shortcode ([{{< img ... >}}](url), or the same in an
# <a> element): when the image is not found, dropping it would leave a link with no name
# (nothing to read or click), so its alt text becomes the link's text.
_LINKED_IMAGE = re.compile(
    rf"(?P<open>\[\s*+|<a\b[^<>]{{0,2000}}+>\s*+)(?P<image>{_IMAGE_SHORTCODE.pattern})"
    r"(?P<close>\s*+\]\(|\s*+</a>)"
)


def _name_link(match: re.Match[str]) -> str:
    alt = _arguments(match["args"]).get("alt", "").strip()
    markdown = match["open"].startswith("[")
    if not alt or markdown != match["close"].lstrip().startswith("]"):
        return match["open"] + match["close"]  # nothing to name it with: dropped as before
    text = re.sub(r"([\\`*_{}\[\]<>()#+!|])", r"\\\1", alt) if markdown else html.escape(alt)
    return f"{match['open']}{text}{match['close']}"


def _drop(
    pattern: re.Pattern[str], text: str, keep: Callable[[re.Match[str]], str] | None = None
) -> tuple[str, list[tuple[int, str]]]:
    """Remove each match (or put ``keep``'s text in its place), noting its line and start."""
    dropped: list[tuple[int, str]] = []
    newlines = [index for index, char in enumerate(text) if char == "\n"]

    def drop(match: re.Match[str]) -> str:
        line = bisect.bisect_left(newlines, match.start()) + 1
        shown = match["image"] if keep is not None else match[0]
        excerpt = " ".join(shown.split())
        dropped.append((line, excerpt if len(excerpt) <= 50 else excerpt[:47] + "..."))
        return keep(match) if keep is not None else ""

    return pattern.sub(drop, text), dropped


# Hugo ({{< >}}, {{% %}}) and Liquid ({% %}) shortcodes: each opener with the closers that end
# it (Hugo's may be mixed, as Hugo's own lexer allows).
_SHORTCODES = (("{{<", (">}}", "%}}")), ("{{%", (">}}", "%}}")), ("{%", ("%}",)))


def find_shortcodes(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of every shortcode, leftmost first, in one linear pass.

    A pattern with a lazy ``.*?`` rescans the rest of the text from every unclosed opener
    (quadratic on pasted text full of ``{%``); here each opener's next place and each
    closer are searched with str.find, and a kind of opener with no closer after it is
    never searched again.
    """
    position = 0
    upcoming: dict[str, int] = {}
    while True:
        for opener, _ in _SHORTCODES:
            if opener not in upcoming or -1 < upcoming[opener] < position:
                upcoming[opener] = text.find(opener, position)
        found = [(upcoming[o], o, c) for o, c in _SHORTCODES if upcoming[o] >= 0]
        if not found:
            return
        start, opener, closers = min(found)
        ends = [end for closer in closers if (end := text.find(closer, start + len(opener))) >= 0]
        if not ends:
            upcoming[opener] = -1  # no closer after this one, so none after any later one
            continue
        end = min(ends) + len(closers[0])
        yield start, end
        position = end


def strip_shortcodes(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Drop Hugo and Liquid shortcodes, which mean nothing outside their site generator.

    Returns the text and, for each shortcode, its line and a short excerpt.
    """
    dropped: list[tuple[int, str]] = []
    kept: list[str] = []
    previous = 0
    line = 1
    for start, end in find_shortcodes(text):
        line += text.count("\n", previous, start)
        excerpt = " ".join(text[start:end].split())
        if len(excerpt) > 50:
            excerpt = excerpt[:47] + "..."
        dropped.append((line, excerpt))
        kept.append(text[previous:start])
        line += text.count("\n", start, end)
        previous = end
    kept.append(text[previous:])
    return "".join(kept), dropped
