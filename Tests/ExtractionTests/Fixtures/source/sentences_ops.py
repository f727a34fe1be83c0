# Operation sentences: every kind and status, with their schedule claims.
from corpus import *

A = "2016-10-10T12:00:00Z"        # Monday
B = "2017-06-08T09:30:00Z"        # Thursday
C = "2018-02-15T16:00:00+03:00"   # Thursday, Moscow offset
D = "2019-03-09T07:45:00Z"        # Saturday
E = "2020-01-17T14:00:00Z"        # Friday
F = "2022-02-19T10:00:00+02:00"   # Saturday, Kyiv offset
G = "2023-10-27T18:20:00Z"        # Friday
H = "2024-02-10T08:00:00Z"        # Saturday
I = "2024-11-14T11:00:00Z"        # Thursday
J = "2021-08-13T06:00:00Z"        # Friday
K = "2015-11-20T13:00:00Z"        # Friday
L = "2025-03-03T09:00:00Z"        # Monday
M = "2017-05-20T12:00:00Z"        # Saturday

ITEMS = []
def S(id, ref, text, tags, ops=(), schedules=(), times=None, trap=False):
    item = {"id": id, "text": text, "published_at": ref, "tags": list(tags),
            "operations": list(ops), "schedules": list(schedules)}
    if times:
        item["times"] = times
    item["trap"] = trap
    ITEMS.append(item)

# ---- offensive -------------------------------------------------------------------------------
S("off-01", A, "Iraqi commanders said on Monday that the offensive to retake Mosul would begin before the end of the month.",
  ["offensive", "planned", "time-part-of-month", "attribution-unnamed"],
  [op("offensive", "planned", "Mosul")],
  [sc("end", "2016-10", "month", True, "unnamed-source", "reported", "Iraqi commanders", "before the end of the month")])
S("off-02", B, "Syrian government troops pushed deeper into the eastern countryside of Raqqa province on Thursday as their offensive entered its second week.",
  ["offensive", "ongoing", "attribution-author"],
  [op("offensive", "ongoing", "Raqqa", "Syrian Arab Army")])
S("off-03", F, "Western intelligence officials believe Russian forces could launch a large-scale offensive against Kyiv as early as next week.",
  ["offensive", "planned", "stance-hedged", "time-relative-week", "attribution-unnamed"],
  [op("offensive", "planned", "Kyiv")],
  [sc("begin", week(F, 7), "week", False, "unnamed-source", "hedged", "Western intelligence officials", "as early as next week")])
S("off-04", E, "The Libyan National Army announced it had halted its offensive on Tripoli after a ceasefire brokered by Moscow and Ankara took hold.",
  ["offensive", "cancelled", "ceasefire", "ongoing", "attribution-organization"],
  [op("offensive", "cancelled", "Tripoli", "Libyan National Army"), op("ceasefire", "ongoing", "Tripoli")])
S("off-05", L, "Sudan's army said its spring offensive to drive the Rapid Support Forces out of Khartoum had achieved all of its objectives.",
  ["offensive", "completed", "attribution-organization"],
  [op("offensive", "completed", "Khartoum", "Sudanese Armed Forces")])
S("off-06", H, "Israeli Prime Minister Benjamin Netanyahu said the army would expand its ground offensive to Rafah before Ramadan, which begins around March 10.",
  ["offensive", "planned", "time-holiday", "attribution-named"],
  [op("offensive", "planned", "Rafah", "Israel Defense Forces")],
  [sc("end", "2024-03-10", "day", True, "named-official", "reported", "Benjamin Netanyahu", "before Ramadan")])
S("off-07", D, "Kurdish-led fighters resumed their offensive on Baghouz, the last patch of land held by Islamic State in eastern Syria, after a two-week pause to let civilians leave.",
  ["offensive", "ongoing", "duration", "attribution-author"],
  [op("offensive", "ongoing", "Baghouz", "Syrian Democratic Forces")])
S("off-08", K, "A spokesman for the Kurdish regional government said the Peshmerga's offensive on Sinjar, launched a week ago, was over and the town was under their full control.",
  ["offensive", "completed", "attribution-unnamed"],
  [op("offensive", "completed", "Sinjar", "Peshmerga")])
S("off-09", G, "Military analysts expect the Israeli offensive in the Gaza Strip to last for months rather than weeks.",
  ["offensive", "ongoing", "duration", "attribution-unnamed"],
  [op("offensive", "ongoing", "Gaza Strip", "Israel Defense Forces")])
S("off-10", I, "Ukraine's counteroffensive toward Pokrovsk is expected to begin in early spring, a senior Ukrainian commander told the Kyiv Independent on condition of anonymity.",
  ["offensive", "planned", "time-season", "attribution-unnamed", "via"],
  [op("offensive", "planned", "Pokrovsk", "Armed Forces of Ukraine")],
  [sc("begin", "2025-03", "month", True, "unnamed-source", "reported", "a senior Ukrainian commander", "in early spring")])

# ---- assault ---------------------------------------------------------------------------------
S("asl-01", A, "As the hour of the final assault on the Old City draws near, residents of western Mosul are stockpiling flour and fuel.",
  ["assault", "imminent", "attribution-author"],
  [op("assault", "imminent", "Mosul")])
S("asl-02", M, "Iraqi special forces stormed the Zanjili district of Mosul at dawn on Saturday, a military statement said.",
  ["assault", "completed", "time-weekday", "attribution-organization"],
  [op("assault", "completed", "Mosul", "Iraqi Counter Terrorism Service")],
  times=[tm("at dawn on Saturday", "2017-05-20", "day")])
S("asl-03", C, "Russian mercenaries were said to have joined a failed assault on an oil field near Deir ez-Zor last week.",
  ["assault", "completed", "stance-hedged", "attribution-author"],
  [op("assault", "completed", "Deir ez-Zor", "Wagner Group")])
S("asl-04", F, "\u201cThe assault on Kharkiv will start at 4 a.m. on Thursday,\u201d the intercepted order reads, according to Ukraine's security service.",
  ["assault", "planned", "time-weekday", "time-clock", "quote-before", "attribution-organization"],
  [op("assault", "planned", "Kharkiv")],
  [sc("begin", next_wd(F, "thu") + "T04:00", "hour", False, "organization", "reported", "Ukraine's security service", "at 4 a.m. on Thursday")])
S("asl-05", J, "Taliban fighters launched a fresh assault on Kandahar's airport overnight, the Afghan defence ministry said.",
  ["assault", "ongoing", "attribution-organization"],
  [op("assault", "ongoing", "Kandahar", "Taliban")])
S("asl-06", B, "Militants stormed a military base in Gao in the early hours, killing at least 14 soldiers before they were repelled, the army said.",
  ["assault", "completed", "attribution-organization"],
  [op("assault", "completed", "Gao")])
S("asl-07", L, "M23 rebels are poised to storm Uvira within hours, a UN official in Goma told reporters.",
  ["assault", "imminent", "time-fuzzy-hours", "attribution-unnamed"],
  [op("assault", "imminent", "Uvira", "M23")],
  [sc("begin", hour(L), "hour", True, "unnamed-source", "reported", "a UN official in Goma", "within hours")])
S("asl-08", D, "The army postponed its planned assault on Khan Shaykhun indefinitely after the Turkish-Russian talks.",
  ["assault", "cancelled", "attribution-author"],
  [op("assault", "cancelled", "Khan Shaykhun")])

# ---- siege -----------------------------------------------------------------------------------
S("sie-01", G, "Gaza City has been under a complete siege since October 9, with no food, fuel or electricity allowed in.",
  ["siege", "ongoing", "since", "attribution-author"],
  [op("siege", "ongoing", "Gaza City")],
  times=[tm("since October 9", "2023-10-09", "day")])
S("sie-02", F, "Mariupol has been encircled for three weeks, the city's mayor said, and the siege is tightening.",
  ["siege", "ongoing", "duration", "attribution-named-role"],
  [op("siege", "ongoing", "Mariupol")])
S("sie-03", K, "Syrian troops broke the two-year siege of Kweires air base last week, state media reported.",
  ["siege", "completed", "duration", "attribution-media"],
  [op("siege", "completed", ["Kweires", "Kuweires"])])
S("sie-04", J, "The RSF has besieged El Fasher, the last army-held city in Darfur, for more than three months, according to aid agencies.",
  ["siege", "ongoing", "duration", "attribution-organization"],
  [op("siege", "ongoing", "El Fasher", "Rapid Support Forces")])
S("sie-05", C, "The government intends to retake all of Eastern Ghouta by the end of March, a pro-government newspaper reported, citing military sources.",
  ["liberation", "planned", "time-part-of-month", "attribution-media"],
  [op("liberation", "planned", "Eastern Ghouta", "Syrian Arab Army")],
  [sc("end", "2018-03", "month", True, "media", "reported", "a pro-government newspaper", "by the end of March")])
S("sie-06", H, "Government forces and allied militias encircled the rebel-held town of Lashio overnight, cutting its last supply road.",
  ["siege", "ongoing", "attribution-author"],
  [op("siege", "ongoing", "Lashio")])
S("sie-07", "2024-02-18T10:00:00Z", "The 11-month siege of Avdiivka ended on February 17 when Ukrainian troops withdrew from the ruined town.",
  ["siege", "withdrawal", "completed", "duration", "attribution-author"],
  [op("siege", "completed", "Avdiivka"), op("withdrawal", "completed", "Avdiivka", "Armed Forces of Ukraine")],
  times=[tm("on February 17", "2024-02-17", "day")])

# ---- airstrike -------------------------------------------------------------------------------
S("air-01", A, "When the Mosul campaign begins, coalition warplanes will launch airstrikes on positions around the airport, a Pentagon official said.",
  ["airstrike", "planned", "attribution-unnamed"],
  [op("airstrike", "planned", "Mosul", "coalition")])
S("air-02", B, "U.S.-led coalition jets carried out 27 strikes near Raqqa on Wednesday, destroying fighting positions and a vehicle bomb factory.",
  ["airstrike", "completed", "time-weekday", "attribution-author"],
  [op("airstrike", "completed", "Raqqa", "coalition")],
  times=[tm("on Wednesday", prev_wd(B, "wed"), "day")])
S("air-03", E, "Saudi-led coalition aircraft bombed Houthi positions in Sanaa overnight, residents said.",
  ["airstrike", "completed", "attribution-unnamed"],
  [op("airstrike", "completed", "Sanaa", "Saudi-led coalition")])
S("air-04", G, "Israeli warplanes struck more than 150 underground targets in northern Gaza overnight, the military said.",
  ["airstrike", "completed", "attribution-organization"],
  [op("airstrike", "completed", "Gaza Strip", "Israel Defense Forces")])
S("air-05", D, "A US drone strike killed two al-Shabaab commanders near Jilib on Thursday, Africa Command said in a statement.",
  ["airstrike", "completed", "time-weekday", "attribution-organization"],
  [op("airstrike", "completed", "Jilib", "United States Africa Command")],
  times=[tm("on Thursday", prev_wd(D, "thu"), "day")])
S("air-06", J, "Government aircraft have been bombing Taliban positions around Lashkar Gah for a week without halting their advance.",
  ["airstrike", "ongoing", "duration", "attribution-author"],
  [op("airstrike", "ongoing", "Lashkar Gah", "Afghan Air Force")])
S("air-07", C, "Turkish F-16s will keep pounding Afrin until the last YPG fighter has left the district, Turkey's president said.",
  ["airstrike", "ongoing", "attribution-named-role"],
  [op("airstrike", "ongoing", "Afrin", "Turkish Armed Forces")])
S("air-08", H, "Myanmar's air force dropped bombs on a village in Sagaing region on Friday, killing at least 17 people, witnesses said.",
  ["airstrike", "completed", "time-weekday", "attribution-unnamed"],
  [op("airstrike", "completed", ["Sagaing Region", "Sagaing"], "Tatmadaw")],
  times=[tm("on Friday", prev_wd(H, "fri"), "day")])
S("air-09", I, "The Pentagon has called off planned airstrikes on militia depots in eastern Syria after Iraqi officials intervened.",
  ["airstrike", "cancelled", "attribution-author"],
  [op("airstrike", "cancelled", "Syria")])

# ---- shelling --------------------------------------------------------------------------------
S("she-01", F, "Separatist forces shelled the village of Stanytsia Luhanska on Saturday morning, damaging a kindergarten, Ukrainian officials said.",
  ["shelling", "completed", "time-weekday", "attribution-unnamed"],
  [op("shelling", "completed", "Stanytsia Luhanska")],
  times=[tm("on Saturday morning", "2022-02-19", "day")])
S("she-02", L, "Artillery fire continued to pound the outskirts of Kherson throughout the night, the regional governor wrote on Telegram.",
  ["shelling", "ongoing", "attribution-named-role"],
  [op("shelling", "ongoing", "Kherson")])
S("she-03", K, "Azerbaijani and Armenian forces traded artillery fire along the line of contact in Nagorno-Karabakh overnight, each side blaming the other.",
  ["shelling", "completed", "attribution-author"],
  [op("shelling", "completed", "Nagorno-Karabakh")])
S("she-04", D, "Government artillery shelled Maarat al-Numan for a third straight day, the Syrian Observatory for Human Rights said.",
  ["shelling", "ongoing", "attribution-organization"],
  [op("shelling", "ongoing", "Maarat al-Numan", "Syrian Arab Army")])
S("she-05", J, "Mortar rounds fired by al-Shabaab hit the perimeter of Mogadishu's airport shortly after midnight.",
  ["shelling", "completed", "attribution-author"],
  [op("shelling", "completed", "Mogadishu", "al-Shabaab")])
S("she-06", G, "Hezbollah said it had fired mortar shells at three Israeli army posts near Shebaa Farms in response to the killing of its fighters.",
  ["shelling", "completed", "attribution-organization"],
  [op("shelling", "completed", "Shebaa Farms", "Hezbollah")])

# ---- raid ------------------------------------------------------------------------------------
S("rai-01", E, "US special operations forces carried out a night raid on a compound in Idlib province, killing a senior al-Qaeda figure, officials said.",
  ["raid", "completed", "attribution-unnamed"],
  [op("raid", "completed", "Idlib", "United States Armed Forces")])
S("rai-02", I, "Israeli troops raided the Jenin refugee camp before dawn on Thursday, sparking a gun battle with Palestinian fighters.",
  ["raid", "completed", "time-weekday", "attribution-author"],
  [op("raid", "completed", "Jenin", "Israel Defense Forces")],
  times=[tm("before dawn on Thursday", "2024-11-14", "day")])
S("rai-03", B, "Somali commandos trained by the United States are preparing a raid on an al-Shabaab stronghold in the Lower Shabelle region, a security official said.",
  ["raid", "planned", "attribution-unnamed"],
  [op("raid", "planned", "Lower Shabelle", "Danab")])
S("rai-04", H, "Houthi fighters seized a merchant vessel in the Red Sea in a helicopter-borne raid, the ship's operator said.",
  ["raid", "completed", "attribution-organization"],
  [op("raid", "completed", "Red Sea", "Houthis")])
S("rai-05", M, "Iraqi counter-terrorism units raided three Islamic State hideouts in the Hamrin mountains on Saturday, the Joint Operations Command said.",
  ["raid", "completed", "time-weekday", "attribution-organization"],
  [op("raid", "completed", "Hamrin Mountains", "Iraqi Counter Terrorism Service")],
  times=[tm("on Saturday", "2017-05-20", "day")])
S("rai-06", K, "French special forces are set to raid a jihadist camp in northern Mali within days, according to a source close to the operation.",
  ["raid", "imminent", "time-fuzzy-days", "attribution-unnamed"],
  [op("raid", "imminent", "Mali", "French Armed Forces")],
  [sc("begin", "2015-11-20", "day", True, "unnamed-source", "reported", "a source close to the operation", "within days")])

# ---- ground-operation ------------------------------------------------------------------------
S("gro-01", G, "The Israeli military said it would expand ground operations in the Gaza Strip tonight.",
  ["ground-operation", "imminent", "time-relative-day", "attribution-organization"],
  [op("ground-operation", "imminent", "Gaza Strip", "Israel Defense Forces")],
  [sc("begin", "2023-10-27", "day", True, "organization", "reported", "The Israeli military", "tonight")])
S("gro-02", C, "Turkish troops and allied Syrian rebels have entered the Afrin region as part of Operation Olive Branch, now in its fourth week.",
  ["ground-operation", "ongoing", "named-operation", "attribution-author"],
  [op("ground-operation", "ongoing", "Afrin", "Turkish Armed Forces")])
S("gro-03", E, "Ethiopian troops crossed into Somalia's Gedo region on Thursday in a ground operation against al-Shabaab, local elders said.",
  ["ground-operation", "ongoing", "time-weekday", "attribution-unnamed"],
  [op("ground-operation", "ongoing", "Gedo", "Ethiopian National Defense Force")],
  times=[tm("on Thursday", prev_wd(E, "thu"), "day")])
S("gro-04", L, "The Congolese army plans a ground operation to reopen the road between Goma and Sake in the coming weeks, a military spokesman said.",
  ["ground-operation", "planned", "time-fuzzy-weeks", "attribution-unnamed"],
  [op("ground-operation", "planned", "Sake", "Armed Forces of the Democratic Republic of the Congo")],
  [sc("begin", week(L), "week", True, "unnamed-source", "reported", "a military spokesman", "in the coming weeks")])
S("gro-05", J, "Pakistan's army said it had completed a week-long ground operation to clear militants from North Waziristan.",
  ["ground-operation", "completed", "duration", "attribution-organization"],
  [op("ground-operation", "completed", "North Waziristan", "Pakistan Army")])

# ---- liberation ------------------------------------------------------------------------------
S("lib-01", A, "Baghdad-led forces freed Fallujah in late June after a three-month siege.",
  ["liberation", "siege", "completed", "time-part-of-month", "duration", "attribution-author"],
  [op("liberation", "completed", "Fallujah"), op("siege", "completed", "Fallujah")],
  times=[tm("in late June", "2016-06", "month")])
S("lib-02", D, "Iraqi troops recaptured the town of al-Qaim from Islamic State militants, the prime minister's office said.",
  ["liberation", "completed", "attribution-organization"],
  [op("liberation", "completed", "Al-Qaim", "Iraqi Army")])
S("lib-03", B, "The Syrian Democratic Forces vowed to liberate Raqqa by the end of the summer.",
  ["liberation", "planned", "time-season", "attribution-organization"],
  [op("liberation", "planned", "Raqqa", "Syrian Democratic Forces")],
  [sc("end", "2017-08", "month", True, "organization", "reported", "The Syrian Democratic Forces", "by the end of the summer")])
S("lib-04", F, "Ukrainian forces retook the village of Shchastia after a brief incursion by separatists, the military said.",
  ["liberation", "completed", "attribution-organization"],
  [op("liberation", "completed", "Shchastia", "Armed Forces of Ukraine")])
S("lib-05", K, "Kurdish commanders said they hoped to free the remaining Yazidi villages south of Sinjar within two weeks.",
  ["liberation", "planned", "time-relative-week", "attribution-unnamed"],
  [op("liberation", "planned", "Sinjar", "Peshmerga")],
  [sc("begin", week(K), "week", False, "unnamed-source", "reported", "Kurdish commanders", "within two weeks")])
S("lib-06", I, "Russia's defence ministry claimed its troops had liberated the village of Novodmytrivka in the Donetsk region.",
  ["liberation", "completed", "stance-reported", "attribution-organization"],
  [op("liberation", "completed", "Novodmytrivka", "Russian Armed Forces")])
S("lib-07", H, "Sudanese soldiers pressed on with an operation to regain control of Omdurman's old city from the paramilitary RSF.",
  ["liberation", "ongoing", "attribution-author"],
  [op("liberation", "ongoing", "Omdurman", "Sudanese Armed Forces")])

# ---- withdrawal ------------------------------------------------------------------------------
S("wdr-01", J, "The last US troops are due to withdraw from Afghanistan by August 31.",
  ["withdrawal", "planned", "time-absolute", "attribution-author"],
  [op("withdrawal", "planned", "Afghanistan", "United States Armed Forces")],
  [sc("end", "2021-08-31", "day", False, "author", "asserted", None, "by August 31")])
S("wdr-02", "2022-11-11T15:00:00+02:00", "Russian troops have completed their withdrawal from the right bank of the Dnipro, including the city of Kherson, the Russian defence ministry said on Friday.",
  ["withdrawal", "completed", "attribution-organization"],
  [op("withdrawal", "completed", "Kherson", "Russian Armed Forces", attribution_kind="organization", source="the Russian defence ministry", stance="reported")])
S("wdr-03", F, "Russia's defence ministry said units that had finished drills in Belarus were withdrawing to their permanent bases, but NATO said it had seen no sign of a pullback.",
  ["withdrawal", "ongoing", "stance-doubted", "attribution-organization"],
  [op("withdrawal", "ongoing", "Belarus", "Russian Armed Forces", attribution_kind="organization", source="Russia's defence ministry", stance="doubted")])
S("wdr-04", L, "Rwandan-backed fighters began pulling back from positions west of Bukavu on Monday, residents told Reuters.",
  ["withdrawal", "ongoing", "time-weekday", "attribution-unnamed", "via"],
  [op("withdrawal", "ongoing", "Bukavu")],
  times=[tm("on Monday", "2025-03-03", "day")])
S("wdr-05", B, "French troops will complete their withdrawal from the Gao base by the end of the year, the defence ministry said.",
  ["withdrawal", "planned", "time-part-of-year", "attribution-organization"],
  [op("withdrawal", "ongoing", "Gao", "French Armed Forces")],
  [sc("end", "2017", "year", True, "organization", "reported", "the defence ministry", "by the end of the year")])
S("wdr-06", E, "Washington has shelved plans to pull its soldiers out of Iraq, a senior State Department official said.",
  ["withdrawal", "cancelled", "attribution-unnamed"],
  [op("withdrawal", "cancelled", "Iraq", "United States Armed Forces")])

# ---- redeployment ----------------------------------------------------------------------------
S("red-01", A, "More than 9,000 Daesh fighters from Mosul will be redeployed to eastern Syria, the source detailed.",
  ["redeployment", "planned", "quantity", "attribution-unnamed"],
  [op("redeployment", "planned", ["Mosul", "Syria"], "Daesh", quantities=[qty(9000, "fighters", "more-than")])])
S("red-02", F, "Russia has moved up to 150,000 troops to Ukraine's borders, the US president said on Friday.",
  ["redeployment", "completed", "quantity", "attribution-named-role"],
  [op("redeployment", "completed", "Ukraine", "Russian Armed Forces", quantities=[qty(150000, "troops", "up-to")])])
S("red-03", C, "Hezbollah is shifting hundreds of fighters from the Qalamoun mountains to the outskirts of Deir ez-Zor, a Syrian opposition monitor said.",
  ["redeployment", "ongoing", "attribution-organization"],
  [op("redeployment", "ongoing", ["Qalamoun Mountains", "Deir ez-Zor"], "Hezbollah")])
S("red-04", H, "The Pentagon said it would send two more destroyers to the eastern Mediterranean within the next 48 hours.",
  ["redeployment", "imminent", "time-fuzzy-hours", "quantity", "attribution-organization"],
  [op("redeployment", "imminent", "Mediterranean Sea", "United States Armed Forces", quantities=[qty(2, "destroyers")])],
  [sc("begin", hour(H), "hour", False, "organization", "reported", "The Pentagon", "within the next 48 hours")])
S("red-05", I, "About 10,000 North Korean soldiers have been deployed to Russia's Kursk region, South Korean intelligence told lawmakers.",
  ["redeployment", "completed", "quantity", "attribution-organization"],
  [op("redeployment", "completed", ["Kursk", "Kursk Oblast"], "Korean People's Army", quantities=[qty(10000, "soldiers", "about")])])
S("red-06", M, "The Iraqi army is transferring two brigades from Anbar to the western outskirts of Mosul ahead of the push into the Old City.",
  ["redeployment", "ongoing", "quantity", "attribution-author"],
  [op("redeployment", "ongoing", ["Anbar", "Mosul"], "Iraqi Army", quantities=[qty(2, "brigades")])])

# ---- ceasefire -------------------------------------------------------------------------------
S("cea-01", K, "A ceasefire between Syrian government forces and rebels in the besieged town of Zabadani will take effect at 6 a.m. Damascus time on Saturday, the UN envoy said.",
  ["ceasefire", "planned", "time-weekday", "time-zone", "attribution-named-role"],
  [op("ceasefire", "planned", "Zabadani")],
  [sc("begin", "2015-11-21T04:00", "hour", False, "named-official", "reported", "the UN envoy", "at 6 a.m. Damascus time on Saturday")])
S("cea-02", G, "The humanitarian pause in Gaza was extended by two days, Qatar's foreign ministry announced.",
  ["ceasefire", "ongoing", "duration", "attribution-organization"],
  [op("ceasefire", "ongoing", "Gaza Strip")])
S("cea-03", E, "The truce in Idlib collapsed within days as government jets resumed bombing raids on Maarat al-Numan.",
  ["ceasefire", "airstrike", "cancelled", "attribution-author"],
  [op("ceasefire", "cancelled", "Idlib"), op("airstrike", "ongoing", "Maarat al-Numan", "Syrian Arab Air Force")])
S("cea-04", I, "Israel and Hezbollah are close to agreeing a 60-day ceasefire in Lebanon that could take effect as soon as next week, a US official said.",
  ["ceasefire", "planned", "stance-hedged", "time-relative-week", "duration", "attribution-unnamed"],
  [op("ceasefire", "planned", "Lebanon")],
  [sc("begin", week(I, 7), "week", False, "unnamed-source", "hedged", "a US official", "as soon as next week")])
S("cea-05", B, "Rival Libyan factions agreed to a ceasefire around the oil terminals of Ras Lanuf and Sidra, which both sides said was holding.",
  ["ceasefire", "ongoing", "attribution-author"],
  [op("ceasefire", "ongoing", "Ras Lanuf")])

# ---- other -----------------------------------------------------------------------------------
S("oth-01", L, "Ukrainian forces blew up the last bridge over the Oskil river to slow the Russian advance, a local official said.",
  ["other", "completed", "attribution-unnamed"],
  [op("other", "completed", ["Oskil River", "Oskil"], "Armed Forces of Ukraine")])
S("oth-02", J, "Navy divers and marines began a maritime security operation in the Strait of Hormuz on Friday after a tanker was seized.",
  ["other", "ongoing", "time-weekday", "attribution-author"],
  [op("other", "ongoing", "Strait of Hormuz")],
  times=[tm("on Friday", "2021-08-13", "day")])
S("oth-03", D, "The military plans to evacuate its remaining soldiers and their families from the remote garrison of Kidal by helicopter next week.",
  ["other", "planned", "time-relative-week", "attribution-author"],
  [op("other", "planned", "Kidal")],
  [sc("begin", week(D, 7), "week", False, "author", "asserted", None, "next week")])
