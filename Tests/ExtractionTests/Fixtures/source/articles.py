# Whole articles (DESIGN §3 objects) with their complete expected alert lists: one operation per
# real-world operation per article, and every schedule claim.
import json, os
from corpus import *

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = []

def ART(id, published_at, title, source, paragraphs, tags, ops=(), schedules=(), url=None, trap=False):
    body = "\n\n".join(p.strip() for p in paragraphs)
    item = {"id": id, "published_at": published_at, "title": title, "body": body, "source": source,
            "url": url or f"https://news.example/{id}", "language": "en", "tags": list(tags),
            "operations": list(ops), "schedules": list(schedules), "trap": trap}
    ITEMS.append(item)

# ---- the two seed articles (seeds/articles.jsonl), annotated per DESIGN "What the seed must give"
_seeds = {}
with open(os.path.join(HERE, "..", "..", "..", "..", "seeds", "articles.jsonl"), encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        _seeds[a["id"]] = a

def SEED(id, tags, ops, schedules):
    a = dict(_seeds[id])
    a.update({"tags": tags, "operations": ops, "schedules": schedules, "trap": False})
    ITEMS.append(a)

SA = "2016-10-10T12:00:00Z"
SEED("sputnik-2016-10-10-daesh-mosul-syria", ["seed", "iraq", "syria", "cross-sentence-doubt", "quantity"], [
    op("offensive", "planned", "Mosul"),
    op("airstrike", "planned", "Mosul", "coalition", attribution_kind="unnamed-source"),
    op("redeployment", "planned", ["Mosul", "Syria"], "Daesh", quantities=[qty(9000, "fighters", "more-than")],
       attribution_kind="unnamed-source", source="an unnamed source in military and diplomatic circles in Moscow",
       via="RIA Novosti", stance="doubted"),
    op("offensive", "planned", ["Deir ez-Zor", "Palmyra"], "Daesh"),
    op("liberation", "completed", "Fallujah"),
    op("siege", "completed", "Fallujah", optional=True),
], [])
SEED("sputnik-2016-10-10-havice-kirkuk", ["seed", "iraq", "time-fuzzy-hours", "time-absolute"], [
    op("offensive", "planned", "Mosul", attribution_kind="named-official", source="Heytem Haşim Muhtaroğlu", stance="reported"),
    op("liberation", "imminent", "Hawija", "Iraqi Army", attribution_kind="named-official", source="Heytem Haşim Muhtaroğlu", stance="reported"),
    op("redeployment", "completed", "Hawija", "Iraqi Army"),
    op("redeployment", "ongoing", "Kirkuk", "Iraqi Army", optional=True),
], [
    sc("begin", "2016-10-19", "day", False, "named-official", "reported", "Heytem Haşim Muhtaroğlu", "on October 19",
       operation_kind="offensive", location="Mosul"),
    sc("begin", hour(SA), "hour", True, "named-official", "reported", "Heytem Haşim Muhtaroğlu", "in a few hours",
       operation_kind="liberation", location="Hawija"),
])

# ---- Iraq ------------------------------------------------------------------------------------
R1 = "2017-08-19T10:00:00+03:00"   # Saturday, Baghdad offset
ART("wire-2017-08-19-tal-afar", R1, "Iraq to launch Tal Afar offensive on Sunday, commander says", "Meridian Wire", [
    "BAGHDAD, Aug 19 — Iraqi forces will launch the offensive to retake Tal Afar, one of the last Islamic State strongholds in the north of the country, on Sunday, the commander of the operation told state television on Saturday.",
    "Lieutenant General Abdul Amir Yarallah said army, federal police and counter-terrorism units had completed their deployment around the town, about 60 km west of Mosul. Paramilitary units of the Popular Mobilization Forces moved from the Mosul area to the western approaches of Tal Afar earlier this week.",
    "Between 1,000 and 2,000 militants are believed to remain inside the town with their families, according to Iraqi military intelligence estimates.",
    "Aircraft of the U.S.-led coalition have been striking Islamic State positions in and around Tal Afar for more than a week to prepare the ground, a coalition spokesman said.",
    "Prime Minister Haider al-Abadi, who declared victory in Mosul last month after a nine-month campaign, has promised to free all Iraqi territory from the militants by the end of the year.",
    "Aid agencies said they expected up to 40,000 civilians to flee once the fighting began. A field hospital set up south of the town has already carried out dozens of operations on people wounded by mortar fire, a doctor there said.",
], ["iraq", "time-weekday", "quantity", "distractor-surgery", "background-completed"], [
    op("offensive", "planned", "Tal Afar", "Iraqi Army", attribution_kind="named-official", source=["Abdul Amir Yarallah", "the commander of the operation"], stance="reported"),
    op("redeployment", "completed", ["Tal Afar", "Mosul"], "Popular Mobilization Forces"),
    op("redeployment", "completed", "Tal Afar", "Iraqi Army", optional=True),
    op("airstrike", "ongoing", "Tal Afar", "coalition"),
    op("liberation", "planned", "Iraq"),
    op("offensive", "completed", "Mosul", optional=True),
], [
    sc("begin", "2017-08-20", "day", False, "named-official", "reported", ["Abdul Amir Yarallah", "the commander of the operation"], "on Sunday", operation_kind="offensive", location="Tal Afar"),
    sc("end", "2017", "year", True, "named-official", "reported", "Haider al-Abadi", "by the end of the year", operation_kind="liberation", location="Iraq"),
])

R2 = "2016-11-02T15:30:00Z"        # Wednesday
ART("wire-2016-11-02-mosul-entry", R2, "Iraqi special forces enter Mosul city limits", "Meridian Wire", [
    "Iraqi counter-terrorism troops fought their way into the eastern edge of Mosul on Tuesday for the first time in more than two years, two weeks after the start of the offensive to drive Islamic State out of its last major stronghold in the country.",
    "The elite units seized the state television building in the Gogjali district and were advancing street by street under heavy sniper fire, an officer at the front told reporters by telephone.",
    "Kurdish Peshmerga fighters, who have been shelling Islamic State positions in Bashiqa for several days, are expected to storm the town within the next few days, a Kurdish commander said.",
    "In the south, federal police units said they had recaptured the village of Hammam al-Alil on Wednesday morning and would push towards the airport next.",
    "The militants have put up stiff resistance. Residents said they had seen fighters withdrawing from several eastern districts toward the Old City on the western bank of the Tigris.",
    "The United Nations said 22,000 people had been displaced since the offensive began on October 17.",
], ["iraq", "time-fuzzy-days", "since", "multi-operation"], [
    op("offensive", "ongoing", "Mosul", "Iraqi Counter Terrorism Service"),
    op("shelling", "ongoing", "Bashiqa", "Peshmerga"),
    op("assault", "imminent", "Bashiqa", "Peshmerga", attribution_kind="unnamed-source", source="a Kurdish commander", stance="reported"),
    op("liberation", "completed", ["Hammam al-Alil", "Hamam al-Alil"], "Federal Police"),
    op("withdrawal", "ongoing", "Mosul", "Daesh", attribution_kind="unnamed-source", source="Residents", stance="reported"),
], [
    sc("begin", "2016-11-02", "day", True, "unnamed-source", "reported", "a Kurdish commander", "within the next few days", operation_kind="assault", location="Bashiqa"),
])

R3 = "2019-12-27T09:00:00+03:00"   # Friday
ART("wire-2019-12-27-kataib-hezbollah", R3, "Rocket attack on Kirkuk base kills U.S. contractor", "Meridian Wire", [
    "KIRKUK, Iraq — A barrage of more than 30 rockets struck the K1 military base near Kirkuk on Friday evening, killing a U.S. civilian contractor and wounding several American and Iraqi service members, U.S. officials said.",
    "No group immediately claimed responsibility, but American officials pointed to Kataib Hezbollah, an Iran-backed militia that Washington has accused of a string of similar attacks on bases hosting U.S. troops.",
    "Two U.S. officials said the Pentagon was weighing retaliatory strikes against the militia's facilities in Iraq and Syria. Kataib Hezbollah denied any role and warned that it would respond to any American attack.",
    "The Iraqi Joint Operations Command said its forces had found the launch site, a truck with empty rocket tubes, in a desert area west of the city.",
    "The attack came as Iraq's parliament debated a new election law, and as protesters in Baghdad and the south demanded the resignation of the entire political class after months of demonstrations.",
], ["iraq", "distractor-operations-command", "distractor-protests"], [
    op(["shelling", "other"], "completed", "Kirkuk", "Kataib Hezbollah"),
    op("airstrike", "planned", ["Iraq", "Syria"], "United States Armed Forces", attribution_kind="unnamed-source", source="Two U.S. officials", stance="reported"),
])

# ---- Syria -----------------------------------------------------------------------------------
R4 = "2016-12-13T18:00:00+02:00"   # Tuesday, Damascus offset
ART("wire-2016-12-13-aleppo-evacuation", R4, "Deal reached to evacuate rebels from eastern Aleppo, Russia says", "Levant Desk", [
    "Russia's ambassador to the United Nations, Vitaly Churkin, said on Tuesday that the Syrian army had halted its military operations in eastern Aleppo and that rebels would leave the city under a deal reached with Turkey.",
    "The evacuation of fighters and their families to Idlib province would begin at 5 a.m. on Wednesday, a rebel official told Reuters, adding that buses were already gathering at the Ramouseh crossing.",
    "The agreement follows a month-long government offensive backed by Russian warplanes that reduced the rebel enclave to a few districts. State media said troops had recaptured more than 98 percent of the city.",
    "The Syrian Observatory for Human Rights, a monitoring group, said sporadic shelling of the remaining rebel-held districts continued into the evening despite the announcement.",
    "Tens of thousands of civilians remain trapped in the shrinking enclave, according to UN estimates, many of them sleeping in the streets in freezing temperatures.",
    "Western diplomats doubted that the evacuation would start on time. “We have seen these promises before,” one European diplomat said.",
], ["syria", "time-clock", "time-weekday", "via", "cross-sentence-doubt"], [
    op(["offensive", "other"], "completed", "Aleppo", "Syrian Arab Army"),
    op("liberation", "completed", "Aleppo", optional=True),
    op("airstrike", "completed", "Aleppo", "Russian Aerospace Forces", optional=True),
    op(["withdrawal", "redeployment"], "planned", ["Aleppo", "Idlib"], attribution_kind="named-official", source="Vitaly Churkin", stance="doubted"),
    op("shelling", "ongoing", "Aleppo", attribution_kind="organization", source="The Syrian Observatory for Human Rights", stance="reported"),
    op("ceasefire", "ongoing", "Aleppo", optional=True),
], [
    sc("begin", "2016-12-14T05:00", "hour", False, "unnamed-source", "doubted", "a rebel official", "at 5 a.m. on Wednesday", via="Reuters", operation_kind="withdrawal", location="Aleppo"),
])

R5 = "2017-10-17T11:00:00Z"        # Tuesday
ART("wire-2017-10-17-raqqa", R5, "U.S.-backed forces declare end of Raqqa battle", "Meridian Wire", [
    "The Syrian Democratic Forces said on Tuesday they had taken full control of Raqqa, ending a four-month battle to oust Islamic State from the city it had treated as its capital since 2014.",
    "An SDF spokesman, Talal Silo, said clearing operations were under way to remove mines and booby traps and that the city would be handed over to a civilian council once it was safe.",
    "Coalition aircraft flew no missions over the city on Tuesday for the first time since June, a coalition official said.",
    "Fighters from the SDF's Arab units will be redeployed toward Deir ez-Zor province within weeks to join the push down the Euphrates valley, where Syrian government troops, supported by Russian air power, are also racing to seize territory, Silo added.",
    "Thousands of residents remain in camps north of the city and are unlikely to return before the spring, aid workers said.",
    "Rights groups say the coalition's bombing campaign destroyed up to 80 percent of Raqqa and killed hundreds of civilians, allegations the coalition disputes.",
], ["syria", "since", "duration", "time-fuzzy-weeks", "distractor-background"], [
    op("liberation", "completed", "Raqqa", "Syrian Democratic Forces"),
    op("other", "ongoing", "Raqqa", "Syrian Democratic Forces"),
    op("redeployment", "planned", ["Deir ez-Zor", "Raqqa"], "Syrian Democratic Forces", attribution_kind="named-official", source="Talal Silo", stance="reported"),
    op("offensive", "ongoing", ["Euphrates", "Deir ez-Zor"], "Syrian Arab Army", optional=True),
    op("airstrike", "completed", "Raqqa", "coalition", optional=True),
], [
    sc("begin", week(R5), "week", True, "named-official", "reported", "Talal Silo", "within weeks", operation_kind="redeployment", location="Deir ez-Zor"),
])

R6 = "2018-04-13T23:30:00Z"        # Friday
ART("wire-2018-04-13-syria-strikes", R6, "U.S., Britain and France strike Syria over suspected chemical attack", "Atlantic Desk", [
    "WASHINGTON — The United States, Britain and France launched air and missile strikes on Syrian government targets on Friday night in response to a suspected chemical weapons attack in the town of Douma last weekend, President Donald Trump announced.",
    "Explosions lit up the sky over Damascus shortly before 4 a.m. local time, witnesses said, and Syrian state television reported that air defences had intercepted a number of missiles.",
    "Defense Secretary Jim Mattis told reporters at the Pentagon that the strikes were “a one-time shot” for now, and that no further attacks were planned. British Prime Minister Theresa May said the action was “limited and targeted” and was not about regime change.",
    "Russia's ambassador in Washington warned of “consequences”. Moscow had said earlier in the week that its forces in Syria would shoot down any missiles fired at the country.",
    "The strikes came hours before inspectors from the Organisation for the Prohibition of Chemical Weapons were due to begin work in Douma, which government forces retook last week after a five-year siege.",
], ["syria", "distractor-history", "denial-of-further"], [
    op("airstrike", "completed", ["Syria", "Damascus"], "United States Armed Forces"),
    op("liberation", "completed", "Douma", "Syrian Arab Army", optional=True),
    op("siege", "completed", "Douma", optional=True),
    op("other", "completed", "Douma", optional=True),
])

# ---- Ukraine and Russia ----------------------------------------------------------------------
R7 = "2022-02-24T07:40:00+02:00"   # Thursday, Kyiv offset
ART("wire-2022-02-24-invasion", R7, "Russia launches military operation in Ukraine; explosions heard in Kyiv", "Meridian Wire", [
    "KYIV — Russian President Vladimir Putin announced a “special military operation” in eastern Ukraine early on Thursday, and explosions were heard within minutes in Kyiv, Kharkiv and the port city of Odesa.",
    "Ukraine's interior ministry said Russian forces had launched missile strikes on military command centres and airfields across the country. Ukraine's border guard service said Russian troops had crossed the border in the Chernihiv, Sumy and Kharkiv regions and from Crimea in the south.",
    "“Russia has embarked on a path of evil,” Foreign Minister Dmytro Kuleba wrote on Twitter, calling it a full-scale invasion. President Volodymyr Zelensky declared martial law and urged citizens to stay at home.",
    "Putin said the aim of the operation was to “demilitarise” Ukraine and denied that Russia planned to occupy the country. He warned other countries that any attempt to interfere would lead to “consequences you have never seen.”",
    "Belarus, where some 30,000 Russian troops had been holding exercises, denied that its territory was being used for the attack, but Ukrainian officials said a column of armour had crossed from the north toward the Chernobyl exclusion zone.",
    "Oil prices jumped above $100 a barrel for the first time since 2014, and stock markets in Europe fell sharply as traders fled to safe havens.",
], ["ukraine", "denial", "distractor-exercise", "distractor-markets", "since"], [
    op(["offensive", "ground-operation", "other"], "ongoing", "Ukraine", "Russian Armed Forces"),
    op("airstrike", "completed", "Ukraine", "Russian Armed Forces", optional=True),
    op("ground-operation", "ongoing", ["Chernihiv", "Chernihiv Oblast", "Chernobyl"], "Russian Armed Forces", optional=True),
], [])

R8 = "2022-11-09T21:00:00+02:00"   # Wednesday
ART("wire-2022-11-09-kherson-withdrawal", R8, "Russia orders withdrawal from Kherson city", "Meridian Wire", [
    "Russian Defence Minister Sergei Shoigu on Wednesday ordered troops to pull out of the city of Kherson and take up defensive positions on the eastern bank of the Dnipro river, the biggest Russian retreat since the first weeks of the war.",
    "In a televised meeting, the commander of Russian forces in Ukraine, General Sergei Surovikin, said the withdrawal of about 30,000 troops and their equipment would take place “in the shortest possible time.” Russian-installed officials said the evacuation of civilians had been completed.",
    "Ukrainian officials were sceptical. “Actions speak louder than words. We see no signs that Russia is leaving Kherson without a fight,” Mykhailo Podolyak, an adviser to President Volodymyr Zelensky, wrote on Twitter.",
    "Ukraine's counteroffensive in the south, launched in late August, has recaptured dozens of villages north of the city in recent weeks. A senior Ukrainian commander said forces were advancing cautiously because retreating units had mined roads and bridges.",
    "Analysts said it could take Russia up to a week to move its troops across the river, where the main road bridge has been badly damaged by Ukrainian rocket strikes.",
], ["ukraine", "cross-sentence-doubt", "quantity", "time-fuzzy"], [
    op("withdrawal", "planned", "Kherson", "Russian Armed Forces", quantities=[qty(30000, "troops", "about")],
       attribution_kind="named-official", source=["Sergei Shoigu", "Sergei Surovikin"], stance="doubted"),
    op("offensive", "ongoing", ["Kherson", None], "Armed Forces of Ukraine"),
    op("liberation", "completed", "Kherson", "Armed Forces of Ukraine", optional=True),
    op("shelling", "completed", ["Dnipro", "Dnieper", "Kherson"], "Armed Forces of Ukraine", optional=True),
    op("other", "completed", "Kherson", optional=True),
], [])

R9 = "2024-08-08T12:00:00+03:00"   # Thursday, Moscow offset
ART("wire-2024-08-08-kursk-incursion", R9, "Russia says it is repelling Ukrainian incursion into Kursk region", "Eurasia Desk", [
    "MOSCOW — Russian forces are fighting for a third day to push back Ukrainian troops who crossed into the Kursk region on Tuesday, the defence ministry said on Thursday, in the largest cross-border attack on Russia since the start of the war.",
    "The ministry said up to 1,000 Ukrainian soldiers backed by tanks and armoured vehicles had taken part in the incursion, and that reserves were being moved to the area. Acting regional governor Alexei Smirnov declared a state of emergency.",
    "Kyiv has made no official comment. A Ukrainian security official, speaking on condition of anonymity, told AFP that the aim of the operation was to stretch Russian forces and that it would continue.",
    "Russian military bloggers reported fighting around the town of Sudzha, about 10 km from the border, where a gas metering station handles the last flows of Russian gas through Ukraine to Europe.",
    "President Vladimir Putin called the incursion “another large-scale provocation” and said Ukrainian forces were shelling civilian buildings indiscriminately.",
], ["russia", "ukraine", "quantity", "time-weekday"], [
    op("ground-operation", "ongoing", ["Kursk", "Kursk Oblast"], "Armed Forces of Ukraine", quantities=[qty(1000, "soldiers", "up-to")]),
    op("redeployment", "ongoing", ["Kursk", "Kursk Oblast"], "Russian Armed Forces"),
    op(["offensive", "other"], "ongoing", ["Kursk", "Kursk Oblast"], "Russian Armed Forces", optional=True),
    op("shelling", "ongoing", ["Kursk", "Kursk Oblast", "Sudzha"], "Armed Forces of Ukraine", optional=True),
], [])

R10 = "2023-05-06T09:00:00+03:00"  # Saturday, Moscow offset
ART("wire-2023-05-06-bakhmut-wagner", R10, "Wagner chief says fighters will leave Bakhmut on May 10", "Eurasia Desk", [
    "Yevgeny Prigozhin, the founder of the Wagner mercenary group, said on Friday that his fighters would pull out of Bakhmut on May 10, accusing Russia's defence ministry of starving them of ammunition.",
    "“I am pulling Wagner units out of Bakhmut because, in the absence of ammunition, they are doomed to senseless deaths,” Prigozhin said in a statement posted on his press service's Telegram channel. He asked the ministry to hand over the positions to regular army units before May 10.",
    "The Kremlin declined to comment. Ukrainian military officials dismissed the announcement as a bluff intended to pressure Moscow and said Wagner assault groups were still attacking in the centre of the city.",
    "The battle for Bakhmut, a small salt-mining town in the Donetsk region, has lasted for more than nine months and become the longest and bloodiest of the war.",
    "Russia will hold its annual Victory Day parade on Red Square on May 9, though several regions have cancelled their own marches, citing security concerns.",
], ["ukraine", "time-absolute", "cross-sentence-doubt", "trap-parade", "quote-before", "duration"], [
    op("withdrawal", "planned", "Bakhmut", "Wagner Group", attribution_kind="named-official", source="Yevgeny Prigozhin", stance="doubted"),
    op(["assault", "other", "offensive"], "ongoing", "Bakhmut", "Wagner Group"),
    op("redeployment", "planned", "Bakhmut", "Russian Armed Forces", optional=True),
], [
    sc("begin", "2023-05-10", "day", False, "named-official", "doubted", "Yevgeny Prigozhin", "on May 10", operation_kind="withdrawal", location="Bakhmut"),
    sc("end", "2023-05-10", "day", False, "named-official", "reported", "Yevgeny Prigozhin", "before May 10", operation_kind="redeployment", location="Bakhmut", optional=True),
])

# ---- Yemen and the Red Sea -------------------------------------------------------------------
R11 = "2018-06-13T10:00:00+03:00"  # Wednesday, Aden offset
ART("wire-2018-06-13-hodeidah", R11, "Saudi-led coalition begins assault on Yemen's Hodeidah port", "Gulf Desk", [
    "ADEN — Forces of the Saudi-led coalition began an assault on Yemen's main port city of Hodeidah on Wednesday, launching air and sea strikes on Houthi positions despite UN warnings that the battle could cut off supplies to millions of people facing famine.",
    "Yemeni troops backed by the United Arab Emirates were advancing on the city's airport from the south, the coalition-backed government said in a statement. Some 21,000 troops had been massed for the operation, a coalition official said.",
    "The Houthis said their forces had struck a coalition warship off the coast, a claim the coalition did not confirm.",
    "UN envoy Martin Griffiths had been shuttling between the sides to persuade the Houthis to hand the port to a UN-run body. A diplomat briefed on the talks said Griffiths would travel to Sanaa again on Saturday.",
    "Aid groups said they had withdrawn international staff from the city ahead of the fighting. The port handles about 70 percent of Yemen's imports.",
], ["yemen", "quantity", "trap-talks", "distractor-staff-withdrawal", "stance-reported"], [
    op("assault", "ongoing", "Hodeidah", "Saudi-led coalition", quantities=[qty(21000, "troops", "about")]),
    op("airstrike", "ongoing", "Hodeidah", "Saudi-led coalition", optional=True),
    op(["other", "airstrike"], "completed", [None, "Hodeidah", "Red Sea"], "Houthis", attribution_kind="organization", source="The Houthis", stance="reported", optional=True),
], [])

R12 = "2024-01-12T06:30:00Z"       # Friday
ART("wire-2024-01-12-red-sea-strikes", R12, "U.S. and Britain strike Houthi targets in Yemen", "Atlantic Desk", [
    "U.S. and British warplanes and warships struck more than 60 targets at 16 Houthi sites in Yemen overnight, in retaliation for weeks of attacks by the Iran-backed group on commercial shipping in the Red Sea, the U.S. Air Forces Central Command said on Friday.",
    "The strikes hit radar systems, drone and missile launch sites and weapons depots near Sanaa, Hodeidah, Taiz and Saada, U.S. officials said. President Joe Biden said he would “not hesitate to direct further measures” if the attacks did not stop.",
    "A Houthi spokesman, Mohammed Abdulsalam, said the strikes were unjustified and vowed that the group would keep targeting ships linked to Israel. A Houthi military spokesman said the group would respond within days.",
    "Shipping firms have diverted hundreds of vessels around the Cape of Good Hope, adding about ten days to voyages between Asia and Europe. The strikes sent Brent crude up 4 percent in early trading.",
], ["yemen", "red-sea", "quantity", "time-fuzzy-days", "distractor-markets"], [
    op("airstrike", "completed", "Yemen", "United States Armed Forces"),
    op(["other", "airstrike"], "ongoing", "Red Sea", "Houthis"),
    op("other", "planned", "Yemen", "Houthis", optional=True),
], [
    sc("begin", "2024-01-12", "day", True, "unnamed-source", "reported", "A Houthi military spokesman", "within days", optional=True),
])

# ---- Gaza and Lebanon ------------------------------------------------------------------------
R13 = "2023-11-21T22:00:00+02:00"  # Tuesday
ART("wire-2023-11-21-gaza-truce", R13, "Israel and Hamas agree four-day truce, hostage release", "Levant Desk", [
    "JERUSALEM — Israel's government approved a deal with Hamas late on Tuesday for a four-day pause in fighting in the Gaza Strip and the release of 50 women and children held hostage in the enclave, in exchange for Palestinian prisoners held in Israeli jails.",
    "The truce will begin at 10 a.m. on Thursday, Qatar's foreign ministry spokesman Majed al-Ansari said, and could be extended by one day for every additional ten hostages released.",
    "Prime Minister Benjamin Netanyahu said the war would continue after the pause. “We are at war, and we will continue the war until we achieve all our goals,” he said in a recorded statement.",
    "Israeli forces pressed on with their ground operation in northern Gaza on Tuesday, encircling the Indonesian Hospital in Beit Lahiya, Palestinian health officials said. The Israeli military said it had killed dozens of militants in the area in the past day.",
    "Hamas said in a statement that Israel would halt all military activity, including air traffic over southern Gaza, throughout the truce. An Israeli official denied that drones would stop flying over the north.",
], ["gaza", "time-clock", "time-weekday", "distractor-hostage-release", "duration"], [
    op("ceasefire", "planned", ["Gaza Strip", "Gaza"]),
    op("ground-operation", "ongoing", ["Gaza Strip", "Gaza", "Beit Lahiya"], "Israel Defense Forces"),
    op("siege", "ongoing", "Beit Lahiya", "Israel Defense Forces", optional=True),
], [
    sc("begin", "2023-11-23T10:00", "hour", False, "named-official", "reported", "Majed al-Ansari", "at 10 a.m. on Thursday", operation_kind="ceasefire", location=["Gaza Strip", "Gaza"]),
])

R14 = "2024-10-01T08:00:00+03:00"  # Tuesday, Beirut offset
ART("wire-2024-10-01-lebanon-ground", R14, "Israel begins 'limited' ground raids into southern Lebanon", "Levant Desk", [
    "BEIRUT — Israel's military said early on Tuesday that it had begun “limited, localized and targeted ground raids” against Hezbollah targets in villages close to the border in southern Lebanon, after two weeks of intensive airstrikes.",
    "The raids, backed by air and artillery, were aimed at infrastructure that Hezbollah could use to attack communities in northern Israel, the military said. Israeli officials told reporters the operation would last weeks rather than months.",
    "Hezbollah denied that Israeli troops had entered Lebanese territory, saying its fighters had not yet clashed with any ground forces. Lebanese army units pulled back about 5 km from the border as Israeli troops massed, security sources said.",
    "Israeli jets again pounded Beirut's southern suburbs overnight. Lebanon's health ministry says more than 1,000 people have been killed in the past two weeks.",
    "U.S. officials said they had been told the incursion would be limited in scope, but warned against “mission creep.”",
], ["lebanon", "stance-denied", "duration"], [
    op(["raid", "ground-operation"], "ongoing", "Lebanon", "Israel Defense Forces", attribution_kind="organization", stance="denied"),
    op("airstrike", "ongoing", ["Beirut", "Lebanon"], "Israel Defense Forces"),
    op("withdrawal", "completed", [None, "Lebanon"], "Lebanese Armed Forces", attribution_kind="unnamed-source", source="security sources", stance="reported"),
    op("redeployment", "ongoing", [None, "Lebanon", "Israel"], "Israel Defense Forces", optional=True),
], [])

# ---- Sahel -----------------------------------------------------------------------------------
R15 = "2013-01-14T17:00:00Z"       # Monday
ART("wire-2013-01-14-mali-serval", R15, "French jets pound Islamist rebels in Mali for fourth day", "Meridian Wire", [
    "BAMAKO — French fighter jets struck Islamist rebel positions in northern Mali for a fourth day on Monday, hitting training camps and depots around Gao and Kidal, as France pressed on with an operation it says is needed to stop the militants from marching on the capital.",
    "The rebels, however, counter-attacked in the west, seizing the small town of Diabaly from Malian government forces on Monday, French Defence Minister Jean-Yves Le Drian said.",
    "About 750 French troops are now in Mali, and the number will rise to 2,500 in the coming days, a defence ministry spokesman said. Armoured units that had been stationed in Ivory Coast arrived in Bamako overnight.",
    "Troops from Nigeria, Niger, Burkina Faso and other West African states are expected to deploy to Mali by the end of next week, the regional bloc ECOWAS said after an emergency meeting in Abidjan.",
    "France's President François Hollande said the intervention, dubbed Operation Serval, would last “as long as necessary.”",
], ["sahel", "mali", "quantity", "named-operation", "time-relative-week", "time-fuzzy-days"], [
    op("airstrike", "ongoing", ["Mali", "Gao"], "French Armed Forces"),
    op(["assault", "offensive", "other"], "completed", "Diabaly", attribution_kind="named-official", source="Jean-Yves Le Drian", stance="reported"),
    op("redeployment", "ongoing", "Mali", "French Armed Forces", quantities=[qty(750, "troops", "about")]),
    op("redeployment", "planned", "Mali", "ECOWAS", attribution_kind="organization", source="ECOWAS", stance="reported"),
    op(["other", "ground-operation"], "ongoing", "Mali", "French Armed Forces", optional=True),
], [
    sc("end", week(R15, 7), "week", True, "organization", "reported", "ECOWAS", "by the end of next week", operation_kind="redeployment", location="Mali"),
    sc("end", "2013-01-14", "day", True, "unnamed-source", "reported", "a defence ministry spokesman", "in the coming days", operation_kind="redeployment", location="Mali", optional=True),
])

R16 = "2022-08-16T12:00:00Z"       # Tuesday
ART("wire-2022-08-16-mali-barkhane-exit", R16, "Last French soldiers leave Mali, ending nine-year mission", "Meridian Wire", [
    "The last French troops of the Barkhane force left Mali on Monday, the French army said, ending a nine-year deployment against Islamist insurgents in the Sahel that soured as relations with Bamako's military rulers collapsed.",
    "The final contingent crossed into neighbouring Niger from the base at Gao, which was handed over to the Malian army, the army's general staff said in a statement.",
    "France will keep about 2,500 soldiers in the region, mainly in Niger and Chad, and says it will continue to support the fight against jihadists.",
    "Mali's junta, which has brought in Russian military instructors and, according to Western governments, mercenaries from the Wagner group, had demanded that France withdraw “without delay.” Bamako denies that Wagner fighters are in the country.",
    "The withdrawal comes as violence spreads toward coastal West African states. Jihadists killed 42 soldiers in an attack on an army post in Tessit last week, the government said.",
], ["sahel", "mali", "duration", "distractor-denial"], [
    op("withdrawal", "completed", "Mali", "French Armed Forces"),
    op(["assault", "other"], "completed", "Tessit", attribution_kind="organization", source="the government", stance="reported"),
    op("redeployment", "completed", ["Niger", "Gao"], "French Armed Forces", optional=True),
], [])

R17 = "2023-09-04T10:00:00Z"       # Monday
ART("wire-2023-09-04-niger-ecowas", R17, "ECOWAS says troops ready for Niger intervention; no date set", "Meridian Wire", [
    "ABUJA — West African defence chiefs have agreed on a “D-Day” for a possible military intervention to restore Niger's ousted president but will not make it public, a senior official of the regional bloc ECOWAS said.",
    "“We are ready to go any day the order is given,” Abdel-Fatau Musah, the ECOWAS commissioner for political affairs, peace and security, told reporters in Accra. He said a standby force of up to 25,000 troops could be assembled.",
    "Niger's military rulers said they would respond immediately to any aggression and accused France of deploying soldiers and equipment in neighbouring states in preparation for an attack. Paris dismissed the claim.",
    "Analysts doubt the intervention will happen at all. Nigeria's Senate has urged President Bola Tinubu to pursue diplomacy, and Algeria has refused to let foreign troops cross its airspace.",
    "Talks between an ECOWAS delegation and the junta in Niamey last month ended without progress. The bloc's heads of state will meet again in Abuja on September 21.",
], ["sahel", "niger", "quantity", "cross-sentence-doubt", "trap-talks", "time-absolute"], [
    op(["other", "ground-operation", "offensive"], "planned", "Niger", "ECOWAS", quantities=[qty(25000, "troops", "up-to")],
       attribution_kind="named-official", source="Abdel-Fatau Musah", stance="doubted"),
    op("redeployment", "ongoing", None, "French Armed Forces", stance="doubted", optional=True),
], [])

R18 = "2022-12-02T15:00:00Z"       # Friday
ART("wire-2022-12-02-burkina-djibo", R18, "Burkina Faso army breaks blockade of besieged northern town", "Sahel Desk", [
    "OUAGADOUGOU — A military convoy reached the northern town of Djibo on Thursday after a two-month blockade by jihadists, delivering food and fuel to tens of thousands of residents, the army said.",
    "The convoy of about 150 trucks, escorted by soldiers and volunteer fighters, had left the town of Kaya a week earlier and cleared roadside bombs along the way, an army spokesman said.",
    "Residents of Djibo said the siege had left many families surviving on leaves and wild fruit. Jihadists linked to al-Qaeda have blockaded more than a dozen towns in the north and east.",
    "The army plans to send a second convoy to Djibo before Christmas and to reopen the road to Arbinda early next year, the spokesman added.",
    "Aid agencies say nearly a million people now live in areas under blockade, cut off from markets and health care.",
    "Burkina Faso's military government, which took power in a coup in September, has recruited 50,000 civilian volunteers to fight alongside the army.",
], ["sahel", "burkina-faso", "time-holiday", "time-part-of-year", "duration", "trap-coup"], [
    op("siege", "ongoing", "Djibo", "JNIM"),
    op("other", "completed", "Djibo", "Burkina Faso Armed Forces"),
    op("other", "planned", "Djibo", "Burkina Faso Armed Forces", attribution_kind="unnamed-source", source="an army spokesman", stance="reported"),
    op("other", "planned", "Arbinda", "Burkina Faso Armed Forces", attribution_kind="unnamed-source", source="an army spokesman", stance="reported"),
], [
    sc("end", "2022-12-25", "day", False, "unnamed-source", "reported", "the spokesman", "before Christmas", operation_kind="other", location="Djibo"),
    sc("begin", "2023", "year", True, "unnamed-source", "reported", "the spokesman", "early next year", operation_kind="other", location="Arbinda"),
])

# ---- Horn of Africa ----------------------------------------------------------------------------
R19 = "2022-10-12T11:00:00+03:00"  # Wednesday, Mogadishu offset
ART("wire-2022-10-12-somalia-hiraan", R19, "Somali forces and clan militias push al-Shabaab out of central towns", "Horn Desk", [
    "MOGADISHU — Somali government troops and allied clan militias have recaptured several towns in the central Hiraan region from al-Shabaab in recent weeks, in the biggest offensive against the militants in more than five years, officials said on Wednesday.",
    "Forces entered the town of Moqokori on Monday after the militants fled without a fight, the regional governor, Ali Jeyte Osman, told state radio. He said troops would advance on Adan Yabaal, a long-time al-Shabaab base in neighbouring Middle Shabelle, by the end of October.",
    "U.S. forces carried out an airstrike near Buulobarde on Sunday that killed two al-Shabaab fighters, Africa Command said, adding that no civilians had been hurt.",
    "Al-Shabaab claimed that its fighters had ambushed a government convoy near Beledweyne and killed dozens of soldiers. The information ministry rejected the claim as propaganda.",
    "President Hassan Sheikh Mohamud has vowed to rid the country of the group within a year. Analysts question whether the gains can be held once clan fighters return to their villages.",
], ["somalia", "time-weekday", "time-part-of-month", "stance-denied", "cross-sentence-doubt"], [
    op("offensive", "ongoing", ["Hiraan", "Hiran", "Hiiraan"], "Somali National Army"),
    op(["liberation", "ground-operation", "other"], "completed", "Moqokori", "Somali National Army", optional=True),
    op("withdrawal", "completed", "Moqokori", "al-Shabaab", optional=True),
    op("offensive", "planned", "Adan Yabaal", "Somali National Army", attribution_kind="named-official", source="Ali Jeyte Osman", stance="reported"),
    op("airstrike", "completed", "Buulobarde", "United States Africa Command"),
    op(["raid", "assault", "other"], "completed", "Beledweyne", "al-Shabaab", attribution_kind="organization", source="Al-Shabaab", stance="denied"),
    op("other", "planned", "Somalia", optional=True),
], [
    sc("end", "2022-10", "month", True, "named-official", "reported", "Ali Jeyte Osman", "by the end of October", operation_kind="offensive", location="Adan Yabaal"),
    sc("end", "2022", "year", False, "named-official", "doubted", "Hassan Sheikh Mohamud", "within a year", optional=True),
])

R20 = "2023-04-16T18:30:00+02:00"  # Sunday, Khartoum offset
ART("wire-2023-04-16-sudan-fighting", R20, "Sudan army jets strike paramilitary bases as fighting spreads", "Horn Desk", [
    "KHARTOUM — Sudan's air force struck bases of the paramilitary Rapid Support Forces in and around Khartoum on Sunday as fighting between the army and the RSF entered a second day, with at least 56 civilians killed, a doctors' union said.",
    "Witnesses reported heavy gunfire and artillery near the army headquarters and the presidential palace, which the RSF said it had seized on Saturday. The army denied that the palace had fallen.",
    "Army chief General Abdel Fattah al-Burhan said his forces would not negotiate and would storm the RSF's remaining positions in the capital within days. RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said in an interview with Al Jazeera that al-Burhan would be captured or killed “like a dog.”",
    "The army and the RSF agreed to a three-hour humanitarian pause from 4 p.m. local time on Sunday to allow the evacuation of the wounded, the UN said, though gunfire was still heard after it took effect.",
    "Diplomats said foreign governments were preparing plans to evacuate their nationals, but the airport remained closed after several planes were damaged.",
], ["sudan", "time-clock", "time-fuzzy-days", "stance-denied", "duration", "distractor-evacuation"], [
    op("airstrike", "completed", "Khartoum", "Sudanese Armed Forces"),
    op(["assault", "other"], "completed", "Khartoum", "Rapid Support Forces", attribution_kind="organization", source="the RSF", stance="denied"),
    op("assault", "imminent", "Khartoum", "Sudanese Armed Forces", attribution_kind="named-official", source="Abdel Fattah al-Burhan", stance="reported"),
    op("ceasefire", "ongoing", "Khartoum", attribution_kind="organization", source="the UN", stance="reported"),
    op("shelling", "ongoing", "Khartoum", optional=True),
], [
    sc("begin", "2023-04-16", "day", True, "named-official", "reported", "Abdel Fattah al-Burhan", "within days", operation_kind="assault", location="Khartoum"),
    sc("begin", "2023-04-16T16:00", "hour", False, "organization", "reported", "the UN", "from 4 p.m. local time on Sunday", operation_kind="ceasefire", location="Khartoum"),
])

R21 = "2020-11-26T19:00:00+03:00"  # Thursday, Addis Ababa offset
ART("wire-2020-11-26-mekelle-final-phase", R21, "Ethiopia orders 'final phase' of offensive on Tigray capital", "Horn Desk", [
    "ADDIS ABABA — Ethiopian Prime Minister Abiy Ahmed on Thursday ordered the army to launch the “final phase” of its offensive against the Tigray region's ruling party in the regional capital, Mekelle, after a 72-hour ultimatum for Tigrayan forces to surrender expired.",
    "Abiy said in a statement that the military would take great care to protect civilians and urged residents to stay indoors. Tigray's leader, Debretsion Gebremichael, told Reuters his forces were “ready to die defending our right to administer our region.”",
    "The government has surrounded Mekelle with tanks and artillery, military spokesman Colonel Dejene Tsegaye said earlier this week, warning that there would be “no mercy” if residents did not separate themselves from the TPLF.",
    "Communications to the region have been cut for more than three weeks, making claims by both sides difficult to verify. Refugees arriving in Sudan have described artillery shelling of towns and villages.",
    "The United Nations said it was deeply concerned and called for an immediate ceasefire to allow humanitarian access.",
], ["ethiopia", "deadline", "duration", "distractor-call-for-ceasefire"], [
    op("offensive", "imminent", "Mekelle", "Ethiopian National Defense Force", attribution_kind="named-official", source="Abiy Ahmed", stance="reported"),
    op("siege", "ongoing", "Mekelle", "Ethiopian National Defense Force", attribution_kind="named-official", source="Dejene Tsegaye", stance="reported"),
    op("shelling", "completed", ["Tigray", "Tigray Region"], optional=True),
], [])

# ---- Afghanistan -----------------------------------------------------------------------------
R22 = "2021-08-06T16:00:00+04:30"  # Friday, Kabul offset
ART("wire-2021-08-06-zaranj", R22, "Taliban capture first provincial capital as U.S. withdrawal nears end", "Asia Desk", [
    "KABUL — Taliban fighters captured Zaranj, the capital of Nimroz province on the border with Iran, on Friday, the first provincial capital to fall to the insurgents since the United States began withdrawing its last troops in May.",
    "The deputy governor of Nimroz, Haji Baz Mohammad Naser, said government forces had retreated to the district of Chakhansur without a fight because reinforcements never came.",
    "Fighting also raged around Lashkar Gah, Kandahar and Herat, where government troops backed by U.S. and Afghan airstrikes were trying to repel Taliban offensives. The Afghan defence ministry said commandos had been flown into Lashkar Gah overnight.",
    "The U.S. military has said it will complete its withdrawal by August 31. A Pentagon spokesman, John Kirby, said American aircraft would keep supporting Afghan forces until then “where and when feasible.”",
    "A Taliban spokesman, Zabihullah Mujahid, said on Twitter that the group's fighters would soon take other provincial capitals. Afghan officials rejected the claim, saying the army would retake Zaranj within days.",
], ["afghanistan", "time-absolute", "stance-denied", "time-fuzzy-days", "multi-operation"], [
    op(["assault", "offensive", "other"], "completed", "Zaranj", "Taliban"),
    op("withdrawal", "completed", ["Zaranj", "Chakhansur"], "Afghan National Army", attribution_kind="named-official", source="Haji Baz Mohammad Naser", stance="reported"),
    op("withdrawal", "ongoing", "Afghanistan", "United States Armed Forces"),
    op("offensive", "ongoing", ["Lashkar Gah", "Kandahar", "Herat"], "Taliban"),
    op("offensive", "ongoing", ["Lashkar Gah", "Kandahar", "Herat"], "Taliban", optional=True),
    op("offensive", "ongoing", ["Lashkar Gah", "Kandahar", "Herat"], "Taliban", optional=True),
    op("airstrike", "ongoing", ["Lashkar Gah", "Kandahar", "Herat", "Afghanistan"], "United States Armed Forces"),
    op("airstrike", "ongoing", ["Lashkar Gah", "Kandahar", "Herat", "Afghanistan"], "United States Armed Forces", optional=True),
    op(["offensive", "other"], "planned", None, "Taliban", stance="denied", optional=True),
    op("redeployment", "completed", "Lashkar Gah", "Afghan National Army", attribution_kind="organization", source="The Afghan defence ministry", stance="reported"),
    op("liberation", "imminent", "Zaranj", "Afghan National Army", attribution_kind="unnamed-source", source="Afghan officials", stance="reported"),
], [
    sc("end", "2021-08-31", "day", False, "organization", "reported", "The U.S. military", "by August 31", operation_kind="withdrawal", location="Afghanistan"),
    sc("begin", "2021-08-06", "day", True, "unnamed-source", "reported", "Afghan officials", "within days", operation_kind="liberation", location="Zaranj"),
    sc("end", "2021-08-31", "day", False, "named-official", "reported", "John Kirby", "until then", operation_kind="airstrike", optional=True),
])

# ---- Libya -----------------------------------------------------------------------------------
R23 = "2019-04-05T13:00:00+02:00"  # Friday, Tripoli offset
ART("wire-2019-04-05-haftar-tripoli", R23, "Haftar orders forces to march on Tripoli", "Maghreb Desk", [
    "TRIPOLI — Eastern Libyan commander Khalifa Haftar ordered his forces on Thursday to advance on Tripoli, seat of the UN-backed government, in a move that threatens to plunge the country back into full-scale war.",
    "Forces of Haftar's Libyan National Army took the town of Gharyan, about 80 km south of the capital, without a fight overnight, residents said. The LNA said its units had reached the outskirts of Tripoli, but a spokesman for the government's forces denied they were anywhere near the city.",
    "“The hour has come,” Haftar said in an audio recording posted online. “We are coming, Tripoli.” His spokesman, Ahmed al-Mismari, said the offensive would be over “in days, not weeks.”",
    "Armed groups loyal to the Tripoli government said they had mobilised and that reinforcements from Misrata were heading south toward Gharyan.",
    "UN Secretary-General António Guterres, who was visiting Tripoli ahead of a national conference planned for mid-April, called for calm. The UN mission said the conference, due to open in Ghadames on April 14, would go ahead.",
], ["libya", "stance-denied", "distractor-conference", "time-part-of-month", "time-absolute"], [
    op("offensive", "ongoing", "Tripoli", "Libyan National Army", attribution_kind="author", stance="asserted"),
    op(["liberation", "other", "ground-operation"], "completed", "Gharyan", "Libyan National Army", optional=True),
    op("redeployment", "ongoing", ["Gharyan", "Misrata"], attribution_kind="organization", source="Armed groups loyal to the Tripoli government", stance="reported"),
], [
    sc("end", "2019-04-05", "day", True, "named-official", "reported", "Ahmed al-Mismari", "in days", operation_kind="offensive", location="Tripoli"),
])

# ---- Myanmar ---------------------------------------------------------------------------------
R24 = "2023-11-08T10:00:00+06:30"  # Wednesday, Yangon offset
ART("wire-2023-11-08-myanmar-1027", R24, "Myanmar rebel alliance seizes border towns in Shan state offensive", "Asia Desk", [
    "YANGON — An alliance of three ethnic armed groups said on Wednesday it had captured more than 100 military posts and the border town of Chinshwehaw since launching a coordinated offensive against Myanmar's junta in northern Shan state on October 27.",
    "The Three Brotherhood Alliance, which includes the Arakan Army, said its fighters had also surrounded Lashio, the largest town in the region, and were preparing to attack it. The military has not commented on the claim.",
    "Junta spokesman Major General Zaw Min Tun acknowledged the loss of some positions and said the army would launch a counteroffensive “very soon”. The military has carried out air strikes on villages in the area, killing dozens of civilians, according to local rescue groups.",
    "China, which has called for a ceasefire, said it was evacuating its citizens from the area. Trade through the border crossings, worth billions of dollars a year, has been halted.",
    "The offensive, which the rebels call Operation 1027 after the date it began, is the biggest challenge to the military since it seized power in a coup in February 2021.",
], ["myanmar", "since", "named-operation", "time-fuzzy-days", "trap-coup"], [
    op("offensive", "ongoing", ["Shan State", "Shan"], "Three Brotherhood Alliance"),
    op(["assault", "liberation", "other"], "completed", "Chinshwehaw", "Three Brotherhood Alliance", optional=True),
    op("siege", "ongoing", "Lashio", "Three Brotherhood Alliance", attribution_kind="organization", source="The Three Brotherhood Alliance", stance="reported"),
    op("assault", "planned", "Lashio", "Three Brotherhood Alliance", attribution_kind="organization", source="The Three Brotherhood Alliance", stance="reported"),
    op("offensive", "imminent", None, "Tatmadaw", attribution_kind="named-official", source="Zaw Min Tun", stance="reported"),
    op("airstrike", "ongoing", [None, "Shan State", "Shan"], "Tatmadaw"),
    op("other", "ongoing", None, optional=True),
], [
    sc("begin", "2023-11-08", "day", True, "named-official", "reported", "Zaw Min Tun", "very soon", operation_kind="offensive", optional=True),
])

# ---- Nagorno-Karabakh ------------------------------------------------------------------------
R25 = "2023-09-20T15:00:00+04:00"  # Wednesday, Baku offset
ART("wire-2023-09-20-karabakh", R25, "Karabakh Armenians agree to ceasefire after Azerbaijani offensive", "Caucasus Desk", [
    "BAKU — Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to disarm under a Russian-brokered ceasefire, a day after Azerbaijan launched what it called “anti-terrorist measures” to bring the breakaway region under its control.",
    "The ceasefire took effect at 1 p.m. local time, both sides said. Under the deal, Armenian units will withdraw from their positions and hand over heavy weapons, and Russian peacekeepers will oversee the process.",
    "Representatives of the Karabakh Armenians and Baku will hold talks on the region's “reintegration” in the Azerbaijani city of Yevlakh on Thursday, the Azerbaijani presidency said.",
    "Armenian officials said at least 32 people had been killed in Azerbaijani shelling of Stepanakert and surrounding villages on Tuesday. Azerbaijan said it had struck only legitimate military targets.",
    "Armenian Prime Minister Nikol Pashinyan said Armenia's army had not taken part in the fighting and would not do so, and denied reports that Armenian troops were being moved toward the border.",
], ["nagorno-karabakh", "time-clock", "trap-talks", "stance-denied"], [
    op("ceasefire", "ongoing", "Nagorno-Karabakh"),
    op(["offensive", "other"], "completed", "Nagorno-Karabakh", "Azerbaijani Armed Forces"),
    op("withdrawal", "planned", "Nagorno-Karabakh", "Artsakh Defence Army"),
    op("shelling", "completed", "Stepanakert", "Azerbaijani Armed Forces", attribution_kind="unnamed-source", source="Armenian officials", stance="reported"),
    op("redeployment", "ongoing", [None, "Armenia"], "Armed Forces of Armenia", stance="denied"),
], [
    sc("begin", "2023-09-20T13:00", "hour", False, None, "reported", None, "at 1 p.m. local time", operation_kind="ceasefire", location="Nagorno-Karabakh"),
])

# ---- Democratic Republic of the Congo ----------------------------------------------------------
R26 = "2025-01-27T09:00:00+02:00"  # Monday, Goma offset
ART("wire-2025-01-27-goma", R26, "M23 rebels say they have taken Goma; Congo disputes claim", "Great Lakes Desk", [
    "GOMA — Rwanda-backed M23 rebels said on Monday they had captured Goma, the largest city in eastern Congo, after a lightning offensive, but Congo's government said its troops still held key positions, including the airport.",
    "Gunfire and explosions were heard in the city centre before dawn, and residents said they saw rebel fighters walking through the streets. The rebels had given Congolese soldiers until 3 a.m. on Monday to lay down their weapons.",
    "Congo's government spokesman Patrick Muyaya said the army would not abandon Goma and that it was “out of the question” that the city had fallen. He accused Rwanda of a “declaration of war.”",
    "UN peacekeepers from South Africa and Uruguay, who have been supporting Congolese forces, said they were withdrawing their staff to bases in the city. Several countries have begun evacuating diplomats.",
    "The UN Security Council held an emergency meeting on Sunday and called on Rwanda to withdraw its troops from Congolese territory. Rwanda's government has denied that it has soldiers in Congo.",
], ["drc", "time-clock", "deadline", "stance-denied", "trap-talks", "distractor-evacuation"], [
    op(["offensive", "assault", "other"], "completed", "Goma", "M23", attribution_kind="organization", source="M23", stance="denied"),
    op("withdrawal", "ongoing", "Goma", "MONUSCO", optional=True),
    op("other", "ongoing", ["Democratic Republic of the Congo", "DR Congo", "Congo"], "Rwanda Defence Force", stance="denied", optional=True),
    op("withdrawal", "planned", ["Democratic Republic of the Congo", "DR Congo", "Congo"], "Rwanda Defence Force", optional=True),
], [
    sc("deadline", "2025-01-27T03:00", "hour", False, "organization", "reported", "The rebels", "until 3 a.m. on Monday", optional=True),
])

# ---- Mozambique and Nigeria ------------------------------------------------------------------
R27 = "2021-03-29T12:00:00+02:00"  # Monday, Maputo offset
ART("wire-2021-03-29-palma", R27, "Insurgents hold Mozambique gas town after deadly attack", "Southern Africa Desk", [
    "MAPUTO — Islamist insurgents remained in control of large parts of the northern Mozambican town of Palma on Monday, five days after launching a coordinated assault that killed dozens of people, including foreign workers, the government said.",
    "Defence ministry spokesman Omar Saranga said security forces were conducting operations to restore order and that the army would retake the town “in the coming days”. He said troops were being flown in from the provincial capital, Pemba.",
    "The Islamic State group claimed responsibility for the attack through its Amaq news agency on Monday, saying its fighters had taken the town after killing 55 soldiers and Christians.",
    "Hundreds of residents and workers who had sheltered at a hotel were evacuated by boat and helicopter. French energy company Total said it had suspended the restart of construction at its $20 billion liquefied natural gas project nearby and withdrawn all its staff from the site.",
    "Portugal said it would send about 60 special forces instructors to train Mozambican troops within weeks. The government has so far refused foreign combat troops.",
], ["mozambique", "time-fuzzy-days", "time-fuzzy-weeks", "trap-business", "quantity", "distractor-evacuation"], [
    op("assault", "completed", "Palma", "Daesh"),
    op("other", "ongoing", "Palma", "Mozambique Defence Armed Forces", optional=True),
    op(["liberation", "other"], "imminent", "Palma", "Mozambique Defence Armed Forces", attribution_kind="named-official", source="Omar Saranga", stance="reported"),
    op("redeployment", "ongoing", ["Palma", "Pemba"], "Mozambique Defence Armed Forces", attribution_kind="named-official", source="Omar Saranga", stance="reported"),
    op("redeployment", "planned", "Mozambique", "Portuguese Armed Forces", quantities=[qty(60, "special forces instructors", "about")], optional=True),
], [
    sc("begin", "2021-03-29", "day", True, "named-official", "reported", "Omar Saranga", "in the coming days", operation_kind="liberation", location="Palma"),
    sc("begin", week(R27), "week", True, "organization", "reported", "Portugal", "within weeks", optional=True),
])

R28 = "2015-02-28T16:00:00+01:00"  # Saturday, Lagos offset
ART("wire-2015-02-28-gwoza", R28, "Nigeria says troops will retake Boko Haram towns before election", "West Africa Desk", [
    "ABUJA — Nigeria's military said on Saturday it had driven Boko Haram out of the town of Monguno and would recapture all remaining towns held by the Islamist group in the northeast before the rescheduled presidential election on March 28.",
    "Defence spokesman Major General Chris Olukolade said troops supported by jets had “cleared” Monguno on Friday and were advancing on Gwoza, which the militants have declared the seat of their caliphate.",
    "Chadian and Nigerien forces, operating under a regional task force, launched a ground and air offensive into northeastern Nigeria on the Niger border earlier this month and have retaken Damasak, according to Chad's army.",
    "Many Nigerians doubt the military can keep its promise. The election was postponed by six weeks on the grounds that the army needed time to secure the northeast, a decision the opposition called a ploy.",
    "Boko Haram leader Abubakar Shekau vowed in a video released on Twitter to disrupt the vote.",
], ["nigeria", "time-absolute", "cross-sentence-doubt", "trap-campaign", "duration"], [
    op(["liberation", "other"], "completed", "Monguno", "Nigerian Army"),
    op("liberation", "planned", [None, "Nigeria"], "Nigerian Army", attribution_kind="organization", source="Nigeria's military", stance="doubted"),
    op("offensive", "ongoing", "Gwoza", "Nigerian Army"),
    op("offensive", "ongoing", ["Nigeria", "Damasak"], "Chadian Armed Forces"),
    op("liberation", "completed", "Damasak", "Chadian Armed Forces", optional=True),
], [
    sc("end", "2015-03-28", "day", False, "organization", "doubted", "Nigeria's military", "before the rescheduled presidential election on March 28", operation_kind="liberation"),
])

# ---- articles without any operation (traps) ----------------------------------------------------
R29 = "2024-05-15T08:00:00Z"       # Wednesday
ART("biz-2024-05-15-defence-earnings", R29, "European defence group raises outlook as orders surge", "Markets Desk", [
    "FRANKFURT — Shares in a leading European defence group advanced nearly 7 percent on Wednesday after it raised its full-year sales outlook, citing record orders for ammunition and air-defence systems since Russia's invasion of Ukraine.",
    "The company said it would expand operations at its plant in Unterlüß by the end of the year and open a new factory in Lithuania in early 2026. Chief executive officers from the sector have been on a charm offensive in Brussels to secure long-term contracts from European governments.",
    "Operating profit rose 40 percent in the first quarter. Analysts said the group's aggressive campaign to win market share from U.S. rivals was paying off, although a strike by metalworkers at two German sites could weigh on deliveries in the third quarter.",
    "The group also announced the withdrawal of its bid for a Spanish vehicle maker, saying the price was too high, and said it would redeploy engineers from its civilian unit to the military business.",
    "“Demand will remain strong for years,” the finance director told analysts on a conference call, adding that the company was not planning any acquisitions before the autumn.",
], ["trap", "trap-business", "trap-market-advance", "trap-labor-strike", "trap-campaign", "time-part-of-year"], [], [], trap=True)

R30 = "2024-03-18T07:00:00+03:00"  # Monday, Moscow offset
ART("pol-2024-03-18-election", R30, "Putin wins fifth term as opposition calls vote a sham", "Eurasia Desk", [
    "MOSCOW — Vladimir Putin won Russia's presidential election with a record 87 percent of the vote, the central election commission said on Monday, after a three-day vote that Western governments said was neither free nor fair.",
    "Putin's campaign headquarters thanked voters at a late-night rally near the Kremlin, where the president said Russia would not be intimidated. He said the war in Ukraine, which he has called an existential struggle with the West, had united the nation.",
    "Opposition supporters answered a call by the widow of Alexei Navalny to turn up at polling stations at noon on Sunday in a silent protest. Police detained more than 70 people across the country, a monitoring group said.",
    "Ukraine's foreign ministry called the vote illegitimate, and the German government spokesman made offensive remarks about the result, according to Russian state media.",
    "Putin will be inaugurated on May 7 and is expected to announce a new government soon after. The Kremlin said a Victory Day parade on Red Square would follow two days later.",
], ["trap", "trap-campaign", "trap-war-general", "trap-police", "trap-offensive-remarks", "trap-parade", "time-absolute"], [], [], trap=True)

R31 = "2023-06-12T09:00:00+02:00"  # Monday, Berlin offset
ART("mil-2023-06-12-air-defender", R31, "NATO's largest air exercise begins over Germany", "Europe Desk", [
    "BERLIN — The largest air deployment exercise in NATO's history began over Germany on Monday, with 250 aircraft from 25 countries rehearsing the defence of allied territory against an attack from the east.",
    "The Air Defender 23 drills will run until June 23, the German air force said. About 10,000 personnel will take part in simulated missions, including airstrikes on mock targets and the interception of enemy bombers over the North Sea and the Baltic.",
    "Organisers said civilian flights could face delays, and airports in Hamburg and Berlin warned passengers to allow extra time. Lieutenant General Ingo Gerhartz, the air force chief, said the exercise was “not aimed at anyone” but sent a clear message of deterrence.",
    "Separately, police in Frankfurt raided properties linked to a suspected far-right group that prosecutors said had planned an armed coup, and special forces of the federal police freed a hostage held in a supermarket in Hanover on Sunday evening.",
    "The Bundestag will debate the 2024 defence budget later this week.",
], ["trap", "trap-exercise", "trap-drills", "trap-police-raid", "trap-hostage-rescue", "time-absolute", "quantity"], [], [], trap=True)

# ---- a long article --------------------------------------------------------------------------
R32 = "2017-09-21T08:30:00+03:00"  # Thursday, Baghdad offset
ART("wire-2017-09-21-hawija-long", R32, "Iraq launches offensive on Hawija, one of Islamic State's last Iraqi enclaves", "Meridian Wire", [
    "BAGHDAD/KIRKUK — Iraqi forces launched an offensive on Thursday to dislodge Islamic State from the Hawija area west of Kirkuk, one of the last two pockets of territory the militants hold in Iraq, Prime Minister Haider al-Abadi said in a statement read on state television.",
    "“The first phase of the operation to liberate Hawija has begun,” the statement said. Army units, federal police, the Counter Terrorism Service and Shi'ite paramilitary groups of the Popular Mobilization Forces were advancing from the south, toward the town of Sharqat and the villages east of the Tigris, a military statement said.",
    "The coalition led by the United States has been bombing militant positions around Hawija since early September to prepare for the ground assault, and will provide air support and artillery throughout the battle, coalition spokesman Colonel Ryan Dillon told reporters in Baghdad.",
    "Commanders expect the first phase to take about two weeks. A senior officer in the Joint Operations Command, who spoke on condition of anonymity because he was not authorised to talk to the media, said troops aimed to reach the outskirts of Hawija town itself by early October and to storm it before the end of October.",
    "An estimated 1,000 to 2,000 militants are believed to be in the Hawija enclave, according to Iraqi intelligence estimates, far fewer than the 5,000 the group had there a year ago. Many have fled toward the Syrian border or into the Hamrin mountains, residents who escaped told Reuters.",
    "The offensive comes days before a referendum on independence that the Kurdistan Regional Government plans to hold on Monday, September 25, in the three provinces of its autonomous region and in disputed areas including Kirkuk. Baghdad has called the vote unconstitutional and the Iraqi parliament has authorised the prime minister to take all measures to preserve the country's unity.",
    "Kurdish Peshmerga forces, who hold front lines north and east of Hawija, will not take part in the offensive, a Peshmerga commander said, adding that his units would remain in their positions to defend Kirkuk. Some Kurdish officials have voiced fears that the paramilitary forces gathering near Hawija could later be turned against Kirkuk, a charge the PMF leadership rejected as “baseless.”",
    "About 85,000 civilians are believed to remain in the Hawija area, and the United Nations said it was preparing to receive up to 50,000 people fleeing the fighting in camps south of Kirkuk. Aid workers said those who escaped in recent weeks described acute food shortages and executions of people trying to flee.",
    "Iraqi officials have said that once Hawija is retaken, forces will turn west to the Euphrates valley towns of Anah, Rawa and al-Qaim near the Syrian border, the last Islamic State strongholds in the country. An operation to recapture Anah could begin as early as next week, a spokesman for the Joint Operations Command, Brigadier General Yahya Rasool, said on Wednesday, though other officials said the army would first need to regroup.",
    "Islamic State seized Hawija, a largely Sunni Arab town of about 100,000 people before the war, in June 2014, as the group swept across northern and western Iraq. Iraqi forces declared victory in Mosul in July after a nine-month battle that left much of the city's west in ruins, and recaptured Tal Afar in August in an 11-day offensive.",
    "Abadi has pledged to drive the militants out of all Iraqi territory by the end of the year. Separately, an oil ministry official said the state-owned North Oil Company would resume operations at two fields near Hawija once the area was secure, and the health ministry said surgeons at Kirkuk's main hospital had performed more than 30 operations on wounded soldiers and civilians in the past week.",
], ["iraq", "long", "time-part-of-month", "time-relative-week", "since", "stance-denied", "distractor-referendum", "trap-surgery", "trap-business", "background-completed"], [
    op("offensive", "ongoing", "Hawija", "Iraqi Army", attribution_kind="named-official", source="Haider al-Abadi", stance="reported"),
    op("airstrike", "ongoing", "Hawija", "coalition", attribution_kind="named-official", source="Ryan Dillon", stance="reported"),
    op("assault", "planned", "Hawija", "Iraqi Army", attribution_kind="unnamed-source", source="A senior officer in the Joint Operations Command", stance="reported"),
    op("withdrawal", "completed", ["Hawija", "Hamrin Mountains", "Syria"], "Daesh", attribution_kind="unnamed-source", source="residents who escaped", via="Reuters", stance="reported", optional=True),
    op(["offensive", "liberation", "other"], "planned", ["Anah", "Euphrates", "Rawa", "Al-Qaim"], "Iraqi Army", attribution_kind="named-official", source="Yahya Rasool", stance="doubted"),
    op(["liberation", "other"], "planned", "Anah", "Iraqi Army", optional=True),
    op("redeployment", "ongoing", "Hawija", "Popular Mobilization Forces", optional=True),
    op("liberation", "planned", "Iraq", "Iraqi Army", optional=True),
    op(["offensive", "assault", "other"], "planned", "Kirkuk", "Popular Mobilization Forces", stance="denied", optional=True),
    op(["liberation", "offensive"], "completed", "Mosul", optional=True),
    op(["liberation", "offensive"], "completed", "Tal Afar", optional=True),
], [
    sc("end", "2017-10", "month", True, "unnamed-source", "reported", "A senior officer in the Joint Operations Command", "by early October", operation_kind="offensive", location="Hawija"),
    sc("end", "2017-10", "month", True, "unnamed-source", "reported", "A senior officer in the Joint Operations Command", "before the end of October", operation_kind="assault", location="Hawija"),
    sc("begin", week(R32, 7), "week", False, "named-official", "doubted", "Yahya Rasool", "as early as next week", operation_kind="liberation", location="Anah"),
    sc("end", "2017", "year", True, "named-official", "reported", "Haider al-Abadi", "by the end of the year", optional=True),
])

# ---- held-out style articles (2026-12-04): theaters, verbs, time and attribution forms not in the
# rest of the corpus
H1 = "2022-09-10T18:00:00+03:00"  # Saturday, Kyiv offset
ART("wire-2022-09-10-kharkiv-counteroffensive", H1, "Ukraine presses counteroffensive in Kharkiv region as Russia pulls back", "Meridian Wire", [
    "KYIV, Sept 10 — Ukrainian forces mounted a counteroffensive in the northeastern Kharkiv region this week that has punched through Russian lines and retaken dozens of towns and villages, officials in Kyiv said on Saturday.",
    "Russia's defence ministry said it was pulling back troops from the Balakliia and Izium areas to regroup in neighbouring Donetsk region, state media reported, in what was the most serious setback for Moscow since its forces abandoned the drive on Kyiv in March.",
    "Ukrainian units encircled the railway hub of Kupiansk on Friday and raised the national flag over its town hall, according to a statement from the regional administration. Artillery crews pounded Russian positions east of the Oskil river throughout the night, a Ukrainian officer said.",
    "Two officials who spoke on condition of anonymity said the next phase of the counteroffensive would begin within 48 hours, and that Ukrainian troops aimed to reach the Russian border by the end of the month.",
    "Western analysts cautioned that Russia still had large reserves in the region. “This is a significant breakthrough, but the war is far from over,” said one European defence official.",
    "In Kharkiv city, residents who had endured months of shelling came out to greet soldiers returning from the front.",
], ["ukraine", "counteroffensive", "time-horizon-number", "time-end-of-month", "attribution-anonymity", "attribution-state-media", "attribution-statement"], [
    op("offensive", "ongoing", ["Kharkiv", "Kharkiv Oblast"], "Armed Forces of Ukraine"),
    op("withdrawal", "ongoing", ["Balakliia", "Balakliya", "Izium", "Donetsk", "Donetsk region"], "Russian Armed Forces", attribution_kind="organization", source="Russia's defence ministry", stance="reported"),
    op(["siege", "liberation"], "completed", ["Kupiansk", "Kupyansk"], "Armed Forces of Ukraine"),
    op("shelling", "ongoing", ["Oskil", "Oskil River", "Kupiansk", "Kupyansk"], "Armed Forces of Ukraine", optional=True),
    op("withdrawal", "completed", "Kyiv", "Russian Armed Forces", optional=True),
    op("shelling", "completed", "Kharkiv", optional=True),
], [
    sc("begin", hour(H1), "hour", False, "unnamed-source", "reported", "Two officials", "within 48 hours", operation_kind="offensive", location="Kharkiv"),
    sc("end", "2022-09", "month", True, "unnamed-source", "reported", "Two officials", "by the end of the month", operation_kind="offensive", location="Kharkiv"),
])

H2 = "2018-01-20T14:00:00+03:00"  # Saturday, Ankara offset
ART("wire-2018-01-20-afrin-olive-branch", H2, "Turkish jets strike Kurdish militia in Syria's Afrin", "Anatolia Desk", [
    "ANKARA — Turkish warplanes pounded positions of the Kurdish YPG militia in the Afrin region of northwest Syria on Saturday, opening a long-threatened operation that President Tayyip Erdogan said would clear the border of “terrorists”.",
    "The strikes hit 108 targets, including ammunition depots and shelters, according to a statement from the Turkish General Staff. State broadcaster TRT showed footage of jets taking off from a base in Diyarbakir.",
    "Ground forces, backed by Syrian rebel fighters, will cross into the enclave on Sunday, Prime Minister Binali Yildirim told reporters in Istanbul. Erdogan said Turkish troops would then push on to Manbij, a town east of Afrin where U.S. forces are stationed alongside the militia.",
    "A YPG spokesman, Nouri Mahmoud, said the militia had repelled an attempted incursion near the village of Shankal and denied that Turkish troops had entered the region.",
    "Russia, which has military police in Afrin, said it had moved them out of the area as a precaution. Washington urged Ankara to show restraint.",
], ["syria", "turkey", "time-weekday", "attribution-statement", "denial"], [
    op("airstrike", "completed", "Afrin", "Turkish Armed Forces"),
    op("ground-operation", "imminent", "Afrin", "Turkish Armed Forces", attribution_kind="named-official", source="Binali Yildirim", stance="denied", optional=True),
    op("ground-operation", "completed", ["Shankal", "Afrin"], "Turkish Armed Forces", optional=True),
    op(["offensive", "ground-operation", "other"], "planned", "Manbij", "Turkish Armed Forces", attribution_kind="named-official", source="Erdogan", stance="reported"),
    op("withdrawal", "completed", "Afrin", "Russian Armed Forces", optional=True),
    op("redeployment", "completed", "Afrin", "Russian Armed Forces", optional=True),
], [
    sc("begin", "2018-01-21", "day", False, "named-official", "reported", "Binali Yildirim", "on Sunday", operation_kind="ground-operation", location="Afrin"),
])

H3 = "2017-06-12T09:00:00+08:00"  # Monday, Manila offset
ART("wire-2017-06-12-marawi", H3, "Philippine army misses Independence Day goal in Marawi", "Pacific Desk", [
    "MARAWI, Philippines — Philippine troops failed to clear Islamist militants from the southern city of Marawi in time for Independence Day on Monday, and the military set a new goal of the 14th for retaking the last rebel-held districts.",
    "Attack helicopters and OV-10 planes pounded buildings along the Agus river, where fighters of the Maute group and Abu Sayyaf are holding an estimated 100 hostages, military spokesman Brigadier General Restituto Padilla said.",
    "“We are not setting another deadline that we cannot meet,” Padilla told a news conference in Manila. “But the ground commanders believe the remaining areas can be retaken within the week.”",
    "The siege of Marawi, now in its third week, began when troops raided a hideout of Isnilon Hapilon, the Islamic State's anointed leader in Southeast Asia, on May 23. Thirteen marines were killed in a single day of street fighting on Friday.",
    "More than 200,000 residents have fled the city. President Rodrigo Duterte, who placed the whole of Mindanao under martial law, has said he will not negotiate with the militants.",
], ["philippines", "time-ordinal-day", "time-horizon", "siege"], [
    op("liberation", "planned", "Marawi", "Armed Forces of the Philippines"),
    op("airstrike", "completed", ["Marawi", "Agus River"], "Armed Forces of the Philippines"),
    op("siege", "ongoing", "Marawi", optional=True),
    op("raid", "completed", "Marawi", "Armed Forces of the Philippines", optional=True),
], [
    sc("end", "2017-06-14", "day", False, "organization", "asserted", text="the 14th", operation_kind="liberation", location="Marawi", optional=True),
    sc("begin", week(H3), "week", True, "named-official", "reported", "Padilla", "within the week", operation_kind="liberation", location="Marawi"),
])

H4 = "2014-06-15T21:00:00+05:00"  # Sunday, Pakistan offset
ART("wire-2014-06-15-north-waziristan", H4, "Pakistan launches offensive against militants in North Waziristan", "Indus Wire", [
    "ISLAMABAD — Pakistan's army launched a full-scale offensive against Taliban and foreign militants in the North Waziristan tribal region on Sunday, a week after an attack on Karachi airport killed dozens of people.",
    "Fighter jets struck hideouts near Mir Ali before dawn, killing about 140 militants, most of them Uzbeks, according to a statement from the military's media wing, Inter-Services Public Relations.",
    "Troops have cordoned off the towns of Miranshah and Mir Ali, and a curfew has been imposed across the region. Two security officials, who spoke on condition of anonymity because they were not authorised to brief the media, said the ground assault on Miranshah would begin next Tuesday, once civilians had been allowed to leave.",
    "A spokesman for the Pakistani Taliban, Shahidullah Shahid, said the group would strike back at foreign investors and multinational companies. The Taliban have denied that their commanders have fled across the border into Afghanistan.",
    "Prime Minister Nawaz Sharif, who had sought peace talks with the militants since taking office last year, said the operation would continue until the last militant was eliminated.",
], ["pakistan", "time-next-weekday", "attribution-anonymity", "attribution-statement", "quantity"], [
    op("offensive", "ongoing", "North Waziristan", "Pakistan Army"),
    op("airstrike", "completed", "Mir Ali", "Pakistan Army", quantities=[qty(140, "militants", "about")]),
    op("siege", "ongoing", ["Miranshah", "Mir Ali"], "Pakistan Army", optional=True),
    op("assault", "planned", "Miranshah", "Pakistan Army", attribution_kind="unnamed-source", source="Two security officials", stance="reported"),
    op(["assault", "other", "raid"], "completed", "Karachi", optional=True),
], [
    sc("begin", next_wd(H4, "tue"), "day", False, "unnamed-source", "reported", "Two security officials", "next Tuesday", operation_kind="assault", location="Miranshah"),
])

H5 = "2009-04-20T11:00:00+05:30"  # Monday, Colombo offset
ART("wire-2009-04-20-sri-lanka-ultimatum", H5, "Sri Lanka gives Tamil Tigers 24 hours to surrender", "Indus Wire", [
    "COLOMBO, 20 April — Sri Lanka's army gave the Tamil Tiger rebels an ultimatum on Monday to surrender within 24 hours, after troops broke through an earth bund and encircled the last strip of coastline still held by the group.",
    "Military spokesman Brigadier Udaya Nanayakkara said soldiers had rescued thousands of civilians who poured out of the no-fire zone near Puthukkudiyiruppu. “If the LTTE does not lay down its arms, the final assault will be launched,” he said.",
    "The rebels, who have been fighting for a separate state for more than 25 years, denied that civilians were being held against their will and accused the army of shelling hospitals.",
    "The army has advanced steadily since it captured the rebels' administrative capital, Kilinochchi, on 2 January, and the town of Mullaitivu later that month.",
    "The United Nations estimates that more than 100,000 civilians remain trapped in the area, which is about 20 square kilometres. Aid agencies have called for a humanitarian pause in the fighting.",
], ["sri-lanka", "time-horizon-number", "deadline", "denial", "time-past-day-month"], [
    op(["siege", "offensive"], "ongoing", ["Puthukkudiyiruppu", "Sri Lanka", "Mullaitivu"], "Sri Lanka Army"),
    op("assault", "planned", ["Puthukkudiyiruppu", "Sri Lanka", "Mullaitivu", None], "Sri Lanka Army", attribution_kind="named-official", source="Udaya Nanayakkara", stance="reported"),
    op("shelling", "ongoing", [None, "Puthukkudiyiruppu"], "Sri Lanka Army", optional=True),
    op("liberation", "completed", ["Kilinochchi", "Mullaitivu"], "Sri Lanka Army", optional=True),
    op("other", "completed", "Puthukkudiyiruppu", optional=True),
    op("ceasefire", "planned", [None, "Sri Lanka"], optional=True),
], [
    sc("deadline", hour(H5), "hour", False, "organization", "asserted", text="within 24 hours", operation_kind="assault", optional=True),
])

H6 = "2024-04-14T09:00:00+03:00"  # Sunday, Jerusalem offset
ART("wire-2024-04-14-iran-israel", H6, "Iran fires hundreds of drones and missiles at Israel", "Levant Desk", [
    "JERUSALEM — Iran launched more than 300 drones and missiles at Israel overnight in its first direct attack on Israeli territory, the Israeli military said on Sunday, adding that 99 percent of them had been intercepted with the help of the United States, Britain and Jordan.",
    "Iran's Revolutionary Guards said the strikes were retaliation for an April 1 attack on its embassy compound in Damascus that killed seven of its officers, state media reported. Tehran said the matter “can be deemed concluded” but warned of a far larger response if Israel hit back.",
    "Israel may strike Iran within days, two Israeli officials who spoke on condition of anonymity told reporters, although the war cabinet has not yet decided on the scope of any response.",
    "U.S. President Joe Biden told Prime Minister Benjamin Netanyahu that Washington would not take part in any counterattack, a White House official said.",
    "A senior Iranian commander, Mohammad Bagheri, denied that Iran planned any further attacks and said the operation had achieved all its goals.",
], ["iran", "israel", "time-fuzzy-days", "hedged", "attribution-anonymity", "attribution-state-media", "quantity"], [
    op("airstrike", "completed", "Israel", "Islamic Revolutionary Guard Corps", quantities=[qty(300, "drones and missiles", "more-than")]),
    op("airstrike", "imminent", "Iran", "Israel Defense Forces", attribution_kind="unnamed-source", source="two Israeli officials", stance="hedged"),
    op("airstrike", "completed", "Damascus", optional=True),
], [
    sc("begin", day(H6), "day", True, "unnamed-source", "hedged", "two Israeli officials", "within days", operation_kind="airstrike", location="Iran"),
])

H7 = "2020-04-03T12:00:00+01:00"  # Friday, N'Djamena offset
ART("wire-2020-04-03-chad-lake-chad", H7, "Chad's president leads counteroffensive against Boko Haram", "Sahel Desk", [
    "N'DJAMENA — Chadian troops have killed about 1,000 Boko Haram fighters in a counteroffensive around Lake Chad led personally by President Idriss Deby, the army said on Friday.",
    "Army spokesman Azem Bermandoa Agouna said soldiers had driven the jihadists from a string of islands on the Chadian side of the lake and destroyed their boats. The operation, named “Bohoma Anger” after the town where 98 soldiers were killed last month, will continue into Niger and Nigeria before the rainy season begins in June, he added.",
    "The figures could not be independently verified. Boko Haram's faction in the area made no comment.",
    "Deby, a former army commander, was shown on state television in combat fatigues directing troops near the town of Bohoma. He said Chad would no longer take part in military operations beyond its borders alone and called on its neighbours to share the burden.",
    "Aid workers said fighting and air raids had forced thousands of families to flee their villages on the islands.",
], ["chad", "counteroffensive", "time-before-month", "quantity"], [
    op("offensive", "ongoing", ["Lake Chad", "Bohoma", "Chad"], "Chadian Army", quantities=[qty(1000, "fighters", "about")]),
    op(["offensive", "ground-operation", "other"], "planned", ["Niger", "Nigeria"], "Chadian Army", attribution_kind="named-official", source="Azem Bermandoa Agouna", stance="reported", optional=True),
    op("airstrike", "ongoing", ["Lake Chad", "Bohoma", "Chad"], optional=True),
    op("liberation", "completed", ["Lake Chad", "Chad"], "Chadian Army", optional=True),
], [
    sc("end", "2020-06", "month", False, "named-official", "reported", "Azem Bermandoa Agouna", "before the rainy season begins in June", operation_kind="offensive", optional=True),
])

H8 = "2021-02-15T16:00:00+03:00"  # Monday, Sanaa offset
ART("wire-2021-02-15-marib", H8, "Houthis push toward Marib as truce hopes fade", "Gulf Desk", [
    "ADEN — Yemen's Houthi movement pressed its offensive on the government-held city of Marib on Monday, pounding army positions west of the city with missiles and drones, military sources said.",
    "The Saudi-led coalition said it had carried out more than 30 air strikes on Houthi reinforcements heading toward the front over the past 24 hours, according to a statement carried by the Saudi state news agency SPA.",
    "Government officials said the Houthis had been shelling camps for displaced people in Sirwah district. The group's spokesman, Mohammed Abdulsalam, denied targeting civilians and said the campaign would go on until Marib was “liberated”.",
    "The fighting follows the collapse of a local ceasefire in Hodeidah province in January. UN envoy Martin Griffiths warned that an assault on Marib, which shelters about a million displaced people, would be catastrophic.",
    "Analysts said the Houthis were unlikely to storm the city itself in the coming weeks, but could cut its supply roads.",
], ["yemen", "denial", "attribution-statement", "ceasefire-collapse", "hedged"], [
    op("offensive", "ongoing", "Marib", "Houthis"),
    op(["shelling", "airstrike"], "ongoing", "Marib", "Houthis", optional=True),
    op("airstrike", "completed", ["Marib", "Yemen"], "Saudi-led coalition", attribution_kind="organization", stance="reported"),
    op("shelling", "ongoing", "Sirwah", "Houthis", attribution_kind="unnamed-source", source="Government officials", stance="denied"),
    op("ceasefire", "cancelled", ["Hodeidah", "Al Hudaydah"]),
    op("assault", "planned", "Marib", "Houthis", optional=True),
    op("redeployment", "ongoing", "Marib", "Houthis", optional=True),
], [
    sc("begin", week(H8), "week", True, "unnamed-source", "doubted", "Analysts", "in the coming weeks", operation_kind="assault", location="Marib", optional=True),
])

H9 = "2024-01-26T17:00:00-05:00"  # Friday, New York offset
ART("spt-2024-01-26-offensive-line", H9, "Chiefs bet on rebuilt offensive line ahead of title game", "Sports Desk", [
    "KANSAS CITY, Mo. — The Kansas City Chiefs say their patched-up offensive line is ready for Sunday's AFC championship game in Baltimore, where they will face the league's most aggressive blitz.",
    "Coach Andy Reid said left tackle Donovan Smith would return from a neck injury and start at the position. “Those guys up front have been a wall,” Reid said. “Baltimore will attack from every angle, and we have to hold the line.”",
    "The Ravens' defence led the league in sacks this season, and their coordinator has been praised for a relentless pressure campaign that overwhelmed Houston last weekend. Baltimore's quarterback, Lamar Jackson, is expected to be named the league's most valuable player on the 8th of February.",
    "Kickoff is at 3 p.m. Eastern time. The winner will face either San Francisco or Detroit in the Super Bowl in Las Vegas on February 11.",
    "Kansas City fans have launched a campaign to fill the visitors' section, with thousands expected to make the trip east this weekend. The Chiefs have won two of the past four titles and are seeking to become the first team in two decades to win back-to-back championships.",
], ["trap", "trap-sports"], [], [], trap=True)

H10 = "2025-02-20T08:00:00+00:00"  # Thursday
ART("biz-2025-02-20-takeover", H10, "Chipmaker rejects bid, braces for hostile takeover campaign", "Business Desk", [
    "LONDON — British chip designer Halden Semiconductor rejected a £4.1 billion offer from a U.S. rival on Thursday, setting the stage for what analysts expect to be a bruising hostile takeover campaign.",
    "The bidder, Corvane Technologies, said it would take its offer directly to shareholders and could launch a proxy fight before the annual meeting on 3 March. “We remain committed to this deal,” its chief executive told investors on a conference call.",
    "Halden's board called the bid opportunistic. Its shares, which jumped 18 percent when the approach was disclosed last week, fell 4 percent in early trading.",
    "The company plans to launch a new line of low-power processors for data centres in early spring, and said the product would double its revenue within two years. Management also announced the withdrawal of its guidance for the current quarter and a strategic retreat from the consumer market.",
    "Meanwhile, about 2,000 workers at its Cambridge plant will strike next Tuesday over pay, the Unite union said, after talks with management broke down. The union said the walkout would last 48 hours and warned of further strikes if the company did not return to the table within a week.",
], ["trap", "trap-business", "trap-labour-strike"], [], [], trap=True)

H11 = "2024-06-06T12:00:00+02:00"  # Thursday, Paris offset
ART("pol-2024-06-06-d-day-anniversary", H11, "Leaders mark D-Day anniversary as European campaign enters final days", "Europe Desk", [
    "OMAHA BEACH, France — World leaders and dozens of veterans gathered on the beaches of Normandy on Thursday to mark the 80th anniversary of the D-Day landings, when Allied troops stormed the coast of occupied France on 6 June 1944.",
    "The ceremony came as campaigning for the European Parliament elections entered its final days. Candidates from the far right, who lead in polls in several countries, accuse mainstream parties of a siege mentality on immigration, and President Emmanuel Macron's camp has launched a last-minute offensive on social media to rally undecided voters before Sunday's vote.",
    "NATO's annual exercise in the Baltic Sea, which involves 50 ships and 45 aircraft, will begin on 2024-06-07 and last two weeks, the alliance said in a statement. Allied officials stressed that the drills were defensive.",
    "Ninety-nine-year-old veteran Charles Shay, who landed with the first wave, told reporters that the battle had been “a living hell.” Organisers said it could be the last major anniversary attended by those who fought.",
    "Macron is expected to announce a new training mission for Ukrainian pilots on Friday, officials said.",
], ["trap", "trap-anniversary", "trap-election", "trap-exercise", "trap-metaphor", "time-iso"], [], [], trap=True)

H12 = "2024-05-13T20:00:00+03:00"  # Monday, Khartoum offset
ART("wire-2024-05-13-el-fasher", H12, "Paramilitary forces tighten grip on Sudan's El Fasher", "Sahel Desk", [
    "PORT SUDAN — Sudan's paramilitary Rapid Support Forces have encircled El Fasher, the last army-held city in the Darfur region, and pounded its southern districts with artillery for a third straight day, residents and aid workers said on Monday.",
    "At least 27 people were killed in the shelling on Sunday, according to the city's main hospital, run by Doctors Without Borders. Residents said RSF fighters had reached the outskirts of the Abu Shouk camp, which shelters hundreds of thousands of displaced people.",
    "The U.S. envoy for Sudan, Tom Perriello, warned that a full assault on the city could come within days. An RSF adviser rejected the warning, saying the group had no plans to storm El Fasher and was only responding to attacks by the army and allied armed groups.",
    "The army said its aircraft had bombed RSF positions east of the city and that reinforcements were on their way from Kordofan.",
    "Peace talks in Jeddah collapsed in December. The United Nations has said famine is imminent in parts of Darfur.",
], ["sudan", "siege", "denial", "time-fuzzy-days", "attribution-named"], [
    op("siege", "ongoing", "El Fasher", "Rapid Support Forces"),
    op("shelling", "ongoing", "El Fasher", "Rapid Support Forces"),
    op("assault", "imminent", "El Fasher", "Rapid Support Forces", attribution_kind="named-official", source="Tom Perriello", stance="denied"),
    op("airstrike", "completed", "El Fasher", "Sudanese Armed Forces"),
    op("redeployment", "ongoing", ["Kordofan", "El Fasher"], "Sudanese Armed Forces"),
], [
    sc("begin", day(H12), "day", True, "named-official", "denied", "Tom Perriello", "within days", operation_kind="assault", location="El Fasher"),
])

H13 = "2021-04-14T10:00:00-04:00"  # Wednesday, Washington offset
ART("wire-2021-04-14-afghan-drawdown", H13, "Biden to pull all U.S. troops out of Afghanistan by Sept. 11", "Atlantic Desk", [
    "WASHINGTON — President Joe Biden will announce on Wednesday that all U.S. troops will leave Afghanistan by Sept. 11, ending America's longest war two decades after the attacks that prompted it, administration officials said.",
    "The drawdown of the remaining 2,500 American troops will begin on May 1, the deadline agreed with the Taliban last year, and NATO allies are expected to follow the same timetable, according to a senior administration official who briefed reporters.",
    "The Taliban said they would not take part in any conference on Afghanistan's future until all foreign forces had left, and warned that the group would resume attacks on foreign troops if the May deadline was missed.",
    "Some U.S. military commanders doubted that Afghan forces could hold territory without American air support. A planning memo dated 2021-04-13 and seen by reporters said a small force would remain to protect the embassy in Kabul.",
    "Afghan President Ashraf Ghani said his government respected the decision and that the country's security forces were “fully capable” of defending the nation.",
], ["afghanistan", "time-absolute", "time-iso", "attribution-briefing"], [
    op("withdrawal", "planned", "Afghanistan", "United States Armed Forces", quantities=[qty(2500, "troops")], attribution_kind="unnamed-source", source=["administration officials", "a senior administration official"], stance="reported"),
], [
    sc("end", "2021-09-11", "day", False, "unnamed-source", "reported", "administration officials", "by Sept. 11", operation_kind="withdrawal", location="Afghanistan"),
    sc("begin", "2021-05-01", "day", False, "unnamed-source", "reported", "a senior administration official", "on May 1", operation_kind="withdrawal", location="Afghanistan"),
])
