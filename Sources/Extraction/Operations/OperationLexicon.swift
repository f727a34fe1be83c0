/// The operation detector's data: triggers, their senses' guards, status cues, trap modifiers.
///
/// Everything here is data; ``OperationDetector`` is the engine. Phrases are tokenized like
/// text, so "air strike", "air-strike" and "airstrike" are three entries; inflections are listed.
enum OperationLexicon {
    /// How a trigger is written; decides which guard applies and how its own form sets status.
    enum Form: Sendable, Hashable {
        /// A noun naming a specific kind of operation ("offensive", "siege", "airstrikes").
        case specificNoun
        /// A noun whose kind comes from context ("operation", "campaign", "battle").
        case genericNoun
        /// A verb; `tense` is the inflection as written.
        case verb(Tense)
    }

    enum Tense: Sendable, Hashable {
        case base, third, past, participle, gerund
    }

    /// What the trigger needs around it to be read in its military sense.
    enum Guard: Sendable, Hashable {
        /// Nothing beyond the trap checks ("offensive" noun, "airstrike", "siege of X").
        case none
        /// A place (or "the city/town…") as object within a few tokens after the trigger.
        case placeObject
        /// A force noun ("fighters", "troops") or armed actor next to the trigger.
        case forces
        /// An armed actor, force noun or place in the clause.
        case militaryContext
        /// Forces near it and a place after it ("advance on", "move to").
        case forcesAndPlace
        /// Aircraft or an air force in the clause ("coalition jets … 27 strikes").
        case airContext
        /// A place, a military target ("positions", "base") or an actor as object ("raided three hideouts in …").
        case targetObject
        /// "attack": armed forces in the sentence and a place, target or armed actor as object.
        case attack
        /// Driving forces out of a place: forces or an armed actor as object, then from/out of a
        /// place ("oust Islamic State from the city", "drove the militants out of Gwoza").
        case removal
        /// Munitions as the object of a firing verb, aimed at a place or target ("launched more
        /// than 300 drones and missiles at Israel", "fired rockets at the base").
        case firedAt
    }

    struct Trigger: Sendable, Hashable {
        var kind: OperationKind
        var form: Form
        var guardRule: Guard
        /// 3 = names the kind outright ("siege"), 2 = a verb of the kind, 1 = generic.
        var specificity: Int

        /// A verb of taking, storming or besieging a place, which may complement a noun
        /// ("an offensive to recapture X", "an operation to capture X").
        var isTaking: Bool {
            kind == .liberation || kind == .assault || kind == .siege || (kind == .other && guardRule == .placeObject)
        }
    }

    /// Trigger phrases: phrase, kind, form, guard, specificity.
    static let triggers: PhraseLexicon<Trigger> = triggerTable.lexicon
    /// The first keys of every trigger phrase: the per-token rejection test.
    static let triggerFirstKeys: KeySet = triggerTable.first

    static let triggerTable: (lexicon: PhraseLexicon<Trigger>, first: KeySet) = {
        var lexicon = PhraseLexicon<Trigger>()
        var first: [LexiconKey] = []
        func add(_ phrases: [String], _ kind: OperationKind, _ form: Form, _ guardRule: Guard, _ specificity: Int) {
            for phrase in phrases {
                lexicon.insert(phrase, value: Trigger(kind: kind, form: form, guardRule: guardRule, specificity: specificity))
                if let key = TextBuffer(phrase).tokens.first?.key { first.append(key) }
            }
        }
        // Specific nouns.
        add(["offensive", "offensives", "counteroffensive", "counter-offensive", "counteroffensives", "counter-offensives"],
            .offensive, .specificNoun, .none, 3)
        add(["assault", "assaults", "counterassault", "counter-assault", "onslaught"], .assault, .specificNoun, .militaryContext, 3)
        add(["siege", "sieges", "encirclement", "blockade", "blockades"], .siege, .specificNoun, .militaryContext, 3)
        add(["ambush", "ambushes"], .assault, .specificNoun, .militaryContext, 3)
        // A military convoy is an operation of its own kind (corpus conventions: convoys → other).
        add(["convoy", "convoys"], .other, .specificNoun, .militaryContext, 3)
        add(["airstrike", "airstrikes", "air strike", "air strikes", "air-strike", "air-strikes", "air raid", "air raids",
             "air-raid", "air-raids", "drone strike", "drone strikes", "missile strike", "missile strikes",
             "bombing raid", "bombing raids", "bombing campaign", "air campaign", "aerial bombardment", "air offensive"],
            .airstrike, .specificNoun, .none, 3)
        add(["bombardment", "bombardments", "bombing", "bombings"], .airstrike, .specificNoun, .militaryContext, 3)
        add(["shelling", "artillery fire", "artillery strike", "artillery strikes", "rocket fire", "mortar fire"],
            .shelling, .specificNoun, .militaryContext, 3)
        add(["raid", "raids"], .raid, .specificNoun, .militaryContext, 3)
        add(["ground operation", "ground operations", "ground invasion", "invasion", "incursion", "incursions",
             "ground incursion", "land operation", "ground raid", "ground raids", "ground incursions"],
            .groundOperation, .specificNoun, .militaryContext, 3)
        add(["ground offensive", "ground offensives", "ground and air offensive", "ground and air offensives",
             "air and ground offensive", "air and ground offensives", "land and air offensive"], .offensive, .specificNoun, .none, 3)
        // Coordinated instruments: "air and missile strikes", "air and drone strikes".
        add(["air and missile strikes", "air and missile strike", "missile and air strikes", "air and drone strikes",
             "drone and missile strikes", "missile and drone strikes", "air and artillery strikes"],
            .airstrike, .specificNoun, .none, 3)
        add(["ground assault"], .assault, .specificNoun, .none, 3)
        add(["missiles", "drones", "drones and missiles", "missiles and drones", "ballistic missiles", "cruise missiles",
             "rockets and missiles", "missiles and rockets", "drones and rockets"], .airstrike, .specificNoun, .firedAt, 3)
        add(["rockets", "mortars"], .shelling, .specificNoun, .firedAt, 3)
        add(["strike", "strikes"], .airstrike, .specificNoun, .airContext, 3)
        add(["mortar rounds", "mortar shells", "mortar fire", "mortar attack", "mortar attacks", "rocket attack",
             "rocket attacks", "artillery barrage", "artillery barrages", "artillery shells", "rocket barrage"],
            .shelling, .specificNoun, .militaryContext, 3)
        add(["attack", "attacks", "counterattack", "counter-attack", "counterattacks"], .assault, .specificNoun, .attack, 2)
        add(["liberation", "recapture", "capture"], .liberation, .specificNoun, .placeObject, 2)
        add(["humanitarian pause", "pause in fighting", "pause in the fighting"], .ceasefire, .specificNoun, .none, 3)
        add(["drawdown", "pullback", "pull-back"], .withdrawal, .specificNoun, .forces, 3)
        add(["ceasefire", "ceasefires", "cease-fire", "cease-fires", "cease fire", "truce", "truces", "armistice"],
            .ceasefire, .specificNoun, .militaryContext, 3)
        add(["withdrawal", "withdrawals", "pullout", "pull-out", "retreat"], .withdrawal, .specificNoun, .forces, 3)
        add(["redeployment", "redeployments"], .redeployment, .specificNoun, .forces, 3)
        add(["relocation", "safe passage", "evacuation", "transfer"], .redeployment, .specificNoun, .forces, 2)
        // Forces sent to a front: "reinforcements were on their way from Kordofan".
        add(["reinforcements"], .redeployment, .specificNoun, .forcesAndPlace, 2)
        // Generic heads.
        add(["operation", "operations", "campaign", "campaigns", "battle", "battles", "military operation",
             "military operations", "counter-terrorism operation", "counterterrorism operation",
             "anti-terror operation", "anti-terrorist operation", "combat operations", "offensive operation",
             "offensive operations", "military campaign", "intervention", "interventions", "military intervention",
             "military interventions"], .other, .genericNoun, .militaryContext, 1)
        // Verbs.
        func verbs(_ kind: OperationKind, _ guardRule: Guard, _ specificity: Int, base: [String], third: [String],
                   past: [String], participle: [String], gerund: [String]) {
            add(base, kind, .verb(.base), guardRule, specificity)
            add(third, kind, .verb(.third), guardRule, specificity)
            add(past, kind, .verb(.past), guardRule, specificity)
            add(participle, kind, .verb(.participle), guardRule, specificity)
            add(gerund, kind, .verb(.gerund), guardRule, specificity)
        }
        verbs(.liberation, .placeObject, 2,
              base: ["liberate", "free", "retake", "recapture", "reclaim", "regain control of", "take back", "win back"],
              third: ["liberates", "frees", "retakes", "recaptures", "reclaims", "regains control of", "takes back"],
              past: ["liberated", "freed", "retook", "recaptured", "reclaimed", "regained control of", "took back", "won back"],
              participle: ["retaken", "taken back"],
              gerund: ["liberating", "freeing", "retaking", "recapturing", "reclaiming", "regaining control of", "taking back"])
        // Driving the enemy out of a place is a liberation (corpus conventions: "drive out").
        verbs(.liberation, .removal, 2,
              base: ["oust", "dislodge", "expel", "drive", "push", "flush", "evict"],
              third: ["ousts", "dislodges", "expels", "drives", "pushes", "flushes", "evicts"],
              past: ["ousted", "dislodged", "expelled", "drove", "pushed", "flushed", "evicted"],
              participle: ["driven"],
              gerund: ["ousting", "dislodging", "expelling", "driving", "pushing", "flushing", "evicting"])
        // Taking a place that was not one's own is not a liberation (DESIGN: retake/recapture/
        // free); "other" lets it join a liberation or an attack at the same place.
        verbs(.other, .placeObject, 2,
              base: ["capture", "seize", "take control of", "take control over", "gain control of"],
              third: ["captures", "seizes", "takes control of", "takes control over"],
              past: ["captured", "seized", "took control of", "took control over"],
              participle: ["taken control of"],
              gerund: ["capturing", "seizing", "taking control of", "taking control over"])
        verbs(.assault, .placeObject, 2,
              base: ["storm"], third: ["storms"], past: ["stormed"], participle: [], gerund: ["storming"])
        verbs(.siege, .placeObject, 2,
              base: ["besiege", "encircle", "lay siege to", "blockade", "surround"],
              third: ["besieges", "encircles", "lays siege to", "blockades", "surrounds"],
              past: ["besieged", "encircled", "laid siege to", "blockaded", "surrounded"], participle: [],
              gerund: ["besieging", "encircling", "laying siege to", "blockading", "surrounding"])
        verbs(.assault, .targetObject, 2,
              base: ["ambush"], third: ["ambushes"], past: ["ambushed"], participle: [], gerund: ["ambushing"])
        verbs(.shelling, .placeObject, 2,
              base: ["shell"], third: ["shells"], past: ["shelled"], participle: [], gerund: [])
        verbs(.airstrike, .placeObject, 2,
              base: ["bomb"], third: ["bombs"], past: ["bombed"], participle: [], gerund: [])
        verbs(.offensive, .forcesAndPlace, 2,
              base: ["move on", "push on", "push against", "advance on", "advance toward", "advance towards", "advance into", "push into", "push toward", "push towards", "march on"],
              third: ["advances on", "advances toward", "advances towards", "advances into", "pushes into", "pushes toward", "marches on"],
              past: ["advanced on", "advanced toward", "advanced towards", "advanced into", "pushed into", "pushed toward", "pushed towards", "marched on"],
              participle: [],
              gerund: ["advancing on", "advancing toward", "advancing towards", "advancing into", "pushing into", "pushing toward", "pushing towards", "marching on"])
        verbs(.groundOperation, .placeObject, 2,
              base: ["invade"], third: ["invades"], past: ["invaded"], participle: [], gerund: ["invading"])
        verbs(.groundOperation, .forcesAndPlace, 2,
              base: ["enter", "roll into", "move into", "cross into", "storm into", "march into", "drive into"],
              third: ["enters", "rolls into", "moves into", "crosses into", "marches into", "drives into"],
              past: ["entered", "rolled into", "moved into", "crossed into", "stormed into", "marched into", "drove into"],
              participle: [],
              gerund: ["entering", "rolling into", "moving into", "crossing into", "storming into", "marching into", "driving into"])
        verbs(.raid, .targetObject, 2,
              base: ["raid"], third: ["raids"], past: ["raided"], participle: [], gerund: ["raiding"])
        verbs(.shelling, .targetObject, 2,
              base: ["pound"], third: ["pounds"], past: ["pounded"], participle: [], gerund: ["pounding"])
        verbs(.airstrike, .airContext, 2,
              base: ["strike", "drop bombs", "hit"], third: ["strikes", "drops bombs", "hits"], past: ["struck", "dropped bombs"],
              participle: [], gerund: ["striking", "dropping bombs", "hitting"])
        verbs(.other, .targetObject, 2,
              base: ["clear"], third: ["clears"], past: ["cleared"], participle: [], gerund: ["clearing"])
        verbs(.assault, .attack, 2,
              base: ["attack"], third: ["attacks"], past: ["attacked"], participle: [], gerund: ["attacking"])
        verbs(.redeployment, .forces, 2,
              base: ["deploy", "send", "shift", "dispatch"], third: ["deploys", "sends", "shifts", "dispatches"],
              past: ["deployed", "sent", "shifted", "dispatched"], participle: [],
              gerund: ["deploying", "sending", "shifting", "dispatching"])
        verbs(.redeployment, .forces, 3,
              base: ["redeploy"], third: ["redeploys"], past: ["redeployed"], participle: [], gerund: ["redeploying"])
        verbs(.redeployment, .forces, 2,
              base: ["relocate", "transfer", "move", "travel"],
              third: ["relocates", "transfers", "moves", "travels"],
              past: ["relocated", "transferred", "moved", "travelled", "traveled"],
              participle: [], gerund: ["relocating", "transferring", "moving", "travelling", "traveling"])
        // Forces evacuating people or their own are an operation of their own kind (corpus
        // conventions: evacuations by the military → other); "the evacuation of fighters to
        // Idlib" under a deal stays a movement.
        verbs(.other, .forces, 2,
              base: ["evacuate"], third: ["evacuates"], past: ["evacuated"], participle: [], gerund: ["evacuating"])
        // Demolitions by forces (corpus conventions: other): "blew up the last bridge over the Oskil river".
        verbs(.other, .targetObject, 2,
              base: ["blow up", "demolish"], third: ["blows up", "demolishes"], past: ["blew up", "demolished"],
              participle: ["blown up"], gerund: ["blowing up", "demolishing"])
        // Forces fighting their way out of an encircled place: "could try to break out of Raqqa".
        verbs(.other, .forces, 2,
              base: ["break out of"], third: ["breaks out of"], past: ["broke out of"], participle: ["broken out of"],
              gerund: ["breaking out of"])
        // Forces on their way somewhere: "reinforcements from Misrata were heading south toward Gharyan".
        verbs(.redeployment, .forces, 2,
              base: [], third: [],
              past: ["headed to", "headed toward", "headed towards", "headed for", "headed south", "headed north",
                     "headed east", "headed west"],
              participle: [],
              gerund: ["heading to", "heading toward", "heading towards", "heading for", "heading south", "heading north",
                       "heading east", "heading west", "en route to", "en route from"])
        // Forces carried by air: "fly paratroopers into Kunduz", "commandos had been flown into Lashkar Gah".
        verbs(.redeployment, .forces, 2,
              base: ["fly", "airlift", "ferry"], third: ["flies", "airlifts", "ferries"],
              past: ["flew", "airlifted", "ferried"], participle: ["flown"],
              gerund: ["flying", "airlifting", "ferrying"])
        verbs(.withdrawal, .forces, 2,
              base: ["pull"], third: ["pulls"], past: ["pulled"], participle: [], gerund: ["pulling"])
        verbs(.withdrawal, .forces, 2,
              base: ["withdraw", "pull out", "pull back", "leave", "retreat", "abandon"],
              third: ["withdraws", "pulls out", "pulls back", "leaves", "retreats", "abandons"],
              past: ["withdrew", "pulled out", "pulled back", "left", "retreated", "abandoned"],
              participle: ["withdrawn"],
              gerund: ["withdrawing", "pulling out", "pulling back", "leaving", "retreating", "abandoning"])
        return (lexicon, KeySet(first))
    }()

    /// Verbs whose trigger only counts in the movement sense when their destination or origin is
    /// a place or their subject/object is a force ("move to Syria", "fighters … leave Mosul").
    static let movementNeedsForcesAdjacent: KeySet = keys([
        "move", "moves", "moved", "moving", "travel", "travels", "travelled", "traveled", "travelling", "traveling",
        "leave", "leaves", "left", "leaving", "transfer", "transfers", "transferred", "transferring",
        "abandon", "abandons", "abandoned", "abandoning", "retreat", "retreats", "retreated", "retreating",
        "deploy", "deploys", "deployed", "deploying", "send", "sends", "sent", "sending", "shift", "shifts", "shifted",
        "shifting", "dispatch", "dispatches", "dispatched", "dispatching", "redeploy", "redeploys", "redeployed",
        "redeploying", "relocate", "relocates", "relocated", "relocating", "pull", "pulls", "pulled", "pulling",
        "fly", "flies", "flew", "flown", "flying", "airlift", "airlifts", "airlifted", "airlifting", "ferry", "ferries",
        "ferried", "ferrying", "heading", "headed", "en",
    ])

    // MARK: Context words

    /// Nouns for armed people and equipment: "fighters", "troops", "tanks".
    static let forceNouns: KeySet = keys([
        "fighters", "fighter", "troops", "troop", "soldiers", "soldier", "militants", "militant", "forces", "force",
        "army", "armies", "militiamen", "militias", "militia", "gunmen", "insurgents", "insurgent", "jihadists",
        "jihadis", "rebels", "rebel", "terrorists", "servicemen", "personnel", "marines", "paratroopers",
        "commandos", "battalion", "battalions", "brigade", "brigades", "units", "unit", "division", "divisions",
        "tanks", "tank", "warplanes", "warplane", "jets", "aircraft", "helicopters", "drones", "artillery",
        "military", "navy", "troopers", "combatants", "mercenaries", "special", "peshmerga", "regiment",
        "armour", "armor", "vehicles", "warships", "bombers", "gunships", "men", "destroyers", "destroyer", "frigates",
        "submarines", "carrier", "carriers", "warship", "reinforcements", "f-16s", "f-35s", "bombers",
        "reserves", "reservists", "contingent", "contingents",
    ])

    /// Verbs that keep something from happening: "to stop the militants from marching on the
    /// capital", "prevented the rebels from entering Goma" — the gerund after "from" is averted.
    static let preventionVerbs: KeySet = keys([
        "stop", "stops", "stopped", "stopping", "prevent", "prevents", "prevented", "preventing", "deter", "deters",
        "deterred", "block", "blocks", "blocked", "blocking", "bar", "bars", "barred", "keep", "keeps", "kept",
        "discourage", "discouraged", "dissuade", "dissuaded",
    ])

    /// Words that make a clause military even without a named actor.
    static let militaryWords: KeySet = forceNouns.union(keys([
        "military", "armed", "army", "air", "ground", "combat", "frontline", "front", "artillery", "warplanes",
        "airstrikes", "offensive", "jihadist", "terrorist", "terrorists", "militants", "enemy", "fighters",
        "counter-terrorism", "counterterrorism", "troops", "defence", "defense", "ministry", "strategic",
    ]))

    /// Verbs that fire munitions: "launched … missiles at", "fired rockets at".
    static let firingVerbs: KeySet = keys([
        "fire", "fires", "fired", "firing", "launch", "launches", "launched", "launching", "lob", "lobs", "lobbed",
        "lobbing", "shoot", "shoots", "shot", "shooting",
    ])

    /// Penalties that a state "hits" another with: "Britain hit Russia with sanctions".
    static let penaltyWords: KeySet = keys([
        "sanctions", "sanction", "tariffs", "tariff", "duties", "levies", "fines", "penalties", "embargo", "lawsuit",
        "lawsuits", "charges", "restrictions", "curbs", "measures",
    ])

    /// Words that put a strike in the air.
    /// Fire from the ground: a strike verb after them is shelling ("a barrage of rockets struck the base").
    static let artilleryWords: KeySet = keys([
        "rockets", "rocket", "mortars", "mortar", "artillery", "howitzers", "howitzer", "barrage", "katyushas",
    ])
    static let airWords: KeySet = keys([
        "air", "aircraft", "warplanes", "warplane", "jets", "jet", "bombers", "bomber", "drone", "drones", "f-16s",
        "f-16", "f-35s", "helicopters", "helicopter", "gunships", "coalition", "aerial", "airstrikes", "sorties",
        "missile", "missiles", "cruise", "aviation", "airforce", "air-force", "long-range", "precision",
    ])

    /// Nouns that stand for a place already named ("the city", "the town").
    static let placeAnaphors: KeySet = keys([
        "city", "town", "village", "area", "region", "province", "district", "stronghold", "enclave", "base",
        "airport", "airbase", "territory", "neighbourhood", "neighborhood", "outskirts", "suburbs", "port",
        "capital", "border", "settlement", "villages", "towns", "cities", "positions", "strongholds", "houses",
        "districts", "neighbourhoods", "neighborhoods",
    ])

    /// Words that name the place after them in passing, not as where an operation is: a
    /// comparison ("unlike Kobani", "than the one in Mosul"), where someone spoke or met ("at a
    /// news conference in Baghdad", "speaking to reporters in Istanbul"), where a person was or
    /// went ("who was in Nairobi", "flew back to Manila"), where refugees came from or went
    /// ("families who fled from Tal Afar").
    static let passingCues: KeySet = keys([
        "unlike", "than", "compared", "comparison", "similar", "reminiscent", "resembling", "echoing",
        "conference", "summit", "meeting", "speech", "briefing", "interview", "rally", "ceremony", "forum",
        "visit", "visits", "visiting", "visited", "trip", "speaking", "spoke", "addressing", "reporters",
        "who", "whom", "flew", "travelled", "traveled", "stayed", "exile", "born",
        "fled", "flee", "flees", "fleeing", "escaped", "escape", "escaping", "refugees", "refugee", "displaced",
        "evacuees", "migrants",
    ])

    /// Verbs of an outcome reached, in the past or present: with an object of ``outcomeObjects``
    /// in the clause after a trigger they say the operation is over ("entered the town and raised
    /// the flag", "took full control of", "by nightfall the army was in complete control").
    static let outcomeVerbs: KeySet = keys([
        "raised", "hoisted", "planted", "unfurled", "took", "seized", "gained", "regained", "wrested", "assumed",
        "established", "had", "has", "was", "is", "were", "are", "declared", "cleared",
    ])

    /// What an outcome verb reaches: the flag over a place, control of it, victory, the last
    /// pockets of resistance.
    static let outcomeObjects: KeySet = keys([
        "flag", "flags", "banner", "banners", "control", "victory", "pockets", "remnants",
    ])

    /// Words that keep an outcome from being reached: a contrast, a negation, a state that lasts
    /// ("but had not yet taken control", "the militants were still in control").
    static let outcomeBlockers: KeySet = keys([
        "but", "not", "no", "never", "yet", "still", "remained", "remains", "remain", "partial", "partly", "until",
    ])

    /// Determiners before a place anaphor.
    static let definite: KeySet = keys(["the", "this", "that", "these", "those", "its", "their"])

    /// Modifiers that put "operation", "campaign", "offensive", "assault", "raid", "siege",
    /// "strike", "withdrawal" in a non-military sense (medical, business, political, police…).
    static let trapModifiers: KeySet = keys([
        "aid", "humanitarian", "relief", "presidential", "wedding", "funeral", "motorcade",
        "economic", "trade", "traffic", "diplomatic", "financial", "information", "internet", "legal",
        "surgical", "surgery", "medical", "business", "businesses", "commercial", "company", "corporate",
        "financial", "mining", "logistics", "retail", "rescue", "police", "policing", "sting", "undercover",
        "similar", "election", "electoral", "presidential", "political", "campaign", "advertising", "ad", "marketing",
        "publicity", "awareness", "vaccination", "immunization", "fundraising", "fund-raising", "smear",
        "charm", "diplomatic", "media", "propaganda", "pr", "peace", "legal", "sales", "lobbying", "charity",
        "sexual", "indecent", "verbal", "physical", "aggravated", "domestic", "racist", "cyber", "heart",
        "panic", "asthma", "drug", "drugs", "anti-drug", "dawn", "tax", "customs", "immigration", "fbi", "swat",
        "hostage", "search", "humanitarian", "relief", "cleanup", "clean-up", "recovery", "salvage",
        "cash", "bank", "atm", "nicotine", "opioid", "alcohol", "brexit", "hunger", "general", "labor", "labour",
        "strike", "workers", "teachers", "union", "reelection", "re-election", "social", "online", "digital",
        "email", "phishing", "grassroots", "climate", "recruitment", "recruiting", "boycott", "petition",
        "memory", "spelling", "chess", "video", "game", "rap", "epic", "dance", "legislative", "budget",
        "customer", "rhetorical", "personal", "public", "relations", "holiday", "shopping", "christmas",
        "suicide", "terror", "terrorist", "knife", "gun", "car", "truck", "acid", "shark", "dog", "bear",
        "fire", "fires", "nazi", "drill", "training", "bomb", "grenade", "arson", "airline", "airlines", "flight",
        "flights", "maintenance", "systems", "emergency", "firm", "scathing", "blistering", "lightning", "takeover",
        "hostile", "corporate", "hacker", "hackers", "ransomware", "currency", "chemotherapy",
    ])

    /// Words right after a trigger that make it a modifier of a non-military noun
    /// ("offensive remarks", "assault rifle", "campaign trail", "operation theatre").
    static let trapFollowers: KeySet = keys([
        // Units and equipment named for what they do: "assault groups", "attack helicopters", "strike group".
        "groups", "group", "teams", "team", "helicopters", "helicopter", "submarine", "submarines", "boats", "boat",
        "talks", "negotiations", "negotiator", "negotiators", "summit",
        "remarks", "remark", "comments", "comment", "language", "behaviour", "behavior", "words", "content",
        "material", "materials", "jokes", "joke", "tweet", "tweets", "statement", "statements", "posts", "gestures",
        "slur", "slurs", "terms", "messages", "images", "names", "line", "lineman", "linemen", "coordinator",
        "player", "players", "tackle", "rebound", "rebounds", "weapons", "capabilities", "capability", "posture",
        "rifle", "rifles", "charge", "charges", "case", "cases", "trial", "allegation", "allegations",
        "conviction", "convictions", "victim", "victims", "trail", "finance", "finances", "manager", "managers",
        "staff", "spending", "donors", "ads", "slogan", "headquarters", "rally", "rallies", "speech", "promise",
        "promises", "pledge", "theatre", "theater", "room", "table", "system", "systems", "costs", "cost",
        "mentality", "symptoms", "symptom", "fee", "fees", "limit", "limits", "boss", "bosses", "game", "games",
        "mode", "party", "kit", "tactics", "strategy", "season", "war", "sirens", "siren", "shelter", "shelters",
        "warning", "warnings", "drill", "drills", "alarm", "alarms", "forces", "command", "centre", "center",
        "director", "directors", "officer", "officers", "room", "revelation", "cartoon", "cartoons", "video", "videos",
        "song", "lyrics", "meme", "memes", "and",
    ])

    /// Objects that put "withdrawal", "withdraw", "leave", "free", "capture", "seize", "storm" in a
    /// non-military sense ("withdraw from the race", "seize the opportunity").
    static let trapObjects: KeySet = keys([
        "race", "election", "elections", "treaty", "agreement", "deal", "accord", "talks", "negotiations",
        "tournament", "competition", "contest", "championship", "union", "eu", "bill", "motion", "candidacy",
        "opportunity", "moment", "initiative", "imagination", "attention", "market", "headlines", "spotlight",
        "hearts", "mood", "essence", "spirit", "image", "images", "footage", "camera", "video", "trade", "speech",
        "press", "charge", "stage", "office", "hospital", "meeting", "room", "building", "studio", "court",
        "charts", "chart", "internet", "world", "prisoners", "hostages", "hostage", "detainees", "captives",
        "assets", "cash", "drugs", "cocaine", "heroin", "passports", "documents", "money", "vote", "votes",
        "country", "party", "company", "job", "home", "house", "school", "power", "presidency", "seat", "seats",
    ])

    /// What a labour strike is about: "a strike over pay", "strikes against pension cuts".
    static let disputeNouns: KeySet = keys([
        "pay", "wage", "wages", "salary", "salaries", "pension", "pensions", "benefits", "bonus", "bonuses",
        "overtime", "contract", "contracts", "conditions", "layoffs", "redundancies", "job", "jobs", "hours",
        "privatisation", "privatization", "austerity", "fares", "fees",
    ])

    /// The noun that also names a labour action.
    static let strikeNouns: KeySet = keys(["strike", "strikes"])

    /// Units of a duration compound: a "48-hour strike", a "one-day walkout" is a labour action.
    static let durationUnits: KeySet = keys(["hour", "day", "week", "month"])

    /// Civilian things and people a withdrawal or pullout can be "of": "the withdrawal of foreign
    /// investors", "a pullout of funds", "the withdrawal of the ambassador".
    static let civilianWithdrawn: KeySet = keys([
        "investors", "investor", "investment", "investments", "funds", "funding", "money", "deposits", "savings",
        "capital", "support", "subsidies", "subsidy", "ambassador", "ambassadors", "envoy", "envoys", "diplomats",
        "candidate", "candidates", "candidacy", "nomination", "application", "bid", "offer", "licence", "license",
        "accreditation", "product", "products", "shares", "stake", "sponsorship", "sponsors", "advertisers",
    ])

    /// Heads of abstract objects: "an assault on his reputation", "an offensive against the budget".
    static let abstractObjects: KeySet = keys([
        "reputation", "democracy", "freedom", "freedoms", "rights", "truth", "press", "media", "values", "policy",
        "policies", "character", "dignity", "constitution", "judiciary", "critics", "science", "culture", "decency",
        "integrity", "law", "laws", "rule", "institutions", "liberty", "privacy", "speech", "senses", "economy",
        "budget", "bill", "plan", "proposal", "reforms", "reform", "corruption", "inflation", "title", "record",
        "champion", "opponent", "opponents", "prices", "poverty", "crime", "drugs", "taxes", "tax", "deficit",
        "government's", "legislation", "tradition", "traditions", "women", "workers", "unions", "immigration",
        "mock", "dummy", "simulated", "practice", "imaginary", "virtual", "notional", "opposition", "dissent",
        "dissidents", "journalists", "protesters", "protests",
    ])

    /// Civilian crowds: what they storm, besiege or blockade is a protest, not an operation.
    static let crowdWords: KeySet = keys([
        "protesters", "protestors", "demonstrators", "rioters", "crowds", "crowd", "mob", "mobs", "fans", "students",
        "farmers", "truckers", "strikers", "marchers",
    ])

    /// Actor words that make a raid, storming or rescue a police matter.
    static let policeWords: KeySet = keys([
        "police", "policemen", "officers", "fbi", "detectives", "swat", "gendarmes", "gendarmerie",
        "investigators", "prosecutors", "customs", "agents", "authorities", "sheriff", "deputies", "interpol",
        "europol", "anti-corruption", "tax", "regulators", "inspectors", "immigration", "ice",
    ])

    /// Activities that are not operations: when a trigger only frames one of these ("training
    /// before the battle"), the sentence has no operation.
    static let nonOperationActivities: KeySet = keys([
        "training", "drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "parade", "parades",
        "talks", "negotiations", "summit", "conference", "rehearsal", "rehearsals", "war-games", "wargames",
        "simulation", "ceremony",
    ])

    /// Prepositions that make a trigger the time frame of another event ("after a three-month
    /// siege", "during the offensive", "prior to the Mosul offensive"): the trigger is background.
    static let framePrepositionLasts = KeySet(words: ["after", "before", "during", "to", "of", "following", "for",
                                                        "since", "throughout", "amid", "aftermath", "wake"])
    static let framePrepositions: PhraseLexicon<Bool> = phrases([
        "after", "before", "during", "prior to", "ahead of", "following", "in preparation for",
        "in the run-up to", "in the lead-up to", "preparing for", "preparation for", "preparations for", "since",
        "throughout", "amid", "in the wake of", "in the aftermath of",
    ])

    // MARK: Status cues

    enum Cue: Sendable, Hashable {
        case status(OperationStatus)
        /// "launched", "began": ongoing for lasting kinds, completed for single strikes and raids.
        case started
        /// "launch", "begin" in the present: planned in prose ("when the campaign begins").
        case startsLater
        /// A conditional ("if", "unless"): planned.
        case conditional
        /// "ended", "was over", "lasted": completed, and stronger than a start cue.
        case finished
        /// "for a third straight day", "will keep": ongoing, stronger than the verb's tense.
        case continuing
    }

    static let cues: PhraseLexicon<Cue> = cueTable.lexicon
    static let cueFirstKeys: KeySet = cueTable.first

    static let cueTable: (lexicon: PhraseLexicon<Cue>, first: KeySet) = {
        var lexicon = PhraseLexicon<Cue>()
        var first: [LexiconKey] = []
        func add(_ phrases: [String], _ cue: Cue) {
            for phrase in phrases {
                lexicon.insert(phrase, value: cue)
                if let key = TextBuffer(phrase).tokens.first?.key { first.append(key) }
            }
        }
        add(["called off", "call off", "calls off", "calling off", "cancelled", "canceled", "cancel", "cancels",
             "postponed", "postpone", "postpones", "shelved", "scrapped", "aborted", "suspended", "suspend",
             "will not", "won't", "would not", "has no plans", "have no plans", "ruled out", "rules out",
             "no intention of", "no intention to",
             "no longer", "not launch", "not begin", "halted", "put off", "put on hold", "delayed", "collapsed",
             "broke down", "has collapsed", "shelved plans", "scrapped plans", "abandoned plans", "collapse of",
             "breakdown of"],
            .status(.cancelled))
        add(["imminent", "imminently", "about to", "on the verge of", "poised to", "draws near", "drawing near", "draw near", "draws closer", "tonight", "later today",
             "in the next few hours", "within 48 hours", "within 24 hours", "over the next few days", "very soon",
             "getting ready", "gearing up", "within hours", "in a few hours", "in hours", "hours away", "any moment",
             "gave the order", "give the order", "gives the order", "given the order", "in the coming hours",
             "move to", "moves to", "moving to", "days away",
             "within days", "at any time", "imminence", "in the coming days", "in the next few days",
             "within the next few days", "in coming days", "tomorrow", "tomorrow morning", "tomorrow night",
             "in days", "within the next 48 hours", "within the next 24 hours", "in the next 48 hours",
             "in the next 24 hours", "overnight tonight"],
            .status(.imminent))
        add(["the day after tomorrow", "day after tomorrow"], .status(.planned))
        add(["will", "'ll", "shall", "would", "going to", "plan", "plans", "planned", "planning", "intend",
             "intends", "intended", "intention", "aim to", "aims to", "set to", "scheduled", "expected to",
             "is expected", "upcoming", "forthcoming", "future", "prospective", "threaten to", "threatens to",
             "threatened to", "vowed to", "vows to", "vow to", "pledged to", "pledges to", "promised to", "ready to",
             "could", "may", "might", "should", "prior to", "ahead of", "when", "once", "possible", "potential",
             "looming", "next", "soon", "later", "before", "to be launched", "want to", "wants to", "seek to",
             "seeks to", "want", "wants", "due to", "hope to", "hopes to", "hoped to", "bracing for", "braces for", "brace for", "fear",
             "fears", "feared", "expect", "expects", "to be completed", "take effect", "takes effect", "will take effect",
             "would", "in the coming weeks", "warned", "preparing to", "prepares to", "prepare to", "warns", "preparing a", "preparing an",
             "preparing for", "prepare for", "prepares for"],
            .status(.planned))
        add(["underway", "under way", "ongoing", "continuing", "continues", "continue", "continued", "in progress",
             "still", "has been under", "have been under", "remains under", "remain under", "is under",
             "are under", "entered its", "enters its", "intensified", "intensifies", "raging", "currently",
             "days into", "weeks into", "months into", "pressing", "progressing", "are advancing", "is advancing",
             "are fighting", "is fighting", "will complete", "to complete", "complete the",
             "resumed", "resumes", "press their", "pressed", "will be completed"],
            .status(.ongoing))
        add(["straight day", "straight days", "consecutive day", "consecutive days", "for days", "for weeks",
             "for months", "for a week", "now in its", "keep", "keeps", "kept", "will continue", "continue to",
             "continues to", "continued to", "still", "will end", "would end", "to end", "will expire", "would expire",
             "wind down", "to wind down"], .continuing)
        add(["since launching", "since starting", "since beginning", "launched", "began", "begun", "started", "kicked off", "commenced", "opened", "has launched",
             "have launched", "carried out", "conducted", "staged", "mounted", "took part", "took", "hit", "struck",
             "killed", "destroyed", "pounded", "fought", "traded", "damaged", "wounded", "flattened", "shelled"],
            .started)
        add(["launch", "launches", "begin", "begins", "start", "starts", "commence", "commences", "kick off"],
            .startsLater)
        add(["completed", "successfully", "ago", "last year", "last month", "fell"], .status(.completed))
        add(["ended", "concluded", "finished", "was over", "is over", "came to an end", "wrapped up", "was lifted",
             "were lifted", "lifted", "broke", "broken", "lasted", "achieved", "has completed", "have completed",
             "had completed", "surrendered", "was repelled", "were repelled"], .finished)
        add(["if", "unless", "in case"], .conditional)
        return (lexicon, KeySet(first))
    }()

    /// Whether a time expression is a near horizon that makes a planned operation imminent
    /// ("tonight", "within hours", "in the coming days", "tomorrow"): it contains an imminent cue.
    static func isImminentHorizon(_ buffer: TextBuffer, _ tokens: Range<Int>) -> Bool {
        var position = tokens.lowerBound
        let upper = min(tokens.upperBound, buffer.tokens.count)
        while position < upper {
            if cueFirstKeys.contains(buffer.tokens[position].key),
               let match = cues.longestMatch(in: buffer, at: position, limit: upper)
            {
                if match.values.contains(.status(.imminent)) { return true }
                position = match.tokens.upperBound
                continue
            }
            position += 1
        }
        return false
    }

    // MARK: Role cues

    enum LocationCue: Sendable, Hashable { case target, origin, destination, containment }

    /// Prepositions before a place and the role they give it (for movements and for attacks).
    static let locationPrepositions: PhraseLexicon<LocationCue> = {
        var lexicon = PhraseLexicon<LocationCue>()
        for phrase in ["on", "against", "of", "in", "into", "within", "over", "at", "for", "near", "around",
                       "targeting", "targeted", "inside", "across", "upon", "toward", "towards"] {
            lexicon.insert(phrase, value: .target)
        }
        for phrase in ["from", "out of", "leave", "left", "leaving", "away from"] { lexicon.insert(phrase, value: .origin) }
        for phrase in ["to", "toward", "towards", "into"] { lexicon.insert(phrase, value: .destination) }
        for phrase in ["in the vicinity of", "located in", "province of", "in the province of", "including"] {
            lexicon.insert(phrase, value: .containment)
        }
        return lexicon
    }()

    static let agentAfter: KeySet = keys(["by"])
    static let targetBefore: KeySet = keys(["against", "on", "targeting", "versus", "held", "controlled", "occupied"])
    static let allyBefore: PhraseLexicon<Bool> = phrases([
        "backed by", "supported by", "with the support of", "with support from", "alongside", "together with",
        "allied with", "with the help of", "aided by", "assisted by", "in coordination with", "and its allies",
        "and their allies",
    ])
    static let mediatorCue: KeySet = keys(["mediator", "mediators", "mediated", "brokered", "mediation", "broker", "brokers"])
    static let coordinators: KeySet = keys(["and", ",", "&"])

    // MARK: Quantities

    static let quantityQualifiers: PhraseLexicon<Quantity.Qualifier> = {
        var lexicon = PhraseLexicon<Quantity.Qualifier>()
        for phrase in ["more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than"] {
            lexicon.insert(phrase, value: .moreThan)
        }
        for phrase in ["less than", "fewer than", "under", "below", "at most", "no more than"] {
            lexicon.insert(phrase, value: .lessThan)
        }
        for phrase in ["about", "around", "some", "approximately", "roughly", "nearly", "almost", "an estimated",
                       "estimated", "close to", "approx", "an approximate", "as many as"] {
            lexicon.insert(phrase, value: .about)
        }
        for phrase in ["up to"] { lexicon.insert(phrase, value: .upTo) }
        return lexicon
    }()

    static let numberWords: [LexiconKey: Int] = {
        let words = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                     "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                     "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12, "dozens": 24,
                     "hundreds": 200, "thousands": 2000, "a": 1, "an": 1]
        var table: [LexiconKey: Int] = [:]
        for (word, value) in words { table[LexiconKey(folding: word)] = value }
        return table
    }()

    /// The unit a number compounds with before a noun, and the unit it counts: "a 5,000-strong
    /// force" and "a 10,000-man offensive" count troops, "a two-battalion assault" battalions.
    static let compoundUnits: [LexiconKey: String] = {
        var table: [LexiconKey: String] = [:]
        for (word, unit) in [
            "strong": "troops", "man": "men", "member": "members", "soldier": "soldiers", "troop": "troops",
            "fighter": "fighters", "tank": "tanks", "vehicle": "vehicles", "truck": "trucks", "ship": "ships",
            "vessel": "vessels", "jet": "jets", "drone": "drones", "missile": "missiles", "rocket": "rockets",
            "battalion": "battalions", "brigade": "brigades", "division": "divisions", "regiment": "regiments",
        ] {
            table[LexiconKey(folding: word)] = unit
        }
        return table
    }()

    static let multipliers: [LexiconKey: Int] = {
        var table: [LexiconKey: Int] = [:]
        for (word, value) in ["hundred": 100, "thousand": 1000, "million": 1_000_000] {
            table[LexiconKey(folding: word)] = value
        }
        return table
    }()

    /// Units a quantity of forces counts.
    static let quantityUnits: KeySet = keys([
        "fighters", "troops", "soldiers", "militants", "militiamen", "gunmen", "insurgents", "jihadists",
        "rebels", "terrorists", "servicemen", "personnel", "marines", "paratroopers", "commandos", "tanks",
        "warplanes", "jets", "aircraft", "helicopters", "drones", "vehicles", "armoured", "men", "fighter",
        "battalions", "brigades", "airstrikes", "strikes", "missiles", "rockets", "sorties", "warships", "bombers",
        "members", "mercenaries", "police", "policemen", "officers", "volunteers", "reservists", "recruits",
        "pieces", "guns", "artillery", "howitzers", "armored", "combatants", "destroyers", "frigates",
        "submarines", "divisions", "regiments",
    ])

    // MARK: Helpers

    static func keys(_ words: [String]) -> KeySet {
        KeySet(words: words)
    }

    static func phrases(_ list: [String]) -> PhraseLexicon<Bool> {
        var lexicon = PhraseLexicon<Bool>()
        for phrase in list { lexicon.insert(phrase, value: true) }
        return lexicon
    }
}
