"""All the words the stages know, in one place: a `Lexicon` that every stage reads.

Verbs are listed once, by lemma, with the classes they belong to; their forms are generated
(`say` → say, says, said, saying), so adding a verb here makes each of its forms work in every
stage. Titles, role and organisation heads, document words, demonyms, the calendar, abbreviations
and first names by gender are here too. `ENGLISH` is the lexicon of English copy; another language
is another `Lexicon` built from its own word lists (see language.py).
"""

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from newsroom.ingest.letters import LOWER

# Verb classes: what the verb tells about the quotation beside it.
SPEECH = "speech"  # introduces direct speech: “…,” X said / X said: “…”
CHARACTERISE = "characterise"  # attributes a quoted word or phrase: X called the plan “a disgrace”
LEAD = "lead"  # shows the sentence's subject speaking: X responded hours later. “…,” he said.
PUBLISH = "publish"  # issues a document: X issued a statement
AUTHOR = "author"  # makes a document: a report prepared by X (with PUBLISH, the participles before “by” its issuer)
PARTICIPLE = "participle"  # its -ing form carries words too: X said …, adding that “…”
REPORTING = "reporting"  # its past form in a paragraph is the reporter's voice (a block quotation has ended)
CLASSES = (SPEECH, CHARACTERISE, LEAD, PUBLISH, AUTHOR, PARTICIPLE, REPORTING)


@dataclass(frozen=True)
class Verb:
    lemma: str
    base: frozenset  # “say”, “point out”
    third: frozenset  # “says”
    past: frozenset  # “said” (and the participle where it differs: “written”)
    ing: frozenset  # “saying”
    classes: frozenset
    medium: str = ""  # the medium the verb alone tells (“tweeted”: a post)

    @property
    def forms(self):
        return self.base | self.third | self.past | self.ing


def english_forms(lemma, irregular=""):
    """{"base", "third", "past", "ing"} → forms of an English verb. `irregular` gives the past forms
    where the rules fail ("said", "wrote written", "labelled labeled") and the -ing form where it
    doubles a consonant the past does not show ("hitting"); a phrasal verb inflects its first word."""
    head, _, particle = lemma.partition(" ")
    tail = f" {particle}" if particle else ""
    given = irregular.split()
    past = [w for w in given if not w.endswith("ing")]
    ing = [w for w in given if w.endswith("ing")]
    if head.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = head + "es"
    elif re.search(r"[^aeiou]y$", head):
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    if not past:
        if head.endswith("e"):
            past = [head + "d"]
        elif re.search(r"[^aeiou]y$", head):
            past = [head[:-1] + "ied"]
        else:
            past = [head + "ed"]
    if not ing:
        if head.endswith("ie"):
            ing = [head[:-2] + "ying"]
        elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
            ing = [head[:-1] + "ing"]
        elif re.fullmatch(r"\w*([^aeiou])\1ed", past[0]) and past[0][:-2] != head:
            ing = [past[0][:-2] + "ing"]  # “admitted”: “admitting”
        else:
            ing = [head + "ing"]
    return {
        "base": frozenset({head + tail}),
        "third": frozenset({third + tail}),
        "past": frozenset(p + tail for p in past),
        "ing": frozenset(i + tail for i in ing),
    }


# lemma[: irregular past forms] — classes — medium
VERBS = """
say:said                  speech participle reporting
tell:told                 speech lead participle reporting
add                       speech participle reporting
note                      speech participle reporting
stress                    speech participle reporting
emphasize                 speech participle reporting
emphasise                 speech participle reporting
underline                 speech participle reporting
underscore                speech participle
write:wrote written       speech participle reporting author
tweet                     speech reporting                      social_media_post
post                      speech publish              social_media_post
state                     speech participle reporting
declare                   speech participle reporting
warn                      speech characterise participle
claim                     speech participle
insist                    speech participle reporting
explain                   speech participle reporting
continue                  speech
urge                      speech characterise participle
argue                     speech participle reporting
announce                  speech lead
address                   speech lead
reply                     speech reporting
respond                   speech lead reporting
comment                   speech lead reporting
conclude                  speech participle
allege                    speech participle
acknowledge               speech lead participle
admit:admitted            speech lead participle
assert                    speech participle
maintain                  speech participle
remark                    speech
recall                    speech lead participle reporting
reiterate                 speech participle
concede                   speech participle
caution                   speech participle
vow                       speech participle
pledge                    speech lead participle
promise                   speech lead participle
demand                    speech lead
complain                  speech participle
chant                     speech participle                   other
cite                      speech participle
read:read                 speech
observe                   speech participle
affirm                    speech participle
reaffirm                  speech characterise participle
assure                    speech participle
confirm                   speech participle
counter                   speech lead
predict                   speech participle
suggest                   speech participle
propose                   speech participle
thunder                   speech
shout                     speech
quip:quipped              speech
fume                      speech
retort                    speech
exclaim                   speech
testify                   speech
answer                    speech
point out                 speech participle
go on:went                speech lead
hit back:hit hitting      speech lead
put it:put putting        speech
express                   characterise participle
voice                     characterise
accuse                    characterise participle
condemn                   characterise participle
call                      characterise participle
describe                  characterise participle
assess                    characterise participle
denounce                  characterise participle
dismiss                   characterise participle
brand                     characterise participle
term                      characterise
label:labelled labeled    characterise participle
criticize                 characterise lead participle
criticise                 characterise lead participle
blame                     characterise participle
decry                     characterise participle
slam:slammed              characterise participle
hail                      characterise participle
welcome                   characterise participle
speak:spoke spoken        characterise lead
refer:referred            characterise
refuse                    characterise
reject                    characterise participle
discuss                   characterise
praise                    characterise participle
laud                      characterise participle
thank                     characterise participle
congratulate              characterise participle
order                     characterise
instruct                  characterise participle
rule                      characterise
record                    characterise
recommend                 speech participle
believe                   speech participle
think:thought             speech
remind                    speech participle
specify                   speech participle
clarify                   speech participle
mention                   speech participle
recount                   speech participle
elaborate                 speech
opine                     speech
lament                    speech participle
reassure                  speech participle
disclose                  speech participle
boast                     speech participle
joke                      speech
highlight                 characterise participle
register                  characterise
weigh                     lead
smile                     lead
laugh                     lead
shrug                     lead
sigh                      lead
react                     lead
disagree                  lead
agree                     lead
object                    lead
deny                      lead
dispute                   lead
refute                    lead
contradict                lead
report                    lead
defend                    lead
appeal                    lead
threaten                  lead
publish                   lead publish
issue                     lead publish
release                   publish
put out:put putting       publish
share                     publish
adopt                     publish
sign                      publish
circulate                 publish
distribute                publish
disseminate               publish
leave:left                publish
send:sent                 publish
prepare                   author
commission                author
compile                   author
draft                     author
draw up:drew drawn        author
author                    author
initiate                  author
produce                   author
lead:led                  author
co-lead:co-led            author
spearhead                 author
give:gave given           lead
offer                     lead
present                   lead author
paint                     lead
"""

# Irregular past forms and auxiliaries: after a subject, they show that a verb follows, not a noun.
# What one says of an opinion, before the words that give it: “Historian X believes the dispute …” ¶ “…”.
OPINION_FORMS = frozenset("believes believed thinks thought insists insisted fears feared hopes hoped".split())
FINITE_WORDS = """
hit has had was is went also then did made took gave sent put met will would can could may must should spoke
led left came held won lost began became kept brought found got ran stood are were have broke fell rose
saw knew sat set cut paid bought sold thought chose drove flew fought grew hid lay meant read rode shook
shot sought spent struck swore threw took understood withdrew wore lit hung burnt blew
""".split()

# Words that follow a subject as verbs do but never report what it said: an unknown verb among them
# is not proposed as a verb of speech.
NOT_SPEECH = """
asked heard learned learnt noticed watched knew visited arrived returned signed received attended opened
closed launched approved decided planned wanted needed tried moved voted passed showed found discovered
reached expected believed thought felt understood realised realized assumed suspected seemed appeared
remained became included involved used lived worked served started ended continued happened
""".split()
# Words that may stand between a speech verb and the day it was said, telling only the occasion
# (“told reporters in Brena on Thursday”, “said in a joint statement issued late on Thursday”).
OCCASION_WORDS = """
in at to during after on a an the his her its their reporters journalists statement briefing conference
news press interview with late early earlier later joint written weekly daily regular meeting parliament
television state radio telephone call evening morning afternoon night issued released published posted
also again separately told said speaking channel page account website social media post posts comments
comment remarks address speech session visit trip final closing opening last word court hearing trial judges
""".split()

# Titles that stand before a name (“Prime Minister Nikol Pashinyan”), as printed.
TITLES = """
President Vice Member Prime Minister Ministers Foreign Defence Defense Interior Deputy Secretary Secretary-General
General Gen. Spokesman Spokeswoman Spokesperson Ambassador Envoy Special Representative Senior Adviser
Advisor Chairman Chairwoman Chairperson Chair Speaker Head Chief Commander Colonel Col. Lt. Lieutenant Major Maj.
Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sen. Senator Rep. Governor Mayor Ombudsman Human Rights Defender State
Former Acting Co-Chair Co-chair Director Mufti Bishop Archbishop Patriarch Catholicos Pope King Queen
Prince Sheikh Emir Father Rabbi Imam Professor Prof. Judge Justice Attorney Negotiator Negotiations Affairs
Executive Officer Press Commissioner High Chancellor Premier Captain Sergeant Admiral MP MEP Lawmaker Akim Hokim
FM PM Manager Managing
Representatives Reps. Senators Congressman Congresswoman
Vice-President Vice-Chairman Vice-Chairwoman Vice-Chairperson Vice-Premier Vice-Rector Vice-Speaker Vice-Governor
Prosecutor-General Procurator-General Attorney-General Auditor-General
User
for of the on to and
""".split()
# Legal forms of a company beside its name (“«Azerbaijan Railways» CJSC”, “LLC “Kakhuri Marani””): an alternation
COMPANY_FORMS = "CJSC|OJSC|PJSC|JSC|LLC|LLP|Ltd|PLC|GmbH|Inc"
# What kind of body a new actor is, by the words of its name (newsroom Actor.Kind values), the first that
# matches; a person is a person, and a name none matches is "other".
BODY_KINDS = (
    ("ministry", r"\b(?:ministry|min\wstry|mfa|department of state|state department)\b"),
    ("police", r"\bpolice\b"),
    ("armed_forces", r"\b(?:forces|army|military|troops|peacekeep\w*|guards?|command|navy|air force)\b"),
    (
        "legislature",
        r"\b(?:parliament|national assembly|milli majlis|majlis|mazhilis|duma|senate|verkhovna rada|jogorku kenesh|"
        r"supreme council|legislature|congress)\b",
    ),
    ("court", r"\b(?:court|tribunal|prosecutor\w*|procurator\w*)\b"),
    ("political_party", r"\b(?:party|bloc|faction)\b"),
    (
        "international_organisation",
        r"\b(?:union|nato|united nations|un|osce|organi[sz]ation|council of europe|red cross|red crescent|eu|csto|"
        r"cis|unicef|unhcr|undp|who|imf|world bank)\b",
    ),
    ("media", r"\b(?:news agency|press agency|radio|tv|television|news|times|interfax|reuters|tass)\b"),
    (
        "company",
        rf"\b(?:{COMPANY_FORMS}|company|corporation|railways?|airlines?|airways|bank|holding|consulting|"
        r"research|capital|partners|industries|petroleum|socar|gazprom|rosatom)\b",
    ),
    (
        "civil_society",
        r"\b(?:foundation|association|ngo|watch|initiative|society|network|institute|centre|center|"
        r"coalition|movement|alliance|transparency|amnesty|helsinki committee|rights (?:group|organi[sz]ation)s?)\b",
    ),
    (
        "government",
        r"\b(?:government|leadership|authorities|side|presidency|cabinet|office|administration|kremlin|"
        r"municipality|city hall|mayor[’']s office|akimat|commission|committee|service|agency|ombudsman|"
        r"human rights defender)\b",
    ),
)
# What kind of outlet a publisher is, by its name (newsroom Source.Kind values), the first that matches.
SOURCE_KINDS = (
    ("online_outlet", rf"\.(?:[{LOWER}]{{2,3}}|info|news|media)$"),
    ("news_agency", r"\b(?:agency|agence|news service|interfax|tass|ria|reuters|apa|trend|azertac)\b"),
    ("broadcaster", r"\b(?:tv|television|radio|broadcast\w*|channel)\b"),
)
# Titles that may stand, abbreviated, before a surname (“Mr. Rudakov”, “Dr. Kerimli”): a regular-expression alternation
COURTESY_TITLES = "Mrs|Mr|Ms|Dr|Prof|Gen|Col|Sen|Lt|Maj|Rep|Gov|Adm|Brig|Capt"
# Titles that make the capitalised words after them a person's name (“Energy Minister Rustam Nabiev”).
PERSON_TITLE_WORDS = """
Minister President Spokesman Spokeswoman Spokesperson Ambassador Envoy Chairman Chairwoman Chairperson Governor
Mayor Senator Secretary Commissioner Director Commander Chancellor Premier General Gen. Colonel Col. Mr Mr. Mrs
Mrs. Ms Ms. Dr Dr. Father Speaker Ombudsman Adviser Advisor Aide MP Lawmaker Representative Coordinator
Representatives Senators Congressman Congresswoman
Admiral Adm Adm. Rear Vice Maj Maj. Major Lieutenant Lt Lt. Brigadier Brig Brig. Captain Capt Capt. Gov. Sen. Rep.
Prosecutor Head Chair Editor Founder Rector Deputy Judge Professor Prof. Editor-in-chief Editor-in-Chief Member Manager
Vice-President Vice-Chairman Vice-Chairwoman Vice-Premier Vice-Rector Vice-Speaker Vice-Governor
User Doctor Inspector Consul Ombudsperson Ombudswoman Councilmember Councilman Councilwoman Councillor Councilor
CEO CFO COO Lawyer Attorney Activist Analyst Economist Environmentalist Researcher Historian Blogger
""".split()
# Countries' other names (DEMONYMS gives each demonym one country).
COUNTRY_NAMES_ALSO = frozenset({"Türkiye"})
# Capitals that copy names for their governments (“Yerevan should distance itself”, “with Baku calling …”): never
# “he” or “she”.
CAPITALS = """
Yerevan Baku Tbilisi Moscow Ankara Astana Tashkent Bishkek Dushanbe Ashgabat Kyiv Minsk Tehran Brussels Beijing
Stepanakert Khankendi Sukhumi Tskhinvali
""".split()
# Demonym → country (a demonym in a phrase names the country's body: “the Armenian Foreign Ministry”).
DEMONYMS = {
    "Azerbaijani": "Azerbaijan",
    "Azeri": "Azerbaijan",
    "Armenian": "Armenia",
    "Russian": "Russia",
    "American": "United States",
    "French": "France",
    "German": "Germany",
    "British": "United Kingdom",
    "Turkish": "Turkey",
    "Iranian": "Iran",
    "Georgian": "Georgia",
    "Ukrainian": "Ukraine",
    "European": "Europe",
    "Karabakh": "Karabakh",
    "Artsakh": "Artsakh",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Chinese": "China",
    "Indian": "India",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Dutch": "Netherlands",
    "Swedish": "Sweden",
    "Polish": "Poland",
    "Canadian": "Canada",
    "Japanese": "Japan",
    "Qatari": "Qatar",
    "Saudi": "Saudi Arabia",
    "Egyptian": "Egypt",
    "Syrian": "Syria",
    "Iraqi": "Iraq",
    "Belarusian": "Belarus",
    "Kazakh": "Kazakhstan",
    "Kazakhstani": "Kazakhstan",
    "Kyrgyz": "Kyrgyzstan",
    "Tajik": "Tajikistan",
    "Uzbek": "Uzbekistan",
    "Turkmen": "Turkmenistan",
    "Afghan": "Afghanistan",
    "Pakistani": "Pakistan",
    "Emirati": "United Arab Emirates",
    "Moldovan": "Moldova",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Hungarian": "Hungary",
    "Greek": "Greece",
    "Cypriot": "Cyprus",
    "Austrian": "Austria",
    "Swiss": "Switzerland",
    "Belgian": "Belgium",
    "Czech": "Czech Republic",
    "Slovak": "Slovakia",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Estonian": "Estonia",
    "Latvian": "Latvia",
    "Lithuanian": "Lithuania",
    "Finnish": "Finland",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Irish": "Ireland",
    "Portuguese": "Portugal",
    "Mongolian": "Mongolia",
    "Korean": "Korea",
    "Lebanese": "Lebanon",
    "Jordanian": "Jordan",
    "Kuwaiti": "Kuwait",
}
# Names of bodies that stand before a title like a demonym (“EU foreign policy chief”).
BODY_PREFIXES = "U.S. US UN EU NATO OSCE Kremlin".split()
ORGANISATION_HEADS = """
ministry mfa office government department agency service council committee commission army military
police embassy court union organisation organization administration presidency cabinet parliament
assembly party forces force group bank institute university centre center foundation secretariat
mission kremlin leadership authorities side command headquarters staff guard guards corps directorate
prosecutor's prosecutors bureau unit watch network coalition movement alliance league federation
company corporation firm operator section airline carrier body association delegation bloc society railway initiative
church patriarchate synod diocese eparchy chamber fund regulator watchdog lender authority consortium
inspectorate branch hall khokimiyat hokimiyat akimat akimiat municipality mayoralty museum hospital clinic
channel portal outlet newspaper broadcaster holding
""".split()
# A parliament's chambers, by the word that opens their name before “of”: “the House of Representatives of X”.
CHAMBER_WORDS = frozenset("House Chamber Senate Congress".split())
# Bodies whose names do not say what they are — a party named for a dream or a contract, an agency by its
# Russian acronym-word — known by name to a newsroom covering the region (“Georgian Dream has rejected …”
# is the party, not a Georgian named Dream).
KNOWN_BODIES = """
Georgian Dream|Civil Contract|Dashnaktsutyun|Prosperous Armenia|Bright Armenia|Mother Armenia|Lelo|Girchi|Droa|
Yeni Azerbaijan|Musavat|Rosselkhoznadzor|Rospotrebnadzor|Roskomnadzor|Rostekhnadzor|Rosaviatsia|Rosatom|Roscosmos|
Rosneft|Gazprom|Lukoil|Rosgvardia|Rosstat|Minoborony|Azercell|Azerenerji|Azersu|Azerishiq
""".replace("\n", "").split("|")
# How the one-word names of the region's state companies end (“Chernomorenergo”, “Turkmengaz”, “Kaztransoil”,
# “Uzbekneftegaz”): a company, whichever word the name is.
COMPANY_STEMS = "energo|energy|enerji|gaz|neft|neftegaz|transoil|transgaz|avtodor|telecom|stroy|prombank"
# Words that end organisations' names as printed (“the Kestrian National Police”).
ORGANISATION_NAME_WORDS = """
Ministry Office Government Council Union Forces Army Police Court Commission Embassy Parliament Assembly
Party Organization Organisation Group Department Agency Service Committee Nations Bank Institute University
Foundation Red Cross MFA Kremlin Administration Presidency Cabinet Mission Watch International Secretariat
Directorate Chamber Lines Airlines Airways Air Motors Inc Ltd Corp Company Holdings Energy Board Centre Hall
Center Federation Exporters Union's Alliance Association Coalition Front Movement Corps Guard Command
Headquarters Staff Network Radio TV Television News Times Press Interfax Reuters TASS Society Railway
Railways Initiative Delegation Authority Consortium Inspectorate Fund Monitor Observatory CJSC OJSC JSC PJSC
LLC LLP Ltd PLC GmbH AG SA NV Plc ASA Trading Holding Partners Capital Logistics Shipping Industries Petroleum
Development Construction Majlis Mejlis Duma Kenesh Rada Sejm Knesset Museum Grid Grids Electric Electricity
Telecom Research Analytics Consulting Gazeta
""".split()
# Words that describe what kind of body a name is (“Environmental group Taiga Watch”).
ORGANISATION_DESCRIPTORS = [
    *"""
group organisation organization charity watchdog party union agency firm company consultancy movement
network coalition alliance association foundation institute think-tank broadcaster newspaper NGO website portal
outlet channel initiative campaign collective
""".split(),
    "think tank",
]
# Words besides those that may stand before a body's name in quotation marks (“the observation mission “Citizen
# Observer””, “the civic initiative “Save Teghut””).
QUOTED_BODY_WORDS = "center centre initiative faction bloc mission".split()
# What a business is, before its name (“Kazakhstan's state grid operator KEGOC”, “the power producer X”).
# (Uzbekistan's cotton “cluster”, the company that grows, picks and processes a district's cotton)
BUSINESS_DESCRIPTORS = (
    "operator utility developer producer lender distributor supplier provider manufacturer cluster".split()
)
# Words of bodies' names that, alone and capitalised, are a plural noun opening a sentence (“Exporters say …”).
PLURAL_NOUNS_CAPITALISED = frozenset("Exporters Partners Industries Holdings Staff Forces".split())
# What only a body is, before its name set off by commas (“The cluster that owns the field, Kasbi Agro Tekstil,”;
# not “The tour operator that organised the trip, Anna Vale,”, who may be a person).
BODY_ONLY_DESCRIPTORS = "company firm cluster utility agency organisation organization association foundation".split()
# Bodies a “the company”-like phrase refers back to whichever was named last; the bare ones only alone (“the
# department said”; not “the weather service”, a body of its own).
BARE_GENERIC_ORGANISATIONS = "department service authority".split()
GENERIC_ORGANISATIONS = (
    """
company firm operator airline carrier group organisation organization body agency regulator watchdog lender
utility distributor supplier provider
""".split()
    + BARE_GENERIC_ORGANISATIONS
)
# People who are somebody of a body the name after them stands for (“a source in QazaqGaz”), not of a place.
BODY_MEMBERS = """
source sources insider insiders official officials representative representatives employee employees
spokesperson spokesman spokeswoman executive executives manager managers staffer staffers delegate delegates
""".split()
# Peoples of the region that are no state's demonym: “a Chechen official” is of no body named “Chechen”.
ETHNONYMS = """
Chechen Abkhaz Abkhazian Ossetian Tatar Bashkir Ingush Dagestani Avar Lezgin Kabardian Circassian Adyghe Karachay
Balkar Kalmyk Buryat Yakut Tuvan Karakalpak Uighur Uyghur Kurdish Kurd Yazidi Talysh Adjarian Mingrelian Svan Laz
Crimean Nakhchivani Pamiri Mountain Cossack
""".split()
# Kin, before a first name the text gives alone: “His mother Gulnara”.
KINSHIP = """
mother father son daughter wife husband brother sister grandmother grandfather grandson granddaughter widow widower
uncle aunt cousin niece nephew
""".split()
# “the bloc”, “the alliance”: the bodies they stand for when named.
ORGANISATION_NICKNAMES = {
    "bloc": r"\b(?:EU|European Union)\b",
    "alliance": r"\b(?:NATO|North Atlantic|CSTO|Collective Security)\b",
    # “the party”: a political party as named (“the Georgian Civic Front described the sentence as …”)
    "party": r"\b(?:Party|Front|Movement|Dream|Contract|Bloc|Platform|Congress|Dashnaktsutyun|Musavat)\b",
}
# Words of a body's name that, alone after “the”, refer back (“the Foreign Ministry”), not a name.
GENERIC_NAME_WORDS = "Foreign Defence Defense Interior Affairs Press Service Ministry MFA Office".split()
MINISTRY_KINDS = {
    "foreign": r"\b(foreign|mfa|external affairs|state department)\b",
    "defence": r"\b(defen[cs]e|mod|armed forces|military)\b",
    "interior": r"\b(interior|internal affairs|home)\b",
}
PERSON_HEADS = """
spokeswoman spokesman spokesperson president leader minister envoy ambassador representative official
chairman chairwoman chairperson chair commander head chief adviser advisor secretary co-chair diplomat negotiator
lawyer ombudsman ombudsperson ombudswoman defender mayor governor premier director analyst expert resident witness
rapporteur
officer general colonel prosecutor judge senator lawmaker deputy mp mep speaker man woman executive coordinator
founder ceo manager editor professor doctor surgeon activist researcher economist mediator
farmer worker driver teacher nurse student villager protester survivor soldier assistant aide author authors
priest scientist scholar historian journalist politician commentator blogger source sources insider
neighbour neighbor grower winemaker fisherman fisherwoman shepherd herder beekeeper vendor trader shopkeeper
merchant pensioner retiree veteran refugee businessman businesswoman entrepreneur engineer miner builder
mechanic chef baker artist musician writer poet filmmaker athlete coach player ranger pilot volunteer forward
midfielder striker goalkeeper captain specialist skater skier wrestler boxer swimmer runner cyclist judoka gymnast
fencer weightlifter archer sprinter champion medalist medallist singer dancer composer conductor pianist
organiser organizer campaigner candidate voter observer inspector auditor consultant banker investor lecturer
rector interlocutor physician paramedic rescuer firefighter reporter correspondent photographer mother father
commissioner
grandmother
grandfather widow son daughter owner landlord tenant figure sister brother wife husband uncle aunt cousin niece
nephew grandson granddaughter architect designer curator archaeologist sociologist psychologist
ecologist geologist climatologist seismologist virologist epidemiologist sculptor painter
captain goalkeeper midfielder striker footballer wrestler boxer referee bishop archbishop patriarch
catholicos imam mufti rabbi metropolitan pastor monk abbot cleric clergyman
forward winger scorer goalscorer skipper teammate dancer ballerina singer actor actress conductor composer
soloist violinist pianist choreographer tenor soprano akim hokim khokim dealer seller buyer customer shopper tourist
visitor guard salesman saleswoman juror defendant plaintiff detainee prisoner inmate suspect victim
passenger commuter motorist patient parent
person participant individual employee staffer parliamentarian legislator counterpart colleague partner friend
attorney counsel spouse boss classmate ally associate successor predecessor
paediatrician pediatrician medic midwife dentist pharmacist psychiatrist therapist cardiologist oncologist
immunologist infectiologist anaesthetist anesthetist obstetrician deminer sapper accountant clerk courier
critic playwright screenwriter novelist columnist satirist comedian rapper guitarist drummer vocalist cameraman
photojournalist videographer librarian technician electrician plumber carpenter welder mason tailor barber cook
waiter waitress cashier janitor caretaker nanny housewife translator interpreter strategist lobbyist pollster
criminologist demographer academic educator headteacher headmaster trainee intern graduate cadet conscript
serviceman servicewoman policeman policewoman lifeguard sailor hunter climber
""".split()
# Offices written as one hyphenated word (“Rashad Gasimov, vice-president of SOCAR for upstream,”)
PERSON_HEADS += [
    f"{prefix}-{head}"
    for prefix, heads in {
        "vice": "president chairman chairwoman chairperson chair premier rector speaker governor mayor minister consul",
        "co": "founder owner author chairman chairwoman chairperson director leader",
    }.items()
    for head in heads.split()
]
# Heads of an office: “the minister said” is whoever holds it, never a description of somebody else
# just named (“the grower said” may be).
OFFICE_HEADS = """
spokeswoman spokesman spokesperson president leader minister envoy ambassador representative official
chairman chairwoman chairperson chair commander head chief secretary co-chair mayor governor premier director
ombudsman ombudsperson ombudswoman
defender prosecutor judge senator speaker general colonel officer source sources insider deputy mp mep aide
""".split()
# What a ministry's or an office's “of X and Y” may end with (“Ministry of Culture and Sport”).
PORTFOLIO_WORDS = """
Sport Sports Youth Culture Science Education Health Infrastructure Development Trade Industry Tourism Energy
Transport Communications Agriculture Environment Innovation Technology Employment Finance Affairs Resources
Security Cooperation Co-operation Diaspora Integration Defence Defense Justice Economy Labour Labor Welfare
Ecology Protection Construction Planning Investment Investments Budget Statistics Reform Reforms Roads Highways
Bridges Housing Utilities Treasury
Migration Refugees Emergencies Sciences Arts Media Information Digitalization Telecommunications Water Land
Urbanisation Urbanization Climate Change Natural Irrigation Reclamation Forestry Fisheries Food Mining Minerals
Heritage Commerce Tax Taxes Revenue Revenues Mobilisation Mobilization Veterans Family Women Children Relations
Digital Sustainable Tariffs Pricing
""".split()
# Heads of a role that may stand after a name and a comma without a determiner (“X, assistant to …”).
BARE_ROLE_EXTRA = "assistant aide deputy member co-founder owner".split()
# Heads of a phrase that describes somebody the text does not name (“a senior official”).
UNNAMED_HEADS = """
official officials source sources diplomat diplomats officer officers spokesman spokeswoman spokesperson
representative aide aides adviser advisers advisor insider insiders analyst resident residents witness
witnesses soldier soldiers villager villagers worker workers employee employees member members lawmaker
lawmakers deputy deputies negotiator negotiators expert experts person people man woman commander
commanders driver drivers farmer farmers teacher teachers doctor doctors nurse nurses student students
protester protesters survivor survivors journalist journalists activist activists relative relatives
interlocutor interlocutors paediatrician paediatricians pediatrician pediatricians physician physicians
surgeon surgeons medic medics paramedic paramedics midwife midwives deminer deminers sapper sappers
""".split()
DOCUMENT_HEADS = """
statement release readout communique communiqué report post tweet letter message note declaration
notice text document forecast website ruling findings decision verdict video address speech bulletin
justification listing entry audit study survey assessment analysis opinion response reply application
appeal complaint petition indictment resolution motion memorandum warning commentary comment conclusion protocol treaty
information strategy concept programme program plan act
""".split()
# A court's documents: “The decision … states that …” after “The Anti-Corruption Court … extended …” is
# the court's, not the judge's named since.
COURT_DOCUMENTS = frozenset("ruling decision verdict judgment judgement sentence".split())
# The kinds of document (“the post reads” is the post somebody wrote, not the statement issued before it):
# a head of DOCUMENT_HEADS by the kind it names. Words of no kind (“the document”, “the text”) may mean any.
DOCUMENT_KINDS = {
    "statement": "statement release readout communique communiqué declaration notice response reply commentary comment "
    "information",
    "post": "post tweet message",
    "report": "report findings bulletin forecast audit study survey assessment analysis review conclusion act",
    "letter": "letter appeal complaint petition application",
    "ruling": " ".join(sorted(COURT_DOCUMENTS)) + " indictment opinion",
    "agreement": "protocol treaty memorandum resolution motion agreement",
    "plan": "strategy concept programme program plan",
}
# Kinds of document that may stand for one another: what somebody writes to say something (“In its reply, the
# company stated …” … “the letter reads”); never a motion, a ruling or a report for a statement.
MESSAGE_KINDS = frozenset("statement post letter".split())
COURT_HEADS = frozenset("court tribunal".split())
# Words ending in “-ly” that are no adverb: “…,” the family said; “…,” the reply states.
NOUNS_IN_LY = frozenset("reply supply family assembly rally ally anomaly monopoly Italy July".split())
# Nouns of speech that may stand after a possessive: “Vale’s remark that the deal was “…””.
SPEECH_NOUNS = """
remark remarks comment comments words claim claims assertion assertions warning warnings description
assessment call calls appeal appeals accusation accusations allegation allegations demand demands pledge
pledges promise promises criticism characterisation characterization reference references
""".split()
# Documents that carry what their issuer says (“the report states”).
DOCUMENT_ISSUE = "statement bulletin report communique communiqué release declaration study review audit letter".split()
# Plural nouns of people the text does not name (“Residents of Kut said”).
GROUPS = """
residents villagers locals witnesses officials sources analysts experts diplomats people relatives families
protesters workers farmers members supporters critics observers activists doctors teachers students
parents drivers demonstrators marchers participants growers shepherds pensioners passengers commuters
reporters journalists lawyers doctors mothers veterans artists painters sculptors historians writers scholars
scientists economists musicians actors athletes fans shopkeepers traders vendors merchants miners nurses survivors
refugees signatories jurors
""".split()
# What a group the text does not name may be before its noun (“striking workers”, “angry residents”).
GROUP_ADJECTIVES = """
local angry young elderly opposition striking protesting furious frustrated worried displaced unpaid
""".split()
# People who speak for the firm they are named at (“analysts at Caspian Research wrote in a note”): its research.
FIRM_VOICES = "analysts economists strategists".split()
# Words of an office in a parliament (“Chairman of the Standing Committee … of the National Assembly”): a member of it.
PARLIAMENT_WORDS = {"assembly", "parliament", "parliamentary", "majlis", "mejlis", "duma", "kenesh", "rada", "sejm"}
MEDICAL_SPECIALISTS = """
cardiologist oncologist immunologist infectiologist anaesthetist anesthetist obstetrician psychiatrist therapist
epidemiologist virologist
""".split()
ROLE_SYNONYMS = {
    "leader": {"leader", "president", "prime", "head", "chairman"},
    "premier": {"premier", "prime"},  # “the deputy premier replied” of “Deputy Prime Minister X”
    "mp": {"mp", "member", "lawmaker", "parliamentarian", "legislator", *PARLIAMENT_WORDS},
    # “the expert said” of the analyst interviewed: whoever the text gave an expert's role
    "expert": {"expert", "analyst", "director", "fellow", "researcher", "scientist", "economist", "professor"},
    "analyst": {"analyst", "expert", "director", "fellow", "researcher", "scientist", "economist", "professor"},
    "lawmaker": {
        "lawmaker",
        "mp",
        "member",
        "parliamentarian",
        "legislator",
        "representative",
        "senator",
        "congressman",
        "congresswoman",
        *PARLIAMENT_WORDS,  # “the lawmaker said” of “First Deputy Chairman of the State Duma Committee on …”
    },
    # “the deputy said” of “Member of the Milli Majlis Rauf Huseynzade” (a deputy of a parliament), or of a
    # deputy minister
    "deputy": {"deputy", "mp", "member", "parliamentarian", "legislator", "lawmaker"},
    "parliamentarian": {"parliamentarian", "mp", "member", "deputy", "lawmaker", "legislator"},
    "legislator": {"legislator", "mp", "member", "deputy", "lawmaker", "parliamentarian"},
    # “Kommersant's interlocutor said” of the source the outlet spoke to, described before
    "interlocutor": {"interlocutor", "source", "official", "diplomat", "representative"},
    # “the doctor said” of “a paediatrician at a children's hospital” described before
    # (or of “head of the infectious diseases department at the … Children's Hospital”)
    "doctor": {
        "doctor",
        "physician",
        "paediatrician",
        "pediatrician",
        "surgeon",
        "medic",
        "hospital",
        "clinic",
        *MEDICAL_SPECIALISTS,
    },
    # “the ombudsperson said” of “Human Rights Defender Anahit Manasyan”
    "ombudsperson": {"ombudsperson", "ombudsman", "ombudswoman", "defender"},
    "ombudsman": {"ombudsperson", "ombudsman", "ombudswoman", "defender"},
    "aide": {"aide", "assistant", "adviser", "advisor"},
    "adviser": {"adviser", "advisor", "assistant", "aide"},
    "envoy": {"envoy", "representative", "ambassador", "co-chair"},
    "diplomat": {"diplomat", "envoy", "ambassador", "foreign", "mfa"},
}
# Capitalised words of a place's name (“the Lachin Corridor”), never a speaker's.
PLACE_WORDS = """
Corridor Region Regions Street Square Mountains River Sea Lake Village District City Province Valley Bridge
Airport Line Statement Treaty Agreement Day War Road Highway Border Crossing Checkpoint Conference Summit
Accords Declaration Avenue Boulevard Park Complex Memorial Monument Cemetery Stadium Arena Palace Cathedral
Monastery Fortress Constitution Convention
""".split()
# A region named by a compass word (“South Caucasus”, “Central Asia”): a place, never a person (not a country so
# named, “South Korea”, which may speak).
COMPASS = frozenset("North South East West Central Northern Southern Eastern Western".split())
REGIONS = frozenset("Caucasus Asia Europe America Africa Balkans Mediterranean".split())
STATES_SO_NAMED = frozenset(
    {"South Korea", "North Korea", "South Africa", "South Sudan", "North Macedonia", "South Ossetia"}
)
# Events, by the word that ends or follows their names (“the Caspian Oil and Gas Conference”, “the ProWein Shanghai
# exhibition”): nobody who speaks.
EVENTS = """
conference summit forum congress exhibition expo festival games championship week competition contest tournament
fair olympiad biennale
""".split()
# Currencies, after the country that issues them (“US dollars”): no body of that country.
CURRENCIES = """
dollar dollars euro euros rouble roubles ruble rubles pound pounds lira liras manat manats dram drams
""".split()
# The level of a place's body, between the place's name and the body (“the Mangystau regional akimat”, “the
# Tashkent city khokimiyat”).
ADMINISTRATIVE_LEVELS = "city regional district provincial municipal town village oblast county state local".split()
# The levels of a place, after its name in lower case (“Mangystau region”, “Lori province”).
PLACE_LEVELS = "region district province oblast county municipality".split()
# What a document does, in the present, where its words go on (“The resolution “calls on …””).
DOCUMENT_VERBS = """
calls urges condemns welcomes expresses reaffirms recognises recognizes regrets deplores notes stresses emphasises
emphasizes underlines states demands insists considers declares instructs obliges stipulates recommends warns
""".split()
# Nouns after a quoted name that show it names a place (“the “Zangezur corridor””).
PLACE_NOUNS = """
corridor route road highway railway bridge zone region district province pass crossing checkpoint pipeline
border valley river village city town island port
""".split()
# Nouns after a quoted name that show it names a thing (“the “Northern Shield” exercise”).
THING_NOUNS = """
exercise exercises operation plan programme program initiative project campaign format platform doctrine
law bill act treaty process group party movement brigade battalion unit newspaper magazine channel app tv
show festival award
""".split()
# Words before a quoted name that show it is a title or a name, not speech.
THING_INTRODUCERS = """
so-called operation exercise codenamed code-named titled entitled newspaper magazine
""".split()
# Words before a charge's legal wording (“held on charges of “organising mass disorder””): nobody's
# words, unless the sentence reports somebody saying them (“the service said it opened a case on charges of “…””).
CHARGE_INTRODUCERS = ["on charges? of", "charged with", "convicted of", "found guilty of"]
WORKS = """
book film memoir novel song play documentary newspaper magazine programme program show series app website slogan motto
opera ballet album painting poem symphony exhibition law decree bill code article investigation podcast
vaccine vaccines drug drugs medicine brand brands product products
""".split()
MEDIA = """
interfax reuters tass ria afp ap apa trend bbc cnn azatutyun armenpress news.am agency newspaper
television tv radio channel outlet website media press daily times post journal azertac anadolu broadcaster
rfe/rl rferl voa euronews jazeera ap associated bloomberg dpa xinhua efe report.az oc civil.ge dfwatch
aa sputnik jamnews civilnet eurasianet mediamax turan interpressnews ipn kommersant izvestia vedomosti
dw trt sabah hurriyet ntv reportaz apa.az trend.az azatutyun.am news.az caliber caucasian knot agenda.ge
ekho echo novosti meduza mediazona rbc tengrinews akipress arka hetq oxu.az caliber.az kun.uz 24.kg
kazinform inform.kz kaztag vlast.kz azernews interfax-ukraine rustavi imedi formula tvpirveli netgazeti
gazeta novaya bianet duvar daryo asia-plus panorama.am
""".split()
SOCIAL_MEDIA = "twitter facebook telegram instagram x vkontakte youtube".split()
# Documents bodies sign or issue together (“the protocol states”): never the person named last before them. The
# agreements and plans of DOCUMENT_KINDS, and a declaration, a communiqué or “the document”.
BODIES_DOCUMENTS = [
    *DOCUMENT_KINDS["agreement"].split(),
    *DOCUMENT_KINDS["plan"].split(),
    *"declaration communique communiqué document".split(),
]
# Documents somebody moves or files (“the motion argued that …”): whose author the text must name as such, never
# whoever was named last (the court or the chamber that rejected it).
MOVED_DOCUMENTS = frozenset({"motion"})
# What a group does with a banner, a placard or a slogan that makes its words theirs (“hung a banner reading”,
# “chanting slogans”; not “tore down posters reading”, nor “dug trenches near a sign reading”).
DISPLAY_VERBS = """
hold holds held holding carry carries carried carrying hang hangs hung hanging wave waves waved waving raise raises
raised raising unfurl unfurled unfurling display displayed displaying chant chanted chanting shout shouted shouting
put up with bearing
""".split()
# What carries somebody's words without saying them (“according to a video posted on Telegram”): never a speaker.
RECORDINGS = "video videos footage recording recordings audio clip livestream transcript".split()
FEMALE_NAMES = """
karine gulnara manana dinara zarina madina marine ketevan natia sevinj gunel elmira ainur saule zhanna mzia
eka salome nana khatuna maia rusudan lela tamta sopho narine anush ruzanna shoghik nazeli lala aygun konul
ulviyya shahla nargiz mehriban aida zhanar asel ainura dilnoza dilfuza nodira feruza aziza malika zuhra
gulbahor nilufar jamila olesya ksenia ayşe ayse elif emine fatma zeynep merve büşra kübra esra ekaterine
tinatin teona nato nestan khatia lana marika salomea gulshan kamila aliya aizhan gulmira bermet cholpon
anna ana maria mariya irina olga elena yelena natalia natalya tatiana tatyana svetlana ekaterina yekaterina
vera milena marta jana sara petra tamar lena eva nina lilia liliya zara gayane armine astghik naira
sona hasmik marina galina larisa oksana yulia julia sofia sophia laura lucia paula monica andrea
kristina christina victoria viktoria daria darya alina polina anastasia valentina ludmila lyudmila
leyla samira sabina gunay nigar aysel fatima aisha amina zeynab hanna hana karina diana elina
anahit gohar nune shushan lilit ani lusine tatevik mariam siranush arpine zaruhi hripsime aigerim aynur
nino ingrid helen claire ruth miriam ursula kaja alice catherine elizabeth jennifer margaret ines agnes
karin kristin carmen nadia gulnar zeynep ayse esther rachel sarah susan ann anne jane janet
""".split()
MALE_NAMES = """
garik arman rashad nurlan aibek bakyt temir kemal artur rustam ulugbek jasur timur aram vardan ashot
gevorg hovhannes mamuka kakha shalva tengiz nika lasha giga beka elmar mukhtar kassym yerlan askar daulet
sadyr kanybek almazbek emomali shavkat sardor bekzod aziz hakan mevlüt mevlut ömer omer serdar selim emin
mehmet ahmet mustafa murat burak cem kerem onur tolga levent erdogan recep yusuf ibrahim osman hasan
huseyn hüseyn elshad ramil ramiz rovshan vusal zaur kamran ilgar samir emil elvin javid nijat rauf
zurab irakli davit levan giorgi vakhtang tornike dato gela paata badri shota otar archil avtandil
ruben tigran armen hayk karen gagik narek samvel vahan vahagn ashot suren edgar hrant seyran arsen
yerzhan nursultan talgat marat bolat berik serik almaz azamat kubanychbek emil dastan
nikita ilya luka luca mustafa musa isa joshua sasha misha kostya vanya
nikol arayik artak armen ararat karen gagik tigran vahagn ruben davit david gor narek hayk samvel
sergei sergey dmitry vladimir pavel ivan andrei alexei mikhail igor oleg yuri viktor boris maxim
ilham jeyhun hikmet elnur vugar ramil rashid farid kamran elchin anar tural orkhan elshad aykhan
peter petar petr louis javier toivo josep charles emmanuel olaf joe antony ned john james michael
mark paul thomas tomas george giorgi irakli zurab levan recep mevlut ahmet mehmet ali omar
jonas nils erik lars jan piotr marko milan goran bolat kamil
""".split()
PRONOUNS = {
    "he": "person",
    "she": "person",
    "it": "organisation",
    "they": "organisation",
    "him": "person",
    "her": "person",
}
FEMALE_WORDS = """
she her spokeswoman chairwoman mrs mrs. ms ms. woman wife mother daughter sister widow grandmother aunt niece
""".split()
MALE_WORDS = """
he him his spokesman chairman mr mr. man husband father son brother widower grandfather uncle nephew
""".split()
# Words that say there are several of whatever follows (“Two of the victims”): never “he” or “she”.
MANY = "two three four five six seven eight nine ten some several many both dozens hundreds".split()
# Abbreviations in capitals that name a measure or a thing, never a body that could speak (“the tax
# revenues-to-GDP ratio”).
TERMS = """
GDP GNP GNI CPI PPI VAT FDI LNG LPG CNG PPP IPO ATM GPS SIM SMS PDF HIV AIDS COVID DNA
AMD AZN GEL RUB KZT UZS KGS TJS TMT TRY USD EUR
""".split()  # (and the region's currencies by their codes: “AMD 1.3 billion”)
# Capitalised words that open sentences or clauses and never start a name.
NOT_NAMES = """
The A An This That These Those It Its He She They We I You In On At As By For From Of To With After
Before During Since Until When While Where Why What How If But And Or So Yet Meanwhile However Both
Also Earlier Later Then There Here Speaking According Echoing Asked Following Despite Although Though
Moreover Furthermore Still Yesterday Today Tomorrow Last Next One Two Three Four Five Six Seven Eight
Nine Ten Some Many Several Most All Each Every Such Our Their His Her My Your No Not Only Even Just
Instead Under Over Between Among Against Without Within About Around Once Twice Apparently Indeed
Back Look Very Another More Fewer Less Dozen Dozens Hundred Hundreds Thousand Thousands Nearly Almost
""".split()
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
MONTH_ABBREVIATIONS |= {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Words ending with a full stop that does not end the sentence (“Mr.”, “Nov.”, “U.S.”).
ABBREVIATIONS = "mr mrs ms dr gen col lt st u.s u.k u.n no sen rep prof maj gov jr sr adm brig capt".split()
# Words that may stand between a subject and its verb: adverbials of time and manner.
ADVERBIALS = """
on in at late early last this next also later afterwards again then however meanwhile earlier previously
once further separately today yesterday tonight reportedly herself himself itself morning evening
afternoon night week month year the a
""".split()
# Connecting words inside organisations' names and titles (“Organisation for Security …”).
NAME_CONNECTORS = "of the for de da van von al bin el du der on to".split()


def _table(text):
    verbs = []
    for line in text.strip().splitlines():
        spec, *rest = re.split(r"\s{2,}", line.strip())
        lemma, _, irregular = spec.partition(":")
        words = " ".join(rest).split()
        medium = next((w for w in words if w not in CLASSES), "")
        forms = english_forms(lemma, irregular)
        verbs.append(Verb(lemma, **forms, classes=frozenset(w for w in words if w in CLASSES), medium=medium))
    return verbs


@dataclass(frozen=True)
class Lexicon:
    """What a language's stages know of its words. Lists are as printed; look-ups are by lower case."""

    verbs: tuple
    finite_words: frozenset = frozenset()
    titles: frozenset = frozenset()
    person_title_words: frozenset = frozenset()
    demonyms: dict = field(default_factory=dict)
    body_prefixes: frozenset = frozenset()
    organisation_heads: frozenset = frozenset()
    organisation_name_words: frozenset = frozenset()
    organisation_descriptors: tuple = ()
    quoted_body_words: tuple = ()
    business_descriptors: tuple = ()
    generic_organisations: frozenset = frozenset()
    organisation_nicknames: dict = field(default_factory=dict)
    generic_name_words: frozenset = frozenset()
    ministry_kinds: dict = field(default_factory=dict)
    person_heads: frozenset = frozenset()
    office_heads: frozenset = frozenset()
    portfolio_words: frozenset = frozenset()
    bare_generic_organisations: frozenset = frozenset()
    body_members: frozenset = frozenset()
    kinship: frozenset = frozenset()
    ethnonyms: frozenset = frozenset()
    bare_role_extra: frozenset = frozenset()
    unnamed_heads: frozenset = frozenset()
    document_heads: frozenset = frozenset()
    court_documents: frozenset = frozenset()
    document_kinds: dict = field(default_factory=dict)  # a document's head word → its kind
    chamber_words: frozenset = frozenset()
    moved_documents: frozenset = frozenset()
    display_verbs: frozenset = frozenset()
    court_heads: frozenset = frozenset()
    speech_nouns: frozenset = frozenset()
    document_issue: frozenset = frozenset()
    groups: frozenset = frozenset()
    group_adjectives: frozenset = frozenset()
    firm_voices: frozenset = frozenset()
    body_kinds: tuple = ()
    source_kinds: tuple = ()
    known_bodies: frozenset = frozenset()
    company_stems: str = ""
    role_synonyms: dict = field(default_factory=dict)
    place_words: frozenset = frozenset()
    capitals: frozenset = frozenset()
    place_nouns: frozenset = frozenset()
    administrative_levels: frozenset = frozenset()
    place_levels: frozenset = frozenset()
    document_verbs: frozenset = frozenset()
    currencies: frozenset = frozenset()
    events: frozenset = frozenset()
    thing_nouns: frozenset = frozenset()
    thing_introducers: tuple = ()
    charge_introducers: tuple = ()
    works: tuple = ()
    media: frozenset = frozenset()
    recordings: frozenset = frozenset()
    bodies_documents: frozenset = frozenset()
    social_media: frozenset = frozenset()
    female_names: frozenset = frozenset()
    male_names: frozenset = frozenset()
    pronouns: dict = field(default_factory=dict)
    female_words: frozenset = frozenset()
    male_words: frozenset = frozenset()
    not_names: frozenset = frozenset()
    terms: frozenset = frozenset()
    many: frozenset = frozenset()
    months: dict = field(default_factory=dict)
    month_abbreviations: dict = field(default_factory=dict)
    weekdays: tuple = ()
    abbreviations: frozenset = frozenset()
    adverbials: frozenset = frozenset()
    name_connectors: frozenset = frozenset()
    not_speech: frozenset = frozenset()
    occasion_words: frozenset = frozenset()

    def forms(self, *classes, kinds=("base", "third", "past", "ing")):
        """The forms (of `kinds`) of every verb of any of `classes` (of all verbs when none is given)."""
        out = set()
        for verb in self.verbs:
            if not classes or verb.classes & set(classes):
                for kind in kinds:
                    out |= getattr(verb, kind)
        return frozenset(out)

    def documents_akin(self, kind, other):
        """A document of `other` kind may be the one a phrase of `kind` means: the same kind, either of none, or
        both messages."""
        return kind == other or not kind or not other or {kind, other} <= MESSAGE_KINDS

    def document_kind(self, word):
        """The kind of document `word` names (“statements” → "statement"), or "" for one of no kind."""
        w = word.lower().strip('.,;:“”"«»')
        return self.document_kinds.get(w) or self.document_kinds.get(w.removesuffix("s"), "")

    def verb(self, word):
        """The Verb one of whose forms `word` is, or None."""
        return self._by_form.get(word.lower())

    @cached_property
    def _by_form(self):
        return {form: verb for verb in self.verbs for form in verb.forms}

    @cached_property
    def calendar(self):
        """Capitalised month and weekday names."""
        return frozenset(w.capitalize() for w in [*self.months, *self.weekdays])

    @cached_property
    def countries(self):
        """The countries the demonyms name, and the names a country also goes by (“Türkiye”)."""
        return frozenset(self.demonyms.values()) | COUNTRY_NAMES_ALSO

    @cached_property
    def nationalities(self):
        """Demonyms and the names of bodies that stand before titles like them."""
        return frozenset(self.demonyms) | self.body_prefixes


def head_in(word, heads):
    """`word` is one of `heads`, allowing one typo in a long word (“Min8stry”)."""
    if isinstance(heads, frozenset):
        return _head_in(word, heads)
    return _head_in.__wrapped__(word, heads)


@lru_cache(maxsize=65536)
def _head_in(word, heads):
    w = word.lower().rstrip(".,;:")
    if w in heads:
        return True
    # Only a letter typed for another in a long word: “officer” is not a typo for “office”.
    return len(w) >= 7 and any(len(h) == len(w) and edit_distance_at_most_one(w, h) for h in heads)


def edit_distance_at_most_one(a, b):
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1 :] for i in range(len(b)))


ENGLISH = Lexicon(
    verbs=tuple(_table(VERBS)),
    finite_words=frozenset(FINITE_WORDS) | OPINION_FORMS,
    titles=frozenset(TITLES),
    person_title_words=frozenset(PERSON_TITLE_WORDS),
    demonyms=DEMONYMS,
    body_prefixes=frozenset(BODY_PREFIXES),
    organisation_heads=frozenset(ORGANISATION_HEADS),
    organisation_name_words=frozenset(ORGANISATION_NAME_WORDS) | {w.capitalize() for w in ORGANISATION_HEADS},
    organisation_descriptors=tuple(ORGANISATION_DESCRIPTORS),
    quoted_body_words=tuple(QUOTED_BODY_WORDS),
    business_descriptors=tuple(BUSINESS_DESCRIPTORS),
    generic_organisations=frozenset(GENERIC_ORGANISATIONS),
    bare_generic_organisations=frozenset(BARE_GENERIC_ORGANISATIONS),
    body_members=frozenset(BODY_MEMBERS),
    kinship=frozenset(KINSHIP),
    ethnonyms=frozenset(ETHNONYMS),
    organisation_nicknames=ORGANISATION_NICKNAMES,
    generic_name_words=frozenset(GENERIC_NAME_WORDS),
    ministry_kinds={k: re.compile(v, re.IGNORECASE) for k, v in MINISTRY_KINDS.items()},
    person_heads=frozenset(PERSON_HEADS),
    office_heads=frozenset(OFFICE_HEADS),
    portfolio_words=frozenset(PORTFOLIO_WORDS),
    bare_role_extra=frozenset(BARE_ROLE_EXTRA),
    unnamed_heads=frozenset(UNNAMED_HEADS),
    document_heads=frozenset(DOCUMENT_HEADS),
    court_documents=COURT_DOCUMENTS,
    document_kinds={word: kind for kind, words in DOCUMENT_KINDS.items() for word in words.split()},
    chamber_words=CHAMBER_WORDS,
    moved_documents=MOVED_DOCUMENTS,
    display_verbs=frozenset(DISPLAY_VERBS),
    court_heads=COURT_HEADS,
    speech_nouns=frozenset(SPEECH_NOUNS),
    document_issue=frozenset(DOCUMENT_ISSUE),
    groups=frozenset(GROUPS),
    group_adjectives=frozenset(GROUP_ADJECTIVES),
    firm_voices=frozenset(FIRM_VOICES),
    body_kinds=BODY_KINDS,
    source_kinds=SOURCE_KINDS,
    known_bodies=frozenset(KNOWN_BODIES),
    company_stems=COMPANY_STEMS,
    role_synonyms=ROLE_SYNONYMS,
    place_words=frozenset(PLACE_WORDS),
    capitals=frozenset(CAPITALS),
    place_nouns=frozenset(PLACE_NOUNS),
    administrative_levels=frozenset(ADMINISTRATIVE_LEVELS),
    place_levels=frozenset(PLACE_LEVELS),
    document_verbs=frozenset(DOCUMENT_VERBS),
    currencies=frozenset(CURRENCIES),
    events=frozenset(EVENTS),
    thing_nouns=frozenset(THING_NOUNS),
    thing_introducers=tuple(THING_INTRODUCERS),
    charge_introducers=tuple(CHARGE_INTRODUCERS),
    works=tuple(WORKS),
    media=frozenset(MEDIA),
    recordings=frozenset(RECORDINGS),
    bodies_documents=frozenset(BODIES_DOCUMENTS),
    social_media=frozenset(SOCIAL_MEDIA),
    female_names=frozenset(FEMALE_NAMES),
    male_names=frozenset(MALE_NAMES),
    pronouns=PRONOUNS,
    female_words=frozenset(FEMALE_WORDS),
    male_words=frozenset(MALE_WORDS),
    not_names=frozenset(NOT_NAMES),
    terms=frozenset(TERMS),
    many=frozenset(MANY),
    months=MONTHS,
    month_abbreviations=MONTH_ABBREVIATIONS,
    weekdays=tuple(WEEKDAYS),
    abbreviations=frozenset(ABBREVIATIONS) | frozenset(MONTH_ABBREVIATIONS),
    adverbials=frozenset(ADVERBIALS),
    name_connectors=frozenset(NAME_CONNECTORS),
    not_speech=frozenset(NOT_SPEECH),
    occasion_words=frozenset(OCCASION_WORDS),
)
