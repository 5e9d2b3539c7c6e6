"""Word lists the count rules read. Data only: the rules in counts.py turn these into
compiled patterns once, at import.

Each table is a list of regex fragments (matched case-insensitively unless said
otherwise), so a new munition, verb or victim group is one line here.
"""

from __future__ import annotations

# Munition head nouns and the class each names. Order matters: longer names first.
MUNITION_HEADS: list[tuple[str, str]] = [
    (r"mortar\s+(?:shells?|rounds?|rds|bombs?)", "mortar"),  # (a sitrep's "9x 82mm mortar rds")
    # ("seven rounds of 82mm mortar were fired")
    (r"(?:rounds?|shells?|bombs?)\s+of\s+(?:\d+\s*mm\s+)?mortars?", "mortar"),
    (r"artillery\s+(?:shells?|rounds?)", "shell"),
    (r"tank\s+(?:shells?|rounds?)", "shell"),
    (r"(?:unmanned|uncrewed)\s+aerial\s+(?:vehicles?|systems?)|(?:unmanned|uncrewed)\s+aircraft(?:\s+systems?)?", "drone"),
    (r"(?:unmanned|uncrewed)\s+(?:surface\s+)?(?:vessels?|boats?)|(?:explosive-laden|kamikaze|remote-controlled)\s+boats?|usvs?|drone\s+boats?|(?:naval|sea|water-?borne)\s+drones?", "drone"),
    (r"loitering\s+munitions?", "drone"),
    # the Israeli army's word for a drone; air forces count "aerial targets"
    (r"hostile\s+aircraft|(?:hostile\s+|suspicious\s+)?aerial\s+(?:targets?|objects?)|air\s+targets?|"
     r"(?:micro\s+)?air\s+vehicles?|micro\s+aerial\s+vehicles?|flying\s+objects?", "drone"),
    (r"suicide\s+drones?|kamikaze\s+drones?", "drone"),
    (r"glide\s+bombs?|guided\s+bombs?|aerial\s+bombs?|barrel\s+bombs?|kabs?|fabs?|umpks?", "bomb"),
    (r"(?:precision-)?guided\s+munitions?|munitions?", "bomb"),
    (r"rocket-propelled\s+grenades?|rpgs?", "rocket"),
    (r"grenades?", "grenade"),
    (r"rockets?|katyushas?|grads?|qassams?|fajr-?\d*s?", "rocket"),
    # the US Navy's abbreviations: anti-ship ballistic and cruise missiles
    (r"asbms?|ascms?", "anti-ship missile"),
    (r"missiles?|iskander-ms?(?!\s+(?:ballistic\s+)?missiles?)|iskanders?|kinzhals?|kalibrs?|tochkas?|scuds?|tomahawks?|atacms|storm\s+shadows?|fattahs?|kh-?\d+s?|"
     # short-, medium-, intermediate-range and intercontinental ballistic missiles, as
     # briefings abbreviate them; anti-tank guided missiles
     # (an alert desk's "1 BM": a ballistic missile)
     r"srbms?|mrbms?|irbms?|icbms?|slbms?|atgms?|bms?", "missile"),
    (r"drones?|uavs?|uas|shaheds?|gerans?|quadcopters?|lancets?", "drone"),
    (r"mortars?", "mortar"),
    (r"shells?|rounds?", "shell"),
    (r"projectiles?", "projectile"),
    # alert and army timelines count launches ("another two launches were identified"):
    # each is one munition fired; plural only ("a launch site" is no munition)
    (r"launches", "projectile"),
    # ... and so does one: "One launch was intercepted" (only before a verb or a mark, which
    # counts.py checks: "a launch site", "two launch cells" are no munitions)
    (r"launch", "projectile"),
    # the Ukrainian air force's umbrella term for missiles and drones together
    (r"air\s+attack\s+(?:assets|weapons|vehicles|means|targets)|means\s+of\s+air\s+attack|aerial\s+weapons", "projectile"),
    (r"bombs?", "bomb"),
    # what a drone drops: "used a drone to drop two explosives on the base" (a planted
    # "explosive device" is no munition fired)
    (r"explosives", "bomb"),
    # (translated Spanish: "launched 16 explosive artifacts from drones")
    (r"explosive\s+artifacts?|explosive\s+artefacts?", "bomb"),
    # what a drone drops: "dropped six explosive charges"; "charges" alone only as it blows
    # up or falls ("two of the charges exploded"; "faces charges" is a court's)
    # (not what a drone carries: "a craft usually fitted with an explosive charge", "drones
    # adapted with explosive charges")
    (r"explosive(?<!with\san\sexplosive)(?<!with\sexplosive)\s+charges?|charges?(?=\s+(?:exploded|detonated|fell|landed|hit|struck|went\s+off))", "bomb"),
]

# Modifiers that refine a class ("ballistic missiles" -> ballistic missile).
CLASS_REFINERS: list[tuple[str, str, str]] = [
    (r"\bballistic\b|iskander|kinzhal|tochka|scud|fattah|atacms|\bbms?\b", "missile", "ballistic missile"),
    (r"\bcruise\b|\bkh-?\d+|kalibr|tomahawk|storm\s+shadow", "missile", "cruise missile"),
    (r"anti-?ship", "missile", "anti-ship missile"),
    (r"\bmortar", "shell", "mortar"),
    (r"\bmortar", "bomb", "mortar"),
]

# Words that turn a munition noun into a modifier of something else ("a rocket attack").
MUNITION_NOT_HEAD_AFTER = (
    r"attacks?|strikes?|fire|launchers?|launch(?:es)?|launching|launch\s+sites?|sites?|bases?|units?|"
    r"systems?|batter(?:y|ies)|defen[cs]es?|interceptors?|alerts?|sirens?|warnings?|boats?|"
    r"squads?|teams?|operators?|crews?|programm?e?s?|factory|factories|production|threats?|"
    r"barrages?|salvos?|campaign|war|warfare|forces?|brigades?|battalions?|depots?|stockpiles?|"
    r"arsenal|parts|components|technology|experts?|makers?|manufactur\w*|fragments?|debris|"
    r"remnants?|pieces?|wreckage|casings?|carriers?|boat|of\s+talks|of\s+negotiations|"
    r"of\s+(?:fighting|talks|voting|sanctions|strikes|attacks)|per\s+(?:day|minute|hour)|"
    # ("destroyed a drone workshop": where they are made or kept)
    r"workshops?|plants?|warehouses?|hangars?|facilit(?:y|ies)|assembly|storage|"
    # small-arms fire: "fired around 40 rounds from automatic weapons"
    r"(?:from|of)\s+(?:an?\s+|their\s+)?(?:automatic|small|assault|heavy\s+machine|machine)[\s-]+(?:weapons?|arms|rifles?|guns?)(?:\s+fire)?|"
    r"(?:from|of)\s+(?:an?\s+)?(?:rifles?|pistols?|ak-47s?|kalashnikovs?)"
)

# A munition noun with one of these nearby is the defence's, not the attack's.
INTERCEPTOR_MARKS = (
    r"interceptors?|patriot|iron\s+dome|thaad|arrow|david['’]s\s+sling|nasams|iris-t|"
    r"sm-\d|tamir|surface-to-air|air[- ]defen[cs]e|anti-aircraft|anti-air|pantsir|sea\s+ceptor|"
    # (not the S-300: Russia fires it at Kharkiv as a ground-attack missile)
    r"stinger|aster\s+(?:15|30)\b|standard\s+missiles?|buk(?:-m\d)?\b|tor-m\d"
)

# Words allowed between a number and its noun.
NOUN_MODIFIERS = (
    r"more|other|additional|further|new|long-range|short-range|medium-range|guided|unguided|"
    r"suicide|kamikaze|attack|armed|explosive|hostile|enemy|incoming|heavy|large|small|gallant|brave|heroic|valiant|"
    r"ballistic|cruise|hypersonic|supersonic|artillery|mortar|tank|howitzer|precision|"
    r"unmanned|aerial|one-way|loitering|rocket|missile|tactical|strategic|air|naval|"
    r"improvised|homemade|artisanal|makeshift|locally|made|armed|explosives|fixed-wing|combat|reconnaissance|"
    r"surveillance|anti-ship|anti-tank|air-launched|sea-launched|ground-launched|"
    r"surface-to-surface|separate|total|further|remaining|unidentified|suspected|"
    r"innocent|unarmed|elderly|young|off-duty|on-duty|foreign|local|"
    r"american|israeli|iraqi|iranian|russian|ukrainian|syrian|lebanese|palestinian|"
    r"jordanian|yemeni|saudi|emirati|kurdish|turkish|afghan|pakistani|somali|nigerian|"
    r"libyan|sudanese|ethiopian|british|french|german|us|u\.s\.|uk|un|nato|coalition|"
    r"government|army|military|police|security|border|militia|rebel|private|civilian|"
    r"emergency|rescue|civil|medical|humanitarian|aid|senior|junior|high-ranking|top|"
    r"strike|decoy|imitator|quadcopter|drone|fpv|jet-powered|ground|sea|naval|maritime|"
    r"multiple|various|unarmed|mobile|fresh|live|dud|primitive|commercial|modified|single|lone|"
    # armed groups' statements: "a number of appropriate naval missiles"
    r"appropriate|suitable|winged|qualitative|uniformed|shahed|"
    # AUSSOM's "indirect fire rounds"
    r"indirect|fire|indirect-fire|"
    # a person's fate before the noun: "a dead driver and two wounded passengers"
    r"dead|wounded|injured|"
    r"other|more|the|his|her|their|its"
)

# Victim head nouns (people a casualty count is about) and their plain-English group.
VICTIM_HEADS: list[tuple[str, str]] = [
    (r"service\s*members?|servicemembers?|servicem[ae]n|service\s+personnel", "service members"),
    (r"security\s+(?:forces?|personnel|guards?|officers?)", "security forces"),
    # (translated Spanish: "seven more uniformed resulted wounded")
    # (translated French: "two agents of the Haitian National Police")
    # (Ecuador's "police servants", servidores policiales)
    (r"police\s*(?:officers?|m[ae]n|wom[ae]n|agents?|servants?)?|policem[ae]n|officers?|cops?|uniformed|agents?", "police"),
    (r"soldiers?|troops?|servicewom[ae]n|marines?|airm[ae]n|sailors?|guardsm[ae]n|conscripts?|"
     r"reservists?|paratroopers?|commanders?|officials?|peshmerga|gendarmes?|border\s+guards?|"
     r"lieutenants?|sub-lieutenants?|sergeants?|corporals?|captains?|peacekeepers?|rangers?|troopers?|"
     # India's army: "Two Bravehearts ... made the supreme sacrifice", "an Agniveer was injured"
     r"bravehearts?|agniveers?|"
     # ISPR's "seven brave sons of the soil embraced shahadat"
     r"sons\s+of\s+(?:the\s+)?soil|"
     # Burkina's auxiliaries, "20 VDP"; translated Spanish "two elements of the Mexican Army"
     r"vdps?|elements(?=\s+of\s)", "soldiers"),
    # (a sitrep's "civ": "2x civ KIA")
    # (a log's "LN", a local national: "1x LN KIA")
    (r"civilians?|civs?|lns?|residents?|villagers?|inhabitants?|passers?-?by|bystanders?|locals?|"
     r"neighbou?rs?", "civilians"),
    (r"children|child|kids?|boys?|girls?|infants?|babies|baby|teen(?:ager)?s?|minors?|toddlers?|adolescents?", "children"),
    (r"women|woman|men|man|people|persons?|individuals?|adults?|others?|victims?|family\s+members?|"
     r"relatives?|colleagues?|patients?|pilgrims?|worshippers?|shepherds?|farmers?|peasants?|fisherm[ae]n|students?|pupils?|"
     r"passengers?|journalists?|reporters?|photographers?|paramedics?|medics?|doctors?|nurses?|"
     r"rescuers?|firefighters?|aid\s+workers?|workers?|teachers?|drivers?|pilots?|operators?|"
    r"porters?|vendors?|sellers?|traders?|shopkeepers?|labou?rers?|engineers?|technicians?|"
    r"riders?|motorcyclists?|cyclists?|pedestrians?|motorists?|tappers?|"
    r"saudis?|emiratis?|azerbaijanis?|armenians?|georgians?|indians?|egyptians?|turks?|"
    r"bangladeshis?|filipinos?|thais?|staff(?:\s+members?)?|employees?|"
     r"volunteers?|guards?|crew(?:\s+members?)?|crewm[ae]n|seam[ae]n|seafarers?|mariners?|contractors?|"
     r"americans?|israelis?|palestinians?|iraqis?|iranians?|syrians?|lebanese|ukrainians?|"
     r"russians?|yemenis?|jordanians?|kurds?|afghans?|pakistanis?|somalis?|nigerians?|"
     r"sudanese|ethiopians?|libyans?|nationals?|citizens?|migrants?|refugees?|settlers?|"
     # ("three Ugandans were confirmed dead")
     r"ugandans?|kenyans?|rwandans?|burundians?|tanzanians?|congolese|nepalis?|chadians?|malians?|cameroonians?|"
     r"hostages?|detainees?|prisoners?|elderly|constables?|patrolm[ae]n|jawans?|herders?|herdsm[ae]n|nomads?|"
     r"miners?|tourists?|visitors?|guests?|mourners?|shoppers?|commuters?|worshipers?|monks?|"
     # (a group told by its faith: "killed more than 50 Christians")
     r"christians?|muslims?|hindus?|sikhs?|yazidis?|parishioners?|congregants?|"
     r"clerics?|imams?|priests?|protesters?|demonstrators?|displaced\s+(?:people|persons)|idps|cadets?|"
     r"recruits?|rangers?|wardens?|deminers?|sappers?|elders?|"
     r"cleaners?|bakers?|butchers?|builders?|gardeners?|watchm[ae]n|janitors?|mechanics?|electricians?|"
     r"owners?|occupants?|tenants?|caretakers?|attendants?|"
     r"waiters?|cooks?|tailors?|barbers?|nuns?|linem[ae]n|dockworkers?|boatm[ae]n|conductors?|dispatchers?|"
     r"comrades?|crewmates?|shipmates?|vigilantes?|businessm[ae]n|businesswom[ae]n|(?:sub-)?inspectors?|advis[eo]rs?|"
     # kin: "wounding his two sisters", "killing her three sons"
     r"sons?|daughters?|brothers?|sisters?|wife|wives|husbands?|cousins?|nephews?|nieces?|grandchildren|"
     r"grandsons?|granddaughters?|parents?|mothers?|fathers?|grandmothers?|grandfathers?|uncles?|aunts?|"
     # "an 18-year-old was shot dead": a person named by age alone
     # (its first digit spelled out as literal alternatives: a bare \d would open the
     # head words' first-character gate to every position)
     r"(?:1|2|3|4|5|6|7|8|9)\d{0,2}-year-olds?", "people"),
    (r"militants?|fighters?|gunmen|gunman|insurgents?|rebels?|jihadists?|terrorists?|suspects?|apostates?|"
     r"attackers?|assailants?|operatives?|combatants?|militiamen|militia\s+members?|"
     r"members?|personnel|fighters|khwarij|khawarij|kharijis?|enemies|enemy\s+fighters|"
     r"bandits?|gangsters?|gang\s+members?|separatists?|kidnappers?|"
     # (Somalia's "Khawaarij", a claim's "killed 11 mercenaries", Colombia's "guerrillas")
     r"khawaarij|khawaarijs|mercenaries|mercenary|guerrillas?|extremists?|dissidents?|"
     # ("an estimated 15 to 20 Afghan Taliban and khwarij were killed")
     r"taliban", "fighters"),
]

# Possessives and adjectives that name the victims' side ("Iraq's security forces").
DEMONYMS: dict[str, str] = {
    "iraq": "Iraqi", "iran": "Iranian", "israel": "Israeli", "syria": "Syrian",
    "lebanon": "Lebanese", "ukraine": "Ukrainian", "russia": "Russian", "jordan": "Jordanian",
    "yemen": "Yemeni", "afghanistan": "Afghan", "pakistan": "Pakistani", "somalia": "Somali",
    "nigeria": "Nigerian", "libya": "Libyan", "sudan": "Sudanese", "ethiopia": "Ethiopian",
    "turkey": "Turkish", "america": "American", "the us": "US", "the u.s.": "US",
    "saudi arabia": "Saudi", "egypt": "Egyptian", "gaza": "Gazan",
}

# Group names that stand for their members ("five members of the Guard were killed").
GROUP_ALIASES: list[tuple[str, str]] = [
    (r"islamic\s+revolutionary\s+guards?\s+corps|revolutionary\s+guards?|irgc|the\s+guards?", "IRGC members"),
    (r"hezbollah", "Hezbollah members"),
    (r"hamas", "Hamas members"),
    (r"islamic\s+state|isis|isil|daesh", "IS members"),
]

# Launch, intercept and impact verbs, in the forms met after the munition noun
# ("15 rockets were fired", "two fell") and before it ("fired 15 rockets").
LAUNCH_AFTER = (
    r"fired|launched|shot(?!\s+down)|lobbed|dropped(?!\s+out\b)|hurled|used|aimed|directed|deployed|took\s+off|"
    # (not the wounded "sent to Cox's Bazar Sadar Hospital")
    r"sent(?!\s+(?:home|to\s+[^.,;]{0,50}?(?:hospital|clinic|medical|health|trauma|care)))|"
    # a witness's "Seven bombs came in, one after the other"
    r"came\s+in(?=[\s,.;:!?”\"’'])(?!\s+(?:for|on|at\s+(?:number|no\.?)|second|third|last|first|handy|useful))|"
    # (not the wounded "flown by helicopter to the hospital")
    r"targeted|targeting|attacked|attacking|were\s+aimed|flown(?!\s+by\s+(?:helicopter|plane|air))|flew|"
    # headline present: "Three Katyusha rockets target Baghdad airport"
    r"target(?=\s+[\w\"“])|targets(?=\s+[\w\"“])|"
    r"launching|firing|rained\s+down|crossed|crossing|identified|detected|spotted|tracked|"
    # ("Eleven Russian drones entered Polish airspace")
    r"entered(?=\s+(?:[\w-]+\s+){0,2}?(?:airspace|territory)\b)|"
    # headline present: "three drones cross from Lebanon"
    r"cross(?:es)?(?=\s+(?:from|into|over)\b)|"
    # "two drones approached the airport": in flight toward it
    r"approached|approaching|flying\s+(?:towards?|at|over|into)|"
    # "two drones appeared over the town", "hovered over the market": seen in flight there
    r"(?:appeared|hovered)\s+(?:over|above)|"
    # "five quadcopters had been seen over the building", '"at least nine" drones had been counted'
    r"sighted|seen\s+(?:over|above|flying|approaching|heading)|counted(?!\s+(?:as|among))|"
    # a sitrep's "3x loitering UAVs inbound": in flight toward their target
    # (not "three inbound flights diverted": aircraft landing somewhere else)
    r"inbound(?!\s+(?:flights?|passengers?|traffic|trains?|ships?|vessels?|calls?|tourists?|cargo))|"
    # (not with an object: "both hospitals recorded them" tells who counted, not what flew)
    r"observed(?!\s+to\s+(?:impact|hit|strike|land|fall))|(?:registered|recorded)(?!\s+(?:them|it|him|her|the|their|its|his)\b)|"
    # "nine drones were involved in the attack", "seven sea drones took part in the operation"
    r"involved|(?:took|taken|taking)\s+part\s+in|"
    # "two drones loaded with explosives attempted to attack the base"
    r"(?:attempted|tried)\s+to\s+(?:attack|strike|hit|target)"
)
LAUNCH_BEFORE = (
    r"fired|fires|fire|firing|launched|launches|launch|launching|shot|shoots|shooting|lobbed|"
    r"dropped|dropping|drop|drops|hurled|sent|sending|used|using|deployed|employed|fired\s+off|"
    r"unleashed|unleashing|let\s+loose|rained|raining|"
    r"(?:targeted|attacked|hit|struck|pounded|bombarded|rocked|hammered)\s+by|"
    r"(?:came|come|comes|coming)\s+under\s+(?:fire|attack)\s+(?:from|by)|"
    r"(?:barrage|salvo|volley|wave|swarm|series|total|launch|launches|firing)\s+of|"
    # a wave told apart, its size between commas: "The first wave, of roughly 60 missiles,",
    # "The second, of around 40 missiles, came", "A second barrage ... numbered 25 rockets"
    r"(?:barrage|salvo|volley|wave|first|second|third|fourth|fifth|last|final),\s+of|numbered|numbering|"
    # translated copy's "the fall of five shells on the town": where they came down
    r"(?:the\s+)?(?:fall|falling)\s+of|"
    # a briefer's "Our count right now is seven rockets"
    r"(?:our|the|their|its)\s+count\s+(?:right\s+now\s+|so\s+far\s+|now\s+)?(?:is|was|stands\s+at)|"
    r"faced|facing|endured|enduring|monitored|detected|tracked|spotted|sighted|sighting|seen|saw|released|"
    # (translated copy: "targeted with the use of 6 (six) missiles")
    r"(?:with|by)\s+the\s+use\s+of|"
    # Sudan's army "dealt with 16 hostile drones": engaged them, with no outcome told
    r"dealt\s+with|"
    # "The missiles were four Kh-101 cruise missiles ... and two Iskander-M": the launch, by type
    # ("the barrages included roughly 85 rockets")
    r"(?:the|these|those)\s+(?:missiles|drones|rockets|projectiles|munitions|barrages?|salvos?|waves?|attacks?)\s+(?:were|included|comprised)|"
    # "Local officials counted 14 FPV drones over the city"
    r"counted|identified|observed|(?<=we\s)count|"
    # "an attack involving nine drones", "an attack by three drones", "flew three quadcopters"
    # (not "repelled an attack by 19 drones": downed, told by the verb before)
    # a wave that "combined 15 cruise missiles" with drones; "after a night of 112 drones"
    r"combined|(?<=a\s)night\s+of|"
    # "a motorcycle bomb ..., followed by at least six drones over the next hour"; a
    # witness's "There were three drones"
    r"followed\s+by|there\s+were|"
    # "the strike was carried out by 3 drones", "the vessel was approached by two USVs"
    r"(?:carried\s+out|conducted|executed|launched|approached)\s+by|"
    # an armed group's statement: "The operation was carried out with a ballistic missile"
    r"(?:carried\s+out|conducted|executed)\s+(?:with|using)|"
    # (translated copy: "the ship was the target of three anti-ship ballistic missiles")
    r"(?:was|were)\s+the\s+targets?\s+of|"
    r"involving|involved|(?:attacks?(?<!repelled an attack)(?<!repulsed an attack)(?<!thwarted an attack)"
    r"(?<!foiled an attack)|raids?|strikes?)\s+by|flew|flying|flown"
)
# Launch verbs separated from the figure by their object: "attacked Kyiv overnight with".
LAUNCH_BEFORE_FAR = (
    r"(?:targeted|targeting|targets|target|attacked|attacking|attacks|attack|struck|striking|"
    r"strikes|hit|hits|hitting|pounded|pounding|pounds|pound|shelled|shelling|shells|bombarded|"
    r"bombarding|bombards|bombed|bombing|rocked|hammered|hammers|raided|fired|launched|firing)"
    # (an ordinal or a day may sit in between: "the headquarters of the 91st Division",
    # "on the night of February 10"; any other figure is a count of its own)
    # (a clock time too: "targeted a car ... at 10:25 this morning with a guided missile")
    # (and a station's number: "attacked the No. 2 Police Station ... with 14 drones")
    # (an adverbial set off by commas: "targeted, at dawn today Thursday, with nine (9) drones")
    # (and an abbreviation's points: "attacked U.S. and Coalition forces at ... with three")
    r"(?:,?\s+(?:[^;.:\d]|\b(?i:u\.s|u\.k|u\.n)\.|\d{1,3}(?:st|nd|rd|th)\b|\d{1,2}:\d\d\b|(?<=\s[ap])\.m\.|(?<=\s[ap]\.m)\.|\d{1,2}\.\d{1,2}\b(?:\.\d{4}\b)?|(?<=\bno)\.\s?\d{1,4}\b|(?<=\bno\s)\d{1,4}\b|(?<=[a-z]{3}\s)\d{1,2}\b(?!\s*[-–]?\s*(?:[a-z]+\s+)?(?:drones|missiles|rockets|shells)))"
    # ("loaded with six rockets" tells what a launcher held)
    r"{1,120}?)?\s+[“\"]?(?<!loaded\s)(?<!laden\s)(?<!armed\s)(?<!packed\s)(?<!followed\s)(?:by|with|using)"  # a quote may open at "with"
    # (after a munition with no figure: "attacked Ukraine with cruise missiles and nearly a hundred drones")
    r"(?:\s+(?:[a-z-]+\s+){0,2}?(?:missiles|rockets|drones|uavs|shells|bombs)\s+and)?"
    # translated copy puts the target first: "launched against the installation at least 12 drones"
    # (the target's words hold no clause of their own: not "launched at the depot and that three of them")
    r"|(?:launched|fired)\s+(?:against|at|on|towards?|from)\s+(?:the\s+)?"
    r"(?:(?!(?:and|or|but|that|which|while|when|where|as|of|then)\s)[a-z-]+\s+){0,2}?"
    r"(?!(?:and|or|but|that|which|while|when|where|as|of|then)\b)[a-z-]+"
    # a strike told with what it was made with ("an air strike with 2 KABs"; a strike "by"
    # a drone names the aircraft that fired, not what was fired)
    r"|(?:strike|raid)\s+(?:[^;.:\d]{1,40}?\s+)?(?:with|using)"
    # "The IDF later revised the number of rockets to 30" (not of those intercepted)
    r"|(?:revised|revises|revising|raised|lowered|corrected|updated)\s+(?:the\s+)?(?:number|count|tally|total)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:rockets|missiles|drones|shells|projectiles|rounds|uavs)\b"
    r"(?:(?!intercept|shot\s+down|downed|destroyed|hit|struck|impact)[^.;\d]){0,60}?\s+to"
    # "The first wave, at 7:10 p.m., consisted of nine drones and one cruise missile"
    r"|(?:wave|salvo|barrage|volley|attack)(?:,?\s+(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}[:.]\d\d\s*"
    r"(?:[ap]\.m\.|[ap]m|hrs)?,?|\d{1,3}\s+(?:minutes|hours)|[^.;:\d]){0,50}?\s+(?:consisted\s+of|comprised)"
    # ("came under attack at about 9:30 p.m. from seven drones": the hour between)
    r"|(?:came|come|comes|coming)\s+under\s+(?:fire|attack)\s+(?:at|around|shortly\s+after|just\s+after)\s+"
    r"(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m|hrs|gmt|local\s+time)?\s+from"
)
INTERCEPT_BEFORE_FAR = (
    r"(?:repel(?:led|s)?|repelling|thwarted|foiled|fended\s+off|beat\s+back|beaten\s+back)"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|assault|raid)\s+(?:by|of|involving|with)"
)
# "put the number of shells at seven": the noun after "of" says which kind.
PUT_AT = (
    r"(?:(?:put|puts|putting|placed|places|estimated|estimates|gave|gives|set|sets)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:overnight|overall|final|latest|official|total|day['’]s|civilian)\s+)?"
    r"(?P<what>(?:death\s+|casualty\s+)?(?:number|toll|total|figure|count|tally)|dead|wounded|injured)"
    # ("gave the death toll as 14", "put the toll higher, at 22")
    # (whose noun may be quoted: 'the number of "terrorists" killed in the operation')
    r"(?:\s+of\s+(?P<of>(?:the\s+)?[\w'’\"“”-]+(?:\s+[\w'’\"“”-]+){0,8}?))?"
    # ("put the number launched at around 370": the kind told by a participle)
    r"(?:\s+(?P<verbed>launched|fired|intercepted|shot\s+down|downed|destroyed|killed|wounded|injured))?"
    # ("put the toll from the Bureij strike at seven", "put the figure over the Moscow
    # region at 26")
    r"(?:\s+(?:from|in|for|over|across|on)\s+(?:the\s+)?[^,.;:\d]{1,40}?)?(?:\s+(?:higher|lower),?)?\s+(?:at|as)"
    # "the military revised the figure to 28 rockets", "raised the toll to 14"
    r"|(?:revised|revises|revising|raised|raises|raising|lowered|lowers|lowering|updated|updates|updating|corrected|corrects)"
    r"\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<what2>(?:death\s+)?(?:number|toll|total|figure|count|tally))\s+(?:up\s+|down\s+)?to)"
)
INTERCEPT_AFTER = (
    r"intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed|repelled|foiled|thwarted|"
    r"brought\s+down|taken\s+out|knocked\s+out|eliminated|engaged|stopped|"
    r"suppressed|jammed|defeated|disabled|countered|repulsed|inhibited|"
    r"lost\s+(?:locally|to\s+electronic\s+warfare)|"
    # (translated copy: "one of the two drones was dealt with by the air defences")
    r"dealt\s+with(?=\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:air\s+defen|anti-?aircraft|electronic\s+warfare))|"
    r"intercepting|downing|shooting\s+down"
)
INTERCEPT_BEFORE = (
    # (translated copy's inverted passive: "Also destroyed were 3 unmanned boats", "were
    # destroyed by air defence duty forces 22 UAV")
    r"destroyed\s+were|destroyed\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:forces|means|systems?|units)|"
    r"intercepted|intercepting|intercepts|intercept|downed|downing|downs|down|destroyed|"
    r"destroying|destroys|shoots\s+down|takes\s+out|take\s+out|neutrali[sz]es|neutrali[sz]e|repels|"
    r"destroy|neutrali[sz]ed|neutrali[sz]ing|repelled|repelling|foiled|thwarted|eliminated|"
    # ("Israel's defences stopped 84 of 96 ballistic missiles")
    r"stopped|stopping|"
    r"engaged|shot\s+down|shooting\s+down|shoot\s+down|brought\s+down|bringing\s+down|"
    r"took\s+out|taking\s+out|knocked\s+out|disabled|suppressed|jammed|inhibited|"
    # (CENTCOM's "engaged and defeated all of them")
    r"defeated|defeating|"
    # the Ukrainian air force's "shot down or suppressed by electronic warfare 161 targets"
    r"(?:suppressed|neutrali[sz]ed|jammed)\s+(?:by|with|using)\s+(?:electronic\s+warfare|ew)(?:\s+(?:means|systems))?|"
    r"interception\s+of|destruction\s+of"
)
# where a communiqué's dead have fallen: "we deplore 9 (nine) fallen on our side" (not "on
# our side of the border", where shells fall)
OUR_SIDE = r"\s+(?:on\s+our\s+side|in\s+our\s+ranks|among\s+our)\b(?!\s+of\b)"
IMPACT_AFTER = (
    # (a person "hit by shrapnel" is hurt: INJURED_AFTER has it)
    # (not soldiers "fallen on the field of honour" or "fallen on our side": dead, a rule
    # for the killed reads them)
    rf"fell|fallen(?!\s+on\s+the\s+field\b|{OUR_SIDE})|falling|falls|fall|landed|"
    # (not "the two landing ships moored there": a kind of ship)
    r"landing(?!\s+(?:ships?|craft|party|parties|gear|strips?|zones?|pads?)\b)|lands|land|(?:came|come|comes|coming)\s+down|"
    # drones that let go of their load over the target hit it: "the other three released
    # their charges on the lodging area"
    r"released\s+(?:their|its)\s+(?:charges?|payloads?|explosives|bombs|munitions|loads?)|"
    # a ship's master: "3x projectiles splashing in the water"
    r"splash(?:ed|ing|es)?(?:\s+down)?\s+in(?:to)?\s+the\s+(?:water|sea)|splashed\s+down|"
    r"(?:hit|struck)(?!\s+by\s+(?:\w+\s+)?(?:shrapnel|fragments|splinters|flying\s+glass|bullets|gunfire))|hits|hitting|"
    r"striking|exploded|exploding|explodes|explode|crashes|"
    # (a headline's present: "Three Hezbollah rockets slam into Safed")
    # ("Houthi missile slams near Ben Gurion")
    r"(?:slammed|slamming|slams|slam)\s+(?:into|near|onto)|smashes\s+into|smash\s+into|crashed|crashing|impacted|impacting|detonated|"
    # ("a third set fire to an oil storage tank")
    r"set\s+(?:fire\s+to|ablaze)|"
    # ("a missile set a Liberian-flagged bulk carrier on fire")
    r"set\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,4}?on\s+fire|"
    # ("one of them dived into the market")
    r"(?:dived|dove|plunged|plummeted)\s+into|"
    # (sea drones: "two uncrewed surface vessels rammed into its side and exploded")
    r"(?:rammed|ramming)(?:\s+into)?(?=\s)|"
    r"splashed(?:\s+down)?|"
    # (not "reached the lofty rank of martyrdom": a translated death)
    r"smashed\s+into|reached(?!\s+the\s+(?:\w+\s+)?(?:rank|status)\s+of\b)|(?<=managed\sto\s)reach\b|penetrated|got\s+through|gets?\s+through|made\s+it\s+through|"
    # ("the second evaded air defenses and exploded between parked cars")
    r"evaded\s+(?:the\s+)?(?:\w+\s+)?(?:air\s+)?defen[cs]es|"
    r"caused\s+damage|damaged|scored\s+(?:a\s+)?(?:direct\s+)?hits?|"
    # maritime notes: "a second projectile was observed to impact the water"
    r"(?:observed|seen|reported)\s+to\s+(?:impact|hit|strike|land|fall)|"
    # an air force's "16 strike UAVs were recorded hitting 7 locations"
    r"(?:recorded|registered|observed)\s+(?:hitting|striking|impacting)"
)
# Verbs that say a munition did not hit; they keep a subject from being read as an impact
# ("fell short", "fell short of its target"; one that "fell short, in farmland" landed there).
# (... and so did one that "fell short and exploded in an empty field", "fell short, landing in farmland")
MISS_AFTER = (r"missed|fell\s+short(?!\s*,?\s+(?:in|on|near|inside|into|within|at|over|landing|"
              r"and\s+(?:landed|exploded|crashed|fell|hit|struck|impacted))\b)|failed|malfunctioned|misfired|"
              # duds: "of which about a dozen did not explode"
              r"(?:did\s+not|didn['’]t|failed\s+to)\s+(?:explode|detonate|go\s+off)")

KILLED_AFTER = (
    r"killed|dead|died|dies|slain|perished|martyred|succumbed|fatally\s+(?:wounded|injured|shot)|among\s+the\s+dead|"
    # "11 children were among at least 38 people killed": a part of a toll told with it
    r"among\s+(?:the\s+)?(?:(?:at\s+least|more\s+than|some|about|nearly|over)\s+)?[\d,]+\s+(?:people|persons|civilians|victims)\s+killed|"
    r"kia\b|"  # a military's shorthand, "2 KIA"
    # Nigeria's army: "two soldiers paid the supreme price"
    r"paid\s+(?:the\s+)?(?:supreme|ultimate)\s+price|"
    # India's army and South Asian papers: "Two Bravehearts ... made the supreme sacrifice",
    # "two constables breathed their last"
    r"made\s+(?:the\s+)?(?:supreme|ultimate)\s+sacrifice|breathed\s+(?:his|her|their)\s+last|"
    r"laid\s+down\s+(?:his|her|their)\s+li(?:fe|ves)|"
    r"confirmed\s+dead|pronounced\s+dead|(?:were|was)\s+found\s+dead|deaths?|fatalit(?:y|ies)|bod(?:y|ies)(?!\s+(?:armou?r|of\s+water|count|bags?))|corpses?|"
    # a hospital's "3 were brought in dead", "dead on arrival"
    r"(?:brought|carried|taken)\s+in\s+dead|(?:arrived\s+)?dead\s+on\s+arrival|arrived\s+dead|"
    r"killed\s+in\s+action|embrac(?:ed|e)\s+(?:shahadat|martyrdom)|sent\s+to\s+hell|"
    # translated French: "7 soldiers fallen on the field of honour"
    r"fallen\s+on\s+the\s+field\s+of\s+hono(?:u)?r|"
    # ... and a communiqué's "we deplore 9 (nine) fallen on our side"
    rf"fallen(?={OUR_SIDE})|"
    # translated idioms: "reached the lofty rank of martyrdom", "drank the cup of martyrdom"
    r"(?:reached|attained)\s+the\s+(?:lofty\s+|high\s+|exalted\s+)?(?:rank|status|station)\s+of\s+martyrdom|"
    r"dr[au]nk\s+the\s+(?:cup|nectar|chalice)\s+of\s+martyrdom|"
    # '"23 martyrs" had been counted': the martyred are the dead
    r"martyrs?|"
    # "23 people had been buried" (not "buried under the rubble": they may be alive)
    r"buried(?!\s+(?:alive|under|beneath|in\s+the\s+rubble))|"
    r"(?:received|suffered|sustained)\s+(?:a\s+)?fatal\s+(?:\w+\s+){0,2}?(?:wounds?|injur(?:y|ies))|"
    # (translated copy: "two patrolmen lost the life")
    r"los(?:e|es|t|ing)\s+(?:their|his|her|the)\s+li(?:ves|fe)|"
    r"shot\s+dead|gunned\s+down|executed|beheaded|decapitated|massacred|slaughtered|murdered|"
    # translated Spanish: "one soldier assassinated", "19 soldiers were assassinated"
    r"assassinated|"
    r"(?:paid|pay|paying)\s+the\s+(?:supreme|ultimate)\s+(?:price|sacrifice)|"
    r"(?:made|make|making)\s+the\s+(?:supreme|ultimate)\s+sacrifice|gave\s+(?:their|his|her)\s+li(?:ves|fe)"
)
KILLED_BEFORE = (
    r"killing\s+of|killed|killing|kills|kill|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|"
    # (translated copy: "the attack cost the life of 11 soldiers")
    r"cost(?:ing)?\s+the\s+li(?:fe|ves)\s+of|"
    # ("a relative gave a toll of 16")
    # (a headline drops the article: "ministry gives toll of nine")
    r"(?:gave|gives|giving|reported|reporting)\s+(?:an?\s+)?(?:\w+\s+)?(?:death\s+)?toll\s+of|"
    r"deaths?\s+of|left|leaving|"  # left/leaving only with "dead" after: checked by the rule
    # ("The toll includes the five attackers": a part of the toll told before)
    r"toll\s+(?:includes|included)|"
    # state media: "led to the martyrdom of two soldiers", "martyring four civilians"
    r"martyrdom\s+of|martyring|martyred|"
    # "Villagers bury 19 after air strike" ("buried" is below)
    r"bury|buries|"
    r"shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|executed|executing|"
    r"beheaded|massacred|slaughtered|murdered|murdering|buried|burying|bodies\s+of|body\s+of|"
    # a headline's present tense: "terrorists decapitate four and burn 63 houses"
    r"beheading|beheads?|decapitat(?:ed|ing|es?)|"
    # a commander's "We lost 17 men": his dead (only before people, checked by the rule)
    r"lost|losing|"
    # "Those killed were two security guards and a tea seller", "the toll was 15"
    r"(?:those|the\s+people)\s+killed\s+(?:were|included)|toll\s+(?:was|is|had\s+been)|"
    # translated copy: "The dead are 27, of whom ..." ("the dead were 4 policemen and 3
    # civilians" names the toll's parts, which a rule before this one reads)
    r"\bthe\s+(?:dead|martyrs)\s+(?:are|number|numbered|totalled|total)|"
    # translated Russian and Ukrainian put the verb first: "perished 3 civilians"
    r"perished|"
    # a flash update's "Death toll now 8"
    r"(?:death\s+)?toll\s+now(?:\s+at)?"
)
# Verbs that move a running count to its new figure ("rose to", "stood at").
TOLL_RISE = (
    r"(?:rose|climbed|jumped|increased|reached|stood|stands|went\s+up|risen|climbs|rises|"
    # ... or was revised down: "toll revised down to 19", "was also lowered, from 74 to 58"
    r"(?:revised|corrected)(?:\s+(?:down|up)(?:wards?)?)?|lowered|reduced|"
    # (a headline drops the verb: "toll down to 12 after double count")
    r"down(?=\s+to\b)|"
    # ("rose on Sunday to four", "grew through the day, to 34")
    r"hit|grew|soared)(?:\s+(?:late\s+|early\s+)?on\s+[A-Za-z]+day|\s+(?:through(?:out)?|during|over)\s+the\s+"
    r"(?:day|night|morning|afternoon|evening),?)?(?:,?\s+from\s+\d[\d,]*)?(?:\s+to|\s+at)?"
)
KILLED_BEFORE_FAR = (
    # (the gap crosses no count of the wounded: "the death toll had risen to seven, ... and
    # the number of wounded to 29")
    r"(?:death|fatality)\s+toll(?:(?!wounded|injured)[^.;]){0,130}?\b(?:to|at|of|reached|hit)|"
    # ("bringing the hospital's count to 34", "would bring the toll to five")
    # (a "count" is of the dead only when it says so, or is a hospital's: not "the count of evacuees")
    # ("the hospital revised its toll to 17", "lowered its toll to nine")
    r"(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised|revised|revising|updated|"
    r"updating|lowered|lowering)"
    # (or a day's: "That brings Monday's toll to six"; a headline drops the article: "UN
    # monitors raise toll of Zaporizhzhia glide-bomb attack to 14")
    r"\s+(?:(?:the|its|their|[a-z]+day['’]s)\s+)?(?:[\w'’-]+\s+)?(?:death\s+)?toll[^.;]{0,60}?\s+to|"
    # "This brings the number of deaths at our hospital to 5"
    # (whose dead may be named: "bringing the number of FAMa dead to six")
    r"(?:bring|brings|bringing|brought|taking|took|raise|raises|raising|raised)\s+the\s+(?:total\s+)?(?:number|count|tally)\s+of\s+"
    r"(?:[\w'’-]+\s+)?"
    # (a commander's "bringing the number of those we lost to five")
    r"(?:deaths|dead|fatalities|martyrs|(?:people\s+)?killed|(?:[\w'’-]+\s+)?martyred|those\s+(?:we\s+)?lost)\b[^.;]{0,60}?\s+to|"
    # ("initially said two workers had died, then raised the figure to four")
    r"(?:died|dead|killed)\b[^.;]{0,80}?\b(?:raised|revised|brought|put)\s+the\s+figure\s+to|"
    # ("bringing the deaths at the hospital to 26")
    r"(?:bring|brings|bringing|taking|raising)\s+the\s+(?:deaths|dead)\b[^.;]{0,40}?\s+to|"
    r"(?:bring|brings|bringing|taking|raising)\s+the\s+(?:(?:hospital|morgue|ministry)['’]s\s+(?:death\s+)?count|"
    r"death\s+count|count\s+of\s+(?:the\s+)?(?:dead|deaths|killed|fatalities))[^.;]{0,60}?\s+to|"
    r"total\s+(?:dead|killed)\s+(?:is\s+)?now|"
    # (the gap may name the attack at length: "The death toll from Sunday night's attack by
    # ... on Gajiram, headquarters of Nganzai Local Government Area of Borno State, has risen to 11")
    rf"toll\b(?:(?!wounded|injured)[^.;]){{0,210}}?\b{TOLL_RISE}|"
    # wire updates name the count instead of a toll: "the number of people killed by the
    # strike rose to 14"
    # (whose gap may name the attack at length, as the toll's: "The number of people killed in
    # an attack by ... on the farming village of Ntoma, ..., late on Thursday has risen to 23")
    rf"(?:number|total|tally|count)\s+of\s+(?:[\w'’-]+\s+){{0,3}}?(?:killed|dead|deaths|fatalities|martyrs|martyred)\b"
    rf"[^.;]{{0,210}}?\b{TOLL_RISE}"
    # ... or the toll is named once, then "it": "put the toll at 19; by the evening it had
    # climbed to twenty-seven"
    rf"|\btoll\b(?:(?!wounded|injured)[^.]){{0,90}}?\bit\s+(?:had|has)\s+(?:since\s+|now\s+|then\s+)?{TOLL_RISE}"
)
# The same update shape for the wounded: "the number of injured has risen to 73".
INJURED_BEFORE_FAR = (
    r"(?:bring|brings|bringing|brought|taking|took|raise|raises|raising|raised)\s+the\s+(?:total\s+)?"
    # ("bringing the number of injured in the region to three")
    r"(?:number|tally|count)\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:injured|wounded|hurt)(?:\s+in\s+[^.;,\d]{1,40}?)?\s+to|"
    # "revised the number of injured down to 34", "total injured now 3"
    r"(?:number|total|tally|count)\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:injured|wounded|hurt)\s+(?:down|up)\s+to|"
    # (a ticker's "Injured now 6")
    r"(?:total\s+)?(?:injured|wounded|hurt)\s+(?:is\s+)?now|"
    # ("bringing the injured to 12", as "bringing the dead to 12")
    r"(?:bring|brings|bringing|taking|raising)\s+the\s+(?:injured|wounded)\b[^.;]{0,40}?\s+to|"
    # a second count after a toll's verb: "the death toll had risen to seven, and the number of wounded to 29"
    r"(?<=\band\s)the\s+(?:number|total|count)\s+of\s+(?:injured|wounded|hurt)\s+to|"
    rf"(?:number|total|tally|count)\s+of\s+(?:[\w'’-]+\s+){{0,3}}?(?:injured|wounded|hurt)\b"
    rf"[^.;]{{0,130}}?\b{TOLL_RISE}"
)
INJURED_AFTER = (
    # (translated copy's "other five resulted wounded")
    r"resulted\s+(?:wounded|injured)|"
    r"injured|wounded|hurt|injuries|wounds|maimed|cut\s+by\s+(?:flying\s+)?(?:glass|shrapnel|debris)|"
    # (translated copy: "six more were left wounded")
    r"left\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)|"
    r"(?:listed|registered|counted|classed|classified)\s+as\s+(?:injured|wounded)|wia\b|"
    # (a quote may open on the way: 'had suffered "non-life-threatening injuries"')
    r"(?:suffered|suffers|sustained|sustains|received|receives|reported|with|had|has|have|got)\s+[\"“]?(?:[\w-]+\s+){0,3}?"
    r"(?:injuries|injury|wounds?|concussions?|traumatic\s+brain\s+injur(?:y|ies)|tbis?\b|burns|cuts|barotrauma|"
    # (a Russian governor's "received a mine-blast trauma")
    r"fractures?|contusions?|(?:mine-?blast|blast|acubarotrauma)\s+traumas?)|"
    # "treated two people for light shrapnel injuries", "are receiving treatment"
    # ("treated ... for light shrapnel and glass wounds")
    r"for\s+(?:\w+\s+){0,4}?(?:injuries|wounds|burns|fractures)|"
    r"(?:receiving|undergoing)\s+(?:medical\s+)?treatment(?!\s+for\s+(?:shock|anxiety|panic|stress))|"
    # "Three other people ... were rushed to hospital"
    r"rushed\s+to\s+(?:a\s+|the\s+)?(?:nearby\s+|local\s+)?(?:hospitals?|clinics?|medical\s+facilit(?:y|ies))|"
    # (not across "after": "treated for shock after shrapnel hit their barn" is no wound)
    r"(?:(?:treated|hospitali[sz]ed|evaluated)(?:\s+on\s+board|\s+at\s+the\s+scene|\s+in\s+hospital)?\s+for|diagnosed\s+with)"
    r"\s+(?:(?!after\b|when\b)\w+\s+){0,3}?"
    r"(?:injuries|injury|wounds|concussions?|traumatic\s+brain\s+injur(?:y|ies)|tbis?\b|burns|cuts|"
    r"shrapnel)|among\s+the\s+(?:injured|wounded)|"
    # "several others escaped with gunshot wounds": hurt, though alive and free
    r"(?:escaped|fled|survived|got\s+away)\s+with\s+(?:\w+\s+){0,3}?(?:injuries|wounds|burns)|"
    # a medics' list: "treated 41 people: 12 with shrapnel or blast wounds, ..."
    r"with\s+(?:\w+\s+){0,4}?(?:injuries|wounds|burns)\b|"
    # "nine people were brought in with burns", "admitted to hospital with shrapnel wounds"
    r"(?:brought|admitted|rushed|evacuated|taken)(?:\s+in|\s+to\s+(?:a\s+|the\s+)?"
    r"(?:hospitals?|clinics?|emergency\s+(?:wards?|rooms?|departments?|units?)))?\s+with\s+[“\"]?(?:\w+\s+){0,4}?"
    r"(?:injuries|wounds|burns|fractures)|"
    # ("23 others were taken to the General Hospital in Dikwa": a hospital's name between)
    r"hospitali[sz]ed|taken\s+to\s+(?:a\s+|the\s+)?(?:(?!hospital)[\w'’-]+\s+){0,3}?hospital\b|"
    # ("Eleven people are admitted at Nimule hospital")
    r"admitted\s+(?:at|to|in)\s+(?:a\s+|the\s+)?(?:(?!hospital)[\w'’-]+\s+){0,3}?(?:hospital|clinic)\b"
    r"(?!\s+(?:with|for)\s+(?:\w+\s+)?(?:shock|anxiety|panic|stress|observation|food|illness|tests))|"
    # "Two others were treated at a health centre" (not for shock or anxiety)
    r"treated(?=\s+(?:at|in)\s)(?![^.;,]{0,60}\bfor\s+(?:acute\s+|mild\s+|severe\s+|emotional\s+)?"
    r"(?:shock|anxiety|panic|stress|trauma|distress|hysteria|smoke\s+inhalation|exhaustion))|"
    # "12 patients remain under treatment"
    r"(?:remain|remains|remained|are|is|were|was)\s+(?:still\s+)?under\s+(?:medical\s+)?treatment|"
    # "A 54-year-old man was in serious condition with shrapnel wounds"
    r"in\s+(?:a\s+)?(?:serious|critical|grave|stable|moderate|satisfactory|fair)\s+condition|"
    # "nine are in hospital", "nineteen people are in hospitals"
    r"in\s+(?:a\s+|the\s+)?hospitals?\b(?!\s+(?:beds?|staff|corridors?|grounds|compound))|"
    # "a 12-year-old boy was hit by shrapnel"
    # ("two civilians living near the barracks were also hit by stray bullets")
    r"(?:hit|struck|wounded)\s+by\s+(?:\w+\s+)?(?:shrapnel|fragments|splinters|flying\s+glass|bullets|gunfire)|"
    r"cut\s+by\s+(?:flying\s+|broken\s+|shattered\s+)?glass"
)
INJURED_BEFORE = (
    r"injured|injuring|injures|injure|wounded|wounding|wounds|wound|hurt|hurting|maimed|"
    r"injuries\s+to|wounds\s+to|(?:the\s+)?injury\s+of|(?:the\s+)?wounding\s+of|"
    # "the mayor gave a higher injury count of 38"
    r"injury\s+(?:count|toll|tally|figure)\s+(?:of|at|to)|"
    r"\bthe\s+(?:wounded|injured)\s+(?:are|number|numbered|total)|"
    # (police copy drops the article: "Injured are 2 persons"; not "The seven wounded are
    # five police officers and two civilians", the parts of a toll told before)
    r"(?<![\w,]\s)(?:injured|wounded)\s+(?:are|were)|"
    # ... and "Received wounds of varying severity 4 passengers"
    r"(?:received|sustained)\s+(?:\w+\s+){0,2}?(?:wounds|injuries)\s+of\s+varying\s+(?:severity|degrees?)"
)

# Words that make what follows hypothetical or denied ("threatened to launch").
HYPOTHETICAL = (
    # a time may sit inside the threat: "threatened on Thursday to fire"
    r"could|would|might|may|cannot|can|will|shall|should|threaten(?:s|ed|ing)?\s+(?:on\s+\w+\s+)?to|"
    r"plan(?:s|ned|ning)?\s+to|intend(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|prepar(?:e|es|ed|ing)\s+to|"
    r"able\s+to|capable\s+of|aim(?:s|ed)?\s+to|tr(?:y|ies|ied)\s+to|attempt(?:s|ed)?\s+to|"
    r"order(?:s|ed)?\s+to|ready\s+to|enough\s+to|designed\s+to|if|unless|whether|"
    # ("Several attempts were made to intercept the missile": it was not)
    r"(?:attempts?|efforts?)\s+(?:were|was|had\s+been)\s+made\s+to"
)
NEGATION = r"not|n['’]t|never|neither|nor|no\s+longer|without"

# Nouns of people that are never casualties in the sense coded here.
# Places and targets counted in a list of targets ("at Qirtal and two neighbouring
# villages", "struck Kharkiv and three other towns"): such a figure counts places.
PLACE_PLURALS = (
    r"villages|towns|cities|districts|neighbou?rhoods|settlements|communities|hamlets|"
    r"regions|provinces|areas|localities|homes|houses|buildings|positions|bases|sites|"
    r"locations|outposts|checkpoints|schools|hospitals|farms|camps|"
    # things destroyed or seized, counted beside the dead ("of which 12 motorcycles")
    r"motorcycles|motorbikes|vehicles|cars|trucks|pickups|bicycles|rifles|weapons|guns|tents|shops"
)
NOT_VICTIM_CONTEXT = r"troops\s+(?:in|to|into|stationed|deployed|based)|deployed|stationed"
