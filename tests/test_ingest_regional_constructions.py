"""Attribution of regional and wire copy, construction by construction: the ones blind batches 16,
19, 20, 23, 24, 27, 28, 31, 32, 35 and 36 (fixtures/ingest-labelled/, development copy since their first score)
showed the pipeline losing, each in sentences of our own (invented people and bodies), never the
batches'. The helpers are test_ingest_wire_constructions.py's."""

import datetime

from newsroom.ingest.language import ENGLISH
from newsroom.ingest.parse import parse_copy
from newsroom.ingest.pipeline import analyse
from tests.test_ingest_wire_constructions import HEAD, names, quotations

# Descriptions of the person just named ---------------------------------------------------------------


def test_a_description_with_an_age_is_a_noun_phrase():
    assert ENGLISH.grammar.np_at_start("the 58-year-old fisherman said").text == "the 58-year-old fisherman"


def test_a_description_after_a_quotation_is_the_person_named_just_before():
    body = (
        "On a pier in Ostrava Bay, Milan Dvorsky hauls a half-empty net onto the boards.\n\n"
        "“Ten years ago this net was full by noon,” the 61-year-old fisherman said. “Now I come home with this.”"
    )
    assert names(body) == [["Milan Dvorsky"], ["Milan Dvorsky"]]


def test_a_description_is_not_somebody_who_was_given_another_role():
    body = "Lawyer Ana Reyes filed the appeal on Monday.\n\n“We have waited long enough,” the farmer said."
    assert names(body) != [["Ana Reyes"]]


def test_an_office_is_never_a_description_of_somebody_just_named():
    body = "Milan Dvorsky hauled his net onto the pier.\n\n“The quotas stay,” the minister said."
    assert names(body) != [["Milan Dvorsky"]]


# Bodies whose names hold “of” --------------------------------------------------------------------------


def test_a_body_named_x_of_y_is_one_organisation():
    body = (
        "The Velnian Charter of Press Ethics, an association of 300 reporters, said in a statement that the "
        "bill amounted to “licensing by the back door” and that its terms were “deliberately loose”."
    )
    assert names(body) == [["Velnian Charter of Press Ethics"], ["Velnian Charter of Press Ethics"]]
    assert {s.kind for q in quotations(body) for s in q.speakers} == {"organisation"}


# Ministries whose names hold “of X and Y” ---------------------------------------------------------------


def test_a_ministry_of_x_and_y_is_one_name():
    g = ENGLISH.grammar
    assert g.np_at_start("Velna's Ministry of Ecology and Natural Resources said").text == (
        "Velna's Ministry of Ecology and Natural Resources"
    )
    body = (
        "The claim was made on Monday by Velna’s Ministry of Ecology and Natural Resources, which said that "
        "samples showed copper “far above the permitted norms.”"
    )
    assert names(body) == [["Velna’s Ministry of Ecology and Natural Resources"]]


def test_a_second_body_after_and_is_not_part_of_the_first_name():
    mentions = analyse(HEAD + "The Ministry of Defence and Rosatom signed a deal on Monday.").mentions
    assert "Ministry of Defence" in [m.name for m in mentions]


def test_the_phrase_a_relative_clause_hangs_on_is_never_a_clause():
    body = "The deal went to the audit court, which said in a statement that it would report “within sixty days.”"
    assert names(body) == [["audit court"]]


# Groups the text does not name ---------------------------------------------------------------------------


def test_a_chant_is_the_words_of_the_crowd_that_chants_it():
    body = (
        "Marchers carrying red flags filled Liberty Square, the city's largest, chanting “Bread, not bullets!” "
        "as the police looked on."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "marchers"


def test_a_group_as_the_subject_of_said_is_an_unnamed_speaker():
    body = "“We will stay until the gates open,” pensioners said outside the ministry."
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "pensioners"


def test_banners_carry_the_words_of_those_who_hold_them():
    body = (
        "Several hundred nurses gathered outside the ministry, carrying placards reading “Pay us what we are "
        "owed” and “Empty wards kill.”"
    )
    assert names(body) == [["unnamed: several hundred nurses"], ["unnamed: several hundred nurses"]]


def test_a_group_of_people_from_a_place_is_still_nobody_the_text_names():
    body = "Residents of Dornhaven said the water was “not fit to drink” and went on queuing."
    assert all(not s.name.startswith("Dornhaven") for q in quotations(body) for s in q.speakers)


# Reports and their issuers -------------------------------------------------------------------------------


def test_a_report_s_findings_are_its_issuer_s_words():
    body = (
        "An audit released by the country's Audit Office on May 2 found that the registry was “incomplete and "
        "out of date”.\n\n"
        "“Without reliable records, every permit is a guess,” the audit concluded."
    )
    assert names(body) == [["Audit Office"], ["Audit Office"]]


def test_its_annual_report_is_the_organisation_s_named_before():
    body = (
        "The Ostran Pension Fund held 40 tons of gold at the end of June, according to its annual report published "
        "in August.\n\n"
        "“Capital preservation comes before yield,” the report said."
    )
    assert names(body) == [["Ostran Pension Fund"]]


def test_a_lede_s_new_report_is_the_report_whose_issuer_the_next_paragraph_names():
    body = (
        "The old fortress faces “irreversible damage” within a decade, a new report has warned.\n\n"
        "The study, published by the Velnian Heritage Agency and carried out with engineers from abroad, found "
        "that the cracks had widened."
    )
    assert names(body) == [["Velnian Heritage Agency"]]


def test_an_office_of_x_and_y_of_a_country_before_a_name_is_the_person_s_role():
    body = (
        "Minister of Economy and Sustainable Development of Velna Tamar Oren spoke after visiting the port.\n\n"
        "“The port will be ready in 2029,” the Minister noted."
    )
    assert names(body) == [["Tamar Oren"]]


# An attribution that closes the sentence -----------------------------------------------------------------


def test_a_phrase_inside_a_sentence_whose_attribution_closes_it():
    body = "Lawyer Ana Reyes filed the appeal.\n\nThe ruling was “unworkable” and must be withdrawn, Reyes said."
    assert names(body) == [["Ana Reyes"]]


def test_a_name_in_quotation_marks_before_a_closing_attribution_is_no_quotation():
    body = "Joint drills, «Northern Shield – 2026», began on Monday, the Velnian Defence Ministry said."
    assert names(body) == []


def test_one_of_a_group_then_a_name_is_the_named_person():
    body = "“The court did not even try,” one of the lawyers, Ani Reyes, told reporters after the hearing."
    assert names(body) == [["Ani Reyes"]]


def test_a_description_that_repeats_the_role_given_is_that_person():
    body = (
        "The detained man is a cousin of Tomas Ruel, a senior member of the opposition Free Velna bloc.\n\n"
        "“The authorities need a new story,” the opposition figure wrote on Facebook."
    )
    assert names(body) == [["Tomas Ruel"]]


def test_he_with_a_clause_and_a_colon_is_the_speaker_before():
    body = (
        "“We have the votes,” Ivo Ranc said.\n\n"
        "He also questioned the turnout: “Let them count the people on the avenue.”"
    )
    assert names(body) == [["Ivo Ranc"], ["Ivo Ranc"]]


def test_a_letter_published_by_a_group_is_the_group_s_words():
    body = (
        "A group of more than 200 teachers from several schools published an open letter on Friday. The letter "
        "said the reform would “empty the classrooms by spring”."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "a group of more than 200 teachers from several schools"


def test_telling_reporters_after_a_comma_is_the_sentence_s_subject_s():
    body = (
        "Education Minister Ivo Ranc defended the bill on Monday, telling reporters that the colleges were "
        "“mismanaged and underfunded” and would change."
    )
    assert names(body) == [["Ivo Ranc"]]


def test_a_church_is_an_organisation_and_it_is_the_church():
    body = (
        "The Velnian Orthodox Church, which has monks living at the site, said in a statement that it welcomed "
        "the report but asked that any work “respect the character of the monastery”."
    )
    assert names(body) == [["Velnian Orthodox Church"]]


def test_a_minister_and_his_counterpart_said_in_a_joint_statement():
    body = (
        "Velnian Deputy Prime Minister Ivo Ranc and his Kestrian counterpart Omar Reyes, who head their countries' "
        "border commissions, said in a joint statement that talks would resume in March.\n\n"
        "“The parties reaffirmed their commitment to the process,” the statement said."
    )
    assert names(body) == [["Ivo Ranc", "Omar Reyes"]]


def test_the_press_service_that_reported_is_no_role_of_the_person_before_it():
    mentions = analyse(
        HEAD + "YEREVAN, APRIL 22. The minister received Deputy Minister of Roads and Urban Development of Velna "
        "Ivo Ranc, the Ministry's press service reported."
    ).mentions
    ranc = next(m for m in mentions if m.name == "Ivo Ranc")
    assert ranc.role == "Deputy Minister of Roads and Urban Development of Velna"
    assert "Ministry's" not in [m.name for m in mentions]


# Titles and names of offices -----------------------------------------------------------------------------


def test_a_compound_title_or_a_head_of_a_body_before_a_name_is_the_person_s_role():
    body = (
        "Editor-in-chief Mira Solan wrote on Facebook: “They took every laptop.”\n\n"
        "Head of the Union of Working Veterans Ivo Ranc noted that the rise had been “eaten up” in a month."
    )
    assert names(body) == [["Mira Solan"], ["Ivo Ranc"]]


def test_a_body_whose_name_lists_its_portfolio_with_commas_is_one_body():
    body = (
        "In a statement on Friday, Velna’s State Commission on Prisoners of War, Hostages and Missing Persons "
        "called the release “a humanitarian gesture”.\n\n"
        "The Ministry of Education, Science, Culture and Sports said the gaps would be “closed by autumn”."
    )
    assert names(body) == [
        ["Velna’s State Commission on Prisoners of War, Hostages and Missing Persons"],
        ["Ministry of Education, Science, Culture and Sports"],
    ]


def test_a_body_named_for_x_on_y_and_z_with_its_acronym_is_one_subject():
    body = (
        "On June 8, Velna's Federal Service for Surveillance on Consumer Rights Protection and Human Wellbeing "
        "(Velnadzor) suspended imports from seven wineries, citing “non-compliance with safety requirements”."
    )
    assert names(body) == [
        ["Velna's Federal Service for Surveillance on Consumer Rights Protection and Human Wellbeing"]
    ]


# Bodies referred back to ----------------------------------------------------------------------------------


def test_the_regulator_and_the_centre_are_the_bodies_named_before():
    body = (
        "The Central Bank of Velna said in a statement on Tuesday that the lender had failed.\n\n"
        "“Its continued operation posed a direct threat to depositors,” the regulator said.\n\n"
        "The National Center for Disease Control (NCDC) said revaccination would begin in February.\n\n"
        "“The doses are not harmful,” the centre said in a statement."
    )
    assert names(body) == [["Central Bank of Velna"], ["National Center for Disease Control"]]


def test_the_statement_after_a_joint_statement_that_called_something_is_both_bodies():
    body = (
        "The Bar Association of Georgia and Open Society Georgia called the search “a flagrant interference” in a "
        "joint statement.\n\n"
        "“Seizing journalists' devices puts sources at risk,” the statement reads."
    )
    both = ["Bar Association of Georgia", "Open Society Georgia"]
    assert names(body) == [both, both]


def test_a_title_with_commas_before_a_name_is_the_person():
    body = (
        "On Tuesday, Minister of Education, Science, Culture and Sports Mira Solan called the reform “a change "
        "not of textbooks, but of thinking.”"
    )
    assert names(body) == [["Mira Solan"]]


def test_an_appositive_that_ends_with_another_name_is_still_the_first_person():
    body = "“We are overjoyed,” said Ana Vale, the director of the charity Helping Hands, at a news conference."
    assert names(body) == [["Ana Vale"]]


def test_a_body_named_after_its_people_is_an_organisation():
    body = (
        "Reporters Without Borders also responded. In a post on X, the organization wrote:\n\n"
        "“Raiding a newsroom is an attack on press freedom.”"
    )
    assert names(body) == [["Reporters Without Borders"]]


def test_the_press_service_is_the_body_whose_press_service_the_text_named():
    body = (
        "More than 1,200 residents were evacuated, the press service of the main directorate of the Velnian "
        "Emergencies Ministry for the region told TASS.\n\n"
        "“As of 10:00, 1,236 people have been evacuated,” the press service said."
    )
    assert names(body) == [["Velnian Emergencies Ministry"]]


def test_the_head_of_a_district_then_a_name_is_the_person():
    body = (
        "Head of the Dornhaven District Ivo Ranc told TASS that the evacuation was “orderly”.\n\n"
        "“People understand the danger,” he said."
    )
    assert names(body) == [["Ivo Ranc"], ["Ivo Ranc"]]


def test_two_bodies_each_closed_by_its_acronym_are_a_joint_statement():
    body = (
        "In a joint statement on October 8, the Society for Fair Elections and Democracy (SFED) and the Velnian "
        "Young Lawyers' Association (VYLA) said that the vote “was held in an environment of fear.”"
    )
    assert names(body) == [["Society for Fair Elections and Democracy", "Velnian Young Lawyers' Association"]]


def test_it_should_be_noted_that_then_a_body_that_said_is_the_body_s_words():
    body = (
        "It should be noted that the Federal Customs Service of Velna, in a statement released on July 11, said "
        "that the controls were introduced «at the request of the veterinary service»."
    )
    assert names(body) == [["Federal Customs Service of Velna"]]


def test_the_mp_is_the_member_of_parliament_named_before_and_initials_are_a_person():
    body = (
        "Member of the Milli Majlis Aydan Reyes, in turn, called for a quick solution.\n\n"
        "«Velna and Kestria are strategic partners», the MP said.\n\n"
        "Testifying at the hearing, S.K. denied the accusations. “I never touched the alarm,” he said."
    )
    assert names(body) == [["Aydan Reyes"], ["S.K."]]


def test_a_group_inside_a_relative_clause_is_not_the_sentence_s_subject():
    body = (
        "MP Artur Reyes, who joined the protesters, said that the opposition had proposed amendments to the law "
        "“On State Pensions” many times."
    )
    assert names(body) != [["unnamed: protesters"]]


def test_a_source_who_asked_not_to_be_named_without_commas_is_an_unnamed_speaker():
    body = (
        "However, a law-enforcement source who asked not to be named told Azatutyun.am that investigators have "
        "“solid evidence” against the mayor."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "a law-enforcement source"


def test_the_armenian_minister_of_two_ministers_is_the_one_whose_role_names_armenia():
    body = (
        "Armenia's Minister of Infrastructure Tigran Reyes and Georgia's Minister of Regional Development Shota "
        "Vale held a joint press conference.\n\n"
        "“The queue of trucks reached seven kilometers,” the Armenian minister said.\n\n"
        "The Georgian minister added that a schedule would be published “so that drivers can plan ahead.”"
    )
    assert names(body) == [["Tigran Reyes"], ["Shota Vale"]]


def test_a_body_whose_head_comes_after_its_and_with_its_acronym_is_one_body():
    body = (
        "The Velnian National Energy and Water Supply Regulatory Commission (VNERC) responded within hours, "
        "accusing the company of trying to “shift the consequences of its own decisions” onto consumers.\n\n"
        "“The tariff methodology is public,” the commission said."
    )
    both = ["Velnian National Energy and Water Supply Regulatory Commission"]
    assert names(body) == [both, both]


def test_a_minister_whose_title_lists_a_portfolio_is_one_person():
    body = (
        "Velna’s Minister of Education, Science, Culture and Sports Karen Reyes called the programme a way of "
        "“building a generation that knows its neighbours.”"
    )
    assert names(body) == [["Karen Reyes"]]


def test_a_parliamentary_debate():
    body = (
        "Armen Reyes, a member of the opposition “Home and Dignity” faction, criticized the bill.\n\n"
        "“How many times will we hear the same promise?” the MP stressed.\n\n"
        "Reyes exceeded his speaking time, and Deputy Speaker of Parliament Karen Vale interrupted him: "
        "“Mr. Reyes, your time is up.”\n\n"
        "“Then why are you voting for this?” opposition MP Lusine Oren shouted from her seat."
    )
    assert names(body) == [["Armen Reyes"], ["Karen Vale"], ["Lusine Oren"]]


def test_the_expert_is_the_analyst_interviewed():
    quoted_first = (
        "“Russia risks being left out of the region's railway projects,” Vadim Orel, director of the Centre for "
        "Transport Studies, told Interfax.\n\n"
        "According to Orel, Russia still has leverage. The South Caucasus Railway holds a concession until 2038, "
        "and the Armenian network depends on it for spare parts, rolling stock and trained staff.\n\n"
        "“Georgia cannot openly object,” the expert said."
    )
    assert names(quoted_first) == [["Vadim Orel"], ["Vadim Orel"]]
    # named first with a bare role (“director of …”), not quoted: the role is still his
    named_first = quoted_first.replace("“Russia risks", "Russia risks").replace("projects,”", "projects,")
    assert names(named_first) == [["Vadim Orel"]]


def test_the_ministry_said_then_a_participle_is_the_ministry_s_words():
    body = (
        "Ambassador Ivo Ranc was handed a note of protest at the Velnian Foreign Ministry on Tuesday, the "
        "ministry said, describing his remarks as “provocative and unacceptable”."
    )
    assert names(body) == [["Velnian Foreign Ministry"]]


def test_one_of_the_people_familiar_is_an_unnamed_speaker():
    body = (
        "Policymakers are not preparing an increase, according to people familiar with the deliberations.\n\n"
        "“There is no appetite for an unscheduled move,” one of the people said."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "one of the people"


def test_a_company_s_name_in_quotation_marks_is_no_quotation_and_the_chairman_after_it_is_the_speaker():
    body = (
        "Chairman of the Board of «Velna Railways» CJSC Kamran Oren told Report that traffic would grow.\n\n"
        "«This year we expect container traffic to grow by at least 40%.»\n\n"
        "The list includes LLC “Kakhuri Cellars” and LLC “Alazani Valley”."
    )
    assert names(body) == [["Kamran Oren"]]


def test_a_subject_himself_then_an_irregular_verb_and_saying_that():
    body = (
        "Emin Reyes, a midfielder, said nothing for a week.\n\n"
        "Reyes himself broke his silence with a post on Instagram, thanking the fans and saying he had made "
        "“the hardest decision” of his career."
    )
    assert names(body) == [["Emin Reyes"]]


def test_a_statement_expressing_concern_is_its_issuer_s():
    body = (
        "On February 18, Velna’s Ministry of Ecology and Natural Resources issued a statement expressing "
        "“serious concern” over the project."
    )
    assert names(body) == [["Velna’s Ministry of Ecology and Natural Resources"]]


def test_a_relative_named_and_a_body_s_delegation_named_once():
    body = (
        "“He did nothing but stand between a policeman and a girl,” his sister Ketevan Reyes, 34, told the "
        "crowd.\n\n"
        "Oren’s wife, Nune, said her husband had insisted on going. “We have no other income,” she said.\n\n"
        "The European Union's delegation in Velgrad said it was following the case.\n\n"
        "“We call for proportionality,” the delegation wrote on X."
    )
    assert names(body) == [["Ketevan Reyes"], ["Nune"], ["European Union's delegation in Velgrad"]]


# Bodies the text refers back to by a common noun -------------------------------------------------------


def test_the_ministry_a_minister_heads_when_no_ministry_is_named():
    body = (
        "Minister of Culture, Sports and Youth Anna Vartanian opened the season on Tuesday.\n\n"
        "In a written reply, the ministry said that “most theatres will reopen by December.”"
    )
    assert names(body) == [["Ministry of Culture, Sports and Youth"]]
    body = "Economy Minister Levan Oren spoke first.\n\nThe ministry said the plan was “on schedule”."
    assert names(body) == [["Economy Ministry"]]


def test_a_ministry_is_not_one_the_minister_named_does_not_head():
    body = "Foreign Minister Levan Oren met his counterpart.\n\nThe defence ministry said the exercise was “routine”."
    assert names(body) != [["Foreign Ministry"]]


def test_a_name_shown_to_be_a_company_s_is_an_organisation_wherever_printed():
    body = (
        "Workers camped outside Velna Copper, the private company that runs the mines.\n\n"
        "In a statement, Velna Copper said it had “met all its obligations”. It said a compensation "
        "plan was “under review”."
    )
    assert names(body) == [["Velna Copper"], ["Velna Copper"]]


def test_an_unnamed_person_at_the_company_belongs_to_the_company_named_not_the_outlet():
    body = (
        "Velna Copper, the private company that runs the mines, denied wrongdoing.\n\n"
        "“We are hungry,” a miner told AFP.\n\n"
        "A senior engineer at the company, who asked not to be named, said inspections had become "
        "“a formality”.\n\n"
        "“Nobody wants to stop production,” he told AFP. “So we wait.”"
    )
    found = quotations(body)[1:]
    assert [[(s.name, s.unnamed, s.affiliation) for s in q.speakers] for q in found] == [
        [("a senior engineer", True, "Velna Copper")]
    ] * 3


def test_a_source_at_the_ministry_belongs_to_the_ministry_named():
    body = (
        "The Ministry of Transport and Roads signed the deal on Monday.\n\n"
        "A source at the ministry, who asked not to be named, said the price had been “the hardest part”."
    )
    [speaker] = quotations(body)[0].speakers
    assert (speaker.unnamed, speaker.affiliation) == (True, "Ministry of Transport and Roads")


# Titles and bodies' names the lexicon did not know -------------------------------------------------------


def test_a_hyphenated_title_with_a_portfolio_before_a_name():
    body = "Velna Oil Vice-President for Midstream Aram Oren said the terminal had “spare capacity”."
    assert names(body) == [["Aram Oren"]]


def test_an_occupation_opening_a_sentence_is_a_title_not_a_first_name():
    body = "Architect Lena Abbasian, who documents old buildings, said the loss was “irreparable”."
    assert names(body) == [["Lena Abbasian"]]


def test_an_authority_whose_name_holds_and_is_one_body():
    body = "The Disaster and Emergency Management Authority said the search was “continuing”."
    assert names(body) == [["Disaster and Emergency Management Authority"]]


# Bodies that speak together -------------------------------------------------------------------------------


def test_two_bodies_with_a_long_phrase_set_off_before_the_verb():
    body = (
        "The Ministry of Energy of Velna and the Ministry of Energy of Ostrava, in a joint statement issued after "
        "a meeting of the bilateral working group on energy on October 13, said the parties “noted the positive "
        "dynamics” of transit."
    )
    assert names(body) == [["Ministry of Energy of Velna", "Ministry of Energy of Ostrava"]]


def test_bodies_listed_between_dashes_and_then_the_organizations():
    body = (
        "Three civil society organizations – the Velnian Young Lawyers' Association (VYLA), Transparency "
        "International Velna and the Society for Fair Elections and Democracy (SFED) – said in a joint statement "
        "that the bill “is aimed at suppressing protest.”\n\n"
        "“We call on the parliament to withdraw the bill,” the organizations said."
    )
    three = [
        "Velnian Young Lawyers' Association",
        "Transparency International Velna",
        "Society for Fair Elections and Democracy",
    ]
    assert names(body) == [three, three]


def test_two_bodies_between_dashes_are_two_not_one_name():
    body = "Two rights groups – Amnesty International and Human Rights Watch – called the verdict “a travesty”."
    assert names(body) == [["Amnesty International", "Human Rights Watch"]]


def test_the_commissions_joint_press_release_is_both_commissions():
    body = (
        "The meeting of the Commission on Delimitation and Border Security of the Republic of Velna and the State "
        "Commission on Delimitation of the State Border of Ostrava took place on April 16.\n\n"
        "Following the meeting, the commissions issued a joint press release.\n\n"
        "“The sides discussed the work of the expert groups”, the joint press release reads.\n\n"
        "“The meeting was held in a constructive atmosphere”, the document notes."
    )
    both = [
        "Commission on Delimitation and Border Security of the Republic of Velna",
        "State Commission on Delimitation of the State Border of Ostrava",
    ]
    assert names(body) == [both, both]


def test_the_two_ministries_are_the_foreign_ministries_named_together_before():
    body = (
        "Consultations between the foreign ministries of Velna and Ostrava were held on March 24. Following the "
        "talks, the two ministries issued a joint statement reaffirming the Declaration on Allied Interaction.\n\n"
        "“The sides confirmed their mutual interest,” the joint statement said."
    )
    assert names(body) == [["Velna's foreign ministry", "Ostrava's foreign ministry"]]


def test_two_companies_are_never_any_two_bodies_named_last():
    body = (
        "The foreign ministries of Velna and Ostrava met on Monday.\n\n"
        "On the sidelines, the rail company Velna Rail signed a deal with a port.\n\n"
        "“The platform will open in May,” the two companies said in a joint statement."
    )
    assert all("Velna's foreign ministry" not in speakers for speakers in names(body))


# Documents and their issuers, and offices held by the person named after them ---------------------------


def test_an_opinion_a_response_and_an_application_are_their_issuers_documents():
    body = (
        "A day before the vote, Public Defender Nina Oren published a legal opinion on the bill.\n\n"
        "“The proposed restrictions are not in line with the standards,” the opinion reads. It adds that the "
        "fines are “manifestly disproportionate to the average income.”\n\n"
        "The developer, Velna Build LLC, said in a written response to JAMnews that all permits were legal.\n\n"
        "“The company acted in full compliance with the law,” the response reads.\n\n"
        "In its application, VNE substantiates the need for the increase.\n\n"
        "“Without the revision of the tariff, the program cannot go ahead,” the application reads."
    )
    assert names(body) == [["Nina Oren"], ["Nina Oren"], ["Velna Build LLC"], ["VNE"]]


def test_an_indictment_prepared_by_an_office_whose_name_holds_a_possessive():
    body = (
        "According to the indictment prepared by the Velna Chief Public Prosecutor's Office, the suspects acted "
        "as “an organized structure.” The indictment claims that the guard “deactivated the alarm.”"
    )
    assert names(body) == [["Velna Chief Public Prosecutor's Office"]] * 2


def test_a_chairman_of_a_committee_with_a_listed_portfolio_then_the_committee_chairman():
    body = (
        "Chairman of the parliamentary Committee on Economic Policy, Industry and Entrepreneurship Farid "
        "Oren noted that the committee had reviewed all proposals.\n\n"
        "“We received 47 proposals from deputies,” the committee chairman said."
    )
    assert names(body) == [["Farid Oren"]]


def test_a_team_captain_then_the_captain():
    body = "Team captain Emin Reyes said the players were ready.\n\n«The first match sets the tone,» the captain said."
    assert names(body) == [["Emin Reyes"]]


def test_a_second_predicate_after_an_interjection_and_any_first_verb():
    body = (
        "Farid Oren, in turn, thanked the hosts for their hospitality and stressed that Velna sees Ostrava as "
        "“a reliable gateway to the markets.”"
    )
    assert names(body) == [["Farid Oren"]]


def test_a_body_set_off_by_a_whose_clause_with_commas():
    body = (
        "The Velna Pipeline Consortium (VPC) cut exports. The consortium, whose shareholders include Velna's "
        "Transoil, Ostrava's OilCo and the majors Chevron and ExxonMobil, said on Wednesday that the mooring had "
        "been “taken out of service as a precaution”."
    )
    assert names(body) == [["Velna Pipeline Consortium"]]


def test_one_of_the_traders_is_somebody_the_text_does_not_name():
    body = (
        "Two trading sources said cargoes had been deferred.\n\n"
        "“Everyone is scrambling for barrels,” said one of the traders, who declined to be named."
    )
    assert names(body) == [["unnamed: one of the traders"]]


# Somebody a lede describes, named in the next paragraph ---------------------------------------------------


def test_a_lede_s_description_is_the_person_the_next_paragraph_opens_on():
    body = (
        "A former mayor of Velgrad who has spent a year in detention denied the charges on Thursday.\n\n"
        "Aram Oren, 54, was arrested in July 2025 and charged with embezzlement.\n\n"
        "The former mayor also accused the police of pressuring witnesses: “Three of them signed statements "
        "they had not read.”"
    )
    assert names(body) == [["Aram Oren"]]


def test_a_lede_s_body_is_the_one_the_next_paragraph_names():
    body = (
        "A Velnian media watchdog has recorded 214 cases of interference, describing the situation as "
        "“unprecedented”.\n\n"
        "The report by Press Freedom Watch Velna, published on Monday, covers nine months.\n\n"
        "The EU Delegation to Velna responded on X, writing that “journalists must be able to work freely”."
    )
    assert names(body) == [["Press Freedom Watch Velna"], ["EU Delegation to Velna"]]


def test_a_lede_s_description_stays_unnamed_when_the_next_paragraph_names_somebody_else_s_body():
    body = (
        "An Ostravan media watchdog said the law was “a threat”.\n\n"
        "The report by Press Freedom Watch Velna, published on Monday, covers nine months."
    )
    assert names(body) != [["Press Freedom Watch Velna"]]


# Spokespeople the text does not name ------------------------------------------------------------------------


def test_an_unnamed_spokesperson_is_recorded_as_such_of_the_body_named_in_full_before():
    body = (
        "The European Commission sent two planes.\n\n"
        "A Commission spokesperson said the bloc stood “ready to do more if needed”."
    )
    [speaker] = quotations(body)[0].speakers
    assert (speaker.name, speaker.unnamed, speaker.affiliation) == (
        "a Commission spokesperson",
        True,
        "European Commission",
    )


# Crowds ------------------------------------------------------------------------------------------------------


def test_words_a_crowd_chants_shouts_or_carries_are_the_crowd_s():
    body = (
        "The answer did not satisfy the participants of the action, who chanted “Resignation!” as the deputy "
        "minister left.\n\n"
        "The verdict was met with anger by several dozen relatives of soldiers killed in the war. Some of them held "
        "portraits of their sons and shouted “Shame!”\n\n"
        "Dozens of Oren's supporters gathered outside. Some of them held up posters reading “Free Aram” and "
        "“Velgrad Is With You.”\n\n"
        "The trial began with relatives of the victims filling the courtroom and shouting “We want justice”."
    )
    found = quotations(body)
    assert [[(s.name, s.unnamed) for s in q.speakers] for q in found] == [
        [("participants of the action", True)],
        [("several dozen relatives of soldiers killed", True)],
        [("dozens of Oren's supporters", True)],
        [("dozens of Oren's supporters", True)],
        [("relatives of the victims", True)],
    ]
    assert {q.medium for q in found} == {"other"}


def test_a_sign_nobody_is_said_to_put_up_says_nothing_anybody_said_a_banner_its_group_hung_up_theirs():
    assert names("A row of freshly painted signs reading “State Border” stands in the field.") == []
    # (a banner is its group's, hung up or held: as “held banners reading”; batch 186 labels it so, batch 23 not)
    assert names("Strikers hung a banner reading “Velgrad is not for sale” from the railings.") == [
        ["unnamed: strikers"]
    ]


# Parties to a document, and names after an office ----------------------------------------------------------


def test_the_parties_to_a_joint_statement_are_the_countries_the_lede_named():
    body = (
        "Azerbaijan, Georgia and Kazakhstan have signed a roadmap on the transit corridor, Report informs.\n\n"
        "The document was signed in Velgrad on May 20.\n\n"
        "Following the meeting, the parties adopted a joint statement.\n\n"
        "«The Parties reaffirm their commitment to the corridor», the statement reads."
    )
    assert names(body) == [["Azerbaijan", "Georgia", "Kazakhstan"]]


def test_the_two_ministries_a_memorandum_is_signed_by_are_those_the_two_ministers_head():
    body = (
        "The bridge will be finished in 2027, Minister of Transport and Roads of Armenia Aram Oren said with "
        "Minister of Regional Development of Georgia Levan Reyes.\n\n"
        "Georgian Minister Levan Reyes agreed.\n\n"
        "Following the meeting, the two ministries signed a memorandum of understanding. “The Parties reaffirm "
        "their commitment to open borders,” the document reads."
    )
    assert names(body)[-1] == [
        "Ministry of Transport and Roads of Armenia",
        "Ministry of Regional Development of Georgia",
    ]


def test_according_to_a_document_its_words_whatever_the_clause_does_with_them():
    body = (
        "According to a separate statement by the Foreign Ministry, the parties discussed the “mutually "
        "beneficial cooperation” and the next session."
    )
    assert names(body) == [["Foreign Ministry"]]


def test_a_three_word_name_after_the_country_an_ambassador_is_posted_to():
    body = "Türkiye's Ambassador to Georgia Ali Kemal Oren described the move as “a historic step”."
    assert names(body) == [["Ali Kemal Oren"]]


def test_a_government_official_is_of_the_government_of_the_country_the_text_is_about():
    body = (
        "Ostrava's central bank kept its rate.\n\n"
        "A government official, speaking on condition of anonymity, said the ministry wanted “a cut”."
    )
    [speaker] = quotations(body)[0].speakers
    assert (speaker.unnamed, speaker.affiliation) == (True, "Government of Ostrava")


# A paragraph of quoted words after a paragraph reporting what somebody says ----------------------------------


def test_a_paragraph_of_quotation_after_reported_speech_or_an_opinion_is_its_subject_s():
    body = (
        "Historian Levan Oren, who has studied the old churches, believes the dispute will not be resolved in "
        "court.\n\n"
        "“Velgrad has always been a multiethnic city. If every side digs for the ‘original’ owner, we will never "
        "find the end.”\n\n"
        "MP of the opposition “Homeland” faction Aram Reyes, who joined the protesters, said that the opposition "
        "had proposed amendments to the law “On State Pensions”.\n\n"
        "“Every time we raise this issue, we are told that there is no money.”"
    )
    assert names(body) == [["Levan Oren"], ["Aram Reyes"]]


def test_a_paragraph_of_quotation_after_a_paragraph_about_nobody_speaking_has_no_speaker():
    body = "Aram Reyes was arrested in July and charged with embezzlement.\n\n“The investigation is continuing.”"
    assert names(body) == [[]]


def test_the_bishop_named_before():
    body = (
        "At a briefing, the head of the diocese, Bishop Sahak Oren, said the church was theirs.\n\n"
        "“We will go to court,” the bishop said."
    )
    assert names(body) == [["Sahak Oren"]]


# Unnamed sources and bodies described by a clause -------------------------------------------------------------


def test_a_source_in_a_field_familiar_with_the_talks_and_one_official_after_a_conjunction():
    body = (
        "A source in the industry familiar with the negotiations told Trend that the tariff had been "
        "“practically resolved”.\n\n"
        "Finance ministry officials have said the volumes would not require a revision, though one official, "
        "speaking on condition of anonymity, said the ministry was preparing “a conservative scenario”."
    )
    assert names(body) == [["unnamed: a source"], ["unnamed: one official"]]


def test_a_prosecutor_s_office_of_a_country_is_a_body_and_a_mission_described_by_a_participle():
    body = (
        "On Thursday, the Prosecutor's Office of Velna announced in a statement that it had launched an "
        "investigation into “large-scale fraud” under Article 180.\n\n"
        "A peacekeeping mission deployed in the area under a 2020 agreement said in a brief statement that it was "
        "“monitoring the situation closely”."
    )
    assert names(body) == [["Prosecutor's Office of Velna"], ["peacekeeping mission"]]


def test_a_source_close_to_the_company_is_an_unnamed_person_of_the_company():
    body = (
        "Velna Grain, the company that runs the port, was seized.\n\n"
        "A source close to the company told Interfax that the owners “were ready to restructure”."
    )
    [speaker] = quotations(body)[0].speakers
    assert (speaker.unnamed, speaker.affiliation) == (True, "Velna Grain")


def test_the_company_is_never_a_state_body_named_last():
    body = (
        "The Velna Prosecutor General's Office sued Velna Grain LLC, which runs the port, on March 17.\n\n"
        "A source close to the company told Interfax that the owners “were ready to restructure”."
    )
    [speaker] = quotations(body)[0].speakers
    assert (speaker.unnamed, speaker.affiliation) == (True, "Velna Grain LLC")


def test_the_court_at_the_head_of_a_sentence_is_the_court_named_before():
    body = (
        "The Arbitration Court of Velna Territory on Tuesday granted the lawsuit.\n\n"
        "The court had seized the shares on March 19. “The measures are aimed at preventing the sale of the "
        "assets,” the court's press service said at the time."
    )
    assert names(body) == [["Arbitration Court of Velna Territory"]]


def test_the_medium_of_a_speech_at_a_gathering_and_of_words_told_to_an_agency():
    body = (
        "Speaking at the seventh meeting of transport ministers in Almaty, Minister Selim Oren said the route "
        "mattered.\n\n"
        "“The corridor is no longer an alternative, it is a necessity,” Oren said.\n\n"
        "Governor Hakan Reyes said 14 bridges had been destroyed.\n\n"
        "“The water rose by three meters in an hour,” Reyes told AA."
    )
    assert [s.medium for s in analyse(HEAD + body).statements] == ["speech", "interview"]


def test_a_body_named_in_quotation_marks_after_what_it_is():
    body = (
        "The local observer organization “Velna Observation Center” also presented its preliminary report, which "
        "states that “no systemic violations were observed”.\n\n"
        "The civic movement “Velgrad for People” announced that it will hold a protest on Saturday. “The city "
        "belongs to its residents,” the movement said."
    )
    assert names(body) == [["Velna Observation Center"], ["Velgrad for People"]]


def test_a_report_with_a_phrase_set_off_after_it_found_that():
    body = (
        "The report by the State Audit Office, first obtained by a broadcaster last week, found that monitoring "
        "“was not carried out for seven months”. It also says that officials “were informed in May”."
    )
    assert names(body) == [["State Audit Office"], ["State Audit Office"]]


def test_the_deputy_is_the_member_of_parliament_named_before():
    body = (
        "Member of the Milli Majlis Rauf Oren raised the issue at Monday's plenary session.\n\n"
        "“We cannot leave the old centre to developers,” the deputy said."
    )
    assert names(body) == [["Rauf Oren"]]


def test_a_branch_of_a_body_speaks_for_the_body():
    body = (
        "The Istanbul branch of the Chamber of Civil Engineers (İMO), which has been following the case, said the "
        "collapse was “not an accident but a predictable result”."
    )
    assert names(body) == [["Chamber of Civil Engineers"]]


def test_an_event_whose_name_holds_and_is_never_a_person():
    body = (
        "Daniyar Oren told Trend the volume would grow.\n\n"
        "“We are looking at 2.5 million tons,” Oren said on the sidelines of the Caspian Oil and Gas Transport "
        "Conference in Baku.\n\n"
        "He noted that the route was busy.\n\n"
        "“The route has proved itself,” he said."
    )
    assert names(body) == [["Daniyar Oren"], ["Daniyar Oren"]]


def test_a_body_s_warning_by_its_acronym_and_the_paragraph_after_it_issued_one():
    body = (
        "The State Meteorological Service (VMS) has issued an “orange” warning for the coast.\n\n"
        "“Heavy rainfall is expected to continue until Wednesday,” the VMS warning said.\n\n"
        "The State Hydrological Service has issued a warning for the rivers.\n\n"
        "“Rivers may burst their banks overnight.”"
    )
    assert names(body) == [["State Meteorological Service"], ["State Hydrological Service"]]


def test_two_bodies_a_sentence_opens_on_after_a_phrase_and_where_they_are_based():
    body = (
        "In a rare joint appeal on February 22, the Telavi-based Alazani Watch and the Baku-based Kur River Union "
        "urged the governments to commission a study, warning that “neither side has published data on the dam.”"
    )
    assert names(body) == [["Alazani Watch", "Kur River Union"]]


def test_an_embassy_in_a_country_is_one_name_and_the_subject_of_its_sentence():
    body = (
        "The Embassy of Italy in Velna also congratulated the organizers, writing on its Facebook page: “Art "
        "speaks a language without borders.”"
    )
    assert names(body) == [["Embassy of Italy in Velna"]]


def test_a_body_after_and_opening_a_clause_keeps_its_whole_name():
    body = (
        "Velna offered to send rescue teams, and the European Union said it stood “ready to help” through its "
        "civil protection mechanism."
    )
    assert names(body) == [["European Union"]]


def test_an_office_in_a_team_before_a_name():
    assert ENGLISH.grammar.np_at_start("Head coach of the Velnian national team Ivo Marek said").text == (
        "Head coach of the Velnian national team Ivo Marek"
    )
    body = (
        "Head coach of the Velnian national team Ivo Marek, speaking after the match, congratulated the hosts and "
        "said that his players “simply ran out of strength” late on."
    )
    assert names(body) == [["Ivo Marek"]]


def test_a_name_and_a_verb_the_lexicon_does_not_know_are_not_one_title():
    body = (
        "Karel Novak also singled out Velnian forward Ivo Marek, calling him “the most dangerous striker in our group”."
    )
    assert names(body) == [["Karel Novak"]]


def test_a_description_is_the_person_named_just_before_whatever_outlet_they_spoke_to():
    body = (
        "Ivo Marek said in an interview with Interfax that he dedicated the goal to his father.\n\n"
        "“He came to every game. This goal is for him,” the 24-year-old forward said."
    )
    assert names(body) == [["Ivo Marek"]]


def test_a_body_sharing_a_post_with_a_long_occasion_before_its_colon():
    body = (
        "The Velnian Football Federation (VFF) also shared a post on its official social media accounts on the "
        "occasion of the victory: “Congratulations to our national team! Next stop: the play-offs.”"
    )
    assert names(body) == [["Velnian Football Federation"]]


def test_a_predicate_after_but_is_the_subject_s_whatever_verb_came_first():
    body = (
        "The Culture Ministry dismissed the director on Friday.\n\n"
        "The ministry did not make the audit public, but said it would be “published in due course.”"
    )
    assert names(body) == [["Culture Ministry"]]


def test_a_letter_is_the_words_of_the_group_that_signed_it():
    body = (
        "The ministry dismissed Ana Vale on Friday. “It is a shame,” Vale said.\n\n"
        "More than 80 painters, sculptors and art historians signed an open letter published on Sunday.\n\n"
        "“The gallery is not a department of a ministry,” the letter says."
    )
    assert names(body)[1] == ["unnamed: more than 80 painters, sculptors and art historians"]


def test_a_person_of_a_party_without_commas_is_the_person():
    assert ENGLISH.grammar.np_at_start("Ivo Marek of the opposition Velna Forward alliance said").text == (
        "Ivo Marek of the opposition Velna Forward alliance"
    )
    body = (
        "Ivo Marek of the opposition Velna Forward alliance said the authorities were “purging institutions of "
        "people who do not share their views.”"
    )
    assert names(body) == [["Ivo Marek"]]


def test_a_body_s_name_in_quotation_marks_after_what_it_is_is_nobody_s_words():
    body = (
        "Ana Vale, one of the organizers from the student movement “Auditorium 115,” told Velna Today that the "
        "protesters would return."
    )
    assert quotations(body) == []


def test_a_delegation_and_the_embassies_of_member_states_speak_together():
    assert ENGLISH.grammar.np_at_start("the embassies of EU member states said").text == (
        "the embassies of EU member states"
    )
    body = (
        "The Interior Ministry said in a statement that the rally was illegal.\n\n"
        "The EU Delegation to Velna and the embassies of EU member states also issued a joint statement on the "
        "amendments, saying they “further restrict the space for civil society”.\n\n"
        "“We call on the authorities to engage in genuine consultations,” the joint statement reads."
    )
    together = ["EU Delegation to Velna", "embassies of EU member states"]
    assert names(body) == [together, together]


def test_an_unnamed_person_who_gave_only_a_first_name_is_that_name():
    body = (
        "“I sold twenty cars a month,” said a dealer on the Velna highway, who asked that only his first name, "
        "Marek, be used. “Now I sell four.”\n\n"
        "A pensioner, who gave only her first name, Ilona, said prices were “too high to bear”."
    )
    assert names(body) == [["Marek"], ["Marek"], ["Ilona"]]


def test_a_relative_clause_with_its_own_subject_names_who_called_it_so():
    body = (
        "The Central Bank of Velna kept its rates on hold.\n\n"
        "Ivo Marek said banks had made record profits.\n\n"
        "He also pointed to a sharp rise in consumer lending, which the central bank has called a “risk area.”"
    )
    assert names(body) == [["Central Bank of Velna"]]


def test_the_body_whose_sentence_introduced_a_mission_is_the_mission():
    body = (
        "The International Monetary Fund, whose staff concluded a mission to Velna earlier this month, struck a "
        "cautious note. In a statement issued on November 13, the mission said the outlook was “broadly favorable”."
    )
    assert names(body) == [["International Monetary Fund"]]


def test_a_letter_released_by_somebody_else_is_the_words_of_he_who_wrote_it():
    body = (
        "Marek Vale was charged with fraud.\n\n"
        "Vale denies the charges. In a letter released on Monday by his wife, Ilona Vale, on Facebook, he described "
        "the case as “political persecution.”"
    )
    assert names(body) == [["Marek Vale"]]


def test_a_term_of_numbers_before_what_it_names_is_nobody_s_words():
    body = "The deputy minister said the next round in the “3+3” format would take place in Velna."
    assert quotations(body) == []


def test_an_appositive_may_hold_a_name_in_quotation_marks_and_the_role_keeps_it_as_printed():
    body = (
        "Ivo Marek, an MP from the opposition “Velna” Faction who attended the hearing, told reporters that the "
        "authorities “are using the courts to settle accounts.”"
    )
    (q,) = quotations(body)
    assert [s.name for s in q.speakers] == ["Ivo Marek"]
    assert "\x00" not in q.speakers[0].role and "“Velna” Faction" in q.speakers[0].role


def test_the_foreign_ministries_of_three_countries_speak_together():
    assert ENGLISH.grammar.np_at_start("the foreign ministries of Velna, Ostra and Kestria said").text == (
        "the foreign ministries of Velna, Ostra and Kestria"
    )
    body = (
        "In a joint statement, the foreign ministries of Estonia, Latvia and Lithuania said they were “deeply "
        "concerned by the continued backsliding”."
    )
    assert len(names(body)[0]) == 3


def test_a_name_with_a_particle_and_its_capitalised_title_after_the():
    body = (
        "Velnian Foreign Minister Maarten de Vries arrived in Ostra on Monday.\n\n"
        "“We see the progress you have made,” the Velnian Foreign Minister said.\n\n"
        "Energy Minister Ivo Marek met the delegation later.\n\n"
        "“We see it too,” the Energy Minister said."
    )
    assert names(body) == [["Maarten de Vries"], ["Ivo Marek"]]


def test_another_unnamed_person_is_unnamed_too():
    body = (
        "Another economist, who asked not to be named because of his institution's policy, said the rent figures "
        "were “the most important signal in the data,” adding that smaller cities would follow."
    )
    assert names(body) == [["unnamed: an economist"]]


def test_portfolios_joined_by_and_before_a_minister_s_name_are_one_title():
    body = (
        "Treasury and Finance Minister Ivo Marek welcomed the figures, saying the process was “gaining strength.”\n\n"
        "Ilona Vale and Foreign Minister Karel Novak said they were “ready to sign”."
    )
    assert names(body) == [["Ivo Marek"], ["Ilona Vale", "Karel Novak"]]


def test_a_joint_statement_adopted_by_two_ministries_following_the_talks_reads():
    body = (
        "The ministers met on Monday.\n\n"
        "A joint statement adopted by the Ministry of Foreign Affairs of Velna and the Ministry of Foreign Affairs of "
        "Ostra following the talks reads:\n\n"
        "“The sides reaffirmed their commitment to the principles of the UN Charter.”"
    )
    assert names(body) == [["Ministry of Foreign Affairs of Velna", "Ministry of Foreign Affairs of Ostra"]]


def test_a_question_needs_no_comma_before_its_cue_and_the_cue_may_say_where():
    body = (
        "Lawmaker Ilona Vale criticised the authorities.\n\n"
        "“We have said it after every flood. How many more lives must be lost?” Vale wrote on X."
    )
    (q,) = quotations(body)
    assert [s.name for s in q.speakers] == ["Ilona Vale"] and q.medium == "social_media_post"


def test_a_name_printed_before_party_is_a_body_and_the_party_is_it():
    body = (
        "The ruling Velna Forward party won 41 percent.\n\n"
        "Velna Forward called the allegations “the usual excuses of those who lose”. The party's press service said "
        "in a statement that the opposition had “failed to offer the residents any program other than insults”."
    )
    assert names(body) == [["Velna Forward"], ["Velna Forward"]]
    assert {s.kind for q in quotations(body) for s in q.speakers} == {"organisation"}


def test_an_akim_is_a_title_and_the_akim_the_person_named_with_it():
    body = (
        "Akim of Ostra Nurlan Veli said the square had been landscaped.\n\n"
        "“The theatre has always been one of the symbols of Ostra,” the Akim said."
    )
    (q,) = quotations(body)
    assert [(s.name, s.affiliation) for s in q.speakers] == [("Nurlan Veli", "")]


def test_works_named_one_after_another_and_by_their_author_are_nobody_s_words():
    body = (
        "The director said the repertoire includes the ballets “Kyz Zhibek” and “Swan Lake” and Verdi's “La Traviata”."
    )
    assert quotations(body) == []


def test_an_unnamed_person_from_a_unit_of_the_ministry_is_of_the_ministry():
    body = (
        "Velna's Emergency Situations Ministry said 420 houses were damaged.\n\n"
        "A rescuer from the ministry’s Ostra unit, who asked not to be identified, said his team had worked all "
        "night.\n\n"
        "“We heard a woman knocking at about 4 in the morning,” he said."
    )
    (q,) = quotations(body)
    assert [(s.unnamed, s.affiliation) for s in q.speakers] == [(True, "Velna's Emergency Situations Ministry")]


def test_an_appositive_office_with_its_complement_and_commas_up_to_the_verb():
    g = ENGLISH.grammar
    assert g.np_at_start(
        "Ana Vale, Director for Energy Security at the Commission's Directorate-General for Energy, said"
    ).text == ("Ana Vale, Director for Energy Security at the Commission's Directorate-General for Energy")
    body = (
        "Ivo Marek, bp's regional president for Velna, Ostra and Kestria, said that the company's operations "
        "continued to deliver “safe and reliable” production."
    )
    assert names(body) == [["Ivo Marek"]]


def test_a_body_named_in_quotation_marks_before_what_it_is_issued_the_statement():
    body = (
        "The “Velna Valley Guardians” movement released a statement, which was read out at the rally.\n\n"
        "“The dam project was prepared without a proper environmental assessment”, - the statement reads."
    )
    assert names(body) == [["Velna Valley Guardians"]]


def test_the_regulator_s_press_service_speaks_for_the_regulator():
    body = (
        "VELNA, October 27. The board of the Central Bank of Velna decided on Tuesday to keep the rate "
        "unchanged, the regulator's press service reported.\n\n"
        "According to the statement, inflation expectations remain “moderately elevated.”\n\n"
        "The regulator said it was “ready to act”."
    )
    assert names(body) == [["Central Bank of Velna"], ["Central Bank of Velna"]]


def test_the_presidency_is_the_presidency_of_the_country_the_report_is_about():
    body = (
        "Moldovan voters went to the polls on Sunday, the third time in two years that Moldova has voted.\n\n"
        "The presidency said in a statement that the head of state would act “immediately after the official "
        "results are announced”."
    )
    assert names(body) == [["Presidency of Moldova"]]


def test_observers_from_a_body_speak_for_it():
    body = (
        "Observers from the OSCE’s Office for Democratic Institutions and Human Rights (ODIHR) said in a preliminary "
        "statement on Monday that the vote had been “competitive and well administered”."
    )
    assert names(body) == [["OSCE’s Office for Democratic Institutions and Human Rights"]]


def test_a_plural_noun_after_a_name_in_a_complement_is_no_verb_and_a_company_suffix_makes_a_body():
    body = (
        "Velna Pipeline AG, the consortium that operates the line, said in a statement that it had completed the "
        "test required under EU rules and was “ready to proceed to the next phase”."
    )
    (q,) = quotations(body)
    assert [(s.name, s.kind) for s in q.speakers] == [("Velna Pipeline AG", "organisation")]


def test_a_review_is_not_a_view_of_somebody():
    body = (
        "The push comes as Brussels prepares to publish its review of the plan, which officials said would set out "
        "“concrete pathways” for further cuts."
    )
    assert all("Brussels prepares" not in name for q in names(body) for name in q)


def test_whom_words_are_told_to_is_an_outlet_and_never_a_role_of_the_speaker():
    body = (
        "Velna's Ambassador to Ostra Karel Novak said in an interview with Radio Kestria that Velna would attend.\n\n"
        "“For Velna, stability on our borders is a question of security,” the ambassador said.\n\n"
        "Head of the mission, Dutch diplomat Marieke van der Berg, told Ekho Ostra that detentions had risen.\n\n"
        "“What we are seeing is not a series of isolated incidents,” she said."
    )
    assert names(body) == [["Karel Novak"], ["Marieke van der Berg"]]


def test_two_nationalities_and_a_plural_body_are_each_country_s_body():
    body = (
        "In a joint statement issued following the talks, the Russian and Iranian Foreign Ministries said that the "
        "parties “reaffirmed the importance of the format”."
    )
    assert names(body) == [["Russian Foreign Ministry", "Iranian Foreign Ministry"]]


def test_a_format_s_name_before_a_long_description_of_it_is_nobody_s_words():
    body = (
        "Velna expects that the next ministerial meeting of the “3+3” regional consultative platform will take place "
        "in December.\n\n"
        "The ministers said that the parties “reaffirmed the importance of the 3+3 format as a mechanism”."
    )
    assert [q.text for q in quotations(body)] == ["reaffirmed the importance of the 3+3 format as a mechanism"]


def test_a_sentence_after_the_play_is_somebody_s_words_and_a_title_is_not():
    body = (
        "The court found Ivo Marek guilty over the play “The Quiet Hour”. Prosecutors had argued that the play "
        "“formed a negative image of the participants” and mocked the ministry."
    )
    assert names(body) == [["unnamed: prosecutors"]]


def test_a_title_with_a_place_in_it_before_a_name_and_the_title_s_head_after():
    body = (
        "U.S. District Judge Karel Novak scheduled sentencing for Jan. 21.\n\n"
        "Novak allowed the defendant to remain free. “You are to have no contact with any witness,” the judge "
        "told him."
    )
    assert names(body) == [["Karel Novak"]]


def test_an_unnamed_juror_is_she_who_speaks_next():
    body = (
        "The defence said it would appeal.\n\n"
        "One juror, a retired schoolteacher who declined to give her name, said the panel spent most of its time on "
        "the counts. “The bank records were hard to argue with,” she said."
    )
    assert names(body) == [["unnamed: one juror"]]


def test_a_body_and_a_one_word_name_the_text_names_apart_speak_together():
    body = (
        "The Ministry of Energy and Velnagaz said in a joint statement published on Friday that the price would "
        "remain “fixed until April”."
    )
    (q,) = quotations(body)
    assert [(s.name, s.kind) for s in q.speakers] == [
        ("Ministry of Energy", "organisation"),
        ("Velnagaz", "organisation"),
    ]


def test_which_it_described_as_is_the_subject_s_words():
    body = (
        "The National Hydrometeorology Service said precipitation had reached 68 millimetres in 24 hours, which it "
        "described as “more than the monthly norm for November”."
    )
    assert names(body) == [["National Hydrometeorology Service"]]


def test_a_law_named_in_quotation_marks_is_nobody_s_words():
    body = (
        "According to him, the turnout threshold required by the law “On Elections of Deputies of the People's "
        "Assembly” was exceeded twice over."
    )
    assert quotations(body) == []


def test_the_two_companies_are_the_two_sides_of_the_deal_the_lede_names():
    body = (
        "VELNA, Nov 17 (Reuters) - Velna's state energy company VELGAS signed a 10-year agreement on Tuesday to "
        "supply gas to Ostran trader Danubia Gas Trading from 2028, the companies said.\n\n"
        "In a joint statement, the two companies said it would “strengthen security of supply” for households."
    )
    assert names(body) == [["VELGAS", "Danubia Gas Trading"]]


# Cases a second reader found the rules above over-reaching on ------------------------------------------


def test_a_person_spoken_to_stays_a_person():
    body = "Judge Anna Clarke told Tomasz Wojcik that the hearing would resume. “I am innocent,” Wojcik said."
    (q,) = quotations(body)
    assert [(s.name, s.kind) for s in q.speakers] == [("Tomasz Wojcik", "person")]


def test_a_body_that_demanded_a_committee_is_not_the_committee():
    body = (
        "The opposition Velna Labour Party demanded a parliamentary committee on the spill. “We will hold hearings "
        "in June,” the committee said."
    )
    assert names(body) != [["Velna Labour Party"]]


def test_a_capitalised_quotation_before_a_preposition_s_phrase_is_still_somebody_s():
    body = "Prime Minister Ivo Marek called the proposal “Unacceptable” at the meeting."
    assert names(body) == [["Ivo Marek"]]


def test_a_surname_named_before_is_a_person_beside_a_body():
    body = (
        "Dr Ana Smith runs the city hospital.\n\n"
        "The Ministry of Health and Smith said in a joint statement that “the hospital will stay open”."
    )
    (q,) = quotations(body)
    assert ("Ana Smith", "person") in [(s.name, s.kind) for s in q.speakers]


def test_an_office_is_no_body_a_person_is_of():
    body = "Energy Minister Ilona Vasko welcomed the deal. “This is the first step,” the Energy Minister said."
    (q,) = quotations(body)
    assert [(s.name, s.affiliation) for s in q.speakers] == [("Ilona Vasko", "")]


def test_a_person_named_by_first_name_in_a_sentence_without_quotation_is_he_who_speaks_next():
    body = (
        "Prices rose again.\n\n"
        "A dealer at the Velna City market, who asked that only his first name, Tomas, be used, said prices had "
        "already risen. “Nobody asked us,” he said."
    )
    assert names(body) == [["Tomas"]]


def test_the_press_service_of_a_body_the_text_names_only_there_speaks_for_it():
    body = (
        "VELNA. 3 December - Around 1,500 servicemen will take part in exercises, the press service of the "
        "Southern Military District said.\n\n"
        "“The exercises will practise the defence of designated areas,” the press service said in a statement."
    )
    assert names(body) == [["Southern Military District"]]


def test_a_long_capitalised_title_with_its_complement_before_a_name():
    body = (
        "Deputy Commander of the Southern Military District Lieutenant General Ivo Marek told Interfax that the "
        "exercises were “routine and planned long in advance”."
    )
    assert names(body) == [["Ivo Marek"]]


def test_a_document_issued_on_a_date_and_the_body_by_its_capitalised_head_word():
    body = (
        "Marek was arrested in March. According to a statement issued by the Anti-Corruption Committee of Velna on "
        "July 9, he and two employees “created a fraudulent scheme” in 2022.\n\n"
        "“The amounts for the work performed were artificially inflated,” the Committee said."
    )
    assert names(body) == [["Anti-Corruption Committee of Velna"], ["Anti-Corruption Committee of Velna"]]


def test_the_press_service_is_the_owner_of_the_press_service_named_last():
    body = (
        "Velgaz Ostra's press service told TASS that the company had completed preparations.\n\n"
        "“All underground gas storage facilities are filled,” the press service said.\n\n"
        "The Energy Ministry confirmed the talks. The ministry's press service said it was “fine”. “We agree,” the "
        "press service said."
    )
    assert names(body) == [["Velgaz Ostra"], ["Energy Ministry"], ["Energy Ministry"]]


# Subjects set off from their verb, headings that drop an article, a court's decision (batch 42) -----------


def test_a_hyphenated_office_in_an_appositive_keeps_the_subject():
    body = (
        "Arif Kerimli, vice-president of Velgaz for upstream, told Report that production would start "
        "“no later than 2029”."
    )
    assert names(body) == [["Arif Kerimli"]]


def test_a_relative_clause_opened_by_a_preposition_keeps_the_subject():
    body = (
        "The Ostra Alliance party, of which Marek is a member, stated on Facebook on Monday that the case was "
        "“politically motivated”."
    )
    assert names(body) == [["Ostra Alliance party"]]


def test_a_heading_that_drops_the_article_is_the_body_quotation_s_speaker():
    text = (
        "Velna, Ostra sign border deal in ‘historic step’\n\nBy Staff\n\nThe two countries signed a protocol on "
        "Friday.\n\nIvo Marek, the Velnian deputy prime minister, called the agreement “a historic step” in "
        "remarks to reporters.\n"
    )
    found = [(q.text, [s.name for s in q.speakers]) for q in analyse(text).quotations]
    assert found == [("historic step", ["Ivo Marek"]), ("a historic step", ["Ivo Marek"])]


def test_a_court_s_decision_is_the_court_s_not_the_judge_s_named_since():
    body = (
        "The Anti-Corruption Court of Velna on Tuesday extended the detention of Ivo Marek.\n\n"
        "Judge Ana Reyes granted the motion of the prosecution. The decision, a copy of which is available to "
        "reporters, states that there is “a reasonable suspicion that the accused may abscond”."
    )
    assert names(body) == [["Anti-Corruption Court of Velna"]]


# Batches 43 and 44 -----------------------------------------------------------------------------------------


def test_an_attribution_closing_the_sentence_may_have_a_clause_of_its_own_after_it():
    body = (
        "Velna and Ostra are “within reach” of a deal on the railway, Velnian Deputy Prime Minister Ivo Marek said "
        "on Tuesday, though Ostra said important questions were still open."
    )
    assert names(body) == [["Ivo Marek"]]


def test_the_spokesperson_is_the_head_of_the_ministry_s_press_service():
    body = (
        "Head of the Press Service Department of the Ministry of Foreign Affairs Arif Kerimli commented on the "
        "resolution.\n\n“The resolution is based on distorted information,” the spokesperson said."
    )
    assert names(body) == [["Arif Kerimli"]]


def test_a_heading_in_title_case_names_its_speaker_by_a_shorter_name():
    text = (
        "Ruling Party Moves to Bar Observers; EU Delegation Says Bill “Moves Velna Further Away”\n\n"
        "The ruling party initiated amendments on Monday.\n\n"
        "The EU Delegation to Velna reacted hours later. In a statement, it said the bill would “move Velna "
        "further away from the path of European integration”.\n"
    )
    found = [(q.text, [s.name for s in q.speakers]) for q in analyse(text).quotations]
    assert found[0] == ("Moves Velna Further Away", ["EU Delegation to Velna"])


def test_the_report_s_authors_are_the_body_that_published_it_this_month():
    body = (
        "A report published this month by the Velna-based Trade Observatory found that exports had fallen.\n\n"
        "“The concentration of exports in one market leaves producers exposed,” the report’s authors wrote."
    )
    assert names(body) == [["Trade Observatory"]]


def test_the_envoys_of_the_two_countries_in_a_joint_statement_and_what_it_added():
    body = (
        "Velna and Ostra agreed to open the crossing “in early 2027,” the special envoys of the two countries said "
        "in a joint statement on Dec. 1, following their talks in Kars.\n\n"
        "“The special envoys agreed to complete the preparations,” the joint statement read.\n\n"
        "“They also reaffirmed their commitment to the process,” it added.\n\n"
        "Velna was represented by Ambassador Ivo Marek, the special envoy for the process, while Ostra's "
        "delegation was led by special envoy Arif Kerimli."
    )
    assert [sorted(n) for n in names(body)] == [["Arif Kerimli", "Ivo Marek"]] * 3


def test_a_role_before_a_name_stops_at_the_verb_that_introduces_the_person():
    (q,) = quotations("Ostra's delegation was led by special envoy Arif Kerimli. “We will open it,” Kerimli said.")
    assert q.speakers[0].role == "special envoy"


def test_a_commentary_posted_on_a_website_is_the_body_s_and_the_commentary_says():
    body = (
        "In a commentary posted on its website on Thursday, the Velnian Foreign Ministry said that the work “must "
        "be carried out on the basis of the agreements”.\n\n"
        "“Attempts to replace these agreements will not bring stability,” the commentary says."
    )
    assert names(body) == [["Velnian Foreign Ministry"], ["Velnian Foreign Ministry"]]


def test_a_name_holding_an_abbreviation_is_not_another_body_with_the_same_head():
    body = (
        "The statement issued on Friday by the European Parliament's delegation called for restraint.\n\n"
        "The EU Delegation to Velna responded with a post on X: “Media freedom is a cornerstone of Velna's path.”"
    )
    assert names(body) == [["EU Delegation to Velna"]]


def test_a_description_then_a_title_and_a_name_is_that_person():
    body = (
        "Ostra's chief negotiator, Deputy Prime Minister Arif Kerimli, told state television the talks had been "
        "“constructive and businesslike”."
    )
    assert names(body) == [["Arif Kerimli"]]


def test_the_envoys_are_the_envoy_and_his_counterpart_named_together():
    body = (
        "The talks were held between Velna's special envoy, Ambassador Ivo Marek, and his Ostran counterpart, Arif "
        "Kerimli.\n\n“The special envoys agreed to set up a working group,” the envoys said in a joint statement."
    )
    assert [sorted(n) for n in names(body)] == [["Arif Kerimli", "Ivo Marek"]]


def test_a_capitalised_head_word_s_document_is_the_body_named_in_full_before():
    body = (
        "Velna's Tariff Council announced on Friday that fuel prices would rise.\n\n"
        "According to the Council's decision, the change was made “taking into account the increase in costs.”"
    )
    assert names(body) == [["Velna's Tariff Council"]]


def test_a_user_named_on_social_media_is_the_person():
    body = "User Arif Kerimli wrote ironically:\n\n“Good news: walking is still free. For now.”"
    assert names(body) == [["Arif Kerimli"]]


def test_a_conclusion_is_a_document_of_the_body_that_issued_it():
    body = (
        "The Audit Chamber of Velna, in its conclusion on the draft budget, warned that “the risks remain high.”\n\n"
        "“In 2025, only 71 percent of the planned expenditures were executed,” the conclusion states."
    )
    assert names(body) == [["Audit Chamber of Velna"], ["Audit Chamber of Velna"]]


def test_a_committee_on_a_and_b_issued_a_statement_which_reads():
    body = (
        "The parliament also reacted. The Committee on International Relations and Inter-Parliamentary Relations "
        "of the Velnian Parliament issued a statement, which reads:\n\n"
        "“We regard this resolution as a document that serves neither dialogue nor cooperation.”"
    )
    assert names(body) == [
        ["Committee on International Relations and Inter-Parliamentary Relations of the Velnian Parliament"]
    ]


def test_words_told_an_outlet_by_its_web_address_are_an_interview():
    told = ("“We lost everything,” Arif Kerimli told NEWS.am.", "“We lost everything,” he told Civil.ge on Friday.")
    for text in told:
        (q,) = analyse(text).quotations
        assert (q.medium, q.found.extra.strip()[:8]) in {("interview", "NEWS.am"), ("interview", "Civil.ge")}


def test_words_told_a_public_broadcaster_are_an_interview():
    (q,) = analyse("“The water came at night,” she told Velna's public broadcaster.").quotations
    assert q.medium == "interview"


# Batch 48 -------------------------------------------------------------------------------------------------


def test_a_courtesy_title_with_its_dot_before_a_surname():
    body = (
        "Velnian Deputy Foreign Minister Ivo Marek commented on the situation in an interview.\n\n"
        "«We will not hold anyone by the sleeve», Mr. Marek said."
    )
    assert names(body) == [["Ivo Marek"]]


def test_fm_is_the_foreign_minister():
    body = "Deputy Foreign Minister Arif Kerimli spoke to reporters.\n\n“We are realistic,” the Deputy FM noted."
    assert names(body) == [["Arif Kerimli"]]


def test_two_bodies_joined_by_and_the_when_the_second_name_holds_an_and():
    body = (
        "The Ministry of Foreign Affairs of Velna and the European Commission's Directorate-General for Migration "
        "and Home Affairs issued a joint statement.\n\n"
        "“The sides reviewed the roadmap,” the joint statement reads.\n\n"
        "It notes that the next meeting will be held “in the first half of 2027”."
    )
    both = sorted(
        [
            "Ministry of Foreign Affairs of Velna",
            "European Commission's Directorate-General for Migration and Home Affairs",
        ]
    )
    assert [sorted(n) for n in names(body)] == [both, both]


# Batch 47 -------------------------------------------------------------------------------------------------


def test_a_source_in_a_field_or_circles_the_text_describes():
    body = (
        "A source in Velnian diplomatic circles told Interfax that the talks “could take place before the end of "
        "the year.”\n\nA source in Ostra's transport sector told TASS that a memorandum could follow “if the "
        "technical issues are settled in time.”"
    )
    found = [(s.name, s.unnamed, s.affiliation) for q in quotations(body) for s in q.speakers]
    assert found == [
        ("a source", True, "Velnian diplomatic circles"),
        ("a source", True, "Ostra's transport sector"),
    ]


def test_the_joint_statement_of_two_envoys_named_together_and_what_it_added_and_noted():
    body = (
        "The meeting between Velna's Special Envoy Ivo Marek and Ostra's Special Envoy Arif Kerimli took place in "
        "Kars.\n\n“The Special Envoys agreed to establish a joint commission,” the joint statement said.\n\n"
        "“They reaffirmed their commitment to normalization,” it added, noting that the next meeting would be held "
        "“in the first quarter of 2027.”"
    )
    assert [sorted(n) for n in names(body)] == [["Arif Kerimli", "Ivo Marek"]] * 3


def test_a_city_whose_name_ends_like_a_demonym_is_no_country():
    from types import SimpleNamespace

    from newsroom.ingest.speakers import _country

    context = SimpleNamespace(
        lx=ENGLISH.lexicon, source="They met in the Georgian capital Tbilisi. Velnian envoys came."
    )
    assert not _country("Tbilisi", context)
    assert _country("Velna", context)


def test_a_bloc_named_by_its_leader_s_possessive_is_the_bloc():
    body = (
        "Mayor Samvel Marek was arrested on Friday. Marek’s Civic Alliance bloc, which holds a majority in the "
        "council, denounced his arrest as “a political vendetta” in a statement.\n\n"
        "“The authorities could not defeat him at the ballot box,” the bloc said."
    )
    assert names(body) == [["Civic Alliance"], ["Civic Alliance"]]


def test_a_country_s_possessive_stays_in_a_body_s_name():
    body = "Velna's Foreign Ministry said it “stands in solidarity with the people of Ostra”."
    assert names(body) == [["Velna's Foreign Ministry"]]


def test_city_hall_is_a_body_and_issues_statements():
    body = (
        "On Saturday, Velna City Hall issued a statement saying that the permit had been granted “in full "
        "compliance with the law”.\n\n“The developer is obliged to plant three new trees,” the statement said."
    )
    assert names(body) == [["Velna City Hall"], ["Velna City Hall"]]


def test_a_person_s_age_before_the_name():
    body = "“We will not give up a single tree,” 64-year-old Ana Reyes, who lives next to the grove, told reporters."
    assert names(body) == [["Ana Reyes"]]


# What a second read of these rules found them doing to copy they were not written for -----------------------


def test_a_plural_office_is_not_any_two_people_named_together():
    body = (
        "Finance Minister Ivo Marek and Economy Minister Ana Reyes presented the budget on Monday.\n\n"
        "Opposition lawmakers criticised the plan. “The budget ignores the regions,” the lawmakers said."
    )
    assert names(body) != [["Ivo Marek", "Ana Reyes"]]


def test_the_envoys_are_not_ambassadors_named_elsewhere():
    body = (
        "Velna's Ambassador to France, Ivo Marek, and Ostra's Ambassador to France, Arif Kerimli, attended a "
        "reception.\n\nSeparately, the special envoys of Velna and Ostra met in Kars on Tuesday. “We agreed to open "
        "the border,” the envoys said in a joint statement."
    )
    assert names(body) != [["Ivo Marek", "Arif Kerimli"]]


def test_a_joint_statement_a_body_issued_is_not_the_two_people_named_before():
    body = (
        "Velnian President Ivo Marek and Ostran President Arif Kerimli met in Kars on Monday.\n\n"
        "The G7 foreign ministers issued a joint statement on Tuesday welcoming the meeting.\n\n"
        "“We encourage both sides to continue,” the joint statement said."
    )
    assert "Ivo Marek" not in names(body)[0]


def test_it_after_a_joint_statement_is_a_body_named_since():
    body = (
        "The Velnian and Ostran foreign ministries issued a joint statement on Friday.\n\n"
        "“The sides agreed to open the border,” the joint statement said.\n\n"
        "The European Union welcomed the agreement. “This is an important step,” it said in a statement."
    )
    assert names(body)[1] == ["European Union"]


def test_an_abbreviation_may_stand_for_the_words_of_the_name():
    body = (
        "The Delegation of the European Union to Velna criticised the bill on Monday.\n\n"
        "“The bill contradicts European values,” the EU delegation said."
    )
    assert names(body) == [["Delegation of the European Union to Velna"]]


def test_the_spokesman_is_no_head_of_a_press_freedom_centre():
    body = (
        "Ivo Marek, head of the Press Freedom Centre, criticised the bill on Monday.\n\n"
        "The Interior Ministry defended it. “The law protects minors,” the spokesman said."
    )
    assert names(body) != [["Ivo Marek"]]


def test_the_decision_is_the_body_that_adopted_it_since_the_court():
    body = (
        "The Constitutional Court of Velna on Monday upheld the new tax code.\n\n"
        "On Wednesday, the Cabinet of Ministers adopted a decision on fuel subsidies. “Prices will be capped until "
        "March,” the decision states."
    )
    assert names(body) == [["Cabinet of Ministers"]]


def test_a_letter_which_reads_is_not_the_issuer_of_the_sentence_before():
    body = (
        "The Interior Ministry issued a statement on Monday denying the claims. An anonymous letter, which reads: "
        "“We were ordered to beat them,” was circulated on Telegram."
    )
    assert names(body) != [["Interior Ministry"]]


def test_a_committee_on_a_subject_and_an_ombudsman_are_two_speakers():
    body = (
        "The Committee on Human Rights and Ombudsman Ana Reyes said in a joint statement that the law was "
        "“unacceptable”."
    )
    assert [sorted(n) for n in names(body)] == [["Ana Reyes", "Committee on Human Rights"]]


def test_a_body_whose_name_opens_with_journalist():
    body = (
        "The Journalist Solidarity Fund of Velna said it would pay the fine. “We will not let the newspaper close,” "
        "the fund said."
    )
    assert names(body) == [["Journalist Solidarity Fund of Velna"]]


def test_a_leader_s_office_keeps_the_leader_s_name():
    body = (
        "Velnian Prime Minister Ivo Marek dismissed the report on Monday.\n\n"
        "Marek's Office said in a statement that the claims were “baseless”."
    )
    assert names(body) == [["Marek's Office"]]


def test_mrs_is_never_her_husband():
    body = (
        "Ana Marek runs the village school. Her husband, Ivo Marek, farms apricots.\n\n"
        "“We lost the house and the orchard,” Mrs. Marek said."
    )
    assert names(body) != [["Ivo Marek"]]


def test_dr_before_a_surname():
    body = "The clinic is run by Ana Reyes, a surgeon. “We have no insulin left,” Dr. Reyes said."
    assert names(body) == [["Ana Reyes"]]


def test_fm_after_a_name_is_a_radio_station_not_a_minister():
    body = (
        "Velnian Foreign Minister Ivo Marek ordered the station closed on Monday.\n\n"
        "“We will keep broadcasting from abroad,” Velna FM said in a statement."
    )
    assert names(body) != [["Velna Foreign Minister"]]


def test_a_courtesy_title_in_an_attribution_closing_the_sentence():
    body = "Velnian Deputy Foreign Minister Ivo Marek met reporters. Velna is “ready” for a deal, Mr. Marek said."
    assert names(body) == [["Ivo Marek"]]


def test_the_whole_name_after_a_title_in_quotation_marks():
    body = (
        "In a report published on October 14, titled “Lines on the Map, Lines in the Mind,” the International "
        "Border Group warned that the deal had been negotiated “largely over the heads of the communities.”"
    )
    assert names(body) == [["International Border Group"]]


def test_a_body_named_in_quotation_marks_after_leaders_of_is_no_quotation():
    body = (
        "One of the leaders of “Coalition for Change”, Arif Kerimli, told reporters that the opposition would "
        "return “if the ruling team agrees.”"
    )
    assert [q.text for q in quotations(body)] == ["if the ruling team agrees."]


def test_a_company_named_in_quotation_marks_before_its_legal_form():
    body = (
        "“Velgaz Ostra” CJSC, in turn, issued a statement noting that the company “is not responsible for damage "
        "caused by third parties”."
    )
    assert names(body) == [["Velgaz Ostra"]]


def test_a_titled_name_then_one_of_its_authors():
    body = "Presenting the bill, Georgian Dream MP Ivo Marek, one of its authors, said the changes were “long overdue.”"
    assert names(body) == [["Ivo Marek"]]


def test_a_capitalised_head_word_s_press_service():
    body = (
        "The CSTO Secretariat confirmed that it had received the notification. «The Secretariat has received the "
        "note», the Secretariat's press service said."
    )
    assert names(body) == [["CSTO Secretariat"]]


def test_a_sentence_case_headline_ending_with_a_quoted_question():
    text = (
        'MP on gas outage in Velna village: "Where is the ministry?"\n\n14:26, 30.11.2026\n\n'
        "Residents of Velna village have been without gas for five days, MP Ana Reyes wrote on Facebook.\n\n"
        '"For five days, 140 families have been heating their homes with wood. Where is the ministry? Where is '
        'the governor?" the MP wrote.\n'
    )
    a = analyse(text)
    assert a.copy.headline.startswith("MP on gas outage")
    assert [(q.heading, [s.name for s in q.speakers]) for q in a.quotations] == [
        (True, ["Ana Reyes"]),
        (False, ["Ana Reyes"]),
    ]


def test_the_data_of_a_body_whose_name_holds_an_and():
    body = (
        "The Directorate-General for Migration and Home Affairs took part.\n\nAccording to the data of the "
        "Migration and Citizenship Service of the Ministry of Internal Affairs, “more than 640,000 citizens” have "
        "received the new documents."
    )
    assert names(body) == [["Migration and Citizenship Service of the Ministry of Internal Affairs"]]


def test_an_age_then_a_relative_clause_after_a_quotation():
    body = (
        "‘We are being pushed out a second time’, Anahit Vardanian, 54, who lives with her sons in a rented flat in "
        "Abovyan, told OC Media."
    )
    assert names(body) == [["Anahit Vardanian"]]


def test_a_report_published_by_a_body_is_its_issuer_s_when_it_states():
    body = (
        "In a statement on 26 November, the Ministry of Labour said the programme had ‘never been intended as a "
        "permanent measure’.\n\nHowever, a report published on 14 October by the Yerevan-based NGO Civic Aid "
        "Network found that few families had managed to use them.\n\n‘Fewer than one in five families have been "
        "able to use them’, the report states."
    )
    assert names(body) == [["Ministry of Labour"], ["Civic Aid Network"]]


def test_an_ambassador_of_one_country_to_another_before_a_name():
    body = (
        "Ambassador of France to Armenia Claire Moreau, who also attended the opening, thanked the family.\n\n"
        "“This Gospel travelled a long way to come home,” the Ambassador said."
    )
    assert names(body) == [["Claire Moreau"]]


def test_a_post_on_a_channel_whatever_the_verb_is_its_writer_s():
    body = (
        "Mayor Astamur Chkotua said the cuts were needed, according to a readout published by his office.\n\n"
        "Velenergo acknowledged the problem in a post on its Telegram channel on Tuesday.\n\n"
        "‘We ask residents to treat this with understanding’, the post read."
    )
    assert names(body) == [["Velenergo"]]


def test_an_office_with_an_acronym_in_its_complement_before_a_name():
    body = (
        "Resident Representative of the United Nations Development Programme (UNDP) in Azerbaijan Sophie Lindqvist, "
        "who also addressed the conference, said the UN would help.\n\n"
        "«Mine action is not only about clearing land», she said."
    )
    assert names(body) == [["Sophie Lindqvist"]]


def test_a_country_opens_the_second_of_two_bodies_joined_by_and():
    body = (
        "Kazakhstan Temir Zholy and Azerbaijan Railways signed an agreement to launch a digital platform.\n\n"
        '"The platform will allow shippers to track containers," the two companies said in a joint statement.'
    )
    assert names(body) == [["Kazakhstan Temir Zholy", "Azerbaijan Railways"]]


def test_an_office_in_lower_case_after_a_capitalised_word_then_an_aside():
    body = (
        'Deputy chairman of the State Duma Committee on Labour Arkady Zverin, by contrast, called the proposal "long '
        'overdue".'
    )
    assert names(body) == [["Arkady Zverin"]]


def test_a_website_named_after_what_it_is_then_a_relative_clause():
    body = (
        "The pro-government website Haqqin.info, which covered the hearings in detail, described the editors as "
        "“grant-eaters serving foreign masters”."
    )
    assert names(body) == [["Haqqin.info"]]


def test_a_second_predicate_is_the_subject_s_of_the_clause_a_conjunction_opened():
    body = (
        "Turkey’s central bank cut its main interest rate by 150 basis points. Inflation has fallen to 24%, but the "
        "bank said it would act “cautiously” and warned that food prices remained “a source of upside risk”."
    )
    assert names(body) == [["Turkey’s central bank"], ["Turkey’s central bank"]]


def test_a_body_named_in_lower_case_after_a_country_whatever_it_did():
    body = "Georgia's interior ministry opened a case on Monday. The ministry said it was “a serious crime”."
    assert names(body) == [["Georgia's interior ministry"]]


def test_assessed_as_attributes_a_phrase():
    body = (
        "In its monetary policy statement of November 17, the Central Bank of Ardania assessed the impact of fiscal "
        "policy as “moderately stimulating.”"
    )
    assert names(body) == [["Central Bank of Ardania"]]


def test_a_passive_verb_after_according_to_names_no_other_speaker():
    body = (
        "The Central Bank of Ardania kept the rate at 7.25%. According to the regulator, the balance of risks is "
        'currently described as "broadly balanced."'
    )
    assert names(body) == [["Central Bank of Ardania"]]


def test_an_office_in_a_company_named_with_its_acronym_and_legal_form():
    body = (
        "Cargo grew by 28 percent, Deputy Chairman of Ardanian Railways (ARW) CJSC Elchin Gasimzade said at the "
        'forum.\n\n"Our goal is to bring this figure down to 11 days," the deputy chairman said.'
    )
    assert names(body) == [["Elchin Gasimzade"]]


def test_an_office_in_a_faction_named_in_quotation_marks_then_the_office_alone():
    body = (
        'MP of the opposition "Hayastan" faction Artur Grigorian, who joined the protesters, said the majority had '
        'rejected the amendments.\n\n"Every time we raise this issue, we are told there is no money," the MP said.'
    )
    assert names(body)[-1] == ["Artur Grigorian"]


def test_an_office_with_the_place_of_its_posting_before_a_name():
    body = (
        "“We will apply to the Administrative Court,” the alliance’s candidate in Talin Hovik Manukian wrote on "
        "Facebook late on Sunday."
    )
    assert names(body) == [["Hovik Manukian"]]


def test_according_to_after_a_phrase_of_the_discourse():
    body = (
        "Kirill Sadovnikov heads the fund. At the same time, according to Mr. Sadovnikov, the position is limited: "
        'an alternative covers a tenth of needs, and "there is no physical way to replace Russian gas."'
    )
    assert names(body) == [["Kirill Sadovnikov"]]


def test_a_description_holding_a_number_s_comma_after_a_conjunction_opening_the_sentence():
    body = (
        "The embassy did not respond. But Grigory Salmanov, a pro-Kremlin blogger with more than 300,000 followers "
        "on Telegram, hailed the arrest, writing that “the days when traitors could sit comfortably are over”."
    )
    analysis = analyse(HEAD + body)
    [speaker] = analysis.quotations[0].speakers
    assert (speaker.name, speaker.role) == (
        "Grigory Salmanov",
        "a pro-Kremlin blogger with more than 300,000 followers on Telegram",
    )


# Joint statements and the bodies behind them (blind batches 112 and 113) ---------------------------------


def test_where_a_body_is_based_is_no_part_of_its_name_in_a_place_of_two_words():
    body = (
        "On the sidelines of the conference, the Ministry of Energy of Kazakhstan and Abu Dhabi-based Ostrava Solar "
        "Holding signed an agreement for a solar power plant.\n\n"
        "“The parties confirm their intention to start construction,” the joint statement issued by the ministry and "
        "the company reads."
    )
    assert names(body) == [["Ministry of Energy of Kazakhstan", "Ostrava Solar Holding"]]


def test_the_commissions_of_two_countries_are_each_a_speaker():
    body = (
        "In a joint statement on Monday, the commissions on border delimitation of Armenia and Azerbaijan said the "
        "case had been resolved “in a spirit of good neighbourliness.”"
    )
    assert names(body) == [
        ["Commission on border delimitation of Armenia", "Commission on border delimitation of Azerbaijan"]
    ]


def test_the_heads_of_three_bodies_signing_a_document_make_it_the_three_bodies():
    body = (
        "On the sidelines of the forum, the heads of Kyrgyz Rail Lines (KRL), Tajik Railways (TR) and Turkmen Cargo "
        "Company signed a joint statement on a single digital platform.\n\n"
        "“The parties agree to launch the platform in test mode,” the document says."
    )
    assert names(body) == [["Kyrgyz Rail Lines", "Tajik Railways", "Turkmen Cargo Company"]]


def test_words_reaffirmed_as_what_a_body_calls_something_are_its_own():
    body = (
        "The Kazakh and Uzbek foreign ministries reaffirmed their commitment to the format as “an optimal "
        "mechanism for regional dialogue” and called for “full respect for the sovereignty of all states.”"
    )
    assert names(body) == [["Kazakh foreign ministry", "Uzbek foreign ministry"]] * 2


# People and outlets the text does not name (blind batch 112) ----------------------------------------------


def test_a_source_in_a_countrys_border_troops_is_of_them():
    body = (
        "“It was the other side that provoked the incident,” a source in Tajikistan’s border troops told Interfax "
        "by telephone from Dushanbe.\n\n"
        "According to the source, the situation “has been stabilized”. “Both sides have pulled back,” the source said."
    )
    speakers = [q.speakers for q in quotations(body)]
    assert [[(s.unnamed, s.affiliation) for s in each] for each in speakers] == [
        [(True, "Tajikistan’s border troops")]
    ] * 3


def test_a_paediatrician_at_a_hospital_the_text_does_not_name_and_then_the_doctor():
    body = (
        "A paediatrician at a children’s hospital in Kizilyurt, who spoke on condition of anonymity, said the ward "
        "was “full to the corridors”.\n\n"
        "“We have children lying on mattresses in the hallway,” the doctor told OC Media."
    )
    speakers = [q.speakers for q in quotations(body)]
    assert [[(s.name, s.affiliation) for s in each] for each in speakers] == [
        [("a paediatrician", "children’s hospital in Kizilyurt")]
    ] * 2


def test_the_channel_wrote_of_a_telegram_channel_named_in_quotation_marks():
    body = (
        "On Monday, the popular Telegram channel “Kizilyurt Without Filters” published a video of parents waiting "
        "outside a polyclinic.\n\n"
        "“Parents are queueing from six in the morning,” the channel wrote."
    )
    assert names(body)[-1] == ["Kizilyurt Without Filters"]


# Where a name begins (blind batches 112 and 113) ------------------------------------------------------------


def test_what_a_person_is_in_lower_case_before_their_title_and_name():
    body = (
        "Ruling party MP Levan Gvaramia told journalists in Parliament that the diplomats’ statements amounted to "
        "“open pressure on the court.”"
    )
    [quotation] = quotations(body)
    assert [(s.name, s.kind, s.role) for s in quotation.speakers] == [("Levan Gvaramia", "person", "Ruling party MP")]


def test_a_general_manager_is_one_title():
    body = "BOTAS General Manager Selim Aydemir said: “The infrastructure is ready.”"
    [quotation] = quotations(body)
    assert [(s.name, s.role) for s in quotation.speakers] == [("Selim Aydemir", "BOTAS General Manager")]


def test_a_deal_a_minister_said_opened_a_new_era():
    body = (
        "The two countries signed an agreement on Tuesday, a deal Kazakhstan’s Energy Minister Almas Nurlanov said "
        "opened a “new era” in their energy cooperation."
    )
    assert names(body) == [["Almas Nurlanov"]]
    # (not somebody a description in lower case leads into: “the embassies of EU member states”)
    body = (
        "The Delegation of the European Union to Georgia and the embassies of EU member states said in a joint "
        "statement that they were “deeply concerned” by the verdict."
    )
    assert "member states" not in names(body)[0]


def test_a_lawyer_set_off_before_her_name_and_her_body():
    body = (
        "The plaintiffs’ lawyer, Ani Sargsyan of the Armenian Water Law Center, said the court’s decision was “an "
        "important first step,” but warned that such cases often drag on for years."
    )
    [quotation] = quotations(body)
    assert [(s.name, s.role) for s in quotation.speakers] == [("Ani Sargsyan", "The plaintiffs’ lawyer")]


def test_supporters_of_the_defendants_who_gathered_outside_chanting():
    body = (
        "Supporters of the defendants who had gathered outside the court chanted “Freedom to the prisoners” as the "
        "convicted were led to a police van."
    )
    [quotation] = quotations(body)
    assert [(s.name, s.unnamed) for s in quotation.speakers] == [("supporters of the defendants", True)]
    [statement] = analyse(HEAD + body).statements
    assert statement.medium == "other"  # chanted: neither remarks nor a statement


def test_the_ombudsperson_of_the_human_rights_defender_named_before():
    body = (
        "Human Rights Defender Lilit Harutyunyan said her office had received 23 reports on election day.\n\n"
        "“Most of them concern the accessibility of polling stations,” the ombudsperson told reporters."
    )
    assert names(body) == [["Lilit Harutyunyan"]]


def test_a_body_of_an_organisation_named_with_its_acronym_between():
    body = (
        "The Collective Security Treaty Organization (CSTO) Secretariat said in a statement that it “is in contact "
        "with the relevant agencies of both member states”."
    )
    assert names(body) == [["Collective Security Treaty Organization Secretariat"]]


def test_two_broadcasters_set_off_with_what_they_both_are():
    body = (
        "Rioni TV and TV Kartuli, two of the country’s largest independent broadcasters, said in a joint "
        "statement that the law was designed to “silence the last remaining voices that ask questions”."
    )
    assert names(body) == [["Rioni TV", "TV Kartuli"]]


def test_what_a_party_is_set_off_after_its_name_is_no_other_body():
    body = (
        "Strong Georgia, the opposition party, struck a harsher tone on social media. “The government is once again "
        "dragging the country into chaos,” the party wrote on Facebook shortly after the vote."
    )
    assert names(body) == [["Strong Georgia"]]
    # (not a name in a phrase set off before the subject)
    body = "Reporters Without Borders responded. In a post on X, the organization wrote: “This is an attack.”"
    assert names(body) == [["Reporters Without Borders"]]


def test_a_spokesperson_for_a_body_named_after_what_it_is_is_unnamed_of_it():
    body = (
        "A spokesperson for Kazakhstan’s state grid operator KEGOC said the company had “not been instructed” to "
        "begin technical work."
    )
    [quotation] = quotations(body)
    assert [(s.unnamed, s.name, s.affiliation) for s in quotation.speakers] == [(True, "a spokesperson", "KEGOC")]


def test_sources_described_after_the_verb_and_set_off_after_a_second_source():
    body = (
        "The deal would split the cost equally, three sources familiar with the talks told Reuters.\n\n"
        "“The money is no longer the question,” said one of the sources, a senior official at Kazakhstan’s Energy "
        "Ministry.\n\n"
        "A second source, an Azerbaijani government official, said Baku wanted a controlling stake.\n\n"
        "“We expect the signature in Baku,” the Azerbaijani official said."
    )
    speakers = [q.speakers for q in quotations(body)]
    assert [[(s.unnamed, s.name) for s in each] for each in speakers] == [
        [(True, "a senior official")],
        [(True, "an Azerbaijani government official")],
    ]


def test_the_three_ministers_of_a_lede_are_the_three_named_below():
    body = (
        "Türkiye, Azerbaijan and Georgia pledged on Wednesday to deepen cooperation in a joint declaration.\n\n"
        "“We reaffirm our shared determination to build the corridor,” the three foreign ministers said in the "
        "declaration.\n\n"
        "Turkish Foreign Minister Kemal Arslan said the format had “proven its value”.\n\n"
        "Azerbaijani Foreign Minister Rashad Guliyev said his country was ready to do its part.\n\n"
        "Georgian Foreign Minister Nana Gelashvili said the corridor needed a deep-sea port."
    )
    assert names(body)[0] == ["Kemal Arslan", "Rashad Guliyev", "Nana Gelashvili"]


def test_the_two_ministers_named_before():
    body = (
        "Armenian Foreign Minister Aram Sargsyan met Azerbaijani Foreign Minister Elnur Aliyev in Vienna.\n\n"
        "“The talks were constructive,” the two foreign ministers said in a joint statement."
    )
    assert names(body) == [["Aram Sargsyan", "Elnur Aliyev"]]
    # (but not when fewer people of that office are named)
    body = "Armenian Foreign Minister Aram Sargsyan arrived.\n\n“The talks were constructive,” the two ministers said."
    assert names(body) != [["Aram Sargsyan"]]


def test_the_envoys_are_the_two_special_envoys_named_with_their_other_offices():
    body = (
        "Türkiye and Armenia agreed on Wednesday to restore freight traffic on the railway, the special envoys of the "
        "two countries announced after talks in Kars.\n\n"
        "In a joint statement released after the meeting, the envoys said they had agreed “to launch freight rail "
        "traffic between Kars and Gyumri.”\n\n"
        "Türkiye's special envoy, Ambassador Ahmet Karaca, described the agreement as a step forward.\n\n"
        "Armenia's special envoy, Deputy Parliament Speaker Gevorg Sahakyan, shared a photo from the meeting."
    )
    assert names(body)[0] == ["Ahmet Karaca", "Gevorg Sahakyan"]


def test_verbs_of_opinion_and_of_telling_again_are_speech():
    body = (
        "Political analyst Elshad Karimov believes the meeting shows that both sides want to move forward on “the "
        "issues that do not require a signed treaty.”"
    )
    [quotation] = quotations(body)
    assert [s.name for s in quotation.speakers] == ["Elshad Karimov"] and quotation.pattern != "unknown verb"
    [quotation] = quotations("“We will not give up,” Ana Vale reminded reporters.")
    assert [s.name for s in quotation.speakers] == ["Ana Vale"]
    [quotation] = quotations("Vale clarified that the ministry “has no plans to raise tariffs”.")
    assert quotation.pattern != "unknown verb"  # a finding, not a low-confidence proposal


def test_supporters_opening_the_sentence_chanting_are_the_crowd_as_described():
    body = (
        "Supporters of the jailed activist who had gathered outside the venue chanted “Freedom for Levan” as the "
        "ministers arrived."
    )
    assert names(body) == [["unnamed: supporters of the jailed activist"]]


def test_three_speakers_are_listed_as_english_lists_them():
    body = (
        "“We reaffirm our shared determination,” the three foreign ministers said in the declaration.\n\n"
        "Turkish Foreign Minister Kemal Arslan said the format had worked.\n\n"
        "Azerbaijani Foreign Minister Rashad Guliyev agreed.\n\n"
        "Georgian Foreign Minister Nana Gelashvili said more was needed."
    )
    [speaker, *_] = quotations(body)[0].speakers
    assert speaker.why == "‘the three foreign ministers’ means Kemal Arslan, Rashad Guliyev and Nana Gelashvili"


# What a second read of these changes found (each a test that failed before the fix) ----------------------


def test_a_verb_of_opinion_inside_a_block_quotation_does_not_end_it():
    from newsroom.ingest.parse import parse_copy

    copy = parse_copy(
        HEAD + "Ana Vale wrote on Facebook:\n\nThe reform was a promise to all of us.\n\nI believed in the reform and "
        "I thought it would change the country.\n\nNow I see it did not.\n\nThe ministry did not respond.",
        ENGLISH,
    )
    assert [p.kind for p in copy.parts][-4:] == ["quote", "quote", "quote", "paragraph"]


def test_a_person_named_after_a_body_in_lower_case_is_the_person():
    assert names("A spokesperson for the ministry Ana Vale said “we will not comment”.") == [["Ana Vale"]]
    assert names("The director of the hospital Ana Vale said “we are full”.") == [["Ana Vale"]]


def test_the_leaders_of_two_countries_are_never_the_countries():
    body = "The leaders of Armenia and Azerbaijan said in a joint statement that they would “continue the talks”."
    assert names(body) != [["Armenia", "Azerbaijan"]]


def test_an_office_in_a_list_before_a_name_is_not_the_name_s():
    body = (
        "The meeting was attended by the defence minister, Deputy Prime Minister Tigran Khachatryan and others.\n\n"
        "“It went well,” Khachatryan said."
    )
    [quotation] = quotations(body)
    assert [s.role for s in quotation.speakers] == ["Deputy Prime Minister"]


def test_the_number_named_reads_each_persons_roles_once_not_once_per_quotation(monkeypatch):
    from newsroom.ingest import speakers

    reads = []
    roles_of = speakers.Context.roles_of
    monkeypatch.setattr(speakers.Context, "roles_of", lambda self, *a: reads.append(a) or roles_of(self, *a))
    body = "\n\n".join(
        f"Foreign Minister Ana Vale{n} spoke on day {n}. “We agree on point {n},” the two foreign ministers said."
        for n in range(60)
    )
    quotations(body)
    # (a walk over every person named for every quotation read ~60 × 60 roles; the holders are found in a few)
    assert len(reads) < 60 * 8


def test_a_name_before_the_government_said_set_off_stays_a_person():
    body = "Nikol Pashinyan, the government said, will travel to Brussels. “We are ready,” Pashinyan said."
    assert names(body) == [["Nikol Pashinyan"]]


# Names after what a body is, and people named only in passing (development copy, the last round) ---------


def test_a_mission_named_in_quotation_marks_after_what_it_is():
    body = (
        "The independent observation mission “Civic Watch” said in its preliminary assessment that the vote was "
        "competitive, but noted “serious shortcomings in the work of precinct commissions.”\n\n"
        "“At 9 of the 112 polling stations, observers were removed,” the mission said."
    )
    assert names(body) == [["Civic Watch"], ["Civic Watch"]]


def test_the_statement_of_a_company_named_in_quotation_marks():
    body = (
        "The list includes LLC “Kakheti Cellars” and LLC “Alazani Valley Wines”. Both companies have denied the "
        "allegations.\n\n"
        "“Our products have been exported to 14 countries,” - reads the statement of “Kakheti Cellars”."
    )
    assert names(body) == [["Kakheti Cellars"]]


def test_a_man_identified_only_by_his_first_name():
    body = (
        "“We have been sleeping in our cabs for a week,” one driver, identified only as Abbas from Tabriz, told the "
        "channel. “Nobody from the government has come.”"
    )
    assert names(body) == [["Abbas"], ["Abbas"]]


def test_the_opposition_leader_is_of_the_opposition_not_the_commissions_chairman():
    body = (
        "The electoral commission will examine the complaints, CEC Chairman Vahan Hovsepyan told reporters.\n\n"
        "Armen Vardanyan, who headed the opposition list, told News.am that his team had collected evidence.\n\n"
        "He added that the party would go to court.\n\n"
        "“We will not give up this city without a legal fight,” the opposition leader stressed."
    )
    assert names(body)[-1] == ["Armen Vardanyan"]


def test_the_opposition_leader_after_somebody_unnamed_is_no_crash():
    body = (
        "Party leader Armen Sargsyan spoke first.\n\n"
        "A second opposition figure, who asked not to be named, agreed with him.\n\n"
        "“We will not give up,” the opposition leader said."
    )
    # (an IndexError on the unnamed person's empty name before be87a95; and never the party leader not said to be
    # of the opposition)
    assert names(body) != [["Armen Sargsyan"]]


# Batches 121 and 122 ----------------------------------------------------------------------------------


def test_a_joint_statement_signed_by_two_ministries_of_x_and_y_of_a_country():
    body = (
        "A joint statement signed on the sidelines by the Ministry of Ecology and Natural Resources of Velna and "
        "the Ministry of Ecology and Natural Resources of Kestria says the two countries “agree to set up a joint "
        "monitoring system.”"
    )
    assert names(body) == [
        ["Ministry of Ecology and Natural Resources of Velna", "Ministry of Ecology and Natural Resources of Kestria"]
    ]


def test_bodies_named_after_including_one_closed_by_its_acronym():
    body = (
        "A group of local watchdogs, including the Velnian Society for Fair Elections and Democracy (VSFED) and "
        "Open Governance Velna, said in a joint statement that the process “was neither open nor fair.”"
    )
    assert names(body) == [["Velnian Society for Fair Elections and Democracy", "Open Governance Velna"]]


def test_the_subject_of_a_that_clause_set_off_by_an_aside_before_its_verb():
    body = (
        "The watchdogs recalled that the OSCE/ODIHR, in its final report on the last elections, had recommended "
        "that members be chosen “through an inclusive process.”"
    )
    assert names(body)[0][0] in ("OSCE/ODIHR", "ODIHR")


def test_a_participle_after_a_dash_is_the_last_clause_s_speaker():
    body = (
        "Velna has long voiced concern about the dams, and on Wednesday Deputy Minister Anar Kerimli said the "
        "country would raise the matter with its neighbours -- Kestria and Serevia -- calling for “joint "
        "monitoring and honest data”."
    )
    assert names(body) == [["Anar Kerimli"]]


def test_an_office_of_a_body_named_with_its_acronym_is_one_body():
    body = (
        "The World Health Organization (WHO) Country Office in Velna welcomed the decision. In a post, the office "
        "described the programme as “an important step towards universal coverage”."
    )
    assert names(body) == [["World Health Organization Country Office in Velna"]]


def test_a_noun_in_ly_after_the_determiner_is_no_adverb():
    body = (
        "In a written reply to our inquiry, the Prosecutor General's Office said the lawsuit was pending.\n\n"
        "“The state will use every legal mechanism to restore the communities' rights,” the reply states."
    )
    assert names(body) == [["Prosecutor General's Office"]]
    assert ENGLISH.grammar.SKIPPABLE.match(" family") is None


def test_embassies_of_a_list_of_countries_ending_with_one_of_two_words():
    assert ENGLISH.grammar.np_at_start("the embassies of Kestria, Serevia and the United Kingdom said").text == (
        "the embassies of Kestria, Serevia and the United Kingdom"
    )
    body = (
        "In a joint statement, the embassies of Kestria, Serevia and the United Kingdom said they were “deeply "
        "concerned” by the fine."
    )
    assert len(names(body)[0]) == 3


def test_a_report_the_subject_did_something_in_is_the_subject_s():
    body = (
        "Velna's ombudsman criticized the overuse of detention in an annual report released this year. The report "
        "said that courts “continue to approve the vast majority of motions for arrest.”"
    )
    assert names(body) == [["Velna's ombudsman"]]
    body = (
        "Open Media Velna, which was itself forced to cut its staff this year, documented the pressure in a report "
        "published in October.\n\n"
        "“Regional media are the most vulnerable link,” the report said."
    )
    assert names(body) == [["Open Media Velna"]]


def test_a_document_the_text_says_was_issued_in_an_agreement_is_not_the_agreeing_countries():
    body = (
        "Kestria and Serevia on Saturday agreed to reopen the railway, the special envoys of the two countries said "
        "in a joint statement. The statement was issued after talks between Kestria's envoy, Ambassador Mehmet "
        "Aksoy, and Serevia's envoy, Arman Galoyan.\n\n"
        "“The Special Envoys agreed to take the necessary steps,” the statement said."
    )
    assert names(body)[0] != ["Kestria", "Serevia"]


def test_two_commissions_of_the_republics_named_together_issue_their_press_release():
    body = (
        "The meeting of the State Commission on Delimitation between the Republic of Velna and the Republic of "
        "Kestria and the Commission on Border Security of the Republic of Kestria and the Republic of Velna was "
        "held on Monday.\n\n"
        "According to the joint press release disseminated by the two commissions, the meeting “was held in a "
        "constructive atmosphere”, and the sides “agreed to continue the work of the expert groups”."
    )
    both = sorted(
        [
            "State Commission on Delimitation between the Republic of Velna and the Republic of Kestria",
            "Commission on Border Security of the Republic of Kestria and the Republic of Velna",
        ]
    )
    assert [sorted(speakers) for speakers in names(body)] == [both, both]


def test_the_operative_part_of_a_decision_is_the_court_s_words():
    body = (
        "Velna's Court of Appeal on Friday upheld the sentence handed down to Samvel Petrosyan.\n\n"
        "The court rejected the appeal filed by his defence, as well as a separate appeal by the Prosecutor's "
        "Office, which had demanded a longer sentence.\n\n"
        "“There are no grounds for overturning the verdict,” reads the operative part of the decision, a copy of "
        "which the newspaper has obtained."
    )
    assert names(body) == [["Velna's Court of Appeal"]]


# Batches 126 and 127 ----------------------------------------------------------------------------------


def test_he_is_never_the_outlet_that_spoke_with_him():
    body = (
        "Kazinform also spoke with Nurlan Tursyn, who moved with his family to the region two years ago.\n\n"
        "“At first it was hard because of the cold winter,” he said."
    )
    assert names(body) == [["Nurlan Tursyn"]]


def test_a_region_named_by_its_compass_word_is_nobody_a_bank_named_so_is_a_body():
    body = (
        "Foreign Ministry spokeswoman Irina Volkova spoke on Thursday.\n\n"
        "According to her, the “3+3” format, which brings together Russia, Iran and the three South Caucasus states, "
        "remains “the most natural mechanism” for the region."
    )
    assert names(body)[-1] == ["Irina Volkova"]
    body = "In a statement, the Central Bank noted that pressures “remain moderate, but risks persist”."
    assert names(body) == [["Central Bank"]]
    assert names("“The launch was a provocation,” South Korea said on Monday.") == [["South Korea"]]


def test_the_diplomat_is_the_foreign_ministry_s_spokeswoman_named_before():
    body = (
        "Moscow is ready, Russian Foreign Ministry spokeswoman Irina Volkova said at a briefing on Thursday.\n\n"
        "The diplomat also commented on the decision to extend the mission.\n\n"
        "“This mission has long turned into a tool of pressure,” she said."
    )
    assert names(body) == [["Irina Volkova"]]


def test_an_editor_in_chief_set_off_before_the_name():
    body = (
        "‘Seven of our eleven staff are behind bars’, Kural Media’s editor-in-chief, Samir Jafarov, who lives in "
        "exile, wrote on Facebook on Thursday."
    )
    assert names(body) == [["Samir Jafarov"]]


def test_an_office_whose_remit_holds_and_before_the_name_is_one_person():
    body = (
        "‘The authorities must release her immediately’, CPJ’s Europe and Central Asia coordinator Anna Petrosova "
        "said in a statement."
    )
    assert names(body) == [["Anna Petrosova"]]


def test_the_subject_of_a_verb_of_speech_after_its_auxiliary_speaks_an_action_s_does_not():
    body = (
        "‘If this is smuggling, every journalist is a smuggler’, Gurbanov said.\n\n"
        "He added that Rzayeva had told him in court that she was ‘not afraid’."
    )
    assert names(body)[-1] == ["Rzayeva"]
    body = (
        "Governor Tamar Kiknadze told a news conference that the committee had discussed a cut but decided it was "
        "“premature.”"
    )
    assert names(body) == [["Tamar Kiknadze"]]


def test_the_company_after_a_reply_signed_by_its_officer_is_the_company():
    body = (
        "The newspaper sent a written inquiry to Syunik Metal CJSC.\n\n"
        "In its reply, signed by deputy director Vardan Ghukasyan, the company stated that the leak was "
        "“insignificant in volume”."
    )
    assert names(body) == [["Syunik Metal CJSC"]]


def test_a_list_ending_with_n_other_organisations_is_those_named():
    body = (
        "In a joint statement issued on Tuesday, the Yerevan Press Club, the Committee to Protect Freedom of "
        "Expression, the Media Initiatives Center and eight other organisations said:\n\n"
        "“The draft contains vague definitions.”"
    )
    assert names(body) == [
        ["Yerevan Press Club", "Committee to Protect Freedom of Expression", "Media Initiatives Center"]
    ]


def test_a_note_somebody_left_is_theirs():
    body = (
        "Deputy Minister Nikos Papadakis laid a wreath at the Eternal Flame and left a note in the Book of Honorary "
        "Guests of the museum.\n\n"
        "“The Greek people share the pain of the Armenian people,” the note reads."
    )
    assert names(body) == [["Nikos Papadakis"]]


def test_a_resolution_published_on_a_portal_is_its_issuer_s():
    body = (
        "The Government of Velna approved the quota.\n\n"
        "According to the Government resolution published on the legal information portal, the quota is aimed at "
        "“ensuring a balanced distribution of labour”."
    )
    assert names(body) == [["Government of Velna"]]


def test_a_company_and_its_office_before_a_name_are_the_person_s_role():
    body = "QazaqGaz CEO Yerlan Abdrakhmanov called the document “a balanced solution”."
    assert names(body) == [["Yerlan Abdrakhmanov"]]


def test_according_to_the_press_release_is_its_issuer_not_an_outlet():
    body = (
        "Deputy Foreign Minister Tigran Avetyan held consultations with his Greek counterpart, the Ministry of "
        "Foreign Affairs of Velna said in a press release.\n\n"
        "According to the press release, the sides discussed “the current state and prospects of the dialogue”."
    )
    assert names(body)[-1] == ["Ministry of Foreign Affairs of Velna"]
    assert not ENGLISH.grammar.is_media("the press release")


def test_bodies_that_adopted_a_joint_statement_are_its_issuers_not_their_spokespeople():
    body = (
        "UNDP Resident Representative in Velna Anna Kowalska said the organization has supported ANAMA since 1998.\n\n"
        "On the sidelines of the conference, ANAMA and UNDP signed a cooperation agreement and adopted a joint "
        "statement.\n\n"
        "“The parties reaffirm their commitment to strengthening national capacities,” the joint statement reads."
    )
    assert [sorted(n) for n in names(body)] == [["ANAMA", "UNDP"]]


def test_a_joint_statement_of_ministries_whose_portfolios_hold_and_is_each_ministry_s():
    body = (
        "In a joint statement, the Velnian Transport and Infrastructure Ministry, Ardania’s Ministry of Digital "
        "Development and Transport and Kestria’s Ministry of Economy and Sustainable Development said they had "
        "agreed on a tariff.\n\n"
        "“The Parties will cut transit times,” the statement said."
    )
    assert names(body) == [
        [
            "Velnian Transport and Infrastructure Ministry",
            "Ardania’s Ministry of Digital Development and Transport",
            "Kestria’s Ministry of Economy and Sustainable Development",
        ]
    ]


def test_a_declaration_signed_by_four_ministries_is_all_four_s():
    body = (
        "“The Parties reaffirm their commitment to the cable,” reads the declaration signed by the Ministry of Energy "
        "of Ardania, the Ministry of Economy and Sustainable Development of Kestria, the Ministry of Energy of "
        "Velna and the Ministry of Energy of Morvania."
    )
    assert names(body) == [
        [
            "Ministry of Energy of Ardania",
            "Ministry of Economy and Sustainable Development of Kestria",
            "Ministry of Energy of Velna",
            "Ministry of Energy of Morvania",
        ]
    ]


def test_the_joint_statement_of_three_ministries_introducing_a_block_is_the_three_s():
    body = (
        "The joint statement of the Ministry of Energy of the Republic of Ardania, the Ministry of Energy of the "
        "Republic of Kestria and the Ministry of Energy of the Republic of Velna reads:\n\n"
        "“The Parties agree to set up a working group.”"
    )
    assert len(names(body)[0]) == 3


def test_a_body_whose_portfolio_and_stands_before_its_head_is_one_name_but_two_names_stay_two():
    body = (
        "“The spill was contained,” the Environmental Protection and Mining Inspection Body said.\n\n"
        "“The verdict is a travesty,” Amnesty International and Human Rights Watch said."
    )
    assert names(body) == [
        ["Environmental Protection and Mining Inspection Body"],
        ["Amnesty International", "Human Rights Watch"],
    ]


def test_the_envoy_of_a_nation_is_the_one_of_two_envoys_described_as_of_it():
    body = (
        "The gate was opened at a ceremony attended by the two countries' special envoys for the normalization "
        "process, Ambassador Kerem Aksoy of Türkiye and Armenian Deputy Parliament Speaker Ruben Avagyan.\n\n"
        "Aksoy said the opening was “a historic step”.\n\n"
        "“For years, this border was a symbol of closure,” the Armenian envoy said.\n\n"
        "In a joint statement released after the ceremony, the two envoys said they would meet again.\n\n"
        "“The sides reaffirmed their commitment to normalization,” the statement said."
    )
    assert names(body) == [["Kerem Aksoy"], ["Ruben Avagyan"], ["Kerem Aksoy", "Ruben Avagyan"]]


def test_words_in_brackets_after_a_name_do_not_hide_its_appositive():
    body = (
        "Ana Vardanian, an opposition deputy, accused the government of “dismantling the state”.\n\n"
        "Vahagn Vardanian (no relation), a senior lawmaker from the ruling party, dismissed such claims as "
        "“opposition propaganda.”"
    )
    assert names(body) == [["Ana Vardanian"], ["Vahagn Vardanian"]]


def test_the_lawmaker_and_the_doctor_are_the_member_of_a_duma_and_the_head_of_a_hospital_ward():
    body = (
        "First Deputy Chairman of the State Duma Committee on CIS Affairs Viktor Rybin told TASS the issue could "
        "wait.\n\n"
        "“It is better to discuss this at the table,” the lawmaker said.\n\n"
        "Nino Beridze, head of the infectious diseases department at the Central Children's Hospital, said admissions "
        "had risen.\n\n"
        "“Most of the children who come to us are under five,” the doctor said."
    )
    assert names(body) == [["Viktor Rybin"], ["Nino Beridze"]]


def test_the_department_and_the_specialist_are_the_service_and_the_specialist_named_before():
    body = (
        "The incidence of influenza rose by 11% over the week, the press service of Rospotrebnadzor reported.\n\n"
        "«Influenza viruses were detected in 9.8% of the samples», the department said in a statement.\n\n"
        "The chief freelance specialist in infectious diseases of the Health Ministry, Olga Tarasova, told RIA "
        "Novosti the peak would come in December.\n\n"
        "«It is not too late to get vaccinated», the specialist emphasized."
    )
    assert names(body) == [["Rospotrebnadzor"], ["Olga Tarasova"]]


def test_the_office_a_person_is_presented_as_is_theirs():
    body = (
        "The federation presented Slovenian specialist Marko Kranjec as the new head coach of the national team.\n\n"
        "«I will not promise miracles», the head coach noted."
    )
    assert names(body) == [["Marko Kranjec"]]


def test_an_office_in_lower_case_set_off_before_a_name_after_the_quotation_is_the_name_s():
    body = "“The main factor is climatic,” Velna's deputy minister of natural resources, Oleg Varin, told TASS."
    assert names(body) == [["Oleg Varin"]]


def test_an_official_at_a_workplace_set_off_by_a_long_relative_clause_speaks_the_fragment():
    body = (
        "An official at the port, who asked not to be named because he was not authorised to speak to the media, "
        "said some ships were being loaded “to 70 percent at most” to avoid running aground."
    )
    [q] = analyse(HEAD + body).quotations
    assert q.speakers and q.speakers[0].unnamed


def test_a_report_published_by_a_body_that_warned_is_the_body_s_up_to_its_verb():
    body = (
        "A report published this month by Velna's Institute of Geography and Water Security warned that the northern "
        "shelf, where depths rarely exceed five metres, could lose “a third of its area”.\n\n"
        "“The shelf is the most vulnerable part of the sea,” the report said."
    )
    assert names(body) == [["Velna's Institute of Geography and Water Security"]] * 2


def test_the_governor_is_not_the_deputy_governor_named_since():
    body = (
        "Central Bank Governor Armen Vardanyan told a press conference the decision was prudent.\n\n"
        "Deputy Governor Lilit Vardanyan said the banks remained “well capitalized”.\n\n"
        "Asked about the exchange rate, the Governor said the bank “does not have a target for the exchange rate”."
    )
    assert names(body) == [["Lilit Vardanyan"], ["Armen Vardanyan"]]


def test_names_of_vaccines_and_an_article_s_title_are_nobody_s_words():
    body = (
        "She recalled that the domestic vaccines «Sovigripp» and «Ultrix Quadri» are available free of charge.\n\n"
        "The outlet wrote about the company last year in the article “Who Really Owns the Mine?”"
    )
    assert analyse(HEAD + body).quotations == []


def test_the_deputy_premier_is_the_deputy_prime_minister():
    body = (
        "Deputy Prime Minister Tigran Mkrtchyan said the commission would meet again.\n\n"
        "“We publish every protocol after it is signed,” the deputy premier replied."
    )
    assert names(body) == [["Tigran Mkrtchyan"]]


def test_a_resident_of_the_village_set_off_by_a_relative_clause_after_the_quotation_is_unnamed():
    body = "“Nobody has come to explain anything to us,” a resident of the village, who asked not to be named, said."
    [q] = analyse(HEAD + body).quotations
    assert q.speakers and q.speakers[0].unnamed and "village" in q.speakers[0].role


def test_an_office_in_title_case_ending_with_its_head_then_of_a_country_is_the_name_s_role():
    body = (
        "Chief State Sanitary Doctor of the Republic of Velna Serik Temirov said the strain was dominant.\n\n"
        "“A sick person infects three colleagues,” the chief sanitary doctor said."
    )
    assert names(body) == [["Serik Temirov"]]


def test_a_minister_whose_portfolios_are_listed_with_commas_calling_it():
    body = (
        "The last homes were handed over, with Environment, Urbanisation and Climate Change Minister Kemal Yavuz "
        "calling it “the largest housing effort in our history.”"
    )
    assert names(body) == [["Kemal Yavuz"]]


def test_a_report_by_a_body_with_and_in_its_name_released_this_month_is_the_body_s():
    body = (
        "According to a report by the Presidency of Strategy and Budget released earlier this month, spending "
        "exceeded $95 billion.\n\n"
        "“Housing accounted for the largest share of expenditure,” the report said."
    )
    assert names(body) == [["Presidency of Strategy and Budget"]]


def test_according_to_a_spokeswoman_the_country_believes_is_the_spokeswoman_s_words():
    body = (
        "According to Foreign Ministry Spokeswoman Yelena Kostina, Moscow believes that regional problems should be "
        "resolved “by the countries of the region themselves”."
    )
    assert names(body) == [["Yelena Kostina"]]


def test_a_sentence_that_says_something_then_hands_over_with_a_colon_is_its_subject_s():
    body = (
        "Pensioner Daur Tarba from the Novy Rayon neighbourhood says the main problem is heating:\n\n"
        "“Most people here heat their homes with electric heaters.”"
    )
    assert names(body) == [["Daur Tarba"]]


def test_a_name_after_what_kind_of_body_it_is_is_a_body_that_the_company_refers_back_to():
    body = (
        "Power is cut for ten hours a day, according to a schedule published by the state company Velnenergo.\n\n"
        "The company announced the new restrictions on its Telegram channel on Monday evening:\n\n"
        "“Due to the critical decrease in the water level, a schedule of rolling outages is being introduced.”"
    )
    assert names(body) == [["Velnenergo"]]


def test_a_headline_s_office_before_a_colon_is_the_holder_named_in_the_body():
    body = (
        "Public Defender: “Conditions in the prison amount to inhuman treatment”\n\n"
        "Public Defender of Velna Tamara Gvari presented a special report to parliament.\n\n"
        "“Our monitors visited the prison six times this year,” Tamara Gvari said."
    )
    a = analyse(body)
    assert [[s.name for s in q.speakers] for q in a.quotations] == [["Tamara Gvari"], ["Tamara Gvari"]]


def test_who_after_said_x_of_a_group_is_the_person_not_the_group():
    body = (
        "“We count more carcasses every winter,” said Marat Dzhuma of the group Caspian Watch, who described the "
        "official response as “years of studying instead of acting”."
    )
    assert names(body) == [["Marat Dzhuma"], ["Marat Dzhuma"]]


def test_a_month_set_off_in_a_clause_is_never_a_speaker():
    body = (
        "A ministry document seen by Reuters, dated Nov. 12, said production would be “adjusted in stages from "
        "January 1” and that the burden would be shared."
    )
    assert names(body) != [["Nov"]]


def test_the_platform_a_statement_was_posted_on_is_nobody():
    body = (
        "The Velnian Foreign Ministry said the envoys had met in Kars.\n\n"
        "“The envoys reviewed the progress,” the ministry said in a statement posted on X.\n\n"
        "“The parties reiterated their determination,” it added."
    )
    assert names(body) == [["Velnian Foreign Ministry"], ["Velnian Foreign Ministry"]]


def test_an_indictment_drawn_up_by_a_prosecutor_and_read_out_at_a_court_is_the_prosecutor_s():
    body = (
        "The indictment, drawn up by the Office of the Prosecutor-General and read out at the Anti-Corruption Court, "
        "says Gevorgian “abused his official position”."
    )
    assert names(body) == [["Office of the Prosecutor-General"]]


def test_the_three_ministries_of_the_foreign_ministers_of_three_countries_named_together():
    body = (
        "Türkiye, Azerbaijan and Georgia pledged on Friday to speed up joint projects, as the foreign ministers of the "
        "three countries met in Kars.\n\n"
        "In a joint declaration, the three ministries said they were determined to “unlock the full potential of "
        "the corridor.”"
    )
    assert names(body) == [
        ["Türkiye's Foreign Ministry", "Azerbaijan's Foreign Ministry", "Georgia's Foreign Ministry"]
    ]


def test_a_source_in_a_body_by_its_name_is_of_that_body_and_a_resident_of_a_town_of_none():
    body = "“The tariff does not cover our costs,” a source in QazaqGaz told Kommersant."
    [q] = analyse(HEAD + body).quotations
    assert q.speakers[0].unnamed and q.speakers[0].affiliation == "QazaqGaz"
    body = "“It is a resort now,” a resident of Kutaisi said."
    [q] = analyse(HEAD + body).quotations
    assert q.speakers[0].unnamed and q.speakers[0].affiliation == ""


def test_a_nationality_before_a_title_with_portfolios_and_a_councilmember_are_titles():
    body = (
        "Turkish Transport and Infrastructure Minister Kemal Uysal said the line would make the region “a gateway, "
        "not a dead end.”\n\n"
        "“It is a gift to our city,” said Glendale Councilmember Karen Simonian."
    )
    assert names(body) == [["Kemal Uysal"], ["Karen Simonian"]]


def test_a_body_s_name_set_off_by_a_description_after_by_is_the_name():
    body = (
        "A report published on Tuesday by the Caspian Monitoring Centre, a regional research body based in Baku, "
        "warned that the shelf “could lose a further quarter of its area by 2040”."
    )
    assert names(body) == [["Caspian Monitoring Centre"]]


def test_the_party_a_person_is_of_set_off_or_after_of_the_ruling_is_no_subject_of_its_own():
    body = (
        "Parliament Vice Speaker Nino Kvara, also of Georgian Dream, accused the NGOs of “interfering in the work of "
        "the court.”\n\n"
        "Deputy Speaker of Parliament Lilit Avetis of the ruling Civil Contract faction said the opposition had “not "
        "submitted a single alternative figure”."
    )
    assert names(body) == [["Nino Kvara"], ["Lilit Avetis"]]


def test_a_letter_sent_by_a_person_with_a_relative_clause_naming_a_city_is_the_person_s():
    body = (
        "Mushegh Grigoryan, who was unable to travel to Los Angeles, sent a letter that was read aloud by the "
        "producer, Nairi Tashjian.\n\n"
        "“My brother and I never thought anyone would care,” the letter read."
    )
    assert names(body) == [["Mushegh Grigoryan"]]


def test_the_embassies_of_three_countries_opening_a_sentence_and_shouts_of():
    body = (
        "The embassies of France, Germany and the United Kingdom said in a joint statement that they were following "
        "the trials.\n\n"
        "“We reiterate the importance of fair trials,” the statement reads.\n\n"
        "Supporters of the brothers greeted the decision with shouts of “Shame!”"
    )
    a = analyse(HEAD + body)
    assert len(a.quotations[0].speakers) == 3
    assert a.quotations[1].speakers[0].unnamed


def test_which_after_a_place_passed_through_leaves_the_words_the_sentence_s_speaker_s():
    body = (
        "Local businessman Cemal Aydin, who runs a logistics company in Kars, said trucks have to travel through "
        "Georgia to reach Armenia, which adds “at least two days” to each trip."
    )
    assert names(body) == [["Cemal Aydin"]]


def test_the_skater_and_a_post_shared_writing_colon():
    body = (
        "Timur Nurlanov finished fourth. Nurlanov said he was satisfied but “not completely happy.”\n\n"
        "“The start was very good,” the skater explained.\n\n"
        "Bronze medalist Aruzhan Bekova shared photos from the podium on her Instagram page, writing: “My first World "
        "Cup medal, and at home!”"
    )
    assert names(body) == [["Timur Nurlanov"], ["Timur Nurlanov"], ["Aruzhan Bekova"]]


# Batches 148 and 149 --------------------------------------------------------------------------------------


def test_a_second_predicate_of_a_name_printed_after_its_office():
    body = (
        "EU spokesperson for neighbourhood affairs Marta Lindvall said the EU was “seeking clarification” and "
        "described the incident as “deeply regrettable.”"
    )
    assert names(body) == [["Marta Lindvall"], ["Marta Lindvall"]]


def test_two_people_each_named_after_their_office_speak_together():
    body = (
        "In a joint statement, the European Parliament’s standing rapporteur on Georgia Irma Kalnisa and the chair of "
        "the EU-Georgia Parliamentary Association Committee Tomas Wierzba called the decision “a new low” in "
        "relations.\n\n"
        "“We regret it,” the lawyers of Ivo Danek and Petra Berg said."
    )
    # (the place the office is on ends the office, not the name; the lawyers of two people are not those people)
    assert names(body) == [["Irma Kalnisa", "Tomas Wierzba"], []]


def test_the_director_of_a_body_then_their_name_is_one_person():
    body = (
        "The founder and artistic director of the Small Drama Theatre, Vahan Manukyants, responded in a post:\n\n"
        "“Nobody consulted us.”"
    )
    assert names(body) == [["Vahan Manukyants"]]


def test_an_office_set_off_after_a_name_without_an_article_is_its_role():
    body = (
        "The remarks were biased, Report informs, citing Aydana Kerimli, spokesperson for Velna's Ministry of Foreign "
        "Affairs.\n\n"
        "“We have taken note of the remarks,” the spokesperson said.\n\n"
        "Commenting on the issue, Milli Majlis member Elshan Abdullayev said the visit was “predictable.”\n\n"
        "“He came to confirm conclusions written in advance,” the MP said."
    )
    assert names(body) == [["Aydana Kerimli"], ["Elshan Abdullayev"], ["Elshan Abdullayev"]]


def test_the_embassies_of_member_states_are_one_body_not_a_member():
    body = (
        "The EU Delegation and the embassies of EU member states issued a joint statement, saying they were “deeply "
        "concerned.”"
    )
    assert names(body) == [["EU Delegation", "embassies of EU member states"]]


# Batches 152 and 155 --------------------------------------------------------------------------------------


def test_a_letter_spearheaded_by_two_lawmakers_with_their_party_and_state_is_theirs():
    body = (
        "The letter, spearheaded by Representatives Daniel Hovsepyan (D-Calif.) and Mark Whitlow (R-Mich.), was sent "
        "on November 19.\n\n"
        "“The continued detention of prisoners is a stain,” the lawmakers wrote.\n\n"
        "The letter goes on to state:\n\n"
        "“We are deeply concerned by reports that the detainees have been denied counsel.”"
    )
    assert names(body) == [["Daniel Hovsepyan", "Mark Whitlow"]] * 2


def test_a_participle_opening_the_sentence_leaves_a_short_clause_before_a_colon():
    body = (
        "Speaking to journalists on November 19 after a government session, Avagyants tried to reassure the "
        "residents of the village:\n\n"
        "“Not a single house will end up on the other side.”"
    )
    assert names(body) == [["Avagyants"]]


def test_a_person_of_a_faction_whose_name_is_in_quotation_marks():
    body = (
        "Opposition MP Gohara Melikyants of the “Homeland” faction wrote on Facebook:\n\n"
        "“For months the government has been telling us that the process is transparent.”"
    )
    assert names(body) == [["Gohara Melikyants"]]


def test_a_mother_named_by_her_first_name_is_the_she_who_spoke():
    body = (
        "Judge Kanat Imanbekov read the ruling.\n\n"
        "His mother Gulnaz, 67, wept as she spoke to reporters.\n\n"
        "“My son only told people what everybody already knows,” she said."
    )
    assert names(body) == [["Gulnaz"]]


def test_a_party_s_possessive_before_a_full_name_and_a_prefixed_calling():
    body = (
        "“Nobody is above the law,” Civic Accord's Vahan Melkonyants said.\n\n"
        "“Six years is lenient,” Z-blogger Artyom Kolesov wrote."
    )
    assert names(body) == [["Vahan Melkonyants"], ["Artyom Kolesov"]]


def test_a_body_whose_name_holds_and_issues_a_report():
    body = (
        "An inspection report by the Environmental and Mining Inspection Body, dated October 29, states that samples "
        "showed “concentrations of copper exceeding the limits.”"
    )
    assert names(body) == [["Environmental and Mining Inspection Body"]]


def test_an_honour_of_a_country_before_a_name_and_a_portfolio_ending_in_and():
    body = (
        "Honored Pilot of Russia Viktor Zhuravin told RIA Novosti that the aircraft remain “the workhorses of the "
        "North”.\n\n"
        "Velna’s Office of the State Minister for Reconciliation and Civic Equality told the agency that it remained "
        "“ready to help the population on both sides.”"
    )
    assert names(body) == [
        ["Viktor Zhuravin"],
        ["Velna’s Office of the State Minister for Reconciliation and Civic Equality"],
    ]


# Batch 159 ------------------------------------------------------------------------------------------------


def test_a_ministry_whose_portfolios_end_in_irrigation_is_one_body():
    body = (
        "Velna's Ministry of Water Resources and Irrigation said in a statement on Thursday that the level fell. "
        "“The situation remains critical,” the statement said."
    )
    assert names(body) == [["Velna's Ministry of Water Resources and Irrigation"]]


def test_a_first_name_with_an_age_and_the_manager_of_a_company_the_text_does_not_name():
    body = (
        "Madina, 34, a mother of two from Sukhum, said the family had bought a generator. “The fridge is full of food "
        "that spoils,” she said.\n\n"
        "“If the tariff goes up by a third, the grain will go to China,” the top manager of a large grain trading "
        "company told the newspaper."
    )
    assert names(body) == [["Madina"], ["unnamed: the top manager"]]


def test_the_press_service_is_the_body_s_whose_name_holds_of():
    body = (
        "The Ministry of Energy's press service told the agency that consumption had risen.\n\n"
        "“The main reason is the unauthorised connection of greenhouses,” the press service said."
    )
    assert names(body) == [["Ministry of Energy"]]


def test_a_wife_named_after_what_she_is_is_the_she_who_spoke():
    body = (
        "Outside the courthouse, Vinokurov's wife, the actress Yelena Vinokurova, told reporters her husband was "
        "calm.\n\n"
        "“He told me this morning that the play has already been seen,” she said."
    )
    assert names(body) == [["Yelena Vinokurova"]]


def test_two_envoys_each_named_with_an_appositive_speak_together():
    body = (
        "In a joint statement issued on Tuesday, Ambassador Selim Karaoglu, Türkiye's special envoy for the "
        "normalisation process, and Armenia's envoy, Deputy Parliament Speaker Ruben Avetisyants, said they had held "
        "“frank and constructive” discussions."
    )
    assert names(body) == [["Selim Karaoglu", "Ruben Avetisyants"]]


# What a second read of these rules found them doing to copy they were not written for -----------------------


def test_a_spokesman_for_a_titled_or_patronymic_name_is_an_unnamed_spokesman():
    body = (
        "A spokesman for President Ivo Danek said the talks were “useful.”\n\n"
        "A spokesman for Sergei Ivanovich Petrov said the talks were “useful.”"
    )
    found = [[(s.unnamed, s.name) for s in q.speakers] for q in quotations(body)]
    assert found == [[(True, "a spokesman")], [(True, "a spokesman")]]


def test_a_body_s_officer_named_after_it_keeps_the_body():
    body = "“The talks were useful,” Foreign Ministry spokeswoman Petra Bergova said."
    [[speaker]] = [q.speakers for q in quotations(body)]
    assert (speaker.name, speaker.affiliation) == ("Petra Bergova", "Foreign Ministry")
    body = "“Prices will not change,” Kaspi Bank's Ivo Danek said."
    [[speaker]] = [q.speakers for q in quotations(body)]
    assert (speaker.name, speaker.affiliation) == ("Ivo Danek", "Kaspi Bank")


def test_a_relative_or_a_child_the_sentence_is_not_about_is_not_the_she_who_spoke():
    body = (
        "Petra Bergova lives with her granddaughter Lilit in a shelter. “She is afraid of every sound,” she said.\n\n"
        "Ani Petrosyants runs the shelter. Among the residents are Lilit, 8, and Narine, 12. “We try to keep them "
        "busy,” she said."
    )
    assert names(body) == [["Petra Bergova"], ["Ani Petrosyants"]]


def test_a_people_s_name_before_official_is_no_body_and_following_is_no_participle():
    body = "“Nothing was agreed,” a Chechen official said."
    [[speaker]] = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.affiliation != "Chechen"
    body = (
        "Following a meeting with the families of the detained men on Monday, Ivo Danek quoted a letter from Petra "
        "Bergova:\n\n“I did not betray anyone.”"
    )
    assert names(body) != [["Ivo Danek"]]


def test_a_post_introduced_by_a_colon_sentence_is_a_post_of_the_day_it_names():
    body = (
        "Opposition MP Gohara Melikyants of the “Homeland” faction wrote on Facebook on Tuesday:\n\n"
        "“For months the government has been telling us that the process is transparent.”"
    )
    analysis = analyse(HEAD + body, published=datetime.date(2026, 12, 7))
    [statement] = analysis.statements
    assert (statement.medium, statement.made_on) == ("social_media_post", datetime.date(2026, 12, 1))


def test_a_civic_initiative_is_the_group_and_a_proposal_carries_words():
    body = (
        "Around 150 people gathered outside City Hall. The protest was organised by the civic initiative Modernism "
        "Matters.\n\n"
        "In a Facebook post, the group wrote: “Aragast is not just a building.”\n\n"
        "Deputy Foreign Minister Gennady Lobanets proposed setting up a monitoring centre to “exchange data in real "
        "time”."
    )
    assert names(body) == [["Modernism Matters"], ["Gennady Lobanets"]]


def test_a_list_of_people_each_with_a_capitalised_title_speaks_together():
    body = "“We agree,” Prime Minister Ivo Danek and President Petra Bergova said in a joint statement."
    assert names(body) == [["Ivo Danek", "Petra Bergova"]]


def test_an_office_of_portfolios_joined_by_and_before_a_name_is_the_person_s():
    body = (
        "Velna will be a “reliable transit hub” for Caspian gas, Energy and Natural Resources Minister Ivo Danek said "
        "on Tuesday, as the three ministers signed a declaration.\n\n"
        "“We will not be a bystander,” Ostranan Transport and Infrastructure Minister Petra Bergova said."
    )
    [[danek], [bergova]] = [q.speakers for q in quotations(body)]
    assert (danek.name, danek.role, danek.affiliation) == ("Ivo Danek", "Energy and Natural Resources Minister", "")
    assert (bergova.name, bergova.role) == ("Petra Bergova", "Ostranan Transport and Infrastructure Minister")


def test_a_document_signed_by_a_list_of_office_holders_is_theirs_together():
    body = (
        "The declaration was signed in the northern province of Kars at the end of the eighth meeting of transport "
        "ministers by Velnian Transport and Infrastructure Minister Ivo Danek, Ostranan Minister of Digital "
        "Development and Transport Petra Bergova and Serevian Economy and Sustainable Development Minister Tomas "
        "Redfern.\n\n"
        "“The Parties reaffirm their determination to make the corridor the fastest route,” the declaration said."
    )
    assert names(body) == [["Ivo Danek", "Petra Bergova", "Tomas Redfern"]]
    body = (
        "Ivo Danek said the talks went well.\n\n"
        "“The parties reaffirm their commitment to diversification,” reads the joint declaration signed by Danek, "
        "Ostrana's Energy Minister Petra Bergova and Serevia's Deputy Prime Minister Tomas Redfern."
    )
    assert names(body)[-1] == ["Ivo Danek", "Petra Bergova", "Tomas Redfern"]


def test_a_joint_release_of_bodies_listed_with_an_acronym_last_is_each_body_s():
    body = (
        "Two deminers were injured on Wednesday, citing a joint press release of the Prosecutor General's Office, the "
        "Ministry of Internal Affairs and VEMA.\n\n"
        "“At about 11:40, two deminers were injured,” the joint press release said."
    )
    assert names(body) == [["Prosecutor General's Office", "Ministry of Internal Affairs", "VEMA"]]


def test_the_words_of_a_document_published_that_day_are_not_those_of_a_by_in_its_clause():
    body = (
        "The Institute of Water said in a report published this month that the level had fallen by 31 centimetres. "
        "The report warned that bays could “disappear from the map.”"
    )
    assert names(body) == [["Institute of Water"]]


def test_an_office_alone_is_nobody_and_the_mep_is_the_mep_named_before():
    body = (
        "The delegation, led by MEP Petra Bergova of the Greens group, toured the border villages.\n\n"
        "“Here people live in constant fear,” the MEP wrote."
    )
    assert names(body) == [["Petra Bergova"]]


def test_he_is_never_a_capital_standing_for_its_government():
    body = (
        "Ostranan MP Ivo Danek called the visit a provocation. According to him, Yerevan should distance itself from "
        "such visits.\n\n"
        "“The government says it wants peace,” he added."
    )
    assert names(body) == [["Ivo Danek"]]


def test_a_name_after_what_kind_of_body_it_is_is_a_body_the_company_may_mean():
    body = (
        "State power utility Velna Energo said on Monday that households would get power “until further notice.”\n\n"
        "“The company is forced to introduce limits,” the company said in a statement.\n\n"
        "Cheese producer Petra Bergova said she hoped to sell abroad. “Our customers are across the border,” she said."
    )
    assert names(body) == [["Velna Energo"], ["Velna Energo"], ["Petra Bergova"]]
    body = "Velgaz, Velna's national gas company, said in a statement that the work would end “in the second quarter.”"
    assert names(body) == [["Velgaz"]]


def test_in_what_x_called_a_phrase_is_x_s_phrase():
    body = "A court sentenced a student, in what the opposition Coalition for Renewal called a “show trial”."
    assert names(body) == [["Coalition for Renewal"]]
    body = "A court sentenced a student in what Petra Bergova called a “show trial”."
    [[speaker]] = [q.speakers for q in quotations(body)]
    assert (speaker.name, speaker.role) == ("Petra Bergova", "")


def test_a_passenger_is_somebody_described_and_a_first_name_given_for_the_record_is_the_person():
    body = "Another passenger, who did not give his name, said he would cycle “as long as the weather allows.”"
    [[speaker]] = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "a passenger"
    body = (
        "“We knew it would come,” said one resident, a teacher who asked to be identified only by her first name, "
        "Malika.\n\n"
        "The utility did not respond to questions.\n\n"
        "For Malika in Kulob, the schedule is routine. “We charge everything in the morning,” she said."
    )
    assert names(body) == [["Malika"], ["Malika"]]


def test_the_government_is_that_of_a_state_the_text_names_not_of_a_possessive():
    body = (
        "The Rogun dam on the Vakhsh is years late; Rogun's turbines run at half power. The government promises it "
        "will bring “energy independence.” Tajikistan has rationed power since November."
    )
    assert names(body) == [["Government of Tajikistan"]]


def test_a_body_s_report_named_with_the_body_before_it_is_the_body_s():
    body = (
        "The Ministry of Energy said in a statement that limits would last all winter.\n\n"
        "A World Bank assessment released on October 14 pointed the same way. Losses remain “among the highest in the "
        "region,” the report states."
    )
    assert names(body)[-1] == ["World Bank"]


def test_a_first_deputy_chairman_set_off_after_a_name_is_the_mp_said():
    body = (
        "Ivo Danek, first deputy chairman of the State Duma Committee on Labour, told Kommersant that he supports it. "
        "“Migrants should cost the employer more,” the MP said."
    )
    assert names(body) == [["Ivo Danek"]]


def test_a_report_of_the_kind_a_body_s_name_holds_is_that_body_s():
    body = (
        "Within a week, the Environmental Protection and Mining Inspection Body (EPMIB) sent a team to the area.\n\n"
        "Hetq has obtained a copy of the inspection report. It concludes that the discharge came from a pipe at the "
        "dump operated by Velna Mining CJSC, a company that extracts copper.\n\n"
        "“During the inspection, a leak of process water was recorded,” the report states."
    )
    assert names(body) == [["Environmental Protection and Mining Inspection Body"]]


def test_an_unnamed_government_source_is_of_the_country_the_text_names_most():
    body = (
        "Russian regions may double the fee for migrants from Kyrgyzstan and other countries, under a Russian draft. "
        "The Russian Interior Ministry has seen it.\n\n"
        "A source in the government told Kommersant the idea was discussed. “The discussion is not about money,” the "
        "source said."
    )
    [[speaker]] = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.affiliation == "Government of Russia"


def test_a_thing_a_person_described_is_described_by_the_person_not_the_thing():
    body = (
        "Velna and Ostrana signed an agreement to build a power line to Velna's Kestra Autonomous Republic, a project "
        "Energy Minister Ivo Danek described as an “energy bridge” between the two seas."
    )
    assert names(body) == [["Ivo Danek"]]


def test_a_ministry_whose_portfolios_are_listed_with_commas_is_one_body_beside_another():
    body = (
        "In a joint statement issued following the meeting, the Ministry of Economy of Velna and the Ministry of "
        "Investments, Industry and Trade of Ostrana said that the parties agreed to “accelerate the preparation of a "
        "study.”"
    )
    assert names(body) == [["Ministry of Economy of Velna", "Ministry of Investments, Industry and Trade of Ostrana"]]


def test_a_release_issued_by_a_list_of_bodies_with_commas_is_each_body_s():
    body = (
        "According to a joint press release issued on Monday evening by the Prosecutor General’s Office, the Ministry "
        "of Internal Affairs and VEMA, the incident occurred at around 11:40 near the village of Zar, when a mine "
        "exploded.\n\n"
        "“As a result of the explosion, two deminers were injured,” the press release said."
    )
    assert names(body) == [["Prosecutor General’s Office", "Ministry of Internal Affairs", "VEMA"]]


def test_the_ministers_are_the_one_named_before_and_the_others_named_after():
    body = (
        "Velnian Defence Minister Ivo Danek, who hosted the meeting on Tuesday, said the format had become “one of the "
        "pillars of stability.”\n\n"
        "In a joint declaration adopted at the end of the meeting, the ministers said they would protect “the "
        "projects that connect Asia and Europe.”\n\n"
        "Ostranan Defence Minister Petra Bergova praised the talks. “We are ready,” Bergova said.\n\n"
        "Serevian Defence Minister Tomas Redfern was more cautious. “We will see,” Redfern said."
    )
    found = names(body)
    assert found[1] == ["Ivo Danek", "Petra Bergova", "Tomas Redfern"]
    [[danek], *_] = [q.speakers for q in quotations(body)]
    assert danek.role == "Velnian Defence Minister"


def test_a_participle_after_a_clause_opened_by_after_is_that_clause_s_subject_s():
    body = (
        "Hundreds of students rallied on Monday. The rally came hours after Education Minister Ivo Danek defended "
        "the reform at a briefing, saying it would “end the duplication” of programs."
    )
    [[speaker]] = [q.speakers for q in quotations(body)]
    assert (speaker.name, speaker.role) == ("Ivo Danek", "Education Minister")


def test_he_may_be_a_person_whose_first_name_is_an_outlet_s():
    body = (
        "Rashad Guliyev spoke at the signing.\n\n"
        "Deputy Minister of Digital Development and Transport Turan Mammadov also commented on the agreement.\n\n"
        "“Today's agreement is another concrete step,” he wrote."
    )
    assert names(body) == [["Turan Mammadov"]]


def test_an_office_before_a_name_stays_its_role_beside_an_appositive():
    body = (
        "Ostrana's Deputy Prime Minister Ivo Danek, co-chair of the commission on the Ostranan side, spoke.\n\n"
        "Velnian Minister of Economy Tomas Redfern agreed.\n\n"
        "“We have very ambitious plans,” the deputy prime minister added."
    )
    assert names(body) == [["Ivo Danek"]]


def test_a_sea_port_is_the_company_that_runs_it():
    body = (
        "Dock workers struck for a third day. Their leader Petra Bergova addressed them.\n\n"
        "The management of the Kestra Sea Port said in a statement on Tuesday that the strike “violates the procedure "
        "established by the Labour Code”.\n\n"
        "“The company has offered a 12 percent increase,” the statement says."
    )
    assert names(body) == [["Kestra Sea Port"], ["Kestra Sea Port"]]


def test_a_phrase_in_the_reporter_s_sentence_is_the_speaker_s_whose_quotation_holds_it():
    body = (
        "Georgian and Armenian carriers fear that the queue will simply move «from the road to the server».\n\n"
        "«The queue will simply move from the road to the server. Slots will be resold», said Ivo Danek, head of "
        "the Union of Carriers."
    )
    assert names(body) == [["Ivo Danek"], ["Ivo Danek"]]


def test_the_second_reader_s_over_reaches_of_this_round_stay_as_they_were():
    # the sentence's own subject, not that of a clause “after”, “when”, “as” or “once” opens
    body = (
        "The Foreign Ministry summoned the ambassador after Deputy Foreign Minister Oleg Sidorov accused Tbilisi of "
        "betrayal, saying the remarks were “unacceptable.”"
    )
    assert names(body) == [["Foreign Ministry"]]
    body = (
        "The union called off the strike once Labour Minister Nune Sargsyan promised a pay rise, saying workers had "
        "“won a great victory.”"
    )
    assert names(body) != [["Nune Sargsyan"]]
    # a demonym naming a language is no state
    body = (
        "Kazakhstan's parliament debated the language law on Tuesday. Russian remains widely spoken, and "
        "Russian-language schools are popular. Russian speakers make up a fifth of the population, and Russian "
        "television is widely watched. “We will protect every language,” the government said."
    )
    assert names(body) == [["Government of Kazakhstan"]]
    # “the two ministers” after a meeting named after them: the two named there
    body = (
        "Georgian Foreign Minister Nino Kapanadze opened the forum in Tbilisi. “We agreed to continue,” the two "
        "ministers said after Armenian Foreign Minister Aram Sargsyan and Azerbaijani Foreign Minister Jeyhun "
        "Mammadli met in Almaty."
    )
    assert names(body) == [["Aram Sargsyan", "Jeyhun Mammadli"]]
    # an outlet whose name a country ends is no “he”
    body = (
        "Interviewed by Sputnik Armenia, economist Arman Petrosyan warned of inflation. Sputnik Armenia also asked "
        "the central bank. “Prices will keep rising,” he said."
    )
    assert names(body) == [["Arman Petrosyan"]]
    # a banner's words are the marchers', not those of whoever repeats them
    body = (
        "Hundreds marched under the banner “stop the war on our land” on Sunday. “We must stop the war on our land,” "
        "activist Anna Hakobyan told the crowd."
    )
    assert names(body) == [[], ["Anna Hakobyan"]]
    # a body's description, then who founded it: the person
    body = "The firm Ara Petrosyan founded in 2015 went bankrupt. “I lost everything,” Petrosyan said."
    assert names(body) == [["Ara Petrosyan"]]
    # a surname “Port” or “Fleet”
    body = "Tigran Port, a farmer from Ararat, inspected his vineyard. “The harvest is poor,” he said."
    assert names(body) == [["Tigran Port"]]


def test_a_joint_statement_of_three_each_with_a_country_s_office_is_theirs_together():
    body = (
        "In a joint statement, Velna's Foreign Minister Petra Halvorsen, Tarsk's Foreign Minister Andrej Kovar and "
        "Grenmark's Foreign Minister Lise Amundt said the deal “restores confidence in the region's energy "
        "security”.\n\n"
        "The outage hit the province of Orvath hardest, where regional governor Anna Petersik said schools had been "
        "closed. “Families have been burning furniture,” Petersik said."
    )
    assert names(body) == [["Petra Halvorsen", "Andrej Kovar", "Lise Amundt"], ["Anna Petersik"]]
    [_, [petersik]] = [q.speakers for q in quotations(body)]
    assert petersik.role == "regional governor"


# Batches 175 to 177 -------------------------------------------------------------------------------------


def test_a_pull_quote_whose_words_hold_apostrophes_is_the_speaker_s_who_says_them_below():
    body = (
        "Four of the contracts went to a firm owned by his brother-in-law.\n\n"
        "“I didn't know about these contracts”\n\n"
        "When reached by phone, district head Aram Vardanian said he had no role in the procurement.\n\n"
        "“I didn't know about these contracts, and I don't interfere in who gets what,” he said."
    )
    assert names(body) == [["Aram Vardanian"], ["Aram Vardanian"]]


def test_a_heading_naming_its_speaker_by_office_alone_is_the_one_body_person_of_that_office():
    for head, body, speaker in (
        (
            "Deputy minister: “Cargo on the corridor to double next year”",
            "Deputy Minister of Transport Elnur Kazimli addressed the forum in Brena. “Cargo on the corridor will "
            "double next year,” the deputy minister said.",
            "Elnur Kazimli",
        ),
        (
            "‘The corridor is no longer an alternative,’ says Velnian foreign minister",
            "Velnian Foreign Minister Kerem Aslan met Tarsk's Foreign Minister Ivo Danek. “The corridor is the main "
            "route now,” Aslan said.",
            "Kerem Aslan",
        ),
        (
            "Brena hokim: “Not a single coal boiler will work next winter”",
            "Brena city hokim Jahon Nurali announced a ban on coal. “No boiler will burn coal,” Nurali said.",
            "Jahon Nurali",
        ),
    ):
        [heading, *_] = analyse(f"{head}\n\n{body}").quotations
        assert [s.name for s in heading.speakers] == [speaker], head
    # two people of the office in the body: nobody
    [heading, *_] = analyse(
        "Deputy minister: “Cargo on the corridor to double next year”\n\n"
        "Deputy Minister of Transport Elnur Kazimli and Deputy Minister of Finance Anna Vale addressed the forum in "
        "Brena. “Freight will grow,” Kazimli said. “The budget will follow,” Vale said."
    ).quotations
    assert heading.speakers == []  # (whose words the heading's are, the body does not tell)


def test_a_body_named_after_what_kind_it_is_set_off_by_commas_is_the_company():
    body = (
        "The cluster that owns the field, Kestra Agro Tekstil, said in a written reply that it “has never used "
        "forced labour.” All of its pickers, the company said, are hired “on the basis of individual contracts.”"
    )
    assert names(body) == [["Kestra Agro Tekstil"], ["Kestra Agro Tekstil"]]
    assert {s.kind for q in quotations(body) for s in q.speakers} == {"organisation"}


def test_the_company_is_never_the_parent_an_appositive_names():
    body = (
        "Velna's rail network is run under a concession by North Velna Railway, a subsidiary of Tarsk Railways. "
        "The company said in a statement it was “ready to provide technical assistance”."
    )
    assert names(body) == [["North Velna Railway"]]


def test_a_name_then_an_office_of_a_body_whose_name_holds_and_is_the_person():
    body = (
        "“The office has turned into a platform for politics,” - Ivo Danek, Chairman of the Parliamentary Committee "
        "on Human Rights and Civil Integration, told journalists."
    )
    assert names(body) == [["Ivo Danek"]]


def test_the_second_part_of_a_quotation_its_cue_split_is_the_first_part_s_speaker():
    body = (
        "«Technically, this is feasible,» Ivan Orlov, head of the Institute for Labour Mobility Studies, told "
        "Kommersant, «but the register shows that the database is full of errors.»"
    )
    assert names(body) == [["Ivan Orlov"], ["Ivan Orlov"]]


def test_a_committee_on_a_remit_in_lower_case_is_one_body():
    body = (
        "The Velna Majlis commission on international relations and inter-parliamentary ties also issued a "
        "statement, calling the resolution “null and void”.\n\n"
        "«The parliament considers it inappropriate to continue cooperation,» the statement reads."
    )
    [first, second] = names(body)
    assert first == second and len(first) == 1 and first[0].endswith("inter-parliamentary ties")


def test_according_to_a_person_a_noun_after_its_article_is_no_verb_of_the_clause():
    body = (
        "Ivan Orlov spoke to Kommersant. According to Orlov, people who are entered in the register by mistake "
        "spend months getting out of it, and the rule could push migrants into the «grey zone» — working without "
        "documents."
    )
    assert names(body) == [["Ivan Orlov"]]


def test_a_person_after_where_they_are_based_and_a_relative_clause_wrote():
    body = (
        "Environmentalists are skeptical. Brena-based eco-activist Dina Tulegen, who was among the first to publish "
        "video from the coast, wrote on her Instagram page: “Every year the same story. Hundreds of dead seals.”"
    )
    assert names(body) == [["Dina Tulegen"]]


def test_the_body_of_a_place_by_its_level_in_lower_case_is_that_body_not_the_place():
    body = (
        "The akimat of Kestra region said in a statement that the carcasses would be disposed of “in accordance with "
        "veterinary requirements.”"
    )
    assert names(body) == [["akimat of Kestra region"]]
    # a person's office of a province, set off after their name, is theirs
    body = (
        "Our City's leader Aram Gukasian, a former deputy governor of Lori province, refused to concede. Late on "
        "Sunday he wrote on Facebook: “The fight is only beginning.”"
    )
    assert names(body) == [["Aram Gukasian"]]


def test_an_unnamed_member_of_a_parliament_from_the_opposition():
    body = (
        "A member of Velna’s de facto parliament from the opposition, who asked not to be named as he feared "
        "repercussions, told OC Media that the crisis was “the direct consequence of years of deals”."
    )
    assert names(body) == [["unnamed: a member"]]


def test_one_of_a_group_then_their_name_is_the_person_named():
    body = (
        "About 50 villagers stood on the road for hours.\n\n"
        "“My husband planted these trees in 1988,” said one of the protesters, 67-year-old Siran Hovanian."
    )
    assert names(body) == [["Siran Hovanian"]]


def test_a_one_word_name_ending_like_a_state_company_s_is_the_company():
    body = (
        "Protesters gathered shortly after Velnenergo published a new schedule of outages on its Telegram channel.\n\n"
        "In the post, the company said the cuts were “unavoidable” due to low water in the reservoir."
    )
    assert names(body) == [["Velnenergo"]]


def test_a_body_s_officer_set_off_by_commas_issues_the_statement_alone():
    body = (
        "The Brena Metro’s director, Aram Khachikian, said in a written statement that management “shares the "
        "concerns of employees”.\n\n"
        "“Wage negotiations are under way,” the statement read."
    )
    assert names(body) == [["Aram Khachikian"], ["Aram Khachikian"]]


def test_a_document_s_words_quoted_from_its_verb_in_the_present_are_its_issuer_s():
    body = (
        "The Velnian Parliament adopted a resolution on Thursday. The resolution, adopted with 412 votes in favour, "
        "98 against and 61 abstentions, “calls on the authorities to release all journalists”."
    )
    assert names(body) == [["Velnian Parliament"]]
    # (the people the words set off say led it: theirs)
    body = (
        "The resolution, H.Res. 88, led by Representatives Ana Vale and Tom Reyes, “condemns the deliberate erasure "
        "of the old town”."
    )
    assert names(body) == [["Ana Vale", "Tom Reyes"]]
    assert quotations(body)[0].medium == "press_statement"  # a document's words, whoever led it


def test_the_second_reader_s_over_reaches_of_batches_175_to_177_stay_as_they_were():
    # somebody else speaks between the two parts: theirs
    body = "“We will sue,” Ivan Orlov told reporters, and his lawyer Anna Vale added, “the court will decide.”"
    assert names(body)[1] == ["Anna Vale"]
    # a description of the one named after “one of …”: nobody's name
    body = "“We will stay,” said one of the protesters, Brena resident Anna Vale."
    assert names(body) != [["Brena"]]
    # a name set off after “from the opposition”: that person
    body = "A member of parliament from the opposition, Tom Reyes, said the vote was “rigged”."
    assert names(body) == [["Tom Reyes"]]
    # “for years” is no committee's remit
    body = "The Velna committee for years ignored complaints, residents said, calling it “a wall of silence”."
    assert names(body) != [["Velna committee for years"]]
    # a person and people the text does not name: both
    body = "“We will not leave our homes,” Ivan Orlov and local residents told reporters."
    assert "Ivan Orlov" in names(body)[0]
    # a surname ending like a company's, after the full name: the person
    body = "Peter Igaz, the mayor, visited the site. “We will fix the pipes,” Igaz said."
    assert names(body) == [["Peter Igaz"]]
    # an operator may be a person
    body = (
        "The tour operator that organised the trip, Anna Vale, told reporters the group was “safe and well”. "
        "“Nobody was hurt,” she said."
    )
    assert names(body) == [["Anna Vale"], ["Anna Vale"]]
    # the parent company is the parent
    body = (
        "The line is run by North Velna Railway, a subsidiary of Tarsk Railways. The parent company said it would "
        "“appeal the decision in every court”."
    )
    assert names(body) == [["Tarsk Railways"]]
    # who drafted or commissioned a document did not issue it
    body = "The report, commissioned by the Ministry of Energy, “recommends closing the three coal plants by 2030”."
    assert names(body) == [[]]
    # a section's name under the headline is no byline
    copy = analyse(
        "Velna and Tarsk sign gas deal\n\nSouth Caucasus\n\nThe two countries signed a deal, the ministry said."
    ).copy
    assert copy.byline == ""


def test_batches_181_and_182_a_body_named_before_and_nobody_from_counts_or_currencies():
    # the company that applied, not the regulator by its acronym nor a currency's code
    body = (
        "As reported earlier, Gazprom Velna applied to the Public Services Regulatory Commission (PSRC) in November, "
        "asking to raise the price from AMD 139,000 to AMD 156,500.\n\n"
        "In its application, the company cited “the growth of operating costs”."
    )
    assert names(body) == [["Gazprom Velna"]]
    # a vote's count is nobody
    body = (
        "The Velnian Chamber met on Thursday. The resolution, adopted by 78 votes to 41 with 9 abstentions, calls "
        "on the government to seek the «immediate release» of the detainees."
    )
    assert names(body) != [["41 with 9 abstentions"]]
    # a research firm is no person for “his” to mean
    body = (
        "“Kestra is clearing the field for its own grain,” says Maxim Lebed, head of analytics at Grain Market "
        "Research.\n\nIn his opinion, exporters could switch routes, but this route “will not become a real "
        "alternative for at least a year”."
    )
    assert names(body) == [["Maxim Lebed"], ["Maxim Lebed"]]
    # a ministry's portfolio of tariffs
    body = "Velna’s Ministry of Energy and Tariffs blamed the outages on “unprecedented” consumption."
    assert names(body) == [["Velna’s Ministry of Energy and Tariffs"]]
    # “The Holding”: the company named before, in a person's office
    body = (
        "The Chairman of the Board of National Energy Holding Company OJSC, Bakyt Sadyk, said imports would grow.\n\n"
        "The Holding later published a message on its Telegram channel:\n\n"
        "“Dear consumers! We ask you to treat the schedules with understanding.”"
    )
    assert names(body) == [["National Energy Holding Company OJSC"]]


def test_the_browser_walk_s_wire_story_a_subsidiary_s_words_and_a_split_quote_told_an_outlet_with_a_dot():
    body = (
        "The Kestra Railways company, a subsidiary of Tarsk Holding, said in a statement that it was “ready to add "
        "four trains a week”. The company added: “Our wagons are waiting at the border.”\n\n"
        "«Technically, this is feasible,» Ivan Orlov, head of the Institute for Transport and Logistics Studies, told "
        "Report.az, «but the border crossing is still the bottleneck.»"
    )
    assert names(body) == [["Kestra Railways"], ["Kestra Railways"], ["Ivan Orlov"], ["Ivan Orlov"]]
    orlov = quotations(body)[2].speakers[0]
    assert orlov.affiliation == "Institute for Transport and Logistics Studies"


def test_batch_183_a_body_introduced_by_its_kind_a_request_and_a_person_known_by_a_first_name():
    body = (
        "The civic initiative Brena Smog, which has monitored the air for years, welcomed the decision.\n\n"
        "“We have been asking for this for seven years,” the initiative wrote on its Instagram page."
    )
    assert names(body) == [["Brena Smog"]]
    body = (
        "The association Delovaya Velna met on Monday. In a statement, the association asked the regional "
        "authorities “to find a balance between security and business.”"
    )
    assert names(body) == [["Delovaya Velna"]]
    body = (
        "A taxi driver who asked to be identified only as Rinat said he had lost half his income. “The app works, "
        "but the navigator keeps freezing,” he said."
    )
    assert names(body) == [["Rinat"]]
    # a question put to somebody is still nobody's request
    assert names("The minister was asked by reporters “to explain the delay.”") == []


def test_a_first_line_of_a_quoted_title_and_a_standfirst_is_the_headline():
    copy = parse_copy(
        "‘It’s like living in a bunker’ Brena has gone nine days without mobile internet. Officials say it’s about "
        "drones.\n\nSince November 27, residents of Brena have had no mobile internet, the governor's office said."
    )
    assert copy.headline.startswith("‘It’s like living in a bunker’")
    assert copy.parts[0].text.startswith("Since November 27")  # the title's line is no paragraph of the body


def test_a_headline_quote_in_words_of_its_own_four_of_them_one_speaker_s_in_the_body():
    text = (
        "‘It was a song about fear’ Brena singer Ivo Danek sentenced to four years over an album\n\n"
        "The court in Brena sentenced singer Ivo Danek on Tuesday.\n\n"
        "“I made a song about fear, about how people behave when they are trapped,” Danek said in his final word."
    )
    [heading, body] = analyse(text).quotations
    assert [s.name for s in heading.speakers] == ["Ivo Danek"] == [s.name for s in body.speakers]


def test_a_document_s_words_after_a_relative_clause_and_the_reporter_s_it_should_be_noted():
    body = (
        "The Velnian Parliament adopted a resolution on Thursday. It should be noted that the resolution, which was "
        "adopted with 398 votes in favour, among other things «calls on the authorities to release all persons "
        "detained» and urges the Commission to act."
    )
    assert names(body) == [["Velnian Parliament"]]


def test_batches_184_and_185_an_outlet_a_hyphenated_office_and_a_plural_noun_opening_a_sentence():
    # an outlet that saw a document is never the teacher
    body = (
        "The case against teacher Nadia Smirna was opened in April.\n\n"
        "According to the case file, which was seen by Novaya Gazeta Europe, the teacher told the class that forces "
        "had “shelled apartment blocks”."
    )
    assert names(body) == [["Nadia Smirna"]]
    # a hyphenated office is no part of the name
    body = (
        "Prosecutor-General Anahit Movsian addressed parliament on Tuesday. She said the deputy had spoken of a "
        "“coordinated purchase” of votes."
    )
    assert names(body) == [["Anahit Movsian"]]
    # “Exporters say …”: nobody named “Exporters” issued the ministry's note
    body = (
        "The Velnian Agriculture Ministry has drafted a grain export quota. Exporters say the decision, combined with "
        "the “floating” duty, will hurt them.\n\n"
        "According to the explanatory note, the quota is set “in order to ensure the stability of the market.”"
    )
    assert names(body)[-1] == ["Velnian Agriculture Ministry"]


def test_batch_188_a_comment_a_motion_a_working_group_and_a_state_company_beside_a_ministry():
    # “X has commented on …” … “The comment reads:”: X's, not the parliament whose motion X commented on
    body = (
        "Head of the Press Service of the Velnian Foreign Ministry Ardo Kask has commented on the motion on Velna "
        "adopted by the House of Representatives of Kestria on November 25.\n\n"
        "The comment reads: “We strongly reject the motion, which is based on one-sided information.”\n\n"
        "The motion, submitted by a group of deputies, calls on the Kestrian government to push for “targeted "
        "sanctions against Velnian officials” in its contacts with Brena."
    )
    assert names(body) == [["Ardo Kask"], ["House of Representatives of Kestria"]]
    # a working group named with its countries and a remit in lower case, and the parliament it is of
    body = (
        "According to her, the Velnian Majlis will give “an adequate response to the motion in due course”.\n\n"
        "On November 26, the Working Group on Velna-Kestria inter-parliamentary relations of the Velnian Majlis also "
        "issued a statement, describing the motion as “a blatant interference in the affairs of a sovereign state”."
    )
    assert names(body)[-1] == ["Working Group on Velna-Kestria inter-parliamentary relations of the Velnian Majlis"]
    # a ministry and a state company known by one word of its own speak together (the ministry “de facto”)
    body = (
        "In a joint statement published on Thursday evening, the de facto Ministry of Energy and Velnenergo said the "
        "draft was still being discussed and that “no decision has been made on the transfer of any assets.”"
    )
    assert names(body) == [["Ministry of Energy", "Velnenergo"]]
    # (a portfolio is no body: one ministry)
    assert names("The Ministry of Culture and Tourism said it was “ready to help the theatre at once”.") == [
        ["Ministry of Culture and Tourism"]
    ]
    # an embassy in lower case, and where it is
    body = (
        "Kestria’s embassy in Brena said in a statement on its Telegram channel that Kestria was “ready to continue "
        "assisting the people of Velna in overcoming the crisis”."
    )
    assert names(body) == [["Kestria’s embassy in Brena"]]
    # one of a group the text describes with an adjective is one of them, unnamed
    assert names("One of the large traders told Kommersant on condition of anonymity: «The quota is no problem.»") == [
        ["unnamed: one of the large traders"]
    ]


def test_batches_186_to_188_an_owner_s_website_an_office_s_remit_and_those_who_went_somewhere():
    # “According to its website, X “…””: the body whose website it is, not the person it writes of
    body = (
        "Velna’s Justice Ministry added comedian Ivo Danek to its registry on Friday. According to its website, "
        "Danek “disseminated false information about decisions of state bodies” and “spoke out against the war.”"
    )
    assert names(body) == [["Velna’s Justice Ministry"], ["Velna’s Justice Ministry"]]
    # (an outlet's website is still no speaker)
    assert names("According to the Brena Times website, Danek “disseminated false information about it.”") == [
        ["Danek"]
    ]
    # an office whose remit in lower case holds an “and”, then the name of who holds it: one person
    body = (
        "“The amendments further restrict the space for peaceful assembly,” EU spokesperson for foreign affairs and "
        "security policy Anna Lindgren said in a statement."
    )
    assert names(body) == [["Anna Lindgren"]]
    body = (
        "Earlier, European Commission spokesperson for energy Anna Lindgren told journalists that Velna remains “an "
        "important and reliable partner” in the diversification of supplies."
    )
    assert names(body) == [["Anna Lindgren"]]
    body = (
        "“Every year we hear about plans,” the coordinator of the Taza Aba initiative group Aizada Temirova told "
        "24.kg news agency."
    )
    assert names(body) == [["Aizada Temirova"]]
    # those who went somewhere chanting, not the place they went to; banners hung by striking workers
    body = (
        "Bundled in fur hats, demonstrators gathered outside the city administration chanting “Lower the tariff!”, "
        "AFP journalists saw."
    )
    assert names(body) == [["unnamed: demonstrators"]]
    body = (
        "Outside the port gates on Thursday, striking workers lit fires in oil drums and hung banners reading "
        "“Bread, not promises.” Police kept watch."
    )
    assert names(body) == [["unnamed: striking workers"]]
    # a body whose name lists its portfolios with commas, whole
    body = (
        "The Urban Development, Technical and Fire Safety Inspection Body inspected the school in September.\n\n"
        "The inspection report states that “the works were performed with significant deviations from the design.”"
    )
    assert names(body) == [["Urban Development, Technical and Fire Safety Inspection Body"]]
    # “the prosecutor's office” as printed in full before
    body = (
        "The Kostanay region prosecutor's office has opened a pre-trial investigation. “The investigation will "
        "establish whether the funds were used for their purpose,” the prosecutor's office said in a statement."
    )
    assert names(body) == [["Kostanay region prosecutor's office"]]


def test_the_second_reader_s_over_reaches_of_batches_186_to_188_stay_as_they_were():
    # an office in lower case then a name after its own title: somebody else's representative, unnamed
    assert names("A representative of jailed former president Vaso Beridze told Interfax the appeal was “ready.”") == [
        ["unnamed: a representative"]
    ]
    # a party named after what it is and its nationality is no person holding an office in it
    assert names("The chairman of the Velnian opposition party Kestria Forward said the vote was “rigged.”") in (
        [],
        [[]],
    )
    # somebody who has not commented made no comment
    body = (
        "The Foreign Ministry issued a statement on Monday condemning the vote. President Ardo Kask has not yet "
        "commented on the resolution. The statement reads: “This decision is null and void.”"
    )
    assert names(body) == [["Foreign Ministry"]]
    # a motion's mover is named as such or nobody: never the court or the chamber that rejected it
    body = (
        "Kask's lawyers filed a motion to dismiss the case, which the Brena City Court rejected on Friday. The motion "
        "argued that the evidence was “obtained unlawfully.”"
    )
    assert names(body) in ([], [[]])
    body = (
        "The motion on Velna, submitted by a group of opposition deputies, was rejected by the House of "
        "Representatives of Kestria on Thursday. The motion called for “targeted sanctions against Velnian officials.”"
    )
    assert names(body) in ([], [[]])
    # a sign torn down or dug near is nobody's words
    for body in (
        "Protesters tore down election posters reading “Velna chooses stability” outside the mayor's office.",
        "Soldiers dug trenches near a sign reading “State border of Kestria” on the edge of the village.",
        "Villagers dug up a road sign reading “Brena, 5 km” and threw it into the river.",
    ):
        assert names(body) in ([], [[]]), body
    # the owner of a channel, never the channel
    body = "Velnenergo CEO Ardo Kask resigned on Monday. According to his Telegram channel, he “had no choice.”"
    assert names(body) == [["Ardo Kask"]]
    # “the prosecutor's office” after another office of its kind named since: not the one printed in full before
    body = (
        "Kask accused the Brena prosecutor's office of bias and asked for the case to be moved to Velna. On Tuesday, "
        "Velna's prosecutors agreed. “We have taken over the case,” the prosecutor's office said."
    )
    assert names(body) != [["Brena prosecutor's office"]]


def test_batches_192_to_194_bodies_by_what_they_are_and_documents_by_who_made_them():
    # “the parties adopted a joint statement, which reads:” where the text names no parties: nobody, never the
    # ambassador whose post the text quotes further down
    body = (
        "The third meeting of the Velna-Kestria dialogue took place in Brena on Friday.\n\n"
        "Following the meeting, the parties adopted a joint statement, which reads:\n\n"
        "“Velna and Kestria reaffirmed their commitment to the dialogue.”\n\n"
        "The head of the Kestrian mission, Ambassador Ivo Danek, referred to the meeting in a post on X.\n\n"
        "“Productive discussions today in Brena,” the ambassador wrote."
    )
    assert names(body) == [[], ["Ivo Danek"]]
    # what only a body is, right before two unknown words: a body, whatever verb follows
    body = (
        "State power utility Velno Tarik announced on Monday that households would get power for ten hours a day.\n\n"
        "“Temporary limits are being introduced,” the company said."
    )
    assert names(body) == [["Velno Tarik"]]
    # an outlet introduced as such, with its platform's name between
    body = (
        "A post on the popular Telegram channel Ovozi Brena featured a photograph of a dark block.\n\n"
        "“Ten hours of light, twenty-four hours of propaganda,” the channel wrote."
    )
    assert names(body) == [["Ovozi Brena"]]
    # one of the sources, then what that one is: the trader the text goes on to quote
    body = (
        "One of the sources, a trader with a company that ships oil via the terminal, said loadings were delayed.\n\n"
        "“We have been told to expect delays,” the trader said, speaking on condition of anonymity."
    )
    assert names(body) == [["unnamed: a trader"]]
    # somebody described by a trade the lexicon had not listed, who asked not to be named
    body = "“Stay silent or leave,” a Brena theatre critic, who asked not to be named, told AFP."
    assert names(body) == [["unnamed: a Brena theatre critic"]]


def test_batches_192_to_194_names_a_body_goes_by_and_its_press_service():
    # a body named as a rights group, by a word that also names a place (“Monument”), then by that word alone
    body = (
        "The Monument rights group has recognised Danek as a political prisoner. In a statement, Monument said "
        "the case showed that “any play can now be treated as a crime”."
    )
    assert names(body) == [["Monument"]]
    # a phrase naming its own body is that body, not the body of its kind named last
    body = (
        "The Monument rights group has recognised Danek as a political prisoner. The Golos election watchdog said "
        "the vote was “a sham”."
    )
    assert names(body) == [["Golos election watchdog"]]
    # a press service after its body's name and acronym, no possessive: that body's
    body = (
        "Velnian Electric Networks (VEN) press service told Brena News that the programme was agreed.\n\n"
        "“More than 60 billion will go to cables,” the press service said."
    )
    assert names(body) == [["Velnian Electric Networks"]]
    # an army the text does not name: its press service, as printed
    body = (
        "The army's press service said in a Telegram post that the convoy had not been coordinated.\n\n"
        "“Deliveries are possible only through the agreed corridor,” the press service said."
    )
    assert names(body) == [["army's press service"]]
    # a press service of nobody the text names is nobody, never “press service”
    body = (
        "A source told the press service that the programme was agreed.\n\n"
        "“More than 60 billion will go to cables,” the press service said."
    )
    assert names(body) == [[]]
    # the side a body is on, before its name
    body = (
        "The opposition Civic Forum of Velna said in a statement on Friday that the authorities had “done nothing "
        "in four years to prepare the grid”."
    )
    assert names(body) == [["Civic Forum of Velna"]]
    # a delegation to an assembly speaks, not the assembly
    body = "The Velnian delegation to the Kestria Parliamentary Assembly called the resolution “a shameful document”."
    assert names(body) == [["Velnian delegation to the Kestria Parliamentary Assembly"]]
    # (an EU delegation posted to a country is not another body's delegation to a committee whose name holds “EU”)
    body = (
        "The Vice Speaker answered the statement issued by the European Parliament's delegation to the EU-Velna "
        "Parliamentary Association Committee.\n\n"
        "The EU Delegation to Velna responded with a post on X: “Media freedom is a cornerstone of the European path.”"
    )
    assert names(body)[-1] == ["EU Delegation to Velna"]


def test_batches_192_to_194_who_holds_an_office_in_lower_case_and_who_made_a_document():
    # an office in lower case before its holder's name, bodies named since
    body = (
        "Brena will ban coal heating from 2028, deputy akim of Brena Daniyar Omarov announced at a briefing at the "
        "Central Communications Service on December 4.\n\n"
        "“We have set a clear deadline,” the deputy akim said."
    )
    assert names(body) == [["Daniyar Omarov"]]
    # a body's name in quotation marks inside the appositive of the person quoted
    body = "“The ban is the right step,” Aigerim Sadykova, coordinator of the public initiative “Brena Air”, told us."
    assert names(body)[0] == ["Aigerim Sadykova"]
    # “it” in a sentence whose subject is a document: the document's issuer
    body = (
        "The Velnian Foreign Ministry issued a statement on the resolution adopted by the Kestrian Parliament "
        "on Monday.\n\n"
        "“We reject the resolution,” the statement reads.\n\n"
        "The ministry noted that the resolution “ignores the realities on the ground”.\n\n"
        "The resolution calls on the authorities to release what it describes as “political prisoners” and urges "
        "the Commission to act."
    )
    assert names(body)[-1] == ["Kestrian Parliament"]
    # a report on something, adopted by a committee of a chamber whose name opens with a nationality
    body = (
        "Velna’s Foreign Ministry has rejected a report on the human rights situation in Velna adopted by the "
        "Foreign Affairs Committee of the Kestrian House of Representatives.\n\n"
        "“Nothing but a political order,” spokesperson Ardo Kask said.\n\n"
        "The report claims that civil society faces “systematic and growing pressure”."
    )
    assert names(body)[-1] == ["Foreign Affairs Committee of the Kestrian House of Representatives"]
    # a company named in quotation marks before its legal form; “It” after it
    body = (
        "A pipeline of “Velmar Metals” CJSC ruptured on Tuesday. It acknowledged “a technical malfunction on a "
        "section of the pipeline” in a statement."
    )
    assert names(body)[-1] == ["Velmar Metals"]
    # an inspection act, drawn up by a body; an assessment by a body, and when it is dated
    body = (
        "Brena News obtained a copy of an inspection act drawn up by the Velnian Mining Inspection Body in June.\n\n"
        "“Sections of the pipeline must be replaced,” the act states."
    )
    assert names(body) == [["Velnian Mining Inspection Body"]]
    body = (
        "An assessment by the Velnian Environmental Agency dated March 11 listed the village as at risk.\n\n"
        "“The slope is in an active phase of movement,” the assessment said."
    )
    assert names(body) == [["Velnian Environmental Agency"]]
    # a draft the ministry prepared, and its explanatory note
    body = (
        "The Ministry of Economic Development has prepared a draft government resolution on grain tariffs. "
        "Kestrian Railways, which would lose revenue, opposes it.\n\n"
        "According to the explanatory note, the measure is aimed at “ensuring the rhythmic loading of the ports.”"
    )
    assert names(body) == [["Ministry of Economic Development"]]
    # (a rank is no office that ends the title before the name: “Lieutenant General X”, then “the general said”)
    body = (
        "Deputy Commander of the Southern District Lieutenant General Oleg Marin told reporters the drills were "
        "routine.\n\n“All questions are resolved through the established channels,” the general said."
    )
    assert names(body) == [["Oleg Marin"]]


def test_batches_192_to_194_bodies_named_together_each_once_and_no_document_among_them():
    # a body a longer name ends with is no issuer of its own: the delegation to the assembly, not the assembly
    body = (
        "Meanwhile, the Velnian delegation to the Kestria Parliamentary Assembly and the Majlis Committee on "
        "Foreign Relations issued a joint statement, describing the resolution as “a shameful document.”\n\n"
        "“We call on our colleagues to engage in honest dialogue,” the joint statement says."
    )
    assert sorted(names(body)[-1]) == [
        "Majlis Committee on Foreign Relations",
        "Velnian delegation to the Kestria Parliamentary Assembly",
    ]
    # a constitution the sentence names is no organisation that spoke
    body = (
        "In a joint statement, the Velnian Lawyers' Association and Transparency International Velna said the bill "
        "contradicts "
        "the Constitution of Velna.\n\n"
        "“The criteria will give the regulator unlimited discretion,” the organizations said."
    )
    assert sorted(names(body)[-1]) == ["Transparency International Velna", "Velnian Lawyers' Association"]
    # a body whose name opens with what it is, then words in quotation marks
    body = (
        "On Friday, the Union «For Freedom of Political Prisoners of Velna» and the Institute for Peace included "
        "him in their list. «He is prosecuted solely for his work,» the organizations said in a joint statement."
    )
    assert sorted(names(body)[-1]) == ["Institute for Peace", "Union For Freedom of Political Prisoners of Velna"]


def test_the_second_reader_s_over_reaches_of_batches_192_to_194_stay_as_they_were():
    # where a body is based, of what era, its acronym: a description of the body named before, no name of its own
    for described in ("The London-based company", "The Soviet-era company", "The US-based company"):
        body = f"Kestrian Railways said revenue fell. {described} said the results were “disappointing”."
        assert names(body) == [["Kestrian Railways"]], described
    assert names("The Velnian Refugee Agency said 300 crossed. The UN agency called it “alarming”.") == [
        ["Velnian Refugee Agency"]
    ]
    # a press service by an adjective, or by “its”: the body's, never “Its”
    body = (
        "The presidential press service said Danek had signed the decree.\n\n"
        "“The decree enters into force today,” the press service said."
    )
    assert names(body) == [["presidential press service"]]
    body = "The Velnian Foreign Ministry said the envoy was summoned. Its press service said the meeting was “tense”."
    assert names(body) == [["Velnian Foreign Ministry"]]
    # a person named after an outlet word and set off by what they are: still a person
    body = (
        "Speaking to the TV channel Anna Vale, the head of the union, said the strike would go on.\n\n"
        "“We will not back down,” she said."
    )
    assert names(body) == [["Anna Vale"]]
    # who presents or signs a document is not who wrote it
    body = (
        "Ivo Danek presented a plan to parliament on Tuesday that had been prepared by the World Bank.\n\n"
        "“Tariffs must rise by 2027,” the plan says."
    )
    assert names(body) != [["Ivo Danek"]]
    body = (
        "The ministry received a document from the Kestrian embassy on Monday. Velnian Foreign Minister Ivo Danek "
        "signed a decision the same day.\n\n“The embassy is to close,” the document reads."
    )
    assert names(body) != [["Ivo Danek"]]
    # an office in a senate is a person's, not a body's
    body = "Senate Majority Leader Ivo Danek said the bill would pass. “We have the votes,” Danek said."
    assert {s.kind for q in quotations(body) for s in q.speakers} == {"person"}
    # “it” of a clause after the document's sentence is that clause's subject, not the document
    body = (
        "The statement from the Velnian Foreign Ministry came a day after Kestria expelled two diplomats, a move it "
        "called “necessary”."
    )
    assert names(body) != [["Velnian Foreign Ministry came a day"]]
    # a source described after a comma is still the source a later “the source” means
    body = "A second source, a friend of Danek's family, said he was tired.\n\n“He wants to go home,” the source said."
    assert names(body) == [["unnamed: a second source"]]
