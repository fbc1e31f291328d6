"""styles/ebook.css leaves the reader in charge: read with tinycss2, rule by rule."""

from __future__ import annotations

import re

import cssselect2
import tinycss2

from tearsheet.markup import render_markdown
from tearsheet.theme import Theme

BODY_TEXT = {"html", "body", "p", ".body", ".body p", ".article", "li", ".body li"}
INLINE = re.compile(r"(^|[\s>+~])(span|a|em|strong|i|b|sup|sub|code|abbr|q|small|time)([.:#\[]|$)")


def declarations():
    sheet = tinycss2.parse_stylesheet(
        Theme.load().read("ebook.css"), skip_comments=True, skip_whitespace=True
    )
    for rule in sheet:
        if rule.type != "qualified-rule":
            continue
        selectors = [s.strip() for s in tinycss2.serialize(rule.prelude).split(",")]
        for item in tinycss2.parse_blocks_contents(
            rule.content, skip_whitespace=True, skip_comments=True
        ):
            if item.type == "declaration":
                yield selectors, item.lower_name, tinycss2.serialize(item.value).strip()


def test_there_is_something_to_check():
    assert len(list(declarations())) > 40


def test_no_font_family_or_colour_anywhere():
    for selectors, name, _value in declarations():
        assert name not in ("font-family", "color", "background", "background-color"), (
            selectors,
            name,
        )


def test_no_font_size_forced_on_body_text():
    for selectors, name, value in declarations():
        if name in ("font-size", "line-height", "font"):
            assert not BODY_TEXT & set(selectors), (selectors, name, value)


def test_no_justification_flex_grid_or_positioning():
    for selectors, name, value in declarations():
        assert not (name == "text-align" and "justify" in value), selectors
        assert not (name == "display" and re.search(r"flex|grid", value)), selectors
        assert name not in ("position", "float", "top", "left", "right", "bottom"), selectors


def test_margins_are_in_em():
    for selectors, name, value in declarations():
        if name.startswith("margin"):
            for part in value.split():
                assert part in ("0", "auto") or part.endswith("em"), (selectors, name, value)


def test_no_padding_on_inline_runs():
    for selectors, name, value in declarations():
        if name.startswith("padding"):
            inline = [
                s for s in selectors if INLINE.search(s) or "koboSpan" in s or "note-number" in s
            ]
            assert not inline, (inline, name, value)


def _selectors():
    """Every selector of every rule, in order, as calibre's stylelint-based checker reads them."""
    sheet = tinycss2.parse_stylesheet(
        Theme.load().read("ebook.css"), skip_comments=True, skip_whitespace=True
    )
    for rule in sheet:
        if rule.type == "qualified-rule":
            yield from (s.strip() for s in tinycss2.serialize(rule.prelude).split(","))


def _last_compound(selector):
    """The subject of a selector without its pseudo-classes (stylelint's comparison key)."""
    last = re.split(r"\s*[\s>+~]\s*", selector.strip())[-1]
    return re.sub(r"(?<!:):[a-z-]+(\([^)]*\))?", "", last)


def test_no_descending_specificity():
    """A selector never follows a more specific one with the same subject (stylelint's
    no-descending-specificity, which calibre's Check Book reports)."""
    highest = {}
    for selector in _selectors():
        (compiled,) = cssselect2.compile_selector_list(selector)
        key = _last_compound(selector)
        if key in highest:
            earlier, specificity = highest[key]
            assert compiled.specificity >= specificity, (selector, "after", earlier)
        if key not in highest or compiled.specificity > highest[key][1]:
            highest[key] = (selector, compiled.specificity)


def test_no_custom_properties_e_readers_ignore():
    """Readers without var() support, and calibre's CSS check, flag custom properties; a
    declared one must at least be used."""
    text = Theme.load().read("ebook.css")
    declared = set(re.findall(r"(--[\w-]+)\s*:", text))
    used = set(re.findall(r"var\(\s*(--[\w-]+)", text))
    assert declared <= used, declared - used


def test_note_list_is_not_introduced_by_a_section_break():
    """Markdown's footnotes start with an <hr>, which the theme draws as "* * *"."""
    html = render_markdown("Text.[^1]\n\n***\n\nMore.\n\n[^1]: A note.").html
    assert html.count("<hr") == 1
    assert html.index("<hr") < html.index("More.")
