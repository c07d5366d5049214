"""Word lists for statement extraction: reporting verbs, titles, role nouns.

Kept apart from the extraction logic so that they are easy to read and extend.
"""
from __future__ import annotations

import re

# Patterns of the hot functions below (noun phrases, cues, clauses, resolution), compiled once
_NEXT_WORD_RE = re.compile(r"\s+[“\"‘]?(\w+)")  # (a quotation may open: expressed "concern at ...")
_POSSESSOR_NEXT_RE = re.compile(r"\s+[A-Z][\w.-]*['’]s\s")
_FOR_OR_ON_RE = re.compile(r"\s+(for|on)\b")
_CHANNEL_PREPOSITION_RE = re.compile(r"\s+(?:with|through|via|by|in|on|to)\b")
_SHARED_VIEW_RE = re.compile(r"\s+(?:the|their|a|his|her)\s+(?:view|views|understanding|assessment|hope)\b")
_RAISED_OBJECT_RE = re.compile(r"\s+(?:(?:in|at|during|with|on)\s+[^,.;]{1,80}?\s+(?=(?:the need|the importance|concerns?)\b))?"
                         r"(\w+(?:\s+\w+)?)")
_CLAUSE_OR_QUOTE_NEXT_RE = re.compile(r"\s*(?:,\s*)?(?:that\b|[,:]?\s*[“\"«]|[,.;]|$)")
_THAT_NEXT_RE = re.compile(r"\s+that\b")
_PREPOSITION_THEN_THAT_RE = re.compile(r"\s+(?:at|in|on|during|after|before|to|with|from|via|through|over|earlier|later|"
                                       r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\b[^,;.“”\"]{0,60}?\s+that\s+"
                                       r"(?!(?:was|were|is|are|has|have|had|will|would|can|could|took|takes)\b)")  # (not "on the meeting that was held")
_STANCE_OBJECT_RE = re.compile(r"\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:commitment|support|readiness|willingness|intention|"
                               r"determination|opposition|position|stance|rejection|concern|solidarity)\b")
_POSTED_THAT_RE = re.compile(r"\s+(?:on|to|in)\s(?:[^,;.“”\"]|[“\"]\w{1,12}[”\"]){0,60}?\s+that\b")
_RECOGNIZED_OBJECT_RE = re.compile(r"\s+(?:that\b|the\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:importance|need|value|significance|role|progress|efforts?|contributions?|"
                                   r"benefits?|links|ties|achievements?|challenges?|urgency|centrality|potential|necessity|threats?|risks?|merits?)\b)")
_TO_NEXT_RE = re.compile(r"\s+to\s")
_FORWARD_TO_RE = re.compile(r"\s+forward\s+to\s+")
_AGREED_COMPLEMENT_RE = re.compile(r"\s+(?:(?:today|yesterday|again|also|jointly|unanimously|(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?(?:that|to|with|on|in principle)\b")
_INFORMED_THAT_RE = re.compile(r"\s+(?:[\w.'’-]+\s+){1,8}?that\b")
_DESCRIBED_AS_RE = re.compile(r"(?:[^.;]|\.(?=\S)|(?<=\b[A-Z])\.){1,120}?\bas\b")  # "his meeting with U.S. Secretary ... as"


# Reporting verbs in all forms we accept. A particle after some verbs ("called for",
# "appealed to", "insisted on") is part of the cue.
CUE_VERBS = """
said says say saying told tells telling stated states stating stressed stresses stressing
emphasized emphasised emphasizes emphasizing emphasising underscored underscores underscoring
underlined underlines asserted asserts asserting insisted insists insisting urged urges urging
warned warns warning claimed claims claiming acknowledged acknowledges acknowledge acknowledging
noted notes noting added adds adding remarked remarks remarking reiterated reiterates reiterating
reaffirmed reaffirms reaffirming pressed presses pressing raised raises raising
called calls calling appealed appeals appealing expressed expresses expressing
pointed points pointing assured assures assuring described describes describing
explained explains explaining argued argues arguing announced announces announcing
declared declares declaring maintained maintains maintaining contended contends
suggested suggests suggesting highlighted highlights highlighting affirmed affirms affirming
vowed vows vowing pledged pledges pledging promised promises promising agreed agree agrees agreeing
accused accuses accusing criticized criticised criticizes criticizing condemned condemns condemning
denied denies denying rejected rejects rejecting replied replies replying responded responds
responding answered answers asked asks asking wrote writes writing tweeted
countered counters cautioned cautions conceded concedes admitted admits confirmed confirms
confirming reported reports observed observes commented comments recalled recalls predicted
predicts demanded demands demanding requested requests proposed proposes complained complains
lamented laments charged charges alleged alleges signaled signalled signals indicated indicates
conveyed conveys reassured reassures reminded reminds welcomed welcomes welcoming
informed informs opined hailed hails praised praises made makes making decided decides
concurred concurs appreciated appreciates voiced voices recognized recognizes shared shares advised advises
committed commits mentioned mentions encouraged encourages believes believed sees
communicated communicates communicate considers considered hopes hoped thinks thought hinted hints
characterized characterised characterizes characterises refuted refutes refuting rebutted rebuts
repeated repeats renewed renews
denounced denounces denouncing deplored deplores deploring decried decries slammed slams lambasted
commended commends regretted regrets revealed reveals reconfirmed reconfirms applauded applauds
thanked thanks thanking congratulated congratulates congratulating paid pays paying
offered offers extended extends wished wishes ruled rules posted posts laid lays placed places
re-affirmed re-affirms re-affirming re-iterated re-iterates re-emphasized re-emphasised reflected reflects
looked looks looking
""".split()

# Present forms of a plural subject ("both sides recognize the importance of ..."): a cue only
# after a third person, never "we urge" (the text's own voice) or "are welcome to"
_PLURAL_PRESENT_WORDS = """recognize reaffirm stress emphasize emphasise underscore reiterate urge welcome note see believe
condemn call express commend underline deplore affirm encourage recall reject demand regret
pledge vow warn commit reconfirm look""".split()
PLURAL_PRESENT = set(_PLURAL_PRESENT_WORDS)
CUE_VERBS += _PLURAL_PRESENT_WORDS

# Verbs that need a following particle or object noun to be a cue.
PARTICLE_CUES = {
    "called": ("for", "on", "upon"), "calls": ("for", "on", "upon"), "calling": ("for", "on", "upon"), "call": ("for", "on", "upon"),
    "appealed": ("to", "for"), "appeals": ("to", "for"), "appealing": ("to", "for"),
    "pointed": ("out",), "points": ("out",), "pointing": ("out",),
    "reflected": ("on", "upon"), "reflects": ("on", "upon"),  # "The two leaders reflected on the strong state of ..."
    "made": ("clear",), "makes": ("clear",), "making": ("clear",),
    "ruled": ("out", "that"), "rules": ("out",),  # "ruled out that ...", a court "ruled that ..." (not "the rules that")
    "expressed": None, "expresses": None, "expressing": None, "express": None,  # expressed hope/concern/...
    "voiced": None, "voices": None,  # voiced concern/support/...
    "raised": None, "raises": None, "raising": None,  # raised concerns/the issue of ...
}
EXPRESS_OBJECTS = (
    "hope", "hopes", "concern", "concerns", "confidence", "willingness", "support", "opposition",
    "regret", "dissatisfaction", "appreciation", "gratitude", "satisfaction", "disappointment",
    "readiness", "optimism", "condolences", "sympathy", "outrage", "alarm", "frustration",
    "serious", "deep", "grave", "strong", "firm", "its", "his", "her", "their", "the",
    "that", "similar", "views", "thoughts", "understanding", "solidarity", "welcome", "respect", "interest",
    "continued", "renewed", "full", "sincere", "heartfelt", "great",
    "commitment", "determination", "condemnation", "desire", "wish", "intention", "belief", "displeasure",
    "reservations", "doubts", "objection", "objections", "dismay", "surprise", "scepticism", "skepticism",
    "indignation", "resolve", "unwavering", "our",
)
RAISE_OBJECTS = ("the need", "the importance", "concern", "concerns", "continued concern", "ongoing concern", "longstanding concern", "specific concern", "the issue", "the issues", "the case", "the cases", "the matter", "objections", "questions", "the question", "issues", "serious", "deep", "strong", "grave", "human", "a", "his", "her", "their", "its")

# Verbs whose object comes before the reported clause ("told reporters that ...").
OBJECT_VERBS = {
    "told", "tells", "telling", "assured", "assures", "assuring", "warned", "warns", "warning",
    "reminded", "reminds", "informed", "informs", "briefed", "briefs", "urged", "urges", "urging",
    "pressed", "presses", "pressing", "reassured", "reassures", "asked", "asks", "asking",
    "advised", "advises", "encouraged", "encourages",
}
# Nouns that are typical objects of "told" without "that" ("told reporters the U.S. would").
TOLD_OBJECTS = (
    "reporters", "journalists", "the media", "the press", "lawmakers", "senators", "congress",
    "an audience", "the audience", "a news conference", "a press conference", "a briefing",
    "the briefing", "a forum", "students", "state media", "state television", "the conference",
    "his counterpart", "her counterpart", "their counterparts", "his chinese counterpart",
    "his american counterpart", "her chinese counterpart", "her american counterpart", "me", "us", "him", "her",
    "them", "the committee", "the council", "the assembly", "the gathering", "delegates",
)

# Capitalised words that are titles, not names ("Secretary of State Antony Blinken").
TITLE_WORDS = set(
    """secretary state minister foreign president vice premier prime chairman chairwoman chair chairperson rapporteur
    spokesperson spokesman spokeswoman ambassador envoy senator sen rep representative gov governor
    mr mrs ms dr prof professor general gen admiral adm lt col colonel major maj capt captain
    commander cmdr sergeant sgt deputy assistant undersecretary under special senior chief director
    national security adviser advisor counselor councillor commerce treasury defense defence trade
    finance interior justice energy health education agriculture labor homeland u.s us u.s.a american
    america's chinese china's china beijing's washington's japanese japan's philippine korean
    south north taiwanese taiwan's russian russia's ukrainian british french german european
    indian australian canadian former acting top leading lead executive official officials
    leader mayor king queen prince princess emir sultan crown fm pm eam judge premier's of the and party general-secretary secretary-general
    house speaker majority minority whip department ministry vice-president vice-premier
    state's lawmaker rep. sen. gov. mr. mrs. ms. dr. gen. adm. lt. col. maj. capt. cmdr. sgt. prof.
    his her their its new newly appointed incoming outgoing then attorney solicitor envoy's
    representative's chief's republican democratic democrat republican-led affairs
    cabinet u.n. un eu nato cs ps
    commodore rear lieutenant marshal brigadier field air vice-admiral rear-admiral major-general
    lieutenant-general ambassador-at-large envoy-at-large coordinator administrator commissioner
    high minister-counselor consul consul-general attache attaché press secretary's spokesman's
    indonesian malaysian vietnamese thai singaporean korean's filipino mongolian cambodian burmese
    pakistani bangladeshi israeli iranian saudi turkish egyptian brazilian mexican italian spanish
    dutch polish czech hungarian swedish norwegian finnish danish irish belgian swiss austrian
    prc p.r.c. lithuanian estonian latvian new zealand's emirati qatari nigerian kenyan south african
    argentine chilean peruvian colombian venezuelan cuban north korean lao laotian nepali
    sri lankan afghan iraqi syrian lebanese jordanian palestinian moldovan georgian armenian
    representative-elect first lady lord lady sir dame his excellency excellency madam
    honorable honourable hon hon. rt rt. right prez chancellor foreign secretary defence home cabinet counsellor captain's
    shri smt shrimati h.e. h.e
    """.split()
)


# Head nouns of speaker noun phrases written in lower case ("the senior Chinese official").
ROLE_HEADS = set(
    """official officials diplomat diplomats spokesperson spokesman spokeswoman spokespeople minister
    ministers secretary president premier leader leaders side sides analyst analysts expert experts
    observer observers source sources ministry department embassy government administration statement
    readout communique communiqué report envoy ambassador negotiator negotiators adviser advisers
    advisor advisors aide aides lawmaker lawmakers senator senators critic critics activist activists
    researcher researchers scholar scholars professor counterpart delegation team countries nations parties
    participants commentator commentators editorial newspaper agency office military army navy
    spokespersons representative representatives chairman chair foreign-minister president-elect
    economist economists executive executives officer officers delegate delegates participant
    residents people citizens voters protesters protestors students workers businesses companies
    investors legislators members mps congressmen congresswomen scientists doctors campaigners
    groups organizations organisations insiders analysts' diplomats' authorities spokespeople
    commander commanders general generals admiral officials' envoys ambassadors ministers'
    inspectors monitors witnesses survivors families relatives lawyers attorneys prosecutors
    judges regulators diplomat's person persons man woman men women official's""".split()
)

# Institution heads among capitalised phrases ("the Commerce Ministry").
INSTITUTION_HEADS = set(
    """Ministry Department Embassy House Office Council Commission Agency Administration Government
    Pentagon Kremlin Xinhua Committee Bureau Mission Consulate Command Army Navy Guard Party Court
    Parliament Congress Senate Union Organization Organisation Bank Fund Association Institute
    University Center Centre Foundation Times News Post Journal Press Daily Agency Cabinet Secretariat
    Corporation Company Group Forum Assembly Federation Network Television Radio Service Services
    Chamber Board Authority Authorities Coalition Alliance Secretariat Staff Police Corps Force Forces
    Inc Corp Ltd Co Reuters Bloomberg CNN BBC AP AFP Nikkei Kyodo Yonhap CCTV CGTN NATO UN EU WHO WTO
    MFA MOFA MoFA""".split()
)

# Words that start a sentence or clause but never a speaker name.
NON_NAME_WORDS = set(
    """The A An This That These Those It Its He She They We I You His Her Their Our My But And Or
    However Meanwhile Still Yet Also In On At For After Before When While Although Though As If
    Since Both Neither Such Some Many Most Other Others During Despite With Without Speaking
    Asked Earlier Later Then Now Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November
    December Separately Instead Moreover Furthermore Indeed Nevertheless Nonetheless Overall Here
    There What Which Who Whom Whose Why How Where Thus Hence So Not No Yes Last Next First Second
    Finally Additionally Similarly Likewise According Under Over Amid Among Between Against Following
    Ahead Addressing Responding Writing Talking Meeting Having Being    I I'm I’m I've I’ve I'll I’ll I'd I’d
""".split()
)

PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it", "we": "they", "i": "", "him": "he", "her": "she",
            "his excellency": "he", "her excellency": "she", "his highness": "he", "her highness": "she", "hh": "he",
            "h.h.": "he", "h.e.": "he"}  # ("His Excellency stated that ...": the one just named)

BOTH_SIDES = {
    "both sides", "the two sides", "two sides", "both leaders", "the two leaders", "two leaders",
    "both countries", "the two countries", "both nations", "the two nations", "both governments",
    "the two governments", "both ministers", "the two ministers", "the two presidents",
    "both presidents", "the two delegations", "both delegations", "the sides", "the leaders",
    "the two diplomats", "both diplomats", "the two officials", "both officials", "the two men",
    "the pair", "the two top diplomats", "the ministers", "the foreign ministers", "the two foreign ministers",
    "both foreign ministers", "the presidents", "the prime ministers", "the parties", "both parties", "the heads of state", "the heads of state and government",
    "the heads of government", "the two", "both", "all parties", "all sides", "all the parties",
}

# "the two Foreign Ministers", "both heads of state", "the two sides": a joint subject
BOTH_SIDES_RE = re.compile(
    r"(?:the\s+)?(?:two|both|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w.-]+\s+){0,3}(?:sides?|leaders|ministers|presidents|premiers|"
    r"heads of (?:state|government)|delegations|governments|countries|nations|states|secretaries|officials|"
    r"diplomats|counterparts|chiefs|advisors|advisers|envoys|parties|mediators|negotiators|allies|neighbours|neighbors|men|women)")

STAGE_DIRECTION = r"\((?:laughter|applause|inaudible|crosstalk|through (?:an )?interpreter|off[- ]mic|audio (?:cuts|drops) out|in [A-Z][a-z]+|as interpreted|interpreted|pause|chuckles|laughs)[^)]*\)\.?"

# Verbs that report speech only with a clause ("maintained that ...", not "maintained their stance").
THAT_ONLY = {
    "hopes", "hoped",  # "hopes all parties will engage", not "hoped to visit"
    "thinks", "thought", "hinted", "hints",  # "Turkiye thinks the declaration will ...", not "thought about it"
    "maintained", "maintains", "maintaining", "observed", "observes", "recalled", "recalls",
    "indicated", "indicates", "signaled", "signalled", "signals", "conveyed", "conveys",
    "confirmed", "confirms", "confirming", "reported", "reports", "predicted", "predicts",
    "charged", "charges", "answered", "answers", "added", "adds", "adding", "commented", "comments",
    "admitted", "admits", "conceded", "concedes", "announced", "announces", "announcing",
    "claims", "claimed", "claiming", "mentioned", "mentions", "revealed", "reveals",
    "states",  # "The three states congratulated ...": a noun, unless a clause follows
}
# Verbs of belief and view: speech only with "that" right after them ("both sides see that ...")
STRICT_THAT = {"believes", "believed", "sees", "see", "believe"}
# After a verb of THAT_ONLY, a clause without "that" is taken when a finite verb follows its
# first words ("claims the missile is capable of ...", "confirmed the talks would resume"),
# never an object ("claimed the lives of", "confirmed his attendance").
BARE_CLAUSE_RE = re.compile(
    r"\s+(?!(?:which|who|whom|whose|what|when|where|to|of|for|by|with|on|in|at|as)\b)"
    r"(?:(?!(?:which|who|that|when|where|of|to|for)\b)[\w'’.-]+\s+){1,5}?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|remains?|"
    r"poses?|posed|threatens?|threatened|violates?|violated|constitutes?|constituted)\b")

# Roles of people who speak for a government or an international body ...
OFFICIAL_HEADS = {
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "minister", "secretary", "adviser", "advisor",
    "envoy", "official", "chief", "commander", "general", "admiral", "president", "premier", "governor",
    "director", "representative", "negotiator", "diplomat", "counselor", "councillor", "aide", "lawmaker",
    "senator", "congressman", "congresswoman", "chairman", "chairwoman", "chair", "head", "deputy",
    "consul", "attaché", "attache", "officer", "colonel", "captain", "czar", "tsar",
    "chairperson", "secretary-general", "commissioner", "rapporteur", "coordinator", "ombudsman", "leader",
    # heads of government and state by other names, and their deputies written with a hyphen
    "chancellor", "vice-chancellor", "vice-president", "vice-minister", "undersecretary", "under-secretary",
    "king", "queen", "emir", "sultan", "prince", "monarch",
    "fm", "pm", "eam",  # "FM Shoukry", "PM Modi", "EAM Jaishankar"
}
# ... and of people who speak for none, whatever their nationality.
NON_OFFICIAL_HEADS = {
    "expert", "experts", "analyst", "analysts", "scholar", "scholars", "academic", "academics", "researcher",
    "researchers", "economist", "economists", "professor", "professors", "observer", "observers",
    "commentator", "commentators", "executive", "executives", "lawyer", "lawyers", "activist", "activists",
    "resident", "residents", "student", "students", "businessman", "businesspeople", "investors", "investor",
    "critics", "critic", "traders", "trader",
}

# Bodies that speak for no government, even with a country in their name
NON_OFFICIAL_BODIES = {"Association", "Chamber", "Company", "Corporation", "Corp", "Inc", "Ltd", "Institute",
                       "University", "Foundation", "Group", "Federation", "Alliance", "Coalition"}
# Places whose government speaks for a side, named with more than one word

# Words of a headline that end a name before them ("Gilberto Teodoro Joint Press Conference")
# Verbs of a headline that end the name before them ("Foreign Minister Jaishankar Meets ...")
HEADLINE_VERBS = {"Meets", "Met", "Holds", "Held", "Hosts", "Hosted", "Receives", "Received", "Visits", "Visited",
                  "Calls", "Speaks", "Says", "Urges", "Warns", "Welcomes", "Attends", "Joins", "Leads", "Concludes",
                  "Begins", "Arrives", "Departs", "Travels", "Pays", "Has", "Discusses", "Signs", "Addresses",
                  "Delivers", "Chairs", "Congratulates", "Condemns", "Rejects", "Vows", "Pledges", "Stresses",
                  "Issue", "Issues", "Express", "Expresses", "Voice", "Voices", "Reaffirm", "Reaffirms", "Call", "Urge",
                  "Condemn", "Reject", "Welcome", "Agree", "Agrees", "Discuss", "Hold", "Meet", "Sign"}
EVENT_WORDS = {"Joint", "Press", "Conference", "Briefing", "Remarks", "Interview", "Statement", "Meeting",
               "Call", "Readout", "Transcript", "Speech", "Talks", "Visit", "Regular"}

# Documents that stand for their author: "a Commerce Ministry statement", "a White House fact sheet"
DOCUMENT_HEADS = {"statement", "statements", "post", "readout", "release", "communique", "communiqué", "report",
                  "letter", "notice", "editorial", "commentary", "sheet", "filing", "notification", "message",
                  "document", "declaration"}


# "called the talks constructive", "called the move a provocation": a judgement of something
CALLED_JUDGEMENT_RE = re.compile(
    r"\s+(?:the|this|that|these|those|such|his|her|their|its|[A-Z][\w.'’-]*)\s+(?:[\w.'’-]+\s+){0,5}?"
    r"(?:unacceptable|constructive|productive|useful|candid|frank|positive|fruitful|irresponsible|dangerous|"
    r"provocative|absurd|baseless|groundless|unjustified|unfounded|illegal|illegitimate|null and void|"
    r"(?:a|an)\s+(?:provocation|violation|mistake|threat|success|insult|affront|attack|sham|farce|blow|"
    r"breakthrough|milestone))\b")


# "called the expulsion of the ambassador an «arbitrary measure»": a judgement in the speaker's words
CALLED_QUOTED_RE = re.compile(r"\s+(?:the|this|that|these|those|such|his|her|their|its|it|[A-Z][\w.'’-]*)\s+(?:(?:[^.;:«“\"]{0,100}?\s)?(?:a|an)\s+"
                              r"|[^.;:«“\"]{1,100}?\s)[«“\"]")  # ("called X Europe's “immediate challenge”", not "calls the “Persian Gulf”")


# "considers Vladimir Putin to be a war criminal", "considered the move as a provocation"
CONSIDERS_JUDGEMENT_RE = re.compile(r"\s+(?:the\s+|this\s+|that\s+|[A-Z][\w.'’-]*\s+)(?:[\w.'’-]+\s+){0,5}?(?:to be|as)\s+\w")


# -- recognising a cue in text ---------------------------------------------------------

CUE_RE = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(set(CUE_VERBS), key=len, reverse=True)) + r")(?![\w'’-])")
ACCORDING_RE = re.compile(r"(?<!\w)(?:according to|as reported by|citing)\s+", re.I)
# What may follow the verb of a postposed attribution ("..., the ministry said on Monday in a
# statement.", "..., an official told reporters after the meeting."): a time or place, or nothing.
POSTPOSED_TAIL_RE = re.compile(
    r"(?:\s*(?:,\s*)?(?:on|upon|in|at|during|after|before|following|late|early|to|via|through|when|while|speaking|citing|as|amid|ahead)\b(?:[^.;]|\.(?=\d))*|"
    r"\s*(?:\w+ly|again|later|yesterday|today|afterwards|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"last \w+|this \w+|earlier \w+)?"
    r"(?:\s*(?:,\s*)?(?:on|in|at|during|after|before|following|when|while|speaking|as|amid|ahead)\b(?:[^.;]|\.(?=\d))*)?)\W*"  # "..., Kallas said Thursday after meeting ..."
)
EXPRESS_VERBS = {"expressed", "expresses", "expressing", "express", "voiced", "voices"}
_CALLED_ON_TO_RE = re.compile(r"\s+(?:[^\s.;:]+\s+){1,14}?(?:to\s+(?:[a-z]|“|\")|for\b|not\s+to\b)")
RAISE_VERBS = {"raised", "raises", "raising"}

# A participle cue that opens a second reported clause: "..., he said, noting that ..."
ING_CUE_RE = re.compile(r"(noting|adding|saying|stressing|warning|arguing|insisting|explaining|pointing out|mentioning|"
                        r"dismissing|rejecting|praising|welcoming|condemning|hailing|"
                        r"emphasizing|emphasising|underscoring|acknowledging|indicating|affirming|demanding|calling on|calling for|calling(?=\s+(?:the|this|these|those)\b)|calling(?=\s+(?:what|it|its|his|her|their)\b[^,;.“”\"]{0,60}[“\"])|urging|expressing\s+(?:the\s+|his\s+|her\s+|their\s+)?hope|expressing|reiterating|"
                        r"reaffirming|highlighting|underlining|stating|asserting|declaring|going\s+on\s+to\s+(?:note|say|add|stress|warn|emphasi[sz]e|underline))\s+(?:(?:however|though|nonetheless|also|further),?\s+)?(?:that\s+)?")

SECOND_CLAUSE_RE = re.compile(r"(?:(?:,[”\"’]?|\s[—–])\s+(?:(?:while|and)\s+)?(?:(?:specifically|also|further|particularly|again)\s+)?"
                              r"|(?<=[a-z])(?<! as)\s+(?=(?:noting|saying)\s))" + ING_CUE_RE.pattern)  # (also "... weapons noting ...", "the tension saying ..."; never "keeps adding")


# Speech acts of courtesy that carry a judgement: "thanked Romania for its decision to ...",
# "congratulated X on his election", "paid tribute to the support ...", "conveyed their
# condolences to ...". What is thanked or honoured is the statement.
_THANKED_FOR_RE = re.compile(r"\s+(?!to\b)(?:[\w.'’-]+,?\s+){1,10}?for\s+\S")
_CONGRATULATED_ON_RE = re.compile(r"\s+(?:[\w.'’-]+,?\s+){1,10}?(?:on|upon|for)\s+\S")
_TRIBUTE_TO_RE = re.compile(r"\s+(?:(?:a\s+)?(?:warm|glowing|special|rich|high)\s+)?(?:tribute|homage)\s+to\b")
_COURTESY_TO_RE = re.compile(r"\s+(?:(?:his|her|their|its|our|warm|warmest|heartfelt|sincere|deep|deepest|profound|"
                             r"best|hearty|personal)\s+){0,3}(?:congratulations|condolences|sympathies|sympathy|felicitations|best wishes)\s+to\b")
_WISHED_RE = re.compile(r"\s+(?!to\b)(?:[\w.'’-]+\s+){1,5}?(?:success|a\s+successful|every\s+success|well|good\s+luck|a\s+speedy|"
                        r"a\s+(?:happy|prosperous|peaceful|fruitful|quick))\b")  # "wished the nation a successful term"
_EMPHASIS_ON_RE = re.compile(r"\s+(?:(?:great|special|particular|strong|much|an)\s+)?(?:stress|emphasis)\s+on\b")
_DECLARED_ACT_RE = re.compile(r"\s+(?:its\s+|their\s+)?(?:independence|war|a\s+state\s+of\s+emergency|martial\s+law|bankruptcy)\b")
COURTESY_VERBS = {"wished", "wishes", "thanked", "thanks", "thanking", "congratulated", "congratulates", "congratulating",
                  "paid", "pays", "paying", "offered", "offers", "extended", "extends"}


def courtesy_cue(verb: str, tail: str) -> tuple[str, int] | None:
    """(cue, length) of a courtesy that carries a judgement, else None (see _THANKED_FOR_RE)."""
    vl = verb.lower()
    if vl.startswith("thank"):
        return (verb, len(verb)) if _THANKED_FOR_RE.match(tail) else None  # never "thanks to"
    if vl.startswith("wish"):
        return (verb, len(verb)) if _WISHED_RE.match(tail) else None
    if vl.startswith("congratulat"):
        return (verb, len(verb)) if _CONGRATULATED_ON_RE.match(tail) else None
    w = (_TRIBUTE_TO_RE if vl.startswith("pa") else _COURTESY_TO_RE).match(tail)
    if w is None:
        return None
    return verb + tail[:w.end()], len(verb) + w.end()


_STANCE_NOUNS = (r"(?:appreciation|gratitude|thanks|condolences|sympathies|sympathy|congratulations|felicitations|wishes|support|"
                 r"concerns?|solidarity|position|stance|views?|regret|hopes?|readiness|willingness|commitment|assurances?|protest|"
                 r"displeasure|dissatisfaction|calls?|appeal|demands?|opposition|objections?|criticism|warning|invitation|offer)")
_CONVEYED_STANCE_RE = re.compile(r"\s+(?:(?:once\s+again|again|also|further|personally)\s+)?(?:(?:his|her|their|its|our|the)\s+)?(?:[\w'’-]+\s+){0,2}?" + _STANCE_NOUNS + r"\b")
_REPEATED_STANCE_RE = re.compile(r"\s+(?:that\b|(?:his|her|their|its|our)\s+(?:[\w'’-]+\s+){0,2}?" + _STANCE_NOUNS + r"\b)")


def cue_text(m: re.Match, after: str) -> tuple[str, int] | None:
    """Validate a cue match; return (cue as written, length incl. particle)."""
    verb = m.group(1)
    vl = verb.lower()
    tail = after
    if vl in COURTESY_VERBS or vl in {"conveyed", "conveys", "expressed", "expresses"} and _COURTESY_TO_RE.match(tail):
        return courtesy_cue(verb, tail)
    if vl in {"laid", "lays", "placed", "places"}:  # "laid stress on the cooperation": stressed it
        w = _EMPHASIS_ON_RE.match(tail)
        return (verb + tail[:w.end()], len(verb) + w.end()) if w else None
    if vl.startswith("declar") and _DECLARED_ACT_RE.match(tail):
        return None  # "Kosovo declared independence in 2008": an act, not speech
    if vl in PARTICLE_CUES:
        parts = PARTICLE_CUES[vl]
        if vl in EXPRESS_VERBS:
            w = _NEXT_WORD_RE.match(tail)
            if not w or w.group(1).lower() not in EXPRESS_OBJECTS and not _POSSESSOR_NEXT_RE.match(tail):
                return None  # ("expressed India's continued support": a state's stance)
            return verb, len(verb)
        if vl in RAISE_VERBS:
            # "raised in his meetings with partners the need to ...": a short phrase may come first
            w = _RAISED_OBJECT_RE.match(tail)
            if not w or not any(w.group(1).lower().startswith(o) for o in RAISE_OBJECTS):
                return None
            return verb, len(verb)
        w = _NEXT_WORD_RE.match(tail)
        if vl in {"called", "calls", "calling"} and (not w or w.group(1).lower() not in parts) \
                and (CALLED_JUDGEMENT_RE.match(tail) or CALLED_QUOTED_RE.match(tail)):
            return verb, len(verb)  # "called the U.S. rhetoric unacceptable": a judgement
        if not w or w.group(1).lower() not in parts:
            return None
        if vl.startswith("call") and w.group(1).lower() in ("on", "upon") and not _CALLED_ON_TO_RE.match(tail, w.end()):
            return None  # "called on the President of India": a visit; "called on X to ...": an appeal
        return f"{verb} {w.group(1)}", len(verb) + w.end()
    if vl in {"looked", "looks", "looking", "look"}:  # "looked forward to working together": a hope; "looked at" is not
        w = _FORWARD_TO_RE.match(tail)
        return (f"{verb} forward to", len(verb) + w.end()) if w else None
    if vl in {"conveyed", "conveys"} and _CONVEYED_STANCE_RE.match(tail):
        return verb, len(verb)  # "conveyed his appreciation for ...", not "conveyed a message"
    if vl in {"repeated", "repeats", "renewed", "renews"}:  # "repeated his call for ...", not "repeated the exercise"
        return (verb, len(verb)) if _REPEATED_STANCE_RE.match(tail) else None
    if vl in {"urged", "urges", "urging", "insisted", "insists", "insisting"}:
        w = _FOR_OR_ON_RE.match(tail)
        if w:
            return f"{verb} {w.group(1)}", len(verb) + w.end()
    if vl in THAT_ONLY and not _CLAUSE_OR_QUOTE_NEXT_RE.match(tail) \
            and not BARE_CLAUSE_RE.match(tail) and not _PREPOSITION_THEN_THAT_RE.match(tail) \
            and not (_STANCE_OBJECT_RE.match(tail) and not vl.startswith("maintain")):
        return None  # (but "confirmed at the farewell that ...", "confirmed its continued commitment to ...")
    if vl in {"posted", "posts"} and not _POSTED_THAT_RE.match(tail):
        return None  # "posted on X that ...": speech; "posted a video": not
    if vl in {"informed", "informs"} and not _INFORMED_THAT_RE.match(tail):
        return None  # "informed X about the decision": a description; "informed X that ...": speech
    if vl in {"considers", "considered"}:  # "considers Putin to be a war criminal": a judgement
        if not CONSIDERS_JUDGEMENT_RE.match(tail):
            return None
        return verb, len(verb)
    if vl in STRICT_THAT and not _THAT_NEXT_RE.match(tail):
        return None
    if vl.startswith("communicat") and _CHANNEL_PREPOSITION_RE.match(tail):
        return None  # "communicated with Beijing": a channel, not a message
    if vl in {"recognized", "recognizes", "recognize"}:  # "recognized the importance of ...", not "recognized Kosovo"
        if not _RECOGNIZED_OBJECT_RE.match(tail):
            return None
        return verb, len(verb)
    if vl in {"shared", "shares"}:  # "shared the view that ...", not "shared a meal"
        w = _SHARED_VIEW_RE.match(tail)
        if not w:
            return None
        return verb + tail[:w.end()], len(verb) + w.end()
    if vl in {"decided", "decides", "committed", "commits", "commit"}:  # "decided to promote exchanges", not "decided the matter"
        if not _TO_NEXT_RE.match(tail):
            return None
        return verb, len(verb)
    if vl.startswith("agree"):
        if not _AGREED_COMPLEMENT_RE.match(tail):
            return None
        return verb, len(verb)
    if vl in {"described", "describes", "describing", "characterized", "characterised", "characterizes", "characterises"}:
        if not _DESCRIBED_AS_RE.match(tail):
            return None
        return f"{verb} ... as", len(verb)
    return verb, len(verb)


# Where the reported clause starts after a cue
_ADVERBS_THEN_THAT_RE = re.compile(r"(?:\s*,?\s*(?:\w+ly|again|also|later|earlier|then|on \w+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b)*\s*,?\s*that\b\s*")
_LEADING_TIME_RE = re.compile(r"\s*,?\s*(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+(?:week|month|night|year)"
                              r"|earlier\s+(?:today|this\s+week))\s*,?\s+(?=(?:the|a|an|its|his|her|their|[A-Z])\b)")
_MANNER_RE = re.compile(r"\s*,?\s*(?:in\s+(?:the\s+)?(?:strongest|strong|clear|firm|no\s+uncertain|unequivocal)(?:\s+possible)?\s+terms"
                        r"|with\s+(?:the\s+)?(?:strongest|deep|great|grave|serious)(?:\s+possible)?\s+(?:terms|concern|regret))\s*,?\s*", re.I)
_PHRASE_THEN_THAT_RE = re.compile(r"\s*(?:(?:in|at|on|during|after|before|to|via|through|with|from|over)\b(?:[^,;:“”\"]|[“\"]\w{1,12}[”\"]){0,60}?"
                                  r"|[^,;:“”\"]{0,60}?)\s+that\b\s*")  # ("on the “X” platform that")
_TOLD_NAMED_OBJECT_RE = re.compile(r"\s*(?:the\s+)?(?:(?:[A-Z][\w.&'’-]*|of)\s+){0,3}[A-Z][\w.&'’-]*\s+(?=(?:the|a|an|it|he|she|they|we|China|Beijing|Washington|[a-z]+)\b)")
_PREPOSITION_NEXT_RE = re.compile(r"\s*(?:in|at|on|during|after|before|to|via|through|with|from|over)\b")
_NAMES_THEN_THAT_RE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+)*(?:that|on|in|at|after|before|during)\b")
_TIME_BEFORE_TO_RE = re.compile(r"\s*(?:today|yesterday|again|also|jointly|unanimously|(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?=to\s)")
INFINITIVE_RE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|our\b|this\b|that\b)[a-z]+\b")


def clause_after_cue(sent: str, rest_start: int, verb: str) -> int:
    """Where the reported clause starts after a cue: skips "that", adverbs
    ("said privately that"), a short prepositional phrase before "that" ("stressed in
    his remarks that") and the object of "told reporters (that)"."""
    rest = sent[rest_start:]
    m = _ADVERBS_THEN_THAT_RE.match(rest)
    if m:
        return rest_start + m.end()
    m = _MANNER_RE.match(rest)  # "condemned in the strongest possible terms the attack": the attack
    if m and len(rest) > m.end() + 3:
        return rest_start + m.end()
    m = _TIME_BEFORE_TO_RE.match(rest)  # "agreed today to establish ...": the infinitive
    if m:
        return rest_start + m.end()
    m = _PHRASE_THEN_THAT_RE.match(rest)
    if m and verb in OBJECT_VERBS and INFINITIVE_RE.search(rest[: m.end()]):
        m = None  # "urged the PRC to stop selling goods that sustain ...": "that" is a relative
    if m and (verb in OBJECT_VERBS or _PREPOSITION_NEXT_RE.match(rest)):
        return rest_start + m.end()
    m = _LEADING_TIME_RE.match(rest)  # "said on Tuesday a pact ... had no legal force": the clause after the day
    if m and verb not in {"told", "tells", "telling"}:
        return rest_start + m.end()
    if verb in {"told", "tells", "telling"}:
        m = _TOLD_NAMED_OBJECT_RE.match(rest)
        if m and not _NAMES_THEN_THAT_RE.match(rest[m.end():]):
            return rest_start + m.end()
        low = rest.lower().lstrip()
        for obj in sorted(TOLD_OBJECTS, key=len, reverse=True):
            if low.startswith(obj + " "):
                return rest_start + len(rest) - len(rest.lstrip()) + len(obj)
    return rest_start
