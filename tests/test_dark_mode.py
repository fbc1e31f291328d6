"""The standalone web page follows the reader's light or dark preference: its stylesheet (as
inlined in the page) defines every colour for both schemes, each readable against its own
background (WCAG 2.x AA, 4.5:1), and no rule sets a colour that would not switch."""

from __future__ import annotations

import pytest
import tinycss2
import tinyhtml5
from tinycss2.color3 import RGBA, parse_color

from tearsheet.source import parse_article
from tearsheet.theme import Theme
from tearsheet.web import render_page

from conftest import SEED

# Colours text is set in, each checked against the background of its scheme.
FOREGROUNDS = ("--color-text", "--color-muted", "--color-accent")
AA_NORMAL_TEXT = 4.5


@pytest.fixture(scope="module")
def rules():
    """The rules of the stylesheet inlined in the seed's web page."""
    article, _ = parse_article(SEED)
    page, _ = render_page(article, Theme.load())
    root = tinyhtml5.parse(page.decode("utf-8"), namespace_html_elements=False)
    css = "".join(style.text or "" for style in root.iter("style"))
    assert "--color-background" in css, "no theme stylesheet inlined in the page"
    return tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)


def _declarations(rule) -> list:
    return [
        item
        for item in tinycss2.parse_declaration_list(
            rule.content, skip_comments=True, skip_whitespace=True
        )
        if item.type == "declaration"
    ]


def _selector(rule) -> str:
    return tinycss2.serialize(rule.prelude).strip()


def _root_variables(rules) -> dict[str, list]:
    return {
        declaration.name: declaration.value
        for rule in rules
        if rule.type == "qualified-rule" and _selector(rule) == ":root"
        for declaration in _declarations(rule)
    }


def _dark_rules(rules) -> list:
    found = []
    for rule in rules:
        if rule.type == "at-rule" and rule.lower_at_keyword == "media":
            query = tinycss2.serialize(rule.prelude).replace(" ", "").lower()
            if "prefers-color-scheme:dark" in query:
                found += tinycss2.parse_rule_list(
                    rule.content, skip_comments=True, skip_whitespace=True
                )
    return found


def _colour(tokens) -> RGBA:
    meaningful = [token for token in tokens if token.type not in ("whitespace", "comment")]
    assert len(meaningful) == 1, tinycss2.serialize(tokens)
    colour = parse_color(meaningful[0])
    assert isinstance(colour, RGBA) and colour.alpha == 1, tinycss2.serialize(tokens)
    return colour


def luminance(colour: RGBA) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red)
        + 0.7152 * channel(colour.green)
        + 0.0722 * channel(colour.blue)
    )


def contrast(one: RGBA, other: RGBA) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_examples():
    black, white = parse_color("#000"), parse_color("#fff")
    assert round(contrast(black, white), 2) == 21.0
    assert round(contrast(parse_color("#777"), white), 2) == 4.48  # the classic near miss


def test_dark_scheme_redefines_every_colour(rules):
    light = {name for name in _root_variables(rules) if name.startswith("--color-")}
    assert set(FOREGROUNDS) | {"--color-background"} <= light
    dark_roots = [rule for rule in _dark_rules(rules) if _selector(rule) == ":root"]
    assert dark_roots, "no :root rule under @media (prefers-color-scheme: dark)"
    dark = {d.name for rule in dark_roots for d in _declarations(rule)}
    assert light <= dark, f"not redefined for dark: {sorted(light - dark)}"
    scheme = _root_variables(rules).get("color-scheme")
    assert scheme is not None and tinycss2.serialize(scheme).split() == ["light", "dark"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_colours_reach_aa_contrast_on_their_background(rules, scheme):
    variables = _root_variables(rules)
    if scheme == "dark":
        for rule in _dark_rules(rules):
            if _selector(rule) == ":root":
                variables.update({d.name: d.value for d in _declarations(rule)})
    background = _colour(variables["--color-background"])
    for name in FOREGROUNDS:
        ratio = contrast(_colour(variables[name]), background)
        assert ratio >= AA_NORMAL_TEXT, f"{scheme}: {name} on the background is {ratio:.2f}:1"
    if scheme == "dark":
        assert luminance(background) < 0.05, "the dark background is not dark"
    else:
        assert luminance(background) > 0.8, "the light background is not light"


def _literal_colours(tokens) -> list[str]:
    found = []
    for token in tokens:
        if token.type == "function" and token.lower_name != "var":
            found += _literal_colours(token.arguments)
        colour = parse_color(token)
        if isinstance(colour, RGBA) and colour.alpha > 0:
            found.append(tinycss2.serialize([token]))
    return found


def test_every_colour_outside_the_schemes_is_a_variable(rules):
    """A literal colour in a rule would not switch with the scheme."""
    literal = []
    for rule in [*rules, *_dark_rules(rules)]:
        if rule.type != "qualified-rule" or _selector(rule) == ":root":
            continue
        for declaration in _declarations(rule):
            for value in _literal_colours(declaration.value):
                literal.append(f"{_selector(rule)} {{ {declaration.name}: {value} }}")
    assert not literal, literal
    uses = [
        d.name
        for rule in rules
        if rule.type == "qualified-rule" and _selector(rule) == "html"
        for d in _declarations(rule)
    ]
    assert {"background", "color"} <= set(uses)
