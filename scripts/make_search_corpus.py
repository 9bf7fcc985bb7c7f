#!/usr/bin/env python
"""Generate the shipped Search-QA corpus and QA sets from a fictional world of structured facts.

    python scripts/make_search_corpus.py [--out_dir agent_system/environments/env_package/search/data]

Writes corpus.jsonl ({"id", "contents": '"Title"\\ntext'}), train.parquet and test.parquet (the
processed Search-R1 layout, see search/tasks.py) and is deterministic: the same seed gives the same
files. Everything is invented (people, places, works, companies), so a model cannot answer from
memory and must search; the data is OURS and its numbers are NOT comparable with the paper's
(which uses wiki-18 and the real NQ/HotpotQA/... test sets).

Question styles are named after the Search-R1 data sources they imitate:
    nq, triviaqa, popqa      one fact, one passage
    hotpotqa                 bridge questions (two passages) and comparisons of two entities
    2wikimultihopqa          compositions, comparisons, same-nationality yes/no questions
    musique                  two- and three-step compositions
    bamboogle                short two-step compositions
Every multi-hop question is checked here: its answer does not occur in the first passage it needs,
so it takes at least two retrievals. Train = nq + hotpotqa (like Search-R1's train set); test = all
seven sources. A fact asked about in the test set is never asked about in the train set.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent_system.environments.env_package.search.answer_scoring import normalize_answer  # noqa: E402
from agent_system.environments.env_package.search.tasks import DATA_DIR, processed_row, write_parquet  # noqa: E402

SEED = 1729
TEST_SIZES = {"nq": 80, "triviaqa": 60, "popqa": 60, "hotpotqa": 80, "2wikimultihopqa": 60, "musique": 40,
              "bamboogle": 30}
TRAIN_SIZES = {"nq": 500, "hotpotqa": 500}

ONSETS = ["b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "th",
          "tr", "v", "w", "z", "sh", "c", "j"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia"]
CODAS = ["", "", "n", "r", "l", "s", "th", "k", "m", "nd", "rt", "sk", "v"]
ADJECTIVES = ["Silent", "Glass", "Hollow", "Crimson", "Northern", "Broken", "Golden", "Winter", "Last", "Hidden",
              "Distant", "Iron", "Paper", "Quiet", "Burning", "Salt", "Velvet", "Amber", "Lonely", "Wild", "Pale",
              "Second", "Sunken", "Bright", "Forgotten", "Narrow", "Seventh", "Scarlet", "Frozen", "Wandering"]
NOUNS = ["Orchard", "Harbour", "Lantern", "Garden", "Mirror", "Tower", "Letter", "Voyage", "Shore", "Crown",
         "Bridge", "Archive", "Meadow", "Signal", "Compass", "Orchestra", "Cathedral", "Island", "Season", "Gate",
         "Clockmaker", "Ferryman", "Map", "Winter", "Choir", "Lighthouse", "Border", "Almanac", "Weaver", "Hour"]
BOOK_GENRES = ["mystery", "historical", "romance", "adventure", "science fiction", "satirical", "coming-of-age",
               "crime", "fantasy", "epistolary"]
FILM_GENRES = ["drama", "comedy", "war", "thriller", "musical", "western", "romantic", "science fiction", "crime",
               "animated"]
BUILDING_TYPES = ["concert hall", "library", "railway station", "museum", "bridge", "opera house", "observatory",
                  "town hall"]
SEAS = ["the Grey Sea", "the Amber Sea", "the Northern Ocean", "the Bay of Tols", "Lake Vimar", "Lake Orrin",
        "the Gulf of Sarn", "the Pale Sea", "Lake Dunmere", "the Outer Sound", "the Western Ocean", "Lake Kesh"]
INDUSTRIES = {"Motors": "carmaker", "Works": "engineering", "Press": "publishing", "Studios": "film production",
              "Foods": "food processing", "Textiles": "textile", "Shipping": "shipping",
              "Pharmaceuticals": "pharmaceutical", "Records": "record label", "Airlines": "airline"}
OCCUPATIONS = {  # occupation -> (count, answer aliases)
    "novelist": (170, ["novelist", "writer", "author"]),
    "poet": (50, ["poet", "writer"]),
    "film director": (70, ["film director", "director", "filmmaker"]),
    "actor": (100, ["actor", "actress"]),
    "painter": (60, ["painter", "artist"]),
    "composer": (60, ["composer"]),
    "physicist": (50, ["physicist", "scientist"]),
    "chemist": (40, ["chemist", "scientist"]),
    "architect": (60, ["architect"]),
    "explorer": (50, ["explorer", "mountaineer"]),
    "businessperson": (190, ["businessperson", "entrepreneur", "businessman", "businesswoman"]),
}
AWARD_FIELDS = {"literature": ["novelist", "poet"], "film": ["film director", "actor"], "painting": ["painter"],
                "music": ["composer"], "physics": ["physicist"], "chemistry": ["chemist"],
                "architecture": ["architect"], "exploration": ["explorer"]}
COUNTRY_SUFFIXES = [("ia", "ian", "ese"), ("ora", "oran", "oric"), ("and", "andic", "andic"), ("esh", "eshi", "eshi"),
                    ("avia", "avian", "avic"), ("ar", "ari", "ari"), ("ovia", "ovian", "ovic"), ("ene", "enean", "enic")]


@dataclass
class World:
    countries: list = field(default_factory=list)
    cities: list = field(default_factory=list)
    rivers: list = field(default_factory=list)
    mountains: list = field(default_factory=list)
    universities: list = field(default_factory=list)
    people: list = field(default_factory=list)
    companies: list = field(default_factory=list)
    books: list = field(default_factory=list)
    films: list = field(default_factory=list)
    buildings: list = field(default_factory=list)
    awards: list = field(default_factory=list)


class Names:
    """Unique invented words and titles."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def word(self, syllables: tuple[int, int] = (2, 3)) -> str:
        while True:
            n = self.rng.randint(*syllables)
            text = "".join(self.rng.choice(ONSETS) + self.rng.choice(VOWELS) for _ in range(n - 1))
            text += self.rng.choice(ONSETS) + self.rng.choice(VOWELS) + self.rng.choice(CODAS)
            text = text.capitalize()
            if 4 <= len(text) <= 10 and text.lower() not in self.used:
                self.used.add(text.lower())
                return text

    def unique(self, make) -> str:
        while True:
            text = make()
            if text.lower() not in self.used:
                self.used.add(text.lower())
                return text


def _listing(items: list[str], last: str = " and ") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def thousands(n: int) -> str:
    return f"{n:,}"


# ---------------------------------------------------------------------------------------------- the world
def build_world(rng: random.Random) -> World:
    names = Names(rng)
    world = World()

    for i in range(24):
        suffix, demonym, language = COUNTRY_SUFFIXES[i % len(COUNTRY_SUFFIXES)]
        stem = names.unique(lambda: names.word((2, 2)).rstrip("aeiou") + suffix)[: -len(suffix)]
        world.countries.append({"name": stem + suffix, "demonym": stem + demonym, "language": stem + language,
                                "currency": names.word((2, 2)).lower(), "founded": rng.randint(1200, 1950),
                                "cities": [], "rivers": [], "mountains": []})
    for country in world.countries:
        range_name = f"{names.word((2, 3))} Mountains"
        for _ in range(2):
            mountain = {"name": f"Mount {names.word((2, 3))}", "country": country["name"], "range": range_name,
                        "height": rng.randrange(1200, 7900), "climbed_by": None, "climbed": None}
            world.mountains.append(mountain)
            country["mountains"].append(mountain)
        for j in range(2):
            river = {"name": f"{names.word((1, 2))} River", "country": country["name"],
                     "length": rng.randrange(80, 2400), "source": country["mountains"][j]["name"],
                     "mouth": rng.choice(SEAS), "cities": []}
            world.rivers.append(river)
            country["rivers"].append(river)
        for j in range(8):
            river = country["rivers"][j % 2]
            city = {"name": names.word((2, 3)), "country": country["name"], "river": river["name"],
                    "founded": rng.randint(800, 1850), "population": rng.randrange(20, 2400) * 1000,
                    "capital": j == 0}
            river["cities"].append(city["name"])
            world.cities.append(city)
            country["cities"].append(city)
        country["capital"] = country["cities"][0]["name"]
        country["highest"] = max(country["mountains"], key=lambda m: m["height"])["name"]
    for city in world.cities[::3]:
        world.universities.append({"name": f"University of {city['name']}", "city": city["name"],
                                   "founded": rng.randint(1100, 1900)})

    given = [names.word((2, 2)) for _ in range(220)]
    surnames = [names.word((2, 3)) for _ in range(520)]
    occupations = [occ for occ, (count, _) in OCCUPATIONS.items() for _ in range(count)]
    rng.shuffle(occupations)
    full_names: set[str] = set()
    for occupation in occupations:
        while True:
            name = f"{rng.choice(given)} {rng.choice(surnames)}"
            if name not in full_names:
                full_names.add(name)
                break
        city = rng.choice(world.cities)
        born = rng.randint(1820, 1975)
        country = next(c for c in world.countries if c["name"] == city["country"])
        unis = [u for u in world.universities if u["founded"] < born]
        world.people.append({
            "name": name, "occupation": occupation, "born": born, "birth_city": city["name"],
            "country": country["name"], "demonym": country["demonym"], "pronoun": rng.choice(["He", "She"]),
            "university": rng.choice(unis)["name"] if unis and occupation != "explorer" and rng.random() < 0.8 else None,
            "spouse": None, "married": None, "works": [], "award": None,
        })
    by_occupation = defaultdict(list)
    for person in world.people:
        by_occupation[person["occupation"]].append(person)

    singles = list(world.people)
    rng.shuffle(singles)
    for a, b in zip(singles[0:300:2], singles[1:300:2]):
        if abs(a["born"] - b["born"]) <= 15:
            year = max(a["born"], b["born"]) + rng.randint(20, 35)
            a["spouse"], b["spouse"], a["married"], b["married"] = b["name"], a["name"], year, year

    def title() -> str:
        forms = [lambda: f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}",
                 lambda: f"{rng.choice(NOUNS)} of {rng.choice(world.cities)['name']}",
                 lambda: f"The {rng.choice(NOUNS)} and the {rng.choice(NOUNS)}",
                 lambda: f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}s"]
        while True:
            text = names.unique(rng.choice(forms))
            if len(set(text.split())) == len(text.split()):
                return text

    suffixes = list(INDUSTRIES)
    founders = list(by_occupation["businessperson"])
    rng.shuffle(founders)
    for i, founder in enumerate(founders):
        suffix = suffixes[i % len(suffixes)]
        company = {"name": f"{names.word((2, 3))} {suffix}", "industry": INDUSTRIES[suffix], "founder": founder["name"],
                   "founded": founder["born"] + rng.randint(24, 50), "city": rng.choice(world.cities)["name"]}
        world.companies.append(company)
        founder["works"].append(("company", company["name"], company["founded"]))
    presses = [c for c in world.companies if c["industry"] == "publishing"]
    studios = [c for c in world.companies if c["industry"] == "film production"]

    for writer in by_occupation["novelist"] + by_occupation["poet"]:
        for _ in range(rng.choice([1, 1, 2, 3])):
            year = writer["born"] + rng.randint(24, 65)
            press = rng.choice([p for p in presses if p["founded"] <= year] or presses)
            kind = "novel" if writer["occupation"] == "novelist" else "poetry collection"
            book = {"title": title(), "author": writer["name"], "year": year, "genre": rng.choice(BOOK_GENRES),
                    "kind": kind, "publisher": press["name"], "setting": rng.choice(world.cities)["name"]}
            world.books.append(book)
            writer["works"].append(("book", book["title"], year))
    actors = by_occupation["actor"]
    for director in by_occupation["film director"]:
        for _ in range(rng.choice([1, 2, 2, 3])):
            year = director["born"] + rng.randint(28, 60)
            cast = [a for a in actors if year - 70 <= a["born"] <= year - 18] or actors
            studio = rng.choice([s for s in studios if s["founded"] <= year] or studios)
            film = {"title": title(), "director": director["name"], "year": year,
                    "genre": rng.choice(FILM_GENRES), "star": rng.choice(cast)["name"], "studio": studio["name"],
                    "location": rng.choice(world.cities)["name"]}
            world.films.append(film)
            director["works"].append(("film", film["title"], year))
    for architect in by_occupation["architect"]:
        for _ in range(rng.choice([1, 1, 2])):
            kind = rng.choice(BUILDING_TYPES)
            city = rng.choice(world.cities)["name"]
            name = f"{names.word((2, 3))} {kind.title()}"  # no city in the name: finding the city is a hop
            year = architect["born"] + rng.randint(30, 60)
            world.buildings.append({"name": name, "kind": kind, "city": city, "architect": architect["name"],
                                    "year": year})
            architect["works"].append(("building", name, year))
    explorers = list(by_occupation["explorer"])
    for mountain in world.mountains:
        explorer = rng.choice(explorers)
        mountain["climbed_by"], mountain["climbed"] = explorer["name"], explorer["born"] + rng.randint(22, 45)
        explorer["works"].append(("ascent", mountain["name"], mountain["climbed"]))
    for award_field, occupations_ in AWARD_FIELDS.items():
        established = rng.randint(1880, 1930)
        eligible = [p for occ in occupations_ for p in by_occupation[occ] if p["born"] + 30 <= established + 1]
        first = rng.choice(eligible)
        award = {"name": f"{names.word((2, 3))} Prize", "field": award_field, "established": established,
                 "first_recipient": first["name"], "first_year": established + 1}
        world.awards.append(award)
        first["award"] = (award["name"], established + 1)
        for occ in occupations_:
            for person in by_occupation[occ]:
                if person["award"] is None and rng.random() < 0.35:
                    year = person["born"] + rng.randint(35, 70)
                    if year > established + 1:
                        person["award"] = (award["name"], year)
    return world


# ---------------------------------------------------------------------------------------------- passages
def passages(world: World) -> tuple[list[dict], dict[tuple[str, str], list[str]]]:
    """Corpus rows, plus (kind, entity name) -> passage ids (in passage order)."""
    rows: list[dict] = []
    where: dict[tuple[str, str], list[str]] = defaultdict(list)

    def add(kind: str, key: str, title: str, text: str) -> None:
        pid = str(len(rows) + 1)
        rows.append({"id": pid, "contents": f'"{title}"\n{text}'})
        where[(kind, key)].append(pid)

    for c in world.countries:
        add("country", c["name"], c["name"],
            f"{c['name']} is a country whose capital is {c['capital']}. Its official language is {c['language']} and "
            f"its currency is the {c['currency']}. It became an independent state in {c['founded']}. Its highest "
            f"peak is {c['highest']}, and its main rivers are the {c['rivers'][0]['name']} and the "
            f"{c['rivers'][1]['name']}.")
    for city in world.cities:
        role = ", of which it is the capital" if city["capital"] else ""
        add("city", city["name"], city["name"],
            f"{city['name']} is a city in {city['country']}{role}. Founded in {city['founded']}, it lies on the "
            f"{city['river']} and has about {thousands(city['population'])} inhabitants.")
    for river in world.rivers:
        add("river", river["name"], river["name"],
            f"The {river['name']} is a river in {river['country']}, {thousands(river['length'])} kilometres long. "
            f"It rises on {river['source']} and flows into {river['mouth']}, passing through "
            f"{', '.join(river['cities'][:-1])} and {river['cities'][-1]}.")
    for m in world.mountains:
        add("mountain", m["name"], m["name"],
            f"{m['name']} is a mountain of the {m['range']} in {m['country']}, {thousands(m['height'])} metres high. "
            f"It was first climbed in {m['climbed']} by the explorer {m['climbed_by']}.")
    for u in world.universities:
        add("university", u["name"], u["name"],
            f"The {u['name']} is a public university in the city of {u['city']}, founded in {u['founded']}.")
    for p in world.people:
        pronoun = p["pronoun"]
        possessive = "His" if pronoun == "He" else "Her"
        text = f"{p['name']} (born {p['born']} in {p['birth_city']}) was a {p['demonym']} {p['occupation']}."
        if p["university"]:
            text += f" {pronoun} studied at the {p['university']}."
        if p["spouse"]:
            text += f" In {p['married']} {pronoun.lower()} married {p['spouse']}."
        add("person", p["name"], p["name"], text)
        career = []
        by_kind = defaultdict(list)
        for kind, name, year in p["works"]:
            by_kind[kind].append(f"{name} ({year})")
        if by_kind["book"]:
            career.append(f"{possessive} works include {_listing(by_kind['book'])}.")
        if by_kind["film"]:
            career.append(f"{pronoun} directed {_listing(by_kind['film'])}.")
        if by_kind["company"]:
            career.append(f"{pronoun} founded {_listing(by_kind['company'])}.")
        if by_kind["building"]:
            career.append(f"{pronoun} designed the {_listing(by_kind['building'], ' and the ')}.")
        if by_kind["ascent"]:
            noun = "ascent" if len(by_kind["ascent"]) == 1 else "ascents"
            career.append(f"{pronoun} made the first {noun} of {_listing(by_kind['ascent'])}.")
        if p["award"]:
            career.append(f"{pronoun} received the {p['award'][0]} in {p['award'][1]}.")
        if career:
            opening = f"{p['name']} is remembered for {possessive.lower()} work as {_a(p['occupation'])}."
            add("person", p["name"], p["name"], opening + " " + " ".join(career))
    for b in world.books:
        add("book", b["title"], b["title"],
            f"{b['title']} is a {b['year']} {b['genre']} {b['kind']} by {b['author']}, published by {b['publisher']}. "
            f"It is set in the city of {b['setting']}.")
    for f in world.films:
        add("film", f["title"], f["title"],
            f"{f['title']} is a {f['year']} {f['genre']} film directed by {f['director']} and starring {f['star']}. "
            f"It was produced by {f['studio']} and shot in {f['location']}.")
    for c in world.companies:
        add("company", c["name"], c["name"],
            f"{c['name']} is a {c['industry']} company founded in {c['founded']} by {c['founder']}. Its headquarters "
            f"are in {c['city']}.")
    for b in world.buildings:
        add("building", b["name"], b["name"],
            f"The {b['name']} is a {b['kind']} in {b['city']}, designed by the architect {b['architect']} and "
            f"completed in {b['year']}.")
    for a in world.awards:
        add("award", a["name"], a["name"],
            f"The {a['name']} is an award for achievement in {a['field']}, established in {a['established']}. It "
            f"was first given to {a['first_recipient']} in {a['first_year']}.")
    return rows, where


# ---------------------------------------------------------------------------------------------- questions
@dataclass
class Question:
    source: str
    template: str
    question: str
    answers: list[str]
    hops: list[tuple[str, str]]  # (kind, entity) of each passage needed, in order
    facts: frozenset            # fact keys, to keep test facts out of train


def _numbers(n: int, unit: str, alt_unit: str, short: str) -> list[str]:
    return [f"{thousands(n)} {unit}", f"{thousands(n)} {alt_unit}", f"{thousands(n)} {short}", thousands(n)]


def _river(name: str) -> list[str]:
    return [name, name.replace(" River", "")]


def _mountain(name: str) -> list[str]:
    return [name, name.replace("Mount ", "")]


def _occupation(occ: str) -> list[str]:
    return OCCUPATIONS[occ][1]


def generate_questions(world: World, rng: random.Random) -> dict[str, list[Question]]:
    person = {p["name"]: p for p in world.people}
    city = {c["name"]: c for c in world.cities}
    country = {c["name"]: c for c in world.countries}
    company = {c["name"]: c for c in world.companies}
    mountain = {m["name"]: m for m in world.mountains}
    river = {r["name"]: r for r in world.rivers}
    award = {a["name"]: a for a in world.awards}
    pool: dict[str, list[Question]] = defaultdict(list)

    def q(source, template, text, answers, hops, *facts):
        pool[source].append(Question(source, template, text, list(answers), list(hops), frozenset(facts)))

    # --- one passage
    for b in world.books:
        q("nq", "book_author", f"who wrote {b['title'].lower()}", [b["author"]], [("book", b["title"])], ("author", b["title"]))
        q("nq", "book_year", f"when was {b['title'].lower()} published", [str(b["year"])], [("book", b["title"])], ("year", b["title"]))
        q("popqa", "book_author", f"Who is the author of {b['title']}?", [b["author"]], [("book", b["title"])], ("author", b["title"]))
        q("popqa", "book_genre", f"What genre is {b['title']}?", [b["genre"], f"{b['genre']} {b['kind']}"], [("book", b["title"])], ("genre", b["title"]))
        q("triviaqa", "book_setting", f"In which city is the {b['kind']} '{b['title']}' set?", [b["setting"]], [("book", b["title"])], ("setting", b["title"]))
        q("triviaqa", "book_publisher", f"Which publishing house first published '{b['title']}'?", [b["publisher"]], [("book", b["title"])], ("publisher", b["title"]))
    for f in world.films:
        q("nq", "film_director", f"who directed {f['title'].lower()}", [f["director"]], [("film", f["title"])], ("director", f["title"]))
        q("nq", "film_star", f"who starred in the film {f['title'].lower()}", [f["star"]], [("film", f["title"])], ("star", f["title"]))
        q("popqa", "film_director", f"Who was the director of {f['title']}?", [f["director"]], [("film", f["title"])], ("director", f["title"]))
        q("popqa", "film_producer", f"Who was the producer of {f['title']}?", [f["studio"]], [("film", f["title"])], ("studio", f["title"]))
        q("triviaqa", "film_year", f"In what year was the {f['genre']} film '{f['title']}' released?", [str(f["year"])], [("film", f["title"])], ("year", f["title"]))
        q("triviaqa", "film_location", f"In which city was the film '{f['title']}' shot?", [f["location"]], [("film", f["title"])], ("location", f["title"]))
    for c in world.companies:
        q("nq", "company_founded", f"when was {c['name'].lower()} founded", [str(c["founded"])], [("company", c["name"])], ("founded", c["name"]))
        q("nq", "company_founder", f"who founded {c['name'].lower()}", [c["founder"]], [("company", c["name"])], ("founder", c["name"]))
        q("popqa", "company_founder", f"Who founded {c['name']}?", [c["founder"]], [("company", c["name"])], ("founder", c["name"]))
        q("triviaqa", "company_hq", f"In which city does the {c['industry']} company {c['name']} have its headquarters?", [c["city"]], [("company", c["name"])], ("hq", c["name"]))
    for p in world.people:
        q("nq", "person_birthplace", f"where was {p['name'].lower()} born", [p["birth_city"]], [("person", p["name"])], ("birth_city", p["name"]))
        q("popqa", "person_occupation", f"What is {p['name']}'s occupation?", _occupation(p["occupation"]), [("person", p["name"])], ("occupation", p["name"]))
        q("popqa", "person_birthplace", f"In what city was {p['name']} born?", [p["birth_city"]], [("person", p["name"])], ("birth_city", p["name"]))
        if p["spouse"]:
            q("triviaqa", "person_spouse", f"Whom did the {p['occupation']} {p['name']} marry in {p['married']}?", [p["spouse"]], [("person", p["name"])], ("spouse", p["name"]))
    for c in world.cities:
        q("nq", "city_river", f"what river flows through {c['name'].lower()}", _river(c["river"]), [("city", c["name"])], ("river", c["name"]))
        q("popqa", "city_country", f"In what country is {c['name']}?", [c["country"]], [("city", c["name"])], ("country", c["name"]))
    for c in world.countries:
        q("nq", "country_capital", f"what is the capital of {c['name'].lower()}", [c["capital"]], [("country", c["name"])], ("capital", c["name"]))
        q("triviaqa", "country_currency", f"What is the name of the currency of {c['name']}?", [c["currency"]], [("country", c["name"])], ("currency", c["name"]))
        q("popqa", "country_capital", f"What is the capital of {c['name']}?", [c["capital"]], [("country", c["name"])], ("capital", c["name"]))
    for m in world.mountains:
        q("nq", "mountain_height", f"how high is {m['name'].lower()}", _numbers(m["height"], "metres", "meters", "m"), [("mountain", m["name"])], ("height", m["name"]))
        q("triviaqa", "mountain_climber", f"Which explorer made the first ascent of {m['name']}?", [m["climbed_by"]], [("mountain", m["name"])], ("climber", m["name"]))
    for r in world.rivers:
        q("triviaqa", "river_mouth", f"The {r['name']} flows into which body of water?", [r["mouth"]], [("river", r["name"])], ("mouth", r["name"]))
    for b in world.buildings:
        q("nq", "building_architect", f"who designed the {b['name'].lower()}", [b["architect"]], [("building", b["name"])], ("architect", b["name"]))
    for a in world.awards:
        q("triviaqa", "award_first", f"Who was the first recipient of the {a['name']}?", [a["first_recipient"]], [("award", a["name"])], ("first", a["name"]))

    # --- two or more passages (bridge entity in the middle)
    for b in world.books:
        author = person[b["author"]]
        q("hotpotqa", "book_author_birthplace", f"In which city was the author of {b['title']} born?", [author["birth_city"]],
          [("book", b["title"]), ("person", author["name"])], ("author", b["title"]), ("birth_city", author["name"]))
        q("hotpotqa", "book_author_born", f"In what year was the writer of {b['title']} born?", [str(author["born"])],
          [("book", b["title"]), ("person", author["name"])], ("author", b["title"]), ("born", author["name"]))
        if author["spouse"]:
            q("hotpotqa", "book_author_spouse", f"Who was the spouse of the author of {b['title']}?", [author["spouse"]],
              [("book", b["title"]), ("person", author["name"])], ("author", b["title"]), ("spouse", author["name"]))
        if author["university"]:
            q("2wikimultihopqa", "book_author_university", f"Where did the author of {b['title']} study?", [author["university"]],
              [("book", b["title"]), ("person", author["name"])], ("author", b["title"]), ("university", author["name"]))
        founder = person[company[b["publisher"]]["founder"]]
        q("musique", "book_publisher_founder", f"Who founded the company that published {b['title']}?", [founder["name"]],
          [("book", b["title"]), ("company", b["publisher"])], ("publisher", b["title"]), ("founder", b["publisher"]))
        birth_city = city[author["birth_city"]]
        q("musique", "book_author_birthplace_river", f"Which river flows through the birthplace of the author of {b['title']}?",
          _river(birth_city["river"]), [("book", b["title"]), ("person", author["name"]), ("city", birth_city["name"])],
          ("author", b["title"]), ("birth_city", author["name"]), ("river", birth_city["name"]))
    for f in world.films:
        director, star = person[f["director"]], person[f["star"]]
        q("hotpotqa", "film_director_birthplace", f"Where was the director of {f['title']} born?", [director["birth_city"]],
          [("film", f["title"]), ("person", director["name"])], ("director", f["title"]), ("birth_city", director["name"]))
        if director["spouse"]:
            q("2wikimultihopqa", "film_director_spouse", f"Who is the spouse of the director of film {f['title']}?", [director["spouse"]],
              [("film", f["title"]), ("person", director["name"])], ("director", f["title"]), ("spouse", director["name"]))
        q("2wikimultihopqa", "film_star_born", f"When was the lead actor of {f['title']} born?", [str(star["born"])],
          [("film", f["title"]), ("person", star["name"])], ("star", f["title"]), ("born", star["name"]))
        studio = company[f["studio"]]
        q("musique", "film_studio_founded", f"When was the studio that produced {f['title']} founded?", [str(studio["founded"])],
          [("film", f["title"]), ("company", studio["name"])], ("studio", f["title"]), ("founded", studio["name"]))
        q("bamboogle", "film_studio_hq", f"Where is the studio behind {f['title']} based?", [studio["city"]],
          [("film", f["title"]), ("company", studio["name"])], ("studio", f["title"]), ("hq", studio["name"]))
    for c in world.companies:
        founder = person[c["founder"]]
        q("hotpotqa", "company_founder_born", f"In what year was the founder of {c['name']} born?", [str(founder["born"])],
          [("company", c["name"]), ("person", founder["name"])], ("founder", c["name"]), ("born", founder["name"]))
        q("2wikimultihopqa", "company_founder_birthplace", f"What is the place of birth of the founder of {c['name']}?",
          [founder["birth_city"]], [("company", c["name"]), ("person", founder["name"])], ("founder", c["name"]),
          ("birth_city", founder["name"]))
        hq = city[c["city"]]
        q("hotpotqa", "company_hq_river", f"On which river lies the city where {c['name']} has its headquarters?",
          _river(hq["river"]), [("company", c["name"]), ("city", hq["name"])], ("hq", c["name"]), ("river", hq["name"]))
    for b in world.buildings:
        site = city[b["city"]]
        q("hotpotqa", "building_city_river", f"Which river runs through the city where the {b['name']} stands?",
          _river(site["river"]), [("building", b["name"]), ("city", site["name"])], ("city", b["name"]), ("river", site["name"]))
        architect = person[b["architect"]]
        q("bamboogle", "building_architect_born", f"When was the architect of the {b['name']} born?", [str(architect["born"])],
          [("building", b["name"]), ("person", architect["name"])], ("architect", b["name"]), ("born", architect["name"]))
    for c in world.cities:
        home = country[c["country"]]
        if not c["capital"]:
            q("musique", "city_country_capital", f"What is the capital of the country where {c['name']} is located?",
              [home["capital"]], [("city", c["name"]), ("country", home["name"])], ("country", c["name"]), ("capital", home["name"]))
            q("bamboogle", "city_country_currency", f"What currency is used in the country where {c['name']} lies?",
              [home["currency"]], [("city", c["name"]), ("country", home["name"])], ("country", c["name"]), ("currency", home["name"]))
    for p in world.people:
        hometown = city[p["birth_city"]]
        r = river[hometown["river"]]
        q("bamboogle", "person_hometown_river_length", f"How long is the river that runs through the hometown of {p['name']}?",
          _numbers(r["length"], "kilometres", "kilometers", "km"), [("person", p["name"]), ("river", r["name"])],
          ("birth_city", p["name"]), ("length", r["name"]))
    for m in world.mountains:
        climber = person[m["climbed_by"]]
        q("2wikimultihopqa", "mountain_climber_birthplace", f"Where was the first person to climb {m['name']} born?",
          [climber["birth_city"]], [("mountain", m["name"]), ("person", climber["name"])], ("climber", m["name"]),
          ("birth_city", climber["name"]))
    for r in world.rivers:
        source = mountain[r["source"]]
        q("musique", "river_source_height", f"How high is the mountain where the {r['name']} rises?",
          _numbers(source["height"], "metres", "meters", "m"), [("river", r["name"]), ("mountain", source["name"])],
          ("source", r["name"]), ("height", source["name"]))
    for p in world.people:
        if p["award"] and p["award"][0] in award and award[p["award"][0]]["first_recipient"] != p["name"]:
            a = award[p["award"][0]]
            q("bamboogle", "person_award_first", f"Who was the first winner of the prize that {p['name']} received in {p['award'][1]}?",
              [a["first_recipient"]], [("person", p["name"]), ("award", a["name"])], ("award", p["name"]), ("first", a["name"]))

    # --- comparisons (two passages, one per entity)
    def pairs(items, count):
        out = []
        for _ in range(count):
            a, b = rng.sample(items, 2)
            out.append((a, b))
        return out

    for a, b in pairs(world.companies, 300):
        if a["founded"] != b["founded"]:
            first = a if a["founded"] < b["founded"] else b
            q("hotpotqa", "compare_company_founded", f"Which company was founded first, {a['name']} or {b['name']}?", [first["name"]],
              [("company", a["name"]), ("company", b["name"])], ("founded", a["name"]), ("founded", b["name"]))
    for a, b in pairs(world.people, 400):
        if a["born"] != b["born"]:
            first = a if a["born"] < b["born"] else b
            q("hotpotqa", "compare_person_born", f"Who was born earlier, {a['name']} or {b['name']}?", [first["name"]],
              [("person", a["name"]), ("person", b["name"])], ("born", a["name"]), ("born", b["name"]))
    for a, b in pairs(world.films, 200):
        if a["year"] != b["year"]:
            first = a if a["year"] < b["year"] else b
            q("2wikimultihopqa", "compare_film_year", f"Which film came out first, {a['title']} or {b['title']}?", [first["title"]],
              [("film", a["title"]), ("film", b["title"])], ("year", a["title"]), ("year", b["title"]))
    for a, b in pairs(world.mountains, 100):
        if a["height"] != b["height"]:
            higher = a if a["height"] > b["height"] else b
            q("2wikimultihopqa", "compare_mountain_height", f"Which mountain is higher, {a['name']} or {b['name']}?",
              _mountain(higher["name"]), [("mountain", a["name"]), ("mountain", b["name"])], ("height", a["name"]), ("height", b["name"]))
    same_country = defaultdict(list)
    for p in world.people:
        same_country[p["country"]].append(p)
    for i in range(200):
        a = rng.choice(world.people)
        b = rng.choice(same_country[a["country"]]) if i % 2 == 0 else rng.choice(world.people)
        if a is b:
            continue
        answer = "yes" if a["country"] == b["country"] else "no"
        q("2wikimultihopqa", "compare_nationality", f"Are {a['name']} and {b['name']} of the same nationality?", [answer],
          [("person", a["name"]), ("person", b["name"])], ("nationality", a["name"]), ("nationality", b["name"]))
    return pool


def _mentions(normalized_text: str, answers: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(normalize_answer(a))}\b", normalized_text) for a in answers)


def check_question(question: Question, normalized_text_of: dict[tuple[str, str], str]) -> bool:
    """The answer is in the passages the question needs, and (multi-hop) not in the first one."""
    if question.answers not in (["yes"], ["no"]):
        if not _mentions(" ".join(normalized_text_of[hop] for hop in question.hops), question.answers):
            raise AssertionError(f"answer of {question.question!r} is missing from its passages")
    if len(question.hops) < 2 or question.template.startswith("compare_"):
        return True
    return not _mentions(normalized_text_of[question.hops[0]], question.answers)


def split_questions(pool: dict[str, list[Question]], rng: random.Random) -> tuple[list[Question], list[Question]]:
    test, train, test_facts = [], [], set()
    seen_text: set[str] = set()
    for source in TEST_SIZES:
        candidates = sorted(pool[source], key=lambda item: item.question)
        rng.shuffle(candidates)
        by_template = defaultdict(list)
        for item in candidates:
            by_template[item.template].append(item)
        picked = _round_robin(by_template, TEST_SIZES[source], seen_text)
        test += picked
        for item in picked:
            test_facts |= item.facts
    for source in TRAIN_SIZES:
        candidates = [item for item in sorted(pool[source], key=lambda item: item.question)
                      if not (item.facts & test_facts)]
        rng.shuffle(candidates)
        by_template = defaultdict(list)
        for item in candidates:
            by_template[item.template].append(item)
        train += _round_robin(by_template, TRAIN_SIZES[source], seen_text)
    return train, test


def _round_robin(by_template: dict[str, list[Question]], count: int, seen_text: set[str]) -> list[Question]:
    """Take questions template by template in turn, so every template is represented."""
    picked: list[Question] = []
    queues = {name: list(items) for name, items in sorted(by_template.items())}
    while len(picked) < count and any(queues.values()):
        for name in sorted(queues):
            while queues[name]:
                item = queues[name].pop(0)
                if item.question not in seen_text:
                    seen_text.add(item.question)
                    picked.append(item)
                    break
            if len(picked) == count:
                break
    if len(picked) < count:
        raise RuntimeError(f"only {len(picked)} questions available, {count} wanted")
    return picked


def rows_for(questions: list[Question], split: str, where) -> list[dict]:
    rows = []
    for index, item in enumerate(questions):
        supporting = [pid for hop in item.hops for pid in where[hop]]
        rows.append(processed_row(item.question, item.answers, item.source, split, index,
                                  row_id=f"{split}_{item.source}_{index}",
                                  metadata={"template": item.template, "hops": len(item.hops),
                                            "supporting_ids": supporting}))
    return rows


def generate(out_dir: Path, seed: int = SEED) -> dict[str, Path]:
    rng = random.Random(seed)
    world = build_world(rng)
    corpus, where = passages(world)
    contents = {row["id"]: row["contents"] for row in corpus}
    normalized_text_of = {key: normalize_answer("\n".join(contents[pid] for pid in ids)) for key, ids in where.items()}
    pool = generate_questions(world, rng)
    for source in pool:
        pool[source] = [item for item in pool[source] if check_question(item, normalized_text_of)]
    train, test = split_questions(pool, rng)

    out_dir.mkdir(parents=True, exist_ok=True)
    corpus_path = out_dir / "corpus.jsonl"
    with corpus_path.open("w") as handle:
        for row in corpus:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {"corpus": corpus_path,
            "train": write_parquet(rows_for(train, "train", where), out_dir / "train.parquet"),
            "test": write_parquet(rows_for(test, "test", where), out_dir / "test.parquet")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out_dir", type=Path, default=DATA_DIR)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    paths = generate(args.out_dir, args.seed)
    for name, path in paths.items():
        print(f"{name}: {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
