"""The WebShop pages as text: what the agent reads and what it can click (ENVIRONMENTS.md §B2).

The reference renders HTML and joins the visible text nodes with " [SEP] "; we produce the same
text straight from the page state. Every page but the search page starts with the instruction:

    search:   WebShop [SEP] Instruction: [SEP] <instr> [SEP] Search
    results:  Instruction: [SEP] <instr> [SEP] Back to Search [SEP] Page 2 (Total results: 37) [SEP] < Prev
              [SEP] Next > [SEP] <ASIN> [SEP] <Title> [SEP] <$price> [SEP] ...
    item:     Instruction: [SEP] <instr> [SEP] Back to Search [SEP] < Prev [SEP] <option name> [SEP] <value>
              ... [SEP] <Title> [SEP] Price: <$price> [SEP] Rating: N.A. [SEP] Description [SEP] Features
              [SEP] Reviews [SEP] Buy Now
    sub-page: Instruction: [SEP] <instr> [SEP] Back to Search [SEP] < Prev [SEP] <content parts>
    done:     Thank you for shopping with us! [SEP] Your score (min 0.0, max 1.0) [SEP] <score>

Clickables are the lower-cased button texts in page order, then product links (asins, lower-cased),
then option values; a later entry with the same text replaces an earlier one (the reference keys
them by text). "Next >" is always shown on a results page, "< Prev" only after page 1.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .catalogue import Product

SEP = " [SEP] "
RESULTS_PER_PAGE = 10
BACK_TO_SEARCH, NEXT_PAGE, PREV_PAGE, BUY_NOW = "Back to Search", "Next >", "< Prev", "Buy Now"
SUB_PAGES = ("Description", "Features", "Reviews")
ATTRIBUTES_SUB_PAGE = "Attributes"  # only with show_attrs

PageKind = Literal["search", "results", "item", "item_sub", "done"]


@dataclass
class PageState:
    """Where a session is. `results` is the full hit list of the last search (<= 50 products)."""

    kind: PageKind = "search"
    keywords: str = ""
    results: list[Product] = field(default_factory=list)
    page: int = 1
    product: Product | None = None
    options: dict[str, str] = field(default_factory=dict)  # option name -> chosen value
    sub_page: str = ""  # one of SUB_PAGES / ATTRIBUTES_SUB_PAGE, lower-cased
    score: float = 0.0  # done page only


# What a click leads to: ("button", text) | ("product", asin) | ("option", option name, value)
ClickTarget = tuple


@dataclass(frozen=True)
class RenderedPage:
    text: str
    has_search_bar: bool
    clickables: dict[str, ClickTarget]

    def available_actions(self) -> dict:
        """The reference's get_available_actions() shape."""
        return {"has_search_bar": self.has_search_bar, "clickables": list(self.clickables)}


def page_products(state: PageState) -> list[Product]:
    start = (state.page - 1) * RESULTS_PER_PAGE
    return state.results[start:start + RESULTS_PER_PAGE]


def _buttons(*texts: str) -> dict[str, ClickTarget]:
    return {text.lower(): ("button", text) for text in texts}


def render(state: PageState, instruction: str, show_attrs: bool = False) -> RenderedPage:
    if state.kind == "search":
        return RenderedPage(SEP.join(_non_empty(["WebShop", "Instruction:", instruction, "Search"])), True,
                            _buttons("Search"))
    header = ["Instruction:", instruction, BACK_TO_SEARCH]
    if state.kind == "results":
        nav = ([PREV_PAGE] if state.page > 1 else []) + [NEXT_PAGE]
        parts = header + [f"Page {state.page} (Total results: {len(state.results)})"] + nav
        clickables = _buttons(BACK_TO_SEARCH, *nav)
        for product in page_products(state):
            parts += [product.asin, product.title, product.price_text]
            clickables[product.asin.lower()] = ("product", product.asin)
        return RenderedPage(SEP.join(_non_empty(parts)), False, clickables)
    product = state.product
    assert product is not None, f"a {state.kind} page needs a product"
    if state.kind == "item":
        parts = header + [PREV_PAGE]
        option_clicks: dict[str, ClickTarget] = {}
        for name, values in product.options.items():
            parts += [name, *values]
            for value in values:
                option_clicks[value] = ("option", name, value)
        sub_pages = list(SUB_PAGES) + ([ATTRIBUTES_SUB_PAGE] if show_attrs else [])
        parts += [product.title, f"Price: {product.price_text}", f"Rating: {product.rating}", *sub_pages, BUY_NOW]
        clickables = _buttons(BACK_TO_SEARCH, PREV_PAGE, *sub_pages, BUY_NOW)
        clickables.update(option_clicks)
        return RenderedPage(SEP.join(_non_empty(parts)), False, clickables)
    if state.kind == "item_sub":
        content = {
            "description": [product.description],
            "features": product.bullet_points,
            "reviews": product.reviews,
            "attributes": product.attributes,
        }[state.sub_page]
        return RenderedPage(SEP.join(_non_empty(header + [PREV_PAGE] + list(content))), False,
                            _buttons(BACK_TO_SEARCH, PREV_PAGE))
    if state.kind == "done":
        text = SEP.join(["Thank you for shopping with us!", "Your score (min 0.0, max 1.0)", f"{state.score}"])
        return RenderedPage(text, False, {})
    raise ValueError(f"unknown WebShop page kind {state.kind!r}")


def _non_empty(parts: list[str]) -> list[str]:
    """Blank text nodes are not visible text in the reference's HTML, so they are not parts either."""
    return [part.strip() for part in parts if part and part.strip()]
