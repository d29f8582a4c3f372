"""Words the rules read: speech verbs, titles, the heads of role and organisation phrases."""

import re

SPEECH_VERBS = """
said says say told tells added adds noted notes stressed stresses emphasized emphasised emphasizes
underlined underscored wrote writes tweeted posted stated states declared warned warns claimed claims
insisted insists explained continued urged urges argued argues announced replied responded commented
concluded alleged acknowledged admitted asserted maintained remarked recalled reiterated conceded
cautioned vowed pledged promised demanded complained read reads observed affirmed assured confirmed
countered predicted suggested thundered shouted quipped wrote
""".split()
# Verbs that attribute a quoted word or phrase to the subject ("accused Armenia of “provocations”").
FRAGMENT_VERBS = (
    SPEECH_VERBS
    + """
expressed voiced accused condemned called calling described describing denounced dismissed branded
termed labelled labeled criticized criticised blamed decried slammed hailed welcomed spoke referred
refused rejected discuss discussed praised saying accusing warning urging call calls describe describes
accuse accuses dismiss dismisses condemn condemns ordered ruled recorded registered
""".split()
)
MULTIWORD_CUES = ["pointed out", "went on", "hit back", "according to"]

PERSON_TITLES = """
President Vice Prime Minister Ministers Foreign Defence Defense Interior Deputy Secretary Secretary-General
General Gen. Spokesman Spokeswoman Spokesperson Ambassador Envoy Special Representative Senior Adviser
Advisor Chairman Chairwoman Chair Speaker Head Chief Commander Colonel Col. Lt. Lieutenant Major Maj.
Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sen. Senator Rep. Governor Mayor Ombudsman Human Rights Defender State
Former Acting Co-Chair Co-chair Director Mufti Bishop Archbishop Patriarch Catholicos Pope King Queen
Prince Sheikh Emir Father Rabbi Imam Professor Prof. Judge Justice Attorney Negotiator Negotiations Affairs
Executive Officer Press Commissioner High Chancellor Premier Captain Sergeant Admiral MP MEP Lawmaker
for of the on to and
""".split()
NATIONALITIES = """
Azerbaijani Azeri Armenian Russian American French German British Turkish Iranian Georgian Ukrainian
European Karabakh Artsakh U.S. US UN EU NATO OSCE Kremlin Israeli Palestinian Chinese Indian Italian
Spanish Dutch Swedish Polish Canadian Japanese Qatari Saudi Egyptian Syrian Iraqi Belarusian Kazakh
""".split()
ORG_HEADS = """
ministry mfa office government department agency service council committee commission army military
police embassy court union organisation organization administration presidency cabinet parliament
assembly party forces force group bank institute university centre center foundation secretariat
mission kremlin leadership authorities side command headquarters staff guard guards corps directorate
prosecutor's prosecutors bureau unit watch network coalition movement alliance league federation
company firm operator airline carrier body association delegation bloc
""".split()
PERSON_HEADS = """
spokeswoman spokesman spokesperson president leader minister envoy ambassador representative official
chairman chairwoman chair commander head chief adviser advisor secretary co-chair diplomat negotiator
lawyer ombudsman defender mayor governor premier director analyst expert resident witness officer
general colonel prosecutor judge senator lawmaker deputy mp speaker man woman executive coordinator
founder ceo manager editor professor doctor surgeon activist researcher economist mediator
farmer worker driver teacher nurse student villager protester survivor soldier assistant aide author authors
priest scientist scholar historian journalist politician commentator blogger
""".split()
DOCUMENT_HEADS = """
statement release readout communique communiqué report post tweet letter message note declaration
notice text document forecast website ruling findings decision verdict video address speech bulletin
""".split()
# Common first names by gender, for “he” and “she” (“Karen” is a man's name in Armenian, “Kakha”
# a Georgian man's): a name in neither list says nothing.
FEMALE_NAMES = set(
    """
anna ana maria mariya irina olga elena yelena natalia natalya tatiana tatyana svetlana ekaterina yekaterina
vera milena marta jana sara petra tamar lena eva nina lilia liliya zara gayane armine astghik naira
sona hasmik marina galina larisa oksana yulia julia sofia sophia laura lucia paula monica andrea
kristina christina victoria viktoria daria darya alina polina anastasia valentina ludmila lyudmila
leyla samira sabina gunay nigar aysel fatima aisha amina zeynab hanna hana karina diana elina
anahit gohar nune shushan lilit ani lusine tatevik mariam siranush arpine zaruhi hripsime aigerim aynur
nino ingrid helen claire ruth miriam ursula kaja alice catherine elizabeth jennifer margaret ines agnes
karin kristin carmen nadia leyla gulnar zeynep ayse esther rachel sarah susan ann anne jane janet
""".split()
)
MALE_NAMES = set(
    """
nikita ilya luka luca mustafa musa isa joshua sasha misha kostya vanya
nikol arayik artak armen ararat karen gagik tigran vahagn ruben davit david gor narek hayk samvel
sergei sergey dmitry vladimir pavel ivan andrei alexei mikhail igor oleg yuri viktor boris maxim
ilham jeyhun hikmet elnur vugar ramil rashid farid kamran elchin anar tural orkhan elshad aykhan
peter petar petr louis javier toivo josep charles emmanuel olaf joe antony ned john james michael
david mark paul thomas tomas george giorgi irakli zurab levan recep mevlut ahmet mehmet ali omar
jonas nils erik lars jan piotr marko milan goran luka bolat kamil
""".split()
)
PRONOUNS = {
    "he": "person",
    "she": "person",
    "it": "organisation",
    "they": "organisation",
    "him": "person",
    "her": "person",
}
FEMALE = {"she", "her", "spokeswoman", "chairwoman", "mrs", "mrs.", "ms", "ms.", "woman"}
MALE = {"he", "him", "his", "spokesman", "chairman", "mr", "mr.", "man"}
# Capitalised words that open sentences or clauses and never start a name.
NOT_NAMES = """
The A An This That These Those It Its He She They We I You In On At As By For From Of To With After
Before During Since Until When While Where Why What How If But And Or So Yet Meanwhile However Both
Also Earlier Later Then There Here Speaking According Echoing Asked Following Despite Although Though
Moreover Furthermore Still Yesterday Today Tomorrow Last Next One Two Three Four Five Six Seven Eight
Nine Ten Some Many Several Most All Each Every Such Our Their His Her My Your No Not Only Even Just
Instead Under Over Between Among Against Without Within About Around Once Twice Apparently Indeed
Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July
August September October November December Back Look Very
""".split()
MEDIA = """
interfax reuters tass ria afp ap apa trend bbc cnn azatutyun armenpress news.am agency newspaper
television tv radio channel outlet website media press daily times post journal
""".split()
ORG_NAME_WORDS = {w.capitalize() for w in ORG_HEADS} | {
    "Ministry",
    "Office",
    "Government",
    "Council",
    "Union",
    "Forces",
    "Army",
    "Police",
    "Court",
    "Commission",
    "Embassy",
    "Parliament",
    "Assembly",
    "Party",
    "Organization",
    "Organisation",
    "Group",
    "Department",
    "Agency",
    "Service",
    "Committee",
    "Nations",
    "Bank",
    "Institute",
    "University",
    "Foundation",
    "Red",
    "Cross",
    "MFA",
    "Kremlin",
    "Administration",
    "Presidency",
    "Cabinet",
    "Mission",
    "Watch",
    "International",
    "Secretariat",
    "Directorate",
    "Chamber",
    "Lines",
    "Airlines",
    "Airways",
    "Air",
    "Motors",
    "Inc",
    "Ltd",
    "Corp",
    "Company",
    "Holdings",
    "Energy",
    "Board",
    "Centre",
    "Center",
    "Federation",
    "Exporters",
    "Union's",
    "Alliance",
    "Association",
    "Coalition",
    "Front",
    "Movement",
    "Corps",
    "Guard",
    "Command",
    "Headquarters",
    "Staff",
    "Network",
    "Radio",
    "TV",
    "Television",
    "News",
    "Times",
    "Press",
    "Interfax",
    "Reuters",
    "TASS",
}
MINISTRY_KINDS = {
    "foreign": re.compile(r"\b(foreign|mfa|external affairs|state department)\b", re.I),
    "defence": re.compile(r"\b(defen[cs]e|mod|armed forces|military)\b", re.I),
    "interior": re.compile(r"\b(interior|internal affairs|home)\b", re.I),
}


def edit_distance_at_most_one(a, b):
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if a == b[:i] + b[i + 1 :]:
            return True
    return False


def head_in(word, heads):
    """`word` is one of `heads`, allowing one typo in a long word (“Min8stry”)."""
    w = word.lower().rstrip(".,;:")
    if w in heads:
        return True
    # Only a letter typed for another in a long word: “officer” is not a typo for “office”.
    return len(w) >= 7 and any(len(h) == len(w) and edit_distance_at_most_one(w, h) for h in heads)
