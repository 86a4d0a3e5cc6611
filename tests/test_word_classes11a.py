"""Round 11 (helper wordsa11): CLOSED word classes, covered as classes rather than as the rows of
any test set. Written before the code was changed, in our own wordings (other names, verbs, tense,
voice, subjects and word order than any probe row): each class has wordings that must be flagged
and near misses that must not.

Each case: (kind, text, code, words, fires), as in test_word_classes10.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

GUESS = ("SOS304", "SOS305")
LABEL = ("SOS301", "SOS305")
JUDGEMENT = ("SOS305", "SOS301", "SOS304")
BLAME = "SOS306"

CASES = [
    # H: hedges (a closed class: likely, probably, possibly, presumably, apparently, allegedly,
    # suspected, may/might/could have + a past deed, "due to" after a hedge) stating a guess about
    # what happened or is happening as the worry. A hedge about the future in the if-nothing-changes
    # clause, and a hedge said by a named person ("Dr Khan thinks… probably"), are honest.
    ("worry", "Dad probably hit Ivy (6) with a belt on Saturday.", GUESS, "probably", True),
    ("worry", "The bruise on Noor's arm was likely caused by a belt.", GUESS, "likely", True),
    ("worry", "Mum has possibly been drinking again since Christmas, and Leo (4) is with her all day.", GUESS, "possibly", True),
    ("worry", "Kai's weight loss is probably due to missed meals at home.", GUESS, "probably due to", True),
    ("worry", "Toby's sore skin is likely down to being left in the same nappy all day.", GUESS, "likely", True),
    ("worry", "Dad might have hit Mum in front of Ava (5) on Friday.", GUESS, "might have hit", True),
    ("worry", "Mum may have given Noor (2) too much of her medicine last week.", GUESS, "may have given", True),
    ("worry", "Dad could have been drinking when he collected Ava (5) from nursery.", GUESS, "could have been drinking", True),
    ("worry", "Ollie's bruises were most likely caused by rough handling.", GUESS, "likely", True),
    ("worry", "It is likely Mum was drunk when she fell down the stairs holding Ruby (1).", GUESS, "likely", True),
    ("worry", "Mum likely knew that her partner was hurting Jess (12).", GUESS, "likely", True),
    ("worry", "Dad is probably using cocaine at weekends when Leo (8) stays.", GUESS, "probably", True),
    ("worry", "The burn on Ella's hand was possibly from a cigarette.", GUESS, "possibly", True),
    ("worry", "Ivy's tiredness is likely due to Dad's friends coming round late at night.", GUESS, "likely due to", True),
    ("worry", "Mum's drinking is likely to be daily, and Ivy (4) will be hurt if nothing changes.", GUESS, "likely", True),
    ("worry", "If nothing changes, Ivy (6) is likely to get hurt.", GUESS, "likely", False),
    ("worry", "If Dad keeps drinking, he is likely to be drunk when he collects Ivy (6).", GUESS, "likely", False),
    ("worry", "If this carries on, Dad will probably hit Mum again and Ava (5) could be hurt.", GUESS, "probably", False),
    ("worry", "Dr Khan thinks the bruise on Noor's arm was probably from a fall at nursery.", GUESS, "probably", False),
    ("worry", "Nan says Mum was probably drinking that night, because she smelled wine on her.", GUESS, "probably", False),
    ("worry", "Ava (5) might be too frightened to go home if Dad is there.", GUESS, "might", False),
    ("worry", "Nan and the health visitor are worried that somebody has hurt Noor (1), probably by gripping her arm.", GUESS, "probably", False),
    ("goal", "Leo could have his tea at Nan's on Tuesdays and Thursdays.", GUESS, "could have", False),
    ("goal", "Dad will probably need Uncle Sam to help on Friday nights, so Sam will come at six.", GUESS, "probably", False),
    ("worry", "Mum told the nurse she probably missed two doses of Noor's medicine last week.", GUESS, "probably", False),
    ("worry", "Noor (3 months) cannot crawl yet, so an adult must have burned her hand.", GUESS, "must have burned", False),
    ("worry", "Kai (14) has been reported missing three times since June.", GUESS, "reported missing", False),

    # J: judgement words keep their judgement across a word family: the noun, the adverb and
    # the adjective of one verdict on a parent ("hostile", "hostility", "with hostility").
    # "anxious"/"anxiety" of a parent is a label; of a child it is the impact.
    ("worry", "Mr Okafor's hostility towards the social worker is a worry.", JUDGEMENT, "hostility", True),
    ("worry", "Mum's evasiveness when asked about the bruises means nobody knows how Leo (3) was hurt.", JUDGEMENT, "evasiveness", True),
    ("worry", "Dad answered defensively when the nurse asked about Leo's burn.", JUDGEMENT, "defensively", True),
    ("worry", "Mum's defensiveness makes it hard to talk to her about Ava's missed meals.", JUDGEMENT, "defensiveness", True),
    ("worry", "Dad's dishonesty about his drinking leaves Kai (9) on his own at night.", JUDGEMENT, "dishonesty", True),
    ("worry", "Mum's immaturity means Ruby (2) is left in her cot for long spells.", JUDGEMENT, "immaturity", True),
    ("worry", "Dad behaved irresponsibly when he left Kai (4) alone in the bath.", JUDGEMENT, "irresponsibly", True),
    ("worry", "Dad's unreliability with contact upsets Ella (7).", JUDGEMENT, "unreliability", True),
    ("worry", "Ms Cole is an anxious mother, and Ava (6) has missed a month of school.", JUDGEMENT, "anxious", True),
    ("worry", "Mum's anxiety means Noor (4) has not been to nursery since May.", JUDGEMENT, "anxiety", True),
    ("worry", "Dad's volatility frightens Tia (8).", JUDGEMENT, "volatility", True),
    ("worry", "Mum selfishly spent the food money on cigarettes and Leo (5) went hungry.", JUDGEMENT, "selfishly", True),
    ("worry", "Dad spoke aggressively to the teacher at pick-up in front of Sam (6).", JUDGEMENT, "aggressively", True),
    ("worry", "Mr Lane's manipulativeness with the school worries Kai's teacher.", JUDGEMENT, "manipulativeness", True),
    ("worry", "Ivy (6) is anxious at bedtime and asks for Nan.", JUDGEMENT, "anxious", False),
    ("worry", "Kai's anxiety has grown since the police came to the house, and he bites his nails.", JUDGEMENT, "anxiety", False),
    ("worry", "The infection on Leo's leg was resistant to the first antibiotics.", JUDGEMENT, "resistant", False),
    ("goal", "Nan will collect Ivy reliably every Tuesday at three.", JUDGEMENT, "reliably", False),
    ("worry", "The dog barked aggressively at the health visitor when she came to see Ava (2).", JUDGEMENT, "aggressively", False),

    # L: behaviour CATEGORIES as labels: a harm noun (abuse, misuse, use, violence, conflict,
    # aggression, neglect, exploitation) with a category word before it ("cannabis misuse",
    # "inter-parental conflict"), "a history of" a harm, "a known risk (to children)", and a
    # conduct adjective on a family role ("a controlling stepfather"). A service or job named by
    # such words, a history of something else, and a worry's future are left alone.
    ("worry", "Dad has a history of violence towards partners, and Leo (4) lives with him.", LABEL, "history of violence", True),
    ("worry", "Mr Price is a known risk to children, and Ava (4) sees him at weekends.", LABEL, "known risk", True),
    ("worry", "Mum's boyfriend is a known risk, and Leo (3) is often alone with him.", LABEL, "known risk", True),
    ("worry", "Mum has a history of drug misuse and looks after Ava (1) alone.", LABEL, "history of drug misuse", True),
    ("worry", "There is inter-parental conflict at home and Kai (7) hears it.", LABEL, "conflict", True),
    ("worry", "Dad's ketamine use worries Ella's teacher.", LABEL, "ketamine use", True),
    ("worry", "Cannabis misuse by Mum is the worry for Ruby (3).", LABEL, "Cannabis misuse", True),
    ("worry", "Leo (6) lives with a controlling stepfather.", LABEL, "controlling stepfather", True),
    ("worry", "Ms Hill has an abusive partner and Kai (5) is scared of him.", LABEL, "abusive partner", True),
    ("worry", "There has been family conflict for months and Tia (9) cries at school.", LABEL, "family conflict", True),
    ("worry", "Solvent abuse by Dad leaves Noor (3) on her own.", LABEL, "Solvent abuse", True),
    ("goal", "Mum and Dad will make sure there is no parental conflict in front of Sam.", LABEL, "parental conflict", True),
    ("worry", "Ruby (8) was assaulted at the weekend.", LABEL, "assaulted", True),
    ("worry", "Kai (12) had been assaulted on the way home, and he now stays in his room.", LABEL, "assaulted", True),
    ("worry", "Leo (5) lives with a jealous and possessive stepfather.", LABEL, "possessive stepfather", True),
    ("worry", "Kai (9) has poor school attendance since Dad moved in.", LABEL, "poor school attendance", True),
    ("worry", "There is inadequate supervision of Ruby (2) when Mum's friends visit.", LABEL, "inadequate supervision", True),
    ("worry", "Leo's irregular attendance at nursery worries his key worker.", LABEL, "irregular attendance", True),
    ("worry", "Leo (4) has a poor appetite since he came back from Dad's.", LABEL, "poor appetite", False),
    ("worry", "Dad goes to the drug and alcohol service on Mondays.", LABEL, "drug and alcohol service", False),
    ("worry", "Ruby (8) was assaulted by Dad's friend, who punched her in the face on Saturday.", LABEL, "assaulted", False),
    ("worry", "The domestic abuse worker will visit Mum on Friday.", LABEL, "domestic abuse", False),
    ("worry", "Mum has a history of helping at Leo's school.", LABEL, "history of helping", False),
    ("worry", "Mum's phone use at night keeps Ava (2) awake.", LABEL, "phone use", False),
    ("worry", "If nothing changes, Ivy (6) could be abused by the men.", LABEL, "abused", False),
    ("worry", "Nan knows the risks of leaving the gas on and checks it for Leo.", LABEL, "risks", False),

    # B: victim blaming: a harmed child's own conduct framed as the cause, or as what must change
    # ("understand the consequences of her actions", "stop sharing pictures online"). A child
    # asked to do something safe and ordinary, and an adult asked to change, are left alone.
    ("worry", "Faith (14) needs to understand the consequences of her actions online.", BLAME, "consequences of her actions", True),
    ("worry", "Kai (15) has to learn that his choices have consequences when he goes missing.", BLAME, "his choices have consequences", True),
    ("goal", "Jess will understand the risks of sending photos to people she meets online.", BLAME, "understand the risks", True),
    ("goal", "Tia will stop sharing pictures of herself online.", BLAME, "stop sharing", True),
    ("goal", "Leo will stop running off with older boys at night.", BLAME, "stop running off", True),
    ("goal", "Zara will stop meeting older men in the park.", BLAME, "stop meeting", True),
    ("worry", "Holly (13) has to face the consequences of her behaviour with the men.", BLAME, "consequences of her behaviour", True),
    ("goal", "Skye will recognise the dangers of meeting adults she has talked to online.", BLAME, "recognise the dangers", True),
    ("worry", "Dan (15) needs to realise the risks he takes when he goes to the flat.", BLAME, "realise the risks", True),
    ("goal", "Amir will stop talking to strangers online and will stop sending them pictures.", BLAME, "stop talking", True),
    ("worry", "Sam (14) is making risky choices online with men he does not know.", BLAME, "making risky choices", True),
    ("worry", "Chloe's decisions are putting her in danger from the men at the flat.", BLAME, "decisions are putting", True),
    ("goal", "Jay will think about the consequences before he gets into cars with the men.", BLAME, "think about the consequences", True),
    ("goal", "Mia will accept responsibility for meeting the men at the park.", BLAME, "accept responsibility", True),
    ("goal", "Ivy will tell Nan when she feels scared.", BLAME, "tell Nan", False),
    ("worry", "Ava (9) made a good choice when she told her teacher about the bruise.", BLAME, "made a good choice", False),
    ("goal", "Nan will take responsibility for the school run on Mondays.", BLAME, "take responsibility", False),
    ("goal", "Dean will accept responsibility for hitting Mum, and Nan will have the children on Fridays.", BLAME, "accept responsibility", False),
    ("goal", "Dad will understand the consequences of his drinking for Ava and will ring Nan when he wants a drink.", BLAME, "consequences", False),
    ("goal", "Mum will stop sharing pictures of Ava on Facebook.", BLAME, "stop sharing", False),
    ("goal", "Leo will stop eating crisps before his tea, and Mum will cook with him on Sundays.", BLAME, "stop eating", False),
    ("goal", "Kai's teacher will help him understand that what the men did was not his fault.", BLAME, "understand", False),
    ("goal", "Ava will know she can call Nan if anyone online asks her for photos.", BLAME, "call Nan", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# Real words of the judgement and label families (devtools/word_families.py lists them all):
# each is flagged in a plain sentence about a parent.
FAMILY_WORDS = ["hostility", "volatility", "aggressively", "aggressiveness", "violently", "abusively",
                "manipulatively", "manipulativeness", "uncooperatively", "resistance", "evasively", "evasiveness",
                "defensively", "defensiveness", "dishonesty", "dishonestly", "immaturity", "irresponsibly",
                "irresponsibility", "unreliability", "selfishly", "selfishness", "maliciously", "negligence",
                "negligently", "ambivalence", "defiantly", "avoidance", "obstructiveness", "deceitfulness",
                "neglectfully", "erratically", "chaotically", "submissively"]


def test_word_families_are_derived():
    from devtools.word_families import families

    derived = {f for _, _, forms in families() for f in forms}
    missing = [w for w in FAMILY_WORDS if w not in derived]
    assert not missing, f"not derived from any lexicon word: {missing}"


def test_each_family_word_fires(engine):
    from devtools.word_families import fires

    result = fires(engine, FAMILY_WORDS)
    assert all(result.values()), f"not flagged: {[w for w, hit in result.items() if not hit]}"
