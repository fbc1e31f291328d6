"""tearsheet: publish articles from Markdown as a web page, a typeset PDF and an EPUB 3."""

__version__ = "0.1.0"
