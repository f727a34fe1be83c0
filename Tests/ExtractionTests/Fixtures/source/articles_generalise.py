# Issue #3, generalisation: "the town", "the city", "the enclave" after a place named only in
# passing (a comparison, where someone spoke or stayed, where refugees came from or went) stand
# for the place the operation is about. Written for this corpus in wire style.
from corpus import *
from articles import ART

G1 = "2017-08-16T14:00:00+03:00"  # Wednesday, Baghdad offset
ART("wire-2017-08-16-tal-afar-preparations", G1, "Iraqi forces close in on Tal Afar as civilians flee", "Tigris Desk", [
    "BAGHDAD — Iraqi troops and allied paramilitary fighters have surrounded Tal Afar, one of the last Islamic State strongholds in northern Iraq, and are shelling its outskirts ahead of a ground assault, commanders said on Wednesday.",
    "Officers expect the fight to be shorter than the nine-month battle for Mosul, because the militants in Tal Afar are fewer and their supply lines have been cut.",
    "Families who fled from Tal Afar to camps near Mosul said hundreds of civilians were still trapped inside, with little food or water left.",
    "The head of the operation, Lieutenant General Abdul Amir Yarallah, said troops would storm the town within days once the militants' defences had been softened.",
    "Speaking at a news conference in Baghdad on Tuesday, Prime Minister Haider al-Abadi told the militants in the town to surrender or face death.",
    "Coalition aircraft struck more than 40 targets in and around the town on Tuesday, a coalition spokesman said.",
], ["iraq", "anaphora-passing", "time-fuzzy-days", "attribution-named-role"], [
    op("siege", "ongoing", "Tal Afar", "Iraqi Army"),
    op("shelling", "ongoing", "Tal Afar", "Iraqi Army", optional=True),
    op("assault", "imminent", "Tal Afar", "Iraqi Army", attribution_kind="named-official", source="Abdul Amir Yarallah", stance="reported"),
    op(["offensive", "liberation", "other"], "completed", "Mosul", optional=True),
    op("airstrike", "completed", "Tal Afar", "coalition"),
], [
    sc("begin", day(G1), "day", True, "named-official", "reported", "Abdul Amir Yarallah", "within days", operation_kind="assault", location="Tal Afar"),
])

G2 = "2018-02-08T17:00:00+03:00"  # Thursday, Ankara offset
ART("wire-2018-02-08-afrin-encirclement", G2, "Turkey vows to encircle Afrin within days", "Levant Desk", [
    "ANKARA — Turkish troops and allied Syrian rebels pressed their offensive on Afrin on Thursday, capturing three more villages on the edge of the Kurdish-held enclave, the Turkish military said.",
    "Unlike Kobani, where American air power helped Kurdish fighters beat back Islamic State three years ago, the enclave has no foreign protection, and YPG commanders have asked the Syrian government for help.",
    "Speaking to reporters in Istanbul after Friday prayers, President Recep Tayyip Erdogan said Turkish forces would encircle the town within days.",
    "A Kurdish official in Qamishli said the militia would defend every street and warned that the fighting could last for months.",
    "Turkey regards the YPG as a terrorist organisation tied to the outlawed PKK, which has waged an insurgency in southeastern Turkey since 1984. Washington, which armed the YPG against Islamic State, has urged restraint.",
    "The Syrian Observatory for Human Rights, a Britain-based monitoring group, said dozens of civilians had been killed since the start of the month.",
], ["syria", "turkey", "anaphora-passing", "time-fuzzy-days", "attribution-named"], [
    op("offensive", "ongoing", "Afrin", "Turkish Armed Forces", attribution_kind="organization", source="the Turkish military", stance="reported"),
    op("other", "completed", "Afrin", "Turkish Armed Forces", optional=True),
    op("siege", "imminent", "Afrin", "Turkish Armed Forces", attribution_kind="named-official", source="Recep Tayyip Erdogan", stance="reported"),
], [
    sc("begin", day(G2), "day", True, "named-official", "reported", "Recep Tayyip Erdogan", "within days", operation_kind="siege", location="Afrin"),
])

G3 = "2020-11-26T11:00:00+03:00"  # Thursday, Addis Ababa offset
ART("wire-2020-11-26-mekelle-ultimatum", G3, "Ethiopian army masses around Tigray capital as deadline nears", "Horn Desk", [
    "ADDIS ABABA — Ethiopian federal troops have surrounded Mekelle, the capital of the northern Tigray region, after three weeks of fighting, the government said on Thursday.",
    "Prime Minister Abiy Ahmed, who was in Nairobi for talks with the Kenyan president on Wednesday, urged the Tigrayan leadership to surrender peacefully.",
    "Residents who escaped to Gondar described days of heavy shelling on the outskirts and said food and fuel were running out.",
    "A military spokesman said the army would launch a final assault on the city on Sunday if the Tigrayan forces had not laid down their arms.",
    "The Tigray People's Liberation Front, which governs the region, said its fighters were ready to die defending their homes. Aid agencies have warned of a humanitarian catastrophe and called on both sides to protect civilians.",
    "Communications with the region remain largely cut, making claims by both sides difficult to verify. Thousands of people have sought shelter in neighbouring Sudan, the United Nations refugee agency said.",
], ["ethiopia", "anaphora-passing", "time-weekday", "attribution-unnamed"], [
    op("siege", "ongoing", "Mekelle", "Ethiopian National Defense Force", attribution_kind="organization", stance="reported"),
    op("shelling", "ongoing", "Mekelle", "Ethiopian National Defense Force", optional=True),
    op("assault", "planned", "Mekelle", "Ethiopian National Defense Force", attribution_kind="unnamed-source", source="A military spokesman", stance="reported"),
], [
    sc("begin", next_wd(G3, "sun"), "day", False, "unnamed-source", "reported", "A military spokesman", "on Sunday", operation_kind="assault", location="Mekelle"),
])
