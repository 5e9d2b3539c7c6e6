"""Count rules: each shape with sentences that must give a fact and sentences that must not.

All sentences are invented for these tests.
"""

from __future__ import annotations

from extract import counts, numbers
from extract.document import parse
from extract.model import Fact


def facts(text: str) -> list[Fact]:
    return counts.find(parse(text))


def of_kind(text: str, kind: str) -> list[Fact]:
    return [f for f in facts(text) if f.kind == kind]


def single(text: str, kind: str) -> Fact:
    found = of_kind(text, kind)
    assert len(found) == 1, [(f.kind, f.value, f.text) for f in facts(text)]
    return found[0]


def values(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.value) for f in facts(text)]


# --- spans and the fact contract -------------------------------------------------------

def test_span_is_text_slice_and_covers_count_and_noun() -> None:
    text = "Gunmen fired 9 rockets at the depot on Sunday."
    f = single(text, "launched")
    assert text[f.start : f.end] == f.text
    assert "9 rockets" in f.text
    assert f.rule and 0 < f.confidence <= 1


def test_no_duplicate_fact_for_one_span() -> None:
    found = facts("Nine rockets were fired at the port.")
    keys = [(f.kind, f.start, f.end) for f in found]
    assert len(keys) == len(set(keys))


# --- launched -----------------------------------------------------------------------------

def test_launch_passive_subject() -> None:
    f = single("At least a dozen drones were launched at the harbour.", "launched")
    assert (f.value, f.min, f.qualifier, f.object) == (None, 12, "at_least", "drone")
    assert f.rule == "count.launch.passive"


def test_launch_object_of_verb() -> None:
    f = single("The rebels fired seven mortar rounds at the checkpoint.", "launched")
    assert (f.value, f.object) == (7, "mortar")


def test_launch_targeted_by() -> None:
    f = single("The depot was targeted by 11 rockets overnight.", "launched")
    assert (f.value, f.rule) == (11, "count.launch.targeted_by")


def test_launch_attacked_with_far_object() -> None:
    f = single("The army attacked the northern suburbs overnight with 52 drones.", "launched")
    assert (f.value, f.rule, f.object) == (52, "count.launch.attacked_with", "drone")


def test_launch_barrage_of() -> None:
    f = single("The town was hit by a barrage of 30 rockets.", "launched")
    assert f.value == 30


def test_launch_used_and_came_under_fire() -> None:
    assert single("The enemy used 27 Shahed drones in the raid.", "launched").value == 27
    assert single("The post came under fire from at least three shells.", "launched").min == 3


def test_calibre_is_not_the_count() -> None:
    assert single("Militants fired fourteen 107mm rockets.", "launched").value == 14
    assert single("Militants fired 14 122-mm rockets.", "launched").value == 14


def test_model_numbers_are_not_counts() -> None:
    assert single("Russia fired four S-300 missiles at the city.", "launched").value == 4
    assert values("The Kh-101 and the S-400 were discussed.") == []


def test_interceptors_are_not_launches() -> None:
    text = "Air defences fired two interceptor missiles and three Patriot missiles at the target."
    assert of_kind(text, "launched") == []


def test_denied_or_hypothetical_launch_is_no_fact() -> None:
    assert of_kind("Police said no rockets were fired at the palace.", "launched") == []
    assert of_kind("The group threatened to launch 100 drones at the fleet.", "launched") == []
    assert of_kind("The militia could fire 50 rockets a day.", "launched") == []


def test_how_many_is_no_count() -> None:
    assert values("The army did not say how many had been launched.") == []


def test_counts_of_attacks_troops_and_targets_are_not_facts() -> None:
    text = (
        "There have been more than 150 attacks since October. About 2,500 American troops are "
        "in the country. Jets struck 40 targets. The 101st Airborne arrived 35 kms away."
    )
    assert values(text) == []


def test_destroyed_on_the_ground_is_not_intercepted() -> None:
    text = "Two drones and a missile were destroyed on the ground before they could be launched."
    assert values(text) == []


# --- intercepted ------------------------------------------------------------------------

def test_intercept_active_and_passive() -> None:
    assert single("Air defences shot down 17 drones over the coast.", "intercepted").value == 17
    f = single("Nine missiles were neutralised by the navy.", "intercepted")
    assert (f.value, f.rule) == (9, "count.intercept.passive")


def test_intercept_partitive() -> None:
    f = single("He said 13 of the projectiles were brought down by the defences.", "intercepted")
    assert (f.value, f.object, f.rule) == (13, "projectile", "count.partitive")
    assert f.text.startswith("13 of the projectiles")


def test_ratio_gives_launch_and_intercept() -> None:
    found = facts("The air force said it downed 22 of 35 missiles.")
    assert [(f.kind, f.value, f.rule) for f in found] == [
        ("intercepted", 22, "count.ratio"), ("launched", 35, "count.ratio")]
    assert values("Crews intercepted 8 out of 10 drones.") == [("intercepted", 8), ("launched", 10)]


def test_ratio_needs_a_munition() -> None:
    assert values("Officials said 3 of 10 families had left.") == []


def test_bare_figure_borrows_munition_from_previous_sentence() -> None:
    text = "Russia launched 40 drones overnight. Air defences destroyed 30, the army said."
    f = single(text, "intercepted")
    assert (f.value, f.object, f.rule) == (30, "drone", "count.reference")


def test_bare_figure_without_munition_context_is_no_fact() -> None:
    assert values("Officials destroyed 30 in the morning.") == []
    assert values("The fire destroyed around 300 hectares of forest.") == []


def test_engaged_and_repelled() -> None:
    assert single("Air defences engaged 12 drones over the capital.", "intercepted").value == 12
    f = single("The mayor said defences repelled an attack by 19 drones.", "intercepted")
    assert f.value == 19


def test_whole_sets() -> None:
    assert values("Two rockets were fired from the strip. Both were intercepted.") == [
        ("launched", 2), ("intercepted", 2)]
    found = values("Twelve drones were launched. All of them were destroyed.")
    assert found == [("launched", 12), ("intercepted", 12)]
    most = single("Forty rockets were fired. Most were intercepted.", "intercepted")
    assert (most.value, most.qualifier) == (None, "vague")


def test_the_rest_is_the_remainder_when_known() -> None:
    text = "Fifteen missiles were launched. Two hit the base and the rest were shot down."
    assert values(text) == [("launched", 15), ("impacted", 2), ("intercepted", 13)]


def test_the_rest_is_vague_when_launch_unknown() -> None:
    text = "Rockets hit the town. Two struck homes and the rest fell in fields."
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert len(rest) == 1 and rest[0].value is None and rest[0].qualifier == "vague"


def test_list_shares_the_verb() -> None:
    text = "Russia fired 12 cruise missiles and 30 drones; 10 missiles and 25 drones were destroyed."
    assert values(text) == [("launched", 12), ("launched", 30), ("intercepted", 10),
                            ("intercepted", 25)]


def test_gapped_list() -> None:
    text = "Two drones were downed over the bay and one over the port, the ministry said."
    assert values(text) == [("intercepted", 2), ("intercepted", 1)]


def test_breakdown_after_including() -> None:
    text = "Defences destroyed 148 drones overnight, including 47 over the border region."
    assert values(text) == [("intercepted", 148), ("intercepted", 47)]


# --- impacted ---------------------------------------------------------------------------

def test_impact_bare_and_other() -> None:
    text = "Rebels fired two missiles at the tanker. One hit the ship and the other fell into the sea."
    assert values(text) == [("launched", 2), ("impacted", 1), ("impacted", 1)]


def test_compressed_headline() -> None:
    text = "3 rockets fired at north, 2 shot down\n\nThe army gave no other details."
    assert values(text) == [("launched", 3), ("intercepted", 2)]


def test_approx_with_impacting() -> None:
    text = '"Approx. 14 rockets launched with 3 impacting," the army said.'
    found = facts(text)
    assert [(f.kind, f.value, f.qualifier) for f in found] == [
        ("launched", 14, "about"), ("impacted", 3, "exact")]


def test_none_hit_is_zero() -> None:
    text = "Seven rockets were launched at the town. None hit the base."
    assert values(text) == [("launched", 7), ("impacted", 0)]
    assert single("No ships were hit, the navy said.", "impacted").value == 0


def test_missed_is_not_an_impact() -> None:
    text = "The rebels fired two missiles at the frigate; both missed."
    assert values(text) == [("launched", 2)]


def test_participle_then_main_verb() -> None:
    text = "A ballistic missile fired from the south struck an open area."
    assert single(text, "impacted").value == 1
    # the participle states the launch of that same missile
    f = single(text, "launched")
    assert (f.value, f.rule, f.text) == (1, "count.launch.participle", "A ballistic missile fired")


def test_fired_participle_after_an_interception() -> None:
    text = "Air defences intercepted and destroyed two ballistic missiles fired by the militia toward the port."
    assert sorted(values(text)) == [("intercepted", 2), ("launched", 2)]


def test_fired_participle_is_no_launch_when_the_total_was_given_or_more_follow() -> None:
    text = "Russia launched 50 drones overnight. Air defences shot down 21 drones launched from the east."
    assert [f.value for f in of_kind(text, "launched")] == [50]
    text = "A drone launched from the north hit a house. A second drone was shot down."
    assert of_kind(text, "launched") == []
    # a participle without by/from/at is a description, not a launch
    assert of_kind("Troops destroyed two missiles launched earlier.", "launched") == []


def test_ordinal_item() -> None:
    text = "Two drones hit the depot. A third was shot down over the sea."
    assert values(text) == [("impacted", 2), ("intercepted", 1)]


def test_single_munition_needs_a_clear_verb() -> None:
    assert values("A drone dropped grenades on a car.") == []
    assert values("The militants discussed a rocket attack.") == []
    assert single("A 155mm shell hit the bus stop.", "impacted").value == 1


# --- killed -----------------------------------------------------------------------------

def test_killed_passive_with_group() -> None:
    f = single("Five members of Iran's Revolutionary Guards were killed in the strike.", "killed")
    assert (f.value, f.object, f.rule) == (5, "IRGC members", "casualty.killed.passive")


def test_killed_active_and_participle() -> None:
    assert single("The raid killed 12 people.", "killed").value == 12
    f = single("The blast hit a market, killing at least 12.", "killed")
    assert (f.min, f.qualifier) == (12, "at_least")


def test_killed_left_dead_and_toll() -> None:
    assert single("The shelling left five dead.", "killed").value == 5
    assert single("The death toll rose to 17 on Monday.", "killed").value == 17
    f = single("The toll from the strike on the market in the old town rose to 23.", "killed")
    assert f.value == 23


def test_killed_idioms() -> None:
    assert single("Twelve people lost their lives.", "killed").value == 12
    assert single("Two soldiers embraced martyrdom.", "killed").value == 2
    assert single("The strike caused a fatality.", "killed").value == 1
    assert single("Woman dies in shelter\n\nNo other details were given.", "killed").value == 1


def test_put_the_toll_at() -> None:
    assert single("The monitor put the toll at nine fighters.", "killed").value == 9
    f = single("Shells hit the town. Police put the number of shells at seven.", "launched")
    assert f.value == 7


def test_active_killer_is_not_a_victim() -> None:
    assert values("Two gunmen killed five villagers.") == [("killed", 5)]


def test_hypothetical_death_is_no_fact() -> None:
    assert values("The device could have killed dozens of people.") == []
    assert values("Up to five more people may still be trapped.") == []


def test_no_one_killed_by_rockets_is_zero() -> None:
    text = "A woman died of a heart attack while sheltering. No one was killed by the rockets."
    assert values(text) == [("killed", 1), ("killed", 0)]


# --- injured ----------------------------------------------------------------------------

def test_member_of_security_forces() -> None:
    f = single("A member of Iraq's security forces was seriously wounded.", "injured")
    assert (f.value, f.object) == (1, "Iraqi security forces")


def test_vague_group_injury() -> None:
    f = single("US personnel suffered minor injuries, an official said.", "injured")
    assert (f.value, f.min, f.qualifier, f.object) == (None, None, "vague", "US personnel")


def test_treated_for_wounds_not_for_shock() -> None:
    assert single("Four soldiers were treated for shrapnel wounds.", "injured").value == 4
    assert values("Four people were treated for shock and anxiety.") == []


def test_brain_injuries_and_concussion() -> None:
    assert single("Some 34 troops were diagnosed with traumatic brain injuries.", "injured").value == 34
    assert single("One woman suffered a concussion.", "injured").value == 1


def test_pairs_add_up() -> None:
    assert single("A man and a woman were lightly hurt.", "injured").value == 2
    assert single("The shell landed, wounding a woman and her two daughters.", "injured").value == 3


def test_breakdown_in_parentheses() -> None:
    text = "Nine people were injured (eight contractors and one soldier)."
    assert values(text) == [("injured", 9), ("injured", 8), ("injured", 1)]
    rules = [f.rule for f in facts(text)]
    assert rules[1:] == ["casualty.injured.breakdown", "casualty.injured.breakdown"]


def test_breakdown_partitive_and_appositive() -> None:
    text = "Nine people were injured, eight of them contractors and one a US service member."
    assert values(text) == [("injured", 9), ("injured", 8), ("injured", 1)]
    text = "The attack injured five people, three Saudis and two Yemeni nationals."
    assert values(text) == [("injured", 5), ("injured", 3), ("injured", 2)]


def test_killed_and_injured_in_one_clause() -> None:
    assert values("Two soldiers were killed and 11 others wounded.") == [("killed", 2), ("injured", 11)]
    assert values("The bombardment killed 8 and wounded 20.") == [("killed", 8), ("injured", 20)]


# --- zero casualties ----------------------------------------------------------------------

def test_no_casualties_is_both_zero() -> None:
    assert sorted(values("The attack caused no casualties.")) == [("injured", 0), ("killed", 0)]
    assert sorted(values("Shells landed without causing casualties.")) == [("injured", 0), ("killed", 0)]


def test_no_injuries_is_injured_zero_only() -> None:
    assert values("There were no immediate reports of injuries.") == [("injured", 0)]
    assert sorted(values("No civilians were injured or killed.")) == [("injured", 0), ("killed", 0)]


def test_nobody_hurt() -> None:
    assert values("Nobody was hurt.") == [("injured", 0)]


# --- structure --------------------------------------------------------------------------

def test_caption_numbers_give_no_counts() -> None:
    text = (
        "Troops of the 82nd Airborne Division walk past helicopters 40 kms west of the city on "
        "12 May 2005. The army has about 150,000 troops in the country. AFP PHOTO/Staff\n"
        "Rockets hit base\n\nThree rockets were fired at the base on Monday."
    )
    found = facts(text)
    # (the headline's bare plural that hit is a vague impact, the caption's figures nothing)
    assert [(f.kind, f.value) for f in found] == [("impacted", None), ("launched", 3)]
    assert all(f.main_event for f in found)


def test_caption_facts_are_not_main_event() -> None:
    text = (
        "File photo: two rockets were fired at the same base on 3 March 2019. AFP PHOTO\n"
        "Base attacked\n\nFour rockets were fired at the base on Monday."
    )
    found = facts(text)
    assert [(f.value, f.main_event) for f in found] == [(2, False), (4, True)]


# --- held-out set A shapes ------------------------------------------------------------

def test_salvo_without_figure_is_a_vague_launch() -> None:
    f = single("A volley of mortar bombs was fired at the checkpoint at dusk.", "launched")
    assert (f.value, f.min, f.qualifier, f.object) == (None, None, "vague", "mortar")
    f = single("Insurgents launched a fresh wave of drones at the refinery.", "launched")
    assert (f.value, f.object) == (None, "drone")


def test_salvo_with_figure_keeps_only_the_figure() -> None:
    found = of_kind("A barrage of some 25 rockets was fired at the valley.", "launched")
    assert [(f.value, f.qualifier) for f in found] == [(25, "about")]


def test_salvo_of_attacks_is_no_launch() -> None:
    assert values("A wave of drone attacks hit the port. A barrage of criticism followed.") == []


def test_quote_opening_at_with_still_links_the_far_launch() -> None:
    text = 'The group said it had struck a border post "with dozens of Burkan missiles" at noon.'
    f = single(text, "launched")
    assert (f.min, f.qualifier, f.object) == (24, "vague", "missile")


def test_majority_were_intercepted_is_a_vague_intercept() -> None:
    text = 'The rebels fired 60 rockets. The "vast majority" were intercepted, the army said.'
    f = single(text, "intercepted")
    assert (f.value, f.qualifier, f.object) == (None, "vague", "rocket")


def test_others_after_a_munition_figure_are_munitions() -> None:
    text = "Gunners shot down nine drones, but at least two others struck the power station."
    f = single(text, "impacted")
    assert (f.min, f.qualifier, f.object) == (2, "at_least", "drone")
    assert of_kind(text, "injured") == []


def test_others_as_people_stay_casualties() -> None:
    text = "Two rockets hit the market. Three others were wounded by flying glass."
    assert single(text, "injured").value == 3
    assert of_kind(text, "impacted")[0].value == 2
    # a passive "were hit" after "others" is about people, not more munitions
    assert [f.value for f in of_kind("Four rockets fell. Two others were hit by debris.", "impacted")] == [4]


def test_more_between_figure_and_casualty_verb() -> None:
    text = "Between 12 and 15 villagers died and dozens more were hurt in the shelling."
    hurt = single(text, "injured")
    assert (hurt.min, hurt.qualifier) == (24, "vague")
    assert [f.qualifier for f in of_kind(text, "killed")] == ["range"]
    assert single("Six more were wounded overnight.", "injured").value == 6


def test_neutralised_people_are_killed() -> None:
    f = single('The army said it "neutralised" some 40 insurgents near the dam.', "killed")
    assert (f.value, f.qualifier) == (40, "about")
    assert of_kind("The army neutralised 12 drones over the dam.", "killed") == []


def test_number_of_killed_rose_to() -> None:
    text = ("The number of people killed by the missile strike on the market in the eastern town "
            "rose to 19 on Monday.")
    f = single(text, "killed")
    assert (f.value, f.rule) == (19, "casualty.killed.toll")
    assert single("The number of injured has climbed to 64.", "injured").value == 64
    # a count of something else rising is not a casualty figure
    assert values("The number of displaced families rose to 300.") == []


def test_put_the_number_at_with_a_long_of_phrase() -> None:
    text = "The monitor put the number of people killed in the two raids on the camp at eleven."
    assert single(text, "killed").value == 11


def test_no_damage_or_injuries_is_zero() -> None:
    f = single("Three shells landed near the gate but caused no damage or injuries.", "injured")
    assert f.value == 0
    text = "The drone crashed without causing damage or casualties."
    assert sorted(f.kind for f in facts(text) if f.value == 0) == ["injured", "killed"]
    assert values("The blast caused damage and injuries to the crew.") == []


def test_ratio_list_shares_the_first_verb() -> None:
    text = "Crews destroyed 40 of 48 drones and three of five cruise missiles fired by the enemy."
    got = sorted((f.kind, f.value, f.object) for f in facts(text))
    assert got == sorted([("intercepted", 40, "drone"), ("launched", 48, "drone"),
                          ("intercepted", 3, "cruise missile"), ("launched", 5, "cruise missile")])


def test_ratio_list_needs_a_munition_noun() -> None:
    text = "Crews downed 40 of 48 drones and one of two jets."
    assert sorted(f.value for f in facts(text)) == [40, 48]


# --- held-out set B shapes ------------------------------------------------------------

def test_subset_of_the_wounded_who_later_died() -> None:
    text = "Eleven people were hurt in the blast. Four of the wounded later died in hospital."
    f = single(text, "killed")
    assert (f.value, f.rule) == (4, "casualty.killed.partitive")


def test_subset_of_the_injured_without_a_new_fate_is_no_fact() -> None:
    text = "Two shepherds were killed, and three of the injured were in a serious condition."
    assert [(f.kind, f.value) for f in facts(text)] == [("killed", 2)]


def test_of_whom_aside_between_figure_and_verb() -> None:
    f = single("At least nine people, four of whom were children, were killed in the raid.", "killed")
    assert (f.min, f.qualifier, f.object) == (9, "at_least", "people")
    assert single("Six villagers, two of them women, were wounded.", "injured").value == 6


def test_age_between_noun_and_verb_is_skipped_not_counted() -> None:
    assert values("A man in his 70s was seriously injured by debris.") == [("injured", 1)]
    assert values("A shepherd, aged 62, was killed by a mine.") == [("killed", 1)]


def test_pair_of_two_groups_is_counted_apart() -> None:
    # (as the blind writers of h13, h20 and h24 coded it: a nurse, and three patients)
    got = [(f.value, f.text) for f in of_kind("The shell hit the clinic, killing a nurse and three patients.", "killed")]
    assert got == [(1, "killing a nurse"), (3, "three patients")]
    # a second figure that is not people is not added
    assert of_kind("A guard and 3 rockets were found at the site.", "injured") == []


def test_several_dozen_more_were_injured() -> None:
    f = single("Eight died and several dozen more were injured.", "injured")
    assert (f.value, f.min, f.qualifier) == (None, 36, "vague")


def test_list_with_an_aside_keeps_its_verb() -> None:
    text = "The navy fired 30 missiles, among them cruise and anti-ship missiles, and twenty drones."
    got = [(f.kind, f.value, f.object) for f in facts(text)]
    assert ("launched", 20, "drone") in got
    assert ("launched", 30, "missile") in got


def test_quantifier_over_a_counted_set() -> None:
    got = values("Officials said most of 28 rockets fired at the port were intercepted.")
    assert ("launched", 28) in got and ("intercepted", None) in got
    assert ("intercepted", 28) not in got
    got = values("None of the five drones hit the ship.")
    assert ("impacted", 0) in got and ("launched", 5) in got
    assert ("impacted", 5) not in got


# --- held-out set C shapes ------------------------------------------------------------

def test_one_of_a_set_launched() -> None:
    text = "A drone hit the depot. It was one of at least six launched at the town overnight."
    f = single(text, "launched")
    assert (f.min, f.qualifier, f.object) == (6, "at_least", "drone")


def test_ratio_with_a_participle_then_the_verb() -> None:
    got = values("Nine of the 11 rockets fired from the hills were intercepted.")
    assert ("intercepted", 9) in got and ("launched", 11) in got


def test_an_unspecified_number_is_vague() -> None:
    f = single("An unspecified number of mortar shells also hit the camp.", "impacted")
    assert (f.value, f.qualifier, f.object) == (None, "vague", "mortar")


# --- held-out set D shapes ------------------------------------------------------------

def test_of_which_aside_between_figure_and_verb() -> None:
    text = "Ten drones, six of which were downed, were launched at the port."
    got = values(text)
    assert ("launched", 10) in got and ("intercepted", 6) in got


def test_remaining_munitions_named_with_their_noun() -> None:
    text = "Nine rockets were fired at the town. Five were intercepted. The remaining rockets fell in fields."
    f = single(text, "impacted")
    assert (f.value, f.rule) == (4, "count.whole.rest")
    f = single("Militants fired 7 mortar shells. All the shells landed short of the wall.", "impacted")
    assert f.value == 7


def test_remainder_split_between_two_fates_has_no_figure() -> None:
    text = "Eight rockets were fired. The remaining rockets were intercepted or fell in open areas."
    assert of_kind(text, "intercepted") == [] and of_kind(text, "impacted") == []
    # and a whole set that was launched is no new launch
    assert [f.value for f in of_kind("Eight rockets were fired. All rockets were fired from the north.", "launched")] == [8]


def test_threat_with_a_day_inside_is_no_launch() -> None:
    assert of_kind('The militia threatened on Sunday to fire "dozens of drones" at the bases.', "launched") == []
    assert single("The militia fired a dozen drones on Sunday.", "launched").value == 12


# --- held-out sets 5-7 shapes ---------------------------------------------------------

def test_age_set_off_by_commas_is_no_count() -> None:
    f = single("One serviceman, Private Arif Suleymanov, 21, had been wounded, the ministry said.", "injured")
    assert (f.value, f.object) == (1, "serviceman")
    f = single("The driver, 29, was treated for shrapnel wounds.", "injured")
    assert (f.value, f.object, f.rule) == (1, "driver", "casualty.injured.definite")
    # a figure after a place name and before its noun is still a count
    assert single("In Kherson, 12 people were wounded.", "injured").value == 12


def test_appositive_between_noun_and_verb() -> None:
    f = single("One of the wounded, a woman in her sixties, died in hospital.", "killed")
    assert f.value == 1
    f = single("Three soldiers, the army said, were killed.", "killed")
    assert f.value == 3
    # a relative clause is no appositive
    assert of_kind("Three soldiers, who were on leave, returned home.", "killed") == []


def test_noun_with_its_own_unknown_verb_does_not_share_the_verb_before() -> None:
    text = "Two workers were killed and nine people were taken away by police."
    assert values(text) == [("killed", 2)]
    f = single("Two workers were killed and at least nine people were brought in with burns.", "injured")
    assert (f.min, f.qualifier) == (9, "at_least")


def test_killing_verbs_for_people() -> None:
    assert single("Troops neutralised 31 of the attackers.", "killed").value == 31
    assert single("The army said 31 jihadists 'neutralised'.", "killed").value == 31
    assert single('He said four soldiers "paid the supreme price".', "killed").value == 4
    assert single("The gunmen shot dead three civilians.", "killed").value == 3
    assert single("We buried 11 soldiers this morning.", "killed").value == 11
    assert single("The bodies of 14 civilians had been recovered.", "killed").value == 14
    assert single("Eight khwarij were sent to hell.", "killed").value == 8
    # munitions neutralised are intercepted, not killed
    assert values("Air defences neutralised 12 of the drones.") == [("intercepted", 12)]
    assert values("Police buried the evidence.") == []


def test_one_person_named_by_role() -> None:
    assert values("The soldier was killed when the shell hit.") == [("killed", 1)]
    # active voice: the soldier did the killing
    assert values("The soldier killed two attackers.") == [("killed", 2)]
    assert values("The soldier was praised by his commander.") == []


def test_another_is_one_more() -> None:
    assert values("Three people were killed and another was wounded.") == [("killed", 3), ("injured", 1)]
    assert values("Two drones were downed and another crashed in a field.") == [("intercepted", 2), ("impacted", 1)]
    assert values("Another attack hit the city.") == []


def test_unmanned_aerial_systems_and_abbreviations() -> None:
    text = "Forces destroyed 14 of 15 one-way attack unmanned aerial systems (UAS) launched by the group."
    assert sorted(values(text)) == [("intercepted", 14), ("launched", 15)]
    f = single("Three quadcopters were flown towards the checkpost.", "launched")
    assert (f.value, f.object) == (3, "drone")


# --- bulleted tallies (an air force's morning summary) ------------------------------------

def test_list_items_take_their_kind_from_the_line_before_the_list() -> None:
    text = ("Overnight the enemy attacked with 62 air attack assets. The following were detected:\n"
            "- 5 Kh-101/Kh-555 cruise missiles from the Engels area;\n"
            "- 2 Iskander-M/KN-23 ballistic missiles;\n"
            "- 55 Shahed attack drones and decoys of other types.\n\n"
            "Air defences shot down:\n"
            "• 4 missiles;\n"
            "• 40 drones.")
    found = [(f.kind, f.value, f.object, f.rule) for f in facts(text)]
    assert ("launched", 62, "projectile", "count.launch.attacked_with") in found
    assert ("launched", 5, "cruise missile", "count.list.launched") in found
    assert ("launched", 2, "ballistic missile", "count.list.launched") in found
    assert ("launched", 55, "drone", "count.list.launched") in found
    assert ("intercepted", 4, "missile", "count.list.intercepted") in found
    assert ("intercepted", 40, "drone", "count.list.intercepted") in found


def test_list_items_without_a_telling_line_or_a_munition_count_nothing() -> None:
    assert facts("Key figures from the report:\n- 12 missiles in stock;\n- 3 launchers.") == []
    # people in a list are no munitions, whatever the line before says
    assert of_kind("The following were hit:\n- 3 schools;\n- 14 homes.", "impacted") == []
    # a figure further into the item is not the item's count
    assert facts("Launched overnight:\n- from Kursk, 4 missiles.") == []


def test_confirmed_between_the_auxiliary_and_the_intercept_verb() -> None:
    f = single("Some 18 drones were confirmed shot down over the region.", "intercepted")
    assert f.value == 18
    assert single("Air defences destroyed all six Kh-59s.", "intercepted").value == 6


# --- one munition, followed by name ---------------------------------------------------

def test_the_one_missile_launched_is_the_one_intercepted() -> None:
    text = ("A single surface-to-surface missile was launched toward the port. "
            "The missile was intercepted before it crossed the coast.")
    assert values(text) == [("launched", 1), ("intercepted", 1)]
    f = single(text, "intercepted")
    assert (f.rule, f.object, f.text) == ("count.single.intercepted", "missile",
                                          "The missile was intercepted")
    assert single("A drone was launched at the base. The drone crashed in a field.",
                  "impacted").value == 1


def test_the_munition_after_a_launch_of_several_is_no_count() -> None:
    assert of_kind("Two drones were launched. The drone that was shot down fell in a field.",
                   "intercepted") == []
    # a munition word that names the attack, not the weapon
    assert values("One rocket was fired. The rocket attack was condemned.") == [("launched", 1)]


def test_unharmed_crew_is_injured_zero_and_undamaged_aircraft_no_zero_impact() -> None:
    f = single("A projectile landed near the tanker. The crew were unharmed, it said.", "injured")
    assert (f.value, f.rule) == (0, "casualty.injured.unhurt")
    assert single("The driver was unhurt.", "injured").value == 0
    assert of_kind("Unharmed by the blast, residents returned home.", "injured") == []
    # damage is not impact: the rounds did land, they only spared the jets
    assert [f.value for f in of_kind("Nine rockets hit the base, though no aircraft were damaged.",
                                     "impacted")] == [9]
    assert [f.value for f in of_kind("No ships were hit by the missiles.", "impacted")] == [0]


def test_who_the_dead_or_injured_were_is_a_breakdown() -> None:
    text = ("Nine people were killed and 20 hurt. Five of the dead were dock workers. "
            "Three of the injured were also firefighters.")
    found = {(f.kind, f.value, f.object, f.rule) for f in facts(text)}
    assert ("killed", 5, "dock workers", "casualty.killed.breakdown") in found
    assert ("injured", 3, "firefighters", "casualty.injured.breakdown") in found


def test_the_state_of_the_wounded_is_no_breakdown() -> None:
    assert facts("Three of the injured were in critical condition.") == []
    assert facts("Two of the dead were identified by relatives.") == []
    assert values("Four of the wounded later died in hospital.") == [("killed", 4)]


# --- headlines drop their articles -----------------------------------------------------

def headline_facts(title: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind, f.value, f.rule) for f in facts(f"{title}\n\nThe report follows.\n")]


def test_headline_bare_singular_nouns_are_one() -> None:
    # (the bare plural that hit is a vague impact, as in any headline)
    assert headline_facts("Missiles hit cargo ship off Hodeidah, killing crew member") == [
        ("impacted", None, "count.impact.bare_plural"), ("killed", 1, "casualty.killed.headline")]
    assert ("killed", 1, "casualty.killed.headline") in headline_facts(
        "Yerevan says soldier killed, two wounded in shelling")
    assert headline_facts("Drone strike on convoy, wounding soldiers") == []


def test_a_bare_figure_before_including_is_the_total() -> None:
    found = values("Mortar rounds hit a market, killing four including two children.")
    assert found == [("impacted", None), ("killed", 4), ("killed", 2)]


# --- figures that are no attack's ------------------------------------------------------

def test_a_drill_fires_nothing() -> None:
    assert facts("The civil defence held a drill simulating a barrage of 20 rockets on the port.") == []
    assert facts("Troops rehearsed the interception of 12 drones during a night exercise.") == []
    # without the drill the same figures count
    assert ("launched", 20) in values("A barrage of 20 rockets was fired at the port.")


def test_weapons_destroyed_before_launch_were_not_intercepted() -> None:
    assert of_kind('Its forces destroyed seven cruise missiles that were "prepared to launch".',
                   "intercepted") == []
    assert of_kind("Jets destroyed three drones on the ground near the coast.", "intercepted") == []
    assert single("Air defences destroyed three drones over the coast.", "intercepted").value == 3


def test_impacts_counted_as_impacts() -> None:
    f = single("Satellite images showed at least 20 impacts at the air base.", "impacted")
    assert (f.min, f.qualifier, f.rule) == (20, "at_least", "count.impact.noun")
    f = single("Scorch marks were consistent with three or four impacts.", "impacted")
    assert (f.min, f.max, f.qualifier) == (3, 4, "range")
    assert of_kind("The army carried out 20 strikes on the ridge.", "impacted") == []


def test_now_between_the_auxiliary_and_the_verb() -> None:
    assert single("Six people have now lost their lives.", "killed").value == 6


def test_a_colon_after_a_total_opens_its_breakdown() -> None:
    text = ("Russia fired seven missiles at the region overnight: two Iskander-M ballistic "
            "missiles and five Kh-59 guided missiles.")
    found = [(f.kind, f.value, f.object, f.rule) for f in facts(text)]
    assert ("launched", 2, "ballistic missile", "count.launch.breakdown") in found
    assert ("launched", 5, "cruise missile", "count.launch.breakdown") in found
    # a label before the colon is no total: its figure is the count itself
    f = single("Pentagon: nine hurt in drone attack on garrison", "injured")
    assert (f.value, f.rule) == (9, "casualty.injured.bare")


# --- gapped lists: the verb named once, then only places ---------------------------------

def test_gapped_list_of_places_shares_the_first_items_verb() -> None:
    text = ("Ukraine launched 41 drones overnight. Twenty-two were downed over the Bryansk "
            "region, eleven over Kursk and five over Oryol, the ministry said.")
    got = [(f.value, f.text) for f in of_kind(text, "intercepted")]
    assert (11, "eleven") in got and (5, "five") in got
    text = ("Of those, 37 were brought down over the Kursk region, where troops have advanced "
            "for a week, 28 over Belgorod and 19 over the Voronezh region.")
    assert {f.value for f in of_kind("Ukraine sent 84 drones. " + text, "intercepted")} >= {37, 28, 19}


def test_gapped_list_after_listing() -> None:
    text = ("Air defences destroyed 31 drones overnight, the ministry said, listing 12 over the "
            "Bryansk region, seven over the Kursk region and three over the Black Sea.")
    assert {f.value for f in of_kind(text, "intercepted")} == {31, 12, 7, 3}


def test_a_place_after_a_lone_figure_is_no_list_item() -> None:
    # no figure before it in the sentence has a verb to share
    assert facts("Sirens sounded as 14 over Kharkiv were seen by residents.") == []
    text = "Twenty drones were downed. Two over Kursk were heard."
    assert [f.value for f in of_kind(text, "intercepted")] == [20]
    # a figure before it with a digit in between (a time, a calibre) does not start a list
    text = "Twenty drones were downed over Bryansk by 5 a.m., with 14 over Kursk reported later."
    assert [f.value for f in of_kind(text, "intercepted")] == [20]


# --- one person named as the object of an active casualty verb ---------------------------

def test_one_person_as_the_object_of_killing_or_wounding() -> None:
    text = "A drone struck a car near the village, killing the driver and wounding his wife."
    assert [(f.kind, f.value, f.text) for f in facts(text) if f.kind in ("killed", "injured")] == [
        ("killed", 1, "killing the driver"), ("injured", 1, "wounding his wife")]
    f = single("Shelling hit the house and wounded her husband, officials said.", "injured")
    assert (f.value, f.object, f.rule) == (1, "husband", "casualty.injured.one_object")


def test_no_single_object_for_passives_possessives_or_lists() -> None:
    assert of_kind("He was wounded the day before the strike.", "injured") == []
    # "the commander ... and a second man" is two, left to the figure rules
    text = "A strike killed the commander, a senior member of the group, and a second man."
    assert [f.value for f in of_kind(text, "killed")] != [1]


# --- "hits were recorded": impacts without a number --------------------------------------

def test_hits_recorded_is_a_vague_impact() -> None:
    for text, phrase in [
        ("Hits were recorded in the Kyiv, Chernihiv and Sumy regions, the statement said.",
         "Hits were recorded"),
        ("Hits by missiles and drones were recorded in five locations, it said.",
         "Hits by missiles and drones were recorded"),
        ("The air force said impacts had been registered in the Odesa region.",
         "impacts had been registered"),
    ]:
        f = single(text, "impacted")
        assert (f.value, f.min, f.qualifier, f.text) == (None, None, "vague", phrase)


def test_no_vague_impact_for_zero_numbered_or_filmed_hits() -> None:
    # (a zero, not a vague impact: nothing landed)
    assert [(f.value, f.qualifier) for f in of_kind("No hits were recorded, the air force said.", "impacted")] == [
        (0, "exact")]
    assert [f.value for f in of_kind("Twelve hits were recorded in Kyiv.", "impacted")] == [12]
    assert of_kind("The hits were recorded on video by residents.", "impacted") == []


# --- an article after "and" in a list of munitions ---------------------------------------

def test_a_munition_with_an_article_after_and_shares_the_verb() -> None:
    text = 'The group said it had struck the base "with a barrage of rockets" and a one-way attack drone.'
    launched = of_kind(text, "launched")
    assert (1, "a one-way attack drone") in [(f.value, f.text) for f in launched]
    text = "Air defences shot down 20 drones and a cruise missile over the port."
    assert sorted((f.value, f.object) for f in of_kind(text, "intercepted")) == [
        (1, "cruise missile"), (20, "drone")]


def test_an_article_munition_after_and_without_a_shared_verb_is_no_count() -> None:
    assert [(f.kind, f.object) for f in facts("Rockets hit the base and a drone was seen overhead.")] == [
        ("impacted", "rocket")]
    assert facts("He said a drone and a car were parked nearby.") == []


def test_a_speaker_after_a_closing_quote_is_no_list_item() -> None:
    text = '"They fired 20 rockets at us," one officer said.'
    assert [(f.kind, f.value) for f in facts(text)] == [("launched", 20)]


def test_we_lost_men_is_killed() -> None:
    f = single('"We lost 17 men, including a captain," one officer told AFP.', "killed")
    assert (f.value, f.text) == (17, "lost 17 men")
    assert single("The unit has lost five soldiers this week.", "killed").value == 5


def test_lost_before_things_is_no_death() -> None:
    for text in ["The army lost 40 tanks in the battle.", "Ukraine lost two drones over the sea.",
                 "They lost contact with 12 soldiers.", "The party lost 12 seats."]:
        assert of_kind(text, "killed") == [], text


def test_an_opening_quote_after_and_keeps_the_list() -> None:
    text = 'The guards said they had fired more than 50 missiles and "dozens of drones" at the bases.'
    got = [(f.min, f.object, f.qualifier) for f in of_kind(text, "launched")]
    assert got == [(51, "missile", "more_than"), (24, "drone", "vague")]


def test_found_dead_is_killed() -> None:
    f = single("Rescuers said four people were found dead under the rubble.", "killed")
    assert (f.value, f.text) == (4, "four people were found dead")
    assert facts("Police found dead fish in the river.") == []


def test_one_person_named_by_a_possessive_or_a_relative_clause() -> None:
    text = ("Paramedics treated a 45-year-old man who was moderately hurt by shrapnel and his "
            "12-year-old son, who was lightly injured.")
    got = [(f.value, f.text) for f in of_kind(text, "injured")]
    assert (1, "his 12-year-old son, who was lightly injured") in got and len(got) == 2
    f = single("Her husband was killed in the strike, relatives said.", "killed")
    assert (f.value, f.object, f.text) == (1, "husband", "Her husband was killed")


def test_no_single_person_when_unhurt_or_someone_elses() -> None:
    assert facts("The girl, who was not hurt, cried.") == []
    assert facts("His son was not hurt.") == []
    assert of_kind("The man's son was injured.", "injured") == []


def test_a_subset_without_a_total_joins_a_plain_and_list() -> None:
    text = "The mission said two of its personnel and a contractor suffered shrapnel wounds."
    got = sorted((f.value, f.text) for f in of_kind(text, "injured"))
    assert got == [(1, "a contractor suffered shrapnel wounds"), (2, "two of its personnel")]
    # with a total before it, the subset stays a breakdown of that total
    text = "Nine people were injured, among them two children and a woman."
    got = {(f.value, f.rule) for f in of_kind(text, "injured")}
    assert (2, "casualty.injured.breakdown") in got and (9, "casualty.injured.passive") in got


# --- "the first ... and the second": a pair told one by one ------------------------------

def test_the_first_of_a_pair_is_one_munition() -> None:
    text = ('The drone fired two missiles. "The first missile hit the car directly and the second '
            'landed a few metres away," he said.')
    got = [(f.value, f.text, f.rule) for f in of_kind(text, "impacted")]
    assert got == [(1, "The first missile hit", "count.first.impacted"),
                   (1, "the second landed", "count.whole.one")]
    text = "Two rockets were fired. The first was intercepted and the second fell in an open area."
    assert [(f.value, f.text) for f in of_kind(text, "intercepted")] == [(1, "The first was intercepted")]


def test_the_first_alone_or_as_a_time_is_no_count() -> None:
    text = "Two rockets were fired. For the first time, rockets hit the city, and the second wave came later."
    assert [f.kind for f in facts(text)] == ["launched"]
    assert [f.kind for f in facts("Two rockets were fired. The first hit the base.")] == ["launched"]


def test_peshmerga_gendarmes_and_border_guards_are_victims() -> None:
    assert single("Three Peshmerga were wounded by sniper fire.", "injured").value == 3
    assert single("Four gendarmes were killed in the ambush.", "killed").value == 4
    assert single("Two border guards were wounded.", "injured").value == 2
    # a unit's strength is no casualty
    assert facts("About 200 Peshmerga are stationed at the base.") == []


def test_a_vague_figure_for_two_munitions_takes_the_verb_after_both() -> None:
    f = single("Rescuers pulled bodies from the rubble after dozens of artillery shells and rockets "
               "hit the town.", "impacted")
    assert (f.value, f.min, f.text) == (None, 24, "dozens of artillery shells and rockets hit")
    f = single("Dozens of drones and missiles were shot down over the capital.", "intercepted")
    assert f.min == 24


def test_an_exact_figure_does_not_stretch_over_a_second_munition() -> None:
    # "20" counts the drones only; the rockets have no figure
    f = single("Militants fired 20 drones and rockets at the base.", "launched")
    assert (f.value, f.object, f.text) == (20, "drone", "fired 20 drones")


def test_a_quoted_figure_keeps_its_noun_after_the_quote() -> None:
    f = single('A source told Ukrainian media that "several" drones had hit the target.', "impacted")
    assert (f.min, f.object, f.qualifier) == (3, "drone", "vague")
    # a quote that closes a sentence of speech does not join the figure to a later noun
    assert facts('"We fired 20," rockets fell later.') == []


def test_one_figure_for_two_victim_groups_takes_the_verb_after_both() -> None:
    f = single("Since then, more than 40 Israeli civilians and soldiers have been killed in the north.",
               "killed")
    assert (f.value, f.min, f.qualifier) == (None, 41, "more_than")
    assert f.text == "more than 40 Israeli civilians and soldiers have been killed"


def test_a_second_group_with_its_own_figure_or_verb_is_not_joined() -> None:
    got = sorted((f.value, f.text) for f in of_kind("Two soldiers and three civilians were killed.", "killed"))
    assert (3, "three civilians were killed") in got
    f = single("The strike killed five soldiers and civilians fled the town.", "killed")
    assert (f.value, f.text) == (5, "killed five soldiers")


def test_struck_by_is_an_impact_and_targeted_by_a_launch() -> None:
    f = single("A Liberian-flagged bulk carrier was struck by an unknown projectile off Aden.", "impacted")
    assert (f.value, f.rule) == (1, "count.impact.struck_by")
    assert single("The base was hit by 15 rockets, police said.", "impacted").value == 15
    assert of_kind("The base was hit by 15 rockets, police said.", "launched") == []
    assert single("The base was targeted by 15 rockets, police said.", "launched").value == 15


def test_gapped_list_with_in_and_compass_points_or_towns() -> None:
    text = ("Russia launched 110 drones. Of the drones downed, 30 were destroyed in the north, "
            "21 in the east and 17 in the south, the air force said.")
    assert [f.value for f in of_kind(text, "intercepted")] == [30, 21, 17]
    text = "Five people were killed in Kharkiv, two in Odesa and one in Kyiv, officials said."
    assert [f.value for f in of_kind(text, "killed")] == [5, 2, 1]


def test_in_before_a_time_or_a_span_is_no_list_item() -> None:
    assert [f.value for f in facts("Two rockets were fired at 5 in the morning.")] == [2]
    text = "Three soldiers were wounded in the attack, 10 in the past week."
    assert [f.value for f in of_kind(text, "injured")] == [3]


def test_a_person_and_a_grandchild_or_nephews_are_summed() -> None:
    f = single("A drone hit a house, injuring a woman and her grandson, prosecutors said.", "injured")
    assert (f.value, f.rule) == (2, "casualty.injured.sum")
    assert single("A shell killed a man and his two nephews.", "killed").value == 3
    # a relative not hurt is no casualty
    assert single("A shell killed a man; his nephew escaped.", "killed").value == 1


def test_the_others_split_a_stated_set_that_is_not_the_launch() -> None:
    # the set split by "two of them" is the five that landed, not a launch figure
    text = ("Police said five mortar shells had landed near the palace. "
            "Two of them hit houses; the others exploded in an empty field.")
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.kind, f.value) for f in rest] == [("impacted", 3)]
    # without a partitive the figure before is no set being split: the rest stays vague
    text = "Five shells hit homes. Police said the others fell in a field."
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.kind, f.value) for f in rest] == [("impacted", None)]
    # a launch total keeps the launch rule: 15 - 2 - 13 would be wrong
    text = "Fifteen rockets were fired. Two of them hit homes and the rest were shot down."
    assert values(text) == [("launched", 15), ("impacted", 2), ("intercepted", 13)]


def test_members_of_a_long_named_group_with_its_abbreviation() -> None:
    text = ("A source said at least 40 soldiers and 12 members of the Volunteers for the Defence "
            "of the Homeland (VDP), a civilian auxiliary force, had been killed.")
    killed = of_kind(text, "killed")
    assert [(f.value, f.min) for f in killed] == [(None, 40), (12, 12)]
    assert killed[1].object == "Volunteers for the Defence of the Homeland (VDP)"
    # a bracket that is no abbreviation ends the name: no fact from the aside
    text = "Five members of the local council (elected in 2021) met the governor."
    assert of_kind(text, "killed") == []


def test_participle_phrase_between_person_and_verb() -> None:
    text = "A police officer responding to the attack died when his vehicle overturned."
    assert values(text) == [("killed", 1)]
    assert values("Two men travelling in the car were wounded.") == [("injured", 2)]
    # the phrase does not run across another clause's verb
    said = of_kind("A police officer responding to the attack said no one died.", "killed")
    assert [f.value for f in said] == [0]
    assert values("Two drones carrying explosives were shot down.") == [("intercepted", 2)]
    # a launch verb in -ing is read as the verb, not skipped as a participle
    assert values("The militants fired two rockets, killing a boy.") == [("launched", 2), ("killed", 1)]


def test_most_of_a_named_set_after_the_verb() -> None:
    text = "The army said air defences intercepted most of a wave of drones launched at the city."
    most = [f for f in facts(text) if f.kind == "intercepted"]
    assert [(f.value, f.qualifier, f.object, f.rule) for f in most] == [
        (None, "vague", "drone", "count.whole.most")]
    # "most of the day" names no munition: no intercept
    assert of_kind("Air defences intercepted drones for most of the day.", "intercepted") == []


def test_munitions_involved_are_launched() -> None:
    assert values("A military source said nine drones were involved in the attack.") == [("launched", 9)]
    assert values("It was an attack involving 20 drones.") == [("launched", 20)]
    # people involved are no casualties and no launch
    assert values("Nine soldiers were involved in the operation.") == []


def test_a_time_before_a_colon_opens_no_breakdown() -> None:
    # a live-blog title: the time is not a total for the figure after the colon
    assert values("11:15 - Regional governor: four bombs dropped") == [("launched", 4)]
    # a real figure before the colon still opens a breakdown that shares its verb
    text = "Russia fired seven missiles overnight: two Iskander-M and five Kh-59 missiles."
    assert [f.rule for f in of_kind(text, "launched")][1:] == ["count.launch.breakdown"] * 2


def test_quoted_model_name_between_article_and_noun() -> None:
    text = 'Saree said the Houthis had fired a "Palestine-2" hypersonic missile at Eilat.'
    launched = of_kind(text, "launched")
    assert [(f.value, f.object) for f in launched] == [(1, "missile")]
    # a quoted word that is no name does not make a count
    assert of_kind('The group fired a "warning" at the ships.', "launched") == []


def test_a_drone_that_drops_munitions_is_their_carrier() -> None:
    text = ("Militants attacked the post with rocket-propelled grenades and a quadcopter that "
            "dropped two mortar rounds on the compound.")
    assert values(text) == [("launched", 2)]
    text = "They attacked the post with a quadcopter that dropped two mortar rounds."
    assert values(text) == [("launched", 2)]
    # the carrier can still be shot down
    assert values("Three drones dropping explosives were shot down.") == [("intercepted", 3)]
    # a drone that carried nothing named stays a launch
    assert values("They attacked the post with a quadcopter.") == [("launched", 1)]


def test_the_rest_of_a_ratio_total_and_of_its_own_munition() -> None:
    text = ("The ministry said it intercepted 117 drones and 12 rockets. Ten of the 12 rockets "
            "were shot down over the district, the governor said, and the rest fell near a village.")
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.kind, f.value) for f in rest] == [("impacted", 2)]
    text = ("Two of the missiles were engaged and the third impacted. Forces destroyed 14 of 15 "
            "drones. The remaining drone struck the deck.")
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.kind, f.value) for f in rest] == [("impacted", 1)]
    # a total that is no ratio is still split by the parts told before it
    text = ("Two shells landed on the runway. A third round hit a shop. Police put the number of "
            "shells at seven and said the rest exploded in empty ground.")
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.kind, f.value) for f in rest] == [("impacted", 4)]


def test_two_kin_joined_by_and_are_two() -> None:
    f = single("One shell fell on a house. A mother and her daughter were killed instantly.", "killed")
    assert (f.value, f.rule) == (2, "casualty.killed.sum")
    f = single("The strike wounded his wife and son, the mayor said.", "injured")
    assert f.value == 2
    # one relative alone stays one; a kin noun beside a place is no pair
    assert [f.value for f in of_kind("Her daughter was killed in the strike.", "killed")] == [1]
    assert of_kind("A mother and her daughter fled the town before the shelling.", "killed") == []


def test_lists_of_three_victims() -> None:
    # one family: summed, however many items come before the pair
    f = single("An airstrike killed a man, his wife and their three children in the camp.", "killed")
    assert (f.value, f.rule, f.text) == (5, "casualty.killed.sum", "killed a man, his wife and their three children")
    assert single("The drone killed his wife, their son and two nephews.", "killed").value == 4
    assert single("A man, his wife and their daughter were wounded by shrapnel.", "injured").value == 3
    # people of different groups: each item counted apart, as a pair's are
    got = [(f.value, f.object) for f in of_kind("Shrapnel wounded a soldier, a medic and two civilians.", "injured")]
    assert got == [(1, "soldier"), (1, "medic"), (2, "civilians")]
    # a list with no casualty verb counts nobody
    assert of_kind("A man, his wife and their three children fled north before the shelling.", "killed") == []


def test_a_person_told_of_by_pronoun() -> None:
    f = single("The shell hit a kitchen in Kherson. She was wounded in the legs, her husband said.", "injured")
    assert (f.value, f.object, f.text, f.rule) == (1, "woman", "She was wounded", "casualty.injured.pronoun")
    assert single("The strike hit his car. He later died in hospital.", "killed").text == "He later died"
    assert single("A woman was killed, the first report said. In fact, she was wounded.", "injured").value == 1
    # the same person told of twice, a past wound, a near miss: no new count
    assert [f.value for f in of_kind("A woman was wounded by the drone. She was wounded in the legs.",
                                     "injured")] == [1]
    assert of_kind("He was wounded in 2015 near Donetsk and went back to the front.", "injured") == []
    assert of_kind("She was nearly killed by the blast, a neighbour said.", "killed") == []


def test_neighbours_are_victims() -> None:
    f = single("A shell hit a house and three neighbours were wounded.", "injured")
    assert f.value == 3


def test_one_object_after_its() -> None:
    f = single("A drone fired a missile at a car, killing its driver.", "killed")
    assert (f.value, f.rule) == (1, "casualty.killed.one_object")
    # "its" before a thing is no person
    assert of_kind("A drone fired a missile at a car, damaging its engine.", "killed") == []


def test_a_figure_before_place_nouns_counts_no_munitions() -> None:
    text = "Factions fired more than 40 shells at Qirtal and two neighbouring villages."
    assert [(f.kind, f.value, f.min) for f in facts(text)] == [("launched", None, 41)]
    # a bare figure in a list of munitions still shares the verb
    text = "Militants fired 15 rockets at the base and 3 at the airport."
    assert sorted(f.value for f in of_kind(text, "launched")) == [3, 15]


def test_none_caused_damage_is_no_impact_figure() -> None:
    text = "The militia fired four Grad rockets at the base. None of them caused damage, he said."
    assert of_kind(text, "impacted") == []
    # a figure that did cause damage landed
    text = "The militia fired four rockets at the town. Three of them damaged homes."
    assert [f.value for f in of_kind(text, "impacted")] == [3]


def test_neither_caused_casualties_is_zero() -> None:
    text = "Two drones hit the district overnight. Neither caused casualties, the governor said."
    assert [(f.kind, f.value) for f in facts(text) if f.kind in ("killed", "injured")] == [
        ("killed", 0), ("injured", 0)]
    assert of_kind("Neither side gave casualties figures.", "killed") == []


def test_launches_counted_in_a_timeline() -> None:
    text = ("Sirens in Kiryat Shmona. The IDF says another two launches were identified; "
            "one was intercepted and the other struck the yard of a kindergarten.")
    assert values(text) == [("launched", 2), ("intercepted", 1), ("impacted", 1)]
    # the verb "launches" and a single launch are no count
    assert [f.value for f in of_kind("Hezbollah launches 12 rockets at the border.", "launched")] == [12]
    assert of_kind("Jets struck a launch site near Khiam.", "launched") == []


def test_headline_present_target_is_a_launch() -> None:
    f = single("Three Katyusha rockets target Baghdad airport area, one lands near homes", "launched")
    assert (f.value, f.text) == (3, "Three Katyusha rockets target")
    # a target named as a noun after the figure is no launch verb
    assert of_kind("Two targets were hit by the strikes.", "launched") == []


def test_rest_of_a_launch_whose_parts_use_its_head_noun() -> None:
    text = ('Rebels fired "a dozen 120mm mortar bombs" at the camp. Three of the bombs hit the '
            "camp, and a fourth exploded on the road. The rest fell in the bush.")
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.kind, f.value) for f in rest] == [("impacted", 8)]
    # parts of another munition named before are not taken off the launch
    text = ("Two drones hit a depot. Militants then fired 12 mortar bombs at the camp. "
            "Three hit the camp and the rest fell in the bush.")
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.kind, f.value) for f in rest] == [("impacted", 9)]


def test_escaped_with_wounds_is_injured() -> None:
    f = single("Seventeen terrorists were neutralised and several others escaped with gunshot "
               "wounds, the spokesman said.", "injured")
    assert (f.value, f.min, f.qualifier) == (None, 3, "vague")
    # escaping unhurt, or escaping alone, is no injury
    assert of_kind("Several others escaped into the forest, the spokesman said.", "injured") == []


def test_drone_that_had_dropped_a_device_is_a_carrier() -> None:
    text = "A drone had dropped an explosive device on a tractor, wounding the driver."
    assert of_kind(text, "launched") == []
    # a drone that was itself launched still counts
    assert [f.value for f in of_kind("Two drones were launched at the town.", "launched")] == [2]


def test_one_death_told_past_a_clause_or_a_home_place() -> None:
    text = "An elderly woman who fled the shelling was later found dead in a field."
    f = single(text, "killed")
    assert (f.value, f.rule) == (1, "casualty.killed.one_far")
    text = "A 71-year-old resident of the village of Kozinka had died in hospital of a stroke."
    assert single(text, "killed").value == 1
    # a person who was found alive, or who died long before, is no count
    assert of_kind("A woman who fled the shelling was later found alive.", "killed") == []
    assert of_kind("A resident of Kozinka had died of wounds", "injured") == []


def test_second_source_toll_shares_the_first_kind() -> None:
    text = "Shells hit displacement camp; governor says 7 dead, aid group counts 9"
    found = [(f.value, f.rule) for f in of_kind(text, "killed")]
    assert (9, "casualty.killed.second_source") in found and (7, "casualty.killed.bare") in found
    # a figure after "says" that is no toll (a count of rockets, a time) gets no kind
    assert [f.value for f in of_kind("Governor says 7 dead, army says 2026 will be calmer", "killed")] == [7]
    assert [f.value for f in of_kind("Two killed in strike, officials say", "killed")] == [2]


def test_hit_by_missiles_fired_from_is_the_launch() -> None:
    text = ("The vehicle was hit by two missiles fired from the drone late on Friday. "
            '"The first missile hit the truck directly. The second one landed in a field."')
    assert ("launched", 2) in values(text) and ("impacted", 2) not in values(text)
    assert [f.rule for f in facts(text) if f.kind == "launched"] == ["count.launch.struck_by_fired"]
    first = [f for f in facts(text) if f.rule == "count.first.impacted"]
    assert [f.value for f in first] == [1]
    # hit by missiles with no 'fired' stays an impact
    assert values("The base was hit by three rockets overnight.") == [("impacted", 3)]


def test_the_first_without_a_second_in_its_paragraph_is_no_count() -> None:
    text = ("Militants fired two rockets at the town. The first rocket hit a school.\n\n"
            "The second round of talks opens on Monday.")
    assert [f.rule for f in facts(text) if f.rule.startswith("count.first")] == []


def test_verbless_set_before_its_part_is_the_launch() -> None:
    text = "Sirens across the Upper Galilee: seven rockets, five intercepted, man hurt"
    launched = of_kind(text, "launched")
    assert [(f.value, f.rule) for f in launched] == [(7, "count.launch.set_before_part")]
    assert [f.value for f in of_kind(text, "intercepted")] == [5]
    # a part no smaller than the set, or a list joined by "and", is no such set
    assert of_kind("Sirens: two rockets, five intercepted", "launched") == []


# --- shapes from the h33 round --------------------------------------------------------


def test_set_told_with_who_fired_it_before_its_part() -> None:
    text = "Of the 11 drones the RSF launched at Omdurman on Monday morning, seven were shot down by air defences."
    assert single(text, "launched").value == 11
    assert single(text, "intercepted").value == 7
    # a figure after the set is no part of it unless a verb makes it one
    assert of_kind("Of the 11 drones the rebels launched at the city on Monday, seven.", "intercepted") == []


def test_the_rest_in_the_sentence_of_its_set() -> None:
    f = single("Of the 18 drones, 15 were destroyed by air defence, the rest fell on a depot.", "impacted")
    assert (f.value, f.rule) == (3, "count.whole.rest")


def test_the_one_munition_of_a_mixed_launch() -> None:
    text = "The rebels fired a ballistic missile and three drones at the port. The missile was intercepted."
    assert single(text, "intercepted").value == 1
    # "the rocket" of two rockets is not the one drone
    assert of_kind("The militia fired two rockets and a drone. The rocket was intercepted.", "intercepted") == []


def test_a_family_wounded_and_others() -> None:
    got = [(f.value, f.object) for f in of_kind(
        "A drone struck the hotel, lightly wounding a family of four and three other people.", "injured")]
    assert got == [(4, "family"), (3, "people")]
    assert of_kind("A family of four fled the town before the drone struck.", "injured") == []


def test_lists_with_ages_figures_and_groupings() -> None:
    f = single("Medics treated a woman in her 30s, her husband and their two children for shrapnel wounds.", "injured")
    assert f.value == 4
    # kin summed, a neighbour apart
    got = [f.value for f in of_kind("Shells fell on the quarter, killing a woman, her two daughters and a neighbour.",
                                    "killed")]
    assert got == [3, 1]
    # ... unless the report groups them itself
    assert [f.value for f in of_kind("Her husband and a neighbour, both passengers, were wounded.", "injured")] == [2]


def test_no_ships_or_personnel_hurt_is_zero_injured() -> None:
    f = single("The command said no U.S. ships or personnel were damaged or hurt.", "injured")
    assert f.value == 0
    assert of_kind("The command said no U.S. ships were damaged.", "injured") == []


def test_bodies_and_murders_are_deaths() -> None:
    assert single('"We received one body and six injured persons," a doctor said.', "killed").value == 1
    assert single("The ministry said 24 civilians were murdered in the strike.", "killed").value == 24
    assert of_kind("Soldiers were issued one body armour vest each.", "killed") == []


def test_the_toll_named_as_the_set_of_a_part() -> None:
    f = single("Nine of the 30 wounded are in critical condition.", "injured")
    assert (f.value, f.rule) == (30, "casualty.injured.set_of_part")
    assert single("Six of the 14 dead were children.", "killed").value == 14
    # a set of munitions stays a ratio
    assert ("launched", 40) in values("Two of the 40 rockets hit homes.")


def test_hit_by_shrapnel_is_wounded() -> None:
    f = single("The bomb landed near the stalls. She was hit by shrapnel in the arm.", "injured")
    assert (f.value, f.rule) == (1, "casualty.injured.pronoun")
    assert of_kind("The bomb landed near the stalls. She was hit by the news hard.", "injured") == []


def test_one_person_named_by_role_who_died() -> None:
    f = single("The driver, a 54-year-old man, died at the scene.", "killed")
    assert (f.value, f.object) == (1, "driver")
    assert single("Its driver, 57, was wounded and taken to hospital.", "injured").value == 1
    # an active verb with an object tells what the person did; a past year, another time
    assert of_kind("The driver killed the engine and ran.", "killed") == []
    assert of_kind("The teacher died in 2019, long before the war.", "killed") == []


def test_deaths_a_monitor_verified() -> None:
    f = single("The team has so far verified four of the deaths.", "killed")
    assert (f.value, f.rule) == (4, "casualty.killed.of_the_deaths")
    assert of_kind("Officials blamed the shelling for most of the deaths.", "killed") == []


def test_a_headline_lists_victims_with_commas() -> None:
    doc = parse("Army: five soldiers, two drivers killed in convoy attack\n\nThe convoy was hit.\n")
    assert sorted(f.value for f in counts.find(doc) if f.kind == "killed") == [2, 5]
    # a set and its part keep their reading
    doc = parse("Sirens in the north: seven rockets, five intercepted\n\nThe army said so.\n")
    assert sorted((f.kind, f.value) for f in counts.find(doc)) == [("intercepted", 5), ("launched", 7)]


def test_uncrewed_boats_are_munitions_and_those_struck_with_launchers_are_not_downed() -> None:
    assert single("The fleet destroyed nine uncrewed boats off the coast.", "intercepted").value == 9
    assert of_kind("Its forces destroyed three uncrewed surface vessels and one mobile missile launcher "
                   "in a rebel-held area.", "intercepted") == []
    assert single("Air defences destroyed 40 drones, and the army later destroyed two launchers.",
                  "intercepted").value == 40


def test_a_breakdown_after_clock_times() -> None:
    text = ("It said air defences had destroyed 64 drones over six regions between 11 p.m. on Sunday and "
            "7 a.m. on Monday, including 18 over the Bryansk region.")
    assert sorted(f.value for f in of_kind(text, "intercepted")) == [18, 64]


def test_a_strike_with_its_munitions() -> None:
    f = single("Bilopillia community: an air strike with 2 KABs on the town.", "launched")
    assert (f.value, f.object) == (2, "bomb")
    # a strike "by" a drone names the aircraft that fired
    assert of_kind("A strike carried out by an enemy drone was reported near the school.", "launched") == []


# --- shapes from the h34 round --------------------------------------------------------


def test_a_couple_is_two() -> None:
    f = single("A married couple was killed when the drone hit their house.", "killed")
    assert (f.value, f.rule) == (2, "casualty.killed.couple")
    # over the one "elderly" a figure rule would read
    assert [f.value for f in of_kind("The strike killed an elderly couple in their home.", "killed")] == [2]
    assert of_kind("A couple of rockets hit the town.", "killed") == []


def test_two_people_named_with_the_are_summed() -> None:
    assert [f.value for f in of_kind("The man and the woman died of their injuries at the scene.", "killed")] == [2]
    got = [f.value for f in of_kind("The shell killed the driver and the medic.", "killed")]
    assert got == [1, 1]


def test_killed_or_wounded_is_no_count() -> None:
    assert values("Rescuers found 26 people killed or wounded under the canvas.") == []
    assert values("Five people were killed and 12 wounded.") == [("killed", 5), ("injured", 12)]


def test_the_number_of_martyrs_raised_to() -> None:
    got = values("One of the wounded died of his wounds, raising the number of martyrs of the strike to 4.")
    assert ("killed", 4) in got


def test_headline_kin_without_articles() -> None:
    doc = parse("Mortar shells hit near the airport, mother and two children killed\n\nThe attack came at night.\n")
    assert [(f.value, f.rule) for f in counts.find(doc)] == [
        (None, "count.impact.bare_plural"), (3, "casualty.killed.headline_kin")]
    doc = parse("Mortar bombs kill mother, two children in Monguno\n\nThe attack came at night.\n")
    assert [f.value for f in counts.find(doc)] == [3]
    doc = parse("Governor: couple killed, teenage grandson wounded as drone hits house\n\nIt came at night.\n")
    assert sorted((f.kind, f.value) for f in counts.find(doc)) == [("impacted", 1), ("injured", 1), ("killed", 2)]
    # no casualty verb, no count
    assert counts.find(parse("Mother and two children flee shelling\n\nThey left at night.\n")) == []


def test_parts_of_a_toll_and_its_fatal_share() -> None:
    got = [(f.value, f.rule) for f in of_kind(
        "The seven wounded are five police officers and two civilians, among them a 10-year-old boy.", "injured")]
    assert (5, "casualty.injured.part_of_toll") in got and (2, "casualty.injured.part_of_toll") in got
    assert (10, "casualty.injured.part_of_toll") not in got
    f = single("The attack on the station left nine casualties, two of them fatal.", "killed")
    assert (f.value, f.rule) == (2, "casualty.killed.fatal_part")


def test_wounded_who_later_died_are_dead() -> None:
    f = single("Two soldiers wounded in the attack later died in hospital.", "killed")
    assert f.value == 2
    assert of_kind("Two soldiers wounded in the attack later died in hospital.", "injured") == []
    assert single("Two soldiers wounded in the attack were taken to hospital.", "injured").value == 2


def test_ordinals_of_something_else_are_no_munition() -> None:
    text = ("Two missiles struck the district. One hit the building, destroying the second and third "
            "entrances; the second exploded in the courtyard.")
    assert of_kind(text, "intercepted") == []
    assert [f.text for f in of_kind(text, "impacted")][-1] == "the second exploded"


def test_the_munitions_of_an_attack_told_far_after_its_verb() -> None:
    f = single("The warplanes bombed a three-storey residential building belonging to the al-Shamali family "
               "in the Jabalia area at dawn on Thursday with two missiles, killing 23 people.", "launched")
    assert (f.value, f.rule) == (2, "count.launch.attacked_with")
    # what a launcher was loaded with, and a clause of its own after "with", are no launch
    assert of_kind("The army said it struck the launcher used in the attack, as well as a second launcher "
                   "that it said was loaded with six rockets.", "launched") == []
    text = ("A barrage of some 30 rockets was fired toward the Upper Galilee on Wednesday, the military said, "
            "with several of them intercepted over the valley.")
    assert ("intercepted", None) in values(text)


def test_a_munition_of_the_armed_forces() -> None:
    f = single("In the village, a drone of the Ukrainian armed forces struck a private house.", "impacted")
    assert f.value == 1


def test_air_force_summaries_named_by_model() -> None:
    got = [(f.value, f.object) for f in of_kind(
        "Air defence shot down 86 air targets: 36 Kh-101/Kh-55SM, 16 Kalibr and 31 Shahed drones.", "intercepted")]
    assert (16, "cruise missile") in got and (31, "drone") in got
    # a munition with no figure before the counted one
    f = single("Russia attacked Ukraine with cruise missiles and nearly a hundred drones overnight.", "launched")
    assert (f.value, f.qualifier, f.object) == (100, "about", "drone")
    # a model's number in the place an item came from is no figure
    text = ("The enemy attacked with 3 Kh-101 cruise missiles from Tu-95MS strategic aviation aircraft over the "
            "Saratov region and 96 strike UAVs of the Shahed type.")
    assert [f.value for f in of_kind(text, "launched")] == [3, 96]


def test_a_toll_put_at_a_figure_ends_there() -> None:
    text = ("The ministry has put the death toll at 31, and said that 47 wounded people had been admitted "
            "to the hospital.")
    assert [f.value for f in of_kind(text, "killed")] == [31]
    assert [f.value for f in of_kind(text, "injured")] == [47]


def test_a_breakdown_past_the_ages_of_an_item() -> None:
    got = [f.value for f in of_kind(
        "As a result, 19 people were killed: 17 students aged between 7 and 15 and two female teachers.", "killed")]
    assert got == [19, 17, 2]
    # the ages themselves are no items
    got = [f.value for f in of_kind("The strike injured 19 people, including three children aged 4, 9 and 15.",
                                    "injured")]
    assert got == [19, 3]


# --- shapes from the h35 round --------------------------------------------------------


def test_an_in_numbers_box() -> None:
    doc = parse("The night's attack, in numbers\n\nThe figures come from the air force.\n\n"
                "653 — drones launched, about half of them decoys\n\n51 — missiles, including 7 cruise missiles\n\n"
                "598 — targets shot down or jammed: 571 drones and 27 missiles\n\n11 — regions affected\n\n"
                "9 — people killed, 5 of them in Kyiv\n")
    got = [(f.kind, f.value) for f in counts.find(doc) if f.rule.endswith("box") or ".box." in f.rule]
    assert ("launched", 653) in got and ("launched", 51) in got
    assert ("intercepted", 598) in got and ("intercepted", 571) in got and ("intercepted", 27) in got
    assert ("killed", 9) in got
    assert all(v != 11 for _, v in got)  # regions are no count
    # the box's lines are the report's own, not links to other stories
    assert [b.kind for b in doc.blocks].count("related") == 0


def test_a_salvo_told_in_waves() -> None:
    text = ("Hezbollah fired a first wave of 12 rockets at Haifa Bay; a second of eight followed 20 minutes later, "
            "and a third, of five rockets, was fired toward Nahariya.")
    assert [f.value for f in of_kind(text, "launched")] == [12, 8, 5]
    # without waves, "a second of" is no launch
    assert [f.value for f in of_kind("Police fired 12 rounds; a second of the men was held.", "launched")] == [12]


def test_the_number_launched_was() -> None:
    f = single("The total number of drones launched was four, the ministry said.", "launched")
    assert (f.value, f.rule) == (4, "count.launch.number_of")


def test_modifiers_joined_by_and() -> None:
    f = single("Russia launched 74 Shahed-type and decoy drones overnight.", "launched")
    assert (f.value, f.object) == (74, "drone")


def test_more_shapes_of_people_hurt_and_munitions_fired() -> None:
    assert single("Twenty-nine people are now listed as injured, the city said.", "injured").value == 29
    assert single("Officials said four drones took off from the south.", "launched").value == 4
    text = "The missile was fired at Eilat. The army said it had been intercepted by the Arrow 3 system."
    assert single(text, "intercepted").rule == "count.pronoun.intercepted"
    assert single("Mortar rounds hit the market, killing a cleaner.", "killed").object == "cleaner"
    assert single("As a result one man of 54 years was wounded, he is in hospital.", "injured").value == 1


def test_one_person_who_later_died() -> None:
    f = single("A police official said a woman who was brought to the District Headquarters Hospital in "
               "critical condition later died of her injuries.", "killed")
    assert (f.value, f.rule) == (1, "casualty.killed.one_far")
    assert of_kind("A man who lived near the base died in 2019.", "killed") == []


def test_it_after_that_is_the_munition() -> None:
    text = ("The military corrected its statement, saying only one ballistic missile had been launched from "
            "Yemen and that it had been intercepted by the Arrow 3 system.")
    assert single(text, "intercepted").rule == "count.pronoun.intercepted"


# --- shapes from the h36 round --------------------------------------------------------


def test_losses_in_lives_are_deaths_only() -> None:
    assert values('"No losses in lives were recorded," the statement said.') == [("killed", 0)]
    assert sorted(values("The army suffered no losses.")) == [("injured", 0), ("killed", 0)]


def test_things_destroyed_beside_the_dead_are_no_part() -> None:
    text = ('"The strikes permitted to neutralise about thirty terrorists and to destroy important logistics, '
            'of which 12 motorcycles," the communique said.')
    assert [f.value for f in of_kind(text, "killed")] == [30]


def test_a_launch_site_named_with_a_number() -> None:
    text = "Two bombs launched from the positions of the AFC/M23 rebels fell on the displaced site."
    assert single(text, "impacted").value == 2


def test_a_hospital_puts_the_wounded_at() -> None:
    f = single("A hospital official puts wounded at more than 30.", "injured")
    assert (f.min, f.qualifier, f.rule) == (31, "more_than", "casualty.injured.put_at")


def test_of_whom_later_died_and_duds() -> None:
    got = values('The hospital received "more than 30 wounded", of whom four later died.')
    assert ("killed", 4) in got and ("injured", 4) not in got
    text = "At least 70 shells landed in the villages, of which about a dozen did not explode."
    assert [f.value for f in of_kind(text, "impacted")] == [None]


def test_sent_to_hell() -> None:
    f = single('Security forces "sent 8 khwarij to hell", the statement said.', "killed")
    assert (f.value, f.rule) == (8, "casualty.killed.sent_to_hell")


def test_one_more_of_another_munition_keeps_the_participle_launch() -> None:
    text = "A missile launched from Lebanon was intercepted by David's Sling. Another UAV was downed by the Navy."
    assert single(text, "launched").value == 1
    # one more of the same munition: the participle's figure is one of several
    text = "A drone launched from Lebanon hit a house. Another drone fell in a field."
    assert of_kind(text, "launched") == []


def test_a_headline_munition_launched_then_intercepted() -> None:
    doc = parse("Missile launched from Yemen intercepted after sirens in central Israel\n\nIt came at night.\n")
    assert sorted((f.kind, f.value) for f in counts.find(doc)) == [("intercepted", 1), ("launched", 1)]


def test_a_clock_time_before_with() -> None:
    text = ("An Israeli drone targeted a car on the road between Aita al-Shaab and Ramyeh at 10:25 this "
            "morning with a guided missile, killing the driver.")
    assert single(text, "launched").value == 1


def test_among_todays_martyrs() -> None:
    f = of_kind("Among today's martyrs are four members of one family, who were killed in a tent.", "killed")[0]
    assert (f.value, f.rule) == (4, "casualty.killed.among")


# --- shapes from the h37 round --------------------------------------------------------


def test_a_list_under_a_colon_line_by_line() -> None:
    doc = parse("Ministry: drones destroyed\n\nOn-duty air defences intercepted and destroyed 70 Ukrainian UAVs:\n\n"
                "43 UAVs over the territory of the Bryansk region,\n27 UAVs over the territory of the Kursk region.\n\n"
                "12 people were evacuated from the area.\n")
    got = [(f.kind, f.value, f.rule) for f in counts.find(doc)]
    assert ("intercepted", 43, "count.intercept.list_line") in got
    assert ("intercepted", 27, "count.intercept.list_line") in got
    assert all(v != 12 for _, v, _ in got)  # the list ended before the evacuees


def test_suppressed_by_electronic_warfare() -> None:
    f = single("Air defence shot down or suppressed by electronic warfare 161 air attack targets.", "intercepted")
    assert (f.value, f.object) == (161, "projectile")


def test_a_second_count_after_a_toll_verb() -> None:
    text = ("By evening the death toll had risen to seven, including two children, and the number of wounded "
            "to 29, the governor said.")
    assert [f.value for f in of_kind(text, "injured")] == [29]
    assert 29 not in [f.value for f in of_kind(text, "killed")]


def test_the_body_of_one_person_and_owners_hurt() -> None:
    assert single("Rescuers found the body of a woman under the rubble.", "killed").value == 1
    assert of_kind("Police examined the body of the drone.", "killed") == []
    assert single("The owner, a 64-year-old man, received shrapnel injuries.", "injured").value == 1


def test_the_remaining_two_and_weights_and_appositives() -> None:
    text = "Five drones attacked the district. Mobile fire groups shot down the remaining two, he said."
    assert single(text, "intercepted").value == 2
    text = "Two bombs were dropped. One of the 500-pound bombs hit a house, and the other exploded in a field."
    assert [f.value for f in of_kind(text, "impacted")] == [1, 1]
    assert of_kind("The jet dropped two 500-pound bombs.", "launched")[0].value == 2
    text = "UKMTO said a third projectile, believed to be a drone, was shot down by a frigate."
    assert [f.value for f in of_kind(text, "intercepted")] == [1]


def test_a_headline_munition_with_its_kind() -> None:
    doc = parse("Houthi ballistic missile intercepted over central Israel\n\nSirens sounded at night.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("intercepted", 1)]


# --- shapes from the h38 round --------------------------------------------------------


def test_a_ticker_in_capitals_reads_as_prose() -> None:
    doc = parse("BREAKING: attack on fort\n\n4 QUADCOPTERS TARGET FORT, 3 SHOT DOWN BY SECURITY FORCES: SOURCES\n")
    got = [(f.kind, f.value, f.text) for f in counts.find(doc)]
    assert ("intercepted", 3, "3 SHOT DOWN") in got  # (the report's own letters)
    assert all(doc.text[f.start : f.end] == f.text for f in counts.find(doc))


def test_only_blocks_in_capitals_are_lowered() -> None:
    prose = parse("Attack on the fort\n\nThe IDF and the IRGC said 3 UAVS were SHOT DOWN near HQ.\n")
    assert counts._quieted(prose) is prose  # (a few capitals in prose stay as written)
    # (a few small letters in a ticker do not make it prose)
    ticker = parse("Attack on the fort\n\nFOUR UAVS TARGET THE FORT AT KUPIANSK: THREE SHOT DOWN (via tv)\n")
    assert counts._quieted(ticker).text.endswith("four uavs target the fort at kupiansk: three shot down (via tv)\n")


def test_ticker_lines_are_the_body() -> None:
    doc = parse("Flash: attack on the fort\n\nThe channel's ticker, as broadcast.\n\n"
                "4 quadcopters target fort\n\n2 soldiers martyred, 6 wounded\n\nToll rises to 3\n")
    assert [b.kind for b in doc.blocks].count("related") == 0


def test_military_shorthand() -> None:
    assert sorted(values("Refinery fire after approx. 3 impacts; 2 WIA, 0 KIA per governor.")) == [
        ("impacted", 3), ("injured", 2), ("killed", 0)]
    assert single("Separately a Lancet hit a Grad launcher, x2 crew KIA.", "killed").value == 2


def test_an_estimated_range_and_a_pair_of_calibres() -> None:
    f = single("Militants fired an estimated 6-8 mortar rounds at the base.", "launched")
    assert (f.min, f.max, f.qualifier) == (6, 8, "range")
    assert [f.value for f in of_kind("They used 60/82mm mortars and fired 12 rounds.", "launched")] == [12]


def test_an_ordinal_in_figures_and_a_calibre_in_brackets() -> None:
    assert [f.value for f in of_kind("Two drones hit the hospital. A 3rd drone struck an empty lot.",
                                     "impacted")] == [2, 1]
    assert single("3 artillery shells (105mm) fired at the village.", "launched").value == 3


# --- shapes from the h39 round --------------------------------------------------------


def test_a_logs_slash_toll() -> None:
    got = sorted(values("2315 | Mogadishu, Wadajir district | Grenade thrown at a checkpoint | K/W: 1/3"))
    assert got == [("injured", 3), ("killed", 1)]
    assert sorted(values("Outcome: 1 fell inside the perimeter. K/I: 0/0. Claim: none.")) == [
        ("injured", 0), ("killed", 0)]
    # a date or a score with a slash is no toll
    assert values("The match ended 1/3 on 12/05.") == []


def test_another_verbs_object_before_of_them_and() -> None:
    text = "The Houthis attacked 100 vessels, sinking four of them and killing at least eight sailors."
    assert [f.min for f in of_kind(text, "killed")] == [8]
    text = "Five drones were launched; air defences shot down three of them and two hit a farm."
    assert single(text, "intercepted").value == 3


def test_mortar_bombs_rained_on_us() -> None:
    f = single('"They rained more than 30 mortar bombs on us from the north," he said.', "launched")
    assert (f.min, f.qualifier) == (31, "more_than")


# --- the corpus's remaining misses, session of 6 December (evening) ---------------------


def test_what_make_an_item_is_does_not_break_a_list() -> None:
    got = values("Russia attacked with 112 strike UAVs of the Shahed, Gerbera and other types, "
                 "as well as two Iskander-M ballistic missiles from Kursk region.")
    assert ("launched", 2) in got
    assert ("launched", 4) in values("Russia attacked with 311 UAVs of various modifications and 4 missiles.")
    # (a phrase of "of" that names no make is a gap like any other)
    assert ("launched", 2) not in values("Russia attacked with 112 drones of the night before last on "
                                         "three cities of the south and east, as well as two ballistic missiles.")


# --- shapes from the h40 round ------------------------------------------------------------


def test_a_dash_between_spaces_is_no_compound() -> None:
    got = values("Russia launched 57 attack drones and nine missiles - six cruise missiles and "
                 "three ballistic missiles - at energy facilities.")
    assert [v for k, v in got if k == "launched"] == [57, 9, 6, 3]
    # (a hyphen joined to the next word still makes a compound: no count of missiles)
    assert values("The army moved 12 missile-defence units north.") == []


def test_a_noun_phrase_in_quotes_after_its_figure() -> None:
    f = single('The army said 11 "strategic drones" launched toward Port Sudan.', "launched")
    assert (f.value, f.object) == (11, "drone")
    # (a quoted verb is no noun: the figure stays a bare count)
    assert of_kind('He said 3 "were killed" in the strike.', "launched") == []


def test_more_of_a_set_is_still_a_part_of_it() -> None:
    assert values("In the afternoon, four more of the wounded died, the director said.") == [("killed", 4)]
    assert values("Two more of the drones were shot down.") == [("intercepted", 2)]


def test_one_wounded_who_died_is_dead_not_hurt() -> None:
    got = values("A farmer who had been wounded by shelling on the outskirts of Khiam died of his wounds overnight.")
    assert got == [("killed", 1)]
    got = values("A farmer who had been wounded in the raid was treated in hospital, and a boy died.")
    assert ("injured", 1) in got and ("killed", 1) in got


def test_a_person_named_before_and_kin() -> None:
    assert values("One shell struck the house of a farmer in Salotri, killing him and his daughter-in-law.") == [
        ("impacted", 1), ("killed", 2)]
    assert ("killed", 3) in values("The blast killed her and her two sons.")
    assert values("Police said they found him and his car.") == []


def test_a_headline_victim_by_trade() -> None:
    doc = parse("FPV drone kills tractor driver near Kupiansk\n\nThe attack came at dawn.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("killed", 1)]
    doc = parse("Drone strike kills two soldiers in Kherson\n\nThe attack came at dawn.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("killed", 2)]


def test_missiles_that_missed_their_targets_and_fell() -> None:
    assert values("2 missiles did not reach their targets and fell in the fields.") == [("impacted", 2)]
    got = values("Two rockets were fired toward a position near Gwer but did not reach their targets "
                 "and landed in farmland near the river.")
    assert got == [("launched", 2), ("impacted", 2)]
    assert values("The missiles did not reach their targets.") == []


def test_interceptors_by_model_are_no_launch() -> None:
    assert values("A frigate had shot down two drones, firing two Aster 15 missiles.") == [("intercepted", 2)]
    assert values("The destroyer fired two Standard Missiles at the drones.") == []
    # (the S-300 is fired at cities as a ground-attack missile; Bukavu is no Buk)
    assert values("Russia fired four S-300 missiles at Kharkiv.") == [("launched", 4)]
    assert values("M23 fired 3 rockets at Bukavu.") == [("launched", 3)]


def test_under_attack_at_an_hour_from_drones() -> None:
    f = single("The base came under attack at about 9:30 p.m. from seven drones carrying explosives.", "launched")
    assert f.value == 7
    assert values("Prices rose from 10 dollars.") == []


def test_a_thread_post_number_opens_no_list() -> None:
    got = values('2/7 SAF statement: 11 "strategic drones" launched toward Port Sudan, 8 shot down by AD.')
    assert got == [("launched", 11), ("intercepted", 8)]


def test_one_figure_for_two_munitions_named_after_it() -> None:
    f = single("Approx. 30 Grad rockets and mortar shells fired by the factions hit the town.", "launched")
    assert (f.value, f.text) == (30, "Approx. 30 Grad rockets and mortar shells fired")
    # (a figure of its own after "and" is a second item)
    assert [v for k, v in values("Russia launched 126 drones and seven missiles.") if k == "launched"] == [126, 7]


def test_a_set_then_its_parts_after_a_colon() -> None:
    assert values("2 kamikaze drones: 1 hit a power substation, 1 shot down by air defences.") == [
        ("launched", 2), ("impacted", 1), ("intercepted", 1)]


def test_a_bulletins_pair_under_its_label() -> None:
    assert sorted(values("Killed and wounded: 1 / 7.")) == [("injured", 7), ("killed", 1)]
    assert sorted(values("Two posts were shelled, K / W: 2 / 5")) == [("injured", 5), ("killed", 2)]
    # (a pair with no label is no toll)
    assert values("Results: 1 / 7 of the posts were shelled.") == []


def test_a_tables_killed_and_wounded_column() -> None:
    doc = parse("Daily tally\n\n# | AREA | MEANS | K / W\n1 | Aleppo | shelling | 3 / 5\n"
                "2 | Raqqa | shelling | 1 / 0\n5 | Idlib | - | -\n\nTOTAL: 4 dead | 5 injured\n")
    got = [(f.kind, f.value, f.text) for f in counts.find(doc)]
    assert ("killed", 3, "3 / 5") in got and ("injured", 5, "3 / 5") in got
    assert ("killed", 1, "1 / 0") in got and ("injured", 0, "1 / 0") in got
    # (a table with no such column gives no pair)
    doc = parse("Daily tally\n\n# | AREA | SCORE\n1 | Aleppo | 3 / 5\n")
    assert [f for f in counts.find(doc) if f.rule.endswith(".table")] == []


def test_a_model_in_brackets_closes_a_list_item() -> None:
    got = values("The enemy struck Kharkiv with 3 guided aerial bombs (KAB-500) and 9 Geran-2 attack UAVs.")
    assert got == [("launched", 3), ("launched", 9)]
    assert [f.rule for f in facts("The enemy struck Kharkiv with 3 guided aerial bombs (KAB-500) and 9 "
                                  "Geran-2 attack UAVs.")][1].endswith(".coordinated")


def test_a_sitreps_shorthand() -> None:
    got = values("1x rocket hit a petrol station: 2x civ KIA (M, 58; F, 34), 4x civ WIA.")
    assert got == [("impacted", 1), ("killed", 2), ("injured", 4)]
    assert values("Surin: 3x KH loitering UAVs inbound. TH AD shot down 2x; 1x struck a bunker.") == [
        ("launched", 3), ("intercepted", 2), ("impacted", 1)]
    got = values("The toll so far. CASUALTIES (TH, this period): KIA 2 mil / 2 civ | WIA 5 mil / 4 civ")
    assert got == [("killed", 2), ("killed", 2), ("injured", 5), ("injured", 4)]


def test_zero_casualties_in_figures() -> None:
    assert sorted(values("There were 0 casualties, the governor said.")) == [("injured", 0), ("killed", 0)]
    assert values("It caused 10 casualties.") == []


def test_a_year_of_birth_between_commas() -> None:
    f = single("The driver, born in 1979, received shrapnel wounds and was taken to hospital.", "injured")
    assert f.value == 1


def test_seamen_and_crewmen() -> None:
    assert values("A Filipino able seaman suffered burns to his arms.") == [("injured", 1)]
    assert values("A crewman was killed.") == [("killed", 1)]


def test_a_figure_written_twice() -> None:
    got = values("A total of seven (7) mortar bombs were fired. Four (4) landed inside the camp, "
                 "two (2) fell in the nearby area.")
    assert got == [("launched", 7), ("impacted", 4), ("impacted", 2)]
    # (a second figure that differs is no restatement)
    assert ("impacted", 3) not in values("Two (3) rockets hit.")


def test_a_statements_list_of_victims_by_name() -> None:
    text = ("Sadly, the following lost their lives:\n(i) PC John Langat, 27;\n(ii) PC Ali Hassan, 31;\n"
            "(iii) Fatuma Noor, 45.\n\nThe following sustained serious injuries:\n(i) Cpl. Peter Ouma, 38;\n"
            "(ii) Hussein Kullow, 12.\n")
    assert values(text) == [("killed", 3), ("injured", 2)]
    # (a list that does not start on the next line is not counted)
    assert values("The following lost their lives in the war of 1999, the memorial says:") == []


def test_including_before_a_headline_verb() -> None:
    f = single("3 civilians incl. woman killed as mortar shell falls on house", "killed")
    assert f.value == 3
    assert single("Three civilians including a woman killed as shell falls on house", "killed").value == 3


def test_what_became_of_what_was_fired_in_a_relative_clause() -> None:
    assert values("The Houthis fired a drone at Eilat that was shot down over the sea.") == [
        ("launched", 1), ("intercepted", 1)]
    # ("was" agrees with the ship, not with the two drones)
    assert values("The Houthis fired two drones at a ship that was hit last week.") == [("launched", 2)]


def test_a_drone_that_drops_a_counted_load_only_carried_it() -> None:
    got = values("At least three drones were spotted. Two of the drones were neutralised, while the third "
                 "dropped two explosives near the hall.")
    assert ("impacted", 1) not in got and ("launched", 2) in got
    assert ("impacted", 2) in values("Four drones attacked. Two were shot down; the other two dropped mortar "
                                     "shells on the base.")


def test_small_arms_rounds_are_no_munitions() -> None:
    assert values("Militants fired around 40 rounds from automatic weapons.") == []
    assert values("Militants fired 12 mortar rounds at the post.") == [("launched", 12)]


# --- shapes from the h41 round ------------------------------------------------------------


def test_list_lines_that_are_parts_of_a_set() -> None:
    text = ("According to preliminary data, air defence shot down 44 air targets:\n"
            "– 40 enemy UAVs of the Shahed type;\n– 2 of the 6 Iskander-M ballistic missiles;\n"
            "– both Kh-59/69 guided air missiles.\n")
    assert values(text) == [("intercepted", 44), ("intercepted", 40), ("intercepted", 2), ("intercepted", 2)]


def test_a_breakdown_item_with_its_own_participle() -> None:
    got = values("On 21 December the enemy attacked with 56 means of air attack:\n– 48 Shahed-type strike UAVs;\n"
                 "– 8 missiles: 6 Iskander-M ballistic missiles launched from the Voronezh region and 2 Kh-59/69 "
                 "guided air missiles.\n")
    assert [v for k, v in got if k == "launched"] == [56, 48, 8, 6, 2]


def test_a_counted_group_and_one_of_another() -> None:
    got = values("The strike on the ambulance killed two paramedics and their driver, the Red Crescent said.")
    assert got == [("killed", 2), ("killed", 1)]
    # (kin of the one before are summed, by the pair rule)
    assert values("The strike killed a father and four of his children.") == [("killed", 5)]


def test_killed_along_with_kin() -> None:
    assert values("A tea seller in her thirties was killed along with her three children.") == [("killed", 4)]
    assert values("A woman was killed together with her two sons.") == [("killed", 3)]


def test_the_rest_of_a_list_by_region() -> None:
    text = ("Air defence destroyed 117 drones overnight. 41 of the drones were destroyed over Bryansk, 26 over "
            "Kursk, 19 over Belgorod, 14 over Oryol and nine over Moscow, including three flying towards the "
            "city. The rest were downed over the Kaluga and Tula regions.")
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.kind, f.value) for f in rest] == [("intercepted", 8)]


def test_an_item_with_no_figure_between_two_with_one() -> None:
    got = values("Jets shot down seven of the UAS. The destroyer downed the other four, as well as the ASCM "
                 "and both ASBMs.")
    assert got == [("intercepted", 7), ("intercepted", 4), ("intercepted", 2)]


def test_a_wave_that_consisted_of() -> None:
    got = values("The first wave, at 7:10 p.m., consisted of nine one-way attack uncrewed aerial systems "
                 "(OWA UAS) and one anti-ship cruise missile (ASCM).")
    assert got == [("launched", 9), ("launched", 1)]
    assert values("The delegation consisted of 12 drone experts.") == []


def test_victims_named_group_by_group() -> None:
    got = values("A missile struck the camp, killing 12 people. The victims are a mother and her three "
                 "children; an elderly man and his grandson; two teachers; a nurse of the camp's health unit; "
                 "and three young men who were playing football.")
    assert got == [("impacted", 1), ("killed", 12), ("killed", 4), ("killed", 2), ("killed", 2), ("killed", 1),
                   ("killed", 3)]
    got = values("The port authority has named the dead. They are four dock workers, two truck drivers and a "
                 "security guard, it said.")
    assert got == [("killed", 4), ("killed", 2), ("killed", 1)]
    # (two people of a toll told by a witness are no breakdown)
    assert values("Two were killed. The dead were a woman selling tea and a 12-year-old boy, said an "
                  "elder.") == [("killed", 2)]


def test_none_of_a_set_agrees_with_none() -> None:
    got = values("Russia fired 74 drones and three missiles. None of the three missiles was intercepted.")
    assert ("intercepted", 0) in got


def test_two_calibres_before_the_noun() -> None:
    f = single("The terrorists fired about thirty 82mm and 120mm mortar shells at the camp.", "launched")
    assert (f.value, f.qualifier) == (30, "about")


def test_a_toll_of_a_named_side() -> None:
    assert ("killed", 6) in values("A soldier died, bringing the number of FAMa dead to six.")
    assert values("Our forces recorded 5 dead: 1 lieutenant and 4 soldiers.") == [
        ("killed", 5), ("killed", 1), ("killed", 4)]


def test_an_appositive_after_a_fate_clause_is_the_same_person() -> None:
    assert values("The man who was killed, a shopkeeper in his 40s, was hit by shrapnel at his stall.") == [
        ("killed", 1)]


def test_ages_in_brackets_inside_a_toll() -> None:
    got = values("Two more, U Tin Maung (67) and a pregnant woman, Daw Khin Sandar (31), died of their wounds.")
    assert got == [("killed", 2)]


def test_south_asian_and_police_ranks() -> None:
    f = single("Lance Naik Sher Afzal (age: 29 years, resident of District Swabi), having fought gallantly, "
               "embraced shahadat.", "killed")
    assert f.value == 1
    f = single("Patrolman Andres Felipe Rincon Ortega, 24 years old, a native of Ocana, lost his life in the "
               "line of duty.", "killed")
    assert f.value == 1


def test_a_part_inside_a_toll_with_its_verb_after() -> None:
    got = values("An innocent woman and her 10-year-old daughter embraced shahadat and four other civilians, "
                 "including three children, got injured.")
    assert got == [("killed", 2), ("injured", 4)]


def test_a_launching_rail_is_no_rocket() -> None:
    assert values("Weapons, ammunition and an improvised rocket launching rail with three rockets yet to be "
                  "fired were also recovered.") == []


def test_the_rest_of_an_approximate_launch() -> None:
    text = "Approx 18 mortar bombs were fired, of which 11 fell near the posts and the remaining fell in the forest."
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.value, f.min, f.qualifier) for f in rest] == [(7, None, "about")]
    # (an approximate set less nothing is no remainder)
    f = [f for f in facts("About 40 rockets were fired. The remainder fell in forest.") if f.kind == "impacted"]
    assert [(g.value, g.qualifier) for g in f] == [(None, "vague")]


def test_relative_clauses_and_bodies_between_a_person_and_the_verb() -> None:
    assert values("One civilian porter of the Army sustained splinter injuries and was evacuated.") == [
        ("injured", 1)]
    assert values("A 7-year-old girl who was sleeping in the neighbouring house suffered injuries.") == [
        ("injured", 1)]
    assert values("A drone fired two missiles at a motorcycle, killing its two riders.") == [
        ("launched", 2), ("killed", 2)]
    assert values('The drone hit a car, killing two members of the "SDF" and a civilian who was with them.') == [
        ("killed", 2), ("killed", 1)]


def test_a_quoted_make_between_list_items() -> None:
    got = values('The force targeted the base with two ballistic missiles of the "Zulfiqar" type and a '
                 'hypersonic missile of the "Palestine-2" type.')
    assert got == [("launched", 2), ("launched", 1)]


# --- shapes from the h42 round ------------------------------------------------------------


def test_no_attack_reports_of_drills_demining_and_depot_blasts() -> None:
    doc = parse("IRGC Navy fires cruise missiles at mock enemy fleet in Persian Gulf drill\n\n"
                "Fast-attack craft also fired more than 200 rockets at dummy coastal positions.\n")
    assert counts.find(doc) == []
    doc = parse("ANAMA: over 61,000 hectares cleared in 2026, nine killed in mine blasts\n\n"
                "Since 2020, 408 citizens have become victims of mine explosions, 72 of whom were killed.\n")
    assert counts.find(doc) == []
    doc = parse("Three workers killed, seven injured as explosions rip through arms depot near Kazanlak\n\n"
                "Explosions threw shells and fragments beyond the perimeter. \"A drone attack has been ruled "
                "out,\" she said.\n")
    assert counts.find(doc) == []
    # (a depot struck in an attack keeps its counts)
    doc = parse("Three workers killed as drones strike arms depot near Toropets\n\n"
                "Ukrainian drones attacked the depot overnight, killing three workers.\n")
    assert ("killed", 3) in [(f.kind, f.value) for f in counts.find(doc)]


def test_an_adjective_before_a_noun_of_no_victims() -> None:
    assert values("Maccabi, missing three injured starters, shot 41 percent from the field.") == []
    assert values("Police said three injured remain in hospital.") == [("injured", 3)]
    assert values("Rescuers shifted two dead bodies to the hospital.") == [("killed", 2)]


def test_deaths_from_disease_are_no_toll() -> None:
    assert values("A cholera outbreak that began in August has caused 2,870 suspected cases and 61 deaths.") == []


def test_a_question_about_the_rest() -> None:
    got = values("Russia fired 86 drones; 71 were downed. The Air Force does not say how many of the rest "
                 "reached their targets.")
    assert got == [("launched", 86), ("intercepted", 71)]


def test_headline_lists_of_munitions_and_plural_subjects() -> None:
    doc = parse("CENTCOM says 9 drones, 2 cruise missiles downed\n\nThe attack came at night.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("intercepted", 9), ("intercepted", 2)]
    doc = parse("Seven rockets, five intercepted over Sderot\n\nThe attack came at night.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("launched", 7), ("intercepted", 5)]
    doc = parse("Israeli strikes kill 14 as Hezbollah rockets kill man in Nahariya\n\nThe attack came at night.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("killed", 14), ("killed", 1)]


def test_one_person_killed_by_name() -> None:
    assert values("An Israeli drone killed Ali Hassan Qassir, a Hezbollah field commander, and two other men "
                  "near Nabatieh.") == [("killed", 1), ("killed", 2)]
    assert values("Israel killed Hezbollah commander Ali Hassan Qassir in a strike on Sunday.") == [("killed", 1)]
    # (a name alone of one word points back; a threat kills no one; a place is no person)
    assert values("Last week it killed Qassir.") == []
    assert values("Israel vowed it would kill Hamas leader Yahya Sinwar.") == []
    assert values("The strike killed Gaza City residents.") == []


def test_one_fighter_eliminated() -> None:
    assert values("The terrorist was eliminated by the strike.") == [("killed", 1)]
    assert values("The fight goes on until the last terrorist is eliminated.") == []


def test_a_relative_clause_of_what_the_person_did() -> None:
    assert values("A 73-year-old woman who fell down a flight of stairs on the way to a shelter was lightly "
                  "hurt.") == [("injured", 1)]


def test_targeted_by_the_defence_is_no_launch() -> None:
    assert values('"Three micro air vehicles were successfully targeted and destroyed" over the area.') == [
        ("intercepted", 3)]
    assert values("Two rockets were targeted at the base.") == [("launched", 2)]
    assert values("Officials said three missiles had targeted the city.") == [("launched", 3)]
    assert values("The drones were targeted by air defence.") == []


def test_a_quoted_participle_between_a_munition_and_its_verb() -> None:
    assert values('The army said an unmanned aerial vehicle "approaching from the east" had been intercepted '
                  'by the air force.') == [("intercepted", 1)]
    assert values("Two drones approaching from the east were shot down.") == [("intercepted", 2)]


# --- shapes from the h43 round ------------------------------------------------------------


def test_bulleted_figures_by_place_under_a_total() -> None:
    text = ("On-duty air defence assets intercepted and destroyed 40 Ukrainian unmanned aerial vehicles:\n"
            "– 24 over the territory of the Bryansk region,\n– nine over the territory of the Tula region,\n"
            "– 7 over the territory of the Kaluga region.\n")
    assert values(text) == [("intercepted", 40), ("intercepted", 24), ("intercepted", 9), ("intercepted", 7)]
    # (bullets with a place but no total above them are no list of munitions)
    assert values("Results of the season:\n– 24 over the target,\n– 9 in the sea.\n") == []


def test_a_day_before_a_figure() -> None:
    assert values("In total, on 8 January 2 civilians were killed and 4 were injured in the region.") == [
        ("killed", 2), ("injured", 4)]
    assert values("The raid on January 2 killed four.") == [("killed", 4)]


def test_raised_the_number_of_injured() -> None:
    assert values("By the afternoon, the administration raised the number of injured to 19.") == [("injured", 19)]
    assert values("The two strikes bring to 11 the number of people killed since January.") == [("killed", 11)]


def test_cut_by_glass() -> None:
    assert values("Their neighbour, Lyudmila Gerasimenko, 57, was cut by glass and treated at home.") == [
        ("injured", 1)]


def test_targets_shot_down_or_suppressed() -> None:
    assert values("Air defence shot down or suppressed 121 targets.") == [("intercepted", 121)]


def test_a_drone_workshop_is_no_drone() -> None:
    assert values("Russia says it destroyed a drone workshop in Kharkiv.") == []
    assert values("Two drones hit a power plant.") == [("impacted", 2)]


def test_what_became_of_it_told_by_someone() -> None:
    assert values("They fired a ballistic missile at Israel, which the military said was intercepted.") == [
        ("launched", 1), ("intercepted", 1)]
    assert values("The Houthis fired two drones at a ship that was hit last week.") == [("launched", 2)]


def test_none_of_a_named_body() -> None:
    assert sorted(values("AUSSOM said none of the mission's personnel had been killed or wounded.")) == [
        ("injured", 0), ("killed", 0)]


def test_peacekeepers() -> None:
    assert values("A Nepalese peacekeeper was killed and a Bangladeshi peacekeeper was wounded.") == [
        ("killed", 1), ("injured", 1)]


def test_the_set_after_out_of() -> None:
    assert values('"One missile out of four got through, and that was enough," said the analyst.') == []
    assert values("Air defence downed 22 out of 35 missiles.") == [("intercepted", 22), ("launched", 35)]


# --- shapes from the h44 round ------------------------------------------------------------


def test_ages_with_a_qualifier_or_in_brackets() -> None:
    assert values("A man aged about 40 was lightly hurt.") == [("injured", 1)]
    assert values("Shelling hit a car; the driver (44) was wounded.") == [("injured", 1)]
    # (a figure in brackets after no person is no age)
    assert values("A total of seven (7) mortar bombs were fired.") == [("launched", 7)]


def test_an_incident_logs_killed_and_injured() -> None:
    assert sorted(values("11/01 | Al-Mudhaffar | Shelling of a market | 1 K (boy, 12), 3 I")) == [
        ("injured", 3), ("killed", 1)]
    assert sorted(values("TOTAL: 6 incidents, 4 K / 13 I.")) == [("injured", 13), ("killed", 4)]
    assert values("The 4 K-pop fans and 3 Iranians met.") == []


def test_militants_sent_to_hell_in_the_passive() -> None:
    assert values("4 terrorists of 'Fitna al Hindustan' sent to hell in follow-up operation.") == [("killed", 4)]
    assert values("The militants were sent to hell.") == []


def test_drones_of_various_modifications() -> None:
    assert values("274 UAVs of various modifications (mostly FPV) attacked Huliaipole and Orikhiv.") == [
        ("launched", 274)]


def test_drones_sighted_or_seen() -> None:
    assert values("The vessel reported sighting 2 one-way attack UAVs closing from the east.") == [("launched", 2)]
    f = single('He said they had seen "four or five drones" over the field.', "launched")
    assert (f.min, f.max, f.qualifier) == (4, 5, "range")


def test_the_missiles_were_a_breakdown() -> None:
    got = values("Russia fired 112 drones and six missiles overnight. The missiles were four Kh-101 cruise "
                 "missiles, launched from Tu-95 bombers, and two Iskander-M ballistic missiles fired from Crimea.")
    assert [v for k, v in got if k == "launched"] == [112, 6, 4, 2]


def test_more_ways_people_are_told_hurt() -> None:
    assert values("1 shopkeeper suffers minor injuries in the blast.") == [("injured", 1)]
    assert values("Two of his colleagues had been taken to hospital with burns.") == [("injured", 2)]
    assert values('The director confirmed that two men had been admitted with "light injuries".') == [
        ("injured", 2)]
    assert values("The driver of the pick-up was also killed, he added.") == [("killed", 1)]
    assert values("A 63-year-old man who lived in the house had also been hurt.") == [("injured", 1)]
    assert values("One seafarer, a Filipino able seaman, had been treated on board for burns.") == [
        ("injured", 1)]


def test_a_tables_columns_of_the_dead_and_the_hurt() -> None:
    doc = parse("Hospital casualty bulletin No. 2 on the strike on the tent camp\n\n"
                "| Category | Arrived dead | Admitted wounded | Died after admission | Discharged |\n"
                "|---|---|---|---|---|\n| Men | 3 | 9 | 1 | 4 |\n| Total | 9 | 28 | 3 | 12 |\n")
    got = [(f.kind, f.value, f.text) for f in counts.find(doc)]
    assert got == [("killed", 3, "3"), ("injured", 9, "9"), ("killed", 1, "1"),
                   ("killed", 9, "9"), ("injured", 28, "28"), ("killed", 3, "3")]
    # (columns of other figures, and a table with no such column, give nothing)
    doc = parse("Weekly tally of the ministry\n\n| Type | This week | Since 1 January |\n| UAVs | 1,386 | 2,911 |\n")
    assert [f for f in counts.find(doc) if f.rule.endswith(".table")] == []


# --- shapes from the h45 round ------------------------------------------------------------


def test_or_more_is_at_least() -> None:
    f = single('The rest hit the market, killing 4 people and wounding "a dozen or more".', "injured")
    assert (f.value, f.min, f.qualifier) == (None, 12, "at_least")


def test_cattle_are_no_victims() -> None:
    assert values("On 4 January, a strike near Sokoura killed four herders and some forty head of cattle.") == [
        ("killed", 4)]


def test_the_rest_of_a_generic_launch_leaves_out_parts_told_before_it() -> None:
    text = ("Three explosive UAVs crossed into Shlomi. Two of the UAVs were intercepted. The third UAV fell "
            "in the community. An hour later, 10 launches were identified. 7 were intercepted and the rest fell "
            "in open areas.")
    rest = [f for f in facts(text) if f.rule == "count.whole.rest"]
    assert [(f.kind, f.value) for f in rest] == [("impacted", 3)]


def test_killed_with_the_verb_before_one_person() -> None:
    assert values("Shortly after, an IAF aircraft struck and eliminated the terrorist.") == [("killed", 1)]
    assert values("The army destroyed the drone.") == []


def test_wounded_who_die_in_a_headline() -> None:
    doc = parse("Depot strike toll rises to 11 as two wounded die\n\nThe attack came at night.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("killed", 11), ("killed", 2)]
    doc = parse("Three wounded in drone strike on Kherson bus\n\nThe attack came at night.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("injured", 3)]


# --- shapes from the h46 round ------------------------------------------------------------


def test_impacts_told_one_by_one_and_the_rest() -> None:
    text = ("Militants fired seven rockets at the fort. The first struck the outer wall, the second and "
            "third landed in the bazaar and the rest exploded in open ground.")
    got = [(f.kind, f.value, f.text) for f in facts(text) if f.kind == "impacted"]
    assert got == [("impacted", 1, "The first struck"), ("impacted", 2, "the second and third landed"),
                   ("impacted", 4, "the rest exploded")]
    # (the same figure told twice is still one part of the set)
    text = ("Five rockets were fired. The first hit a school. The second hit a clinic and the rest were "
            "intercepted.")
    assert [(f.kind, f.value) for f in facts(text)] == [
        ("launched", 5), ("impacted", 1), ("impacted", 1), ("intercepted", 3)]


def test_the_first_of_them() -> None:
    text = ("The RSF launched three drones at the market. The first of them hit the vegetable section and "
            "the second struck a transformer.")
    assert [(f.kind, f.value) for f in facts(text) if f.kind == "impacted"] == [("impacted", 1), ("impacted", 1)]
    # (with no second of the set, "the first" is an order, not a count)
    assert [f.kind for f in facts("The RSF launched three drones. The first of them hit at dawn.")] == ["launched"]


def test_ordinals_of_other_things_are_no_count() -> None:
    assert values("Troops fired at the compound, destroying the second and third entrances.") == []
    assert values("The second and third floors were damaged when five rockets hit the block.") == [("impacted", 5)]


def test_a_toll_with_its_time_after_the_figure() -> None:
    assert values("The ministry raised the toll to 21 late on Saturday after four of the injured died.") == [
        ("killed", 21), ("killed", 4)]
    assert values("The death toll rose to 9 Sunday.") == [("killed", 9)]
    # (a time after the figure does not make a count of what has no verb)
    assert values("The clinic has 21 late shifts a week.") == []


def test_a_part_of_a_crew_is_the_count_not_the_crew() -> None:
    assert values("It said one of its 21 seafarers, a Filipino deckhand, had suffered burns to his arms.") == [
        ("injured", 1)]
    assert values("Two of the 19 crew members were injured.") == [("injured", 2)]
    assert values("The strike killed two of the 19 crew.") == [("killed", 2)]
    # (a ratio of munitions is still the part and the whole)
    assert values("Ten of the 12 rockets were shot down.") == [("intercepted", 10), ("launched", 12)]


def test_the_rest_leaves_out_a_part_of_a_part_and_counts_the_munition_beside_the_launch() -> None:
    text = ("The attackers fired 12 rockets and mortar rounds from the hills. Four of them landed inside the "
            "camp, one of which hit a barrack, while the rest exploded on the slopes outside.")
    assert [(f.kind, f.value) for f in facts(text)] == [
        ("launched", 12), ("impacted", 4), ("impacted", 1), ("impacted", 8)]
    # ("four of which" right after the launch is a part of the launch itself)
    assert values("Militants fired 12 rockets, four of which were intercepted, and the rest hit the town.") == [
        ("launched", 12), ("intercepted", 4), ("impacted", 8)]


def test_a_drone_that_shoots_is_no_launch() -> None:
    assert values("On Friday an Israeli drone fired on a group of people in Bani Suheila, killing a man.") == [
        ("killed", 1)]
    assert values("Two drones fired at Eilat were shot down.") == [("launched", 2), ("intercepted", 2)]


def test_one_person_with_two_words_before_the_noun() -> None:
    assert values("A drone hit the ship's bridge near Mokha, killing its Indian second officer.") == [
        ("impacted", 1), ("killed", 1)]


def test_a_figure_listed_after_a_salvo_shares_its_verb() -> None:
    got = values("Hezbollah said it had targeted the base with a rocket salvo and two attack drones in response.")
    assert got == [("launched", None), ("launched", 2)]


def test_most_of_a_figure() -> None:
    got = [(f.kind, f.value, f.qualifier) for f in facts("Rockets rain on Shlomi; most of 25 intercepted")]
    assert got == [("intercepted", None, "vague"), ("launched", 25, "exact")]
    # ("most of a wave of 14": the wave's figure is the launch)
    got = values("The army said its air defences had intercepted most of a wave of 14 drones fired at the city.")
    assert ("launched", 14) in got and ("intercepted", 14) not in got


def test_where_some_of_a_set_flew_is_no_launch() -> None:
    text = ("The ministry said 74 drones were destroyed overnight, including 11 over the Moscow region, five of "
            "which were flying towards the capital.")
    assert [f.kind for f in facts(text)] == ["intercepted", "intercepted"]
    assert values("Of the 40 drones fired, 12 of them were launched at Kyiv.") == [("launched", 40), ("launched", 12)]


def test_a_bare_plural_that_struck_is_a_vague_impact() -> None:
    f = single("MOSCOW, Nov 17 (Reuters) - Ukrainian drones struck an oil refinery in Ryazan early on Tuesday.",
               "impacted")
    assert (f.value, f.qualifier, f.object, f.text) == (None, "vague", "drone", "Ukrainian drones struck")
    assert values("Drones struck the crowded livestock market in El Obeid on Friday.") == [("impacted", None)]
    # (not a set told before, a figure, a report of what officials said, or a condition)
    assert values("The drones struck the market.") == []
    assert values("Officials said drones hit Kyiv.") == []
    assert values("If missiles hit the plant, it would be a disaster.") == []
    assert values("Two drones struck the market.") == [("impacted", 2)]


def test_one_way_is_no_figure() -> None:
    got = facts("The Houthis launched at least seven anti-ship missiles and one-way attack drones.")
    assert [(f.kind, f.min, f.qualifier) for f in got] == [("launched", 7, "at_least")]


def test_where_one_was_wounded_is_no_count() -> None:
    assert values('"My two daughters were injured, one in the head," she said.') == [("injured", 2)]


def test_comprising_opens_a_breakdown_of_the_toll() -> None:
    got = values("Seven persons lost their lives, comprising four children and three women, and 23 others "
                 "sustained injuries.")
    assert got == [("killed", 7), ("killed", 4), ("killed", 3), ("injured", 23)]


def test_a_launch_told_by_type_with_were() -> None:
    text = ('Asked how many of the seven were missiles, he said: "Three were anti-ship ballistic missiles and '
            'four were drones, by our count."')
    assert [(f.kind, f.value, f.object) for f in facts(text)] == [
        ("launched", 3, "ballistic missile"), ("launched", 4, "drone")]
    assert values("The two were drone operators.") == []


def test_dead_taken_back_are_no_toll() -> None:
    got = values("The ministry put the death toll at 12, saying two people initially reported dead were alive.")
    assert got == [("killed", 12)]
    assert values("Two people were reported dead.") == [("killed", 2)]


def test_what_the_radar_saw_is_no_list_item() -> None:
    assert values("IDF says one missile intercepted, no drones seen") == [("intercepted", 1)]
    assert values("The army intercepted one missile and two drones.") == [("intercepted", 1), ("intercepted", 2)]


def test_the_number_of_the_martyred_brought_to_a_figure() -> None:
    got = values("A third soldier had succumbed, bringing the number of soldiers martyred in the attack to three.")
    assert ("killed", 3) in got


def test_where_the_victims_were_between_them_and_their_verb() -> None:
    assert values("Three constables who were on guard duty in the courtyard were injured by shrapnel.") == [
        ("injured", 3)]
    # (a clause that tells their fate is the fate: no second verb to wait for)
    assert values("Two soldiers who were wounded were taken to hospital.") == [("injured", 2)]


def test_headline_shapes_from_the_h47_round() -> None:
    assert headline_facts("Russian strike on Dnipro block kills grandmother and grandson as Ukraine downs Su-34") == [
        ("killed", 2, "casualty.killed.headline_kin")]
    assert headline_facts("Drones set fuel depot ablaze; minibus driver killed in Belgorod region") == [
        ("killed", 1, "casualty.killed.headline")]
    assert headline_facts("Cop martyred, three injured in quadcopter attack on police post") == [
        ("killed", 1, "casualty.killed.headline"), ("injured", 3, "casualty.injured.bare")]


def test_wordings_from_the_h47_round() -> None:
    assert values("Shelling killed six people and injured 27 between Friday and Sunday.") == [
        ("killed", 6), ("injured", 27)]
    assert values("Two drones were fired. The first was intercepted, while the second evaded air defenses and "
                  "exploded between parked cars.") == [("launched", 2), ("intercepted", 1), ("impacted", 1)]
    assert ("killed", 27) in values("The first statement put the toll at 19; by the evening it had climbed to "
                                    "twenty-seven.")
    assert values("The attack lasted all night and the last drones were shot down around 5 a.m.") == []
    assert values("A missile fired at a tanker missed, and neither the ship nor its crew of 24 was harmed.") == [
        ("launched", 1)]
    assert values("Two drones approached. One was shot down. The drone that got through hit a storage building.") == [
        ("launched", 2), ("intercepted", 1), ("impacted", 1)]
    assert values("The navy said that seven sea drones took part in the operation.") == [("launched", 7)]
    assert values("Five soldiers took part in the raid.") == []


# --- shapes from the h48 round ------------------------------------------------------------


def test_brain_injuries_are_injuries() -> None:
    assert values("Eleven were diagnosed with mild TBI.") == [("injured", 11)]
    assert values("The Pentagon later said that 17 service members had been diagnosed with TBI.") == [
        ("injured", 17)]
    assert values("Seventeen service members were evaluated on site.") == []


def test_drones_that_attempted_to_attack_were_launched() -> None:
    assert values("Two drones loaded with explosives attempted to attack the base at Erbil airport.") == [
        ("launched", 2)]
    assert values("Two gunmen attempted to attack the base.") == []


def test_people_treated_for_anxiety_are_no_list_item() -> None:
    got = values("MDA said it treated three people for shrapnel wounds and 11 people for anxiety.")
    assert got == [("injured", 3)]


def test_a_launch_from_a_place_and_the_missile_it_was() -> None:
    text = ("Sirens sounded after a launch from Yemen, the IDF said. The ballistic missile was intercepted by "
            "the Arrow 3 system, the military said.")
    assert [(f.kind, f.value, f.object) for f in facts(text)] == [
        ("launched", 1, "projectile"), ("intercepted", 1, "missile")]
    assert values("The launch site was hit.") == []


def test_a_part_with_two_fates_has_no_figure() -> None:
    got = values("The Houthis have fired 14 missiles at Israel; all but one of the missiles were intercepted or fell "
                 "short.")
    assert got == [("launched", 14)]
    # (two words for one fate keep the figure)
    assert ("intercepted", 81) in values("Russia fired 90 drones, 81 of which were shot down or suppressed.")


def test_impacts_identified_and_a_barrage_fired() -> None:
    assert values('"Several projectiles were intercepted, and impacts were identified in open areas," the IDF said.') == [
        ("intercepted", None), ("impacted", None)]
    assert values("The military said an aircraft struck a cell, and that hits were identified.") == []
    assert values("Sirens wailed as a barrage was launched from southern Lebanon, the military said.") == [
        ("launched", None)]
    assert values("The minister faced a barrage of criticism.") == []


def test_a_couple_and_their_children() -> None:
    assert values("The strike hit a house in Majdal Selm, killing a couple and their two children.") == [
        ("killed", 4)]
    assert values("A couple and their two children were killed.") == [("killed", 4)]


def test_headline_shapes_from_the_h48_round() -> None:
    assert headline_facts("Thirty-five rockets on a city that had forgotten sirens") == [
        ("launched", 35, "count.launch.headline_on")]
    assert headline_facts("Direct hit in Nahariya: 45-year-old man moderately hurt as rocket slams into home") == [
        ("injured", 1, "casualty.injured.headline"), ("impacted", 1, "count.headline.impacted")]
    assert headline_facts("Two drones on the ground destroyed near the border") == []


def test_a_standfirst_is_told_as_a_headline() -> None:
    text = ("Two rockets fired from Gaza at Sderot\n\n"
            "No group claimed the launch; civil defense says father and son killed in retaliatory strike\n\n"
            "Two rockets were fired toward Sderot late on Saturday, the army said.\n")
    assert ("killed", 2) in [(f.kind, f.value) for f in counts.find(parse(text))]


def test_a_briefers_count() -> None:
    text = "Our count right now is seven rockets. Four of those were shot down, and the other three landed inside."
    assert values(text) == [("launched", 7), ("intercepted", 4), ("impacted", 3)]
    assert values("The count is 12 people.") == []


def test_one_figure_for_two_munitions_with_two_words_before_the_second() -> None:
    got = facts('The official said "multiple rockets and one-way attack drones" had targeted the base.')
    assert [(f.kind, f.qualifier, f.text) for f in got] == [
        ("launched", "vague", 'multiple rockets and one-way attack drones" had targeted')]


def test_a_barrage_on_a_base_is_an_attack_whatever_else_the_headline_tests() -> None:
    doc = parse("Rocket barrage on US base at Conoco field tests SDF security arrangements\n\n"
                "Some 10 rockets were fired at the base on Monday, wounding two guards.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("launched", 10), ("injured", 2)]
    doc = parse("Rocket launchers fire live salvos as Iron Bison drill ends on Baltic coast\n\n"
                "Crews fired 48 rockets at targets at sea on Tuesday.\n")
    assert counts.find(doc) == []


# --- shapes from the h49 round ------------------------------------------------------------


def test_a_launch_told_by_type_then_where_it_was_fired_from() -> None:
    text = ("Of the missiles, seven were Kh-101 cruise missiles launched from bombers over the Caspian Sea and two "
            "were Iskander-M ballistic missiles fired from occupied Crimea.")
    assert [(f.kind, f.value, f.object) for f in facts(text)] == [
        ("launched", 7, "cruise missile"), ("launched", 2, "ballistic missile")]
    # (what destroyed them is no type of theirs)
    assert values("Of the downed drones, 41 were destroyed by interceptor drones.") == [("intercepted", 41)]


def test_two_adverbs_before_the_verb() -> None:
    assert values("The hospital said two others, aged 19 and 22, were moderately and lightly hurt.") == [
        ("injured", 2)]


def test_all_but_one_of_a_set_told_with_it() -> None:
    text = "Russia fired six missiles. All but one of the six missiles were shot down."
    assert values(text) == [("launched", 6), ("intercepted", 5)]


def test_two_parts_share_the_verb_after_the_second() -> None:
    text = ("The air force said Russia launched 78 drones and four missiles and that 61 of the drones and one of the "
            "missiles had been shot down.")
    assert values(text) == [("launched", 78), ("launched", 4), ("intercepted", 61), ("intercepted", 1)]


def test_a_ratio_after_a_plain_count_shares_its_verb() -> None:
    assert values("Air defenses shot down 117 drones and four of the six missiles.") == [
        ("intercepted", 117), ("intercepted", 4), ("launched", 6)]


def test_wordings_from_the_h49_round() -> None:
    assert ("killed", 4) in values("The ministry initially said two workers had died, then raised the figure to four.")
    assert values("The RSF launched eight drones; its air defences brought down three others over the airport.") == [
        ("launched", 8), ("intercepted", 3)]
    assert values("The army neutralised three others in the raid.") == [("killed", 3)]
    assert ("injured", 3) in values("A boy was hurt by debris, bringing the number of injured in the region to three.")
    assert values("A drone strike on a freight train killed its driver and injured his assistant.") == [
        ("killed", 1), ("injured", 1)]
    assert values("There was one direct hit on a residential building.") == [("impacted", 1)]


def test_people_named_as_people_after_a_figure_are_summed_unless_they_break_down_a_toll() -> None:
    assert values("Two women and a man were killed when a missile hit a warehouse.") == [
        ("killed", 3), ("impacted", 1)]
    text = "At least three civilians were killed. In the market two women and a child were killed."
    assert values(text) == [("killed", None), ("killed", 2), ("killed", 1)]
    # men and women named only so, after a toll of as many, restate it
    text = "Bombs killed three people, the governor said. Two men and a woman were killed, he said."
    assert values(text) == [("killed", 3), ("killed", 3)]


# --- shapes from the h50 round ------------------------------------------------------------


def test_the_rest_after_impacts_told_as_a_noun_and_a_calibre_after_of() -> None:
    text = ("The command said 17 rockets of 122mm calibre were fired, 12 of which were intercepted. There were two "
            "impacts inside the base, and the rest landed outside the perimeter.")
    assert values(text) == [("launched", 17), ("intercepted", 12), ("impacted", 2), ("impacted", 3)]


def test_drones_targeting_a_base_were_fired() -> None:
    assert values("Two drones targeting the Victory logistics base were shot down before reaching it.") == [
        ("launched", 2), ("intercepted", 2)]


def test_wordings_from_the_h50_round() -> None:
    assert values('AUSSOM said that "a number of indirect fire rounds" impacted within the compound.') == [
        ("impacted", None)]
    assert values("The officer said that two of his comrades were wounded by shrapnel.") == [("injured", 2)]
    assert values("Three other people, including a rickshaw driver, were rushed to hospital.") == [("injured", 3)]
    assert values("Two soldiers paid the supreme price, the army said.") == [("killed", 2)]
    assert values("Residents said at least four people had already been killed.") == [("killed", None)]
    assert values("Gunmen killed four vigilantes.") == [("killed", 4)]
    assert values("The strike hit the house, killing a businessman and 2 of his children.") == [("killed", 3)]
    assert values("A quadcopter attack injured the sub-inspector and two constables.") == [
        ("injured", 1), ("injured", 2)]
    assert values("Volunteers buried 22 people on Sunday.") == [("killed", 22)]


def test_headline_shapes_from_the_h50_round() -> None:
    assert headline_facts("Villagers bury 19 after air strike on Zamfara market") == [
        ("killed", 19, "casualty.killed.active")]
    assert headline_facts("Constable embraces shahadat as quadcopters target police post in Bannu") == [
        ("killed", 1, "casualty.killed.headline")]


# --- shapes from the h51 round ------------------------------------------------------------


def test_a_figure_written_twice_keeps_its_ratio() -> None:
    text = "Anti-drone systems neutralised four (04) of the six (06) drones launched against the position."
    assert values(text) == [("intercepted", 4), ("launched", 6)]
    assert values("Two (2) rockets fell.") == [("impacted", 2)]


def test_a_crew_and_a_vessels_name_are_no_counts() -> None:
    assert values("Gravely, a destroyer with a crew of about 300, has been deployed to the region since July.") == []
    assert values("The strikes answered an attack on the bulk carrier Maple Harmony 2, which was hit by a drone "
                  "boat.") == [("impacted", 1)]


def test_wordings_from_the_h51_round() -> None:
    assert values("A seaman has been killed and two of his crewmates injured after a drone boat struck the ship.") == [
        ("killed", 1), ("injured", 2), ("impacted", 1)]
    assert values("The driver, 52, died and four passengers were taken to hospital, one of them with serious "
                  "shrapnel wounds.") == [("killed", 1), ("injured", 4)]


# --- shapes from the h52 round ------------------------------------------------------------


def test_wordings_from_the_h52_round() -> None:
    assert values("The drone dropped a grenade on a shepherd, killing 20 of his sheep.") == [("launched", 1)]
    assert values("Two drones approached; one of them dived into the market.") == [("launched", 2), ("impacted", 1)]
    assert values("The toll rose on Sunday to four fighters, the SDF said.") == [("killed", 4)]
    assert values("Seven IRGC military advisers were martyred, the statement said.") == [("killed", 7)]


def test_a_live_pages_entry_title_is_told_as_a_headline() -> None:
    text = ("Iran fires second missile barrage at Israel: live updates\n\n"
            "Live updates from Tuesday night into Wednesday.\n\n"
            "01:15 — Man killed in direct hit in Haifa\n\n"
            "Medics say a man in his 40s was killed when a missile struck a building.\n")
    got = [(f.kind, f.value, f.text) for f in counts.find(parse(text)) if f.kind == "killed"]
    assert got[0] == ("killed", 1, "Man killed")


def test_review_cases_of_the_h46_h52_rules() -> None:
    # a bare plural hit by something is no impact; an acronym in capitals is one munition
    assert values("Russian drones hit by electronic warfare fell in fields.") == []
    assert values("Rockets hit overnight.") == []
    text = "Ukraine fired three ATACMS at the airfield. Two were shot down, and the third ATACMS struck a hangar."
    assert values(text) == [("launched", 3), ("intercepted", 2), ("impacted", 1)]
    # (a word holding "and" is no clause break: "Grand")
    assert values("Three constables who were on guard duty at the Grand Hotel were injured.") == [("injured", 3)]
    # a ratio's whole starts at its "of", past a figure written twice
    got = [f.text for f in facts("Anti-drone systems neutralised four (04) of the six (06) drones.")]
    assert got == ["neutralised four (04)", "of the six (06) drones"]


# --- shapes from the h53 round ------------------------------------------------------------


def test_wordings_from_the_h53_round() -> None:
    assert values("They are using 50,000-rupee drones against posts that cost millions.") == []
    assert values("A separate local committee said the toll was 15.") == [("killed", 15)]
    assert values("The toll was high.") == []
    assert values("Those killed were two security guards and a tea seller, he said.") == [("killed", 2), ("killed", 1)]


# --- shapes from the h54 round ------------------------------------------------------------


def test_the_fall_of_shells_is_where_they_came_down() -> None:
    f = single("Residents reported the fall of five shells on the eastern outskirts.", "impacted")
    assert (f.value, f.rule, f.text) == (5, "count.impact.fall_of", "the fall of five shells")
    assert values("The fall of a rocket in an open area caused no damage.") == [("impacted", 1)]
    assert values("Prices fell after the fall of two towns.") == []
    assert values("Shells fell on the town in the fall of 2025.") == []


def test_aimed_at_after_the_noun_is_a_launch_beside_the_verbs_fate() -> None:
    text = "Two drones aimed at the airport were shot down, the ministry said."
    assert values(text) == [("launched", 2), ("intercepted", 2)]
    assert single(text, "launched").rule == "count.launch.participle"
    # (a launch told before is the total: the participle adds none)
    text = "Russia launched 40 drones overnight. Three drones aimed at the port were downed."
    assert values(text) == [("launched", 40), ("intercepted", 3)]
    assert values("Guns aimed at the border were silent; two drones were shot down.") == [("intercepted", 2)]


def test_a_drone_that_fires_is_no_launch_after_a_comma() -> None:
    text = "According to two witnesses, a drone fired three missiles at the market."
    assert values(text) == [("launched", 3)]
    # (a drone fired from somewhere was launched itself)
    text = "Air defences shot down 21 missiles, and a drone fired from Lebanon was downed too."
    assert ("launched", 1) in values(text)


def test_the_first_then_the_others_leaves_the_rest() -> None:
    text = "A drone fired three munitions. The first hit the market, the others landed among the crowd."
    assert values(text) == [("launched", 3), ("impacted", 1), ("impacted", 2)]
    text = "Seven rockets were fired. The first struck a wall, and the rest fell in fields."
    assert values(text) == [("launched", 7), ("impacted", 1), ("impacted", 6)]
    # (no second of the set told: "the first" is no count of its own)
    assert values("Seven rockets were fired. The first struck a wall.") == [("launched", 7)]


def test_the_remaining_pair_and_the_other_with_its_verb_left_out() -> None:
    text = "Four drones flew in. Two were downed and the remaining pair struck the barracks."
    assert values(text) == [("launched", 4), ("intercepted", 2), ("impacted", 2)]
    text = "The quadcopter dropped two shells. One shell landed in the compound and the other on the roof."
    got = [(f.kind, f.value, f.text) for f in facts(text)]
    assert got == [("launched", 2, "dropped two shells"), ("impacted", 1, "One shell landed"),
                   ("impacted", 1, "the other")]
    assert of_kind("One rocket fell in the town and the other was never found.", "impacted")[-1].text == "One rocket fell"


def test_how_badly_some_of_a_toll_are_hurt_is_no_count() -> None:
    text = "The hospital had received 17 injured people. Two were in a critical condition, he said."
    assert values(text) == [("injured", 17)]
    text = "Staff said they had admitted eight wounded, and that two patients were in a serious condition."
    assert values(text) == [("injured", 8)]
    # with no toll before it, or beside other severities, the figure counts
    assert values("Two people were in a critical condition after the strike.") == [("injured", 2)]
    text = "Medics treated 63 people. Three were in serious condition, and 11 were moderately hurt."
    assert values(text) == [("injured", 3), ("injured", 11)]


def test_along_with_one_kin_after_a_definite_victim() -> None:
    text = "The woman, identified by relatives as Hamsa, 34, was killed along with her son when a shell hit."
    assert [(f.kind, f.value) for f in of_kind(text, "killed")] == [("killed", 2)]
    assert single("A man was killed along with his eight-year-old daughter.", "killed").value == 2
    assert single("A tea seller was killed along with her three children.", "killed").value == 4
    assert single("The driver was wounded along with his colleague.", "injured").value == 1


def test_wordings_from_the_h54_round() -> None:
    assert values('"Seven bombs came in, one after the other," he said.') == [("launched", 7)]
    assert values("The agency said 23 others were taken to the General Hospital in Dikwa.") == [("injured", 23)]
    assert values("The bodies of four people were taken to the hospital.") == [("killed", 4)]
    assert values("An FPV drone of the Armed Forces of Ukraine struck a minibus.") == [("impacted", 1)]
    f = single("Seven brave sons of the soil embraced shahadat, the ISPR said.", "killed")
    assert (f.value, f.object) == (7, "soldiers")
    assert values("The strike killed dozens of them.") == [("killed", None)]


def test_a_zero_told_how_badly_is_no_zero() -> None:
    assert values("The three wounded were contractors; none was seriously hurt.") == [("injured", 3)]
    assert values("There were no serious injuries.") == []
    assert values("No one was hurt.") == [("injured", 0)]
    assert values("None of the crew was hurt.") == [("injured", 0)]


def test_who_a_figure_is_after_it_is_no_second_count() -> None:
    text = "Two of the wounded, a taxi driver and his passenger, were taken to the Ragheb Harb hospital."
    assert values(text) == []
    assert values("Near the two schools, a man and a woman were hurt.") == [("injured", 2)]


# --- shapes from the h55 round ------------------------------------------------------------


def test_a_model_named_alone_after_its_launch_in_the_same_sentence() -> None:
    text = ("Russia launched 2 Iskander-M missiles and 1 Kh-59 guided missile at the region; the Kh-59 "
            "was shot down, both Iskanders got through.")
    assert values(text) == [("launched", 2), ("launched", 1), ("intercepted", 1), ("impacted", 2)]
    assert single(text, "intercepted").object == "cruise missile"
    assert values("A drone was launched at the ship and the drone was shot down.") == [("launched", 1), ("intercepted", 1)]
    # (two launched: "the missile" is not one of them alone)
    assert values("Two missiles were fired and the missile was shot down.") == [("launched", 2)]


def test_a_flash_updates_shapes() -> None:
    assert values("UPDATE 2 (11:40) - Death toll now 8, injured 21.") == [("killed", 8), ("injured", 21)]
    assert values("Corrects UPDATE 2: 20 injured, not 21.") == [("injured", 20)]
    assert values("Of these, 19 arrived dead and 7 died later.") == [("killed", 19), ("killed", 7)]
    assert values("7 died later, bringing the deaths at the hospital to 26.") == [("killed", 7), ("killed", 26)]


def test_what_carried_out_or_approached_tells() -> None:
    assert values("The strike was carried out by 3 drones.") == [("launched", 3)]
    # (a strike by a drone names the aircraft that fired)
    assert values("The strike was carried out by an Israeli drone.") == []
    assert values("The vessel was approached by two uncrewed surface vessels.") == [("launched", 2)]


def test_a_list_of_outcomes_one_per_bullet() -> None:
    text = ("- The field was attacked by 3 drones.\n\n- The first drone was shot down by the guards.\n\n"
            "- The second drone hit a storage tank.\n")
    assert values(text) == [("launched", 3), ("intercepted", 1), ("impacted", 1)]


def test_an_incident_notes_munitions_label() -> None:
    text = "Reported munitions: 2 guided missiles (likely MAM-L) from 1 Bayraktar TB2; both hit a pickup truck."
    assert values(text) == [("launched", 2), ("impacted", 2)]
    assert values("Reported damage: 2 houses and a car.") == []


def test_revised_and_numbered_launch_shapes() -> None:
    assert values("Police later said the number of rounds was six.") == [("launched", 6)]
    assert values("The IDF later revised the number of rockets to 30.") == [("launched", 30)]
    assert values("The army revised the number of rockets intercepted to 30.") == []
    text = "Gunmen attacked the No. 2 Police Station in the township with 14 drones."
    assert values(text) == [("launched", 14)]
    assert values("The second wave, at around 3 a.m., combined 15 cruise missiles and 48 drones.") == [
        ("launched", 15), ("launched", 48)]
    assert values("Odesa woke after a night of a hundred and twelve drones.") == [("launched", 112)]


def test_a_list_by_region_goes_on_past_where_some_flew() -> None:
    text = ("The ministry destroyed 93 UAVs: 34 over the Bryansk Region, six over the Moscow Region, "
            "including four flying toward Moscow, five over the Tula Region and three over the Sea of Azov.")
    assert [v for k, v in values(text)] == [93, 34, 6, 4, 5, 3]
    text = ('The ministry said 74 drones had been "intercepted and destroyed" between 11 p.m. Moscow time '
            "and 7 a.m., 29 of them over the Bryansk region and 17 over the Kursk region.")
    assert [v for k, v in values(text)] == [74, 29, 17]


def test_wordings_from_the_h55_round() -> None:
    assert values("The mayor gave a higher injury count of 38.") == [("injured", 38)]
    text = "Paramedics treated a man, 81, and his wife, 79, for light shrapnel and glass wounds."
    assert values(text) == [("injured", 2)]
    assert single("One of them struck a crane at the port, killing its operator.", "killed").object == "operator"


# --- shapes from the h56 round ------------------------------------------------------------


def test_a_tables_munitions_column() -> None:
    text = ("Weekly security log\n\nDate | Place | Munitions | Killed | Wounded\n"
            "23/11 | Damboa | 6 x 60mm mortar rounds | 0 | 2\n"
            "28/11 | Malam Fatori | 4 armed drones + approx. 20 mortar bombs | 4 | 11\n"
            "29/11 | Gubio | none; herders attacked on foot | 2 | 0\n")
    got = [(f.kind, f.value, f.text) for f in facts(text) if f.kind == "launched"]
    assert got == [("launched", 6, "6 x 60mm mortar rounds"), ("launched", 4, "4 armed drones"),
                   ("launched", 20, "approx. 20 mortar bombs")]
    assert [f.value for f in facts(text) if f.kind == "killed"] == [0, 4, 2]


def test_key_figures_with_dot_leaders_and_numbers_with_a_hyphen() -> None:
    text = ("Drones target the airport\n\nThree drones were launched at the airport late on Tuesday.\n\n"
            "KEY FIGURES\nDrones launched ............ 3\nShot down .................. 2\n"
            "Hit airport ................ 1 (hangar)\nKilled ..................... 0\n"
            "Time of attack ............. 23:50 local\nFlights diverted ........... 6\n")
    got = [(f.kind, f.value, f.rule) for f in facts(text) if f.rule.endswith(".box") or ".box." in f.rule]
    assert got == [("launched", 3, "count.box.launched"), ("intercepted", 2, "count.box.intercepted"),
                   ("impacted", 1, "count.box.impacted"), ("killed", 0, "casualty.killed.box")]
    text = ("Air strike on a market, in numbers\n\nIN NUMBERS\n21 - civilians killed (rescuers' count)\n"
            "43 - wounded taken to clinics\n2 - 500-lb bombs dropped by the jet\n6 - mortar bombs from the paramotors\n"
            "09:30 - time of the first strike\n30 - villages whose traders use the market\n")
    assert values(text) == [("killed", 21), ("injured", 43), ("launched", 2), ("launched", 6)]


def test_a_sitreps_rounds_date_time_groups_and_no_cas() -> None:
    text = "b. 9x 82mm mortar rds launched (AUSSOM count). 4x impacted inside the perimeter."
    assert values(text) == [("launched", 9), ("impacted", 4)]
    text = "b. 241400C: 1x UAV (quadcopter) engaged and downed by SNA near Villa Somalia; no cas."
    assert sorted(values(text)) == [("injured", 0), ("intercepted", 1), ("killed", 0)]
    assert values("There was no cash in the safe.") == []


def test_how_badly_some_of_them_are_hurt_is_no_count() -> None:
    assert values("Two workers were injured, one of them seriously, the governor said.") == [("injured", 2)]
    assert values("Nine people were wounded, four of them children.") == [("injured", 9), ("injured", 4)]


def test_wordings_from_the_h56_round() -> None:
    text = "Air defences intercepted and destroyed the missile and six of the drones."
    assert values(text) == [("intercepted", 6)]
    text = "A jet dropped two bombs. The first bomb struck the prayer hall, the second exploded in the yard."
    assert values(text) == [("launched", 2), ("impacted", 1), ("impacted", 1)]
    assert values("Two civilians were also hit by stray bullets.") == [("injured", 2)]
    text = "He said 23 of the terrorists were neutralised and two of their gun trucks destroyed."
    assert values(text) == [("killed", 23)]
    text = "The city was attacked with 2 salvoes from a Vampire MLRS, 16 rockets in all."
    assert values(text) == [("launched", 16)]
    assert values("The museum holds 16 rockets in all.") == []


# --- shapes from the h57 round ------------------------------------------------------------


def test_a_list_by_type_past_what_fired_each_and_where_it_was_made() -> None:
    text = ("The 43 missiles comprised 26 Kh-101 cruise missiles fired from 11 Tu-95MS strategic bombers over "
            "the Volga region, eight sea-launched Kalibrs, six Iskander-M ballistic missiles and three Kinzhal "
            "aero-ballistic missiles carried by MiG-31K jets.")
    assert [v for k, v in values(text) if k == "launched"][-4:] == [26, 8, 6, 3]
    text = ("Air defences shot down four Storm Shadow cruise missiles made in Britain, two US-made ATACMS "
            "missiles, 17 rockets of the US-made HIMARS multiple launch rocket system and 238 fixed-wing "
            "unmanned aerial vehicles over the past day.")
    assert values(text) == [("intercepted", 4), ("intercepted", 2), ("intercepted", 17), ("intercepted", 238)]


def test_launch_shapes_from_the_h57_round() -> None:
    assert values("Novaya Tavolzhanka was shelled: 14 artillery shells and 6 mortar rounds.") == [
        ("launched", 14), ("launched", 6)]
    assert values("The village had a market: 14 stalls and 6 shops.") == []
    assert values("The IDF said the barrages included roughly 85 rockets.") == [("launched", 85)]
    assert values("Police said seven rounds of 82mm mortar were fired at the zone.") == [("launched", 7)]


def test_an_ing_verb_with_its_own_object_is_the_defences() -> None:
    # ("dealt with" engaged them, outcome untold: the launch, as the gold codes it)
    text = "Air defences dealt with 16 hostile drones, among them long-range drones, shooting down 11 of them."
    assert values(text) == [("launched", 16), ("intercepted", 11)]
    # (the link of a verb read as another kind keeps the verb's own place)
    f = single("Three micro air vehicles were successfully targeted and destroyed.", "intercepted")
    assert f.text == "Three micro air vehicles were successfully targeted"


def test_partitives_and_zeros_from_the_h57_round() -> None:
    assert values("Fourteen of these drones were brought down.") == [("intercepted", 14)]
    assert values("Russia fired 20 drones. Five of these were downed.") == [("launched", 20), ("intercepted", 5)]
    text = "In Kherson, two of the guided aerial bombs, identified as KAB-250s, hit the district."
    assert values(text) == [("impacted", 2)]
    assert sorted(values("There was no loss of civilian lives, the statement said.")) == [("killed", 0)]


# --- shapes from the h58 round ------------------------------------------------------------


def test_people_flown_to_hospital_and_sources_are_no_counts() -> None:
    text = "The five wounded soldiers, two of them in serious condition, were flown by helicopter to the hospital."
    assert values(text) == [("injured", 5)]
    assert values("Three drones flown from the east were shot down.") == [("intercepted", 3)]
    text = "The drones killed seven soldiers and wounded 12, two security officials told AFP."
    assert values(text) == [("killed", 7), ("injured", 12)]


def test_where_some_of_the_wounded_were_taken_is_no_count() -> None:
    text = "Thirty-four people were injured, and 12 of them, with burns, were transferred by boat to the hospital."
    assert values(text) == [("injured", 34)]
    assert values("Twenty-six people were injured, 17 of whom were taken to hospital.") == [("injured", 26)]


def test_wordings_from_the_h58_round() -> None:
    assert values("Two drones approached the base; troops shot one down.") == [("launched", 2), ("intercepted", 1)]
    assert values("Guards shot two men down.") == []
    assert values("Two soldiers died and other five resulted wounded.") == [("killed", 2), ("injured", 5)]
    text = ("The ministry said air defences destroyed 57 drones between 23:00 Moscow time on Friday and 06:00 "
            "on Saturday, 19 of them over the Saratov region.")
    assert values(text) == [("intercepted", 57), ("intercepted", 19)]


# --- shapes from the h59 round ------------------------------------------------------------


def test_a_list_of_where_they_fell_with_the_verb_left_out() -> None:
    text = "Two of the bombs fell on the district, one on an empty lot, and the fourth did not explode."
    assert values(text) == [("impacted", 2), ("impacted", 1)]
    text = "Three rockets landed in Sderot, two on the road, one near the school."
    assert values(text) == [("impacted", 3), ("impacted", 2), ("impacted", 1)]
    # a time is no place: the second figure has no verb to share
    assert values("Four rockets hit the base on Monday, two on Tuesday.") == [("impacted", 4)]
    rules = [f.rule for f in facts("Three rockets landed in Sderot, two on the road.")]
    assert rules == ["count.impact.subject", "count.impact.gapped_item"]


def test_a_figure_written_twice_before_its_set() -> None:
    assert values("Three (03) of the rockets fell on civilian homes.") == [("impacted", 3)]
    assert values("Three (3) of the 20 rockets were intercepted.") == [("intercepted", 3), ("launched", 20)]


def test_toll_raised_by_its_owner_or_named_at_length() -> None:
    assert values("By midday the civil defence had raised its toll to 12.") == [("killed", 12)]
    text = ("The death toll from Sunday night's mortar attack by Islamic State West Africa Province (ISWAP) "
            "terrorists on Gajiram, headquarters of Nganzai Local Government Area of Borno State, has risen to 11.")
    assert values(text) == [("killed", 11)]
    assert values("Officials raised its budget to 12 million.") == []


def test_who_the_victims_are_between_them_and_their_verb() -> None:
    text = "A street vendor who lives next to the base also suffered shrapnel wounds, the mayor said."
    assert values(text) == [("injured", 1)]
    text = "Two people, a police reservist (KPR) and a boda boda rider, were killed."
    assert values(text) == [("killed", 2)]
    text = "However, four brave sons of soil, having fought gallantly, embraced shahadat."
    assert values(text) == [("killed", 4)]
    # (a man who worked there is a witness, not a victim)
    assert values("A man who worked at the depot said two rockets hit it.") == [("impacted", 2)]


def test_members_of_a_body_named_with_its_abbreviation_and_province() -> None:
    text = "Four personnel of the Frontier Corps (FC) Balochistan embraced martyrdom and six others sustained injuries."
    assert values(text) == [("killed", 4), ("injured", 6)]
    text = "Two members of the Volunteers for the Defence of the Homeland (VDP) were killed."
    assert single(text, "killed").object == "Volunteers for the Defence of the Homeland (VDP)"


def test_wordings_from_the_h59_round() -> None:
    assert values("Police said nearly 2 dozen mortar shells landed in the village.") == [("impacted", 24)]
    text = "The injured were rushed to the complex and later two of them were sent to Sadar Hospital."
    assert values(text) == []
    assert values("Five drones were sent toward the city.") == [("launched", 5)]
    assert values("Witnesses said two drones appeared over the town.") == [("launched", 2)]
    assert values("Two new candidates appeared over the weekend.") == []
    text = ("At least five mortar shells fired from Rakhine State, where the Arakan Army has been fighting, "
            "fell in two villages.")
    assert [k for k, _ in values(text)] == ["launched", "impacted"]
    text = "Two rockets fired from Gaza, which the group controls, said the army."
    assert values(text) == [("launched", 2)]


# --- shapes from the h60 round (copy translated into English) -----------------------------


def test_a_figure_written_twice_reaches_its_verb() -> None:
    text = "The terrorists fired 15 mortar shells on the camp, of which seven (07) fell inside the perimeter."
    assert values(text) == [("launched", 15), ("impacted", 7)]
    assert single("Militants fired 12 rockets, of which two (2) fell in the camp.", "impacted").text == "two (2) fell"
    assert values("Five (05) soldiers were killed.") == [("killed", 5)]


def test_where_the_victims_served_between_them_and_their_verb() -> None:
    text = "A source said that two guards of the station received light injuries."
    assert values(text) == [("injured", 2)]
    assert values("In the attack, three police of the headquarters were martyred.") == [("killed", 3)]
    # (officials of a ministry who speak are no victims)
    assert values("Two officials of the ministry said the drones were downed.") == []


def test_translated_wordings_of_fates() -> None:
    text = "Two patrolmen of the Police lost the life and seven more uniformed resulted wounded."
    assert values(text) == [("killed", 2), ("injured", 7)]
    assert values("The driver, a man of 45 years, received a mine-blast trauma.") == [("injured", 1)]
    assert values("The man lost the keys.") == []


def test_a_munition_of_a_named_type() -> None:
    assert values("Two drones of the kamikaze (suicide) type targeted the station.") == [("launched", 2)]
    assert values("Eleven UAVs of aircraft type were shot down.") == [("intercepted", 11)]


def test_an_item_with_its_own_outcome_verb_after_of_which() -> None:
    text = "The terrorists fired 5 rockets towards the building, of which 2 rockets hit the wall."
    assert values(text) == [("launched", 5), ("impacted", 2)]


def test_the_target_or_an_aside_before_what_was_fired() -> None:
    text = "The ELN launched against the installation at least 12 drones."
    assert [(f.kind, f.min) for f in facts(text)] == [("launched", 12)]
    assert values("The ELN launched at the base 12 drones.") == [("launched", 12)]
    text = "The militias targeted, at dawn today Thursday, with nine (9) drones the positions of the army."
    assert values(text) == [("launched", 9)]
    assert values("The militia targeted the district on 02.11 with three (3) rockets.") == [("launched", 3)]
    # (no clause in between: the figure is another verb's)
    text = "More than 30 drones were launched at the depot and that at least three of them struck tanks."
    assert [k for k, _ in values(text)] == ["launched", "impacted"]


def test_dealt_with() -> None:
    # Sudan's army: engaged, outcome untold, so a launch; by air defences: an interception
    assert values("The army said it dealt with 16 hostile drones overnight.") == [("launched", 16)]
    text = "One of the two drones was dealt with by the air defences."
    assert ("intercepted", 1) in values(text)
    assert values("Officials dealt with 16 complaints.") == []


def test_there_are_wounded() -> None:
    assert [(f.kind, f.value, f.qualifier) for f in facts("By preliminary data, there are wounded.")] == [
        ("injured", None, "vague")]
    assert [k for k, _ in values("There were dead and wounded.")] == ["killed", "injured"]
    assert values("There are wounded people in the hospital.") == []
    assert values("There are casualties.") == []


def test_hostages_and_someones_set() -> None:
    text = "The war began after about 1,200 people were killed and 251 taken hostage."
    assert values(text) == [("killed", 1200)]
    assert values("Three of the tanker's 24 crew members were treated for burns.") == [("injured", 3)]
    assert values("Two of the army's 12 drones were shot down.") == [("intercepted", 2), ("launched", 12)]


# --- shapes from the h61 round (feed items) -----------------------------------------------


def test_a_posts_tilde_and_a_note_in_brackets() -> None:
    assert [(f.kind, f.value, f.qualifier) for f in facts("Artillery fired ~15 shells at the village.")] == [
        ("launched", 15, "about")]
    text = "The strike killed 3 (corrected), one of them a worker, and wounded 2 passers-by."
    assert values(text)[0] == ("killed", 3)


def test_a_figure_written_twice_in_words() -> None:
    text = "Approx. 5 (five) drone-borne bombs were dropped, of which 3 (three) exploded inside the village."
    assert values(text) == [("launched", 5), ("impacted", 3)]
    assert values("2 (two) persons sustained injuries.") == [("injured", 2)]
    # (another figure in brackets is no second writing)
    assert values("Two (3) rockets fell.") == [("impacted", 2)]


def test_people_treated_for_anxiety_are_not_hurt() -> None:
    text = "Our teams treated 3 people who were lightly hurt on the way to shelter, and 6 people suffering from anxiety."
    assert values(text) == [("injured", 3)]


def test_a_kind_in_quotes_and_an_unknown_type() -> None:
    text = 'Air defences shot down 8 of 11 "strategic" drones launched at the city.'
    assert values(text) == [("intercepted", 8), ("launched", 11)]
    text = "The Master reported 3x projectiles (type unknown) splashing in the water off the bow."
    assert values(text) == [("impacted", 3)]
    assert values("Two missiles splashed down in the Red Sea.") == [("impacted", 2)]


def test_centcoms_acronyms_after_their_launch() -> None:
    text = ("The Houthis launched two ASBMs, one ASCM and three OWA UAS at the tanker. "
            "A destroyer engaged and destroyed the ASCM and three OWA UAS.")
    got = values(text)
    assert ("intercepted", 1) in got and ("intercepted", 3) in got


def test_victims_of_our_country_before_an_aside() -> None:
    text = "11 civilians of our country, among them 7 children and 2 women, were martyred."
    assert values(text)[0] == ("killed", 11)


# --- shapes from the h62 round (casualty figures; translated copy) ------------------------


def test_a_toll_named_group_by_group_with_no_figure_of_its_own() -> None:
    text = "According to the network, the dead were nine women, four children and three men, most of them traders."
    assert values(text) == [("killed", 9), ("killed", 4), ("killed", 3)]
    text = "The dead are four soldiers, two members of the Civilian Joint Task Force and five civilians, among them a mother."
    assert values(text) == [("killed", 4), ("killed", 2), ("killed", 5)]
    text = "The DPO said the injured — four policemen and three civilians — were being treated."
    assert values(text) == [("injured", 4), ("injured", 3)]
    # a subset, or people among the dead, or how some of the hurt are, is no toll by its parts
    assert values("He said the dead included a 72-year-old monk and two girls, aged 6 and 11.") == []
    text = "Three of the injured were in critical condition and rescuers searched for two missing workers."
    assert ("injured", 2) not in values(text)


def test_parts_of_the_wounded_by_trade() -> None:
    text = "Of the 11 wounded, seven are uniformed officers and four are civilians."
    assert values(text) == [("injured", 11), ("injured", 7), ("injured", 4)]


def test_where_the_wounded_were_taken_is_no_count() -> None:
    text = "Of the wounded, 25 were treated at Al-Ahli, 11 were transferred to the Patient Friends hospital."
    assert values(text) == []
    # (a part told with its own wounds stands)
    text = "Of the injured, four were taken to hospital with shrapnel wounds."
    assert values(text) == [("injured", 4)]


def test_tolls_told_the_ways_h62_told_them() -> None:
    assert values("The number of wounded also grew through the day, to 34.") == [("injured", 34)]
    assert values("The Red Crescent put the civilian toll at seven.") == [("killed", 7)]
    assert values("Eight displaced persons, five of whom are children, lost their lives.") == [("killed", 8)]
    assert values("The attack on the post cost the life of 11 soldiers.") == [("killed", 11)]
    text = "Three (3) members of the Defence and Security Forces (FDS) lost the life."
    assert single(text, "killed").object == "Defence and Security Forces (FDS)"
    assert values("Two members of the unit and three civilians were killed.") == [("killed", 2), ("killed", 3)]


def test_translated_launches() -> None:
    text = "The enemy used attack UAVs of the Shahed type in the amount of 12 pieces, launched from Crimea."
    assert [(f.kind, f.value, f.rule) for f in facts(text)] == [("launched", 12, "count.launch.in_the_amount")]
    assert values("The budget was in the amount of 12 million.") == []
    text = "The assailants opened the attack with the use of 6 (six) drones of the kamikaze type."
    assert [(f.kind, f.value, f.rule) for f in facts(text)] == [("launched", 6, "count.launch.attacked_with")]
    text = "The insurgents launched from the forest 8 (eight) mortar projectiles of 60 mm, of which 5 fell inside."
    assert values(text) == [("launched", 8), ("impacted", 5)]
    assert values("The criminals launched 4 (four) artisanal cylinder bombs from a hill.") == [("launched", 4)]


# --- shapes from the h63 round -------------------------------------------------------------


def test_a_toll_by_place_with_the_verb_left_out() -> None:
    text = ("The ministry said fourteen people were killed in the market, nine at the school, where families "
            "had been sheltering, seven in the Kariama neighbourhood and the rest near the mosque.")
    # (the rest of a toll with no total told is vague)
    assert values(text) == [("killed", 14), ("killed", 9), ("killed", 7), ("killed", None)]
    assert facts(text)[1].rule == "casualty.killed.gapped_item"
    text = '"We counted twenty-one impacts: twelve in Kalundu, six in Mulongwe and three in Kasenga."'
    assert values(text) == [("impacted", 21), ("impacted", 12), ("impacted", 6), ("impacted", 3)]
    # ("the other" is a munition's: no person is told that way)
    assert values("One man was killed in the yard and the other in the street.")[:1] == [("killed", 1)]


def test_h63_wordings() -> None:
    assert ("injured", 17) in values("Seventeen of them were classed as wounded, the rest treated for stress.")
    text = "The attack began at 2:30 a.m. with eleven drones loaded with explosives."
    assert values(text) == [("launched", 11)]
    assert ("launched", 1) not in values("Shells landed in the market between 9 and 10 a.m., followed by a drone.")
    text = "Troops shot down six drones, and the anti-drone system inhibited three."
    assert ("intercepted", 3) in values(text)
    assert values("Police said five quadcopters had been seen over the building.") == [("launched", 5)]
    assert values('Officials said "at least nine" drones had been counted.')[0][0] == "launched"
    assert values("Two men were counted among the dead.") != [("launched", 2)]


def test_one_of_a_toll_told_with_its_fate() -> None:
    assert values("She was one of 12 people wounded when mortar shells fell.") == [("injured", 12)]
    assert values("Two of the 12 people wounded were children.") == [("injured", 12)]
    assert values("One of its 19 crew was lightly injured.") == [("injured", 1)]


def test_a_toll_given_or_put_for_one_strike() -> None:
    assert values("A relative gave a toll of 16.") == [("killed", 16)]
    assert values("The ministry put the toll from the Bureij strike at seven.") == [("killed", 7)]
    assert values("The council gave a budget of 16 million.") == []


# --- shapes from the h64 round ------------------------------------------------------------


def test_the_injured_brought_to_a_figure() -> None:
    assert values("Three more arrived by noon, bringing the injured to 12.") == [("injured", 12)]
    assert values("Crews were bringing the wounded to hospital in 12 cars.") == []


def test_ages_between_a_victim_and_the_next_do_not_break_the_list() -> None:
    text = "Six students, aged between 8 and 13, and a teacher were killed on the spot."
    assert values(text) == [("killed", 6), ("killed", 1)]


def test_an_operation_carried_out_with_its_munitions() -> None:
    text = "The operation was carried out with a ballistic missile and four drones. The missile hit its target."
    assert values(text) == [("launched", 1), ("launched", 4), ("impacted", 1)]
    assert values("The strike was carried out by an Israeli drone.") == []


def test_a_list_of_munitions_named_before_their_figures() -> None:
    text = ("Sumy summary\n\nRussians used:\n▪️ 4 KABs (Krasnopillia community)\n▪️ FPV drones — 26x\n"
            "▪️ Shahed-type UAVs — 9\n▪️ artillery — 58 shells\n▪️ MLRS Grad — 2 salvos\n")
    assert values(text) == [("launched", 4), ("launched", 26), ("launched", 9), ("launched", 58)]
    # with no launch over the list, a named figure is no count
    assert values("Damage report\n\nThe mayor listed:\n- Homes — 14\n- Drones — 3 sightings\n") == []


def test_a_service_number_is_no_count_and_shahadat_in_the_present() -> None:
    assert values("Constable Muhammad Iqbal (No. 1187) embraced shahadat on the spot.") == [("killed", 1)]
    assert values("Two soldiers embrace shahadat in attack on post") == [("killed", 2)]
    assert values("Gunmen attacked Police Station No 2 with 14 drones.") == [("launched", 14)]


def test_a_live_entry_title_under_its_time_reads_as_a_headline() -> None:
    text = ("Live updates: rockets hit the Galilee\n\nThe updates from Thursday.\n\n11:05 am\n"
            "MDA: Woman, 71, moderately hurt by shrapnel in Shlomi\n\nMedics say the roads are closed.\n")
    # (the page's headline tells impacts with no figure: a vague one)
    assert values(text) == [("impacted", None), ("injured", 1)]
    # the same words in a paragraph of prose are not a headline's
    assert values("The updates from Thursday.\n\nThe roads were closed. Woman, 71, moderately hurt.\n") == []


# --- shapes from the h65 round ------------------------------------------------------------


def test_an_air_force_summary_by_type() -> None:
    text = ("Air force summary\n\nThe enemy attacked with 2 Iskander-M missiles and 126 strike UAVs.\n\n"
            "Shot down / suppressed: 101\n\n▪️ Iskander-M — 1 of 2\n\n▪️ UAV — 100 of 126\n\n"
            "Hits: missile — 1; UAV — 23, at 9 locations.\n")
    assert values(text) == [("launched", 2), ("launched", 126), ("intercepted", 101), ("intercepted", 1),
                            ("intercepted", 100), ("impacted", 1), ("impacted", 23)]
    # a tally of places by type is no count
    assert values("Damage summary\n\nHits: homes — 14; schools — 2.\n") == []


def test_a_figure_after_its_munition_in_a_sitrep() -> None:
    assert values("[02] 08:45 — shelling, 82mm mortar x4; no casualties reported.")[0] == ("launched", 4)
    assert values("13:05 | drone | grenades dropped x2 on a motorbike") == [("launched", 2)]
    assert values("Quadcopters were dropping mortar rounds (x3) on the station.") == [("launched", 3)]
    assert [f.qualifier for f in facts("14:05 — artillery, 122mm x6+; no casualties.") if f.kind == "launched"] == [
        "at_least"]
    assert values("Drone shot down x3 over the city.") == [("intercepted", 3)]
    # the article counted it already; a vehicle's wheels are no count
    assert values("Air defences shot down a Neptune-MD missile x1.") == [("intercepted", 1)]
    assert values("A 4x4 vehicle carried the crew.") == []
    assert values("Items recovered at the scene: unexploded M79 grenades x2, cartridge cases x61.") == []


def test_a_hospital_bulletin_with_its_parts_named_first() -> None:
    text = "a. Brought dead: 2 (police constables).\nb. Injured: 12 (police 7, civilians 5 incl. 2 children)."
    assert values(text) == [("killed", 2), ("injured", 12), ("injured", 7), ("injured", 5)]


def test_the_missing_after_a_toll_are_no_toll() -> None:
    text = "Crews have recovered 613 bodies from under the rubble, and 9,000 citizens remain missing."
    assert values(text) == [("killed", 613)]


def test_ages_in_words_are_no_count() -> None:
    text = "The fifth struck a house, injuring four people, including two children aged six and nine."
    assert values(text) == [("injured", 4), ("injured", 2)]
    text = "As a result, 19 people were killed: 17 students aged between 7 and 15 and two female teachers."
    assert values(text) == [("killed", 19), ("killed", 17), ("killed", 2)]


def test_the_first_of_which_hit() -> None:
    text = "The drone fired two missiles at the car, the first of which hit it directly, while the second landed nearby."
    assert values(text) == [("launched", 2), ("impacted", 1), ("impacted", 1)]


def test_a_long_appositive_or_one_with_ages_before_the_verb() -> None:
    text = ("A third person, a 34-year-old paramedic with the Hezbollah-affiliated Islamic Health Committee, "
            "died in a strike.")
    assert values(text) == [("killed", 1)]
    assert values("2 crew members, citizens of Egypt aged 34 and 47, were injured.") == [("injured", 2)]


def test_a_figure_that_fired_counted_munitions_is_of_those_who_fired() -> None:
    text = "The court found that the four, members of a cell, fired six Katyusha rockets from a truck."
    assert values(text) == [("launched", 6)]
    # a drone that dropped its shell hit with it
    assert ("impacted", 1) in values("Three drones approached; the third dropped a mortar shell on the post.")


# --- shapes from the h66 round ------------------------------------------------------------


def test_a_list_by_place_under_a_count_and_its_rest() -> None:
    text = ("MoD report\n\n🔹 Over the past night, from 23:00 on 18 December to 07:00 on 19 December, air defence "
            "means intercepted and destroyed 64 Ukrainian fixed-wing UAVs:\n\n▪️ 23 – over the Bryansk region,\n"
            "▪️ 17 – over the Kursk region,\n▪️ the rest – over the waters of the Sea of Azov.\n")
    assert values(text) == [("intercepted", 64), ("intercepted", 23), ("intercepted", 17), ("intercepted", 24)]
    # with no munition counted over the list, a figure by place is none of its
    assert values("Shelling report\n\nThe settlements shelled:\n\n▪️ 23 – in the Bryansk region,\n") == []


def test_an_alert_desks_abbreviations_and_a_clock_between_two_verbs() -> None:
    text = ("The IDF said 1 BM was launched from Yemen at about 03:10 and was intercepted outside Israel's "
            "borders; no impacts were identified.")
    assert values(text) == [("launched", 1), ("intercepted", 1), ("impacted", 0)]
    assert values("A tanker reported an attack by USV x2 and ASBM x1.") == [("launched", 2), ("launched", 1)]
    assert values("1 crew member (Filipino national, 44) KIA. 2 WIA.") == [("killed", 1), ("injured", 2)]


def test_how_badly_some_of_them_are_hurt_after_of_them_is_no_count() -> None:
    assert values("Bombs hit the camp, wounding 14 people; 3 of them are seriously injured.")[-1] == ("injured", 14)
    assert values("Bombs hit the camp; two of the soldiers were seriously wounded.")[-1] == ("injured", 2)


def test_a_toll_and_its_parts_as_translated_copy_gives_them() -> None:
    text = "In these bombardments 14 persons were martyred, of whom 9 are children, 3 women and 2 old men."
    assert values(text) == [("killed", 14), ("killed", 9), ("killed", 3), ("killed", 2)]
    text = '"Among those who lost their lives, 11 are women, 6 are children and 10 are men," he said.'
    assert values(text) == [("killed", 11), ("killed", 6), ("killed", 10)]
    assert values("The dead are 27, the ministry said.") == [("killed", 27)]
    assert values("The dead were a street vendor and his son.") != [("killed", 2), ("killed", 2)]
    assert values("As a result of the shelling perished 3 civilians.") == [("killed", 3)]
    assert values("Received wounds of varying severity 4 passengers of the bus.") == [("injured", 4)]
    assert values("A drone killed 2 children at the ages of 7 and 11.") == [("killed", 2)]


def test_what_a_drone_carried_is_the_set_and_duds_are_no_part_of_the_rest() -> None:
    text = ("The rebels launched 16 explosive artifacts from drones, of which 5 were neutralised, 3 did not "
            "detonate and the rest impacted in the area of the dormitories.")
    assert values(text) == [("launched", 16), ("intercepted", 5), ("impacted", 8)]


def test_a_share_of_drones_that_dropped_their_load_hit() -> None:
    text = "Attack at 19:40 with 4x armed UAVs. 3 of the 4 dropped munitions inside the FOB."
    assert values(text) == [("launched", 4), ("impacted", 3), ("launched", 4)]


def test_a_ticker_line_under_its_time_and_a_bystander_nearby() -> None:
    text = ("Ticker\n\n08:16 ▶ Injured now 6: 5 police officers and the girl\n\n"
            "07:41 ▶ Suárez: girl, 12, injured in a house next to the station\n")
    assert values(text) == [("injured", 6), ("injured", 5), ("injured", 1)]
    assert values("A third missile hit a motorcycle. A shepherd nearby suffered light injuries.") == [
        ("impacted", 1), ("injured", 1)]
    # an age in brackets after a name with an initial is no count
    assert ("killed", 27) not in values("The two men inside, our sons Hassan A. (34) and his cousin Ali A. (27), "
                                        "were martyred.")


# --- shapes from the h67 round ------------------------------------------------------------


def test_a_toll_whose_figure_was_told_gives_none_to_a_later_person() -> None:
    text = ("The death toll rose from 11 on Saturday to 17 by Sunday as more bodies were pulled from the rubble, "
            "a member of a local rescue team said.")
    assert values(text) == [("killed", 17)]
    assert values("Two died on Monday, bringing the number of those we lost to five.")[-1] == ("killed", 5)


def test_a_drone_that_fired_counted_missiles_is_their_carrier() -> None:
    text = "A drone fired two missiles at a car. An hour later, a second drone fired two missiles at a motorcycle."
    assert values(text) == [("launched", 2), ("launched", 2)]


def test_the_rest_of_several_kinds_of_one_family_and_of_a_toll_by_place() -> None:
    text = ("Russia launched 112 attack drones, four Iskander-M ballistic missiles, and two Kh-101 cruise missiles "
            "overnight. Air defense downed 89 drones and both cruise missiles, while one of the Iskander-Ms was shot "
            "down. The remaining missiles hit Kharkiv.")
    assert values(text)[-1] == ("impacted", 3)
    text = "Of the 14 dead, nine were killed in Gaza City and the north, and the rest in Khan Younis."
    assert values(text) == [("killed", 14), ("killed", 9), ("killed", 5)]


def test_a_bombs_weight_and_a_quote_opening_at_the_adverb() -> None:
    assert values("A Yak-130 jet dropped three 500lb bombs on the monastery compound.") == [("launched", 3)]
    assert values('The army said two soldiers had been "lightly wounded".') == [("injured", 2)]


def test_an_ordinal_in_figures_is_one_more_of_the_set() -> None:
    text = "Attack with 4x armed UAVs. 3 of the 4 dropped munitions inside the FOB; the 4th was brought down by troops."
    assert values(text)[-1] == ("intercepted", 1)
    assert values("Troops of the 4th Brigade were hit by shells.") == []


# --- shapes from the h68 round ------------------------------------------------------------


def test_a_tolls_parts_listed_under_it_and_tallies_with_emoji_bullets() -> None:
    text = ("Tally\n\nThe number of people killed by drone attacks since early 2026 has risen to 163, they are:\n"
            "- 29 civilians, including 4 children and 5 women.\n- 121 SDF members.\n- 13 members of the regime forces.\n")
    assert values(text) == [("killed", 163), ("killed", 29), ("killed", 121), ("killed", 13)]
    text = "Final figures:\n▪️ killed – 11 people, among them 2 children;\n▪️ injured – 34 people;\n"
    assert values(text)[:1] + values(text)[-1:] == [("killed", 11), ("injured", 34)]


def test_translated_and_sitrep_ways_to_say_no_one_or_some_were_hurt() -> None:
    assert sorted(values("The rockets fell without causing any human or material losses.")) == [("injured", 0), ("killed", 0)]
    assert values("Two soldiers died and six more were left wounded after the attack.") == [("killed", 2), ("injured", 6)]
    assert values("1 soldier WIA. 2 civilians (a woman aged 56 & her grandson, 12) injured. No KIA.") == [
        ("injured", 1), ("injured", 2), ("killed", 0)]
    assert values("Friendly side: 3 killed, 7 wounded, of whom 2 seriously.") == [("killed", 3), ("injured", 7)]


def test_drones_that_released_their_charges_hit_and_the_rest_of_an_at_least_total() -> None:
    text = "Five drones attacked the base. Troops brought down two of them, while the other three released their charges."
    assert values(text) == [("launched", 5), ("intercepted", 2), ("impacted", 3)]
    text = "At least six shells were fired. Four of them landed inside, while the others fell nearby."
    assert [(f.kind, f.min, f.qualifier) for f in facts(text)][-1] == ("impacted", 2, "at_least")


# --- shapes from the h69 round ------------------------------------------------------------


def test_translated_munition_counts_by_classifier_amount_and_word_order() -> None:
    text = "Russia launched 430 units of drones and 37 pieces of missiles. It shot down 389 units of drones."
    assert values(text) == [("launched", 430), ("launched", 37), ("intercepted", 389)]
    text = "In total the AFU used against the city UAV of aircraft type in the amount of 17 pieces and BEK in the amount of 4 pieces."
    assert values(text) == [("launched", 17), ("launched", 4)]
    assert values("In total, 11 drones kamikazes were launched against the camp, of which 9 were neutralised.") == [
        ("launched", 11), ("intercepted", 9)]
    assert values("Also destroyed were 3 unmanned boats (BEK) by small arms fire.") == [("intercepted", 3)]
    text = "Five rockets were fired: two were destroyed in the air, while fell two rockets inside the perimeter."
    assert values(text)[-1] == ("impacted", 2)
    assert values("The temperature fell 2 degrees.") == []
    assert values("The ship was the target of three anti-ship ballistic missiles.") == [("launched", 3)]
    assert values("Quadcopters dropped total 7 mortar shells on the station.") == [("launched", 7)]


def test_the_remaining_one_and_more_ways_to_tell_a_toll() -> None:
    text = "Five rockets were fired; two were shot down, two fell inside the base and the remaining rocket fell in an orchard."
    assert values(text)[-1] == ("impacted", 1)
    assert sorted(values("The command said no one was martyred or injured.")) == [("injured", 0), ("killed", 0)]
    assert values("His men had counted 17 corpses.") == [("killed", 17)]
    assert values("The ICRC delivered 400 body bags to the hospital.") == []


def test_an_age_set_off_at_the_end_of_a_sentence_is_no_count() -> None:
    assert values("A drone attacked a car in Rylsk, injuring a man, 44, and a woman, 39.") == [("injured", 2)]


# --- shapes missed before the h71 round ---------------------------------------------------


def test_the_rest_without_its_article_before_an_outcome() -> None:
    text = "Militants fired 12 rockets at the base. Four were intercepted, rest fell in open ground."
    assert values(text) == [("launched", 12), ("intercepted", 4), ("impacted", 8)]
    # the bare word is a remainder only with an outcome after it
    assert values("Crews took a rest after 12 rockets were fired.") == [("launched", 12)]
    assert values("Twelve rockets were fired; the rest of the day was calm.") == [("launched", 12)]


def test_a_partitive_of_the_other_ones() -> None:
    text = "A soldier was killed in the blast. Both of the other soldiers were wounded."
    assert values(text) == [("killed", 1), ("injured", 2)]
    assert values("Two of the other drones crashed in a field.") == [("impacted", 2)]


def test_police_copy_without_the_article_before_its_injured() -> None:
    assert values("Injured are 2 persons, the police said.") == [("injured", 2)]
    assert values("Injured soldiers are 2 km from the post.") == []


# --- shapes from the h71 round ------------------------------------------------------------


def test_a_participle_with_a_time_after_it_still_tells_the_launch() -> None:
    text = "The car was hit by two missiles fired roughly 40 seconds apart."
    assert sorted(values(text)) == [("impacted", 2), ("launched", 2)]
    text = "Five rockets were fired at the base. A drone launched about 20 minutes later was shot down."
    assert values(text) == [("launched", 5), ("launched", 1), ("intercepted", 1)]
    # missiles told apart in the next sentence hit one by one, not all at once
    text = "The truck was hit by two missiles fired from the drone. The first missile hit the cab. The second landed in a field."
    assert ("impacted", 2) not in values(text)


def test_a_toll_update_whose_count_names_the_attack_at_length() -> None:
    text = ("The number of people killed in an attack by Allied Democratic Forces (ADF) rebels on the farming village "
            "of Ntoma, north of Oicha in North Kivu province, late on Thursday has risen to 23, volunteers said.")
    assert values(text) == [("killed", 23)]


def test_all_of_a_type_in_a_list_of_results() -> None:
    text = ("Air defence shot down 129 air targets:\n✅ 2 Iskander-M ballistic missiles;\n"
            "✅ all 4 Kh-101 cruise missiles;\n✅ 123 enemy UAVs of various types.\n")
    assert values(text) == [("intercepted", 129), ("intercepted", 2), ("intercepted", 4), ("intercepted", 123)]


def test_without_any_losses_is_no_dead_and_zero_of_either_in_a_key_figures_box() -> None:
    assert values("Air defences shot down eight drones over the city without any losses.") == [
        ("intercepted", 8), ("killed", 0)]
    assert sorted(values("• 0 humanitarian workers killed or injured")) == [("injured", 0), ("killed", 0)]
    assert values("• 12 people killed or injured") == []  # (one figure for both fates: neither)


def test_a_victim_named_with_where_they_work() -> None:
    assert values("It said a Syrian guard employed at the site was also wounded.") == [("injured", 1)]
    assert values("Two soldiers stationed at the base were killed.") == [("killed", 2)]
    assert values("Some 2,500 US troops stationed in Iraq were on alert.") == []


def test_the_family_of_its_members_is_no_count() -> None:
    assert values("Nine members of one family were killed.") == [("killed", 9)]


def test_more_drones_launched_after_one_told_before() -> None:
    text = "Rebels fired two missiles and a drone at the ship. A destroyer shot down three more drones launched by the Houthis."
    assert values(text) == [("launched", 2), ("launched", 1), ("intercepted", 3), ("launched", 3)]


def test_the_other_crew_unharmed_is_no_zero_and_a_quoted_injury() -> None:
    assert values("The other 21 crew members were unharmed.") == []
    assert values("The crew members were unharmed.") == [("injured", 0)]
    assert values('A crew member had suffered "non-life-threatening injuries," it said.') == [("injured", 1)]


def test_only_before_a_partitive_and_a_dud_among_the_bombs() -> None:
    text = ("Russia launched seven Iskander-M ballistic missiles. The Air Force managed to intercept only two of the "
            "ballistic missiles, while the rest struck targets in Kharkiv.")
    assert values(text) == [("launched", 7), ("intercepted", 2), ("impacted", 5)]
    assert values("Aircraft dropped three guided bombs on the outskirts, one of which did not explode.") == [
        ("launched", 3)]


def test_the_drone_whose_fate_was_told_is_the_one() -> None:
    text = "A Ukrainian drone hit a minibus. The first-person-view (FPV) drone hit the vehicle on a road."
    assert values(text) == [("impacted", 1), ("impacted", 1)]
    # two drones told before: "the drone" is not known to be one of them
    assert values("Two drones hit a minibus. The drone hit the vehicle on a road.") == [("impacted", 2)]


def test_both_as_an_appositive_names_who_the_figure_before_is() -> None:
    assert values("Two of the wounded, both women, were in a serious condition, he wrote.") == []
    assert values("Two drones were launched, both were shot down.") == [("launched", 2), ("intercepted", 2)]
    assert ("intercepted", 2) in values("The ship was targeted with two drones, both intercepted, without victims.")
    # who the two were, to the end of the sentence or with where they came from
    text = "A drone struck a car on Tuesday, killing its driver and a passenger, both residents of the town."
    assert values(text) == [("impacted", 1), ("killed", 2)]
    assert values("A shell killed a farmer and his son, both civilians.") == [("killed", 2)]


def test_a_headlines_list_after_its_intercepted_munition() -> None:
    text = "Saudi air defenses intercept Houthi missile, 4 drones fired at Jazan; 3 hurt by debris"
    assert values(text) == [("intercepted", 1), ("intercepted", 4), ("injured", 3)]


def test_a_numbered_unit_is_a_name() -> None:
    text = 'The spokesman said troops of Sector 3 "successfully repelled" the attack and "neutralised" 23 terrorists.'
    assert values(text) == [("killed", 23)]
    assert values("3 rockets hit Terminal 1.") == [("impacted", 3)]


def test_one_who_was_among_the_injured_is_told_already() -> None:
    text = "The dead were the wife and daughter of a local shopkeeper, who was among the injured."
    assert ("injured", 1) not in values(text)


# --- shapes from the h72 round ------------------------------------------------------------


def test_the_rest_of_a_set_told_in_pieces_two_paragraphs_on() -> None:
    text = ("Russia attacked overnight with 93 drones and four ballistic missiles.\n\n"
            "Two port workers were killed when a missile struck a terminal. Nine other people were wounded. "
            "He wrote on Telegram.\n\n"
            "Air defences shot down 71 of the drones. Of the remainder, 16 were \"locationally lost\", "
            "and the rest hit targets in the region.\n")
    assert ("impacted", 6) in values(text)
    # a launch further back with no part of it told between is no set for "the rest"
    text = ("Russia attacked with 93 drones. One. Two. Three. Four. Five. The rest hit targets in the region.")
    assert ("impacted", 93) not in values(text) and ("impacted", 88) not in values(text)


def test_tolls_revised_down_and_lowered() -> None:
    assert values("El Obeid market strike: toll revised down to 19 after bodies counted twice") == [("killed", 19)]
    assert values("The number of injured was also lowered, from 74 to 58, for the same reason.") == [("injured", 58)]
    assert values("The death toll was revised to 12 on Monday.") == [("killed", 12)]


def test_a_headlines_rockets_slam_into_a_town() -> None:
    assert values("Three Hezbollah rockets slam into Safed; MDA treats four wounded") == [
        ("impacted", 3), ("injured", 4)]


def test_kin_among_the_dead_are_one_family_summed() -> None:
    assert values("Among the dead were a mother and her two daughters, aged 7 and 10.") == [("killed", 3)]
    assert values("Among the wounded were two children and a woman.") == [("injured", 2), ("injured", 1)]


def test_those_involved_and_a_floor_toll_whose_part_was_hospitalised() -> None:
    assert values('Security forces said all eight "khawarij" involved were killed.') == [("killed", 8)]
    assert values("At least 19 people were injured, nine of whom were hospitalized.") == [("injured", None)]


def test_a_list_by_place_whose_total_names_its_night() -> None:
    text = ("Its air defences destroyed 118 Ukrainian drones overnight: 47 over the Volgograd region, "
            "31 over the Rostov region, 16 over the Voronezh region and the rest over the Black Sea.")
    assert values(text)[-1] == ("intercepted", 24)


def test_falling_short_and_landing_somewhere_is_an_impact() -> None:
    text = "Officials said nine mortar rounds had been fired, two of which fell short and exploded in an empty field."
    assert values(text) == [("launched", 9), ("impacted", 2)]
    assert values("Three rockets were fired. All three fell short, landing in farmland.")[-1] == ("impacted", 3)
    assert values("A missile launched from Yemen fell short.") == [("launched", 1)]


def test_the_next_part_of_a_toll_after_and() -> None:
    assert values("Seven of the dead were soldiers and two were police officers.") == [("killed", 7), ("killed", 2)]


def test_an_attempt_to_intercept_is_no_interception() -> None:
    text = 'A missile was fired. "Several attempts were made to intercept the missile," the army said.'
    assert values(text) == [("launched", 1)]
    assert values("A missile was fired. The army said it had intercepted the missile.") == [
        ("launched", 1), ("intercepted", 1)]


def test_recorded_with_an_object_is_no_launch() -> None:
    assert values("Ten drones hit the city. The dead went to two hospitals, and both recorded them.") == [("impacted", 10)]
    assert values("Twelve drone launches were recorded over the region.") == [("launched", 12)]


def test_a_participle_launch_restating_the_figure_told_before() -> None:
    text = ("Drones and a rocket targeted the garrison. The third drone exploded, and a single rocket fired from "
            "the same direction fell short, landing in the desert.")
    assert [f.rule for f in facts(text) if f.kind == "launched" and f.value == 1][-1] == "count.launch.participle"


# --- shapes from the h73 round ------------------------------------------------------------


def test_a_count_of_volleys_leaves_the_rockets_vague() -> None:
    f = single("Hezbollah fired two volleys of rockets at Safed.", "launched")
    assert (f.value, f.min, f.qualifier, f.object) == (None, None, "vague", "rocket")
    assert values("The army carried out three waves of strikes on the town.") == []


def test_a_live_pages_item_drops_its_article() -> None:
    text = "Live updates\n\n09:40 GMT\n\n- 63-year-old woman killed in Liski\n- Man wounded in Kherson\n"
    assert values(text) == [("killed", 1), ("injured", 1)]
    assert values("🔹 Stepnohirsk: a drone dropped explosives on a car, the driver (44) was wounded.")[-1] == ("injured", 1)


def test_a_revised_toll_and_groups_and_bodies_that_are_no_count() -> None:
    assert values("The hospital revised its toll to 17 on Friday.") == [("killed", 17)]
    assert values("Last September, 11 members of a community guard were killed in an air strike.") == [("killed", 11)]
    assert values("Separately, the bodies of two Israeli hostages were handed over on Friday.") == []


def test_a_vague_barrage_leaves_a_later_participle_its_launch() -> None:
    text = ("The Houthis fired a barrage of missiles at a tanker. Separately, the military said a missile launched "
            "from Yemen toward southern Israel had been intercepted.")
    assert values(text) == [("launched", None), ("launched", 1), ("intercepted", 1)]


# --- older misses mended after the h73 round ----------------------------------------------


def test_a_headlines_toll_without_its_article_and_some_named_munitions() -> None:
    assert values("Gaza strike: ministry gives toll of nine") == [("killed", 9)]
    f = single("Some rockets fell in the village, residents said.", "impacted")
    assert (f.value, f.qualifier, f.object) == (None, "vague", "rocket")
    assert values("Some residents fled.") == []


def test_an_article_item_shares_the_participle_after_its_list() -> None:
    text = ("The strikes were a response to a ballistic missile and two drones launched from Yemen. "
            "The missile was intercepted, and both drones fell in open areas.")
    assert values(text) == [("launched", 1), ("launched", 2), ("intercepted", 1), ("impacted", 2)]


def test_a_passive_launch_and_its_fate_in_one_breath() -> None:
    text = "The IDF said a ballistic missile had been launched from Yemen at about 9:40 p.m. and was intercepted."
    assert values(text) == [("launched", 1), ("intercepted", 1)]
    assert values("Five rockets were fired at the base and landed in open areas.") == [("launched", 5), ("impacted", 5)]
    assert values("Five rockets were fired and two were intercepted.") == [("launched", 5), ("intercepted", 2)]


def test_the_rest_after_parts_of_two_munitions_told_together() -> None:
    text = ("Russia launched 118 drones and eleven missiles, seven of them cruise missiles. Air defence shot down "
            "93 of the drones and nine of the missiles, while a further 14 drones were \"locationally lost\". "
            "The rest struck targets in three regions.")
    assert values(text)[-1] == ("impacted", 13)
    # the rest's own sentence names its set: the missiles' rest only
    text = ("Russia launched 40 drones and seven ballistic missiles. Air defence shot down 30 of the drones. "
            "It intercepted only two of the ballistic missiles, while the rest struck targets in Kharkiv.")
    assert values(text)[-1] == ("impacted", 5)


# --- shapes from the h74 round ------------------------------------------------------------


def test_a_toll_that_rises_in_hospital_is_of_the_dead() -> None:
    assert values("Gunmen opened fire on convoy after roadside blast; death toll rises to seven in hospital") == [
        ("killed", 7)]
    assert values("Headline here\n\nThe attack left 12 dead and seven in hospital.") == [("killed", 12), ("injured", 7)]


def test_a_headlines_supreme_sacrifice() -> None:
    assert values("Woman, minor son killed as shells hit villages along LoC; soldier makes supreme sacrifice") == [
        ("killed", 2), ("impacted", None), ("killed", 1)]


def test_parts_of_a_targets_count_after_its_colon_or_dash() -> None:
    assert values("Air defence shot down or suppressed 598 targets: 567 drones and 31 missiles.") == [
        ("intercepted", 598), ("intercepted", 567), ("intercepted", 31)]
    assert values("As of 9 a.m., air defense had downed 412 targets – 386 drones and 26 missiles.")[1:] == [
        ("intercepted", 386), ("intercepted", 26)]
    # a count of targets after a list names its own set
    assert values("Night of 5 January: 9 missiles and 138 drones, 121 targets downed or suppressed\n\nBody.\n")[0] == (
        "launched", 138)


def test_a_headlines_list_shares_its_last_items_participle() -> None:
    text = "Ukraine war live: 653 drones, 51 missiles fired at Ukraine overnight; nine killed in Kyiv\n\nThe body.\n"
    assert values(text) == [("launched", 653), ("launched", 51), ("killed", 9)]


def test_a_numbered_unit_between_a_victim_and_the_verb() -> None:
    assert values("A jawan of the 8 Rajputana Rifles was killed in Kupwara.") == [("killed", 1)]
    assert values("Militants fired 8 Grad rockets at the post.") == [("launched", 8)]


def test_stopped_a_hyphenated_type_slams_near_and_collapsed_and_died() -> None:
    assert values("Israel's defences stopped 84 of 96 ballistic missiles.") == [("intercepted", 84), ("launched", 96)]
    text = "Of the 48 missiles, 30 were Kh-101 cruise missiles and 10 were Kalibr sea-launched cruise missiles."
    assert values(text) == [("launched", 48), ("launched", 30), ("launched", 10)]
    assert values("Houthi missile slams near Ben Gurion airport, flights halted") == [("impacted", 1)]
    assert values("A 71-year-old man collapsed and died of a heart attack while running to a shelter.") == [("killed", 1)]
    # (without "died" after it, "collapsed and" opens no verb: no death, and no injury read off it)
    assert values("A man in his 80s collapsed and was taken to hospital.") == []


def test_the_rest_of_a_total_downed_with_no_launch_told() -> None:
    text = ("The ministry said its air defences destroyed 337 drones overnight. It said 126 were downed over the Kursk "
            "region, 91 over the Moscow region, 48 over Bryansk and 31 over Oryol, with the rest brought down over "
            "the Tula region.")
    assert values(text)[-1] == ("intercepted", 41)


def test_a_days_toll() -> None:
    assert values("That brings Monday's toll to six.") == [("killed", 6)]


# --- shapes from the h75 round ------------------------------------------------------------


def test_the_rest_of_a_total_downed_after_a_list_in_the_sentence_before() -> None:
    text = ("The ministry said air defences had destroyed 87 drones overnight, including 41 over the Belgorod region, "
            "22 over the Kursk region and 15 over the Bryansk region. The rest were downed over the Voronezh region.")
    assert values(text)[-1] == ("intercepted", 9)
    # a total's parts named "each" are no parts the sum can count
    text = ("The ministry said 30 drones were destroyed. 12 were destroyed over Bryansk, four each over Smolensk "
            "and Tula, and the rest were brought down over the sea.")
    assert values(text)[-1] == ("intercepted", None)  # (vague, not 30 - 12 - 4 = 14 or 18)


def test_a_translated_list_by_place_with_dashes() -> None:
    text = ("Air defence destroyed 64 drones, of them: 27 — over the territory of the Bryansk region, "
            "15 — over the territory of the Kursk region, 4 — over the waters of the Sea of Azov.")
    assert values(text) == [("intercepted", 64), ("intercepted", 27), ("intercepted", 15), ("intercepted", 4)]


def test_missiles_destroyed_on_launchers_and_a_zero_that_caused_nothing() -> None:
    text = "American forces shot down three drones and destroyed two anti-ship missiles on mobile launchers."
    assert values(text) == [("intercepted", 3)]
    text = "Two more quadcopters approached the station. Both were shot down, and neither caused any damage."
    assert values(text) == [("launched", 2), ("intercepted", 2)]


def test_translated_idioms_of_martyrdom_and_a_peasant() -> None:
    assert values("Two police officers reached the lofty rank of martyrdom.") == [("killed", 2)]
    assert values("2 police personnel drank the cup of martyrdom.") == [("killed", 2)]
    assert values("Three of the drones reached the station and hit two transformers.")[0] == ("impacted", 3)
    assert values("A 56-year-old peasant was wounded by shrapnel.") == [("injured", 1)]


# --- shapes from the h76 round ------------------------------------------------------------


def test_a_headlines_bare_plural_that_hit_is_a_vague_impact() -> None:
    f = single("Rockets hit Tripoli airport, flights suspended", "impacted")
    assert (f.value, f.qualifier, f.object) == (None, "vague", "rocket")
    assert values("Rocket launchers hit by air strikes") == []


def test_a_headlines_toll_down_to_and_a_toll_that_includes_its_attackers() -> None:
    assert values("Mogadishu hotel attack: toll down to 12 after double count") == [("killed", 12)]
    assert values("The toll rose as troops shot down 3 drones.") == [("intercepted", 3)]
    assert values("Nineteen people were killed. The toll includes the five attackers.") == [("killed", 19), ("killed", 5)]


def test_a_drone_that_set_fire_to_something_hit_it() -> None:
    text = "Seventeen drones attacked the dam. Two were shot down and a third set fire to an oil storage tank."
    assert values(text) == [("launched", 17), ("intercepted", 2), ("impacted", 1)]
    assert values("Protesters set fire to 3 cars.") == []


# --- shapes from the h77 round ------------------------------------------------------------


def test_a_shops_people_are_victims_one_by_one() -> None:
    assert values("A shell struck a tea shop, killing the owner and a customer.") == [("impacted", 1), ("killed", 1), ("killed", 1)]
    assert values("A grenade wounded a cashier and a bystander.") == [("injured", 1), ("injured", 1)]
    assert values("The customer and a visitor filed a complaint.") == []


def test_all_of_which_hangs_on_the_set_just_before_it() -> None:
    text = "Iran fired about 85 missiles at Israel, plus about 40 drones, all of which were intercepted."
    f = single(text, "intercepted")
    assert (f.value, f.qualifier, f.object) == (40, "about", "drone")
    text = "The rebels sent six drones, all but one of which were neutralised."
    assert values(text) == [("launched", 6), ("intercepted", 5)]
    # a set with no figure gives none, and a place before the comma leaves the launch's
    assert values("Iran fired 85 missiles, plus drones, all of which were intercepted.") == [("launched", 85)]
    assert values("Hamas fired 20 rockets at Sderot, all of which were intercepted.") == [
        ("launched", 20), ("intercepted", 20)]


def test_a_figure_moved_takes_the_kind_told_in_the_sentence_before() -> None:
    first, moved = of_kind("Officials reported four dead. By midday the figure stood at nine, as rescuers dug.", "killed")
    assert first.value == 4
    assert (moved.value, moved.rule, moved.text) == (9, "casualty.killed.moved", "the figure stood at nine")
    assert values("Ten people were hurt. The number later rose to 14.") == [("injured", 10), ("injured", 14)]
    # two kinds before leave it unread, as a share, a price or a count of something else
    assert values("Four were killed and 10 injured. The figure later rose to 14.") == [("killed", 4), ("injured", 10)]
    assert values("Four were killed. The figure later rose to 14 percent.") == [("killed", 4)]
    assert values("Four were killed. The price of bread rose to 14 pounds.") == [("killed", 4)]
    assert values("The figure stood at nine.") == []
    # ("bringing the total to six" after the hurt told in the same sentence)
    assert values("Three more were hurt, bringing the total to six.") == [("injured", 3), ("injured", 6)]
    assert values("Fuel stocks fell, bringing the total to six days.") == []


def test_the_first_of_a_set_told_with_an_aside() -> None:
    text = "Two missiles were fired. The first, launched at around 6:20 p.m., was intercepted. The second fell short."
    f = single(text, "intercepted")
    assert (f.value, f.rule) == (1, "count.first.intercepted")
    text = "Two missiles were fired. The first, he said, was intercepted. The second fell."
    assert values(text) == [("launched", 2), ("intercepted", 1), ("impacted", 1)]
    # (a first that stopped something did the stopping)
    text = 'Israel fired two missiles at the car. "The first missile stopped it, the second burned it," he said.'
    assert "intercepted" not in [f.kind for f in facts(text)]
    # ("first" alone, with no second told, is an order, not a part)
    assert values("Two missiles were fired. The first, launched at dusk, was intercepted.") == [("launched", 2)]


def test_a_quoted_target_does_not_break_a_list_of_launches() -> None:
    text = 'The group said it fired a "Zulfiqar" missile at "the Haifa refinery" and four drones at Eilat.'
    assert values(text) == [("launched", 1), ("launched", 4)]
    # (a quote that closes a speaker's words before the figure still ends the list)
    assert values('"We fired a missile at the port," he said, and four hours later it was quiet.') == [("launched", 1)]


def headline_spans(title: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind, f.value, f.text) for f in facts(f"{title}\n\nThe report follows.\n")]


def test_a_headlines_one_victim_with_a_place_a_crew_or_an_age() -> None:
    assert headline_spans("Tuapse refinery worker dies") == [("killed", 1, "Tuapse refinery worker dies")]
    assert headline_spans("Crew member dies after Houthi strike") == [("killed", 1, "Crew member dies")]
    assert headline_spans("71-year-old killed in his apartment") == [("killed", 1, "71-year-old killed")]
    # (who says so is no part of the victim)
    assert headline_spans("Army says soldier killed") == [("killed", 1, "soldier killed")]
    assert headline_spans("Tuapse refinery reopens") == []


def test_a_headlines_munition_after_who_says_so() -> None:
    assert headline_spans("Houthis claim hit on Ben Gurion; Israel says missile intercepted") == [
        ("intercepted", 1, "missile intercepted")]
    assert headline_spans("Israel says it will respond") == []


def test_a_relative_clause_with_no_that_tells_the_launch() -> None:
    text = "The Houthis said a ballistic missile they fired at Israel late Wednesday had hit the airport."
    assert values(text) == [("launched", 1), ("impacted", 1)]
    text = "The army said two missiles the Houthis launched at Eilat were intercepted."
    assert [(f.kind, f.value, f.rule) for f in facts(text)] == [
        ("launched", 2, "count.launch.participle"), ("intercepted", 2, "count.intercept.passive")]
    assert values("The missiles Russia fired at Kyiv last winter were mostly Kh-101s.") == []


def test_a_person_named_with_an_age_is_one_killed() -> None:
    f = single("A rocket hit a block, killing Avraham Dahan, 71, who lived alone.", "killed")
    assert (f.value, f.rule, f.text) == (1, "casualty.killed.named", "killing Avraham Dahan")
    assert values("Shelling killed Ahmed, 12.") == []  # (one name alone may be a place's)


def test_missed_and_then_came_down_is_an_impact() -> None:
    text = "The Houthis fired three missiles at the ship. Two of the missiles missed and fell into the sea."
    assert values(text) == [("launched", 3), ("impacted", 2)]
    assert values("Three missiles were fired. Two missed.") == [("launched", 3)]


def test_the_boat_after_a_drone_boat_was_sent_is_that_drone() -> None:
    text = "The rebels sent one uncrewed surface vessel toward the ship. The explosive-laden boat was destroyed."
    assert values(text) == [("launched", 1), ("intercepted", 1)]
    assert values("The rebels sent one drone toward the ship. The boat was destroyed by fire.") == [("launched", 1)]


def test_no_mp_was_hurt_is_a_zero() -> None:
    assert values("No MP was hurt.") == [("injured", 0)]
    assert values("No lawmakers were injured, the speaker said.") == [("injured", 0)]
    assert values("No MPs voted against the bill.") == []


def test_drones_that_dropped_a_total_counted_only_carried_it() -> None:
    text = "Five quadcopters flew over the school. Three of them dropped a total of seven mortar shells."
    assert values(text) == [("launched", 5), ("launched", 7)]
    text = "Five quadcopters flew over the school. Two of them dropped bombs in the compound."
    assert values(text) == [("launched", 5), ("impacted", 2)]


def test_the_first_of_a_set_with_more_told_after_it() -> None:
    text = "The army fired two bombs. The first bomb hit the tent, and then two more fell on the tents beside it."
    assert [(f.kind, f.value, f.rule) for f in facts(text)][:2] == [
        ("launched", 2, "count.launch.object"), ("impacted", 1, "count.first.impacted")]
    # (a first that names its bomb needs no munition named in the sentences just before)
    text = ("The army fired two munitions at the camp. The probe is closed. Families disputed it. "
            '"There were three blasts," a witness said. "The first bomb hit the tent, and then two more fell."')
    assert ("impacted", 1, "count.first.impacted") in [(f.kind, f.value, f.rule) for f in facts(text)]
    assert values("The army fired two bombs. The first bomb hit the tent at noon.") == [("launched", 2)]


def test_a_speaker_among_a_group_is_no_part_of_it() -> None:
    text = '"We lost nine men, and more than 20 were wounded," one of the officers said.'
    assert [f.kind for f in facts(text)] == ["killed", "injured"]
    assert values("Ten people were hurt. Two of the wounded later died.") == [("injured", 10), ("killed", 2)]


def test_one_of_a_set_who_died() -> None:
    assert values("The girl was one of the two patients who died on Saturday.") == []
    f = single("She was one of 12 people who were wounded when the shell hit.", "injured")
    assert (f.value, f.rule) == (12, "casualty.injured.set_of_part")
    assert values("One of the 19 crew was lightly injured.") == [("injured", 1)]


def test_a_part_out_of_a_whole_launched() -> None:
    text = "Air defences destroyed 11 drones out of 14 launched at Atbara, and three struck the plant."
    assert sorted(values(text)) == [("impacted", 3), ("intercepted", 11), ("launched", 14)]
    f = single("Eleven drones out of 14 launched were downed.", "intercepted")
    assert (f.value, f.rule) == (11, "count.intercept.out_of")
    assert values("The drones flew out of range.") == []
    assert values("Two out of three residents left the town.") == []


def test_an_abbreviation_in_the_target_before_with() -> None:
    text = "Militias attacked U.S. and Coalition forces at Conoco, Syria, with three one-way attack drones."
    f = single(text, "launched")
    assert (f.value, f.rule) == (3, "count.launch.attacked_with")
    assert values("The U.S. envoy met officials. He left with three aides.") == []


def test_failing_to_stop_any_of_them_is_none_intercepted() -> None:
    text = "Russia fired 126 drones and four missiles, with air defences failing to stop any of the missiles."
    f = single(text, "intercepted")
    assert (f.value, f.object, f.rule) == (0, "missile", "count.intercept.none_stopped")
    assert values("Russia fired four missiles. Air defences failed to intercept any of them.") == [
        ("launched", 4), ("intercepted", 0)]
    assert values("Police failed to stop any of the protesters.") == []


def test_a_headline_reports_a_wounded_man() -> None:
    assert headline_spans("Moscow says drones destroyed; Belgorod governor reports wounded man") == [
        ("injured", 1, "wounded man")]
    assert headline_spans("Governor reports wounded men") == []


def test_a_budget_headline_that_tells_an_airstrike_too_keeps_its_counts() -> None:
    doc = parse("Parliament passes record defence budget as airstrike kills 17 in Pauk\n\n"
                "The bill passed by 498 votes to 31. On Saturday a military aircraft dropped four bombs on a village.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("killed", 17), ("launched", 4)]
    doc = parse("Parliament passes record defence budget\n\nThe bill funds 4 new drones and 17 jets.\n")
    assert counts.find(doc) == []


def test_a_wires_headline_bare_plural_that_hit_after_a_tag_or_in_capitals() -> None:
    assert headline_spans("URGENT: Rockets hit near Baghdad airport") == [("impacted", None, "Rockets hit")]
    assert headline_spans("FLASH - SOMALIA: MORTAR SHELLS HIT BAIDOA AIRPORT") == [
        ("impacted", None, "MORTAR SHELLS HIT")]
    assert headline_spans("Rocket launchers hit by air strikes near the border") == []
    assert headline_spans("(LEAD) S. Korean sailor injured in Red Sea") == [("injured", 1, "Korean sailor injured")]


def test_the_drone_boat_after_one_was_sent_and_a_headlines_after_and_cross() -> None:
    assert values("Houthis sent one drone boat. The drone boat was disabled by gunfire.") == [
        ("launched", 1), ("intercepted", 1)]
    assert headline_spans("Red Sea war premiums double after missile hits bulker") == [
        ("impacted", 1, "missile hits")]
    assert headline_spans("Nahariya rally postponed after three drones cross from Lebanon") == [
        ("launched", 3, "three drones cross")]
    assert headline_spans("Refugees cross into Chad after clashes") == []


# --- shapes from the h79 round ------------------------------------------------------------


def test_no_casualty_in_the_singular_and_a_son_told_by_his_age() -> None:
    assert values("No casualty was reported on the side of the security forces.") == [("killed", 0), ("injured", 0)]
    assert values("No casualty figures were given.") == []
    f = single("The blast killed a ranger and wounded his 19-year-old son.", "injured")
    assert (f.value, f.object) == (1, "son")


def test_a_toll_of_the_injured_told_by_its_noun() -> None:
    found = facts("Two were hurt at first. By evening the toll had risen to three injured people.")
    assert [(g.kind, g.value, g.rule) for g in found][1:] == [("injured", 3, "casualty.injured.toll")]
    assert values("The death toll rose to five dead civilians.") == [("killed", 5)]


def test_victims_in_translated_idiom() -> None:
    assert values("Two agents of the Haitian National Police (PNH) lost their lives.") == [("killed", 2)]
    assert values("Two agents were arrested.") == []
    assert values("The attack left two elements of the Mexican Army and a woman wounded.") == [
        ("injured", 2), ("injured", 1)]
    assert values("The elements of surprise were three.") == []
    f = single("Jihadists killed at least 20 VDP.", "killed")
    assert (f.min, f.qualifier) == (20, "at_least")
    assert values("The army said 7 soldiers fallen on the field of honour.") == [("killed", 7)]
    assert values("Two rockets had fallen on the town.") == [("impacted", 2)]


def test_an_aside_with_a_clock_time_and_a_relative_with_its_speaker() -> None:
    text = "Hezbollah fired 30 rockets. The army said most of the rockets, launched at around 2:40 p.m., were intercepted."
    f = single(text, "intercepted")
    assert (f.value, f.qualifier) == (None, "vague")
    text = "The Houthis fired a missile at Eilat, which the army said was intercepted."
    assert values(text) == [("launched", 1), ("intercepted", 1)]


def test_a_tractor_that_struck_a_mine_in_a_clearance_report_is_no_attack() -> None:
    doc = parse("Agency: 61,000 hectares cleared in 2026, nine killed in mine blasts\n\n"
                "In the latest incident a tractor struck an anti-tank mine, seriously injuring its 46-year-old driver.\n")
    assert counts.find(doc) == []
    doc = parse("Agency: 61,000 hectares cleared in 2026\n\nDrones struck the depot, injuring its 46-year-old guard.\n")
    assert [(f.kind, f.value) for f in counts.find(doc)] == [("impacted", None), ("injured", 1)]


def test_devices_told_as_dropped_are_a_drones_bombs() -> None:
    f = single("Police said 14 explosive devices were dropped during the attack.", "launched")
    assert (f.value, f.object, f.rule) == (14, "bomb", "count.launch.dropped_devices")
    f = single("The drones dropped at least six explosive devices on the town.", "launched")
    assert (f.min, f.qualifier) == (6, "at_least")
    assert values("Police defused two explosive devices.") == []
    assert values("Two devices were dropped off at the station.") == []
    assert values("Prosecutors dropped three charges against him.") == []


def test_a_part_after_including_with_its_own_fate_in_a_relative() -> None:
    text = "Hezbollah fired 30 rockets, including at least five that the army said had landed inside the city."
    f = single(text, "impacted")
    assert (f.min, f.qualifier, f.object) == (5, "at_least", "rocket")
    assert values("Hezbollah fired 30 rockets, including five that were intercepted.") == [
        ("launched", 30), ("intercepted", 5)]
    # (a part told by what it carried is still a part of the launch)
    assert values("Hezbollah fired 30 rockets, including five that carried cluster warheads.") == [
        ("launched", 30), ("launched", 5)]


# --- shapes from the h80 round ------------------------------------------------------------


def test_an_attendant_and_a_set_of_generators_and_inbound_flights() -> None:
    assert values("Drones struck a train, killing a carriage attendant and injuring five people.") == [
        ("impacted", None), ("killed", 1), ("injured", 5)]
    assert values("The 48-year-old attendant was killed in the second car.") == [("killed", 1)]
    assert values("The station was hit by three missiles, which destroyed two of its three generators.") == [
        ("impacted", 3)]
    assert values("Officials said three inbound flights were diverted.") == []
    assert values("A sitrep said 3x loitering UAVs inbound.") == [("launched", 3)]


def test_one_in_three_is_a_share_of_the_set() -> None:
    text = "Russia fired 21 glide bombs. One in three fell on residential streets, the others came down in fields."
    assert values(text) == [("launched", 21), ("impacted", 7), ("impacted", 14)]
    f = single("Russia fired about 20 glide bombs. One in three fell on residential streets.", "impacted")
    assert (f.value, f.qualifier) == (None, "vague")


def test_a_couple_of_them_and_a_neighbour_hit_by_shrapnel() -> None:
    text = "Troops fired 10-plus mortar shells. A couple of them hit a house in Salotri village."
    assert [(f.kind, f.value, f.min, f.rule) for f in facts(text)] == [
        ("launched", None, 10, "count.launch.object"), ("impacted", 2, 2, "count.partitive")]
    assert values("A couple of drones hit the village.") == [("impacted", 2)]
    f = single("A 62-year-old woman who lives near the base was hit by shrapnel.", "injured")
    assert f.value == 1
    assert values("A man who works at the port was hit by a truck.") == []


def test_a_toll_told_against_the_one_before_it() -> None:
    assert values("The raid killed six people and wounded twice as many.") == [("killed", 6), ("injured", 12)]
    f = single("Drones struck a market, killing at least 19 civilians and wounding double that number.", "injured")
    assert (f.value, f.min, f.qualifier, f.rule) == (None, 38, "at_least", "casualty.injured.relative")
    assert values("Four died. The same number were wounded.") == [("killed", 4), ("injured", 4)]
    assert values("They fired twice as many rockets as last year.") == []
    assert values("The same number of schools reopened.") == []


# --- shapes from the h81 round ------------------------------------------------------------


def test_recorded_hitting_is_an_impact() -> None:
    text = "2 missiles and 16 strike UAVs were recorded hitting 7 locations."
    assert values(text) == [("impacted", 2), ("impacted", 16)]
    assert values("Two interceptors were recorded hitting their targets.") == []  # (the defence's)


def test_the_rest_of_a_list_leaves_out_a_part_of_an_item() -> None:
    text = ("Air defences destroyed 58 drones: 24 over the Bryansk region, 15 over the Kursk region, 11 over "
            "the Oryol region, 5 over the Moscow region, including 3 flying towards Moscow, and the rest over "
            "the waters of the Sea of Azov.")
    rest = [f for f in facts(text) if f.rule == "count.intercept.whole"]
    assert [(f.value, f.text) for f in rest] == [(3, "the rest")]


def test_neither_of_which_could_be_intercepted() -> None:
    text = "Russia fired two missiles at the city, neither of which could be intercepted."
    assert values(text) == [("launched", 2), ("intercepted", 0)]
    assert values("Russia fired two missiles. One of them could be intercepted only by Patriot.") == [("launched", 2)]


def test_a_logs_local_nationals_and_a_death_told_as_a_noun() -> None:
    assert values("1x LN KIA, 3x LN WIA.") == [("killed", 1), ("injured", 3)]
    assert values("The strike led to the martyrdom of its driver.") == [("killed", 1)]
    assert values("The shelling caused the death of a shepherd near the border.") == [("killed", 1)]
    assert values("The anniversary of the death of the founder was marked.") == []
    assert headline_spans("A martyr and two wounded in an Israeli strike on a car") == [
        ("killed", 1, "A martyr"), ("injured", 2, "two wounded")]
    assert headline_spans("Martyrs Square reopens after repairs") == []


# --- shapes from the h82 round ------------------------------------------------------------


def test_striking_the_target_once_counts_the_hits_of_the_launch() -> None:
    text = "The rebels fired three anti-ship missiles at the carrier late Thursday, striking the vessel once."
    assert values(text) == [("launched", 3), ("impacted", 1)]
    hit = [f for f in facts(text) if f.kind == "impacted"][0]
    assert (hit.rule, hit.object, hit.text) == ("count.impact.times", "anti-ship missile", "striking the vessel once")
    # without a figure for the launch, the munition the sentence names
    text = "The Houthis fired missiles and drones at a tanker, hitting it twice and causing a fire."
    assert [(f.kind, f.value, f.object) for f in facts(text)] == [("impacted", 2, "drone")]
    # no munition named in the sentence: no count
    assert values("Gunmen attacked the convoy, hitting it twice.") == []
    # more hits than munitions: no count ("struck twice" by one boat is one boat that hit)
    assert values("The drone boat rammed the ship, striking the vessel twice.") == []
    assert values("The rebels fired a missile at the ship, striking the vessel twice.") == [("launched", 1)]


def test_sources_after_a_figure_say_who_tells_it() -> None:
    text = ("Militants attacked the camp on Sunday, killing at least 20 soldiers, two security sources "
            "and a local official said.")
    assert [(f.kind, f.min) for f in facts(text)] == [("killed", 20)]
    assert values("The attack killed 20 soldiers and two civilians, officials said.") == [("killed", 20), ("killed", 2)]


def test_an_ordinal_before_a_building_is_which_building() -> None:
    text = "A man pulled from the rubble of the second building died in hospital."
    assert [(f.kind, f.value, f.object) for f in facts(text)] == [("killed", 1, "man")]
    assert values("The second landed in a field.") == []  # (a reference, with no set told: no count)
    assert values("Three drones were launched. The second crashed into a field.") == [("launched", 3), ("impacted", 1)]


def test_a_victim_found_in_the_rubble_before_the_verb() -> None:
    assert values("A woman rescued from under the debris later died.") == [("killed", 1)]
    assert values("Two men dug out of the rubble were injured.") == [("injured", 2)]
    assert values("A woman rescued from the rubble was in a stable condition.") == []


def test_a_group_told_by_its_faith_is_a_victim_group() -> None:
    text = 'The group said its fighters had killed "more than 50 Christians" in the raid.'
    assert [(f.kind, f.min, f.object) for f in facts(text)] == [("killed", 51, "Christians")]
    assert values("More than 50 Christians gathered for the funeral.") == []


def test_a_launch_told_by_followed_by_or_there_were() -> None:
    text = ("A car bomb exploded outside the station at 5:40 a.m., followed by at least six drones "
            "carrying explosives over the next hour.")
    assert [(f.kind, f.min, f.qualifier) for f in facts(text) if f.kind == "launched" and f.min == 6] == [
        ("launched", 6, "at_least")]
    assert values('"There were three drones," he said. "One was shot down."') == [
        ("launched", 3), ("intercepted", 1)]
    # people are no launch: "followed by three deaths" is a toll
    assert values("The blast was followed by three deaths in hospital.") == [("killed", 3)]


def test_the_wounded_included_parts_that_make_the_toll() -> None:
    text = ("The bomb killed two officers and wounded seven people. The wounded included five officers "
            "and two civilians.")
    assert values(text) == [("killed", 2), ("injured", 7), ("injured", 5), ("injured", 2)]
    # parts that do not make the toll are some of the wounded: no breakdown
    assert values("The bomb wounded 12 people. The wounded included five officers and two civilians.") == [
        ("injured", 12)]


# --- shapes from the h83 round ------------------------------------------------------------


def test_fighters_by_the_names_statements_give_them() -> None:
    assert values("More than 70 Khawaarij were killed in the fighting, the ministry said.") == [("killed", None)]
    assert values('Its units "killed 11 mercenaries and destroyed two armoured vehicles".') == [("killed", 11)]
    assert values("The mercenaries' contracts were extended by 11 months.") == []


def test_explosive_charges_dropped_by_drones() -> None:
    text = "The attackers used drones to drop at least 12 explosive charges on the station."
    assert [(f.kind, f.min, f.object, f.rule) for f in facts(text)] == [
        ("launched", 12, "bomb", "count.launch.dropped_devices")]
    # placed by hand, not dropped: no launch
    assert values("Engineers placed 12 explosive charges under the bridge.") == []
    # a payload of drones counted already is no munition of its own
    text = ("The troops were attacked with at least eight drones adapted with explosive charges. Four of them "
            "were neutralised and the rest impacted inside the base.")
    assert [(f.kind, f.min) for f in facts(text)] == [("launched", 8), ("intercepted", 4), ("impacted", 4)]


def test_killed_and_wounded_in_one_figure_is_neither() -> None:
    assert values('The SDF claimed that 7 "mercenaries" were killed and wounded in the strike.') == []
    assert values("Five soldiers were killed and three wounded.") == [("killed", 5), ("injured", 3)]


def test_a_second_victim_told_with_the_verb_alone() -> None:
    text = "A woman was killed and her teenage son hurt when a shell struck their house."
    assert values(text) == [("killed", 1), ("injured", 1), ("impacted", 1)]
    assert [f.rule for f in facts(text) if f.kind == "injured"] == ["casualty.injured.gapped_one"]
    assert values("Three soldiers were wounded and their commander killed.") == [("injured", 3), ("killed", 1)]
    # a thing, not a person: no count
    assert values("The driver was killed and the bus damaged.") == [("killed", 1)]


def test_one_of_the_injured_soldiers_died() -> None:
    text = "Three soldiers were injured. One of the injured soldiers succumbed at the hospital on Wednesday."
    assert values(text) == [("injured", 3), ("killed", 1)]
    assert values("Two of the wounded civilians were flown to Kabul.") == []


def test_a_quoted_figure_before_its_set_and_a_second_group_by_its_initials() -> None:
    text = 'A source told reporters that "at least two" of the drones hit a patrol ship.'
    assert [(f.kind, f.min) for f in facts(text)] == [("impacted", 2)]
    text = "At least 40 soldiers and VDP were killed in the assault."
    assert [(f.kind, f.min, f.text) for f in facts(text)] == [("killed", 40, text[:-len(" in the assault.")])]


def test_a_rate_in_the_present_is_no_ratio() -> None:
    assert values('"We are intercepting eight or nine out of ten drones," he said.') == []
    assert values("The system intercepts 90 out of 100 rockets.") == []
    assert values("Air defences shot down nine out of ten drones overnight.") == [("intercepted", 9), ("launched", 10)]


# --- shapes from the h84 round ------------------------------------------------------------


def test_a_wires_update_number_before_a_dash_is_no_range() -> None:
    text = "UPDATE 1 - Three explosive-laden drones were launched at the airport, the service said."
    assert [(f.kind, f.value, f.text) for f in facts(text)] == [
        ("launched", 3, "Three explosive-laden drones were launched")]
    assert [(f.kind, f.min, f.max) for f in facts("Between 10 - 15 drones were launched at the city.")] == [
        ("launched", 10, 15)]


def test_a_speaker_inside_the_relative_clause() -> None:
    text = "A US official put the number at 4 drones, all of which he said were intercepted."
    assert values(text) == [("launched", 4), ("intercepted", 4)]


def test_an_including_aside_before_having_fought() -> None:
    text = "5 brave soldiers, including a Naib Subedar, having fought gallantly, embraced shahadat."
    assert values(text) == [("killed", 5)]


def test_parts_of_a_total_told_overnight_and_the_rest() -> None:
    text = ("Air defences destroyed 47 Ukrainian UAVs overnight, 31 over Belgorod region, 9 over Kursk region "
            "and the rest over Bryansk region.")
    assert [(f.value, f.rule) for f in facts(text)] == [
        (47, "count.intercept.object"), (31, "count.intercept.breakdown"), (9, "count.intercept.breakdown"),
        (7, "count.intercept.whole")]
    # a list opened by "including" keeps its first item in the sum
    text = ("Air defences destroyed 46 drones overnight, including 18 over Belgorod region, 11 over Kursk region "
            "and the rest over the Bryansk region.")
    assert [f.value for f in facts(text)] == [46, 18, 11, 17]
    # tolls by place are no parts of the first: each keeps its own figure
    assert values("Fourteen people were killed in the market, nine at the school.") == [("killed", 14), ("killed", 9)]


def test_a_headline_missile_launched_or_a_ship_hit_with_one() -> None:
    assert headline_spans("Sirens in Tel Aviv, Jerusalem: missile launched from Yemen") == [
        ("launched", 1, "missile launched from Yemen")]
    assert headline_spans("Missiles launched from Yemen") == []  # (a bare plural: no figure)
    assert headline_spans("Houthi rebels hit cargo ship in Gulf of Aden with missile, sparking fire") == [
        ("impacted", 1, "hit cargo ship in Gulf of Aden with missile")]
    assert headline_spans("Russia hits Odesa port with drones") == []


def test_a_guns_round_is_no_munition() -> None:
    assert values("The woman had been hit by a rifle round while closing her store.") == []
    assert values("The base was hit by a mortar round.") == [("impacted", 1)]


# --- shapes from the h85 round ------------------------------------------------------------


def test_a_time_between_the_verb_and_its_figure() -> None:
    text = "Saudi air defences intercepted and destroyed on Wednesday evening four drones launched toward Khamis Mushait."
    assert ("intercepted", 4) in values(text)
    assert values("Russia launched overnight 40 drones at Kyiv.") == [("launched", 40)]


def test_who_the_victims_are_between_dashes_or_when_born() -> None:
    assert values("Two other people — a 30-year-old woman and a man aged 68 — were lightly hurt.") == [("injured", 2)]
    assert values("A man born in 1988 was injured by broken glass.") == [("injured", 1)]
    assert values("A man born in 1988 was detained at the checkpoint.") == []


def test_a_munition_that_was_not_intercepted_and_then_hit() -> None:
    assert values("One of the rockets that was not intercepted struck the yard of a house.") == [("impacted", 1)]
    assert values("Two rockets that were not intercepted struck the town.") == [("impacted", 2)]
    # (the fact runs through the clause to the verb of the munition's fate)
    assert [(f.rule, f.text) for f in facts("One of the rockets that was not intercepted struck the yard.")] == [
        ("count.partitive", "One of the rockets that was not intercepted struck")]


def test_targets_downed_before_the_list_of_what_they_were() -> None:
    text = ("The enemy attacked with 126 drones. As of 09:00, air defence has downed/suppressed 101 targets in the "
            "north, south and east of the country: 2 Iskander-M ballistic missiles and 99 enemy UAVs of various types.")
    assert values(text) == [("launched", 126), ("intercepted", 101), ("intercepted", 2), ("intercepted", 99)]
    # a headline's set before its "targets" is the launch
    assert ("launched", 138, "138 drones") in headline_spans(
        "Night of 5 January: 9 missiles and 138 drones, 121 targets downed or suppressed")


def test_a_figure_revised_to() -> None:
    text = "In an updated statement, the military revised the figure to 28 rockets, saying 19 had been intercepted."
    assert values(text) == [("launched", 28), ("intercepted", 19)]
    assert [(f.kind, f.value, f.rule) for f in facts("The ministry raised the toll to 14.")] == [
        ("killed", 14, "casualty.killed.toll")]
    assert values("Officials put the toll at 12.") == [("killed", 12)]


# --- shapes from the h86 round ------------------------------------------------------------


def test_a_toll_or_tally_taken_to_a_new_figure() -> None:
    text = "Troops killed all five attackers. This takes the day's tally to 14."
    assert values(text) == [("killed", 5), ("killed", 14)]
    assert values("Two more died. This takes the toll to 14.") == [("killed", 2), ("killed", 14)]
    # a moved total names the time it covers
    text = "Another 23 drones had been intercepted. That brings the total since Friday night to 64."
    assert values(text) == [("intercepted", 23), ("intercepted", 64)]
    # a tally with no count before it to move stays unread
    assert values("The storm takes the tally to 14.") == []


def test_a_tolls_parts_between_dashes() -> None:
    text = "At least 14 people — 10 security personnel and four civilians — were killed on Wednesday."
    assert [(f.kind, f.value, f.min, f.object) for f in facts(text)] == [
        ("killed", None, 14, "people"), ("killed", 10, 10, "security personnel"), ("killed", 4, 4, "civilians")]
    # an aside that does not add up to the toll names no parts
    assert values("Five people — two soldiers and four civilians — were killed.") == [("killed", 5)]
    assert values("Six people — most of them women and children — were killed.") == [("killed", 6)]


def test_the_rest_of_a_list_by_place_after_its_total() -> None:
    text = ("Air defences destroyed 41 drones overnight. Of them, 17 drones were destroyed over the Bryansk region, "
            "11 over the Kursk region, six over the Belgorod region and the rest over the Oryol region.")
    assert [(f.value, f.text) for f in facts(text)][-1] == (7, "the rest")
    # parts that overshoot the total leave the rest without a figure
    text = ("Air defences destroyed 20 drones overnight. Of them, 17 drones were destroyed over the Bryansk region, "
            "11 over the Kursk region and the rest over the Oryol region.")
    assert [(f.value, f.text) for f in facts(text)][-1] == (None, "the rest")


def test_one_projectile_or_shell_told_in_a_headline_as_fired() -> None:
    assert headline_spans("Israeli strikes kill five in south Lebanon; projectile fired at Metula") == [
        ("killed", 5, "kill five"), ("launched", 1, "projectile fired at Metula")]
    assert ("launched", 1, "mortar shell fired at Sderot") in headline_spans("Sirens: mortar shell fired at Sderot")
    assert headline_spans("Projectile factory opens in Metula") == []


def test_collapsed_on_the_way_and_pronounced_dead() -> None:
    text = ("An 81-year-old woman collapsed on the stairs on the way to the shelter and was later pronounced dead "
            "at the hospital.")
    assert values(text) == [("killed", 1)]
    assert values("A man collapsed on the way to the shelter and was treated for shock.") == []


def test_waves_of_drones_are_a_vague_launch() -> None:
    assert [(f.kind, f.qualifier) for f in facts("The RSF launched waves of drones at the city on Sunday.")] == [
        ("launched", "vague")]
    assert values("Waves of people fled the town on Sunday.") == []


def test_the_two_bodies_that_give_figures_are_agencies() -> None:
    assert values("Figures from the two bodies often differ in the first hours.") == []
    assert values("The two bodies disagree on the toll.") == []
    assert values("Rescuers recovered two bodies from the rubble.") == [("killed", 2)]


def test_a_statements_figures_written_twice() -> None:
    text = "Hits of 3 (three) ballistic missiles and 16 (sixteen) attack UAVs were recorded at 9 (nine) locations."
    assert values(text) == [("impacted", 3), ("impacted", 16)]
    # a figure after a qualifier, and a figure word of several words
    text = "More than 100 (one hundred) assailants were neutralised and their equipment destroyed."
    assert [(f.kind, f.min, f.qualifier) for f in facts(text)] == [("killed", 101, "more_than")]


def test_a_list_past_the_types_of_the_item_before() -> None:
    text = ("Air defence shot down 66 enemy UAVs of the Shahed, Gerbera types and imitator drones of various types, "
            "as well as 2 guided air missiles, in the north.")
    assert values(text) == [("intercepted", 66), ("intercepted", 2)]


def test_put_the_number_of_quoted_fighters_killed_at() -> None:
    text = 'A channel put the number of "terrorists" killed in the operation at about 30, without evidence.'
    assert [(f.kind, f.value, f.qualifier) for f in facts(text)] == [("killed", 30, "about")]


def test_seized_materiel_is_no_part_of_the_toll() -> None:
    text = ("About twenty terrorists were neutralised and war material recovered, including 2 (two) pick-ups "
            "and 1 (one) machine gun.")
    assert values(text) == [("killed", 20)]
    assert values("Five soldiers were killed, including 2 officers.") == [("killed", 5), ("killed", 2)]


def test_a_communiques_fallen_on_our_side_namely() -> None:
    text = ("Unfortunately, we deplore 9 (nine) fallen on our side, namely 6 (six) soldiers and 3 (three) "
            "Volunteers for the Defence of the Homeland.")
    assert values(text) == [("killed", 9), ("killed", 6), ("killed", 3)]
    assert values("Three rockets had fallen on our side of the border.") == [("impacted", 3)]


def test_destroyed_fighters_are_killed_but_not_posts() -> None:
    assert values("The army destroyed 20 terrorists near the border.") == [("killed", 20)]
    assert [(f.kind, f.qualifier) for f in facts("The forces destroyed a number of its members.")] == [
        ("killed", "vague")]
    assert values("They destroyed four Pakistani posts.") == []
    assert values("The army destroyed 20 drones.") == [("intercepted", 20)]


def test_some_of_the_launches_were_intercepted() -> None:
    text = "Approximately 20 launches were identified. Some of the launches were intercepted."
    assert [(f.kind, f.value) for f in facts(text)] == [("launched", 20), ("intercepted", None)]


def test_a_headlines_it_downed_missile_and_drones() -> None:
    assert headline_spans("US says it downed missile and two drones") == [
        ("intercepted", 1, "downed missile"), ("intercepted", 2, "two drones")]
    assert headline_spans("US says it downed missiles") == []


def test_a_vague_launch_of_two_kinds() -> None:
    text = "The forces targeted the ship with a number of ballistic missiles and drones."
    assert [(f.kind, f.value, f.object) for f in facts(text)] == [
        ("launched", None, "ballistic missile"), ("launched", None, "drone")]
    # a second kind with its own figure counts once, by that figure
    assert values("They fired dozens of rockets and three drones.") == [("launched", None), ("launched", 3)]


# --- shapes from the h87 round ------------------------------------------------------------


def test_no_victim_and_no_reports_of_damage_or_injuries() -> None:
    assert sorted(values('"There is no victim and no damage," the ministry said.')) == [("injured", 0), ("killed", 0)]
    assert values("Police said there were no reports of damage or injuries.") == [("injured", 0)]
    assert values("The victim was a farmer from the village.") == []


def test_the_wreckage_of_a_drone_that_came_down() -> None:
    text = "Soldiers recovered the wreckage of a drone that came down in a ploughed field."
    assert values(text) == [("impacted", 1)]
    # the debris, not the drone, fell
    assert values("Debris from a drone fell on a house.") == []


def test_a_launch_whose_figure_is_someones_word() -> None:
    text = "Iran struck the camps in September, firing what the IRGC said at the time were 18 missiles."
    assert [(f.kind, f.value, f.rule) for f in facts(text)] == [("launched", 18, "count.launch.what_were")]
    assert values("They fired what were believed to be rockets.") == []


def test_one_wounded_when_then_died() -> None:
    text = ("A police patrolman wounded when dissidents dropped explosives on the station in Suárez, in Cauca, "
            "died in a hospital in Cali on Monday.")
    assert [(f.kind, f.value, f.rule) for f in facts(text)] == [("killed", 1, "casualty.killed.one_far")]
    assert values("A soldier wounded in the attack, a father of two, was flown to Cali.") == [("injured", 1)]


def test_ranks_and_rifle_grenades_of_other_armies() -> None:
    assert values("Subintendente Carlos Arbeláez, 38, was killed at the scene.") == [("killed", 1)]
    assert values("The gunmen fired three rifle grenades at the detachment.") == [("launched", 3)]
    assert values("He was hit by a rifle round.") == []


def test_a_rank_and_name_between_commas() -> None:
    assert values("One of the wounded soldiers, Pfc. Jomar Lagura, died on the way to the hospital.") == [
        ("killed", 1)]
    assert values("A soldier, Cpl. Rodel Samson, suffered shrapnel wounds.") == [("injured", 1)]


# --- shapes from the h88 round ------------------------------------------------------------


def test_a_panels_figure_over_its_caption() -> None:
    text = ("The attack in numbers\n\n465\nDrones and missiles launched at Ukraine overnight.\n\n"
            "9\nPeople killed in the Odesa region.\n\n14 hours\nHow long the alert lasted.\n")
    assert values(text) == [("launched", 465), ("killed", 9)]


def test_a_panels_figure_before_a_colon() -> None:
    text = ("The numbers\n\n9: people killed, according to the health ministry.\n\n"
            "More than 50: munitions dropped on Hodeidah.\n\n1,800 km: one-way distance from Israel to Hodeidah.\n")
    assert [(f.kind, f.value, f.min) for f in facts(text)] == [("killed", 9, 9), ("launched", None, 51)]


def test_a_fact_boxs_labels_with_place_source_and_hedge() -> None:
    text = ("Key figures\n\nMissiles launched: about 180 (Israeli military); more than 200 (IRGC)\n\n"
            "Lightly wounded by shrapnel: 2\n\nKilled in India: 4\n\nInjured: more than 60\n\n"
            "Drones tracked (defence ministry): 47\n\n- Shot down: 44; crashed: 3\n")
    assert [(f.kind, f.value, f.min) for f in facts(text)] == [
        ("launched", 180, None), ("launched", None, 201), ("injured", 2, 2), ("killed", 4, 4),
        ("injured", None, 61), ("launched", 47, 47), ("intercepted", 44, 44), ("impacted", 3, 3)]
    # a headline's colon after a clause is no label's
    assert headline_facts("Rockets launched from an area in Syria fell in Karkamış: 3 citizens injured") == [
        ("injured", 3, "casualty.injured.subject")]


def test_an_explainers_question_and_its_answer() -> None:
    text = ("How many missiles were fired?\n\nAbout 180, according to the Israeli military.\n\n"
            "Was anyone killed?\n\nOne person. Officials gave no name.\n")
    assert [(f.kind, f.value, f.rule) for f in facts(text)] == [
        ("launched", 180, "count.launch.answer"), ("killed", 1, "casualty.killed.answer")]
    # an answer with its own noun reads as any sentence; a question with no kind asks nothing
    assert values("How many drones were shot down?\n\nThree drones hit the port.\n") == [("impacted", 3)]
    assert values("How many were there?\n\nFive, officials said.\n") == []


def test_one_of_a_set_that_struck() -> None:
    text = "A ballistic missile was one of two that struck the centre of Sumy."
    assert [(f.kind, f.value) for f in facts(text)] == [("impacted", 2)]
    assert values("One of two missiles struck the centre.") == [("impacted", 1), ("launched", 2)]


def test_a_participle_launch_stops_at_a_part_of_the_set() -> None:
    text = "It detected three missiles launched from Kursk and that one of them had been shot down."
    assert values(text) == [("launched", 3), ("intercepted", 1)]


def test_no_civilian_sites_hit_is_no_zero() -> None:
    assert values("The army said that no civilian sites had been hit.") == []
    assert values("No ships were hit.") == [("impacted", 0)]


def test_a_headlines_toll_raised_and_a_number_put_at() -> None:
    assert headline_spans("UN monitors raise toll of Zaporizhzhia glide-bomb attack to 14") == [
        ("killed", 14, "raise toll of Zaporizhzhia glide-bomb attack to 14")]
    text = "The agency said nine people had been killed. The health ministry later put the number at 15."
    assert values(text) == [("killed", 9), ("killed", 15)]
    text = "The agency said nine drones were fired. The ministry put the number at 15 drones."
    assert values(text) == [("launched", 9), ("launched", 15)]


def test_a_target_hit_so_many_times() -> None:
    assert headline_spans("RSF drones hit El Obeid hospital three times, killing 19") == [
        ("impacted", 3, "drones hit El Obeid hospital three times"), ("killed", 19, "killing 19")]
    text = "A military drone struck a crowded livestock market three times on April 18."
    assert values(text) == [("impacted", 3)]
    assert values("The town was hit three times this year.") == []


# --- shapes from the h89 round ------------------------------------------------------------


def test_one_of_the_injured_had_since_died() -> None:
    assert values("The group said that one of the injured had since died.") == [("killed", 1)]
    assert values("One of the injured has since died.") == [("killed", 1)]


def test_what_cannot_be_done_and_rates_are_no_counts() -> None:
    assert values("An operation cannot shoot down a quadcopter at midnight.") == []
    assert values("Ukraine stopped nine drones in ten on Sunday.") == []
    assert values("Air defences shot down nine drones in ten minutes.") == [("intercepted", 9)]


def test_drones_that_flew_over_and_dropped_a_counted_load_carry_it() -> None:
    text = "Two quadcopters hovered over the police station and dropped four mortar rounds into the compound."
    assert values(text) == [("launched", 4)]
    # an uncounted load leaves the drones as what was launched
    assert values("Two quadcopters flew over the station and dropped mortar rounds.") == [("launched", 2)]


def test_a_toll_in_thousands_written_in_words() -> None:
    text = "The ministry says more than seventy thousand people in Gaza have died since the war started."
    assert [(f.kind, f.min) for f in facts(text)] == [("killed", 70001)]


def test_missiles_that_get_through_and_drones_that_had_destroyed_a_target() -> None:
    assert headline_spans("Russia hits power plants for the eighth day running; three ballistic missiles get through") == [
        ("impacted", 3, "three ballistic missiles get through")]
    assert values("Two drones had destroyed a radar.") == [("impacted", 2)]
    assert values("Two drones had been destroyed by the guns.") == [("intercepted", 2)]


def test_sets_of_launchers_and_vessels_are_no_munitions() -> None:
    assert values("It said it had destroyed about 250 of the roughly 400 missile launchers Iran had.") == []
    assert values("The JMIC has recorded six vessels targeted in that period, three of which were hit.") == []
    text = "Air defences had destroyed 67 drones overnight over eight regions, 19 of them over the Samara region."
    assert values(text) == [("intercepted", 67), ("intercepted", 19)]


def test_a_quoted_participle_phrase_before_the_fate() -> None:
    text = 'The mayor said that 39 drones "flying towards the capital" had been shot down since midnight.'
    assert values(text) == [("intercepted", 39)]


def test_a_list_by_night_and_day() -> None:
    text = ("The ministry reported downing 184 drones on the night to Thursday, 207 overnight into Friday "
            "and a further 18 during daylight hours on Friday.")
    assert values(text) == [("intercepted", 184), ("intercepted", 207), ("intercepted", 18)]


def test_a_medics_list_of_the_treated() -> None:
    text = ("Medics said they had treated 41 people overnight: 12 with shrapnel or blast wounds, 19 who were hurt "
            "on their way to shelters and 10 for acute anxiety.")
    assert values(text) == [("injured", 12), ("injured", 19)]


# --- shapes from the h90 round ------------------------------------------------------------


def test_targets_downed_in_words() -> None:
    text = "As of eleven hundred hours, air defence has shot down or suppressed one hundred and seventy-one targets."
    assert [(f.kind, f.value, f.rule) for f in facts(text)] == [("intercepted", 171, "count.intercept.targets")]


def test_a_speakers_self_correction_and_stammer() -> None:
    assert values("The governor said twelve, sorry, fourteen Shahed-type drones were shot down.") == [
        ("intercepted", 14)]
    text = ("Our air defence shot down one hundred and thirty — sorry — one hundred and twenty-nine drones and "
            "four — four — ballistic missiles.")
    assert values(text) == [("intercepted", 129), ("intercepted", 4)]
    # a list by place after dashes, and a part named after a comma, are no corrections
    assert values("Air defences downed 30 drones: 12 — over Kursk, 10 — over Bryansk.") == [
        ("intercepted", 30), ("intercepted", 12), ("intercepted", 10)]
    assert values("A third, a boy of about 12, died of his wounds.") == [("killed", 1)]


def test_an_age_in_words_or_by_birth_year_between_the_person_and_the_fate() -> None:
    assert values("A man of about fifty was moderately wounded by shrapnel.") == [("injured", 1)]
    assert values("The governor said a woman, born in 1958, has died of her wounds.") == [("killed", 1)]
    assert values("A barrage of about fifty rockets was fired.") == [("launched", 50)]


def test_a_group_and_theirs_of_one_fate() -> None:
    assert [(f.value, f.object) for f in facts("Five children and their teacher were killed.")] == [
        (5, "children"), (1, "teacher")]
    assert [(f.value, f.object) for f in facts("Five children and their parents were killed.")] == [(5, "children")]


# --- shapes from the h91 round ------------------------------------------------------------


def test_a_kindless_figure_put_or_raised_takes_the_kind_told_before() -> None:
    text = ("The mayor said two people were injured; by evening the regional headquarters put the figure at five, "
            "including a firefighter.")
    assert [(f.kind, f.value, f.rule) for f in facts(text)] == [
        ("injured", 2, "casualty.injured.passive"), ("injured", 5, "casualty.injured.moved")]
    text = "The mayor reported 12 injured. By noon the governor raised the figure to 19."
    assert values(text) == [("injured", 12), ("injured", 19)]
    # with no count told before, a launch as before; with two kinds told, no guess
    assert values("Russia attacked overnight with drones. The air force put the number at 40.") == [("launched", 40)]
    assert values("Officials reported 4 killed and 11 hurt. Officials put the figure at 15.") == [
        ("killed", 4), ("injured", 11)]


def test_the_figure_before_a_revision() -> None:
    text = ("A drone strike killed five people, including two children, the monitor said on Thursday, raising "
            "its earlier count of three.")
    moved = facts(text)[-1]
    assert (moved.kind, moved.value, moved.object, moved.rule) == ("killed", 3, "people", "casualty.killed.moved")
    assert values("The monitor said five people were killed, a higher count than the state media's.") == [
        ("killed", 5)]


def test_craters_and_impact_sites_counted_from_imagery() -> None:
    assert [(f.kind, f.min, f.rule) for f in facts("Imagery appears to show at least 12 fresh craters on the taxiway.")] == [
        ("impacted", 12, "count.impact.noun")]
    assert values("Analysts identified four distinct impact sites near the town hall.") == [("impacted", 4)]
    assert values("The video shows at least six air-defence engagements over the bay.") == [("intercepted", None)]
    # what any impact does, and craters with no figure, are no counts
    assert values("Tanks burn in clusters; one impact can take out three of them.") == []
    assert values("The strike left craters up to nine metres deep.") == []


def test_a_place_hit_a_number_of_times() -> None:
    found = facts('Analysts concluded the city was hit "at least 17 times between 01:40 and 03:15".')
    assert [(f.kind, f.min, f.qualifier, f.rule) for f in found] == [("impacted", 17, "at_least", "count.impact.place_times")]
    assert values("Kharkiv was struck five times overnight, the mayor said.") == [("impacted", 5)]
    # shots at a person, and a running tally, are no impacts of this attack
    assert values("He was hit three times in the leg.") == []
    assert values("The ports have been hit 11 times since the start of November.") == []


def test_kinds_of_ship_and_what_took_part() -> None:
    assert values("There is no visible damage to the two landing ships moored at the pier.") == []
    assert values("Two rockets landing in the field set it alight.") == [("impacted", 2)]
    assert values("A source said that 10 naval drones had taken part in the operation.") == [("launched", 10)]
    assert values("Two uncrewed surface vessels rammed into its starboard side and exploded.") == [("impacted", 2)]


def test_a_further_figure_and_how_badly_one_of_a_counted_set_is_hurt() -> None:
    assert values("Its forces had engaged a further three drones from the same wave.") == [("intercepted", 3)]
    assert values("Of the three injured, one has serious burns and was flown to Djibouti.") == [("injured", 3)]
    assert values("Two of our workers suffered light burns.") == [("injured", 2)]


def test_a_munition_with_its_article_amid_a_list_of_figures() -> None:
    assert values("Militants fired two rockets, a missile and three drones at the town.") == [
        ("launched", 2), ("launched", 1), ("launched", 3)]
    # people named after a figure are the counted themselves
    assert values("Two drones, a Shahed and a Geran, were shot down.") == [("intercepted", 2)]


def test_one_munition_downed_as_it() -> None:
    found = of_kind("The destroyer detected an incoming drone and neutralised it 4 nautical miles away.", "intercepted")
    assert [(f.value, f.object, f.rule) for f in found] == [(1, "drone", "count.intercept.it")]
    assert of_kind("Soldiers found a missile and destroyed it on the ground.", "intercepted") == []
    assert of_kind("A drone hit the roof and destroyed it.", "intercepted") == []


# --- shapes from the h92 round ------------------------------------------------------------


def test_south_asian_words_for_the_dead_and_the_hurt() -> None:
    text = "Two Bravehearts, Havildar Ramesh Chand and Sepoy Gurpreet Singh, made the supreme sacrifice."
    assert values(text) == [("killed", 2)]
    assert values("In June an Agniveer was injured in a landmine blast.") == [("injured", 1)]
    assert values("Police killed one terrorist, while a constable got minor injuries.") == [
        ("killed", 1), ("injured", 1)]
    assert values("Three of the injured breathed their last during the night.") == [("killed", 3)]
    # "breathed" alone tells no fate
    assert values("Two residents breathed a sigh of relief.") == []


def test_the_hurt_named_with_how_badly_and_a_group_joined_by_and() -> None:
    assert values("Two of the critically injured soldiers succumbed to their wounds overnight.") == [("killed", 2)]
    found = facts("An estimated 15 to 20 Afghan Taliban and khwarij were killed, the statement said.")
    assert [(f.kind, f.min, f.max, f.qualifier) for f in found] == [("killed", 15, 20, "range")]


def test_without_hurting_anyone_is_no_one_hurt_unless_told_of_one_of_several() -> None:
    found = facts("Two drone bombs exploded near a relief camp without injuring anyone.")
    assert [(f.kind, f.value, f.rule) for f in found] == [
        ("impacted", 2, "count.impact.subject"), ("injured", 0, "casualty.injured.none")]
    text = "The first hit the courtyard, and the third landed in a park without hurting anyone."
    assert of_kind(text, "injured") == []


def test_a_digests_labels_with_a_group_and_the_period_before() -> None:
    text = "THE WEEK IN NUMBERS\nSecurity forces killed: 46 (previous week: 31)\nCivilians injured: 26\n"
    found = facts(text)
    assert [(f.kind, f.value, f.object, f.rule) for f in found] == [
        ("killed", 46, "Security forces", "count.tally.killed"),
        ("killed", 31, "Security forces", "count.tally.killed_before"),
        ("injured", 26, "Civilians", "count.tally.injured")]
    assert values("BY THE NUMBERS\n- Killed in Gaza in the past 24 hours, per the health ministry: 34\n") == [
        ("killed", 34)]
    assert values("THE NUMBERS\n- Drones launched at Ukraine in the past seven days: 1,184\n") == [("launched", 1184)]
    # a group before an active verb with its own object is no label
    assert values("Security forces killed 46 militants: the army said so.") == [("killed", 46)]


def test_a_corrections_figure_takes_the_kind_told_before() -> None:
    text = "Correction: our brief said 31 people were injured. The regional administration's figure was 13."
    assert [(f.kind, f.value, f.rule) for f in facts(text)] == [
        ("injured", 31, "casualty.injured.passive"), ("injured", 13, "casualty.injured.moved")]
    assert values("Correction: incident 4 listed 3 killed. The correct figure is 13.") == [("killed", 3), ("killed", 13)]
    assert values("Two people were killed. The figure is 20 percent higher than last year.") == [("killed", 2)]


def test_shot_with_down_after_its_object() -> None:
    assert [(f.kind, f.value, f.rule) for f in facts("Troops shot two drones down over the river.")] == [
        ("intercepted", 2, "count.intercept.object")]
    assert values("Militants shot two rockets at the base.") == [("launched", 2)]


# --- shapes from the h93 round ------------------------------------------------------------


def test_a_part_listed_after_of_which_takes_the_verb_after_its_list() -> None:
    text = "Russia launched 112 drones and five missiles, of which 96 drones and two missiles were shot down."
    assert values(text) == [("launched", 112), ("launched", 5), ("intercepted", 96), ("intercepted", 2)]
    # a part with its own participle after "including" stays a part of the launch
    text = "Russia fired 40 missiles, including 30 cruise missiles and 10 ballistic missiles launched from Crimea."
    assert values(text) == [("launched", 40), ("launched", 30), ("launched", 10)]


def test_not_able_to_intercept_either_missile() -> None:
    found = of_kind("Two missiles struck the city. The air force had not been able to intercept either missile.",
                    "intercepted")
    assert [(f.value, f.rule) for f in found] == [(0, "count.intercept.none_stopped")]
    assert of_kind("Either missile could have hit the school.", "intercepted") == []


def test_one_thing_of_its_own_is_no_munition_told_before() -> None:
    text = "Six missiles and several drones struck the plant. One generating unit was destroyed, he said."
    assert of_kind(text, "intercepted") == []
    assert values("Two drones were launched. One was shot down.") == [("launched", 2), ("intercepted", 1)]


def test_a_list_of_days_under_a_row_that_names_its_columns() -> None:
    text = "Daily tolls:\nMon: 3 killed / 11 injured\nTue: 2 / 8\nWed: 9 / 31\n"
    rows = [(f.kind, f.value) for f in facts(text) if f.rule.endswith(".slash_row")]
    assert sorted(rows) == [("injured", 8), ("injured", 31), ("killed", 2), ("killed", 9)]
    # rows with no row naming their columns, or after a line of another shape, are no tolls
    assert facts("Scores:\nTue: 2 / 8\nWed: 9 / 31\n") == []
    assert [f for f in facts("Mon: 3 killed / 11 injured\nNotes follow.\nTue: 2 / 8\n") if "slash" in f.rule] == []


# --- shapes from the h94 round ------------------------------------------------------------


def test_a_militarys_daily_losses_are_no_toll_but_a_commanders_lost_men_are() -> None:
    assert values("Russian forces had lost 1,130 personnel killed and wounded over the past 24 hours.") == []
    assert values("The enemy lost up to 160 servicemen, it said.") == []
    assert values("Ukraine says Russia lost 1,130 troops in past day.") == []
    assert values("We lost 17 men in the ambush.") == [("killed", 17)]
    assert values("The police lost 163 personnel in militant attacks this year.") == [("killed", 163)]


def test_a_general_staffs_losses_list_counts_its_munitions_only() -> None:
    text = ("Totals since the start of the invasion:\n"
            "tanks — 11,846 (+3)\n"
            "operational-tactical UAVs — 78,215 (+154)\n"
            "cruise missiles — 4,061 (+2)\n")
    rows = [(f.value, f.object, f.rule) for f in facts(text)]
    assert rows == [(78215, "drone", "count.intercept.loss_total"), (154, "drone", "count.intercept.loss_row"),
                    (4061, "cruise missile", "count.intercept.loss_total"), (2, "cruise missile", "count.intercept.loss_row")]


def test_what_was_shot_at_and_what_dropped_out_of_the_sky() -> None:
    text = "The IDF says four interceptor missiles were fired at the two drones that were downed."
    assert values(text) == [("intercepted", 2)]
    assert values("Militants fired at least 12 rockets at the town.") == [("launched", None)]
    assert values("Two drones were launched. The other three simply dropped out of the sky.") == [("launched", 2)]


def test_counts_of_targets_and_strikes_are_no_munitions() -> None:
    text = "The crews launched 26 drones. In November, its drone units struck 1,180 confirmed targets across its sector."
    assert values(text) == [("launched", 26)]
    assert values("Two drones were launched; two hit targets in the city.") == [("launched", 2), ("impacted", 2)]


def test_a_list_past_a_carrier_with_dots_sent_out_and_said_to_have_been() -> None:
    text = ("Air defences shot down nine guided bombs, five rockets fired from U.S.-made HIMARS launchers "
            "and 206 fixed-wing drones.")
    assert values(text) == [("intercepted", 9), ("intercepted", 5), ("intercepted", 206)]
    assert values("The crews had sent out 26 FPV kamikaze drones.") == [("launched", 26)]
    assert values("Two people are now said to have been hurt.") == [("injured", 2)]


def test_a_total_put_at_a_figure_with_its_participle_and_a_region_before_at() -> None:
    assert values("His last post put the total for the evening at 36 drones destroyed on approach.") == [
        ("intercepted", 36)]
    text = "The mayor reported 23 drones shot down; the ministry put the figure over the Moscow region at 26."
    assert values(text) == [("intercepted", 23), ("intercepted", 26)]


def test_nothing_hit_and_a_headlines_missile_aimed_at_a_place() -> None:
    assert values("No passenger aircraft has been hit by a drone near Moscow.") == []
    assert values("The bulk carrier was struck by a missile.") == [("impacted", 1)]
    assert values("Houthi missile aimed at Ben Gurion intercepted as carriers pull flights") == [("intercepted", 1)]


# --- shapes from the h95 round ------------------------------------------------------------


def test_a_reposts_tens_word_and_digit() -> None:
    text = "The air defence destroyed 2 (two) missiles and twenty 6 drones over the region."
    assert values(text) == [("intercepted", 2), ("intercepted", 26)]
    assert values("The toll is 4 (four) killed and twenty 3 injured.") == [("killed", 4), ("injured", 23)]
    # a digit that opens a longer figure is no unit
    assert [a.value for a in numbers.find("twenty 2026")] == [20]


def test_a_list_by_place_on_lines_with_no_bullet() -> None:
    text = ("Air defence means intercepted and destroyed 58 UAVs of aircraft type:\n\n"
            "31 - over the territory of Belgorod region,\n14 - over the territory of Kursk region.\n")
    assert [(f.kind, f.value) for f in facts(text)] == [("intercepted", 58), ("intercepted", 31), ("intercepted", 14)]
    # a line of a figure and a place with no list opened above is no item
    assert values("The market was busy.\n\n31 - over the territory of Belgorod region.\n") == []


def test_translated_word_orders_and_ages_with_years() -> None:
    assert values("The terrorists fired also 4 mortar shells of 60 mm toward the station.") == [("launched", 4)]
    assert values("A fire happened, 2 men 44 and 51 years injured, treated on the spot.") == [("injured", 2)]
    assert values("A woman 71 years was injured.") == [("injured", 1)]
    assert values("Two soldiers 20 years ago were killed.") == []


def test_what_reached_splashed_or_was_out_of_a_named_set() -> None:
    text = "Defences shot down 11 drones out of 14 drones, while 3 drones managed to reach."
    assert values(text) == [("intercepted", 11), ("launched", 14), ("impacted", 3)]
    assert values("The master reported 2 splashes in the water near the vessel.") == [("impacted", 2)]
    assert values("Three drones could reach the city.") == []


def test_an_infoboxs_range_and_open_end() -> None:
    found = facts("Deaths: 23–27\nInjured: 60+\n")
    assert [(f.kind, f.min, f.max, f.qualifier) for f in found] == [
        ("killed", 23, 27, "range"), ("injured", 60, None, "at_least")]
    assert values("Killed: 4, injured: 1,200\n") == [("killed", 4), ("injured", 1200)]


def test_people_told_by_what_they_did_then_died() -> None:
    assert values("Four civilians who lived near the camp also died.") == [("killed", 4)]
    assert values("Two men who ran the shop said they heard the drone.") == []


# --- shapes from the h96 round ------------------------------------------------------------


def test_a_wave_told_apart_with_its_size_between_commas() -> None:
    text = ("The first wave, of roughly 60 missiles, began after 10 p.m. The second, of around 40 missiles, "
            "came at 2 a.m.")
    assert [(f.kind, f.value, f.qualifier) for f in facts(text)] == [
        ("launched", 60, "about"), ("launched", 40, "about")]
    assert values("A second barrage, aimed at the bay at 1 p.m., numbered 25 rockets.") == [("launched", 25)]
    # how many the attackers were is no count
    assert values("The assailants, numbering about one hundred (100), came from the border.") == []


def test_victims_set_off_by_spaced_hyphens_more_nationals_and_the_admitted() -> None:
    assert values("Two civilians - a woman and her son - were killed when a shell hit their hut.") == [
        ("killed", 2), ("impacted", 1)]
    assert values("The ministry said three Ugandans were confirmed dead.") == [("killed", 3)]
    assert values("Eleven people are admitted at Nimule hospital, he said.") == [("injured", 11)]
    assert values("Eleven people are admitted each year to the academy.") == []


# --- shapes from the h97 round ------------------------------------------------------------


def test_a_count_raised_to_a_figure_as_a_participle() -> None:
    text = "The ministry said 41 people were killed. Later a boy died of his injuries, raising its count to 42."
    assert values(text) == [("killed", 41), ("killed", 1), ("killed", 42)]


def test_drones_that_entered_airspace_and_a_missile_that_set_a_ship_on_fire() -> None:
    assert values("Eleven Russian drones entered Polish airspace overnight.") == [("launched", 11)]
    assert values("Two drones entered the building's yard.") == []
    assert values("A missile set a Liberian-flagged bulk carrier on fire.") == [("impacted", 1)]


# --- the session's last read: shapes the new rules must leave alone --------------------------


def test_the_new_rules_leave_alone_figures_of_other_times_people_and_comparisons() -> None:
    text = "Five civilians were killed in Sumy on Monday. Last year's figure was 120 for the whole of March."
    assert values(text) == [("killed", 5)]
    assert values("The soldier was hit three times by sniper fire and died.") == []
    assert values("The region was hit three times more often than last year.") == []
    assert values("There is no doubt the city has been hit by three missiles.") == [("impacted", 3)]
    assert of_kind("Police arrested the gunman without harming anyone, after he had killed three people.",
                   "injured") == []
    text = "A drone hit the market, wounding six people, while one more fell in a field without injuring anyone."
    assert [f.value for f in of_kind(text, "injured")] == [6]
    assert values("Two people were admitted to hospital with shock.") == []


def test_a_kindless_figure_keeps_the_object_told_before_and_any_without_of() -> None:
    found = facts("Nine children had been killed. The health ministry later put the number at 15.")
    assert [(f.value, f.object, f.rule) for f in found] == [
        (9, "children", "casualty.killed.passive"), (15, "children", "casualty.killed.moved")]
    assert values("The air force said it could not intercept any missiles.") == [("intercepted", 0)]
    rows = facts("Jan 20: 3 killed / 11 injured\nJan 21: 2 / 8\r\n")
    assert sorted((f.kind, f.value) for f in rows if f.rule.endswith("slash_row")) == [("injured", 8), ("killed", 2)]


# --- shapes from the h99 round ------------------------------------------------------------


def test_an_abbreviation_in_brackets_inside_a_long_group_name() -> None:
    text = "Two soldiers and three suspected New People's Army (NPA) rebels were killed in a firefight."
    assert values(text) == [("killed", 2), ("killed", 3)]


def test_a_headline_names_one_marine_or_ranger_without_an_article() -> None:
    assert values("Marine killed in Sulu ambush blamed on Abu Sayyaf remnants") == [("killed", 1)]
    assert values("Ranger dies after grenade attack on Yala base") == [("killed", 1)]
    assert values("Ranger unit patrols the market after a grenade attack") == []


def test_beheading_and_decapitating_kill() -> None:
    assert values("Macomia: terrorists decapitate four and burn 63 houses in Chai") == [("killed", 4)]
    assert values("They attacked the village, decapitated four men and burned 63 houses.") == [("killed", 4)]
    assert values("Four men were decapitated in the attack.") == [("killed", 4)]


def test_captured_or_surrendered_after_a_toll_is_no_part_of_it() -> None:
    assert values("3 DI terrorists killed, 2 captured in Butig operations; 1 soldier KIA") == [
        ("killed", 3), ("killed", 1)]
    assert values("Five rebels were killed and 2 surrendered to the troops.") == [("killed", 5)]


def test_soldiers_named_by_rank_in_a_list_are_counted_together() -> None:
    text = "Cpl. Arnel Bacus (33) and Pvt. Rhey Salvador (22) sustained gunshot wounds."
    assert values(text) == [("injured", 2)]
    assert values("Sgt. Ali, Cpl. Omar and Pvt. Rami were wounded.") == [("injured", 3)]
    assert values("Sgt. Ali was killed and Cpl. Omar was wounded.") == [("killed", 1), ("injured", 1)]


def test_the_neutralized_split_into_killed_and_captured_count_only_the_killed() -> None:
    text = "Troops neutralized five militants in Butig on Wednesday. Of the five, three were killed and two were captured."
    assert values(text) == [("killed", 3)]
    text = "The division has neutralized 38 members since January, 21 of whom were killed, while the rest surrendered."
    assert values(text) == [("killed", 21)]
    # with no split after it, "neutralized" still counts the dead
    assert values("Troops neutralized five militants in Butig on Wednesday. Their bodies were recovered.") == [
        ("killed", 5)]


def test_lives_claimed_in_quotes() -> None:
    assert values('He said the feud had claimed "at least 19 lives" before the attack.') == [("killed", None)]
    assert single('He said the feud had claimed "at least 19 lives".', "killed").min == 19


def test_a_distance_inside_the_phrase_about_the_person() -> None:
    text = "A 13-year-old boy living in a house about 200 metres from the camp was also hit by shrapnel in the leg."
    assert values(text) == [("injured", 1)]
    assert values("A woman born in 1961 sustained shrapnel wounds.") == [("injured", 1)]


def test_a_named_person_killed_with_an_age_in_brackets() -> None:
    text = "In the same statement, the NPA admitted killing Ricardo Lumantas (52), a former rebel, at his house."
    assert values(text) == [("killed", 1)]
    assert values("Police said they killed time at the station (2) times.") == []


def test_a_breakdown_by_place_after_a_dash_takes_the_totals_kind() -> None:
    text = ("Over the past day 71 drones and 38 munitions were fired. Shebekino district — 29 drones, 17 munitions. "
            "Borisovka district — 11 drones. Valuyki district — 9 drones, 9 munitions.")
    assert values(text) == [("launched", 71), ("launched", 38), ("launched", 29), ("launched", 17),
                            ("launched", 11), ("launched", 9), ("launched", 9)]
    text = "Air defences destroyed 41 drones overnight: Bryansk region — 15, Kursk region — 12."
    assert values(text) == [("intercepted", 41), ("intercepted", 15), ("intercepted", 12)]
    text = "The ministry said 500 drones were destroyed this week. Daily claims: Feb 6 — 96; Feb 7 — 143."
    assert values(text) == [("intercepted", 500), ("intercepted", 96), ("intercepted", 143)]
    # a name and a figure alone may be anything; a part is never more than its whole
    assert values("Air defences destroyed 41 drones overnight. Temperatures: Moscow — 15, Kursk — 12.") == [
        ("intercepted", 41)]
    assert values("Air defences destroyed 41 drones. Bryansk region — 150 drones.") == [("intercepted", 41)]


def test_more_of_a_count_at_another_time_shares_its_verb() -> None:
    text = "At 20:51 he reported two more drones shot down, at 21:37 four more, and at 22:46 another three."
    assert values(text) == [("intercepted", 2), ("intercepted", 4), ("intercepted", 3)]
    assert values("Two soldiers were killed on Monday and another three on Tuesday.") == [
        ("killed", 2), ("killed", 3)]
    # a further figure with a verb of its own is not this count's
    assert values("Five people were injured, and another two were treated for shock.") == [("injured", 5)]


def test_the_whole_after_out_of_and_a_figure_up_from() -> None:
    text = "The ministry said 23 drones had been brought down over Kursk region overnight, out of 58 nationwide."
    assert values(text) == [("intercepted", 23), ("intercepted", 58)]
    text = "The ministry claimed 1,012 drones destroyed in the seven days, up from 861 the week before."
    assert values(text) == [("intercepted", 1012), ("intercepted", 861)]
    assert values("The army shot down 30 drones this week, up from 45 percent the week before.") == [
        ("intercepted", 30)]


def test_the_number_launched_put_at_a_figure() -> None:
    text = 'Russia said 337 drones were destroyed. A source put the number launched at "around 370".'
    assert values(text) == [("intercepted", 337), ("launched", 370)]


def test_a_share_of_a_yearly_output_is_no_count() -> None:
    text = "The plant can produce around 6,000 drones a year, many of which are launched at Ukrainian cities."
    assert values(text) == []
    assert values("Russia fired 40 drones, many of which were shot down.") == [("launched", 40), ("intercepted", None)]


# --- shapes from the h100 round -----------------------------------------------------------


def test_assassinated_soldiers_and_ranks_of_translated_copy() -> None:
    assert values("National Army rejects drone attack in Tibú that left one soldier assassinated and three wounded") == [
        ("killed", 1), ("injured", 3)]
    assert values("During 2026, 19 soldiers were assassinated and 143 were wounded.") == [("killed", 19), ("injured", 143)]
    text = "Professional Soldier Jhon Fredy Ascanio Pabón, 27 years old, was assassinated, and three more soldiers were wounded."
    assert values(text) == [("killed", 1), ("injured", 3)]
    assert values("A sub-lieutenant died in a Popayán hospital on Sunday afternoon.") == [("killed", 1)]


def test_suspects_police_servants_and_adolescents_are_victims() -> None:
    assert values("Police repel attack on UPC in Durán; one suspect dead and three apprehended") == [("killed", 1)]
    assert values("Two police servants suffered minor injuries caused by glass fragments.") == [("injured", 2)]
    assert values("Two suspects were arrested at the scene.") == []


def test_explosive_charges_dropped_and_those_that_exploded() -> None:
    text = "The guerrillas dropped six bombs. Only two of the charges exploded inside the station."
    assert values(text) == [("launched", 6), ("impacted", 2)]
    # what a drone carries is no munition of its own, and a court's charges are none
    assert values("The bus was hit by an FPV drone, a craft usually fitted with an explosive charge.") == [("impacted", 1)]
    assert values("He faces two charges of murder after the attack.") == []


def test_a_numbered_part_of_a_site_is_no_count() -> None:
    # (the drone seen is one launched; the pavilion's number is none)
    text = "The prison detected a drone over pavilion 4, which was neutralized by the inhibition system."
    assert values(text) == [("launched", 1)]
    assert values("Shells hit ward 2 of the hospital.") == []


def test_what_the_set_carried_is_no_outcome() -> None:
    text = "The brigade has neutralized 27 drones so far this year, 6 of which carried more than 2 kilograms of explosives."
    assert values(text) == [("intercepted", 27)]
    assert values("Russia launched 40 drones, 30 of which had been shot down by morning.") == [
        ("launched", 40), ("intercepted", 30)]


def test_a_verb_of_its_own_for_what_was_taken_intact_keeps_the_interception() -> None:
    assert values("Its troops neutralized nine drones and secured two more on the ground.") == [("intercepted", 9)]
    assert values("The navy destroyed two missiles and a launcher on the ground.") == []


def test_a_second_source_after_a_place_and_a_semicolon() -> None:
    text = "Gangs kill at least 23 in attack on Haitian pilgrimage town; police say 14"
    found = [(f.kind, f.value, f.min, f.text) for f in facts(text)]
    assert found == [("killed", None, 23, "kill at least 23"), ("killed", 14, 14, "police say 14")]


def test_parts_by_how_they_were_stopped_that_add_up_to_the_count() -> None:
    text = ("Its systems neutralized three other drones before they reached the town, two by electronic jamming "
            "and one by shooting it down.")
    assert values(text) == [("intercepted", 3), ("intercepted", 2), ("intercepted", 1)]
    # parts that do not add up are not read as these parts
    text = "The army shot down 20 drones, two by jamming and one by rifle fire, the army said."
    assert [f.rule for f in facts(text) if f.rule.endswith("by_means")] == []


def test_struck_by_a_list_of_munitions_tells_impacts() -> None:
    text = "The camp was struck by artillery shells and at least three drones, according to partners."
    assert [(f.kind, f.min) for f in facts(text)] == [("impacted", 3)]


def test_a_further_figure_on_another_day() -> None:
    text = "The hospital received 38 wounded from the camp on 14 January and a further 9 on 15 January."
    assert values(text) == [("injured", 38), ("injured", 9)]


def test_all_of_which_after_two_items_of_one_munition_is_both() -> None:
    text = "Air defences repelled an attack using 8 strategic drones and 14 suicide drones, all of which were shot down."
    assert values(text) == [("launched", 8), ("launched", 14), ("intercepted", 22)]
    text = "Russia fired 3 missiles and 40 drones, all of which were intercepted."
    assert values(text) == [("launched", 3), ("launched", 40), ("intercepted", 40)]


def test_tolls_in_orders_of_their_own() -> None:
    text = "Four of the wounded died, bringing to 13 the number of people who died at the hospital."
    assert values(text) == [("killed", 4), ("killed", 13)]
    assert values("The room posted a list of 26 names of the dead on Friday.") == [("killed", 26)]
    text = "Of the 63 wounded patients, 21 were children under the age of 15 and 17 were women."
    assert values(text) == [("injured", 63), ("injured", 21), ("injured", 17)]
    assert values("Al-Nao received 11 more wounded patients.") == [("injured", 11)]
    text = "At least 11 children were among at least 38 people killed when an air strike hit the market."
    assert [(f.kind, f.min) for f in facts(text)] == [("killed", 11), ("killed", 38)]


# --- shapes from the h101 round -----------------------------------------------------------


def test_a_list_of_the_dead_after_they_are_and_a_colon() -> None:
    text = ("The number of people killed in ISIS attacks since January has risen to 87. They are: 59 members of "
            "government forces, 11 SDF fighters and 17 civilians.")
    assert values(text) == [("killed", 87), ("killed", 59), ("killed", 11), ("killed", 17)]


def test_fatalities_brought_to_a_figure_and_people_spotted_somewhere() -> None:
    assert values("A soldier succumbed, bringing to 88 the number of fatalities since January.") == [
        ("killed", 1), ("killed", 88)]
    text = "Four PKK terrorists detected in the Hakurk region of northern Iraq were neutralized, the ministry said."
    assert values(text) == [("killed", 4)]


def test_a_pair_whose_first_person_has_an_age() -> None:
    assert values("A 54-year-old port worker and a truck driver were killed.") == [("killed", 1), ("killed", 1)]
    # (a verb between the words is no part of the pair: "one" is the munition)
    assert values("Another one killed a woman and her two children near the water point.") == [("killed", 3)]


def test_one_of_whom_it_described_is_no_count_of_its_own() -> None:
    text = "The army said it had killed two Hezbollah members, one of whom it described as a local commander."
    assert values(text) == [("killed", 2)]
    assert values("Officials put the number at 4 drones, all of which he said were intercepted.") == [
        ("launched", 4), ("intercepted", 4)]


def test_fallen_with_honour_and_apostates_killed() -> None:
    assert values("It acknowledged that 12 soldiers had fallen with honour.") == [("killed", 12)]
    assert [(f.kind, f.min) for f in facts('The group claimed it had killed "more than 20 apostates".')] == [
        ("killed", 21)]


def test_a_speaker_reached_by_phone_is_no_victim() -> None:
    text = "A resident of Djibo reached by phone said at least five civilians were also killed."
    assert [(f.kind, f.min) for f in facts(text)] == [("killed", 5)]
    assert values("A resident reached by phone said five civilians were killed.") == [("killed", 5)]


def test_both_joining_two_parties_counts_no_one() -> None:
    assert values("Rights groups say both the army and the militants have killed large numbers of civilians.") == []
    assert values("Both soldiers were killed.") == [("killed", 2)]
    assert values("Air defences shot down both drones and one missile.") == [("intercepted", 2), ("intercepted", 1)]


def test_the_wounded_flown_out_are_counted_by_their_adjective() -> None:
    assert [(f.kind, f.value) for f in facts("About 20 wounded soldiers were flown to the capital by helicopter.")] == [
        ("injured", 20)]


# --- the review of rounds h99-h101: shapes the new rules must leave alone ---------------------


def test_items_by_place_after_a_toll_are_not_the_munitions() -> None:
    text = "Russia attacked with 41 drones overnight, killing eight people: Kharkiv region — 5, Donetsk region — 3."
    assert values(text) == [("launched", 41), ("killed", 8)]
    # (one item per paragraph, after the total)
    text = "Officials said 20 drones were destroyed overnight, including:\n\nBryansk region — 15\n\nKursk region — 5\n"
    assert values(text) == [("intercepted", 20), ("intercepted", 15), ("intercepted", 5)]


def test_the_whole_after_out_of_is_claimed_once() -> None:
    text = "Russia launched 30 drones and air defences destroyed 23 over Kursk, out of 58 nationwide."
    assert values(text) == [("launched", 30), ("intercepted", 23), ("intercepted", 58)]


def test_neutralized_is_split_only_by_a_figure_of_the_killed() -> None:
    text = "The army said it neutralized 12 terrorists in the operation, all of them killed in airstrikes, and arrested three."
    assert values(text) == [("killed", 12)]
    text = ("Turkish forces neutralized 5 PKK terrorists in northern Iraq. In Syria, two of the group's members were "
            "killed and four were captured by SDF forces.")
    assert values(text) == [("killed", 5), ("killed", 2)]


def test_a_days_total_before_a_part_is_no_rate() -> None:
    text = "Russia launched 810 drones and decoys in a day, 747 of which were shot down or jammed."
    assert values(text) == [("launched", 810), ("intercepted", 747)]


def test_a_speakers_rank_opens_no_list_of_the_wounded() -> None:
    assert values("According to Maj. Juan Cruz, Sgt. Bob Reyes and Pvt. Tim Lee were wounded.") == [("injured", 2)]
    assert values("The DPO said Constable Irfanullah, 27, was killed on the spot.") == [("killed", 1)]


def test_a_further_figure_with_a_fate_of_its_own_is_not_the_counts() -> None:
    assert values("Two soldiers were killed, and another three, the army said, are missing.") == [("killed", 2)]


def test_both_before_a_clause_of_its_own_still_counts_two() -> None:
    assert values("Police killed both the attackers and a bystander was wounded.") == [("killed", 2), ("injured", 1)]


def test_a_speaker_of_a_place_is_no_victim_and_victims_names_are_no_toll() -> None:
    assert values("A resident of Djibo said five civilians were killed.") == [("killed", 5)]
    assert values("Hamas released 26 names of the victims, including 5 wounded.") == []


def test_tolls_in_orders_of_their_own_with_total_and_quotes() -> None:
    text = "Four of the wounded died, bringing to 13 the total number of people who died at the hospital."
    assert values(text) == [("killed", 4), ("killed", 13)]
    text = "“Of the 63 wounded patients, 21 were children and 17 were women,” he said."
    assert values(text) == [("injured", 63), ("injured", 21), ("injured", 17)]


def test_a_headline_pair_joined_by_and() -> None:
    assert values("Sergeant and corporal wounded in IED blast") == [("injured", 1), ("injured", 1)]
    assert values("Soldiers and civilians killed in IED blast") == [("killed", None)]
