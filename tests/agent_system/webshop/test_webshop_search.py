"""BM25 product search: documents, Lucene-like hit rules, special prefixes, the on-disk index cache."""
from __future__ import annotations

import json

import pytest

from agent_system.environments.env_package.webshop.catalogue import load_catalogue, resolve_data_files
from agent_system.environments.env_package.webshop.search_engine import (
    B, K1, SEARCH_RETURN_N, ProductSearchEngine, product_document)


@pytest.fixture
def tiny_engine(tiny_data_dir, tmp_path_factory):
    catalogue = load_catalogue(resolve_data_files(tiny_data_dir, use_small=True), human_goals=False)
    return ProductSearchEngine(catalogue, tmp_path_factory.mktemp("cache"))


def test_document_text_is_title_description_first_bullet_options_lowercased(tiny_engine):
    hat = tiny_engine.catalogue.by_asin["B000HAT001"]
    assert product_document(hat) == ("sunny wide brim straw hat a straw hat with upf 50 protection. "
                                     "sunny wide brim straw hat bullet color: beige, black | white, and size: one size")


def test_bm25_parameters_are_lucenes(tiny_engine):
    assert (K1, B, SEARCH_RETURN_N) == (0.9, 0.4, 50)
    retriever = tiny_engine._retriever
    assert (retriever.k1, retriever.b, retriever.method) == (0.9, 0.4, "lucene")


def test_only_documents_sharing_a_term_are_hits(tiny_engine):
    assert [p.asin for p in tiny_engine.search("chocolate")] == ["B000CHO001"]
    assert {p.asin for p in tiny_engine.search("hats")} == {"B000HAT001", "B000HAT002"}  # stemmed
    assert [p.asin for p in tiny_engine.search("wide brims")][0] == "B000HAT001"
    assert tiny_engine.search("the and of") == []  # stop words only
    assert tiny_engine.search("zzzz qqqq") == []


def test_results_are_capped_at_50_and_ranked(site):
    results = site.search_engine.search("shampoo color safe dry hair")
    assert len(results) == SEARCH_RETURN_N
    assert "Shampoo" in results[0].title and "Dry Hair" in results[0].title


def test_ties_keep_catalogue_order(tmp_path, tmp_path_factory):
    twin = {"name": "Plain Mug", "query": "mug", "category": "furniture", "product_category": "Home",
            "pricing": "$5.00", "full_description": "", "small_description": [], "customization_options": None,
            "images": []}
    products = [dict(twin, asin=f"B00000000{i}") for i in range(3)]
    (tmp_path / "items_shuffle_1000.json").write_text(json.dumps(products))
    (tmp_path / "items_ins_v2_1000.json").write_text("{}")
    engine = ProductSearchEngine(load_catalogue(resolve_data_files(tmp_path, True), False),
                                 tmp_path_factory.mktemp("cache"))
    assert [p.asin for p in engine.search("mug")] == ["B000000000", "B000000001", "B000000002"]


def test_special_prefixes(tiny_engine):
    assert [p.asin for p in tiny_engine.search("<c> food")] == ["B000CHO001"]
    assert [p.asin for p in tiny_engine.search("<q> sun hat")] == ["B000HAT001", "B000HAT002"]
    assert [p.asin for p in tiny_engine.search("<a> upf 50")] == ["B000HAT001"]
    assert [p.asin for p in tiny_engine.search("<a> DUMMY_ATTR")] == ["B000HAT002"]
    random_pick = tiny_engine.search("<r>")
    assert len(random_pick) == 4 and len({p.asin for p in random_pick}) == 4


def test_index_is_cached_per_data_file_and_reused(tiny_data_dir, tmp_path_factory, monkeypatch):
    import bm25s

    cache = tmp_path_factory.mktemp("shared_cache")
    catalogue = load_catalogue(resolve_data_files(tiny_data_dir, use_small=True), human_goals=False)
    first = ProductSearchEngine(catalogue, cache)
    assert (first.cache_path / "asins.json").is_file() and first.cache_path.parent == cache

    def no_rebuild(*args, **kwargs):
        raise AssertionError("the index was rebuilt instead of loaded from the cache")

    monkeypatch.setattr(bm25s.BM25, "index", no_rebuild)
    second = ProductSearchEngine(catalogue, cache)
    assert second.cache_path == first.cache_path
    assert [p.asin for p in second.search("straw hat")] == [p.asin for p in first.search("straw hat")]
    monkeypatch.undo()

    # A changed products file gets its own cache entry.
    products_file = tiny_data_dir / "items_shuffle_1000.json"
    products_file.write_text(products_file.read_text().replace("Straw Hat", "Straw Sunhat"))
    changed = load_catalogue(resolve_data_files(tiny_data_dir, use_small=True), human_goals=False)
    third = ProductSearchEngine(changed, cache)
    assert third.cache_path != first.cache_path
    assert [p.asin for p in third.search("sunhat")] == ["B000HAT001"]


def test_broken_or_unwritable_cache_falls_back_to_building(tiny_data_dir, tmp_path_factory):
    catalogue = load_catalogue(resolve_data_files(tiny_data_dir, use_small=True), human_goals=False)
    cache = tmp_path_factory.mktemp("broken_cache")
    first = ProductSearchEngine(catalogue, cache)
    (first.cache_path / "asins.json").write_text("not json")
    rebuilt = ProductSearchEngine(catalogue, cache)
    assert [p.asin for p in rebuilt.search("chocolate")] == ["B000CHO001"]
    assert json.loads((rebuilt.cache_path / "asins.json").read_text())[0] == "B000HAT001"  # rewritten
    blocker = tmp_path_factory.mktemp("not_a_dir") / "file"
    blocker.write_text("a file where the cache folder should be")
    no_cache = ProductSearchEngine(catalogue, blocker / "cache")
    assert [p.asin for p in no_cache.search("chocolate")] == ["B000CHO001"]
