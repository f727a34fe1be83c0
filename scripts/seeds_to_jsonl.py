#!/usr/bin/env python3
"""Builds seeds/articles.jsonl from the original seed text (seeds/sputnik-2016-10-10.txt).

The seed text holds two Sputnik stories published on 2016-10-10, one after the other; each
starts with its title line. The body is everything after the title, verbatim (photo captions
and the "Sputnik-Middle East" dateline included, as a scraper would deliver them).
"""
import json
import pathlib

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"
STORIES = [
    # (article id, first words of the title)
    ("sputnik-2016-10-10-daesh-mosul-syria", "Washington and Riyadh"),
    ("sputnik-2016-10-10-havice-kirkuk", "Iraqi Army Moves to Capture Kirkuk Town"),
]


def main() -> None:
    text = (SEEDS / "sputnik-2016-10-10.txt").read_text(encoding="utf-8")
    starts = [text.index(title) for _, title in STORIES] + [len(text)]
    with (SEEDS / "articles.jsonl").open("w", encoding="utf-8") as out:
        for (article_id, _), start, end in zip(STORIES, starts, starts[1:]):
            title, _, body = text[start:end].strip().partition("\n")
            article = {
                "id": article_id,
                "published_at": "2016-10-10T12:00:00Z",
                "title": title.strip(),
                "body": body.strip(),
                "source": "Sputnik",
                "language": "en",
            }
            out.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
