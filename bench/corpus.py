"""A deterministic synthetic corpus for the benchmark: seeded articles of 300 to 5,000 words.

The same seed always writes the same files, byte for byte, so two runs (or two machines)
measure the same work. Each article mixes what real news copy holds and what costs layout
time: headings, block quotes, footnotes, lists, tables, links, images and varied metadata.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

WORDS = """the of and to in a is that for it as was with be by on not he this are or his
from at which but have an they you were her she there been one all we their has would when
what if more no out so said up its about into than them can only other new some could time
these two may then do first any my now such like our over man me even most made after also
did many before must through back years where much your way well down should because each
just those people how too little state good very make world still own see men work long get
here between both life being under never day same another know while last might us great
old year off come since against go came right used take three council budget minister
harbour election ferry inquiry tribunal reporter archive newsroom correspondent parliament
river bridge hospital teachers union strike weather storm coast village mayor court verdict
witness evidence spokesperson statement policy reform housing tenants rents market prices
inflation drought harvest farmers rail station commuters delays schedule contract tender
audit report committee hearing testimony senator governor district ministry agency""".split()

PLACES = ["LONDON", "NAIROBI", "LIMA", "OSLO", "HOBART", "MONTRÉAL", "DHAKA", "TRIESTE"]
SOURCES = ["The Harbour Gazette", "Coastal Wire", "Valley Courier", None, None]
NAMES = ["Ada Obi", "Lucía Ferrer", "Tomasz Nowak", "Mei Chen", "Jon Harris", "Priya Rao"]
TAGS = ["politics", "climate", "transport", "courts", "housing", "economy", "health"]


def _sentence(rng: random.Random, low: int = 6, high: int = 24) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])


def _paragraph(rng: random.Random, words: int) -> str:
    sentences: list[str] = []
    count = 0
    while count < words:
        sentence = _sentence(rng)
        if rng.random() < 0.1:
            target = rng.choice(WORDS)
            sentence = sentence.replace(
                f" {target} ", f" [{target}](https://example.org/{target}) ", 1
            )
        if rng.random() < 0.08:
            words_in = sentence.split(" ")
            place = rng.randrange(1, len(words_in)) if len(words_in) > 2 else 0
            if place and words_in[place].isalpha():
                words_in[place] = f"*{words_in[place]}*"
            sentence = " ".join(words_in)
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences)


def _table(rng: random.Random) -> str:
    columns = rng.randint(2, 5)
    header = "| " + " | ".join(rng.choice(WORDS).title() for _ in range(columns)) + " |"
    rule = "|" + "---|" * columns
    rows = [
        "| "
        + " | ".join(
            f"{rng.randint(1, 9999):,}" if rng.random() < 0.5 else rng.choice(WORDS)
            for _ in range(columns)
        )
        + " |"
        for _ in range(rng.randint(2, 8))
    ]
    return "\n".join([header, rule, *rows])


def _list(rng: random.Random) -> str:
    ordered = rng.random() < 0.4
    return "\n".join(
        f"{index + 1}. {_sentence(rng, 3, 12)}" if ordered else f"- {_sentence(rng, 3, 12)}"
        for index in range(rng.randint(2, 7))
    )


def write_image(path: Path, seed: int) -> None:
    """A small deterministic PNG: bands of colour, like a chart or a photo crop."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", (rng.randint(320, 900), rng.randint(200, 600)), "white")
    draw = ImageDraw.Draw(image)
    for band in range(rng.randint(3, 9)):
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        top = band * image.height // 9
        draw.rectangle([0, top, rng.randint(40, image.width), top + image.height // 10], colour)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, optimize=False, compress_level=6)


def article_text(rng: random.Random, index: int, words: int, images: list[str]) -> str:
    """One article: front matter with varied metadata, then a body of about ``words`` words."""
    date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))
    front = [f"title: {_sentence(rng, 4, 11).rstrip('.?!').title()}", f"date: {date}"]
    if rng.random() < 0.7:
        front.append(f"dek: {_sentence(rng, 8, 20)}")
    if rng.random() < 0.8:
        front.append("byline: [" + ", ".join(rng.sample(NAMES, rng.randint(1, 2))) + "]")
    if rng.random() < 0.5:
        front.append(f"dateline: {rng.choice(PLACES)}")
    source = rng.choice(SOURCES)
    if source:
        front.append(f"source: {source}")
        front.append(f"source_url: https://example.org/{date.year}/story-{index}")
    if rng.random() < 0.3:
        front.append(f"kicker: {rng.choice(TAGS).title()}")
    if rng.random() < 0.6:
        front.append("tags: [" + ", ".join(rng.sample(TAGS, rng.randint(1, 3))) + "]")
    blocks: list[str] = []
    notes: list[str] = []
    written = 0
    while written < words:
        roll = rng.random()
        if roll < 0.08:
            blocks.append(f"{'#' * rng.choice([2, 2, 3])} {_sentence(rng, 2, 7).rstrip('.?!')}")
        elif roll < 0.14:
            blocks.append("> " + _paragraph(rng, rng.randint(20, 60)))
        elif roll < 0.19:
            blocks.append(_list(rng))
        elif roll < 0.22:
            blocks.append(_table(rng))
        elif roll < 0.25 and images:
            name = rng.choice(images)
            blocks.append(f"![{_sentence(rng, 3, 8)}]({name})")
        else:
            paragraph = _paragraph(rng, rng.randint(30, 140))
            if rng.random() < 0.12:
                notes.append(f"[^{len(notes) + 1}]: {_sentence(rng)}")
                paragraph += f"[^{len(notes)}]"
            blocks.append(paragraph)
        written += len(blocks[-1].split())
    return "---\n" + "\n".join(front) + "\n---\n\n" + "\n\n".join(blocks + notes) + "\n"


def generate(folder: Path, count: int, seed: int = 12) -> list[Path]:
    """Write ``count`` articles (and the images they use) into ``folder``; return the paths."""
    rng = random.Random(seed)
    images = [f"images/figure-{number}.png" for number in range(6)]
    for number, name in enumerate(images):
        if not (folder / name).exists():
            write_image(folder / name, seed * 100 + number)
    paths = []
    for index in range(count):
        # Word counts lean short, as news does, with a long tail to 5,000.
        words = min(5000, max(300, int(rng.lognormvariate(7.0, 0.6))))
        text = article_text(rng, index, words, images if rng.random() < 0.4 else [])
        path = folder / f"article-{index:04d}.md"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    paths = generate(args.folder, args.articles, args.seed)
    words = sum(len(path.read_text(encoding="utf-8").split()) for path in paths)
    print(f"wrote {len(paths)} articles, {words:,} words, into {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
