"""Round 14 (words14b): word classes of jargon and vague words, each named, with wordings of our
own (varied tense, voice, negation, subject, profession and setting) and near misses that must stay
clean. Written before the code that catches them. Each case: (kind, text, code, words, fires), as in
test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JARGON = ("SOS101", "SOS102", "SOS103", "SOS104")
VAGUE = ("SOS302",)

# C11. Record words of the police, youth justice, schools and specialist services that a family is
# never told the meaning of (fixed terms, each with plain advice): "indecent images", "intel",
# "cohort", "joint protocol", "Southwark judgment", "key work", "pending", "geographically
# isolated", "age-related expectations", "presents well".
RECORD_WORDS = [
    ("worry", "Kai (14) was asked for indecent images by a man he met on a gaming site.", JARGON, "indecent images", True),
    ("worry", "Police found an indecent image of Ava on Dean's phone in March.", JARGON, "indecent image", True),
    ("worry", "Police intel is that Leo has been seen at a flat known for drug dealing.", JARGON, "intel", True),
    ("worry", "There is police intelligence that Kian is carrying drugs for older boys.", JARGON, "police intelligence", True),
    ("worry", "Jay is linked to the Northside cohort of young people known to police.", JARGON, "cohort", True),
    ("goal", "Mia (16) will be housed under the joint housing protocol while she is 16 or 17.", JARGON, "protocol", True),
    ("worry", "The council has not yet done a Southwark assessment for Noor, who is 17 and homeless.", JARGON, "Southwark", True),
    ("goal", "Dad will go to his keywork sessions at the drug service every Tuesday.", JARGON, "keywork", True),
    ("goal", "Mum will see Jo from the drug service for key work sessions twice a month.", JARGON, "key work", True),
    ("worry", "Kai will stay with Nan pending the outcome of the police investigation.", JARGON, "pending", True),
    ("worry", "The family were geographically isolated and had no car, so Ava missed her clinic.", JARGON, "geographically isolated", True),
    ("worry", "Amir's reading is a year below age-related expectations.", JARGON, "age-related expectations", True),
    ("worry", "Leo is working below age related expectations in maths.", JARGON, "age related expectations", True),
    ("worry", "Mum and Dad present well at meetings but Ava has told her teacher Dad hits her.", JARGON, "present well", True),
    ("worry", "The children presented well on the visit, though the cupboards were empty.", JARGON, "presented well", True),
    # Near misses: the same words in their everyday sense.
    ("worry", "Mum showed the social worker the images of the bruises on her phone.", JARGON, "images", False),
    ("worry", "Ava (15) feels isolated at school since her friends left.", JARGON, "isolated", False),
    ("goal", "Nan will tell Leo what she expects of him at bedtime.", JARGON, "expects", False),
    ("goal", "Dad will give Ava her birthday present on Saturday.", JARGON, "present", False),
    ("worry", "Ava presented her project to the class and then cried all afternoon.", JARGON, "presented", False),
    ("worry", "Kai has been keeping his work in a folder at Nan's house.", JARGON, "work", False),
]

# C12. A service called by its tier, level or step on a service ladder ("the tier 2 weight
# service", "Tier 3 CAMHS", "level 3 support"): a number only professionals can read.
SERVICE_TIERS = [
    ("worry", "Mum was offered the tier 2 weight management service twice and said no.", JARGON, "tier 2", True),
    ("goal", "Mum to take Brook to the Tier 2 healthy lifestyles group.", JARGON, "Tier 2", True),
    ("worry", "Ava (15) has been on the waiting list for Tier 3 CAMHS since May.", JARGON, "Tier 3", True),
    ("worry", "Leo was admitted to a Tier 4 bed in Manchester after he cut his arms.", JARGON, "Tier 4", True),
    ("worry", "The family were stepped down to tier two services last year.", JARGON, "tier two", True),
    ("goal", "Dad will attend the tier 3 alcohol service every Thursday.", JARGON, "tier 3", True),
    ("worry", "The referral did not meet the threshold for level 4 and went to Early Help.", JARGON, "level 4", True),
    ("worry", "The family have had Level 3 support from Early Help since March.", JARGON, "Level 3", True),
    ("goal", "Kai will be stepped down to level 2 support when he is back in school.", JARGON, "level 2", True),
    ("worry", "Mia was referred to a Tier 3 eating disorder team after she fainted.", JARGON, "Tier 3", True),
    # Near misses: a level anyone can read.
    ("worry", "Mum parked on level 4 of the car park and left Ava (3) in the car.", JARGON, "level 4", False),
    ("goal", "Dad will finish his Level 3 plumbing course by June.", JARGON, "Level 3", False),
    ("worry", "Ava has passed her level 2 swimming badge.", JARGON, "level 2", False),
    ("worry", "Kai is in Year 2 at Hill Primary.", JARGON, "Year 2", False),
    ("goal", "Nan will make Ava a three-tier birthday cake.", JARGON, "tier", False),
    ("worry", "The water level in the bath was up to Leo's chin.", JARGON, "level", False),
]

# C13. A child's life after the change told as a state nobody can picture: "will thrive in a
# nurturing environment", "well looked after", "able to be a child", "feel less pressured", "a
# healthy weight", "outcomes will improve".
UNSEEN_STATE = [
    ("goal", "Ivy will thrive in a nurturing environment.", VAGUE, "thrive", True),
    ("goal", "Leo will flourish in a loving home with Nan.", VAGUE, "flourish", True),
    ("goal", "Mum will make sure the children are well looked after.", VAGUE, "well looked after", True),
    ("goal", "The twins will be properly cared for when Dad is at work.", VAGUE, "properly cared for", True),
    ("goal", "Ruby will be able to be a child.", VAGUE, "be able to be a child", True),
    ("goal", "Kai will get to be a kid again and not worry about Mum.", VAGUE, "be a kid", True),
    ("goal", "Hunter to feel less pressured.", VAGUE, "feel less pressured", True),
    ("goal", "Amara will feel less anxious about going home.", VAGUE, "feel less anxious", True),
    ("goal", "Brook to achieve a healthy weight within 12 months.", VAGUE, "healthy weight", True),
    ("goal", "Outcomes for Rocky will improve.", VAGUE, "Outcomes for Rocky will improve", True),
    ("goal", "Jay's educational outcomes will be improved.", VAGUE, "educational outcomes", True),
    # Near misses: the state said with what people will see.
    ("goal", "Brook will weigh under 40 kg by her next check in March.", VAGUE, "weigh", False),
    ("goal", "Ruby will play in the park after school instead of minding her brother.", VAGUE, "play", False),
    ("goal", "Ivy will eat breakfast with Nan every morning before school.", VAGUE, "eat", False),
    ("goal", "Dad will look after the children on Saturdays while Mum works.", VAGUE, "look after", False),
    ("goal", "Hunter will tell his housemaster if he is dreading going home.", VAGUE, "dreading", False),
    ("goal", "Amara will feel less scared at night because Nan sleeps in the next room.", VAGUE, "less scared", False),
    ("goal", "Precious will be a child again, not the one who cooks and minds Justice.", VAGUE, "be a child", False),
    ("worry", "Ava told Nan she wants to be able to play with her friends.", VAGUE, "able to play", False),
]

# C14. In a worry, the harm given as an abstract loss: "a breakdown in the relationship", "gaps in
# her education", "his prospects are limited", "poor educational outcomes".
ABSTRACT_LOSS = [
    ("worry", "Mia (16) left home after a breakdown in her relationship with Mum.", VAGUE, "breakdown in her relationship", True),
    ("worry", "There has been a relationship breakdown between Kai and Dad since Easter.", ("SOS301", "SOS302"), "relationship breakdown", True),
    ("worry", "Following a breakdown in communication, Dad stopped bringing Ava to contact.", VAGUE, "breakdown in communication", True),
    ("worry", "There are gaps in Justice's education because the family move with the fair.", VAGUE, "gaps in Justice's education", True),
    ("worry", "Leo has significant gaps in his learning after a year out of school.", VAGUE, "gaps in his learning", True),
    ("worry", "Justice's future prospects are limited.", VAGUE, "prospects", True),
    ("worry", "Kai's life chances will be harmed if he keeps missing school.", VAGUE, "life chances", True),
    ("worry", "Noor's educational outcomes are poor.", VAGUE, "educational outcomes", True),
    ("worry", "The moves between hostels have led to poor outcomes for the children.", VAGUE, "poor outcomes", True),
    ("worry", "Dad's drinking is dominating family life.", VAGUE, "dominating family life", True),
    # Near misses: the loss said so anyone can picture it.
    ("worry", "Dad's car broke down on the motorway with Ava (2) in the back.", VAGUE, "broke down", False),
    ("worry", "There are gaps in the garden fence and Leo (3) has got out twice onto the road.", VAGUE, "gaps", False),
    ("worry", "Justice has not been to any school since March and cannot read her name.", VAGUE, "school", False),
    ("worry", "Mum broke down in tears at the meeting and said she cannot cope with Leo's nights.", VAGUE, "broke down", False),
    ("worry", "The police are waiting for the outcome of Dad's court case.", VAGUE, "outcome", False),
]

# C15. A process given as the goal: a passive "will be monitored", "will be put in place", with
# nothing said of what is watched for or what will happen.
PASSIVE_PROCESS = [
    ("goal", "Mum's mental health will be monitored by the GP.", VAGUE, "will be monitored", True),
    ("goal", "Kai's attendance will be closely monitored.", VAGUE, "monitored", True),
    ("goal", "The children's weight is to be monitored by the health visitor.", VAGUE, "monitored", True),
    ("goal", "A safety plan will be put in place for Rowan.", VAGUE, "put in place", True),
    ("goal", "Support will be put in place for Mum after the baby is born.", VAGUE, "put in place", True),
    ("goal", "Dad's contact will be kept under review by the team.", VAGUE, "kept under review", True),
    ("goal", "Leo's progress will be reviewed regularly by the school.", VAGUE, "reviewed regularly", True),
    ("goal", "Services will be put into place to help the family.", VAGUE, "put into place", True),
    ("goal", "Ava's feeding is going to be monitored by the ward.", VAGUE, "monitored", True),
    ("goal", "Measures will be put in place to keep the children safe.", VAGUE, "put in place", True),
    # Near misses: what is done, by whom and when, is said.
    ("goal", "A lock will be put on the kitchen window by the landlord on Friday.", VAGUE, "put on", False),
    ("goal", "Leo will be weighed by the nurse every Friday at the clinic.", VAGUE, "weighed", False),
    ("goal", "Nan will check Kai's school bag every Monday for letters.", VAGUE, "check", False),
    ("goal", "The cooker will be put back in place by the landlord this week.", VAGUE, "put back", False),
    ("goal", "Ava will be collected from school by Nan at 3.15 every day.", VAGUE, "collected", False),
]

# C16. What a child does told in a record's verb: "displays challenging behaviour", "exhibited
# signs of distress", "is displaying sexualised behaviours": say what the child does.
DISPLAYED = [
    ("worry", "Sage displays challenging behaviour towards his brothers, including biting.", JARGON, "displays", True),
    ("worry", "Ava (6) has displayed sexualised behaviour at school twice this term.", JARGON, "displayed", True),
    ("worry", "Leo is displaying signs of distress when Dad's name is mentioned.", JARGON, "displaying", True),
    ("worry", "Kai exhibited aggressive behaviours in class on 3 May.", JARGON, "exhibited", True),
    ("worry", "The baby was exhibiting symptoms of withdrawal after birth.", JARGON, "exhibiting", True),
    ("worry", "Noor displays anxiety when she has to go home at the end of the day.", JARGON, "displays", True),
    ("goal", "Tyler will no longer display harmful sexual behaviour towards younger children.", JARGON, "display", True),
    ("worry", "Mia displayed signs of neglect: she was hungry and in the same clothes all week.", JARGON, "displayed", True),
    ("worry", "Both children displayed traits of anxious attachment at contact.", JARGON, "displayed", True),
    ("worry", "Jay exhibits risky behaviours online and meets adults he does not know.", JARGON, "exhibits", True),
    # Near misses: things shown for others to see.
    ("goal", "Mum will display Leo's drawings on the fridge.", JARGON, "display", False),
    ("worry", "The school displayed Ava's poem in the hall.", JARGON, "displayed", False),
    ("goal", "Dad will exhibit his paintings at the community centre with Kai.", JARGON, "exhibit", False),
    ("worry", "The phone displayed messages from a man called Dean.", JARGON, "displayed", False),
    ("goal", "Nan will put the chart on display in the kitchen.", JARGON, "display", False),
]

# C17. Fixed stock phrases of a record that say nothing anyone can picture: a home "squalid" or in
# "squalor", children "left to their own devices", kept out of "adult matters", a "provision".
STOCK_PHRASES = [
    ("worry", "The flat was squalid on both visits.", ("SOS302",), "squalid", True),
    ("worry", "The children are living in squalor.", ("SOS302",), "squalor", True),
    ("worry", "The home conditions were squalid when police attended.", ("SOS302",), "squalid", True),
    ("worry", "Dad works nights and the boys are left to their own devices.", ("SOS302",), "left to their own devices", True),
    ("worry", "Kai (9) is often left to his own devices after school.", ("SOS302",), "left to his own devices", True),
    ("goal", "Mum and Dad will keep Honor out of adult matters.", ("SOS302",), "adult matters", True),
    ("worry", "Leo (8) is drawn into adult issues when Mum and Dad argue.", ("SOS302",), "adult issues", True),
    ("goal", "Sage will go to a short break provision two nights a month.", JARGON, "provision", True),
    ("worry", "Kai has no educational provision since he was excluded.", JARGON, "provision", True),
    ("goal", "Ava to attend the alternative provision every morning.", JARGON, "alternative provision", True),
    # Near misses: the same words with what people saw.
    ("worry", "Dad left Kai (4) on his own in the flat for three hours on Friday.", ("SOS302",), "left", False),
    ("goal", "Mum will tell Honor she does not need to worry about money.", ("SOS302",), "money", False),
    ("worry", "There was dog mess on the floor and no clean plates in the kitchen.", ("SOS302",), "dog mess", False),
    ("goal", "Nan will pack provisions for the camping trip.", JARGON, "provisions", False),
    ("goal", "Sage will go to a short break provision two nights a month.", JARGON, "short break", False),
    ("worry", "The provision of school meals stopped when Kai moved.", JARGON, "provision", False),
    ("goal", "Leo will keep his devices in the kitchen overnight.", ("SOS302",), "devices", False),
]

# Round 14 false alarms: names of things and everyday senses that look like jargon or vague words
# (a kind of home, an app, a named team, an engagement to marry, hurts referred back to). The last
# rows are the same words in the sense that is still flagged.
NAMED_THINGS = [
    ("goal", "Mia will move into supported lodgings with Mrs Reid on 4 May.", VAGUE, "supported", False),
    ("worry", "Kai (17) lives in supported accommodation and has missed his rent twice.", VAGUE, "supported", False),
    ("goal", "Mum and Dad will use the co-parenting app to agree who collects Leo.", JARGON, "co-parenting app", False),
    ("worry", "Dad sees the Early Intervention in Psychosis team every week.", JARGON, "Early Intervention", False),
    ("worry", "Mum and Dean got engaged in June, and Dean has shouted at Ruby since.", JARGON, "engaged", False),
    ("worry", "Mum became engaged to Dean in March.", JARGON, "engaged", False),
    ("goal", "Dawit will finish his ESOL course at college by July.", JARGON, "ESOL", False),
    ("worry", "Ruby's injuries were passed to the police by the GP on 3 May.", VAGUE, "injuries", False),
    ("goal", "Mum and Dad will co-parent Leo.", JARGON, "co-parent", True),
    ("worry", "Dad will not engage in the parenting course.", JARGON, "engage in", True),
    ("worry", "Ava (3) had injuries on the visit.", ("SOS302",), "injuries", True),
]

CASES = RECORD_WORDS + SERVICE_TIERS + UNSEEN_STATE + ABSTRACT_LOSS + PASSIVE_PROCESS + DISPLAYED + STOCK_PHRASES + NAMED_THINGS


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_ten_wordings_and_five_near_misses():
    for cases in (RECORD_WORDS, SERVICE_TIERS, UNSEEN_STATE, ABSTRACT_LOSS, PASSIVE_PROCESS, DISPLAYED, STOCK_PHRASES):
        assert sum(fires for *_, fires in cases) >= 10
        assert sum(not fires for *_, fires in cases) >= 5
