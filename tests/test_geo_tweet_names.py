"""Place names as posts and headlines write them, beyond what NER tags: a hashtag ("#SierraLeone",
"#nigeria", "#KashmirFloods", "#PrayForGaza"), a place run into a title-case headline ("Storm Leaves Kentucky
Families Without Power"), a wire dateline after a headline's colon ("...: DONETSK, Ukraine (AP) —", "BEIRUT: ...")
or after any word when its wire is named ("... - DONETSK (AP) —"), a name written into a hyphenated compound
("pro-Russia", "D-Charleston"), a place named before what happened there ("the Ferguson riot", "the Napa
earthquake"), a well-known place in a stretch written in one case ("flooding in kashmir", "GUN VIOLENCE IN
AMERICA"; a town not well known in lower case when no dictionary holds the word), a name the tagger took for a
common word where a place's name stands (before a place head, "Xville police"; opening a headline before its
colon, "Xville: ..."; a well-known place modifying the noun after it, "X tea pickers"), a town before a person it
tells of ("Xville man charged", "Xville couple opens ...": local news heads its stories so), a name NER ran into
the marks after it as an organisation's ("Xville &amp; ...", "Xville. &gt;": never a common word, "Bill &amp; ...")."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


def _places(mentions) -> dict[str, str]:  # noqa: ANN001 - PlaceMention list
    return {m.surface: m.place.name for m in mentions if m.place is not None}


# (class, text, surface, place): one class per mechanism, five fresh sentences or more each
READ = [
    ("hashtag", "Volunteers needed for the beach cleanup in #PuertoRico this weekend", "PuertoRico", "Puerto Rico"),
    ("hashtag", "Schools stay shut after the storm #NorthCarolinaFloods", "NorthCarolina", "North Carolina"),
    ("hashtag", "Power cuts again tonight across #zimbabwe #loadshedding", "zimbabwe", "Zimbabwe"),
    ("hashtag", "Fans queue for hours outside the stadium #Tokyo2021", "Tokyo", "Tokyo"),
    ("hashtag", "Riot police block the main square #KYIV", "KYIV", "Kyiv"),
    ("hashtag", "Nurses walk out over unpaid wages #KenyaStrike", "Kenya", "Kenya"),
    ("hashtag", "Boats still searching off the coast #NewZealand", "NewZealand", "New Zealand"),
    ("hashtag, a later word", "Thoughts with every family tonight #StandWithHaiti", "Haiti", "Haiti"),
    ("hashtag, a later word", "Donations stay open until Friday #HelpNepal", "Nepal", "Nepal"),
    ("hashtag, a later word", "Tickets sold out within minutes #WeLoveLisbon", "Lisbon", "Lisbon"),
    ("hashtag, a later word", "Relief trucks leave at dawn #Floods2024Pakistan", "Pakistan", "Pakistan"),
    ("hashtag, a later word", "Still no word from my cousins #ThinkingOfChile", "Chile", "Chile"),
    ("headline", "Storm Damage Leaves Kentucky Families Without Power", "Kentucky", "Kentucky"),
    ("headline", "Officials Say Haiti Recovery Still Slow Five Years On", "Haiti", "Haiti"),
    ("headline", "Massive Protest Fills Madrid Streets Over Rent Prices", "Madrid", "Madrid"),
    ("headline", "Floodwaters Cut Off Bangladesh Villages For A Week", "Bangladesh", "Bangladesh"),
    ("headline", "Heatwave Leaves Greece Farmers Counting Losses", "Greece", "Greece"),
    ("dateline", "Ceasefire talks stall: DONETSK, Ukraine (AP) — Shelling resumed overnight.", "DONETSK", "Donetsk"),
    ("dateline", "Aid convoy reaches border: GENEVA (Reuters) - The agency said trucks crossed.", "GENEVA", "Geneva"),
    ("dateline", "Port strike enters second week. BEIRUT: Dock workers rejected the offer.", "BEIRUT", "Beirut"),
    ("dateline", "Rally planned for Saturday: NAIROBI: Organisers expect thousands.", "NAIROBI", "Nairobi"),
    ("dateline", "Bridge reopens after repairs. MANILA: Traffic flowed again on Monday.", "MANILA", "Manila"),
    ("dateline, its wire named", "Grain talks stall again - ANKARA, Turkey (Reuters) - Officials met on Monday.",
     "ANKARA", "Ankara"),
    ("dateline, its wire named", "Fuel queues grow longer LAGOS (Reuters) - Drivers waited all night.", "LAGOS",
     "Lagos"),
    ("dateline, its wire named", "Rains cut the main road - DHAKA (AP) — Floodwaters rose through the week.", "DHAKA",
     "Dhaka"),
    ("dateline, its wire named", "Dock strike ends at last - MOMBASA, Kenya (AFP) - Cranes moved again on Tuesday.",
     "MOMBASA", "Mombasa"),
    ("dateline, its wire named", "Blackouts spread KHARKIV, Ukraine (AP) — Explosions shook the east side.", "KHARKIV",
     "Kharkiv"),
    ("hyphen", "Rep. Lena Ford, D-Chicago, praised the ruling.", "Chicago", "Chicago"),
    ("hyphen", "Gunfire was heard as pro-Iran militias moved into the square.", "Iran", "Iran"),
    ("hyphen", "Volunteers from pro-Kyiv groups handed out bread.", "Kyiv", "Kyiv"),
    ("hyphen", "Anti-Tehran slogans were painted on the wall overnight.", "Tehran", "Tehran"),
    ("hyphen", "Her brother teaches chemistry at the University of Texas-Austin now.", "Austin", "Austin"),
    ("hyphen", "She coaches at the University of Colorado-Denver these days.", "Denver", "Denver"),
    ("event", "A documentary about the Moore tornado aired on Sunday.", "Moore", "Moore"),
    ("event", "Historians still argue about the Ludlow massacre.", "Ludlow", "Ludlow"),
    ("event", "Three arrests followed the Tottenham riots last night.", "Tottenham", "Tottenham"),
    ("event", "Farmers were compensated after the Bam earthquake.", "Bam", "Bam"),
    ("event", "Insurance claims from the Lismore floods piled up.", "Lismore", "Lismore"),
    ("one case", "PRAYERS FOR EVERYONE IN MEXICO AFTER THE QUAKE", "MEXICO", "Mexico"),
    ("one case", "NO WATER IN DELHI FOR THE THIRD DAY", "DELHI", "Delhi"),
    ("one case", "FANS TRAVEL TO MADRID FOR THE FINAL", "MADRID", "Madrid"),
    ("one case", "We felt the shaking all the way in edinburgh last night.", "edinburgh", "Edinburgh"),
    ("one case", "We spent the whole week in krakow and loved it.", "krakow", "Kraków"),
    ("one case, tagged a noun", "heavy rain caused a flood in peshawar last night, roads are gone", "peshawar",
     "Peshawar"),
    ("one case, tagged a noun", "my cousin got stuck in a tornado in wichita lol", "wichita", "Wichita"),
    ("one case, tagged a noun", "worst snowstorm ever in winnipeg this week, stay safe everyone", "winnipeg",
     "Winnipeg"),
    ("one case, tagged a noun", "a landslide blocked the highway near quetta this morning", "quetta", "Quetta"),
    ("one case, tagged a noun", "power has been out since noon in tucson, send help", "tucson", "Tucson"),
    ("one case, a rare word", "hail the size of golf balls fell in dubbo this afternoon", "dubbo", "Dubbo"),
    ("one case, a rare word", "the ice storm knocked out every light in chillicothe tonight", "chillicothe",
     "Chillicothe"),
    ("one case, a rare word", "sirens went off twice near mildura before the storm hit", "mildura", "Mildura"),
    ("one case, a rare word", "a water main burst on the high street in tamworth", "tamworth", "Tamworth"),
    ("one case, a rare word", "my aunt says the river is over its banks in keswick", "keswick", "Keswick"),
    ("tagged a common word", "Smithfield residents complained about the smell.", "Smithfield", "Smithfield"),
    ("tagged a common word", "Greenock residents lost power overnight.", "Greenock", "Greenock"),
    ("tagged a common word", "Toowoomba police are hunting a thief.", "Toowoomba", "Toowoomba"),
    ("tagged a common word", "Bendigo residents were warned of smoke.", "Bendigo", "Bendigo"),
    ("tagged a common word", "Reading police have named the victim.", "Reading", "Reading"),
    ("tagged a common word", "Mandalay: monks marched past the palace walls.", "Mandalay", "Mandalay"),
    ("tagged a common word", "Kharkiv: trams stopped after the strike on the depot.", "Kharkiv", "Kharkiv"),
    ("tagged a common word", "Benghazi: gunmen stormed a clinic overnight.", "Benghazi", "Benghazi"),
    ("tagged a common word", "Sanaa: queues for petrol stretched for miles.", "Sanaa", "Sanaa"),
    ("tagged a common word", "Herat: a landslide blocked the main pass.", "Herat", "Herāt"),
    ("person head", "Spokane woman finds a rattlesnake in her kitchen.", "Spokane", "Spokane"),
    ("person head", "Boulder teen missing since Friday, family says.", "Boulder", "Boulder"),
    ("person head", "Amarillo woman wins a new truck at the fair.", "Amarillo", "Amarillo"),
    ("person head", "Chattanooga couple opens a bakery downtown.", "Chattanooga", "Chattanooga"),
    ("person head", "Duluth girl writes a letter to the mayor.", "Duluth", "Duluth"),
    ("person head", "Gastonia woman hurt when a tree fell on her car.", "Gastonia", "Gastonia"),
    ("modifier tagged a common word", "Lagos female teachers demand unpaid wages", "Lagos", "Lagos"),
    ("modifier tagged a common word", "Update: Punjab health officials confirm a dengue spike", "Punjab", "Punjab"),
    ("modifier tagged a common word", "Assam tea pickers walk out over wages", "Assam", "Assam"),
    ("modifier tagged a common word", "Essex cattle herds tested for the virus", "Essex", "Essex"),
    ("modifier tagged a common word", "Peshawar shopkeepers close their stalls", "Peshawar", "Peshawar"),
    ("modifier tagged a common word", "Dorset coastguard crews search for a kayaker", "Dorset", "Dorset"),
    ("name run into marks", "Sirens went off in Dayton &amp; nobody knows why.", "Dayton", "Dayton"),
    ("name run into marks", "Ebola is gone, US &amp; Cuba good now.", "US", "United States"),
    ("name run into marks", "Floods again between Lowell &amp; the river towns", "Lowell", "Lowell"),
    ("name run into marks", "Eugene OR Cyclists &amp; Walkers rally today", "OR", "Oregon"),
    ("name run into marks", "Ice on the Thames &amp; the fire at the docks", "Thames", "Thames"),
    ("name run into marks", "Shootings keep rising in places like Memphis &amp; nobody cares", "Memphis", "Memphis"),
    ("name run into marks", "A 4.1 quake struck 6km east of Orkney. &gt;&gt; http://t.co/x", "Orkney", "Orkney"),
]

# (class, text, word): what each mechanism must leave alone
LEFT = [
    ("hashtag", "Join the walk on Sunday #SaveTheBees #police", "Save"),
    ("hashtag", "Join the walk on Sunday #SaveTheBees #police", "police"),
    ("hashtag", "Another quiet evening #news #music #tornado", "tornado"),
    ("hashtag", "Sign the letter today #FreeAll #CanWeTalk", "Free"),
    ("hashtag", "Sign the letter today #FreeAll #CanWeTalk", "Can"),
    ("hashtag", "Tune in at nine #IS #AP", "IS"),
    ("hashtag, a later word", "Come along after work #MeetUsThere", "Us"),
    ("hashtag, a later word", "Registration closes soon #BackToSchool", "School"),
    ("headline", "Activist Cornel West Speaks To Students Tonight", "West"),
    ("headline", "Ole Miss Rebels Win Again At Home", "Miss"),
    ("headline", "Grand Jury Indicts Man In Warehouse Theft", "Man"),
    ("headline", "Council Member Trent Polk Concluded His Remarks", "Polk"),
    ("headline", "Free Tickets For The Spring Show Go Fast", "Free"),
    ("dateline", "Road closed downtown. UPDATE: Crews expect to reopen it by noon.", "UPDATE"),
    ("dateline", "Heavy rain tonight. WARNING: Stay away from the river banks.", "WARNING"),
    ("dateline", "New figures out: BREAKING: Prices rose again in March.", "BREAKING"),
    ("dateline, its wire named", "Fans queue all night - MUST SEE (VIDEO) - The line reached the bridge.",
     "MUST SEE"),
    ("dateline, its wire named", "Prices jump again - ANALYSIS (Reuters) - Traders expect more.", "ANALYSIS"),
    ("hyphen", "Anne-Marie Duval spoke first at the hearing.", "Marie"),
    ("hyphen", "Jean-Paul Martin won the race by a minute.", "Paul"),
    ("hyphen", "The Six-Day War redrew the border.", "Day"),
    ("event", "The Tuesday protest ended peacefully before dusk.", "Tuesday"),
    ("one case", "She is interested in reading history at college.", "reading"),
    ("one case", "Traffic crawled in metro Atlanta all evening.", "metro"),
    ("one case", "Waves battered homes on the east coast overnight.", "east"),
    ("one case", "They lost their way in the jungle near the border.", "jungle"),
    ("one case, tagged a noun", "we were stuck in traffic near the bridge for hours", "traffic"),
    ("one case, tagged a noun", "the whole plan is in limbo until the vote", "limbo"),
    ("one case, tagged a noun", "my phone fell in a puddle near the station", "puddle"),
    ("one case, tagged a noun", "we sat in silence near the gate until dawn", "silence"),
    ("one case, tagged a noun", "the kids ran off in bare feet to the river", "bare"),
    ("one case, a rare word", "my shoulders are in knots after that drive", "knots"),
    ("one case, a rare word", "grab me a drink at wal-mart on the way home", "wal"),
    ("one case, a rare word", "the whole team was in tears by the final whistle", "tears"),
    ("one case, a rare word", "he left the keys in kevin's car again", "kevin"),
    ("one case, a rare word", "stuck in lockdown again with nothing to do", "lockdown"),
    ("tagged a common word", "State police closed the highway after the crash.", "State"),
    ("tagged a common word", "Come flood or drought, the farm will stay open.", "Come"),
    ("tagged a common word", "Mass protests filled the square on Friday.", "Mass"),
    ("tagged a common word", "Yeah tornado season again, stay safe everyone.", "Yeah"),
    ("tagged a common word", "Fans Cheer As Parking Lot Riot Ends Quietly", "Lot"),
    ("tagged a common word", "Notice: the clinic opens late on Monday.", "Notice"),
    ("person head", "A Hamas man was detained at the crossing.", "Hamas"),
    ("person head", "Two Wagner men were seen near the airport.", "Wagner"),
    ("person head", "A Labour man won the seat in the end.", "Labour"),
    ("person head", "Every Tuesday men gather at the cafe.", "Tuesday"),
    ("person head", "A Taliban man fired at the convoy.", "Taliban"),
    ("modifier tagged a common word", "Western diplomats met the envoy on Monday", "Western"),
    ("modifier tagged a common word", "Mercy volunteers handed out blankets", "Mercy"),
    ("modifier tagged a common word", "Bay leaves and rice were handed out", "Bay"),
    ("modifier tagged a common word", "Storm Chasers Film Giant Funnel Near Highway", "Giant"),
    ("name run into marks", "Students at the University of Kent protested.", "University"),
    ("name run into marks", "Money came from the Bill &amp; Melinda Gates Foundation again", "Bill"),
    ("name run into marks", "Clinics test for HIV &amp; hepatitis every week", "HIV"),
]


@pytest.mark.parametrize(("kind", "text", "surface", "place"), READ)
def test_a_place_name_as_posts_and_headlines_write_it_is_read(geoparse, kind, text, surface, place):
    assert _places(geoparse(text)).get(surface) == place, kind


@pytest.mark.parametrize(("kind", "text", "word"), LEFT)
def test_a_common_word_or_a_small_towns_name_written_so_is_no_place(geoparse, kind, text, word):
    assert word not in _places(geoparse(text)), kind
