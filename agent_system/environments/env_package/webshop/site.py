"""The shop itself: catalogue, sale prices, goals, search engine and scorer, shared by all sessions.

The reference gives every env worker its own server (catalogue + Lucene index + goals). Here one
`WebShopSite` per process serves any number of `WebShopTextEnv` sessions, which only hold page
state; `load_site` caches it per settings, so the train and validation managers share it.
"""
from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import Any

from omegaconf import OmegaConf

from agent_system.environments.env_package import select_flag

from .catalogue import Catalogue, load_catalogue, resolve_data_files, sample_prices
from .goals import Goal, build_goals
from .reward import (DEFAULT_SPACY_MODEL, NounExtractor, RewardBreakdown, SpacyNounExtractor, color_vocabulary,
                     score_purchase)
from .search_engine import DEFAULT_CACHE_DIR, ProductSearchEngine

DEFAULT_CATALOGUE_SEED = 233  # the reference's fixed seed for prices, price caps and the goal shuffle


@dataclass(frozen=True)
class WebShopSettings:
    """Everything that decides which shop is built. Read from the `env.webshop` config section."""

    data_dir: str | None = None  # None: the catalogue shipped in env_package/webshop/data
    use_small: bool = True
    human_goals: bool = False
    cache_dir: str = str(DEFAULT_CACHE_DIR)
    catalogue_seed: int = DEFAULT_CATALOGUE_SEED
    spacy_model: str = DEFAULT_SPACY_MODEL
    show_attrs: bool = False
    num_products: int | None = None
    faithful: bool = True  # the original's colour vocabulary and synthetic instructions (ENVIRONMENTS.md §B8)

    @classmethod
    def from_env_config(cls, env_cfg: Any) -> "WebShopSettings":
        def get(key: str, default):
            value = OmegaConf.select(env_cfg, f"webshop.{key}", default=default) if env_cfg is not None else default
            return default if value is None else value

        return cls(
            data_dir=get("data_dir", None) or None,
            use_small=bool(get("use_small", True)),
            human_goals=bool(get("human_goals", False)),
            cache_dir=str(get("cache_dir", str(DEFAULT_CACHE_DIR))),
            catalogue_seed=int(get("catalogue_seed", DEFAULT_CATALOGUE_SEED)),
            spacy_model=str(get("spacy_model", DEFAULT_SPACY_MODEL)),
            show_attrs=bool(get("show_attrs", False)),
            num_products=get("num_products", None),
            faithful=select_flag(env_cfg, "webshop.faithful", True),
        )


class WebShopSite:
    def __init__(self, settings: WebShopSettings = WebShopSettings(), nouns: NounExtractor | None = None):
        self.settings = settings
        files = resolve_data_files(settings.data_dir, settings.use_small)
        self.catalogue: Catalogue = load_catalogue(files, settings.human_goals, settings.num_products)
        # One RNG for sale prices and then price caps, in that order, as the reference's global RNG.
        price_rng = random.Random(settings.catalogue_seed)
        self.prices: dict[str, float] = sample_prices(self.catalogue.products, price_rng)
        self.goals: list[Goal] = build_goals(self.catalogue.products, self.prices, settings.human_goals,
                                             price_rng, settings.catalogue_seed, faithful=settings.faithful)
        self.colors = color_vocabulary(settings.faithful)
        self.goal_weights = [goal.weight for goal in self.goals]
        self.search_engine = ProductSearchEngine(self.catalogue, settings.cache_dir, seed=settings.catalogue_seed)
        self.nouns: NounExtractor = nouns or SpacyNounExtractor(settings.spacy_model)

    def score(self, asin: str, goal: Goal, chosen_options: dict[str, str]) -> RewardBreakdown:
        return score_purchase(self.catalogue.by_asin[asin], goal, self.prices[asin], chosen_options, self.nouns,
                              self.colors)


_SITES: dict[WebShopSettings, WebShopSite] = {}
_SITES_LOCK = threading.Lock()


def load_site(settings: WebShopSettings) -> WebShopSite:
    """The process-wide site for these settings (built on first use)."""
    with _SITES_LOCK:
        if settings not in _SITES:
            _SITES[settings] = WebShopSite(settings)
        return _SITES[settings]

