import Testing
@testable import QuoteClaimKit

@Suite("claims")
struct ClaimTests {
    @Test("class by cue", arguments: [
        ("NATO warned Beijing not to take such a step.", ClaimClass.warning),
        ("The minister urged Beijing not to send weapons.", .warning),
        ("“There will be serious consequences,” Stoltenberg said.", .warning),
        ("Beijing came out to deny the versions.", .denial),
        ("The ministry said the report is just speculation.", .denial),
        ("The Kremlin rejected the allegations on Monday.", .denial),
        // A harm foretold in concerns the source dismisses is no warning of its own.
        ("Lee vowed to press ahead, dismissing concerns from foreign firms that the law could damage business.", .denial),
        ("NATO stressed that each country can decide for itself.", .report),
        ("According to Chinese media, a delegation has gone to Beijing.", .report),
        ("This is reported by AB News.", .report),
        ("The delegation left, as reported by Chinese journalists.", .report),
        ("(With information from Reuters)", .report),
        ("Downing Street categorically denied that any deal had been struck.", .denial),
        ("The ambassador rejected suggestions that his country had supplied the weapons.", .denial),
        ("The opposition leader branded the claims “a shameless smear”.", .denial),
        ("The ministry said reports of a ceasefire were “completely unfounded”.", .denial),
        ("“Any attack will be met with a decisive response,” the minister said.", .warning),
        ("Downing Street said the claims were “complete fiction”.", .denial),
        ("The judge rejected that argument in a ruling on Friday.", .denial),
        ("The Scottish fishing industry warned that any concession would devastate coastal communities.", .warning),
        ("Patients' groups warned that the delays were costing lives.", .warning),
        ("Downing Street denied reports that the chief whip had threatened to withdraw the whip from rebels.", .denial),
        // Quote marks inside a class phrase do not hide it; a rule that keeps out of quotes still does.
        ("The agency said the virus posed a “serious threat” to public health.", .warning),
        ("The commander vowed to “crush” the rebels.", .warning),
        ("“I can't deny that we were worried,” the chief executive said.", .report),
        // A passive that says of what no one warned reports the warning given.
        ("“They've been told, they've been warned, and they've gone ahead anyway,” he wrote.", .report),
        ("Residents were warned that the river could burst its banks, the council said.", .warning),
        // A warning not given, or one only described, is none.
        ("The residents said the authorities had failed to warn them in time.", .report),
        ("“The warning was clear,” its spokesman told Cadena SER.", .report),
        ("The warning was reissued on Wednesday by NATO Secretary General Jens Stoltenberg.", .warning),
        // A denial in an appositive decides when the main clause reports nothing.
        ("She has drawn criticism for echoing Russian talking points, a charge she denies.", .denial),
        ("The White House declined to respond to Pelosi's remarks.", .report),
    ])
    func classes(text: String, expected: ClaimClass) {
        let claims = Kit.claims(text)
        #expect(claims.count == 1, "\(claims)")
        #expect(claims.first?.claimClass == expected)
    }

    @Test("refusing to act or to comment is not a denial")
    func refusalIsNoDenial() {
        let claims = Kit.claims("The ministry said China has refused to criticize Russia for its actions.")
        #expect(claims.map(\.claimClass) == [.report])
    }

    @Test("the writer's own narration is no claim")
    func narration() {
        #expect(Kit.claims("The parties discussed security issues and the global situation.").isEmpty)
        // "We" outside quotes is the writer.
        #expect(Kit.claims("We asked him about the work.\n\nFive things we learned from the budget").isEmpty)
        // Charged with a crime is no statement; "charged that" is one.
        #expect(Kit.claims("Man charged in shooting of two officers").isEmpty)
        #expect(Kit.claims("Federal prosecutors charged two developers with fraud.").isEmpty)
        #expect(Kit.claims("The senator charged that the program was rigged.").map(\.source) == ["senator"])
    }

    @Test("speaker labels in capitals make claims only when a document has two (a transcript), never one (a dateline)")
    func transcriptLabels() {
        let transcript = Kit.claims("BRENNAN: Do you expect a deal this year?\n\nGRAHAM: I think the tariffs are working.\n\nBRENNAN: Farmers say they are hurting.")
        #expect(transcript.map(\.source) == ["GRAHAM", "BRENNAN"])
        #expect(transcript.map(\.rule) == ["source.transcript-label", "source.transcript-label"])
        let dateline = Kit.claims("NEW DELHI: Farmers in Punjab blocked a highway on Friday.\n\nThe protest ended at noon.")
        #expect(dateline.isEmpty)
    }

    @Test("a Q&A's answers are the claims of the first person the piece names, not the byline's writer; one 'A:' line is none")
    func interviewAnswers() {
        let interview = """
            Interview: the climate chief\n\nBy Jane Porter\n\nSimon Stiell, the UN climate chief, spoke to us in Bonn.\n\n\
            Q: Are countries on track?\n\nA: No. Current plans put us on course for 2.7 degrees.\n\n\
            Q: What do you expect from Brazil?\n\nA: Brazil has shown real leadership.
            """
        let answers = Kit.claims(interview).filter { $0.rule == "source.interview-answer" }
        #expect(answers.map(\.source) == ["Simon Stiell", "Simon Stiell"], "\(answers)")
        let single = Kit.claims("Simon Stiell spoke to us in Bonn.\n\nA: Brazil has shown real leadership.")
        #expect(!single.contains { $0.rule == "source.interview-answer" })
    }

    @Test("a multi-sentence quote with one attribution is one claim; a second quote after it is another")
    func quoteUnits() {
        let claims = Kit.claims("“We expect sanctions. There is no telling what they will be,” Antonov said. “Much of it is squabbling.”")
        #expect(claims.count == 2, "\(claims)")
        #expect(claims.first?.text.hasSuffix("Antonov said.") == true)
        #expect(claims.allSatisfy { $0.source == "Antonov" })
    }

    @Test("a quote signed on the next line after a dash is that person's; one called a warning in the sentence that names its speaker is a warning")
    func laterAttribution() {
        let claims = Kit.claims("Reactions\n\n“The rise in employer contributions is a tax on jobs.”\n— Shevaun Haviland, director general, British Chambers of Commerce\n\n“If things go on like this, there will be no farms left.”\n\nThat is the stark warning from Gwen Pritchard, a farmer.")
        #expect(claims.map(\.source) == ["Shevaun Haviland", "Gwen Pritchard"])
        #expect(claims.map(\.claimClass) == [.report, .warning])
    }

    @Test("a warning beats a report in the same sentence, and the record lists the other rules")
    func tieBreak() {
        let document = Kit.run("The spokesman said it would be a historic mistake, and denied the reports.")
        #expect(document.claims.count == 1)
        #expect(document.claims.first?.claimClass == .warning)
        #expect(document.claims.first?.also.contains("denial.denied") == true)
    }

    @Test("an organisation description never resolves to a person who shares a role word")
    func organisationIsNoPerson() {
        let claims = Kit.claims("EU foreign policy chief Kaja Kallas spoke first. The Chinese foreign ministry dismissed the accusations as fake.")
        #expect(claims.last?.source == "Chinese foreign ministry")
        #expect(claims.last?.claimClass == .denial)
    }

    @Test("a description resolves to no source of another kind: an institution, another title")
    func descriptionsKeepTheirKind() {
        let claims = Kit.claims("""
            The IMF cautioned that growth could slow. The company said profits rose. \
            Senator Collins told reporters the plan failed. The president threatened to impose tariffs.
            """)
        #expect(claims.map(\.source) == ["IMF", "company", "Collins", "president"])
        let abbreviated = Kit.claims("Sen. Collins told reporters the plan failed. The senator said it would return.")
        #expect(abbreviated.map(\.source) == ["Collins", "Collins"])
    }

    @Test("a body shares no modifier with a person: the police union is not the police chief")
    func bodyIsNotThePersonSharingAWord() {
        let claims = Kit.claims("The city's police chief defended the arrests, saying they were lawful. The police union rejected the criticism.")
        #expect(claims.map(\.source) == ["city's police chief", "police union"])
        // By a name it is: footage of Donald Trump after Donald Trump.
        let named = Kit.claims("Donald Trump said the plan works. The ad uses footage of Donald Trump saying the plan works.")
        #expect(named.last?.source == "Donald Trump")
    }

    @Test("a clause or party label set off by commas names no source: published in the journal …, R-Tenn.")
    func clausesNameNoSource() {
        #expect(Kit.claims("The study, published in the journal Advances in Atmospheric Sciences, found that the ocean warmed.").map(\.source)
                == ["study"])
        #expect(Kit.claims("A few early supporters of the bill, such as senator Bob Corker, R-Tenn., and Lindsey Graham, R-S.C., said it was flawed.")
                .map(\.source) == ["A few early supporters of the bill"])
    }

    @Test("a source that resolves to no one yields to one in the same sentence that does")
    func resolvedSourceWins() {
        let claims = Kit.claims("Senate Republicans on Wednesday blocked a bill they had demanded for months, after former President Donald Trump urged them to reject it.")
        #expect(claims.map(\.source) == ["Donald Trump"])
    }

    @Test("a reporting clause after a comma at the sentence's end is the source; 'according to' there is only the channel; so is one set off by commas in mid-sentence")
    func closingReportingClause() {
        #expect(Kit.claims("The clubs have agreed personal terms with the player, sources have told ESPN, and a medical is expected this week.").map(\.source)
                == ["sources"])
        // The aside's verb may take a few words; an auxiliary among them makes a clause of its own.
        // A body's closing report of what a person named in the main clause said leaves it the person's.
        #expect(Kit.claims("Chinese President Xi Jinping told Joe Biden that Taiwan was the most dangerous issue, Chinese state media reported.")
                .map(\.source) == ["Xi Jinping"])
        #expect(Kit.claims("Some policymakers had argued for a bigger cut, Christine Lagarde told a news conference, but the decision was unanimous.")
                .map(\.source) == ["Christine Lagarde"])
        #expect(Kit.claims("Some policymakers had argued for a bigger cut, Christine Lagarde said the plan was dead, and markets fell sharply across the euro zone on Thursday afternoon.")
                .map(\.source) == ["Some policymakers"])
        // A subject after an opening phrase and a comma is no aside of the one before it.
        #expect(Kit.claims("Officials said the talks had stalled, with both sides blaming the other.").map(\.source) == ["Officials"])
        #expect(Kit.claims("Investors fear the case could cost billions, analysts at Morgan Stanley wrote in a note.").map(\.source)
                == ["analysts at Morgan Stanley"])
        #expect(Kit.claims("“We will respond,” Dmitry Peskov said, according to TASS.").map(\.source) == ["Dmitry Peskov"])
        // The clause introduces the quote that ends the sentence: the quote is no distance.
        #expect(Kit.claims("White House press secretary Karine Jean-Pierre spoke. Asked about critics, who say the plan is cruel and unworkable, she said: “That is simply not accurate, and it never was.”")
                    .last?.source == "Karine Jean-Pierre")
        // Not a clause in the middle: the quote comes long after its verb.
        #expect(Kit.claims("According to Yahoo News, spokesman Jesse Lehrich said Friday that if his candidate were to win in November, “she would sign this legislation.”")
                    .map(\.source) == ["Yahoo News"])
    }

    @Test("'it said' inside a sentence is the body a description opening the sentence names, not one that spoke before")
    func itInsideDescribedSentence() {
        let claims = Kit.claims("Western officials said they had no information.\n\nRussian state television later broadcast footage it said showed Putin at a meeting.")
        #expect(claims.map(\.source) == ["Western officials", "Russian state television"])
        // After a comma, "it" is no part of the opening phrase.
        let after = Kit.claims("Western officials said they had no information.\n\nAfter the state television report, it said nothing more.")
        #expect(after.last?.source != "state television")
    }

    @Test("'the people said' is the unnamed people met before: people familiar with the talks")
    func thePeople() {
        let claims = Kit.claims("The two firms are in talks, according to people familiar with the talks.\n\nOpenAI wants more control, the people said.")
        #expect(claims.map(\.source) == ["people familiar with the talks", "people familiar with the talks"])
    }

    @Test("a denial in an appositive after the main clause leaves the class to the main clause")
    func sideDenial() {
        let claims = Kit.claims("The Israeli military said it had targeted militants and accused Hamas of operating from civilian areas, a charge the group denies.")
        #expect(claims.map(\.claimClass) == [.report])
        #expect(claims.map(\.source) == ["Israeli military"])
    }

    @Test("another source's warning in a side clause, or in what that source says there, leaves the class to the main clause; the same source's does not; a second main clause after “, and” is its subject's")
    func sideClauseWarning() {
        let claims = Kit.claims("""
            The Kremlin dismissed as "pure fiction" a report of secret talks, while Kyiv warned that Moscow was preparing an offensive.
            Forecaster Maria Lopez says the worst is over, but she cautions that coastal roads will flood.
            Officials said Kyiv warned that Moscow was preparing an offensive.
            Israel struck targets in Lebanon, the Israeli military said, as U.S. envoy Amos Hochstein warned that time was running out.
            North Korea fired missiles on Thursday, South Korea's military said, days after Pyongyang threatened to take action.
            Sir Keir Starmer has insisted his reforms are right as more than 100 Labour MPs threatened to rebel.
            Trump said after meeting Putin that Russia warned of a wider war.
            Rachel Reeves defended the rise, insisting it was the right choice after business groups warned it would cost jobs.
            The Environment Agency declared drought status on Friday, and Anglian Water warned that a hosepipe ban could follow.
            """)
        #expect(claims.map(\.claimClass) == [.denial, .warning, .warning, .report, .report, .report, .warning, .report, .warning], "\(claims)")
        #expect(claims.map(\.source) == ["Kremlin", "Maria Lopez", "Officials", "Israeli military", "South Korea's military",
                                          "Keir Starmer", "Trump", "Rachel Reeves", "Anglian Water"])
    }

    @Test("a class cue in a clause that opens the sentence with a side clause's opener, after its own source, leaves the class to the main clause")
    func openingSideClause() {
        let claims = Kit.claims("""
            Former President Donald Trump debated on Tuesday.

            When moderator David Muir noted that there was no evidence for the claim, the former president insisted he had seen it on television.

            When asked about the claim, the minister said there was no evidence for it.
            """)
        #expect(claims.map(\.claimClass) == [.report, .denial], "\(claims)")
        #expect(claims.map(\.source).first == "Donald Trump")
    }

    @Test("a denial the main clause reports is the main clause's source's; after a comma it is its own clause's")
    func reportedDenial() {
        let claims = Kit.claims("""
            A senior official said Xi had denied that China had plans for an invasion.
            Police said the suspect had denied the charges.
            Anna Smith said the deal was fair, but Tom Jones denied that he had signed it.
            """)
        #expect(claims.map(\.claimClass) == [.denial, .denial, .denial], "\(claims)")
        #expect(claims.map(\.source) == ["A senior official", "Police", "Tom Jones"])
    }

    @Test("the subject speaks in a participle after its own verb; a description ends before a determiner")
    func participleAndDescriptionBounds() {
        let claims = Kit.claims("""
            Beijing's commerce ministry imposed new curbs on Thursday, calling them a reply to bullying. \
            The Environment Agency said its officers found the alarm switched off. \
            Get those jokes off, adding levity.
            """)
        #expect(claims.map(\.source) == ["Beijing's commerce ministry", "Environment Agency"])
        #expect(claims.map(\.rule) == ["source.subject-participle", "source.speaker-verb"])
    }

    @Test("a lead describes a person the next paragraph names with that role, and only that role")
    func leadNamesThePersonLater() {
        let text = """
            The city's police chief defended the arrests, saying his officers had acted “with restraint and professionalism”.

            Chief Marcus Bell told reporters that the protesters had blocked a fire lane.
            """
        #expect(Kit.quotes(text).map(\.speaker) == ["Marcus Bell"])
        let other = """
            The prime minister said on Sunday that Britain would not be bullied.

            Ireland's foreign minister, Simon Coveney, said the position was unhelpful.
            """
        #expect(Kit.claims(other).first?.source == "prime minister")
        let later = """
            The city's police chief defended the arrests, saying they were lawful.

            The mayor spoke next.

            Chief Marcus Bell told reporters that the protesters had blocked a fire lane.
            """
        #expect(Kit.claims(later).first?.source == "city's police chief")
        // An indefinite one too, when the next paragraph names the person for the first time.
        let wire = """
            BEIJING -- China opposes the arms sale, a Chinese foreign ministry spokesperson said Monday.

            Spokesperson Lin Jian made the remarks at a daily press briefing.
            """
        #expect(Kit.claims(wire).first?.source == "Lin Jian")
    }

    @Test("the source as named: a prefixed role, an armed force, an owner's body or brand, a group after one person, a body listed with commas", arguments: [
        ("Its co-leader, Alice Weidel, said her party would not be ignored.", "Alice Weidel"),
        ("KYIV, Ukraine (AP) — Ukraine's air force said Tuesday that it had shot down 40 drones.", "Ukraine's air force"),
        ("Barack Obama spoke in Ohio. The then-president said the plan was working.", "Barack Obama"),
        // An owner's body or brand, and a group after one person.
        ("In a statement released through police, Ms Hassan's family said she was kind.", "Ms Hassan's family"),
        ("Elon Musk's artificial intelligence startup xAI said on Monday it had raised $6 billion.", "xAI"),
        ("North Korea's foreign ministry said the drills were a rehearsal for invasion.", "North Korea's foreign ministry"),
        ("Dr. Erin Pettit spoke first. The shelf could collapse soon, the researchers said.", "researchers"),
        ("Donald Trump said the poll was fake. Donald Trump's campaign said the poll was wrong.", "Donald Trump's campaign"),
        // A body named by a capital the earlier source lacks is another body; an office before a name is a title.
        ("Union threatens strike. Rail workers will strike next month, the RMT union said.", "RMT union"),
        ("Treasurer Jim Chalmers said the government would not be lectured.", "Jim Chalmers"),
        // "&" joins the words of one business's name, not two sources.
        ("Johnson & Johnson said the talc was safe.", "Johnson & Johnson"),
        // A rank before a body's noun is part of its name.
        ("Ukraine's General Staff said the fighting there was continuing.", "Ukraine's General Staff"),
        // "rep" is another name of "representative"; the role before "for" is not Swift's.
        ("A representative for Taylor Swift denied the reports. “There is no truth to this story,” the rep told People magazine.",
         "A representative for Taylor Swift"),
        ("Archaeologist Ruth Whitehouse said the data needed checking. “DNA tells us who moved, not why,” she said.", "Ruth Whitehouse"),
        ("Federal Reserve officials have signaled that they expect to cut rates only twice this year.", "Federal Reserve officials"),
        // Someone who never spoke takes an office only when the text gave it to them.
        ("She starred in the Harry Potter films. The King said he was deeply saddened.", "King"),
        // "The company" alone is the business the headline or lead quotes; people are no business.
        ("Nvidia forecast revenue above estimates.\n\nNvidia forecast revenue of $65 billion on Wednesday.\n\nThe company expects supply to ease.", "Nvidia"),
        // A two-word business name that is no person's ("Thames Water"), and
        // an event that only looks like a name is no person ("Beijing Winter Olympics").
        ("Kim Jong Un met Xi Jinping. “We will stand together,” Kim said.\n\nThames Water declined to comment. The company has rejected claims that it paid dividends.",
         "Thames Water"),
        // A counted plural is the group that spoke last; a bare plural business noun is a source.
        ("Britain, France and Germany announced new sanctions.\n\nThe three countries said in a joint statement that talks had failed.",
         "Britain, France and Germany"),
        ("Water companies insisted there were no plans for hosepipe bans.", "Water companies"),
        // A title word before a plain noun keeps it: "State officials" are not "officials".
        ("The numbers bear this out. State officials say vacancies have doubled since 2020.", "State officials"),
        // A lower-case phrase after "and" is no second name.
        ("Political observers in Virginia and around the country say Scott deserves the seat.", "Political observers in Virginia and around the country"),
        // "the newspaper" is the paper that reported last; an anonymous official is nobody named before.
        ("The Wall Street Journal first reported the talks on Tuesday. The newspaper said Apple had told suppliers.", "Wall Street Journal"),
        ("“We don't comment,” said Josh Rosenstock, an Apple spokesman.\n\nThe official, who spoke on condition of anonymity, said no decision had been made.",
         "official"),
        // … but it may be the unnamed source met before.
        ("An Egyptian security source said talks would resume.\n\nThe source, who spoke on condition of anonymity because he was not authorised to brief the media, said the corridor was the sticking point.",
         "An Egyptian security source"),
        // An owner's body in the plural keeps its owner and its head: not "Armed Forces".
        ("“The enemy attacked our positions 38 times,” the General Staff of Ukraine's Armed Forces said.", "General Staff of Ukraine's Armed Forces"),
        ("Ukrainian officials did not comment on the claim.", "Ukrainian officials"),
        // A pronoun in a clause is the name that opens the sentence, even with no gender known; not an owner.
        ("A Premier League footballer has denied assault.\n\nJordan Ellis, 27, appeared in court on Monday, where he pleaded not guilty. Ellis is due back in March.", "Jordan Ellis"),
        ("Lester Holt moderated the debate. Rush Limbaugh said it was rigged.\n\nHolt’s colleague Matt Lauer faced criticism after he asked Clinton about her emails.", "Matt Lauer"),
        // People of a name are not the person it names.
        ("Taylor Swift's team denies the rumours.\n\nRepresentatives for Taylor Swift have denied reports that Swift is engaged.",
         "Representatives for Taylor Swift"),
        // A participle that opens a sentence is no first name: no "Exercising India".
        ("Exercising India's right of reply, the diplomat spoke at length.\n\nIndia said it would respond in kind.", "India"),
        // A class rule's own source counts when no source rule read that same span.
        ("Sudan's army rejects UN report accusing it of war crimes", "Sudan's army"),
        // A body described by words that name no one is the business that just spoke; a named one is not.
        ("Hamas accused Israel of stalling.\n\nHamas has fought Israel since 2023. In a statement, the Palestinian militant group said Israel was adding conditions.", "Hamas"),
        ("Hamas accused Israel of stalling.\n\nHamas has fought Israel since 2023. In a statement, the Hezbollah group said Israel was adding conditions.", "Hezbollah group"),
        // A headline's role is the person the lead names with it, or another name of it.
        ("Boeing CEO admits mistakes at Senate hearing\n\nBoeing chief executive Dave Calhoun apologised to the families on Tuesday.\n\nThe hearing lasted four hours.",
         "Dave Calhoun"),
        ("Boeing CEO admits mistakes at Senate hearing\n\nAirbus chief executive Guillaume Faury spoke on Tuesday.", "Boeing CEO"),
        // A role that names no body ("Former president") is the person who opens the lead.
        ("Former president blasts indictment\n\nDonald Trump on Thursday lost an appeal in New York.", "Donald Trump"),
        // A headline's second verb after a comma shares its subject.
        ("India slams Pakistan at UN, says Islamabad must stop cross-border terrorism", "India"),
        ("Beijing hosted the Beijing Winter Olympics.\n\nBeijing came out to deny the reports.", "Beijing"),
        ("Regulators warn chatbots could mislead voters\n\nEuropean regulators warned on Monday that chatbots could spread false information.\n\nThe company denied that its products had been used.",
         "company"),
        // A body's name listed with commas stays whole.
        ("A spokesperson for the Department for Environment, Food and Rural Affairs said £30m had been set aside.",
         "A spokesperson for the Department for Environment, Food and Rural Affairs"),
        // A place joined to a participle names no other body: the business that just spoke.
        ("Target Corp. cut its forecast on Wednesday, warning that shoppers were spending less.\n\nThe Minneapolis-based retailer now expects earnings of $7 a share.",
         "Target Corp"),
        // A body named by two words is no person its last word names: no guard.
        ("Coast guard spokesperson Liu Dejun said the ships had ignored warnings.\n\nThe Philippine coast guard rejected the Chinese account.",
         "Philippine coast guard"),
        // A title-case headline that runs two names together names the second one last.
        ("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Comments\n\nClinton also asserted she could speak directly to voters.", "Hillary Clinton"),
        // A headline's lone title is the person the lead names with it.
        ("Premier rules out snap election\n\nNSW Premier Chris Minns has ruled out calling an early election.", "Chris Minns"),
        // A description that names someone by a relation is not that person, nor is a headline's owner its subject.
        ("Mbappé's agent rejects reports of rift with Real Madrid\n\nThe agent of Kylian Mbappé has dismissed reports that he is unhappy.",
         "agent of Kylian Mbappé"),
        // A country that spoke last is no business "the airline" points to.
        ("North Korea said the drills were a rehearsal for invasion.\n\nThe airline apologised to passengers and said it was investigating.", "airline"),
        // A body is no group of people that shares a word with it.
        ("Election officials said turnout was 61 percent.\n\nThe central election commission declared Nicusor Dan the winner.", "central election commission"),
        // "the agency" is the body that spoke before, past a person who spoke in between.
        ("Hurricane claims spread online\n\nFEMA said in a statement that it does not confiscate donations.\n\n"
            + "Donald Trump said FEMA had no money left. That is not accurate, according to the agency.", "FEMA"),
        // A plural's possessive before a lower-case word stays; a singular owner's too.
        ("Parents' groups said they feared further disruption.", "Parents' groups"),
        ("Workers’ representatives said the deal was fair.", "Workers’ representatives"),
        // Letters after a name are no part of it.
        ("Prosecutor Nicholas Ray KC said Hale had used the money to pay for holidays.", "Nicholas Ray"),
        // "The man" whom "a 27-year-old man" introduced is not the person named last.
        ("A 27-year-old man has been charged after the crash, police said.\n\n“We found him at home,” Sgt. Kevin Taylor said.\n\nThe man told investigators he thought he had hit a deer.",
         "man"),
    ])
    func namedSources(text: String, source: String) {
        #expect(Kit.claims(text).last?.source == source)
    }

    @Test("unnamed sources keep what makes them unnamed", arguments: [
        ("People familiar with the matter said the deal could be announced next week.", "People familiar with the matter"),
        ("A person familiar with the negotiations said talks had stalled.", "A person familiar with the negotiations"),
        ("Those close to him say he is considering a run for governor.", "Those close to him"),
        ("Prime Minister Keir Starmer's spokesman told journalists the government stands by its decision.",
         "Prime Minister Keir Starmer's spokesman"),
        ("The court heard that the defendant had sent more than 200 messages.", "court"),
        ("Sources close to the president said he was furious.", "Sources close to the president"),
        ("Officials who requested anonymity said the strike was imminent.", "Officials who requested anonymity"),
        ("Officials with the U.S. Army Corps of Engineers warned that homes could flood.", "Officials with the U.S. Army Corps of Engineers"),
        ("A spokesperson for South Korea's trade ministry said the report was under review.", "A spokesperson for South Korea's trade ministry"),
        ("A former senior aide to Senator Lisa Harmon told investigators about the flaw.", "A former senior aide to Senator Lisa Harmon"),
        ("Homes were without power on Sunday, utility officials said.", "utility officials"),
        ("Local officials in Sulaimaniyah said the victims were farmers.", "Local officials in Sulaimaniyah"),
        ("He wondered what analysts said about the debate.", "analysts"),
        ("Scott's relatives said he had been ill.", "Scott's relatives"),
        ("Waiting lists have reached a record 7.8 million, figures show.", "figures"),
    ])
    func unnamedSources(text: String, source: String) {
        #expect(Kit.claims(text).map(\.source) == [source])
    }

    @Test("the source of a claim is resolved like a speaker")
    func sourceResolution() {
        let claims = Kit.claims("NATO Secretary General Jens Stoltenberg arrived on Monday. Stoltenberg said that the alliance is ready.")
        #expect(claims.map(\.source) == ["Jens Stoltenberg"])
    }

    @Test("'she' in a clause is the woman who opens the sentence; a description's tail is no relative clause")
    func pronounInClause() {
        let claims = Kit.claims("Sen. Rebecca Hale faces a complaint. Hale's office released a 2023 letter in which she asked the adviser to avoid such trades.")
        #expect(claims.map(\.source) == ["Rebecca Hale"], "\(claims)")
    }

    @Test("'it' inside a sentence is the organisation that opens it, not a noun's modifier or an opening phrase", arguments: [
        ("SAN FRANCISCO — Anthropic on Tuesday released a model that it says beats its rivals.", "Anthropic"),
        ("OpenAI rival unveils model it says beats GPT on reasoning.", nil),
        ("Faced with a funding gap, it has proposed cutting the service.", nil),
        ("Taiwan's Presidential Office thanked Washington for the sale, which it said would help maintain peace.", "Taiwan's Presidential Office"),
        // A body noun as the sentence's first word (the fuzzer found this one crashing).
        ("Company officials released figures it said showed growth.", nil),
        // "its" before its own figures or filing, even after a comma; not before a body of its own.
        ("Thames Water lost 570 million litres a day to leaks last year, its own figures show.", "Thames Water"),
        ("Amazon cut 14,000 jobs, its filing showed.", "Amazon"),
        ("There was no immediate comment from China, but its foreign ministry said the talks went well.", "foreign ministry"),
    ] as [(String, String?)])
    func openingOrganisation(text: String, source: String?) {
        #expect(Kit.claims(text).map(\.source) == [source])
    }

    @Test("a unit without its quote marks keeps apostrophes inside words and maps back to the document")
    func unquotedText() throws {
        let document = UTF8Text(Array("Beijing’s envoy said it posed a “serious threat,” 'we' don't \"know\"".utf8))
        let unquoted = try #require(UnquotedText(document, range: 0..<document.count))
        let plain = "Beijing’s envoy said it posed a serious threat, we don't know"
        #expect(unquoted.text.string(0..<unquoted.text.count) == plain)
        let start = Array(plain.utf8).firstRange(of: Array("serious threat".utf8))!.lowerBound
        #expect(document.string(unquoted.original(start..<(start + 14))) == "serious threat")
        #expect(unquoted.original(unquoted.text.count..<unquoted.text.count) == document.count..<document.count)
        let clean = UTF8Text(Array("No marks, don’t worry.".utf8))
        #expect(UnquotedText(clean, range: 0..<clean.count) == nil)
    }

    @Test("a quote's first words are no organisation for 'it': the ministry that spoke before is")
    func itAfterQuote() {
        let claims = Kit.claims("The Ministry of External Affairs said it had seen the statement.\n\n“Allegations of involvement are absurd,” it said.")
        #expect(claims.map(\.source) == ["Ministry of External Affairs", "Ministry of External Affairs"], "\(claims)")
    }
}
