"""Loading the real WebShop file formats, goal generation and the shipped catalogue."""
from __future__ import annotations

import hashlib
import importlib.util
import random
import sys

import pytest

from agent_system.environments.env_package.webshop.catalogue import (
    SHIPPED_DATA_DIR, load_catalogue, parse_pricing, resolve_data_files, sample_prices)
from agent_system.environments.env_package.webshop.goals import NO_PRICE_CAP, build_goals

REPO = SHIPPED_DATA_DIR.parents[4]


def _load(tiny_data_dir, human=False):
    catalogue = load_catalogue(resolve_data_files(tiny_data_dir, use_small=True), human_goals=human)
    return catalogue


def test_loader_drops_bad_and_duplicate_asins_and_derives_fields(tiny_data_dir):
    catalogue = _load(tiny_data_dir)
    assert [p.asin for p in catalogue.products] == ["B000HAT001", "B000HAT002", "B000SHA001", "B000CHO001"]
    hat = catalogue.by_asin["B000HAT001"]
    assert hat.title == "Sunny Wide Brim Straw Hat" and hat.query == "sun hat"
    # option names lower-cased; values stripped, '/' -> ' | ', lower-cased
    assert hat.options == {"color": ["beige", "black | white"], "size": ["one size"]}
    assert hat.attributes == ["upf 50", "wide brim"] and hat.instruction_attributes == ["upf 50"]
    assert hat.price_text == "$19.99" and hat.pricing == [19.99]
    bucket = catalogue.by_asin["B000HAT002"]
    assert bucket.pricing == [12.5, 18.0] and bucket.price_text == "$12.5 to $18.0"
    assert bucket.attributes == ["DUMMY_ATTR"] and bucket.instruction_text is None
    shampoo = catalogue.by_asin["B000SHA001"]
    assert shampoo.title == "Calm Lavender Shampoo"  # the first of the duplicates is kept
    assert shampoo.pricing == [100.0] and shampoo.price_text == "$100.0"  # no pricing -> $100
    assert shampoo.bullet_points == ["sulfate free formula"] and shampoo.options == {}
    assert catalogue.by_asin["B000CHO001"].options == {"flavor name": ["mint"]}  # a null option group is skipped


@pytest.mark.parametrize("text, expected", [
    ("$12.99", ([12.99], "$12.99")),
    ("$25.50 to $32.00", ([25.5, 32.0], "$25.5 to $32.0")),
    ("$1,299.00", ([1299.0], "$1299.0")),
    ("", ([100.0], "$100.0")),
    (None, ([100.0], "$100.0")),
    ("$-", ([100.0], "$100.0")),
])
def test_parse_pricing(text, expected):
    assert parse_pricing(text) == expected


def test_missing_files_name_the_path_and_the_config_key(tmp_path_factory, tiny_data_dir):
    with pytest.raises(FileNotFoundError, match="items_shuffle_1000.json.*env.webshop.use_small=True"):
        resolve_data_files(tmp_path_factory.mktemp("empty"), use_small=True)
    with pytest.raises(FileNotFoundError, match="use_small=True would read items_shuffle_1000.json"):
        resolve_data_files(tiny_data_dir, use_small=False)


@pytest.mark.parametrize("faithful", [True, False])
def test_synthetic_goals_one_per_option_combination(tiny_data_dir, faithful):
    catalogue = _load(tiny_data_dir)
    rng = random.Random(233)
    prices = sample_prices(catalogue.products, rng)
    assert 12.5 <= prices["B000HAT002"] <= 18.0 and prices["B000HAT001"] == 19.99
    goals = build_goals(catalogue.products, prices, False, rng, shuffle_seed=233, faithful=faithful)
    by_text = {g.instruction_text: g for g in goals}
    assert len(goals) == 4  # hat: 2 colors x 1 size; shampoo and chocolate: one each
    hat_goals = [g for g in goals if g.asin == "B000HAT001"]
    assert sorted(g.goal_options["color"] for g in hat_goals) == ["beige", "black | white"]
    cap = hat_goals[0].price_upper
    assert cap in (30.0, 40.0, 50.0)  # the larger of two draws from the caps 20, 30, 40, 50 above $19.99
    # the original keeps the synthetic instruction's trailing "." (ENVIRONMENTS.md §B8); we strip it
    period = "." if faithful else ""
    assert f"i want a straw sun hat with upf 50{period} with color: beige, and size: one size, and price lower than {cap:.2f} dollars" in by_text
    # $985: only one cap ($990) above it -> no price text, cap 1e6
    chocolate = next(g for g in goals if g.asin == "B000CHO001")
    assert chocolate.instruction_text == "a vegan dark chocolate bar with flavor name: mint"
    assert chocolate.price_upper == NO_PRICE_CAP
    shampoo = next(g for g in goals if g.asin == "B000SHA001")
    assert shampoo.goal_options == {} and shampoo.instruction_text.startswith("i need a sulfate free shampoo, and price lower than")
    # weight = mean over attributes of 1 / (number of goals with that attribute)
    assert [g.weight for g in hat_goals] == [0.5, 0.5] and shampoo.weight == 1.0


def test_goal_order_is_fixed_by_the_shuffle_seed(tiny_data_dir):
    catalogue = _load(tiny_data_dir)

    def order(shuffle_seed):
        rng = random.Random(233)
        prices = sample_prices(catalogue.products, rng)
        goals = build_goals(catalogue.products, prices, False, rng, shuffle_seed=shuffle_seed)
        return [g.instruction_text for g in goals]

    assert order(233) == order(233)
    assert sorted(order(233)) == sorted(order(1))  # the seed permutes, it does not change the goals


def test_human_goals_skip_instructions_without_attributes(tiny_data_dir):
    catalogue = _load(tiny_data_dir, human=True)
    rng = random.Random(233)
    goals = build_goals(catalogue.products, sample_prices(catalogue.products, rng), True, rng, shuffle_seed=233)
    assert len(goals) == 1
    goal = goals[0]
    assert goal.goal_options == ["beige"] and goal.weight == 1.0 and goal.attributes == ["upf 50"]
    assert goal.instruction_text == f"a beige straw hat please, and price lower than {goal.price_upper:.2f} dollars"


def test_shipped_catalogue_is_small_and_documented():
    files = sorted(SHIPPED_DATA_DIR.iterdir())
    assert sum(f.stat().st_size for f in files) < 3 * 1024 * 1024
    readme = (SHIPPED_DATA_DIR / "README.md").read_text()
    assert "not comparable" in readme and "make_webshop_catalogue.py" in readme


def test_shipped_catalogue_covers_the_cases_it_promises(site):
    products = site.catalogue.products
    assert len(products) >= 300
    assert {p.category for p in products} == {"beauty", "electronics", "fashion", "food", "furniture"}
    assert any(not p.options for p in products)
    assert any(len(p.pricing) == 2 for p in products)
    assert any(p.price_text == "$100.0" for p in products)
    assert any(p.attributes == ["DUMMY_ATTR"] for p in products)
    assert any(len(p.options) == 2 for p in products) and any(" | " in v for p in products for vals in p.options.values() for v in vals)
    assert any(g.price_upper == NO_PRICE_CAP for g in site.goals)
    assert len(site.goals) == 1066


def test_generator_reproduces_the_shipped_files_byte_for_byte(tmp_path):
    spec = importlib.util.spec_from_file_location("make_webshop_catalogue", REPO / "scripts/make_webshop_catalogue.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class body runs
    try:
        spec.loader.exec_module(module)
        module.main(["--out", str(tmp_path)])
    finally:
        del sys.modules[spec.name]
    for name in ("items_shuffle_1000.json", "items_ins_v2_1000.json", "items_human_ins.json"):
        fresh = hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
        assert fresh == hashlib.sha256((SHIPPED_DATA_DIR / name).read_bytes()).hexdigest(), name
