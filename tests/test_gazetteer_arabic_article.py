"""GeoNames writes Arab towns with the article the English press drops ("Al Qāmishlī" is
"Qamishli" in the news): the index also holds each such name without it, ranked below the
names GeoNames lists."""

from __future__ import annotations

from typing import Any

from routes.gazetteer._build import without_article
from routes.reading import find_places, read_text


def test_the_article_is_dropped_in_its_written_forms() -> None:
    assert without_article(["Al Qāmishlī", "Ar Raqqah", "Ash-Shāriqah", "El Eulma",
                            "al-Hasakah", "Az Zarqa"]) == [
        "Qāmishlī", "Raqqah", "Shāriqah", "Eulma", "Hasakah", "Zarqa"]


def test_a_short_remainder_and_other_names_are_left_alone() -> None:
    # "Al Ain" is not "Ain"; names without the article add nothing
    assert without_article(["Al Ain", "Alexandria", "Asyut", "Elgin", "Anbar"]) == []


def test_a_town_the_press_writes_without_its_article(shared_gazetteer: Any) -> None:
    found = find_places([read_text("date 2018-01-24\nShelling\n\nA Kurdish spokesman says "
                                   "Turkey fired on Qamishli on Tuesday.\n", "q.txt")],
                        shared_gazetteer)
    qamishli = next(pm.place for pm in found if "Qamishli" in pm.mentions)
    assert qamishli.country == "SY" and abs(qamishli.lat - 37.05) < 0.1


def test_the_articles_spellings_share_one_key() -> None:
    from routes.gazetteer import name_key

    # "el" and the article assimilated to the consonant after it are "al" in the index key
    assert name_key("Deir al-Balah") == name_key("Deir el-Balah") == "deiralbalah"
    assert name_key("ar-Ramadi") == name_key("al-Ramadi")
    assert name_key("ash-Shati") == name_key("al-Shati")
    assert name_key("Dar es Salaam") == name_key("Dar al Salaam")
    # an "en" or "es" before another consonant is a word of its own
    assert name_key("Aix-en-Provence") == "aixenprovence"
    assert name_key("Les Escaldes") == "lesescaldes"


def test_a_town_written_with_another_spelling_of_the_article(shared_gazetteer: Any) -> None:
    # GeoNames lists "Deir el-Balah" for Dayr al Balah; the press also writes "al-"
    found = find_places([read_text("A convoy of ambulances travelled from Deir al-Balah to "
                                   "Khan Younis on Wednesday.\n", "g.txt")], shared_gazetteer)
    deir = next(pm.place for pm in found if "Deir al-Balah" in pm.mentions)
    assert deir.country == "PS" and abs(deir.lat - 31.42) < 0.05
