import Testing
@testable import Extraction

/// Places the data does not list, found by the shape of their names.
@Suite struct UnlistedPlaceTests {
    @Test(arguments: [
        ("Troops retook the village of Novodmytrivka in the Donetsk region.", "Novodmytrivka", "UA"),
        ("Police units recaptured the village of Hammam al-Alil south of Mosul.", "Hammam al-Alil", "IQ"),
        ("Units raided hideouts in the Hamrin mountains near Kirkuk.", "Hamrin Mountains", "IQ"),
        ("Troops completed their withdrawal from the Netzarim corridor in Gaza.", "Netzarim Corridor", "PS"),
        ("Troops broke the siege of Kweires air base east of Aleppo.", "Kweires", "SY"),
        ("Commandos raided a stronghold in the Lower Shabelle region of Somalia.", "Lower Shabelle region", "SO"),
        ("Navy divers began an operation in the Strait of Hormuz off Iran.", "Strait of Hormuz", "IR"),
        ("The army's assault on Wadi Barada near Damascus began.", "Wadi Barada", "SY"),
        ("The army cleared militants from North Waziristan, Pakistan.", "North Waziristan", "PK"),
        ("Rebels advanced in northern Shan state of Myanmar.", "Shan state", "MM"),
        ("Troops would advance on Adan Yabaal, a long-time al-Shabaab base near Mogadishu.", "Adan Yabaal", "SO"),
    ])
    func unlistedPlaceTakesTheCountryOfItsNeighbour(text: String, name: String, country: String) {
        let found = findPlaces(text)
        #expect(found.contains { $0.name == name && $0.country == country }, "\(found)")
    }

    /// "Congo" alone is the Democratic Republic (the larger, the one in the news); Brazzaville
    /// beside it makes it the Republic of the Congo.
    @Test func congoIsResolvedByContext() {
        #expect(findPlaces("The truce in eastern Congo held.").contains { $0.country == "CD" })
        #expect(findPlaces("Rebels attacked Goma in Congo.").contains { $0.text == "Congo" && $0.country == "CD" })
        #expect(findPlaces("Protesters in Brazzaville, Congo, marched.").contains { $0.text == "Congo" && $0.country == "CG" })
    }

    /// A district "of" a listed city is part of it; person names, months, actors are no places.
    @Test(arguments: [
        "Special forces stormed the Zanjili district of Mosul.",
        "President Biden said the base would close.",
        "The Islamic State base was hit on Monday.",
        "He met Gen. Austin Valley at the Pentagon.",
    ])
    func noUnlistedPlace(text: String) {
        let found = findPlaces(text)
        #expect(!found.contains { $0.country.isEmpty || $0.name.hasSuffix("district") || $0.name.contains("Valley") || $0.name.contains("Islamic") || $0.name.contains("Biden") }, "\(found)")
    }
}
