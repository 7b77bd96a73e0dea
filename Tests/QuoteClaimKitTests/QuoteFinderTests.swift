import Testing
@testable import QuoteClaimKit

@Suite("quotes")
struct QuoteFinderTests {
    private func texts(_ text: String) -> [String] { Kit.quotes(text).map(\.text) }

    @Test("every outer mark style", arguments: [
        "“We will not sign this deal,” she said.",
        "\"We will not sign this deal,\" she said.",
        "«We will not sign this deal», she said.",
        "„We will not sign this deal“, she said.",
        "‘We will not sign this deal,’ she said.",
        "'We will not sign this deal,' she said.",
        "''We will not sign this deal,'' she said.",
    ])
    func markStyles(text: String) {
        let found = texts(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("We will not sign this deal") == true)
    }

    @Test("a nested quote stays inside the outer one")
    func nested() {
        #expect(texts("“You say you ‘accept responsibility for all of it,’ and then blame them,” Merkley said.")
            == ["You say you ‘accept responsibility for all of it,’ and then blame them,"])
    }

    @Test("double marks nest inside a British single quote that opens a statement; after an apostrophe-like mark they open their own")
    func doubleInsideSingle() {
        #expect(texts("One head said: 'A parent told me \"you have failed my son\", and she was right. We lack staff.'")
            == ["A parent told me \"you have failed my son\", and she was right. We lack staff."])
        #expect(texts("He loved rock 'n' roll and said \"we will play it all night long\" to the crowd.")
            == ["we will play it all night long"])
    }

    @Test("a plural possessive right before the closing punctuation is no closing mark")
    func possessiveBeforeClose() {
        #expect(texts("'It's the fans' club, not the owners',' said supporter Dave O'Neill.") == ["It's the fans' club, not the owners',"])
    }

    @Test("a British single quote left open runs to its paragraph's end when the next paragraph reopens it; else it is an apostrophe")
    func singleQuoteOverParagraphs() {
        let text = "Whitfield said: 'I reported it twice. My inspector told me \"leave it alone\".\n\n'After that, nobody would speak to me.\n\n'I don't think anyone wanted to know.'"
        #expect(texts(text) == ["I reported it twice. My inspector told me \"leave it alone\".",
                                "After that, nobody would speak to me.", "I don't think anyone wanted to know."])
        #expect(texts("Fans said: 'Tis the season for the big derby matches again.\n\nTickets sold out in an hour.").isEmpty)
    }

    @Test("curly double marks inside a straight-quoted passage nest; a curly close still ends it")
    func curlyInsideStraight() {
        #expect(texts("\"PENCE: Clinton thinks this is an episode of “Shark Tank.” But this is America, Chris.")
            == ["PENCE: Clinton thinks this is an episode of “Shark Tank.” But this is America, Chris."])
        #expect(texts("\"We will not sign this deal,” she said.") == ["We will not sign this deal,"])
        #expect(texts("\"We called it “a very bad deal” and we meant it,\" she said.")
            == ["We called it “a very bad deal” and we meant it,"])
    }

    @Test("apostrophes never open or close a quote")
    func apostrophes() {
        #expect(texts("Russia’s view of the ’90s isn’t Stoltenberg' view, and don't forget it.").isEmpty)
        #expect(texts("“Russia’s war in the ’90s wasn’t ours,” he said.") == ["Russia’s war in the ’90s wasn’t ours,"])
    }

    @Test("feet and inches are no marks: 6'2\" tall opens and closes nothing; a quote that ends in a number still closes")
    func feetAndInches() {
        #expect(texts("The suspect, described as 6'2\" tall, was wearing a dark hoodie.").isEmpty)
        #expect(texts("He said the target was \"net zero by 2030\" and left.") == ["net zero by 2030"])
    }

    @Test("a plural's possessive inside a British single quote does not close it; a short quote before another still closes")
    func pluralPossessive() {
        #expect(texts("'It's the workers' money that is being handed out,' Sharon Graham said.")
            == ["It's the workers' money that is being handed out,"])
        #expect(texts("The IFS warned that ‘tough choices’ lay ahead. Its director said: ‘The numbers simply don’t add up.’")
            == ["The numbers simply don’t add up."])
    }

    @Test("a quote split around its attribution gives two quotes with one speaker")
    func splitQuote() {
        let quotes = Kit.quotes("Sen. Maria Lopez arrived late. “We are ready to talk,” she said, “but not under threat.”")
        #expect(quotes.map(\.text) == ["We are ready to talk,", "but not under threat."])
        #expect(quotes.map(\.speaker) == ["Maria Lopez", "Maria Lopez"])
    }

    @Test("a quote running over paragraphs gives one quote per paragraph")
    func multiParagraph() {
        let text = "“The first paragraph of the statement goes on here.\n“The second paragraph ends the statement,” Smith said."
        #expect(texts(text) == ["The first paragraph of the statement goes on here.", "The second paragraph ends the statement,"])
    }

    @Test("scare quotes and titles under three words are not quotes")
    func scareQuotes() {
        #expect(texts("Moscow and Beijing signed an “unlimited” partnership and tested the “Avangard” system.").isEmpty)
    }

    @Test("a span a term marker introduces is a term, whatever its length; a word that merely ends so is no marker")
    func termMarkers() {
        #expect(texts("Russia began its so-called “special military operation” in 2022, in a plan dubbed \"Operation Final Strike\".").isEmpty)
        #expect(texts("A report titled “how we fixed the broken system” came out.").isEmpty)
        #expect(texts("She redubbed it “a plan with no future at all.”") == ["a plan with no future at all."])
    }

    @Test("a quote that alone fills a parenthesis after a word glosses it; with more in the parenthesis it is a quote")
    func glosses() {
        #expect(texts("He read the Urbi et Orbi (“to the city and the world”) blessing.").isEmpty)
        #expect(texts("Protesters chanted sumud (\"steadfastness in the face of it\") all night.").isEmpty)
        #expect(texts("The mayor (“we will rebuild this town”, she said) stayed.") == ["we will rebuild this town"])
        #expect(texts("(“We will rebuild this town,”) she said.") == ["We will rebuild this town,"])
    }

    @Test("an attribute value in leftover markup is no quote")
    func markupAttributes() {
        #expect(texts("<tweet pic=\"pic.twitter.com/abc def ghi\" author=\"someone\">The blue arrow is Warren.</tweet>").isEmpty)
        #expect(texts("He said = \"we will stay the course\" at the end.") == ["we will stay the course"])
    }

    @Test("short Title Case spans are titles, not quotes, except inside a headline or in capitals")
    func titles() {
        #expect(texts("He appeared on “Fox News Sunday,” and praised “Contract with America.”").isEmpty)
        #expect(texts("Obama Says Museum Will Tell of ‘Suffering and Delight.’") == ["Suffering and Delight."])
        // Shouting in capitals is no title: “WE WANT MOVIES MADE IN AMERICA, AGAIN!”
        #expect(texts("“The industry is dying,” Trump wrote. “WE WANT MOVIES MADE IN AMERICA, AGAIN!”")
                == ["The industry is dying,", "WE WANT MOVIES MADE IN AMERICA, AGAIN!"])
    }

    @Test("an unbalanced mark spoils only its own paragraph")
    func unbalanced() {
        let text = "He said “this never closes and runs to the end\nA clean paragraph: “This quote is fine,” she said."
        let found = texts(text)
        #expect(found.contains("This quote is fine,"))
        #expect(found.count == 2)
    }

    @Test("a closing mark with no opener quotes back to the start of its sentence")
    func orphanClose() {
        #expect(texts("Beijing and Moscow’ A period in which the order was regressed.”") == ["A period in which the order was regressed."])
    }
}
