/// The actor lexicon's data. Everything here is data; ``ActorLexicon`` is the engine.
///
/// Tables are tab-separated raw strings; `#` starts a comment line.
enum ActorData {
    /// Named groups, forces and agencies.
    ///
    /// Columns: canonical name, kind (DESIGN §4), country (ISO code or empty), flags, aliases
    /// (`|`-separated). Alias markers: `!` = all capitals and actor context required ("IS", never
    /// the verb "is"); `?` = actor context required ("Wagner", "Badr"). Flags:
    /// `lower` = may be written in lowercase ("coalition"); `generic` = a bare word that
    /// the document's specific coalition replaces and that political uses block ("coalition
    /// government"); `specific` = what a bare "coalition" refers to when the article names it;
    /// `countries=SA/JO/…` = the country is the one of these the article mentions nearest to
    /// the name; `tail` = a following force noun joins the mention ("coalition warplanes").
    static let named: String = #"""
    # Jihadist and armed groups
    Daesh	armed-group		 	Daesh|Da'esh|Daech|ISIS|ISIL|IS!|Islamic State|Islamic State group|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State in Iraq and Syria|Islamic State in Iraq and the Levant|Islamic State of Iraq and al-Sham|Dawla?
    Islamic State Khorasan Province	armed-group	AF	 	ISIS-K|ISKP|IS-K|Islamic State Khorasan|Islamic State Khorasan Province|Islamic State-Khorasan
    Islamic State West Africa Province	armed-group	NG	 	ISWAP|Islamic State West Africa Province|Islamic State West Africa
    al-Shabaab	armed-group	SO	 	al-Shabaab|al-Shabab|Al Shabaab|Al Shabab|Shabaab|Shabab?|Harakat al-Shabaab al-Mujahideen
    Houthis	armed-group	YE	 	Houthis|Houthi|Huthis|Huthi|Houthi rebels|Houthi movement|Ansar Allah|Ansarallah|Ansarullah
    Hayat Tahrir al-Sham	armed-group	SY	 	Hayat Tahrir al-Sham|Hay'at Tahrir al-Sham|Hayat Tahrir al Sham|Tahrir al-Sham|HTS|Jabhat al-Nusra|al-Nusra Front|Nusra Front|al-Nusra|Jabhat Fateh al-Sham|Jabhat Fatah al-Sham
    Taliban	armed-group	AF	 	Taliban|Taleban|Afghan Taliban
    Tehrik-i-Taliban Pakistan	armed-group	PK	 	Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|Pakistani Taliban|TTP
    al-Qaeda	armed-group		 	al-Qaeda|al-Qaida|al-Qa'ida|Al Qaeda|Al Qaida|al Qaeda
    al-Qaeda in the Arabian Peninsula	armed-group	YE	 	al-Qaeda in the Arabian Peninsula|AQAP|al-Qaida in the Arabian Peninsula
    al-Qaeda in the Islamic Maghreb	armed-group		 	al-Qaeda in the Islamic Maghreb|AQIM
    JNIM	armed-group	ML	 	JNIM|Jama'at Nusrat al-Islam wal-Muslimin|Jamaat Nusrat al-Islam wal-Muslimin
    Boko Haram	armed-group	NG	 	Boko Haram
    M23	armed-group	CD	 	M23|March 23 Movement|M23 rebels
    Allied Democratic Forces	armed-group	CD	 	Allied Democratic Forces
    Free Syrian Army	armed-group	SY	 	Free Syrian Army|FSA
    Syrian National Army	armed-group	SY	 	Syrian National Army|SNA!
    Ahrar al-Sham	armed-group	SY	 	Ahrar al-Sham|Ahrar al Sham
    Jaysh al-Islam	armed-group	SY	 	Jaysh al-Islam|Jaish al-Islam
    Syrian Democratic Forces	armed-group	SY	 	Syrian Democratic Forces|SDF|YPG|YPJ|People's Protection Units|Kurdish-led Syrian Democratic Forces
    Kurdistan Workers' Party	armed-group	TR	 	PKK|Kurdistan Workers' Party|Kurdistan Workers Party
    Hezbollah	armed-group	LB	 	Hezbollah|Hizbollah|Hizballah|Hizbullah|Hizbollah movement
    Hamas	armed-group	PS	 	Hamas|Qassam Brigades|al-Qassam Brigades|Izz ad-Din al-Qassam Brigades|Ezzedine al-Qassam Brigades
    Palestinian Islamic Jihad	armed-group	PS	 	Palestinian Islamic Jihad|Islamic Jihad|PIJ|al-Quds Brigades
    Wagner Group	armed-group	RU	 	Wagner Group|Wagner group|Wagner PMC|PMC Wagner|Wagner?|Wagner mercenaries
    Rapid Support Forces	armed-group	SD	 	Rapid Support Forces|RSF!
    Tigray People's Liberation Front	armed-group	ET	 	Tigray People's Liberation Front|TPLF|Tigray Defense Forces|Tigray Defence Forces|TDF!
    Libyan National Army	armed-group	LY	 	Libyan National Army|LNA|Libyan Arab Armed Forces
    Government of National Accord	government	LY	 	Government of National Accord|GNA!|Government of National Unity
    Arakan Army	armed-group	MM	 	Arakan Army
    Janjaweed	militia	SD	 	Janjaweed
    Liberation Tigers of Tamil Eelam	armed-group	LK	 	Liberation Tigers of Tamil Eelam|LTTE|Tamil Tigers|Tamil Tiger rebels|Tamil Tiger
    Abu Sayyaf	armed-group	PH	 	Abu Sayyaf|Abu Sayyaf Group|ASG!
    Maute group	armed-group	PH	 	Maute group|Maute Group|Maute?|Dawlah Islamiyah
    # Militias
    Popular Mobilization Forces	militia	IQ	 	Popular Mobilization Forces|Popular Mobilisation Forces|Popular Mobilization Units|Popular Mobilisation Units|PMF|PMU|Hashd al-Shaabi|al-Hashd al-Shaabi|Hashd al-Sha'abi|al-Hashd al-Sha'abi|Hashd?|Popular Mobilization Committee
    Badr Organization	militia	IQ	 	Badr Organization|Badr Organisation|Badr Brigade|Badr Brigades|Badr Corps|Badr?
    Kataib Hezbollah	militia	IQ	 	Kataib Hezbollah|Kata'ib Hezbollah|Kataib Hizbollah
    Asaib Ahl al-Haq	militia	IQ	 	Asaib Ahl al-Haq|Asa'ib Ahl al-Haq
    # State forces with their own names
    Peshmerga	state-military	IQ	 	Peshmerga|Pesh Merga|Kurdish Peshmerga|Peshmerga forces
    Iraqi Counter Terrorism Service	state-military	IQ	 	Counter Terrorism Service|Counter-Terrorism Service|CTS!|Golden Division
    Syrian Arab Army	state-military	SY	 	Syrian Arab Army|SAA!
    Russian Aerospace Forces	state-military	RU	 	Russian Aerospace Forces|Russian Aerospace Force|VKS!
    Israel Defense Forces	state-military	IL	 	Israel Defense Forces|Israel Defence Forces|Israeli Defense Forces|Israeli Defence Forces|IDF
    Islamic Revolutionary Guard Corps	state-military	IR	 	Islamic Revolutionary Guard Corps|Revolutionary Guard Corps|Revolutionary Guards|IRGC|Quds Force|Iranian Revolutionary Guards
    Azov Brigade	state-military	UA	 	Azov Brigade|Azov Regiment|Azov Battalion|Azov?
    Sudanese Armed Forces	state-military	SD	 	Sudanese Armed Forces|SAF!
    # Coalitions and alliances
    NATO	coalition		 	NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato
    US-led coalition	coalition		specific	Global Coalition|Global Coalition to Defeat ISIS|Global Coalition against Daesh|anti-ISIS coalition|anti-IS coalition|anti-ISIL coalition|anti-Daesh coalition|CJTF-OIR|Combined Joint Task Force|Combined Joint Task Force - Operation Inherent Resolve
    Saudi-led coalition	coalition		specific	Arab coalition|Arab Coalition|Saudi-led Arab coalition
    African Union Mission in Somalia	coalition	SO	 	AMISOM|ATMIS|African Union Mission in Somalia|African Union Transition Mission in Somalia
    UN peacekeepers	coalition		 	UN peacekeepers|U.N. peacekeepers|United Nations peacekeepers|MONUSCO|UNIFIL|MINUSMA|UNMISS|blue helmets
    Coalition	coalition		lower,generic,tail	coalition|international coalition|coalition forces|coalition troops
    # Intelligence services
    CIA	intelligence	US	 	CIA|Central Intelligence Agency
    Mossad	intelligence	IL	 	Mossad
    Shin Bet	intelligence	IL	 	Shin Bet|Shabak
    MI6	intelligence	GB	 	MI6|Secret Intelligence Service
    MI5	intelligence	GB	 	MI5
    FSB	intelligence	RU	 	FSB|Federal Security Service
    SVR	intelligence	RU	 	SVR|Foreign Intelligence Service
    GRU	intelligence	RU	 	GRU
    SBU	intelligence	UA	 	SBU|Security Service of Ukraine
    ISI	intelligence	PK	 	Inter-Services Intelligence|ISI!
    MIT	intelligence	TR	 	MIT!|National Intelligence Organization|National Intelligence Organisation
    General Intelligence Presidency	intelligence	SA	 	General Intelligence Presidency
    General Intelligence Directorate	intelligence		countries=SA/JO/SY/EG	General Intelligence Directorate|GID!|General Intelligence Department|Mukhabarat
    Iraqi National Intelligence Service	intelligence	IQ	 	Iraqi National Intelligence Service|INIS
    DGSE	intelligence	FR	 	DGSE
    BND	intelligence	DE	 	BND
    # Governments with their own names
    Kurdistan Regional Government	government	IQ	 	Kurdistan Regional Government|KRG
    Palestinian Authority	government	PS	 	Palestinian Authority
    """#

    /// Seats of government used for their governments. Columns: name, country, mode
    /// (`metonym` = only where the name is not used as a place, see
    /// ``ActorLexicon/isGovernmentMetonym(in:tokens:lower:)``; `always` = never a place), the
    /// canonical name (empty = "<adjective> Government").
    static let seats: String = #"""
    Washington	US	metonym
    Moscow	RU	metonym
    Riyadh	SA	metonym
    Tehran	IR	metonym
    Teheran	IR	metonym
    Ankara	TR	metonym
    Damascus	SY	metonym
    Baghdad	IQ	metonym
    Kyiv	UA	metonym
    Kiev	UA	metonym
    Beijing	CN	metonym
    London	GB	metonym
    Paris	FR	metonym
    Berlin	DE	metonym
    Cairo	EG	metonym
    Doha	QA	metonym
    Abu Dhabi	AE	metonym
    Amman	JO	metonym
    Beirut	LB	metonym
    Kabul	AF	metonym
    Islamabad	PK	metonym
    New Delhi	IN	metonym
    Pyongyang	KP	metonym
    Seoul	KR	metonym
    Tel Aviv	IL	metonym
    Jerusalem	IL	metonym
    Tripoli	LY	metonym
    Khartoum	SD	metonym
    Sanaa	YE	metonym
    Erbil	IQ	metonym	Kurdistan Regional Government
    Kremlin	RU	always
    White House	US	always
    Pentagon	US	always	US Department of Defense
    State Department	US	always	US Department of State
    Elysee	FR	always
    Downing Street	GB	always
    """#

    /// Force nouns after a demonym or country ("Iraqi army", "Saudi Arabia's intelligence").
    /// Columns: phrase, category.
    static let forces: String = #"""
    army	army
    armies	army
    military	army
    militaries	army
    troops	army
    soldiers	army
    armed forces	army
    forces	army
    force	army
    ground forces	army
    land forces	army
    military forces	army
    army soldiers	army
    army troops	army
    army forces	army
    army units	army
    military units	army
    servicemen	army
    paratroopers	army
    infantry	army
    artillery	army
    tanks	army
    government forces	army
    government troops	army
    regime forces	army
    pro-government forces	army
    security forces	security
    security services	security
    air force	air
    air forces	air
    aerospace forces	air
    jets	air
    warplanes	air
    war planes	air
    fighter jets	air
    aircraft	air
    planes	air
    bombers	air
    helicopters	air
    helicopter gunships	air
    gunships	air
    drones	air
    aviation	air
    air power	air
    airpower	air
    navy	navy
    naval forces	navy
    warships	navy
    special forces	special
    special operations forces	special
    commandos	special
    intelligence	intelligence
    intelligence services	intelligence
    intelligence service	intelligence
    intelligence agencies	intelligence
    intelligence agency	intelligence
    intelligence community	intelligence
    military intelligence	intelligence
    spy agency	intelligence
    spy agencies	intelligence
    spies	intelligence
    secret services	intelligence
    government	government
    authorities	government
    regime	government
    administration	government
    coalition	coalition
    """#

    /// Categories: name, actor kind, canonical name template (`{D}` = the country's adjective),
    /// flags (`led-only` = only after "X-led": "US-led coalition", while "Iraqi coalition"
    /// is nothing).
    static let categories: String = #"""
    army	state-military	{D} Army
    security	state-military	{D} Security Forces
    air	state-military	{D} Air Force
    navy	state-military	{D} Navy
    special	state-military	{D} Special Forces
    intelligence	intelligence	{D} Intelligence
    government	government	{D} Government
    coalition	coalition	{D}-led coalition	led-only
    """#

    /// The category whose template names a seat's government when the seat table gives no name.
    static let seatCategory = "government"

    /// The category of "X-led <force noun>" when the noun's own category is not `led-only`:
    /// "Baghdad-led forces" are the country's army.
    static let ledCategory = "army"
    /// The words that, attached by a hyphen, make a country the leader of a force ("US-led").
    static let ledMarkers: [String] = ["led"]
    /// Qualifiers after a seat that make it the place ("Washington, D.C.", "Washington DC").
    static let placeQualifiers: [String] = ["D.C.", "DC"]

    /// Canonical names that differ from the template. Columns: country, category, name.
    static let overrides: String = #"""
    SY	army	Syrian Arab Army
    IL	army	Israel Defense Forces
    US	army	US Armed Forces
    RU	air	Russian Aerospace Forces
    UA	army	Ukrainian Armed Forces
    TR	army	Turkish Armed Forces
    GB	army	British Armed Forces
    IR	security	Iranian Security Forces
    """#

    /// Forces of peoples without a state ("Kurdish fighters"): the actor depends on the
    /// country the article mentions nearest. Columns: demonym, country, canonical named actor
    /// (a name in `named`). Without such a country no actor is produced.
    static let peopleForces: String = #"""
    Kurdish	IQ	Peshmerga
    Kurdish	SY	Syrian Democratic Forces
    Kurdish	TR	Kurdistan Workers' Party
    """#
    /// Force nouns after such a demonym.
    static let peopleForceNouns: [String] = [
        "forces", "fighters", "militia", "militias", "militiamen", "troops", "units", "army",
        "guerrillas", "militants", "rebels",
    ]

    /// Adjectives allowed between a demonym and its force noun ("Saudi Arabia's primary
    /// intelligence", "Iraqi elite forces").
    static let modifiers: [String] = [
        "elite", "regular", "main", "primary", "top", "official", "allied", "loyal", "regime",
        "government", "state", "national", "federal", "combined", "joint", "own",
    ]

    /// Words before a name that make it an actor ("the IS", "against ISIS", "by Wagner").
    static let contextBefore: [String] = [
        "the", "by", "against", "from", "of", "with", "and", "or", "to", "on", "for", "fight",
        "fighting", "fought", "defeat", "defeated", "pro", "anti", "joined", "join", "former",
        "rival", "allied", "between",
    ]

    /// Words after a name that make it an actor ("IS fighters", "Wagner mercenaries").
    static let contextAfter: [String] = [
        "fighters", "fighter", "militants", "militant", "group", "jihadists", "jihadist",
        "members", "member", "forces", "positions", "leader", "leaders", "commander",
        "commanders", "affiliate", "affiliates", "extremists", "terrorists", "insurgents",
        "stronghold", "strongholds", "territory", "control", "attack", "attacks", "claimed",
        "mercenaries", "troops", "units", "unit", "brigade", "brigades", "militia", "militias",
        "chief", "boss", "founder", "operatives", "cells", "cell", "officers", "agents",
        "spokesman", "said", "says", "has", "have", "had", "is", "was", "were", "are", "will",
        "would", "took", "seized", "captured", "launched", "killed", "executed",
    ]

    /// Words around a bare "coalition" that make it political, not military.
    static let politicalBefore: [String] = [
        "ruling", "governing", "political", "electoral", "grand", "opposition", "left",
        "right", "conservative", "liberal", "broad", "centre-left", "center-left",
        "centre-right", "center-right", "parliamentary", "government", "party", "three-party",
        "two-party", "four-party", "labour", "labor", "rainbow", "traffic-light", "new",
    ]
    static let politicalAfter: [String] = [
        "government", "governments", "partner", "partners", "talks", "deal", "agreement",
        "parties", "party", "politics", "building", "negotiations", "cabinet", "mps",
        "lawmakers", "leader", "leaders", "majority", "program", "programme", "bill",
        "politicians", "of", "agreement", "collapse", "collapsed", "coalition", "members",
        "member", "for", "against",
    ]

    /// Words allowed in lowercase inside names ("Hayat Tahrir al-Sham", "Islamic State of Iraq
    /// and the Levant").
    static let particles: [String] = [
        "al", "el", "ad", "ash", "as", "ar", "an", "of", "the", "and", "in", "ul", "e", "i",
        "bin", "ibn", "wal", "against", "to", "group", "rebels", "movement", "forces",
        "troops", "mercenaries", "peacekeepers", "helmets", "blue", "coalition", "international",
        "anti", "led", "kurdish",
    ]

    /// Words after a seat-of-government name that make it its government ("Washington says",
    /// "Moscow has been credited", "that Washington delivers"). Without one of these, a
    /// possessive ("Moscow's decision") or a relational preposition before it ("For Washington,
    /// …"), a seat is a place ("Tripoli fell").
    static let governmentVerbs: [String] = [
        "said", "says", "say", "has", "have", "had", "will", "would", "wants", "wanted", "accused",
        "accuses", "denied", "denies", "insisted", "insists", "warned", "warns", "announced",
        "announces", "demanded", "demands", "rejected", "rejects", "responded", "responds",
        "urged", "urges", "called", "calls", "claimed", "claims", "confirmed", "confirms",
        "agreed", "agrees", "refused", "refuses", "sent", "sends", "supports", "supported",
        "backed", "backs", "plans", "planned", "hopes", "hoped", "believes", "believed", "sees",
        "saw", "considers", "considered", "intends", "intended", "threatened", "threatens",
        "blamed", "blames", "condemned", "condemns", "welcomed", "welcomes", "signed", "signs",
        "approved", "approves", "ordered", "orders", "delivers", "delivered", "decided",
        "decides", "expects", "expected", "must", "should", "could", "can", "may", "might",
        "needs", "seeks", "sought", "imposed", "imposes", "sanctioned", "recognized",
        "recognised", "maintains", "argues", "argued", "pushed", "pushes", "pressed", "presses",
        "helped", "helps", "fighting", "fought", "fights", "launched", "launches", "deployed",
        "deploys", "armed", "arms", "funded", "funds", "financed", "negotiated", "negotiates",
        "vowed", "vows", "pledged", "pledges", "promised", "promises", "offered", "offers",
        "retaliated", "retaliates", "responded", "reacted", "criticized", "criticised",
        "did", "does", "doesn't", "didn't", "won't", "wouldn't", "cannot", "also", "still",
        "now", "then", "officially", "reportedly", "apparently", "quickly",
    ]
    /// "Moscow was ready for talks": a copula after a seat followed by one of these states
    /// makes it the government.
    static let copulas: [String] = ["is", "was", "are", "were", "remains", "remained", "appears", "appeared", "seems", "seemed"]
    static let governmentStates: [String] = [
        "ready", "willing", "unwilling", "prepared", "concerned", "determined", "opposed",
        "committed", "open", "reluctant", "eager", "keen", "aware", "confident", "convinced",
        "satisfied", "unhappy", "angry", "furious", "worried", "alarmed", "responsible", "behind",
        "pushing", "seeking", "trying", "considering", "planning", "preparing", "backing",
        "supporting", "arming", "negotiating", "insisting", "demanding", "threatening",
    ]

    /// Prepositions before a seat that relate to its government ("For Washington, …",
    /// "talks between Washington and Moscow", "pressure on Moscow" is a place cue instead).
    static let governmentPrepositions: [String] = [
        "for", "against", "with", "between", "by", "that", "than", "of", "whether", "if",
        "as", "while", "because", "but", "whom", "ally", "allies", "accused", "urged", "told",
        "pressed", "pushed", "warned", "asked", "sanctioned", "criticized", "criticised", "blamed",
    ]

    /// Nouns after a seat's possessive that make it a place ("Baghdad's outskirts").
    static let possessedPlaceNouns: [String] = [
        "outskirts", "suburbs", "suburb", "streets", "street", "airport", "residents", "center",
        "centre", "neighborhoods", "neighbourhoods", "neighborhood", "neighbourhood", "old",
        "districts", "district", "hospitals", "hospital", "mayor", "governor", "skyline", "port",
        "population", "people", "citizens", "inhabitants", "southern", "northern", "eastern",
        "western", "central", "main", "historic", "markets", "market", "university", "zoo",
    ]

    /// Words before a seat-of-government name that make it a place ("in Moscow"), in addition to
    /// the gazetteer's locative cues.
    static let placeCues: [String] = [
        "on", "over", "above", "beyond", "targeting", "hit", "struck", "shelled", "bombed",
        "attacked", "visit", "visited", "visiting", "trip", "flew", "arrived", "returned",
        "based", "embassy", "streets", "city", "capital", "outskirts",
    ]
}
