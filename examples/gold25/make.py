"""Writes the gold25 records (FORMAT.md), one .jsonl per report; the lead's check set of session 27."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def event(
    sub: str,
    kind: str,
    actor1: list[str],
    place: str,
    country: str,
    lat: float,
    lon: float,
    day: str,
    window: int,
    evidence: str,
    fatalities: int | None = None,
    certainty: str = "reported",
    claim_source: str | None = None,
    actor2: list[str] | None = None,
    optional: bool = False,
) -> dict:
    """One gold event."""
    return {
        "event_type": kind,
        "sub_event_type": sub,
        "actor1": actor1,
        "actor2": actor2 or [],
        "assoc_actor_1": [],
        "location": place,
        "country": country,
        "lat": lat,
        "lon": lon,
        "date": day,
        "date_window_days": window,
        "fatalities": fatalities,
        "certainty": certainty,
        "claim_source": claim_source,
        "evidence": evidence,
        "optional": optional,
    }


def control(
    actor: list[str], place: str, status: str, as_of: str, lat: float, lon: float, optional: bool = False
) -> dict:
    """One gold control fact."""
    return {
        "actor": actor,
        "place": place,
        "status": status,
        "as_of": as_of,
        "lat": lat,
        "lon": lon,
        "optional": optional,
    }


def quantity(what: str, low: int | None, high: int | None, place: str | None = None, optional: bool = False) -> dict:
    """One gold quantity."""
    return {"actor": None, "what": what, "place": place, "low": low, "high": high, "optional": optional}


VIOLENCE, BATTLES, PROTESTS, RIOTS, REMOTE, STRATEGIC = (
    "Violence against civilians",
    "Battles",
    "Protests",
    "Riots",
    "Explosions/Remote violence",
    "Strategic developments",
)
PALMA = (-10.775, 40.4786)
ISMZ = [
    "Islamic State (Mozambique)",
    "Islamic State",
    "Islamic State Central Africa Province",
    "Ahlu Sunnah Wa-Jamo",
    "Islamist insurgents",
    "insurgents",
    "militants",
    "fighters",
]
RSF = ["Rapid Support Forces", "RSF", "paramilitary", "the paramilitary Rapid Support Forces"]
SDA = ["Military Forces of Sudan", "Military Forces of Sudan (2019-)", "Sudanese Armed Forces", "the army", "army"]
AZ = ["Military Forces of Azerbaijan", "Military Forces of Azerbaijan (2003-)", "Azerbaijani troops", "Azerbaijan"]
NGU = ["Unidentified Armed Group (Nigeria)", "gunmen", "bandits", "Bandits (Nigeria)"]
SHAB = ["Al Shabaab", "al-Shabaab", "Al-Shabaab", "gunmen"]
SOMF = [
    "Military Forces of Somalia",
    "Military Forces of Somalia (2022-)",
    "Police Forces of Somalia",
    "Police Forces of Somalia (2022-)",
    "Somali security forces",
    "security forces",
]
IRF = [
    "Police Forces of Iran",
    "Police Forces of Iran (1989-)",
    "Military Forces of Iran",
    "Military Forces of Iran (1989-)",
    "Iranian security forces",
    "security forces",
    "Islamic Revolutionary Guard Corps",
]
STC = ["Southern Transitional Council", "STC", "Southern separatists", "separatists", "Security Belt Forces"]
YEG = [
    "Military Forces of Yemen",
    "Military Forces of Yemen (2017-)",
    "government forces",
    "forces loyal to the government",
]
MNDAA = ["MNDAA: Myanmar National Democratic Alliance Army", "Myanmar National Democratic Alliance Army", "MNDAA"]
MMA = ["Military Forces of Myanmar", "Military Forces of Myanmar (2021-)", "junta", "military", "the military"]

REPORTS = [
    {
        "id": "mz-palma-2021-03-29",
        "published": "2021-03-29",
        "source": "Rovuma Wire (example)",
        "title": "Insurgents overrun Mozambique town of Palma",
        "text": "Insurgents overrun Mozambique town of Palma\n\nPEMBA, Monday - Islamist insurgents have overrun "
        "Palma, a town of about 75,000 people in Mozambique's northern Cabo Delgado province, the defence ministry "
        "said on Monday. Fighters loyal to Islamic State stormed the town from three sides on Wednesday, and the "
        "army's last positions there fell on Sunday. Dozens of people were killed, among them seven who died on "
        "Friday when militants ambushed a convoy of trucks trying to escape from a hotel. Thousands of residents "
        "fled by boat to Pemba.",
        "events": [
            event(
                "Non-state actor overtakes territory",
                BATTLES,
                ISMZ,
                "Palma",
                "Mozambique",
                *PALMA,
                "2021-03-28",
                1,
                "Islamist insurgents have overrun Palma",
                claim_source="the defence ministry",
            ),
            event(
                "Armed clash",
                BATTLES,
                ISMZ,
                "Palma",
                "Mozambique",
                *PALMA,
                "2021-03-24",
                1,
                "stormed the town from three sides on Wednesday",
                optional=True,
            ),
            event(
                "Attack",
                VIOLENCE,
                ISMZ,
                "Palma",
                "Mozambique",
                *PALMA,
                "2021-03-26",
                1,
                "militants ambushed a convoy of trucks",
                fatalities=7,
                actor2=["Civilians (Mozambique)"],
            ),
        ],
        "control": [
            control(ISMZ, "Palma", "controls", "2021-03-29", *PALMA),
            control(
                ["Military Forces of Mozambique", "Military Forces of Mozambique (1975-)", "army"],
                "Palma",
                "lost",
                "2021-03-28",
                *PALMA,
                optional=True,
            ),
        ],
        "quantities": [
            quantity("people", 75000, 75000, "Palma", optional=True),
            quantity("residents fled", 1000, None, "Palma", optional=True),
        ],
        "checks": [],
    },
    {
        "id": "sd-wad-madani-2023-12-19",
        "published": "2023-12-19",
        "source": "Blue Nile Desk (example)",
        "title": "Sudan's paramilitary seizes Wad Madani",
        "text": "Sudan's paramilitary seizes Wad Madani\n\nKHARTOUM, Tuesday - The paramilitary Rapid Support Forces "
        "said on Tuesday that they had taken Wad Madani, the capital of Gezira state, after four days of fighting "
        "with the army. The army confirmed that its troops had withdrawn from the city and said an inquiry into the "
        "pull-out had been opened. Wad Madani had sheltered about half a million people who fled the war in "
        "Khartoum; many of them were on the move again on Tuesday, heading south towards Sennar.",
        "events": [
            event(
                "Non-state actor overtakes territory",
                BATTLES,
                RSF,
                "Wad Madani",
                "Sudan",
                14.40118,
                33.51989,
                "2023-12-18",
                1,
                "they had taken Wad Madani",
                certainty="claimed",
                claim_source="Rapid Support Forces",
            ),
            event(
                "Armed clash",
                BATTLES,
                RSF + SDA,
                "Wad Madani",
                "Sudan",
                14.40118,
                33.51989,
                "2023-12-16",
                2,
                "four days of fighting with the army",
                optional=True,
            ),
        ],
        "control": [
            control(RSF, "Wad Madani", "controls", "2023-12-19", 14.40118, 33.51989),
            control(SDA, "Wad Madani", "lost", "2023-12-19", 14.40118, 33.51989),
        ],
        "quantities": [quantity("people who fled the war", 500000, 500000, "Wad Madani", optional=True)],
        "checks": [],
    },
    {
        "id": "mm-lashio-2024-08-04",
        "published": "2024-08-04",
        "source": "Shan Hills Report (example)",
        "title": "Myanmar rebels say they hold Lashio",
        "text": "Myanmar rebels say they hold Lashio\n\nLASHIO, Sunday - The Myanmar National Democratic Alliance "
        "Army said on Saturday that its fighters had captured Lashio, the largest town in northern Shan state, "
        "including the headquarters of the military's North-Eastern Command, after almost a month of fighting. The "
        "junta did not comment. Residents said air strikes hit several wards of the town on Sunday morning, killing "
        "at least four civilians.",
        "events": [
            event(
                "Non-state actor overtakes territory",
                BATTLES,
                MNDAA,
                "Lashio",
                "Myanmar",
                22.9359,
                97.7498,
                "2024-08-03",
                1,
                "its fighters had captured Lashio",
                certainty="claimed",
                claim_source="MNDAA",
            ),
            event(
                "Air/drone strike",
                REMOTE,
                MMA,
                "Lashio",
                "Myanmar",
                22.9359,
                97.7498,
                "2024-08-04",
                1,
                "air strikes hit several wards of the town on Sunday morning",
                fatalities=4,
                actor2=["Civilians (Myanmar)"],
            ),
        ],
        "control": [control(MNDAA, "Lashio", "controls", "2024-08-03", 22.9359, 97.7498)],
        "quantities": [],
        "checks": [],
    },
    {
        "id": "az-shusha-2020-11-09",
        "published": "2020-11-09",
        "source": "Caucasus Ledger (example)",
        "title": "Azerbaijan says its army has taken Shusha",
        "text": "Azerbaijan says its army has taken Shusha\n\nBAKU, Monday - President Ilham Aliyev announced on "
        "Sunday that Azerbaijani troops had taken Shusha, a hilltop town that overlooks Stepanakert, the main city "
        "of Nagorno-Karabakh. Armenian officials denied on Sunday that the town had fallen and said fighting was "
        "going on there, but on Monday the Karabakh authorities conceded that it was no longer under their control. "
        "Shelling of Stepanakert went on through the night, residents said.",
        "events": [
            event(
                "Government regains territory",
                BATTLES,
                AZ,
                "Shusha",
                "Azerbaijan",
                39.76006,
                46.74989,
                "2020-11-08",
                1,
                "Azerbaijani troops had taken Shusha",
                claim_source="President Ilham Aliyev",
            ),
            event(
                "Shelling/artillery/missile attack",
                REMOTE,
                AZ + ["Unidentified Armed Group (Azerbaijan)"],
                "Stepanakert",
                "Azerbaijan",
                39.8177,
                46.7528,
                "2020-11-09",
                1,
                "Shelling of Stepanakert went on through the night",
            ),
        ],
        "control": [
            control(AZ, "Shusha", "controls", "2020-11-09", 39.76006, 46.74989),
            control(
                ["Karabakh authorities", "Military Forces of Artsakh", "Armenian officials"],
                "Shusha",
                "lost",
                "2020-11-09",
                39.76006,
                46.74989,
                optional=True,
            ),
        ],
        "quantities": [],
        "checks": [],
    },
    {
        "id": "ng-kaduna-train-2022-03-29",
        "published": "2022-03-29",
        "source": "Savannah Post (example)",
        "title": "Gunmen attack Abuja-Kaduna train",
        "text": "Gunmen attack Abuja-Kaduna train\n\nKADUNA, Tuesday - Gunmen blew up a section of track and opened "
        "fire on a passenger train travelling from Abuja to Kaduna on Monday night, killing at least eight people "
        "and abducting an unknown number, the railway corporation said. Dozens of passengers were taken to hospital "
        "in Kaduna. The attack happened about 30 km outside Kaduna, on a stretch of the route where bandits have "
        "repeatedly targeted travellers.",
        "events": [
            event(
                "Attack",
                VIOLENCE,
                NGU,
                "Kaduna",
                "Nigeria",
                10.52641,
                7.43879,
                "2022-03-28",
                1,
                "opened fire on a passenger train",
                fatalities=8,
                actor2=["Civilians (Nigeria)"],
                claim_source="the railway corporation",
            ),
            event(
                "Abduction/forced disappearance",
                VIOLENCE,
                NGU,
                "Kaduna",
                "Nigeria",
                10.52641,
                7.43879,
                "2022-03-28",
                1,
                "abducting an unknown number",
                actor2=["Civilians (Nigeria)"],
            ),
            event(
                "Remote explosive/landmine/IED",
                REMOTE,
                NGU,
                "Kaduna",
                "Nigeria",
                10.52641,
                7.43879,
                "2022-03-28",
                1,
                "Gunmen blew up a section of track",
                optional=True,
            ),
        ],
        "control": [],
        "quantities": [quantity("passengers taken to hospital", 24, None, "Kaduna", optional=True)],
        "checks": [],
    },
    {
        "id": "so-mogadishu-hotel-2022-08-21",
        "published": "2022-08-21",
        "source": "Horn Monitor (example)",
        "title": "Somali forces end hotel siege in Mogadishu",
        "text": "Somali forces end hotel siege in Mogadishu\n\nMOGADISHU, Sunday - Somali security forces ended a "
        "30-hour siege of a hotel in Mogadishu late on Saturday, killing the last of the al-Shabaab gunmen who had "
        "stormed it on Friday evening after two car bombs went off at its gates. At least 21 people were killed and "
        "117 wounded, the health minister said. Al-Shabaab said it had carried out the attack.",
        "events": [
            event(
                "Remote explosive/landmine/IED",
                REMOTE,
                SHAB,
                "Mogadishu",
                "Somalia",
                2.03711,
                45.34375,
                "2022-08-19",
                1,
                "two car bombs went off at its gates",
            ),
            event(
                "Armed clash",
                BATTLES,
                SOMF + SHAB,
                "Mogadishu",
                "Somalia",
                2.03711,
                45.34375,
                "2022-08-20",
                1,
                "Somali security forces ended a 30-hour siege of a hotel",
            ),
        ],
        "control": [],
        "quantities": [quantity("wounded", 117, 117, "Mogadishu", optional=True)],
        "checks": [],
    },
    {
        "id": "ir-zahedan-2022-10-01",
        "published": "2022-10-01",
        "source": "Gulf Rights Digest (example)",
        "title": "Security forces fire on protesters in Zahedan",
        "text": "Security forces fire on protesters in Zahedan\n\nZAHEDAN, Saturday - Iranian security forces opened "
        "fire on protesters who gathered outside a police station after Friday prayers in Zahedan, in the "
        "south-eastern province of Sistan-Baluchestan, rights groups said on Saturday. Amnesty International said at "
        "least 66 people were killed. State media said gunmen had attacked the police station and that a senior "
        "Revolutionary Guards commander was among the dead. Protests over the death of a young woman in police "
        "custody have spread to dozens of cities.",
        "events": [
            event(
                "Excessive force against protesters",
                PROTESTS,
                IRF,
                "Zahedan",
                "Iran",
                29.4963,
                60.8629,
                "2022-09-30",
                1,
                "Iranian security forces opened fire on protesters",
                fatalities=66,
                claim_source="Amnesty International",
                actor2=["Protesters (Iran)"],
            ),
            event(
                "Armed clash",
                BATTLES,
                ["Unidentified Armed Group (Iran)", "gunmen"] + IRF,
                "Zahedan",
                "Iran",
                29.4963,
                60.8629,
                "2022-09-30",
                1,
                "gunmen had attacked the police station",
                optional=True,
            ),
        ],
        "control": [],
        "quantities": [],
        "checks": [],
    },
    {
        "id": "cl-santiago-2019-10-19",
        "published": "2019-10-19",
        "source": "Andes Evening Post (example)",
        "title": "State of emergency in Santiago after a night of riots",
        "text": "State of emergency in Santiago after a night of riots\n\nSANTIAGO, Saturday - Chile's president "
        "declared a state of emergency in Santiago early on Saturday after a night in which rioters set fire to metro "
        "stations, buses and the headquarters of an electricity company. Protests against a rise in metro fares had "
        "turned violent on Friday evening, and police used tear gas and water cannon against crowds in the city "
        "centre. On Saturday afternoon thousands of people banged pots and pans in a peaceful protest in several "
        "neighbourhoods of the capital.",
        "events": [
            event(
                "Violent demonstration",
                RIOTS,
                ["Rioters (Chile)", "rioters", "Protesters (Chile)"],
                "Santiago",
                "Chile",
                -33.45694,
                -70.64827,
                "2019-10-18",
                1,
                "rioters set fire to metro stations",
            ),
            event(
                "Peaceful protest",
                PROTESTS,
                ["Protesters (Chile)", "protesters", "people"],
                "Santiago",
                "Chile",
                -33.45694,
                -70.64827,
                "2019-10-19",
                1,
                "thousands of people banged pots and pans",
            ),
            event(
                "Protest with intervention",
                PROTESTS,
                ["Protesters (Chile)", "protesters"],
                "Santiago",
                "Chile",
                -33.45694,
                -70.64827,
                "2019-10-18",
                1,
                "police used tear gas and water cannon against crowds",
                optional=True,
            ),
            event(
                "Other",
                STRATEGIC,
                ["Government of Chile", "Chile's president"],
                "Santiago",
                "Chile",
                -33.45694,
                -70.64827,
                "2019-10-19",
                1,
                "declared a state of emergency",
                optional=True,
            ),
        ],
        "control": [],
        "quantities": [quantity("people", 1000, None, "Santiago", optional=True)],
        "checks": [],
    },
    {
        "id": "ye-aden-2019-08-11",
        "published": "2019-08-11",
        "source": "Arabian Sea Times (example)",
        "title": "Separatists take control of Aden",
        "text": "Separatists take control of Aden\n\nADEN, Sunday - Southern separatists seized the presidential "
        "palace in Aden on Saturday after four days of fighting with forces loyal to the Saudi-backed government, "
        "leaving the Southern Transitional Council in control of the port city. The Saudi-led coalition called on "
        "Sunday for an immediate ceasefire. At least 40 people were killed in the fighting, the United Nations said.",
        "events": [
            event(
                "Non-state actor overtakes territory",
                BATTLES,
                STC,
                "Aden",
                "Yemen",
                12.77957,
                45.03852,
                "2019-08-10",
                1,
                "Southern separatists seized the presidential palace in Aden on Saturday",
            ),
            event(
                "Armed clash",
                BATTLES,
                STC + YEG,
                "Aden",
                "Yemen",
                12.77957,
                45.03852,
                "2019-08-08",
                2,
                "four days of fighting with forces loyal to the Saudi-backed government",
            ),
        ],
        "control": [
            control(STC, "Aden", "controls", "2019-08-10", 12.77957, 45.03852),
            control(YEG, "Aden", "lost", "2019-08-10", 12.77957, 45.03852, optional=True),
        ],
        "quantities": [],
        "checks": [],
    },
    {
        "id": "ph-marawi-2019-10-17",
        "published": "2019-10-17",
        "source": "Mindanao Morning (example)",
        "title": "Marawi residents still wait to go home, two years on",
        "text": "Marawi residents still wait to go home, two years on\n\nMARAWI, Thursday - Two years after the "
        "Philippine army declared the city of Marawi freed from militants linked to Islamic State, more than 100,000 "
        "residents are still living in camps or with relatives, officials said on Thursday. The five-month battle in "
        "2017 left the city centre in ruins. A rebuilding agency said work on the worst-hit area would begin before "
        "the end of the year.",
        "events": [],
        "control": [],
        "quantities": [quantity("residents still living in camps or with relatives", 100000, None, "Marawi")],
        "checks": [],
    },
]


def main() -> None:
    """Write one .jsonl per report beside this script."""
    for report in REPORTS:
        (HERE / f"{report['id']}.jsonl").write_text(json.dumps(report, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
