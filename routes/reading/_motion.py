"""Who goes where: verbs of motion and event nouns around a place mention.

A mention is a stop of the journey only when a verb of motion has it as its goal or source,
in a sentence about the traveller: "left Beijing", "departs from Pyongyang", "arrived in",
"spotted arriving at", "seen off ... at", "toured", "visited", "went to", "returned to",
"dined ... at", "en route to", "trip to", "reach". Everything else ("Washington insists",
"Pyongyang's nuclear activities", "a summit in Singapore") is a mention, never a stop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any, Literal

from routes.reading._dates import MONTH_NAMES, WEEKDAYS

Action = Literal["depart", "arrive", "visit", "goal", "pass"]

#: a stop on the way, told as a noun: "a stopover in Dubai", "a refuelling stop on Guam"
STOPOVER = r"stop-?overs?|layovers?|(?:refuell?ing|brief|short|technical)\s+stop|a\s+stop"

_CUES: tuple[tuple[Action, str], ...] = (
    ("depart", r"(?:left|leaves|leave|leaving|departed|departs|depart|departing|"
               # "began with the ceremonial start in downtown Anchorage"
               r"(?:ceremonial|official|grand|race's)\s+start|"
               r"(?:set|sets|setting)\s+(?:off|out|sail)|pulled\s+out|seen\s+off|was\s+seen\s+off|"
               # ("14 hours after pushing off from the beach at Holyhead")
               r"(?:push|pushed|pushing)\s+off\s+from|"
               # ("11 hours after towing it out of Rotterdam")
               r"(?:towed|towing|tugged|tugging)\s+(?:it|her|them|the\s+[\w-]+)\s+out\s+of|"
               # ("14 hours after entering the water at Dover", "after diving in at Chillon")
               r"(?:entered|entering|enters|entry\s+into)\s+the\s+(?:water|sea)\s+(?:at|off|from)|"
               r"(?:dived|dove|diving|dives|jumped|jumping|plunged|plunging)\s+in\s+(?:at|off|from)|"
               r"quit|exited|boarded|boarding|started|starting|began|beginning|fled|fleeing|"
               r"flee|flees|escaped|"
               r"(?:flew|flown|flying|sailed|drove|driven|rolled|rode|"
               r"walked|marched|steamed|pulled)\s+out\s+of|took\s+off\s+(?:from|in)|"
               # ("After 33 days on foot from Saint-Jean-Pied-de-Port, the pilgrims reached")
               r"(?:days?|weeks?|months?|hours?|nights?)\s+(?:on\s+foot|on\s+the\s+road|at\s+sea|"
               r"of\s+(?:walking|driving|sailing|cycling|riding|rowing))\s+from|"
               r"(?:lifted|lifting|lifts)\s+off\s+(?:from|in))"),
    ("arrive", r"(?:arrived|arrives|arrive|arriving|landed|lands|landing|"
               # ("was forced to land in Minsk"; not "land" alone, a noun as often)
               r"(?:forced|made|allowed|cleared|permitted|ordered)\s+to\s+land|"
               # ("has turned up at its former home in Plymouth")
               r"turn(?:ed|s)\s+up|"
               r"pull(?:ed|ing|s)\s+(?:into|onto)|"
               r"cut\s+short|"  # ("had to cut short its voyage at Naxos")
               r"entered|enters|entering|got\s+to|reached|reaches|reaching|docked|docks|docking|"
               r"berthed|anchored|moored|dropped\s+anchor|touch(?:ed|ing)\s+down|stepped\s+off|"
               # ("stepped down onto the platform at Moscow's Yaroslavsky station")
               r"stepped\s+(?:down\s+)?onto\s+the\s+platform|"
               r"got\s+off|alighted|ended|ending|"
               # ("finished his run in Edinburgh")
               r"finish(?:ed|es|ing)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){0,3}?"
               r"(?:run|ride|walk|trek|march|swim|race|journey|trip|marathon|pilgrimage|voyage|"
               r"crossing|expedition|row|paddle|climb)(?=\s+(?:in|at)\b)|"
               # ("drove off the train at Coquelles")
               r"(?:drove|driven|drives|rolled)\s+off\s+(?:the\s+)?(?:train|shuttle|ferry|boat|ship)|"
               r"finished|finishing|parked|"
               # ("crossed the finish line in Nome")
               r"(?:crossed|crossing|crosses|reached|reaching)\s+the\s+finish(?:ing)?\s+line|"
               r"(?:waded|wading|came|coming|stepped|went|swam|scrambled|crawled)\s+ashore|"
               # ("two hours and fifteen minutes later she was in Kyoto")
               r"(?:later|afterwards|by\s+(?:nightfall|evening|the\s+evening|morning|noon|"
               r"midnight|dusk|sunset))\s*,?\s+(?:he|she|they|it|we|i)\s+(?:was|were)"
               r"(?:\s+back)?(?=\s+in\b)|"
               # ("climbed out of the lake at Geneva", a swim's end)
               r"(?:climbed|clambered|scrambled|hauled\s+(?:herself|himself|themselves))\s+"
               r"out\s+of\s+(?:the\s+)?(?:water|sea|lake|river)|"
               r"(?:rolled|steamed|glided|coasted|chugged|eased|crawled|limped|nosed)\s+(?:into|onto))"),
    ("goal", r"(?:en\s+route|on\s+(?:his|her|their|its)\s+way|bound|headed|heading|heads|"
             r"trip|journey|ride|travel|travels|traveled|travelled|traveling|travelling|"
             r"reach|back|return|returning|drive|flight|flew|go|going|went|goes|"
             r"drove|drives|driving|driven|sailed|sails|sailing|rode|flies|flying|flown|"
             r"(?<=to\s)fly|"  # ("was forced to fly to Geneva")
             r"walked(?!\s+(?:across|over)\s+the\b)|"
             r"marched|cycled|commuted|ferried|walking|riding|cycling|hiking|trekking|"
             r"marching|drifted|drifting|mushed|mushing|"
             # ("then climbed over the Andes to Cusco", "wound its way down to the coast")
             r"climbed|climbing|descended|descending|wound|winding|delivered|"
             r"sped|speeding|rolled|rolling|then\s+(?:on\s+)?to|"
             # (not "moved its Sudan operations to Nairobi": an organisation's move)
             r"(?:move|moved|moving)(?!\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?"
             r"(?:operations|headquarters|offices?|base|business|staff|embassy|capital)\b)|"
             r"then\s+by\s+(?:road|rail|train|car|bus|coach|boat|ferry|sea|air|plane|helicopter)"
             r"\s+to|"
             r"and\s+on\s+to|onwards?\s+to|towed|diverted|rerouted|redirected|train|service|sleeper|"
             r"eurostar|shuttle|run|stage|leg|voyage|crossing|trek|march|hike|walk|race|"
             r"non-stop|hop|hopped|hopping|brought|taken|carried|escorted|evacuated|airlifted|took|takes|ran|"
             r"running|"
             r"taking|carrying|hauled|hauling|transported|transporting|trucked|shipped|"
             r"continued|continuing|pressed\s+on|swam|swim|swims|swimming|rowed|rowing|"
             r"paddled|paddling|kayaked|skied|skiing|bused|bussed|busing|shuttled|jetted|"
             r"jetting|hitchhiked|pedall?ed|pedall?ing|biked|biking)"),
    ("visit", r"(?:visited|visits|visit|visiting|toured|tours|tour|touring|returned|"
              r"dined|dine|dining|lunched|lunching|breakfasted|lunch|dinner|banquet|"
              r"stayed|stays|staying|stopped|stopping|stops|"
              # ("It refuelled in Gibraltar before the last leg home")
              # (not "a refuelling stop in Vancouver": a stop-over, see STOPOVER)
              r"(?:refuell?ed|refuell?ing|refuels|bunkered)(?=\s+(?:in|at)\b)|"
              r"(?:after|following)\s+(?:[\w-]+\s+){1,3}?(?:hours|days|nights)(?=\s+(?:in|at)\s)|"
              r"(?:spent|spending)\s+(?:[\w-]+\s+){0,2}?(?:nights?|days?|hours?|morning|afternoon|"
              r"evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
              r"met|meeting|talks|hosted|held|inspected|inspecting|attended|attending|"
              r"called\s+at|calling\s+at|"
              # ("after calls at Paros, Naxos and Ios"; "The ship calls at Naples")
              r"calls\s+at|"
              # "made a scheduled call at Paros", "made a brief stop in Omsk"
              # (not "a refueling stop", a stop-over: see STOPOVER)
              r"(?:made|making|makes)\s+(?:a|an)\s+(?:(?:scheduled|unscheduled|brief|short|"
              r"quick|planned|surprise|final|first|last|long|lengthy|overnight|lunch|rest)"
              r"\s+)?(?:call|stop)|"
              # "was formally received at the Presidential Palace", "laid a wreath at the
              # mausoleum", "after a short rest at the guesthouse"
              r"(?:was|were)\s+(?:formally\s+|officially\s+|warmly\s+)?received|"
              r"(?:laid|laying|lays|placed|placing)\s+(?:a\s+)?wreaths?|"
              r"(?:a\s+(?:short\s+|brief\s+)?)rest|rested|resting|"
              # "broke his journey for a few hours in Irkutsk": stopped there on the way
              r"(?:broke|breaks|breaking)\s+(?:his|her|their|its|the)\s+(?:journey|trip)|"
              # "The next stop, on Tuesday, was Alice Springs"
              r"(?:next|first|second|third|last|final)\s+stop(?:,\s+[^,.;]{1,30},)?\s+"
              r"(?:was|is|came\s+at))"),
    ("pass", r"(?:passed|passes|passing|crossed|crosses|crossing|via|by\s+way\s+of|through|"
             # "walked across the demarcation line at Panmunjom", "stepped into North Korea at"
             r"(?:walked|stepped|strode)\s+(?:across|over)(?=\s+the\b)|stepped\s+into|"
             r"intercepted|"
             r"sighted|chang(?:ed|ing)(?:\s+(?:trains|planes|buses|coaches|flights))?(?=\s+(?:in|at)\b)|"
             + STOPOVER + ")"),
)
_CUE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{a}>{p})" for a, p in _CUES) + r")\b", re.IGNORECASE
)
#: the same for lower-cased text, several times faster (see motion_role)
_CUE_LOW = re.compile(r"\b(?:" + "|".join(f"(?P<{a}>{p})" for a, p in _CUES) + r")\b")
#: what a place is, told between a preposition and its name: "the Polish border town of"
_WHAT_IT_IS = re.compile(r"\b(from|to|at|in|into)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?"
                         r"(?:town|city|village|port|capital|island|resort|suburb|"
                         r"district|enclave|settlement|hamlet)\s+of|"
                         # ("from the commercial capital Dar es Salaam to the political capital
                         # Dodoma")
                         r"(?:[\w-]+\s+){1,2}?capital(?:\s+city)?)$", re.IGNORECASE)
#: a country, state or city owning the place named after it, closing the words after a
#: preposition: "to Russia's", "from Alaska's"
_OWNER_END = re.compile(r"\b(from|to|at|in|into)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s$")
#: stops counted, then some named: "32 ports, including", "several stations such as"
_COUNTED_STOPS = re.compile(r"^(?:\d+|[a-z]+)\s+(?:other\s+)?(?:ports|stops|stations|cities|"
                            r"towns|villages|places|islands|harbou?rs)(?:\s+along\s+the\s+way)?,?\s+"
                            r"(?:including|among\s+them|such\s+as)$", re.IGNORECASE)
_PREP_END = re.compile(r"\b(?:at|in|to|from|into|for|of|on|inside|near|outside|toward|towards)\s*$",
                       re.IGNORECASE)
#: nouns of a trip, which a figure may follow before its source ("a flight of 15,000 km from")
#: first words of the cues of getting on or off a vehicle
_ON_AND_OFF = frozenset({"boarded", "boarding", "stepped", "got", "alighted"})
#: beginning a trip, told before the trip's noun: "began the trip in Istanbul"
_BEGAN = frozenset({"began", "begun", "started", "beginning", "starting"})
#: cues of stopping somewhere, and the meals a stop may be for
_STOPPED = frozenset({"stopped", "stopping", "stayed", "staying"})
_MEALS = frozenset({"lunch", "dinner", "banquet", "dined", "dine", "dining"})
#: trip nouns that name a vehicle, which a traveller boards or leaves somewhere
_VEHICLE_NOUNS = frozenset({"train", "flight", "eurostar", "shuttle", "service"})
#: words of how a trip went, between its verb and its goal
_MANNER = re.compile(r"\b(?:at\s+(?:a\s+)?(?:reduced|full|low|high|top|slow|walking|snail'?s)\s+"
                     r"(?:speed|pace)|under\s+(?:its|his|her|their)\s+own\s+(?:power|steam))\s*",
                     re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d")
#: a distance told between a verb of going and its goal: "some 1,000 km (620 miles)"
_HOW_FAR = re.compile(r"\b(?:(?:about|some|roughly|nearly|almost|around|over|more\s+than|"
                      r"another|a\s+further)\s+)?(?<![(\d,.])[\d,.]+[\s-]*(?:km|kilometres?|kilometers?|"
                      r"miles?|mi|nautical\s+miles)\b"
                      # (not a bearing: "about 80 kilometers southwest of Pylos", "300 km (185
                      # miles) from Santiago")
                      r"(?!\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west)(?:-?(?:east|west))?"
                      r"(?:ern)?\s+of|from|away|outside|short\s+of|off)\b)"
                      r"(?:\s*\([^)]*\))?\s*", re.IGNORECASE)
#: the words that open the way a trip took, told between its verb and its goal: "traveled
#: north along the country's east coast to the border town of Tumangang"
_WAY_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest", "north-east", "north-west", "south-east",
                        "south-west", "northward", "southward", "eastward", "westward",
                        "northwards", "southwards", "eastwards", "westwards", "along", "across",
                        "up", "down", "inland", "overland"})
#: a place passed beside, not through
_BESIDE = re.compile(r"\b(?:(?:north|south|east|west|north-east|north-west|south-east|"
                     r"south-west|northeast|northwest|southeast|southwest)\s+of|near|close|off|"
                     r"outside)\b", re.IGNORECASE)
# (a direction alone is a name's word: "stepped into North Korea at Panmunjom")
_TRIP_NOUNS = frozenset({"trip", "journey", "ride", "flight", "drive", "travel", "train",
                         "service", "eurostar", "shuttle", "run", "stage", "leg", "voyage",
                         "crossing", "trek", "march", "hike", "walk", "race", "flying",
                         "flew", "travelled", "traveled", "travelling", "traveling", "drove",
                         "driving", "sailed", "sailing", "took", "takes", "taking", "rode",
                         "walked", "marched", "cycled", "carried", "taken", "brought",
                         "ferried", "escorted", "moved", "walking", "riding", "cycling",
                         "marching", "hiking", "trekking", "ran", "running", "carrying",
                         "swam", "swimming", "rowed", "rowing", "paddled", "paddling",
                         "hauled", "hauling", "transported", "transporting", "trucked",
                         "shipped", "bused", "bussed", "shuttled", "jetted", "pedalled",
                         "pedaled", "pedalling", "pedaling", "biked", "biking", "skied",
                         "skiing"})
# (and verbs of travel with one: "flying about 2,300 km from Rome")
#: "past" right before a place a moving traveller goes by: "sailed downstream past Linz"
_PAST_END = re.compile(r"\bpast\s+(?:the\s+)?$", re.IGNORECASE)
#: setting off told after a place with "from" and no verb of going before it
_THEN_SETS_OFF = re.compile(r"[^;]{0,80}?\band\s+(?:then\s+)?(?:headed|set\s+(?:off|out)|"
                            r"drove\s+(?:off|away|out|north|south|east|west|inland)|"
                            r"started\s+out|left)\b", re.IGNORECASE)
#: "from" closing the words between a motion cue and the source it names ("flew from")
FROM_END = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: the words between a motion cue and a town, naming a building left in or near that town
_FROM_BUILDING_IN = re.compile(r"\bfrom\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
                               # (not past a goal: "from the Matterhorn to the hospital in")
                               r"(?:(?!to\b)[\w'’-]+\s+){1,5}(?:in|at|near|outside)$|"
                               # ("from near the summit of Mont Blanc", "from Camp 2 on Mount
                               # Everest": a spot on the mountain)
                               r"\bfrom\s+(?:near\s+)?(?:the\s+)?(?:summit|top|slopes?|flanks?|foot|"
                               r"base|peak|crater|rim|north\s+face|south\s+face)\s+of(?:\s+the)?\s*$|"
                               r"\bfrom\s+(?:a\s+|the\s+)?(?:camp|hut|base\s+camp|shelter|refuge|"
                               r"Camp\s+\w+|[\w'’-]+\s+(?:hut|refuge|camp))\s+on(?:\s+the)?\s*$",
                               re.IGNORECASE)
#: what may stand between a source and the goal after it ("from London to Brussels")
#: the words between a motion cue and a town, naming a building reached in that town
_TO_BUILDING_IN = re.compile(r"\bto\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
                             # ("to the University Hospital of North Norway in Tromso")
                             r"(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?(?:in|at)$", re.IGNORECASE)
#: the same after a cue that ends in "to": "flew him to Lukla and then on to a hospital in"
_BUILDING_IN = re.compile(r"(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)",
                          re.IGNORECASE)
_TO_GAP = re.compile(r"(?:,?\s+in\s+(?:the\s+)?"
                     # ("from Rzeszow in southeastern Poland to Cologne")
                     r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                     r"north-?eastern|north-?western|south-?eastern|south-?western|far)\s+)?"
                     r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|"
                     r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},|"
                     # ("from Washington's Union Station to Wilmington": the source's own
                     # station or airport, placed only roughly, between the two)
                     r"['’]s\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
                     r"(?i:\s+(?:and\s+(?:then\s+)?)?(?:on\s+|back\s+)?to\s+(?:the\s+)?"
                     r"(?:(?:[\w'’-]+\s+){1,4}?of\s+|"
                     r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}['’]s\s+)?)")
# (the source may be placed in its country first: "from Yantian in China to Rotterdam", "from
# Sfax, Tunisia, to Lampedusa")
# ("to the British seaside resort of St Ives": the goal named after what it is)
#: a sentence that opens on the place it leaves: "From Dong Dang, ..."
_OPENING_FROM = re.compile(r"\s*From\s+(?:the\s+)?")
#: a route told inside the sentence's subject, before its verb of travel: "The Nightjet from
#: Vienna to Paris left at 7:40 p.m.", "A ferry from Dover to Calais docked"
_SUBJECT_FROM = re.compile(r"[\"“‘']?(?:The|A|An)\s+(?:[\w'’-]+\s+){1,3}?from\s+(?:the\s+)?|"
                           # ("Her first bus, from Berlin to Prague, took four and a half hours")
                           r"(?:Her|His|Their|Its|Our|My)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,\s+"
                           r"from\s+(?:the\s+)?")
#: a place's name, as far as its capitalised words go
_NAME = re.compile(r"[\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3}")
_SUBJECT_VERB = re.compile(
    r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*)?,?\s+"
    r"(?:has\s+|had\s+|was\s+|were\s+)?(?:left|leaves|departed|departs|arrived|arrives|"
    r"pulled|reached|reaches|set\s+off|set\s+out|took|takes|ran|runs|docked|docks|landed|"
    r"lands|sailed|sails|covered|covers|crossed|crosses|lasted|crashed|derailed|sank|capsized|"
    r"collided|"
    r"overturned|broke\s+down|caught\s+fire|was\s+hijacked|was\s+diverted|went\s+missing|"
    r"disappeared)\b")
# (a route told in the subject of an accident is still the trip: "A Greyhound bus from Toronto
# to Montreal crashed near Kingston")
#: what joins the items of a list of places: a comma, "and", "or", "as well as"
_LIST_GAP = re.compile(r"(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|"
                       r"province|state|region|county|prefecture|district)){0,2})?"
                       # (an item placed first: "at Shijiazhuang in Hebei province and at Wuhan")
                       # (and items the gazetteer lacks: "calling at Stavanger, Flam, Geiranger
                       # and Bergen")
                       r"(?:\s*,\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?(?=\s*,|\s+and\b))*"
                       # ("stopped in Yekaterinburg and again in Novosibirsk")
                       r"\s*,?\s*(?:(?:and|or|as\s+well\s+as)\s+(?:then\s+|again\s+|also\s+)?"
                       # ("at Visakhapatnam and at Vijayawada", "Coimbatore and the state
                       # capital Thiruvananthapuram"; not "Mariehamn in the Aland Islands")
                       r"(?:(?:at|in|to|through|via)\s+)?)?(?:the\s+)?"
                       r"(?:(?:state|provincial|regional|national|federal|old)\s+capital,?\s+)?",
                       re.IGNORECASE)
#: the way on from a place passed to the next goal: ", up the Welsh border to", " and then
#: across the Pennine fringes to"
_ON_ALONG_TO = re.compile(r"\s*,?\s*(?:and\s+)?(?:then\s+)?(?:up|down|along|across|over|"
                          r"through)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+to\s+"
                          r"(?:the\s+)?", re.IGNORECASE)
#: what joins two places each told with its own day: "reached Dandong on Monday night and
#: Beijing on Tuesday morning", "arrived in Sochi late on Friday and in Moscow the next day",
#: "flew on to Port Moresby on Sept. 6 and to Dili on Sept. 9"
_TIMED_LIST_GAP = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:(?:on|by)\s+)?(?:(?:" + "|".join(WEEKDAYS) + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:" + MONTH_NAMES + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH_NAMES + r")|that\s+(?:morning|afternoon|"
    r"evening|night)|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening))"
    r"\s*,?\s+and\s+(?:then\s+)?(?:(?:at|in|to)\s+)?(?:the\s+)?", re.IGNORECASE)
#: what joins two places when the first is described in between, the preposition told again:
#: "got off at Yekaterinburg, the city in the Urals often described as the gateway to Asia, and
#: at Novosibirsk"; "stopped in ... Irkutsk, near Lake Baikal, and in Khabarovsk"
_DESCRIBED_LIST_GAP = re.compile(r",\s+(?:the|a|an|(?:at|in|on|near)(?:\s+the)?)\s+"
                                 r"[^,;()]{1,80},\s*"
                                 r"(?:and|or)\s+(?:then\s+)?"
                                 # ("called at Obidos, at the river's narrowest point, and on
                                 # Monday at Santarem")
                                 r"(?:(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r")\s+|later\s+|"
                                 r"the\s+next\s+day\s+)?"
                                 r"(?:at|in|to|through|via)\s+(?:the\s+)?", re.IGNORECASE)


def _described_list(sentence: str, between: list[tuple[int, int]], start: int) -> bool:
    """Whether the places ``between`` a cue and the place at ``start`` are a list the place
    ends, its last member described before it with the preposition told again ("stopped in
    Krasnoyarsk and Irkutsk, near Lake Baikal, and in Khabarovsk": a place named in the
    description is no member)."""
    for j, (_, end) in enumerate(between):
        if _DESCRIBED_LIST_GAP.fullmatch(sentence, end, start):
            return True
        if j + 1 < len(between) and not _LIST_GAP.fullmatch(sentence, end, between[j + 1][0]):
            return False  # (the list broke before any description)
    return False


_CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|,\s+(?:but|while|which|who|where|as)\b|\bsaid\b",
                           re.IGNORECASE)
#: what stands between the place reached and the source after it: "(arrived in Riyadh) on
#: Monday night from (Jerusalem)"
_THEN_FROM = re.compile(r"(?:,\s+(?:the|a|an)\s+[^,;]{1,60},)?"
                        # ("flew into Erbil, the capital of Iraq's northern Kurdish region, from
                        # Baghdad")
                        r"(?:\s+(?:on|late|early|last|this|at|around|about)(?:\s+[\w.:]+){1,3})?"
                        r"\s+from\s+(?:the\s+)?")
#: what stands between the place left and the goal after "for": "(left Moscow) on Friday
#: night for (Vladivostok)"
_THEN_FOR = re.compile(r"(?:[’']s)?(?:\s+[\w.-]+){0,5}?\s+for\s+(?:the\s+)?")
#: a distance from a place, closing the words between a cue and it: where the traveller was
#: is told by that place, not at it
_AWAY_FROM = re.compile(r"\d\s*(?:km|kilometres?|kilometers?|miles?|mi|nautical\s+miles?|nm)"
                        r"(?:\s*\([^)]*\))?\s+"
                        r"(?:[a-z-]+\s+)?(?:from|of|off|short\s+of)(?:\s+(?:the|a)\s+[\w\s]*)?$",
                        re.IGNORECASE)
#: words naming the traveller's party, for "the train departed", "his delegation was seen off"
TRAVEL_PARTY = frozenset(
    [
        "he", "his", "him", "she", "her", "they", "their", "them", "couple", "pair", "family",
        "team", "squad", "crew", "train", "motorcade", "delegation", "convoy", "entourage",
        "party", "plane", "aircraft", "jet", "ship", "liner", "vessel", "ferry", "motorcade's",
        "train's", "delegation's", "couple's", "team's", "ship's", "passengers", "travellers",
        "travelers", "tourists", "pilgrims", "flight", "airliner", "boeing", "airbus",
        "helicopter", "bus", "coach", "truck", "lorry", "yacht", "boat", "submarine", "rider",
        "trucks", "lorries", "buses", "coaches", "group",
        "riders", "peloton", "convoy's", "service", "race", "stage", "rally", "marathon",
        "caravan", "expedition", "column", "procession", "leg", "musicians", "players", "band",
        "torch", "flame", "hearse", "cortege", "cortège", "coffin", "casket",
        "orchestra", "troupe", "athletes", "migrants", "refugees", "evacuees", "troops",
        "families", "civilians", "hostages", "detainees", "protesters",
        "demonstrators", "marchers", "hikers", "climbers", "cyclists", "sailors", "swimmer",
        "swimmers", "rower", "rowers", "skier", "skiers", "walker", "walkers", "kayaker",
        "kayakers", "canoeist", "canoeists", "paddler", "paddlers", "cyclist", "runner",
        "runners",
        "we", "us", "our"
    ]
)


def _subject_route(sentence: str, start: int,
                   blockers: list[tuple[int, int]]) -> Action | None:
    """The role of a place in a route told inside the subject ("The Nightjet from Vienna to
    Paris left"): the place after "from" is left, the one after "to" is the goal; None when
    the sentence does not open so, or no verb of travel follows the route."""
    name = _NAME.match(sentence, start)
    end = name.end() if name else start
    if _SUBJECT_FROM.fullmatch(sentence, 0, start):
        return "depart" if _SUBJECT_VERB.match(sentence, end) else None
    for a, b in blockers:
        if a < start and _SUBJECT_FROM.fullmatch(sentence, 0, a) and _TO_GAP.fullmatch(
                sentence, b, start):
            return "goal" if _SUBJECT_VERB.match(sentence, end) else None
    return None


def _owners_joined(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of names with an owner's possessive and the place it owns made one: "from Tokyo's
    Haneda airport to Seoul" has one place between the cue and Seoul, not two."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _OWNED.fullmatch(sentence, out[-1][1], a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


#: what joins an owner to what it owns: the possessive, or nothing where the owner's span
#: already ends on it ("Tokyo's" read with its "'s"); and a place to the town it lies by or
#: in ("from Joint Base Andrews outside Washington to Rzeszow": one place left)
_OWNED = re.compile(r"['’]s\s+|\s*|,?\s+(?:just\s+)?(?:outside|near|in)\s+(?:the\s+)?")


#: "by" and the words of a vehicle before its noun: "by armored train", "by private jet"
_BY_A_VEHICLE = re.compile(r"\bby\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: words that tie a place to a vehicle's own trip: "by train from Przemysl"
_ROUTE_WORD = re.compile(r"\b(?:from|to|for|via|toward|towards|into|through)\b", re.IGNORECASE)


def motion_role(sentence: str, start: int, *, landmark: bool,
                blockers: list[tuple[int, int]]) -> Action | None:
    """The motion a mention at ``start`` is the goal or source of, or None.

    ``blockers`` are spans of other city/landmark mentions: a cue does not reach over them
    (in "left Beijing for Dandong" the goal of "for" is Dandong, not both).
    """
    before = sentence[max(0, start - 120):start]
    offset = start - len(before)
    low = before.lower()
    # lower-cased text is searched several times faster than with IGNORECASE; lower-casing
    # keeps offsets except for a few letters ("İ"), and then the text itself is searched
    fast = len(low) == len(before)
    # (a break word inside a place's name is none: "from Port Said to El Arish")
    br = [m for m in _CLAUSE_BREAK.finditer(low if fast else before)
          if not any(a <= offset + m.start() < b for a, b in blockers)]
    if br:
        cut = br[-1].end()
        before = before[cut:]
        low = low[cut:]
        offset += cut
    if _OPENING_FROM.fullmatch(sentence, 0, start):
        return "depart"  # "From Dong Dang, Kim drove to Hanoi": the place left
    subject = _subject_route(sentence, start, blockers)
    if subject is not None:
        return subject
    best: tuple[int, Action, re.Match[str]] | None = None
    prior: tuple[int, Action, re.Match[str]] | None = None
    scanned = low if fast else before  # (the text the cues' offsets are in)
    cues = _CUE_LOW.finditer(low) if fast else _CUE.finditer(before)
    for m in cues:
        if blockers and any(a <= offset + m.start() < b for a, b in blockers):
            continue  # a word of another place's name: "Tours" is no tour
        action: Action = m.lastgroup  # type: ignore[assignment]
        prior, best = best, (m.end(), action, m)
    if best is None:
        if FROM_END.search(before) and _THEN_SETS_OFF.match(sentence, start):
            # "collected the container from Mombasa port at 6 a.m. and headed inland": the
            # place the trip set off from, told before the verb of going
            return "depart"
        return None
    if (prior is not None and prior[2][0].casefold().split()[0] in _ON_AND_OFF
            and best[2][0].casefold() in (*_VEHICLE_NOUNS, "walk")):
        # "boarded a bullet train in Tokyo (for Osaka)", "stepped off his train at Dong
        # Dang": getting on or off is the cue, not the vehicle (nor what it was for: "got
        # off for a short walk at Yekaterinburg")
        best = prior
    elif (prior is not None and best[2][0].casefold() in _VEHICLE_NOUNS
          and _BY_A_VEHICLE.search(scanned, 0, best[2].start())
          and not _ROUTE_WORD.search(scanned, best[2].end())):
        # "arrived by armored train at the Vostochny Cosmodrome": the way, told after the
        # verb, is no cue of its own (but "crossed into Ukraine by train from Przemysl" is
        # the train's leaving)
        best = prior
    elif (prior is not None and prior[2][0].casefold() in _STOPPED
          and best[2][0].casefold() in _MEALS):
        best = prior  # "stopped for lunch in Valdosta": a stop, whatever it was for
    elif (prior is not None and prior[2][0].casefold() in _BEGAN
          and best[2][0].casefold() in _TRIP_NOUNS
          and re.fullmatch(r"\s*(?:the|a|an|his|her|their|its)\s+",
                           scanned[prior[0]:best[2].start()], re.IGNORECASE)
          and re.fullmatch(r"\s+(?:in|at|from)\s+(?:the\s+)?", scanned[best[0]:], re.IGNORECASE)):
        best = prior  # "began the trip in Istanbul": where it began, not a trip's goal
    end, action, m = best
    if action in ("goal", "depart") and _PAST_END.search(before, end):
        return "pass"  # "sailed downstream past Linz (to Vienna)": passed on the way
    gap = re.sub(r"(?:\b(?:the|a|an|its|his|her|their)\s*)+$", "", before[end:].strip(),
                 flags=re.IGNORECASE)
    # how it went, which says nothing of where: "continued at reduced speed under its own
    # power to the port of Naxos"
    gap = _MANNER.sub("", gap)
    # (and how far: "spent two days driving some 1,000 km (620 miles) south on the
    # Pan-American Highway to Puerto Montt")
    if _HAS_DIGIT.search(gap):
        gap = _HOW_FAR.sub("", gap)
    # "from the Polish border town of Przemysl", "to the Italian island of Lampedusa": the
    # place named after what it is stands where the description does
    gap = _WHAT_IT_IS.sub(r"\1", gap)
    # "to Russia's Vladivostok", "from Alaska's Prudhoe Bay": the place named after its owner
    gap = _OWNER_END.sub(r"\1", gap)
    if action in ("visit", "pass"):
        # "after calling at 32 ports, including Trondheim and Tromso": the ports named
        gap = _COUNTED_STOPS.sub("", gap)
    words = gap.split()
    cue = m[0].casefold()
    if action == "depart" and re.search(r"\bfor$", gap, re.IGNORECASE) and len(words) <= 6:
        return "goal"  # "left Pyongyang for Beijing": the place after "for" is the goal
    between = _owners_joined(sentence, [(a, b) for a, b in blockers if offset + end <= a < start])
    if between:
        # "flew from London to Brussels": the goal lies past the source, and only there
        a, b = between[0]
        if (len(between) == 1 and action != "visit"
                and (FROM_END.search(sentence[offset + end:a])
                     or cue in ("via", "through", "by way of")
                     or _PAST_END.search(sentence[offset + end:a])
                     or _FROM_BUILDING_IN.search(sentence[offset + end:a].rstrip()))
                and (_TO_GAP.fullmatch(sentence[b:start])
                     or _TO_BUILDING_IN.search(sentence[b:start].rstrip()))):
            # also "via Dubai to Nairobi": the goal lies past the stop-over; and "from Zermatt
            # to the hospital in Visp": the town of the building reached
            return "goal"
        if (len(between) == 1 and action in ("goal", "arrive")
                and _THEN_FROM.fullmatch(sentence, b, start)):
            return "depart"  # "flew to London from Madrid", "arrived in Hanoi from Beijing"
        # "visited Erbil and Mosul", "toured Dandong, Shenyang and Dalian": the places listed
        # after one cue share its role
        nexts = [*(x for x, _ in between[1:]), start]
        if all(_LIST_GAP.fullmatch(sentence, b, nxt)
               for (_, b), nxt in zip(between, nexts, strict=True)) or (
                len(between) == 1 and _TIMED_LIST_GAP.fullmatch(sentence, b, start)) or (
                _described_list(sentence, between, start)):
            return motion_role(sentence, a, landmark=landmark,
                               blockers=[x for x in blockers if x[0] < a])
        if action == "pass" and cue in ("via", "through", "by way of") and all(
                _LIST_GAP.fullmatch(sentence, b, nxt)
                for (_, b), (nxt, _) in pairwise(between)) and (
                _TO_GAP.fullmatch(sentence[between[-1][1]:start])):
            # "sailed by way of Port Said, Colombo, Singapore and Hong Kong to Yokohama": the
            # goal past the places listed on the way
            return "goal"
        if action == "depart" and _THEN_FOR.fullmatch(sentence, between[-1][1], start):
            return "goal"  # "left Moscow's Yaroslavsky station on Friday night for Vladivostok"
        if action in ("goal", "pass") and _ON_ALONG_TO.fullmatch(sentence, between[-1][1],
                                                                  start):
            # "took her through Exeter and Bristol, up the Welsh border to Chester and then
            # across the Pennine fringes to Kendal": the way goes on to the next goal
            return "goal"
        return None
    if words and words[-1].casefold() == "from" and (
            len(words) <= 3 or (cue in _TRIP_NOUNS and len(words) <= 9)) and (
            action in ("goal", "pass", "arrive") or cue in ("returned", "return", "back")):
        # "flew from London", "returned from Beijing", "a flight of about 15,000 kilometres
        # from Washington", "arriving from Bogota": the place left
        return "depart"
    if action in ("goal", "pass") and _FROM_BUILDING_IN.search(gap):
        # "evacuated from the Azovstal steel plant in Mariupol", "flew out from the air base
        # at Ramstein": the town of the building left
        return "depart"
    if action == "goal" and cue not in ("back",) and (_TO_BUILDING_IN.search(gap) or (
            cue.endswith("to") and _BUILDING_IN.fullmatch(gap.strip()))):
        # "airlifted from a hut on the Matterhorn to the hospital in Visp": the town of the
        # building reached
        return "goal"
    if action == "pass" and _BESIDE.search(gap):
        return None  # "passing south of Orlando", "passed near Shenyang": not through it
    if (action == "pass" and cue in ("through", "via", "crossed", "crosses", "crossing")
            and words and words[-1].casefold() in ("to", "toward", "towards") and len(words) <= 4):
        # "the final run through the wheatbelt to Perth": where the way through it goes (and
        # "then crossed to Brindisi", "crossed the Pacific to San Francisco")
        return "goal"
    if action in ("goal", "pass"):
        # "crossed into Russia at the border town of Khasan": where it crossed, told after
        # the country it entered
        if len(words) > (9 if (action == "pass" and _PREP_END.search(gap))
                         or (words and words[0].casefold() in _WAY_WORDS) else 6):
            return None
        if action == "goal":
            if cue in ("reach", "reached"):
                return "goal"
            if cue == "back" and words and words[-1].casefold() in ("in", "at"):
                return "arrive"  # "was back in Pyongyang on Saturday"
            if not _PREP_END.search(gap) and words:
                return None
            if words and words[-1].casefold() not in ("to", "for", "toward", "towards", "of",
                                                       "into"):
                return None
        return action
    if action == "visit" and _AWAY_FROM.search(gap):
        return None  # "stopped about 100 km from the port of Muscat": near it, not there
    if action == "visit":
        if cue in ("met", "meeting", "talks", "lunch", "dinner", "banquet", "hosted", "held",
                   "dined", "dine", "dining", "attended", "attending") and not landmark:
            return None
        limit = 10 if _PREP_END.search(gap) else 3
        if len(words) > limit:
            return None
        if words and not _PREP_END.search(gap) and len(words) > 2:
            return None
        return "visit"
    if action == "depart":
        limit = 10 if _PREP_END.search(gap) else 2
        if len(words) > limit:
            return None
        if cue.startswith("board") and re.search(r"\b(?:to|for|towards?)$", gap,
                                                  re.IGNORECASE):
            return "goal"  # "boarded a flight to Paris": where it goes, not where it left
        return "depart"
    if action == "arrive":
        if len(words) > 4 and not _PREP_END.search(gap):
            return None
        if _AWAY_FROM.search(gap):
            return None  # "had reached a point about 200 kilometers from the capital": near it
        return "arrive"
    return None


#: the pronouns of each gender, for a story whose traveller the text gives one (see
#: :func:`pronouns_of_others`)
_FEMININE = frozenset({"she", "her", "hers", "herself"})
_MASCULINE = frozenset({"he", "his", "him", "himself"})


def pronouns_of_others(named: Sequence[tuple[str, Sequence[Any]]]) -> frozenset[str]:
    """The pronouns that cannot be the traveller's, from the sentences that name the
    traveller (their text and tokens; words quoted are someone speaking of others): a story
    whose traveller is only ever "she" there tells of someone else in a sentence whose only
    person is "he" ("Then he turned around and drove back to Khartoum", said of a driver in
    the U.N. officer's quote)."""
    lows = [t.low for text, tokens in named for t in tokens
            if not _quoted(text, t.start)]
    feminine = any(w in _FEMININE for w in lows)
    masculine = any(w in _MASCULINE for w in lows)
    if feminine and not masculine:
        return _MASCULINE
    if masculine and not feminine:
        return _FEMININE
    return frozenset()


def _quoted(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands inside quotation marks in ``text``."""
    before = text[:at]
    return (before.count('"') % 2 == 1 or before.count("“") > before.count("”"))


def about_traveller(tokens: Sequence[Any], traveller_tokens: set[str],
                    others: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence (its tokens, with ``.low``) speaks of the traveller or the party
    (``others``: pronouns that are someone else's, see :func:`pronouns_of_others`)."""
    for t in tokens:
        low = t.low
        if low in others:
            continue
        if low in traveller_tokens or low in TRAVEL_PARTY:
            return True
        if "-" in low and any(p in traveller_tokens for p in low.split("-")):
            return True
    return False
