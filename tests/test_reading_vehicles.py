"""Cars named by make and model are no places, and only in a car's setting (unit level: the
token rules of routes/reading/_vehicles.py, with a stand-in for the gazetteer)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from routes.reading._lexicon import lexicon
from routes.reading._mentions import runs_of, tokenize
from routes.reading._vehicles import is_vehicle, may_open_vehicle, stands_for_vehicle

#: the stand-in gazetteer: names of several words it knows
_PLACES = {"Dodge City", "Toyota City", "Ford County"}


def _vehicle_runs(sentence: str) -> list[str]:
    tokens = tokenize(sentence)
    lex = lexicon()
    return [" ".join(t.text for t in r.tokens) for r in runs_of(sentence, tokens)
            if is_vehicle(tokens, r.i0, len(r.tokens), lex, _PLACES.__contains__)]


def test_a_model_year_or_a_determiner_makes_a_car() -> None:
    assert _vehicle_runs("Raby was driving a 1995 Honda Accord.") == ["Honda Accord"]
    assert _vehicle_runs("A red Dodge Durango pulled up.") == ["Dodge Durango"]
    assert _vehicle_runs("He owns the vandalised Toyota Hilux.") == ["Toyota Hilux"]
    assert _vehicle_runs("She was driving a Land Rover Defender.") == ["Land Rover Defender"]
    assert _vehicle_runs("Their red 1991 Honda broke down.") == ["Honda"]


def test_a_make_elsewhere_is_left_to_the_reader() -> None:
    assert _vehicle_runs("Lincoln police said a Lincoln man was held.") == []
    assert _vehicle_runs("The Dodge City council met.") == []
    assert _vehicle_runs("Fans filled the Honda Center.") == []
    assert _vehicle_runs("He works at the Toyota Motor Manufacturing Kentucky plant.") == []
    assert _vehicle_runs("Honda sold more cars.") == []  # no setting: the reader decides
    assert _vehicle_runs("Land's End was busy.") == []
    assert may_open_vehicle("land", lexicon()) and not may_open_vehicle("rover", lexicon())


def test_a_car_s_words_stand_for_it_later_but_not_after_in() -> None:
    lex = lexicon()
    cars = {"dodge", "durango"}
    later = tokenize("Shots fired from the Durango struck him.")
    assert stands_for_vehicle(later, 4, 1, lex, cars)
    town = tokenize("The car was found in Durango.")
    assert not stands_for_vehicle(town, 5, 1, lex, cars)
    assert not stands_for_vehicle(later, 4, 1, lex, set())


@given(st.text(alphabet=st.sampled_from("abcdefgh XYZ.,'-1990"), max_size=80))
def test_no_make_no_car(text: str) -> None:
    """Free text without a make's word never holds a car (and never fails)."""
    assert _vehicle_runs(text) == []
