# Issue #3, generalisation: outcomes in a second clause, a speaker who is the only armed actor,
# and quantities inside trigger phrases. Written for this corpus in wire style; the anaphora
# cases need several sentences and are articles (articles_generalise.py).
from corpus import *
from sentences_ops import S

N1 = "2017-03-02T09:00:00+03:00"  # Thursday, Damascus offset
N2 = "2023-10-01T12:00:00Z"       # Sunday
N3 = "2023-10-12T08:00:00+02:00"  # Thursday, Kyiv offset
N4 = "2020-11-19T10:00:00+03:00"  # Thursday, Addis Ababa offset

# ---- the outcome in a coordinated or following clause ---------------------------------------
S("gen-out-01", N1, "Syrian government troops entered the town of Manbij on Wednesday and raised the national flag over the municipal building, state television said.",
  ["outcome-clause", "attribution-media"],
  [op(["ground-operation", "liberation", "other"], "completed", "Manbij", "Syrian Arab Army")])
S("gen-out-02", N1, "Kurdish-led fighters pushed into Tabqa on Tuesday and took full control of the town after a week of street fighting, the SDF said.",
  ["outcome-clause", "attribution-organization"],
  [op(["offensive", "ground-operation", "other"], "completed", "Tabqa", "Syrian Democratic Forces")])
S("gen-out-03", N1, "Government troops entered Palmyra at dawn on Thursday, and by nightfall the army was in complete control of the ancient city, a military source told state media.",
  ["outcome-clause", "attribution-unnamed", "via"],
  [op(["ground-operation", "liberation", "other"], "completed", "Palmyra", "Syrian Arab Army")])
S("gen-out-04", N1, "Iraqi commanders said their troops would enter Bashiqa within days and hoist the national flag over its main mosque.",
  ["outcome-clause", "time-fuzzy-days", "attribution-unnamed"],
  [op(["ground-operation", "liberation", "other"], "imminent", "Bashiqa", "Iraqi Army")],
  [sc("begin", day(N1), "day", True, "unnamed-source", "reported", "Iraqi commanders", "within days")])

# ---- the speaker is the only armed actor ("it", "they" stand for the speaker) ---------------
S("gen-spk-01", N2, "Hamas denied on Sunday that it was planning to attack Sderot, calling the Israeli reports propaganda.",
  ["speaker-agent", "stance-denied", "attribution-organization"],
  [op(["assault", "other"], "planned", "Sderot", "Hamas", stance="denied")])
S("gen-spk-02", N2, "Al-Shabaab said in a radio broadcast that it would attack Beledweyne within days.",
  ["speaker-agent", "time-fuzzy-days", "attribution-organization"],
  [op(["assault", "other"], "imminent", "Beledweyne", "al-Shabaab", stance="reported")],
  [sc("begin", day(N2), "day", True, "organization", "reported", "Al-Shabaab", "within days")])
S("gen-spk-03", N2, "The Houthis denied that they were preparing a fresh assault on Marib, saying their fighters were only holding their positions.",
  ["speaker-agent", "stance-denied", "attribution-organization"],
  [op("assault", "planned", "Marib", "Houthis", stance="denied")])
S("gen-spk-04", N2, "Hezbollah's parliamentary bloc said it would attack the government's budget when the debate opens next week.",
  ["trap", "trap-metaphor", "speaker-agent"], trap=True)

# ---- quantities inside the trigger phrase ---------------------------------------------------
S("gen-qty-01", N3, "Russia has thrown a 5,000-strong force into its offensive on Avdiivka, Ukrainian military intelligence said.",
  ["quantity", "quantity-compound", "attribution-organization"],
  [op("offensive", "ongoing", "Avdiivka", "Russian Armed Forces", quantities=[qty(5000, "troops")])])
S("gen-qty-02", N4, "Ethiopian commanders said a 10,000-strong offensive on Mekelle would begin within days.",
  ["quantity", "quantity-compound", "time-fuzzy-days", "attribution-unnamed"],
  [op("offensive", "imminent", "Mekelle", quantities=[qty(10000, "troops")])],
  [sc("begin", day(N4), "day", True, "unnamed-source", "reported", "Ethiopian commanders", "within days")])
S("gen-qty-03", N3, "Two Ukrainian brigades pushed into the southern outskirts of Bakhmut overnight, the general staff said.",
  ["quantity", "attribution-organization"],
  [op(["offensive", "ground-operation"], "ongoing", "Bakhmut", "Armed Forces of Ukraine", quantities=[qty(2, "brigades")])])
S("gen-qty-04", N3, "Russian forces launched a two-battalion assault on Avdiivka backed by 40 tanks, the Ukrainian army said.",
  ["quantity", "quantity-compound", "attribution-organization"],
  [op("assault", "ongoing", "Avdiivka", "Russian Armed Forces", quantities=[qty(2, "battalions"), qty(40, "tanks")])])
