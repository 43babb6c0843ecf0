"""The shared text normalization: folding, words, one lemma rule."""

from __future__ import annotations

from korzina.core.text import Lemmatizer, fold, morph_analyzer, normalize, words


def test_fold_and_normalize() -> None:
    assert fold("Мёд ЁЛКА") == "мед елка"
    assert normalize("Lay's Чипсы") == "lays чипсы"


def test_words_keep_hyphenated_words_and_their_parts() -> None:
    assert words("Масло растительно-сливочное 72,5%") == [
        "масло",
        "растительно-сливочное",
        "растительно",
        "сливочное",
    ]


def test_analyzer_is_built_once_and_shared() -> None:
    assert morph_analyzer() is morph_analyzer()
    assert Lemmatizer().morph is Lemmatizer().morph


def test_lemmas() -> None:
    lem = Lemmatizer()
    assert lem.lemmas("Яйца куриные") == ["яйцо", "куриный"]
    # participles stay participles, in the masculine nominative
    assert lem.lemma("сгущенное") == "сгущенный"
    assert lem.lemma("копченая") == "копченый"
    # an unknown word ending like an adjective is read as one
    assert lem.info("безлактозное").pos == "ADJF"
    assert lem.info("lays").latin and lem.lemma("lays") == "lays"


def test_nominative_nouns_are_marked() -> None:
    lem = Lemmatizer()
    assert lem.info("молоко").noun
    assert not lem.info("пастеризованное").noun
    assert lem.info("молоко").known and lem.info("молоко").case == "nomn"


def test_fold_writes_other_cyrillic_alphabets_letters_as_russian_ones() -> None:
    assert fold("Қатық ҚҰРТ") == "катык курт"
    assert fold("Сік") == "сик"
    assert words("қазы-қарта") == ["казы-карта", "казы", "карта"]
