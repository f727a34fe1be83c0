/// A place the gazetteer knows.
public struct Place: Sendable, Hashable {
    /// What kind of place it is; decides how it is preferred when names collide.
    public enum Kind: String, Sendable, Hashable {
        case country, region, city, town, village, other
    }

    /// The canonical name ("Hawija" for "Havice" and "al-Hawija").
    public var name: String
    /// ISO 3166-1 alpha-2 country code ("IQ"); empty for regions that span countries.
    public var country: String
    public var latitude: Double
    public var longitude: Double
    public var kind: Kind
    /// Population where known, 0 otherwise; used to rank same-named places.
    public var population: Int

    public init(name: String, country: String, latitude: Double, longitude: Double, kind: Kind, population: Int) {
        self.name = name
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.kind = kind
        self.population = population
    }

    /// The theater key used as the Kafka message key (DESIGN §2): lowercase ASCII slug of the name.
    public var slug: String { Slug.make(name) }
}

/// A place named in a text.
public struct PlaceMention: Sendable, Hashable {
    /// The tokens that name the place.
    public var tokens: Range<Int>
    /// The place, after disambiguation against the article's other places.
    public var place: Place
    /// The text as written, when it differs from `place.name` ("Havice").
    public var surface: String

    public init(tokens: Range<Int>, place: Place, surface: String) {
        self.tokens = tokens
        self.place = place
        self.surface = surface
    }
}

/// Lowercase ASCII slugs for names.
public enum Slug {
    /// `Deir ez-Zor` → `deir-ez-zor`; accents folded, other characters become single hyphens.
    public static func make(_ name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            let folded = Folding.fold(scalar)
            if folded.isASCII, folded.properties.isAlphabetic || ("0"..."9").contains(folded) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(folded)
            } else if folded != "'" {
                pendingHyphen = true
            }
        }
        return slug
    }
}
