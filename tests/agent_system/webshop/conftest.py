"""Fixtures for the WebShop tests: the shipped-catalogue site (built once), a tiny hand-written
catalogue in the real three-file format, and golden-file comparison."""
from __future__ import annotations

import json
import pathlib

import pytest
from golden_files import check_golden

GOLDEN_DIR = pathlib.Path(__file__).parent / "golden"


@pytest.fixture(scope="session")
def webshop_cache_dir(tmp_path_factory) -> pathlib.Path:
    return tmp_path_factory.mktemp("webshop_index_cache")


@pytest.fixture(scope="session")
def site(webshop_cache_dir):
    """The shipped catalogue with default settings (synthetic goals), real spaCy nouns (lazy)."""
    from agent_system.environments.env_package.webshop import WebShopSettings, load_site

    return load_site(WebShopSettings(cache_dir=str(webshop_cache_dir)))


def _product(asin, name, query, category, breadcrumb, pricing, options, description="", bullets=None):
    return {
        "asin": asin, "name": name, "query": query, "category": category, "product_category": breadcrumb,
        "pricing": pricing, "full_description": description,
        "small_description": bullets if bullets is not None else [f"{name} bullet"],
        "customization_options": options, "images": [None], "brand": "dropped", "total_reviews": 3,
    }


TINY_PRODUCTS = [
    _product("B000HAT001", "Sunny Wide Brim Straw Hat", "sun hat", "fashion",
             "Clothing › Women › Accessories › Hats", "$19.99",
             {"Color": [{"value": "Beige", "image": None}, {"value": "Black/White", "image": None}],
              "size": [{"value": " One Size ", "image": None}]},
             description="A straw hat with upf 50 protection."),
    _product("B000HAT002", "Breezy Bucket Hat", "sun hat", "fashion",
             "Clothing › Women › Accessories › Hats", "$12.50 to $18.00",
             {"color": [{"value": "Navy", "image": None}]}),
    _product("B000SHA001", "Calm Lavender Shampoo", "shampoo", "beauty",
             "Beauty › Hair Care › Shampoo", "", None, bullets="sulfate free formula"),
    _product("B000SHA001", "Duplicate Shampoo", "shampoo", "beauty", "Beauty › Hair Care", "$3.00", None),
    _product("nan", "No Asin Thing", "x", "food", "Food", "$1.00", None),
    _product("B00000000TOOLONG", "Long Asin Thing", "x", "food", "Food", "$1.00", None),
    _product("B000CHO001", "Dark Chocolate Bar", "chocolate", "food", "Grocery › Snacks › Chocolate",
             "$985.00", {"flavor name": [{"value": "Mint", "image": None}], "size": None}),
]
TINY_INSTRUCTIONS = {
    "B000HAT001": {"attributes": ["upf 50", "wide brim"], "instruction": "i want a straw sun hat with upf 50.",
                   "instruction_attributes": ["upf 50"]},
    "B000SHA001": {"attributes": ["sulfate free"], "instruction": "i need a sulfate free shampoo",
                   "instruction_attributes": ["sulfate free"]},
    "B000CHO001": {"attributes": ["vegan"], "instruction": "a vegan dark chocolate bar",
                   "instruction_attributes": ["vegan"]},
}
TINY_HUMAN = {
    "B000HAT001": [{"asin": "B000HAT001", "instruction": "a beige straw hat please.",
                    "instruction_attributes": ["upf 50"], "instruction_options": ["beige"]},
                   {"asin": "B000HAT001", "instruction": "skipped: no attributes",
                    "instruction_attributes": [], "instruction_options": []}],
}


@pytest.fixture
def tiny_data_dir(tmp_path) -> pathlib.Path:
    """4 valid products (+ a duplicate, a 'nan' and an over-long asin) in the official small-set file names."""
    (tmp_path / "items_shuffle_1000.json").write_text(json.dumps(TINY_PRODUCTS))
    (tmp_path / "items_ins_v2_1000.json").write_text(json.dumps(TINY_INSTRUCTIONS))
    (tmp_path / "items_human_ins.json").write_text(json.dumps(TINY_HUMAN))
    return tmp_path


@pytest.fixture
def golden():
    """golden(name, text): compare with tests/agent_system/webshop/golden/<name> (SDAR_UPDATE_GOLDEN=1 rewrites)."""
    return lambda name, text: check_golden(GOLDEN_DIR / name, text)
