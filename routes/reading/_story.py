"""Read several articles about one journey into a Journey: places, stops, legs, claims, events.

The reading runs in four passes over all articles together (so that one outlet's date fixes
another's "Wednesday", and three outlets' figures land on one leg):

1. people: names the cues mark as persons are learnt across the story ("Kim", "Xi", "Trump");
2. mentions: every place name and landmark description, resolved with the gazetteer, with the
   sentences that mention it;
3. observations: mentions that are the goal or source of a verb of motion in a sentence about
   the traveller ("left Beijing on Wednesday"), each with the time its clause states;
4. itinerary: observations are put on a timeline (stated times first; then the narrative:
   "then", "the next morning", "before his departure"), grouped into city visits with their
   landmarks, and joined by legs; figures are linked to a leg (travel words), an event
   (meeting, dinner, tour, stay) or dropped.

Goals without a stated time ("the 13-hour trip to Dandong") are placed at the origin's
departure plus the distance at 60 km/h, so places reached on the way come before the end of
the line. A round trip by rail is taken to pass, on the way out, the places its return passes
(same line): this is recorded in ``Journey.notes``.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Literal

from routes.errors import RoutesError
from routes.models import Claim, Event, Journey, Leg, Mode, Place, PlaceMention, Quote, Stop
from routes.reading._affiliations import party_homes
from routes.reading._clock import (
    BACK_TO,
    COMPLETED_A,
    PLAN_WORDS,
    STOPPING_IN,
    THEN_STEP,
    clause_spans,
    clause_time,
    clock_at,
    clock_span,
    clock_verbs,
    clock_words,
    day_of_the_end,
    days_before_a_then,
    days_counted_back,
    days_passed_over,
    forget_clock,
    insert_or_join,
    leaving_is_planned,
    own_clock,
    role_of_its_building,
    start_where_it_returns,
    through_to_goal,
    times_of_a_later_place,
    told_as_a_visit,
    told_order,
    weekdays_in_order,
)
from routes.reading._dates import WEEKDAYS, TimeInfo, sentence_time, tells_ahead
from routes.reading._distance import km_between
from routes.reading._english import (
    acronym_town,
    common_word_town,
    english_words,
    is_english_word,
)
from routes.reading._facilities import (
    NEAR_CITY_KM,
    STREET_HEADS,
    dominant_city,
    facility_at,
    facility_run,
    hint_agrees,
)
from routes.reading._figures import Figure, find_figures
from routes.reading._lexicon import lexicon
from routes.reading._lists import (
    ADDRESS_GAP,
    LIST_GAP,
    OF_NAME,
    states_by_compass,
    states_in_lists,
    towns_by_country,
    towns_in_lists,
    towns_of_landmarks,
)
from routes.reading._mentions import (
    DIRECTIONS,
    TRAVEL_VERBS,
    LabelsMemo,
    LowerWords,
    People,
    RawMention,
    RunsMemo,
    Token,
    county_list_word,
    county_written,
    find_descriptions,
    learn_people,
    names_a_state,
    regnal_number,
    scan_names,
    state_institution_after,
    tokenize,
)
from routes.reading._motion import (
    FROM_END,
    STOPOVER,
    TRAVEL_PARTY,
    about_traveller,
    motion_role,
    pronouns_of_others,
)
from routes.reading._observations import Obs, Visit
from routes.reading._people_names import given_names, place_prefixes, surnames
from routes.reading._plausible import (
    before_local_noun,
    diseases_and_storms,
    east_asian_name_abroad,
    far_flung,
    feature_named_after,
    given_name_of_another_town,
    landmark_core,
    lone_given_name,
    plausible,
    state_abbreviation,
    written_as_no_place,
)
from routes.reading._protocol import GazetteerLike, normaliser
from routes.reading._qualified import abbreviated_modifiers, abbreviations
from routes.reading._resolver import (
    AREA_KINDS,
    CITY_KINDS,
    DERIVED_KINDS,
    WEAK_MIN_POPULATION,
    PlaceResolver,
    is_county,
)
from routes.reading._sentence_records import Mention, Sentence
from routes.reading._sentences import split_sentences
from routes.reading._text import Article
from routes.reading._written import use_written_names
from routes.units import to_km

#: speed used to order goals that have no stated time (km/h): slow enough for any train
ORDER_SPEED_KMH = 60.0
#: how much earlier than its goal's estimated time an arrival told there may be and still be
#: that goal's arrival (the estimate assumes a slow train)
ORDER_SLACK = timedelta(hours=24)
#: the same for a goal its sentence flies to ("took a two-hour flight to Moscow"): an
#: airliner's slow average, so a flight is not ordered days after the stops it precedes
FLIGHT_ORDER_SPEED_KMH = 500.0

#: (these three are matched against the lower-cased sentence: faster than IGNORECASE)
_BEFORE_DEPARTURE = re.compile(r"\bbefore\s+(?:his|her|their|the)\s+(?:departure|leaving)\b|"
                               r"\bbefore\s+leaving\b")
_CITY_DEPARTURE = re.compile(r"\b(?:train|ride|border|departed|departure|home|seen\s+off)\b")
#: sentences that tell what the traveller did (they move the story's clock)
_ACTIVITY = re.compile(
    r"\b(?:left|leaves|leaving|departed|departs|arrived|arrives|arriving|visited|visiting|"
    r"toured|met|meets|spoke|talks|held|dined|dinner|banquet|lunch|returned|reached|went|"
    r"travell?ed|en\s+route|seen\s+off|hosted|stayed|spent|boarded|landed|docked|berthed|"
    r"pulled\s+into|rolled\s+into|touched\s+down|flew|drove|sailed|crossed|set\s+(?:off|out))\b")
#: the verb of a subject that travels, right after it (see _ROLE_SUBJECT)
_SUBJECTS_VERB = (
    r"(?:has\s+|had\s+|was\s+|were\s+)?(?:been\s+)?(?:flew|flown|left|set\s+off|set\s+out|"
    r"travell?ed|drove|driven|walked|sailed|arrived|boarded|departed|rode|cycled|headed|"
    r"returned|crossed|pulled|moved|transferred|taken|brought|evacuated|landed|reached|ran|"
    r"airlifted|ferried|carried|rushed|repatriated|deported|took\s+off|lifted\s+off|"
    r"pulled\s+out|rolled|docked|berthed|moored|anchored|diverted|rerouted|"
    r"drifted|steamed|jetted|bused|bussed|shuttled|swam|rowed|paddled|hiked|trekked|marched|"
    r"biked|pedall?ed|kayaked|canoed|skied|mushed|hitchhiked|"
    # "The Glacier Express took eight hours to travel from St. Moritz to Zermatt"
    r"took\s+(?:[\w-]+\s+){1,4}?to\s+(?:travel|get|reach|cover|cross|make|go|sail|fly|drive)|"
    # "The transport minister took the TGV from Paris to Marseille"
    r"(?:took|caught)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){1,3}?(?:from|to)"
    r"(?=\s+(?-i:[A-Z]))|"
    # "A retired teacher finished a charity bike ride, pedalling from Land's End ..."
    r"(?:finished|completed|began|started)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w,.-]+\s+)"
    r"{0,3}?(?:ride|trip|journey|walk|swim|crossing|trek|march|voyage|row|hike|flight|drive|"
    r"run|pilgrimage|expedition|paddle))\b")
#: a sentence that opens on a traveller named by role: "The King flew", "The 74-year-old
#: activist set off", "The prime minister boarded"
_ROLE_SUBJECT = re.compile(
    r"[\"“‘']?(?P<subject>(?:The|A|An|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s|"
    # "Two sisters kayaked from Holyhead to Dublin": a party counted
    r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Several|[1-9]\d?)\s+"
    r"(?:[A-Za-z0-9'’-]+\s+|[A-Z][A-Za-z]?\.(?:[A-Z]\.)+\s+){0,3}?(?!(?:who|that|which)\b)"
    r"(?P<role>[A-Za-z][A-Za-z0-9-]{2,})"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)?"
    # "The voyaging canoe Hokule'a sailed", "The research vessel Polarstern left": its name
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z0-9])[\w'’.-]*)?(?=\s+[a-z]))?)"
    # "The Nightjet from Vienna to Paris left": the route told inside the subject
    r"(?:\s+(?:from|to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*){0,2}"
    # "A U.S. Air Force C-17 carrying 640 Afghans took off", "The Rossiya, Russia's flagship
    # train, left": what it carried, or what it is, between the subject and its verb
    r"(?:\s+(?:carrying|with|bearing|transporting)\s+(?:[^,.;:]|(?<=\d)[,.](?=\d)){1,40}?|"
    r",\s+[^,.;:]{3,50},)?"
    r"(?:\s+(?:who|that))?\s+"  # "The marchers who set out from Selma"
    + _SUBJECTS_VERB)
#: a party named by a plural noun alone, opening the sentence: "Firefighters drove 500
#: kilometers south from Santiago", "Rescuers flew"
_BARE_PLURAL_SUBJECT = re.compile(
    r"(?P<subject>(?P<role>[A-Z][a-z]{3,}(?:s|men|women|people)))\s+" + _SUBJECTS_VERB)
#: a party counted loosely, opening the sentence: "Thousands of boxing fans drove the 300
#: miles from Los Angeles", "Hundreds of migrants set off from Tapachula"
_COUNTED_PARTY_SUBJECT = re.compile(
    r"[\"“‘']?(?P<subject>(?:(?:Many|Tens|Hundreds)\s+of\s+)?(?:Thousands|Hundreds|Dozens|"
    r"Scores|Millions)\s+of\s+(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?P<role>[a-z]{3,}(?:s|men|women|people)))\s+" + _SUBJECTS_VERB)
#: a party that travels, named by a plural noun alone (besides TRAVEL_PARTY)
_PARTIES = TRAVEL_PARTY | frozenset({
    "firefighters", "rescuers", "paramedics", "medics", "doctors", "nurses", "soldiers",
    "volunteers", "fans", "supporters", "students", "pupils", "farmers", "workers", "engineers",
    "divers", "tourists", "pilgrims", "mourners", "delegates", "monks", "nuns", "scouts",
    "veterans", "survivors", "evacuees", "crews", "teams", "peacekeepers", "inspectors",
    "firemen", "policemen", "fishermen", "sportsmen", "sportswomen", "businesspeople",
    "migrants", "refugees", "protesters", "marchers", "cyclists", "runners", "hikers",
    "climbers"})
#: words that open a sentence like a role but name no one in particular
_NOT_ROLES = frozenset({"rest", "first", "last", "others", "other", "latter", "former", "next",
                        "remainder", "same", "following", "second", "third", "majority",
                        "minority", "one", "two", "three", "few", "many", "most", "day", "week",
                        "year", "month", "time", "trip", "journey", "flight", "news", "report",
                        "had", "has", "have", "was", "were", "is", "are", "been", "never",
                        "also", "then", "later", "finally", "once"})
#: a sentence opening with a pronoun goes on about the subject of the one before ("It arrived")
_PRONOUN_START = re.compile(
    r"[\"“‘']?(?:(?:on\s+the\s+way|en\s+route|later|then|next|from\s+there|"
    r"(?:(?:about|some|nearly|almost|roughly|around|just)\s+)?(?:a\s+few\s+|[\w.-]+\s+)"
    r"(?:minutes?|hours?|days?)\s+later|"
    r"(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening)|"
    r"(?:(?:early|late)\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    # ("After a day at sea, it called at Juneau")
    r"after\s+(?:a|an|the|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:days?|nights?|hours?)"
    r"(?:\s+(?:at\s+sea|on\s+the\s+road|in\s+the\s+air))?),?\s+)?"
    r"(?:it|they|she|the\s+train|the\s+convoy)\b", re.IGNORECASE)
# ("On the way it called at Omsk", "About 24 hours later, it arrived in Beijing": the
# traveller of the sentence before)
#: a clause sending someone else somewhere: ", while Argentina's Javier Milei arrived"
_OTHER_TRAVELLER = re.compile(
    r",\s+(?:while|whereas|and)\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w.'’-]*)\s+"
    r"(?:[a-z]+\s+)?(?:arrived|flew|came|landed|travell?ed|drove|left|reached|returned)\b")
#: a clause that sends someone unnamed of the trip elsewhere: ", and a German cyclist who had
#: shared Pelletier's table got off to ride ... to Banff"
#: someone travelling beside the traveller, not with them: "a fellow passenger", "a cyclist"
_FELLOW_TRAVELLER = (r"(?:fellow\s+)?(?:passenger|backpacker|tourist|travell?er|pilgrim|cyclist|"
                     r"hiker|rider|stranger)")
_OTHER_PARTY_AFTER = re.compile(
    r",\s+(?:while|whereas|and)\s+(?:a|an|one|two|three|several|some|many)\s+(?:[\w-]+\s+){0,2}?"
    + _FELLOW_TRAVELLER + r"s?\b"
    # (or another part of the train: "The train splits at Edinburgh, with carriages going on
    # to Aberdeen and Fort William")
    r"|,?\s+with\s+(?:some\s+|other\s+|the\s+other\s+)?(?:carriages|coaches|cars|portions|"
    r"sections)\s+(?:going|continuing|running|heading|travell?ing)\b")
#: a sentence that opens on the story's trip and where it began, and names no other place:
#: "The trip from Pyongyang took about 20 hours" (not "The drive from Krakow to Brno took")
_THE_TRIP_FROM = re.compile(r"\s*The\s+(?:[\w-]+\s+){0,2}?(?:trip|journey|ride|voyage|drive|"
                            r"flight|crossing)\s+from\s+[A-Z]"
                            r"(?!.*\b(?:to|and)\s+(?:the\s+)?[A-Z])")
#: a sentence opening on a trip, told right after the traveller's: "The 850-km (530-mile)
#: drive to Port Sudan took about 35 hours" is the traveller's drive
_THE_TRIP_TOLD = re.compile(r"\s*The\s+(?:[\w,.()-]+\s+){0,4}?(?:trip|journey|ride|voyage|drive|"
                            r"flight|crossing)\s+to\s+(?:the\s+)?[A-Z]"
                            # (to a goal: "The 330-kilometre drive from Krakow to Brno took" is
                            # a leg told again, whose figures are read all the same)
                            # (as made: not "The 6.5 hour trip from Amsterdam to Berlin includes
                            # stops in Hilversum", a timetable)
                            r"(?=[^.;]*\b(?:took|lasted|ended|covered|had\s+taken)\b)")
#: the verbs of a trip someone else makes, told where a sentence opens on them (see
#: _KIN_OPENS and _OTHERS_OPEN)
_TRIP_VERBS = (r"flew|drove|cycled|walked|rode|sailed|left|arrived|travell?ed|set\s+off|took|"
               r"went|returned")
#: whose relative or colleague opens a sentence: "her", "The Kowalskis'", "Ahmad's" (and one
#: word before the noun: "her older brother")
_WHOSE = (r"(?:his|her|their|"
          # ("The Kowalskis' daughter, Karen, flew from Denver", "Ahmad's neighbour in Karachi,
          # Gul Khan, left a few days earlier")
          r"(?:the\s+)?(?-i:[A-Z])[\w-]*(?:s['’]|['’]s))\s+(?:[a-z-]+\s+)?")
#: a relative of the traveller opening a sentence with a trip of their own: "A week later
#: her brother cycled from Madrid to Lisbon", "His wife flew home separately"
_KIN_OPENS = re.compile(
    r"[\"“‘']?(?:(?:(?:a|an|one|two|three|four|five|six|seven|[\d]+)\s+(?:days?|weeks?|months?|"
    r"years?)\s+later|later|then|meanwhile|"
    # ("In León her son, Declan, who had flown from Dublin to Madrid")
    r"(?:in|at)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?),?\s+)?" + _WHOSE +
    r"(?:brother|sister|wife|husband|son|daughter|father|mother|friend|partner|cousin|uncle|"
    r"aunt|nephew|niece|grandson|granddaughter|children|parents|neighbou?r|colleague|"
    # ("Her deputy, meanwhile, travelled separately to Misrata")
    r"deputy|deputies|aide|assistant|spokes(?:man|woman|person))s?"
    r"(?:\s+(?:in|from)\s+(?-i:[A-Z])[\w'’.-]*)?\s*"
    # ("Her brother, Tom, flew from London to Osh"; "His mother, who travelled from Haiphong")
    r"(?:,\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?,\s+|,\s*who\s+|"
    r",\s*(?:meanwhile|too|also|in\s+turn),\s+)?(?:\w+\s+){0,2}?"
    r"(?:" + _TRIP_VERBS + r"|flown|driven|ridden|ran|hiked)\b", re.IGNORECASE)
#: a sentence opening on a role and the name of who holds it, then a trip: "This year's
#: winner, Dallas Seavey, reached Nome"
_APPOSED_SUBJECT = re.compile(
    r"(?:[\w'’]+\s+){0,4}?[a-z]+,\s+(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}),"
    r"\s+(?:\w+\s+){0,2}?(?:" + _TRIP_VERBS + r"|reached|finished|crossed|landed)\b",
    re.IGNORECASE)
#: one person told by pronoun, and a party of several ("They crossed the mountains", after
#: the traveller's son joined her: both of them)
_ONE_OTHER = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_TOGETHER = re.compile(r"\b(?:they|we|both|together|the\s+(?:couple|family|pair|two))\b",
                       re.IGNORECASE)
#: a plan opening the rest of its sentence: "plan to", "plans to"
_PLAN_OPENS = re.compile(r"\b(?:plans?|planning)\s+to\b", re.IGNORECASE)
#: a trip told as done after a plan word: the plan's clause has ended
_DONE_SINCE = re.compile(r"\b(?:arrived|reached|landed|left|departed|flew|drove|sailed|returned|"
                         r"crossed|visited|travell?ed|boarded|pulled|docked|went|came|got|"
                         r"had|was|were|but)\b|;", re.IGNORECASE)
#: how far a place told as near a town may lie from it
NEAR_TOWN_KM = 300.0
#: the words between a place and the town it is told to be near: " pass near ", " near "
_NEAR_GAP = re.compile(r",?\s+(?:(?:(?:pass|tunnel|bridge|crossing|border\s+crossing|dam|lake|"
                       r"airport|air\s+base|station|port|camp|junction|valley|peak|mountain|bay|"
                       r"beach|island|mine|park|reserve)\s+)?(?:near|outside)|"
                       # ("had left Shalimar station in Kolkata": a station of the town)
                       r"(?:railway\s+|train\s+|bus\s+)?(?:station|terminal|airport)\s+in)"
                       r"\s+(?:the\s+(?:city|town|village)\s+of\s+)?")
#: the words of :data:`_NEAR_GAP`, for a quick test that a sentence may hold one
_NEAR_WORDS = ("near", "outside", "station in", "terminal in", "airport in")
#: a relative or colleague opening a sentence that parts from the traveller: "Harada's
#: colleague, who had been at the same trade fair, took a different decision"
_KIN_APART = re.compile(
    r"[\"“‘']?" + _WHOSE +
    r"(?:brother|sister|wife|husband|son|daughter|father|mother|friend|partner|cousin|"
    r"colleague|deputy|aide|assistant)s?\b[^.;]*\b(?:instead|different|differently|"
    r"separately|alone|on\s+(?:his|her|their)\s+own)\b", re.IGNORECASE)
#: another party opening a sentence with a trip of its own: "A group of Egyptian and Turkish
#: students travelled by bus north from Khartoum", "Other passengers flew home"
_OTHERS_OPEN = re.compile(
    r"[\"“‘']?(?:(?:(?:a|another)\s+(?:small\s+|large\s+|second\s+)?group\s+of|other|"
    # ("Several passengers from their carriage instead flew on a side trip to Uluru")
    r"(?:several|some|many|a\s+few|most)(?:\s+(?:other|fellow))?(?=\s+(?:[\w-]+\s+)?"
    r"(?:passengers|travell?ers|tourists|pilgrims|riders|drivers|teams|crew|migrants)\b))\s+"
    r"(?:[\w-]+\s+){0,4}?[a-z]+s\s+(?:\w+\s+){0,5}?|"
    # ("At Santarem a Dutch backpacker who had shared Ferreira's corner of the deck got off to
    # catch a bus to Alter do Chao")
    r"(?:(?:at|in)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?,?\s+)?(?:a|an|one)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _FELLOW_TRAVELLER + r"\s+(?:who\s+[^,.;]{1,80}?\s+)?)"
    r"(?:" + _TRIP_VERBS + r"|crossed|boarded|got\s+off|got\s+on|disembarked)\b",
    re.IGNORECASE)
#: a sentence opening on the trip's next stop: "The next stop, on Tuesday, was Alice Springs"
_NEXT_STOP_OPENS = re.compile(r"[\"“‘']?(?:the|its|their|his|her)\s+(?:next|first|second|"
                              r"third|last|final)\s+stop\b", re.IGNORECASE)
#: a sentence opening on the traveller's next trip, still to come: "His next goal, he added,
#: is a run from Hanoi to Vientiane"
_NEXT_TRIP_OPENS = re.compile(r"[\"“‘']?(?:his|her|their|its)\s+next\s+(?:big\s+)?(?:goal|trip|"
                              r"journey|challenge|project|adventure|plan|run|ride|voyage|"
                              r"expedition|tour|visit)\b", re.IGNORECASE)


def _others_open(text: str, traveller: set[str]) -> bool:
    """Whether the sentence opens on another party's trip (:data:`_OTHERS_OPEN`), not on the
    traveller told by role ("A group of provincial governors left Morogoro by motorcade")."""
    m = _OTHERS_OPEN.match(text)
    # (the traveller named in a relative clause is no party of the trip: "a Dutch backpacker
    # who had shared Ferreira's corner of the deck got off")
    subject = re.split(r"\bwho\b", m[0].lower(), maxsplit=1)[0] if m is not None else ""
    return m is not None and not any(w in traveller for w in re.findall(r"[a-z]+", subject))


#: a figure told as how far the traveller had come since leaving: "about 2,400 miles (3,860
#: km) after leaving Chicago"
_SINCE_LEAVING = re.compile(r"(?:\s*\([^)]*\))?(?:\s+and\s+[^;()]{1,40}?(?:\s*\([^)]*\))?)?"
                            r"\s+(?:after|since)\s+(?:leaving|setting\s+off\s+from|"
                            r"departing(?:\s+from)?)\b", re.IGNORECASE)
#: a figure's ends told right after it, in words or names: "1,600 km from the border"
_ENDS_TOLD_AFTER = re.compile(r"(?:\s*\([^)]*\))?\s+(?:from|to|between|across|along)\b")
#: a length the traveller covered, told with no place: "covered about 1,700 km"
_COVERED_BEFORE = re.compile(r"\b(?:covered|covering|ran|walked|cycled|rode|drove|"
                             r"travell?ed|swam|rowed|sailed|paddled|skied|hiked)\s+(?:(?:about|"
                             r"some|roughly|nearly|almost|around|over|more\s+than|just\s+"
                             r"under|just\s+over)\s+)?$", re.IGNORECASE)
#: a trip told as completed, right before its figure: "completing a 30-day run from Hanoi"
_COMPLETING = re.compile(COMPLETED_A + "$", re.IGNORECASE)
#: words between quotation marks, or from one to the sentence's end (a quote of several
#: sentences is cut before its closing mark)
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*(?:[\"”]|$)")
#: a plan told in reported speech: "Duc said he would ... ride the train back to Hanoi"
_REPORTED_PLAN = re.compile(r"\bsaid\s+(?:that\s+)?(?:he|she|they|we|it)\s+would\b")
#: a share of a travelling party opening a sentence: "Many were then flown on to Ramstein"
_SOME_OF_THEM = re.compile(r"[\"“‘']?(?:many|most|some|others|the\s+rest|all)"
                           r"(?:\s+of\s+(?:them|those))?\s+(?:were|had|then|continued|went|"
                           r"travell?ed|flew|drove|walked|moved|crossed|headed|boarded|took|"
                           r"made|reached|arrived)\b", re.IGNORECASE)

_CAPITALISED = re.compile(r"\b[^\W\d_a-z][^\W\d_]*")
_THERE = re.compile(r"\b(?:left|departed|leaving|leaves)\s+(?:from\s+)?there\b", re.IGNORECASE)
_RAIL = re.compile(r"\b(?:(?<!who )(?<!she )(?<!\bhe )(?<!they )"
                   # (not the verb: "Mokoena, who trains in the hills near Johannesburg")
                   r"trains?(?!\s+(?:in|at|with|hard|daily|twice|every)\b)|"
                   r"railways?|railroads?|locomotive|carriages?|sleeper|"
                   # ("rail" alone is a travel word as a way or a line, not as a topic: "signed
                   # agreements on rail, nuclear energy and ...")
                   r"(?:by|high-speed|light)\s+rail|rail(?=\s+(?:journey|trip|ride|line|link|"
                   r"service|route|travel|passengers?|network|crossing|bridge|tunnel))|"
                   r"eurostar|shinkansen|tgv|thalys|frecciarossa|nightjet|railjet|italo|"
                   r"trans-siberian|trans-mongolian)\b")
#: a ship or a train named in apposition to its kind: "the ferry, the Blue Aegean,"
_VESSEL_NAMED = re.compile(r"\b(?:ferry|ship|vessel|liner|yacht|boat|train|tanker|freighter),\s+"
                           r"the\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*),")


#: the words a story calls one vehicle by, by kind
_SAME_KIND: dict[str, frozenset[str]] = {
    **dict.fromkeys(("train", "express", "sleeper"), frozenset({"train", "express", "sleeper"})),
    **dict.fromkeys(("plane", "jet", "aircraft", "airliner"),
                    frozenset({"plane", "jet", "aircraft", "airliner"})),
    **dict.fromkeys(("ship", "vessel", "ferry", "boat"),
                    frozenset({"ship", "vessel", "ferry", "boat"})),
}
#: the plane a leader the story follows flies in, named without the leader: "Air Force One",
#: "the papal plane"
_LEADERS_PLANE = re.compile(r"\bAir\s+Force\s+(?:One|Two)\b|"
                            r"\b[Tt]he\s+(?:presidential|papal|royal)\s+(?:plane|jet|aircraft|flight)\b")
#: a vessel named at a sentence's opening, after its size ("The 60-foot Malizia II left
#: Plymouth") or before what only a vessel does ("The Malizia II set sail from Plymouth")
_VESSEL_OPENING = re.compile(r"(?:^|(?<=[.!?]\s))The\s+\d[\d,.]*-(?:foot|feet|ft|metre|meter|"
                             r"m)\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)|"
                             r"(?:^|(?<=[.!?]\s))The\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
                             r"(?:set\s+sail|sailed|docked|moored|berthed|weighed\s+anchor|"
                             r"cast\s+off)\b", re.MULTILINE)
#: a ship named after the flag it flies: "the Sierra Leone-flagged Razoni"
_FLAGGED = re.compile(r"-flagged\s+(?:(?:cargo|container|bulk|grain)\s+)?"
                      r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)")
#: the traveller told aboard a vessel of some kind: "aboard a zero-emissions racing yacht"
_ABOARD_A_VESSEL = re.compile(r"\baboard\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:yacht|boat|ship|vessel|sailboat|catamaran|trimaran|ferry)\b")


def _vessel_words(text: str) -> set[str]:
    """The words of the vessel a story names in apposition ("the ferry, the Blue Aegean,"), so
    that "The Blue Aegean had left the port of Piraeus" speaks of the trip; and of one named
    after its size, when the story puts the traveller aboard a vessel ("aboard a racing yacht",
    then "The 60-foot Malizia II left Plymouth": that yacht), but for a numeral ("II")."""
    words = {w.casefold() for m in _VESSEL_NAMED.finditer(text) for w in m[1].split()}
    # ("The Sierra Leone-flagged Razoni": a ship named after the flag it flies)
    words.update(w.casefold() for m in _FLAGGED.finditer(text) for w in m[1].split())
    if _ABOARD_A_VESSEL.search(text):
        words.update(w.casefold() for m in _VESSEL_OPENING.finditer(text)
                     for w in (m[1] or m[2]).split() if not set(w) <= set("IVXL"))
    return words


#: a ship's name after the kind of ship it is: "the liner Queen Mary 2", "the research vessel
#: Polarstern", "the aircraft carrier USS Gerald R. Ford"
_SHIP_NAME = re.compile(
    r"\b(?:liner|ship|vessel|yacht|ferry|tanker|freighter|cruiser|carrier|schooner|frigate|"
    r"destroyer|submarine|icebreaker|trawler|canoe|catamaran|barque)\s+"
    r"((?:(?:USS|HMS|RV|MV|MS)\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’.-]*|\d+))*)")
#: what a named train does in a sentence that is about it (see :func:`_named_train`)
_TRAIN_DOES = (r"(?:left|leaves|departed|departs|arrived|arrives|pulled|rolled|steamed|reached|"
               r"reaches|took|takes|covers|covered|runs|ran|carried|carries|travels|travell?ed|"
               r"set\s+off|crossed|crosses|climbs|climbed|winds|wound|stopped|stops|called)")


@functools.cache
def _named_train() -> re.Pattern[str]:
    """A train known by its name (the text as written), travelling or boarded: an "Express"
    ("The Orient Express left Paris", "aboard the Glacier Express"; not "the Daily Express
    reported"), or a name the lexicon lists ("The Ghan arrived", "aboard the California
    Zephyr")."""
    listed = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                      for n in sorted(lexicon().named_trains, key=len, reverse=True))
    name = rf"(?:(?:[A-Z][\w'’-]+\s+){{1,2}}Express|(?:{listed}))"
    return re.compile(rf"\b{name}\s+{_TRAIN_DOES}\b|\b(?:aboard|on\s+board)\s+the\s+{name}\b")
#: initials, which name an organisation, not the person a story follows: "U.N.", "EU"
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}")
#: words before a town's name, where a person named after it is not meant ("to Darwin")
_BEFORE_A_PLACE = frozenset({"in", "at", "from", "to", "near", "into", "of", "via", "through",
                             "past", "outside", "toward", "towards"})


#: "to" right before a spot gone to: "taken by coach to Arrowe Park Hospital"
_TO_A_SPOT = re.compile(r"\b(?:to|into|reach|reached)\s+(?:the\s+)?$", re.IGNORECASE)
#: the words after a subject that put its travel in the future or the past perfect: "is due
#: to", "will", "was expected to", "had"
_AUXILIARIES = frozenset({"is", "was", "will", "would", "had", "has", "were", "are"})
#: a travel verb's plain form or participle, after an auxiliary: "is due to land", "had flown"
_TRAVEL_AFTER_AUXILIARY = frozenset({
    "land", "fly", "arrive", "travel", "leave", "depart", "drive", "sail", "visit", "head",
    "return", "go", "board", "ride", "flown", "gone", "driven", "ridden", "landed",
    "arrived", "travelled", "traveled", "left", "departed", "sailed", "returned", "headed"})


def _travels_later(tokens: Sequence[Token]) -> bool:
    """Whether the words after a sentence's first travel with an auxiliary between: "Trump
    is due to land", "Trump will fly", "Trump had arrived" (up to three words on)."""
    return len(tokens) > 2 and tokens[1].low in _AUXILIARIES and any(
        t.low in _TRAVEL_AFTER_AUXILIARY for t in tokens[2:6])


def _train_opening(text: str) -> re.Pattern[str] | None:
    """A sentence opening on the named train the story rides, by its name or the name's last
    word ("The westbound Zephyr", "The Indian Pacific"); None when the story names none."""
    names = [n for n in lexicon().named_trains if n in text]
    if not names:
        return None
    words = sorted({w for n in names for w in (n, n.split()[-1])}, key=len, reverse=True)
    return re.compile(r"\s*The\s+(?:[a-z]+bound\s+)?(?:" + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


#: high-speed services known by capitalised initials, matched in the text as written ("the
#: AVE to Madrid", "an ICE to Berlin"): lower-cased they are common words
_HIGH_SPEED_INITIALS = re.compile(r"\b(?:AVE|ICE)\b")
#: (the three patterns above and below are matched against lower-cased text)
_AIR = re.compile(r"\b(?:flew|flown|flying|flight|plane|airliner|jet|aircraft|air\s+koryo|"
                  r"ilyushin)\b")
#: a high-speed service named as such ("the Shinkansen", "a bullet train", "the Eurostar")
_HIGH_SPEED = re.compile(r"\b(?:high-speed (?:trains?|rail|service|line)|bullet train|"
                         r"shinkansen|maglev|"
                         r"eurostar|tgv|thalys|frecciarossa|fuxing|railjet|italo|acela|ktx|"
                         r"vande\s+bharat|al\s+boraq)\b")
_SEA = re.compile(r"\b(?:ferry|ferries|ships?|vessels?|boats?|yachts?|sailed|sailing|cruise|"
                  # (warships, tugs and working ships: "The frigate HMS Dunbar returned")
                  r"frigates?|destroyers?|warships?|corvettes?|icebreakers?|tugs?|tugboats?|"
                  r"trawlers?|freighters?|catamarans?|hovercraft|lifeboats?|"
                  r"voyage|liner|sailors?|(?:ocean|sailing|yacht)\s+race)\b")
_ROAD = re.compile(r"\b(?:bus|buses|coach|coaches|car|cars|truck|trucks|lorry|lorries|motorcade|"
                   r"convoy|drove|drive|driving|driven|motorbike|motorcycle|suvs?|by\s+road)\b")
#: a story of runners: its legs on foot are run ("The runners set off from Athens")
_RUNNING = re.compile(r"\b(?:runners?|marathon|ultramarathon|ultra-marathon|ultrarunners?|"
                      r"jogged|sprinted|[\w]+-day\s+run(?=\s+from\b))\b")
#: "ran" says running only in a story where nothing is driven: "the train ran south" and
#: "his motorcade drove to Changsha" are no runner's
_RAN = re.compile(r"\bran\b")
_DRIVEN = re.compile(r"\b(?:cars?|motorcades?|drove|driven|drives|buses|bus|coach|taxi|trucks?|"
                     r"trains?)\b")
#: a story told of a bus or coach ridden (lower-cased text): "by coach", "aboard an old bus",
#: "The first coach left Lima" (not "the coach said": a team's coach is a person)
_BUS_RIDE = re.compile(r"\b(?:by|aboard|on|in|into|onto)\s+(?:an?\s+|the\s+|their\s+|his\s+|"
                       r"her\s+|its\s+)?(?:[\w'-]+\s+){0,2}?(?:bus|coach|minibus)\b(?!\s+"
                       r"(?:station|stop|terminal|depot|driver|company|operator|lane))|"
                       r"\b(?:bus|coach|minibus)\s+(?:left|departed|pulled|rolled|arrived|"
                       r"reached|set\s+off|covered|carrying|travell?ing)\b|"
                       # ("went by Greyhound", "aboard a FlixBus", "on the Megabus")
                       r"\b(?:by|aboard|on|in)\s+(?:an?\s+|the\s+)?(?:greyhound|flixbus|megabus|"
                       r"national\s+express)\b|"
                       # ("boarded at the Port Authority Bus Terminal")
                       r"\bboard(?:ed|ing|s)?\s+(?:\w+\s+)?(?:at|in)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
                       r"(?:bus|coach)\s+(?:terminal|station|depot)\b")
#: a flight taken, told outside quotes (lower-cased text): "flew from", "a flight to",
#: "landed in", "aboard a plane"
_FLOWN = re.compile(r"\b(?:flew|flown|flying)\s+(?:back\s+|home\s+|on\s+)?(?:from|to|into|in|"
                    r"out|over|across)\b|\bflights?\s+(?:from|to|into)\b|\b(?:landed|touched\s+"
                    r"down|took\s+off)\b|\baboard\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?"
                    r"(?:plane|jet|aircraft|airliner)\b")
#: a car or a taxi told for one leg (lower-cased text)
_CAR_RIDE = re.compile(r"\b(?:cars?|taxis?|suvs?|limousines?|motorcades?|trucks?|vans?)\b")
#: a story of helicopters: its flights are a helicopter's, not an airliner's
_HELICOPTER = re.compile(r"\b(?:helicopters?|chopper)\b")
#: stories of slow aircraft and of dog sleds: their legs are judged by their own envelopes
#: (routes/data/modes.yaml), not an airliner's or a car's
_SOLAR_PLANE = re.compile(r"\b(?:solar[- ]powered|solar\s+(?:plane|aircraft)|solar\s+impulse)\b")
_BALLOON = re.compile(r"\b(?:balloon|balloonists?)\b")
_SLED = re.compile(r"\b(?:dog\s+sled|sled\s+dogs?|dog\s+team|mushers?|mushing|iditarod)\b")
#: a ride on horseback or by camel: the walker's way, at a rider's pace
_HORSEBACK = re.compile(r"\b(?:horseback|on\s+horses?|horse\s+ride|horse-?riding|"
                        r"horse\s+riding|riding\s+horses?|camels?|camel\s+caravan|"
                        # ("A British horsewoman rode into Ulaanbaatar")
                        r"horse(?:wo)?man|horse(?:wo)?men|changed\s+horses)\b")
_ARMOURED = re.compile(r"\b(?:armou?red|bullet-?proof|special)\s+train\b")
#: a conventional train by its class: never re-read as a high-speed one (see
#: routes/checking/_train_class.py)
_CONVENTIONAL = re.compile(r"\b(?:sleeper|nightjet|(?:night|overnight|slow|local|steam|freight)"
                           r"\s+train)\b")
#: riding a train, told right before its class: a freight train is the traveller's only when
#: ridden ("rode atop a freight train"), not one met on the way ("tracks blocked by a disabled
#: freight train")
_RIDING = re.compile(r"\b(?:(?:aboard|atop|on\s+top\s+of|rid(?:e|es|ing)|rode|boarded|board|"
                     r"hopped|jumped|clung\s+to)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?|by\s+)$")
#: a sentence opening on a vehicle, right before it: "A freight train", "— a freight train"
_OPENS_ON = re.compile(r"(?:^|[.!?—–]\s*|\n\s*)(?:an?|the)\s+$")
#: a story told of cyclists: its road legs are ridden, not driven (a race stage's 45 km/h is
#: fast for a rider and slow for a car)
_CYCLING = re.compile(r"\b(?:cyclists?|cycling|cycled|bicycles?|biked|biking|pedall?(?:ed|ing)|"
                      r"peloton|tour de france|giro d'italia|vuelta a españa|by bike|"
                      r"bike rides?|on (?:a|his|her|their) bikes?)\b")

_MEALS = frozenset({"lunch", "dinner", "banquet", "breakfast", "dined", "dining"})
_TRAVEL_WORDS = frozenset(
    [
        "trip", "ride", "journey", "travel", "traveled", "travelled", "travelling", "traveling",
        "drive", "flight", "flew", "reach", "reached", "away", "route", "distance", "speed",
        "speeds", "journeyed", "train", "trains", "commute", "flying", "fly", "flights", "voyage",
        "drove", "driven", "driving", "sailed", "sailing", "crossing", "stretch", "run", "stage",
        "leg", "trek", "march", "hike", "walk", "race", "covered", "covers", "covering",
        "ran", "running", "walked", "walking", "cycled", "rode", "drives", "flies", "sails",
        "swam", "swim", "swimming", "rowed", "paddled", "hiked", "trekked", "biked", "pedalled",
        "pedaled", "cycling", "skied", "skiing", "crossed", "crosses", "riding", "pedaling",
        "pedalling", "paddling", "rowing", "hiking", "trekking", "marching", "jogging",
        "hop",  # ("before travelling on to Kuala Lumpur on Wednesday, a 1,200-kilometre hop")
    ]
)
#: what a length told as "the 1,120-kilometre X" measures between places
_ROUTE_NOUNS = frozenset({"railway", "railroad", "line", "link", "road", "highway", "motorway",
                          "expressway", "tunnel", "bridge", "canal", "waterway", "corridor",
                          "border", "frontier", "coastline", "river", "track", "path", "trail",
                          "pipeline", "loop", "circuit", "course"})
#: verbs of arriving that make "N hours later" the time a trip took
_ARRIVAL_WORDS = frozenset({"landed", "landing", "arrived", "arriving", "reached", "reaching",
                            "docked", "pulled", "touched", "rolled", "berthed", "moored"})
_LEAVING_WORDS = frozenset({"left", "leaving", "departed", "departing", "returned", "headed",
                            "set", "went", "flew", "drove"})
#: a leaving that a later "returned ... N hours later" counts from
_SET_OFF_WORDS = frozenset({"left", "leaving", "departed", "departing", "set"})
#: "after 17 hours in the air": time spent travelling, told after the figure
_UNDER_WAY = re.compile(r"\s+(?:in\s+the\s+air|at\s+sea|on\s+the\s+road|on\s+board|aboard|"
                        r"on\s+foot|on\s+the\s+water|in\s+the\s+saddle|behind\s+the\s+wheel|"
                        r"on\s+the\s+(?:rails|tracks|train|bus|bike|ice)|"
                        r"of\s+(?:flying|driving|sailing|walking|cycling|rowing|"
                        r"travel(?:l?ing)?))\b", re.IGNORECASE)
#: the same told before the figure: "had been in the air for"
_UNDER_WAY_FOR = re.compile(r"\b(?:in\s+the\s+air|airborne|aloft|at\s+sea|on\s+the\s+road|"
                            r"on\s+the\s+water|in\s+the\s+saddle|behind\s+the\s+wheel)\s+"
                            r"for\s+$", re.IGNORECASE)
_EVENT_WORDS: dict[str, str] = {
    "meeting": "meeting", "meetings": "meeting", "met": "meeting", "talks": "meeting",
    "talk": "meeting", "spoke": "meeting", "summit": "meeting", "session": "meeting",
    "dinner": "dinner", "dined": "dinner", "banquet": "banquet", "lunch": "lunch",
    "luncheon": "lunch", "breakfast": "breakfast", "tour": "tour", "toured": "tour",
    "spend": "stay", "spent": "stay", "spending": "stay", "stay": "stay", "stayed": "stay",
    "visit": "visit", "ceremony": "ceremony", "speech": "speech", "parade": "parade",
}


@dataclass(slots=True)
class _Inner:
    """A place named inside a building's name, kept only as a clue to where the story is."""

    place: Place
    surface: str


def find_places(articles: Sequence[Article], gazetteer: GazetteerLike) -> list[PlaceMention]:
    """Every place the articles name (by name or description), people and organisations
    left out, with the sentences that mention each; no journey is built."""
    try:
        with _collector_paused():
            return _Reader(articles, gazetteer).places_only()
    except RoutesError:
        raise
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, ArithmeticError,
            AssertionError) as exc:
        raise RoutesError(f"could not read the articles: internal error ({exc}); please report "
                          "it") from exc


def read_story(articles: Sequence[Article], gazetteer: GazetteerLike) -> Journey:
    """Read articles about one journey together (see the module docstring)."""
    try:
        with _collector_paused():
            return _Reader(articles, gazetteer).run()
    except RoutesError:
        raise
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, ArithmeticError,
            AssertionError) as exc:
        raise RoutesError(f"could not read the story: internal error ({exc}); please report it"
                          ) from exc


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while one story is read, and resume it after.

    Why: reading allocates a small object per word (tokens, runs, mentions), which triggers
    a collection every few hundred allocations; those passes cost a fifth of the reading time
    and find nothing, since the reader builds no reference cycles (plain refcounting frees
    its objects). Left as it was found: if the caller, or another thread reading at the same
    time, had it paused, it stays paused until they resume it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _word_lists() -> None:
    """Load every word list the reader consults (each is cached for the process), so that
    the first story that happens to need one does not pay for reading it: loading is
    start-up, the same for every story, not work on the story in hand."""
    lexicon()
    given_names()
    surnames()
    place_prefixes()
    english_words()


class _Reader:
    def __init__(self, articles: Sequence[Article], gazetteer: GazetteerLike) -> None:
        _word_lists()
        self.articles = list(articles)
        self.gaz = gazetteer
        self.norm: Callable[[str], str] = normaliser(gazetteer)
        self.max_tokens = max(1, int(getattr(gazetteer, "max_name_tokens", 6) or 6))
        self.notes: list[str] = []
        self.places = PlaceResolver(gazetteer, self.norm, self.notes)
        self.people = People()
        self.sentences: list[list[Sentence]] = []
        dated = [a.date for a in self.articles if a.date is not None]
        self.story_anchor = min(dated) if dated else None
        self.journey = Journey(sources=[a.source for a in self.articles])
        self._merged: dict[int, list[str]] = {}
        self._desc_cache: dict[tuple[object, ...], Place | None] = {}
        self._kinds: list[str] = []
        self._lost = False  # the traveller went to a place the gazetteer could not place
        self._here: Place | None = None  # the place itself (a landmark) the traveller is at
        self._route: tuple[Place, Place] | None = None  # "a line between X and Y", told last
        self._route_sentence: Sentence | None = None  # the sentence that told it
        self._passed_through: set[str] = set()  # stops the story only passes through
        self._off_way: set[str] = set()  # namesakes no trip on the ground went by (_off_the_way)
        self._left_as_planned = False  # a place left out as gone to on a trip to come
        self._unreached_names: set[str] = set()  # goals the trip was bound for, not reached
        #: a sentence opening on the title the story gives the traveller ("The North Korean
        #: leader"), when no one else bears it (see _title_before)
        self._traveller_title: re.Pattern[str] | None = None
        #: the leg the sentence before told, from where to where (see _claims)
        self._told_leg: tuple[Place, Place] | None = None
        # a whole trip a figure told as completed, for the next sentences' figures
        self._completed: tuple[Place, Place] | None = None
        self._traveller_tokens: set[str] = set()  # the words naming the traveller (run())
        self._obs: list[Obs] = []
        self._runs: RunsMemo = {}  # capitalised runs per sentence, cut once for both passes
        self._labels: LabelsMemo = {}  # what the first pass found each run to be
        self._scan_memo: dict[str, list[RawMention]] = {}  # names in each distinct run
        #: towns and counties named inside buildings' names ("Douglas County Hospital"): no
        #: mentions of their own, but where the story is, for the second look at its towns
        self._inner_places: list[_Inner] = []
        #: names told near a town where the gazetteer has no namesake near it ("Shalimar near
        #: Kolkata"), with that town: the name is the same unknown place wherever told again
        self._lost_near: dict[str, Place] = {}
        #: the city the story last had the traveller arrive in (None once it moves on)
        self._reached: Place | None = None
        #: the last figure read as a claim: its sentence, where it ends, and the claim
        self._last_figure: tuple[Sentence, int, Claim] | None = None

    def _placed_near(self, s: Sentence) -> None:
        """A place told as near a town ("the Cristo Redentor pass near Mendoza") is near it:
        a namesake read far away (Christ the Redeemer, in Rio de Janeiro) is traded for the
        one of that name nearest the town, or left out when none lies near it."""
        for m in list(s.mentions) if self._lost_near else ():
            # "had left Shalimar", after "from Shalimar near Kolkata" found no Shalimar near
            # Kolkata: the same unknown place, not the namesake in Florida
            lost_at = self._lost_near.get(self.norm(m.surface))
            if lost_at is not None and km_between(m.place, lost_at) > NEAR_TOWN_KM:
                s.mentions.remove(m)
        if not any(w in s.text for w in _NEAR_WORDS):
            return  # (most sentences: no place is told near another)
        for m in list(s.mentions):
            town = next((n for n in s.mentions if n.start > m.end and not n.inside
                         and n.place.kind in CITY_KINDS
                         and _NEAR_GAP.fullmatch(s.text, m.end, n.start)), None)
            if town is None or _area(m.place) or m.description or (
                    km_between(m.place, town.place) <= NEAR_TOWN_KM):
                continue
            found = self.gaz.candidates(m.surface, near=(town.place.lat, town.place.lon),
                                        limit=1)
            if found and km_between(found[0].place, town.place) <= NEAR_TOWN_KM:
                m.place = found[0].place
            else:
                s.mentions.remove(m)
                self._lost_near.setdefault(self.norm(m.surface), town.place)

    def _without_lost_compounds(self, tokens: list[Token], raws: list[RawMention]
                                ) -> list[RawMention]:
        """The parts of a hyphenated name are places only if each is one: "China-US talks"
        names two, but in "the Kyzyl-Art pass" the common word "Art" is no place, so the
        compound is one name the gazetteer lacks, not Kyzyl (a Russian city 1,500 km from the
        pass) beside a word. An acronym part is no word ("a student at IBA-Karachi")."""
        parts: dict[int, list[RawMention]] = {}
        for r in raws:
            if r.tok_end - r.tok_start == 1 and "-" in tokens[r.tok_start].base and (
                    r.surface != tokens[r.tok_start].base):
                parts.setdefault(r.tok_start, []).append(r)
        lost = {id(r) for group in parts.values() if len(group) > 1 and any(
            r.weak and not r.lookup and not r.surface.isupper()
            and self.places.resolve(r.surface, r.key, True) is None
            for r in group) for r in group}
        return [r for r in raws if id(r) not in lost] if lost else raws

    def _abbreviated_states(self, s: Sentence, ai: int) -> None:
        """The state the story wrote after a town ("Slidell, La.", "SPRINGFIELD, Ill.") or as
        a modifier ("a Ga. pastor"), as a mention of that state (no gazetteer name is "La",
        "Ill" or "Ga", so the scan found none)."""
        for start, end, _, _ in abbreviated_modifiers(s.text):
            place = self.places.abbreviated_area(s.text[start:end])
            if place is not None and all(m.end <= start or m.start >= end for m in s.mentions):
                s.mentions.append(Mention(place, s.text[start:end], ai, s.idx, start, end,
                                          False, False))
        for form, area in self.places.abbreviated.items():
            at = s.text.find(", " + form)
            while at >= 0:
                start = at + 2
                end = start + len(form)
                if (end == len(s.text) or not s.text[end].isalnum()) and any(
                        m.end == at and m.place.kind in CITY_KINDS for m in s.mentions) and all(
                        m.start != start for m in s.mentions):
                    s.mentions.append(Mention(area, form, ai, s.idx, start, end, False, False))
                at = s.text.find(", " + form, end)

    def _party_homes(self, s: Sentence, ai: int) -> None:
        """The home a legislator's party label names ("Rep. Torrey Westrom, R-Elbow Lake",
        "Sen. Ben Sasse, R-Neb."; see :mod:`routes.reading._affiliations`): the state its
        abbreviation stands for, else the town or county of that name
        (:meth:`_home_town_or_county`). A place the story names, never a stop (``embedded``);
        it replaces what the scan read inside the label ("Iowa" of "D-Iowa City")."""
        known = abbreviations()
        for start, end, form in party_homes(s.text, known):
            dotted = form if form in known else form + "."  # "D-Calif, told": California
            if dotted in known:
                place = self.places.abbreviated_area(dotted)
            else:
                place = self._home_town_or_county(form)
            if place is None:
                continue
            s.mentions[:] = [m for m in s.mentions if m.end <= start or m.start >= end]
            s.mentions.append(Mention(place, form, ai, s.idx, start, end, False, False,
                                      embedded=True))

    def _home_town_or_county(self, form: str) -> Place | None:
        """A home written as a bare name: the town of that name, or the county of that name
        when more of the places the story has named lie in the county's state than in the
        town's: some legislatures list their members by county ("Delegates Ricky Moye,
        D-Raleigh; John Overington, R-Berkeley" in a West Virginia story are Raleigh and
        Berkeley counties, not the cities of North Carolina and California)."""
        town = self.places.resolve(form, self.norm(form), False)
        best, company = town, -1 if town is None else self._named_in_state(town)
        for county in self.places.counties_called(form):
            named = self._named_in_state(county)
            if named > company:
                best, company = county, named
        if best is not None and best is not town:
            self.places.named(best)
        return best

    def _named_in_state(self, place: Place) -> int:
        """How many other places the story has named lie in the same state as ``place``."""
        if place.admin1 is None:
            return 0
        return sum(p.key != place.key and p.country == place.country and p.admin1 == place.admin1
                   for p in self.places.context)

    def _airport_codes(self, s: Sentence, ai: int) -> None:
        """An airport written by its IATA code where a flight lands or leaves ("landed at JFK",
        "the plane, which left LAX", "through LHR airport"): that airport, which the gazetteer
        lists as "JFK Airport" (a bare code is no name: "CNN" is also Kannur's airport)."""
        if _THREE_CAPITALS.search(s.text) is None:
            return  # (no code to find: the test scans in C, the pattern position by position)
        for m in _AIRPORT_CODE.finditer(s.text):
            start, end = m.span("code")
            if not (m["head"] or _FLIGHT_WORDS.search(s.text)) or any(
                    x.start < end and start < x.end for x in s.mentions) or (
                    m["code"] in lexicon().outlets):
                continue  # ("reported from AFP": a news agency)
            name = f"{m['code']} Airport"
            if not self.places.is_name(name):
                continue
            found = self.gaz.candidates(name, kinds=("airport",), limit=1)
            if found and self.norm(found[0].matched) == self.norm(name):
                s.mentions.append(Mention(found[0].place, m["code"], ai, s.idx, start,
                                          end + len(m["head"] or ""), False, False))

    def _squares_in(self, ss: list[Sentence], dominant: Place) -> None:
        """A small town whose name ends like a street's ("Washington Square", Philadelphia or
        Franklin Square, New York, in a New Orleans story), or names a side of a town ("the
        South Side": Southside, Alabama, in a Chicago story), and lies far from the article's
        city is that square, street or quarter of the article's city, placed there
        approximately."""
        for m in (m for s in ss for m in s.mentions):
            words = m.surface.casefold().split()
            if (m.place.kind in CITY_KINDS and not m.embedded
                    and m.place.population < WEAK_MIN_POPULATION
                    and (words[-1] in STREET_HEADS or (
                        len(words) == 2 and words[0] in DIRECTIONS and words[1] in _QUARTERS))
                    and m.place.key != dominant.key
                    and km_between(m.place, dominant) > NEAR_CITY_KM):
                m.place = facility_at(m.surface, self.norm(m.surface), dominant)
                m.embedded = True  # placed approximately, as streets are: never a stop

    def _city_weights(self, ss: list[Sentence],
                      city_places: dict[str, Place]) -> dict[str, float]:
        """How much each town the article names counts when its dominant city is chosen: a
        mention by the town's own name (or a longer or shorter form of it: "La Oroya" for
        Oroya) counts 1; one by another name GeoNames lists ("Washington Square" for Franklin
        Square, New York) or inside an organisation's name ("the New Orleans Railways and
        Light Company", "The Winnipeg Fire Paramedic Service") counts :data:`WEAK_CITY_WEIGHT`,
        so a story whose towns named alone are streets' names is still placed in the city its
        names and its state agree on. ``city_places`` gains the towns named only inside
        names."""
        weights: dict[str, float] = {}
        for m in (m for s in ss for m in s.mentions):
            if m.place.kind not in CITY_KINDS:
                continue
            said, name = self.norm(m.surface), self.norm(m.place.name)
            own = not m.embedded and (said in name or name in said)  # "La Oroya" is Oroya
            weights[m.place.key] = weights.get(m.place.key, 0.0) + (1.0 if own else
                                                                     WEAK_CITY_WEIGHT)
            city_places.setdefault(m.place.key, m.place)
        return weights

    def _all_mentions(self) -> list[Mention]:
        return [m for ss in self.sentences for s in ss for m in s.mentions]

    def anchor(self, art: int) -> date | None:
        return self.articles[art].date or self.story_anchor

    # -- pass 1 and 2 ------------------------------------------------------------------------
    def places_only(self) -> list[PlaceMention]:
        """Passes 1 and 2 only: every place the articles name, with quotes, in first-mention
        order (no journey: for indexing archives and for measuring mention accuracy)."""
        self._read_mentions()
        self._place_lists()
        return self.journey.other_places

    def _read_sentences(self) -> None:
        """Split the articles into sentences, learn who in them is a person and which towns
        they qualify, before any place is read, whether for the journey or for the place list:
        a name learnt as a person is not a place ("Li Wei took the train"), and "Paris, Texas"
        holds for the whole story."""
        for ai, art in enumerate(self.articles):
            self.sentences.append(_article_sentences(ai, art))
        learn_people(((s.text, s.tokens) for ss in self.sentences for s in ss), self.people,
                     self.places.is_name, self._runs, self._labels, self.places.may_speak,
                     self.places.may_travel, self.places.area_kind)
        self.places.qualify(_qualifiable(self.articles))

    def _read_mentions(self) -> None:
        self._read_sentences()
        for ai, ss in enumerate(self.sentences):
            self._mentions(ai, ss)
        self._reconsider()

    def _reconsider(self) -> None:
        """The resolver's second look, with the places it leaves out taken out."""
        self.places.reconsider([*self._all_mentions(), *self._inner_places])
        dropped = self.places.dropped
        if dropped:
            for ss in self.sentences:
                for s in ss:
                    s.mentions = [m for m in s.mentions if m.place.key not in dropped]
            self._inner_places = [m for m in self._inner_places if m.place.key not in dropped]

    def run(self) -> Journey:
        self._read_sentences()
        text = "\n".join(a.text for a in self.articles)
        vessel = _vessel_words(text)
        traveller_tokens = self._traveller_tokens = self._traveller() | vessel
        if vessel and self.journey.traveller and all(
                w.casefold() in vessel for w in self.journey.traveller.split()[-1:]):
            # the traveller is a ship the story names ("The Sierra Leone-flagged Razoni"): "it"
            # is the ship ("After inspection it sailed on through the strait toward Tripoli")
            traveller_tokens = self._traveller_tokens = traveller_tokens | {"it", "its"}
        train_opens = _train_opening(text)
        struck = _struck_vehicle(text)
        # a party told in the plural (or no one named): "Many were then flown on to Ramstein",
        # "Most continued to Odesa" go on with it
        group = all(t.endswith("s") for t in traveller_tokens - {"its"})
        # the pronouns someone else goes by: "he", in a story whose traveller is "she"
        names = traveller_tokens - TRAVEL_PARTY
        others = pronouns_of_others([(s.text, s.tokens) for ss in self.sentences for s in ss
                                     if any(t.low in names for t in s.tokens)]) if (
            names and not group) else frozenset()
        for ai, ss in enumerate(self.sentences):
            self._mentions(ai, ss)
            self._dateline_pointed_at(ai, ss)
            for s in ss:
                if len(s.mentions) > 1:
                    s.mentions = _without_towns_placed_elsewhere(s)
            narrative: date | None = None
            prev_traveller = False
            other_told = False  # whether the sentence before opened on another's trip
            told_of = False  # whether a sentence before was about the traveller
            for s in ss:
                s.traveller = about_traveller(s.tokens, traveller_tokens, others) or (
                    prev_traveller and bool(_PRONOUN_START.match(s.text) or (
                        group and _SOME_OF_THEM.match(s.text))
                        # "The trip from Pyongyang took about 20 hours": the story's trip
                        or _THE_TRIP_FROM.match(s.text) or _THE_TRIP_TOLD.match(s.text)
                        # "The next stop, on Tuesday, was Alice Springs"
                        or _NEXT_STOP_OPENS.match(s.text))) or (
                    # "The North Korean leader had arrived ...", after "North Korean leader
                    # Kim Jong Un" in the story
                    self._traveller_title is not None
                    and self._traveller_title.match(s.text) is not None) or (
                    # "The westbound Zephyr pulled into its final stop in Emeryville", in a story
                    # of a ride on Amtrak's California Zephyr
                    train_opens is not None and train_opens.match(s.text) is not None) or (
                    # "Air Force One had left Hanoi on Monday afternoon": the leader's own plane
                    _LEADERS_PLANE.search(s.text) is not None)
                if s.traveller and self._someone_else_opens(s, traveller_tokens):
                    s.traveller = False  # "Trump arrived ..., where he attended": not Kim
                if s.traveller and _another(s.low, traveller_tokens):
                    s.traveller = False  # "a second convoy would leave Mariupol": not this one
                if s.traveller and struck is not None and struck.match(s.text):
                    s.traveller = False  # "The coast guard plane had been due to fly to
                    # Niigata", in a story of the airliner that collided with it
                if s.traveller and (
                        _KIN_OPENS.match(s.text) or _NEXT_TRIP_OPENS.match(s.text)
                        or _KIN_APART.match(s.text) or (
                            # (never the article's first sentence about the traveller: a
                            # story opens on its own, "A group of governors left Morogoro")
                            not group and told_of
                            and _others_open(s.text, traveller_tokens))):
                    s.traveller = False  # "A week later her brother cycled from Madrid": his
                    # (and "A group of Egyptian and Turkish students travelled by bus north
                    # from Khartoum", in a story of one person: theirs; "His next goal is a
                    # run from Hanoi to Vientiane": still to come)
                    other_told = True
                elif s.traveller and other_told and not any(
                        t.low in names for t in s.tokens) and _ONE_OTHER.search(s.text) and not (
                        _TOGETHER.search(s.text)):
                    # "Harada's colleague ... took a different decision. When he heard the
                    # trains were stopping, he went straight to Haneda Airport": the other
                    # one's pronoun, until the traveller is named again
                    s.traveller = False
                else:
                    other_told = False
                prev_traveller = s.traveller
                told_of = told_of or s.traveller
                if not s.traveller:
                    continue  # only the traveller's sentences tell the journey's times
                s.time = sentence_time(s.text, self.anchor(ai), narrative)
                if s.traveller and s.time.day and not s.time.background and _ACTIVITY.search(
                        s.low) and not _DAY_HAD_BEEN_SPENT.search(
                        s.text, 0, max(0, s.text.find(s.time.day_text))):
                    # (not a day told of a stay before the trip: "flew in from Yakutsk,
                    # where he had spent Tuesday": the next sentence's "shortly before 3 a.m."
                    # is not on Tuesday)
                    narrative = s.time.day
        self._reconsider()
        obs = self._observations()
        if not obs and any(s.traveller and s.time.background for ss in self.sentences
                           for s in ss) and not any(
                # (not when a trip of the story's own days is told, though its places could
                # not be placed: "swam across Cook Strait on Saturday", with "swam the English
                # Channel from Dover to Cap Gris-Nez in 2019" further down)
                s.traveller and s.time.day is not None and not s.time.background
                and _MOVED.search(s.low) for ss in self.sentences for s in ss):
            # every move told at another time ("was diverted to Bangkok ... in May", in an
            # August story): the story is about that trip, not an aside to a later one
            # (a trip, two places at least: "When Trump visited Riyadh last year" alone is
            # an aside still)
            roles = [(m, m.role) for ss in self.sentences for s in ss for m in s.mentions]
            noted = len(self.notes)
            told = self._observations(background=True)
            if len({o.city.key for o in told}) >= 2:
                obs = told
            else:
                for m, role in roles:
                    m.role = role  # (the look changes nothing)
                del self.notes[noted:]
        if self._left_as_planned and all(tells_ahead(o.sentence[:o.at].lower()) for o in obs):
            # a story of a trip still to come, and of nothing else ("Boric will leave Santiago
            # on Thursday night for Punta Arenas"): its plan is the trip to draw and check
            # (a trip: two places at least; not "I don't know when we are going to have this
            # flight to London", told in a quote)
            planned = self._observations(plans=True)
            if len({o.city.key for o in planned}) >= 2:
                obs = planned
        self._itinerary(obs)
        self._obs = obs
        self._claims()
        self._link_legs()
        self._time_claims()
        self._clock_durations()
        self._place_lists()
        self._claims_at_landmarks()
        j = self.journey
        self.places.without_stale_doubts(
            {pm.place.key for pm in [*j.places, *j.other_places]} | {s.place.key for s in j.stops})
        use_written_names(self.journey, self._is_name_of)
        self.journey.notes.extend(dict.fromkeys(self.notes))
        if not self.journey.title:
            titles = [a.title for a in self.articles if a.title]
            self.journey.title = titles[0] if titles else self._default_title()
        return self.journey

    def _claims_at_landmarks(self) -> None:
        """A figure's end named by a city that is no place of the journey, because the trip
        only left from or reached one of its landmarks ("from Beijing South to Tianjin",
        "From there", after a visit to Notre-Dame): the end is that landmark, the first one
        reached there for a goal, the last one left for a start."""
        j = self.journey
        named = {pm.place.name.casefold() for pm in [*j.places, *j.other_places]}
        for claim in j.claims:
            for end in ("origin", "destination"):
                name = getattr(claim, end)
                if not name or name.casefold() in named:
                    continue
                there = [st.place for st in j.stops
                         if name.casefold() in ((st.place.city or "").casefold(),
                                                self.places.city_of(st.place).name.casefold())]
                if there:
                    setattr(claim, end, (there[-1] if end == "origin" else there[0]).name)

    def _namesake_at_its_distance(self, r: RawMention, place: Place, far: re.Match[str],
                                  raws: list[RawMention]) -> Place | None:
        """The namesake of a town that lies as far from the place named after it as the
        sentence says ("Kimberley, some 480 km south-west of Pretoria" is in South Africa,
        not the English village a story with London in it had chosen); None when the town
        chosen already fits, or no namesake does."""
        ref = next((x for x in raws if x.start == far.end()), None)
        if ref is None or ref.facility:
            return None
        there = self.places.resolve(ref.surface, ref.key, ref.weak)
        if there is None:
            return None
        stated = to_km(float(far["n"].replace(",", "")), far["unit"])
        def fits(p: Place) -> bool:
            return _STRAIGHT_SHARE[0] * stated <= km_between(p, there) <= (
                _STRAIGHT_SHARE[1] * stated)

        if fits(place):
            self.places.fix_for_the_story(r.key, place)
            return None
        try:
            found = self.gaz.candidates(r.surface, near=(there.lat, there.lon), limit=10)
        except RoutesError:
            return None
        # (never a village for a city: "Paris, about 110 km from Lyon" is a wrong figure, not a
        # hamlet near Lyon)
        better = next((c.place for c in found if c.place.kind in CITY_KINDS
                       and self.norm(c.matched or "") == r.key and fits(c.place)
                       and c.place.population * 10 >= place.population), None)
        if better is not None:
            self.places.fix_for_the_story(r.key, better)
        return better

    def _in_a_year_before(self, s: Sentence, fig: Figure) -> bool:
        """Whether the figure's clause is set in a year before the article's ("In 1979 it took
        us eleven days"), so tells another trip than the one the story follows."""
        anchor = self.anchor(s.art)
        if anchor is None:
            return False
        year = None
        for m in _IN_A_YEAR.finditer(s.text, 0, fig.start):
            year = m
        return (year is not None and int(year[1]) < anchor.year
                and not _CLAUSE_BETWEEN.search(s.text, year.end(), fig.start))

    def _county_called(self, name: str, word: str) -> Place | None:
        """The county (or parish: ``word``) called ``name``, if the gazetteer resolves the
        pair to a division and not to some other place."""
        whole = f"{name} {word}"
        place = self.places.resolve(whole, self.norm(whole), False)
        return place if place is not None and place.kind == "admin" else None

    def _is_name_of(self, written: str, place: Place) -> bool:
        """Whether the gazetteer lists ``written`` itself (not a near spelling) for ``place``."""
        folded = self.norm(written)
        return any(c.place.key == place.key and self.norm(c.matched or "") == folded
                   for c in self.gaz.candidates(written, country=place.country, limit=50))

    def _traveller(self) -> set[str]:
        counts: Counter[str] = Counter()
        # (a named train's or ship's words are no person's: "The Rocky Mountaineer rolled
        # into", "The liner Queen Mary 2 arrived")
        text = "\n".join(a.text for a in self.articles)
        vehicles = {w.casefold() for n in lexicon().named_trains if n in text
                    for w in n.split()}
        vehicles.update(w.casefold() for m in _SHIP_NAME.finditer(text) for w in m[1].split())
        tokens = self.people.tokens - vehicles if vehicles else self.people.tokens
        for ss in self.sentences:
            for s in ss:
                for i, t in enumerate(s.tokens):
                    if t.cap and t.low in tokens and not regnal_number(t) and not (
                            # (nor initials, "the U.N. special envoy", nor a town the person
                            # was named for, "the final stretch to Darwin")
                            _INITIALS.fullmatch(t.base) or (
                                i and s.tokens[i - 1].low in _BEFORE_A_PLACE
                                and self.places.is_name(t.base))):
                        counts[t.low] += 1  # (not the "XIV" of "Pope Leo XIV")
            # the person a lede opens on and sends somewhere is whom the story follows ("Kim
            # Jong Un arrived in Singapore ..., ahead of his summit with Donald Trump. ...
            # Trump arrived later"): two more mentions' worth
            # (past a dateline kept as a sentence of its own: "SINGAPORE")
            lede = next((s for s in ss if any(not t.text.isupper() for t in s.tokens)), None)
            opener = next((t for t in lede.tokens[:6] if t.cap and t.low in tokens),
                          None) if lede is not None else None
            if lede is not None and opener is not None and _TRAVEL_CUE.search(lede.text):
                # ("North Korean leader Kim Jong Un arrived ...": the name after the title)
                counts[opener.low] += 2
        if not counts:
            return self._role_traveller()
        top = counts.most_common(1)[0][0]
        # (given name first or last, "Narendra Modi" and "Kim Jong Un"; not two people run
        # together, "Maha Vajiralongkorn Queen Suthida")
        titles = lexicon().person_titles
        names = [n for n in self.people.names if top in (n.split()[0], n.split()[-1])
                 and len(n.split()) > 1 and not titles.intersection(n.split())]
        if names:
            folded = text.casefold()
            # (of names told as often, the first told: "Kim Jong Un" in the lede, not "Kim's
            # father, Kim Jong Il" further down)
            best = max(names, key=lambda n: (folded.count(n), -len(n), -folded.find(n)))
            self.journey.traveller = _display(best, self.sentences)
            self._traveller_title = _title_before(best, self.people.names, text)
            return {top, *best.split(), *_title_of(top, text), *self._lede_role(top)}
        given = self._given_name_before(top, text)
        if given is not None:
            # "Mwila Chanda had sold ...", a name no cue taught as a whole: the family name
            # learnt ("said Chanda, 41"), and the given name the story writes before it
            self.journey.traveller = f"{given} {top.title()}"
            return {top, given.casefold(), *_title_of(top, text), *self._lede_role(top)}
        self.journey.traveller = top.title()
        return {top, *_title_of(top, text), *self._lede_role(top)}

    def _lede_role(self, top: str) -> set[str]:
        """The role a lede opens on, when it names no one and the next sentence opens on the
        traveller's name: "The U.N. special envoy for Libya arrived in Tripoli ...", then
        "Kristina Aalto, a Finnish diplomat ..., flew in from Benghazi". The envoy is she."""
        ss = self.sentences[0] if self.sentences else []
        # (past a dateline kept as a sentence of its own: "TRIPOLI, Libya")
        at = next((i for i, s in enumerate(ss) if len(s.tokens) > 4), None)
        if at is None or at + 1 >= len(ss):
            return set()
        lede, after = ss[at], ss[at + 1]
        if any(t.low in self.people.tokens and not _INITIALS.fullmatch(t.base)
               for t in lede.tokens) or not (
                _TRAVEL_CUE.search(lede.text)) or top not in {t.low for t in after.tokens[:3]}:
            return set()
        m = _ROLE_SUBJECT.match(lede.text)
        if m is None:
            return set()
        head = re.split(r"\s+(?:for|of|from|to|in|at)\s+", m["subject"])[0].split()
        role = head[-1].casefold() if len(head) > 1 and head[-1].islower() else ""
        return {role} if role and role not in _NOT_ROLES and role not in _PARTIES else set()

    def _given_name_before(self, family: str, text: str) -> str | None:
        """The word the story first writes before a family name, if it reads as a given name:
        capitalised, no title, no common English word, and a known given name or no place."""
        titles = lexicon().person_titles
        for m in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) " + re.escape(family.title())
                             + r"\b", text):
            word = m[1].casefold()
            if word in titles or is_english_word(word):
                continue
            if word in given_names() or not self.places.is_name(m[1]):
                return m[1]
        return None

    def _role_traveller(self) -> set[str]:
        """A story that names no one may name its traveller by role: "The King flew from
        London ...", "The activist set off on foot from Edinburgh". The first sentence that
        opens on such a subject, with a verb of travel, gives the role word; the story's
        sentences that use it (or a pronoun after it) are the traveller's."""
        for ss in self.sentences:
            for s in ss:
                m = _ROLE_SUBJECT.match(s.text)
                if m is None:
                    m = _BARE_PLURAL_SUBJECT.match(s.text) or _COUNTED_PARTY_SUBJECT.match(
                        s.text)
                    if m is not None and m["role"].casefold() not in _PARTIES:
                        m = None  # ("Officials flew": whoever speaks for something)
                if m is None:
                    continue
                role = m["role"].casefold()
                if role in _NOT_ROLES:
                    continue  # "The rest left", "The first arrived"
                self.journey.traveller = " ".join(m["subject"].split())
                words = m["subject"].split()
                if role in lexicon().vehicle_nouns or (
                        len(words) > 2 and words[1][:1].isupper() and m["role"][:1].isupper()):
                    # a vehicle, or one named ("The California Zephyr", "The C-17"): "it" is
                    # the traveller too ("It finally rolled into Emeryville"), and so is the
                    # vehicle called by another word of its kind ("The train left Dar es
                    # Salaam", after "The TAZARA express from Dar es Salaam crawled into")
                    return {role, "it", "its", *_SAME_KIND.get(role, ())}
                return {role}
        return set()

    def _another_traveller_after(self, s: Sentence) -> int | None:
        """Where a clause begins that sends another person the article names somewhere
        (", while Argentina's Javier Milei arrived from Buenos Aires"), else None."""
        party = _OTHER_PARTY_AFTER.search(s.text)
        if party is not None:
            return party.start()  # ", and a German cyclist who had shared ... got off"
        m = _OTHER_TRAVELLER.search(s.text)
        if m is None:
            return None
        words = [w.casefold() for w in re.findall(r"[\w-]+", m["who"].replace("’s", "")
                                                  .replace("'s", ""))]
        if any(w in self._traveller_tokens for w in words) or not any(
                w in self.people.tokens for w in words):
            return None
        return m.start()

    def _someone_else_opens(self, s: Sentence, traveller: set[str]) -> bool:
        """Whether the sentence opens on another person the story names ("Trump arrived
        later ... after a trip from Washington, where he attended ..."), and names the
        traveller nowhere: its "he" is that person, not the traveller."""
        toks = s.tokens
        if self._other_named_in_apposition(s.text, traveller):
            return True
        if not toks or not toks[0].cap or toks[0].low in traveller:
            return False
        first = toks[0].low
        second = toks[1] if len(toks) > 1 else None
        names = self.people.tokens
        opener = first if first in names else (
            second.low if second is not None and second.cap and second.low in names
            and first in lexicon().person_titles else None)
        if opener is None and second is not None and (
                second.low in TRAVEL_VERBS or _travels_later(toks)) \
                and first not in TRAVEL_PARTY and not self.places.is_name(toks[0].base):
            opener = first  # "Trump arrived later": someone who travels, and no place
            # (or will: "Trump is due to land in Hanoi on Tuesday evening")
        if opener is None or opener in traveller:
            return False
        return not any(t.low in traveller for t in toks)

    def _other_named_in_apposition(self, text: str, traveller: set[str]) -> bool:
        """Whether the sentence opens on another person named in apposition to a role, who
        travels: "This year's winner, Dallas Seavey, reached Nome on Tuesday ..., three days
        ahead of Eira" (the traveller named only to compare)."""
        m = _APPOSED_SUBJECT.match(text)
        if m is None:
            return False
        words = [w.casefold() for w in m["name"].split()]
        return (" ".join(words) in self.people.names
                or all(w in self.people.tokens for w in words)) and not any(
            w in traveller for w in words)

    def _dateline_pointed_at(self, ai: int, ss: list[Sentence]) -> None:
        """Wire copy arrives at its dateline's place by pointing at it: "Kim Jong Un arrived
        here on Tuesday", "kept arriving on Sunday in this Chadian border town". Each such
        word becomes a mention of the dateline's place (only where an arrival is told before
        it), so the arrival is a stop; it lends the place no name (see _place_lists)."""
        dateline = self.articles[ai].dateline
        if not dateline or not ss:
            return
        town = dateline.split(",")[0].strip().casefold()  # ("ADRÉ, Chad": the town)
        place = next((m.place for m in ss[0].mentions if m.surface.casefold() == town), None)
        if place is None or place.kind not in CITY_KINDS:
            return
        for s in ss[1:]:
            found = [Mention(place, m["here"], ai, s.idx, m.start("here"), m.end("here"),
                             False, True, deictic=True)
                     for m in _ARRIVED_HERE.finditer(s.text)]
            if found:
                # (a word inside the phrase is the town's, not a place of its own: "this
                # Chadian border town")
                kept = [x for x in s.mentions if not any(
                    f.start <= x.start and x.end <= f.end for f in found)]
                s.mentions = sorted([*kept, *found], key=lambda x: x.start)

    def _mentions(self, ai: int, ss: list[Sentence]) -> None:
        art = self.articles[ai]
        lower_words = LowerWords(art.text)
        keywords: tuple[str, ...] | None = None  # built on the first description only
        cities: Counter[str] = Counter()
        city_places: dict[str, Place] = {}
        current_city: Place | None = None
        last_town: dict[str, Place] = {}  # the town the article named last, per country
        facilities: list[tuple[Sentence, RawMention, list[RawMention]]] = []
        cores: dict[str, Place] = {}  # "atocha" -> Madrid Atocha, once "Atocha station" is told
        gaz_contains = self.gaz.contains_name

        def contains(key: str) -> bool:
            # (a landmark's core is a name once told: "riding back to Halim", after "Halim
            # station", a name the gazetteer holds only with its kind)
            return key in cores or gaz_contains(key)
        trains = [n for n in lexicon().named_trains if n in art.text]
        # names that are no town wherever the article tells them: its diseases ("Marburg
        # virus") and its storms ("Residents fleeing Hurricane Milton" left no Milton)
        no_towns = {self.norm(name) for name in diseases_and_storms(art.text)}
        for s in ss:
            tokens = s.tokens
            raws = scan_names(s.text, tokens, self.people, contains, self.norm,
                              self.max_tokens, lower_words, self._scan_memo, self._runs,
                              self._labels)
            if trains:  # "The Indian Pacific pulled into Perth": a train, not two places
                raws = [r for r in raws if not _inside_a_name(s.text, r.start, r.end, trains)]
            raws = _towns_after_their_old_towns(s.text,
                                                self._without_lost_compounds(tokens, raws))
            if "(" in s.text or " der " in s.text:
                raws = _with_written_qualifier(s.text, tokens, raws, contains, self.norm)
            towns_here: list[tuple[str, Place]] = []
            for r in raws:
                if r.facility:
                    facilities.append((s, r, raws))  # placed once the article's cities are known
                    continue
                if written_as_no_place(s.text, r, self.norm) or r.key in no_towns:
                    continue
                if r.lookup:
                    first, _, last = r.surface.partition(" ")
                    part_of = first.casefold() in DIRECTIONS and last == r.lookup[-1]
                    # "Northeast Georgia": the area as the story would read the name alone (the
                    # state, beside Athens and Clarke County), so the second look at the story
                    # (reconsider) moves both together
                    place = self.places.resolve(last, self.norm(last), r.weak) if part_of else None
                    if place is None or place.kind not in DERIVED_KINDS:
                        place = next((p for p in map(self.places.resolve_derived, r.lookup) if p),
                                     None)
                    if place is None and part_of:
                        # "Northern Beijing": no area of that name; the town is still named
                        r.surface, r.key, r.start = last, self.norm(last), r.end - len(last)
                        r.tok_start = r.tok_end - 1
                        place = self.places.resolve(last, r.key, r.weak)
                else:
                    # "Douglas, Lancaster and Sarpy counties": three counties
                    listed = county_list_word(s.text, r.end)
                    place = self._county_called(r.surface, listed) if listed else None
                    placed = r.locative or self.places.was_qualified(r.key) or (
                        s.idx == 0 and bool(self.articles[ai].dateline))  # "BILLINGS —"
                    person = not placed and lone_given_name(s.text, r, raws)
                    place = place or self.places.resolve(r.surface, r.key, r.weak or person,
                                                         person)
                    if place is not None and (_BORDER_TOWN.search(
                            s.text, max(0, r.start - 40), r.start)
                                              or _ON_THE_BORDER.match(s.text, r.end)):
                        place = self.places.at_a_border(r.surface, r.key, place)
                    county = "" if listed or place is None else _county_meant(
                        art.text, r.surface, place)
                    if county:  # "Madison County ... Madison will dump assessors"
                        place = self._county_called(r.surface, county) or place
                    if place is not None and (common_word_town(
                            r.surface, place.kind in CITY_KINDS, placed,
                            r.tok_end - r.tok_start == 1 and not r.lookup,
                            place.population if place.name == r.surface else 0) or acronym_town(
                            r.surface, place.kind in CITY_KINDS, place.population,
                            r.tok_start == 0)):
                        continue  # "Police said", "Media and Telecoms": the word, not a town
                    if place is not None and not placed and given_name_of_another_town(
                            r, place, self.norm):
                        continue  # "they thanked Linda": a woman, not Lindi, Tanzania
                if place is not None and east_asian_name_abroad(r, place, self.norm):
                    continue  # "Li Na got into a car": a person, not Lena, Illinois
                if place is not None and feature_named_after(s.text, r.end, place):
                    continue  # "through the Cristo Redentor pass": a pass, not the statue
                if r.key in cores and (place is None or (
                        place.kind in CITY_KINDS and place.population < WEAK_MIN_POPULATION)):
                    # "arrived at Atocha station ... a drive from Atocha to Barajas airport":
                    # the station told before, not the village of Atocha
                    place = cores[r.key]
                elif place is not None:
                    core = landmark_core(r.surface, place, self.norm)
                    if core and core not in cores:
                        cores[core] = place
                        for span in [k for k in self._scan_memo if self.norm(k) == core]:
                            del self._scan_memo[span]  # (read again as a name from now on)
                if place is not None and place.kind in CITY_KINDS and " " in r.surface:
                    place = self._named_building(s.text, r, place)
                owner = next((m.place for m in reversed(s.mentions) if m.possessive
                              and 0 <= r.start - m.end <= 4), None)
                if (place is not None and owner is not None and owner.kind in CITY_KINDS
                        and owner.kind != "admin" and km_between(owner, place) > OWNED_KM):
                    # "Helsinki's West Harbour": in Helsinki, not the West Harbour in Auckland
                    place = facility_at(r.surface, r.key, owner)
                if (place is not None and place.kind == "admin" and place.country == "US"
                        and r.surface.endswith(" State")
                        and state_institution_after(s.text, r.end)):
                    # "Maryland State Police", "the Mississippi State team": US universities
                    # and agencies; the state is Maryland. Where "State" is part of the state's
                    # name ("the Osun State Police Command", Nigeria) it stays
                    r.surface, r.end = r.surface[:-len(" State")], r.end - len(" State")
                if (place is not None and place.kind in CITY_KINDS
                        and names_a_state(s.text, r.start, r.end)):
                    # "a Washington state farm", "New York Governor Andrew Cuomo", "the state
                    # of Washington", "the province of Quebec": the state or province
                    place = self.places.state_called(r.surface, r.key, place.country) or (
                        self._division_written_after(s.text, r, place)) or place
                abbr = state_abbreviation(s.text, r)
                # a town written with its state ("Rockingham, Northamptonshire") is a town
                qualified = self.places.was_qualified(r.key)
                chosen = False
                if place is not None and not qualified and place.kind in CITY_KINDS and not (
                        plausible(r, place, self.norm, abbr, s.text,
                                  self.places.named_after(place))):
                    big = self.places.big_namesake(r.surface, r.key)  # "Russia" (Ohio) in a run
                    chosen = big is not None and big.kind in CITY_KINDS and big.key != place.key
                    if not chosen:
                        place = big
                if place is None or not (
                        qualified or chosen or plausible(r, place, self.norm, abbr, s.text,
                                                         self.places.named_after(place))):
                    continue
                if place.kind in CITY_KINDS and not qualified and (
                        far := _APPOSED_DISTANCE.match(s.text, r.end)) is not None:
                    place = self._namesake_at_its_distance(r, place, far, raws) or place
                s.mentions.append(Mention(place, r.surface, ai, s.idx, r.start, r.end,
                                          r.possessive, False, embedded=r.embedded,
                                          big_only=r.in_longer))
                if place.kind in CITY_KINDS and before_local_noun(s.text, r.end):
                    self.places.locally_used.add(r.key)
                if r.embedded:
                    continue
                if place.kind in CITY_KINDS:
                    current_city = place
                    cities[place.key] += 1
                    city_places[place.key] = place
                    if place.country:
                        towns_here.append((place.country, place))
            # (the towns this sentence names join after it: "had arrived in the Russian port
            # city ... crossing the border at Khasan" is Vladivostok, named before)
            towns_by_country(s, last_town)
            last_town.update(towns_here)
            for d in find_descriptions(s.text, tokens, raws, self.places.is_name):
                if keywords is None:
                    keywords = tuple(sorted({w.casefold() for w in _CAPITALISED.findall(art.text)}))
                ranked = [city_places[k] for k, _ in cities.most_common(3)]
                if current_city is not None and current_city not in ranked:
                    ranked.insert(0, current_city)
                place = self._bare_capital(d, s, current_city, city_places) if (
                    _BARE_CAPITAL.fullmatch(d.surface) and _LEAVING_IT.search(
                        s.text, max(0, d.start - 40), d.start)) else self._resolve_description(
                        d, ranked, keywords)
                given_m = next((m for m in s.mentions if m.start >= d.end
                                and m.place.kind in CITY_KINDS
                                and OF_NAME.fullmatch(s.text, d.end, m.start)), None)
                given = given_m.place if given_m is not None else None
                named_before = next((m for m in s.mentions if m.end <= d.start and
                                     _APPOSED.fullmatch(s.text, m.end, d.start)), None)
                if given_m is not None and named_before is not None:
                    # "left Piraeus, the port of Athens,": the description is Piraeus's, and
                    # Athens only says which port; it is no stop
                    given_m.inside = True
                    given = named_before.place
                if given is not None:
                    place = given  # "the Colombian port of Necocli" is Necocli
                if place is None:
                    continue
                for m in s.mentions:
                    if d.start <= m.start and m.end <= d.end:
                        m.inside = True
                s.mentions.append(Mention(place, d.surface, ai, s.idx, d.start, d.end, False,
                                          True))
            self._abbreviated_states(s, ai)
            self._party_homes(s, ai)
            self._placed_near(s)
            self._airport_codes(s, ai)
            s.mentions.sort(key=lambda m: m.start)
            states_in_lists(s, self.places)
            states_by_compass(s, self.places)
            towns_in_lists(s, self.places)
            towns_of_landmarks(s, self.places)
        # streets and buildings, placed once the article's dominant city is known
        alone = [m.place for s in ss for m in s.mentions if not m.embedded]
        named = {p.key for p in alone}
        top = dominant_city(self._city_weights(ss, city_places), city_places, alone)
        dominant = city_places[top] if top is not None else None
        if dominant is not None:
            self._squares_in(ss, dominant)
        for s, r, raws in facilities:
            if any(start < r.end and r.start < end
                   for start, end, _ in party_homes(s.text, abbreviations())):
                continue  # "Westrom, R-Elbow Lake, went": his home town, no lake's shore
            place = self._place_facility(r, raws, s, dominant, named)
            if place is not None:
                s.mentions.append(Mention(place, r.surface, ai, s.idx, r.start, r.end,
                                          r.possessive, False, embedded=True))
                s.mentions.sort(key=lambda m: m.start)

    def _division_written_after(self, text: str, r: RawMention, town: Place) -> Place | None:
        """The division a name and the word after it make, when that is its record's name
        ("Kharkiv region": the record is "Kharkiv Region"), in the town's country."""
        word = _DIVISION_WORD.match(text, r.end)
        if word is None:
            return None
        whole = f"{r.surface} {word[1].capitalize()}"
        return self.places.state_called(whole, self.norm(whole), town.country)

    def _named_building(self, text: str, r: RawMention, town: Place) -> Place:
        """A name shaped like a building's that the gazetteer gives to a town only as an
        alternate ("Union Station" for Union, South Carolina) is the building a curated record
        knows by that name in the town written after it: "Union Station in Chicago"."""
        if self.norm(town.name) == r.key or not facility_run(r.surface.casefold().split()):
            return town
        after = _IN_TOWN.match(text, r.end)
        if after is None:
            return town
        try:
            found = self.gaz.resolve_description(r.surface, city=after[1])
        except RoutesError:
            return town
        return found.place if found is not None else town

    def _place_facility(self, r: RawMention, raws: list[RawMention], s: Sentence,
                        dominant: Place | None, named: set[str]) -> Place | None:
        """Where a street or building the gazetteer lacks stands, approximately (see
        routes.reading._facilities): the town named right after it, as the article resolved
        it there; else a place named inside it that agrees with the article; else the one town
        its sentence names; else the article's dominant city; else nowhere. The record says it
        is approximate; it is never a stop."""
        where: Place | None = None
        towns = CITY_KINDS | {"admin"}
        text = s.text
        # the name right after it: a town, a landmark, or a description ("in the French
        # capital")
        nxt = min((m for m in s.mentions if m.start >= r.end), key=lambda m: m.start,
                  default=None)
        if nxt is not None and re.fullmatch(r"\s*(?:,|in|at|near|of)\s*(?:the\s+)?",
                                            text[r.end:nxt.start]):
            where = nxt.place
            if where.kind in AREA_KINDS - towns:
                where = None  # "Atlantic Avenue, Pacific": a country or sea is no address
            # else a town, or a landmark: "St George's Chapel at Windsor Castle"
        written = r.city_hint or ""
        mission = bool(written and _MISSION.search(r.surface))
        hint = self.places.resolve(written, self.norm(written), True) if written else None
        if hint is not None and (hint.kind in CITY_KINDS or is_county(hint)):
            self._inner_places.append(_Inner(hint, written))
        if (where is not None and where.kind == "admin" and hint is not None
                and hint.kind in CITY_KINDS and where.admin1 and hint.admin1 == where.admin1
                and hint.country == where.country):
            # "the Tijuana River in Baja California": the town its name holds, in that state,
            # says more than the state's middle
            where = hint
        if where is None and hint is not None:
            # "University of Seoul": the place after "of" is where it is by construction
            of_place = f" of {written}" in r.surface or f" of the {written}" in r.surface
            if hint.kind in towns and (of_place or hint_agrees(
                    hint, dominant, hint.key in named)):
                where = hint  # "Atlantic Avenue": the ocean is no clue to where it is
            elif (hint.kind == "admin" and far_flung(r.surface)
                  and r.surface.startswith(written)):
                # "Arizona State University", "Florida Atlantic University": a state's
                # university is in that state, whatever city the article is about
                where = hint
            elif (hint.kind == "country" and not mission and dominant is not None
                  and dominant.country != hint.country and (
                      written.replace(".", "").isupper()
                      or self.norm(written) == self.norm(hint.name))):
                # "the US Naval Academy", "the Monaco Oceanographic Museum" in a story told
                # elsewhere: the country its name holds, not the story's city abroad (by its
                # name: an adjective says whose it is, not where: "the Italian Language
                # Academy")
                where = hint
        if where is None:
            # "Doctors at the Alder Hey Children's Hospital where Alfie is admitted in
            # Liverpool": the one town its sentence names, "in" it after the building, before
            # the article's city (in the same country: a namesake abroad is no clue)
            here = {m.place.key: m for m in s.mentions
                    if m.place.kind in CITY_KINDS and not m.embedded}
            town = next(iter(here.values())) if len(here) == 1 else None
            if (town is not None and town.start > r.end
                    and _IN_BEFORE.search(text, max(0, town.start - 12), town.start)
                    and (dominant is None or town.place.country == dominant.country)):
                where = town.place
        if where is None and dominant is not None and (not far_flung(r.surface) or any(
                m.place.key == dominant.key for m in s.mentions)) and not any(
                    # ("reached Rothera Research Station on Tuesday, 11 days after sailing
                    # from Punta Arenas": the city its sentence leaves to get there is the
                    # one place it is not)
                    m.place.key == dominant.key and _LEFT_FROM.search(
                        text, max(0, m.start - 30), m.start) for m in s.mentions):
            # (a university only when its sentence names that city: "Pupils in Doha study at
            # the Italian Language Academy")
            where = dominant
        if where is None:
            return None
        if mission and hint is not None and hint.country and hint.country == where.country:
            return None  # an embassy of a country is never in that country: no guess
        return facility_at(r.surface, r.key, where)

    def _resolve_description(self, d: RawMention, cities: list[Place],
                             keywords: tuple[str, ...]) -> Place | None:
        """A landmark described in context: the city named in or after the phrase, else the
        cities the article names most (the story's city), tried in turn."""
        key = (d.variants, d.synth, d.city_hint, tuple(c.key for c in cities), id(keywords))
        if key not in self._desc_cache:
            self._desc_cache[key] = self._resolve_description_uncached(d, cities, keywords)
        return self._desc_cache[key]

    def _capital_among(self, country: str | None, places: Iterable[Place]) -> Place | None:
        """Of ``places``, the capital of ``country`` (by the name the capitals list gives it)."""
        from routes.gazetteer._capitals import capital_names

        capital = self.norm(capital_names().get(country or "", ""))
        return next((c for c in places if c.country == country
                     and self.norm(c.name) == capital), None) if capital else None

    def _bare_capital(self, d: RawMention, s: Sentence, current: Place | None,
                      named: dict[str, Place]) -> Place | None:
        """"the capital" left or travelled to, told with no country: the capital of the
        country the article is in at this point (the last town its sentence names before it,
        else the town it named last), when the article names that capital ("left the capital
        last Saturday", after "a six-day drive from Oslo"; "stopped to refuel in Port Sudan
        before the three-hour flight to the capital", in a story naming Khartoum). Only a
        leaving or a trip there is read so: elsewhere the phrase is left to the descriptions
        the gazetteer knows (see _resolve_description)."""
        here = next((m.place for m in reversed(s.mentions) if m.end <= d.start
                     and m.place.kind in CITY_KINDS), current)
        if here is None or not here.country:
            return None
        return self._capital_among(here.country, named.values())

    def _resolve_description_uncached(self, d: RawMention, cities: list[Place],
                                      keywords: tuple[str, ...]) -> Place | None:
        options: list[str | None] = (
            [d.city_hint] if d.city_hint else [c.name for c in cities] or [None])
        for city in options:
            for phrase in d.variants:
                try:
                    cand = self.gaz.resolve_description(phrase, city=city, keywords=keywords)
                except RoutesError:
                    cand = None
                if cand is not None:
                    return cand.place
        near = None
        cp = self.places.resolve(city, self.norm(city), False) if city else None
        if cp is not None:
            near = (cp.lat, cp.lon)
        for name in d.synth:
            if not self.places.is_name(name):
                continue
            try:
                return self.gaz.resolve(name, near=near).place
            except RoutesError:
                continue
        return self._landmark_by_name(d.variants[1], ([cp] if cp else []) if d.city_hint
                                      else cities)

    def _landmark_by_name(self, bare: str, around: list[Place]) -> Place | None:
        """A description whose words after the determiner are a landmark's own name, with its
        head in lower case ("the United Nations headquarters", "the Hmeimim air base"): that
        landmark, where it stands by the place the phrase or the story names (in its country,
        for a country or division; within :data:`DESCRIBED_LANDMARK_KM` of a town), or where
        the story names no place at all and the name is no other landmark's."""
        if not self.places.is_name(bare):
            return None
        folded = self.norm(bare)
        found = [c.place for c in self.gaz.candidates(bare, limit=5)
                 if c.place.kind not in AREA_KINDS and c.place.kind not in CITY_KINDS
                 and self.norm(c.matched) == folded]
        for place in found:
            if not around and len({p.key for p in found}) == 1:
                return place
            if any(place.country == a.country if a.kind in AREA_KINDS
                   else km_between(place, a) <= DESCRIBED_LANDMARK_KM for a in around):
                return place
        return None

    # -- pass 3: observations ----------------------------------------------------------------
    def _observations(self, background: bool = False, plans: bool = False) -> list[Obs]:
        """What the traveller's sentences tell of where the traveller was, in article order.
        ``background``: sentences about another time count too; ``plans``: so do trips still
        to come (for a story that tells only a plan, see :meth:`run`)."""
        out: list[Obs] = []
        seq = 0
        for ai, ss in enumerate(self.sentences):
            last_place: Place | None = None
            current: Place | None = None
            narrative: date | None = None
            for si, s in enumerate(ss):
                if s.traveller and s.time.day and not s.time.background and _ACTIVITY.search(
                        s.low):
                    narrative_next: date | None = s.time.day
                else:
                    narrative_next = narrative
                if (s.traveller and narrative is None and s.time.day is None
                        and s.time.hour is not None and si > 0 and not ss[si - 1].traveller
                        and _PRONOUN_START.match(s.text)):
                    # "VIA Rail's Canadian was supposed to reach Vancouver at 8 a.m. on
                    # Thursday. It rolled into Pacific Central Station just after 6 p.m.": the
                    # day the sentence before gave the same trip
                    told = sentence_time(ss[si - 1].text, self.anchor(ai), None)
                    if told.day is not None and not told.background:
                        narrative = told.day
                if not s.traveller or (s.time.background and not background):
                    narrative = narrative_next
                    continue
                located = [m for m in s.mentions
                           if (not _area(m.place) or _water_goal(s.text, m)) and not m.embedded]
                other = self._another_traveller_after(s)
                if other is not None:
                    # "Trump flew in from Washington ..., while Argentina's Javier Milei arrived
                    # from Buenos Aires": the places of the other person's clause are theirs
                    located = [m for m in located if m.start < other]
                if not located and last_place is None:
                    narrative = narrative_next
                    continue  # nothing to observe here, and no "left there" to resolve
                clauses = clause_spans(s.text)
                # (a small area that may be a stop, an island, is no blocker: "airlifted from
                # the Hornli hut on the Matterhorn to the hospital in Visp")
                # (nor is a street or building placed only roughly, at its town: "swimming
                # from Shakespeare Beach near Dover to Cap Gris-Nez" leaves Dover)
                blockers = [(m.start, m.end) for m in located
                            if not m.inside and m.place.kind not in AREA_KINDS
                            and not m.place.id.startswith("approx:")]
                starts = [b[0] for b in blockers]
                visited_here = False
                first_here = len(out)
                told_here: list[Mention] = []  # the mention behind each observation here
                before_departure = bool(located and _BEFORE_DEPARTURE.search(s.low))
                planned_leaving = -1  # where a leaving still to come is told
                told_before = bool(out) and out[-1].art == ai  # (out is in article order)
                city_departure = bool(located and _CITY_DEPARTURE.search(s.low))
                for mi, m in enumerate(located):
                    if m.inside or (m.possessive and not m.description
                                    and not _OWNS_A_THING.match(s.text, m.end)
                                    and not _owns_an_unknown(s, m.end)
                                    and not any(0 < x.start - m.end <= 4 and x.embedded
                                                for x in s.mentions)):
                        continue  # "Beijing's Great Hall": the hall is the stop (but in
                        # "Kabul's Hamid Karzai International Airport", placed only roughly,
                        # at Kabul, Kabul is)
                    start = m.start
                    for p in reversed(located[max(0, mi - 3):mi]):  # "Beijing's Great Hall"
                        if p.possessive and p.end <= m.start and m.start - p.end <= 4:
                            start = p.start
                            break
                    lo = bisect.bisect_left(starts, start - 130)
                    hi = bisect.bisect_left(starts, start)
                    near = [b for b in blockers[lo:hi] if b[0] != m.start and b[0] != start]
                    role = motion_role(s.text, start, landmark=m.place.kind not in CITY_KINDS,
                                       blockers=near)
                    if role is None and m.place.kind in CITY_KINDS:
                        role = role_of_its_building(s, m, near)
                    if (role == "depart" and _hometown(s.text, start) and any(
                            o is not m and o.start > m.end and not o.inside
                            and o.place.kind in CITY_KINDS
                            and _LEFT_FROM.search(s.text, max(0, o.start - 30), o.start)
                            and not _hometown(s.text, o.start) for o in s.mentions)):
                        # "A 71-year-old retired teacher from Lyon reached Santiago ..., 62
                        # days after setting out on foot from Le Puy-en-Velay": her home town,
                        # with the place she set out from told
                        role = None
                    if (role is None and m.place.kind in CITY_KINDS and _AFTER_A_VISIT.search(
                            s.text, max(0, start - 40), start)):
                        role = "visit"  # "after a day in New York": a stay, before the event
                    if (role is None and m.place.kind in CITY_KINDS
                            and re.search(r"\b(?:in|at)\s+$", s.text[max(0, start - 4):start])
                            and _TO_WIN_AFTER.match(s.text, m.end)):
                        role = "arrive"  # "touched the statue of King Leonidas in Sparta on
                        # Saturday to win the Spartathlon": the race's finish, reached
                    if (role is None and m.place.kind in CITY_KINDS
                            and _OPENING_IN.fullmatch(s.text, 0, start)
                            and _TRAVELLER_DID.match(s.text, m.end)
                            and not any(x.city.key == self.places.city_of(m.place).key
                                        for x in out)):
                        role = "visit"  # "In Dandong, he met officials", "At Port Sudan they
                        # queued on the quayside": the traveller was there (a place the story
                        # had him reach already is that stay, told again)
                    if (role is None and visited_here and m.place.kind not in CITY_KINDS
                            and re.search(r"\b(?:in|at|inside|and|to|plus)\s+$",
                                          s.text[max(0, start - 25):start])):
                        role = "visit"  # "a factory ... in an economic zone", "X and Y"
                    if (role == "depart" and planned_leaving < 0 and told_before
                            and leaving_is_planned(s.text, start)):
                        # a leaving still to come, after the trip the article told so far
                        # ("was expected to leave Budapest ... for the return to Beijing"); a
                        # story of a trip not yet made keeps it ("The service will leave
                        # Paris Gare de l'Est at 8:30 p.m.")
                        planned_leaving = start
                    if role is not None and (
                            _HABITUAL.search(s.text, max(0, start - 60), start)
                            or _NOT_THERE.search(s.text, max(0, start - 90), start)
                            or _MANY_VEHICLES.search(s.text, max(0, start - 60), start)
                            or _OTHERS_BOUND.search(s.text, 0, start)
                            or _TOUR_SUMMED_UP.search(s.text, max(0, start - 140), start)):
                        # "The family usually drives to Atlanta": not this trip
                        role = None
                    elif role is not None and not plans and _planned(s.text, start, m.end, role):
                        # "a trip that will take him to Istanbul and Iznik", a trip not yet made
                        # (see run: a story that tells nothing else draws it)
                        role = None
                        self._left_as_planned = True
                    elif role is not None and (
                            (role == "depart" and planned_leaving == start)
                            # (and where that leaving is for: "for the return to Beijing")
                            or (role == "goal" and 0 <= planned_leaving < start)
                            or _ENOUGH_FOR.search(s.text, max(0, start - 80), start)
                            or _ANOTHER_ROUTE.search(s.text, max(0, start - 80), start)
                            or _in_route_fact(s.text, start)):
                        # "enough for a coach trip to Aix-en-Provence", "easier than the old
                        # route, which stopped in Singapore": not this trip
                        role = None
                    elif (role in (None, "goal") and m.place.kind in CITY_KINDS
                          and (role == "goal" or re.search(
                              # (and "walked into the square before Santiago de Compostela's
                              # cathedral on Friday, 34 days after leaving")
                              r"\b(?:in|at|of|before|outside|beside|near)\s+$",
                              s.text[max(0, start - 8):start]))
                          and _TIME_AFTER_LEAVING.match(s.text, m.end)):
                        # "touching the statue in Sparta 22 hours and 40 minutes after leaving
                        # Athens": where the trip timed from the leaving ended (and "walked
                        # into ... Santiago de Compostela's cathedral on Thursday, 35 days
                        # after setting out": a goal reached)
                        role = "arrive"
                    m.role = role
                    if role is None:
                        continue
                    if role == "visit" and m.place.kind not in CITY_KINDS:
                        visited_here = True
                    after_goal = False
                    if role == "goal" and m.place.kind not in CITY_KINDS:
                        # (a landmark gone to after a goal the sentence tells, far from it, is
                        # reached after it, at a time the sentence does not tell: "flew to
                        # Lukla on Monday and began the trek to Everest Base Camp")
                        after_goal = any(x.action == "goal" and x.place.kind in CITY_KINDS
                                         and km_between(x.place, m.place) > NEAR_CITY_KM / 5
                                         for x in out[first_here:])
                        role = m.role = "visit"  # "went to the Beijing Hotel"
                    info = clause_time(s.text, clauses, start, self.anchor(ai), narrative)
                    if after_goal:
                        info = replace(info, day=None, day_text="", hour=None, hour_text="",
                                       qualifier=None)
                    end = m.end
                    after = len(s.text)
                    for x in located:
                        if x.start < end or x.inside or x.place.kind in AREA_KINDS:
                            continue  # ("at Kalaeloa airport on Oahu, Hawaii, at 05:55")
                        if ADDRESS_GAP.fullmatch(s.text, end, x.start):
                            end = x.end  # "Hakata Station in Fukuoka five hours later"
                            continue
                        after = x.start
                        break
                    info = own_clock(s.text, clauses, end, after, info, self.anchor(ai),
                                     narrative)
                    if role == "pass" and _AFTER_A_TRIP_VIA.search(
                            s.text, max(0, start - 90), start):
                        # "arrived in Beijing on Monday afternoon after an overnight journey
                        # from Pyongyang via Dandong": passed before that arrival, at a time
                        # the sentence does not tell
                        info = TimeInfo()
                    if role == "goal":
                        arriving = _ARRIVING.match(s.text, end, after)
                        if arriving is not None:
                            # "sailed overnight to Barcelona, about 650 km away, docking at
                            # 8 a.m. on Tuesday": the goal reached, and when
                            told = sentence_time(arriving["rest"], self.anchor(ai), narrative)
                            if told.day is not None or told.hour is not None:
                                info, role = told, "arrive"
                                m.role = role
                    if role != "visit" and info.hour_text.casefold() in _MEALS:
                        info = replace(info, hour=None, hour_text="")
                    o = Obs(m.place, self.places.city_of(m.place), role, ai, s.idx, seq, s.source,
                            s.text, info.day, info.hour, info.hour_text, info.day_text,
                            info.qualifier)
                    seq += 1
                    o.at = m.start
                    o.before_departure = before_departure
                    o.departs_city = role == "depart" or (
                        m.place.kind == "station" and city_departure)
                    if role == "goal":
                        o.origin = current
                    o.narrative = narrative
                    out.append(o)
                    told_here.append(m)
                    if role in ("depart", "arrive", "visit"):
                        current = o.city
                        last_place = m.place
                # "en route to X ... after he left Y": the origin is the place left
                here = out[first_here:]
                _ways_before_goals(here)
                for o in here:
                    source = next((d for d in here if d.action == "depart" and d.seq > o.seq
                                   and d.city.key != o.city.key), None)
                    if o.action == "goal" and source is not None:
                        o.origin = source.city  # "had flown into Pyongyang from Yakutsk"
                        current = o.city  # (and the traveller is there after it)
                left = [o for o in here if o.action == "depart"]
                visited_before: int | None = None  # where the last place visited before ends
                for o, m in zip(here, told_here, strict=True):
                    if o.action == "visit" and o.day is None and _HAD_BEEN.search(
                            s.text, 0, m.start):
                        o.left_before = o.pluperfect = True  # "he had visited troops in X"
                    elif o.action == "visit" and any(
                            d.action == "depart" and d.seq < o.seq
                            and (_WHERE_HAD.match(s.text, told_here[here.index(d)].end)
                                 # ("The train departed Beijing on Wednesday afternoon
                                 # after Kim had lunch with Xi at the Beijing Hotel")
                                 or _AFTER_HAD.search(s.text, told_here[here.index(d)].end,
                                                      m.start))
                            for d in here):
                        # "after a 12-hour flight from Washington, where he had met President
                        # Joe Biden at the White House": there before leaving, not on the
                        # sentence's day
                        o.day, o.day_text = None, ""
                        o.left_before = o.pluperfect = True
                        forget_clock(o)
                    elif o.action in ("goal", "visit") and (_AFTER_A_VISIT.search(
                            s.text, max(0, m.start - 40), m.start) or (
                                # (and the rest of a list: "after stops in Carlisle, Dumfries
                                # and Glasgow")
                                visited_before is not None and _LISTED_NEXT.fullmatch(
                                    s.text, visited_before, m.start))) and any(
                                a.action in ("arrive", "visit") and a.seq < o.seq
                                and a.city.key != o.city.key for a in here):
                        # "landed in Rio de Janeiro on Sunday ... after a visit to Lima", "ended
                        # a three-day bus tour in Edinburgh on Friday, after stops in Carlisle":
                        # there before the arrival, and left for it
                        o.action = m.role = "depart"
                        visited_before = m.end
                    else:
                        visited_before = None
                    if o.action == "visit" and o.day_text and _DAYS_SPANNED.match(s.text, m.end):
                        # "made an unannounced visit to Beijing from Sunday to Wednesday": the
                        # whole stay, not a call on its first day (before the arrival told next)
                        o.day, o.day_text = None, ""
                        forget_clock(o)
                    if o.action in ("pass", "visit") and (o.day_text or o.hour_text) and any(
                            a.action == "arrive" and a.seq < o.seq
                            and _ON_THE_TRIP_THERE.search(s.text, told_here[here.index(a)].end,
                                                          m.start)
                            for a in here):
                        # "arrived in Sydney on Friday evening ..., after a flight from London of
                        # about 22 hours that included a refuelling stop in Singapore": on the way
                        # there, before the arrival's day and hour
                        o.day, o.day_text = None, ""
                        forget_clock(o)
                    if o.action == "visit" and o.day_text and not o.hour_text and any(
                            g.action == "goal" and g.seq < o.seq
                            and 0 <= s.text.find(o.day_text) < told_here[here.index(g)].start
                            and _THEN_CALLS.search(s.text, told_here[here.index(g)].end,
                                                   m.start)
                            for g in here):
                        # "left the Gare de l'Est on Aug. 25 and crossed the Alps to Vienna
                        # before stopping in Budapest ... and Bucharest": the leaving's day,
                        # and stops after the goal, on days the sentence does not tell
                        o.day, o.day_text = None, ""
                        forget_clock(o)
                    if o.action != "depart":
                        continue
                    # (from its owner's name: "after a flight from Rome's Fiumicino airport")
                    at = next((p.start for p in located if p.possessive and p.end <= m.start
                               and m.start - p.end <= 4), m.start)
                    had_left = _HAD_LEFT.search(s.text, max(0, at - 40), at) or (
                        any(w.action == "arrive" for w in out[:first_here]) and (
                            _IN_FROM.search(s.text, max(0, at - 40), at)
                            or _EARLIER_AFTER.match(s.text, m.end)))
                    # ("flew into London Luton from Madrid": an airport reached is a visit)
                    # (and "made an unannounced visit to Kyiv ..., after a flight from Joint
                    # Base Andrews to Rzeszow": a visit told as a noun is the stay reached)
                    arrived_first = any((a.action == "arrive" or (
                        a.action == "visit" and (a.place.kind in _GATEWAY_KINDS
                                                 or told_as_a_visit(a))))
                        and a.seq < o.seq for a in here) \
                        and re.search(r"\bfrom\s+(?:the\s+)?$", s.text[max(0, at - 12):at])
                    told_trip = (s.idx > 0 and (
                        _TRIP_FROM.match(s.text) is not None
                        # ("The train covered the roughly 470 km from Nairobi Terminus", told
                        # after "arrived in ... Mombasa")
                        or _VEHICLE_COVERED_FROM.fullmatch(s.text, 0, at) is not None)
                                 and any(w.action == "arrive" for w in out[:first_here]))
                    if had_left or arrived_first or told_trip or _AFTER_LEAVING.search(
                            s.text, max(0, at - 90), at):
                        # (and "The flight from Pyongyang's Sunan airport covered about 4,700
                        # km", after the arrival: the trip told, from where it began)
                        # "crossed at Khasan early on Tuesday, about 20 hours after leaving
                        # Pyongyang", "arrived at Dong Dang from Pyongyang on Tuesday": the
                        # sentence's time is the arrival's; the leaving was before it
                        o.left_before = True
                        o.pluperfect = bool(had_left) or told_trip
                        own = [t for t in (o.hour_text, o.day_text) if t]
                        if not (had_left and own and all(
                                x.action in ("depart", "pass", "goal")
                                # (or a place reached after a step told with "then": "had
                                # left Rome on Sept. 2 for Jakarta, then visited Dili")
                                or THEN_STEP.search(s.text, m.end, max(m.end, x.at))
                                for x in here)
                                and all(0 <= s.text.find(t, m.end) - m.end <= 45
                                        and not _NEW_CLAUSE.search(s.text, m.end,
                                                                   s.text.find(t, m.end))
                                        for t in own)):
                            o.day, o.day_text = None, ""
                            forget_clock(o)
                        # (but "The Boeing 787 had left Perth at 6:45 p.m. on Sunday", told
                        # after the landing: a leaving told alone with its time right after the
                        # place keeps it; not "had left Tobruk ... when it capsized off Pylos
                        # early on Wednesday", the capsizing's day)
                    elif o.hour is not None and any(a.action == "arrive" and a.seq < o.seq
                                                    and a.hour == o.hour for a in here):
                        # "landed in Moscow at 1 p.m. after a flight from Beijing": the clock
                        # time is the landing's, told first; the place left is not given one
                        forget_clock(o)
                day_of_the_end(s.text, here, told_here)
                days_passed_over(s.text, here)
                days_before_a_then(s.text, here)
                times_of_a_later_place(s.text, here)
                days_counted_back(s.text, here)
                begun = {id(o) for o in here if o.action == "depart" and _BEGAN_IN.search(
                    s.text, max(0, o.at - 40), o.at) and any(
                        a.action == "arrive" and a.seq < o.seq for a in here)}
                if begun or any(o.left_before for o in here):
                    # a place left before the sentence's arrival is not where it leaves him
                    # ("stepped off at Dong Dang, ending a journey that began in Pyongyang")
                    settled = [o for o in here if o.action in ("depart", "arrive", "visit")
                               and not o.left_before and id(o) not in begun]
                    if settled:
                        current, last_place = settled[-1].city, settled[-1].place
                for o in here:
                    # "the 8:01 a.m. train from London to Paris", "left Pyongyang at 3 p.m. for
                    # Beijing": a clock time told with a departure is not the goal's
                    if o.action in ("goal", "visit", "pass") and o.hour is not None and any(
                            d.hour == o.hour and d.seq < o.seq for d in left):
                        forget_clock(o)
                for o in here:
                    if (o.action == "goal" and left
                            and (o.origin is None or o.origin.key == o.city.key)):
                        o.origin = left[-1].city
                for prev, o in pairwise(here):
                    if (prev.action == "goal" and o.action == "goal"
                            and prev.city.key != o.city.key
                            and THEN_STEP.search(s.text, prev.at, o.at)):
                        # "had flown from Joint Base Andrews to Rzeszow, then was driven about
                        # 90 kilometres to Przemysl": on from the goal reached first
                        o.origin = prev.city
                # "He left there around noon": the last place the story put him
                there = _THERE.search(s.text) if "there" in s.low else None
                if there and last_place is not None:
                    info = clause_time(s.text, clauses, there.start(), self.anchor(ai), narrative)
                    out.append(Obs(last_place, self.places.city_of(last_place), "depart", ai,
                                   s.idx, seq, s.source, s.text, info.day, info.hour,
                                   info.hour_text, info.day_text, info.qualifier,
                                   narrative=narrative))
                    seq += 1
                clocks = clock_verbs(s.text, out[first_here:], located, self.anchor(ai),
                                     narrative)
                if clocks:
                    seq, reached = self._clocks_told_apart(out, first_here, clocks, last_place,
                                                           (ai, s), seq)
                    if reached is not None:
                        current, last_place = reached.city, reached.place
                home = (_HOME.search(s.text) if "home" in s.low else None) or (
                    _CAME_BACK.search(s.text) if "back" in s.low or "return" in s.low
                    else None) or self._back_to_its_country(s, out)
                if (home is not None and not plans
                        and tells_ahead(s.text[:home.start()].lower())):
                    home = None  # "was expected to spend Friday touring Vladivostok before
                    # heading home by train": a way home still to come
                    self._left_as_planned = True
                began = next((o for o in out if o.action == "depart"), None) if home else None
                sentence_obs = out[first_here:]
                # ("flying home to Beijing", "before flying home to Ohio": the home it names,
                # unless that is where the trip began, or its country)
                named_home = home is not None and began is not None and "home" in home[
                    0].casefold() and any(
                    _HOME_TO.fullmatch(s.text, home.end(), m.start) is not None
                    and self.places.city_of(m.place).key != began.city.key
                    and not _home_area(m.place, began.place) for m in s.mentions)
                if home and began is not None and not named_home and (
                        not sentence_obs or began.city.key != sentence_obs[-1].city.key):
                    # "He flew home from Mombasa on Sunday": back to where the trip began
                    info = clause_time(s.text, clauses, home.start(), self.anchor(ai),
                                       narrative)
                    told = sentence_time(s.text[home.end():home.end() + 40], self.anchor(ai),
                                         narrative)
                    if told.day is not None:
                        info = told  # "... on Sunday, and returned on Wednesday": its own day
                    goal = Obs(began.city, began.city, "goal", ai, s.idx, seq, s.source, s.text,
                               info.day, None, "", info.day_text, None, narrative=narrative)
                    goal.origin = sentence_obs[-1].city if sentence_obs else current
                    out.append(goal)
                    seq += 1
                narrative = narrative_next
        return self._without_unreached(out)

    def _back_to_its_country(self, s: Sentence, out: list[Obs]) -> re.Match[str] | None:
        """"He returned to Georgia on Wednesday", after leaving Tbilisi: back to where the trip
        began, told by its country (or state), which is no stop of its own."""
        if "back" not in s.low and "return" not in s.low:
            return None
        began = next((o for o in out if o.action == "depart"), None)
        if began is None or began.place.country is None:
            return None
        for m in s.mentions:
            if not _home_area(m.place, began.place):
                continue
            back = _BACK_TO_AREA.search(s.text, max(0, m.start - 30), m.start)
            if back is not None:
                return back
        return None

    def _clocks_told_apart(self, out: list[Obs], first_here: int, told: dict[str, TimeInfo],
                           last_place: Place | None, where: tuple[int, Sentence],
                           seq: int) -> tuple[int, Obs | None]:
        """Clock times told by verbs away from any place: "The Nightjet from Vienna to Paris
        left at 7:40 p.m. on Monday and arrived at 9:45 a.m. on Tuesday", "She left at 10:05
        a.m. and arrived at 10:37 a.m." (after a sentence that named the trip). The departure
        is from the place the sentence (or the story) left, the arrival at the goal it was
        bound for. Returns the next sequence number and the arrival made, if any."""
        ai, s = where
        here = out[first_here:]
        left = next((o for o in here if o.action == "depart"), None)
        goal = next((o for o in reversed(here) if o.action == "goal"), None)
        if not here:
            before = out[:first_here]
            goal = before[-1] if before and before[-1].action == "goal" else None
            if last_place is not None and "depart" in told:
                left = Obs(last_place, self.places.city_of(last_place), "depart", ai, s.idx,
                           seq, s.source, s.text, None, None, "", "", None)
                seq += 1
                out.append(left)
        arrived: Obs | None = None
        dep, arr = told.get("depart"), told.get("arrive")
        if left is not None and dep is not None and left.hour is None:
            left.day = dep.day or left.day or (goal.day if goal is not None else None)
            left.day_text = dep.day_text or left.day_text
            left.hour, left.hour_text, left.qualifier = dep.hour, dep.hour_text, dep.qualifier
        if goal is not None and arr is not None:
            if goal in here:
                arrived = goal
                goal.action = "arrive"
            else:
                arrived = Obs(goal.place, goal.city, "arrive", ai, s.idx, seq, s.source, s.text,
                              None, None, "", "", None)
                seq += 1
                out.append(arrived)
            day = arr.day or (left.day if left is not None else None) or goal.day
            arrived.day, arrived.day_text = day, arr.day_text or goal.day_text
            arrived.hour, arrived.hour_text, arrived.qualifier = (arr.hour, arr.hour_text,
                                                                  arr.qualifier)
        return seq, arrived

    def _without_unreached(self, out: list[Obs]) -> list[Obs]:
        """A trip that "never reached Seattle" (a derailment, a diversion) does not reach it:
        the goal is dropped, so the map does not draw an arrival that did not happen."""
        unreached: set[str] = set()
        for ss in self.sentences:
            for s in ss:
                if "reach" not in s.low and "made it" not in s.low and "arriv" not in s.low:
                    continue
                for m in s.mentions:
                    if _NEVER_REACHED.search(s.text, max(0, m.start - 40), m.start):
                        unreached.add(self.places.city_of(m.place).key)
        # "left Chicago bound for Seattle and Portland ... The train never reached the Pacific
        # coast": goals it was only bound for, and never arrived at, are not reached
        if any(_NEVER_REACHED_ANY.search(s.text) for ss in self.sentences for s in ss):
            # (and an airport a flight was bound for, read as a landmark gone to: "bound for
            # London's Gatwick airport crashed shortly after taking off")
            bound_to = {id(o) for o in out if o.action == "visit" and o.place.key != o.city.key
                        and _BOUND_FOR.search(o.sentence, max(0, o.at - 30), o.at)}
            arrived = {o.city.key for o in out if o.action in ("arrive", "visit")
                       and id(o) not in bound_to}
            unreached.update(o.city.key for o in out if (
                (o.action == "goal" and (_BOUND_FOR.search(o.sentence)
                                         # ("disappeared from radar less than an hour into a
                                         # flight from Kuala Lumpur to Beijing"; but "A bus
                                         # from Toronto to Montreal crashed near Kingston"
                                         # draws the route it was on)
                                         or _LOST_ON_ITS_WAY.search(o.sentence)
                                         # ("seized an oil tanker ... as it sailed from Kuwait
                                         # to Houston"; not the port it was taken to after)
                                         or (_SEIZED.search(o.sentence) and _AS_IT_WENT.search(
                                             o.sentence, max(0, o.at - 60), o.at))))
                or id(o) in bound_to)
                and o.city.key not in arrived)
        # "A flight from Delhi to San Francisco landed in Magadan after an engine fault": the
        # goal told, then another place reached instead
        by_sentence: dict[tuple[int, int], list[Obs]] = {}
        reached_later: set[int] = set()
        for o in out:
            by_sentence.setdefault((o.art, o.sent), []).append(o)
        # (a story that tells the trip cut short: "ran aground off Paros", "crashed")
        cut_short = any(_INCIDENT.search(s.text) or _LOST_ON_THE_WAY.search(s.text)
                        for ss in self.sentences for s in ss)
        for here in by_sentence.values():
            for goal in (o for o in here if o.action == "goal"):
                # "The aircraft had been flying to Tabriz", after its crash (but the route of a
                # vehicle in an accident, "The train from Toronto to Montreal derailed near
                # Kingston", stays the trip the map shows); and "The ship was sailing from
                # Piraeus to Naxos", after it ran aground off Paros
                if (_HAD_BEEN_GOING.search(goal.sentence, max(0, goal.at - 90), goal.at) or (
                        cut_short and _WAS_GOING.search(goal.sentence, max(0, goal.at - 90),
                                                        goal.at))) and (
                        goal.city.key not in unreached):
                    unreached.add(goal.city.key)
                    self.notes.append(f"{goal.city.name}: the trip was bound there but did "
                                      "not get there; not drawn as reached")
            for goal in (o for o in here if o.action == "goal"):
                if (_BOUND_FOR.search(goal.sentence, max(0, goal.at - 14), goal.at)
                        and _TURNED_BACK.search(goal.sentence, goal.at)
                        and goal.city.key not in unreached):
                    # "had left Portland International Airport at 5:07 p.m. bound for
                    # Ontario, California, and returned about 20 minutes later"
                    unreached.add(goal.city.key)
                    self.notes.append(f"{goal.city.name}: the trip was bound there but turned "
                                      "back; not drawn as reached")
            if not _DIVERTED.search(here[0].sentence):
                continue
            for goal in (o for o in here if o.action == "goal"):
                if _DIVERTED.search(goal.sentence, max(0, goal.at - 30), goal.at):
                    continue  # "was diverted to Dubai": where it went instead
                # (the place reached instead may be told as a goal: "was forced to return to
                # Portland", "was diverted to Bangkok")
                instead = next((o for o in here if o.seq > goal.seq
                                and o.city.key != goal.city.key and (
                                    o.action == "arrive" or (
                                        o.action == "goal" and _DIVERTED.search(
                                            o.sentence, goal.at, o.at)) or (
                                        o.action in ("goal", "visit") and BACK_TO.search(
                                            o.sentence, max(0, o.at - 30), o.at)))), None)
                # (and "flying from Istanbul to New York returned to Istanbul's airport ...
                # following a technical problem": back where it began)
                if instead is not None and any(
                        o.city.key == goal.city.key and o.action == "arrive"
                        and o.seq > instead.seq for o in here):
                    # "..., arriving in Singapore 19 hours late": there in the end, and that
                    # arrival, after the place it went instead, is the goal's
                    reached_later.add(id(goal))
                    continue
                if instead is not None and goal.city.key not in unreached:
                    unreached.add(goal.city.key)
                    self.notes.append(f"{goal.city.name}: the trip was bound there but reached "
                                      f"{instead.city.name} instead; not drawn as reached")
        if reached_later:
            out = [o for o in out if id(o) not in reached_later]
        if not unreached:
            return out
        self._unreached_names.update(o.city.name for o in out if o.city.key in unreached)
        return [o for o in out if not (o.city.key in unreached and (o.action == "goal" or (
            o.action == "arrive"
            and _NEVER_REACHED.search(o.sentence, max(0, o.at - 40), o.at)) or (
            # (and its station, told as where the run was going: "for the usual run to Paris
            # Gare du Nord", read as a visit to a landmark gone to)
            o.action == "visit" and o.place.key != o.city.key
            and (_GOING_TO_IT.search(o.sentence, max(0, o.at - 40), o.at)
                 or _BOUND_FOR.search(o.sentence, max(0, o.at - 30), o.at)))))]

    # -- pass 4: itinerary -------------------------------------------------------------------
    def _itinerary(self, obs: list[Obs]) -> None:
        if not obs:
            self.notes.append("no sentence says where the traveller went; no stops were drawn")
            return
        # "left Pyongyang on Monday ... was back on Saturday" in a Sunday story: Monday is the
        # week before's, as within one sentence
        for ai in {o.art for o in obs}:
            weekdays_in_order([o for o in obs if o.art == ai], self.anchor(ai))
        # city departure days, for "before his departure" and stations seen off
        depart_days: dict[str, date] = {}
        for o in obs:
            if o.action == "depart" and o.day and o.place is o.city:
                depart_days.setdefault(o.city.key, o.day)
        # "... some 11 hours after leaving the Austrian capital": the departure told again,
        # not a second visit (the first telling keeps its time)
        # (a clock alone, in an article with no date to read its days by, places nothing: the
        # trip's first telling, "arrived in Perth after a journey from Sydney", keeps the
        # order it gives, before "The train left Sydney on Wednesday afternoon")
        told_departures = {o.city.key for o in obs if o.action == "depart" and not o.left_before
                           and (o.day is not None or (
                               o.hour is not None and self.anchor(o.art) is not None))}
        # (also told by the city's airport or station, whatever town its record names: "left
        # Orlando on Tuesday ... six hours after leaving Orlando Sanford airport")
        told_cities = [o.city for o in obs if o.city.key in told_departures]
        told_departures.update(
            o.city.key for o in obs if o.action == "depart" and o.left_before
            and o.place.kind not in CITY_KINDS
            and _gateway_city(o.place, told_cities) is not None)
        # (and "three hours after leaving Milan", when the story was already in Milan: the
        # departure from the place it was at, not another stop there)
        been = {(o.art, o.city.key): o.seq for o in reversed(obs)
                if o.action in ("arrive", "visit")}
        obs[:] = [o for o in obs if not (
            o.action == "depart" and o.left_before and not o.pluperfect and (
                o.city.key in told_departures or been.get((o.art, o.city.key), o.seq) < o.seq))]
        told_day: dict[int, date] = {}  # the day last told in each article, as read
        last_clock: dict[int, Obs] = {}  # the last observation with a clock, per article
        for o in obs:
            if o.day is None and (o.before_departure or o.departs_city):
                o.day = depart_days.get(o.city.key)
            if o.day is None and o.hour is not None and o.art in told_day:
                # "... on Thursday. It reached Paris at 3:40 p.m.": the day told last, also
                # when it was told with no activity ("The next morning he took another bus")
                o.day = told_day[o.art]
            if o.day is None and o.hour is not None and o.narrative is not None:
                o.day = o.narrative  # "He left there around noon", after "the next morning"
            clocked = last_clock.get(o.art)
            if (o.day is not None and o.hour is not None
                    and clocked is not None and clocked.day == o.day
                    # (a day not told, or only inherited from the clause the clock before it
                    # was told in: "left London Euston at 11:45 p.m. on Sunday and pulled into
                    # Edinburgh at 7:20 a.m.")
                    and (not o.day_text or (clocked.day_text == o.day_text
                                            and (clocked.art, clocked.sent) == (o.art, o.sent)
                                            and o.day_text not in o.hour_text))
                    and clocked.hour is not None and o.hour < clocked.hour
                    and clocked.action != "arrive"  # (told first, the trip's end: not after)
                    and o.action != "depart" and not o.pluperfect and o.day < date.max):
                # "left at 9:27 p.m. on Thursday ... called at Villach shortly after 3 a.m.",
                # "... crossed into Germany before midnight. It stopped in Munich during the
                # night": a clock earlier than the one told before it, on a day not told, is
                # the next morning (whose day the clause's words no longer name)
                o.day, o.day_text = o.day + timedelta(days=1), ""
            if o.day is not None:
                told_day[o.art] = o.day
                o.t = clock_at(o.day, o.hour, o.place, o.action)
                if o.hour is not None:
                    last_clock[o.art] = o
        _after_its_leaving(obs)
        # inheritance within an article: an undated landmark follows its narrative predecessor
        # in the same city ("He then went to ...")
        by_art: dict[int, list[Obs]] = {}
        for o in obs:
            by_art.setdefault(o.art, []).append(o)
        for lst in by_art.values():
            prev: Obs | None = None
            for o in lst:
                if o.t is None and o.action != "goal" and prev is not None and prev.t is not None \
                        and prev.city.key == o.city.key and o.place is not o.city:
                    o.t = _shift(prev.t, timedelta(minutes=1))
                    o.inherited = True
                if o.t is not None and o.action != "goal":
                    prev = o
        # a place's time: stated times first, then inherited ones
        stated: dict[str, bool] = {}
        place_t: dict[str, datetime] = {}
        place_day: dict[str, date | None] = {}  # the day of a place's time told with no hour
        place_left: dict[str, bool] = {}  # whether that time is the place's leaving
        for o in sorted(obs, key=lambda x: x.inherited):  # stated times first
            if o.t is not None and o.action != "goal":
                if o.place.key not in place_t:
                    place_t[o.place.key] = o.t
                    place_day[o.place.key] = o.day if o.hour is None else None
                    place_left[o.place.key] = o.action == "depart"
                    first_inherited = o.inherited
                    stated[o.place.key] = first_inherited
                elif stated[o.place.key] == o.inherited and o.t < place_t[o.place.key]:
                    place_t[o.place.key] = o.t
                    place_day[o.place.key] = o.day if o.hour is None else None
                    place_left[o.place.key] = o.action == "depart"
        # undated mentions of a landmark take the landmark's time from other articles; a
        # landmark named in the same sentence as a dated one shares its time
        # (not an arrival at a place whose time is its leaving: "before reaching Singapore",
        # told after "flying 13 hours from Singapore" on Friday, was reached before Friday,
        # and joins the stay that leaving ended)
        for o in obs:
            if (o.t is None and o.action != "goal" and o.place.key in place_t
                    and not o.left_before
                    and not (o.action == "arrive" and place_left[o.place.key])):
                o.t = place_t[o.place.key]
                o.day_of_source = place_day[o.place.key]
                o.inherited = True
        first_timed: dict[tuple[int, int, str], datetime] = {}
        for o in obs:
            if o.t is not None:
                first_timed.setdefault((o.art, o.sent, o.city.key), o.t)
        for o in obs:
            if o.t is None and o.action != "goal":
                sib_t = first_timed.get((o.art, o.sent, o.city.key))
                if sib_t is not None:
                    o.t = _shift(sib_t, timedelta(minutes=1))
                    o.inherited = True
        _told_after_its_end(obs)
        visits = self._visits(obs)
        _way_told_after_the_end(visits)
        start_where_it_returns(visits)
        _islands_and_their_ports(visits)
        self._stops(visits)

    def _visits(self, obs: list[Obs]) -> list[Visit]:
        if len(self.articles) == 1 and all(o.t is None for o in obs):
            return self._told_visits(obs)
        keys = told_order(obs)
        timed = sorted((o for o in obs if o.t is not None and o.action != "goal"),
                       key=lambda o: keys[id(o)])
        visits: list[Visit] = []
        for o in timed:
            if visits and visits[-1].city.key == o.city.key and not _came_back(
                    visits[-1].obs[-1], o):
                visits[-1].obs.append(o)
            else:
                visits.append(Visit(o.city, [o]))
        # goals: placed at the origin's departure plus the distance at ORDER_SPEED_KMH
        goals: list[tuple[datetime | None, Obs]] = []
        set_off: dict[int, datetime] = {}  # goal -> when its trip left, where told
        told_back: set[int] = set()  # articles that tell a flashback of goals (see below)
        for o in obs:
            if o.action != "goal":
                continue
            origin_visit = self._origin_visit(visits, o)
            if o.day is None and o.hour is None and tells_ahead(o.sentence[:o.at].lower()):
                # "will rest for several days before continuing toward Tijuana", told after
                # the way to the place reached: the trip ahead sets off from where the
                # traveller is now, the last place in time, not the last one told
                latest = max((v for v in visits if v.times()), key=lambda v: max(v.times()),
                             default=None)
                if latest is not None and latest.city.key != o.city.key:
                    origin_visit, o.origin = latest, latest.city
            # (the times told before the goal: "She is due back in Madrid on Thursday", told
            # after "a two-hour flight to Moscow", is no departure for Moscow)
            told = [w.t for w in obs if w.t is not None and w.art == o.art
                    and w.seq < o.seq and w.city.key == origin_visit.city.key
                    ] if origin_visit else []
            times = told or (origin_visit.times() if origin_visit else [])
            origin_city = origin_visit.city if origin_visit is not None else None
            if (origin_visit is None and o.origin is not None and o.origin.key != o.city.key
                    and not _MAYBE.search(o.sentence)):
                # a goal set off from an earlier goal ("then continued to Rzeszow", "was
                # driven about an hour to the border town of Przemysl"): from when that one
                # was reached, as estimated
                before = next((g for _, g in reversed(goals) if g.t is not None
                               and g.city.key == o.origin.key and g.seq < o.seq
                               and ((g.art, g.sent) != (o.art, o.sent)
                                    # ("flew to Rzeszow, then was driven to Przemysl")
                                    or THEN_STEP.search(o.sentence, g.at, o.at))), None)
                if before is not None and before.t is not None:
                    times, origin_city = [before.t], before.city
            went_on = next((g for _, g in reversed(goals) if (g.art, g.sent) == (o.art, o.sent)
                            and g.t is not None and g.seq < o.seq and g.city.key != o.city.key
                            and _ON_TO.search(o.sentence, g.at, o.at)), None)
            if went_on is not None and went_on.t is not None:
                # "flew from Rome to Ankara on Thursday ..., before travelling on to Istanbul in
                # the evening": on from the goal reached first, not from where the day began
                times, origin_city = [went_on.t], went_on.city
            if o.day is not None and any(t.date() > o.day for t in times):
                # (a goal dated by its own sentence sets off after what was told of its origin
                # by that day, not after a later leaving told earlier: "On Saturday, Francis
                # flew to Najaf", after "flew into Erbil ... from Baghdad on Sunday morning")
                # (and with every time told of its origin later than its own day, the
                # origin is a place reached after it, told first: "arrived in Kyiv on
                # Friday", then "had flown to Warsaw on Wednesday" - no trip from Kyiv; the
                # goal keeps its own day)
                # (told in the past perfect, or after one such goal of its article: "had
                # flown to Warsaw on Wednesday. On Thursday evening he travelled to Przemysl";
                # not "flew on to Port Moresby on Friday", told after "arrived in Jakarta on
                # Tuesday", which sets off from Jakarta whatever its weekday says)
                flashback = o.art in told_back or _HAD_GONE.search(
                    o.sentence, max(0, o.at - 60), o.at) is not None
                times = [t for t in times if t.date() <= o.day] or (
                    [] if flashback and o.t is not None and o.day_text
                    and o.day_text in o.sentence else times)
                if not times:
                    origin_city = None
                    told_back.add(o.art)
            t0 = max(times) if times else None
            if t0 is not None and origin_city is not None:
                km = km_between(origin_city, o.city)
                speed = (FLIGHT_ORDER_SPEED_KMH if _AIR.search(o.sentence.lower())
                         else ORDER_SPEED_KMH)
                reach = _shift(t0, timedelta(hours=km / speed))
                # a goal dated by its own sentence ("flew to Brussels on Monday") keeps that
                # day: the ordering speed is a train's, and a flight is there the same day;
                # and one told a day later than the estimate is not there before that day
                own, after = o.t, _shift(t0, timedelta(minutes=1))
                # (an hour told after the goal is the goal's own: "before returning to Lisbon
                # in the afternoon"; one told before it may be the leaving's: "left Pyongyang
                # at 3 p.m. on Sunday for Beijing")
                told_at = o.sentence.find(o.hour_text, o.at) if o.hour_text else -1
                own_hour = o.at < told_at <= o.at + 60 and not any(
                    c in o.sentence[o.at:told_at] for c in ",;(") and not _UNDER_WAY_TO.search(
                    o.sentence, max(0, o.at - 40), o.at)
                # (not a trip under way at that hour: "was en route to Pyongyang by 2 p.m.")
                if (own is None or after is None or reach is None or o.day is None
                        or (o.hour is not None and not own_hour) or o.day < t0.date()
                        or reach.date() == o.day):
                    o.t = reach
                elif reach.date() < o.day:
                    o.t = max(own, reach)  # "drove on to Porto on Saturday": not on Friday
                else:
                    o.t = max(own, after)
                o.origin = origin_city
                set_off[id(o)] = t0
            listed = next((g for _, g in reversed(goals) if (g.art, g.sent) == (o.art, o.sent)
                           and g.t is not None and g.hour is None and g.at < o.at
                           and _GOALS_LISTED.fullmatch(o.sentence, g.at, o.at)), None)
            if o.t is not None and o.hour is None and listed is not None and listed.t is not None \
                    and listed.t >= o.t:
                # "drove on to Nakuru and Eldoret on Friday": goals of one sentence, none with
                # an hour, are reached in the order told (the first had taken the day's noon,
                # the second an estimate from the night before)
                o.t = _shift(listed.t, timedelta(minutes=1)) or o.t
            goals.append((o.t, o))
        for _, o in sorted(((t, o) for t, o in goals if t is not None), key=lambda x: x[0]):
            # the goal of a trip whose arrival there is told with a time ("The Nightjet from
            # Vienna to Paris left at 7:40 p.m. ... pulled into Paris at 9:45 a.m. on
            # Tuesday") is that arrival, not a visit of its own at an estimated time
            # (also one another report tells: "on his way to Vladivostok", then "arrived in
            # Vladivostok at about 6 p.m.")
            # (and one told before it, after the trip left: "arrived in Hanoi early on
            # Thursday", then "left Pyongyang on Wednesday evening for the trip to Hanoi")
            left_at = set_off.get(id(o))
            arrival = next((v for v in visits for w in v.obs if w.action == "arrive"
                            and _same_town(w.city, o.city)
                            and w.t is not None and o.t is not None
                            and (w.seq > o.seq or (left_at is not None and w.t > left_at))
                            and w.t >= o.t - ORDER_SLACK), None)
            if arrival is not None:
                if o.city.key != arrival.city.key:
                    o.place = o.city = arrival.city  # (Perth reached at East Perth)
                arrival.obs.append(o)
                continue
            self._insert(visits, o)
        # undated observations join a visit of their city (the first one; goals the last)
        for o in obs:
            if o.t is not None:
                continue
            same = [v for v in visits if v.city.key == o.city.key]
            if (o.action == "depart" and not same and _THE_TRIP_FROM.match(o.sentence)
                    and not any(w.action == "depart" for v in visits for w in v.obs)):
                # "The trip from Pyongyang took about 20 hours", with no leaving told
                # elsewhere: where the trip began
                visits.insert(0, Visit(o.city, [o]))
                continue
            left_from = next((v for v in same if any(w.action == "depart" for w in v.obs)),
                             None) if o.pluperfect and o.action == "visit" else None
            if left_from is not None:
                # "had spent two days in the Chinese capital, where he met Xi", told after
                # "left Beijing on Wednesday": the stay that leaving ended
                left_from.obs.insert(0, o)
                continue
            if o.left_before:
                # left before the arrival it precedes, and after what its article told before
                earlier = [i for i, v in enumerate(visits) for w in v.obs
                           if w.art == o.art and w.sent < o.sent]
                at = _told_position(visits, o)
                there = [v for v in same if at is not None and visits.index(v) < at]
                if there and o.action == "depart" and not o.pluperfect:
                    # "arrived in Sydney on Monday night from Port Moresby", with the stay
                    # there told later ("had flown to Port Moresby from Hiroshima"): that stay
                    there[-1].obs.append(o)
                    continue
                if o.pluperfect and earlier and o.action == "depart" and (
                        before_it := [v for v in same if at is not None
                                      and visits.index(v) < max(earlier)]):
                    # "arrived in Maputo on Wednesday ... flew in from Luanda", with the stay
                    # in Luanda told later ("On Tuesday ... the flight south to Luanda"): the
                    # leaving ends that stay
                    before_it[-1].obs.append(o)
                    continue
                if o.pluperfect and earlier:
                    # "Kim arrived in Beijing on Tuesday. He had left Moscow two days
                    # earlier.": before the arrival told last; and a story told backwards
                    # ("The day before, he had visited troops in Bakhmut") before what it
                    # told in the past perfect already
                    reached = [i for i, v in enumerate(visits) for w in v.obs
                               if w.art == o.art and w.sent < o.sent and w.pluperfect]
                    reached = [min(reached)] if reached else [
                        i for i, v in enumerate(visits) for w in v.obs
                        if w.art == o.art and w.sent < o.sent and w.action in ("arrive", "goal")
                    ] or [i for i, v in enumerate(visits) for w in v.obs
                          if w.art == o.art and w.sent < o.sent and w.action in ("pass", "visit")]
                    # (with no arrival told, the place first told: "walked across the line at
                    # Panmunjom ... He had travelled by car from Pyongyang")
                    if reached:
                        # (and before what its own or later sentences tell on the way there:
                        # "had left Pyongyang before dawn. It crossed at Khasan late in the
                        # morning")
                        told_after = [i for i, v in enumerate(visits[:max(reached)])
                                      if all(w.art == o.art and w.sent >= o.sent
                                             and w.seq > o.seq
                                             and not _HAD_BEEN.search(w.sentence, 0, w.at)
                                             # (not a start told with its own day: "flew
                                             # in from Benghazi. Her mission began in
                                             # Cairo on Sunday")
                                             and not (w.action == "depart"
                                                      and w.day is not None
                                                      and km_between(w.place, o.place)
                                                      > NEAR_CITY_KM)
                                             for w in v.obs)]
                        # (but not a visit told further back still: "The day before, he had
                        # visited troops in Bakhmut" came before the flight)
                        here = min([max(reached), *told_after, *([at] if at is not None
                                                                 else [])])
                        if (o.action == "visit" and 0 < here < len(visits)
                                and all(w.action == "depart" and w.left_before
                                        and w.city.key != o.city.key
                                        and any((x.art, x.sent) == (w.art, w.sent)
                                                for x in visits[here].obs)
                                        for w in visits[here - 1].obs)):
                            # "landed in Jakarta after a nine-hour flight from Jeddah", then
                            # "had spent 40 days ... in Mecca and Medina": there before the
                            # flight that arrival ended, not between its two ends
                            here -= 1
                        insert_or_join(visits, here, o)
                        continue
                ended = [i for i, v in enumerate(visits) for w in v.obs
                         if w.art == o.art and w.sent < o.sent and w.action == "arrive"]
                if ended and o.action == "depart" and _AFTER_LEAVING.search(
                        o.sentence, max(0, o.at - 90), o.at) and not any(
                        (w.art, w.sent) == (o.art, o.sent) for v in visits for w in v.obs):
                    # "The sirens went off ... for every musher who reaches Nome", then
                    # "Eira ... finished in 24th place, 12 days ... after leaving the restart
                    # line in Willow": left before the arrival told before it
                    insert_or_join(visits, max(ended), o)
                    continue
                listed = next((w for w in obs if (w.art, w.sent) == (o.art, o.sent)
                               and w.seq > o.seq and w.action == "depart" and w.left_before),
                              None)
                if o.action == "depart" and listed is not None and at is not None and (
                        1 <= at < len(visits)):
                    # "ended a three-day bus tour in Edinburgh on Friday, after stops in
                    # Carlisle, Dumfries and Glasgow", with the tour's start and its other
                    # stops dated later: each listed stop goes where it lies on the way to the
                    # end (Carlisle between Manchester and Dumfries), not before the start
                    insert_or_join(visits, _least_detour([v.city for v in visits], o.city, at),
                                   o)
                    continue
                first = max(earlier) + 1 if earlier else 0
                if at is not None and _BEFORE_GOING.search(o.sentence, max(0, o.at - 40), o.at):
                    first = at  # "by overnight train from Kyiv to ... Przemysl, before flying
                    # from Rzeszow to New York": after the place its sentence reached first
                insert_or_join(visits, first if at is None else min(first, at), o)
            elif same and o.action == "goal" and BACK_TO.search(
                    o.sentence, max(0, o.at - 30), o.at) and (
                    (at := _told_position(visits, o)) is not None
                    and at > visits.index(same[-1]) + 1):
                # "He later visited Bucha ... before returning to Kyiv": back after the visit
                # told before it, not the first stay there again
                visits.insert(at, Visit(o.city, [o]))
            elif same and o.action == "goal" and all(
                    w.t is None and w.action != "depart" for w in same[-1].obs) and (
                    (at := _told_position(visits, o)) is not None
                    and at > visits.index(same[-1]) + 1):
                # "By the time she reached Kanyakumari, the train had covered 4,189 km", then
                # the stops on the way and "the final run to Kanyakumari": one arrival, told
                # first and placed where the trip's telling reaches it
                moved = visits.pop(visits.index(same[-1]))
                moved.obs.append(o)
                visits.insert(at - 1, moved)
            elif same:
                to = _goal_visit(visits, obs, o) if o.action == "depart" else None
                if to is not None and to < visits.index(same[0]):
                    # "flew from Tokyo's Haneda airport and landed at Seoul Air Base", before
                    # "He returned to Tokyo on Monday": left before the visit its sentence
                    # reached, not on the return
                    visits.insert(to, Visit(o.city, [o]))
                else:
                    (same[-1] if o.action == "goal" else same[0]).obs.append(o)
            elif not _area(o.place):
                at = _told_position(visits, o, obs)
                if o.action in ("goal", "visit") and _HEADING_NOW.search(
                        o.sentence, max(0, o.at - 50), o.at):
                    # "is now heading for the Cape of Good Hope", told in the lede of a story
                    # that goes on to tell the trip so far: where it goes last
                    at = None
                if o.action == "depart":
                    # "Kim traveled ... from Pyongyang to Beijing", told after his leaving
                    # Beijing on Tuesday: the undated trip ends at the visit to its goal, so
                    # it left before that visit
                    to = _goal_visit(visits, obs, o)
                    if to is not None and (at is None or to < at):
                        at = to
                if at is not None and (o.action == "pass" or (
                        o.action == "visit" and (_ALONG_THE_WAY.search(o.sentence)
                                                 or STOPPING_IN.search(o.sentence)
                                                 or _CALLED_AT.search(o.sentence)))):
                    at = _passed_on_the_way(visits, at, o, obs)  # "On the way it called at Omsk"
                if at is None:
                    visits.append(Visit(o.city, [o]))
                    self.notes.append(f"{o.place.name}: no time stated; placed last")
                else:
                    visits.insert(at, Visit(o.city, [o]))
                    self.notes.append(f"{o.place.name}: no time stated; placed where its "
                                      "article tells it")
        # ("arrived in Tokyo on Monday ..., landing at Yokota Air Base, west of the capital,
        # after a 14-hour flight from Washington": one arrival, at the base)
        _gateway_told_with_its_city(visits)
        return visits

    def _told_visits(self, obs: list[Obs]) -> list[Visit]:
        """Visits in the order one article tells them, when it dates none of them ("flew from
        Berlin to Brussels; she returned to Berlin"): a place the traveller reaches again
        after going elsewhere is a new visit (a return), and leaving a place continues the
        visit there. Several undated articles each retell the trip, so they are not chained
        this way (each place is placed once, last)."""
        visits: list[Visit] = []
        on_the_way: dict[tuple[int, int], Visit] = {}  # sentence -> the goal its stops precede
        # sentence -> the earlier visit a goal told in the past perfect went back to
        reached_before: dict[tuple[int, int], Visit] = {}
        # sentences that only call at places: no trip of their own starts or ends in them
        moves = {(o.art, o.sent) for o in obs if o.action not in ("visit", "pass")}
        for o in sorted(obs, key=lambda x: (x.art, x.seq)):
            summed = [v for v in visits if v.city.key == o.city.key] if _SUMMED_UP.match(
                o.sentence) and o.action in ("depart", "goal") else []
            if summed:
                # "In all, the journey from Tapachula to the capital covered some 2,400 km":
                # the whole trip told again, from its start to its end (no return)
                summed[-1 if o.action == "goal" else 0].obs.append(o)
                continue
            if o.action == "visit" and _BEFORE_A_VISIT.search(
                    o.sentence, max(0, o.at - 50), o.at) and any(
                        (w.city.key == o.city.key or (
                            o.place.kind == "country" and w.place.country == o.place.country))
                        and (w.art, w.sent) > (o.art, o.sent) for w in obs):
                continue  # "left for Samoa ..., before a bilateral visit to Tonga", whose
                # trip a later sentence tells ("will fly south-west to Nuku'alofa")
            if _area(o.place) and not _small_water(o.place) and not any(
                    v.city.key == o.city.key for v in visits):
                continue  # (but a bay or strait gone to is where the trip went: "paddled
                # into Dublin Bay", see _water_goal)
            sent = (o.art, o.sent)
            stopping = (STOPPING_IN.search(o.sentence) or _VEHICLE_STOPPED.search(o.sentence)
                        ) if o.action == "visit" else None
            if sent not in on_the_way and len(visits) > 1 and o.action in ("visit", "pass") \
                    and (stopping or _ALONG_THE_WAY.search(o.sentence)) \
                    and not _WAY_BACK.search(o.sentence) and (
                        visits[-1].obs[0].action == "goal"
                        or (visits[-1].obs[0].action == "arrive" and (
                            o.pluperfect or sent not in moves
                            # ("left Miami at 6 a.m. and pulled into Orlando ..., covering the
                            # 235 miles with stops in Fort Lauderdale and Boca Raton")
                            # (and "arrived in Darwin ..., having stopped at Alice Springs and
                            # Katherine": calls told as done before the arrival)
                            or (stopping is not None and stopping[0].casefold().startswith(
                                ("with", "having")) and stopping.start() > visits[-1].obs[0].at)
                        ))) \
                    and ((visits[-1].obs[0].art, visits[-1].obs[0].sent) != sent
                         or _CALLING_AT.search(o.sentence)
                         or (stopping is not None and stopping.start() > visits[-1].obs[0].at)):
                # "She stopped in Denver along the way"; "a train bound for Shanghai, which
                # stopped only at Jinan West"; "(reached Santorini.) It had stopped at Paros
                # and Naxos on the way"; "drove from Chicago to Santa Monica, stopping in St.
                # Louis, Tulsa and Flagstaff"; "(reached Emeryville.) The train crossed the
                # Rockies, with stops in Denver and Salt Lake City" (no trip of its own)
                on_the_way[sent] = visits[-1]
            if (o.action == "pass" and visits and visits[-1].obs[0].action in ("goal", "arrive")
                    and (visits[-1].obs[0].art, visits[-1].obs[0].sent) == sent
                    and visits[-1].city.key != o.city.key and (
                        _STOPOVER.search(o.sentence) or _told_via(o) or (
                            # "finished ... in Edinburgh on Sunday, having started in London
                            # and run through Cambridge, Lincoln and York": the way there, told
                            # after the end, from the start told before it
                            visits[-1].obs[0].seq < o.seq and len(visits) > 1 and any(
                                w.action == "depart" and (w.art, w.sent) == sent
                                and visits[-1].obs[0].seq < w.seq < o.seq
                                for v in visits[:-1] for w in v.obs)))):
                # "with a stopover in", "flew into Brindisi from Kyiv by way of Rzeszow"
                visits.insert(len(visits) - 1, Visit(o.city, [o]))
                continue
            if (o.action in ("arrive", "visit") and visits
                    and visits[-1].city.key != o.city.key
                    and (visits[-1].obs[0].art, visits[-1].obs[0].sent) == sent
                    and visits[-1].obs[0].action in ("goal", "arrive")
                    and _AFTER_BEING_AT.search(o.sentence, max(0, o.at - 50), o.at)
                    and not any(v.city.key == o.city.key for v in visits)):
                # "flew to Tokyo on Monday after visiting Seoul", "flew back to Kathmandu
                # after reaching the summit of Mount Everest": where it had been first
                visits.insert(len(visits) - 1, Visit(o.city, [o]))
                continue
            back = reached_before.get(sent)
            if (back is not None and o.action == "depart" and back.city.key != o.city.key
                    and not any(v.city.key == o.city.key for v in visits)):
                # (and where that trip set off from: "from Sydney on Friday")
                visits.insert(visits.index(back), Visit(o.city, [o]))
                continue
            if back is not None and o.action == "goal" and back.city.key == o.city.key:
                back.obs.append(o)  # (and the way back to it: "before returning to Ankara")
                continue
            if (o.action == "visit" and o.pluperfect and len(visits) >= 2
                    and not any(v.city.key == o.city.key for v in visits)
                    # (not a call on the way: "the ship had stopped at Paros and Naxos on the
                    # way", between the port left and the one reached)
                    and not _ALONG_THE_WAY.search(o.sentence)
                    and not re.search(r"\bstopped\b", o.sentence[max(0, o.at - 60):o.at])
                    and visits[-1].obs[0].action == "arrive"
                    and any(w.action == "depart" and (w.art, w.sent) == (
                        visits[-1].obs[0].art, visits[-1].obs[0].sent) for w in visits[-2].obs)):
                # "landed in Berlin ... after a flight from Ankara", then "He had spent
                # Thursday in Istanbul ..., before returning to Ankara": before the place the
                # flight left
                visits.insert(len(visits) - 2, Visit(o.city, [o]))
                reached_before[sent] = visits[-2]
                continue
            if (o.action == "goal" and len(visits) >= 2 and visits[-1].city.key != o.city.key
                    and _HAD_GONE.search(o.sentence, max(0, o.at - 60), o.at)
                    and (before := next((v for v in visits[:-1] if v.city.key == o.city.key),
                                        None)) is not None):
                # "arrived in Beijing on Sunday night after a two-day stay in Shanghai", then
                # "He had flown into Shanghai from Sydney on Friday": the way to the stay told
                # before, not a trip back to it
                before.obs.insert(0, o)
                reached_before[sent] = before
                continue
            goal = on_the_way.get(sent)
            if goal is not None and goal.city.key != o.city.key:
                visits.insert(visits.index(goal), Visit(o.city, [o]))
                continue
            if visits and visits[-1].city.key == o.city.key:
                visits[-1].obs.append(o)
                continue
            if (o.action in ("arrive", "goal") and len(visits) >= 2
                    and visits[-1].obs[0].action in ("arrive", "goal")
                    and visits[-1].obs[0].sent != o.sent
                    and _FROM_THE_START.search(o.sentence)
                    and _lies_between(visits[-2].city, o.city, visits[-1].city)):
                # "He ran from Athens to Sparta ... He reached Corinth, about 80 km from the
                # start, in just over six hours": a place on the way, told after the goal
                visits.insert(len(visits) - 1, Visit(o.city, [o]))
                continue
            earlier = [v for v in visits if v.city.key == o.city.key]
            if earlier and sent not in moves and (
                    (o.action == "visit"
                     and _RESTING_IN.search(o.sentence, max(0, o.at - 40), o.at))
                    or (o.action == "pass" and not _WAY_BACK.search(o.sentence))):
                # "She walked about 22 kilometers a day, resting only in Burgos", told after
                # the route through Burgos: the rest was on the way there, not a walk back
                # (and "took a cruise on the Katherine Gorge", after a call at Katherine)
                earlier[-1].obs.append(o)
                continue
            if earlier and o.action == "visit" and o.pluperfect:
                earlier[-1].obs.append(o)  # "from Washington, where he had met Biden at the
                continue  # White House": in Washington, before leaving it
            if earlier and o.action == "depart":
                earlier[-1].obs.append(o)  # "left Berlin", told after reaching Brussels
                if (earlier[-1] is not visits[-1] and sent not in on_the_way
                        and visits[-1].obs[0].action in ("arrive", "goal")
                        and (_ALONG_THE_WAY.search(o.sentence) or (
                            # ("An Amtrak train traveling from Chicago to Seattle derailed
                            # ...", then "had left Chicago on Thursday and stopped in
                            # Minneapolis and Fargo")
                            o.pluperfect and earlier[-1] is visits[0]))):
                    # "(pulled into Perth after a journey from Sydney.) The train left Sydney
                    # on Wednesday and stopped at Broken Hill and Adelaide on the way": the
                    # trip told again, whose calls come before the place it reached
                    on_the_way[sent] = visits[-1]
            elif (o.action == "depart" and visits and any(
                    (w.art, w.sent) == (o.art, o.sent) and (
                        w is visits[-1].obs[0] or w.action in ("arrive", "goal"))
                    for w in visits[-1].obs)):
                # (also told again by its airport: "arrived in Moscow on Monday", then "Xi's
                # plane landed at Vnukovo airport after a flight of about eight hours from
                # Beijing")
                # "arrived in Singapore after a flight from Washington": the place left comes
                # before the arrival the same sentence tells first
                visits.insert(len(visits) - 1, Visit(o.city, [o]))
            elif (o.action == "depart" and o.pluperfect and not earlier and visits
                  and visits[-1].obs[0].action == "arrive"
                  and (visits[-1].obs[0].art, visits[-1].obs[0].sent) != sent
                  and _VEHICLE_COVERED_FROM.fullmatch(o.sentence, 0, o.at)):
                # "(arrived in ... Mombasa.) The train covered the roughly 470 km from Nairobi
                # Terminus ..., with a brief stop at Voi": the trip there, and its calls
                visits.insert(len(visits) - 1, Visit(o.city, [o]))
                on_the_way[sent] = visits[-1]
            elif (o.action == "depart" and o.pluperfect and visits
                  and visits[-1].obs[0].action in ("goal", "arrive") and any(
                      (w.art, w.sent) == sent and w.seq > o.seq and w.action in ("goal", "arrive")
                      and w.city.key == visits[-1].city.key for w in obs)):
                # "(continued to the port of Naxos.) The Blue Aegean had left the port of
                # Piraeus ... and made a scheduled call at Paros before heading east toward
                # Naxos": the trip there told again, from where it began
                visits.insert(len(visits) - 1, Visit(o.city, [o]))
                on_the_way[sent] = visits[-1]
            elif (o.action == "goal" and len(visits) >= 2
                  and (visits[-1].obs[0].action == "arrive"
                       # (or a visit told as a noun: "made an unannounced visit to Kyiv ...
                       # after a flight from Joint Base Andrews to Rzeszow")
                       or told_as_a_visit(visits[-1].obs[0]))
                  and (visits[-1].obs[0].art, visits[-1].obs[0].sent) == sent
                  and any(w.action == "depart" and (w.art, w.sent) == sent
                          and visits[-1].obs[0].seq < w.seq < o.seq
                          for v in visits[:-1] for w in v.obs)):
                # "arrived in Budapest ... on the last leg of a tour that began in Paris and
                # took him to Belgrade": the way there, told after the arrival, goes on before it
                visits.insert(len(visits) - 1, Visit(o.city, [o]))
            elif o.action == "visit" and o.pluperfect and (left := next((
                    v for v in visits if any(w.action == "depart" and (w.art, w.sent) == sent
                                             for w in v.obs)), None)) is not None:
                # "arrived at Joint Base Andrews after a flight from Santiago de Cuba, the last
                # stop of his visit to Cuba, where he had also visited Havana and Holguín":
                # before the place the sentence left
                visits.insert(visits.index(left), Visit(o.city, [o]))
            else:
                visits.append(Visit(o.city, [o]))
        _goal_reached_at_the_end(visits)
        _goal_reached_at_its_gateway(visits)
        _gateway_told_with_its_city(visits)
        if visits:
            if any(a.date is None and _WEEKDAY.search(a.text) for a in self.articles):
                self.notes.append(
                    "the story names days but no date to count them from (add a line "
                    "'date YYYY-MM-DD' at the top of the article): the stops are in the order "
                    "it tells them")
            else:
                self.notes.append(
                    "no times stated: the stops are in the order the story tells them")
        return visits

    def _origin_visit(self, visits: list[Visit], o: Obs) -> Visit | None:
        if o.origin is None:
            return None
        for v in visits:
            if v.city.key == o.origin.key and v.city.key != o.city.key:
                return v
        return None

    def _insert(self, visits: list[Visit], o: Obs) -> None:
        assert o.t is not None
        for i, v in enumerate(visits):
            came_back = any(w.t is not None and w.t > o.t and w.action in ("visit", "arrive")
                            and BACK_TO.search(w.sentence, max(0, w.at - 30), w.at)
                            for w in v.obs)
            if (v.city.key != o.city.key and came_back
                    and any(w.t is not None and w.t < o.t for w in v.obs)):
                # a trip elsewhere in the middle of a stay the story tells a return to ("then
                # boarded a military helicopter for Mosul ... He then returned to Erbil by
                # car"): the stay ends before it, and the return is a stay of its own after
                after = [w for w in v.obs if w.t is not None and w.t > o.t]
                v.obs = [w for w in v.obs if not (w.t is not None and w.t > o.t)]
                visits[i + 1:i + 1] = [Visit(o.city, [o]), Visit(v.city, after)]
                return
        for i, v in enumerate(visits):
            ts = v.times()
            # a tie (two places told for the same day) keeps the order of the telling
            if ts and (min(ts) > o.t or (min(ts) == o.t and v.obs[0].art == o.art
                                           and v.obs[0].seq > o.seq)) and not any(
                    # (not before what its own sentence tells first: "continued past Kenora
                    # ..., before a late-night drive to Sault Ste. Marie")
                    (w.art, w.sent) == (o.art, o.sent) and w.seq < o.seq for w in v.obs):
                if i > 0 and visits[i - 1].city.key == o.city.key:
                    visits[i - 1].obs.append(o)
                elif v.city.key == o.city.key:
                    v.obs.append(o)
                else:
                    visits.insert(i, Visit(o.city, [o]))
                return
        if visits and visits[-1].city.key == o.city.key and not _came_back(
                visits[-1].obs[-1], o):
            visits[-1].obs.append(o)
        else:
            # ("The train left Pyongyang on Sunday ... On Thursday Kim flew back to
            # Pyongyang": back days later, though the stop between is told with no time)
            visits.append(Visit(o.city, [o]))

    def _stops(self, visits: list[Visit]) -> None:
        # lower-cased once: case-insensitive patterns are several times slower on long text
        written = " ".join(a.text for a in self.articles)
        text_all = written.lower()
        initials = _HIGH_SPEED_INITIALS.search(written)
        rail = bool(_RAIL.search(text_all) or _HIGH_SPEED.search(text_all)) or (
            initials is not None) or bool(_named_train().search(written))
        if rail and initials is None:
            # a train told once, on the side, in a story whose trip its own sentences tell by
            # ship or plane ("Passengers who were not sick took the historic White Pass
            # railroad", in a cruise's story): no train trip
            # (what the traveller is quoted saying, or plans, is not how the trip went: "my
            # father rode the train", "would ... ride the Reunification Express back")
            own = [_QUOTED_SPAN.sub(" ", s.low) for ss in self.sentences for s in ss
                   if s.traveller and not tells_ahead(s.low)
                   and not _REPORTED_PLAN.search(s.low)]
            by_rail = sum(1 for t in own if _RAIL.search(t) or _HIGH_SPEED.search(t))
            if by_rail <= 1 and (sum(1 for t in own if _SEA.search(t)) >= 3
                                 or sum(1 for t in own if _AIR.search(t)) >= 3
                                 # ("Kenya built a standard gauge railway ... many importers
                                 # still prefer trucks", in a trucker's story)
                                 or (by_rail == 0
                                     and sum(1 for t in own if _ROAD.search(t)) >= 3)
                                 # ("after driving from the capital ... in a white SUV",
                                 # then "to inspect ... a rail and port link": a drive)
                                 or (sum(1 for t in own if _ROAD.search(t)) >= 2
                                     and not any(_TRAIN_TAKEN.search(t) for t in own))
                                 # ("completing a 30-day run from Hanoi", in a story that
                                 # also tells of trains: a runner's)
                                 or (by_rail == 0 and _RUNNING.search(text_all))):
                rail = False
        # a runner's story is run, not flown or sailed, where a leg tells no mode
        # ("completing a 30-day run from Hanoi", in a story that also tells of a flight)
        runner = not rail and bool(_RUNNING.search(text_all))
        # (not by the way any such trip takes, told to compare: "A flight from Lima to Cusco
        # takes about an hour and 20 minutes", in a coach's story)
        ways = text_all
        for st in (st for ss in self.sentences for st in ss if _A_TRIP_TAKES.match(st.text)):
            ways = ways.replace(st.low, " ")
        air, sea, road = _ways_after_rail(ways, rail, runner)
        said = _QUOTED_SPAN.sub(" ", ways) if air else ways  # (quotes left out)
        if air and _BUS_RIDE.search(ways) and not _FLOWN.search(said):
            # "Harold Brenner has flown plenty in his life. This month he went by Greyhound
            # from New York to Pittsburgh", "'Nobody flying over the Alleghenies sees that,' he
            # said": a bus ride, in a story that flies nowhere
            air, road = False, True
        elif air and not _FLOWN.search(ways) and not _AIR.search(said):
            # (words of flying only inside a quote, and no flight taken anywhere: "'Nobody
            # flying over the Alleghenies sees that,' he said", of a bus ride)
            air = False
            road = bool(_ROAD.search(ways))
        titles = " ".join(a.title for a in self.articles).lower()
        if not (rail or air or sea or road or runner) and titles:
            # a body that names no way of travelling, under a headline that does ("Ferry sails
            # the Aegean" over "The Blue Star Delos left Piraeus ... reaching Santorini"): the
            # headline's (not over a body that names one: the body tells the trip)
            rail = bool(_RAIL.search(titles) or _HIGH_SPEED.search(titles))
            air, sea, road = _ways_after_rail(titles, rail)
        # a swim or a row crosses water under its own power: "swam from Dover to Cap Gris-Nez"
        # (a ship's story that mentions a swim keeps its ship)
        sea_vehicle = None if _SHIPS.search(text_all) else (
            "swimmer" if _SWIM_TRIP.search(text_all) else
            "rowing boat" if _ROW_TRIP.search(text_all) else
            "small boat" if _SMALL_BOAT.search(text_all) or (
                _BOAT.search(text_all) and _ON_BOARD_MIGRANTS.search(text_all)) else None)
        if sea_vehicle is not None and not (rail or air or road):
            sea = True
        if (sea or road) and not (rail or air) and len(_WALKED.findall(text_all)) >= 3:
            # a walker's story with one crossing or one ride in it ("walked to Dover and
            # crossed to Calais on the ferry", on a pilgrimage to Rome): that leg is the
            # ship's, told by its own sentence; the rest are walked
            if len(_SEA.findall(text_all)) <= 1:
                sea = False
            if len(_ROAD.findall(text_all)) <= 1:
                road = False
        # a story of walking walks the legs it gives no mode (the Camino, a march)
        # (and a ride on horseback or by camel goes the walker's way, at its own pace)
        horse = _HORSEBACK.search(text_all)
        walk = not (rail or air or sea or road) and bool(_WALKING.search(text_all) or horse)
        vehicle = None
        if rail:
            # (a train told of in a quote is not the one ridden: "'In 1955 the steam train took
            # most of the day,' he said")
            unquoted = _QUOTED_SPAN.sub(lambda q: " " * len(q[0]), text_all) if (
                '"' in text_all or "“" in text_all) else text_all
            vm = (_ARMOURED.search(unquoted) or _HIGH_SPEED.search(unquoted)
                  or next((c for c in _CONVENTIONAL.finditer(unquoted)
                           if not c[0].startswith("freight")
                           or _RIDING.search(unquoted, max(0, c.start() - 30), c.start())
                           # (or the story's subject: "A freight train carrying electronics
                           # left Chongqing")
                           or _OPENS_ON.search(unquoted, max(0, c.start() - 12), c.start())),
                          None))
            vehicle = (" ".join(vm[0].lower().split()) if vm else
                       "high-speed train" if initials is not None else "train")
        road_vehicle = ("bicycle" if _CYCLING.search(text_all) else
                        "runner" if _RUNNING.search(text_all) or (
                            _RAN.search(text_all) and not _DRIVEN.search(text_all)) else None)
        air_vehicle = ("helicopter" if _HELICOPTER.search(text_all) else
                       "solar plane" if _SOLAR_PLANE.search(text_all) else
                       "balloon" if _BALLOON.search(text_all) else None)
        if road_vehicle is None and _SLED.search(text_all):
            road_vehicle = "dog sled"
        if road_vehicle is None and _BUS_RIDE.search(text_all):
            road_vehicle = "bus"  # ("The first coach left Lima", "in an old bus")
        if road_vehicle is None and horse is not None:
            road_vehicle = "camel" if "camel" in horse[0] else "horse"
        stops: list[Stop] = []
        kinds: list[str] = []  # "city" | "landmark" | "passed"
        # the trip's main stop: where it saw most; never the start (a round trip of single
        # calls, "Rome - Lisbon - Fatima - Lisbon - Rome", went out to Lisbon, not from Rome
        # home), and of equals the farthest from the start
        main = max(visits[1:] or visits, key=lambda v: (
            len({o.place.key for o in v.obs}) * 10 + len(v.obs),
            km_between(visits[0].city, v.city)))
        main_index = 0
        # sentence -> the towns it tells a leaving of (a trip told again from where it left)
        leaving_told: dict[tuple[int, int], set[str]] = {}
        for v in visits:
            for w in v.obs:
                if w.action == "depart":
                    leaving_told.setdefault((w.art, w.sent), set()).add(v.city.key)
        for vi, v in enumerate(visits):
            if v is main:
                main_index = len(stops)
            city_obs = [o for o in v.obs if o.place.key == v.city.key]
            left_elsewhere = {at for at, towns in leaving_told.items() if towns - {v.city.key}}
            after = visits[vi + 1].obs[0] if vi + 1 < len(visits) else None
            # the visit's airports, stations and ports, and what the story tells at them
            gates = [o for o in v.obs if o.place.key != v.city.key
                     and o.place.kind in _GATEWAY_KINDS]
            gateway = bool(gates) or (
                after is not None and after.place.kind in _GATEWAY_KINDS
                and after.action in ("arrive", "visit")
                and km_between(after.place, v.city) <= GATEWAY_KM)
            at_gate = {(o.art, o.sent, o.action) for o in gates
                       if o.action in ("arrive", "depart")}
            landed = min(((o.art, o.sent, o.at) for o in gates if o.action == "arrive"),
                         default=None)
            # "landed at Vnukovo airport and drove to Moscow": the city is gone to after its
            # gateway, a stop of its own after it (not a goal the flight itself reached); in
            # one sentence, a new clause's verb of going on (_ONWARD) must stand between
            beyond_gate = bool(city_obs) and landed is not None and all(
                o.action in ("goal", "arrive") and o.art == landed[0]
                and (o.art, o.sent, o.at) > landed
                # (not the trip told again: "arrived at the city's West Kowloon station",
                # then "left Beijing West railway station ... and reached Hong Kong")
                and ((o.art, o.sent) == landed[:2] or (o.art, o.sent) not in left_elsewhere)
                and (
                    (o.art, o.sent) != landed[:2]
                    or _ONWARD.search(o.sentence, landed[2], o.at) is not None)
                for o in city_obs)
            city_stop: Stop | None = None
            after_gate: str | None = None  # the gateway the city stop is drawn right after
            # a city only left, and left at its airport or station too, in any report ("left
            # Perth at 6:45 p.m.", "after taking off from Perth Airport"): the trip starts at
            # the gateway, which takes the city's leaving time
            gate_key = next((o.place.key for o in gates if o.action == "depart"), None)
            if gate_key is None and city_obs and len(gates) == 1 and all(
                    o.action == "depart" and (o.art, o.sent) == (gates[0].art, gates[0].sent)
                    and o.seq < gates[0].seq for o in city_obs):
                # "flying from Istanbul to New York returned to Istanbul's airport": left
                # from the airport it came back to
                gate_key = gates[0].place.key
            city_at_gate = bool(city_obs) and gate_key is not None and all(
                o.action == "depart" for o in city_obs)
            # and the same of an arrival another report tells at the station on that day
            # ("arrived in Beijing by train on Tuesday"; "pulled into Beijing Railway Station on
            # Tuesday morning")
            gate_in = next((o for o in gates if o.action == "arrive"), None)
            if (not city_at_gate and not beyond_gate and city_obs and gate_in is not None
                    and all(o.action == "arrive" and o.art != gate_in.art
                            and o.day in (None, gate_in.day) for o in city_obs)):
                city_at_gate, gate_key = True, gate_in.place.key
            # "left Balmoral ... by road to Edinburgh", then "reached the Palace of
            # Holyroodhouse": the city was only the goal, reached at the palace
            reached_at_a_landmark = all(o.action == "goal" for o in city_obs) and any(
                o.action == "arrive" and o.place.key != v.city.key
                and o.seq > max(c.seq for c in city_obs) for o in v.obs) if city_obs else False
            if not city_at_gate and (beyond_gate or (
                    city_obs and not reached_at_a_landmark and not (gateway and all(
                        o.action == "goal" or told_as_a_visit(o) for o in city_obs))
                    and not all((o.art, o.sent, "arrive" if o.action == "goal" else o.action)
                                in at_gate for o in city_obs)) or len(v.obs) == 0):
                # a city the story never names is no stop of its own: "from Beijing South to
                # Tianjin" starts at the station, not in Beijing and then a ride to it; nor is
                # a city only flown to, reached at its airport ("flew from Seoul to
                # Washington ... landed at Dulles airport"), nor one whose arrival or leaving
                # the same sentence tells at its airport or station ("arrived in Moscow on
                # Monday, landing at Vnukovo airport"; "The sleeper from Bangkok ..., 13 hours
                # after leaving the capital's Krung Thep Aphiwat station")
                stop = Stop(v.city)
                for o in city_obs:
                    _time_into(stop, o, self.notes)
                leaving = [o for o in city_obs if o.action == "depart"]
                if (not beyond_gate and gate_in is not None
                        and _reached_at_its_gate(city_obs, gates, left_elsewhere)):
                    city_stop, after_gate = stop, gate_in.place.key  # right after the gateway
                elif (gate_in is None and len({o.place.key for o in gates}) == 1
                      and all(o.action == "arrive" for o in city_obs)
                      and all(o.action == "depart" and o.seq > max(c.seq for c in city_obs)
                              for o in gates)):
                    # "arrived in Singapore on Sunday afternoon", then "was driven from Changi
                    # Airport to the St. Regis hotel": the flight came in at the airport, and
                    # the city is reached after it, not left for it
                    city_stop, after_gate = stop, gates[0].place.key
                elif beyond_gate or (leaving and all(
                        o.action == "depart" or told_as_a_visit(o) or o.pluperfect
                        # (or gone to, and reached at its airport: "had flown into Pyongyang",
                        # "landed at Pyongyang's Sunan International Airport")
                        or (o.action == "goal" and gate_in is not None)
                        for o in city_obs) and any(
                        o.action in ("arrive", "visit") and (o.seq < leaving[0].seq
                                                             or o.pluperfect)
                        for o in v.obs if o.place.key != v.city.key)):
                    # drawn after the gateway, below; and a city only left after what the
                    # story tells at its station and halls ("arrived at Beijing Railway
                    # Station ... met Xi at the Great Hall ... left Beijing on Tuesday")
                    city_stop = stop
                else:
                    stops.append(stop)
                    kinds.append("city")
            if city_obs and all((o.action == "pass" and _CROSSED.search(
                    o.sentence, max(0, o.at - 40), o.at)) or (
                    o.action == "visit" and _CALLING_AT.search(o.sentence))
                    for o in city_obs):
                # crossed or driven through, not stopped at ("a stop in Singapore"), or a
                # station a train called at on its way ("which stopped only at Jinan West")
                self._passed_through.add(v.city.key)
            marks: dict[str, datetime | None] = {}
            for key in dict.fromkeys(o.place.key for o in v.obs if o.place.key != v.city.key):
                marks[key] = _mark([o for o in v.obs if o.place.key == key and o.t is not None])
            order = sorted(marks, key=lambda k: (marks[k] is None, marks[k] or _FAR,
                                                 min(o.seq for o in v.obs if o.place.key == k)))
            for key in order:
                lobs = [o for o in v.obs if o.place.key == key]
                ls = Stop(lobs[0].place)
                for o in lobs + (city_obs if city_at_gate and key == gate_key else []):
                    _time_into(ls, o, self.notes)
                stops.append(ls)
                kinds.append("landmark")
                if city_stop is not None and key == after_gate:
                    stops.append(city_stop)
                    kinds.append("city")
                    city_stop = None
                if all(o.action == "pass" and _CROSSED.search(o.sentence, max(0, o.at - 60),
                                                              o.at) for o in lobs):
                    # a border station crossed at ("crossed into Russia at the border station
                    # of Khasan"): passed, not stopped at
                    self._passed_through.add(v.city.key)
            if city_stop is not None:
                stops.append(city_stop)
                kinds.append("city")
        stops, kinds = _merge_zones(stops, kinds, self._merged)
        if (rail or road or walk) and not air:
            stops, kinds, main_index = self._off_the_way(
                stops, kinds, main_index, "train" if rail else "walk" if walk else "road trip")
        # a round trip by rail passes on the way out what its return passes (not one that
        # went by sea or air too: round the world by ship, then home across America by train)
        if (rail and not _SEA.search(text_all) and not _AIR.search(text_all)
                and len(stops) >= 3 and stops[0].place.key == stops[-1].place.key):
            stops, kinds, main_index = self._mirror(stops, kinds, main_index)
        self.journey.stops = stops
        legs: list[Leg] = []
        main_key = stops[main_index].place.key if stops else ""
        # only a trip that comes back to where it began has a way home ("return" legs)
        round_trip = len(stops) >= 3 and self.places.city_of(stops[0].place).key == \
            self.places.city_of(stops[-1].place).key
        seen_main = False
        # place -> the sentence that brings the traveller there, and where it names the place
        reached: dict[str, tuple[str, int]] = {}
        for v in visits:
            for o in v.obs:
                if o.action in ("goal", "arrive"):
                    reached.setdefault(o.place.key, (o.sentence, o.at))
        for v in visits:  # a stop on the way is reached as its sentence tells ("flew ... via")
            for o in v.obs:
                if o.action in ("visit", "pass"):
                    reached.setdefault(o.place.key, (o.sentence, o.at))
        # and each visit's own, for a place reached again ("was driven to Przemysl", then
        # "left Kyiv ... to travel back by train to Przemysl")
        # (and each visit's own leaving, for a place left again: "the trip from Lisbon to
        # Fatima by helicopter", then "flew back to Rome": the second leaving is not the
        # helicopter's)
        reached_again: dict[str, list[tuple[str, int]]] = {}
        left_again: dict[str, list[tuple[str, int]]] = {}
        for v in visits:
            for key in dict.fromkeys(o.place.key for o in v.obs):
                mine = [o for o in v.obs if o.place.key == key]
                o = next((w for w in mine if w.action in ("goal", "arrive")), mine[0])
                reached_again.setdefault(key, []).append((o.sentence, o.at))
                gone = next((w for w in mine if w.action == "depart"), None)
                left_again.setdefault(key, []).append(
                    (gone.sentence, gone.at) if gone is not None else ("", -1))

        def reaching(j: int) -> tuple[str, int]:
            key = stops[j].place.key
            n = sum(1 for x in stops[:j] if x.place.key == key)
            again = reached_again.get(key, [])
            if 0 < n < len(again) and again[n][0]:
                return again[n]
            return reached.get(key, ("", -1))
        # place -> the sentence that tells the traveller leaving it
        left: dict[str, tuple[str, int]] = {}
        for v in visits:
            for o in v.obs:
                if o.action == "depart":
                    left.setdefault(o.place.key, (o.sentence, o.at))

        def own_leaving(j: int) -> tuple[str, int]:
            key = stops[j].place.key
            n = sum(1 for x in stops[:j] if x.place.key == key)
            again = left_again.get(key, [])
            if 0 < n < len(again):
                return again[n]  # (its own leaving, or none told)
            return left.get(key, ("", -1))
        # each leg's own sentences: where it is told leaving and reaching
        leg_texts = [(own_leaving(i)[0] + " "
                      + reaching(i + 1)[0]).lower()
                     for i in range(len(stops) - 1)]
        # each leg's own train, where its clause names one: "leaving London St Pancras on the
        # Eurostar", "took an overnight sleeper from Paris to Venice"
        own_trains = [_train_told_with(*reaching(i + 1), before=True)
                      or _train_told_with(*own_leaving(i), before=False)
                      for i in range(len(stops) - 1)]
        for i in range(len(stops) - 1):
            a, b = stops[i], stops[i + 1]
            same_city = self.places.city_of(a.place).key == self.places.city_of(b.place).key
            told_mode = _leg_mode(*reaching(i + 1))
            left_mode = _leg_mode(*own_leaving(i))
            if left_mode is not None and left_mode != "walk" and told_mode in (None, "walk"):
                # "had travelled by car from Pyongyang" ... "walked across the line at
                # Panmunjom": the way the leg was told leaving, not the last steps on foot
                told_mode = left_mode
            if road_vehicle is not None and told_mode in (None, "air") and _ridden_from(
                    leg_texts[i], a.place.name):
                # "He had flown his bicycle between continents, ... and finished by riding
                # from Lisbon to Glasgow in 12 days": this leg is ridden, whatever flight
                # its sentence tells of others
                told_mode = "road"
            reached_in = reaching(i)[0]
            if (told_mode is None and left_mode is None and legs and legs[-1].mode_told
                    and reached_in and reached_in == reaching(i + 1)[0]
                    and not any(cue.search(reached_in) for _, cue in _LEG_MODES)):
                # "The cortege travelled about 175 miles through Aberdeen and Dundee": a leg
                # between two places of one sentence goes on the way the leg to the first
                # went (by road, whatever flight the story tells later)
                told_mode = legs[-1].mode
            told = same_city or bool(told_mode or rail or air or sea or road or walk)
            # (a flight story's hop no sentence gives a way, shorter than any airliner flies:
            # "landed at Seoul Air Base in Seongnam" and then "arrived in Seoul", by road)
            hop = (air and told_mode is None and not (rail or sea or road or walk)
                   and air_vehicle != "helicopter"
                   and km_between(a.place, b.place) < UNFLOWN_HOP_KM)
            # (nor is a short way to or from an airfield by rail or sea, in a story with a
            # train or a ship in it: "left Joint Base Andrews outside Washington", by road)
            hop = hop or (told_mode is None and not air and not walk and "airport" in (
                a.place.kind, b.place.kind) and km_between(a.place, b.place) < UNFLOWN_HOP_KM)
            told = told and not hop  # (the way is inferred, not told)
            mode: Mode = ("walk" if walk else "road") if same_city or hop else (
                told_mode
                or ("rail" if rail else "air" if air else "sea" if sea else "road" if road else
                    "walk" if walk else
                    # (a runner's or a cyclist's long leg is still on the ground: "ran from
                    # Santa Monica to New York")
                    "air" if km_between(a.place, b.place) > UNTOLD_FLIGHT_KM
                    and road_vehicle is None else "road"))
            if a.place.key == main_key:
                seen_main = True
            direction: Literal["outbound", "return"] | None = (
                None if same_city else ("return" if seen_main and round_trip else "outbound"))
            legs.append(Leg(a.place.name, b.place.name, mode, a.depart, b.arrive,
                            _rail_vehicle_of(vehicle, own_trains, i) if mode == "rail" else
                            _own_road_vehicle(road_vehicle, leg_texts[i])
                            if mode in ("road", "walk") and not same_city else
                            _air_vehicle_of(air_vehicle, leg_texts[i], leg_texts,
                                            km_between(a.place, b.place))
                            if mode == "air" else
                            sea_vehicle if mode == "sea" else None,
                            direction, mode_told=told))
        self.journey.legs = legs
        self._kinds = kinds

    def _mirror(self, stops: list[Stop], kinds: list[str],
                main_index: int) -> tuple[list[Stop], list[str], int]:
        main_city = self.places.city_of(stops[main_index].place).key
        last_main = max(i for i, s in enumerate(stops)
                        if self.places.city_of(s.place).key == main_city)
        ret = [s for s, k in zip(stops[last_main + 1:-1], kinds[last_main + 1:-1], strict=True)
               if k == "city"]
        out_keys = {s.place.key for s in stops[:main_index]}
        home, dest = stops[0].place, stops[main_index].place
        direct = km_between(home, dest)
        add = [s for s in reversed(ret) if s.place.key not in out_keys
               and km_between(home, s.place) + km_between(s.place, dest) <= 1.3 * direct]
        if not add:
            return stops, kinds, main_index
        stops, kinds = list(stops), list(kinds)
        for s in add:
            self.notes.append(
                f"{s.place.name}: taken as passed on the way out too (the return by rail passes "
                f"it, and a round trip by train runs on the same line)"
            )
            # where on the way out it adds the least way: "crossed into Russia at Khasan" on
            # the way to Vostochny puts Vladivostok, passed on the way home, after Khasan, not
            # between Pyongyang and the border
            at = _least_detour([st.place for st in stops], s.place, main_index)
            stops.insert(at, Stop(s.place, note="passed (inferred: the return by rail passes "
                                                "here)"))
            kinds.insert(at, "passed")
            main_index += 1
        return stops, kinds, main_index

    # -- figures -----------------------------------------------------------------------------
    def _off_the_way(self, stops: list[Stop], kinds: list[str], main_index: int, how: str
                     ) -> tuple[list[Stop], list[str], int]:
        """Stops a trip on the ground could not have made, left off the route.

        Why: a small place a story names in passing is often missing from the gazetteer,
        which then offers a namesake that happens to be there: "It stopped at Cook", the
        railway settlement on the Nullarbor, became Cook in Canberra, 2,000 km off the line
        from Adelaide to Kalgoorlie. A train or a car cannot go so far round, so a stop told
        with no time, a town of :data:`OFF_THE_WAY_POPULATION` people at most, that makes the
        way between the stops either side of it :data:`OFF_THE_WAY_RATIO` times as long (and
        adds :data:`OFF_THE_WAY_KM` at least) is the wrong place: drawn, it would bend the map and
        every figure measured across it. A trip out and back (the same stop either side) is
        never judged so."""
        keep = list(range(len(stops)))
        i = 1
        while i < len(keep) - 1:
            a, b, c = (stops[keep[j]] for j in (i - 1, i, i + 1))
            if (keep[i] != main_index and kinds[keep[i]] == "city"
                    and b.arrive is None and b.depart is None
                    and b.place.kind in CITY_KINDS
                    and b.place.population <= OFF_THE_WAY_POPULATION
                    and a.place.key != c.place.key
                    and sum(1 for st in stops if st.place.key == b.place.key) == 1):
                direct = km_between(a.place, c.place)
                extra = km_between(a.place, b.place) + km_between(b.place, c.place) - direct
                if extra > max(OFF_THE_WAY_KM, (OFF_THE_WAY_RATIO - 1) * direct):
                    self._off_way.add(b.place.key)
                    name = b.place.name
                    self.notes[:] = [n for n in self.notes if not n.startswith(f"{name}: ")]
                    self.notes.append(
                        f"{name}: the {name} the gazetteer offers ({b.place.country or '?'}, "
                        f"population {b.place.population:,}) lies {extra:,.0f} km off the way "
                        f"from {a.place.name} to {c.place.name}, farther round than a {how} "
                        f"goes: the story means another {name}, or tells it out of order; left "
                        "off the map (add it in a journey file if it belongs)")
                    del keep[i]
                    continue
            i += 1
        if len(keep) == len(stops):
            return stops, kinds, main_index
        return ([stops[k] for k in keep], [kinds[k] for k in keep],
                max(0, main_index - sum(1 for k in range(main_index) if k not in keep)))

    def _claims(self) -> None:
        seen: set[tuple[str, str, str]] = set()
        for ai, ss in enumerate(self.sentences):
            art = self.articles[ai]
            current: Place | None = None
            self._reached = None
            self._lost = False
            self._route = None
            self._here = None
            self._told_leg = None
            self._completed = None
            for s in ss:
                between = _between(s, self.places.city_of)
                if between is not None:
                    # "a railway between Jakarta and Bandung": what the article's figures
                    # measure until it names another trip
                    self._route = between
                    self._route_sentence = s
                prior = current  # where the article had the traveller before this sentence
                prior_spot: Place | None = self._here  # and its landmark (an airport, a station)
                moves = [m for m in s.mentions if not _area(m.place)
                         and m.role in ("depart", "arrive", "visit", "goal")]
                # where the sentence leaves the traveller: the last place reached or visited
                # ("arrived at Dong Dang by train from Pyongyang" ends at Dong Dang), else
                # the last place left
                there = [m for m in moves if m.role in ("arrive", "visit")] or [
                    # ("had flown into São Paulo from Brasília": where the flight went)
                    g for g, d in pairwise(moves) if g.role == "goal" and d.role == "depart"
                    and re.fullmatch(r"\s+from\s+(?:the\s+)?", s.text[g.end:d.start])
                    and _INTO_BEFORE.search(s.text, max(0, g.start - 12), g.start)] or [
                    m for m in moves if m.role == "depart"
                    # (not a place flown in from: "Sanchez flew in from Hanoi", told after his
                    # arrival in Beijing, leaves him in Beijing)
                    and not _IN_FROM.search(s.text, max(0, m.start - 30), m.start)]
                if there:
                    current = self.places.city_of(there[-1].place)
                    self._here = there[-1].place
                if moves:
                    # the place the traveller last reached, while no later move is told
                    self._reached = current if there and there[-1].role == "arrive" else None
                start = _unplaced_start(s, self.people.tokens) if not any(
                    m.role == "depart" for m in moves) else None
                if start is not None:
                    self.notes.append(
                        f"{start!r} could not be placed (not in the gazetteer): where the trip "
                        "began is unknown, so figures told from it are not checked; add it in a "
                        "journey file")
                unplaced = _unplaced_goal(s, self.people.tokens)
                if unplaced is not None and any(m.start > unplaced[0] for m in moves):
                    unplaced = None  # a placed goal told after it: the trip went on there
                # "walked for six days ... to Bajo Chiquito, a trek of roughly 100 km": the
                # sentence's figures lead to the unplaced goal, unless it reaches a placed one
                lost_goal = unplaced is not None and not any(
                    m.role in ("arrive", "goal") for m in moves)
                for fig in find_figures(s.text):
                    key = (fig.text, s.source, s.text)
                    if key in seen:
                        continue
                    seen.add(key)
                    self._figure(fig, s, art, current, prior, lost_goal, prior_spot,
                                 lost_start=start is not None)
                if moves and moves[-1].role == "goal" and not _MAYBE.search(s.text) and (
                        # (nor after a goal never reached: "bound for Ontario, California")
                        self.places.city_of(moves[-1].place).name not in self._unreached_names):
                    # "flew from Madrid to Luton": the next sentence finds them in Luton (but
                    # not after "it could take 12 to 14 hours to reach Dandong")
                    current = self._reached = self.places.city_of(moves[-1].place)
                    self._here = moves[-1].place
                if unplaced is not None:
                    # "... and 25 km to Palas de Rei", a town the gazetteer lacks: where the
                    # traveller is now is not known, and the next figure does not start from
                    # the stop before it
                    current = self._reached = self._here = None
                    self._lost = True
                    self.notes.append(
                        f"{unplaced[1]!r} could not be placed (not in the gazetteer): figures "
                        "told to or after it are not checked; add it in a journey file")
                elif moves:
                    self._lost = False
                if moves:
                    # the trip this sentence told, for "The flight ..." in the next one: to
                    # where it left the traveller, or the journey's next stop after the place
                    # it told leaving ("Xi flew from Beijing ... and was greeted at ...")
                    left = next((self.places.city_of(m.place) for m in moves
                                 if m.role == "depart"), prior)
                    # (or to the place it told reaching: "rode into Cape Town on Thursday, 87
                    # days after leaving Cairo" told Cairo - Cape Town, not Cairo's next stop)
                    reached = next((self.places.city_of(m.place) for m in reversed(moves)
                                    if m.role in ("arrive", "goal")), None)
                    end = current if current is not None and (
                        reached is None or current.key != (left.key if left else "")) else reached
                    self._told_leg = (left, end) if (
                        left is not None and end is not None
                        and left.key != end.key) else self._leg_from(left)
                elif (self._last_figure is not None and self._last_figure[0] is s
                      and (ends := self._measured_ends(self._last_figure[2])) is not None):
                    # "The journey from Pyongyang to the spaceport covers about 1,180 km":
                    # a sentence that moves no one but measures a trip with both its ends
                    # tells the trip the next sentence's "The train ... took two days" is
                    self._told_leg = ends
                if self._completed is not None:
                    self._told_leg, self._completed = self._completed, None

    def _measured_ends(self, claim: Claim) -> tuple[Place, Place] | None:
        """The stops a claim measures between, as cities, when both are stops."""
        cities = {c.name: c for c in self._stop_cities()}
        origin, dest = cities.get(claim.origin or ""), cities.get(claim.destination or "")
        if origin is None or dest is None or origin.key == dest.key:
            return None
        return origin, dest

    def _leg_from(self, left: Place | None) -> tuple[Place, Place] | None:
        """The journey's first leg from ``left``'s city, as (from, to) cities."""
        if left is None:
            return None
        return next(((a, b) for a, b in pairwise(self._stop_cities())
                     if a.key == left.key and b.key != a.key), None)

    def _figure(self, fig: Figure, s: Sentence, art: Article, current: Place | None,
                prior: Place | None = None, lost_goal: bool = False,
                prior_spot: Place | None = None, lost_start: bool = False) -> None:
        if fig.high is not None and fig.high <= 0:
            return  # "0 hours", "zero miles": nothing a map can check
        if _RATE.match(s.text, fig.end) or (fig.kind == "duration" and _PER_UNIT.search(
                s.text, max(0, fig.start - 14), fig.start)):
            return  # "about 17 kilometres a day": a pace, not the length of a leg
        if fig.kind == "duration" and _SPENT_ON.match(s.text, fig.end):
            # "for a day of engagements": time spent there, not the time the trip took
            self.journey.events.append(Event("stay", fig.text, s.source, fig.low, fig.high,
                                             current.name if current else None, s.text))
            return
        if fig.disagrees:
            self.notes.append(
                f"{fig.disagrees!r} gives two different figures (beyond rounding): each unit "
                "is checked on its own")
        kind, word = _figure_context(fig, s.text)
        if fig.kind == "speed" and _speed_of_something_else(fig, s.text):
            return
        if self._in_a_year_before(s, fig):
            return  # "In 1979 it took us eleven days by hitching": a trip of years ago
        if fig.kind == "duration" and _LATER_AFTER.match(s.text, fig.end):
            told = [m for m in s.mentions if m.end <= fig.start and not m.inside
                    and m.role is not None]  # (places the trip went to or from)
            if _OTHER_EVENT.search(s.text, told[-1].end if told else 0, fig.start):
                return  # "left the port of Baltimore ..., and struck the Francis Scott Key
                # Bridge about 30 minutes later": the time to an accident, not a trip's
            before = self.sentences[s.art][s.idx - 1] if s.idx > 0 else None
            if (before is not None and not any(m.role == "depart" for m in s.mentions)
                    and _INCIDENT.search(before.text)):
                # "A fire broke out on a passenger ferry sailing from Stockholm to Riga ...",
                # then "docked in Riga about four hours later": the time since the fire, from
                # a point the story does not place, not the crossing's
                self.journey.claims.append(Claim(fig.kind, fig.text, s.source, fig.low,
                                                 fig.high, fig.unit, None, None, fig.qualifier,
                                                 s.text, art.outlet))
                return
        if (fig.kind == "duration" and _AFTER_ITS_LEAVING.match(s.text, fig.end)
                and _LOST_ON_THE_WAY.search(s.text, 0, fig.start)):
            # "vanished early Saturday about an hour after leaving Kuala Lumpur for Beijing":
            # the time to where it was lost, which the story does not place, not the flight's
            self.journey.claims.append(Claim(fig.kind, fig.text, s.source, fig.low, fig.high,
                                             fig.unit, None, None, fig.qualifier, s.text,
                                             art.outlet))
            return
        last = self._last_figure
        in_time = (fig.kind == "duration" and not fig.compound and last is not None
                   and last[0] is s and last[2].kind == "distance"
                   and _IN_TIME.search(s.text, max(0, fig.start - 30), fig.start) is not None
                   and not _AS_ANOTHER_WOULD.search(s.text, max(0, fig.start - 80), fig.start))
        if in_time and not kind:
            # "skied about 2,200 km across the ice sheet from Narsaq to Qaanaaq in 54 days":
            # the time of the distance the sentence told, however far back its verb is
            kind, word = "travel", "trip"
        # ("cycled from Lyon to Rome, a ride of some 1,000 kilometers over the Alps, in 11
        # days, arriving in St. Peter's Square": Lyon - Rome, the distance's ends, when no
        # other stop is told between the two figures)
        of_last = in_time and last is not None and last[2].origin is not None and (
            last[2].destination is not None) and not any(
                last[1] <= m.start < fig.start and not _area(m.place) for m in s.mentions)
        text = fig.text
        if fig.compound:  # "13-hour trip", "day-long ride": keep the noun it qualifies
            nm = re.match(r"\s+([a-z]+)", s.text[fig.end:])
            if nm and (nm[1] in _TRAVEL_WORDS or nm[1] in _EVENT_WORDS):
                text = f"{fig.text} {nm[1]}"
        if kind == "event" and word == _WHOLE_TOUR:
            self.journey.events.append(Event("tour", text, s.source, fig.low, fig.high, None,
                                             s.text))
            return
        if kind == "event" and fig.kind == "duration":
            place = self._event_place(s, fig, current, word)
            ekind = _EVENT_WORDS.get(word, "event")
            if fig.low is not None and fig.low >= 24:
                ekind = "stay"  # "two days of talks", "four days in China"
            self.journey.events.append(Event(ekind, text, s.source, fig.low, fig.high, place,
                                             s.text))
            return
        if kind != "travel" and fig.kind != "speed":
            return  # nothing checkable: "$300 billion", "four years"
        if fig.kind == "distance" and (_OFF_THE_COAST.match(s.text, fig.end)
                                       or (_FROM_A_BORDER.match(s.text, fig.end)
                                           and not _A_TRIP_OF.search(
                                               s.text, max(0, fig.start - 40), fig.start))
                                       or (
                # "the Nullarbor Plain, where the track runs dead straight for 478 kilometres":
                # a stretch of the way, told as a fact of the line, no leg
                _ROUTE_RUNS_FOR.search(s.text, max(0, fig.start - 60), fig.start)) or (
                _STOPPED_SHORT.search(s.text, max(0, fig.start - 40), fig.start)
                and _BEARING_OF.match(s.text, fig.end))
                or (_HAD_COVERED.search(s.text, max(0, fig.start - 40), fig.start)
                    and _WHEN_IT.match(s.text, fig.end))
                # "the ship was about 150 nautical miles east of the Bab el-Mandeb Strait when
                # ...": where the traveller was, not a leg
                or (_BEARING_OF.match(s.text, fig.end) and (
                    where := _PARTY_WAS.search(s.text, max(0, fig.start - 40), fig.start))
                    is not None and (where["who"].casefold() in TRAVEL_PARTY
                                     or where["who"].casefold() in self._traveller_tokens))
                # "and was about 150 km from its destination when its engines failed": short
                # of the goal, at a point the story does not name
                or _SHORT_OF_ITS_GOAL.match(s.text, fig.end)
                # "was running at about 128 km/h when it jumped the tracks, about 230
                # kilometers from where it started": where the incident befell it
                or (_FROM_WHERE_IT_BEGAN.match(s.text, fig.end) is not None
                    and _WHEN_BEFORE.search(s.text, 0, fig.start) is not None)
                # "attacked 5 kilometers from the top of the Tourmalet", "crashed 20 km from
                # the finish": a point on the course, not a leg
                or _FROM_A_MARK.match(s.text, fig.end)):
            # ("intercepted the aid boat about 185 km off the coast of Gaza": where it was)
            # "before halting about 200 kilometres from Moscow": where the trip stopped, a
            # point the story does not name, not the length of a leg to or from Moscow (a
            # claim with no ends: unverifiable, as "stopped about 100 km from Muscat" is; and
            # "had covered about 90 kilometers when the driver lost control": a point on the
            # way, not the trip to its goal)
            self.journey.claims.append(Claim(fig.kind, fig.text, s.source, fig.low, fig.high,
                                             fig.unit, None, None, fig.qualifier, s.text,
                                             art.outlet))
            return
        window = s.text[max(0, fig.start - 60):fig.start]
        # (a route named by its figure is told up to the clause's end: "The 2,438-mile route
        # is Amtrak's second-longest, after the ... service between Chicago and Los Angeles")
        route = (_THE_BEFORE.search(window) and _ROUTE_AFTER.match(s.text, fig.end)) or (
            # "ports along the roughly 1,250-nautical-mile route": the route the trip runs
            _ALONG_THE.search(window) and _ROUTE_WORD_AFTER.match(s.text, fig.end))
        clause_end = _CLAUSE_END.search(s.text, fig.end) if route else None
        told_until = clause_end.start() if clause_end is not None else len(s.text)
        whole = _WHOLE_TRIP.search(window) or _IN_ALL.search(window) or (
            # "The Camino Frances covers about 780 km": a route named by the trip's own name
            _NAMED_ROUTE_COVERS.fullmatch(s.text, 0, fig.start) if not any(
                m.start < fig.start for m in s.mentions) else None) or (
            # "The route of 9,289 kilometres (5,772 miles) crosses seven time zones"
            _THE_ROUTE_OF.search(window) if _NO_ENDS_AFTER.match(s.text, fig.end) else None) or (
            # "the 444-km (276-mile) trip had been made in under 90 minutes", told with no place
            _THE_BEFORE.search(window) and (_TRIP_AFTER.match(s.text, fig.end) or route or (
                # "for the 4,352-kilometre trip from the Pacific to the Indian Ocean": its ends
                # are seas or lands no trip stops at, so it is the whole trip
                _TRIP_FROM_AFTER.match(s.text, fig.end) if all(
                    _area(m.place) for m in s.mentions if m.start > fig.end) else None)))
        if last is not None and last[0] is s and (
                of_last or _SAME_LEG.fullmatch(s.text, last[1], fig.start) or (
                    # "The journey home, of about 16,000 kilometres, was expected to take
                    # around 24 hours": a sentence naming no place tells one trip's figures
                    not s.mentions and last[2].kind != fig.kind
                    and last[2].origin is not None and last[2].destination is not None)):
            # "covered the remaining 330 km in about six hours": the time of that distance
            # (and "cycled from Lyon to Rome, a ride of some 1,000 kilometers, in 11 days,
            # arriving in St. Peter's Square": Lyon - Rome, not the square reached after)
            origin_name, dest_name = last[2].origin, last[2].destination
        else:
            if _LOOP.search(window) or (fig.kind == "duration"
                                        and _AFTER_THEY_LEFT.match(s.text, fig.end)):
                # "a loop of nearly 18,000 miles"; "arriving back in New Jersey on January 25,
                # 72 days after she left": the whole trip, from where it began
                origin, dest = self._whole_trip("", loop=True)
            elif _COMPLETING.search(window) and _TRIP_FROM_AFTER.match(s.text, fig.end):
                # "crossed a finish line ... in Ho Chi Minh City on Saturday evening, completing
                # a 30-day run from Hanoi": the whole trip, from where it began to where it ended
                origin, dest = self._whole_trip("")
                if origin is not None and dest is not None:
                    self._completed = (origin, dest)  # (the trip the next sentences measure)
            elif ((_IN_ALL_AFTER.match(s.text, fig.end) or _COVERING_THEM.search(
                    s.text, max(0, fig.start - 40), fig.start)) and _countries_visited(s, fig)):
                origin, dest = None, None  # "He had visited Indonesia, Papua New Guinea and
                # East Timor before Singapore, covering about 32,000 km in all": stops in
                # countries the map has no town for, so no leg of it measures the whole tour
            elif (_IN_ALL_AFTER.match(s.text, fig.end)
                  and None not in (ends := self._whole_trip(""))):
                origin, dest = ends  # "flew from Rzeszow, a journey of some 20 hours in all":
                # the whole trip, whatever legs its sentence names
            elif ((_THE_WAY_HOME.search(window) or (_THE_BEFORE.search(window)
                                                    and _WAY_HOME_AFTER.match(s.text, fig.end)))
                  and (home := self._way_home()) is not None):
                origin, dest = home  # "The journey home, of about 16,000 kilometres": the
                # last leg, to the home the trip ended at, not the whole trip
            elif (whole is not None and whole.re is _WHOLE_TRIP and whole["all"] is None
                  and self._told_leg is not None and not any(
                      not _area(m.place) for m in s.mentions)
                  and _WOULD_TAKE.search(s.text, fig.end, fig.end + 30)):
                origin, dest = self._told_leg  # "(then set out on the much longer flight
                # north-west to Bogota.) Officials said the journey of roughly 4,300 km would
                # take about six hours": the trip just begun, not the whole tour
            elif whole and not any(m.place.kind not in AREA_KINDS and not self._at_start(m.place)
                                   and not _hometown(s.text, m.start) and m.start < told_until
                                   # ("crossed the finish line in Nome ..., nine days after
                                   # leaving Willow, north of Anchorage, at the start of the
                                   # nearly 1,000-mile race": the end, and a place by which the
                                   # start is placed, are the whole trip's too)
                                   and not (m.role in ("arrive", "pass", "visit")
                                            and self._at_end(m.place))
                                   # ("Their route of about 780 kilometers took them through
                                   # Pamplona, Burgos and León": places on the way)
                                   and m.role != "pass"
                                   and not _PLACED_BY.search(s.text, max(0, m.start - 30),
                                                             m.start)
                                   for m in s.mentions):
                # (and one told where it began: "boarded at Chicago Union Station on Thursday
                # afternoon for the roughly 52-hour trip", to where the journey ends)
                origin, dest = self._whole_trip(
                    (whole["mode"] or whole["by"] or "").casefold()
                    if "mode" in whole.re.groupindex else "",
                    # "the whole trip", "the entire tour": the way back too, when it returns
                    loop="all" in whole.re.groupindex and whole["all"] is not None)
            elif self._told_leg is not None and _only_in_relative_clauses(s, fig):
                origin, dest = self._told_leg  # "The train, which crossed the border at
                # Dandong late Wednesday night, covered the roughly 1,350 kilometers": the
                # trip the sentence before told, not a leg from the place the clause names
            elif (not s.mentions and _BETWEEN_THE_TWO_BEFORE.search(
                    s.text, max(0, fig.start - 120), fig.start)
                  and (two := self._last_leg_told(s, current)) is not None):
                origin, dest = two  # "The road distance between the two cities is about 220
                # kilometres", after a journey from Mariupol to Zaporizhzhia told with the
                # places it went through: the two cities of the last figure, not the first
                # leg of the way told
            elif (self._told_leg is not None and not s.mentions
                  and _THAT_LEG.match(s.text)):
                origin, dest = self._told_leg  # "Xi flew from Beijing ... at Pyongyang's Sunan
                # International Airport. The flight of about 800 kilometers took ..."
            elif _THE_TRIP_FROM.match(s.text) and len(
                    named := [m for m in s.mentions if not m.inside]) == 1:
                # "The trip from Pyongyang took about 20 hours": from there to where the
                # journey ended, not to its next stop
                origin = self.places.city_of(named[0].place)
                cities = self._stop_cities()
                dest = cities[-1] if cities and cities[-1].key != origin.key else None
            elif (gate := _FROM_THE_GATEWAY.match(s.text, fig.end)) is not None and (
                    gate_ends := self._from_the_gateway(s, fig, gate["kind"].casefold())
            ) is not None:
                origin, dest = gate_ends  # "visited the Western Wall in Jerusalem, about 55 km from
                # the airport", after landing at Ben Gurion: from the airport the trip landed at
            elif _A_DETOUR_OF.search(s.text, max(0, fig.start - 30), fig.start) or (
                    # "The detour added about 3,500 nautical miles and some 10 days to the
                    # voyage": what the way round cost, more than the leg, not the leg
                    _ADDED_TO.search(s.text, max(0, fig.start - 60), fig.start)):
                origin, dest = None, None  # "sent west ... and then north through Grande
                # Prairie, a detour of about 1,000 km": the way round, from and to places the
                # story may not place (not the leg on from the last town it names)
            elif _IN_STAGES.match(s.text, fig.end):
                origin, dest = None, None  # "Over 16 months it flew 42,000 kilometres in 17
                # stages": a trip of more legs than the story names, which no leg measures
            elif _after_a_listed_tour(s, fig):
                origin, dest = None, None  # "visited Indonesia, Papua New Guinea, East Timor
                # and Singapore, covering nearly 33,000 kilometers": the whole tour's length,
                # which no one leg measures
            elif (_SINCE_LEAVING.match(s.text, fig.end) and not any(
                    m.role in ("arrive", "visit", "goal") for m in s.mentions)):
                # "walked to the 'End of the Trail' sign ..., 16 days and about 2,400 miles
                # after leaving Chicago": to where the sentence left them, which it does not
                # place; not to the trip's first stop after Chicago
                left = next((m for m in s.mentions if m.role == "depart"), None)
                origin = self.places.city_of(left.place) if left is not None else None
                dest = None
            elif (self._told_leg is not None and _COVERED_BEFORE.search(window)
                  # (not one told with its own ends: "covered roughly 1,600 km from the border")
                  and not _ENDS_TOLD_AFTER.match(s.text, fig.end) and not any(
                    not _area(m.place) and (m.role in ("depart", "arrive", "goal") or (
                        m.start < fig.start and not _hometown(s.text, m.start)))
                    for m in s.mentions)):
                origin, dest = self._told_leg  # "(completing a 30-day run from Hanoi.) Duc,
                # 35, an accountant from Haiphong, covered about 1,700 km": that run
            else:
                part = _INCLUDED_PART.search(s.text, fig.end)
                kept = s.mentions
                if part is not None:
                    # "a four-day charity ride from London, about 480 kilometers including the
                    # ferry crossing from Dover to Calais": a part of the trip named inside it
                    # gives none of its ends
                    s.mentions = [m for m in kept if not part.start() <= m.start < part.end()]
                try:
                    origin, dest = self._leg_ends(s, fig, current, prior, prior_spot)
                finally:
                    s.mentions = kept
                if lost_goal or (_TO_UNPLACED.match(s.text, fig.end) and not any(
                        fig.end <= m.start <= fig.end + 40 for m in s.mentions)):
                    dest = None  # "25 km to Palas de Rei": a goal the gazetteer lacks
                if fig.kind == "distance" and not s.mentions and _REMAINING.search(
                        s.text, max(0, fig.start - 30), fig.start):
                    origin = None  # "The coast guard escorted the boat for the last 30
                    # miles": from a point on the way the story does not name
                if lost_start or (fig.kind == "distance" and _TURNED_ROUND.search(
                        s.text, max(0, fig.start - 50), fig.start) and not any(
                        m.role == "depart" and m.start < fig.start for m in s.mentions)):
                    origin = None  # "From Union Glacier, ... the final 1,100-km leg to the
                    # South Pole": from a start the gazetteer lacks, not the stop before it
                    # (nor "turned around to fly roughly 100 kilometres back to the
                    # Belarusian capital": from where it turned, a point no one names)
                turned = _TURNED_ROUND.search(s.text, max(0, fig.start - 80), fig.start)
                if turned is not None and dest is not None and any(
                        m.end <= turned.start() and self.places.city_of(m.place).key == dest.key
                        for m in s.mentions):
                    dest = None  # "bound for Ontario, California, and the crew turned back,
                    # landing about 20 minutes after takeoff": the way back, not the trip to
                    # the goal given up
            origin_name = origin.name if origin else None
            dest_name = dest.name if dest else None
        if (last is not None and last[0] is s and dest_name is not None
                and last[2].destination == dest_name and last[2].origin
                and last[2].kind != fig.kind):
            # "The first 5,185 km, as far as Irkutsk, take the train about three and a half
            # days": a distance and a time told to one goal in one sentence are one leg
            origin_name = last[2].origin
        elif (last is not None and last[0] is s and dest_name is None
              and last[2].destination and last[2].kind != fig.kind
              and origin_name in (None, last[2].origin)):
            # "The journey from Rafah to the Sheba Medical Center near Tel Aviv, about 100 km,
            # took less than an hour": the time of the leg the distance was told for
            origin_name, dest_name = last[2].origin, last[2].destination
        if origin_name is not None and origin_name in self._unreached_names:
            origin_name = None  # "a flight from Taipei to Los Angeles returned to Taoyuan
            # airport about four hours after takeoff": no leg set off from Los Angeles
        claim = Claim(fig.kind, text, s.source, fig.low, fig.high, fig.unit, origin_name,
                      dest_name, fig.qualifier, s.text, art.outlet)
        self.journey.claims.append(claim)
        self._last_figure = (s, fig.end, claim)

    def _last_of_list(self, s: Sentence, first: Place, end: int) -> tuple[Place, int]:
        """The last of the goals listed after a figure: "the 200-kilometre trip to Mykolaiv and
        Odesa" is the trip to Odesa (by way of Mykolaiv), not to the first place listed."""
        last, last_end, joined = first, end, False
        for m in s.mentions:
            if m.start < last_end or _area(m.place) or m.inside or m.embedded:
                continue
            gap = LIST_GAP.fullmatch(s.text, last_end, m.start)
            if gap is None:
                break
            joined = joined or "and" in gap[0] or "&" in gap[0]
            last, last_end = m.place, m.end
        return (last, last_end) if joined else (first, end)

    def _event_place(self, s: Sentence, fig: Figure, current: Place | None,
                     word: str) -> str | None:
        """Where an event happened: a landmark in the figure's clause, a place "in X" right
        after the figure, else where the story has the traveller."""
        clauses = clause_spans(s.text)
        a, b = next(((a, b) for a, b in clauses if a <= fig.start <= b), (0, len(s.text)))
        land = [m.place for m in s.mentions if a <= m.start <= b and m.place.kind not in
                AREA_KINDS and m.place.kind not in CITY_KINDS]
        if land:
            return land[0].name
        for m in s.mentions:
            if m.place.kind in AREA_KINDS and m.surface != m.place.name:
                continue  # "the Chinese capital" is not China
            if 0 <= m.start - fig.end <= 25 and re.search(r"\bin\s+(?:the\s+)?$",
                                                          s.text[fig.end:m.start]):
                return m.place.name
        return current.name if current else None

    def _leg_ends(self, s: Sentence, fig: Figure, current: Place | None,
                  prior: Place | None = None,
                  prior_spot: Place | None = None) -> tuple[Place | None, Place | None]:
        origin: Place | None = None
        dest: Place | None = None
        dest_rank = (3, 0)
        source_end = -1  # where the "from X" the origin came from ends
        origin_at: Place | None = None  # the places themselves, before taking their city
        dest_at: Place | None = None
        dest_end = -1
        onward = False
        bearing = False  # the origin is the place a bearing is told from ("160 km south of")
        reached_first: Place | None = None  # the goal told first, of a way told on past it
        area_from: Place | None = None  # "a 10-hour train journey from Poland"
        area_reached: Place | None = None  # "arrived in Vietnam ... after a train journey"
        border_from: Place | None = None  # "from the Polish border, a journey of ..."
        area_to: Place | None = None  # "flying on to Britain, a journey of about 13 hours"
        for m in s.mentions:
            if (m.place.kind in ("admin", "country") and origin is None and not m.inside
                    and _LEAVING_NAMED.search(s.text, max(0, m.start - 30), m.start)):
                # "fourteen days after leaving Illinois": from the trip's stop in that state
                origin = self._stop_in(m.place)
                continue
            if m.place.kind in ("admin", "country") and not m.inside:
                # ("a 10-hour train journey from Poland": the country left)
                if m.start > fig.end and _FROM_ITS_BORDER.fullmatch(
                        s.text, max(0, m.start - 9), m.start) and _BORDER_AFTER.match(
                        s.text, m.end) and _FIGURE_WAY_TO.fullmatch(s.text, fig.end, m.start):
                    border_from = m.place  # "traveling for about 10 hours by train from the
                    # Polish border"
                elif m.start > fig.end and FROM_END.search(s.text, max(0, m.start - 8), m.start):
                    area_from = area_from or m.place
                elif m.end <= fig.start and _FROM_ITS_BORDER.fullmatch(
                        s.text, max(0, m.start - 9), m.start) and _BORDER_AFTER.match(
                        s.text, m.end):
                    border_from = m.place  # "by train from the Polish border, a journey of
                elif m.end <= fig.start and _REACHED_AREA.search(s.text, max(0, m.start - 20),
                                                                 m.start):
                    area_reached = area_reached or m.place
                elif (m.end <= fig.start and _TO_A_SPOT.search(
                        s.text, max(0, m.start - 12), m.start) and _APPOSITION.fullmatch(
                        s.text, m.end, fig.start)) or (
                            # ("for the roughly 9,600-km, 12-hour trip to California")
                            m.start > fig.end and _FIGURE_TRIP_TO.fullmatch(s.text, fig.end,
                                                                            m.start)):
                    area_to = m.place
            if (_area(m.place) and m.role not in ("goal", "arrive")) or m.inside or m.embedded:
                continue  # (nor "the Dakar Rally's final stage": no trip to Dakar; a strait
                # sailed to is a goal, see _water_goal)
            left_from = "from" in s.text[max(0, m.start - 8):m.start].casefold() or bool(
                _FROM_THE.search(s.text, max(0, m.start - 60), m.start)) or (
                    m.place.kind not in CITY_KINDS and not m.place.id.startswith("approx:")
                    and _LEFT_THE.search(s.text, max(0, m.start - 14), m.start) is not None) or (
                    # (one placed in its town only roughly, when the story names the town: "had
                    # left Washington's Union Station")
                    m.place.kind not in CITY_KINDS
                    and _LEFT_OWNERS.search(s.text, max(0, m.start - 40), m.start) is not None) or (
                    # (and the town of a building left that the map has only roughly: "left
                    # the National Palace in Mexico City at dawn")
                    m.place.kind in CITY_KINDS
                    and _LEFT_A_BUILDING_IN.search(s.text, max(0, m.start - 60), m.start)
                    is not None)
            # ("from the White House", "left the White House")
            if left_from and m.start > fig.end and _EARLIER_TRIP_FROM.fullmatch(
                    s.text, fig.end, m.start):
                continue  # "traveling for about 10 hours by train from the Polish border after
                # a flight from Joint Base Andrews": the trip before the figure's
            if left_from and m.start > fig.end and _FIGURE_FROM.search(
                    s.text, fig.end, m.start):
                continue  # "covering 800 km ... before halting about 200 km from Moscow":
                # Moscow is where another figure is measured from, not this leg's start
            if left_from and origin is not None and source_end <= fig.start <= m.start and not (
                    # (but "Muan, ..., about 290 km from Seoul": where the place told before
                    # the figure lies from this one)
                    _BEARING_OF.fullmatch(s.text, fig.end, m.start)):
                continue  # "from Kyiv to ... Przemysl, a ride of about 10 hours, before flying
                # from Rzeszow": the figure's leg began at the place left before it
            if left_from and bearing and m.start > source_end:
                continue  # "north of Tisdale, about 200 kilometers northeast of Saskatoon,
                # while the team was traveling from Humboldt": the bearing's place holds
            if (left_from and not _hometown(s.text, m.start)) or (
                    m.start >= fig.end and _BEARING_OF.fullmatch(s.text, fig.end, m.start)) or (
                    _LEAVING_NAMED.search(s.text, max(0, m.start - 30), m.start)) or (
                    # "had left Stockholm at 4:30 p.m. on Sunday for what is normally a
                    # 17-hour overnight crossing": the trip the leaving was for
                    m.role == "depart" and m.end <= fig.start
                    and _LEFT_FOR_A_TRIP.match(s.text, m.end, fig.start) is not None):
                # ("five days after leaving Sarria": the place left is where the leg starts)
                origin = self.places.city_of(m.place)  # "from Milan", "160 km south of Baghdad"
                origin_at = m.place
                source_end = m.end
                bearing = m.start >= fig.end and _BEARING_OF.fullmatch(
                    s.text, fig.end, m.start) is not None
            elif m.role in ("goal", "arrive") or re.search(
                    r"\b(?:to|reach|for|as\s+far\s+as|(?:expected|due)\s+(?:to\s+(?:land|arrive|dock)\s+)?"
                    r"(?:in|at))\s+"
                    r"(?:the\s+)?$", s.text[max(0, m.start - 16):m.start].casefold()) or (
                        # ("to the monastery at Roncesvalles, about 25 km")
                        _TO_A_BUILDING_AT.search(s.text, max(0, m.start - 40), m.start)):
                # ("is now expected in Rotterdam ... after a voyage of some 5,000 nautical
                # miles": the goal of a voyage still under way)
                # of several goals, the one the figure is told with: a goal it is set off after
                # ("to Sydney, a trip of 22 hours"), else the nearest after it, else the last
                # before it ("17,000 km to Sydney ... then on to Melbourne")
                told_end = _past_its_area(s, m)  # ("to Doha in Qatar, a flight of ...")
                if m.end <= fig.start and (
                        _APPOSITION.fullmatch(s.text, told_end, fig.start)
                        or _DAY_THEN_APPOSITION.fullmatch(s.text, told_end, fig.start)
                        or (fig.kind == "duration" and s.text[m.end:fig.start].isspace()
                            and (_LATER_AFTER.match(s.text, fig.end) or (
                                # ("landed at Changi Airport about six hours after leaving
                                # Perth, and passengers continued their journey to London")
                                m.role == "arrive"
                                and _SINCE_SETTING_OFF.match(s.text, fig.end))))):
                    # (and "arrived in Hanoi about six hours later": the time it took to get
                    # there, whatever the sentence goes on to)
                    rank = (0, 0)
                elif m.start >= fig.end:
                    if _AND_THEN.search(s.text, fig.end, m.start) or _WHILE_OTHERS.search(
                            s.text, fig.end, m.start) or _EARLIER_TRIP.match(
                                s.text, fig.end, m.start):
                        continue  # "landed six hours after leaving JFK, and resumed its
                        # journey to Rome": the goal of the next clause's trip (and "El
                        # Arish, about 45 km to the west, while the foreigners were taken by
                        # bus to Cairo": another clause's, of other people)
                    rank = (1, m.start - fig.end)
                elif _left_onward(s.text, m.end, fig.start):
                    continue  # "arriving at the station ... departed on a day-long ride"
                elif _NEW_CLAUSE.search(s.text, m.end, fig.start):
                    continue  # "sailing to Houston when it was stopped 100 km from Muscat"
                else:
                    rank = (2, -m.start)
                if rank < dest_rank:
                    dest, dest_rank, dest_end = self.places.city_of(m.place), rank, m.end
                    dest_at = m.place
        apposed = next((m for m in reversed(s.mentions) if m.end <= fig.start and not m.inside
                        and re.fullmatch(r"\s*,\s*", s.text[m.end:fig.start])), None)
        if (apposed is not None and (apposed.role is None or (
                # ("made a long stop in the city of Oaxaca, about 650 km from the start")
                apposed.role == "visit" and _FROM_THE_START.match(s.text, fig.end)))
                and not _area(apposed.place)
                and (re.match(r"(?:\s*\([^)]*\))?\s+away\b", s.text[fig.end:])
                     or _FROM_THE_START.match(s.text, fig.end))):
            # "drove off the train at Coquelles ... and was in Paris, some 290 kilometers
            # away": the place the figure is told of, though the sentence gives it no role
            dest, dest_rank, dest_end = self.places.city_of(apposed.place), (0, 0), apposed.end
            dest_at = apposed.place
        lies = next((m for m in reversed(s.mentions) if m.end <= fig.start and not m.inside
                     and _LIES_FIGURE.fullmatch(s.text, m.end, fig.start)),
                    None) if _FROM_OR_BEARING_AFTER.match(s.text, fig.end) else None
        if lies is not None and not _area(lies.place):
            # "Dubai lies about 5,850 km from Singapore, ... along the route to Frankfurt":
            # the place the figure is told of, whatever goal the sentence names after it
            dest, dest_rank, dest_end = self.places.city_of(lies.place), (0, 0), lies.end
            dest_at = lies.place
        if origin is None and border_from is not None:
            # "He travelled overnight by train from the Polish border, a journey of about 10
            # hours": from the trip's last stop in that country, or from a border crossing
            # the story does not place (not from where the trip began)
            origin = self._stop_in(border_from, before=dest)
            if origin is None:
                return None, dest
        if dest_at is not None and dest_rank[0] == 1:
            dest_at, dest_end = self._last_of_list(s, dest_at, dest_end)
            dest = self.places.city_of(dest_at)
            # "walked about 1,500 kilometers ... to Saint-Jean-Pied-de-Port and then along the
            # Camino Frances through Pamplona, Burgos and Leon": the way told on after "then"
            # is the same walk's, to the last place it names
            onward_at = [m for m in s.mentions if m.start >= dest_end and not m.inside
                         and not _area(m.place) and m.role in ("goal", "pass", "visit")]
            step = THEN_STEP.match(s.text, dest_end) or THEN_STEP.match(
                s.text, dest_end + 1) if onward_at else None
            if step is not None and not _NEW_CLAUSE.search(s.text, step.end(),
                                                           onward_at[0].start):
                reached_first = dest
                dest_at, dest_end = onward_at[-1].place, onward_at[-1].end
                dest = self.places.city_of(dest_at)
        if (dest is not None and dest_rank[0] == 2 and origin is not None
                and dest_end <= source_end <= fig.start
                and THEN_STEP.search(s.text, dest_end, source_end)):
            # "had flown from Rome to Warsaw on Monday ..., then took a train from the border
            # town of Przemysl, a journey of about 10 hours": the goal was an earlier step's;
            # this trip goes on from the place it then left
            dest = None
        if origin is not None and 0 <= source_end <= fig.start and _TO_THE_BORDER.match(
                s.text, source_end) and (edge := self._last_before_a_border(origin)) is not None:
            # "The trip from Beijing to the border takes 12 to 14 hours": to the trip's last
            # stop in Beijing's country before it crossed (Dandong), not to the goal a later
            # clause names ("expected to reach Pyongyang")
            dest = edge
        if origin is None and area_from is not None:
            # "arrived in Kyiv on Friday after a 10-hour train journey from Poland": from the
            # trip's last stop in Poland before Kyiv (Przemysl, not Warsaw)
            origin = self._stop_in(area_from, before=dest)
        if dest is None and area_reached is not None and _AFTER_TRIP.search(
                s.text, max(0, fig.start - 50), fig.start):
            # "arrived in Vietnam on Tuesday morning after a train journey of more than 60
            # hours": the trip that brought the traveller to the first stop there
            dest = self._stop_in(area_reached, after=origin)
            if origin is None and dest is not None:
                origin = self._first_city(dest)
        if dest is None and area_to is not None:
            # "stopped to refuel in Urumqi before flying on to Britain, a journey of about 13
            # hours": to the trip's first stop in that country (after the place left, if told)
            dest = self._stop_in(area_to, after=origin)
        told_of = _set_off_before(s, fig) if bearing else None
        far_of = None if bearing else _COMPASS_FROM_UNPLACED.match(s.text, fig.end)
        if told_of is None and far_of is not None and not any(
                m.start == far_of.end() and not m.inside for m in s.mentions):
            # "will travel to Mombasa, about 440 kilometers southeast of the capital": where
            # Mombasa lies from a place the story does not name here, not a leg from the stop
            # before
            told_of = _set_off_before(s, fig)
            if told_of is not None:
                place = told_of[0]
                # (from the capital of its country, when the journey stops there: "arrived in
                # Wad Madani, about 180 kilometers southeast of the capital", from Khartoum)
                capital = self._capital_among(place.country, self._stop_cities()) if (
                    place is not None and _CAPITAL_AFTER.match(s.text, far_of.end())) else None
                return capital, (self.places.city_of(place) if place is not None else None)
        if told_of is not None:
            # "a port at Chancay, about 80 kilometers north of the Peruvian capital": the
            # figure is told of the place set off before it (None: one the gazetteer lacks),
            # not of the trip's other stop
            place = told_of[0]
            return origin, (self.places.city_of(place) if place is not None else None)
        if (far := _FROM_SOMETHING_UNNAMED.match(s.text, fig.end)) is not None and (
                _SET_OFF_BY_A_COMMA.search(s.text, max(0, fig.start - 30), fig.start)) and not (
                _FROM_THE_START.match(s.text, fig.end) or _FROM_THE_BORDER.match(s.text, fig.end)
                or _CAPITAL_AFTER.match(s.text, far.end())) and not any(
                m.start >= far.end() and not m.inside and _TO_OR_IN_BEFORE.search(
                    s.text, max(far.end(), m.start - 14), m.start) for m in s.mentions):
            # "landing at Sabiha Gokcen airport, about 45 km from the team hotel": how far the
            # place told before lies from a spot the story does not place, not the flight's
            # length (nor a leg from any stop)
            return None, None
        if _COMPASS_AFTER.match(s.text, fig.end) and _MISHAP.search(
                s.text, max([0, *(m.end for m in s.mentions if m.end <= fig.start)]),
                fig.start):
            # "plunged into a ravine on Sunday, about 120 kilometers east of the capital":
            # where it happened, a point the story does not name; not the trip's goal
            return (origin if bearing else None), None
        if origin is not None and origin_at is not None and origin_at.kind not in CITY_KINDS:
            cities = self._stop_cities()
            if all(c.key != origin.key for c in cities):
                # "after leaving Orlando Sanford airport" (filed under Sanford), when the trip
                # left Orlando: the stop it left from
                origin = _gateway_city(origin_at, cities) or origin
        if dest is not None and dest_rank[0] == 2 and _ONWARD.search(s.text, dest_end,
                                                                     fig.start):
            # "flew from Washington to Rzeszow, and was driven about 90 km to the station":
            # the goal told before is where the figure's leg starts, on to the next stop
            origin, dest = dest, None
            onward = True
        if origin is not None and dest is not None:
            # "flew from Washington to Rzeszow, and was driven about 90 km to Przemysl": a goal
            # reached between the source and the figure's own goal is where this leg starts
            passed = [m for m in s.mentions if source_end <= m.start and m.end <= fig.start
                      and (m.role in ("goal", "arrive") or (
                          # ("stopped to refuel in Port Sudan before the three-hour flight to
                          # the capital": on from the stop)
                          m.role == "visit" and (_BEFORE_THE_TRIP.match(s.text, m.end) or (
                              # ("flown from Kabul to Al Udeid Air Base, ..., and then on
                              # to Ramstein": a landmark gone to is a stop on the way)
                              _GONE_TO.search(s.text, max(0, m.start - 8), m.start)))) or (
                          # ("will attend a trade fair in Shanghai on Sunday before travelling
                          # on Monday to Beijing, about 1,070 km to the north")
                          m.role is None and m.place.kind in CITY_KINDS
                          and _BEFORE_GOING_ON.match(s.text, m.end)))
                      and not m.inside
                      and m.place.kind not in AREA_KINDS
                      and self.places.city_of(m.place).key != dest.key]
            if passed:
                origin = self.places.city_of(passed[-1].place)
        if dest is not None:
            # "crossed the border at Khasan ..., before continuing the journey of about 200
            # km north to Vladivostok": the leg goes on from the place the sentence left the
            # traveller at, not from where the trip began
            went_on = [m for m in s.mentions if m.end <= fig.start and not m.inside
                       and not _area(m.place) and m.role in ("pass", "arrive", "visit", "goal")
                       and self.places.city_of(m.place).key != dest.key
                       and _CONTINUING.search(s.text, m.end, fig.start)]
            if went_on:
                origin = self.places.city_of(went_on[-1].place)
        if dest is not None and _BEFORE_THE_FIGURE.search(s.text, max(0, fig.start - 40),
                                                          fig.start):
            # "flew to Manaus from Lima ... and toured the rainforest by helicopter before the
            # four-hour flight to Rio": the trip on from the place reached before it
            reached = [m for m in s.mentions if m.end <= fig.start and not m.inside
                       and m.role in ("goal", "arrive", "visit") and not _area(m.place)
                       and self.places.city_of(m.place).key != dest.key]
            if reached:
                origin = self.places.city_of(reached[-1].place)
        away = dest is None and re.search(r"\baway\b", s.text[fig.end:fig.end + 12]) is not None
        told_before = [m for m in s.mentions if m.end <= fig.start and not m.inside]
        if away and told_before and _area(told_before[-1].place) and _AREA_AWAY.fullmatch(
                s.text, told_before[-1].end, fig.start):
            # "heading north toward the U.S. border, some 1,100 miles away": how far a country
            # or its border lies, no leg of the trip (not the way to its next stop)
            return None, None
        for m in s.mentions:  # "Dandong, about 520 miles away": the place the figure is from
            if away and dest is None and m.place.kind not in AREA_KINDS and not m.inside:
                dest = self.places.city_of(m.place)
        if dest is None and origin is not None and fig.kind == "distance" and not onward:
            # "Najaf, about 160 km south of Baghdad", "The Swiss city is 150 miles from
            # Milan": the place the clause is about, named before the figure
            told = [m for m in s.mentions if m.end <= fig.start and not m.inside
                    and not m.embedded and m.place.kind not in AREA_KINDS
                    and m.role not in ("pass", "depart") and not (
                        m.place.id.startswith("approx:") and m.place.kind == "landmark")
                    and self.places.city_of(m.place).key != origin.key
                    and not _NEW_CLAUSE.search(s.text, m.end, fig.start)
                    # (told before the figure's own "from X", it is no end: "A convoy of
                    # Wagner fighters drove north from Rostov-on-Don, covering 800 km")
                    and not (0 <= source_end <= fig.start and m.end <= source_end)]
            # (not "was sailing to Houston when it was stopped about 100 km from Muscat": the
            # place of another clause)
            if told:
                dest = self.places.city_of(told[-1].place)
        if origin is None and dest is not None and (_FIRST_PART.search(
                s.text, max(0, fig.start - 30), fig.start) or _HABITUAL_CLAUSE.search(
                s.text, 0, fig.start) or (
                    # ("The drive to her sister's house in Atlanta, about 660 miles, normally
                    # takes around 10 hours": the length told of the trip as it usually goes)
                    _THE_TRIP_TO.match(s.text) and _HABITUAL_CLAUSE.search(s.text, fig.end))
                or _SINCE_SETTING_OUT.match(s.text, fig.end)
                or _FROM_THE_START.match(s.text, fig.end)):
            # (and "the family usually drives the 660 miles to Atlanta", "reached Atlanta
            # shortly before midnight, 19 hours after setting out": the whole trip)
            # "The first 5,185 km, as far as Irkutsk": from the start of the trip
            cities = self._stop_cities()
            if cities and cities[0].key != dest.key:
                origin = cities[0]
        if origin is None and _FROM_THE_BORDER.match(s.text, fig.end):
            # "covered roughly 1,600 km from the border in about 32 hours": from the border
            # the trip last crossed
            crossed = [c for c in self._stop_cities() if c.key in self._passed_through]
            if crossed:
                origin = crossed[-1]
        if origin is None and (_REMAINING.search(s.text, max(0, fig.start - 30), fig.start)
                               or _TO_COVER_REMAINING.match(s.text, fig.end)):
            # "crossed the border at Khasan ... and covered the remaining 330 km": from the
            # place the sentence last put the traveller, on to the next stop
            here = [m for m in s.mentions if m.end <= fig.start and not m.inside
                    and m.place.kind not in AREA_KINDS]
            if here:
                origin = self.places.city_of(here[-1].place)
            elif dest is not None:
                # "took some seven hours to cover the last 300 km to Vladivostok": from the
                # stop before it, a border crossed included
                origin = self._prev_city(dest, passed=True)
        if origin is None and dest is not None and (_ANOTHER_LEG.search(
                s.text, max(0, fig.start - 20), fig.start) or _NTH_LEG.match(s.text, fig.end)):
            # (and "continuing the 10,900-kilometre second leg to London")
            # "drove 480 km to Nairobi, ... before heading on to Kampala, another 660 km away":
            # on from the place reached before, not from where the trip began
            reached = [m for m in s.mentions if m.end <= fig.start and not m.inside
                       and m.role in ("arrive", "goal", "visit")
                       and m.place.kind not in AREA_KINDS
                       and self.places.city_of(m.place).key != dest.key]
            origin = (self.places.city_of(reached[-1].place) if reached
                      else self._prev_city(dest))
        if origin is None and current is None and dest is not None:
            # no trip told yet: "picked up a load in Laredo ... and delivered it to Detroit,
            # a run of about 800 miles": the other town the sentence names, before the goal
            towns = [m for m in s.mentions if m.end <= fig.start and not m.inside
                     and m.place.kind in CITY_KINDS
                     and self.places.city_of(m.place).key != dest.key]
            if towns:
                origin = self.places.city_of(towns[0].place)
        if (origin is None and dest is not None and _AFTER_TRIP.search(
                s.text, max(0, fig.start - 60), fig.start)):
            cities = self._stop_cities()
            if cities and cities[-1].key == dest.key and cities[0].key != dest.key:
                # "The first buses reached Aswan on Wednesday, after a journey of some 1,200
                # kilometres": the trip that ends there, from its start
                origin = cities[0]
        between = _BETWEEN_THE_TWO_BEFORE.search(s.text, max(0, fig.start - 120), fig.start)
        if origin is None and dest is None and between is not None:
            # "in Mecca and Medina, travelling between the two holy cities by high-speed train,
            # a ride of about 450 kilometres": the two places the sentence named before it
            named = [m for m in s.mentions if m.end <= between.start() and not m.inside
                     and not _area(m.place)]
            if len(named) >= 2 and named[-2].place.key != named[-1].place.key:
                return (self.places.city_of(named[-2].place),
                        self.places.city_of(named[-1].place))
        if origin is None and _BETWEEN_THE_TWO.match(s.text, fig.end):
            # "covers about 306 miles between the two capitals": the two places of the leg
            # the article told last, not the leg after the place it left the traveller in;
            # told with the place reached ("It reached Venice ..., covering the 300 km between
            # the two cities", after "left Vienna ... and stopped at Villach"), the leg into it,
            # from the city before past the calls
            last_leg = self._last_leg_told(s, current if dest is None else dest)
            if last_leg is not None and (dest is None or last_leg[1].key == dest.key):
                return last_leg
        if self._route is not None and self._route_sentence is s and (
                not (origin is not None and dest is not None)
                # ("The 90 nautical miles separating Tromso and Kirkenes took the rest of the
                # voyage, with a stop at Honningsvag": the two it names)
                or _FIGURE_BETWEEN.match(s.text, fig.end)):
            return self._route  # "The line between Moscow and Vladivostok is 9,289 km long"
        route_calls = _WITH_STOPS_AT.search(s.text, fig.end) if self._route is not None else None
        if origin is None and dest is None and self._route is not None and not any(
                m.place.kind not in AREA_KINDS for m in s.mentions if not m.inside
                and (route_calls is None or m.start < route_calls.end())):
            # "The 142-kilometre line cuts the trip to 40 minutes", after "a railway between
            # Jakarta and Bandung": the route the article is about (and its calls told after
            # the figure are on it: "covers the 771 km in about eight hours, with stops at
            # Kanpur and Prayagraj")
            return self._route
        if origin is None and dest is None:
            # "The armoured train, which crossed into ... Dandong shortly before 11 p.m. on
            # Monday, covered the 840 kilometres to the capital": with no goal placed, on from
            # the place the sentence itself passed or called at before the figure, not from
            # where the article had the traveller before it (a goal told keeps the trip
            # through the calls: "stopped at Paros and Naxos and reached Santorini")
            on_from = [m for m in s.mentions if m.end <= fig.start and m.role in ("pass", "visit")
                       and not m.inside and not m.embedded and not _area(m.place)]
            on_the_way = _ON_THE_WAY_NEXT.match(s.text, on_from[-1].end) if on_from else None
            if on_from and on_the_way is not None and _APPOSITION.fullmatch(
                    s.text, on_the_way.end(), fig.start):
                # "sailed through the Suez Canal, calling at Rotterdam on the way, a voyage of
                # about 20,000 kilometres": the whole voyage, through the call
                cities = self._stop_cities()
                if len(cities) > 1:
                    return cities[0], cities[-1]
            if on_from:
                origin = self.places.city_of(on_from[-1].place)
        if dest is None and origin is not None:
            # "rode ... more than 9,300 kilometers west, stopping in Novosibirsk and Omsk on
            # the way", "set off from Prince Rupert ..., passing through Calgary, Regina and
            # Winnipeg, and covered about 4,400 kilometers": past the stops told on the way,
            # to the stop after them
            # (and "a 17-hour overnight crossing of about 400 kilometers, stopping in
            # Mariehamn": a call of the trip measured, not its end)
            along = _ALONG_THE_WAY.search(s.text, fig.end) is not None or (
                STOPPING_IN.search(s.text, fig.end) is not None)
            on_way = [m for m in s.mentions if not m.inside and not _area(m.place) and (
                (along and m.start >= fig.end and m.role in ("visit", "pass"))
                or (m.role == "pass" and m.start >= source_end >= 0))]
            if on_way:
                last = self.places.city_of(on_way[-1].place)
                dest = next((b for a, b in pairwise(self._stop_cities())
                             if a.key == last.key and b.key != a.key), None)
        if origin is None and dest is None and not any(not m.inside for m in s.mentions) and (
                _HABITUAL_CLAUSE.search(s.text, 0, fig.start)):
            # "Flight QF9 normally flies the 14,500 km route non-stop in about 17 hours", after
            # "A Qantas flight from Perth to London was diverted to Singapore": the route the
            # flight was on, as it usually goes (not the diversion)
            route = self._vehicle_route(s)
            if route is not None:
                return route
        if origin is None and self._lost:
            return None, dest  # after a goal the gazetteer could not place: from where, unknown
        if origin is None:
            origin = current
            if dest is not None and prior is None and s.idx <= 1:
                # an article's lede, before it has put the traveller anywhere: "arrived in
                # Dong Dang after a train journey of more than 60 hours" is the whole trip;
                # one that tells a departure first is the trip from there ("left Moscow on
                # Wednesday ..., flying home to Beijing, some 5,800 kilometers away")
                left = [m for m in s.mentions if m.role == "depart" and m.end <= fig.start
                        and not m.inside and m.place.kind not in AREA_KINDS]
                origin = (self.places.city_of(left[-1].place) if left
                          else self._first_city(dest))
            elif (dest is not None and prior is not None and prior.key == dest.key
                  and prior_spot is not None and prior_spot.kind not in CITY_KINDS
                  and km_between(prior_spot, dest_at or dest) > SAME_SPOT_KM):
                # "landed at Milan Malpensa ... She took the Malpensa Express to Milano
                # Centrale, a ride of about 50 minutes": from the airport to the station,
                # both in Milan
                return prior_spot, dest_at or dest
            elif dest is not None:
                # "returned to Washington, an eight-hour flight", "On Tuesday he flew some
                # 3,000 km south to Jakarta": from the stop before it on the journey, not from
                # wherever the article last had the traveller set out
                before = self._prev_city(reached_first or dest)
                cities = self._stop_cities()
                if before is None and cities and all(c.key != dest.key for c in cities) and (
                        tells_ahead(s.low[:fig.start])):
                    # "will attend the summit before travelling on to Santiago, a trip of some
                    # 10,000 kilometres she plans to make by train": a trip still ahead, from
                    # where the journey has brought the traveller (not from the place an
                    # earlier sentence told it left)
                    before = cities[-1]
                origin = before or origin
                # "It stopped at Paros and Naxos and reached Santorini at 3 p.m., a trip of
                # about 230 km": the trip through the calls the sentence tells, from before them
                calls = {self.places.city_of(m.place).key for m in s.mentions
                         if m.role == "visit" and m.end <= fig.start
                         and _CALLS_BEFORE.search(s.text, max(0, m.start - 60), m.start)}
                for _ in range(len(calls)):
                    if origin is None or origin.key not in calls:
                        break
                    origin = self._prev_city(origin)
                # ("The road to Port Sudan, about 850 km via Atbara": the way through the place
                # the figure is told by, from the stop before it)
                via = next((m for m in s.mentions if m.start > fig.end
                            and _VIA_AFTER.fullmatch(s.text, fig.end, m.start)), None)
                if (via is not None and origin is not None
                        and origin.key == self.places.city_of(via.place).key):
                    origin = self._prev_city(origin) or origin
        if (dest is not None and origin is not None and dest.key == origin.key
                and origin_at is not None and dest_at is not None
                and origin_at.key != dest_at.key and dest_at.key != dest.key):
            # "from Buckingham Palace to the Palace of Westminster": two landmarks of one city
            return origin_at, dest_at
        spot = self._here
        if (dest is not None and origin is not None and dest.key == origin.key
                and origin is current and spot is not None and spot.key != dest.key
                and km_between(spot, dest) > SAME_SPOT_KM):
            # "flew into London Luton ... travelled by coach to central London, about 50 km
            # away": from the airport reached, not from its city
            return spot, dest
        if dest is not None and origin is not None and dest.key == origin.key:
            dest = None
        if dest is None and _BEYOND.match(s.text, fig.end):
            return origin, None  # "more than 4,000 km further north": beyond the trip told
        if dest is None and origin is not None and origin is current and any(
                m.embedded and m.place.id.startswith("approx:") and not m.inside
                and _TO_A_SPOT.search(s.text, max(0, m.start - 12), m.start)
                for m in s.mentions):
            # "were then taken by coach to Arrowe Park Hospital on the Wirral, about 170 miles
            # north": on to a spot the story places only roughly, a leg to no stop (not the
            # trip told before it, into the place reached)
            return origin, None
        if (dest is None and origin is not None and origin is current
                and self._reached is not None and origin.key == self._reached.key
                and not any(m.place.kind not in AREA_KINDS and not m.place.id.startswith(
                    "approx:") for m in s.mentions)):
            # "Macron landed in Hanoi after a flight from Paris. The overnight flight took
            # roughly 12 hours.": the trip just told, into the place reached
            stops = [st.place for st in self.journey.stops]
            at = max((i for i, p in enumerate(stops)
                      if self._here is not None and p.key == self._here.key), default=0)
            if at > 0 and self.places.city_of(stops[at - 1]).key == origin.key:
                # "reached the US Capitol eight minutes later. The route runs about 2.5 km":
                # between the two landmarks of the city
                return stops[at - 1], stops[at]
            return self._prev_city(origin), origin  # no origin known: no leg to guess
        if (dest is None and origin is not None and current is not None
                and current.key != origin.key and _DESCRIBED_LIES.match(s.text)):
            # "The French territory lies about 16,700 km from Paris": the place the story has
            # brought the traveller to, told by what it is (not the stop after Paris)
            return origin, current
        if dest is None and origin is not None and not onward and not (
                bearing and _COMPASS_AFTER.match(s.text, fig.end)):
            dest = self._next_city(origin)  # (not for a leg on to a place the story leaves
            # unnamed: "and was driven about 90 km to the station"; nor for a spot told by its
            # bearing from a town: "plunged into a gorge ... about 120 kilometers east of
            # Lima, while traveling from Lima to Huancayo" is where the bus was)
        return origin, dest

    def _from_the_gateway(self, s: Sentence, fig: Figure,
                          kind: str) -> tuple[Place | None, Place] | None:
        """For a figure told "from the airport" (or station, or port): the last such place
        the article named on the way (with a role) up to the figure, or None when it named
        none, and the place the sentence names before the figure; None when the two lie too
        far apart for the one to be the other's gateway."""
        told = [m for m in s.mentions if m.end <= fig.start and not m.inside
                and not _area(m.place) and m.place.kind not in _GATEWAY_KINDS]
        if not told:
            return None
        place = told[0].place
        # (told before, in this article: "landing at Ben Gurion airport near Tel Aviv")
        gates = [m.place for t in self.sentences[s.art][:s.idx + 1] for m in t.mentions
                 if m.place.kind == kind and not m.inside and m.role is not None
                 and (t is not s or m.end <= fig.start)]
        if gates and km_between(gates[-1], place) > GATEWAY_KM * 2:
            return None
        # (none placed: from an airport the story does not name, so no leg the map can draw)
        return (gates[-1] if gates else None), place

    def _vehicle_route(self, s: Sentence) -> tuple[Place, Place] | None:
        """The route a vehicle the article told before ``s`` was on: "A Qantas flight from
        Perth to London", the first such "from X to Y" told right after the vehicle."""
        for t in self.sentences[s.art][:s.idx]:
            named = [m for m in t.mentions if not m.inside and not _area(m.place)]
            for a, b in pairwise(named):
                if _VEHICLE_LEFT_FROM.search(t.text, max(0, a.start - 40), a.start) and (
                        _TO_GAP_ONLY.fullmatch(t.text, a.end, b.start)):
                    return self.places.city_of(a.place), self.places.city_of(b.place)
        return None

    def _last_leg_told(self, s: Sentence, current: Place | None) -> tuple[Place, Place] | None:
        """The leg an article told last, for a figure that refers back to its two ends ("the
        two capitals"): the leg of the article's last figure, else the leg into the place
        the article last put the traveller."""
        last = self._last_figure
        if last is not None and last[0].source == s.source and last[2].origin and \
                last[2].destination:
            ends = [self._named(last[2].origin), self._named(last[2].destination)]
            if ends[0] is not None and ends[1] is not None:
                return ends[0], ends[1]
        if current is not None:
            before = self._prev_city(current)
            # ("left Vienna ... and stopped at Villach after midnight. It reached Venice ...,
            # covering the 300 km between the two cities": the trip's two cities, past the
            # calls on the way)
            while before is not None and self._only_called_at(before):
                earlier = self._prev_city(before)
                if earlier is None or earlier.key == current.key:
                    break
                before = earlier
            if before is not None:
                return before, current
        return None

    def _only_called_at(self, city: Place) -> bool:
        """Whether every sentence that puts the traveller in ``city`` tells a call on the way
        there ("stopped at Villach", "called at Trondheim"), and none a visit or an arrival."""
        told = [o for o in self._obs if o.city.key == city.key]
        return bool(told) and all(
            o.action in ("visit", "pass") and o.at >= 0
            and _A_CALL_BEFORE.search(o.sentence, max(0, o.at - 30), o.at) is not None
            for o in told)

    def _named(self, name: str) -> Place | None:
        """The journey's place of this name (a stop's place or its city)."""
        for st in self.journey.stops:
            for place in (st.place, self.places.city_of(st.place)):
                if place.name == name:
                    return place
        return None

    def _last_before_a_border(self, origin: Place) -> Place | None:
        """The journey's last stop in ``origin``'s country before a stop in another one, when
        there is one after ``origin`` and it is not ``origin`` itself."""
        cities = self._stop_cities()
        at = next((i for i, c in enumerate(cities) if c.key == origin.key), None)
        if at is None or not origin.country:
            return None
        for here, there in pairwise(cities[at:]):
            if there.country and there.country != origin.country:
                return here if here.key != origin.key else None
        return None

    def _stop_in(self, area: Place, *, before: Place | None = None,
                 after: Place | None = None) -> Place | None:
        """The journey's first stop city inside a state or country (by its codes); with
        ``before``, the last one before that stop (where a trip from the area to it left
        the area); with ``after``, the first one after that stop."""
        cities = self._stop_cities()
        start = next((i + 1 for i, c in enumerate(cities) if after is not None
                      and c.key == after.key), 0)
        end = next((i for i, c in enumerate(cities) if before is not None and i >= start
                    and c.key == before.key), len(cities))
        inside = [c for c in cities[start:end] if c.country == area.country and (
            area.kind == "country" or (area.admin1 and c.admin1 == area.admin1))]
        if not inside:
            return None
        return inside[-1] if before is not None else inside[0]

    def _stop_cities(self) -> list[Place]:
        """The city of each stop of the journey, in order (a landmark stands for its city)."""
        return [self.places.city_of(st.place) for st in self.journey.stops]

    def _first_city(self, dest: Place) -> Place | None:
        """The journey's first city, when it is not ``dest``."""
        cities = self._stop_cities()
        return cities[0] if cities and cities[0].key != dest.key else None

    def _at_end(self, place: Place) -> bool:
        """Whether the place is where the journey ends (its last stop's town)."""
        cities = self._stop_cities()
        return bool(cities) and self.places.city_of(place).key == cities[-1].key

    def _at_start(self, place: Place) -> bool:
        """Whether the place is where the journey begins (its first stop's town)."""
        cities = self._stop_cities()
        return bool(cities) and self.places.city_of(place).key == cities[0].key

    def _way_home(self) -> tuple[Place, Place] | None:
        """The last leg, when the trip ends at home: back where it began, or at a place the
        story sends the traveller "home to" ("flying home to London")."""
        cities = self._stop_cities()
        if len(cities) < 2 or cities[-2].key == cities[-1].key:
            return None
        last = cities[-1]
        told_home = any(re.search(r"\bhome\s+(?:to|in)\s+(?:the\s+)?" + re.escape(name),
                                  a.text) for a in self.articles
                        for name in {last.name, *(m.surface for m in self._all_mentions()
                                                  if self.places.city_of(m.place).key
                                                  == last.key)})
        if cities[0].key != last.key and not told_home and (
                # (or near it: back in Washington, after setting off from Joint Base Andrews)
                km_between(cities[0], last) > GATEWAY_KM):
            return None
        return cities[-2], last

    def _whole_trip(self, noun: str, loop: bool = False) -> tuple[Place | None, Place | None]:
        """"The rail journey covered 4,000 km": from the first stop to the last one reached by
        that mode ("rail", "train"), or to the last stop; with ``loop`` ("a loop of 18,000
        miles"), also a trip that ends where it began."""
        cities = self._stop_cities()
        if len(cities) < 2:
            return None, None
        last = len(cities) - 1
        if noun in ("rail", "train") and self.journey.legs:
            by_rail = [i + 1 for i, leg in enumerate(self.journey.legs) if leg.mode == "rail"]
            last = by_rail[-1] if by_rail else last
        if cities[last].key == cities[0].key and not loop:  # a round trip: as far as it went
            return None, None
        return cities[0], cities[last]

    def _prev_city(self, dest: Place, *, passed: bool = False) -> Place | None:
        """The city the journey came from when it last reached ``dest``: the stop before,
        not a place only passed on the way ("crossed into Uganda at Malaba and reached
        Kampala, a ride of about 660 km": from Nairobi), unless ``passed`` ("the last 300 km
        to Vladivostok", after crossing at Khasan: from Khasan)."""
        cities = self._stop_cities()
        kinds = self._kinds if len(self._kinds) == len(cities) else ["city"] * len(cities)
        for i in range(len(cities) - 1, 0, -1):
            if cities[i].key == dest.key and cities[i - 1].key != dest.key:
                j = i - 1
                while not passed and j > 0 and (
                        kinds[j] == "passed" or cities[j].key in self._passed_through):
                    j -= 1
                return cities[j]
        return None

    def _next_city(self, origin: Place) -> Place | None:
        """The city the journey went on to after it last left ``origin``."""
        cities = self._stop_cities()
        idx = [i for i, c in enumerate(cities) if c.key == origin.key]
        if not idx:
            return None
        return next((c for c in cities[idx[-1] + 1:] if c.key != origin.key), None)

    def _link_legs(self) -> None:
        """Point each figure claim at the leg it measures (a city stands for its landmarks:
        "Beijing to Dandong" is the leg from Beijing Railway Station to Dandong)."""
        by_name = {st.place.name: st.place for st in self.journey.stops}
        for claim in self.journey.claims:
            if claim.origin is None or claim.destination is None:
                continue
            for i, leg in enumerate(self.journey.legs):
                a, b = by_name.get(leg.origin), by_name.get(leg.destination)
                if a is None or b is None:
                    continue
                if {self.places.city_of(a).name, a.name} & {claim.origin} and \
                        {self.places.city_of(b).name, b.name} & {claim.destination}:
                    claim.leg = i
                    break

    def _time_claims(self) -> None:
        """Clock times and dates stated for a departure, an arrival or a point en route."""
        seen: set[tuple[str, str, str]] = set()
        for o in self._obs:
            if o.inherited or o.action not in ("depart", "arrive", "goal") or o.day is None:
                continue
            if not (o.day_text or o.hour_text):
                continue
            en_route = bool(re.search(r"\ben\s+route\b|\bon\s+(?:his|her|their)\s+way\b",
                                      o.sentence, re.IGNORECASE))
            if o.action == "goal" and not en_route:
                continue  # "the trip to Beijing, Jan. 7": the departure claim says it
            where = o.place if o.action != "goal" else (o.origin or o.place)
            when = clock_at(o.day, o.hour, where, o.action)
            event = {"depart": "departure", "arrive": "arrival", "goal": "en route"}[o.action]
            parts = [o.hour_text] if o.hour_text else []
            if o.day_text and o.day_text not in o.hour_text:
                parts.append(o.day_text)
            text = " ".join(parts)
            if (text, o.source, o.place.key) in seen:
                continue
            seen.add((text, o.source, o.place.key))
            qual = o.qualifier if o.hour is not None else "date only"
            origin = o.place.name if o.action == "depart" else (
                o.origin.name if o.origin else None)
            dest = None if o.action == "depart" else o.place.name
            outlet = self.articles[o.art].outlet
            self.journey.claims.append(Claim(
                "time", text, o.source, None, None, "iso", origin, dest, qual, o.sentence,
                outlet, when, event))

    def _clock_durations(self) -> None:
        """A leaving and an arrival told by clock times on no day ("left Oslo at 8:25 a.m. and
        reached Bergen just before 3:30 p.m."): with no day the times are no claims of their
        own, but together they give the trip's duration, checked like one the story states
        (local clocks, so time zones are allowed for; over midnight when the arrival's clock
        reads earlier). Only a leaving and the arrival after it in the same sentence."""
        told: dict[tuple[int, int], list[Obs]] = {}
        for o in self._obs:
            if (o.inherited or o.day is not None or o.hour is None or not o.hour_text
                    or o.action not in ("depart", "arrive")):
                continue
            told.setdefault((o.art, o.sent), []).append(o)
        for group in told.values():
            group.sort(key=lambda o: o.seq)
            for dep, arr in pairwise(group):
                if (dep.action, arr.action) != ("depart", "arrive") or dep.city.key == arr.city.key:
                    continue
                span = clock_span(dep, arr, self.anchor(dep.art) or _CLOCK_DAY)
                if span is None:
                    continue
                self.journey.claims.append(Claim(
                    "duration", f"{clock_words(dep)} to {clock_words(arr)}", dep.source, span[0],
                    span[1], "h", dep.place.name, arr.place.name, None, dep.sentence,
                    self.articles[dep.art].outlet))

    # -- places --------------------------------------------------------------------------------
    def _place_lists(self) -> None:
        stops = self.journey.stops
        kinds = self._kinds or ["city"] * len(stops)
        mentions: dict[str, PlaceMention] = {}
        order: list[str] = []
        quoted: set[tuple[str, int, int]] = set()
        for ss in self.sentences:
            for s in ss:
                for m in s.mentions:
                    if m.place.key in self._off_way:
                        continue  # (a namesake of the place meant: not where it is)
                    pm = mentions.get(m.place.key)
                    if pm is None:
                        pm = mentions[m.place.key] = PlaceMention(m.place)
                        order.append(m.place.key)
                    if m.surface not in pm.mentions and not m.deictic:
                        pm.mentions.append(m.surface)
                    qk = (m.place.key, s.art, s.idx)
                    if qk not in quoted:
                        quoted.add(qk)
                        pm.quotes.append(Quote(s.text, s.source))
        journey_keys: list[str] = []
        for st, k in zip(stops, kinds, strict=True):
            pm = mentions.get(st.place.key)
            if pm is None:
                pm = mentions[st.place.key] = PlaceMention(st.place)
            if st.place.key not in journey_keys:
                journey_keys.append(st.place.key)
                pm.role = "passed" if k == "passed" else "stop"
            elif k != "passed":
                pm.role = "stop"
            st.mentions = list(pm.mentions)
            st.quotes = list(pm.quotes)
            for key in self._merged_keys([st]):
                if key not in journey_keys and key in mentions:
                    journey_keys.append(key)
                    mentions[key].role = "stop"
        self.journey.places = [mentions[k] for k in journey_keys]
        self.journey.other_places = [mentions[k] for k in order if k not in journey_keys]

    def _merged_keys(self, stops: list[Stop]) -> list[str]:
        return [k for st in stops for k in self._merged.get(id(st), [])]

    def _default_title(self) -> str:
        names = [st.place.name for st in self.journey.stops if st.place.kind in CITY_KINDS]
        route = " - ".join(dict.fromkeys(names)) if names else "unplaced journey"
        who = self.journey.traveller or "Journey"
        return f"{who}: {route}"


_FAR = datetime.max.replace(tzinfo=None)


#: a title written right before a name: "Pope Francis", "President Joe Biden"
_TITLED = re.compile(r"\b([A-Z][a-z]+)\.?\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)")
#: a title written after "the", as a story refers back to someone ("the pope visited")
_THE_TITLE = re.compile(r"\bthe ([a-z]+)\b")
#: titles that say nothing of who is meant when written alone ("the mr", "the dr")
_BARE_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
                          "bin", "ibn", "bint", "our", "citing", "vice", "deputy"})


def _title_before(name: str, names: set[str], text: str) -> re.Pattern[str] | None:
    """A sentence opening on the title the story writes before the traveller's full name
    ("North Korean leader Kim Jong Un" -> "The North Korean leader ..."); None when the story
    writes no such title, or writes it before another person's name too."""
    found = re.search(r"\b((?:[A-Z][\w-]*\s+){1,2}(?:" + _TITLE_WORDS + r"))\s+"
                      + r"\s+".join(map(re.escape, name.split())) + r"\b", text,
                      flags=re.IGNORECASE)
    if found is None or not found[1][0].isupper():
        return None
    title = " ".join(found[1].split())
    words = r"\s+".join(map(re.escape, title.split()))
    # the title word alone ("The prime minister left New Delhi"), when the story gives it
    # to no one else by name ("Prime Minister Anthony Albanese")
    head = re.search(r"(?:" + _HEAD_TITLE_WORDS + r")$", title, flags=re.IGNORECASE)
    bare = r"\s+".join(map(re.escape, head[0].split())) if head else words
    for other in names:
        if other == name:
            continue
        after = r"\s+" + r"\s+".join(map(re.escape, other.split())) + r"\b"
        if re.search(words + after, text, flags=re.IGNORECASE):
            return None  # ("Russian President Vladimir Putin" and another Russian president)
        if re.search(bare + after, text, flags=re.IGNORECASE):
            bare = words
    opening = words if bare == words else r"(?:" + words[:-len(bare)] + r")?" + bare
    return re.compile(r"\s*The\s+" + opening + r"\b", re.IGNORECASE)


#: the words of a title written before a person's name, for _title_before
_TITLE_WORDS = (r"leader|president|prime\s+minister|premier|chancellor|king|queen|emperor|"
                r"pope|monarch|minister|secretary|governor|mayor")
#: those that say whom a story means when written alone after "The" ("The prime minister
#: left New Delhi"); "the leader" or "the minister" may be anyone's
_HEAD_TITLE_WORDS = (r"president|prime\s+minister|premier|chancellor|king|queen|emperor|pope|"
                     r"monarch")


def _title_of(surname: str, text: str) -> set[str]:
    """The title the story writes before the traveller's name ("Pope Francis" -> "pope"),
    so that "the pope visited Mosul" speaks of the traveller; none when the story gives
    that title to someone else too ("President Biden" and "President Putin")."""
    used = {m[1] for m in _THE_TITLE.finditer(text.lower())} - _BARE_TITLES
    # only titles the story writes as "the pope", or by their other word ("the pontiff")
    used |= {title for title, other in _TITLE_SYNONYMS.items() if other in used}
    titles = used & lexicon().person_titles
    if not titles:
        return set()
    holders: dict[str, set[str]] = {}
    for m in _TITLED.finditer(text):
        title = m[1].casefold()
        if title in titles:
            # (the name, not a regnal number after it: "King Charles III" is Charles)
            words = [w for w in m[2].split() if not _REGNAL.fullmatch(w)] or m[2].split()
            holders.setdefault(title, set()).add(words[-1].casefold())
    found = {t for t, who in holders.items() if who == {surname}}
    # ("Pope Francis", then "The 84-year-old pontiff flew into Erbil")
    return found | {_TITLE_SYNONYMS[t] for t in found if t in _TITLE_SYNONYMS}


#: a regnal number written after a name ("Charles III", "Leo XIV")
_REGNAL = re.compile(r"[IVXL]+")
#: another word the press uses for a title, once the story has given it to the traveller
_TITLE_SYNONYMS = {"pope": "pontiff"}


#: the town written right after a name: "Union Station in Chicago"
_IN_TOWN = re.compile(r"\s+(?:in|at)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
#: the place a figure's trip left, named after it: "five days after leaving Sarria"
#: the trip a leaving was for, right before its figure: "for what is normally a", "for the"
_LEFT_FOR_A_TRIP = re.compile(r"[^;]{0,60}?\bfor\s+(?:what\s+(?:is|was)\s+(?:normally\s+|"
                              r"usually\s+|typically\s+)?)?(?:a|an|the|its|their)\s+$",
                              re.IGNORECASE)
_LEAVING_NAMED = re.compile(r"\b(?:leaving|departing|set(?:ting)?\s+(?:out|off)"
                            r"\s+from)\s+(?:the\s+)?$", re.IGNORECASE)
#: a distance told on beyond where the traveller is: "more than 4,000 km further north"
_BEYOND = re.compile(r"\s+(?:further|farther|beyond|ahead|to\s+go)\b", re.IGNORECASE)
#: a trip there was time or fuel for, not one told as made
_ENOUGH_FOR = re.compile(r"\benough\s+(?:\w+\s+)?for\b[^.;:]*$", re.IGNORECASE)
#: what a traveller does as a rule, not on the trip told: "usually drives the 660 miles to
#: Atlanta in about ten hours"
_AS_A_RULE = r"\b(?:usually|normally|typically|generally|ordinarily|routinely)"
_HABITUAL = re.compile(_AS_A_RULE + r"\s+(?:\w+\s+){0,8}?$|"
                       # ("She has also visited the shrines at Lourdes and Fátima, though never
                       # on foot": what she has done before, not this trip)
                       r"\b(?:has|have)\s+also\s+(?:visited|been\s+to|travell?ed\s+to|toured|"
                       r"walked|flown\s+to)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:at|in|to)\s+)?"
                       r"(?:the\s+)?$", re.IGNORECASE)
#: a tour summed up by where it has taken the traveller: "a whirlwind tour of Iraq that has
#: taken him from the outskirts of Baghdad to the desert plains of the ancient city of Ur"
_TOUR_SUMMED_UP = re.compile(r"\b(?:tour|trip|swing|visit|journey)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?"
                             r"(?:that|which)\s+(?:has|had)\s+taken\s+(?:him|her|them|it)\b"
                             r"[^.;]*$", re.IGNORECASE)
#: vehicles in the plural, going somewhere as a rule: "with ships sailing from Seattle,
#: Vancouver and Seward", "flights between London and Amsterdam" are no trip of the story
_MANY_VEHICLES = re.compile(r"\b(?:ships|ferries|trains|flights|planes|buses|liners)\s+"
                            r"(?:sailing|running|flying|leaving|departing|operating|travell?ing)\s+"
                            r"(?:from|to|between)\s+(?:[\w'’.-]+,?\s+){0,6}?(?:the\s+)?$",
                            re.IGNORECASE)
#: others the vehicle carried, bound elsewhere: "also carried passengers bound for Brussels,
#: who changed at Lille" (their places, to the sentence's end, are not the traveller's)
_OTHERS_BOUND = re.compile(r"\b(?:passengers|travell?ers|commuters|those|others|people)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:bound|headed|heading|destined|going\s+on)\s+"
                           r"(?:for|to)\b", re.IGNORECASE)
#: a route other than the one told, with what it did in a clause of its own: "the old route,
#: which stopped in Singapore or Dubai", "previous services that ran via Lille"
_ANOTHER_ROUTE = re.compile(
    r"\b(?:old|older|previous|former|earlier|existing|usual|alternative|other|rival|slower)\s+"
    r"(?:route|routes|service|services|flights?|connections?|way|ways|journeys?|"
    r"itinerar(?:y|ies))\s*,?\s+(?:which|that)\b[^.;:]*$", re.IGNORECASE)
#: a route told as a standing fact, in the present: "The trip from Pyongyang to Vladivostok
#: is about 1,180 kilometres", "the drive between Hanoi and Ha Long takes three hours". Its
#: ends name the figure's leg, not a move of this trip (the trip's own moves say that)
_ROUTE_FACT = re.compile(
    r"\b(?:the|a|this|that)\s+(?:[\w-]+\s+){0,2}?(?:trip|journey|route|distance|drive|ride|"
    r"flight|line|railway|road|highway|crossing|voyage|run)\s+(?:between|from)\s+"
    r"(?P<ends>[^.;:!?]{1,80}?)\s+(?:is|are|runs|covers|measures|spans|stretches|takes|lasts)\b",
    re.IGNORECASE)
#: a new clause of the sentence, its subject's next act: ", and resumed", ", but turned"
_AND_THEN = re.compile(r",\s+(?:(?:and|but)\s+(?:then\s+)?|then\s+)(?:[a-z]+ed|flew|drove|rode|"
                       r"took|went|made|set\s+off|will|is\s+due\s+to|plans\s+to)\b|"
                       r"\bbefore\s+(?:continuing|flying|heading|travell?ing|driving|sailing|"
                       r"going|moving|returning)\s+(?:on\s+|back\s+|home\s+)?(?:to|for)\b")
# ("flown from Israel to Doha ..., a flight of about three hours, before continuing to
# Washington": the next trip's goal; "reached Mendoza ... after a drive of roughly 1,050 km,
# then crossed the Andes to reach Santiago")
#: a division's word written after its name, in lower case: "Kharkiv region"
_DIVISION_WORD = re.compile(r"\s+(region|oblast|province|governorate|prefecture)\b")
#: a word opening a clause of its own between a place and a figure
_NEW_CLAUSE = re.compile(r"\b(?:when|whereupon)\b", re.IGNORECASE)
_HABITUAL_CLAUSE = re.compile(_AS_A_RULE + r"\b", re.IGNORECASE)
#: a time since a departure, told right after a place: "in Sparta 22 hours and 40 minutes
#: after leaving the Acropolis", "in front of Santiago de Compostela's cathedral on Thursday,
#: 35 days after setting out from" (a building of the place, and the day, between them)
_TIME_AFTER_LEAVING = re.compile(r"(?:['’]s(?:\s+[\w-]+){1,3}?)?"
                                 r"(?:\s+on\s+[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?)?"
                                 r"\s*,?\s+(?:(?:just|some|about|nearly|almost|barely|only)\s+)?"
                                 r"[\w-]+\s+(?:hours?|days?|minutes?|weeks?|months?)(?:\s+and\s+"
                                 r"[\w-]+\s+(?:hours?|minutes?))?\s+after\s+(?:leaving|departing|"
                                 r"setting\s+(?:off|out|sail)|pushing\s+off|lifting\s+off|"
                                 r"taking\s+off|starting)\b",
                                 re.IGNORECASE)
#: a distance from the border the trip crossed: "covered roughly 1,600 km from the border"
#: a bearing, as a distance is told from a place: "160 km south of", "due north-west of"
_COMPASS_OF = (r"(?:due\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|"
               r"north-east|north-west|south-east|south-west)\s+of")
#: a place told only to place the one before it: "Willow, north of Anchorage"
_PLACED_BY = re.compile(r",\s+(?:(?:about|some)\s+[\d,.]+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?"
                        r"(?:" + _COMPASS_OF + r"|outside|near)\s+(?:the\s+)?$", re.IGNORECASE)
#: between an area and a figure told "away" from it: "the U.S. border, some 1,100 miles away"
_AREA_AWAY = re.compile(r"(?:\s+(?:border|frontier|coast|coastline|shore))?\s*,\s*")
#: the capital, named after a bearing ("southeast of the capital", "of the Kenyan capital")
_CAPITAL_AFTER = re.compile(r"(?:[A-Z][\w'’-]+\s+)?capital\b")
#: a distance from something the story names by a common noun, after a figure: "about 45 km
#: from the team hotel", "some 3 km by road from the stadium"
_FROM_SOMETHING_UNNAMED = re.compile(r"(?:\s+by\s+(?:rail|road|car|bus|train))?\s+(?:away\s+)?"
                                     r"from\s+(?:the|a|an|his|her|their|its)\s+(?=[a-z])")
#: the words right before a place that make it an end of a way from an unnamed spot ("from
#: the hotel to Taksim"), not where that spot is ("the team hotel on the Bosphorus")
_TO_OR_IN_BEFORE = re.compile(r"\b(?:to|towards?|and|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
#: a figure set off by a comma after what it tells of: "Sabiha Gokcen airport, about 45 km"
_SET_OFF_BY_A_COMMA = re.compile(r",\s*(?:(?:about|some|roughly|around|nearly|almost|only|just|"
                                 r"barely|approximately|an?|the)\s+)*$", re.IGNORECASE)
#: a bearing from a place, after a figure: "about 440 kilometers southeast of the capital"
_COMPASS_FROM_UNPLACED = re.compile(r"(?:\s*\([^)]*\))?\s+" + _COMPASS_OF + r"\s+(?:the\s+)?")
#: a trip told to the border, right after the place it left: "from Beijing to the border"
_TO_THE_BORDER = re.compile(r"\s+to\s+the\s+(?:border|frontier)\b(?!\s+(?:town|city|station|"
                            r"crossing|post|village)\s+(?:of|at)\b)", re.IGNORECASE)
_FROM_THE_BORDER = re.compile(
    r"\s+(?:from|" + _COMPASS_OF + r")\s+the\s+(?:border|frontier)\b",
    re.IGNORECASE)  # ("Vladivostok lies about 200 km north of the border crossing")
#: a distance from where the trip began: "reached Corinth, about 80 km from the start"
_FROM_THE_START = re.compile(
    # (past a second figure told with it: "about 950 miles and four days from where he started")
    r"(?:\s+and\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?[\w,.-]+\s+(?:days?|hours?|weeks?|"
    r"nights?|miles?|km|kilomet(?:re|er)s?))?"
    r"\s+from\s+(?:the\s+(?:start|outset|beginning|starting\s+line)|where\s+(?:he|she|they|it|"
    r"we|i)\s+(?:had\s+)?(?:started|began|begun|set\s+(?:out|off)|left))\b", re.IGNORECASE)
#: a time since the trip began, with no place named: "19 hours after setting out"
_SINCE_SETTING_OUT = re.compile(r"\s+after\s+(?:(?:he|she|they|it)\s+)?(?:setting\s+(?:out|off)|"
                                r"set\s+(?:out|off)|starting\s+out|leaving\s+home)\b",
                                re.IGNORECASE)
#: a trip told as a sentence's subject, from where it began: "The flight from Pyongyang's
#: Sunan airport covered about 4,700 km"
_TRIP_FROM = re.compile(r"[\"“‘']?(?:The|A|An|Its|His|Her|Their)\s+(?:[\w'’-]+\s+){0,2}?"
                        r"(?:flight|trip|journey|voyage|ride|crossing|drive)\s+from\s+")
#: a sentence that opens with the vehicle covering a way, up to the place it left: "The train
#: covered the roughly 470 km from "
_VEHICLE_COVERED_FROM = re.compile(r"[\"“]?(?:The|Its|His|Her|Their)\s+(?:[\w'’-]+\s+){0,2}?"
                                   r"(?:train|flight|plane|aircraft|jet|ship|ferry|bus|convoy|"
                                   r"motorcade)\s+(?:covered|made|completed)\b[^,;.]{0,50}?"
                                   r"\bfrom\s+(?:the\s+)?")
#: a verb of travel anywhere in a sentence (for the lede's traveller)
_TRAVEL_CUE = re.compile(r"\b(?:arrived|arrives|left|leaves|flew|flies|landed|travell?ed|drove|"
                         r"sailed|departed|reached|boarded|set\s+off|headed)\b")
#: verbs of a trip made, in lower case (see run: a trip of the story's own days)
_MOVED = re.compile(r"\b(?:arrived|left|flew|landed|travell?ed|drove|sailed|departed|reached|"
                    r"swam|crossed|walked|ran|rode|cycled|rowed|set\s+off|returned)\b")
#: a trip's start told after its end: "ending a journey that began in Pyongyang"
_BEGAN_IN = re.compile(r"\b(?:began|begun|started|had\s+started)\s+(?:[\w,.-]+\s+){0,3}?"
                       r"(?:in|at|from)\s+(?:the\s+)?$", re.IGNORECASE)
#: a capitalised name set off right before a figure: "at Chancay, (about 80 km north of)"
#: a compass bearing right after a figure: "... 120 kilometers east of"
_COMPASS_AFTER = re.compile(r"\s+(?:" + _COMPASS_OF + r"|outside|short\s+of)\b", re.IGNORECASE)
#: what befalls a trip on the way, told before a bearing: "plunged into a ravine on Sunday,
#: about 120 kilometers east of the capital"
_MISHAP = re.compile(r"\b(?:plunged|crashed|overturned|rolled\s+over|collided|sank|capsized|"
                     # ("The accident happened about 12 km outside Yazd")
                     r"(?:accident|crash|collision|explosion|attack|incident)\s+"
                     r"(?:happened|occurred|took\s+place)|"
                     r"derailed|exploded|caught\s+fire|came\s+down|went\s+down|broke\s+down|"
                     r"ran\s+aground|went\s+missing|disappeared|was\s+(?:hit|struck|attacked|"
                     r"ambushed|shot\s+down))\b", re.IGNORECASE)
_NAME_SET_OFF = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                           # (and a building's lower-case word: "Wadi Seidna air base,")
                           r"(?:\s+(?:air\s+base|airbase|airfield|airport|air\s+strip|station|"
                           r"base|camp|port|hospital|junction|terminal|depot|pier))?),\s+"
                           # (past an old name told beside it: "Iznik, the ancient Nicaea,")
                           r"(?:the\s+(?:ancient|old|former|historic|biblical)\s+[A-Z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.-]*){0,2},\s+)?"
                           # ("Denver, which an onboard brochure described as about 500 miles
                           # west of Chicago")
                           r"(?:(?:which|that)\s+[^,;]{0,50}?\b(?:described|listed|put|gave|"
                           r"called|placed|estimated)\s+(?:it\s+)?(?:as|at)\s+)?$")


#: a relative clause set off by commas: "The train, which crossed the border at Dandong late
#: Wednesday night, covered ..."
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|that|who)\s[^,;]*,")
#: a sentence that opens on the trip the one before told, by its kind: "The flight of about
#: 800 kilometers took just under two hours"
_THAT_LEG = re.compile(r"\s*(?:The|That|This|His|Her|Their|Its)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:flight|drive|ride|crossing|sail|car\s+journey|train\s+journey|"
                       # ("The road journey of about 360 km took roughly four and a half hours")
                       r"(?:road|bus|coach|sea|boat|ferry)\s+(?:journey|trip|crossing)|"
                       # ("The train, which travels at about 50 km/h, took more than two days",
                       # not "The train covered roughly 1,600 km from the border")
                       r"train(?!.*\b(?:from|between)\b)|"
                       # ("The straight-line distance is about 34 kilometres", after a swim)
                       r"distance|swim|voyage|passage)\b")
#: what joins a list of places visited to the figure of the whole tour: ", covering"
_COVERING_THEM = re.compile(r",\s+(?:covering|travell?ing|flying|logging|clocking\s+up|"
                            r"(?:a|an)\s+(?:[\w-]+\s+)?(?:trip|journey|tour)\s+of)\s+"
                            r"(?:(?:some|about|nearly|almost|more\s+than|over|around|roughly)\s+)?$",
                            re.IGNORECASE)


def _only_in_relative_clauses(s: Sentence, fig: Figure) -> bool:
    """Whether every place the sentence names stands in a relative clause closed before the
    figure ("The train, which crossed the border at Dandong late Wednesday night, covered
    ..."): then the figure is not told of any of them."""
    clauses = [(c.start(), c.end()) for c in _RELATIVE_CLAUSE.finditer(s.text)]
    return bool(s.mentions) and all(any(a < m.start and m.end <= b <= fig.start
                                         for a, b in clauses) for m in s.mentions)


def _countries_visited(s: Sentence, fig: Figure) -> bool:
    """Whether the sentence tells, before the figure, a visit to a country (no town named
    for it): "had visited Indonesia, Papua New Guinea and East Timor"."""
    return any(m.place.kind == "country" and not m.inside and m.end <= fig.start
               and _VISITED_BEFORE.search(s.text, max(0, m.start - 60), m.start) is not None
               for m in s.mentions)


#: a visit told right before a country's name (or a list that ends with it): "had visited"
_VISITED_BEFORE = re.compile(r"\b(?:visited|visiting|toured|touring|visits?\s+to|tours?\s+of|"
                             r"stops?\s+in)\s+(?:[\w'’.-]+(?:,\s*|\s+))*$", re.IGNORECASE)


def _after_a_listed_tour(s: Sentence, fig: Figure) -> bool:
    """Whether the figure follows a list of three or more places the sentence names, joined
    to it as the length of them all ("visited Indonesia, Papua New Guinea, East Timor and
    Singapore, covering nearly 33,000 kilometers")."""
    before = [m for m in s.mentions if m.end <= fig.start and not m.inside]
    if len(before) < 3 or not _COVERING_THEM.search(s.text, before[-1].end, fig.start):
        return False
    listed = 1
    for a, b in pairwise(reversed(before)):
        if not LIST_GAP.fullmatch(s.text, b.end, a.start):
            break
        listed += 1
    return listed >= 3


def _set_off_before(s: Sentence, fig: Figure) -> tuple[Place | None] | None:
    """The place named by the capitalised name set off right before the figure ("at
    Chancay, about 80 km north of ..."), in a 1-tuple whose item is None when the reader did
    not place the name; None when no such name stands there."""
    named = _NAME_SET_OFF.search(s.text, max(0, fig.start - 110), fig.start)
    if named is None or named[1].split()[0] in _NOT_PLACES:
        return None  # (nor "early on Tuesday, about 20 hours after")
    there = [m for m in s.mentions if m.start < named.end(1) and named.start(1) < m.end]
    placed = [m for m in there if not m.inside and m.place.kind not in AREA_KINDS]
    if there and not placed:
        return None  # a country or region set off: no town the figure is told of
    return (placed[-1].place if placed else None,)


#: a place visited before the sentence's arrival: "after a visit to Lima", "after a
#: three-day state visit to Japan", "after stopping in Alaska"
_AFTER_A_VISIT = re.compile(r"\bafter\s+(?:(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:visit|trip|stop|stopover|tour|stay)\s+(?:to|in|of)|visiting|"
                            # ("after waiting for days in the Egyptian town of El Arish")
                            r"waiting\s+(?:[\w-]+\s+){0,3}?in|"
                            # "after stops in Carlisle, ...", "after calls at Naples"
                            r"(?:[\w-]+\s+)?(?:stops|visits|calls|stopovers)\s+(?:to|in|at)|"
                            # "after a day in New York", "after two nights in Venice"
                            r"(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:more\s+)?"
                            r"(?:hours?|days?|nights?|weeks?)\s+in|"
                            # ("after spending a day in Shanghai")
                            r"spending\s+(?:[\w-]+\s+){1,3}?(?:hours?|days?|nights?|weeks?)\s+in|"
                            r"stopping\s+(?:over\s+)?(?:in|at)|touring)\s+(?:the\s+)?$",
                            re.IGNORECASE)
#: the days a stay spanned, told right after the place: " from Sunday to Wednesday"
_DAYS_SPANNED = re.compile(r"\s+from\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?\s+(?:to|until|till|through)\s+"
                           r"[A-Z][a-z]+\b")
#: the trip that ended at an arrival, told after it with a stop on the way: "after a flight
#: from London of about 22 hours that included a refuelling stop in"
_ON_THE_TRIP_THERE = re.compile(r"\bafter\s+(?:a|an|the|his|her|their|its)\s+(?:[\w,-]+\s+){0,10}?"
                                r"(?:that|which)\s+(?:included|involved|had)\s+(?:a|an)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:stop|stopover|call|layover)\s+(?:in|at)\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)
#: calls told after a goal as the next thing done: "to Vienna before stopping in Budapest"
_THEN_CALLS = re.compile(r"\b(?:before|then)\s+(?:stopping|calling|pausing|halting)\s+(?:at|in)\b",
                         re.IGNORECASE)
#: what joins the places of a list: ", ", " and ", ", and "
_LISTED_NEXT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: a departure told as what came before the sentence's event: "... after leaving Pyongyang"
_AFTER_LEAVING = re.compile(r"\b(?:after\s+(?:(?:(?:he|she|they|it)\s+)?(?:leaving|departing|"
                            r"left|departed)\s+(?:from\s+)?|(?:a|an|the|his|her|their)\s+"
                            r"(?:[\w,.-]+\s+){0,6}?(?:journey|trip|flight|ride|drive|voyage|"
                            r"crossing|trek)\s+(?:[\w,.-]+\s+){0,6}?from\s+|"
                            # ("after a journey that began in the dark hours of Sunday morning at
                            # Joint Base Andrews": where it began)
                            r"(?:a|an|the|his|her|their)\s+(?:[\w,.-]+\s+){0,3}?(?:journey|trip|"
                            r"flight|ride|drive|voyage|crossing|trek)\s+that\s+(?:had\s+)?"
                            r"(?:began|begun|started)\s+(?:[\w,.-]+\s+){0,8}?(?:at|in|from)\s+)|"
                            # ("a surprise visit that capped a clandestine journey of nearly a
                            # full day from Washington": the journey that ended here)
                            r"capp(?:ed|ing)\s+(?:a|an|the|his|her|"
                            r"their)\s+(?:[\w,.-]+\s+){0,6}?(?:journey|trip|flight|ride|drive|"
                            r"voyage|crossing|trek)\s+(?:[\w,.-]+\s+){0,6}?from\s+)(?:the\s+)?"
                            # ("after leaving the foot of the Acropolis", "after leaving the
                            # restart line in Willow")
                            r"(?:(?:foot|gates?|centre|center|heart|steps|edge)\s+of\s+"
                            r"(?:the\s+)?|(?:re)?start(?:ing)?\s+line\s+(?:in|at)\s+)?$",
                            re.IGNORECASE)
#: a town's possessive before a common noun is the town: "brought to Lampedusa's port", "the
#: square in front of Santiago de Compostela's cathedral"
_OWNS_A_THING = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:port|harbou?r|airport|station|border|"
                           r"outskirts|centre|center|coast|shore|docks?|quay|pier|terminal|"
                           r"cathedral|basilica|square|plaza|waterfront|seafront|promenade|"
                           r"(?:city|town)\s+hall|old\s+town)\b")
#: a town's possessive before a named station, port, airport or other building: "Istanbul's
#: Söğütlüçeşme station", "left Manhattan's Red Ball Garage" (the name is the first group)
_OWNS_A_NAMED_THING = re.compile(r"['’]s\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s+"
                                 r"(?:port|harbou?r|airport|station|terminal|railway\s+station|"
                                 r"hotel|garage|hospital|palace|stadium|square|plaza|pier|docks?|"
                                 r"air\s+base|base|market|hall)\b", re.IGNORECASE)


def _in_route_fact(text: str, at: int) -> bool:
    """Whether the place named at ``at`` is an end of a route told as a standing fact."""
    if " from " not in text and " between " not in text:
        return False
    return any(m.start("ends") <= at < m.end("ends") for m in _ROUTE_FACT.finditer(text))


def _owns_an_unknown(s: Sentence, end: int) -> bool:
    """Whether a town's possessive ending at ``end`` owns a station, port or airport whose
    name the gazetteer does not know ("reached Istanbul's Söğütlüçeşme station"): then the
    town is where the trip went. A name it knows is a mention of its own ("Rome's Fiumicino
    airport"), and the facility is the stop."""
    named = _OWNS_A_NAMED_THING.match(s.text, end)
    # ("Dar es Salaam's new Magufuli station": a word of its name, after a lower-case one)
    return named is not None and any(w[0].isupper() for w in named[1].split()) and not any(
        0 < x.start - end <= 4 for x in s.mentions)


#: (the word _figure_context gives a tour told as a whole: no one place holds it)
_WHOLE_TOUR = "whole tour"
#: a figure told as one more leg: "another 660 km", "a further two hours"
_ANOTHER_LEG = re.compile(r"\b(?:another|a\s+further|a\s+farther)\s+(?:[\w,.-]+\s+)?$",
                          re.IGNORECASE)
#: a figure told as a later leg's: "the 10,900-kilometre second leg", "the 400-km final stage"
_NTH_LEG = re.compile(r"\s+(?:second|third|fourth|fifth|final|last|next|onward)\s+"
                      r"(?:leg|stage|hop|stretch|part)\b", re.IGNORECASE)
#: where a trip told as a tour of several days begins: "at the start of a 12-day trip" (not
#: "at the end of a nine-hour flight", which is the leg just flown)
_START_OF_A_TOUR = frozenset({"start", "beginning", "outset"})
#: a call on the way, and the calls listed after it: "stopped at Paros and", "calling at"
_CALLS_BEFORE = re.compile(r"\b(?:stopped|stopping|called|calling|stops|calls)\s+(?:only\s+)?"
                           r"(?:(?:briefly|to\s+refuel|for\s+fuel)\s+)?(?:at|in)\s+"
                           r"(?:[^.;]{0,40}?(?:,|\band)\s+)?$", re.IGNORECASE)
#: another thing done, told after the last place: "..., and struck the bridge"
_OTHER_EVENT = re.compile(r"(?:,\s*|\s)and\s+(?:then\s+)?(?!(?:reached|arrived|landed|docked|"
                          r"pulled|got|rolled|touched|crossed|entered|returned|about|some|"
                          r"nearly|almost|roughly|around|just|only|more|less|over|under|after|"
                          r"later|the|its|his|her|their)\b)[a-z]{3,}\b")
#: a part of a trip told inside the figure of the whole: "including the ferry crossing from
#: Dover to Calais"
_INCLUDED_PART = re.compile(r"\bincluding\s+(?:the\s+|a\s+|an\s+)?[^.;]{0,40}?\bfrom\s+"
                            r"[^.;]{1,40}?\bto\s+[^,.;]*", re.IGNORECASE)
#: an incident on the way, told before a time "later": the time is counted from it
_INCIDENT = re.compile(r"\b(?:fire|blaze|broke\s+out|explosion|exploded|collided|collision|"
                       r"struck|attacked|emergency|engine\s+(?:failure|fault|problem)|"
                       r"was\s+hit|were\s+hit|ran\s+aground|capsized|hijacked|seized)\b",
                       re.IGNORECASE)
#: what ends a trip short of anywhere: "vanished", "crashed", "lost contact"
_LOST_ON_THE_WAY = re.compile(r"\b(?:vanished|disappeared|went\s+missing|lost\s+contact|crashed|"
                              r"went\s+down|sank|broke\s+up|plunged|was\s+shot\s+down|"
                              r"exploded|ditched)\b", re.IGNORECASE)
#: a time told since the leaving, right after a duration: "about an hour after leaving"
_AFTER_ITS_LEAVING = re.compile(r"\s+(?:after|since)\s+(?:leaving|departing|taking\s+off|"
                                r"setting\s+(?:off|out|sail)|lifting\s+off|(?:it|they)\s+"
                                r"(?:had\s+)?(?:left|took\s+off|departed))\b", re.IGNORECASE)
#: "later" right after a duration: the time since the trip before set off
_LATER_AFTER = re.compile(r"\s+later\b", re.IGNORECASE)
#: a vehicle told with its route, right before the place it left: "A Qantas flight from "
_VEHICLE_LEFT_FROM = re.compile(r"\b(?:flight|train|bus|coach|ferry|ship|service|plane|jet|"
                           r"sleeper)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
#: " to " between the two ends of a route: "from Perth to London"
_TO_GAP_ONLY = re.compile(r"\s+to\s+(?:the\s+)?")
#: a time told from the leaving: "... after leaving Perth", "... after takeoff"
_SINCE_SETTING_OFF = re.compile(r"\s+after\s+(?:leaving|departing|setting\s+(?:off|out)|take-?off|"
                                r"takeoff)\b", re.IGNORECASE)
#: what joins a place to a figure set off after it: "to Sydney, a trip of some 22 hours"
#: a trip told as finished: "has finished a 1,400-kilometre bike ride from Land's End to"
_FINISHED_TRIP = re.compile(r"\b(?:finished|completed|ended)\s+(?:(?:a|an|the|his|her|their)\s+)?"
                            r"(?:[\w,-]+\s+){0,4}?(?:ride|walk|trip|journey|run|swim|row|"
                            r"voyage|trek|drive|flight|crossing|march)\b", re.IGNORECASE)
#: a place told as where the trip went ("to Al Udeid Air Base")
_GONE_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
#: between a town and the area told to place it: "Doha in Qatar", "Doha, Qatar"
_TO_ITS_AREA = re.compile(r"\s*,\s*|\s+in\s+(?:the\s+)?")


def _past_its_area(s: Sentence, m: Mention) -> int:
    """Where the name of ``m`` ends with the area told right after it to place it ("flown
    from Kabul to Al Udeid Air Base in Qatar, a flight of about four hours": the flight's
    goal is the base, the country only says where it lies)."""
    after = next((n for n in s.mentions if n.start >= m.end and not n.inside), None)
    if after is not None and _area(after.place) and after.place.key != m.place.key and (
            _TO_ITS_AREA.fullmatch(s.text, m.end, after.start)):
        return after.end
    return m.end


_APPOSITION = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:of\s+)?)?", re.IGNORECASE)
#: the same after the day of the trip: "flew from Rome to Jakarta on Tuesday, a 13-hour flight"
#: (case kept: the day is capitalised)
_DAY_THEN_APPOSITION = re.compile(
    r"\s+(?:(?:on|early|late|last|this)\s+[A-Z]\w+(?:\s+(?:\d{1,2}|morning|afternoon|evening|"
    r"night))?|overnight)" + _APPOSITION.pattern)
#: a country's mission abroad, named after the country that sends it
_MISSION = re.compile(r"\b(?:embassy|consulate|high commission|mission)\b", re.IGNORECASE)


def _qualifiable(articles: Sequence[Article]) -> Iterator[str]:
    """The texts where "Town, State" pairs are looked for: each article's dateline too, since
    the wire services qualify the town exactly there ("HELENA, Mont. (AP) -") and reading
    the dateline apart from the body must not lose that."""
    for art in articles:
        if art.dateline:
            yield art.dateline
        yield art.text


def _inside_a_name(text: str, start: int, end: int, names: Sequence[str]) -> bool:
    """Whether ``text[start:end]`` lies inside one of ``names`` written in the text."""
    for name in names:
        at = text.find(name, max(0, end - len(name)))
        if 0 <= at <= start and end <= at + len(name):
            return True
    return False


def _article_sentences(ai: int, art: Article) -> list[Sentence]:
    """The article's sentences, its dateline first ("LOS ANGELES (AP) -": the place the story
    was filed from is a place it names, though never a stop of the journey it tells)."""
    texts = [s.text for s in split_sentences(art.text)]
    if art.dateline:
        texts.insert(0, art.dateline)
    return [Sentence(ai, si, t, art.source, tokenize(t), low=t.lower())
            for si, t in enumerate(texts)]


def _after_its_leaving(obs: list[Obs]) -> None:
    """Times of places told in the sentence of a leaving at a told hour, after it: an arrival
    told "six days later" is that long after the leaving ("left Bergen on Monday evening and
    reached Kirkenes six days later"); a call with no hour of its own ("after calling at
    Trondheim") is not before the leaving its sentence tells first (the day alone had put it
    at noon, before an evening departure). Both are estimates: ``inherited``, never shown as
    reported times."""
    for left in obs:
        if left.action != "depart" or left.t is None or left.hour is None or left.left_before:
            continue
        later = [(f.low + f.high) / 2 for f in find_figures(left.sentence)
                 if f.kind == "duration" and f.low is not None and f.high is not None
                 and f.start > left.at and _LATER_AFTER.match(left.sentence, f.end)]
        for o in obs:
            if (o.art, o.sent) != (left.art, left.sent) or o.seq <= left.seq or o.hour is not None:
                continue
            if o.action == "arrive" and o.t is None and later:
                o.t = _shift(left.t, timedelta(hours=later[0]))
                o.inherited = True
            elif o.action in ("visit", "pass") and o.t is not None and o.t <= left.t:
                o.t = _shift(left.t, timedelta(minutes=1 + o.seq - left.seq))
                o.inherited = True


def _shift(t: datetime, delta: timedelta) -> datetime | None:
    """``t + delta``, or None past the calendar's end (a story dated 9999-12-31)."""
    try:
        return t + delta
    except OverflowError:
        return None


#: the words of leaving told right before a place ("left the capital", "sailing from")
_LEFT_WORDS = r"left|leaving|departed|departing|from"
#: a leaving told right before a place: "left the capital last Saturday"
_LEAVING_IT = re.compile(r"\b(?:" + _LEFT_WORDS + r"|"
                         # (and a trip to it: "before the three-hour flight to the capital")
                         r"(?:flight|flew|trip|journey|drive|drove|ride|way|back|on)\s+to|"
                         # ("From Tapachula to the capital is about 1,100 kilometres")
                         r"\bfrom\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+to)\s+$",
                         re.IGNORECASE)
#: what stands between "flying home" and the home it names: " to (the) "
_HOME_TO = re.compile(r"\s+to\s+(?:the\s+)?")
#: a town the story calls a border town, right before its name: "the border town of
#: Pingxiang", "the Polish border city of Przemysl", "the border crossing at Rafah"
_BORDER_TOWN = re.compile(r"\bborder\s+(?:town|city|village|post|crossing|station|point|"
                          r"settlement)\s+(?:of|at|in)\s+(?:the\s+)?$", re.IGNORECASE)
#: the same told after the name: "Pingxiang, on the border with Vietnam", "Rafah, at the
#: Egyptian border"
_ON_THE_BORDER = re.compile(r",?\s+(?:on|at|near|by)\s+the\s+(?:[\w-]+\s+){0,2}?(?:border|"
                            r"frontier)\b", re.IGNORECASE)
#: a capital named by no country: "the capital", "the nation's capital", "the capital city"
_BARE_CAPITAL = re.compile(r"(?i:the\s+(?:(?:country|nation)['’]s\s+|national\s+)?capital"
                           r"(?:\s+city)?)")


def _home_area(area: Place, home: Place) -> bool:
    """Whether an area is the country, or the state, a place lies in: "returned to Georgia"
    after leaving Tbilisi is back home; "flying home to Ohio" after leaving Chicago is not."""
    return area.kind in ("country", "admin") and area.country == home.country and (
        area.kind == "country" or area.admin1 == home.admin1)


def _same_town(a: Place, b: Place) -> bool:
    """The same town, or a part of it named after it ("arrived at East Perth terminal" is the
    arrival of "the final run ... to Perth")."""
    return a.key == b.key or (
        (b.name in a.name or a.name in b.name) and km_between(a, b) <= PART_OF_TOWN_KM)


#: how many hours apart a city's arrival and a landing at its airport told with no day of its
#: own may be told and still be one arrival
SAME_ARRIVAL_HOURS = 3.0
#: how far from a town a place named after it ("East Perth") may be and still be a part of it
PART_OF_TOWN_KM = 8.0


def _reached_at_its_gate(city_obs: list[Obs], gates: list[Obs],
                         retold: set[tuple[int, int]]) -> bool:
    """Whether a city's arrival is the one its station, airport or port tells on that day,
    later in the same article ("rolled into Vladivostok ... on Wednesday evening", then
    "arrived at Vladivostok's railway station shortly after 6 p.m."), or earlier, when the
    city's sentence tells the trip again from where it left (``retold``: "arrived at the
    city's West Kowloon station", then "left Beijing West railway station ... and reached Hong
    Kong"): the city is then drawn right after its gateway, not before it. Not when the
    traveller leaves from that gateway (a station gone to in order to board a train)."""
    if any(g.action == "depart" for g in gates):
        return False
    gate_in = next((g for g in gates if g.action == "arrive"), None)
    if gate_in is None:
        return False
    arrivals = [o for o in city_obs if o.action == "arrive"]
    if not arrivals and gate_in.t is not None and any(
            o.action != "depart" and not told_as_a_visit(o) for o in city_obs) and all(
            o.t is not None and o.t >= gate_in.t for o in city_obs):
        # nothing told of the city before the train pulled into its station ("arrived at
        # Kyiv's central station at about 8 a.m.", then "walked through the center of Kyiv")
        return True
    # (a story with no days told them as one too: "arrived in Havana on Sunday afternoon",
    # undated, then "Air Force One touched down at Jose Marti International Airport")
    day = gate_in.day or gate_in.narrative
    # (a landing told with its hour and no day of its own is on the day of the city's arrival
    # told at that hour: "arrived in Pyongyang in the early hours of Wednesday", then "His
    # plane touched down at Sunan International Airport shortly before 3 a.m.")
    own_day = bool(gate_in.day_text) or gate_in.hour is None
    return bool(arrivals) and all(
        o.art == gate_in.art and (o.seq < gate_in.seq or (o.art, o.sent) in retold)
        and ((o.day or o.narrative) == day or (
            not own_day and o.hour is not None and gate_in.hour is not None
            and abs(o.hour - gate_in.hour) <= SAME_ARRIVAL_HOURS)) for o in arrivals)


def _mark(mine: list[Obs]) -> datetime | None:
    """When a place was visited, for ordering: a stated hour first; a stated day alone gives
    way to a narrative time on that same day ("on Tuesday ... visiting a factory" is placed
    after the Tuesday dinner it is told after); else the earliest time."""
    timed = [o for o in mine if o.hour is not None and not o.inherited and o.t is not None]
    if timed:
        return min(o.t for o in timed if o.t is not None)
    dated = [o for o in mine if not o.inherited and o.t is not None]
    inherited = [o for o in mine if o.inherited and o.t is not None]
    if dated:
        days = {o.day for o in dated}
        same = [o.t for o in inherited if (o.t is not None and o.day in days) or
                (o.t is not None and o.t.date() in days)]
        if same:
            return min(same)
        return min(o.t for o in dated if o.t is not None)
    return min((o.t for o in inherited if o.t is not None), default=None)


#: the second word of a town's quarter named by its side: "the South Side", "the West End"
_QUARTERS = frozenset({"side", "end"})
#: what a town named by another name, or inside an organisation's name, counts for against
#: one named by its own name alone, when the article's dominant city is chosen
WEAK_CITY_WEIGHT = 0.5
#: "in" right before a town: where a building named earlier in the sentence stands
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")


def _county_meant(text: str, surface: str, place: Place) -> str:
    """"County" or "Parish" when a bare name is the county the article also names in full
    ("DeKalb County ... DeKalb police"), not the town it would be alone; a city of
    :data:`WEAK_MIN_POPULATION` or more, a state or a country keeps its own name ("Dallas
    County ... Dallas", "Washington County ... Washington")."""
    if place.kind not in CITY_KINDS or place.population >= WEAK_MIN_POPULATION or (
            surface.endswith((" County", " Parish"))):
        return ""
    return county_written(text, surface)


def _with_written_qualifier(text: str, tokens: Sequence[Token], raws: list[RawMention],
                            contains: Callable[[str], bool],
                            norm: Callable[[str], str]) -> list[RawMention]:
    """A town written with the qualifier that tells it from a namesake, in brackets or after
    "an der" ("Frankfurt (Oder)", "Frankfurt an der Oder", "Halle an der Saale"), is named
    whole when the gazetteer knows it so: the town is the smaller Frankfurt, and the river is
    no place of its own here (a bare "Frankfurt" is the bigger one)."""
    out: list[RawMention] = []
    end = -1
    for r in raws:
        if r.start < end:
            continue  # (the qualifier, now part of the town before it)
        m = None if r.facility or r.description else _WRITTEN_QUALIFIER.match(text, r.end)
        whole = text[r.start:m.end()] if m else ""
        if m and contains(norm(whole)):
            r.surface, r.key, r.end = whole, norm(whole), m.end()
            r.tok_end = next((i for i, t in enumerate(tokens) if t.start >= r.end), len(tokens))
            end = r.end
        out.append(r)
    return out


#: a town's qualifier written after its name: "(Oder)", "an der Oder", "ob der Tauber"
_WRITTEN_QUALIFIER = re.compile(r"\s*\(\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*\)|"
                                r"\s+(?:an|ob|in|auf)\s+der\s+[A-Z][\w'’.-]*")


#: a town's distance from another place, told right after it: ", some 480 km south-west of
#: Pretoria", ", about 700 km east of Jakarta", ", 30 miles from"
_APPOSED_DISTANCE = re.compile(
    r",\s+(?:(?:about|some|roughly|around|nearly|almost|approximately|just\s+over|just\s+under|"
    r"more\s+than|less\s+than)\s+)?(?P<n>\d[\d,]*(?:\.\d+)?)\s*-?\s*(?P<unit>km|kilomet(?:re|er)s?|"
    r"miles?)\s+(?:(?:due\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west)\s+of|from)\s+(?:the\s+)?")
#: how much of a distance told between two towns their straight line may be: a road's or a
#: rail's figure runs up to about twice the straight line, a rounded one a little under it
_STRAIGHT_SHARE = (0.45, 1.25)


#: a year the clause is set in: "In 1979", "back in 2003", "during 1968"
_IN_A_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Bb]ack\s+in)\s+(1[89]\d\d|20\d\d)\b")
#: what ends a clause between a year and a figure ("The race, first held in 1983, took him")
_CLAUSE_BETWEEN = re.compile(r"[,;:()]")


#: a call on the way, right before the place: "stopped at", "called at", "calling at"
_A_CALL_BEFORE = re.compile(r"\b(?:stopped|stopping|stops|called|calling|calls|halted|paused)\s+"
                            r"(?:briefly\s+|only\s+)?(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _towns_after_their_old_towns(text: str, raws: list[RawMention]) -> list[RawMention]:
    """"Old Town" right before a town's name is that town's old quarter ("stop at Old Town
    Manassas", "dinner in Old Town Alexandria"): the town is named, as placed as "Old Town"
    was, and "Old Town" is no place of its own (GeoNames lists it for Las Vegas and
    Baltimore)."""
    out: list[RawMention] = []
    for i, r in enumerate(raws):
        town = raws[i + 1] if i + 1 < len(raws) else None
        if (town is not None and r.surface.casefold() == "old town"
                and text[r.end:town.start] == " "):
            town.locative = town.locative or r.locative
            town.in_longer = False
            continue
        out.append(r)
    return out


#: a place gone through without a stop: "crossed into Uganda at Malaba", "through Mbarara"
_CROSSED = re.compile(r"\b(?:crossed|crossing|crosses|through|passed|passing|passes|changed|"
                      r"changing)\b", re.IGNORECASE)
# ("changed in Chicago": a change of bus on one ride, not a stop that starts a new one)
#: a figure told as the whole of a trip that comes back: "closing a loop of nearly 18,000
#: miles", "a round trip of 1,200 km"
_LOOP = re.compile(r"\b(?:loop|circuit|round[- ]trip|circumnavigation)\s+of\s+"
                   r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$",
                   re.IGNORECASE)
#: a three-letter code where an airport is meant: after a word of being there or leaving, or
#: flying to it, or before "airport" ("at JFK", "left LAX", "flew to SFO", "JFK airport");
#: not possessive ("CNN's"), nor after a bare "to" ("spoke to NBC")
_AIRPORT_CODE = re.compile(
    r"\b(?:(?:at|from|into|via|through|left|leaving|leaves|departed|departing|reached|"
    r"out\s+of|(?:flew|flown|flight|flights|diverted|fly|flying|bound)\s+(?:back\s+)?to)\s+|"
    r"(?=[A-Z]{3}\s+airport\b))(?P<code>[A-Z]{3})\b(?![’'-])(?P<head>\s+airport\b)?")
#: what every airport code holds
_THREE_CAPITALS = re.compile("[A-Z]{3}")
#: words that say the sentence is about a flight, for a code with no "airport" after it
_FLIGHT_WORDS = re.compile(
    r"\b(?:flights?|flew|fly|flying|flown|landed|landing|lands|took\s+off|takes\s+off|plane|"
    r"planes|jet|jets|airliner|airline|aircraft|runway|terminal|passengers)\b", re.IGNORECASE)
#: how far (km) a landmark named with its head in lower case may stand from the town the
#: story names around it: a metropolitan area ("the United Nations headquarters", Manhattan)
DESCRIBED_LANDMARK_KM = 60.0
#: what joins a name to a description set beside it: "Piraeus, the port of Athens"
_APPOSED = re.compile(r"\s*,\s*")
#: words that say a trip went elsewhere than it was bound: "diverted", "made an emergency
#: landing", "after an engine fault"
_DIVERTED = re.compile(r"\b(?:divert\w*|emergency|forced\s+to\s+(?:land|return|fly)|turned\s+back|"
                       r"instead|"
                       r"(?:engine|technical|mechanical)\s+(?:fault|failure|problem|trouble|"
                       r"issue)s?)\b", re.IGNORECASE)
#: a goal a trip was still making for when something stopped it: "had been flying to Tabriz"
_HAD_BEEN_GOING = re.compile(r"\bhad\s+been\s+(?:flying|heading|travell?ing|driving|sailing|"
                             r"bound|en\s+route)\s+"
                             # ("had been bound from Tanjung Pelepas in Malaysia to Rotterdam")
                             r"(?:from\s+(?:[\w'’.-]+,?\s+){1,6}?)?"
                             r"(?:to|for|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
#: the same in the past progressive, which says the trip was under way when it was cut short
_WAS_GOING = re.compile(r"\b(?:was|were)\s+(?:flying|heading|travell?ing|driving|sailing|bound|"
                        r"en\s+route)\s+(?:from\s+(?:[\w'’.-]+,?\s+){1,6}?)?"
                        r"(?:to|for|towards?)\s+(?:the\s+)?(?:[\w'’.-]+,?\s+(?:and\s+)?){0,4}?$",
                        re.IGNORECASE)
#: how far (km) an airport or station may lie from a city and still be where a trip to that
#: city arrived (Dulles airport, 40 km from Washington)
GATEWAY_KM = 60.0
#: the kinds of place a city is reached or left at
_GATEWAY_KINDS = frozenset({"airport", "station", "port"})


def _gateway_city(place: Place, cities: Sequence[Place]) -> Place | None:
    """The first of ``cities`` an airport or station may be the gateway of (GATEWAY_KM)."""
    return next((c for c in cities if km_between(place, c) <= GATEWAY_KM), None)


#: "left the" right before a landmark's name: "left the White House at 8:20 p.m."
_LEFT_THE = re.compile(r"\b(?:left|departed)\s+(?:the\s+)?$", re.IGNORECASE)
#: a building left, told after its town's name: "had left Washington's Union Station"
_LEFT_OWNERS = re.compile(r"\b(?:left|departed)\s+(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+$")
#: a place left, right before its name: "sailing from", "after leaving"
_LEFT_FROM = re.compile(r"\b(?:" + _LEFT_WORDS + r")\s+(?:the\s+)?$", re.IGNORECASE)
#: "from the" right before a name: "drove from the White House"; and a place left told after
#: what it is: "from the Polish border town of Przemysl"
_FROM_THE = re.compile(r"\bfrom\s+the\s+$|\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:town|city|"
                       r"village|port|capital|island|resort|suburb|district|settlement|"
                       r"hamlet)\s+of\s+$", re.IGNORECASE)
#: how far (km) a place named after a town's possessive may lie from that town ("Helsinki's
#: West Harbour", "Moscow's Yaroslavsky station"); a farther namesake is not the one meant
OWNED_KM = 60.0
#: a landmark farther than this (km) from its city's point is a trip of its own to or from it
#: (an airport, a port), not the same spot
SAME_SPOT_KM = 10.0
#: a goal told by a capitalised name: "to Palas de Rei", "reached Idomeni"
_GOAL_NAME = re.compile(r"(?<!according )(?<!due )(?<!next )(?<!close )(?<!compared )"
                        r"\b(?:to|reached|reaching|into|arrived\s+(?:in|at)|arriving\s+(?:in|at))"
                        r"\s+(?:the\s+)?"
                        # (and a spot in it: "to the American cemetery at Colleville-sur-Mer")
                        r"(?:(?:[A-Z][\w-]*\s+)?(?:cemetery|memorial|monastery|camp|base|port|"
                        r"village|town|hamlet|oasis|hospital|beach|border\s+post|crossing)\s+"
                        r"(?:at|in|of|near)\s+)?"
                        r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:de|del|la|le|of|do|da|du|"
                        r"des|di|[A-Z][\w'’.-]*)){0,3})")
#: a goal told at the end of a long way there: "walked for six days through the jungle of
#: the Darien Gap to Bajo Chiquito"
_LONG_WAY_TO = re.compile(r"\b(?:walked|trekked|hiked|marched|rode|cycled|ran|sailed|drove|"
                          r"travell?ed)\s+(?:for\s+)?[^.;:]{0,80}?\bthrough\b[^.;:]{0,60}?"
                          r"\bto\s+(?:the\s+)?$")
#: a distance told right before a goal: "and 25 km to Palas de Rei"
_DISTANCE_TO = re.compile(r"\d\s*(?:km|kilometres?|kilometers?|miles?|mi)\b(?:\s+[a-z-]+){0,2}"
                          r"\s+$")
#: a figure's own goal, right after it: "25 km to Palas de Rei", "22 km north to Arzua"
_TO_UNPLACED = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+to\s+(?:the\s+)?[A-Z]")
_NOT_PLACES = frozenset({*(w.capitalize() for w in WEEKDAYS), "January", "February", "March",
                         "April", "May", "June", "July", "August", "September", "October",
                         "November", "December", "The", "A", "An"})


#: the last words of a line's or a road's name, which no town's name ends on
_LINE_NAME_ENDS = frozenset({"shinkansen", "line", "railway", "railroad", "express", "highway",
                             "motorway", "expressway", "freeway", "interstate", "turnpike"})


#: an area this small across (km, as its record says) is a place a trip goes to, as a town
#: is: an island ("reached the island of Santorini"), an atoll, a strip of coast, a country
#: the size of a town ("by road to Monaco", "rowed to Antigua")
STOP_AREA_KM = 60.0


#: an arrival told as the end of the whole trip, counted from its start: "reached Santiago
#: de Compostela on Sunday, 62 days after setting out on foot from Le Puy-en-Velay"
_ENDED_AFTER = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|"
                          r"eighty|ninety)(?:[\s-]+[a-z]+)?\s+(?:days?|weeks?|months?)\s+after\s+"
                          r"(?:setting\s+(?:out|off)|leaving|starting|departing)\b",
                          re.IGNORECASE)


def _told_after_its_end(obs: list[Obs]) -> None:
    """A story that opens on the trip's end, counted in days from its start, tells the way
    there afterwards ("reached Santiago ... 62 days after setting out from Le Puy-en-Velay",
    then "walked ... to Saint-Jean-Pied-de-Port and then ... through Pamplona, Burgos and
    Leon"): an undated place told after it, and not as coming later, is on the way, not a
    trip on from the end. Its goals' origin, the end the sentence before left it at, is
    dropped, so that they are placed where the telling puts them, before the end."""
    for end in obs:
        if (end.action != "arrive" or end.day is None
                or not _ENDED_AFTER.search(end.sentence, end.at)):
            continue
        for o in obs:
            if (o.art == end.art and o.sent > end.sent and o.action == "goal"
                    and o.day is None and o.hour is None and o.origin is not None
                    and o.origin.key == end.city.key
                    and not _TOLD_AS_LATER.search(o.sentence, 0, o.at)):
                o.origin = None


def _lands_near(o: Obs, city: Place) -> bool:
    """Whether ``o`` is an arrival at an airport, station or port that serves ``city``."""
    return (o.action == "arrive" and o.place.kind in _GATEWAY_KINDS
            and km_between(o.place, city) <= GATEWAY_KM)


def _goal_reached_at_its_gateway(visits: list[Visit]) -> None:
    """A goal told alone ("left for Washington on Tuesday") that a later sentence tells the
    trip reaching at an airport or a station near it ("Modi's plane landed at Joint Base
    Andrews outside Washington"), filed under another town (Camp Springs), was reached
    there: its telling joins that arrival, as the gateway's."""
    for i, v in enumerate(visits):
        if not v.obs or not all(o.action == "goal" for o in v.obs):
            continue
        told = v.obs[-1]
        gate = next(((w, o) for w in visits[i + 1:] for o in w.obs
                     if _lands_near(o, v.city) and o.art == told.art and o.sent > told.sent),
                    None)
        if gate is None:
            continue
        there, landed = gate
        for o in v.obs:
            o.place, o.city = landed.place, there.city
        there.obs[:0] = v.obs
        del visits[i]
        # (and the calls its sentence told on the way, "stopping in Frankfurt to refuel",
        # come right before it, after the leaving its arrival's sentence tells)
        calls = [w for w in visits if w is not there and w.obs and all(
            o.action in ("visit", "pass") and (o.art, o.sent) == (told.art, told.sent)
            for o in w.obs)]
        for w in calls:
            visits.remove(w)
        at = visits.index(there)
        visits[at:at] = calls
        return


def _gateway_told_with_its_city(visits: list[Visit]) -> None:
    """"arrived in Washington on Monday ..., landing at Joint Base Andrews after a 13-hour
    flight from Seoul": the base, which GeoNames files under another town (Camp Springs), is
    where the city was reached, one visit with it; the place left, told in the same sentence,
    comes before both."""
    for i, v in enumerate(visits):
        told = {(o.art, o.sent) for o in v.obs if o.action == "arrive"}
        for j in range(i + 1, len(visits)):
            w = visits[j]
            if w.city.key == v.city.key or not w.obs or not all(
                    _lands_near(o, v.city) and (o.art, o.sent) in told for o in w.obs):
                continue
            for o in w.obs:
                o.city = v.city
            v.obs.extend(w.obs)
            left = [x for x in visits[i + 1:j] if x.obs and all(
                o.action == "depart" and (o.art, o.sent) in told for o in x.obs)]
            del visits[j]
            for x in left:
                visits.remove(x)
                visits.insert(visits.index(v), x)
            return


#: the word before a goal flown or driven into: "flown into "
_INTO_BEFORE = re.compile(r"\binto\s+(?:the\s+)?$")
#: a trip's length told as it began: "would take", "would last"
_WOULD_TAKE = re.compile(r"\bwould\s+(?:take|last|cover|require)\b")
#: after a figure, the place its way went through: " via "
_VIA_AFTER = re.compile(r"\s+(?:via|by\s+way\s+of)\s+(?:the\s+)?")
#: an arrival at the place a dateline names, told by pointing at it: "arrived here", "arriving
#: on Sunday in this Chadian border town"
_ARRIVED_HERE = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands|landing|reached|docked|"
                           r"came|coming)\b[^.;:\"“”]{0,40}?\b(?:(?:in|to|at|into)\s+)?"
                           r"(?P<here>here|this\s+(?:[\w-]+\s+){0,3}?(?:city|town|capital|"
                           r"port|village))\b")
#: after a place, a race won there: " on Saturday to win the "
_TO_WIN_AFTER = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+)?,?\s+to\s+win\s+"
                           r"(?:the|a|an|his|her|their)\s+")
#: a sentence opening with where it happened, up to the place: "In ", "At the "
_OPENING_IN = re.compile(r"[\"“]?(?:In|At)\s+(?:the\s+)?")
#: after such a place, the traveller doing something there (not saying it): ", he met", " they
#: queued"
_TRAVELLER_DID = re.compile(
    r",?\s+(?:he|she|they|the\s+(?:couple|group|pair|evacuees|delegation|family|team|"
    r"president|prime\s+minister|leaders?|royals|travellers|passengers|migrants))\s+"
    r"(?:also\s+|then\s+|later\s+|first\s+)?"
    r"(?!added|argued|warned|insisted|stressed|claimed|noted|announced|declared|reported|"
    r"stated|explained|acknowledged|admitted|complained|confirmed|denied|tweeted|posted)"
    r"(?:[a-z]+ed|met|spent|saw|took|went|gave|held|made|laid|ate|got|rode|caught|stayed|"
    r"slept|bought|swam|sat|stood|rang|led|fed|left)\b")
#: a sentence that sums the trip up: "In all, ", "All told, "
_SUMMED_UP = re.compile(r"\s*[\"“]?(?:In\s+all|In\s+total|All\s+told|Altogether|Overall),")
#: a visit told as still to come after the sentence's trip: "before a bilateral visit to"
_BEFORE_A_VISIT = re.compile(r"\bbefore\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:visit|trip|stop|stopover)\s+(?:to|in|at)\s+(?:the\s+)?$",
                             re.IGNORECASE)
#: a return told by where the traveller is back: "is due back in", "was back at"
_BACK_IN = re.compile(r"\bback\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _goal_reached_at_the_end(visits: list[Visit]) -> None:
    """A trip's goal told as it set off ("leaves Beijing every Wednesday morning for
    Moscow"), in a story that then tells the way there stop by stop and ends at that goal
    ("The last leg, from Irkutsk to Moscow, took four days"), is the end, not a first stop
    after the start: its telling joins the last visit; and so it joins a later visit that
    arrives there ("left Balmoral ... by road to Edinburgh", "passed through Aberdeen, Dundee
    and Perth and reached the Palace of Holyroodhouse", then flown on to London). (Only a goal
    told alone, in the sentence that left the place before it: a goal left again, stayed at,
    or come back to at the end, was a stop.)"""
    if len(visits) < 3:
        return
    for i in range(1, len(visits) - 1):
        v, start = visits[i], visits[i - 1]
        if not (all(o.action == "goal" for o in v.obs) and any(
                o.action == "depart" and (o.art, o.sent) == (g.art, g.sent)
                for o in start.obs for g in v.obs) and (
                visits[i + 1].city.key != start.city.key)):
            continue
        later = next((w for w in visits[i + 2:] if w.city.key == v.city.key), None)
        if later is None or (later is not visits[-1] and not any(
                o.action == "arrive" for o in later.obs)):
            continue
        if any(BACK_TO.search(o.sentence, max(0, o.at - 30), o.at)
               or _BACK_IN.search(o.sentence, max(0, o.at - 20), o.at) for o in later.obs):
            return  # ("left London for Paris. She went on to Lyon. Then she travelled back to
            # Paris": back where she had been; and "He is due back in Auckland on Sunday")
        later.obs[:0] = v.obs
        del visits[i]
        return


def _way_told_after_the_end(visits: list[Visit]) -> None:
    """The way there told after the arrival moves before it (see _way_before_the_end); a
    visit told at the end as coming after what was done there ("After talks with President
    Zelensky he visited Bucha", once the train "from the Polish city of Przemysl" was told)
    stays after the arrival."""
    end_at = next((i for i, v in enumerate(visits) for o in v.obs if o.action == "arrive"),
                  None)
    tail = 0
    while end_at is not None and len(visits) - tail - 1 > end_at + 1 and all(
            o.action == "visit" and _DONE_THERE_FIRST.search(o.sentence, 0, o.at)
            for o in visits[len(visits) - tail - 1].obs):
        tail += 1
    if not tail:
        _way_before_the_end(visits)
        return
    body = visits[:-tail]
    _way_before_the_end(body)
    visits[:] = [*body, *visits[-tail:]]


#: a place been at before the trip its sentence told first: "(flew to Tokyo) after visiting",
#: "(flew back to Kathmandu) after reaching the summit of"
_AFTER_BEING_AT = re.compile(r"\bafter\s+(?:(?:first\s+)?(?:visiting|reaching|touring|climbing|"
                             r"summiting|arriving\s+(?:in|at)|stopping\s+(?:in|at)|a\s+(?:stop|"
                             r"stay|visit)\s+(?:in|at|to)))\s+(?:[\w'’-]+\s+){0,4}?$",
                             re.IGNORECASE)
#: a vehicle's call, told as what it did: "The bus stopped in Memphis", "The train stopped for
#: about an hour in Yekaterinburg" (a person who "stopped in Denver" may have gone on there)
_VEHICLE_STOPPED = re.compile(r"\b(?:bus|coach|train|ship|ferry|plane|aircraft|jet|flight|convoy|"
                              r"vessel|boat|yacht|liner|motorcade)\s+(?:had\s+)?(?:also\s+)?"
                              r"stopped\b(?:\s+(?:off|over|briefly|twice|once))?(?:\s+for\s+"
                              r"(?:[\w-]+\s+){1,4}?)?\s*(?:in|at)\b|"
                              # ("He stopped only in Ceduna and Norseman to refuel": the calls
                              # of the trip told, no trip after it)
                              r"\bstopped\s+only\s+(?:briefly\s+)?(?:in|at)\b|"
                              # ("stopped in St. Louis and Memphis to resupply": calls made
                              # for the trip's needs, on its way)
                              r"\bstopped\s+(?:briefly\s+)?(?:in|at)\s+[^;]{1,60}?\s+(?:to\s+"
                              r"(?:refuel|resupply|restock|rest|change\s+drivers)|for\s+(?:fuel|"
                              r"supplies|food|water|provisions|a\s+rest))\b", re.IGNORECASE)
#: a rest or a night on the way, told in passing: "resting only in Burgos", "with a rest day
#: in Leon", "spending nights in Tulsa and Amarillo"
_RESTING_IN = re.compile(r"\b(?:(?:resting|rested|with\s+(?:a\s+)?rest\s+days?|taking\s+(?:a\s+)?"
                         r"rest\s+days?|spending\s+(?:the\s+)?nights?|overnighting|"
                         r"sleeping)\s+(?:only\s+|once\s+|twice\s+|just\s+)?|"
                         # ("Passengers spent four hours in Alice Springs", "during a stop of
                         # several hours in Katherine")
                         r"(?:spent|spending)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:hours?|"
                         r"minutes?|nights?|days?|afternoon|morning|evening)\s+|"
                         r"a\s+stop\s+of\s+(?:[\w-]+\s+){1,3}?)(?:in|at)\s+"
                         r"(?:[\w'’.-]+,?\s+){0,4}?$", re.IGNORECASE)


#: a visit told as coming after what the traveller did where he had arrived: "After talks
#: with President Zelensky he visited Bucha", "He later went to ..."
_DONE_THERE_FIRST = re.compile(r"^\s*After\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:talks|"
                               r"meetings?|lunch|dinner|ceremony|service|visit|news\s+conference|"
                               r"summit)\b|\b(?:later|afterwards?|subsequently)\b")


def _islands_and_their_ports(visits: list[Visit]) -> None:
    """An island reached and the town on it told next (or before) are one stop, the town:
    "carrying 500 passengers from Poole to Guernsey. It made the 55-nautical-mile crossing to
    St Peter Port in three hours" crossed once, to St Peter Port, not on from Guernsey to its
    own port (a leg of a few kilometres, against which the crossing's figures had been
    "inconsistent")."""
    i = 0
    while i + 1 < len(visits):
        a, b = visits[i], visits[i + 1]
        island, town = (a, b) if _on_the_island(b.city, a.city) else (
            (b, a) if _on_the_island(a.city, b.city) else (None, None))
        if island is None or town is None:
            i += 1
            continue
        for o in island.obs:  # (the times told of the island are the town's)
            o.place = o.city = town.city
        town.obs = [*a.obs, *b.obs]
        del visits[i if island is a else i + 1]


def _on_the_island(town: Place, island: Place) -> bool:
    """Whether ``town`` lies on ``island``, an island, a small region or a small country the
    reader takes as a stop (:data:`STOP_AREA_KM` across at most: Guernsey), within its
    extent."""
    return (town.kind in CITY_KINDS and island.kind in ("region", "country")
            and town.country == island.country and 0 < island.extent_km <= STOP_AREA_KM
            and km_between(town, island) <= island.extent_km)


def _way_before_the_end(visits: list[Visit]) -> None:
    """A story that opens on the arrival tells the way there after it, in sentences of no
    day of their own: "arrived in Washington on Wednesday", then "travelled by train from
    Kyiv to the Polish border ... was driven to Rzeszow ... The flight to Joint Base Andrews
    took about 10 hours" ends near Washington, so it is the way to Washington, not a trip on
    from it (Washington - Kyiv by rail); "pulled into Venice ... after a two-day journey from
    London", then "before boarding the train in Calais", with no goal told, is a place on the
    way between the two; a chain the arrival split ("crossed to Lesbos ..., took a ferry to
    Athens") goes on before it; and a leaving told alone after the end ("The balloon took off
    from Presque Isle") is where the way began. The arrival moves after the way."""
    def ends_it(o: Obs) -> bool:  # an arrival, or a return ("returned to Rome on Friday")
        # (or a place gone to as a trip finished: "has finished a 1,400-kilometre bike ride
        # from Land's End to John o' Groats")
        return o.action == "arrive" or (o.action == "visit" and (BACK_TO.search(
            o.sentence, max(0, o.at - 30), o.at) is not None or (
                _FINISHED_TRIP.search(o.sentence, 0, o.at) is not None
                and _GONE_TO.search(o.sentence, max(0, o.at - 8), o.at) is not None)))

    end_at = next((i for i, v in enumerate(visits) for o in v.obs if ends_it(o)), None)
    if end_at is None or end_at == len(visits) - 1:
        return
    end = visits[end_at]
    # a stay in the end's own city told after the way ("arrived at London's Stansted
    # Airport", "flew from Tokyo's Haneda airport", "After three days in London, he will
    # travel ...") is the stay at the end: set aside while the way is put before the end,
    # then kept right after it
    stays = [v for v in visits[end_at + 1:] if v.city.key == end.city.key
             and all(o.action == "visit" for o in v.obs)]
    if stays and len(stays) < len(visits) - end_at - 1:
        rest = [v for v in visits if not any(v is x for x in stays)]
        _way_before_the_end(rest)
        at = next(i for i, v in enumerate(rest) if v is end)
        visits[:] = [*rest[:at + 1], *stays, *rest[at + 1:]]
        return
    told = next(o for o in end.obs if ends_it(o))
    before, after = visits[:end_at], visits[end_at + 1:]
    later = [o for v in after for o in v.obs]
    if not all(o.art == told.art and o.sent > told.sent and (
            # (a goal's time with no day told is only estimated from where it set off)
            o.t is None or o.inherited or (o.action == "goal" and o.day is None))
               and (not o.day_text or o.t is None)
               and o.city.key != end.city.key for o in later) or any(
            # (the way's first place told as coming after the arrival: "He later flew to ...")
            _TOLD_AS_LATER.search(o.sentence, 0, o.at) for o in after[0].obs):
        return
    # (and "They crossed to Lesbos by dinghy, took a ferry to Athens ...", told after
    # "arrived at Munich's central station ... after a journey of about 2,500 km": a sentence
    # whose chain the arrival split, Lesbos before it and Athens after)
    split = bool(before) and all(any((w.art, w.sent) == (o.art, o.sent) and w.seq < o.seq
                                     for v in before for w in v.obs) for o in later)
    if not split and not all((o.art == told.art and o.sent == told.sent)
                             # (or the start, told leaving again as the way begins: "after a
                             # six-day voyage ... from Bergen", then "left Bergen on Monday")
                             or (v is before[0] and o.action == "depart" and o.art == told.art)
                             for v in before for o in v.obs):
        return
    # (not a trip on from the end, told leaving it: "From Doha airport they took a coach to
    # their hotel in Al Wakrah", 15 km from Doha)
    onward = any(o.action == "depart" and (o.art, o.sent) > (told.art, told.sent)
                 for o in end.obs) or any(o.action == "goal" and o.origin is not None
                                          and o.origin.key == end.city.key for o in later)
    if not split and not onward and km_between(after[-1].city, end.city) <= GATEWAY_KM:
        visits[:] = [*before, *after, end]  # the way ends where the story began: at the end
        return
    if not before and len(after) >= 2 and any(
            o.action == "pass" or _ALONG_THE_WAY.search(o.sentence) for o in later) and all(
            km_between(a.city, end.city) > km_between(b.city, end.city)
            for a, b in pairwise([*after, end])):
        # "arrived in Moscow on Saturday ... after a 10-day journey", then "crossed into Russia
        # at Khasan on July 26 and rode ... west, stopping in Novosibirsk and Omsk on the way":
        # a way told with no start, each place nearer the end than the one before
        visits[:] = [*after, end]
        return
    first = after[0]
    if not before and len(after) > 1 and all(o.action == "depart" for o in first.obs) and not any(
            (o.art, o.sent) == (d.art, d.sent) for d in first.obs for v in after[1:]
            for o in v.obs) and not _lies_between(first.city, after[1].city, end.city):
        # (not a place on the way from there: "set off ... from the foot of the Acropolis in
        # Athens", then "reached the Corinth Canal", told after the finish in Sparta)
        # "arrived in Baghdad on Friday", then "He flew from Rome on a chartered plane, a
        # flight of about four and a half hours", then "he flew to Najaf": the leaving told
        # alone is where the way to the arrival began, and the trip goes on after it
        visits[:] = [first, end, *after[1:]]
        return
    if not before and len(after) > 1 and all(o.action == "depart" for o in first.obs) and all(
            o.action in ("visit", "pass") and (o.art, o.sent) == (d.art, d.sent)
            and (STOPPING_IN.search(o.sentence) or _ALONG_THE_WAY.search(o.sentence))
            for d in first.obs[:1] for v in after[1:] for o in v.obs):
        # "docked in Helsinki on Monday night", then "had left Stockholm ... for a 17-hour
        # crossing, stopping in Mariehamn": the way there, its calls and all, before the end
        visits[:] = [*after, end]
        return
    if not before and len(after) == 1 and all(
            o.action == "depart" or (
                # ("crossed into Ukraine by train from the Polish city of Przemysl")
                o.action == "pass" and FROM_END.search(o.sentence, max(0, o.at - 40), o.at))
            for o in later):
        # "landed near Saint-Nazaire ... after a 4,000-kilometre flight from Maine", then "The
        # balloon took off from Presque Isle, Maine, on Sunday"; "returned to Rome on
        # Friday", then "flew home from Singapore": a leaving told alone after the end is
        # where the way to it began
        visits[:] = [*after, end]
        if told.action == "visit":  # a return: the trip began where it returned
            start_where_it_returns(visits, from_a_leaving=True)
        return
    start = before[-1].city if before and (split or any(o.action == "depart"
                                                        for o in before[-1].obs)) else None
    # (places gone to as well as passed: "She crossed the mountains to Roncesvalles on the
    # first day and walked on through Pamplona, Burgos and Leon", told after her arrival in
    # Santiago, all on the way from Saint-Jean-Pied-de-Port)
    # (a place in a third country off the way, not the last, is likelier a namesake abroad
    # than a detour: Roncesvalles, Ontario, for the Camino's Roncesvalles)
    if start is not None and _lies_between(start, after[-1].city, end.city) and all(
            _lies_between(start, v.city, end.city)
            or v.city.country not in (start.country, end.city.country) for v in after):
        visits[:] = [*before, *after, end]
    elif not before and len(after) > 1 and all(o.action == "depart" for o in first.obs):
        # "limped into ... Santiago's cathedral on Tuesday, 34 days after setting off", then
        # "He began at Saint-Jean-Pied-de-Port, walking ... to Roncesvalles" and "From Sarria
        # ... he covered the final 115 km": the way from its start, every place of it between
        # the start and the end (and a trip on from the end told after it: "continued on
        # Sunday to Salina Cruz", after the drive from Mexico City to Oaxaca)
        k = 1
        while k < len(after) and _lies_between(first.city, after[k].city, end.city):
            k += 1
        rest = after[k:]
        way_told = max((o.art, o.sent) for v in after[:k] for o in v.obs)
        if not rest or all(o.action == "goal" and (o.art, o.sent) > way_told
                           for o in rest[0].obs):
            visits[:] = [*after[:k], end, *rest]


def _hometown(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is where someone comes from, told aside
    ("Whitfield, 74, from Dubbo", "students from Cavan Institute"), not a place the trip
    went to or left."""
    return _PERSON_FROM.search(text, max(0, start - 80), start) is not None


def _area(place: Place) -> bool:
    """Whether a place is an area no trip stops at (a country, a sea, a province), rather
    than one small enough to be a stop (a region or a country of :data:`STOP_AREA_KM` at
    most; a strait of that size only as a trip's goal, see :func:`_water_goal`)."""
    return place.kind in AREA_KINDS and not (
        place.kind in ("region", "country") and 0 < place.extent_km <= STOP_AREA_KM)


def _small_water(place: Place) -> bool:
    """Whether a place is a stretch of water small enough to be gone to (see _water_goal)."""
    return place.kind == "water" and 0 < place.extent_km <= STOP_AREA_KM


def _water_goal(text: str, m: Mention) -> bool:
    """Whether a strait or a small stretch of water is where the trip went: "sailed about
    3,600 nautical miles to the Bab el-Mandeb strait, where it came under attack". Crossed or
    swum along ("across the Bosphorus", "the length of Loch Ness") it stays no stop."""
    place = m.place
    if not _small_water(place) or m.inside or not (
            _TO_THE.search(text, max(0, m.start - 16), m.start)):
        return False
    return motion_role(text, m.start, landmark=True, blockers=[]) in ("goal", "arrive")


#: a goal's preposition right before its name: "to the", "reached", "into"
_TO_THE = re.compile(r"\b(?:to|for|towards?|into|reached|reaching)\s+(?:the\s+)?$",
                     re.IGNORECASE)


def _between(s: Sentence, city_of: Callable[[Place], Place]) -> tuple[Place, Place] | None:
    """The two towns a sentence names as the ends of a route: "between Jakarta and Bandung"."""
    towns = [m for m in s.mentions if not _area(m.place) and not m.inside]
    for a, b in pairwise(towns):
        if (_BETWEEN_BEFORE.search(s.text, max(0, a.start - 12), a.start) and _AND_GAP.fullmatch(
                s.text, a.end, b.start)) or (
                # "the Kyiv-Przemysl train", "the Lisbon–Madrid line"
                _DASH_GAP.fullmatch(s.text, a.end, b.start)
                and _ROUTE_NOUN_AFTER.match(s.text, b.end)):
            pa, pb = city_of(a.place), city_of(b.place)
            if pa.key != pb.key:
                return pa, pb
    return None


#: a figure told of the two places named right after it: " separating ", " between the "
_FIGURE_BETWEEN = re.compile(r"\s+(?:between|separating)\s+(?:the\s+)?(?-i:[A-Z])")
#: (and "The 90 nautical miles separating Tromso and Kirkenes")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|separating)\s+(?:the\s+)?$", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
_DASH_GAP = re.compile(r"\s?[-–—]\s?")
_ROUTE_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:trains?|route|line|railway|rail|"
                               r"service|flights?|bus|buses|coach|road|highway|motorway|ferry|"
                               r"journey|trip|link|corridor|express)\b", re.IGNORECASE)


def _unplaced_names(s: Sentence, pattern: re.Pattern[str],
                    people: set[str]) -> Iterator[tuple[re.Match[str], int, str]]:
    """The capitalised names ``pattern`` finds (group ``name``) that the reader placed
    nowhere and that name no person, with where each starts: what :func:`_unplaced_goal` and
    :func:`_unplaced_start` then test for a motion cue."""
    for m in pattern.finditer(s.text):
        name = m["name"]
        if name.endswith(".") and len(name.split()[-1]) > 3:
            name = name[:-1]  # the sentence's full stop, not "St."
        if name.split()[0] in _NOT_PLACES or any(w.casefold() in people for w in name.split()):
            continue  # "on Tuesday", "said to Kim"
        if name.split()[-1].casefold() in _LINE_NAME_ENDS:
            continue  # "The knock-on effect reached the Sanyo Shinkansen": a line, not a town
        a = m.start("name")
        if any(x.start < a + len(name) and a < x.end for x in s.mentions):
            continue  # placed
        yield m, a, name


def _unplaced_goal(s: Sentence, people: set[str]) -> tuple[int, str] | None:
    """Where the sentence sends the traveller to a capitalised name the gazetteer could not
    place (no mention there, no person's name, a goal by the motion cues), and the name, the
    last such; None when every goal it names is placed."""
    if not s.traveller:
        return None
    found: tuple[int, str] | None = None
    for m, a, name in _unplaced_names(s, _GOAL_NAME, people):
        if not _DISTANCE_TO.search(s.text, max(0, m.start() - 40), m.start()) and motion_role(
                s.text, a, landmark=False, blockers=[]) not in ("goal", "arrive") and not (
                _LONG_WAY_TO.search(s.text, max(0, a - 100), a)):
            continue  # "told Agence France-Presse", "spoke to Reuters"
        found = (a, name)
    return found


#: a start the sentence leaves from: "after setting off from the town of Taplejung"
_START_NAME = re.compile(r"\b(?:[Ff]rom|left|leaving)\s+(?:the\s+(?:town|city|village|port|"
                         r"hamlet)\s+of\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:de|del|la|le|do|"
                         r"da|du|des|di|[A-Z][\w'’.-]*)){0,3})")


def _planned(text: str, start: int, end: int, role: str) -> bool:
    """Whether the place at ``start`` (to ``end``) is gone to on a trip still to come ("will
    fly to the South Pole", "a trip that will take him to Istanbul"), or is where one sets
    off ("His return flight from Sydney is expected to take ..."); a leaving told with "will"
    is the story's own (see leaving_is_planned for one told after the trip)."""
    ahead = _PLAN_AHEAD.search(text)  # (its "next week" may come after the place)
    if ahead is not None and ahead.start() < start:
        return True  # a plan for next week or later, wherever it sets off from
    plan = _PLAN_OPENS.search(text, 0, start)
    if plan is not None and not _DONE_SINCE.search(text, plan.end(), start):
        # "the couple plan to turn around on Saturday and drive north again as far as
        # Coyhaique, then cross into Argentina ..., re-entering Chile ... near Mendoza and
        # arriving home in Santiago": every place of the plan, however long it runs on, until
        # a trip told as done ("Kim, who will meet Putin, arrived in Vladivostok")
        return True
    return bool(_PLANNED_FROM.match(text, end)) or (role != "depart" and bool(
        _PLANNED.search(text, max(0, start - 100), start)
        or _PLANNED_THEN.search(text, 0, start)))


def _unplaced_start(s: Sentence, people: set[str]) -> str | None:
    """A capitalised name the traveller is told leaving that the gazetteer could not place
    (no mention there, no person's name, left by the motion cues), else None: the trip's
    start is then unknown, and the reader should be told why its figures have no ends."""
    if not s.traveller:
        return None
    for _, a, name in _unplaced_names(s, _START_NAME, people):
        if name[-2:] in ("'s", "’s") or _hometown(s.text, a):
            continue  # "leaving Trump's team", "students from Cavan Institute"
        if motion_role(s.text, a, landmark=False, blockers=[]) == "depart":
            return name
    return None


#: another vehicle the traveller's collided with: "colliding with a coast guard aircraft"
_COLLIDED_WITH = re.compile(r"\b(?:collided|colliding|collision|crashed|crashing|smashed)\s+"
                            r"(?:with|into)\s+(?:a|an|the)\s+((?:[\w-]+\s+){1,3}?)"
                            r"(?:aircraft|plane|jet|helicopter|ship|vessel|boat|ferry|tanker|"
                            r"train|truck|lorry|bus|car)\b", re.IGNORECASE)


def _struck_vehicle(text: str) -> re.Pattern[str] | None:
    """A sentence opening on the other vehicle of a collision the story tells, by the words
    it was told with ("colliding with a coast guard aircraft", then "The coast guard plane
    had been due to fly to Niigata"): that vehicle's trip, not the traveller's."""
    m = _COLLIDED_WITH.search(text)
    if m is None:
        return None
    words = m[1].split()
    return re.compile(r"\s*The\s+" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)


def _without_towns_placed_elsewhere(s: Sentence) -> list[Mention]:
    """The sentence's mentions but a town named before what it is and the area it stands in,
    where the gazetteer's town lies outside that area ("to Troll research station in
    Antarctica": not Thrall, Texas, the namesake the gazetteer holds): the place meant is one
    the gazetteer lacks, and no stop."""
    out: list[Mention] = []
    for m, n in zip(s.mentions, [*s.mentions[1:], None], strict=True):
        if (n is not None and m.place.kind in CITY_KINDS and not m.inside and _area(n.place)
                and _WHAT_THEN_IN.fullmatch(s.text, m.end, n.start)
                and _outside(m.place, n.place)):
            continue
        out.append(m)
    return out


#: what a place is, then "in", between a name and its area: " research station in "
_WHAT_THEN_IN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:station|base|camp|outpost|airfield|airport|"
                           r"port|mine|plant|facility|centre|center|observatory|laboratory|lab|"
                           r"hospital|prison|colony)\s+in\s+(?:the\s+)?")


def _outside(place: Place, area: Place) -> bool:
    """Whether ``place`` lies outside ``area`` (a country, a first-order division, or
    Antarctica), as far as the gazetteer's codes tell."""
    if area.id == "region:continent-an":
        return place.lat > ANTARCTIC_LAT
    if area.kind == "country":
        return bool(area.country and place.country and area.country != place.country)
    if area.kind == "admin":
        return bool(area.country and place.country and (
            area.country != place.country
            or (area.admin1 and place.admin1 and area.admin1 != place.admin1)))
    return False


#: the latitude north of which no place is in Antarctica (the Antarctic Treaty's limit)
ANTARCTIC_LAT = -60.0


def _another(low: str, traveller: set[str]) -> bool:
    """Whether the sentence speaks of another of the traveller's kind ("a second convoy",
    "another ship", "the next train") and never of the traveller itself by name or party
    noun: it is not about the traveller the story follows."""
    told = [(m.start(), m[0]) for m in _WORD.finditer(low)
            if m[0] in traveller or m[0] in TRAVEL_PARTY]
    # ("he took another bus": the traveller, by pronoun, on another vehicle)
    others = [t for t, _ in told if _ANOTHER.search(low, max(0, t - 20), t)]
    return bool(others) and len(others) == len(told)


_WORD = re.compile(r"[a-z]+(?:'s)?")


#: words that make a role another one of its kind: "a second convoy", "another ship"
_ANOTHER = re.compile(r"\b(?:another|other|a\s+(?:second|third|fourth|further|new)|the\s+"
                      r"(?:next|second|other)|(?:its|a)\s+sister)\s+$")
# ("Its sister train, The Ghan, runs north from Adelaide to Darwin")


#: going back into the country or state the trip began in: "returned to Georgia"
_BACK_TO_AREA = re.compile(r"\b(?:returned|returning|flew\s+back|came\s+back|headed\s+back|"
                           r"went\s+back|travell?ed\s+back|was\s+back|"
                           # ("arriving back in New Jersey", after sailing from Hoboken)
                           r"(?:arrived|arriving|got|getting)\s+back)\s+(?:home\s+)?(?:to|in)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
#: the traveller going back to where the trip began: "flew home", "headed back home"
_HOME = re.compile(r"\b(?:flew|flying|flies|went|going|headed|heading|returned|returning|"
                   r"travell?ed|drove|sailed|came|back|left\s+for|set\s+off\s+for|"
                   # "left Vladivostok by train on Friday for the journey home"
                   r"(?:for|on)\s+the\s+(?:journey|trip|flight|ride|drive|voyage))\s+"
                   r"(?:back\s+)?home\b", re.IGNORECASE)
#: the same told with no place at all: "... to Edinburgh on Sunday, and returned on
#: Wednesday", "came back the next day" (not "returned fire", "returned to power")
_CAME_BACK = re.compile(r"\b(?:returned|came\s+back|flew\s+back|headed\s+back|went\s+back|"
                        r"travell?ed\s+back|drove\s+back|sailed\s+back)"
                        # ("returned by train in the evening")
                        r"(?:\s+by\s+(?:train|rail|car|road|air|plane|bus|coach|ferry|boat|sea))?"
                        r"(?=\s*(?:[.;]|,|$|\s(?:on|that|the\s+next|the\s+following|later|"
                        r"early|late|overnight|in\s+the\s+(?:morning|afternoon|evening))\b))",
                        re.IGNORECASE)
#: a departure told in the past perfect: "A boat that had left Sfax reached Lampedusa on
#: Wednesday": it left before the time the sentence tells
_HAD_LEFT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+\s+)?(?:left|departed|set\s+(?:off|out)\s+"
                       r"from|sailed\s+from|flown\s+(?:out\s+of|from)|flew\s+out\s+of|"
                       # ("He had travelled overnight from the Polish city of Rzeszow")
                       r"(?:driven|come|travell?ed|ridden|journeyed)\s+(?:\w+\s+){0,2}?from)"
                       r"\s+(?:the\s+)?$", re.IGNORECASE)
#: the way a traveller came in, told after the arrival: "He flew in from New Delhi"
_IN_FROM = re.compile(r"\b(?:flew|flown|flies|fly|flying|came|come|comes|coming|travell?ed|"
                      r"drove|driven|sailed)\s+in\s+from\s+(?:the\s+)?$", re.IGNORECASE)
#: a leaving told after the arrival and said to be before it: "He flew from New Delhi earlier
#: in the day", "left Kyiv the day before"
_EARLIER_AFTER = re.compile(r"[^.;]{0,40}?\b(?:earlier|the\s+(?:day|night|evening)\s+before|"
                            r"the\s+previous\s+(?:day|night|evening))\b", re.IGNORECASE)
_PLANNED = re.compile(r"\b(?:will|shall|(?:is|are|was|were)\s+(?:" + PLAN_WORDS + r"|to)"
                      # ("He had been due to travel on Tuesday to Paris")
                      + r"|had\s+been\s+" + PLAN_WORDS
                      # ("Francis was to fly back to Baghdad from Erbil on Sunday evening")
                      + r"|plan(?:s|ned)?\s+to|expects?\s+to|hop(?:e|es|ed)\s+to|"
                      # ("has also started to think about flying to Guangzhou")
                      r"think(?:s|ing)?\s+about|dream(?:s|ed|ing)?\s+of|wants?\s+to|"
                      r"intends?\s+to)\s+"
                      r"(?:(?:[\w'’-]+\s+){1,10}?(?:to|in|at|for|via|through|and|or)|"
                      r"(?:[\w'’-]+\s+){0,3}?(?:reach|visit|enter|tour))\s+"
                      r"(?:the\s+)?"
                      # (and each place of a list: "will take him to Najaf, Ur, Erbil, Mosul
                      # and Qaraqosh"; and of the visits told with it: "will spend five days
                      # in Australia, visiting Canberra")
                      r"(?:(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*,?\s+(?:and\s+|or\s+)?|"
                      r"(?:visiting|touring|calling\s+at|stopping\s+(?:in|at)|including)\s+"
                      r"(?:the\s+)?)*$",
                      re.IGNORECASE)
#: a plan for next week or later, whatever places it goes on to name: "plans to drive back
#: via Finland and Sweden next week, passing through Rovaniemi and Stockholm"
_PLAN_AHEAD = re.compile(r"\b(?:will|plans?\s+to|(?:is|are)\s+" + PLAN_WORDS + r")\s"
                         r"[^.;:]*\bnext\s+(?:week|month|year)\b|"
                         # ("Next week she plans to take the BC Ferries crossing from
                         # Tsawwassen ... to visit her granddaughter in Victoria")
                         r"\bnext\s+(?:week|month|year)\b[^.;:]*\b(?:will|plans?\s+to|"
                         r"(?:is|are)\s+" + PLAN_WORDS + r")\s", re.IGNORECASE)
#: a goal a planned trip goes on to, after the plan is told: "From Beijing he will travel
#: to Shanghai by high-speed train, ..., before returning to Cairo on Saturday"
_PLANNED_THEN = re.compile(r"\b(?:will|shall|(?:is|are|was|were)\s+(?:" + PLAN_WORDS
                           + r"|to)|had\s+been\s+" + PLAN_WORDS + r"|plans?\s+to|"
                           r"hop(?:e|es|ed)\s+to|"
                           # ("Farid said he would rest for a week ... and try again through
                           # Croatia and Slovenia to reach Trieste")
                           r"said\s+(?:that\s+)?(?:he|she|they|we|it)\s+would)\s"
                           # ("was to fly back to Baghdad ... and return to Rome on Monday")
                           r"[^;]*\b(?:before|then|and)\s+(?:[\w'’-]+\s+){0,6}?(?:to\s+)?"
                           r"(?:\w+\s+)?(?:(?:returning|heading|flying|travell?ing|going|leaving|"
                           r"moving\s+on|return|head|fly|travel|go|leave|move\s+on)\s+"
                           r"(?:(?:on|back|home)\s+)*(?:to|for)|"
                           # ("will stop at Port Louis ... before arriving in Rotterdam")
                           r"(?:arriving|arrive)\s+(?:in|at)|reaching|reach|"
                           # ("will return the container ..., then pick up a load of coffee
                           # for the trip back to Mombasa")
                           r"(?:[\w'’-]+\s+){1,8}?(?:trip|journey|drive|flight|ride|voyage|run|"
                           r"train|bus|ferry|plane|boat)"
                           r"\s+(?:(?:back|home)\s+)*(?:to|for)|"
                           # ("will travel to New York on Thursday ..., and then to
                           # Philadelphia on Saturday")
                           r"(?<=then\s)(?:on\s+)?to)\s+(?:the\s+)?$",
                           re.IGNORECASE)


#: a trip from a place, told as still to come after the place: "His return flight from Sydney
#: is expected to take roughly 12 hours", "The train from Moscow will take six days"
_PLANNED_FROM = re.compile(r"\s+(?:(?:is|are)\s+" + PLAN_WORDS + r"|will|would)\s+"
                           r"(?:take|last|leave|depart|arrive|reach)\b", re.IGNORECASE)
#: words that make a trip one that may happen, not one that did
_MAYBE = re.compile(r"\b(?:could|would|will|might|may|plans?|planned|planning|expected|due|"
                    r"scheduled|hopes?|hoping|intends?|wants?)\b", re.IGNORECASE)
#: a trip that did not get where it was going, whatever the place is called: "The train never
#: reached the Pacific coast"; and the goals it was only bound for
#: a trip halted short of where it was going: "about 60 km short of its destination"
_SHORT_OF_ITS_DESTINATION = (r"\bshort\s+of\s+(?:its|his|her|their)\s+(?:final\s+)?"
                             r"(?:destination|goal)\b")
#: words of a craft taken by force (its goal then is not reached)
_SEIZED_WORDS = r"\b(?:seized|hijacked|commandeered)\b"
_NEVER_REACHED_ANY = re.compile(r"\b(?:never|failed\s+to)\s+(?:\w+\s+)?(?:reach(?:ed)?|"
                                r"ma(?:de|ke)\s+it\s+to|arrived)\b|"
                                # ("flight MH370 ... bound for Beijing ... vanished from radar",
                                # "bound for London's Gatwick airport crashed shortly after")
                                r"\b(?:vanished|disappeared|went\s+missing|crashed|crash-landed|"
                                r"ditched|was\s+shot\s+down)\b|"
                                # ("seized an oil tanker ... as it sailed from Kuwait to Houston")
                                + _SEIZED_WORDS + r"|"
                                # ("bound for Ontario, California ... and the crew turned back")
                                r"\b(?:turned|turning)\s+(?:back|around|round)\b|"
                                + _SHORT_OF_ITS_DESTINATION, re.IGNORECASE)
_BOUND_FOR = re.compile(r"\bbound\s+for\b", re.IGNORECASE)
#: a trip lost or given up on its way, whose goal is then no stop
_LOST_ON_ITS_WAY = re.compile(r"\b(?:vanished|disappeared|went\s+missing|was\s+shot\s+down|"
                              r"(?:turned|turning)\s+(?:back|around|round))\b|"
                              + _SHORT_OF_ITS_DESTINATION, re.IGNORECASE)
#: a craft taken by force, and the trip it was on then: "as it sailed from Kuwait to"
_SEIZED = re.compile(_SEIZED_WORDS, re.IGNORECASE)
_AS_IT_WENT = re.compile(r"\b(?:as|while|when)\s+(?:it|she|the\s+\w+)\s+(?:was\s+)?(?:sail\w*|"
                         r"travel\w*|head\w*|bound|fl(?:ying|ew)|en\s+route)\b[^.;]{0,50}$",
                         re.IGNORECASE)
#: a trip that came back before its goal, told after the goal it was bound for
#: where a trip is going now, told in the present: "is now heading for the Cape of Good Hope"
_HEADING_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+)?(?:heading|headed|bound|sailing|steaming|"
                          r"en\s+route|on\s+(?:its|his|her|their)\s+way)\s+(?:back\s+)?"
                          r"(?:for|to|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
_GOING_TO_IT = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)
#: a time told from the trip's start, named by no place: "72 days after she left"
_AFTER_THEY_LEFT = re.compile(r"\s+after\s+(?:she|he|they|it|we|the\s+[a-z]+)\s+(?:had\s+)?"
                              r"(?:left|set\s+(?:off|out)|started|departed)\b(?!\s+(?:from\s+)?"
                              r"(?:the\s+)?[A-Z])")
#: a country's border a trip set off from: "from the Polish border", "from the border of"
_FROM_ITS_BORDER = re.compile(r".*\bfrom\s+the\s+", re.IGNORECASE)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b")
#: after a figure, the trip it measures up to the land it went to: ", 12-hour trip to "
_FIGURE_TRIP_TO = re.compile(r"(?:[\s,]+[\w-]+){0,3}?\s+(?:trip|journey|flight|voyage|drive|ride|"
                             r"crossing)\s+to\s+(?:the\s+)?")
#: a sentence opening on a named route and its length, up to the figure: "The Camino Frances
#: covers "
_NAMED_ROUTE_COVERS = re.compile(r"\s*[\"“]?The\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:covers|runs|"
                                 r"stretches|spans|measures)\s+")
#: a building left, up to the town it stands in: "left the National Palace in "
_LEFT_A_BUILDING_IN = re.compile(r"\b(?:left|leaving|departed|departing)\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w'’-]*\s+){1,4}(?:in|at)\s+$")
#: a goal told by a building in it, up to the town: "to the monastery at "
_TO_A_BUILDING_AT = re.compile(r"\bto\s+the\s+(?:[a-z-]+\s+){1,2}(?:at|in)\s+(?:the\s+)?$")
#: a place's verb of lying at a distance, up to the figure: "Dubai lies about"
#: what follows such a figure: the place it is measured from, " from", " north of"
_FROM_OR_BEARING_AFTER = re.compile(r"\s+(?:from\b|" + _COMPASS_OF + r")")
_LIES_FIGURE = re.compile(r"\s+(?:lies|lay|is|was|sits|sat|stands|stood)\s+(?:only\s+|just\s+)?")
#: the words after a figure up to a border it was covered from: " by train from the "
_FIGURE_WAY_TO = re.compile(r"\s+(?:(?:by|on|aboard)\s+(?:an?\s+|the\s+)?[\w-]+\s+)?"
                            r"from\s+the\s+", re.IGNORECASE)
#: after a figure, a trip that came before the one it measures, up to the place it left:
#: " by train from the Polish border after a flight from "
_EARLIER_TRIP = re.compile(r"\s+(?!after\b)[^,;.]*?\bafter\s+(?:an?|the|his|her|its|their)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:flight|drive|ride|journey|trip|voyage|"
                           r"crossing)\b", re.IGNORECASE)
_EARLIER_TRIP_FROM = re.compile(_EARLIER_TRIP.pattern + r"\s+from\s+(?:the\s+)?", re.IGNORECASE)
#: a stretch of a line or road told by its length: "where the track runs dead straight for"
_ROUTE_RUNS_FOR = re.compile(r"\b(?:track|tracks|line|railway|rail|road|highway|motorway|route)\s+"
                             r"(?:runs|run|stretches|extends|goes)\b[^,;.]{0,30}?\bfor\s+$",
                             re.IGNORECASE)
#: a figure told over many stages: "flew 42,000 kilometres in 17 stages"
_IN_STAGES = re.compile(r"(?:\s*\([^)]*\))?\s+(?:in|over|across)\s+(?:\d+|[a-z]+)\s+"
                        r"(?:stages|legs|hops|flights|etapes)\b")
#: a trip turning round on its way: a figure told after it is measured from that point
_TURNED_ROUND = re.compile(r"\bturn(?:ed|ing)\s+(?:back|a?round)\b", re.IGNORECASE)
_TURNED_BACK = re.compile(r"\b(?:(?:and|but|before)\s+(?:then\s+)?)?(?:returned|turned\s+(?:back|"
                          r"around)|came\s+back|flew\s+back|headed\s+back)\b", re.IGNORECASE)
#: a place a trip is told not to go to or through: "It does not pass through Kolkata, Mumbai
#: or New Delhi", "did not stop at Vijayawada", "never went to Paris" (a list after it too,
#: but not past a new clause: "did not stop in Lyon and went on to Paris")
_NOT_THERE = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:pass|stop|call|go|went|travel|"
                        r"run|ran|visit|touch|enter|cross)\w*\s+"
                        r"(?:(?!(?:and|but|then|before|after|where|which)\b)[\w'’.-]+,?\s+){0,6}?"
                        r"(?:the\s+)?$", re.IGNORECASE)
#: a goal the trip did not reach: "and never reached Seattle", "failed to reach"
_NEVER_REACHED = re.compile(r"\b(?:never|not|failed\s+to|without)\s+(?:\w+\s+)?(?:reach(?:ed|ing)?|"
                            r"ma(?:de|king)\s+it\s+to|arriv(?:ed|ing)\s+(?:in|at))\s+(?:the\s+)?$",
                            re.IGNORECASE)
#: a leg of a flight story no word gives a mode to is driven below this length (km): no
#: airliner hops from Seongnam to Seoul
UNFLOWN_HOP_KM = 60.0
#: a leg no word of the story gives a mode to is a flight from this length (km): "left
#: Auckland ... arrived in Honolulu" is not a drive across the Pacific
UNTOLD_FLIGHT_KM = 1000.0
#: a stop told with no time, on a trip on the ground, that adds more than this (and more than
#: the way it interrupts) is a namesake of the place the story means (see _off_the_way) ...
OFF_THE_WAY_KM = 500.0
#: ... and makes the way between the stops either side of it this many times as long ...
OFF_THE_WAY_RATIO = 1.5
#: ... when it is a town of this many people at most: a namesake the gazetteer offers for a
#: place it lacks is small (a suburb, a village); a town the size of Lillehammer so far off
#: is more likely told out of an order the reader missed, and is drawn where it is told
OFF_THE_WAY_POPULATION = 10_000
#: a relative clause in the past perfect after a place: ", where he had met ..."
_WHERE_HAD = re.compile(r"\s*,\s*where\s+(?:he|she|they|it|we|the\s+\w+)\s+had\b",
                        re.IGNORECASE)
#: what came before a leaving, told after it in the past perfect: "after Kim had lunch"
_AFTER_HAD = re.compile(r"\bafter\s+(?:[\w'’-]+\s+){0,3}?had\s+", re.IGNORECASE)
#: an arrival in a country or a state, right before its name: "arrived in Vietnam"
_REACHED_AREA = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands|landing)\s+(?:in|into)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
#: a goal told in the past perfect: "had flown to Warsaw", "had travelled on to Lviv"
_HAD_GONE = re.compile(r"\bhad\s+(?:already\s+|first\s+)?(?:flown|travell?ed|gone|driven|"
                       r"sailed|journeyed|headed|moved|ridden|taken\s+(?:a|the)\s+\w+)\b"
                       r"(?:\s+[\w,-]+){0,4}?\s+(?:to|into|for)\s+(?:the\s+)?$",
                       re.IGNORECASE)
#: a visit told in the past perfect: "The day before, he had visited troops in Bakhmut"
_HAD_BEEN = re.compile(r"\bhad\s+(?:already\s+|also\s+|earlier\s+|previously\s+)?"
                       r"(?:visited|been\s+(?:in|to|at)|stopped|toured|stayed|spent)\b",
                       re.IGNORECASE)
#: a participle of arriving told after a goal, with nothing but an aside between them
_ARRIVING = re.compile(r"\s*,\s*(?:[^,.;]{0,60}?,\s*){0,2}(?:arriving|docking|landing|reaching|"
                       r"pulling\s+into|touching\s+down)\b(?P<rest>[^;]*)", re.IGNORECASE)
#: a figure told per unit of time or per person: "17 km a day", "two hours per stage"
_RATE = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|year|night|stage|leg|person|"
                   r"head|passenger)\b|"
                   # ("winds of up to 30 metres per second": a speed of the wind)
                   r"\s+(?:a|per)\s+(?:second|minute)\b", re.IGNORECASE)
#: the part of a trip from its start: "the first 5,185 km"
_FIRST_PART = re.compile(r"\b(?:the\s+)?first\s+(?:[\w,.-]+\s+)?$", re.IGNORECASE)
#: the part of a trip left after a place: "the remaining 330 km", "the final 50 miles"
#: a time told before the distance it covers: "took seven hours to cover the last 300 km"
_TO_COVER_REMAINING = re.compile(r"\s+to\s+(?:cover|travel|run|drive|complete|do)\s+the\s+"
                                 r"(?:remaining|final|last)\b", re.IGNORECASE)
_REMAINING = re.compile(r"\b(?:remaining|final|last|rest\s+of\s+the)\s+(?:[\w,.-]+\s+)?$",
                        re.IGNORECASE)
#: "a man from Maracaibo": where someone comes from, not where a trip starts
_PERSON_FROM = re.compile(r"\b(?:man|woman|men|women|boy|girl|child|children|family|families|"
                          # ("A 71-year-old retired teacher from Lyon")
                          r"\d+-year-olds?(?:\s+[a-z][\w-]*){0,3}?|"
                          r"teachers?|doctors?|nurses?|engineers?|pensioners?|retirees?|"
                          r"grandmother|grandfather|mother|father|couple|"
                          r"resident|residents|native|natives|people|person|farmer|worker|"
                          r"students?|workers|farmers|migrants?|refugees?|"
                          r"(?:who|which)\s+(?:is|was|are|were)|"
                          # a name and an age told aside: "Whitfield, 74, from Dubbo"
                          r"(?<![\w.])(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                          r"[a-z]*\b)[a-z][\w'’-]*,\s+\d{1,3}"
                          # ("Duc, 35, an accountant from the northern port city of Haiphong")
                          r"(?:,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?)"
                          r"(?:\s+of\s+\w+)?(?:\s*,)?\s+(?:originally\s+)?from\s+(?:the\s+)?"
                          r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|port|island)\s+of\s+)?$",
                          re.IGNORECASE)
# ("a family of five from Aleppo")
# ("The family, from Aleppo, left Athens": where they come from, told aside)
#: a figure told as the length of the trip an arrival ends: "after a journey of some 1,200 km"
_AFTER_TRIP = re.compile(r"\bafter\s+(?:a|an|the|their|his|her|its)\s+(?:[\w,-]+\s+){0,3}?"
                         r"(?:journey|trip|voyage|drive|ride|trek|odyssey)\s+of\s+"
                         r"(?:[\w,-]+\s+){0,3}?$", re.IGNORECASE)
#: a clause set beside the one before, of other things or people: ", while the foreigners"
_WHILE_OTHERS = re.compile(r",\s+(?:while|whereas|whilst)\b|"
                           # (or of another time: "The journey to Brussels Midi takes around
                           # 2 hours, and since 2018 trains have run on to Amsterdam")
                           r",\s+(?:and|but)\s+(?:since|until|from|in|by)\s+(?:\w+\s+)?\d{4}\b",
                           re.IGNORECASE)
#: the trip going on, after a place the sentence reached: "before continuing the journey"
_CONTINUING = re.compile(r"\b(?:before|then|and)\s+(?:then\s+)?(?:continu(?:ing|ed)|"
                         r"pressing\s+on|pressed\s+on)\b", re.IGNORECASE)
#: a trip on from a place just reached: "..., and was driven about 90 km"
_ONWARD = re.compile(r"\b(?:and|then)\s+(?:was\s+|were\s+)?(?:then\s+)?(?:driven|drove|flew|flown|"
                     r"taken|travell?ed|went|continued|walked|sailed|rode|headed)\b",
                     re.IGNORECASE)
#: what joins a distance to the time it took: "330 km in about six hours"
#: a figure's leg named by what its two ends are, after the article has told them: "about
#: 306 miles between the two capitals", "the 40 km between them"
_BETWEEN_THE_TWO = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+between\s+(?:the\s+two\s+(?:[a-z-]+\s+)?"
                              r"(?:capitals|cities|towns|ports|stations|airports|places|"
                              r"countries|points|villages|islands)|them)\b")
#: the same, told before the figure: "travelling between the two holy cities by high-speed
#: train, a ride of about 450 kilometres"
_BETWEEN_THE_TWO_BEFORE = re.compile(r"\bbetween\s+the\s+two\s+(?:[a-z-]+\s+)?(?:capitals|"
                                     r"cities|towns|ports|stations|airports|places|islands)\b"
                                     r"[^.;]{0,80}$")
_SAME_LEG = re.compile(r"(?:\s+from\s+the\s+(?:border|frontier|start))?\s+in\s+",
                       re.IGNORECASE)
#: the unit before "a day" in a pace: "23 kilometres a day"
_PER_UNIT = re.compile(r"\b(?:km|kilometres|kilometers|miles|metres|meters|hours|nautical)\s+$",
                       re.IGNORECASE)
#: a time filled with something other than travel: "a day of engagements", "two days of rest"
_SPENT_ON = re.compile(r"\s+of\s+(?!travel|driving|flying|sailing|walking|riding|cycling|"
                       r"marching|hiking|trekking)[a-z]", re.IGNORECASE)


#: a stop on the way told in the trip that led to the sentence's arrival: "after an overnight
#: journey from Pyongyang via"
_AFTER_A_TRIP_VIA = re.compile(r"\bafter\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:journey|trip|ride|flight|drive|voyage|crossing)\s+from\s+"
                               r"[^.;]*?\b(?:via|by\s+way\s+of|through)\s+(?:the\s+)?$",
                               re.IGNORECASE)


#: the day clock times are read on when the article has no date: only their difference
#: counts, and mid-January lies far from every daylight-saving change, north or south
_CLOCK_DAY = date(2001, 1, 15)


#: two goals told as a list: "drove on to Nakuru and Eldoret", "to Lyon, then to Turin"
_GOALS_LISTED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s*|\s+)"
                           r"(?:and\s+(?:then\s+)?(?:on\s+)?(?:to\s+)?|then\s+(?:on\s+)?"
                           r"(?:to\s+)?)?")


def _told_position(visits: list[Visit], o: Obs, every: Sequence[Obs] = ()) -> int | None:
    """Where an undated visit goes among dated ones: right after the visit its article told
    just before it ("left New Delhi on Tuesday ... landed in Tokyo ... arrived in Washington
    on Thursday"), else right before the one told just after it; None when its article
    dates nothing. With ``every`` (the story's observations), a place its sentence tells
    before going on to a goal ("before flying to Apia") goes before that goal's visit."""
    if o.action == "depart":
        # "landed in Moscow ... after a flight from Beijing", "crossed at Khasan ... after
        # leaving Pyongyang": left before the arrival or crossing it follows
        arrival, reached = next(((i, w) for i, v in enumerate(visits) for w in v.obs
                                 if (w.art, w.sent) == (o.art, o.sent) and w.action != "depart"
                                 and w.seq < o.seq), (None, None))
        if arrival is not None and reached is not None and (
                _BEFORE_GOING.search(o.sentence, max(0, o.at - 40), o.at)
                # ("flown from Rome to Warsaw on Monday ..., then took a train from the
                # border town of Przemysl")
                or THEN_STEP.search(o.sentence, reached.at, o.at)):
            return arrival + 1  # "to Przemysl ..., before flying from Rzeszow": after it
        if arrival is not None:
            return arrival
        if o.left_before:
            # "His train had left Pyongyang before dawn and crossed into Russia at Khasan":
            # left before whatever its sentence tells after it
            later = next((i for i, v in enumerate(visits) for w in v.obs
                          if (w.art, w.sent) == (o.art, o.sent) and w.seq > o.seq), None)
            if later is not None:
                return later
        first = next((w for w in every if w.art == o.art and w.sent < o.sent
                      and w.action == "arrive" and w.t is not None), None)
        if (first is not None and first.city.key != o.city.key
                and not _TOLD_AS_LATER.search(o.sentence, 0, o.at)
                and not any((w.art, w.sent) == (o.art, o.sent) and w.action in ("goal", "arrive")
                            # (but a goal dated after that arrival is a later trip: "He flew
                            # from Sydney, a flight of about 10 hours, and will attend a fair
                            # in Shanghai on Sunday before travelling on Monday to Beijing")
                            and not (w.day is not None and first.day is not None
                                     and w.day > first.day)
                            for w in every)):
            # "arrived in the United States on Sunday, landing at Wilkes-Barre", then "He
            # travelled overnight by train from Kyiv ... and flew from Rzeszow": a trip told
            # with no goal of its own, after the article's first arrival, is the trip there
            return next((i for i, v in enumerate(visits) if any(w is first for w in v.obs)),
                        None)
    if o.action in ("visit", "pass", "goal") and not _TOLD_AS_LATER.search(o.sentence, 0, o.at):
        # "visiting Sydney and Canberra, before flying to Apia on Wednesday", "flew to Manaus
        # ... before the four-hour flight to Rio": before the goal its own sentence tells it
        # went on to, where that goal's city has a dated visit (its own goal, or its arrival
        # told elsewhere)
        on_to = [w for w in every if (w.art, w.sent) == (o.art, o.sent) and w.seq > o.seq
                 and w.action in ("goal", "arrive") and w.city.key != o.city.key
                 # (not a return: "later visited Bucha ... before returning to Kyiv")
                 and not BACK_TO.search(o.sentence, max(0, w.at - 30), w.at)
                 and (_BEFORE_GOING.search(o.sentence, o.at, w.at)
                      or _BEFORE_THE_TRIP.search(o.sentence, o.at, w.at)
                      # ("stopped for the night in Valdosta, Georgia, and reached Atlanta on
                      # Friday afternoon")
                      or (o.action == "visit" and _AND_REACHED.search(o.sentence, o.at, w.at)
                          # (a call told alone: "stopped in Munich and Stuttgart during the
                          # night and reached Strasbourg" keeps its calls in the order told)
                          and not any((x.art, x.sent) == (o.art, o.sent) and x is not o
                                      and x.action in ("visit", "pass") for x in every)))]
        ahead = next((i for w in on_to for i, v in enumerate(visits)
                      if v.city.key == w.city.key and v.times()), None)
        if ahead is not None:
            return ahead
    # (undated visits placed before it count too: "visited A and B" keeps A before B; but a
    # place left before the arrival its sentence tells first does not count for a visit told
    # as coming after: "arrived in Kyiv ... after a journey from Przemysl. He later visited
    # Bucha" is after Kyiv, while "He reached Corinth, about 80 km from the start" may be on
    # the way)
    cue = _TOLD_AS_LATER.search(o.sentence, 0, o.at)
    # (but "then" after a place its own sentence told is that clause's next step: "before
    # stopping at Ulan-Ude, ..., and then running east ... to Khabarovsk")
    later = cue is not None and not (cue[0].casefold() == "then" and any(
        (w.art, w.sent) == (o.art, o.sent) and w.seq < o.seq for v in visits for w in v.obs))
    told = [(w.seq, i) for i, v in enumerate(visits) for w in v.obs
            if w.art == o.art and not (later and w.left_before)]
    before = [x for x in told if x[0] < o.seq]
    if before and later and cue is not None and cue[0].casefold() == "then" and (
            (last := max(before)[1]) + 1 < len(visits)) and any(
            w.art == o.art and w.seq < o.seq and w.action == "arrive" and w.t is not None
            and w.t > max(visits[last].times(), default=w.t) for w in visits[last + 1].obs):
        # "He was then driven about 90 km to Rzeszow airport", after "arriving in Przemysl on
        # Wednesday morning", in a story whose lede told the arrival in Washington later that
        # day: the next step after the place told just before, not after the end told first
        return last + 1
    if before and later:
        # "Kim later went on to the Vostochny Cosmodrome", told after his leaving Pyongyang
        # on Sunday was told after his arrival at Khasan on Tuesday: after all of them
        return max(i for _, i in before) + 1
    if before:
        at = max(before)[1]
        near = [i for i, v in enumerate(visits) if i != at and any(
            w.action == "arrive" and w.art == o.art and w.seq < o.seq and w.t is not None
            for w in v.obs) and km_between(v.city, o.city) <= GATEWAY_KM]
        if o.action == "visit" and o.place.kind in CITY_KINDS and near and km_between(
                visits[at].city, o.city) > FAR_FROM_THE_TOLD_KM:
            # "She visited Bucha and Irpin, two towns near the capital", told after the way
            # to Kyiv (the lede told the arrival): with the stay in the city they lie by,
            # not after the border town the sentence before left from (a town: an airport
            # or base near the city is where the way there arrived)
            return near[-1] + 1
        return at + 1
    after = [x for x in told if x[0] > o.seq]
    return min(after)[1] if after else None


#: how far from the place told before it an undated visit must lie to be placed instead with
#: the stay in a city it lies by (GATEWAY_KM) that the story told arriving in
FAR_FROM_THE_TOLD_KM = 200.0


#: a trip still under way toward its goal: the hour told with it is not the arrival's
_UNDER_WAY_TO = re.compile(r"\b(?:en\s+route|on\s+(?:his|her|their|its)\s+way|bound|"
                           r"head(?:ed|ing|s)|set\s+(?:off|out)|left|leaving|departed)\b[^.;]*$",
                           re.IGNORECASE)

#: a sentence opening on the trip to a place: "The drive to her sister's house in Atlanta"
_THE_TRIP_TO = re.compile(r"The\s+(?:[\w-]+\s+)?(?:drive|trip|journey|flight|ride|run)\s+to\b")
#: a day told in a clause of where the traveller had been: "where he had spent Tuesday"
_DAY_HAD_BEEN_SPENT = re.compile(r",\s+where\s+(?:he|she|they|it)\s+had\s+(?:spent|been)\s+"
                                 r"(?:the\s+)?$")
#: an arrival told as the next thing done, after a stop: "..., and reached Atlanta"
_AND_REACHED = re.compile(r"\band\s+(?:then\s+|finally\s+)?(?:reached|arrived|pulled\s+into|"
                          r"rolled\s+into|got\s+to)\s+(?:in\s+|at\s+)?(?:the\s+)?$",
                          re.IGNORECASE)
#: a goal gone on to after another, right before its name: "before travelling on to", "then
#: on to", "and flew on to"
_ON_TO = re.compile(r"\b(?:before\s+[a-z]+ing|then(?:\s+[a-z]+)?|and\s+(?:then\s+)?[a-z]+)\s+"
                    r"on\s+to\s+(?:the\s+)?$", re.IGNORECASE)
#: a next move told as coming "before" another verb: "..., before flying from Rzeszow"
_BEFORE_GOING = re.compile(r"\bbefore\s+[a-z]+ing\b[^.;]*$", re.IGNORECASE)
#: a going on from a place to the goal told after it: "..., before continuing the roughly
#: 300-kilometer ride to"
_GOING_ON_TO = re.compile(r"\bbefore\s+(?:continuing|heading|pressing|moving|travell?ing|"
                          r"going)\b", re.IGNORECASE)
#: a word that tells what follows as coming after what was told before
_TOLD_AS_LATER = re.compile(r"\b(?:later|then|afterwards?|subsequently|next|following|"
                            r"(?:went|moved|travell?ed|flew|drove|carried)\s+on)\b",
                            re.IGNORECASE)
#: how much longer than the direct way a way through a place passed may be, for the place to
#: lie on the way (a judgement: roads and rails wind)
ON_THE_WAY_DETOUR = 1.35


def _lies_between(a: Place, p: Place, b: Place) -> bool:
    """Whether ``p`` lies on the way from ``a`` to ``b`` (within ON_THE_WAY_DETOUR)."""
    direct = km_between(a, b)
    first = km_between(a, p)
    return 0 < first < direct and first + km_between(p, b) <= ON_THE_WAY_DETOUR * direct


#: the trip that ended at a place, told after it, then the places on its way: "arrived in
#: Istanbul on Monday after a journey of about 3,000 km through Vienna"
_TRIP_BEFORE = re.compile(r"\b(?:after\s+)?(?:a|an|the|their|his|her|its)\s+(?:[\w,-]+\s+){0,6}?"
                          r"(?:journey|trip|voyage|drive|ride|trek|flight|crossing)\b"
                          r"[^.;]{0,60}?\b(?:through|via|by\s+way\s+of|"
                          # ("a 1,500-kilometre journey ... that crossed the Gobi Desert and
                          # the border at Erenhot")
                          r"(?:that|which)\s+(?:crossed|passed)\b)\s+(?:[^.;]*\s)?$",
                          re.IGNORECASE)
#: a place passed named as the way to the goal before it: "to Kyiv by way of Rzeszow"
_VIA_BEFORE = re.compile(r"\b(?:via|by\s+way\s+of)\s+(?:[^.;]{0,60}?(?:,|\band)\s+)?$",
                         re.IGNORECASE)


def _told_via(o: Obs) -> bool:
    """Whether the place passed is told as the way to the goal before it ("to Kyiv by way of
    Rzeszow", "via Dubai and Doha")."""
    return _VIA_BEFORE.search(o.sentence, max(0, o.at - 80), o.at) is not None


def _ways_before_goals(here: list[Obs]) -> None:
    """Places passed "through" on the way to a goal their sentence told before them come
    before it: "the last leg to Kampala, some 200 km, through Tororo and Jinja" passes
    Tororo and Jinja, then reaches Kampala. Only the order (``seq``) changes."""
    order = list(here)
    for o in here:
        if o.action != "pass":
            continue
        goal = next((g for g in reversed(order[:order.index(o)]) if g.action != "pass"), None)
        if goal is not None and goal.city.key != o.city.key and through_to_goal(o, goal):
            order.remove(o)
            order.insert(order.index(goal), o)
    if order != here:
        for o, seq in zip(order, sorted(x.seq for x in here), strict=True):
            o.seq = seq


def _least_detour(towns: Sequence[Place], town: Place, last: int) -> int:
    """Where among ``towns[:last + 1]`` a stop at ``town`` adds the least way (the index it
    goes at, between 1 and ``last``)."""
    def detour(p: int) -> float:
        a, b = towns[p - 1], towns[p]
        return km_between(a, town) + km_between(town, b) - km_between(a, b)

    return min(range(1, last + 1), key=detour)


def _passed_on_the_way(visits: list[Visit], at: int, o: Obs, obs: list[Obs]) -> int:
    """Where a place passed, told after an arrival, goes: before that arrival when it lies on
    the way there from the stop before ("arrived in Zaporizhzhia from Mariupol. The convoy
    travelled through Berdyansk and Tokmak"), else where it is told (on the next leg)."""
    if at >= 1 and any((w.art, w.sent) == (o.art, o.sent) and w.action == "goal"
                       and w.seq > o.seq and w.city.key == visits[at - 1].city.key
                       and (_GOING_ON_TO.search(o.sentence, o.at, w.at)
                            or through_to_goal(o, w)) for w in obs):
        # "crossed into Russia at Khasan earlier in the day, ..., before continuing the ride
        # to Vladivostok": passed before the arrival its own sentence goes on to (and "the
        # last leg to Kampala ... through Tororo and Jinja", told after the arrival there)
        return at - 1
    if at < 2 or not any(w.action in ("arrive", "goal") for w in visits[at - 1].obs):
        return at
    calling = _CALLING_AT.search(o.sentence) is not None
    # ("flew from Washington to Kyiv by way of Rzeszow, arriving on Tuesday", "docked in
    # Kirkenes on Saturday, after a voyage with stops at Trondheim and Bodo": on the way)
    # ("arrived in Istanbul on Monday after a journey of about 3,000 km through Vienna": the
    # journey that ended there)
    via = _told_via(o) or any(
        m.end() <= o.at for m in STOPPING_IN.finditer(o.sentence, 0, o.at)) or any(
        m.end() <= o.at for m in _CALLED_AT.finditer(o.sentence, 0, o.at)) or (
        o.action == "pass" and _TRIP_BEFORE.search(o.sentence, 0, o.at) is not None)
    if any((w.action == "depart" and w.seq < o.seq) or (
            (w.art, w.sent) == (o.art, o.sent) and not via
            and not (calling and w.action == "goal"))
           for w in visits[at - 1].obs):
        # left the arrival again before the place passed, or passed it in the sentence that
        # tells the arrival ("reached Haparanda, where they crossed to Tornio"): the next leg
        return at
    return at - 1 if _lies_between(visits[at - 2].city, o.city, visits[at - 1].city) else at


#: how long after leaving a city the traveller must be seen there again to have come back
RETURN_AFTER = timedelta(hours=12)
#: the same for a return told as one ("back to"): a trip there and back takes this long at least
BACK_AFTER = timedelta(hours=1)


def _goal_visit(visits: list[Visit], obs: list[Obs], o: Obs) -> int | None:
    """The index of the first visit to the place an undated leaving's own sentence sends the
    traveller to (its goal or arrival told after it), else None."""
    goal = next((x for x in obs if x.art == o.art and x.sent == o.sent and x.seq > o.seq
                 and x.action in ("goal", "arrive") and x.city.key != o.city.key), None)
    if goal is None:
        return None
    return next((i for i, v in enumerate(visits) if v.city.key == goal.city.key), None)


def _came_back(left: Obs, o: Obs) -> bool:
    """Whether ``o`` is a return to the city ``left`` was leaving ("flew from Washington on
    Monday ... returned to Washington on Thursday"; or from its airport, station or port:
    "flew from Tokyo's Haneda airport"): a new visit, though no other dated visit lies
    between them (the places between may be goals, placed later)."""
    return (left.action == "depart" and (left.place is left.city
                                         or left.place.kind in _GATEWAY_KINDS)
            and o.action != "depart" and left.t is not None and o.t is not None
            and (o.t - left.t >= RETURN_AFTER or (
                # ("carried them back to St Pancras, where it arrived shortly before 1 p.m.",
                # six hours after it left: told as back)
                o.t - left.t >= BACK_AFTER and left.hour is not None and o.hour is not None
                and BACK_TO.search(o.sentence, max(0, o.at - 30), o.at) is not None)))


def _time_into(stop: Stop, o: Obs, notes: list[str]) -> None:
    """Fill a stop's arrival or departure from an observation that states an hour."""
    if o.action == "goal":
        return  # a goal's time is an ordering estimate, not a reported time
    if o.t is None or o.hour is None or o.inherited:
        if o.day is not None and not o.inherited and o.action in ("depart", "arrive"):
            word = "left" if o.action == "depart" else "arrived"
            note = f"{word} {o.day.isoformat()} (time of day not stated)"
            if note not in stop.note:
                stop.note = f"{stop.note}; {note}".strip("; ")
        return
    if o.action == "depart":
        if stop.depart is None or o.t > stop.depart:
            stop.depart = o.t
    elif o.action in ("arrive", "visit", "goal") and (stop.arrive is None or o.t < stop.arrive):
        stop.arrive = o.t
    if o.hour_text:
        note = f"{o.action}: {o.hour_text} ({o.source})"
        if note not in stop.note:
            stop.note = f"{stop.note}; {note}".strip("; ")


def _merge_zones(stops: list[Stop], kinds: list[str],
                 merged: dict[int, list[str]]) -> tuple[list[Stop], list[str]]:
    """A zone visited together with a landmark inside it is one stop (the landmark); the
    zone's key is recorded in ``merged`` under the landmark stop's id."""
    out: list[Stop] = []
    out_k: list[str] = []
    for st, k in zip(stops, kinds, strict=True):
        if out and k == "landmark" and out_k[-1] == "landmark":
            prev = out[-1]
            pair = (prev, st)
            zone = next((x for x in pair if x.place.kind == "zone"), None)
            other = next((x for x in pair if x.place.kind != "zone"), None)
            if zone is not None and other is not None and km_between(zone.place, other.place) <= 10:
                other.note = f"{other.note}; within {zone.place.name}".strip("; ")
                merged.setdefault(id(other), []).append(zone.place.key)
                other.arrive = other.arrive or zone.arrive
                other.depart = other.depart or zone.depart
                out[-1] = other
                continue
        out.append(st)
        out_k.append(k)
    return out, out_k


_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
#: how one leg was travelled, told in the sentence that reaches its end ("From Dong Dang, Kim
#: drove to Hanoi" in a story of a train trip)
_TOOK = (r"(?:(?:took|takes|take|taking|boarded|caught)\s+|\bon\s+(?:board\s+)?)"
         r"(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}")
# ("took an overnight train", "left Athens on an overnight bus", "taking a 10-hour overnight
# train")
#: a story of a swim or a row across water, and the ship words that outrank it (not _SEA:
#: a swim has its support boat, and a row is sailed)
_SWIM_TRIP = re.compile(r"\b(?:swam|swimmers?|swimming\s+(?:from|across|to|the)|"
                        r"swim\s+(?:from|across|to))\b")
_ROW_TRIP = re.compile(r"\b(?:rowed|rowers?|rowing\s+boat|rowboat|paddled|kayak(?:ed|ers?)?|"
                       r"canoe(?:d|ists?)?)\b")
#: a small boat (lower-cased text), or a boat carrying migrants: their own, slower envelope
_SMALL_BOAT = re.compile(r"\b(?:dinghy|dinghies|rafts?|inflatables?|skiffs?|speedboats?|"
                         r"(?:small|wooden|fishing|rubber|migrant)\s+boats?)\b")
_BOAT = re.compile(r"\bboats?\b")
_ON_BOARD_MIGRANTS = re.compile(r"\b(?:migrants?|refugees?|asylum[- ]seekers?)\b")
_SHIPS = re.compile(r"\b(?:ferry|ferries|ship|ships|liner|cruise|vessel|yacht)\b")
#: a story told of walking (lower-cased text)
_WALKING = re.compile(r"\b(?:walked|walking|walk|walks|on foot|hiked|hiking|trekked|trekking|"
                      r"skied|pilgrims?|pilgrimage|marched|marching|procession|cortege|cortège)\b")
#: a train the traveller took, not one the story only names ("a rail and port link")
_TRAIN_TAKEN = re.compile(r"\b(?:by\s+(?:train|rail)|aboard|boarded|train\s+(?:left|pulled|"
                          r"arrived|rolled|reached|departed)|(?:took|rode|caught)\s+(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){0,2}?train)\b")
#: a walker's own walking, as a story tells it (not "walk" alone, which a city stroll is)
_WALKED = re.compile(r"\b(?:walked|walking|on\s+foot|hiked|trekked|pilgrims?|pilgrimage|"
                     r"marched)\b")
#: a vehicle named with the trip's ends: "The coach from London Victoria to Edinburgh takes
#: about nine hours, against four and a half by train" is a coach's trip
_VEHICLE_FROM = r"\s+(?:from|to|between)\s+(?-i:[A-Z])"
_LEG_MODES: tuple[tuple[Mode, re.Pattern[str]], ...] = (
    ("road", re.compile(r"\b(?:drove|driven|drives|driving\s+(?:from|to|back|home)|by car|by road|"
                        r"by bus|by coach|by motorcade|in\s+an?\s+(?:[\w-]+\s+)?suv|"
                        r"(?:bus|coach|car|taxi|road)\s+(?:journey|ride|trip)|"
                        # ("got into a limousine for the drive of about 170 km to Hanoi")
                        r"limousines?|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?drive\s+(?:of|to|from|back)|"
                        # ("The hearse passed through Aberdeen, Dundee and Perth")
                        r"hearses?|motorcades?|"
                        # ("setting off in a convoy of buses", "The road to Port Sudan")
                        r"convoys?\s+of\s+(?:buses|coaches|cars|trucks|lorries|vehicles|"
                        r"pickups|minibuses)|the\s+road\s+(?:to|from)\s+(?=(?-i:[A-Z]))|"
                        # ("The Greyhound bus left the Port Authority terminal")
                        r"(?:bus|coach)\s+(?:left|departed|pulled|rolled|arrived|reached|"
                        r"set\s+off)|"
                        + _TOOK + r"(?:bus|coach|taxi|car)|(?:bus|coach)(?=" + _VEHICLE_FROM
                        # ("cycled from Lisbon to Glasgow")
                        + r")|cycled|cycling\s+(?:from|to|back)|biked|pedall?ed|by\s+bike|"
                        r"by\s+bicycle)\b", re.IGNORECASE)),
    ("air", re.compile(r"\b(?:flew|flown|flies|flying\s+(?:from|to|back|out|home|in)|"
                       r"by air|by plane|by helicopter|landed|"
                       r"touched\s+down|flight\s+(?:from|to)|"
                       # ("made a refueling stop at Ramstein ... after a flight of roughly
                       # eight hours", "aboard a modified Boeing 757")
                       r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?flight\s+of|"
                       # (and "aboard an Air India One jet": a name of three words)
                       r"aboard\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:plane|jet|"
                       r"aircraft|airliner|boeing|airbus)|"
                       + _TOOK + r"(?:flight|plane|helicopter|jet))\b", re.IGNORECASE)),
    ("sea", re.compile(r"\b(?:sailed|by sea|by ship|by ferry|by boat|swam|rowed|paddled|kayaked|"
                       # ("crossed the Pacific to San Francisco", in a sentence that names no
                       # flight: by sea, whatever train the story took after)
                       r"(?<!flew\s)(?<!flying\s)crossed\s+the\s+(?:Atlantic|Pacific|Indian\s+Ocean|"
                       r"Tasman(?:\s+Sea)?|Mediterranean|Channel|English\s+Channel|North\s+Sea|"
                       r"Baltic|Black\s+Sea|Red\s+Sea|Caribbean)(?:\s+Ocean)?\s+to(?![^.;]*\bfl(?:ew|ight)\b)|"
                       + _TOOK + r"(?:ferry|boat|ship)|ferry(?=" + _VEHICLE_FROM
                       + r"))\b", re.IGNORECASE)),
    ("rail", re.compile(r"\b(?:by train|by rail|(?:train|rail)\s+(?:journey|ride|trip)|"
                        # ("before boarding the train in Calais")
                        r"board(?:ed|ing|s)?\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                        r"train|"
                        + _TOOK + r"(?:train|sleeper)|"
                        # ("His train pulled into Dong Dang")
                        r"train\s+(?:pulled|rolled|steamed|chugged)\s+(?:in|into|out)|"
                        r"train(?=" + _VEHICLE_FROM + r"))\b", re.IGNORECASE)),
    ("walk", re.compile(r"\b(?:walked|on foot|hiked|trekked|(?:a|the)\s+(?:[\w-]+\s+)?"
                        r"(?:trek|hike|walk)\s+(?:to|from|up)\b)", re.IGNORECASE)),
)


def _ridden_from(text: str, name: str) -> bool:
    """Whether lower-cased ``text`` tells a ride from the place ``name`` ("riding from Lisbon
    to Glasgow"), in a story of riders (a cyclist's, a horseman's)."""
    first = name.split()[0].casefold() if name.split() else ""
    return bool(first) and re.search(r"\b(?:rode|riding|ridden|cycled|cycling)\s+(?:back\s+)?"
                                     r"from\s+(?:the\s+)?" + re.escape(first) + r"\b",
                                     text) is not None


_AIR_VEHICLES = {"helicopter": _HELICOPTER, "solar plane": _SOLAR_PLANE, "balloon": _BALLOON}


def _air_vehicle_of(vehicle: str | None, own: str, every: list[str], km: float) -> str | None:
    """The aircraft of one air leg: the story's (a helicopter, a balloon), unless the legs'
    own sentences tie it to other legs and not this one ("flew by helicopter from Seoul to
    the DMZ", after arriving in Seoul from Osaka: that flight was an airliner's), or, for a
    helicopter the leg's own sentences do not name, the leg is farther than one flies
    (Tokyo - Washington, before "He travelled there by helicopter")."""
    cue = _AIR_VEHICLES.get(vehicle or "")
    if vehicle == "helicopter" and km > HELICOPTER_NEVER_KM:
        return None
    if cue is None or cue.search(own):
        return vehicle
    if any(cue.search(t) for t in every) or (
            vehicle == "helicopter" and km > HELICOPTER_LEG_KM):
        return None
    return vehicle


#: a leg no helicopter flies, whatever its sentences name ("toured the rainforest by
#: helicopter before the four-hour flight to Rio", 2,800 km): an airliner's (km)
HELICOPTER_NEVER_KM = 1500.0


#: the longest leg a helicopter the leg's own sentences do not name is taken to fly (km):
#: longer ferry flights exist, but a story's untold leg of that length is an airliner's
HELICOPTER_LEG_KM = 800.0


#: a train named by its class or its service, any of the patterns above (lower-cased text)
_TRAIN_CLASS = re.compile("|".join(p.pattern for p in (_ARMOURED, _HIGH_SPEED, _CONVENTIONAL)))
#: where a clause ends, for the train told with a place
_TRAIN_CLAUSE_END = re.compile(r"[;.!?]|,\s+(?:and|but|then|where|which|before|after)\b|"
                               r"\band\s+then\b")


def _ways_after_rail(text: str, rail: bool, runner: bool = False) -> tuple[bool, bool, bool]:
    """Whether lower-cased ``text`` tells the trip by air, by sea or by road, each only when no
    way before it in that order is told (rail first; a runner's story is neither flown nor
    sailed): the first way a story names is its trip's."""
    air = not rail and not runner and bool(_AIR.search(text))
    sea = not rail and not air and not runner and bool(_SEA.search(text))
    road = not rail and not air and not sea and bool(_ROAD.search(text))
    return air, sea, road


def _train_told_with(sentence: str, at: int, *, before: bool) -> str | None:
    """The train the clause of the place at ``at`` names, told before the place reached
    ("took an overnight sleeper from Paris to Venice") or after the place left ("leaving
    London St Pancras on the Eurostar"); None when it names none there."""
    if at < 0 or not sentence:
        return None
    low = sentence.lower()
    if before:
        start = max(0, at - 90)
        ends = list(_TRAIN_CLAUSE_END.finditer(low, start, at))
        found = list(_TRAIN_CLASS.finditer(low, ends[-1].end() if ends else start, at))
        return " ".join(found[-1][0].split()) if found else None
    end = _TRAIN_CLAUSE_END.search(low, at, at + 90)
    m = _TRAIN_CLASS.search(low, at, end.start() if end is not None else min(len(low), at + 90))
    return " ".join(m[0].split()) if m else None


def _rail_vehicle_of(story: str | None, own: list[str | None], i: int) -> str | None:
    """The train of leg ``i``: the one its own clause names, else the story's, unless the
    story's is a service that another leg's clause names as its own, in a story that names
    other trains for other legs (a Eurostar from London to Paris, then a sleeper to Venice:
    the Eurostar does not run on to Istanbul, and the legs no clause gives a train are
    unclassed). One train told for one leg, and no other, is the story's for every leg."""
    if own[i] is not None:
        return own[i]
    if (story is not None and story in own and not _ARMOURED.fullmatch(story)
            and any(v is not None and v != story for v in own)):
        return "train"
    return story


def _own_road_vehicle(story: str | None, own: str) -> str | None:
    """The rider or runner of a story as the vehicle of one leg, unless the leg's own
    sentences tell it another way ("set off from Pamplona on foot ... reached Santiago" in a
    story where someone also cycled from Madrid to Lisbon: that leg was walked)."""
    if story == "bus":
        # (a car, a taxi told for the leg itself is no bus: "took a taxi to the hotel")
        return None if _CAR_RIDE.search(own) else story
    if story not in ("bicycle", "runner") or not own.strip():
        return story
    if _CYCLING.search(own):
        return "bicycle"
    if _RUNNING.search(own):
        return "runner"  # (not "ran": "Sunday's second stage ran 199 kilometres" is a ride)
    return None if _WALKING.search(own) else story


#: a distance measured "by air" (as the crow flies), not a way travelled: "Luang Prabang, about
#: 220 km north of Vientiane by air" (the train's leg is no flight)
_MEASURED_BY_AIR = re.compile(r"\b(?:km|kilomet(?:re|er)s?|miles?)\s+(?:(?:[a-z]+-)?[a-z]+\s+)?"
                              r"(?:of|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                              r"\s+by\s+air\b")


def _leg_mode(sentence: str, at: int = -1) -> Mode | None:
    """The mode the sentence names for the trip to the place it names at ``at``: the one it
    names, or of several the last told before the place ("flew from Washington to Rzeszow,
    and was driven about 90 km to Przemysl": Przemysl by road); None when it names none, or
    several and none before the place."""
    if "by air" in sentence:
        sentence = _MEASURED_BY_AIR.sub(lambda m: m[0][:-6] + " " * 6, sentence)
    named = [mode for mode, cue in _LEG_MODES if cue.search(sentence)]
    if len(named) == 1 and at >= 0 and (other := _GONE_ELSEWHERE.search(sentence, at)) and not any(
            cue.search(sentence, 0, other.start()) for _, cue in _LEG_MODES):
        return None  # "arrived in Kyiv ..., after leaving India ... and flying to Poland": the
        # way to another place, told after this one
    if len(named) == 1:
        onward = _NEXT_LEG.search(sentence, at) if at >= 0 else None
        if onward is not None and not any(
                cue.search(sentence, 0, onward.start()) for _, cue in _LEG_MODES):
            return None  # "pulled into Dong Dang, and he continued to Hanoi by car": the next leg's
        return named[0]
    if at < 0 or not named:
        return None
    right_after = [(m.start(), mode) for mode, cue in _LEG_MODES
                   for m in cue.finditer(sentence, at, at + 40)]
    if right_after and not _CLAUSE_BREAK.search(sentence, at, min(right_after)[0]):
        return min(right_after)[1]  # "... and he continued to Hanoi by car"
    told = [(m.start(), mode) for mode, cue in _LEG_MODES for m in cue.finditer(sentence, 0, at)]
    return max(told)[1] if told else None


#: a clause that sets off the next leg, after the place a leg reached: its way is that leg's
#: ("His train pulled into Dong Dang, and he continued to Hanoi by car", "and traveled the
#: final 170 km to Hanoi by car")
_NEXT_LEG = re.compile(r"[,;]?\s+(?:and\s+|before\s+|then\s+)(?:then\s+)?(?:(?:he|she|they|it|"
                       r"the\s+\w+)\s+)?(?:continued|went|headed|travell?ed|proceeded|pressed|"
                       r"transferred|moved|set\s+off|drove|flew|sailed|rode)"
                       r"(?:\s+(?!and\b)[\w,-]+){0,5}?\s+(?:to|for)\b|"
                       # ("crossed the Pacific to San Francisco and took a special train across
                       # the country")
                       r"[,;]?\s+(?:and\s+|before\s+|then\s+)(?:then\s+)?(?:(?:he|she|they)\s+)?"
                       r"(?:took|boarded|caught)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:train|flight|plane|bus|coach|ferry|boat|ship|steamer)\b", re.IGNORECASE)


#: a way to another place told after the place a leg reached: "and flying to Poland"
_GONE_ELSEWHERE = re.compile(r"\b(?:flying|flew|driving|drove|sailing|sailed)\s+(?:on\s+)?"
                             r"(?:to|into)\s+(?:the\s+)?[A-Z]")
#: where a clause ends: a mode told past it is not the way to the place before it
_CLAUSE_BREAK = re.compile(r"[,;]|\band\b")


#: the trip as a whole, told with no place: "The rail journey covered some 4,000 km", "the
#: entire trip took 60 hours"
_WHOLE_TRIP = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
                         r"(?:(?P<all>whole|entire|total|overall)\s+)?"
                         r"(?:(?P<mode>rail|train)\s+)?(?:journey|trip|pilgrimage|trek|voyage|"
                         r"expedition|odyssey|race|course|ultramarathon|marathon|"
                         r"(?(all)tour|(?!))|"  # "the whole tour", never "the tour" alone
                         # ("Her route, the Camino Frances, runs about 780 kilometers")
                         r"route(?=(?:,\s+[^,.;]{1,40},)?\s+(?:is|was|runs|ran|covers|covered|"
                         r"measures|spans|stretches)\b|"
                         # ("Indian Railways lists the route at 1,968 km")
                         r"\s+at\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?(?:\d|$))|"
                         # ("The line runs 9,289 kilometers across seven time zones")
                         r"(?:line|railway|railroad)(?=\s+(?:runs|ran|covers|covered|measures|"
                         r"spans|stretches)\s+(?:for\s+)?(?:some\s+|about\s+|nearly\s+|"
                         r"almost\s+|more\s+than\s+|over\s+)?$))\b"
                         r"(?:\s+by\s+(?P<by>rail|train)\b)?"
                         r"(?!.*\b(?:to|from)\b)")
#: a trip told as coming after what its sentence told before: "before the four-hour flight"
_BEFORE_A = r"\bbefore\s+(?:the|a|an|its|their|his|her)\s+"
#: the same right before a figure ("... before the four-hour flight to Rio")
_BEFORE_THE_FIGURE = re.compile(_BEFORE_A + "$", re.IGNORECASE)
#: a position at sea, told by its distance from a shore: "about 185 km off the coast of Gaza"
_OFF_THE_COAST = re.compile(r"(?:\s*\([^)]*\))?\s+off\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+)*"
                            r"(?:coast|coastline|shore|shores|mainland|island|port)\b|(?=[A-Z]))")
#: how far a border was: "only about 45 miles from the Lithuanian border when it was ordered
#: to turn around" (where the craft was, not a leg), unless the way on from it is told ("from
#: the Polish border to Kyiv")
_FROM_A_BORDER = re.compile(r"(?:\s*\([^)]*\))?\s+(?:away\s+)?from\s+(?:the|a|its)\s+"
                            r"(?:[A-Z][\w'’-]*\s+)*(?:border|frontier)\b"
                            r"(?!\s+(?:to|into|towards?)\b)")
#: a trip measured by the figure after it: "after a journey of about 1,600 km from the
#: Ukrainian border", "covered roughly 1,600 km from the border" (a leg from the border, not
#: where the traveller was)
_A_TRIP_OF = re.compile(r"\b(?:(?:journey|trip|drive|ride|flight|voyage|run|trek|walk|crossing)\s+"
                        r"of|covered|travell?ed|drove|driven|ran|rode|ridden|flew|flown|walked|"
                        r"sailed|cycled|hiked|trekked)\s+$", re.IGNORECASE)
#: a trip told as what came after a stop: "in Port Sudan before the three-hour flight"
#: going on from a place, told right after it: "... on Sunday before travelling"
_BEFORE_GOING_ON = re.compile(r"[^.;,]{0,25}?\bbefore\s+(?:travell?ing|flying|heading|driving|"
                              r"sailing|going|continuing|moving)\b", re.IGNORECASE)
_BEFORE_THE_TRIP = re.compile(r"[^.;]{0,20}?" + _BEFORE_A, re.IGNORECASE)
#: the way home, told with no place: "The journey home, of about 16,000 kilometres"
_THE_WAY_HOME = re.compile(r"\b[Tt]he\s+(?:(?:long|short)\s+)?(?:journey|trip|flight|drive|"
                           r"ride|voyage)\s+(?:back\s+)?home\b(?!.*\b(?:to|from)\b)")
#: the way home named by its figure: "the 24-hour flight home" (and no place after it)
_WAY_HOME_AFTER = re.compile(r"(?:\s*\([^)]*\))?\s+(?:journey|trip|flight|drive|ride|voyage)"
                             r"\s+(?:back\s+)?home\b(?![^.;]*\b(?:to|from|between)\b)")
#: the trip named by its figure: "the 444-km (276-mile) trip" (and no place after it)
#: "the" or an owner's word before a trip's noun: "the 2,200-mile journey", "its journey"
_THE_OR_ITS = r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
_THE_BEFORE = re.compile(_THE_OR_ITS + r"(?:whole\s+|entire\s+)?$")
_TRIP_AFTER = re.compile(r"(?:\s*\([^)]*\))?\s+(?:journey|trip|voyage|ride|run|race|trek)\b"
                         r"(?![^.;]*\b(?:to|from|between)\b)")
#: the route named by its figure, and what it is: "The 2,438-mile (3,924-kilometer) route is
#: Amtrak's second-longest, after the ... service between Chicago and Los Angeles" (ends told
#: after a comma are another route's)
_ROUTE_AFTER = re.compile(r"(?:\s*\([^)]*\))?\s+route\s+(?:is|was|runs|ran|covers|covered|"
                          r"measures|spans|stretches)\b(?![^.;,]*\b(?:to|from|between)\b)")
#: "along the" right before a figure, and the route it names right after it (a route's
#: own word: not "train" or "line", which :data:`_ROUTE_NOUN_AFTER` also takes)
_ALONG_THE = re.compile(r"\balong\s+(?:the|its)\s+$")
_ROUTE_WORD_AFTER = re.compile(r"(?:\s*\([^)]*\))?[\s-]+route\b")
#: where a clause ends, for what a route's figure is told of
_CLAUSE_END = re.compile(r"[,;]|\bthan\b")  # (a place after "than" is another route's)
#: the trip told by its length, with no ends: "The route of 9,289 kilometres crosses ..."
_THE_ROUTE_OF = re.compile(_THE_OR_ITS + r"(?:whole\s+|entire\s+|total\s+)?(?:route|journey|"
                           r"trip|voyage|line|railway|ride)\s+of\s+$")
#: the rest of a sentence naming no ends of a trip
_NO_ENDS_AFTER = re.compile(r"(?![^.;]*\b(?:to|from|between)\b)")
#: the trip named by its figure, then told between two ends: "the 4,352-kilometre (2,704-mile)
#: trip from the Pacific to the Indian Ocean"
_TRIP_FROM_AFTER = re.compile(r"(?:\s*\([^)]*\))?\s+(?:journey|trip|voyage|ride|run)\s+from\b")
#: a total told for the whole trip: "In all, the 17,000-kilometre journey lasted ..."
#: the same told after the figure: "a journey of some 20 hours in all"
_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)
_IN_ALL = re.compile(r"\b(?:[Ii]n\s+all|[Ii]n\s+total|[Aa]ltogether|[Aa]ll\s+told)\b"
                     r"(?!.*\b(?:to|from)\b)")
#: a stop on the way told after the goal: "flew to Tokyo with a stopover in Dubai", "flew
#: from Sydney to London via Singapore"
_STOPOVER = re.compile(r"\b(?:" + STOPOVER + r"|via)\b", re.IGNORECASE)
#: stops told after a trip's goal that lie before it: "stopped in Denver along the way"
#: the stations a train bound somewhere calls at, told with its goal: "a train bound for
#: Shanghai, which stopped only at Jinan West and Nanjing South"
_CALLING_AT = re.compile(r"\b(?:which|that)\s+(?:stopped|called|stops|calls)\s+(?:only\s+)?"
                         r"(?:at|in)\b", re.IGNORECASE)
#: a call a train or a ship made, told on its own: "Overnight, the train called at
#: Shijiazhuang", "It later stopped at Shenzhen North" (undated, told after the arrival, such a
#: call is on the way there when it lies between; see _passed_on_the_way)
_CALLED_AT = re.compile(r"\b(?:called|stopped)\s+(?:only\s+|briefly\s+)?(?:at|in)\b",
                        re.IGNORECASE)
#: a time told as how long something took: "... in 54 days", "within six hours"
_IN_TIME = re.compile(r"\b(?:in|within)\s+(?:(?:just|only|barely|little\s+more\s+than|"
                      r"under|less\s+than)\s+)?$")
_ALONG_THE_WAY = re.compile(r"\b(?:along|on)\s+the\s+way\b|\ben\s+route\b|" + _CALLING_AT.pattern,
                            re.IGNORECASE)


def _left_onward(text: str, start: int, end: int) -> bool:
    """Whether a departure told between ``start`` and ``end`` sets off a trip after the place
    reached before it ("arriving at the station ... departed on a day-long ride"), rather than
    the one that got there ("reached Emeryville, 51 hours after the train left Chicago, a
    trip of roughly 2,440 miles")."""
    m = _LEAVING.search(text, start, end)
    return m is not None and _AFTER_ITS_SUBJECT.search(text, max(start, m.start() - 24),
                                                        m.start()) is None


#: "after" and the subject of a departure, right before its verb: "after the train left",
#: "after it left", "after leaving"
_AFTER_ITS_SUBJECT = re.compile(r"\bafter\s+(?:(?:the|its|his|her|their)\s+)?(?:\w+\s+)?$",
                                re.IGNORECASE)
#: calls told of the way home, not of the trip to the place reached before
_WAY_BACK = re.compile(r"\b(?:way|trip|journey|drive|flight|ride)\s+(?:back|home)\b|"
                       r"\breturn", re.IGNORECASE)
#: a departure told between a place reached and a figure: the figure is the trip onward
_LEAVING = re.compile(r"\b(?:departed|departs|left|leaves|leaving|set\s+off|set\s+out|"
                      r"pulled\s+out)\b", re.IGNORECASE)
#: what joins a distance to the place it is measured from: "160 km south of", "150 miles
#: north-west of", "50 km outside"
_BEARING_OF = re.compile(r"(?:\s+by\s+(?:rail|road|car|train|air|sea))?"  # ("75 km by rail from")
                         r"\s+(?:" + _COMPASS_OF + r"|outside|from)\s+(?:the\s+|la\s+|le\s+|"
                         r"el\s+|al\s+|los\s+|las\s+)?", re.IGNORECASE)
#: another distance measured from the place after it: "... about 200 kilometres from"
_FIGURE_FROM = re.compile(r"\d[\d,.]*\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?|miles?|mi|"
                          r"nautical\s+miles?)\s+(?:[a-z-]+\s+){0,2}from\s+(?:the\s+)?$",
                          re.IGNORECASE)
#: a halt told before a distance from a place: "halting about 200 km from Moscow", "stopped
#: some 60 miles short of", "came within 200 km of"
#: the traveller's whereabouts told before a figure: "the ship was", "he was still"
#: how far short of its goal the traveller was, told right after the figure: " from its
#: destination", " short of Arusha"
_SHORT_OF_ITS_GOAL = re.compile(r"\s+(?:(?:away\s+)?(?:from|short\s+of)\s+(?:its|his|her|their)\s+"
                                r"(?:final\s+)?(?:destination|goal)\b|short\s+of\b)",
                                re.IGNORECASE)
#: a distance told from the trip's start, with no place: "about 230 kilometers from where it
#: started"
_FROM_WHERE_IT_BEGAN = re.compile(r"\s+(?:from|after)\s+where\s+(?:it|they|he|she)\s+(?:had\s+)?"
                                  r"(?:started|set\s+off|set\s+out|began|departed|left)\b",
                                  re.IGNORECASE)
#: a distance told from a mark of the course: "from the top of", "from the finish"
_FROM_A_MARK = re.compile(r"\s+(?:from|before)\s+(?:the\s+)?(?:top|summit|line|end|"
                          r"finish(?:ing)?(?:\s+line)?)\b", re.IGNORECASE)
#: a "when" clause, which tells the moment a figure placed the traveller at
_WHEN_BEFORE = re.compile(r"\bwhen\b", re.IGNORECASE)
_PARTY_WAS = re.compile(r"\b(?P<who>[A-Za-z]+)\s+(?:was|were)\s+(?:still\s+|then\s+|only\s+|"
                        r"just\s+)?(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$")
_STOPPED_SHORT = re.compile(r"\b(?:halt(?:ed|ing|s)?|stopp(?:ed|ing)|stops|turn(?:ed|ing)\s+back|"
                            r"(?:came|got|coming|getting)\s+within|pull(?:ed|ing)\s+back|"
                            r"withdr[ae]w(?:ing)?|"
                            # ("had reached a point about 200 kilometers from the capital")
                            r"(?:reach(?:ed|ing)|got\s+to|came\s+to)\s+a\s+(?:point|spot))"
                            r"\b[^,;.]{0,25}$", re.IGNORECASE)
#: a distance gone when something happened on the way: "had covered about 90 kilometers
#: when", "had travelled some 40 miles before"
_HAD_COVERED = re.compile(r"\b(?:had|having)\s+(?:only\s+|just\s+)?(?:covered|travell?ed|"
                          r"driven|gone|flown|sailed|ridden|walked|run|cycled)\s+"
                          r"(?:only\s+|just\s+|barely\s+)?"
                          r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_WHEN_IT = re.compile(r"\s+(?:\w+\s+){0,3}?(?:when|before)\b", re.IGNORECASE)
#: a length in feet: in news of a journey, an altitude, a depth or a size
_IN_FEET = re.compile(r"\b(?:feet|foot|ft)\b", re.IGNORECASE)
#: a time followed by the place it was spent in: "three days in Cornwall", "two nights at the
#: Beijing Hotel", "a day in the capital" (a stay, whatever travel the sentence goes on to tell)
#: words that make a length a height or a depth: "an altitude of 8,600 metres"
_HEIGHT_WORDS = frozenset({"altitude", "altitudes", "height", "heights", "elevation", "depth",
                           "depths", "ceiling", "climb", "ascent", "descent"})
# ("a climb of more than 1,200 metres": height gained, not a way covered)
#: words after "ran" that make it a run of a distance or between places
_RAN_A_WAY = frozenset({"from", "the", "to", "across", "all", "nonstop", "non"})
_STAY_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z]|(?:capital|city)\b)")


#: a length in metres or feet, as a figure's text ends: a height, when told "at" a place
_IN_METRES = re.compile(r"\b(?:met(?:re|er)s?|m|feet|foot|ft)$", re.IGNORECASE)
#: what "N metres of" is, when it is a height gained or lost
_CLIMBING = frozenset({"climbing", "climb", "ascent", "descent", "elevation", "vertical",
                       "altitude"})
_HIGH = re.compile(r"\s+(?:high|tall|deep|up)\b(?!-)")
_ALONG_A_WAY = re.compile(r"\s+up\s+(?:the\s+|a\s+)?(?:road|highway|motorway|freeway|interstate|"
                          r"coast|river|line|track|valley|street|route|trail|lake|estuary)\b|"
                          # "about 1,000 miles up the Inside Passage", "200 km up the Mekong"
                          r"\s+up\s+the\s+[A-Z]")


#: a trip told as ended, right before its length: "ending a six-day trip", "wrapped up a
#: 12-day tour"
_TOUR_ENDED = re.compile(r"\b(?:ending|ended|ends|wrapping\s+up|wrapped\s+up|concluding|"
                         r"concluded|capping|capped|winding\s+up|wound\s+up)\s+"
                         r"(?:a|an|his|her|their|its)\s+$", re.IGNORECASE)
#: a trip's length told with what it included: "a six-day trip that included visits to"
_TOUR_THAT_INCLUDED = re.compile(r"[\s-]*(?:[\w-]+\s+)?(?:trip|tour|visit|swing|journey)\s+"
                                 r"(?:that|which)\s+(?:also\s+)?(?:included|includes|took|takes)"
                                 r"\b", re.IGNORECASE)
#: a figure of a trip that was not made, right before it: "A flight would have taken about
#: four hours", "could have covered the 170 km in two hours" (not "would take", which may
#: report a plan: "the journey would take about 60 hours, officials said")
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)(?:\s+only)?\s+have\s+(?:[\w-]+\s+){0,4}?"
                             r"(?:taken|lasted|required|needed|covered|been|meant|saved|cut)\s+"
                             r"(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)


#: the calls of a route told after its figures: ", with stops at", ", calling at"
_WITH_STOPS_AT = re.compile(r",\s+(?:with\s+(?:[\w-]+\s+)?stops\s+(?:at|in)|calling\s+at|"
                            r"stopping\s+(?:at|in))\s+", re.IGNORECASE)
#: a sentence about where a place the story is in lies, named by what it is: "The French
#: territory lies"
_DESCRIBED_LIES = re.compile(r"\s*The\s+(?:[\w-]+\s+){0,3}?(?:territory|island|city|town|capital|"
                             r"country|port|village|archipelago|region|state|province)\s+"
                             r"(?:lies|is|sits|stands)\s+")
#: a gateway named by its kind alone, after a figure: "about 55 km from the airport"
_FROM_THE_GATEWAY = re.compile(r"\s+(?:away\s+)?from\s+the\s+(?P<kind>airport|station|port)\b"
                               r"(?!\s+(?:of|in|at)\b)", re.IGNORECASE)
#: a detour's length told: "a detour of about"
_A_DETOUR_OF = re.compile(r"\b(?:a|the)\s+(?:[\w-]+\s+)?detour\s+of\s+$|"
                          # ("had to use a longer northern route of almost 90 nautical miles")
                          r"\b(?:a|the)\s+(?:longer|roundabout|indirect)\s+(?:[\w-]+\s+)?"
                          r"(?:route|way|course|passage)\s+of\s+$", re.IGNORECASE)
#: a figure told as what was added to a trip: "added about 3,500 nautical miles and some 10
#: days", "an extra 1,000 km"
_ADDED_TO = re.compile(r"\b(?:added|adds|adding)\s+(?:[^.;]{0,45}?\s+and\s+|)(?:about\s+|some\s+|"
                       r"roughly\s+|nearly\s+|around\s+|almost\s+|more\s+than\s+)?$|"
                       r"\ban?\s+(?:extra|additional)\s+$", re.IGNORECASE)
#: "on the way" right after a call: "calling at Rotterdam on the way"
_ON_THE_WAY_NEXT = re.compile(r"\s+(?:on|along)\s+the\s+way\b|\s+en\s+route\b", re.IGNORECASE)
#: what a length before it measures, not a way: "The 400-metre vessel"
_HULLS = frozenset({"vessel", "ship", "boat", "yacht", "tanker", "freighter", "liner", "hull",
                    "ferry", "barge", "submarine"})
#: travel words that are verbs, told after a vessel's length ("The 400-metre vessel sailed")
_TRAVEL_VERB_FORMS = frozenset({"sailed", "sails", "sailing", "steamed", "left", "arrived",
                                "docked", "crossed", "carried", "travelled", "traveled"})
#: people stuck where they were, before the time they spent so: "were stranded overnight on
#: Interstate 95 ..., some for"
_STRANDED = re.compile(r"\b(?:stranded|stuck|trapped|snowbound|marooned)\b[^.;]*?\bfor\s+$",
                       re.IGNORECASE)
#: the same distance covered another way, told to compare: "a distance a modern airliner
#: flies in just over three hours", "a trip that a car could make in a day"
_AS_ANOTHER_WOULD = re.compile(r"\b(?:distance|trip|journey|way)\s+(?:that\s+)?(?:a|an)\s+"
                               r"(?:[\w-]+\s+){1,3}?(?:flies|covers|drives|makes|does|"
                               r"(?:can|could|would)\s+(?:[\w-]+\s+)?\w+)\s+in\s+$",
                               re.IGNORECASE)


#: what a sentence telling how long any such trip takes opens with: "A flight from Lima to Cusco
#: takes", "By comparison, a drive ... would take" (see _A_TRIP_TAKES and _ANY_SUCH_TRIP)
_A_TRIP_TAKES_WORDS = (r"\s*(?:By\s+comparison,\s+|By\s+contrast,\s+)?(?:A|An)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:flight|drive|ride|trip|journey|crossing)\b"
                       r"[^.;]*?\b(?:takes|lasts|would\s+take)")
#: a sentence about any trip of a kind, not this one: an indefinite subject and a verb in the
#: present ("A flight between the two cities takes under two hours", "A trip by car lasts
#: about ten hours")
_ANY_SUCH_TRIP = re.compile(_A_TRIP_TAKES_WORDS + r"\s+(?:[\w-]+\s+){0,2}?$")


#: a sentence telling how long any such trip takes, to compare: "A flight from Lima to Cusco
#: takes about an hour and 20 minutes"
_A_TRIP_TAKES = re.compile(_A_TRIP_TAKES_WORDS + r"\b")


#: a sentence about other vehicles on the route, as they run: a plural subject, or an older
#: or ordinary one, and a verb in the present ("The older express trains on the route take
#: about 13 hours", "Regular buses need six hours"): a comparison, not this trip
_OTHERS_TAKE = re.compile(r"\s*(?:By\s+comparison,\s+|By\s+contrast,\s+)?(?:The\s+|Most\s+|"
                          r"Other\s+)?(?:[\w-]+\s+){0,3}?(?:trains|flights|buses|coaches|ferries|"
                          r"ships|planes|cars|services|(?:older|old|regular|conventional|"
                          r"ordinary|slower|existing|other)\s+(?:[\w-]+\s+)?(?:train|flight|"
                          r"bus|coach|ferry|service))\b[^.;]*?\b(?:take|need|require|last|"
                          r"takes|needs|requires|lasts)\s+(?:[\w-]+\s+){0,2}?$")


#: what a span of time qualifies when it is no trip's time: "rowing in two-hour shifts", "a
#: 24-hour strike", "a 30-minute delay", "a 72-hour ceasefire"
#: a name between a figure and its noun: " Trans-Mongolian journey", " Tour de France stage"
_NAMED_BEFORE_NOUN = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+(?:(?:de|du|la|of)\s+)?){1,3}"
                                r"(?P<noun>journey|trip|voyage|ride|route|run|race|stage|trek|"
                                r"crossing|flight|drive|walk|line|railway)\b")
#: nouns after a distance that make it a rule or an area's size, not a way covered
_RULE_NOUNS = frozenset({"minimum", "maximum", "limit", "limits", "threshold", "requirement",
                         "radius", "exclusion", "buffer", "cordon", "perimeter"})
_NO_TRIP_SPANS = frozenset({
    "shift", "shifts", "strike", "strikes", "ceasefire", "truce", "curfew", "delay", "delays",
    "wait", "waits", "break", "breaks", "nap", "naps", "sleep", "window", "deadline",
    "lockdown", "session", "sessions", "stint", "stints", "watch", "watches", "rotation",
    "rotations", "blackout", "outage", "standoff", "siege", "vigil", "pause", "halt",
    "quarantine"})


#: a time told before what it comes ahead of: "five days before their test", "two weeks
#: ahead of the summit"
_BEFORE_AN_EVENT = re.compile(r"\s+(?:before|ahead\s+of)\s+(?:the|a|an|their|his|her|its|this|"
                              r"next)\b", re.IGNORECASE)


def _speed_of_something_else(fig: Figure, sentence: str) -> bool:
    """Whether a speed is the weather's ("winds gusting to 70 mph", "40-knot squalls") or a
    pace on part of the way ("for the last stretch it pushed through pack ice at barely 2
    knots"), not the traveller's over a leg."""
    after = re.findall(r"[a-z]+", sentence[fig.end:fig.end + 20].casefold())
    before = re.findall(r"[a-z]+", sentence[max(0, fig.start - 80):fig.start].casefold())
    if any(w in _WEATHER_WORDS for w in before[-3:]) or (after[:1] and after[0] in _WEATHER_WORDS):
        return True
    return "for" in before[-11:] and any(w in _PART_OF_THE_WAY for w in before[-11:])


#: words of part of a way, with "for" before them: "for the last stretch", "for a while"
_PART_OF_THE_WAY = frozenset({"last", "final", "first", "part", "stretch", "stretches", "while",
                              "section"})
#: words of the weather a speed is told of: "winds gusting to 70 mph", "40-knot squalls"
_WEATHER_WORDS = frozenset({"wind", "winds", "gust", "gusts", "gusting", "gusted", "squall",
                            "squalls", "gale", "gales", "storm", "storms", "breeze", "breezes"})
#: words of leaving before a time "earlier": the time since (the plane "had left Minneapolis
#: about 90 minutes earlier", told after its landing, is the flight's)
_SINCE_OR_LEFT = frozenset({"since", "after", "left", "leaving", "departed", "departing",
                            "set", "took", "started", "began", "begun"})
#: an arrival told before a time: the time "earlier" is then how long the way there took
_REACHED_BEFORE = re.compile(r"\b(?:arrived|arriving|reached|reaching|docked|landed|pulled\s+into|"
                             r"rolled\s+into|ended|finished|completed|parked)\b", re.IGNORECASE)
#: a figure in metres or feet
_IN_METRES_OR_FEET = re.compile(r"\b(?:m|metres?|meters?|ft|feet|foot)\b", re.IGNORECASE)
#: words of the sea a height in metres is told of: "waves higher than about 4 metres"
_WAVE_WORDS = frozenset({"wave", "waves", "swell", "swells", "seas", "surf"})


def _figure_context(fig: Figure, sentence: str) -> tuple[str, str]:
    """Whether a figure measures travel ("travel"), an event ("event") or neither ("")."""
    after = re.findall(r"[a-z]+", sentence[fig.end:fig.end + 40].casefold())
    before = re.findall(r"[a-z]+", sentence[max(0, fig.start - 80):fig.start].casefold())
    if before[-2:] == ["of", "which"] or before[-1:] in (["including"], ["includes"],
                                                         ["included"]):
        return "", ""  # "875 km in all, of which 467 km were timed", "including 55 km of
        # cobbles": a part of the trip, not a leg
    if before[-1:] in (["adds"], ["added"], ["adding"], ["add"]) or before[-2:] == [
            "an", "extra"] or after[:1] in (["longer"], ["shorter"], ["extra"], ["slower"],
                                            ["faster"], ["quicker"], ["less"], ["more"]) or any(
            w in ("adds", "adding") for w in before[-8:]):
        return "", ""  # "the detour adds about 3,500 nautical miles": a difference
    if fig.kind == "distance" and _IN_METRES_OR_FEET.search(fig.text) and (
            any(w in _WAVE_WORDS for w in before[-4:])
            or (bool(after) and after[0] in _WAVE_WORDS)):
        return "", ""  # "waves higher than about 4 metres", "a 6-metre swell": a height
    if (fig.kind == "duration" and not fig.compound and after[:1] in (["earlier"], ["ago"])
            # (but "since leaving Chicago twelve days earlier", "arrived in Vladivostok ...
            # at the end of a trip that began in Moscow 14 days earlier" is how long the trip
            # took)
            and not _SINCE_OR_LEFT & set(before[-6:])
            and not _REACHED_BEFORE.search(sentence, 0, fig.start)):
        return "", ""  # "Her journey had really started three days earlier in London": when,
        # not how long a leg took
    if fig.kind == "duration" and after[:1] == ["off"]:
        return "", ""  # "took a day off to hike": a rest, not a trip
    if before[-1:] in (["lose"], ["loses"], ["lost"], ["losing"], ["gain"], ["gains"],
                       ["gained"], ["gaining"]) and fig.text.split()[0].casefold() in (
                           "a", "an", "one"):
        return "", ""  # "You lose a day crossing the date line": the calendar, not a trip
        # (but "Contact was lost about 40 minutes after takeoff" is a time)
    if before[-1:] in (["times"], ["twice"], ["once"], ["per"], ["every"], ["each"]):
        return "", ""  # "three times a week", "once a day": how often, not how long
    if fig.kind == "duration" and not fig.compound and _BEFORE_AN_EVENT.match(sentence, fig.end):
        return "", ""  # "after a 12-hour flight from Auckland, five days before their test
        # against Argentina": the time left until something else, not a trip's time
    if after[:1] == ["into"] and not fig.compound:
        return "", ""  # "about 120 km into the 390-km trip", "six hours into the flight":
        # where or when along the way something happened, not a leg
    if fig.kind == "duration" and _STRANDED.search(sentence, max(0, fig.start - 120), fig.start):
        return "", ""  # "drivers were stranded overnight ..., some for more than 24 hours":
        # time stuck, not a trip's time
    if fig.kind == "distance" and (after[:1] in (["below"], ["beneath"], ["underwater"]) or (
            after[:1] == ["deep"] and after[1:2] != ["into"])):
        return "", ""  # "The wreck lies about 3,800 metres below the surface": a depth
    if fig.kind == "distance" and _IN_FEET.search(fig.text):
        return "", ""  # "a panel blew out at about 16,000 feet": a height, never a leg here
    if fig.kind == "distance" and (fig.high or 0) < 1 and after[:1] in (
            ["long"], ["wide"], ["tall"], ["high"], ["deep"], ["across"], ["in"]) and (
            after[:1] != ["in"] or after[1:2] in (["length"], ["diameter"], ["width"])):
        return "", ""  # "The boat, about seven metres long": a size, not a leg
    if fig.kind == "distance" and (
            any(w in _HEIGHT_WORDS for w in before[-4:]) or (
                # ("the highest road in France at 2,802 metres")
                "highest" in before[-6:] and before[-1:] == ["at"]) or (
                # ("fell about 100 metres on the descent": a fall)
                before[-1:] in (["fell"], ["fall"], ["falling"], ["plunged"], ["tumbled"])) or (
                before[-1:] == ["to"] and before[-2:-1] in (
                    ["climbing"], ["climbed"], ["climb"], ["climbs"], ["rose"], ["soared"],
                    ["descended"], ["dived"], ["dove"], ["diving"]))
            or after[:3] == ["above", "sea", "level"]
            or (_HIGH.match(sentence, fig.end) and not _ALONG_A_WAY.match(sentence, fig.end))
            # ("reached base camp, at 5,364 metres", "the pass, at 2,106 metres", "about 25
            # km with 1,250 metres of climbing": heights, in metres or feet)
            or (_IN_METRES.search(fig.text) is not None and (
                (before[-1:] == ["at"] and after[:1] not in (["from"], ["away"], ["off"]))
                or (after[:1] == ["of"] and after[1:2] and after[1] in _CLIMBING)))):
        return "", ""  # "climbed to an altitude of 8,600 metres": a height, not a leg (but
        # "40 km up the highway" is a way along it)
    if _COUNTERFACTUAL.search(sentence, max(0, fig.start - 60), fig.start) or (
            _ANY_SUCH_TRIP.match(sentence[:fig.start])
            or _OTHERS_TAKE.match(sentence[:fig.start])) or _AS_ANOTHER_WOULD.search(
            sentence, max(0, fig.start - 80), fig.start):
        return "", ""  # "A flight would have taken about four hours": a trip not made; "A
        # flight between the two cities takes under two hours": any such trip, a comparison
        # (and "a distance a modern airliner flies in just over three hours": another way of
        # covering it)
    if after[:1] and after[0] in _RULE_NOUNS:
        return "", ""  # "the 100 km minimum needed to earn a Compostela certificate", "a
        # 30-km exclusion zone": a rule or an area's size, not a way covered
    if "enough" in before[-12:] and re.search(r"\benough\s+(?:\w+\s+)?for\b",
                                               sentence[max(0, fig.start - 90):fig.start]):
        return "", ""  # "enough for a coach trip to the Vatican some 80 km away": could be
    if fig.kind == "duration" and (after[:1] in (["ashore"], ["onshore"])
                                   or after[:2] == ["in", "port"]):
        return "event", "stay"  # "about ten hours ashore": time in port, not at sea
    if fig.kind == "duration" and (fig.low or 0) >= 24 and len(before) >= 3 and (
            before[-2] == "of" and before[-1] in ("a", "an", "the", "his", "her", "their", "its")
            and (before[-3] in _START_OF_A_TOUR or before[-4:-2] in (
                ["first", "leg"], ["first", "stop"], ["first", "stage"]))):
        return "event", _WHOLE_TOUR  # "at the start of a 12-day trip that also took him
        # to ...": the whole tour, stays and all, not the time of a leg
    if fig.kind == "duration" and (fig.low or 0) >= 24 and (
            _TOUR_ENDED.search(sentence, max(0, fig.start - 40), fig.start)
            or _TOUR_THAT_INCLUDED.match(sentence, fig.end)):
        return "event", _WHOLE_TOUR  # "ending a six-day trip that included visits to a
        # fighter jet plant in Komsomolsk-on-Amur": the whole stay abroad, not a leg
    if fig.compound and after:
        if fig.kind == "distance" and after[0] in _HULLS and not (
                after[1:2] and after[1] in _TRAVEL_WORDS and after[1] not in _TRAVEL_VERB_FORMS):
            return "", ""  # "The 400-metre vessel sailed through the Strait of Malacca": the
            # vessel's length, whatever it did next
        # the noun the figure qualifies, or an adjective and it ("a 1,120-km rail link")
        noun = next((w for w in after[:2] if w in _TRAVEL_WORDS or w in _EVENT_WORDS
                     or w in _ROUTE_NOUNS), "")
        if not noun and (named := _NAMED_BEFORE_NOUN.match(sentence, fig.end)):
            noun = named["noun"].casefold()  # "the 7,621-kilometre Trans-Mongolian journey"
        if noun in _TRAVEL_WORDS or noun in _ROUTE_NOUNS:
            return "travel", noun
        if noun in _EVENT_WORDS:
            return "event", noun
        if fig.kind == "distance":
            return "", ""  # "a 400-metre container ship", "a 12-km-long convoy": a size
        if after[0] in _NO_TRIP_SPANS:
            return "", ""  # "rowing in two-hour shifts", "a 24-hour strike": no trip's time
    if fig.kind == "speed":
        return "travel", "speed"
    if after[:1] == ["away"] or fig.kind == "distance":
        return "travel", "away"
    if fig.kind == "duration" and not fig.compound:
        if after[:1] in (["late"], ["early"], ["behind"], ["ahead"]) or after[:2] in (
                ["later", "than"], ["earlier", "than"], ["behind", "schedule"]):
            return "", ""  # "arrived two hours late", "19 hours later than scheduled": a
            # delay, not the time the trip took
        if after[:1] == ["later"] and not before:
            # "About 24 hours later, it arrived in Beijing": the time the trip took; "A week
            # later her brother cycled from Madrid to Lisbon": when the sentence's trip began,
            # counted from the one before, not how long it took
            arrives = any(w in _ARRIVAL_WORDS for w in after[1:6])
            return ("travel", "trip") if arrives else ("", "")
        if _UNDER_WAY_FOR.search(sentence, max(0, fig.start - 40), fig.start):
            return "travel", "trip"  # "He had been in the air for 33 hours and 30 minutes"
        if _UNDER_WAY.match(sentence, fig.end) and any(
                w in ("spend", "spends", "spent", "spending") for w in before[-3:]):
            return "travel", "trip"  # "spend about six days on the train": the time aboard
        # (fourteen words back: "touched down at Heathrow at 8:05 a.m. local time the next
        # day, about six hours and 50 minutes later")
        verb = next((w for w in reversed(before[-14:]) if w in _ARRIVAL_WORDS
                     or w in _LEAVING_WORDS), "")
        if (after[:1] == ["later"] and verb in _ARRIVAL_WORDS) or (
                after[:1] == ["earlier"] and verb in _LEAVING_WORDS and "had" in before[-6:]
                and verb != "returned") or (
                before[-1:] == ["after"] and _UNDER_WAY.match(sentence, fig.end)) or (
                after[:1] == ["after"] and (after[1:2] in (["leaving"], ["departing"],
                                                           ["setting"], ["taking"], ["takeoff"])
                                            or after[1:3] == ["take", "off"])):
            # "landed in London 17 hours later", "after 17 hours in the air", "some 11 hours
            # after leaving Vienna", "about 11 hours after take-off", "The plane had left
            # Minneapolis about 90 minutes earlier" (told after its landing): the time it
            # took ("arrived in Beijing and left two days later" is a stay)
            return "travel", "trip"
        if after[:1] == ["later"] and verb in _LEAVING_WORDS and verb not in _SET_OFF_WORDS:
            earlier = before[:len(before) - 1 - before[::-1].index(verb)]
            if any(w in _SET_OFF_WORDS for w in earlier):
                return "travel", "trip"  # "left Hanoi on Saturday and returned to Pyongyang
                # 60 hours later": the time the trip took
            return "", ""  # "flew to Lisbon ... and returned to Rome four days later": when
            # the trip home began, counted from the visit, not how long it took
    # the nearest cue word on either side wins; "lasted" refers back to an event noun
    near: list[tuple[int, str, str]] = []
    # "ran from Athens to Sparta", "ran the 246 km": a run; "ran aground", "ran out of
    # fuel", "the train ran south through Wuhan for two days": no running told
    before = [w if not (w == "ran" and nxt not in _RAN_A_WAY) else ""
              for w, nxt in zip(before, [*before[1:], *after[:1], ""], strict=False)]
    after = [w if not (w == "ran" and nxt not in _RAN_A_WAY) else ""
             for w, nxt in zip(after, [*after[1:], ""], strict=False)]
    window = _names_squeezed(before, sentence[max(0, fig.start - 80):fig.start])[-10:]
    for i, w in enumerate(reversed(window)):
        if w in _TRAVEL_WORDS or w in ("take", "takes", "taking", "took"):
            near.append((i, "travel", w))
        elif w == "lasted" and (any(x in _TRAVEL_WORDS for x in window[
                max(0, len(window) - 7 - i):len(window) - 1 - i]) or next(
                    (x for x in reversed(window[:len(window) - 1 - i])
                     if x in _TRAVEL_WORDS or x in _EVENT_WORDS), "") in _TRAVEL_WORDS):
            # "a non-stop flight from Nagoya that lasted"; and further back, when no event is
            # told between: "The crossing from Port Sudan to Jeddah, roughly 300 km, lasted"
            near.append((i, "travel", "trip"))
        elif w in _EVENT_WORDS or w == "lasted":
            near.append((i, "event", w))
    for i, w in enumerate(after[:6]):
        if w in _TRAVEL_WORDS:
            near.append((i + 1, "travel", w))
        elif w in _EVENT_WORDS:
            near.append((i + 1, "event", w))
    if not near:
        return "", ""
    near.sort()
    _, kind, word = near[0]
    if word == "lasted":
        prior = [w for w in re.findall(r"[a-z]+", sentence[:fig.start].casefold())
                 if w in _EVENT_WORDS]
        word = prior[-1] if prior else "event"
    if word in ("take", "takes", "taking", "took"):
        word = "trip"
    if kind == "travel" and fig.kind == "duration" and not fig.compound and _STAY_AFTER.match(
            sentence, fig.end):
        return "event", "stay"  # "After three days in Cornwall he travelled on": time there
    return kind, word


def _names_squeezed(words: list[str], text: str) -> list[str]:
    """``words`` (the lower-case words of ``text``, in order), with each run of capitalised
    words after the first word counted as one: the cue words near a figure are counted in
    words, and a place's name is one however many words it has ("swam from the beach near
    Dover to Cap Gris-Nez in 11 hours": "swam" is as near as in "... to Calais in 11 hours").
    Left as they are when casefolding changed the text's length (offsets would not match)."""
    low = text.casefold()
    if len(low) != len(text):
        return words
    out: list[str] = []
    in_name = False
    for k, m in enumerate(re.finditer(r"[a-z]+", low)):
        if k >= len(words):
            break
        cap = k > 0 and text[m.start()].isupper()
        if cap and in_name:
            continue
        out.append(words[k])
        in_name = cap
    return out


def _display(folded: str, sentences: list[list[Sentence]]) -> str:
    pattern = re.compile(r"\b" + r"[\s-]+".join(re.escape(p) for p in folded.split()) + r"\b",
                         re.IGNORECASE)
    for ss in sentences:
        for s in ss:
            m = pattern.search(s.text)
            if m:
                return m[0]
    return folded.title()
