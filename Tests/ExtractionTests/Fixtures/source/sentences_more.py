# More sentences: quantities, cancellations, date formats, quotation shapes, kind precedence.
from corpus import *
from sentences_ops import S, A, B, C, D, E, F, G, H, I, J, K, L, M

U = "2018-06-14T07:00:00+03:00"   # Thursday, Aden/Sanaa offset
V = "2020-10-02T16:00:00+04:00"   # Friday, Baku offset
W = "2021-02-03T04:30:00Z"        # Wednesday
X = "2013-08-29T12:00:00Z"        # Thursday
R = "2014-06-12T10:00:00Z"        # Thursday

# ---- quantities of forces --------------------------------------------------------------------
S("qty-01", U, "Some 2,000 UAE-backed fighters have massed south of Hodeidah for an assault on the port city, coalition officials said.",
  ["quantity", "attribution-unnamed"],
  [op("assault", "planned", "Hodeidah", quantities=[qty(2000, "fighters", "about")])])
S("qty-02", V, "Armenia said more than 200 Azerbaijani tanks and armoured vehicles were taking part in the offensive in Nagorno-Karabakh.",
  ["quantity", "attribution-organization"],
  [op("offensive", "ongoing", "Nagorno-Karabakh", "Azerbaijani Armed Forces", quantities=[qty(200, "tanks", "more-than")])])
S("qty-03", W, "Ethiopia is pulling fewer than 3,000 soldiers out of Mekelle, a regional official said, far fewer than the opposition had demanded.",
  ["quantity", "attribution-unnamed"],
  [op("withdrawal", "ongoing", "Mekelle", "Ethiopian National Defense Force", quantities=[qty(3000, "soldiers", "less-than")])])
S("qty-04", M, "An estimated 3,500 Islamic State militants are still holed up in the Old City of Mosul as Iraqi troops press their assault.",
  ["quantity", "attribution-author"],
  [op("assault", "ongoing", "Mosul", "Iraqi Army", quantities=[qty(3500, "militants", "about")])])
S("qty-05", I, "Russia has concentrated up to 50,000 troops, including North Korean units, for a counteroffensive to retake its Kursk region, Ukraine's president said.",
  ["quantity", "attribution-named-role", "kind-precedence"],
  [op("offensive", "planned", ["Kursk", "Kursk Oblast"], "Russian Armed Forces", quantities=[qty(50000, "troops", "up-to")])])
S("qty-06", D, "Twelve hundred Kurdish-led fighters took part in the overnight raid on the Baghouz encampment, the SDF said.",
  ["quantity", "attribution-organization"],
  [op("raid", "completed", "Baghouz", "Syrian Democratic Forces", quantities=[qty(1200, "fighters")])])

# ---- cancellations and postponements ---------------------------------------------------------
S("can-01", "2013-09-11T12:00:00Z", "President Obama has called off planned missile strikes on Syria after Russia proposed a deal on chemical weapons.",
  ["attribution-author"],
  [op("airstrike", "cancelled", "Syria", "United States Armed Forces")])
S("can-02", U, "The Saudi-led coalition suspended its offensive on Hodeidah to give UN-led talks a chance, the UAE's foreign minister said.",
  ["attribution-named-role"],
  [op("offensive", "cancelled", "Hodeidah", "Saudi-led coalition")])
S("can-03", H, "The planned ground incursion into Rafah has been shelved for now, an Israeli official told Channel 12.",
  ["attribution-unnamed", "via"],
  [op("ground-operation", "cancelled", "Rafah", "Israel Defense Forces")])
S("can-04", J, "Germany scrapped plans to fly paratroopers into Kunduz after the city fell to the Taliban.",
  ["attribution-author"],
  [op("redeployment", "cancelled", "Kunduz", "Bundeswehr")])
S("can-05", V, "Azerbaijan called off the attack on Shusha at the last minute, an Armenian military spokesman claimed, without giving evidence.",
  ["attribution-unnamed", "stance-reported"],
  [op("assault", "cancelled", "Shusha", "Azerbaijani Armed Forces")])

# ---- date formats ----------------------------------------------------------------------------
S("fmt-01", A, "The Kurdistan Regional Government says the Peshmerga will move on Bashiqa on Oct. 20, a day after the main offensive starts.",
  ["time-absolute", "time-abbreviated", "attribution-organization"],
  [op("offensive", "planned", "Bashiqa", "Peshmerga"), op("offensive", "planned", None)],
  [sc("begin", "2016-10-20", "day", False, "organization", "reported", "The Kurdistan Regional Government", "on Oct. 20")])
S("fmt-02", X, "Western diplomats said strikes on Syrian government targets could begin as early as Thursday, August 29, 2013.",
  ["time-absolute", "time-weekday", "stance-hedged", "attribution-unnamed"],
  [op("airstrike", "planned", "Syria")],
  [sc("begin", "2013-08-29", "day", False, "unnamed-source", "hedged", "Western diplomats", "as early as Thursday, August 29, 2013")])
S("fmt-03", W, "Myanmar's military said it would transfer power after a one-year state of emergency that began on 1 February 2021.",
  ["trap", "trap-coup", "time-absolute", "duration"],
  [], trap=True)
S("fmt-04", E, "The UN-brokered truce in Tripoli will take effect from midnight on the 12th of February, the mission said.",
  ["time-absolute", "attribution-organization"],
  [op("ceasefire", "planned", "Tripoli")],
  [sc("begin", "2020-02-12T00:00", "hour", False, "organization", "reported", "the mission", "from midnight on the 12th of February")])
S("fmt-05", L, "Israeli troops completed their withdrawal from the Netzarim corridor on February 9, the army said.",
  ["time-absolute", "attribution-organization"],
  [op("withdrawal", "completed", ["Netzarim Corridor", "Netzarim"], "Israel Defense Forces")],
  times=[tm("on February 9", "2025-02-09", "day")])
S("fmt-06", B, "Iraqi forces aim to complete the recapture of Mosul in the week starting June 19, the interior minister said.",
  ["time-absolute", "time-week", "attribution-named-role"],
  [op("liberation", "ongoing", "Mosul", "Iraqi Army")],
  [sc("end", "2017-W25", "week", False, "named-official", "reported", "the interior minister", "in the week starting June 19")])
S("fmt-07", K, "The operation to recapture Ramadi will start in 2016, not this year, the U.S. commander in Baghdad said.",
  ["time-year", "attribution-named-role"],
  [op("liberation", "planned", "Ramadi")],
  [sc("begin", "2016", "year", False, "named-official", "reported", "the U.S. commander in Baghdad", "in 2016")])

# ---- quotation shapes and speech verbs --------------------------------------------------------
S("quo-01", C, "\u201cWe will start the offensive on Idlib in March,\u201d Syria's defence minister told Al-Watan newspaper.",
  ["quote-before", "attribution-named-role", "via", "time-month"],
  [op("offensive", "planned", "Idlib", "Syrian Arab Army")],
  [sc("begin", "2018-03", "month", False, "named-official", "reported", "Syria's defence minister", "in March", via="Al-Watan")])
S("quo-02", G, "\u201cThe next stage of the war\u201d will begin \u201cvery soon,\u201d Defence Minister Yoav Gallant said of a ground operation in Gaza.",
  ["quote-fragment", "attribution-named-role", "time-fuzzy-days"],
  [op("ground-operation", "imminent", "Gaza Strip", "Israel Defense Forces")],
  [sc("begin", "2023-10-27", "day", True, "named-official", "reported", "Yoav Gallant", "very soon")])
S("quo-03", J, "The governor of Badghis told the BBC: \u201cThe Taliban attack on Qala-i-Naw will come tonight, and we have no reinforcements.\u201d",
  ["quote-after", "attribution-named-role", "via", "time-relative-day"],
  [op("assault", "imminent", ["Qala-i-Naw", "Qala i Naw", "Qalay-I-Naw"], "Taliban")],
  [sc("begin", "2021-08-13", "day", True, "named-official", "reported", "The governor of Badghis", "tonight", via="BBC")])
S("quo-04", U, "\u201cThe liberation of Hodeidah airport,\u201d a coalition spokesman said on Thursday, \u201cwill be completed within 48 hours.\u201d",
  ["quote-split", "attribution-unnamed", "time-fuzzy-hours"],
  [op("liberation", "ongoing", "Hodeidah", "Saudi-led coalition")],
  [sc("end", hour(U), "hour", False, "unnamed-source", "reported", "a coalition spokesman", "within 48 hours")])
S("quo-05", H, "Palestinian health officials say Israeli strikes on Rafah overnight killed at least 44 people, and the army says it will keep up the pressure.",
  ["attribution-unnamed"],
  [op("airstrike", "completed", "Rafah", "Israel Defense Forces")])

# ---- kind precedence and tricky wording -------------------------------------------------------
S("kpr-01", K, "The Peshmerga said an offensive to recapture Sinjar from Islamic State would begin on Sunday.",
  ["kind-precedence", "time-weekday", "attribution-organization"],
  [op("offensive", "planned", "Sinjar", "Peshmerga")],
  [sc("begin", next_wd(K, "sun"), "day", False, "organization", "reported", "The Peshmerga", "on Sunday")])
S("kpr-02", R, "Iraqi troops backed by tribal fighters are trying to retake Tikrit from the insurgents.",
  ["kind-precedence", "attribution-author"],
  [op("liberation", "ongoing", "Tikrit", "Iraqi Army")])
S("kpr-03", M, "Government warplanes bombed the besieged rebel enclave of Daraa al-Balad on Saturday.",
  ["kind-precedence", "time-weekday", "attribution-author"],
  [op("airstrike", "completed", ["Daraa", "Daraa al-Balad"], "Syrian Arab Army"), op("siege", "ongoing", ["Daraa", "Daraa al-Balad"])],
  times=[tm("on Saturday", "2017-05-20", "day")])
S("kpr-04", V, "Azerbaijani forces said they had regained control of several villages in the Jabrayil district after a counteroffensive.",
  ["kind-precedence", "attribution-organization"],
  [op("offensive", "completed", "Jabrayil", "Azerbaijani Armed Forces")])
S("kpr-05", W, "Eritrean troops shelled the outskirts of Adigrat before pulling back to the border, residents said.",
  ["attribution-unnamed"],
  [op("shelling", "completed", "Adigrat", "Eritrean Defence Forces"), op("withdrawal", "completed", "Adigrat", "Eritrean Defence Forces")])
S("kpr-06", D, "The Syrian Democratic Forces will launch the final offensive against Islamic State in Baghouz in the coming hours, a spokesman said.",
  ["time-fuzzy-hours", "attribution-unnamed"],
  [op("offensive", "imminent", "Baghouz", "Syrian Democratic Forces")],
  [sc("begin", hour(D), "hour", True, "unnamed-source", "reported", "a spokesman", "in the coming hours")])
S("kpr-07", C, "Nigerian soldiers freed 20 kidnapped schoolgirls in a raid on a Boko Haram camp in the Sambisa forest, the army said.",
  ["attribution-organization", "contrast-hostage-rescue"],
  [op("raid", "completed", ["Sambisa Forest", "Sambisa"], "Nigerian Army")])
S("kpr-08", A, "Iraqi forces will reach the outskirts of Mosul within a week of the start of the operation, the defence minister predicted.",
  ["attribution-named-role", "time-relative-week"],
  [op("other", "planned", "Mosul")])
S("kpr-09", E, "Haftar's offensive on Tripoli has been under way since April, but the front lines have barely moved.",
  ["since", "attribution-author"],
  [op("offensive", "ongoing", "Tripoli", "Libyan National Army")],
  times=[tm("since April", "2019-04", "month")])
S("kpr-10", L, "Israel said on Monday it had stopped the entry of aid into Gaza and warned of \u201cadditional consequences\u201d if Hamas did not accept the extension of the truce.",
  ["attribution-organization"],
  [op("ceasefire", "ongoing", "Gaza Strip")])
