"""Load a WebShop catalogue from the real file formats (ENVIRONMENTS.md §B4).

Three JSON files make a catalogue:
    items_shuffle(_1000).json   a list of scraped products
    items_ins_v2(_1000).json    asin -> {"attributes", "instruction", "instruction_attributes"}
    items_human_ins.json        asin -> [{"asin", "instruction", "instruction_attributes", "instruction_options"}]

The "_1000" names are the official small set (`use_small=True`); without the suffix the full set.
The default data directory is the catalogue shipped in ./data, which is SDAR's OWN generated
catalogue (scripts/make_webshop_catalogue.py), not the WebShop data: scores on it are not
comparable with published WebShop numbers. Point `env.webshop.data_dir` at a folder with the
official files to use those instead.

Loading follows the reference's derivations: asins that are 'nan' or longer than 10 characters
and duplicates are dropped; Title = name, Description = full_description, BulletPoints from
small_description (a string becomes a one-item list); the price string is split on '$'; option
names are lower-cased and values stripped, '/' -> ' | ', lower-cased; products without an
instruction entry get Attributes = ['DUMMY_ATTR'].
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from tqdm import tqdm

SHIPPED_DATA_DIR = Path(__file__).resolve().parent / "data"
SMALL_FILES = ("items_shuffle_1000.json", "items_ins_v2_1000.json")
FULL_FILES = ("items_shuffle.json", "items_ins_v2.json")
HUMAN_INSTRUCTIONS_FILE = "items_human_ins.json"
DEFAULT_PRICE = 100.0  # the reference's price for products without pricing
DUMMY_ATTRIBUTE = "DUMMY_ATTR"


@dataclass
class Product:
    """One catalogue item as the env and the reward see it."""

    asin: str
    title: str  # the scraped `name`; also the reward's goal/product "name"
    query: str  # lower-cased, stripped
    category: str
    product_category: str
    description: str
    bullet_points: list[str]
    price_text: str  # "$12.99" or "$25.5 to $32.0" (floats printed as Python prints them, like the reference)
    pricing: list[float]  # one price, or [low, high]
    options: dict[str, list[str]]  # option name -> values, both lower-cased
    attributes: list[str]
    instruction_text: str | None = None
    instruction_attributes: list[str] | None = None
    human_instructions: list[dict[str, Any]] = field(default_factory=list)
    main_image: str | None = None
    reviews: list[str] = field(default_factory=list)
    rating: str = "N.A."


@dataclass(frozen=True)
class DataFiles:
    products: Path
    instructions: Path
    human_instructions: Path

    def fingerprint(self) -> str:
        """sha256 of the products file: the search index depends on nothing else."""
        digest = hashlib.sha256()
        with open(self.products, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()


@dataclass
class Catalogue:
    products: list[Product]
    by_asin: dict[str, Product]
    files: DataFiles

    def __len__(self) -> int:
        return len(self.products)


def resolve_data_files(data_dir: str | Path | None, use_small: bool) -> DataFiles:
    """The three file paths for `data_dir` (None: the shipped catalogue); a clear error if one is missing."""
    folder = Path(data_dir).expanduser() if data_dir else SHIPPED_DATA_DIR
    products_name, instructions_name = SMALL_FILES if use_small else FULL_FILES
    files = DataFiles(folder / products_name, folder / instructions_name, folder / HUMAN_INSTRUCTIONS_FILE)
    for path in (files.products, files.instructions):
        if not path.is_file():
            other = FULL_FILES if use_small else SMALL_FILES
            raise FileNotFoundError(
                f"WebShop data file {path} not found (env.webshop.data_dir={data_dir!r}, "
                f"env.webshop.use_small={use_small}). Expected {products_name} and {instructions_name} there"
                f"{'; use_small=' + str(not use_small) + ' would read ' + other[0] if (folder / other[0]).is_file() else ''}.")
    return files


def parse_pricing(pricing: str | None) -> tuple[list[float], str]:
    """'$12.99' -> ([12.99], '$12.99'); '$25.50 to $32.00' -> ([25.5, 32.0], '$25.5 to $32.0'); none -> $100."""
    values: list[float] = []
    for piece in (pricing or "").split("$")[1:]:
        cleaned = re.sub(r"[^\d.]", "", piece)
        try:
            values.append(float(Decimal(cleaned)))
        except InvalidOperation:
            continue  # a malformed fragment ("$-") carries no price
    if not values:
        return [DEFAULT_PRICE], f"${DEFAULT_PRICE}"
    if len(values) == 1:
        return values, f"${values[0]}"
    return values[:2], f"${values[0]} to ${values[1]}"


def _options(customization_options: dict[str, Any] | None) -> dict[str, list[str]]:
    options: dict[str, list[str]] = {}
    for name, contents in (customization_options or {}).items():
        if contents is None:
            continue
        options[name.lower()] = [entry["value"].strip().replace("/", " | ").lower() for entry in contents]
    return options


def _read_json(path: Path, expected: type) -> Any:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, expected):
        raise ValueError(f"{path}: expected a JSON {expected.__name__}, got {type(data).__name__}")
    return data


def load_catalogue(files: DataFiles, human_goals: bool, num_products: int | None = None) -> Catalogue:
    """Read and normalise the products (the reference's load_products, minus reviews/ratings it never had)."""
    raw_products = _read_json(files.products, list)
    instructions = _read_json(files.instructions, dict)
    if human_goals and not files.human_instructions.is_file():
        raise FileNotFoundError(f"env.webshop.human_goals=true needs {files.human_instructions}")
    human = _read_json(files.human_instructions, dict) if human_goals else {}
    if num_products is not None:
        raw_products = raw_products[:num_products]

    products: list[Product] = []
    seen: set[str] = set()
    for raw in tqdm(raw_products, desc="webshop: loading products", disable=len(raw_products) < 5000):
        asin = str(raw.get("asin", "nan"))
        if asin == "nan" or len(asin) > 10 or asin in seen:
            continue
        seen.add(asin)
        bullets = raw.get("small_description") or []
        if isinstance(bullets, str):
            bullets = [bullets]
        pricing, price_text = parse_pricing(raw.get("pricing"))
        entry = instructions.get(asin) or {}
        images = raw.get("images") or [None]
        products.append(Product(
            asin=asin,
            title=raw["name"],
            query=str(raw.get("query", "")).lower().strip(),
            category=raw.get("category", ""),
            product_category=raw.get("product_category", ""),
            description=raw.get("full_description") or "",
            bullet_points=list(bullets),
            price_text=price_text,
            pricing=pricing,
            options=_options(raw.get("customization_options")),
            attributes=list(entry["attributes"]) if "attributes" in entry else [DUMMY_ATTRIBUTE],
            instruction_text=entry.get("instruction"),
            instruction_attributes=entry.get("instruction_attributes"),
            human_instructions=list(human.get(asin, [])),
            main_image=images[0],
        ))
    return Catalogue(products, {p.asin: p for p in products}, files)


def sample_prices(products: list[Product], rng: random.Random) -> dict[str, float]:
    """The price each product sells at: its single price, or uniform within its range (drawn once)."""
    prices: dict[str, float] = {}
    for product in products:
        if len(product.pricing) == 1:
            prices[product.asin] = product.pricing[0]
        else:
            prices[product.asin] = rng.uniform(*product.pricing[:2])
    return prices
