#!/usr/bin/env python3
"""Builds the crafted gold files and the deliberately imperfect predictions of ScorerAgreementTest.

Run from this folder with the reference scorer next to the project (see regenerate.sh):
    python3 fixtures.py ../../../../../../../../../shared/bench/score.py
Writes gold/tricky.*, gold/bom.*, gold/a/x.*, gold/b/x.*, imperfect.jsonl and textmatch.json (score.py's text
helpers on awkward input). Offsets are UTF-16 code units.
"""
import copy
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def span(text, sub, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return u16(text[:i]), u16(text[:i]) + u16(sub)


def item(text, sub, nth=0, **kw):
    s, e = span(text, sub, nth)
    return {"start": s, "end": e, "text": sub, **kw}


def write(rel, content, bom=False):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = content if isinstance(content, str) else json.dumps(content, indent=1, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        fh.write(data)


TRICKY = ('HONG KONG, March 3 (Newswire) -- Police in Kowloon said on Tuesday \U0001F600 that officers cracked '
          '1,200 fraud cases and arrested 3,400 suspects from January to September, up 10.5% and 20% year-on-year '
          'respectively. They seized 5 million yuan and busted 22 gangs, including 13 "snakehead" gangs. A further '
          '3,2016 people were stopped. Officers met twice. The slogan was "one gang, one team". On the 26th, more '
          'than 40 officers attended.\n\nZhang Wei, head of the Fuzhou Public Security Bureau in Fujian, met '
          'reporters in Xiamen on Monday to launch the "Clean Net" campaign. The \U0002000B ratio was 3:1 and the '
          'Ministry of Public Security\'s \U0001D4B3 teams grew by 7 per cent.\n')
T = TRICKY
S1200, S3400, S22 = span(T, "1,200")[0], span(T, "3,400")[0], span(T, "22")[0]
TRICKY_GOLD = {
    "id": "tricky",
    "file": "tricky.txt",
    "sha256": "0" * 64,  # deliberately stale: a note, spans still checked
    "figures": [
        item(T, "1,200", kind="COUNT", value=1200, counted="fraud cases", predicate="cracked",
             period="January to September"),
        item(T, "3,400", kind="COUNT", value=3400, counted="suspects", predicate="arrested",
             period="January to September"),
        item(T, "10.5%", kind="PERCENT", value=10.5, of=S1200,
             change={"direction": "increase", "basis": "year-on-year"}),
        item(T, "20%", kind="PERCENT", value=20, of=S3400, change={"direction": "increase"}, basis="year-on-year"),
        item(T, "5 million yuan", kind="MONEY", value=5e6, unit="CNY", predicate="seized"),
        item(T, "22", kind="COUNT", value=22, counted="gangs", predicate="busted"),
        item(T, "13", kind="COUNT", value=13, counted='"snakehead" gangs', part_of=S22, optional_fields=["Change"]),
        item(T, "3,2016", kind="COUNT", value=None, counted="people", predicate="stopped",
             warning=["MALFORMED_NUMBER", "AMBIGUOUS"]),
        item(T, "twice", kind="COUNT", value=2, optional=True),
        item(T, "40", kind="COUNT", value=40, qualifier="more than", counted="officers", predicate="attended",
             optional_fields=["predicate", "part_of"]),
        item(T, "3:1", kind="RATIO", value=3),  # an unknown kind: scored in the OTHER row, and a note
        item(T, "7 per cent", kind="PERCENT", value=7, change="increase", of=S22 + 1),  # of: no gold start, a note
    ],
    "not_figures": [item(T, "one gang, one team"), list(span(T, "26th"))],
    "entities": [
        item(T, "HONG KONG", type="PLACE", subtype="CITY"),
        item(T, "Kowloon", type="PLACE", subtype="CITY"),
        item(T, "Tuesday", type="DATE"),
        item(T, "Zhang Wei", type="PERSON"),
        item(T, "Fuzhou Public Security Bureau", type="ORGANIZATION", subtype="AGENCY"),
        item(T, "Fuzhou", type="PLACE", subtype="CITY", optional=True),
        item(T, "Fujian", type="PLACE", subtype="PROVINCE"),
        item(T, "Xiamen", type="PLACE", subtype="CITY"),
        item(T, "Monday", type="DATE"),
        item(T, "Ministry of Public Security", type="organization ", subtype="AGENCY"),
    ],
    "not_scored_spans": [item(T, "Clean Net"), list(span(T, "Newswire"))],
}

BOM_TEXT = "Customs officers seized 1,500 fake watches worth 2.5 million dollars in Shenzhen.\n"
BOM_GOLD = {  # no id: the file's stem; offsets count after the byte-order mark (a note)
    "file": "bom.txt",
    "scored": ["figures"],
    "figures": [item(BOM_TEXT, "1,500", kind="COUNT", value=1500, counted="fake watches", predicate="seized"),
                item(BOM_TEXT, "2.5 million dollars", kind="MONEY", value=2.5e6, unit="USD")],
    "entities": [item(BOM_TEXT, "Shenzhen", type="PLACE", subtype="CITY")],
}

X_TEXT = "Zhang Wei met Li Na in Wuhan.\n"


def x_gold(sub):
    return {"id": f"{sub}-x", "file": "x.txt",
            "entities": [item(X_TEXT, "Zhang Wei", type="PERSON"), item(X_TEXT, "Li Na", type="PERSON"),
                         item(X_TEXT, "Wuhan", type="PLACE", subtype="CITY")]}


def build_gold():
    write("gold/tricky.txt", TRICKY)
    write("gold/tricky.gold.json", TRICKY_GOLD)
    write("gold/bom.txt", BOM_TEXT, bom=True)
    write("gold/bom.gold.json", BOM_GOLD)
    for sub in ("a", "b"):
        write(f"gold/{sub}/x.txt", X_TEXT)
        write(f"gold/{sub}/x.gold.json", x_gold(sub))


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fig(p, text):
    return next(f for f in p["figures"] if f["text"] == text)


def ent(p, text):
    return next(e for e in p["entities"] if e["text"] == text)


def imperfect(score):
    docs = {d.id: d for d in score.load_gold([os.path.join(HERE, "gold")])}
    perfect = {i: score.gold_to_prediction(d) for i, d in docs.items()}
    out = []

    p = copy.deepcopy(perfect["tricky"])
    p["id"] = "batch-7/whatever"  # no such gold id: matched by the source path's base name
    p["source"]["path"] = "/data/in/tricky.txt"
    fig(p, "1,200").update(value=12000, counted={"text": "fraud case", **dict(zip(("start", "end"),
                                                                               span(T, "fraud cases")))},
                           predicate={"text": "cracked", "lemma": "crack"})
    fig(p, "3,400")["kind"] = "PERCENT"  # the pair no longer matches: a PERCENT fp and a COUNT fn
    fig(p, "10.5%").update(of=fig(p, "3,400")["id"], change={"direction": " Increase", "basis": "year on year"})
    fig(p, "20%").update(change="increase")  # the basis is lost
    fig(p, "5 million yuan")["unit"] = " cny"
    s, e = span(T, "5 million")
    p["figures"].append({"id": "m2", "kind": "MONEY", "start": s, "end": e, "text": "5 million", "value": 5e6})
    s, e = span(T, "gangs")
    fig(p, "22").update(counted={"text": "gangs", "start": s + 1, "end": e + 1},  # nested offset error
                        predicate={"lemma": "bust"})
    fig(p, "13")["partOf"] = None
    f = fig(p, "3,2016")
    f["predicate"] = "were stopped"
    p["warnings"] = [{"code": "something_else", "start": f["start"], "end": f["end"], "text": f["text"]},
                     {"code": "AMBIGUOUS", "start": f["start"], "end": f["end"] + 1, "text": f["text"]},
                     {"code": "ARTICLE_LEVEL", "message": "no span"}]
    fig(p, "40").update(qualifier="More Than", predicate={"text": "wrong"})
    fig(p, "3:1")["kind"] = "ratio"
    fig(p, "7 per cent").update(of=fig(p, "22")["id"])
    s, e = span(T, "one gang")
    p["figures"].append({"id": "n1", "kind": "COUNT", "start": s, "end": s + 3, "text": "one", "value": 1})
    s, e = span(T, "26th")
    p["figures"].append({"id": "n2", "kind": "count", "start": s, "end": s + 2, "text": "26", "value": 26})
    s, e = span(T, "Officers met")
    p["figures"].append({"id": "x1", "kind": "COUNT", "start": s, "end": e, "text": "1200", "value": 1})  # text
    p["figures"].append({"id": "x2", "kind": "DURATION", "text": "no offsets"})
    p["figures"].append(5)
    p["figures"].append({"id": "x3", "kind": "QUANTITY", "start": s, "end": s + 8, "text": "Officers",
                         "value": 8, "place": {"text": "Officers", "start": s, "end": s + 8}})
    ent(p, "Fuzhou Public Security Bureau").update(zip(("start", "end", "text"),
                                                       (*span(T, "Public Security Bureau"), "Public Security Bureau")))
    ent(p, "Fujian")["subtype"] = "CITY"
    ent(p, "Xiamen")["type"] = "ORGANIZATION"
    ent(p, "Kowloon")["subtype"] = None
    ent(p, "Zhang Wei")["type"] = " person"
    ent(p, "Ministry of Public Security")["subtype"] = "agency"
    p["entities"].append({"id": "o1", "type": "ORGANIZATION", **item(T, "Clean Net")})
    p["entities"].append({"id": "o2", "type": "PLACE", **item(T, "Newswire")})
    p["entities"].append({"id": "o3", "type": "PLACE", "subtype": "CITY", **item(T, "Fuzhou")})
    p["entities"].append({"id": "o4", "type": "EVENT", **item(T, "Clean Net")})
    p["entities"].append({"id": "o5", "type": "PLACE", "start": span(T, "\U0001F600")[0] + 1,
                          "end": span(T, "\U0001F600")[1], "text": "x"})  # ends inside a surrogate pair
    p["entities"].append({"id": "o6", "type": "PERSON", "start": 5000, "end": 5006, "text": "Nobody"})
    p["entities"].append({"id": "o7", "type": "PLACE", **item(T, "Kowloon")})  # a second, unmatched: strict fp
    p["entities"].append("not an object")
    p["entities"].append({"id": "o8", "type": "PERSON", "start": span(T, "Zhang Wei")[0] + 1,
                          "end": span(T, "Zhang Wei")[1] + 1, "text": "Zhang Wei"})
    out.append(p)

    p = copy.deepcopy(perfect["mps-2020-10-26"])  # matched by id
    figs = {f["text"]: f for f in p["figures"]}
    figs["3,2016"]["value"] = 32016
    p["warnings"] = []
    figs["41.1%"]["of"], figs["116.4%"]["of"] = figs["116.4%"]["of"], figs["41.1%"]["of"]
    figs["262,000"]["predicate"] = {"text": "arrested"}
    p["figures"].remove(figs["13"])
    p["entities"] = [e for e in p["entities"] if e["text"] != "Guo Chaokai"]
    p["entities"][0]["end"] += 1
    out.append(p)

    p = copy.deepcopy(perfect["GUM_news_asylum"])
    del p["entities"][::3]
    for e in p["entities"][::4]:
        e["subtype"] = "OTHER"
    out.append(p)
    out.append(copy.deepcopy(perfect["GUM_news_asylum"]))  # a duplicate
    # GUM_news_korea: no prediction at all
    p = {"schema": "newsfacts/1", "id": "unknown", "source": {"path": "corpus/b/x.txt"},  # by path suffix: b-x
         "figures": None, "entities": [item(X_TEXT, "Zhang Wei", type="PERSON")], "warnings": []}
    out.append(p)
    out.append({"id": "also-unknown", "source": {"path": "x.txt"}, "entities": []})  # ambiguous: unmatched
    out.append({"id": "stranger", "figures": [], "entities": []})
    out.append({"entities": []})  # no id, no source: "line N"
    bom = copy.deepcopy(perfect["bom"])
    bom["id"] = "sub/dir/bom"  # the id's last part names the gold
    del bom["source"]
    out.append(bom)
    p = copy.deepcopy(perfect["a-x"])
    p["entities"][2]["type"] = "DATE"
    out.append(p)
    with open(os.path.join(HERE, "imperfect.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


PHRASES = [
    "Police's black-and-white \u2018cases\u2019", "criminal suspects", "The boxes", "data_set values", "na\u00efve "
    "caf\u00e9s", "\u0130stanbul", "\u2167 \u00b2 \u0663 rounds", "\U0001D4B3\U0001D4B3 teams", "it's the bus's", "",
    "  ", "...", "Analyses", "Churches", "quizzes", "studies", "dies", "ties", "gas", "cactus", "crisis", "class",
    "stopped", "carried", "seizing", "running", "dies", "lies", "used", "fled", "agreed", "ed", "sing", "hopping",
    "were arrested", "has been cut", "to be seized", "did not", "COVID-19 cases", "Tuesday\u2019s",
    "\u00dfe \u00c9T\u00c9S", "x\u0301y", "A\u200bB", "one\u00a0two", "\u03a3\u039f\u03a3",
]
PAIRS = [
    ("criminal suspects", "suspect"), ("cases of electronic fraud", "electronic fraud cases"), ("boxes", "box"),
    ('"snakeheads"', "Snakehead"), ("funds involved in the case", "funds"), ("the people", "a person"),
    ("January to September this year", "from January to September"), ("last year", "this year"),
    ("carried out", "carry out"), ("seized", "seizing"), ("arrested", "were arrested"), ("stopped", "stop"),
    ("hopping", "hop"), ("dies", "die"), ("studied", "study"), ("is", "be"), ("", "x"), ("Analyses", "analysis"),
    ("\U0001D4B3\U0001D4B3ed", "\U0001D4B3"), ("\U0001D4B3\U0001D4B3ing", "\U0001D4B3"), ("gas", "ga"),
]


def text_cases(score):
    cases = {"phrases": [], "pairs": []}
    for p in PHRASES:
        toks = score.tokens(p)
        cases["phrases"].append({
            "text": p, "tokens": toks, "phrase": score.phrase(p), "singular": [score.singular(t) for t in toks],
            "lemma_variants": [sorted(score.lemma_variants(t)) for t in toks],
            "plural_variants": [sorted(score._plural_variants(t)) for t in toks],
            "head_verb": score._head_verb(p)})
    for a, b in PAIRS + [(y, x) for x, y in PAIRS]:
        cases["pairs"].append({"gold": a, "pred": b, "counted": score.counted_match(a, b),
                               "predicate": score.predicate_match(a, [b]), "period": score.period_match(a, b),
                               "token_set_f1": score.token_set_f1(a, b)})
    with open(os.path.join(HERE, "textmatch.json"), "w", encoding="utf-8", newline="") as fh:
        fh.write(json.dumps(cases, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build_gold()
    score = load_score(sys.argv[1])
    imperfect(score)
    text_cases(score)
