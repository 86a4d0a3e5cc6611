"""Writes tests/data/redaction_tagged.jsonl: worry statements and goals with every personal value tagged.

Run `python -m devtools.redaction_set` to rebuild it (one seed, so the file is reproducible). The
"dev" templates and value pools are the ones the redactor was tuned on; the "holdout" ones were
written apart and are only measured.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "redaction_tagged.jsonl"
STRUCTURED = ("nhs", "nino", "postcode", "vehicle", "phone", "email", "handle", "url")
LOOSE = ("name", "place", "address")

POOLS = {
    "dev": {
        "child": ["Alfie", "Kayla", "Harvey", "Mia", "Tyler", "Jayden", "Amelia", "Leo", "Poppy", "Riley",
                  "Zara", "Musa", "Oliwia", "Kacper", "Maisie", "Ellie-Mae", "Reggie", "Demi"],
        "first": ["Kelly", "Jason", "Leanne", "Darren", "Sharon", "Wayne", "Aisha", "Tariq", "Bogdan",
                  "Siobhan", "Callum", "Gemma", "Shane", "Fatima", "Kwame", "Stacey", "Owen", "Lorraine"],
        "surname": ["Hughes", "Price", "Walsh", "Khan", "Okafor", "Kowalski", "Nowak", "Doherty", "Bennett",
                    "Begum", "Mensah", "Jenkins", "Fletcher", "Szymanski", "Oduya"],
        "wordname": ["Will", "Hope", "Grace", "Mark", "Dawn", "Jack", "Bill", "Amber", "Frank", "Ruby"],
        "school": ["Oakfield Primary School", "St Bartholomew's C of E Academy", "Whitley Park Nursery",
                   "Hillside Junior School", "Cardinal Newman Catholic School", "Foxford Academy"],
        "hotel": ["Premier Inn Coventry East", "the Holiday Inn Express", "the Brooklands Hotel"],
        "hospital": ["University Hospital Coventry", "Walsgrave Hospital", "Birmingham Children's Hospital",
                     "George Eliot Hospital"],
        "venue": ["Tesco Extra in Arena Park", "the Golden Cross pub", "Caludon Castle Park",
                  "the Moathouse Leisure Centre", "Pool Meadow bus station"],
        "town": ["Coventry", "Nuneaton", "Bedworth", "Kenilworth", "Rugby"],
        "street": [("sycamore", "drive"), ("elm", "road"), ("harnall", "lane"), ("briar", "close"),
                   ("wyken", "croft"), ("station", "street"), ("lavender", "grove"), ("kingfield", "road")],
        "platform": ["Snapchat", "Instagram", "TikTok", "Xbox", "Facebook"],
        "handle": ["jess_x", "kayz_xo", "tyler.b09", "darkwolf77", "lil_mia2014", "mummy_of_3", "jay.dee.99",
                   "kelz_h", "bigwayne_cov", "reggie.r"],
    },
    "holdout": {
        "child": ["Kian", "Ava", "Noah", "Lacey", "Tommy", "Bella", "Oscar", "Imani", "Mason", "Evie",
                  "Yusuf", "Lily-Rose", "Dominik", "Esme", "Finley", "Aaliyah"],
        "first": ["Chloe", "Ryan", "Nadia", "Marcus", "Jodie", "Imran", "Gary", "Bethan", "Chidi", "Tracey",
                  "Lee", "Agnieszka", "Rhys", "Samantha", "Dean", "Yasmin"],
        "surname": ["Turner", "Clarke", "Shah", "Doyle", "Patel", "Murphy", "Adeyemi", "Lewandowski",
                    "Harrison", "Rahman", "Evans", "McCarthy", "Wood", "Ali"],
        "wordname": ["Rose", "Faith", "Holly", "Joy", "Robin", "Summer", "Daisy", "Sky", "Pearl", "Iris"],
        "school": ["Park View Primary School", "Holy Family Catholic School", "Ernesford Grange Academy",
                   "Little Acorns Nursery", "Sidney Stringer Academy"],
        "hotel": ["the Travelodge Coventry Central", "the Leofric Hotel", "Days Inn Corley"],
        "hospital": ["Warwick Hospital", "Hospital of St Cross", "Solihull Hospital"],
        "venue": ["the Belgrade Theatre", "War Memorial Park", "the Arena shopping centre", "Jubilee Crescent shops"],
        "town": ["Leamington", "Solihull", "Hinckley", "Atherstone"],
        "street": [("moat", "street"), ("cherry", "tree avenue"), ("poplar", "road"), ("meadow", "way"),
                   ("bishopgate", "green"), ("hollyfast", "road"), ("clifford", "bridge road")],
        "platform": ["WhatsApp", "Snapchat", "PlayStation", "YouTube", "Instagram"],
        "handle": ["evie_b_x", "chloe.t.88", "nadz_xo", "ryanD_cov", "princess.ava", "dom1nik", "mase_10",
                   "tracey_t", "gaz_clarke"],
    },
}

# Each template is a realistic statement; slots are filled per statement. c1, c2: children's first
# names; a1, a2: adults (a1f first name, a1s surname); w1: a name that is also a word.
TEMPLATES = {
    "dev": [
        "Worry statement\nThe social worker and {school} are worried that {c1}, who is 7, has come to school hungry "
        "on most days since Christmas. {c1}'s mum, {a1}, told the teacher that there was no food at home. "
        "{c1} lives with Mum at {address}, {postcode}. If nothing changes, {c1} could become unwell.",
        "Mum ({A1}) and her partner {a2} argue most nights at {address}. {c1} (6) and {c2} (3) hear the "
        "shouting from their bedroom. Police were called on {phone} by a neighbour. {C1} told her teacher "
        "she hides under the bed.",
        "Dad {a1} drives {c1} to school after drinking. He was stopped in his car, reg {vehicle}, outside "
        "{school}. The school rang Dad on {phone} but he did not answer. {c1} is 9 and says Dad's car smells.",
        "{c1}'s NHS number is {nhs}. {c1} missed three appointments at {hospital} for her asthma. Mum, "
        "{a1m}, says she forgot. The nurse is worried {c1} could have a serious attack at night.",
        "Safety goal\n{a1f} will make sure {c1} sees the dentist every six months. {a1f}'s sister {a2} will "
        "remind her by text on {phone}. The family worker will check the dates with {a1f} every month.",
        "{c1} is 13. Her Snapchat is {handle} and she talks there to a man she met on {platform}. He asked her to "
        "meet him at {venue}. Mum's email is {email} and the school has sent her the screenshots.",
        "Mum's partner {w1} hits the wall when he is angry. {w1}, who is 34, moved into {address} in the "
        "summer. {c1}, who is 5, told her nan that {w1} frightens her.",
        "The family stayed at {hotel} for six weeks after the fire at {address}. {c1} and {c2} shared one "
        "bed with Mum. {a1}'s National Insurance number is {nino}, and the housing team has it.",
        "Worry statement\n{A1} told the health visitor that {c1} cries all night. {c1} is 4 months old. "
        "Dad, {a2}, works away. The health visitor is worried that {c1} is not gaining weight.",
        "Dr {a1} at {hospital} saw {c1} on Monday with a bruise on her cheek. Dad {a2f} {a1s} said she fell "
        "off the sofa. Dr {a1s} and Dad {a2f} {a1s} are not related. {c1} is 2.",
        "{c1} posts videos on TikTok as {handle}. One video shows the front door of {address} and the "
        "postcode {postcode}. Strangers have commented asking where she lives. {c1} is 11.",
        "Nan ({a1}) looks after {c1} and {c2} after school. Her number is {phone} and her email is {email}. "
        "Nan has a plan with {school} to collect the children at 3.15 every day.",
        "Uncle {w1} lets {c1} play 18-rated games on his Xbox. {c1}'s gamertag is {handle}. {c1} has had "
        "nightmares since March and wets the bed. {c1} is 8.",
        "{a1}, {c1}'s dad, was seen at {venue} with {c1} at 11 pm. Dad's car ({vehicle}) was parked outside. "
        "The police officer, PC {a2}, rang Mum on {phone}.",
        "Mum's Facebook page ({url}) shows photos of {c1} at {address}. Dad is not allowed to know where "
        "they live because of the court order. Dad's friend {a2} has shared the page.",
        "Wellbeing goal\n{c1} will go to {school} every day. Mum, {a1f}, will walk {c1} to the gate by 8.45. "
        "If Mum is unwell, {a2}, her neighbour at {address}, will take {c1} instead.",
        "{c1}'s dad {a1lc} has been sending messages to Mum on WhatsApp from {phone}. He says he will "
        "come to {address}. {c1}, aged 10, is scared to walk home from {school}.",
        "The midwife at {hospital} is worried about baby {c1}. Mum, {a1}, NHS number {nhs}, told her she "
        "uses cannabis every day. Mum's partner {a2} sells it from the flat at {address}, {town}.",
        "{c1} said that {w1} shouts at Mum. {w1} is Mum's boyfriend. He drives a white van, {vehicle}, and "
        "parks it outside {address}. {c1} is 6 and sleeps in Mum's bed.",
        "Safety goal\nMum ({a1}) and Dad ({a2}) will keep {c1} safe from Dad's drinking. When Dad drinks he "
        "will stay with his brother in {town}. Mum will ring the social worker on {phone} if Dad comes home drunk.",
        "Referral\nMum: {a1}, NHS {nhs}, NI {nino}, mobile {phone}, email {email}. Address: {address}, "
        "{town} {postcode}. Child: {c1}, NHS number {nhs2}. Dad's car: {vehicle}.",
        "{c1} (12) gave the school her Snapchat, {handle}, and her mum's number, {phone}. Mum's partner {a2} "
        "uses the Instagram account {handle2}. Dad's van is {vehicle} and he lives at {address}, {postcode}.",
        "The police checked the car {vehicle} outside {address} and rang Mum on {phone}. Mum ({a1}) gave her NI "
        "number as {nino}. {c1}'s NHS number {nhs} is on the hospital letter from {hospital}.",
        "{c1}, 15, has been going missing. She was found at {hotel} with an older man called {a1}. His "
        "Instagram is {handle2}. Her friend {c2} said the man is 25 and gives them vodka.",
        "The school nurse at {school} saw marks on {c1}'s arm. {c1} said {a1lc} did it. {a1lc} is Mum's "
        "partner and his email is {email}. {c1} is 12.",
    ],
    "holdout": [
        "Contacts\nDad: {a1}, phone {phone}, email {email}, NI number {nino}. Lives at {address}, {postcode}. "
        "{c1}: NHS {nhs}. Mum's car: {vehicle}. Mum's Facebook: {url}.",
        "{c1} is 15 and her TikTok is {handle}. She ran away to {town} in a car, {vehicle}, driven by {a2}. "
        "Her NHS number is {nhs}. The police rang Mum on {phone} and emailed {email}.",
        "Grandad ({a1}, NI {nino}) has {c1} most weekends at {address}, {postcode}. His landline is {phone} and "
        "his car is {vehicle}. {c1}'s NHS number is {nhs}.",
        "Worry statement\nThe health visitor is worried that {c1}, aged 2, is left in her cot for long "
        "periods at {address}. Mum ({a1}) says she sleeps in the day because she works nights at {hospital}.",
        "{A1} shouted at {c1} in the car park of {venue}. A member of the public rang 999 and gave the "
        "car registration {vehicle}. {c1} is 7 and was crying in the back seat.",
        "Mum's new partner, {w1}, has a conviction for hurting a child. {w1} stays at {address}, {postcode}, "
        "most weekends. {c1} and {c2} are 4 and 6.",
        "{c1}, 14, has told her friend {c2} that she meets a man from {platform} called {handle}. "
        "He sends her money. Her school, {school}, found his number, {phone}, on her phone.",
        "{c1}'s dad, {a1m}, has not had his medication for three weeks. Dad's GP, Dr {a2}, wrote to "
        "{email} about it. {c1} is 9 and makes his own tea.",
        "Safety goal\nDad ({a1}) will take {c1} to every appointment at {hospital}. {c1}'s NHS number is "
        "{nhs}. Grandad {a2} will drive them in his car, {vehicle}, if the bus is late.",
        "The police found {c1} alone at {address} at 2 am. Mum ({a1lc}) was at {venue}. Mum's phone number is "
        "{phone}. {c1} is 5 and said she was scared of the dark.",
        "{a1}, National Insurance number {nino}, lost her job at {hotel} in June. The family now have no "
        "money for gas. {c1} and {c2} are cold at night and wear coats in bed.",
        "{c1}'s YouTube channel ({url}) shows her bedroom and her school jumper from {school}. Mum did not know. "
        "{c1} is 10. The school is worried strangers could find her.",
        "Worry statement\nMUM ({A1}) drinks a bottle of vodka most nights. {C1}, who is 8, puts herself to bed and "
        "gets {c2} ready for nursery. Nan {a2} lives at {address} and helps when she can.",
        "{w1} is {c1}'s stepmum. {w1} locks {c1} in his room at {address} when she goes out. {c1} is 6. "
        "Dad, {a2}, works at {venue} until late.",
        "Mum and {c1} moved to {hotel} after Dad {a1} threatened to burn down {address}. Dad has been "
        "messaging Mum on {platform} as {handle}. {c1} is 3.",
        "Wellbeing goal\n{c1} will have a clean bed and clean clothes every day. Mum ({a1f}) will wash "
        "{c1}'s uniform for {school} twice a week. Her friend {a2} will help; her number is {phone}.",
        "Dad's lorry, {vehicle}, was seen outside {school} after the court order. Dad ({a1}) is not allowed "
        "near {c1}. The school rang Mum, {a2f}, on {phone}.",
        "{c1}'s mum {a1} sells {c1}'s ADHD tablets. A neighbour sent screenshots from {url} to {email}. "
        "{c1}, 11, has not had her tablets for a month and is struggling at {school}.",
        "Dr {a1} and {a2f} {a1s}, {c1}'s dad, met at {hospital} about {c1}'s broken arm. {a2f} {a1s} said "
        "{c1} fell off the trampoline. {c1} is 3. Dr {a1s} is worried the story has changed.",
        "{c1} told the teacher that {a1lc} and {a2lc} fight at home. {c1} lives at {address} in {town} with "
        "Mum and her two brothers. {c1} is 7.",
        "Safety goal\n{a1f} will keep {c1} away from {a2}. {a1f} will not let {a2} into {address}. If "
        "{a2} comes, {a1f} will ring 999 and then the social worker on {phone}.",
        "{c1}, 16, is pregnant. Her NI number is {nino} and her NHS number is {nhs}. The baby's dad is "
        "{a1}, 24, who lives at {address}, {postcode}. He follows her on Instagram as {handle2}.",
        "The neighbour at {address} saw {A1} hit {c1} in the garden. {c1} is 4. The neighbour rang the "
        "police on {phone} and sent a video to {email}.",
    ],
}

TITLES = ("Mr", "Mrs", "Ms", "Miss")


def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits + [check]))
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suffix = rng.choice("ABCD")
    form = rng.choice([f"{prefix}{digits}{suffix}", f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}",
                       f"{prefix.lower()}{digits}{suffix.lower()}"])
    return form


def postcode(rng: random.Random) -> str:
    code = rng.choice(["CV1 5AB", "CV2 4FP", "CV6 7HL", "B12 9QT", "CV31 2TZ", "LE10 1AA", "SW1A 1AA",
                       "M1 1AE", "CV11 6BD", "CV3 6HH", "EC1A 1BB", "B33 8TH", "CV4 8AB", "W1A 0AX"])
    return rng.choice([code, code.lower(), code.replace(" ", ""), code.replace(" ", "").lower()])


def vehicle(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    kind = rng.choice(["current", "current", "prefix", "suffix"])
    if kind == "current":
        reg = f"{rng.choice('ABCDEFGHKLMNOPRSVWY')}{rng.choice(letters)}{rng.choice(['12', '63', '70', '19', '24', '07', '58'])}" \
              f" {''.join(rng.choice(letters) for _ in range(3))}"
    elif kind == "prefix":
        reg = f"{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}{rng.randint(1, 999)} {''.join(rng.choice(letters) for _ in range(3))}"
    else:
        reg = f"{''.join(rng.choice(letters) for _ in range(3))} {rng.randint(1, 999)}{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}"
    return rng.choice([reg, reg, reg.lower(), reg.replace(" ", "")])


def phone(rng: random.Random) -> str:
    n = rng.randint(100, 999)
    return rng.choice([f"07700 900{n}", f"07700900{n}", f"+44 7700 900 {n}", f"+447700900{n}",
                       f"0121 496 0{n}", f"(0121) 4960{n}", f"020 7946 0{n}", f"01632 960{n}",
                       f"0044 7700 900{n}", f"07700-900-{n}", f"+44 (0)1632 960 {n}", f"0113 496 0{n}"])


def email(rng: random.Random, first: str, surname: str) -> str:
    user = rng.choice([f"{first}.{surname}", f"{first}{rng.randint(1, 99)}", f"{first[0]}{surname}",
                       f"{surname}_{first}", f"{first}x{surname}"]).lower().replace("'", "")
    return f"{user}@{rng.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'icloud.com'])}"


def url(rng: random.Random, handle: str) -> str:
    return rng.choice([f"www.facebook.com/{handle}", f"https://www.tiktok.com/@{handle}", f"instagram.com/{handle}",
                       f"https://youtube.com/@{handle}", f"http://facebook.com/profile/{handle}"])


def address(rng: random.Random, street: tuple[str, str]) -> str:
    number = rng.randint(1, 140)
    base = f"{number} {street[0]} {street[1]}"
    flat = rng.random() < 0.2
    text = f"Flat {rng.randint(1, 12)}, {base}" if flat else base
    return rng.choice([text, text, text.title(), text.upper() if rng.random() < 0.2 else text])


def build(split: str, template: str, rng: random.Random) -> dict:
    pool = POOLS[split]
    kids = rng.sample(pool["child"], 2)
    firsts = rng.sample(pool["first"], 2)
    surnames = rng.sample(pool["surname"], 2)
    handle = rng.choice(pool["handle"])
    platform = rng.choice(pool["platform"])
    street = rng.choice(pool["street"])
    fixed = {
        "c1": (kids[0], "name"), "c2": (kids[1], "name"), "C1": (kids[0].upper(), "name"),
        "a1": (f"{firsts[0]} {surnames[0]}", "name"), "a2": (f"{firsts[1]} {surnames[1]}", "name"),
        "A1": (f"{firsts[0]} {surnames[0]}".upper(), "name"),
        "a1m": (f"{firsts[0]} {surnames[0].upper()}", "name"),
        "a1f": (firsts[0], "name"), "a2f": (firsts[1], "name"), "a1s": (surnames[0], "name"),
        "a1lc": (firsts[0].lower(), "name"), "a2lc": (firsts[1].lower(), "name"),
        "w1": (rng.choice(pool["wordname"]), "name"),
        "school": (rng.choice(pool["school"]), "place"), "hotel": (rng.choice(pool["hotel"]), "place"),
        "hospital": (rng.choice(pool["hospital"]), "place"), "venue": (rng.choice(pool["venue"]), "place"),
        "town": (rng.choice(pool["town"]), "place"),
        "address": (address(rng, street), "address"), "postcode": (postcode(rng), "postcode"),
        "vehicle": (vehicle(rng), "vehicle"), "phone": (phone(rng), "phone"),
        "email": (email(rng, firsts[0], surnames[0]), "email"), "nhs": (nhs_number(rng), "nhs"), "nhs2": (nhs_number(rng), "nhs"),
        "nino": (nino(rng), "nino"), "url": (url(rng, handle), "url"),
        "handle": (handle, "handle"), "handle2": ("@" + rng.choice(pool["handle"]), "handle"),
        "platform": (platform, None),
    }
    text, tags, cursor = [], [], 0
    out = ""
    for match in re.finditer(r"\{(\w+)\}", template):
        out += template[cursor:match.start()]
        value, kind = fixed[match.group(1)]
        if kind == "name" and match.group(1) in ("a1", "a2") and rng.random() < 0.15:
            value = f"{rng.choice(TITLES)} {value.split()[-1]}"  # "Mrs Hughes"
        if kind is not None:
            tags.append({"start": len(out), "end": len(out) + len(value), "type": kind, "value": value})
        out += value
        cursor = match.end()
    out += template[cursor:]
    keep = [w for w in ("Snapchat", "Instagram", "TikTok", "Xbox", "Facebook", "WhatsApp", "YouTube", "PlayStation",
                        "Mum", "Dad", "Nan", "social worker", "health visitor") if re.search(rf"\b{w}\b", out)]
    return {"split": split, "text": out, "tags": tags, "keep": keep}


def main() -> None:
    rng = random.Random(20261201)
    rows = []
    for split, templates in TEMPLATES.items():
        for _ in range(4):
            for template in templates:
                rows.append(build(split, template, rng))
    for number, row in enumerate(rows, 1):
        row["id"] = number
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts: dict[str, int] = {}
    for row in rows:
        for tag in row["tags"]:
            counts[tag["type"]] = counts.get(tag["type"], 0) + 1
    print(f"{len(rows)} statements, {sum(counts.values())} tagged values: {counts}")


if __name__ == "__main__":
    main()
