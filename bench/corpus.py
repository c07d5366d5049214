"""A deterministic synthetic corpus of news articles about US-China diplomacy, for the benchmark.

``write_corpus(folder, n, seed)`` writes ``n`` articles as ``art000000.txt`` ... plus a
``metadata.csv`` (outlet, date over 2023-2024, url) and a ``bench_manifest.json``. Article *i*
depends only on ``(seed, i)`` (its own ``random.Random``), so the first 300 articles of a
10,000-article corpus are the 300-article corpus, and every run writes the same bytes.

The articles mix the forms the analysis handles: news stories of 8-30 paragraphs with direct
quotes (attribution before, after or in the middle; curly or straight quotation marks;
multi-paragraph quotes), reported speech with many reporting verbs, "according to",
pronouns, surnames and role nouns, joint statements, negated speech and quoted terms; US and
Chinese readouts and press-briefing transcripts now and then; topic terms and diplomatic
tone phrases; and web boilerplate (section labels, bylines, date stamps, datelines, share
prompts, end marks). Only the standard library is used.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import random
import re
from pathlib import Path

GENERATOR_VERSION = 3
MANIFEST = ".bench_manifest.json"

# -- actors ---------------------------------------------------------------------------------
# (full name, side, pronoun, titles used before the name, role nouns used alone, description)
US, CN, OTHER = "us", "cn", "other"
ACTORS = [
    # registry people (analysis/lexicons/actors.yaml)
    ("Antony Blinken", US, "he", ["Secretary of State", "U.S. Secretary of State"], ["the Secretary", "America's top diplomat", "the secretary of state"], "the U.S. secretary of state"),
    ("Joe Biden", US, "he", ["President", "U.S. President"], ["the president"], "the U.S. president"),
    ("Kamala Harris", US, "she", ["Vice President"], ["the vice president"], "the vice president"),
    ("Jake Sullivan", US, "he", ["National Security Adviser"], ["the national security adviser"], "the White House national security adviser"),
    ("Janet Yellen", US, "she", ["Treasury Secretary", "U.S. Treasury Secretary"], ["the Treasury secretary"], "the U.S. Treasury secretary"),
    ("Gina Raimondo", US, "she", ["Commerce Secretary"], ["the commerce secretary"], "the U.S. commerce secretary"),
    ("Lloyd Austin", US, "he", ["Defense Secretary"], ["the defense secretary", "the Pentagon chief"], "the U.S. defense secretary"),
    ("Katherine Tai", US, "she", ["U.S. Trade Representative"], ["the trade representative"], "the U.S. trade representative"),
    ("Matthew Miller", US, "he", ["State Department spokesman"], ["the State Department spokesman"], "the State Department spokesman"),
    ("Nicholas Burns", US, "he", ["Ambassador"], ["the American ambassador"], "the U.S. ambassador to China"),
    ("Kurt Campbell", US, "he", ["Deputy Secretary of State"], ["the deputy secretary of state"], "the deputy secretary of state"),
    ("John Kerry", US, "he", ["climate envoy"], ["the climate envoy"], "the U.S. climate envoy"),
    ("Xi Jinping", CN, "he", ["President", "Chinese President", "Chinese leader"], ["the Chinese leader", "China's president"], "China's president"),
    ("Li Qiang", CN, "he", ["Premier", "Chinese Premier"], ["the premier"], "the Chinese premier"),
    ("Wang Yi", CN, "he", ["Foreign Minister", "Chinese Foreign Minister"], ["China's top diplomat", "the senior Chinese official", "the foreign minister"], "China's top diplomat"),
    ("Qin Gang", CN, "he", ["Foreign Minister"], ["the foreign minister"], "China's foreign minister"),
    ("Mao Ning", CN, "she", ["Foreign Ministry spokeswoman"], ["the spokeswoman"], "a Foreign Ministry spokeswoman"),
    ("Wang Wenbin", CN, "he", ["Foreign Ministry spokesman"], ["the spokesman"], "a Foreign Ministry spokesman"),
    ("Lin Jian", CN, "he", ["Foreign Ministry spokesman"], ["the spokesman"], "a Foreign Ministry spokesman"),
    ("Hua Chunying", CN, "she", ["Foreign Ministry spokeswoman"], ["the spokeswoman"], "a Foreign Ministry spokeswoman"),
    ("Dong Jun", CN, "he", ["Defense Minister", "Chinese Defense Minister"], ["the defense minister"], "China's defense minister"),
    ("Li Shangfu", CN, "he", ["Defense Minister"], ["the defense minister"], "China's former defense minister"),
    ("Xie Feng", CN, "he", ["Ambassador"], ["the Chinese ambassador"], "China's ambassador to the United States"),
    ("He Lifeng", CN, "he", ["Vice Premier"], ["the vice premier"], "China's vice premier"),
    # invented people
    ("Laura Whitfield", US, "she", ["Senator"], ["the senator"], "a Republican senator on the Foreign Relations Committee"),
    ("Daniel Okafor", US, "he", ["Representative"], ["the congressman"], "a Democratic member of the House China committee"),
    ("Susan Park", US, "she", ["Assistant Secretary"], ["the assistant secretary"], "an assistant secretary of commerce"),
    ("Michael Brennan", US, "he", ["Admiral"], ["the admiral"], "the commander of U.S. forces in the Pacific"),
    ("Rachel Dunmore", US, "she", [], ["the analyst"], "a senior fellow at the Center for Strategic Studies"),
    ("Tom Halvorsen", US, "he", [], ["the economist"], "chief economist at a Washington trade group"),
    ("Emily Carter", US, "she", ["Deputy Spokesperson"], ["the deputy spokesperson"], "a deputy spokesperson at the State Department"),
    ("Greg Mattingly", US, "he", ["Governor"], ["the governor"], "the governor of Iowa"),
    ("Chen Haoran", CN, "he", ["Professor"], ["the professor"], "a professor of international relations at Fudan University"),
    ("Liu Mingzhu", CN, "she", [], ["the researcher"], "a researcher at the China Institute of International Studies"),
    ("Zhou Wenjie", CN, "he", ["Commerce Ministry spokesman"], ["the ministry spokesman"], "a Commerce Ministry spokesman"),
    ("Sun Yuting", CN, "she", ["Vice Minister"], ["the vice minister"], "a vice minister of commerce"),
    ("Gao Runze", CN, "he", ["Colonel"], ["the colonel"], "a spokesman for the Eastern Theater Command"),
    ("Huang Lixin", CN, "he", [], ["the scholar"], "a scholar at Peking University"),
    ("Tan Meiling", CN, "she", ["Ambassador"], ["the envoy"], "China's envoy to the United Nations"),
    ("Zhang Kaiwen", CN, "he", [], ["the official"], "an official at the Taiwan Affairs Office"),
    ("Maria Santos", OTHER, "she", ["Commodore"], ["the commodore"], "a spokeswoman for the Philippine coast guard"),
    ("Kenji Morimoto", OTHER, "he", ["Foreign Minister"], ["the Japanese minister"], "Japan's foreign minister"),
    ("Elena Varga", OTHER, "she", ["Commissioner"], ["the commissioner"], "the European Union's trade commissioner"),
    ("Rahul Mehta", OTHER, "he", [], ["the analyst"], "an analyst at the Asia Society Policy Institute"),
    ("Park Ji-won", OTHER, "she", ["Minister"], ["the minister"], "South Korea's foreign minister"),
    ("Nguyen Van Thanh", OTHER, "he", [], ["the diplomat"], "a Vietnamese diplomat"),
    ("Hugh Hill", OTHER, "he", [], ["the doctor"], "a doctor who advises the Australian government"),
    ("Ingrid Solberg", OTHER, "she", [], ["the economist"], "an economist at the International Monetary Fund"),
    ("Ahmad Rahimi", OTHER, "he", [], ["the minister"], "Malaysia's trade minister"),
    ("Claire Dubois", OTHER, "she", [], ["the diplomat"], "a French diplomat in Beijing"),
]
INSTITUTIONS = [
    ("State Department", US), ("White House", US), ("Pentagon", US), ("Commerce Department", US),
    ("U.S. Embassy in Beijing", US), ("Treasury Department", US),
    ("Chinese Foreign Ministry", CN), ("Commerce Ministry", CN), ("Chinese Defense Ministry", CN),
    ("Chinese embassy in Washington", CN), ("Xinhua", CN), ("Taiwan Affairs Office", CN),
    ("Philippine coast guard", OTHER), ("European Commission", OTHER),
]
UNNAMED = [
    "U.S. officials", "a senior administration official", "Chinese officials", "analysts",
    "a senior State Department official", "diplomats familiar with the talks", "a U.S. official",
    "people familiar with the matter", "Chinese state media", "a person briefed on the meeting",
]
COUNTERPARTS = {US: "his Chinese counterpart", CN: "his American counterpart", OTHER: "his counterpart"}

OUTLETS = [
    ("Associated Press", "AP"), ("Reuters", "Reuters"), ("Xinhua", "Xinhua"), ("The Daily Ledger", None),
    ("Pacific Herald", None), ("Global Times", None), ("Voice of America", "VOA"), ("Asia Wire", None),
    ("The Capital Post", None), ("South Sea Monitor", None),
]
CITIES = ["Beijing", "Washington", "San Francisco", "Manila", "Singapore", "Bali", "Tokyo", "Jakarta", "Brussels", "Shanghai"]
FIRST = ["Jane", "Mark", "Alicia", "Wei", "Priya", "Samuel", "Nora", "Kevin", "Lina", "Oscar", "Grace", "Yusuf"]
LAST = ["Roe", "Hartley", "Ng", "Moreno", "Collins", "Zhao", "Fischer", "Adeyemi", "Kowalski", "Lund", "Baker", "Tanaka"]

# -- topics: noun phrases that carry topic terms --------------------------------------------
TOPICS = {
    "trade": ["tariffs on Chinese goods", "the trade deficit", "market access for American companies", "the phase one trade deal", "trade barriers", "retaliatory tariffs", "the trade war"],
    "taiwan": ["Taiwan", "arms sales to Taiwan", "the Taiwan Strait", "the Taiwan question", "military drills around Taiwan", "Taipei's new government"],
    "south_china_sea": ["the South China Sea", "the Second Thomas Shoal", "freedom of navigation", "maritime claims in the South China Sea", "the resupply missions to the shoal"],
    "fentanyl": ["fentanyl precursors", "the flow of fentanyl", "counternarcotics cooperation", "illicit fentanyl", "the opioid crisis"],
    "export_controls": ["export controls on advanced semiconductors", "chip export restrictions", "the entity list", "controls on chipmaking equipment", "semiconductor export curbs"],
    "human_rights": ["human rights in Xinjiang", "forced labor", "religious freedom", "the treatment of Uyghurs", "human rights abuses"],
    "hong_kong": ["the national security law in Hong Kong", "press freedom in Hong Kong", "Hong Kong's autonomy"],
    "russia_ukraine": ["Russia's war in Ukraine", "support for Moscow's war effort", "the war in Ukraine", "sanctions on Russia"],
    "detained": ["wrongfully detained Americans", "exit bans", "detained American citizens", "the release of detained citizens"],
    "mil_comm": ["military-to-military communication", "defense hotlines", "talks between the two militaries", "crisis communication channels"],
    "climate": ["climate change", "methane emissions", "the climate crisis", "coal power", "clean energy"],
    "ai": ["artificial intelligence", "AI safety", "the military use of AI"],
    "north_korea": ["North Korea's missile tests", "the Korean Peninsula", "Pyongyang's nuclear program"],
    "cyber": ["cyberattacks on critical infrastructure", "state-sponsored hacking", "cyber espionage"],
    "espionage": ["the spy balloon", "espionage cases", "surveillance flights"],
    "tiktok": ["TikTok", "the TikTok ban", "data security of Chinese apps"],
    "people": ["student exchanges", "people-to-people ties", "direct flights between the two countries", "journalist visas"],
    "economy": ["investment restrictions", "overcapacity in electric vehicles", "outbound investment rules", "the Chinese economy", "supply chains"],
    "belt_road": ["the Belt and Road Initiative", "infrastructure lending in the Global South"],
    "middle_east": ["the war in Gaza", "attacks on shipping in the Red Sea", "Iran's oil exports"],
}
TOPIC_NAMES = list(TOPICS)
# things talks can "resume" or "restore"
RESUMABLE = ["military-to-military communication", "counternarcotics cooperation", "student exchanges", "climate talks",
             "defense hotlines", "direct flights between the two countries", "talks on artificial intelligence",
             "the trade dialogue", "consultations on maritime affairs"]

# -- tone phrases ----------------------------------------------------------------------------
TALK_ADJ = ["candid and constructive", "frank and in-depth", "productive", "substantive", "constructive", "candid", "difficult", "businesslike", "wide-ranging", "positive and constructive", "frank, candid and constructive", "useful"]
STATE_OF_RELATIONS = ["a downward spiral", "a crucial juncture", "a crossroads", "their lowest point in decades", "a fragile thaw", "a period of strained relations", "a new chapter"]
NEG_TONE = ["stern representations", "solemn representations", "strong dissatisfaction", "firm opposition", "serious concerns", "grave concern"]
PROCESS = ["open channels of communication", "guardrails", "responsibly manage the competition", "put a floor under the relationship", "stabilize the relationship", "keep the dialogue going", "avoid miscalculation", "ease tensions", "properly manage differences", "seek common ground while shelving differences", "mutual respect", "win-win cooperation", "peaceful coexistence"]
WARNINGS = ["play with fire", "bear the consequences", "cross a red line", "take resolute countermeasures", "stop interfering in China's internal affairs", "abandon its Cold War mentality", "stop its economic coercion", "stop containment of China"]

# -- clause templates (reported speech; no final period) -------------------------------------
US_CLAUSES = [
    "the United States would continue to raise {t} at every level",
    "Washington remained deeply concerned about {t}",
    "the two countries needed to {p2} to prevent competition from veering into conflict",
    "the administration would not hesitate to protect American workers from {t}",
    "progress on {t} would be judged by actions, not words",
    "China must do more to address {t}",
    "the talks on {t} had been {a}",
    "the United States does not seek a new Cold War",
    "both governments had agreed to resume {t2}",
    "Beijing's actions on {t} were undermining regional stability",
    "allies in the region shared American concerns about {t}",
    "there had been no breakthrough on {t}, but the meeting was {a}",
]
CN_CLAUSES = [
    "China firmly opposes U.S. interference on {t}",
    "the United States should stop smearing China over {t}",
    "relations had reached {r} and the U.S. side bore responsibility",
    "Washington should {p2} and return to the right track",
    "the U.S. side must adhere to the One China principle",
    "China would {w} if the United States kept provoking it on {t}",
    "the two sides should {p2} on the basis of mutual respect",
    "China had lodged {n} with the U.S. side over {t}",
    "so-called concerns about {t} were a pretext for containment",
    "China is ready to work with the United States on {t2} to achieve win-win cooperation",
    "the Chinese side had no room to compromise on {t}",
    "Washington should abandon its zero-sum thinking on {t}",
]
NEUTRAL_CLAUSES = [
    "the meeting was unlikely to resolve the dispute over {t}",
    "both sides wanted to {p2} ahead of the summit",
    "{t} would dominate the agenda for the rest of the year",
    "markets were watching the talks on {t} closely",
    "the relationship was stuck in {r}",
    "neither capital was ready to make concessions on {t}",
    "smaller countries in the region feared being forced to choose sides over {t}",
]
# direct quotes: (first person, complete sentences)
US_QUOTES = [
    "We have been very clear about our concerns on {t}.",
    "We're not looking to decouple from China. We are looking to de-risk.",
    "It is absolutely vital that we have these kinds of communications.",
    "Competition requires guardrails, and we are committed to building them.",
    "The talks were {a}, and that is what we expected.",
    "We will continue to stand up for our interests and values on {t}.",
    "This is something we're going to keep working on.",
    "There is no substitute for face-to-face diplomacy.",
    "We want to responsibly manage the competition between our countries.",
    "Nobody should be under any illusion about the challenges on {t}.",
    "We raised {t} directly, and we will keep raising it.",
    "We are not going to compromise on our national security when it comes to {t}.",
]
CN_QUOTES = [
    "The U.S. side should stop playing with fire on {t}.",
    "China has no room to compromise or concede on {t}.",
    "We urge the U.S. side to stop its economic coercion and return to the right track.",
    "China-U.S. relations are at a critical juncture: dialogue or confrontation, cooperation or conflict.",
    "Those who play with fire will get burned.",
    "The Chinese side has made our position clear on {t}.",
    "The so-called concerns about {t} are groundless.",
    "We hope the United States will work with China to put relations back on the right track.",
    "China firmly opposes the U.S. suppression of Chinese companies.",
    "The two sides should seek common ground while shelving differences.",
    "The Taiwan question is the first red line that must not be crossed.",
    "China will take resolute countermeasures to safeguard its legitimate rights.",
]
OTHER_QUOTES = [
    "Nobody in the region wants to be forced to choose between Washington and Beijing.",
    "The talks on {t} matter for all of us, not just the two superpowers.",
    "We welcome any step that helps ease tensions.",
    "It is a fragile thaw, and it could end at any moment.",
    "What we are seeing is a downward spiral that neither side can afford.",
    "The gap on {t} is as wide as ever.",
]
HEADLINES = [
    "{us} and {cn} Clash Over {T} in {city} Talks",
    "U.S. and China Vow to Mend Ties, but {T} Remains Unresolved",
    "{cn_s} Warns Washington Over {T}",
    "{us_s} Presses Beijing on {T} During {city} Visit",
    "China Lodges Stern Representations Over {T}",
    "Talks on {T} End Without Breakthrough",
    "US-China Divide Persists as {us_s} Concludes {city} Meetings",
    "What the {city} Talks Mean for {T}",
    "Analysis: A Fragile Thaw in U.S.-China Relations",
    "{us_s} and {cn_s} Meet in {city} as Tensions Over {T} Rise",
]
SECTIONS = ["World", "Asia", "Politics", "Diplomacy", "Business", "U.S", "China"]
LEAD_BOILERPLATE = ["Skip to content", "Connect with us", "Share this article", "Advertisement", "Listen to this article", "Main menu"]
TAIL_BOILERPLATE = ["Continue Reading", "###", "Share this story", "Related Stories", "Follow us on X for the latest updates", "Advertisement", "Read more"]

SAID_VERBS = ["said", "said", "said", "told reporters", "stressed", "added", "insisted", "warned", "noted", "declared", "remarked", "stated", "argued", "explained"]
THAT_CUES = ["said", "said", "stressed", "emphasized", "insisted", "warned", "noted", "argued", "acknowledged", "reiterated", "claimed", "maintained", "asserted", "added", "underscored", "cautioned", "complained", "conceded", "suggested", "told reporters", "told lawmakers", "pointed out", "made clear", "expressed hope", "signaled", "predicted", "repeated"]
TO_CUES = ["urged", "pressed", "called on", "appealed to", "asked", "warned"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class _Article:
    """State for one article: its random stream, cast and quotation style."""

    def __init__(self, rng: random.Random, index: int):
        self.rng = rng
        self.index = index
        self.curly = rng.random() < 0.6
        self.topics = rng.sample(TOPIC_NAMES, rng.randint(2, 4))
        people = [a for a in ACTORS]
        self.us = rng.choice([a for a in people if a[1] == US][:12] + [a for a in people if a[1] == US])
        self.cn = rng.choice([a for a in people if a[1] == CN][:12] + [a for a in people if a[1] == CN])
        others = [a for a in people if a not in (self.us, self.cn)]
        self.extras = rng.sample(others, rng.randint(1, 3))
        self.cast = [self.us, self.cn] + self.extras
        self.mentioned: set[str] = set()
        self.focus = None  # the last person named (for pronouns)
        self.city = rng.choice(CITIES)

    # -- small helpers
    def q(self, s: str) -> tuple[str, str]:
        return ("\u201c", "\u201d") if self.curly else ('"', '"')

    def quote(self, body: str, comma: bool = False) -> str:
        o, c = self.q(body)
        if comma and body.endswith("."):
            body = body[:-1] + ","
        return f"{o}{body}{c}"

    def fill(self, template: str) -> str:
        rng = self.rng

        def sub(m):
            key = m.group(1)
            if key == "t":
                return rng.choice(TOPICS[rng.choice(self.topics)])
            if key == "t2":
                return rng.choice(RESUMABLE)
            if key == "T":
                return _title_case(rng.choice(TOPICS[self.topics[0]]))
            if key == "a":
                return rng.choice(TALK_ADJ)
            if key == "r":
                return rng.choice(STATE_OF_RELATIONS)
            if key == "p":
                return rng.choice(PROCESS)
            if key == "p2":
                return rng.choice(["stabilize the relationship", "ease tensions", "properly manage differences", "keep the dialogue going", "avoid miscalculation", "seek common ground while shelving differences"])
            if key == "n":
                return rng.choice(NEG_TONE)
            if key == "w":
                return rng.choice(["take resolute countermeasures", "not sit idly by", "respond firmly"])
            if key == "city":
                return self.city
            if key == "us":
                return self.us[0]
            if key == "cn":
                return self.cn[0]
            if key == "us_s":
                return _surname(self.us[0])
            if key == "cn_s":
                return _surname(self.cn[0])
            return m.group(0)

        return _PLACEHOLDER.sub(sub, template)

    def ref(self, actor, subject: bool = True) -> str:
        """How to name *actor* now: full name with title/description on first mention, then
        surname, pronoun or role noun."""
        name, side, pron, titles, roles, desc = actor
        rng = self.rng
        if name not in self.mentioned:
            self.mentioned.add(name)
            self.focus = name
            r = rng.random()
            if titles and r < 0.45:
                return f"{rng.choice(titles)} {name}"
            if r < 0.8:
                return f"{name}, {desc},"
            return name
        r = rng.random()
        if self.focus == name and r < 0.35:
            return pron.capitalize() if subject else pron
        self.focus = name
        if r < 0.55 and roles:
            role = rng.choice(roles)
            return role[0].upper() + role[1:] if subject else role
        return _surname(name)

    def speaker(self):
        r = self.rng.random()
        if r < 0.78:
            weights = [4, 4] + [1] * len(self.extras)
            return self.rng.choices(self.cast, weights=weights)[0]
        if r < 0.9:
            return ("inst",) + self.rng.choice(INSTITUTIONS)
        return ("unnamed", self.rng.choice(UNNAMED))

    def speaker_ref(self, sp) -> str:
        if sp[0] == "inst":
            return "The " + sp[1] if not sp[1].startswith(("Xinhua", "U.S.")) else sp[1]
        if sp[0] == "unnamed":
            return sp[1][0].upper() + sp[1][1:]
        return self.ref(sp)

    def side(self, sp) -> str:
        return sp[2] if sp[0] == "inst" else (OTHER if sp[0] == "unnamed" else sp[1])

    def clause(self, side: str) -> str:
        pool = {US: US_CLAUSES, CN: CN_CLAUSES}.get(side, NEUTRAL_CLAUSES)
        if self.rng.random() < 0.2:
            pool = NEUTRAL_CLAUSES
        return self.fill(self.rng.choice(pool))

    def quote_body(self, side: str) -> str:
        pool = {US: US_QUOTES, CN: CN_QUOTES}.get(side, OTHER_QUOTES)
        return self.fill(self.rng.choice(pool))

    # -- sentence forms
    def s_narration(self) -> str:
        rng = self.rng
        t = [rng.choice(TOPICS[k]) for k in rng.sample(self.topics, min(len(self.topics), rng.randint(1, 3)))]
        forms = [
            "The discussions covered a range of contentious topics, including {lst}.",
            "Relations between the world's two largest economies have been in {r} over {t}.",
            "The meeting in {city} was the highest-level contact since tensions over {t} flared last year.",
            "Officials on both sides have sought to {p2} after months of friction over {lst}.",
            "The dispute over {t} has strained ties, and neither side has signaled a willingness to back down.",
            "Talks on {t} have stalled since the spring, when Washington announced new measures.",
            "Beijing has repeatedly lodged {n} over {t}.",
            "The two governments agreed last year to restore {t2}, but progress has been slow.",
            "Investors have been watching the talks on {t} for signs of a thaw.",
            "The visit comes amid rising tensions over {t} and {t2}.",
            "Analysts said the relationship remained at {r}.",
            "Both countries have taken steps to {p2}, including new working groups on {lst}.",
        ]
        s = rng.choice(forms).replace("{lst}", _join(t))
        return self.fill(s)

    def s_direct_after(self) -> str:
        sp = self.speaker()
        body = self.quote_body(self.side(sp))
        verb = self.rng.choice(SAID_VERBS)
        if sp[0] not in ("inst", "unnamed") and self.rng.random() < 0.3 and sp[0] in self.mentioned:
            return f"{self.quote(body, comma=True)} {verb} {_surname(sp[0])}."
        if sp[0] not in ("inst", "unnamed") and self.rng.random() < 0.25 and sp[0] not in self.mentioned:
            self.mentioned.add(sp[0])
            self.focus = sp[0]
            return f"{self.quote(body, comma=True)} said {sp[0]}, {sp[5]}."
        who = _lower_first(self.speaker_ref(sp))
        return f"{self.quote(body, comma=True)} {who} {verb}."

    def s_direct_before(self) -> str:
        sp = self.speaker()
        who = self.speaker_ref(sp)
        body = self.quote_body(self.side(sp))
        form = self.rng.randrange(3)
        if form == 0:
            return f"{who} said: {self.quote(body)}"
        if form == 1:
            return f"{who} told reporters in {self.city}, {self.quote(body)}"
        return f"{who} {self.rng.choice(['was blunt', 'struck a conciliatory note', 'did not mince words'])}: {self.quote(body)}"

    def s_direct_middle(self) -> str:
        sp = self.speaker()
        side = self.side(sp)
        b1, b2 = self.quote_body(side), self.quote_body(side)
        who = _lower_first(self.speaker_ref(sp))
        if self.rng.random() < 0.5:
            return f"{self.quote(b1, comma=True)} {who} said. {self.quote(b2)}"
        o, c = self.q("")
        return f"{o}{b1[:-1]},{c} {who} said, {o}{_decap(b2)}{c}"

    def s_indirect(self) -> str:
        rng = self.rng
        sp = self.speaker()
        who = self.speaker_ref(sp)
        side = self.side(sp)
        r = rng.random()
        if r < 0.55:
            cue = rng.choice(THAT_CUES)
            that = " that" if rng.random() < 0.7 or cue in ("pointed out", "expressed hope", "made clear") else ""
            return f"{who} {cue}{that} {self.clause(side)}."
        if r < 0.72:
            cue = rng.choice(TO_CUES)
            target = {US: "China", CN: "the United States", OTHER: "both sides"}[side]
            vp = rng.choice(["stop {w2} over {t}", "release wrongfully detained Americans", "take steps to curb the flow of fentanyl", "{p2}", "refrain from provocations in the Taiwan Strait", "lift its sanctions on Chinese companies", "resume {t2}"])
            vp = vp.replace("{w2}", rng.choice(["escalating", "provoking", "meddling"]))
            return f"{who} {cue} {target} to {self.fill(vp)}."
        if r < 0.8:
            return f"{who} described the talks as {self.quote(rng.choice(TALK_ADJ))}."
        if r < 0.88:
            return f"{who} raised concerns about {self.fill('{t}')} and called for {self.fill(rng.choice(['{p}', 'restraint', 'an end to {t}']))}."
        if r < 0.94:
            return f"{who} expressed {rng.choice(['hope', 'concern', 'strong dissatisfaction'])} over {self.fill('{t}')}."
        return f"{who} reiterated that {self.clause(side)}, adding that {self.clause(side)}."

    def s_according(self) -> str:
        rng = self.rng
        sp = self.speaker()
        src = _lower_first(self.speaker_ref(sp))
        if src in ("he", "she"):
            src = _surname(sp[0]) if sp[0] not in ("inst", "unnamed") else "officials"
        clause = self.clause(self.side(sp))
        if rng.random() < 0.5:
            return f"{clause[0].upper() + clause[1:]}, according to {src}."
        return f"According to {src}, {clause}."

    def s_pronoun(self) -> str:
        if not self.focus:
            return self.s_narration()
        actor = next((a for a in ACTORS if a[0] == self.focus), None)
        if not actor:
            return self.s_narration()
        pron = actor[2]
        if self.rng.random() < 0.5:
            return f"{pron.capitalize()} {self.rng.choice(['added', 'said', 'noted', 'warned'])} that {self.clause(actor[1])}."
        return f"{self.quote(self.quote_body(actor[1]), comma=True)} {pron} said."

    def s_joint(self) -> str:
        return self.fill(self.rng.choice([
            "The two sides agreed to {p2} and to resume {t2}.",
            "The two leaders agreed that their teams would continue talks on {t}.",
            "Both sides said the talks had been {a}.",
        ]))

    def s_negated(self) -> str:
        sp = self.rng.choice(self.cast)
        who = self.ref(sp)
        return self.fill(f"{who} did not say whether the two sides had discussed {{t}}.")

    def s_quoted_term(self) -> str:
        o, c = self.q("")
        return self.fill(self.rng.choice([
            f"Beijing insists on what it calls the {o}One China{c} principle, while Washington follows its own {o}One China{c} policy.",
            f"Officials in Washington speak of {o}de-risking{c} rather than decoupling.",
            f"The phrase {o}candid and constructive{c} is diplomatic shorthand for open disagreement.",
            f"State media described the measures on {{t}} as {o}economic bullying.{c}",
        ]))

    def sentence(self) -> str:
        forms = [
            (self.s_narration, 26), (self.s_direct_after, 14), (self.s_direct_before, 6),
            (self.s_direct_middle, 5), (self.s_indirect, 24), (self.s_according, 7),
            (self.s_pronoun, 8), (self.s_joint, 3), (self.s_negated, 2), (self.s_quoted_term, 2),
        ]
        f = self.rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
        return f()

    def multi_paragraph_quote(self) -> list[str]:
        sp = self.rng.choice(self.cast[:2])
        o, c = self.q("")
        who = self.ref(sp)
        b1, b2, b3 = (self.quote_body(sp[1]) for _ in range(3))
        return [f"{who} said in a statement: {o}{b1} {b2}", f"{o}{b3}{c}"]


def _lower_first(ref: str) -> str:
    """A speaker reference as it reads after a quote: "he", "the spokeswoman", "analysts"."""
    first = ref.split()[0]
    if first in ("He", "She", "The", "A", "An", "Analysts", "Diplomats", "People"):
        return ref[0].lower() + ref[1:]
    return ref


def _decap(sentence: str) -> str:
    """Lower-case the first word of a quoted sentence that continues after an attribution."""
    first = sentence.split()[0]
    if first in ("We", "The", "It", "There", "This", "Those", "Nobody", "What", "Competition"):
        return sentence[0].lower() + sentence[1:]
    return sentence


def _surname(name: str) -> str:
    parts = name.split()
    # Chinese names in the list are written surname first
    if name in {a[0] for a in ACTORS if a[1] == CN}:
        return parts[0]
    return parts[-1]


def _title_case(s: str) -> str:
    small = {"of", "the", "in", "on", "to", "and", "for", "a", "between"}
    words = s.split()
    return " ".join(w if (i and w in small) or w[:1].isupper() else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


# -- whole articles ----------------------------------------------------------------------------

def _news(a: _Article, outlet: tuple, date: dt.date | None) -> str:
    rng = a.rng
    lines = []
    if rng.random() < 0.35:
        lines.append(rng.choice(LEAD_BOILERPLATE))
    if rng.random() < 0.4:
        lines.append(rng.choice(SECTIONS))
    lines.append(a.fill(rng.choice(HEADLINES)))
    if rng.random() < 0.4:
        lines.append(f"By {rng.choice(FIRST)} {rng.choice(LAST)}")
    if date and rng.random() < 0.4:
        lines.append(date.strftime("%B %-d, %Y"))
    paras = []
    n = rng.randint(8, 30)
    while len(paras) < n:
        if rng.random() < 0.04:
            paras.extend(a.multi_paragraph_quote())
            continue
        k = rng.choices([1, 2, 3], weights=[5, 4, 1])[0]
        paras.append(" ".join(a.sentence() for _ in range(k)))
    if outlet[1] and rng.random() < 0.5:
        paras[0] = f"{a.city.upper()} ({outlet[1]}) \u2014 {paras[0]}"
    body = "\n\n".join(paras)
    tail = []
    if rng.random() < 0.5:
        tail.append(rng.choice(TAIL_BOILERPLATE))
    if rng.random() < 0.15:
        tail.append(f"Additional reporting by {rng.choice(FIRST)} {rng.choice(LAST)}")
    return "\n\n".join(["\n\n".join(lines), body] + tail) + "\n"


def _readout_us(a: _Article) -> str:
    rng = a.rng
    us, cn = a.us, a.cn
    head = f"Secretary {_surname(us[0])}'s Meeting with {cn[0]}" if us[0] == "Antony Blinken" else f"Readout of {us[0]}'s Meeting with {cn[0]}"
    paras = [f"{us[0]} met with {cn[0]}, {cn[5]}, in {a.city} today. {_surname(us[0])} emphasized the importance of maintaining {rng.choice(PROCESS)} to reduce the risk of misperception and miscalculation."]
    a.mentioned.update({us[0], cn[0]})
    for _ in range(rng.randint(6, 14)):
        r = rng.random()
        if r < 0.3:
            paras.append(a.fill(f"{rng.choice(us[4]).capitalize()} raised concerns about {{t}} and reaffirmed that {a.clause(US)}."))
        elif r < 0.55:
            paras.append(a.fill(f"{us[2].capitalize()} {rng.choice(['underscored', 'stressed', 'made clear'])} that {a.clause(US)}."))
        elif r < 0.75:
            paras.append(a.fill("The two sides discussed {t} and {t2}, and agreed to {p2}."))
        else:
            paras.append(a.sentence() + " " + a.sentence())
    return head + "\n\n" + "\n\n".join(paras) + "\n"


def _readout_cn(a: _Article, date: dt.date | None) -> str:
    rng = a.rng
    cn, us = a.cn, a.us
    when = date.strftime("%B %-d") if date else "the afternoon"
    head = f"{cn[0]} Meets with {us[0]}"
    paras = [f"On {when}, {rng.choice(cn[3]) + ' ' if cn[3] else ''}{cn[0]} met with {us[5]} {us[0]} in {a.city}."]
    a.mentioned.update({us[0], cn[0]})
    for _ in range(rng.randint(6, 14)):
        r = rng.random()
        if r < 0.45:
            cont = " ".join(a.fill(rng.choice([
                "The U.S. side should {p2} and stop interfering in China's internal affairs.",
                "China has never sought to challenge or replace the United States.",
                "The two sides should choose dialogue over confrontation and win-win cooperation over zero-sum games.",
                "The Taiwan question is at the core of China's core interests.",
                "Relations are at {r}.",
            ])) for _ in range(rng.randint(1, 3)))
            paras.append(f"{_surname(cn[0]) if rng.random() < 0.5 else cn[0]} said that {a.clause(CN)}. {cont}")
        elif r < 0.65:
            paras.append(a.fill(f"{us[0].split()[-1] if us[1] == US else us[0]} said that {a.clause(US)}."))
        elif r < 0.8:
            paras.append(a.fill("The two sides had {a} exchanges on {t} and {t2}."))
        else:
            paras.append(a.sentence())
    return head + "\n\n" + "\n\n".join(paras) + "\n"


def _transcript(a: _Article, date: dt.date | None) -> str:
    rng = a.rng
    when = date.strftime("%B %-d, %Y") if date else "today"
    if rng.random() < 0.5:
        head = "Department Press Briefing \u2013 Matthew Miller, Department Spokesperson"
        speaker, side = "MR. MILLER", US
    else:
        sp = rng.choice(["Mao Ning", "Wang Wenbin", "Lin Jian"])
        head = f"Foreign Ministry Spokesperson {sp}'s Regular Press Conference on {when}"
        speaker, side = sp, CN
    turns = [f"{speaker}: Good afternoon, everyone. I have one announcement at the top and then I'm happy to take your questions."]
    for _ in range(rng.randint(4, 12)):
        asker = "QUESTION" if side == US else rng.choice(["Bloomberg", "AFP", "CCTV", "Reuters", "China Daily"])
        turns.append(a.fill(f"{asker}: {rng.choice(['Can you give us any update on', 'What is your response to reports about', 'Do you have any comment on'])} {{t}}?"))
        ans = " ".join(a.quote_body(side) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.15:
            ans += " (Laughter.)"
        turns.append(f"{speaker}: {ans}")
        if rng.random() < 0.3:
            turns.append(a.quote_body(side))
    return head + "\n\n" + "\n\n".join(turns) + "\n"


def article(seed: int, index: int) -> tuple[str, dict]:
    """Text and metadata of article *index* (a pure function of seed and index)."""
    rng = random.Random(f"bench-corpus:{GENERATOR_VERSION}:{seed}:{index}")
    a = _Article(rng, index)
    outlet = rng.choice(OUTLETS)
    date = None
    if rng.random() < 0.98:
        date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(731))
    kind = rng.choices(["news", "readout_us", "readout_cn", "transcript"], weights=[82, 6, 6, 6])[0]
    if kind == "news":
        text = _news(a, outlet, date)
    elif kind == "readout_us":
        text = _readout_us(a)
    elif kind == "readout_cn":
        text = _readout_cn(a, date)
    else:
        text = _transcript(a, date)
    meta = {"outlet": outlet[0], "date": date.isoformat() if date else "",
            "url": f"https://example.org/{outlet[0].lower().replace(' ', '-')}/{index:06d}"}
    return text, meta


def file_name(index: int) -> str:
    return f"art{index:06d}.txt"


def corpus_digest(folder: Path, n: int) -> str:
    """Hash of the corpus files (names and bytes), to check that a folder is reusable."""
    h = hashlib.sha256()
    for i in range(n):
        p = folder / file_name(i)
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    h.update((folder / "metadata.csv").read_bytes())
    return h.hexdigest()


def reusable(folder: Path, n: int, seed: int) -> bool:
    """True when *folder* holds exactly the *n* articles of this generator version and seed."""
    try:
        man = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        return False
    if man.get("generator_version") != GENERATOR_VERSION or man.get("articles") != n or man.get("seed") != seed:
        return False
    names = sorted(p.name for p in folder.glob("*.txt"))
    if names != [file_name(i) for i in range(n)]:
        return False
    try:
        return corpus_digest(folder, n) == man.get("sha256")
    except OSError:
        return False


def write_corpus(folder, n: int, seed: int = 20240101) -> dict:
    """Write (or reuse) the benchmark corpus in *folder*; return its manifest."""
    folder = Path(folder)
    if reusable(folder, n, seed):
        man = json.loads((folder / MANIFEST).read_text())
        man["reused"] = True
        return man
    if folder.exists() and any(folder.iterdir()) and not (folder / MANIFEST).exists():
        raise SystemExit(f"{folder} is not empty and was not written by the benchmark; choose another --out")
    folder.mkdir(parents=True, exist_ok=True)
    for old in list(folder.glob("*.txt")) + [folder / "metadata.csv", folder / MANIFEST]:
        if old.exists():
            old.unlink()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "title", "outlet", "date", "url"])
    for i in range(n):
        text, meta = article(seed, i)
        (folder / file_name(i)).write_text(text, encoding="utf-8")
        w.writerow([file_name(i), "", meta["outlet"], meta["date"], meta["url"]])
    (folder / "metadata.csv").write_text(buf.getvalue(), encoding="utf-8")
    man = {"generator_version": GENERATOR_VERSION, "articles": n, "seed": seed, "sha256": corpus_digest(folder, n)}
    (folder / MANIFEST).write_text(json.dumps(man, indent=2, sort_keys=True) + "\n")
    man["reused"] = False
    return man


if __name__ == "__main__":  # print one article: python bench/corpus.py [index]
    import sys

    idx = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    print(article(20240101, idx)[0])
