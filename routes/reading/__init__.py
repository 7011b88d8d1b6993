"""Reading stories: article text in, places, stops, legs, figures and events out.

Public API::

    read_article(path) -> Article          # a file, any common encoding, boilerplate removed
    read_text(text, source) -> Article     # the same for a string
    read_story(articles, gazetteer) -> Journey
    find_places(articles, gazetteer) -> list[PlaceMention]   # names only, no journey
    split_sentences(text) -> list[Sentence]
    find_figures(sentence) -> list[Figure] # distances, durations, speeds in canonical units
    parse_number(words) -> float | None    # "twelve", "two and a half", "1,200"
"""

from routes.reading._figures import Figure, find_figures, parse_number
from routes.reading._sentences import Sentence, split_sentences
from routes.reading._story import find_places, read_story
from routes.reading._text import MAX_ARTICLE_BYTES, Article, decode_bytes, read_article, read_text

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Article",
    "Figure",
    "Sentence",
    "decode_bytes",
    "find_figures",
    "find_places",
    "parse_number",
    "read_article",
    "read_story",
    "read_text",
    "split_sentences",
]
