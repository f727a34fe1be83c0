# Schedule-claim sentences: time forms, attribution forms and stances.
from corpus import *
from sentences_ops import S, A, B, C, D, E, F, G, H, I, J, K, L, M

N = "2016-10-14T08:15:00-04:00"   # Friday, US Eastern offset
P = "2017-01-05T12:00:00Z"        # Thursday
Q = "2019-09-26T05:00:00Z"        # Thursday
R = "2014-06-12T10:00:00Z"        # Thursday
T = "2023-04-14T21:00:00Z"        # Friday

# ---- absolute dates, several formats ------------------------------------------------------------
S("tim-01", A, "Muhtaroğlu also said that the Mosul offensive is scheduled to begin on October 19.",
  ["time-absolute", "offensive", "planned", "attribution-named"],
  [op("offensive", "planned", "Mosul")],
  [sc("begin", "2016-10-19", "day", False, "named-official", "reported", "Muhtaroğlu", "on October 19")])
S("tim-02", P, "The Turkish army will begin the final phase of its assault on al-Bab on 12 January, Defence Minister Fikri Isik told parliament.",
  ["time-absolute", "assault", "planned", "attribution-named-role"],
  [op("assault", "planned", "Al-Bab", "Turkish Armed Forces")],
  [sc("begin", "2017-01-12", "day", False, "named-official", "reported", "Fikri Isik", "on 12 January")])
S("tim-03", Q, "Under the draft agreement, foreign forces are to leave Afghan territory no later than 2020-05-01.",
  ["time-absolute", "time-iso", "withdrawal", "planned", "attribution-author"],
  [op("withdrawal", "planned", "Afghanistan")],
  [sc("end", "2020-05-01", "day", False, "author", "asserted", None, "no later than 2020-05-01")])
S("tim-04", E, "The Libyan National Army has set January 26th as the deadline for its offensive to reach central Tripoli.",
  ["time-absolute", "deadline", "offensive", "ongoing", "attribution-organization"],
  [op("offensive", "ongoing", "Tripoli", "Libyan National Army")],
  [sc("deadline", "2020-01-26", "day", False, "organization", "reported", "The Libyan National Army", "January 26th")])
S("tim-05", B, "Iraqi officials expect the assault on Mosul's Old City to end by Eid al-Fitr, which falls on June 25 this year.",
  ["time-absolute", "time-holiday", "assault", "ongoing", "attribution-unnamed"],
  [op("assault", "ongoing", "Mosul")],
  [sc("end", "2017-06-25", "day", False, "unnamed-source", "reported", "Iraqi officials", "by Eid al-Fitr")])
S("tim-06", R, "Iraqi soldiers pulled out of Tal Afar on June 11, 2014, leaving their weapons behind, local officials said.",
  ["time-absolute", "withdrawal", "completed", "attribution-unnamed"],
  [op("withdrawal", "completed", "Tal Afar", "Iraqi Army")],
  times=[tm("on June 11, 2014", "2014-06-11", "day")])
S("tim-07", C, "The pullout of Russian aircraft from Hmeimim is to be completed by 1 May 2018, a defence ministry spokesman said.",
  ["time-absolute", "withdrawal", "planned", "attribution-unnamed"],
  [op("withdrawal", "planned", "Hmeimim", "Russian Aerospace Forces")],
  [sc("end", "2018-05-01", "day", False, "unnamed-source", "reported", "a defence ministry spokesman", "by 1 May 2018")])
S("tim-08", T, "Paramilitary units massed in Khartoum are expected to attack army bases on the 15th, a diplomat in the capital warned.",
  ["time-absolute", "time-ordinal", "assault", "planned", "attribution-unnamed"],
  [op("assault", "planned", "Khartoum", "Rapid Support Forces")],
  [sc("begin", "2023-04-15", "day", False, "unnamed-source", "reported", "a diplomat in the capital", "on the 15th")])

# ---- weekdays ---------------------------------------------------------------------------------
S("tim-09", E, "The Houthis will launch a new wave of drone strikes on Marib next Tuesday unless the blockade is lifted, their military spokesman warned.",
  ["time-weekday", "airstrike", "planned", "attribution-unnamed"],
  [op("airstrike", "planned", "Marib", "Houthis")],
  [sc("begin", next_wd(E, "tue"), "day", False, "unnamed-source", "reported", "their military spokesman", "next Tuesday")])
S("tim-10", D, "Malian troops are scheduled to enter Kidal on Wednesday, the transitional government announced in a televised address.",
  ["time-weekday", "ground-operation", "planned", "attribution-organization"],
  [op("ground-operation", "planned", "Kidal", "Malian Armed Forces")],
  [sc("begin", next_wd(D, "wed"), "day", False, "organization", "reported", "the transitional government", "on Wednesday")])
S("tim-11", G, "Israeli tanks could roll into northern Gaza as soon as Sunday, two officials briefed on the plans said.",
  ["time-weekday", "ground-operation", "planned", "stance-hedged", "attribution-unnamed"],
  [op("ground-operation", "planned", "Gaza Strip", "Israel Defense Forces")],
  [sc("begin", next_wd(G, "sun"), "day", False, "unnamed-source", "hedged", "two officials briefed on the plans", "as soon as Sunday")])
S("tim-12", M, "Government forces will launch the push into the Old City on Monday or Tuesday, a federal police commander said.",
  ["time-weekday", "time-range", "offensive", "planned", "attribution-unnamed"],
  [op("offensive", "planned", "Mosul")],
  [sc("begin", next_wd(M, "mon"), "day", True, "unnamed-source", "reported", "a federal police commander", "on Monday or Tuesday")])

# ---- relative days, weeks, months ------------------------------------------------------------
S("tim-13", J, "Taliban fighters are expected to attack Kabul's outer districts tomorrow, a police source said.",
  ["time-relative-day", "assault", "imminent", "attribution-unnamed"],
  [op("assault", "imminent", "Kabul", "Taliban")],
  [sc("begin", day(J, 1), "day", False, "unnamed-source", "reported", "a police source", "tomorrow")])
S("tim-14", N, "The Pentagon said the air campaign against Houthi radar sites on Yemen's Red Sea coast would begin in three days.",
  ["time-relative-day", "airstrike", "planned", "attribution-organization", "time-zone"],
  [op("airstrike", "planned", "Yemen", "United States Armed Forces")],
  [sc("begin", day(N, 3), "day", False, "organization", "reported", "The Pentagon", "in three days")])
S("tim-15", H, "Egyptian mediators said a six-week truce in Gaza could take effect within two weeks.",
  ["time-relative-week", "ceasefire", "planned", "stance-hedged", "duration", "attribution-unnamed"],
  [op("ceasefire", "planned", "Gaza Strip")],
  [sc("begin", week(H), "week", False, "unnamed-source", "hedged", "Egyptian mediators", "within two weeks")])
S("tim-16", P, "The coalition will start withdrawing its aircraft carrier from the Gulf next month, a Navy spokeswoman said.",
  ["time-relative-month", "withdrawal", "planned", "attribution-unnamed"],
  [op("withdrawal", "planned", ["Persian Gulf", "Gulf"], "United States Navy")],
  [sc("begin", "2017-02", "month", False, "unnamed-source", "reported", "a Navy spokeswoman", "next month")])
S("tim-17", I, "Kyiv's forces are bracing for a Russian offensive on Zaporizhzhia in two weeks, according to Ukrainian military intelligence.",
  ["time-relative-week", "offensive", "planned", "attribution-organization"],
  [op("offensive", "planned", "Zaporizhzhia", "Russian Armed Forces")],
  [sc("begin", week(I, 14), "week", True, "organization", "reported", "Ukrainian military intelligence", "in two weeks")])
S("tim-18", B, "The French-led force intends to hand over its last base in the north to Malian troops within a month.",
  ["time-relative-month", "withdrawal", "planned", "attribution-author"],
  [op("withdrawal", "planned", "Mali", "French Armed Forces")],
  [sc("begin", "2017-06", "month", False, "author", "asserted", None, "within a month")])
S("tim-19", K, "Russian long-range bombers will continue strikes on Raqqa this week, Defence Minister Sergei Shoigu said on Friday.",
  ["time-relative-week", "airstrike", "ongoing", "attribution-named-role"],
  [op("airstrike", "ongoing", "Raqqa", "Russian Aerospace Forces")],
  [sc("occur", week(K), "week", False, "named-official", "reported", "Sergei Shoigu", "this week")])
S("tim-20", L, "The army said the offensive against the ADF in Ituri would resume the day after tomorrow.",
  ["time-relative-day", "offensive", "planned", "attribution-organization"],
  [op("offensive", "planned", "Ituri", "Armed Forces of the Democratic Republic of the Congo")],
  [sc("begin", day(L, 2), "day", False, "organization", "reported", "The army", "the day after tomorrow")])

# ---- parts of month and year -------------------------------------------------------------------
S("tim-21", R, "Baghdad hopes to recapture Tikrit by late July, a government adviser said.",
  ["time-part-of-month", "liberation", "planned", "attribution-unnamed"],
  [op("liberation", "planned", "Tikrit", "Iraqi Army")],
  [sc("end", "2014-07", "month", True, "unnamed-source", "reported", "a government adviser", "by late July")])
S("tim-22", D, "A major push on the last Islamic State enclave in Syria is planned for mid-March, SDF commanders say.",
  ["time-part-of-month", "offensive", "planned", "attribution-unnamed"],
  [op("offensive", "planned", "Syria", "Syrian Democratic Forces")],
  [sc("begin", "2019-03", "month", True, "unnamed-source", "reported", "SDF commanders", "for mid-March")])
S("tim-23", A, "Iraqi commanders have said the operation to free Mosul could start in early November.",
  ["time-part-of-month", "liberation", "planned", "stance-hedged", "attribution-unnamed"],
  [op("liberation", "planned", "Mosul")],
  [sc("begin", "2016-11", "month", True, "unnamed-source", "hedged", "Iraqi commanders", "in early November")])
S("tim-24", G, "Washington expects Israel's ground offensive to wind down early next year, a senior administration official told reporters.",
  ["time-part-of-year", "offensive", "ongoing", "attribution-unnamed"],
  [op("offensive", "ongoing", "Gaza Strip", "Israel Defense Forces")],
  [sc("end", "2024", "year", True, "unnamed-source", "reported", "a senior administration official", "early next year")])
S("tim-25", C, "Turkey will extend Operation Olive Branch to Manbij in the second half of the year, the Turkish foreign minister said.",
  ["time-part-of-year", "ground-operation", "planned", "named-operation", "attribution-named-role"],
  [op("ground-operation", "planned", "Manbij", "Turkish Armed Forces")],
  [sc("begin", "2018", "year", True, "named-official", "reported", "the Turkish foreign minister", "in the second half of the year")])
S("tim-26", Q, "The Pentagon wants the drawdown of troops from Syria completed in the first quarter of 2020.",
  ["time-quarter", "withdrawal", "planned", "attribution-author"],
  [op("withdrawal", "planned", "Syria", "United States Armed Forces")],
  [sc("end", "2020-Q1", "quarter", False, "author", "asserted", None, "in the first quarter of 2020")])
S("tim-27", F, "NATO officials fear an invasion of Ukraine could come in late February, after the Winter Olympics end in Beijing.",
  ["time-part-of-month", "offensive", "planned", "stance-hedged", "attribution-unnamed"],
  [op("offensive", "planned", "Ukraine", "Russian Armed Forces")],
  [sc("begin", "2022-02", "month", True, "unnamed-source", "hedged", "NATO officials", "in late February")])

# ---- fuzzy horizons ----------------------------------------------------------------------------
S("tim-28", A, "Iraq's Prime Minister Haider al-Abadi arrived at Kirkuk today and gave the order to begin the operation on Hawija in a few hours.",
  ["time-fuzzy-hours", "other", "imminent", "attribution-author"],
  [op("other", "imminent", "Hawija", "Iraqi Army")],
  [sc("begin", hour(A), "hour", True, "author", "asserted", None, "in a few hours")])
S("tim-29", G, "The Israeli army said troops would move into Gaza \u201cin the coming days\u201d and urged civilians to head south.",
  ["time-fuzzy-days", "ground-operation", "imminent", "attribution-organization", "quote-fragment"],
  [op("ground-operation", "imminent", "Gaza Strip", "Israel Defense Forces")],
  [sc("begin", "2023-10-27", "day", True, "organization", "reported", "The Israeli army", "in the coming days")])
S("tim-30", J, "An assault on Herat is expected within hours, a senior security official told AFP.",
  ["time-fuzzy-hours", "assault", "imminent", "attribution-unnamed", "via"],
  [op("assault", "imminent", "Herat")],
  [sc("begin", hour(J), "hour", True, "unnamed-source", "reported", "a senior security official", "within hours", via="AFP")])
S("tim-31", T, "A military source said the army would start clearing RSF positions around Khartoum airport over the next few days.",
  ["time-fuzzy-days", "other", "imminent", "attribution-unnamed"],
  [op("other", "imminent", "Khartoum", "Sudanese Armed Forces")],
  [sc("begin", "2023-04-14", "day", True, "unnamed-source", "reported", "A military source", "over the next few days")])
S("tim-32", H, "Hamas fighters will be given until the start of Ramadan to free the hostages, or the army will attack Rafah, war cabinet minister Benny Gantz said.",
  ["time-holiday", "deadline", "assault", "planned", "attribution-named-role"],
  [op("assault", "planned", "Rafah", "Israel Defense Forces")],
  [sc("deadline", "2024-03-10", "day", True, "named-official", "reported", "Benny Gantz", "until the start of Ramadan")])
S("tim-33", A, "The government wants the army to retake Mosul before winter sets in.",
  ["time-season", "liberation", "planned", "attribution-author"],
  [op("liberation", "planned", "Mosul")],
  [sc("end", "2016-12", "month", True, "author", "asserted", None, "before winter")])
S("tim-34", K, "Assad's forces hope to retake the town of al-Hader south of Aleppo before Christmas, a regime source told Sputnik.",
  ["time-holiday", "liberation", "planned", "attribution-unnamed", "via"],
  [op("liberation", "planned", ["Al-Hader", "Al-Hadher", "Hader"], "Syrian Arab Army")],
  [sc("end", "2015-12-25", "day", False, "unnamed-source", "reported", "a regime source", "before Christmas", via="Sputnik")])

# ---- times with zones and clocks ----------------------------------------------------------------
S("tim-35", "2022-03-05T06:00:00+02:00", "A local ceasefire around Mariupol and Volnovakha will begin at 10:30 Moscow time to let civilians leave, the Russian defence ministry said.",
  ["time-zone", "time-clock", "ceasefire", "planned", "attribution-organization"],
  [op("ceasefire", "planned", ["Mariupol", "Volnovakha"])],
  [sc("begin", "2022-03-05T09:30", "minute", False, "organization", "reported", "the Russian defence ministry", "at 10:30 Moscow time")])
S("tim-36", B, "The strikes on Raqqa's western districts will start at 0300 GMT on Saturday, a coalition spokesman said.",
  ["time-zone", "time-clock", "time-weekday", "airstrike", "planned", "attribution-unnamed"],
  [op("airstrike", "planned", "Raqqa", "coalition")],
  [sc("begin", next_wd(B, "sat") + "T03:00", "hour", False, "unnamed-source", "reported", "a coalition spokesman", "at 0300 GMT on Saturday")])
S("tim-37", N, "Coalition jets will hit Houthi missile sites in Yemen at 9 p.m. Eastern time tonight, a US defense official said.",
  ["time-zone", "time-clock", "airstrike", "imminent", "attribution-unnamed"],
  [op("airstrike", "imminent", "Yemen", "United States Armed Forces")],
  [sc("begin", "2016-10-14T21:00", "hour", False, "unnamed-source", "reported", "a US defense official", "at 9 p.m. Eastern time tonight")])
S("tim-38", E, "The ceasefire in Idlib takes effect at 0600 GMT on Sunday, Turkish and Russian officials said in a joint statement.",
  ["time-clock", "time-zone", "time-weekday", "ceasefire", "planned", "attribution-unnamed"],
  [op("ceasefire", "planned", "Idlib")],
  [sc("begin", next_wd(E, "sun") + "T06:00", "hour", False, "unnamed-source", "reported", "Turkish and Russian officials", "at 0600 GMT on Sunday")])

# ---- ranges ----------------------------------------------------------------------------------
S("tim-39", A, "The assault on Mosul will be launched between October 17 and 20, a Kurdish official said.",
  ["time-range", "assault", "planned", "attribution-unnamed"],
  [op("assault", "planned", "Mosul")],
  [sc("begin", "2016-10-17", "day", False, "unnamed-source", "reported", "a Kurdish official", "between October 17 and 20")])
S("tim-40", M, "Syrian forces plan to storm Palmyra sometime between May and July, a commander told state TV.",
  ["time-range", "assault", "planned", "attribution-unnamed", "via"],
  [op("assault", "planned", "Palmyra", "Syrian Arab Army")],
  [sc("begin", "2017-05", "month", False, "unnamed-source", "reported", "a commander", "between May and July", via="state TV")])

# ---- durations and "since": never schedules --------------------------------------------------
S("dur-01", A, "Mosul has been under control of Daesh since 2014, and remains their main stronghold.",
  ["since", "attribution-author"], [], times=[tm("since 2014", "2014", "year")])
S("dur-02", D, "The siege of Douma lasted for five years before the last rebels surrendered.",
  ["duration", "siege", "completed", "attribution-author"],
  [op("siege", "completed", "Douma")])
S("dur-03", L, "For three weeks, Russian troops have been shelling the outskirts of Vuhledar without a break.",
  ["duration", "shelling", "ongoing", "attribution-author"],
  [op("shelling", "ongoing", "Vuhledar", "Russian Armed Forces")])
S("dur-04", G, "The two-week bombing campaign has flattened entire neighbourhoods of Beit Hanoun.",
  ["duration", "airstrike", "ongoing", "attribution-author"],
  [op("airstrike", "ongoing", "Beit Hanoun")])
S("dur-05", I, "Ukrainian troops have held parts of the Kursk region since August, a senior commander said.",
  ["since", "attribution-unnamed"], [], times=[tm("since August", "2024-08", "month")])
S("dur-06", B, "The 40-day ceasefire announced in the spring has largely held in southern Syria.",
  ["duration", "ceasefire", "ongoing", "attribution-author"],
  [op("ceasefire", "ongoing", "Syria")])

# ---- attribution forms ------------------------------------------------------------------------
S("att-01", A, "An unnamed source in military and diplomatic circles in Moscow told RIA Novosti that coalition airstrikes on Mosul would begin on October 17.",
  ["attribution-unnamed", "via", "airstrike", "planned", "time-absolute"],
  [op("airstrike", "planned", "Mosul", "coalition")],
  [sc("begin", "2016-10-17", "day", False, "unnamed-source", "reported", "an unnamed source in military and diplomatic circles in Moscow", "on October 17", via="RIA Novosti")])
S("att-02", C, "\u201cThe operation in Eastern Ghouta will start on Sunday,\u201d a source in the Syrian military told RIA Novosti.",
  ["attribution-unnamed", "via", "quote-before", "time-weekday", "other", "planned"],
  [op("other", "planned", ["Eastern Ghouta", "Ghouta"], "Syrian Arab Army")],
  [sc("begin", next_wd(C, "sun"), "day", False, "unnamed-source", "reported", "a source in the Syrian military", "on Sunday", via="RIA Novosti")])
S("att-03", D, "According to the Iraqi Joint Operations Command, the clearing operation in the desert west of Anbar will end by March 20.",
  ["attribution-organization", "according-to", "other", "ongoing", "time-absolute"],
  [op("other", "ongoing", "Anbar")],
  [sc("end", "2019-03-20", "day", False, "organization", "reported", "the Iraqi Joint Operations Command", "by March 20")])
S("att-04", H, "Defence Minister Yoav Gallant announced that the army would begin its offensive on Rafah on March 10 if the hostages were not released.",
  ["attribution-named-role", "announced", "offensive", "planned", "time-absolute"],
  [op("offensive", "planned", "Rafah", "Israel Defense Forces")],
  [sc("begin", "2024-03-10", "day", False, "named-official", "reported", "Yoav Gallant", "on March 10")])
S("att-05", J, "Taliban spokesman Zabihullah Mujahid said: \u201cOur fighters will enter Kabul on Sunday.\u201d",
  ["attribution-named-role", "quote-after", "ground-operation", "planned", "time-weekday"],
  [op("ground-operation", "planned", "Kabul", "Taliban")],
  [sc("begin", next_wd(J, "sun"), "day", False, "named-official", "reported", "Zabihullah Mujahid", "on Sunday")])
S("att-06", E, "Al Arabiya reported that Saudi-led jets would resume strikes on Hodeidah port on Saturday.",
  ["attribution-media", "airstrike", "planned", "time-weekday"],
  [op("airstrike", "planned", "Hodeidah", "Saudi-led coalition")],
  [sc("begin", next_wd(E, "sat"), "day", False, "media", "reported", "Al Arabiya", "on Saturday")])
S("att-07", L, "The United Nations said the truce in eastern Congo would expire at noon on Friday.",
  ["attribution-organization", "ceasefire", "ongoing", "time-clock", "time-weekday"],
  [op("ceasefire", "ongoing", ["Democratic Republic of the Congo", "DR Congo", "Congo"])],
  [sc("end", next_wd(L, "fri") + "T12:00", "hour", False, "organization", "reported", "The United Nations", "at noon on Friday")])
S("att-08", F, "Belarusian troops will join the offensive on Kyiv in the coming days, diplomatic sources told CNN.",
  ["attribution-unnamed", "via", "offensive", "planned", "time-fuzzy-days"],
  [op("offensive", "planned", "Kyiv")],
  [sc("begin", "2022-02-19", "day", True, "unnamed-source", "reported", "diplomatic sources", "in the coming days", via="CNN")])
S("att-09", K, "The Peshmerga will advance on the villages south of Sinjar on Monday, the Kurdistan Region Security Council said in a statement.",
  ["attribution-organization", "offensive", "planned", "time-weekday"],
  [op("offensive", "planned", "Sinjar", "Peshmerga")],
  [sc("begin", next_wd(K, "mon"), "day", False, "organization", "reported", "the Kurdistan Region Security Council", "on Monday")])
S("att-10", Q, "Operation Peace Spring in northeastern Syria will begin in the coming weeks, Turkish President Recep Tayyip Erdogan told reporters in New York.",
  ["attribution-named-role", "named-operation", "ground-operation", "planned", "time-fuzzy-weeks"],
  [op("other", "planned", "Syria", "Turkish Armed Forces")],
  [sc("begin", week(Q), "week", True, "named-official", "reported", "Recep Tayyip Erdogan", "in the coming weeks")])
S("att-11", B, "The assault on Raqqa's Old City is set to begin on Monday.",
  ["attribution-author", "assault", "planned", "time-weekday"],
  [op("assault", "planned", "Raqqa")],
  [sc("begin", next_wd(B, "mon"), "day", False, "author", "asserted", None, "on Monday")])
S("att-12", P, "Residents fleeing the town said rebels had told them the army's assault on Wadi Barada would start on Saturday.",
  ["attribution-unnamed", "assault", "planned", "time-weekday"],
  [op("assault", "planned", "Wadi Barada", "Syrian Arab Army")],
  [sc("begin", next_wd(P, "sat"), "day", False, "unnamed-source", "reported", "Residents fleeing the town", "on Saturday")])

# ---- stances ---------------------------------------------------------------------------------
S("stn-01", D, "Government troops were ostensibly preparing to storm Idlib, but residents reported no sign of a build-up.",
  ["stance-hedged", "assault", "planned", "attribution-author"],
  [op("assault", "planned", "Idlib", stance="hedged")])
S("stn-02", G, "Israeli forces will reportedly begin the ground invasion of Gaza on Sunday.",
  ["stance-hedged", "ground-operation", "planned", "time-weekday", "attribution-author"],
  [op("ground-operation", "planned", "Gaza Strip", "Israel Defense Forces")],
  [sc("begin", next_wd(G, "sun"), "day", False, "author", "hedged", None, "on Sunday")])
S("stn-03", F, "The Kremlin denied that Russian troops would attack Ukraine on Wednesday, calling Western warnings hysteria.",
  ["stance-denied", "offensive", "planned", "time-weekday", "attribution-organization"],
  [op("offensive", "planned", "Ukraine", "Russian Armed Forces", stance="denied")],
  [sc("begin", next_wd(F, "wed"), "day", False, None, "denied", None, "on Wednesday")])
S("stn-04", E, "The Houthis rejected reports that Saudi-led forces would storm Hodeidah before the end of January.",
  ["stance-denied", "assault", "planned", "time-part-of-month", "attribution-media"],
  [op("assault", "planned", "Hodeidah", "Saudi-led coalition", stance="denied")],
  [sc("end", "2020-01", "month", True, None, "denied", None, "before the end of January")])
S("stn-05", I, "Analyst Michael Kofman doubted that Russia's offensive could reach Pokrovsk before the end of the year.",
  ["stance-doubted", "offensive", "ongoing", "time-part-of-year", "attribution-named-role"],
  [op("offensive", "ongoing", "Pokrovsk", "Russian Armed Forces", stance="doubted")],
  [sc("end", "2024", "year", True, None, "doubted", None, "before the end of the year")])
S("stn-06", J, "Afghan officials dismissed claims that a Taliban assault on Kabul would come within a week.",
  ["stance-doubted", "assault", "planned", "time-relative-week", "attribution-unnamed"],
  [op("assault", "planned", "Kabul", "Taliban", stance="doubted")],
  [sc("begin", week(J), "week", False, None, "doubted", None, "within a week")])
S("stn-07", H, "Israel may launch its offensive on Rafah within weeks, a US official said.",
  ["stance-hedged", "offensive", "planned", "time-fuzzy-weeks", "attribution-unnamed"],
  [op("offensive", "planned", "Rafah", "Israel Defense Forces")],
  [sc("begin", week(H), "week", True, "unnamed-source", "hedged", "a US official", "within weeks")])
S("stn-08", C, "The Russian defence ministry questioned whether Kurdish fighters would really pull out of Manbij by the end of the month.",
  ["stance-doubted", "withdrawal", "planned", "time-part-of-month", "attribution-organization"],
  [op("withdrawal", "planned", "Manbij", "Syrian Democratic Forces", stance="doubted")],
  [sc("end", "2018-02", "month", True, None, "doubted", None, "by the end of the month")])
S("stn-09", L, "Rwanda's defence ministry denied that its troops had shelled Bukavu on Sunday.",
  ["stance-denied", "shelling", "completed", "time-weekday", "attribution-organization"],
  [op("shelling", "completed", "Bukavu", "Rwanda Defence Force", stance="denied")],
  times=[tm("on Sunday", prev_wd(L, "sun"), "day")])
S("stn-10", B, "The militants could try to break out of Raqqa toward Deir ez-Zor in the coming weeks, a coalition officer said.",
  ["stance-hedged", "other", "planned", "time-fuzzy-weeks", "attribution-unnamed"],
  [op("other", "planned", "Raqqa", "Daesh")],
  [sc("begin", week(B), "week", True, "unnamed-source", "hedged", "a coalition officer", "in the coming weeks")])
