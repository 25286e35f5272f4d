"""A ~1 MB English news-like benchmark corpus, generated from this file's own templates.

Every sentence here was written for the project (no third-party text). Articles mix
event sentences of many ACLED kinds (clashes, air strikes, shelling, bombs, abductions,
protests, takeovers), control claims, quantities, relative locations and plenty of
non-event background (diplomacy, aid, economy, quotes), set in a dozen theatres with
real place names so that geocoding and actor resolution do real work. Optionally the
bodies of examples/reports/*.txt (also the project's own writing) are included once.

Deterministic for a seed. Used by extraction_speed_bench.py and end_to_end_bench.py:
    from corpus import news_articles, as_documents, write_corpus
Run alone to write a corpus folder:  .venv/bin/python bench/corpus.py OUT_DIR [--mb 1.0]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from frontwatch.ingest.ids import make_document
from frontwatch.ingest.text import split_front_matter
from frontwatch.model import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"


@dataclass(frozen=True)
class Theatre:
    """A conflict setting: country, demonym, real places and the armed groups active there."""

    country: str
    demonym: str
    capital: str
    places: tuple[str, ...]
    groups: tuple[str, ...]
    ministry: str


THEATRES = (
    Theatre("Syria", "Syrian", "Damascus",
            ("Aleppo", "Homs", "Hama", "Idlib", "Raqqa", "Deir ez-Zor", "Palmyra", "Daraa", "Manbij", "Kobani",
             "Qamishli", "Latakia", "Douma", "Jisr al-Shughur"),
            ("Islamic State", "Hayat Tahrir al-Sham", "Syrian Democratic Forces", "Free Syrian Army"),
            "defence ministry"),
    Theatre("Iraq", "Iraqi", "Baghdad",
            ("Mosul", "Tikrit", "Ramadi", "Fallujah", "Baiji", "Samarra", "Kirkuk", "Baqubah", "Tal Afar",
             "Sinjar", "Haditha", "Erbil"),
            ("Islamic State", "Popular Mobilization Forces", "Peshmerga", "Naqshbandi Army"),
            "interior ministry"),
    Theatre("Ukraine", "Ukrainian", "Kyiv",
            ("Kharkiv", "Izium", "Bakhmut", "Kherson", "Mariupol", "Donetsk", "Luhansk", "Kramatorsk",
             "Zaporizhzhia", "Sumy", "Chernihiv", "Mykolaiv", "Avdiivka"),
            ("Wagner Group",),
            "general staff"),
    Theatre("Afghanistan", "Afghan", "Kabul",
            ("Kunduz", "Kandahar", "Herat", "Mazar-i-Sharif", "Jalalabad", "Ghazni", "Lashkar Gah",
             "Faizabad", "Pul-e-Khumri", "Taloqan"),
            ("Taliban", "Islamic State"),
            "defence ministry"),
    Theatre("Somalia", "Somali", "Mogadishu",
            ("Kismayo", "Baidoa", "Beledweyne", "Afgoye", "Marka", "Jowhar", "Garowe", "Galkayo", "Bardere"),
            ("al-Shabaab",),
            "security ministry"),
    Theatre("Nigeria", "Nigerian", "Abuja",
            ("Maiduguri", "Chibok", "Damboa", "Bama", "Gwoza", "Monguno", "Baga", "Dikwa", "Yola", "Biu"),
            ("Boko Haram", "Islamic State West Africa Province"),
            "army headquarters"),
    Theatre("Mali", "Malian", "Bamako",
            ("Gao", "Timbuktu", "Kidal", "Mopti", "Menaka", "Segou", "Sevare", "Tessalit", "Konna"),
            ("JNIM", "MNLA", "Ansar Dine", "al-Qaeda in the Islamic Maghreb"),
            "armed forces command"),
    Theatre("Yemen", "Yemeni", "Sanaa",
            ("Aden", "Taiz", "Hodeidah", "Marib", "Saada", "Mukalla", "Ibb", "Dhamar", "Hajjah"),
            ("Houthis", "al-Qaeda in the Arabian Peninsula"),
            "defence ministry"),
    Theatre("Democratic Republic of the Congo", "Congolese", "Kinshasa",
            ("Goma", "Bukavu", "Beni", "Butembo", "Rutshuru", "Bunia", "Uvira", "Sake", "Masisi"),
            ("M23",),
            "army spokesman's office"),
    Theatre("Sudan", "Sudanese", "Khartoum",
            ("Omdurman", "El Fasher", "Nyala", "El Geneina", "Wad Madani", "Kadugli", "El Obeid", "Kassala"),
            ("Rapid Support Forces", "Sudan People's Liberation Movement-North"),
            "army command"),
    Theatre("Colombia", "Colombian", "Bogota",
            ("Cali", "Medellin", "Cucuta", "Tumaco", "Popayan", "Arauca", "Quibdo", "Buenaventura"),
            ("ELN", "FARC"),
            "defence ministry"),
    Theatre("Myanmar", "Burmese", "Naypyidaw",
            ("Yangon", "Mandalay", "Lashio", "Myitkyina", "Sittwe", "Hpakant", "Monywa", "Kalay"),
            (),
            "military council"),
    Theatre("Ethiopia", "Ethiopian", "Addis Ababa",
            ("Mekelle", "Gondar", "Dessie", "Kombolcha", "Shire", "Adigrat", "Axum", "Bahir Dar"),
            ("Tigray People's Liberation Front",),
            "defence force"),
)

OUTLETS = ("Frontline Wire", "Harbour Evening Post", "Crossroads Daily", "Meridian News Service",
           "The Evening Courier", "Highland Chronicle", "Delta Morning Herald", "Coastline Observer")
FIRST = ("Amira", "Yusuf", "Olena", "Ahmed", "Fatuma", "Ibrahim", "Maria", "Daniel", "Khadija", "Tomas",
         "Leila", "Samuel", "Nadia", "Omar", "Grace", "Victor", "Halima", "Pavel", "Zainab", "Carlos")
LAST = ("Haddad", "Mensah", "Kovalenko", "Osman", "Abubakar", "Rahimi", "Nduwayo", "Castillo", "Tesfaye",
        "Saleh", "Moreno", "Petrenko", "Diallo", "Karimi", "Okafor", "Aung", "Hassan", "Mwangi")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DIRECTIONS = ("north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west")
DEMANDS = ("higher wages", "the release of detained students", "an end to fuel shortages",
           "new elections", "the resignation of the governor", "lower bread prices", "an end to the curfew")
VICTIMS = ("civilians", "soldiers", "police officers", "fighters", "villagers", "members of a family")

HEADLINES = (
    "{group} fighters seize {place} after days of fighting",
    "{army} retakes {place} from {group}",
    "Air strikes hit {place} as {army} presses offensive",
    "Shelling kills {n} in {place}",
    "Protesters rally in {place} over {demand}",
    "Roadside bomb kills {n} near {place}",
    "Gunmen abduct aid workers near {place}",
    "Thousands flee fighting around {place}",
    "Talks on {country} ceasefire stall in {capital}",
)
EVENT_SENTENCES = (
    "{group} fighters attacked army positions in {place} on {weekday}, killing at least {n} {victims}, "
    "{source} said.",
    "{adj} troops clashed with {group} fighters on the outskirts of {place} late on {weekday}, "
    "according to residents.",
    "Warplanes struck {group} positions near {place} on {weekday}, the {ministry} said in a statement.",
    "Artillery shells landed on residential districts of {place} on {weekday} night, wounding {n} people, "
    "a doctor at the main hospital told reporters.",
    "A roadside bomb exploded near a checkpoint in {place} on {weekday}, killing {n} soldiers and "
    "wounding several others, police said.",
    "Gunmen abducted {n} aid workers on the road between {place} and {place2} on {weekday}, "
    "their organisation said.",
    "Hundreds of people marched through central {place} on {weekday} to demand {demand}.",
    "Police fired tear gas at demonstrators in {place} on {weekday} after stones were thrown at "
    "a government building, witnesses said.",
    "A suicide bomber blew himself up at a market in {place} on {weekday}, killing {n} people, "
    "officials said.",
    "Drone strikes hit a convoy of {group} vehicles west of {place} overnight, a military source said.",
    "{group} said its fighters had shot down a helicopter near {place}, a claim the army denied.",
    "Rockets fired from positions outside {place} struck the airport on {weekday}, damaging a runway.",
    "Armed men looted shops and set fire to houses in a village near {place} on {weekday}, "
    "local leaders said.",
    "Clashes between rival militias in {place} on {weekday} left {n} dead, a hospital official said.",
)
CONTROL_SENTENCES = (
    "The army said its units had taken full control of {place} on {weekday}, including the main bridge "
    "and the old market.",
    "{group} fighters captured {place} on {weekday} after government troops withdrew overnight, "
    "residents said.",
    "{adj} forces recaptured {place} from {group} on {weekday}, {source} reported.",
    "{group} still holds the villages south of {place}, according to a local official.",
    "Government troops withdrew from {place} on {weekday}, leaving the town to {group}.",
)
QUANTITY_SENTENCES = (
    "About {big} fighters took part in the offensive, according to {source}.",
    "More than {big} families have fled {place} since the start of the month, the United Nations said.",
    "The {ministry} said {n} militants had been killed and {n2} captured during the operation.",
    "Some {big} people remain trapped in the old city of {place}, aid groups said.",
)
PLACE_SENTENCES = (
    "{place} lies about {km} km {direction} of {place2}, on the main road to {capital}.",
    "{place}, a town of about {big} people, sits on the road between {place2} and {capital}.",
    "The fighting around {place} is the heaviest since the spring, when {group} tried to cut the road to "
    "{place2}.",
)
BACKGROUND = (
    "Officials in {capital} declined to comment on the report.",
    "{person}, a spokesman for the {ministry}, said the situation was under control.",
    "\"We heard explosions all night and nobody slept,\" said {person}, a shopkeeper in {place}.",
    "The United Nations called on all sides to protect civilians and allow aid convoys to pass.",
    "Prices of flour and fuel have doubled in the past month, traders said.",
    "Schools in the district have been closed since the start of the fighting.",
    "The government has promised to rebuild the damaged water station before the summer.",
    "Mobile phone networks were cut for most of the day, making reports hard to verify.",
    "Aid agencies said they had delivered food to about {big} people in the area this week.",
    "Diplomats in {capital} said talks on a local truce would resume next week.",
    "{person}, an analyst who follows the conflict, said both sides were exhausted.",
    "The claims could not be independently verified.",
    "The {ministry} did not give a figure for its own losses.",
    "Farmers say they have been unable to reach their fields for weeks because of the mines.",
    "A curfew remained in force in {place} from dusk until dawn.",
    "Families who fled to {place2} are sheltering in schools and mosques, a local charity said.",
    "Electricity returned to parts of {place} after engineers repaired a damaged line.",
    "The {country} parliament is expected to debate the budget for the security forces next month.",
)


@dataclass(frozen=True)
class Article:
    """One generated report: headline, outlet, date and body (headline repeated as the first line)."""

    title: str
    source: str
    published: date
    body: str

    def as_text(self) -> str:
        """The report as a .txt file with front matter, like examples/reports."""
        return f"Title: {self.title}\nSource: {self.source}\nPublished: {self.published:%Y-%m-%d}\n\n{self.body}"


def word_count(text: str) -> int:
    """Whitespace-separated words: the unit of every words/second figure in bench/."""
    return len(text.split())


def _fill(template: str, theatre: Theatre, rng: random.Random) -> str:
    place, place2 = rng.sample(theatre.places, 2)
    group = rng.choice(theatre.groups) if theatre.groups else f"{theatre.demonym} rebels"
    values = {
        "place": place, "place2": place2, "group": group, "country": theatre.country,
        "capital": theatre.capital, "ministry": theatre.ministry, "adj": theatre.demonym,
        "army": f"{theatre.demonym} army", "weekday": rng.choice(WEEKDAYS),
        "n": rng.choice((2, 3, 4, 5, 7, 9, 12, 15, 21, 30)), "n2": rng.choice((3, 6, 8, 11, 14)),
        "big": rng.choice(("300", "1,200", "2,500", "4,000", "15,000", "40,000")),
        "km": rng.choice((15, 25, 40, 60, 85, 120, 200)), "direction": rng.choice(DIRECTIONS),
        "victims": rng.choice(VICTIMS), "demand": rng.choice(DEMANDS),
        "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "source": rng.choice(("the local governor", "a monitoring group", "state television",
                              "a military spokesman", "medical sources", "the interior ministry")),
    }
    return template.format(**values)


def _paragraph(theatre: Theatre, rng: random.Random) -> str:
    kinds = ((EVENT_SENTENCES, 4), (CONTROL_SENTENCES, 1), (QUANTITY_SENTENCES, 1), (PLACE_SENTENCES, 1),
             (BACKGROUND, 4))
    pools = [pool for pool, weight in kinds for _ in range(weight)]
    return " ".join(_fill(rng.choice(rng.choice(pools)), theatre, rng) for _ in range(rng.randint(1, 3)))


def generated_article(rng: random.Random) -> Article:
    """One article of 6-10 paragraphs set in one theatre."""
    theatre = rng.choice(THEATRES)
    title = _fill(rng.choice(HEADLINES), theatre, rng)
    lead = _fill(rng.choice(EVENT_SENTENCES + CONTROL_SENTENCES), theatre, rng)
    paragraphs = [title, lead] + [_paragraph(theatre, rng) for _ in range(rng.randint(6, 10))]
    published = date(2012, 1, 1) + timedelta(days=rng.randrange(4000))
    return Article(title, f"{rng.choice(OUTLETS)} (bench)", published, "\n\n".join(paragraphs))


def example_articles(folder: Path = EXAMPLES) -> list[Article]:
    """The project's own example reports (examples/reports/*.txt), if present."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        meta, body = split_front_matter(text, str(path))
        out.append(Article(meta.title or path.stem, meta.source or "example",
                           meta.published or date(2020, 1, 1), body.strip()))
    return out


def news_articles(megabytes: float = 1.0, seed: int = 2024, include_examples: bool = True) -> list[Article]:
    """Articles whose bodies add up to about `megabytes` MB of UTF-8 text (examples first)."""
    rng = random.Random(seed)
    articles = example_articles() if include_examples else []
    target = int(megabytes * 1_000_000)
    size = sum(len(a.body.encode("utf-8")) for a in articles)
    while size < target:
        article = generated_article(rng)
        articles.append(article)
        size += len(article.body.encode("utf-8"))
    return articles


def as_documents(articles: list[Article]) -> list[Document]:
    """Documents built exactly as ingest builds them from the written .txt files."""
    return [make_document(a.body, f"bench/{i:05d}.txt", published=a.published, source=a.source, title=a.title)
            for i, a in enumerate(articles)]


def write_corpus(folder: Path, articles: list[Article]) -> list[Path]:
    """Write each article as folder/NNNNN.txt with front matter; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, article in enumerate(articles):
        path = folder / f"{i:05d}.txt"
        path.write_text(article.as_text(), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    articles = news_articles(args.mb, args.seed)
    write_corpus(args.out, articles)
    body = sum(len(a.body.encode("utf-8")) for a in articles)
    print(f"{len(articles)} articles, {body / 1e6:.2f} MB, {sum(word_count(a.body) for a in articles)} words "
          f"-> {args.out}")


if __name__ == "__main__":
    main()
