"""Parser names and matcher lemmas come from one rule: they agree on every product."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from korzina.core.matching.index import OfferIndex
from korzina.core.text import fold, morph_analyzer
from korzina.parser import Vocabulary, parse_text

_LETTERS = re.compile(r"[а-яa-z ]+")


def _product_names() -> list[tuple[str, str]]:
    """(canonical, name) for every canonical name and alias of products.txt."""
    text = resources.files("korzina.parser").joinpath("data", "products.txt").read_text("utf-8")
    out: list[tuple[str, str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        body = line.partition(";")[0]
        canonical, _, aliases = body.partition("=")
        names = [canonical.strip()] + [a.strip() for a in aliases.split(",") if a.strip()]
        out.extend((canonical.strip(), n) for n in names)
    return out


NAMES = _product_names()


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary()


@pytest.fixture(scope="module")
def index() -> OfferIndex:
    return OfferIndex()


def test_products_file_is_read() -> None:
    assert len({c for c, _ in NAMES}) > 250


def test_one_analyzer_per_process(vocab: Vocabulary, index: OfferIndex) -> None:
    assert vocab.lemmatizer.morph is index.lemmatizer.morph is morph_analyzer()


def test_parser_and_matcher_lemmas_agree_on_every_product_name(
    vocab: Vocabulary, index: OfferIndex
) -> None:
    disagree = []
    for _, name in NAMES:
        folded = fold(name)
        assert _LETTERS.fullmatch(folded), name  # the file holds words only
        parser = [vocab.lemma(w) for w in folded.split()]
        matcher = index.lemmatizer.lemmas(name)
        if parser != matcher:
            disagree.append((name, parser, matcher))
    assert disagree == []


def test_parsed_name_has_the_matcher_lemmas_of_its_product(
    vocab: Vocabulary, index: OfferIndex
) -> None:
    """Parsing a product name gives its product, and the matcher's lemmas of the parsed
    name key that same product in the parser's vocabulary."""
    disagree = []
    for canonical in sorted({c for c, _ in NAMES}):
        # a canonical name that is also an earlier product's alias means that product
        # («сухарики» is an alias of «сухари»): the first line wins, as in the parser
        wanted = vocab.product(tuple(vocab.lemma(w) for w in fold(canonical).split()))
        assert wanted is not None, canonical
        names = [i.name for i in parse_text(canonical, vocabulary=vocab).items]
        product = vocab.product(tuple(index.lemmatizer.lemmas(" ".join(names))))
        if names != [wanted.name] or product != wanted:
            disagree.append((canonical, names, product))
    assert disagree == []


def test_participles_are_kept_as_participles(vocab: Vocabulary, index: OfferIndex) -> None:
    # the one rule: «сгущенное» is the qualifier «сгущенный», not the verb «сгустить»
    assert vocab.lemma("сгущенное") == index.lemmatizer.lemma("сгущенное") == "сгущенный"
