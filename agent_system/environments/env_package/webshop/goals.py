"""Shopping goals: what the customer asks for, generated from the catalogue (ENVIRONMENTS.md §B3).

Synthetic goals (the SDAR default): every product with an instruction gives one goal per
combination of its option values, e.g. "i need a sun hat with upf 50 with color: beige, and
price lower than 30.00 dollars". Human goals: one goal per human-written instruction.

Price cap: the larger of two values drawn from the next four multiples of 10 above the product's
price; with fewer than two such values the cap is 1e6 and no price text is added. The goals are
finally shuffled with a fixed seed, so goal index i names the same goal on every run for the same
data files (the validation split is a list of such indices).
"""
from __future__ import annotations

import itertools
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Union

from .catalogue import Product

PRICE_CAPS = [10.0 * i for i in range(1, 100)]  # $10 ... $990
NO_PRICE_CAP = 1_000_000.0

# Synthetic goals name each option ({name: value}); human goals list the wanted values only.
GoalOptions = Union[dict[str, str], list[str]]


@dataclass(frozen=True)
class Goal:
    asin: str
    category: str
    query: str
    name: str  # the target product's title
    product_category: str
    instruction_text: str
    attributes: list[str]
    price_upper: float
    goal_options: GoalOptions
    weight: float


def _price_cap(price: float, rng: random.Random) -> tuple[float, str]:
    candidates = [cap for cap in PRICE_CAPS if cap > price][:4]
    if len(candidates) < 2:
        return NO_PRICE_CAP, ""
    cap = max(rng.sample(candidates, 2))
    return cap, f", and price lower than {cap:.2f} dollars"


def synthetic_goals(products: list[Product], prices: dict[str, float], rng: random.Random,
                    keep_trailing_period: bool = True) -> list[Goal]:
    """One goal per option combination of every product with an instruction.

    The original keeps a synthetic instruction's trailing "." ("... skin. with color: x");
    `keep_trailing_period=False` (env.webshop.faithful false) strips it like a human instruction's.
    """
    drafts: list[dict] = []
    attribute_counts: dict[str, int] = defaultdict(int)
    for product in products:
        if not product.instruction_text:
            continue
        attributes = list(product.instruction_attributes or [])
        if not attributes:
            raise ValueError(f"product {product.asin} has an instruction but no instruction_attributes")
        cap, price_text = _price_cap(prices[product.asin], rng)
        base_text = product.instruction_text if keep_trailing_period else product.instruction_text.strip(".")
        option_names = sorted(product.options)
        for combination in itertools.product(*(product.options[name] for name in option_names)):
            goal_options = dict(zip(option_names, combination))
            option_text = ", and ".join(f"{name}: {value}" for name, value in goal_options.items())
            option_text = f" with {option_text}" if option_text else ""
            drafts.append(dict(
                asin=product.asin, category=product.category, query=product.query, name=product.title,
                product_category=product.product_category,
                instruction_text=f"{base_text}{option_text}{price_text}",
                attributes=attributes, price_upper=cap, goal_options=goal_options))
            for attribute in attributes:
                attribute_counts[attribute] += 1
    # Rare attributes weigh more when a goal is drawn at random (reset without a goal index).
    return [Goal(**draft, weight=sum(1.0 / attribute_counts[a] for a in draft["attributes"]) / len(draft["attributes"]))
            for draft in drafts]


def human_goals(products: list[Product], prices: dict[str, float], rng: random.Random) -> list[Goal]:
    goals: list[Goal] = []
    for product in products:
        for entry in product.human_instructions:
            attributes = list(entry.get("instruction_attributes") or [])
            if not attributes:
                continue  # the reference skips human instructions without attributes
            cap, price_text = _price_cap(prices[product.asin], rng)
            goals.append(Goal(
                asin=product.asin, category=product.category, query=product.query, name=product.title,
                product_category=product.product_category,
                instruction_text=entry["instruction"].strip(".") + price_text,
                attributes=attributes, price_upper=cap,
                goal_options=list(entry.get("instruction_options") or []), weight=1.0))
    return goals


def build_goals(products: list[Product], prices: dict[str, float], use_human_goals: bool,
                price_rng: random.Random, shuffle_seed: int, faithful: bool = True) -> list[Goal]:
    """All goals, shuffled by `shuffle_seed` (a fresh RNG, as the reference re-seeds before shuffling)."""
    if use_human_goals:
        goals = human_goals(products, prices, price_rng)
    else:
        goals = synthetic_goals(products, prices, price_rng, keep_trailing_period=faithful)
    if not goals:
        kind = "human instructions (items_human_ins.json)" if use_human_goals else "instructions (items_ins_v2)"
        raise ValueError(f"the WebShop catalogue yields no goals: no product has {kind}")
    random.Random(shuffle_seed).shuffle(goals)
    return goals
