# ruff: noqa: E501  (the reports are prose, one paragraph a line)
"""Write the gold22 records (one <id>.jsonl per report) from the texts and facts below: `python make.py`."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

TYPE_OF = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Arrests": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Other": "Strategic developments",
}


def ev(sub, actor1, actor2, location, country, lat, lon, date, fatalities, certainty, claim_source, evidence,
       window=0, optional=False, note="", assoc=()):
    """One gold event."""
    return {"event_type": TYPE_OF[sub], "sub_event_type": sub, "actor1": list(actor1), "actor2": list(actor2),
            "assoc_actor_1": list(assoc), "location": location, "country": country, "lat": lat, "lon": lon,
            "date": date, "date_window_days": window, "fatalities": fatalities, "certainty": certainty,
            "claim_source": claim_source, "evidence": evidence, "optional": optional, "note": note}


def ctl(actor, place, status, as_of):
    """One gold control fact."""
    return {"actor": list(actor), "place": place, "status": status, "as_of": as_of}


def qty(actor, what, place, low, high):
    """One gold quantity."""
    return {"actor": list(actor) if actor else None, "what": what, "place": place, "low": low, "high": high}


REPORTS = []


def report(rid, published, source, title, body, events=(), control=(), quantities=()):
    """Register one report; its text is the title, a blank line and the body."""
    text = f"{title}\n\n{body.strip()}"
    for e in events:
        assert e["evidence"] in text, (rid, e["evidence"])
    REPORTS.append(dict(id=rid, published=published, source=source, title=title, text=text, events=[*events],
                        control=[*control], quantities=[*quantities], checks=[]))


# ---- the reports ----
SSD_GOV = ["Military Forces of South Sudan", "SPLA", "government forces", "troops loyal to President Salva Kiir"]
SSD_IO = ["SPLM/A-IO", "SPLA-IO", "SPLM-IO", "fighters backing First Vice President Riek Machar"]
report(
    "ss-juba-2016-07-11", "2016-07-11", "Nile Morning Wire (example)",
    "Heavy fighting returns to Juba as rival forces trade fire near UN bases",
    """
JUBA, July 11 (Nile Morning Wire (example)) - Troops loyal to President Salva Kiir and fighters backing First Vice President Riek Machar fought with tanks and helicopter gunships in the Jebel and Gudele districts of the South Sudanese capital on Sunday, residents said, in the worst violence the city has seen since a peace deal was signed last year.

Shells landed inside a United Nations compound in Jebel where thousands of displaced people are sheltering, and two Chinese peacekeepers died when their armoured vehicle was hit, the U.N. mission said on Monday.

The latest round began on Friday evening, when bodyguards of the two leaders opened fire on each other outside the presidential palace while Kiir and Machar were meeting inside. A health ministry official said 272 people, 33 of them civilians, had been killed since Friday.

Machar's spokesman accused the army of attacking his leader's residence in Jebel with helicopters on Sunday morning. An army spokesman denied that government troops had started the fighting and said the situation was under control.

Both leaders appealed for calm on Monday, but gunfire could still be heard near the airport in the afternoon, and the only airline flying to Nairobi cancelled its service.
""",
    events=[
        ev("Armed clash", SSD_GOV, SSD_IO, "Juba", "South Sudan", 4.8594, 31.5713, "2016-07-10", None, "reported",
           "residents", "fought with tanks and helicopter gunships in the Jebel and Gudele districts"),
        ev("Armed clash", SSD_GOV, SSD_IO, "Juba", "South Sudan", 4.8594, 31.5713, "2016-07-08", None, "reported",
           "health ministry official", "bodyguards of the two leaders opened fire on each other outside the presidential palace",
           note="272 dead is the total since Friday, not this clash's own toll."),
        ev("Shelling/artillery/missile attack", ["Unidentified Armed Group (South Sudan)"], ["UNMISS", "Civilians (South Sudan)"],
           "Juba", "South Sudan", 4.8594, 31.5713, "2016-07-10", 2, "reported", "U.N. mission",
           "Shells landed inside a United Nations compound in Jebel", optional=True,
           note="Who fired is not said; defensible as part of the clash."),
        ev("Air/drone strike", SSD_GOV, SSD_IO, "Juba", "South Sudan", 4.8594, 31.5713, "2016-07-10", None, "claimed",
           "Machar's spokesman", "attacking his leader's residence in Jebel with helicopters", optional=True,
           note="Claim, denied in substance by the army."),
    ],
)

report(
    "iq-baghdad-karrada-2016-07-03", "2016-07-03", "Tigris Correspondent (example)",
    "Night of Eid shopping ends in fire as truck bomb tears through Baghdad's Karrada",
    """
BAGHDAD - The families who filled Karrada's shopping streets after breaking the Ramadan fast were buying clothes for Eid when a refrigerated truck loaded with explosives blew up outside a crowded mall shortly after midnight on Sunday.

By the afternoon the health ministry put the dead at 125, many of them children, with another 150 wounded. Rescue workers were still bringing bodies out of the gutted Hadi Centre, where the fire had raced through upper floors that had no emergency exits.

Islamic State said in an online statement that one of its fighters had carried out a suicide attack aimed at Shi'ites. A second, smaller blast in the Shaab district in the north of the city killed at least two people at about the same hour, police said; nobody claimed it.

When Prime Minister Haider al-Abadi walked down the street in the morning, young men hurled stones and shoes at his convoy and shouted that the government had failed to protect them. His guards pushed them back and he left after a few minutes.

The bombing came a week after Iraqi forces announced they had retaken Falluja, the militants' stronghold west of the capital, after a month-long offensive.
""",
    events=[
        ev("Suicide bomb", ["Islamic State", "IS", "ISIS", "ISIL"], ["Civilians (Iraq)"], "Baghdad", "Iraq", 33.3406, 44.4009,
           "2016-07-03", 125, "reported", "health ministry",
           "a refrigerated truck loaded with explosives blew up outside a crowded mall"),
        ev("Remote explosive/landmine/IED", ["Unidentified Armed Group (Iraq)"], ["Civilians (Iraq)"], "Baghdad", "Iraq",
           33.3406, 44.4009, "2016-07-03", 2, "reported", "police", "A second, smaller blast in the Shaab district"),
        ev("Violent demonstration", ["Rioters (Iraq)", "young men"], [], "Baghdad", "Iraq", 33.3406, 44.4009, "2016-07-03",
           0, "reported", "", "young men hurled stones and shoes at his convoy"),
        ev("Government regains territory", ["Military Forces of Iraq", "Iraqi forces"], ["Islamic State"], "Falluja", "Iraq",
           33.3538, 43.7890, "2016-06-26", None, "reported", "", "Iraqi forces announced they had retaken Falluja",
           window=3, optional=True, note="Background a week old."),
    ],
    control=[ctl(["Military Forces of Iraq", "Iraqi forces"], "Falluja", "controls", "2016-07-03")],
)

report(
    "tr-ankara-2015-10-10", "2015-10-10", "Anatolian Plateau Wire (example)",
    "Twin blasts kill 86 at Ankara peace rally",
    """
ANKARA, Oct 10 (Anatolian Plateau Wire (example)) - Two explosions seconds apart tore through a crowd of trade unionists and pro-Kurdish activists gathering for a peace march outside Ankara's main railway station on Saturday morning, killing at least 86 people, the health minister said.

The marchers had travelled from across Turkey to call for an end to the fighting between the army and Kurdish militants, which flared again in July. Footage filmed by one of them showed a row of young people dancing arm in arm moments before the first blast.

Prime Minister Ahmet Davutoglu said there were strong signs that two suicide bombers had carried out the attack, and he declared three days of mourning. No group has said it was responsible.

Shortly after the blasts, police fired tear gas to scatter survivors who were chanting against the government near the station, witnesses said, and an opposition deputy said officers had kept ambulances waiting.

Later in the day the outlawed Kurdistan Workers Party (PKK) told its fighters to halt attacks inside Turkey unless they came under fire, ahead of the general election on Nov. 1.
""",
    events=[
        ev("Suicide bomb", ["Unidentified Armed Group (Turkey)", "two suicide bombers"], ["Civilians (Turkey)", "Protesters (Turkey)"],
           "Ankara", "Turkey", 39.9199, 32.8543, "2015-10-10", 86, "reported", "health minister",
           "Two explosions seconds apart tore through a crowd"),
        ev("Protest with intervention", ["Protesters (Turkey)", "survivors"], ["Police Forces of Turkey", "police"], "Ankara", "Turkey",
           39.9199, 32.8543, "2015-10-10", 0, "reported", "witnesses", "police fired tear gas to scatter survivors"),
        ev("Peaceful protest", ["Protesters (Turkey)"], [], "Ankara", "Turkey", 39.9199, 32.8543, "2015-10-10", 0, "reported", "",
           "gathering for a peace march", optional=True, note="The march never set off."),
        ev("Change to group/activity", ["PKK", "Kurdistan Workers Party"], [], "Turkey", "Turkey", 39.0, 35.0, "2015-10-10", 0,
           "reported", "", "told its fighters to halt attacks inside Turkey", optional=True),
    ],
)

VEN_PROT = ["Protesters (Venezuela)", "opposition supporters", "marchers"]
report(
    "ve-caracas-2017-04-20", "2017-04-20", "Andes Evening Post (example)",
    "Three dead as Venezuela's opposition marches and government rallies fill streets",
    """
CARACAS, April 20 (Andes Evening Post (example)) - Three people were killed during Wednesday's rival marches in Venezuela, the state prosecutor's office said, as National Guard troops fired tear gas and rubber bullets to stop hundreds of thousands of opposition supporters from reaching the ombudsman's office in central Caracas.

A 17-year-old student was shot in the head in the San Bernardino neighbourhood of Caracas when pro-government gangs on motorcycles rode into a crowd of marchers, witnesses said. In San Cristobal, near the Colombian border, a 23-year-old woman was shot dead as she ran from armed men on motorbikes. A National Guard sergeant was killed by a sniper in San Antonio de los Altos, just south-west of the capital; the government blamed opposition gunmen.

Marchers in Caracas were driven back along the Francisco Fajardo highway, and some threw stones and petrol bombs at the lines of troops until dusk. In Maracaibo and Valencia the marches ended without trouble, local media reported.

President Nicolas Maduro, speaking to his own supporters on Bolivar Avenue, called the opposition's leaders coup plotters and said 30 people had been arrested.
""",
    events=[
        ev("Protest with intervention", VEN_PROT, ["Military Forces of Venezuela - National Guard", "National Guard"], "Caracas",
           "Venezuela", 10.4880, -66.8792, "2017-04-19", 0, "reported", "state prosecutor's office",
           "National Guard troops fired tear gas and rubber bullets"),
        ev("Attack", ["Colectivos", "pro-government gangs"], ["Protesters (Venezuela)", "Civilians (Venezuela)"], "Caracas",
           "Venezuela", 10.4880, -66.8792, "2017-04-19", 1, "reported", "witnesses",
           "A 17-year-old student was shot in the head"),
        ev("Attack", ["Unidentified Armed Group (Venezuela)", "armed men on motorbikes"], ["Civilians (Venezuela)"],
           "San Cristobal", "Venezuela", 7.7669, -72.2250, "2017-04-19", 1, "reported", "",
           "a 23-year-old woman was shot dead"),
        ev("Armed clash", ["Unidentified Armed Group (Venezuela)", "sniper"], ["National Guard"], "San Antonio de los Altos",
           "Venezuela", 10.3817, -66.9561, "2017-04-19", 1, "claimed", "government",
           "A National Guard sergeant was killed by a sniper", note="ACLED would code an attack on a soldier as a clash; an Attack is defensible."),
        ev("Violent demonstration", VEN_PROT, ["National Guard"], "Caracas", "Venezuela", 10.4880, -66.8792, "2017-04-19", 0,
           "reported", "", "some threw stones and petrol bombs", optional=True),
        ev("Peaceful protest", VEN_PROT, [], "Maracaibo", "Venezuela", 10.6427, -71.6125, "2017-04-19", 0, "reported",
           "local media", "In Maracaibo and Valencia the marches ended without trouble"),
        ev("Peaceful protest", VEN_PROT, [], "Valencia", "Venezuela", 10.1620, -68.0077, "2017-04-19", 0, "reported",
           "local media", "In Maracaibo and Valencia the marches ended without trouble"),
        ev("Peaceful protest", ["Protesters (Venezuela)", "government supporters"], [], "Caracas", "Venezuela", 10.4880,
           -66.8792, "2017-04-19", 0, "reported", "", "speaking to his own supporters on Bolivar Avenue", optional=True),
        ev("Arrests", ["Government of Venezuela"], VEN_PROT, "Venezuela", "Venezuela", 10.4880, -66.8792, "2017-04-19", 0,
           "claimed", "President Nicolas Maduro", "30 people had been arrested", optional=True),
    ],
    quantities=[qty(None, "people arrested", "Venezuela", 30, 30)],
)

IRN_PROT = ["Protesters (Iran)", "supporters of Mir Hossein Mousavi", "demonstrators"]
report(
    "ir-tehran-2009-06-16", "2009-06-16", "Caspian Letter (example)",
    "Vast crowd defies ban in Tehran; seven killed near militia base",
    """
TEHRAN - Hundreds of thousands of supporters of the defeated candidate Mir Hossein Mousavi walked in near silence from Enghelab Square to Azadi Square on Monday, ignoring an interior ministry ban, in what residents called the largest demonstration in the capital since the 1979 revolution.

The march stayed calm until dusk. As part of the crowd passed a compound of the Basij militia close to Azadi Square, men on its roof fired on demonstrators who had thrown stones at the building and set part of it alight. State radio said seven people died in what it called an attack on a military post.

Mousavi, who spoke briefly to the crowd standing on the roof of a car, says Friday's election, which officially gave President Mahmoud Ahmadinejad 63 percent, was rigged.

The unrest is spreading. In Isfahan and Shiraz, riot police beat students with batons and fired tear gas on Monday, witnesses told this correspondent by telephone. Late on Sunday night, plain-clothes militiamen stormed dormitories at Tehran University, beating students and smashing rooms, and dozens were taken away.

On Tuesday the Guardian Council said it was ready to recount the votes from some disputed ballot boxes.
""",
    events=[
        ev("Peaceful protest", IRN_PROT, [], "Tehran", "Iran", 35.6944, 51.4215, "2009-06-15", 0, "reported", "",
           "walked in near silence from Enghelab Square to Azadi Square"),
        ev("Excessive force against protesters", ["Basij", "Basij militia"], IRN_PROT, "Tehran", "Iran", 35.6944, 51.4215,
           "2009-06-15", 7, "reported", "State radio", "men on its roof fired on demonstrators"),
        ev("Violent demonstration", IRN_PROT, ["Basij"], "Tehran", "Iran", 35.6944, 51.4215, "2009-06-15", 0, "reported", "",
           "had thrown stones at the building and set part of it alight", optional=True),
        ev("Protest with intervention", ["Protesters (Iran)", "students"], ["Police Forces of Iran", "riot police"], "Isfahan",
           "Iran", 32.6525, 51.6746, "2009-06-15", 0, "reported", "witnesses", "In Isfahan and Shiraz, riot police beat students"),
        ev("Protest with intervention", ["Protesters (Iran)", "students"], ["Police Forces of Iran", "riot police"], "Shiraz",
           "Iran", 29.6100, 52.5311, "2009-06-15", 0, "reported", "witnesses", "In Isfahan and Shiraz, riot police beat students"),
        ev("Attack", ["Basij", "plain-clothes militiamen"], ["Civilians (Iran)", "students"], "Tehran", "Iran", 35.6944, 51.4215,
           "2009-06-14", 0, "reported", "", "plain-clothes militiamen stormed dormitories at Tehran University", window=1),
    ],
)

EGY_POL = ["Police Forces of Egypt", "security forces", "police"]
EGY_PROT = ["Protesters (Egypt)", "supporters of ousted President Mohamed Mursi", "Muslim Brotherhood"]
report(
    "eg-cairo-2013-08-15", "2013-08-15", "Delta Desk (example)",
    "Egypt clears Mursi supporters' camps; ministry says 43 police killed",
    """
CAIRO, Aug 15 (Delta Desk (example)) - Egyptian security forces used bulldozers, tear gas and live ammunition to clear two protest camps held by supporters of ousted President Mohamed Mursi in Cairo on Wednesday, and the health ministry said on Thursday that at least 578 people had been killed across the country.

Most of the dead fell at the larger camp, around the Rabaa al-Adawiya mosque in the Nasr City district, where thousands had lived in tents for six weeks. The smaller sit-in at al-Nahda Square, beside Cairo University in Giza, was broken up within hours.

The interior ministry said in a statement read on state television: "Our forces dealt with both sit-ins with the greatest restraint and returned fire only at armed elements hiding among the protesters. Forty-three of our men were martyred today in the capital and in the provinces. Weapons and ammunition were found in both camps, and more than 200 people carrying arms were taken into custody."

The Muslim Brotherhood said the real toll was far higher and called for marches after Friday prayers.

Later on Wednesday, crowds set fire to at least seven churches in Minya province, Coptic leaders said. In Kerdasa, on the western edge of Giza, gunmen stormed the police station and killed 11 policemen.
""",
    events=[
        ev("Excessive force against protesters", EGY_POL, EGY_PROT, "Cairo", "Egypt", 30.0626, 31.3219, "2013-08-14", None,
           "reported", "health ministry", "clear two protest camps held by supporters of ousted President Mohamed Mursi",
           note="Rabaa al-Adawiya, Nasr City; 578 is a national toll."),
        ev("Excessive force against protesters", EGY_POL, EGY_PROT, "Giza", "Egypt", 30.0271, 31.2083, "2013-08-14", None,
           "reported", "", "The smaller sit-in at al-Nahda Square"),
        ev("Arrests", EGY_POL, EGY_PROT, "Cairo", "Egypt", 30.0626, 31.3219, "2013-08-14", 0, "claimed", "interior ministry",
           "more than 200 people carrying arms were taken into custody", optional=True),
        ev("Mob violence", ["Rioters (Egypt)", "crowds"], ["Christian Group (Egypt)", "Copts"], "Minya", "Egypt", 28.1099, 30.7503,
           "2013-08-14", 0, "reported", "Coptic leaders", "crowds set fire to at least seven churches in Minya province",
           note="Looting/property destruction is a defensible reading."),
        ev("Armed clash", ["Unidentified Armed Group (Egypt)", "gunmen"], EGY_POL, "Kerdasa", "Egypt", 30.0322, 31.1106,
           "2013-08-14", 11, "reported", "", "gunmen stormed the police station and killed 11 policemen"),
    ],
    quantities=[qty(EGY_POL, "people arrested", "Cairo", 200, None)],
)

report(
    "so-el-adde-2016-01-16", "2016-01-16", "Horn Security Desk (example)",
    "Situation report: Gedo region, Somalia, 15-16 January",
    """
SITUATION REPORT - SOMALIA / GEDO
Issued 16 January 2016, 1400 local, by the Horn Security Desk (example)

1. EL ADDE. At about 0530 on 15 January, al-Shabaab fighters attacked the AMISOM base held by a company of the Kenya Defence Forces (KDF) at El Adde, near the Kenyan border. The assault opened with a vehicle bomb at the gate and was followed by fighters on foot. Al-Shabaab says it killed more than 100 Kenyan soldiers and holds the base, with its weapons and vehicles. The KDF confirms the attack but gives no figures and calls the group's numbers propaganda.

2. Kenyan aircraft were reported striking positions around El Adde in the afternoon of 15 January. No casualty figures.

3. ASSESSMENT. The base is believed to remain under al-Shabaab control as of this report. The attack follows the group's overrunning of a Burundian AMISOM base at Leego in June 2015, where dozens of peacekeepers died. Further attacks on isolated bases along the border are likely.

4. ADVICE. Non-essential movement on the Bula Hawo - Garbaharey road is not recommended until further notice.
""",
    events=[
        ev("Armed clash", ["Al Shabaab", "al-Shabaab"], ["Military Forces of Kenya", "KDF", "Kenya Defence Forces", "AMISOM"],
           "El Adde", "Somalia", 2.6833, 41.9167, "2016-01-15", None, "reported", "KDF",
           "al-Shabaab fighters attacked the AMISOM base", note="Sub-type Non-state actor overtakes territory is the other reading."),
        ev("Non-state actor overtakes territory", ["Al Shabaab"], ["Military Forces of Kenya", "KDF"], "El Adde", "Somalia",
           2.6833, 41.9167, "2016-01-15", None, "claimed", "Al-Shabaab", "holds the base", optional=True),
        ev("Suicide bomb", ["Al Shabaab"], ["Military Forces of Kenya"], "El Adde", "Somalia", 2.6833, 41.9167, "2016-01-15",
           None, "reported", "", "The assault opened with a vehicle bomb at the gate", optional=True),
        ev("Air/drone strike", ["Military Forces of Kenya", "Kenyan aircraft"], ["Al Shabaab"], "El Adde", "Somalia", 2.6833,
           41.9167, "2016-01-15", None, "reported", "", "Kenyan aircraft were reported striking positions around El Adde"),
    ],
    control=[ctl(["Al Shabaab", "al-Shabaab"], "El Adde", "controls", "2016-01-16")],
    quantities=[qty(["Military Forces of Kenya"], "soldiers killed (claimed)", "El Adde", 100, None)],
)

NGA_GUN = ["Unidentified Armed Group (Nigeria)", "gunmen", "bandits", "kidnappers"]
report(
    "ng-kankara-2020-12-13", "2020-12-13", "Savannah Wire (example)",
    "Hundreds of schoolboys missing after gunmen raid Katsina school",
    """
KANO, Nigeria, Dec 13 (Savannah Wire (example)) - Gunmen on motorcycles raided a boys' boarding school in Kankara, in Nigeria's northwestern Katsina state, late on Friday, and hundreds of pupils were still missing on Sunday, officials and parents said.

The attackers traded fire with police guarding the Government Science Secondary School for about an hour while many students scrambled over the perimeter fence into the bush, a police spokesman said. One officer was wounded.

Governor Aminu Masari said after touring the school that 333 of the more than 800 students had not been accounted for by Saturday night. Katsina has ordered all boarding schools in the state to close.

The army said on Saturday that it had located the kidnappers' hideout in a forest near Kankara and that troops backed by aircraft were exchanging fire with them. The presidency said President Muhammadu Buhari, who is visiting his home state, had ordered the security services to bring every boy home.

Armed gangs that raid villages, steal cattle and kidnap for ransom have plagued northwest Nigeria for years. Parents waiting at the school gates recalled the abduction of 276 schoolgirls from Chibok by Boko Haram in 2014.
""",
    events=[
        ev("Abduction/forced disappearance", NGA_GUN, ["Civilians (Nigeria)", "students"], "Kankara", "Nigeria", 11.9311,
           7.4114, "2020-12-11", None, "reported", "officials and parents", "Gunmen on motorcycles raided a boys' boarding school"),
        ev("Armed clash", NGA_GUN, ["Police Forces of Nigeria", "police"], "Kankara", "Nigeria", 11.9311, 7.4114, "2020-12-11",
           0, "reported", "police spokesman", "The attackers traded fire with police", optional=True,
           note="Part of the raid; defensible as its own clash."),
        ev("Armed clash", ["Military Forces of Nigeria", "army", "troops"], NGA_GUN, "Kankara", "Nigeria", 11.9311, 7.4114,
           "2020-12-12", None, "claimed", "army", "troops backed by aircraft were exchanging fire with them", window=1),
    ],
    quantities=[qty(None, "students missing", "Kankara", 333, 333), qty(None, "students", "Kankara", 800, None)],
)

report(
    "pk-quetta-2016-08-08", "2016-08-08", "Bolan Correspondent (example)",
    "Suicide bomber strikes lawyers mourning colleague at Quetta hospital",
    """
QUETTA, Pakistan - Lawyers had crowded into the emergency ward of Quetta's Civil Hospital on Monday morning to receive the body of Bilal Anwar Kasi, president of the Balochistan Bar Association, whom two gunmen had shot dead on his way to court a couple of hours earlier. As the mourners pressed around the stretcher, a suicide bomber walked in among them and set off his explosives.

At least 70 people were killed, most of them lawyers, and more than 100 were wounded, provincial health officials said. Two television cameramen who had come to film the grieving colleagues were among the dead.

Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, said it had carried out the bombing. Islamic State also claimed it later in the day.

The province's chief minister, Sanaullah Zehri, blamed India's intelligence service, an accusation New Delhi rejected. Lawyers' bodies across Pakistan announced a boycott of the courts and days of mourning.

Balochistan, Pakistan's largest and poorest province, has suffered for years from separatist insurgency and sectarian attacks, and lawyers and judges have been targeted before.
""",
    events=[
        ev("Attack", ["Unidentified Armed Group (Pakistan)", "two gunmen"], ["Civilians (Pakistan)", "Lawyers (Pakistan)"],
           "Quetta", "Pakistan", 30.1841, 67.0014, "2016-08-08", 1, "reported", "", "two gunmen had shot dead"),
        ev("Suicide bomb", ["Jamaat-ul-Ahrar", "JuA", "Islamic State"], ["Civilians (Pakistan)", "Lawyers (Pakistan)"], "Quetta",
           "Pakistan", 30.1841, 67.0014, "2016-08-08", 70, "reported", "provincial health officials",
           "a suicide bomber walked in among them and set off his explosives"),
    ],
)

report(
    "af-kunduz-msf-2015-10-04", "2015-10-04", "Hindu Kush Desk (example)",
    "MSF says Kunduz hospital bombing killed staff and patients, demands inquiry",
    """
KABUL, Oct 4 (Hindu Kush Desk (example)) - The medical charity Medecins Sans Frontieres on Sunday demanded an independent international inquiry into the bombing of its trauma hospital in the northern Afghan city of Kunduz, which it said killed at least 22 people, 12 of them staff members.

"The main building was hit again and again for more than half an hour, although every side had been given our exact position long before. Patients burned in their beds, and our surgeons worked on their own colleagues on an office desk. Nobody should call this collateral damage," the charity's general director said in a statement. "We start from the presumption that a war crime has been committed, and we want it examined by a body that is independent of every party to this war."

The building was struck at about 2 a.m. on Saturday. The NATO-led mission said U.S. forces had carried out an air strike in Kunduz at that hour against individuals threatening the force, and that a nearby medical facility may have been damaged.

Afghan officials said Taliban fighters had been firing from inside the hospital grounds, which MSF denied. Afghan troops have retaken most of the city since the Taliban seized it last Monday.
""",
    events=[
        ev("Air/drone strike", ["Military Forces of the United States", "U.S. forces", "NATO"], ["Civilians (Afghanistan)",
           "Medecins Sans Frontieres", "MSF"], "Kunduz", "Afghanistan", 36.7286, 68.8681, "2015-10-03", 22, "reported",
           "Medecins Sans Frontieres", "The building was struck at about 2 a.m. on Saturday"),
        ev("Non-state actor overtakes territory", ["Taliban"], ["Military Forces of Afghanistan"], "Kunduz", "Afghanistan",
           36.7286, 68.8681, "2015-09-28", None, "reported", "", "the Taliban seized it last Monday", optional=True,
           note="Background a week old."),
        ev("Government regains territory", ["Military Forces of Afghanistan", "Afghan troops"], ["Taliban"], "Kunduz",
           "Afghanistan", 36.7286, 68.8681, "2015-10-01", None, "reported", "", "Afghan troops have retaken most of the city",
           window=3, optional=True),
    ],
    control=[ctl(["Military Forces of Afghanistan", "Afghan troops"], "Kunduz", "partial", "2015-10-04")],
)

MMR = ["Military Forces of Myanmar (2021-)", "Myanmar military", "military", "junta", "Tatmadaw"]
report(
    "mm-pazigyi-2023-04-12", "2023-04-12", "Irrawaddy Line (example)",
    "Junta jets bomb village ceremony in Sagaing; dozens dead",
    """
Myanmar's military bombed a crowd gathered for the opening of a local office of the opposition movement in Pazigyi village, in the Sagaing region, on Tuesday morning, killing at least 53 people by witnesses' first count and perhaps as many as 100, among them women and children.

A fighter jet dropped bombs on some 150 people at the ceremony at about 8 a.m., and a helicopter gunship fired on survivors half an hour later, said a villager who helped gather the bodies, speaking by phone because he feared reprisal.

A military spokesman confirmed the strike on state television late on Tuesday, saying the office belonged to the People's Defence Force, which the junta calls a terrorist group, and that some of the dead may have been fighters in civilian clothes.

The National Unity Government, a shadow administration formed by lawmakers who were ousted in the 2021 coup, called the attack a war crime. The U.N. human rights office said schoolchildren who had been performing dances were among the victims.

Pazigyi lies in Kanbalu township, north of Mandalay, in a region where resistance fighters control much of the countryside and the army has leaned more and more on air power.
""",
    events=[
        ev("Air/drone strike", MMR, ["Civilians (Myanmar)"], "Pazigyi", "Myanmar", 23.0833, 95.4833, "2023-04-11", 53,
           "reported", "witnesses", "A fighter jet dropped bombs on some 150 people at the ceremony"),
        ev("Air/drone strike", MMR, ["Civilians (Myanmar)"], "Pazigyi", "Myanmar", 23.0833, 95.4833, "2023-04-11", None,
           "reported", "villager", "a helicopter gunship fired on survivors half an hour later", optional=True,
           note="Second pass of the same attack."),
    ],
)

YEM_COAL = ["Military Forces of Saudi Arabia", "Saudi-led coalition", "coalition"]
HOUTHI = ["Houthis", "Ansar Allah", "Houthi fighters"]
report(
    "ye-dahyan-2018-08-10", "2018-08-10", "Red Sea Monitor (example)",
    "Coalition defends strike that hit school bus in Yemen's Saada",
    """
SANAA, Aug 10 (Red Sea Monitor (example)) - The Saudi-led coalition said on Friday that its air strike on a market in Dahyan, in northern Yemen's Saada province, a day earlier had been a legitimate military operation against Houthi fighters, and it denied having targeted children.

The International Committee of the Red Cross said a hospital it supports in Saada had received the bodies of 29 children under 15, killed when a bomb hit their bus as it stopped in the market in the middle of the morning. The boys had been on their way back from a summer school outing. Houthi health officials put the overall toll at 51 dead and 79 wounded.

Coalition spokesman Turki al-Maliki said the strike had aimed at the men who planned and carried out a missile attack on the Saudi city of Jizan late on Wednesday, in which one Yemeni resident of the city was killed.

U.N. Secretary-General Antonio Guterres called for a swift and independent investigation. Saada, on the Saudi border, is the heartland of the Houthi movement and has been bombed more than any other province since the coalition entered the war in 2015.
""",
    events=[
        ev("Air/drone strike", YEM_COAL, ["Civilians (Yemen)"], "Dahyan", "Yemen", 17.0500, 43.6333, "2018-08-09", 51,
           "reported", "Houthi health officials", "its air strike on a market in Dahyan"),
        ev("Shelling/artillery/missile attack", HOUTHI, ["Civilians (Saudi Arabia)"], "Jizan", "Saudi Arabia", 16.8892,
           42.5511, "2018-08-08", 1, "reported", "Turki al-Maliki", "a missile attack on the Saudi city of Jizan late on Wednesday"),
    ],
)

IND_RIOT = ["Rioters (India)", "mobs", "Hindu Group (India)", "Muslim Group (India)"]
report(
    "in-delhi-2020-02-26", "2020-02-26", "Yamuna Desk (example)",
    "Toll in Delhi riots rises to 20 as mobs burn shops and a mosque",
    """
NEW DELHI, Feb 26 (Yamuna Desk (example)) - The number of people killed in three days of fighting between Hindus and Muslims in north-east Delhi rose to 20 on Wednesday, a hospital official said, as paramilitary police patrolled streets littered with burned cars and broken bricks.

Mobs armed with sticks, iron rods and pistols roamed Jaffrabad, Maujpur, Chand Bagh, Mustafabad and Shiv Vihar on Tuesday, torching shops and homes, and a mosque in Ashok Nagar was set on fire by men who climbed its minaret and planted a saffron flag there, witnesses said. In Bhajanpura a tyre market and a petrol pump went up in flames.

A police head constable was killed by a mob in Chand Bagh on Monday as clashes between supporters and opponents of the new citizenship law spread. On Wednesday the body of an intelligence bureau employee was pulled from a drain in the same area.

Police said more than 100 people had been arrested. Prime Minister Narendra Modi appealed for calm on Twitter.

The violence broke out on Sunday after supporters of a local BJP politician confronted women who had been blocking a road in Jaffrabad in protest against the law.
""",
    events=[
        ev("Mob violence", IND_RIOT, ["Civilians (India)"], "Delhi", "India", 28.6890, 77.2850, "2020-02-25", None, "reported",
           "witnesses", "Mobs armed with sticks, iron rods and pistols roamed"),
        ev("Mob violence", IND_RIOT, ["Police Forces of India", "police"], "Delhi", "India", 28.6890, 77.2850, "2020-02-24", 1,
           "reported", "", "A police head constable was killed by a mob in Chand Bagh on Monday"),
        ev("Looting/property destruction", IND_RIOT, ["Muslim Group (India)"], "Delhi", "India", 28.6890, 77.2850, "2020-02-25",
           0, "reported", "witnesses", "a mosque in Ashok Nagar was set on fire", optional=True),
        ev("Attack", IND_RIOT, ["Civilians (India)"], "Delhi", "India", 28.6890, 77.2850, "2020-02-26", 1, "reported", "",
           "the body of an intelligence bureau employee was pulled from a drain", window=2, optional=True),
        ev("Arrests", ["Police Forces of India", "police"], IND_RIOT, "Delhi", "India", 28.6890, 77.2850, "2020-02-26", 0,
           "reported", "Police", "more than 100 people had been arrested", window=2, optional=True),
        ev("Mob violence", IND_RIOT, ["Protesters (India)"], "Delhi", "India", 28.6890, 77.2850, "2020-02-23", 0, "reported",
           "", "confronted women who had been blocking a road in Jaffrabad", optional=True),
    ],
    quantities=[qty(["Police Forces of India"], "people arrested", "Delhi", 100, None)],
)

report(
    "ke-eldoret-2008-01-02", "2008-01-02", "Rift Valley Letter (example)",
    "Church fire kills dozens near Eldoret as Kenya's election violence spreads",
    """
ELDORET, Kenya - All that was left on Tuesday of the Kenya Assemblies of God church at Kiambaa, a village a few kilometres outside this Rift Valley town, was a heap of blackened iron sheets and the smell of smoke.

Several hundred Kikuyu families had taken shelter inside from gangs roaming the farms after the disputed presidential election. On Tuesday morning a crowd of young men barred the doors, piled mattresses and bicycles against the walls and set the building alight. At least 30 people died, many of them children, police said, and survivors said those who tried to climb out were hacked with machetes.

"We heard them singing outside while it burned," said a woman who escaped with her two sons through a window.

Since President Mwai Kibaki was declared the winner on Sunday over Raila Odinga, who says the count was rigged, more than 250 people have been killed around the country, according to the Red Cross. In Nairobi's Kibera slum, police fired live rounds on Monday at Odinga supporters who had set shops on fire and ripped up the railway line.

Odinga has called a rally in Nairobi for Thursday, which the police have banned.
""",
    events=[
        ev("Mob violence", ["Rioters (Kenya)", "a crowd of young men", "Kalenjin Ethnic Militia (Kenya)"],
           ["Civilians (Kenya)", "Kikuyu Ethnic Group (Kenya)"], "Kiambaa", "Kenya", 0.5500, 35.2200, "2008-01-01", 30,
           "reported", "police", "a crowd of young men barred the doors",
           note="An Attack by an ethnic militia is the other defensible reading."),
        ev("Violent demonstration", ["Rioters (Kenya)", "Odinga supporters"], ["Police Forces of Kenya", "police"], "Nairobi",
           "Kenya", -1.3133, 36.7876, "2007-12-31", None, "reported", "",
           "police fired live rounds on Monday at Odinga supporters who had set shops on fire"),
    ],
)

HKP = ["Police Forces of China (Hong Kong)", "Hong Kong police", "police"]
report(
    "hk-arrests-2021-01-06", "2021-01-06", "Pearl River Wire (example)",
    "Hong Kong police arrest 53 democrats under security law over primary",
    """
HONG KONG, Jan 6 (Pearl River Wire (example)) - About 1,000 Hong Kong police officers detained 53 opposition politicians and activists in dawn raids on Wednesday, accusing them of subversion under the national security law for organising or standing in an unofficial primary vote last July.

Security Secretary John Lee told reporters the primary had been part of a plan to win a majority in the legislature, block the budget and force the city's leader to step down, which he called an attempt to overthrow the government.

Among those held were several former lawmakers and the law scholar Benny Tai, who helped design the primary, as well as an American lawyer who had served as the treasurer of one of the campaigns. Officers also delivered court orders to three news outlets demanding documents, and searched the home of the jailed activist Joshua Wong.

More than 600,000 people voted in the two-day primary, which Beijing had warned might break the law. China's foreign ministry said it firmly supported the police, while the incoming U.S. secretary of state called the arrests an assault on those bravely advocating for universal rights.
""",
    events=[
        ev("Arrests", HKP, ["Civilians (China)", "opposition politicians and activists"], "Hong Kong", "China", 22.2783, 114.1747,
           "2021-01-06", 0, "reported", "", "detained 53 opposition politicians and activists in dawn raids"),
    ],
    quantities=[qty(HKP, "people arrested", "Hong Kong", 53, 53), qty(HKP, "police officers", "Hong Kong", 1000, 1000)],
)

KAZ_RIOT = ["Rioters (Kazakhstan)", "Protesters (Kazakhstan)", "protesters"]
KAZ_SEC = ["Police Forces of Kazakhstan", "security forces", "Military Forces of Kazakhstan"]
report(
    "kz-almaty-2022-01-06", "2022-01-06", "Steppe Wire (example)",
    "Kazakh protesters storm Almaty city hall; Russian-led troops called in",
    """
ALMATY, Jan 6 (Steppe Wire (example)) - Protesters stormed the mayor's office in Almaty on Wednesday and set it on fire, and for several hours held the city's airport, as unrest that began over a jump in fuel prices became the worst violence Kazakhstan has known since independence.

Shops, banks and a gun store along the city's main avenues were looted overnight, and gunfire rang out around the central square into Thursday morning. The interior ministry said on Thursday that 18 members of the security forces had been killed and 748 wounded, that police had killed dozens of rioters who tried to storm police buildings, and that 2,298 people had been detained.

Security forces had the airport back under their control by Thursday, officials said.

President Kassym-Jomart Tokayev, who called the protesters bands of terrorists trained abroad, asked the Russian-led Collective Security Treaty Organization for help, and its first paratroopers landed overnight.

The protests started on Sunday in Zhanaozen, an oil town in the far west where police shot dead at least 14 striking workers in 2011, after the price of liquefied gas, which most cars there run on, nearly doubled on New Year's Day.
""",
    events=[
        ev("Violent demonstration", KAZ_RIOT, [], "Almaty", "Kazakhstan", 43.2567, 76.9286, "2022-01-05", None, "reported", "",
           "Protesters stormed the mayor's office in Almaty on Wednesday and set it on fire"),
        ev("Looting/property destruction", KAZ_RIOT, ["Civilians (Kazakhstan)"], "Almaty", "Kazakhstan", 43.2567, 76.9286,
           "2022-01-05", 0, "reported", "", "Shops, banks and a gun store along the city's main avenues were looted overnight",
           window=1),
        ev("Armed clash", KAZ_SEC, KAZ_RIOT, "Almaty", "Kazakhstan", 43.2567, 76.9286, "2022-01-06", None, "claimed",
           "interior ministry", "police had killed dozens of rioters who tried to storm police buildings", window=1, optional=True,
           note="18 security dead and dozens of rioters; place of each death not stated."),
        ev("Arrests", KAZ_SEC, KAZ_RIOT, "Kazakhstan", "Kazakhstan", 43.2567, 76.9286, "2022-01-06", 0, "claimed",
           "interior ministry", "2,298 people had been detained", window=2, optional=True),
        ev("Peaceful protest", ["Protesters (Kazakhstan)"], [], "Zhanaozen", "Kazakhstan", 43.3412, 52.8619, "2022-01-02", 0,
           "reported", "", "The protests started on Sunday in Zhanaozen", optional=True),
        ev("Other", ["CSTO", "Collective Security Treaty Organization"], [], "Almaty", "Kazakhstan", 43.2567, 76.9286,
           "2022-01-06", 0, "reported", "", "its first paratroopers landed overnight", window=1, optional=True),
    ],
    control=[ctl(KAZ_SEC, "Almaty airport", "controls", "2022-01-06")],
    quantities=[qty(KAZ_SEC, "people detained", "Kazakhstan", 2298, 2298)],
)

report(
    "ua-olenivka-2022-07-30", "2022-07-30", "Dnipro Desk (example)",
    "Kyiv and Moscow trade blame after blast kills prisoners of war at Olenivka",
    """
KYIV, July 30 (Dnipro Desk (example)) - Ukraine and Russia each accused the other on Friday of killing dozens of Ukrainian prisoners of war in an explosion that wrecked a barracks at a detention camp in Olenivka, in the Russian-held part of Donetsk region, in the early hours of Friday.

Russia's defence ministry said Ukrainian forces had fired rockets from a U.S.-supplied HIMARS launcher at the camp, killing 50 prisoners and wounding 73, and it later published a list of names. Many of the men held there had surrendered at the Azovstal steel works in Mariupol in May after a siege of nearly three months.

Ukraine's general staff denied firing at Olenivka at all. It said Russian forces had blown up the building themselves to hide the torture and killing of prisoners, and the foreign minister called for the U.N. and the Red Cross to be given access at once.

The International Committee of the Red Cross said on Saturday that it had asked to visit the camp but had not received permission. Photographs released by the Russian side showed twisted metal bunks in a burned-out hall.
""",
    events=[
        ev("Shelling/artillery/missile attack", ["Military Forces of Ukraine", "Ukrainian forces"], ["Military Forces of Ukraine",
           "Ukrainian prisoners of war"], "Olenivka", "Ukraine", 47.8382, 37.6758, "2022-07-29", 50, "claimed",
           "Russia's defence ministry", "an explosion that wrecked a barracks at a detention camp in Olenivka",
           note="Who caused the blast is disputed; the Russian claim names Ukrainian rockets."),
        ev("Remote explosive/landmine/IED", ["Military Forces of Russia", "Russian forces"], ["Military Forces of Ukraine"],
           "Olenivka", "Ukraine", 47.8382, 37.6758, "2022-07-29", 50, "claimed", "Ukraine's general staff",
           "Russian forces had blown up the building themselves", optional=True, note="The Ukrainian account of the same blast."),
    ],
)

MEX_POL = ["Police Forces of Mexico", "municipal police", "police"]
report(
    "mx-iguala-2014-09-28", "2014-09-28", "Sierra Madre Letter (example)",
    "Students missing after police open fire on buses in Iguala",
    """
IGUALA, Mexico - Municipal police in the southern state of Guerrero opened fire on buses carrying students from a rural teachers' college late on Friday, killing three of them, and 58 students have not been seen since, state officials said on Sunday.

The young men, from the college at Ayotzinapa, had taken over several buses at the Iguala bus station to travel to a demonstration. State prosecutors said officers shot at the buses at several points in the city and then drove an unknown number of students away in patrol cars.

Later the same night, gunmen sprayed a bus carrying a third-division football team with bullets on the highway just outside the city, killing a 15-year-old player and the driver. A woman riding in a taxi nearby was also killed.

Guerrero's governor said 22 police officers had been detained and were being questioned over the shootings.

On Saturday, students and teachers from the college blocked the highway between Mexico City and Acapulco near Chilpancingo, the state capital, for several hours, demanding that their classmates be found alive.
""",
    events=[
        ev("Attack", MEX_POL, ["Civilians (Mexico)", "students"], "Iguala", "Mexico", 18.3448, -99.5392, "2014-09-26", 3,
           "reported", "state officials", "opened fire on buses carrying students"),
        ev("Abduction/forced disappearance", MEX_POL, ["Civilians (Mexico)", "students"], "Iguala", "Mexico", 18.3448, -99.5392,
           "2014-09-26", None, "reported", "State prosecutors", "drove an unknown number of students away in patrol cars"),
        ev("Attack", ["Unidentified Armed Group (Mexico)", "gunmen"], ["Civilians (Mexico)"], "Iguala", "Mexico", 18.3448,
           -99.5392, "2014-09-26", 3, "reported", "", "gunmen sprayed a bus carrying a third-division football team"),
        ev("Arrests", ["Government of Mexico (2012-2018) Guerrero State", "Guerrero's governor"], MEX_POL, "Iguala", "Mexico",
           18.3448, -99.5392, "2014-09-27", 0, "reported", "Guerrero's governor", "22 police officers had been detained",
           window=1, optional=True),
        ev("Peaceful protest", ["Protesters (Mexico)", "students and teachers"], [], "Chilpancingo", "Mexico", 17.5506,
           -99.5058, "2014-09-27", 0, "reported", "", "blocked the highway between Mexico City and Acapulco"),
    ],
    quantities=[qty(None, "students missing", "Iguala", 58, 58), qty(MEX_POL, "police officers detained", "Iguala", 22, 22)],
)

report(
    "ug-ongwen-2021-02-04", "2021-02-04", "Great Lakes Desk (example)",
    "ICC convicts former LRA commander Ongwen of war crimes",
    """
THE HAGUE, Feb 4 (Great Lakes Desk (example)) - Judges at the International Criminal Court on Thursday found Dominic Ongwen, a former commander in Uganda's Lord's Resistance Army who had himself been abducted by the group as a boy, guilty of 61 counts of war crimes and crimes against humanity.

The charges covered attacks on four camps for displaced people in northern Uganda between 2002 and 2005, among them Lukodi and Pajule, where rebels shot, burned and abducted civilians, as well as the forced marriage of girls and the use of child soldiers.

Ongwen's lawyers had argued that he was a victim of the group rather than one of its leaders, and that years of violence had left him unable to tell right from wrong. The presiding judge said he had committed the crimes as a fully responsible adult.

In Lukodi, hundreds of villagers gathered around a radio set beneath a mango tree to hear the verdict, and some wept as it was read.

Ongwen will be sentenced at a later date. The LRA's founder, Joseph Kony, is still at large and is believed to be hiding in the borderlands of the Central African Republic and Sudan.
""",
)

report(
    "ml-minusma-2023-06-30", "2023-06-30", "Sahel Briefing (example)",
    "U.N. Security Council votes to end Mali peacekeeping mission",
    """
NEW YORK, June 30 (Sahel Briefing (example)) - The U.N. Security Council voted unanimously on Friday to end its peacekeeping mission in Mali after a decade, two weeks after the country's military government demanded that the force of about 13,000 troops and police leave without delay.

The mission, known as MINUSMA, has until the end of the year to hand over its camps and withdraw. More than 300 of its personnel have been killed since 2013, making it the deadliest of the U.N.'s current operations.

Mali's foreign minister told the council this month that the mission had failed to respond to the country's security needs. Western governments say the junta has come to rely on Russian fighters of the Wagner group since French troops left last year.

The force was first deployed in 2013, after a French-led intervention pushed Islamist fighters out of the towns of the north. Diplomats fear that its departure could leave a gap in the north, where a 2015 peace deal with armed groups led by ethnic Tuareg is under strain.
""",
    quantities=[qty(["MINUSMA"], "troops and police", "Mali", 13000, 13000)],
)


if __name__ == "__main__":
    for old in HERE.glob("*.jsonl"):
        old.unlink()
    for rec in REPORTS:
        (HERE / f"{rec['id']}.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(REPORTS), "reports,", sum(len(r["events"]) for r in REPORTS), "events")
