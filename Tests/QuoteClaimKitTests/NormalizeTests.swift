import Foundation
import Testing
@testable import QuoteClaimKit

@Suite("normalize")
struct NormalizeTests {
    @Test("CRLF, lone CR and a BOM are cleaned without moving any offset")
    func lineEndsKeepOffsets() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("One.\r\nTwo.\rThree.".utf8)
        let cleaned = Normalizer.cleanLineEnds(bytes)
        #expect(cleaned.count == bytes.count)
        #expect(String(decoding: cleaned, as: UTF8.self) == "   One. \nTwo.\nThree.")
    }

    @Test("Windows-1252 text reads as UTF-8, and every range maps back to the file's bytes")
    func windows1252() {
        // “Café” — €2 in Windows-1252: 0x93 C a f 0xE9 0x94 space 0x97 space 0x80 2
        let bytes: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x97, 0x20, 0x80, 0x32]
        let decoded = Windows1252.decode(bytes)
        let text = String(decoding: decoded.text, as: UTF8.self)
        #expect(text == "“Café” — €2")
        // "Café" inside the marks: text bytes 3..<8 are file bytes 1..<5.
        let cafe = Array(text.utf8).firstRange(of: Array("Café".utf8))!
        #expect(decoded.source(cafe) == 1..<5)
        #expect(decoded.source(0..<decoded.text.count) == 0..<bytes.count)
        // A whole document: the loader takes such a file only when asked to, and records point at its bytes.
        #expect(throws: SkippedInput.self) { try DocumentLoader().check(bytes, name: "a.txt").get() }
        let document = try? DocumentLoader(readsLegacyText: true).check(Array("“We will not close,” the owner said.".data(using: .windowsCP1252)!), name: "a.txt").get()
        #expect(document?.encoding == .windows1252)
    }

    @Test("hard-wrapped text is joined into its paragraphs without moving a byte; a paragraph per line is left alone")
    func unwrap() {
        let wrapped = """
        NATO acknowledged Thursday that it has seen signs that China's regime
        is considering supplying arms to Russia and warned Beijing not to take
        such a step.

        "We have not seen any lethal aid supplies from China to Russia, but we
        have seen signs that they are considering and may be planning that,"
        said the secretary general of the Alliance, Jens Stoltenberg, to the
        news agency Reuters in an interview on Thursday afternoon in Brussels.
        """
        let bytes = Array(wrapped.utf8)
        let unwrapped = Normalizer.unwrapLines(bytes)
        #expect(unwrapped.count == bytes.count)
        let paragraphs = String(decoding: unwrapped, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        #expect(paragraphs.count == 2)
        #expect(paragraphs[1].hasPrefix("\"We have not seen") && paragraphs[1].hasSuffix("in Brussels."))
        let quotes = Kit.quotes(wrapped)
        #expect(quotes.map(\.speaker) == ["Jens Stoltenberg"])

        let perLine = Array("One paragraph that ends here.\nAnother one on the next line.\nA third.".utf8)
        #expect(Normalizer.unwrapLines(perLine) == perLine)
    }

    @Test("a glued name and verb is split, and offsets map back to the original bytes")
    func glueRepair() {
        let text = "The day before, Anthony Blinkenwarned China of the consequences."
        let document = Kit.normalize(text)
        #expect(document.text.string(0..<document.text.count).contains("Anthony Blinken warned"))
        let glued = Array(text.utf8).firstRange(of: Array("warned".utf8))!
        // "warned" starts one byte later in the normalized text; the map undoes it.
        let normalizedStart = glued.lowerBound + 1
        #expect(document.offsets.original(normalizedStart) == glued.lowerBound)
        #expect(document.offsets.original(0..<document.text.count) == 0..<text.utf8.count)
    }

    @Test("a glued short word is split only where the document shows the name alone; a cue glued to a hyphened name's end or to a short word after it (lexicon glue_after_cues) is split; a comma between letters gets its lost space")
    func glueNeedsEvidence() {
        // Each text, and what its normalized text must hold.
        let repairs = [
            ("Stoltenberg spoke. The secretary general, Jens Stoltenbergto the agency, said more.", "Stoltenberg to the agency"),
            ("The Ukrainian president, Volodimir Zelenskyasked allies for help.", "Zelensky asked"),
            ("The Taiwanese president, Lai Ching-tesaid in a statement that Taiwan would not be provoked.", "Lai Ching-te said"),
            ("The foreign minister, Luis Gilberto Murillo,indicated that 1,000 people in the U.S.,Canada would go.",
             "Murillo, indicated that 1,000 people in the U.S.,Canada"),
            ("Blinken had previously warnedthat Beijing was considering it; the ministry reportedthis Saturday.",
             "warned that Beijing was considering it; the ministry reported this Saturday"),
            ("Nobody saidthat, and the thatch stayed.", "said that, and the thatch stayed"),
        ]
        for (text, expected) in repairs {
            let document = Kit.normalize(text)
            #expect(document.text.string(0..<document.text.count).contains(expected), "\(text)")
        }
        let kept = Kit.normalize("They flew from Toronto to Ottawa. The long-awaited report was well-received.")
        #expect(kept.offsets.insertions.isEmpty)
    }

    @Test("page furniture is marked, and 'Keep reading:' drops the rest of the page")
    func boilerplate() {
        let document = Kit.normalize("Advertisement\nNATO warned Beijing.\nPhoto: Wikimedia Commons\nKeep reading:\nThe United States warned China.")
        let flags = document.paragraphs.map(\.isBoilerplate)
        #expect(flags == [true, false, true, true, true])
        #expect(document.paragraphs[4].boilerplateRule == "boilerplate.keep-reading")
    }

    @Test("a caption repeated with a credit appended counts once")
    func repeatedCaption() {
        let caption = "Volodimir Zelensky warned that China could unleash a world war (AP)"
        let document = Kit.normalize(caption + "\n" + caption + " (Uncredited /)")
        #expect(document.paragraphs.map(\.isBoilerplate) == [false, true])
    }

    @Test("sentences do not end after titles, initials or abbreviations; a brand written in lower case with a capital inside (“iOS”) starts one, and so does a pronoun or determiner after an initial")
    func sentences() {
        let document = Kit.normalize("Rep. G.K. Butterfield spoke in Washington, D.C. on Friday. Mr. Burman agreed. “Yes.” He left. iOS 18.1 is due. It ships in e.g. cars. Murati wrote on X. She said no more.")
        let sentences = document.sentences.map { document.text.string($0) }
        #expect(sentences == ["Rep. G.K. Butterfield spoke in Washington, D.C. on Friday.", "Mr. Burman agreed.", "“Yes.”", "He left.",
                              "iOS 18.1 is due.", "It ships in e.g. cars.", "Murati wrote on X.", "She said no more."])
    }

    @Test("a quote that opens after an abbreviation starts a sentence; a nickname after a title or initial does not")
    func quoteAfterAbbreviation() {
        let document = Kit.normalize(
            "“It was a good year,” said Jane Rivera of Acme Corp. “We grew in every region.” Gen. “Mad Dog” Mattis and Robert C. “Bobby” Scott agreed. Musk mocked the report on X. “Ok fine, I'll buy it,” he wrote.")
        let sentences = document.sentences.map { document.text.string($0) }
        #expect(sentences == ["“It was a good year,” said Jane Rivera of Acme Corp.", "“We grew in every region.”",
                              "Gen. “Mad Dog” Mattis and Robert C. “Bobby” Scott agreed.", "Musk mocked the report on X.",
                              "“Ok fine, I'll buy it,” he wrote."])
    }

    @Test("a quote's question or exclamation mark does not end the sentence before its speaker")
    func questionBeforeSpeaker() {
        let document = Kit.normalize("“Is art more valuable than life?” McKechnie shouted. “Why now?” Mayor Jane Castor asked reporters. “No!” Protests followed.")
        let sentences = document.sentences.map { document.text.string($0) }
        #expect(sentences == ["“Is art more valuable than life?” McKechnie shouted.", "“Why now?” Mayor Jane Castor asked reporters.",
                              "“No!”", "Protests followed."])
    }
}
