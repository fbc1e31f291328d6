"""Texts the copied-text import tests share: a story's three paragraphs, a site's menu."""

PROSE = [
    "The harbour board approved the new ferry terminal on Tuesday after two years of "
    "planning, and construction is due to begin in the autumn, officials said.",
    "The terminal will have room for three ships at once and a covered waiting hall for "
    "about four hundred passengers, according to the plans published by the board.",
    "Residents of the old quarter had asked for the traffic to be kept away from their "
    "streets, and the board agreed to build a new access road along the railway line.",
]
MENU = ["Skip to content", "News", "Sport", "Business", "Culture", "Subscribe", "Log in"]
