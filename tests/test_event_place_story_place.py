"""Where a happening its sentence does not place took place. When the report, about a town of one country, last
named a town abroad (talks "held in Doha", a summit "in Geneva"), that town places nothing that happens at home: the
story's own town does (the town the report names most; here named before only as the dateline or to locate another
place). When the report is about a district (named more often than any town) and names no town before, a village the
gazetteer lacks lies in that district, not in a town named later outside it; and a place the gazetteer lacks, told with
the province it lies in, lies in that province, not in a town a later sentence names in another province. Every report
is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday

ABROAD_ASIDE = [
    # (report, the place of its happening told without one): the last town named before it lies abroad
    ("MOGADISHU, May 13 - Al-Shabaab fighters shelled an army base 10 km north of Mogadishu on Sunday, a day after "
     "donors met in Istanbul to pledge aid. Police said four suspects were detained in the city hours later.",
     "Mogadishu"),
    ("ADEN, May 13 - Separatist gunmen stormed a checkpoint 15 km west of Aden on Saturday, days after talks between "
     "the rivals had stalled in Riyadh. Officers said two gunmen were arrested in the city's north on Sunday.",
     "Aden"),
    ("MAIDUGURI, May 13 - Insurgents fired rockets at a camp 12 km east of Maiduguri on Sunday, as governors of the "
     "region gathered in London for a security forum. Soldiers detained three suspects in the city on Sunday night.",
     "Maiduguri"),
    ("TRIPOLI, May 13 - Militiamen clashed at a checkpoint 20 km south of Tripoli on Saturday, a week after envoys "
     "of both sides had met in Geneva. Police arrested five fighters in the city on Sunday.", "Tripoli"),
    ("KABUL, May 13 - A bomb wrecked a bus 20 km north of Kabul on Sunday, days after officials had held talks in "
     "Doha. Police said three men were detained in the city within hours.", "Kabul"),
]


@pytest.mark.parametrize(("text", "place"), ABROAD_ASIDE)
def test_a_town_abroad_named_in_passing_does_not_place_the_next_happening(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert events and events[-1].place is not None
    assert events[-1].place.name == place


DISTRICT_STORY = [
    # (report, the district of its first happening): the village is unknown; the district the dateline and a later
    # sentence name outnumbers the one town named, outside it
    ("KURRAM, May 13 - Gunmen killed three travellers in Sultanzai Bala on Sunday, police said. Shops in Kurram stayed "
     "shut on Monday, and buses to Peshawar were halted.", "Kurram District"),
    ("BAJAUR, May 13 - Militants shot dead two tribal elders in Loi Mamund Bala on Sunday night, police said. Schools "
     "in Bajaur stayed shut on Monday, and buses to Peshawar were halted.", "Bājaur Agency"),
    ("SHANGLA, May 13 - A roadside bomb wounded four policemen in Chakesar Payeen on Saturday, officials said. Markets "
     "in Shangla stayed shut on Sunday, and buses to Mardan were halted.", "Shāngla District"),
    ("BUNER, May 13 - Gunmen shot dead a headmaster in Gokand Sar on Sunday, police said. Schools in Buner stayed shut "
     "on Monday, and buses to Peshawar were halted.", "Buner District"),
    ("SWAT, May 13 - Gunmen killed a shopkeeper in Kabal Payeen on Sunday evening, police said. Shops in Swat stayed "
     "shut on Monday, and buses to Islamabad were halted.", "Swat"),
]


@pytest.mark.parametrize(("text", "place"), DISTRICT_STORY)
def test_an_unknown_village_in_a_report_about_a_district_lies_in_that_district(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert events and events[0].place is not None
    assert events[0].place.name == place


PROVINCE_TOLD = [
    # (report, the place of its first happening): the district or area is unknown, its province is named with it;
    # the next sentence tells fighting in a town of another province
    ("Taliban fighters overran the district of Qala-e-Sabzak in Baghlan province on Sunday, a council member said. In "
     "neighbouring Kunduz, fighting between the insurgents and Afghan forces went on for a second day.", "Baghlān"),
    ("Militants ambushed a police patrol in the subdistrict of Qara Tapa-Ulya in Diyala province on Sunday, officials "
     "said. In Kirkuk, clashes between Kurdish fighters and federal forces continued overnight.", "Diyala"),
    ("Government aircraft bombed the district of Tal Hamdiyat in Idlib province on Sunday, rescuers said. In Aleppo, "
     "fighting between rebels and government troops flared again.", "Idlib"),
    ("Al-Shabaab fighters attacked army posts in the Bur Dhaameerow district of Hiiraan region on Saturday, residents "
     "said. In Mogadishu, a gun battle between soldiers and militants lasted several hours.", "Hiiran"),
    ("ADF rebels killed eleven civilians in the territory of Mabaselenge in Ituri province on Sunday, a local official "
     "said. In Goma, clashes between the army and M23 rebels resumed on the city's outskirts.", "Ituri"),
    ("Jihadists attacked the commune of Tessit-Nordi in Gao region on Sunday, local sources said. In Mopti, fighting "
     "between soldiers and militants went on into Monday.", "Gao"),
]


@pytest.mark.parametrize(("text", "place"), PROVINCE_TOLD)
def test_an_unknown_place_told_with_its_province_lies_in_it_not_in_a_later_town_elsewhere(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert len(events) == 2 and events[0].place is not None
    assert events[0].place.name == place


OFFICE_HOLDERS = [
    # (report, its happening's place): a town named as whose office or person the victim is ("X's governor", "the X
    # police chief") is not where it befell them when the clause names another place, a province too (branch events49)
    ("Police said Goma's district commissioner was detained in South Kivu province on Sunday.", "South Kivu"),
    ("Militants abducted the Kandahar police chief in Helmand province on Sunday.", "Helmand"),
    ("Soldiers arrested Baidoa's former governor in Hiran region on Sunday.", "Hiiran"),
    ("Bandits seized Gusau's emir on the road in Katsina state on Sunday.", "Katsina"),
    ("Gunmen shot dead Herat's deputy mayor in Farah province on Saturday.", "Farah"),
    # a town named only so is still the place when nothing else is named, and one of a building is its place
    ("Gunmen kidnapped Goma's mayor on Sunday.", "Goma"),
    ("Gunmen attacked Goma's main market on Sunday.", "Goma"),
    ("Gunmen killed Kaduna's imam in Kaduna state on Sunday.", "Kaduna"),
]


@pytest.mark.parametrize(("text", "place"), OFFICE_HOLDERS)
def test_a_town_naming_an_office_holder_does_not_place_what_befell_them_elsewhere(extractor, text, place):
    assert [e.place and e.place.name for e in extract(extractor, text, PUBLISHED).events] == [place]
