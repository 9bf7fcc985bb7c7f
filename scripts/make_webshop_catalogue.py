"""Write SDAR's own small WebShop catalogue in the real WebShop file formats (ENVIRONMENTS.md §B4).

    python scripts/make_webshop_catalogue.py [--out DIR] [--seed 0] [--per-type 8]

Writes three files into DIR (default: the env package's shipped data folder):
    items_shuffle_1000.json   list of scraped-style products (name, query, category, pricing, options, ...)
    items_ins_v2_1000.json    asin -> {attributes, instruction, instruction_attributes}
    items_human_ins.json      asin -> [{asin, instruction, instruction_attributes, instruction_options}]

The products are generated from the hand-written product types below: invented brands, our own
titles, descriptions, bullet points, attributes and instructions. Nothing is taken from the real
WebShop data, so scores on this catalogue are NOT comparable with the published WebShop numbers;
it exists so that the environment, its tests and the demo run offline. The output is a pure
function of --seed and --per-type (one product per line, so diffs stay readable).

The file names are those of the official "small" set, so `env.webshop.use_small=true` (the default)
picks them up; the official files can be dropped in instead by pointing env.webshop.data_dir at them.
"""
from __future__ import annotations

import argparse
import json
import random
import string
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "agent_system/environments/env_package/webshop/data"

BRANDS = [
    "Alderwick", "Brightfold", "Cobaltine", "Dunmore & Pike", "Everhart", "Fennwood", "Glimmerly",
    "Harbor Lane", "Ivorell", "Juniper Row", "Kestrelon", "Larkspur Co", "Meridale", "Northvane",
    "Orchid Bay", "Pemberly", "Quillstone", "Rosalind", "Saltmarsh", "Thistle & Oak", "Umberlight",
    "Vantage Peak", "Willowmere", "Yarrowby", "Zephyra",
]


@dataclass(frozen=True)
class ProductType:
    """A family of generated products: how to name, describe, price and configure them."""

    key: str
    skill: str  # the skills/webshop category its instructions should map to (used by tests)
    category: str  # WebShop's top-level category field
    query: str  # the search query the "scraper" used
    breadcrumb: str  # product_category, "A › B › C"
    nouns: list[str]  # the product noun phrases used in titles and instructions
    descriptors: list[str]
    attributes: list[str]  # product attributes; instructions pick 1-3 of them
    options: dict[str, list[str]] = field(default_factory=dict)  # option name -> value pool
    price: tuple[float, float] = (10.0, 50.0)
    audience: str = ""  # e.g. "Women's" prefix in titles
    uses: list[str] = field(default_factory=list)  # "for ..." phrases for titles / descriptions


COLORS = ["Black", "White", "Navy Blue", "Heather Grey", "Burgundy", "Olive Green", "Blush Pink",
          "Beige", "Charcoal", "Teal", "Mustard Yellow", "Black/White", "Red"]
SIZES = ["Small", "Medium", "Large", "X-Large", "XX-Large"]

PRODUCT_TYPES: list[ProductType] = [
    # ---- apparel (fashion) ----
    ProductType("dress", "apparel", "fashion", "women's dresses",
                "Clothing, Shoes & Jewelry › Women › Clothing › Dresses",
                ["maxi dress", "midi dress", "wrap dress", "sundress", "shirt dress"],
                ["floral", "casual", "boho", "v-neck", "ruffled", "tiered"],
                ["machine wash", "elastic waist", "short sleeve", "long sleeve", "polyester spandex",
                 "pockets", "button closure"],
                {"color": COLORS, "size": SIZES}, (18, 60), "Women's", ["beach", "party", "everyday wear"]),
    ProductType("tshirt", "apparel", "fashion", "men's t-shirts",
                "Clothing, Shoes & Jewelry › Men › Clothing › Shirts › T-Shirts",
                ["crew neck t-shirt", "pocket t-shirt", "graphic tee", "henley shirt", "v-neck t-shirt"],
                ["classic", "slim fit", "heavyweight", "vintage washed", "athletic"],
                ["cotton", "machine wash", "short sleeve", "tagless", "moisture wicking", "regular fit"],
                {"color": COLORS, "size": SIZES}, (9, 30), "Men's", ["gym", "everyday wear"]),
    ProductType("hoodie", "apparel", "fashion", "hoodies for men",
                "Clothing, Shoes & Jewelry › Men › Clothing › Active › Sweatshirts & Hoodies",
                ["pullover hoodie", "zip up hoodie", "fleece sweatshirt", "hooded sweatshirt"],
                ["lightweight", "heavyweight", "oversized", "sherpa lined", "performance"],
                ["fleece lining", "machine wash", "long sleeve", "kangaroo pocket", "drawstring closure",
                 "cotton polyester"],
                {"color": COLORS, "size": SIZES}, (22, 55), "Men's", ["winter", "workout"]),
    ProductType("pants", "apparel", "fashion", "women's leggings and pants",
                "Clothing, Shoes & Jewelry › Women › Clothing › Pants",
                ["high waisted leggings", "yoga pants", "jogger pants", "wide leg pants", "cargo pants"],
                ["stretchy", "soft", "butt lifting", "cropped", "relaxed fit"],
                ["high waist", "tummy control", "machine wash", "pockets", "quick drying", "elastic waist"],
                {"color": COLORS, "size": SIZES}, (14, 45), "Women's", ["yoga", "running", "lounge"]),
    ProductType("pajamas", "apparel", "fashion", "pajama sets for women",
                "Clothing, Shoes & Jewelry › Women › Clothing › Lingerie, Sleep & Lounge › Sleep Sets",
                ["pajama set", "sleepwear set", "lounge set", "nightgown"],
                ["satin", "button down", "two piece", "cozy", "short sleeve"],
                ["soft material", "machine wash", "button closure", "long sleeve", "elastic waist"],
                {"color": COLORS, "size": SIZES}, (19, 42), "Women's", ["sleep", "lounging"]),
    ProductType("jacket", "apparel", "fashion", "men's jackets",
                "Clothing, Shoes & Jewelry › Men › Clothing › Jackets & Coats",
                ["puffer jacket", "rain jacket", "bomber jacket", "denim jacket", "fleece jacket"],
                ["water resistant", "packable", "insulated", "windproof", "classic"],
                ["zipper closure", "water resistant", "hood", "machine wash", "quilted lining", "long sleeve"],
                {"color": COLORS, "size": SIZES}, (35, 120), "Men's", ["hiking", "travel", "commuting"]),
    # ---- footwear (fashion) ----
    ProductType("running_shoe", "footwear", "fashion", "running shoes for men",
                "Clothing, Shoes & Jewelry › Men › Shoes › Athletic › Running",
                ["running shoes", "trail running shoes", "walking shoes", "training sneakers"],
                ["lightweight", "breathable", "cushioned", "knit", "non slip"],
                ["rubber sole", "lace up", "memory foam", "arch support", "mesh upper", "non slip"],
                {"color": COLORS[:8], "size": ["7", "8", "8.5", "9", "10", "11", "12"]}, (35, 110), "Men's",
                ["jogging", "gym workouts"]),
    ProductType("boots", "footwear", "fashion", "women's ankle boots",
                "Clothing, Shoes & Jewelry › Women › Shoes › Boots › Ankle & Bootie",
                ["ankle boots", "chelsea boots", "combat boots", "rain boots", "hiking boots"],
                ["waterproof", "chunky heel", "lug sole", "faux suede", "side zip"],
                ["rubber sole", "side zipper", "waterproof", "faux leather", "block heel", "round toe"],
                {"color": ["Black", "Brown", "Tan", "Grey", "Burgundy"], "size": ["6", "7", "7.5", "8", "9", "10"]},
                (30, 95), "Women's", ["fall", "winter", "everyday wear"]),
    ProductType("sandals", "footwear", "fashion", "women's sandals",
                "Clothing, Shoes & Jewelry › Women › Shoes › Sandals › Flat Sandals",
                ["flat sandals", "slide sandals", "platform sandals", "flip flops", "wedge sandals"],
                ["strappy", "cushioned", "adjustable", "braided", "cork footbed"],
                ["open toe", "ankle strap", "arch support", "rubber sole", "non slip", "memory foam"],
                {"color": ["Black", "White", "Tan", "Gold", "Silver", "Blush Pink"], "size": ["6", "7", "8", "9", "10"]},
                (15, 50), "Women's", ["summer", "beach", "vacation"]),
    ProductType("slippers", "footwear", "fashion", "house slippers",
                "Clothing, Shoes & Jewelry › Women › Shoes › Slippers",
                ["house slippers", "memory foam slippers", "slipper boots", "moccasin slippers"],
                ["fuzzy", "cozy", "plush", "open toe", "fleece lined"],
                ["memory foam", "non slip", "indoor outdoor", "machine washable", "faux fur", "rubber sole"],
                {"color": ["Grey", "Pink", "Beige", "Navy Blue", "Brown"], "size": ["5-6", "7-8", "9-10", "11-12"]},
                (12, 35), "Unisex", ["winter", "home"]),
    ProductType("heels", "footwear", "fashion", "high heels for women",
                "Clothing, Shoes & Jewelry › Women › Shoes › Pumps",
                ["pointed toe pumps", "stiletto heels", "block heel sandals", "kitten heels"],
                ["classic", "elegant", "patent leather", "ankle strap", "slingback"],
                ["pointed toe", "ankle strap", "rubber sole", "synthetic sole", "padded insole"],
                {"color": ["Black", "Nude", "Red", "Silver", "Champagne"], "size": ["6", "6.5", "7", "8", "9"]},
                (28, 75), "Women's", ["wedding", "office", "party"]),
    # ---- home_decor (furniture) ----
    ProductType("pillow_cover", "home_decor", "furniture", "throw pillow covers",
                "Home & Kitchen › Bedding › Decorative Pillows, Inserts & Covers › Throw Pillow Covers",
                ["throw pillow covers", "cushion covers", "lumbar pillow cover", "decorative pillow covers"],
                ["boho", "velvet", "farmhouse", "linen", "striped", "geometric"],
                ["hidden zipper", "machine washable", "set of 2", "double sided", "soft velvet"],
                {"color": ["Cream", "Sage Green", "Rust", "Navy Blue", "Charcoal", "Mustard Yellow"],
                 "size": ["18 x 18 inch", "20 x 20 inch", "12 x 20 inch"]}, (9, 30), "", ["couch", "sofa", "bed"]),
    ProductType("rug", "home_decor", "furniture", "area rugs for living room",
                "Home & Kitchen › Home Décor Products › Area Rugs & Pads › Area Rugs",
                ["area rug", "runner rug", "washable rug", "shag rug"],
                ["modern", "vintage", "distressed", "moroccan", "abstract"],
                ["non slip", "machine washable", "stain resistant", "low pile", "easy clean", "non shedding"],
                {"color": ["Grey", "Blue", "Beige", "Multi", "Ivory"], "size": ["2' x 3'", "5' x 7'", "8' x 10'"]},
                (28, 240), "", ["living room", "bedroom", "hallway"]),
    ProductType("curtains", "home_decor", "furniture", "blackout curtains",
                "Home & Kitchen › Home Décor Products › Window Treatments › Curtains & Drapes › Panels",
                ["blackout curtains", "sheer curtains", "linen curtains", "thermal curtain panels"],
                ["room darkening", "light filtering", "grommet top", "rod pocket", "textured"],
                ["thermal insulated", "grommet top", "machine washable", "energy saving", "set of 2",
                 "noise reducing"],
                {"color": ["White", "Grey", "Navy Blue", "Beige", "Sage Green"],
                 "size": ["52 x 63 inch", "52 x 84 inch", "52 x 95 inch"]}, (16, 55), "", ["bedroom", "living room"]),
    ProductType("wall_art", "home_decor", "furniture", "wall art and picture frames",
                "Home & Kitchen › Home Décor Products › Wall Art",
                ["canvas wall art", "picture frame set", "framed wall art", "gallery wall frames"],
                ["abstract", "botanical", "rustic", "minimalist", "coastal"],
                ["ready to hang", "wood frame", "set of 3", "easy installation", "gallery wrapped"],
                {"size": ["8 x 10 inch", "12 x 16 inch", "16 x 24 inch"]}, (15, 85), "", ["living room", "office"]),
    ProductType("candle", "home_decor", "furniture", "scented candles",
                "Home & Kitchen › Home Décor Products › Candles & Holders › Candles › Jar Candles",
                ["scented candle", "soy candle", "jar candle", "candle gift set"],
                ["lavender", "vanilla", "sandalwood", "eucalyptus", "citrus"],
                ["soy wax", "long lasting", "lead free", "cotton wick", "natural ingredients"],
                {"scent": ["Lavender", "Vanilla Bean", "Sea Salt", "Cedarwood"]}, (10, 36), "",
                ["relaxation", "home"]),
    ProductType("lamp", "home_decor", "furniture", "table lamps for bedroom",
                "Home & Kitchen › Lighting & Ceiling Fans › Lamps & Shades › Table Lamps",
                ["table lamp", "bedside lamp", "floor lamp", "desk lamp"],
                ["modern", "ceramic", "farmhouse", "dimmable", "touch control"],
                ["built in outlet", "dimmable", "bulb included", "easy assembly", "linen shade"],
                {"color": ["White", "Black", "Brass", "Grey"]}, (22, 90), "", ["nightstand", "living room"]),
    # ---- electronics ----
    ProductType("phone_case", "electronics", "electronics", "iphone 14 case",
                "Electronics › Cell Phones & Accessories › Cases, Holsters & Sleeves › Basic Cases",
                ["phone case", "clear phone case", "folio phone case", "rugged phone case"],
                ["shockproof", "slim", "magnetic", "glitter", "matte"],
                ["shockproof", "wireless charging compatible", "raised edges", "slim fit", "scratch resistant"],
                {"color": ["Black", "Clear", "Blue", "Pink", "Purple"],
                 "style": ["iPhone 14", "iPhone 14 Pro", "iPhone 14 Pro Max"]}, (8, 28), "", ["iphone"]),
    ProductType("charger", "electronics", "electronics", "usb c charger",
                "Electronics › Cell Phones & Accessories › Chargers & Power Adapters › Wall Chargers",
                ["usb c charger", "fast charger", "wall charger", "charging cable", "car charger"],
                ["compact", "foldable", "dual port", "braided", "gan"],
                ["fast charging", "usb c", "compact design", "overcharge protection", "braided cable"],
                {"size": ["20w", "30w", "65w"], "color": ["White", "Black"]}, (9, 45), "", ["phone", "laptop"]),
    ProductType("earbuds", "electronics", "electronics", "wireless earbuds",
                "Electronics › Headphones, Earbuds & Accessories › Headphones & Earbuds › Earbud Headphones",
                ["wireless earbuds", "bluetooth earbuds", "sports earbuds", "noise cancelling earbuds"],
                ["true wireless", "waterproof", "in ear", "deep bass", "open ear"],
                ["noise cancelling", "bluetooth 5.3", "long battery life", "charging case", "water resistant",
                 "built in microphone"],
                {"color": ["Black", "White", "Navy Blue", "Rose Gold"]}, (18, 130), "", ["workouts", "calls"]),
    ProductType("hdmi", "electronics", "electronics", "hdmi cable",
                "Electronics › Television & Video › Accessories › Cables › HDMI Cables",
                ["hdmi cable", "4k hdmi cable", "hdmi adapter", "hdmi switch"],
                ["high speed", "braided", "gold plated", "8k", "right angle"],
                ["high speed", "4k", "gold plated", "braided cable", "plug and play"],
                {"size": ["3 ft", "6 ft", "10 ft", "15 ft"]}, (6, 25), "", ["tv", "gaming console", "monitor"]),
    ProductType("power_bank", "electronics", "electronics", "portable power bank",
                "Electronics › Cell Phones & Accessories › Chargers & Power Adapters › Portable Power Banks",
                ["power bank", "portable charger", "battery pack", "magnetic power bank"],
                ["slim", "high capacity", "solar", "compact", "led display"],
                ["fast charging", "usb c", "high capacity", "led display", "lightweight"],
                {"size": ["10000mah", "20000mah", "26800mah"], "color": ["Black", "White", "Blue"]}, (15, 60), "",
                ["travel", "camping"]),
    ProductType("mouse", "electronics", "electronics", "wireless mouse",
                "Electronics › Computers & Accessories › Computer Accessories & Peripherals › Keyboards, Mice & Accessories › Mice",
                ["wireless mouse", "ergonomic mouse", "gaming mouse", "bluetooth mouse", "wireless keyboard"],
                ["silent", "rechargeable", "ergonomic", "compact", "rgb"],
                ["silent click", "rechargeable battery", "usb receiver", "ergonomic design", "plug and play",
                 "adjustable dpi"],
                {"color": ["Black", "White", "Grey", "Pink"]}, (10, 65), "", ["laptop", "office"]),
    # ---- accessories (fashion) ----
    ProductType("wallet", "accessories", "fashion", "men's leather wallet",
                "Clothing, Shoes & Jewelry › Men › Accessories › Wallets, Card Cases & Money Organizers › Wallets",
                ["bifold wallet", "slim wallet", "card holder wallet", "trifold wallet"],
                ["minimalist", "genuine leather", "vintage", "front pocket"],
                ["rfid blocking", "genuine leather", "gift box", "slim design", "id window"],
                {"color": ["Black", "Brown", "Tan", "Navy Blue"]}, (12, 48), "Men's", ["travel", "everyday carry"]),
    ProductType("belt", "accessories", "fashion", "leather belts for men",
                "Clothing, Shoes & Jewelry › Men › Accessories › Belts",
                ["leather belt", "ratchet belt", "work belt", "canvas belt"],
                ["classic", "reversible", "casual", "automatic buckle"],
                ["genuine leather", "adjustable", "alloy buckle", "gift box", "trim to fit"],
                {"color": ["Black", "Brown", "Tan"], "size": ["32", "34", "36", "38", "40"]}, (14, 40), "Men's",
                ["work", "formal wear"]),
    ProductType("hat", "accessories", "fashion", "sun hat",
                "Clothing, Shoes & Jewelry › Women › Accessories › Hats & Caps › Sun Hats",
                ["sun hat", "baseball cap", "bucket hat", "straw hat", "beanie hat"],
                ["wide brim", "packable", "adjustable", "foldable", "knit"],
                ["upf 50", "adjustable strap", "packable", "breathable", "one size"],
                {"color": ["Beige", "Black", "Khaki", "Navy Blue", "White"]}, (10, 34), "Unisex",
                ["beach", "hiking", "gardening"]),
    ProductType("sunglasses", "accessories", "fashion", "polarized sunglasses",
                "Clothing, Shoes & Jewelry › Men › Accessories › Sunglasses & Eyewear Accessories › Sunglasses",
                ["polarized sunglasses", "aviator sunglasses", "sport sunglasses", "round sunglasses"],
                ["retro", "lightweight", "oversized", "square"],
                ["uv protection", "polarized lens", "metal frame", "lightweight", "case included"],
                {"color": ["Black", "Gold", "Tortoise", "Silver"]}, (12, 60), "Unisex", ["driving", "fishing"]),
    ProductType("scarf", "accessories", "fashion", "winter scarf for women",
                "Clothing, Shoes & Jewelry › Women › Accessories › Scarves & Wraps › Fashion Scarves",
                ["knit scarf", "wrap scarf", "infinity scarf", "silk scarf", "winter gloves"],
                ["chunky", "plaid", "cashmere feel", "lightweight", "fringed"],
                ["soft material", "warm", "hand wash", "oversized", "gift box"],
                {"color": ["Camel", "Grey", "Red", "Black", "Cream"]}, (10, 32), "Women's", ["winter", "travel"]),
    ProductType("backpack", "accessories", "fashion", "laptop backpack",
                "Clothing, Shoes & Jewelry › Luggage & Travel Gear › Backpacks › Laptop Backpacks",
                ["laptop backpack", "travel backpack", "tote bag", "crossbody bag", "daypack"],
                ["water resistant", "anti theft", "lightweight", "canvas", "minimalist"],
                ["water resistant", "external charging port", "padded laptop compartment", "multiple pockets",
                 "adjustable strap"],
                {"color": ["Black", "Grey", "Navy Blue", "Olive Green"]}, (20, 70), "", ["work", "college", "travel"]),
    # ---- beauty_health (beauty) ----
    ProductType("shampoo", "beauty_health", "beauty", "sulfate free shampoo",
                "Beauty & Personal Care › Hair Care › Shampoo & Conditioner › Shampoos",
                ["shampoo", "shampoo and conditioner set", "clarifying shampoo", "dry shampoo"],
                ["moisturizing", "volumizing", "argan oil", "tea tree", "color safe"],
                ["sulfate free", "paraben free", "natural ingredients", "color safe", "dry hair",
                 "cruelty free"],
                {"size": ["8 fl oz", "16 fl oz", "32 fl oz"]}, (8, 32), "", ["dry hair", "curly hair"]),
    ProductType("face_cream", "beauty_health", "beauty", "face moisturizer",
                "Beauty & Personal Care › Skin Care › Face › Creams & Moisturizers › Face Moisturizers",
                ["face moisturizer", "night cream", "eye cream", "vitamin c serum", "sunscreen lotion"],
                ["hydrating", "anti aging", "lightweight", "fragrance free", "oil free"],
                ["hyaluronic acid", "fine lines", "fragrance free", "sensitive skin", "dermatologist tested",
                 "long lasting"],
                {}, (12, 55), "", ["dry skin", "sensitive skin"]),
    ProductType("lipstick", "beauty_health", "beauty", "long lasting lipstick",
                "Beauty & Personal Care › Makeup › Lips › Lipstick",
                ["matte lipstick", "liquid lipstick", "lip gloss", "lip tint"],
                ["long wear", "velvet", "satin finish", "nourishing"],
                ["long lasting", "cruelty free", "highly pigmented", "easy apply", "paraben free"],
                {"color": ["Ruby Red", "Nude Beige", "Berry", "Coral", "Mauve"]}, (6, 24), "", ["daily makeup"]),
    ProductType("nail_polish", "beauty_health", "beauty", "gel nail polish",
                "Beauty & Personal Care › Foot, Hand & Nail Care › Nail Art & Polish › Nail Polish",
                ["gel nail polish", "nail polish set", "nail art kit"],
                ["glossy", "quick dry", "glitter", "pastel"],
                ["long lasting", "easy apply", "non toxic", "quick dry", "high gloss"],
                {"color": ["Red", "Pink", "Nude", "Lavender", "Black"]}, (7, 26), "", ["manicure"]),
    ProductType("toothpaste", "beauty_health", "beauty", "whitening toothpaste",
                "Health & Household › Oral Care › Toothpaste",
                ["whitening toothpaste", "fluoride free toothpaste", "charcoal toothpaste", "electric toothbrush"],
                ["natural", "mint", "sensitive", "enamel safe"],
                ["fluoride free", "teeth whitening", "fresh breath", "sensitive teeth", "natural ingredients"],
                {"size": ["1 pack", "2 pack", "4 pack"]}, (5, 40), "", ["sensitive teeth"]),
    ProductType("soap", "beauty_health", "beauty", "natural body wash",
                "Beauty & Personal Care › Skin Care › Body › Cleansers › Body Washes",
                ["body wash", "bar soap", "hand soap", "shower gel"],
                ["moisturizing", "exfoliating", "oatmeal", "charcoal", "coconut"],
                ["natural ingredients", "dry skin", "paraben free", "cruelty free", "sensitive skin"],
                {"scent": ["Lavender", "Unscented", "Coconut", "Eucalyptus Mint"]}, (6, 22), "", ["daily shower"]),
    ProductType("vitamins", "beauty_health", "beauty", "daily multivitamin",
                "Health & Household › Vitamins, Minerals & Supplements › Multivitamins",
                ["multivitamin gummies", "vitamin d3 capsules", "biotin supplement", "probiotic capsules"],
                ["daily", "vegan", "sugar free", "high potency"],
                ["non gmo", "gluten free", "vegan", "immune support", "easy to swallow"],
                {"size": ["60 count", "120 count"]}, (9, 35), "", ["adults"]),
    # ---- other (food & misc, category "food") ----
    ProductType("snacks", "other", "food", "gluten free snacks",
                "Grocery & Gourmet Food › Snacks & Sweets › Snack Foods",
                ["snack bars", "trail mix", "protein chips", "veggie crackers", "rice crackers"],
                ["crunchy", "sea salt", "keto friendly", "high protein", "low carb"],
                ["gluten free", "non gmo", "low sugar", "high protein", "individually wrapped", "keto friendly"],
                {"flavor name": ["Sea Salt", "Barbecue", "Sour Cream & Onion", "Chocolate Peanut Butter"],
                 "size": ["6 pack", "12 pack", "24 pack"]}, (8, 36), "", ["lunch boxes", "road trips"]),
    ProductType("coffee", "other", "food", "whole bean coffee",
                "Grocery & Gourmet Food › Beverages › Coffee, Tea & Cocoa › Coffee › Whole Coffee Beans",
                ["whole bean coffee", "ground coffee", "coffee pods", "cold brew coffee"],
                ["dark roast", "medium roast", "single origin", "decaf", "organic"],
                ["organic", "fair trade", "low acid", "small batch", "non gmo"],
                {"size": ["12 ounce", "2 pound", "5 pound"]}, (9, 48), "", ["espresso", "drip coffee makers"]),
    ProductType("chocolate", "other", "food", "dark chocolate gift box",
                "Grocery & Gourmet Food › Snacks & Sweets › Chocolate › Chocolate Bars",
                ["dark chocolate bars", "chocolate truffles", "chocolate gift box", "hot cocoa mix"],
                ["rich", "sea salt", "caramel filled", "72% cacao", "assorted"],
                ["gluten free", "dairy free", "individually wrapped", "gift box", "fair trade"],
                {"flavor name": ["Sea Salt Caramel", "Mint", "Raspberry", "Classic Dark"]}, (7, 40), "",
                ["gifts", "holidays"]),
    ProductType("dog_treats", "other", "food", "dog treats",
                "Pet Supplies › Dogs › Treats › Jerky",
                ["dog treats", "dog chews", "training treats", "dental chews"],
                ["grain free", "all natural", "soft", "single ingredient"],
                ["grain free", "made in usa", "natural ingredients", "high protein", "resealable pouch"],
                {"size": ["6 ounce", "12 ounce", "24 ounce"]}, (8, 38), "", ["puppies", "training"]),
    ProductType("tea", "other", "food", "herbal tea",
                "Grocery & Gourmet Food › Beverages › Coffee, Tea & Cocoa › Tea › Herbal",
                ["herbal tea", "green tea", "chai latte mix", "matcha powder"],
                ["caffeine free", "organic", "calming", "loose leaf"],
                ["caffeine free", "organic", "non gmo", "individually wrapped", "kosher"],
                {}, (5, 28), "", ["bedtime", "mornings"]),
]

INSTRUCTION_TEMPLATES = [
    "i am looking for {a_noun} that is {attrs}",
    "i need {a_desc_noun} with {attrs}",
    "find me {a_noun} for {use} that has {attrs}",
    "i want to buy {a_desc_noun}, it should be {attrs}",
    "i'm shopping for {a_noun} with {attrs}",
]
HUMAN_TEMPLATES = [
    "hi, i'd like {a_noun} in {options} that is {attrs}",
    "please get me {a_desc_noun} with {attrs}, {options} if possible",
    "looking for {noun} ({options}) - must be {attrs}",
]

BULLET_TEMPLATES = [
    "{attr_cap}: designed with {attr} so it keeps up with {use}.",
    "Made for {use}: our {noun} combines a {desc} look with everyday practicality.",
    "Easy care and dependable quality from {brand}, backed by a 30-day satisfaction promise.",
    "What you get: one {noun}; {attr} as described in the listing.",
    "Thoughtful details including {attr} make this {noun} a reliable pick.",
]


def _with_article(phrase: str) -> str:
    """ "a sun hat", "an eye cream", but plural phrases ("running shoes") get no article."""
    last = phrase.split()[-1]
    if last.endswith("s") and not last.endswith("ss"):
        return phrase
    return ("an " if phrase[:1] in "aeiou" else "a ") + phrase


def _join_attrs(attrs: list[str]) -> str:
    return attrs[0] if len(attrs) == 1 else ", ".join(attrs[:-1]) + " and " + attrs[-1]


def _asin(rng: random.Random, taken: set[str]) -> str:
    alphabet = string.ascii_uppercase + string.digits
    while True:
        asin = "B0" + "".join(rng.choice(alphabet) for _ in range(8))
        if asin not in taken:
            taken.add(asin)
            return asin


def _pricing(rng: random.Random, lo: float, hi: float, index: int) -> str:
    """Mostly single prices, some "$a to $b" ranges, rarely no price (the loader then uses $100)."""
    roll = rng.random()
    base = round(rng.uniform(lo, hi), 0) - 0.01
    if roll < 0.22:
        top = base + round(rng.uniform(4, max(6.0, (hi - lo) * 0.6)), 0)
        return f"${base:.2f} to ${top:.2f}"
    if roll < 0.24 and index % 2 == 0:
        return ""
    return f"${base:.2f}"


def _make_product(ptype: ProductType, rng: random.Random, taken: set[str], index: int, per_type: int) -> dict:
    noun = ptype.nouns[index % len(ptype.nouns)]
    desc = rng.choice(ptype.descriptors)
    brand = rng.choice(BRANDS)
    use = rng.choice(ptype.uses) if ptype.uses else "everyday use"
    attributes = sorted(rng.sample(ptype.attributes, k=min(len(ptype.attributes), rng.randint(3, 5))))
    audience = f"{ptype.audience} " if ptype.audience else ""
    feature = rng.choice([a for a in attributes if a != desc] or attributes)
    name = f"{brand} {audience}{desc.title()} {noun.title()} with {feature.title()} for {use.title()}"
    asin = _asin(rng, taken)
    options = {}
    # The last product of every type has no options at all; the others get 1-2 option groups.
    if ptype.options and index != per_type - 1:
        names = list(ptype.options)
        if len(names) > 1 and rng.random() < 0.3:
            names = names[:1]
        for option_name in names:
            pool = ptype.options[option_name]
            k = min(len(pool), rng.randint(2, 4))
            options[option_name] = sorted(rng.sample(pool, k=k), key=pool.index)
    bullets = [t.format(attr=a, attr_cap=a.capitalize(), use=use, noun=noun, desc=desc, brand=brand)
               for t, a in zip(rng.sample(BULLET_TEMPLATES, k=3), rng.sample(attributes, k=3))]
    description = (f"The {brand} {noun} is a {desc} choice for {use}. It features "
                   f"{_join_attrs(attributes)}. Part of the {ptype.query} range from {brand}.")
    product = {
        "asin": asin,
        "name": name,
        "query": ptype.query,
        "category": ptype.category,
        "product_category": ptype.breadcrumb,
        # One premium rug priced so that fewer than two price caps exist above it (goal: no price text).
        "pricing": "$985.00" if (ptype.key == "rug" and index == 0) else _pricing(rng, *ptype.price, index),
        "full_description": description,
        # The scraped data mixes bullet lists and single strings; keep one string per type.
        "small_description": bullets if index % per_type else bullets[0],
        "customization_options": (
            {n: [{"value": v, "image": None} for v in vals] for n, vals in options.items()} or None),
        "images": [f"https://images.example.invalid/{asin}.jpg"],
        # Scraped keys the loader drops; present so the loader is exercised on them.
        "brand": brand,
        "product_information": {"Manufacturer": brand},
        "list_price": "",
        "total_reviews": rng.randint(0, 900),
    }
    return product, noun, desc, use, attributes, options


def _instruction(template: str, noun: str, desc: str, use: str, attrs: list[str], options_text: str = "") -> str:
    return template.format(a_noun=_with_article(noun), a_desc_noun=_with_article(f"{desc} {noun}"), noun=noun,
                           use=use, attrs=_join_attrs(attrs), options=options_text)


def build_catalogue(seed: int = 0, per_type: int = 8) -> tuple[list[dict], dict, dict]:
    rng = random.Random(seed)
    taken: set[str] = set()
    products, instructions, human = [], {}, {}
    for ptype in PRODUCT_TYPES:
        for index in range(per_type):
            product, noun, desc, use, attributes, options = _make_product(ptype, rng, taken, index, per_type)
            products.append(product)
            # Every 7th product is a distractor without an instruction entry (loader: DUMMY_ATTR, no goal).
            if (len(products) % 7) == 0:
                continue
            goal_attrs = sorted(rng.sample(attributes, k=rng.choice([1, 2, 2, 3])))
            template = rng.choice(INSTRUCTION_TEMPLATES)
            instructions[product["asin"]] = {
                "attributes": attributes,
                "instruction": _instruction(template, noun, desc, use, goal_attrs),
                "instruction_attributes": goal_attrs,
            }
            if rng.random() < 0.25:
                wanted = [rng.choice(values).lower() for values in options.values()]
                options_text = " and ".join(wanted) if wanted else "any style"
                human[product["asin"]] = [{
                    "asin": product["asin"],
                    "instruction": _instruction(rng.choice(HUMAN_TEMPLATES), noun, desc, use, goal_attrs, options_text),
                    "instruction_attributes": goal_attrs,
                    "instruction_options": wanted,
                }]
    rng.shuffle(products)  # the real items_shuffle file is shuffled too
    return products, instructions, human


def _dump_list(items: list[dict]) -> str:
    return "[\n" + ",\n".join(json.dumps(item, ensure_ascii=False, sort_keys=False) for item in items) + "\n]\n"


def _dump_dict(mapping: dict) -> str:
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(mapping.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-type", type=int, default=8)
    args = parser.parse_args(argv)
    products, instructions, human = build_catalogue(args.seed, args.per_type)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "items_shuffle_1000.json").write_text(_dump_list(products))
    (args.out / "items_ins_v2_1000.json").write_text(_dump_dict(instructions))
    (args.out / "items_human_ins.json").write_text(_dump_dict(human))
    print(f"wrote {len(products)} products, {len(instructions)} instructions, "
          f"{sum(len(v) for v in human.values())} human instructions to {args.out}")


if __name__ == "__main__":
    main()
