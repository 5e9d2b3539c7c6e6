"""Wordings met in the h13 held-out reports (invented sentences, not copied from them):
state-media and ministry phrasings, hospital conditions, burials, new victim and munition
nouns. Each with sentences that must give the fact and sentences that must not."""

from __future__ import annotations

import pytest

from extract import counts
from extract.document import parse


def values(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.value) for f in counts.find(parse(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # state media: the martyrdom, the injury, "martyring"
        ("The attack led to the martyrdom of two soldiers and the injury of seven others.",
         [("killed", 2), ("injured", 7)]),
        ("Shells hit the market, martyring four civilians.", [("impacted", None), ("killed", 4)]),
        # a headline in the present: "kill 4, injure 27"
        ("Strikes on the city kill 4, injure 27", [("killed", 4), ("injured", 27)]),
        # burials tell of the dead
        ("A local official said 23 people had been buried in the village.", [("killed", 23)]),
        # a condition is an injury
        ("A 61-year-old man was in critical condition with burns to his legs.", [("injured", 1)]),
        ("Two women were in stable condition, the hospital said.", [("injured", 2)]),
        # a fatal wound is a death, not an injury
        ("One conscript received a fatal shrapnel wound.", [("killed", 1)]),
        # victims named by trade or station
        ("The blast wounded three constables.", [("injured", 3)]),
        ("The drone struck a pasture, killing two herders.", [("killed", 2)]),
        ('The group said "dozens of enemies" were killed.', [("killed", None)]),
    ],
)
def test_wordings_that_count(sentence: str, expected: list[tuple[str, int | None]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "buried under rubble": they may be alive
        "Four people were buried under the rubble of the school.",
        # of the wounded, none is badly hurt: no count of the wounded
        "None of them is in critical condition, the hospital said.",
        # a condition of a building is no injury
        "The bridge was in poor condition before the war.",
    ],
)
def test_wordings_that_do_not_count(sentence: str) -> None:
    assert [v for v in values(sentence) if v[0] in ("killed", "injured")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Israeli army's "hostile aircraft" is a drone
        ("One hostile aircraft that crossed from Lebanon fell in an open area.", ("impacted", 1, "drone")),
        ("Air defences intercepted five aerial targets over the bay.", ("intercepted", 5, "drone")),
        # what a drone drops
        ("A quadcopter dropped two explosives on the checkpoint.", ("launched", 2, "bomb")),
    ],
)
def test_new_munition_nouns(sentence: str, expected: tuple[str, int, str]) -> None:
    found = [(f.kind, f.value, f.object) for f in counts.find(parse(sentence))]
    assert expected in found


def test_a_list_heading_of_targets_is_no_launch() -> None:
    # "74 targets:" heads a list; "target" is a launch verb only with an object after it
    text = "As of 08:30, air defence shot down 74 targets:\n- 1 guided missile;\n- 73 drones."
    assert ("launched", 74) not in values(text)
    assert values("Three Katyusha rockets target the airport") == [("launched", 3)]


def facts_of(text: str) -> list[tuple[str, int | None, str | None, str]]:
    return [(f.kind, f.value, f.object, f.rule) for f in counts.find(parse(text))]


def test_a_pronoun_for_the_munition_just_named() -> None:
    found = facts_of("The rebels fired one cruise missile at the tanker. It was shot down by a frigate.")
    assert ("intercepted", 1, "cruise missile", "count.pronoun.intercepted") in found
    found = facts_of("Militants fired four rockets at the base. They were intercepted over the desert.")
    assert ("intercepted", 4, "rocket", "count.pronoun.intercepted") in found


@pytest.mark.parametrize("text", [
    # "it" is the plane: the munition comes after
    "Four rockets were fired at the base. A cargo plane landed. It was shot down by a missile.",
    # the munition was named two sentences back, the ship since
    "A missile was fired. The tanker sailed on. It was intercepted by the navy.",
    # "it" with no munition before
    "The convoy left at dawn. It was stopped at the border.",
])
def test_a_pronoun_with_no_munition_just_before_counts_nothing(text: str) -> None:
    assert [f for f in facts_of(text) if f[3] == "count.pronoun.intercepted"] == []


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Tanker hit by projectile off the coast, second round lands in water",
         [("impacted", 1, "projectile"), ("impacted", 1, "shell")]),
        ("Drone downed near the airport, second crashes into farm",
         [("intercepted", 1, "drone"), ("impacted", 1, "drone")]),
        ("Rocket hits house in border town", [("impacted", 1, "rocket")]),
    ],
)
def test_a_bare_singular_munition_in_a_headline_is_one(headline: str, expected: list) -> None:
    found = [(k, v, o) for k, v, o, rule in facts_of(headline + "\n\nText.\n") if rule.startswith("count.headline")]
    assert found == expected


@pytest.mark.parametrize("headline", [
    "Town hit by drones overnight",  # a plural without a figure is not one
    "Missile strike hits capital",  # a strike, not a missile
    "Second day of shelling in the north",  # an ordinal of nothing
])
def test_headlines_that_are_no_single_munition(headline: str) -> None:
    assert [f for f in facts_of(headline + "\n\nText.\n") if f[3].startswith("count.headline")] == []


def test_hits_by_a_list_of_munitions_are_impacts() -> None:
    text = "Hits by 3 ballistic missiles and 19 strike UAVs were recorded at 9 locations."
    assert [(k, v, o) for k, v, o, _ in facts_of(text)] == [
        ("impacted", 3, "ballistic missile"), ("impacted", 19, "drone")]
    # recorded as flying is a launch, not a hit
    assert ("impacted", 19, "drone") not in [(k, v, o) for k, v, o, _ in facts_of(
        "Radars recorded 19 strike UAVs over the region.")]


def test_munitions_that_tried_flew() -> None:
    found = facts_of("Two drones loaded with explosives attempted to target the airport.")
    assert [(k, v, o) for k, v, o, _ in found] == [("launched", 2, "drone")]
    # people who tried launched nothing yet
    assert facts_of("Two men tried to fire rockets at the base.") == []


def test_an_active_destroyed_with_an_object_is_the_munitions_impact() -> None:
    text = "Three shells fell in the village. One of them destroyed my brother's house."
    assert ("impacted", 1) in [(k, v) for k, v, _, _ in facts_of(text)]
    assert ("intercepted", 1) not in [(k, v) for k, v, _, _ in facts_of(text)]
    # destroyed by someone, or without an object: an interception
    assert ("intercepted", 5) in [(k, v) for k, v, _, _ in facts_of("Five drones destroyed, two hit power plant")]


def test_a_drone_used_to_drop_a_counted_payload_is_its_carrier() -> None:
    found = [(k, v, o) for k, v, o, _ in facts_of("The insurgents used a drone to drop two explosives on the base.")]
    assert found == [("launched", 2, "bomb")]
    # with no payload counted, the drone is what was launched
    found = [(k, v, o) for k, v, o, _ in facts_of("Militants used a quadcopter to drop explosives on the post.")]
    assert found == [("launched", 1, "drone")]


def test_zero_casualties_with_a_side_named() -> None:
    assert values("There were no U.S. casualties.") == [("killed", 0), ("injured", 0)]
    assert values("The army said its units suffered no losses.") == [("killed", 0), ("injured", 0)]
    assert values("The army suffered no losses of territory.") == []


def test_reported_killed_and_remainder() -> None:
    assert values("Initially three people were reported killed.") == [("killed", 3)]
    found = values("15 projectiles crossed, several intercepted, remainder landed in open areas")
    assert ("impacted", None) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("As a result, Private Aram Petrosyan (born 2004) received a fatal shrapnel wound.", [("killed", 1)]),
        ("Sgt. Dana Cole, 24, was killed when the rocket hit.", [("killed", 1)]),
        ("Staff Sgt. Lee Park was lightly wounded in the attack.", [("injured", 1)]),
        # a rank and a name that speak are no casualty
        ("Col. Rami Haddad said the base was quiet.", []),
        ("Maj. Gen. Ali Hassan said three soldiers were killed.", [("killed", 3)]),
    ],
)
def test_one_serviceman_named_by_rank(sentence: str, expected: list) -> None:
    assert [v for v in values(sentence) if v[0] in ("killed", "injured")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ages are no counts, however they are given
        # (the brothers are a part of the five, told as such)
        ("The five, including two brothers aged 16 and 19, were killed.", [("killed", 5), ("killed", 2)]),
        ("Four men aged between 29 and 63 received shrapnel wounds.", [("injured", 4)]),
        ("Medics treated two women, aged 29 and 61, who were injured by glass.", [("injured", 2)]),
        # a person named by age alone
        ("An 18-year-old was shot dead at the checkpoint.", [("killed", 1)]),
        ("A 12-year-old boy has a blast injury.", [("injured", 1)]),
        # a time of day is no count
        ("The hospital received 57 wounded between midday and five in the afternoon.", [("injured", 57)]),
        # the injured who later died
        ("Doctors said three injured children had died overnight.", [("killed", 3)]),
        # "and no civilians" opens a new clause; it joins no group
        ("The airstrike killed seven militants and no civilians were injured.",
         [("killed", 7), ("injured", 0)]),
        ("At least 38 soldiers and volunteers were killed.", [("killed", None)]),
        ("There are no dead or injured.", [("killed", 0), ("injured", 0)]),
        ("No peacekeepers were hurt.", [("injured", 0)]),
        ("The monitor puts toll at 14.", [("killed", 14)]),
        ('The committee said "23 martyrs" had been counted.', [("killed", 23)]),
    ],
)
def test_people_counted_and_not(sentence: str, expected: list) -> None:
    assert [v for v in values(sentence) if v[0] in ("killed", "injured")] == expected


def test_figures_before_a_colon_that_are_model_numbers_open_no_list() -> None:
    found = values("BM-21 rockets hit border villages: 6 dead, 23 hurt\n\nText.\n")
    assert found == [("impacted", None), ("killed", 6), ("injured", 23)]  # (the rockets hit: a vague impact)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi air defences intercept drone over Jazan\n\nText.\n", ("intercepted", 1)),
        ("Hits of 6 missiles and 21 strike UAVs were recorded.", ("impacted", 6)),
        ("The aircraft dropped four KABs on the district.", ("launched", 4)),
        ("Air defences monitored 14 aerial objects entering the airspace.", ("launched", 14)),
        ('The district was hit "by two shells", the governor said.', ("impacted", 2)),
        ("One of them managed to hit a military installation.", ("impacted", 1)),
    ],
)
def test_munition_wordings(text: str, expected: tuple[str, int]) -> None:
    pre = "Rockets were fired at the base. " if text.startswith("One of them") else ""
    assert expected in values(pre + text)


def test_a_part_of_a_set_that_is_no_munition_is_not_intercepted() -> None:
    text = "Two drones were fired at the base. The army destroyed three of the group's combat vehicles."
    assert ("intercepted", 3) not in values(text)


def test_destroyed_before_launch_drops_only_its_own_clause() -> None:
    text = ('Forces destroyed two cruise missiles that were "prepared to launch" near the port, '
            "and shot down one drone over the sea.")
    assert values(text) == [("intercepted", 1)]
    assert values("Air defences shot down 10 drones, and destroyed two more on the ground.") == [
        ("intercepted", 10)]
    assert values("Forces destroyed seven missiles that were prepared to launch.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what did not happen, or is not known to have
        ("If the second bomb had hit the school, it would have killed dozens.", []),
        ("It did not say whether the militant was killed.", []),
        # a witness who saw the dead is not one of them
        ("A reporter at the hospital saw the bodies of at least nine people.", [("killed", None)]),
        # a superlative set is no count
        ("The strike killed more than 160 people, one of the deadliest attacks of the war.", [("killed", None)]),
        # a hull number is no count
        ("Jets from the USS Harbor (CVN 69) flew 14 sorties.", []),
        # someone else was
        ("Nobody else was hurt.", []),
        # a commander's losses
        ("We have recorded the loss of 11 of our soldiers and 6 wounded.", [("killed", 11), ("injured", 6)]),
        ("Another policeman was injured, taking the total number of injured to four.",
         [("injured", 1), ("injured", 4)]),
        ('The group said two of its fighters "were martyred".', [("killed", 2)]),
        ("Policeman martyred in quadcopter attack\n\nText.\n", [("killed", 1)]),
        ("A rocket hit the house, wounding his two sisters.", [("impacted", 1), ("injured", 2)]),
        ("Two civilians, a herder aged 60 and his 17-year-old nephew, were killed.", [("killed", 2)]),
    ],
)
def test_more_wordings(sentence: str, expected: list) -> None:
    assert values(sentence) == expected


def test_an_ordinal_of_a_counted_launch_is_no_new_launch() -> None:
    text = "Russia launched four missiles. Three were shot down; the fourth missile had been tracked toward the city."
    assert [v for v in values(text) if v[0] == "launched"] == [("launched", 4)]
    # "another" still adds one
    assert values("Another drone was launched at the city.") == [("launched", 1)]


def test_a_drone_is_the_munition_unless_its_payload_is_counted() -> None:
    assert [(k, v, o) for k, v, o, _ in facts_of("Two quadcopters dropped mortar bombs on the post.")] == [
        ("launched", 2, "drone")]
    found = [(k, v, o) for k, v, o, _ in facts_of("A quadcopter that dropped two mortar rounds was shot down.")]
    # "was" agrees with the quadcopter, not the rounds: the rounds are what was launched,
    # and the quadcopter (only their carrier) is what was shot down
    assert found == [("intercepted", 1, "drone"), ("launched", 2, "mortar")]


def test_a_tolls_earlier_figure_keeps_its_kind() -> None:
    found = facts_of("The death toll rose to seven, up from five reported in the morning.")
    assert [(k, v, r) for k, v, _, r in found] == [
        ("killed", 7, "casualty.killed.toll"), ("killed", 5, "casualty.killed.update")]
    # "up from" with no toll before it counts nothing
    assert facts_of("Prices are up from five dollars.") == []


def test_what_may_sit_between_a_launch_verb_and_its_with() -> None:
    found = values('Its fighters "targeted the headquarters of the 91st Division with 60 Katyusha rockets".')
    assert found == [("launched", 60)]
    found = values("Russian forces attacked the region on the night of February 10 with 40 drones.")
    assert found == [("launched", 40)]
    # a figure of drones in between is a count of its own: the verb is not carried past it
    assert values("Russia attacked Kharkiv with 12 drones and Odesa with 20 missiles.")[0] == ("launched", 12)


def test_dead_ends_a_group_name() -> None:
    assert values("A raid in the spring left six members of the security forces dead.") == [("killed", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve drones were sent toward the city. Air defences brought down all but two.",
         [("launched", 12), ("intercepted", 10)]),
        ("Earlier reports of five dead were revised to four.", [("killed", 5), ("killed", 4)]),
        ("The majority of the 40 were intercepted by the Iron Dome system.", [("intercepted", None)]),
        ("At least half of the 34 mortar bombs landed outside the perimeter.", [("impacted", None)]),
        ("Half of the 20 drones were shot down.", [("intercepted", 10)]),
        ("Killed: 1; Injured: 7", [("killed", 1), ("injured", 7)]),
        ("Drones launched at region: 12", [("launched", 12)]),
        ("One rocket scored a direct hit on a house.", [("impacted", 1)]),
        ("Thirty persons are receiving treatment.", [("injured", 30)]),
        ("Twelve people were treated for shock and are receiving treatment for shock.", []),
        ("There was no loss of life.", [("killed", 0)]),
        ("A man received barotrauma.", [("injured", 1)]),
        ("The driver received shrapnel wounds.", [("injured", 1)]),
        ("Of the wounded, three were in serious condition.", []),
        ("MORTAR ATTACK KILLS 6, INJURES 30\n\nText.\n", [("killed", 6), ("injured", 30)]),
        ("Galilee: Man Seriously Hurt in Direct Hit\n\nText.\n", [("injured", 1)]),
        ("Woman, 80, dies on way to shelter\n\nText.\n", [("killed", 1)]),
        ("The army said the boy of 14 was treated.", []),
    ],
)
def test_h16_wordings(text: str, expected: list) -> None:
    assert values(text) == expected


def test_an_intercepted_single_munition_named_after_its_verb() -> None:
    text = "The rebels fired one ballistic missile. The army said it had intercepted the missile."
    assert values(text) == [("launched", 1), ("intercepted", 1)]


def test_a_chain_of_counts_carries_its_munition() -> None:
    text = ("The rebels launched 13 drones. They were engaged by two warships. Eleven were destroyed. "
            "The remaining two crashed into the sea.")
    assert values(text) == [("launched", 13), ("intercepted", 11), ("impacted", 2)]
    # with no count in between, a munition three sentences back is not carried
    text = "The rebels launched 13 drones. The ships sailed on. The crew rested. Two hit the port."
    assert ("impacted", 2) not in values(text)


def test_a_model_name_with_its_number() -> None:
    assert values("Its fighters fired two Yassin 105 rockets at a tank.") == [("launched", 2)]
    # a figure after a capitalised word that names no model still counts
    assert values("US RAIDS ON SAADA, 6 CITIZENS MARTYRED INCLUDING 2 CHILDREN\n\nText.\n")[0] == ("killed", 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels fired a ballistic missile at the port. It was not intercepted and fell in an open area.",
         [("launched", 1), ("impacted", 1)]),
        # "fell short" is a miss
        ("The rebels fired a ballistic missile at the port. It fell short of the harbour.", [("launched", 1)]),
        ("Russia launched 14 ballistic and cruise missiles and 212 drones overnight.",
         [("launched", 14), ("launched", 212)]),
        ("The army said no US or coalition personnel were hurt.", [("injured", 0)]),
        ("Private First Class Artur Petrosyan, born in 2003, received a shrapnel wound.", [("injured", 1)]),
        ("The group said: At least 30 of ours were killed.", [("killed", None)]),
        ("Missile from Yemen intercepted over Eilat\n\nText.\n", [("intercepted", 1)]),
        ("Ten people were wounded, two of them in critical condition.", [("injured", 10)]),
    ],
)
def test_h17_wordings(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike left a dead driver and two wounded passengers.", [("killed", 1), ("injured", 2)]),
        # a wounded person named as a speaker is most often one counted already
        ("A wounded constable told reporters the drones came at night.", []),
        ('Operations will go on "until the last terrorist is eliminated".', []),
        ("Among the dead were fourteen children and nine women.", [("killed", 14), ("killed", 9)]),
        ("Among the wounded were two soldiers and a UN contractor.", [("injured", 2), ("injured", 1)]),
        # a percentage of a set: the set is no count of the downed
        ("About 80 percent of the 50 drones were downed.", []),
        ("The police put the number of wounded at not seven but nine.", [("injured", 9)]),
        ("Air defences said a further two quadcopters had been shot down.", [("intercepted", 2)]),
        ("The rebels fired three missiles. One of the ASBMs struck the vessel; the other missiles fell into the sea.",
         [("launched", 3), ("impacted", 1), ("impacted", 2)]),
    ],
)
def test_h17_shapes(text: str, expected: list) -> None:
    assert values(text) == expected


def test_a_list_item_after_a_coordinated_noun() -> None:
    text = "Russia attacked overnight with 86 drones and decoys, four Iskander-M missiles and three Kh-59 missiles."
    assert values(text) == [("launched", 86), ("launched", 4), ("launched", 3)]
    text = "Russia had used 58 drones and decoys, as well as three Iskander-M missiles, against the south."
    assert values(text) == [("launched", 58), ("launched", 3)]
    # a noun phrase with its own verb between is no list
    assert ("launched", 4) not in values("Russia fired 86 drones and shelled towns, four people were hurt.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Telegram channel said 2x ballistic missiles hit Kharkiv.", [("impacted", 2)]),
        ("UPDATE: 3X QUADCOPTERS USED IN ATTACK\n\nText.\n", [("launched", 3)]),
        ("Shelling has killed 23+ people.", [("killed", None)]),
        ("A 2x2 grid of 2+2 squares was drawn.", []),
        ("Belgorod has come under fire from approx 20 shells.", [("launched", 20)]),
        ("Two gallant soldiers paid the supreme sacrifice.", [("killed", 2)]),
        ("The ministry gave the death toll as 14.", [("killed", 14)]),
        ("Rockets were fired. One impact was identified inside the city.", [("impacted", 1)]),
        ("Some 30 rockets fired at the town, one slams into empty kindergarten\n\nText.\n",
         [("launched", 30), ("impacted", 1)]),
        ("The rebels launched one anti-ship ballistic missile (ASBM). The ASBM fell into the water.",
         [("launched", 1), ("impacted", 1)]),
    ],
)
def test_h18_wordings(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two drones approached the airport shortly before midnight.", [("launched", 2)]),
        ("Both missiles splashed into the sea.", [("impacted", 2)]),
        ("Mortar attack in market, killing shopkeeper\n\nText.\n", [("killed", 1)]),
        ("Bulk carrier hit by missile, sailor hurt\n\nText.\n", [("impacted", 1), ("injured", 1)]),
    ],
)
def test_h19_wordings(text: str, expected: list) -> None:
    assert values(text) == expected


def test_one_of_a_pair_treated_for_wounds_is_not_counted_alone() -> None:
    text = "Paramedics treated a man, 48, and a woman, 30, for light shrapnel wounds."
    assert ("injured", 1) not in values(text)
    assert values("Medics treated two people for light shrapnel injuries.") == [("injured", 2)]


def test_released_bombs_are_launched() -> None:
    assert values("The aircraft released four KAB-500 bombs on the district.") == [("launched", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter that lower-cases to two characters earlier in the text
        ("Attack near İzmir. Hits by 3 ballistic missiles and 19 strike UAVs were recorded.",
         [("impacted", 3), ("impacted", 19)]),
        ("Israel destroys Hezbollah rocket launcher in south Lebanon\n\nText.\n", []),
        ("Kyiv: every missile downed, officials say\n\nText.\n", []),
        ("The death toll stood at seven but was later lowered to six.", [("killed", 7), ("killed", 6)]),
        ('Rebels fired a cruise missile at the vessel. "It was shot down by a destroyer," an official said.',
         [("launched", 1), ("intercepted", 1)]),
        ("Militants fired a rocket at the base. It hit nothing.", [("launched", 1)]),
    ],
)
def test_review_cases(text: str, expected: list) -> None:
    assert values(text) == expected


def test_at_least_half_rounds_up() -> None:
    found = [(f.kind, f.min, f.qualifier) for f in counts.find(parse(
        "At least half of the 35 mortar bombs landed outside the perimeter."))]
    assert found == [("impacted", 18, "at_least")]


def test_drones_counted_before_that_drop_their_load_hit() -> None:
    text = "Three quadcopters approached the post. One was shot down; the other two dropped mortar shells on the roof."
    assert values(text) == [("launched", 3), ("intercepted", 1), ("impacted", 2)]
    # a figure of munitions dropped by a drone is a launch of those munitions
    assert values("The drone dropped three mortar shells on the post.") == [("launched", 3)]
