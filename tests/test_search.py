"""Finding rulings by the names readers know them by (one search for the CLI, the API and the page)."""

from __future__ import annotations

import pytest

from exequatur import KnowledgeBase
from exequatur.facts import search


@pytest.mark.parametrize(("query", "expected"), [
    ("almasri", "icc-njeem-2025"),        # a transliteration written as one word ("Almasri" / "Al-Masri")
    ("al-masri", "icc-njeem-2025"),
    ("Njeem", "icc-njeem-2025"),
    ("Najim", "icc-njeem-2025"),          # another spelling in the press
    ("taliban", "icc-akhundzada-2025"),   # by the office the person holds
    ("путин", "icc-putin-2023"),          # the Cyrillic spelling of a Russian subject
    ("Шойгу", "icc-shoigu-2024"),
    ("netanyahou", "icc-netanyahu-2024"),  # the French spelling
    ("arctic sunrise", "itlos-arctic-sunrise-2013"),  # a case name
    ("lra", "icc-kony-2005"),
    ("darfur bashir", "icc-al-bashir-2009"),
])
def test_found_by_any_recorded_name(kb: KnowledgeBase, query: str, expected: str) -> None:
    assert expected in [hit.ruling.id for hit in search.rulings(kb, query)]


def test_words_match_at_the_start_of_words_only(kb: KnowledgeBase) -> None:
    found = {hit.ruling.id for hit in search.rulings(kb, "lra")}
    assert "icc-hussein-2012" not in found  # "Abdelrahim": no word begins with "lra"


def test_best_match_first_and_every_word_required(kb: KnowledgeBase) -> None:
    assert search.rulings(kb, "almasri")[0].ruling.id == "icc-njeem-2025"  # an exact other name beats "al masri"
    assert search.rulings(kb, "putin shoigu") == []
    assert len(search.rulings(kb, "")) == len(kb.rulings)


def test_fold() -> None:
    assert search.fold("  Al-Masri ") == "al masri"
    assert search.fold("Nétanyahou") == "netanyahou"
