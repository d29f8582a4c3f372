"""Attribution of the everyday constructions of wire and agency copy that the pipeline lost on probes
of our own (written before any change for them, never from a labelled batch): unnamed sources set off
by an aside, “one of them”, a description set off after a name, and a next reading of the sentence when
its first names nobody. Invented countries and people."""

from newsroom.ingest.language import ENGLISH
from newsroom.ingest.pipeline import analyse

HEAD = "Talks Resume In The Region\n\nKESTRA, Dec 1 (Reuters) - Officials met on Monday.\n\n"


def quotations(body):
    return analyse(HEAD + body).quotations


def names(body):
    return [[f"unnamed: {s.name}" if s.unnamed else s.name for s in q.speakers] for q in quotations(body)]


def test_a_person_close_to_a_team_is_an_unnamed_speaker_not_a_scare_quote():
    body = 'A person close to the negotiating team told Reuters the document was "ready for signature".'
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.role == "A person close to the negotiating team"


def test_one_of_them_is_one_of_the_people_described_before():
    body = (
        "Two diplomats familiar with the talks said the sides were close. One of them, who asked not to be "
        "named because the talks are confidential, said the gap was “narrower than it looks”."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "one of them"
    assert "diplomats familiar with the talks" in speaker.role


def test_some_of_them_chanting_stays_a_crowd_with_its_own_medium():
    body = (
        "Several dozen relatives of soldiers gathered outside the court. Some of them held portraits and shouted "
        '"Shame!" as the verdict was read.'
    )
    (q,) = quotations(body)
    assert q.speakers[0].unnamed and q.medium == "other"


def test_a_clause_handing_over_with_a_colon_past_an_aside_set_off_by_commas():
    body = (
        "A member of the Velnian delegation, speaking to Reuters on condition of anonymity, was more reserved: "
        "“The text is a start. Whether it holds is another matter.”"
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "a member"
    assert speaker.affiliation == "Velnian delegation"


def test_a_member_of_a_body_is_somebody_of_it_never_the_body():
    body = "A member of the Kestrian delegation told the agency that the protocol was “a good start”."
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.affiliation == "Kestrian delegation"


def test_a_description_set_off_after_a_name_is_that_person():
    assert names(
        "Tomas Redfern, Kestria’s president, signed the bill on Monday, describing it as “a shield for our "
        "sovereignty”."
    ) == [["Tomas Redfern"]]
    assert names(
        '"Trucks still wait five days at the gate," said Ercan Dalby, a board member of the Kestrian Transporters '
        'Association, calling for "urgent investment in border infrastructure."'
    ) == [["Ercan Dalby"], ["Ercan Dalby"]]


def test_the_reading_after_the_quotation_when_the_one_before_names_nobody():
    body = (
        "The court ruled that the detention was “lawful and justified”, according to a statement from the Kestra "
        "City Court."
    )
    (q,) = quotations(body)
    assert [s.name for s in q.speakers] == ["Kestra City Court"]
    assert q.pattern == "after:according to X"


def test_other_readings_are_kept_only_when_they_name_somebody_else():
    from newsroom.ingest.cues import find_cue, other_cues
    from newsroom.ingest.layout import Layout
    from newsroom.ingest.parse import parse_copy
    from newsroom.ingest.quotes import find_quotations

    copy = parse_copy(HEAD + "“We are ready,” Ana Vale said.", ENGLISH)
    (q,) = find_quotations(copy, ENGLISH.marks)
    q.found = find_cue(copy, q, Layout(copy, [q], ENGLISH.grammar), ENGLISH)
    assert q.found.phrase == "Ana Vale"
    assert all(c.phrase != "Ana Vale" for c in other_cues(copy, q, Layout(copy, [q], ENGLISH.grammar), ENGLISH))


def test_a_document_signed_by_somebody_is_theirs():
    body = "A letter was signed by 40 Kestrian lawmakers. “We urge the Commission to act,” the letter says."
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.name == "40 Kestrian lawmakers"


def test_she_after_a_sentence_whose_subject_is_her_colleague_named():
    body = (
        '"We will not accept this," said Anna Grig, a teacher from Kestra. Her colleague Lilit Pars agreed. '
        '"Nobody asked us," she said.'
    )
    assert names(body) == [["Anna Grig"], ["Lilit Pars"]]


def test_a_subject_past_an_aside_of_where_they_are_from():
    body = (
        'A senior Western diplomat in Kestra said the government was "playing with fire". Another diplomat, from '
        'an EU member state, said: "We are running out of patience."'
    )
    assert names(body) == [["unnamed: a senior Western diplomat"], ["unnamed: a diplomat"]]


def test_recommended_and_highlighted_report_the_words_of_their_subject():
    body = (
        "The Velna Policy Institute recommended that both governments set up joint councils “before disputes "
        "become security incidents.” The institute also highlighted what it called “a chronic lack of data”."
    )
    assert names(body) == [["Velna Policy Institute"], ["Velna Policy Institute"]]


def test_a_name_set_off_after_a_description_is_the_person_described():
    body = 'According to the head of the department, Gulnara Isla, "over 2,000 applications have been received".'
    assert names(body) == [["Gulnara Isla"]]


def test_they_after_two_people_named_together_is_both_and_the_statement_goes_on():
    body = (
        "Kestrian envoy Serdar Kalan and Velnian envoy Ruben Ros met in Vienna on Friday. In a joint statement "
        'afterwards, they said they had agreed "to open the land border for diplomatic passport holders".\n\n'
        '"The Special Envoys reaffirmed their commitment to full normalization."'
    )
    assert names(body) == [["Serdar Kalan", "Ruben Ros"], ["Serdar Kalan", "Ruben Ros"]]


def test_they_with_somebody_else_named_since_is_not_the_pair():
    body = (
        "Kestrian envoy Serdar Kalan and Velnian envoy Ruben Ros met in Vienna on Friday. Residents of the "
        'border village, interviewed by Anna Vell, said they were "tired of waiting".'
    )
    assert names(body) != [["Serdar Kalan", "Ruben Ros"]]


def test_two_people_named_after_what_they_are_are_both_speakers():
    body = 'The two ministers, Ararat Mirov and Jeyhun Bayli, told reporters that progress had been "substantial".'
    assert names(body) == [["Ararat Mirov", "Jeyhun Bayli"]]


def test_it_after_a_joint_statement_issued_by_two_people_is_both():
    body = (
        "The foreign ministers of Kestria and Velna, Ararat Mirov and Jeyhun Bayli, issued a joint statement after "
        'the talks. "The parties agreed to continue negotiations on the draft treaty," it reads.'
    )
    assert names(body) == [["Ararat Mirov", "Jeyhun Bayli"]]


def test_the_foreign_ministries_of_three_countries_stay_three_bodies():
    body = (
        "In a joint statement, the foreign ministries of Estonia, Latvia and Lithuania said they were "
        '"deeply concerned by the continued backsliding".'
    )
    ((a, b, c),) = [q.speakers for q in quotations(body)]
    assert all(s.kind == "organisation" for s in (a, b, c))


def test_the_two_countries_commissions_and_then_the_commissions_are_one_body_each():
    text = (
        "Border marking to begin\n\nYEREVAN, Nov 23 (Reuters) - Armenia and Azerbaijan have agreed to begin marking a "
        "section of their border, the two countries' border commissions said on Monday.\n\nIn a joint statement, "
        'the commissions said expert groups would begin fieldwork in April "using the 1991 declaration as the '
        'legal basis".'
    )
    ((a, b),) = [q.speakers for q in analyse(text).quotations]
    assert (a.name, b.name) == ("Armenia's border commission", "Azerbaijan's border commission")


def test_the_two_governments_are_the_countries_named_together_never_the_agency_of_the_dateline():
    text = (
        "Market opens\n\nBishkek (AFP) - Kyrgyzstan and Tajikistan on Friday opened their first jointly run market "
        'on their border.\n\nIn a joint statement, the two governments said the market would be "open to citizens '
        'of both countries without visas".'
    )
    ((a, b),) = [q.speakers for q in analyse(text).quotations]
    assert {a.name, b.name} == {"Kyrgyzstan", "Tajikistan"}


def test_the_demonyms_of_central_asia_and_europe_name_their_countries():
    demonyms = ENGLISH.lexicon.demonyms
    assert (demonyms["Kyrgyz"], demonyms["Tajik"], demonyms["Latvian"]) == ("Kyrgyzstan", "Tajikistan", "Latvia")


def test_a_line_of_the_date_posted_before_the_dateline_leaves_the_dateline_read_and_the_issuer_found():
    from newsroom.ingest.parse import parse_copy

    text = (
        "MFA: resolution «detached from reality»\n\n26 November 2026 12:48 (UTC +04:00)\n\nBAKU, Nov. 26 (APA) — The "
        "Ministry of Foreign Affairs of Kestria has issued a statement on the resolution, APA reports.\n\n«We "
        "reject the attempts to interfere in our internal affairs,» the statement reads."
    )
    copy = parse_copy(text, ENGLISH)
    assert copy.dateline.startswith("BAKU, Nov. 26")
    quotation = analyse(text).quotations[-1]
    assert [s.name for s in quotation.speakers] == ["Ministry of Foreign Affairs of Kestria"]


def test_offices_told_apart_from_their_synonyms_and_short_forms():
    assert names(
        "Energy Minister Bakyt Osmon said talks were at the final stage. "
        '"We expect to sign the agreements in the coming days," the head of the ministry said.'
    ) == [["Bakyt Osmon"]]
    assert names(
        "Deputy of the Jogorku Kenesh Nurlan Abdrai criticised the ministry on his Facebook page.\n\n"
        '"Every year we hear the same thing," the parliamentarian wrote.'
    ) == [["Nurlan Abdrai"]]
    assert names(
        "Deputy Prime Minister Tigran Aves met the commission. The Deputy PM said the next meeting would take "
        'place "before the end of the year".'
    ) == [["Tigran Aves"]]


def test_a_country_and_a_surname_is_the_person_of_that_surname():
    body = (
        "Azerbaijan's Minister of Digital Development Emin Gasim and Georgia's Economy Minister Levan Chkhe met. "
        'Azerbaijan\'s Gasim called the route "not a rival, but a complement".'
    )
    assert names(body) == [["Emin Gasim"]]


def test_a_description_holding_a_list_set_off_after_a_name_is_that_person():
    body = (
        "Speaking during the debate, Mamuka Beri, the chair of the Parliament's Education, Science and Youth "
        "Committee, said the changes were needed to “end the chaos” in university governance."
    )
    assert names(body) == [["Mamuka Beri"]]


def test_a_name_inside_an_opening_phrase_is_not_the_subject_described_after_it():
    body = (
        "In a written response to questions from Al Jazeera, the navy's press office said the measures were "
        '"temporary and proportionate."'
    )
    assert names(body) != [["Al Jazeera"]]


def test_a_city_administration_of_central_asia_is_a_body():
    body = 'The Tashkent city khokimiyat said the demolition was carried out "in full accordance with the law."'
    assert names(body) == [["Tashkent city khokimiyat"]]


def test_envoys_of_a_lede_named_only_below_are_the_joint_statements_issuers():
    text = (
        "Railway to reopen\n\nANKARA\n\nKestria and Velna have agreed on a roadmap for reopening the railway, the "
        'special envoys of the two countries said in a joint statement on Nov. 29.\n\n"The Special Envoys agreed '
        'to establish a joint technical working group," the statement said.\n\nThe envoys, Ambassador Selim Karos '
        "for Kestria and Velnian Deputy Speaker Vahagn Mkrt, also met residents."
    )
    (q,) = analyse(text).quotations
    assert [s.name for s in q.speakers] == ["Selim Karos", "Vahagn Mkrt"]


def test_a_declaration_signed_by_three_ministers_named_with_their_offices_is_the_three():
    body = (
        "The commitments were set out in a joint declaration signed Saturday in Kars by Kestria's Transport "
        "Minister Omer Faruk Aydem, Velna's Minister of Digital Development Emin Gasim and Serevia's Economy "
        "Minister Levan Chkhe.\n\n“The parties reaffirm their determination to develop the corridor,” the "
        "declaration said."
    )
    ((a, b, c),) = [q.speakers for q in quotations(body)]
    assert [a.name, b.name, c.name] == ["Omer Faruk Aydem", "Emin Gasim", "Levan Chkhe"]


def test_a_statement_released_by_a_body_ends_before_the_clause_after_it():
    body = (
        "In a statement released by the Office of the Human Rights Defender on Monday, the office said that the "
        'residents of the border villages "continue to face difficulties".'
    )
    assert names(body) == [["Office of the Human Rights Defender"]]


def test_a_name_in_quotation_marks_inside_an_appositive_after_the_quotation():
    body = (
        '"We have learned it from the media," Artur Ghaz, a member of the opposition "Hayastan" (Kestria) '
        "faction, told reporters in parliament."
    )
    assert names(body)[0] == ["Artur Ghaz"]


def test_according_to_a_statement_by_a_body_named_in_quotation_marks():
    body = (
        'According to the statement released by the party "New Alliance", the ruling team "continues to burn the '
        'bridges with Europe".'
    )
    assert names(body)[-1] == ["New Alliance"]


def test_a_name_described_as_a_company_is_the_company_said_after_it():
    body = (
        "Ertis Copper, a company registered in Astana and part-owned by a Gulf investment fund, bought the "
        "deposit in 2024.\n\n“We understand that leaving one's home is never easy,” the company said."
    )
    assert names(body) == [["Ertis Copper"]]


def test_he_after_a_sentence_whose_subject_met_somebody_is_the_subject():
    body = (
        'Prime Minister Nikol Pashin met U.S. envoy Louis Bonn on Tuesday. "We discussed the peace treaty in '
        'detail," he said afterwards.'
    )
    assert names(body) == [["Nikol Pashin"]]


def test_a_counterpart_named_hands_over_with_a_colon():
    body = (
        "Foreign Minister Ararat Mirov said the talks were useful. His Velnian counterpart Jeyhun Bayli, "
        'however, disagreed: "There was no progress at all."'
    )
    assert names(body) == [["Jeyhun Bayli"]]


def test_an_outlet_cited_somebody_as_saying():
    body = (
        "Interfax cited an unnamed source in the Kestrian Defence Ministry as saying the troops would stay "
        '"as long as necessary".'
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and "source" in speaker.name


def test_the_company_is_never_the_outlet_that_saw_its_letter():
    body = 'In the letter, seen by Reuters, the company said it would "suspend all shipments until further notice".'
    assert names(body) != [["Reuters"]]


def test_a_first_name_of_the_region_tells_whether_he_or_she_is_meant():
    body = (
        '"I was born here, and I will die here," said Anahit, 78, sitting outside her house. "There is nothing '
        'left for us," he said.'
    )
    assert names(body)[1] != ["Anahit"]
    assert {"garik", "kanybek", "mamuka"} <= ENGLISH.lexicon.male_names
    assert {"manana", "gulnara", "ketevan"} <= ENGLISH.lexicon.female_names


def test_envoys_introduced_together_with_their_descriptions_are_the_statements_issuers():
    text = (
        "Railway to reopen\n\nANKARA (AA) - Kestria and Velna on Saturday agreed to reopen the railway, the special "
        "envoys of the two countries said in a joint statement.\n\nThe statement was issued after talks between "
        "Kestria's special envoy, Ambassador Mehmet Akdo, and Velna's envoy, Deputy Speaker Arman Gals.\n\n"
        '"The Special Envoys agreed to take the necessary steps," the statement said.'
    )
    (q,) = analyse(text).quotations
    assert [s.name for s in q.speakers] == ["Mehmet Akdo", "Arman Gals"]


def test_a_body_whose_name_is_a_list_is_one_body_however_the_cue_reads_it():
    body = (
        "The Velnian State Commission on Prisoners of War, Hostages and Missing Persons noted that “the maps of "
        "minefields remain a key issue.”"
    )
    assert names(body) == [["Velnian State Commission on Prisoners of War, Hostages and Missing Persons"]]


def test_a_letter_led_by_two_representatives_is_theirs_and_the_lawmakers_are_the_two():
    body = (
        "The letter, led by Representatives Daniel Kalou (D-CA) and Mark Holl (R-MI), describes the detentions "
        "as “a moral stain on a process the United States has championed.”\n\n“We strongly support a durable "
        "peace,” the lawmakers wrote."
    )
    assert names(body) == [["Daniel Kalou", "Mark Holl"], ["Daniel Kalou", "Mark Holl"]]


def test_a_researcher_at_a_body_is_the_person_not_the_body():
    body = (
        "Alexei Voro, a leading researcher at IMEMO RAS, believes the withdrawal is symbolic. «In military terms, "
        "a few hundred border guards change little», the expert told Kommersant."
    )
    assert names(body) == [["Alexei Voro"]]


def test_two_callings_joined_by_and_before_a_name_are_one_person():
    body = "“Every year they find a new reason,” architect and activist Nino Beri told Georgia Today at the rally."
    assert names(body) == [["Nino Beri"]]


def test_a_source_described_by_what_they_were_is_the_outlets_interlocutor_after():
    body = (
        "A source in the Velnian Foreign Ministry was more restrained. «We do not comment on the content of the "
        "consultations», Kommersant's interlocutor said."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.affiliation == "Velnian Foreign Ministry"


def test_an_anonymous_source_is_not_the_person_the_next_paragraph_opens_on():
    body = (
        "A source in the Velnian Foreign Ministry was more restrained. «We do not comment on consultations», the "
        "source said.\n\nVelnian Deputy Foreign Minister Andrei Rudo, asked about the talks, was brief. «We proceed "
        "from the agreements», he said."
    )
    first, second = quotations(body)
    assert first.speakers[0].unnamed and first.speakers[0].affiliation == "Velnian Foreign Ministry"
    assert [s.name for s in second.speakers] == ["Andrei Rudo"]


def test_in_his_opinion_is_the_view_of_the_person_just_quoted():
    body = (
        "«In military terms, a few hundred border guards change little», Alexei Voro told Kommersant. In his "
        "opinion, Kestra is unlikely to obstruct the process, since «a forced presence is worse than none»."
    )
    assert names(body) == [["Alexei Voro"], ["Alexei Voro"]]


def test_in_his_words_a_side_that_warned_keeps_its_own_words():
    body = (
        "Artur Hambo spoke to reporters on Monday. In his words, the Velnian side warned that it would take "
        "“tougher and more drastic steps.”"
    )
    assert names(body) == [["Velnian side"]]


def test_a_party_whose_name_opens_with_a_nationality_is_the_party():
    body = (
        "Georgian Dream has rejected the allegations, describing the protesters as participants of “violent actions”."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.name == "Georgian Dream" and speaker.kind == "organisation"


def test_a_body_whose_name_has_and_before_its_head_is_one_body():
    body = 'The state-run Kestrian Oil and Gas Corporation urged residents in a Facebook post to "avoid panic".'
    assert names(body) == [["Kestrian Oil and Gas Corporation"]]


def test_the_agency_of_a_lede_is_the_body_its_paragraph_named():
    body = (
        "Kestra's Federal Service for Phytosanitary Surveillance (Rosselkhoznadzor) has restricted imports. The "
        'agency cites repeated detections of pests.\n\nThe restrictions were announced on Monday. "Since the '
        "beginning of the year, pests were found 47 times,\" the agency's statement says."
    )
    assert names(body) == [["Rosselkhoznadzor"]]


def test_the_post_read_is_the_post_of_whoever_wrote_on_social_media():
    body = (
        "The Public Defender's Office said in a statement that it had “serious questions” about the sentences.\n\n"
        "The EU Delegation to Kestra wrote on X that it was following the case.\n\n"
        "“Sentences of this severity send a chilling signal,” the post read."
    )
    assert names(body)[-1] == ["EU Delegation to Kestra"]


def test_a_lawyer_named_after_whose_lawyer_she_is_posts_alone():
    body = (
        "Student Saba Gogol, 22, was jailed. Gogol's lawyer, Mariam Tsulu, wrote on Facebook that the court had "
        'erred.\n\n"We will appeal," the post read.'
    )
    assert names(body) == [["Mariam Tsulu"]]


def test_what_a_document_showed_in_somebodys_words_is_theirs():
    body = (
        "Kestrian Dream MP Giorgi Tsints told journalists in the parliament that the verdict showed that "
        '"no one is above the law."'
    )
    assert names(body) == [["Giorgi Tsints"]]


def test_a_defendant_who_addressed_the_court_before_a_colon_is_the_speaker():
    body = (
        "Gelash, a 24-year-old student of Kestra State University, addressed the court in his final statement on "
        "November 25: “I do not regret standing on the avenue.”"
    )
    assert names(body) == [["Gelash"]]


def test_a_report_of_a_body_published_on_a_day_is_the_bodys():
    body = (
        "According to the monthly report of the Statistical Committee of Kestria published on Wednesday, wages "
        'rose.\n\n"The average nominal monthly wage increased by 9.2%," the report states.'
    )
    assert names(body) == [["Statistical Committee of Kestria"]]


def test_an_interests_section_is_a_body():
    body = (
        "The Kestrian Interests Section at the Swiss Embassy in Velna told Interfax that it was monitoring the "
        'situation. "We are in constant contact with the Velnian side," the interests section said.'
    )
    ((name,),) = names(body)
    assert name.startswith("Kestrian Interests Section")


def test_a_partys_regional_branch_is_the_subject_of_its_sentence():
    body = (
        "Civil Contract’s Shirak regional branch congratulated the winner in a Facebook post, but said it would "
        "“analyze the reasons for the result.”"
    )
    assert names(body) == [["Civil Contract’s Shirak regional branch"]]


def test_a_quoted_phrase_after_a_draft_law_on_is_its_title():
    body = 'The ruling party has rejected criticism of a draft law on "national values", the agency reported.'
    assert names(body) == []


def test_in_a_joint_declaration_two_ministries_named_by_nationality_issue_it():
    body = (
        "In a joint declaration issued after the ceremony, the Georgian and Armenian energy ministries said they "
        'would study new routes.\n\n"The sides reaffirm their commitment to the project," the declaration said.'
    )
    assert len(names(body)[-1]) == 2


def test_a_joint_statement_adopted_after_a_meeting_of_two_bodies_is_theirs():
    body = (
        "On Monday, ADY and Kestrian State Railways (KSR) held a meeting of their joint working group. A joint "
        "statement was adopted following the meeting.\n\n«The parties reaffirmed their commitment to complete the "
        "line», the joint statement reads."
    )
    assert names(body) == [["ADY", "Kestrian State Railways"]]


def test_a_person_of_a_body_with_its_acronym_and_a_calling_before_is_the_person():
    body = (
        "Defense lawyer Mariam Jorja of the Kestrian Young Lawyers' Association (KYLA) told Kestra Today that the "
        "verdict had been “written before the trial began.”"
    )
    assert names(body) == [["Mariam Jorja"]]


def test_a_headlines_single_word_is_the_phrase_the_body_quotes_of_one_speaker():
    copy = (
        "Kestria, Velna vow to make corridor 'backbone' of Eurasian trade\n\nKESTRA, Dec 1 (Reuters) - Ministers met "
        "on Monday.\n\nSpeaking at the opening, Aydem said the route had become “the backbone of Eurasian trade” "
        "for shippers."
    )
    heading, body = analyse(copy).quotations
    assert [s.name for s in heading.speakers] == [s.name for s in body.speakers] == ["Aydem"]


def test_an_office_holders_office_is_a_body_never_the_office_holder():
    body = "Kestria's prosecutor general's office said in a statement that the case \"has no political dimension\"."
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.kind == "organisation" and speaker.name == "Kestria's prosecutor general's office"


def test_the_two_commissions_are_the_countries_commissions_named_before():
    body = (
        "Armenia and Azerbaijan agreed on Friday to place the first border markers. The deal was reached during "
        "talks between the countries' border commissions in Gabala.\n\nIn a joint statement, the two commissions "
        'said they had "confirmed their commitment to carrying out delimitation".'
    )
    assert names(body) == [["Armenia's border commission", "Azerbaijan's border commission"]]


def test_a_quotation_that_is_the_predicate_of_a_statements_issuers_is_theirs():
    body = (
        "Ararat Mirzo and Christos Theodo met in Yerevan. Following the talks, the two ministers adopted a joint "
        'statement, in which they "reaffirmed their shared commitment to the norms of international law".'
    )
    assert names(body) == [["Ararat Mirzo", "Christos Theodo"]]


def test_a_reporters_clause_before_a_quoted_predicate_names_nobody():
    body = 'Relatives say the man had "illegally crossed the state border" while looking for his cattle.'
    assert names(body) != [["the man had"]]


def test_the_two_companies_are_the_two_bodies_the_lede_named_as_parties_to_the_deal():
    body = (
        "Kestria Railways (KR) and Kazakhstan Temir Zholy (KTZ) have signed an agreement to set up a joint "
        "operator.\n\n"
        "The document was signed by KR Chairman Tural Hasan and KTZ Deputy Chairman Yerlan Sady at the Caspian "
        "Logistics Forum.\n\nHasan said volumes grew by 38%.\n\nSady said his company was investing.\n\n"
        "Both spoke of the ferries.\n\nThe forum ends on Friday.\n\nIn a joint statement issued after the "
        'ceremony, the two companies said the joint operator would "ensure a single tariff for the route".'
    )
    assert names(body)[-1] == ["Kestria Railways", "Kazakhstan Temir Zholy"]


def test_an_impersonal_opening_before_a_subject_set_off_by_a_phrase_names_the_subject():
    body = (
        "It should be noted that in a joint statement released on Sunday, MEPs Hanna Lindq and Pierre Dufres "
        "called on the European Commission to «review the terms of energy cooperation with Kestra»."
    )
    assert names(body) == [["Hanna Lindq", "Pierre Dufres"]]


def test_a_name_in_title_case_after_what_it_names_is_nobodys_words():
    body = (
        "Minister Aram Ghaza said in his opening remarks at the international conference “Connectivity and "
        "Stability in the South Caucasus” that the region was changing. The cabinet will renovate blocks under a "
        "municipal program branded “Kestra Without Ruins.” Kestria and Velna launch «Caspian Shield – 2026» drills."
    )
    assert names(body) == []


def test_a_list_inside_the_phrase_set_off_before_the_subject_is_not_the_subject():
    body = (
        "Speaking at the Trilateral Business Forum of Kestria, Velna and Serevia in the province of Kars, Karaag "
        'said the corridor had "proved its strategic value at a time of wars."'
    )
    assert names(body) == [["Karaag"]]


def test_thanked_and_a_smile_before_the_words_are_the_speakers():
    body = (
        'In a Facebook post late on Thursday, Deputy Prime Minister Ruben Ghaza thanked "every firefighter, every '
        'soldier, every volunteer who is on the ground tonight".\n\nElnur Hasan was asked whether the timetable was '
        "realistic. He smiled. “Ask me again in December. By then we will know who is serious.”"
    )
    assert names(body) == [["Ruben Ghaza"], ["Elnur Hasan"]]


def test_a_footballer_described_by_his_position_is_the_player_named_before():
    body = (
        "Elvin Rustam scored the winner in the 88th minute.\n\n«He always came to the stadium to watch my games. "
        "This goal is for him,» the 24-year-old forward said."
    )
    assert names(body) == [["Elvin Rustam"]]


def test_an_aside_holding_a_quoted_name_is_passed_to_the_subject():
    body = (
        'Kremlin spokesman Viktor Ostap, answering a question on Monday about whether a summit in the "3+3" format '
        'was being considered, said that "there are no such plans at the moment."'
    )
    assert names(body) == [["Viktor Ostap"]]


def test_the_post_read_after_an_office_of_a_place_then_a_name_wrote_on_facebook():
    body = (
        "The Institute of Seismology said in a statement that the magnitude was 5.9.\n\nAkim of Alai district "
        "Nurbek Asan wrote on Facebook that aid had begun.\n\n«Dear fellow countrymen! Rescuers are going door to "
        "door,» the post reads."
    )
    assert names(body)[-1] == ["Nurbek Asan"]


def test_the_commissioner_is_the_commissioner_named_before():
    body = (
        "EU Commissioner for Home Affairs Helena Strand met the minister.\n\n“Kestria has shown real "
        "determination,” the Commissioner noted."
    )
    assert names(body) == [["Helena Strand"]]


def test_an_official_of_a_body_named_before_the_word_is_of_that_body():
    body = 'A European Union official said Brussels was "looking very closely" at the law.'
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.affiliation == "European Union"


def test_the_mp_is_the_chairman_of_a_committee_of_the_national_assembly_named_before():
    body = (
        "Speaking to ARMENPRESS, Chairman of the Standing Committee on European Integration of the National "
        "Assembly Karen Harut noted that the parliament would prioritise the laws.\n\n“All the draft laws will be "
        "considered quickly,” the MP said."
    )
    assert names(body) == [["Karen Harut"]]


def test_instructed_to_do_something_within_quoted_words_is_the_speakers():
    body = (
        "Prime Minister Azamat Sydyk arrived in the district.\n\nHe also instructed the Ministry of Finance to "
        "complete the inspection of the damaged buildings «within three days.»"
    )
    assert names(body) == [["Azamat Sydyk"]]


def test_a_spokesperson_of_a_city_hall_named_after_it_is_a_person():
    body = (
        "Spokesperson for the Kestra City Hall Aizada Mamyt told AKIpress that employees had not been mobilised."
        '\n\n"These accusations are groundless," she said.'
    )
    assert names(body) == [["Aizada Mamyt"]]


def test_the_official_is_the_one_a_sentence_of_reported_speech_described_before():
    body = (
        "Ostmark will resume talks in March, a senior official of the Government of Ostmark said on Thursday.\n\n"
        "“We are ready to sit down without preconditions,” said the official, who spoke on condition of anonymity."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "a senior official"
    assert speaker.affiliation == "Government of Ostmark"


def test_an_office_closed_by_its_bodys_acronym_then_the_name_is_that_person():
    body = (
        "«To date, more than 12 percent has been cleared», Chairman of the Board of the Mine Action Agency of the "
        "Republic of Azerbaijan (ANAMA) Elchin Mammadli said at the conference on Thursday.\n\n"
        "The ANAMA chairman stressed that the agency «welcomes every partner ready to share technology»."
    )
    assert names(body) == [["Elchin Mammadli"], ["Elchin Mammadli"]]


def test_an_office_in_a_country_then_the_name_is_that_person():
    body = (
        "UNDP Resident Representative in Azerbaijan Aigul Sadykova said the organization would continue its "
        "support.\n\n«UNDP will continue to support Azerbaijan», she said."
    )
    assert names(body) == [["Aigul Sadykova"]]


def test_two_people_who_signed_a_joint_statement_which_reads_are_its_speakers():
    body = (
        "Foreign Minister Ruben Galstyan met Georgian Economy Minister Levan Kurdadze in Tbilisi.\n\n"
        "At the end of the session, Galstyan and Kurdadze signed a joint statement, which reads:\n\n"
        "“The Parties reaffirm their commitment to the partnership.”"
    )
    assert names(body) == [["Ruben Galstyan", "Levan Kurdadze"]]


def test_the_bodies_of_the_two_countries_are_one_body_of_each():
    body = (
        "Kyrgyzstan and Tajikistan reopened the crossing on Monday.\n\nIn a joint statement, the foreign ministries "
        "of the two countries said the reopening was “the result of patient work by the commissions”."
    )
    assert names(body) == [["Kyrgyzstan's foreign ministry", "Tajikistan's foreign ministry"]]


def test_a_sentence_opening_on_but_and_a_described_official_set_off_by_an_aside():
    body = (
        "But a finance ministry official, who asked not to be named because he was not authorised to speak to the "
        "media, said on Friday that the ministry was “comfortable with the decision” and did not see a conflict."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.name == "a finance ministry official"
    assert speaker.affiliation == "finance ministry"


def test_an_office_of_a_countrys_body_is_not_part_of_the_holders_name():
    body = (
        "Deputy Chairman of Azerbaijan Railways Elchin Gasimov spoke at the forum in Baku.\n\n"
        "“Today a train from Xi'an reaches the ports in 14 days,” the deputy chairman said."
    )
    assert names(body) == [["Elchin Gasimov"]]


def test_analysts_at_a_firm_speak_for_the_firm():
    body = "“We now see the first cut only in 2027,” analysts at Caspian Research wrote in a note to clients."
    assert names(body) == [["Caspian Research"]]
    assert names("Analysts in Kestra said the move was “overdue”.") in ([], [[]])


def test_he_after_a_long_description_set_off_by_an_aside_is_the_one_described_not_the_person_before():
    body = (
        "Farmer Jamshed Rahimov is less sure. “On paper everything is beautiful,” Rahimov said.\n\n"
        "A Kyrgyz border guard officer at a nearby checkpoint, who asked not to be named because he was not "
        "authorized to speak to the press, said incidents had fallen sharply.\n\n"
        "“This year we have had no shooting,” he said."
    )
    assert names(body) == [["Jamshed Rahimov"], ["unnamed: a Kyrgyz border guard officer"]]


def test_a_bodys_press_service_is_its_voice_not_an_outlet():
    body = "According to the press service of the Ministry of Defense, “the decision was taken unanimously.”"
    assert names(body) == [["Ministry of Defense"]]
    assert names("According to local press, “the decision was taken unanimously.”") == []


def test_he_or_she_is_never_a_group_the_text_describes():
    # HEAD's dateline paragraph is “Officials met on Monday.”: no one person “she” could be
    assert not any(names("“We will pay,” she said."))  # nobody, not “officials”
    assert names("A senior official said talks would resume. “We will pay,” he said.") == [
        ["unnamed: a senior official"]
    ]


def test_a_documents_issuer_ends_before_the_verb_of_the_sentence():
    body = (
        "Rights groups met on Tuesday. A joint statement published on Tuesday evening by several Armenian civil "
        "society organizations called on the government to “ensure a public debate”."
    )
    ((speaker,),) = names(body)
    assert speaker.endswith("organizations")  # the issuer as printed, not “… organizations called”


def test_a_description_of_many_then_the_ones_it_includes_by_name_is_those_named():
    body = (
        "“The law is repressive,” said several rights groups, including Amnesty International and Human Rights Watch."
    )
    assert names(body) == [["Amnesty International", "Human Rights Watch"]]


def test_an_office_that_closes_the_lede_is_the_office_of_the_person_named_next():
    body = (
        "Work on the tunnel began on Thursday, Türkiye’s transport and infrastructure minister said.\n\n"
        "“We are one step closer,” Kerem Ozdemir said at a ceremony.\n\n"
        "Azerbaijan’s Minister of Digital Development Emin Huseynzade attended. The two ministers signed a joint "
        "declaration.\n\n“The Parties shall ensure compatibility,” the declaration said."
    )
    assert names(body) == [["Kerem Ozdemir"], ["Kerem Ozdemir", "Emin Huseynzade"]]


def test_a_documents_issuer_is_never_a_day():
    body = (
        "On Wednesday, the Kestrian Foreign Ministry published a commentary on the anniversary of the ceasefire "
        "statement of November 9, 2020.\n\n“The agreements laid the foundation for peace,” the commentary said."
    )
    assert names(body) == [["Kestrian Foreign Ministry"]]


def test_a_document_issued_by_bodies_listed_with_commas_is_theirs_together():
    body = (
        "According to a joint statement by the Prosecutor General's Office, the Ministry of Internal Affairs and "
        "the Civil Defence Agency (CDA), the blast occurred at noon.\n\n"
        "“A man was injured by the explosion,” the statement reads."
    )
    assert names(body) == [["Prosecutor General's Office", "Ministry of Internal Affairs", "Civil Defence Agency"]]


def test_a_documents_issuer_ends_where_the_sentence_goes_on_after_a_comma():
    body = (
        "According to the statement released by the Ministry of Transport and Roads, 12 bridges have been built "
        "along the route, and the station is nearly complete in the south.\n\n"
        "“The line will open in spring,” the statement reads."
    )
    assert names(body) == [["Ministry of Transport and Roads"]]


def test_a_measure_in_capitals_is_nobody_who_could_issue_a_document():
    body = (
        "The deficit-to-GDP ratio will fall to 3% next year.\n\n"
        "The explanatory note states that spending “will be financed by borrowing abroad.”"
    )
    assert ["GDP"] not in names(body)


def test_a_street_before_the_verb_is_where_the_crowd_stood_not_who_spoke():
    body = "Dozens of supporters who gathered outside the court on Liberty Avenue chanted “Free him now!” as he left."
    assert names(body) == [["unnamed: dozens of supporters"]]


def test_a_memorandum_signed_by_bodies_where_and_when_is_theirs():
    body = (
        "Energy ministers of Kazakhstan, Uzbekistan and Azerbaijan met in Brena on Thursday.\n\n"
        "The memorandum of understanding signed by the energy ministries of the three countries in Brena on May 21 "
        "states that the parties will “jointly attract international lenders” to the project."
    )
    assert names(body) == [
        ["Kazakhstan's energy ministry", "Uzbekistan's energy ministry", "Azerbaijan's energy ministry"]
    ]


def test_a_protocol_is_a_document_its_signatories_issued():
    body = "The protocol signed by the Kyrgyz and Tajik governments states that the parties will “share the water”."
    assert names(body) == [["Kyrgyz government", "Tajik government"]]


def test_two_people_each_named_after_a_description_of_their_own_speak_together():
    body = (
        "In a joint statement released after the meeting, Velnia's special envoy, Ambassador Ivo Ranc, and "
        "Kestria's special envoy, Mara Tovik, said they had “instructed the relevant institutions” to act."
    )
    ((first, second),) = [q.speakers for q in quotations(body)]
    assert (first.name, second.name) == ("Ivo Ranc", "Mara Tovik")
    assert second.role == "Kestria's special envoy"


def test_a_question_then_its_speaker_described_and_where_they_told_it():
    body = (
        "“We hear about maps, but will our gardens stay on our side?” Ana Vale, a 58-year-old farmer, told Reuters "
        "by telephone."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert (speaker.name, speaker.role) == ("Ana Vale", "a 58-year-old farmer")


def test_he_is_never_a_number_of_people_the_sentence_opened_on():
    body = (
        "Mayor Ivo Ranc said 23 buildings had collapsed. Two of the victims were an elderly couple whose house caved "
        "in, he said.\n\n“Our priority tonight is shelter,” he added."
    )
    assert names(body) == [["Ivo Ranc"]]


def test_the_two_organizations_of_a_lede_that_opens_on_a_dateline_are_the_two_it_names():
    text = (
        "VRS, KRC-WR Launch Winter Drive for Displaced Families\n\n"
        "KESTRA, Dec 1 (Reuters) - The Valley Relief Society and the Kestrian Refugee Council on Wednesday launched "
        "a joint campaign.\n\n“We must help,” the two organizations said in a joint statement."
    )
    ((first, second),) = [q.speakers for q in analyse(text).quotations]
    assert (first.name, second.name) == ("Valley Relief Society", "Kestrian Refugee Council")


def test_a_company_named_development_is_a_body_even_after_a_place():
    body = (
        "The developer, Black Sea Horizon Development, said in a Facebook post that it was “ready to present the "
        "project” to residents."
    )
    assert names(body) == [["Black Sea Horizon Development"]]


def test_the_statement_of_a_body_released_on_a_day_reads():
    body = (
        "Ivo Ranc, a deputy head of the agency, was detained on Monday.\n\n"
        "“The investigation has obtained covert recordings,” the statement of the Prosecutor’s Office released on "
        "November 13 reads."
    )
    assert names(body) == [["Prosecutor’s Office"]]


def test_a_body_that_responded_with_a_statement_issued_the_statement_quoted_next():
    body = (
        "Ivo Ranc, the governor, said in a statement on Saturday that the permit would stand.\n\n"
        "Kestra City Hall responded to the protest with a statement published on its website on Sunday evening.\n\n"
        "“All permits were issued lawfully,” the statement reads."
    )
    assert names(body) == [["Kestra City Hall"]]


def test_a_joint_statement_issued_after_talks_is_of_the_two_named_together_below_it():
    body = (
        "“The sides agreed to set up a working group,” said a joint statement issued after the meeting in Brena.\n\n"
        "Velnia's special envoy, Ambassador Ivo Ranc, and Kestria's special envoy, Deputy Speaker Mara Tovik, met at "
        "the governor's office for the talks."
    )
    assert names(body) == [["Ivo Ranc", "Mara Tovik"]]


def test_two_office_holders_named_with_and_are_two_people_each_with_their_office():
    body = (
        "The meeting was co-chaired by Deputy Prime Minister of Kazakhstan Ivo Ranc and Deputy Prime Minister of "
        "Azerbaijan Mara Tovik.\n\n“These are good figures,” Ranc said.\n\n"
        "He emphasized that transport remained the key priority.\n\n"
        "“The volume of cargo must increase,” the Deputy Prime Minister said."
    )
    first, second = quotations(body)
    assert [s.name for s in first.speakers] == [s.name for s in second.speakers] == ["Ivo Ranc"]
    assert first.speakers[0].role == "Deputy Prime Minister of Kazakhstan"


def test_the_party_is_the_political_party_named_before():
    body = (
        "The Kestrian Civic Front described the sentence as “political revenge” for his role. “We will not be "
        "silent,” the party wrote on Facebook."
    )
    assert names(body) == [["Kestrian Civic Front"], ["Kestrian Civic Front"]]


def test_a_name_set_off_after_the_kind_of_body_it_is_is_that_body():
    body = (
        "Kestria’s state power company, Velenergo, said on Monday that consumption had exceeded supply.\n\n"
        "“Every illegal mining farm consumes as much as a village,” the company wrote."
    )
    assert names(body) == [["Velenergo"]]


def test_a_joint_press_release_issued_by_the_commissions_after_a_meeting_is_both_commissions():
    body = (
        "The border commissions of Azerbaijan and Armenia met on Thursday.\n\n"
        "The joint press release issued by the commissions following the meeting reads:\n\n"
        "“The parties discussed the progress of the work of the expert groups.”"
    )
    assert names(body) == [["Azerbaijan's border commission", "Armenia's border commission"]]


def test_a_chairperson_is_a_title_not_part_of_the_name():
    body = "CEC Chairperson Mara Tovik said on Monday that the vote had been held “in a calm environment.”"
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert (speaker.name, speaker.role) == ("Mara Tovik", "CEC Chairperson")


def test_a_body_described_by_a_that_clause_is_the_speaker_not_the_place_it_visited():
    body = "A Kestrian Monetary Fund mission that visited Brena earlier this month said growth “depends on reforms.”"
    assert names(body) == [["Kestrian Monetary Fund mission"]]


def test_what_kind_of_body_a_name_is_before_it_is_no_part_of_the_name():
    body = "State-owned Velgaz, which will be the buyer, said it expected to “resell part of the volumes”."
    assert names(body) == [["Velgaz"]]


def test_a_bare_role_set_off_after_a_name_is_that_persons_not_the_speaker():
    body = (
        "Political analyst Ivo Ranc, head of the Brena-based Caucasus Analysis Centre, noted that the resolution "
        "has “no legal force” and changes nothing."
    )
    assert names(body) == [["Ivo Ranc"]]


def test_a_finding_reported_by_a_named_speaker_is_the_speakers_reading():
    body = "Speaking at a briefing, MP Ivo Ranc said the ruling showed that “violence will not go unpunished.”"
    assert names(body) == [["Ivo Ranc"]]


def test_a_member_of_a_parliament_named_in_its_own_language_is_not_part_of_the_name():
    body = "Member of the Milli Majlis Ivo Ranc said the motion was part of a “well-known campaign” abroad."
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert (speaker.name, speaker.role) == ("Ivo Ranc", "Member of the Milli Majlis")


def test_a_joint_statement_after_consultations_of_two_countries_ministries_is_one_of_each():
    body = (
        "On Tuesday, the Russian and Iranian foreign ministries held consultations on the South Caucasus in Moscow. "
        "According to a joint statement released after the talks, the two sides discussed the next meeting.\n\n"
        "“The sides reaffirmed their commitment,” the joint statement says."
    )
    assert names(body) == [["Russian foreign ministry", "Iranian foreign ministry"]]


def test_a_spokesperson_for_a_ministry_named_whole_then_her_name_is_the_speaker():
    body = (
        "At a weekly briefing, spokesperson for the Kestrian Ministry of Foreign Affairs Lina Varek said that "
        "Kestra welcomed the talks.\n\n“The process needs patience,” she said.\n\n"
        "“Nothing is agreed until everything is agreed,” the spokesperson noted."
    )
    first, second = quotations(body)
    assert [s.name for s in first.speakers] == ["Lina Varek"] == [s.name for s in second.speakers]
    assert first.speakers[0].role == "spokesperson for the Kestrian Ministry of Foreign Affairs"


def test_two_bodies_the_second_closed_by_its_acronym_speak_together():
    body = (
        "Open Society Kestra and the Kestrian Bar Association (KBA) said in a joint statement that the bill would "
        "“silence the courts”."
    )
    assert names(body) == [["Open Society Kestra", "Kestrian Bar Association"]]


def test_somebody_described_by_age_is_the_person_named_last_before():
    body = (
        "Her neighbour Ivo Ranc said the family had slept in the car.\n\n"
        "“The walls are cracked,” the 52-year-old told Reuters. “We will not go back.”\n\n"
        "“Nobody has come,” the 52-year-old farmer added."
    )
    assert names(body) == [["Ivo Ranc"]] * 3


def test_a_member_of_a_party_whose_own_name_says_it_is_one_is_the_speaker():
    body = "Mara Tovik of the opposition Alliance for Renewal wrote on Facebook: “Four more names. We remember them.”"
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert (speaker.name, speaker.kind) == ("Mara Tovik", "person")


def test_a_video_the_words_were_posted_in_is_no_speaker_of_a_split_quotation():
    body = (
        "Governor Ivo Ranc came out to the square.\n\n"
        "“I hear you,” Ranc told the crowd, according to a video posted on Telegram, “and I will go to the capital.”"
    )
    assert names(body) == [["Ivo Ranc"], ["Ivo Ranc"]]


def test_a_joint_press_release_issued_on_a_day_is_of_the_two_commissions_that_met():
    body = (
        "The fifth meeting of the State Commission on the Demarcation of the Border between the Republic of Kestra "
        "and the Republic of Velnia and the Commission on Demarcation of the Border and Border Security of Georgia "
        "and Armenia was held on Monday, citing a joint press release.\n\n"
        "«The parties agreed on the coordinates of the next section», the joint press release issued on Monday says."
    )
    assert names(body) == [
        [
            "State Commission on the Demarcation of the Border between the Republic of Kestra and the Republic of "
            "Velnia",
            # (“of Georgia and Armenia”: two countries the lexicon knows; “of Velnia and Kestra” would end at Velnia)
            "Commission on Demarcation of the Border and Border Security of Georgia and Armenia",
        ]
    ]


def test_according_to_a_press_release_issued_by_a_body_is_that_bodys_not_an_outlets():
    body = (
        "The Ministry of Culture of Kestra opened the symposium on Monday.\n\n"
        "According to a press release issued by the ministry, the symposium brings together «more than 120 "
        "musicologists from 24 countries», including Velnia."
    )
    assert names(body) == [["Ministry of Culture of Kestra"]]


def test_a_document_issued_by_two_bodies_the_text_does_not_name_together_is_never_one_person():
    body = (
        "The meeting of the State Commission on the delimitation of the border of Kestra, chaired by Deputy Prime "
        "Minister Ivo Ranc, and the Commission on border issues of Velnia, chaired by Deputy Prime Minister Mara "
        "Tovik, was held on Monday.\n\n"
        "According to the joint press release issued by the two commissions following the meeting, the sides «agreed "
        "on the coordinates of the next section»."
    )
    assert names(body) == [[]]


def test_a_subject_with_for_his_part_set_off_speaks_in_the_participle_after_its_verb():
    body = "Ranc, for his part, welcomed the vote on Thursday, writing that Kestra “cannot keep silent any longer.”"
    assert names(body) == [["Ranc"]]


def test_a_subject_with_for_his_part_set_off_then_an_auxiliary_before_its_verb():
    body = "Tovik, for her part, had promised on election night to be “the mayor of every resident of Brena.”"
    assert names(body) == [["Tovik"]]


def test_a_body_described_after_its_countrys_possessive_is_named_by_its_own_name():
    body = (
        "Kestra’s state-owned Velgaz Trading, which exports gas to Velnia, said on Wednesday that deliveries were "
        "continuing “in full accordance with the contract”."
    )
    assert names(body) == [["Velgaz Trading"]]


def test_a_plural_noun_after_its_modifier_is_no_verb_of_speech():
    body = (
        "Judge Ivo Ranc sentenced six protesters to prison terms of two to four years, finding them guilty of “group "
        "violence”."
    )
    assert [s for q in quotations(body) for s in q.speakers] == []  # a charge's name, not the judge's words
    body = "The indictment claims that the guard “deactivated the alarm system of the depot.”"
    ((cue),) = [(q.found.verb, q.found.phrase) for q in quotations(body)]
    assert cue == ("claims", "The indictment")  # (a subject with its determiner: the verb it is)


def test_a_title_then_an_office_in_lower_case_then_the_name_is_that_person():
    body = (
        "Member of Parliament, chairman of the committee on international relations Ivo Ranc told Reuters that the "
        "resolution had been written «by the same group of deputies»."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.name == "Ivo Ranc"


def test_one_of_them_described_after_a_comma_is_an_unnamed_speaker_so_described():
    body = (
        "Supporters gathered outside the court.\n\n"
        "“He fixed our roads when nobody else did,” one of them, a retired schoolteacher, told Reuters. “Now they call "
        "that corruption.”"
    )
    first, second = quotations(body)
    assert [(s.name, s.unnamed) for s in first.speakers + second.speakers] == [("a retired schoolteacher", True)] * 2


def test_bodies_of_one_kind_named_once_for_two_owners_are_one_of_each():
    body = (
        "The Embassies of Kestra and the Velnian Republic in Brena said in a joint statement that they were "
        "“concerned by the speed of the vote.”\n\n“A free press is a cornerstone of democracy,” the statement said."
    )
    expected = ["Embassy of Kestra in Brena", "Embassy of the Velnian Republic in Brena"]
    assert names(body) == [expected, expected]
    # (a portfolio before the owners is no owner: “The Ministries of Defence of Kestra and Velnia”)
    assert ENGLISH.grammar.bodies_of_each("The Ministries of Defence of Kestra and Velnia") == []


def test_a_document_bodies_make_is_never_the_person_named_last_before_it():
    body = (
        "Kestra and Velnia signed a water-sharing deal on Monday.\n\n"
        "“It is a good day for both peoples,” Kestrian Energy Minister Ivo Ranc told reporters.\n\n"
        "The protocol says the parties will “share the water of the canal equally.”"
    )
    assert names(body)[1] != ["Ivo Ranc"]
    # (a person's own statement may still be theirs: “the statement” after they are named)
    body = "Ivo Ranc issued a statement on Monday.\n\n“We will appeal,” the statement said."
    assert names(body) == [["Ivo Ranc"]]


def test_the_statement_is_the_statement_issued_not_a_post_written_since():
    body = (
        "The Kestrian Audit Chamber said in a statement on Sunday that the tender had been annulled. Its "
        "chairwoman, Mira Talen, wrote on Facebook that she would resign.\n\n"
        "“The procedure was not followed at any stage,” the statement said."
    )
    assert names(body) == [["Kestrian Audit Chamber"]]


def test_the_post_is_the_post_shared_not_a_statement_issued_since():
    body = (
        "The Velnian Mine Action Agency shared its October figures on its official X account. The Defence "
        "Ministry of Velnia said in a statement that two deminers had been injured.\n\n"
        "“Over 3,000 hectares cleared in October alone,” the post reads."
    )
    assert names(body)[-1] == ["Velnian Mine Action Agency"]


def test_a_statement_a_body_described_something_in_is_that_bodys():
    body = (
        "Rights Watch Kestra described the sentence as “a travesty of justice” in a statement released on "
        "Friday. His wife, Sevinj Karimova, wrote on Facebook that she would appeal.\n\n"
        "“He must be released immediately and unconditionally,” the statement says."
    )
    assert names(body) == [["Rights Watch Kestra"], ["Rights Watch Kestra"]]


def test_a_body_whose_name_holds_a_list_issues_the_statement_it_said_something_in():
    body = (
        "The State Service for the Protection, Development and Restoration of Heritage under the Kestrian "
        "Ministry of Culture said in a statement on Sunday that the house was not listed. Its owner, Leyla "
        "Tamar, wrote on Facebook that she was in tears.\n\n"
        "“The building in question has no status of a monument,” the statement said."
    )
    assert names(body) == [["State Service for the Protection, Development and Restoration of Heritage"]]


def test_the_two_commissions_are_one_of_each_country_after_their_border_commissions():
    body = (
        "Kestra and Velnia signed a protocol on Thursday fixing a stretch of their frontier, the first since "
        "their border commissions resumed work. Kestra's chief negotiator, Arman Talen, called it "
        "“a first step”; Velnia's deputy prime minister, Elnur Gasimov, said the process was “irreversible”.\n\n"
        "In a joint statement, the two commissions said they would “continue work on the basis of the maps”."
    )
    assert names(body)[-1] == ["Kestra's border commission", "Velnia's border commission"]


def test_a_country_whose_name_has_a_letter_beyond_ascii_is_a_country():
    body = (
        "Türkiye and Georgia have agreed to open a second crossing, the two countries' envoys announced.\n\n"
        "“The sides reaffirmed their agreement to continue the process,” read a joint statement released by the "
        "foreign ministries of the two countries following the meeting."
    )
    assert names(body) == [["Türkiye's foreign ministry", "Georgia's foreign ministry"]]


def test_a_block_the_outlet_presents_as_the_text_of_a_joint_statement_is_its_issuers():
    body = (
        "Following the opening session, the Ministry of Ecology of Kestra and the Ministry of Ecology of Velnia "
        "adopted a joint statement on monitoring the level of the sea.\n\n"
        "Kestra Press presents the text of the joint statement:\n\n"
        "«The Parties have agreed to establish a joint working group.»"
    )
    assert names(body) == [["Ministry of Ecology of Kestra", "Ministry of Ecology of Velnia"]]


def test_a_name_whose_letters_are_not_ascii_is_read_as_a_name():
    body = (
        "Kestra's special envoy Kerem Özbilgin described the talks as “the most productive” so far. "
        "Şahin Əliyev, a lawmaker, said: “We are ready.”"
    )
    assert names(body) == [["Kerem Özbilgin"], ["Şahin Əliyev"]]


def test_a_titled_name_of_a_partys_faction_is_the_person_not_the_faction():
    body = (
        "The opposition sees things differently. MP Arsen Talyan of the Hayastan faction wrote on Facebook:\n\n"
        "“The government presents new concessions as a great success.”"
    )
    assert names(body) == [["Arsen Talyan"]]


def test_a_first_name_with_an_age_then_a_relative_clause_told_an_outlet():
    body = (
        "Residents of the village are worried. Seyran, 54, who works at the local copper plant, told Reuters:\n\n"
        "“We saw the cars, the flags, the soldiers. But nobody came to talk to us.”"
    )
    assert names(body) == [["Seyran"]]


def test_a_military_rank_between_an_office_and_the_name_keeps_both():
    body = (
        "Since January, 1,126 militants have been neutralised, ministry spokesman Rear Adm. Tuncay Erol said at a "
        "weekly briefing. The spokesman also said that the troops continue their duties “successfully”."
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert (speaker.name, speaker.role) == ("Tuncay Erol", "ministry spokesman Rear Adm.")


def test_the_body_of_a_place_described_in_lower_case_is_named_as_described():
    body = (
        "By the evening, the Kestra regional akimat had announced that the increase would be suspended.\n\n"
        "“Bills for October will be recalculated at the previous rate,” the akimat said in a statement."
    )
    assert names(body) == [["Kestra regional akimat"]]


def test_a_post_a_body_wrote_in_is_the_post_that_reads():
    body = (
        "Public Defender Levan Ioseliani wrote on Facebook that the law was a step back. The Delegation of the "
        "European Union to Kestra also responded. In a post on X, the EU Delegation wrote that the law was "
        "adopted too fast.\n\n"
        "“A free and pluralistic media is a cornerstone of democracy,” the post reads."
    )
    assert names(body) == [["EU Delegation"]]


def test_its_report_is_the_report_of_the_subject_that_said_something_in_it():
    body = (
        "The opposition Velnian People's Party criticised the figures. Meanwhile, the largest labour "
        "confederation, Turk-Is, said in its monthly report released on Nov. 2 that the hunger line had risen.\n\n"
        "“Food now costs more than the net minimum wage,” the report said."
    )
    assert names(body) == [["Turk-Is"]]


def test_concluding_that_carries_the_words_of_the_sentences_subject():
    body = (
        "Ombudsman Giorgi Beridze presented a special report on Monday, concluding that the ill-treatment of "
        "detainees was “systemic rather than isolated.”"
    )
    assert names(body) == [["Giorgi Beridze"]]


def test_two_bodies_named_whole_that_issued_a_joint_statement_are_its_issuers():
    body = (
        "The Ministry of Territorial Administration and Infrastructure of Kestra and the Ministry of Economy and "
        "Sustainable Development of Velnia issued a joint statement following the session. The statement reads:\n\n"
        "“The Parties reaffirmed the strategic importance of the border.”"
    )
    assert names(body) == [
        [
            "Ministry of Territorial Administration and Infrastructure of Kestra",
            "Ministry of Economy and Sustainable Development of Velnia",
        ]
    ]


def test_the_ministrys_information_is_a_document_of_the_ministry():
    body = (
        "The Ministry of Defence of Kestra reported a mine explosion on Monday.\n\n"
        "«Soldier Ramil Hasanov was injured as a result of the explosion of an anti-personnel mine. He was "
        "immediately evacuated to a military hospital,» the ministry's information reads."
    )
    assert names(body) == [["Ministry of Defence of Kestra"]]


def test_a_strategy_nobody_is_said_to_issue_is_neither_a_currency_nor_the_person_named_last():
    body = (
        "Hrant Poghosyan presented the plan. Its implementation will need 300 million US dollars of private "
        "investment.\n\n"
        "“The state will create the conditions, but the main investor must be the private sector,” the strategy "
        "states."
    )
    assert names(body) == [[]]


def test_an_event_named_since_is_nobody_a_pronoun_can_mean():
    body = (
        "Young singer Nigar Huseynli, a laureate of the International Mugham Competition, told Reuters that "
        "singing in the city was special. «It is a dream I did not dare to have as a child,» she said.\n\n"
        "Lusine Abrahamyan said wineries will take part in the ProWein Shanghai exhibition in November. "
        "Asked about prices, the head of the Foundation said the market sets them. “We do not expect a sharp "
        "drop in prices,” she said."
    )
    assert names(body) == [["Nigar Huseynli"], ["Lusine Abrahamyan"]]


def test_an_office_capitalised_after_a_bodys_name_is_the_person_holding_it():
    body = (
        "Central Bank Chairman Armen Gevorgyan presented the report on Monday.\n\n"
        "“The Board considers the current level of the rate appropriate,” the Central Bank Chairman stated."
    )
    assert names(body) == [["Armen Gevorgyan"]]


def test_a_headings_abbreviated_body_is_the_one_body_of_that_kind_the_text_names():
    text = (
        "Kestrian MFA: Velnian resolution «serves the narrow interests of certain circles»\n\n"
        "BAKU, Oct 22 (APA) - The Ministry of Foreign Affairs of the Republic of Kestra has issued a statement on "
        "the resolution adopted by the Velnian parliament.\n\n"
        "«We categorically reject the resolution,» the statement reads."
    )
    assert next([s.name for s in q.speakers] for q in analyse(text).quotations) == [
        "Ministry of Foreign Affairs of the Republic of Kestra"
    ]


def test_a_bodys_sources_are_unnamed_speakers_of_that_body():
    body = (
        'Foreign Ministry sources, however, said that a full opening of the border "is not on the agenda for '
        'now," adding that the pace would depend on a peace treaty.'
    )
    ((speaker,),) = [q.speakers for q in quotations(body)]
    assert speaker.unnamed and speaker.affiliation == "Foreign Ministry"


def test_a_joint_quotation_carried_on_gives_one_reason_naming_both():
    body = (
        "The Ministry of Ecology of Kestra and the Ministry of Ecology of Velnia adopted a joint statement. "
        "Kestra Press presents the text of the joint statement:\n\n"
        "«The Parties have agreed to establish a joint working group.\n\n"
        "«The Parties call on the international community to support them.»"
    )
    carried = quotations(body)[-1]
    assert {s.why for s in carried.speakers} == {
        "goes on from Ministry of Ecology of Kestra and Ministry of Ecology of Velnia's quotation just before"
    }


def test_the_country_that_ends_a_long_office_is_part_of_the_role_and_an_abbreviated_office_has_a_nation():
    body = (
        "Minister of Foreign Affairs of Georgia Levan Kiknadze held talks with Minister of Foreign Affairs of the "
        "Kingdom of the Netherlands Pieter van Aalst.\n\n"
        "“We agreed on a working group,” Minister Kiknadze said. “The border is calm,” Minister Pieter van Aalst "
        "said.\n\nReferring to the peace process, the Georgian FM stated: “The text is on the table.”\n\n"
        "“The Netherlands has been a friend of Georgia for a long time,” the Dutch FM said.\n\n"
        "“Trade will follow,” the Dutch foreign minister added."
    )
    assert names(body)[-3:] == [["Levan Kiknadze"], ["Pieter van Aalst"], ["Pieter van Aalst"]]


def test_a_memorial_and_a_hyphenated_institute_are_not_people_a_pronoun_can_mean():
    body = (
        "Pieter van Aalst, the Dutch envoy, laid a wreath at the Eternal Fire of the Velgrad Memorial Complex and "
        "visited the Kestrian History Museum-Institute.\n\n“Remembering is a duty we share,” he wrote in the book "
        "of honorary guests."
    )
    assert names(body) == [["Pieter van Aalst"]]


def test_a_clock_time_is_nobody():
    body = "Ivo Ranc, the Kestrian minister, held talks.\n\nAt 12:18 PM GMT the minister spoke. “Right,” he said."
    assert names(body) == [["Ivo Ranc"]]


def test_a_chairperson_set_off_by_commas_before_told():
    body = (
        "“We have waited for decades,” Ahmet Demirtas, chairperson of the Velgrad Chamber of Commerce and "
        "Industry (VCCI), told Anadolu Agency (AA)."
    )
    assert names(body) == [["Ahmet Demirtas"]]


def test_a_subhead_in_words_of_its_own_is_the_quotation_of_its_section_that_it_sums_up():
    body = (
        "Ivo Ranc said the border would open in January.\n\n'Velgrad will become a trade hub'\n\n"
        '"We have waited for this for decades. With the border open, this region will become a trade hub between '
        'the two seas," Ahmet Demirtas, the head of the Velgrad chamber of commerce, told Anadolu Agency.'
    )
    assert names(body) == [["Ahmet Demirtas"], ["Ahmet Demirtas"]]


def test_a_company_named_again_without_its_legal_form_and_as_the_company_is_that_company():
    body = (
        "Residents sued over the permit issued to Velmar Mining CJSC.\n\nIn a written response, Velmar Mining "
        "stated that it had complied with the law. The company also stated that the expansion was “necessary for "
        "the continued operation of the mine.”"
    )
    assert names(body) == [["Velmar Mining CJSC"]]


def test_the_issuer_an_aside_names_between_a_document_and_its_verb():
    body = (
        "Residents filed a lawsuit with the Administrative Court of Kestria seeking to annul the assessment.\n\n"
        "The EIA conclusion, signed on September 18 by the Environmental Expertise Center under the Ministry of "
        "Environment, acknowledges the proximity of homes but considers the risks “acceptable, provided that the "
        "mitigation measures are implemented.”"
    )
    assert names(body) == [["Environmental Expertise Center"]]


def test_a_retired_officer_is_the_officer():
    body = (
        "“Let us call things by their names,” military expert Colonel (ret.) Adalat Verdiyev told Caliber.Az.\n\n"
        "“It is an offensive weapon,” retired Colonel Ivo Ranc told the agency."
    )
    assert names(body) == [["Adalat Verdiyev"], ["Ivo Ranc"]]


def test_a_name_ending_the_clause_that_opens_the_sentence_is_not_described_by_its_subject():
    body = (
        "The price will not change, Kestrian Deputy Energy Minister Ivo Ranc told reporters on Friday.\n\n"
        "Asked about the debt of consumers to Velgaz Kestria, the deputy minister said that “there are no open "
        "questions on payments today.”"
    )
    assert names(body) == [["Ivo Ranc"]]


def test_a_persons_bloc_leaves_the_person_a_person():
    body = (
        "A local bloc led by former school principal Ana Vale took 44 percent of the vote. Vale's bloc won 14 "
        "seats.\n\n“People here voted against potholes,” Vale told supporters.\n\nThe government spokeswoman, Mira "
        "Tomsk, said the result was local.\n\nFor Vale, the harder part is just beginning.\n\n“I know that they "
        "can make our lives difficult,” she said."
    )
    assert names(body) == [["Ana Vale"], ["Ana Vale"]]


def test_a_bodys_name_that_ends_on_a_capitalised_word_before_the_person_holding_its_office():
    body = (
        "First deputy chairman of the Duma Committee on CIS Affairs and Relations with Compatriots Gennady "
        "Kolesnik said the pipeline was pushed from outside.\n\n“We see who is financing it,” Kolesnik said."
    )
    assert names(body) == [["Gennady Kolesnik"]]


def test_portfolios_joined_by_and_are_one_office_and_its_ministry():
    body = (
        "Deputy Treasury and Finance Minister Cengiz Kaya said the process was “on track.”\n\n"
        "Transport and Infrastructure Minister Kemal Tunc attended the ceremony.\n\n"
        "In a written statement, the ministry said the line would “enter service by the end of 2029.”"
    )
    assert names(body) == [["Cengiz Kaya"], ["Transport and Infrastructure Ministry"]]


def test_a_bodys_whole_name_after_the_and_an_embassys_post():
    body = (
        "According to the National Electric Grid of Kestria, consumption rose by 7 percent.\n\n“The main reason "
        "is the cold,” the company said.\n\nThe Velnian Embassy in Kestria, for its part, reported on Telegram "
        "that freight traffic had reached a record.\n\n“The railway carried more than ever,” the embassy said."
    )
    assert names(body) == [["National Electric Grid of Kestria"], ["Velnian Embassy in Kestria"]]


def test_a_grid_operator_named_without_the_is_a_body_and_a_unit_is_nobody():
    body = (
        "Earlier, National Electric Grid of Kestria said illegal mining farms overloaded the grid. “Since November, "
        "37 farms with a total capacity of 12 MW have been disconnected,” the company's statement said."
    )
    assert names(body) == [["National Electric Grid of Kestria"]]


def test_an_mp_the_text_does_not_name_is_an_unnamed_speaker_not_a_body_called_mp():
    body = "The ruling party rejected the criticism, with a senior MP accusing Brussels of “lecturing a nation”."
    assert names(body) == [["unnamed: a senior MP"]]


def test_a_unit_after_its_number_is_nobody_it_can_mean():
    body = "Farms with a total capacity of 12 MW were found by inspectors.\n\n“The farms were disconnected,” it said."
    assert names(body) == [[]]


def test_the_bodies_of_four_countries_named_together_issue_one_document():
    body = (
        "The energy ministers of Azerbaijan, Georgia, Romania and Hungary agreed to speed up work on the cable.\n\n"
        "“The Parties reaffirm their commitment to the corridor,” the joint declaration signed by the energy "
        "ministries of the four countries reads."
    )
    assert names(body) == [
        [
            "Azerbaijan's energy ministry",
            "Georgia's energy ministry",
            "Romania's energy ministry",
            "Hungary's energy ministry",
        ]
    ]


def test_a_line_that_is_one_quotation_without_a_sentences_end_is_a_subhead_of_the_quotation_below():
    body = (
        "The court jailed five activists on Tuesday.\n\n‘Stay at home, or you will be next’\n\n"
        "The five were detained in July.\n\n‘This verdict is a message to everyone who protests: stay at home, or "
        "you will be next’, defence lawyer Nona Kvaratskhelia told reporters."
    )
    analysis = analyse(HEAD + body)
    assert [q.heading for q in analysis.quotations] == [True, False]
    assert [[s.name for s in q.speakers] for q in analysis.quotations] == [["Nona Kvaratskhelia"]] * 2


def test_the_head_physician_of_a_hospital_set_off_by_commas():
    body = (
        "«His life is not in danger at the moment», the head physician of the Velgrad district hospital, Tahir "
        "Aliyev, told APA."
    )
    assert names(body) == [["Tahir Aliyev"]]


def test_a_capitalised_office_with_its_complement_then_the_name_of_who_holds_it():
    body = (
        "Vice Minister of Trade and Integration of Kestria Dauren Omarov, in turn, said that Kestria views Velmar "
        "as “a key gateway to the markets of the west.”\n\nDirector at the European Commission's Directorate-General "
        "for Energy Katrin Voss, addressing the conference, said that Velmar remains “a reliable partner”."
    )
    assert names(body) == [["Dauren Omarov"], ["Katrin Voss"]]


def test_a_deputy_khokim_named_before():
    body = (
        "Deputy khokim of the Yakkasaray district Jasur Rakhimov met the residents.\n\nAsked why they were given "
        "three days, the deputy khokim replied that this was “a mistake of specific employees”, adding more."
    )
    assert names(body) == [["Jasur Rakhimov"]]


def test_a_documents_subject_is_no_issuer():
    body = (
        "Kestria's constitution refers in its preamble to the 1990 declaration of independence.\n\n"
        "The draft treaty also states that neither side will “make territorial claims against the other”."
    )
    assert names(body) == [[]]  # (not a speaker “independence”: the declaration's subject)


def test_a_titled_surname_is_the_person_named_in_full_before_and_one_speaker():
    body = (
        "Minister of Foreign Affairs of Kestria Ivo Ranc held talks on Monday.\n\n“We agreed on a working "
        "group,” Minister Ranc said.\n\nRepresentative Daniel Kalustyan signed the letter.\n\n“I have sat with "
        "the mothers of these men,” Rep. Kalustyan told reporters. “Nobody asks for politics,” Kalustyan said."
    )
    assert names(body) == [["Ivo Ranc"], ["Daniel Kalustyan"], ["Daniel Kalustyan"]]
